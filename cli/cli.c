#include "cli.h"

#include <errno.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <getopt.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
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

int cli_common_option(cli_ctx *ctx, const char *cmd, int c, char **argv,
                      void (*usage)(FILE *))
{
    switch (c) {
    case CLI_OPT_DB:
        ctx->db_path = optarg;
        return CLI_CONTINUE;
    case 'h':
        usage(stdout);
        return EXIT_OK;
    default:
        return cli_bad_option(cmd, c, argv);
    }
}

int cli_one_id(const char *cmd, int argc, char **argv)
{
    if (optind >= argc)
        return cli_usage_error(cmd, "which source? give an ID");
    if (optind + 1 < argc)
        return cli_usage_error(cmd, "one ID at a time ('%s' is extra)",
                               argv[optind + 1]);
    return EXIT_OK;
}

int cli_get_source(const cli_ctx *ctx, const char *id, int with_content,
                   mt_store **store, mt_source **out)
{
    *out = NULL;
    if (store)
        *store = NULL;
    mt_store *s = NULL;
    int rc = cli_open_store(ctx, 1, &s);
    if (rc != EXIT_OK)
        return rc;
    mt_error err;
    mt_error_clear(&err);
    mt_status st = mt_store_get(s, out, id, with_content, &err);
    if (st == MT_OK && store)
        *store = s;
    else
        mt_store_free(s);
    return st == MT_OK ? EXIT_OK : cli_fail(ctx, st, &err);
}

const char *cli_source_date(const mt_source *src, char *buf)
{
    buf[0] = '\0';
    if (src->published.year || src->published.month)
        mt_date_format(&src->published, buf, MT_DATE_TEXT_MAX);
    return buf;
}

json_t *cli_json_str_or_null(const char *s)
{
    return s && *s ? json_string(s) : json_null();
}

int cli_json_set(json_t *o, const char *key, json_t *v)
{
    /* json_object_set_new releases v even when it fails. */
    return v && json_object_set_new(o, key, v) == 0 ? 0 : -1;
}

json_t *cli_source_json(const mt_source *src)
{
    char date[MT_DATE_TEXT_MAX];
    json_t *o = json_object();
    if (!o)
        return NULL;
    int bad = cli_json_set(o, "id", json_string(src->id));
    bad |= cli_json_set(o, "url", cli_json_str_or_null(src->url));
    bad |= cli_json_set(o, "publisher", cli_json_str_or_null(src->publisher));
    bad |= cli_json_set(o, "title", cli_json_str_or_null(src->title));
    bad |= cli_json_set(o, "published",
                        cli_json_str_or_null(cli_source_date(src, date)));
    bad |= cli_json_set(o, "kind", json_string(mt_source_kind_str(src->kind)));
    bad |= cli_json_set(o, "lang", cli_json_str_or_null(src->lang));
    if (bad) {
        json_decref(o);
        return NULL;
    }
    return o;
}

int cli_print_json_line(json_t *o, size_t extra)
{
    if (!o)
        return -1;
    char *line = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER | extra);
    json_decref(o);
    if (!line)
        return -1;
    int rc = puts(line) == EOF ? -1 : 0;
    free(line);
    return rc;
}

/* Write all of data to fd, resuming after signals and short writes. */
static int write_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, data, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        data += n;
        len -= (size_t)n;
    }
    return 0;
}

/* The mode a newly created file gets: 0666 less the umask. */
static mode_t new_file_mode(void)
{
    mode_t mask = umask(0);
    umask(mask);
    return 0666 & ~mask;
}

