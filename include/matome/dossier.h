/*
 * matome/dossier.h - the incident dossier: its model, its text format, and
 * the checks and derived figures a build adds.
 *
 * A dossier is one incident summary an analyst keeps in git and edits as
 * disclosures arrive.  The text format (docs/dossier-format.md) is
 * Markdown-like: a `---` header block (id, title, status, related,
 * updated), then `## Sources` (numbered), `## Organisations`, `## Claims`
 * (grouped by `### organisation`), `## Timeline`, `## Commentary` and an
 * optional `## Conflicts`.  mt_dossier_parse() reads it into the model
 * below; mt_dossier_validate() checks it; mt_dossier_derive() adds
 * corroboration, derived figures and derived conflicts; renderers
 * (render.h, and mt_render_json below) walk the result.
 *
 * The model is a plain struct of arrays and counts so renderers can walk it
 * directly.  Ownership: the mt_dossier owns every array and string reachable
 * from it; mt_dossier_free() frees them all.  Strings are NUL-terminated
 * UTF-8 allocated with malloc(); a field may be replaced by freeing it and
 * assigning a new malloc()ed string.  Arrays are grown only through the
 * mt_dossier_add_*() functions (they keep a capacity the struct does not
 * show), so code that builds a dossier by hand (import-blog, draft) uses
 * those and then fills the zeroed element they return.
 *
 * Positions: every element keeps the 1-based line and column where it
 * starts in the dossier text (0 when built by hand).  Columns count
 * Unicode characters (code points), not bytes, so an editor jumps to the
 * right place in Japanese text.
 *
 * Source numbers: citations store the footnote number `n` the analyst
 * wrote (`[2,3]`), never an array index.  mt_dossier_source_by_n() maps
 * one to its source.
 */
#ifndef MATOME_DOSSIER_H
#define MATOME_DOSSIER_H

#include "common.h"
#include "date.h"
#include "source.h"
#include "store.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Enumerations (each with its text name in the format and JSON) ---- */

typedef enum mt_incident_status {
    MT_INCIDENT_ONGOING = 0, /* "ongoing" */
    MT_INCIDENT_CLOSED = 1   /* "closed" */
} mt_incident_status;

typedef enum mt_org_role {
    MT_ROLE_OTHER = 0,    /* "other" */
    MT_ROLE_VICTIM,       /* "victim" */
    MT_ROLE_AUTHORITY,    /* "authority" */
    MT_ROLE_VENDOR,       /* "vendor" */
    MT_ROLE_INVESTIGATOR, /* "investigator" */
    MT_ROLE_ATTACKER,     /* "attacker" */
    MT_ROLE_MEDIA         /* "media": an outlet reporting the incident */
} mt_org_role;

typedef enum mt_claim_category {
    MT_CLAIM_IMPACT = 0,   /* "impact" */
    MT_CLAIM_RELATIONSHIP, /* "relationship" */
    MT_CLAIM_ATTRIBUTION,  /* "attribution" */
    MT_CLAIM_RESPONSE,     /* "response" */
    MT_CLAIM_CONTEXT       /* "context" */
} mt_claim_category;

/* How firmly the sources state a claim; a claim without a marker is
 * confirmed. */
typedef enum mt_hedge {
    MT_HEDGE_CONFIRMED = 0, /* "confirmed" */
    MT_HEDGE_POSSIBLE,      /* "possible" */
    MT_HEDGE_SUSPECTED,     /* "suspected" */
    MT_HEDGE_DENIED,        /* "denied" */
    MT_HEDGE_NOT_CONFIRMED  /* "not_confirmed" */
} mt_hedge;

typedef enum mt_event_type {
    MT_EVENT_OTHER = 0,              /* "other" */
    MT_EVENT_INTRUSION_START,        /* "intrusion_start" */
    MT_EVENT_DETECTION,              /* "detection" */
    MT_EVENT_INVESTIGATION,          /* "investigation" */
    MT_EVENT_CONTAINMENT,            /* "containment" */
    MT_EVENT_LEAK_POSSIBLE,          /* "leak_possible" */
    MT_EVENT_LEAK_DENIED,            /* "leak_denied" */
    MT_EVENT_AUTHORITY_CONFIRMATION, /* "authority_confirmation" */
    MT_EVENT_NOTIFICATION,           /* "notification" (to an authority) */
    MT_EVENT_DISCLOSURE,             /* "disclosure" (first public one) */
    MT_EVENT_MEDIA_REPORT,           /* "media_report" */
    MT_EVENT_ATTRIBUTION,            /* "attribution" */
    MT_EVENT_REMEDIATION             /* "remediation" */
} mt_event_type;
#define MT_EVENT_TYPE_COUNT 13

