/*
 * The lexicon's data files: every file under data/ that the extractor
 * uses is read once, each row turned into lexicon entries (or era and
 * numeral table rows) whose keys go into one byte trie (trie.c).
 */
#include "extract/extract_internal.h"

#include "core/internal.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- loading ----------------------------------------------------------- */

/*
 * Every data file is read by one loop (load_file) driven by a table
 * (data_files below): per file its name, the columns it needs and a
 * function that turns one row into lexicon entries (or era / numeral
 * table rows).  Row functions see the needed columns in table order,
 * report bad data with row_error and never close the file: load_file
 * closes it on every path.
 */

#define DATA_MAX_COLS 5

/* How many short endings org_short.tsv may hold, and how long each. */
#define SHORT_MAX 16
#define SHORT_LEN 32

typedef struct loadctx {
    mt_extractor *ex;
    builder *b;
    char dir[PATH_MAX];
    mt_tsv t;
    /* org_short.tsv, read before the organisation tables: a name ending
     * in ending[i] also answers to that ending replaced by short_[i]. */
    char ending[SHORT_MAX][SHORT_LEN], short_[SHORT_MAX][SHORT_LEN];
    size_t nshort;
} loadctx;

/* The needed columns of the current row, in the order the table names
 * them; f[i] is NUL-terminated, n[i] is its length. */
typedef struct row {
    const char *f[DATA_MAX_COLS];
    size_t n[DATA_MAX_COLS];
} row;

typedef struct data_file data_file;
typedef mt_status (*row_fn)(loadctx *c, const data_file *df, const row *r,
                            mt_error *err);

struct data_file {
    const char *name;
    const char *cols[DATA_MAX_COLS]; /* needed columns; NULL ends early */
    row_fn load_row;
    uint8_t cls;   /* for row_simple: the class of every entry */
    uint8_t flags; /* for row_simple: LF_* of every entry */
};

/* Bad data in the current row: "what 'value'" at the file and line. */
static mt_status row_error(loadctx *c, mt_error *err, const char *what,
                           const char *value)
{
    return mt_error_line(err, MT_ERR_INPUT, c->t.path, c->t.line, "%s '%s'",
                         what, value);
}

/* The builder failed (out of memory, or the pool past 4 GiB). */
static mt_status build_error(loadctx *c, mt_error *err, mt_status st)
{
    return mt_error_at(err, st, c->t.path, -1, "%s",
                       st == MT_ERR_NOMEM ? "out of memory"
                                          : "lexicon too large");
}

static mt_status load_file(loadctx *c, const data_file *df, mt_error *err)
{
    mt_status st = mt_tsv_open_in(&c->t, c->dir, df->name, err);
    if (st != MT_OK)
        return st;
    int idx[DATA_MAX_COLS];
    int ncols = 0;
    for (; ncols < DATA_MAX_COLS && df->cols[ncols]; ncols++) {
        idx[ncols] = mt_tsv_col(&c->t, df->cols[ncols]);
        if (idx[ncols] < 0) {
            st = mt_error_at(err, MT_ERR_INPUT, c->t.path, -1,
                             "data file has no column '%s'", df->cols[ncols]);
            break;
        }
    }
    int r = 1;
    while (st == MT_OK && (r = mt_tsv_next(&c->t, err)) == 1) {
        row rw;
        for (int i = 0; i < ncols; i++) {
            rw.f[i] = c->t.field[idx[i]];
            rw.n[i] = c->t.field_len[idx[i]];
        }
        st = df->load_row(c, df, &rw, err);
    }
    if (st == MT_OK && r < 0)
        st = (mt_status)r;
    mt_tsv_close(&c->t);
    return st;
}

/* Add one entry keyed by s[0..n), reporting a builder failure. */
static mt_status add(loadctx *c, mt_error *err, const char *s, size_t n,
                     const lex_entry *e)
{
    mt_status st = mt_ex_add_entry(c->b, c->ex, s, n, e);
    return st == MT_OK ? MT_OK : build_error(c, err, st);
}

static bool parse_int(const char *s, size_t n, int64_t lo, int64_t hi,
                      int64_t *out)
{
    return mt_parse_i64(s, n, out) && *out >= lo && *out <= hi;
}

