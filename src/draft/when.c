/*
 * Which date governs a trigger (events.c asks for each; stage.h).
 *
 * Japanese puts a date before the predicate it modifies, and news opens a
 * statement with its own date: 「Xは16日、…流出を確認したと発表した」.
 * That first date (the frame) is the statement's; a date inside the
 * clause of a trigger is the trigger's own (「7日、3月6日に…不正アクセス
 * を受けたことを確認し」: the access and its discovery are 3月6日).  A
 * trigger without a date of its own takes the frame, except what the
 * statement reports as past (an intrusion, a detection): the statement's
 * date is not theirs.  Without a frame it takes the nearest date before
 * it in its sentence.  English dates stand on either side of the verb, so
 * a trigger takes the nearest date of its clause, else a date that opens
 * the sentence.
 *
 * Undated statements.  A reporting predicate with no date is the
 * source's own news: it takes the publication date, unless it reports an
 * earlier statement (「発表していた」, "had said").  What such a statement
 * says of the present (a leak found or not, systems stopped, an
 * investigation) takes the same date, and so does an attacker's claim
 * made by a group the sentence names before it.  A deed a news article
 * tells with no date and no statement (「警察に相談し、省に報告を行っ
 * た」) was done by the article's day: "by" that day, unless another
 * source dates it.
 */
#include "draft/tense.h"

#include "core/internal.h"

#include <string.h>

static bool reaches(const parts *p, const sdate *d, const trig *t)
{
    /* 「2016年4月ごろから…侵入の痕跡があることが判明」: a start point
     * (から) inside a clause made a noun (こと) is that clause's. */
    const draft_sentence *s = p->s;
    size_t near = d->end + 12 < t->pos ? d->end + 12 : t->pos;
    if (draft_has_sub(s->text + d->end, near - d->end,
                      "\xe3\x81\x8b\xe3\x82\x89") && /* から */
        draft_has_sub(s->text + d->end, t->pos - d->end,
                      "\xe3\x81\x93\xe3\x81\xa8")) /* こと */
        return false;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->pos >= d->end && x->end <= t->pos) {
            if (draft_adnominal(p, x) || draft_ends_predicate(p, x))
                return false;
        }
    }
    /* Any relative clause that closes between them, trigger or not:
     * 「4月22日から全国公開を予定していた映画…を延期すると発表」. */
    for (size_t i = d->end; i + 6 <= t->pos; i++) {
        if (memcmp(s->text + i, "\xe3\x81\x9f", 3) != 0) /* た */
            continue;
        bool in_trig = false;
        for (size_t k = 0; k < p->trigs.n; k++) {
            const trig *x = (const trig *)p->trigs.v + k;
            in_trig = in_trig || (x->pos <= i && i < x->end);
        }
        if (!in_trig && draft_noun_char_at(s->text, s->len, i + 3))
            return false;
    }
    return true;
}

/* The nearest date before trigger t in [from, t), skipping skip, that
 * reaches it. */
static const sdate *date_before(const parts *p, size_t from, const trig *t,
                                const sdate *skip)
{
    const sdate *best = NULL;
    size_t bi = 0;
    for (size_t i = 0; i < p->dates.n; i++) {
        const sdate *d = (const sdate *)p->dates.v + i;
        if (d != skip && d->pos >= from && d->end <= t->pos &&
            reaches(p, d, t)) {
            best = d;
            bi = i;
        }
    }
    /* 「7月4~6日、攻撃を受け」: the range's start, when the event began. */
    if (best && bi > 0) {
        const sdate *a = (const sdate *)p->dates.v + bi - 1;
        const char *g = p->s->text + a->end;
        size_t gl = best->pos - a->end;
        if ((a->pos >= from || best->pos == from) && a != skip && gl <= 6 &&
            (draft_has_sub(g, gl, "~") ||
             draft_has_sub(g, gl, "\xe3\x80\x9c") ||            /* 〜 */
             draft_has_sub(g, gl, "\xef\xbd\x9e") ||            /* ～ */
             draft_has_sub(g, gl, "\xe3\x81\x8b\xe3\x82\x89"))) /* から */
            best = a;
    }
    return best;
}

/* A date before any trigger that touches a mention of oi before t:
 * 「Xは7月2日に」, 「Xが7月2日、」, 「7月2日にXが」; NULL when none. */
static const sdate *claimant_date(const parts *p, const trig *t, long oi)
{
    const draft_sentence *s = p->s;
    for (size_t i = 0; i < p->dates.n; i++) {
        const sdate *d = (const sdate *)p->dates.v + i;
        if (d->end > t->pos)
            break;
        for (size_t k = 0; k < p->trigs.n; k++)
            if (((const trig *)p->trigs.v)[k].pos < d->pos)
                return NULL;
        for (size_t k = 0; k < p->mentions.n; k++) {
            const mention *m = (const mention *)p->mentions.v + k;
            if (m->org != oi || m->end > t->pos)
                continue;
            /* name, one particle (は, が: 3 bytes), date */
            if (m->end <= d->pos && d->pos - m->end <= 3)
                return d;
            /* date, に and at most a comma, name */
            size_t e = d->end;
            if (mt_starts_with(s->text + e, s->len - e,
                               "\xe3\x81\xab")) /* に */
                e += 3;
            if (mt_starts_with(s->text + e, s->len - e,
                               "\xe3\x80\x81")) /* 、 */
                e += 3;
            if (m->pos == e)
                return d;
        }
    }
    return NULL;
}

