/*
 * One line of the dossier text format into the model
 * (docs/dossier-format.md): a "key: value" line of the header block, or
 * an entry of Sources, Organisations, Claims, Timeline or Conflicts, with
 * its '|'-separated fields, trailing citation groups and "{...}"
 * annotations.
 *
 * parse.c has classified the line and hands over its span; a reader adds
 * what it reads to the dossier with the line and column it came from, and
 * reports what it cannot read as an error naming the fix.  Nothing here
 * looks at another line (the current "### organisation" of Claims is
 * parse.c's), and citations and annotations are found with bounded
 * backward scans that consume what they look at, so the whole parse is
 * linear in the input.
 */
#include "dossier/parse.h"

#include "core/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
            f[n++] = mt_dossier_parse_trim(p, (span){start, i});
            start = i + 1;
        }
    }
    f[n++] = mt_dossier_parse_trim(p, (span){start, s.e});
    return n;
}

/* ---- citations and trailing annotations ---- */

/*
 * Strip trailing citation groups "[2]", "[2,3]", "[2][3]" from s into c
 * (empty on entry), in the order they are written.  A trailing bracket
 * group holding anything but digits, commas and spaces is text, not a
 * citation.  Returns the number of groups taken.  The groups are found
 * right to left, then their numbers read left to right, so that each
 * number's column is counted on from the last one's: linear in the line,
 * however many groups it ends with.
 */
static int strip_cites(parser *p, span *s, mt_cites *c)
{
    int groups = 0;
    size_t first = 0, end = 0; /* [first, end): the groups */
    for (;;) {
        span t = mt_dossier_parse_trim(p, *s);
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
        if (!groups)
            end = t.e;
        first = open;
        s->b = t.b;
        s->e = open;
        groups++;
    }
    /* Between first and end stand only brackets, commas, blanks and the
     * numbers. */
    size_t at = first;
    long col = groups ? mt_dossier_parse_col_of(p, first) : 0;
    for (size_t i = first; i < end;) {
        if (p->line[i] < '0' || p->line[i] > '9') {
            i++;
            continue;
        }
        size_t nb = i;
        while (i < end && p->line[i] >= '0' && p->line[i] <= '9')
            i++;
        col += (long)mt_utf8_chars(p->line + at, nb - at);
        at = nb;
        int64_t v = 0;
        if (i - nb > 6 || !mt_parse_i64(p->line + nb, i - nb, &v) || v < 1) {
            PARSE_ERR(p, nb,
                      "number sources from 1 as listed under '## Sources'",
                      "citation '%.*s' is not a source number", (int)(i - nb),
                      p->line + nb);
            continue;
        }
        if (mt_cites_add_at(c, (int)v, col) != MT_OK)
            p->st = MT_ERR_NOMEM;
    }
    *s = mt_dossier_parse_trim(p, *s);
    return groups;
}