static int pick(const char *s, const char *const *names)
{
    for (int i = 0; names[i]; i++)
        if (strcmp(s, names[i]) == 0)
            return i;
    return -1;
}

/* Two ASCII capitals in a row in s[0..n): an acronym, matched in case. */
static bool has_acronym(const char *s, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++)
        if (s[i] >= 'A' && s[i] <= 'Z' && s[i + 1] >= 'A' && s[i + 1] <= 'Z')
            return true;
    return false;
}

/* key [, value]: an entry of class df->cls with extra flags, s1 = the
 * value if any; a key with an apostrophe (couldn't) is an entry in its
 * typographic spelling too (couldn’t), which the file need not list. */
static mt_status simple_entry(loadctx *c, const data_file *df, const row *r,
                              uint8_t flags, mt_error *err)
{
    mt_status st = MT_OK;
    lex_entry e = {.cls = df->cls, .flags = (uint8_t)(df->flags | flags)};
    if (df->cols[1])
        e.s1 = mt_ex_pool_add(c->b, r->f[1], r->n[1], &st);
    if (st != MT_OK)
        return build_error(c, err, st);
    st = add(c, err, r->f[0], r->n[0], &e);
    if (st != MT_OK || !memchr(r->f[0], '\'', r->n[0]))
        return st;
    size_t cl;
    char *curly = mt_curly_apostrophes(r->f[0], r->n[0], &cl);
    if (!curly)
        return build_error(c, err, MT_ERR_NOMEM);
    st = add(c, err, curly, cl, &e);
    free(curly);
    return st;
}

static mt_status row_simple(loadctx *c, const data_file *df, const row *r,
                            mt_error *err)
{
    return simple_entry(c, df, r, 0, err);
}

/* word, unit, glued: a counter; glued "yes" lets an ASCII word follow the
 * digits with no space (10TB), and only in its case (10Gb is gigabits,
 * not gigabytes); "-" not. */
static mt_status row_counter(loadctx *c, const data_file *df, const row *r,
                             mt_error *err)
{
    bool yes = r->n[2] == 3 && memcmp(r->f[2], "yes", 3) == 0;
    if (!yes && !(r->n[2] == 1 && r->f[2][0] == '-'))
        return row_error(c, err, "glued is neither yes nor -:", r->f[2]);
    return simple_entry(c, df, r, yes ? LF_GLUED | LF_CASE : 0, err);
}

/* era, letter, start: a row of ex->eras and an entry for the name. */
static mt_status row_era(loadctx *c, const data_file *df, const row *r,
                         mt_error *err)
{
    (void)df;
    mt_extractor *ex = c->ex;
    const char *name = r->f[0], *letter = r->f[1];
    mt_date d;
    if (ex->neras == (int)MT_ARRAY_LEN(ex->eras))
        return row_error(c, err, "too many eras at", name);
    if (r->n[0] >= sizeof ex->eras[0].name)
        return row_error(c, err, "era name too long", name);
    if (r->n[1] != 1 || letter[0] < 'A' || letter[0] > 'Z')
        return row_error(c, err, "era letter must be one capital", letter);
    if (mt_date_parse(&d, r->f[2], r->n[2]) != MT_OK || !d.day)
        return row_error(c, err, "bad era start date", r->f[2]);
    era *e = &ex->eras[ex->neras];
    snprintf(e->name, sizeof e->name, "%s", name);
    e->letter = letter[0];
    e->year = d.year;
    e->month = d.month;
    e->day = d.day;
    lex_entry le = {.cls = LEX_ERA, .a = (int16_t)ex->neras};
    mt_status st = add(c, err, name, r->n[0], &le);
    if (st == MT_OK)
        ex->neras++;
    return st;
}

/* Largest value a numeral may have (10^15, 千兆). */
#define NUMERAL_MAX INT64_C(1000000000000000)

/* word, value, kind: kanji numerals (digit, unit, big) go to ex->knums,
 * numeral words (word, scale) become LEX_NUMWORD entries. */
