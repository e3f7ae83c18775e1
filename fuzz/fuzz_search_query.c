/*
 * Fuzz mt_store_search's query handling: any query over a small store
 * either succeeds or, for an empty (all white space) or non-UTF-8 query,
 * fails with MT_ERR_ARG.  An FTS5 syntax error or any other status would
 * mean user input reached FTS5 unescaped.
 */
#include <matome/matome.h>

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static mt_store *store;

static const char *const texts[][2] = {
    {"神戸製鋼所に不正アクセス", "防衛関連の情報が流出した可能性がある。"},
    {"Kobe Steel notice", "Unauthorized access to servers; files affected."},
    {"ＰＡＳＣＯ", "２０２０年、ｻｰﾊﾞｰへの通信を確認。NEAR(\"x\") * - :"},
};

static void open_store(void)
{
    char path[] = "/tmp/fuzz-search-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0)
        abort();
    close(fd);
    mt_error err = MT_ERROR_INIT;
    if (mt_store_open(&store, path, NULL, &err) != MT_OK)
        abort();
    unlink(path); /* the open connection keeps it */
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        mt_source *src = mt_source_new();
        if (!src || mt_source_set(&src->title, texts[i][0]) != MT_OK ||
            mt_source_set(&src->text, texts[i][1]) != MT_OK)
            abort();
        src->text_len = strlen(src->text);
        src->original = (unsigned char *)strdup(src->text);
        if (!src->original)
            abort();
        src->original_len = src->text_len;
        mt_source_compute_id(src);
        if (mt_store_add(store, src, NULL, &err) != MT_OK)
            abort();
        mt_source_free(src);
    }
}

static int count_hit(const mt_search_hit *hit, void *ctx)
{
    if (!hit->source || !hit->snippet)
        abort();
    ++*(int *)ctx;
    return 0;
}

/* True when the query is nothing but white space (ASCII or U+3000). */
static int blank(const char *q)
{
    while (*q) {
        if (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' || *q == '\f' ||
            *q == '\v')
            q++;
        else if (strncmp(q, "\xe3\x80\x80", 3) == 0)
            q += 3;
        else
            return 0;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!store)
        open_store();
    char *q = malloc(size + 1);
    if (!q)
        return 0;
    memcpy(q, data, size);
    q[size] = '\0'; /* the query ends at the first NUL, as in C */
    for (int order = 0; order < 2; order++) {
        mt_search_options opts = MT_SEARCH_OPTIONS_INIT;
        opts.order = (mt_search_order)order;
        int hits = 0;
        mt_error err = MT_ERROR_INIT;
        mt_status st = mt_store_search(store, q, &opts, count_hit, &hits, &err);
        int arg_ok = blank(q) || !g_utf8_validate(q, -1, NULL);
        if (!(st == MT_OK || (st == MT_ERR_ARG && arg_ok))) {
            fprintf(stderr, "query gave %s: %s\n", mt_status_str(st),
                    err.message);
            abort();
        }
        if (st == MT_ERR_ARG && !arg_ok)
            abort();
        if (hits > (int)(sizeof texts / sizeof texts[0]))
            abort();
    }
    free(q);
    return 0;
}
