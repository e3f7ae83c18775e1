/*
 * Reading one sentence into its parts (stage.h): the cue words
 * (data/draft_cues.tsv, found by hits.c), the organisations named or
 * referred to, the event triggers (trigs.c) and the dates.  Nothing here
 * decides what happened when; events.c and claims.c do, from the parts.
 */
#include "draft/stage.h"

#include "core/buf.h"
#include "core/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How long the words between "subsidiary of" and the name it links may
 * be (bytes). */
#define LINK_DESCRIBES 32

bool draft_after_link(const parts *p, size_t pos)
{
    static const char *const joins[] = {
        "", "\xe3\x81\xae",                      /* の */
        "\xe3\x80\x8c",                          /* 「 */
        "\xe3\x81\xa7\xe3\x81\x82\xe3\x82\x8b"}; /* である */
    const char *t = p->s->text;
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind != CUE_LINK || h->end > pos)
            continue;
        for (size_t k = 0; k < MT_ARRAY_LEN(joins); k++) {
            size_t l = strlen(joins[k]);
            if (h->end + l == pos && memcmp(t + h->end, joins[k], l) == 0)
                return true;
        }
        /* "a unit of the telecoms group Hibari Telephone Corp.": of,
         * then a few words that describe the name, no punctuation
         * between. */
        size_t of = h->end;
        if (pos >= of + 4 && pos - of <= 4 + LINK_DESCRIBES &&
            memcmp(t + of, " of ", 4) == 0) {
            bool plain = true;
            for (size_t b = of + 4; b < pos && plain; b++)
                plain = t[b] != ',' && t[b] != '.' && t[b] != ';' &&
                        (unsigned char)t[b] < 0x80;
            if (plain)
                return true;
        }
    }
    return false;
}

/* A cue of value "media" makes an outlet an informant, nobody else
 * (「金融庁の問い合わせに対し」, "in a statement to the Tokyo Stock
 * Exchange": a reply to an overseer, no outlet's report). */
static bool informs_of(const hit *h, bool media)
{
    return media || strcmp(h->value, "media") != 0;
}

/* A Japanese informant: the name is followed by によると, の取材に, ...
 * (possibly after a short role word: 広報によると). */
static bool informant_after(const parts *p, size_t end, bool media)
{
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind == CUE_INFORMANT && h->pos >= end && h->pos <= end + 9 &&
            informs_of(h, media))
            return true;
    }
    return false;
}

/* English words that say what kind of source a name is, between an
 * informant cue and the name: s[a, b) holds at most four words of ASCII
 * letters, each lower case or a compound with a hyphen ("a report by
 * UK-based tech website Kiri News", "according to security firm ESET");
 * a capital word alone would be a name of its own. */
static bool describes_source(const parts *p, size_t a, size_t b)
{
    const char *s = p->s->text;
    int words = 0;
    /* (nor a clause, a list or a phrase of its own: draft_cues.tsv
     * not_description, "told the publication that Kiri's ...") */
    if (b - a > 40 || (b > a && draft_hit_in(p, CUE_NOT_DESCRIPTION, a, b - 1)))
        return false;
    for (size_t i = a; i < b;) {
        while (i < b && s[i] == ' ')
            i++;
        if (i == b)
            break;
        bool lower = true, hyphen = false;
        for (; i < b && s[i] != ' '; i++) {
            char ch = s[i];
            if (ch == '-')
                hyphen = true;
            else if (ch >= 'A' && ch <= 'Z')
                lower = false;
            else if (ch < 'a' || ch > 'z')
                return false;
        }
        if ((!lower && !hyphen) || ++words > 4)
            return false;
    }
    return true;
}

/* An English informant: "according to" just before the name, or before
 * words that describe it, the last of them a source noun (draft_cues.tsv
 * source_noun: "tech website Kiri News"; not "told reporters Kiri Bank was
 * breached", whose name begins what was told). */
static bool informant_before(const parts *p, size_t pos, bool media)
{
    bool described = false;
    for (size_t i = 0; i < p->hits.n && !described; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        described = h->kind == CUE_SOURCE_NOUN && h->end + 1 == pos &&
                    p->s->text[h->end] == ' ';
    }
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind == CUE_INFORMANT_PRE && h->end <= pos &&
            (h->end + 6 >= pos ||
             (described && describes_source(p, h->end, pos))) &&
            informs_of(h, media))
            return true;
    }
    return false;
}

size_t draft_after_paren(const draft_sentence *s, size_t end)
{
    return mt_paren_end(s->text, s->len, end, 89);
}

/* Byte pos of s lies inside a pair that opens with `ascii_open` (0: none)
 * or the three-byte `open` and closes with `ascii_close` or `close`. */
static bool inside_pair(const draft_sentence *s, size_t pos, char ascii_open,
                        const char *open, char ascii_close, const char *close)
{
    int depth = 0;
    for (size_t i = 0; i < pos && i < s->len; i++) {
        if ((ascii_open && s->text[i] == ascii_open) ||
            (i + 3 <= s->len && memcmp(s->text + i, open, 3) == 0))
            depth++;
        else if (((ascii_close && s->text[i] == ascii_close) ||
                  (i + 3 <= s->len && memcmp(s->text + i, close, 3) == 0)) &&
                 depth > 0)
            depth--;
    }
    return depth > 0;
}

