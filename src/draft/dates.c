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

/*
 * A month and day written without a year ("1月20日", "January 20") is
 * the latest such day on or before the publication date: the extractor
 * may have taken the year of an earlier date in the text instead.
 */
static mt_date own_year(const draft_sentence *s, const draft_span *x,
                        const mt_date *pub)
{
    mt_date d = x->date;
    if (!pub->year || !d.month || x->end > s->len)
        return d;
    const char *t = s->text + x->start;
    size_t n = x->end - x->start, run = 0;
    for (size_t i = 0; i < n; i++) {
        if (t[i] >= '0' && t[i] <= '9') {
            if (++run >= 4)
                return d; /* a year is written */
        } else {
            run = 0;
        }
        if (t[i] == '\'' ||
            (i + 3 <= n && memcmp(t + i, "\xe5\xb9\xb4", 3) == 0))
            return d; /* 年, '17 */
    }
    /* Only month-day forms: a digit must be there. */
    bool digit = false;
    for (size_t i = 0; i < n; i++)
        digit = digit || (t[i] >= '0' && t[i] <= '9');
    if (!digit)
        return d;
    d.year = pub->year;
    if (d.month > pub->month ||
        (d.month == pub->month && pub->day && d.day > pub->day))
        d.year--;
    if (!mt_date_valid(&d))
        return x->date;
    return d;
}

static bool span_has_digit(const draft_sentence *s, const draft_span *x)
{
    for (size_t i = x->start; i < x->end && i < s->len; i++)
        if (s->text[i] >= '0' && s->text[i] <= '9')
            return true;
    return false;
}

/*
 * The date of span x, its year made right.  A date written without
 * digits ("同月下旬", "同日", "in February") took its year from an earlier
 * date of the text, so it follows that date's correction by own_year:
 * after "1月15日" read as 2023-01-15 and set to 2024-01-15, "同月下旬"
 * read as 2023-01 is 2024-01.  The reader carries the correction across
 * the source's sentences.
 */
mt_date draft_fixed_date(reader *r, const draft_sentence *s,
                         const draft_span *x)
{
    mt_date d = own_year(s, x, &r->src->published);
    if (span_has_digit(s, x)) {
        r->year_raw = x->date.year;
        r->year_fix = d.year;
    } else if (r->year_raw && x->date.year == r->year_raw &&
               r->year_fix != r->year_raw) {
        mt_date e = x->date;
        e.year = r->year_fix;
        if (mt_date_valid(&e))
            d = e;
    }
    return d;
}
