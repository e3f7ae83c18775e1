/*
 * `matome import-blog`: Japanese security-blog summaries to dossiers
 * (include/matome/import.h, docs/import-blog.md).
 *
 * One pass over the lines: a line that is exactly a known heading (or ends
 * in a known suffix such as との関係) switches the section, and each
 * section reads its lines into the model, setting the 公式発表 entries and
 * the citations aside for what follows the pass (import_blog_finish.c).
 * Words and dates are read with import_blog_words.c.  Every line is looked
 * at a bounded number of times; source numbers are a bitmap, so neither
 * duplicate rows nor citations scan the source table.
 */
#include "matome/import.h"

#include "core/buf.h"
#include "core/internal.h"
#include "dossier/import_blog.h"

#include <glib.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

void mt_import_blog_nomem(imp *m)
{
    if (m->st == MT_OK)
        m->st = MT_ERR_NOMEM;
}

void mt_import_blog_diag(imp *m, mt_diag_severity sev, const char *hint,
                         const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (mt_diag_add(m->diags, sev, m->line, 0, hint, "%s", msg) != MT_OK)
        mt_import_blog_nomem(m);
}

static char *dup(imp *m, str t)
{
    char *p = mt_strndup(t.s, t.n);
    if (!p)
        mt_import_blog_nomem(m);
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
        if (star &&
            mt_import_blog_number(mt_import_blog_advance(t, i + star),
                                  CITE_DIGITS, &v, &k) > 0 &&
            v > 0) {
            if (mt_cites_add(c, (int)v) != MT_OK)
                mt_import_blog_nomem(m);
            if (!mt_grow_pow2((void **)&m->uses, m->nuses, sizeof *m->uses)) {
                mt_import_blog_nomem(m);
                break;
            }
            m->uses[m->nuses++] = (cite_use){(int)v, m->line};
            i += star + k;
            continue;
        }
        if (mt_buf_append(&b, t.s + i, 1) != MT_OK)
            mt_import_blog_nomem(m);
        i++;
    }
    str rest = mt_import_blog_trim((str){b.data ? b.data : "", b.len});
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
        if (mt_import_blog_starts(t, marks[i])) {
            *body = mt_import_blog_trim(
                mt_import_blog_advance(t, strlen(marks[i])));
            return true;
        }
    return false;
}

