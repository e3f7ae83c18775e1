/*
 * Dates in the dossier text format (docs/dossier-format.md): "2016",
 * "2016-08", "2016-08-15", "FY2021", "2016年8月15日", "2021年度", with the
 * modifiers of a partial date before or after them ("~", "by", "since",
 * "early", "ごろ", "までに", "以降", "上旬" ...).
 *
 * A date is one field of one line: the readers of parse_entries.c hand
 * over its span and get an mt_dossier_date, or false after a diagnostic
 * that says how to write it.  A date read here is a real calendar date
 * with a year from 1900 to 2999, at most one bound (by, since) and at most
 * one part of its period (early, mid, late), that only on a month or a
 * year.
 */
#include "dossier/parse.h"

#include "core/internal.h"

#include <string.h>

static const char *const month_names[] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

size_t mt_dossier_parse_take_digits(const parser *p, size_t i, size_t e, int *v)
{
    size_t k = i;
    int x = 0;
    while (k < e && k - i < 5 && p->line[k] >= '0' && p->line[k] <= '9')
        x = x * 10 + (p->line[k++] - '0');
    *v = x;
    return k - i;
}

/* Remove a prefix or suffix word from s, returning true when present. */
bool mt_dossier_parse_eat_prefix(const parser *p, span *s, const char *lit)
{
    if (!mt_dossier_parse_starts_with(p, *s, lit))
        return false;
    s->b += strlen(lit);
    *s = mt_dossier_parse_trim(p, *s);
    return true;
}

static bool eat_suffix(const parser *p, span *s, const char *lit)
{
    size_t n = strlen(lit);
    if (s->e - s->b < n || memcmp(p->line + s->e - n, lit, n) != 0)
        return false;
    s->e -= n;
    *s = mt_dossier_parse_trim(p, *s);
    return true;
}

/*
 * Parse a date field.  On failure reports a diagnostic naming the fix and
 * returns false; a date without a year is one.
 */
