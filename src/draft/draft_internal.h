/*
 * Draft assembly without the extraction engine: the sources of an
 * incident, each split into sentences that carry the spans the extractor
 * found in them, go in; a draft dossier comes out.  src/draft/ (stage.h)
 * implements it; the public mt_draft_*() functions (draft.h) load the
 * sources from the store, run the extractor and call it, and unit tests
 * call it with hand-built span lists.  Not public.
 *
 * Everything passed in is borrowed for the duration of the call; the
 * dossier returned owns copies of what it keeps.
 */
#ifndef MT_DRAFT_INTERNAL_H
#define MT_DRAFT_INTERNAL_H

#include "matome/dossier.h"

#include <stddef.h>

/* The span kinds the draft uses (a subset of extract.h's). */
typedef enum draft_span_kind {
    DRAFT_DATE,
    DRAFT_QUANTITY,
    DRAFT_ORG,
    DRAFT_EVENT,
    DRAFT_HEDGE
} draft_span_kind;

typedef struct draft_span {
    draft_span_kind kind;
    size_t start, end; /* bytes into the sentence's text */
    const char *value; /* date: normalised; org: canonical name; hedge:
                          possible, suspected, not_confirmed, denied,
                          confirmed; quantity: the number */
    const char *mod;   /* approx, before, after, start, mid, end, ...; or
                          NULL */
    const char *unit;  /* quantity: counter or noun; else NULL */
    const char *type;  /* event: event type name; else NULL */
    mt_date date;      /* date: resolved against the publication date */
    double number;     /* quantity: the number */
} draft_span;

typedef struct draft_sentence {
    const char *text; /* the sentence, not NUL-terminated */
    size_t len;
    const draft_span *spans; /* ordered by start */
    size_t nspans;
} draft_sentence;

typedef struct draft_source {
    const char *id; /* stored id (16 hex digits) or NULL for inline */
    const char *url, *publisher, *title, *lang; /* each may be NULL */
    mt_date published;
    mt_source_kind kind;
    const draft_sentence *sentences;
    size_t nsentences;
} draft_source;

/* Another incident in the store, with its organisations and roles (from
 * its JSON model) for campaign links. */
typedef struct draft_incident {
    const char *id;
    const char *const *authorities; /* names and aliases, role authority */
    size_t nauthorities;
    const char *const *attackers; /* names and aliases, role attacker */
    size_t nattackers;
} draft_incident;

/* What a quantity counts: word -> name (data/draft_counts.tsv). */
typedef struct draft_counts {
    char **word, **counts;
    size_t n;
} draft_counts;

/* Load data/draft_counts.tsv from data_dir (NULL: mt_data_dir()). */
mt_status draft_counts_load(draft_counts *out, const char *data_dir,
                            mt_error *err);
void draft_counts_free(draft_counts *c);

/* Cue words (data/draft_cues.tsv): word, kind, value. */
typedef struct draft_cues {
    char **word, **kind, **value;
    size_t n;
} draft_cues;

/* Load data/draft_cues.tsv from data_dir (NULL: mt_data_dir()). */
mt_status draft_cues_load(draft_cues *out, const char *data_dir, mt_error *err);
void draft_cues_free(draft_cues *c);

typedef struct draft_input {
    const char *incident; /* incident id */
    const char *title;    /* NULL: made from the victims' names */
    const draft_source *sources;
    size_t nsources;
    const draft_incident *others; /* incidents in the store */
    size_t nothers;
    const draft_counts *counts; /* may be NULL */
    const draft_cues *cues;     /* may be NULL: names and spans only */
} draft_input;

/*
 * Assemble the draft (see draft.h for what it holds).  The dossier is
 * built with the mt_dossier_add_*() functions and is valid: it validates
 * without errors when its stored sources exist.  *out is the caller's.
 */
mt_status draft_assemble(mt_dossier **out, const draft_input *in,
                         mt_error *err);

/*
 * 1 when two dossier dates can name the same time at the coarser of
 * their precisions: 2017-10, "by 2017-10" and 2017 are compatible;
 * 2016-04 and 2016-08 are not.  Fiscal years compare by their spans.
 */
int draft_dates_compatible(const mt_dossier_date *a, const mt_dossier_date *b);

/* The dossier modifier bits for an extractor's mod name (0 if none). */
unsigned draft_mods(const char *mod);

#endif
