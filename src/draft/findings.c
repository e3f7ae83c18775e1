/*
 * What a finding tells (stage.h): the verbs of detection and of checking
 * (検知, 確認, found, confirmed) and of occurrence (発生) take their
 * meaning from the triggers around them.  A detection right after an
 * intrusion noun found it (不正アクセスを検知: no intrusion of that day); a
 * check with its own day of harm told after it is the detection of that
 * day; a company that confirms its own incident with no date makes a
 * statement; 発生 after an intrusion is that intrusion happening; a
 * claim that "was spotted" on a day is the claim of that day.  A check
 * that found nothing ("found no evidence of", 「不正アクセスは確認されて
 * いない」) finds no detection, and of access to systems denies a leak;
 * data that "were compromised" (through a list of the companies that held
 * it) was reached, a leak.
 * trigtype.c asks these while it settles a trigger's type.
 */
#include "draft/stage.h"
#include "draft/tense.h"

#include "core/internal.h"

#include <string.h>

/* At most this many bytes in one item of an English list of names, and
 * at most this many items before its last. */
#define LIST_ITEM_EN  48
#define LIST_ITEMS_EN 8
/* At most this many bytes from a Japanese access word to the check of it
 * (「外部からの侵入は現時点で確認されていない」: a particle and an
 * adverbial). */
#define ACCESS_CHECK_REACH 30

bool draft_names_access(const parts *p, const trig *t)
{
    return draft_hit_over(p, CUE_ACCESS, t->pos, t->end);
}

bool draft_access_checked(const parts *p, const trig *b, const trig *t)
{
    static const char *const particles[] = {"\xe3\x81\xaf", "\xe3\x81\x8c",
                                            "\xe3\x82\x82",
                                            "\xe3\x82\x92"}; /* は が も を */
    if (!b || !t->negated || b->type != MT_EVENT_INTRUSION_START ||
        !draft_names_access(p, b) || t->pos < b->end + 3 ||
        t->pos - b->end > ACCESS_CHECK_REACH ||
        draft_trig_starts_in(p, b->end, t->pos))
        return false;
    bool marked = false;
    for (size_t k = 0; k < MT_ARRAY_LEN(particles) && !marked; k++)
        marked = draft_at(p->s->text, p->s->len, b->end, particles[k]);
    /* After the particle an adverbial (現時点で), no second noun the
     * check is of (「…が始まった時期は」 marks 時期).  (Byte by byte: a
     * particle's lead byte is never inside another character.) */
    for (size_t i = b->end + 3; marked && i + 3 <= t->pos; i++)
        for (size_t k = 0; k < MT_ARRAY_LEN(particles) && marked; k++)
            marked = !draft_at(p->s->text, t->pos, i, particles[k]);
    return marked;
}

/* English: trigger t is a passive participle, "was", "were" or "been"
 * right before it or opening it (a cue that holds its auxiliary: "was
 * found"). */
static bool en_passive(const parts *p, const trig *t)
{
    static const char *const aux[] = {"was ", "were ", "been "};
    const draft_sentence *s = p->s;
    for (size_t k = 0; k < MT_ARRAY_LEN(aux); k++) {
        size_t l = strlen(aux[k]);
        if (t->pos >= l &&
            draft_ascii_ieqn(s->text + t->pos - l, l, aux[k], l) &&
            (t->pos == l || s->text[t->pos - l - 1] == ' '))
            return true;
        /* a cue that holds its auxiliary ("was found") */
        if (t->end - t->pos > l &&
            draft_ascii_ieqn(s->text + t->pos, l, aux[k], l))
            return true;
    }
    return false;
}

/* The first word at or after byte at (spaces skipped) opens with a
 * capital: a name. */
static bool opens_with_capital(const draft_sentence *s, size_t at)
{
    while (at < s->len && s->text[at] == ' ')
        at++;
    return at < s->len && s->text[at] >= 'A' && s->text[at] <= 'Z';
}

/* English: the clause at cs opens with "and" or "or" and a name: the last
 * item of a list of names. */
static bool list_tail(const draft_sentence *s, size_t cs)
{
    while (cs < s->len && s->text[cs] == ' ')
        cs++;
    size_t w =
        cs + 4 <= s->len && draft_ascii_ieqn(s->text + cs, 4, "and ", 4)  ? 4
        : cs + 3 <= s->len && draft_ascii_ieqn(s->text + cs, 3, "or ", 3) ? 3
                                                                          : 0;
    return w && opens_with_capital(s, cs + w);
}

/* The start of the clause that opens the list whose last item opens at
 * tail: back over the items before it, each a short run of words with no
 * trigger that opens with a capital (a sentence's first clause is never
 * one), to the clause before them.  tail itself when no item comes
 * before it ("data was safe, and Kiri Corp. was breached" is no list),
 * or when LIST_ITEMS_EN items did not reach the list's start. */
