/*
 * The render view: what the Markdown and HTML renderers show, worked out
 * once so that the two differ only in markup.
 *
 * Everything here is O(n log n) in the number of claims, sources and
 * timeline entries: the bench dossier (10,000 claims) is walked a handful
 * of times, never once per organisation or per claim.
 */
#include "render/render_internal.h"

#include "core/internal.h"

#include <glib.h>
#include <stdlib.h>
#include <string.h>

/* ---- source numbers ---- */

/* (key, index) pairs sorted by key then index: a stable sort with qsort. */
typedef struct pair {
    long key;
    size_t index;
} pair;

static int cmp_pair(const void *a, const void *b)
{
    const pair *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return (x->index > y->index) - (x->index < y->index);
}

mt_status mt_cite_index_init(mt_cite_index *ci, const mt_dossier *d)
{
    memset(ci, 0, sizeof *ci);
    size_t n = d->nsources ? d->nsources : 1;
    pair *pairs = calloc(n, sizeof *pairs);
    ci->n = calloc(n, sizeof *ci->n);
    ci->pos = calloc(n, sizeof *ci->pos);
    ci->uses = calloc(n, sizeof *ci->uses);
    if (!pairs || !ci->n || !ci->pos || !ci->uses) {
        free(pairs);
        mt_cite_index_free(ci);
        return MT_ERR_NOMEM;
    }
    for (size_t i = 0; i < d->nsources; i++)
        pairs[i] = (pair){d->sources[i].n, i};
    qsort(pairs, d->nsources, sizeof *pairs, cmp_pair);
    /* A duplicated number keeps its first source (validation reports it). */
    for (size_t i = 0; i < d->nsources; i++) {
        if (ci->count && ci->n[ci->count - 1] == (int)pairs[i].key)
            continue;
        ci->n[ci->count] = (int)pairs[i].key;
        ci->pos[ci->count] = pairs[i].index;
        ci->count++;
    }
    free(pairs);
    return MT_OK;
}

void mt_cite_index_free(mt_cite_index *ci)
{
    free(ci->n);
    free(ci->pos);
    free(ci->uses);
    memset(ci, 0, sizeof *ci);
}

long mt_cite_index_find(const mt_cite_index *ci, int n)
{
    size_t lo = 0, hi = ci->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ci->n[mid] == n)
            return (long)ci->pos[mid];
        if (ci->n[mid] < n)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

/* ---- organisations ---- */

const char *mt_render_org_name(const mt_dossier *d, long org_index,
                               const char *as_written)
{
    if (org_index >= 0 && (size_t)org_index < d->norgs &&
        d->orgs[org_index].name)
        return d->orgs[org_index].name;
    return as_written ? as_written : "";
}

long mt_render_resolve_org(const mt_dossier *d, long idx, const char *name)
{
    if (idx >= 0 && (size_t)idx < d->norgs)
        return idx;
    if (!name)
        return -1;
    for (size_t i = 0; i < d->norgs; i++) {
        const mt_dossier_org *o = &d->orgs[i];
        if (o->name && strcmp(o->name, name) == 0)
            return (long)i;
        for (size_t a = 0; a < o->naliases; a++)
            if (o->aliases[a] && strcmp(o->aliases[a], name) == 0)
                return (long)i;
    }
    return -1;
}

/* ---- claims grouped by organisation ---- */

int mt_render_named_cmp(const void *a, const void *b)
{
    const mt_render_named *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    if (c)
        return c;
    return (x->index > y->index) - (x->index < y->index);
}

/*
 * The claims of the categories in `cats` (mask of 1 << category) grouped
 * by organisation: listed organisations in list order, then names that are
 * not in the list in order of first use; claims keep file order inside a
 * group.  A group's key is its index into d->orgs, or for an unlisted name
 * d->norgs + the index of the name's first claim, so sorting by (key,
 * claim index) gives the order above.
 */
static mt_status group_claims(mt_view_claim **out, size_t *nout,
                              const mt_dossier *d, unsigned cats)
{
    *out = NULL;
    *nout = 0;
    size_t cap = d->nclaims ? d->nclaims : 1;
    pair *pairs = calloc(cap, sizeof *pairs);
    /* Claims of unlisted organisations: name and position in pairs. */
    mt_render_named *unlisted = calloc(cap, sizeof *unlisted);
    if (!pairs || !unlisted) {
        free(pairs);
        free(unlisted);
        return MT_ERR_NOMEM;
    }
    size_t n = 0, nu = 0;
    for (size_t c = 0; c < d->nclaims; c++) {
        const mt_dossier_claim *cl = &d->claims[c];
        if ((unsigned)cl->category >= 32 || !(cats & (1u << cl->category)))
            continue;
        long k = mt_render_resolve_org(d, cl->org_index, cl->org);
        if (k < 0) /* keyed below, once all names are known */
            unlisted[nu++] = (mt_render_named){cl->org ? cl->org : "", n};
        pairs[n++] = (pair){k, c};
    }
    /* Each unlisted name's key: the first claim that uses it. */
    qsort(unlisted, nu, sizeof *unlisted, mt_render_named_cmp);
    for (size_t i = 0; i < nu;) {
        size_t j = i;
        /* The run's head has the smallest position (stable order). */
        long key = (long)(d->norgs + pairs[unlisted[i].index].index);
        while (j < nu && strcmp(unlisted[j].name, unlisted[i].name) == 0)
            pairs[unlisted[j++].index].key = key;
        i = j;
    }
    free(unlisted);
    qsort(pairs, n, sizeof *pairs, cmp_pair);
    mt_view_claim *v = calloc(n ? n : 1, sizeof *v);
    if (!v) {
        free(pairs);
        return MT_ERR_NOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        long k = pairs[i].key;
        v[i].claim = &d->claims[pairs[i].index];
        v[i].org = (size_t)k < d->norgs
                       ? (d->orgs[k].name ? d->orgs[k].name : "")
                       : (v[i].claim->org ? v[i].claim->org : "");
        v[i].group_start = i == 0 || pairs[i - 1].key != k;
    }
    free(pairs);
    *out = v;
    *nout = n;
    return MT_OK;
}

