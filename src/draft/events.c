/*
 * Timeline events (stage.h): every trigger of a sentence that is not
 * negated or planned becomes an entry of its organisation (whose and of
 * what type: trigtype.c), dated by the date that governs it (when.c), and
 * entries merge across sources by organisation, type and compatible date.
 */
#include "draft/stage.h"
#include "draft/tense.h"

#include "core/buf.h"
#include "core/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How far after a subject its own date may begin: the particle and a
 * comma (「は、」: six bytes), a space or two. */
#define SUBJECT_DAY_GAP 9

/* Merge into an entry of the same organisation, type and a compatible
 * date, or add one; text is taken (freed when merged). */
void draft_event_absorb(event *into, const event *from)
{
    into->named = into->named || from->named;
    into->recalled = into->recalled && from->recalled;
}

event *draft_add_event(ctx *c, const mt_dossier_date *date, long oi,
                       mt_event_type type, char *text, int n, bool floating,
                       bool recalled)
{
    event *ev = (event *)c->events.v;
    for (size_t i = 0; i < c->events.n; i++) {
        if (ev[i].org != oi || ev[i].type != type ||
            ev[i].floating != floating ||
            !draft_dates_compatible(&ev[i].date, date))
            continue;
        if (draft_cites_put(&ev[i].cites, n) != MT_OK)
            draft_oom(c);
        /* Compatible at the coarser precision; keep the finer date:
         * 2023-07-14 over "last month". */
        if (draft_precision(&date->date) > draft_precision(&ev[i].date.date))
            ev[i].date = *date;
        ev[i].recalled = ev[i].recalled && recalled;
        free(text);
        return &ev[i];
    }
    event *e = draft_vec_push(&c->events, sizeof(event));
    if (!e) {
        free(text);
        draft_oom(c);
        return NULL;
    }
    e->date = *date;
    e->floating = floating;
    e->org = oi;
    e->type = type;
    e->text = text;
    e->recalled = recalled;
    if (draft_cites_put(&e->cites, n) != MT_OK)
        draft_oom(c);
    return e;
}

/* The day joined to date d by "and", と or および (a link in
 * parentheses may stand between: "August 10, 2023 (https://...) and
 * August 22, 2023"), no trigger between them; NULL when none.  Not 、:
 * 「4日、5日に…」 as often opens the next clause. */
static const sdate *joined_date(const parts *p, const sdate *d)
{
    static const char *const joins[] = {
        " and ", "\xe3\x81\xa8",                /* と */
        "\xe3\x81\x8a\xe3\x82\x88\xe3\x81\xb3", /* および */
    };
    const sdate *v = (const sdate *)p->dates.v;
    const sdate *n = NULL;
    for (size_t i = 0; i + 1 < p->dates.n && !n; i++)
        if (&v[i] == d)
            n = &v[i + 1];
    if (!n || n->pos < d->end || n->pos - d->end > 80 || !n->date.date.day)
        return NULL;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->pos >= d->end && x->pos < n->pos)
            return NULL;
    }
    const char *s = p->s->text + d->end;
    size_t len = n->pos - d->end;
    for (size_t k = 0; k < MT_ARRAY_LEN(joins); k++) {
        size_t jl = strlen(joins[k]);
        /* right after the date, or after a parenthesis that follows it */
        if (len == jl && memcmp(s, joins[k], jl) == 0)
            return n;
        if (len > jl + 2 && s[0] == ' ' && s[1] == '(' &&
            s[len - jl - 1] == ')' && memcmp(s + len - jl, joins[k], jl) == 0)
            return n;
    }
    return NULL;
}

/* An official notice recalls one of its earlier notices ("As we
 * announced on August 10"): that day frames nothing the notice goes on
 * to say, which is as of its own day. */
static bool recalled_notice(const reader *r, const mt_dossier_date *dd)
{
    const mt_date *pub = &r->src->published;
    return r->src->kind == MT_KIND_OFFICIAL && pub->day &&
           mt_date_compare(&dd->date, pub) < 0;
}

/* The role a dated deed of type gives organisation oi: an authority's
 * confirmation, an attacker's claim, a victim's attack, detection or
 * leak. */
static void hint_role(ctx *c, long oi, int type)
{
    org *o = draft_org_at(c, oi);
    if (type == MT_EVENT_AUTHORITY_CONFIRMATION)
        o->hints |= ROLE_HINT_AUTHORITY;
    else if (type == MT_EVENT_ATTRIBUTION)
        o->hints |= ROLE_HINT_ATTACKER;
    else if ((type == MT_EVENT_INTRUSION_START || type == MT_EVENT_DETECTION ||
              type == MT_EVENT_LEAK_POSSIBLE) &&
             !draft_is_authority(c, oi))
        o->hints |= ROLE_HINT_VICTIM;
}