/* "【組織】rest": the tag and the rest; false when t has no leading tag. */
static bool org_tag(str t, str *org, str *rest)
{
    if (!mt_import_blog_starts(t, "\xE3\x80\x90")) /* 【 */
        return false;
    for (size_t i = 3; i + 3 <= t.n; i++) {
        if (memcmp(t.s + i, "\xE3\x80\x91", 3) == 0) { /* 】 */
            *org = mt_import_blog_trim((str){t.s + 3, i - 3});
            *rest = mt_import_blog_trim(mt_import_blog_advance(t, i + 3));
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
        mt_import_blog_nomem(m);
        free(copy);
        return NULL;
    }
    o->role = mt_import_blog_rule_find(m->rs, R_AUTHORITY, name.s, name.n)
                  ? MT_ROLE_AUTHORITY
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
            mt_import_blog_diag(
                m, MT_DIAG_ERROR,
                "start the bullet with the organisation in 【】, e.g. "
                "\xE3\x80\x90\xE7\xB5\x84\xE7\xB9\x94\xE5\x90\x8D"
                "\xE3\x80\x91",
                "claim without an organisation");
            return;
        }
        org = mt_import_blog_trim((str){body.s, i});
        rest = mt_import_blog_trim(mt_import_blog_advance(body, i + clen));
    }
    mt_dossier_claim *c = mt_dossier_add_claim(m->d);
    if (!c) {
        mt_import_blog_nomem(m);
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
            mt_import_blog_nomem(m);
        } else {
            free(c->text);
            c->text = mt_buf_detach(&b, NULL);
            if (!c->text)
                mt_import_blog_nomem(m);
        }
        mt_buf_free(&b);
    }
    if (c->text && !*c->text)
        mt_import_blog_diag(m, MT_DIAG_ERROR, "say what the sources claim",
                            "empty claim");
    const rule *h = c->text ? mt_import_blog_rule_find(m->rs, R_HEDGE, c->text,
                                                       strlen(c->text))
                            : NULL;
    if (h && mt_hedge_parse(&c->hedge, h->value) != MT_OK)
        mt_import_blog_diag(m, MT_DIAG_WARNING, "fix data/import_blog.tsv",
                            "unknown hedge '%s' in the word list", h->value);
    if (!c->cites.count)
        mt_import_blog_diag(m, MT_DIAG_WARNING,
                            "add the source number, e.g. *3",
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
        mt_import_blog_diag(m, MT_DIAG_ERROR, "correct the month or day",
                            "impossible date '%.*s'", (int)as_written.n,
                            as_written.s);
        return false;
    }
    /* The dossier format takes years 1900-2999 (docs/dossier-format.md). */
    if (j->y && (j->y < 1900 || j->y > 2999)) {
        mt_import_blog_diag(
            m, MT_DIAG_ERROR, "write a four-digit year from 1900 to 2999",
            "cannot use the year in '%.*s'", (int)as_written.n, as_written.s);
        return false;
    }
    unsigned bounds = j->mods & (MT_DMOD_BEFORE | MT_DMOD_AFTER);
    unsigned parts = j->mods & (MT_DMOD_START | MT_DMOD_MID | MT_DMOD_END);
    if ((bounds & (bounds - 1)) || (parts & (parts - 1))) {
        mt_import_blog_diag(m, MT_DIAG_ERROR,
                            "keep one of 以前/以降 and one of 上旬/中旬/下旬",
                            "contradictory date modifiers in '%.*s'",
                            (int)as_written.n, as_written.s);
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
    if (!mt_import_blog_parse_jdate(m->rs, body, &j) || j.y == 0) {
        mt_import_blog_diag(
            m, MT_DIAG_ERROR,
            "start the entry with a date such as 2022\xE5\xB9\xB4"
            "9\xE6\x9C\x88\xE3\x81\x94\xE3\x82\x8D",
            "timeline entry without a date with a year");
        return;
    }
    if (!date_ok(m, &j, (str){body.s, j.used}))
        return;
    str rest = mt_import_blog_trim(mt_import_blog_advance(body, j.used)), org,
        text;
    if (!org_tag(rest, &org, &text)) {
        mt_import_blog_diag(m, MT_DIAG_ERROR,
                            "put the organisation in 【】 after the date",
                            "timeline entry without an organisation");
        return;
    }
    mt_dossier_event *e = mt_dossier_add_event(m->d);
    if (!e) {
        mt_import_blog_nomem(m);
        return;
    }
    e->date = to_ddate(&j);
    e->org = use_org(m, org);
    e->text = strip_cites(m, text, &e->cites);
    const rule *r = e->text ? mt_import_blog_rule_find(m->rs, R_EVENT, e->text,
                                                       strlen(e->text))
                            : NULL;
    if (r && mt_event_type_parse(&e->type, r->value) != MT_OK)
        mt_import_blog_diag(m, MT_DIAG_WARNING, "fix data/import_blog.tsv",
                            "unknown event type '%s' in the word list",
                            r->value);
    if (e->text && !*e->text)
        mt_import_blog_diag(m, MT_DIAG_ERROR, "say what happened",
                            "empty timeline entry");
}

