/*
 * matome's FTS5 tokenizer: words for alphabetic scripts, character bigrams
 * for CJK.
 *
 * Japanese is written without spaces, so a word tokenizer would index a
 * whole sentence as one token and a query for 流出 would find nothing.  A
 * morphological analyser (MeCab) would split words, but a query for a
 * substring that crosses its word boundaries (製鋼 in 神戸製鋼所) would
 * then miss.  Overlapping bigrams find every substring of two or more
 * characters.
 *
 * Every character is first folded: NFKC (full-width Ｋｏｂｅ and ２０２０
 * become Kobe and 2020, half-width ｶﾀｶﾅ becomes カタカナ) and Unicode case
 * folding.  Then each folded code point is classed:
 *
 *   CJK   Han, Hiragana, Katakana (with ー), Hangul syllables, 々〆〇
 *   word  other letters, digits and combining marks
 *   other everything else (spaces, punctuation, symbols, invalid bytes)
 *
 * A run of word characters is one token (at most MAX_WORD bytes; longer
 * runs are truncated, identically for documents and queries).  A run of
 * CJK characters c0 c1 ... c(n-1) gives, in a document, the bigram
 * ck c(k+1) at each position k < n-1 and the unigram c(n-1) at the last
 * position, so every character starts exactly one token.  In a query a
 * run gives the same bigrams at consecutive positions, which FTS5 matches
 * as a phrase, and its last character only when the run is one character
 * long.  Such a lone character must match as a prefix (漏 is the start of
 * the bigram 漏え), so mt_store_search() makes it an FTS5 prefix query;
 * mt_store_query_word() tells it when.  Indexing a unigram colocated at
 * every position instead would also find single characters but doubles
 * the index and halves the insert rate, for a rare kind of query.
 *
 * Token offsets are byte offsets into the original, unfolded text, so
 * snippets highlight the text as written.
 *
 * The index stores tokens, and deleting a row re-tokenizes its text: any
 * change to this file's output needs a schema migration that rebuilds
 * sources_fts ('rebuild'), or deletes would leave stale entries.
 */
#include "store/store_internal.h"

#include <string.h>
#include <utf8proc.h>

/* Longest word token in bytes; longer runs are cut (both sides alike). */
#define MAX_WORD 128
/* utf8proc's longest decomposition of one code point. */
#define MAX_FOLD 18

/* A folded CJK character and the original bytes it came from. */
typedef struct cjk_unit {
    char utf8[4]; /* one code point */
    int n;
    int start, end;
} cjk_unit;

typedef struct tok_state {
    int query;
    mt_token_fn fn;
    void *ctx;
    /* The current word run; wlen == 0 when none. */
    char word[MAX_WORD + 4];
    int wlen;
    int wstart, wend;
    /* The current CJK run: the previous unit and how many units so far. */
    cjk_unit prev;
    int run;
} tok_state;

enum { CLASS_OTHER, CLASS_WORD, CLASS_CJK };

static int is_cjk(utf8proc_int32_t c)
{
    return (c >= 0x3005 && c <= 0x3007) || /* 々 〆 〇 */
           (c >= 0x3041 && c <= 0x3096) || /* hiragana */
           (c >= 0x309D && c <= 0x309F) || /* ゝ ゞ ゟ */
           (c >= 0x30A1 && c <= 0x30FA) || /* katakana */
           (c >= 0x30FC && c <= 0x30FF) || /* ー ヽ ヾ ヿ (not ・) */
           (c >= 0x31F0 && c <= 0x31FF) || /* katakana extensions */
           (c >= 0x3400 && c <= 0x4DBF) || /* Han extension A */
           (c >= 0x4E00 && c <= 0x9FFF) || /* Han */
           (c >= 0xAC00 && c <= 0xD7A3) || /* Hangul syllables */
           (c >= 0xF900 && c <= 0xFAFF) || /* compatibility ideographs */
           (c >= 0x20000 && c <= 0x3FFFF); /* Han extensions B.. */
}

static int classify(utf8proc_int32_t c)
{
    if (c < 0x80) {
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
            (c >= 'A' && c <= 'Z'))
            return CLASS_WORD;
        return CLASS_OTHER;
    }
    if (is_cjk(c))
        return CLASS_CJK;
    switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return CLASS_WORD;
    default:
        return CLASS_OTHER;
    }
}

