#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int cli_exit_code(mt_status st)
{
    switch (st) {
    case MT_OK:
        return EXIT_OK;
    case MT_ERR_ARG:
        return EXIT_USAGE;
    case MT_ERR_INPUT:
    case MT_ERR_IO:
    case MT_ERR_NOTFOUND:
    case MT_ERR_EXISTS:
    case MT_ERR_NETWORK:
    case MT_ERR_TOOBIG:
        return EXIT_INPUT;
    case MT_ERR_STORE:
    case MT_ERR_BUSY:
    case MT_ERR_VERSION:
    case MT_ERR_READONLY:
    case MT_ERR_FULL:
        return EXIT_STORE;
    case MT_ERR_NOMEM:
    case MT_ERR_INTERNAL:
        break;
    }
    return EXIT_INTERNAL;
}

int cli_fail(const cli_ctx *ctx, mt_status st, const mt_error *err)
{
    char line[MT_ERROR_MESSAGE_MAX + MT_ERROR_WHERE_MAX + 64];
    if (err && err->status != MT_OK)
        mt_error_format(err, line, sizeof line);
    else
        snprintf(line, sizeof line, "%s", mt_status_str(st));
    fprintf(stderr, "%s: %s\n", ctx ? ctx->prog : "matome", line);
    return cli_exit_code(st);
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "matome %s: ", cmd);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, " (see 'matome %s --help')\n", cmd);
    return EXIT_USAGE;
}

int cli_open_store(const cli_ctx *ctx, int readonly, mt_store **out)
{
    mt_store_options opts = MT_STORE_OPTIONS_INIT;
    mt_error err;
    mt_error_clear(&err);
    opts.readonly = readonly;
    mt_status st = mt_store_open(out, ctx->db_path, &opts, &err);
    if (st != MT_OK)
        return cli_fail(ctx, st, &err);
    return EXIT_OK;
}

int cli_parse_long(const char *cmd, const char *opt, const char *s, long min,
                   long max, long *out)
{
    char *end = NULL;
    errno = 0;
    long v = s && *s ? strtol(s, &end, 10) : 0;
    if (!s || !*s || *end || errno || v < min || v > max)
        return cli_usage_error(cmd, "%s takes a whole number from %ld to %ld",
                               opt, min, max);
    *out = v;
    return EXIT_OK;
}

int cli_stdout_tty(void)
{
    return isatty(STDOUT_FILENO);
}

int cli_stderr_tty(void)
{
    return isatty(STDERR_FILENO);
}