/* One subject and the date right after it (「Aは5日、」). */
typedef struct subject_day {
    long org;
    const sdate *d;
} subject_day;

/*
 * 「ヒバリ航空は5日、ツグミ航空は6日にそれぞれ発表した」: subjects each
 * followed by a date of their own (after its particle and a comma at
 * most) before trigger t, two organisations at least on two days at
 * least, no other trigger among them: what t tells is each subject's on
 * its own date.  The subjects are marked alike (all は or も, or all が):
 * 「読売新聞は6日、ヒバリ工業が5日に攻撃を受けたと報じた」 is one
 * subject's statement of what happened to another, no list.  The pairs
 * into out (max at most), in order; 0 when the sentence is no such list.
 */
static size_t subject_days(const parts *p, const trig *t, subject_day *out,
                           size_t max)
{
    size_t n = 0, last_end = 0;
    bool first_topical = false;
    for (size_t i = 0; i < p->mentions.n && n < max; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        if (!m->subject || !m->named || m->informant || m->modifier ||
            m->end > t->pos)
            continue;
        for (size_t k = 0; k < p->dates.n; k++) {
            const sdate *d = (const sdate *)p->dates.v + k;
            if (d->pos < m->end || d->pos > m->end + SUBJECT_DAY_GAP ||
                d->end > t->pos || !d->date.date.day || d->deadline)
                continue;
            bool seen = false;
            for (size_t j = 0; j < n; j++)
                seen = seen || out[j].org == m->org;
            if (!seen && n > 0 && m->topical != first_topical)
                return 0;
            if (!seen) {
                if (n == 0)
                    first_topical = m->topical;
                out[n++] = (subject_day){m->org, d};
                last_end = d->end;
            }
            break;
        }
    }
    if (n < 2)
        return 0;
    bool two_days = false;
    for (size_t j = 1; j < n; j++)
        two_days =
            two_days || !draft_same_day(&out[j].d->date, &out[0].d->date);
    /* 「Aは5日に攻撃を受け、Bは6日に発表した」: a deed between the pairs
     * is the first one's, and no list. */
    for (size_t k = 0; k < p->trigs.n && two_days; k++) {
        const trig *o = (const trig *)p->trigs.v + k;
        if (o->pos > out[0].d->end && o->pos < last_end)
            return 0;
    }
    return two_days ? n : 0;
}

static bool named_in(const parts *p, long oi)
{
    for (size_t i = 0; i < p->mentions.n; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        if (m->org == oi && !m->informant)
            return true;
    }
    return false;
}

/* Whether the sentence cites oi as where its news came from
 * (「oiによると」, "according to oi"). */
static bool informant_is(const parts *p, long oi)
{
    for (size_t i = 0; i < p->mentions.n; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        if (m->org == oi && m->informant)
            return true;
    }
    return false;
}

/* An event of organisation oi dated *date, its text the clause around
 * [from, to) of s; false when out of memory (c->st says so). */
static bool clause_event(ctx *c, const reader *r, const draft_sentence *s,
                         size_t from, size_t to, const mt_dossier_date *date,
                         long oi, mt_event_type type, bool floating)
{
    char *text = draft_clause_text(s, from, to);
    if (!text) {
        draft_oom(c);
        return false;
    }
    draft_add_event(c, date, oi, type, text, r->n, floating, r->recall);
    return true;
}

/* 「…ことが日経クロステックの取材で2021年4月28日に分かった」 in that
 * outlet's own piece: its own reporting (an informant cue of value
 * "scoop" right after its name) found the news on the full date that
 * follows; NULL when m is no such mention. */
static const sdate *scoop_day(ctx *c, const reader *r, const parts *p,
                              const mention *m)
{
    if (!r->ja || !m->informant || !draft_is_media(c, m->org) ||
        draft_quoted_outlet(c, r, m->org))
        return NULL;
    size_t cue_end = 0;
    for (size_t i = 0; i < p->hits.n && !cue_end; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind == CUE_INFORMANT && h->pos == m->end &&
            strcmp(h->value, "scoop") == 0)
            cue_end = h->end;
    }
    const sdate *d = cue_end ? draft_date_after(p, cue_end, 3) : NULL;
    return d && d->date.date.day && !d->yearless ? d : NULL;
}

/* The end of a dash at byte i of t (— ― --, or a hyphen and a space:
 * not the hyphen of a word; spaces before it), 0 when none. */
static size_t dash_end(const char *t, size_t n, size_t i)
{
    static const char *const dashes[] = {"\xe2\x80\x94", "\xe2\x80\x95", "--",
                                         "- "}; /* — ― -- - */
    while (i < n && t[i] == ' ')
        i++;
    for (size_t k = 0; k < MT_ARRAY_LEN(dashes); k++)
        if (i + strlen(dashes[k]) <= n &&
            memcmp(t + i, dashes[k], strlen(dashes[k])) == 0)
            return i + strlen(dashes[k]);
    return 0;
}

