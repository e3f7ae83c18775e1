/*
 * mt_draft_new / mt_draft_query (draft.h): load the sources from the
 * store, run the extractor over each with its publication date as the
 * reference date, cut the spans into sentences, read the other incidents'
 * authorities and attackers from their JSON models, and hand all of it to
 * draft_assemble() (assemble.c).
 */
#include "draft/draft_internal.h"

#include "core/internal.h"
#include "matome/draft.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "matome/extract.h"

/* Most sources one --query drafts from. */
#define QUERY_MAX 200

/* One text made ready for the draft (draft_internal.h). */
struct draft_prepared {
    char *text; /* the text with line wraps inside English prose made
                   spaces (same length, same offsets) */
    mt_spans *spans;
    draft_sentence *sents;
    size_t nsents;
    draft_span *spans_rel; /* every sentence's spans, relative offsets */
};

typedef struct loaded {
    mt_source *src;
    draft_prepared *prep;
} loaded;

static bool to_kind(mt_span_kind k, draft_span_kind *out)
{
    switch (k) {
    case MT_SPAN_DATE:
        *out = DRAFT_DATE;
        return true;
    case MT_SPAN_QUANTITY:
        *out = DRAFT_QUANTITY;
        return true;
    case MT_SPAN_ORG:
        *out = DRAFT_ORG;
        return true;
    case MT_SPAN_EVENT:
        *out = DRAFT_EVENT;
        return true;
    case MT_SPAN_HEDGE:
        *out = DRAFT_HEDGE;
        return true;
    case MT_SPAN_DURATION:
        *out = DRAFT_DURATION;
        return true;
    default:
        return false;
    }
}

/*
 * A copy of text where a single line break between two ASCII letters,
 * digits or sentence-internal punctuation is a space: PDF and plain-text
 * sources wrap lines inside sentences ("in May\n2018"), which would cut
 * dates and names in two.  Blank lines and breaks next to non-ASCII text
 * (Japanese, where a break is a real boundary) stay.
 */
static char *unwrap(const char *text, size_t len)
{
    char *t = malloc(len + 1);
    if (!t)
        return NULL;
    if (len)
        memcpy(t, text, len);
    t[len] = '\0';
    for (size_t i = 1; i + 1 < len; i++) {
        if (t[i] != '\n')
            continue;
        unsigned char a = (unsigned char)t[i - 1], z = (unsigned char)t[i + 1];
        bool wa = (a >= '0' && a <= '9') ||
                  ((a | 32) >= 'a' && (a | 32) <= 'z') || a == ',' || a == '-';
        bool lower_z = (z >= '0' && z <= '9') || (z >= 'a' && z <= 'z');
        bool upper_z = z >= 'A' && z <= 'Z';
        /* "Kobe\nSteel": a capitalised word continues a name. */
        size_t w = i;
        while (w > 0 && t[w - 1] != ' ' && t[w - 1] != '\n')
            w--;
        bool name = t[w] >= 'A' && t[w] <= 'Z';
        if (wa && (lower_z || (upper_z && name)))
            t[i] = ' ';
    }
    return t;
}

static mt_lang lang_of(const char *lang)
{
    if (lang && strcmp(lang, "ja") == 0)
        return MT_LANG_JA;
    if (lang && strcmp(lang, "en") == 0)
        return MT_LANG_EN;
    return MT_LANG_AUTO;
}

/*
 * The longest piece of a sentence the draft reads at once.  The stages
 * look back and forth inside a sentence (clause starts, cues around each
 * trigger), so one "sentence" of a page without sentence ends (315 kB of
 * text with no 。) would cost time quadratic in its length.  The longest
 * sentence of the real-news corpus is 4.2 kB (run-on page text); real
 * ones are far shorter.
 */
#define SENTENCE_PIECE_MAX 4096

/* Where the piece of [a, e) that starts at a ends: e when it is short,
 * else after the last clause mark (、，；, comma, semicolon, line break)
 * in its second half, else at a character boundary; never inside a span
 * (spans from j0 on, ordered by start). */
static size_t piece_end(const draft_prepared *l, size_t a, size_t e, size_t j0)
{
    if (e - a <= SENTENCE_PIECE_MAX)
        return e;
    const unsigned char *t = (const unsigned char *)l->text;
    size_t c = a + SENTENCE_PIECE_MAX, cut = 0;
    for (size_t p = c; p > a + SENTENCE_PIECE_MAX / 2 && !cut; p--)
        if (t[p - 1] == '\n' || t[p - 1] == ',' || t[p - 1] == ';' ||
            (t[p - 3] == 0xE3 && t[p - 2] == 0x80 && t[p - 1] == 0x81) ||
            (t[p - 3] == 0xEF && t[p - 2] == 0xBC &&
             (t[p - 1] == 0x8C || t[p - 1] == 0x9B))) /* 、 ， ； */
            cut = p;
    if (!cut) {
        cut = c;
        while (cut > a + 1 && (t[cut] & 0xC0) == 0x80)
            cut--;
    }
    /* A span that starts in the piece ends in it. */
    size_t n = mt_spans_count(l->spans);
    for (size_t j = j0; j < n; j++) {
        const mt_span *x = mt_spans_get(l->spans, j);
        if (x->start >= cut)
            break;
        if (x->kind != MT_SPAN_SENTENCE && x->start >= a && x->end > cut &&
            x->end <= e)
            cut = x->end;
    }
    return cut;
}

