/*
 * The event triggers of one sentence (stage.h), read after its cue words
 * and dates (read.c): from the extractor's event spans, the event cues
 * and the reporting predicates.  Where two overlap the longer wins (稼働
 * を停止, a halt of production, over を停止), so no two triggers of a
 * sentence overlap.  A trigger is negated when a negation cue governs
 * it: in Japanese one after it in its clause (検知できなかった, 流出は確認
 * されていない), in English one before it in its clause ("failed to
 * detect", "no further intrusion") or "not" just after it ("was not
 * found").  A threatened act, a plan and an excludes or misuse verb that
 * no negation governs are no trigger.
 */
#include "draft/stage.h"

#include "core/internal.h"

#include <stdlib.h>
#include <string.h>

/* How far a negation may stand from the trigger it governs, in bytes. */
#define NEG_AFTER_JA  36
#define NEG_BEFORE_EN 48
#define NEG_AFTER_EN  24

/* How far where leaked data came from stands from the leak trigger, in
 * bytes: right before a Japanese one (「他社のサービスから流出」, two
 * characters between at most), a few words after an English one
 * ("leaked at other sites"). */
#define ELSEWHERE_BEFORE_JA 6
#define ELSEWHERE_AFTER_EN  24

/* At most this many bytes of noun (four kanji) between や or および and
 * the trigger of the next item of a list. */
#define LIST_ITEM_JA 12
#define AND_JA       "\xe3\x81\x8a\xe3\x82\x88\xe3\x81\xb3" /* および */

/* Add a trigger unless a longer one covers it; drop the shorter ones it
 * covers.  A reporting predicate over a disclosure trigger marks it.
 * Returns the trigger added, or the one already there over the same
 * bytes (borrowed: valid until the next add); NULL when a longer one
 * covers it or out of memory. */
static trig *add_trig(ctx *c, parts *p, size_t pos, size_t end, int type,
                      bool report)
{
    trig *v = (trig *)p->trigs.v;
    /* First whether one it overlaps is at least as long (then it stays
     * out), and only then drop the shorter ones: dropping first lost
     * them when a longer one came later in the list. */
    for (size_t i = 0; i < p->trigs.n; i++)
        if (v[i].pos < end && pos < v[i].end &&
            v[i].end - v[i].pos >= end - pos) {
            if (report && v[i].type == MT_EVENT_DISCLOSURE)
                v[i].report = true;
            /* covered by a trigger at least as long */
            return v[i].pos == pos && v[i].end == end ? &v[i] : NULL;
        }
    for (size_t i = 0; i < p->trigs.n; i++) {
        if (v[i].pos >= end || pos >= v[i].end)
            continue;
        if (v[i].report && type == MT_EVENT_DISCLOSURE)
            report = true;
        v[i] = v[--p->trigs.n]; /* shorter: replaced */
        i--;
    }
    trig *t = draft_vec_push(&p->trigs, sizeof(trig));
    if (!t) {
        draft_oom(c);
        return NULL;
    }
    *t = (trig){.pos = pos, .end = end, .type = type, .report = report};
    return t;
}

static int cmp_trigs(const void *pa, const void *pb)
{
    const trig *a = pa, *b = pb;
    return a->pos < b->pos ? -1 : a->pos > b->pos;
}

/* No trigger starts in [a, b) but traces (痕跡) or an adnominal hearsay
 * one: in 「流出したという情報は寄せられていない」 the negation denies
 * the report of the leak, so it governs the leak across 「という」 when a
 * noun (a kanji) follows it; 「流出したという。」 or 「…という、」 end
 * the frame. */
