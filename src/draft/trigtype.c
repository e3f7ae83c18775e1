/*
 * Whose event a trigger is, and of what type (stage.h): read.c found the
 * triggers of a sentence and their subjects; this file settles each one
 * into an event type and an organisation, and events.c dates and stores
 * it.
 *
 * Whose event.  The subject of the trigger (read.c), except that an
 * authority only discloses, checks and investigates, an outlet only
 * reports, a claim or a ransom demand is the attacker's when one is
 * named (and a group's own "says"), and what a group did to its victim
 * (an intrusion, a leak) is the victim's.  What type.  A check
 * (確認) is the detection of what it follows, an authority's
 * confirmation, or nothing; a leak with a denial or a negation is a
 * denial; data kept out of a leak is a denial too, no misuse of it so
 * far an entry of its own (other); "data were compromised" is a leak.
 * What a finding or a check tells of the triggers around it is
 * findings.c's.
 */
#include "draft/stage.h"
#include "draft/tense.h"

#include "core/internal.h"

#include <string.h>

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
        if (draft_is_attacker(c, m->org))
            return m->org;
    }
    return -1;
}

/* The attacker whose name stands right before trigger t, as the owner
 * of its word ("Akira's claim", "the BlackByte claim", 「Akiraの犯行声明」):
 * in a sentence naming two groups, the claim is that one's; -1 when
 * none. */
static long claim_owner(ctx *c, const parts *p, const trig *t)
{
    static const char *const gaps[] = {" ", "'s ", "\xe2\x80\x99s ",
                                       "\xe3\x81\xae"}; /* ’s, の */
    const char *s = p->s->text;
    for (size_t i = 0; i < p->mentions.n; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        if (m->end > t->pos || !draft_is_attacker(c, m->org))
            continue;
        for (size_t k = 0; k < MT_ARRAY_LEN(gaps); k++)
            if (t->pos - m->end == strlen(gaps[k]) &&
                memcmp(s + m->end, gaps[k], strlen(gaps[k])) == 0)
                return m->org;
    }
    return -1;
}

/* A data noun (data/draft_cues.tsv, data_noun) in trigger t's clause,
 * or before it in its sentence in Japanese, where the list of what is
 * kept out runs over commas (「口座情報、カード情報、トーク内容は含まれな
 * い」). */
static bool data_in_clause(const reader *r, const parts *p, const trig *t)
{
    size_t cs = r->ja ? 0 : draft_clause_start(p->s, t->pos);
    size_t ce = r->ja ? t->pos : draft_clause_end(p->s, t->end);
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind == CUE_DATA_NOUN && h->pos >= cs && h->end <= ce)
            return true;
    }
    return false;
}

/* Another trigger of the sentence of t is a leak or keeps data out of
 * one. */
static bool leak_in_sentence(const parts *p, const trig *t)
{
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *o = (const trig *)p->trigs.v + i;
        if (o != t &&
            (o->type == MT_EVENT_LEAK_POSSIBLE ||
             o->type == MT_EVENT_LEAK_DENIED || o->type == TRIG_EXCLUDES))
            return true;
    }
    return false;
}

/* Trigger t is a fact noun (対策) right after another trigger of its
 * clause (「アクセスを制限する対策を講じた」「制限するなどの対策」): it
 * names that trigger's measure, no event of its own. */
static bool names_measure(const parts *p, const trig *t)
{
    bool fact = false;
    for (size_t i = 0; i < p->hits.n && !fact; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        fact = h->kind == CUE_FACT_NOUN && h->pos == t->pos && h->end == t->end;
    }
    if (!fact)
        return false;
    size_t cs = draft_clause_start(p->s, t->pos);
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x != t && !x->report && x->pos >= cs && x->end <= t->pos &&
            t->pos - x->end <= 15)
            return true;
    }
    return false;
}

/* Organisation oi is a security vendor (a researcher's remark on the
 * attackers names no victim). */
static bool vendor(ctx *c, long oi)
{
    return oi >= 0 && draft_org_at(c, oi)->kind == ORG_VENDOR;
}

/* The nearest organisation before pos that may be a victim: not an
 * authority or another government body, an outlet, an informant, an
 * attacker or a vendor; else the topic, or the company last named when
 * the topic is the outlet or the vendor that relays the news. */