/* Spans of one source cut into its sentences, each cut again into pieces
 * of at most SENTENCE_PIECE_MAX bytes (spans are ordered by start; a span
 * belongs to the piece holding its start and must end inside it). */
static mt_status split(draft_prepared *l)
{
    size_t n = mt_spans_count(l->spans);
    l->spans_rel = calloc(n ? n : 1, sizeof *l->spans_rel);
    if (!l->spans_rel)
        return MT_ERR_NOMEM;
    /* Spans are ordered by start and sentences do not overlap: one pass,
     * j0 the first span not before the current piece. */
    size_t k = 0, used = 0, j0 = 0, prev_end = 0;
    for (size_t i = 0; i < n; i++) {
        const mt_span *s = mt_spans_get(l->spans, i);
        if (s->kind != MT_SPAN_SENTENCE)
            continue;
        size_t a = s->start;
        /* A line break between it and the sentence before. */
        bool para = k > 0 && a > prev_end &&
                    memchr(l->text + prev_end, '\n', a - prev_end) != NULL;
        prev_end = s->end;
        do {
            while (j0 < n && mt_spans_get(l->spans, j0)->start < a)
                j0++;
            size_t z = piece_end(l, a, s->end, j0);
            void *v = l->sents;
            if (!mt_grow_pow2(&v, k, sizeof *l->sents))
                return MT_ERR_NOMEM;
            l->sents = v;
            draft_sentence *ds = &l->sents[k++];
            *ds = (draft_sentence){l->text + a, z - a, l->spans_rel + used, 0,
                                   para && a == s->start};
            for (size_t j = j0; j < n; j++) {
                const mt_span *x = mt_spans_get(l->spans, j);
                if (x->start >= z)
                    break;
                draft_span_kind dk;
                /* A rate (「1人当たり」: mod per) counts nothing the
                 * incident harmed. */
                if (x->end > z || !to_kind(x->kind, &dk) ||
                    (dk == DRAFT_QUANTITY && x->mod &&
                     strcmp(x->mod, "per") == 0))
                    continue;
                draft_span *r = &l->spans_rel[used++];
                r->kind = dk;
                r->start = x->start - a;
                r->end = x->end - a;
                r->value = x->value;
                r->mod = x->mod;
                r->unit = x->unit;
                r->type = x->type;
                r->date = x->date;
                r->number = x->number;
                r->reading = x->reading;
                r->weekday = x->weekday;
                ds->nspans++;
            }
            a = z;
        } while (a < s->end);
    }
    l->nsents = k;
    return MT_OK;
}

/* Names and aliases of one role in an incident's JSON model. */
typedef struct names {
    char **v;
    size_t n;
} names;

static void collect(json_t *orgs, const char *role, names *out)
{
    size_t i;
    json_t *o;
    json_array_foreach(orgs, i, o)
    {
        const char *r = json_string_value(json_object_get(o, "role"));
        if (!r || strcmp(r, role) != 0)
            continue;
        const char *nm = json_string_value(json_object_get(o, "name"));
        json_t *al = json_object_get(o, "aliases");
        size_t want = 1 + json_array_size(al);
        char **v = realloc(out->v, (out->n + want) * sizeof *v);
        if (!v)
            return;
        out->v = v;
        if (nm && (out->v[out->n] = mt_strdup(nm)))
            out->n++;
        size_t k;
        json_t *a;
        json_array_foreach(al, k, a)
        {
            const char *s = json_string_value(a);
            if (s && (out->v[out->n] = mt_strdup(s)))
                out->n++;
        }
    }
}

typedef struct others {
    draft_incident *v;
    names *auth, *att;
    char **ids;
    size_t n;
    bool oom;
} others;

