/*
 * Partial dates.  Day arithmetic uses the days-from-civil algorithm
 * (proleptic Gregorian, era-based), exact for every year matome accepts.
 */
#include "matome/date.h"

#include "core/internal.h"

#include <stdio.h>
#include <string.h>

static bool is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int mt_date_days_in_month(int year, int month)
{
    static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    if (month == 2 && (year == 0 || is_leap(year)))
        return 29; /* unknown year: allow 29 February */
    return dim[month - 1];
}

int mt_date_valid(const mt_date *d)
{
    if (d->year < 0 || d->year > 9999 || d->month > 12)
        return 0;
    if (d->fiscal)
        return d->year > 0 && d->month == 0 && d->day == 0;
    if (d->day && !d->month)
        return 0;
    if (d->day > mt_date_days_in_month(d->year, d->month))
        return 0;
    return d->year > 0 || d->month > 0;
}

static int digits(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

mt_status mt_date_parse(mt_date *out, const char *s, size_t len)
{
    mt_date d = {0, 0, 0, 0};
    if (len >= 6 && memcmp(s, "FY", 2) == 0) {
        int y = digits(s + 2, 4);
        if (len != 6 || y <= 0)
            return MT_ERR_INPUT;
        d.year = (int16_t)y;
        d.fiscal = 1;
        *out = d;
        return MT_OK;
    }
    if (len < 4)
        return MT_ERR_INPUT;
    int y = memcmp(s, "XXXX", 4) == 0 ? 0 : digits(s, 4);
    if (y < 0)
        return MT_ERR_INPUT;
    d.year = (int16_t)y;
    size_t i = 4;
    if (i < len && s[i] == '-') {
        if (len < i + 3)
            return MT_ERR_INPUT;
        int m = digits(s + i + 1, 2);
        if (m < 1 || m > 12)
            return MT_ERR_INPUT;
        d.month = (uint8_t)m;
        i += 3;
        if (i < len && s[i] == '-') {
            if (len < i + 3)
                return MT_ERR_INPUT;
            int dd = digits(s + i + 1, 2);
            if (dd < 1)
                return MT_ERR_INPUT;
            d.day = (uint8_t)(dd > 31 ? 32 : dd);
            i += 3;
            /* A timestamp: keep the calendar date as written. */
            if (i < len && s[i] != 'T' && s[i] != ' ')
                return MT_ERR_INPUT;
            i = len;
        }
    }
    if (i != len || !mt_date_valid(&d))
        return MT_ERR_INPUT;
    *out = d;
    return MT_OK;
}

char *mt_date_format(const mt_date *d, char *buf, size_t size)
{
    char y[8];
    if (!buf || size == 0)
        return buf;
    if (d->fiscal) {
        snprintf(buf, size, "FY%04d", d->year);
        return buf;
    }
    if (d->year)
        snprintf(y, sizeof y, "%04d", d->year);
    else
        snprintf(y, sizeof y, "XXXX");
    if (d->month && d->day)
        snprintf(buf, size, "%s-%02d-%02d", y, d->month, d->day);
    else if (d->month)
        snprintf(buf, size, "%s-%02d", y, d->month);
    else
        snprintf(buf, size, "%s", y);
    return buf;
}

int32_t mt_date_days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (int32_t)(era * 146097 + (int)doe - 719468);
}

void mt_date_civil_from_days(int32_t z, int *year, int *month, int *day)
{
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int y = (int)yoe + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    unsigned d = doy - (153 * mp + 2) / 5 + 1;
    unsigned m = mp < 10 ? mp + 3 : mp - 9;
    *year = y + (m <= 2);
    *month = (int)m;
    *day = (int)d;
}

mt_status mt_date_span(const mt_date *d, int32_t *lo, int32_t *hi)
{
    if (d->year <= 0)
        return MT_ERR_ARG;
    if (d->fiscal) {
        /* Japanese fiscal year: April to the next March. */
        *lo = mt_date_days_from_civil(d->year, 4, 1);
        *hi = mt_date_days_from_civil(d->year + 1, 3, 31);
    } else if (!d->month) {
        *lo = mt_date_days_from_civil(d->year, 1, 1);
        *hi = mt_date_days_from_civil(d->year, 12, 31);
    } else if (!d->day) {
        *lo = mt_date_days_from_civil(d->year, d->month, 1);
        *hi = mt_date_days_from_civil(d->year, d->month,
                                      mt_date_days_in_month(d->year, d->month));
    } else {
        *lo = *hi = mt_date_days_from_civil(d->year, d->month, d->day);
    }
    return MT_OK;
}

static int precision(const mt_date *d)
{
    return d->fiscal ? 0 : d->day ? 3 : d->month ? 2 : 1;
}

int mt_date_compare(const mt_date *a, const mt_date *b)
{
    int32_t alo, ahi, blo, bhi;
    bool ak = mt_date_span(a, &alo, &ahi) == MT_OK;
    bool bk = mt_date_span(b, &blo, &bhi) == MT_OK;
    if (!ak || !bk) {
        if (ak != bk)
            return ak ? 1 : -1;
        int c = (a->month > b->month) - (a->month < b->month);
        return c ? c : (a->day > b->day) - (a->day < b->day);
    }
    if (alo != blo)
        return alo < blo ? -1 : 1;
    return precision(a) - precision(b);
}

int mt_date_weekday(int32_t days)
{
    return (int)(((days % 7) + 11) % 7); /* 1970-01-01 was a Thursday (4) */
}

int32_t mt_date_ahead_limit(const mt_date *ref)
{
    if (!ref->year || !ref->month || !ref->day)
        return INT32_MAX;
    return mt_date_days_from_civil(ref->year, ref->month, ref->day) +
           MT_DATE_AHEAD_DAYS;
}

static int weekday_of(int y, int m, int d)
{
    return mt_date_weekday(mt_date_days_from_civil(y, m, d));
}

bool mt_date_fit_weekday(mt_date *d, int wd, bool by_year, int32_t latest)
{
    if (wd < 0 || wd > 6 || !d->year || !d->month || !d->day ||
        !mt_date_valid(d) || weekday_of(d->year, d->month, d->day) == wd)
        return false;
    static const int steps[] = {-1, 1};
    for (size_t k = 0; k < MT_ARRAY_LEN(steps); k++) {
        mt_date e = *d;
        if (by_year) {
            e.year = (int16_t)(e.year + steps[k]);
        } else {
            int m = e.year * 12 + (e.month - 1) + steps[k];
            e.year = (int16_t)(m / 12);
            e.month = (uint8_t)(m % 12 + 1);
        }
        if (mt_date_valid(&e) && weekday_of(e.year, e.month, e.day) == wd &&
            mt_date_days_from_civil(e.year, e.month, e.day) <= latest) {
            *d = e;
            return true;
        }
    }
    return false;
}