/* The last "{...}" group at the end of s, removed from s; false if none. */
static bool strip_brace(parser *p, span *s, span *inner)
{
    span t = mt_dossier_parse_trim(p, *s);
    if (t.e == t.b || p->line[t.e - 1] != '}')
        return false;
    size_t open = t.e - 1;
    while (open > t.b && p->line[open - 1] != '{' && p->line[open - 1] != '}')
        open--;
    if (open == t.b || p->line[open - 1] != '{')
        return false;
    *inner = mt_dossier_parse_trim(p, (span){open, t.e - 1});
    s->e = open - 1;
    *s = mt_dossier_parse_trim(p, *s);
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

void mt_dossier_parse_header_line(parser *p)
{
    span all = mt_dossier_parse_trim(p, (span){0, p->len});
    if (all.b == all.e)
        return;
    size_t colon = all.b;
    while (colon < all.e && p->line[colon] != ':')
        colon++;
    if (colon == all.e) {
        PARSE_ERR(p, all.b,
                  "write 'key: value' (id, title, status, related, "
                  "updated), or '---' to end the header",
                  "header line without ':'");
        return;
    }
    span key = mt_dossier_parse_trim(p, (span){all.b, colon});
    span val = mt_dossier_parse_trim(p, (span){colon + 1, all.e});
    mt_dossier *d = p->d;
    size_t bad;
    if (mt_dossier_parse_span_eq(p, key, "id")) {
        if (!valid_id(p, val, &bad)) {
            PARSE_ERR(p, bad, id_hint, "invalid incident id '%.*s'",
                      (int)(val.e - val.b), p->line + val.b);
            return;
        }
        free(d->id);
        d->id = mt_dossier_parse_copy(p, val);
        d->id_line = p->lineno;
    } else if (mt_dossier_parse_span_eq(p, key, "title")) {
        if (val.b == val.e) {
            PARSE_ERR(p, val.b, "give the incident a title", "empty title");
            return;
        }
        free(d->title);
        d->title = mt_dossier_parse_copy(p, val);
        d->title_line = p->lineno;
    } else if (mt_dossier_parse_span_eq(p, key, "status")) {
        if (mt_dossier_parse_span_eq(p, val, "ongoing"))
            d->status = MT_INCIDENT_ONGOING;
        else if (mt_dossier_parse_span_eq(p, val, "closed"))
            d->status = MT_INCIDENT_CLOSED;
        else {
            PARSE_ERR(p, val.b, "write 'status: ongoing' or 'status: closed'",
                      "unknown status '%.*s'", (int)(val.e - val.b),
                      p->line + val.b);
            return;
        }
        d->status_line = p->lineno;
    } else if (mt_dossier_parse_span_eq(p, key, "related")) {
        size_t i = val.b;
        while (i < val.e && p->st == MT_OK) {
            size_t j = i;
            while (j < val.e && p->line[j] != ',')
                j++;
            span one = mt_dossier_parse_trim(p, (span){i, j});
            if (one.b == one.e) {
                PARSE_ERR(p, i, "separate incident ids with single commas",
                          "empty related incident id");
            } else if (!valid_id(p, one, &bad)) {
                PARSE_ERR(p, bad, id_hint, "invalid related incident id '%.*s'",
                          (int)(one.e - one.b), p->line + one.b);
            } else {
                mt_dossier_related *r = mt_dossier_add_related(d);
                if (!r) {
                    p->st = MT_ERR_NOMEM;
                    return;
                }
                r->id = mt_dossier_parse_copy(p, one);
                r->line = p->lineno;
                r->col = mt_dossier_parse_col_of(p, one.b);
            }
            i = j + 1;
        }
    } else if (mt_dossier_parse_span_eq(p, key, "updated")) {
        size_t sp = val.b;
        while (sp < val.e && !mt_dossier_parse_is_space(p->line[sp]))
            sp++;
        span ds = {val.b, sp};
        span text = mt_dossier_parse_trim(p, (span){sp, val.e});
        mt_dossier_date dt;
        if (!mt_dossier_parse_date(p, ds, &dt))
            return;
        if (text.b == text.e) {
            PARSE_ERR(p, val.e, "say what changed after the date",
                      "update entry without text");
            return;
        }
        mt_dossier_update *u = mt_dossier_add_update(d);
        if (!u) {
            p->st = MT_ERR_NOMEM;
            return;
        }
        u->date = dt.date;
        u->text = mt_dossier_parse_copy(p, text);
        u->line = p->lineno;
        u->col = mt_dossier_parse_col_of(p, all.b);
    } else {
        PARSE_ERR(p, key.b, "use id, title, status, related or updated",
                  "unknown header field '%.*s'", (int)(key.e - key.b),
                  p->line + key.b);
    }
}

/* ---- sections ---- */

/* "[kind] publisher | title | date | url [| lang]" at rest into src. */
static void source_fields(parser *p, mt_dossier_source *src, span rest, int n)
{
    const char *kinds = "official, authority, media, blog or other";
    if (!mt_dossier_parse_starts_with(p, rest, "[")) {
        PARSE_ERR(p, rest.b, "start with the kind in brackets, e.g. '[media]'",
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
        PARSE_ERR(p, rest.b + 1, hint, "unknown source kind '%.*s'",
                  (int)((close < rest.e ? close : rest.e) - (rest.b + 1)),
                  p->line + rest.b + 1);
        return;
    }
    src->kind = kv;
    span f[6];
    size_t nf = split_pipes(p, (span){close + 1, rest.e}, f, 6);
    if (nf < 4 || nf > 5) {
        PARSE_ERR(p, close + 1,
                  "write '[kind] publisher | title | date | url', optionally "
                  "'| lang'; escape a '|' in a title as '\\|'",
                  "source %d has %zu fields, expected 4 or 5", n, nf);
        return;
    }
    if (f[0].b == f[0].e) {
        PARSE_ERR(p, f[0].b, "name who published it",
                  "source %d has no publisher", n);
        return;
    }
    src->publisher = mt_dossier_parse_copy(p, f[0]);
    if (f[1].b != f[1].e)
        src->title = mt_dossier_parse_copy(p, f[1]);
    if (f[2].b != f[2].e && !mt_dossier_parse_span_eq(p, f[2], "-")) {
        mt_dossier_date dt;
        if (!mt_dossier_parse_date(p, f[2], &dt))
            return;
        src->published = dt.date;
    }
    if (f[3].b != f[3].e && !mt_dossier_parse_span_eq(p, f[3], "-")) {
        if (!mt_dossier_parse_starts_with(p, f[3], "https://") &&
            !mt_dossier_parse_starts_with(p, f[3], "http://")) {
            PARSE_ERR(p, f[3].b,
                      "give an http:// or https:// URL, or '-' for none",
                      "source %d: '%.*s' is not a URL", n,
                      (int)(f[3].e - f[3].b), p->line + f[3].b);
            return;
        }
        src->url = mt_dossier_parse_copy(p, f[3]);
    }
    if (nf == 5 && f[4].b != f[4].e)
        src->lang = mt_dossier_parse_copy(p, f[4]);
}

void mt_dossier_parse_source_line(parser *p, span s)
{
    /* "N. [kind] publisher | title | date | url [| lang]", "N. @id", or
     * "N. @id [kind] publisher | ..." (a stored source with what the
     * store knows of it, for the reader; the store's record is what a
     * build uses). */
    int n = 0;
    size_t k = mt_dossier_parse_take_digits(p, s.b, s.e, &n);
    size_t after = s.b + k;
    if (k == 0 || after >= s.e || p->line[after] != '.' || n < 1) {
        PARSE_ERR(
            p, s.b,
            "write 'N. [kind] publisher | title | date | url' or 'N. @id'",
            "expected a numbered source");
        return;
    }
    span rest = mt_dossier_parse_trim(p, (span){after + 1, s.e});
    mt_dossier_source *src = mt_dossier_add_source(p->d);
    if (!src) {
        p->st = MT_ERR_NOMEM;
        return;
    }
    src->n = n;
    src->line = p->lineno;
    src->col = mt_dossier_parse_col_of(p, s.b);
    if (mt_dossier_parse_starts_with(p, rest, "@")) {
        span id = {rest.b + 1, rest.b + 1};
        while (id.e < rest.e && p->line[id.e] != ' ' && p->line[id.e] != '\t')
            id.e++;
        bool hex = id.e - id.b >= 4 && id.e - id.b <= MT_SOURCE_ID_LEN;
        for (size_t i = id.b; hex && i < id.e; i++) {
            char c = p->line[i];
            hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        }
        if (!hex) {
            PARSE_ERR(
                p, rest.b,
                "write '@' and 4 to 16 lower-case hex digits of the stored "
                "source id (see 'matome sources')",
                "invalid stored source id '%.*s'", (int)(id.e - rest.b),
                p->line + rest.b);
            return;
        }
        memcpy(src->stored_id, p->line + id.b, id.e - id.b);
        src->stored_id[id.e - id.b] = '\0';
        span meta = mt_dossier_parse_trim(p, (span){id.e, rest.e});
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

void mt_dossier_parse_org_line(parser *p, span s)
{
    /* "NAME (role) [aka A, B][: note [cites]]" */
    span paren;
    mt_org_role role;
    if (!find_role(p, s, &paren, &role)) {
        PARSE_ERR(p, s.b,
                  "write 'name (role)' with role victim, authority, vendor, "
                  "investigator, attacker or other",
                  "organisation without a role");
        return;
    }
    span name = mt_dossier_parse_trim(p, (span){s.b, paren.b});
    if (name.b == name.e) {
        PARSE_ERR(p, s.b, "put the organisation's name before '(role)'",
                  "organisation without a name");
        return;
    }
    mt_dossier_org *o = mt_dossier_add_org(p->d);
    if (!o) {
        p->st = MT_ERR_NOMEM;
        return;
    }
    o->name = mt_dossier_parse_copy(p, name);
    o->role = role;
    o->line = p->lineno;
    o->col = mt_dossier_parse_col_of(p, name.b);
    span rest = mt_dossier_parse_trim(p, (span){paren.e, s.e});
    /* The note starts at the first ": " (or a full-width colon). */
    size_t colon = rest.b, after = rest.e;
    while (colon < rest.e) {
        if (p->line[colon] == ':' &&
            (colon + 1 == rest.e ||
             mt_dossier_parse_is_space(p->line[colon + 1]))) {
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
    span aka = mt_dossier_parse_trim(p, (span){rest.b, colon});
    if (aka.b != aka.e) {
        if (!mt_dossier_parse_eat_prefix(p, &aka, "aka ") &&
            !mt_dossier_parse_eat_prefix(p, &aka, "別名 ")) {
            PARSE_ERR(p, aka.b,
                      "write aliases as 'aka A, B' and the note after ': '",
                      "unexpected text after the role");
        } else {
            size_t i = aka.b;
            while (i <= aka.e && p->st == MT_OK) {
                size_t j = i;
                while (j < aka.e && p->line[j] != ',' &&
                       !(aka.e - j >= 3 &&
                         memcmp(p->line + j, "\xe3\x80\x81", 3) == 0))
                    j++;
                span one = mt_dossier_parse_trim(p, (span){i, j});
                if (one.b != one.e) {
                    char *a = mt_dossier_parse_copy(p, one);
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
            o->note = mt_dossier_parse_copy(p, note);
    }
}

void mt_dossier_parse_claim_line(parser *p, span s)
{
    /* "[category] text {hedge} {qty} [cites]" */
    if (!p->claim_org) {
        PARSE_ERR(p, s.b, "put claims under a '### organisation' heading",
                  "claim outside an organisation group");
        return;
    }
    if (!mt_dossier_parse_starts_with(p, s, "[")) {
        PARSE_ERR(p, s.b,
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
        PARSE_ERR(p, s.b + 1,
                  "use impact, relationship, attribution, response or context",
                  "unknown claim category '%.*s'",
                  (int)((close < s.e ? close : s.e) - s.b - 1),
                  p->line + s.b + 1);
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
    c->col = mt_dossier_parse_col_of(p, s.b);
    span body = {close + 1, s.e};
    strip_cites(p, &body, &c->cites);
    span inner;
    while (strip_brace(p, &body, &inner)) {
        char ch = inner.b < inner.e ? p->line[inner.b] : '\0';
        if ((ch >= '0' && ch <= '9') || ch == '~' || ch == '>') {
            /* quantity: [>=][~]N[,NNN] UNIT[: counts] */
            size_t i = inner.b;
            bool at_least = false, approx = false;
            if (ch == '>' && i + 1 < inner.e && p->line[i + 1] == '=') {
                at_least = true;
                i += 2;
            }
            if (i < inner.e && p->line[i] == '~') {
                approx = true;
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
            span unit = mt_dossier_parse_trim(p, (span){i, cpos});
            span counts = mt_dossier_parse_trim(
                p, (span){cpos < inner.e ? cpos + 1 : cpos, inner.e});
            if (!ok || nd == 0 || unit.b == unit.e) {
                PARSE_ERR(p, inner.b,
                          "write a quantity as {250 件}, {~250 件: files} or "
                          "{>=250 件} (250 or more)",
                          "cannot read quantity '%.*s'",
                          (int)(inner.e - inner.b), p->line + inner.b);
                continue;
            }
            if (c->has_quantity) {
                PARSE_ERR(p, inner.b, "keep one quantity per claim",
                          "second quantity in one claim");
                continue;
            }
            c->has_quantity = 1;
            c->quantity.value = v;
            c->quantity.approx = approx;
            c->quantity.at_least = at_least;
            c->quantity.unit = mt_dossier_parse_copy(p, unit);
            if (counts.b != counts.e)
                c->quantity.counts = mt_dossier_parse_copy(p, counts);
        } else {
            char hb[20];
            size_t hn = inner.e - inner.b;
            mt_hedge h;
            if (hn >= sizeof hb ||
                (memcpy(hb, p->line + inner.b, hn), hb[hn] = '\0',
                 mt_hedge_parse(&h, hb)) != MT_OK) {
                PARSE_ERR(p, inner.b,
                          "use {possible}, {suspected}, {denied} or "
                          "{not_confirmed}; a claim without one is confirmed",
                          "unknown hedge '%.*s'", (int)hn, p->line + inner.b);
                continue;
            }
            c->hedge = h;
        }
    }
    if (body.b == body.e) {
        PARSE_ERR(p, close + 1, "say what the sources claim", "empty claim");
        return;
    }
    c->text = mt_dossier_parse_copy(p, body);
}

void mt_dossier_parse_event_line(parser *p, span s)
{
    /* "DATE | ORG | TYPE | text [cites]" */
    span f[4];
    size_t nf = split_pipes(p, s, f, 4);
    if (nf < 4) {
        PARSE_ERR(p, s.b, "write 'date | organisation | event type | text [n]'",
                  "timeline entry has %zu fields, expected 4", nf);
        return;
    }
    mt_dossier_date dt;
    if (!mt_dossier_parse_date(p, f[0], &dt))
        return;
    if (f[1].b == f[1].e) {
        PARSE_ERR(p, f[1].b, "name the organisation the event belongs to",
                  "timeline entry without an organisation");
        return;
    }
    char tb[32];
    size_t tn = f[2].e - f[2].b;
    mt_event_type type;
    if (tn >= sizeof tb || (memcpy(tb, p->line + f[2].b, tn), tb[tn] = '\0',
                            mt_event_type_parse(&type, tb)) != MT_OK) {
        PARSE_ERR(p, f[2].b,
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
    e->org = mt_dossier_parse_copy(p, f[1]);
    e->type = type;
    e->line = p->lineno;
    e->col = mt_dossier_parse_col_of(p, s.b);
    e->date_col = mt_dossier_parse_col_of(p, f[0].b);
    span text = f[3];
    strip_cites(p, &text, &e->cites);
    e->text = mt_dossier_parse_copy(p, text);
}

void mt_dossier_parse_conflict_line(parser *p, span s)
{
    /* "ORG | about | value [cites] | value [cites] ..." */
    span f[3];
    size_t nf = split_pipes(p, s, f, 3);
    if (nf < 3 || f[0].b == f[0].e || f[1].b == f[1].e) {
        PARSE_ERR(
            p, s.b,
            "write 'organisation | what differs | version [n] | version [m]'",
            "conflict needs an organisation, a subject and versions");
        return;
    }
    mt_dossier_conflict *c = mt_dossier_add_conflict(p->d);
    if (!c) {
        p->st = MT_ERR_NOMEM;
        return;
    }
    c->org = mt_dossier_parse_copy(p, f[0]);
    c->about = mt_dossier_parse_copy(p, f[1]);
    c->line = p->lineno;
    c->col = mt_dossier_parse_col_of(p, s.b);
    span vs[64];
    size_t nv = split_pipes(p, f[2], vs, MT_ARRAY_LEN(vs));
    if (nv < 2)
        PARSE_ERR(p, f[2].b, "give at least two versions separated by '|'",
                  "conflict with only one version");
    for (size_t i = 0; i < nv && p->st == MT_OK; i++) {
        span v = vs[i];
        mt_cites cites = {NULL, NULL, 0};
        strip_cites(p, &v, &cites);
        char *val = mt_dossier_parse_copy(p, v);
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
            PARSE_ERR(p, v.e, "cite the sources of this version, e.g. [2]",
                      "conflict version without a citation");
    }
}
