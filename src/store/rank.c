/*
 * Ranking for full-text search: a top-k collector that ranks every match
 * of a query in one call, and bm25 as the table's FTS5 rank function.
 *
 * Both compute FTS5's bm25() (k1 1.2, b 0.75, idf from the number of rows
 * that match each phrase, one document length over all columns, column
 * weights title 4.0 and text 1.0), with the same values.
 *
 * Why a collector.  `ORDER BY rank LIMIT k` makes SQLite step the FTS5
 * cursor through every match, call the rank function through the SQL
 * function machinery for each row and push it through a sorter: at
 * 100,000 sources a query that matches half of them spent most of its
 * time in that per-row overhead, not in reading the index.  MT_TOPK_NAME
 * is an auxiliary function that, called once on the first matching row,
 * walks each phrase's matches itself with xQueryPhrase(), keeps the rows
 * that match every phrase (the query is an AND of phrases, see
 * build_query() in search.c), scores them with column sizes from the
 * in-memory mt_doclens (or one lookup each when few rows match), and
 * keeps the best k with a bounded heap, best first: score descending,
 * then rowid ascending, so a tie at the k-th place is decided the same
 * way every time.  With k == 0 it returns every match (mt_store_search()
 * then picks the newest).  The caller fetches the hits and their snippets
 * by rowid.
 *
 * MT_RANK_NAME is no longer used by mt_store_search(); it stays because
 * schema 3 made it sources_fts's rank option, which any `ORDER BY rank` on
 * the table (from other SQL) calls.  It looks sizes up per row, as bm25()
 * does, so it never depends on a cached table.
 */
#include "store/store_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define RANK_MAX_PHRASES 64
#define RANK_K1          1.2
#define RANK_B           0.75

/* The column weights of schema 1's rank option 'bm25(4.0, 1.0)', which
 * the collector applies without reading the option. */
#define WEIGHT_TITLE 4.0
#define WEIGHT_TEXT  1.0

static double idf_of(int64_t rows, int64_t hits)
{
    double idf =
        log(((double)rows - (double)hits + 0.5) / ((double)hits + 0.5));
    return idf <= 0.0 ? 1e-6 : idf; /* as bm25(): never zero or negative */
}

static double avg_len(const Fts5ExtensionApi *api, Fts5Context *fts, int *rc)
{
    sqlite3_int64 rows = 0, tokens = 0;
    *rc = api->xRowCount(fts, &rows);
    if (*rc == SQLITE_OK)
        *rc = api->xColumnTotalSize(fts, -1, &tokens);
    return rows > 0 ? (double)tokens / (double)rows : 1.0;
}

/* One row's term-frequency part of bm25 for one phrase. */
static double tf_part(double tf, int dl, double avgdl)
{
    double k = RANK_K1 * (1 - RANK_B + RANK_B * dl / avgdl);
    return tf * (RANK_K1 + 1) / (tf + k);
}

/* ---- MT_RANK_NAME: bm25 per row --------------------------------------- */

typedef struct rank_query {
    double avgdl;
    double idf[RANK_MAX_PHRASES];
} rank_query;

static int count_row(const Fts5ExtensionApi *api, Fts5Context *fts, void *ctx)
{
    (void)api;
    (void)fts;
    ++*(int64_t *)ctx;
    return SQLITE_OK;
}

/* Per query: average length and each phrase's idf, as bm25 computes them. */
static int rank_query_new(const Fts5ExtensionApi *api, Fts5Context *fts,
                          rank_query **out)
{
    rank_query *q = sqlite3_malloc(sizeof *q);
    if (!q)
        return SQLITE_NOMEM;
    sqlite3_int64 rows = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        q->avgdl = avg_len(api, fts, &rc);
    int phrases = api->xPhraseCount(fts);
    for (int p = 0; rc == SQLITE_OK && p < phrases && p < RANK_MAX_PHRASES;
         p++) {
        int64_t hits = 0;
        rc = api->xQueryPhrase(fts, p, &hits, count_row);
        q->idf[p] = idf_of(rows, hits);
    }
    if (rc == SQLITE_OK)
        rc = api->xSetAuxdata(fts, q, sqlite3_free);
    else
        sqlite3_free(q);
    *out = rc == SQLITE_OK ? q : NULL;
    return rc;
}

