/*
 * matome add FILE|URL... - archive documents as sources.
 *
 * Each input is ingested and stored on its own: one that fails is reported
 * ("matome: INPUT: reason") and the others still proceed; the exit code is
 * the worst one (store errors above input errors).  A successful input
 * prints "ID<TAB>INPUT"; adding identical content again prints the
 * existing id and changes nothing.
 *
 * Batches.  A transaction per file costs a commit and a full-text index
 * flush per file; grouping files in mt_store_begin/commit batches made
 * `add` of 2,000 5 KB HTML files about 1.5 to 2 times faster (wall time;
 * the CPU time is the same).  A batch holds at most BATCH_MAX sources or
 * BATCH_MS of work, so that another writer waits about a second at most,
 * and a batch is committed before a URL is fetched, so that a slow server
 * never holds the store's write lock.  A source's line is printed only
 * once its batch is committed, so an id on stdout always names a stored
 * source: when a failure costs the whole batch (disk full), each of its
 * inputs is reported as failed, with that reason.
 */
#include "cli.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define BATCH_MAX 256
#define BATCH_MS  1000

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

/* Report a failed input, named as the user gave it; returns the exit
 * code. */
static int fail_input(const cli_ctx *ctx, const char *in, mt_status st,
                      const mt_error *why)
{
    mt_error err = *why;
    snprintf(err.where, sizeof err.where, "%s", in);
    err.line = 0;
    err.column = 0;
    if (err.status == MT_OK)
        err.status = st;
    return cli_fail(ctx, st, &err);
}

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The open batch: the inputs stored in it, whose lines wait for the
 * commit. */
typedef struct batch {
    mt_store *store;
    char **inputs;
    int open;        /* mt_store_begin succeeded, no commit yet */
    int64_t started; /* now_ms() at mt_store_begin */
    size_t n;        /* entries of done[] */
    struct {
        size_t input; /* index into inputs */
        char id[MT_SOURCE_ID_LEN + 1];
    } done[BATCH_MAX];
} batch;

static mt_status batch_begin(batch *b, mt_error *err)
{
    if (b->open)
        return MT_OK;
    mt_status st = mt_store_begin(b->store, err);
    if (st == MT_OK) {
        b->open = 1;
        b->started = now_ms();
        b->n = 0;
    }
    return st;
}

/*
 * Commit the open batch, if any, and print its lines.  When the batch is
 * gone (cause, the failure of a write in it, made the store roll it
 * back) or its commit fails, report each of its inputs as failed, with
 * cause or the commit's error.  Returns the exit code.
 */
static int batch_end(const cli_ctx *ctx, batch *b, const mt_error *cause)
{
    if (!b->open)
        return EXIT_OK;
    b->open = 0;
    mt_error err;
    mt_error_clear(&err);
    const mt_error *why = &err;
    mt_status st;
    if (!mt_store_batch_open(b->store) && cause && cause->status != MT_OK) {
        st = cause->status;
        why = cause;
    } else {
        st = mt_store_commit(b->store, &err);
    }
    int rc = EXIT_OK;
    for (size_t i = 0; i < b->n; i++) {
        const char *in = b->inputs[b->done[i].input];
        if (st == MT_OK)
            printf("%s\t%s\n", b->done[i].id, in);
        else
            rc = worse(rc, fail_input(ctx, in, st, why));
    }
    b->n = 0;
    fflush(stdout);
    return rc;
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

    /* Compiled once for every input: the publication date printed by a
     * headline is read with the extraction rules (和暦 included). */
    mt_extractor *ex = NULL;
    mt_error xerr;
    mt_error_clear(&xerr);
    mt_status xst = mt_extractor_new(&ex, NULL, &xerr);
    if (xst != MT_OK) {
        rc = cli_fail(ctx, xst, &xerr);
        goto out;
    }
    io.extractor = ex;
    mt_store *store = NULL;
    rc = cli_open_store(ctx, 0, &store);
    if (rc) {
        mt_extractor_free(ex);
        goto out;
    }
    int bar = ninputs > 1 && cli_stderr_tty();
    batch *b = calloc(1, sizeof *b);
    if (!b) {
        mt_store_free(store);
        mt_extractor_free(ex);
        rc = cli_fail(ctx, MT_ERR_NOMEM, NULL);
        goto out;
    }
    b->store = store;
    b->inputs = inputs;
    for (size_t k = 0; k < ninputs; k++) {
        const char *in = inputs[k];
        int is_url = mt_ingest_is_url(in);
        mt_source *src = NULL;
        mt_error err;
        mt_error_clear(&err);
        if (is_url) /* never hold the write lock during a fetch */
            rc = worse(rc, batch_end(ctx, b, NULL));
        if (bar)
            progress(k, ninputs);
        mt_status st = is_url ? mt_ingest_url(&src, in, &io, &err)
                              : mt_ingest_file(&src, in, &io, &err);
        if (st == MT_OK)
            st = apply(src, &o);
        if (st == MT_OK && !is_url)
            st = batch_begin(b, &err);
        int in_store = st == MT_OK; /* a failure now is the store's */
        if (st == MT_OK)
            st = mt_store_add(store, src, NULL, &err);
        if (bar)
            progress_clear();
        if (st != MT_OK) {
            rc = worse(rc, fail_input(ctx, in, st, &err));
            /* Keep what the batch holds, or learn that it was lost. */
            if (in_store)
                rc = worse(rc, batch_end(ctx, b, &err));
        } else if (b->open) {
            b->done[b->n].input = k;
            memcpy(b->done[b->n].id, src->id, sizeof b->done[b->n].id);
            if (++b->n == BATCH_MAX || now_ms() - b->started >= BATCH_MS)
                rc = worse(rc, batch_end(ctx, b, NULL));
        } else {
            printf("%s\t%s\n", src->id, in);
            fflush(stdout);
        }
        mt_source_free(src);
    }
    rc = worse(rc, batch_end(ctx, b, NULL));
    free(b);
    if (bar) {
        progress(ninputs, ninputs);
        fputc('\n', stderr);
    }
    mt_store_free(store);
    mt_extractor_free(ex);
out:
    free(inputs);
    return rc;
}
