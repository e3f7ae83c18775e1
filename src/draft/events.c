/*
 * Timeline events (stage.h): every trigger of a sentence that is not
 * negated or planned becomes an entry of its organisation, dated by the
 * date that governs it, and entries merge across sources by
 * organisation, type and compatible date.
 *
 * Which date governs a trigger.  Japanese puts a date before the
 * predicate it modifies, and news opens a statement with its own date:
 * 「Xは16日、…流出を確認したと発表した」.  That first date (the frame)
 * is the statement's; a date inside the clause of a trigger is the
 * trigger's own (「7日、3月6日に…不正アクセスを受けたことを確認し」: the
 * access and its discovery are 3月6日).  A trigger without a date of its
 * own takes the frame, except what the statement reports as past (an
 * intrusion, a detection): the statement's date is not theirs.  Without a
 * frame it takes the nearest date before it in its sentence.  English
 * dates stand on either side of the verb, so a trigger takes the nearest
 * date of its clause, else a date that opens the sentence.
 *
 * Undated statements.  A reporting predicate with no date is the
 * source's own news: it takes the publication date, unless it reports an
 * earlier statement (「発表していた」, "had said").  What such a statement
 * says of the present (a leak found or not, systems stopped, an
 * investigation) takes the same date.
 *
 * Whose event.  The subject of the trigger (read.c), except that an
 * authority only discloses, checks and investigates, an outlet only
 * reports, and a claim or a ransom demand is the attacker's when one is
 * named.
 */
#include "draft/stage.h"

#include "core/buf.h"
#include "core/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Merge into an entry of the same organisation, type and a compatible
 * date, or add one; text is taken (freed when merged). */
void draft_add_event(ctx *c, const mt_dossier_date *date, long oi,
                     mt_event_type type, char *text, int n, bool floating)
{
    event *ev = (event *)c->events.v;
    for (size_t i = 0; i < c->events.n; i++) {
        if (ev[i].org != oi || ev[i].type != type ||
            ev[i].floating != floating ||
            !draft_dates_compatible(&ev[i].date, date))
            continue;
        if (draft_cites_put(&ev[i].cites, n) != MT_OK)
            draft_oom(c);
        /* Compatible at the coarser precision; keep the finer date:
         * 2023-07-14 over "last month". */
        if (draft_precision(&date->date) > draft_precision(&ev[i].date.date))
            ev[i].date = *date;
        free(text);
        return;
    }
    event *e = draft_vec_push(&c->events, sizeof(event));
    if (!e) {
        free(text);
        draft_oom(c);
        return;
    }
    e->date = *date;
    e->floating = floating;
    e->org = oi;
    e->type = type;
    e->text = text;
    if (draft_cites_put(&e->cites, n) != MT_OK)
        draft_oom(c);
}

/* Types whose state a statement reports as of its own date. */
static bool status_type(int t)
{
    return t == MT_EVENT_LEAK_POSSIBLE || t == MT_EVENT_LEAK_DENIED ||
           t == MT_EVENT_CONTAINMENT || t == MT_EVENT_NOTIFICATION ||
           t == MT_EVENT_REMEDIATION || t == MT_EVENT_DISCLOSURE ||
           t == MT_EVENT_AUTHORITY_CONFIRMATION;
}

static bool starts_with(const char *s, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    return n >= k && memcmp(s, lit, k) == 0;
}

/* English "had" just before the trigger: a past perfect. */
static bool had_before(const parts *p, const trig *t)
{
    const draft_sentence *s = p->s;
    size_t from = t->pos > 10 ? t->pos - 10 : 0;
    for (size_t i = from; i + 3 <= t->pos; i++)
        if (draft_ascii_ieq(s->text + i, 3, "had") &&
            (i == 0 || s->text[i - 1] == ' ') && s->text[i + 3] == ' ')
            return true;
    return false;
}

/* A report of an earlier statement: 発表していた, 公表しており, "had". */
static bool reports_earlier(const parts *p, const trig *t, bool ja)
{
    const draft_sentence *s = p->s;
    const char *a = s->text + t->end;
    size_t n = s->len - t->end;
    if (ja)
        return starts_with(a, n,
                           "\xe3\x81\x97\xe3\x81\xa6\xe3\x81\x84\xe3"
                           "\x81\x9f") || /* していた */
               starts_with(a, n, "\xe3\x81\x97\xe3\x81\xa6\xe3\x81\x8a") ||
               /* しており */
               starts_with(a, n, "\xe3\x81\xa6\xe3\x81\x84\xe3\x81\x9f");
    /* ていた */
    size_t from = t->pos > 12 ? t->pos - 12 : 0;
    for (size_t i = from; i + 3 < t->pos; i++)
        if (draft_ascii_ieq(s->text + i, 3, "had") &&
            (i == 0 || s->text[i - 1] == ' '))
            return true;
    return false;
}

/* The frame: the date that opens a Japanese statement (「Xは16日、」,
 * 「16日、」) before any trigger; NULL when none. */
