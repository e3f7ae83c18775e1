/*
 * Conflicts between sources (stage.h): two or more sources that say
 * incompatible things about the same organisation and the same fact.
 *
 *   how many X      one organisation, one counted thing, one certainty
 *                   (stated as fact, or as possible), the figures that
 *                   sources headline (each the largest of its source),
 *                   of one magnitude (3 arrested and 900 defrauded are
 *                   two groups), that cannot both be right ("about
 *                   19,000" does not hold 18,320; "about 32,000" holds
 *                   32,418);
 *   how much X (U)  the same for a measure in its base unit U (data:
 *                   2.62 GB is ~2620 MB, approximate as claims.c makes
 *                   it: 2.6 GB holds 2.62 GB, 2.5 GB does not);
 *   what N counts   one organisation, one figure (10 or more), counting
 *                   different things in different sources (250 files, 250
 *                   people);
 *   leak            a leak stated as fact against one denied or not
 *                   confirmed (denied beside not confirmed is one account),
 *                   by sources published within a week of each other,
 *                   both dated (what is found of a leak changes by the
 *                   day), unless the victim's word stands against an
 *                   outlet's evidence; "leak as told from D1 to D2" names
 *                   the days the accounts were published;
 *   detection or intrusion in D   one source dates the detection where
 *                   another dates the intrusion, D a month or a day (a
 *                   year alone is none; to the day only when
 *                   another source dates the intrusion earlier or each
 *                   account has a source of its own, and three sources
 *                   at least tell the two: an attack is often found the
 *                   day it strikes);
 *   date of T       the same announcement or event dated one to three days
 *                   apart by sources that each give one of the dates (not
 *                   an attacker's claim, made again on several days);
 *                   intrusion start dates that cannot both be true, each
 *                   the only one its sources give, within a month of
 *                   each other or told in the same week's news (further
 *                   apart they are as often two attacks) ("date of T and
 *                   U" when two facts are told on the same days);
 *   attacker        different attackers named for the incident, their
 *                   claims within a month of each other, or two groups'
 *                   claims one source tells together (a double claim),
 *                   each with the day its claim was first told;
 *                   not the people the police arrest, who act together,
 *                   nor "a ransomware group" (claims.c names no attacker
 *                   by words any attacker goes by);
 *   attacker's claim, attacker's demand   an attacker's claim or demand
 *                   one source reports against another's word that none
 *                   is there (「金銭の要求は今のところない」, "no gang has
 *                   claimed it"), "no demand seen as of D"
 *                   dated by the denying source.
 *
 * What is not a conflict: the parts of one total or a figure and a subset
 * of it from the same source; figures or leak statements that follow each
 * other in time (a later report revising an earlier one: every source of
 * one side published a week or more after every source of the other);
 * anything only one source says.  Each variant lists the sources that
 * give it.
 *
 * This file reads the claims (how many, what N counts, leak) and holds
 * what both halves share; event_conflicts.c reads the timeline (dates,
 * detection or intrusion, attackers and their claims).
 */
#include "draft/stage.h"

#include "core/buf.h"
#include "core/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- shared with event_conflicts.c (stage.h says what each does) ---- */

conflict *draft_conflict_add(ctx *c, long oi, const char *about)
{
    /* One conflict per organisation and fact: the variants of three
     * intrusion dates are one disagreement, not three. */
    conflict *have = (conflict *)c->conflicts.v;
    for (size_t i = 0; i < c->conflicts.n; i++)
        if (have[i].org == oi && strcmp(have[i].about, about) == 0)
            return &have[i];
    conflict *k = draft_vec_push(&c->conflicts, sizeof(conflict));
    if (!k || !(k->about = mt_strdup(about))) {
        if (k)
            c->conflicts.n--;
        draft_oom(c);
        return NULL;
    }
    k->org = oi;
    return k;
}