static int on_incident(const mt_incident_record *rec, void *p)
{
    others *o = p;
    if (!rec->json)
        return 0;
    json_t *root = json_loads(rec->json, 0, NULL);
    if (!root)
        return 0;
    json_t *orgs = json_object_get(root, "organizations");
    size_t n = o->n + 1;
    draft_incident *v = realloc(o->v, n * sizeof *v);
    names *a = v ? realloc(o->auth, n * sizeof *a) : NULL;
    if (v)
        o->v = v;
    if (a)
        o->auth = a;
    names *t = a ? realloc(o->att, n * sizeof *t) : NULL;
    if (t)
        o->att = t;
    char **ids = t ? realloc(o->ids, n * sizeof *ids) : NULL;
    if (ids)
        o->ids = ids;
    if (!ids || !(o->ids[o->n] = mt_strdup(rec->id))) {
        json_decref(root);
        o->oom = true;
        return 1;
    }
    memset(&o->auth[o->n], 0, sizeof(names));
    memset(&o->att[o->n], 0, sizeof(names));
    collect(orgs, "authority", &o->auth[o->n]);
    collect(orgs, "attacker", &o->att[o->n]);
    json_decref(root);
    o->n++;
    return 0;
}

static void others_free(others *o)
{
    for (size_t i = 0; i < o->n; i++) {
        for (size_t k = 0; k < o->auth[i].n; k++)
            free(o->auth[i].v[k]);
        for (size_t k = 0; k < o->att[i].n; k++)
            free(o->att[i].v[k]);
        free(o->auth[i].v);
        free(o->att[i].v);
        free(o->ids[i]);
    }
    free(o->v);
    free(o->auth);
    free(o->att);
    free(o->ids);
}

mt_status draft_prepare(draft_prepared **out, const mt_extractor *ex,
                        const char *text, size_t len, const char *lang,
                        mt_date ref, mt_error *err)
{
    *out = NULL;
    draft_prepared *p = calloc(1, sizeof *p);
    if (!p)
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    mt_extract_options eo = MT_EXTRACT_OPTIONS_INIT;
    eo.lang = lang_of(lang);
    eo.ref_date = ref;
    eo.flags = MT_EXTRACT_SENTENCES | MT_EXTRACT_MECAB;
    p->text = unwrap(text ? text : "", text ? len : 0);
    mt_status st =
        p->text ? MT_OK : mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    if (st == MT_OK)
        st = mt_extract(ex, p->text, text ? len : 0, &eo, &p->spans, err);
    if (st == MT_OK && split(p) != MT_OK)
        st = mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    if (st != MT_OK) {
        draft_prepared_free(p);
        return st;
    }
    *out = p;
    return MT_OK;
}

const draft_sentence *draft_prepared_sentences(const draft_prepared *p,
                                               size_t *n)
{
    *n = p ? p->nsents : 0;
    return p ? p->sents : NULL;
}

void draft_prepared_free(draft_prepared *p)
{
    if (!p)
        return;
    free(p->text);
    mt_spans_free(p->spans);
    free(p->sents);
    free(p->spans_rel);
    free(p);
}

/* How much of an undated text's opening lede_day_of_month reads: its
 * first three sentences and more. */
#define LEDE_BYTES 1024

/* How long the words before the date of an English dateline may be
 * (「NHK -- 」, "By Bill Toulas / "). */
#define DATELINE_PREFIX 40

/* s ends as a Japanese sentence of prose does, with 。: no headline or
 * caption (「ドコモ口座不正 県内被害、全国の約3割に」). */
static bool prose(const draft_sentence *s)
{
    size_t b = s->len;
    while (b > 0 && (s->text[b - 1] == ' ' || s->text[b - 1] == '\n'))
        b--;
    return b >= 3 && memcmp(s->text + b - 3, "\xe3\x80\x82", 3) == 0; /* 。 */
}

/* How much of a text its lede is read from: its opening, LEDE_BYTES cut
 * at a character's start (not the whole text twice). */
static size_t lede_head(const draft_text *t)
{
    size_t head = t->len < LEDE_BYTES ? t->len : LEDE_BYTES;
    while (head < t->len && head > 0 &&
           ((unsigned char)t->text[head] & 0xC0) == 0x80)
        head--;
    return head;
}

/* A reporting predicate of cues opens t[0..n): a report cue other than
 * plain hearsay (value "-", という): 明らかにした, 分かった.  Right after
 * the date only: 「11日までに報告するよう命じたと明らかにした」 tells a
 * deadline, whatever reports it further on. */
static bool reports_at(const draft_cues *cues, const char *t, size_t n)
{
    size_t nk;
    const size_t *rows = draft_cues_of(cues, CUE_REPORT, &nk);
    for (size_t i = 0; i < nk; i++) {
        size_t k = rows[i];
        if (strcmp(cues->value[k], "-") != 0 &&
            mt_starts_with(t, n, cues->word[k]))
            return true;
    }
    return false;
}

/* 「任天堂は24日、…と発表した」 opening an undated page that writes no
 * year: the day of its news, without a month.  prov is its text read
 * against a provisional reference only so that the extractor returns
 * that date: the first date of the first sentences, written as a day
 * alone and followed by a comma (「ホンダのシステムに8日、障害が発生し
 * た」: a lede tells the news of its day) or by までに (「同大が11日までに
 * 明らかにした」: what was told by the day of the news).  Its day of the
 * month, 0 when none.  A day alone followed by neither (a headline's
 * 「22日から」) is passed over. */
