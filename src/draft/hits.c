/*
 * The cue words of one sentence (stage.h): every match of a word of
 * data/draft_cues.tsv, as hits ordered by position.  ASCII cues match
 * whole words in any case, and " * " in one stands for one to three
 * words of its clause ("took * offline"); a Japanese cue matches its
 * bytes, anaphor_start only as the sentence's first word, and " * " in
 * one stands for the day news puts between its words (「ことが11日、大学
 * への取材で分かった」): its hit is the tail alone, so that the date
 * stays outside the predicate, before it, as the statement's day.  Hits
 * of one cue do not overlap.
 */
#include "draft/stage.h"
#include "draft/tense.h"

#include <stdlib.h>
#include <string.h>

static unsigned char fold_byte(unsigned char b)
{
    return b >= 'A' && b <= 'Z' ? (unsigned char)(b - 'A' + 'a') : b;
}

static bool is_word_cue(const char *w)
{
    return (unsigned char)w[0] < 0x80;
}

/* Buckets of the cue search: positions keyed by their first two bytes
 * (an ASCII capital folded). */
#define KEY_BUCKETS 1024
#define NO_POS      SIZE_MAX

static unsigned pos_key(unsigned char a, unsigned char b)
{
    return (fold_byte(a) * 131u + fold_byte(b)) % KEY_BUCKETS;
}

/* Text t[0..n) is word w, any case, ending where a word ends. */
static bool word_at(const char *t, size_t n, const char *w, size_t wl)
{
    return wl <= n && draft_ascii_ieqn(t, wl, w, wl) &&
           !(draft_ascii_alnum((unsigned char)w[wl - 1]) && wl < n &&
             draft_ascii_alnum((unsigned char)t[wl]));
}

/* Byte k of s lies inside a date the extractor read ("May 3, 2020"). */
static bool in_date(const draft_sentence *s, size_t k)
{
    for (size_t i = 0; i < s->nspans; i++)
        if (s->spans[i].kind == DRAFT_DATE && s->spans[i].start <= k &&
            k < s->spans[i].end)
            return true;
    return false;
}

/* The end of a gap cue's match ("took * offline": head, one to three
 * words of the clause, tail) whose head ends at byte j of s; 0 when the
 * tail does not follow.  A word here is a run of ASCII letters, digits,
 * apostrophes and hyphens: punctuation ends the clause and the match,
 * but for a comma inside a date the extractor read ("said on May 3, 2020
 * that it was"). */
static size_t gap_match(const char *tail, size_t tl, const draft_sentence *s,
                        size_t j)
{
    for (int words = 0; words < 3; words++) {
        if (j >= s->len || s->text[j] != ' ')
            return 0;
        size_t k = j + 1;
        while (k < s->len && (draft_ascii_alnum((unsigned char)s->text[k]) ||
                              s->text[k] == '\'' || s->text[k] == '-'))
            k++;
        if (k == j + 1)
            return 0;
        if (k < s->len && s->text[k] == ',' && in_date(s, k))
            k++;
        j = k;
        if (j + 1 < s->len && s->text[j] == ' ' &&
            word_at(s->text + j + 1, s->len - j - 1, tail, tl))
            return j + 1 + tl;
    }
    return 0;
}

/* The longest run of a Japanese gap after its date, in bytes: the words
 * that say how the news came (「関係者への取材で」), a later day. */
#define JA_GAP_MAX 60

/* Where the tail of Japanese gap cue w (head, " * ", tail) ends when its
 * head ends at byte j of s, with *tail_at where it begins; 0 when it does
 * not follow.  The gap is a date the extractor read, right after the
 * head, a reading comma if one follows, and at most JA_GAP_MAX bytes of
 * the sentence: 「ことが28日分かった」, 「ことが20日にわかった」,
 * 「ことが5日、警視庁新宿署への取材で分かった」, and 「ことが11日、取引先
 * の指摘で浮上し、12日に分かった」, where a later date between is the
 * statement's (when.c statement_day takes the last). */
static size_t ja_gap_match(const char *tail, size_t tl, const draft_sentence *s,
                           size_t j, size_t *tail_at)
{
    size_t e = 0;
    for (size_t i = 0; i < s->nspans && !e; i++)
        if (s->spans[i].kind == DRAFT_DATE && s->spans[i].start == j)
            e = s->spans[i].end;
    if (!e)
        return 0;
    if (e + 3 <= s->len && memcmp(s->text + e, "\xe3\x80\x81", 3) == 0)
        e += 3; /* 、 */
    for (size_t k = e; k <= e + JA_GAP_MAX && k + tl <= s->len; k++) {
        if (memcmp(s->text + k, tail, tl) == 0) {
            *tail_at = k;
            return k + tl;
        }
        if (draft_at(s->text, s->len, k, "\xe3\x80\x82")) /* 。 */
            return 0;
    }
    return 0;
}

/* The end of cue k's match at byte i of the sentence, 0 when none, with
 * *at where its hit begins (i but for a Japanese gap cue's, at its tail):
 * whole words for ASCII cues, the sentence's first word for
 * anaphor_start; an English cue's " * " stands for one to three words:
 * "took * offline" matches "took the platform offline"; a Japanese
 * one's for a day (ja_gap_match). */