static void rank(const Fts5ExtensionApi *api, Fts5Context *fts,
                 sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    rank_query *q = api->xGetAuxdata(fts, 0);
    int rc = q ? SQLITE_OK : rank_query_new(api, fts, &q);
    double w[2] = {argc > 0 ? sqlite3_value_double(argv[0]) : 1.0,
                   argc > 1 ? sqlite3_value_double(argv[1]) : 1.0};
    double tf[RANK_MAX_PHRASES] = {0};
    int n = 0;
    if (rc == SQLITE_OK)
        rc = api->xInstCount(fts, &n);
    for (int i = 0; rc == SQLITE_OK && i < n; i++) {
        int phrase, col, off;
        rc = api->xInst(fts, i, &phrase, &col, &off);
        if (rc == SQLITE_OK && phrase >= 0 && phrase < RANK_MAX_PHRASES)
            tf[phrase] += w[col == 0 ? 0 : 1];
    }
    int dl = 0;
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &dl);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    double score = 0;
    int phrases = api->xPhraseCount(fts);
    for (int p = 0; p < phrases && p < RANK_MAX_PHRASES; p++)
        score += q->idf[p] * tf_part(tf[p], dl, q->avgdl);
    sqlite3_result_double(ctx, -score);
}

/* ---- column sizes ----------------------------------------------------- */

/* An SQLite varint (as FTS5 writes sizes): up to 9 bytes, big-endian. */
static int get_varint(const unsigned char *p, int len, int *used, int *out)
{
    uint64_t v = 0;
    for (int i = 0; i < len && i < 9; i++) {
        if (i == 8) {
            v = (v << 8) | p[i];
        } else {
            v = (v << 7) | (p[i] & 0x7f);
            if (p[i] & 0x80)
                continue;
        }
        *used = i + 1;
        *out = v > INT32_MAX ? INT32_MAX : (int)v;
        return 0;
    }
    return -1;
}

/* A docsize record: one varint per column (title, text). */
static void decode_sizes(const unsigned char *p, int bytes, int out[2])
{
    int used = 0;
    out[0] = out[1] = 0;
    for (int col = 0; col < 2 && p && bytes > 0; col++) {
        if (get_varint(p, bytes, &used, &out[col]))
            break;
        p += used;
        bytes -= used;
    }
}

int mt_doclens_load(sqlite3 *db, mt_doclens *lens)
{
    free(lens->len);
    lens->len = NULL;
    lens->n = 0;
    sqlite3_stmt *st = NULL;
    int64_t max = -1;
    int rc = sqlite3_prepare_v2(
        db, "SELECT coalesce(max(id), 0) FROM sources_fts_docsize", -1, &st,
        NULL);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        max = sqlite3_column_int64(st, 0);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_OK || max < 0 || max >= INT32_MAX / 2)
        return rc == SQLITE_OK ? SQLITE_TOOBIG : rc;
    int *len = calloc((size_t)(max + 1) * 2, sizeof *len);
    if (!len)
        return SQLITE_NOMEM;
    rc = sqlite3_prepare_v2(db, "SELECT id, sz FROM sources_fts_docsize", -1,
                            &st, NULL);
    while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        rc = SQLITE_OK;
        int64_t id = sqlite3_column_int64(st, 0);
        if (id >= 0 && id <= max)
            decode_sizes(sqlite3_column_blob(st, 1),
                         sqlite3_column_bytes(st, 1), &len[2 * id]);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        free(len);
        return rc;
    }
    lens->len = len;
    lens->n = max + 1;
    return SQLITE_OK;
}

/* ---- MT_TOPK_NAME: the collector -------------------------------------- */

/* A row that has matched every phrase so far. */
typedef struct cand {
    int64_t row;
    double score; /* sum of idf * tf part over the phrases done */
    double tf;    /* weighted count of the current phrase's matches */
    int dl;       /* document length in tokens; -1 until known */
    int seen;     /* the last phrase it matched */
} cand;

typedef struct collect {
    mt_topk *topk;
    cand *c;
    size_t n, cap;
    size_t at;     /* where the previous row was found (rows ascend) */
    int phrase;    /* the phrase being walked */
    int64_t hits;  /* rows matching the current phrase */
    int64_t prev;  /* the previous row of this phrase */
    int ascending; /* phrase 0's rows came in rowid order */
} collect;

/* Weighted count of the phrase's matches in the current row. */
static double phrase_tf(const Fts5ExtensionApi *api, Fts5Context *fts)
{
    Fts5PhraseIter it;
    int col = -1, off = 0;
    double tf = 0;
    if (api->xPhraseFirst(fts, 0, &it, &col, &off) != SQLITE_OK)
        return 0;
    for (; col >= 0; api->xPhraseNext(fts, &it, &col, &off))
        tf += col == 0 ? WEIGHT_TITLE : WEIGHT_TEXT;
    return tf;
}

