/*
 * Conflicts between sources: what a number counts, how many, a leak
 * stated and hedged, intrusion dates that disagree.
 */
#include "draft/stage.h"

#include "core/buf.h"
#include "core/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static conflict *add_conflict(ctx *c, long oi, const char *about)
{
    conflict *k = draft_vec_push(&c->conflicts, sizeof(conflict));
    if (!k || !(k->about = mt_strdup(about))) {
        if (k)
            c->conflicts.n--;
        draft_oom(c);
        return NULL;
    }
    k->org = oi;
    return k;
}

static void add_variant(ctx *c, conflict *k, const char *value,
                        const mt_cites *cites)
{
    char **v = draft_vec_push(&k->values, sizeof(char *));
    if (!v) {
        draft_oom(c);
        return;
    }
    mt_cites *ci = draft_vec_push(&k->cites, sizeof(mt_cites));
    if (!ci) {
        k->values.n--;
        draft_oom(c);
        return;
    }
    *v = mt_strdup(value);
    if (!*v || draft_cites_merge(ci, cites) != MT_OK)
        draft_oom(c);
}

/* "~250 files" when what it counts is known, else "~250 件". */
static const char *qty_label(const claim *q, char *buf, size_t size)
{
    snprintf(buf, size, "%s%lld %s", q->approx ? "~" : "", (long long)q->value,
             q->counts ? q->counts : q->unit);
    return buf;
}

/* What a quantity counts: its counted thing, else its unit. */
static const char *qty_thing(const claim *q)
{
    return q->counts ? q->counts : q->unit;
}

/* Two figures for one thing that cannot both be right: unequal, and not
 * within a tenth of the larger when either is approximate ("about
 * 12,000" holds 12,148; it does not hold 21,000). */
static bool qty_disagree(const claim *a, const claim *b)
{
    if (a->value == b->value)
        return false;
    if (!a->approx && !b->approx)
        return true;
    int64_t hi = a->value > b->value ? a->value : b->value;
    int64_t lo = a->value > b->value ? b->value : a->value;
    return (hi - lo) * 10 > hi;
}

/* Add label as a variant of k citing cites, or merge cites into the
 * variant with that label when there is one already. */
static void merge_variant(ctx *c, conflict *k, const char *label,
                          const mt_cites *cites)
{
    size_t v = 0;
    while (v < k->values.n && strcmp(((char **)k->values.v)[v], label) != 0)
        v++;
    if (v == k->values.n)
        add_variant(c, k, label, cites);
    else if (draft_cites_merge((mt_cites *)k->cites.v + v, cites) != MT_OK)
        draft_oom(c);
}

/* Same organisation and counted thing, numbers that disagree: one
 * conflict per organisation and thing, one variant per figure. */
void draft_count_conflicts(ctx *c)
{
    claim *cl = (claim *)c->claims.v;
    for (size_t i = 0; i < c->claims.n && c->st == MT_OK; i++) {
        if (!cl[i].has_q || !cl[i].counts || strcmp(cl[i].counts, "-") == 0)
            continue;
        bool first = true, other = false;
        for (size_t j = 0; j < c->claims.n; j++) {
            if (!cl[j].has_q || cl[j].org != cl[i].org || !cl[j].counts ||
                strcmp(cl[j].counts, cl[i].counts) != 0)
                continue;
            if (j < i)
                first = false;
            other = other || qty_disagree(&cl[i], &cl[j]);
        }
        if (!first || !other)
            continue;
        char about[96], buf[256];
        snprintf(about, sizeof about, "how many %s", cl[i].counts);
        conflict *k = add_conflict(c, cl[i].org, about);
        if (!k)
            return;
        for (size_t j = i; j < c->claims.n && c->st == MT_OK; j++) {
            if (!cl[j].has_q || cl[j].org != cl[i].org || !cl[j].counts ||
                strcmp(cl[j].counts, cl[i].counts) != 0)
                continue;
            merge_variant(c, k, qty_label(&cl[j], buf, sizeof buf),
                          &cl[j].cites);
        }
    }
}

/* Same organisation and number, different units or counted things. */
void draft_quantity_conflicts(ctx *c)
{
    claim *cl = (claim *)c->claims.v;
    for (size_t i = 0; i < c->claims.n && c->st == MT_OK; i++) {
        if (!cl[i].has_q)
            continue;
        bool first = true, other = false;
        for (size_t j = 0; j < c->claims.n; j++) {
            if (!cl[j].has_q || cl[j].org != cl[i].org ||
                cl[j].value != cl[i].value)
                continue;
            if (j < i)
                first = false;
            /* "about 12000 people" and "12000 people" agree. */
            if (strcmp(qty_thing(&cl[j]), qty_thing(&cl[i])) != 0)
                other = true;
        }
        if (!first || !other)
            continue;
        char about[96], buf[256];
        snprintf(about, sizeof about, "what %lld counts",
                 (long long)cl[i].value);
        conflict *k = add_conflict(c, cl[i].org, about);
        if (!k)
            return;
        /* One variant per distinct label, cites merged. */
        for (size_t j = i; j < c->claims.n && c->st == MT_OK; j++) {
            if (!cl[j].has_q || cl[j].org != cl[i].org ||
                cl[j].value != cl[i].value)
                continue;
            merge_variant(c, k, qty_label(&cl[j], buf, sizeof buf),
                          &cl[j].cites);
        }
    }
}

