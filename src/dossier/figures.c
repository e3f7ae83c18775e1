/*
 * What a build derives from a dossier: corroboration of each claim and
 * timeline entry, per-organisation intervals with partial-date arithmetic,
 * and conflicts the dossier itself reveals.
 *
 * Interval arithmetic: a partial date denotes a span of days [lo, hi]
 * (mt_dossier_date_span).  From A to B lasts at least B.lo - A.hi and at
 * most B.hi - A.lo days.  "by X" (BEFORE) removes the lower end of a date
 * and "since X" (AFTER) its upper end, which leaves the corresponding
 * bound of the interval open.  Months are whole calendar months counted
 * outwards: floor from A.hi to B.lo, ceiling from A.lo to B.hi, so
 * 2016-04 to 2018-05 is 24 to 26 months.
 *
 * Derived conflicts (deterministic order: organisation, then kind), each
 * only between claims or entries that cite no common source (a source
 * that gives a total and its parts, or two detections, tells a sequence,
 * not a disagreement):
 *   quantity  claims of one organisation with the same unit and the same
 *             counted thing but values that cannot both be right (an
 *             approximate figure holds an exact one that rounds to it:
 *             "about 32,000" holds 32,418), stated with the same
 *             certainty by sources published within a week of each
 *             other (later ones revise, not contradict); or the same
 *             value (10 or more) and unit but different counted things
 *             (what "250" counts);
 *   date      timeline entries of one organisation and one of the types
 *             detection, disclosure, dated to the day one to three days
 *             apart: one event dated differently (further apart they are
 *             more likely two events, 第1報 and 第2報; notifications go to
 *             several parties on several days, the police one day and
 *             the regulator the next, so two days of them are no
 *             disagreement);
 *   leak      impact claims of one organisation, one confirmed and one
 *             denied, published within a week of each other, both
 *             dated (what is found of a leak changes by the day).
 * A kind the dossier already has a written conflict for, for that
 * organisation, is not derived again.
 * Each sorts, then compares pairs only within a run (one organisation's
 * figures for one thing, or its entries of one type): O(n log n + sum of
 * the runs' squares), a handful per run in any real dossier.
 */
#include "dossier/dossier_internal.h"

#include "core/buf.h"
#include "core/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- corroboration ---- */

static void corroborate(const mt_dossier *d, const mt_cites *c,
                        mt_corroboration *out, unsigned char *seen)
{
    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < c->count; i++) {
        long at = mt_dossier_source_index(d, c->n[i]);
        if (at < 0 || seen[at])
            continue;
        seen[at] = 1;
        out->sources++;
        switch (d->sources[at].kind) {
        case MT_KIND_OFFICIAL:
            out->official++;
            break;
        case MT_KIND_AUTHORITY:
            out->authority++;
            break;
        case MT_KIND_MEDIA:
            out->media++;
            break;
        case MT_KIND_BLOG:
        case MT_KIND_OTHER:
            out->other++;
            break;
        }
    }
    for (size_t i = 0; i < c->count; i++) { /* reset the marks */
        long at = mt_dossier_source_index(d, c->n[i]);
        if (at >= 0)
            seen[at] = 0;
    }
    out->single_source = out->sources == 1;
}

/* ---- figures ---- */

/* Whole months from day a to day b (a <= b), rounded down or up. */
static long months_between(int32_t a, int32_t b, int up)
{
    int ya, ma, da, yb, mb, db;
    mt_date_civil_from_days(a, &ya, &ma, &da);
    mt_date_civil_from_days(b, &yb, &mb, &db);
    long m = (long)(yb - ya) * 12 + (mb - ma);
    if (db < da)
        m--; /* the last month is not complete */
    if (up && (db != da))
        m++;
    return m < 0 ? 0 : m;
}