void draft_conflict_variant(ctx *c, conflict *k, const char *label,
                            const mt_cites *cites)
{
    size_t v = 0;
    while (v < k->values.n && strcmp(((char **)k->values.v)[v], label) != 0)
        v++;
    if (v < k->values.n) {
        if (draft_cites_merge((mt_cites *)k->cites.v + v, cites) != MT_OK)
            draft_oom(c);
        return;
    }
    char **slot = draft_vec_push(&k->values, sizeof(char *));
    if (!slot) {
        draft_oom(c);
        return;
    }
    mt_cites *ci = draft_vec_push(&k->cites, sizeof(mt_cites));
    if (!ci) {
        k->values.n--;
        draft_oom(c);
        return;
    }
    *ci = (mt_cites){NULL, NULL, 0};
    if (!(*slot = mt_strdup(label))) {
        /* No NULL label left behind for the next strcmp. */
        k->values.n--;
        k->cites.n--;
        draft_oom(c);
        return;
    }
    if (draft_cites_merge(ci, cites) != MT_OK)
        draft_oom(c);
}

/* Days two accounts may lie apart and still be news of the same days:
 * beyond it a later report revises an earlier one. */
#define NEWS_WEEK 7

/* A numbered source's publication day (draft_conflicts reads them once
 * into c->src_day). */
struct draft_src_day {
    int32_t day;   /* days from the civil epoch, when dated */
    bool dated;    /* it has a full, valid publication date */
    bool inferred; /* the drafter inferred it from the news the page tells
                      (assemble.c, load.c): a lower bound only */
};

static struct draft_src_day source_day(const draft_source *src)
{
    const mt_date *d = &src->published;
    struct draft_src_day x = {0, false, src->inferred};
    if (d->year && d->month && d->day && mt_date_valid(d)) {
        x.day = mt_date_days_from_civil(d->year, d->month, d->day);
        x.dated = true;
    }
    return x;
}

/* The day of the source numbered n into *day; false when it has none, or
 * (known) when it was only inferred: where both days must be known (what
 * was found of a leak changes by the day, and a page whose day is a lower
 * bound may be the later word).  Only while draft_conflicts runs. */
static bool day_of(const ctx *c, int n, bool known, int32_t *day)
{
    if (n < 1 || (size_t)n > c->nnumbered || !c->src_day)
        return false;
    const struct draft_src_day *x = &c->src_day[n - 1];
    if (!x->dated || (known && x->inferred))
        return false;
    *day = x->day;
    return true;
}

/* Sources na and nb were published within NEWS_WEEK of each other: 1;
 * further apart: 0; a day unknown (or, known, only inferred): -1. */
static int same_week(const ctx *c, int na, int nb, bool known)
{
    int32_t da, db;
    if (!day_of(c, na, known, &da) || !day_of(c, nb, known, &db))
        return -1;
    return abs(da - db) < NEWS_WEEK;
}

bool draft_cites_same_news(const ctx *c, const mt_cites *a, const mt_cites *b)
{
    for (size_t x = 0; x < a->count; x++)
        for (size_t y = 0; y < b->count; y++)
            if (a->n[x] != b->n[y] && same_week(c, a->n[x], b->n[y], true) > 0)
                return true;
    return false;
}

void draft_own_sources(const mt_cites *a, const mt_cites *b, bool *a_only,
                       bool *b_only)
{
    *a_only = *b_only = false;
    for (size_t i = 0; i < a->count; i++)
        *a_only = *a_only || !draft_cites_has(b, a->n[i]);
    for (size_t i = 0; i < b->count; i++)
        *b_only = *b_only || !draft_cites_has(a, b->n[i]);
}

/* a cites a source b does not, or b one a does not: the two do not rest
 * on the same sources (a source may report both sides).  two_sided is
 * the stricter test. */
bool draft_cites_apart(const mt_cites *a, const mt_cites *b)
{
    bool a_only, b_only;
    draft_own_sources(a, b, &a_only, &b_only);
    return a_only || b_only;
}

/* Variants i and j of k are a disagreement: a source that gives the one
 * and another that gives the other, published within a week of each
 * other (or undated, unless dated): two accounts of the same news, not a
 * later report that revised an earlier one.  strict: neither source may
 * give both (a source that gives an old figure and a new one tells an
 * update).  dated: both days must be known (what was found of a leak
 * changes from day to day: an undated page's account may be the later
 * one). */
