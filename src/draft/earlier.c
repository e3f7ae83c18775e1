/*
 * Earlier incidents in a round-up.  Articles recall other breaches to
 * give context (「ヤフー・ジャパンは2013年に不正アクセスで…流出させた」
 * in a piece on LINEヤフー's 2023 leak); those facts are true but belong
 * to another incident, and in this dossier's timeline they would pass
 * for its start.  An entry is taken for such a recollection when:
 *
 *   - its organisation is not the principal victim (the victim most
 *     sources name) and no link cue ties it to another (子会社, 委託先),
 *   - it ends before the principal victim's earliest entry (of those
 *     that stay) by more than a month when one source tells it and at
 *     most three name its organisation ("Capcom was attacked in November"
 *     in a piece on an April attack), by more than two months when under
 *     half the sources name the organisation, else by more than a year,
 *     and
 *   - in that last case only one source names its organisation, or only
 *     one tells the entry and it ends more than three years before
 *     (「LINEは2015年~…流出していた」 in a piece on LINEヤフー's 2023
 *     leak, when other pieces name LINE too).
 *
 * An organisation a round-up lines up beside this incident (named only
 * with も, or as a victim only in sentences a date and には open), by
 * one source and unlinked, leaves whatever its date.  So does a victim
 * one or two of four sources or more name, in pieces that tell of the
 * principal victim (named by more than twice as many) too, tied to it by
 * no link cue, no list and no name of its group (bystander()).
 *
 * An entry every sentence of which recalls an earlier incident (a recall
 * cue in it or in the one before: 「2011年の…漏洩が想起される今回の
 * 事件」, "Kiri has been hit before. An attack in February ...")
 * leaves too when it ends a month before the principal
 * victim's earliest entry that no recollection tells, whoever's it is.
 *
 * The principal victim's regional unit (units.c) is of this incident
 * from a year before the victim's earliest entry on, whatever the rules
 * below would say of it: "Panasonic Canada was hit in February" beside
 * the group's notice of April.
 *
 * The principal victim's own old entries stay (an insider who copied
 * data from 2013 to 2023 is one incident), as do those of an
 * organisation several sources name, within three years; except one that
 * only one source tells, in sentences that never name the victim (the
 * passage's topic stood for a company the text did not recognise:
 * "Merck won a ruling over its 2017 NotPetya attack" in a piece on
 * another drugmaker), more than three years before the victim's earliest
 * entry that two sources tell.  Such entries leave
 * the timeline and are listed in the commentary, so the analyst can move one
 * back; an organisation left without entries is no victim of this incident.
 */
#include "draft/stage.h"

#include "core/buf.h"
#include "core/internal.h"

#include <stdlib.h>
#include <string.h>

/* The victim most sources name; -1 when the draft has none. */
static long principal_victim(ctx *c)
{
    long best = -1;
    for (size_t i = 0; i < c->orgs.n; i++) {
        const org *o = draft_org_at(c, (long)i);
        if (o->merged_into >= 0 || draft_role_of(o) != MT_ROLE_VICTIM)
            continue;
        if (best < 0 || o->nsources > draft_org_at(c, best)->nsources)
            best = (long)i;
    }
    return best;
}

/* The first day of organisation pv's earliest entry that stays, of
 * those at least min_cites sources tell (and no recollection alone, when
 * told_now); INT32_MAX when none. */
static int32_t earliest(const ctx *c, long pv, size_t min_cites, bool told_now)
{
    const event *ev = (const event *)c->events.v;
    int32_t first = INT32_MAX, lo, hi;
    for (size_t i = 0; i < c->events.n; i++)
        if (!ev[i].dropped && ev[i].org == pv &&
            ev[i].cites.count >= min_cites && !(told_now && ev[i].recalled) &&
            mt_dossier_date_span(&ev[i].date, &lo, &hi) == MT_OK && lo < first)
            first = lo;
    return first;
}

/* Name s[0..n) is long enough to be found inside another: three ASCII
 * characters (NTT) or two others (楽天); one kanji (県) is in too many. */
static bool long_enough(const char *s, size_t n)
{
    return (unsigned char)s[0] < 0x80 ? n >= 3 : mt_utf8_chars(s, n) >= 2;
}

/* Names a and b begin alike: in three ASCII characters at least (NTT
 * Docomo / NTT West; letters compared case-blind: Kadokawa / KADOKAWA) or
 * three characters of Japanese (トヨタ車体 / トヨタ自動車; two would join
 * places: 東京商工リサーチ / 東京ガス); or one name holds the other
 * ("Panasonic India" / Panasonic, 楽天 / 楽天カード).  Members of one
 * group are named so. */
