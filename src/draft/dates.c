/*
 * Dates: modifiers, compatibility at mixed precision, the year of a
 * month-day date.
 */
#include "draft/stage.h"

#include "core/buf.h"
#include "core/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- dates ---- */

unsigned draft_mods(const char *mod)
{
    static const struct {
        const char *name;
        unsigned bits;
    } names[] = {
        {"approx", MT_DMOD_APPROX}, {"before", MT_DMOD_BEFORE},
        {"after", MT_DMOD_AFTER},   {"start", MT_DMOD_START},
        {"mid", MT_DMOD_MID},       {"end", MT_DMOD_END},
    };
    unsigned bits = 0;
    if (!mod)
        return 0;
    /* "approx+start" and single names alike. */
    const char *p = mod;
    while (*p) {
        const char *e = strchr(p, '+');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        for (size_t i = 0; i < MT_ARRAY_LEN(names); i++)
            if (strlen(names[i].name) == n && memcmp(names[i].name, p, n) == 0)
                bits |= names[i].bits;
        p += n;
        if (*p == '+')
            p++;
    }
    if ((bits & MT_DMOD_BEFORE) && (bits & MT_DMOD_AFTER))
        bits &= ~(unsigned)MT_DMOD_AFTER;
    if (bits & MT_DMOD_START)
        bits &= ~(unsigned)(MT_DMOD_MID | MT_DMOD_END);
    else if (bits & MT_DMOD_MID)
        bits &= ~(unsigned)MT_DMOD_END;
    return bits;
}

int draft_dates_compatible(const mt_dossier_date *a, const mt_dossier_date *b)
{
    const mt_date *x = &a->date, *y = &b->date;
    if (x->fiscal || y->fiscal) {
        int32_t alo, ahi, blo, bhi;
        if (mt_dossier_date_span(a, &alo, &ahi) != MT_OK ||
            mt_dossier_date_span(b, &blo, &bhi) != MT_OK)
            return 0;
        return alo <= bhi && blo <= ahi;
    }
    if (x->year != y->year)
        return 0;
    if (x->month && y->month && x->month != y->month)
        return 0;
    if (x->day && y->day && x->day != y->day)
        return 0;
    /* A part of a month or year ("同月下旬", late 2024-01) holds only its
     * days: 2024-01-15 is not late January.  Approximate and open dates
     * keep the looser test. */
    unsigned part = MT_DMOD_START | MT_DMOD_MID | MT_DMOD_END,
             loose = MT_DMOD_APPROX | MT_DMOD_BEFORE | MT_DMOD_AFTER;
    if (((a->mods | b->mods) & part) && !((a->mods | b->mods) & loose)) {
        int32_t alo, ahi, blo, bhi;
        if (mt_dossier_date_span(a, &alo, &ahi) == MT_OK &&
            mt_dossier_date_span(b, &blo, &bhi) == MT_OK)
            return alo <= bhi && blo <= ahi;
    }
    return 1;
}

/* Finer precision first: day, month, year. */
int draft_precision(const mt_date *d)
{
    return d->day ? 3 : d->month ? 2 : 1;
}

/* The parts of a date its text writes (not those the extractor took
 * from the publication date or an earlier date of the text). */
enum { W_YEAR = 1, W_MONTH = 2, W_DAY = 4, W_DIGIT = 8 };

