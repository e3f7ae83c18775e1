/*
 * Timeline events: each date of a sentence bound to a trigger and an
 * organisation, merged across sources.
 */
#include "draft/stage.h"

#include "core/buf.h"
#include "core/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Merge into an entry of the same organisation, type and a compatible
 * date, or add one; text is taken (freed when merged). */
void draft_add_event(ctx *c, const mt_dossier_date *date, long oi,
                     mt_event_type type, char *text, int n)
{
    event *ev = (event *)c->events.v;
    for (size_t i = 0; i < c->events.n; i++) {
        if (ev[i].org != oi || ev[i].type != type ||
            !draft_dates_compatible(&ev[i].date, date))
            continue;
        if (draft_cites_put(&ev[i].cites, n) != MT_OK)
            draft_oom(c);
        /* Compatible at the coarser precision; keep the finer date:
         * 2023-07-14 over "last month". */
        if (draft_precision(&date->date) > draft_precision(&ev[i].date.date))
            ev[i].date = *date;
        free(text);
        return;
    }
    event *e = draft_vec_push(&c->events, sizeof(event));
    if (!e) {
        free(text);
        draft_oom(c);
        return;
    }
    e->date = *date;
    e->org = oi;
    e->type = type;
    e->text = text;
    if (draft_cites_put(&e->cites, n) != MT_OK)
        draft_oom(c);
}

static int trig_rank(int t, bool authority)
{
    switch (t) {
    case TRIG_CONFIRM:
        return authority ? 0 : 99;
    case TRIG_TRACES:
        return 1;
    case MT_EVENT_DETECTION:
        return 2;
    case MT_EVENT_NOTIFICATION:
        return 3;
    case MT_EVENT_DISCLOSURE:
        return 4;
    case MT_EVENT_LEAK_POSSIBLE:
    case MT_EVENT_LEAK_DENIED:
        return 5;
    case MT_EVENT_CONTAINMENT:
        return 6;
    case MT_EVENT_REMEDIATION:
        return 7;
    case MT_EVENT_INVESTIGATION:
        return 8;
    case MT_EVENT_INTRUSION_START:
        return 9;
    case MT_EVENT_ATTRIBUTION:
        return 10;
    case MT_EVENT_MEDIA_REPORT:
        return 11;
    default:
        return 99;
    }
}

/* The strongest trigger in [from, to) outside the ranges skip[0..nskip);
 * NULL when none. */
static const trig *best_trig_skip(const parts *p, size_t from, size_t to,
                                  bool authority, const range *skip,
                                  size_t nskip)
{
    const trig *best = NULL;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *t = (const trig *)p->trigs.v + i;
        if (t->pos < from || t->end > to || trig_rank(t->type, authority) >= 99)
            continue;
        bool skipped = false;
        for (size_t k = 0; k < nskip; k++)
            skipped = skipped || (t->pos >= skip[k].a && t->end <= skip[k].b);
        if (skipped)
            continue;
        if (!best ||
            trig_rank(t->type, authority) < trig_rank(best->type, authority))
            best = t;
    }
    return best;
}

/* The strongest trigger in [from, to); NULL when none. */
static const trig *best_trig(const parts *p, size_t from, size_t to,
                             bool authority)
{
    return best_trig_skip(p, from, to, authority, NULL, 0);
}

/* The authority that a sentence says checked something ("防衛省は...確認
 * しました", "同省には...ご確認いただいて"): an authority named before a
 * confirm cue; -1 when none. */
long draft_authority_confirms(ctx *c, const parts *p)
{
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *t = (const trig *)p->trigs.v + i;
        if (t->type != TRIG_CONFIRM)
            continue;
        for (size_t k = 0; k < p->mentions.n; k++) {
            const mention *m = (const mention *)p->mentions.v + k;
            if (m->end <= t->pos && draft_is_authority(c, m->org))
                return m->org;
        }
    }
    return -1;
}

