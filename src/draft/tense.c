/*
 * What a clause says of its time, for when.c (tense.h): the predicates
 * that tell a statement of the present from one of the past (「調べてい
 * る」 against 「発表していた」, "is investigating" against "had said"),
 * hearsay, a statement's frame date (「Xは16日、」), and the nouns a
 * trigger describes (「流出した可能性のある情報」).
 */
#include "draft/tense.h"

#include "core/internal.h"

#include <string.h>

bool draft_deed_type(int t)
{
    return t == MT_EVENT_CONTAINMENT || t == MT_EVENT_NOTIFICATION ||
           t == MT_EVENT_INVESTIGATION;
}

/* The source's last sentence: one a stored excerpt may have cut short. */
bool draft_last_sentence(const reader *r, const draft_sentence *s)
{
    return r->src->nsentences &&
           s == &r->src->sentences[r->src->nsentences - 1];
}

/* A clause closed after its verb (clause_close cues: 「…しましたが、」)
 * lies in [from, to). */
bool draft_closed_clause_between(const parts *p, size_t from, size_t to)
{
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind == CUE_CLAUSE_CLOSE && h->pos >= from && h->end <= to)
            return true;
    }
    return false;
}

/* An as_of cue (時点) follows the date ending at byte end, a time of day
 * between at most (「7月31日15時時点で」), no comma. */
bool draft_as_of(const parts *p, size_t end)
{
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind == CUE_AS_OF && h->pos >= end && h->pos <= end + 18 &&
            !draft_has_sub(p->s->text + end, h->pos - end,
                           "\xe3\x80\x81")) /* 、 */
            return true;
    }
    return false;
}

/* The sentence tells what others reported (「…という見立てが報じられて
 * いる」): no deed the source knows of. */
bool draft_hearsay(const parts *p)
{
    for (size_t i = 0; i < p->trigs.n; i++)
        if (((const trig *)p->trigs.v)[i].type == MT_EVENT_MEDIA_REPORT)
            return true;
    return false;
}

/* Types whose state a statement reports as of its own date. */
static bool status_type(int t)
{
    return t == MT_EVENT_LEAK_POSSIBLE || t == MT_EVENT_LEAK_DENIED ||
           t == MT_EVENT_CONTAINMENT || t == MT_EVENT_NOTIFICATION ||
           t == MT_EVENT_REMEDIATION || t == MT_EVENT_DISCLOSURE ||
           t == MT_EVENT_AUTHORITY_CONFIRMATION;
}

/* As status_type, and the result of an investigation (調査結果,
 * "investigation found") or no misuse of the data found so far
 * (二次被害は確認されていない): told as of the statement that tells it. */
bool draft_status_of(const trig *t, int type)
{
    return status_type(type) || t->result || t->informs ||
           t->type == TRIG_MISUSE;
}

/* English "had" just before the trigger: a past perfect. */
bool draft_had_before(const parts *p, const trig *t)
{
    const draft_sentence *s = p->s;
    size_t from = t->pos > 10 ? t->pos - 10 : 0;
    for (size_t i = from; i + 3 <= t->pos; i++)
        if (draft_ascii_ieq(s->text + i, 3, "had") &&
            (i == 0 || s->text[i - 1] == ' ') && s->text[i + 3] == ' ')
            return true;
    return false;
}

/* The start of the word that ends right before byte at (one space
 * between), or at itself when there is none. */
static size_t word_before(const char *s, size_t at)
{
    if (at < 2 || s[at - 1] != ' ')
        return at;
    size_t w = at - 1;
    while (w > 0 && s[w - 1] >= 'a' && s[w - 1] <= 'z')
        w--;
    return w < at - 1 && (w == 0 || s[w - 1] == ' ') ? w : at;
}

/* English "have", "has", "is" or "are" before trigger t, with up to two
 * words between that qualify the state ("has restored", "are
 * investigating", "have been notified", "is currently under
 * investigation": an -ly adverb, under, still, now, being) and "working
 * to" before them ("is working to restore"); or "there is" earlier in its
 * clause. */
