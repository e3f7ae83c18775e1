/*
 * Claims: relationship, impact (leaks, counted quantities), attribution
 * and response statements of each sentence.
 */
#include "draft/stage.h"

#include "core/buf.h"
#include "core/internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Merge into a claim saying the same thing, or add one; text is taken. */
void draft_add_claim(ctx *c, const claim *proto, char *text, int n)
{
    claim *cl = (claim *)c->claims.v;
    for (size_t i = 0; i < c->claims.n; i++) {
        claim *x = &cl[i];
        if (x->org != proto->org || x->category != proto->category ||
            x->hedge != proto->hedge || x->has_q != proto->has_q ||
            x->leak != proto->leak || !draft_same_str(x->detail, proto->detail))
            continue;
        if (proto->has_q
                ? (x->value != proto->value || x->at_least != proto->at_least ||
                   !(proto->counts ? draft_same_str(x->counts, proto->counts)
                                   : draft_same_str(x->unit, proto->unit)))
                : x->key != proto->key)
            continue;
        /* What keeps a claim out of the leak conflicts (a headline's,
         * an earlier state, one kind of data) holds for the merged claim
         * only when it holds for every account it merges: a body
         * sentence's confirmed leak after the headline's still counts. */
        x->fragment = x->fragment && proto->fragment;
        x->earlier = x->earlier && proto->earlier;
        x->scoped = x->scoped && proto->scoped;
        if (draft_cites_put(&x->cites, n) != MT_OK)
            draft_oom(c);
        free(text);
        return;
    }
    claim *x = draft_vec_push(&c->claims, sizeof(claim));
    if (!x) {
        free(text);
        draft_oom(c);
        return;
    }
    *x = *proto;
    x->unit = proto->unit ? mt_strdup(proto->unit) : NULL;
    x->counts = proto->counts ? mt_strdup(proto->counts) : NULL;
    x->text = text;
    x->cites = (mt_cites){NULL, NULL, 0};
    if ((proto->unit && !x->unit) || (proto->counts && !x->counts) ||
        draft_cites_put(&x->cites, n) != MT_OK)
        draft_oom(c);
}

/* What the quantity counts: the data-file word nearest the number. */
static const char *counted(const draft_counts *dc, const draft_sentence *s,
                           const draft_span *q)
{
    if (!dc)
        return NULL;
    const char *best = NULL;
    size_t bd = 0;
    /* The unit itself first ("files", "人"), then words around. */
    if (q->unit)
        for (size_t k = 0; k < dc->n; k++)
            if (draft_ascii_ieq(q->unit, strlen(q->unit), dc->word[k]))
                return dc->counts[k];
    for (size_t k = 0; k < dc->n; k++) {
        if (dc->unit_only[k])
            continue;
        size_t wl = strlen(dc->word[k]);
        for (size_t i = 0; i + wl <= s->len; i++) {
            if (!draft_ascii_ieq(s->text + i, wl, dc->word[k]))
                continue;
            /* Whole words only for ASCII words. */
            unsigned char a = i ? (unsigned char)s->text[i - 1] : ' ';
            unsigned char z =
                i + wl < s->len ? (unsigned char)s->text[i + wl] : ' ';
            bool alpha = (unsigned char)dc->word[k][0] < 0x80;
            if (alpha && (draft_ascii_alnum(a) || draft_ascii_alnum(z)))
                continue;
            size_t d = i + wl <= q->start ? q->start - (i + wl)
                       : i >= q->end      ? i - q->end
                                          : 0;
            if (d > 40)
                continue;
            if (!best || d < bd) {
                best = dc->counts[k];
                bd = d;
            }
        }
    }
    return best;
}

static void put_claim(ctx *c, claim *proto, const draft_sentence *s, size_t a,
                      size_t b, int n)
{
    char *text = draft_clause_text(s, a, b);
    if (!text) {
        draft_oom(c);
        return;
    }
    draft_add_claim(c, proto, text, n);
}

