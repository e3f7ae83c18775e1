/*
 * Regional units: a group's company in one region, named or described.
 * English news names it after its group and the region ("Panasonic
 * Canada", "American Honda": names.c reads those); Japanese news as
 * often describes it by the region and a unit noun (「パナソニックHDは、
 * カナダの子会社がサイバー攻撃を受けたと発表した」, 「同社の米国子会社」).
 * Either is an organisation of its own, the victim of what its clause
 * tells, not a part of its group (a department, a server: asset cues).
 *
 * Model: an organisation may be the unit of another (org.unit_of) in a
 * region (org.region, the key data/draft_cues.tsv gives region_after,
 * region_before and region_ja words: "USA", "America" and 米国 are one
 * region).  A group has one unit per region: the English name and the
 * Japanese description of the same unit become one organisation, so that
 * the sources in both languages speak of one party.  The group of a
 * Japanese description is the organisation named with の right before
 * the region (「パナソニックのカナダ子会社」), else the passage's topic;
 * with neither the description names nobody.  A name right after the
 * description or after の (「カナダの子会社のツグミ物流」) is the unit it
 * describes, named; a name the tables know over the span keeps it.
 */
#include "draft/stage.h"

#include "core/internal.h"

#include <string.h>

/* The longest unit description read, in bytes (region, の or にある,
 * unit noun). */
#define UNIT_SPAN_MAX 60

static long resolved(ctx *c, long oi)
{
    while (oi >= 0 && draft_org_at(c, oi)->merged_into >= 0)
        oi = draft_org_at(c, oi)->merged_into;
    return oi;
}

const char *draft_region_after(const ctx *c, const char *w, size_t n)
{
    const draft_cues *cu = c->in->cues;
    for (size_t i = 0; cu && i < cu->n; i++)
        if (cu->kind[i] == CUE_REGION_AFTER && cu->len[i] == n &&
            memcmp(cu->word[i], w, n) == 0)
            return cu->value[i];
    return NULL;
}

long draft_unit_find(ctx *c, long group, const char *region)
{
    group = resolved(c, group);
    if (group < 0 || !region)
        return -1;
    for (size_t i = 0; i < c->orgs.n; i++) {
        const org *o = draft_org_at(c, (long)i);
        if (o->merged_into < 0 && o->region && strcmp(o->region, region) == 0 &&
            resolved(c, o->unit_of) == group)
            return (long)i;
    }
    return -1;
}

void draft_unit_mark(ctx *c, long unit, long group, const char *region)
{
    group = resolved(c, group);
    if (unit < 0 || group < 0 || unit == group || !region)
        return;
    org *o = draft_org_at(c, unit);
    if (o->unit_of >= 0)
        return; /* the first reading stands */
    o->unit_of = group;
    o->region = region;
    c->names++; /* the openers of names change (names.c) */
}

/* The region_ja hit that ends where unit noun h starts, or one の or
 * にある before it; NULL when none.  The longest one (インドネシア over
 * the インド inside it) when two end there. */
static const hit *region_before(const parts *p, const hit *h)
{
    static const char *const links[] = {"", "\xe3\x81\xae", /* の */
                                        "\xe3\x81\xab\xe3\x81\x82\xe3\x82\x8b"};
    /* にある */
    const draft_sentence *s = p->s;
    const hit *best = NULL;
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *g = (const hit *)p->hits.v + i;
        if (g->kind != CUE_REGION_JA || g->end > h->pos)
            continue;
        for (size_t k = 0; k < MT_ARRAY_LEN(links); k++) {
            size_t l = strlen(links[k]);
            if (g->end + l == h->pos &&
                memcmp(s->text + g->end, links[k], l) == 0 &&
                (!best || g->pos < best->pos))
                best = g;
        }
    }
    /* A katakana region inside a longer katakana word (the タイ of
     * リアルタイム) is no region. */
    if (best && best->pos >= 3 &&
        draft_katakana(draft_cp3(s->text, s->len, best->pos - 3)) &&
        draft_katakana(draft_cp3(s->text, s->len, best->pos)))
        return NULL;
    return best;
}

/* The group of a description starting at byte a: the organisation of the
 * mention that ends with の right before it; else the topic (は) named
 * before it in its sentence (「XHDは7日、カナダの子会社が…と発表した」);
 * else the passage's topic. */
static long group_of(const reader *r, const parts *p, size_t a)
{
    long topical = -1;
    for (size_t i = 0; i < p->mentions.n; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        if (m->org >= 0 && m->end + 3 == a &&
            memcmp(p->s->text + m->end, "\xe3\x81\xae", 3) == 0) /* の */
            return m->org;
        if (m->org >= 0 && m->topical && m->end <= a && !m->informant)
            topical = m->org;
    }
    return topical >= 0 ? topical : r->topic;
}

/* A mention lies over bytes [a, b): -2; a named one opens right after b
 * or after の there (「カナダの子会社のツグミ物流」, the name the
 * description stands in apposition to): its organisation; else -1. */
static long named_there(const parts *p, size_t a, size_t b)
{
    for (size_t i = 0; i < p->mentions.n; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        if (m->pos < b && a < m->end)
            return -2;
        if (m->named && m->org >= 0 &&
            (m->pos == b || (m->pos == b + 3 &&
                             memcmp(p->s->text + b, "\xe3\x81\xae", 3) == 0)))
            return m->org;
    }
    return -1;
}

void draft_region_units(ctx *c, const reader *r, parts *p)
{
    if (!r->ja)
        return;
    const draft_sentence *s = p->s;
    for (size_t i = 0; i < p->hits.n && c->st == MT_OK; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind != CUE_UNIT_NOUN)
            continue;
        const hit *g = region_before(p, h);
        long there = g ? named_there(p, g->pos, h->end) : -2;
        if (!g || h->end - g->pos > UNIT_SPAN_MAX || there == -2)
            continue;
        long group = resolved(c, group_of(r, p, g->pos));
        if (group < 0 || draft_oversees(c, group) || draft_is_media(c, group) ||
            draft_is_attacker(c, group))
            continue;
        if (there >= 0) {
            /* The named unit: what the description tells later is its. */
            draft_unit_mark(c, there, group, g->value);
            continue;
        }
        long unit = draft_unit_find(c, group, g->value);
        /* (A group's named units in one region may be several; a
         * description joins the one first found.) */
        if (unit < 0) {
            char name[UNIT_SPAN_MAX + 1];
            size_t n = h->end - g->pos;
            memcpy(name, s->text + g->pos, n);
            name[n] = '\0';
            unit = draft_org_get(c, name, NULL, 0);
            if (unit < 0)
                continue;
            draft_unit_mark(c, unit, group, g->value);
            org *nu = draft_org_at(c, unit);
            nu->described = nu->unit_of == group;
        } else {
            draft_org_add_alias(c, unit, s->text + g->pos, h->end - g->pos);
        }
        org *u = draft_org_at(c, unit);
        if (u->kind == ORG_UNKNOWN)
            u->kind = ORG_COMPANY;
        /* (Described, not named: no passage topic, as an anaphor is
         * none; 同社 after it is still the company named.) */
        draft_add_mention(c, p, g->pos, h->end, unit, false);
        /* (The group and its unit are two parties, never joined.) */
        draft_orgs_listed_apart(c, group, unit);
    }
}
