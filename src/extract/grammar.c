/*
 * The grammar after a number (年月日 forms, slashes and dashes, English
 * day-month forms, counters and units) and the dates introduced by words
 * (month names, eras, letters, relative words).  Each form consumes what
 * it recognises and returns where it ended, 0 when nothing starts
 * (scan.h).
 */
#include "extract/scan.h"

#include "core/internal.h"

#include <stdio.h>

/* ---- the grammar after a number ------------------------------------------ */

static size_t slash_dash_forms(scan *sc, size_t start, const num *n, int iv,
                               uint32_t sep, size_t p, const char *premod);

/* 2020.06.10: a day written with dots, as the update stamps of Japanese
 * pages and references write it (「日経クロステック2020.06.10」); the
 * number reader takes it for a version, so it is read here first.  Year,
 * month and day all written, nothing numeric after them, no English word
 * before them. */
static size_t dot_date(scan *sc, size_t i, const char *premod, size_t start)
{
    int y, m;
    size_t ye, me, ps;
    /* The digits first: this runs before every number. */
    if (mt_ex_digits_at(sc, i, 4, &y, &ye) != 4 || y < 1900 || y > 2099 ||
        ye >= sc->len || sc->s[ye] != '.' ||
        mt_ex_digits_at(sc, ye + 1, 2, &m, &me) == 0 || me >= sc->len ||
        sc->s[me] != '.')
        return 0;
    /* After a lower-case English word ("version 2020.06.10", "build
     * 2020.06.10") it is a version; after a name ("ITmedia 2024.05.15")
     * or Japanese, a day (the dotted day is the Japanese pages' form). */
    uint32_t before = mt_ex_cp_before(sc, i, &ps);
    if (before == ' ') {
        size_t w = ps;
        while (w > 0 && sc->s[w - 1] >= 'a' && sc->s[w - 1] <= 'z')
            w--;
        if (w < ps &&
            (w == 0 || !(sc->s[w - 1] < 0x80 && mt_ex_is_alnum(sc->s[w - 1]))))
            return 0;
    }
    num n = {.v = y, .end = ye, .digits = 4, .ok = true};
    return slash_dash_forms(sc, start, &n, y, '.', ye, premod);
}

/* At i a number begins: parse it and what follows.  Returns the end of
 * what was consumed (at least the number), or 0 when nothing starts. */
size_t mt_ex_numeric(scan *sc, size_t i, const char *premod, size_t start)
{
    size_t de = dot_date(sc, i, premod, start);
    if (de)
        return de;
    num n;
    if (!mt_ex_parse_num(sc, i, &n))
        return 0;
    if (!n.ok)
        return n.end;
    return mt_ex_after_number(sc, start, &n, premod);
}

/* The day [start, e) frames a statement: 「は」 right before it and 、
 * (or a comma) right after it, as in 「警察庁は24日、…と発表した」; a
 * note in parentheses may stand between (「24日(日本時間)、」). */
static bool frame_day(const scan *sc, size_t start, size_t e)
{
    static const unsigned char wa[] = {0xe3, 0x81, 0xaf},
                               ten[] = {0xe3, 0x80, 0x81};
    e = mt_paren_end((const char *)sc->s, sc->len, e, 40);
    return start >= 3 && memcmp(sc->s + start - 3, wa, 3) == 0 &&
           ((e + 3 <= sc->len && memcmp(sc->s + e, ten, 3) == 0) ||
            (e < sc->len && sc->s[e] == ','));
}