static mt_status add_figure(mt_dossier *d, size_t *cap, long org,
                            mt_figure_name name, const mt_dossier_date *from,
                            size_t from_ev, const mt_dossier_date *to,
                            size_t to_ev)
{
    int32_t flo, fhi, tlo, thi;
    if (mt_dossier_date_span(from, &flo, &fhi) != MT_OK ||
        mt_dossier_date_span(to, &tlo, &thi) != MT_OK)
        return MT_OK;
    mt_dossier_figure f;
    memset(&f, 0, sizeof f);
    f.org_index = org;
    f.name = name;
    f.from = *from;
    f.to = *to;
    f.from_event = from_ev;
    f.to_event = to_ev;
    f.min_open = (from->mods & MT_DMOD_AFTER) || (to->mods & MT_DMOD_BEFORE);
    f.max_open = (from->mods & MT_DMOD_BEFORE) || (to->mods & MT_DMOD_AFTER);
    f.approx = ((from->mods | to->mods) & MT_DMOD_APPROX) != 0;
    long dmax = (long)thi - flo;
    if (dmax < 0)
        return MT_OK; /* the end precedes the start: validation says so */
    long dmin = (long)tlo - fhi;
    if (dmin < 0 || f.min_open)
        dmin = 0;
    f.days_min = dmin;
    f.days_max = f.max_open ? -1 : dmax;
    f.months_min = f.min_open || tlo <= fhi ? 0 : months_between(fhi, tlo, 0);
    f.months_max = f.max_open ? -1 : months_between(flo, thi, 1);
    if (d->nfigures == *cap) {
        size_t nc = *cap ? *cap * 2 : 8;
        mt_dossier_figure *p = realloc(d->figures, nc * sizeof *p);
        if (!p)
            return MT_ERR_NOMEM;
        d->figures = p;
        *cap = nc;
    }
    d->figures[d->nfigures++] = f;
    return MT_OK;
}

/* The earliest entry (by first possible day) of each type per org. */
typedef struct org_firsts {
    size_t ev[4]; /* intrusion, detection, notification, disclosure */
    int32_t lo[4];
} org_firsts;

static int slot_of(mt_event_type t)
{
    switch (t) {
    case MT_EVENT_INTRUSION_START:
        return 0;
    case MT_EVENT_DETECTION:
        return 1;
    case MT_EVENT_NOTIFICATION:
        return 2;
    case MT_EVENT_DISCLOSURE:
        return 3;
    default:
        return -1;
    }
}

static mt_status figures(mt_dossier *d, const mt_dossier_options *opts)
{
    free(d->figures);
    d->figures = NULL;
    d->nfigures = 0;
    if (d->norgs == 0)
        return MT_OK;
    org_firsts *of = malloc(d->norgs * sizeof *of);
    if (!of)
        return MT_ERR_NOMEM;
    for (size_t o = 0; o < d->norgs; o++)
        for (int k = 0; k < 4; k++)
            of[o].ev[k] = SIZE_MAX;
    for (size_t i = 0; i < d->nevents; i++) {
        const mt_dossier_event *e = &d->events[i];
        int k = slot_of(e->type);
        int32_t lo, hi;
        if (k < 0 || e->org_index < 0 ||
            mt_dossier_date_span(&e->date, &lo, &hi) != MT_OK)
            continue;
        org_firsts *f = &of[e->org_index];
        if (f->ev[k] == SIZE_MAX || lo < f->lo[k]) {
            f->ev[k] = i;
            f->lo[k] = lo;
        }
    }
    size_t cap = 0;
    mt_status st = MT_OK;
    static const struct {
        mt_figure_name name;
        int from, to; /* slots; to -1 = today */
    } defs[] = {{MT_FIGURE_DWELL_TIME, 0, 1},
                {MT_FIGURE_DETECTION_TO_DISCLOSURE, 1, 3},
                {MT_FIGURE_NOTIFICATION_TO_AUTHORITY, 1, 2},
                {MT_FIGURE_DISCLOSURE_TO_TODAY, 3, -1}};
    for (size_t o = 0; o < d->norgs && st == MT_OK; o++) {
        for (size_t k = 0; k < MT_ARRAY_LEN(defs) && st == MT_OK; k++) {
            size_t a = of[o].ev[defs[k].from];
            if (a == SIZE_MAX)
                continue;
            if (defs[k].to < 0) {
                if (!opts || opts->today.year == 0)
                    continue;
                mt_dossier_date today = {opts->today, 0};
                st = add_figure(d, &cap, (long)o, defs[k].name,
                                &d->events[a].date, a, &today, SIZE_MAX);
                continue;
            }
            size_t b = of[o].ev[defs[k].to];
            if (b == SIZE_MAX)
                continue;
            st = add_figure(d, &cap, (long)o, defs[k].name, &d->events[a].date,
                            a, &d->events[b].date, b);
        }
    }
    free(of);
    return st;
}