static bool no_trig_but_hearsay(const parts *p, size_t a, size_t b)
{
    const draft_sentence *s = p->s;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *t = (const trig *)p->trigs.v + i;
        if (t->pos < a || t->pos >= b)
            continue;
        unsigned char next =
            t->end < s->len ? (unsigned char)s->text[t->end] : 0;
        /* 「流出の痕跡は認められず」: what traces are not found of is
         * not found either. */
        if (t->type == TRIG_TRACES)
            continue;
        /* U+4E00..U+9FFF open with 0xE4..0xE9 in UTF-8. */
        if (t->type != TRIG_HEARSAY || next < 0xe4 || next > 0xe9)
            return false;
    }
    return true;
}

/* A not_negation cue (否定できない, ないか) over any byte of [at, end):
 * 「含まれていないか」 asks, though 「ていない」 starts before 「ないか」. */
static bool not_negation_at(const parts *p, size_t at, size_t end)
{
    /* Or one right after it, a space between ("could not rule out",
     * "unable to rule out", "not ruled out": one row, "rule out",
     * whatever negates it). */
    return draft_hit_over(p, CUE_NOT_NEGATION, at, end) ||
           (end < p->s->len && p->s->text[end] == ' ' &&
            draft_hit_starting(p, end + 1, CUE_NOT_NEGATION));
}

/* The end of the last trigger that trigger t is listed with by や or
 * および (「不正アクセスや画像流出はなかった」: what is said of the
 * list is said of each), else t's own end. */
static size_t listed_end(const parts *p, const trig *t)
{
    const draft_sentence *s = p->s;
    size_t end = t->end;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->pos < end)
            continue;
        size_t gap = 0;
        if (draft_at(s->text, s->len, end, "\xe3\x82\x84")) /* や */
            gap = 3;
        else if (draft_at(s->text, s->len, end, AND_JA))
            gap = sizeof AND_JA - 1;
        /* The next item: a noun or two before its trigger, no comma. */
        if (!gap || x->pos - end > gap + LIST_ITEM_JA ||
            draft_has_sub(s->text + end, x->pos - end, "\xe3\x80\x81"))
            break;
        end = x->end;
    }
    return end;
}

/* English negation cue h is "not", "never" or a word ending in "n't"
 * (value "-"), the words that negate what follows them closely. */
static bool plain_not(const draft_sentence *s, const hit *h)
{
    return strcmp(h->value, "-") == 0 &&
           (draft_ascii_ieq(s->text + h->pos, h->end - h->pos, "not") ||
            draft_ascii_ieq(s->text + h->pos, h->end - h->pos, "never") ||
            (h->end - h->pos > 3 &&
             memcmp(s->text + h->end - 3, "n't", 3) == 0));
}

static bool negated(const reader *r, const parts *p, trig *t)
{
    const draft_sentence *s = p->s;
    size_t cs = draft_clause_start(s, t->pos), ce = draft_clause_end(s, t->end);
    /* Japanese: the negation after the last item of a list t opens. */
    size_t te = r->ja ? listed_end(p, t) : t->end;
    if (te != t->end)
        ce = draft_clause_end(s, te);
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        /* (the kind first: not_negation_at scans every hit) */
        if (h->kind != (r->ja ? CUE_NEGATION : CUE_NEG_BEFORE) ||
            not_negation_at(p, h->pos, h->end))
            continue;
        if (r->ja && h->pos >= te && h->pos <= ce &&
            h->pos <= te + NEG_AFTER_JA && no_trig_but_hearsay(p, te, h->pos))
            return true;
        if (!r->ja) {
            /* "data was not accessed" matched by a gap cue ("data *
             * accessed"): the negation inside it governs it. */
            if (t->gap && h->pos > t->pos && h->end < t->end && plain_not(s, h))
                return true;
            if (h->end <= t->pos && h->pos >= cs &&
                h->end + NEG_BEFORE_EN >= t->pos &&
                !draft_trig_starts_in(p, h->end, t->pos)) {
                t->neg_before = h->end;
                /* "no unauthorized access", "no sign that intruders
                 * accessed": "no" denies the thing; a "not" before it
                 * may belong to another verb ("could not rule out",
                 * "did not detect … until June"). */
                t->neg_no =
                    draft_ascii_ieq(s->text + h->pos, h->end - h->pos, "no");
                return true;
            }
            if (h->pos >= t->end && h->pos <= ce &&
                h->pos <= t->end + NEG_AFTER_EN &&
                !draft_trig_starts_in(p, t->end, h->pos) && plain_not(s, h))
                return true;
        }
    }
    return false;
}