static size_t ja_year_forms(scan *sc, size_t start, const num *n, int iv,
                            size_t p, const char *premod)
{
    size_t q, q2;
    /* 2021年度 */
    if (mt_ex_lit(sc, p, CP_DO, &q)) {
        int y = mt_ex_year_of(sc, n, iv);
        if (!y)
            return 0;
        dres r = {{(int16_t)y, 0, 0, 1}, q, premod, 0};
        mt_ex_date_postmod(sc, start, &r);
        mt_ex_emit_date(sc, start, &r);
        return r.end;
    }
    /* 20年目 (the twentieth year of a service), 3年目: an ordinal, no
     * year and no span of time. */
    if (mt_ex_lit(sc, p, CP_ME, &q))
        return q;
    /* 3年間, 2年半, 1年2か月 */
    if (mt_ex_lit(sc, p, CP_KAN, &q))
        return mt_ex_finish_duration(sc, start, q, iv, 0, 0, 0, premod);
    if (mt_ex_lit(sc, p, CP_HAN, &q) && !mt_ex_lit(sc, q, CP_TSUKI, &q2))
        return mt_ex_finish_duration(sc, start, q, iv, 6, 0, 0, premod);
    num m;
    size_t ue;
    if (mt_ex_parse_num(sc, p, &m) && mt_ex_small_int(&m) > 0) {
        const lex_entry *u = mt_ex_duration_unit(sc, &m, &ue);
        if (u && u->a == 'M')
            return mt_ex_finish_duration(sc, start, ue, iv, mt_ex_small_int(&m),
                                         0, 0, premod);
    }
    /* 3年前, 10年後: a duration with a direction. */
    size_t de;
    const lex_entry *dir = mt_ex_direction(sc, p, &de);
    if (dir &&
        (n->digits == 1 || (n->kanji && iv < 10) || dir->a == 0 || premod))
        return mt_ex_finish_duration(sc, start, p, iv, 0, 0, 0, premod);
    /* 約10年: an approximate count of years, not a year; so is 10年近く,
     * 10年以上(前), 10年余り: a bound for quantities only after a
     * two-digit year (17年前後 may still be around 2017). */
    size_t be;
    const lex_entry *bound =
        p < sc->len && sc->s[p] >= 0x80
            ? mt_ex_longest(sc, p, LEX_MOD, POS_POST, APPLY_QTY, &be)
            : NULL;
    if (n->digits <= 2 && !n->kanji &&
        (premod || (bound && bound->b == APPLY_QTY)))
        return mt_ex_finish_duration(sc, start, p, iv, 0, 0, 0, premod);
    int y = mt_ex_year_of(sc, n, iv);
    if (!y) {
        if (n->digits == 1 || (n->kanji && iv < 10))
            return mt_ex_finish_duration(sc, start, p, iv, 0, 0, 0, premod);
        return 0;
    }
    return mt_ex_finish_ja(sc, start, y, p, premod);
}

/* English: "6 February 2020", "26 Dec, 2024", "6 Feb". */
static size_t en_day_month(scan *sc, size_t start, int day, size_t p,
                           const char *premod)
{
    size_t q = mt_ex_skip_sp(sc, p), e;
    if (q == p)
        return 0;
    const lex_entry *mo = mt_ex_longest(sc, q, LEX_MONTH, 0, 0, &e);
    if (!mo)
        return 0;
    dres r = {{0, (uint8_t)mo->a, (uint8_t)day, 0}, e, premod, 0};
    int w;
    size_t after = mt_ex_cp_at(sc, e, &w) == ',' ? e + (size_t)w : e;
    size_t q2 = mt_ex_skip_sp(sc, after);
    if (q2 == after)
        q2 = e; /* "6 Feb,2020" is no date with its year */
    int y;
    size_t ye;
    if (q2 > e && mt_ex_digits_at(sc, q2, 4, &y, &ye) == 4) {
        r.d.year = (int16_t)y;
        r.end = ye;
    } else {
        r.d.year = (int16_t)mt_ex_ctx_year(sc, r.d.month, r.d.day);
    }
    if (!mt_ex_date_ok(&r.d))
        return 0;
    mt_ex_emit_date(sc, start, &r);
    return r.end;
}

static size_t slash_dash_forms(scan *sc, size_t start, const num *n, int iv,
                               uint32_t sep, size_t p, const char *premod)
{
    int a, b;
    size_t ae, be;
    int w;
    mt_ex_cp_at(sc, p, &w);
    size_t q = p + (size_t)w; /* after the separator (maybe full-width) */
    int ka = mt_ex_digits_at(sc, q, 2, &a, &ae);
    if (ka == 0)
        return 0;
    int o;
    uint32_t c2 = mt_ex_cp_at(sc, ae, &o);
    dres r = {{0, 0, 0, 0}, ae, premod, 0};
    if (n->digits == 4 && iv >= 1000 && iv <= 2999) {
        /* 2020/2/6, 2020-02-06, 2020-02 */
        if (a < 1 || a > 12)
            return 0;
        r.d.year = (int16_t)iv;
        r.d.month = (uint8_t)a;
        if (c2 == sep) {
            int kb = mt_ex_digits_at(sc, ae + (size_t)o, 2, &b, &be);
            if (kb == 0)
                return 0;
            r.d.day = (uint8_t)b;
            r.end = be;
        } else if (sep == '-' && ka != 2) {
            return 0;
        }
    } else if (sep == '/' && n->digits >= 1 && n->digits <= 2 && iv >= 1 &&
               iv <= 12 && c2 != '/' && !mt_ex_is_digit(c2) && c2 != '.') {
        /* 2/6: month/day (1/50 is a ratio: day out of range) */
        if (a < 1 || a > 31)
            return 0;
        r.d.month = (uint8_t)iv;
        r.d.day = (uint8_t)a;
        r.d.year = (int16_t)mt_ex_ctx_year(sc, r.d.month, r.d.day);
    } else {
        return 0;
    }
    uint32_t after = mt_ex_cp_at(sc, r.end, &o);
    int o2;
    if (after == '.' &&
        !mt_ex_is_digit(mt_ex_cp_at(sc, r.end + (size_t)o, &o2)))
        after = ' '; /* a full stop */
    if (mt_ex_is_digit(after) || after == sep || after == '.' ||
        (after < 0x80 && mt_ex_is_alnum(after)))
        return 0;
    if (!mt_ex_date_ok(&r.d))
        return 0;
    if (r.d.day)
        mt_ex_weekday_and_time(sc, &r);
    mt_ex_date_postmod(sc, start, &r);
    mt_ex_emit_date(sc, start, &r);
    return r.end;
}

