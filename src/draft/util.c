/*
 * Small helpers every stage uses: growable arrays, citation lists, ASCII
 * comparisons, statements cut from sentences.
 */
#include "draft/stage.h"

#include "core/buf.h"
#include "core/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

void *draft_vec_push(vec *a, size_t elem)
{
    void *p = a->v;
    if (!mt_grow_pow2(&p, a->n, elem))
        return NULL;
    a->v = p;
    char *slot = (char *)p + a->n * elem;
    memset(slot, 0, elem);
    a->n++;
    return slot;
}

bool draft_cites_has(const mt_cites *c, int n)
{
    for (size_t i = 0; i < c->count; i++)
        if (c->n[i] == n)
            return true;
    return false;
}

/* Add n keeping the list sorted and without duplicates. */
mt_status draft_cites_put(mt_cites *c, int n)
{
    if (draft_cites_has(c, n))
        return MT_OK;
    mt_status st = mt_cites_add(c, n);
    if (st != MT_OK)
        return st;
    size_t i = c->count - 1;
    while (i > 0 && c->n[i - 1] > n) {
        c->n[i] = c->n[i - 1];
        i--;
    }
    c->n[i] = n;
    return MT_OK;
}

mt_status draft_cites_merge(mt_cites *to, const mt_cites *from)
{
    for (size_t i = 0; i < from->count; i++) {
        mt_status st = draft_cites_put(to, from->n[i]);
        if (st != MT_OK)
            return st;
    }
    return MT_OK;
}

bool draft_cites_disjoint(const mt_cites *a, const mt_cites *b)
{
    for (size_t i = 0; i < a->count; i++)
        if (draft_cites_has(b, a->n[i]))
            return false;
    return true;
}

void draft_cites_free(mt_cites *c)
{
    free(c->n);
    free(c->col);
    c->n = NULL;
    c->col = NULL;
    c->count = 0;
}

bool draft_ascii_ieq(const char *a, size_t n, const char *b)
{
    return draft_ascii_ieqn(a, n, b, strlen(b));
}