bool draft_in_paren(const draft_sentence *s, size_t pos)
{
    return inside_pair(s, pos, '(', "\xef\xbc\x88", ')', /* （ */
                       "\xef\xbc\x89");                  /* ） */
}

bool draft_in_quote(const draft_sentence *s, size_t pos)
{
    return inside_pair(s, pos, 0, "\xe3\x80\x8c", 0, /* 「 */
                       "\xe3\x80\x8d");              /* 」 */
}

/* 「警視庁組織犯罪対策特別捜査隊は」「大阪府警サイバー犯罪対策課が」:
 * a section's name right after an organisation's, kanji and katakana
 * alone up to a unit_after word and a subject particle; where that
 * particle stands, else at. */
static size_t after_unit(const parts *p, size_t at)
{
    const char *t = p->s->text;
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind != CUE_UNIT_AFTER || h->pos < at || h->pos - at > 45 ||
            !draft_hit_at(p, h->end, CUE_SUBJECT))
            continue;
        bool run = true;
        for (size_t k = at; k < h->pos && run; k += 3) {
            unsigned cp = draft_cp3(t, p->s->len, k);
            run = draft_kanji(cp) || draft_katakana(cp);
        }
        if (run)
            return h->end;
    }
    return at;
}

/* 「NHK等の国内メディアは」, 「ツグミ運輸などの物流各社が」: a name given
 * as an example of the noun after it (など or 等, then の and a noun of
 * kanji and katakana) is one of that noun, the subject its particle
 * marks.  The particle's byte when one follows, else at. */
static size_t after_examples(const parts *p, size_t at)
{
    static const char nado[] = "\xe3\x81\xaa\xe3\x81\xa9", /* など */
        tou[] = "\xe7\xad\x89",                            /* 等 */
        no[] = "\xe3\x81\xae";                             /* の */
    const char *t = p->s->text;
    size_t n = p->s->len, i = at;
    if (draft_at(t, n, i, nado))
        i += sizeof nado - 1;
    else if (draft_at(t, n, i, tou))
        i += sizeof tou - 1;
    else
        return at;
    if (!draft_at(t, n, i, no))
        return at;
    i += sizeof no - 1;
    size_t from = i;
    while (i + 3 <= n && i - from < 30) {
        unsigned cp = draft_cp3(t, n, i);
        if (!draft_kanji(cp) && !draft_katakana(cp))
            break;
        i += 3;
    }
    return i > from && draft_hit_at(p, i, CUE_SUBJECT) ? i : at;
}

/* Mention m stands in an apposition that a comma closes before byte
 * to: ", a unit of Tsugumi Holdings," after the name it describes. */
static bool in_apposition(const parts *p, const mention *m, size_t to)
{
    const char *t = p->s->text;
    size_t k = m->pos;
    while (k > 0 && t[k - 1] != ',')
        k--;
    if (k == 0 || !memchr(t + m->end, ',', to - m->end))
        return false;
    return draft_apposition_opens(t + k, m->pos - k);
}

/* English: who speaks the quotation that byte pos lies in: the last
 * organisation the sentence names before its opening mark ('Kamome Corp.
 * wrote: "we have identified', 'Kamome said in a statement, "our'), not
 * one an apposition names ('Kamome, a unit of Tsugumi Holdings, said:'),
 * whatever the passage was about ("we" is the speaker's word).  An
 * opening curly mark opens a quotation and a closing one closes it; a straight
 * mark does either.  Else fallback. */
static long quote_speaker(const parts *p, size_t pos, long fallback)
{
    const char *t = p->s->text;
    size_t open = SIZE_MAX, q = 0;
    while (q < pos) { /* the last quotation opened before pos, unclosed */
        if (t[q] == '"') {
            open = open != SIZE_MAX ? SIZE_MAX : q;
            q++;
        } else if (mt_starts_with(t + q, p->s->len - q, "\xe2\x80\x9c")) {
            open = q; /* left double quotation mark */
            q += 3;
        } else if (mt_starts_with(t + q, p->s->len - q, "\xe2\x80\x9d")) {
            open = SIZE_MAX; /* right double quotation mark */
            q += 3;
        } else {
            q++;
        }
    }
    if (open == SIZE_MAX)
        return fallback;
    const mention *m = (const mention *)p->mentions.v;
    long best = fallback;
    for (size_t i = 0; i < p->mentions.n; i++)
        if (m[i].end <= open && !in_apposition(p, &m[i], open))
            best = m[i].org;
    return best;
}

/* Nothing but blanks from byte i to the sentence's end. */
static bool blank_from(const draft_sentence *s, size_t i)
{
    for (; i < s->len; i++)
        if (s->text[i] != ' ' && s->text[i] != '\n')
            return false;
    return true;
}

/* 「…を延期していたカシオ計算機。」: a name that ends its Japanese sentence
 * (only 。 after it) is what the sentence tells of, the subject of its
 * predicates (a lead that puts the company last). */
static bool ends_sentence(const draft_sentence *s, size_t pe)
{
    static const char stop[] = "\xe3\x80\x82"; /* 。 */
    return pe + 3 <= s->len && memcmp(s->text + pe, stop, 3) == 0 &&
           blank_from(s, pe + 3);
}

/* A subject particle of value opening (では). */
static bool opening_hit(const hit *h)
{
    return h->kind == CUE_SUBJECT && strcmp(h->value, "opening") == 0;
}