typedef enum mt_figure_name {
    MT_FIGURE_DWELL_TIME = 0,            /* "dwell_time" */
    MT_FIGURE_DETECTION_TO_DISCLOSURE,   /* "detection_to_disclosure" */
    MT_FIGURE_NOTIFICATION_TO_AUTHORITY, /* "notification_to_authority" */
    MT_FIGURE_DISCLOSURE_TO_TODAY        /* "disclosure_to_today" */
} mt_figure_name;

/* Text names of the enumerations ("victim", "not_confirmed", ...); never
 * NULL ("?" for an out-of-range value). */
const char *mt_incident_status_str(mt_incident_status s);
const char *mt_org_role_str(mt_org_role r);
const char *mt_claim_category_str(mt_claim_category c);
const char *mt_hedge_str(mt_hedge h);
const char *mt_event_type_str(mt_event_type t);
const char *mt_figure_name_str(mt_figure_name f);

/* Parse the text names above (exact, lower case).  MT_ERR_ARG for anything
 * else; *out is then unchanged. */
mt_status mt_incident_status_parse(mt_incident_status *out, const char *name);
mt_status mt_org_role_parse(mt_org_role *out, const char *name);
mt_status mt_claim_category_parse(mt_claim_category *out, const char *name);
mt_status mt_hedge_parse(mt_hedge *out, const char *name);
mt_status mt_event_type_parse(mt_event_type *out, const char *name);

/* ---- Dates with modifiers ---- */

/*
 * Modifier bits of a dossier date.  At most one of BEFORE/AFTER and at
 * most one of START/MID/END is set; APPROX combines with either.
 *   APPROX  "2016-04~", "around 2016-04", "2016年4月ごろ"
 *   BEFORE  "<=2017-10", "by 2017-10", "2017年10月までに" (on or before)
 *   AFTER   ">=2017-10", "since 2017-10", "2017年10月以降" (on or after)
 *   START/MID/END  "early/mid/late 2016-08", "2016年8月上旬/中旬/下旬":
 *           days 1-10 / 11-20 / 21-end of a month, or months 1-4 / 5-8 /
 *           9-12 of a year.
 */
enum {
    MT_DMOD_APPROX = 1u << 0,
    MT_DMOD_BEFORE = 1u << 1,
    MT_DMOD_AFTER = 1u << 2,
    MT_DMOD_START = 1u << 3,
    MT_DMOD_MID = 1u << 4,
    MT_DMOD_END = 1u << 5
};

typedef struct mt_dossier_date {
    mt_date date;  /* year is never 0 in a parsed dossier */
    unsigned mods; /* MT_DMOD_* bits */
} mt_dossier_date;

/* Longest text mt_dossier_date_format / mt_dossier_mod_str write. */
#define MT_DOSSIER_DATE_TEXT_MAX 40

/*
 * The modifiers as the JSON "mod" value: NULL when none, else the names
 * "approx", "before", "after", "start", "mid", "end" joined with '+' in
 * that order ("start+approx" is written "approx+start").  Writes into buf
 * (MT_DOSSIER_DATE_TEXT_MAX bytes suffice) and returns it, or NULL.
 */
const char *mt_dossier_mod_str(unsigned mods, char *buf, size_t size);

/* The date in the dossier's own syntax ("2016-04~", "by 2017-10",
 * "early 2016-08"); returns buf. */
char *mt_dossier_date_format(const mt_dossier_date *d, char *buf, size_t size);

/*
 * First and last day (days since 1970-01-01) the date can denote, with
 * START/MID/END narrowing it.  BEFORE/AFTER leave the span of the date
 * itself (the bound is the caller's business: see mt_dossier_figure).
 * MT_ERR_ARG when the year is unknown.
 */
mt_status mt_dossier_date_span(const mt_dossier_date *d, int32_t *lo,
                               int32_t *hi);

/* ---- The model ---- */