static unsigned written(const char *t, size_t n)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr",
                                         "may", "jun", "jul", "aug",
                                         "sep", "oct", "nov", "dec"};
    unsigned w = 0;
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        bool digit = t[i] >= '0' && t[i] <= '9';
        if (digit) {
            w |= W_DIGIT;
            if (++run >= 4)
                w |= W_YEAR;
        } else {
            run = 0;
        }
        if (t[i] == '\'' || draft_at(t, n, i, "\xe5\xb9\xb4")) /* '17, 年 */
            w |= W_YEAR;
        if (draft_at(t, n, i, "\xe6\x9c\x88") && /* 月, not of 月曜 */
            !draft_at(t, n, i + 3, "\xe6\x9b\x9c"))
            w |= W_MONTH;
        if (draft_at(t, n, i, "\xe6\x97\xa5") && i > 0 &&
            ((t[i - 1] >= '0' && t[i - 1] <= '9') ||
             (unsigned char)t[i - 1] >= 0x80))
            w |= W_DAY; /* 日 after a number */
        if ((t[i] == '/' || t[i] == '.') && i > 0 && t[i - 1] >= '0' &&
            t[i - 1] <= '9' && i + 1 < n && t[i + 1] >= '0' && t[i + 1] <= '9')
            w |= W_MONTH | W_DAY;
        for (size_t m = 0; m < MT_ARRAY_LEN(months); m++)
            if (i + 3 <= n && draft_ascii_ieqn(t + i, 3, months[m], 3) &&
                (i == 0 || !draft_ascii_alnum((unsigned char)t[i - 1])))
                w |= W_MONTH;
    }
    return w; /* W_DAY matters only without W_MONTH (resolve) */
}

mt_date draft_source_ref(const draft_source *src, int32_t limit)
{
    if (src->published.year && mt_date_valid(&src->published))
        return src->published;
    return draft_latest_written(src, limit);
}

int32_t draft_written_limit(const draft_source *srcs, size_t n)
{
    int32_t last = INT32_MIN;
    for (size_t i = 0; i < n; i++) {
        const mt_date *d = &srcs[i].published;
        if (!d->year || srcs[i].inferred || !mt_date_valid(d))
            continue;
        int32_t x = mt_date_days_from_civil(d->year, d->month ? d->month : 12,
                                            d->day ? d->day : 28);
        last = x > last ? x : last;
    }
    return last == INT32_MIN ? INT32_MAX : last + WRITTEN_AHEAD_DAYS;
}

bool draft_published_span(const draft_source *srcs, size_t n, int32_t *first,
                          int32_t *last)
{
    int32_t lo = INT32_MAX, hi = INT32_MIN;
    for (size_t i = 0; i < n; i++) {
        const mt_date *d = &srcs[i].published;
        if (!d->year || !d->day || srcs[i].inferred || !mt_date_valid(d))
            continue;
        int32_t x = mt_date_days_from_civil(d->year, d->month, d->day);
        lo = x < lo ? x : lo;
        hi = x > hi ? x : hi;
    }
    *first = lo;
    if (last)
        *last = lo == INT32_MAX ? INT32_MAX : hi;
    return lo != INT32_MAX;
}

bool draft_before_coverage(const mt_date *d, int32_t first)
{
    if (!d->year || d->day || first == INT32_MAX)
        return false;
    int month = d->month ? d->month : 12;
    int32_t last = mt_date_days_from_civil(
        d->year, month, mt_date_days_in_month(d->year, month));
    return last < first;
}

mt_date draft_latest_written(const draft_source *src, int32_t limit)
{
    mt_date best = {0, 0, 0, 0};
    for (size_t k = 0; k < src->nsentences; k++) {
        const draft_sentence *s = &src->sentences[k];
        for (size_t i = 0; i < s->nspans; i++) {
            const draft_span *x = &s->spans[i];
            if (x->kind != DRAFT_DATE || x->end > s->len ||
                x->date.year < 1900 || x->date.fiscal ||
                !mt_date_valid(&x->date) ||
                !(written(s->text + x->start, x->end - x->start) & W_YEAR))
                continue;
            /* 「2025年3月期」 names a fiscal year, not a day of the text. */
            if (draft_at(s->text, s->len, x->end, "\xe6\x9c\x9f") || /* 期 */
                (x->end >= 3 &&
                 draft_at(s->text, s->len, x->end - 3,
                          "\xe6\x9c\x88\xe6\x9c\x9f"))) /* 月期 */
                continue;
            /* A year past any dated source's is a related link's or a
             * plan's (「…After 2026」 under an article of 2023). */
            if (limit != INT32_MAX &&
                mt_date_days_from_civil(x->date.year,
                                        x->date.month ? x->date.month : 1,
                                        x->date.day ? x->date.day : 1) > limit)
                continue;
            if (!best.year || mt_date_compare(&x->date, &best) > 0)
                best = x->date;
        }
    }
    return best;
}