static long victim_near(ctx *c, const reader *r, const parts *p, size_t pos,
                        bool after)
{
    const mention *m = (const mention *)p->mentions.v;
    /* English puts the subject first ("Kojima Industries, which supplies
     * Toyota, said ..."): the first candidate; Japanese the nearest. */
    for (size_t i = 0; !r->ja && i < p->mentions.n; i++)
        if (m[i].end <= pos && !m[i].informant && !m[i].modifier &&
            !draft_oversees(c, m[i].org) && !draft_is_media(c, m[i].org) &&
            !draft_is_attacker(c, m[i].org) && !vendor(c, m[i].org))
            return m[i].org;
    for (size_t i = p->mentions.n; i-- > 0;)
        if (m[i].end <= pos && !m[i].informant && !m[i].modifier &&
            !draft_oversees(c, m[i].org) && !draft_is_media(c, m[i].org) &&
            !draft_is_attacker(c, m[i].org) && !(r->ja && m[i].object) &&
            !vendor(c, m[i].org))
            return m[i].org;
    /* "the group stole data from Kadokawa": in English the victim of
     * what an attacker did may follow in the same clause. */
    size_t ce = draft_clause_end(p->s, pos);
    for (size_t i = 0; after && !r->ja && i < p->mentions.n; i++)
        if (m[i].pos >= pos && m[i].end <= ce && !m[i].informant &&
            !m[i].modifier && !draft_oversees(c, m[i].org) &&
            !draft_is_media(c, m[i].org) && !draft_is_attacker(c, m[i].org))
            return m[i].org;
    /* A piece whose topic is the outlet or the security vendor that
     * tells the news (「Malwarebytesは…、ヤマハのカナダ部門が…を受けた
     * ことを伝えた」): the company it last named is the victim. */
    if (vendor(c, r->topic) || draft_is_media(c, r->topic)) {
        long co = r->last_kind[ORG_COMPANY];
        return co >= 0 && !draft_oversees(c, co) ? co : -1;
    }
    return draft_oversees(c, r->topic) ? -1 : r->topic;
}

/* Authority mention m heads a list whose last member takes the に of
 * whom t tells (「警察や厚生労働省、県などに被害を報告」: the comma ends
 * the clause, not the list): や, 、 or と right after it, then に within
 * a few words and no event between. */
static bool listed_addressee(const parts *p, const mention *m, const trig *t)
{
    const char *s = p->s->text;
    size_t e = m->end;
    if (e + 3 > t->pos || t->pos - e > 30)
        return false;
    if (memcmp(s + e, "\xe3\x82\x84", 3) != 0 && /* や */
        memcmp(s + e, "\xe3\x80\x81", 3) != 0 && /* 、 */
        memcmp(s + e, "\xe3\x81\xa8", 3) != 0)   /* と */
        return false;
    if (draft_event_between(p, e, t))
        return false;
    for (size_t k = e + 3; k + 3 <= t->pos; k++)
        if (memcmp(s + k, "\xe3\x81\xab", 3) == 0 && /* に */
            (k + 6 > t->pos || memcmp(s + k + 3, "\xe3\x82\x88", 3) != 0))
            return true; /* not によ(る) */
    return false;
}

/* 「金融庁から報告徴求命令が出された」「個人情報保護委員会から指導を
 * 受け」: the check or order is the authority's that it comes from,
 * though the sentence is about the company that received it.  The
 * authority is marked by から right before the trigger, with no other
 * trigger between. */
static long authority_from(ctx *c, const parts *p, const trig *t)
{
    /* The last name before the trigger, in its clause: 「金融庁から派遣
     * された担当者とともに…確認している」 names someone else between. */
    const mention *m = NULL;
    size_t cs = draft_clause_start(p->s, t->pos);
    for (size_t k = 0; k < p->mentions.n; k++) {
        const mention *x = (const mention *)p->mentions.v + k;
        if (x->end <= t->pos)
            m = x;
    }
    if (!m || m->pos < cs ||
        !draft_at(p->s->text, p->s->len, m->end,
                  "\xe3\x81\x8b\xe3\x82\x89")) /* から */
        return -1;
    bool auth =
        draft_is_authority(c, m->org) ||
        (draft_oversees(c, m->org) && !draft_is_kind(c, m->org, ORG_POLICE));
    /* Only nouns between (資金決済法に基づく報告徴求命令 is one), no
     * verb: 「派遣された担当者」 is a clause of its own. */
    if (!auth || draft_event_between(p, m->end, t) || t->pos - m->end > 60 ||
        draft_has_sub(p->s->text + m->end, t->pos - m->end,
                      "\xe3\x81\x95\xe3\x82\x8c")) /* され */
        return -1;
    return m->org;
}

/* An authority marked as the one told (に) in t's clause before it, or
 * heading the list of those told. */