/* A plan cue governing the trigger: after it in its clause (Japanese:
 * 再開を目指す), before it in its clause (English: "plans to resume"). */
static bool planned(const reader *r, const parts *p, const trig *t)
{
    const draft_sentence *s = p->s;
    size_t cs = draft_clause_start(s, t->pos), ce = draft_clause_end(s, t->end);
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind != CUE_PLAN)
            continue;
        /* 「調査を急いでいる」: the investigation is under way */
        if (t->type == MT_EVENT_INVESTIGATION &&
            strcmp(h->value, "effort") == 0)
            continue;
        if (r->ja ? ((h->pos >= t->end && h->pos <= ce) ||
                     (h->end <= t->pos && h->end + 9 >= t->pos))
                  : (h->end <= t->pos && h->pos >= cs))
            return true;
    }
    return false;
}

/* Trigger t is told by the page's writer of itself: a writer cue
 * (私が, 筆者は) before it with no name between and no quotation open
 * before the cue (in 「」 私 is whoever speaks). */
static bool writers_own(const parts *p, const trig *t)
{
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind != CUE_WRITER || h->end > t->pos ||
            draft_in_quote(p->s, h->pos))
            continue;
        bool named = false;
        for (size_t k = 0; k < p->mentions.n && !named; k++) {
            const mention *m = (const mention *)p->mentions.v + k;
            named = m->pos >= h->end && m->end <= t->pos;
        }
        if (!named)
            return true;
    }
    return false;
}

/* A threat cue governs trigger t (data/draft_cues.tsv, kind threat):
 * what a group threatens to do is no event.  A cue whose value is
 * "after" precedes the act: in Japanese within 60 bytes of its quote or
 * clause (「払わなければ…公開する」), in English right before it
 * ("threatened to publish"); one whose value is "before" follows it in
 * its sentence ("would release the files unless"). */
static bool threatened(const reader *r, const parts *p, const trig *t)
{
    const char *s = p->s->text;
    /* The threat or demand itself stays ("threatened to", 脅迫). */
    if (t->type == MT_EVENT_OTHER)
        return false;
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind != CUE_THREAT)
            continue;
        bool act_after = strcmp(h->value, "after") == 0;
        if (!act_after) {
            /* In Japanese the act is the clause the cue closes: a
             * trigger in a clause before it (「…によって主張され、…
             * を開示すると脅迫された」: the claim) is done, not
             * threatened. */
            if (h->pos >= t->end && h->pos - t->end <= 80 &&
                !(r->ja && draft_has_sub(s + t->end, h->pos - t->end,
                                         "\xe3\x80\x81"))) /* 、 */
                return true;
        } else if (r->ja) {
            if (h->end > t->pos || t->pos - h->end > 60)
                continue;
            bool closed = false;
            for (size_t k = h->end; k + 3 <= t->pos && !closed; k++)
                closed = memcmp(s + k, "\xe3\x80\x8d", 3) == 0 || /* 」 */
                         memcmp(s + k, "\xe3\x80\x82", 3) == 0;   /* 。 */
            if (!closed)
                return true;
        } else if (h->end <= t->pos && t->pos - h->end <= 2) {
            return true;
        }
    }
    return false;
}

/* A date span ends right before byte pos (a space between at most): the
 * noun at pos is of that day ("the Oct. 31 attack", "A November 26
 * statement"). */
static bool date_names(const draft_sentence *s, size_t pos)
{
    for (size_t k = 0; k < s->nspans; k++) {
        const draft_span *x = &s->spans[k];
        if (x->kind == DRAFT_DATE && x->end <= pos && pos - x->end <= 1)
            return true;
    }
    return false;
}

