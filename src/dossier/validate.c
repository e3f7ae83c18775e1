/*
 * Dossier validation: the checks that need the whole document (and the
 * store): citations, sources, organisations, timeline order.
 *
 * Everything here is O(n log n) or better in the size of the dossier:
 * names and URLs go through hash tables, sources through the sorted
 * footnote index.
 */
#include "dossier/dossier_internal.h"

#include "core/internal.h"

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct vctx {
    mt_dossier *d;
    mt_diag_list *diags;
    mt_status st;
    unsigned char *cited; /* per source: cited at least once */
} vctx;

static void add(vctx *v, mt_diag_severity sev, long line, long col,
                const char *hint, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

static void add(vctx *v, mt_diag_severity sev, long line, long col,
                const char *hint, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    mt_status st = mt_diag_add(v->diags, sev, line, col, hint, "%s", msg);
    if (st != MT_OK && v->st == MT_OK)
        v->st = st;
}

static void dup_org(vctx *v, const mt_dossier_org *o, const char *name,
                    const mt_dossier_org *first)
{
    if (!v)
        return;
    add(v, MT_DIAG_ERROR, o->line, o->col,
        "give each organisation one entry and distinct aliases",
        "organisation name '%s' is already declared at line %ld", name,
        first->line);
}

/* Map organisation names and aliases to their index (+1, so 0 = absent);
 * with v, report names declared twice. */
static GHashTable *org_table(const mt_dossier *d, vctx *v)
{
    GHashTable *t = g_hash_table_new(g_str_hash, g_str_equal);
    for (size_t i = 0; i < d->norgs; i++) {
        const mt_dossier_org *o = &d->orgs[i];
        if (!o->name)
            continue;
        gpointer prev = g_hash_table_lookup(t, o->name);
        if (prev)
            dup_org(v, o, o->name, &d->orgs[GPOINTER_TO_SIZE(prev) - 1]);
        else
            g_hash_table_insert(t, o->name, GSIZE_TO_POINTER(i + 1));
        for (size_t k = 0; k < o->naliases; k++) {
            prev = g_hash_table_lookup(t, o->aliases[k]);
            if (prev && GPOINTER_TO_SIZE(prev) - 1 != i)
                dup_org(v, o, o->aliases[k],
                        &d->orgs[GPOINTER_TO_SIZE(prev) - 1]);
            else if (!prev)
                g_hash_table_insert(t, o->aliases[k], GSIZE_TO_POINTER(i + 1));
        }
    }
    return t;
}

static long org_lookup(GHashTable *t, const char *name)
{
    gpointer p = name ? g_hash_table_lookup(t, name) : NULL;
    return p ? (long)GPOINTER_TO_SIZE(p) - 1 : -1;
}

void mt_dossier_resolve_orgs(mt_dossier *d)
{
    GHashTable *t = org_table(d, NULL);
    for (size_t i = 0; i < d->nclaims; i++)
        d->claims[i].org_index = org_lookup(t, d->claims[i].org);
    for (size_t i = 0; i < d->nevents; i++)
        d->events[i].org_index = org_lookup(t, d->events[i].org);
    for (size_t i = 0; i < d->nconflicts; i++)
        if (!d->conflicts[i].derived)
            d->conflicts[i].org_index = org_lookup(t, d->conflicts[i].org);
    g_hash_table_destroy(t);
}

static void check_cites(vctx *v, const mt_cites *c, long line)
{
    for (size_t i = 0; i < c->count; i++) {
        long at = mt_dossier_source_index(v->d, c->n[i]);
        if (at < 0) {
            char hint[128];
            snprintf(hint, sizeof hint,
                     "add source %d under '## Sources' or correct the number",
                     c->n[i]);
            add(v, MT_DIAG_ERROR, line, c->col[i], hint,
                "citation [%d] refers to no source", c->n[i]);
        } else {
            v->cited[at] = 1;
        }
    }
}

static void unknown_org(vctx *v, GHashTable *reported, const char *name,
                        long line, long col)
{
    if (g_hash_table_contains(reported, name))
        return;
    g_hash_table_add(reported, (gpointer)name);
    add(v, MT_DIAG_ERROR, line, col,
        "declare it under '## Organisations' or use a declared name or "
        "alias",
        "unknown organisation '%s'", name);
}

/* The index of the organisation a claim, event or conflict names, or -1;
 * an unknown name is reported once, where it is first used. */
static long resolve_org(vctx *v, GHashTable *orgs, GHashTable *reported,
                        const char *name, long line, long col)
{
    long i = org_lookup(orgs, name);
    if (i < 0 && name)
        unknown_org(v, reported, name, line, col);
    return i;
}

/* Copy a stored source's metadata into s; a diagnostic and -1 when the
 * store does not have it (or the prefix is ambiguous). */
static int resolve_stored(vctx *v, mt_dossier_source *s, mt_store *store)
{
    mt_source *src = NULL;
    mt_error e;
    mt_error_clear(&e);
    mt_status st = mt_store_get(store, &src, s->stored_id, 0, &e);
    if (st == MT_ERR_NOTFOUND) {
        add(v, MT_DIAG_ERROR, s->line, s->col,
            "add it with 'matome add' or correct the id (see 'matome "
            "sources')",
            "source %d: no stored source @%s", s->n, s->stored_id);
        return -1;
    }
    if (st == MT_ERR_ARG) {
        add(v, MT_DIAG_ERROR, s->line, s->col,
            "write more digits of the id (see 'matome sources')",
            "source %d: stored source id @%s is ambiguous", s->n, s->stored_id);
        return -1;
    }
    if (st != MT_OK) {
        if (v->st == MT_OK)
            v->st = st;
        return -1;
    }
    memcpy(s->stored_id, src->id, sizeof s->stored_id);
    s->stored_id[MT_SOURCE_ID_LEN] = '\0';
    /* Move the strings over instead of copying them. */
    free(s->url);
    free(s->publisher);
    free(s->title);
    free(s->lang);
    s->url = src->url;
    s->publisher = src->publisher;
    s->title = src->title;
    s->lang = src->lang;
    src->url = src->publisher = src->title = src->lang = NULL;
    s->published = src->published;
    s->kind = src->kind;
    mt_source_free(src);
    return 0;
}

static void check_related(vctx *v, const mt_dossier_options *opts)
{
    if (!opts || !opts->store)
        return;
    for (size_t i = 0; i < v->d->nrelated && v->st == MT_OK; i++) {
        const mt_dossier_related *r = &v->d->related[i];
        int exists = 0;
        mt_status st =
            mt_store_incident_exists(opts->store, r->id, &exists, NULL);
        if (st != MT_OK)
            v->st = st;
        else if (!exists)
            add(v, MT_DIAG_ERROR, r->line, r->col,
                "build that incident's dossier into this store first, or "
                "correct the id",
                "related incident '%s' does not exist in the store", r->id);
    }
}

static void check_sources(vctx *v, const mt_dossier_options *opts)
{
    mt_dossier *d = v->d;
    GHashTable *by_n = g_hash_table_new(g_direct_hash, g_direct_equal);
    GHashTable *by_url = g_hash_table_new(g_str_hash, g_str_equal);
    GHashTable *by_id = g_hash_table_new(g_str_hash, g_str_equal);
    for (size_t i = 0; i < d->nsources; i++) {
        mt_dossier_source *s = &d->sources[i];
        gpointer prev = g_hash_table_lookup(by_n, GINT_TO_POINTER(s->n));
        if (prev) {
            add(v, MT_DIAG_ERROR, s->line, s->col,
                "give every source its own number",
                "source number %d is already used at line %ld", s->n,
                d->sources[GPOINTER_TO_SIZE(prev) - 1].line);
            continue;
        }
        g_hash_table_insert(by_n, GINT_TO_POINTER(s->n),
                            GSIZE_TO_POINTER(i + 1));
        if (s->stored_id[0]) {
            if (opts && opts->store && resolve_stored(v, s, opts->store) != 0)
                continue;
            prev = g_hash_table_lookup(by_id, s->stored_id);
            if (prev) {
                const mt_dossier_source *f =
                    &d->sources[GPOINTER_TO_SIZE(prev) - 1];
                char hint[96];
                snprintf(hint, sizeof hint, "remove it and cite [%d] instead",
                         f->n);
                add(v, MT_DIAG_ERROR, s->line, s->col, hint,
                    "source %d is the same stored source as source %d "
                    "(@%s)",
                    s->n, f->n, s->stored_id);
                continue;
            }
            g_hash_table_insert(by_id, s->stored_id, GSIZE_TO_POINTER(i + 1));
            if (!opts || !opts->store)
                add(v, MT_DIAG_ERROR, s->line, s->col,
                    "build with --db PATH naming the store that holds it, "
                    "or write the source inline",
                    "source %d refers to stored source @%s but no store is "
                    "open",
                    s->n, s->stored_id);
        }
        if (s->url) {
            prev = g_hash_table_lookup(by_url, s->url);
            if (prev) {
                const mt_dossier_source *f =
                    &d->sources[GPOINTER_TO_SIZE(prev) - 1];
                char hint[96];
                snprintf(hint, sizeof hint, "remove it and cite [%d] instead",
                         f->n);
                add(v, MT_DIAG_ERROR, s->line, s->col, hint,
                    "source %d has the same URL as source %d", s->n, f->n);
                continue;
            }
            g_hash_table_insert(by_url, s->url, GSIZE_TO_POINTER(i + 1));
        }
    }
    g_hash_table_destroy(by_n);
    g_hash_table_destroy(by_url);
    g_hash_table_destroy(by_id);
}

static void check_timeline(vctx *v)
{
    mt_dossier *d = v->d;
    /* Order: each entry should not start before the previous one. */
    int32_t prev_lo = 0;
    long prev_line = 0;
    char a[MT_DOSSIER_DATE_TEXT_MAX], b[MT_DOSSIER_DATE_TEXT_MAX];
    for (size_t i = 0; i < d->nevents; i++) {
        const mt_dossier_event *e = &d->events[i];
        int32_t lo, hi;
        if (mt_dossier_date_span(&e->date, &lo, &hi) != MT_OK)
            continue;
        if (prev_line && lo < prev_lo) {
            const mt_dossier_event *p = &d->events[i - 1];
            add(v, MT_DIAG_WARNING, e->line, e->date_col,
                "move it up to keep the timeline in date order",
                "timeline entry dated %s comes after one dated %s (line "
                "%ld)",
                mt_dossier_date_format(&e->date, a, sizeof a),
                mt_dossier_date_format(&p->date, b, sizeof b), p->line);
        }
        prev_lo = lo;
        prev_line = e->line;
    }
    /* Detection dated wholly before the organisation's earliest intrusion
     * evidence. */
    size_t n = d->norgs;
    if (n == 0)
        return;
    size_t *first = malloc(n * sizeof *first);
    if (!first) {
        v->st = MT_ERR_NOMEM;
        return;
    }
    int32_t *first_lo = malloc(n * sizeof *first_lo);
    if (!first_lo) {
        free(first);
        v->st = MT_ERR_NOMEM;
        return;
    }
    for (size_t k = 0; k < n; k++)
        first[k] = SIZE_MAX;
    for (size_t i = 0; i < d->nevents; i++) {
        const mt_dossier_event *e = &d->events[i];
        int32_t lo, hi;
        if (e->type != MT_EVENT_INTRUSION_START || e->org_index < 0 ||
            mt_dossier_date_span(&e->date, &lo, &hi) != MT_OK)
            continue;
        size_t o = (size_t)e->org_index;
        if (e->date.mods & MT_DMOD_AFTER)
            continue; /* no upper bound on when it started */
        if (first[o] == SIZE_MAX || lo < first_lo[o]) {
            first[o] = i;
            first_lo[o] = lo;
        }
    }
    for (size_t i = 0; i < d->nevents; i++) {
        const mt_dossier_event *e = &d->events[i];
        int32_t lo, hi;
        if (e->type != MT_EVENT_DETECTION || e->org_index < 0 ||
            first[e->org_index] == SIZE_MAX ||
            mt_dossier_date_span(&e->date, &lo, &hi) != MT_OK)
            continue;
        const mt_dossier_event *in = &d->events[first[e->org_index]];
        int32_t ilo, ihi;
        mt_dossier_date_span(&in->date, &ilo, &ihi);
        /* "by X" on the intrusion could be earlier: never a contradiction. */
        if ((in->date.mods & MT_DMOD_BEFORE) || (e->date.mods & MT_DMOD_AFTER))
            continue;
        if (hi < ilo)
            add(v, MT_DIAG_ERROR, e->line, e->date_col,
                "correct one of the two dates, or mark the earlier evidence "
                "as 'by DATE'",
                "detection dated %s is before %s's earliest intrusion "
                "evidence, dated %s (line %ld)",
                mt_dossier_date_format(&e->date, a, sizeof a),
                d->orgs[e->org_index].name,
                mt_dossier_date_format(&in->date, b, sizeof b), in->line);
    }
    free(first);
    free(first_lo);
}

mt_status mt_dossier_validate(mt_dossier *d, const mt_dossier_options *opts,
                              mt_diag_list *diags, mt_error *err)
{
    if (!d || !diags)
        return mt_error_set(err, MT_ERR_ARG,
                            "mt_dossier_validate: NULL argument");
    vctx v = {d, diags, MT_OK, NULL};
    if (mt_dossier_index_sources(d) != MT_OK)
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    v.cited = calloc(d->nsources ? d->nsources : 1, 1);
    if (!v.cited)
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");

    /* Header. */
    if (!d->id)
        add(&v, MT_DIAG_ERROR, 1, 1, "add 'id: short-incident-name'",
            "the header has no incident id");
    if (!d->title)
        add(&v, MT_DIAG_ERROR, 1, 1, "add 'title: ...'",
            "the header has no title");
    if (!d->status_line)
        add(&v, MT_DIAG_ERROR, 1, 1,
            "add 'status: ongoing' or 'status: closed'",
            "the header has no status");
    for (size_t i = 0; i < d->nrelated; i++)
        if (d->id && strcmp(d->related[i].id, d->id) == 0)
            add(&v, MT_DIAG_ERROR, d->related[i].line, d->related[i].col,
                "remove it: an incident is not related to itself",
                "related incident '%s' is this incident", d->id);

    check_related(&v, opts);
    check_sources(&v, opts);

    /* Organisations and their uses. */
    GHashTable *orgs = org_table(d, &v);
    GHashTable *reported = g_hash_table_new(g_str_hash, g_str_equal);
    for (size_t i = 0; i < d->norgs; i++)
        check_cites(&v, &d->orgs[i].cites, d->orgs[i].line);
    for (size_t i = 0; i < d->nclaims; i++) {
        mt_dossier_claim *c = &d->claims[i];
        c->org_index = resolve_org(&v, orgs, reported, c->org, c->line, c->col);
        if (c->cites.count == 0)
            add(&v, MT_DIAG_ERROR, c->line, c->col,
                "cite its source at the end of the line, e.g. [1]",
                "claim has no citation");
        check_cites(&v, &c->cites, c->line);
    }
    for (size_t i = 0; i < d->nevents; i++) {
        mt_dossier_event *e = &d->events[i];
        e->org_index = resolve_org(&v, orgs, reported, e->org, e->line, e->col);
        if (e->cites.count == 0)
            add(&v, MT_DIAG_WARNING, e->line, e->col,
                "cite its source at the end of the line, e.g. [1]",
                "timeline entry has no citation");
        check_cites(&v, &e->cites, e->line);
    }
    for (size_t i = 0; i < d->nconflicts; i++) {
        mt_dossier_conflict *c = &d->conflicts[i];
        if (c->derived)
            continue;
        c->org_index = resolve_org(&v, orgs, reported, c->org, c->line, c->col);
        for (size_t k = 0; k < c->nvariants; k++)
            check_cites(&v, &c->variants[k].cites, c->line);
    }
    g_hash_table_destroy(reported);
    g_hash_table_destroy(orgs);

    /* Sources nobody cites (only the first of a duplicated number). */
    for (size_t i = 0; i < d->nsources; i++) {
        const mt_dossier_source *s = &d->sources[i];
        if (!v.cited[i] && mt_dossier_source_index(d, s->n) == (long)i) {
            char hint[96];
            snprintf(hint, sizeof hint, "cite it as [%d] or remove it", s->n);
            add(&v, MT_DIAG_WARNING, s->line, s->col, hint,
                "source %d is never cited", s->n);
        }
    }
    free(v.cited);

    check_timeline(&v);
    mt_diag_list_sort(diags);
    if (v.st != MT_OK)
        return mt_error_set(err, v.st, "%s",
                            v.st == MT_ERR_NOMEM ? "out of memory"
                                                 : "the store failed while "
                                                   "checking the dossier");
    return MT_OK;
}