/* ---- derived conflicts ---- */

static void free_conflict(mt_dossier_conflict *c)
{
    free(c->org);
    free(c->about);
    for (size_t k = 0; k < c->nvariants; k++) {
        free(c->variants[k].value);
        free(c->variants[k].cites.n);
        free(c->variants[k].cites.col);
    }
    free(c->variants);
}

static void drop_derived(mt_dossier *d)
{
    size_t keep = 0;
    for (size_t i = 0; i < d->nconflicts; i++) {
        if (d->conflicts[i].derived)
            free_conflict(&d->conflicts[i]);
        else
            d->conflicts[keep++] = d->conflicts[i];
    }
    d->nconflicts = keep;
}

static int strcmp0(const char *a, const char *b)
{
    if (!a || !b)
        return (a != NULL) - (b != NULL);
    return strcmp(a, b);
}

/* A figure's reading beside its value: a floor (>=), approximate (~),
 * or itself; claims of one value and reading are one variant. */
static int reading(const mt_quantity *q)
{
    return (q->at_least ? 2 : 0) | (q->approx ? 1 : 0);
}

/* Claims with quantities ordered by org, unit, counts, value, reading,
 * position. */
static int cmp_qty_counts(const void *x, const void *y)
{
    const mt_dossier_claim *a = *(const mt_dossier_claim *const *)x;
    const mt_dossier_claim *b = *(const mt_dossier_claim *const *)y;
    if (a->org_index != b->org_index)
        return a->org_index < b->org_index ? -1 : 1;
    int c = strcmp0(a->quantity.unit, b->quantity.unit);
    if (c)
        return c;
    c = strcmp0(a->quantity.counts, b->quantity.counts);
    if (c)
        return c;
    if (a->quantity.value != b->quantity.value)
        return a->quantity.value < b->quantity.value ? -1 : 1;
    c = reading(&a->quantity) - reading(&b->quantity);
    if (c)
        return c;
    return a < b ? -1 : a > b;
}

/* ... by org, unit, value, counts, position. */
static int cmp_qty_value(const void *x, const void *y)
{
    const mt_dossier_claim *a = *(const mt_dossier_claim *const *)x;
    const mt_dossier_claim *b = *(const mt_dossier_claim *const *)y;
    if (a->org_index != b->org_index)
        return a->org_index < b->org_index ? -1 : 1;
    int c = strcmp0(a->quantity.unit, b->quantity.unit);
    if (c)
        return c;
    if (a->quantity.value != b->quantity.value)
        return a->quantity.value < b->quantity.value ? -1 : 1;
    c = strcmp0(a->quantity.counts, b->quantity.counts);
    if (c)
        return c;
    return a < b ? -1 : a > b;
}

static mt_status add_cites(mt_cites *to, const mt_cites *from)
{
    for (size_t i = 0; i < from->count; i++) {
        bool dup = false;
        for (size_t k = 0; k < to->count && !dup; k++)
            dup = to->n[k] == from->n[i];
        if (!dup && mt_cites_add(to, from->n[i]) != MT_OK)
            return MT_ERR_NOMEM;
    }
    return MT_OK;
}

