/*
 * Conflicts between sources about events (conflicts.c has the model and
 * the conflicts of claims): when something happened (date of T,
 * detection or intrusion in D), who did it (attacker) and whether an
 * attacker's claim or demand is there at all.  Each reads the timeline
 * entries (c->events) and adds to c->conflicts through conflicts.c.
 */
#include "draft/stage.h"

#include "core/internal.h"
#include "dossier/dossier_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- dates ---- */

static int32_t day_of(const mt_dossier_date *d)
{
    return mt_date_days_from_civil(d->date.year, d->date.month, d->date.day);
}

/* The sources of e give no other date for its organisation and type
 * within a week of it (a date months away is another fact: 「1月に初めて
 * 報告された」 beside the attack of June 8 does not make two accounts of
 * the attack's day). */
static bool only_date(const ctx *c, const event *e)
{
    const event *ev = (const event *)c->events.v;
    for (size_t i = 0; i < c->events.n; i++) {
        const event *x = &ev[i];
        if (x == e || x->dropped || x->org != e->org || x->type != e->type ||
            draft_dates_compatible(&x->date, &e->date) ||
            (e->date.date.day &&
             (!x->date.date.day ||
              abs(day_of(&x->date) - day_of(&e->date)) > 7)))
            continue;
        for (size_t k = 0; k < x->cites.count; k++)
            if (draft_cites_has(&e->cites, x->cites.n[k]))
                return false;
    }
    return true;
}

/* Days a month holds at most: intrusion dates further apart may be two
 * attacks. */
#define MONTH_DAYS 31

/* A span of days, first and last (mt_dossier_date_span). */
typedef struct day_span {
    int32_t lo, hi;
} day_span;

/* Days between spans a and b, 0 when they meet. */
static int64_t span_gap(day_span a, day_span b)
{
    return a.lo > b.hi   ? (int64_t)a.lo - b.hi
           : b.lo > a.hi ? (int64_t)b.lo - a.hi
                         : 0;
}

/* The spans of a's and b's dates lie within a month of each other. */
static bool within_month(const event *a, const event *b)
{
    day_span x, y;
    if (mt_dossier_date_span(&a->date, &x.lo, &x.hi) != MT_OK ||
        mt_dossier_date_span(&b->date, &y.lo, &y.hi) != MT_OK)
        return false;
    return span_gap(x, y) <= MONTH_DAYS;
}

/* A type whose entry is one fact on one day: not a state that lasts
 * (systems stopped, recovery under way, an investigation, a leak found or
 * not yet), the catch-all other, which two days may both hold, a
 * notification (the police told one day, the regulator the next: one
 * line per party, not two accounts of one day), or an attacker's claim
 * (a group claims on its leak site, again to an outlet, again when it
 * posts the data: two days are as often two claims). */
static bool one_day_type(mt_event_type t)
{
    return t != MT_EVENT_CONTAINMENT && t != MT_EVENT_REMEDIATION &&
           t != MT_EVENT_NOTIFICATION && t != MT_EVENT_INVESTIGATION &&
           t != MT_EVENT_LEAK_DENIED && t != MT_EVENT_LEAK_POSSIBLE &&
           t != MT_EVENT_OTHER && t != MT_EVENT_ATTRIBUTION;
}

/* Two entries of one organisation and type that are one fact dated
 * differently: the same fact a few days apart (mt_dossier_event_days_apart;
 * each source giving one date), or intrusion starts that cannot both be true
 * (each the only one its sources give), within a month of each other or
 * told in the same week's news. */