static bool names_alike(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), n = 0;
    while (n < la && n < lb &&
           (a[n] == b[n] ||
            ((unsigned char)a[n] < 0x80 && (unsigned char)b[n] < 0x80 &&
             (a[n] | 0x20) == (b[n] | 0x20) &&
             ((a[n] | 0x20) >= 'a' && (a[n] | 0x20) <= 'z'))))
        n++;
    /* Back to a character boundary: a shared lead byte is no character. */
    while (n > 0 && n < la && ((unsigned char)a[n] & 0xC0) == 0x80)
        n--;
    bool ascii = true;
    for (size_t i = 0; i < n; i++)
        ascii = ascii && (unsigned char)a[i] < 0x80;
    if (n >= (ascii ? 3u : 9u))
        return true;
    return (long_enough(b, lb) && strstr(a, b)) ||
           (long_enough(a, la) && strstr(b, a));
}

/* Every name of x against every name of y. */
static bool orgs_alike(const org *x, const org *y)
{
    for (size_t i = 0; i <= x->aliases.n; i++) {
        const char *a = i ? ((char **)x->aliases.v)[i - 1] : x->name;
        for (size_t k = 0; k <= y->aliases.n; k++)
            if (names_alike(a, k ? ((char **)y->aliases.v)[k - 1] : y->name))
                return true;
    }
    return false;
}

/* Organisation oi is a bystander of the incident pv is the principal
 * victim of: a victim one or two sources name, among four or more, where
 * more than twice as many name pv, bound to it by no link cue, no list
 * (「楽天、楽天カード」) and no name (Toyota Vietnam, Panasonic India: nor
 * to any victim more sources name), in sources that tell of pv too.
 * Round-ups line such a case up beside the one they report ("Boeing was
 * hit on 1 November", 「鹿児島県では…」): its entries go to the
 * commentary.  A source that tells nothing of pv may be about pv under a
 * name the draft does not know (「同社のシンガポール法人」 after an
 * unknown brand): its victim stays (find_bystanders checks the sources).
 */
static bool bystander(ctx *c, long oi, long pv)
{
    const org *o = draft_org_at(c, oi), *p = draft_org_at(c, pv);
    if (draft_role_of(o) != MT_ROLE_VICTIM || o->nsources < 1 ||
        o->nsources > 2 || 2 * o->nsources >= p->nsources || c->nnumbered < 4 ||
        o->linked || o->regulator)
        return false;
    for (size_t i = 0; i < o->distinct.n; i++)
        if (((const long *)o->distinct.v)[i] == pv)
            return false;
    /* No name of a victim more sources name (SITA beside SITA社, the
     * supplier whose breach the incident is) */
    for (size_t i = 0; i < c->orgs.n; i++) {
        const org *q = draft_org_at(c, (long)i);
        if ((long)i != oi && q->merged_into < 0 && q->nsources > o->nsources &&
            ((long)i == pv || draft_role_of(q) == MT_ROLE_VICTIM) &&
            orgs_alike(o, q))
            return false;
    }
    return true;
}

/* The bystanders among the organisations (bystander(), one verdict per
 * organisation: nothing it reads changes while entries are set aside),
 * into by[c->orgs.n]: the sources that tell of pv are marked once, then
 * one pass over the entries finds the organisations a source tells of
 * that does not. */
static void find_bystanders(ctx *c, long pv, bool *by)
{
    size_t ns = c->nnumbered + 1, no = c->orgs.n;
    bool *tells = calloc(ns, sizeof *tells), *apart = calloc(no, sizeof *apart);
    if (!tells || !apart) {
        free(tells);
        free(apart);
        draft_oom(c);
        return;
    }
    const event *ev = (const event *)c->events.v;
    const claim *cl = (const claim *)c->claims.v;
    for (size_t i = 0; i < c->events.n; i++)
        for (size_t k = 0; ev[i].org == pv && k < ev[i].cites.count; k++)
            if (ev[i].cites.n[k] >= 1 && (size_t)ev[i].cites.n[k] < ns)
                tells[ev[i].cites.n[k]] = true;
    for (size_t i = 0; i < c->claims.n; i++)
        for (size_t k = 0; cl[i].org == pv && k < cl[i].cites.count; k++)
            if (cl[i].cites.n[k] >= 1 && (size_t)cl[i].cites.n[k] < ns)
                tells[cl[i].cites.n[k]] = true;
    for (size_t i = 0; i < c->events.n; i++)
        for (size_t k = 0; ev[i].org >= 0 && k < ev[i].cites.count; k++) {
            int n = ev[i].cites.n[k];
            if (n < 1 || (size_t)n >= ns || !tells[n])
                apart[ev[i].org] = true;
        }
    for (size_t o = 0; o < no; o++)
        by[o] = (long)o != pv && !apart[o] && bystander(c, (long)o, pv);
    free(tells);
    free(apart);
}