/* NFKC + case fold one code point into out[]; returns the count (>= 1). */
static int fold(utf8proc_int32_t c, utf8proc_int32_t *out)
{
    if (c < 0x80) {
        out[0] = (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
        return 1;
    }
    const utf8proc_property_t *p = utf8proc_get_property(c);
    if (p->decomp_seqindex == UINT16_MAX &&
        p->casefold_seqindex == UINT16_MAX) {
        out[0] = c; /* the common case for kanji and kana */
        return 1;
    }
    int last_boundclass = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(
        c, out, MAX_FOLD,
        UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE,
        &last_boundclass);
    if (n <= 0 || n > MAX_FOLD) {
        out[0] = c;
        return 1;
    }
    n = utf8proc_normalize_utf32(out, n, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
    return n > 0 ? (int)n : 1;
}

static int flush_word(tok_state *t)
{
    if (t->wlen == 0)
        return SQLITE_OK;
    int rc = t->fn(t->ctx, 0, t->word, t->wlen, t->wstart, t->wend);
    t->wlen = 0;
    return rc;
}

/* End the CJK run: in a document the last character's unigram, in a query
 * only a lone character's. */
static int flush_cjk(tok_state *t)
{
    int rc = SQLITE_OK;
    if (t->run > 0 && (!t->query || t->run == 1))
        rc = t->fn(t->ctx, 0, t->prev.utf8, t->prev.n, t->prev.start,
                   t->prev.end);
    t->run = 0;
    return rc;
}

static int add_word(tok_state *t, utf8proc_int32_t c, int start, int end)
{
    int rc = flush_cjk(t);
    if (rc != SQLITE_OK)
        return rc;
    if (t->wlen == 0)
        t->wstart = start;
    t->wend = end;
    if (t->wlen + 4 <= MAX_WORD) {
        if (c < 0x80) {
            t->word[t->wlen++] = (char)c;
        } else {
            utf8proc_ssize_t n =
                utf8proc_encode_char(c, (utf8proc_uint8_t *)t->word + t->wlen);
            t->wlen += (int)n;
        }
    }
    return SQLITE_OK;
}

/* A CJK unit whose folded form is utf8[0..n) (one code point). */
static int add_cjk_utf8(tok_state *t, const char *utf8, int n, int start,
                        int end)
{
    int rc = flush_word(t);
    if (rc != SQLITE_OK)
        return rc;
    cjk_unit cur = {{0}, 0, 0, 0};
    for (int k = 0; k < n; k++)
        cur.utf8[k] = utf8[k];
    cur.n = n;
    cur.start = start;
    cur.end = end;
    if (t->run > 0) {
        /* Whole units copied (fixed sizes compile to moves); only the
         * first prev.n + cur.n bytes count. */
        char bi[8];
        memcpy(bi, t->prev.utf8, 4);
        memcpy(bi + t->prev.n, cur.utf8, 4);
        rc = t->fn(t->ctx, 0, bi, t->prev.n + cur.n, t->prev.start, cur.end);
        if (rc != SQLITE_OK)
            return rc;
    }
    t->prev = cur;
    t->run++;
    return SQLITE_OK;
}

static int add_cjk(tok_state *t, utf8proc_int32_t c, int start, int end)
{
    char utf8[4];
    int n = (int)utf8proc_encode_char(c, (utf8proc_uint8_t *)utf8);
    return add_cjk_utf8(t, utf8, n, start, end);
}

static int end_run(tok_state *t)
{
    int rc = flush_word(t);
    if (rc == SQLITE_OK)
        rc = flush_cjk(t);
    return rc;
}

/* U+3099/U+309A (and their half-width forms) voice the kana before them. */
static utf8proc_int32_t voicing_mark(utf8proc_int32_t c)
{
    if (c == 0x3099 || c == 0xFF9E)
        return 0x3099;
    if (c == 0x309A || c == 0xFF9F)
        return 0x309A;
    return 0;
}

/*
 * Code points that NFKC and case folding leave unchanged and that classify
 * as CJK, so the fast path takes them as they are without asking utf8proc.
 * test_store__tokenizer_fast_ranges checks every one of them against
 * utf8proc.  Left out on purpose: ゟ (U+309F) and ヿ (U+30FF), which NFKC
 * expands to より and コト, and 々〆〇 and the rarer blocks, which are few
 * enough to take the slow path.
 */
static int is_plain_cjk(utf8proc_int32_t c)
{
    return (c >= 0x3041 && c <= 0x3096) || /* hiragana */
           (c >= 0x30A1 && c <= 0x30FA) || /* katakana */
           c == 0x30FC ||                  /* ー */
           (c >= 0x3400 && c <= 0x4DBF) || /* Han extension A */
           (c >= 0x4E00 && c <= 0x9FFF);   /* Han */
}

int mt_store_tokenize_plain_cjk(int32_t c)
{
    return is_plain_cjk(c);
}

/*
 * The three-byte sequence at s[0..2] (at least 3 bytes available) as one
 * code point in U+3000..U+9FFF, or -1 when it is anything else (including
 * malformed), which the slow path then handles.  Lead bytes E3..E9 can be
 * neither overlong nor surrogates, so checking the continuation bytes is
 * enough.
 */
static utf8proc_int32_t decode_3(const unsigned char *s)
{
    if (s[0] < 0xE3 || s[0] > 0xE9 || (s[1] & 0xC0) != 0x80 ||
        (s[2] & 0xC0) != 0x80)
        return -1;
    return ((utf8proc_int32_t)(s[0] & 0x0F) << 12) |
           ((utf8proc_int32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
}

/* Half-width ｶﾞ is two code points; NFKC composes them into ガ.  The same
 * holds for a kana followed by a combining voicing mark.  Returns f with
 * *i moved past the mark when one composed. */
static utf8proc_int32_t compose_voicing(const utf8proc_uint8_t *s, int len,
                                        int *i, utf8proc_int32_t f)
{
    if (*i >= len)
        return f;
    utf8proc_int32_t next;
    utf8proc_ssize_t m = utf8proc_iterate(s + *i, len - *i, &next);
    utf8proc_int32_t mark = m > 0 ? voicing_mark(next) : 0;
    if (mark) {
        utf8proc_int32_t pair[2] = {f, mark};
        if (utf8proc_normalize_utf32(pair, 2, UTF8PROC_COMPOSE) == 1) {
            *i += (int)m;
            return pair[0];
        }
    }
    return f;
}

/* Only a voicing mark (U+3099, U+309A: E3 82 99/9A; U+FF9E, U+FF9F:
 * EF BE 9E/9F) can start with E3 or EF; anything else after a kana needs
 * no look-ahead. */
static int may_be_mark(const utf8proc_uint8_t *s, int len, int i)
{
    return i < len && (s[i] == 0xE3 || s[i] == 0xEF);
}

static utf8proc_int32_t ascii_fold(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static int ascii_word(utf8proc_int32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
}

static int tokenize(const char *text, int len, int query, mt_token_fn fn,
                    void *ctx, int fast)
{
    tok_state t;
    memset(&t, 0, sizeof t);
    t.query = query;
    t.fn = fn;
    t.ctx = ctx;
    const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)text;
    int i = 0;
    int rc = SQLITE_OK;
    while (i < len && rc == SQLITE_OK) {
        if (fast && s[i] < 0x80) {
            /* ASCII: fold() and classify() reduce to these lines.  The
             * rest of a run of letters and digits is appended here as
             * add_word() would, one byte at a time. */
            utf8proc_int32_t c = ascii_fold(s[i]);
            int start = i++;
            if (!ascii_word(c)) {
                rc = end_run(&t);
                continue;
            }
            rc = add_word(&t, c, start, i);
            while (rc == SQLITE_OK && i < len && s[i] < 0x80 &&
                   ascii_word(c = ascii_fold(s[i]))) {
                if (t.wlen + 4 <= MAX_WORD)
                    t.word[t.wlen++] = (char)c;
                t.wend = ++i;
            }
            continue;
        }
        if (fast && len - i >= 3) {
            utf8proc_int32_t c = decode_3(s + i);
            if (c >= 0 && is_plain_cjk(c)) {
                int start = i;
                i += 3;
                if (may_be_mark(s, len, i))
                    c = compose_voicing(s, len, &i, c);
                /* Unless a voicing mark composed with it, the folded
                 * character is the three bytes as written. */
                rc = i == start + 3 ? add_cjk_utf8(&t, (const char *)s + start,
                                                   3, start, i)
                                    : add_cjk(&t, c, start, i);
                continue;
            }
        }
        utf8proc_int32_t c;
        utf8proc_ssize_t n = utf8proc_iterate(s + i, len - i, &c);
        if (n <= 0) { /* invalid byte: a separator */
            rc = end_run(&t);
            i++;
            continue;
        }
        int start = i;
        i += (int)n;
        utf8proc_int32_t f[MAX_FOLD];
        int nf = fold(c, f);
        if (nf == 1 && is_cjk(f[0]))
            f[0] = compose_voicing(s, len, &i, f[0]);
        for (int k = 0; k < nf && rc == SQLITE_OK; k++) {
            switch (classify(f[k])) {
            case CLASS_WORD:
                rc = add_word(&t, f[k], start, i);
                break;
            case CLASS_CJK:
                rc = add_cjk(&t, f[k], start, i);
                break;
            default:
                rc = end_run(&t);
                break;
            }
        }
    }
    if (rc == SQLITE_OK)
        rc = end_run(&t);
    return rc;
}

int mt_store_tokenize(const char *text, int len, int query, mt_token_fn fn,
                      void *ctx)
{
    return tokenize(text, len, query, fn, ctx, 1);
}

int mt_store_tokenize_slow(const char *text, int len, int query, mt_token_fn fn,
                           void *ctx)
{
    return tokenize(text, len, query, fn, ctx, 0);
}

/* ---- FTS5 glue ---------------------------------------------------- */

typedef struct fts_ctx {
    void *fts_ctx;
    int (*xToken)(void *, int, const char *, int, int, int);
} fts_ctx;

static int fts_token(void *ctx, int flags, const char *tok, int ntok, int start,
                     int end)
{
    fts_ctx *f = ctx;
    return f->xToken(f->fts_ctx, flags, tok, ntok, start, end);
}

/* The tokenizer has no state; xCreate hands back a non-NULL dummy. */
static int tok_marker;

static int tok_create(void *user, const char **argv, int argc,
                      Fts5Tokenizer **out)
{
    (void)user;
    (void)argv;
    if (argc != 0)
        return SQLITE_ERROR;
    *out = (Fts5Tokenizer *)&tok_marker;
    return SQLITE_OK;
}

static void tok_delete(Fts5Tokenizer *tok)
{
    (void)tok;
}

static int tok_tokenize(Fts5Tokenizer *tok, void *ctx, int flags,
                        const char *text, int len,
                        int (*xToken)(void *, int, const char *, int, int, int))
{
    (void)tok;
    fts_ctx f = {ctx, xToken};
    int query = (flags & FTS5_TOKENIZE_QUERY) != 0;
    return mt_store_tokenize(text, len, query, fts_token, &f);
}

/* The documented way to reach the fts5_api of a connection. */
fts5_api *mt_store_fts5_api(sqlite3 *db)
{
    fts5_api *api = NULL;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
        sqlite3_step(st);
    }
    sqlite3_finalize(st);
    return api;
}

int mt_store_register_tokenizer(sqlite3 *db)
{
    fts5_api *api = mt_store_fts5_api(db);
    if (!api)
        return SQLITE_ERROR;
    static fts5_tokenizer tokenizer = {tok_create, tok_delete, tok_tokenize};
    return api->xCreateTokenizer(api, MT_TOKENIZER_NAME, NULL, &tokenizer,
                                 NULL);
}

static int count_token(void *ctx, int flags, const char *tok, int ntok,
                       int start, int end)
{
    (void)flags;
    (void)tok;
    (void)ntok;
    (void)start;
    (void)end;
    ++*(int *)ctx;
    return SQLITE_OK;
}

void mt_store_query_word(const char *text, int len, int *tokens, int *ends_in)
{
    *tokens = 0;
    mt_store_tokenize(text, len, 1, count_token, tokens);
    int cls = CLASS_OTHER;
    int cjk_run = 0; /* CJK code points at the end so far */
    const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)text;
    for (int i = 0; i < len;) {
        utf8proc_int32_t c;
        utf8proc_ssize_t n = utf8proc_iterate(s + i, len - i, &c);
        if (n <= 0) {
            cls = CLASS_OTHER;
            cjk_run = 0;
            i++;
            continue;
        }
        i += (int)n;
        utf8proc_int32_t f[MAX_FOLD];
        int nf = fold(c, f);
        for (int k = 0; k < nf; k++) {
            cls = classify(f[k]);
            cjk_run = cls == CLASS_CJK ? cjk_run + 1 : 0;
        }
    }
    *ends_in = cls == CLASS_WORD                  ? MT_QUERY_ENDS_WORD
               : cls == CLASS_CJK && cjk_run == 1 ? MT_QUERY_ENDS_LONE_CJK
                                                  : MT_QUERY_ENDS_OTHER;
}
