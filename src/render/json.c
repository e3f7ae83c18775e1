/*
 * The JSON renderer: the dossier model of DESIGN.md, for programs.
 *
 * Keys appear in a fixed order (jansson keeps insertion order) and absent
 * values are null, so the output is byte-identical for the same dossier
 * and golden files can compare it exactly.  Dates are the normalised
 * partial ISO form with the modifiers in "mod".
 */
#include "matome/dossier.h"

#include "core/internal.h"
#include "dossier/dossier_internal.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* jansson returns NULL on allocation failure; every builder below checks
 * through `ok`, which turns false at the first failure. */
typedef struct jctx {
    bool ok;
} jctx;

static json_t *str_or_null(jctx *j, const char *s)
{
    json_t *v = s ? json_string(s) : json_null();
    if (!v)
        j->ok = false; /* invalid UTF-8 cannot reach here: parser checked */
    return v;
}

/* json_object_set_new and json_array_append_new take the reference to
 * v even when they fail; with no container v is released here. */
static void set(jctx *j, json_t *obj, const char *key, json_t *v)
{
    if (!obj) {
        json_decref(v);
        j->ok = false;
    } else if (!v || json_object_set_new(obj, key, v) != 0) {
        j->ok = false;
    }
}

static void push(jctx *j, json_t *arr, json_t *v)
{
    if (!arr) {
        json_decref(v);
        j->ok = false;
    } else if (!v || json_array_append_new(arr, v) != 0) {
        j->ok = false;
    }
}

static json_t *date_json(jctx *j, const mt_date *d)
{
    char buf[MT_DATE_TEXT_MAX];
    if (d->year == 0 && d->month == 0)
        return json_null();
    return str_or_null(j, mt_date_format(d, buf, sizeof buf));
}

static json_t *mod_json(jctx *j, unsigned mods)
{
    char buf[MT_DOSSIER_DATE_TEXT_MAX];
    return str_or_null(j, mt_dossier_mod_str(mods, buf, sizeof buf));
}

static json_t *cites_json(jctx *j, const mt_cites *c)
{
    json_t *a = json_array();
    for (size_t i = 0; i < c->count; i++)
        push(j, a, json_integer(c->n[i]));
    return a;
}

static json_t *corrob_json(jctx *j, const mt_corroboration *c)
{
    json_t *o = json_object();
    set(j, o, "sources", json_integer(c->sources));
    set(j, o, "official", json_integer(c->official));
    set(j, o, "authority", json_integer(c->authority));
    set(j, o, "media", json_integer(c->media));
    set(j, o, "other", json_integer(c->other));
    set(j, o, "single_source", json_boolean(c->single_source));
    return o;
}

static const char *org_name(const mt_dossier *d, long idx, const char *as)
{
    return idx >= 0 && (size_t)idx < d->norgs ? d->orgs[idx].name : as;
}