static const sdate *frame_ja(const parts *p)
{
    if (!p->dates.n)
        return NULL;
    const sdate *d = (const sdate *)p->dates.v;
    for (size_t i = 0; i < p->trigs.n; i++)
        if (((const trig *)p->trigs.v)[i].pos < d->pos)
            return NULL;
    const draft_sentence *s = p->s;
    /* 「2月26日の午後9時ごろ、」 tells when something happened, not the
     * day of a statement. */
    if (draft_has_sub(s->text + d->pos, d->end - d->pos, "\xe6\x99\x82"))
        return NULL; /* 時 */
    size_t e = d->end;
    if (starts_with(s->text + e, s->len - e, "\xe3\x81\xab")) /* に */
        e += 3;
    if (starts_with(s->text + e, s->len - e, "\xe3\x81\xaf")) /* は */
        e += 3;
    if (starts_with(s->text + e, s->len - e, "\xe3\x80\x81") || /* 、 */
        starts_with(s->text + e, s->len - e, ","))
        return d;
    return NULL;
}

/* The frame of an English sentence: a date in its first clause, before
 * any trigger ("On Wednesday, ..."); NULL when none. */
static const sdate *frame_en(const parts *p)
{
    if (!p->dates.n)
        return NULL;
    const sdate *d = (const sdate *)p->dates.v;
    size_t ce = draft_clause_end(p->s, d->end);
    if (draft_clause_start(p->s, d->pos) != 0 || ce >= p->s->len)
        return NULL;
    for (size_t i = 0; i < p->trigs.n; i++)
        if (((const trig *)p->trigs.v)[i].pos < ce)
            return NULL;
    return d;
}

/* Organisation oi is referred to before pos in the sentence. */
static bool named_before(const parts *p, long oi, size_t pos)
{
    for (size_t i = 0; i < p->mentions.n; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        if (m->org == oi && m->end <= pos)
            return true;
    }
    return false;
}

/* A reporting predicate after the trigger in its sentence: the trigger
 * is what a statement reports. */
static const trig *reported_by(const parts *p, const trig *t)
{
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->report && x->pos > t->pos)
            return x;
    }
    return NULL;
}

/* English: the reporting predicate before the trigger ("said that ..."). */
static const trig *reported_by_en(const parts *p, const trig *t)
{
    const trig *best = NULL;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->report && x->end <= t->pos)
            best = x;
    }
    return best;
}

/* The code point at s[i] when it is a kanji or katakana (a noun goes
 * on), else 0. */
static bool noun_char_at(const char *s, size_t n, size_t i)
{
    if (i + 3 > n)
        return false;
    unsigned char c = (unsigned char)s[i];
    if ((c & 0xF0) != 0xE0)
        return false;
    unsigned cp = ((c & 0x0Fu) << 12) |
                  (((unsigned char)s[i + 1] & 0x3Fu) << 6) |
                  ((unsigned char)s[i + 2] & 0x3Fu);
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x30A1 && cp <= 0x30FA);
}

/* Trigger x ends a relative clause: 「2月末に発生したシステム停止事案」.
 * A date before it is that clause's, not the sentence's. */
static bool adnominal(const parts *p, const trig *x)
{
    static const char *const ends[] = {
        "\xe3\x81\x95\xe3\x82\x8c\xe3\x81\x9f", /* された */
        "\xe3\x81\x97\xe3\x81\x9f",             /* した */
        "\xe3\x81\x95\xe3\x82\x8c\xe3\x82\x8b", /* される */
        "\xe3\x81\x99\xe3\x82\x8b",             /* する */
        "\xe3\x81\x97\xe3\x81\x9f\xe3\x81\xae", /* したの */
    };
    /* 「流出した可能性がある」「侵入した形跡」: the noun hedges or names
     * the fact; the clause is the statement, not a description. */
    static const char *const facts[] = {
        "\xe5\x8f\xaf\xe8\x83\xbd\xe6\x80\xa7", /* 可能性 */
        "\xe6\x81\x90\xe3\x82\x8c",             /* 恐れ */
        "\xe7\x96\x91\xe3\x81\x84",             /* 疑い */
        "\xe5\xbd\xa2\xe8\xb7\xa1",             /* 形跡 */
        "\xe7\x97\x95\xe8\xb7\xa1",             /* 痕跡 */
        "\xe4\xba\x8b\xe5\xae\x9f",             /* 事実 */
        "\xe6\x87\xb8\xe5\xbf\xb5",             /* 懸念 */
    };
    const draft_sentence *s = p->s;
    for (size_t k = 0; k < MT_ARRAY_LEN(ends); k++) {
        size_t l = strlen(ends[k]);
        if (x->end + l > s->len || memcmp(s->text + x->end, ends[k], l) != 0)
            continue;
        size_t at = x->end + l;
        for (size_t f = 0; f < MT_ARRAY_LEN(facts); f++) {
            size_t fl = strlen(facts[f]);
            /* …可能性がある states; …可能性のある情報 describes. */
            if (at + fl <= s->len && memcmp(s->text + at, facts[f], fl) == 0)
                return at + fl + 3 <= s->len &&
                       memcmp(s->text + at + fl, "\xe3\x81\xae", 3) == 0;
        }
        return noun_char_at(s->text, s->len, at);
    }
    return noun_char_at(s->text, s->len, x->end) &&
           !noun_char_at(s->text, s->len, x->pos); /* 停止事案 */
}

