/*
 * Full-text search of the sources: the user's query becomes an FTS5
 * expression (build_query()), tokenized as the index is (tokenizer.c),
 * and rank.c ranks the matches.
 *
 * A search runs in two statements.  The first calls the collector
 * (rank.c) once, on the first matching row; it ranks every match itself
 * and leaves the best ?2 rowids in the mt_topk bound as ?2.  The second
 * fetches one of them with its snippet: MATCH with `rowid =` makes FTS5
 * seek each token to that row instead of walking the matches, and the
 * snippet (a re-tokenization of the text) is made for returned rows only.
 */
#include "store/store_internal.h"

#include "core/buf.h"
#include "core/internal.h"

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Append one query word or phrase as an FTS5 string, "" doubled. */
static mt_status add_term(mt_buf *q, const char *w, size_t len, int star)
{
    int tokens = 0, ends_in = 0;
    mt_store_query_word(w, (int)len, &tokens, &ends_in);
    if (tokens == 0)
        return MT_OK; /* punctuation only: matches nothing; drop it */
    mt_status r = q->len ? mt_buf_putc(q, ' ') : MT_OK;
    if (r == MT_OK)
        r = mt_buf_putc(q, '"');
    for (size_t i = 0; r == MT_OK && i < len; i++)
        r = w[i] == '"' ? mt_buf_puts(q, "\"\"") : mt_buf_putc(q, w[i]);
    if (r == MT_OK)
        r = mt_buf_putc(q, '"');
    /* A lone CJK character is indexed only as the start of bigrams. */
    if (r == MT_OK && ((star && ends_in == MT_QUERY_ENDS_WORD) ||
                       ends_in == MT_QUERY_ENDS_LONE_CJK))
        r = mt_buf_puts(q, " *");
    return r;
}

/* ASCII white space and the ideographic space U+3000 separate words. */
static size_t space_len(const char *p)
{
    if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' ||
        *p == '\v')
        return 1;
    if ((unsigned char)p[0] == 0xE3 && (unsigned char)p[1] == 0x80 &&
        (unsigned char)p[2] == 0x80)
        return 3;
    return 0;
}

/*
 * Turn the user's query into an FTS5 expression in q: each word (or
 * "quoted phrase") becomes an FTS5 string, so no input is FTS5 syntax.
 */
static mt_status build_query(mt_buf *q, const char *p)
{
    mt_status r = MT_OK;
    while (r == MT_OK && *p) {
        size_t sp = space_len(p);
        if (sp) {
            p += sp;
            continue;
        }
        const char *start;
        size_t len;
        int star = 0;
        if (*p == '"') {
            start = ++p;
            while (*p && *p != '"')
                p++;
            len = (size_t)(p - start);
            if (*p == '"')
                p++;
        } else {
            start = p;
            while (*p && *p != '"' && !space_len(p))
                p++;
            len = (size_t)(p - start);
            while (len > 0 && start[len - 1] == '*') {
                len--;
                star = 1;
            }
        }
        r = add_term(q, start, len, star);
    }
    return r;
}

/* The two statements of a search (see the top of this file). */
static const char *const search_topk_sql =
    "SELECT " MT_TOPK_NAME "(sources_fts, ?2) FROM sources_fts"
    " WHERE sources_fts MATCH ?1 LIMIT 1";

static const char *const search_fetch_sql =
    "SELECT " MT_SOURCE_COLS ", CASE WHEN ?4 > 0 THEN"
    " snippet(sources_fts, 1, ?2, ?3, '…', ?4) ELSE '' END"
    " FROM sources_fts JOIN sources s ON s.n = sources_fts.rowid"
    " WHERE sources_fts MATCH ?1 AND sources_fts.rowid = ?5";

/* Whether store->lens was read since the last write by this or any
 * other connection (PRAGMA data_version covers the others). */
static int lens_current(mt_store *s, int64_t *version, int64_t *changes)
{
    *version = -1;
    *changes = sqlite3_total_changes64(s->db);
    return mt_store_query_int(s, "PRAGMA data_version", version) == SQLITE_OK &&
           s->lens.n && *version == s->lens_version &&
           *changes == s->lens_changes;
}

/*
 * Make store->lens current: read every row's column sizes again when the
 * store changed since (one scan of sources_fts_docsize, about 15 ms for
 * 100,000 rows).  The collector calls it, through load_lens(), when a
 * search needs the sizes of many rows.
 */