bool mt_dossier_parse_date(parser *p, span s, mt_dossier_date *out)
{
    span all = s;
    unsigned mods = 0;
    static const struct {
        const char *w;
        unsigned m;
    } prefixes[] = {
        {"~", MT_DMOD_APPROX},
        {"around ", MT_DMOD_APPROX},
        {"ca. ", MT_DMOD_APPROX},
        {"<=", MT_DMOD_BEFORE},
        {"\xe2\x89\xa4", MT_DMOD_BEFORE}, /* ≤ */
        {"by ", MT_DMOD_BEFORE},
        {"before ", MT_DMOD_BEFORE},
        {">=", MT_DMOD_AFTER},
        {"\xe2\x89\xa5", MT_DMOD_AFTER}, /* ≥ */
        {"since ", MT_DMOD_AFTER},
        {"after ", MT_DMOD_AFTER},
        {"early ", MT_DMOD_START},
        {"mid ", MT_DMOD_MID},
        {"mid-", MT_DMOD_MID},
        {"late ", MT_DMOD_END},
    };
    static const struct {
        const char *w;
        unsigned m;
    } suffixes[] = {
        {"~", MT_DMOD_APPROX},
        {"\xe3\x81\x94\xe3\x82\x8d", MT_DMOD_APPROX},             /* ごろ */
        {"\xe9\xa0\x83", MT_DMOD_APPROX},                         /* 頃 */
        {"\xe3\x81\xbe\xe3\x81\xa7\xe3\x81\xab", MT_DMOD_BEFORE}, /* までに */
        {"\xe3\x81\xbe\xe3\x81\xa7", MT_DMOD_BEFORE},             /* まで */
        {"\xe4\xbb\xa5\xe5\x89\x8d", MT_DMOD_BEFORE},             /* 以前 */
        {"\xe4\xbb\xa5\xe9\x99\x8d", MT_DMOD_AFTER},              /* 以降 */
        {"\xe4\xb8\x8a\xe6\x97\xac", MT_DMOD_START},              /* 上旬 */
        {"\xe4\xb8\xad\xe6\x97\xac", MT_DMOD_MID},                /* 中旬 */
        {"\xe4\xb8\x8b\xe6\x97\xac", MT_DMOD_END},                /* 下旬 */
        {"\xe6\x9c\xab", MT_DMOD_END},                            /* 末 */
    };
    bool again = true;
    while (again) {
        again = false;
        for (size_t i = 0; i < MT_ARRAY_LEN(prefixes); i++)
            if (mt_dossier_parse_eat_prefix(p, &s, prefixes[i].w)) {
                mods |= prefixes[i].m;
                again = true;
            }
        for (size_t i = 0; i < MT_ARRAY_LEN(suffixes); i++)
            if (eat_suffix(p, &s, suffixes[i].w)) {
                mods |= suffixes[i].m;
                again = true;
            }
    }
    const char *hint = "write YYYY, YYYY-MM or YYYY-MM-DD (or 2016年4月), "
                       "optionally with ~, by, since, early, mid or late";
    if (s.b == s.e) {
        PARSE_ERR(p, all.b, hint, "missing date");
        return false;
    }
    int y = 0, m = 0, dd = 0;
    bool fiscal = false, ok = true, has_m = false, has_d = false;
    size_t i = s.b;
    size_t n;
    if (mt_dossier_parse_starts_with(p, s, "FY")) {
        fiscal = true;
        i += 2;
        ok = mt_dossier_parse_take_digits(p, i, s.e, &y) == 4 && i + 4 == s.e;
    } else if ((n = mt_dossier_parse_take_digits(p, i, s.e, &y)) == 4 &&
               i + 4 < s.e && p->line[i + 4] == '-') {
        i += 5; /* ISO */
        ok = mt_dossier_parse_take_digits(p, i, s.e, &m) == 2;
        has_m = true;
        i += 2;
        if (ok && i < s.e) {
            ok = p->line[i] == '-' &&
                 mt_dossier_parse_take_digits(p, i + 1, s.e, &dd) == 2;
            has_d = true;
            i += 3;
        }
        ok = ok && i == s.e;
    } else if (n == 4 && i + 4 == s.e) {
        i += 4;
    } else {
        /* Japanese: [YYYY年][M月[D日]] or YYYY年度. */
        static const char nen[] = "\xe5\xb9\xb4", gatsu[] = "\xe6\x9c\x88",
                          nichi[] = "\xe6\x97\xa5", do_[] = "\xe5\xba\xa6";
        int v;
        y = 0; /* mt_dossier_parse_take_digits may have stored a shorter number
                */
        size_t k = mt_dossier_parse_take_digits(p, i, s.e, &v);
        bool has_y = false;
        if (k == 4 && s.e - (i + k) >= 3 &&
            memcmp(p->line + i + k, nen, 3) == 0) {
            y = v;
            has_y = true;
            i += k + 3;
            if (s.e - i >= 3 && memcmp(p->line + i, do_, 3) == 0) {
                fiscal = true;
                i += 3;
            }
            k = mt_dossier_parse_take_digits(p, i, s.e, &v);
        }
        if (!fiscal && k >= 1 && k <= 2 && s.e - (i + k) >= 3 &&
            memcmp(p->line + i + k, gatsu, 3) == 0) {
            m = v;
            has_m = true;
            i += k + 3;
            k = mt_dossier_parse_take_digits(p, i, s.e, &v);
            if (k >= 1 && k <= 2 && s.e - (i + k) >= 3 &&
                memcmp(p->line + i + k, nichi, 3) == 0) {
                dd = v;
                has_d = true;
                i += k + 3;
            }
        }
        ok = i == s.e && (has_y || has_m);
    }
    int dbits =
        (mods & MT_DMOD_BEFORE ? 1 : 0) + (mods & MT_DMOD_AFTER ? 1 : 0);
    int pbits = (mods & MT_DMOD_START ? 1 : 0) + (mods & MT_DMOD_MID ? 1 : 0) +
                (mods & MT_DMOD_END ? 1 : 0);
    int len = (int)(all.e - all.b);
    const char *txt = p->line + all.b;
    if (!ok) {
        PARSE_ERR(p, all.b, hint, "cannot read date '%.*s'", len, txt);
        return false;
    }
    if (has_m && (m < 1 || m > 12)) {
        PARSE_ERR(p, all.b, "use a month from 1 to 12",
                  "impossible date '%.*s': there is no month %d", len, txt, m);
        return false;
    }
    if (has_d && dd < 1) {
        PARSE_ERR(p, all.b, "correct the day",
                  "impossible date '%.*s': there is no day 0", len, txt);
        return false;
    }
    if (m && dd) {
        int dim = mt_date_days_in_month(y, m);
        if (dd > dim) {
            if (y)
                PARSE_ERR(p, all.b, "correct the day",
                          "impossible date '%.*s': %s %d has %d days", len, txt,
                          month_names[m - 1], y, dim);
            else
                PARSE_ERR(p, all.b, "correct the day",
                          "impossible date '%.*s': %s has at most %d days", len,
                          txt, month_names[m - 1], dim);
            return false;
        }
    }
    if (y == 0) {
        PARSE_ERR(p, all.b, "add the year, e.g. 2020年2月3日 or 2020-02-03",
                  "date '%.*s' has no year", len, txt);
        return false;
    }
    if (y < 1900 || y > 2999) {
        PARSE_ERR(p, all.b, "write a four-digit year from 1900 to 2999",
                  "implausible year %d in date '%.*s'", y, len, txt);
        return false;
    }
    if (dbits > 1 || pbits > 1 || (pbits && dd) || (pbits && fiscal)) {
        PARSE_ERR(p, all.b,
                  "use at most one of by/since and one of early/mid/late, and "
                  "early/mid/late only on a month or year",
                  "contradictory modifiers in date '%.*s'", len, txt);
        return false;
    }
    out->date.year = (int16_t)y;
    out->date.month = (uint8_t)m;
    out->date.day = (uint8_t)dd;
    out->date.fiscal = fiscal ? 1 : 0;
    out->mods = mods;
    return true;
}
