/*
 * `matome import-blog`: Japanese security-blog summaries to dossiers
 * (include/matome/import.h, docs/import-blog.md).
 *
 * One pass over the lines: a line that is exactly a known heading (or ends
 * in a known suffix such as との関係) switches the section, and each
 * section reads its lines.  Two things need the whole document and are done
 * after the pass: 公式発表 entries are matched against the source table
 * (and their year-less dates resolved against it), and every citation is
 * checked against the table.  Every line is looked at a bounded number of
 * times; source numbers are a bitmap and titles a hash table, so neither
 * duplicate rows nor citations nor statements scan the source table
 * (only a statement without a year compares its date with every source).
 *
 * Whitespace in such text is mixed: ASCII spaces, U+3000 ideographic
 * spaces and U+00A0 no-break spaces (a page copied from a browser uses
 * them for its empty spacer paragraphs), so all three count as blank.
 */
#include "matome/import.h"

#include "core/buf.h"
#include "core/internal.h"
#include "dossier/dossier_internal.h"

#include <glib.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ---- the word lists (data/import_blog.tsv) ---- */

enum rule_kind {
    R_SECTION,
    R_SECTION_SUFFIX,
    R_OFFICIAL_MARK,
    R_AUTHORITY,
    R_HEDGE,
    R_EVENT,
    R_DATE_PREFIX,
    R_DATE_SUFFIX,
    R_NKINDS
};

static const char *const rule_kind_names[R_NKINDS] = {
    "section", "section_suffix", "official_mark", "authority",
    "hedge",   "event",          "date_prefix",   "date_suffix"};

typedef struct rule {
    enum rule_kind kind;
    char *text;
    size_t len;
    char *value;
} rule;

typedef struct rules {
    rule *r;
    size_t n;
} rules;

static void rules_free(rules *rs)
{
    for (size_t i = 0; i < rs->n; i++) {
        free(rs->r[i].text);
        free(rs->r[i].value);
    }
    free(rs->r);
    rs->r = NULL;
    rs->n = 0;
}

static mt_status rules_load(rules *rs, mt_error *err)
{
    mt_tsv t;
    mt_status st = mt_tsv_open(&t, "import_blog.tsv", err);
    if (st != MT_OK)
        return st;
    int ck = mt_tsv_col(&t, "kind"), ct = mt_tsv_col(&t, "text"),
        cv = mt_tsv_col(&t, "value");
    if (ck < 0 || ct < 0 || cv < 0) {
        mt_tsv_close(&t);
        return mt_error_set(err, MT_ERR_INPUT,
                            "import_blog.tsv: need columns kind, text, value");
    }
    int r;
    while ((r = mt_tsv_next(&t, err)) == 1) {
        int kind = -1;
        for (int k = 0; k < R_NKINDS; k++)
            if (strlen(rule_kind_names[k]) == t.field_len[ck] &&
                memcmp(rule_kind_names[k], t.field[ck], t.field_len[ck]) == 0)
                kind = k;
        if (kind < 0 || t.field_len[ct] == 0) {
            mt_tsv_close(&t);
            rules_free(rs);
            return mt_error_set(err, MT_ERR_INPUT,
                                "import_blog.tsv:%ld: unknown kind or empty "
                                "text",
                                t.line);
        }
        if (!mt_grow_pow2((void **)&rs->r, rs->n, sizeof *rs->r)) {
            mt_tsv_close(&t);
            rules_free(rs);
            return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
        }
        rule *ru = &rs->r[rs->n];
        ru->kind = (enum rule_kind)kind;
        ru->text = mt_strndup(t.field[ct], t.field_len[ct]);
        ru->len = t.field_len[ct];
        ru->value = mt_strndup(t.field[cv], t.field_len[cv]);
        rs->n++;
        if (!ru->text || !ru->value) {
            mt_tsv_close(&t);
            rules_free(rs);
            return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
        }
    }
    mt_tsv_close(&t);
    if (r < 0) {
        rules_free(rs);
        return (mt_status)r;
    }
    return MT_OK;
}

/* The first rule of `kind` whose text occurs in s[0..n), or NULL. */
static const rule *rule_find(const rules *rs, enum rule_kind kind,
                             const char *s, size_t n)
{
    for (size_t i = 0; i < rs->n; i++) {
        const rule *ru = &rs->r[i];
        if (ru->kind != kind || ru->len > n)
            continue;
        for (size_t j = 0; j + ru->len <= n; j++)
            if (memcmp(s + j, ru->text, ru->len) == 0)
                return ru;
    }
    return NULL;
}

/* ---- text helpers ---- */

/* Bytes of a blank character (space, tab, U+00A0, U+3000) at s, or 0. */
static size_t blank_at(const char *s, size_t n)
{
    if (n >= 1 && (s[0] == ' ' || s[0] == '\t' || s[0] == '\r'))
        return 1;
    if (n >= 2 && memcmp(s, "\xC2\xA0", 2) == 0)
        return 2;
    if (n >= 3 && memcmp(s, "\xE3\x80\x80", 3) == 0)
        return 3;
    return 0;
}

typedef struct str {
    const char *s;
    size_t n;
} str;

static str trim(str t)
{
    size_t k;
    while (t.n && (k = blank_at(t.s, t.n)) > 0) {
        t.s += k;
        t.n -= k;
    }
    for (;;) {
        if (t.n >= 1 && (t.s[t.n - 1] == ' ' || t.s[t.n - 1] == '\t' ||
                         t.s[t.n - 1] == '\r'))
            t.n--;
        else if (t.n >= 2 && memcmp(t.s + t.n - 2, "\xC2\xA0", 2) == 0)
            t.n -= 2;
        else if (t.n >= 3 && memcmp(t.s + t.n - 3, "\xE3\x80\x80", 3) == 0)
            t.n -= 3;
        else
            break;
    }
    return t;
}

static bool starts(str t, const char *lit)
{
    size_t n = strlen(lit);
    return t.n >= n && memcmp(t.s, lit, n) == 0;
}

static bool contains(str t, const char *lit)
{
    size_t n = strlen(lit);
    for (size_t i = 0; i + n <= t.n; i++)
        if (memcmp(t.s + i, lit, n) == 0)
            return true;
    return false;
}

/* A decimal digit (ASCII or full-width) at s: its value, with *k bytes;
 * -1 otherwise. */