bool draft_now_form(const parts *p, const trig *t)
{
    static const char *const aux[] = {"have ", "has ",       "is ",
                                      "are ",  "have been ", "has been "};
    static const char *const between[] = {"under", "still", "now", "being",
                                          "already"};
    /* "there is no current evidence of loss of ...": a present state
     * told of in the trigger's clause, before it. */
    static const char *const there[] = {"there is ", "there are ",
                                        "there has been ", "there have been "};
    const char *s = p->s->text;
    size_t cs = draft_clause_start(p->s, t->pos);
    for (size_t i = cs; i < t->pos; i++)
        for (size_t k = 0; k < MT_ARRAY_LEN(there); k++) {
            size_t n = strlen(there[k]);
            if (i + n <= t->pos && draft_ascii_ieq(s + i, n, there[k]) &&
                (i == 0 || s[i - 1] == ' '))
                return true;
        }
    size_t at = t->pos;
    /* "is working to restore": the effort under way is the state. */
    static const char working[] = "working to ";
    size_t wn = sizeof working - 1;
    if (at >= wn + 1 && draft_ascii_ieq(s + at - wn, wn, working) &&
        s[at - wn - 1] == ' ')
        at -= wn;
    for (int skip = 0;; skip++) {
        for (size_t k = 0; k < MT_ARRAY_LEN(aux); k++) {
            size_t n = strlen(aux[k]);
            if (at >= n && draft_ascii_ieq(s + at - n, n, aux[k]) &&
                (at == n || s[at - n - 1] == ' '))
                return true;
        }
        size_t w = word_before(s, at);
        if (skip == 2 || w == at)
            return false;
        size_t wl = at - 1 - w;
        bool ok = wl > 2 && s[at - 2] == 'y' && s[at - 3] == 'l';
        for (size_t k = 0; k < MT_ARRAY_LEN(between) && !ok; k++)
            ok = draft_ascii_ieq(s + w, wl, between[k]);
        if (!ok)
            return false;
        at = w;
    }
}

/* A report of an earlier statement: 発表していた, 公表しており, "had". */
bool draft_reports_earlier(const parts *p, const trig *t, bool ja)
{
    const draft_sentence *s = p->s;
    const char *a = s->text + t->end;
    size_t n = s->len - t->end;
    if (ja)
        return mt_starts_with(a, n,
                              "\xe3\x81\x97\xe3\x81\xa6\xe3\x81\x84\xe3"
                              "\x81\x9f") || /* していた */
               mt_starts_with(a, n, "\xe3\x81\x97\xe3\x81\xa6\xe3\x81\x8a") ||
               /* しており */
               mt_starts_with(a, n, "\xe3\x81\xa6\xe3\x81\x84\xe3\x81\x9f");
    /* ていた */
    size_t from = t->pos > 12 ? t->pos - 12 : 0;
    for (size_t i = from; i + 3 < t->pos; i++)
        if (draft_ascii_ieq(s->text + i, 3, "had") &&
            (i == 0 || s->text[i - 1] == ' '))
            return true;
    return false;
}

/* Another trigger follows trigger t in its sentence: a predicate of its
 * own, not the hearsay that frames the whole sentence (「…と報告があった
 * という」: what the article was told, of its day). */
bool draft_trig_after(const parts *p, const trig *t)
{
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->pos >= t->end && x->type != TRIG_HEARSAY)
            return true;
    }
    return false;
}

/* 「8月23日のプレスリリースで」「3月7日の発表では」: a statement_of cue
 * after the date ending at byte e, with の (付 or 付け before it)
 * between and で or において after it: the date is the statement's. */
