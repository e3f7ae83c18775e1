/*
 * Internals of the extractor: the compiled lexicon (one byte trie over
 * every data-file entry, keyed by width-folded, lower-cased text), the
 * character decoder that folds while scanning, and the pieces shared by
 * the scanner (extract.c and the stages of scan.h), the sentence splitter
 * (sentence.c) and the MeCab pass (mecab.c).
 */
#ifndef MT_EXTRACT_INTERNAL_H
#define MT_EXTRACT_INTERNAL_H

#include "matome/extract.h"

#include "core/buf.h"

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* What a lexicon entry is; one key may carry entries of several classes. */
enum lex_class {
    LEX_EVENT = 1, /* s1 = event type */
    LEX_HEDGE,     /* s1 = hedge value */
    LEX_ORG,       /* s1 = canonical name, a = ORG_COMPANY or 0 */
    LEX_TRAP,      /* never a date or quantity */
    LEX_MONTH,     /* a = month 1..12 */
    LEX_ERA,       /* a = index into eras */
    LEX_REL,       /* a = anchor, b = rel_unit, c = offset */
    LEX_MOD,       /* a = position, b = applies, c = RANGE_*, s1 = mod */
    LEX_COUNTER,   /* s1 = unit */
    LEX_UNIT,      /* a = 'Y', 'M', 'W' or 'D' */
    LEX_DIR,       /* s1 = mod, a = 1 for "ago" */
    LEX_NUMWORD,   /* num = value, a = numeral kind */
    LEX_LEGAL,     /* a = position, b = script */
    LEX_ABBREV,    /* a word ending in '.' that ends no sentence */
    LEX_NCLASSES
};

/* LEX_ORG's a: the tables call the organisation a company (column kind),
 * whose name a unit's name may run on from (orgs.c). */
#define ORG_COMPANY 1

enum { POS_PRE = 0, POS_POST = 1 };
enum { APPLY_DATE = 1, APPLY_QTY = 2, APPLY_ANY = 3 };
/* A modifier's part in a date range (modifiers.tsv, column range). */
enum { RANGE_NONE = 0, RANGE_OPENS = 1, RANGE_CLOSES = 2 };
/* Most range-opening words (から) the scanner looks back for. */
#define RANGE_OPEN_MAX 8
/* The pair Bloom filter (first_pair): 2^MT_EX_PAIR_LOG2 bits.  With the
 * EDINET company table (about 5,000 names) 2^16 bits let one text pair in
 * six through to a trie walk that fails. */
#define MT_EX_PAIR_LOG2 18
#define MT_EX_PAIR_BITS (1u << MT_EX_PAIR_LOG2)
enum { ANCHOR_REF = 0, ANCHOR_PREV = 1 };
enum {
    RU_YEAR,
    RU_MONTH,
    RU_DAY,
    RU_FYEAR,
    RU_MONTHNAME,
    RU_DAYOF,
    RU_WEEKDAY, /* offset: 0 Sunday .. 6 Saturday; the latest such day on
                   or before the reference */
    RU_WEEK,    /* offset in weeks (Monday to Sunday) from the reference's */
    RU_ORDINAL  /* "on the 16th": an English day of the month follows */
};
enum { NUM_DIGIT, NUM_UNIT, NUM_BIG, NUM_WORD, NUM_SCALE };
/* The script of a legal form (legal_forms.tsv): Japanese, a Japanese
 * government ending (省, 庁), English, or an English institutional
 * ending (Hospital, Industries) that makes a new name of the known name
 * before it ("Kojima Industries" is not the Kojima the table knows). */
enum { SCRIPT_JA, SCRIPT_JAGOV, SCRIPT_EN, SCRIPT_ENINST };

/* Entry flags. */
#define LF_CASE  0x1 /* ASCII letters must match in case */
#define LF_WORDL 0x2 /* needs a word boundary before (key starts alnum) */
#define LF_WORDR 0x4 /* needs a word boundary after (key ends alnum) */
/* LF_TITLE: an ASCII capital that starts a word of the key starts that
 * word in the text too ("With Us", a listed company, is not "connect with
 * us"). */