static bool disagree(const ctx *c, const conflict *k, size_t i, size_t j,
                     bool strict, bool dated)
{
    const mt_cites *a = (const mt_cites *)k->cites.v + i,
                   *b = (const mt_cites *)k->cites.v + j;
    for (size_t x = 0; x < a->count; x++) {
        bool xb = draft_cites_has(b, a->n[x]);
        if (strict && xb)
            continue;
        for (size_t y = 0; y < b->count; y++) {
            bool ya = draft_cites_has(a, b->n[y]);
            if (a->n[x] == b->n[y] || (strict && ya) || (xb && ya))
                continue;
            int w = same_week(c, a->n[x], b->n[y], dated);
            if (w > 0 || (w < 0 && !dated))
                return true;
        }
    }
    return false;
}

void draft_conflict_clear(conflict *k)
{
    for (size_t v = 0; v < k->values.n; v++) {
        free(((char **)k->values.v)[v]);
        draft_cites_free((mt_cites *)k->cites.v + v);
    }
    free(k->values.v);
    free(k->cites.v);
    free(k->about);
}

void draft_conflict_drop(ctx *c, conflict *k)
{
    conflict *v = (conflict *)c->conflicts.v;
    size_t at = (size_t)(k - v);
    draft_conflict_clear(k);
    memmove(&v[at], &v[at + 1], (c->conflicts.n - at - 1) * sizeof *v);
    c->conflicts.n--;
}

void draft_conflict_settle(ctx *c, conflict *k, bool strict, bool dated)
{
    for (size_t i = 0; i < k->values.n; i++)
        for (size_t j = i + 1; j < k->values.n; j++)
            if (disagree(c, k, i, j, strict, dated))
                return;
    /* (draft_conflict_add returns the conflict already kept for the
     * organisation and fact: k need not be the last one.) */
    draft_conflict_drop(c, k);
}

/* ---- quantities ---- */

static const char *qty_thing(const claim *q)
{
    return q->counts ? q->counts : q->unit;
}

/* "~250 files" when what it counts is known, else "~250 件"; a measure
 * in the largest of its units it holds one of, "~2.62 GB of data"; a
 * floor after ">=", as the dossier writes it. */
static const char *qty_label(const ctx *c, const claim *q, char *buf,
                             size_t size)
{
    char fig[64];
    const char *floor = q->at_least ? ">=" : "";
    if (q->scaled && q->counts)
        snprintf(buf, size, "%s%s%s of %s", floor, q->approx ? "~" : "",
                 draft_counts_show(c->in->counts, q->value, q->unit, fig,
                                   sizeof fig),
                 q->counts);
    else
        snprintf(buf, size, "%s%s%lld %s", floor, q->approx ? "~" : "",
                 (long long)q->value, qty_thing(q));
    return buf;
}

static bool qty_disagree(const claim *a, const claim *b)
{
    /* A ceiling is read as the figure itself: "up to 120,000" against
     * "about 100,000" is how outlets disagree about a count. */
    return !mt_floor_holds(a->value, a->at_least, b->value, b->at_least) &&
           !mt_figures_agree(a->value, a->approx, b->value, b->approx);
}

/* Claim q of a counted thing is the largest figure for that thing in
 * one of its sources: the figure that source headlines.  The others are
 * its parts (a breakdown) or other subsets (of which some were confirmed
 * leaked), never another account of the same total. */
static bool headline(const ctx *c, const claim *q)
{
    const claim *cl = (const claim *)c->claims.v;
    for (size_t k = 0; k < q->cites.count; k++) {
        int n = q->cites.n[k];
        bool top = true;
        for (size_t j = 0; j < c->claims.n && top; j++)
            top = !(cl[j].has_q && cl[j].org == q->org && cl[j].counts &&
                    strcmp(cl[j].counts, q->counts) == 0 &&
                    cl[j].value > q->value && draft_cites_has(&cl[j].cites, n));
        if (top)
            return true;
    }
    return false;
}

/* Two figures can be accounts of one count: both stated as fact or both
 * as possible, or within three times of each other.  16,406 people whose
 * data did leak and 390,000 whose data may have are two counts; 12,148
 * who may be affected and "about 21,000 exposed" are two accounts. */