static mt_status row_numeral(loadctx *c, const data_file *df, const row *r,
                             mt_error *err)
{
    (void)df;
    static const char *const kinds[] = {"digit", "unit",  "big",
                                        "word",  "scale", NULL};
    mt_extractor *ex = c->ex;
    int64_t v;
    int kind = pick(r->f[2], kinds);
    if (kind < 0)
        return row_error(c, err, "unknown numeral kind", r->f[2]);
    if (!parse_int(r->f[1], r->n[1], 0, NUMERAL_MAX, &v))
        return row_error(c, err, "bad numeral value", r->f[1]);
    const unsigned char *w = (const unsigned char *)r->f[0];
    size_t wn = r->n[0];
    if (kind > NUM_BIG) {
        lex_entry le = {.cls = LEX_NUMWORD, .a = (int16_t)kind, .num = v};
        return add(c, err, r->f[0], wn, &le);
    }
    int n;
    uint32_t cp = wn ? mt_ex_decode(w, wn, 0, &n) : 0;
    if (!wn || (size_t)n != wn)
        return row_error(c, err, "kanji numeral must be one character",
                         r->f[0]);
    if (ex->nknums == (int)MT_ARRAY_LEN(ex->knums))
        return row_error(c, err, "too many kanji numerals at", r->f[0]);
    ex->knums[ex->nknums].cp = cp;
    ex->knums[ex->nknums].value = v;
    ex->knums[ex->nknums].kind = kind;
    ex->nknums++;
    if (cp < 0x10000)
        ex->knum_bits[cp >> 3] |= (uint8_t)(1u << (cp & 7));
    return MT_OK;
}

/* name, month (1..12); month names match in case (May, Mar.). */
static mt_status row_month(loadctx *c, const data_file *df, const row *r,
                           mt_error *err)
{
    (void)df;
    int64_t m;
    if (!parse_int(r->f[1], r->n[1], 1, 12, &m))
        return row_error(c, err, "bad month", r->f[1]);
    static const char *const needs[] = {"-", "number", NULL};
    int nd = pick(r->f[2], needs);
    if (nd < 0)
        return row_error(c, err, "bad needs", r->f[2]);
    /* b: 1 when the name is a month only before a day or a year. */
    lex_entry le = {
        .cls = LEX_MONTH, .flags = LF_CASE, .a = (int16_t)m, .b = (int16_t)nd};
    return add(c, err, r->f[0], r->n[0], &le);
}

/* word, position (pre|post), mod, applies (date|qty|any),
 * range (opens|closes|-). */
static mt_status row_modifier(loadctx *c, const data_file *df, const row *r,
                              mt_error *err)
{
    (void)df;
    static const char *const pos[] = {"pre", "post", NULL};
    /* index = APPLY_*; "" at 0 keeps the indices equal to the flags */
    static const char *const app[] = {"", "date", "qty", "any", NULL};
    /* index = RANGE_* */
    static const char *const rng[] = {"-", "opens", "closes", NULL};
    int p = pick(r->f[1], pos);
    int a = pick(r->f[3], app);
    int g = pick(r->f[4], rng);
    if (p < 0)
        return row_error(c, err, "bad position", r->f[1]);
    if (a < APPLY_DATE)
        return row_error(c, err, "bad applies", r->f[3]);
    if (g < 0)
        return row_error(c, err, "bad range", r->f[4]);
    mt_status st = MT_OK;
    lex_entry le = {
        .cls = LEX_MOD, .a = (int16_t)p, .b = (int16_t)a, .c = (int16_t)g};
    le.s1 = mt_ex_pool_add(c->b, r->f[2], r->n[2], &st);
    if (st != MT_OK)
        return build_error(c, err, st);
    if (g == RANGE_OPENS) {
        if (c->ex->nrange_open == RANGE_OPEN_MAX)
            return row_error(c, err, "too many range-opening words", r->f[0]);
        uint32_t w = mt_ex_pool_add(c->b, r->f[0], r->n[0], &st);
        if (st != MT_OK)
            return build_error(c, err, st);
        c->ex->range_open[c->ex->nrange_open++] = w;
    }
    return add(c, err, r->f[0], r->n[0], &le);
}

/* Furthest a relative word may point, in its unit (昨年: -1). */
#define REL_OFFSET_MAX 100