#define LF_TITLE 0x8
/* LF_GLUED: an ASCII counter that may follow the digits with no space
 * ("10TB"): no word boundary before it (counters.tsv column glued). */
#define LF_GLUED 0x10

typedef struct lex_entry {
    uint8_t cls;     /* enum lex_class */
    uint8_t flags;   /* LF_* */
    int16_t a, b, c; /* class-specific, see enum lex_class */
    int64_t num;     /* LEX_NUMWORD value */
    uint32_t s1;     /* pool offset of a string, 0 = none */
    uint32_t key;    /* pool offset of the key as written (width-folded) */
    int32_t next;    /* next entry with the same key, -1 = last */
} lex_entry;

typedef struct era {
    char name[16];
    char letter;
    int16_t year; /* first Gregorian year */
    uint8_t month, day;
} era;

typedef struct knum {
    uint32_t cp;
    int64_t value;
    int kind; /* NUM_DIGIT, NUM_UNIT, NUM_BIG */
} knum;

struct mt_extractor {
    /* Trie: node i has node_nedge[i] edges from node_edge[i] on, sorted
     * by byte; node_entry[i] is its first entry or -1.  Node 0 is the
     * root, whose edges are also in root_next (0 = none). */
    uint32_t *node_edge;
    uint16_t *node_nedge;
    int32_t *node_entry;
    uint8_t *edge_byte;
    uint32_t *edge_to;
    size_t nnodes, nedges;
    uint32_t root_next[256];
    /* Nodes with many edges also get a direct table: node_dense[i] is
     * 0 or 1 + the index of a 256-entry block in dense (0 = no edge). */
    uint32_t *node_dense;
    uint32_t *dense;
    /* Bit per BMP code point that starts a key the scanner looks for on
     * its own (after folding); any_cp: that starts any key at all. */
    uint8_t first_cp[65536 / 8];
    uint8_t any_cp[65536 / 8];
    uint8_t maxdepth; /* longest key in bytes, capped at 255 */
    /* The second test at a non-ASCII character, for the same keys as
     * first_cp: a bit per hash of the first two (folded, lower-cased)
     * code points of a key (mt_ex_pair), and a bit per code point that is
     * such a key on its own.  Most kanji and kana start some key, few
     * start one together with the character after them. */
    uint8_t first_pair[MT_EX_PAIR_BITS / 8];
    /* first_cp | knum_bits: a non-ASCII character without this bit starts
     * nothing the scanner looks for (it is no digit or capital either). */
    uint8_t busy_cp[65536 / 8];
    uint8_t first_single[65536 / 8];
    /* Bit per triple of first three folded bytes (6 low bits each) of a
     * key the scanner looks for on its own, ASCII keys only: the quick
     * test at each English word.  Keys shorter than three bytes set the
     * bit of every non-alphanumeric byte after them. */
    uint8_t first_tri[(1u << 18) / 8];
    /* Bloom bit per hash of the first word (alphanumeric run, lower
     * case) of such keys: most English words are rejected whole. */
    uint8_t first_word[65536 / 8];
    /* The lower-cased byte of each ASCII letter or digit, 0 for every
     * other byte: one load per character of an English word. */
    uint8_t alnum_fold[256];
    /* 1 for the ASCII bytes the scanner passes over without a look:
     * neither a letter, a digit, '$' nor the first byte of a key. */
    uint8_t skip_byte[256];
    /* Exact table of the trie nodes reached from the root by a run of
     * ASCII letters and digits (as folded in keys), keyed by the run's
     * hash (mt_ex_run_hash): the walk from the start of an ASCII word
     * crosses the whole word with one look-up instead of one step per
     * byte.  Sound because every key ending in an ASCII letter or digit
     * needs a word boundary after it (LF_WORDR), so no hit can end
     * inside the run.  Open addressing; node 0 (the root, never stored)
     * marks an empty slot. */
    struct lex_word *words;
    size_t words_mask;  /* number of slots - 1, a power of two minus one */
    uint8_t *word_runs; /* the runs, back to back, not NUL-terminated */