/* "hit by a cyberattack": two triggers of one type a short English word
 * apart name one event; the first takes the second's bytes (sorted
 * triggers, before negation and plans are read). */
static void join_same(parts *p)
{
    trig *v = (trig *)p->trigs.v;
    size_t kept = 0;
    for (size_t i = 0; i < p->trigs.n; i++) {
        trig *last = kept ? &v[kept - 1] : NULL;
        bool join = last && last->type == v[i].type && !last->report &&
                    !v[i].report && v[i].pos >= last->end &&
                    v[i].pos - last->end <= 5;
        for (size_t k = last ? last->end : 0; join && k < v[i].pos; k++) {
            unsigned char ch = (unsigned char)p->s->text[k];
            join = ch == ' ' || (ch >= 'a' && ch <= 'z');
        }
        if (join)
            last->end = v[i].end;
        else
            v[kept++] = v[i];
    }
    p->trigs.n = kept;
}

/* Japanese 「という」 right after a name: what something is called
 * (「Xという、二つのグループ」「Xというランサムウェア」), no hearsay. */
static bool named_so(const parts *p, const hit *h)
{
    if (!mt_starts_with(p->s->text + h->pos, p->s->len - h->pos,
                        "\xe3\x81\xa8\xe3\x81\x84\xe3\x81\x86")) /* という */
        return false;
    for (size_t i = 0; i < p->mentions.n; i++)
        if (((const mention *)p->mentions.v)[i].end == h->pos)
            return true;
    return false;
}

/* Leak trigger t tells where reused credentials came from, another
 * party's service (an elsewhere cue right before a Japanese one, 「他社
 * のサービスから流出したID」, right after an English one, "leaked at other
 * sites"): no leak of the victim. */
static bool leaked_elsewhere(const parts *p, const trig *t, bool ja)
{
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind != CUE_ELSEWHERE)
            continue;
        if (ja ? h->end <= t->pos && t->pos - h->end <= ELSEWHERE_BEFORE_JA
               : h->pos >= t->end && h->pos - t->end <= ELSEWHERE_AFTER_EN &&
                     !draft_has_sub(p->s->text + t->end, h->pos - t->end, ","))
            return true;
    }
    return false;
}

/* Triggers: the extractor's event spans, then the event cues and the
 * reporting predicates. */