static int cand_cmp_row(const void *a, const void *b)
{
    int64_t x = ((const cand *)a)->row, y = ((const cand *)b)->row;
    return x < y ? -1 : x > y;
}

/* The candidate for row, or NULL: rows arrive ascending, so the search
 * starts where the previous one ended. */
static cand *find_cand(collect *s, int64_t row)
{
    size_t lo = row >= s->prev ? s->at : 0, hi = s->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->c[mid].row < row)
            lo = mid + 1;
        else
            hi = mid;
    }
    s->at = lo;
    return lo < s->n && s->c[lo].row == row ? &s->c[lo] : NULL;
}

static int lens_of(const mt_doclens *lens, int64_t row)
{
    return lens && row >= 0 && row < lens->n
               ? lens->len[2 * row] + lens->len[2 * row + 1]
               : -1;
}

static int collect_row(const Fts5ExtensionApi *api, Fts5Context *fts, void *ctx)
{
    collect *s = ctx;
    int64_t row = api->xRowid(fts);
    s->hits++;
    if (s->phrase == 0) {
        if (s->n == s->cap) {
            size_t cap = s->cap ? 2 * s->cap : 1024;
            cand *c = sqlite3_realloc64(s->c, cap * sizeof *c);
            if (!c)
                return SQLITE_NOMEM;
            s->c = c;
            s->cap = cap;
        }
        cand *c = &s->c[s->n++];
        c->row = row;
        c->score = 0;
        c->tf = phrase_tf(api, fts);
        c->dl = lens_of(s->topk->lens, row);
        c->seen = 0;
        if (s->n > 1 && row <= s->prev)
            s->ascending = 0;
        s->prev = row;
        return SQLITE_OK;
    }
    cand *c = find_cand(s, row);
    s->prev = row;
    if (c) {
        c->tf = phrase_tf(api, fts);
        c->seen = s->phrase;
    }
    return SQLITE_OK;
}

/*
 * Give every candidate its document length: from lens, from a table
 * load_lens() makes current when many are missing (one scan of docsize,
 * cheaper than many lookups and kept for later searches), else one
 * docsize lookup each.
 */
static int resolve_lens(collect *s, sqlite3 *db, int64_t rows)
{
    mt_topk *t = s->topk;
    size_t missing = 0;
    for (size_t i = 0; i < s->n; i++)
        missing += s->c[i].dl < 0;
    if (missing == 0)
        return SQLITE_OK;
    if (t->load_lens && (int64_t)missing > rows / 16) {
        const mt_doclens *lens = NULL;
        int rc = t->load_lens(t->arg, &lens);
        t->load_lens = NULL;
        if (rc != SQLITE_OK)
            return rc;
        t->lens = lens;
        missing = 0;
        for (size_t i = 0; i < s->n; i++) {
            if (s->c[i].dl < 0)
                s->c[i].dl = lens_of(lens, s->c[i].row);
            missing += s->c[i].dl < 0;
        }
        if (missing == 0)
            return SQLITE_OK;
    }
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(
        db, "SELECT sz FROM sources_fts_docsize WHERE id = ?1", -1, &st, NULL);
    for (size_t i = 0; rc == SQLITE_OK && i < s->n; i++) {
        if (s->c[i].dl >= 0)
            continue;
        int sz[2] = {0, 0};
        rc = sqlite3_bind_int64(st, 1, s->c[i].row);
        if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW)
            decode_sizes(sqlite3_column_blob(st, 0),
                         sqlite3_column_bytes(st, 0), sz);
        if (rc == SQLITE_ROW || rc == SQLITE_DONE)
            rc = sqlite3_reset(st);
        s->c[i].dl = sz[0] + sz[1];
    }
    sqlite3_finalize(st);
    return rc;
}

/* Fold the finished phrase into the scores and drop the rows that did
 * not match it. */
static void end_phrase(collect *s, int64_t rows, double avgdl)
{
    double idf = idf_of(rows, s->hits);
    size_t keep = 0;
    for (size_t i = 0; i < s->n; i++) {
        cand c = s->c[i];
        if (c.seen != s->phrase)
            continue;
        c.score += idf * tf_part(c.tf, c.dl, avgdl);
        s->c[keep++] = c;
    }
    s->n = keep;
}

/* Whether a comes after b: lower score, then higher rowid. */
static int worse(const cand *a, const cand *b)
{
    if (a->score != b->score)
        return a->score < b->score;
    return a->row > b->row;
}