static void date_conflicts(ctx *c)
{
    event *ev = (event *)c->events.v;
    char buf[MT_DOSSIER_DATE_TEXT_MAX];
    for (size_t i = 0; i < c->events.n && c->st == MT_OK; i++) {
        event *a = &ev[i];
        if (a->dropped || !one_day_type(a->type) || !only_date(c, a))
            continue;
        for (size_t j = i + 1; j < c->events.n && c->st == MT_OK; j++) {
            event *b = &ev[j];
            if (b->dropped || b->org != a->org || b->type != a->type ||
                !only_date(c, b) || !draft_cites_apart(&a->cites, &b->cites))
                continue;
            bool close = a->date.date.day && b->date.date.day &&
                         abs(day_of(&a->date) - day_of(&b->date)) <=
                             mt_dossier_event_days_apart(a->type) &&
                         day_of(&a->date) != day_of(&b->date);
            /* A day the fact was known by ("by" it: a source's day, when
             * it told the fact) is no later than it happened, so no
             * disagreement with an earlier day. */
            bool bound = ((a->date.mods & MT_DMOD_BEFORE) &&
                          day_of(&a->date) > day_of(&b->date)) ||
                         ((b->date.mods & MT_DMOD_BEFORE) &&
                          day_of(&b->date) > day_of(&a->date));
            /* An organisation speaks of an incident on more than one day:
             * what a source of a day cites it as saying ("according to
             * NTT Docomo", its statement by that day) may be another
             * statement than one dated a day later, not a disagreement
             * about when it spoke. */
            if (bound || (a->type == MT_EVENT_DISCLOSURE &&
                          ((a->date.mods | b->date.mods) & MT_DMOD_BEFORE)))
                close = false;
            /* Intrusions dated more than a month apart are one attack
             * dated twice only in two accounts of the same news: else
             * they are as often two attacks (a round-up's other one, an
             * earlier wave at another unit). */
            bool intrusion = a->type == MT_EVENT_INTRUSION_START && !bound &&
                             !draft_dates_compatible(&a->date, &b->date) &&
                             (within_month(a, b) ||
                              draft_cites_same_news(c, &a->cites, &b->cites));
            if (!close && !intrusion)
                continue;
            char about[96];
            snprintf(about, sizeof about, "date of %s",
                     mt_event_type_str(a->type));
            conflict *k = draft_conflict_add(c, a->org, about);
            if (!k)
                return;
            draft_conflict_variant(
                c, k, mt_dossier_date_format(&a->date, buf, sizeof buf),
                &a->cites);
            draft_conflict_variant(
                c, k, mt_dossier_date_format(&b->date, buf, sizeof buf),
                &b->cites);
            break;
        }
    }
}

/* Another source dates the intrusion of in's organisation before in: a
 * ransomware attack is found the day it strikes, so an intrusion and a
 * detection on the same day disagree only when the intrusion is known to
 * have begun earlier. */
static bool earlier_intrusion(const ctx *c, const event *in)
{
    const event *ev = (const event *)c->events.v;
    int32_t lo, hi, ilo, ihi;
    if (mt_dossier_date_span(&in->date, &ilo, &ihi) != MT_OK)
        return false;
    for (size_t i = 0; i < c->events.n; i++)
        if (&ev[i] != in && !ev[i].dropped && ev[i].org == in->org &&
            ev[i].type == MT_EVENT_INTRUSION_START &&
            mt_dossier_date_span(&ev[i].date, &lo, &hi) == MT_OK && hi < ilo)
            return true;
    return false;
}

/* A source tells of ransomware at organisation o (a detail claim): an
 * attack that announces itself, found as it strikes. */
static bool ransomware_of(const ctx *c, long o)
{
    const claim *cl = (const claim *)c->claims.v;
    for (size_t i = 0; i < c->claims.n; i++)
        if (cl[i].org == o && cl[i].detail &&
            strcmp(cl[i].detail, "ransomware") == 0)
            return true;
    return false;
}

/* The sources a and b cite between them. */
static size_t sources_of(const mt_cites *a, const mt_cites *b)
{
    size_t n = a->count;
    for (size_t k = 0; k < b->count; k++)
        n += !draft_cites_has(a, b->n[k]);
    return n;
}

/* Each of a and b cites a source the other does not: a source that
 * gives the one account and not the other, on both sides. */
static bool two_sided(const mt_cites *a, const mt_cites *b)
{
    bool a_only, b_only;
    draft_own_sources(a, b, &a_only, &b_only);
    return a_only && b_only;
}

/* A detection one source dates where another dates the intrusion.
 *   Neither dated by a year alone: an attack found within the year it
 *   struck is the common case, no disagreement.
 *   At month precision, or to the day when other sources date the
 *   intrusion earlier: unless a source tells both in that period or of
 *   ransomware there (found as it strikes: the two dates are one); the
 *   intrusion line goes, kept as the conflict.
 *   On one day that is the earliest intrusion date: when some sources
 *   call the day the attack's and others only its discovery (each side
 *   has a source that does not give the other), whatever else a source
 *   tells.  Analysts read that as "was the intrusion dated, or only its
 *   detection?"; both lines stay, the conflict flags them.
 *   To the day, in either case, only when three sources at least give
 *   the two lines: one article against one is wording as often as fact,
 *   and both lines stay.
 * A detection wholly before the earliest intrusion evidence, an error in
 * a dossier, makes such intrusion lines go. */