/* 「2023/08/21 BleepingComputer — …」, "NHK -- Jun 21", "Jun 21 (MBS
 * NEWS) - …": a sentence that opens with a day and an outlet (in
 * brackets or not) and a dash, or with an outlet, a dash and a day, is
 * that outlet's report of that day (the dateline of a translation or of
 * a digest page); the outlet's mention, NULL when none.  A day without
 * its year only when the page has a reference to read it against: its
 * date, or for an undated page the year the draft reads it in. */
static const mention *dateline(ctx *c, const reader *r, const parts *p)
{
    if (!p->dates.n || !p->mentions.n)
        return NULL;
    const sdate *d = (const sdate *)p->dates.v;
    const mention *m = (const mention *)p->mentions.v;
    const char *t = p->s->text;
    size_t n = p->s->len;
    if (!d->date.date.day || (d->yearless && !r->ref.year) ||
        !draft_is_media(c, m->org))
        return NULL;
    if (m->pos == 0) { /* "NHK -- Jun 21" */
        size_t e = dash_end(t, n, m->end);
        while (e && e < n && t[e] == ' ')
            e++;
        return e && d->pos == e ? m : NULL;
    }
    if (d->pos != 0)
        return NULL;
    size_t i = d->end;
    while (i < m->pos && t[i] == ' ')
        i++;
    bool paren = i < m->pos && t[i] == '(' && i + 1 == m->pos;
    if (paren)
        i++;
    if (i != m->pos || i == d->end)
        return NULL;
    i = m->end;
    if (paren && (i >= n || t[i++] != ')'))
        return NULL;
    return dash_end(t, n, i) ? m : NULL;
}

/* The byte length of a separator between the fields of a reference at
 * t[i] (, / | and their full-width forms, 、 and spaces), 0 when none. */
static size_t ref_sep(const char *t, size_t n, size_t i)
{
    static const char *const seps[] = {",",
                                       "/",
                                       "|",
                                       " ",
                                       "\xe3\x80\x81" /* 、 */,
                                       "\xe3\x80\x80" /* ideographic space */,
                                       "\xef\xbc\x8c" /* ， */,
                                       "\xef\xbc\x8f" /* ／ */,
                                       "\xef\xbd\x9c" /* ｜ */};
    for (size_t k = 0; k < MT_ARRAY_LEN(seps); k++)
        if (mt_starts_with(t + i, n - i, seps[k]))
            return strlen(seps[k]);
    return 0;
}

/* 「*1:…業績修正を検討,日本経済新聞,2019年9月6日」, 「※…/日経クロステック/
 * 2022年8月2日」, 「(日経クロステック2020.06.10)」: a reference to another
 * outlet's piece, its name and full date as fields at the end of the
 * sentence; that outlet reported on that day.  The outlet's mention,
 * with its date in *d; NULL when the sentence is no such reference. */
static const mention *reference(ctx *c, const reader *r, const parts *p,
                                const sdate **d)
{
    if (!p->dates.n || !p->mentions.n)
        return NULL;
    const char *t = p->s->text;
    size_t n = p->s->len;
    const sdate *ld = (const sdate *)p->dates.v + p->dates.n - 1;
    if (!ld->date.date.day || ld->yearless)
        return NULL;
    /* Nothing after the date but a closing bracket and a full stop. */
    static const char *const tail[] = {")",
                                       "]",
                                       "\xef\xbc\x89" /* ） */,
                                       "\xe3\x80\x91" /* 】 */,
                                       "\xef\xbc\xbd" /* ］ */,
                                       "\xe3\x80\x82" /* 。 */,
                                       ".",
                                       " "};
    size_t i = ld->end;
    for (bool more = true; more && i < n;) {
        more = false;
        for (size_t k = 0; k < MT_ARRAY_LEN(tail) && !more; k++)
            if (mt_starts_with(t + i, n - i, tail[k])) {
                i += strlen(tail[k]);
                more = true;
            }
    }
    if (i != n)
        return NULL;
    /* The outlet right before the date, only separators between. */
    const mention *m = NULL;
    for (size_t k = 0; k < p->mentions.n; k++) {
        const mention *x = (const mention *)p->mentions.v + k;
        if (x->end <= ld->pos)
            m = x;
    }
    if (!m || !draft_quoted_outlet(c, r, m->org))
        return NULL;
    for (i = m->end; i < ld->pos;) {
        size_t l = ref_sep(t, n, i);
        if (!l)
            return NULL;
        i += l;
    }
    *d = ld;
    return m;
}

/* A Japanese sentence that leaves the subject of trigger t out: it names
 * no organisation and marks no topic (は, も) before t, so the
 * passage's topic oi goes on (「カシオは…。27日に…があったことを明らかに
 * した」: が marks what it tells; not 「防衛相は…明らかにし」, a person's
 * statement). */
