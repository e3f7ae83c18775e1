/*
 * matome add FILE|URL... - archive documents as sources.
 *
 * Each input is ingested and stored on its own: one that fails is reported
 * ("matome: INPUT: reason") and the others still proceed; the exit code is
 * the worst one (store errors above input errors).  A successful input
 * prints "ID<TAB>INPUT"; adding identical content again prints the
 * existing id and changes nothing.
 */
#include "cli.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f)
{
    fprintf(f,
            "usage: matome add [OPTIONS] FILE|URL...\n"
            "\n"
            "Archive HTML, text, Markdown or PDF files, or http(s) URLs, as\n"
            "sources.  Prints one line per input: the source id, a tab, the\n"
            "input.\n"
            "\n"
            "options (override what was detected):\n"
            "  --url URL          the document's URL (one input only)\n"
            "  --title TEXT       its title (one input only)\n"
            "  --publisher NAME   who published it\n"
            "  --date YYYY[-MM[-DD]]  its publication date\n"
            "  --kind KIND        official, authority, media, blog or other\n"
            "  --lang TAG         language (ja, en, ...)\n"
            "  --charset NAME     decode with this charset (Shift_JIS, ...)\n"
            "  --max-size BYTES   refuse larger inputs (default %zu)\n"
            "  --timeout SECONDS  for URLs, the whole transfer (default 30)\n"
            "  --db PATH          the store\n",
            (size_t)MT_INGEST_DEFAULT_MAX);
}

typedef struct overrides {
    const char *url, *title, *publisher, *lang;
    int have_date, have_kind;
    mt_date date;
    mt_source_kind kind;
} overrides;

static int valid_lang(const char *s)
{
    size_t n = strlen(s);
    if (n < 2 || n > 35)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9') || (c == '-' && i > 0)))
            return 0;
    }
    return 1;
}

static mt_status apply(mt_source *src, const overrides *o)
{
    mt_status st = MT_OK;
    if (o->url)
        st = mt_source_set(&src->url, o->url);
    if (st == MT_OK && o->title)
        st = mt_source_set(&src->title, o->title);
    if (st == MT_OK && o->publisher)
        st = mt_source_set(&src->publisher, o->publisher);
    if (st == MT_OK && o->lang)
        st = mt_source_set(&src->lang, o->lang);
    if (o->have_date)
        src->published = o->date;
    if (o->have_kind)
        src->kind = o->kind;
    return st;
}

/* "[#####     ] 512/1000" on a terminal's stderr. */
static void progress(size_t done, size_t total)
{
    char bar[31];
    size_t fill = total ? done * 30 / total : 0;
    for (size_t i = 0; i < 30; i++)
        bar[i] = i < fill ? '#' : ' ';
    bar[30] = '\0';
    fprintf(stderr, "\r[%s] %zu/%zu", bar, done, total);
    fflush(stderr);
}

static void progress_clear(void)
{
    fputs("\r\033[K", stderr);
}

static int worse(int a, int b)
{
    /* Store and internal failures outrank input failures. */
    return a > b ? a : b;
}