/* Trigger x ends its predicate (「…を検知しました、」): a past tense た
 * after it before the next trigger, not ため, たい, or たこと and たの (a
 * clause made a noun: 「攻撃を受けたことを確認」 dates both).  A
 * date before such a predicate is its own; one that goes on (「確認し、」,
 * 「受け、」) passes the date to the next. */
static bool ends_predicate(const parts *p, const trig *x)
{
    const draft_sentence *s = p->s;
    size_t stop = x->end + 18 < s->len ? x->end + 18 : s->len;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *y = (const trig *)p->trigs.v + i;
        if (y->pos >= x->end && y->pos < stop)
            stop = y->pos;
    }
    for (size_t i = x->end; i + 3 <= stop; i++) {
        if (memcmp(s->text + i, "\xe3\x81\x9f", 3) != 0) /* た */
            continue;
        if (i + 6 <= s->len &&
            (memcmp(s->text + i + 3, "\xe3\x82\x81", 3) == 0 || /* め */
             memcmp(s->text + i + 3, "\xe3\x81\x84", 3) == 0 || /* い */
             memcmp(s->text + i + 3, "\xe3\x81\x93", 3) == 0 || /* こと */
             memcmp(s->text + i + 3, "\xe3\x81\xae", 3) == 0))  /* の */
            continue;
        return true;
    }
    return false;
}

/* The date d reaches trigger t: the first trigger after d is t, or goes
 * on to the next predicate without closing a relative clause. */
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
            if (adnominal(p, x) || ends_predicate(p, x))
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
        if (!in_trig && noun_char_at(s->text, s->len, i + 3))
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
            if (starts_with(s->text + e, s->len - e, "\xe3\x81\xab")) /* に */
                e += 3;
            if (starts_with(s->text + e, s->len - e, "\xe3\x80\x81")) /* 、 */
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
            (gap <= 30 && starts_with(s->text + d->end, gap, "\xe3\x81\xae") &&
             draft_has_sub(s->text + d->end, gap, "\xe6\x99\x82"))) /* の, 時 */
            return d->pos;
    }
    return cs;
}

/* English: the intrusion that finding t (a detection or check) takes as
 * its object: right after it, a few words on, no comma, "that" or
 * preposition between ("detected unauthorized access", "found the
 * intrusion").  NULL when none. */
static const trig *found_object(const parts *p, const trig *t)
{
    if (t->type != MT_EVENT_DETECTION && t->type != TRIG_CONFIRM)
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
    /* Not a cause: "encrypted in a ransomware attack", "hit by". */
    if (memchr(g, ',', gl) || draft_has_sub(g, gl, " that ") ||
        draft_has_sub(g, gl, " of ") || draft_has_sub(g, gl, " in ") ||
        draft_has_sub(g, gl, " by ") || draft_has_sub(g, gl, " from "))
        return NULL;
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
    const trig *object = found_object(p, t);
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->pos >= t->end && x->pos < next && !x->report && x != object)
            next = x->pos;
    }
    const sdate *after = NULL, *before = NULL;
    for (size_t i = 0; i < p->dates.n; i++) {
        const sdate *d = (const sdate *)p->dates.v + i;
        /* A date that the clause start cuts ("November 2, 2020 Detected":
         * the comma is the date's) is the clause's. */
        if (d->end <= from || d->end > to)
            continue;
        if (d->pos >= t->end && d->pos < next && !after)
            after = d;
        if (d->end <= t->pos)
            before = d;
    }
    /* "a hospital ... on Nov. 26 announced it will ... after a late
     * October cyberattack": a date right before the verb is its own. */
    if (after && !(before && t->pos - before->end <= 2))
        return after;
    if (!before)
        return NULL;
    /* "posted a statement on the dark web on Thursday claiming ...": a
     * date right before the verb is its own as well. */
    if (t->pos - before->end <= 2)
        return before;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x != t && !x->report && x->pos >= from && x->end <= before->pos)
            return NULL; /* the date follows another trigger: its own */
    }
    return before;
}

/* The source's own date as a dossier date; false when it has none. */
static bool pub_date(const reader *r, mt_dossier_date *out)
{
    const mt_date *d = &r->src->published;
    if (!d->year || !mt_date_valid(d))
        return false;
    *out = (mt_dossier_date){*d, 0};
    return true;
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
static bool event_between(const parts *p, size_t a, const trig *t)
{
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x != t && !x->report && x->pos >= a && x->end <= t->pos)
            return true;
    }
    return false;
}

/*
 * The date of trigger t of organisation oi (an authority when authority
 * is set); the module comment says which; false when none governs it.
 */