static json_t *build(jctx *j, const mt_dossier *d)
{
    json_t *root = json_object();
    set(j, root, "incident", str_or_null(j, d->id));
    set(j, root, "title", str_or_null(j, d->title));
    set(j, root, "status", json_string(mt_incident_status_str(d->status)));

    json_t *rel = json_array();
    for (size_t i = 0; i < d->nrelated; i++)
        push(j, rel, str_or_null(j, d->related[i].id));
    set(j, root, "related", rel);

    json_t *ups = json_array();
    for (size_t i = 0; i < d->nupdates; i++) {
        json_t *u = json_object();
        set(j, u, "date", date_json(j, &d->updates[i].date));
        set(j, u, "text", str_or_null(j, d->updates[i].text));
        push(j, ups, u);
    }
    set(j, root, "updates", ups);

    json_t *srcs = json_array();
    for (size_t i = 0; i < d->nsources; i++) {
        const mt_dossier_source *s = &d->sources[i];
        json_t *o = json_object();
        set(j, o, "n", json_integer(s->n));
        set(j, o, "id", str_or_null(j, s->stored_id[0] ? s->stored_id : NULL));
        set(j, o, "url", str_or_null(j, s->url));
        set(j, o, "publisher", str_or_null(j, s->publisher));
        set(j, o, "title", str_or_null(j, s->title));
        set(j, o, "published", date_json(j, &s->published));
        set(j, o, "kind", json_string(mt_source_kind_str(s->kind)));
        set(j, o, "lang", str_or_null(j, s->lang));
        push(j, srcs, o);
    }
    set(j, root, "sources", srcs);

    json_t *orgs = json_array();
    for (size_t i = 0; i < d->norgs; i++) {
        const mt_dossier_org *g = &d->orgs[i];
        json_t *o = json_object();
        set(j, o, "name", str_or_null(j, g->name));
        json_t *al = json_array();
        for (size_t k = 0; k < g->naliases; k++)
            push(j, al, str_or_null(j, g->aliases[k]));
        set(j, o, "aliases", al);
        set(j, o, "role", json_string(mt_org_role_str(g->role)));
        set(j, o, "note", str_or_null(j, g->note));
        set(j, o, "sources", cites_json(j, &g->cites));
        push(j, orgs, o);
    }
    set(j, root, "organizations", orgs);

    json_t *tl = json_array();
    for (size_t i = 0; i < d->nevents; i++) {
        const mt_dossier_event *e = &d->events[i];
        json_t *o = json_object();
        set(j, o, "date", date_json(j, &e->date.date));
        set(j, o, "mod", mod_json(j, e->date.mods));
        set(j, o, "org", str_or_null(j, org_name(d, e->org_index, e->org)));
        set(j, o, "type", json_string(mt_event_type_str(e->type)));
        set(j, o, "text", str_or_null(j, e->text));
        set(j, o, "sources", cites_json(j, &e->cites));
        set(j, o, "corroboration", corrob_json(j, &e->corroboration));
        push(j, tl, o);
    }
    set(j, root, "timeline", tl);

    json_t *cl = json_array();
    for (size_t i = 0; i < d->nclaims; i++) {
        const mt_dossier_claim *c = &d->claims[i];
        json_t *o = json_object();
        set(j, o, "org", str_or_null(j, org_name(d, c->org_index, c->org)));
        set(j, o, "category", json_string(mt_claim_category_str(c->category)));
        set(j, o, "hedge", json_string(mt_hedge_str(c->hedge)));
        set(j, o, "text", str_or_null(j, c->text));
        if (c->has_quantity) {
            json_t *q = json_object();
            set(j, q, "value", json_integer((json_int_t)c->quantity.value));
            set(j, q, "approx", json_boolean(c->quantity.approx));
            set(j, q, "unit", str_or_null(j, c->quantity.unit));
            set(j, q, "counts", str_or_null(j, c->quantity.counts));
            set(j, o, "quantity", q);
        } else {
            set(j, o, "quantity", json_null());
        }
        set(j, o, "sources", cites_json(j, &c->cites));
        set(j, o, "corroboration", corrob_json(j, &c->corroboration));
        push(j, cl, o);
    }
    set(j, root, "claims", cl);

    json_t *cf = json_array();
    for (size_t i = 0; i < d->nconflicts; i++) {
        const mt_dossier_conflict *c = &d->conflicts[i];
        json_t *o = json_object();
        set(j, o, "org", str_or_null(j, org_name(d, c->org_index, c->org)));
        set(j, o, "about", str_or_null(j, c->about));
        json_t *vs = json_array();
        for (size_t k = 0; k < c->nvariants; k++) {
            json_t *v = json_object();
            set(j, v, "value", str_or_null(j, c->variants[k].value));
            set(j, v, "sources", cites_json(j, &c->variants[k].cites));
            push(j, vs, v);
        }
        set(j, o, "variants", vs);
        set(j, o, "derived", json_boolean(c->derived));
        push(j, cf, o);
    }
    set(j, root, "conflicts", cf);

    json_t *fg = json_array();
    for (size_t i = 0; i < d->nfigures; i++) {
        const mt_dossier_figure *f = &d->figures[i];
        json_t *o = json_object();
        set(j, o, "org", str_or_null(j, org_name(d, f->org_index, NULL)));
        set(j, o, "name", json_string(mt_figure_name_str(f->name)));
        set(j, o, "from", date_json(j, &f->from.date));
        set(j, o, "from_mod", mod_json(j, f->from.mods));
        set(j, o, "to", date_json(j, &f->to.date));
        set(j, o, "to_mod", mod_json(j, f->to.mods));
        set(j, o, "days_min", json_integer(f->days_min));
        set(j, o, "days_max",
            f->max_open ? json_null() : json_integer(f->days_max));
        set(j, o, "months_min", json_integer(f->months_min));
        set(j, o, "months_max",
            f->max_open ? json_null() : json_integer(f->months_max));
        set(j, o, "approx", json_boolean(f->approx));
        push(j, fg, o);
    }
    set(j, root, "figures", fg);

    json_t *cm = json_array();
    for (size_t i = 0; i < d->ncommentary; i++)
        push(j, cm, str_or_null(j, d->commentary[i].text));
    set(j, root, "commentary", cm);
    return root;
}

mt_status mt_render_json(const mt_dossier *d, char **out, size_t *out_len,
                         mt_error *err)
{
    if (!d || !out)
        return mt_error_set(err, MT_ERR_ARG, "mt_render_json: NULL argument");
    jctx j = {true};
    json_t *root = build(&j, d);
    if (!root || !j.ok) {
        json_decref(root);
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory building JSON");
    }
    char *text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(root);
    if (!text)
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory writing JSON");
    /* Hand back a malloc()ed copy with a final newline: json_dumps uses
     * jansson's allocator, which the caller's mt_free() need not match. */
    size_t n = strlen(text);
    char *copy = malloc(n + 2);
    if (!copy) {
        free(text);
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    }
    memcpy(copy, text, n);
    copy[n] = '\n';
    copy[n + 1] = '\0';
    free(text);
    if (out_len)
        *out_len = n + 1;
    *out = copy;
    return MT_OK;
}