/* Only blanks come before byte pos in the sentence. */
static bool blank_before(const draft_sentence *s, size_t pos)
{
    for (size_t i = 0; i < pos; i++)
        if (s->text[i] != ' ' && s->text[i] != '\n')
            return false;
    return true;
}

/* The sentence opens with a date and には, after blanks and a
 * connective at most (data/draft_cues.tsv, kind lead: 「なお4月2日には、
 * …」): a round-up's way of lining up one case after another by its
 * day. */
static bool dated_opening(const parts *p)
{
    static const char niwa[] = "\xe3\x81\xab\xe3\x81\xaf"; /* には */
    const draft_sentence *s = p->s;
    size_t at = 0;
    while (at < s->len && (s->text[at] == ' ' || s->text[at] == '\n'))
        at++;
    const hit *lead = draft_hit_starting(p, at, CUE_LEAD);
    if (lead) {
        at = lead->end;
        if (mt_starts_with(s->text + at, s->len - at, "\xe3\x80\x81")) /* 、 */
            at += 3;
    }
    for (size_t i = 0; i < s->nspans; i++) {
        const draft_span *x = &s->spans[i];
        if (x->kind == DRAFT_DATE && x->start == at)
            return mt_starts_with(s->text + x->end, s->len - x->end, niwa);
    }
    return false;
}

/* 「防衛省では、…報告を受けた」 tells what the ministry did; 「流出したのは、
 * 楽天では…、楽天Edyでは…」 lists what each lost, and 「現時点では」 is no
 * one: a では is a subject particle only right after a name that opens
 * the sentence (draft_add_mention), and once the mentions are known the
 * other stages see only those: the others go. */
static void drop_openings(parts *p)
{
    const mention *m = (const mention *)p->mentions.v;
    hit *v = (hit *)p->hits.v;
    size_t n = 0;
    for (size_t i = 0; i < p->hits.n; i++) {
        bool keep = !opening_hit(&v[i]);
        for (size_t k = 0; k < p->mentions.n && !keep; k++)
            keep = m[k].subject &&
                   after_unit(p, draft_after_paren(p->s, m[k].end)) == v[i].pos;
        if (keep)
            v[n++] = v[i];
    }
    p->hits.n = n;
}

/* 「…購入された利用者もいたという(Eurogamer)。」: an outlet alone in
 * parentheses that close the sentence is the credit for what it says,
 * a source like 「Xによると」. */
static bool credit_paren(ctx *c, const draft_sentence *s, size_t pos,
                         size_t end, long oi)
{
    static const char open_fw[] = "\xef\xbc\x88", close_fw[] = "\xef\xbc\x89";
    static const char stop[] = "\xe3\x80\x82"; /* 。 */
    if (!draft_is_media(c, oi))
        return false;
    bool open = (pos >= 1 && s->text[pos - 1] == '(') ||
                (pos >= 3 && memcmp(s->text + pos - 3, open_fw, 3) == 0);
    size_t e = end;
    if (e < s->len && s->text[e] == ')')
        e++;
    else if (e + 3 <= s->len && memcmp(s->text + e, close_fw, 3) == 0)
        e += 3;
    else
        return false;
    if (!open)
        return false;
    bool closes = true;
    if (e + 3 <= s->len && memcmp(s->text + e, stop, 3) == 0)
        e += 3;
    else if (e < s->len && s->text[e] == '.')
        e++;
    else
        closes = false;
    if (!blank_from(s, e))
        return false;
    /* A credit closes what it credits: the sentence ends right after it
     * (「…という（ITmedia）。」) or before it, a full stop the reader does
     * not split at ("... across the U.S. (Reuters)"), or it stands alone
     * (「…と発表した。（共同）」, "... said. (Reuters)": split there);
     * after a line left unfinished it credits a picture ("Leak site
     * entry (Kiri News)"), which reports nothing. */
    static const char wide_space[] = "\xe3\x80\x80";
    size_t o = s->text[pos - 1] == '(' ? pos - 1 : pos - 3;
    for (;;) {
        if (o > 0 && s->text[o - 1] == ' ')
            o--;
        else if (o >= 3 && memcmp(s->text + o - 3, wide_space, 3) == 0)
            o -= 3;
        else
            break;
    }
    return closes || o == 0 || s->text[o - 1] == '.';
}