static bool trig_date(const reader *r, const parts *p, const trig *t, int type,
                      long oi, bool authority, mt_dossier_date *out,
                      bool *floating)
{
    *floating = false;
    const draft_sentence *s = p->s;
    size_t cs = draft_clause_start(s, t->pos);
    const sdate *d = NULL;
    bool content = false;
    const trig *rep = NULL;
    if (r->ja && adnominal(p, t)) {
        /* A trigger that describes a noun (流出した可能性のある情報) takes
         * only a date written right before it (2月末に発生した事案). */
        d = date_before(p, cs, t, NULL);
        if (!d || t->pos - d->end > 9 ||
            draft_has_sub(s->text + d->end, t->pos - d->end, "\xe3\x80\x81"))
            return false;
    } else if (r->ja) {
        const sdate *frame = frame_ja(p);
        /* 「XとYは14日、8日未明から…停止している問題に関する続報を発表」:
         * the statement is the frame's; the dates inside it are what it
         * tells. */
        d = date_before(p, lead_start(p, cs), t, frame);
        if (t->report && frame && d && !mention_between(p, frame->end, d->pos))
            d = frame; /* not 「Aが1月20日に、Bが1月31日に公表」 */
        if (!d) {
            rep = t->report ? t : reported_by(p, t);
            content = rep && rep != t;
            if (frame)
                d = (content && !status_type(type)) ? NULL : frame;
            else if (!content)
                d = date_before(p, 0, t, NULL);
        }
        /* 「Xは、2月26日の午後9時ごろ…検知し、…と明らかにした」: the
         * date is the detection's; the statement is undated. */
        if (t->report && !frame && d && event_between(p, d->end, t))
            d = NULL;
        /* 「LockBitは7月2日に…を流出させたと主張した」: a date next to
         * the claimant, before anything it tells, is the claim's. */
        if (!d && type == MT_EVENT_ATTRIBUTION)
            d = claimant_date(p, t, oi);
    } else {
        d = date_near(p, t, cs, draft_clause_end(s, t->end));
        /* "November 2, 2020 Confirmed that these issues stemmed from a
         * ransomware attack": the date is the finding's; the attack is
         * what it found. */
        if (d && d->end <= t->pos && type == MT_EVENT_INTRUSION_START)
            for (size_t i = 0; i < p->trigs.n && d; i++) {
                const trig *x = (const trig *)p->trigs.v + i;
                if (x->report && x->end <= t->pos)
                    d = NULL; /* also "concluding by Oct. 27 that ... a
                                 breach": the conclusion's date */
            }
        if (!d) {
            const sdate *frame = frame_en(p);
            rep = t->report ? t : reported_by_en(p, t);
            content = rep && rep != t;
            if (frame && (!content || status_type(type)))
                d = frame;
        }
    }
    if (d) {
        *out = d->date;
        return true;
    }
    /* An attacker's claim is a statement of its own: undated, it is the
     * source's news unless told as an earlier one. */
    if (!rep && type == MT_EVENT_ATTRIBUTION && named_before(p, oi, t->pos)) {
        /* The claimant before its claim, not the object of a suspicion
         * ("investigators suspect a China-linked group"). */
        rep = t;
        /* 「Xと名乗るグループが犯行声明を発表していた」 */
        for (size_t i = 0; i < p->trigs.n; i++) {
            const trig *x = (const trig *)p->trigs.v + i;
            if ((x->report || x->type == MT_EVENT_DISCLOSURE) &&
                x->pos > t->pos && reports_earlier(p, x, r->ja))
                return false;
        }
    }
    /* 「…大阪府警に通報していた」 without a date: done before the day the
     * source reports on, when is not said. */
    if (r->ja && !t->report && !p->dates.n && reports_earlier(p, t, true) &&
        !starts_with(s->text + t->end, s->len - t->end,
                     "\xe3\x81\x97\xe3\x81\xa6\xe3\x81\x8a")) /* しており */
        return false;
    /* A state (a leak found or not, systems stopped) told after the
     * source's dated statement, in a sentence without a date of its own,
     * is that statement's: 「Xは31日、報告書を公開した。…持ち出された
     * 形跡は確認されなかった。」 */
    if (!rep && !p->dates.n && r->frame.date.year && status_type(type) &&
        type != MT_EVENT_DISCLOSURE && !adnominal(p, t)) {
        *out = r->frame;
        return true;
    }
    /* "had checked": an earlier event, not the day's news. */
    if (!r->ja && had_before(p, t))
        return false;
    /* Undated: the source's own news, unless it reports what was said
     * before; what was done next in a narrative (an action in a sentence
     * without a date or a statement, after a sentence that dated one)
     * takes that sentence's date; an authority's (the police's
     * investigation) only after one of its own. */
    if (!rep || (content && !status_type(type)) ||
        reports_earlier(p, rep, r->ja)) {
        if (!rep && !p->dates.n && r->narrative.date.year &&
            (!authority || r->narrative_org < 0 || r->narrative_org == oi) &&
            (type == MT_EVENT_CONTAINMENT || type == MT_EVENT_INVESTIGATION ||
             type == MT_EVENT_NOTIFICATION || type == MT_EVENT_OTHER)) {
            *out = r->narrative;
            return true;
        }
        return false;
    }
    /* A statement the source already dated (「同社は7日…と発表した。…
     * という」) goes on; else the source's own news of the day. */
    if (r->frame.date.year) {
        *out = r->frame;
        return true;
    }
    *floating = true;
    return pub_date(r, out);
}