static bool same_certainty(const claim *a, const claim *b)
{
    bool fa = a->hedge == MT_HEDGE_CONFIRMED,
         fb = b->hedge == MT_HEDGE_CONFIRMED;
    if (fa == fb)
        return true;
    int64_t hi = a->value > b->value ? a->value : b->value;
    int64_t lo = a->value > b->value ? b->value : a->value;
    return lo > 0 && hi <= 3 * lo;
}

/* Counted things of one kin (data/draft_counts.tsv: people and
 * customers are persons) named in two words (「12万人分の顧客情報」,
 * "100,000 customers"): one count only where the figures are near (at
 * most twice the other: 5,400 customers' records and 32,418 employees,
 * 人 too, are two counts). */
static bool kin_count(const ctx *c, const claim *a, const claim *b)
{
    const char *ka = draft_counts_kin(c->in->counts, a->counts),
               *kb = draft_counts_kin(c->in->counts, b->counts);
    int64_t hi = a->value > b->value ? a->value : b->value;
    int64_t lo = a->value > b->value ? b->value : a->value;
    return ka && kb && strcmp(ka, kb) == 0 && lo > 0 && hi <= 2 * lo;
}

/* Claim b can be another account of claim a's count: the same
 * organisation and counted thing (or its kin), a headline figure of its
 * source, the same footing and one magnitude (mt_one_magnitude: 3
 * arrested and 900 defrauded count two groups). */
static bool same_count(const ctx *c, const claim *a, const claim *b)
{
    return b->has_q && b->org == a->org && b->counts &&
           (strcmp(b->counts, a->counts) == 0 || kin_count(c, a, b)) &&
           b->top && same_certainty(a, b) &&
           mt_one_magnitude(a->value, b->value);
}

/* Figures a and b disagree, but another account of the same count
 * reconciles them (mt_figures_reconciled: 「165万人」 and 「164万人」 beside
 * 1,648,922). */
static bool reconciled(const ctx *c, const claim *a, const claim *b)
{
    const claim *cl = (const claim *)c->claims.v;
    for (size_t k = 0; k < c->claims.n; k++)
        if (&cl[k] != a && &cl[k] != b && same_count(c, a, &cl[k]) &&
            mt_figures_reconciled(a->value, a->approx, b->value, b->approx,
                                  cl[k].value, cl[k].approx))
            return true;
    return false;
}

/* Claims a and b of one count disagree, nothing reconciles them, and
 * each has a source of its own. */
static bool figures_apart(const ctx *c, const claim *a, const claim *b)
{
    return qty_disagree(a, b) && !reconciled(c, a, b) &&
           draft_cites_apart(&a->cites, &b->cites);
}

/* Same organisation and counted thing, headline figures that disagree:
 * one conflict per organisation and thing, one variant per figure. */