/* Source numbers cited by one element, in the order written. */
typedef struct mt_cites {
    int *n;       /* footnote numbers, >= 1 */
    long *col;    /* column of each number in the text (0: built by hand) */
    size_t count; /* entries in n and col */
} mt_cites;

/* How well an element is sourced (filled by mt_dossier_derive()).  Counts
 * distinct cited sources that exist; kinds come from the sources. */
typedef struct mt_corroboration {
    int sources;       /* distinct existing sources cited */
    int official;      /* of which kind official (the victim itself) */
    int authority;     /* of which kind authority */
    int media;         /* of which kind media */
    int other;         /* blog or other */
    int single_source; /* 1 when sources == 1 */
} mt_corroboration;

typedef struct mt_dossier_update {
    mt_date date; /* day precision normally */
    char *text;   /* what changed */
    long line, col;
} mt_dossier_update;

typedef struct mt_dossier_related {
    char *id; /* another incident's id */
    long line, col;
} mt_dossier_related;

typedef struct mt_dossier_source {
    int n; /* footnote number as written, >= 1, unique */
    /* Stored source id (lowercase hex, possibly a prefix as written) when
     * the entry is "n. @id"; "" for an inline source. */
    char stored_id[MT_SOURCE_ID_LEN + 1];
    /* Inline fields, or copied from the store for a stored source once
     * mt_dossier_validate() resolved it.  May be NULL. */
    char *url;
    char *publisher;
    char *title;
    mt_date published; /* year 0 = unknown */
    mt_source_kind kind;
    char *lang; /* "ja", "en"; may be NULL */
    long line, col;
} mt_dossier_source;

typedef struct mt_dossier_org {
    char *name;     /* canonical name */
    char **aliases; /* any language */
    size_t naliases;
    mt_org_role role;
    char *note;     /* the relationship note ("why it matters"); may be NULL */
    mt_cites cites; /* citations of the note */
    long line, col;
} mt_dossier_org;

typedef struct mt_quantity {
    int64_t value; /* 250; 12000 for "12,000" */
    int approx;    /* written "~250" */
    int at_least;  /* written ">=250": a floor, the count that or more */
    char *unit;    /* "件", "files", "人"; never NULL in a quantity */
    char *counts;  /* what is counted ("files"); may be NULL */
} mt_quantity;

typedef struct mt_dossier_claim {
    char *org;      /* organisation as written (name or alias) */
    long org_index; /* index into orgs, -1 until resolved / unknown */
    mt_claim_category category;
    mt_hedge hedge;
    char *text;
    int has_quantity;
    mt_quantity quantity; /* valid when has_quantity */
    mt_cites cites;
    mt_corroboration corroboration; /* derived */
    long line, col;
} mt_dossier_claim;

typedef struct mt_dossier_event {
    mt_dossier_date date;
    char *org; /* as written */
    long org_index;
    mt_event_type type;
    char *text;
    mt_cites cites;
    mt_corroboration corroboration; /* derived */
    long line, col;
    long date_col; /* column of the date (for diagnostics) */
} mt_dossier_event;

typedef struct mt_conflict_variant {
    char *value; /* "250 件 (files)", "2018-05" */
    mt_cites cites;
} mt_conflict_variant;

typedef struct mt_dossier_conflict {
    char *org;
    long org_index;
    char *about; /* "quantity in 件", "date of detection", "leak" */
    mt_conflict_variant *variants;
    size_t nvariants;
    int derived; /* 1: found by mt_dossier_derive(); 0: the analyst's */
    long line, col;
} mt_dossier_conflict;

typedef struct mt_dossier_figure {
    long org_index; /* into orgs */
    mt_figure_name name;
    mt_dossier_date from, to;
    size_t from_event, to_event; /* indexes into events; to_event is
                                    (size_t)-1 for disclosure_to_today */
    /* The interval in days, as a range because partial dates denote
     * ranges: days_min uses the latest start and earliest end.  A bound
     * that an AFTER/BEFORE modifier leaves open is -1 (days_max) or 0
     * (days_min, with min_open set). */
    long days_min, days_max;
    /* The same interval in whole calendar months, rounded outwards:
     * 2016-04 to 2018-05 is 24 to 26 months.  months_max -1 = open. */
    long months_min, months_max;
    int min_open, max_open; /* a bound is unknown (BEFORE/AFTER) */
    int approx;             /* an end is approximate */
} mt_dossier_figure;