static mt_dossier_conflict *new_conflict(mt_dossier *d, long org,
                                         const char *about)
{
    mt_dossier_conflict *c = mt_dossier_add_conflict(d);
    if (!c)
        return NULL;
    c->derived = 1;
    c->org_index = org;
    c->org = mt_strdup(d->orgs[org].name);
    c->about = mt_strdup(about);
    if (!c->org || !c->about)
        return NULL;
    return c;
}

static char *qty_text(const mt_quantity *q)
{
    mt_buf b;
    mt_buf_init(&b, 4096);
    mt_buf_printf(&b, "%s%s%lld %s", q->at_least ? ">=" : "",
                  q->approx ? "~" : "", (long long)q->value,
                  q->unit ? q->unit : "");
    if (q->counts)
        mt_buf_printf(&b, " (%s)", q->counts);
    return mt_buf_detach(&b, NULL);
}

static bool share_cite(const mt_cites *a, const mt_cites *b);

/* Two figures for one thing that can both be right: one holds the other,
 * or one is a floor the other meets. */
static bool qty_agree(const mt_quantity *a, const mt_quantity *b)
{
    return mt_floor_holds(a->value, a->at_least, b->value, b->at_least) ||
           mt_figures_agree(a->value, a->approx, b->value, b->approx);
}

/* The conflict class of a written conflict's subject: a date, a figure,
 * a leak, or other. */
static const char *written_class(const char *about)
{
    if (!about)
        return "other";
    if (strncmp(about, "date", 4) == 0 ||
        strncmp(about, "detection or", 12) == 0)
        return "date";
    if (strncmp(about, "how many", 8) == 0 ||
        strncmp(about, "how much", 8) == 0 || strncmp(about, "what ", 5) == 0 ||
        strncmp(about, "number of", 9) == 0)
        return "quantity";
    if (strncmp(about, "leak", 4) == 0)
        return "leak";
    return "other";
}

/* The dossier has a written (not derived) conflict of that class for
 * organisation org. */
static bool has_written(const mt_dossier *d, long org, const char *cls)
{
    for (size_t i = 0; i < d->nconflicts; i++) {
        const mt_dossier_conflict *c = &d->conflicts[i];
        if (!c->derived && c->org_index == org &&
            strcmp(written_class(c->about), cls) == 0)
            return true;
    }
    return false;
}

/* The dossier has a written conflict about the date of events of type t
 * for organisation org: "date of T" (or "date of U and T"), a
 * detection-or-intrusion conflict when t is one of those two, or a date
 * conflict that names no type.  Another fact's date ("detection or
 * intrusion in 2024-10-05" beside two days for the announcement) leaves
 * the derived one to be found. */
static bool has_written_date(const mt_dossier *d, long org, mt_event_type t)
{
    const char *ts = mt_event_type_str(t);
    size_t tn = strlen(ts);
    for (size_t i = 0; i < d->nconflicts; i++) {
        const mt_dossier_conflict *c = &d->conflicts[i];
        if (c->derived || c->org_index != org ||
            strcmp(written_class(c->about), "date") != 0)
            continue;
        if (strncmp(c->about, "detection or", 12) == 0) {
            if (t == MT_EVENT_DETECTION || t == MT_EVENT_INTRUSION_START)
                return true;
            continue;
        }
        if (strncmp(c->about, "date of ", 8) != 0)
            return true;
        /* The types are whole words of the subject. */
        for (const char *p = c->about + 8; (p = strstr(p, ts)) != NULL; p += tn)
            if ((p[-1] == ' ') && (p[tn] == '\0' || p[tn] == ' '))
                return true;
    }
    return false;
}

/* Two figures stated with the same certainty: a confirmed count and a
 * possible one (16,406 leaked, up to 390,000 may have) are two counts. */
static bool same_footing(const mt_dossier_claim *a, const mt_dossier_claim *b)
{
    return (a->hedge == MT_HEDGE_CONFIRMED) == (b->hedge == MT_HEDGE_CONFIRMED);
}

