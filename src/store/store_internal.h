/*
 * Internals of the SQLite store shared between sqlite.c, tokenizer.c and
 * the unit tests; not part of the public API.
 */
#ifndef MT_STORE_INTERNAL_H
#define MT_STORE_INTERNAL_H

#include "matome/store.h"

#include <sqlite3.h>
#include <stdint.h>

/* The FTS5 tokenizer's name in CREATE VIRTUAL TABLE ... tokenize=. */
#define MT_TOKENIZER_NAME "matome"

/* The FTS5 ranking function: bm25 with column sizes from memory. */
#define MT_RANK_NAME "mt_bm25"

/*
 * The token counts of every indexed row, copied from sources_fts_docsize
 * so that ranking needs no B-tree search per matching row: len[2 * rowid]
 * is the title's, len[2 * rowid + 1] the text's, for 0 <= rowid < n.  A
 * row outside it (or n == 0) has its sizes looked up one by one.  Owned
 * by the mt_store; loaded by a search that needs many sizes, and read
 * again when the store has changed since.
 */
typedef struct mt_doclens {
    int *len;
    int64_t n;
} mt_doclens;

/* The connection's fts5_api, or NULL when SQLite has no FTS5. */
fts5_api *mt_store_fts5_api(sqlite3 *db);

/*
 * Register matome's FTS5 tokenizer on a connection (it must be registered
 * on every connection that writes to or queries sources_fts).  Returns an
 * SQLite result code.
 */
int mt_store_register_tokenizer(sqlite3 *db);

/* The function's name, and the pointer type it takes. */
#define MT_TOPK_NAME    "mt_topk"
#define MT_TOPK_POINTER "mt_topk"

typedef struct mt_topk_hit {
    int64_t row;  /* sources.n */
    double score; /* bm25 as FTS5 reports it: lower is better */
} mt_topk_hit;

/*
 * One search's collector: the caller fills the inputs, binds it with
 * sqlite3_bind_pointer(..., MT_TOPK_POINTER, NULL) to
 *   SELECT MT_TOPK_NAME(sources_fts, ?) FROM sources_fts
 *   WHERE sources_fts MATCH ? LIMIT 1
 * and after the step finds the matching rows in hit[0..n) (both 0 when no
 * row matches and the function was never called): with k > 0 the best k
 * by score, best first; with k == 0 every match, by ascending rowid.
 * mt_topk_clear() frees hit.
 *
 * Column sizes: rows in *lens are read from it.  When more rows than
 * a sixteenth of the table need a size that lens does not have, the
 * collector calls load_lens(arg, &lens) once to get a current table (the
 * caller reads sources_fts_docsize); the rest are looked up one by one.
 */
typedef struct mt_topk {
    /* in */
    int k;
    const mt_doclens *lens;                               /* or NULL */
    int (*load_lens)(void *arg, const mt_doclens **lens); /* or NULL */
    void *arg;
    /* out */
    mt_topk_hit *hit;
    int64_t n;
    int64_t rows; /* rows in the table (FTS5's count) */
} mt_topk;

void mt_topk_clear(mt_topk *t);

/*
 * Register the ranking functions (rank.c) on a connection: MT_RANK_NAME
 * and MT_TOPK_NAME.  Returns an SQLite result code.
 */
int mt_store_register_rank(sqlite3 *db);

/*
 * Read every row's column sizes from sources_fts_docsize into *lens (whose
 * previous table is freed).  Returns an SQLite result code; on failure
 * *lens is empty.
 */
int mt_doclens_load(sqlite3 *db, mt_doclens *lens);

/*
 * Called for each token: flags is 0 or FTS5_TOKEN_COLOCATED, tok/ntok the
 * folded token text (not NUL-terminated), start/end its byte range in the
 * original text.  Return SQLITE_OK to continue.
 */
typedef int (*mt_token_fn)(void *ctx, int flags, const char *tok, int ntok,
                           int start, int end);

/*
 * Tokenize text[0..len) the way the index does.  query: tokenize a query
 * phrase (CJK runs become bigrams only, a lone CJK character a unigram)
 * instead of a document (bigrams with colocated unigrams).  Invalid UTF-8
 * bytes separate tokens.  Returns the first non-OK value of fn, else
 * SQLITE_OK.
 */
int mt_store_tokenize(const char *text, int len, int query, mt_token_fn fn,
                      void *ctx);

/* What a query word ends in (see mt_store_query_word). */
/* mt_store_tokenize() without its fast paths: every code point goes
 * through utf8proc.  The tokens are the same; tests compare the two. */
int mt_store_tokenize_slow(const char *text, int len, int query, mt_token_fn fn,
                           void *ctx);

/* Whether the fast path takes code point c as a CJK character unchanged by
 * NFKC and case folding (for the test that checks this with utf8proc). */
int mt_store_tokenize_plain_cjk(int32_t c);

enum {
    MT_QUERY_ENDS_OTHER = 0,   /* punctuation, or a CJK run of 2 or more */
    MT_QUERY_ENDS_WORD = 1,    /* an alphabetic word: "word*" may be a prefix */
    MT_QUERY_ENDS_LONE_CJK = 2 /* one CJK character: must be a prefix query */
};

/*
 * How a query word tokenizes: *tokens is the number of query tokens it
 * yields (0 for punctuation only), *ends_in one of MT_QUERY_ENDS_*.
 */
void mt_store_query_word(const char *text, int len, int *tokens, int *ends_in);

/*
 * Open like mt_store_open but migrate only up to schema `target` (tests
 * use it to make files of older schemas).  target must be between 1 and
 * mt_store_schema_version().
 */
mt_status mt_store_open_at(mt_store **out, const char *path,
                           const mt_store_options *opts, int target,
                           mt_error *err);

#endif
