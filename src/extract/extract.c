/*
 * The extraction scanner: one left-to-right pass over the UTF-8 text.
 *
 * At each character the scanner either starts a number (ASCII, full-width
 * or kanji digits) and runs the date / duration / quantity grammar on
 * what follows it, or walks the lexicon trie once and acts on the longest
 * entries that start there (a modifier, relative word, era or month name
 * that begins a date; an organisation, event trigger or hedge; a trap
 * word that is skipped whole).  Whatever it recognises it consumes, and a
 * number it cannot use is skipped as a whole run, so every byte is
 * looked at a bounded number of times: the work is linear in the input
 * (the lexicon walk is bounded by the longest key, the grammar by a few
 * tokens after the number).
 *
 * Anaphora: the last date emitted is the anchor for 同年, 同月, 翌日, "the
 * next day"; a month or day written without a year takes the previous
 * date's year (and month), else the reference date's, else stays unknown.
 */
#include "extract/extract_internal.h"

#include "core/buf.h"
#include "core/internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct mt_spans {
    mt_span *v;
    size_t n;
    char *pool;
};

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

/* The weekdays as written in (木): 月 火 水 木 金 土 日. */
static const uint32_t weekday_cps[] = {0x6708, 0x706B, 0x6C34, 0x6728,
                                       0x91D1, 0x571F, 0x65E5};

/* Longest organisation names the legal-form rules take, in characters
 * (words for English): 株式会社 + name, name + 株式会社, name + 省/庁
 * (a ministry's name is short and all kanji), "Acme Widgets, Inc.". */
#define ORG_NAME_MAX_JA        24
#define ORG_NAME_MAX_JA_SUFFIX 16
#define ORG_NAME_MAX_JAGOV     6
#define ORG_NAME_MAX_EN_WORDS  4

/* guess_lang reads this many bytes; Japanese wins when its lead bytes
 * (E3..E9: kana and kanji) are at least 1/LANG_JA_RATIO of the Latin
 * letters (a Japanese character is one lead byte, a word several). */
#define LANG_SAMPLE   4096
#define LANG_JA_RATIO 4

/* ---- strings and span list --------------------------------------------- */

/* First size of a span list's string pool and span array. */
#define SPAN_POOL_MIN 256
#define SPAN_LIST_MIN 64

uint32_t mt_ex_str(span_list *l, const char *s, size_t n)
{
    if (!s || l->nomem)
        return 0;
    /* Offset 0 is "" (none): the first string reserves it.  Offsets are
     * uint32_t, so the pool stays below 4 GiB. */
    size_t lead = l->pool_len == 0;
    if (n > UINT32_MAX - 2 - l->pool_len) {
        l->nomem = true;
        return 0;
    }
    size_t need = l->pool_len + lead + n + 1;
    if (need > l->pool_cap) {
        size_t nc = l->pool_cap ? l->pool_cap : SPAN_POOL_MIN;
        while (nc < need) {
            if (nc > SIZE_MAX / 2) { /* 32-bit size_t */
                l->nomem = true;
                return 0;
            }
            nc *= 2;
        }
        char *np = realloc(l->pool, nc);
        if (!np) {
            l->nomem = true;
            return 0;
        }
        l->pool = np;
        l->pool_cap = nc;
    }
    if (lead)
        l->pool[l->pool_len++] = '\0';
    uint32_t off = (uint32_t)l->pool_len;
    memcpy(l->pool + l->pool_len, s, n);
    l->pool[l->pool_len + n] = '\0';
    l->pool_len += n + 1;
    return off;
}

span_rec *mt_ex_push(span_list *l, int kind, size_t start, size_t end)
{
    if (l->nomem)
        return NULL;
    if (l->n == l->cap) {
        size_t nc = l->cap ? l->cap * 2 : SPAN_LIST_MIN;
        if (nc > SIZE_MAX / sizeof *l->v) {
            l->nomem = true;
            return NULL;
        }
        span_rec *nv = realloc(l->v, nc * sizeof *nv);
        if (!nv) {
            l->nomem = true;
            return NULL;
        }
        l->v = nv;
        l->cap = nc;
    }
    span_rec *r = &l->v[l->n++];
    memset(r, 0, sizeof *r);
    r->kind = (uint8_t)kind;
    r->start = start;
    r->end = end;
    return r;
}

/* Copy a string into the span pool once per call: the strings are
 * mostly the extractor's (mods, units, types), so a small cache keyed by
 * address saves copying them for every span. */
static uint32_t cstr(span_list *l, const char *s)
{
    if (!s)
        return 0;
    size_t h = ((uintptr_t)s >> 3) % SPAN_STR_CACHE;
    if (l->cache_key[h] == s)
        return l->cache_off[h];
    uint32_t off = mt_ex_str(l, s, strlen(s));
    l->cache_key[h] = s;
    l->cache_off[h] = off;
    return off;
}

/* Like cstr for strings that live only during the call (formatted
 * values): never cached. */
static uint32_t tstr(span_list *l, const char *s, size_t n)
{
    return mt_ex_str(l, s, n);
}

/* ---- characters -------------------------------------------------------- */

static uint32_t cp_at(const scan *sc, size_t i, int *n)
{
    if (i >= sc->len) {
        *n = 0;
        return 0;
    }
    return mt_ex_decode(sc->s, sc->len, i, n);
}

static bool is_digit(uint32_t c)
{
    return c >= '0' && c <= '9';
}

static bool is_upper(uint32_t c)
{
    return c >= 'A' && c <= 'Z';
}

static bool is_kanji(uint32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           c == 0x3005 || c == 0x3006;
}