/* The publication day of source n; INT32_MIN when unknown. */
static int32_t source_day(const mt_dossier *d, int n)
{
    long at = mt_dossier_source_index(d, n);
    if (at < 0)
        return INT32_MIN;
    const mt_date *p = &d->sources[at].published;
    if (!p->year || !p->month || !p->day)
        return INT32_MIN;
    return mt_date_days_from_civil(p->year, p->month, p->day);
}

/* Some source of a and some of b were published within a week of each
 * other (or one is undated, unless dated): two accounts of the same news.
 * Figures published months apart are a count and its revision (100万件 in
 * October, 928万件 in December), which the timeline tells; what was found
 * of a leak changes by the day, so its two accounts need both days. */
static bool same_news(const mt_dossier *d, const mt_cites *a, const mt_cites *b,
                      bool dated)
{
    for (size_t i = 0; i < a->count; i++)
        for (size_t k = 0; k < b->count; k++) {
            int32_t x = source_day(d, a->n[i]), y = source_day(d, b->n[k]);
            if ((x == INT32_MIN || y == INT32_MIN)
                    ? !dated
                    : (x > y ? x - y : y - x) < 7)
                return true;
        }
    return false;
}

/* Claims p and q disagree, but another of the run idx[i..j), on their
 * footing, reconciles them (mt_figures_reconciled: 「165万人」 and
 * 「164万人」 beside 1,648,922). */
static bool reconciled(const mt_dossier_claim **idx, size_t i, size_t j,
                       const mt_dossier_claim *p, const mt_dossier_claim *q)
{
    for (size_t r = i; r < j; r++) {
        const mt_dossier_claim *x = idx[r];
        if (x != p && x != q && same_footing(p, x) && same_footing(q, x) &&
            mt_figures_reconciled(p->quantity.value, p->quantity.approx,
                                  q->quantity.value, q->quantity.approx,
                                  x->quantity.value, x->quantity.approx))
            return true;
    }
    return false;
}

/* Some claim of the run idx[i..j) gives figure v and cites source n. */
static bool gives(const mt_dossier_claim **idx, size_t i, size_t j, int n,
                  int64_t v)
{
    for (size_t r = i; r < j; r++)
        for (size_t k = 0;
             idx[r]->quantity.value == v && k < idx[r]->cites.count; k++)
            if (idx[r]->cites.n[k] == n)
                return true;
    return false;
}

/* Every source of the run idx[i..j) that gives figure v gives figure w as
 * well: it tells the count and its revision (「当初12,036人としていたが
 * 2,059人に」), and the sources that give one of them only tell it
 * before or after; no source stands against another. */
static bool told_with(const mt_dossier_claim **idx, size_t i, size_t j,
                      int64_t v, int64_t w)
{
    for (size_t r = i; r < j; r++)
        if (idx[r]->quantity.value == v)
            for (size_t k = 0; k < idx[r]->cites.count; k++)
                if (!gives(idx, i, j, idx[r]->cites.n[k], w))
                    return false;
    return true;
}

/*
 * Within idx[0..n) sorted by (org, unit, key1, key2), a run of equal
 * (org, unit, key1) with more than one key2 is a conflict; one variant per
 * key2 value, citations merged.  by_value selects the keys.
 */