/* The start of a Japanese clause, moved back over a date that leads it
 * (「同月17日、当委員会に対し…報告」: the date and its comma open the
 * clause). */
static size_t lead_start(const parts *p, size_t cs)
{
    const draft_sentence *s = p->s;
    for (size_t i = 0; i < p->dates.n; i++) {
        const sdate *d = (const sdate *)p->dates.v + i;
        if (d->end > cs || cs < 3)
            continue;
        if (cs - 3 < d->end || memcmp(s->text + cs - 3, "\xe3\x80\x81", 3) != 0)
            continue;
        /* Before the comma at cs - 3: a particle, or the hour of the day
         * (「2月26日の午後9時ごろ、」). */
        size_t gap = cs - 3 - d->end;
        if (gap <= 3 ||
            (gap <= 30 &&
             mt_starts_with(s->text + d->end, gap, "\xe3\x81\xae") &&
             draft_has_sub(s->text + d->end, gap, "\xe6\x99\x82"))) /* の, 時 */
            return d->pos;
    }
    return cs;
}

/* English: date d stands right before verb t, a space or two between
 * ("X on Tuesday disclosed"): the verb's own date. */
static bool date_before_verb(const sdate *d, const trig *t)
{
    return d->end <= t->pos && t->pos - d->end <= 2;
}

/* English: the intrusion that finding t (a detection or check) takes as
 * its object: right after it, a few words on, no comma, "that" or
 * preposition between ("detected unauthorized access", "found the
 * intrusion").  NULL when none. */
const trig *draft_found_object(const parts *p, const trig *t)
{
    /* Of the hearsay verbs only those that take an event for object
     * (report cue value object: "reported a data breach"; "said the
     * attack occurred" is a clause). */
    if (t->type != MT_EVENT_DETECTION && t->type != TRIG_CONFIRM &&
        !(t->report && (t->type == MT_EVENT_DISCLOSURE || t->object)))
        return NULL;
    const trig *x = NULL;
    for (size_t i = 0; i < p->trigs.n && !x; i++) {
        const trig *y = (const trig *)p->trigs.v + i;
        if (y->pos >= t->end)
            x = y;
    }
    if (!x || x->type != MT_EVENT_INTRUSION_START || x->pos - t->end > 24)
        return NULL;
    const char *g = p->s->text + t->end;
    size_t gl = x->pos - t->end;
    /* "confirmed that a breach occurred on 3 July": the cue took the
     * "that" of a clause, whose subject the event is, not an object. */
    if (t->end >= 5 && draft_ascii_ieqn(g - 5, 5, " that", 5))
        return NULL;
    /* Not a cause: "encrypted in a ransomware attack", "hit by". */
    if (memchr(g, ',', gl) || draft_has_sub(g, gl, " that ") ||
        draft_has_sub(g, gl, " of ") || draft_has_sub(g, gl, " in ") ||
        draft_has_sub(g, gl, " by ") || draft_has_sub(g, gl, " from "))
        return NULL;
    /* A report's object is a noun phrase ("announced a data breach on
     * Monday"), the date right after it or right before the verb; not a
     * clause ("said it was
     * hit", "said the attack occurred on Saturday"). */
    if (t->report && t->type != TRIG_CONFIRM && t->type != MT_EVENT_DETECTION) {
        static const char *const det[] = {" a ", " an ", " the ", " its "};
        bool np = false, dated = false;
        for (size_t k = 0; k < MT_ARRAY_LEN(det) && !np; k++)
            np = gl >= strlen(det[k]) &&
                 draft_ascii_ieqn(g, strlen(det[k]), det[k], strlen(det[k]));
        for (size_t i = 0; i < p->dates.n && !dated; i++) {
            const sdate *d = (const sdate *)p->dates.v + i;
            /* "on Monday" after the object, or right before the verb
             * ("X on Tuesday disclosed a data breach") */
            dated = (d->pos >= x->end && d->pos - x->end <= 4) ||
                    date_before_verb(d, t);
        }
        if (!np || !dated)
            return NULL;
    }
    return x;
}

/* English: the date of trigger t in [from, to): the nearest after it
 * ("detected on May 6", "detected unauthorized access on May 6": past its
 * object), up to the next trigger; else the nearest before
 * it that no other trigger owns ("On Nov. 2, Capcom detected", but not
 * the January 15 of "detected ... on January 15 and reported ...").  */