static int lede_day_of_month(const draft_prepared *prov, const draft_cues *cues)
{
    size_t ns;
    const draft_sentence *s = draft_prepared_sentences(prov, &ns);
    /* Three sentences of prose: headlines, repeated as page furniture
     * often is, and captions (no sentence end) do not count. */
    for (size_t k = 0, told = 0; k < ns && told < 3; k++) {
        told += prose(&s[k]);
        for (size_t i = 0; i < s[k].nspans; i++) {
            const draft_span *x = &s[k].spans[i];
            if (x->kind != DRAFT_DATE)
                continue;
            bool day_only = draft_date_day_only(&s[k], x) && x->date.day;
            /* "By" the day, as the extractor reads its までに; a deadline
             * is one too: 「17日までに報告するよう命じた」. */
            bool by = draft_mods(x->mod) & MT_DMOD_BEFORE;
            if (day_only && x->end <= s[k].len &&
                (mt_starts_with(s[k].text + x->end, s[k].len - x->end,
                                "\xe3\x80\x81") ||
                 (by &&
                  reports_at(cues, s[k].text + x->end, s[k].len - x->end))))
                return x->date.day;
            /* A headline's 「22日から通常診療」 is what the lede tells
             * of, not its day: read on; a date with a month ends it. */
            if (!day_only)
                return 0;
        }
    }
    return 0;
}

/* Span x of s is a month and day written without a year (a fiscal
 * period is none), the year read against a provisional reference. */
static bool yearless_day(const draft_sentence *s, const draft_span *x)
{
    return x->kind == DRAFT_DATE && !x->date.fiscal && x->date.day &&
           draft_date_yearless(s, x) && mt_date_valid(&x->date);
}

/* 「KADOKAWAは、6月10日17時50分時点で…と説明している」 opening an
 * undated page that writes no year: the day it tells its news of, the
 * latest month-and-day date of its first sentences (a lede leads with
 * the news of the day; earlier days in it are what led up to it), in
 * the year prov was read against.  Year 0 when none. */
static mt_date lede_month_day(const draft_prepared *prov, bool en,
                              bool prose_only)
{
    size_t ns;
    const draft_sentence *s = draft_prepared_sentences(prov, &ns);
    mt_date best = {0, 0, 0, 0};
    /* Three sentences; when `prose_only`, three of prose in Japanese:
     * the lines before the lede (「サイトアイコン」, a headline, tags) do
     * not use up the three, though their dates are read (a headline's
     * day is as often the lede's; skipping them lost two tune rows). */
    for (size_t k = 0, told = 0; k < ns && (en || !prose_only ? k : told) < 3;
         k++) {
        told += prose(&s[k]);
        for (size_t i = 0; i < s[k].nspans; i++) {
            const draft_span *x = &s[k].spans[i];
            if (!yearless_day(&s[k], x))
                continue;
            /* English: the dateline under the headline only ("NHK -- Jun
             * 21", a short line the date ends); a lede's dates are what it
             * tells. */
            if (en) {
                size_t ls = x->start;
                while (ls > 0 && s[k].text[ls - 1] != '\n')
                    ls--;
                bool ends = x->end == s[k].len || s[k].text[x->end] == '\n';
                return ends && x->start - ls <= DATELINE_PREFIX ? x->date
                                                                : best;
            }
            if (!best.year || mt_date_compare(&x->date, &best) > 0)
                best = x->date;
        }
    }
    return best;
}

/* The first day `day` on or after the latest month-and-day date that
 * full (a whole page that writes no year, read against a provisional
 * reference) writes: 「KADOKAWAは3日、…と発表した」 on a page that
 * recalls 6月8日 and 7月2日 tells the news of 7月3日 (a lede's news
 * comes after what its page recalls, within the month).  A limit
 * (「8月31日まで受け付ける」, the extractor's "before") is none of what
 * the page recalls, and no day past the latest dated source's (a week
 * on, time zones and print aside) is the news of the coverage.  Year 0
 * when there is none. */
static mt_date day_after_written(const draft_prepared *full, int day,
                                 const draft_source *ds, size_t n)
{
    size_t ns;
    const draft_sentence *s = draft_prepared_sentences(full, &ns);
    mt_date latest = {0, 0, 0, 0};
    for (size_t k = 0; k < ns; k++)
        for (size_t i = 0; i < s[k].nspans; i++) {
            const draft_span *x = &s[k].spans[i];
            if (yearless_day(&s[k], x) &&
                !(x->mod && strcmp(x->mod, "before") == 0) &&
                (!latest.year || mt_date_compare(&x->date, &latest) > 0))
                latest = x->date;
        }
    int32_t lo, hi;
    if (!latest.year || !draft_published_span(ds, n, &lo, &hi))
        return (mt_date){0, 0, 0, 0};
    mt_date e = {latest.year, latest.month, (uint8_t)day, 0};
    if (day < latest.day || !mt_date_valid(&e))
        e = draft_month_add(e, 1);
    if (!mt_date_valid(&e) ||
        mt_date_days_from_civil(e.year, e.month, e.day) > hi + 7)
        return (mt_date){0, 0, 0, 0};
    return e;
}