void draft_add_mention(ctx *c, parts *p, size_t pos, size_t end, long oi,
                       bool named)
{
    if (oi < 0)
        return;
    mention *m = draft_vec_push(&p->mentions, sizeof(mention));
    if (!m) {
        draft_oom(c);
        return;
    }
    size_t pe = after_examples(p, after_unit(p, draft_after_paren(p->s, end)));
    /* に after the name, not によ (によると, による: a source, a cause). */
    const char *txt = p->s->text;
    bool addressee =
        pe + 3 <= p->s->len && memcmp(txt + pe, "\xe3\x81\xab", 3) == 0 &&
        !(pe + 6 <= p->s->len && memcmp(txt + pe + 3, "\xe3\x82\x88", 3) == 0);
    /* A subject particle right after the name; one of value opening
     * (では) only after a name that opens the sentence (drop_openings). */
    bool subject = ends_sentence(p->s, pe), topical = false;
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->pos != pe || h->kind != CUE_SUBJECT ||
            (opening_hit(h) && !blank_before(p->s, pos)))
            continue;
        subject = true;
        topical = topical || strcmp(h->value, "topic") == 0 ||
                  strcmp(h->value, "opening") == 0;
    }
    if (named) {
        /* 「子会社のツグミ物流も」: a relation of the incident's party,
         * not another case. */
        bool related = draft_after_link(p, pos);
        org *o = draft_org_at(c, oi);
        /* も, or でも (「アルプスアルパインでも…浮上し」) */
        bool also = (topical && pe + 3 <= p->s->len &&
                     memcmp(txt + pe, "\xe3\x82\x82", 3) == 0) ||
                    (pe + 6 <= p->s->len &&
                     memcmp(txt + pe, "\xe3\x81\xa7\xe3\x82\x82", 6) == 0);
        if (also && !related)
            o->also++;
        else if (subject && !related && dated_opening(p))
            o->lined++;
        else
            o->plain++;
    }
    *m = (mention){pos,
                   end,
                   oi,
                   named,
                   subject,
                   topical,
                   draft_hit_at(p, pe, CUE_OBJECT),
                   informant_after(p, pe, draft_is_media(c, oi)) ||
                       informant_before(p, pos, draft_is_media(c, oi)) ||
                       credit_paren(c, p->s, pos, end, oi),
                   draft_in_paren(p->s, pos),
                   -1,
                   addressee,
                   false};
    /* Keep them ordered by position (insertion sort: few per sentence). */
    mention *v = (mention *)p->mentions.v;
    for (size_t i = p->mentions.n - 1; i > 0 && v[i - 1].pos > v[i].pos; i--) {
        mention t = v[i];
        v[i] = v[i - 1];
        v[i - 1] = t;
    }
}

void draft_note_recent(reader *r, long oi)
{
    size_t n = MT_ARRAY_LEN(r->recent), at = n - 1;
    for (size_t i = 0; i < n; i++)
        if (r->recent[i] == oi)
            at = i;
    for (size_t i = at; i > 0; i--)
        r->recent[i] = r->recent[i - 1];
    r->recent[0] = oi;
}

/* "two days later", 「3日後」: the date that many days or weeks after the
 * last day-precision date of the sentence, as a date of its own. */
static void later_date(ctx *c, parts *p, const draft_span *x)
{
    if (!x->value || !x->mod || !strstr(x->mod, "after") || !p->dates.n ||
        x->value[0] != 'P')
        return;
    const sdate *last = (const sdate *)p->dates.v + p->dates.n - 1;
    const mt_date *a = &last->date.date;
    if (!a->day || last->end > x->start)
        return;
    int64_t n = 0;
    size_t i = 1;
    while (x->value[i] >= '0' && x->value[i] <= '9' && n < 1000)
        n = n * 10 + (x->value[i++] - '0');
    if (n <= 0 || (x->value[i] != 'D' && x->value[i] != 'W') ||
        x->value[i + 1] != '\0')
        return; /* the unit letter first: "P3" ends at i */
    if (x->value[i] == 'W')
        n *= 7;
    int32_t day =
        mt_date_days_from_civil(a->year, a->month, a->day) + (int32_t)n;
    mt_date d = {0, 0, 0, 0};
    int y, m, dd;
    mt_date_civil_from_days(day, &y, &m, &dd);
    d.year = (int16_t)y;
    d.month = (uint8_t)m;
    d.day = (uint8_t)dd;
    sdate *sd = draft_vec_push(&p->dates, sizeof(sdate));
    if (!sd) {
        draft_oom(c);
        return;
    }
    *sd = (sdate){x->start, x->end, {d, 0}, false, false, false};
}

/* The date of span x is a limit: まで or までに in or after it. */
static bool deadline_at(const draft_sentence *s, const draft_span *x)
{
    static const char made[] = "\xe3\x81\xbe\xe3\x81\xa7"; /* まで */
    size_t ml = sizeof made - 1;
    if (x->end > s->len || x->end < x->start)
        return false;
    /* The span may have taken it (5月1日までに), or not.  (English "by
     * May 1" sits in what a group will do, a plan no event is read from.) */
    return draft_has_sub(s->text + x->start, x->end - x->start, made) ||
           (x->end + ml <= s->len && memcmp(s->text + x->end, made, ml) == 0);
}

/* The usable dates: a year in range, valid, not a period (2025年2月期) or
 * a fiscal year, year made right (dates.c). */