static void count_conflicts(ctx *c)
{
    claim *cl = (claim *)c->claims.v;
    size_t n = c->claims.n;
    if (!n)
        return;
    /* Whether each claim is its source's headline figure, once: asked
     * for every pair of a group (same_count), it would cost a pass over
     * the claims each time. */
    for (size_t i = 0; i < n; i++)
        cl[i].top = cl[i].has_q && cl[i].counts && headline(c, &cl[i]);
    size_t *group = calloc(n, sizeof *group);
    if (!group) {
        draft_oom(c);
        return;
    }
    for (size_t i = 0; i < n && c->st == MT_OK; i++) {
        if (!cl[i].top || strcmp(cl[i].counts, "-") == 0)
            continue;
        /* The claims that can be accounts of i's count, i among them;
         * the group is told once, by its first claim. */
        size_t ng = 0;
        bool first = true, floor = false;
        for (size_t j = 0; j < n && first; j++) {
            if (!same_count(c, &cl[i], &cl[j]))
                continue;
            first = j >= i;
            group[ng++] = j;
            floor = floor || cl[j].at_least;
        }
        if (!first)
            continue;
        /* A disagreement with i; where the group holds a floor, between
         * any two of it: a floor two figures meet vouches for neither
         * against the other (28万人以上 beside 280,000 and 296,019),
         * whichever claim comes first. */
        bool other = false;
        for (size_t x = 0; x < ng && !other; x++) {
            const claim *a = &cl[group[x]];
            if (!floor) {
                other = figures_apart(c, &cl[i], a);
                continue;
            }
            for (size_t y = x + 1; y < ng && !other; y++) {
                const claim *b = &cl[group[y]];
                other = (a == &cl[i] || same_count(c, a, b)) &&
                        figures_apart(c, a, b);
            }
        }
        if (!other)
            continue;
        char about[96], buf[256];
        /* A measure is no count: "how much data (MB)". */
        if (cl[i].scaled)
            snprintf(about, sizeof about, "how much %s (%s)", cl[i].counts,
                     cl[i].unit);
        else
            snprintf(about, sizeof about, "how many %s", cl[i].counts);
        conflict *k = draft_conflict_add(c, cl[i].org, about);
        if (!k)
            break;
        for (size_t x = 0; x < ng && c->st == MT_OK; x++)
            draft_conflict_variant(c, k,
                                   qty_label(c, &cl[group[x]], buf, sizeof buf),
                                   &cl[group[x]].cites);
        /* The parts of a total from one source are no conflict: keep the
         * conflict only when disagreeing figures come from apart. */
        draft_conflict_settle(c, k, true, false);
    }
    free(group);
}

/* The class of what q counts (people, customers and records are one). */
static const char *thing_class(const ctx *c, const claim *q)
{
    return q->counts ? draft_counts_class(c->in->counts, q->counts) : q->unit;
}

/* Figure q is a variant of a count conflict already recorded ("about
 * 20.07 million merchants" against 2.6 million; count_conflicts runs
 * first): that conflict tells the slip, and what the figure counts
 * elsewhere is no second one. */
static bool disputed_count(const ctx *c, const claim *q)
{
    const claim *cl = (const claim *)c->claims.v;
    const conflict *k = (const conflict *)c->conflicts.v;
    char buf[256];
    for (size_t j = 0; j < c->claims.n; j++) {
        if (!cl[j].has_q || cl[j].org != q->org || cl[j].value != q->value)
            continue;
        qty_label(c, &cl[j], buf, sizeof buf);
        for (size_t n = 0; n < c->conflicts.n; n++) {
            if (k[n].org != q->org ||
                (strncmp(k[n].about, "how many ", 9) != 0 &&
                 strncmp(k[n].about, "how much ", 9) != 0))
                continue;
            for (size_t v = 0; v < k[n].values.n; v++)
                if (strcmp(((char *const *)k[n].values.v)[v], buf) == 0)
                    return true;
        }
    }
    return false;
}

/* Same organisation and figure (10 or more: small figures coincide),
 * different things counted, in different sources; not a figure a count
 * conflict already holds (disputed_count). */
static void thing_conflicts(ctx *c)
{
    claim *cl = (claim *)c->claims.v;
    for (size_t i = 0; i < c->claims.n && c->st == MT_OK; i++) {
        if (!cl[i].has_q || cl[i].value < 10)
            continue;
        bool first = true, other = false;
        for (size_t j = 0; j < c->claims.n; j++) {
            if (!cl[j].has_q || cl[j].org != cl[i].org ||
                cl[j].value != cl[i].value)
                continue;
            if (j < i)
                first = false;
            if (strcmp(thing_class(c, &cl[j]), thing_class(c, &cl[i])) != 0 &&
                draft_cites_apart(&cl[i].cites, &cl[j].cites))
                other = true;
        }
        if (!first || !other || disputed_count(c, &cl[i]))
            continue;
        char about[96], buf[256];
        snprintf(about, sizeof about, "what %lld counts",
                 (long long)cl[i].value);
        conflict *k = draft_conflict_add(c, cl[i].org, about);
        if (!k)
            return;
        for (size_t j = i; j < c->claims.n && c->st == MT_OK; j++) {
            if (!cl[j].has_q || cl[j].org != cl[i].org ||
                cl[j].value != cl[i].value)
                continue;
            draft_conflict_variant(c, k, qty_label(c, &cl[j], buf, sizeof buf),
                                   &cl[j].cites);
        }
        draft_conflict_settle(c, k, true, false);
    }
}