/*
 * A yearless date resolved against the reference.  With the publication
 * date: a month and day is the latest such day on or before it, a day of
 * the month the latest such day (「4日」 in an article of 7月6日 is 7月4
 * 日; the extractor may have taken an earlier date's month or year).
 * With only the latest date the text writes: the month and day in its
 * year, a day the first such day on or after it.  A day that follows a
 * date with its month in the same sentence (「2月26日…27日」) keeps the
 * extractor's reading.
 */
/* How many days d (its first day when it has none) lies after ref (its
 * last day when it has none: a source dated 2024-06 may be of June 30); a
 * large number when either cannot be counted. */
static int32_t days_ahead(const mt_date *d, const mt_date *ref)
{
    mt_date a = *d;
    if (!a.day)
        a.day = 1;
    a.fiscal = 0;
    if (!ref->month || !mt_date_valid(&a))
        return INT32_MAX;
    int rday =
        ref->day ? ref->day : mt_date_days_in_month(ref->year, ref->month);
    return mt_date_days_from_civil(a.year, a.month, a.day) -
           mt_date_days_from_civil(ref->year, ref->month, rday);
}

bool draft_date_in_words(const draft_sentence *s, const draft_span *x)
{
    return x->end <= s->len &&
           !(written(s->text + x->start, x->end - x->start) &
             (W_DIGIT | W_MONTH | W_YEAR));
}

bool draft_weekday_alone(const draft_sentence *s, const draft_span *x)
{
    return x->weekday >= 0 && draft_date_in_words(s, x);
}

static mt_date resolve(const draft_sentence *s, const draft_span *x,
                       const mt_date *ref, bool published, bool inferred,
                       bool chained)
{
    mt_date d = x->date;
    if (!ref->year || x->end > s->len)
        return d;
    unsigned w = written(s->text + x->start, x->end - x->start);
    /* "said Tuesday" in a page without a date: the extractor took the
     * latest Tuesday on or before the day it was given, the latest day
     * the text writes, which the page's news follows ("encrypted on June
     * 3 ... a statement on Tuesday"): the first such day on or after it.
     * A page whose day was inferred from its news (infer_days) has the
     * latest one on or before that day. */
    if ((!published || inferred) && draft_weekday_alone(s, x) && d.year &&
        d.day && ref->day) {
        int32_t at = mt_date_days_from_civil(ref->year, ref->month, ref->day);
        int32_t dd = mt_date_days_from_civil(d.year, d.month, d.day);
        int32_t k = ((dd - at) % 7 + 7) % 7; /* days from at to the weekday */
        dd = inferred ? at + k - (k ? 7 : 0) : at + k;
        int y, m, dy;
        mt_date_civil_from_days(dd, &y, &m, &dy);
        d.year = (int16_t)y;
        d.month = (uint8_t)m;
        d.day = (uint8_t)dy;
        return d;
    }
    if (!(w & (W_DIGIT | W_MONTH)) || (w & W_YEAR))
        return d; /* 同日, 昨年: the extractor's reading */
    /* "last October" the extractor counted from the publication date (in
     * an article of October, the October a year before). */
    static const char *const anchored[] = {"last ", "next ", "this "};
    for (size_t i = 0; i < MT_ARRAY_LEN(anchored); i++)
        if (x->end - x->start > 5 &&
            draft_ascii_ieqn(s->text + x->start, 5, anchored[i], 5))
            return d;
    if (w & W_MONTH) {
        if (!d.month)
            return d;
        d.year = ref->year;
        /* After the publication date: a year before, unless within the
         * three months after it (a schedule: 「4月22日から公開予定」 in an
         * article of 3月18日). */
        if (published && ref->month &&
            (d.month > ref->month || (d.month == ref->month && ref->day &&
                                      d.day && d.day > ref->day)) &&
            days_ahead(&d, ref) > MT_DATE_AHEAD_DAYS)
            d.year--;
    } else if ((w & W_DAY) && d.day && !chained) {
        if (!ref->month)
            return x->date;
        d.year = ref->year;
        d.month = ref->month;
        if (published && ref->day && d.day > ref->day + 7)
            d = draft_month_add(d, -1);
        else if (!published && ref->day && d.day < ref->day)
            d = draft_month_add(d, 1);
    } else {
        return d;
    }
    d.fiscal = 0;
    if (!mt_date_valid(&d))
        return x->date;
    return d;
}