/* Whose impact or response a claim at pos tells: the subject, unless it
 * is the attacker ("Koko said the attackers got in through a VPN flaw":
 * Koko's); then the organisation named last before pos that is not one,
 * else the topic. */
static long impact_subject(ctx *c, const reader *r, const parts *p, size_t pos)
{
    long oi = draft_subject_at(c, r, p, pos);
    if (!draft_is_attacker(c, oi))
        return oi;
    const mention *m = (const mention *)p->mentions.v;
    for (size_t i = p->mentions.n; i-- > 0;)
        if (m[i].end <= pos && !m[i].informant &&
            !draft_is_attacker(c, m[i].org) && !draft_is_media(c, m[i].org))
            return m[i].org;
    return draft_is_attacker(c, r->topic) ? -1 : r->topic;
}

/* An ASCII capital letter in s->text[a, b). */
static bool capital_in(const draft_sentence *s, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (s->text[i] >= 'A' && s->text[i] <= 'Z')
            return true;
    return false;
}

/* An attacker described by a noun such as 攻撃グループ or "group"; none
 * when the noun is part of a name ("Seiko Group Corp.") or the sentence
 * names an attacker (the description is that one's: "the Russian
 * cybercrime group, the BlackCat ransomware gang"). */
static void attacker_from(ctx *c, const parts *p, const hit *h)
{
    const draft_sentence *s = p->s;
    const mention *m = (const mention *)p->mentions.v;
    for (size_t i = 0; i < p->mentions.n; i++)
        if ((m[i].pos < h->end && h->pos < m[i].end) ||
            (m[i].named && draft_is_attacker(c, m[i].org)))
            return;
    size_t cs = draft_clause_start(s, h->pos), from = cs;
    if ((unsigned char)s->text[h->pos] < 0x80) {
        /* "a China-linked group": back to the article. */
        size_t i = h->pos;
        size_t words = 0;
        while (i > from && words < 4) {
            size_t j = i;
            while (j > from && s->text[j - 1] == ' ')
                j--;
            size_t w = j;
            while (w > from && s->text[w - 1] != ' ')
                w--;
            if (j - w == 1 && (s->text[w] == 'a' || s->text[w] == 'A'))
                break;
            if ((j - w == 2 && draft_ascii_ieq(s->text + w, 2, "an")) ||
                (j - w == 3 && draft_ascii_ieq(s->text + w, 3, "the")))
                break;
            i = w;
            words++;
        }
        from = i;
    }
    while (from < h->pos && s->text[from] == ' ')
        from++;
    if (from >= h->pos)
        return;
    /* "a ransomware group", "a hacker group": words anyone would use of
     * any attacker tell nobody apart (the unnamed attacker, whom "the
     * group claimed" stands for); a capital does ("a China-linked
     * group"). */
    /* (The capital that opens a clause is the sentence's, no name's:
     * "Ransomware group claimed ...".) */
    size_t opening = cs;
    while (opening < h->pos && s->text[opening] == ' ')
        opening++;
    if ((unsigned char)s->text[h->pos] < 0x80 &&
        !capital_in(s, from == opening ? from + 1 : from, h->pos))
        return;
    char name[160];
    size_t len = h->end - from;
    if (len >= sizeof name)
        return;
    memcpy(name, s->text + from, len);
    name[len] = '\0';
    long oi = draft_org_get(c, name, NULL, 0);
    if (oi >= 0)
        draft_org_at(c, oi)->hints |= ROLE_HINT_ATTACKER;
}

/* The leak trigger that speaks of quantity q: the nearest, one after it
 * counted closer in Japanese, where the predicate follows its figure
 * (「…を確認したほか、約35万件が流出した可能性」: the second). */
static const trig *leak_of(const parts *p, const draft_span *q, bool ja)
{
    const trig *best = NULL;
    size_t bd = 0;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *t = (const trig *)p->trigs.v + i;
        if (t->type != MT_EVENT_LEAK_POSSIBLE &&
            t->type != MT_EVENT_LEAK_DENIED)
            continue;
        size_t d = t->pos >= q->end     ? t->pos - q->end
                   : t->end <= q->start ? (ja ? 2 : 1) * (q->start - t->end)
                                        : 0;
        if (!best || d < bd) {
            best = t;
            bd = d;
        }
    }
    return best;
}

