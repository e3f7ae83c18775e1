/*
 * The dossier model: construction, destruction, names of enumerations and
 * modified partial dates.
 */
#include "dossier/dossier_internal.h"

#include "core/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const status_names[] = {"ongoing", "closed"};
static const char *const role_names[] = {"other",  "victim",       "authority",
                                         "vendor", "investigator", "attacker",
                                         "media"};
static const char *const category_names[] = {
    "impact", "relationship", "attribution", "response", "context"};
static const char *const hedge_names[] = {"confirmed", "possible", "suspected",
                                          "denied", "not_confirmed"};
static const char *const event_names[MT_EVENT_TYPE_COUNT] = {
    "other",        "intrusion_start", "detection",    "investigation",
    "containment",  "leak_possible",   "leak_denied",  "authority_confirmation",
    "notification", "disclosure",      "media_report", "attribution",
    "remediation"};
static const char *const figure_names[] = {
    "dwell_time", "detection_to_disclosure", "notification_to_authority",
    "disclosure_to_today"};

static const char *name_of(const char *const *names, size_t n, int v)
{
    return v >= 0 && (size_t)v < n ? names[v] : "?";
}

static int index_of(const char *const *names, size_t n, const char *name)
{
    if (!name)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (strcmp(names[i], name) == 0)
            return (int)i;
    return -1;
}

const char *mt_incident_status_str(mt_incident_status s)
{
    return name_of(status_names, MT_ARRAY_LEN(status_names), (int)s);
}

const char *mt_org_role_str(mt_org_role r)
{
    return name_of(role_names, MT_ARRAY_LEN(role_names), (int)r);
}

const char *mt_claim_category_str(mt_claim_category c)
{
    return name_of(category_names, MT_ARRAY_LEN(category_names), (int)c);
}

const char *mt_hedge_str(mt_hedge h)
{
    return name_of(hedge_names, MT_ARRAY_LEN(hedge_names), (int)h);
}

const char *mt_event_type_str(mt_event_type t)
{
    return name_of(event_names, MT_ARRAY_LEN(event_names), (int)t);
}

const char *mt_figure_name_str(mt_figure_name f)
{
    return name_of(figure_names, MT_ARRAY_LEN(figure_names), (int)f);
}

#define PARSE_ENUM(type, names)                                                \
    int i = index_of(names, MT_ARRAY_LEN(names), name);                        \
    if (i < 0)                                                                 \
        return MT_ERR_ARG;                                                     \
    *out = (type)i;                                                            \
    return MT_OK

mt_status mt_incident_status_parse(mt_incident_status *out, const char *name)
{
    PARSE_ENUM(mt_incident_status, status_names);
}

mt_status mt_org_role_parse(mt_org_role *out, const char *name)
{
    PARSE_ENUM(mt_org_role, role_names);
}

mt_status mt_claim_category_parse(mt_claim_category *out, const char *name)
{
    PARSE_ENUM(mt_claim_category, category_names);
}

mt_status mt_hedge_parse(mt_hedge *out, const char *name)
{
    PARSE_ENUM(mt_hedge, hedge_names);
}

mt_status mt_event_type_parse(mt_event_type *out, const char *name)
{
    PARSE_ENUM(mt_event_type, event_names);
}

/* ---- dates with modifiers ---- */

const char *mt_dossier_mod_str(unsigned mods, char *buf, size_t size)
{
    static const struct {
        unsigned bit;
        const char *name;
    } order[] = {{MT_DMOD_APPROX, "approx"}, {MT_DMOD_BEFORE, "before"},
                 {MT_DMOD_AFTER, "after"},   {MT_DMOD_START, "start"},
                 {MT_DMOD_MID, "mid"},       {MT_DMOD_END, "end"}};
    if (!buf || size == 0)
        return NULL;
    buf[0] = '\0';
    size_t len = 0;
    for (size_t i = 0; i < MT_ARRAY_LEN(order); i++) {
        if (!(mods & order[i].bit))
            continue;
        int k = snprintf(buf + len, size - len, "%s%s", len ? "+" : "",
                         order[i].name);
        if (k < 0 || (size_t)k >= size - len)
            break;
        len += (size_t)k;
    }
    return len ? buf : NULL;
}

