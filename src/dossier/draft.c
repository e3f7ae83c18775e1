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
    size_t first; /* order of first sight */
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

/* ---- per sentence ---- */

static size_t dist(const draft_span *a, const draft_span *b)
{
    if (a->end <= b->start)
        return b->start - a->end;
    if (b->end <= a->start)
        return a->start - b->end;
    return 0;
}

static const draft_span *nearest(const draft_sentence *s, draft_span_kind k,
                                 const draft_span *to, const draft_span *skip)
{
    const draft_span *best = NULL;
    size_t bd = 0;
    for (size_t i = 0; i < s->nspans; i++) {
        const draft_span *x = &s->spans[i];
        if (x->kind != k || x == skip)
            continue;
        if (k == DRAFT_DATE && (x->date.year == 0 || !mt_date_valid(&x->date)))
            continue;
        size_t d = dist(x, to);
        if (!best || d < bd) {
            best = x;
            bd = d;
        }
    }
    return best;
}

static mt_hedge sentence_hedge(const draft_sentence *s)
{
    for (size_t i = 0; i < s->nspans; i++) {
        mt_hedge h;
        if (s->spans[i].kind == DRAFT_HEDGE && s->spans[i].value &&
            mt_hedge_parse(&h, s->spans[i].value) == MT_OK &&
            h != MT_HEDGE_CONFIRMED)
            return h;
    }
    return MT_HEDGE_CONFIRMED;
}

static void add_event(ctx *c, const mt_dossier_date *date, long oi,
                      mt_event_type type, const draft_sentence *s, int n)
{
    event *ev = (event *)c->events.v;
    for (size_t i = 0; i < c->events.n; i++) {
        if (ev[i].org != oi || ev[i].type != type ||
            !draft_dates_compatible(&ev[i].date, date))
            continue;
        if (cites_put(&ev[i].cites, n) != MT_OK)
            oom(c);
        /* Keep the finer date: 2017-10 over 2017. */
        if (precision(&date->date) > precision(&ev[i].date.date))
            ev[i].date = *date;
        return;
    }
    event *e = vec_push(&c->events, sizeof(event));
    if (!e) {
        oom(c);
        return;
    }
    e->date = *date;
    e->org = oi;
    e->type = type;
    e->text = statement(s->text, s->len);
    if (!e->text || cites_put(&e->cites, n) != MT_OK)
        oom(c);
}

static bool same_str(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return strcmp(a, b) == 0;
}