/* md, an opening's month and day read in own's year or before, moved
 * on by a year when it falls before own, the latest month a page writes
 * (no day): the news a lede tells comes after what the page recalls.
 * Year 0 when md is no such date.  (No limit from the dated sources: an
 * undated page is often the one that tells the later news.) */
static mt_date lede_after_written(mt_date md, mt_date own)
{
    mt_date none = {0, 0, 0, 0};
    if (!md.year || !own.year || !own.month || own.day ||
        md.year * 12 + md.month >= own.year * 12 + own.month)
        return none;
    mt_date next = {(int16_t)(md.year + 1), md.month, md.day, 0};
    if (next.year * 12 + next.month < own.year * 12 + own.month ||
        !mt_date_valid(&next))
        return none;
    return next;
}

/* The separators of a day word and the date it is (", June 7", 「（7
 * 日）」): commas, spaces and an opening bracket. */
static bool apposition_gap(const char *t, size_t a, size_t z)
{
    static const char *const seps[] = {",", " ", "(", "\xe3\x80\x81",
                                       "\xef\xbc\x88"}; /* 、 （ */
    if (a >= z)
        return false;
    while (a < z) {
        size_t k = 0;
        for (size_t i = 0; i < MT_ARRAY_LEN(seps) && !k; i++) {
            size_t n = strlen(seps[i]);
            if (a + n <= z && memcmp(t + a, seps[i], n) == 0)
                k = n;
        }
        if (!k)
            return false;
        a += k;
    }
    return true;
}

/* The day an undated page speaks on, from a day word it sets beside the
 * date it is ("The attack happened yesterday, June 7": June 8; 「昨日（7
 * 日）」): that date and the day word's distance from the page's day,
 * read in prov against ref.  Year 0 when the text has no such pair. */
static mt_date day_word_anchor(const draft_prepared *prov, mt_date ref)
{
    size_t ns;
    const draft_sentence *s = draft_prepared_sentences(prov, &ns);
    int32_t at = mt_date_days_from_civil(ref.year, ref.month, ref.day);
    for (size_t k = 0; k < ns; k++)
        for (size_t i = 0; i + 1 < s[k].nspans; i++) {
            const draft_span *x = &s[k].spans[i], *y = &s[k].spans[i + 1];
            if (x->kind != DRAFT_DATE || y->kind != DRAFT_DATE ||
                !draft_day_word(&s[k], x) || !mt_date_valid(&x->date) ||
                !y->date.day || draft_date_in_words(&s[k], y) ||
                !mt_date_valid(&y->date) ||
                !apposition_gap(s[k].text, x->end, y->start))
                continue;
            int32_t xd = mt_date_days_from_civil(x->date.year, x->date.month,
                                                 x->date.day),
                    yd = mt_date_days_from_civil(y->date.year, y->date.month,
                                                 y->date.day);
            int32_t off = xd - at;
            if (off < -2 || off > 0)
                continue; /* "tomorrow, June 9": a plan, not the page's day */
            /* A word that agrees with its date already ("the next day,
             * June 7", 「同日（7日）」: counted from the date before it, not
             * from the page's day) gives back the reference it was read
             * against: nothing learnt. */
            if (xd == yd)
                continue;
            int32_t day = yd - off;
            int yy, mm, dd;
            mt_date_civil_from_days(day, &yy, &mm, &dd);
            return (mt_date){(int16_t)yy, (uint8_t)mm, (uint8_t)dd, 0};
        }
    return (mt_date){0, 0, 0, 0};
}

/* The day of the week (0 Sunday .. 6 Saturday) of the news an opening
 * tells by weekdays alone: the latest of those dates as the provisional
 * reading placed them, each in the week before its reference ("an attack
 * that began late Saturday night ... released a statement on Tuesday":
 * Tuesday); -1 when none. */
static int lede_weekday(const draft_prepared *prov)
{
    size_t ns;
    const draft_sentence *s = draft_prepared_sentences(prov, &ns);
    int32_t latest = INT32_MIN;
    for (size_t k = 0; k < ns; k++)
        for (size_t i = 0; i < s[k].nspans; i++) {
            const draft_span *x = &s[k].spans[i];
            if (x->kind != DRAFT_DATE || !x->date.day ||
                !draft_weekday_alone(&s[k], x) || !mt_date_valid(&x->date))
                continue;
            int32_t d = mt_date_days_from_civil(x->date.year, x->date.month,
                                                x->date.day);
            latest = d > latest ? d : latest;
        }
    return latest == INT32_MIN ? -1 : mt_date_weekday(latest);
}

