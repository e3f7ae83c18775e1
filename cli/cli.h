/*
 * Shared pieces of the matome command-line program.  The CLI uses only the
 * public libmatome API; these helpers map library statuses to the exit
 * codes of DESIGN.md and print errors in one consistent format.
 */
#ifndef MATOME_CLI_H
#define MATOME_CLI_H

#include <matome/matome.h>

#include <getopt.h>
#include <jansson.h>
#include <stdio.h>

/* Exit codes (DESIGN.md). */
enum {
    EXIT_OK = 0,
    EXIT_USAGE = 1,
    EXIT_INPUT = 2,
    EXIT_STORE = 3,
    EXIT_INTERNAL = 4
};

/* Options every subcommand shares, parsed before the subcommand name or
 * among its own options. */
typedef struct cli_ctx {
    const char *prog;    /* "matome" */
    const char *db_path; /* --db, $MATOME_DB, or "./matome.db" */
} cli_ctx;

typedef int (*cli_cmd_fn)(cli_ctx *ctx, int argc, char **argv);

/* Exit code for a library status. */
int cli_exit_code(mt_status st);

/* Print "matome: <formatted error>" to stderr and return the exit code. */
int cli_fail(const cli_ctx *ctx, mt_status st, const mt_error *err);

/* Print "matome CMD: message" to stderr, return EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/*
 * Open the store named by ctx; prints the error itself on failure and
 * returns the exit code.  must_exist: a missing store is an error ("no
 * store here") instead of being created, for every command but `add`.
 * The store is opened for writing either way, so that a store of an older
 * schema is migrated.
 */
int cli_open_store(const cli_ctx *ctx, int must_exist, mt_store **out);

/*
 * Parse a whole decimal number for an option (no atoi): returns 0 and sets
 * *out, or prints a usage error naming opt and returns EXIT_USAGE.
 */
int cli_parse_long(const char *cmd, const char *opt, const char *s, long min,
                   long max, long *out);

/* True when stdout / stderr is a terminal (progress bars, colour). */
int cli_stdout_tty(void);
int cli_stderr_tty(void);

/*
 * Width of the output in display columns: the terminal's when stdout is a
 * terminal, else $COLUMNS when set, else 0 (no limit).
 */
int cli_term_width(void);

/* Display columns of UTF-8 text (CJK characters take 2, combining marks
 * 0); invalid bytes count 1. */
size_t cli_display_width(const char *s);

/*
 * Print s, cut to at most width display columns (ending in "…" when cut;
 * width 0 means no limit), then pad with spaces to width when pad is set.
 * Control characters (newlines, tabs) print as spaces.
 */
void cli_print_fit(FILE *f, const char *s, size_t width, int pad);

/*
 * Report a bad option met by getopt_long (run with an optstring starting
 * with ':' and opterr = 0): c is what getopt_long returned ('?' or ':').
 * Returns EXIT_USAGE.
 */
int cli_bad_option(const char *cmd, int c, char **argv);

/* Handle the --db option shared by all subcommands (getopt_long value
 * CLI_OPT_DB). */
#define CLI_OPT_DB 0x100

/* The long options every getopt_long subcommand takes: end its longopts
 * with these (then the {NULL, 0, NULL, 0} terminator). */
#define CLI_COMMON_LONGOPTS                                                    \
    {"db", required_argument, NULL, CLI_OPT_DB},                               \
    {                                                                          \
        "help", no_argument, NULL, 'h'                                         \
    }

/* What cli_common_option returns when parsing goes on. */
#define CLI_CONTINUE (-1)

/*
 * Handle an option the subcommand does not handle itself, as getopt_long
 * (optstring ":h", opterr 0) returned it: --db sets ctx->db_path and
 * returns CLI_CONTINUE; --help prints usage to stdout and returns EXIT_OK;
 * anything else is reported as a usage error (EXIT_USAGE).
 */
int cli_common_option(cli_ctx *ctx, const char *cmd, int c, char **argv,
                      void (*usage)(FILE *));

/*
 * Check that argv[optind] is the one and only ID argument; otherwise
 * print a usage error and return EXIT_USAGE.
 */
int cli_one_id(const char *cmd, int argc, char **argv);

/*
 * Open the store named by ctx (it must exist) and fetch the source id (a
 * full id or an unambiguous prefix) into *out, the caller's to free with
 * mt_source_free().  store: when not NULL, receives the open store, the
 * caller's to free; otherwise the store is closed before returning.  On
 * failure prints the error, leaves *out (and *store) NULL and returns the
 * exit code.
 */
int cli_get_source(const cli_ctx *ctx, const char *id, int with_content,
                   mt_store **store, mt_source **out);

/*
 * src's publication date in its normalised form ("2020-02"), or "" when
 * unknown; buf holds MT_DATE_TEXT_MAX bytes.
 */
const char *cli_source_date(const mt_source *src, char *buf);

/* JSON output: one compact object per line, the format scripts rely on.
 * A JSON string for s, or null when s is NULL or empty. */
json_t *cli_json_str_or_null(const char *s);

/*
 * A new object with the fields every source listing starts with, in this
 * order: id, url, publisher, title, published, kind, lang (null when
 * unknown).  NULL when out of memory.
 */
json_t *cli_source_json(const mt_source *src);

/*
 * Set o[key] to v, taking v's reference.  Returns -1 when v is NULL (it
 * could not be built) or the key could not be set, so that a failure is
 * never a silently missing key.
 */
int cli_json_set(json_t *o, const char *key, json_t *v);

/*
 * Print o to stdout as one compact line (extra: more json_dumps flags)
 * and release it; o may be NULL.  Returns -1 when o is NULL or could not
 * be printed.
 */
int cli_print_json_line(json_t *o, size_t extra);

/*
 * Write len bytes to path, or to stdout when path is NULL.  A regular
 * file is written to a temporary file beside it that is renamed over path
 * once complete, so a failed write never leaves a partial file.  Errors
 * are printed as "matome: PATH: reason"; returns the exit code.
 */
int cli_write_output(const char *path, const char *data, size_t len);

/*
 * Read the whole of path ("-": stdin) into a malloc()ed buffer with a
 * NUL after the len bytes, refusing more than max bytes.  Errors are
 * printed as "matome: PATH: reason"; returns the exit code.
 */
int cli_read_input(const char *path, size_t max, char **out, size_t *len);

/* Subcommands; each handles --help itself. */
int cmd_add(cli_ctx *ctx, int argc, char **argv);
int cmd_sources(cli_ctx *ctx, int argc, char **argv);
int cmd_show(cli_ctx *ctx, int argc, char **argv);
int cmd_search(cli_ctx *ctx, int argc, char **argv);
int cmd_remove(cli_ctx *ctx, int argc, char **argv);
int cmd_extract(cli_ctx *ctx, int argc, char **argv);
int cmd_build(cli_ctx *ctx, int argc, char **argv);
int cmd_import_blog(cli_ctx *ctx, int argc, char **argv);
int cmd_draft(cli_ctx *ctx, int argc, char **argv);

#endif