static const sdate *date_near(const parts *p, const trig *t, size_t from,
                              size_t to)
{
    size_t next = to;
    const trig *object = draft_found_object(p, t);
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->pos >= t->end && x->pos < next && !x->report && x != object)
            next = x->pos;
    }
    const sdate *after = NULL, *before = NULL;
    for (size_t i = 0; i < p->dates.n; i++) {
        const sdate *d = (const sdate *)p->dates.v + i;
        /* A date that the clause start cuts ("November 2, 2020 Detected":
         * the comma is the date's) is the clause's, and so is one its end
         * cuts ("announced on August 10, 2023 that": likewise). */
        if (d->end <= from || d->pos >= to)
            continue;
        if (d->pos >= t->end && d->pos < next && !after)
            after = d;
        if (d->end <= t->pos)
            before = d;
    }
    /* "a hospital ... on Nov. 26 announced it will ... after a late
     * October cyberattack": a date right before the verb is its own. */
    if (after && !(before && date_before_verb(before, t)))
        return after;
    if (!before)
        return NULL;
    /* "put a notice on its leak site on Monday claiming ...": a
     * date right before the verb is its own as well. */
    if (date_before_verb(before, t))
        return before;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x != t && !x->report && x->pos >= from && x->end <= before->pos)
            return NULL; /* the date follows another trigger: its own */
    }
    return before;
}

bool draft_pub_date(const reader *r, mt_dossier_date *out)
{
    const mt_date *d = r->para_day.year ? &r->para_day : &r->src->published;
    if (!d->year || !mt_date_valid(d) || (r->looks_back && !r->para_day.year))
        return false;
    *out = (mt_dossier_date){*d, 0};
    return true;
}

/* What has happened by the time a source tells it: an attack, its
 * detection, a leak, a claim. */
static bool past_type(int t)
{
    return t == MT_EVENT_INTRUSION_START || t == MT_EVENT_DETECTION ||
           t == MT_EVENT_LEAK_POSSIBLE || t == MT_EVENT_LEAK_DENIED ||
           t == MT_EVENT_ATTRIBUTION;
}

/* How many days a page's stamp may lag behind the local day of the news
 * it tells (time zones, a print date). */
#define PAGE_BEHIND_DAYS 2

/* Date out, of an event of type `type` that cannot lie ahead, read from
 * d with a part of it guessed, lies more than PAGE_BEHIND_DAYS after the
 * day of r's page, a page whose day is known: the guess went ahead.  A
 * source dated to its month alone may be later than it says, and so is
 * one that writes a later full date (draft_source_outdated) or one whose
 * day is inferred from the news it tells (a lower bound); a day or two
 * after the page's is a stamp of another time zone ("said on 2 June
 * (local time)" on a page of 1 June). */
static bool guessed_ahead(const reader *r, const sdate *d, int type,
                          const mt_dossier_date *out)
{
    const mt_date *pub = &r->src->published;
    if (d->deadline || !past_type(type) || !pub->day || r->outdated ||
        r->src->inferred || !mt_date_valid(pub) || !out->date.month ||
        mt_date_compare(&out->date, pub) <= 0)
        return false;
    return !out->date.day ||
           mt_date_days_from_civil(out->date.year, out->date.month,
                                   out->date.day) -
                   mt_date_days_from_civil(pub->year, pub->month, pub->day) >
               PAGE_BEHIND_DAYS;
}

/* A yearless date that dates.c put after the source's day (a schedule
 * within three months: 「4月22日から公開予定」) is a year earlier when
 * what it dates cannot lie ahead ("the Oct. 31 attack" in an article of
 * October 26). */
static void past_year(const reader *r, const sdate *d, int type,
                      mt_dossier_date *out)
{
    if (!d->yearless || !guessed_ahead(r, d, type, out))
        return;
    mt_date e = out->date;
    e.year--;
    if (mt_date_valid(&e))
        out->date = e;
}

/* 「ジェイアイエヌは9日、14日に発見された…」 on a page of 9 April: a
 * day written alone that the extractor put in the page's month, past
 * the page's day (as a schedule's may: 「14日に再開予定」), is of the
 * latest month before that has it (「31日」 of 5 May: 31 March; 「30日」
 * of 5 March: 30 January) when what it dates cannot lie ahead.  Before
 * past_year, which would take the year back. */
static void past_month(const reader *r, const sdate *d, int type,
                       mt_dossier_date *out)
{
    if (!d->day_only || !guessed_ahead(r, d, type, out))
        return;
    mt_date e = out->date;
    for (int back = 0; back < 3; back++) {
        if (--e.month == 0) {
            e.month = 12;
            e.year--;
        }
        if (mt_date_valid(&e)) {
            out->date = e;
            return;
        }
    }
}

/* An organisation named in [a, b). */
static bool mention_between(const parts *p, size_t a, size_t b)
{
    for (size_t i = 0; i < p->mentions.n; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        if (m->pos >= a && m->end <= b)
            return true;
    }
    return false;
}

/* A trigger other than a reporting predicate between byte a and t
 * (「…を検知し、…と明らかにした」, 「3月2日から稼働を再開させると発表」:
 * the date before it is what the statement tells). */
bool draft_event_between(const parts *p, size_t a, const trig *t)
{
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        /* 「7月9日にシステム障害を公表した」: a noun the report takes
         * for its object (を right before it) is what it told, no event
         * the date is of */
        if (x != t && !x->report && x->pos >= a && x->end <= t->pos &&
            !(t->report && x->end + 3 == t->pos &&
              mt_starts_with(p->s->text + x->end, p->s->len - x->end,
                             "\xe3\x82\x92"))) /* を */
            return true;
    }
    return false;
}

