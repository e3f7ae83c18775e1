/*
 * Reading one sentence: cue words, organisations named or referred to,
 * event triggers, clauses and hedges.
 */
#include "draft/stage.h"

#include "core/buf.h"
#include "core/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Every cue word of the sentence (whole words for ASCII cues). */
static void find_hits(ctx *c, parts *p)
{
    const draft_cues *cu = c->in->cues;
    const draft_sentence *s = p->s;
    for (size_t k = 0; cu && k < cu->n && c->st == MT_OK; k++) {
        const char *w = cu->word[k];
        size_t wl = strlen(w);
        bool alpha = (unsigned char)w[0] < 0x80;
        bool start_only = strcmp(cu->kind[k], "anaphor_start") == 0;
        for (size_t i = 0; i + wl <= s->len; i++) {
            if (start_only ? memcmp(s->text + i, w, wl) != 0
                           : !draft_ascii_ieq(s->text + i, wl, w))
                continue;
            if (alpha &&
                ((i && draft_ascii_alnum((unsigned char)s->text[i - 1])) ||
                 (i + wl < s->len &&
                  draft_ascii_alnum((unsigned char)s->text[i + wl]))))
                continue;
            if (start_only) {
                size_t j = 0;
                while (j < i && (s->text[j] == ' ' || s->text[j] == '\n'))
                    j++;
                if (j != i)
                    continue;
            }
            hit *h = draft_vec_push(&p->hits, sizeof(hit));
            if (!h) {
                draft_oom(c);
                return;
            }
            *h = (hit){i, i + wl, cu->kind[k], cu->value[k]};
            i += wl - 1;
        }
    }
}

static bool particle_at(const parts *p, size_t at, const char *kind)
{
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->pos == at && strcmp(h->kind, kind) == 0)
            return true;
    }
    return false;
}

static void add_mention(ctx *c, parts *p, size_t pos, size_t end, long oi,
                        bool named)
{
    if (oi < 0)
        return;
    mention *m = draft_vec_push(&p->mentions, sizeof(mention));
    if (!m) {
        draft_oom(c);
        return;
    }
    *m = (mention){pos,
                   end,
                   oi,
                   named,
                   particle_at(p, end, "subject"),
                   particle_at(p, end, "object")};
    /* Keep them ordered by position (insertion sort: few per sentence). */
    mention *v = (mention *)p->mentions.v;
    for (size_t i = p->mentions.n - 1; i > 0 && v[i - 1].pos > v[i].pos; i--) {
        mention t = v[i];
        v[i] = v[i - 1];
        v[i - 1] = t;
    }
}

static void add_trig(ctx *c, parts *p, size_t pos, size_t end, int type)
{
    trig *t = draft_vec_push(&p->trigs, sizeof(trig));
    if (!t) {
        draft_oom(c);
        return;
    }
    *t = (trig){pos, end, type};
}

void draft_note_recent(reader *r, long oi)
{
    if (r->recent[0] == oi)
        return;
    r->recent[1] = r->recent[0];
    r->recent[0] = oi;
}

/* Mentions of name w (organisation o) in the sentence where no span
 * covers it; Latin names only as whole words. */
static void mention_name(ctx *c, parts *p, const char *w, long o)
{
    const draft_sentence *s = p->s;
    size_t wl = strlen(w);
    if (wl < 2)
        return;
    for (size_t i = 0; i + wl <= s->len && c->st == MT_OK; i++) {
        if (memcmp(s->text + i, w, wl) != 0)
            continue;
        if ((unsigned char)w[0] < 0x80 &&
            ((i && draft_ascii_alnum((unsigned char)s->text[i - 1])) ||
             (i + wl < s->len &&
              draft_ascii_alnum((unsigned char)s->text[i + wl]))))
            continue;
        bool covered = false;
        for (size_t j = 0; j < p->mentions.n; j++) {
            const mention *m = (const mention *)p->mentions.v + j;
            covered = covered || (m->pos <= i && i < m->end) ||
                      (i <= m->pos && m->pos < i + wl);
        }
        if (!covered)
            add_mention(c, p, i, i + wl, o, true);
        i += wl - 1;
    }
}

