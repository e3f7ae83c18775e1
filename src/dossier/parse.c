/*
 * The dossier text format parser (docs/dossier-format.md): the parser's
 * state, its diagnostics, and the pass over the lines.
 *
 * Line-oriented and single-pass: each line is classified by the section it
 * is in and its first characters (the header block between '---' lines, a
 * "## " heading, "### organisation" under Claims, a commentary paragraph,
 * or an entry, handed to its reader in parse_entries.c).  A malformed line
 * becomes a diagnostic and the parser carries on with the next line, so
 * one run reports every problem.  Columns in diagnostics count code points
 * from 1.
 */
#include "dossier/parse.h"

#include "core/buf.h"
#include "core/internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Section headings, English and Japanese; ASCII compared without case. */
static const struct {
    const char *name;
    enum parse_section sec;
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

void mt_dossier_parse_diag(parser *p, mt_diag_severity sev, size_t off,
                           const char *hint, const char *fmt, ...)
{
    /* Past the list's cap only its counts grow: no message to format nor
     * column to count (a line of a million bad citations stays linear). */
    if (p->diags->count >= MT_DIAG_MAX) {
        (void)mt_diag_add(p->diags, sev, p->lineno, 0, hint, "%s", "");
        return;
    }
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    mt_status st =
        mt_diag_add(p->diags, sev, p->lineno, mt_dossier_parse_col_of(p, off),
                    hint, "%s", msg);
    if (st != MT_OK && p->st == MT_OK)
        p->st = st;
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
char *mt_dossier_parse_copy(parser *p, span s)
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
    span all = mt_dossier_parse_trim(p, (span){0, p->len});
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
    PARSE_ERR(p, hashes_at,
              "use Sources, Organisations, Claims, Timeline, Commentary or "
              "Conflicts",
              "unknown section '%.*s'", (int)(name.e - name.b),
              p->line + name.b);
    p->sec = SEC_NONE;
}

/* The bullet text after "- " or "* ", or false. */
static bool bullet(const parser *p, span s, span *body)
{
    if (s.e - s.b >= 2 && (p->line[s.b] == '-' || p->line[s.b] == '*') &&
        mt_dossier_parse_is_space(p->line[s.b + 1])) {
        *body = mt_dossier_parse_trim(p, (span){s.b + 2, s.e});
        return true;
    }
    return false;
}

static void section_line(parser *p)
{
    span all = mt_dossier_parse_trim(p, (span){0, p->len});
    if (mt_dossier_parse_starts_with(p, all, "## ") ||
        mt_dossier_parse_span_eq(p, all, "##")) {
        heading(p, mt_dossier_parse_trim(p, (span){all.b + 2, all.e}), all.b);
        return;
    }
    if (p->sec == SEC_COMMENTARY) {
        commentary_line(p);
        return;
    }
    if (all.b == all.e)
        return;
    if (mt_dossier_parse_starts_with(p, all, "### ")) {
        span name = mt_dossier_parse_trim(p, (span){all.b + 4, all.e});
        if (p->sec != SEC_CLAIMS) {
            PARSE_ERR(p, all.b,
                      "use '###' only for organisations under '## Claims'",
                      "'###' heading outside Claims");
            return;
        }
        if (name.b == name.e) {
            PARSE_ERR(p, all.b, "name the organisation after '###'",
                      "empty organisation heading");
            return;
        }
        free(p->claim_org);
        p->claim_org = mt_dossier_parse_copy(p, name);
        return;
    }
    if (mt_dossier_parse_starts_with(p, all, "# ")) {
        if (p->sec == SEC_NONE)
            return; /* a display title for Markdown viewers */
        PARSE_ERR(p, all.b, "put the title in the header ('title:')",
                  "'#' heading inside a section");
        return;
    }
    if (mt_dossier_parse_starts_with(p, all,
                                     "<!--")) /* an HTML comment line: a note */
        return;
    span body;
    switch (p->sec) {
    case SEC_NONE:
        PARSE_ERR(p, all.b,
                  "start a section with '## Sources', '## Timeline', ...",
                  "text outside any section");
        return;
    case SEC_SOURCES:
        mt_dossier_parse_source_line(p, all);
        return;
    case SEC_ORGS:
    case SEC_CLAIMS:
    case SEC_TIMELINE:
    case SEC_CONFLICTS:
        if (!bullet(p, all, &body)) {
            PARSE_ERR(p, all.b, "start each entry with '- '",
                      "expected a '- ' list item");
            return;
        }
        if (p->sec == SEC_ORGS)
            mt_dossier_parse_org_line(p, body);
        else if (p->sec == SEC_CLAIMS)
            mt_dossier_parse_claim_line(p, body);
        else if (p->sec == SEC_TIMELINE)
            mt_dossier_parse_event_line(p, body);
        else
            mt_dossier_parse_conflict_line(p, body);
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
            PARSE_ERR(p, bad, "remove the NUL byte", "NUL byte in text");
        else
            PARSE_ERR(p, bad, "save the file as UTF-8",
                      "invalid UTF-8 byte 0x%02X", b);
        return;
    }
    span all = mt_dossier_parse_trim(p, (span){0, p->len});
    if (p->header == 0) {
        if (all.b == all.e)
            return;
        if (mt_dossier_parse_span_eq(p, all, "---")) {
            p->header = 1;
            return;
        }
        PARSE_ERR(
            p, all.b,
            "start the file with a '---' line, then id:, title:, status:, "
            "and another '---'",
            "missing header block");
        p->header = 2;
        /* fall through: parse the line as body text */
    } else if (p->header == 1) {
        if (mt_dossier_parse_span_eq(p, all, "---")) {
            p->header = 2;
            return;
        }
        mt_dossier_parse_header_line(p);
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
        PARSE_ERR(&p, 0, "end the header with a '---' line",
                  "header block is not closed");
    } else if (p.st == MT_OK && p.header == 0) {
        p.lineno = 1;
        PARSE_ERR(
            &p, 0,
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