static int digit_at(const char *s, size_t n, size_t *k)
{
    if (n >= 1 && s[0] >= '0' && s[0] <= '9') {
        *k = 1;
        return s[0] - '0';
    }
    if (n >= 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBC &&
        (unsigned char)s[2] >= 0x90 && (unsigned char)s[2] <= 0x99) {
        *k = 3;
        return (unsigned char)s[2] - 0x90;
    }
    return -1;
}

/* Read up to max_digits digits at t; returns the count read (0: none). */
static size_t number(str t, size_t max_digits, long *v, size_t *bytes)
{
    size_t i = 0, nd = 0, k;
    int dv;
    *v = 0;
    while (nd < max_digits && (dv = digit_at(t.s + i, t.n - i, &k)) >= 0) {
        *v = *v * 10 + dv;
        i += k;
        nd++;
    }
    /* More digits than allowed: not a number of this kind. */
    if (nd == max_digits && digit_at(t.s + i, t.n - i, &k) >= 0)
        return 0;
    *bytes = i;
    return nd;
}

static str advance(str t, size_t k)
{
    return (str){t.s + k, t.n - k};
}

/* ---- dates ---- */

typedef struct jdate {
    int y, m, d; /* y 0 = not written */
    int fiscal;
    unsigned mods;
    size_t used; /* bytes consumed */
} jdate;

static unsigned mod_bit(const char *name)
{
    static const struct {
        const char *name;
        unsigned bit;
    } m[] = {{"approx", MT_DMOD_APPROX}, {"before", MT_DMOD_BEFORE},
             {"after", MT_DMOD_AFTER},   {"start", MT_DMOD_START},
             {"mid", MT_DMOD_MID},       {"end", MT_DMOD_END}};
    for (size_t i = 0; i < MT_ARRAY_LEN(m); i++)
        if (strcmp(m[i].name, name) == 0)
            return m[i].bit;
    return 0;
}

/* The rule of `kind` that t starts with, or NULL. */
static const rule *rule_prefix(const rules *rs, enum rule_kind kind, str t)
{
    for (size_t i = 0; i < rs->n; i++) {
        const rule *ru = &rs->r[i];
        if (ru->kind == kind && t.n >= ru->len &&
            memcmp(t.s, ru->text, ru->len) == 0)
            return ru;
    }
    return NULL;
}

/*
 * A date at the start of t: "2022年9月3日", "2022年9月", "2022年",
 * "2022年度", "2022/9/3", "2022-09", "9月3日", "3/4", with prefix words
 * (約) and suffix words (ごろ, 以降, 上旬 ...) from the rules.  Returns
 * false when t does not start with a date; the caller checks validity.
 */
static bool parse_jdate(const rules *rs, str t, jdate *out)
{
    memset(out, 0, sizeof *out);
    str s = t;
    const rule *ru;
    while ((ru = rule_prefix(rs, R_DATE_PREFIX, s)) != NULL) {
        out->mods |= mod_bit(ru->value);
        s = advance(s, ru->len);
    }
    long a, b, c;
    size_t k, nd = number(s, 4, &a, &k);
    if (nd == 0)
        return false;
    str r = advance(s, k);
    if (starts(r, "\xE5\xB9\xB4")) { /* 年 */
        if (nd != 4 && nd != 2)
            return false;
        /* "23年": two-digit years pivot at 1970 (no reference date). */
        out->y = nd == 2 ? (int)(a < 70 ? 2000 + a : 1900 + a) : (int)a;
        r = advance(r, 3);
        if (starts(r, "\xE5\xBA\xA6")) { /* 度 */
            out->fiscal = 1;
            r = advance(r, 3);
        } else if (number(r, 2, &b, &k) > 0 &&
                   starts(advance(r, k), "\xE6\x9C\x88")) { /* 月 */
            out->m = (int)b;
            r = advance(r, k + 3);
            if (number(r, 2, &c, &k) > 0 &&
                starts(advance(r, k), "\xE6\x97\xA5")) { /* 日 */
                out->d = (int)c;
                r = advance(r, k + 3);
            }
        }
    } else if (starts(r, "\xE6\x9C\x88") && nd <= 2) { /* M月[D日] */
        out->m = (int)a;
        r = advance(r, 3);
        if (number(r, 2, &c, &k) > 0 && starts(advance(r, k), "\xE6\x97\xA5")) {
            out->d = (int)c;
            r = advance(r, k + 3);
        }
    } else if (r.n && (r.s[0] == '/' || r.s[0] == '-' || r.s[0] == '.')) {
        char sep = r.s[0];
        if (number(advance(r, 1), 2, &b, &k) == 0)
            return false;
        r = advance(r, 1 + k);
        if (nd == 4) {
            out->y = (int)a;
            out->m = (int)b;
            if (r.n && r.s[0] == sep && number(advance(r, 1), 2, &c, &k) > 0) {
                out->d = (int)c;
                r = advance(r, 1 + k);
            }
        } else if (nd <= 2 && sep == '/') {
            out->m = (int)a;
            out->d = (int)b;
        } else {
            return false;
        }
    } else {
        return false;
    }
    while ((ru = rule_prefix(rs, R_DATE_SUFFIX, r)) != NULL) {
        out->mods |= mod_bit(ru->value);
        r = advance(r, ru->len);
    }
    out->used = (size_t)(r.s - t.s);
    return true;
}

/* A date ending t exactly ("... 2023年3月4日", "... 3/4"): its start. */
static bool trailing_date(const rules *rs, str t, jdate *out, size_t *at)
{
    for (size_t i = 0; i < t.n; i++) {
        size_t k;
        if (digit_at(t.s + i, t.n - i, &k) < 0)
            continue;
        if (i > 0) {
            size_t pk;
            /* Only where a number starts. */
            if ((t.s[i - 1] >= '0' && t.s[i - 1] <= '9') ||
                (i >= 3 && digit_at(t.s + i - 3, 3, &pk) >= 0))
                continue;
        }
        size_t b = i;
        /* Include a prefix word (約) right before the number. */
        for (size_t j = 0; j < rs->n; j++) {
            const rule *ru = &rs->r[j];
            if (ru->kind == R_DATE_PREFIX && ru->len <= i &&
                memcmp(t.s + i - ru->len, ru->text, ru->len) == 0) {
                b = i - ru->len;
                break;
            }
        }
        jdate d;
        if (parse_jdate(rs, advance(t, b), &d) && b + d.used == t.n) {
            *out = d;
            *at = b;
            return true;
        }
    }
    return false;
}