static mt_status quantity_conflicts(mt_dossier *d, const mt_dossier_claim **idx,
                                    size_t n, bool by_value)
{
    size_t i = 0;
    while (i < n) {
        const mt_dossier_claim *a = idx[i];
        size_t j = i + 1;
        while (j < n) {
            const mt_dossier_claim *b = idx[j];
            if (b->org_index != a->org_index ||
                strcmp0(b->quantity.unit, a->quantity.unit) != 0)
                break;
            if (by_value ? b->quantity.value != a->quantity.value
                         : strcmp0(b->quantity.counts, a->quantity.counts) != 0)
                break;
            j++;
        }
        /* Two claims of the run that disagree and cite no common
         * source, where no source tells the one figure as the other's
         * revision (told_with). */
        size_t distinct = 1;
        for (size_t k = i; k < j && distinct == 1; k++)
            for (size_t m = k + 1; m < j; m++) {
                const mt_quantity *p = &idx[k]->quantity;
                const mt_quantity *q = &idx[m]->quantity;
                bool differ =
                    by_value
                        ? strcmp0(p->counts, q->counts) != 0 && p->value >= 10
                        : !qty_agree(p, q) &&
                              !reconciled(idx, i, j, idx[k], idx[m]) &&
                              mt_one_magnitude(p->value, q->value) &&
                              same_footing(idx[k], idx[m]) &&
                              same_news(d, &idx[k]->cites, &idx[m]->cites,
                                        false) &&
                              !told_with(idx, i, j, p->value, q->value) &&
                              !told_with(idx, i, j, q->value, p->value);
                if (differ && !share_cite(&idx[k]->cites, &idx[m]->cites)) {
                    distinct = 2;
                    break;
                }
            }
        if (distinct > 1 && has_written(d, a->org_index, "quantity"))
            distinct = 1;
        /* Same value, different counted things: only when each says
         * what it counts. */
        bool all_counts = true;
        for (size_t k = i; k < j && by_value; k++)
            all_counts = all_counts && idx[k]->quantity.counts;
        if (distinct > 1 && all_counts) {
            char about[160];
            if (by_value)
                snprintf(about, sizeof about, "what %lld %s counts",
                         (long long)a->quantity.value, a->quantity.unit);
            else
                snprintf(about, sizeof about, "number of %s",
                         a->quantity.counts ? a->quantity.counts
                                            : a->quantity.unit);
            mt_dossier_conflict *c = new_conflict(d, a->org_index, about);
            if (!c)
                return MT_ERR_NOMEM;
            c->line = a->line;
            c->col = a->col;
            mt_conflict_variant *v = NULL;
            for (size_t k = i; k < j; k++) {
                const mt_dossier_claim *q = idx[k];
                /* (a floor, an approximate and an exact figure of one
                 * value are three variants: 28万人以上 is no account of
                 * 280,000 exactly) */
                bool same =
                    k > i && (by_value ? strcmp0(idx[k - 1]->quantity.counts,
                                                 q->quantity.counts) == 0
                                       : idx[k - 1]->quantity.value ==
                                                 q->quantity.value &&
                                             reading(&idx[k - 1]->quantity) ==
                                                 reading(&q->quantity));
                if (!same) {
                    char *t = qty_text(&q->quantity);
                    v = t ? mt_dossier_conflict_add_variant(c, t) : NULL;
                    free(t);
                    if (!v)
                        return MT_ERR_NOMEM;
                }
                if (add_cites(&v->cites, &q->cites) != MT_OK)
                    return MT_ERR_NOMEM;
            }
        }
        i = j;
    }
    return MT_OK;
}

static int cmp_events(const void *x, const void *y)
{
    const mt_dossier_event *a = *(const mt_dossier_event *const *)x;
    const mt_dossier_event *b = *(const mt_dossier_event *const *)y;
    if (a->org_index != b->org_index)
        return a->org_index < b->org_index ? -1 : 1;
    if (a->type != b->type)
        return a->type < b->type ? -1 : 1;
    return a < b ? -1 : a > b;
}

static bool share_cite(const mt_cites *a, const mt_cites *b)
{
    for (size_t i = 0; i < a->count; i++)
        for (size_t k = 0; k < b->count; k++)
            if (a->n[i] == b->n[k])
                return true;
    return false;
}

/* The day number of an entry dated to the day; INT32_MIN otherwise. */
static int32_t day_of(const mt_dossier_event *e)
{
    if (!e->date.date.day || e->date.mods)
        return INT32_MIN;
    return mt_date_days_from_civil(e->date.date.year, e->date.date.month,
                                   e->date.date.day);
}