static bool statement_of(const parts *p, size_t e)
{
    const draft_sentence *s = p->s;
    static const char *const dated[] = {"\xe4\xbb\x98\xe3\x81\x91", /* 付け */
                                        "\xe4\xbb\x98"};            /* 付 */
    for (size_t i = 0; i < MT_ARRAY_LEN(dated); i++)
        if (mt_starts_with(s->text + e, s->len - e, dated[i])) {
            e += strlen(dated[i]);
            break;
        }
    if (!mt_starts_with(s->text + e, s->len - e, "\xe3\x81\xae")) /* の */
        return false;
    e += 3;
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind != CUE_STATEMENT_OF || h->pos != e)
            continue;
        const char *t = s->text + h->end;
        size_t n = s->len - h->end;
        if (mt_starts_with(t, n, "\xe3\x81\xa7") || /* で */
            mt_starts_with(t, n,
                           "\xe3\x81\xab\xe3\x81\x8a\xe3\x81\x84\xe3\x81\xa6"))
            return true; /* において */
    }
    return false;
}

/* Date d comes right after a name marked は or も (「Xは8日」). */
static bool topical_before(const parts *p, const sdate *d)
{
    for (size_t i = 0; i < p->mentions.n; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        if (m->topical && m->end + 3 == d->pos)
            return true;
    }
    return false;
}

/* The end of a day_part cue at byte e (「8日夜、」), else e. */
static size_t after_day_part(const parts *p, size_t e)
{
    const hit *h = draft_hit_starting(p, e, CUE_DAY_PART);
    return h ? h->end : e;
}

/* The frame: the date that opens a Japanese statement (「Xは16日、」,
 * 「16日、」, 「8月23日のプレスリリースで」) before any trigger; NULL when
 * none.  A day right after a named subject's は and before 、 is the
 * frame wherever it stands: 「…から5月、…が流出した問題で、警察庁は24
 * 日、…と発表した」 opens with background, not with its statement's
 * date. */
const sdate *draft_frame_ja(const parts *p)
{
    if (!p->dates.n)
        return NULL;
    for (size_t k = 1; k < p->dates.n; k++) {
        const sdate *d = (const sdate *)p->dates.v + k;
        const draft_sentence *s = p->s;
        size_t e = after_day_part(p, draft_after_paren(s, d->end));
        if (!d->date.date.day || d->pos < 3 ||
            memcmp(s->text + d->pos - 3, "\xe3\x81\xaf", 3) != 0 ||   /* は */
            !mt_starts_with(s->text + e, s->len - e, "\xe3\x80\x81")) /* 、 */
            continue;
        if (topical_before(p, d))
            return d;
    }
    const sdate *d = (const sdate *)p->dates.v;
    for (size_t i = 0; i < p->trigs.n; i++)
        if (((const trig *)p->trigs.v)[i].pos < d->pos)
            return NULL;
    const draft_sentence *s = p->s;
    /* 「2月26日の午後9時ごろ、」 tells when something happened, not the
     * day of a statement. */
    if (draft_has_sub(s->text + d->pos, d->end - d->pos, "\xe6\x99\x82"))
        return NULL; /* 時 */
    /* 「6日(米国時間)、」: a note on the date's time zone or weekday;
     * 「Xは8日夜、」: the part of the day of a statement (opening the
     * sentence, 「7月14日未明、」 tells when something happened). */
    size_t e = draft_after_paren(s, d->end);
    if (topical_before(p, d))
        e = after_day_part(p, e);
    if (statement_of(p, e))
        return d;
    /* 「11月11日に、…を確認したと発表した」, 「3日に、…不正アクセスを受
     * けたことを発表した」: に ties the date to the attack or the check
     * it leads to, not to the statement (「11月27日に、…要求があったこと
     * を明らかにした」 is the statement's); 「11日には、」 and 「11日、」
     * frame what follows. */
    bool ni = mt_starts_with(s->text + e, s->len - e, "\xe3\x81\xab"); /* に */
    if (ni)
        e += 3;
    bool wa = mt_starts_with(s->text + e, s->len - e, "\xe3\x81\xaf"); /* は */
    if (wa)
        e += 3;
    if (ni && !wa)
        for (size_t i = 0; i < p->trigs.n; i++) {
            const trig *t = (const trig *)p->trigs.v + i;
            if (!t->report &&
                (t->type == TRIG_CONFIRM || t->type == MT_EVENT_DETECTION ||
                 t->type == MT_EVENT_INTRUSION_START))
                return NULL;
        }
    if (mt_starts_with(s->text + e, s->len - e, "\xe3\x80\x81") || /* 、 */
        mt_starts_with(s->text + e, s->len - e, ","))
        return d;
    return NULL;
}