/* English: the date of the clause that ends right before byte cs (the
 * trigger's clause) when that clause holds a date and no trigger; NULL
 * otherwise. */
static const sdate *lone_date_before(const parts *p, const trig *t, size_t cs)
{
    const draft_sentence *s = p->s;
    if (cs < 2 || t->pos < cs)
        return NULL;
    size_t pcs = draft_clause_start(s, cs - 2);
    if (pcs >= cs)
        return NULL;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->pos >= pcs && x->pos < cs)
            return NULL;
    }
    const sdate *found = NULL;
    for (size_t i = 0; i < p->dates.n; i++) {
        const sdate *d = (const sdate *)p->dates.v + i;
        if (d->pos >= pcs && d->pos < cs)
            found = d;
    }
    return found;
}

/* Text t[0..n) ends with word w (a whole word, any case). */
static bool ends_with_word(const char *t, size_t n, const char *w)
{
    size_t wl = strlen(w);
    return n >= wl && draft_ascii_ieqn(t + n - wl, wl, w, wl) &&
           (n == wl || !draft_ascii_alnum((unsigned char)t[n - wl - 1]));
}

/* English: the date of a response deed (containment, investigation) that
 * continues a chain of deeds one subject does ("detected unauthorized
 * access on June 2, shut down its servers and launched an
 * investigation", "discovered the downloads on June 2, promptly took the
 * platform offline"): the date of the deed before it, joined by a comma
 * or "and" right before it (adverbs between: promptly, immediately; a
 * subject there, "and Umeda Clinic shut down", begins a deed of its own);
 * NULL when there is none. */
static const sdate *chain_date(const parts *p, const trig *t, int depth)
{
    const draft_sentence *s = p->s;
    const char *x = s->text;
    size_t i = t->pos;
    if (depth > 4)
        return NULL;
    for (;;) { /* back over spaces and -ly adverbs */
        while (i > 0 && x[i - 1] == ' ')
            i--;
        size_t w = i;
        while (w > 0 && x[w - 1] >= 'a' && x[w - 1] <= 'z')
            w--;
        if (i - w > 3 && x[i - 2] == 'l' && x[i - 1] == 'y') {
            i = w;
            continue;
        }
        break;
    }
    if (ends_with_word(x, i, "and") || ends_with_word(x, i, "then")) {
        i -= ends_with_word(x, i, "and") ? 3 : 4;
        while (i > 0 && x[i - 1] == ' ')
            i--;
        if (i > 0 && x[i - 1] == ',')
            i--;
    } else if (i > 0 && x[i - 1] == ',') {
        i--;
    } else {
        return NULL;
    }
    const trig *prev = NULL;
    for (size_t k = 0; k < p->trigs.n; k++) {
        const trig *y = (const trig *)p->trigs.v + k;
        if (y != t && y->end <= i && (!prev || y->pos > prev->pos))
            prev = y;
    }
    if (!prev)
        return NULL;
    const sdate *d = date_near(p, prev, draft_clause_start(s, prev->pos),
                               draft_clause_end(s, prev->end));
    return d ? d : chain_date(p, prev, depth + 1);
}

/* Japanese: the date a then cue of value date before trigger t refers
 * to (当時, その時点では: the nearest full date before the cue in the
 * sentence); NULL when none, or when a date stands between the cue and t
 * (「当時は…としていたが、11日に流出を確認した」: the later clause's own). */
static const sdate *then_date(const parts *p, const trig *t)
{
    const sdate *d = NULL;
    size_t cue_end = 0;
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind != CUE_THEN || strcmp(h->value, "date") != 0 ||
            h->end > t->pos)
            continue;
        for (size_t k = 0; k < p->dates.n; k++) {
            const sdate *x = (const sdate *)p->dates.v + k;
            if (x->end <= h->pos && x->date.date.day) {
                d = x;
                cue_end = h->end;
            }
        }
    }
    for (size_t k = 0; d && k < p->dates.n; k++) {
        const sdate *x = (const sdate *)p->dates.v + k;
        if (x->pos >= cue_end && x->end <= t->pos)
            return NULL;
    }
    return d;
}

/* The end of the clause at byte at, with a relative clause right after
 * it that describes what it names ("the breach, which began on November
 * 11": the breach's own date). */
static size_t clause_end_relative(const draft_sentence *s, size_t at)
{
    size_t ce = draft_clause_end(s, at);
    size_t left = s->len - ce;
    if (mt_starts_with(s->text + ce, left, ", which ") ||
        mt_starts_with(s->text + ce, left, ", that "))
        ce = draft_clause_end(s, ce + 2);
    return ce;
}

/* English: attack noun t refers back to the incident (a reference cue,
 * "in the", ends right before it: "no data was taken in the breach"),
 * with no date after it in its clause ("in the breach, which began on
 * November 11", "the breach in March"). */
static bool refers_back(const parts *p, const trig *t)
{
    bool ref = false;
    for (size_t i = 0; i < p->hits.n && !ref; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        ref = h->kind == CUE_REFERENCE && h->end + 1 == t->pos &&
              p->s->text[h->end] == ' ';
    }
    if (!ref)
        return false;
    size_t ce = clause_end_relative(p->s, t->end);
    for (size_t i = 0; i < p->dates.n && ref; i++) {
        const sdate *d = (const sdate *)p->dates.v + i;
        ref = !(d->pos >= t->end && d->pos < ce);
    }
    return ref;
}