int mt_dossier_event_days_apart(mt_event_type t)
{
    /* A company's notices follow each other within days: a first on the
     * 6th, an answer to the press on the 9th. */
    return t == MT_EVENT_DISCLOSURE ? 2 : 3;
}

/*
 * Within a run of one organisation's entries of one type, the first pair
 * dated to the day one to three days apart (two for an announcement,
 * mt_dossier_event_days_apart) that cite no common source:
 * one event two sources date differently (one source reporting two
 * detections is a sequence, not a disagreement).  Runs are short: pairs.
 */
static mt_status date_conflicts(mt_dossier *d, const mt_dossier_event **idx,
                                size_t n)
{
    size_t i = 0;
    char buf[MT_DOSSIER_DATE_TEXT_MAX];
    while (i < n) {
        const mt_dossier_event *first = idx[i];
        size_t j = i;
        while (j < n && idx[j]->org_index == first->org_index &&
               idx[j]->type == first->type)
            j++;
        const mt_dossier_event *pair[2] = {NULL, NULL};
        for (size_t a = i; a < j && !pair[0]; a++)
            for (size_t b = a + 1; b < j; b++) {
                int32_t da = day_of(idx[a]), db = day_of(idx[b]);
                if (da == INT32_MIN || db == INT32_MIN)
                    continue; /* no day: the gap cannot be counted */
                int32_t gap = da > db ? da - db : db - da;
                if (gap < 1 || gap > mt_dossier_event_days_apart(first->type) ||
                    share_cite(&idx[a]->cites, &idx[b]->cites))
                    continue;
                pair[0] = idx[a];
                pair[1] = idx[b];
                break;
            }
        if (pair[0] && !has_written_date(d, first->org_index, first->type)) {
            char about[64];
            snprintf(about, sizeof about, "date of %s",
                     mt_event_type_str(first->type));
            mt_dossier_conflict *c = new_conflict(d, first->org_index, about);
            if (!c)
                return MT_ERR_NOMEM;
            c->line = pair[0]->line;
            c->col = pair[0]->col;
            for (int k = 0; k < 2; k++) {
                mt_conflict_variant *v = mt_dossier_conflict_add_variant(
                    c, mt_dossier_date_format(&pair[k]->date, buf, sizeof buf));
                if (!v || add_cites(&v->cites, &pair[k]->cites) != MT_OK)
                    return MT_ERR_NOMEM;
            }
        }
        i = j;
    }
    return MT_OK;
}

static mt_status leak_conflicts(mt_dossier *d)
{
    /* Per organisation: the first confirmed and first denied impact
     * claim (in file order). */
    size_t n = d->norgs;
    if (n == 0)
        return MT_OK;
    size_t *conf = malloc(n * sizeof *conf);
    size_t *den = malloc(n * sizeof *den);
    if (!conf || !den) {
        free(conf);
        free(den);
        return MT_ERR_NOMEM;
    }
    for (size_t o = 0; o < n; o++)
        conf[o] = den[o] = SIZE_MAX;
    for (size_t i = 0; i < d->nclaims; i++) {
        const mt_dossier_claim *c = &d->claims[i];
        if (c->category != MT_CLAIM_IMPACT || c->org_index < 0)
            continue;
        if (c->hedge == MT_HEDGE_CONFIRMED && conf[c->org_index] == SIZE_MAX)
            conf[c->org_index] = i;
        if (c->hedge == MT_HEDGE_DENIED && den[c->org_index] == SIZE_MAX)
            den[c->org_index] = i;
    }
    mt_status st = MT_OK;
    for (size_t o = 0; o < n && st == MT_OK; o++) {
        if (conf[o] == SIZE_MAX || den[o] == SIZE_MAX ||
            share_cite(&d->claims[conf[o]].cites, &d->claims[den[o]].cites) ||
            !same_news(d, &d->claims[conf[o]].cites, &d->claims[den[o]].cites,
                       true) ||
            has_written(d, (long)o, "leak"))
            continue;
        mt_dossier_conflict *c = new_conflict(d, (long)o, "leak");
        st = MT_ERR_NOMEM;
        if (!c)
            break;
        const mt_dossier_claim *a = &d->claims[conf[o]];
        const mt_dossier_claim *b = &d->claims[den[o]];
        c->line = a->line;
        c->col = a->col;
        mt_conflict_variant *va = mt_dossier_conflict_add_variant(c, a->text);
        if (!va || add_cites(&va->cites, &a->cites) != MT_OK)
            break;
        mt_conflict_variant *vb = mt_dossier_conflict_add_variant(c, b->text);
        if (!vb || add_cites(&vb->cites, &b->cites) != MT_OK)
            break;
        st = MT_OK;
    }
    free(conf);
    free(den);
    return st;
}