/* 「Ragnar_Locker Teamと名乗るグループが犯行声明を発表」: the subject of
 * the statement is a group the sentence describes (an actor cue marked as
 * a Japanese subject before the trigger). */
static bool actor_subject(const parts *p, const trig *t)
{
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind == CUE_ACTOR && h->end <= t->pos &&
            draft_hit_at(p, h->end, CUE_SUBJECT))
            return true;
    }
    return false;
}

/* An attacker named in the sentence (by kind or a claim); -1 none. */
static long attacker_in(ctx *c, const parts *p)
{
    for (size_t i = 0; i < p->mentions.n; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        if (draft_is_kind(c, m->org, ORG_ATTACKER) ||
            (draft_org_at(c, m->org)->hints & ROLE_HINT_ATTACKER))
            return m->org;
    }
    return -1;
}

/* The nearest organisation before pos that may be a victim: not an
 * authority or another government body, an outlet, an informant or an
 * attacker; else the topic. */
static long victim_near(ctx *c, const reader *r, const parts *p, size_t pos,
                        bool after)
{
    const mention *m = (const mention *)p->mentions.v;
    /* English puts the subject first ("Kojima Industries, which supplies
     * Toyota, said ..."): the first candidate; Japanese the nearest. */
    for (size_t i = 0; !r->ja && i < p->mentions.n; i++)
        if (m[i].end <= pos && !m[i].informant && !m[i].modifier &&
            !draft_oversees(c, m[i].org) && !draft_is_media(c, m[i].org) &&
            !draft_is_kind(c, m[i].org, ORG_ATTACKER) &&
            !(draft_org_at(c, m[i].org)->hints & ROLE_HINT_ATTACKER))
            return m[i].org;
    for (size_t i = p->mentions.n; i-- > 0;)
        if (m[i].end <= pos && !m[i].informant && !m[i].modifier &&
            !draft_oversees(c, m[i].org) && !draft_is_media(c, m[i].org) &&
            !draft_is_kind(c, m[i].org, ORG_ATTACKER) &&
            !(draft_org_at(c, m[i].org)->hints & ROLE_HINT_ATTACKER) &&
            !(r->ja && m[i].object))
            return m[i].org;
    /* "the group stole data from Kadokawa": in English the victim of
     * what an attacker did may follow in the same clause. */
    size_t ce = draft_clause_end(p->s, pos);
    for (size_t i = 0; after && !r->ja && i < p->mentions.n; i++)
        if (m[i].pos >= pos && m[i].end <= ce && !m[i].informant &&
            !m[i].modifier && !draft_oversees(c, m[i].org) &&
            !draft_is_media(c, m[i].org) &&
            !draft_is_kind(c, m[i].org, ORG_ATTACKER) &&
            !(draft_org_at(c, m[i].org)->hints & ROLE_HINT_ATTACKER))
            return m[i].org;
    return draft_oversees(c, r->topic) ? -1 : r->topic;
}

/* The trigger before t in its clause, within 30 bytes; NULL when none. */
static const trig *trig_before(const parts *p, const trig *t)
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

static bool named_in(const parts *p, long oi)
{
    for (size_t i = 0; i < p->mentions.n; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        if (m->org == oi && !m->informant)
            return true;
    }
    return false;
}

/* Japanese: the intrusion noun is what a detection right after it found
 * (不正アクセスを検知, 不正アクセスの疑いを認識), not an intrusion the
 * sentence dates (…を受けたことを確認 is one). */
static bool detected_object(const parts *p, const trig *t)
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

/* English: "Confirmed that these issues stemmed from a ransomware
 * attack", "detected unauthorized access": an intrusion right after a
 * detection or confirmation in its clause, with no date of its own
 * after that, is what was found (the finding's date is not the
 * intrusion's). */
static bool en_found_object(const parts *p, const trig *t)
{
    size_t cs = draft_clause_start(p->s, t->pos);
    const trig *found = NULL;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->end <= t->pos && x->pos >= cs &&
            (x->type == MT_EVENT_DETECTION || x->type == TRIG_CONFIRM))
            found = x;
    }
    if (!found)
        return false;
    /* Its direct object: a date after it is the finding's. */
    if (found_object(p, found) == t)
        return true;
    size_t ce = draft_clause_end(p->s, t->end);
    for (size_t i = 0; i < p->dates.n; i++) {
        const sdate *d = (const sdate *)p->dates.v + i;
        if (d->pos >= found->end && d->end <= ce)
            return false;
    }
    return true;
}

/* English: an intrusion after a confirmation in the sentence
 * ("Confirmed that ... a ransomware attack"). */
static bool en_confirms_intrusion(const parts *p, const trig *t)
{
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->pos >= t->end && x->type == MT_EVENT_INTRUSION_START)
            return true;
    }
    return false;
}