/*
 * The date of span x, its year made right.  A date written without
 * digits ("同月下旬", "同日", "in February") took its year from an earlier
 * date of the text, so it follows that date's correction: after "1月15日"
 * read as 2023-01-15 and set to 2024-01-15, "同月下旬" read as 2023-01 is
 * 2024-01.  The reader carries the correction across the source's
 * sentences.
 */
/* A yearless date d (as resolve() read it) of a source read in the
 * middle date ref of the others: the month and day in the year, or a day
 * in the month, that puts it nearest ref. */
static mt_date nearest(const draft_sentence *s, const draft_span *x, mt_date d,
                       const mt_date *ref)
{
    unsigned w =
        x->end <= s->len ? written(s->text + x->start, x->end - x->start) : 0;
    if (!(w & W_DIGIT) || (w & W_YEAR) || !d.year || !d.day || !ref->day)
        return d;
    int32_t at = mt_date_days_from_civil(ref->year, ref->month, ref->day);
    mt_date best = d;
    int32_t gap = INT32_MAX;
    for (int k = -1; k <= 1; k++) {
        mt_date e = d;
        e.year = (int16_t)(ref->year + ((w & W_MONTH) ? k : 0));
        if (!(w & W_MONTH)) {
            e.month = ref->month;
            e = draft_month_add(e, k);
        }
        if (!mt_date_valid(&e))
            continue;
        int32_t g = mt_date_days_from_civil(e.year, e.month, e.day) - at;
        if (g < 0)
            g = -g;
        if (g < gap) {
            gap = g;
            best = e;
        }
    }
    return best;
}

mt_date draft_fixed_date(reader *r, const draft_sentence *s,
                         const draft_span *x, bool chained)
{
    bool published = r->src->published.year != 0;
    mt_date d = resolve(s, x, &r->ref, published, r->src->inferred, chained);
    if (!published && r->nearest)
        d = nearest(s, x, d, &r->ref);
    unsigned w =
        x->end <= s->len ? written(s->text + x->start, x->end - x->start) : 0;
    /* 「6月5日(月)」 placed in a year where the 5th of June is no Monday:
     * the year (a day alone: the month) on either side where it is. */
    if ((w & W_DIGIT) && !(w & W_YEAR) && x->end <= s->len)
        mt_date_fit_weekday(&d, x->weekday, (w & W_MONTH) != 0,
                            mt_date_ahead_limit(&r->ref));
    /* A day after a date with its month in the same sentence (「1月23日
     * …24日」) that resolve() kept as the extractor read it: its year is
     * the extractor's guess and follows the correction of that date. */
    bool kept = chained && (w & W_DAY) && !(w & (W_MONTH | W_YEAR));
    if ((w & W_DIGIT) && d.year && !kept) {
        r->last_raw = x->date;
        r->last_fix = d;
    } else if (!(w & W_DIGIT) && r->last_fix.year && x->date.month &&
               x->date.year == r->last_raw.year &&
               x->date.month == r->last_raw.month &&
               (!x->date.day || x->date.day == r->last_raw.day)) {
        /* 同日, 同月 after 「21日に」 the extractor put in another month
         * (an earlier date's): the day or month that date was moved to. */
        d = r->last_fix;
        if (!x->date.day)
            d.day = 0;
        d.fiscal = x->date.fiscal;
    } else if (r->last_fix.year && x->date.year == r->last_raw.year &&
               r->last_fix.year != r->last_raw.year) {
        /* Also a day after a date with its month (「6月8日…8日」) that
         * resolve() left as the extractor read it, without a year. */
        mt_date e = x->date;
        e.year = r->last_fix.year;
        if (mt_date_valid(&e))
            d = e;
    }
    return d;
}