static int load_lens(void *arg, const mt_doclens **out)
{
    mt_store *s = arg;
    int64_t version, changes;
    int rc = SQLITE_OK;
    if (!lens_current(s, &version, &changes)) {
        rc = mt_doclens_load(s->db, &s->lens);
        s->lens_version = version;
        s->lens_changes = changes;
    }
    *out = rc == SQLITE_OK ? &s->lens : NULL;
    return rc;
}

static int hit_cmp_row(const void *a, const void *b)
{
    int64_t x = ((const mt_topk_hit *)a)->row,
            y = ((const mt_topk_hit *)b)->row;
    return x < y ? -1 : x > y;
}

/* A match's place in MT_ORDER_NEWEST, for sorting a few matches in C. */
typedef struct newest_row {
    mt_topk_hit hit;
    int undated;
    int64_t day;
    int len; /* length(published), -1 for NULL */
    char id[17];
} newest_row;

static int newest_cmp(const void *pa, const void *pb)
{
    const newest_row *a = pa, *b = pb;
    if (a->undated != b->undated)
        return a->undated - b->undated;
    if (!a->undated && a->day != b->day)
        return a->day > b->day ? -1 : 1;
    if (a->len != b->len)
        return a->len > b->len ? -1 : 1;
    return strcmp(a->id, b->id);
}

/*
 * Keep the newest k of the t->n matches (ascending rowids) in t->hit,
 * newest first, the order of mt_store_list().  Few matches: read each
 * one's date and sort them.  Many: walk the sources in that order (the
 * index sources_newest, schema 4) until k of them are matches, which
 * takes about k * sources / matches steps.  The two cost about the same
 * when matches^2 = k * sources * (step / lookup), a lookup costing some
 * ten index steps.
 */
static int select_newest(mt_store *s, mt_topk *t, int k)
{
    if (t->n == 0)
        return SQLITE_OK;
    int rc = SQLITE_OK;
    sqlite3_stmt *st = NULL;
    int64_t kept = 0;
    if (t->n * t->n * 10 <= (int64_t)k * t->rows) {
        newest_row *r = calloc((size_t)t->n, sizeof *r);
        if (!r)
            return SQLITE_NOMEM;
        rc = sqlite3_prepare_v2(s->db,
                                "SELECT published_sort IS NULL, published_sort,"
                                " length(published), id FROM sources"
                                " INDEXED BY sources_sort WHERE n = ?1",
                                -1, &st, NULL);
        for (int64_t i = 0; rc == SQLITE_OK && i < t->n; i++) {
            rc = sqlite3_bind_int64(st, 1, t->hit[i].row);
            if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
                newest_row *w = &r[kept++];
                w->hit = t->hit[i];
                w->undated = sqlite3_column_int(st, 0);
                w->day = sqlite3_column_int64(st, 1);
                w->len = sqlite3_column_type(st, 2) == SQLITE_NULL
                             ? -1
                             : sqlite3_column_int(st, 2);
                const char *id = (const char *)sqlite3_column_text(st, 3);
                snprintf(w->id, sizeof w->id, "%s", id ? id : "");
            }
            if (rc == SQLITE_ROW || rc == SQLITE_DONE)
                rc = sqlite3_reset(st);
        }
        if (rc == SQLITE_OK) {
            qsort(r, (size_t)kept, sizeof *r, newest_cmp);
            if (kept > k)
                kept = k;
            for (int64_t i = 0; i < kept; i++)
                t->hit[i] = r[i].hit;
        }
        free(r);
    } else {
        /* t->hit is sorted by rowid; the newest are moved to its front,
         * from a copy, since a found row may lie before kept. */
        mt_topk_hit *all = malloc((size_t)t->n * sizeof *all);
        if (!all)
            return SQLITE_NOMEM;
        memcpy(all, t->hit, (size_t)t->n * sizeof *all);
        rc = sqlite3_prepare_v2(s->db,
                                "SELECT s.n FROM sources s INDEXED BY"
                                " sources_newest ORDER BY " MT_ORDER_NEWEST,
                                -1, &st, NULL);
        while (rc == SQLITE_OK && kept < k &&
               (rc = sqlite3_step(st)) == SQLITE_ROW) {
            rc = SQLITE_OK;
            mt_topk_hit key = {sqlite3_column_int64(st, 0), 0};
            mt_topk_hit *m =
                bsearch(&key, all, (size_t)t->n, sizeof *all, hit_cmp_row);
            if (m)
                t->hit[kept++] = *m;
        }
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        free(all);
    }
    sqlite3_finalize(st);
    t->n = rc == SQLITE_OK ? kept : 0;
    return rc;
}