int cli_write_output(const char *path, const char *data, size_t len)
{
    if (!path) {
        if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
            fprintf(stderr, "matome: <stdout>: write failed: %s\n",
                    strerror(errno));
            return EXIT_INPUT;
        }
        return EXIT_OK;
    }
    /* A device, FIFO or other special file is written in place. */
    struct stat sb;
    int exists = lstat(path, &sb) == 0;
    if (exists && !S_ISREG(sb.st_mode)) {
        FILE *f = fopen(path, "wb");
        int bad = !f || fwrite(data, 1, len, f) != len || fflush(f) != 0;
        int e = errno;
        if (f && fclose(f) != 0 && !bad) {
            bad = 1;
            e = errno;
        }
        if (bad) {
            fprintf(stderr, "matome: %s: cannot write: %s\n", path,
                    strerror(e));
            return EXIT_INPUT;
        }
        return EXIT_OK;
    }
    /* Replacing a file the user may not write would bypass its mode. */
    if (exists && access(path, W_OK) != 0) {
        fprintf(stderr, "matome: %s: cannot write: %s\n", path,
                strerror(errno));
        return EXIT_INPUT;
    }
    size_t plen = strlen(path);
    char *tmp = malloc(plen + sizeof ".XXXXXX");
    if (!tmp) {
        fprintf(stderr, "matome: out of memory\n");
        return EXIT_INTERNAL;
    }
    memcpy(tmp, path, plen);
    memcpy(tmp + plen, ".XXXXXX", sizeof ".XXXXXX");
    int fd = mkstemp(tmp);
    if (fd < 0) {
        fprintf(stderr, "matome: %s: cannot write: %s\n", path,
                strerror(errno));
        free(tmp);
        return EXIT_INPUT;
    }
    /* Keep an existing file's permissions; a new one gets the usual. */
    int bad = fchmod(fd, exists ? sb.st_mode & 07777 : new_file_mode()) != 0 ||
              write_all(fd, data, len) != 0;
    int e = errno;
    if (close(fd) != 0 && !bad) {
        bad = 1;
        e = errno;
    }
    if (!bad && rename(tmp, path) != 0) {
        bad = 1;
        e = errno;
    }
    if (bad) {
        unlink(tmp);
        fprintf(stderr, "matome: %s: cannot write: %s\n", path, strerror(e));
    }
    free(tmp);
    return bad ? EXIT_INPUT : EXIT_OK;
}

int cli_read_input(const char *path, size_t max, char **out, size_t *len)
{
    *out = NULL;
    *len = 0;
    if (max > SIZE_MAX - 2)
        max = SIZE_MAX - 2;
    int is_stdin = strcmp(path, "-") == 0;
    const char *name = is_stdin ? "<stdin>" : path;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "matome: %s: cannot open: %s\n", name, strerror(errno));
        return EXIT_INPUT;
    }
    /* Read up to max + 1 bytes so that a larger input is recognised;
     * the buffer keeps one byte for the NUL. */
    size_t cap = 0, n = 0;
    char *buf = NULL;
    int rc = EXIT_OK;
    for (;;) {
        if (cap - n < 2) {
            size_t want = cap ? cap * 2 : 65536;
            if (want < cap || want > max + 2)
                want = max + 2;
            if (want <= cap) { /* already max + 2: the input is too large */
                fprintf(stderr, "matome: %s: larger than %zu bytes\n", name,
                        max);
                rc = EXIT_INPUT;
                break;
            }
            char *p = realloc(buf, want);
            if (!p) {
                fprintf(stderr, "matome: out of memory\n");
                rc = EXIT_INTERNAL;
                break;
            }
            buf = p;
            cap = want;
        }
        size_t r = fread(buf + n, 1, cap - 1 - n, f);
        n += r;
        if (r == 0) {
            if (ferror(f)) {
                fprintf(stderr, "matome: %s: read failed: %s\n", name,
                        strerror(errno));
                rc = EXIT_INPUT;
            } else if (n > max) {
                fprintf(stderr, "matome: %s: larger than %zu bytes\n", name,
                        max);
                rc = EXIT_INPUT;
            }
            break;
        }
    }
    if (!is_stdin)
        fclose(f);
    if (rc != EXIT_OK) {
        free(buf);
        return rc;
    }
    buf[n] = '\0';
    *out = buf;
    *len = n;
    return EXIT_OK;
}