static void read_dates(ctx *c, reader *r, parts *p)
{
    const draft_sentence *s = p->s;
    bool month_seen = false;
    for (size_t i = 0; i < s->nspans && c->st == MT_OK; i++) {
        const draft_span *x = &s->spans[i];
        if (x->kind == DRAFT_DURATION) {
            later_date(c, p, x);
            continue;
        }
        if (x->kind != DRAFT_DATE || x->date.fiscal)
            continue;
        mt_date d = draft_fixed_date(r, s, x, month_seen);
        month_seen = month_seen || draft_date_has_month(s, x);
        if (d.year < 1900 || d.year > 2999 || !mt_date_valid(&d))
            continue;
        bool period = false;
        for (size_t k = 0; k < p->hits.n; k++) {
            const hit *h = (const hit *)p->hits.v + k;
            /* Right after the date, or across its end (「2月期」: the
             * date is 2月, the cue 月期); not past a comma (「27日、決算
             * とともに」: the day of what follows). */
            period =
                period || (h->kind == CUE_NOT_EVENT && h->end > x->end &&
                           h->pos <= x->end + 3 &&
                           !(h->pos > x->end &&
                             (mt_starts_with(s->text + x->end, s->len - x->end,
                                             "\xe3\x80\x81") ||
                              s->text[x->end] == ',')));
        }
        if (period)
            continue;
        sdate *sd = draft_vec_push(&p->dates, sizeof(sdate));
        if (!sd) {
            draft_oom(c);
            return;
        }
        /* Early, mid or late part of a day says nothing the format can
         * hold ("late Feb. 26" is late in the day). */
        unsigned mods = draft_mods(x->mod);
        if (d.day)
            mods &= ~(unsigned)(MT_DMOD_START | MT_DMOD_MID | MT_DMOD_END);
        *sd = (sdate){x->start,          x->end,
                      {d, mods},         draft_date_yearless(s, x),
                      deadline_at(s, x), draft_date_day_only(s, x)};
        if (draft_date_writes_year(s, x) && r->src->published.day &&
            mt_date_compare(&d, &r->src->published) > 0)
            r->outdated = true;
    }
}

/* 「県警」 alone: the police of the prefecture the source named last,
 * in this sentence before it or in an earlier one, when the alias table
 * knows it (徳島県 then 県警: 徳島県警), else the police; -1 inside a
 * name (徳島県警 itself). */
static long prefecture_police(ctx *c, const reader *r, const parts *p,
                              const hit *h)
{
    long pref = r->prefecture;
    size_t last = 0;
    for (size_t i = 0; i < p->mentions.n; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        if (m->pos < h->end && h->pos < m->end)
            return -1;
        /* (assemble.c moves r->prefecture only after the sentence) */
        if (m->named && m->end <= h->pos && m->end > last &&
            draft_org_at(c, m->org)->kind == ORG_GOVERNMENT &&
            draft_police_of(c, m->org)) {
            pref = m->org;
            last = m->end;
        }
    }
    const char *own = pref >= 0 ? draft_police_of(c, pref) : NULL;
    return own ? draft_org_get(c, own, NULL, 0) : draft_the_police(c);
}

/* 両社, both companies: the two last named companies the sources made
 * victims, else the last two named (pair[0] the later). */
static void both_companies(ctx *c, const reader *r, long pair[2])
{
    size_t k = 0;
    for (size_t i = 0; i < MT_ARRAY_LEN(r->recent) && k < 2; i++)
        if (r->recent[i] >= 0 &&
            (draft_org_at(c, r->recent[i])->hints & ROLE_HINT_VICTIM))
            pair[k++] = r->recent[i];
    if (k < 2) {
        pair[0] = r->recent[0];
        pair[1] = r->recent[1];
    }
}

/* A name a link cue can join: by name, not a source of the news, no
 * authority and no outlet. */
static bool party(ctx *c, const mention *m)
{
    return m->named && !m->informant && !draft_oversees(c, m->org) &&
           !draft_is_media(c, m->org);
}

/* The sentence has an attacker's claim or demand (an attribution or
 * extortion cue). */
static bool claim_in(const parts *p)
{
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind == CUE_EVENT && (strcmp(h->value, "attribution") == 0 ||
                                     strcmp(h->value, "other") == 0))
            return true;
    }
    return false;
}

/* One of the n words of v ends s[0..at). */
static bool word_ends(char *const *v, size_t n, const char *s, size_t at)
{
    for (size_t i = 0; i < n; i++) {
        size_t wl = strlen(v[i]);
        if (at >= wl && memcmp(s + at - wl, v[i], wl) == 0)
            return true;
    }
    return false;
}

bool draft_place_ending(const draft_orgtab *tab, const char *s, size_t n)
{
    return tab && word_ends(tab->seat_places, tab->nseat_places, s, n);
}

/* Span [a, b) lies in a parenthesis that says where a company is
 * (stage.h): one of at most 45 bytes, with nothing between its opening
 * and the span but a head word (本社) and a mark, or a place, that ends
 * in a place's last character. */
bool draft_seat_place(const draft_orgtab *tab, const draft_sentence *s,
                      size_t a, size_t b)
{
    if (!tab || !tab->nseat_places)
        return false;
    const char *t = s->text;
    size_t open = SIZE_MAX;
    for (size_t i = a; i > 0 && a - i < 45 && open == SIZE_MAX; i--) {
        if (t[i - 1] == '(')
            open = i;
        else if (i >= 3 && memcmp(t + i - 3, "（", 3) == 0)
            open = i;
        else if (t[i - 1] == ')' || (i >= 3 && memcmp(t + i - 3, "）", 3) == 0))
            return false;
    }
    if (open == SIZE_MAX || open < 2)
        return false;
    /* Before the span: nothing, a head word and at most one mark, or a
     * place (富山県 of 富山県高岡市). */
    size_t lead = a - open;
    if (lead && !word_ends(tab->seat_places, tab->nseat_places, t, a)) {
        bool head = false;
        for (size_t k = 0; k < tab->nseat_heads && !head; k++) {
            size_t hl = strlen(tab->seat_heads[k]);
            head = lead >= hl && lead <= hl + 3 &&
                   memcmp(t + open, tab->seat_heads[k], hl) == 0;
        }
        if (!head)
            return false;
    }
    for (size_t k = b; k < s->len && k < open + 45; k++) {
        size_t cl = t[k] == ')'                                        ? 1
                    : (k + 3 <= s->len && memcmp(t + k, "）", 3) == 0) ? 3
                                                                       : 0;
        if (cl)
            return word_ends(tab->seat_places, tab->nseat_places, t, k);
    }
    return false;
}