char *mt_dossier_date_format(const mt_dossier_date *d, char *buf, size_t size)
{
    char iso[MT_DATE_TEXT_MAX];
    if (!buf || size == 0)
        return buf;
    mt_date_format(&d->date, iso, sizeof iso);
    const char *pre = "";
    if (d->mods & MT_DMOD_BEFORE)
        pre = "by ";
    else if (d->mods & MT_DMOD_AFTER)
        pre = "since ";
    const char *part = "";
    if (d->mods & MT_DMOD_START)
        part = "early ";
    else if (d->mods & MT_DMOD_MID)
        part = "mid ";
    else if (d->mods & MT_DMOD_END)
        part = "late ";
    snprintf(buf, size, "%s%s%s%s", pre, part, iso,
             (d->mods & MT_DMOD_APPROX) ? "~" : "");
    return buf;
}

mt_status mt_dossier_date_span(const mt_dossier_date *d, int32_t *lo,
                               int32_t *hi)
{
    const mt_date *dt = &d->date;
    if (dt->year == 0 || !mt_date_valid(dt))
        return MT_ERR_ARG;
    if (dt->fiscal) {
        /* Japanese fiscal year: April to the next March. */
        *lo = mt_date_days_from_civil(dt->year, 4, 1);
        *hi = mt_date_days_from_civil(dt->year + 1, 3, 31);
        return MT_OK;
    }
    int y = dt->year;
    if (dt->day) {
        *lo = *hi = mt_date_days_from_civil(y, dt->month, dt->day);
        return MT_OK;
    }
    int part = (d->mods & MT_DMOD_START) ? 1
               : (d->mods & MT_DMOD_MID) ? 2
               : (d->mods & MT_DMOD_END) ? 3
                                         : 0;
    if (dt->month) {
        int last = mt_date_days_in_month(y, dt->month);
        int a = 1, b = last;
        if (part == 1)
            b = 10;
        else if (part == 2)
            a = 11, b = 20;
        else if (part == 3)
            a = 21;
        *lo = mt_date_days_from_civil(y, dt->month, a);
        *hi = mt_date_days_from_civil(y, dt->month, b);
        return MT_OK;
    }
    int m0 = 1, m1 = 12;
    if (part == 1)
        m1 = 4;
    else if (part == 2)
        m0 = 5, m1 = 8;
    else if (part == 3)
        m0 = 9;
    *lo = mt_date_days_from_civil(y, m0, 1);
    *hi = mt_date_days_from_civil(y, m1, mt_date_days_in_month(y, m1));
    return MT_OK;
}

/* ---- construction ---- */

mt_dossier *mt_dossier_new(void)
{
    mt_dossier *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    d->priv = calloc(1, sizeof(dossier_priv));
    if (!d->priv) {
        free(d);
        return NULL;
    }
    return d;
}

static void cites_free(mt_cites *c)
{
    free(c->n);
    free(c->col);
}

