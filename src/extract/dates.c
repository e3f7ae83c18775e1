/*
 * Dates, durations and quantities from their parts: years resolved
 * against the era, the two-digit century and the reference date; the
 * modifiers, weekday and time after a date; the units and directions of
 * a duration; and the spans they become (scan.h).
 */
#include "extract/scan.h"

#include "core/internal.h"

#include <math.h>
#include <stdio.h>

/* The weekdays as written in (木): 月 火 水 木 金 土 日. */
static const uint32_t weekday_cps[] = {0x6708, 0x706B, 0x6C34, 0x6728,
                                       0x91D1, 0x571F, 0x65E5};

/* ---- dates -------------------------------------------------------------- */

int mt_ex_resolve_two_digit(const scan *sc, int yy)
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
                /* (e <= the era's end <= the reference year) */
                if (ex->eras[k].year <= sc->ref.year && e <= ex->eras[k].year)
                    return e;
            }
        }
        return y;
    }
    return yy <= 68 ? 2000 + yy : 1900 + yy;
}

/* The year a written year number denotes (4 digits as is, 1-2 digits or
 * kanji below 100 as a two-digit year); 0 when it is not a year. */
int mt_ex_year_of(const scan *sc, const num *n, int iv)
{
    if (iv < 0)
        return 0;
    if ((n->digits == 4 || (n->kanji && iv >= 1000)) && iv >= 1000 &&
        iv <= 2999)
        return iv;
    if ((n->digits == 2 || (n->kanji && iv >= 10)) && iv < 100)
        return mt_ex_resolve_two_digit(sc, iv);
    return 0;
}

void mt_ex_add_months(mt_date *d, int k)
{
    int m = d->year * 12 + (d->month - 1) + k;
    d->year = (int16_t)(m / 12);
    d->month = (uint8_t)(m % 12 + 1);
}

void mt_ex_add_days(mt_date *d, int k)
{
    int y, m, dd;
    mt_date_civil_from_days(
        mt_date_days_from_civil(d->year, d->month, d->day) + k, &y, &m, &dd);
    d->year = (int16_t)y;
    d->month = (uint8_t)m;
    d->day = (uint8_t)dd;
}

/* Year for a month (and day, 0 when none) written without one: the
 * previous date's; else the reference date's, a year less when that puts
 * the month more than three months after the reference (news tells what
 * happened: 「12月」 in a piece of February is last December, while a
 * schedule rarely reaches further: 「4月22日から」 in March); else
 * unknown. */
int mt_ex_ctx_year(const scan *sc, int month, int day)
{
    if (sc->prev.year > 0)
        return sc->prev.year;
    if (sc->ref.year > 0 && sc->ref.month > 0 && month > 0) {
        int ref_day = sc->ref.day
                          ? sc->ref.day
                          : mt_date_days_in_month(sc->ref.year, sc->ref.month);
        int64_t ahead =
            mt_date_days_from_civil(sc->ref.year, month, day ? day : 1) -
            mt_date_days_from_civil(sc->ref.year, sc->ref.month, ref_day);
        if (ahead > MT_DATE_AHEAD_DAYS)
            return sc->ref.year - 1;
    }
    return sc->ref.year;
}

/* Month of a day written alone (「31日」): the month of the previous date,
 * or that of the reference date, or the month before either when the
 * day lies more than a week after the reference day (「31日」 in a piece
 * of 1 June is 31 May: news tells the past, a plan names its month) or
 * the month has no such day (「31日」 after 26日 of November is October's,
 * or on 27 November).  A month before that has no such day either gives
 * the first reading back (「30日」 on 5 March is 30 March, not a day of
 * February).  Sets *year and *month; false when neither month holds the
 * day. */