/* An authority marked as the one told (に) in t's clause before it. */
static bool told_to_authority(ctx *c, const parts *p, const trig *t)
{
    size_t cs = draft_clause_start(p->s, t->pos);
    for (size_t i = 0; i < p->mentions.n; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        if (m->addressee && m->pos >= cs && m->end <= t->pos &&
            draft_oversees(c, m->org))
            return true;
    }
    return false;
}

/* The event type trigger t stands for, with its organisation in *oi;
 * -1 when it stands for none. */
static int trig_type(ctx *c, const reader *r, const parts *p, const trig *t,
                     long *oi)
{
    if (t->type == TRIG_HEARSAY) {
        /* "BlackSuit says it stole data from X": what a group says of
         * the attack is its claim; anyone else's hearsay dates nothing. */
        long who = draft_report_subject(c, r, p, t->pos);
        if (who < 0 || t->negated ||
            !(draft_is_kind(c, who, ORG_ATTACKER) ||
              (draft_org_at(c, who)->hints & ROLE_HINT_ATTACKER)))
            return -1;
        /* The group's own verb, not one in a clause about something it
         * did ("posted files it said were taken"). */
        size_t at = 0;
        for (size_t i = 0; i < p->mentions.n; i++) {
            const mention *m = (const mention *)p->mentions.v + i;
            if (m->org == who && m->end <= t->pos && m->end > at)
                at = m->end;
        }
        if (!at || event_between(p, at, t))
            return -1; /* not named here: someone else's hearsay */
        *oi = who;
        return MT_EVENT_ATTRIBUTION;
    }
    long who = t->report ? draft_report_subject(c, r, p, t->pos)
                         : draft_subject_at(c, r, p, t->pos);
    bool auth = draft_oversees(c, who);
    int type = t->type;
    if (type == TRIG_CONFIRM) {
        if (draft_is_authority(c, who)) {
            type = MT_EVENT_AUTHORITY_CONFIRMATION;
        } else {
            /* 攻撃を確認, 不正アクセスを受けたことを確認: the attack's
             * detection; 流出を確認: the leak itself says it. */
            const trig *b = trig_before(p, t);
            if ((!b ||
                 (b->type != MT_EVENT_INTRUSION_START &&
                  b->type != TRIG_TRACES && b->type != MT_EVENT_DETECTION)) &&
                (r->ja || !en_confirms_intrusion(p, t)))
                return -1;
            type = MT_EVENT_DETECTION;
        }
    } else if (type == TRIG_TRACES) {
        type = MT_EVENT_INTRUSION_START;
    } else if (type == MT_EVENT_INTRUSION_START && r->ja &&
               detected_object(p, t)) {
        return -1; /* 不正アクセスを検知: the detection's, not an intrusion */
    } else if (type == MT_EVENT_INTRUSION_START && !r->ja &&
               en_found_object(p, t)) {
        return -1;
    }
    /* 「金融庁に障害発生を報告した」: what is told to an authority is a
     * notification, not the news of the day. */
    if (t->report && type == MT_EVENT_DISCLOSURE && told_to_authority(c, p, t))
        type = MT_EVENT_NOTIFICATION;
    if (type == MT_EVENT_LEAK_POSSIBLE || type == MT_EVENT_LEAK_DENIED) {
        mt_hedge h = draft_hedge_near(p->s, t->pos, r->ja);
        type =
            (t->negated || h == MT_HEDGE_DENIED || h == MT_HEDGE_NOT_CONFIRMED)
                ? MT_EVENT_LEAK_DENIED
                : MT_EVENT_LEAK_POSSIBLE;
    } else if (t->negated) {
        return -1;
    }
    long att = attacker_in(c, p);
    if ((type == MT_EVENT_LEAK_POSSIBLE || type == MT_EVENT_LEAK_DENIED) &&
        who >= 0 && who == att) {
        /* A leak is of the victim's data, whoever posted it. */
        who = victim_near(c, r, p, t->pos, true);
    } else if (att >= 0 &&
               (type == MT_EVENT_ATTRIBUTION || type == MT_EVENT_OTHER ||
                (t->report &&
                 (who == att || who < 0 || actor_subject(p, t))))) {
        /* The group's claim, demand or statement. */
        if (type != MT_EVENT_OTHER)
            type = MT_EVENT_ATTRIBUTION;
        who = att;
    } else if (type == MT_EVENT_ATTRIBUTION) {
        /* An attribution without a named attacker is a claim (claims.c),
         * not a dated event of the victim. */
        return -1;
    } else if (who >= 0 && who == att &&
               (type == MT_EVENT_INTRUSION_START ||
                type == MT_EVENT_DETECTION || type == MT_EVENT_CONTAINMENT ||
                type == MT_EVENT_INVESTIGATION ||
                type == MT_EVENT_NOTIFICATION ||
                type == MT_EVENT_REMEDIATION)) {
        /* "Discovered a message from a group that calls itself Ragnar
         * Locker and contacted the police": the victim found, reported
         * and repaired; the group is what it found.  「…にサイバー攻撃を
         * 仕掛けたハッカー集団」: the intrusion is the victim's too. */
        who = victim_near(c, r, p, t->pos, true);
    } else if (auth && who >= 0) {
        /* An authority discloses, checks, investigates and arrests; what
         * else the sentence says happened to the victim. */
        if (type != MT_EVENT_DISCLOSURE &&
            type != MT_EVENT_AUTHORITY_CONFIRMATION &&
            type != MT_EVENT_INVESTIGATION && type != MT_EVENT_OTHER &&
            !draft_is_kind(c, who, ORG_HOSPITAL))
            who = victim_near(c, r, p, t->pos, false);
    } else if (draft_is_media(c, who) && type != MT_EVENT_MEDIA_REPORT) {
        who = victim_near(c, r, p, t->pos, false);
    }
    if (type == MT_EVENT_MEDIA_REPORT)
        return -1; /* the outlets are the sources themselves */
    *oi = who;
    return who >= 0 ? type : -1;
}