/* Organisations named and referred to; triggers. */
void draft_read_parts(ctx *c, reader *r, parts *p)
{
    const draft_sentence *s = p->s;
    find_hits(c, p);
    for (size_t i = 0; i < s->nspans && c->st == MT_OK; i++) {
        const draft_span *x = &s->spans[i];
        if (x->kind == DRAFT_ORG && x->value && x->end <= s->len) {
            long oi = draft_org_get(c, x->value, s->text + x->start,
                                    x->end - x->start);
            add_mention(c, p, x->start, x->end, oi, true);
        } else if (x->kind == DRAFT_EVENT && x->type) {
            mt_event_type t;
            if (mt_event_type_parse(&t, x->type) != MT_OK)
                continue;
            /* "漏えい等の報告" names a report of a leak, not a leak. */
            size_t end = x->end;
            for (size_t k = 0; k < p->hits.n; k++) {
                const hit *h = (const hit *)p->hits.v + k;
                mt_event_type rt;
                if (h->pos == x->end && strcmp(h->kind, "report_of") == 0 &&
                    mt_event_type_parse(&rt, h->value) == MT_OK) {
                    t = rt;
                    end = h->end;
                }
            }
            add_trig(c, p, x->start, end, (int)t);
        }
    }
    /* Names the extractor does not know but the draft does (a victim's
     * own name from its statement): every name and alias of the
     * organisations seen so far, where no span covers it. */
    for (size_t o = 0; o < c->orgs.n && c->st == MT_OK; o++) {
        org *og = draft_org_at(c, (long)o);
        for (size_t k = 0; k <= og->aliases.n; k++)
            mention_name(c, p, k ? ((char **)og->aliases.v)[k - 1] : og->name,
                         (long)o);
    }
    /* The publishers of official and authority statements read later
     * (the authority's statement comes first and names the victim). */
    for (size_t i = 0; i < c->in->nsources && c->st == MT_OK; i++) {
        const draft_source *ds = &c->in->sources[i];
        if (!ds->publisher ||
            (ds->kind != MT_KIND_OFFICIAL && ds->kind != MT_KIND_AUTHORITY) ||
            draft_org_find(c, ds->publisher, strlen(ds->publisher)) >= 0 ||
            strlen(ds->publisher) < 2 ||
            !draft_has_sub(s->text, s->len, ds->publisher))
            continue;
        long oi = draft_org_get(c, ds->publisher, NULL, 0);
        if (oi >= 0)
            mention_name(c, p, ds->publisher, oi);
    }
    for (size_t i = 0; i < p->hits.n && c->st == MT_OK; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (strcmp(h->kind, "anaphor") == 0 ||
            strcmp(h->kind, "anaphor_start") == 0) {
            long oi = -1;
            if (strcmp(h->value, "self") == 0)
                oi = r->src->kind == MT_KIND_OFFICIAL ? r->pub : r->topic;
            else if (strcmp(h->value, "topic") == 0)
                oi = r->topic;
            else if (strcmp(h->value, "authority") == 0)
                oi = r->authority;
            else if (strcmp(h->value, "both") == 0) {
                add_mention(c, p, h->pos, h->end, r->recent[1], false);
                oi = r->recent[0];
            }
            add_mention(c, p, h->pos, h->end, oi, false);
        } else if (strcmp(h->kind, "actor_name") == 0 &&
                   (unsigned char)s->text[h->pos] < 0x80) {
            /* "a gang calling itself Karasu": the next word names it. */
            size_t a = h->end;
            while (a < s->len && s->text[a] == ' ')
                a++;
            size_t z = a;
            while (z < s->len && draft_ascii_alnum((unsigned char)s->text[z]))
                z++;
            if (z > a && z - a < 64 && s->text[a] >= 'A' && s->text[a] <= 'Z') {
                char name[64];
                memcpy(name, s->text + a, z - a);
                name[z - a] = '\0';
                long oi = draft_org_get(c, name, NULL, 0);
                if (oi >= 0) {
                    draft_org_at(c, oi)->hints |= ROLE_HINT_ATTACKER;
                    add_mention(c, p, a, z, oi, true);
                }
            }
        } else if (strcmp(h->kind, "event") == 0) {
            mt_event_type t;
            if (strcmp(h->value, "traces") == 0)
                add_trig(c, p, h->pos, h->end, TRIG_TRACES);
            else if (strcmp(h->value, "confirm") == 0)
                add_trig(c, p, h->pos, h->end, TRIG_CONFIRM);
            else if (mt_event_type_parse(&t, h->value) == MT_OK)
                add_trig(c, p, h->pos, h->end, (int)t);
        }
    }
}