/* The frame of an English sentence: a date in its first clause, before
 * any trigger ("On Wednesday, ..."); NULL when none. */
const sdate *draft_frame_en(const parts *p)
{
    if (!p->dates.n)
        return NULL;
    const sdate *d = (const sdate *)p->dates.v;
    size_t ce = draft_clause_end(p->s, d->end);
    if (draft_clause_start(p->s, d->pos) != 0 || ce >= p->s->len)
        return NULL;
    /* "In a statement on Tuesday, X said ...": a statement word in an
     * opening phrase that names nobody is the frame's own. */
    bool named = false;
    for (size_t i = 0; i < p->mentions.n; i++)
        named = named || ((const mention *)p->mentions.v)[i].pos < ce;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *t = (const trig *)p->trigs.v + i;
        if (t->pos < ce && (named || !t->report))
            return NULL;
    }
    return d;
}

/* Organisation oi is referred to before pos in the sentence. */
bool draft_named_before(const parts *p, long oi, size_t pos)
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
const trig *draft_reported_by(const parts *p, const trig *t)
{
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->report && x->pos > t->pos)
            return x;
    }
    return NULL;
}

/* English: the reporting predicate before the trigger ("said that ..."). */
const trig *draft_reported_by_en(const parts *p, const trig *t)
{
    const trig *best = NULL;
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *x = (const trig *)p->trigs.v + i;
        if (x->report && x->end <= t->pos)
            best = x;
    }
    return best;
}

/* s[i] is a kanji or katakana: a noun goes on. */
bool draft_noun_char_at(const char *s, size_t n, size_t i)
{
    unsigned cp = draft_cp3(s, n, i);
    return draft_kanji(cp) || draft_katakana(cp);
}

/* Japanese: the clause of trigger t ends in a present state (「詳しく調べ
 * ている」「調査を進めています」「確認していない」「調査中だ」), the
 * predicate itself, not a description (「調べている会社」). */
bool draft_ja_now_form(const parts *p, const trig *t)
{
    static const char *const forms[] = {
        "\xe3\x81\xa6\xe3\x81\x84\xe3\x82\x8b",             /* ている */
        "\xe3\x81\xa6\xe3\x81\x84\xe3\x81\xbe\xe3\x81\x99", /* ています */
        "\xe3\x81\xa6\xe3\x81\x84\xe3\x81\xaa\xe3\x81\x84", /* ていない */
        "\xe3\x81\xa6\xe3\x81\x8a\xe3\x82\x89\xe3\x81\x9a", /* ておらず */
        "\xe4\xb8\xad\xe3\x81\xa0",                         /* 中だ */
        "\xe4\xb8\xad\xe3\x81\xa8",                         /* 中と */
        "\xe4\xb8\xad\xe3\x81\xa7\xe3\x81\x99",             /* 中です */
        "\xe4\xb8\xad\xe3\x81\xa7\xe3\x81\x82", /* 中であ: 中である, 中であり */
        "\xe4\xb8\xad\xe3\x80\x8d", /* 中」: 「現在調査中」としている */
    };
    const draft_sentence *s = p->s;
    /* from the trigger's start: its own last kana may open the form
     * (調べて|いる, 調査中|だ) */
    size_t to = t->end + 30 < s->len ? t->end + 30 : s->len;
    static const char past[] = "\xe4\xb8\xad\xe3\x81\xa7\xe3\x81\x82"
                               "\xe3\x81\xa3"; /* 中であっ */
    for (size_t i = t->pos; i < to; i++) {
        unsigned char c = (unsigned char)s->text[i];
        /* 「調査中であった」: a state then, not as of the telling */
        if (mt_starts_with(s->text + i, s->len - i, past))
            return false;
        /* 、。「」: the clause ends first */
        if (c == 0xE3 && i + 2 < s->len &&
            (unsigned char)s->text[i + 1] == 0x80 &&
            ((unsigned char)s->text[i + 2] == 0x81 ||
             (unsigned char)s->text[i + 2] == 0x82 ||
             (unsigned char)s->text[i + 2] == 0x8C ||
             (unsigned char)s->text[i + 2] == 0x8D))
            return false;
        for (size_t k = 0; k < MT_ARRAY_LEN(forms); k++) {
            size_t n = strlen(forms[k]);
            if (mt_starts_with(s->text + i, s->len - i, forms[k]))
                return !draft_noun_char_at(s->text, s->len, i + n);
        }
    }
    return false;
}