/* The organisation of kind k an anaphor at hit h stands for: the last
 * one of that kind the source named before this sentence, else the
 * passage's topic.  In English, before the source has named one, the
 * last one named before the anaphor in its own sentence comes first
 * ("Kiri Clinic Corp. was hit by ransomware, the company said on
 * Friday": a lede names its subject before the word that refers to it;
 * 「同社」 in a Japanese lede is as often the topic of the sources read
 * before). */
static long of_kind(ctx *c, const reader *r, const parts *p, const hit *h,
                    draft_org_kind k)
{
    if (r->last_kind[k] >= 0 || r->ja)
        return r->last_kind[k] >= 0 ? r->last_kind[k] : r->topic;
    long found = -1;
    for (size_t i = 0; i < p->mentions.n; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        if (m->end > h->pos || !m->named || m->informant || m->org < 0 ||
            draft_is_media(c, m->org) || draft_is_attacker(c, m->org))
            continue;
        draft_org_kind mk = draft_org_at(c, m->org)->kind;
        if (mk == k || (k == ORG_COMPANY && mk == ORG_UNKNOWN))
            found = m->org;
    }
    return found >= 0 ? found : r->topic;
}

/* Organisations named and referred to; triggers; dates. */
void draft_read_parts(ctx *c, reader *r, parts *p)
{
    const draft_sentence *s = p->s;
    draft_find_hits(c, p);
    bool headline = draft_title_case(s);
    for (size_t i = 0; i < s->nspans && c->st == MT_OK; i++) {
        const draft_span *x = &s->spans[i];
        if (x->kind == DRAFT_ORG && x->value && x->end <= s->len &&
            !(headline &&
              !draft_orgtab_find(c->in->orgtab, x->value, strlen(x->value))) &&
            !draft_seat_place(c->in->orgtab, s, x->start, x->end)) {
            long oi = draft_org_get(c, x->value, s->text + x->start,
                                    x->end - x->start);
            draft_add_mention(c, p, x->start, x->end, oi, true);
        }
    }
    /* Names the extractor does not know but the draft does (a victim's
     * own name from its statement): every name and alias of the
     * organisations seen so far, where no span covers it. */
    for (size_t o = 0; o < c->orgs.n && c->st == MT_OK; o++) {
        org *og = draft_org_at(c, (long)o);
        for (size_t k = 0; k <= og->aliases.n; k++)
            draft_mention_name(
                c, p, k ? ((char **)og->aliases.v)[k - 1] : og->name, (long)o);
    }
    /* English sentences spell Japanese names the tables do not know by
     * their reading ("Tsubaki Shokai" for ツバキ商会). */
    if (!r->ja) {
        for (size_t o = 0; o < c->orgs.n && c->st == MT_OK; o++)
            if (draft_org_at(c, (long)o)->romaji)
                draft_mention_romaji(c, p, (long)o);
    } else {
        draft_mention_loans(c, p);
        draft_mention_sha(c, p);
    }
    /* "Casio has confirmed": the first word of a company's English name
     * the draft knows (Casio Computer) stands for it, where it opens no
     * other name and is no ordinary opening word (Japan, Tokyo:
     * not_opener cues). */
    if (!r->ja)
        draft_mention_openers(c, p);
    /* The publishers of official and authority statements read later
     * (the authority's statement comes first and names the victim). */
    for (size_t i = 0; i < c->in->nsources && c->st == MT_OK; i++) {
        const draft_source *ds = &c->in->sources[i];
        if (!ds->publisher ||
            (ds->kind != MT_KIND_OFFICIAL && ds->kind != MT_KIND_AUTHORITY) ||
            draft_org_find(c, ds->publisher, strlen(ds->publisher)) >= 0 ||
            strlen(ds->publisher) < 2 ||
            !draft_has_sub(s->text, s->len, ds->publisher))
            continue;
        long oi = draft_org_get(c, ds->publisher, NULL, 0);
        if (oi >= 0)
            draft_mention_name(c, p, ds->publisher, oi);
    }
    for (size_t i = 0; i < p->hits.n && c->st == MT_OK; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind == CUE_ANAPHOR || h->kind == CUE_ANAPHOR_START) {
            long oi = -1;
            if (strcmp(h->value, "self") == 0)
                oi = r->src->kind == MT_KIND_OFFICIAL ? r->pub
                     : r->ja                          ? r->topic
                             : quote_speaker(p, h->pos, r->topic);
            else if (strcmp(h->value, "topic") == 0)
                oi = r->topic;
            else if (strcmp(h->value, "authority") == 0)
                oi = r->authority;
            else if (strcmp(h->value, "police") == 0)
                oi = prefecture_police(c, r, p, h);
            else if (strcmp(h->value, "company") == 0)
                oi = of_kind(c, r, p, h, ORG_COMPANY);
            else if (strcmp(h->value, "hospital") == 0)
                oi = of_kind(c, r, p, h, ORG_HOSPITAL);
            else if (strcmp(h->value, "university") == 0)
                oi = of_kind(c, r, p, h, ORG_UNIVERSITY);
            else if (strcmp(h->value, "government") == 0)
                oi = of_kind(c, r, p, h, ORG_GOVERNMENT);
            else if (strcmp(h->value, "other") == 0)
                oi = of_kind(c, r, p, h, ORG_OTHER);
            else if (strcmp(h->value, "attacker") == 0 ||
                     strcmp(h->value, "attacker_claim") == 0) {
                /* "the group" is the attacker only where it claims or
                 * demands; elsewhere it is as often the victim's group
                 * ("the group's operations").  Never the victim: an
                 * attacker the source has not named is the incident's
                 * unnamed one. */
                bool claiming = strcmp(h->value, "attacker_claim") == 0;
                if (claiming && !claim_in(p))
                    continue;
                oi = r->last_kind[ORG_ATTACKER];
                /* A description that claims (「ハッカー集団が…と主張」)
                 * is a group of its own; "the attackers" before any
                 * name may be the one a later clause names. */
                if (oi < 0 && claiming)
                    oi = draft_unnamed_attacker(c);
            } else if (strcmp(h->value, "both") == 0) {
                long pair[2];
                both_companies(c, r, pair);
                draft_add_mention(c, p, h->pos, h->end, pair[1], false);
                oi = pair[0];
            }
            draft_add_mention(c, p, h->pos, h->end, oi, false);
        } else if (h->kind == CUE_NAME_AFTER) {
            draft_name_after(c, p, h);
        } else if (h->kind == CUE_SUBJECT_BEFORE) {
            draft_subject_before(c, p, h);
        } else if (h->kind == CUE_ACTOR_NAME) {
            draft_actor_name(c, p, h);
        } else if (h->kind == CUE_SUSPECT) {
            draft_suspect_name(c, p, h);
        }
    }
    drop_openings(p);
    draft_places_and_units(c, p);
    draft_region_units(c, r, p);
    draft_lede_unit(c, r, p);
    draft_mention_relations(c, p, r->ja);
    /* 「NTT西日本の子会社のNTTビジネスソリューションズ」: the two names
     * a link cue joins, the nearest before it and after it in its clause,
     * are parties to the incident; neither an authority nor an outlet
     * (「中国の関連会社の社員が…総務省から指導を受けた」 links nobody),
     * nor a name in another clause ("Capcom was attacked in November, and
     * the US subsidiary of HOYA this month": a round-up's two others). */
    const mention *mv = (const mention *)p->mentions.v;
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind != CUE_LINK)
            continue;
        size_t cs = draft_clause_start(p->s, h->pos),
               ce = draft_clause_end(p->s, h->end);
        long before = -1, after = -1;
        for (size_t k = 0; k < p->mentions.n; k++) {
            if (!party(c, &mv[k]))
                continue;
            if (mv[k].end <= h->pos && mv[k].pos >= cs)
                before = mv[k].org;
            else if (mv[k].pos >= h->end && mv[k].end <= ce && after < 0)
                after = mv[k].org;
        }
        /* 「傘下のオーケー食品工業も…」: no name before the cue in its
         * clause, and the name after it is the passage topic's unit. */
        if (before < 0 && after >= 0 && r->topic >= 0 &&
            !draft_oversees(c, r->topic) && !draft_is_media(c, r->topic))
            before = r->topic;
        if (before >= 0 && after >= 0 && before != after) {
            draft_org_at(c, before)->linked = true;
            draft_org_at(c, after)->linked = true;
        }
    }
    if (c->st == MT_OK)
        draft_read_trigs(c, r, p);
    if (c->st == MT_OK)
        draft_self_told(c, r, p);
    if (c->st == MT_OK)
        read_dates(c, r, p);
}