/*
 * Who a statement at byte pos is about: the nearest organisation before
 * it marked as a Japanese subject (は, が), else the nearest one before
 * that is not an authority, else the passage's topic, else an authority
 * before it, else (Japanese) a marked subject after it or (English) the
 * nearest organisation after it.  -1 when nobody.
 */
long draft_subject_at(ctx *c, const reader *r, const parts *p, size_t pos)
{
    const mention *m = (const mention *)p->mentions.v;
    size_t n = p->mentions.n;
    /* English: a name that opens the sentence is its subject. */
    if (!r->ja && n && m[0].pos < 5 && m[0].end <= pos)
        return m[0].org;
    if (r->ja)
        for (size_t i = n; i-- > 0;)
            if (m[i].end <= pos && m[i].subject)
                return m[i].org;
    for (size_t i = n; i-- > 0;)
        if (m[i].end <= pos && !draft_is_authority(c, m[i].org) &&
            !(r->ja && m[i].object))
            return m[i].org;
    if (r->topic >= 0)
        return r->topic;
    for (size_t i = n; i-- > 0;)
        if (m[i].end <= pos)
            return m[i].org;
    for (size_t i = 0; i < n; i++)
        if (m[i].pos >= pos && (!r->ja || m[i].subject))
            return m[i].org;
    return -1;
}

/* The hedge that governs a statement at pos: Japanese puts it after the
 * trigger, English on either side. */
mt_hedge draft_hedge_near(const draft_sentence *s, size_t pos, bool ja)
{
    const draft_span *best = NULL;
    size_t bd = 0;
    for (size_t i = 0; i < s->nspans; i++) {
        const draft_span *x = &s->spans[i];
        mt_hedge h;
        if (x->kind != DRAFT_HEDGE || !x->value ||
            mt_hedge_parse(&h, x->value) != MT_OK)
            continue;
        size_t d = x->start >= pos ? x->start - pos
                                   : (ja ? 4 * (pos - x->start) : pos - x->end);
        if (!best || d < bd) {
            best = x;
            bd = d;
        }
    }
    mt_hedge h = MT_HEDGE_CONFIRMED;
    if (best)
        mt_hedge_parse(&h, best->value);
    return h;
}

static bool clause_mark(const char *t, size_t i, size_t n, size_t *len)
{
    static const char *marks[] = {"\xe3\x80\x81", "\xe3\x80\x82",
                                  "\xef\xbc\x8c", "\xef\xbc\x9b"};
    if (t[i] == ',' || t[i] == ';' || t[i] == '\n') {
        *len = 1;
        return true;
    }
    for (size_t k = 0; k < MT_ARRAY_LEN(marks); k++)
        if (i + 3 <= n && memcmp(t + i, marks[k], 3) == 0) {
            *len = 3;
            return true;
        }
    return false;
}

/* Start of the clause holding byte at. */
size_t draft_clause_start(const draft_sentence *s, size_t at)
{
    size_t start = 0, ml;
    for (size_t i = 0; i < at && i < s->len; i++)
        if (clause_mark(s->text, i, s->len, &ml) && i + ml <= at)
            start = i + ml;
    return start;
}

/* End of the clause holding byte at (its mark excluded). */
size_t draft_clause_end(const draft_sentence *s, size_t at)
{
    size_t ml;
    for (size_t i = at; i < s->len; i++)
        if (clause_mark(s->text, i, s->len, &ml))
            return i;
    return s->len;
}

/* The short statement for spans a..b of a sentence: the clauses that
 * hold them, and the subject's clause when it comes first. */
char *draft_clause_text(const draft_sentence *s, size_t a, size_t b)
{
    size_t from = draft_clause_start(s, a), to = draft_clause_end(s, b);
    if (to <= from)
        return draft_statement(s->text, s->len);
    return draft_statement(s->text + from, to - from);
}