/* ---- leaks ---- */

/* Source n is the organisation's own statement or an authority's. */
static bool own_word_n(const ctx *c, int n)
{
    return n >= 1 && (size_t)n <= c->nnumbered &&
           (c->numbered[n - 1]->kind == MT_KIND_OFFICIAL ||
            c->numbered[n - 1]->kind == MT_KIND_AUTHORITY);
}

/* The organisation's own word in denial (a source of den, official or an
 * authority's, that does not state the leak too) stands against an
 * outlet's evidence in yes: the outlet, news of a known day, sets the two
 * side by side (it relays the denial beside its evidence), whenever the
 * word was given; or some pair of them with known days (not inferred)
 * has the word no more than six days older than the outlet's report.  (A
 * page of no known day that tells both may be a later retelling that
 * puts the revision in its order.)  A "no leak found"
 * that outlets answer a week or more later, each telling only the leak,
 * is the news moving on: the later report is the update, no
 * disagreement. */
static bool stands_against(const ctx *c, const mt_cites *den,
                           const mt_cites *yes)
{
    for (size_t i = 0; i < den->count; i++) {
        int d = den->n[i];
        if (!own_word_n(c, d) || draft_cites_has(yes, d))
            continue;
        for (size_t j = 0; j < yes->count; j++) {
            int y = yes->n[j];
            if (own_word_n(c, y))
                continue;
            int32_t dd, yd;
            bool yknown = day_of(c, y, true, &yd);
            if (draft_cites_has(den, y) && yknown)
                return true;
            if (yknown && day_of(c, d, true, &dd) && dd > yd - NEWS_WEEK)
                return true;
        }
    }
    return false;
}

/* Day number d (mt_date_days_from_civil) as the dossier writes a day. */
static void day_text(int32_t d, char buf[MT_DOSSIER_DATE_TEXT_MAX])
{
    int y, m, dd;
    mt_date_civil_from_days(d, &y, &m, &dd);
    mt_dossier_date x = {{(int16_t)y, (uint8_t)m, (uint8_t)dd, 0}, 0};
    mt_dossier_date_format(&x, buf, MT_DOSSIER_DATE_TEXT_MAX);
}

/* Name the days the accounts of leak conflict k were published in its
 * subject ("leak as told from 2023-03-17 to 2023-03-21"): what was found of
 * a leak changes from day to day, so the reader needs to know when each
 * side said it.  Sources without a known publication day (none, or one
 * only inferred) are left out; a conflict none of whose sources has one
 * keeps its bare subject. */
static void told_when(ctx *c, conflict *k)
{
    int32_t lo = 0, hi = 0;
    bool any = false;
    for (size_t v = 0; v < k->cites.n; v++) {
        const mt_cites *s = (const mt_cites *)k->cites.v + v;
        for (size_t i = 0; i < s->count; i++) {
            int32_t d;
            if (!day_of(c, s->n[i], true, &d))
                continue;
            if (!any || d < lo)
                lo = d;
            if (!any || d > hi)
                hi = d;
            any = true;
        }
    }
    if (!any)
        return;
    char a[MT_DOSSIER_DATE_TEXT_MAX], b[MT_DOSSIER_DATE_TEXT_MAX];
    day_text(lo, a);
    day_text(hi, b);
    mt_buf out;
    mt_buf_init(&out, MT_BUF_DEFAULT_MAX);
    mt_status st =
        lo == hi
            ? mt_buf_printf(&out, "%s as told on %s", k->about, a)
            : mt_buf_printf(&out, "%s as told from %s to %s", k->about, a, b);
    if (st != MT_OK) {
        mt_buf_free(&out);
        draft_oom(c);
        return;
    }
    free(k->about);
    k->about = out.data;
}