static void add_claim(ctx *c, const claim *proto, const draft_sentence *s,
                      int n)
{
    claim *cl = (claim *)c->claims.v;
    for (size_t i = 0; i < c->claims.n; i++) {
        claim *x = &cl[i];
        if (x->org != proto->org || x->category != proto->category ||
            x->hedge != proto->hedge || x->has_q != proto->has_q)
            continue;
        if (proto->has_q ? (x->value != proto->value ||
                            !same_str(x->unit, proto->unit) ||
                            !same_str(x->counts, proto->counts))
                         : x->key != proto->key)
            continue;
        if (cites_put(&x->cites, n) != MT_OK)
            oom(c);
        return;
    }
    claim *x = vec_push(&c->claims, sizeof(claim));
    if (!x) {
        oom(c);
        return;
    }
    *x = *proto;
    x->unit = proto->unit ? mt_strdup(proto->unit) : NULL;
    x->counts = proto->counts ? mt_strdup(proto->counts) : NULL;
    x->text = statement(s->text, s->len);
    x->cites = (mt_cites){NULL, NULL, 0};
    if (!x->text || (proto->unit && !x->unit) ||
        (proto->counts && !x->counts) || cites_put(&x->cites, n) != MT_OK)
        oom(c);
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
            if (alpha && (((a | 32) >= 'a' && (a | 32) <= 'z') ||
                          ((z | 32) >= 'a' && (z | 32) <= 'z')))
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

static mt_claim_category category_of(mt_event_type t, bool dated)
{
    switch (t) {
    case MT_EVENT_LEAK_POSSIBLE:
    case MT_EVENT_LEAK_DENIED:
        return MT_CLAIM_IMPACT;
    case MT_EVENT_ATTRIBUTION:
        return MT_CLAIM_ATTRIBUTION;
    case MT_EVENT_NOTIFICATION:
    case MT_EVENT_CONTAINMENT:
    case MT_EVENT_REMEDIATION:
        return MT_CLAIM_RESPONSE;
    case MT_EVENT_INTRUSION_START:
        return dated ? MT_CLAIM_CONTEXT : MT_CLAIM_IMPACT;
    default:
        return MT_CLAIM_CONTEXT;
    }
}

static void sentence(ctx *c, const draft_source *src, long pub_org,
                     const draft_sentence *s, int n)
{
    mt_hedge hedge = sentence_hedge(s);
    /* Organisations first, so aliases merge before use. */
    for (size_t i = 0; i < s->nspans; i++) {
        const draft_span *x = &s->spans[i];
        if (x->kind == DRAFT_ORG && x->value && x->end <= s->len)
            org_get(c, x->value, s->text + x->start, x->end - x->start);
    }
    const draft_span *attacker = NULL;
    for (size_t i = 0; i < s->nspans && c->st == MT_OK; i++) {
        const draft_span *x = &s->spans[i];
        mt_event_type type;
        if (x->kind != DRAFT_EVENT || !x->type ||
            mt_event_type_parse(&type, x->type) != MT_OK)
            continue;
        const draft_span *o = nearest(s, DRAFT_ORG, x, NULL);
        long oi = -1;
        if (type == MT_EVENT_ATTRIBUTION && o) {
            /* "X の関与", "linked to X": the org next to the trigger is
             * the suspect; the claim belongs to another org. */
            attacker = o;
            long ai = org_find(c, o->value, strlen(o->value));
            if (ai >= 0)
                org_at(c, ai)->hints |= ROLE_HINT_ATTACKER;
            o = nearest(s, DRAFT_ORG, x, attacker);
        }
        if (o)
            oi = org_find(c, o->value, strlen(o->value));
        if (oi < 0 &&
            (src->kind == MT_KIND_OFFICIAL || src->kind == MT_KIND_AUTHORITY))
            oi = pub_org;
        if (oi < 0)
            continue;
        if (type == MT_EVENT_LEAK_POSSIBLE || type == MT_EVENT_LEAK_DENIED)
            type = (hedge == MT_HEDGE_DENIED || hedge == MT_HEDGE_NOT_CONFIRMED)
                       ? MT_EVENT_LEAK_DENIED
                       : MT_EVENT_LEAK_POSSIBLE;
        if (type == MT_EVENT_INTRUSION_START || type == MT_EVENT_DETECTION ||
            type == MT_EVENT_LEAK_POSSIBLE)
            if (oi != pub_org || src->kind != MT_KIND_AUTHORITY)
                org_at(c, oi)->hints |= ROLE_HINT_VICTIM;
        const draft_span *d = nearest(s, DRAFT_DATE, x, NULL);
        if (d) {
            mt_dossier_date dd = {d->date, draft_mods(d->mod)};
            if (d->date.year >= 1900 && d->date.year <= 2999)
                add_event(c, &dd, oi, type, s, n);
        }
        mt_claim_category cat = category_of(type, d != NULL);
        if (cat == MT_CLAIM_CONTEXT)
            continue;
        claim proto;
        memset(&proto, 0, sizeof proto);
        proto.org = oi;
        proto.category = cat;
        proto.hedge = hedge;
        proto.key =
            type == MT_EVENT_LEAK_DENIED ? MT_EVENT_LEAK_POSSIBLE : type;
        add_claim(c, &proto, s, n);
    }
    /* One quantity per sentence and organisation: "250件、うち231件" is
     * one figure and its part. */
    vec seen = {NULL, 0};
    for (size_t i = 0; i < s->nspans && c->st == MT_OK; i++) {
        const draft_span *x = &s->spans[i];
        if (x->kind != DRAFT_QUANTITY || !x->unit || !*x->unit ||
            x->number < 1 || x->number > 1e15)
            continue;
        const draft_span *o = nearest(s, DRAFT_ORG, x, attacker);
        long oi = o ? org_find(c, o->value, strlen(o->value)) : -1;
        if (oi < 0 && src->kind == MT_KIND_OFFICIAL)
            oi = pub_org;
        if (oi < 0)
            continue;
        bool dup = false;
        for (size_t k = 0; k < seen.n; k++)
            dup = dup || ((long *)seen.v)[k] == oi;
        if (dup)
            continue;
        long *slot = vec_push(&seen, sizeof(long));
        if (!slot) {
            oom(c);
            break;
        }
        *slot = oi;
        claim proto;
        memset(&proto, 0, sizeof proto);
        proto.org = oi;
        proto.category = MT_CLAIM_IMPACT;
        proto.hedge = hedge;
        proto.has_q = 1;
        proto.value = (int64_t)x->number;
        proto.approx = x->mod && strstr(x->mod, "approx") != NULL;
        proto.unit = (char *)x->unit;
        proto.counts = (char *)counted(c->in->counts, s, x);
        if (strpbrk(proto.unit, ":{}|\n"))
            continue;
        add_claim(c, &proto, s, n);
    }
    free(seen.v);
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

static const char *qty_label(const claim *q, char *buf, size_t size)
{
    snprintf(buf, size, "%s%lld %s%s%s%s", q->approx ? "~" : "",
             (long long)q->value, q->unit, q->counts ? " (" : "",
             q->counts ? q->counts : "", q->counts ? ")" : "");
    return buf;
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
            if (!same_str(cl[j].unit, cl[i].unit) ||
                !same_str(cl[j].counts, cl[i].counts))
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
            const char *label = qty_label(&cl[j], buf, sizeof buf);
            size_t v = 0;
            while (v < k->values.n &&
                   strcmp(((char **)k->values.v)[v], label) != 0)
                v++;
            if (v < k->values.n) {
                if (cites_merge((mt_cites *)k->cites.v + v, &cl[j].cites) !=
                    MT_OK)
                    oom(c);
            } else {
                add_variant(c, k, label, &cl[j].cites);
            }
        }
    }
}

