/*
 * Shared pieces of the matome command-line program.  The CLI uses only the
 * public libmatome API; these helpers map library statuses to the exit
 * codes of DESIGN.md and print errors in one consistent format.
 */
#ifndef MATOME_CLI_H
#define MATOME_CLI_H

#include <matome/matome.h>

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