void mt_dossier_free(mt_dossier *d)
{
    if (!d)
        return;
    free(d->file);
    free(d->id);
    free(d->title);
    for (size_t i = 0; i < d->nrelated; i++)
        free(d->related[i].id);
    free(d->related);
    for (size_t i = 0; i < d->nupdates; i++)
        free(d->updates[i].text);
    free(d->updates);
    for (size_t i = 0; i < d->nsources; i++) {
        mt_dossier_source *s = &d->sources[i];
        free(s->url);
        free(s->publisher);
        free(s->title);
        free(s->lang);
    }
    free(d->sources);
    for (size_t i = 0; i < d->norgs; i++) {
        mt_dossier_org *o = &d->orgs[i];
        free(o->name);
        for (size_t k = 0; k < o->naliases; k++)
            free(o->aliases[k]);
        free(o->aliases);
        free(o->note);
        cites_free(&o->cites);
    }
    free(d->orgs);
    for (size_t i = 0; i < d->nclaims; i++) {
        mt_dossier_claim *c = &d->claims[i];
        free(c->org);
        free(c->text);
        free(c->quantity.unit);
        free(c->quantity.counts);
        cites_free(&c->cites);
    }
    free(d->claims);
    for (size_t i = 0; i < d->nevents; i++) {
        mt_dossier_event *e = &d->events[i];
        free(e->org);
        free(e->text);
        cites_free(&e->cites);
    }
    free(d->events);
    for (size_t i = 0; i < d->ncommentary; i++)
        free(d->commentary[i].text);
    free(d->commentary);
    for (size_t i = 0; i < d->nconflicts; i++) {
        mt_dossier_conflict *c = &d->conflicts[i];
        free(c->org);
        free(c->about);
        for (size_t k = 0; k < c->nvariants; k++) {
            free(c->variants[k].value);
            cites_free(&c->variants[k].cites);
        }
        free(c->variants);
    }
    free(d->conflicts);
    free(d->figures);
    dossier_priv *p = d->priv;
    if (p)
        free(p->by_n);
    free(p);
    free(d);
}

#define ADD_ELEM(arr, count)                                                   \
    do {                                                                       \
        void *a_ = (arr);                                                      \
        if (!mt_grow_pow2(&a_, (count), sizeof *(arr)))                        \
            return NULL;                                                       \
        (arr) = a_;                                                            \
        memset(&(arr)[(count)], 0, sizeof *(arr));                             \
        return &(arr)[(count)++];                                              \
    } while (0)

mt_dossier_related *mt_dossier_add_related(mt_dossier *d)
{
    ADD_ELEM(d->related, d->nrelated);
}

mt_dossier_update *mt_dossier_add_update(mt_dossier *d)
{
    ADD_ELEM(d->updates, d->nupdates);
}

mt_dossier_source *mt_dossier_add_source(mt_dossier *d)
{
    dossier_priv *p = d->priv;
    if (p)
        p->indexed = false;
    ADD_ELEM(d->sources, d->nsources);
}

static mt_dossier_org *add_org(mt_dossier *d)
{
    ADD_ELEM(d->orgs, d->norgs);
}

mt_dossier_org *mt_dossier_add_org(mt_dossier *d)
{
    return add_org(d);
}

mt_dossier_claim *mt_dossier_add_claim(mt_dossier *d)
{
    void *a = d->claims;
    if (!mt_grow_pow2(&a, d->nclaims, sizeof *d->claims))
        return NULL;
    d->claims = a;
    mt_dossier_claim *c = &d->claims[d->nclaims++];
    memset(c, 0, sizeof *c);
    c->org_index = -1;
    return c;
}

mt_dossier_event *mt_dossier_add_event(mt_dossier *d)
{
    void *a = d->events;
    if (!mt_grow_pow2(&a, d->nevents, sizeof *d->events))
        return NULL;
    d->events = a;
    mt_dossier_event *e = &d->events[d->nevents++];
    memset(e, 0, sizeof *e);
    e->org_index = -1;
    return e;
}

mt_dossier_para *mt_dossier_add_para(mt_dossier *d)
{
    ADD_ELEM(d->commentary, d->ncommentary);
}

mt_dossier_conflict *mt_dossier_add_conflict(mt_dossier *d)
{
    void *a = d->conflicts;
    if (!mt_grow_pow2(&a, d->nconflicts, sizeof *d->conflicts))
        return NULL;
    d->conflicts = a;
    mt_dossier_conflict *c = &d->conflicts[d->nconflicts++];
    memset(c, 0, sizeof *c);
    c->org_index = -1;
    return c;
}