/* An entry type whose two dates a few days apart are one fact dated
 * differently (the date class above). */
static bool one_fact_type(mt_event_type t)
{
    return t == MT_EVENT_DETECTION || t == MT_EVENT_DISCLOSURE;
}

static mt_status conflicts(mt_dossier *d)
{
    drop_derived(d);
    size_t nq = 0;
    for (size_t i = 0; i < d->nclaims; i++)
        if (d->claims[i].has_quantity && d->claims[i].org_index >= 0)
            nq++;
    size_t ne = 0;
    for (size_t i = 0; i < d->nevents; i++) {
        if (d->events[i].org_index >= 0 && one_fact_type(d->events[i].type))
            ne++;
    }
    const mt_dossier_claim **cq = malloc((nq ? nq : 1) * sizeof *cq);
    const mt_dossier_event **ev = malloc((ne ? ne : 1) * sizeof *ev);
    if (!cq || !ev) {
        free(cq);
        free(ev);
        return MT_ERR_NOMEM;
    }
    /* The comparators break ties by position, so the order is stable.
     * Pointers stay valid: derivation adds conflicts, not claims. */
    size_t k = 0;
    for (size_t i = 0; i < d->nclaims; i++)
        if (d->claims[i].has_quantity && d->claims[i].org_index >= 0)
            cq[k++] = &d->claims[i];
    qsort(cq, nq, sizeof *cq, cmp_qty_counts);
    mt_status st = quantity_conflicts(d, cq, nq, false);
    if (st == MT_OK) {
        qsort(cq, nq, sizeof *cq, cmp_qty_value);
        st = quantity_conflicts(d, cq, nq, true);
    }
    if (st == MT_OK) {
        k = 0;
        for (size_t i = 0; i < d->nevents; i++) {
            if (d->events[i].org_index >= 0 && one_fact_type(d->events[i].type))
                ev[k++] = &d->events[i];
        }
        qsort(ev, ne, sizeof *ev, cmp_events);
        st = date_conflicts(d, ev, ne);
    }
    free(cq);
    free(ev);
    if (st == MT_OK)
        st = leak_conflicts(d);
    return st;
}

mt_status mt_dossier_derive(mt_dossier *d, const mt_dossier_options *opts,
                            mt_error *err)
{
    if (!d)
        return mt_error_set(err, MT_ERR_ARG, "mt_dossier_derive: NULL dossier");
    if (mt_dossier_index_sources(d) != MT_OK)
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    mt_dossier_resolve_orgs(d);
    unsigned char *seen = calloc(d->nsources ? d->nsources : 1, 1);
    if (!seen)
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    for (size_t i = 0; i < d->nclaims; i++)
        corroborate(d, &d->claims[i].cites, &d->claims[i].corroboration, seen);
    for (size_t i = 0; i < d->nevents; i++)
        corroborate(d, &d->events[i].cites, &d->events[i].corroboration, seen);
    free(seen);
    mt_status st = figures(d, opts);
    if (st == MT_OK)
        st = conflicts(d);
    if (st != MT_OK)
        return mt_error_set(err, st, "out of memory");
    return MT_OK;
}