/* ---- the importer ---- */

enum section {
    S_INTRO,
    S_OFFICIAL,
    S_IMPACT,
    S_RELATIONSHIP,
    S_ATTRIBUTION,
    S_TIMELINE,
    S_COMMENTARY,
    S_SOURCES,
    S_HISTORY,
    S_UNKNOWN
};

typedef struct official {
    char *publisher, *title;
    jdate date;
    int has_date;
    long line;
} official;

typedef struct cite_use {
    int n;
    long line;
} cite_use;

/* A source row's number has at most SOURCE_DIGITS digits; a citation
 * "*n" at most CITE_DIGITS (so it always fits the table's range). */
enum { SOURCE_DIGITS = 5, CITE_DIGITS = 4, SOURCE_N_MAX = 99999 };

typedef struct imp {
    const rules *rs;
    mt_dossier *d;
    mt_diag_list *diags;
    mt_status st; /* first failure (out of memory) */
    long line;
    enum section sec;
    /* 調査ソース: the row being read (index into d->sources, or -1). */
    long row;
    int row_fields; /* 0 number only, 1 publisher, 2 title */
    long row_line;
    official *off;
    size_t noff;
    cite_use *uses;
    size_t nuses;
    /* Source numbers in use, a bit each: rows are numbered with at most
     * SOURCE_DIGITS digits, so duplicate rows and unknown citations are
     * found in O(1) instead of a scan of the table. */
    unsigned char numbered[(SOURCE_N_MAX >> 3) + 1];
    int max_n;   /* the largest source number so far */
    mt_buf para; /* commentary paragraph being collected */
    long para_line;
    str rel_heading;       /* "Xとの関係": kept in front of its claims */
    GHashTable *org_names; /* the names in d->orgs (borrowed keys) */
} imp;

static void nomem(imp *m)
{
    if (m->st == MT_OK)
        m->st = MT_ERR_NOMEM;
}