static size_t list_head(const parts *p, size_t tail)
{
    const draft_sentence *s = p->s;
    size_t cs = tail;
    for (int items = 0; cs > 0 && items < LIST_ITEMS_EN; items++) {
        size_t prev = draft_clause_start(s, cs - 1);
        bool trig_in = false;
        for (size_t i = 0; i < p->trigs.n && !trig_in; i++) {
            const trig *x = (const trig *)p->trigs.v + i;
            trig_in = x->pos < cs && x->end > prev;
        }
        if (trig_in || prev == 0 || cs - prev > LIST_ITEM_EN ||
            !opens_with_capital(s, prev))
            return items ? prev : tail;
        cs = prev;
    }
    return tail;
}

bool draft_data_passive(const parts *p, const trig *t)
{
    const draft_sentence *s = p->s;
    if (!en_passive(p, t))
        return false;
    size_t cs = draft_clause_start(s, t->pos);
    /* "data held by A (AA), B (BB), and C were compromised": the clause
     * is the last item of a list of names that goes back to the data. */
    if (list_tail(s, cs))
        cs = list_head(p, cs);
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind == CUE_DATA_NOUN && h->pos >= cs && h->end <= t->pos &&
            strcmp(h->value, "data") == 0)
            return true;
    }
    return false;
}

bool draft_data_compromised_after(const parts *p, const trig *t)
{
    const trig *first = NULL;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->pos >= t->end && (!first || x->pos < first->pos))
            first = x;
    }
    return first && first->type == MT_EVENT_INTRUSION_START &&
           draft_data_passive(p, first);
}

bool draft_found_nothing(const parts *p, const trig *t)
{
    const draft_sentence *s = p->s;
    size_t cs = draft_clause_start(s, t->pos), ce = draft_clause_end(s, t->end);
    bool passive = en_passive(p, t);
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x == t || !x->negated)
            continue;
        if (passive && x->pos >= cs && x->end <= t->pos)
            return true;
        if (x->pos >= t->end && x->end <= ce && x->neg_before > t->end &&
            !draft_trig_starts_in(p, t->end, x->neg_before))
            return true;
    }
    return false;
}

const trig *draft_trig_before(const parts *p, const trig *t)
{
    size_t cs = draft_clause_start(p->s, t->pos);
    const trig *best = NULL;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->end <= t->pos && x->pos >= cs && x->end + 30 >= t->pos)
            best = x;
    }
    return best;
}

const trig *draft_claim_seen(const parts *p, const trig *t)
{
    static const char *const be[] = {" was ",       " were ",
                                     " has been ",  " had been ",
                                     " was first ", " was later "};
    const trig *b = draft_trig_before(p, t);
    if (!b || b->type != MT_EVENT_ATTRIBUTION || b->negated)
        return NULL;
    for (size_t k = 0; k < MT_ARRAY_LEN(be); k++)
        if (b->end + strlen(be[k]) == t->pos &&
            mt_starts_with(p->s->text + b->end, t->pos - b->end, be[k]))
            return b;
    return NULL;
}

bool draft_seen_later(const parts *p, const trig *t)
{
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->pos >= t->end && x->type == MT_EVENT_DETECTION && !x->negated)
            return draft_claim_seen(p, x) == t;
    }
    return false;
}

#define SHITA "\xe3\x81\x97\xe3\x81\x9f" /* した */

/* 発生 ending at i qualifies the noun after it (「発生した障害」): the
 * occurrence is that noun's, not the topic's. */
static bool qualifies_noun(const draft_sentence *s, size_t i)
{
    return draft_at(s->text, s->len, i, SHITA) &&
           draft_noun_char_at(s->text, s->len, i + strlen(SHITA));
}

bool draft_occurrence_of_intrusion(const parts *p, const trig *t)
{
    size_t cs = draft_clause_start(p->s, t->pos);
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->end <= t->pos && x->pos >= cs &&
            x->type == MT_EVENT_INTRUSION_START && !x->negated)
            return true;
    }
    /* 「今回の攻撃は20日に発生した」: an attack noun the occurrence is
     * said of, as its topic or subject; 「20日に発生したこの攻撃」: the
     * attack it qualifies (した, then この or その at most). */
    const char *tx = p->s->text;
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind != CUE_ATTACK_NOUN)
            continue;
        unsigned after = draft_cp3(tx, p->s->len, h->end);
        if (h->pos >= cs && h->end < t->pos &&
            (after == 0x306F || after == 0x304C) && /* は, が */
            !qualifies_noun(p->s, t->end))
            return true;
        if (draft_at(tx, p->s->len, t->end, SHITA)) {
            size_t q = t->end + strlen(SHITA);
            if (draft_at(tx, p->s->len, q,
                         "\xe3\x81\x93\xe3\x81\xae") || /* この */
                draft_at(tx, p->s->len, q,
                         "\xe3\x81\x9d\xe3\x81\xae")) /* その */
                q += 6;
            if (h->pos == q)
                return true;
        }
    }
    return false;
}