static void detection_conflicts(ctx *c)
{
    event *ev = (event *)c->events.v;
    char buf[MT_DOSSIER_DATE_TEXT_MAX], val[128];
    for (size_t i = 0; i < c->events.n && c->st == MT_OK; i++) {
        event *in = &ev[i];
        /* An intrusion or a detection known "by" a day has no day of
         * its own to set against the other. */
        if (in->type != MT_EVENT_INTRUSION_START || in->dropped ||
            (in->date.mods & MT_DMOD_BEFORE))
            continue;
        /* (A year says too little: see above.) */
        if (!in->date.date.month)
            continue;
        /* A source that tells both, the attack and its detection in that
         * period, says they fell together: no disagreement to show (asked
         * only of a period: a day goes on to the day's test). */
        bool day = in->date.date.day && !earlier_intrusion(c, in);
        bool both = false;
        for (size_t j = 0; j < c->events.n && !both && !day; j++) {
            if (ev[j].type != MT_EVENT_DETECTION || ev[j].dropped ||
                ev[j].org != in->org ||
                !draft_dates_compatible(&ev[j].date, &in->date))
                continue;
            for (size_t k = 0; k < c->events.n && !both; k++)
                both = ev[k].type == MT_EVENT_INTRUSION_START &&
                       !ev[k].dropped && ev[k].org == in->org &&
                       draft_dates_compatible(&ev[k].date, &ev[j].date) &&
                       !draft_cites_disjoint(&ev[j].cites, &ev[k].cites);
        }
        if (!day && (both || ransomware_of(c, in->org)))
            continue;
        for (size_t j = 0; j < c->events.n; j++) {
            event *de = &ev[j];
            if (de->type != MT_EVENT_DETECTION || de->dropped ||
                (de->date.mods & MT_DMOD_BEFORE) || !de->date.date.month ||
                de->org != in->org ||
                !draft_dates_compatible(&de->date, &in->date) ||
                !(day ? draft_same_day(&de->date, &in->date) &&
                            !de->date.mods && !in->date.mods &&
                            two_sided(&de->cites, &in->cites)
                      : draft_cites_apart(&de->cites, &in->cites)))
                continue;
            /* To the day, three sources at least: one article that calls
             * the day the attack's against one that calls it the
             * discovery's is a matter of wording as often as of fact (an
             * attack is often found the day it strikes). */
            if (in->date.date.day && sources_of(&de->cites, &in->cites) < 3)
                continue;
            mt_dossier_date_format(&in->date, buf, sizeof buf);
            char about[96];
            snprintf(about, sizeof about, "detection or intrusion in %s", buf);
            conflict *k = draft_conflict_add(c, in->org, about);
            if (!k)
                return;
            snprintf(val, sizeof val, "detection %s", buf);
            draft_conflict_variant(c, k, val, &de->cites);
            snprintf(val, sizeof val, "intrusion %s", buf);
            draft_conflict_variant(c, k, val, &in->cites);
            if (!day)
                in->dropped = true; /* kept as the conflict, not a line */
            break;
        }
    }
    for (size_t o = 0; o < c->orgs.n; o++) {
        int32_t det_hi = INT32_MAX, lo, hi;
        for (size_t i = 0; i < c->events.n; i++)
            if (!ev[i].dropped && ev[i].org == (long)o &&
                ev[i].type == MT_EVENT_DETECTION &&
                mt_dossier_date_span(&ev[i].date, &lo, &hi) == MT_OK &&
                hi < det_hi)
                det_hi = hi;
        /* (Not one known "by" a day: it may lie before the detection.) */
        for (size_t i = 0; i < c->events.n; i++)
            if (!ev[i].dropped && ev[i].org == (long)o &&
                ev[i].type == MT_EVENT_INTRUSION_START &&
                !(ev[i].date.mods & MT_DMOD_BEFORE) &&
                mt_dossier_date_span(&ev[i].date, &lo, &hi) == MT_OK &&
                lo > det_hi)
                ev[i].dropped = true;
    }
}

/* ---- attackers ---- */

/* Some source cites two of k's variants. */
static bool told_together(const conflict *k)
{
    const mt_cites *v = (const mt_cites *)k->cites.v;
    for (size_t i = 0; i < k->values.n; i++)
        for (size_t x = 0; x < v[i].count; x++)
            for (size_t j = i + 1; j < k->values.n; j++)
                if (draft_cites_has(&v[j], v[i].n[x]))
                    return true;
    return false;
}

/* The claims of n sides, each side's from its first claim's first day to
 * its last claim's last (an undated claim spans all days), lie more than
 * a month from one another, each pair: groups that claimed attacks
 * months apart claimed two attacks (a round-up's other incident), not
 * the same one twice. */
static bool claims_apart(const day_span *side, size_t n)
{
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++)
            if (span_gap(side[i], side[j]) <= MONTH_DAYS)
                return false;
    return n > 1;
}