/* English round-ups: "began with Mitsubishi Electric on January 20 and
 * NEC on January 31": a name right before the date ("X on", "X in") is
 * whose event it is.  Else who. */
static long owner_before_date(ctx *c, const parts *p, const mt_dossier_date *dd,
                              long who)
{
    const draft_sentence *s = p->s;
    for (size_t i = 0; i < p->dates.n; i++) {
        const sdate *d = (const sdate *)p->dates.v + i;
        if (d->date.date.year != dd->date.year ||
            d->date.date.month != dd->date.month ||
            d->date.date.day != dd->date.day)
            continue;
        for (size_t k = 0; k < p->mentions.n; k++) {
            const mention *m = (const mention *)p->mentions.v + k;
            if (m->end > d->pos || d->pos - m->end > 5 || m->informant ||
                draft_is_media(c, m->org) || draft_oversees(c, m->org))
                continue; /* "reported it to the police two days later" */
            const char *gap = s->text + m->end;
            size_t gl = d->pos - m->end;
            if ((gl == 4 && (draft_ascii_ieq(gap, 4, " on ") ||
                             draft_ascii_ieq(gap, 4, " in "))) ||
                (gl == 1 && gap[0] == ' '))
                return m->org;
        }
        break;
    }
    return who;
}

void draft_dated_events(ctx *c, reader *r, parts *p)
{
    const draft_sentence *s = p->s;
    /* A sentence that opens with a day ("November 2, 2020 Confirmed
     * ...", 「2月26日、」) dates what the next sentences did, whether or
     * not it holds an event itself. */
    if (p->dates.n) {
        const sdate *d0 = (const sdate *)p->dates.v;
        if (d0->pos < 4 && d0->date.date.day) {
            r->last = d0->date;
            r->last_org = -1;
        }
    }
    /* 「東映アニメーションは7日、…を確認し、…決定した。」: the day after a
     * named subject dates what the source tells next, as a statement's
     * date does; not the day of an attacker's claim or of a regulator's
     * order, whose sentences after it say what they demand. */
    if (r->ja) {
        const sdate *f = frame_ja(p);
        bool named = false;
        for (size_t i = 0; f && i < p->mentions.n; i++) {
            const mention *m = (const mention *)p->mentions.v + i;
            named = named ||
                    (m->topical && m->end <= f->pos && f->pos - m->end <= 6 &&
                     !m->informant && !draft_is_media(c, m->org) &&
                     !draft_is_kind(c, m->org, ORG_ATTACKER) &&
                     !draft_oversees(c, m->org) &&
                     !(draft_org_at(c, m->org)->hints & ROLE_HINT_ATTACKER));
        }
        /* The reporter's day alone (7日), not a narrative's full date
         * (「北陵大学は、令和6年1月15日、…を検知し」: what came after it
         * happened later). */
        if (f && named && f->date.date.day &&
            !draft_has_sub(p->s->text + f->pos, f->end - f->pos,
                           "\xe6\x9c\x88")) /* 月 */
            r->frame = f->date;
    }
    for (size_t k = 0; k < p->trigs.n && c->st == MT_OK; k++) {
        const trig *t = (const trig *)p->trigs.v + k;
        if (t->plan)
            continue;
        long oi = -1;
        int type = trig_type(c, r, p, t, &oi);
        if (type < 0)
            continue;
        /* What happened to whom holds whether or not the sentence dates
         * it: the subject of an intrusion, detection or leak is a victim. */
        if ((type == MT_EVENT_INTRUSION_START || type == MT_EVENT_DETECTION ||
             type == MT_EVENT_LEAK_POSSIBLE) &&
            !draft_oversees(c, oi) && !draft_is_media(c, oi) &&
            !draft_is_kind(c, oi, ORG_ATTACKER))
            draft_org_at(c, oi)->hints |= ROLE_HINT_VICTIM;
        mt_dossier_date dd;
        bool floating;
        if (!trig_date(r, p, t, type, oi, draft_oversees(c, oi), &dd,
                       &floating))
            continue;
        if (!floating && dd.date.day && p->dates.n) {
            r->last = dd;
            r->last_org = oi;
        }
        /* An attacker's claim stays the attacker's ("LockBit claimed
         * the attack on X on June 3"). */
        if (!r->ja && !floating && type != MT_EVENT_ATTRIBUTION)
            oi = owner_before_date(c, p, &dd, oi);
        /* A dated statement frames the undated ones after it: 「同社は
         * 4日…と発表した」, and a state as of a day (「16日時点で流出を
         * 確認した」). */
        if (!floating && dd.date.day && p->dates.n &&
            ((t->report && type == MT_EVENT_DISCLOSURE) ||
             (r->ja && (type == MT_EVENT_LEAK_POSSIBLE ||
                        type == MT_EVENT_LEAK_DENIED))))
            r->frame = dd;
        /* Someone else's disclosure needs its name in the sentence. */
        if (type == MT_EVENT_DISCLOSURE && r->src->kind != MT_KIND_OFFICIAL &&
            !named_in(p, oi))
            continue;
        org *o = draft_org_at(c, oi);
        if (type == MT_EVENT_AUTHORITY_CONFIRMATION)
            o->hints |= ROLE_HINT_AUTHORITY;
        else if (type == MT_EVENT_ATTRIBUTION)
            o->hints |= ROLE_HINT_ATTACKER;
        else if ((type == MT_EVENT_INTRUSION_START ||
                  type == MT_EVENT_DETECTION ||
                  type == MT_EVENT_LEAK_POSSIBLE) &&
                 !draft_is_authority(c, oi))
            o->hints |= ROLE_HINT_VICTIM;
        size_t a = t->pos, b = t->end;
        for (size_t i = 0; i < p->dates.n; i++) {
            const sdate *d = (const sdate *)p->dates.v + i;
            if (d->date.date.year == dd.date.year &&
                d->date.date.month == dd.date.month &&
                d->date.date.day == dd.date.day) {
                if (d->pos < a)
                    a = d->pos;
                if (d->end > b)
                    b = d->end;
                break;
            }
        }
        for (size_t i = 0; i < p->mentions.n; i++) {
            const mention *m = (const mention *)p->mentions.v + i;
            if (m->org == oi && m->end <= a &&
                draft_clause_start(s, a) > m->pos && m->pos + 60 > a)
                a = m->pos;
        }
        char *text = draft_clause_text(s, a, b);
        if (!text) {
            draft_oom(c);
            return;
        }
        /* 「AおよびBは…発表した」: B's as well (and C's after B). */
        long from = oi;
        for (int hop = 0; hop < 4 && c->st == MT_OK; hop++) {
            long next = -1;
            for (size_t i = 0; i < p->mentions.n && next < 0; i++) {
                const mention *m = (const mention *)p->mentions.v + i;
                if (m->org == from && m->partner >= 0 && m->partner != oi)
                    next = m->partner;
            }
            if (next < 0)
                break;
            char *copy = mt_strdup(text);
            if (!copy) {
                free(text);
                draft_oom(c);
                return;
            }
            draft_add_event(c, &dd, next, (mt_event_type)type, copy, r->n,
                            floating);
            from = next;
        }
        draft_add_event(c, &dd, oi, (mt_event_type)type, text, r->n, floating);
    }
}