static bool zero_subject(const reader *r, const parts *p, const trig *t,
                         long oi)
{
    if (!r->ja || p->mentions.n || oi < 0 || oi != r->topic)
        return false;
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind == CUE_SUBJECT && h->pos < t->pos &&
            strcmp(h->value, "topic") == 0)
            return false;
    }
    return true;
}

/* x is among out[0..n). */
static bool listed(const long *out, size_t n, long x)
{
    for (size_t k = 0; k < n; k++)
        if (out[k] == x)
            return true;
    return false;
}

/* The organisations coordinated with oi in the sentence (「AおよびB」,
 * "A, B and C") for a trigger at pos: the partners after it, then those
 * before it, at most max into out; how many. */
static size_t coordinated(const parts *p, long oi, size_t pos, long *out,
                          size_t max)
{
    size_t n = 0;
    const mention *m = (const mention *)p->mentions.v;
    /* Not where the clause of pos names oi alone: 「NAVER Cloudと
     * LINEヤフーの…を介し、…LINEヤフーのシステムに…不正アクセスした」
     * lists them in another clause, not as the attack's two victims. */
    size_t cs = draft_clause_start(p->s, pos);
    for (size_t i = 0; i < p->mentions.n; i++) {
        if (m[i].org != oi || m[i].pos < cs || m[i].pos >= pos ||
            m[i].modifier || m[i].partner >= 0)
            continue;
        /* The last of a list: the name before it (past its parenthesis,
         * "Hibari Watch (HWC), and Hibari Instruments") points to it. */
        size_t k = i;
        while (k > 0 && m[k - 1].modifier)
            k--;
        if (k == 0 || m[k - 1].partner != oi)
            return 0;
    }
    /* Forward along the partners, then back from oi. */
    for (int dir = 0; dir < 2; dir++) {
        long at = oi;
        while (n < max) {
            long x = -1;
            for (size_t i = 0; i < p->mentions.n && x < 0; i++) {
                if (dir == 0 && m[i].org == at && m[i].partner >= 0 &&
                    m[i].partner != oi)
                    x = m[i].partner;
                else if (dir == 1 && m[i].partner == at && m[i].org != oi)
                    x = m[i].org;
            }
            if (x < 0 || listed(out, n, x))
                break;
            out[n++] = x;
            at = x;
        }
    }
    return n;
}

/* English round-ups: "began with Mitsubishi Electric on January 20 and
 * NEC on January 31": a name right before the date ("X on", "X in") is
 * whose event it is, unless a group behind the attack.  Else who. */
static long owner_before_date(ctx *c, const parts *p, const mt_dossier_date *dd,
                              long who)
{
    const draft_sentence *s = p->s;
    for (size_t i = 0; i < p->dates.n; i++) {
        const sdate *d = (const sdate *)p->dates.v + i;
        if (d->date.date.year != dd->date.year ||
            d->date.date.month != dd->date.month ||
            d->date.date.day != dd->date.day)
            continue;
        for (size_t k = 0; k < p->mentions.n; k++) {
            const mention *m = (const mention *)p->mentions.v + k;
            /* "reported it to the police two days later"; "was attacked
             * by LockBit on Dec. 5": the attack's, not the group's */
            if (m->end > d->pos || d->pos - m->end > 5 || m->informant ||
                draft_is_media(c, m->org) || draft_oversees(c, m->org) ||
                draft_is_attacker(c, m->org))
                continue;
            const char *gap = s->text + m->end;
            size_t gl = d->pos - m->end;
            if ((gl == 4 && (draft_ascii_ieq(gap, 4, " on ") ||
                             draft_ascii_ieq(gap, 4, " in "))) ||
                (gl == 1 && gap[0] == ' '))
                return m->org;
        }
        break;
    }
    return who;
}

/* 「LockBitが、シマノに対して…攻撃を仕掛けた」, 「このサイバー攻撃を実施
 * したとみられるランサムウェア「Akira」」, "tied to the EKANS ransomware":
 * a sentence that dates the attack and names the group behind it (or a
 * word stands for it there) is the source's attribution, though no claim
 * or attribution word
 * says so: the group's attribution of the source's day (floating: a
 * source that dates it wins), or of the day of the statement that tells
 * the attack (stated; 「Xは10日、LockBitによる攻撃を受けたと発表した」).
 * (An attack the source leaves undated, no statement dating it, gives
 * no timeline line to stand beside.) */