    lex_entry *entries;
    size_t nentries;
    char *pool; /* NUL-separated strings; offset 0 is "" */
    size_t pool_len;

    era eras[16];
    int neras;
    /* Pool offsets of the range-opening modifier words, as written. */
    uint32_t range_open[RANGE_OPEN_MAX];
    int nrange_open;
    knum knums[32];
    int nknums;
    /* Bit per BMP code point that is a kanji numeral (knums). */
    uint8_t knum_bits[65536 / 8];

    /* The MeCab model, loaded on first use under mecab_lock: the only
     * fields written after mt_extractor_new (mt_extract takes a const
     * extractor and casts for this pass alone). */
    pthread_mutex_t mecab_lock;
    void *mecab_model;
    int mecab_failed;

    /* Name endings that make a MeCab noun compound an organisation's
     * name (data/org_forms.tsv: 病院, 工業, 協会): pool offsets. */
    uint32_t *org_forms;
    size_t norg_forms;
    /* The forms of Japanese bodies that open a name (data/legal_forms.tsv
     * script jakey, position prefix: 公益社団法人, 医療法人): pool
     * offsets. */
    uint32_t *body_forms;
    size_t nbody_forms;
    /* Words that open a compound that refers back (data/org_anaphors.tsv
     * kind refers: 同, 当, 各), and longer ones that open names all the
     * same (kind opens: 全国): pool offsets. */
    uint32_t *org_refers, *org_openers;
    size_t norg_refers, norg_openers;
    /* Words that say what kind, not which (data/org_generic.tsv: 総合,
     * 大学): pool offsets. */
    uint32_t *org_generic;
    size_t norg_generic;
    /* Words that end a product's name, never an organisation's
     * (data/org_products.tsv: アカウント, アプリ): pool offsets. */
    uint32_t *org_products;
    size_t norg_products;
    /* Words that, after a company's English name, name one of its units
     * (data/org_units.tsv: USA, Energy): pool offsets. */
    uint32_t *org_units;
    size_t norg_units;
    /* Words after an English ordinal that make it a rank, not a day of
     * the month (data/ordinal_nouns.tsv: "2nd floor", "21st century"):
     * pool offsets. */
    uint32_t *ordinal_nouns;
    size_t nordinal_nouns;
    /* Head nouns that introduce a name with の (data/org_heads.tsv kind
     * noun: 会社, 委託先, 大手), and what a company does right before its
     * name (kind verb: を展開する, を営む): pool offsets. */
    uint32_t *org_heads, *org_verbs;
    size_t norg_heads, norg_verbs;
    /* What a company is given or does, right before its name in brackets
     * (kind quoted: 「業務を委託する「X」」, 「製造販売を行っている「X」」):
     * pool offsets. */
    uint32_t *org_qverbs;
    size_t norg_qverbs;
    /* A seat in parentheses (data/seats.tsv): the last characters of
     * place names (市, 県) and the words that may open it (本社). */
    uint32_t *seat_places, *seat_heads;
    size_t nseat_places, nseat_heads;
};

/* A slot of the word table: a run of word_runs[run..run+len) that
 * leads from the root to node. */
typedef struct lex_word {
    uint32_t hash, node, run;
    uint32_t len;
} lex_word;

/* Hits of one trie walk, shortest first. */
#define LEX_MAX_HITS 16
typedef struct lex_hit {
    int32_t entry; /* first entry of the key */
    size_t end;    /* byte after the key in the text */
} lex_hit;

/*
 * Decode the character at s[i] (i < len), folding full-width ASCII to
 * ASCII, U+3000 to space, 〜 to '~'.  *n gets its length in the text;
 * invalid bytes decode as U+FFFD with length 1.  Inline: the scanner
 * calls it for every character.
 */
uint32_t mt_ex_decode_slow(const unsigned char *s, size_t len, size_t i,
                           int *n);

