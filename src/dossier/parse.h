/*
 * What the dossier text parser's files share (internal to src/dossier/).
 *
 * parse.c walks the text a line at a time and decides what each line is
 * (header, heading, commentary, an entry of a section); a header line or
 * an entry goes to its reader in parse_entries.c, which takes it apart
 * into fields and adds what it says to the model; a date field goes to
 * parse_dates.c.  Everything reads the current line through the parser
 * and its spans; nothing keeps a span past its line.  A parser is one
 * call's: nothing here is shared between threads.
 */
#ifndef MT_DOSSIER_PARSE_H
#define MT_DOSSIER_PARSE_H

#include "dossier/dossier_internal.h"

#include "core/buf.h"
#include "core/internal.h"

#include <string.h>

enum parse_section {
    SEC_NONE,
    SEC_SOURCES,
    SEC_ORGS,
    SEC_CLAIMS,
    SEC_TIMELINE,
    SEC_COMMENTARY,
    SEC_CONFLICTS
};

/* A slice of the current line: [b, e) byte offsets. */
typedef struct span {
    size_t b, e;
} span;

/*
 * The state of one parse.  parse.c sets the line fields for each line and
 * keeps the section, header and commentary state; the readers of
 * parse_entries.c add records to d and read claim_org; every file reports
 * through mt_dossier_parse_diag() and may set st.
 */
typedef struct parser {
    mt_dossier *d;
    mt_diag_list *diags;
    const char *line; /* current line, without its newline */
    size_t len;
    long lineno;
    enum parse_section sec;
    int header;      /* 0 not seen, 1 inside, 2 closed */
    char *claim_org; /* current "### org" in Claims */
    mt_buf para;     /* commentary paragraph being collected */
    long para_line;
    mt_status st; /* first fatal failure (out of memory) */
} parser;

/* ---- the current line (inline: every reader asks them per field) ---- */

static inline long mt_dossier_parse_col_of(const parser *p, size_t off)
{
    return (long)mt_utf8_chars(p->line, off < p->len ? off : p->len) + 1;
}

static inline bool mt_dossier_parse_is_space(char c)
{
    return c == ' ' || c == '\t';
}

static inline span mt_dossier_parse_trim(const parser *p, span s)
{
    while (s.b < s.e && mt_dossier_parse_is_space(p->line[s.b]))
        s.b++;
    while (s.e > s.b && mt_dossier_parse_is_space(p->line[s.e - 1]))
        s.e--;
    /* Ideographic space (U+3000) at either end, common in Japanese. */
    while (s.e - s.b >= 3 && memcmp(p->line + s.b, "\xe3\x80\x80", 3) == 0)
        s.b += 3;
    while (s.e - s.b >= 3 && memcmp(p->line + s.e - 3, "\xe3\x80\x80", 3) == 0)
        s.e -= 3;
    return s;
}

static inline bool mt_dossier_parse_span_eq(const parser *p, span s,
                                            const char *lit)
{
    size_t n = strlen(lit);
    return s.e - s.b == n && memcmp(p->line + s.b, lit, n) == 0;
}

static inline bool mt_dossier_parse_starts_with(const parser *p, span s,
                                                const char *lit)
{
    return mt_starts_with(p->line + s.b, s.e - s.b, lit);
}

/* ---- parse.c: diagnostics and copies ---- */

void mt_dossier_parse_diag(parser *p, mt_diag_severity sev, size_t off,
                           const char *hint, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

#define PARSE_ERR(p, off, hint, ...)                                           \
    mt_dossier_parse_diag((p), MT_DIAG_ERROR, (off), (hint), __VA_ARGS__)

char *mt_dossier_parse_copy(parser *p, span s);

/* ---- parse_dates.c: a date field ---- */

size_t mt_dossier_parse_take_digits(const parser *p, size_t i, size_t e,
                                    int *v);
bool mt_dossier_parse_eat_prefix(const parser *p, span *s, const char *lit);
bool mt_dossier_parse_date(parser *p, span s, mt_dossier_date *out);

/* ---- parse_entries.c: one line each, into the model ---- */

/* A "key: value" line inside the header block. */
void mt_dossier_parse_header_line(parser *p);

/* The entries of the sections: s is the line (Sources) or the text after
 * the bullet (the others), trimmed. */
void mt_dossier_parse_source_line(parser *p, span s);
void mt_dossier_parse_org_line(parser *p, span s);
void mt_dossier_parse_claim_line(parser *p, span s);
void mt_dossier_parse_event_line(parser *p, span s);
void mt_dossier_parse_conflict_line(parser *p, span s);

#endif