/* Entry e leaves the timeline for the commentary. */
static void set_aside(event *e)
{
    e->dropped = true;
    e->earlier = true;
}

void draft_set_earlier_aside(ctx *c)
{
    long pv = principal_victim(c);
    if (pv < 0)
        return;
    event *ev = (event *)c->events.v;
    if (earliest(c, pv, 0, false) == INT32_MAX)
        return;
    /* The victim's earliest entry two sources tell, and its own unnamed
     * outliers three years before it. */
    int32_t first2 = earliest(c, pv, 2, false);
    for (size_t i = 0; i < c->events.n && first2 != INT32_MAX; i++) {
        event *e = &ev[i];
        int32_t lo, hi;
        if (!e->dropped && e->org == pv && !e->named && e->cites.count == 1 &&
            mt_dossier_date_span(&e->date, &lo, &hi) == MT_OK &&
            hi < first2 - 3 * 365)
            set_aside(e);
    }
    /* What a sentence recalls as an earlier incident (「2011年の…漏洩が
     * 想起される」, "This is not the first time ...": a recall cue), of
     * any organisation, the victim's too, a month or more before the
     * victim's earliest entry that no recollection tells. */
    int32_t told = earliest(c, pv, 0, true);
    for (size_t i = 0; i < c->events.n && told != INT32_MAX; i++) {
        int32_t lo, hi;
        if (!ev[i].dropped && ev[i].recalled &&
            mt_dossier_date_span(&ev[i].date, &lo, &hi) == MT_OK &&
            hi < told - 30)
            set_aside(&ev[i]);
    }
    /* The victim's earliest entry is now one of those that stay. */
    int32_t first = earliest(c, pv, 0, false);
    bool *by = calloc(c->orgs.n ? c->orgs.n : 1, sizeof *by);
    if (!by) {
        draft_oom(c);
        return;
    }
    find_bystanders(c, pv, by);
    for (size_t i = 0; i < c->events.n; i++) {
        event *e = &ev[i];
        int32_t lo, hi;
        const org *o = draft_org_at(c, e->org);
        if (e->dropped || e->org == pv || o->linked ||
            mt_dossier_date_span(&e->date, &lo, &hi) != MT_OK)
            continue;
        /* The principal victim's regional unit is of this incident from
         * a year before its earliest entry on ("Panasonic Canada was hit
         * in February", the group's notice in April). */
        if (draft_org_resolved(c, o->unit_of) == pv && hi >= first - 365)
            continue;
        /* 「化学品メーカーのダイセルも7月14日に…感染を発表しました」:
         * named only with も, by one source, unlinked: another case the
         * round-up lines up beside this one, whatever its date.  So is a
         * victim named only as the subject of a sentence a date and に
         * は open (「7月5日には…学校が被害を公表」); not a police force
         * or ministry a narrative's next day brings in. */
        if ((o->also || (o->lined && draft_role_of(o) == MT_ROLE_VICTIM)) &&
            !o->plain && o->nsources == 1) {
            set_aside(e);
            continue;
        }
        if (by[e->org]) {
            set_aside(e);
            continue;
        }
        /* Named by few sources, or by under half of them: a recollection
         * a month (two) before; else a year, and three for an entry of
         * one source. */
        bool few = o->nsources <= 3 && e->cites.count == 1;
        bool minor = o->nsources >= 0 && 2 * (size_t)o->nsources < c->nnumbered;
        int32_t gap = few ? 30 : minor ? 60 : 365;
        if (hi >= first - gap)
            continue;
        if (o->nsources != 1 && !few && !minor &&
            (e->cites.count != 1 || hi >= first - 3 * 365))
            continue;
        set_aside(e);
    }
    free(by);
    /* Victim of another incident, not of this one: an organisation left
     * with no entry of its own here loses the hint its entries gave. */
    for (size_t i = 0; i < c->events.n; i++) {
        if (!ev[i].earlier)
            continue;
        bool kept = false;
        for (size_t k = 0; k < c->events.n && !kept; k++)
            kept = !ev[k].dropped && ev[k].org == ev[i].org;
        if (!kept)
            draft_org_at(c, ev[i].org)->hints &= ~(unsigned)ROLE_HINT_VICTIM;
    }
}