void draft_read_trigs(ctx *c, const reader *r, parts *p)
{
    const draft_sentence *s = p->s;
    for (size_t i = 0; i < s->nspans && c->st == MT_OK; i++) {
        const draft_span *x = &s->spans[i];
        mt_event_type t;
        if (x->kind != DRAFT_EVENT || !x->type ||
            mt_event_type_parse(&t, x->type) != MT_OK)
            continue;
        /* "漏えい等の報告" names a report of a leak, not a leak. */
        size_t end = x->end;
        for (size_t k = 0; k < p->hits.n; k++) {
            const hit *h = (const hit *)p->hits.v + k;
            mt_event_type rt;
            if (h->pos == x->end && h->kind == CUE_REPORT_OF &&
                mt_event_type_parse(&rt, h->value) == MT_OK) {
                t = rt;
                end = h->end;
            }
        }
        add_trig(c, p, x->start, end, (int)t, false);
    }
    for (size_t i = 0; i < p->hits.n && c->st == MT_OK; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        mt_event_type t;
        if (h->kind == CUE_EVENT) {
            unsigned flags;
            int type = draft_event_cue_trigger(h->value, &flags);
            trig *x =
                type < 0 ? NULL : add_trig(c, p, h->pos, h->end, type, false);
            if (x) {
                x->postpone = flags & CUE_TRIG_POSTPONE;
                x->demand = flags & CUE_TRIG_DEMAND;
                x->result = flags & CUE_TRIG_RESULT;
                x->informs = flags & CUE_TRIG_INFORMS;
                x->told = flags & CUE_TRIG_TOLD;
                x->occurs = flags & CUE_TRIG_OCCURS;
                x->avows = flags & CUE_TRIG_AVOWS;
                x->gap = c->in->cues->gap[h->cue] != 0;
            }
        } else if (h->kind == CUE_DATED_EVENT &&
                   mt_event_type_parse(&t, h->value) == MT_OK) {
            /* "the Oct. 31 attack": the noun is an event where a date
             * names its day. */
            if (date_names(s, h->pos))
                add_trig(c, p, h->pos, h->end, (int)t, false);
        } else if (h->kind == CUE_REPORT && r->ja && named_so(p, h)) {
            continue; /* 「LockBitという、二つのグループ」: a name given */
        } else if (h->kind == CUE_REPORT) {
            /* "confirmed that": a statement, and a check of what it
             * states (the cause of an outage found).  "A November 26
             * statement": a statement its date names is an announcement
             * of that day, not hearsay. */
            bool dated = strcmp(h->value, "-") == 0 && date_names(s, h->pos);
            bool avows = strcmp(h->value, "avows") == 0;
            trig *x = add_trig(c, p, h->pos, h->end,
                               strcmp(h->value, "disclosure") == 0 || dated
                                   ? MT_EVENT_DISCLOSURE
                               : strcmp(h->value, "confirm") == 0 || avows
                                   ? TRIG_CONFIRM
                                   : TRIG_HEARSAY,
                               true);
            if (x)
                x->avows = avows;
            if (x && x->type == TRIG_HEARSAY) {
                x->object = strcmp(h->value, "object") == 0;
                x->news = strcmp(h->value, "news") == 0;
                x->press = x->object || strcmp(h->value, "press") == 0;
            }
        }
    }
    if (p->trigs.n > 1)
        qsort(p->trigs.v, p->trigs.n, sizeof(trig), cmp_trigs);
    join_same(p);
    /* A threatened act goes: no event, and no trigger that would take
     * the date of the threat that sets it (「11月5日までに…公開する」と
     * 脅迫). */
    trig *tv = (trig *)p->trigs.v;
    size_t kept = 0;
    /* Nor is what the page's writer tells of itself (「私がこれまで調査して
     * きた事例」), nor a leak of credentials from another party's service
     * (「他社のサービスから流出したID」) a leak of the victim's. */
    for (size_t i = 0; i < p->trigs.n; i++)
        if (!threatened(r, p, &tv[i]) && !writers_own(p, &tv[i]) &&
            !(tv[i].type == MT_EVENT_LEAK_POSSIBLE &&
              leaked_elsewhere(p, &tv[i], r->ja)))
            tv[kept++] = tv[i];
    p->trigs.n = kept;
    for (size_t i = 0; i < p->trigs.n; i++) {
        trig *t = (trig *)p->trigs.v + i;
        t->negated = negated(r, p, t);
        t->plan = planned(r, p, t);
    }
    /* An excludes verb or a misuse tells something only negated (含まれ
     * ない, "not affected", 悪用は確認されていない): 「含まれていた」,
     * "affected customers", 不正利用 that happened are no trigger here, and
     * must not stand between a date and the trigger it dates. */
    kept = 0;
    for (size_t i = 0; i < p->trigs.n; i++) {
        /* A misuse not found (不正利用は確認されていない) as well. */
        mt_hedge h = tv[i].type == TRIG_MISUSE
                         ? draft_hedge_near(p->s, tv[i].pos, r->ja)
                         : MT_HEDGE_CONFIRMED;
        if ((tv[i].type != TRIG_EXCLUDES && tv[i].type != TRIG_MISUSE) ||
            tv[i].negated || h == MT_HEDGE_DENIED ||
            h == MT_HEDGE_NOT_CONFIRMED)
            tv[kept++] = tv[i];
    }
    p->trigs.n = kept;
}