/* Attacker o is the body another attacker of the incident is held to
 * work for (orgs_actors.tsv column for: Tick and 中国人民解放軍): naming
 * it is the same account told higher up, no side of its own. */
static bool sponsor_of_another(ctx *c, long o)
{
    const char *name = draft_org_at(c, o)->name;
    for (size_t p = 0; p < c->orgs.n; p++) {
        const org *x = draft_org_at(c, (long)p);
        if ((long)p == o || draft_role_of(x) != MT_ROLE_ATTACKER)
            continue;
        const draft_orgtab_entry *e =
            draft_orgtab_find(c->in->orgtab, x->name, strlen(x->name));
        if (e && e->sponsor && strcmp(e->sponsor, name) == 0)
            return true;
    }
    return false;
}

/* Different attackers named for the incident by different sources, their
 * claims within a month of each other (claims_apart): the first victim
 * carries the conflict. */
static void attacker_conflicts(ctx *c)
{
    long victim = -1;
    for (size_t o = 0; o < c->orgs.n && victim < 0; o++)
        if (draft_role_of(draft_org_at(c, (long)o)) == MT_ROLE_VICTIM)
            victim = (long)o;
    if (victim < 0)
        return;
    conflict *k = NULL;
    event *ev = (event *)c->events.v;
    /* The days of each side's claims, for claims_apart. */
    day_span *side = calloc(c->orgs.n ? c->orgs.n : 1, sizeof *side);
    size_t sides = 0;
    if (!side) {
        draft_oom(c);
        return;
    }
    for (size_t o = 0; o < c->orgs.n && c->st == MT_OK; o++) {
        /* The incident's unnamed attacker ("the group claimed") may be
         * any of those named: no side of its own; nor has a suspect the
         * police name (the people they arrest act together), nor the
         * state body a named group works for. */
        if (draft_role_of(draft_org_at(c, (long)o)) != MT_ROLE_ATTACKER ||
            draft_org_at(c, (long)o)->unnamed ||
            draft_org_at(c, (long)o)->suspect || sponsor_of_another(c, (long)o))
            continue;
        mt_cites by = {NULL, NULL, 0};
        /* Its earliest claim, by the first day each date may mean (a
         * month's claim of 2023-09 before one of 2023-09-24). */
        const event *first = NULL;
        int32_t first_lo = 0, lo, hi;
        day_span all = {INT32_MAX, INT32_MIN};
        for (size_t i = 0; i < c->events.n; i++) {
            if (ev[i].dropped || ev[i].org != (long)o ||
                ev[i].type != MT_EVENT_ATTRIBUTION)
                continue;
            if (draft_cites_merge(&by, &ev[i].cites) != MT_OK)
                draft_oom(c);
            /* (An undated claim spans all days: apart from none.) */
            if (mt_dossier_date_span(&ev[i].date, &lo, &hi) != MT_OK) {
                lo = INT32_MAX;
                all = (day_span){INT32_MIN, INT32_MAX};
            }
            if (lo != INT32_MAX && lo < all.lo)
                all.lo = lo;
            if (lo != INT32_MAX && hi > all.hi)
                all.hi = hi;
            if (!first || lo < first_lo) {
                first = &ev[i];
                first_lo = lo;
            }
        }
        if (by.count) {
            side[sides++] = all;
            /* "Ransomed.vc (claimed 2023-09-24)": when each side was
             * first told. */
            char day[MT_DOSSIER_DATE_TEXT_MAX], label[256];
            mt_dossier_date_format(&first->date, day, sizeof day);
            snprintf(label, sizeof label, "%s (claimed %s)",
                     draft_org_at(c, (long)o)->name, day);
            if (!k)
                k = draft_conflict_add(c, victim, "attacker");
            if (k)
                draft_conflict_variant(c, k, label, &by);
        }
        draft_cites_free(&by);
    }
    /* One attacker, or all named by the same sources: no conflict;
     * unless a source tells two groups' claims ("BlackByte and Akira both
     * claim the attack"): a double claim is the disagreement. */
    if (k && !(k->values.n > 1 && told_together(k))) {
        if (claims_apart(side, sides))
            draft_conflict_drop(c, k);
        else
            draft_conflict_settle(c, k, true, false);
    }
    free(side);
}

/* The label of denial dn: "no claim confirmed", "no demand seen", with
 * the day of the source that says it when it has one ("as of
 * 2021-04-28": a later claim or demand tells what came since). */