/* A leak stated as fact by some sources and denied or not confirmed by
 * others at the same time.  Only leak statements of the data as a whole count
 * (an infection is not one, nor "no card data leaked" beside a leak of names
 * and addresses), and no headline's unhedged leak: a headline drops the hedge
 * its article gives (「情報流出の可能性 顧客165万人 分」, 「…被害か」). */
static void leak_conflicts(ctx *c)
{
    claim *cl = (claim *)c->claims.v;
    for (size_t o = 0; o < c->orgs.n && c->st == MT_OK; o++) {
        mt_cites by[MT_HEDGE_NOT_CONFIRMED + 1]; /* by hedge */
        memset(by, 0, sizeof by);
        for (size_t i = 0; i < c->claims.n; i++)
            if (cl[i].org == (long)o && cl[i].leak && !cl[i].detail &&
                !cl[i].scoped && !cl[i].earlier &&
                !(cl[i].fragment && cl[i].hedge == MT_HEDGE_CONFIRMED) &&
                draft_cites_merge(&by[cl[i].hedge], &cl[i].cites) != MT_OK)
                draft_oom(c);
        const mt_cites *yes = &by[MT_HEDGE_CONFIRMED],
                       *den = &by[MT_HEDGE_DENIED],
                       *unc = &by[MT_HEDGE_NOT_CONFIRMED];
        /* (Denied beside only not confirmed is one account in two
         * strengths, "no leak" and "no leak found": no disagreement.) */
        bool clash = (yes->count && den->count) || (yes->count && unc->count);
        if (clash) {
            conflict *k = draft_conflict_add(c, (long)o, "leak");
            for (int h = 0; k && h < 5; h++)
                if (by[h].count &&
                    (h == MT_HEDGE_CONFIRMED || h == MT_HEDGE_DENIED ||
                     h == MT_HEDGE_NOT_CONFIRMED))
                    draft_conflict_variant(c, k, mt_hedge_str((mt_hedge)h),
                                           &by[h]);
            /* The victim's own word against an outlet's evidence is a
             * disagreement unless the word is a week or more older than
             * every report against it and no outlet sets the two side by
             * side (stands_against). */
            bool against =
                stands_against(c, den, yes) || stands_against(c, unc, yes);
            size_t kept = c->conflicts.n;
            if (k && !against)
                draft_conflict_settle(c, k, true, true);
            if (k && c->conflicts.n == kept)
                told_when(c, k);
        }
        for (int h = 0; h < 5; h++)
            draft_cites_free(&by[h]);
    }
}

/* One figure of one organisation that counts things of one class in
 * different words (46万件 of customers, of people, of accesses) is one
 * count: its claims take the first claim's word, so that a build, which
 * compares the words as written, sees no disagreement the draft found
 * none in. */
static void one_word_per_count(ctx *c)
{
    claim *cl = (claim *)c->claims.v;
    for (size_t j = 0; j < c->claims.n && c->st == MT_OK; j++) {
        if (!cl[j].has_q || !cl[j].counts)
            continue;
        for (size_t i = 0; i < j; i++) {
            if (!cl[i].has_q || !cl[i].counts || cl[i].org != cl[j].org ||
                cl[i].value != cl[j].value ||
                strcmp(cl[i].unit, cl[j].unit) != 0)
                continue;
            if (strcmp(cl[i].counts, cl[j].counts) == 0)
                break;
            if (strcmp(thing_class(c, &cl[i]), thing_class(c, &cl[j])) != 0)
                continue;
            char *w = mt_strdup(cl[i].counts);
            if (!w) {
                draft_oom(c);
                return;
            }
            free(cl[j].counts);
            cl[j].counts = w;
            break;
        }
    }
}

void draft_conflicts(ctx *c)
{
    c->src_day = calloc(c->nnumbered ? c->nnumbered : 1, sizeof *c->src_day);
    if (!c->src_day) {
        draft_oom(c);
        return;
    }
    for (size_t i = 0; i < c->nnumbered; i++)
        c->src_day[i] = source_day(c->numbered[i]);
    count_conflicts(c);
    thing_conflicts(c);
    leak_conflicts(c);
    draft_event_conflicts(c);
    one_word_per_count(c);
    free(c->src_day);
    c->src_day = NULL;
}
