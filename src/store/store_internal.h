/*
 * Internals of the SQLite store shared between sqlite.c, sources.c,
 * search.c, rank.c, tokenizer.c and the unit tests; not part of the
 * public API.
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

/*
 * The store: one connection and the statements and sizes it caches.
 * sqlite.c opens and frees it and runs its transactions; sources.c and
 * search.c read and write through it.
 */
struct mt_store {
    sqlite3 *db;
    char *path;          /* as given to mt_store_open; error `where` */
    int busy_timeout_ms; /* for the MT_ERR_BUSY message */
    int readonly;        /* opened read-only, or the file is not writable */
    int batch;           /* inside mt_store_begin .. mt_store_commit */
    sqlite3_stmt *ins;   /* cached INSERTs for mt_store_add, or NULL */
    sqlite3_stmt *ins_orig;
    /* Cached SAVEPOINT and RELEASE of a write inside a batch (compiling
     * them for every add cost about a tenth of the add). */
    sqlite3_stmt *sp_begin, *sp_release;
    /* Inside a batch, once it added a source: the SQL of the dropped
     * sources_fts_ins trigger, and the first row it has not indexed (see
     * mt_store_fts_defer()).  NULL when the trigger is in place. */
    char *fts_trigger;
    int64_t fts_from;
    mt_doclens lens;      /* column sizes for ranking, or n == 0 */
    int64_t lens_version; /* PRAGMA data_version when lens was read */
    int64_t lens_changes; /* sqlite3_total_changes64 then */
};

/* Columns of a source's metadata, in the order mt_store_read_source()
 * expects; MT_CONTENT_COLS follow them when content is wanted. */
#define MT_SOURCE_COLS                                                         \
    "s.id, s.url, s.publisher, s.title, s.published, s.kind, s.lang, "         \
    "s.charset, s.media_type, s.added_at"
#define MT_N_SOURCE_COLS 10
#define MT_CONTENT_COLS  "o.bytes, s.text"

/* Newest first by the first day a date can denote, the finer of two
 * dates with the same first day first, undated last, then by id. */
#define MT_ORDER_NEWEST                                                        \
    "s.published_sort IS NULL, s.published_sort DESC, "                        \
    "length(s.published) DESC, s.id"

/*
 * Map an SQLite result code to a status and a one-line message naming the
 * store.  Call before any ROLLBACK, which would replace the connection's
 * error message.
 */
mt_status mt_store_fail(const mt_store *s, int rc, mt_error *err);

/* Run a statement returning one integer.  Returns an SQLite result code
 * (SQLITE_ERROR when the statement returns no row). */
int mt_store_query_int(mt_store *s, const char *sql, int64_t *out);

/*
 * One write: its own BEGIN IMMEDIATE transaction, or inside a batch a
 * savepoint, so that a failed write still leaves nothing behind while the
 * batch's earlier writes stay.  Each returns an SQLite result code.
 */
int mt_store_write_begin(mt_store *s);
int mt_store_write_commit(mt_store *s);
void mt_store_write_rollback(mt_store *s);

/* After a failed write: tell the caller when it cost the whole batch. */
void mt_store_note_batch_lost(const mt_store *s, int was_batch, mt_error *err);

/* A write failed with status st (mt_store_fail already read the cause):
 * roll back, note a lost batch, return st. */
mt_status mt_store_write_failed(mt_store *s, mt_status st, int was_batch,
                                mt_error *err);

/*
 * Full-text indexing in batches, explained in sqlite.c: mt_store_add()
 * calls mt_store_fts_defer() before its write, and whatever reads or
 * deletes index entries inside a batch (search, remove, the commit) calls
 * mt_store_fts_catch_up() first.  Both return an SQLite result code.
 */
int mt_store_fts_defer(mt_store *s);
int mt_store_fts_catch_up(mt_store *s);

/* Bind v as text, or NULL when v is NULL (SQLITE_STATIC: v must stay
 * valid while bound).  Returns an SQLite result code. */
int mt_store_bind_text(sqlite3_stmt *st, int i, const char *v);

/* Fill src from a row of MT_SOURCE_COLS (+ MT_CONTENT_COLS when content).
 * Returns MT_OK or MT_ERR_NOMEM. */
mt_status mt_store_read_source(mt_source *src, sqlite3_stmt *st, int content);

#endif