/* word, anchor (ref|prev), unit, offset. */
static mt_status row_relative(loadctx *c, const data_file *df, const row *r,
                              mt_error *err)
{
    (void)df;
    static const char *const anchors[] = {"ref", "prev", NULL};
    /* index = RU_* */
    static const char *const units[] = {
        "year",  "month",   "day",  "fyear",   "monthname",
        "dayof", "weekday", "week", "ordinal", NULL};
    int an = pick(r->f[1], anchors);
    int un = pick(r->f[2], units);
    int64_t off;
    if (an < 0)
        return row_error(c, err, "bad anchor", r->f[1]);
    if (un < 0)
        return row_error(c, err, "bad unit", r->f[2]);
    if (!parse_int(r->f[3], r->n[3], -REL_OFFSET_MAX, REL_OFFSET_MAX, &off))
        return row_error(c, err, "bad offset", r->f[3]);
    if (un == RU_WEEKDAY && (off < 0 || off > 6))
        return row_error(c, err, "bad weekday (0 Sunday to 6 Saturday)",
                         r->f[3]);
    /* A weekday or a week is counted from the reference date, never from
     * the date before it in the text: prev would be read as ref. */
    if ((un == RU_WEEKDAY || un == RU_WEEK) && an != ANCHOR_REF)
        return row_error(c, err, "a weekday or a week takes anchor ref",
                         r->f[1]);
    /* "on the 16th" is a bare day, 16日: of the month before it in the
     * text, else of the reference date's; nothing moves it. */
    if (un == RU_ORDINAL && (an != ANCHOR_PREV || off != 0))
        return row_error(c, err, "an ordinal day takes anchor prev, offset 0",
                         r->f[1]);
    lex_entry le = {
        .cls = LEX_REL, .a = (int16_t)an, .b = (int16_t)un, .c = (int16_t)off};
    return add(c, err, r->f[0], r->n[0], &le);
}

/* word, unit: one of Y, M, W, D (duration units) or H (half: 半年). */
static mt_status row_unit(loadctx *c, const data_file *df, const row *r,
                          mt_error *err)
{
    (void)df;
    const char *u = r->f[1];
    if (r->n[1] != 1 || !strchr("YMWDH", u[0]))
        return row_error(c, err, "unit must be Y, M, W, D or H", u);
    lex_entry le = {.cls = LEX_UNIT, .a = (int16_t)u[0]};
    return add(c, err, r->f[0], r->n[0], &le);
}

/* word, mod: "ago" is stored as mod "before" with a = 1, so the scanner
 * can resolve the duration into a date. */
static mt_status row_direction(loadctx *c, const data_file *df, const row *r,
                               mt_error *err)
{
    (void)df;
    static const char before[] = "before";
    mt_status st = MT_OK;
    lex_entry le = {.cls = LEX_DIR, .a = strcmp(r->f[1], "ago") == 0};
    if (le.a)
        le.s1 = mt_ex_pool_add(c->b, before, sizeof before - 1, &st);
    else
        le.s1 = mt_ex_pool_add(c->b, r->f[1], r->n[1], &st);
    if (st != MT_OK)
        return build_error(c, err, st);
    return add(c, err, r->f[0], r->n[0], &le);
}

/* ending, short: a name ending newspapers shorten (銀行 to 銀: 七十七銀
 * for 七十七銀行), for row_org. */
static mt_status row_org_short(loadctx *c, const data_file *df, const row *r,
                               mt_error *err)
{
    (void)df;
    if (c->nshort == SHORT_MAX)
        return row_error(c, err, "too many short endings at", r->f[0]);
    if (!r->n[0] || r->n[0] >= SHORT_LEN || !r->n[1] || r->n[1] >= SHORT_LEN ||
        r->n[1] >= r->n[0])
        return row_error(c, err, "bad ending or short form", r->f[0]);
    memcpy(c->ending[c->nshort], r->f[0], r->n[0] + 1);
    memcpy(c->short_[c->nshort], r->f[1], r->n[1] + 1);
    c->nshort++;
    return MT_OK;
}

/* The name s[0..n) and its short forms (org_short.tsv: two characters
 * at least before the ending), each an entry like e. */
