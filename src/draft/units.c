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
 * region).  The group of a Japanese description is the organisation
 * named with の right before the region (「パナソニックのカナダ子会社」),
 * else the topic (は) named before it in its sentence (「XHDは7日、カナダ
 * の子会社が…」), else the passage's topic; with none the description
 * names nobody.  A description is a unit of its own while the sources
 * are read, called by its group and the description (the same words of
 * another group's unit are another unit); at the end it becomes its
 * group's one named unit in that region, the English name ("Panasonic
 * Canada") standing, else its group again (draft_orgs_fold_units): a
 * party no source names is not told apart from the group that speaks for
 * it.  A name right after the description or after の that ends its noun
 * phrase (「カナダの子会社のツグミ物流が」) is the unit it describes, named;
 * a name the tables know over the span keeps it.
 */
#include "draft/stage.h"

#include "core/internal.h"

#include <string.h>

/* The longest unit description read, in bytes (region, の or にある, a
 * business word, unit noun: ニュージーランドにある六字の語グループ会社
 * is 69). */
#define UNIT_SPAN_MAX 80
/* The longest name a described unit is given (its group's, の, the
 * description). */
#define UNIT_NAME_MAX 256

long draft_org_resolved(ctx *c, long oi)
{
    while (oi >= 0 && draft_org_at(c, oi)->merged_into >= 0)
        oi = draft_org_at(c, oi)->merged_into;
    return oi;
}

long draft_unit_in(ctx *c, long group, const char *region, bool named_one)
{
    group = draft_org_resolved(c, group);
    if (group < 0 || !region)
        return -1;
    long found = -1;
    for (size_t i = 0; i < c->orgs.n; i++) {
        const org *o = draft_org_at(c, (long)i);
        if (o->merged_into >= 0 || !o->region ||
            strcmp(o->region, region) != 0 ||
            draft_org_resolved(c, o->unit_of) != group ||
            (named_one && o->described))
            continue;
        if (!named_one)
            return (long)i;
        if (found >= 0)
            return -1;
        found = (long)i;
    }
    return found;
}

void draft_unit_mark(ctx *c, long unit, long group, const char *region)
{
    group = draft_org_resolved(c, group);
    if (unit < 0 || group < 0 || unit == group || !region)
        return;
    org *o = draft_org_at(c, unit);
    if (o->unit_of >= 0)
        return; /* the first reading stands */
    o->unit_of = group;
    o->region = region;
    c->names++; /* the openers of names change (names.c) */
}

/* The longest business word between a region and its unit noun
 * (米[電子部品]子会社, 欧州の[販売]子会社), in characters. */
#define BUSINESS_WORD_MAX 6

/* Bytes [a, b) of the sentence are empty or a business word: kanji only,
 * BUSINESS_WORD_MAX at most. */
static bool business_word(const draft_sentence *s, size_t a, size_t b)
{
    if (b - a > 3 * BUSINESS_WORD_MAX || (b - a) % 3 != 0)
        return false;
    for (size_t i = a; i < b; i += 3)
        if (!draft_kanji(draft_cp3(s->text, s->len, i)))
            return false;
    return true;
}

/* The region_ja hit that ends where unit noun h starts, or one の or
 * にある before it, with a business word at most between; NULL when none.
 * A one-kanji region (米) only right before the noun and after no kanji
 * (南米, 欧米, 日米 are other words).  The nearest one, and of those
 * ending at one place the longest (インドネシア over the インド inside
 * it). */
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
        bool one = g->end - g->pos <= 3;
        if (one && (g->end != h->pos ||
                    (g->pos >= 3 &&
                     draft_kanji(draft_cp3(s->text, s->len, g->pos - 3)))))
            continue;
        for (size_t k = 0; k < MT_ARRAY_LEN(links); k++) {
            size_t l = strlen(links[k]);
            if (g->end + l <= h->pos &&
                memcmp(s->text + g->end, links[k], l) == 0 &&
                business_word(s, g->end + l, h->pos) &&
                (!best || g->end > best->end ||
                 (g->end == best->end && g->pos < best->pos)))
                best = g;
        }
    }
    /* A katakana region inside a longer katakana word (the タイ of
     * リアルタイム) is no region. */
    if (best && best->pos >= 3 &&
        draft_cp3(s->text, s->len, best->pos - 3) != 0x30FBu && /* ・ */
        draft_katakana(draft_cp3(s->text, s->len, best->pos - 3)) &&
        draft_katakana(draft_cp3(s->text, s->len, best->pos)))
        return NULL;
    return best;
}

/* The group of a description starting at byte a: the organisation of the
 * mention that ends with の right before it; else the topic (は) named
 * before it in its sentence (「XHDは7日、カナダの子会社が…と発表した」);
 * else the passage's topic, or its group when the topic is a unit (「X
 * のカナダの子会社は…。Xのタイの子会社が…」: X's two units, not one of
 * the other). */
static long group_of(ctx *c, const reader *r, const parts *p, size_t a)
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
    if (topical >= 0)
        return topical;
    long t = draft_org_resolved(c, r->topic);
    return t >= 0 && draft_org_at(c, t)->unit_of >= 0
               ? draft_org_at(c, t)->unit_of
               : t;
}

/* A mention lies over bytes [a, b): -2; a named one opens right after b
 * or after の there and ends its noun phrase, marked as a subject or
 * followed by 、 (「カナダの子会社のツグミ物流が」, the name the description
 * stands in apposition to; not 「米国子会社のマイクロソフト製サーバー」):
 * its organisation, when a company's; else -1. */