/* Negated trigger x ends a relative clause whose noun is the topic or
 * subject of the negated predicate: 「流出した情報は寄せられていない」
 * 「流出した事実は確認されていない」 deny the leak itself, where 「漏洩
 * した情報の範囲が特定されておらず」 leaves it standing (the negation is
 * the extent's).  The noun is the run of kanji and katakana after the
 * verb's ending; は, が or も follows it.  A trigger the negation does
 * not reach as a cue but a denial hedge does (「悪用された例は確認して
 * いない」) counts as negated. */
bool draft_denied_through_noun(const parts *p, const trig *x)
{
    static const char *const ends[] = {
        "\xe3\x81\x95\xe3\x82\x8c\xe3\x81\x9f", /* された */
        "\xe3\x81\x97\xe3\x81\x9f",             /* した */
    };
    static const char *const marks[] = {
        "\xe3\x81\xaf", /* は */
        "\xe3\x81\x8c", /* が */
        "\xe3\x82\x82", /* も */
    };
    const draft_sentence *s = p->s;
    mt_hedge h = x->negated ? MT_HEDGE_DENIED : draft_hedge_of(p, x->pos, true);
    if (h != MT_HEDGE_DENIED && h != MT_HEDGE_NOT_CONFIRMED)
        return false;
    for (size_t k = 0; k < MT_ARRAY_LEN(ends); k++) {
        size_t l = strlen(ends[k]), at = x->end + l;
        if (at > s->len || memcmp(s->text + x->end, ends[k], l) != 0 ||
            !draft_noun_char_at(s->text, s->len, at))
            continue;
        while (at < s->len && draft_noun_char_at(s->text, s->len, at))
            at += 3;
        for (size_t m = 0; m < MT_ARRAY_LEN(marks); m++)
            if (mt_starts_with(s->text + at, s->len - at, marks[m]))
                return true;
        return false;
    }
    return false;
}

/* Trigger x ends a relative clause: 「2月末に発生したシステム停止事案」.
 * A date before it is that clause's, not the sentence's. */