/* Japanese: a background cue (「問題で、」) closes trigger t's clause. */
static bool background(const parts *p, const trig *t)
{
    return draft_hit_in(p, CUE_BACKGROUND, t->end,
                        draft_clause_end(p->s, t->end));
}

/* Japanese: a hedge of possibility after trigger t ends the sentence
 * (「…が流出した恐れがある。」, 「…可能性があります。」, the hedge table's
 * forms) in a news article: the leak as it stands when the article
 * tells it, as a now form is (a notice's or an authority's is told as of
 * the statement it belongs to). */
static bool hedge_closes(const parts *p, const trig *t)
{
    const draft_sentence *s = p->s;
    for (size_t i = 0; i < s->nspans; i++) {
        const draft_span *x = &s->spans[i];
        mt_hedge h;
        if (x->kind != DRAFT_HEDGE || !x->value || x->start < t->end ||
            x->start - t->end > 30 || mt_hedge_parse(&h, x->value) != MT_OK ||
            (h != MT_HEDGE_POSSIBLE && h != MT_HEDGE_SUSPECTED))
            continue;
        size_t e = x->end;
        return e == s->len ||
               mt_starts_with(s->text + e, s->len - e, "\xe3\x80\x82"); /* 。 */
    }
    return false;
}

/* A reporting predicate between byte a and trigger t. */
static bool report_between(const parts *p, size_t a, const trig *t)
{
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x != t && x->report && x->pos >= a && x->end <= t->pos)
            return true;
    }
    return false;
}

/* The date that closes the period date d opens (「<month>~<month>」,
 * 「6月9日から7月4日まで」): the next date, at most six bytes on; NULL
 * when d opens none. */
static const sdate *period_end(const parts *p, const sdate *d)
{
    if (!draft_period_start(p, d))
        return NULL;
    for (size_t i = 0; i < p->dates.n; i++) {
        const sdate *e = (const sdate *)p->dates.v + i;
        if (e->pos >= d->end && e->pos - d->end <= 6)
            return e;
    }
    return NULL;
}

/* Date d opens a period whose end is followed by の (「<month>~<month>の
 * 会員情報」): a period that describes a noun. */
static bool data_period(const parts *p, const sdate *d)
{
    const sdate *e = period_end(p, d);
    return e &&
           draft_at(p->s->text, p->s->len, e->end, "\xe3\x81\xae"); /* の */
}

/* Date d opens a period and a count stands between the date that closes
 * it and trigger t: a tally of what was found in the period (「…まで
 * 23,926件の不正ログインを確認した」), not a finding on its first day
 * (「6月5日から6日にかけて不正アクセスを検知した」).  The closing date,
 * the finding's bound; NULL when no tally. */
static const sdate *tally_of_period(const parts *p, const sdate *d,
                                    const trig *t)
{
    const sdate *e = period_end(p, d);
    const draft_sentence *s = p->s;
    for (size_t i = 0; e && i < s->nspans; i++)
        if (s->spans[i].kind == DRAFT_QUANTITY && s->spans[i].start >= e->end &&
            s->spans[i].end <= t->pos)
            return e;
    return NULL;
}

/* 「…流出した可能性があると、X県が12日発表した」: the day written
 * between content trigger t and the statement rep that tells it, when
 * nothing else happens between that day and the statement; NULL when
 * none.  What a statement says of the present is as of that day.  A day
 * that opens a period (「<day>から…に買い物をした人」) is what the
 * statement tells of, not its own day. */
static const sdate *statement_day(const parts *p, const trig *t,
                                  const trig *rep)
{
    const sdate *best = NULL;
    for (size_t i = 0; i < p->dates.n; i++) {
        const sdate *d = (const sdate *)p->dates.v + i;
        if (d->pos >= t->end && d->end <= rep->pos && d->date.date.day &&
            !d->deadline && !draft_period_start(p, d))
            best = d;
    }
    if (best && draft_event_between(p, best->end, rep))
        return NULL;
    return best;
}

/* Trigger t's "had" is reported speech's: no word in the sentence before
 * it puts the report itself before ("initially", 当初: draft_cues.tsv
 * then; a report told with "had said" is one of before already). */
static bool reported_state(const parts *p, const trig *t)
{
    return !draft_hit_in(p, CUE_THEN, 0, t->pos);
}

/*
 * The date of trigger t of organisation oi (an authority when authority
 * is set); the module comment says which; false when none governs it.
 */
