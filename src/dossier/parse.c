/*
 * The dossier text format parser (docs/dossier-format.md).
 *
 * Line-oriented and single-pass: each line is classified by the section it
 * is in and its first characters, and parsed with bounded backward scans
 * that consume what they look at, so the whole parse is linear in the
 * input.  A malformed line becomes a diagnostic and the parser carries on
 * with the next line, so one run reports every problem.  Columns in
 * diagnostics count code points from 1.
 */
#include "dossier/dossier_internal.h"

#include "core/buf.h"
#include "core/internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum section {
    SEC_NONE,
    SEC_SOURCES,
    SEC_ORGS,
    SEC_CLAIMS,
    SEC_TIMELINE,
    SEC_COMMENTARY,
    SEC_CONFLICTS
};

/* Section headings, English and Japanese; ASCII compared without case. */
static const struct {
    const char *name;
    enum section sec;
} section_names[] = {
    {"sources", SEC_SOURCES},
    {"ソース", SEC_SOURCES},
    {"調査ソース", SEC_SOURCES},
    {"出典", SEC_SOURCES},
    {"organisations", SEC_ORGS},
    {"organizations", SEC_ORGS},
    {"組織", SEC_ORGS},
    {"関係組織", SEC_ORGS},
    {"claims", SEC_CLAIMS},
    {"主張", SEC_CLAIMS},
    {"timeline", SEC_TIMELINE},
    {"時系列", SEC_TIMELINE},
    {"commentary", SEC_COMMENTARY},
    {"所感", SEC_COMMENTARY},
    {"conflicts", SEC_CONFLICTS},
    {"食い違い", SEC_CONFLICTS},
};

/* A slice of the current line: [b, e) byte offsets. */
typedef struct span {
    size_t b, e;
} span;

typedef struct parser {
    mt_dossier *d;
    mt_diag_list *diags;
    const char *line; /* current line, without its newline */
    size_t len;
    long lineno;
    enum section sec;
    int header;      /* 0 not seen, 1 inside, 2 closed */
    char *claim_org; /* current "### org" in Claims */
    mt_buf para;     /* commentary paragraph being collected */
    long para_line;
    mt_status st; /* first fatal failure (out of memory) */
} parser;

static long col_of(const parser *p, size_t off)
{
    return (long)mt_utf8_chars(p->line, off < p->len ? off : p->len) + 1;
}