bool mt_ex_month_of_day(const scan *sc, int day, int16_t *year, uint8_t *month)
{
    bool prev = sc->prev.month > 0;
    mt_date d = prev ? sc->prev : sc->ref;
    if (!d.month)
        return false;
    d.day = 1;
    int dim = d.year ? mt_date_days_in_month(d.year, d.month) : 31;
    bool back = day > dim || (!prev && sc->ref.day && day > sc->ref.day + 7);
    if (back && d.year) {
        mt_date b = d;
        mt_ex_add_months(&b, -1);
        if (day <= mt_date_days_in_month(b.year, b.month))
            d = b;
    }
    *year = d.year;
    *month = d.month;
    return true;
}

bool mt_ex_date_ok(const mt_date *d)
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

void mt_ex_emit_date(scan *sc, size_t start, const dres *r)
{
    span_rec *sp = mt_ex_push(sc->out, MT_SPAN_DATE, start, r->end);
    if (!sp)
        return;
    sp->date = r->d;
    sp->wday = r->wday;
    sp->mod = mt_ex_cstr(sc->out, r->mod);
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
    sp->value = mt_ex_tstr(sc->out, v, k);
    sp->mod = mt_ex_cstr(sc->out, mod);
    sc->last_end = end;
}

void mt_ex_emit_quantity(scan *sc, size_t start, size_t end, double v,
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
    sp->value = mt_ex_tstr(sc->out, buf, bn);
    sp->number = v;
    sp->unit = mt_ex_cstr(sc->out, unit);
    sp->mod = mt_ex_cstr(sc->out, mod);
    sc->last_end = end;
}

bool mt_ex_part_of_period(const char *mod)
{
    return mod && (strcmp(mod, "start") == 0 || strcmp(mod, "mid") == 0 ||
                   strcmp(mod, "end") == 0);
}

/* Does a date begin at i (a number, era, month name or relative word)? */
static bool date_follows(const scan *sc, size_t i)
{
    int n;
    uint32_t c = mt_ex_cp_at(sc, i, &n);
    if (mt_ex_is_digit(c) || mt_ex_knum_of(sc->ex, c))
        return true;
    size_t e;
    return mt_ex_longest(sc, i, LEX_REL, 0, 0, &e) ||
           mt_ex_longest(sc, i, LEX_ERA, 0, 0, &e) ||
           mt_ex_longest(sc, i, LEX_MONTH, 0, 0, &e);
}

/* Does the text before i end with a range connector: a range-opening
 * word of modifiers.tsv (から) or a wave dash (～, ~, 〜)? */
static bool range_before(const scan *sc, size_t i)
{
    for (int k = 0; k < sc->ex->nrange_open; k++) {
        const char *w = mt_ex_pstr(sc, sc->ex->range_open[k]);
        size_t n = strlen(w);
        if (i >= n && memcmp(sc->s + i - n, w, n) == 0)
            return true;
    }
    size_t ps;
    uint32_t c = mt_ex_cp_before(sc, i, &ps);
    return c == '~' || c == 0xFF5E || c == 0x301C;
}

/* Post-modifiers after a date: ごろ 以降 上旬 末, "or earlier"; also after
 * の for the start/mid/end family (2016年の初め).  The words that join
 * the two ends of a range set nothing (modifiers.tsv's range column): an
 * opening word before another date, a closing word after an opening one. */
void mt_ex_date_postmod(const scan *sc, size_t start, dres *r)
{
    size_t e;
    const lex_entry *m =
        mt_ex_longest(sc, r->end, LEX_MOD, POS_POST, APPLY_DATE, &e);
    if (!m) {
        /* English "or earlier" only after a space */
        size_t q = mt_ex_skip_sp(sc, r->end);
        if (q > r->end && q < sc->len && sc->s[q] < 0x80)
            m = mt_ex_longest(sc, q, LEX_MOD, POS_POST, APPLY_DATE, &e);
    }
    size_t q;
    if (!m && mt_ex_lit(sc, r->end, CP_NO, &q)) {
        m = mt_ex_longest(sc, q, LEX_MOD, POS_POST, APPLY_DATE, &e);
        if (m && !mt_ex_part_of_period(mt_ex_pstr(sc, m->s1)))
            m = NULL;
    }
    if (!m)
        return;
    if (m->c == RANGE_OPENS && date_follows(sc, e))
        return;
    if (m->c == RANGE_CLOSES && range_before(sc, start))
        return;
    r->mod = mt_ex_pstr(sc, m->s1);
    r->end = e;
}

