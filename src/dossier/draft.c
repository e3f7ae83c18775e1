/*
 * Draft assembly (draft_internal.h): per-sentence spans of every source
 * become organisations, a merged timeline, claims, conflicts and related
 * incidents.
 *
 * Sources are numbered authority, official, media, then blog and other,
 * each by publication date (undated last), ties by id, so the same inputs
 * always give the same numbers.  Every element cites the numbers of the
 * sources it came from; merged elements cite all of them, in number order.
 * Each source is cited at most once per element.
 *
 * The result validates without errors (draft.h promises it): every claim
 * and entry names an organisation the dossier declares and cites at least
 * one source, every date has a year, and an intrusion entry that would put
 * a detection before the organisation's earliest intrusion evidence is
 * kept as a conflict instead of a timeline line.
 */
#include "dossier/draft_internal.h"
#include "dossier/dossier_internal.h"

#include "core/buf.h"
#include "core/internal.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Longest statement text taken from a sentence, in bytes. */
#define TEXT_MAX 180

/* ---- small helpers ---- */

typedef struct vec {
    void *v;
    size_t n;
} vec;

static void *vec_push(vec *a, size_t elem)
{
    void *p = a->v;
    if (!mt_grow_pow2(&p, a->n, elem))
        return NULL;
    a->v = p;
    char *slot = (char *)p + a->n * elem;
    memset(slot, 0, elem);
    a->n++;
    return slot;
}

static bool cites_has(const mt_cites *c, int n)
{
    for (size_t i = 0; i < c->count; i++)
        if (c->n[i] == n)
            return true;
    return false;
}

/* Add n keeping the list sorted and without duplicates. */
static mt_status cites_put(mt_cites *c, int n)
{
    if (cites_has(c, n))
        return MT_OK;
    mt_status st = mt_cites_add(c, n);
    if (st != MT_OK)
        return st;
    size_t i = c->count - 1;
    while (i > 0 && c->n[i - 1] > n) {
        c->n[i] = c->n[i - 1];
        i--;
    }
    c->n[i] = n;
    return MT_OK;
}

static mt_status cites_merge(mt_cites *to, const mt_cites *from)
{
    for (size_t i = 0; i < from->count; i++) {
        mt_status st = cites_put(to, from->n[i]);
        if (st != MT_OK)
            return st;
    }
    return MT_OK;
}

static bool cites_disjoint(const mt_cites *a, const mt_cites *b)
{
    for (size_t i = 0; i < a->count; i++)
        if (cites_has(b, a->n[i]))
            return false;
    return true;
}

static void cites_free(mt_cites *c)
{
    free(c->n);
    free(c->col);
    c->n = NULL;
    c->col = NULL;
    c->count = 0;
}

