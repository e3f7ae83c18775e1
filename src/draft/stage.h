/*
 * The draft's stages and the state they share (not public).
 *
 * draft_assemble() (assemble.c) reads the sources in footnote order and
 * each source sentence by sentence.  Per sentence, read.c finds the cue
 * words, the organisations named or referred to and the event triggers
 * (a parts); events.c binds each date to a trigger and an organisation;
 * claims.c collects the claims.  After the last source conflicts.c
 * compares what the sources said, and assemble.c writes the dossier.
 * orgs.c keeps the organisation table every stage reads, dates.c the date
 * helpers, util.c the small helpers.
 *
 * Every function here records an allocation failure in ctx.st (through
 * draft_oom) and returns; callers check ctx.st between steps.
 */
#ifndef MT_DRAFT_STAGE_H
#define MT_DRAFT_STAGE_H

#include "draft/draft_internal.h"

#include <stdbool.h>
#include <stdint.h>

/* Longest statement text taken from a sentence, in bytes. */
#define TEXT_MAX 180

/* A growable array of n elements (draft_vec_push). */
typedef struct vec {
    void *v;
    size_t n;
} vec;

enum { ROLE_HINT_AUTHORITY = 1, ROLE_HINT_VICTIM = 2, ROLE_HINT_ATTACKER = 4 };

typedef struct org {
    char *name;
    vec aliases; /* char * */
    unsigned hints;
    bool official; /* publisher of an official statement */
    size_t first;  /* order of first sight */
} org;

typedef struct event {
    mt_dossier_date date;
    long org;
    mt_event_type type;
    char *text;
    mt_cites cites;
    bool dropped;
} event;

typedef struct claim {
    long org;
    mt_claim_category category;
    mt_hedge hedge;
    mt_event_type key; /* the trigger's type; MT_EVENT_OTHER for quantity */
    int has_q;
    int64_t value;
    int approx;
    char *unit, *counts;
    bool leak;          /* says whether data left (any hedge) */
    const char *detail; /* key of a detail cue (borrowed), or NULL */
    char *text;
    mt_cites cites;
} claim;

typedef struct conflict {
    long org;
    char *about;
    vec values; /* char * */
    vec cites;  /* mt_cites */
} conflict;

typedef struct ctx {
    const draft_input *in;
    mt_status st;
    mt_error *err;
    vec orgs;      /* org */
    vec events;    /* event */
    vec claims;    /* claim */
    vec conflicts; /* conflict */
} ctx;

/* Pseudo event types for cue words (see data/draft_cues.tsv). */
enum { TRIG_TRACES = 100, TRIG_CONFIRM = 101 };

/* A cue word found in a sentence. */
typedef struct hit {
    size_t pos, end;
    const char *kind, *value;
} hit;

/* An organisation named, or referred to, in a sentence. */
typedef struct mention {
    size_t pos, end;
    long org;
    bool named;   /* by name, not by an anaphor */
    bool subject; /* followed by a subject particle (Japanese) */
    bool object;  /* followed by an object particle (に, を, から) */
} mention;

/* A trigger: an extractor event span or an event cue. */
typedef struct trig {
    size_t pos, end;
    int type; /* mt_event_type or TRIG_* */
} trig;

/* Reading state of one source, sentence after sentence. */
typedef struct reader {
    const draft_source *src;
    long pub;       /* publisher of an official/authority source, or -1 */
    long topic;     /* the organisation the passage is about, or -1 */
    long authority; /* the authority named last, or -1 */
    long recent[2]; /* the last two non-authority organisations named */
    int n;          /* the source's footnote number */
    bool ja;
    int year_raw; /* the extractor's year of the last date with digits */
    int year_fix; /* and the year own_year gave it (0, 0: none yet) */
} reader;

/* The parts of one sentence the rules look at. */
typedef struct parts {
    const draft_sentence *s;
    vec hits;     /* hit */
    vec mentions; /* mention, by pos */
    vec trigs;    /* trig, by pos */
} parts;