static void diag(imp *m, mt_diag_severity sev, const char *hint,
                 const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void diag(imp *m, mt_diag_severity sev, const char *hint,
                 const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (mt_diag_add(m->diags, sev, m->line, 0, hint, "%s", msg) != MT_OK)
        nomem(m);
}

static char *dup(imp *m, str t)
{
    char *p = mt_strndup(t.s, t.n);
    if (!p)
        nomem(m);
    return p;
}

/* Remove "*3" / "＊3" citations anywhere in t, adding them to c. */
static char *strip_cites(imp *m, str t, mt_cites *c)
{
    mt_buf b;
    mt_buf_init(&b, 0);
    size_t i = 0;
    while (i < t.n && m->st == MT_OK) {
        size_t star = 0;
        if (t.s[i] == '*')
            star = 1;
        else if (t.n - i >= 3 && memcmp(t.s + i, "\xEF\xBC\x8A", 3) == 0)
            star = 3; /* ＊ */
        long v;
        size_t k;
        if (star && number(advance(t, i + star), CITE_DIGITS, &v, &k) > 0 &&
            v > 0) {
            if (mt_cites_add(c, (int)v) != MT_OK)
                nomem(m);
            if (!mt_grow_pow2((void **)&m->uses, m->nuses, sizeof *m->uses)) {
                nomem(m);
                break;
            }
            m->uses[m->nuses++] = (cite_use){(int)v, m->line};
            i += star + k;
            continue;
        }
        if (mt_buf_append(&b, t.s + i, 1) != MT_OK)
            nomem(m);
        i++;
    }
    str rest = trim((str){b.data ? b.data : "", b.len});
    char *out = m->st == MT_OK ? dup(m, rest) : NULL;
    mt_buf_free(&b);
    return out;
}

/* The bullet's text after "・", "•", "●", "- " or "* ", or false. */
static bool bullet(str t, str *body)
{
    static const char *const marks[] = {"\xE3\x83\xBB", "\xE2\x80\xA2",
                                        "\xE2\x97\x8F", "\xE2\x97\x8B",
                                        "- ",           "* "};
    for (size_t i = 0; i < MT_ARRAY_LEN(marks); i++)
        if (starts(t, marks[i])) {
            *body = trim(advance(t, strlen(marks[i])));
            return true;
        }
    return false;
}

/* "【組織】rest": the tag and the rest; false when t has no leading tag. */
static bool org_tag(str t, str *org, str *rest)
{
    if (!starts(t, "\xE3\x80\x90")) /* 【 */
        return false;
    for (size_t i = 3; i + 3 <= t.n; i++) {
        if (memcmp(t.s + i, "\xE3\x80\x91", 3) == 0) { /* 】 */
            *org = trim((str){t.s + 3, i - 3});
            *rest = trim(advance(t, i + 3));
            return org->n > 0;
        }
    }
    return false;
}

/* The dossier organisation called name, added (victim, or authority when
 * a rule says so) on first use; its name for claims and events.  Names
 * already added are found through m->org_names, not a scan. */
static char *use_org(imp *m, str name)
{
    char *copy = dup(m, name);
    if (!copy || g_hash_table_contains(m->org_names, copy))
        return copy;
    mt_dossier_org *o = mt_dossier_add_org(m->d);
    if (!o || !(o->name = dup(m, name))) {
        nomem(m);
        free(copy);
        return NULL;
    }
    o->role = rule_find(m->rs, R_AUTHORITY, name.s, name.n) ? MT_ROLE_AUTHORITY
                                                            : MT_ROLE_VICTIM;
    /* Keyed by the organisation's own name, which lives as long as d. */
    g_hash_table_add(m->org_names, o->name);
    return copy;
}

static void claim(imp *m, str body, mt_claim_category cat)
{
    str org, rest;
    if (!org_tag(body, &org, &rest)) {
        /* "組織：text" (full-width or ASCII colon) in relationship lists. */
        size_t i = 0, clen = 0;
        for (; i < body.n && i <= 120; i++) {
            if (body.s[i] == ':') {
                clen = 1;
                break;
            }
            if (body.n - i >= 3 && memcmp(body.s + i, "\xEF\xBC\x9A", 3) == 0) {
                clen = 3;
                break;
            }
        }
        if (i == 0 || clen == 0) {
            diag(m, MT_DIAG_ERROR,
                 "start the bullet with the organisation in 【】, e.g. "
                 "\xE3\x80\x90\xE7\xB5\x84\xE7\xB9\x94\xE5\x90\x8D"
                 "\xE3\x80\x91",
                 "claim without an organisation");
            return;
        }
        org = trim((str){body.s, i});
        rest = trim(advance(body, i + clen));
    }
    mt_dossier_claim *c = mt_dossier_add_claim(m->d);
    if (!c) {
        nomem(m);
        return;
    }
    c->org = use_org(m, org);
    c->category = cat;
    c->text = strip_cites(m, rest, &c->cites);
    if (c->text && *c->text && cat == MT_CLAIM_RELATIONSHIP &&
        m->rel_heading.n) {
        /* The heading names the other party: "（Xとの関係）text". */
        mt_buf b;
        mt_buf_init(&b, 0);
        if (mt_buf_puts(&b, "\xEF\xBC\x88") != MT_OK || /* （ */
            mt_buf_append(&b, m->rel_heading.s, m->rel_heading.n) != MT_OK ||
            mt_buf_printf(&b, "\xEF\xBC\x89%s", c->text) != MT_OK) {
            nomem(m);
        } else {
            free(c->text);
            c->text = mt_buf_detach(&b, NULL);
            if (!c->text)
                nomem(m);
        }
        mt_buf_free(&b);
    }
    if (c->text && !*c->text)
        diag(m, MT_DIAG_ERROR, "say what the sources claim", "empty claim");
    const rule *h =
        c->text ? rule_find(m->rs, R_HEDGE, c->text, strlen(c->text)) : NULL;
    if (h && mt_hedge_parse(&c->hedge, h->value) != MT_OK)
        diag(m, MT_DIAG_WARNING, "fix data/import_blog.tsv",
             "unknown hedge '%s' in the word list", h->value);
    if (!c->cites.count)
        diag(m, MT_DIAG_WARNING, "add the source number, e.g. *3",
             "claim without a citation");
}

/* Check a date for the calendar; an error names it as written. */
static bool date_ok(imp *m, const jdate *j, str as_written)
{
    /* A fiscal year (2023年度) has no month or day but must still have a
     * year the format takes. */
    int y = j->y ? j->y : 2000; /* a leap year: allow 2月29日 without year */
    if ((j->m && (j->m < 1 || j->m > 12)) ||
        (j->d && (j->d < 1 || j->d > mt_date_days_in_month(y, j->m)))) {
        diag(m, MT_DIAG_ERROR, "correct the month or day",
             "impossible date '%.*s'", (int)as_written.n, as_written.s);
        return false;
    }
    /* The dossier format takes years 1900-2999 (docs/dossier-format.md). */
    if (j->y && (j->y < 1900 || j->y > 2999)) {
        diag(m, MT_DIAG_ERROR, "write a four-digit year from 1900 to 2999",
             "cannot use the year in '%.*s'", (int)as_written.n, as_written.s);
        return false;
    }
    unsigned bounds = j->mods & (MT_DMOD_BEFORE | MT_DMOD_AFTER);
    unsigned parts = j->mods & (MT_DMOD_START | MT_DMOD_MID | MT_DMOD_END);
    if ((bounds & (bounds - 1)) || (parts & (parts - 1))) {
        diag(m, MT_DIAG_ERROR,
             "keep one of 以前/以降 and one of 上旬/中旬/下旬",
             "contradictory date modifiers in '%.*s'", (int)as_written.n,
             as_written.s);
        return false;
    }
    return true;
}

static mt_dossier_date to_ddate(const jdate *j)
{
    mt_dossier_date d;
    memset(&d, 0, sizeof d);
    d.date.year = (int16_t)j->y;
    d.date.month = (uint8_t)j->m;
    d.date.day = (uint8_t)j->d;
    d.date.fiscal = (uint8_t)j->fiscal;
    d.mods = j->mods;
    return d;
}

static void event(imp *m, str body)
{
    jdate j;
    if (!parse_jdate(m->rs, body, &j) || j.y == 0) {
        diag(m, MT_DIAG_ERROR,
             "start the entry with a date such as 2022\xE5\xB9\xB4"
             "9\xE6\x9C\x88\xE3\x81\x94\xE3\x82\x8D",
             "timeline entry without a date with a year");
        return;
    }
    if (!date_ok(m, &j, (str){body.s, j.used}))
        return;
    str rest = trim(advance(body, j.used)), org, text;
    if (!org_tag(rest, &org, &text)) {
        diag(m, MT_DIAG_ERROR, "put the organisation in 【】 after the date",
             "timeline entry without an organisation");
        return;
    }
    mt_dossier_event *e = mt_dossier_add_event(m->d);
    if (!e) {
        nomem(m);
        return;
    }
    e->date = to_ddate(&j);
    e->org = use_org(m, org);
    e->text = strip_cites(m, text, &e->cites);
    const rule *r =
        e->text ? rule_find(m->rs, R_EVENT, e->text, strlen(e->text)) : NULL;
    if (r && mt_event_type_parse(&e->type, r->value) != MT_OK)
        diag(m, MT_DIAG_WARNING, "fix data/import_blog.tsv",
             "unknown event type '%s' in the word list", r->value);
    if (e->text && !*e->text)
        diag(m, MT_DIAG_ERROR, "say what happened", "empty timeline entry");
}

static void official_line(imp *m, str body)
{
    jdate j;
    size_t at = body.n;
    bool has = trailing_date(m->rs, body, &j, &at);
    if (has && !date_ok(m, &j, advance(body, at)))
        return;
    str head = trim((str){body.s, at});
    /* publisher and title are separated by a run of 2+ spaces, an
     * ideographic space or a tab; else by the first space. */
    size_t split = head.n, next = head.n;
    for (size_t i = 0; i < head.n; i++) {
        size_t k = blank_at(head.s + i, head.n - i);
        if (!k)
            continue;
        size_t k2 = blank_at(head.s + i + k, head.n - i - k);
        if (k > 1 || head.s[i] == '\t' || k2) {
            split = i;
            next = i + k;
            break;
        }
        if (split == head.n) {
            split = i;
            next = i + k;
        }
    }
    str pub = trim((str){head.s, split});
    str title = trim(advance(head, next < head.n ? next : head.n));
    if (!pub.n || !title.n) {
        diag(m, MT_DIAG_ERROR, "write 'publisher  title  M/D'",
             "official statement without a publisher and a title");
        return;
    }
    if (!mt_grow_pow2((void **)&m->off, m->noff, sizeof *m->off)) {
        nomem(m);
        return;
    }
    official *o = &m->off[m->noff++];
    memset(o, 0, sizeof *o);
    o->publisher = dup(m, pub);
    o->title = dup(m, title);
    o->date = j;
    o->has_date = has;
    o->line = m->line;
}

static void history_line(imp *m, str body)
{
    jdate j;
    if (!parse_jdate(m->rs, body, &j) || j.y == 0 || j.m == 0) {
        diag(m, MT_DIAG_ERROR, "start the entry with its date (2023年3月6日)",
             "update history entry without a date");
        return;
    }
    if (!date_ok(m, &j, (str){body.s, j.used}))
        return;
    str text = trim(advance(body, j.used));
    if (!text.n) {
        diag(m, MT_DIAG_ERROR, "say what changed", "update entry without text");
        return;
    }
    mt_dossier_update *u = mt_dossier_add_update(m->d);
    if (!u) {
        nomem(m);
        return;
    }
    u->date = to_ddate(&j).date;
    u->text = dup(m, text);
}

/* ---- 調査ソース rows ---- */

static bool numbered(const imp *m, int n)
{
    return n > 0 && n <= SOURCE_N_MAX &&
           (m->numbered[n >> 3] & (1u << (n & 7))) != 0;
}

static void number_source(imp *m, int n)
{
    if (n > 0 && n <= SOURCE_N_MAX)
        m->numbered[n >> 3] |= (unsigned char)(1u << (n & 7));
    if (n > m->max_n)
        m->max_n = n;
}

static void row_finish(imp *m)
{
    if (m->row < 0)
        return;
    mt_dossier_source *s = &m->d->sources[m->row];
    if (m->row_fields < 2) {
        long keep = m->line;
        m->line = m->row_line;
        diag(m, MT_DIAG_ERROR,
             "give each source a line with its publisher and one with its "
             "title and date",
             "source %d has no %s", s->n,
             m->row_fields == 0 ? "publisher" : "title");
        m->line = keep;
    }
    m->row = -1;
}

static void row_publisher(imp *m, mt_dossier_source *s, str t)
{
    const rule *mark = rule_prefix(m->rs, R_OFFICIAL_MARK, t);
    s->kind = MT_KIND_MEDIA;
    if (mark) {
        t = trim(advance(t, mark->len));
        s->kind = rule_find(m->rs, R_AUTHORITY, t.s, t.n) ? MT_KIND_AUTHORITY
                                                          : MT_KIND_OFFICIAL;
    }
    if (!t.n) {
        diag(m, MT_DIAG_ERROR, "name the publisher after 【公式】",
             "source %d has an empty publisher", s->n);
        t = (str){"?", 1};
    }
    s->publisher = dup(m, t);
}

static void row_title(imp *m, mt_dossier_source *s, str t)
{
    jdate j;
    size_t at;
    if (trailing_date(m->rs, t, &j, &at) && j.y) {
        if (date_ok(m, &j, advance(t, at)))
            s->published = to_ddate(&j).date;
        t = trim((str){t.s, at});
    } else {
        diag(m, MT_DIAG_WARNING,
             "end the title line with the date (2023年3月4日)",
             "source %d has no publication date", s->n);
    }
    if (!t.n)
        diag(m, MT_DIAG_ERROR, "give the article title before its date",
             "source %d has no title", s->n);
    else
        s->title = dup(m, t);
}

static void source_line(imp *m, str t)
{
    long v;
    size_t k;
    size_t nd = number(t, SOURCE_DIGITS, &v, &k);
    str after = advance(t, nd ? k : 0);
    if (nd && v > 0 && (after.n == 0 || blank_at(after.s, after.n))) {
        row_finish(m);
        if (numbered(m, (int)v)) {
            diag(m, MT_DIAG_ERROR, "number each source once",
                 "source %ld is listed twice", v);
            return;
        }
        mt_dossier_source *s = mt_dossier_add_source(m->d);
        if (!s) {
            nomem(m);
            return;
        }
        s->n = (int)v;
        number_source(m, s->n);
        s->kind = MT_KIND_MEDIA;
        m->row = (long)(m->d->nsources - 1);
        m->row_fields = 0;
        m->row_line = m->line;
        /* A row on one line: "N <TAB> publisher <TAB> title date". */
        str rest = trim(after);
        while (rest.n && m->row >= 0) {
            size_t cut = rest.n, nxt = rest.n;
            for (size_t i = 0; i < rest.n; i++) {
                size_t b1 = blank_at(rest.s + i, rest.n - i);
                if (rest.s[i] == '\t' ||
                    (b1 && blank_at(rest.s + i + b1, rest.n - i - b1))) {
                    cut = i;
                    nxt = i;
                    while (nxt < rest.n &&
                           (b1 = blank_at(rest.s + nxt, rest.n - nxt)) > 0)
                        nxt += b1;
                    break;
                }
            }
            str field = (str){rest.s, cut};
            if (m->row_fields == 1) {
                field = rest; /* the title takes the rest of the line */
                nxt = rest.n;
            }
            source_line(m, field);
            rest = advance(rest, nxt);
        }
        return;
    }
    if (m->row < 0) {
        if (starts(t, "No") || starts(t, "\xEF\xBC\xAE\xEF\xBD\x8F"))
            return; /* the table's header row */
        diag(m, MT_DIAG_ERROR, "start each source with its number on a line",
             "text in \xE8\xAA\xBF\xE6\x9F\xBB\xE3\x82\xBD\xE3\x83\xBC\xE3\x82"
             "\xB9 outside a numbered row");
        return;
    }
    mt_dossier_source *s = &m->d->sources[m->row];
    if (starts(t, "http://") || starts(t, "https://")) {
        if (s->url)
            diag(m, MT_DIAG_WARNING, "keep one URL per source",
                 "source %d has a second URL; keeping the first", s->n);
        else
            s->url = dup(m, t);
        return;
    }
    if (m->row_fields == 0)
        row_publisher(m, s, t);
    else if (m->row_fields == 1)
        row_title(m, s, t);
    else {
        diag(m, MT_DIAG_WARNING, "put the date at the end of the title line",
             "extra line in source %d ignored", s->n);
        return;
    }
    m->row_fields++;
}

/* ---- commentary ---- */

static void para_flush(imp *m)
{
    if (m->para.len == 0)
        return;
    mt_dossier_para *p = mt_dossier_add_para(m->d);
    if (!p) {
        nomem(m);
        return;
    }
    p->text = mt_strndup(m->para.data, m->para.len);
    if (!p->text)
        nomem(m);
    p->line = m->para_line;
    mt_buf_reset(&m->para);
}

static void para_line(imp *m, str t)
{
    if (m->para.len == 0)
        m->para_line = m->line;
    else if (mt_buf_putc(&m->para, '\n') != MT_OK)
        nomem(m);
    if (mt_buf_append(&m->para, t.s, t.n) != MT_OK)
        nomem(m);
}

/* ---- headings ---- */

static bool heading(imp *m, str t)
{
    const rule *ru = NULL;
    for (size_t i = 0; i < m->rs->n && !ru; i++) {
        const rule *r = &m->rs->r[i];
        if ((r->kind == R_SECTION && t.n == r->len &&
             memcmp(t.s, r->text, r->len) == 0) ||
            (r->kind == R_SECTION_SUFFIX && t.n > r->len && t.n < 120 &&
             memcmp(t.s + t.n - r->len, r->text, r->len) == 0))
            ru = r;
    }
    if (!ru)
        return false;
    static const struct {
        const char *name;
        enum section sec;
    } secs[] = {
        {"official", S_OFFICIAL},         {"impact", S_IMPACT},
        {"relationship", S_RELATIONSHIP}, {"attribution", S_ATTRIBUTION},
        {"timeline", S_TIMELINE},         {"commentary", S_COMMENTARY},
        {"sources", S_SOURCES},           {"history", S_HISTORY}};
    for (size_t i = 0; i < MT_ARRAY_LEN(secs); i++)
        if (strcmp(secs[i].name, ru->value) == 0) {
            para_flush(m);
            row_finish(m);
            m->sec = secs[i].sec;
            m->rel_heading = ru->kind == R_SECTION_SUFFIX ? t : (str){NULL, 0};
            return true;
        }
    return false;
}

/* A line that looks like a heading we do not know: short, no sentence
 * punctuation, not a bullet, with blank lines around it. */
static bool unknown_heading(str t, bool blank_before, bool blank_after)
{
    if (!blank_before || !blank_after || t.n == 0 || t.n > 60)
        return false;
    static const char *const punct[] = {
        "\xE3\x80\x82", "\xE3\x80\x81", ".", ",", "\xEF\xBC\x8C", "!", "?",
        "\xEF\xBC\x81", "\xEF\xBC\x9F", "*", ":", "\xEF\xBC\x9A"};
    for (size_t i = 0; i < MT_ARRAY_LEN(punct); i++)
        if (contains(t, punct[i]))
            return false;
    str b;
    return !bullet(t, &b);
}

/* ---- after the pass ---- */

static long days_of(const mt_date *d)
{
    int32_t lo, hi;
    return mt_date_span(d, &lo, &hi) == MT_OK ? lo : 0;
}

/* Remember source i under its title unless an earlier one has it. */
static void index_title(GHashTable *by_title, const mt_dossier *d, size_t i)
{
    const char *t = d->sources[i].title;
    if (t && !g_hash_table_contains(by_title, t))
        g_hash_table_insert(by_title, (gpointer)t, GSIZE_TO_POINTER(i + 1));
}

static void resolve_officials(imp *m)
{
    mt_dossier *d = m->d;
    /* Title -> first source with it (index + 1), kept up to date as
     * statements are added, so that matching is not a scan per entry. */
    GHashTable *by_title = g_hash_table_new(g_str_hash, g_str_equal);
    for (size_t s = 0; s < d->nsources; s++)
        index_title(by_title, d, s);
    for (size_t i = 0; i < m->noff && m->st == MT_OK; i++) {
        official *o = &m->off[i];
        m->line = o->line;
        size_t at = GPOINTER_TO_SIZE(g_hash_table_lookup(by_title, o->title));
        mt_dossier_source *match = at ? &d->sources[at - 1] : NULL;
        mt_source_kind kind =
            rule_find(m->rs, R_AUTHORITY, o->publisher, strlen(o->publisher))
                ? MT_KIND_AUTHORITY
                : MT_KIND_OFFICIAL;
        if (match) {
            if (match->kind != MT_KIND_OFFICIAL &&
                match->kind != MT_KIND_AUTHORITY)
                match->kind = kind;
            const mt_date *p = &match->published;
            if (o->has_date && p->year &&
                ((o->date.m && o->date.m != p->month) ||
                 (o->date.d && o->date.d != p->day) ||
                 (o->date.y && o->date.y != p->year)))
                diag(m, MT_DIAG_WARNING, "make the two dates agree",
                     "official statement dated %d/%d, but source %d is dated "
                     "%04d-%02d-%02d",
                     o->date.m, o->date.d, match->n, p->year, p->month, p->day);
            continue;
        }
        /* Not in the table: add it, with the year nearest the table's. */
        int year = o->date.y;
        if (o->has_date && !year && o->date.m) {
            long best = -1;
            for (size_t s = 0; s < d->nsources; s++) {
                int y = d->sources[s].published.year;
                if (!y)
                    continue;
                mt_date cand = {(int16_t)y, (uint8_t)o->date.m,
                                (uint8_t)o->date.d, 0};
                if (!mt_date_valid(&cand))
                    continue;
                long diff = days_of(&cand) - days_of(&d->sources[s].published);
                diff = diff < 0 ? -diff : diff;
                if (best < 0 || diff < best) {
                    best = diff;
                    year = y;
                }
            }
            if (!year) {
                diag(m, MT_DIAG_ERROR,
                     "write the date with its year (2023\xE5\xB9\xB4"
                     "3\xE6\x9C\x88"
                     "4\xE6\x97\xA5)",
                     "cannot tell the year of %d/%d: no dated source in "
                     "\xE8\xAA\xBF\xE6\x9F\xBB\xE3\x82\xBD\xE3\x83\xBC\xE3\x82"
                     "\xB9",
                     o->date.m, o->date.d);
                continue;
            }
        }
        mt_dossier_source *s = mt_dossier_add_source(d);
        if (!s) {
            nomem(m);
            break;
        }
        s->n = m->max_n + 1;
        number_source(m, s->n);
        s->kind = kind;
        s->publisher = mt_strdup(o->publisher);
        s->title = mt_strdup(o->title);
        if (!s->publisher || !s->title)
            nomem(m);
        if (o->has_date) {
            mt_date dt = {(int16_t)year, (uint8_t)o->date.m, (uint8_t)o->date.d,
                          0};
            s->published = dt;
        }
        index_title(by_title, d, d->nsources - 1);
        diag(m, MT_DIAG_WARNING,
             "add it to \xE8\xAA\xBF\xE6\x9F\xBB\xE3\x82\xBD\xE3\x83\xBC\xE3"
             "\x82\xB9 with its URL",
             "official statement not in the source table; added as source %d",
             s->n);
    }
    g_hash_table_destroy(by_title);
}

static void check_cites(imp *m)
{
    for (size_t i = 0; i < m->nuses; i++) {
        if (!numbered(m, m->uses[i].n)) {
            m->line = m->uses[i].line;
            diag(m, MT_DIAG_ERROR,
                 "add the source to \xE8\xAA\xBF\xE6\x9F\xBB\xE3\x82\xBD\xE3"
                 "\x83\xBC\xE3\x82\xB9 or correct the number",
                 "*%d cites a source that is not in the source table",
                 m->uses[i].n);
        }
    }
}

/*
 * The format has no escape for a backslash before '|' or for text that
 * ends in ']' or '}' (the parser reads those as citations or an
 * annotation), and mt_dossier_print() refuses them.  So that every model
 * the import makes can be printed, such characters are made full-width
 * here: "\|" becomes "＼|", a final ']' '］' and a final '}' '｝'.
 */
static void printable(imp *m, char **text, bool tail)
{
    const char *s = *text;
    if (!s)
        return;
    size_t n = strlen(s);
    char last = n ? s[n - 1] : '\0';
    bool end = tail && (last == ']' || last == '}');
    if (!end && !strstr(s, "\\|"))
        return;
    mt_buf b;
    mt_buf_init(&b, 0);
    mt_status st = MT_OK;
    for (size_t i = 0; i < n && st == MT_OK; i++) {
        if (end && i == n - 1)
            st = mt_buf_puts(&b, last == ']' ? "\xEF\xBC\xBD" : "\xEF\xBD\x9D");
        else if (s[i] == '\\' && s[i + 1] == '|')
            st = mt_buf_puts(&b, "\xEF\xBC\xBC"); /* ＼ */
        else
            st = mt_buf_putc(&b, s[i]);
    }
    char *out = st == MT_OK ? mt_buf_detach(&b, NULL) : NULL;
    mt_buf_free(&b);
    if (!out) {
        nomem(m);
        return;
    }
    free(*text);
    *text = out;
}

/* A commentary line that reads as a heading ("##...") gets a backslash in
 * front, so that the paragraph stays commentary. */
static void unheading(imp *m, char **text)
{
    const char *s = *text;
    size_t n = strlen(s), extra = 0;
    for (size_t i = 0; i < n; i++)
        extra += (i == 0 || s[i - 1] == '\n') && strncmp(s + i, "##", 2) == 0;
    if (!extra)
        return;
    char *out = malloc(n + extra + 1);
    if (!out) {
        nomem(m);
        return;
    }
    size_t k = 0;
    for (size_t i = 0; i <= n; i++) {
        if ((i == 0 || s[i - 1] == '\n') && strncmp(s + i, "##", 2) == 0)
            out[k++] = '\\';
        out[k++] = s[i];
    }
    free(*text);
    *text = out;
}

static void make_printable(imp *m)
{
    mt_dossier *d = m->d;
    for (size_t i = 0; i < d->nsources; i++) {
        printable(m, &d->sources[i].publisher, false);
        printable(m, &d->sources[i].title, false);
    }
    for (size_t i = 0; i < d->norgs; i++)
        printable(m, &d->orgs[i].name, false);
    for (size_t i = 0; i < d->nclaims; i++) {
        printable(m, &d->claims[i].org, false);
        printable(m, &d->claims[i].text, true);
    }
    for (size_t i = 0; i < d->nevents; i++) {
        printable(m, &d->events[i].org, false);
        printable(m, &d->events[i].text, true);
    }
    for (size_t i = 0; i < d->ncommentary; i++)
        if (d->commentary[i].text)
            unheading(m, &d->commentary[i].text);
}

/* Incident id from a file name: "blogs/Kohoku_2023.txt" -> "kohoku-2023". */
static char *id_from_file(const char *file)
{
    const char *base = file ? strrchr(file, '/') : NULL;
    base = base ? base + 1 : file;
    char buf[101];
    size_t n = 0;
    for (const char *p = base; p && *p && *p != '.' && n < 100; p++) {
        char c = *p;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (ok)
            buf[n++] = c;
        else if (n > 0 && buf[n - 1] != '-')
            buf[n++] = '-';
    }
    while (n > 0 && buf[n - 1] == '-')
        n--;
    buf[n] = '\0';
    return mt_strdup(n ? buf : "imported");
}

static bool valid_utf8(const char *s, size_t n, size_t *bad)
{
    size_t i = 0;
    while (i < n) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0 || cp == 0) {
            *bad = i;
            return false;
        }
        i += (size_t)k;
    }
    return true;
}

