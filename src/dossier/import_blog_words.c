/*
 * The words a Japanese security-blog summary is read by (the importer is
 * import_blog.c): the word lists of data/import_blog.tsv, the text helpers
 * over a str, and dates as written ("2022年9月3日", "2022/9/3", "9月3日",
 * "3/4", with 約, ごろ, 以降, 上旬 and the other words of the lists).
 *
 * Whitespace in such text is mixed: ASCII spaces, U+3000 ideographic
 * spaces and U+00A0 no-break spaces (a page copied from a browser uses
 * them for its empty spacer paragraphs), so all three count as blank.
 * Nothing here keeps state: the rules are loaded once per import and only
 * read after that, and a date is read from the start (or to the end) of
 * the text it is given.
 */
#include "dossier/import_blog.h"

#include "core/internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- the word lists (data/import_blog.tsv) ---- */

static const char *const rule_kind_names[R_NKINDS] = {
    "section", "section_suffix", "official_mark", "authority",
    "hedge",   "event",          "date_prefix",   "date_suffix"};

void mt_import_blog_rules_free(rules *rs)
{
    for (size_t i = 0; i < rs->n; i++) {
        free(rs->r[i].text);
        free(rs->r[i].value);
    }
    free(rs->r);
    rs->r = NULL;
    rs->n = 0;
}

mt_status mt_import_blog_rules_load(rules *rs, mt_error *err)
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
            mt_import_blog_rules_free(rs);
            return mt_error_set(err, MT_ERR_INPUT,
                                "import_blog.tsv:%ld: unknown kind or empty "
                                "text",
                                t.line);
        }
        if (!mt_grow_pow2((void **)&rs->r, rs->n, sizeof *rs->r)) {
            mt_tsv_close(&t);
            mt_import_blog_rules_free(rs);
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
            mt_import_blog_rules_free(rs);
            return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
        }
    }
    mt_tsv_close(&t);
    if (r < 0) {
        mt_import_blog_rules_free(rs);
        return (mt_status)r;
    }
    return MT_OK;
}

/* The first rule of `kind` whose text occurs in s[0..n), or NULL. */
const rule *mt_import_blog_rule_find(const rules *rs, enum rule_kind kind,
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

str mt_import_blog_trim(str t)
{
    size_t k;
    while (t.n && (k = mt_import_blog_blank_at(t.s, t.n)) > 0) {
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

/* Read up to max_digits digits at t; returns the count read (0: none). */
size_t mt_import_blog_number(str t, size_t max_digits, long *v, size_t *bytes)
{
    size_t i = 0, nd = 0, k;
    int dv;
    *v = 0;
    while (nd < max_digits && (dv = mt_digit_at(t.s + i, t.n - i, &k)) >= 0) {
        *v = *v * 10 + dv;
        i += k;
        nd++;
    }
    /* More digits than allowed: not a number of this kind. */
    if (nd == max_digits && mt_digit_at(t.s + i, t.n - i, &k) >= 0)
        return 0;
    *bytes = i;
    return nd;
}

/* ---- dates ---- */

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
const rule *mt_import_blog_rule_prefix(const rules *rs, enum rule_kind kind,
                                       str t)
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
bool mt_import_blog_parse_jdate(const rules *rs, str t, jdate *out)
{
    memset(out, 0, sizeof *out);
    str s = t;
    const rule *ru;
    while ((ru = mt_import_blog_rule_prefix(rs, R_DATE_PREFIX, s)) != NULL) {
        out->mods |= mod_bit(ru->value);
        s = mt_import_blog_advance(s, ru->len);
    }
    long a, b, c;
    size_t k, nd = mt_import_blog_number(s, 4, &a, &k);
    if (nd == 0)
        return false;
    str r = mt_import_blog_advance(s, k);
    if (mt_import_blog_starts(r, "\xE5\xB9\xB4")) { /* 年 */
        if (nd != 4 && nd != 2)
            return false;
        /* "23年": two-digit years pivot at 1970 (no reference date). */
        out->y = nd == 2 ? (int)(a < 70 ? 2000 + a : 1900 + a) : (int)a;
        r = mt_import_blog_advance(r, 3);
        if (mt_import_blog_starts(r, "\xE5\xBA\xA6")) { /* 度 */
            out->fiscal = 1;
            r = mt_import_blog_advance(r, 3);
        } else if (mt_import_blog_number(r, 2, &b, &k) > 0 &&
                   mt_import_blog_starts(mt_import_blog_advance(r, k),
                                         "\xE6\x9C\x88")) { /* 月 */
            out->m = (int)b;
            r = mt_import_blog_advance(r, k + 3);
            if (mt_import_blog_number(r, 2, &c, &k) > 0 &&
                mt_import_blog_starts(mt_import_blog_advance(r, k),
                                      "\xE6\x97\xA5")) { /* 日 */
                out->d = (int)c;
                r = mt_import_blog_advance(r, k + 3);
            }
        }
    } else if (mt_import_blog_starts(r, "\xE6\x9C\x88") &&
               nd <= 2) { /* M月[D日] */
        out->m = (int)a;
        r = mt_import_blog_advance(r, 3);
        if (mt_import_blog_number(r, 2, &c, &k) > 0 &&
            mt_import_blog_starts(mt_import_blog_advance(r, k),
                                  "\xE6\x97\xA5")) {
            out->d = (int)c;
            r = mt_import_blog_advance(r, k + 3);
        }
    } else if (r.n && (r.s[0] == '/' || r.s[0] == '-' || r.s[0] == '.')) {
        char sep = r.s[0];
        if (mt_import_blog_number(mt_import_blog_advance(r, 1), 2, &b, &k) == 0)
            return false;
        r = mt_import_blog_advance(r, 1 + k);
        if (nd == 4) {
            out->y = (int)a;
            out->m = (int)b;
            if (r.n && r.s[0] == sep &&
                mt_import_blog_number(mt_import_blog_advance(r, 1), 2, &c, &k) >
                    0) {
                out->d = (int)c;
                r = mt_import_blog_advance(r, 1 + k);
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
    while ((ru = mt_import_blog_rule_prefix(rs, R_DATE_SUFFIX, r)) != NULL) {
        out->mods |= mod_bit(ru->value);
        r = mt_import_blog_advance(r, ru->len);
    }
    out->used = (size_t)(r.s - t.s);
    return true;
}

/* A date ending t exactly ("... 2023年3月4日", "... 3/4"): its start. */
bool mt_import_blog_trailing_date(const rules *rs, str t, jdate *out,
                                  size_t *at)
{
    for (size_t i = 0; i < t.n; i++) {
        size_t k;
        if (mt_digit_at(t.s + i, t.n - i, &k) < 0)
            continue;
        if (i > 0) {
            size_t pk;
            /* Only where a number starts: no digit right before it, an
             * ASCII one or a full-width one (three bytes; an ASCII digit
             * three bytes back is no neighbour: 「記事10 2024年…」). */
            if ((t.s[i - 1] >= '0' && t.s[i - 1] <= '9') ||
                (i >= 3 && mt_digit_at(t.s + i - 3, 3, &pk) >= 0 && pk == 3))
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
        if (mt_import_blog_parse_jdate(rs, mt_import_blog_advance(t, b), &d) &&
            b + d.used == t.n) {
            *out = d;
            *at = b;
            return true;
        }
    }
    return false;
}
