/*
 * Deadlines an authority sets.  「金融庁は…17日までに書面で提出するよう
 * 求めた」, "the agency has ordered the firm to report on its fixes by June
 * 24": the day is nothing that happened, yet the analyst writing
 * the timeline wants it there, beside the order it came with.  It is an
 * entry of type other, dated by the deadline, of the one the sentence
 * is about (the authority that asks, or the company asked when it is
 * the subject: 「同社は2月13日までに報告するよう求められている」).
 *
 * A deadline is a request word (cue kind due, value ask: 求め, 命じ,
 * "ordered") with, in Japanese, a day marked as a limit before it (まで
 * に, までの: read.c) at most DUE_REACH_JA bytes back, and between them
 * what is asked for (value submit: 提出, 報告); in English what is asked
 * for after it, then "by" and a day.  A request with no such day, or a
 * limit of anything else (「連絡を29日までに終え、注意を求めている」), is
 * none.
 */
#include "draft/stage.h"

#include "core/internal.h"

#include <string.h>

/* How far back from a Japanese request word its limit may stand, in
 * bytes: about fifty characters, room for a list of what is asked (「20
 * 日までに計画を提出し、以後は毎月その進み具合を知らせるよう求めた」). */
#define DUE_REACH_JA 150

/* English: the date span d is a limit, "by" its first word (the
 * extractor reads "by June 24" as one date, before that day). */
static bool by_limit(const draft_sentence *s, const sdate *d)
{
    return d->end - d->pos > 3 && draft_ascii_ieq(s->text + d->pos, 3, "by ");
}

/* A due hit of value submit (what a request asks for: 提出, "report")
 * lies in [lo, hi). */
static bool submit_in(const parts *p, size_t lo, size_t hi)
{
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind == CUE_DUE && h->pos >= lo && h->end <= hi &&
            strcmp(h->value, "submit") == 0)
            return true;
    }
    return false;
}

/* The day with a limit that request h sets; NULL when none. */
static const sdate *limit_of(const reader *r, const parts *p, const hit *h)
{
    const draft_sentence *s = p->s;
    for (size_t i = 0; i < p->dates.n; i++) {
        const sdate *d = (const sdate *)p->dates.v + i;
        if (!d->date.date.day)
            continue;
        if (r->ja) {
            if (d->deadline && d->end <= h->pos &&
                h->pos - d->end <= DUE_REACH_JA && submit_in(p, d->end, h->pos))
                return d;
        } else if (d->pos >= h->end && by_limit(s, d) &&
                   submit_in(p, h->end, d->pos)) {
            return d;
        }
    }
    return NULL;
}

void draft_due_events(ctx *c, reader *r, parts *p)
{
    for (size_t i = 0; i < p->hits.n && c->st == MT_OK; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind != CUE_DUE || strcmp(h->value, "ask") != 0)
            continue;
        const sdate *d = limit_of(r, p, h);
        if (!d)
            continue;
        /* Whose: as for any deed the sentence tells at the request. */
        trig t;
        memset(&t, 0, sizeof t);
        t.pos = h->pos;
        t.end = h->end;
        t.type = MT_EVENT_OTHER;
        long oi = -1;
        if (draft_trig_type(c, r, p, &t, &oi) != MT_EVENT_OTHER || oi < 0)
            continue;
        char *text = r->ja ? draft_clause_text(p->s, d->pos, h->end)
                           : draft_clause_text(p->s, h->pos, d->end);
        if (!text) {
            draft_oom(c);
            return;
        }
        draft_add_event(c, &d->date, oi, MT_EVENT_OTHER, text, r->n, false,
                        r->recall);
        return; /* one deadline a sentence */
    }
}