static int32_t day_number(const mt_date *d)
{
    return mt_date_days_from_civil(d->year, d->month, d->day);
}

void draft_settle_events(ctx *c)
{
    event *ev = (event *)c->events.v;
    /* Latest first, so that a chain (the 10th's "said" into the 7th's,
     * the 7th's into the 6th's statement) carries every citation. */
    for (;;) {
        event *f = NULL;
        for (size_t i = 0; i < c->events.n; i++) {
            event *e = &ev[i];
            if (e->floating && !e->dropped && e->date.date.day &&
                (!f || mt_date_compare(&e->date.date, &f->date.date) > 0))
                f = e;
        }
        if (!f || c->st != MT_OK)
            return;
        f->floating = false; /* settled either way */
        int32_t fd = day_number(&f->date.date);
        event *best = NULL;
        int32_t best_gap = 4;
        for (size_t k = 0; k < c->events.n; k++) {
            event *e = &ev[k];
            if (e == f || e->dropped || e->org != f->org ||
                e->type != f->type || !e->date.date.day)
                continue;
            int32_t gap = fd - day_number(&e->date.date);
            if (gap >= 0 &&
                (gap < best_gap ||
                 (gap == best_gap && best && best->floating && !e->floating))) {
                best = e;
                best_gap = gap;
            }
        }
        if (!best)
            continue;
        if (draft_cites_merge(&best->cites, &f->cites) != MT_OK) {
            draft_oom(c);
            return;
        }
        f->dropped = true;
    }
}

long draft_authority_confirms(ctx *c, const parts *p)
{
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *t = (const trig *)p->trigs.v + i;
        if (t->type != TRIG_CONFIRM)
            continue;
        for (size_t k = 0; k < p->mentions.n; k++) {
            const mention *m = (const mention *)p->mentions.v + k;
            if (m->end <= t->pos && draft_is_authority(c, m->org))
                return m->org;
        }
    }
    return -1;
}