mt_status mt_store_search(mt_store *store, const char *query,
                          const mt_search_options *opts, mt_search_cb cb,
                          void *ctx, mt_error *err)
{
    if (!store || !query || !cb)
        return mt_error_set(err, MT_ERR_ARG, "no store, query or callback");
    mt_search_options o = MT_SEARCH_OPTIONS_INIT;
    if (opts) {
        if (opts->version != MT_SEARCH_OPTIONS_VERSION)
            return mt_error_set(err, MT_ERR_ARG,
                                "search options version %u, expected %u",
                                opts->version, MT_SEARCH_OPTIONS_VERSION);
        o = *opts;
    }
    if (o.limit <= 0)
        return mt_error_set(err, MT_ERR_ARG, "search limit must be positive");
    if (!g_utf8_validate(query, -1, NULL))
        return mt_error_set(err, MT_ERR_ARG, "query is not valid UTF-8");
    const char *p = query;
    while (*p && space_len(p))
        p += space_len(p);
    if (!*p)
        return mt_error_set(err, MT_ERR_ARG, "empty query");
    int tokens = o.snippet_tokens < 0    ? 0
                 : o.snippet_tokens > 64 ? 64
                                         : o.snippet_tokens;

    mt_buf q;
    mt_buf_init(&q, 1 << 20);
    mt_status r = build_query(&q, query);
    if (r != MT_OK) {
        mt_buf_free(&q);
        return mt_error_set(err, r, "query too long");
    }
    if (q.len == 0) { /* only punctuation: nothing can match */
        mt_buf_free(&q);
        return MT_OK;
    }
    /* A batch's own sources are found too; they change the column
     * sizes, so the catch-up comes before the sizes are refreshed. */
    int rc = mt_store_fts_catch_up(store);
    int newest = o.order == MT_SEARCH_NEWEST;
    int64_t version, changes;
    mt_topk t = {newest ? 0 : o.limit,
                 rc == SQLITE_OK && lens_current(store, &version, &changes)
                     ? &store->lens
                     : NULL,
                 load_lens,
                 store,
                 NULL,
                 0,
                 0};
    sqlite3_stmt *st = NULL;
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(store->db, search_topk_sql, -1, &st, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_text(st, 1, q.data, (int)q.len, SQLITE_STATIC);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_pointer(st, 2, &t, MT_TOPK_POINTER, NULL);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW)
        rc = sqlite3_step(st);
    if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    sqlite3_finalize(st);
    st = NULL;
    if (rc == SQLITE_OK && newest)
        rc = select_newest(store, &t, o.limit);

    if (rc == SQLITE_OK && t.n > 0)
        rc = sqlite3_prepare_v2(store->db, search_fetch_sql, -1, &st, NULL);
    if (rc == SQLITE_OK && st)
        rc = sqlite3_bind_text(st, 1, q.data, (int)q.len, SQLITE_STATIC);
    if (rc == SQLITE_OK && st)
        rc = mt_store_bind_text(st, 2, o.mark_open ? o.mark_open : "");
    if (rc == SQLITE_OK && st)
        rc = mt_store_bind_text(st, 3, o.mark_close ? o.mark_close : "");
    if (rc == SQLITE_OK && st)
        rc = sqlite3_bind_int(st, 4, tokens);
    mt_source *src = rc == SQLITE_OK && st ? mt_source_new() : NULL;
    if (rc == SQLITE_OK && st && !src)
        r = mt_error_at(err, MT_ERR_NOMEM, store->path, -1, "out of memory");
    for (int64_t i = 0; r == MT_OK && rc == SQLITE_OK && st && i < t.n; i++) {
        rc = sqlite3_bind_int64(st, 5, t.hit[i].row);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(st);
        if (rc == SQLITE_DONE) { /* removed since the collector ran */
            rc = sqlite3_reset(st);
            continue;
        }
        if (rc != SQLITE_ROW)
            break;
        r = mt_store_read_source(src, st, 0);
        if (r != MT_OK) {
            mt_error_at(err, r, store->path, -1, "out of memory");
            break;
        }
        const char *snip =
            (const char *)sqlite3_column_text(st, MT_N_SOURCE_COLS);
        mt_search_hit hit = {src, snip ? snip : "", t.hit[i].score};
        if (cb(&hit, ctx))
            break;
        rc = sqlite3_reset(st);
    }
    if (r == MT_OK && rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE)
        r = mt_store_fail(store, rc, err);
    mt_source_free(src);
    sqlite3_finalize(st);
    mt_topk_clear(&t);
    mt_buf_free(&q);
    return r;
}