static bool told_to_authority(ctx *c, const parts *p, const trig *t)
{
    size_t cs = draft_clause_start(p->s, t->pos);
    for (size_t i = 0; i < p->mentions.n; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        if (m->end > t->pos || !draft_oversees(c, m->org))
            continue;
        if ((m->addressee && m->pos >= cs) || listed_addressee(p, m, t))
            return true;
    }
    return false;
}

/* Organisation oi is a news outlet other than the source's publisher:
 * one the source cites. */
bool draft_quoted_outlet(ctx *c, const reader *r, long oi)
{
    if (!draft_is_media(c, oi))
        return false;
    const char *pub = r->src->publisher;
    return !pub || draft_org_find(c, pub, strlen(pub)) != oi;
}

/* The last mention before trigger t in its clause; NULL when none. */
static const mention *last_in_clause(const parts *p, const trig *t)
{
    size_t cs = draft_clause_start(p->s, t->pos);
    const mention *last = NULL;
    for (size_t i = 0; i < p->mentions.n; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        if (m->pos >= cs && m->end <= t->pos)
            last = m;
    }
    return last;
}

/* The last name before Japanese trigger t in its clause, written with の
 * after it and no other trigger between, that can own what the words
 * after it name (no authority, outlet or attacker); NULL when none. */
static const mention *owner_before(ctx *c, const parts *p, const trig *t)
{
    const draft_sentence *s = p->s;
    const mention *own = last_in_clause(p, t);
    if (!own || own->modifier || own->informant || own->end + 3 > t->pos ||
        memcmp(s->text + own->end, "\xe3\x81\xae", 3) != 0 || /* の */
        draft_oversees(c, own->org) || draft_is_media(c, own->org) ||
        draft_is_attacker(c, own->org))
        return NULL;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x != t && x->pos >= own->end && x->end <= t->pos)
            return NULL;
    }
    return own;
}

/* 「梅田市の住民の個人情報が流出」「Xのサーバーから漏えい」: the
 * organisation named with の before Japanese leak trigger t, in its
 * clause, with nothing between but nouns and の (no other name, trigger,
 * comma, or a subject of its own: 「Xの社員が情報を流出させた」 is no
 * leak of X's); a particle may stand right before the trigger.  Whose
 * data it is, whoever held it; -1 when none. */
static long data_owner(ctx *c, const parts *p, const trig *t)
{
    const draft_sentence *s = p->s;
    const mention *own = owner_before(c, p, t);
    if (!own)
        return -1;
    /* The particle right before the trigger (が, を, から: a subject or
     * object cue) ends what is looked at; another one before it opens a
     * clause of its own.  (A comma would have put the name in another
     * clause.) */
    size_t end = t->pos;
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if ((h->kind == CUE_SUBJECT || h->kind == CUE_OBJECT) &&
            h->end == t->pos && h->pos > own->end && h->pos < end)
            end = h->pos;
    }
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if ((h->kind == CUE_SUBJECT || h->kind == CUE_OBJECT) &&
            h->pos > own->end && h->pos < end)
            return -1;
    }
    for (size_t i = own->end + 3; i < end; i += 3)
        if (!draft_cp3(s->text, end, i))
            return -1; /* Latin, digits: not the nouns looked for */
    return own->org;
}

/* The bytes [a, b) of p's sentence are Japanese characters with no cue
 * starting among them (「カナダ」「海外の」; not 「取引先の」, a link). */
static bool plain_nouns(const parts *p, size_t a, size_t b)
{
    for (size_t i = a; i < b; i += 3)
        if (!draft_cp3(p->s->text, b, i))
            return false;
    for (size_t k = 0; k < p->hits.n; k++) {
        const hit *h = (const hit *)p->hits.v + k;
        /* (a region is a plain noun: 「Xのカナダ部門が」) */
        if (h->pos >= a && h->pos < b && h->kind != CUE_REGION_JA)
            return false;
    }
    return true;
}

/* 「Xのシステムに第三者が不正アクセス」「Xのサーバーへの侵入」: the
 * organisation named with の before the thing attacked (a noun marked に
 * or へ), in the trigger's clause, with no other name or trigger between;
 * an unnamed intruder (第三者が) may stand before the trigger.  Or before
 * one of its machines or parts that is the clause's subject (an asset
 * cue, a few plain nouns before it allowed, then が or は).  -1 when
 * none. */