bool draft_trig_date(const reader *r, const parts *p, const trig *t, int type,
                     long oi, bool authority, mt_dossier_date *out,
                     bool *floating)
{
    *floating = false;
    const draft_sentence *s = p->s;
    bool by = false; /* the date bounds the event: "by" it */
    if (t->postpone) {
        /* 「Xは5日、決算発表を延期すると発表した」: the day of the
         * statement; the dates of what is put off (当初8月5日に予定して
         * いた, 6月期, 11月15日まで) are not its own.  Undated, the
         * source's news, unless told as done before (延期していた). */
        const sdate *f = r->ja ? draft_frame_ja(p) : draft_frame_en(p);
        if (f) {
            *out = f->date;
            return true;
        }
        if (draft_reports_earlier(p, t, r->ja))
            return false;
        if (r->frame.date.year) {
            *out = r->frame;
            return true;
        }
        *floating = true;
        return draft_pub_date(r, out);
    }
    size_t cs = draft_clause_start(s, t->pos);
    const sdate *d = NULL;
    bool content = false;
    const trig *rep = NULL;
    const sdate *described = r->ja ? draft_date_described(p, t) : NULL;
    if (described) {
        d = described;
    } else if (r->ja && draft_adnominal(p, t) &&
               !draft_denied_through_noun(p, t)) {
        /* A trigger that describes a noun (流出した可能性のある情報) takes
         * only a date written right before it (2月末に発生した事案). */
        d = date_before(p, cs, t, NULL);
        if (!d || t->pos - d->end > 9 ||
            draft_has_sub(s->text + d->end, t->pos - d->end, "\xe3\x80\x81"))
            return false;
    } else if (r->ja && (d = then_date(p, t)) != NULL) {
        /* 「10月8日に一報を出し、当時は流出は確認されていないとしてい
         * た」: what stood at that time, and was said then. */
    } else if (r->ja && background(p, t)) {
        /* 「Xは6月24日、…が流出した可能性が指摘される問題で、会見を開い
         * た」: the clause tells what was already known; only a date
         * inside it is its own (「昨年10月に発表した…問題で」). */
        d = date_before(p, cs, t, NULL);
        if (!d)
            return false;
    } else if (r->ja) {
        const sdate *frame = draft_frame_ja(p);
        /* 「XとYは14日、8日未明から…停止している問題に関する続報を発表」:
         * the statement is the frame's; the dates inside it are what it
         * tells. */
        d = date_before(p, lead_start(p, cs), t, frame);
        /* (Not 「Aが1月20日に、Bが1月31日に公表」; but 「Aは7日、Bが4月
         * に攻撃を受けたと発表」: a date another event takes between is
         * that event's.) */
        if (t->report && frame && d &&
            (!mention_between(p, frame->end, d->pos) ||
             draft_event_between(p, d->end, t)))
            d = frame;
        if (!d) {
            rep = t->report ? t : draft_reported_by(p, t);
            content = rep && rep != t;
            /* 「…障害が見つかり、被害が拡大していることがわかりました」:
             * the deeds the day's news tells are undated ones of the
             * source, not what someone said before. */
            if (content && rep->news && !draft_status_of(t, type)) {
                rep = NULL;
                content = false;
            }
            /* 「6月3日の深夜に、…不正なアクセスが行われたということで
             * す」: hearsay has no day of its own, so the date before the
             * attack or its finding is theirs, as it is of what nobody
             * reports. */
            bool hearsay_attack = content && !draft_status_of(t, type) &&
                                  rep->type == TRIG_HEARSAY &&
                                  (type == MT_EVENT_INTRUSION_START ||
                                   type == MT_EVENT_DETECTION);
            /* 「Xは6日、原因を調べていると発表した」, 「…調べていると8日
             * に発表した」: an investigation under way is a state the
             * statement tells, as of its day (one begun, 「調査を開始した
             * 」, may have begun before). */
            bool status =
                draft_status_of(t, type) ||
                (type == MT_EVENT_INVESTIGATION && draft_ja_now_form(p, t));
            if (frame) {
                d = (content && !status) ? NULL : frame;
            } else if (!content || hearsay_attack) {
                d = date_before(p, 0, t, NULL);
                /* 「7月1日にスタートしましたが、直後に不正使用が発覚」: a
                 * clause closed by が after its verb tells something
                 * else; its date is not the trigger's. */
                if (d && draft_closed_clause_between(p, d->end, t->pos))
                    d = NULL;
            } else if (status) {
                d = statement_day(p, t, rep);
            }
        }
        /* 「Xは、2月26日の午後9時ごろ…検知し、…と明らかにした」: the
         * date is the detection's; the statement is undated. */
        if (t->report && !frame && d && draft_event_between(p, d->end, t)) {
            d = NULL;
            rep = t;
        }
        /* 「7月31日15時時点で被害は…と発表」: the day the figures stood
         * at, not the statement's (told the next morning as often);
         * 「9月20日時点で判明している不正ログインは約13万件」: what is
         * known as of a day, a count's state, no detection of that day. */
        if (d && d != frame && (t->report || type == MT_EVENT_DETECTION) &&
            draft_as_of(p, d->end)) {
            if (!t->report)
                return false;
            d = NULL;
        }
        /* 「6月9日から7月4日までに2万件の不正ログインを確認した」: what
         * was found fell in the period; the finding is known by its end,
         * not on its first day. */
        const sdate *tally = d && d != frame && type == MT_EVENT_DETECTION
                                 ? tally_of_period(p, d, t)
                                 : NULL;
        if (tally) {
            d = tally;
            by = true;
        }
        /* 「7月9日に公表したシステム障害」: the date is the statement's
         * that describes the event, not the event's. */
        if (!t->report && d && d != frame && report_between(p, d->end, t))
            d = NULL;
        /* 「LockBitは7月2日に…を流出させたと主張した」: a date next to
         * the claimant, before anything it tells, is the claim's. */
        if (!d && type == MT_EVENT_ATTRIBUTION)
            d = claimant_date(p, t, oi);
    } else {
        /* "said on November 26 that no data was taken in the breach":
         * the breach is the one the text tells, not one of that day. */
        if (type == MT_EVENT_INTRUSION_START && !t->report && refers_back(p, t))
            return false;
        d = date_near(p, t, cs, clause_end_relative(s, t->end));
        /* "Subsequently, on March 6, the company confirmed ...": a date
         * alone in the clause just before the trigger's is its own. */
        if (!d)
            d = lone_date_before(p, t, cs);
        if (!d &&
            (type == MT_EVENT_CONTAINMENT || type == MT_EVENT_INVESTIGATION))
            d = chain_date(p, t, 0);
        /* "May 3, 2021 Found that the outage came from a ransomware
         * attack": the date is the finding's; the attack is
         * what it found. */
        if (d && d->end <= t->pos && type == MT_EVENT_INTRUSION_START)
            for (size_t i = 0; i < p->trigs.n && d; i++) {
                const trig *x = (const trig *)p->trigs.v + i;
                if (x->report && x->end <= t->pos)
                    d = NULL; /* also "concluding by Oct. 27 that ... a
                                 breach": the conclusion's date */
            }
        if (!d) {
            const sdate *frame = draft_frame_en(p);
            rep = t->report ? t : draft_reported_by_en(p, t);
            /* "... is under investigation, the company said": the
             * reporting verb after what it reports, its speaker an
             * organisation named right before it or after it (not
             * "said an analyst"). */
            const trig *after = NULL;
            if (!rep) {
                const trig *x = draft_reported_by(p, t);
                for (size_t i = 0; x && !after && i < p->mentions.n; i++) {
                    const mention *m = (const mention *)p->mentions.v + i;
                    if (m->pos >= x->end ||
                        (m->pos >= t->end && m->end <= x->pos &&
                         x->pos - m->end <= 1))
                        after = x;
                }
            }
            /* "... has been infected with ransomware, the association
             * said Wednesday": a state told before a dated report is as
             * of its day. */
            const sdate *said =
                after && (draft_status_of(t, type) || draft_now_form(p, t))
                    ? date_near(p, after, draft_clause_start(s, after->pos),
                                draft_clause_end(s, after->end))
                    : NULL;
            if (said) {
                d = said;
                rep = after;
                by = past_type(type); /* infected by then, not that day */
            } else if (after && !draft_now_form(p, t)) {
                rep = after;
            }
            content = rep && rep != t;
            if (!d && frame && (!content || draft_status_of(t, type)))
                d = frame;
            /* "yesterday (9 June) said that it discovered 140,000 more
             * accounts": what a dated statement reports as done had
             * happened by its day. */
            if (!d && content && past_type(type) && !draft_had_before(p, t)) {
                d = date_near(p, rep, draft_clause_start(s, rep->pos),
                              draft_clause_end(s, rep->end));
                by = d != NULL;
            }
        }
    }
    /* 「5月1日までに払わなければ公開する」との犯行声明: the limit a claim
     * sets is not the day it was made (the limit itself, a dated fact of
     * the demand, stays the demand's: other). */
    if (d && d->deadline && type == MT_EVENT_ATTRIBUTION)
        d = NULL;
    /* 「<month>~<month>の会員情報が流出」: a period that describes a
     * noun (の) is the data's, not when it leaked (「2014年から顧客情報を
     * 持ち出していた」 is). */
    if (d && r->ja && data_period(p, d) &&
        (type == MT_EVENT_LEAK_POSSIBLE || type == MT_EVENT_LEAK_DENIED))
        d = NULL;
    if (d) {
        *out = d->date;
        /* 「…を発見した9月15日まで」: まで bounds what the sentence tells,
         * not the day the clause describes. */
        if (d == described)
            out->mods &= ~(unsigned)(MT_DMOD_BEFORE | MT_DMOD_AFTER);
        past_month(r, d, type, out);
        past_year(r, d, type, out);
        if (by)
            out->mods |= MT_DMOD_BEFORE;
        return true;
    }
    /* An attacker's claim is a statement of its own: undated, it is the
     * source's news unless told as an earlier one. */
    if (!rep && type == MT_EVENT_ATTRIBUTION &&
        draft_named_before(p, oi, t->pos) &&
        !draft_hit_at(p, t->pos > 3 ? t->pos - 3 : 0, CUE_ACTOR_NAME)) {
        /* The claimant before its claim, not the object of a suspicion
         * ("investigators suspect a China-linked group"); and a claim,
         * not the name a group gives itself (「Xを名乗るグループ」: its
         * claim is dated where it is told). */
        rep = t;
        /* 「Xと名乗るグループが犯行声明を発表していた」 */
        for (size_t i = 0; i < p->trigs.n; i++) {
            const trig *x = (const trig *)p->trigs.v + i;
            if ((x->report || x->type == MT_EVENT_DISCLOSURE) &&
                x->pos > t->pos && draft_reports_earlier(p, x, r->ja))
                return false;
        }
    }
    /* 「…大阪府警に通報していた」 without a date: done before the day the
     * source reports on, when is not said. */
    if (r->ja && !t->report && !p->dates.n &&
        draft_reports_earlier(p, t, true) &&
        !mt_starts_with(s->text + t->end, s->len - t->end,
                        "\xe3\x81\x97\xe3\x81\xa6\xe3\x81\x8a")) /* しており */
        return false;
    /* A state (a leak found or not, systems stopped) told after the
     * source's dated statement, in a sentence without a date of its own,
     * is that statement's: 「Xは31日、報告書を公開した。…持ち出された
     * 形跡は確認されなかった。」 */
    if (!rep && !p->dates.n && r->frame.date.year && draft_status_of(t, type) &&
        type != MT_EVENT_DISCLOSURE && !draft_adnominal(p, t)) {
        *out = r->frame;
        return true;
    }
    /* "had checked": an earlier event, not the day's news; not a leak
     * denied in reported speech ("said no data had been compromised":
     * what had not happened is the state as of the statement, in the
     * tense reported speech takes), unless the denial itself was of
     * before ("had initially said that no data had been ..."). */
    if (!r->ja && draft_had_before(p, t) &&
        !(type == MT_EVENT_LEAK_DENIED && reported_state(p, t)))
        return false;
    /* "We have reported it to the authorities and are investigating": an
     * English present perfect or progressive is the state on the day the
     * source tells it (a quote, whose "said" stood in another sentence). */
    if (!r->ja && !rep && !p->dates.n && draft_now_form(p, t))
        rep = t;
    /* Its Japanese form (「詳しく調べている」「流出は確認していない」):
     * the state of an investigation or of what it found.  Not of a
     * deed: 「防衛省に報告しています」 tells one done before. */
    if (r->ja && (!rep || content) && !p->dates.n &&
        (type == MT_EVENT_INVESTIGATION || type == MT_EVENT_LEAK_POSSIBLE ||
         type == MT_EVENT_LEAK_DENIED) &&
        (draft_ja_now_form(p, t) ||
         (type == MT_EVENT_LEAK_POSSIBLE && hedge_closes(p, t) &&
          (r->src->kind == MT_KIND_MEDIA || r->src->kind == MT_KIND_BLOG)))) {
        /* Also under a hearsay predicate that ends the sentence (「調査
         * を行なっているという」): the state the statement tells, as of
         * its day; not one told as an earlier state (「これまで調査中と
         * しており、今回初めて…を公表した」: a predicate follows). */
        if (content &&
            (draft_reports_earlier(p, rep, r->ja) || draft_trig_after(p, rep)))
            return false;
        rep = t;
        content = false;
    }
    /* Undated: the source's own news, unless it reports what was said
     * before; what was done next in a narrative (an action in a sentence
     * without a date or a statement, after a sentence that dated one)
     * takes that sentence's date; an authority's (the police's
     * investigation) only after one of its own. */
    if (!rep || (content && !draft_status_of(t, type)) ||
        draft_reports_earlier(p, rep, r->ja)) {
        if (!rep && !p->dates.n && r->narrative.date.year &&
            (!authority || r->narrative_org < 0 || r->narrative_org == oi) &&
            (type == MT_EVENT_CONTAINMENT || type == MT_EVENT_INVESTIGATION ||
             type == MT_EVENT_NOTIFICATION || type == MT_EVENT_OTHER)) {
            *out = r->narrative;
            return true;
        }
        /* 「あわせて警察へ相談するとともに、農林水産省に報告を行った」,
         * "limited access from outside and told the authorities": a
         * deed the source tells without a date was done
         * by its day; in English also one an undated "said" reports ("said
         * it brought in a firm to investigate").  A notice's as well
         * ("We also reported the incident to the police"), unless done at
         * once (「直ちにネットワークを遮断し」): on the day of what it
         * answered, which the notice left undated, long before its own. */
        bool notice = r->src->kind == MT_KIND_OFFICIAL;
        if ((!rep ||
             (!r->ja && content && !draft_reports_earlier(p, rep, r->ja))) &&
            !p->dates.n && draft_deed_type(type) && !draft_hearsay(p) &&
            (draft_full_sentence(s) || draft_last_sentence(r, s)) &&
            (r->src->kind == MT_KIND_MEDIA || r->src->kind == MT_KIND_BLOG ||
             (notice && !draft_hit_in(p, CUE_AT_ONCE, 0, SIZE_MAX))) &&
            !draft_reports_earlier(p, t, r->ja)) {
            *floating = true;
            return draft_pub_date(r, out);
        }
        return false;
    }
    /* A statement the source already dated (「同社は7日…と発表した。…
     * という」) goes on, not into an attacker's claim made in its own
     * word ("X has claimed responsibility": the claim is the predicate),
     * nor into another outlet's report ("X said on 2 May ... . Reuters
     * reported that"); else the source's own news of the day. */
    if (r->frame.date.year && type != MT_EVENT_MEDIA_REPORT &&
        !(type == MT_EVENT_ATTRIBUTION && rep == t && !t->report)) {
        *out = r->frame;
        return true;
    }
    *floating = true;
    return draft_pub_date(r, out);
}