/* The end of the hyphenated word at i ("English-speaking", "US-based":
 * letters, a hyphen, letters), else 0. */
static size_t hyphenated_word_end(const scan *sc, size_t i)
{
    size_t p = i;
    bool hyphen = false;
    while (p < sc->len && (mt_ex_is_alpha(sc->s[p]) ||
                           (sc->s[p] == '-' && p > i && p + 1 < sc->len &&
                            mt_ex_is_alpha(sc->s[p + 1])))) {
        hyphen = hyphen || sc->s[p] == '-';
        p++;
    }
    return hyphen ? p : 0;
}

size_t mt_ex_after_number(scan *sc, size_t start, const num *n,
                          const char *premod)
{
    size_t p = n->end, q;
    int iv = mt_ex_small_int(n);
    int w;
    uint32_t c = mt_ex_cp_at(sc, p, &w);

    if (iv >= 0 && c == CP_NEN) {
        size_t e = ja_year_forms(sc, start, n, iv, p + (size_t)w, premod);
        if (e)
            return e;
    }
    if (iv >= 1 && iv <= 12 && c == CP_TSUKI) {
        /* 8月, 8月6日: the year comes from the context */
        dres r = {{0, (uint8_t)iv, 0, 0}, p + (size_t)w, premod, 0};
        num dn;
        size_t q2, q3;
        if (mt_ex_parse_num(sc, r.end, &dn) && mt_ex_small_int(&dn) >= 1 &&
            mt_ex_small_int(&dn) <= 31 && mt_ex_lit(sc, dn.end, CP_HI, &q2) &&
            !mt_ex_lit(sc, q2, CP_KAN, &q3)) {
            r.d.day = (uint8_t)mt_ex_small_int(&dn);
            r.end = q2;
        } else {
            int rd;
            if (mt_ex_day_opens_range(sc, r.end, &rd, &q2)) {
                r.d.day = (uint8_t)rd;
                r.end = q2;
            }
        }
        r.d.year = (int16_t)mt_ex_ctx_year(sc, r.d.month, r.d.day);
        if (!mt_ex_date_ok(&r.d))
            return r.end;
        /* 「6月5日(月)」: the year where the 5th of June is a Monday, of
         * the one read and those on either side. */
        if (r.d.day)
            mt_date_fit_weekday(&r.d, mt_ex_weekday_and_time(sc, &r), true,
                                mt_date_ahead_limit(&sc->ref));
        mt_ex_date_postmod(sc, start, &r);
        mt_ex_emit_date(sc, start, &r);
        return r.end;
    }
    if (iv >= 1 && iv <= 31 && c == CP_HI) {
        size_t e = p + (size_t)w;
        if (mt_ex_lit(sc, e, CP_KAN, &q))
            return mt_ex_finish_duration(sc, start, q, 0, 0, 0, iv, premod);
        size_t de;
        const lex_entry *dir = mt_ex_direction(sc, e, &de);
        if (dir)
            return mt_ex_finish_duration(sc, start, e, 0, 0, 0, iv, premod);
        /* 6日: a day of the month of the previous date or of the
         * reference date.  A day that frames a statement (「Xは24日、」)
         * after a month named alone (「5月、…した問題で、警察庁は24日、」)
         * is the news of the reference date's time, not a day of that
         * month: the month was background. */
        dres r = {{0, 0, (uint8_t)iv, 0}, e, premod, 0};
        scan own = *sc;
        if (sc->prev.month && !sc->prev.day && sc->ref.month &&
            frame_day(sc, start, e))
            own.prev = (mt_date){0, 0, 0, 0};
        if (!mt_ex_month_of_day(&own, iv, &r.d.year, &r.d.month))
            return e;
        if (!mt_ex_date_ok(&r.d))
            return e;
        mt_date_fit_weekday(&r.d, mt_ex_weekday_and_time(sc, &r), false,
                            mt_date_ahead_limit(&sc->ref));
        mt_ex_date_postmod(sc, start, &r);
        mt_ex_emit_date(sc, start, &r);
        return r.end;
    }
    /* Durations: 10か月, 3週間, 18 months, 18-month */
    size_t ue;
    const lex_entry *u = iv >= 0 ? mt_ex_duration_unit(sc, n, &ue) : NULL;
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
        return mt_ex_finish_duration(sc, start, ue, y, m, wk, d, premod);
    }
    /* Quantities: 250件, 1,234名, 27,445 files, 1.2 million records */
    size_t ce;
    const lex_entry *cnt = mt_ex_longest(sc, p, LEX_COUNTER, 0, 0, &ce);
    num nn = *n;
    /* An ASCII counter right after the digits only where it may be
     * glued (10TB); "3rd", "5G" and "2companies" are no counts. */
    if (!cnt || (sc->s[p] < 0x80 && !(cnt->flags & LF_GLUED))) {
        cnt = NULL;
        mt_ex_en_scale(sc, &nn);
        /* "68,000* of its customers": a footnote mark after the figure */
        size_t ne =
            nn.end < sc->len && sc->s[nn.end] == '*' ? nn.end + 1 : nn.end;
        size_t q2 = mt_ex_skip_sp(sc, ne);
        if (q2 > ne && q2 < sc->len && sc->s[q2] < 0x80) {
            cnt = mt_ex_longest(sc, q2, LEX_COUNTER, 0, 0, &ce);
            /* "68,000 English-speaking customers", "300 US-based
             * employees": one hyphenated word may stand between; not
             * after what reads as a year ("In 2016 US-based firms"). */
            bool year_like = nn.digits == 4 && !nn.comma && !nn.decimal &&
                             iv >= 1900 && iv <= 2099;
            size_t hw = year_like ? 0 : hyphenated_word_end(sc, q2), q3;
            if (!cnt && hw && (q3 = mt_ex_skip_sp(sc, hw)) > hw &&
                q3 < sc->len && sc->s[q3] < 0x80 &&
                (cnt = mt_ex_longest(sc, q3, LEX_COUNTER, 0, 0, &ce)))
                q2 = q3;
            if (cnt) {
                int o;
                uint32_t cc = mt_ex_cp_at(sc, q2, &o);
                if (mt_ex_is_upper(cc) &&
                    !mt_ex_is_upper(mt_ex_cp_at(sc, q2 + 1, &o)))
                    cnt = NULL; /* "2016 Files" is a title, not a count */
            }
        }
    }
    /* "5MB/s", "10 GB/month": a rate, no amount */
    if (cnt && ce + 1 < sc->len && sc->s[ce] == '/' &&
        mt_ex_is_alpha(sc->s[ce + 1]))
        cnt = NULL;
    if (cnt && nn.ok) {
        /* a bound after the counter: 250件以上, "or more" */
        size_t qend = ce, e2;
        const char *qmod = premod;
        const lex_entry *pm =
            mt_ex_longest(sc, ce, LEX_MOD, POS_POST, APPLY_QTY, &e2);
        if (!pm) {
            size_t q2 = mt_ex_skip_sp(sc, ce);
            if (q2 > ce)
                pm = mt_ex_longest(sc, q2, LEX_MOD, POS_POST, APPLY_QTY, &e2);
            if (pm && sc->s[q2] >= 0x80)
                pm = NULL;
        }
        if (pm) {
            qmod = mt_ex_pstr(sc, pm->s1);
            qend = e2;
        }
        mt_ex_emit_quantity(sc, start, qend, nn.v, mt_ex_pstr(sc, cnt->s1),
                            qmod);
        return qend;
    }
    if (n->word)
        return n->end;
    if (c == '/' || c == '-') {
        size_t e = slash_dash_forms(sc, start, n, iv, c, p, premod);
        if (e)
            return e;
        return mt_ex_run_end(sc, p, "/-");
    }
    /* English day first: "6 February 2020" */
    if (iv >= 1 && iv <= 31 && n->digits <= 2) {
        size_t e = en_day_month(sc, start, iv, p, premod);
        if (e)
            return e;
    }
    /* A bare year in English text: "in 2016", "late 2022", 2016~17年 */
    if (n->digits == 4 && iv >= 1900 && iv <= 2099) {
        /* a name with its year in it, "the 2020 Olympic Games"
         * (traps.tsv): the scanner takes digits here, not as words */
        size_t te;
        if (mt_ex_longest(sc, n->end - 4, LEX_TRAP, 0, 0, &te) &&
            !mt_ex_trap_year_dated(sc, te))
            return te;
        size_t ps;
        uint32_t before = mt_ex_cp_before(sc, n->end - 4, &ps);
        (void)ps;
        bool ctx_ok =
            (before == 0 || before < 0x80) && before != '$' && before != '#';
        bool after_ok = c == 0 || c == '~' || (c < 0x80 && !mt_ex_is_alnum(c));
        if (c == '.' || c == ',') {
            int o;
            uint32_t c2 = mt_ex_cp_at(sc, p + 1, &o);
            after_ok = !mt_ex_is_digit(c2);
        }
        if (ctx_ok && after_ok) {
            dres r = {{(int16_t)iv, 0, 0, 0}, p, premod, 0};
            mt_ex_date_postmod(sc, start, &r);
            mt_ex_emit_date(sc, start, &r);
            return r.end;
        }
    }
    return n->end;
}