static size_t cue_at(const draft_cues *cu, size_t k, const draft_sentence *s,
                     size_t i, size_t *at)
{
    const char *w = cu->word[k];
    size_t wl = cu->len[k];
    *at = i;
    if (cu->gap[k] && !is_word_cue(w)) {
        size_t hl = cu->gap[k];
        if (i + hl > s->len || memcmp(s->text + i, w, hl) != 0)
            return 0;
        return ja_gap_match(w + hl + 3, wl - hl - 3, s, i + hl, at);
    }
    if (cu->gap[k]) { /* head, " * ", tail: the loader checked the form */
        size_t hl = cu->gap[k];
        if ((i && draft_ascii_alnum((unsigned char)s->text[i - 1])) ||
            !word_at(s->text + i, s->len - i, w, hl))
            return 0;
        return gap_match(w + hl + 3, wl - hl - 3, s, i + hl);
    }
    bool start_only = cu->kind[k] == CUE_ANAPHOR_START;
    if (i + wl > s->len ||
        (start_only ? memcmp(s->text + i, w, wl) != 0
                    : !draft_ascii_ieqn(s->text + i, wl, w, wl)))
        return 0;
    /* A word's edge is a word's edge only where the cue has one: "% of"
     * follows a digit. */
    if (is_word_cue(w) && draft_ascii_alnum((unsigned char)w[0]) && i &&
        draft_ascii_alnum((unsigned char)s->text[i - 1]))
        return 0;
    if (is_word_cue(w) && draft_ascii_alnum((unsigned char)w[wl - 1]) &&
        i + wl < s->len && draft_ascii_alnum((unsigned char)s->text[i + wl]))
        return 0;
    if (start_only) {
        size_t j = 0;
        while (j < i && (s->text[j] == ' ' || s->text[j] == '\n'))
            j++;
        if (j != i)
            return 0;
        /* 「会社は」 stands for the company, 「会社員の男」 does not: a
         * Japanese word must not go on as a longer noun. */
        if (draft_noun_char_at(s->text, s->len, i + wl))
            return 0;
    }
    return i + wl;
}

/* Hits by position, then by their cue's row in the table (which later
 * stages read first to last). */
static int cmp_hits(const void *pa, const void *pb)
{
    const hit *a = pa, *b = pb;
    if (a->pos != b->pos)
        return a->pos < b->pos ? -1 : 1;
    return (a->cue > b->cue) - (a->cue < b->cue);
}

/* Every cue word of the sentence, ordered by position.  Each cue is
 * looked for only at the positions that open with its first two bytes
 * (a chain per key, built once per sentence), not at every byte: the
 * cue table has a thousand words; a cue's matches do not overlap. */
void draft_find_hits(ctx *c, parts *p)
{
    const draft_cues *cu = c->in->cues;
    const draft_sentence *s = p->s;
    if (!cu || !s->len)
        return;
    if (c->pos_cap < s->len) {
        size_t *v = realloc(c->pos_next, s->len * sizeof *v);
        if (!v) {
            draft_oom(c);
            return;
        }
        c->pos_next = v;
        c->pos_cap = s->len;
    }
    size_t head[KEY_BUCKETS];
    for (size_t k = 0; k < KEY_BUCKETS; k++)
        head[k] = NO_POS;
    for (size_t i = s->len - 1; i + 1 > 0; i--) { /* ascending chains */
        unsigned key =
            pos_key((unsigned char)s->text[i],
                    i + 1 < s->len ? (unsigned char)s->text[i + 1] : 0);
        c->pos_next[i] = head[key];
        head[key] = i;
    }
    for (size_t k = 0; k < cu->n && c->st == MT_OK; k++) {
        if (cu->kind[k] == CUE_CONTRAST || cu->kind[k] == CUE_NOT_OPENER ||
            cu->kind[k] == CUE_OVERSEER || cu->kind[k] == CUE_NOT_SHORT ||
            cu->kind[k] == CUE_SHORT_ENDING)
            continue; /* compared with names, never looked for in text
                         (not_short's US and IT would hit every "us") */
        size_t wl = cu->len[k], from = 0;
        unsigned char w0 = (unsigned char)cu->word[k][0];
        /* A one-byte cue (a digit) has no second byte to key on. */
        size_t i =
            wl >= 2 ? head[pos_key(w0, (unsigned char)cu->word[k][1])] : 0;
        for (; i != NO_POS && i < s->len;
             i = wl >= 2 ? c->pos_next[i] : i + 1) {
            size_t at, end = i < from ? 0 : cue_at(cu, k, s, i, &at);
            if (!end)
                continue;
            hit *h = draft_vec_push(&p->hits, sizeof(hit));
            if (!h) {
                draft_oom(c);
                return;
            }
            *h = (hit){at, end, cu->kind[k], cu->value[k], k};
            from = end;
        }
    }
    if (p->hits.n > 1)
        qsort(p->hits.v, p->hits.n, sizeof(hit), cmp_hits);
}

bool draft_trig_starts_in(const parts *p, size_t from, size_t to)
{
    for (size_t i = 0; i < p->trigs.n; i++) {
        const trig *t = (const trig *)p->trigs.v + i;
        if (t->pos >= from && t->pos < to)
            return true;
    }
    return false;
}

bool draft_hit_over(const parts *p, draft_cue_kind kind, size_t pos, size_t end)
{
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind == kind && h->pos < end && pos < h->end)
            return true;
    }
    return false;
}

bool draft_hit_in(const parts *p, draft_cue_kind kind, size_t lo, size_t hi)
{
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind == kind && h->pos >= lo && h->pos <= hi)
            return true;
    }
    return false;
}

const hit *draft_hit_starting(const parts *p, size_t pos, draft_cue_kind kind)
{
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind == kind && h->pos == pos)
            return h;
    }
    return NULL;
}

bool draft_hit_at(const parts *p, size_t pos, draft_cue_kind kind)
{
    return draft_hit_starting(p, pos, kind) != NULL;
}
