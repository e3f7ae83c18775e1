/*
 * Clauses and hedges of a sentence (stage.h).  A clause ends at a comma,
 * a semicolon or a line end, or at 、 。 ， ；, except a comma that groups
 * the digits of a number; the text an entry quotes is its clause, grown
 * to whole clauses where a short one would say nothing alone.  A hedge
 * (可能性, 疑われる, "may have") belongs to the trigger of its clause
 * or, near it, of its sentence.
 */
#include "draft/stage.h"

#include "core/internal.h"

#include <stdlib.h>
#include <string.h>

/* The hedge nearest pos among those inside bytes lo..hi: Japanese puts
 * it after the trigger (one before counts four times as far), English on
 * either side. */
static mt_hedge hedge_between(const draft_sentence *s, size_t pos, bool ja,
                              size_t lo, size_t hi)
{
    const draft_span *best = NULL;
    size_t bd = 0;
    for (size_t i = 0; i < s->nspans; i++) {
        const draft_span *x = &s->spans[i];
        mt_hedge h;
        if (x->kind != DRAFT_HEDGE || !x->value || x->start < lo ||
            x->end > hi || mt_hedge_parse(&h, x->value) != MT_OK)
            continue;
        size_t d = x->start >= pos ? x->start - pos
                   : x->end >= pos ? 0 /* it covers pos */
                                   : (ja ? 4 * (pos - x->start) : pos - x->end);
        if (!best || d < bd) {
            best = x;
            bd = d;
        }
    }
    mt_hedge h = MT_HEDGE_CONFIRMED;
    if (best)
        mt_hedge_parse(&h, best->value);
    return h;
}

mt_hedge draft_hedge_near(const draft_sentence *s, size_t pos, bool ja)
{
    return hedge_between(s, pos, ja, 0, s->len);
}

mt_hedge draft_hedge_of(const parts *p, size_t pos, bool ja)
{
    size_t lo = 0, hi = p->s->len;
    for (size_t i = 0; ja && i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind != CUE_CLAUSE_CLOSE)
            continue;
        if (h->pos >= pos && h->pos < hi)
            hi = h->pos;
        else if (h->end <= pos && h->end > lo)
            lo = h->end;
    }
    return hedge_between(p->s, pos, ja, lo, hi);
}

mt_hedge draft_hedge_in_clause(const draft_sentence *s, size_t pos, bool ja)
{
    return hedge_between(s, pos, ja, draft_clause_start(s, pos),
                         draft_clause_end(s, pos));
}

static bool clause_mark(const char *t, size_t i, size_t n, size_t *len)
{
    static const char *marks[] = {"\xe3\x80\x81", "\xe3\x80\x82",
                                  "\xef\xbc\x8c", "\xef\xbc\x9b"};
    /* A comma between digits groups thousands ($30,000, 1,500 records). */
    if (t[i] == ',' && i > 0 && i + 1 < n && t[i - 1] >= '0' &&
        t[i - 1] <= '9' && t[i + 1] >= '0' && t[i + 1] <= '9')
        return false;
    if (t[i] == ',' || t[i] == ';' || t[i] == '\n') {
        *len = 1;
        return true;
    }
    for (size_t k = 0; k < MT_ARRAY_LEN(marks); k++)
        if (i + 3 <= n && memcmp(t + i, marks[k], 3) == 0) {
            *len = 3;
            return true;
        }
    return false;
}

/* Start of the clause holding byte at: the end of the last mark that
 * ends at or before it (looked for backwards: the stages ask at every
 * mention and trigger). */
size_t draft_clause_start(const draft_sentence *s, size_t at)
{
    size_t ml;
    for (size_t j = at < s->len ? at : s->len; j > 0; j--) {
        if (clause_mark(s->text, j - 1, s->len, &ml) && ml == 1)
            return j;
        if (j >= 3 && clause_mark(s->text, j - 3, s->len, &ml) && ml == 3)
            return j;
    }
    return 0;
}

