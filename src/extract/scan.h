/*
 * What the extraction scanner's stages share (internal to src/extract/).
 *
 * One pass (extract.c) walks the text; at a number it runs the grammar
 * after a number (grammar.c) on what follows, which builds dates, durations
 * and quantities (dates.c) from numbers as written (numbers.c); at a
 * lexicon entry it acts on the longest one, organisations through their
 * legal forms (orgs.c).  All of them read the text through a scan, its
 * characters through the inline helpers below and the lexicon through
 * scan.c, and append spans to the scan's span list.  A scan is one call's:
 * nothing here is shared between threads.
 */
#ifndef MT_EXTRACT_SCAN_H
#define MT_EXTRACT_SCAN_H

#include "core/internal.h"
#include "extract/extract_internal.h"

#include <string.h>

typedef struct scan {
    const mt_extractor *ex;
    const unsigned char *s;
    size_t len;
    mt_date ref;     /* year 0: no reference date */
    mt_date prev;    /* the last date emitted; year and month 0: none */
    size_t prev_end; /* where it ended */
    size_t last_end; /* end of the last span; patterns never reach back
                        past it */
    mt_lang lang;
    span_list *out;
    /* Work done: bytes a trie walk may visit (maxdepth per walk) plus
     * bytes read by the number parser.  Counted for the linearity test
     * (mt_ex_work); a pointer so that const helpers can count. */
    size_t *work;
    /* The last few trie walks: the grammar asks the same position for
     * several classes (a counter, a unit, a direction, a modifier). */
    struct hitcache *hc;
} scan;

#define HITCACHE 4
typedef struct hitcache {
    size_t pos[HITCACHE];
    int nh[HITCACHE];
    lex_hit hits[HITCACHE][LEX_MAX_HITS];
    unsigned next;
} hitcache;

/* A date under construction, with the span it covers so far. */
typedef struct dres {
    mt_date d;
    size_t end;
    const char *mod;
    uint8_t wday; /* the weekday written as or with the date, 1 Sunday .. 7
                     Saturday; 0 none (span_rec.wday) */
} dres;

/* A number as written. */
typedef struct num {
    double v;
    size_t end;
    int digits;   /* ASCII digits in the integer part; 0 for kanji */
    bool kanji;   /* some kanji numeral was used */
    bool decimal; /* has a fractional part */
    bool comma;   /* thousands separators */
    bool big;     /* used 万 億 兆 or million/billion */
    bool word;    /* English number word */
    bool ok;      /* usable: not too long, not a version number */
} num;

/* Code points the grammar asks for by name. */
#define CP_NEN   0x5E74 /* 年 */
#define CP_TSUKI 0x6708 /* 月 */
#define CP_HI    0x65E5 /* 日 */
#define CP_DO    0x5EA6 /* 度 */
#define CP_KAN   0x9593 /* 間 */
#define CP_HAN   0x534A /* 半 */
#define CP_GAN   0x5143 /* 元 */
#define CP_NO    0x306E /* の */
#define CP_JI    0x6642 /* 時 */
#define CP_FUN   0x5206 /* 分 */
#define CP_GOZEN 0x5348 /* 午 */
#define CP_ZEN   0x524D /* 前 */
#define CP_GO    0x5F8C /* 後 */
#define CP_ME    0x76EE /* 目 */

/* ---- characters (inline: the scanner asks for them at every byte) ---- */

static inline uint32_t mt_ex_cp_at(const scan *sc, size_t i, int *n)
{
    if (i >= sc->len) {
        *n = 0;
        return 0;
    }
    return mt_ex_decode(sc->s, sc->len, i, n);
}

/* A trap that ends in a year ("Tokyo 2020") written on as a date
 * (「Tokyo 2020年7月」): the year is the date's, no name's. */