static bool ascii_ieq(const char *a, size_t n, const char *b)
{
    if (strlen(b) != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = (char)(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = (char)(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

/*
 * A statement from a sentence: one line, white space runs collapsed,
 * braces made parentheses (the format reads "{...}" at the end of a claim
 * as an annotation), at most TEXT_MAX bytes cut on a character boundary,
 * and never ending in what reads as a citation.
 */
static char *statement(const char *s, size_t n)
{
    mt_buf b;
    mt_buf_init(&b, 4 * TEXT_MAX);
    bool space = false;
    size_t i = 0;
    while (i < n &&
           (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    for (; i < n && b.len < TEXT_MAX; i++) {
        char c = s[i];
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
            space = true;
            continue;
        }
        if (space && mt_buf_putc(&b, ' ') != MT_OK)
            return NULL;
        space = false;
        if (c == '{')
            c = '(';
        else if (c == '}')
            c = ')';
        if (mt_buf_putc(&b, c) != MT_OK)
            return NULL;
    }
    if (i < n) {
        /* Cut back to a character boundary and mark the cut. */
        while (b.len && ((unsigned char)b.data[b.len - 1] & 0xC0) == 0x80)
            b.len--;
        if (b.len && (unsigned char)b.data[b.len - 1] >= 0xC0)
            b.len--;
        b.data[b.len] = '\0';
        if (mt_buf_puts(&b, "\xe2\x80\xa6") != MT_OK) /* … */
            return NULL;
    }
    if (b.len && b.data[b.len - 1] == ']' && mt_buf_puts(&b, ".") != MT_OK)
        return NULL;
    return mt_buf_detach(&b, NULL);
}

/* ---- dates ---- */

unsigned draft_mods(const char *mod)
{
    static const struct {
        const char *name;
        unsigned bits;
    } names[] = {
        {"approx", MT_DMOD_APPROX}, {"before", MT_DMOD_BEFORE},
        {"after", MT_DMOD_AFTER},   {"start", MT_DMOD_START},
        {"mid", MT_DMOD_MID},       {"end", MT_DMOD_END},
    };
    unsigned bits = 0;
    if (!mod)
        return 0;
    /* "approx+start" and single names alike. */
    const char *p = mod;
    while (*p) {
        const char *e = strchr(p, '+');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        for (size_t i = 0; i < MT_ARRAY_LEN(names); i++)
            if (strlen(names[i].name) == n && memcmp(names[i].name, p, n) == 0)
                bits |= names[i].bits;
        p += n;
        if (*p == '+')
            p++;
    }
    if ((bits & MT_DMOD_BEFORE) && (bits & MT_DMOD_AFTER))
        bits &= ~(unsigned)MT_DMOD_AFTER;
    if (bits & MT_DMOD_START)
        bits &= ~(unsigned)(MT_DMOD_MID | MT_DMOD_END);
    else if (bits & MT_DMOD_MID)
        bits &= ~(unsigned)MT_DMOD_END;
    return bits;
}

int draft_dates_compatible(const mt_dossier_date *a, const mt_dossier_date *b)
{
    const mt_date *x = &a->date, *y = &b->date;
    if (x->fiscal || y->fiscal) {
        int32_t alo, ahi, blo, bhi;
        if (mt_dossier_date_span(a, &alo, &ahi) != MT_OK ||
            mt_dossier_date_span(b, &blo, &bhi) != MT_OK)
            return 0;
        return alo <= bhi && blo <= ahi;
    }
    if (x->year != y->year)
        return 0;
    if (x->month && y->month && x->month != y->month)
        return 0;
    if (x->day && y->day && x->day != y->day)
        return 0;
    /* A part of a month or year ("同月下旬", late 2024-01) holds only its
     * days: 2024-01-15 is not late January.  Approximate and open dates
     * keep the looser test. */
    unsigned part = MT_DMOD_START | MT_DMOD_MID | MT_DMOD_END,
             loose = MT_DMOD_APPROX | MT_DMOD_BEFORE | MT_DMOD_AFTER;
    if (((a->mods | b->mods) & part) && !((a->mods | b->mods) & loose)) {
        int32_t alo, ahi, blo, bhi;
        if (mt_dossier_date_span(a, &alo, &ahi) == MT_OK &&
            mt_dossier_date_span(b, &blo, &bhi) == MT_OK)
            return alo <= bhi && blo <= ahi;
    }
    return 1;
}

/* Finer precision first: day, month, year. */
static int precision(const mt_date *d)
{
    return d->day ? 3 : d->month ? 2 : 1;
}

/* ---- organisations ---- */

enum { ROLE_HINT_AUTHORITY = 1, ROLE_HINT_VICTIM = 2, ROLE_HINT_ATTACKER = 4 };

typedef struct org {
    char *name;
    vec aliases; /* char * */
    unsigned hints;
    bool official; /* publisher of an official statement */
    size_t first;  /* order of first sight */
} org;

typedef struct event {
    mt_dossier_date date;
    long org;
    mt_event_type type;
    char *text;
    mt_cites cites;
    bool dropped;
} event;

typedef struct claim {
    long org;
    mt_claim_category category;
    mt_hedge hedge;
    mt_event_type key; /* the trigger's type; MT_EVENT_OTHER for quantity */
    int has_q;
    int64_t value;
    int approx;
    char *unit, *counts;
    bool leak;          /* says whether data left (any hedge) */
    const char *detail; /* key of a detail cue (borrowed), or NULL */
    char *text;
    mt_cites cites;
} claim;

typedef struct conflict {
    long org;
    char *about;
    vec values; /* char * */
    vec cites;  /* mt_cites */
} conflict;

typedef struct ctx {
    const draft_input *in;
    mt_status st;
    mt_error *err;
    vec orgs;      /* org */
    vec events;    /* event */
    vec claims;    /* claim */
    vec conflicts; /* conflict */
} ctx;

static void oom(ctx *c)
{
    if (c->st == MT_OK)
        c->st = mt_error_set(c->err, MT_ERR_NOMEM, "out of memory");
}

static org *org_at(ctx *c, long i)
{
    return (org *)c->orgs.v + i;
}

static long org_find(ctx *c, const char *name, size_t n)
{
    for (size_t i = 0; i < c->orgs.n; i++) {
        org *o = org_at(c, (long)i);
        if (ascii_ieq(name, n, o->name))
            return (long)i;
        for (size_t k = 0; k < o->aliases.n; k++)
            if (ascii_ieq(name, n, ((char **)o->aliases.v)[k]))
                return (long)i;
    }
    return -1;
}

static bool has_sub(const char *s, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    for (size_t i = 0; i + k <= n; i++)
        if (memcmp(s + i, lit, k) == 0)
            return true;
    return false;
}

/* An alias the format can carry (no separators, one line). */
static bool alias_ok(const char *s, size_t n)
{
    if (n == 0 || n > 120)
        return false;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (ch == ',' || ch == ':' || ch == '(' || ch == ')' || ch == '\n' ||
            ch == '\r' || ch == '|' || ch == '[' || ch == ']')
            return false;
    }
    return !has_sub(s, n, "\xe3\x80\x81") && !has_sub(s, n, "\xef\xbc\x9a") &&
           s[0] != ' ' && s[n - 1] != ' ';
}

/* The organisation called name (canonical), created when new; surface is
 * the text as written, kept as an alias when it differs.  -1 on failure
 * or an unusable name. */
static long org_get(ctx *c, const char *name, const char *surface,
                    size_t surface_len)
{
    /* 株式会社パスコ and パスコ are one organisation: the name without
     * its legal form (data/draft_cues.tsv, kind legal_form) is the key. */
    char base[256];
    const draft_cues *cu = c->in->cues;
    for (size_t k = 0; cu && k < cu->n; k++) {
        if (strcmp(cu->kind[k], "legal_form") != 0)
            continue;
        size_t fl = strlen(cu->word[k]), nl = strlen(name);
        if (nl <= fl || nl - fl >= sizeof base)
            continue;
        if (memcmp(name, cu->word[k], fl) == 0) {
            memcpy(base, name + fl, nl - fl);
            base[nl - fl] = '\0';
        } else if (memcmp(name + nl - fl, cu->word[k], fl) == 0) {
            memcpy(base, name, nl - fl);
            base[nl - fl] = '\0';
        } else {
            continue;
        }
        if (!surface) {
            surface = name;
            surface_len = nl;
        }
        name = base;
        break;
    }
    size_t n = strlen(name);
    if (!alias_ok(name, n))
        return -1;
    long i = org_find(c, name, n);
    if (i < 0) {
        org *o = vec_push(&c->orgs, sizeof(org));
        if (!o || !(o->name = mt_strdup(name))) {
            if (o)
                c->orgs.n--;
            oom(c);
            return -1;
        }
        o->first = c->orgs.n - 1;
        i = (long)(c->orgs.n - 1);
    }
    if (surface && alias_ok(surface, surface_len) &&
        org_find(c, surface, surface_len) < 0) {
        org *o = org_at(c, i);
        char **slot = vec_push(&o->aliases, sizeof(char *));
        if (!slot || !(*slot = mt_strndup(surface, surface_len))) {
            if (slot)
                o->aliases.n--;
            oom(c);
        }
    }
    return i;
}

/* ---- sources ---- */

static int kind_rank(mt_source_kind k)
{
    switch (k) {
    case MT_KIND_AUTHORITY:
        return 0;
    case MT_KIND_OFFICIAL:
        return 1;
    case MT_KIND_MEDIA:
        return 2;
    default:
        return 3;
    }
}

typedef struct ranked {
    const draft_source *s;
    size_t at;
} ranked;

static int cmp_sources(const void *pa, const void *pb)
{
    const ranked *a = pa, *b = pb;
    int ka = kind_rank(a->s->kind), kb = kind_rank(b->s->kind);
    if (ka != kb)
        return ka < kb ? -1 : 1;
    int da = a->s->published.year != 0, db = b->s->published.year != 0;
    if (da != db)
        return da ? -1 : 1;
    int c = mt_date_compare(&a->s->published, &b->s->published);
    if (c)
        return c;
    c = strcmp(a->s->id ? a->s->id : "", b->s->id ? b->s->id : "");
    if (c)
        return c;
    return a->at < b->at ? -1 : a->at > b->at;
}

/* ---- merging ---- */

static bool same_str(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return strcmp(a, b) == 0;
}

/* Merge into an entry of the same organisation, type and a compatible
 * date, or add one; text is taken (freed when merged). */
static void add_event(ctx *c, const mt_dossier_date *date, long oi,
                      mt_event_type type, char *text, int n)
{
    event *ev = (event *)c->events.v;
    for (size_t i = 0; i < c->events.n; i++) {
        if (ev[i].org != oi || ev[i].type != type ||
            !draft_dates_compatible(&ev[i].date, date))
            continue;
        if (cites_put(&ev[i].cites, n) != MT_OK)
            oom(c);
        /* Compatible at the coarser precision; keep the finer date:
         * 2023-07-14 over "last month". */
        if (precision(&date->date) > precision(&ev[i].date.date))
            ev[i].date = *date;
        free(text);
        return;
    }
    event *e = vec_push(&c->events, sizeof(event));
    if (!e) {
        free(text);
        oom(c);
        return;
    }
    e->date = *date;
    e->org = oi;
    e->type = type;
    e->text = text;
    if (cites_put(&e->cites, n) != MT_OK)
        oom(c);
}

/* Merge into a claim saying the same thing, or add one; text is taken. */
static void add_claim(ctx *c, const claim *proto, char *text, int n)
{
    claim *cl = (claim *)c->claims.v;
    for (size_t i = 0; i < c->claims.n; i++) {
        claim *x = &cl[i];
        if (x->org != proto->org || x->category != proto->category ||
            x->hedge != proto->hedge || x->has_q != proto->has_q ||
            x->leak != proto->leak || !same_str(x->detail, proto->detail))
            continue;
        if (proto->has_q ? (x->value != proto->value ||
                            !(proto->counts ? same_str(x->counts, proto->counts)
                                            : same_str(x->unit, proto->unit)))
                         : x->key != proto->key)
            continue;
        if (cites_put(&x->cites, n) != MT_OK)
            oom(c);
        free(text);
        return;
    }
    claim *x = vec_push(&c->claims, sizeof(claim));
    if (!x) {
        free(text);
        oom(c);
        return;
    }
    *x = *proto;
    x->unit = proto->unit ? mt_strdup(proto->unit) : NULL;
    x->counts = proto->counts ? mt_strdup(proto->counts) : NULL;
    x->text = text;
    x->cites = (mt_cites){NULL, NULL, 0};
    if ((proto->unit && !x->unit) || (proto->counts && !x->counts) ||
        cites_put(&x->cites, n) != MT_OK)
        oom(c);
}

/* ---- per sentence ---- */

/* Pseudo event types for cue words (see data/draft_cues.tsv). */
enum { TRIG_TRACES = 100, TRIG_CONFIRM = 101 };

/* A cue word found in a sentence. */
typedef struct hit {
    size_t pos, end;
    const char *kind, *value;
} hit;

/* An organisation named, or referred to, in a sentence. */
typedef struct mention {
    size_t pos, end;
    long org;
    bool named;   /* by name, not by an anaphor */
    bool subject; /* followed by a subject particle (Japanese) */
    bool object;  /* followed by an object particle (に, を, から) */
} mention;

/* A trigger: an extractor event span or an event cue. */
typedef struct trig {
    size_t pos, end;
    int type; /* mt_event_type or TRIG_* */
} trig;

/* Reading state of one source, sentence after sentence. */
typedef struct reader {
    const draft_source *src;
    long pub;       /* publisher of an official/authority source, or -1 */
    long topic;     /* the organisation the passage is about, or -1 */
    long authority; /* the authority named last, or -1 */
    long recent[2]; /* the last two non-authority organisations named */
    int n;          /* the source's footnote number */
    bool ja;
    int year_raw; /* the extractor's year of the last date with digits */
    int year_fix; /* and the year own_year gave it (0, 0: none yet) */
} reader;

/* The parts of one sentence the rules look at. */
typedef struct parts {
    const draft_sentence *s;
    vec hits;     /* hit */
    vec mentions; /* mention, by pos */
    vec trigs;    /* trig, by pos */
} parts;

static bool is_authority(ctx *c, long oi)
{
    return oi >= 0 && (org_at(c, oi)->hints & ROLE_HINT_AUTHORITY);
}

static bool ascii_alnum(unsigned char ch)
{
    return (ch >= '0' && ch <= '9') || ((ch | 32) >= 'a' && (ch | 32) <= 'z');
}

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
                           : !ascii_ieq(s->text + i, wl, w))
                continue;
            if (alpha && ((i && ascii_alnum((unsigned char)s->text[i - 1])) ||
                          (i + wl < s->len &&
                           ascii_alnum((unsigned char)s->text[i + wl]))))
                continue;
            if (start_only) {
                size_t j = 0;
                while (j < i && (s->text[j] == ' ' || s->text[j] == '\n'))
                    j++;
                if (j != i)
                    continue;
            }
            hit *h = vec_push(&p->hits, sizeof(hit));
            if (!h) {
                oom(c);
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
    mention *m = vec_push(&p->mentions, sizeof(mention));
    if (!m) {
        oom(c);
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
    trig *t = vec_push(&p->trigs, sizeof(trig));
    if (!t) {
        oom(c);
        return;
    }
    *t = (trig){pos, end, type};
}

static void note_recent(reader *r, long oi)
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
            ((i && ascii_alnum((unsigned char)s->text[i - 1])) ||
             (i + wl < s->len && ascii_alnum((unsigned char)s->text[i + wl]))))
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
static void read_parts(ctx *c, reader *r, parts *p)
{
    const draft_sentence *s = p->s;
    find_hits(c, p);
    for (size_t i = 0; i < s->nspans && c->st == MT_OK; i++) {
        const draft_span *x = &s->spans[i];
        if (x->kind == DRAFT_ORG && x->value && x->end <= s->len) {
            long oi =
                org_get(c, x->value, s->text + x->start, x->end - x->start);
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
        org *og = org_at(c, (long)o);
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
            org_find(c, ds->publisher, strlen(ds->publisher)) >= 0 ||
            strlen(ds->publisher) < 2 ||
            !has_sub(s->text, s->len, ds->publisher))
            continue;
        long oi = org_get(c, ds->publisher, NULL, 0);
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
            while (z < s->len && ascii_alnum((unsigned char)s->text[z]))
                z++;
            if (z > a && z - a < 64 && s->text[a] >= 'A' && s->text[a] <= 'Z') {
                char name[64];
                memcpy(name, s->text + a, z - a);
                name[z - a] = '\0';
                long oi = org_get(c, name, NULL, 0);
                if (oi >= 0) {
                    org_at(c, oi)->hints |= ROLE_HINT_ATTACKER;
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
static long subject_at(ctx *c, const reader *r, const parts *p, size_t pos)
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
        if (m[i].end <= pos && !is_authority(c, m[i].org) &&
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

static int trig_rank(int t, bool authority)
{
    switch (t) {
    case TRIG_CONFIRM:
        return authority ? 0 : 99;
    case TRIG_TRACES:
        return 1;
    case MT_EVENT_DETECTION:
        return 2;
    case MT_EVENT_NOTIFICATION:
        return 3;
    case MT_EVENT_DISCLOSURE:
        return 4;
    case MT_EVENT_LEAK_POSSIBLE:
    case MT_EVENT_LEAK_DENIED:
        return 5;
    case MT_EVENT_CONTAINMENT:
        return 6;
    case MT_EVENT_REMEDIATION:
        return 7;
    case MT_EVENT_INVESTIGATION:
        return 8;
    case MT_EVENT_INTRUSION_START:
        return 9;
    case MT_EVENT_ATTRIBUTION:
        return 10;
    case MT_EVENT_MEDIA_REPORT:
        return 11;
    default:
        return 99;
    }
}

/* A byte range of a sentence, [a, b). */
typedef struct range {
    size_t a, b;
} range;

/* The strongest trigger in [from, to) outside the ranges skip[0..nskip);
 * NULL when none. */
static const trig *best_trig_skip(const parts *p, size_t from, size_t to,
                                  bool authority, const range *skip,
                                  size_t nskip)
{
    const trig *best = NULL;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *t = (const trig *)p->trigs.v + i;
        if (t->pos < from || t->end > to || trig_rank(t->type, authority) >= 99)
            continue;
        bool skipped = false;
        for (size_t k = 0; k < nskip; k++)
            skipped = skipped || (t->pos >= skip[k].a && t->end <= skip[k].b);
        if (skipped)
            continue;
        if (!best ||
            trig_rank(t->type, authority) < trig_rank(best->type, authority))
            best = t;
    }
    return best;
}

/* The strongest trigger in [from, to); NULL when none. */
static const trig *best_trig(const parts *p, size_t from, size_t to,
                             bool authority)
{
    return best_trig_skip(p, from, to, authority, NULL, 0);
}

/* The hedge that governs a statement at pos: Japanese puts it after the
 * trigger, English on either side. */
static mt_hedge hedge_near(const draft_sentence *s, size_t pos, bool ja)
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
static size_t clause_start(const draft_sentence *s, size_t at)
{
    size_t start = 0, ml;
    for (size_t i = 0; i < at && i < s->len; i++)
        if (clause_mark(s->text, i, s->len, &ml) && i + ml <= at)
            start = i + ml;
    return start;
}

/* End of the clause holding byte at (its mark excluded). */
static size_t clause_end(const draft_sentence *s, size_t at)
{
    size_t ml;
    for (size_t i = at; i < s->len; i++)
        if (clause_mark(s->text, i, s->len, &ml))
            return i;
    return s->len;
}

/* The short statement for spans a..b of a sentence: the clauses that
 * hold them, and the subject's clause when it comes first. */
static char *clause_text(const draft_sentence *s, size_t a, size_t b)
{
    size_t from = clause_start(s, a), to = clause_end(s, b);
    if (to <= from)
        return statement(s->text, s->len);
    return statement(s->text + from, to - from);
}

/*
 * A month and day written without a year ("1月20日", "January 20") is
 * the latest such day on or before the publication date: the extractor
 * may have taken the year of an earlier date in the text instead.
 */
static mt_date own_year(const draft_sentence *s, const draft_span *x,
                        const mt_date *pub)
{
    mt_date d = x->date;
    if (!pub->year || !d.month || x->end > s->len)
        return d;
    const char *t = s->text + x->start;
    size_t n = x->end - x->start, run = 0;
    for (size_t i = 0; i < n; i++) {
        if (t[i] >= '0' && t[i] <= '9') {
            if (++run >= 4)
                return d; /* a year is written */
        } else {
            run = 0;
        }
        if (t[i] == '\'' ||
            (i + 3 <= n && memcmp(t + i, "\xe5\xb9\xb4", 3) == 0))
            return d; /* 年, '17 */
    }
    /* Only month-day forms: a digit must be there. */
    bool digit = false;
    for (size_t i = 0; i < n; i++)
        digit = digit || (t[i] >= '0' && t[i] <= '9');
    if (!digit)
        return d;
    d.year = pub->year;
    if (d.month > pub->month ||
        (d.month == pub->month && pub->day && d.day > pub->day))
        d.year--;
    if (!mt_date_valid(&d))
        return x->date;
    return d;
}

static bool span_has_digit(const draft_sentence *s, const draft_span *x)
{
    for (size_t i = x->start; i < x->end && i < s->len; i++)
        if (s->text[i] >= '0' && s->text[i] <= '9')
            return true;
    return false;
}

/*
 * The date of span x, its year made right.  A date written without
 * digits ("同月下旬", "同日", "in February") took its year from an earlier
 * date of the text, so it follows that date's correction by own_year:
 * after "1月15日" read as 2023-01-15 and set to 2024-01-15, "同月下旬"
 * read as 2023-01 is 2024-01.  The reader carries the correction across
 * the source's sentences.
 */
static mt_date fixed_date(reader *r, const draft_sentence *s,
                          const draft_span *x)
{
    mt_date d = own_year(s, x, &r->src->published);
    if (span_has_digit(s, x)) {
        r->year_raw = x->date.year;
        r->year_fix = d.year;
    } else if (r->year_raw && x->date.year == r->year_raw &&
               r->year_fix != r->year_raw) {
        mt_date e = x->date;
        e.year = r->year_fix;
        if (mt_date_valid(&e))
            d = e;
    }
    return d;
}

/* The authority that a sentence says checked something ("防衛省は...確認
 * しました", "同省には...ご確認いただいて"): an authority named before a
 * confirm cue; -1 when none. */
static long authority_confirms(ctx *c, const parts *p)
{
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *t = (const trig *)p->trigs.v + i;
        if (t->type != TRIG_CONFIRM)
            continue;
        for (size_t k = 0; k < p->mentions.n; k++) {
            const mention *m = (const mention *)p->mentions.v + k;
            if (m->end <= t->pos && is_authority(c, m->org))
                return m->org;
        }
    }
    return -1;
}

/* A dated event: which trigger, which organisation. */
static void dated_events(ctx *c, reader *r, parts *p)
{
    const draft_sentence *s = p->s;
    const draft_span *dates[64];
    mt_date fixed[64];
    size_t nd = 0;
    for (size_t i = 0; i < s->nspans && nd < MT_ARRAY_LEN(dates); i++) {
        const draft_span *x = &s->spans[i];
        if (x->kind == DRAFT_DATE && x->date.year >= 1900 &&
            x->date.year <= 2999 && !x->date.fiscal &&
            mt_date_valid(&x->date)) {
            fixed[nd] = fixed_date(r, s, x);
            dates[nd++] = x;
        }
    }
    int types[64];
    const trig *chosen[64];
    long subj[64];
    long checker = authority_confirms(c, p);
    /* Japanese: a date modifies a predicate after it, and first the one
     * of its own clause ("26日、…が15日に不正アクセスを受け、…と発表": 15日
     * is the intrusion's).  own[k] is that clause while it holds a
     * trigger; a date whose clause has none takes the strongest trigger
     * up to the next date, else the sentence's predicate outside the
     * clauses other dates own (26日 gets 発表). */
    range own[64];
    size_t nown = 0;
    bool owns[64];
    for (size_t k = 0; k < nd; k++) {
        subj[k] = subject_at(c, r, p, dates[k]->start);
        if (checker >= 0)
            subj[k] = checker;
        owns[k] = false;
        if (!r->ja)
            continue;
        size_t to = clause_end(s, dates[k]->end);
        if (k + 1 < nd && dates[k + 1]->start < to)
            to = dates[k + 1]->start;
        if (best_trig(p, dates[k]->end, to, is_authority(c, subj[k]))) {
            own[nown++] = (range){dates[k]->end, to};
            owns[k] = true;
        }
    }
    for (size_t k = 0, ko = 0; k < nd; k++) {
        bool auth = is_authority(c, subj[k]);
        const trig *t;
        if (r->ja && owns[k]) {
            t = best_trig(p, own[ko].a, own[ko].b, auth);
            ko++;
        } else if (r->ja) {
            size_t to = k + 1 < nd ? dates[k + 1]->start : s->len;
            t = best_trig(p, dates[k]->end, to, auth);
            if (!t)
                t = best_trig_skip(p, dates[k]->end, s->len, auth, own, nown);
        } else {
            size_t from = k ? dates[k - 1]->end : 0;
            size_t cs = clause_start(s, dates[k]->start);
            if (cs > from)
                from = cs;
            t = best_trig(p, from, dates[k]->start, auth);
            if (!t && k == 0) {
                size_t to =
                    nd > 1 ? dates[1]->start : clause_end(s, dates[k]->end);
                t = best_trig(p, dates[k]->end, to, auth);
            }
        }
        chosen[k] = t;
        types[k] = t ? t->type : -1;
    }
    /* Coordinated dates share the predicate: "X が1月20日に、Y が1月31日
     * に公表" (the next one's) and "X on January 20 and Y on January 31"
     * (the previous one's). */
    if (r->ja) {
        for (size_t k = nd; k-- > 1;)
            if (types[k - 1] < 0 && types[k] >= 0) {
                types[k - 1] = types[k];
                chosen[k - 1] = chosen[k];
            }
    } else {
        for (size_t k = 1; k < nd; k++)
            if (types[k] < 0 && types[k - 1] >= 0) {
                types[k] = types[k - 1];
                chosen[k] = chosen[k - 1];
            }
    }
    for (size_t k = 0; k < nd && c->st == MT_OK; k++) {
        long oi = subj[k];
        if (types[k] < 0 || oi < 0)
            continue;
        /* A plan ("7月下旬の再開を目指して") is not an event yet. */
        bool plan = false;
        size_t cs = clause_start(s, dates[k]->start),
               ce = clause_end(s, dates[k]->end);
        const hit *hv = (const hit *)p->hits.v;
        for (size_t i = 0; i < p->hits.n; i++)
            plan = plan || (strcmp(hv[i].kind, "plan") == 0 &&
                            hv[i].pos >= cs && hv[i].end <= ce);
        if (plan)
            continue;
        bool auth = is_authority(c, oi);
        mt_event_type type;
        if (types[k] == TRIG_CONFIRM)
            type = MT_EVENT_AUTHORITY_CONFIRMATION;
        else if (types[k] == TRIG_TRACES)
            type = MT_EVENT_INTRUSION_START;
        else
            type = (mt_event_type)types[k];
        /* Someone else's disclosure needs its name in the sentence. */
        if (type == MT_EVENT_DISCLOSURE && r->src->kind != MT_KIND_OFFICIAL) {
            bool named = false;
            for (size_t i = 0; i < p->mentions.n; i++)
                named = named || ((const mention *)p->mentions.v)[i].org == oi;
            if (!named)
                continue;
        }
        /* An authority's own events are its statements and checks. */
        if (auth && type != MT_EVENT_AUTHORITY_CONFIRMATION &&
            type != MT_EVENT_DISCLOSURE)
            continue;
        if (type == MT_EVENT_LEAK_POSSIBLE || type == MT_EVENT_LEAK_DENIED) {
            mt_hedge h = hedge_near(s, chosen[k]->pos, r->ja);
            type = (h == MT_HEDGE_DENIED || h == MT_HEDGE_NOT_CONFIRMED)
                       ? MT_EVENT_LEAK_DENIED
                       : MT_EVENT_LEAK_POSSIBLE;
        }
        if (!auth &&
            (type == MT_EVENT_INTRUSION_START || type == MT_EVENT_DETECTION ||
             type == MT_EVENT_LEAK_POSSIBLE))
            org_at(c, oi)->hints |= ROLE_HINT_VICTIM;
        mt_dossier_date dd = {fixed[k], draft_mods(dates[k]->mod)};
        size_t a = dates[k]->start, b = dates[k]->end;
        if (chosen[k]->pos < a)
            a = chosen[k]->pos;
        if (chosen[k]->end > b)
            b = chosen[k]->end;
        for (size_t i = 0; i < p->mentions.n; i++) {
            const mention *m = (const mention *)p->mentions.v + i;
            if (m->org == oi && m->end <= a && clause_start(s, a) > m->pos &&
                m->pos + 60 > a)
                a = m->pos;
        }
        char *text = clause_text(s, a, b);
        if (!text) {
            oom(c);
            return;
        }
        add_event(c, &dd, oi, type, text, r->n);
    }
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
            if (ascii_ieq(q->unit, strlen(q->unit), dc->word[k]))
                return dc->counts[k];
    for (size_t k = 0; k < dc->n; k++) {
        size_t wl = strlen(dc->word[k]);
        for (size_t i = 0; i + wl <= s->len; i++) {
            if (!ascii_ieq(s->text + i, wl, dc->word[k]))
                continue;
            /* Whole words only for ASCII words. */
            unsigned char a = i ? (unsigned char)s->text[i - 1] : ' ';
            unsigned char z =
                i + wl < s->len ? (unsigned char)s->text[i + wl] : ' ';
            bool alpha = (unsigned char)dc->word[k][0] < 0x80;
            if (alpha && (ascii_alnum(a) || ascii_alnum(z)))
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
    char *text = clause_text(s, a, b);
    if (!text) {
        oom(c);
        return;
    }
    add_claim(c, proto, text, n);
}

/* An attacker described by a noun such as 攻撃グループ or "group". */
static void attacker_from(ctx *c, const parts *p, const hit *h)
{
    const draft_sentence *s = p->s;
    size_t from = clause_start(s, h->pos);
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
            if ((j - w == 2 && ascii_ieq(s->text + w, 2, "an")) ||
                (j - w == 3 && ascii_ieq(s->text + w, 3, "the")))
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
    char name[160];
    size_t len = h->end - from;
    if (len >= sizeof name)
        return;
    memcpy(name, s->text + from, len);
    name[len] = '\0';
    long oi = org_get(c, name, NULL, 0);
    if (oi >= 0)
        org_at(c, oi)->hints |= ROLE_HINT_ATTACKER;
}

/* Claims of one sentence: relationship, impact, attribution, response. */
static void sentence_claims(ctx *c, reader *r, parts *p, bool dated)
{
    const draft_sentence *s = p->s;
    const hit *hits = (const hit *)p->hits.v;
    /* Relationship: what the organisation supplies to whom. */
    for (size_t i = 0; i < p->hits.n && c->st == MT_OK; i++) {
        if (strcmp(hits[i].kind, "relationship") != 0)
            continue;
        long oi = subject_at(c, r, p, hits[i].pos);
        if (oi < 0 || is_authority(c, oi))
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
        if (strcmp(hits[i].kind, "detail") != 0)
            continue;
        long orgs[2] = {subject_at(c, r, p, hits[i].pos), -1};
        const mention *m = (const mention *)p->mentions.v;
        for (size_t k = 0; k + 1 < p->mentions.n; k++)
            if (!m[k].named && !m[k + 1].named && m[k].pos == m[k + 1].pos &&
                m[k].end <= hits[i].pos) {
                orgs[0] = m[k].org;
                orgs[1] = m[k + 1].org;
            }
        for (int k = 0; k < 2; k++) {
            if (orgs[k] < 0 || is_authority(c, orgs[k]))
                continue;
            claim proto;
            memset(&proto, 0, sizeof proto);
            proto.org = orgs[k];
            proto.category = MT_CLAIM_IMPACT;
            proto.hedge = hedge_near(s, hits[i].pos, r->ja);
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
        if (!leak && (t->type == MT_EVENT_LEAK_POSSIBLE ||
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
    const draft_span *q = NULL;
    const char *counts = NULL;
    for (size_t i = 0; i < s->nspans; i++) {
        const draft_span *x = &s->spans[i];
        if (x->kind != DRAFT_QUANTITY || !x->unit || !*x->unit ||
            x->number < 1 || x->number > 1e15 || strpbrk(x->unit, ":{}|\n"))
            continue;
        const char *w = counted(c->in->counts, s, x);
        if (w && strcmp(w, "-") == 0)
            continue;
        if (w) {
            q = x;
            counts = w;
            break;
        }
    }
    if (leak || q) {
        size_t at = leak ? leak->pos : q->start;
        long oi = authority_confirms(c, p);
        if (oi < 0)
            oi = subject_at(c, r, p, at);
        if (oi >= 0) {
            claim proto;
            memset(&proto, 0, sizeof proto);
            proto.org = oi;
            proto.category =
                is_authority(c, oi) ? MT_CLAIM_RESPONSE : MT_CLAIM_IMPACT;
            proto.hedge = hedge_near(s, at, r->ja);
            proto.leak = leak != NULL && !is_authority(c, oi);
            proto.key = MT_EVENT_LEAK_POSSIBLE;
            if (q && !is_authority(c, oi)) {
                proto.has_q = 1;
                proto.value = (int64_t)q->number;
                proto.approx = q->mod && strstr(q->mod, "approx") != NULL;
                proto.unit = (char *)q->unit;
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
            if (strcmp(hits[i].kind, "actor") == 0) {
                attacker_from(c, p, &hits[i]);
                break;
            }
        long oi = subject_at(c, r, p, attr->pos);
        if (oi >= 0 && !(org_at(c, oi)->hints & ROLE_HINT_ATTACKER) &&
            !is_authority(c, oi)) {
            claim proto;
            memset(&proto, 0, sizeof proto);
            proto.org = oi;
            proto.category = MT_CLAIM_ATTRIBUTION;
            proto.hedge = hedge_near(s, attr->pos, r->ja);
            proto.key = MT_EVENT_ATTRIBUTION;
            put_claim(c, &proto, s, attr->pos, attr->end, r->n);
        }
    }
    /* Response: containment, remediation, notification without a date. */
    if (resp && c->st == MT_OK) {
        long oi = subject_at(c, r, p, resp->pos);
        if (oi >= 0 && !is_authority(c, oi)) {
            claim proto;
            memset(&proto, 0, sizeof proto);
            proto.org = oi;
            proto.category = MT_CLAIM_RESPONSE;
            proto.key = (mt_event_type)resp->type;
            put_claim(c, &proto, s, resp->pos, resp->end, r->n);
        }
    }
}

static void sentence(ctx *c, reader *r, const draft_sentence *s)
{
    parts p;
    memset(&p, 0, sizeof p);
    p.s = s;
    read_parts(c, r, &p);
    bool dated = false;
    for (size_t i = 0; i < s->nspans; i++)
        dated = dated || s->spans[i].kind == DRAFT_DATE;
    if (c->st == MT_OK)
        dated_events(c, r, &p);
    if (c->st == MT_OK)
        sentence_claims(c, r, &p, dated);
    /* The passage's topic: the first company this sentence names. */
    const mention *m = (const mention *)p.mentions.v;
    bool topic_set = false;
    for (size_t i = 0; i < p.mentions.n; i++) {
        if (is_authority(c, m[i].org)) {
            if (m[i].named)
                r->authority = m[i].org;
            continue;
        }
        if (org_at(c, m[i].org)->hints & ROLE_HINT_ATTACKER)
            continue;
        if (m[i].named) {
            note_recent(r, m[i].org);
            if (!topic_set && !(r->ja && m[i].object)) {
                r->topic = m[i].org;
                topic_set = true;
            }
        }
    }
    free(p.hits.v);
    free(p.mentions.v);
    free(p.trigs.v);
}

/* ---- conflicts ---- */

static conflict *add_conflict(ctx *c, long oi, const char *about)
{
    conflict *k = vec_push(&c->conflicts, sizeof(conflict));
    if (!k || !(k->about = mt_strdup(about))) {
        if (k)
            c->conflicts.n--;
        oom(c);
        return NULL;
    }
    k->org = oi;
    return k;
}

static void add_variant(ctx *c, conflict *k, const char *value,
                        const mt_cites *cites)
{
    char **v = vec_push(&k->values, sizeof(char *));
    if (!v) {
        oom(c);
        return;
    }
    mt_cites *ci = vec_push(&k->cites, sizeof(mt_cites));
    if (!ci) {
        k->values.n--;
        oom(c);
        return;
    }
    *v = mt_strdup(value);
    if (!*v || cites_merge(ci, cites) != MT_OK)
        oom(c);
}

/* "~250 files" when what it counts is known, else "~250 件". */
static const char *qty_label(const claim *q, char *buf, size_t size)
{
    snprintf(buf, size, "%s%lld %s", q->approx ? "~" : "", (long long)q->value,
             q->counts ? q->counts : q->unit);
    return buf;
}

/* What a quantity counts: its counted thing, else its unit. */
static const char *qty_thing(const claim *q)
{
    return q->counts ? q->counts : q->unit;
}

/* Two figures for one thing that cannot both be right: unequal, and not
 * within a tenth of the larger when either is approximate ("about
 * 12,000" holds 12,148; it does not hold 21,000). */
static bool qty_disagree(const claim *a, const claim *b)
{
    if (a->value == b->value)
        return false;
    if (!a->approx && !b->approx)
        return true;
    int64_t hi = a->value > b->value ? a->value : b->value;
    int64_t lo = a->value > b->value ? b->value : a->value;
    return (hi - lo) * 10 > hi;
}

/* Add label as a variant of k citing cites, or merge cites into the
 * variant with that label when there is one already. */
static void merge_variant(ctx *c, conflict *k, const char *label,
                          const mt_cites *cites)
{
    size_t v = 0;
    while (v < k->values.n && strcmp(((char **)k->values.v)[v], label) != 0)
        v++;
    if (v == k->values.n)
        add_variant(c, k, label, cites);
    else if (cites_merge((mt_cites *)k->cites.v + v, cites) != MT_OK)
        oom(c);
}

/* Same organisation and counted thing, numbers that disagree: one
 * conflict per organisation and thing, one variant per figure. */
static void count_conflicts(ctx *c)
{
    claim *cl = (claim *)c->claims.v;
    for (size_t i = 0; i < c->claims.n && c->st == MT_OK; i++) {
        if (!cl[i].has_q || !cl[i].counts || strcmp(cl[i].counts, "-") == 0)
            continue;
        bool first = true, other = false;
        for (size_t j = 0; j < c->claims.n; j++) {
            if (!cl[j].has_q || cl[j].org != cl[i].org || !cl[j].counts ||
                strcmp(cl[j].counts, cl[i].counts) != 0)
                continue;
            if (j < i)
                first = false;
            other = other || qty_disagree(&cl[i], &cl[j]);
        }
        if (!first || !other)
            continue;
        char about[96], buf[256];
        snprintf(about, sizeof about, "how many %s", cl[i].counts);
        conflict *k = add_conflict(c, cl[i].org, about);
        if (!k)
            return;
        for (size_t j = i; j < c->claims.n && c->st == MT_OK; j++) {
            if (!cl[j].has_q || cl[j].org != cl[i].org || !cl[j].counts ||
                strcmp(cl[j].counts, cl[i].counts) != 0)
                continue;
            merge_variant(c, k, qty_label(&cl[j], buf, sizeof buf),
                          &cl[j].cites);
        }
    }
}

/* Same organisation and number, different units or counted things. */
static void quantity_conflicts(ctx *c)
{
    claim *cl = (claim *)c->claims.v;
    for (size_t i = 0; i < c->claims.n && c->st == MT_OK; i++) {
        if (!cl[i].has_q)
            continue;
        bool first = true, other = false;
        for (size_t j = 0; j < c->claims.n; j++) {
            if (!cl[j].has_q || cl[j].org != cl[i].org ||
                cl[j].value != cl[i].value)
                continue;
            if (j < i)
                first = false;
            /* "about 12000 people" and "12000 people" agree. */
            if (strcmp(qty_thing(&cl[j]), qty_thing(&cl[i])) != 0)
                other = true;
        }
        if (!first || !other)
            continue;
        char about[96], buf[256];
        snprintf(about, sizeof about, "what %lld counts",
                 (long long)cl[i].value);
        conflict *k = add_conflict(c, cl[i].org, about);
        if (!k)
            return;
        /* One variant per distinct label, cites merged. */
        for (size_t j = i; j < c->claims.n && c->st == MT_OK; j++) {
            if (!cl[j].has_q || cl[j].org != cl[i].org ||
                cl[j].value != cl[i].value)
                continue;
            merge_variant(c, k, qty_label(&cl[j], buf, sizeof buf),
                          &cl[j].cites);
        }
    }
}

/* A leak stated as fact by some sources and hedged by others, or
 * denied by some and only "not confirmed" by others. */
static void leak_conflicts(ctx *c)
{
    claim *cl = (claim *)c->claims.v;
    for (size_t o = 0; o < c->orgs.n && c->st == MT_OK; o++) {
        mt_cites by[5];
        memset(by, 0, sizeof by);
        for (size_t i = 0; i < c->claims.n; i++)
            if (cl[i].org == (long)o && cl[i].leak &&
                cites_merge(&by[cl[i].hedge], &cl[i].cites) != MT_OK)
                oom(c);
        int kinds = 0;
        for (int h = 0; h < 5; h++)
            kinds += by[h].count > 0;
        if ((by[MT_HEDGE_CONFIRMED].count && kinds > 1) ||
            (by[MT_HEDGE_DENIED].count && by[MT_HEDGE_NOT_CONFIRMED].count)) {
            conflict *k = add_conflict(c, (long)o, "leak");
            for (int h = 0; k && h < 5; h++)
                if (by[h].count)
                    add_variant(c, k, mt_hedge_str((mt_hedge)h), &by[h]);
        }
        for (int h = 0; h < 5; h++)
            cites_free(&by[h]);
    }
}

/* Intrusion dates that disagree, and detections reported as intrusions. */
static void event_conflicts(ctx *c)
{
    event *ev = (event *)c->events.v;
    char buf[MT_DOSSIER_DATE_TEXT_MAX], val[128];
    for (size_t i = 0; i < c->events.n && c->st == MT_OK; i++) {
        event *in = &ev[i];
        if (in->type != MT_EVENT_INTRUSION_START)
            continue;
        for (size_t j = 0; j < c->events.n; j++) {
            event *de = &ev[j];
            if (de->type != MT_EVENT_DETECTION || de->org != in->org ||
                !draft_dates_compatible(&de->date, &in->date) ||
                !cites_disjoint(&de->cites, &in->cites))
                continue;
            mt_dossier_date_format(&in->date, buf, sizeof buf);
            char about[96];
            snprintf(about, sizeof about, "detection or intrusion in %s", buf);
            conflict *k = add_conflict(c, in->org, about);
            if (!k)
                return;
            snprintf(val, sizeof val, "detection %s", buf);
            add_variant(c, k, val, &de->cites);
            snprintf(val, sizeof val, "intrusion %s", buf);
            add_variant(c, k, val, &in->cites);
            in->dropped = true; /* kept as the conflict, not a line */
            break;
        }
    }
    /* Intrusion dates of one organisation that cannot both be true. */
    for (size_t i = 0; i < c->events.n && c->st == MT_OK; i++) {
        event *a = &ev[i];
        if (a->type != MT_EVENT_INTRUSION_START)
            continue;
        bool first = true, other = false;
        for (size_t j = 0; j < c->events.n; j++) {
            event *b = &ev[j];
            if (b->type != a->type || b->org != a->org)
                continue;
            if (j < i)
                first = false;
            if (!draft_dates_compatible(&a->date, &b->date) &&
                cites_disjoint(&a->cites, &b->cites))
                other = true;
        }
        if (!first || !other)
            continue;
        conflict *k = add_conflict(c, a->org, "date of intrusion_start");
        for (size_t j = i; k && j < c->events.n && c->st == MT_OK; j++) {
            event *b = &ev[j];
            if (b->type != a->type || b->org != a->org)
                continue;
            add_variant(c, k, mt_dossier_date_format(&b->date, buf, sizeof buf),
                        &b->cites);
        }
    }
    /* A detection wholly before the earliest intrusion evidence is an
     * error in a dossier: such intrusion lines become "other". */
    for (size_t o = 0; o < c->orgs.n; o++) {
        int32_t det_hi = INT32_MAX, lo, hi;
        for (size_t i = 0; i < c->events.n; i++)
            if (!ev[i].dropped && ev[i].org == (long)o &&
                ev[i].type == MT_EVENT_DETECTION &&
                mt_dossier_date_span(&ev[i].date, &lo, &hi) == MT_OK &&
                hi < det_hi)
                det_hi = hi;
        for (size_t i = 0; i < c->events.n; i++)
            if (!ev[i].dropped && ev[i].org == (long)o &&
                ev[i].type == MT_EVENT_INTRUSION_START &&
                mt_dossier_date_span(&ev[i].date, &lo, &hi) == MT_OK &&
                lo > det_hi)
                ev[i].dropped = true;
    }
}

/* ---- output ---- */

static int cmp_events_for_sort(const event *a, const event *b)
{
    int32_t alo = 0, ahi = 0, blo = 0, bhi = 0;
    mt_dossier_date_span(&a->date, &alo, &ahi);
    mt_dossier_date_span(&b->date, &blo, &bhi);
    if (alo != blo)
        return alo < blo ? -1 : 1;
    if (ahi != bhi)
        return ahi < bhi ? -1 : 1;
    if (a->type != b->type)
        return a->type < b->type ? -1 : 1;
    if (a->org != b->org)
        return a->org < b->org ? -1 : 1;
    return a->cites.n[0] - b->cites.n[0];
}

static int cmp_events(const void *pa, const void *pb)
{
    const event *a = *(const event *const *)pa, *b = *(const event *const *)pb;
    int r = cmp_events_for_sort(a, b);
    if (r)
        return r;
    return a < b ? -1 : a > b;
}

static mt_org_role role_of(const org *o)
{
    if (o->hints & ROLE_HINT_AUTHORITY)
        return MT_ROLE_AUTHORITY;
    if (o->hints & ROLE_HINT_ATTACKER)
        return MT_ROLE_ATTACKER;
    if (o->hints & ROLE_HINT_VICTIM)
        return MT_ROLE_VICTIM;
    return MT_ROLE_OTHER;
}

static int role_rank(mt_org_role r)
{
    switch (r) {
    case MT_ROLE_AUTHORITY:
        return 0;
    case MT_ROLE_VICTIM:
        return 1;
    case MT_ROLE_ATTACKER:
        return 2;
    default:
        return 3;
    }
}

/* An organisation's place in the output: role rank, then first sight.
 * The ranks travel with the index, so the comparison needs no context. */
typedef struct org_order {
    long idx;
    int rank;
    size_t first;
} org_order;

static int cmp_orgs(const void *pa, const void *pb)
{
    const org_order *a = pa, *b = pb;
    if (a->rank != b->rank)
        return a->rank < b->rank ? -1 : 1;
    return a->first < b->first ? -1 : a->first > b->first;
}

static bool names_match(const org *o, const char *const *names, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (ascii_ieq(names[i], strlen(names[i]), o->name))
            return true;
        for (size_t k = 0; k < o->aliases.n; k++) {
            const char *a = ((char **)o->aliases.v)[k];
            if (ascii_ieq(names[i], strlen(names[i]), a))
                return true;
        }
    }
    return false;
}

static mt_status dup_into(char **field, const char *s)
{
    if (!s)
        return MT_OK;
    *field = mt_strdup(s);
    return *field ? MT_OK : MT_ERR_NOMEM;
}

static void emit(ctx *c, mt_dossier *d, const ranked *order, size_t nsrc)
{
    const draft_input *in = c->in;
    /* Header. */
    if (dup_into(&d->id, in->incident) != MT_OK) {
        oom(c);
        return;
    }
    d->status = MT_INCIDENT_ONGOING;
    /* The header lines as mt_dossier_print() writes them; the validator
     * takes a line of 0 for a missing field. */
    d->id_line = 2;
    d->title_line = 3;
    d->status_line = 4;
    /* Organisations in role order; index map old -> new. */
    org_order *perm = calloc(c->orgs.n ? c->orgs.n : 1, sizeof *perm);
    if (!perm) {
        oom(c);
        return;
    }
    for (size_t i = 0; i < c->orgs.n; i++) {
        const org *o = org_at(c, (long)i);
        perm[i] = (org_order){(long)i, role_rank(role_of(o)), o->first};
    }
    qsort(perm, c->orgs.n, sizeof *perm, cmp_orgs);
    /* The title names the organisations that made statements, or else
     * every victim. */
    bool any_official = false;
    for (size_t i = 0; i < c->orgs.n; i++)
        any_official = any_official || org_at(c, (long)i)->official;
    mt_buf title;
    mt_buf_init(&title, 1024);
    for (size_t i = 0; i < c->orgs.n && c->st == MT_OK; i++) {
        org *o = org_at(c, perm[i].idx);
        mt_dossier_org *dorg = mt_dossier_add_org(d);
        if (!dorg || dup_into(&dorg->name, o->name) != MT_OK) {
            oom(c);
            break;
        }
        dorg->role = role_of(o);
        for (size_t k = 0; k < o->aliases.n; k++)
            if (mt_dossier_org_add_alias(dorg, ((char **)o->aliases.v)[k]) !=
                MT_OK)
                oom(c);
        if ((any_official ? o->official : dorg->role == MT_ROLE_VICTIM) &&
            title.len < 512)
            if (mt_buf_printf(&title, "%s%s", title.len ? ", " : "", o->name) !=
                MT_OK)
                oom(c);
    }
    free(perm);
    if (in->title && *in->title) {
        if (dup_into(&d->title, in->title) != MT_OK)
            oom(c);
    } else if (title.len) {
        if (mt_buf_puts(&title, " (draft)") != MT_OK ||
            !(d->title = mt_buf_detach(&title, NULL)))
            oom(c);
    } else if (dup_into(&d->title, in->incident) != MT_OK) {
        oom(c);
    }
    mt_buf_free(&title);
    /* Related incidents: same disclosing authority or suspected actor. */
    for (size_t i = 0; i < in->nothers && c->st == MT_OK; i++) {
        const draft_incident *x = &in->others[i];
        if (!x->id || strcmp(x->id, in->incident) == 0)
            continue;
        bool link = false;
        for (size_t k = 0; k < c->orgs.n && !link; k++) {
            org *o = org_at(c, (long)k);
            mt_org_role r = role_of(o);
            link = (r == MT_ROLE_AUTHORITY &&
                    names_match(o, x->authorities, x->nauthorities)) ||
                   (r == MT_ROLE_ATTACKER &&
                    names_match(o, x->attackers, x->nattackers));
        }
        if (!link)
            continue;
        mt_dossier_related *r = mt_dossier_add_related(d);
        if (!r || dup_into(&r->id, x->id) != MT_OK)
            oom(c);
    }
    /* Sources. */
    for (size_t i = 0; i < nsrc && c->st == MT_OK; i++) {
        const draft_source *s = order[i].s;
        mt_dossier_source *ds = mt_dossier_add_source(d);
        if (!ds) {
            oom(c);
            return;
        }
        ds->n = (int)i + 1;
        if (s->id)
            snprintf(ds->stored_id, sizeof ds->stored_id, "%s", s->id);
        ds->published = s->published;
        ds->kind = s->kind;
        if (dup_into(&ds->url, s->url) != MT_OK ||
            dup_into(&ds->publisher, s->publisher ? s->publisher : "?") !=
                MT_OK ||
            dup_into(&ds->title, s->title) != MT_OK ||
            dup_into(&ds->lang, s->lang) != MT_OK)
            oom(c);
    }
    /* Claims grouped by organisation in organisation order. */
    for (size_t oi = 0; oi < d->norgs && c->st == MT_OK; oi++) {
        long src_org = org_find(c, d->orgs[oi].name, strlen(d->orgs[oi].name));
        claim *cl = (claim *)c->claims.v;
        for (size_t i = 0; i < c->claims.n && c->st == MT_OK; i++) {
            if (cl[i].org != src_org)
                continue;
            mt_dossier_claim *dc = mt_dossier_add_claim(d);
            if (!dc || dup_into(&dc->org, d->orgs[oi].name) != MT_OK) {
                oom(c);
                return;
            }
            dc->category = cl[i].category;
            dc->hedge = cl[i].hedge;
            dc->text = cl[i].text;
            cl[i].text = NULL;
            dc->cites = cl[i].cites;
            cl[i].cites = (mt_cites){NULL, NULL, 0};
            if (cl[i].has_q) {
                dc->has_quantity = 1;
                dc->quantity.value = cl[i].value;
                dc->quantity.approx = cl[i].approx;
                dc->quantity.unit = cl[i].unit;
                dc->quantity.counts = cl[i].counts;
                cl[i].unit = cl[i].counts = NULL;
            }
        }
    }
    /* Timeline, ordered by date. */
    const event **idx = calloc(c->events.n ? c->events.n : 1, sizeof *idx);
    if (!idx) {
        oom(c);
        return;
    }
    size_t ne = 0;
    for (size_t i = 0; i < c->events.n; i++)
        if (!((event *)c->events.v)[i].dropped)
            idx[ne++] = (event *)c->events.v + i;
    qsort(idx, ne, sizeof *idx, cmp_events);
    for (size_t i = 0; i < ne && c->st == MT_OK; i++) {
        event *e = (event *)idx[i];
        mt_dossier_event *de = mt_dossier_add_event(d);
        if (!de || dup_into(&de->org, org_at(c, e->org)->name) != MT_OK) {
            oom(c);
            break;
        }
        de->date = e->date;
        de->type = e->type;
        de->text = e->text;
        e->text = NULL;
        de->cites = e->cites;
        e->cites = (mt_cites){NULL, NULL, 0};
    }
    free(idx);
    /* Conflicts, as annotations the analyst can keep or remove. */
    conflict *k = (conflict *)c->conflicts.v;
    for (size_t i = 0; i < c->conflicts.n && c->st == MT_OK; i++) {
        if (k[i].values.n < 2)
            continue;
        mt_dossier_conflict *dk = mt_dossier_add_conflict(d);
        if (!dk || dup_into(&dk->org, org_at(c, k[i].org)->name) != MT_OK ||
            dup_into(&dk->about, k[i].about) != MT_OK) {
            oom(c);
            return;
        }
        for (size_t v = 0; v < k[i].values.n; v++) {
            mt_conflict_variant *dv = mt_dossier_conflict_add_variant(
                dk, ((char **)k[i].values.v)[v]);
            if (!dv) {
                oom(c);
                return;
            }
            dv->cites = ((mt_cites *)k[i].cites.v)[v];
            ((mt_cites *)k[i].cites.v)[v] = (mt_cites){NULL, NULL, 0};
        }
    }
    /* Claims resting on one source, said in the commentary. */
    mt_buf note;
    mt_buf_init(&note, 64 * 1024);
    for (size_t i = 0; i < d->nclaims && c->st == MT_OK; i++) {
        const mt_dossier_claim *dc = &d->claims[i];
        if (dc->cites.count != 1)
            continue;
        if (note.len == 0 &&
            mt_buf_puts(&note, "Single-source claims (matome draft):") != MT_OK)
            oom(c);
        if (mt_buf_printf(&note, "\n- %s: %s (source %d only)", dc->org,
                          dc->text, dc->cites.n[0]) != MT_OK)
            oom(c);
    }
    if (note.len && c->st == MT_OK) {
        mt_dossier_para *p = mt_dossier_add_para(d);
        if (!p || !(p->text = mt_buf_detach(&note, NULL)))
            oom(c);
    }
    mt_buf_free(&note);
}

static void ctx_free(ctx *c)
{
    for (size_t i = 0; i < c->orgs.n; i++) {
        org *o = org_at(c, (long)i);
        free(o->name);
        for (size_t k = 0; k < o->aliases.n; k++)
            free(((char **)o->aliases.v)[k]);
        free(o->aliases.v);
    }
    free(c->orgs.v);
    for (size_t i = 0; i < c->events.n; i++) {
        event *e = (event *)c->events.v + i;
        free(e->text);
        cites_free(&e->cites);
    }
    free(c->events.v);
    for (size_t i = 0; i < c->claims.n; i++) {
        claim *x = (claim *)c->claims.v + i;
        free(x->text);
        free(x->unit);
        free(x->counts);
        cites_free(&x->cites);
    }
    free(c->claims.v);
    for (size_t i = 0; i < c->conflicts.n; i++) {
        conflict *k = (conflict *)c->conflicts.v + i;
        free(k->about);
        for (size_t v = 0; v < k->values.n; v++) {
            free(((char **)k->values.v)[v]);
            cites_free((mt_cites *)k->cites.v + v);
        }
        free(k->values.v);
        free(k->cites.v);
    }
    free(c->conflicts.v);
}

mt_status draft_assemble(mt_dossier **out, const draft_input *in, mt_error *err)
{
    if (!out || !in || !in->incident || (!in->sources && in->nsources))
        return mt_error_set(err, MT_ERR_ARG, "draft_assemble: NULL argument");
    *out = NULL;
    ctx c;
    memset(&c, 0, sizeof c);
    c.in = in;
    c.err = err;
    ranked *order = calloc(in->nsources ? in->nsources : 1, sizeof *order);
    if (!order)
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    size_t nsrc = 0;
    for (size_t i = 0; i < in->nsources; i++) {
        /* The same URL twice is one source to a dossier: keep the first. */
        bool dup = false;
        for (size_t k = 0; k < i && in->sources[i].url; k++)
            dup = dup || same_str(in->sources[k].url, in->sources[i].url);
        if (!dup)
            order[nsrc++] = (ranked){&in->sources[i], i};
    }
    qsort(order, nsrc, sizeof *order, cmp_sources);
    /* The one organisation with official statements (-1 none, -2 more
     * than one): the default topic of the other sources. */
    long sole = -1;
    for (size_t i = 0; i < nsrc && c.st == MT_OK; i++) {
        const draft_source *s = order[i].s;
        reader r = {s,
                    -1,
                    sole >= 0 ? sole : -1,
                    -1,
                    {-1, -1},
                    (int)i + 1,
                    !(s->lang && strcmp(s->lang, "en") == 0),
                    0,
                    0};
        if (s->publisher &&
            (s->kind == MT_KIND_OFFICIAL || s->kind == MT_KIND_AUTHORITY)) {
            r.pub = org_find(&c, s->publisher, strlen(s->publisher));
            if (r.pub < 0)
                r.pub = org_get(&c, s->publisher, NULL, 0);
        }
        if (r.pub >= 0) {
            org *po = org_at(&c, r.pub);
            if (s->kind == MT_KIND_AUTHORITY) {
                po->hints |= ROLE_HINT_AUTHORITY;
                r.authority = r.pub;
            } else {
                po->hints |= ROLE_HINT_VICTIM;
                if (!po->official)
                    sole = sole == -1 ? r.pub : -2;
                else if (sole != r.pub)
                    sole = -2;
                po->official = true;
                r.topic = r.pub;
            }
            /* The statement itself is its publisher's disclosure. */
            if (s->published.year && mt_date_valid(&s->published)) {
                mt_dossier_date dd = {s->published, 0};
                char *text =
                    statement(s->title ? s->title : s->publisher,
                              strlen(s->title ? s->title : s->publisher));
                if (!text)
                    oom(&c);
                else
                    add_event(&c, &dd, r.pub, MT_EVENT_DISCLOSURE, text, r.n);
            }
        }
        for (size_t k = 0; k < s->nsentences && c.st == MT_OK; k++)
            sentence(&c, &r, &s->sentences[k]);
    }
    if (c.st == MT_OK) {
        quantity_conflicts(&c);
        count_conflicts(&c);
        leak_conflicts(&c);
        event_conflicts(&c);
    }
    mt_dossier *d = c.st == MT_OK ? mt_dossier_new() : NULL;
    if (c.st == MT_OK && !d)
        oom(&c);
    if (c.st == MT_OK)
        emit(&c, d, order, nsrc);
    free(order);
    ctx_free(&c);
    if (c.st != MT_OK) {
        mt_dossier_free(d);
        return c.st;
    }
    *out = d;
    return MT_OK;
}

mt_status draft_counts_load(draft_counts *out, const char *data_dir,
                            mt_error *err)
{
    memset(out, 0, sizeof *out);
    char path[1024];
    const char *dir = data_dir ? data_dir : mt_data_dir();
    snprintf(path, sizeof path, "%s/draft_counts.tsv", dir);
    mt_tsv t;
    mt_status st = mt_tsv_open(&t, path, err);
    if (st != MT_OK)
        return st;
    int cw = mt_tsv_col(&t, "word"), cc = mt_tsv_col(&t, "counts");
    if (cw < 0 || cc < 0) {
        mt_tsv_close(&t);
        return mt_error_at(err, MT_ERR_INPUT, path, -1,
                           "draft_counts.tsv needs columns word and counts");
    }
    int r;
    while ((r = mt_tsv_next(&t, err)) == 1) {
        if (!mt_grow_pow2((void **)&out->word, out->n, sizeof(char *)) ||
            !mt_grow_pow2((void **)&out->counts, out->n, sizeof(char *))) {
            r = MT_ERR_NOMEM;
            break;
        }
        out->word[out->n] = mt_strndup(t.field[cw], t.field_len[cw]);
        out->counts[out->n] = mt_strndup(t.field[cc], t.field_len[cc]);
        out->n++;
        if (!out->word[out->n - 1] || !out->counts[out->n - 1]) {
            r = MT_ERR_NOMEM;
            break;
        }
    }
    mt_tsv_close(&t);
    if (r < 0) {
        draft_counts_free(out);
        return r == MT_ERR_NOMEM
                   ? mt_error_set(err, MT_ERR_NOMEM, "out of memory")
                   : (mt_status)r;
    }
    return MT_OK;
}

void draft_counts_free(draft_counts *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++) {
        free(c->word[i]);
        free(c->counts[i]);
    }
    free(c->word);
    free(c->counts);
    memset(c, 0, sizeof *c);
}

mt_status draft_cues_load(draft_cues *out, const char *data_dir, mt_error *err)
{
    memset(out, 0, sizeof *out);
    char path[1024];
    const char *dir = data_dir ? data_dir : mt_data_dir();
    snprintf(path, sizeof path, "%s/draft_cues.tsv", dir);
    mt_tsv t;
    mt_status st = mt_tsv_open(&t, path, err);
    if (st != MT_OK)
        return st;
    int cw = mt_tsv_col(&t, "word"), ck = mt_tsv_col(&t, "kind"),
        cv = mt_tsv_col(&t, "value");
    if (cw < 0 || ck < 0 || cv < 0) {
        mt_tsv_close(&t);
        return mt_error_at(err, MT_ERR_INPUT, path, -1,
                           "draft_cues.tsv needs columns word, kind, value");
    }
    int r;
    while ((r = mt_tsv_next(&t, err)) == 1) {
        if (t.field_len[cw] == 0)
            continue;
        if (!mt_grow_pow2((void **)&out->word, out->n, sizeof(char *)) ||
            !mt_grow_pow2((void **)&out->kind, out->n, sizeof(char *)) ||
            !mt_grow_pow2((void **)&out->value, out->n, sizeof(char *))) {
            r = MT_ERR_NOMEM;
            break;
        }
        out->word[out->n] = mt_strndup(t.field[cw], t.field_len[cw]);
        out->kind[out->n] = mt_strndup(t.field[ck], t.field_len[ck]);
        out->value[out->n] = mt_strndup(t.field[cv], t.field_len[cv]);
        out->n++;
        if (!out->word[out->n - 1] || !out->kind[out->n - 1] ||
            !out->value[out->n - 1]) {
            r = MT_ERR_NOMEM;
            break;
        }
    }
    mt_tsv_close(&t);
    if (r < 0) {
        draft_cues_free(out);
        return r == MT_ERR_NOMEM
                   ? mt_error_set(err, MT_ERR_NOMEM, "out of memory")
                   : (mt_status)r;
    }
    return MT_OK;
}

void draft_cues_free(draft_cues *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++) {
        free(c->word[i]);
        free(c->kind[i]);
        free(c->value[i]);
    }
    free(c->word);
    free(c->kind);
    free(c->value);
    memset(c, 0, sizeof *c);
}