static inline uint32_t mt_ex_decode(const unsigned char *s, size_t len,
                                    size_t i, int *n)
{
    unsigned c = s[i];
    if (c < 0x80) {
        *n = 1;
        return c;
    }
    /* Three-byte characters (all of kana and kanji) that cannot be
     * overlong (E0) or surrogates (ED) and need no folding (EF: full-width
     * forms; E3 80: U+3000 and 〜): the common case, kept inline. */
    if (c >= 0xE1 && c <= 0xEC && i + 2 < len && (s[i + 1] & 0xC0) == 0x80 &&
        (s[i + 2] & 0xC0) == 0x80 && !(c == 0xE3 && s[i + 1] == 0x80)) {
        *n = 3;
        return ((uint32_t)(c & 0x0F) << 12) |
               ((uint32_t)(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    }
    return mt_ex_decode_slow(s, len, i, n);
}

/* Walk the trie from text position pos; store the keys that end there,
 * honouring case and word-boundary flags of at least one of their
 * entries.  Returns the number of hits. */
int mt_ex_lex_match(const mt_extractor *ex, const unsigned char *s, size_t len,
                    size_t pos, lex_hit *hits);

/* mt_ex_lex_match when the caller has hashed the ASCII alphanumeric
 * run at pos already: it ends at we (pos if there is none) and has hash
 * h (mt_ex_run_hash). */
int mt_ex_lex_match_run(const mt_extractor *ex, const unsigned char *s,
                        size_t len, size_t pos, size_t we, uint32_t h,
                        lex_hit *hits);

/* The first entry of class cls among the entries of hit h (found at
 * pos) whose case and boundary flags hold, or NULL. */
const lex_entry *mt_ex_entry(const mt_extractor *ex, const unsigned char *s,
                             size_t len, size_t pos, const lex_hit *h, int cls);

/* Do the case and boundary flags of entry le hold for text[pos..end)? */
bool mt_ex_entry_ok(const mt_extractor *ex, const unsigned char *s, size_t len,
                    size_t pos, size_t end, const lex_entry *le);

/* The word lists of the MeCab pass and the scanner (org_generic,
 * org_products, org_heads, seats: pool offsets, n of them in arr): one of
 * them is s[0..n) exactly, or ends s[0..at). */
bool mt_ex_word_is(const mt_extractor *ex, const uint32_t *arr, size_t n,
                   const char *s, size_t len);
bool mt_ex_word_ends(const mt_extractor *ex, const uint32_t *arr, size_t n,
                     const char *s, size_t at);
/* The length of the longest word of arr that s[0..len) begins with, or
 * 0. */
size_t mt_ex_word_opens(const mt_extractor *ex, const uint32_t *arr, size_t n,
                        const char *s, size_t len);

/* Quick test: may a key start with this (folded) code point? */
static inline bool mt_ex_may_start(const mt_extractor *ex, uint32_t cp)
{
    if (cp >= 0x10000)
        return true;
    return (ex->first_cp[cp >> 3] >> (cp & 7)) & 1;
}

static inline unsigned mt_ex_pair(uint32_t a, uint32_t b)
{
    if (b >= 'A' && b <= 'Z')
        b += 32;
    if (a >= 'A' && a <= 'Z')
        a += 32;
    return ((a * 2654435761u) ^ (b * 40503u)) >> (32 - MT_EX_PAIR_LOG2);
}

static inline unsigned mt_ex_tri(unsigned a, unsigned b, unsigned c)
{
    if (a >= 'A' && a <= 'Z')
        a += 32;
    if (b >= 'A' && b <= 'Z')
        b += 32;
    if (c >= 'A' && c <= 'Z')
        c += 32;
    return ((a & 0x3F) << 12) | ((b & 0x3F) << 6) | (c & 0x3F);
}

/* May a key start with the ASCII bytes at s[i]? */
static inline bool mt_ex_may_start_ascii(const mt_extractor *ex,
                                         const unsigned char *s, size_t len,
                                         size_t i)
{
    unsigned k =
        mt_ex_tri(s[i], i + 1 < len ? s[i + 1] : 0, i + 2 < len ? s[i + 2] : 0);
    return (ex->first_tri[k >> 3] >> (k & 7)) & 1;
}

/* FNV-1a hash of the lower-cased ASCII alphanumeric run s[i..*end)
 * (empty when s[i] is no ASCII letter or digit). */
static inline uint32_t mt_ex_run_hash(const mt_extractor *ex,
                                      const unsigned char *s, size_t len,
                                      size_t i, size_t *end)
{
    uint32_t h = 2166136261u;
    unsigned c;
    while (i < len && (c = ex->alnum_fold[s[i]]) != 0) {
        h = (h ^ c) * 16777619u;
        i++;
    }
    *end = i;
    return h;
}

/* The 16-bit first_word index of a run hash. */
static inline unsigned mt_ex_word_bit(uint32_t h)
{
    return (h ^ (h >> 16)) & 0xFFFFu;
}

/* An ASCII letter. */
static inline bool mt_ex_is_alpha(uint32_t cp)
{
    return (cp | 32) >= 'a' && (cp | 32) <= 'z';
}

static inline bool mt_ex_is_alnum(uint32_t cp)
{
    /* branch-free: the scanner asks this for every ASCII letter */
    return (cp - '0' < 10u) | ((cp | 0x20u) - 'a' < 26u);
}

/* Load and compile the lexicon files (lex.c). */
mt_status mt_ex_lex_load(mt_extractor *ex, const char *dir, mt_error *err);

/* Building the trie (trie.c): the keys and entry prototypes the loader
 * adds, each key folded as the scanner folds text. */
typedef struct keyrec {
    unsigned char *k; /* folded key */
    size_t n;
    int32_t entry;
} keyrec;

typedef struct builder {
    keyrec *keys;
    size_t nkeys, capkeys;
    mt_buf pool;
} builder;

/* Add s[0..n) and a NUL to the pool; returns its offset (0 for "").
 * On failure sets *st and returns 0; *st is left alone otherwise. */
uint32_t mt_ex_pool_add(builder *b, const char *s, size_t n, mt_status *st);
/* Add an entry for key (folded here) made from proto. */
mt_status mt_ex_add_entry(builder *b, mt_extractor *ex, const char *key,
                          size_t keylen, const lex_entry *proto);
/* Build ex's trie and lookup tables from b's keys (b keeps its keys and
 * pool; the caller frees them). */
mt_status mt_ex_compile(mt_extractor *ex, builder *b);

/* The span list under construction (scan.c). */
/* Ordered so that kind fills the padding after the five offsets: 56
 * bytes, one span list of a 2 MB text stays under 512 kB. */
typedef struct span_rec {
    size_t start, end;
    uint32_t value; /* offset into the spans' string pool */
    uint32_t mod, unit, type;
    uint32_t reading; /* org from the MeCab pass: its reading, or 0 */
    uint8_t kind;
    uint8_t wday; /* date: the weekday written as or with it, 1 Sunday ..
                     7 Saturday; 0 none (mt_span.weekday is this - 1) */
    mt_date date;
    double number;
} span_rec;

#define SPAN_STR_CACHE 61
typedef struct span_list {
    span_rec *v;
    size_t n, cap;
    char *pool;
    size_t pool_len, pool_cap;
    bool nomem;
    /* pool offsets of recently copied constant strings, by address */
    const char *cache_key[SPAN_STR_CACHE];
    uint32_t cache_off[SPAN_STR_CACHE];
} span_list;

/* Add a string to the list's pool; returns its offset (0 on OOM). */
uint32_t mt_ex_str(span_list *l, const char *s, size_t n);
/* Append a span; returns it (NULL on OOM, which sets l->nomem). */
span_rec *mt_ex_push(span_list *l, int kind, size_t start, size_t end);

/* Run the extraction with default options and report the work it did
 * (see the scanner): for tests that check the work is linear. */
mt_status mt_ex_work(const mt_extractor *ex, const char *text, size_t len,
                     size_t *work);

/* Sentence spans into l (sentence.c). */
void mt_ex_sentences(const mt_extractor *ex, const unsigned char *s, size_t len,
                     span_list *l);

/* Organisation candidates from MeCab (mecab.c): spans of kind org not
 * overlapping an existing org span. */
mt_status mt_ex_mecab_orgs(mt_extractor *ex, const char *s, size_t len,
                           span_list *l, mt_error *err);
void mt_ex_mecab_free(mt_extractor *ex);

#endif