static long target_owner(ctx *c, const parts *p, const trig *t)
{
    const draft_sentence *s = p->s;
    const mention *own = owner_before(c, p, t);
    if (!own)
        return -1;
    /* 「Xのパソコンがウイルスに感染」「Xのサーバーが攻撃を受けた」: X's
     * machine, the subject of the clause, is what was attacked; so is a
     * part of X told by where it is (「Xのカナダ部門が」「Xの海外のグループ
     * 会社が」: a few nouns between, の among them). */
    for (size_t k = 0; k < p->hits.n; k++) {
        const hit *h = (const hit *)p->hits.v + k;
        if (h->kind == CUE_ASSET && h->pos >= own->end + 3 &&
            h->pos <= own->end + 3 + 3 * 6 &&
            plain_nouns(p, own->end + 3, h->pos) && h->end + 3 <= t->pos &&
            (draft_at(s->text, s->len, h->end, "\xe3\x81\x8c") || /* が */
             draft_at(s->text, s->len, h->end, "\xe3\x81\xaf")))  /* は */
            return own->org;
    }
    /* The thing attacked: nouns after の up to に or へ (への), within
     * eight characters. */
    size_t i = own->end + 3, stop = 0;
    for (int k = 0; k < 8 && i + 3 <= t->pos && !stop; k++, i += 3) {
        if (!draft_cp3(s->text, t->pos, i))
            return -1;
        if (draft_hit_at(p, i, CUE_OBJECT) &&
            (memcmp(s->text + i, "\xe3\x81\xab", 3) == 0 || /* に */
             memcmp(s->text + i, "\xe3\x81\xb8", 3) == 0))  /* へ */
            stop = i;
        else if (draft_hit_at(p, i, CUE_SUBJECT) ||
                 draft_hit_at(p, i, CUE_OBJECT))
            return -1;
    }
    return stop > own->end + 3 ? own->org : -1;
}

/* The end of the lower-case word at byte i of s, i when none. */
static size_t lower_word_end(const draft_sentence *s, size_t i)
{
    while (i < s->len && s->text[i] >= 'a' && s->text[i] <= 'z')
        i++;
    return i;
}

/* English: the phrase that opens the sentence ends with a day and a
 * comma right before mention m ("On Tuesday, Hibari Motors said", "In a
 * statement on Tuesday, Hibari Motors said"). */
static bool dated_opening(const parts *p, const mention *m)
{
    const char *s = p->s->text;
    for (size_t i = 0; i < p->dates.n; i++) {
        const sdate *d = (const sdate *)p->dates.v + i;
        /* (the date's own comma, "August 10, 2023", is no clause's) */
        if (d->date.date.day && d->end + 2 == m->pos && s[d->end] == ',' &&
            s[d->end + 1] == ' ' && !memchr(s, ',', d->pos))
            return true;
    }
    return false;
}

/* The end of " in a statement", " in its notice" (in, an article, one
 * lower-case word) at byte i of s, else i. */
static size_t in_phrase_end(const draft_sentence *s, size_t i)
{
    static const char *const heads[] = {" in a ", " in an ", " in its ",
                                        " in the "};
    for (size_t k = 0; k < MT_ARRAY_LEN(heads); k++) {
        size_t n = strlen(heads[k]);
        if (!mt_starts_with(s->text + i, s->len - i, heads[k]))
            continue;
        size_t e = lower_word_end(s, i + n);
        return e > i + n ? e : i;
    }
    return i;
}

/* English: a date right after trigger t ("said on Monday", "said
 * Tuesday", "said on June 9", "said in a statement on Friday"), or after
 * its object ("reported a data breach on Monday"). */
static bool dated_right_after(const parts *p, const trig *t)
{
    const trig *o = draft_found_object(p, t);
    return draft_date_after(p, in_phrase_end(p->s, t->end), 4) ||
           (o && draft_date_after(p, o->end, 4));
}

/* 「梅田市は、委託先のXが攻撃を受け、市民の個人情報が流出した可能性が
 * あると発表した」: a leak whose clause has a subject of its own that is
 * no organisation (個人情報が) is the data of the organisation the
 * sentence is about (は, before it), not of the one named in an earlier
 * clause; -1 when the clause names an organisation or the sentence has
 * no such topic (or it is an authority, an outlet, an attacker). */
static long announcer_of_leak(ctx *c, const parts *p, const trig *t)
{
    size_t cs = draft_clause_start(p->s, t->pos);
    if (cs == 0)
        return -1;
    const mention *m = (const mention *)p->mentions.v;
    for (size_t i = 0; i < p->mentions.n; i++)
        if (m[i].pos >= cs && m[i].pos < t->pos)
            return -1;
    bool own = false;
    for (size_t i = 0; i < p->hits.n && !own; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        own = h->kind == CUE_SUBJECT && h->pos >= cs && h->end <= t->pos &&
              strcmp(h->value, "topic") != 0;
    }
    if (!own)
        return -1;
    for (size_t i = 0; i < p->mentions.n && m[i].end <= cs; i++)
        if (m[i].topical && !m[i].informant) {
            long o = m[i].org;
            if (draft_oversees(c, o) || draft_is_media(c, o) ||
                draft_is_attacker(c, o))
                return -1;
            return o;
        }
    return -1;
}