static bool is_blank(str t)
{
    return trim(t).n == 0;
}

mt_status mt_import_blog(mt_dossier **out, const char *text, size_t len,
                         const char *file, const mt_import_options *opts,
                         mt_diag_list *diags, mt_error *err)
{
    if (!out || (!text && len) || !diags)
        return mt_error_set(err, MT_ERR_ARG, "mt_import_blog: NULL argument");
    *out = NULL;
    if (len > MT_IMPORT_MAX_BYTES)
        return mt_error_at(err, MT_ERR_TOOBIG, file, -1,
                           "input is larger than %zu bytes",
                           MT_IMPORT_MAX_BYTES);
    size_t bad;
    if (!valid_utf8(text, len, &bad))
        return mt_error_at(err, MT_ERR_INPUT, file, (int64_t)bad,
                           "not UTF-8 text (convert it first)");
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        text += 3;
        len -= 3;
    }
    rules rs = {NULL, 0};
    mt_status st = rules_load(&rs, err);
    if (st != MT_OK)
        return st;
    imp m;
    memset(&m, 0, sizeof m);
    m.rs = &rs;
    m.org_names = g_hash_table_new(g_str_hash, g_str_equal);
    m.diags = diags;
    m.row = -1;
    mt_buf_init(&m.para, 0);
    m.d = mt_dossier_new();
    if (!m.d) {
        g_hash_table_destroy(m.org_names);
        rules_free(&rs);
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    }
    mt_dossier *d = m.d;
    d->status = MT_INCIDENT_ONGOING;
    d->id =
        opts && opts->incident ? mt_strdup(opts->incident) : id_from_file(file);
    if (file && !(d->file = mt_strdup(file)))
        nomem(&m);
    if (!d->id)
        nomem(&m);

    /* Lines, with a look at the neighbours for unknown headings. */
    size_t pos = 0;
    bool prev_blank = true, have_title = false;
    while (pos < len && m.st == MT_OK) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - text) : len;
        str raw = {text + pos, end - pos};
        str t = trim(raw);
        m.line++;
        pos = nl ? end + 1 : len;
        if (t.n == 0) {
            if (m.sec == S_INTRO || m.sec == S_COMMENTARY || m.sec == S_UNKNOWN)
                para_flush(&m);
            prev_blank = true;
            continue;
        }
        /* Is the next non-empty line preceded by a blank one? */
        bool next_blank = true;
        {
            size_t q = pos;
            const char *nl2 = q < len ? memchr(text + q, '\n', len - q) : NULL;
            size_t e2 = nl2 ? (size_t)(nl2 - text) : len;
            if (q < len)
                next_blank = is_blank((str){text + q, e2 - q});
        }
        bool was_blank = prev_blank;
        prev_blank = false;
        if (!have_title) {
            d->title = dup(&m, t);
            d->title_line = m.line;
            have_title = true;
            continue;
        }
        if (heading(&m, t))
            continue;
        if (m.sec != S_SOURCES && unknown_heading(t, was_blank, next_blank) &&
            m.sec != S_INTRO) {
            para_flush(&m);
            row_finish(&m);
            diag(&m, MT_DIAG_WARNING,
                 "rename it to a known section if its bullets are claims",
                 "unknown section '%.*s' kept as commentary", (int)t.n, t.s);
            m.sec = S_UNKNOWN;
            para_line(&m, t);
            para_flush(&m);
            continue;
        }
        str body;
        bool is_bullet = bullet(t, &body);
        switch (m.sec) {
        case S_INTRO:
        case S_COMMENTARY:
        case S_UNKNOWN:
            para_line(&m, t);
            break;
        case S_SOURCES:
            source_line(&m, t);
            break;
        case S_OFFICIAL:
        case S_IMPACT:
        case S_RELATIONSHIP:
        case S_ATTRIBUTION:
        case S_TIMELINE:
        case S_HISTORY:
            if (!is_bullet) {
                diag(&m, MT_DIAG_WARNING,
                     "start entries with \xE3\x83\xBB; move prose to "
                     "\xE6\x89\x80\xE6\x84\x9F",
                     "text that is not a bullet kept as commentary");
                para_line(&m, t);
                para_flush(&m);
                break;
            }
            if (m.sec == S_OFFICIAL)
                official_line(&m, body);
            else if (m.sec == S_IMPACT)
                claim(&m, body, MT_CLAIM_IMPACT);
            else if (m.sec == S_RELATIONSHIP)
                claim(&m, body, MT_CLAIM_RELATIONSHIP);
            else if (m.sec == S_ATTRIBUTION)
                claim(&m, body, MT_CLAIM_ATTRIBUTION);
            else if (m.sec == S_TIMELINE)
                event(&m, body);
            else
                history_line(&m, body);
            break;
        }
    }
    para_flush(&m);
    row_finish(&m);
    if (m.st == MT_OK && !have_title) {
        m.line = 0;
        diag(&m, MT_DIAG_ERROR, "start the file with the summary's title",
             "empty input");
    }
    if (m.st == MT_OK)
        resolve_officials(&m);
    if (m.st == MT_OK)
        check_cites(&m);
    if (m.st == MT_OK)
        make_printable(&m);

    for (size_t i = 0; i < m.noff; i++) {
        free(m.off[i].publisher);
        free(m.off[i].title);
    }
    free(m.off);
    free(m.uses);
    mt_buf_free(&m.para);
    g_hash_table_destroy(m.org_names);
    rules_free(&rs);
    if (m.st != MT_OK) {
        mt_dossier_free(d);
        return mt_error_set(err, m.st, "importing %s: %s",
                            file ? file : "<input>", mt_status_str(m.st));
    }
    *out = d;
    return MT_OK;
}