static bool is_katakana(uint32_t c)
{
    return (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC || c == 0x30FB;
}

static const knum *knum_of(const mt_extractor *ex, uint32_t cp)
{
    if (cp >= 0x10000 || !((ex->knum_bits[cp >> 3] >> (cp & 7)) & 1))
        return NULL;
    for (int k = 0; k < ex->nknums; k++)
        if (ex->knums[k].cp == cp)
            return &ex->knums[k];
    return NULL;
}

/* Is the char at i exactly cp?  Sets *after. */
static bool lit(const scan *sc, size_t i, uint32_t cp, size_t *after)
{
    int n;
    if (i >= sc->len || cp_at(sc, i, &n) != cp)
        return false;
    *after = i + (size_t)n;
    return true;
}

static size_t skip_sp(const scan *sc, size_t i)
{
    while (i < sc->len) {
        int n;
        uint32_t c = cp_at(sc, i, &n);
        if (c != ' ' && c != '\t')
            break;
        i += (size_t)n;
    }
    return i;
}

/* The code point before i (folded), 0 at the start.  Backs over at most
 * four continuation bytes. */
static uint32_t cp_before(const scan *sc, size_t i, size_t *start)
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
static size_t run_end(const scan *sc, size_t i, const char *seps)
{
    while (i < sc->len) {
        int n;
        uint32_t c = cp_at(sc, i, &n);
        if (!is_digit(c) && !(c < 0x80 && c && strchr(seps, (int)c)))
            break;
        i += (size_t)n;
    }
    return i;
}

/* Digits at i: at most maxd of them, value in *v; returns count (0 when
 * none, or when more than maxd digits follow). */
static int digits_at(const scan *sc, size_t i, int maxd, int *v, size_t *end)
{
    int k = 0, val = 0;
    while (i < sc->len) {
        int n;
        uint32_t c = cp_at(sc, i, &n);
        if (!is_digit(c))
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

/* ---- lexicon helpers ---------------------------------------------------- */

/* The trie hits at i, from the cache or a new walk (borrowed until the
 * next call). */
static const lex_hit *hits_at(const scan *sc, size_t i, int *nh)
{
    hitcache *hc = sc->hc;
    for (unsigned k = 0; k < HITCACHE; k++)
        if (hc->pos[k] == i) {
            *nh = hc->nh[k];
            return hc->hits[k];
        }
    unsigned k = hc->next++ % HITCACHE;
    hc->pos[k] = i;
    if (i >= sc->len) {
        hc->nh[k] = 0;
    } else {
        int n;
        uint32_t c = mt_ex_decode(sc->s, sc->len, i, &n);
        if (c < 0x10000 && !((sc->ex->any_cp[c >> 3] >> (c & 7)) & 1)) {
            hc->nh[k] = 0;
        } else {
            *sc->work += sc->ex->maxdepth;
            hc->nh[k] = mt_ex_lex_match(sc->ex, sc->s, sc->len, i, hc->hits[k]);
        }
    }
    *nh = hc->nh[k];
    return hc->hits[k];
}

/* The longest hit at i carrying an entry of class cls (and, for LEX_MOD,
 * the given position and applicability); *end gets where it ends. */
static const lex_entry *longest(const scan *sc, size_t i, int cls, int pos,
                                int applies, size_t *end)
{
    int c;
    const lex_hit *hits = hits_at(sc, i, &c);
    for (int h = c - 1; h >= 0; h--) {
        for (int32_t e = hits[h].entry; e >= 0; e = sc->ex->entries[e].next) {
            const lex_entry *le = &sc->ex->entries[e];
            if (le->cls != cls)
                continue;
            if (cls == LEX_MOD && (le->a != pos || !(le->b & applies)))
                continue;
            if (!mt_ex_entry_ok(sc->ex, sc->s, sc->len, i, hits[h].end, le))
                continue;
            *end = hits[h].end;
            return le;
        }
    }
    return NULL;
}

static const char *pstr(const scan *sc, uint32_t off)
{
    return off ? sc->ex->pool + off : NULL;
}

/* ---- numbers ------------------------------------------------------------ */

/* A number at i: ASCII/full-width digits (with thousands commas and a
 * decimal part) and kanji numerals, positional (二十八) or digit by digit
 * (二〇二〇), with 万 億 兆 groups (2万7445, 1億2500万, 7万8千). */
static bool parse_num(const scan *sc, size_t i, num *out)
{
    memset(out, 0, sizeof *out);
    double total = 0, section = 0, pending = -1;
    bool pending_kanji = false;
    int kdigits = 0;
    size_t p = i;
    out->ok = true;
    while (p < sc->len) {
        int n;
        uint32_t c = cp_at(sc, p, &n);
        if (is_digit(c)) {
            if (pending >= 0)
                break;
            double v = 0;
            int d = 0;
            size_t q = p;
            while (q < sc->len) {
                int m;
                uint32_t cc = cp_at(sc, q, &m);
                if (is_digit(cc)) {
                    v = v * 10 + (cc - '0');
                    d++;
                    q += (size_t)m;
                    continue;
                }
                /* "27,445": a comma followed by exactly three digits. */
                if (cc == ',' && d > 0 && d <= 3 + (out->comma ? 999 : 0)) {
                    int gv;
                    size_t ge;
                    size_t q2 = q + (size_t)m;
                    int k = digits_at(sc, q2, 3, &gv, &ge);
                    if (k == 3) {
                        int o;
                        if (ge < sc->len && is_digit(cp_at(sc, ge, &o)))
                            break;
                        v = v * 1000 + gv;
                        out->comma = true;
                        d += 3;
                        q = ge;
                        continue;
                    }
                }
                break;
            }
            out->digits = d;
            if (d > 15)
                out->ok = false;
            p = q;
            int m;
            uint32_t cc = cp_at(sc, p, &m);
            if (cc == '.' && d > 0) {
                size_t f0 = p + (size_t)m;
                int fk = 0;
                size_t fq = f0;
                double frac = 0, scale = 1;
                while (fq < sc->len) {
                    int o;
                    uint32_t fc = cp_at(sc, fq, &o);
                    if (!is_digit(fc))
                        break;
                    frac = frac * 10 + (fc - '0');
                    scale *= 10;
                    fk++;
                    fq += (size_t)o;
                }
                if (fk > 0) {
                    int o;
                    uint32_t nc = cp_at(sc, fq, &o);
                    /* 2.4.1 and 192.168.0.1 are versions and addresses. */
                    if (nc == '.' && fq + 1 < sc->len &&
                        is_digit(cp_at(sc, fq + (size_t)o, &o))) {
                        out->ok = false;
                        out->end = run_end(sc, fq, ".");
                        *sc->work += out->end - i;
                        return true;
                    }
                    if (fk > 15)
                        out->ok = false;
                    v += frac / scale;
                    out->decimal = true;
                    p = fq;
                }
            }
            pending = v;
            pending_kanji = false;
            continue;
        }
        const knum *k = knum_of(sc->ex, c);
        if (!k)
            break;
        if (k->kind == NUM_DIGIT) {
            if (pending >= 0 && !pending_kanji)
                break;
            pending = pending >= 0 ? pending * 10 + (double)k->value
                                   : (double)k->value;
            pending_kanji = true;
            if (++kdigits > 15)
                out->ok = false;
        } else if (k->kind == NUM_UNIT) {
            section += (pending >= 0 ? pending : 1) * (double)k->value;
            pending = -1;
        } else {
            if (pending < 0 && section == 0)
                break;
            total +=
                (section + (pending >= 0 ? pending : 0)) * (double)k->value;
            section = 0;
            pending = -1;
            out->big = true;
        }
        out->kanji = true;
        p += (size_t)n;
    }
    *sc->work += p - i;
    if (p == i)
        return false;
    out->v = total + section + (pending >= 0 ? pending : 0);
    out->end = p;
    if (out->kanji)
        out->digits = 0;
    return true;
}

/* Integer value of a plain number (no decimals, commas or 万), else -1. */
static int small_int(const num *n)
{
    if (!n->ok || n->decimal || n->comma || n->big || n->v > 99999 ||
        n->v != floor(n->v))
        return -1;
    return (int)n->v;
}

/* English: "1.2 million", "27,445", "two", "twenty-five", "ten". */
static bool parse_en_words(const scan *sc, size_t i, num *out)
{
    memset(out, 0, sizeof *out);
    size_t e;
    const lex_entry *w = longest(sc, i, LEX_NUMWORD, 0, 0, &e);
    if (!w || w->a != NUM_WORD)
        return false;
    double v = (double)w->num;
    size_t p = e;
    size_t q;
    /* twenty-five */
    if (w->num >= 20 && lit(sc, p, '-', &q)) {
        size_t e2;
        const lex_entry *w2 = longest(sc, q, LEX_NUMWORD, 0, 0, &e2);
        if (w2 && w2->a == NUM_WORD && w2->num < 10) {
            v += (double)w2->num;
            p = e2;
        }
    }
    out->v = v;
    out->end = p;
    out->word = true;
    out->ok = true;
    return true;
}

/* " million" after a number. */
static void en_scale(const scan *sc, num *n)
{
    size_t q = skip_sp(sc, n->end);
    if (q == n->end)
        return;
    size_t e;
    const lex_entry *w = longest(sc, q, LEX_NUMWORD, 0, 0, &e);
    if (w && w->a == NUM_SCALE) {
        n->v *= (double)w->num;
        n->end = e;
        n->big = true;
    }
}

/* ---- dates -------------------------------------------------------------- */

static int resolve_two_digit(const scan *sc, int yy)
{
    if (sc->ref.year > 0) {
        int y = (sc->ref.year / 100) * 100 + yy;
        while (y > sc->ref.year + 5)
            y -= 100;
        while (y + 100 <= sc->ref.year + 5)
            y += 100;
        /* 「30年1月」 in a piece of 2021 is 平成30年, not 1930: a year that
         * would lie a century back is a year of the previous era (data/
         * eras.tsv) when that era lasted so long and it is past. */
        if (y < sc->ref.year - 80) {
            const mt_extractor *ex = sc->ex;
            for (int k = ex->neras - 1; k >= 1; k--) {
                int e = ex->eras[k - 1].year + yy - 1;
                if (ex->eras[k].year <= sc->ref.year && e <= ex->eras[k].year &&
                    e <= sc->ref.year)
                    return e;
            }
        }
        return y;
    }
    return yy <= 68 ? 2000 + yy : 1900 + yy;
}

/* The year a written year number denotes (4 digits as is, 1-2 digits or
 * kanji below 100 as a two-digit year); 0 when it is not a year. */
static int year_of(const scan *sc, const num *n, int iv)
{
    if (iv < 0)
        return 0;
    if ((n->digits == 4 || (n->kanji && iv >= 1000)) && iv >= 1000 &&
        iv <= 2999)
        return iv;
    if ((n->digits == 2 || (n->kanji && iv >= 10)) && iv < 100)
        return resolve_two_digit(sc, iv);
    return 0;
}

static void add_months(mt_date *d, int k)
{
    int m = d->year * 12 + (d->month - 1) + k;
    d->year = (int16_t)(m / 12);
    d->month = (uint8_t)(m % 12 + 1);
}

static void add_days(mt_date *d, int k)
{
    int y, m, dd;
    mt_date_civil_from_days(
        mt_date_days_from_civil(d->year, d->month, d->day) + k, &y, &m, &dd);
    d->year = (int16_t)y;
    d->month = (uint8_t)m;
    d->day = (uint8_t)dd;
}

/* Year for a month written without one: the previous date's, else the
 * reference date's, else unknown. */
static int ctx_year(const scan *sc)
{
    if (sc->prev.year > 0)
        return sc->prev.year;
    return sc->ref.year;
}

static bool date_ok(const mt_date *d)
{
    if (d->month > 12 || (d->day && !d->month))
        return false;
    if (d->day) {
        int dim = mt_date_days_in_month(d->year ? d->year : 2000, d->month);
        if (d->day > dim)
            return false;
    }
    return true;
}

static void emit_date(scan *sc, size_t start, const dres *r)
{
    span_rec *sp = mt_ex_push(sc->out, MT_SPAN_DATE, start, r->end);
    if (!sp)
        return;
    sp->date = r->d;
    sp->mod = cstr(sc->out, r->mod);
    if (r->d.year || r->d.month) {
        sc->prev = r->d;
        sc->prev_end = r->end;
    }
    sc->last_end = r->end;
}

/* Append "<n><unit>" to v (no printf: one call per duration span). */
static size_t put_part(char *v, size_t k, int n, char unit)
{
    char tmp[12];
    int t = 0;
    unsigned u = n < 0 ? 0u : (unsigned)n;
    do {
        tmp[t++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    while (t)
        v[k++] = tmp[--t];
    v[k++] = unit;
    return k;
}

static void emit_duration(scan *sc, size_t start, size_t end, int y, int m,
                          int w, int d, const char *mod)
{
    char v[64];
    size_t k = 0;
    v[k++] = 'P';
    if (y)
        k = put_part(v, k, y, 'Y');
    if (m)
        k = put_part(v, k, m, 'M');
    if (w)
        k = put_part(v, k, w, 'W');
    if (d || k == 1)
        k = put_part(v, k, d, 'D');
    v[k] = '\0';
    span_rec *sp = mt_ex_push(sc->out, MT_SPAN_DURATION, start, end);
    if (!sp)
        return;
    sp->value = tstr(sc->out, v, k);
    sp->mod = cstr(sc->out, mod);
    sc->last_end = end;
}

static void emit_quantity(scan *sc, size_t start, size_t end, double v,
                          const char *unit, const char *mod)
{
    span_rec *sp = mt_ex_push(sc->out, MT_SPAN_QUANTITY, start, end);
    if (!sp)
        return;
    char buf[64];
    size_t bn;
    if (v >= 0 && v < 1e15 && v == floor(v)) {
        /* integers without printf: most quantities are */
        char tmp[24];
        size_t k = 0;
        uint64_t u = (uint64_t)v;
        do {
            tmp[k++] = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        for (bn = 0; bn < k; bn++)
            buf[bn] = tmp[k - 1 - bn];
        buf[bn] = '\0';
    } else {
        snprintf(buf, sizeof buf, "%.15g", v);
        bn = strlen(buf);
    }
    sp->value = tstr(sc->out, buf, bn);
    sp->number = v;
    sp->unit = cstr(sc->out, unit);
    sp->mod = cstr(sc->out, mod);
    sc->last_end = end;
}

/* Does a date begin at i (a number, era, month name or relative word)? */
static bool date_follows(const scan *sc, size_t i)
{
    int n;
    uint32_t c = cp_at(sc, i, &n);
    if (is_digit(c) || knum_of(sc->ex, c))
        return true;
    size_t e;
    return longest(sc, i, LEX_REL, 0, 0, &e) ||
           longest(sc, i, LEX_ERA, 0, 0, &e) ||
           longest(sc, i, LEX_MONTH, 0, 0, &e);
}

/* Does the text before i end with a range connector: a range-opening
 * word of modifiers.tsv (から) or a wave dash (～, ~, 〜)? */
static bool range_before(const scan *sc, size_t i)
{
    for (int k = 0; k < sc->ex->nrange_open; k++) {
        const char *w = pstr(sc, sc->ex->range_open[k]);
        size_t n = strlen(w);
        if (i >= n && memcmp(sc->s + i - n, w, n) == 0)
            return true;
    }
    size_t ps;
    uint32_t c = cp_before(sc, i, &ps);
    return c == '~' || c == 0xFF5E || c == 0x301C;
}

/* Post-modifiers after a date: ごろ 以降 上旬 末, "or earlier"; also after
 * の for the start/mid/end family (2016年の初め).  The words that join
 * the two ends of a range set nothing (modifiers.tsv's range column): an
 * opening word before another date, a closing word after an opening one. */
static void date_postmod(const scan *sc, size_t start, dres *r)
{
    size_t e;
    const lex_entry *m = longest(sc, r->end, LEX_MOD, POS_POST, APPLY_DATE, &e);
    if (!m) {
        /* English "or earlier" only after a space */
        size_t q = skip_sp(sc, r->end);
        if (q > r->end && q < sc->len && sc->s[q] < 0x80)
            m = longest(sc, q, LEX_MOD, POS_POST, APPLY_DATE, &e);
    }
    size_t q;
    if (!m && lit(sc, r->end, CP_NO, &q)) {
        m = longest(sc, q, LEX_MOD, POS_POST, APPLY_DATE, &e);
        if (m && strcmp(pstr(sc, m->s1), "start") != 0 &&
            strcmp(pstr(sc, m->s1), "mid") != 0 &&
            strcmp(pstr(sc, m->s1), "end") != 0)
            m = NULL;
    }
    if (!m)
        return;
    if (m->c == RANGE_OPENS && date_follows(sc, e))
        return;
    if (m->c == RANGE_CLOSES && range_before(sc, start))
        return;
    r->mod = pstr(sc, m->s1);
    r->end = e;
}

static bool is_weekday(uint32_t c)
{
    for (size_t k = 0; k < MT_ARRAY_LEN(weekday_cps); k++)
        if (weekday_cps[k] == c)
            return true;
    return false;
}

/* (木) / （木） and a time of day (午前10時30分) after a day. */
static void weekday_and_time(const scan *sc, dres *r)
{
    size_t p = r->end, q;
    int n;
    uint32_t c = cp_at(sc, p, &n);
    if (c == '(') {
        q = p + (size_t)n;
        uint32_t w = cp_at(sc, q, &n);
        size_t q2 = q + (size_t)n;
        size_t q3;
        if (n && is_weekday(w) && lit(sc, q2, ')', &q3)) {
            r->end = q3;
            p = q3;
        }
    }
    /* 午前 / 午後 N時 [N分] */
    if (lit(sc, p, CP_GOZEN, &q)) {
        uint32_t c2 = cp_at(sc, q, &n);
        if (c2 == CP_ZEN || c2 == CP_GO) {
            q += (size_t)n;
            num h;
            size_t q2;
            if (parse_num(sc, q, &h) && small_int(&h) >= 0 &&
                small_int(&h) <= 24 && lit(sc, h.end, CP_JI, &q2)) {
                r->end = q2;
                num mi;
                size_t q3;
                if (parse_num(sc, q2, &mi) && small_int(&mi) >= 0 &&
                    small_int(&mi) < 60 && lit(sc, mi.end, CP_FUN, &q3))
                    r->end = q3;
            }
        }
    }
}

/* 「7月4~6日」: at q a day whose 日 the range's end carries (a wave
 * dash, then a later day and 日).  Its number in *day, its end in *end. */
static bool day_opens_range(const scan *sc, size_t q, int *day, size_t *end)
{
    num a, b;
    size_t q2;
    int w;
    if (!parse_num(sc, q, &a) || small_int(&a) < 1 || small_int(&a) > 31)
        return false;
    uint32_t c = cp_at(sc, a.end, &w);
    if (c != '~' && c != 0xFF5E && c != 0x301C)
        return false;
    if (!parse_num(sc, a.end + (size_t)w, &b) ||
        small_int(&b) <= small_int(&a) || small_int(&b) > 31 ||
        !lit(sc, b.end, CP_HI, &q2))
        return false;
    *day = small_int(&a);
    *end = a.end;
    return true;
}

/* Japanese month and day after a year (or alone): "8月", "8月6日". */
static bool ja_month_day(const scan *sc, size_t p, int *month, int *day,
                         size_t *end)
{
    num n;
    size_t q;
    if (!parse_num(sc, p, &n))
        return false;
    int m = small_int(&n);
    if (m < 1 || m > 12 || !lit(sc, n.end, CP_TSUKI, &q))
        return false;
    *month = m;
    *day = 0;
    *end = q;
    num dn;
    size_t q2;
    if (parse_num(sc, q, &dn) && small_int(&dn) >= 1 && small_int(&dn) <= 31 &&
        lit(sc, dn.end, CP_HI, &q2)) {
        size_t q3;
        /* 8月6日間 is not a date's day. */
        if (!lit(sc, q2, CP_KAN, &q3)) {
            *day = small_int(&dn);
            *end = q2;
        }
    } else {
        day_opens_range(sc, q, day, end);
    }
    return true;
}

/* Finish a Japanese date whose year is known (or 0): month/day after
 * p, then modifiers. */
static size_t finish_ja(scan *sc, size_t start, int year, size_t p,
                        const char *premod)
{
    dres r = {{0, 0, 0, 0}, p, premod};
    r.d.year = (int16_t)year;
    int m, d;
    size_t e;
    if (ja_month_day(sc, p, &m, &d, &e)) {
        r.d.month = (uint8_t)m;
        r.d.day = (uint8_t)d;
        r.end = e;
        if (d)
            weekday_and_time(sc, &r);
    }
    if (!date_ok(&r.d))
        return 0;
    date_postmod(sc, start, &r);
    emit_date(sc, start, &r);
    return r.end;
}

/* A duration unit after a number (か月, 週間, " months", "-month"). */
static const lex_entry *duration_unit(const scan *sc, const num *n, size_t *end)
{
    size_t e;
    const lex_entry *u = longest(sc, n->end, LEX_UNIT, 0, 0, &e);
    if (u && u->a != 'H' && sc->s[n->end] >= 0x80) {
        *end = e;
        return u;
    }
    size_t q = skip_sp(sc, n->end);
    size_t q2;
    if (q == n->end && lit(sc, q, '-', &q2))
        q = q2;
    if (q > n->end && q < sc->len && sc->s[q] < 0x80) {
        u = longest(sc, q, LEX_UNIT, 0, 0, &e);
        if (u && u->a != 'H') {
            *end = e;
            return u;
        }
    }
    return NULL;
}

/* After a duration: 後 / 前 / later / earlier / ago.  Returns the entry
 * and its end, or NULL. */
static const lex_entry *direction(const scan *sc, size_t p, size_t *end)
{
    size_t e, e2;
    const lex_entry *d = longest(sc, p, LEX_DIR, 0, 0, &e);
    if (d) {
        /* 前半 / 後半 are modifiers, 前後 means "around". */
        if (longest(sc, p, LEX_MOD, POS_POST, APPLY_ANY, &e2) && e2 > e)
            return NULL;
        *end = e;
        return d;
    }
    size_t q = skip_sp(sc, p);
    if (q > p && q < sc->len && sc->s[q] < 0x80) {
        d = longest(sc, q, LEX_DIR, 0, 0, &e);
        if (d) {
            *end = e;
            return d;
        }
    }
    return NULL;
}

/* Emit a duration of y years m months w weeks d days from start to p,
 * reading a bound (以上) and a direction (後, 前, later, ago) after it; the
 * direction wins over any bound for the mod. */
static size_t finish_duration(scan *sc, size_t start, size_t p, int y, int m,
                              int w, int d, const char *premod)
{
    size_t e;
    const char *mod = premod;
    const lex_entry *bound = longest(sc, p, LEX_MOD, POS_POST, APPLY_QTY, &e);
    if (bound && sc->s[p] >= 0x80) {
        mod = pstr(sc, bound->s1);
        p = e;
    }
    const lex_entry *dir = direction(sc, p, &e);
    if (dir) {
        mod = pstr(sc, dir->s1);
        p = e;
    }
    emit_duration(sc, start, p, y, m, w, d, mod);
    return p;
}

/* ---- the grammar after a number ------------------------------------------ */

static size_t after_number(scan *sc, size_t start, const num *n,
                           const char *premod);

/* At i a number begins: parse it and what follows.  Returns the end of
 * what was consumed (at least the number), or 0 when nothing starts. */
static size_t numeric(scan *sc, size_t i, const char *premod, size_t start)
{
    num n;
    if (!parse_num(sc, i, &n))
        return 0;
    if (!n.ok)
        return n.end;
    return after_number(sc, start, &n, premod);
}

static size_t ja_year_forms(scan *sc, size_t start, const num *n, int iv,
                            size_t p, const char *premod)
{
    size_t q, q2;
    /* 2021年度 */
    if (lit(sc, p, CP_DO, &q)) {
        int y = year_of(sc, n, iv);
        if (!y)
            return 0;
        dres r = {{(int16_t)y, 0, 0, 1}, q, premod};
        date_postmod(sc, start, &r);
        emit_date(sc, start, &r);
        return r.end;
    }
    /* 20年目 (the twentieth year of a service), 3年目: an ordinal, no
     * year and no span of time. */
    if (lit(sc, p, CP_ME, &q))
        return q;
    /* 3年間, 2年半, 1年2か月 */
    if (lit(sc, p, CP_KAN, &q))
        return finish_duration(sc, start, q, iv, 0, 0, 0, premod);
    if (lit(sc, p, CP_HAN, &q) && !lit(sc, q, CP_TSUKI, &q2))
        return finish_duration(sc, start, q, iv, 6, 0, 0, premod);
    num m;
    size_t ue;
    if (parse_num(sc, p, &m) && small_int(&m) > 0) {
        const lex_entry *u = duration_unit(sc, &m, &ue);
        if (u && u->a == 'M')
            return finish_duration(sc, start, ue, iv, small_int(&m), 0, 0,
                                   premod);
    }
    /* 3年前, 10年後: a duration with a direction. */
    size_t de;
    const lex_entry *dir = direction(sc, p, &de);
    if (dir &&
        (n->digits == 1 || (n->kanji && iv < 10) || dir->a == 0 || premod))
        return finish_duration(sc, start, p, iv, 0, 0, 0, premod);
    /* 約10年: an approximate count of years, not a year; so is 10年近く,
     * 10年以上(前), 10年余り: a bound for quantities only after a
     * two-digit year (17年前後 may still be around 2017). */
    size_t be;
    const lex_entry *bound =
        p < sc->len && sc->s[p] >= 0x80
            ? longest(sc, p, LEX_MOD, POS_POST, APPLY_QTY, &be)
            : NULL;
    if (n->digits <= 2 && !n->kanji &&
        (premod || (bound && bound->b == APPLY_QTY)))
        return finish_duration(sc, start, p, iv, 0, 0, 0, premod);
    int y = year_of(sc, n, iv);
    if (!y) {
        if (n->digits == 1 || (n->kanji && iv < 10))
            return finish_duration(sc, start, p, iv, 0, 0, 0, premod);
        return 0;
    }
    return finish_ja(sc, start, y, p, premod);
}

/* English: "6 February 2020", "6 Feb". */
static size_t en_day_month(scan *sc, size_t start, int day, size_t p,
                           const char *premod)
{
    size_t q = skip_sp(sc, p), e;
    if (q == p)
        return 0;
    const lex_entry *mo = longest(sc, q, LEX_MONTH, 0, 0, &e);
    if (!mo)
        return 0;
    dres r = {{0, (uint8_t)mo->a, (uint8_t)day, 0}, e, premod};
    size_t q2 = skip_sp(sc, e);
    int y;
    size_t ye;
    if (q2 > e && digits_at(sc, q2, 4, &y, &ye) == 4) {
        r.d.year = (int16_t)y;
        r.end = ye;
    } else {
        r.d.year = (int16_t)ctx_year(sc);
    }
    if (!date_ok(&r.d))
        return 0;
    emit_date(sc, start, &r);
    return r.end;
}

static size_t slash_dash_forms(scan *sc, size_t start, const num *n, int iv,
                               uint32_t sep, size_t p, const char *premod)
{
    int a, b;
    size_t ae, be;
    int w;
    cp_at(sc, p, &w);
    size_t q = p + (size_t)w; /* after the separator (maybe full-width) */
    int ka = digits_at(sc, q, 2, &a, &ae);
    if (ka == 0)
        return 0;
    int o;
    uint32_t c2 = cp_at(sc, ae, &o);
    dres r = {{0, 0, 0, 0}, ae, premod};
    if (n->digits == 4 && iv >= 1000 && iv <= 2999) {
        /* 2020/2/6, 2020-02-06, 2020-02 */
        if (a < 1 || a > 12)
            return 0;
        r.d.year = (int16_t)iv;
        r.d.month = (uint8_t)a;
        if (c2 == sep) {
            int kb = digits_at(sc, ae + (size_t)o, 2, &b, &be);
            if (kb == 0)
                return 0;
            r.d.day = (uint8_t)b;
            r.end = be;
        } else if (sep == '-' && ka != 2) {
            return 0;
        }
    } else if (sep == '/' && n->digits >= 1 && n->digits <= 2 && iv >= 1 &&
               iv <= 12 && c2 != '/' && !is_digit(c2) && c2 != '.') {
        /* 2/6: month/day (1/50 is a ratio: day out of range) */
        if (a < 1 || a > 31)
            return 0;
        r.d.month = (uint8_t)iv;
        r.d.day = (uint8_t)a;
        r.d.year = (int16_t)ctx_year(sc);
    } else {
        return 0;
    }
    uint32_t after = cp_at(sc, r.end, &o);
    int o2;
    if (after == '.' && !is_digit(cp_at(sc, r.end + (size_t)o, &o2)))
        after = ' '; /* a full stop */
    if (is_digit(after) || after == sep || after == '.' ||
        (after < 0x80 && mt_ex_is_alnum(after)))
        return 0;
    if (!date_ok(&r.d))
        return 0;
    if (r.d.day)
        weekday_and_time(sc, &r);
    date_postmod(sc, start, &r);
    emit_date(sc, start, &r);
    return r.end;
}

static size_t after_number(scan *sc, size_t start, const num *n,
                           const char *premod)
{
    size_t p = n->end, q;
    int iv = small_int(n);
    int w;
    uint32_t c = cp_at(sc, p, &w);

    if (iv >= 0 && c == CP_NEN) {
        size_t e = ja_year_forms(sc, start, n, iv, p + (size_t)w, premod);
        if (e)
            return e;
    }
    if (iv >= 1 && iv <= 12 && c == CP_TSUKI) {
        /* 8月, 8月6日: the year comes from the context */
        dres r = {{0, (uint8_t)iv, 0, 0}, p + (size_t)w, premod};
        num dn;
        size_t q2, q3;
        if (parse_num(sc, r.end, &dn) && small_int(&dn) >= 1 &&
            small_int(&dn) <= 31 && lit(sc, dn.end, CP_HI, &q2) &&
            !lit(sc, q2, CP_KAN, &q3)) {
            r.d.day = (uint8_t)small_int(&dn);
            r.end = q2;
        } else {
            int rd;
            if (day_opens_range(sc, r.end, &rd, &q2)) {
                r.d.day = (uint8_t)rd;
                r.end = q2;
            }
        }
        r.d.year = (int16_t)ctx_year(sc);
        if (!date_ok(&r.d))
            return r.end;
        if (r.d.day)
            weekday_and_time(sc, &r);
        date_postmod(sc, start, &r);
        emit_date(sc, start, &r);
        return r.end;
    }
    if (iv >= 1 && iv <= 31 && c == CP_HI) {
        size_t e = p + (size_t)w;
        if (lit(sc, e, CP_KAN, &q))
            return finish_duration(sc, start, q, 0, 0, 0, iv, premod);
        size_t de;
        const lex_entry *dir = direction(sc, e, &de);
        if (dir)
            return finish_duration(sc, start, e, 0, 0, 0, iv, premod);
        /* 6日: a day of the month of the previous date or of the
         * reference date */
        dres r = {{0, 0, (uint8_t)iv, 0}, e, premod};
        if (sc->prev.month > 0) {
            r.d.year = sc->prev.year;
            r.d.month = sc->prev.month;
        } else if (sc->ref.month > 0) {
            r.d.year = sc->ref.year;
            r.d.month = sc->ref.month;
        } else {
            return e;
        }
        if (!date_ok(&r.d))
            return e;
        weekday_and_time(sc, &r);
        date_postmod(sc, start, &r);
        emit_date(sc, start, &r);
        return r.end;
    }
    /* Durations: 10か月, 3週間, 18 months, 18-month */
    size_t ue;
    const lex_entry *u = iv >= 0 ? duration_unit(sc, n, &ue) : NULL;
    if (u) {
        int y = 0, m = 0, wk = 0, d = 0;
        switch (u->a) {
        case 'Y':
            y = iv;
            break;
        case 'M':
            m = iv;
            break;
        case 'W':
            wk = iv;
            break;
        default:
            d = iv;
            break;
        }
        return finish_duration(sc, start, ue, y, m, wk, d, premod);
    }
    /* Quantities: 250件, 1,234名, 27,445 files, 1.2 million records */
    size_t ce;
    const lex_entry *cnt = longest(sc, p, LEX_COUNTER, 0, 0, &ce);
    num nn = *n;
    if (!cnt || sc->s[p] < 0x80) {
        cnt = NULL;
        en_scale(sc, &nn);
        size_t q2 = skip_sp(sc, nn.end);
        if (q2 > nn.end && q2 < sc->len && sc->s[q2] < 0x80) {
            cnt = longest(sc, q2, LEX_COUNTER, 0, 0, &ce);
            if (cnt) {
                int o;
                uint32_t cc = cp_at(sc, q2, &o);
                if (is_upper(cc) && !is_upper(cp_at(sc, q2 + 1, &o)))
                    cnt = NULL; /* "2016 Files" is a title, not a count */
            }
        }
    }
    if (cnt && nn.ok) {
        /* a bound after the counter: 250件以上, "or more" */
        size_t qend = ce, e2;
        const char *qmod = premod;
        const lex_entry *pm =
            longest(sc, ce, LEX_MOD, POS_POST, APPLY_QTY, &e2);
        if (!pm) {
            size_t q2 = skip_sp(sc, ce);
            if (q2 > ce)
                pm = longest(sc, q2, LEX_MOD, POS_POST, APPLY_QTY, &e2);
            if (pm && sc->s[q2] >= 0x80)
                pm = NULL;
        }
        if (pm) {
            qmod = pstr(sc, pm->s1);
            qend = e2;
        }
        emit_quantity(sc, start, qend, nn.v, pstr(sc, cnt->s1), qmod);
        return qend;
    }
    if (n->word)
        return n->end;
    if (c == '/' || c == '-') {
        size_t e = slash_dash_forms(sc, start, n, iv, c, p, premod);
        if (e)
            return e;
        return run_end(sc, p, "/-");
    }
    /* English day first: "6 February 2020" */
    if (iv >= 1 && iv <= 31 && n->digits <= 2) {
        size_t e = en_day_month(sc, start, iv, p, premod);
        if (e)
            return e;
    }
    /* A bare year in English text: "in 2016", "late 2022", 2016~17年 */
    if (n->digits == 4 && iv >= 1900 && iv <= 2099) {
        size_t ps;
        uint32_t before = cp_before(sc, n->end - 4, &ps);
        (void)ps;
        bool ctx_ok =
            (before == 0 || before < 0x80) && before != '$' && before != '#';
        bool after_ok = c == 0 || c == '~' || (c < 0x80 && !mt_ex_is_alnum(c));
        if (c == '.' || c == ',') {
            int o;
            uint32_t c2 = cp_at(sc, p + 1, &o);
            after_ok = !is_digit(c2);
        }
        if (ctx_ok && after_ok) {
            dres r = {{(int16_t)iv, 0, 0, 0}, p, premod};
            date_postmod(sc, start, &r);
            emit_date(sc, start, &r);
            return r.end;
        }
    }
    return n->end;
}

/* ---- dates introduced by words ------------------------------------------- */

/* "February", "Feb. 6, 2020", "February 2020", "August 6". */
static size_t month_name_date(scan *sc, size_t start, const lex_entry *mo,
                              size_t e, const char *premod)
{
    dres r = {{0, (uint8_t)mo->a, 0, 0}, e, premod};
    size_t q = skip_sp(sc, e);
    int d, y;
    size_t de, ye;
    bool have_year = false;
    if (q > e && digits_at(sc, q, 4, &y, &ye) == 4 && y >= 1000) {
        r.d.year = (int16_t)y;
        r.end = ye;
        have_year = true;
    } else if (q > e && digits_at(sc, q, 2, &d, &de) > 0 && d >= 1 && d <= 31) {
        r.d.day = (uint8_t)d;
        r.end = de;
        /* 1st, 2nd, 3rd, 6th */
        if (de + 2 <= sc->len && (memcmp(sc->s + de, "st", 2) == 0 ||
                                  memcmp(sc->s + de, "nd", 2) == 0 ||
                                  memcmp(sc->s + de, "rd", 2) == 0 ||
                                  memcmp(sc->s + de, "th", 2) == 0))
            r.end = de + 2;
        size_t p = r.end, c1;
        if (lit(sc, p, ',', &c1))
            p = c1;
        size_t q2 = skip_sp(sc, p);
        if (q2 > p && digits_at(sc, q2, 4, &y, &ye) == 4 && y >= 1000) {
            r.d.year = (int16_t)y;
            r.end = ye;
            have_year = true;
        }
    }
    /* "Jun Sato": an abbreviation without its period is a month only
     * before a day or a year (months.tsv, needs number). */
    if (mo->b && !have_year && !r.d.day)
        return 0;
    if (!have_year)
        r.d.year = (int16_t)ctx_year(sc);
    if (!date_ok(&r.d))
        return 0;
    date_postmod(sc, start, &r);
    emit_date(sc, start, &r);
    return r.end;
}

/* 令和元年5月1日, 平成31年 */
static size_t era_date(scan *sc, size_t start, const lex_entry *er, size_t e,
                       const char *premod)
{
    const era *ea = &sc->ex->eras[er->a];
    size_t q;
    int ny;
    num n;
    if (lit(sc, e, CP_GAN, &q)) {
        ny = 1;
    } else if (parse_num(sc, e, &n) && small_int(&n) >= 1 &&
               small_int(&n) <= 99) {
        ny = small_int(&n);
        q = n.end;
    } else {
        return 0;
    }
    size_t q2;
    if (!lit(sc, q, CP_NEN, &q2))
        return 0;
    int y = ea->year + ny - 1;
    size_t q3;
    if (lit(sc, q2, CP_DO, &q3)) {
        dres r = {{(int16_t)y, 0, 0, 1}, q3, premod};
        date_postmod(sc, start, &r);
        emit_date(sc, start, &r);
        return r.end;
    }
    return finish_ja(sc, start, y, q2, premod);
}

/* R2, H31, R2.5.1, FY2022, FY22, Q1 2021 at an upper-case letter. */
static size_t letter_date(scan *sc, size_t i, const char *premod, size_t start)
{
    int n;
    uint32_t c = cp_at(sc, i, &n);
    size_t p = i + (size_t)n;
    int v;
    size_t e;
    if (c == 'F') {
        size_t q;
        if (!lit(sc, p, 'Y', &q))
            return 0;
        size_t q2 = skip_sp(sc, q);
        int k = digits_at(sc, q2, 4, &v, &e);
        if (k != 2 && k != 4)
            return 0;
        int o;
        if (mt_ex_is_alnum(cp_at(sc, e, &o)))
            return 0;
        int y = k == 4 ? v : resolve_two_digit(sc, v);
        dres r = {{(int16_t)y, 0, 0, 1}, e, premod};
        emit_date(sc, start, &r);
        return r.end;
    }
    if (c == 'Q') {
        if (digits_at(sc, p, 1, &v, &e) != 1 || v < 1 || v > 4)
            return 0;
        size_t q = skip_sp(sc, e);
        int y;
        size_t ye;
        if (q == e || digits_at(sc, q, 4, &y, &ye) != 4)
            return 0;
        dres r = {{(int16_t)y, 0, 0, 0}, ye, premod};
        emit_date(sc, start, &r);
        /* A quarter is written 2021-Q1 (mt_date has no quarters). */
        if (sc->out->n && !sc->out->nomem) {
            char qv[16];
            snprintf(qv, sizeof qv, "%04d-Q%d", y, v);
            sc->out->v[sc->out->n - 1].value = tstr(sc->out, qv, strlen(qv));
        }
        return r.end;
    }
    for (int k = 0; k < sc->ex->neras; k++) {
        if (sc->ex->eras[k].letter != (char)c)
            continue;
        int kd = digits_at(sc, p, 2, &v, &e);
        if (kd == 0 || v < 1)
            return 0;
        int y = sc->ex->eras[k].year + v - 1;
        int o;
        uint32_t nc = cp_at(sc, e, &o);
        size_t q;
        if (nc == CP_NEN) {
            return finish_ja(sc, start, y, e + (size_t)o, premod);
        }
        if (nc == '.' || nc == '/') {
            int m, d;
            size_t me, de;
            if (digits_at(sc, e + 1, 2, &m, &me) > 0 && lit(sc, me, nc, &q) &&
                digits_at(sc, q, 2, &d, &de) > 0) {
                dres r = {{(int16_t)y, (uint8_t)m, (uint8_t)d, 0}, de, premod};
                if (!date_ok(&r.d) || !m)
                    return 0;
                emit_date(sc, start, &r);
                return r.end;
            }
            return 0;
        }
        if (nc < 0x80 && mt_ex_is_alnum(nc))
            return 0;
        dres r = {{(int16_t)y, 0, 0, 0}, e, premod};
        emit_date(sc, start, &r);
        return r.end;
    }
    return 0;
}

/* 昨年3月, 同年10月, 同月中旬, 翌22日, last March, the next day */
static size_t relative_date(scan *sc, size_t start, const lex_entry *rel,
                            size_t e, const char *premod)
{
    mt_date base = rel->a == ANCHOR_REF ? sc->ref : sc->prev;
    bool known = rel->a == ANCHOR_REF ? sc->ref.year > 0 : sc->prev.year > 0;
    dres r = {{0, 0, 0, 0}, e, premod};
    switch (rel->b) {
    case RU_YEAR:
    case RU_FYEAR:
        if (known)
            r.d.year = (int16_t)(base.year + rel->c);
        r.d.fiscal = rel->b == RU_FYEAR;
        if (rel->b == RU_YEAR)
            return finish_ja(sc, start, r.d.year, e, premod);
        break;
    case RU_MONTH:
        if (known && base.month) {
            r.d.year = base.year;
            r.d.month = base.month;
            add_months(&r.d, rel->c);
        } else if (!known && base.month && rel->c == 0 &&
                   rel->a == ANCHOR_PREV) {
            /* 同月 after 6月8日 in a text without a year: XXXX-06. */
            r.d.month = base.month;
        } else {
            return 0;
        }
        {
            num dn;
            size_t q;
            if (parse_num(sc, e, &dn) && small_int(&dn) >= 1 &&
                small_int(&dn) <= 31 && lit(sc, dn.end, CP_HI, &q)) {
                r.d.day = (uint8_t)small_int(&dn);
                r.end = q;
            }
        }
        break;
    case RU_DAY:
        if (known && base.day) {
            r.d = base;
            r.d.fiscal = 0;
            add_days(&r.d, rel->c);
        } else if (!known && base.month && base.day && rel->a == ANCHOR_PREV &&
                   (int)base.day + rel->c >= 1 &&
                   (int)base.day + rel->c <= 28) {
            /* 同日, 翌日 after 6月8日 in a text without a year: the day
             * within the month (28: every month has it, any year). */
            r.d = base;
            r.d.fiscal = 0;
            r.d.day = (uint8_t)(base.day + rel->c);
        } else {
            return 0;
        }
        break;
    case RU_MONTHNAME: {
        size_t q = skip_sp(sc, e), me;
        if (q == e || sc->ref.year == 0 || sc->ref.month == 0)
            return 0;
        const lex_entry *mo = longest(sc, q, LEX_MONTH, 0, 0, &me);
        if (!mo)
            return 0;
        r.d.month = (uint8_t)mo->a;
        r.d.year =
            (int16_t)(mo->a < sc->ref.month ? sc->ref.year : sc->ref.year - 1);
        r.end = me;
        break;
    }
    case RU_DAYOF: {
        num dn;
        size_t q;
        int mm, md;
        if (known && ja_month_day(sc, e, &mm, &md, &q)) {
            /* 翌11月1日: the next such date after the anchor */
            r.d.year = base.year;
            r.d.month = (uint8_t)mm;
            r.d.day = (uint8_t)md;
            if (rel->c > 0 &&
                (mm < base.month ||
                 (mm == base.month && base.day && md && md <= base.day)))
                r.d.year++;
            r.end = q;
            break;
        }
        if (!known || !base.month || !parse_num(sc, e, &dn) ||
            small_int(&dn) < 1 || small_int(&dn) > 31 ||
            !lit(sc, dn.end, CP_HI, &q))
            return 0;
        int d = small_int(&dn);
        r.d.year = base.year;
        r.d.month = base.month;
        if (rel->c > 0 && base.day && d <= base.day)
            add_months(&r.d, 1);
        r.d.day = (uint8_t)d;
        r.end = q;
        break;
    }
    case RU_WEEKDAY: {
        /* "said Thursday", 「木曜日」: the latest such day on or before
         * the publication date. */
        if (sc->ref.year == 0 || !sc->ref.month || !sc->ref.day)
            return 0;
        int32_t days =
            mt_date_days_from_civil(sc->ref.year, sc->ref.month, sc->ref.day);
        int32_t wd = ((days % 7) + 11) % 7; /* 1970-01-01 was a Thursday */
        int32_t back = (wd - rel->c + 7) % 7;
        int y, m, d;
        mt_date_civil_from_days(days - back, &y, &m, &d);
        r.d.year = (int16_t)y;
        r.d.month = (uint8_t)m;
        r.d.day = (uint8_t)d;
        break;
    }
    default:
        return 0;
    }
    if (!date_ok(&r.d))
        return 0;
    if (r.d.day && rel->b != RU_WEEKDAY)
        weekday_and_time(sc, &r);
    date_postmod(sc, start, &r);
    emit_date(sc, start, &r);
    return r.end;
}

/* ---- organisations ---------------------------------------------------- */

static bool name_char_ja(uint32_t c)
{
    return is_kanji(c) || is_katakana(c) || mt_ex_is_alnum(c) || c == '&';
}

/* An org span over text[start..end): its value is the canonical name
 * when known (borrowed from the lexicon pool), else the text itself. */
static void emit_org(scan *sc, size_t start, size_t end, const char *canon)
{
    span_rec *sp = mt_ex_push(sc->out, MT_SPAN_ORG, start, end);
    if (!sp)
        return;
    if (canon)
        sp->value = cstr(sc->out, canon);
    else
        sp->value = tstr(sc->out, (const char *)sc->s + start, end - start);
    sc->last_end = end;
}

/* Canonical name of text[a..b) when it is a known alias, else NULL. */
static const char *known_org(const scan *sc, size_t a, size_t b)
{
    lex_hit hits[LEX_MAX_HITS];
    *sc->work += sc->ex->maxdepth;
    int c = mt_ex_lex_match(sc->ex, sc->s, sc->len, a, hits);
    for (int h = 0; h < c; h++)
        if (hits[h].end == b) {
            const lex_entry *le =
                mt_ex_entry(sc->ex, sc->s, sc->len, a, &hits[h], LEX_ORG);
            if (le)
                return pstr(sc, le->s1);
        }
    return NULL;
}

/* The last span, when it is an org ending exactly at i. */
static span_rec *org_ending_at(scan *sc, size_t i)
{
    span_list *l = sc->out;
    if (l->n && l->v[l->n - 1].kind == MT_SPAN_ORG && l->v[l->n - 1].end == i)
        return &l->v[l->n - 1];
    return NULL;
}

static size_t legal_form(scan *sc, size_t i, const lex_entry *lf, size_t e)
{
    if (lf->a == POS_PRE) {
        /* 株式会社X: the name follows, after a space at most (「株式会社
         * i.JTB」); a full stop between letters is the name's ("i.JTB",
         * "DMM.com"). */
        size_t p = e;
        int k = 0;
        if (p < sc->len && sc->s[p] == ' ')
            p++;
        size_t from = p;
        while (p < sc->len && k < ORG_NAME_MAX_JA) {
            int n;
            uint32_t c = cp_at(sc, p, &n);
            if (c == '.' && k > 0 && p + 1 < sc->len &&
                mt_ex_is_alnum(sc->s[p - 1]) && mt_ex_is_alnum(sc->s[p + 1])) {
                p++;
                k++;
                continue;
            }
            if (!name_char_ja(c))
                break;
            p += (size_t)n;
            k++;
        }
        if (k == 0)
            return 0;
        e = from;
        /* the name alone (株式会社[パスコ]) or with the form */
        const char *canon = known_org(sc, e, p);
        emit_org(sc, i, p, canon ? canon : known_org(sc, i, p));
        return p;
    }
    span_rec *prev = org_ending_at(sc, i);
    if (!prev && lf->b == SCRIPT_ENINST && i > 0 && sc->s[i - 1] == ' ')
        prev = org_ending_at(sc, i - 1);
    if (prev && lf->b == SCRIPT_ENINST) {
        /* "Kojima Industries": a name of its own, as written. */
        prev->end = e;
        prev->value =
            tstr(sc->out, (const char *)sc->s + prev->start, e - prev->start);
        sc->last_end = e;
        return e;
    }
    if (prev && lf->b != SCRIPT_JAGOV) {
        prev->end = e; /* パスコ株式会社: extend the known name */
        sc->last_end = e;
        return e;
    }
    size_t b = i;
    int k = 0;
    if (lf->b == SCRIPT_EN || lf->b == SCRIPT_ENINST) {
        /* "Acme Widgets, Inc.": capitalised words before the form */
        size_t p = i;
        if (p > 0 && sc->s[p - 1] == ' ')
            p--;
        if (p > 0 && sc->s[p - 1] == ',' && p - 1 >= sc->last_end)
            p--;
        /* An institutional ending takes two words at most: headlines
         * capitalise every word ("Ransomware Gang Say Japan Hospital");
         * more only right after a lower-case "the" (running text: "the
         * Nagoya Harbor Transportation Association said"). */
        size_t two = i; /* where the name starts when cut to two words */
        while (k < ORG_NAME_MAX_EN_WORDS && p > sc->last_end) {
            size_t ws = p;
            while (ws > sc->last_end && sc->s[ws - 1] < 0x80 &&
                   (mt_ex_is_alnum(sc->s[ws - 1]) || sc->s[ws - 1] == '&' ||
                    sc->s[ws - 1] == '-'))
                ws--;
            if (ws == p || !is_upper(sc->s[ws]))
                break;
            b = ws;
            k++;
            if (k <= 2)
                two = ws;
            if (ws == 0 || sc->s[ws - 1] != ' ' || ws - 1 < sc->last_end)
                break;
            p = ws - 1;
        }
        if (k == 0)
            return 0;
        if (lf->b == SCRIPT_ENINST && k > 2 &&
            !(b >= 4 && memcmp(sc->s + b - 4, "the ", 4) == 0 &&
              (b == 4 || !mt_ex_is_alnum(sc->s[b - 5])))) {
            b = two;
            k = 2;
        }
        /* "NTT Business Solutions Corp.": a known name, then capitalised
         * words and the form, is one name (a unit of its own), not the
         * known one beside "Business Solutions Corp.". */
        span_rec *known = b > 0 && sc->s[b - 1] == ' ' && lf->b == SCRIPT_EN
                              ? org_ending_at(sc, b - 1)
                              : NULL;
        if (known && is_upper(sc->s[known->start]) &&
            k < ORG_NAME_MAX_EN_WORDS) {
            const char *canon = known_org(sc, known->start, e);
            known->end = e;
            known->value =
                canon ? cstr(sc->out, canon)
                      : tstr(sc->out, (const char *)sc->s + known->start,
                             e - known->start);
            sc->last_end = e;
            return e;
        }
    } else {
        int maxk =
            lf->b == SCRIPT_JAGOV ? ORG_NAME_MAX_JAGOV : ORG_NAME_MAX_JA_SUFFIX;
        size_t p = i;
        while (k < maxk && p > sc->last_end) {
            size_t ps;
            uint32_t c = cp_before(sc, p, &ps);
            if (ps < sc->last_end)
                break;
            if (lf->b == SCRIPT_JAGOV ? !is_kanji(c) : !name_char_ja(c))
                break;
            p = ps;
            k++;
        }
        b = p;
        if (lf->b == SCRIPT_JAGOV) {
            /* 反省, 省略, 庁舎: a ministry has a name of two or more kanji
             * and ends the word */
            int n;
            uint32_t nc = cp_at(sc, e, &n);
            if (k < 2 || is_kanji(nc))
                return 0;
        } else if (k == 0) {
            return 0;
        }
    }
    /* the name with the form (Kobe Steel Ltd.) or alone */
    const char *canon = known_org(sc, b, e);
    emit_org(sc, b, e, canon ? canon : known_org(sc, b, i));
    return e;
}

/* "$200", "$4.5 million": a quantity with unit "$" */
static size_t dollars(scan *sc, size_t i, const char *premod, size_t start)
{
    num n;
    if (i + 1 >= sc->len || !is_digit(sc->s[i + 1]) ||
        !parse_num(sc, i + 1, &n) || !n.ok || n.kanji)
        return 0;
    en_scale(sc, &n);
    emit_quantity(sc, start, n.end, n.v, "$", premod);
    return n.end;
}

/* A name of one or two kanji (東レ, 学情) found inside a longer run of
 * kanji (本学情報), or a katakana name inside a longer katakana word
 * (ウィル in ウィルス), is a piece of another word, not the name. */
static bool inside_kanji_word(scan *sc, size_t a, size_t b)
{
    size_t k = 0, p = a;
    bool kanji = true, kana = true;
    while (p < b) {
        int n;
        uint32_t c = cp_at(sc, p, &n);
        kanji = kanji && is_kanji(c);
        kana = kana && is_katakana(c);
        p += (size_t)n;
        k++;
    }
    int n;
    size_t ps;
    if (kanji && k <= 2)
        return (b < sc->len && is_kanji(cp_at(sc, b, &n))) ||
               (a > 0 && is_kanji(cp_before(sc, a, &ps)));
    /* ・ separates words (トヨタ・日産): it continues none. */
    if (kana) {
        uint32_t next = b < sc->len ? cp_at(sc, b, &n) : 0;
        uint32_t prev = a > 0 ? cp_before(sc, a, &ps) : 0;
        return (is_katakana(next) && next != 0x30FB) ||
               (is_katakana(prev) && prev != 0x30FB);
    }
    return false;
}

/* A known Latin name at [a, b) run on into a katakana word (NTTコミュニ
 * ケーションズ, DMMビットコイン: a unit or a company named after it): the
 * end of that word; 0 when the name stands alone (NTTの, NTT・KDDI) or the
 * word says only what kind (KADOKAWAグループ). */
static size_t latin_run_on(scan *sc, size_t a, size_t b)
{
    for (size_t q = a; q < b; q++)
        if (!mt_ex_is_alnum(sc->s[q]) && sc->s[q] != '.')
            return 0;
    size_t p = b;
    int k = 0;
    while (p < sc->len && k < ORG_NAME_MAX_JA) {
        int n;
        uint32_t c = cp_at(sc, p, &n);
        if (!is_katakana(c) || c == 0x30FB || (k == 0 && c == 0x30FC))
            break;
        p += (size_t)n;
        k++;
    }
    if (k < 2)
        return 0;
    /* 「KADOKAWAグループ」: a word that says what kind, not which
     * (data/org_generic.tsv), leaves the name the group's own. */
    for (size_t g = 0; g < sc->ex->norg_generic; g++) {
        const char *w = sc->ex->pool + sc->ex->org_generic[g];
        if (strlen(w) == p - b && memcmp(w, sc->s + b, p - b) == 0)
            return 0;
    }
    return p;
}

/* ---- the lexicon step --------------------------------------------------- */

/* Try the date/quantity grammar at q (after a premodifier). */
static size_t temporal_at(scan *sc, size_t q, const char *premod, size_t start);

/* Lexicon entries at i, where an ASCII alphanumeric run with hash wh
 * ends at we (i if there is none). */
static size_t lexical(scan *sc, size_t i, size_t we, uint32_t wh)
{
    lex_hit hits[LEX_MAX_HITS];
    *sc->work += sc->ex->maxdepth;
    int nh = mt_ex_lex_match_run(sc->ex, sc->s, sc->len, i, we, wh, hits);
    if (nh == 0)
        return 0;
    const lex_entry *best[LEX_NCLASSES] = {0};
    size_t bend[LEX_NCLASSES] = {0};
    const lex_entry *premod = NULL;
    size_t premod_end = 0;
    for (int h = 0; h < nh; h++) {
        for (int32_t e = hits[h].entry; e >= 0; e = sc->ex->entries[e].next) {
            const lex_entry *le = &sc->ex->entries[e];
            if (!mt_ex_entry_ok(sc->ex, sc->s, sc->len, i, hits[h].end, le))
                continue;
            if (le->cls == LEX_MOD) {
                if (le->a == POS_PRE) {
                    premod = le;
                    premod_end = hits[h].end;
                }
                continue;
            }
            best[le->cls] = le;
            bend[le->cls] = hits[h].end;
        }
    }
    size_t e;
    /* The nouns and phrases that are longer than any temporal reading
     * win ("may have" over "May", 毎日新聞 over 毎日). */
    size_t lexmax = bend[LEX_ORG];
    if (bend[LEX_EVENT] > lexmax)
        lexmax = bend[LEX_EVENT];
    if (bend[LEX_HEDGE] > lexmax)
        lexmax = bend[LEX_HEDGE];
    if (best[LEX_TRAP] && bend[LEX_TRAP] >= lexmax)
        return bend[LEX_TRAP];
    if (best[LEX_REL] && bend[LEX_REL] >= lexmax &&
        (e = relative_date(sc, i, best[LEX_REL], bend[LEX_REL], NULL)))
        return e;
    if (best[LEX_ERA] && bend[LEX_ERA] >= lexmax &&
        (e = era_date(sc, i, best[LEX_ERA], bend[LEX_ERA], NULL)))
        return e;
    if (best[LEX_MONTH] && bend[LEX_MONTH] >= lexmax &&
        (e = month_name_date(sc, i, best[LEX_MONTH], bend[LEX_MONTH], NULL)))
        return e;
    if (premod && premod_end >= lexmax) {
        size_t q = skip_sp(sc, premod_end);
        e = temporal_at(sc, q, pstr(sc, premod->s1), i);
        if (e)
            return e;
    }
    if (best[LEX_NUMWORD] && best[LEX_NUMWORD]->a == NUM_WORD &&
        bend[LEX_NUMWORD] >= lexmax) {
        e = temporal_at(sc, i, NULL, i);
        if (e)
            return e;
    }
    if (best[LEX_UNIT] && best[LEX_UNIT]->a == 'H' && bend[LEX_UNIT] >= lexmax)
        return finish_duration(sc, i, bend[LEX_UNIT], 0, 6, 0, 0, NULL);
    size_t end = 0;
    if (best[LEX_LEGAL] && bend[LEX_LEGAL] >= bend[LEX_ORG]) {
        /* A form may be both (株式会社X, X株式会社): the name before it
         * is tried first. */
        for (int h = nh - 1; h >= 0; h--) {
            if (hits[h].end != bend[LEX_LEGAL])
                continue;
            for (int pass = POS_POST; pass >= POS_PRE; pass--)
                for (int32_t k = hits[h].entry; k >= 0;
                     k = sc->ex->entries[k].next) {
                    const lex_entry *le = &sc->ex->entries[k];
                    if (le->cls == LEX_LEGAL && le->a == pass &&
                        (e = legal_form(sc, i, le, bend[LEX_LEGAL])))
                        return e;
                }
        }
    }
    size_t run_on = best[LEX_ORG] ? latin_run_on(sc, i, bend[LEX_ORG]) : 0;
    if (run_on && !known_org(sc, i, run_on)) {
        /* the whole word, a name of its own as written */
        emit_org(sc, i, run_on, NULL);
        return run_on;
    }
    if (best[LEX_ORG] && !inside_kanji_word(sc, i, bend[LEX_ORG])) {
        emit_org(sc, i, bend[LEX_ORG], pstr(sc, best[LEX_ORG]->s1));
        end = bend[LEX_ORG];
    }
    if (best[LEX_EVENT] && bend[LEX_EVENT] > end) {
        span_rec *sp = mt_ex_push(sc->out, MT_SPAN_EVENT, i, bend[LEX_EVENT]);
        if (sp) {
            const char *k = pstr(sc, best[LEX_EVENT]->key);
            sp->value = cstr(sc->out, k);
            sp->type = cstr(sc->out, pstr(sc, best[LEX_EVENT]->s1));
        }
        if (bend[LEX_EVENT] > end)
            end = bend[LEX_EVENT];
        sc->last_end = end;
    }
    if (best[LEX_HEDGE] && bend[LEX_HEDGE] > bend[LEX_ORG]) {
        span_rec *sp = mt_ex_push(sc->out, MT_SPAN_HEDGE, i, bend[LEX_HEDGE]);
        if (sp)
            sp->value = cstr(sc->out, pstr(sc, best[LEX_HEDGE]->s1));
        if (bend[LEX_HEDGE] > end)
            end = bend[LEX_HEDGE];
        sc->last_end = end;
    }
    return end;
}

static size_t temporal_at(scan *sc, size_t q, const char *premod, size_t start)
{
    if (q >= sc->len)
        return 0;
    /* 最大約35万件: "about" between a bound and its number.  The bound
     * is kept (it says more); one step only, so a run cannot recurse. */
    size_t inner;
    const lex_entry *im;
    if (premod &&
        (strcmp(premod, "at_most") == 0 || strcmp(premod, "at_least") == 0) &&
        (im = longest(sc, q, LEX_MOD, POS_PRE, APPLY_QTY, &inner)) && im->s1 &&
        strcmp(pstr(sc, im->s1), "approx") == 0)
        q = skip_sp(sc, inner);
    if (q >= sc->len)
        return 0;
    int n;
    uint32_t c = cp_at(sc, q, &n);
    size_t before = sc->out->n;
    size_t e = 0;
    if (c == '$') {
        e = dollars(sc, q, premod, start);
    } else if (is_digit(c) || knum_of(sc->ex, c)) {
        num nu;
        if (parse_num(sc, q, &nu) && nu.ok) {
            if (sc->s[q] < 0x80)
                en_scale(sc, &nu);
            e = after_number(sc, start, &nu, premod);
        }
    } else if (is_upper(c) && (e = letter_date(sc, q, premod, start))) {
        /* done */
    } else {
        size_t le;
        const lex_entry *x;
        if ((x = longest(sc, q, LEX_MONTH, 0, 0, &le)))
            e = month_name_date(sc, start, x, le, premod);
        else if ((x = longest(sc, q, LEX_REL, 0, 0, &le)))
            e = relative_date(sc, start, x, le, premod);
        else if ((x = longest(sc, q, LEX_ERA, 0, 0, &le)))
            e = era_date(sc, start, x, le, premod);
        else if ((x = longest(sc, q, LEX_NUMWORD, 0, 0, &le)) &&
                 x->a == NUM_WORD) {
            num nu;
            if (parse_en_words(sc, q, &nu))
                e = after_number(sc, start, &nu, premod);
        } else if ((x = longest(sc, q, LEX_UNIT, 0, 0, &le)) && x->a == 'H')
            e = finish_duration(sc, start, le, 0, 6, 0, 0, premod);
    }
    if (sc->out->n == before)
        return 0;
    /* The span the modifier introduced: start there, take its mod. */
    span_rec *sp = &sc->out->v[before];
    if (premod && strcmp(premod, "fiscal") == 0) {
        if (sp->kind != MT_SPAN_DATE || !sp->date.year)
            return e;
        sp->date.fiscal = 1;
        sp->date.month = 0;
        sp->date.day = 0;
        sp->mod = 0;
    }
    return e;
}

/* ---- the pass ----------------------------------------------------------- */

/* May a key that the scanner looks for on its own start with the
 * character c at i (n bytes) and the one after it? */
static inline bool pair_may_start(const scan *sc, size_t i, uint32_t c, int n)
{
    const mt_extractor *ex = sc->ex;
    if (c >= 0x10000 || ((ex->first_single[c >> 3] >> (c & 7)) & 1))
        return true;
    if (i + (size_t)n >= sc->len)
        return false;
    int n2;
    unsigned h =
        mt_ex_pair(c, mt_ex_decode(sc->s, sc->len, i + (size_t)n, &n2));
    return (ex->first_pair[h >> 3] >> (h & 7)) & 1;
}

static void scan_text(scan *sc)
{
    const unsigned char *s = sc->s;
    const uint8_t *skip = sc->ex->skip_byte;
    size_t i = 0;
    while (i < sc->len) {
        unsigned char b = s[i];
        /* ASCII that starts nothing: skip fast. */
        if (skip[b]) {
            i++;
            continue;
        }
        if (b == '$') {
            size_t ps;
            uint32_t pc = cp_before(sc, i, &ps);
            size_t e =
                pc < 0x80 && mt_ex_is_alnum(pc) ? 0 : dollars(sc, i, NULL, i);
            i = e > i ? e : i + 1;
            continue;
        }
        int n;
        uint32_t c = mt_ex_decode(s, sc->len, i, &n);
        if (c >= 0x80 && c < 0x10000 &&
            !((sc->ex->busy_cp[c >> 3] >> (c & 7)) & 1)) {
            /* most kanji and kana: nothing starts here */
            i += (size_t)n;
            continue;
        }
        size_t e = 0;
        if (is_digit(c)) {
            size_t ps;
            uint32_t pc = cp_before(sc, i, &ps);
            bool glued = pc < 0x80 && pc &&
                         (mt_ex_is_alnum(pc) || pc == '.' || pc == ',' ||
                          pc == '/' || pc == '-' || pc == '$' || pc == ':');
            /* A colon glues only between digits (10:30, 1:50); after a
             * label (公開日：2020年2月6日, Updated: ...) a number starts. */
            if (glued && pc == ':') {
                size_t ps2;
                glued = is_digit(cp_before(sc, ps, &ps2));
            }
            if (glued)
                e = run_end(sc, i, ".,/-:");
            else
                e = numeric(sc, i, NULL, i);
        } else if (is_upper(c) && i + 1 < sc->len &&
                   (is_digit(s[i + 1]) || (c == 'F' && s[i + 1] == 'Y'))) {
            /* R2, H31, FY2022, Q1 2021 */
            size_t ps;
            uint32_t pc = cp_before(sc, i, &ps);
            if (!(pc < 0x80 && mt_ex_is_alnum(pc)))
                e = letter_date(sc, i, NULL, i);
        }
        /* The ASCII word at i (we == i: none), hashed once for the
         * filter and the trie walk. */
        size_t we = i;
        uint32_t wh = 0;
        if (!e && b < 0x80 && mt_ex_is_alnum(b) && !is_digit(b)) {
            /* an English word: no walk unless some key begins with it */
            wh = mt_ex_run_hash(sc->ex, s, sc->len, i, &we);
            unsigned bit = mt_ex_word_bit(wh);
            if (!((sc->ex->first_word[bit >> 3] >> (bit & 7)) & 1)) {
                i = we;
                continue;
            }
        }
        if (!e && (b < 0x80 ? mt_ex_may_start_ascii(sc->ex, s, sc->len, i)
                            : mt_ex_may_start(sc->ex, c) &&
                                  pair_may_start(sc, i, c, n))) {
            if (we == i && b < 0x80)
                wh = mt_ex_run_hash(sc->ex, s, sc->len, i, &we);
            e = lexical(sc, i, we, wh);
        }
        if (!e && knum_of(sc->ex, c))
            e = numeric(sc, i, NULL, i);
        if (e > i) {
            i = e;
            continue;
        }
        if (we > i) {
            /* rest of an ASCII word: no key starts inside a word */
            i = we;
            continue;
        }
        if (b < 0x80 && mt_ex_is_alnum(b)) {
            while (i < sc->len && s[i] < 0x80 && mt_ex_is_alnum(s[i]))
                i++;
            continue;
        }
        i += (size_t)n;
    }
}

/* ---- finishing ---------------------------------------------------------- */

static int span_cmp(const void *pa, const void *pb)
{
    const span_rec *a = pa, *b = pb;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    if (a->end != b->end)
        return a->end < b->end ? -1 : 1;
    return (int)a->kind - (int)b->kind;
}

static char *put_num(char *p, int v, int width)
{
    for (int k = width - 1; k >= 0; k--) {
        p[k] = (char)('0' + v % 10);
        v /= 10;
    }
    return p + width;
}

/* mt_date_format without printf (one call per date span). */
static size_t format_date(const mt_date *d, char *buf)
{
    char *p = buf;
    if (d->fiscal) {
        *p++ = 'F';
        *p++ = 'Y';
        p = put_num(p, d->year, 4);
    } else {
        if (d->year > 0 && d->year <= 9999) {
            p = put_num(p, d->year, 4);
        } else {
            memcpy(p, "XXXX", 4);
            p += 4;
        }
        if (d->month) {
            *p++ = '-';
            p = put_num(p, d->month, 2);
            if (d->day) {
                *p++ = '-';
                p = put_num(p, d->day, 2);
            }
        }
    }
    *p = '\0';
    return (size_t)(p - buf);
}

static mt_status finish(span_list *l, mt_spans **out)
{
    /* Date values are formatted last: a premodifier may have changed
     * them (fiscal 2022). */
    for (size_t i = 0; i < l->n; i++) {
        if (l->v[i].kind == MT_SPAN_DATE && !l->v[i].value) {
            char buf[MT_DATE_TEXT_MAX];
            size_t n = format_date(&l->v[i].date, buf);
            l->v[i].value = tstr(l, buf, n);
        }
    }
    if (l->nomem)
        return MT_ERR_NOMEM;
    /* The scanner emits in order almost always; sort only when not. */
    bool sorted = true;
    for (size_t i = 1; i < l->n && sorted; i++)
        sorted = span_cmp(&l->v[i - 1], &l->v[i]) <= 0;
    if (!sorted)
        qsort(l->v, l->n, sizeof *l->v, span_cmp);
    mt_spans *r = calloc(1, sizeof *r);
    if (!r)
        return MT_ERR_NOMEM;
    /* every field of every span is set below */
    if (l->n > SIZE_MAX / sizeof *r->v) {
        free(r);
        return MT_ERR_NOMEM;
    }
    r->v = malloc((l->n ? l->n : 1) * sizeof *r->v);
    if (!r->v) {
        free(r);
        return MT_ERR_NOMEM;
    }
    r->pool = l->pool;
    l->pool = NULL;
    static const char empty[] = "";
    for (size_t i = 0; i < l->n; i++) {
        const span_rec *s = &l->v[i];
        mt_span *d = &r->v[r->n++];
        d->kind = (mt_span_kind)s->kind;
        d->start = s->start;
        d->end = s->end;
        d->value = s->value ? r->pool + s->value : empty;
        d->mod = s->mod ? r->pool + s->mod : NULL;
        d->unit = s->unit ? r->pool + s->unit : NULL;
        d->type = s->type ? r->pool + s->type : NULL;
        d->reading = s->reading ? r->pool + s->reading : NULL;
        d->date = s->date;
        d->number = s->number;
    }
    *out = r;
    return MT_OK;
}

/* ---- public API --------------------------------------------------------- */

const char *mt_span_kind_str(mt_span_kind kind)
{
    switch (kind) {
    case MT_SPAN_DATE:
        return "date";
    case MT_SPAN_DURATION:
        return "duration";
    case MT_SPAN_QUANTITY:
        return "quantity";
    case MT_SPAN_ORG:
        return "org";
    case MT_SPAN_EVENT:
        return "event";
    case MT_SPAN_HEDGE:
        return "hedge";
    case MT_SPAN_SENTENCE:
        return "sentence";
    }
    return "?";
}

size_t mt_spans_count(const mt_spans *spans)
{
    return spans ? spans->n : 0;
}

const mt_span *mt_spans_get(const mt_spans *spans, size_t i)
{
    return spans && i < spans->n ? &spans->v[i] : NULL;
}

void mt_spans_free(mt_spans *spans)
{
    if (!spans)
        return;
    free(spans->v);
    free(spans->pool);
    free(spans);
}

mt_status mt_extractor_new(mt_extractor **out, const char *data_dir,
                           mt_error *err)
{
    if (!out)
        return mt_error_set(err, MT_ERR_ARG, "no output pointer");
    *out = NULL;
    mt_extractor *ex = calloc(1, sizeof *ex);
    if (!ex)
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    if (pthread_mutex_init(&ex->mecab_lock, NULL) != 0) {
        free(ex);
        return mt_error_set(err, MT_ERR_INTERNAL, "cannot create a mutex");
    }
    mt_status st = mt_ex_lex_load(ex, data_dir, err);
    if (st != MT_OK) {
        mt_extractor_free(ex);
        return st;
    }
    *out = ex;
    return MT_OK;
}

void mt_extractor_free(mt_extractor *ex)
{
    if (!ex)
        return;
    mt_ex_mecab_free(ex);
    pthread_mutex_destroy(&ex->mecab_lock);
    free(ex->node_edge);
    free(ex->node_nedge);
    free(ex->node_entry);
    free(ex->edge_byte);
    free(ex->edge_to);
    free(ex->node_dense);
    free(ex->dense);
    free(ex->words);
    free(ex->word_runs);
    free(ex->entries);
    free(ex->org_forms);
    free(ex->org_generic);
    free(ex->org_heads);
    free(ex->org_products);
    free(ex->seat_places);
    free(ex->seat_heads);
    free(ex->pool);
    free(ex);
}

static mt_lang guess_lang(const unsigned char *s, size_t len)
{
    size_t ja = 0, en = 0;
    size_t lim = len < LANG_SAMPLE ? len : LANG_SAMPLE;
    for (size_t i = 0; i < lim; i++) {
        if (s[i] >= 0xE3 && s[i] <= 0xE9)
            ja++;
        else if ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')
            en++;
    }
    return ja * LANG_JA_RATIO >= en ? MT_LANG_JA : MT_LANG_EN;
}

static mt_status extract(const mt_extractor *ex, const char *text, size_t len,
                         const mt_extract_options *opts, mt_spans **out,
                         mt_error *err, size_t *opts_work)
{
    mt_extract_options def = MT_EXTRACT_OPTIONS_INIT;
    if (!out)
        return mt_error_set(err, MT_ERR_ARG, "no output pointer");
    *out = NULL;
    if (!opts)
        opts = &def;
    if (!ex || (!text && len > 0))
        return mt_error_set(err, MT_ERR_ARG, "no extractor or no text");
    if (opts->version != MT_EXTRACT_OPTIONS_VERSION)
        return mt_error_set(err, MT_ERR_ARG,
                            "unknown extract options version %u",
                            opts->version);
    if (opts->ref_date.year && !mt_date_valid(&opts->ref_date))
        return mt_error_set(err, MT_ERR_ARG, "invalid reference date");
    span_list l;
    memset(&l, 0, sizeof l);
    scan sc;
    memset(&sc, 0, sizeof sc);
    size_t work = 0;
    sc.work = opts_work ? opts_work : &work;
    hitcache hc;
    memset(&hc, 0, sizeof hc);
    for (unsigned k = 0; k < HITCACHE; k++)
        hc.pos[k] = SIZE_MAX;
    sc.hc = &hc;
    sc.ex = ex;
    sc.s = (const unsigned char *)(text ? text : "");
    sc.len = len;
    sc.ref = opts->ref_date;
    sc.ref.fiscal = 0;
    sc.lang = opts->lang != MT_LANG_AUTO ? opts->lang : guess_lang(sc.s, len);
    sc.out = &l;
    scan_text(&sc);
    mt_status st = MT_OK;
    if (opts->flags & MT_EXTRACT_MECAB)
        st = mt_ex_mecab_orgs((mt_extractor *)ex, text, len, &l, err);
    if (st == MT_OK && (opts->flags & MT_EXTRACT_SENTENCES))
        mt_ex_sentences(ex, sc.s, len, &l);
    if (st == MT_OK) {
        st = finish(&l, out);
        if (st != MT_OK)
            mt_error_set(err, st, "out of memory");
    }
    free(l.v);
    free(l.pool);
    return st;
}

mt_status mt_extract(const mt_extractor *ex, const char *text, size_t len,
                     const mt_extract_options *opts, mt_spans **out,
                     mt_error *err)
{
    return extract(ex, text, len, opts, out, err, NULL);
}

mt_status mt_ex_work(const mt_extractor *ex, const char *text, size_t len,
                     size_t *work)
{
    mt_spans *sp = NULL;
    *work = 0;
    mt_status st = extract(ex, text, len, NULL, &sp, NULL, work);
    mt_spans_free(sp);
    return st;
}

mt_status mt_extract_sentences(const mt_extractor *ex, const char *text,
                               size_t len, mt_lang lang, mt_spans **out,
                               mt_error *err)
{
    (void)lang;
    if (!out)
        return mt_error_set(err, MT_ERR_ARG, "no output pointer");
    *out = NULL;
    if (!ex || (!text && len > 0))
        return mt_error_set(err, MT_ERR_ARG, "no extractor or no text");
    span_list l;
    memset(&l, 0, sizeof l);
    mt_ex_sentences(ex, (const unsigned char *)(text ? text : ""), len, &l);
    mt_status st = finish(&l, out);
    free(l.v);
    free(l.pool);
    if (st != MT_OK)
        return mt_error_set(err, st, "out of memory");
    return MT_OK;
}
