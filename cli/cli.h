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

/* Open the store named by ctx; prints the error itself on failure. */
int cli_open_store(const cli_ctx *ctx, int readonly, mt_store **out);

/*
 * Parse a whole decimal number for an option (no atoi): returns 0 and sets
 * *out, or prints a usage error naming opt and returns EXIT_USAGE.
 */
int cli_parse_long(const char *cmd, const char *opt, const char *s, long min,
                   long max, long *out);

/* True when stdout / stderr is a terminal (progress bars, colour). */
int cli_stdout_tty(void);
int cli_stderr_tty(void);

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
