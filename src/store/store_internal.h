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
 * row outside it (or n == 0) has its sizes looked up as bm25 does.  Owned
 * by the mt_store; refreshed before a ranked search when the store changed.
 */
typedef struct mt_doclens {
    int *len;
    int64_t n;
} mt_doclens;

/*
 * Register matome's FTS5 tokenizer and the ranking function MT_RANK_NAME
 * (reading sizes from *lens, which must outlive the connection; NULL:
 * sizes are looked up per row) on a
 * connection (they must be registered on every connection that writes to
 * or queries sources_fts).  Returns an SQLite result code.
 */
int mt_store_register_tokenizer(sqlite3 *db, const mt_doclens *lens);

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