/* End of the clause holding byte at (its mark excluded). */
size_t draft_clause_end(const draft_sentence *s, size_t at)
{
    size_t ml;
    for (size_t i = at; i < s->len; i++)
        if (clause_mark(s->text, i, s->len, &ml))
            return i;
    return s->len;
}

/* The clause that ends at byte to (before its mark) ends its predicate:
 * Japanese that ends in た, る, い, だ, す, う, ん (a sentence may end
 * there), not in a form that goes on (確認し、, 受け、, 講じるとともに、).
 * English clauses are whole as they are. */
static bool ends_whole(const draft_sentence *s, size_t to)
{
    static const char *const goes_on[] = {
        "\xe3\x81\xa8\xe3\x82\x82\xe3\x81\xab", /* とともに */
        "\xe3\x81\x9f\xe3\x82\x81",             /* ため */
        "\xe3\x82\x82\xe3\x81\xae\xe3\x81\xae", /* ものの */
        "\xe3\x81\x8c",                         /* が */
    };
    if (to >= s->len)
        return true;
    if (to < 3 || (unsigned char)s->text[to - 1] < 0x80)
        return (unsigned char)s->text[to - 1] < 0x80;
    for (size_t k = 0; k < MT_ARRAY_LEN(goes_on); k++) {
        size_t l = strlen(goes_on[k]);
        if (to >= l && memcmp(s->text + to - l, goes_on[k], l) == 0)
            return false;
    }
    static const char *const whole[] = {
        "\xe3\x81\x9f", "\xe3\x82\x8b", "\xe3\x81\x84", "\xe3\x81\xa0",
        "\xe3\x81\x99", "\xe3\x81\x86", "\xe3\x82\x93", "\xe3\x80\x8d", /* 」 */
    };
    for (size_t k = 0; k < MT_ARRAY_LEN(whole); k++)
        if (memcmp(s->text + to - 3, whole[k], 3) == 0)
            return true;
    return false;
}

/*
 * The statement for spans a..b of a sentence: the clauses that hold
 * them, carried on to the end of their predicate (「…を認識し、」 goes on
 * to what it did) and over a hedge that follows (…可能性がある), while it
 * fits in TEXT_MAX; the whole sentence when it fits.
 */
char *draft_clause_text(const draft_sentence *s, size_t a, size_t b)
{
    size_t from = draft_clause_start(s, a), to = draft_clause_end(s, b);
    if (to <= from)
        return draft_statement(s->text, s->len);
    size_t ml;
    while (to < s->len && !ends_whole(s, to) &&
           clause_mark(s->text, to, s->len, &ml) && s->text[to] != '\n') {
        size_t next = draft_clause_end(s, to + ml);
        if (next - from > TEXT_MAX)
            break;
        to = next;
    }
    /* The hedge after the statement (Japanese puts it last). */
    for (size_t i = 0; i < s->nspans; i++) {
        const draft_span *x = &s->spans[i];
        if (x->kind == DRAFT_HEDGE && x->start >= to && x->start < to + 30 &&
            x->end - from <= TEXT_MAX) {
            size_t e = draft_clause_end(s, x->start);
            if (e - from <= TEXT_MAX && e > to)
                to = e;
        }
    }
    return draft_statement(s->text + from, to - from);
}

bool draft_open_question(const parts *p, size_t pos, size_t end)
{
    size_t cs = draft_clause_start(p->s, pos), ce = draft_clause_end(p->s, end);
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind != CUE_QUESTION)
            continue;
        size_t reach = draft_question_reach(h->value);
        if (reach == DRAFT_QUESTION_BEFORE ? h->pos >= cs && h->end <= pos
            : reach == DRAFT_QUESTION_CLAUSE
                ? h->pos >= end && h->end <= ce
                : h->pos >= end && h->end <= end + reach)
            return true;
    }
    return false;
}