/* The weekday c writes, 0 for Sunday to 6 for Saturday; -1 when none. */
static int weekday_of_cp(uint32_t c)
{
    for (size_t k = 0; k < MT_ARRAY_LEN(weekday_cps); k++)
        if (weekday_cps[k] == c)
            return (int)((k + 1) % 7); /* 月 is Monday (1) */
    return -1;
}

/* (木) / （木） and a time of day (午前10時30分) after a day. */
int mt_ex_weekday_and_time(const scan *sc, dres *r)
{
    size_t p = r->end, q;
    int n, wd = -1;
    uint32_t c = mt_ex_cp_at(sc, p, &n);
    if (c == '(') {
        q = p + (size_t)n;
        uint32_t w = mt_ex_cp_at(sc, q, &n);
        size_t q2 = q + (size_t)n;
        size_t q3;
        if (n && weekday_of_cp(w) >= 0 && mt_ex_lit(sc, q2, ')', &q3)) {
            wd = weekday_of_cp(w);
            r->wday = (uint8_t)(wd + 1);
            r->end = q3;
            p = q3;
        }
    }
    /* 午前 / 午後 N時 [N分] */
    if (mt_ex_lit(sc, p, CP_GOZEN, &q)) {
        uint32_t c2 = mt_ex_cp_at(sc, q, &n);
        if (c2 == CP_ZEN || c2 == CP_GO) {
            q += (size_t)n;
            num h;
            size_t q2;
            if (mt_ex_parse_num(sc, q, &h) && mt_ex_small_int(&h) >= 0 &&
                mt_ex_small_int(&h) <= 24 && mt_ex_lit(sc, h.end, CP_JI, &q2)) {
                r->end = q2;
                num mi;
                size_t q3;
                if (mt_ex_parse_num(sc, q2, &mi) && mt_ex_small_int(&mi) >= 0 &&
                    mt_ex_small_int(&mi) < 60 &&
                    mt_ex_lit(sc, mi.end, CP_FUN, &q3))
                    r->end = q3;
            }
        }
    }
    return wd;
}

/* 「7月4~6日」: at q a day whose 日 the range's end carries (a wave
 * dash, then a later day and 日).  Its number in *day, its end in *end. */
bool mt_ex_day_opens_range(const scan *sc, size_t q, int *day, size_t *end)
{
    num a, b;
    size_t q2;
    int w;
    if (!mt_ex_parse_num(sc, q, &a) || mt_ex_small_int(&a) < 1 ||
        mt_ex_small_int(&a) > 31)
        return false;
    uint32_t c = mt_ex_cp_at(sc, a.end, &w);
    if (c != '~' && c != 0xFF5E && c != 0x301C)
        return false;
    if (!mt_ex_parse_num(sc, a.end + (size_t)w, &b) ||
        mt_ex_small_int(&b) <= mt_ex_small_int(&a) ||
        mt_ex_small_int(&b) > 31 || !mt_ex_lit(sc, b.end, CP_HI, &q2))
        return false;
    *day = mt_ex_small_int(&a);
    *end = a.end;
    return true;
}

/* Japanese month and day after a year (or alone): "8月", "8月6日". */
bool mt_ex_ja_month_day(const scan *sc, size_t p, int *month, int *day,
                        size_t *end)
{
    num n;
    size_t q;
    if (!mt_ex_parse_num(sc, p, &n))
        return false;
    int m = mt_ex_small_int(&n);
    if (m < 1 || m > 12 || !mt_ex_lit(sc, n.end, CP_TSUKI, &q))
        return false;
    *month = m;
    *day = 0;
    *end = q;
    num dn;
    size_t q2;
    if (mt_ex_parse_num(sc, q, &dn) && mt_ex_small_int(&dn) >= 1 &&
        mt_ex_small_int(&dn) <= 31 && mt_ex_lit(sc, dn.end, CP_HI, &q2)) {
        size_t q3;
        /* 8月6日間 is not a date's day. */
        if (!mt_ex_lit(sc, q2, CP_KAN, &q3)) {
            *day = mt_ex_small_int(&dn);
            *end = q2;
        }
    } else {
        mt_ex_day_opens_range(sc, q, day, end);
    }
    return true;
}

