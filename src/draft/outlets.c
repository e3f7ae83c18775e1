/*
 * Whether an outlet is a party of the incident (stage.h): the outlet that
 * tells of an attack on itself is its victim, not its reporter.
 *
 * Japanese: 「日本経済新聞社は4日、社員の端末がウイルスに感染し…不正アクセス
 * を受けたと発表した」.  Its named mention marked as the subject (は, が)
 * comes before an intrusion, detection or leak trigger, and a disclosure
 * predicate ends the statement, with no other organisation named between
 * (「日経新聞は、Xが…を受けたと発表した」 tells of X).  English tells the
 * statement first (told_first).  The exception: the publisher of a
 * media source is never a victim "unless its own statement says so".
 */
#include "draft/stage.h"

#include "core/internal.h"

#include <string.h>

/* t tells an attack, a detection or a leak as it happened (no report of
 * one, no negation). */
static bool attack_trig(const trig *t)
{
    return !t->report && !t->negated && draft_attack_type(t->type);
}

/* Another organisation than m's is named between m and byte to (an
 * anaphor too: 同社 there stands for another). */
static bool other_between(const parts *p, const mention *m, size_t to)
{
    const mention *v = (const mention *)p->mentions.v;
    for (size_t j = 0; j < p->mentions.n; j++)
        if (v[j].pos >= m->end && v[j].end <= to && v[j].org != m->org)
            return true;
    return false;
}

/* English puts the statement first: "Nikkei announced that a server at
 * its office was infected": the outlet's name, then at once (a few
 * words: "has", "on Thursday") a disclosure predicate, then an attack in
 * its clause on what is its own (its, our: own cues), no other name
 * between.  "Nikkei reported that X was hit" is a report (reported is no
 * disclosure), "Nikkei announced that ransomware infected servers at
 * several hospitals" news of others, and "said" is hearsay of anyone's
 * attack. */
static bool told_first(const parts *p, const mention *m)
{
    const trig *tv = (const trig *)p->trigs.v;
    for (size_t k = 0; k < p->trigs.n; k++) {
        const trig *d = &tv[k];
        if (d->pos < m->end)
            continue;
        if (!d->report || d->type != MT_EVENT_DISCLOSURE ||
            d->pos - m->end > 24)
            return false;
        for (size_t j = k + 1; j < p->trigs.n; j++) {
            const trig *t = &tv[j];
            if (attack_trig(t))
                return !other_between(p, m, t->pos) &&
                       draft_clause_end(p->s, d->end) >= t->pos &&
                       draft_hit_in(p, CUE_OWN, d->end, t->end);
        }
        return false;
    }
    return false;
}

void draft_self_told(ctx *c, const reader *r, const parts *p)
{
    const mention *m = (const mention *)p->mentions.v;
    const trig *tv = (const trig *)p->trigs.v;
    for (size_t i = 0; i < p->mentions.n; i++) {
        const org *o = draft_org_at(c, m[i].org);
        /* (The police and an authority by its deeds oversee all the
         * same: draft_oversees.) */
        if (!m[i].named || m[i].informant ||
            (o->kind != ORG_MEDIA && !o->ministry))
            continue;
        if (!r->ja) {
            /* (An outlet's only: "the police agency announced it would
             * set up a team against cyberattacks" is a ministry's plan,
             * and English names ministries rarely by their own word.) */
            if (o->kind == ORG_MEDIA && told_first(p, &m[i]))
                draft_org_at(c, m[i].org)->self_told = true;
            continue;
        }
        if (!m[i].subject)
            continue;
        bool attack = false;
        for (size_t k = 0; k < p->trigs.n; k++) {
            const trig *t = &tv[k];
            if (t->pos < m[i].end)
                continue;
            attack = attack || attack_trig(t);
            if (t->report && t->type == MT_EVENT_DISCLOSURE && attack) {
                if (!other_between(p, &m[i], t->pos))
                    draft_org_at(c, m[i].org)->self_told = true;
                break;
            }
        }
    }
}