/* A leak stated as fact by some sources and hedged by others. */
static void leak_conflicts(ctx *c)
{
    claim *cl = (claim *)c->claims.v;
    for (size_t o = 0; o < c->orgs.n && c->st == MT_OK; o++) {
        mt_cites by[5];
        memset(by, 0, sizeof by);
        for (size_t i = 0; i < c->claims.n; i++)
            if (cl[i].org == (long)o && cl[i].category == MT_CLAIM_IMPACT &&
                cl[i].key == MT_EVENT_LEAK_POSSIBLE && !cl[i].has_q)
                if (cites_merge(&by[cl[i].hedge], &cl[i].cites) != MT_OK)
                    oom(c);
        int kinds = 0;
        for (int h = 0; h < 5; h++)
            kinds += by[h].count > 0;
        if (by[MT_HEDGE_CONFIRMED].count && kinds > 1) {
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
                ev[i].type = MT_EVENT_OTHER;
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

static ctx *sort_ctx; /* for qsort of organisation indexes; see below */

static int cmp_orgs(const void *pa, const void *pb)
{
    const org *a = org_at(sort_ctx, *(const long *)pa);
    const org *b = org_at(sort_ctx, *(const long *)pb);
    int ra = role_rank(role_of(a)), rb = role_rank(role_of(b));
    if (ra != rb)
        return ra < rb ? -1 : 1;
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
    long *perm = calloc(c->orgs.n ? c->orgs.n : 1, sizeof(long));
    if (!perm) {
        oom(c);
        return;
    }
    for (size_t i = 0; i < c->orgs.n; i++)
        perm[i] = (long)i;
    sort_ctx = c;
    qsort(perm, c->orgs.n, sizeof(long), cmp_orgs);
    sort_ctx = NULL;
    mt_buf title;
    mt_buf_init(&title, 1024);
    for (size_t i = 0; i < c->orgs.n && c->st == MT_OK; i++) {
        org *o = org_at(c, perm[i]);
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
        if (dorg->role == MT_ROLE_VICTIM && title.len < 512)
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
    for (size_t i = 0; i < nsrc && c.st == MT_OK; i++) {
        const draft_source *s = order[i].s;
        long pub = -1;
        if (s->publisher &&
            (s->kind == MT_KIND_OFFICIAL || s->kind == MT_KIND_AUTHORITY)) {
            pub = org_find(&c, s->publisher, strlen(s->publisher));
            if (pub < 0)
                pub = org_get(&c, s->publisher, NULL, 0);
            if (pub >= 0)
                org_at(&c, pub)->hints |= s->kind == MT_KIND_AUTHORITY
                                              ? ROLE_HINT_AUTHORITY
                                              : ROLE_HINT_VICTIM;
        }
        for (size_t k = 0; k < s->nsentences && c.st == MT_OK; k++)
            sentence(&c, s, pub, &s->sentences[k], (int)i + 1);
    }
    if (c.st == MT_OK) {
        quantity_conflicts(&c);
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