bool draft_adnominal(const parts *p, const trig *x)
{
    static const char *const ends[] = {
        "\xe3\x81\x95\xe3\x82\x8c\xe3\x81\x9f", /* された */
        "\xe3\x81\x97\xe3\x81\x9f",             /* した */
        "\xe3\x81\x95\xe3\x82\x8c\xe3\x82\x8b", /* される */
        "\xe3\x81\x99\xe3\x82\x8b",             /* する */
        "\xe3\x81\x97\xe3\x81\x9f\xe3\x81\xae", /* したの */
    };
    const draft_sentence *s = p->s;
    for (size_t k = 0; k < MT_ARRAY_LEN(ends); k++) {
        size_t l = strlen(ends[k]);
        if (x->end + l > s->len || memcmp(s->text + x->end, ends[k], l) != 0)
            continue;
        size_t at = x->end + l;
        /* 「流出した可能性がある」「侵入した形跡」「アクセスを制限する
         * 対策を講じた」: a fact noun hedges or names what the clause
         * tells, which is the statement (…可能性がある), unless の makes
         * it describe a noun (…可能性のある情報). */
        const hit *h = draft_hit_starting(p, at, CUE_FACT_NOUN);
        if (h)
            return h->end + 3 <= s->len &&
                   memcmp(s->text + h->end, "\xe3\x81\xae", 3) == 0;
        return draft_noun_char_at(s->text, s->len, at);
    }
    /* what an attack was done with, described by it: 「サイバー攻撃に使
     * われた国内のサーバーを偽名で契約」 tells the contract, not an
     * attack of the contract's days (に or で, then a tool_verb cue of
     * data/draft_cues.tsv: 使われた, 悪用された) */
    unsigned pc = draft_cp3(s->text, s->len, x->end);
    const hit *u = pc == 0x306B || pc == 0x3067 /* に, で */
                       ? draft_hit_starting(p, x->end + 3, CUE_TOOL_VERB)
                       : NULL;
    if (u)
        return draft_noun_char_at(s->text, s->len, u->end);
    /* a cue that holds its verb's ending (公表した) before a noun:
     * 「7月9日に公表したシステム障害」 */
    static const char *const held[] = {
        "\xe3\x81\x95\xe3\x82\x8c\xe3\x81\x9f", /* された */
        "\xe3\x81\x97\xe3\x81\x9f",             /* した */
    };
    for (size_t k = 0; k < MT_ARRAY_LEN(held); k++) {
        size_t l = strlen(held[k]);
        if (x->end - x->pos > l &&
            memcmp(s->text + x->end - l, held[k], l) == 0)
            return draft_noun_char_at(s->text, s->len, x->end);
    }
    return draft_noun_char_at(s->text, s->len, x->end) &&
           !draft_noun_char_at(s->text, s->len, x->pos); /* 停止事案 */
}

bool draft_period_start(const parts *p, const sdate *d)
{
    static const char *const opens[] = {
        "\xe3\x81\x8b\xe3\x82\x89", /* から */
        "\xef\xbd\x9e",             /* ～ */
        "\xe3\x80\x9c",             /* 〜 */
        "~",
        "-",
    };
    if (d->date.mods & MT_DMOD_AFTER)
        return true;
    const draft_sentence *s = p->s;
    for (size_t k = 0; k < MT_ARRAY_LEN(opens); k++)
        if (draft_at(s->text, s->len, d->end, opens[k]))
            return true;
    return false;
}

size_t draft_cleft_focus(const parts *p, const trig *x)
{
    const draft_sentence *s = p->s;
    const char *t = s->text;
    size_t i = x->end;
    bool ended = x->end >= 3 &&
                 mt_starts_with(t + x->end - 3, 3, "\xe3\x81\x9f"); /* た */
    for (size_t k = i; k < s->len && k < x->end + 24; k += 3) {
        if (mt_starts_with(t + k, s->len - k,
                           "\xe3\x81\xae\xe3\x81\xaf")) { /* のは */
            if (!(k > i || ended))
                return 0;
            k += 6;
            if (mt_starts_with(t + k, s->len - k, "\xe3\x80\x81")) /* 、 */
                k += 3;
            return k;
        }
        /* the predicate's kana, and 受 of を受けた */
        if (draft_hiragana(draft_cp3(t, s->len, k)) ||
            (k >= 3 && mt_starts_with(t + k - 3, s->len - k + 3,
                                      "\xe3\x82\x92\xe5\x8f\x97"))) /* を受 */
            continue;
        const trig *y = NULL;
        for (size_t j = 0; j < p->trigs.n && !y; j++) {
            const trig *z = (const trig *)p->trigs.v + j;
            if (z->pos == k && z != x)
                y = z;
        }
        if (!y || y->report || y->end <= k)
            return 0;
        k = y->end - 3;
    }
    return 0;
}

/* The date a topic or a cleft gives trigger x: 「不正アクセスは6月22日
 * から…行われた」 (the trigger as the topic, は, then the date) and
 * 「流出を検知したのは31日」「不正アクセスがあったのは11月28日」「攻撃を
 * 受けたのは、2月26日20時ごろ」 (its clause made a noun by の, then は and
 * the date).
 * Between the trigger and のは only its predicate (した, があった, された,
 * を受けた, or none when the cue holds its ending) and the trigger it is
 * the object of (流出を検知したのは), never a statement (「不正アクセス
 * を公表したのは10日」 dates the statement); a comma may stand before the
 * date.  A trigger after the date in its clause owns the date, unless it
 * only tells (「…行われたという」).  NULL when none. */
