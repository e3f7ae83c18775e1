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
 * what is asked for (value submit: 提出, 報告), asked of someone: the form
 * that makes a request (value form: よう) or the request's object (「報告
 * を求めた」); 「…に報告し、捜査を要請した」 asks nothing of the one that
 * reported; in English what is asked for after it,
 * then a day it must come by ("by June 24", "before June 24").  A request with
 * no such day, or a limit of anything else
 * (「連絡を29日までに終え、注意を求めている」), is none.
 */
#include "draft/stage.h"

#include "core/internal.h"

#include <string.h>

/* How far back from a Japanese request word its limit may stand, in
 * bytes: about fifty characters, room for a list of what is asked (「20
 * 日までに計画を提出し、以後は毎月その進み具合を知らせるよう求めた」). */
#define DUE_REACH_JA 150

/* A due hit of value v lies in [lo, hi); the first, NULL when none. */
static const hit *due_in(const parts *p, const char *v, size_t lo, size_t hi)
{
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind == CUE_DUE && h->pos >= lo && h->end <= hi &&
            strcmp(h->value, v) == 0)
            return h;
    }
    return NULL;
}

/* Japanese: what is asked for before request word h, after byte from,
 * asked of someone: the form that makes a request follows it (よう:
 * 「報告するよう求めた」) or it is the request's object (「…の報告を求め
 * た」). */
static bool asked_ja(const parts *p, size_t from, const hit *h)
{
    static const char wo[] = "\xe3\x82\x92"; /* を */
    const hit *what = due_in(p, "submit", from, h->pos);
    return what && (due_in(p, "form", what->end, h->pos) ||
                    (what->end + sizeof wo - 1 == h->pos &&
                     draft_at(p->s->text, p->s->len, what->end, wo)));
}

/* The day with a limit that request h sets; NULL when none. */
static const sdate *limit_of(const reader *r, const parts *p, const hit *h)
{
    for (size_t i = 0; i < p->dates.n; i++) {
        const sdate *d = (const sdate *)p->dates.v + i;
        if (!d->date.date.day)
            continue;
        if (r->ja) {
            if (d->deadline && d->end <= h->pos &&
                h->pos - d->end <= DUE_REACH_JA && asked_ja(p, d->end, h))
                return d;
        } else if (d->pos >= h->end && (d->date.mods & MT_DMOD_BEFORE) &&
                   due_in(p, "submit", h->end, d->pos)) {
            /* "by June 24", "before June 24": the extractor reads the
             * limit as a date before that day. */
            return d;
        }
    }
    return NULL;
}

void draft_due_events(ctx *c, const reader *r, parts *p)
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