static void named_attacker(ctx *c, const reader *r, const parts *p,
                           const mt_dossier_date *stated)
{
    const mt_date *pd = &r->src->published;
    mt_dossier_date dd = {*pd, 0};
    if (stated)
        dd = *stated;
    else if (!pd->year || !mt_date_valid(pd) || !pd->day)
        return;
    for (size_t i = 0; i < p->mentions.n && c->st == MT_OK; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        if (m->informant || !draft_is_attacker(c, m->org))
            continue;
        if (!clause_event(c, r, p->s, m->pos, m->end, &dd, m->org,
                          MT_EVENT_ATTRIBUTION, !stated))
            return;
        draft_org_at(c, m->org)->hints |= ROLE_HINT_ATTACKER;
        return; /* the first group named */
    }
}

/* English: the day right after the name of mention m (" on Thursday",
 * " on May 5"), NULL when none. */
static const sdate *day_after_name(const parts *p, const mention *m)
{
    const sdate *d = draft_date_after(p, m->end, 4);
    return d && d->date.date.day && !d->deadline ? d : NULL;
}

/* English: the negation that negates demand trigger t stands before it
 * ("no ransom was demanded"), not after it ("a ransom note said that if
 * it did not pay"), and is none of paying ("did not pay the ransom
 * demand"): what it denies is the demand itself. */
static bool neg_before_en(const parts *p, const trig *t)
{
    return t->neg_before && !draft_has_sub(p->s->text + t->neg_before,
                                           t->pos - t->neg_before, "pay");
}