/* Restore the heap below i (the worst candidate at the root). */
static void sift_down(cand *h, size_t n, size_t i)
{
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, w = i;
        if (l < n && worse(&h[l], &h[w]))
            w = l;
        if (r < n && worse(&h[r], &h[w]))
            w = r;
        if (w == i)
            return;
        cand tmp = h[i];
        h[i] = h[w];
        h[w] = tmp;
        i = w;
    }
}

static void sift_up(cand *h, size_t i)
{
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (!worse(&h[i], &h[parent]))
            return;
        cand tmp = h[i];
        h[i] = h[parent];
        h[parent] = tmp;
        i = parent;
    }
}

/* Keep the best k candidates of s, best first, at the start of s->c. */
static void select_best(collect *s, size_t k)
{
    if (k >= s->n) {
        /* every candidate is kept: sort them all, best first */
        k = s->n;
    }
    /* A heap of the best k so far in c[0..k), worst at the root, made
     * in place: candidates after k replace the root when better. */
    size_t n = 0;
    for (size_t i = 0; i < s->n; i++) {
        if (n < k) {
            s->c[n] = s->c[i];
            sift_up(s->c, n++);
        } else if (k && worse(&s->c[0], &s->c[i])) {
            s->c[0] = s->c[i];
            sift_down(s->c, n, 0);
        }
    }
    /* Move the worst to the back: c[0..n) ends best first. */
    for (size_t end = n; end > 1; end--) {
        cand tmp = s->c[0];
        s->c[0] = s->c[end - 1];
        s->c[end - 1] = tmp;
        sift_down(s->c, end - 1, 0);
    }
    s->n = n;
}

static int run_topk(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3 *db,
                    mt_topk *t)
{
    sqlite3_int64 rows = 0;
    int rc = api->xRowCount(fts, &rows);
    t->rows = rows;
    double avgdl = rc == SQLITE_OK ? avg_len(api, fts, &rc) : 1.0;
    collect s = {t, NULL, 0, 0, 0, 0, 0, -1, 1};
    int phrases = api->xPhraseCount(fts);
    for (int p = 0; rc == SQLITE_OK && p < phrases; p++) {
        if (p > 0 && s.n == 0)
            break; /* nothing left to intersect with */
        s.phrase = p;
        s.hits = 0;
        s.at = 0;
        s.prev = -1;
        rc = api->xQueryPhrase(fts, p, &s, collect_row);
        if (rc == SQLITE_OK && p == 0 && !s.ascending)
            qsort(s.c, s.n, sizeof *s.c, cand_cmp_row);
        if (rc == SQLITE_OK && p == 0)
            rc = resolve_lens(&s, db, rows);
        if (rc == SQLITE_OK)
            end_phrase(&s, rows, avgdl);
    }
    if (rc == SQLITE_OK && t->k > 0)
        select_best(&s, (size_t)t->k);
    if (rc == SQLITE_OK) {
        t->hit = sqlite3_malloc64((s.n ? s.n : 1) * sizeof *t->hit);
        if (!t->hit)
            rc = SQLITE_NOMEM;
    }
    for (size_t i = 0; rc == SQLITE_OK && i < s.n; i++) {
        t->hit[i].row = s.c[i].row;
        t->hit[i].score = -s.c[i].score;
    }
    t->n = rc == SQLITE_OK ? (int64_t)s.n : 0;
    sqlite3_free(s.c);
    return rc;
}

static void topk_fn(const Fts5ExtensionApi *api, Fts5Context *fts,
                    sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    mt_topk *t =
        argc == 1 ? sqlite3_value_pointer(argv[0], MT_TOPK_POINTER) : NULL;
    if (!t || t->k < 0 || t->hit) {
        sqlite3_result_error(ctx, MT_TOPK_NAME ": no collector", -1);
        return;
    }
    int rc = run_topk(api, fts, sqlite3_context_db_handle(ctx), t);
    if (rc != SQLITE_OK)
        sqlite3_result_error_code(ctx, rc);
    else
        sqlite3_result_int64(ctx, t->n);
}

void mt_topk_clear(mt_topk *t)
{
    sqlite3_free(t->hit);
    t->hit = NULL;
    t->n = 0;
    t->rows = 0;
}

int mt_store_register_rank(sqlite3 *db)
{
    fts5_api *api = mt_store_fts5_api(db);
    if (!api)
        return SQLITE_ERROR;
    int rc = api->xCreateFunction(api, MT_RANK_NAME, NULL, rank, NULL);
    if (rc == SQLITE_OK)
        rc = api->xCreateFunction(api, MT_TOPK_NAME, NULL, topk_fn, NULL);
    return rc;
}