int cmd_add(cli_ctx *ctx, int argc, char **argv)
{
    overrides o;
    memset(&o, 0, sizeof o);
    mt_ingest_options io = MT_INGEST_OPTIONS_INIT;
    char **inputs = calloc((size_t)argc + 1, sizeof *inputs);
    if (!inputs)
        return cli_fail(ctx, MT_ERR_NOMEM, NULL);
    size_t ninputs = 0;
    int rc = EXIT_OK;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            free(inputs);
            return EXIT_OK;
        }
        if (strcmp(a, "--") == 0) {
            for (i++; i < argc; i++)
                inputs[ninputs++] = argv[i];
            break;
        }
        if (a[0] != '-' || a[1] == '\0') {
            inputs[ninputs++] = argv[i];
            continue;
        }
        if (!v) {
            rc = cli_usage_error("add", "option %s needs a value", a);
            goto out;
        }
        i++;
        if (strcmp(a, "--url") == 0) {
            o.url = v;
        } else if (strcmp(a, "--title") == 0) {
            o.title = v;
        } else if (strcmp(a, "--publisher") == 0) {
            o.publisher = v;
        } else if (strcmp(a, "--lang") == 0) {
            if (!valid_lang(v)) {
                rc = cli_usage_error("add",
                                     "--lang takes a language tag such "
                                     "as ja or en, not '%s'",
                                     v);
                goto out;
            }
            o.lang = v;
        } else if (strcmp(a, "--date") == 0) {
            if (mt_date_parse(&o.date, v, strlen(v)) != MT_OK || !o.date.year ||
                o.date.fiscal || strlen(v) > 10) {
                rc = cli_usage_error("add",
                                     "--date takes YYYY, YYYY-MM or "
                                     "YYYY-MM-DD, not '%s'",
                                     v);
                goto out;
            }
            o.have_date = 1;
        } else if (strcmp(a, "--kind") == 0) {
            if (mt_source_kind_parse(&o.kind, v) != MT_OK) {
                rc = cli_usage_error("add",
                                     "--kind takes official, authority, "
                                     "media, blog or other, not '%s'",
                                     v);
                goto out;
            }
            o.have_kind = 1;
        } else if (strcmp(a, "--charset") == 0) {
            if (!mt_charset_supported(v)) {
                rc = cli_usage_error("add", "unknown charset '%s'", v);
                goto out;
            }
            io.charset = v;
        } else if (strcmp(a, "--max-size") == 0) {
            long n = 0;
            rc = cli_parse_long("add", a, v, 1, LONG_MAX, &n);
            if (rc)
                goto out;
            io.max_bytes = (size_t)n;
        } else if (strcmp(a, "--timeout") == 0) {
            long n = 0;
            rc = cli_parse_long("add", a, v, 1, 86400, &n);
            if (rc)
                goto out;
            io.timeout_ms = n * 1000;
            if (io.connect_timeout_ms > io.timeout_ms)
                io.connect_timeout_ms = io.timeout_ms;
        } else if (strcmp(a, "--db") == 0) {
            ctx->db_path = v;
        } else {
            rc = cli_usage_error("add", "unknown option '%s'", a);
            goto out;
        }
    }
    if (ninputs == 0) {
        rc = cli_usage_error("add", "no FILE or URL given");
        goto out;
    }
    if (ninputs > 1 && (o.url || o.title)) {
        rc = cli_usage_error("add", "--url and --title apply to one input");
        goto out;
    }

    mt_store *store = NULL;
    rc = cli_open_store(ctx, 0, &store);
    if (rc)
        goto out;
    int bar = ninputs > 1 && cli_stderr_tty();
    for (size_t k = 0; k < ninputs; k++) {
        const char *in = inputs[k];
        mt_source *src = NULL;
        mt_error err;
        mt_error_clear(&err);
        if (bar)
            progress(k, ninputs);
        mt_status st = mt_ingest_is_url(in)
                           ? mt_ingest_url(&src, in, &io, &err)
                           : mt_ingest_file(&src, in, &io, &err);
        if (st == MT_OK) {
            st = apply(src, &o);
            if (st == MT_OK)
                st = mt_store_add(store, src, NULL, &err);
        }
        if (bar)
            progress_clear();
        if (st != MT_OK) {
            /* Name the input as the user gave it. */
            snprintf(err.where, sizeof err.where, "%s", in);
            if (err.status == MT_OK)
                err.status = st;
            rc = worse(rc, cli_fail(ctx, st, &err));
        } else {
            printf("%s\t%s\n", src->id, in);
            fflush(stdout);
        }
        mt_source_free(src);
    }
    if (bar) {
        progress(ninputs, ninputs);
        fputc('\n', stderr);
    }
    mt_store_free(store);
out:
    free(inputs);
    return rc;
}