void draft_dated_events(ctx *c, reader *r, parts *p)
{
    const draft_sentence *s = p->s;
    /* A sentence that opens with a day ("November 2, 2020 Confirmed
     * ...", 「2月26日、」) dates what the next sentences did, whether or
     * not it holds an event itself. */
    if (p->dates.n) {
        const sdate *d0 = (const sdate *)p->dates.v;
        if (d0->pos < 4 && d0->date.date.day) {
            r->last = d0->date;
            r->last_org = -1;
        }
    }
    /* 「東映アニメーションは7日、…を確認し、…決定した。」: the day after a
     * named subject dates what the source tells next, as a statement's
     * date does; not the day of an attacker's claim or of a regulator's
     * order, whose sentences after it say what they demand. */
    if (r->ja) {
        const sdate *f = draft_frame_ja(p);
        bool named = false;
        for (size_t i = 0; f && i < p->mentions.n; i++) {
            const mention *m = (const mention *)p->mentions.v + i;
            named =
                named ||
                (m->topical && m->end <= f->pos && f->pos - m->end <= 6 &&
                 !m->informant && !draft_is_media(c, m->org) &&
                 !draft_is_attacker(c, m->org) && !draft_oversees(c, m->org));
        }
        /* The reporter's day alone (7日), not a narrative's full date
         * (「北陵大学は、令和6年1月15日、…を検知し」: what came after it
         * happened later). */
        if (f && named && f->date.date.day &&
            !draft_has_sub(p->s->text + f->pos, f->end - f->pos,
                           "\xe6\x9c\x88")) /* 月 */
            r->frame = f->date;
    }
    /* A translation's dateline: the outlet's report of its day. */
    const mention *dl = dateline(c, r, p);
    if (dl && draft_quoted_outlet(c, r, dl->org) &&
        !clause_event(c, r, s, dl->pos, dl->end,
                      &((const sdate *)p->dates.v)->date, dl->org,
                      MT_EVENT_MEDIA_REPORT, false))
        return;
    /* A reference to another outlet's piece: that outlet's report of the
     * reference's day.  What the sentence says besides (the piece's
     * headline, what it quotes) still tells what happened to whom, but
     * that day is no date of it: the date leaves the sentence's dates
     * (it is the last one). */
    const sdate *rd = NULL;
    const mention *rm = reference(c, r, p, &rd);
    if (rm) {
        if (!clause_event(c, r, s, rm->pos, rd->end, &rd->date, rm->org,
                          MT_EVENT_MEDIA_REPORT, false))
            return;
        p->dates.n--;
    }
    for (size_t i = 0; i < p->mentions.n && c->st == MT_OK; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        const mt_date *pd = &r->src->published;
        mt_dossier_date dd = {*pd, 0};
        const sdate *sd = scoop_day(c, r, p, m);
        bool pub = pd->year && mt_date_valid(pd);
        bool ok = true;
        if (sd) {
            ok = clause_event(c, r, s, m->pos, sd->end, &sd->date, m->org,
                              MT_EVENT_MEDIA_REPORT, false);
        } else if (m->informant && m->named && r->src->kind == MT_KIND_MEDIA &&
                   pub && pd->day && !draft_is_media(c, m->org) &&
                   !draft_oversees(c, m->org) &&
                   !draft_is_attacker(c, m->org) &&
                   !draft_is_kind(c, m->org, ORG_VENDOR)) {
            /* "According to Kajima Corporation, ...", 「鹿島建設による
             * と」: the company's own word, which the piece reports: its
             * statement, by the piece's day. */
            ok = clause_event(c, r, s, m->pos, m->end, &dd, m->org,
                              MT_EVENT_DISCLOSURE, true);
        } else if (m->informant && m->named && r->src->kind == MT_KIND_MEDIA &&
                   pub && pd->day && !r->ja && draft_oversees(c, m->org) &&
                   !draft_is_kind(c, m->org, ORG_POLICE)) {
            /* "According to the Internal Affairs Ministry, ...": what an
             * English piece reports on a government body's word is that
             * body's confirmation, by the piece's day (the police's word
             * is their investigation's; 「総務省によると」 as often
             * introduces background the ministry keeps, no finding). */
            ok = clause_event(c, r, s, m->pos, m->end, &dd, m->org,
                              MT_EVENT_AUTHORITY_CONFIRMATION, true);
        } else if (m->informant && m->named && !r->ja &&
                   draft_quoted_outlet(c, r, m->org) &&
                   (sd = day_after_name(p, m)) != NULL) {
            /* "according to The Kiri Times on Thursday", "first reported
             * by The Kiri Times on Thursday": the outlet's report of that
             * day, not of the source's. */
            ok = clause_event(c, r, s, m->pos, sd->end, &sd->date, m->org,
                              MT_EVENT_MEDIA_REPORT, false);
        } else if (m->informant && m->named &&
                   draft_quoted_outlet(c, r, m->org) && pub) {
            /* 「時事通信によると」, "according to Nikkei": the cited
             * outlet reported it, on the source's day unless a later
             * source tells when (floating); on the day of its report the
             * source dated before, when it goes on citing that one. */
            bool known = m->org == r->outlet && !p->dates.n;
            ok = clause_event(c, r, s, m->pos, m->end,
                              known ? &r->outlet_day : &dd, m->org,
                              MT_EVENT_MEDIA_REPORT, !known);
        }
        if (!ok)
            return;
    }
    bool attack = false, attributed = false, told_attack = false;
    mt_dossier_date stated = {0};
    for (size_t k = 0; k < p->trigs.n && c->st == MT_OK; k++) {
        const trig *t = (const trig *)p->trigs.v + k;
        if (t->plan)
            continue;
        /* 「犯行声明は出ていない」, "no ransom has been demanded": what a
         * source says is not there yet (not of an incident it recalls). */
        if (t->negated && !r->recall &&
            (t->demand || t->type == MT_EVENT_ATTRIBUTION) &&
            (r->ja || !t->demand || neg_before_en(p, t))) {
            denial *dn = draft_vec_push(&c->denials, sizeof(denial));
            if (!dn) {
                draft_oom(c);
                return;
            }
            *dn = (denial){t->demand, r->n, r->ref};
        }
        long oi = -1;
        int type = draft_trig_type(c, r, p, t, &oi);
        if (type < 0)
            continue;
        if (type == MT_EVENT_INTRUSION_START)
            told_attack = true;
        /* 「AおよびBは…発表した」: B's as well (and C's after B); "A, B
         * and C were compromised": each name of the list. */
        long with[8];
        size_t nwith = coordinated(p, oi, t->pos, with, MT_ARRAY_LEN(with));
        /* What happened to whom holds whether or not the sentence dates
         * it: the subject of an intrusion, detection or leak is a victim,
         * and so is one that puts off its results for it (「傘下のYも同
         * 様に決算発表を延期した」). */
        if (draft_attack_type(type) || (type == MT_EVENT_OTHER && t->postpone))
            for (size_t w = 0; w <= nwith; w++) {
                long o = w < nwith ? with[w] : oi;
                if (!draft_oversees(c, o) && !draft_is_media(c, o) &&
                    !draft_is_attacker(c, o))
                    draft_org_at(c, o)->hints |= ROLE_HINT_VICTIM;
            }
        subject_day each[4];
        size_t neach = r->ja ? subject_days(p, t, each, MT_ARRAY_LEN(each)) : 0;
        for (size_t q = 0; q < neach && c->st == MT_OK; q++) {
            /* Each subject's deed on its own day: no one's date is the
             * others'.  (No frame for the sentences after it: whose day
             * would it be?) */
            hint_role(c, each[q].org, type);
            for (size_t j = 0; j < q; j++)
                draft_orgs_listed_apart(c, each[j].org, each[q].org);
            char *text = draft_clause_text(s, each[q].d->pos, t->end);
            if (!text) {
                draft_oom(c);
                return;
            }
            event *e = draft_add_event(c, &each[q].d->date, each[q].org,
                                       (mt_event_type)type, text, r->n, false,
                                       r->recall);
            if (e)
                e->named = true;
        }
        if (neach)
            continue;
        mt_dossier_date dd;
        bool floating;
        if (!draft_trig_date(r, p, t, type, oi, draft_oversees(c, oi), &dd,
                             &floating)) {
            /* "claimed the attack on Tuesday and demanded a ransom": the
             * demand an attacker makes with its claim is of the claim's
             * day, told in the claim's sentence or after it (「…が犯行
             * 声明を発表。…カプコンを脅し、…を要求」). */
            if (type != MT_EVENT_OTHER || oi < 0)
                continue;
            if (oi == r->claimant) {
                dd = r->claim_day;
                floating = false;
            } else if (t->demand && !t->negated && !r->recall &&
                       draft_is_attacker(c, oi) && !p->dates.n &&
                       draft_named_before(p, oi, t->pos) &&
                       (r->ja ? !draft_reports_earlier(p, t, true)
                              : !draft_had_before(p, t)) &&
                       !mt_starts_with(s->text + t->end, s->len - t->end,
                                       " no ") &&
                       draft_pub_date(r, &dd)) {
                /* "The gang demanded $2 million and threatened to
                 * publish", no dated claim before it: the source's news,
                 * as an undated claim is; not a demand told as done
                 * before ("had demanded", 「要求していた」), nor one
                 * denied ("demanded no ransom"). */
                floating = true;
            } else {
                continue;
            }
        }
        /* 「Bleeping Computerは16日、…と報じた。Bleeping Computerによる
         * と、…確認していないという」: what an outlet is cited for after
         * its dated report is that report's, not the source's news of
         * its own day. */
        if (floating && !p->dates.n && r->outlet >= 0 &&
            informant_is(p, r->outlet)) {
            dd = r->outlet_day;
            floating = false;
        }
        /* 「28日に流出していることが判明」: the day is the leak's
         * discovery, told by the detection; the leak itself is the
         * statement's news, dated where it is stated. */
        if (type == MT_EVENT_LEAK_POSSIBLE && !floating && r->ja &&
            draft_found_leak(p, t))
            continue;
        if (type == MT_EVENT_ATTRIBUTION && !floating && dd.date.day &&
            draft_is_attacker(c, oi)) {
            r->claim_day = dd;
            r->claimant = oi;
        }
        if (!floating && dd.date.day && p->dates.n &&
            !(type == MT_EVENT_DISCLOSURE && recalled_notice(r, &dd))) {
            r->last = dd;
            r->last_org = oi;
        }
        /* An attacker's claim stays the attacker's ("LockBit claimed
         * the attack on X on June 3"), and so does its demand ("Maze
         * sent a ransom note to X on Aug. 5"). */
        if (!r->ja && !floating && type != MT_EVENT_ATTRIBUTION &&
            !(type == MT_EVENT_OTHER && draft_is_attacker(c, oi))) {
            long owner = owner_before_date(c, p, &dd, oi);
            if (owner != oi)
                nwith = coordinated(p, owner, t->pos, with, MT_ARRAY_LEN(with));
            oi = owner;
        }
        /* An outlet's report dated in its own sentence is what a later
         * 「…によると」 of that outlet relays (a company the English
         * owner rule put in its place is none). */
        if (type == MT_EVENT_MEDIA_REPORT && !floating && dd.date.day &&
            p->dates.n && draft_is_media(c, oi)) {
            r->outlet_day = dd;
            r->outlet = oi;
        }
        /* A dated statement frames the undated ones after it: 「同社は
         * 4日…と発表した」, and a state as of a day (「16日時点で流出を
         * 確認した」); another's statement dated after the outlet's
         * report ends what that report frames. */
        if (!floating && dd.date.day && p->dates.n &&
            ((t->report && type == MT_EVENT_DISCLOSURE) ||
             (r->ja && (type == MT_EVENT_LEAK_POSSIBLE ||
                        type == MT_EVENT_LEAK_DENIED))) &&
            !recalled_notice(r, &dd)) {
            if (oi != r->outlet)
                r->outlet = -1;
            r->frame = dd;
            if (t->report && type == MT_EVENT_DISCLOSURE)
                stated = dd;
        }
        /* Someone else's disclosure needs its name in the sentence, or a
         * Japanese sentence that names nobody (the subject left out: the
         * passage's topic goes on, 「カシオは…。27日に…を明らかにした」). */
        if (type == MT_EVENT_DISCLOSURE && r->src->kind != MT_KIND_OFFICIAL &&
            !named_in(p, oi) && !zero_subject(r, p, t, oi))
            continue;
        hint_role(c, oi, type);
        size_t a = t->pos, b = t->end;
        const sdate *used = NULL;
        for (size_t i = 0; i < p->dates.n; i++) {
            const sdate *d = (const sdate *)p->dates.v + i;
            if (d->date.date.year == dd.date.year &&
                d->date.date.month == dd.date.month &&
                d->date.date.day == dd.date.day) {
                if (d->pos < a)
                    a = d->pos;
                if (d->end > b)
                    b = d->end;
                used = d;
                break;
            }
        }
        /* "As we announced on August 10 and August 22", 「8月10日と22日に
         * 公表」: each day joined to the one the statement took is a
         * statement of its own. */
        if (used && !floating && type == MT_EVENT_DISCLOSURE && t->report) {
            const sdate *also = joined_date(p, used);
            if (also) {
                char *copy = draft_clause_text(s, a, b);
                if (!copy) {
                    draft_oom(c);
                    return;
                }
                draft_add_event(c, &also->date, oi, (mt_event_type)type, copy,
                                r->n, false, r->recall);
            }
        }
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
        for (size_t w = 0; w < nwith && c->st == MT_OK; w++) {
            /* Each two of the list are two organisations. */
            draft_orgs_listed_apart(c, oi, with[w]);
            for (size_t v = 0; v < w; v++)
                draft_orgs_listed_apart(c, with[v], with[w]);
            char *copy = mt_strdup(text);
            if (!copy) {
                free(text);
                draft_oom(c);
                return;
            }
            draft_add_event(c, &dd, with[w], (mt_event_type)type, copy, r->n,
                            floating, r->recall);
        }
        /* "found a ransom note from a crew calling itself Hibari Locker",
         * 「Xを名乗るグループから脅迫文」: a note
         * that names its author is that group's claim too, of its day. */
        char *own_claim = NULL;
        if (t->demand && type == MT_EVENT_OTHER && draft_is_attacker(c, oi) &&
            draft_self_named(p, oi) && !(own_claim = mt_strdup(text))) {
            free(text);
            draft_oom(c);
            return;
        }
        event *e = draft_add_event(c, &dd, oi, (mt_event_type)type, text, r->n,
                                   floating, r->recall);
        if (e && named_in(p, oi))
            e->named = true;
        /* An arrest (the police's investigation, read from a deed of
         * type other) attributes the incident to whom it names. */
        if (type == MT_EVENT_INVESTIGATION && t->type == MT_EVENT_OTHER)
            draft_suspects_arrested(c, r, p, &dd, floating);
        if (own_claim) {
            draft_add_event(c, &dd, oi, MT_EVENT_ATTRIBUTION, own_claim, r->n,
                            floating, r->recall);
            attributed = true;
        }
        if (type == MT_EVENT_ATTRIBUTION)
            attributed = true;
        /* (A leak a group posts is the victim's leak, not the group's
         * attribution: bench/realnews/README.md.) */
        if (type == MT_EVENT_INTRUSION_START)
            attack = true;
    }
    /* 「Xは10日、LockBitによる攻撃を受けたと発表した」: the statement
     * names the group behind the attack it tells, undated as that is. */
    if (attack && !attributed)
        named_attacker(c, r, p, NULL);
    else if (told_attack && !attributed && stated.date.day)
        named_attacker(c, r, p, &stated);
}