/* ---- dates introduced by words ------------------------------------------- */

/* The English suffix of ordinal day d at i (1st, 2nd, 23rd, 11th,
 * 16th): its end, else 0.  The day must end the word: "5th-largest" is
 * no day. */
static size_t ordinal_suffix(const scan *sc, size_t i, int d)
{
    const char *sfx = d % 10 == 1 && d != 11   ? "st"
                      : d % 10 == 2 && d != 12 ? "nd"
                      : d % 10 == 3 && d != 13 ? "rd"
                                               : "th";
    if (i + 2 > sc->len || memcmp(sc->s + i, sfx, 2) != 0)
        return 0;
    int w;
    uint32_t c = mt_ex_cp_at(sc, i + 2, &w);
    return mt_ex_is_alnum(c) || c == '-' ? 0 : i + 2;
}

/* A year after a day or a month at at: ", 2019" or " 2019" (four
 * digits, 1000 on); its end with the year in *y, else 0. */
static size_t year_after(const scan *sc, size_t at, int *y)
{
    size_t c1, ye;
    if (mt_ex_lit(sc, at, ',', &c1))
        at = c1;
    size_t q = mt_ex_skip_sp(sc, at);
    return q > at && mt_ex_digits_at(sc, q, 4, y, &ye) == 4 && *y >= 1000 ? ye
                                                                          : 0;
}