static const char *denial_label(const denial *dn, char *buf, size_t size)
{
    const char *what = dn->demand ? "no demand seen" : "no claim confirmed";
    if (dn->day.year && dn->day.day && mt_date_valid(&dn->day)) {
        char day[MT_DOSSIER_DATE_TEXT_MAX];
        mt_dossier_date x = {dn->day, 0};
        snprintf(buf, size, "%s as of %s", what,
                 mt_dossier_date_format(&x, day, sizeof day));
    } else {
        snprintf(buf, size, "%s", what);
    }
    return buf;
}

/* An attacker's claims (attributions) or demands (its events of type
 * other) reported by some sources, and another source's word that no
 * claim or demand is there (struct denial): a conflict of that attacker,
 * "attacker's claim" or "attacker's demand", when the two sources are
 * a week apart at most and neither gives both (draft_conflict_settle()). */
static void denial_conflicts(ctx *c)
{
    const denial *dv = (const denial *)c->denials.v;
    event *ev = (event *)c->events.v;
    for (int demand = 0; demand < 2 && c->st == MT_OK; demand++) {
        bool any = false;
        for (size_t i = 0; i < c->denials.n; i++)
            any = any || dv[i].demand == (bool)demand;
        for (size_t o = 0; any && o < c->orgs.n && c->st == MT_OK; o++) {
            const org *og = draft_org_at(c, (long)o);
            if (draft_role_of(og) != MT_ROLE_ATTACKER || og->unnamed)
                continue;
            mt_event_type want = demand ? MT_EVENT_OTHER : MT_EVENT_ATTRIBUTION;
            mt_cites by = {NULL, NULL, 0};
            for (size_t i = 0; i < c->events.n; i++)
                if (!ev[i].dropped && !ev[i].earlier && ev[i].org == (long)o &&
                    ev[i].type == want &&
                    draft_cites_merge(&by, &ev[i].cites) != MT_OK)
                    draft_oom(c);
            conflict *k = by.count
                              ? draft_conflict_add(c, (long)o,
                                                   demand ? "attacker's demand"
                                                          : "attacker's claim")
                              : NULL;
            if (k) {
                draft_conflict_variant(
                    c, k, demand ? "demand reported" : "claim reported", &by);
                for (size_t i = 0; i < c->denials.n && c->st == MT_OK; i++) {
                    if (dv[i].demand != (bool)demand)
                        continue;
                    char label[MT_DOSSIER_DATE_TEXT_MAX + 32];
                    int n = dv[i].source;
                    mt_cites one = {&n, NULL, 1};
                    draft_conflict_variant(
                        c, k, denial_label(&dv[i], label, sizeof label), &one);
                }
                draft_conflict_settle(c, k, true, false);
            }
            draft_cites_free(&by);
        }
    }
}

/* Conflict b gives the same days as a (each value of the one among the
 * other's). */
static bool same_values(const conflict *a, const conflict *b)
{
    if (a->values.n != b->values.n)
        return false;
    for (size_t i = 0; i < a->values.n; i++) {
        bool found = false;
        for (size_t j = 0; j < b->values.n && !found; j++)
            found = strcmp(((char **)a->values.v)[i],
                           ((char **)b->values.v)[j]) == 0;
        if (!found)
            return false;
    }
    return true;
}

/* The same days told for two facts of one organisation (the attack on the
 * 7th or the 8th, and its detection on the 7th or the 8th) are one
 * disagreement about when it happened: one conflict, "date of
 * intrusion_start and detection". */
static void join_date_facets(ctx *c)
{
    for (size_t i = 0; i < c->conflicts.n && c->st == MT_OK; i++) {
        for (size_t j = i + 1; j < c->conflicts.n && c->st == MT_OK;) {
            conflict *k = (conflict *)c->conflicts.v;
            conflict *a = &k[i], *b = &k[j];
            if (a->org != b->org || strncmp(a->about, "date of ", 8) != 0 ||
                strncmp(b->about, "date of ", 8) != 0 || !same_values(a, b)) {
                j++;
                continue;
            }
            size_t n = strlen(a->about) + strlen(" and ") + strlen(b->about);
            char *joined = malloc(n);
            if (!joined) {
                draft_oom(c);
                return;
            }
            snprintf(joined, n, "%s and %s", a->about, b->about + 8);
            free(a->about);
            a->about = joined;
            for (size_t v = 0; v < b->values.n; v++)
                draft_conflict_variant(c, a, ((char **)b->values.v)[v],
                                       (mt_cites *)b->cites.v + v);
            draft_conflict_drop(c, b);
        }
    }
}

void draft_event_conflicts(ctx *c)
{
    detection_conflicts(c);
    date_conflicts(c);
    join_date_facets(c);
    attacker_conflicts(c);
    denial_conflicts(c);
}
