/*
 * What the blog importer's files share (internal to src/dossier/).
 *
 * import_blog_words.c loads the word lists and reads words and dates in a
 * str; import_blog.c makes one pass over the lines into an imp: the model
 * and what the pass sets aside; import_blog_finish.c completes the model
 * from what was set aside once the whole document is read, and writes the
 * dossier text.  An imp is one call's: nothing here is shared between
 * threads.
 */
#ifndef MT_DOSSIER_IMPORT_BLOG_H
#define MT_DOSSIER_IMPORT_BLOG_H

#include "core/buf.h"
#include "core/internal.h"
#include "dossier/dossier_internal.h"

#include <glib.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

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

/* ---- text and dates ---- */

typedef struct str {
    const char *s;
    size_t n;
} str;

/* Bytes of a blank character (space, tab, CR, U+00A0, U+3000) at s, or
 * 0. */
static inline size_t mt_import_blog_blank_at(const char *s, size_t n)
{
    if (n >= 1 && (s[0] == ' ' || s[0] == '\t' || s[0] == '\r'))
        return 1;
    if (n >= 2 && memcmp(s, "\xC2\xA0", 2) == 0)
        return 2;
    if (n >= 3 && memcmp(s, "\xE3\x80\x80", 3) == 0)
        return 3;
    return 0;
}

static inline bool mt_import_blog_starts(str t, const char *lit)
{
    return mt_starts_with(t.s, t.n, lit);
}

static inline str mt_import_blog_advance(str t, size_t k)
{
    return (str){t.s + k, t.n - k};
}

typedef struct jdate {
    int y, m, d; /* y 0 = not written */
    int fiscal;
    unsigned mods;
    size_t used; /* bytes consumed */
} jdate;

/* ---- the importer's state ---- */

enum imp_section {
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

/*
 * One import.  The pass (import_blog.c) writes all of it.  After the pass,
 * import_blog_finish.c reads off and uses, makes the sources statements
 * match official (or authority), adds a source for each statement not in
 * the table (numbered past max_n and marked in numbered), and rewrites
 * text in d so that it prints; line and st serve the diagnostics of both.
 */
typedef struct imp {
    const rules *rs;
    mt_dossier *d;
    mt_diag_list *diags;
    mt_status st; /* first failure (out of memory) */
    long line;
    enum imp_section sec;
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

/* ---- import_blog_words.c ---- */

void mt_import_blog_rules_free(rules *rs);
mt_status mt_import_blog_rules_load(rules *rs, mt_error *err);
const rule *mt_import_blog_rule_find(const rules *rs, enum rule_kind kind,
                                     const char *s, size_t n);
const rule *mt_import_blog_rule_prefix(const rules *rs, enum rule_kind kind,
                                       str t);
str mt_import_blog_trim(str t);
size_t mt_import_blog_number(str t, size_t max_digits, long *v, size_t *bytes);
bool mt_import_blog_parse_jdate(const rules *rs, str t, jdate *out);
bool mt_import_blog_trailing_date(const rules *rs, str t, jdate *out,
                                  size_t *at);

/* ---- import_blog.c: the pass ---- */

/* Out of memory: the import's status becomes MT_ERR_NOMEM (the first
 * failure stays). */
void mt_import_blog_nomem(imp *m);
/* A diagnostic at the line being read, with a hint of the fix. */
void mt_import_blog_diag(imp *m, mt_diag_severity sev, const char *hint,
                         const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Source number n is taken already. */
bool mt_import_blog_numbered(const imp *m, int n);
/* Take source number n (and raise max_n). */
void mt_import_blog_number_source(imp *m, int n);

/* ---- import_blog_finish.c: after the pass ---- */

void mt_import_blog_resolve_officials(imp *m);
void mt_import_blog_check_cites(imp *m);
void mt_import_blog_make_printable(imp *m);

#endif