static mt_status add_org_name(loadctx *c, mt_error *err, const char *s,
                              size_t n, const lex_entry *e)
{
    mt_status st = add(c, err, s, n, e);
    for (size_t i = 0; st == MT_OK && i < c->nshort; i++) {
        size_t el = strlen(c->ending[i]), sl = strlen(c->short_[i]);
        char buf[256];
        if (n <= el || n - el + sl >= sizeof buf ||
            memcmp(s + n - el, c->ending[i], el) != 0 ||
            mt_utf8_chars(s, n - el) < 2)
            continue;
        memcpy(buf, s, n - el);
        memcpy(buf + n - el, c->short_[i], sl);
        st = add(c, err, buf, n - el + sl, e);
    }
    return st;
}

/* canonical, aliases ('|'-separated): one entry per name, each with the
 * canonical name as s1; names with an acronym match in case, others with
 * the file's flags (the generated EDINET table's: capitals as written at
 * word starts).  Short forms as org_short.tsv says. */
static mt_status row_org(loadctx *c, const data_file *df, const row *r,
                         mt_error *err)
{
    mt_status st = MT_OK;
    lex_entry le = {.cls = LEX_ORG};
    if (strcmp(r->f[2], "company") == 0)
        le.a = ORG_COMPANY;
    le.s1 = mt_ex_pool_add(c->b, r->f[0], r->n[0], &st);
    if (st != MT_OK)
        return build_error(c, err, st);
    le.flags = has_acronym(r->f[0], r->n[0]) ? LF_CASE : df->flags;
    st = add_org_name(c, err, r->f[0], r->n[0], &le);
    const char *p = r->f[1];
    while (st == MT_OK && *p) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        le.flags = has_acronym(p, n) ? LF_CASE : df->flags;
        st = add_org_name(c, err, p, n, &le);
        p += n + (bar ? 1 : 0);
    }
    return st;
}

/* The row's first field into the pool, its offset appended to (*arr, *n). */
static mt_status push_word(loadctx *c, const row *r, uint32_t **arr, size_t *n,
                           mt_error *err)
{
    mt_status st = MT_OK;
    uint32_t off = mt_ex_pool_add(c->b, r->f[0], r->n[0], &st);
    if (st != MT_OK)
        return build_error(c, err, st);
    void *v = *arr;
    if (!mt_grow_pow2(&v, *n, sizeof **arr))
        return build_error(c, err, MT_ERR_NOMEM);
    *arr = v;
    (*arr)[(*n)++] = off;
    return MT_OK;
}

/* form, kind: a name ending for the MeCab pass (the kind is the draft's). */
static mt_status row_org_form(loadctx *c, const data_file *df, const row *r,
                              mt_error *err)
{
    (void)df;
    return push_word(c, r, &c->ex->org_forms, &c->ex->norg_forms, err);
}

/* word: a generic word of institution names (the MeCab pass). */
static mt_status row_org_generic(loadctx *c, const data_file *df, const row *r,
                                 mt_error *err)
{
    (void)df;
    return push_word(c, r, &c->ex->org_generic, &c->ex->norg_generic, err);
}

/* word: a word that ends a product's or service's name (the MeCab
 * pass). */
static mt_status row_org_product(loadctx *c, const data_file *df, const row *r,
                                 mt_error *err)
{
    (void)df;
    return push_word(c, r, &c->ex->org_products, &c->ex->norg_products, err);
}

/* word: a word naming a company's unit after its English name. */
static mt_status row_org_unit(loadctx *c, const data_file *df, const row *r,
                              mt_error *err)
{
    (void)df;
    return push_word(c, r, &c->ex->org_units, &c->ex->norg_units, err);
}

/* word: a rank after an English ordinal ("2nd floor"), no day. */
static mt_status row_ordinal_noun(loadctx *c, const data_file *df, const row *r,
                                  mt_error *err)
{
    (void)df;
    return push_word(c, r, &c->ex->ordinal_nouns, &c->ex->nordinal_nouns, err);
}

/* A word of one of two kinds (column 2: k1 or k2) into the list of
 * its kind; the errors say which table's word or kind is wrong. */
typedef struct kind_errors {
    const char *empty, *unknown;
} kind_errors;

