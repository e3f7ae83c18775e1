/*
 * What a finding tells (stage.h): the verbs of detection and of checking
 * (検知, 確認, found, confirmed) and of occurrence (発生) take their
 * meaning from the triggers around them.  A detection right after an
 * intrusion noun found it (不正アクセスを検知: no intrusion of that day); a
 * check with its own day of harm told after it is the detection of that
 * day; a company that confirms its own incident with no date makes a
 * statement; 発生 after an intrusion is that intrusion happening; a
 * claim that "was spotted" on a day is the claim of that day.
 * trigtype.c asks these while it settles a trigger's type.
 */
#include "draft/stage.h"

#include "core/internal.h"

#include <string.h>

const trig *draft_trig_before(const parts *p, const trig *t)
{
    size_t cs = draft_clause_start(p->s, t->pos);
    const trig *best = NULL;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->end <= t->pos && x->pos >= cs && x->end + 30 >= t->pos)
            best = x;
    }
    return best;
}

const trig *draft_claim_seen(const parts *p, const trig *t)
{
    static const char *const be[] = {" was ",       " were ",
                                     " has been ",  " had been ",
                                     " was first ", " was later "};
    const trig *b = draft_trig_before(p, t);
    if (!b || b->type != MT_EVENT_ATTRIBUTION || b->negated)
        return NULL;
    for (size_t k = 0; k < MT_ARRAY_LEN(be); k++)
        if (b->end + strlen(be[k]) == t->pos &&
            draft_starts_with(p->s->text + b->end, t->pos - b->end, be[k]))
            return b;
    return NULL;
}

bool draft_seen_later(const parts *p, const trig *t)
{
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->pos >= t->end && x->type == MT_EVENT_DETECTION && !x->negated)
            return draft_claim_seen(p, x) == t;
    }
    return false;
}

bool draft_occurrence_of_intrusion(const parts *p, const trig *t)
{
    size_t cs = draft_clause_start(p->s, t->pos);
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->end <= t->pos && x->pos >= cs &&
            x->type == MT_EVENT_INTRUSION_START && !x->negated)
            return true;
    }
    return false;
}

bool draft_detected_object(const parts *p, const trig *t)
{
    const draft_sentence *s = p->s;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->pos < t->end || x->pos > t->end + 15)
            continue;
        if (x->type != MT_EVENT_DETECTION && x->type != TRIG_CONFIRM)
            return false;
        return !draft_has_sub(s->text + t->end, x->pos - t->end,
                              "\xe5\x8f\x97"); /* 受 */
    }
    return false;
}

bool draft_en_found_object(const parts *p, const trig *t)
{
    size_t cs = draft_clause_start(p->s, t->pos);
    const trig *found = NULL;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        /* "disclosed a data breach on Monday": what is announced, its
         * date the announcement's. */
        if (x->report && x->end <= t->pos && draft_found_object(p, x) == t)
            return true;
        if (x->end <= t->pos && x->pos >= cs &&
            (x->type == MT_EVENT_DETECTION || x->type == TRIG_CONFIRM))
            found = x;
    }
    if (!found)
        return false;
    /* Its direct object: a date after it is the finding's. */
    if (draft_found_object(p, found) == t)
        return true;
    size_t ce = draft_clause_end(p->s, t->end);
    for (size_t i = 0; i < p->dates.n; i++) {
        const sdate *d = (const sdate *)p->dates.v + i;
        if (d->pos >= found->end && d->end <= ce)
            return false;
    }
    return true;
}

bool draft_en_confirms_intrusion(const parts *p, const trig *t)
{
    size_t intrusion = 0;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->pos >= t->end && x->type == MT_EVENT_DETECTION)
            return false;
        if (x->pos >= t->end && x->type == MT_EVENT_INTRUSION_START &&
            !intrusion)
            intrusion = x->end;
    }
    /* "Confirmed that a breach occurred on 3 July": the day is the
     * intrusion's, which the confirmation only reports; not so of its
     * direct object ("found the intrusion in April": the finding's). */
    if (intrusion && draft_found_object(p, t))
        return true;
    for (size_t i = 0; intrusion && i < p->dates.n; i++)
        if (((const sdate *)p->dates.v)[i].pos >= intrusion)
            return false;
    return intrusion != 0;
}

bool draft_own_confirmation(ctx *c, const parts *p, const trig *t, long who)
{
    const char *s = p->s->text;
    if (who < 0 || !t->avows || t->negated || draft_is_authority(c, who) ||
        draft_oversees(c, who) || draft_is_media(c, who) ||
        draft_is_attacker(c, who) || draft_is_kind(c, who, ORG_VENDOR))
        return false;
    /* "today" at most: a weekday or a date in figures may be the day of
     * a finding ("confirmed on Friday it was targeted") */
    for (size_t i = 0; i < p->s->nspans; i++) {
        const draft_span *x = &p->s->spans[i];
        if (x->kind == DRAFT_DATE && !draft_day_word(p->s, x))
            return false;
    }
    for (size_t i = 0; i < p->mentions.n; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        if (m->org != who || m->end > t->pos || t->pos - m->end > 20)
            continue;
        int words = 0;
        bool ok = true;
        for (size_t k = m->end; k < t->pos && ok; k++) {
            if (s[k] == ' ')
                words += k + 1 < t->pos && s[k + 1] != ' ';
            else
                ok = s[k] >= 'a' && s[k] <= 'z';
        }
        if (ok && words <= 2)
            return true;
    }
    return false;
}

bool draft_harm_after(const parts *p, const trig *t)
{
    size_t dated = 0;
    for (size_t i = 0; i < p->dates.n; i++)
        dated += ((const sdate *)p->dates.v)[i].pos >= t->end;
    if (dated != 1)
        return false;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->pos >= t->end && !x->negated && draft_attack_type(x->type))
            return true;
    }
    return false;
}

bool draft_found_leak(const parts *p, const trig *t)
{
    size_t ce = draft_clause_end(p->s, t->end);
    const trig *v = (const trig *)p->trigs.v;
    for (size_t i = 0; i < p->trigs.n; i++)
        if (&v[i] != t && v[i].type == MT_EVENT_DETECTION && !v[i].negated &&
            v[i].pos >= t->end && v[i].pos < ce)
            return true;
    return false;
}