static const sdate *topic_date(const parts *p, const trig *x)
{
    const draft_sentence *s = p->s;
    const char *t = s->text;
    size_t at;
    if (mt_starts_with(t + x->end, s->len - x->end, "\xe3\x81\xaf")) { /* は */
        at = x->end + 3;
        if (mt_starts_with(t + at, s->len - at, "\xe3\x80\x81")) /* 、 */
            at += 3;
    } else {
        at = draft_cleft_focus(p, x);
    }
    if (!at)
        return NULL;
    const sdate *d = NULL;
    for (size_t k = 0; k < p->dates.n && !d; k++)
        if (((const sdate *)p->dates.v)[k].pos == at)
            d = (const sdate *)p->dates.v + k;
    /* 「流出したのは、<day>から…に払い戻しを受けた会員の口座番号」: what
     * leaked is the focus, and a period there is the data's. */
    if (d && draft_period_start(p, d) &&
        (x->type == MT_EVENT_LEAK_POSSIBLE || x->type == MT_EVENT_LEAK_DENIED))
        return NULL;
    size_t ce = d ? draft_clause_end(s, d->end) : 0;
    for (size_t j = 0; d && j < p->trigs.n; j++) {
        const trig *z = (const trig *)p->trigs.v + j;
        if (z->pos >= d->end && z->pos < ce && z->type != TRIG_HEARSAY)
            return NULL;
    }
    return d;
}

/* Date d counts from an event (an offset cue opens or closes it: 翌日,
 * 前月, 3日後; not 年後 inside 「2023年後半」). */
static bool counts_from(const parts *p, const sdate *d)
{
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind == CUE_OFFSET && h->pos >= d->pos && h->end <= d->end &&
            (h->pos == d->pos || h->end == d->end))
            return true;
    }
    return false;
}

/* The date trigger x's relative clause describes: 「情報漏えいを発見した
 * 2022年9月15日まで」, 「不正アクセスを確認した9月15日に」 (the verb's
 * ending, then the date), or a topic or cleft gives it (topic_date);
 * NULL when none, or when the date counts from x (an offset cue:
 * 「発覚した翌日に」 is not the discovery's day). */
const sdate *draft_date_described(const parts *p, const trig *x)
{
    const sdate *topic = topic_date(p, x);
    if (topic)
        return topic;
    static const char *const ends[] = {
        "\xe3\x81\x95\xe3\x82\x8c\xe3\x81\x9f", /* された */
        "\xe3\x81\x97\xe3\x81\x9f",             /* した */
    };
    const draft_sentence *s = p->s;
    size_t at = 0;
    /* The ending after the trigger, or in it (the cue 「確認した」). */
    if (x->end >= 3 && memcmp(s->text + x->end - 3, "\xe3\x81\x9f", 3) == 0)
        at = x->end; /* た */
    for (size_t k = 0; k < MT_ARRAY_LEN(ends) && !at; k++) {
        size_t l = strlen(ends[k]);
        if (x->end + l <= s->len && memcmp(s->text + x->end, ends[k], l) == 0)
            at = x->end + l;
    }
    for (size_t i = 0; at && i < p->dates.n; i++) {
        const sdate *d = (const sdate *)p->dates.v + i;
        if (d->pos == at)
            return counts_from(p, d) ? NULL : d;
    }
    return NULL;
}

/* Trigger x ends its predicate (「…を検知しました、」): a past tense た
 * after it before the next trigger, not ため, たい, or たこと and たの (a
 * clause made a noun: 「攻撃を受けたことを確認」 dates both).  A
 * date before such a predicate is its own; one that goes on (「確認し、」,
 * 「受け、」) passes the date to the next. */
bool draft_ends_predicate(const parts *p, const trig *x)
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