static mt_status push_kind(loadctx *c, const row *r, kind_errors e,
                           const char *k1, uint32_t **a1, size_t *n1,
                           const char *k2, uint32_t **a2, size_t *n2,
                           mt_error *err)
{
    if (r->n[0] == 0)
        return row_error(c, err, e.empty, r->f[1]);
    switch (pick(r->f[1], (const char *const[]){k1, k2, NULL})) {
    case 0:
        return push_word(c, r, a1, n1, err);
    case 1:
        return push_word(c, r, a2, n2, err);
    default:
        return row_error(c, err, e.unknown, r->f[1]);
    }
}

/* word, kind (noun | verb | quoted): a head noun that introduces a name
 * with の, a verb that introduces one right after it, or one that does
 * so only in brackets right after it (the MeCab pass). */
static mt_status row_org_head(loadctx *c, const data_file *df, const row *r,
                              mt_error *err)
{
    (void)df;
    mt_extractor *ex = c->ex;
    if (r->n[0] && strcmp(r->f[1], "quoted") == 0)
        return push_word(c, r, &ex->org_qverbs, &ex->norg_qverbs, err);
    return push_kind(
        c, r, (kind_errors){"empty head word of kind", "unknown head kind"},
        "noun", &ex->org_heads, &ex->norg_heads, "verb", &ex->org_verbs,
        &ex->norg_verbs, err);
}

/* word, kind (refers | opens): a word that opens a compound referring
 * back, or a longer one that opens names all the same (the MeCab
 * pass). */
static mt_status row_org_anaphor(loadctx *c, const data_file *df, const row *r,
                                 mt_error *err)
{
    (void)df;
    mt_extractor *ex = c->ex;
    return push_kind(
        c, r,
        (kind_errors){"empty anaphor word of kind", "unknown anaphor kind"},
        "refers", &ex->org_refers, &ex->norg_refers, "opens", &ex->org_openers,
        &ex->norg_openers, err);
}

/* word, kind (place | head): the words of a seat in parentheses (the
 * MeCab pass). */
static mt_status row_seat(loadctx *c, const data_file *df, const row *r,
                          mt_error *err)
{
    (void)df;
    mt_extractor *ex = c->ex;
    return push_kind(
        c, r, (kind_errors){"empty seat word of kind", "unknown seat kind"},
        "place", &ex->seat_places, &ex->nseat_places, "head", &ex->seat_heads,
        &ex->nseat_heads, err);
}

/* form, position (prefix|suffix), script (ja|jagov|en). */
static mt_status row_legal(loadctx *c, const data_file *df, const row *r,
                           mt_error *err)
{
    (void)df;
    static const char *const pos[] = {"prefix", "suffix", NULL};
    /* index = SCRIPT_* */
    static const char *const scripts[] = {"ja", "jagov", "en", "eninst", NULL};
    int p = pick(r->f[1], pos);
    int s = pick(r->f[2], scripts);
    if (p < 0)
        return row_error(c, err, "bad position", r->f[1]);
    /* A form the draft compares away (jakey): no scanner rule; the MeCab
     * pass takes a compound it opens as a name. */
    if (s < 0 && strcmp(r->f[2], "jakey") == 0)
        return p == 0 ? push_word(c, r, &c->ex->body_forms, &c->ex->nbody_forms,
                                  err)
                      : MT_OK;
    if (s < 0)
        return row_error(c, err, "bad script", r->f[2]);
    /* A prefix opens a ja or en name (mt_ex_legal_form); jagov and eninst
     * are endings only: such a row would be read as 株式会社X's. */
    if (p == POS_PRE && s != SCRIPT_JA && s != SCRIPT_EN)
        return row_error(c, err, "a prefix form takes script ja or en, not",
                         r->f[2]);
    lex_entry le = {
        .cls = LEX_LEGAL, .flags = LF_CASE, .a = (int16_t)p, .b = (int16_t)s};
    return add(c, err, r->f[0], r->n[0], &le);
}

/* The data files in load order.  Order matters: entries of one key are
 * chained in the order they were added, and the scanner takes the first
 * that fits. */