/* Nothing but a space and legal forms stand between a name ending at
 * byte from and a verb at byte to ("Eisai Co. said"). */
static bool right_before(const parts *p, size_t from, size_t to)
{
    const draft_sentence *s = p->s;
    size_t i = from;
    while (i < to) {
        if (s->text[i] == ' ' || s->text[i] == '.' || s->text[i] == ',') {
            i++;
            continue;
        }
        const hit *form = draft_hit_starting(p, i, CUE_FORM_AFTER);
        if (!form)
            return false;
        i = form->end;
    }
    return to - from <= 12;
}

/* The mention that stands right before trigger t (right_before: "Eisai
 * Co. said", "ZDNet covered"), the last such; NULL when none. */
static const mention *named_right_before(const parts *p, const trig *t)
{
    const mention *found = NULL;
    for (size_t i = 0; i < p->mentions.n; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        if (m->end <= t->pos && right_before(p, m->end, t->pos))
            found = m;
    }
    return found;
}

/* English: "..., public broadcaster NHK said, but ..." or "..., NHK
 * reported.": the name m right before hearsay verb t closes the
 * sentence's account, after a comma and at most three lower-case words
 * that describe it, the verb followed by a comma, a full stop or the end
 * (not "Two days later, Wired stated that ...": what follows is its).
 * The account is m's, whatever the sentence is about. */
static bool trailing_credit(const parts *p, const mention *m, const trig *t)
{
    const char *s = p->s->text;
    size_t b = m->pos, e = t->end;
    if (e < p->s->len && s[e] != ',' && s[e] != '.')
        return false;
    for (int words = 0;; words++) {
        if (b >= 2 && s[b - 1] == ' ' && s[b - 2] == ',')
            return true;
        if (words == 3 || b < 2 || s[b - 1] != ' ')
            return false;
        b--; /* a lower-case word before the space, if any */
        while (b > 0 && s[b - 1] >= 'a' && s[b - 1] <= 'z')
            b--;
    }
}

/* English: "..., says Reuters." -- the credit after its verb: the name
 * right after hearsay verb t, after a comma before the verb, closes the
 * sentence (a full stop or the end after it).  The name; NULL when t is
 * no such credit. */
static const mention *inverted_credit(const parts *p, const trig *t)
{
    const char *s = p->s->text;
    size_t n = p->s->len;
    if (t->pos < 2 || t->end >= n || s[t->pos - 1] != ' ' ||
        s[t->pos - 2] != ',' || s[t->end] != ' ')
        return NULL;
    for (size_t i = 0; i < p->mentions.n; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        if (m->pos == t->end + 1 &&
            (m->end == n || (s[m->end] == '.' && m->end + 1 >= n)))
            return m;
    }
    return NULL;
}

/* 「防衛省では、NTTコムからは…5月13日に報告を受けた」「金融庁は同社から報告を
 * 受けた」: report received t was told to an authority, the last subject
 * before the teller (は, では, が), by the teller marked から (or からは),
 * the last name before t in its clause (what it told may stand between:
 * 「不正アクセスについて」): the teller's notification.  The teller; NULL
 * when t is no such report. */
static const mention *told_authority(ctx *c, const parts *p, const trig *t)
{
    static const char kara[] = "\xe3\x81\x8b\xe3\x82\x89"; /* から */
    const mention *m = last_in_clause(p, t);
    if (!m || !draft_at(p->s->text, p->s->len, m->end, kara))
        return NULL;
    const mention *told = NULL;
    for (const mention *a = (const mention *)p->mentions.v; a < m; a++)
        if (a->subject)
            told = a;
    return told && draft_oversees(c, told->org) ? m : NULL;
}

/* Trigger t is a deed only the police do (draft_cues.tsv police_act). */
static bool police_act(const parts *p, const trig *t)
{
    return draft_hit_over(p, CUE_POLICE_ACT, t->pos, t->end);
}

/* The police whose deed t is: the last police named before it in its
 * sentence, else the last the source named, else the police. */
static long police_for(ctx *c, const reader *r, const parts *p, const trig *t)
{
    long pol = r->last_kind[ORG_POLICE];
    for (size_t i = 0; i < p->mentions.n; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        if (m->end <= t->pos && draft_is_kind(c, m->org, ORG_POLICE))
            pol = m->org;
    }
    return pol >= 0 ? pol : draft_the_police(c);
}