bool draft_detected_object(const parts *p, const trig *t)
{
    const draft_sentence *s = p->s;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->pos < t->end || x->pos > t->end + 15)
            continue;
        if (x->type != MT_EVENT_DETECTION && x->type != TRIG_CONFIRM)
            return false;
        return !draft_has_sub(s->text + t->end, x->pos - t->end,
                              "\xe5\x8f\x97"); /* 受 */
    }
    return false;
}

bool draft_en_found_object(const parts *p, const trig *t)
{
    size_t cs = draft_clause_start(p->s, t->pos);
    const trig *found = NULL;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        /* "disclosed a data breach on Monday": what is announced, its
         * date the announcement's. */
        if (x->report && x->end <= t->pos && draft_found_object(p, x) == t)
            return true;
        if (x->end <= t->pos && x->pos >= cs &&
            (x->type == MT_EVENT_DETECTION || x->type == TRIG_CONFIRM))
            found = x;
    }
    if (!found)
        return false;
    /* Its direct object: a date after it is the finding's. */
    if (draft_found_object(p, found) == t)
        return true;
    size_t ce = draft_clause_end(p->s, t->end);
    for (size_t i = 0; i < p->dates.n; i++) {
        const sdate *d = (const sdate *)p->dates.v + i;
        if (d->pos >= found->end && d->end <= ce)
            return false;
    }
    return true;
}

bool draft_en_confirms_intrusion(const parts *p, const trig *t)
{
    size_t intrusion = 0;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->pos >= t->end && x->type == MT_EVENT_DETECTION)
            return false;
        if (x->pos >= t->end && x->type == MT_EVENT_INTRUSION_START &&
            !intrusion)
            intrusion = x->end;
    }
    /* "Confirmed that a breach occurred on 3 July": the day is the
     * intrusion's, which the confirmation only reports; not so of its
     * direct object ("found the intrusion in April": the finding's). */
    if (intrusion && draft_found_object(p, t))
        return true;
    for (size_t i = 0; intrusion && i < p->dates.n; i++)
        if (((const sdate *)p->dates.v)[i].pos >= intrusion)
            return false;
    return intrusion != 0;
}

bool draft_own_confirmation(ctx *c, const parts *p, const trig *t, long who)
{
    const char *s = p->s->text;
    if (who < 0 || !t->avows || t->negated || draft_is_authority(c, who) ||
        draft_oversees(c, who) || draft_is_media(c, who) ||
        draft_is_attacker(c, who) || draft_is_kind(c, who, ORG_VENDOR))
        return false;
    /* "today" at most: a weekday or a date in figures may be the day of
     * a finding ("confirmed on Friday it was targeted") */
    for (size_t i = 0; i < p->s->nspans; i++) {
        const draft_span *x = &p->s->spans[i];
        if (x->kind == DRAFT_DATE && !draft_day_word(p->s, x))
            return false;
    }
    for (size_t i = 0; i < p->mentions.n; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        if (m->org != who || m->end > t->pos || t->pos - m->end > 20)
            continue;
        int words = 0;
        bool ok = true;
        for (size_t k = m->end; k < t->pos && ok; k++) {
            if (s[k] == ' ')
                words += k + 1 < t->pos && s[k + 1] != ' ';
            else
                ok = s[k] >= 'a' && s[k] <= 'z';
        }
        if (ok && words <= 2)
            return true;
    }
    return false;
}

bool draft_harm_after(const parts *p, const trig *t)
{
    size_t dated = 0;
    for (size_t i = 0; i < p->dates.n; i++)
        dated += ((const sdate *)p->dates.v)[i].pos >= t->end;
    if (dated != 1)
        return false;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->pos >= t->end && !x->negated && draft_attack_type(x->type))
            return true;
    }
    return false;
}

bool draft_found_leak(const parts *p, const trig *t)
{
    size_t ce = draft_clause_end(p->s, t->end);
    const trig *v = (const trig *)p->trigs.v;
    for (size_t i = 0; i < p->trigs.n; i++)
        if (&v[i] != t && v[i].type == MT_EVENT_DETECTION && !v[i].negated &&
            v[i].pos >= t->end && v[i].pos < ce)
            return true;
    return false;
}