/* The day of weekday wd that a dated source tells as its news: the
 * first such day a dated source was published on, or the day before one
 * (the morning paper): the first coverage, which undated reposts mostly
 * are.  Year 0 when none. */
static mt_date published_on_weekday(const draft_source *ds, size_t n, int wd)
{
    mt_date best = {0, 0, 0, 0};
    for (size_t i = 0; i < n; i++) {
        const mt_date *d = &ds[i].published;
        if (!d->year || !d->day || ds[i].inferred || !mt_date_valid(d))
            continue;
        int32_t p = mt_date_days_from_civil(d->year, d->month, d->day);
        for (int32_t back = 0; back <= 1; back++) {
            int32_t x = p - back;
            if (mt_date_weekday(x) != wd)
                continue;
            int y, mo, dy;
            mt_date_civil_from_days(x, &y, &mo, &dy);
            mt_date c = {(int16_t)y, (uint8_t)mo, (uint8_t)dy, 0};
            if (!best.year || mt_date_compare(&c, &best) < 0)
                best = c;
        }
    }
    return best;
}

/* Day `day` of the one month that puts it within a week of the dated
 * sources' span: 「鳴門山上病院は21日、」 among pages of the 20th and the
 * 28th.  Coverage that runs over months (a ransomware case, then the
 * arrests half a year on) fits the day in two months or more, and a day
 * alone names none of them: year 0. */
static mt_date day_in_coverage(const draft_source *ds, size_t n, int day)
{
    int32_t lo, hi;
    mt_date found = {0, 0, 0, 0};
    if (!draft_published_span(ds, n, &lo, &hi))
        return found;
    /* Each month from the one of lo - 7 to the one of hi + 7. */
    int y, mo, dd, ly, lm;
    mt_date_civil_from_days(lo - 7, &y, &mo, &dd);
    mt_date_civil_from_days(hi + 7, &ly, &lm, &dd);
    for (mt_date e = {y, mo, day, 0};
         e.year < ly || (e.year == ly && e.month <= lm);
         e = draft_month_add(e, 1)) {
        if (mt_date_valid(&e)) {
            int32_t x = mt_date_days_from_civil(e.year, e.month, e.day);
            if (x >= lo - 7 && x <= hi + 7) {
                if (found.year)
                    return (mt_date){0, 0, 0, 0}; /* two months fit */
                found = e;
            }
        }
    }
    return found;
}

/* The dated source published on day `day` of a month nearest to the
 * middle publication date mid (the earlier of two as near): the same
 * news told by outlets that date their pages.  Year 0 when none. */
static mt_date published_on_day(const draft_source *ds, size_t n, int day,
                                mt_date mid)
{
    mt_date best = {0, 0, 0, 0};
    int32_t best_gap = 0;
    int32_t m = mt_date_days_from_civil(mid.year, mid.month, mid.day);
    for (size_t i = 0; i < n; i++) {
        const mt_date *d = &ds[i].published;
        if (!d->year || ds[i].inferred || d->day != day || !mt_date_valid(d))
            continue;
        int32_t gap = mt_date_days_from_civil(d->year, d->month, d->day) - m;
        if (gap < 0)
            gap = -gap;
        if (!best.year || gap < best_gap ||
            (gap == best_gap && mt_date_compare(d, &best) < 0)) {
            best = *d;
            best_gap = gap;
        }
    }
    return best;
}