/* A figure that a change word follows (「766人分が減り」) or an
 * increment word precedes (「追加で約14万件」, "an additional 140,000")
 * tells by how much a count changed, not the count. */
static bool is_change(const parts *p, const draft_span *q)
{
    for (size_t k = 0; k < p->hits.n; k++) {
        const hit *h = (const hit *)p->hits.v + k;
        if (h->kind == CUE_CHANGE && h->pos >= q->end && h->pos <= q->end + 6)
            return true; /* 「766人分が減り」 */
        /* 「追加で不正アクセスされた可能性がある14万件」: in the figure's
         * clause, before it. */
        if (h->kind == CUE_CHANGE_BEFORE && h->end <= q->start &&
            q->start - h->end <= 45 &&
            draft_clause_start(p->s, q->start) <= h->pos)
            return true;
    }
    return false;
}

/* Figure q is a whole that a part of it is counted of: a whole_after
 * cue right after it, a closing parenthesis between (「ユーザー全体(1200
 * 万人)のうち1%」), or a whole_before cue before it in its clause, a
 * possessive between ("two per cent of Kiri's 9 million users").
 * The user base is no count of those affected. */
static bool is_whole(const parts *p, const draft_span *q)
{
    for (size_t k = 0; k < p->hits.n; k++) {
        const hit *h = (const hit *)p->hits.v + k;
        if (h->kind == CUE_WHOLE_AFTER && h->pos >= q->end &&
            h->pos <= q->end + 3)
            return true;
        if (h->kind == CUE_WHOLE_BEFORE && h->end <= q->start &&
            q->start - h->end <= 16 &&
            draft_clause_start(p->s, q->start) <= h->pos)
            return true;
    }
    return false;
}

/* Leak trigger t speaks of one kind of data only: a scope cue in its
 * clause (「クレジットカード情報の漏えいは確認されていない」). */
static bool scoped(const parts *p, const trig *t, mt_hedge hedge)
{
    size_t cs = draft_clause_start(p->s, t->pos),
           ce = draft_clause_end(p->s, t->end);
    /* 「個人情報の流出もあったが、クレジットカード情報等は含まれていなかっ
     * た」: a denial a later clause makes is about what that clause names. */
    if (hedge == MT_HEDGE_DENIED || hedge == MT_HEDGE_NOT_CONFIRMED)
        ce = p->s->len;
    for (size_t k = 0; k < p->hits.n; k++) {
        const hit *h = (const hit *)p->hits.v + k;
        if (h->kind == CUE_SCOPE && h->pos >= cs && h->end <= ce)
            return true;
    }
    return false;
}

/* A then cue (当時, "at the time") in the clause of leak trigger t or
 * before it in its sentence: the state of an earlier day. */
static bool told_then(const parts *p, const trig *t)
{
    size_t ce = draft_clause_end(p->s, t->end);
    for (size_t k = 0; k < p->hits.n; k++) {
        const hit *h = (const hit *)p->hits.v + k;
        if (h->kind == CUE_THEN && h->end <= ce)
            return true;
    }
    return false;
}