/* Japanese: a cleft that names after のは whom the attack of trigger t
 * hit (「サイバー攻撃を受けたのは、鳴門市にある…病院です」,
 * draft_cleft_focus): the first organisation named after のは that is no
 * informant, outlet, authority, attacker or mere place; -1 when none. */
static long cleft_subject(ctx *c, const parts *p, const trig *t)
{
    const draft_sentence *s = p->s;
    size_t at = draft_cleft_focus(p, t);
    if (!at)
        return -1;
    for (size_t i = 0; i < p->mentions.n; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        if (m->pos < at || m->informant || !m->named || m->modifier ||
            draft_is_media(c, m->org) || draft_oversees(c, m->org) ||
            draft_is_attacker(c, m->org))
            continue;
        /* 「徳島県鳴門市にある…病院」: a place that only says where the
         * one named next is */
        if (mt_starts_with(s->text + m->end, s->len - m->end,
                           "\xe3\x81\xab\xe3\x81\x82")) /* にあ */
            continue;
        return m->org;
    }
    return -1;
}

/* The event type trigger t stands for, with its organisation in *oi;
 * -1 when it stands for none. */
int draft_trig_type(ctx *c, const reader *r, const parts *p, const trig *t,
                    long *oi)
{
    if (t->type == TRIG_HEARSAY) {
        /* "BlackSuit says it stole data from X": what a group says of
         * the attack is its claim; "NHK reported that": another outlet's
         * report; anyone else's hearsay dates nothing. */
        long who = draft_report_subject(c, r, p, t->pos);
        /* "When ZDNet covered the news on 21 April, ...": the outlet
         * named right before the verb reported, whoever the passage is
         * about (the subject rules pass over outlets, which are more
         * often informants than actors); only with the day it gives
         * ("Wired stated that attacks are accelerating in 2024" is an
         * opinion, not a report of the incident); or closing what the
         * sentence tells ("..., public broadcaster NHK said."); or with
         * a verb of reporting ("the Kiri Star reported that 280,000 were
         * affected": its report, of the source's day unless another
         * source tells when). */
        const mention *rb = r->ja ? NULL : named_right_before(p, t);
        bool after = dated_right_after(p, t),
             dated = !r->ja && (after || (rb && dated_opening(p, rb)));
        if (rb && !rb->informant && draft_is_media(c, rb->org) &&
            (dated || t->press || (!r->ja && trailing_credit(p, rb, t))))
            who = rb->org;
        /* "..., says Reuters.": the outlet's report likewise. */
        const mention *ra = r->ja ? NULL : inverted_credit(p, t);
        if (ra && !ra->informant && draft_is_media(c, ra->org))
            who = ra->org;
        /* "As ZDNet reported on Monday" in ZDNet's own piece: its earlier
         * report, of the day it gives. */
        if (who >= 0 && !t->negated &&
            (draft_quoted_outlet(c, r, who) ||
             (draft_is_media(c, who) && after))) {
            *oi = who;
            return MT_EVENT_MEDIA_REPORT;
        }
        /* "Kiri Clinic said on Monday": an organisation's statement of
         * a day it gives, named right before its verb, is its disclosure
         * (undated, "X said" is as often a quote of an old statement). */
        if (who >= 0 && !t->negated && dated && rb && rb->org == who &&
            !draft_is_attacker(c, who) && !draft_is_media(c, who) &&
            !draft_oversees(c, who) && !draft_is_kind(c, who, ORG_VENDOR)) {
            *oi = who;
            return MT_EVENT_DISCLOSURE;
        }
        if (who < 0 || t->negated || !draft_is_attacker(c, who))
            return -1;
        /* The group's own verb, not one in a clause about something it
         * did ("posted files it said were taken"). */
        size_t at = 0;
        for (size_t i = 0; i < p->mentions.n; i++) {
            const mention *m = (const mention *)p->mentions.v + i;
            if (m->org == who && m->end <= t->pos && m->end > at)
                at = m->end;
        }
        if (!at || draft_event_between(p, at, t))
            return -1; /* not named here: someone else's hearsay */
        *oi = who;
        return MT_EVENT_ATTRIBUTION;
    }
    if (names_measure(p, t))
        return -1;
    /* "The Karasu claim was spotted ... on May 2": the claim is
     * told by the verb after it (draft_claim_seen), dated there. */
    if (!r->ja && t->type == MT_EVENT_ATTRIBUTION && draft_seen_later(p, t))
        return -1;
    long who = t->report ? draft_report_subject(c, r, p, t->pos)
                         : draft_subject_at(c, r, p, t->pos);
    if (r->ja && !t->report && t->type == MT_EVENT_INTRUSION_START) {
        long cl = cleft_subject(c, p, t);
        if (cl >= 0)
            who = cl;
    }
    /* 「その後の捜査でほかの29人も立件した」 in a story about the victim:
     * a deed only the police do is theirs, whoever the passage is about. */
    bool pact = police_act(p, t);
    if (who >= 0 && !draft_oversees(c, who) && !draft_is_authority(c, who) &&
        pact)
        who = police_for(c, r, p, t);
    bool auth = draft_oversees(c, who);
    int type = t->type;
    /* 「警視庁が2名を逮捕」, "was arrested": the arrest is a step of the
     * police's investigation (the one arrested is an attribution, read
     * elsewhere). */
    if (type == MT_EVENT_OTHER && !t->negated &&
        draft_is_kind(c, who, ORG_POLICE) && pact)
        type = MT_EVENT_INVESTIGATION;
    const mention *teller = t->told ? told_authority(c, p, t) : NULL;
    if (teller && !t->negated) {
        *oi = teller->org;
        return MT_EVENT_NOTIFICATION;
    }
    bool no_harm = false;
    if (type == TRIG_MISUSE) {
        /* 「二次被害は確認されていない」, "no misuse has been found" (only
         * negated ones are left, trigs.c): no harm done with the data so
         * far, which alone says nothing of whether it leaked, an entry of
         * its own.  Beside a leak word (「流出は認めたが、悪用は見つかっ
         * ていない」) it denies the harm the leak could do, the leak
         * denied as far as it goes. */
        if (leak_in_sentence(p, t)) {
            type = MT_EVENT_LEAK_DENIED;
        } else {
            type = MT_EVENT_OTHER;
            no_harm = true;
        }
    }
    /* "No unauthorized access has been found", "no sign that intruders
     * accessed its servers": access to systems not found denies a leak as
     * far as it goes ("without safeguards against unauthorized access"
     * does not: neg_no; Japanese tells it by a check, access_checked
     * below). */
    if (!r->ja && type == MT_EVENT_INTRUSION_START && t->negated && t->neg_no &&
        draft_names_access(p, t))
        type = MT_EVENT_LEAK_DENIED;
    if (type == TRIG_EXCLUDES) {
        /* 「カード情報は含まれない」, "personal information has not been
         * affected": data kept out of the leak, a denial for that data;
         * the verb alone, or of no data, tells nothing. */
        if (!t->negated || !data_in_clause(r, p, t))
            return -1;
        type = MT_EVENT_LEAK_DENIED;
    }
    if (type == TRIG_CONFIRM) {
        /* An authority's check, or a regulator's (個人情報保護委員会は…
         * 勧告と指導を行った) though no statement of it was read yet. */
        long from = -1;
        if (draft_is_kind(c, who, ORG_POLICE) && !t->negated) {
            /* 「警視庁は…詳しい状況を確認している」: the police checking
             * is their investigation (asked first: the authority hint an
             * earlier source gave them must not decide it). */
            type = MT_EVENT_INVESTIGATION;
        } else if (draft_is_authority(c, who) || draft_oversees(c, who)) {
            type = MT_EVENT_AUTHORITY_CONFIRMATION;
        } else if (r->ja && (from = authority_from(c, p, t)) >= 0) {
            who = from;
            type = MT_EVENT_AUTHORITY_CONFIRMATION;
        } else if (!r->ja && draft_own_confirmation(c, p, t, who)) {
            type = MT_EVENT_DISCLOSURE;
        } else {
            /* 攻撃を確認, 不正アクセスを受けたことを確認: the attack's
             * detection; 流出を確認: the leak itself says it. */
            const trig *b = draft_trig_before(p, t);
            if (!r->ja && draft_found_nothing(p, t))
                return -1; /* "found no evidence of unauthorized access" */
            /* "confirmed that personal data ... were compromised": the
             * leak tells it, as 「流出を確認」 does. */
            if (!r->ja && draft_data_compromised_after(p, t))
                return -1;
            /* "said it confirmed on Sunday that files on two servers had
             * been encrypted": a check with its own day, of an attack
             * or leak it tells after it: the detection of that day. */
            bool dated_check = !r->ja && !t->negated &&
                               dated_right_after(p, t) &&
                               draft_harm_after(p, t);
            if (!dated_check &&
                (!b ||
                 (b->type != MT_EVENT_INTRUSION_START &&
                  b->type != TRIG_TRACES && b->type != MT_EVENT_DETECTION)) &&
                (r->ja || !draft_en_confirms_intrusion(p, t)))
                return -1;
            type = draft_access_checked(p, b, t) ? MT_EVENT_LEAK_DENIED
                                                 : MT_EVENT_DETECTION;
        }
    } else if (type == TRIG_TRACES) {
        type = MT_EVENT_INTRUSION_START;
    } else if (t->occurs && draft_occurrence_of_intrusion(p, t)) {
        /* 「不正アクセスは15日に発生した」: the intrusion happened, on
         * the day its predicate takes */
        type = MT_EVENT_INTRUSION_START;
    } else if (type == MT_EVENT_INTRUSION_START && r->ja &&
               draft_detected_object(p, t)) {
        return -1; /* 不正アクセスを検知: the detection's, not an intrusion */
    } else if (type == MT_EVENT_INTRUSION_START && !r->ja &&
               draft_en_found_object(p, t)) {
        return -1;
    } else if (type == MT_EVENT_INTRUSION_START && !r->ja &&
               draft_data_passive(p, t)) {
        type = MT_EVENT_LEAK_POSSIBLE;
    } else if (type == MT_EVENT_DETECTION && !r->ja &&
               draft_found_nothing(p, t)) {
        return -1;
    }
    /* 「金融庁に障害発生を報告した」: what is told to an authority is a
     * notification, not the news of the day. */
    if (t->report && type == MT_EVENT_DISCLOSURE && told_to_authority(c, p, t))
        type = MT_EVENT_NOTIFICATION;
    if ((type == MT_EVENT_LEAK_POSSIBLE || type == MT_EVENT_LEAK_DENIED ||
         type == MT_EVENT_INTRUSION_START) &&
        draft_open_question(p, t->pos, t->end))
        return -1; /* what is being checked (「ほかにも不正なアクセスがない
                      か調査」), not yet a leak, an intrusion or none */
    if (type == MT_EVENT_LEAK_POSSIBLE || type == MT_EVENT_LEAK_DENIED) {
        mt_hedge h = draft_hedge_of(p, t->pos, r->ja);
        type =
            (t->negated || h == MT_HEDGE_DENIED || h == MT_HEDGE_NOT_CONFIRMED)
                ? MT_EVENT_LEAK_DENIED
                : MT_EVENT_LEAK_POSSIBLE;
    } else if (t->negated && !no_harm) {
        return -1;
    }
    /* 「LINEヤフーのシステムに第三者が不正アクセスした」: the system's
     * owner was attacked, whoever the sentence is about. */
    if (type == MT_EVENT_INTRUSION_START && r->ja) {
        long owner = target_owner(c, p, t);
        if (owner >= 0)
            who = owner;
    }
    if ((type == MT_EVENT_LEAK_POSSIBLE || type == MT_EVENT_LEAK_DENIED) &&
        r->ja) {
        long owner = data_owner(c, p, t);
        if (owner < 0)
            owner = announcer_of_leak(c, p, t);
        if (owner >= 0)
            who = owner;
    }
    const trig *seen = !r->ja && type == MT_EVENT_DETECTION && !t->negated
                           ? draft_claim_seen(p, t)
                           : NULL;
    if (seen)
        type = MT_EVENT_ATTRIBUTION; /* the claim, seen that day */
    long att = claim_owner(c, p, seen ? seen : t);
    if (att < 0)
        att = attacker_in(c, p);
    /* 「…公開するとシマノを脅迫」: a demand whose sentence names no
     * attacker is the one the source last named, not its object's. */
    if (att < 0 && t->demand && r->last_kind[ORG_ATTACKER] >= 0)
        att = r->last_kind[ORG_ATTACKER];
    if ((type == MT_EVENT_LEAK_POSSIBLE || type == MT_EVENT_LEAK_DENIED) &&
        who >= 0 && (who == att || draft_is_attacker(c, who))) {
        /* A leak is of the victim's data, whoever posted it (an attacker
         * named in the sentence, or one it refers to: 「彼らは…を窃取し
         * たと主張」). */
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
        /* "Found a ransom note from a crew calling itself Hibari Locker
         * and called the police": the victim found, reported
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
        return -1; /* the outlet a source cites is an informant (「読売新聞
                      が報じた」, "reported by"): draft_dated_events */
    /* An attacker discloses nothing: what it says as the subject became
     * its attribution above; a statement still left to one names it as
     * no subject (「Xを名のる組織から身代金を要求されていたことも明らか
     * にした」: the victim telling what it was asked, its own statement
     * told elsewhere) and is no entry. */
    if (type == MT_EVENT_DISCLOSURE && draft_is_attacker(c, who))
        return -1;
    *oi = who;
    return who >= 0 ? type : -1;
}