static void official_line(imp *m, str body)
{
    jdate j;
    size_t at = body.n;
    bool has = mt_import_blog_trailing_date(m->rs, body, &j, &at);
    if (has && !date_ok(m, &j, mt_import_blog_advance(body, at)))
        return;
    str head = mt_import_blog_trim((str){body.s, at});
    /* publisher and title are separated by a run of 2+ spaces, an
     * ideographic space or a tab; else by the first space. */
    size_t split = head.n, next = head.n;
    for (size_t i = 0; i < head.n; i++) {
        size_t k = mt_import_blog_blank_at(head.s + i, head.n - i);
        if (!k)
            continue;
        size_t k2 = mt_import_blog_blank_at(head.s + i + k, head.n - i - k);
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
    str pub = mt_import_blog_trim((str){head.s, split});
    str title = mt_import_blog_trim(
        mt_import_blog_advance(head, next < head.n ? next : head.n));
    if (!pub.n || !title.n) {
        mt_import_blog_diag(
            m, MT_DIAG_ERROR, "write 'publisher  title  M/D'",
            "official statement without a publisher and a title");
        return;
    }
    if (!mt_grow_pow2((void **)&m->off, m->noff, sizeof *m->off)) {
        mt_import_blog_nomem(m);
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
    if (!mt_import_blog_parse_jdate(m->rs, body, &j) || j.y == 0 || j.m == 0) {
        mt_import_blog_diag(m, MT_DIAG_ERROR,
                            "start the entry with its date (2023年3月6日)",
                            "update history entry without a date");
        return;
    }
    if (!date_ok(m, &j, (str){body.s, j.used}))
        return;
    str text = mt_import_blog_trim(mt_import_blog_advance(body, j.used));
    if (!text.n) {
        mt_import_blog_diag(m, MT_DIAG_ERROR, "say what changed",
                            "update entry without text");
        return;
    }
    mt_dossier_update *u = mt_dossier_add_update(m->d);
    if (!u) {
        mt_import_blog_nomem(m);
        return;
    }
    u->date = to_ddate(&j).date;
    u->text = dup(m, text);
}

/* ---- 調査ソース rows ---- */

bool mt_import_blog_numbered(const imp *m, int n)
{
    return n > 0 && n <= SOURCE_N_MAX &&
           (m->numbered[n >> 3] & (1u << (n & 7))) != 0;
}

void mt_import_blog_number_source(imp *m, int n)
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
        mt_import_blog_diag(
            m, MT_DIAG_ERROR,
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
    const rule *mark = mt_import_blog_rule_prefix(m->rs, R_OFFICIAL_MARK, t);
    s->kind = MT_KIND_MEDIA;
    if (mark) {
        t = mt_import_blog_trim(mt_import_blog_advance(t, mark->len));
        s->kind = mt_import_blog_rule_find(m->rs, R_AUTHORITY, t.s, t.n)
                      ? MT_KIND_AUTHORITY
                      : MT_KIND_OFFICIAL;
    }
    if (!t.n) {
        mt_import_blog_diag(m, MT_DIAG_ERROR,
                            "name the publisher after 【公式】",
                            "source %d has an empty publisher", s->n);
        t = (str){"?", 1};
    }
    s->publisher = dup(m, t);
}

static void row_title(imp *m, mt_dossier_source *s, str t)
{
    jdate j;
    size_t at;
    if (mt_import_blog_trailing_date(m->rs, t, &j, &at) && j.y) {
        if (date_ok(m, &j, mt_import_blog_advance(t, at)))
            s->published = to_ddate(&j).date;
        t = mt_import_blog_trim((str){t.s, at});
    } else {
        mt_import_blog_diag(m, MT_DIAG_WARNING,
                            "end the title line with the date (2023年3月4日)",
                            "source %d has no publication date", s->n);
    }
    if (!t.n)
        mt_import_blog_diag(m, MT_DIAG_ERROR,
                            "give the article title before its date",
                            "source %d has no title", s->n);
    else
        s->title = dup(m, t);
}

static void source_line(imp *m, str t)
{
    long v;
    size_t k;
    size_t nd = mt_import_blog_number(t, SOURCE_DIGITS, &v, &k);
    str after = mt_import_blog_advance(t, nd ? k : 0);
    if (nd && v > 0 &&
        (after.n == 0 || mt_import_blog_blank_at(after.s, after.n))) {
        row_finish(m);
        if (mt_import_blog_numbered(m, (int)v)) {
            mt_import_blog_diag(m, MT_DIAG_ERROR, "number each source once",
                                "source %ld is listed twice", v);
            return;
        }
        mt_dossier_source *s = mt_dossier_add_source(m->d);
        if (!s) {
            mt_import_blog_nomem(m);
            return;
        }
        s->n = (int)v;
        mt_import_blog_number_source(m, s->n);
        s->kind = MT_KIND_MEDIA;
        m->row = (long)(m->d->nsources - 1);
        m->row_fields = 0;
        m->row_line = m->line;
        /* A row on one line: "N <TAB> publisher <TAB> title date". */
        str rest = mt_import_blog_trim(after);
        while (rest.n && m->row >= 0) {
            size_t cut = rest.n, nxt = rest.n;
            for (size_t i = 0; i < rest.n; i++) {
                size_t b1 = mt_import_blog_blank_at(rest.s + i, rest.n - i);
                if (rest.s[i] == '\t' ||
                    (b1 && mt_import_blog_blank_at(rest.s + i + b1,
                                                   rest.n - i - b1))) {
                    cut = i;
                    nxt = i;
                    while (nxt < rest.n &&
                           (b1 = mt_import_blog_blank_at(rest.s + nxt,
                                                         rest.n - nxt)) > 0)
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
            rest = mt_import_blog_advance(rest, nxt);
        }
        return;
    }
    if (m->row < 0) {
        if (mt_import_blog_starts(t, "No") ||
            mt_import_blog_starts(t, "\xEF\xBC\xAE\xEF\xBD\x8F"))
            return; /* the table's header row */
        mt_import_blog_diag(
            m, MT_DIAG_ERROR, "start each source with its number on a line",
            "text in \xE8\xAA\xBF\xE6\x9F\xBB\xE3\x82\xBD\xE3\x83\xBC\xE3\x82"
            "\xB9 outside a numbered row");
        return;
    }
    mt_dossier_source *s = &m->d->sources[m->row];
    if (mt_import_blog_starts(t, "http://") ||
        mt_import_blog_starts(t, "https://")) {
        if (s->url)
            mt_import_blog_diag(m, MT_DIAG_WARNING, "keep one URL per source",
                                "source %d has a second URL; keeping the first",
                                s->n);
        else
            s->url = dup(m, t);
        return;
    }
    if (m->row_fields == 0)
        row_publisher(m, s, t);
    else if (m->row_fields == 1)
        row_title(m, s, t);
    else {
        mt_import_blog_diag(m, MT_DIAG_WARNING,
                            "put the date at the end of the title line",
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
        mt_import_blog_nomem(m);
        return;
    }
    p->text = mt_strndup(m->para.data, m->para.len);
    if (!p->text)
        mt_import_blog_nomem(m);
    p->line = m->para_line;
    mt_buf_reset(&m->para);
}

static void para_line(imp *m, str t)
{
    if (m->para.len == 0)
        m->para_line = m->line;
    else if (mt_buf_putc(&m->para, '\n') != MT_OK)
        mt_import_blog_nomem(m);
    if (mt_buf_append(&m->para, t.s, t.n) != MT_OK)
        mt_import_blog_nomem(m);
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
        enum imp_section sec;
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

static bool contains(str t, const char *lit)
{
    size_t n = strlen(lit);
    for (size_t i = 0; i + n <= t.n; i++)
        if (memcmp(t.s + i, lit, n) == 0)
            return true;
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
    return mt_import_blog_trim(t).n == 0;
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
    mt_status st = mt_import_blog_rules_load(&rs, err);
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
        mt_import_blog_rules_free(&rs);
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    }
    mt_dossier *d = m.d;
    d->status = MT_INCIDENT_ONGOING;
    d->id =
        opts && opts->incident ? mt_strdup(opts->incident) : id_from_file(file);
    if (file && !(d->file = mt_strdup(file)))
        mt_import_blog_nomem(&m);
    if (!d->id)
        mt_import_blog_nomem(&m);

    /* Lines, with a look at the neighbours for unknown headings. */
    size_t pos = 0;
    bool prev_blank = true, have_title = false;
    while (pos < len && m.st == MT_OK) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - text) : len;
        str raw = {text + pos, end - pos};
        str t = mt_import_blog_trim(raw);
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
            mt_import_blog_diag(
                &m, MT_DIAG_WARNING,
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
                mt_import_blog_diag(
                    &m, MT_DIAG_WARNING,
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
        mt_import_blog_diag(&m, MT_DIAG_ERROR,
                            "start the file with the summary's title",
                            "empty input");
    }
    if (m.st == MT_OK)
        mt_import_blog_resolve_officials(&m);
    if (m.st == MT_OK)
        mt_import_blog_check_cites(&m);
    if (m.st == MT_OK)
        mt_import_blog_make_printable(&m);

    for (size_t i = 0; i < m.noff; i++) {
        free(m.off[i].publisher);
        free(m.off[i].title);
    }
    free(m.off);
    free(m.uses);
    mt_buf_free(&m.para);
    g_hash_table_destroy(m.org_names);
    mt_import_blog_rules_free(&rs);
    if (m.st != MT_OK) {
        mt_dossier_free(d);
        return mt_error_set(err, m.st, "importing %s: %s",
                            file ? file : "<input>", mt_status_str(m.st));
    }
    *out = d;
    return MT_OK;
}