typedef struct mt_dossier_para {
    char *text; /* verbatim, internal newlines kept, no trailing newline */
    long line;
} mt_dossier_para;

typedef struct mt_dossier {
    char *file; /* name used in diagnostics; may be NULL */
    char *id;   /* incident id: [a-z0-9][a-z0-9._-]* */
    char *title;
    mt_incident_status status;
    long id_line, title_line, status_line;

    mt_dossier_related *related;
    size_t nrelated;
    mt_dossier_update *updates;
    size_t nupdates;
    mt_dossier_source *sources;
    size_t nsources;
    mt_dossier_org *orgs;
    size_t norgs;
    mt_dossier_claim *claims; /* grouped by org in file order */
    size_t nclaims;
    mt_dossier_event *events; /* the timeline, file order */
    size_t nevents;
    mt_dossier_para *commentary;
    size_t ncommentary;
    mt_dossier_conflict *conflicts; /* annotated first, then derived */
    size_t nconflicts;
    mt_dossier_figure *figures; /* derived, by org then name */
    size_t nfigures;

    void *priv; /* private capacities and indexes; do not touch */
} mt_dossier;

/* An empty dossier; NULL on OOM.  Free with mt_dossier_free(). */
mt_dossier *mt_dossier_new(void);
void mt_dossier_free(mt_dossier *d);

/*
 * Append a zeroed element (org_index -1, line 0) and return it, borrowed
 * from d (valid until the next add to the same array); NULL on OOM, with
 * the array unchanged.
 */
mt_dossier_related *mt_dossier_add_related(mt_dossier *d);
mt_dossier_update *mt_dossier_add_update(mt_dossier *d);
mt_dossier_source *mt_dossier_add_source(mt_dossier *d);
mt_dossier_org *mt_dossier_add_org(mt_dossier *d);
mt_dossier_claim *mt_dossier_add_claim(mt_dossier *d);
mt_dossier_event *mt_dossier_add_event(mt_dossier *d);
mt_dossier_para *mt_dossier_add_para(mt_dossier *d);
mt_dossier_conflict *mt_dossier_add_conflict(mt_dossier *d);
/* Append to an organisation's aliases (a copy of name). */
mt_status mt_dossier_org_add_alias(mt_dossier_org *org, const char *name);
/* Append a citation number (>= 1). */
mt_status mt_cites_add(mt_cites *c, int n);
/* Append a variant with a copy of value; NULL on OOM. */
mt_conflict_variant *mt_dossier_conflict_add_variant(mt_dossier_conflict *c,
                                                     const char *value);

/* The source with footnote number n, or NULL; borrowed.  Linear until
 * mt_dossier_validate() or mt_dossier_derive() built the index. */
const mt_dossier_source *mt_dossier_source_by_n(const mt_dossier *d, int n);

/* ---- Diagnostics ---- */

typedef enum mt_diag_severity {
    MT_DIAG_ERROR = 0,  /* stops a build */
    MT_DIAG_WARNING = 1 /* reported, build continues */
} mt_diag_severity;

typedef struct mt_diag {
    mt_diag_severity severity;
    long line;     /* 1-based; 0 = the file as a whole */
    long col;      /* 1-based, in characters; 0 = the line as a whole */
    char *message; /* what is wrong, one line, no trailing period */
    char *hint;    /* how to fix it, imperative; may be NULL */
} mt_diag;

/* Diagnostics kept in a list; later ones are only counted (errors and
 * warnings then exceed count). */
#define MT_DIAG_MAX 1000

/* A list of diagnostics for one file, in the order found (the parser's
 * first, then the validator's). */
typedef struct mt_diag_list {
    char *file; /* as given to the parser; may be NULL */
    mt_diag *items;
    size_t count;
    size_t errors, warnings;
    size_t cap; /* private */
} mt_diag_list;

/* Initialise an empty list for file (copied; NULL allowed).  Returns
 * MT_ERR_NOMEM if the copy fails. */