static int32_t day_number(const mt_date *d)
{
    return mt_date_days_from_civil(d->year, d->month, d->day);
}

void draft_settle_events(ctx *c)
{
    event *ev = (event *)c->events.v;
    /* Latest first; each joins a dated entry only (not another undated
     * one: two papers that repeat a notice on following days are two
     * days' news, not a chain back to it). */
    for (;;) {
        event *f = NULL;
        for (size_t i = 0; i < c->events.n; i++) {
            event *e = &ev[i];
            if (e->floating && !e->dropped && e->date.date.day &&
                (!f || mt_date_compare(&e->date.date, &f->date.date) > 0))
                f = e;
        }
        if (!f || c->st != MT_OK)
            return;
        f->floating = false; /* settled either way */
        int32_t fd = day_number(&f->date.date);
        event *best = NULL;
        /* The statement of the same day or the day before: a report of
         * yesterday's announcement (「…と発表した」 in the next morning's
         * paper).  Further back, the source's day stands on its own: an
         * undated statement is the news of its day (issue 9). */
        int32_t best_gap = 2;
        /* A deed told without its day (the police told, systems cut off)
         * joins one of the same day only: "by" the source's day says no
         * more than that, not that it was the day before's. */
        if (draft_deed_type(f->type))
            best_gap = 1;
        for (size_t k = 0; k < c->events.n; k++) {
            event *e = &ev[k];
            if (e == f || e->dropped || e->org != f->org ||
                e->type != f->type || !e->date.date.day || e->floating)
                continue;
            int32_t gap = fd - day_number(&e->date.date);
            if (gap >= 0 &&
                (gap < best_gap ||
                 (gap == best_gap && best && best->floating && !e->floating))) {
                best = e;
                best_gap = gap;
            }
        }
        if (!best) {
            /* Known by the source's day: "by" that day in the dossier
             * (its lower end open, no day of its own to disagree on). */
            f->date.mods |= MT_DMOD_BEFORE;
            continue;
        }
        if (draft_cites_merge(&best->cites, &f->cites) != MT_OK) {
            draft_oom(c);
            return;
        }
        draft_event_absorb(best, f);
        f->dropped = true;
    }
}

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