static long named_there(ctx *c, const parts *p, size_t a, size_t b)
{
    const draft_sentence *s = p->s;
    for (size_t i = 0; i < p->mentions.n; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        if (m->pos < b && a < m->end)
            return -2;
        if (m->named && m->org >= 0 &&
            (m->pos == b || (m->pos == b + 3 &&
                             memcmp(s->text + b, "\xe3\x81\xae", 3) == 0)) &&
            (m->subject ||
             draft_at(s->text, s->len, m->end, "\xe3\x80\x81")) && /* 、 */
            !draft_oversees(c, m->org) &&
            !draft_is_media(c, m->org) && !draft_is_attacker(c, m->org) &&
            !draft_is_kind(c, m->org, ORG_VENDOR))
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
        long there = g ? named_there(c, p, g->pos, h->end) : -2;
        if (!g || h->end - g->pos > UNIT_SPAN_MAX || there == -2)
            continue;
        long group = draft_org_resolved(c, group_of(c, r, p, g->pos));
        if (group < 0 || draft_oversees(c, group) || draft_is_media(c, group) ||
            draft_is_attacker(c, group))
            continue;
        if (there >= 0) {
            /* The named unit: what the description tells later is its. */
            draft_unit_mark(c, there, group, g->value);
            continue;
        }
        long unit = draft_unit_in(c, group, g->value, false);
        /* (A group's named units in one region may be several; a
         * description joins the one first found.)  A new one is called
         * by its group and the description (「ツグミ工業のカナダの子会社」):
         * the same words of another group's unit are another unit. */
        if (unit < 0) {
            const char *gn = draft_org_at(c, group)->name;
            size_t gl = strlen(gn), n = h->end - g->pos;
            char name[UNIT_NAME_MAX];
            if (gl + 3 + n >= sizeof name)
                continue;
            memcpy(name, gn, gl);
            memcpy(name + gl, "\xe3\x81\xae", 3); /* の */
            memcpy(name + gl + 3, s->text + g->pos, n);
            name[gl + 3 + n] = '\0';
            unit = draft_org_get(c, name, NULL, 0);
            if (unit < 0)
                continue;
            draft_unit_mark(c, unit, group, g->value);
            org *nu = draft_org_at(c, unit);
            nu->described = true; /* its name is its group's and these words */
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

/* The sentences of an English source that may name the unit it is about:
 * a headline, and the lede after a dateline line. */
#define LEDE_SENTENCES 2

/* Mention m is its organisation's bare name: no word of it or right after
 * it says what kind of body it is ("Canon", not "Canon Inc." or "Yamaha
 * Corporation", the group named as such). */
static bool bare_name(const ctx *c, const parts *p, const mention *m)
{
    const draft_sentence *s = p->s;
    size_t after = m->end;
    while (after < s->len && (s->text[after] == ',' || s->text[after] == ' '))
        after++;
    if (after > m->end && draft_hit_starting(p, after, CUE_FORM_AFTER))
        return false;
    for (size_t a = m->pos; a < m->end;) {
        size_t e = a;
        while (e < m->end && s->text[e] != ' ')
            e++;
        draft_org_kind kind;
        if (draft_kind_word(c->in->orgtab, s->text + a, e - a, &kind))
            return false;
        a = e + 1;
    }
    return true;
}

/* The sentence tells how an organisation and another are related (a
 * link cue: "a subsidiary of Nintendo", "its parent"): it names the
 * group as such. */
static bool tells_link(const parts *p)
{
    return draft_hit_in(p, CUE_LINK, 0, SIZE_MAX);
}

/*
 * An English source that opens with a regional unit ("Canon USA Attacked
 * by Ransomware", "Panasonic Canada has announced ...") goes on to call
 * it by its group's bare name ("Canon's email, Microsoft Teams, USA
 * website ... have all been affected"), as news shortens any name it
 * has given in full.  So after the sentence that named the unit, a named
 * mention of the group that is its bare name is the unit; the group
 * named as such ("Yamaha Corporation", "Canon Inc.") stays the group.
 * The unit opens the source: it is the first organisation mentioned in
 * the first LEDE_SENTENCES sentences read (a page's furniture and
 * masthead are not read);
 * a source whose first name is another's opens with that one.  A source
 * that tells how the unit and its group are related ("Nintendo Canada, a
 * subsidiary of Nintendo, said") keeps the two apart from there on.
 * Japanese sentences name the parent that speaks for the unit by the
 * same short name (「キヤノンは…発表した」): not there.
 */
void draft_lede_unit(ctx *c, reader *r, parts *p)
{
    if (draft_names_only(p))
        return; /* a masthead: not read (assemble.c) */
    size_t at = r->nread++;
    if (r->ja)
        return;
    mention *mv = p->mentions.v;
    if (!r->lede_done) {
        for (size_t i = 0; i < p->mentions.n; i++) {
            long oi = draft_org_resolved(c, mv[i].org);
            const org *o = oi >= 0 ? draft_org_at(c, oi) : NULL;
            if (!o)
                continue;
            r->lede_done = true;
            if (o->unit_of >= 0 && !tells_link(p))
                r->lede_unit = oi;
            break;
        }
        if (at + 1 >= LEDE_SENTENCES)
            r->lede_done = true;
        return;
    }
    if (r->lede_unit < 0)
        return;
    long g = draft_org_resolved(c, draft_org_at(c, r->lede_unit)->unit_of);
    bool group_named = false;
    for (size_t i = 0; g >= 0 && i < p->mentions.n; i++)
        group_named = group_named ||
                      (mv[i].named && draft_org_resolved(c, mv[i].org) == g);
    if (group_named && tells_link(p)) {
        r->lede_unit = -1;
        return;
    }
    for (size_t i = 0; g >= 0 && i < p->mentions.n; i++)
        if (mv[i].named && draft_org_resolved(c, mv[i].org) == g &&
            bare_name(c, p, &mv[i]))
            mv[i].org = r->lede_unit;
}