/* ---- writing the dossier text ---- */

typedef struct ranked {
    size_t org; /* index into d->orgs; d->norgs for a name not listed */
    size_t index;
} ranked;

static int cmp_ranked(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->org != y->org)
        return x->org < y->org ? -1 : 1;
    return (x->index > y->index) - (x->index < y->index);
}

/*
 * The dossier text, by mt_dossier_print(), with the claims grouped by
 * organisation (in the order of the organisation list, file order within
 * a group): the blog lists impact, relationship and attribution claims in
 * separate sections, and a dossier reads best with one "### name" per
 * organisation.  The model itself is not reordered: the printer is given
 * a shallow copy whose claim array is permuted.
 */
mt_status mt_import_write(const mt_dossier *d, char **out, size_t *out_len,
                          mt_error *err)
{
    if (!d || !out)
        return mt_error_set(err, MT_ERR_ARG, "mt_import_write: NULL argument");
    size_t n = d->nclaims ? d->nclaims : 1;
    ranked *r = calloc(n, sizeof *r);
    mt_dossier_claim *claims = calloc(n, sizeof *claims);
    GHashTable *by_name = g_hash_table_new(g_str_hash, g_str_equal);
    if (!r || !claims) {
        free(r);
        free(claims);
        g_hash_table_destroy(by_name);
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    }
    for (size_t i = d->norgs; i-- > 0;) /* the first of equal names wins */
        if (d->orgs[i].name)
            g_hash_table_insert(by_name, d->orgs[i].name,
                                GSIZE_TO_POINTER(i + 1));
    for (size_t c = 0; c < d->nclaims; c++) {
        const char *org = d->claims[c].org;
        size_t k =
            org ? GPOINTER_TO_SIZE(g_hash_table_lookup(by_name, org)) : 0;
        r[c] = (ranked){k ? k - 1 : d->norgs, c};
    }
    g_hash_table_destroy(by_name);
    qsort(r, d->nclaims, sizeof *r, cmp_ranked);
    for (size_t c = 0; c < d->nclaims; c++)
        claims[c] = d->claims[r[c].index];
    free(r);
    mt_dossier grouped = *d;
    grouped.claims = claims;
    mt_status st = mt_dossier_print(&grouped, out, out_len, err);
    free(claims);
    return st;
}