static const data_file data_files[] = {
    {"eras.tsv", {"era", "letter", "start"}, .load_row = row_era},
    {"numerals.tsv", {"word", "value", "kind"}, .load_row = row_numeral},
    {"months.tsv", {"name", "month", "needs"}, .load_row = row_month},
    {"modifiers.tsv",
     {"word", "position", "mod", "applies", "range"},
     .load_row = row_modifier},
    {"ordinal_nouns.tsv", {"word"}, .load_row = row_ordinal_noun},
    {"relative.tsv",
     {"word", "anchor", "unit", "offset"},
     .load_row = row_relative},
    {"units.tsv", {"word", "unit"}, .load_row = row_unit},
    {"directions.tsv", {"word", "mod"}, .load_row = row_direction},
    /* The organisation tables (orgs.tsv says how they divide), after
     * the endings they are shortened by. */
    {"org_short.tsv", {"ending", "short"}, .load_row = row_org_short},
    {"orgs.tsv", {"canonical", "aliases", "kind"}, .load_row = row_org},
    {"orgs_public.tsv", {"canonical", "aliases", "kind"}, .load_row = row_org},
    {"orgs_media.tsv", {"canonical", "aliases", "kind"}, .load_row = row_org},
    /* Groups' names are words too (Tick, Play, Royal): a name only with
     * its capitals. */
    {"orgs_actors.tsv",
     {"canonical", "aliases", "kind"},
     .load_row = row_org,
     .flags = LF_TITLE},
    {"orgs_vendors.tsv", {"canonical", "aliases", "kind"}, .load_row = row_org},
    /* Its English names are ordinary words as often as names. */
    {"orgs_edinet.tsv",
     {"canonical", "aliases", "kind"},
     .load_row = row_org,
     .flags = LF_TITLE},
    {"org_forms.tsv", {"form", "kind"}, .load_row = row_org_form},
    {"org_generic.tsv", {"word"}, .load_row = row_org_generic},
    {"org_heads.tsv", {"word", "kind"}, .load_row = row_org_head},
    {"org_products.tsv", {"word"}, .load_row = row_org_product},
    {"org_units.tsv", {"word"}, .load_row = row_org_unit},
    {"org_anaphors.tsv", {"word", "kind"}, .load_row = row_org_anaphor},
    {"seats.tsv", {"word", "kind"}, .load_row = row_seat},
    {"legal_forms.tsv", {"form", "position", "script"}, .load_row = row_legal},
    {"counters.tsv",
     {"word", "unit", "glued"},
     .load_row = row_counter,
     .cls = LEX_COUNTER},
    {"events.tsv", {"word", "type"}, .load_row = row_simple, .cls = LEX_EVENT},
    {"hedges.tsv",
     {"phrase", "value"},
     .load_row = row_simple,
     .cls = LEX_HEDGE},
    {"traps.tsv", {"word"}, .load_row = row_simple, .cls = LEX_TRAP},
    {"abbreviations.tsv",
     {"word"},
     .load_row = row_simple,
     .cls = LEX_ABBREV,
     .flags = LF_CASE},
};

mt_status mt_ex_lex_load(mt_extractor *ex, const char *dir, mt_error *err)
{
    builder b;
    memset(&b, 0, sizeof b);
    mt_buf_init(&b.pool, (size_t)64 << 20);
    loadctx *c = calloc(1, sizeof *c);
    if (!c)
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    c->ex = ex;
    c->b = &b;
    if (!dir)
        dir = mt_data_dir();
    if (dir[0] != '/') {
        if (!realpath(dir, c->dir)) {
            free(c);
            return mt_error_at(err, MT_ERR_IO, dir, -1,
                               "data directory not found");
        }
    } else {
        snprintf(c->dir, sizeof c->dir, "%s", dir);
    }
    /* Offset 0 of the pool is the empty string. */
    mt_status st = mt_buf_putc(&b.pool, '\0');
    for (size_t i = 0; st == MT_OK && i < MT_ARRAY_LEN(data_files); i++)
        st = load_file(c, &data_files[i], err);
    if (st == MT_OK) {
        st = mt_ex_compile(ex, &b);
        if (st != MT_OK)
            mt_error_set(err, st, "out of memory compiling the lexicon");
    }
    for (size_t i = 0; i < b.nkeys; i++)
        free(b.keys[i].k);
    free(b.keys);
    free(c);
    if (st != MT_OK) {
        mt_buf_free(&b.pool);
        return st;
    }
    ex->pool = mt_buf_detach(&b.pool, &ex->pool_len);
    if (!ex->pool)
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    return MT_OK;
}