bool draft_ascii_ieqn(const char *a, size_t n, const char *b, size_t bn)
{
    if (bn != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = (char)(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = (char)(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

/*
 * A statement from a sentence: one line, white space runs collapsed,
 * control characters made spaces, a backslash before a bar dropped (the
 * format escapes bars itself), braces made parentheses (the format reads
 * "{...}" at the end of a claim as an annotation), at most TEXT_MAX bytes cut
 * on a character boundary, and never ending in what reads as a citation.
 */
char *draft_statement(const char *s, size_t n)
{
    mt_buf b;
    mt_buf_init(&b, 4 * TEXT_MAX);
    bool space = false;
    size_t i = 0;
    while (i < n &&
           (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    for (; i < n && b.len < TEXT_MAX; i++) {
        char c = s[i];
        if (c == ' ' || (unsigned char)c < 0x20 || c == 0x7F) {
            space = true; /* white space and control characters */
            continue;
        }
        if (space && b.len && mt_buf_putc(&b, ' ') != MT_OK)
            return NULL;
        space = false;
        if (c == '{')
            c = '(';
        else if (c == '}')
            c = ')';
        else if (c == '|')
            while (b.len && b.data[b.len - 1] == '\\')
                b.len--; /* "\|" cannot be written; the bar alone can */
        if (mt_buf_putc(&b, c) != MT_OK)
            return NULL;
    }
    if (i < n) {
        /* Cut back to a character boundary and mark the cut. */
        while (b.len && ((unsigned char)b.data[b.len - 1] & 0xC0) == 0x80)
            b.len--;
        if (b.len && (unsigned char)b.data[b.len - 1] >= 0xC0)
            b.len--;
        b.data[b.len] = '\0';
        if (mt_buf_puts(&b, "\xe2\x80\xa6") != MT_OK) /* … */
            return NULL;
    }
    /* No blank at either end (the format refuses one): ASCII or U+3000. */
    for (;;) {
        if (b.len && b.data[b.len - 1] == ' ')
            b.len--;
        else if (b.len >= 3 &&
                 memcmp(b.data + b.len - 3, "\xe3\x80\x80", 3) == 0)
            b.len -= 3;
        else
            break;
    }
    size_t lead = 0; /* 「\u3000 K」: U+3000 then a blank */
    for (;;) {
        if (lead < b.len && b.data[lead] == ' ')
            lead++;
        else if (lead + 3 <= b.len &&
                 memcmp(b.data + lead, "\xe3\x80\x80", 3) == 0)
            lead += 3;
        else
            break;
    }
    if (lead) {
        memmove(b.data, b.data + lead, b.len - lead);
        b.len -= lead;
    }
    if (b.data)
        b.data[b.len] = '\0';
    if (b.len && b.data[b.len - 1] == ']' && mt_buf_puts(&b, ".") != MT_OK)
        return NULL;
    return mt_buf_detach(&b, NULL);
}

void draft_oom(ctx *c)
{
    if (c->st == MT_OK)
        c->st = mt_error_set(c->err, MT_ERR_NOMEM, "out of memory");
}

bool draft_has_sub(const char *s, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    for (size_t i = 0; i + k <= n; i++)
        if (memcmp(s + i, lit, k) == 0)
            return true;
    return false;
}

bool draft_same_str(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return strcmp(a, b) == 0;
}

bool draft_ascii_alnum(unsigned char ch)
{
    return (ch >= '0' && ch <= '9') || ((ch | 32) >= 'a' && (ch | 32) <= 'z');
}

bool draft_apposition_opens(const char *s, size_t n)
{
    static const char *const opens[] = {" a ", " an ", " the "};
    for (size_t i = 0; i < MT_ARRAY_LEN(opens); i++)
        if (mt_starts_with(s, n, opens[i]))
            return true;
    return false;
}

bool draft_at(const char *t, size_t n, size_t i, const char *lit)
{
    return i <= n && mt_starts_with(t + i, n - i, lit);
}

unsigned draft_cp3(const char *s, size_t n, size_t i)
{
    if (i + 3 > n)
        return 0;
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                          (utf8proc_ssize_t)(n - i), &cp);
    return k == 3 ? (unsigned)cp : 0;
}

bool draft_katakana(unsigned cp)
{
    return cp >= 0x30A1 && cp <= 0x30FC;
}

bool draft_hiragana(unsigned cp)
{
    return cp >= 0x3041 && cp <= 0x3096;
}

bool draft_kanji(unsigned cp)
{
    return mt_is_kanji(cp);
}

bool draft_own_word(const char *s, size_t len, size_t i, size_t n)
{
    /* A full stop between letters joins them: "JTB" is no word of
     * "i.JTB", nor "DMM" of "DMM.com". */
    bool joined_before =
        i >= 2 && s[i - 1] == '.' && draft_ascii_alnum((unsigned char)s[i - 2]);
    bool joined_after = i + n + 1 < len && s[i + n] == '.' &&
                        draft_ascii_alnum((unsigned char)s[i + n + 1]);
    return !(i && draft_ascii_alnum((unsigned char)s[i - 1])) &&
           !(i + n < len && draft_ascii_alnum((unsigned char)s[i + n])) &&
           !joined_before && !joined_after;
}

bool draft_full_sentence(const draft_sentence *s)
{
    /* What closes after the end mark: quotes and brackets. */
    static const char *const closers[] = {
        "\"",           "'", ")", "\xe3\x80\x8d", /* 」 */
        "\xe3\x80\x8f",                           /* 』 */
        "\xe2\x80\x9d",                           /* ” */
        "\xef\xbc\x89",                           /* ） */
    };
    /* The marks that end a sentence (src/extract/sentence.c's). */
    static const char *const ends[] = {
        ".",
        "!",
        "?",
        "\xe3\x80\x82", /* 。 */
        "\xef\xbc\x81", /* ！ */
        "\xef\xbc\x9f", /* ？ */
    };
    const char *t = s->text;
    size_t n = s->len;
    while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\n' || t[n - 1] == '\r'))
        n--;
    for (bool more = true; more && n > 0;) {
        more = false;
        for (size_t k = 0; k < MT_ARRAY_LEN(closers) && !more; k++) {
            size_t l = strlen(closers[k]);
            if (n >= l && memcmp(t + n - l, closers[k], l) == 0) {
                n -= l;
                more = true;
            }
        }
    }
    for (size_t k = 0; k < MT_ARRAY_LEN(ends); k++) {
        size_t l = strlen(ends[k]);
        if (n >= l && memcmp(t + n - l, ends[k], l) == 0)
            return true;
    }
    return false;
}

bool draft_title_case(const draft_sentence *s)
{
    size_t n = s->len;
    while (n > 0 && (s->text[n - 1] == ' ' || s->text[n - 1] == '\n'))
        n--;
    if (n == 0 || s->text[n - 1] == '.')
        return false;
    size_t words = 0, caps = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && (s->text[i] == ' ' || s->text[i] == '\n'))
            i++;
        if (i >= n)
            break;
        unsigned char ch = (unsigned char)s->text[i];
        if (ch >= 0x80)
            return false; /* not an English line */
        if ((ch | 32) >= 'a' && (ch | 32) <= 'z') {
            words++;
            caps += ch >= 'A' && ch <= 'Z';
        }
        while (i < n && s->text[i] != ' ' && s->text[i] != '\n')
            i++;
    }
    return words >= 4 && 4 * caps >= 3 * words;
}

bool draft_attack_type(int type)
{
    return type == MT_EVENT_INTRUSION_START || type == MT_EVENT_DETECTION ||
           type == MT_EVENT_LEAK_POSSIBLE;
}

size_t draft_cue_prefix(const ctx *c, draft_cue_kind kind, const char *t,
                        size_t n)
{
    const draft_cues *cu = c->in->cues;
    size_t nk;
    const size_t *rows = draft_cues_of(cu, kind, &nk);
    for (size_t i = 0; i < nk; i++) {
        size_t k = rows[i];
        if (cu->len[k] <= n && memcmp(t, cu->word[k], cu->len[k]) == 0)
            return cu->len[k];
    }
    return 0;
}

const char *draft_cue_value(const ctx *c, draft_cue_kind kind, const char *w,
                            size_t n, bool fold)
{
    const draft_cues *cu = c->in->cues;
    size_t nk;
    const size_t *rows = draft_cues_of(cu, kind, &nk);
    for (size_t i = 0; i < nk; i++) {
        size_t k = rows[i];
        if (cu->len[k] == n && (fold ? draft_ascii_ieqn(cu->word[k], n, w, n)
                                     : memcmp(cu->word[k], w, n) == 0))
            return cu->value[k];
    }
    return NULL;
}

bool draft_names_only(const parts *p)
{
    const draft_sentence *s = p->s;
    const mention *m = (const mention *)p->mentions.v;
    size_t i = 0;
    if (!p->mentions.n)
        return false;
    while (i < s->len) {
        if (s->text[i] == ' ' || s->text[i] == '\n') {
            i++;
            continue;
        }
        size_t end = 0;
        for (size_t k = 0; k < p->mentions.n; k++)
            if (m[k].named && m[k].pos == i)
                end = m[k].end > end ? m[k].end : end;
        if (!end)
            return false;
        i = end;
    }
    return true;
}