/* A dated event: which trigger, which organisation. */
void draft_dated_events(ctx *c, reader *r, parts *p)
{
    const draft_sentence *s = p->s;
    const draft_span *dates[64];
    mt_date fixed[64];
    size_t nd = 0;
    for (size_t i = 0; i < s->nspans && nd < MT_ARRAY_LEN(dates); i++) {
        const draft_span *x = &s->spans[i];
        if (x->kind == DRAFT_DATE && x->date.year >= 1900 &&
            x->date.year <= 2999 && !x->date.fiscal &&
            mt_date_valid(&x->date)) {
            fixed[nd] = draft_fixed_date(r, s, x);
            dates[nd++] = x;
        }
    }
    int types[64];
    const trig *chosen[64];
    long subj[64];
    long checker = draft_authority_confirms(c, p);
    /* Japanese: a date modifies a predicate after it, and first the one
     * of its own clause ("26日、…が15日に不正アクセスを受け、…と発表": 15日
     * is the intrusion's).  own[k] is that clause while it holds a
     * trigger; a date whose clause has none takes the strongest trigger
     * up to the next date, else the sentence's predicate outside the
     * clauses other dates own (26日 gets 発表). */
    range own[64];
    size_t nown = 0;
    bool owns[64];
    for (size_t k = 0; k < nd; k++) {
        subj[k] = draft_subject_at(c, r, p, dates[k]->start);
        if (checker >= 0)
            subj[k] = checker;
        owns[k] = false;
        if (!r->ja)
            continue;
        size_t to = draft_clause_end(s, dates[k]->end);
        if (k + 1 < nd && dates[k + 1]->start < to)
            to = dates[k + 1]->start;
        if (best_trig(p, dates[k]->end, to, draft_is_authority(c, subj[k]))) {
            own[nown++] = (range){dates[k]->end, to};
            owns[k] = true;
        }
    }
    for (size_t k = 0, ko = 0; k < nd; k++) {
        bool auth = draft_is_authority(c, subj[k]);
        const trig *t;
        if (r->ja && owns[k]) {
            t = best_trig(p, own[ko].a, own[ko].b, auth);
            ko++;
        } else if (r->ja) {
            size_t to = k + 1 < nd ? dates[k + 1]->start : s->len;
            t = best_trig(p, dates[k]->end, to, auth);
            if (!t)
                t = best_trig_skip(p, dates[k]->end, s->len, auth, own, nown);
        } else {
            size_t from = k ? dates[k - 1]->end : 0;
            size_t cs = draft_clause_start(s, dates[k]->start);
            if (cs > from)
                from = cs;
            t = best_trig(p, from, dates[k]->start, auth);
            if (!t && k == 0) {
                size_t to = nd > 1 ? dates[1]->start
                                   : draft_clause_end(s, dates[k]->end);
                t = best_trig(p, dates[k]->end, to, auth);
            }
        }
        chosen[k] = t;
        types[k] = t ? t->type : -1;
    }
    /* Coordinated dates share the predicate: "X が1月20日に、Y が1月31日
     * に公表" (the next one's) and "X on January 20 and Y on January 31"
     * (the previous one's). */
    if (r->ja) {
        for (size_t k = nd; k-- > 1;)
            if (types[k - 1] < 0 && types[k] >= 0) {
                types[k - 1] = types[k];
                chosen[k - 1] = chosen[k];
            }
    } else {
        for (size_t k = 1; k < nd; k++)
            if (types[k] < 0 && types[k - 1] >= 0) {
                types[k] = types[k - 1];
                chosen[k] = chosen[k - 1];
            }
    }
    for (size_t k = 0; k < nd && c->st == MT_OK; k++) {
        long oi = subj[k];
        if (types[k] < 0 || oi < 0)
            continue;
        /* A plan ("7月下旬の再開を目指して") is not an event yet. */
        bool plan = false;
        size_t cs = draft_clause_start(s, dates[k]->start),
               ce = draft_clause_end(s, dates[k]->end);
        const hit *hv = (const hit *)p->hits.v;
        for (size_t i = 0; i < p->hits.n; i++)
            plan = plan || (strcmp(hv[i].kind, "plan") == 0 &&
                            hv[i].pos >= cs && hv[i].end <= ce);
        if (plan)
            continue;
        bool auth = draft_is_authority(c, oi);
        mt_event_type type;
        if (types[k] == TRIG_CONFIRM)
            type = MT_EVENT_AUTHORITY_CONFIRMATION;
        else if (types[k] == TRIG_TRACES)
            type = MT_EVENT_INTRUSION_START;
        else
            type = (mt_event_type)types[k];
        /* Someone else's disclosure needs its name in the sentence. */
        if (type == MT_EVENT_DISCLOSURE && r->src->kind != MT_KIND_OFFICIAL) {
            bool named = false;
            for (size_t i = 0; i < p->mentions.n; i++)
                named = named || ((const mention *)p->mentions.v)[i].org == oi;
            if (!named)
                continue;
        }
        /* An authority's own events are its statements and checks. */
        if (auth && type != MT_EVENT_AUTHORITY_CONFIRMATION &&
            type != MT_EVENT_DISCLOSURE)
            continue;
        if (type == MT_EVENT_LEAK_POSSIBLE || type == MT_EVENT_LEAK_DENIED) {
            mt_hedge h = draft_hedge_near(s, chosen[k]->pos, r->ja);
            type = (h == MT_HEDGE_DENIED || h == MT_HEDGE_NOT_CONFIRMED)
                       ? MT_EVENT_LEAK_DENIED
                       : MT_EVENT_LEAK_POSSIBLE;
        }
        if (!auth &&
            (type == MT_EVENT_INTRUSION_START || type == MT_EVENT_DETECTION ||
             type == MT_EVENT_LEAK_POSSIBLE))
            draft_org_at(c, oi)->hints |= ROLE_HINT_VICTIM;
        mt_dossier_date dd = {fixed[k], draft_mods(dates[k]->mod)};
        size_t a = dates[k]->start, b = dates[k]->end;
        if (chosen[k]->pos < a)
            a = chosen[k]->pos;
        if (chosen[k]->end > b)
            b = chosen[k]->end;
        for (size_t i = 0; i < p->mentions.n; i++) {
            const mention *m = (const mention *)p->mentions.v + i;
            if (m->org == oi && m->end <= a &&
                draft_clause_start(s, a) > m->pos && m->pos + 60 > a)
                a = m->pos;
        }
        char *text = draft_clause_text(s, a, b);
        if (!text) {
            draft_oom(c);
            return;
        }
        draft_add_event(c, &dd, oi, type, text, r->n);
    }
}
