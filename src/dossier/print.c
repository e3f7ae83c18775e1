/*
 * The dossier model back to its text format (docs/dossier-format.md).
 *
 * The printer writes exactly what src/dossier/parse*.c read, so that
 * parse(print(d)) has the same model as d and print is idempotent.  Order
 * is the model's own (sources, organisations, claims, timeline entries as
 * stored), which makes the output deterministic.  Derived conflicts and
 * figures are not written: a build derives them again.
 *
 * Escaping: a '|' inside a pipe-separated field (sources, timeline,
 * conflicts) is written "\|", which the parser unescapes.  The format has
 * no escape for everything else, so a value the parser would read back
 * differently is refused with MT_ERR_INPUT naming the element: a line
 * break in a one-line field, text that ends in what the parser takes for
 * a citation group ("[3]") or an annotation ("{possible}"), an alias with
 * ',' or '、', an organisation name holding "(role)", an empty required
 * field.  Text that comes from the parser never has these.
 */
#include "dossier/dossier_internal.h"

#include "core/buf.h"
#include "core/internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct printer {
    mt_buf out;
    mt_status st;
    mt_error *err;
} printer;

static void fail(printer *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void fail(printer *p, const char *fmt, ...)
{
    if (p->st != MT_OK)
        return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    p->st = mt_error_set(p->err, MT_ERR_INPUT, "%s", msg);
}

static void put(printer *p, const char *s)
{
    if (p->st != MT_OK)
        return;
    mt_status st = mt_buf_puts(&p->out, s);
    if (st != MT_OK)
        p->st = mt_error_set(p->err, st, "dossier text too large");
}

static void putf(printer *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void putf(printer *p, const char *fmt, ...)
{
    if (p->st != MT_OK)
        return;
    va_list ap;
    va_start(ap, fmt);
    mt_status st = mt_buf_vprintf(&p->out, fmt, ap);
    va_end(ap);
    if (st != MT_OK)
        p->st = mt_error_set(p->err, st, "dossier text too large");
}

static bool is_blank(char c)
{
    return c == ' ' || c == '\t';
}

/* Leading/trailing blanks or U+3000 would be trimmed by the parser. */
static bool padded(const char *s)
{
    size_t n = strlen(s);
    if (n == 0)
        return false;
    return is_blank(s[0]) || is_blank(s[n - 1]) ||
           (n >= 3 && (memcmp(s, "\xe3\x80\x80", 3) == 0 ||
                       memcmp(s + n - 3, "\xe3\x80\x80", 3) == 0));
}

/* A one-line field: no line break, no surrounding blanks, non-empty. */
static bool one_line(printer *p, const char *s, const char *what, long at)
{
    if (!s || !*s) {
        fail(p, "%s %ld is empty", what, at);
        return false;
    }
    if (strpbrk(s, "\r\n") || padded(s)) {
        fail(p, "%s %ld has a line break or surrounding blanks", what, at);
        return false;
    }
    return true;
}

/* The text with '|' written "\|". */
static void put_escaped(printer *p, const char *s)
{
    if (strstr(s, "\\|")) {
        fail(p, "'\\|' in '%.40s' cannot be written in the format", s);
        return;
    }
    for (const char *q = s; *q && p->st == MT_OK; q++) {
        if (*q == '|')
            put(p, "\\");
        if (p->st == MT_OK && mt_buf_putc(&p->out, *q) != MT_OK)
            p->st =
                mt_error_set(p->err, MT_ERR_TOOBIG, "dossier text too large");
    }
}

/*
 * True when s ends in something the parser strips from the end of a line:
 * a citation group ("[2]", "[2, 3]") or a "{...}" annotation.  Mirrors
 * strip_cites() and strip_brace() in parse_entries.c.
 */
static bool ends_in_annotation(const char *s, bool braces)
{
    size_t e = strlen(s);
    while (e > 0 && is_blank(s[e - 1]))
        e--;
    if (e == 0)
        return false;
    if (s[e - 1] == ']') {
        size_t i = e - 1;
        bool digit = false;
        while (i > 0 && s[i - 1] != '[') {
            char c = s[i - 1];
            if (c >= '0' && c <= '9')
                digit = true;
            else if (c != ',' && c != ' ')
                return false;
            i--;
        }
        return i > 0 && digit;
    }
    if (braces && s[e - 1] == '}') {
        size_t i = e - 1;
        while (i > 0 && s[i - 1] != '{' && s[i - 1] != '}')
            i--;
        return i > 0 && s[i - 1] == '{';
    }
    return false;
}

/* Free text at the end of a line: braces says whether the parser also
 * strips "{...}" groups there (claims) or only citations. */
static bool text_field(printer *p, const char *s, const char *what, long at,
                       bool braces)
{
    if (!one_line(p, s, what, at))
        return false;
    if (ends_in_annotation(s, braces)) {
        fail(p, "%s %ld ends in a citation or {annotation}", what, at);
        return false;
    }
    return true;
}

static void put_cites(printer *p, const mt_cites *c)
{
    if (c->count == 0)
        return;
    put(p, " [");
    for (size_t i = 0; i < c->count; i++)
        putf(p, "%s%d", i ? "," : "", c->n[i]);
    put(p, "]");
}

static void put_date(printer *p, const mt_dossier_date *d)
{
    char buf[MT_DOSSIER_DATE_TEXT_MAX];
    put(p, mt_dossier_date_format(d, buf, sizeof buf));
}

static void header(printer *p, const mt_dossier *d)
{
    put(p, "---\n");
    if (d->id && one_line(p, d->id, "incident id", 0))
        putf(p, "id: %s\n", d->id);
    if (d->title && one_line(p, d->title, "title", 0))
        putf(p, "title: %s\n", d->title);
    putf(p, "status: %s\n", mt_incident_status_str(d->status));
    if (d->nrelated) {
        put(p, "related: ");
        for (size_t i = 0; i < d->nrelated; i++) {
            const char *id = d->related[i].id;
            if (!id || !*id || strpbrk(id, ", \t\r\n")) {
                fail(p, "related incident %zu is not an incident id", i + 1);
                return;
            }
            putf(p, "%s%s", i ? ", " : "", id);
        }
        put(p, "\n");
    }
    for (size_t i = 0; i < d->nupdates; i++) {
        const mt_dossier_update *u = &d->updates[i];
        char buf[MT_DATE_TEXT_MAX];
        if (u->date.year == 0) {
            fail(p, "update %zu has no year", i + 1);
            return;
        }
        if (!one_line(p, u->text, "update", (long)i + 1))
            return;
        putf(p, "updated: %s %s\n", mt_date_format(&u->date, buf, sizeof buf),
             u->text);
    }
    put(p, "---\n");
    if (d->title)
        putf(p, "\n# %s\n", d->title);
}

/* An optional pipe field: "-" when empty, as the parser reads it. */
static void opt_field(printer *p, const char *s, const char *what, long n)
{
    if (!s || !*s) {
        put(p, "-");
        return;
    }
    if (!one_line(p, s, what, n))
        return;
    if (strcmp(s, "-") == 0) {
        fail(p, "%s of source %ld is '-', which reads as empty", what, n);
        return;
    }
    put_escaped(p, s);
}

static void sources(printer *p, const mt_dossier *d)
{
    put(p, "\n## Sources\n");
    for (size_t i = 0; i < d->nsources && p->st == MT_OK; i++) {
        const mt_dossier_source *s = &d->sources[i];
        if (s->n < 1) {
            fail(p, "source %zu has no number", i + 1);
            return;
        }
        if (s->stored_id[0] && !(s->publisher && *s->publisher)) {
            putf(p, "%d. @%s\n", s->n, s->stored_id);
            continue;
        }
        if (!one_line(p, s->publisher, "publisher of source", s->n))
            return;
        /* A stored source keeps its id and says who published it. */
        if (s->stored_id[0])
            putf(p, "%d. @%s [%s] ", s->n, s->stored_id,
                 mt_source_kind_str(s->kind));
        else
            putf(p, "%d. [%s] ", s->n, mt_source_kind_str(s->kind));
        put_escaped(p, s->publisher);
        put(p, " | ");
        /* An empty title is an empty field (the parser keeps "-"). */
        if (s->title && *s->title) {
            if (!one_line(p, s->title, "title of source", s->n))
                return;
            put_escaped(p, s->title);
        }
        put(p, " | ");
        if (s->published.year) {
            char buf[MT_DATE_TEXT_MAX];
            put(p, mt_date_format(&s->published, buf, sizeof buf));
        } else {
            put(p, "-");
        }
        put(p, " | ");
        if (s->url && strncmp(s->url, "http://", 7) != 0 &&
            strncmp(s->url, "https://", 8) != 0) {
            fail(p, "url of source %d is not http(s)", s->n);
            return;
        }
        opt_field(p, s->url, "url", s->n);
        if (s->lang && *s->lang) {
            put(p, " | ");
            opt_field(p, s->lang, "language", s->n);
        }
        put(p, "\n");
    }
}

static void orgs(printer *p, const mt_dossier *d)
{
    put(p, "\n## Organisations\n");
    for (size_t i = 0; i < d->norgs && p->st == MT_OK; i++) {
        const mt_dossier_org *o = &d->orgs[i];
        long at = (long)i + 1;
        if (!one_line(p, o->name, "organisation", at))
            return;
        for (const char *q = strchr(o->name, '('); q; q = strchr(q + 1, '(')) {
            const char *c = strchr(q, ')');
            char buf[16];
            mt_org_role r;
            size_t n = c ? (size_t)(c - q - 1) : 0;
            if (c && n < sizeof buf) {
                memcpy(buf, q + 1, n);
                buf[n] = '\0';
                if (mt_org_role_parse(&r, buf) == MT_OK) {
                    fail(p, "organisation %ld has a role in its name", at);
                    return;
                }
            }
        }
        putf(p, "- %s (%s)", o->name, mt_org_role_str(o->role));
        for (size_t k = 0; k < o->naliases; k++) {
            const char *a = o->aliases[k];
            if (!one_line(p, a, "alias of organisation", at))
                return;
            if (strchr(a, ',') || strstr(a, "\xe3\x80\x81") ||
                strstr(a, ": ") || strstr(a, "\xef\xbc\x9a") ||
                a[strlen(a) - 1] == ':') {
                fail(p, "alias of organisation %ld holds ',', '、' or ':'", at);
                return;
            }
            putf(p, "%s%s", k ? ", " : " aka ", a);
        }
        if (o->note && *o->note) {
            if (!text_field(p, o->note, "note of organisation", at, false))
                return;
            putf(p, ": %s", o->note);
        } else if (o->cites.count) {
            put(p, ":");
        }
        put_cites(p, &o->cites);
        put(p, "\n");
    }
}

static void claims(printer *p, const mt_dossier *d)
{
    put(p, "\n## Claims\n");
    const char *group = NULL;
    for (size_t i = 0; i < d->nclaims && p->st == MT_OK; i++) {
        const mt_dossier_claim *c = &d->claims[i];
        long at = (long)i + 1;
        if (!one_line(p, c->org, "organisation of claim", at) ||
            !text_field(p, c->text, "claim", at, true))
            return;
        if (!group || strcmp(group, c->org) != 0) {
            putf(p, "%s### %s\n", group ? "\n" : "", c->org);
            group = c->org;
        }
        putf(p, "- [%s] %s", mt_claim_category_str(c->category), c->text);
        if (c->hedge != MT_HEDGE_CONFIRMED)
            putf(p, " {%s}", mt_hedge_str(c->hedge));
        if (c->has_quantity) {
            const mt_quantity *q = &c->quantity;
            if (q->value < 0 || !one_line(p, q->unit, "unit of claim", at))
                return;
            if (strpbrk(q->unit, ":{}") ||
                (q->counts &&
                 (strpbrk(q->counts, "{}") ||
                  !one_line(p, q->counts, "counts of claim", at)))) {
                fail(p, "quantity of claim %ld holds ':', '{' or '}'", at);
                return;
            }
            putf(p, " {%s%s%lld %s", q->at_least ? ">=" : "",
                 q->approx ? "~" : "", (long long)q->value, q->unit);
            if (q->counts && *q->counts)
                putf(p, ": %s", q->counts);
            put(p, "}");
        }
        put_cites(p, &c->cites);
        put(p, "\n");
    }
}

static void timeline(printer *p, const mt_dossier *d)
{
    put(p, "\n## Timeline\n");
    for (size_t i = 0; i < d->nevents && p->st == MT_OK; i++) {
        const mt_dossier_event *e = &d->events[i];
        long at = (long)i + 1;
        if (e->date.date.year == 0) {
            fail(p, "timeline entry %ld has no year", at);
            return;
        }
        if (!one_line(p, e->org, "organisation of timeline entry", at) ||
            (e->text && *e->text &&
             !text_field(p, e->text, "timeline entry", at, false)))
            return;
        put(p, "- ");
        put_date(p, &e->date);
        put(p, " | ");
        put_escaped(p, e->org);
        putf(p, " | %s | ", mt_event_type_str(e->type));
        if (e->text)
            put_escaped(p, e->text);
        put_cites(p, &e->cites);
        put(p, "\n");
    }
}

static void conflicts(printer *p, const mt_dossier *d)
{
    size_t n = 0;
    for (size_t i = 0; i < d->nconflicts; i++)
        n += !d->conflicts[i].derived;
    if (n == 0)
        return;
    put(p, "\n## Conflicts\n");
    for (size_t i = 0; i < d->nconflicts && p->st == MT_OK; i++) {
        const mt_dossier_conflict *c = &d->conflicts[i];
        long at = (long)i + 1;
        if (c->derived)
            continue;
        if (!one_line(p, c->org, "organisation of conflict", at) ||
            !one_line(p, c->about, "subject of conflict", at))
            return;
        if (c->nvariants < 2) {
            fail(p, "conflict %ld has fewer than two versions", at);
            return;
        }
        put(p, "- ");
        put_escaped(p, c->org);
        put(p, " | ");
        put_escaped(p, c->about);
        for (size_t k = 0; k < c->nvariants; k++) {
            const mt_conflict_variant *v = &c->variants[k];
            if (v->value && *v->value &&
                !text_field(p, v->value, "version of conflict", at, false))
                return;
            put(p, " | ");
            if (v->value)
                put_escaped(p, v->value);
            put_cites(p, &v->cites);
        }
        put(p, "\n");
    }
}

/* A commentary line the parser would read as a heading or lose. */
static size_t skip_blanks(const char *line, size_t n)
{
    size_t k = 0;
    for (;;) {
        if (k < n && (is_blank(line[k]) || line[k] == '\r'))
            k++;
        else if (n - k >= 3 && memcmp(line + k, "\xe3\x80\x80", 3) == 0)
            k += 3;
        else
            return k;
    }
}

static bool heading_like(const char *line, size_t n)
{
    size_t k = skip_blanks(line, n);
    line += k;
    n -= k;
    return (n >= 3 && memcmp(line, "## ", 3) == 0) ||
           (n == 2 && line[0] == '#' && line[1] == '#');
}

static void commentary(printer *p, const mt_dossier *d)
{
    if (d->ncommentary == 0)
        return;
    put(p, "\n## Commentary\n");
    for (size_t i = 0; i < d->ncommentary && p->st == MT_OK; i++) {
        const char *t = d->commentary[i].text;
        long at = (long)i + 1;
        if (!t || !*t) {
            fail(p, "commentary paragraph %ld is empty", at);
            return;
        }
        /* Every line must be non-blank and not a heading, or the
         * paragraph would split or end the section. */
        for (const char *l = t; p->st == MT_OK;) {
            const char *nl = strchr(l, '\n');
            size_t n = nl ? (size_t)(nl - l) : strlen(l);
            if (skip_blanks(l, n) == n || heading_like(l, n))
                fail(p, "commentary paragraph %ld has a blank or heading line",
                     at);
            if (!nl)
                break;
            l = nl + 1;
        }
        putf(p, "%s%s\n", i ? "\n" : "", t);
    }
}

mt_status mt_dossier_print(const mt_dossier *d, char **out, size_t *out_len,
                           mt_error *err)
{
    if (!d || !out)
        return mt_error_set(err, MT_ERR_ARG, "mt_dossier_print: NULL argument");
    *out = NULL;
    if (out_len)
        *out_len = 0;
    printer p;
    mt_buf_init(&p.out, MT_DOSSIER_MAX_BYTES);
    p.st = MT_OK;
    p.err = err;
    header(&p, d);
    sources(&p, d);
    orgs(&p, d);
    claims(&p, d);
    timeline(&p, d);
    conflicts(&p, d);
    commentary(&p, d);
    if (p.st != MT_OK) {
        mt_buf_free(&p.out);
        return p.st;
    }
    size_t len = 0;
    char *s = mt_buf_detach(&p.out, &len);
    if (!s)
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    *out = s;
    if (out_len)
        *out_len = len;
    return MT_OK;
}
