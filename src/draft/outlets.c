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
 *
 * A ministry or an agency likewise (「X省は28日、職員のパソコンがウイルス
 * に感染していたと発表した」): in Japanese only, and only when no other
 * subject stands before the attack, named or not (ministry_own: 「X省は、
 * 防衛関連企業4社が…を受けたと発表した」 tells of the four).  It stops
 * overseeing (draft_oversees) for the rest of the draft.
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

/* The attack at byte to that a ministry's statement tells is its own: no
 * other subject (a noun marked が: 「防衛関連企業4社が…を受けた」, a party
 * the tables do not name) stands between its name and the attack, nor a
 * target right before it (「証券口座への不正アクセス」), or else a word of
 * its own does (own cues: 職員のパソコンが, 同省の); a ministry announces
 * others' attacks as often as its own. */
static bool ministry_own(const parts *p, const mention *m, size_t to)
{
    if (draft_hit_in(p, CUE_OWN, m->end, to))
        return true;
    const char *t = p->s->text;
    /* 「証券口座への不正アクセス」: the attack's target named right
     * before it */
    if (to >= m->end + 6 &&
        memcmp(t + to - 6, "\xe3\x81\xb8\xe3\x81\xae", 6) == 0) /* への */
        return false;
    for (size_t i = m->end; i + 3 <= to; i++) {
        if (memcmp(t + i, "\xe3\x81\x8c", 3) != 0) /* が */
            continue;
        /* after a noun: a kanji, a katakana, a digit or a letter */
        unsigned before = i >= 3 ? draft_cp3(t, p->s->len, i - 3) : 0;
        if ((before && !draft_hiragana(before)) ||
            (i > 0 && (unsigned char)t[i - 1] < 0x80 &&
             draft_ascii_alnum((unsigned char)t[i - 1])))
            return false;
    }
    return true;
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
        const trig *attack = NULL;
        for (size_t k = 0; k < p->trigs.n; k++) {
            const trig *t = &tv[k];
            if (t->pos < m[i].end)
                continue;
            if (!attack && attack_trig(t))
                attack = t;
            if (t->report && t->type == MT_EVENT_DISCLOSURE && attack) {
                if (!other_between(p, &m[i], t->pos) &&
                    (o->kind == ORG_MEDIA ||
                     ministry_own(p, &m[i], attack->pos)))
                    draft_org_at(c, m[i].org)->self_told = true;
                break;
            }
        }
    }
}