/* "February", "Feb. 6, 2020", "February 2020", "August 6". */
size_t mt_ex_month_name_date(scan *sc, size_t start, const lex_entry *mo,
                             size_t e, const char *premod)
{
    dres r = {{0, (uint8_t)mo->a, 0, 0}, e, premod, 0};
    size_t q = mt_ex_skip_sp(sc, e);
    int d, y;
    size_t de, ye;
    bool have_year = false;
    if (q > e && mt_ex_digits_at(sc, q, 4, &y, &ye) == 4 && y >= 1000) {
        r.d.year = (int16_t)y;
        r.end = ye;
        have_year = true;
    } else if (q > e && mt_ex_digits_at(sc, q, 2, &d, &de) > 0 && d >= 1 &&
               d <= 31) {
        r.d.day = (uint8_t)d;
        /* 1st, 2nd, 3rd, 6th */
        size_t se = ordinal_suffix(sc, de, d);
        r.end = se ? se : de;
        if ((ye = year_after(sc, r.end, &y))) {
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
        r.d.year = (int16_t)mt_ex_ctx_year(sc, r.d.month, r.d.day);
    if (!mt_ex_date_ok(&r.d))
        return 0;
    mt_ex_date_postmod(sc, start, &r);
    mt_ex_emit_date(sc, start, &r);
    return r.end;
}

/* 令和元年5月1日, 平成31年 */
size_t mt_ex_era_date(scan *sc, size_t start, const lex_entry *er, size_t e,
                      const char *premod)
{
    const era *ea = &sc->ex->eras[er->a];
    size_t q;
    int ny;
    num n;
    if (mt_ex_lit(sc, e, CP_GAN, &q)) {
        ny = 1;
    } else if (mt_ex_parse_num(sc, e, &n) && mt_ex_small_int(&n) >= 1 &&
               mt_ex_small_int(&n) <= 99) {
        ny = mt_ex_small_int(&n);
        q = n.end;
    } else {
        return 0;
    }
    size_t q2;
    if (!mt_ex_lit(sc, q, CP_NEN, &q2))
        return 0;
    int y = ea->year + ny - 1;
    size_t q3;
    if (mt_ex_lit(sc, q2, CP_DO, &q3)) {
        dres r = {{(int16_t)y, 0, 0, 1}, q3, premod, 0};
        mt_ex_date_postmod(sc, start, &r);
        mt_ex_emit_date(sc, start, &r);
        return r.end;
    }
    return mt_ex_finish_ja(sc, start, y, q2, premod);
}

/* R2, H31, R2.5.1, FY2022, FY22, Q1 2021 at an upper-case letter. */
size_t mt_ex_letter_date(scan *sc, size_t i, const char *premod, size_t start)
{
    int n;
    uint32_t c = mt_ex_cp_at(sc, i, &n);
    size_t p = i + (size_t)n;
    int v;
    size_t e;
    if (c == 'F') {
        size_t q;
        if (!mt_ex_lit(sc, p, 'Y', &q))
            return 0;
        size_t q2 = mt_ex_skip_sp(sc, q);
        int k = mt_ex_digits_at(sc, q2, 4, &v, &e);
        if (k != 2 && k != 4)
            return 0;
        int o;
        if (mt_ex_is_alnum(mt_ex_cp_at(sc, e, &o)))
            return 0;
        int y = k == 4 ? v : mt_ex_resolve_two_digit(sc, v);
        dres r = {{(int16_t)y, 0, 0, 1}, e, premod, 0};
        mt_ex_emit_date(sc, start, &r);
        return r.end;
    }
    if (c == 'Q') {
        if (mt_ex_digits_at(sc, p, 1, &v, &e) != 1 || v < 1 || v > 4)
            return 0;
        size_t q = mt_ex_skip_sp(sc, e);
        int y;
        size_t ye;
        if (q == e || mt_ex_digits_at(sc, q, 4, &y, &ye) != 4)
            return 0;
        dres r = {{(int16_t)y, 0, 0, 0}, ye, premod, 0};
        mt_ex_emit_date(sc, start, &r);
        /* A quarter is written 2021-Q1 (mt_date has no quarters). */
        if (sc->out->n && !sc->out->nomem) {
            char qv[16];
            snprintf(qv, sizeof qv, "%04d-Q%d", y, v);
            sc->out->v[sc->out->n - 1].value =
                mt_ex_tstr(sc->out, qv, strlen(qv));
        }
        return r.end;
    }
    for (int k = 0; k < sc->ex->neras; k++) {
        if (sc->ex->eras[k].letter != (char)c)
            continue;
        int kd = mt_ex_digits_at(sc, p, 2, &v, &e);
        if (kd == 0 || v < 1)
            return 0;
        int y = sc->ex->eras[k].year + v - 1;
        int o;
        uint32_t nc = mt_ex_cp_at(sc, e, &o);
        size_t q;
        if (nc == CP_NEN) {
            return mt_ex_finish_ja(sc, start, y, e + (size_t)o, premod);
        }
        if (nc == '.' || nc == '/') {
            int m, d;
            size_t me, de;
            if (mt_ex_digits_at(sc, e + 1, 2, &m, &me) > 0 &&
                mt_ex_lit(sc, me, nc, &q) &&
                mt_ex_digits_at(sc, q, 2, &d, &de) > 0) {
                dres r = {
                    {(int16_t)y, (uint8_t)m, (uint8_t)d, 0}, de, premod, 0};
                if (!mt_ex_date_ok(&r.d) || !m)
                    return 0;
                mt_ex_emit_date(sc, start, &r);
                return r.end;
            }
            return 0;
        }
        if (nc < 0x80 && mt_ex_is_alnum(nc))
            return 0;
        /* A letter and a number alone (H31) is a year in Japanese text
         * only: among Latin words, or opening a Japanese noun, it is far
         * more often a name (Amazon S3, 「Apple M1チップ」, 「H2ロケッ
         * ト」).  So no Latin letter or digit before it and no katakana
         * or kanji after it (spaces aside), and a Japanese character or
         * a bracket, colon or wave dash (folded to ASCII) beside it:
         * 「H31のデータ」, 「作成日（H31）」, 「H31〜R2」. */
        size_t ps = start;
        uint32_t before = mt_ex_cp_before(sc, ps, &ps);
        while (before == ' ' && ps > 0) /* 「作成日　H31」: a folded space */
            before = mt_ex_cp_before(sc, ps, &ps);
        uint32_t after = mt_ex_cp_at(sc, mt_ex_skip_sp(sc, e), &o);
        bool ja_after = after >= 0x3000 && !mt_ex_is_katakana(after) &&
                        !mt_ex_is_kanji(after);
        if ((before < 0x80 && mt_ex_is_alnum(before)) ||
            (after >= 0x3000 && !ja_after) ||
            !(before >= 0x3000 || ja_after || before == '(' || before == ':' ||
              before == '~' || after == ')' || after == '~'))
            return 0;
        dres r = {{(int16_t)y, 0, 0, 0}, e, premod, 0};
        mt_ex_emit_date(sc, start, &r);
        return r.end;
    }
    return 0;
}

/* Which third of a month day d lies in (1-10, 11-20, 21-): 0, 1, 2. */
static int month_third(int d)
{
    return d <= 10 ? 0 : d <= 20 ? 1 : 2;
}

/* "on the 16th", "on the night of the 27th" (relative.tsv, unit ordinal):
 * English renderings of Japanese news keep 「16日」 as a bare day.  It is
 * read as 16日 is, a day of the month named before it in the text or
 * else of the reference date's; "of this month", "of last month" after
 * it say which month, "of September" (with its year, if written) names
 * it.  A rank (data/ordinal_nouns.tsv: "on the 2nd floor", "the 21st
 * century") or a duration unit ("on the 3rd day") after it makes it no
 * date.  Fills r->d and r->end; false when no day follows. */
static bool ordinal_day(const scan *sc, size_t e, dres *r)
{
    size_t q = mt_ex_skip_sp(sc, e), de;
    int day;
    if (q == e || mt_ex_digits_at(sc, q, 2, &day, &de) == 0 || day < 1)
        return false;
    size_t end = ordinal_suffix(sc, de, day);
    if (!end)
        return false;
    scan own = *sc;
    size_t w1 = mt_ex_skip_sp(sc, end), we;
    if (w1 > end && w1 < sc->len) {
        num un = {.end = end};
        if (mt_ex_duration_unit(sc, &un, &we))
            return false;
        size_t wl = w1;
        while (wl < sc->len && mt_ex_is_alpha(sc->s[wl]))
            wl++;
        if (wl > w1 &&
            mt_ex_word_is(sc->ex, sc->ex->ordinal_nouns, sc->ex->nordinal_nouns,
                          (const char *)sc->s + w1, wl - w1))
            return false;
        size_t w2 = wl == w1 + 2 && memcmp(sc->s + w1, "of", 2) == 0
                        ? mt_ex_skip_sp(sc, wl)
                        : wl;
        const lex_entry *mo, *rel;
        if (w2 > wl && (mo = mt_ex_longest(sc, w2, LEX_MONTH, 0, 0, &we))) {
            /* "of June", "of June 2019", "of June, 2019" */
            r->d.month = (uint8_t)mo->a;
            r->d.day = (uint8_t)day;
            r->end = we;
            int y;
            size_t ye = year_after(sc, we, &y);
            if (ye) {
                r->d.year = (int16_t)y;
                r->end = ye;
            } else {
                r->d.year = (int16_t)mt_ex_ctx_year(sc, mo->a, day);
            }
            return true;
        }
        if (w2 > wl && (rel = mt_ex_longest(sc, w2, LEX_REL, 0, 0, &we)) &&
            rel->b == RU_MONTH) {
            /* "of this month", "of last month", "of the same month" */
            mt_date base = rel->a == ANCHOR_REF ? sc->ref : sc->prev;
            if (!base.year || !base.month)
                return false;
            own.prev = (mt_date){base.year, base.month, 0, 0};
            mt_ex_add_months(&own.prev, rel->c);
            end = we;
        }
    }
    if (!mt_ex_month_of_day(&own, day, &r->d.year, &r->d.month))
        return false;
    r->d.day = (uint8_t)day;
    r->end = end;
    return true;
}

/* 昨年3月, 同年10月, 同月中旬, 翌22日, last March, the next day */
size_t mt_ex_relative_date(scan *sc, size_t start, const lex_entry *rel,
                           size_t e, const char *premod)
{
    mt_date base = rel->a == ANCHOR_REF ? sc->ref : sc->prev;
    bool known = rel->a == ANCHOR_REF ? sc->ref.year > 0 : sc->prev.year > 0;
    dres r = {{0, 0, 0, 0}, e, premod, 0};
    switch (rel->b) {
    case RU_YEAR:
    case RU_FYEAR:
        if (known)
            r.d.year = (int16_t)(base.year + rel->c);
        r.d.fiscal = rel->b == RU_FYEAR;
        if (rel->b == RU_YEAR)
            return mt_ex_finish_ja(sc, start, r.d.year, e, premod);
        break;
    case RU_MONTH:
        if (known && base.month) {
            r.d.year = base.year;
            r.d.month = base.month;
            mt_ex_add_months(&r.d, rel->c);
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
            if (mt_ex_parse_num(sc, e, &dn) && mt_ex_small_int(&dn) >= 1 &&
                mt_ex_small_int(&dn) <= 31 &&
                mt_ex_lit(sc, dn.end, CP_HI, &q)) {
                r.d.day = (uint8_t)mt_ex_small_int(&dn);
                r.end = q;
            }
        }
        break;
    case RU_DAY:
        if (known && base.day) {
            r.d = base;
            r.d.fiscal = 0;
            mt_ex_add_days(&r.d, rel->c);
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
        size_t q = mt_ex_skip_sp(sc, e), me;
        if (q == e || sc->ref.year == 0 || sc->ref.month == 0)
            return 0;
        const lex_entry *mo = mt_ex_longest(sc, q, LEX_MONTH, 0, 0, &me);
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
        if (known && mt_ex_ja_month_day(sc, e, &mm, &md, &q)) {
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
        if (!known || !base.month || !mt_ex_parse_num(sc, e, &dn) ||
            mt_ex_small_int(&dn) < 1 || mt_ex_small_int(&dn) > 31 ||
            !mt_ex_lit(sc, dn.end, CP_HI, &q))
            return 0;
        int d = mt_ex_small_int(&dn);
        r.d.year = base.year;
        r.d.month = base.month;
        if (rel->c > 0 && base.day && d <= base.day)
            mt_ex_add_months(&r.d, 1);
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
        int32_t back = (mt_date_weekday(days) - rel->c + 7) % 7;
        int y, m, d;
        mt_date_civil_from_days(days - back, &y, &m, &d);
        r.d.year = (int16_t)y;
        r.d.month = (uint8_t)m;
        r.d.day = (uint8_t)d;
        r.wday = (uint8_t)(rel->c + 1);
        break;
    }
    case RU_WEEK: {
        /* 先週, "this week": the week (Monday to Sunday) rel->c weeks
         * from the reference's, this one up to the reference day.  The
         * dates have no week: the month the whole week lies in, early,
         * mid or late when it lies in one third of it (1-10, 11-20,
         * 21-); no date when it runs over two months.  A modifier before
         * it ("late last week") says where in the week, not where in the
         * month: it is dropped. */
        if (sc->ref.year == 0 || !sc->ref.month || !sc->ref.day)
            return 0;
        r.mod = NULL;
        int32_t days =
            mt_date_days_from_civil(sc->ref.year, sc->ref.month, sc->ref.day);
        int32_t monday = days - (mt_date_weekday(days) + 6) % 7 + 7 * rel->c;
        int32_t sunday = monday + 6;
        if (rel->c == 0 && sunday > days)
            sunday = days;
        int y1, m1, d1, y2, m2, d2;
        mt_date_civil_from_days(monday, &y1, &m1, &d1);
        mt_date_civil_from_days(sunday, &y2, &m2, &d2);
        if (y1 != y2 || m1 != m2)
            return 0;
        r.d.year = (int16_t)y1;
        r.d.month = (uint8_t)m1;
        int third = month_third(d1);
        if (third == month_third(d2))
            r.mod = third == 0 ? "start" : third == 1 ? "mid" : "end";
        break;
    }
    case RU_ORDINAL:
        if (!ordinal_day(sc, e, &r))
            return 0;
        break;
    default:
        return 0;
    }
    if (!mt_ex_date_ok(&r.d))
        return 0;
    if (r.d.day && rel->b != RU_WEEKDAY)
        mt_ex_weekday_and_time(sc, &r);
    /* 「先週末」: 末 is the end of the week, not of the month; a bound or
     * a hedge after the week (先週から, 先週ごろ) stays. */
    const char *week_mod = r.mod;
    mt_ex_date_postmod(sc, start, &r);
    if (rel->b == RU_WEEK && mt_ex_part_of_period(r.mod))
        r.mod = week_mod;
    mt_ex_emit_date(sc, start, &r);
    return r.end;
}