static void diag(parser *p, mt_diag_severity sev, size_t off, const char *hint,
                 const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static void diag(parser *p, mt_diag_severity sev, size_t off, const char *hint,
                 const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    mt_status st =
        mt_diag_add(p->diags, sev, p->lineno, col_of(p, off), hint, "%s", msg);
    if (st != MT_OK && p->st == MT_OK)
        p->st = st;
}

#define ERR(p, off, hint, ...)                                                 \
    diag((p), MT_DIAG_ERROR, (off), (hint), __VA_ARGS__)

static bool is_space(char c)
{
    return c == ' ' || c == '\t';
}

static span trim(const parser *p, span s)
{
    while (s.b < s.e && is_space(p->line[s.b]))
        s.b++;
    while (s.e > s.b && is_space(p->line[s.e - 1]))
        s.e--;
    /* Ideographic space (U+3000) at either end, common in Japanese. */
    while (s.e - s.b >= 3 && memcmp(p->line + s.b, "\xe3\x80\x80", 3) == 0)
        s.b += 3;
    while (s.e - s.b >= 3 && memcmp(p->line + s.e - 3, "\xe3\x80\x80", 3) == 0)
        s.e -= 3;
    return s;
}

static bool span_eq(const parser *p, span s, const char *lit)
{
    size_t n = strlen(lit);
    return s.e - s.b == n && memcmp(p->line + s.b, lit, n) == 0;
}

static bool starts_with(const parser *p, span s, const char *lit)
{
    size_t n = strlen(lit);
    return s.e - s.b >= n && memcmp(p->line + s.b, lit, n) == 0;
}

/* ASCII-case-insensitive comparison of a span with a lower-case name. */
static bool span_eq_ci(const parser *p, span s, const char *lit)
{
    size_t n = strlen(lit);
    if (s.e - s.b != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = p->line[s.b + i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != lit[i])
            return false;
    }
    return true;
}

/* A copy of the span with "\|" unescaped; NULL (and p->st set) on OOM. */
static char *copy(parser *p, span s)
{
    char *out = malloc(s.e - s.b + 1);
    if (!out) {
        p->st = MT_ERR_NOMEM;
        return NULL;
    }
    size_t k = 0;
    for (size_t i = s.b; i < s.e; i++) {
        if (p->line[i] == '\\' && i + 1 < s.e && p->line[i + 1] == '|')
            i++;
        out[k++] = p->line[i];
    }
    out[k] = '\0';
    return out;
}

/*
 * Split s on unescaped '|' into at most max fields (the last takes the
 * rest).  Returns the number of fields.
 */
static size_t split_pipes(const parser *p, span s, span *f, size_t max)
{
    size_t n = 0;
    size_t start = s.b;
    for (size_t i = s.b; i < s.e && n + 1 < max; i++) {
        if (p->line[i] == '\\' && i + 1 < s.e) {
            i++;
            continue;
        }
        if (p->line[i] == '|') {
            f[n++] = trim(p, (span){start, i});
            start = i + 1;
        }
    }
    f[n++] = trim(p, (span){start, s.e});
    return n;
}

/* ---- citations and trailing annotations ---- */

/*
 * Strip trailing citation groups "[2]", "[2,3]", "[2][3]" from s into c.
 * A trailing bracket group holding anything but digits, commas and spaces
 * is text, not a citation.  Returns the number of groups taken.
 */
static int strip_cites(parser *p, span *s, mt_cites *c)
{
    int groups = 0;
    for (;;) {
        span t = trim(p, *s);
        if (t.e == t.b || p->line[t.e - 1] != ']')
            break;
        size_t open = t.e - 1;
        bool ok = true, digit = false;
        while (open > t.b && p->line[open - 1] != '[') {
            char ch = p->line[open - 1];
            if (ch >= '0' && ch <= '9')
                digit = true;
            else if (ch != ',' && ch != ' ')
                ok = false;
            if (!ok)
                break;
            open--;
        }
        if (!ok || open == t.b || !digit)
            break;
        open--; /* at '[' */
        /* Numbers in order, each with its column. */
        mt_cites group = {NULL, NULL, 0};
        size_t i = open + 1;
        while (i < t.e - 1) {
            if (p->line[i] < '0' || p->line[i] > '9') {
                i++;
                continue;
            }
            size_t nb = i;
            while (i < t.e - 1 && p->line[i] >= '0' && p->line[i] <= '9')
                i++;
            int64_t v = 0;
            if (i - nb > 6 || !mt_parse_i64(p->line + nb, i - nb, &v) ||
                v < 1) {
                ERR(p, nb, "number sources from 1 as listed under '## Sources'",
                    "citation '%.*s' is not a source number", (int)(i - nb),
                    p->line + nb);
                continue;
            }
            if (mt_cites_add_at(&group, (int)v, col_of(p, nb)) != MT_OK)
                p->st = MT_ERR_NOMEM;
        }
        /* Groups are found right to left; prepend this one. */
        for (size_t k = 0; k < c->count; k++)
            if (mt_cites_add_at(&group, c->n[k], c->col[k]) != MT_OK)
                p->st = MT_ERR_NOMEM;
        free(c->n);
        free(c->col);
        *c = group;
        s->b = t.b;
        s->e = open;
        groups++;
    }
    *s = trim(p, *s);
    return groups;
}

/* The last "{...}" group at the end of s, removed from s; false if none. */
static bool strip_brace(parser *p, span *s, span *inner)
{
    span t = trim(p, *s);
    if (t.e == t.b || p->line[t.e - 1] != '}')
        return false;
    size_t open = t.e - 1;
    while (open > t.b && p->line[open - 1] != '{' && p->line[open - 1] != '}')
        open--;
    if (open == t.b || p->line[open - 1] != '{')
        return false;
    *inner = trim(p, (span){open, t.e - 1});
    s->e = open - 1;
    *s = trim(p, *s);
    return true;
}

/* ---- dates ---- */

static const char *const month_names[] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

static size_t take_digits(const parser *p, size_t i, size_t e, int *v)
{
    size_t k = i;
    int x = 0;
    while (k < e && k - i < 5 && p->line[k] >= '0' && p->line[k] <= '9')
        x = x * 10 + (p->line[k++] - '0');
    *v = x;
    return k - i;
}

/* Remove a prefix or suffix word from s, returning true when present. */
static bool eat_prefix(const parser *p, span *s, const char *lit)
{
    if (!starts_with(p, *s, lit))
        return false;
    s->b += strlen(lit);
    *s = trim(p, *s);
    return true;
}

static bool eat_suffix(const parser *p, span *s, const char *lit)
{
    size_t n = strlen(lit);
    if (s->e - s->b < n || memcmp(p->line + s->e - n, lit, n) != 0)
        return false;
    s->e -= n;
    *s = trim(p, *s);
    return true;
}

/*
 * Parse a date field.  On failure reports a diagnostic naming the fix and
 * returns false.  need_year: a date without a year is an error.
 */
static bool parse_date(parser *p, span s, mt_dossier_date *out)
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
            if (eat_prefix(p, &s, prefixes[i].w)) {
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
        ERR(p, all.b, hint, "missing date");
        return false;
    }
    int y = 0, m = 0, dd = 0;
    bool fiscal = false, ok = true, has_m = false, has_d = false;
    size_t i = s.b;
    size_t n;
    if (starts_with(p, s, "FY")) {
        fiscal = true;
        i += 2;
        ok = take_digits(p, i, s.e, &y) == 4 && i + 4 == s.e;
    } else if ((n = take_digits(p, i, s.e, &y)) == 4 && i + 4 < s.e &&
               p->line[i + 4] == '-') {
        i += 5; /* ISO */
        ok = take_digits(p, i, s.e, &m) == 2;
        has_m = true;
        i += 2;
        if (ok && i < s.e) {
            ok = p->line[i] == '-' && take_digits(p, i + 1, s.e, &dd) == 2;
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
        y = 0; /* take_digits above may have stored a shorter number */
        size_t k = take_digits(p, i, s.e, &v);
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
            k = take_digits(p, i, s.e, &v);
        }
        if (!fiscal && k >= 1 && k <= 2 && s.e - (i + k) >= 3 &&
            memcmp(p->line + i + k, gatsu, 3) == 0) {
            m = v;
            has_m = true;
            i += k + 3;
            k = take_digits(p, i, s.e, &v);
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
        ERR(p, all.b, hint, "cannot read date '%.*s'", len, txt);
        return false;
    }
    if (has_m && (m < 1 || m > 12)) {
        ERR(p, all.b, "use a month from 1 to 12",
            "impossible date '%.*s': there is no month %d", len, txt, m);
        return false;
    }
    if (has_d && dd < 1) {
        ERR(p, all.b, "correct the day",
            "impossible date '%.*s': there is no day 0", len, txt);
        return false;
    }
    if (m && dd) {
        int dim = mt_date_days_in_month(y, m);
        if (dd > dim) {
            if (y)
                ERR(p, all.b, "correct the day",
                    "impossible date '%.*s': %s %d has %d days", len, txt,
                    month_names[m - 1], y, dim);
            else
                ERR(p, all.b, "correct the day",
                    "impossible date '%.*s': %s has at most %d days", len, txt,
                    month_names[m - 1], dim);
            return false;
        }
    }
    if (y == 0) {
        ERR(p, all.b, "add the year, e.g. 2020年2月3日 or 2020-02-03",
            "date '%.*s' has no year", len, txt);
        return false;
    }
    if (y < 1900 || y > 2999) {
        ERR(p, all.b, "write a four-digit year from 1900 to 2999",
            "implausible year %d in date '%.*s'", y, len, txt);
        return false;
    }
    if (dbits > 1 || pbits > 1 || (pbits && dd) || (pbits && fiscal)) {
        ERR(p, all.b,
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

/* ---- header ---- */

static bool valid_id(const parser *p, span s, size_t *bad)
{
    for (size_t i = s.b; i < s.e; i++) {
        char c = p->line[i];
        bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && (i == s.b || (c != '-' && c != '_' && c != '.'))) {
            *bad = i;
            return false;
        }
    }
    *bad = s.b;
    return s.e > s.b && s.e - s.b <= 100;
}

static const char *id_hint = "use lower-case letters, digits, '-', '_' and "
                             "'.', starting with a letter or digit";

static void header_line(parser *p)
{
    span all = trim(p, (span){0, p->len});
    if (all.b == all.e)
        return;
    size_t colon = all.b;
    while (colon < all.e && p->line[colon] != ':')
        colon++;
    if (colon == all.e) {
        ERR(p, all.b,
            "write 'key: value' (id, title, status, related, "
            "updated), or '---' to end the header",
            "header line without ':'");
        return;
    }
    span key = trim(p, (span){all.b, colon});
    span val = trim(p, (span){colon + 1, all.e});
    mt_dossier *d = p->d;
    size_t bad;
    if (span_eq(p, key, "id")) {
        if (!valid_id(p, val, &bad)) {
            ERR(p, bad, id_hint, "invalid incident id '%.*s'",
                (int)(val.e - val.b), p->line + val.b);
            return;
        }
        free(d->id);
        d->id = copy(p, val);
        d->id_line = p->lineno;
    } else if (span_eq(p, key, "title")) {
        if (val.b == val.e) {
            ERR(p, val.b, "give the incident a title", "empty title");
            return;
        }
        free(d->title);
        d->title = copy(p, val);
        d->title_line = p->lineno;
    } else if (span_eq(p, key, "status")) {
        if (span_eq(p, val, "ongoing"))
            d->status = MT_INCIDENT_ONGOING;
        else if (span_eq(p, val, "closed"))
            d->status = MT_INCIDENT_CLOSED;
        else {
            ERR(p, val.b, "write 'status: ongoing' or 'status: closed'",
                "unknown status '%.*s'", (int)(val.e - val.b), p->line + val.b);
            return;
        }
        d->status_line = p->lineno;
    } else if (span_eq(p, key, "related")) {
        size_t i = val.b;
        while (i < val.e && p->st == MT_OK) {
            size_t j = i;
            while (j < val.e && p->line[j] != ',')
                j++;
            span one = trim(p, (span){i, j});
            if (one.b == one.e) {
                ERR(p, i, "separate incident ids with single commas",
                    "empty related incident id");
            } else if (!valid_id(p, one, &bad)) {
                ERR(p, bad, id_hint, "invalid related incident id '%.*s'",
                    (int)(one.e - one.b), p->line + one.b);
            } else {
                mt_dossier_related *r = mt_dossier_add_related(d);
                if (!r) {
                    p->st = MT_ERR_NOMEM;
                    return;
                }
                r->id = copy(p, one);
                r->line = p->lineno;
                r->col = col_of(p, one.b);
            }
            i = j + 1;
        }
    } else if (span_eq(p, key, "updated")) {
        size_t sp = val.b;
        while (sp < val.e && !is_space(p->line[sp]))
            sp++;
        span ds = {val.b, sp};
        span text = trim(p, (span){sp, val.e});
        mt_dossier_date dt;
        if (!parse_date(p, ds, &dt))
            return;
        if (text.b == text.e) {
            ERR(p, val.e, "say what changed after the date",
                "update entry without text");
            return;
        }
        mt_dossier_update *u = mt_dossier_add_update(d);
        if (!u) {
            p->st = MT_ERR_NOMEM;
            return;
        }
        u->date = dt.date;
        u->text = copy(p, text);
        u->line = p->lineno;
        u->col = col_of(p, all.b);
    } else {
        ERR(p, key.b, "use id, title, status, related or updated",
            "unknown header field '%.*s'", (int)(key.e - key.b),
            p->line + key.b);
    }
}

/* ---- sections ---- */

/* "[kind] publisher | title | date | url [| lang]" at rest into src. */
static void source_fields(parser *p, mt_dossier_source *src, span rest, int n)
{
    const char *kinds = "official, authority, media, blog or other";
    if (!starts_with(p, rest, "[")) {
        ERR(p, rest.b, "start with the kind in brackets, e.g. '[media]'",
            "source %d has no kind", n);
        return;
    }
    size_t close = rest.b + 1;
    while (close < rest.e && p->line[close] != ']')
        close++;
    span kind = {rest.b + 1, close};
    char kbuf[16];
    mt_source_kind kv;
    if (close == rest.e || kind.e - kind.b >= sizeof kbuf ||
        (memcpy(kbuf, p->line + kind.b, kind.e - kind.b),
         kbuf[kind.e - kind.b] = '\0',
         mt_source_kind_parse(&kv, kbuf)) != MT_OK) {
        char hint[96];
        snprintf(hint, sizeof hint, "use %s", kinds);
        ERR(p, rest.b + 1, hint, "unknown source kind '%.*s'",
            (int)((close < rest.e ? close : rest.e) - (rest.b + 1)),
            p->line + rest.b + 1);
        return;
    }
    src->kind = kv;
    span f[6];
    size_t nf = split_pipes(p, (span){close + 1, rest.e}, f, 6);
    if (nf < 4 || nf > 5) {
        ERR(p, close + 1,
            "write '[kind] publisher | title | date | url', optionally "
            "'| lang'; escape a '|' in a title as '\\|'",
            "source %d has %zu fields, expected 4 or 5", n, nf);
        return;
    }
    if (f[0].b == f[0].e) {
        ERR(p, f[0].b, "name who published it", "source %d has no publisher",
            n);
        return;
    }
    src->publisher = copy(p, f[0]);
    if (f[1].b != f[1].e)
        src->title = copy(p, f[1]);
    if (f[2].b != f[2].e && !span_eq(p, f[2], "-")) {
        mt_dossier_date dt;
        if (!parse_date(p, f[2], &dt))
            return;
        src->published = dt.date;
    }
    if (f[3].b != f[3].e && !span_eq(p, f[3], "-")) {
        if (!starts_with(p, f[3], "https://") &&
            !starts_with(p, f[3], "http://")) {
            ERR(p, f[3].b, "give an http:// or https:// URL, or '-' for none",
                "source %d: '%.*s' is not a URL", n, (int)(f[3].e - f[3].b),
                p->line + f[3].b);
            return;
        }
        src->url = copy(p, f[3]);
    }
    if (nf == 5 && f[4].b != f[4].e)
        src->lang = copy(p, f[4]);
}

static void source_line(parser *p, span s)
{
    /* "N. [kind] publisher | title | date | url [| lang]", "N. @id", or
     * "N. @id [kind] publisher | ..." (a stored source with what the
     * store knows of it, for the reader; the store's record is what a
     * build uses). */
    int n = 0;
    size_t k = take_digits(p, s.b, s.e, &n);
    size_t after = s.b + k;
    if (k == 0 || after >= s.e || p->line[after] != '.' || n < 1 || k > 5) {
        ERR(p, s.b,
            "write 'N. [kind] publisher | title | date | url' or 'N. @id'",
            "expected a numbered source");
        return;
    }
    span rest = trim(p, (span){after + 1, s.e});
    mt_dossier_source *src = mt_dossier_add_source(p->d);
    if (!src) {
        p->st = MT_ERR_NOMEM;
        return;
    }
    src->n = n;
    src->line = p->lineno;
    src->col = col_of(p, s.b);
    if (starts_with(p, rest, "@")) {
        span id = {rest.b + 1, rest.b + 1};
        while (id.e < rest.e && p->line[id.e] != ' ' && p->line[id.e] != '\t')
            id.e++;
        bool hex = id.e - id.b >= 4 && id.e - id.b <= MT_SOURCE_ID_LEN;
        for (size_t i = id.b; hex && i < id.e; i++) {
            char c = p->line[i];
            hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        }
        if (!hex) {
            ERR(p, rest.b,
                "write '@' and 4 to 16 lower-case hex digits of the stored "
                "source id (see 'matome sources')",
                "invalid stored source id '%.*s'", (int)(id.e - rest.b),
                p->line + rest.b);
            return;
        }
        memcpy(src->stored_id, p->line + id.b, id.e - id.b);
        src->stored_id[id.e - id.b] = '\0';
        span meta = trim(p, (span){id.e, rest.e});
        if (meta.b < meta.e)
            source_fields(p, src, meta, n);
        return;
    }
    source_fields(p, src, rest, n);
}

/* Find "(role)" in s: the first parenthesised known role name. */
static bool find_role(parser *p, span s, span *paren, mt_org_role *role)
{
    for (size_t i = s.b; i < s.e; i++) {
        if (p->line[i] != '(')
            continue;
        size_t j = i + 1;
        while (j < s.e && j - i < 16 && p->line[j] != ')')
            j++;
        if (j >= s.e || p->line[j] != ')')
            continue;
        char buf[16];
        size_t n = j - i - 1;
        if (n >= sizeof buf)
            continue;
        memcpy(buf, p->line + i + 1, n);
        buf[n] = '\0';
        if (mt_org_role_parse(role, buf) == MT_OK) {
            *paren = (span){i, j + 1};
            return true;
        }
    }
    return false;
}

static void org_line(parser *p, span s)
{
    /* "NAME (role) [aka A, B][: note [cites]]" */
    span paren;
    mt_org_role role;
    if (!find_role(p, s, &paren, &role)) {
        ERR(p, s.b,
            "write 'name (role)' with role victim, authority, vendor, "
            "investigator, attacker or other",
            "organisation without a role");
        return;
    }
    span name = trim(p, (span){s.b, paren.b});
    if (name.b == name.e) {
        ERR(p, s.b, "put the organisation's name before '(role)'",
            "organisation without a name");
        return;
    }
    mt_dossier_org *o = mt_dossier_add_org(p->d);
    if (!o) {
        p->st = MT_ERR_NOMEM;
        return;
    }
    o->name = copy(p, name);
    o->role = role;
    o->line = p->lineno;
    o->col = col_of(p, name.b);
    span rest = trim(p, (span){paren.e, s.e});
    /* The note starts at the first ": " (or a full-width colon). */
    size_t colon = rest.b, after = rest.e;
    while (colon < rest.e) {
        if (p->line[colon] == ':' &&
            (colon + 1 == rest.e || is_space(p->line[colon + 1]))) {
            after = colon + 1;
            break;
        }
        if (rest.e - colon >= 3 &&
            memcmp(p->line + colon, "\xef\xbc\x9a", 3) == 0) { /* ： */
            after = colon + 3;
            break;
        }
        colon++;
    }
    span aka = trim(p, (span){rest.b, colon});
    if (aka.b != aka.e) {
        if (!eat_prefix(p, &aka, "aka ") && !eat_prefix(p, &aka, "別名 ")) {
            ERR(p, aka.b, "write aliases as 'aka A, B' and the note after ': '",
                "unexpected text after the role");
        } else {
            size_t i = aka.b;
            while (i <= aka.e && p->st == MT_OK) {
                size_t j = i;
                while (j < aka.e && p->line[j] != ',' &&
                       !(aka.e - j >= 3 &&
                         memcmp(p->line + j, "\xe3\x80\x81", 3) == 0))
                    j++;
                span one = trim(p, (span){i, j});
                if (one.b != one.e) {
                    char *a = copy(p, one);
                    if (a && mt_dossier_org_add_alias(o, a) != MT_OK)
                        p->st = MT_ERR_NOMEM;
                    free(a);
                }
                i = j + (j < aka.e && p->line[j] != ',' ? 3 : 1);
            }
        }
    }
    if (after < rest.e || colon < rest.e) {
        span note = {after, rest.e};
        strip_cites(p, &note, &o->cites);
        if (note.b != note.e)
            o->note = copy(p, note);
    }
}

static void claim_line(parser *p, span s)
{
    /* "[category] text {hedge} {qty} [cites]" */
    if (!p->claim_org) {
        ERR(p, s.b, "put claims under a '### organisation' heading",
            "claim outside an organisation group");
        return;
    }
    if (!starts_with(p, s, "[")) {
        ERR(p, s.b,
            "start with the category in brackets: [impact], "
            "[relationship], [attribution], [response] or [context]",
            "claim without a category");
        return;
    }
    size_t close = s.b + 1;
    while (close < s.e && p->line[close] != ']' && close - s.b < 20)
        close++;
    char cbuf[20];
    mt_claim_category cat;
    size_t cn = close - s.b - 1;
    if (close >= s.e || p->line[close] != ']' || cn >= sizeof cbuf ||
        (memcpy(cbuf, p->line + s.b + 1, cn), cbuf[cn] = '\0',
         mt_claim_category_parse(&cat, cbuf)) != MT_OK) {
        ERR(p, s.b + 1,
            "use impact, relationship, attribution, response or context",
            "unknown claim category '%.*s'",
            (int)((close < s.e ? close : s.e) - s.b - 1), p->line + s.b + 1);
        return;
    }
    mt_dossier_claim *c = mt_dossier_add_claim(p->d);
    if (!c) {
        p->st = MT_ERR_NOMEM;
        return;
    }
    c->org = mt_strdup(p->claim_org);
    if (!c->org)
        p->st = MT_ERR_NOMEM;
    c->category = cat;
    c->line = p->lineno;
    c->col = col_of(p, s.b);
    span body = {close + 1, s.e};
    strip_cites(p, &body, &c->cites);
    span inner;
    while (strip_brace(p, &body, &inner)) {
        char ch = inner.b < inner.e ? p->line[inner.b] : '\0';
        if ((ch >= '0' && ch <= '9') || ch == '~') {
            /* quantity: [~]N[,NNN] UNIT[: counts] */
            size_t i = inner.b;
            if (ch == '~') {
                c->quantity.approx = 1;
                i++;
            }
            int64_t v = 0;
            bool ok = true;
            size_t nd = 0;
            while (i < inner.e && ((p->line[i] >= '0' && p->line[i] <= '9') ||
                                   p->line[i] == ',')) {
                if (p->line[i] != ',') {
                    if (v > (INT64_MAX - 9) / 10)
                        ok = false;
                    else
                        v = v * 10 + (p->line[i] - '0');
                    nd++;
                }
                i++;
            }
            size_t cpos = i;
            while (cpos < inner.e && p->line[cpos] != ':')
                cpos++;
            span unit = trim(p, (span){i, cpos});
            span counts =
                trim(p, (span){cpos < inner.e ? cpos + 1 : cpos, inner.e});
            if (!ok || nd == 0 || unit.b == unit.e) {
                ERR(p, inner.b,
                    "write a quantity as {250 件} or {~250 件: files}",
                    "cannot read quantity '%.*s'", (int)(inner.e - inner.b),
                    p->line + inner.b);
                continue;
            }
            if (c->has_quantity) {
                ERR(p, inner.b, "keep one quantity per claim",
                    "second quantity in one claim");
                continue;
            }
            c->has_quantity = 1;
            c->quantity.value = v;
            c->quantity.unit = copy(p, unit);
            if (counts.b != counts.e)
                c->quantity.counts = copy(p, counts);
        } else {
            char hb[20];
            size_t hn = inner.e - inner.b;
            mt_hedge h;
            if (hn >= sizeof hb ||
                (memcpy(hb, p->line + inner.b, hn), hb[hn] = '\0',
                 mt_hedge_parse(&h, hb)) != MT_OK) {
                ERR(p, inner.b,
                    "use {possible}, {suspected}, {denied} or "
                    "{not_confirmed}; a claim without one is confirmed",
                    "unknown hedge '%.*s'", (int)hn, p->line + inner.b);
                continue;
            }
            c->hedge = h;
        }
    }
    if (body.b == body.e) {
        ERR(p, close + 1, "say what the sources claim", "empty claim");
        return;
    }
    c->text = copy(p, body);
}

static void event_line(parser *p, span s)
{
    /* "DATE | ORG | TYPE | text [cites]" */
    span f[4];
    size_t nf = split_pipes(p, s, f, 4);
    if (nf < 4) {
        ERR(p, s.b, "write 'date | organisation | event type | text [n]'",
            "timeline entry has %zu fields, expected 4", nf);
        return;
    }
    mt_dossier_date dt;
    if (!parse_date(p, f[0], &dt))
        return;
    if (f[1].b == f[1].e) {
        ERR(p, f[1].b, "name the organisation the event belongs to",
            "timeline entry without an organisation");
        return;
    }
    char tb[32];
    size_t tn = f[2].e - f[2].b;
    mt_event_type type;
    if (tn >= sizeof tb || (memcpy(tb, p->line + f[2].b, tn), tb[tn] = '\0',
                            mt_event_type_parse(&type, tb)) != MT_OK) {
        ERR(p, f[2].b,
            "use intrusion_start, detection, investigation, containment, "
            "leak_possible, leak_denied, authority_confirmation, "
            "notification, disclosure, media_report, attribution, "
            "remediation or other",
            "unknown event type '%.*s'", (int)tn, p->line + f[2].b);
        return;
    }
    mt_dossier_event *e = mt_dossier_add_event(p->d);
    if (!e) {
        p->st = MT_ERR_NOMEM;
        return;
    }
    e->date = dt;
    e->org = copy(p, f[1]);
    e->type = type;
    e->line = p->lineno;
    e->col = col_of(p, s.b);
    e->date_col = col_of(p, f[0].b);
    span text = f[3];
    strip_cites(p, &text, &e->cites);
    e->text = copy(p, text);
}

static void conflict_line(parser *p, span s)
{
    /* "ORG | about | value [cites] | value [cites] ..." */
    span f[3];
    size_t nf = split_pipes(p, s, f, 3);
    if (nf < 3 || f[0].b == f[0].e || f[1].b == f[1].e) {
        ERR(p, s.b,
            "write 'organisation | what differs | version [n] | version [m]'",
            "conflict needs an organisation, a subject and versions");
        return;
    }
    mt_dossier_conflict *c = mt_dossier_add_conflict(p->d);
    if (!c) {
        p->st = MT_ERR_NOMEM;
        return;
    }
    c->org = copy(p, f[0]);
    c->about = copy(p, f[1]);
    c->line = p->lineno;
    c->col = col_of(p, s.b);
    span vs[64];
    size_t nv = split_pipes(p, f[2], vs, MT_ARRAY_LEN(vs));
    if (nv < 2)
        ERR(p, f[2].b, "give at least two versions separated by '|'",
            "conflict with only one version");
    for (size_t i = 0; i < nv && p->st == MT_OK; i++) {
        span v = vs[i];
        mt_cites cites = {NULL, NULL, 0};
        strip_cites(p, &v, &cites);
        char *val = copy(p, v);
        mt_conflict_variant *var =
            val ? mt_dossier_conflict_add_variant(c, val) : NULL;
        free(val);
        if (!var) {
            free(cites.n);
            free(cites.col);
            p->st = MT_ERR_NOMEM;
            return;
        }
        var->cites = cites;
        if (cites.count == 0)
            ERR(p, v.e, "cite the sources of this version, e.g. [2]",
                "conflict version without a citation");
    }
}

/* ---- commentary ---- */

static void flush_para(parser *p)
{
    if (p->para.len == 0)
        return;
    /* Drop trailing newline(s). */
    while (p->para.len && p->para.data[p->para.len - 1] == '\n')
        p->para.data[--p->para.len] = '\0';
    mt_dossier_para *para = mt_dossier_add_para(p->d);
    if (!para) {
        p->st = MT_ERR_NOMEM;
        return;
    }
    para->line = p->para_line;
    para->text = mt_buf_detach(&p->para, NULL);
    if (!para->text)
        p->st = MT_ERR_NOMEM;
}

static void commentary_line(parser *p)
{
    span all = trim(p, (span){0, p->len});
    if (all.b == all.e) {
        flush_para(p);
        return;
    }
    if (p->para.len == 0)
        p->para_line = p->lineno;
    else if (mt_buf_putc(&p->para, '\n') != MT_OK)
        p->st = MT_ERR_NOMEM;
    if (mt_buf_append(&p->para, p->line, p->len) != MT_OK)
        p->st = MT_ERR_NOMEM;
}

/* ---- dispatch ---- */

static void heading(parser *p, span name, size_t hashes_at)
{
    if (p->sec == SEC_COMMENTARY)
        flush_para(p);
    for (size_t i = 0; i < MT_ARRAY_LEN(section_names); i++) {
        if (span_eq_ci(p, name, section_names[i].name)) {
            p->sec = section_names[i].sec;
            free(p->claim_org);
            p->claim_org = NULL;
            return;
        }
    }
    ERR(p, hashes_at,
        "use Sources, Organisations, Claims, Timeline, Commentary or "
        "Conflicts",
        "unknown section '%.*s'", (int)(name.e - name.b), p->line + name.b);
    p->sec = SEC_NONE;
}

/* The bullet text after "- " or "* ", or false. */
static bool bullet(const parser *p, span s, span *body)
{
    if (s.e - s.b >= 2 && (p->line[s.b] == '-' || p->line[s.b] == '*') &&
        is_space(p->line[s.b + 1])) {
        *body = trim(p, (span){s.b + 2, s.e});
        return true;
    }
    return false;
}

static void section_line(parser *p)
{
    span all = trim(p, (span){0, p->len});
    if (starts_with(p, all, "## ") || span_eq(p, all, "##")) {
        heading(p, trim(p, (span){all.b + 2, all.e}), all.b);
        return;
    }
    if (p->sec == SEC_COMMENTARY) {
        commentary_line(p);
        return;
    }
    if (all.b == all.e)
        return;
    if (starts_with(p, all, "### ")) {
        span name = trim(p, (span){all.b + 4, all.e});
        if (p->sec != SEC_CLAIMS) {
            ERR(p, all.b, "use '###' only for organisations under '## Claims'",
                "'###' heading outside Claims");
            return;
        }
        if (name.b == name.e) {
            ERR(p, all.b, "name the organisation after '###'",
                "empty organisation heading");
            return;
        }
        free(p->claim_org);
        p->claim_org = copy(p, name);
        return;
    }
    if (starts_with(p, all, "# ")) {
        if (p->sec == SEC_NONE)
            return; /* a display title for Markdown viewers */
        ERR(p, all.b, "put the title in the header ('title:')",
            "'#' heading inside a section");
        return;
    }
    if (starts_with(p, all, "<!--")) /* an HTML comment line: a note */
        return;
    span body;
    switch (p->sec) {
    case SEC_NONE:
        ERR(p, all.b, "start a section with '## Sources', '## Timeline', ...",
            "text outside any section");
        return;
    case SEC_SOURCES:
        source_line(p, all);
        return;
    case SEC_ORGS:
    case SEC_CLAIMS:
    case SEC_TIMELINE:
    case SEC_CONFLICTS:
        if (!bullet(p, all, &body)) {
            ERR(p, all.b, "start each entry with '- '",
                "expected a '- ' list item");
            return;
        }
        if (p->sec == SEC_ORGS)
            org_line(p, body);
        else if (p->sec == SEC_CLAIMS)
            claim_line(p, body);
        else if (p->sec == SEC_TIMELINE)
            event_line(p, body);
        else
            conflict_line(p, body);
        return;
    case SEC_COMMENTARY:
        break;
    }
}

/* Offset of the first invalid UTF-8 sequence (or NUL) in s[0..n), or n. */
static size_t utf8_check(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        if (c == 0)
            return i;
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t k;
        unsigned min;
        if (c >= 0xC2 && c <= 0xDF)
            k = 1, min = 0x80;
        else if (c >= 0xE0 && c <= 0xEF)
            k = 2, min = 0x800;
        else if (c >= 0xF0 && c <= 0xF4)
            k = 3, min = 0x10000;
        else
            return i;
        if (n - i <= k)
            return i;
        unsigned cp = c & (0x3F >> k);
        for (size_t j = 1; j <= k; j++) {
            if ((s[i + j] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + j] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += k + 1;
    }
    return n;
}

static void one_line(parser *p)
{
    size_t bad = utf8_check((const unsigned char *)p->line, p->len);
    if (bad < p->len) {
        unsigned char b = (unsigned char)p->line[bad];
        if (b == 0)
            ERR(p, bad, "remove the NUL byte", "NUL byte in text");
        else
            ERR(p, bad, "save the file as UTF-8", "invalid UTF-8 byte 0x%02X",
                b);
        return;
    }
    span all = trim(p, (span){0, p->len});
    if (p->header == 0) {
        if (all.b == all.e)
            return;
        if (span_eq(p, all, "---")) {
            p->header = 1;
            return;
        }
        ERR(p, all.b,
            "start the file with a '---' line, then id:, title:, status:, "
            "and another '---'",
            "missing header block");
        p->header = 2;
        /* fall through: parse the line as body text */
    } else if (p->header == 1) {
        if (span_eq(p, all, "---")) {
            p->header = 2;
            return;
        }
        header_line(p);
        return;
    }
    section_line(p);
}

mt_status mt_dossier_parse(mt_dossier **out, const char *text, size_t len,
                           const char *file, mt_diag_list *diags, mt_error *err)
{
    if (!out || (!text && len) || !diags)
        return mt_error_set(err, MT_ERR_ARG, "mt_dossier_parse: NULL argument");
    *out = NULL;
    if (len > MT_DOSSIER_MAX_BYTES)
        return mt_error_at(err, MT_ERR_TOOBIG, file, -1,
                           "dossier is larger than %zu bytes",
                           MT_DOSSIER_MAX_BYTES);
    parser p;
    memset(&p, 0, sizeof p);
    p.d = mt_dossier_new();
    p.diags = diags;
    mt_buf_init(&p.para, MT_DOSSIER_MAX_BYTES);
    if (!p.d || (file && !(p.d->file = mt_strdup(file)))) {
        mt_dossier_free(p.d);
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    }
    size_t pos = 0;
    /* A UTF-8 byte order mark is allowed and skipped. */
    if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
        pos = 3;
    while (pos < len && p.st == MT_OK) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - text) : len;
        p.line = text + pos;
        p.len = end - pos;
        if (p.len && p.line[p.len - 1] == '\r')
            p.len--;
        p.lineno++;
        one_line(&p);
        pos = nl ? end + 1 : len;
    }
    p.line = "";
    p.len = 0;
    if (p.st == MT_OK && p.sec == SEC_COMMENTARY)
        flush_para(&p);
    if (p.st == MT_OK && p.header == 1) {
        p.lineno++;
        ERR(&p, 0, "end the header with a '---' line",
            "header block is not closed");
    } else if (p.st == MT_OK && p.header == 0) {
        p.lineno = 1;
        ERR(&p, 0,
            "start the file with a '---' line, then id:, title:, status:, "
            "and another '---'",
            "missing header block");
    }
    free(p.claim_org);
    mt_buf_free(&p.para);
    if (p.st != MT_OK) {
        mt_dossier_free(p.d);
        return mt_error_at(err, p.st, file, -1, "%s",
                           p.st == MT_ERR_NOMEM ? "out of memory"
                                                : "too many diagnostics");
    }
    *out = p.d;
    return MT_OK;
}