/* Claims of one sentence: relationship, impact, attribution, response. */
void draft_sentence_claims(ctx *c, reader *r, parts *p, bool dated)
{
    const draft_sentence *s = p->s;
    const hit *hits = (const hit *)p->hits.v;
    /* Relationship: what the organisation supplies to whom. */
    for (size_t i = 0; i < p->hits.n && c->st == MT_OK; i++) {
        if (hits[i].kind != CUE_RELATIONSHIP)
            continue;
        long oi = draft_subject_at(c, r, p, hits[i].pos);
        if (oi < 0 || draft_is_authority(c, oi))
            break;
        claim proto;
        memset(&proto, 0, sizeof proto);
        proto.org = oi;
        proto.category = MT_CLAIM_RELATIONSHIP;
        proto.key = MT_EVENT_OTHER;
        put_claim(c, &proto, s, hits[i].pos, hits[i].end, r->n);
        break;
    }
    /* Details (malware), one claim per organisation referred to. */
    for (size_t i = 0; i < p->hits.n && c->st == MT_OK; i++) {
        if (hits[i].kind != CUE_DETAIL)
            continue;
        long orgs[2] = {impact_subject(c, r, p, hits[i].pos), -1};
        const mention *m = (const mention *)p->mentions.v;
        for (size_t k = 0; k + 1 < p->mentions.n; k++)
            if (!m[k].named && !m[k + 1].named && m[k].pos == m[k + 1].pos &&
                m[k].end <= hits[i].pos) {
                orgs[0] = m[k].org;
                orgs[1] = m[k + 1].org;
            }
        for (int k = 0; k < 2; k++) {
            if (orgs[k] < 0 || draft_is_authority(c, orgs[k]))
                continue;
            claim proto;
            memset(&proto, 0, sizeof proto);
            proto.org = orgs[k];
            proto.category = MT_CLAIM_IMPACT;
            proto.hedge = draft_hedge_near(s, hits[i].pos, r->ja);
            proto.key = MT_EVENT_OTHER;
            proto.detail = hits[i].value;
            put_claim(c, &proto, s, hits[i].pos, hits[i].end, r->n);
        }
        break;
    }
    /* Impact: a leak statement, with the counted quantity if any. */
    const trig *leak = NULL, *attr = NULL, *resp = NULL;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *t = (const trig *)p->trigs.v + i;
        /* Japanese ends a sentence with its main predicate: its last
         * leak trigger is what the sentence says of the leak
         * (「漏えいの有無を調べ、…カード情報の漏えいは確認されていない」);
         * English puts it first. */
        if ((!leak || r->ja) && (t->type == MT_EVENT_LEAK_POSSIBLE ||
                                 t->type == MT_EVENT_LEAK_DENIED))
            leak = t;
        if (!attr && t->type == MT_EVENT_ATTRIBUTION)
            attr = t;
        if (!resp && !dated &&
            (t->type == MT_EVENT_CONTAINMENT ||
             t->type == MT_EVENT_REMEDIATION ||
             t->type == MT_EVENT_NOTIFICATION))
            resp = t;
    }
    /* 「13万人以上の従業員を擁する」, "has 55,000 employees and 50
     * production facilities": the company's profile, no impact figure,
     * unless the sentence tells a leak. */
    bool profile = false;
    for (size_t k = 0; k < p->hits.n && !leak && !profile; k++)
        profile = hits[k].kind == CUE_PROFILE;
    const draft_span *q = NULL;
    const char *counts = NULL, *q_base = NULL;
    int64_t q_scale = 0; /* q's scale to q_base (draft_counts_scale) */
    for (size_t i = 0; i < s->nspans && !profile; i++) {
        const draft_span *x = &s->spans[i];
        if (x->kind != DRAFT_QUANTITY || !x->unit || !*x->unit ||
            strpbrk(x->unit, ":{}|\n"))
            continue;
        const char *base;
        double v = x->number;
        int64_t f = draft_counts_scale(c->in->counts, x->unit, &base);
        if (f)
            v *= (double)f;
        if (!(v >= 1 && v <= 1e15))
            continue;
        const char *w = counted(c->in->counts, s, x);
        if ((w && strcmp(w, "-") == 0) || is_change(p, x) || is_whole(p, x))
            continue;
        if (w) {
            q = x;
            counts = w;
            q_scale = f;
            q_base = base;
            break;
        }
    }
    if (q && leak)
        leak = leak_of(p, q, r->ja);
    /* 「流出していないかどうか調査している」: a question, no account. */
    if (leak && draft_open_question(p, leak->pos, leak->end))
        leak = NULL;
    if (leak || q) {
        size_t at = leak ? leak->pos : q->start;
        long oi = draft_authority_confirms(c, p);
        if (oi < 0)
            oi = impact_subject(c, r, p, at);
        if (oi >= 0) {
            claim proto;
            memset(&proto, 0, sizeof proto);
            proto.org = oi;
            proto.category =
                draft_is_authority(c, oi) ? MT_CLAIM_RESPONSE : MT_CLAIM_IMPACT;
            proto.hedge = q ? draft_hedge_in_clause(s, at, r->ja)
                            : draft_hedge_near(s, at, r->ja);
            /* "up to 350,000" bounds what may have leaked: no count of
             * what did. */
            if (q && proto.hedge == MT_HEDGE_CONFIRMED && q->mod &&
                strstr(q->mod, "at_most"))
                proto.hedge = MT_HEDGE_POSSIBLE;
            /* 「情報漏洩の可能性などを…検証している」「流出の可能性 顧客
             * 165万人分」: 可能性 right after the leak hedges it where no
             * phrase of data/hedges.tsv (可能性がある) does. */
            if (leak && r->ja && proto.hedge == MT_HEDGE_CONFIRMED &&
                draft_hit_in(p, CUE_LEAK_HEDGE, leak->end, leak->end + 12))
                proto.hedge = MT_HEDGE_POSSIBLE;
            proto.leak = leak != NULL && !draft_is_authority(c, oi);
            proto.scoped = proto.leak && scoped(p, leak, proto.hedge);
            proto.earlier = proto.leak && told_then(p, leak);
            proto.fragment = !draft_full_sentence(s);
            proto.key = MT_EVENT_LEAK_POSSIBLE;
            if (q && !draft_is_authority(c, oi)) {
                proto.has_q = 1;
                proto.value = (int64_t)q->number;
                proto.approx = q->mod && strstr(q->mod, "approx") != NULL;
                proto.unit = (char *)q->unit;
                proto.at_least = q->mod && (strstr(q->mod, "at_least") ||
                                            strstr(q->mod, "more_than"));
                /* 2.62 GB as ~2620 MB: rounded (2.62 * 1000 is a hair
                 * under 2620 in binary), and approximate, as exact as
                 * its written digits only (2.6 GB holds 2.62 GB; the
                 * dossier's figures compare it so too). */
                if (q_scale) {
                    proto.value = llround(q->number * (double)q_scale);
                    proto.unit = (char *)q_base;
                    proto.approx = 1;
                    proto.scaled = true;
                }
                proto.counts = (char *)counts;
            }
            size_t a = at, b = at;
            if (q && q->start < a)
                a = q->start;
            if (leak && leak->end > b)
                b = leak->end;
            if (q && q->end > b)
                b = q->end;
            put_claim(c, &proto, s, a, b, r->n);
        }
    }
    /* Attribution: the victim's claim; the suspect becomes an attacker. */
    if (attr && c->st == MT_OK) {
        for (size_t i = 0; i < p->hits.n; i++)
            if (hits[i].kind == CUE_ACTOR) {
                attacker_from(c, p, &hits[i]);
                break;
            }
        long oi = draft_subject_at(c, r, p, attr->pos);
        if (oi >= 0 && !(draft_org_at(c, oi)->hints & ROLE_HINT_ATTACKER) &&
            !draft_is_authority(c, oi)) {
            claim proto;
            memset(&proto, 0, sizeof proto);
            proto.org = oi;
            proto.category = MT_CLAIM_ATTRIBUTION;
            proto.hedge = draft_hedge_near(s, attr->pos, r->ja);
            proto.key = MT_EVENT_ATTRIBUTION;
            put_claim(c, &proto, s, attr->pos, attr->end, r->n);
        }
    }
    /* Response: containment, remediation, notification without a date. */
    if (resp && c->st == MT_OK) {
        long oi = impact_subject(c, r, p, resp->pos);
        if (oi >= 0 && !draft_is_authority(c, oi)) {
            claim proto;
            memset(&proto, 0, sizeof proto);
            proto.org = oi;
            proto.category = MT_CLAIM_RESPONSE;
            proto.key = (mt_event_type)resp->type;
            put_claim(c, &proto, s, resp->pos, resp->end, r->n);
        }
    }
}