void draft_parts_free(parts *p)
{
    free(p->hits.v);
    free(p->mentions.v);
    free(p->trigs.v);
    free(p->dates.v);
    memset(p, 0, sizeof *p);
}

/*
 * Who a statement at byte pos is about: the nearest organisation before
 * it marked as a Japanese subject (は, が), else the nearest one before
 * that is not an authority, else the passage's topic, else an authority
 * before it, else (Japanese) a marked subject after it or (English) the
 * nearest organisation after it.  Informants (によると, according to)
 * are the subject only when nobody else is and they are no outlet or
 * authority.  -1 when nobody.
 */
/* 「こと」 and a particle (を, も, が, は) in s's [a, b): a clause closed
 * as a noun (「…を始めていることも」), not 「ことし」. */
static bool koto_between(const draft_sentence *s, size_t a, size_t b)
{
    static const char *const closed[] = {
        "\xe3\x81\x93\xe3\x81\xa8\xe3\x82\x92", /* ことを */
        "\xe3\x81\x93\xe3\x81\xa8\xe3\x82\x82", /* ことも */
        "\xe3\x81\x93\xe3\x81\xa8\xe3\x81\x8c", /* ことが */
        "\xe3\x81\x93\xe3\x81\xa8\xe3\x81\xaf", /* ことは */
    };
    for (size_t k = 0; k < MT_ARRAY_LEN(closed); k++)
        if (b > a && draft_has_sub(s->text + a, b - a, closed[k]))
            return true;
    return false;
}