mt_status draft_reread_undated(const mt_extractor *ex, const draft_cues *cues,
                               const draft_text *texts, draft_prepared **preps,
                               draft_source *ds, size_t n, mt_error *err)
{
    int middle = draft_middle_year(ds, n);
    mt_date mid = draft_middle_date(ds, n);
    int32_t limit = draft_written_limit(ds, n);
    int32_t first;
    draft_published_span(ds, n, &first, NULL);
    for (size_t i = 0; i < n; i++) {
        if (ds[i].published.year)
            continue;
        const mt_date own = draft_source_ref(&ds[i], limit);
        mt_date ref = own;
        bool lede = false;
        bool en = texts[i].lang && strcmp(texts[i].lang, "en") == 0;
        /* The opening read once against the middle of the dated pages'
         * days, for what follows. */
        draft_prepared *prov = NULL;
        if (mid.year && mid.day) {
            mt_status st =
                draft_prepare(&prov, ex, texts[i].text, lede_head(&texts[i]),
                              texts[i].lang, mid, err);
            if (st != MT_OK)
                return st;
        }
        /* A day word beside the date it is fixes the page's day, whatever
         * else it writes. */
        mt_date anchor = prov ? day_word_anchor(prov, mid) : (mt_date){0};
        if (anchor.year) {
            ref = anchor;
            lede = true;
        }
        /* No year of its own: the day its Japanese lede gives, if a dated
         * source was published on it, or the month and day of its opening
         * (in English, of its dateline).  Also when the latest date it
         * writes has no day (「23年4月中旬まで」, what the news is about):
         * the lede's day then is the news', in a month yet to be found. */
        if (prov && !lede && (!own.year || own.year < middle || !own.day)) {
            int day = en ? 0 : lede_day_of_month(prov, cues);
            mt_date md = lede_month_day(prov, en, false);
            int wd = lede_weekday(prov);
            ref = day ? published_on_day(ds, n, day, mid) : (mt_date){0};
            if (day && !ref.year)
                ref = day_in_coverage(ds, n, day);
            if (day && !ref.year && !own.year) {
                draft_prepared *full = NULL;
                mt_status st =
                    draft_prepare(&full, ex, texts[i].text, texts[i].len,
                                  texts[i].lang, mid, err);
                if (st != MT_OK) {
                    draft_prepared_free(prov);
                    return st;
                }
                ref = day_after_written(full, day, ds, n);
                draft_prepared_free(full);
            }
            /* No dated source of that day: a month and day of the
             * opening, on a page that writes no year at all. */
            if (!ref.year && !own.year)
                ref = md;
            /* Nor when it writes a year, unless its opening's month and
             * day fall before the latest month it writes (「2020年9月に
             * 発覚」, then 「1月19日、…逮捕した」): the news it leads
             * with is later than what it recalls, in the year after. */
            if (!ref.year && own.month && !own.day)
                ref = lede_after_written(lede_month_day(prov, en, true), own);
            /* Nor a month and day: the weekday its lede tells its news by,
             * on the day a dated source tells that news. */
            if (!ref.year && wd >= 0)
                ref = published_on_weekday(ds, n, wd);
            lede = ref.year != 0;
            /* A month it writes, when the lede dates nothing; the
             * middle of the dated pages' days when that month is of a
             * span it recalls, before them all. */
            if (!lede && own.year >= middle)
                ref = draft_before_coverage(&own, first) ? mid : own;
        }
        draft_prepared_free(prov);
        /* An older year than the dated sources' is a round-up's (「2022年
         * にも…」), no date of this one: assemble.c reads it in theirs; a
         * day past what the sources may write (the year of "Oct. 3120"
         * lent to 「1月19日」) is none either: the dossier would not
         * build. */
        int32_t lo = 0, hi = 0;
        if (!ref.year || ref.year < middle || ref.year < 1900 ||
            ref.year > 2999 || mt_date_span(&ref, &lo, &hi) != MT_OK ||
            lo > limit)
            continue;
        draft_prepared *again = NULL;
        mt_status st = draft_prepare(&again, ex, texts[i].text, texts[i].len,
                                     texts[i].lang, ref, err);
        if (st != MT_OK)
            return st;
        draft_prepared_free(preps[i]);
        preps[i] = again;
        ds[i].sentences = draft_prepared_sentences(again, &ds[i].nsentences);
        if (lede) {
            ds[i].published = ref;
            ds[i].inferred = true;
        }
    }
    return MT_OK;
}

