/*
 * The JSON renderer: the dossier model of DESIGN.md, for programs.
 *
 * Keys appear in a fixed order (jansson keeps insertion order) and absent
 * values are null, so the output is byte-identical for the same dossier
 * and golden files can compare it exactly.  Dates are the normalised
 * partial ISO form with the modifiers in "mod".
 */
#include "matome/dossier.h"
#include "matome/render.h"

#include "core/internal.h"
#include "dossier/dossier_internal.h"
#include "render/render_internal.h"

#include <glib.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* jansson returns NULL on allocation failure and for text that is not
 * UTF-8; every builder below checks through `ok`, which turns false at
 * the first failure, and `bad_text` tells the two apart.  The parser only
 * makes UTF-8, but a model built through the API need not be. */
typedef struct jctx {
    bool ok;
    bool bad_text;
} jctx;

static json_t *str_or_null(jctx *j, const char *s)
{
    json_t *v = s ? json_string(s) : json_null();
    if (!v) {
        j->ok = false;
        if (s && !g_utf8_validate(s, -1, NULL))
            j->bad_text = true;
    }
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

/* ---- one element of each top-level array ---- */

typedef json_t *(*element_fn)(jctx *j, const mt_dossier *d, size_t i);

static json_t *related_json(jctx *j, const mt_dossier *d, size_t i)
{
    return str_or_null(j, d->related[i].id);
}

static json_t *update_json(jctx *j, const mt_dossier *d, size_t i)
{
    json_t *u = json_object();
    set(j, u, "date", date_json(j, &d->updates[i].date));
    set(j, u, "text", str_or_null(j, d->updates[i].text));
    return u;
}

static json_t *source_json(jctx *j, const mt_dossier *d, size_t i)
{
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
    return o;
}

static json_t *org_json(jctx *j, const mt_dossier *d, size_t i)
{
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
    return o;
}

static json_t *event_json(jctx *j, const mt_dossier *d, size_t i)
{
    const mt_dossier_event *e = &d->events[i];
    json_t *o = json_object();
    set(j, o, "date", date_json(j, &e->date.date));
    set(j, o, "mod", mod_json(j, e->date.mods));
    set(j, o, "org", str_or_null(j, org_name(d, e->org_index, e->org)));
    set(j, o, "type", json_string(mt_event_type_str(e->type)));
    set(j, o, "text", str_or_null(j, e->text));
    set(j, o, "sources", cites_json(j, &e->cites));
    set(j, o, "corroboration", corrob_json(j, &e->corroboration));
    return o;
}

static json_t *claim_json(jctx *j, const mt_dossier *d, size_t i)
{
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
        set(j, q, "at_least", json_boolean(c->quantity.at_least));
        set(j, q, "unit", str_or_null(j, c->quantity.unit));
        set(j, q, "counts", str_or_null(j, c->quantity.counts));
        set(j, o, "quantity", q);
    } else {
        set(j, o, "quantity", json_null());
    }
    set(j, o, "sources", cites_json(j, &c->cites));
    set(j, o, "corroboration", corrob_json(j, &c->corroboration));
    return o;
}

static json_t *conflict_json(jctx *j, const mt_dossier *d, size_t i)
{
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
    return o;
}

static json_t *figure_json(jctx *j, const mt_dossier *d, size_t i)
{
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
    return o;
}

static json_t *commentary_json(jctx *j, const mt_dossier *d, size_t i)
{
    return str_or_null(j, d->commentary[i].text);
}

/* ---- writing ---- */

/*
 * The document is written one element at a time instead of as one tree:
 * a tree of the bench dossier (10,000 claims) costs tens of megabytes of
 * small allocations.  Each element is dumped by jansson exactly as it
 * would be inside the whole document: JSON_INDENT(2) indents a value at
 * depth k by 2k spaces after every line break, so a dump at depth 0 gets
 * `indent` written after each of its line breaks (strings never hold a
 * raw line break; jansson escapes it).
 */
static void put_value(mt_out *o, jctx *j, json_t *v, const char *indent)
{
    if (!v || !j->ok) {
        json_decref(v);
        j->ok = false;
        return;
    }
    char *text =
        json_dumps(v, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_ENCODE_ANY);
    json_decref(v);
    if (!text) {
        j->ok = false;
        return;
    }
    for (const char *p = text; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) + 1 : strlen(p);
        mt_out_write(o, p, n);
        if (nl)
            mt_out_puts(o, indent);
        p += n;
    }
    free(text);
}

/* A member of the root object whose value is an array of n elements. */
static void put_array(mt_out *o, jctx *j, const mt_dossier *d, const char *key,
                      size_t n, element_fn element)
{
    mt_out_printf(o, ",\n  \"%s\": ", key);
    if (n == 0) {
        mt_out_puts(o, "[]");
        return;
    }
    mt_out_puts(o, "[\n");
    for (size_t i = 0; i < n && j->ok && o->st == MT_OK; i++) {
        mt_out_puts(o, "    ");
        put_value(o, j, element(j, d, i), "    ");
        mt_out_puts(o, i + 1 < n ? ",\n" : "\n");
    }
    mt_out_puts(o, "  ]");
}

mt_status mt_render_json(const mt_dossier *d, char **out, size_t *out_len,
                         mt_error *err)
{
    if (!d || !out)
        return mt_error_set(err, MT_ERR_ARG, "mt_render_json: NULL argument");
    jctx j = {true, false};
    mt_out o;
    mt_out_init(&o, MT_RENDER_MAX_BYTES);
    mt_out_puts(&o, "{\n  \"incident\": ");
    put_value(&o, &j, str_or_null(&j, d->id), "  ");
    mt_out_puts(&o, ",\n  \"title\": ");
    put_value(&o, &j, str_or_null(&j, d->title), "  ");
    mt_out_puts(&o, ",\n  \"status\": ");
    put_value(&o, &j, json_string(mt_incident_status_str(d->status)), "  ");
    put_array(&o, &j, d, "related", d->nrelated, related_json);
    put_array(&o, &j, d, "updates", d->nupdates, update_json);
    put_array(&o, &j, d, "sources", d->nsources, source_json);
    put_array(&o, &j, d, "organizations", d->norgs, org_json);
    put_array(&o, &j, d, "timeline", d->nevents, event_json);
    put_array(&o, &j, d, "claims", d->nclaims, claim_json);
    put_array(&o, &j, d, "conflicts", d->nconflicts, conflict_json);
    put_array(&o, &j, d, "figures", d->nfigures, figure_json);
    put_array(&o, &j, d, "commentary", d->ncommentary, commentary_json);
    mt_out_puts(&o, "\n}\n");
    if (j.bad_text) {
        mt_out_free(&o);
        return mt_error_set(err, MT_ERR_INPUT,
                            "rendering JSON: a text is not valid UTF-8");
    }
    if (!j.ok && o.st == MT_OK)
        o.st = MT_ERR_NOMEM;
    return mt_out_finish(&o, out, out_len, err, "JSON");
}