long draft_report_subject(ctx *c, const reader *r, const parts *p, size_t pos)
{
    /* 「Xは…Yが…と発表した」: the statement is X's. */
    const mention *m = (const mention *)p->mentions.v;
    if (r->ja) {
        for (size_t i = 0; i < p->mentions.n; i++)
            if (m[i].end <= pos && m[i].topical && !m[i].informant)
                return m[i].org;
        /* 「既に警察当局が捜査を始めていることも明らかにした」: an
         * authority marked が inside the clause こと closes (こと and a
         * particle, not ことし) is that clause's subject; the teller is
         * left out, the passage's topic.  (「取引先のXが…を受けたことを明
         * らかにした」 may be X's own telling: only authorities.) */
        long who = draft_subject_at(c, r, p, pos);
        for (size_t i = p->mentions.n; who >= 0 && r->topic >= 0 && i-- > 0;)
            if (m[i].end <= pos && m[i].org == who)
                return m[i].subject && draft_oversees(c, who) &&
                               koto_between(p->s, m[i].end, pos)
                           ? r->topic
                           : who;
        return who;
    }
    return draft_subject_at(c, r, p, pos);
}

/* Two capitalised words in a row in [from, to) of an English sentence,
 * the first not opening the sentence and not part of a name the sentence
 * has found ("Royal Mail"): a name nothing knows. */
static bool unknown_name(const parts *p, size_t from, size_t to)
{
    const draft_sentence *s = p->s;
    for (size_t i = from; i + 3 < to; i++) {
        if (i == 0 || s->text[i - 1] != ' ' || s->text[i] < 'A' ||
            s->text[i] > 'Z')
            continue;
        bool known = false;
        for (size_t k = 0; k < p->mentions.n && !known; k++) {
            const mention *m = (const mention *)p->mentions.v + k;
            known = m->pos <= i && i < m->end;
        }
        if (known)
            continue;
        size_t k = i;
        while (k < to && ((s->text[k] | 32) >= 'a' && (s->text[k] | 32) <= 'z'))
            k++;
        if (k - i >= 2 && k + 1 < to && s->text[k] == ' ' &&
            s->text[k + 1] >= 'A' && s->text[k + 1] <= 'Z')
            return true;
    }
    return false;
}

long draft_subject_at(ctx *c, const reader *r, const parts *p, size_t pos)
{
    const mention *m = (const mention *)p->mentions.v;
    size_t n = p->mentions.n;
    /* 「NEC（1月31日公表）」: a parenthesis right after a name annotates
     * that name. */
    for (size_t i = n; i-- > 0;)
        if (m[i].end <= pos && draft_after_paren(p->s, m[i].end) > pos &&
            !m[i].informant)
            return m[i].org;
    if (!r->ja) {
        /* English: the name nearest before it in its clause ("while NEC
         * said"), else the one that opens the sentence. */
        size_t cs = draft_clause_start(p->s, pos);
        for (size_t i = n; i-- > 0;)
            if (m[i].end <= pos && m[i].pos >= cs && !m[i].informant &&
                !m[i].modifier && !draft_is_media(c, m[i].org))
                return m[i].org;
        if (n && m[0].pos < 5 && m[0].end <= pos && !m[0].informant &&
            !m[0].modifier)
            return m[0].org;
        /* "the Dutch parcel carrier Kiri Post was hit in March": a name
         * no table knows is the clause's subject, not
         * the passage's topic (a round-up's other victims). */
        if (unknown_name(p, cs, pos))
            return -1;
    }
    if (r->ja)
        for (size_t i = n; i-- > 0;)
            if (m[i].end <= pos && m[i].subject && !m[i].informant)
                return m[i].org;
    for (size_t i = n; i-- > 0;)
        if (m[i].end <= pos && !draft_is_authority(c, m[i].org) &&
            !(r->ja && m[i].object) && !m[i].informant && !m[i].modifier &&
            !draft_is_media(c, m[i].org))
            return m[i].org;
    if (r->topic >= 0 && !r->topic_lead)
        return r->topic;
    /* Not a place that only says where the subject is (「鳴門市の病院が」
     * with no name for the hospital: nobody named). */
    for (size_t i = n; i-- > 0;)
        if (m[i].end <= pos && !m[i].informant && !m[i].modifier)
            return m[i].org;
    for (size_t i = 0; i < n; i++)
        if (m[i].pos >= pos && (!r->ja || m[i].subject) && !m[i].informant &&
            !m[i].modifier)
            return m[i].org;
    /* 「X社によると、…が流出した」 with nobody else: a company that tells
     * of itself.  An outlet or an authority tells of others. */
    for (size_t i = n; i-- > 0;)
        if (m[i].end <= pos && m[i].informant &&
            !draft_is_authority(c, m[i].org) && !draft_is_media(c, m[i].org))
            return m[i].org;
    return r->topic;
}

const sdate *draft_date_after(const parts *p, size_t at, size_t reach)
{
    /* p->dates is in text order: the first at or after `at` is the
     * nearest. */
    for (size_t i = 0; i < p->dates.n; i++) {
        const sdate *d = (const sdate *)p->dates.v + i;
        if (d->pos >= at)
            return d->pos - at <= reach ? d : NULL;
    }
    return NULL;
}