/* Finish a Japanese date whose year is known (or 0): month/day after
 * p, then modifiers. */
size_t mt_ex_finish_ja(scan *sc, size_t start, int year, size_t p,
                       const char *premod)
{
    dres r = {{0, 0, 0, 0}, p, premod, 0};
    r.d.year = (int16_t)year;
    int m, d;
    size_t e;
    if (mt_ex_ja_month_day(sc, p, &m, &d, &e)) {
        r.d.month = (uint8_t)m;
        r.d.day = (uint8_t)d;
        r.end = e;
        if (d)
            mt_ex_weekday_and_time(sc, &r);
    }
    if (!mt_ex_date_ok(&r.d))
        return 0;
    mt_ex_date_postmod(sc, start, &r);
    mt_ex_emit_date(sc, start, &r);
    return r.end;
}

/* A duration unit after a number (か月, 週間, " months", "-month"). */
const lex_entry *mt_ex_duration_unit(const scan *sc, const num *n, size_t *end)
{
    size_t e;
    const lex_entry *u = mt_ex_longest(sc, n->end, LEX_UNIT, 0, 0, &e);
    if (u && u->a != 'H' && sc->s[n->end] >= 0x80) {
        *end = e;
        return u;
    }
    size_t q = mt_ex_skip_sp(sc, n->end);
    size_t q2;
    if (q == n->end && mt_ex_lit(sc, q, '-', &q2))
        q = q2;
    if (q > n->end && q < sc->len && sc->s[q] < 0x80) {
        u = mt_ex_longest(sc, q, LEX_UNIT, 0, 0, &e);
        if (u && u->a != 'H') {
            *end = e;
            return u;
        }
    }
    return NULL;
}

/* After a duration: 後 / 前 / later / earlier / ago.  Returns the entry
 * and its end, or NULL. */
const lex_entry *mt_ex_direction(const scan *sc, size_t p, size_t *end)
{
    size_t e, e2;
    const lex_entry *d = mt_ex_longest(sc, p, LEX_DIR, 0, 0, &e);
    if (d) {
        /* 前半 / 後半 are modifiers, 前後 means "around". */
        if (mt_ex_longest(sc, p, LEX_MOD, POS_POST, APPLY_ANY, &e2) && e2 > e)
            return NULL;
        *end = e;
        return d;
    }
    size_t q = mt_ex_skip_sp(sc, p);
    if (q > p && q < sc->len && sc->s[q] < 0x80) {
        d = mt_ex_longest(sc, q, LEX_DIR, 0, 0, &e);
        if (d) {
            *end = e;
            return d;
        }
    }
    return NULL;
}

/* Emit a duration of y years m months w weeks d days from start to p,
 * reading a bound (以上) and a direction (後, 前, later, ago) after it;
 * the direction wins over any bound for the mod. */
size_t mt_ex_finish_duration(scan *sc, size_t start, size_t p, int y, int m,
                             int w, int d, const char *premod)
{
    size_t e;
    const char *mod = premod;
    const lex_entry *bound =
        mt_ex_longest(sc, p, LEX_MOD, POS_POST, APPLY_QTY, &e);
    if (bound && sc->s[p] >= 0x80) {
        mod = mt_ex_pstr(sc, bound->s1);
        p = e;
    }
    const lex_entry *dir = mt_ex_direction(sc, p, &e);
    if (dir) {
        mod = mt_ex_pstr(sc, dir->s1);
        p = e;
    }
    emit_duration(sc, start, p, y, m, w, d, mod);
    return p;
}