mt_status mt_draft_new(mt_dossier **out, mt_store *store,
                       const char *const *ids, size_t nids,
                       const mt_draft_options *opts, mt_error *err)
{
    if (!out || !store || !opts || !opts->incident || !*opts->incident ||
        (!ids && nids))
        return mt_error_set(err, MT_ERR_ARG,
                            "mt_draft_new: an incident id is required");
    *out = NULL;
    if (opts->version != MT_DRAFT_OPTIONS_VERSION)
        return mt_error_set(err, MT_ERR_ARG, "unknown draft options version");
    if (nids == 0)
        return mt_error_set(err, MT_ERR_ARG, "no sources to draft from");
    mt_extractor *ex = NULL;
    mt_status st = mt_extractor_new(&ex, opts->data_dir, err);
    if (st != MT_OK)
        return st;
    draft_counts counts;
    draft_cues cues;
    st = draft_counts_load(&counts, opts->data_dir, err);
    if (st != MT_OK) {
        mt_extractor_free(ex);
        return st;
    }
    st = draft_cues_load(&cues, opts->data_dir, err);
    if (st != MT_OK) {
        draft_counts_free(&counts);
        mt_extractor_free(ex);
        return st;
    }
    draft_orgtab orgtab;
    st = draft_orgtab_load(&orgtab, opts->data_dir, err);
    if (st != MT_OK) {
        draft_cues_free(&cues);
        draft_counts_free(&counts);
        mt_extractor_free(ex);
        return st;
    }
    loaded *ls = calloc(nids, sizeof *ls);
    draft_source *ds = calloc(nids, sizeof *ds);
    others oth;
    memset(&oth, 0, sizeof oth);
    size_t n = 0;
    if (!ls || !ds)
        st = mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    for (size_t i = 0; i < nids && st == MT_OK; i++) {
        loaded *l = &ls[n];
        st = mt_store_get(store, &l->src, ids[i], 1, err);
        if (st != MT_OK)
            break;
        bool dup = false;
        for (size_t k = 0; k < n; k++)
            dup = dup || strcmp(ls[k].src->id, l->src->id) == 0;
        if (dup) {
            mt_source_free(l->src);
            l->src = NULL;
            continue;
        }
        n++;
        st = draft_prepare(&l->prep, ex, l->src->text,
                           l->src->text ? l->src->text_len : 0, l->src->lang,
                           l->src->published, err);
        if (st != MT_OK)
            break;
        draft_source *s = &ds[n - 1];
        s->id = l->src->id;
        s->url = l->src->url;
        s->publisher = l->src->publisher;
        s->title = l->src->title;
        s->lang = l->src->lang;
        s->published = l->src->published;
        s->kind = l->src->kind;
        s->sentences = draft_prepared_sentences(l->prep, &s->nsentences);
    }
    if (st == MT_OK) {
        draft_text *texts = calloc(n ? n : 1, sizeof *texts);
        draft_prepared **preps = calloc(n ? n : 1, sizeof *preps);
        if (!texts || !preps) {
            st = mt_error_set(err, MT_ERR_NOMEM, "out of memory");
        } else {
            for (size_t i = 0; i < n; i++) {
                texts[i] = (draft_text){
                    ls[i].src->text, ls[i].src->text ? ls[i].src->text_len : 0,
                    ls[i].src->lang};
                preps[i] = ls[i].prep;
            }
            st = draft_reread_undated(ex, &cues, texts, preps, ds, n, err);
            for (size_t i = 0; i < n; i++)
                ls[i].prep = preps[i];
        }
        free(texts);
        free(preps);
    }
    if (st == MT_OK)
        st = mt_store_incident_list(store, on_incident, &oth, err);
    if (st == MT_OK && oth.oom)
        st = mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    if (st == MT_OK) {
        for (size_t i = 0; i < oth.n; i++) {
            oth.v[i].id = oth.ids[i];
            oth.v[i].authorities = (const char *const *)oth.auth[i].v;
            oth.v[i].nauthorities = oth.auth[i].n;
            oth.v[i].attackers = (const char *const *)oth.att[i].v;
            oth.v[i].nattackers = oth.att[i].n;
        }
        draft_input in = {opts->incident, opts->title, ds,    n,      oth.v,
                          oth.n,          &counts,     &cues, &orgtab};
        st = draft_assemble(out, &in, err);
    }
    for (size_t i = 0; ls && i < nids; i++) {
        mt_source_free(ls[i].src);
        draft_prepared_free(ls[i].prep);
    }
    free(ls);
    free(ds);
    others_free(&oth);
    draft_counts_free(&counts);
    draft_cues_free(&cues);
    draft_orgtab_free(&orgtab);
    mt_extractor_free(ex);
    return st;
}

typedef struct hits {
    char (*ids)[MT_SOURCE_ID_LEN + 1];
    size_t n;
} hits;

static int on_hit(const mt_search_hit *hit, void *p)
{
    hits *h = p;
    if (h->n < QUERY_MAX)
        memcpy(h->ids[h->n++], hit->source->id, MT_SOURCE_ID_LEN + 1);
    return h->n >= QUERY_MAX;
}

mt_status mt_draft_query(mt_dossier **out, mt_store *store, const char *query,
                         const mt_draft_options *opts, mt_error *err)
{
    if (!out || !store || !query)
        return mt_error_set(err, MT_ERR_ARG, "mt_draft_query: NULL argument");
    *out = NULL;
    hits h = {calloc(QUERY_MAX, MT_SOURCE_ID_LEN + 1), 0};
    if (!h.ids)
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    mt_search_options so = MT_SEARCH_OPTIONS_INIT;
    so.limit = QUERY_MAX;
    mt_status st = mt_store_search(store, query, &so, on_hit, &h, err);
    if (st == MT_OK && h.n == 0)
        st =
            mt_error_set(err, MT_ERR_NOTFOUND, "no source matches '%s'", query);
    const char **ids = NULL;
    if (st == MT_OK && !(ids = calloc(h.n, sizeof *ids)))
        st = mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    if (st == MT_OK) {
        for (size_t i = 0; i < h.n; i++)
            ids[i] = h.ids[i];
        st = mt_draft_new(out, store, ids, h.n, opts, err);
    }
    free(ids);
    free(h.ids);
    return st;
}