mt_status mt_diag_list_init(mt_diag_list *list, const char *file);
/* Free the contents (not the list struct itself); NULL-safe. */
void mt_diag_list_clear(mt_diag_list *list);
/* Add a diagnostic; message is printf-style, hint copied (NULL allowed). */
mt_status mt_diag_add(mt_diag_list *list, mt_diag_severity sev, long line,
                      long col, const char *hint, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
/* Sort by line, then column, keeping the order of equal positions. */
void mt_diag_list_sort(mt_diag_list *list);
/*
 * Format item i as one compiler-style line, without newline:
 *   "file:line:col: error: message; hint"
 * (":col" left out when 0, "file:" is "<input>" when the list has none).
 * Truncated to size; returns buf.
 */
char *mt_diag_format(const mt_diag_list *list, size_t i, char *buf,
                     size_t size);

/* ---- Parse, validate, derive ---- */

/* Refuse dossier text larger than this (MT_ERR_TOOBIG). */
#define MT_DOSSIER_MAX_BYTES ((size_t)64 << 20)

/*
 * Parse dossier text (len bytes, need not be NUL-terminated) into *out.
 * Syntax problems become diagnostics in diags (which must be initialised)
 * and the parser carries on at the next line, so one run reports them
 * all; invalid UTF-8 is reported at its line:col and that line skipped.
 * Returns MT_OK with *out set even when diags holds errors (check
 * diags->errors); MT_ERR_TOOBIG over MT_DOSSIER_MAX_BYTES, MT_ERR_NOMEM,
 * MT_ERR_ARG for NULL arguments; *out is then NULL.  Linear in len.
 */
mt_status mt_dossier_parse(mt_dossier **out, const char *text, size_t len,
                           const char *file, mt_diag_list *diags,
                           mt_error *err);

/* What validation and derivation may use beyond the dossier itself. */
typedef struct mt_dossier_options {
    unsigned version; /* MT_DOSSIER_OPTIONS_VERSION */
    /* The store for "@id" sources and related incidents, borrowed; NULL:
     * stored sources are an error and related incidents are not checked. */
    mt_store *store;
    /* "Today" for disclosure_to_today; year 0 = do not compute it (so
     * builds are reproducible unless asked). */
    mt_date today;
} mt_dossier_options;

#define MT_DOSSIER_OPTIONS_VERSION 1
#define MT_DOSSIER_OPTIONS_INIT                                                \
    {                                                                          \
        MT_DOSSIER_OPTIONS_VERSION, NULL,                                      \
        {                                                                      \
            0, 0, 0, 0                                                         \
        }                                                                      \
    }

/*
 * Check the parsed dossier: citations, unused and duplicate sources,
 * organisations and their uses, timeline order, detection before
 * intrusion, required header fields, stored sources and related incidents
 * (with a store).  Resolves org_index fields and, for stored sources,
 * copies their metadata from the store.  Findings go to diags; the return
 * is MT_OK unless something failed (MT_ERR_NOMEM, MT_ERR_STORE ...).
 * opts may be NULL.
 */
mt_status mt_dossier_validate(mt_dossier *d, const mt_dossier_options *opts,
                              mt_diag_list *diags, mt_error *err);

/*
 * Fill in corroboration, figures and derived conflicts (replacing earlier
 * derived ones; annotated conflicts stay).  Works on an invalid dossier too
 * (unknown organisations and sources are skipped).  opts may be NULL.
 */
mt_status mt_dossier_derive(mt_dossier *d, const mt_dossier_options *opts,
                            mt_error *err);

/* ---- Output ---- */

/*
 * The dossier in its own text format, as mt_dossier_parse() reads it
 * (derived conflicts and figures are not written).  *out is allocated for
 * the caller (mt_free).
 */
mt_status mt_dossier_print(const mt_dossier *d, char **out, size_t *out_len,
                           mt_error *err);

/*
 * The JSON model of DESIGN.md (incident, title, status, related, updates,
 * sources, organizations, claims, timeline, commentary, conflicts,
 * figures), with corroboration on claims and timeline entries, pretty
 * printed with two-space indent and a final newline.  *out is the
 * caller's (mt_free).  Fails with MT_ERR_INPUT for text that is not valid
 * UTF-8, MT_ERR_TOOBIG past the renderers' 256 MiB output cap and
 * MT_ERR_NOMEM.  Implemented in src/render/json.c.
 */
mt_status mt_render_json(const mt_dossier *d, char **out, size_t *out_len,
                         mt_error *err);

#ifdef __cplusplus
}
#endif
#endif