/* A byte range of a sentence, [a, b). */
typedef struct range {
    size_t a, b;
} range;

/* ---- util.c ---- */

/* A zeroed new element at the end of a; NULL when out of memory. */
void *draft_vec_push(vec *a, size_t elem);
bool draft_cites_has(const mt_cites *c, int n);
/* Add n keeping the list sorted and without duplicates. */
mt_status draft_cites_put(mt_cites *c, int n);
mt_status draft_cites_merge(mt_cites *to, const mt_cites *from);
bool draft_cites_disjoint(const mt_cites *a, const mt_cites *b);
void draft_cites_free(mt_cites *c);
/* a[0..n) equals the string b, ASCII letters in any case. */
bool draft_ascii_ieq(const char *a, size_t n, const char *b);
bool draft_ascii_alnum(unsigned char ch);
bool draft_has_sub(const char *s, size_t n, const char *lit);
bool draft_same_str(const char *a, const char *b);
/* A one-line statement of at most TEXT_MAX bytes from s[0..n); NULL when
 * out of memory.  The caller frees it. */
char *draft_statement(const char *s, size_t n);
/* Record an allocation failure in c->st (the first status stays). */
void draft_oom(ctx *c);

/* ---- orgs.c ---- */

org *draft_org_at(ctx *c, long i);
/* The organisation with name or alias name[0..n); -1 when none. */
long draft_org_find(ctx *c, const char *name, size_t n);
/* The organisation called name (canonical), created when new; surface is
 * the text as written, kept as an alias when it differs.  -1 on failure
 * or an unusable name. */
long draft_org_get(ctx *c, const char *name, const char *surface,
                   size_t surface_len);
bool draft_is_authority(ctx *c, long oi);
mt_org_role draft_role_of(const org *o);

/* ---- dates.c ---- */

/* Finer precision first: 3 day, 2 month, 1 year. */
int draft_precision(const mt_date *d);
/* The date of span x of sentence s, its year made right (see dates.c). */
mt_date draft_fixed_date(reader *r, const draft_sentence *s,
                         const draft_span *x);

/* ---- read.c ---- */

/* Fill p (cue hits, mentions, triggers) for the sentence p->s. */
void draft_read_parts(ctx *c, reader *r, parts *p);
/* Who a statement at byte pos of the sentence is about; -1 nobody. */
long draft_subject_at(ctx *c, const reader *r, const parts *p, size_t pos);
void draft_note_recent(reader *r, long oi);
/* The hedge that governs a statement at byte pos. */
mt_hedge draft_hedge_near(const draft_sentence *s, size_t pos, bool ja);
size_t draft_clause_start(const draft_sentence *s, size_t at);
size_t draft_clause_end(const draft_sentence *s, size_t at);
/* The statement for bytes a..b: the clauses holding them. */
char *draft_clause_text(const draft_sentence *s, size_t a, size_t b);

/* ---- events.c ---- */

/* Merge into an entry of the same organisation, type and a compatible
 * date, or add one; text is taken (freed when merged). */
void draft_add_event(ctx *c, const mt_dossier_date *date, long oi,
                     mt_event_type type, char *text, int n);
/* The authority a sentence says checked something; -1 when none. */
long draft_authority_confirms(ctx *c, const parts *p);
/* The dated events of one sentence into c->events. */
void draft_dated_events(ctx *c, reader *r, parts *p);

/* ---- claims.c ---- */

/* Merge into a claim saying the same thing, or add one; text is taken. */
void draft_add_claim(ctx *c, const claim *proto, char *text, int n);
/* The claims of one sentence into c->claims. */
void draft_sentence_claims(ctx *c, reader *r, parts *p, bool dated);

/* ---- conflicts.c ---- */

void draft_quantity_conflicts(ctx *c);
void draft_count_conflicts(ctx *c);
void draft_leak_conflicts(ctx *c);
void draft_event_conflicts(ctx *c);

#endif
