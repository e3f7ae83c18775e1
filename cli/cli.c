#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <getopt.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <utf8proc.h>

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

int cli_open_store(const cli_ctx *ctx, int must_exist, mt_store **out)
{
    mt_store_options opts = MT_STORE_OPTIONS_INIT;
    mt_error err;
    mt_error_clear(&err);
    opts.create = !must_exist;
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

int cli_bad_option(const char *cmd, int c, char **argv)
{
    const char *opt = optind > 0 ? argv[optind - 1] : "?";
    if (c == ':')
        return cli_usage_error(cmd, "option '%s' needs a value", opt);
    return cli_usage_error(cmd, "unknown option '%s'", opt);
}

int cli_term_width(void)
{
    struct winsize ws;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 &&
        ws.ws_col > 0)
        return ws.ws_col;
    const char *cols = getenv("COLUMNS");
    if (cols && *cols) {
        char *end = NULL;
        errno = 0;
        long v = strtol(cols, &end, 10);
        if (!*end && !errno && v > 0 && v < 10000)
            return (int)v;
    }
    return 0;
}

/* Decode one character; invalid bytes are one U+FFFD-like unit. */
static size_t next_char(const char *s, utf8proc_int32_t *c)
{
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s, -1, c);
    if (n <= 0) {
        *c = -1;
        return 1;
    }
    return (size_t)n;
}

static int char_width(utf8proc_int32_t c)
{
    if (c < 0)
        return 1;
    if (c < 0x20 || c == 0x7f)
        return 1; /* printed as a space */
    int w = utf8proc_charwidth(c);
    return w < 0 ? 0 : w;
}

size_t cli_display_width(const char *s)
{
    size_t w = 0;
    while (s && *s) {
        utf8proc_int32_t c;
        s += next_char(s, &c);
        w += (size_t)char_width(c);
    }
    return w;
}

void cli_print_fit(FILE *f, const char *s, size_t width, int pad)
{
    if (!s)
        s = "";
    size_t total = cli_display_width(s);
    size_t limit = width && total > width ? width - 1 : (size_t)-1;
    size_t used = 0;
    while (*s) {
        utf8proc_int32_t c;
        size_t n = next_char(s, &c);
        size_t cw = (size_t)char_width(c);
        if (used + cw > limit)
            break;
        if (c < 0)
            fputc('?', f);
        else if (c < 0x20 || c == 0x7f)
            fputc(' ', f);
        else
            fwrite(s, 1, n, f);
        used += cw;
        s += n;
    }
    if (limit != (size_t)-1) {
        fputs("…", f);
        used++;
    }
    while (pad && used < width) {
        fputc(' ', f);
        used++;
    }
}