mt_status mt_dossier_org_add_alias(mt_dossier_org *org, const char *name)
{
    char *copy = mt_strdup(name ? name : "");
    if (!copy)
        return MT_ERR_NOMEM;
    void *a = org->aliases;
    if (!mt_grow_pow2(&a, org->naliases, sizeof *org->aliases)) {
        free(copy);
        return MT_ERR_NOMEM;
    }
    org->aliases = a;
    org->aliases[org->naliases++] = copy;
    return MT_OK;
}

mt_status mt_cites_add(mt_cites *c, int n)
{
    return mt_cites_add_at(c, n, 0);
}

mt_status mt_cites_add_at(mt_cites *c, int n, long col)
{
    if (n < 1)
        return MT_ERR_ARG;
    /* n and col share the implied power-of-two capacity; grow col first
     * so that a failure leaves both at the old count. */
    void *b = c->col;
    if (!mt_grow_pow2(&b, c->count, sizeof *c->col))
        return MT_ERR_NOMEM;
    c->col = b;
    void *a = c->n;
    if (!mt_grow_pow2(&a, c->count, sizeof *c->n))
        return MT_ERR_NOMEM;
    c->n = a;
    c->n[c->count] = n;
    c->col[c->count] = col;
    c->count++;
    return MT_OK;
}

mt_conflict_variant *mt_dossier_conflict_add_variant(mt_dossier_conflict *c,
                                                     const char *value)
{
    char *copy = mt_strdup(value ? value : "");
    if (!copy)
        return NULL;
    void *a = c->variants;
    if (!mt_grow_pow2(&a, c->nvariants, sizeof *c->variants)) {
        free(copy);
        return NULL;
    }
    c->variants = a;
    mt_conflict_variant *v = &c->variants[c->nvariants++];
    memset(v, 0, sizeof *v);
    v->value = copy;
    return v;
}

/* ---- the footnote-number index ---- */

static int cmp_n(const void *a, const void *b)
{
    const struct n_index *x = a, *y = b;
    if (x->n != y->n)
        return x->n < y->n ? -1 : 1;
    return x->at < y->at ? -1 : x->at > y->at;
}

mt_status mt_dossier_index_sources(mt_dossier *d)
{
    dossier_priv *p = d->priv;
    if (!p)
        return MT_ERR_ARG;
    free(p->by_n);
    p->by_n = NULL;
    p->nby_n = 0;
    p->indexed = false;
    if (d->nsources) {
        p->by_n = malloc(d->nsources * sizeof *p->by_n);
        if (!p->by_n)
            return MT_ERR_NOMEM;
        for (size_t i = 0; i < d->nsources; i++) {
            p->by_n[i].n = d->sources[i].n;
            p->by_n[i].at = i;
        }
        qsort(p->by_n, d->nsources, sizeof *p->by_n, cmp_n);
        p->nby_n = d->nsources;
    }
    p->indexed = true;
    return MT_OK;
}

long mt_dossier_source_index(const mt_dossier *d, int n)
{
    const dossier_priv *p = d->priv;
    if (p && p->indexed) {
        size_t lo = 0, hi = p->nby_n;
        while (lo < hi) { /* first entry with by_n.n >= n */
            size_t mid = lo + (hi - lo) / 2;
            if (p->by_n[mid].n < n)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < p->nby_n && p->by_n[lo].n == n)
            return (long)p->by_n[lo].at;
        return -1;
    }
    for (size_t i = 0; i < d->nsources; i++)
        if (d->sources[i].n == n)
            return (long)i;
    return -1;
}

const mt_dossier_source *mt_dossier_source_by_n(const mt_dossier *d, int n)
{
    long i = d ? mt_dossier_source_index(d, n) : -1;
    return i < 0 ? NULL : &d->sources[i];
}
