/*
 * Numbers as written: ASCII, full-width and kanji digits, 万/億/兆,
 * thousands separators, decimals, English number words and scales.  A
 * num records how it was written so that the grammar can tell a year
 * from a count (scan.h).
 */
#include "extract/scan.h"

#include <math.h>

/* ---- numbers ------------------------------------------------------------ */

/*
 * Japanese typeset with a space on each side of a number (「森永製菓は 17
 * 日、」, 「2022 年 3 月」: the style of some news sites and blogs).  One
 * ASCII space after 年 or 月 and before digits, and one after digits and
 * before a kanji, belongs to the number, so that the grammar after it
 * reads 17日 and 3月.  Only in Japanese: the character before the number
 * (or before the space that opens it) is not ASCII, or is the "-" that
 * marks an item of a list at the start of a line.
 */
static bool spaced_after_unit(const scan *sc, size_t i)
{
    if (i == 0 || i + 1 >= sc->len || sc->s[i] != ' ' ||
        !mt_ex_is_digit(sc->s[i + 1]))
        return false;
    size_t b;
    uint32_t c = mt_ex_cp_before(sc, i, &b);
    return c == CP_NEN || c == CP_TSUKI;
}

static bool spaced_before_unit(const scan *sc, size_t from, size_t end)
{
    if (end + 1 >= sc->len || sc->s[end] != ' ')
        return false;
    int n;
    if (!mt_ex_is_kanji(mt_ex_cp_at(sc, end + 1, &n)))
        return false;
    size_t b = from;
    if (b > 0 && sc->s[b - 1] == ' ')
        b--;
    /* Or a list's mark opens the line (「- 6 月 5 日(月)対策本部設置」: a
     * notice's steps), when no kanji runs on after the unit (「- 10 日本
     * 語版」 is no day). */
    if (b > 0 && sc->s[b - 1] == '-' && (b == 1 || sc->s[b - 2] == '\n')) {
        size_t after = end + 1 + (size_t)n; /* past the unit's kanji */
        return after >= sc->len || !mt_ex_is_kanji(mt_ex_cp_at(sc, after, &n));
    }
    return b == 0 || sc->s[b - 1] >= 0x80;
}

/* A number at i: ASCII/full-width digits (with thousands commas and a
 * decimal part) and kanji numerals, positional (二十八) or digit by digit
 * (二〇二〇), with 万 億 兆 groups (2万7445, 1億2500万, 7万8千). */
bool mt_ex_parse_num(const scan *sc, size_t i, num *out)
{
    memset(out, 0, sizeof *out);
    double total = 0, section = 0, pending = -1;
    bool pending_kanji = false;
    int kdigits = 0;
    size_t from = i;
    if (spaced_after_unit(sc, i))
        i++;
    size_t p = i;
    out->ok = true;
    while (p < sc->len) {
        int n;
        uint32_t c = mt_ex_cp_at(sc, p, &n);
        if (mt_ex_is_digit(c)) {
            if (pending >= 0)
                break;
            double v = 0;
            int d = 0;
            size_t q = p;
            while (q < sc->len) {
                int m;
                uint32_t cc = mt_ex_cp_at(sc, q, &m);
                if (mt_ex_is_digit(cc)) {
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
                    int k = mt_ex_digits_at(sc, q2, 3, &gv, &ge);
                    if (k == 3) {
                        int o;
                        if (ge < sc->len &&
                            mt_ex_is_digit(mt_ex_cp_at(sc, ge, &o)))
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
            uint32_t cc = mt_ex_cp_at(sc, p, &m);
            if (cc == '.' && d > 0) {
                size_t f0 = p + (size_t)m;
                int fk = 0;
                size_t fq = f0;
                double frac = 0, scale = 1;
                while (fq < sc->len) {
                    int o;
                    uint32_t fc = mt_ex_cp_at(sc, fq, &o);
                    if (!mt_ex_is_digit(fc))
                        break;
                    frac = frac * 10 + (fc - '0');
                    scale *= 10;
                    fk++;
                    fq += (size_t)o;
                }
                if (fk > 0) {
                    int o;
                    uint32_t nc = mt_ex_cp_at(sc, fq, &o);
                    /* 2.4.1 and 192.168.0.1 are versions and addresses. */
                    if (nc == '.' && fq + 1 < sc->len &&
                        mt_ex_is_digit(mt_ex_cp_at(sc, fq + (size_t)o, &o))) {
                        out->ok = false;
                        out->end = mt_ex_run_end(sc, fq, ".");
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
        const knum *k = mt_ex_knum_of(sc->ex, c);
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
    *sc->work += p - from;
    if (p == i)
        return false;
    out->v = total + section + (pending >= 0 ? pending : 0);
    out->end = p;
    if (out->kanji)
        out->digits = 0;
    else if (spaced_before_unit(sc, from, p))
        out->end = p + 1;
    return true;
}

/* Integer value of a plain number (no decimals, commas or 万), else -1. */
int mt_ex_small_int(const num *n)
{
    if (!n->ok || n->decimal || n->comma || n->big || n->v > 99999 ||
        n->v != floor(n->v))
        return -1;
    return (int)n->v;
}

/* English: "1.2 million", "27,445", "two", "twenty-five", "ten". */
bool mt_ex_parse_en_words(const scan *sc, size_t i, num *out)
{
    memset(out, 0, sizeof *out);
    size_t e;
    const lex_entry *w = mt_ex_longest(sc, i, LEX_NUMWORD, 0, 0, &e);
    if (!w || w->a != NUM_WORD)
        return false;
    double v = (double)w->num;
    size_t p = e;
    size_t q;
    /* twenty-five */
    if (w->num >= 20 && mt_ex_lit(sc, p, '-', &q)) {
        size_t e2;
        const lex_entry *w2 = mt_ex_longest(sc, q, LEX_NUMWORD, 0, 0, &e2);
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
void mt_ex_en_scale(const scan *sc, num *n)
{
    size_t q = mt_ex_skip_sp(sc, n->end);
    if (q == n->end)
        return;
    size_t e;
    const lex_entry *w = mt_ex_longest(sc, q, LEX_NUMWORD, 0, 0, &e);
    if (w && w->a == NUM_SCALE) {
        n->v *= (double)w->num;
        n->end = e;
        n->big = true;
    }
}