/* ---- the view ---- */

#define CAT(c) (1u << (c))

static const unsigned section_cats[MT_VIEW_NSECTIONS] = {
    [MT_VIEW_CLAIMS] =
        CAT(MT_CLAIM_IMPACT) | CAT(MT_CLAIM_RESPONSE) | CAT(MT_CLAIM_CONTEXT),
    [MT_VIEW_RELATIONSHIP] = CAT(MT_CLAIM_RELATIONSHIP),
    [MT_VIEW_ATTRIBUTION] = CAT(MT_CLAIM_ATTRIBUTION),
};

static void figure_text(mt_view_figure *vf, const mt_dossier *d,
                        const mt_dossier_figure *f)
{
    vf->fig = f;
    vf->org = mt_render_org_name(d, f->org_index, NULL);
    vf->label_ja = mt_render_figure_label_ja(f->name);
    vf->label_en = mt_render_figure_label_en(f->name);
    /* Both ends are dated: mt_dossier_derive() only makes a figure when
     * both dates have a day span (a "to today" figure needs the reference
     * date of mt_dossier_options). */
    mt_dossier_date_format(&f->from, vf->from, sizeof vf->from);
    mt_dossier_date_format(&f->to, vf->to, sizeof vf->to);
    mt_render_figure_range(f, vf->range, sizeof vf->range);
}

mt_status mt_view_init(mt_view *v, const mt_dossier *d)
{
    memset(v, 0, sizeof *v);
    v->d = d;
    v->title = d->title && *d->title ? d->title : d->id;
    mt_status st = mt_cite_index_init(&v->ci, d);
    for (int s = 0; s < MT_VIEW_NSECTIONS && st == MT_OK; s++)
        st = group_claims(&v->claims[s], &v->nclaims[s], d, section_cats[s]);
    if (st == MT_OK) {
        v->figures = calloc(d->nfigures ? d->nfigures : 1, sizeof *v->figures);
        if (!v->figures)
            st = MT_ERR_NOMEM;
    }
    if (st != MT_OK) {
        mt_view_free(v);
        return st;
    }
    for (size_t f = 0; f < d->nfigures; f++)
        figure_text(&v->figures[f], d, &d->figures[f]);
    for (size_t i = 0; i < d->nsources; i++)
        v->nofficial += mt_render_source_official(&d->sources[i]);
    for (size_t i = 0; i < d->norgs; i++)
        v->nnotes += d->orgs[i].note != NULL;
    for (size_t c = 0; c < d->nclaims; c++)
        v->nsingle += d->claims[c].corroboration.single_source != 0;
    const mt_date *last = NULL;
    for (size_t i = 0; i < d->nupdates; i++)
        if (!last || mt_date_compare(&d->updates[i].date, last) > 0)
            last = &d->updates[i].date;
    if (last)
        v->last_update = mt_date_format(last, v->last_buf, sizeof v->last_buf);
    return MT_OK;
}

void mt_view_free(mt_view *v)
{
    mt_cite_index_free(&v->ci);
    for (int s = 0; s < MT_VIEW_NSECTIONS; s++)
        free(v->claims[s]);
    free(v->figures);
    memset(v, 0, sizeof *v);
}

bool mt_render_source_official(const mt_dossier_source *s)
{
    return s->kind == MT_KIND_OFFICIAL || s->kind == MT_KIND_AUTHORITY;
}

void mt_render_event_text(mt_event_text *t, const mt_dossier *d, size_t e)
{
    const mt_dossier_event *ev = &d->events[e];
    mt_dossier_date_format(&ev->date, t->date, sizeof t->date);
    t->org = mt_render_org_name(d, ev->org_index, ev->org);
    t->type = mt_render_event_label(ev->type);
}

const char *mt_render_date_text(const mt_date *dt, char *buf, size_t size)
{
    if (dt->year == 0 && dt->month == 0)
        return "";
    return mt_date_format(dt, buf, size);
}

bool mt_render_url_safe(const char *url)
{
    return url && (g_ascii_strncasecmp(url, "http://", 7) == 0 ||
                   g_ascii_strncasecmp(url, "https://", 8) == 0);
}