/* The span's text writes a month (「2月26日」, "Feb. 26"). */
bool draft_date_has_month(const draft_sentence *s, const draft_span *x)
{
    return x->end <= s->len &&
           (written(s->text + x->start, x->end - x->start) & W_MONTH);
}

bool draft_date_yearless(const draft_sentence *s, const draft_span *x)
{
    unsigned w =
        x->end <= s->len ? written(s->text + x->start, x->end - x->start) : 0;
    return (w & W_MONTH) && (w & W_DIGIT) && !(w & W_YEAR);
}

mt_date draft_month_add(mt_date d, int k)
{
    int m = d.year * 12 + (d.month - 1) + k;
    d.year = (int16_t)(m / 12);
    d.month = (uint8_t)(m % 12 + 1);
    return d;
}

bool draft_day_word(const draft_sentence *s, const draft_span *x)
{
    return x->date.day && x->weekday < 0 && draft_date_in_words(s, x);
}

bool draft_date_day_only(const draft_sentence *s, const draft_span *x)
{
    unsigned w =
        x->end <= s->len ? written(s->text + x->start, x->end - x->start) : 0;
    return (w & W_DAY) && (w & W_DIGIT) && !(w & (W_MONTH | W_YEAR));
}

bool draft_date_writes_year(const draft_sentence *s, const draft_span *x)
{
    unsigned w =
        x->end <= s->len ? written(s->text + x->start, x->end - x->start) : 0;
    return (w & W_YEAR) && (w & W_DIGIT);
}

/* The year of the source's publication date; 0 when it has none (a day
 * inferred from its text is no date of the page). */
static int dated_year(const draft_source *s)
{
    return s->inferred ? 0 : s->published.year;
}

mt_date draft_middle_date(const draft_source *srcs, size_t n)
{
    /* The mid-th smallest date by counting, mid the middle of the dated
     * (the upper one of an even number). */
    mt_date none = {0, 0, 0, 0};
    size_t ndated = 0;
    for (size_t i = 0; i < n; i++)
        ndated += dated_year(&srcs[i]) != 0;
    size_t mid = ndated / 2;
    for (size_t i = 0; i < n; i++) {
        if (!dated_year(&srcs[i]))
            continue;
        size_t below = 0, same = 0;
        for (size_t k = 0; k < n; k++) {
            if (!dated_year(&srcs[k]))
                continue;
            int c = mt_date_compare(&srcs[k].published, &srcs[i].published);
            below += c < 0;
            same += c == 0;
        }
        if (below <= mid && mid < below + same)
            return srcs[i].published;
    }
    return none;
}

int draft_middle_year(const draft_source *srcs, size_t n)
{
    /* The year of the middle date is the middle year: dates order as
     * their years do. */
    return draft_middle_date(srcs, n).year;
}

bool draft_same_day(const mt_dossier_date *a, const mt_dossier_date *b)
{
    return a->date.day && a->date.year == b->date.year &&
           a->date.month == b->date.month && a->date.day == b->date.day;
}