/* A leak stated as fact by some sources and hedged by others, or
 * denied by some and only "not confirmed" by others. */
void draft_leak_conflicts(ctx *c)
{
    claim *cl = (claim *)c->claims.v;
    for (size_t o = 0; o < c->orgs.n && c->st == MT_OK; o++) {
        mt_cites by[5];
        memset(by, 0, sizeof by);
        for (size_t i = 0; i < c->claims.n; i++)
            if (cl[i].org == (long)o && cl[i].leak &&
                draft_cites_merge(&by[cl[i].hedge], &cl[i].cites) != MT_OK)
                draft_oom(c);
        int kinds = 0;
        for (int h = 0; h < 5; h++)
            kinds += by[h].count > 0;
        if ((by[MT_HEDGE_CONFIRMED].count && kinds > 1) ||
            (by[MT_HEDGE_DENIED].count && by[MT_HEDGE_NOT_CONFIRMED].count)) {
            conflict *k = add_conflict(c, (long)o, "leak");
            for (int h = 0; k && h < 5; h++)
                if (by[h].count)
                    add_variant(c, k, mt_hedge_str((mt_hedge)h), &by[h]);
        }
        for (int h = 0; h < 5; h++)
            draft_cites_free(&by[h]);
    }
}

/* Intrusion dates that disagree, and detections reported as intrusions. */
void draft_event_conflicts(ctx *c)
{
    event *ev = (event *)c->events.v;
    char buf[MT_DOSSIER_DATE_TEXT_MAX], val[128];
    for (size_t i = 0; i < c->events.n && c->st == MT_OK; i++) {
        event *in = &ev[i];
        if (in->type != MT_EVENT_INTRUSION_START)
            continue;
        for (size_t j = 0; j < c->events.n; j++) {
            event *de = &ev[j];
            if (de->type != MT_EVENT_DETECTION || de->org != in->org ||
                !draft_dates_compatible(&de->date, &in->date) ||
                !draft_cites_disjoint(&de->cites, &in->cites))
                continue;
            mt_dossier_date_format(&in->date, buf, sizeof buf);
            char about[96];
            snprintf(about, sizeof about, "detection or intrusion in %s", buf);
            conflict *k = add_conflict(c, in->org, about);
            if (!k)
                return;
            snprintf(val, sizeof val, "detection %s", buf);
            add_variant(c, k, val, &de->cites);
            snprintf(val, sizeof val, "intrusion %s", buf);
            add_variant(c, k, val, &in->cites);
            in->dropped = true; /* kept as the conflict, not a line */
            break;
        }
    }
    /* Intrusion dates of one organisation that cannot both be true. */
    for (size_t i = 0; i < c->events.n && c->st == MT_OK; i++) {
        event *a = &ev[i];
        if (a->type != MT_EVENT_INTRUSION_START)
            continue;
        bool first = true, other = false;
        for (size_t j = 0; j < c->events.n; j++) {
            event *b = &ev[j];
            if (b->type != a->type || b->org != a->org)
                continue;
            if (j < i)
                first = false;
            if (!draft_dates_compatible(&a->date, &b->date) &&
                draft_cites_disjoint(&a->cites, &b->cites))
                other = true;
        }
        if (!first || !other)
            continue;
        conflict *k = add_conflict(c, a->org, "date of intrusion_start");
        for (size_t j = i; k && j < c->events.n && c->st == MT_OK; j++) {
            event *b = &ev[j];
            if (b->type != a->type || b->org != a->org)
                continue;
            add_variant(c, k, mt_dossier_date_format(&b->date, buf, sizeof buf),
                        &b->cites);
        }
    }
    /* A detection wholly before the earliest intrusion evidence is an
     * error in a dossier: such intrusion lines become "other". */
    for (size_t o = 0; o < c->orgs.n; o++) {
        int32_t det_hi = INT32_MAX, lo, hi;
        for (size_t i = 0; i < c->events.n; i++)
            if (!ev[i].dropped && ev[i].org == (long)o &&
                ev[i].type == MT_EVENT_DETECTION &&
                mt_dossier_date_span(&ev[i].date, &lo, &hi) == MT_OK &&
                hi < det_hi)
                det_hi = hi;
        for (size_t i = 0; i < c->events.n; i++)
            if (!ev[i].dropped && ev[i].org == (long)o &&
                ev[i].type == MT_EVENT_INTRUSION_START &&
                mt_dossier_date_span(&ev[i].date, &lo, &hi) == MT_OK &&
                lo > det_hi)
                ev[i].dropped = true;
    }
}