static inline bool mt_ex_trap_year_dated(const scan *sc, size_t end)
{
    int n;
    if (end == 0 || end >= sc->len || sc->s[end - 1] < '0' ||
        sc->s[end - 1] > '9')
        return false;
    uint32_t c = mt_ex_cp_at(sc, end, &n);
    return c == 0x5E74 /* 年 */ || c == 0x6708 /* 月 */;
}

static inline bool mt_ex_is_digit(uint32_t c)
{
    return c >= '0' && c <= '9';
}

static inline bool mt_ex_is_upper(uint32_t c)
{
    return c >= 'A' && c <= 'Z';
}

static inline bool mt_ex_is_kanji(uint32_t c)
{
    return mt_is_kanji(c);
}

static inline bool mt_ex_is_katakana(uint32_t c)
{
    return (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC || c == 0x30FB;
}

static inline const knum *mt_ex_knum_of(const mt_extractor *ex, uint32_t cp)
{
    if (cp >= 0x10000 || !((ex->knum_bits[cp >> 3] >> (cp & 7)) & 1))
        return NULL;
    for (int k = 0; k < ex->nknums; k++)
        if (ex->knums[k].cp == cp)
            return &ex->knums[k];
    return NULL;
}

/* Is the char at i exactly cp?  Sets *after. */
static inline bool mt_ex_lit(const scan *sc, size_t i, uint32_t cp,
                             size_t *after)
{
    int n;
    if (i >= sc->len || mt_ex_cp_at(sc, i, &n) != cp)
        return false;
    *after = i + (size_t)n;
    return true;
}

static inline size_t mt_ex_skip_sp(const scan *sc, size_t i)
{
    while (i < sc->len) {
        int n;
        uint32_t c = mt_ex_cp_at(sc, i, &n);
        if (c != ' ' && c != '\t')
            break;
        i += (size_t)n;
    }
    return i;
}

/* The code point before i (folded), 0 at the start.  Backs over at most
 * four continuation bytes. */
static inline uint32_t mt_ex_cp_before(const scan *sc, size_t i, size_t *start)
{
    if (i == 0) {
        *start = 0;
        return 0;
    }
    size_t b = i - 1;
    while (b > 0 && i - b < 4 && (sc->s[b] & 0xC0) == 0x80)
        b--;
    int n;
    uint32_t c = mt_ex_decode(sc->s, sc->len, b, &n);
    if (b + (size_t)n != i) {
        *start = i - 1;
        return 0xFFFD;
    }
    *start = b;
    return c;
}

/* End of the run of digits and the given separators from i. */
static inline size_t mt_ex_run_end(const scan *sc, size_t i, const char *seps)
{
    while (i < sc->len) {
        int n;
        uint32_t c = mt_ex_cp_at(sc, i, &n);
        if (!mt_ex_is_digit(c) && !(c < 0x80 && c && strchr(seps, (int)c)))
            break;
        i += (size_t)n;
    }
    return i;
}

/* Digits at i: at most maxd of them, value in *v; returns count (0 when
 * none, or when more than maxd digits follow). */
static inline int mt_ex_digits_at(const scan *sc, size_t i, int maxd, int *v,
                                  size_t *end)
{
    int k = 0, val = 0;
    while (i < sc->len) {
        int n;
        uint32_t c = mt_ex_cp_at(sc, i, &n);
        if (!mt_ex_is_digit(c))
            break;
        if (k == maxd)
            return 0;
        val = val * 10 + (int)(c - '0');
        k++;
        i += (size_t)n;
    }
    *v = val;
    *end = i;
    return k;
}

/* ---- scan.c: strings for spans, lexicon lookups ---------------------- */

uint32_t mt_ex_cstr(span_list *l, const char *s);
uint32_t mt_ex_tstr(span_list *l, const char *s, size_t n);
const lex_entry *mt_ex_longest(const scan *sc, size_t i, int cls, int pos,
                               int applies, size_t *end);
const char *mt_ex_pstr(const scan *sc, uint32_t off);

/* ---- numbers.c: numbers as written ----------------------------------- */

bool mt_ex_parse_num(const scan *sc, size_t i, num *out);
int mt_ex_small_int(const num *n);
bool mt_ex_parse_en_words(const scan *sc, size_t i, num *out);
void mt_ex_en_scale(const scan *sc, num *n);

/* ---- dates.c: dates, durations and quantities from their parts ------- */

/* A date modifier that places a date within its period (上旬, 中旬, 末:
 * start, mid, end), not one that bounds or hedges it. */
bool mt_ex_part_of_period(const char *mod);

int mt_ex_resolve_two_digit(const scan *sc, int yy);
int mt_ex_year_of(const scan *sc, const num *n, int iv);
void mt_ex_add_months(mt_date *d, int k);
void mt_ex_add_days(mt_date *d, int k);
int mt_ex_ctx_year(const scan *sc, int month, int day);
bool mt_ex_month_of_day(const scan *sc, int day, int16_t *year, uint8_t *month);
bool mt_ex_date_ok(const mt_date *d);
void mt_ex_emit_date(scan *sc, size_t start, const dres *r);
void mt_ex_emit_quantity(scan *sc, size_t start, size_t end, double v,
                         const char *unit, const char *mod);
void mt_ex_date_postmod(const scan *sc, size_t start, dres *r);
/* Takes (木) and a time of day after r's day into r; returns the weekday
 * written, 0 for Sunday to 6 for Saturday, or -1. */
int mt_ex_weekday_and_time(const scan *sc, dres *r);
bool mt_ex_day_opens_range(const scan *sc, size_t q, int *day, size_t *end);
bool mt_ex_ja_month_day(const scan *sc, size_t p, int *month, int *day,
                        size_t *end);
size_t mt_ex_finish_ja(scan *sc, size_t start, int year, size_t p,
                       const char *premod);
const lex_entry *mt_ex_duration_unit(const scan *sc, const num *n, size_t *end);
const lex_entry *mt_ex_direction(const scan *sc, size_t p, size_t *end);
size_t mt_ex_finish_duration(scan *sc, size_t start, size_t p, int y, int m,
                             int w, int d, const char *premod);

/* ---- grammar.c: what follows a number, dates introduced by words ----- */

size_t mt_ex_numeric(scan *sc, size_t i, const char *premod, size_t start);
size_t mt_ex_after_number(scan *sc, size_t start, const num *n,
                          const char *premod);
size_t mt_ex_month_name_date(scan *sc, size_t start, const lex_entry *mo,
                             size_t e, const char *premod);
size_t mt_ex_era_date(scan *sc, size_t start, const lex_entry *er, size_t e,
                      const char *premod);
size_t mt_ex_letter_date(scan *sc, size_t i, const char *premod, size_t start);
size_t mt_ex_relative_date(scan *sc, size_t start, const lex_entry *rel,
                           size_t e, const char *premod);

/* ---- orgs.c: organisations by legal form ----------------------------- */

void mt_ex_emit_org(scan *sc, size_t start, size_t end, const char *canon);
const char *mt_ex_known_org(const scan *sc, size_t a, size_t b);
size_t mt_ex_legal_form(scan *sc, size_t i, const lex_entry *lf, size_t e);
size_t mt_ex_dollars(scan *sc, size_t i, const char *premod, size_t start);
bool mt_ex_inside_kanji_word(scan *sc, size_t a, size_t b);
/* A Latin name at i right after a capital or a digit and a hyphen ends a
 * longer name ("SFC-CNS", an account system, is not the company CNS),
 * unless an organisation ends at the hyphen ("NEC-Fujitsu": two);
 * "Sony-owned" and "non-Sony" still name Sony. */
bool mt_ex_compound_tail(scan *sc, size_t i);
size_t mt_ex_name_run_on(scan *sc, size_t a, size_t b, bool company);

#endif
