/*
 * Sentence segmentation for Japanese and English.
 *
 * A sentence ends at 。 ！ ？ (and their ASCII forms) outside brackets,
 * at '.' '!' '?' followed by white space or the end of the text (or by a
 * closing quote), at a blank line, and at a line break after Japanese
 * text.  A '.' does not end a sentence after an abbreviation from
 * data/abbreviations.tsv (Feb., Ltd., Inc., U.S.), after a single capital
 * (an initial), or between digits (1.2).  Inside 「」『』（）() 【】 no
 * sentence ends, so a quoted statement stays within the sentence that
 * quotes it; a blank line resets the nesting, so an unclosed bracket
 * cannot swallow the rest of a document.  The nesting depth is a counter:
 * deeply nested brackets cost nothing extra.
 */
#include "extract/extract_internal.h"

#include <string.h>

static bool is_open(uint32_t c)
{
    return c == 0x300C || c == 0x300E || c == '(' || c == 0x3010 ||
           c == 0x3008 || c == 0x300A;
}

static bool is_close(uint32_t c)
{
    return c == 0x300D || c == 0x300F || c == ')' || c == 0x3011 ||
           c == 0x3009 || c == 0x300B;
}

static bool is_space(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Is the '.' at dot the end of an abbreviation or an initial? */
static bool abbreviation(const mt_extractor *ex, const unsigned char *s,
                         size_t len, size_t dot)
{
    size_t w = dot;
    while (w > 0 && dot - w < 16 && s[w - 1] < 0x80 && !is_space(s[w - 1]) &&
           s[w - 1] != '(' && s[w - 1] != '"')
        w--;
    if (dot - w == 1 && s[w] >= 'A' && s[w] <= 'Z')
        return true; /* an initial: J. Smith */
    if (w == dot)
        return false;
    lex_hit hits[LEX_MAX_HITS];
    int n = mt_ex_lex_match(ex, s, len, w, hits);
    for (int h = 0; h < n; h++)
        if (hits[h].end == dot + 1 &&
            mt_ex_entry(ex, s, len, w, &hits[h], LEX_ABBREV))
            return true;
    return false;
}

static void emit(span_list *l, const unsigned char *s, size_t a, size_t b)
{
    while (a < b &&
           (s[a] == ' ' || s[a] == '\t' || s[a] == '\n' || s[a] == '\r'))
        a++;
    /* U+3000 ideographic space at either end */
    while (b - a >= 3 && s[a] == 0xE3 && s[a + 1] == 0x80 && s[a + 2] == 0x80)
        a += 3;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\n' ||
                     s[b - 1] == '\r'))
        b--;
    if (b > a)
        mt_ex_push(l, MT_SPAN_SENTENCE, a, b);
}

void mt_ex_sentences(const mt_extractor *ex, const unsigned char *s, size_t len,
                     span_list *l)
{
    size_t start = 0;
    size_t depth = 0;
    uint32_t prev = 0; /* last non-space character */
    size_t i = 0;
    while (i < len) {
        int n;
        uint32_t c = mt_ex_decode(s, len, i, &n);
        size_t next = i + (size_t)n;
        if (c == '\n') {
            size_t j = next;
            while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
                j++;
            bool blank = j < len && s[j] == '\n';
            /* A line of Latin letters does not run on into one that opens
             * in Japanese ("Sony" over 「暗号資産取引の…」: a site's name
             * over its headline). */
            int m;
            bool ja_next = j < len && depth == 0 && prev != 0 &&
                           prev < 0x3000 &&
                           mt_ex_decode(s, len, j, &m) >= 0x3000;
            if (blank || ja_next || (prev >= 0x3000 && depth == 0)) {
                emit(l, s, start, i);
                start = next;
                depth = 0;
            }
            i = next;
            continue;
        }
        if (is_open(c)) {
            depth++;
        } else if (is_close(c)) {
            if (depth > 0)
                depth--;
        } else if (depth == 0) {
            bool end = false;
            if (c == 0x3002 || c == 0xFF61) {
                end = true;
            } else if (c == '!' || c == '?' || c == '.') {
                /* ASCII (or folded full-width) terminators: a full-width
                 * one ends a sentence by itself */
                bool fullwidth = n > 1;
                int m;
                uint32_t nc = next < len ? mt_ex_decode(s, len, next, &m) : 0;
                if (fullwidth && c != '.')
                    end = true;
                else if (nc == 0 || is_space(nc) || nc == '"' || nc == 0x201D ||
                         nc >= 0x3000)
                    end = !(c == '.' && abbreviation(ex, s, len, i));
                if (c == '.' && prev >= '0' && prev <= '9' && nc >= '0' &&
                    nc <= '9')
                    end = false;
            }
            if (end) {
                /* closing quotes right after the terminator belong to it */
                while (next < len) {
                    int m;
                    uint32_t nc = mt_ex_decode(s, len, next, &m);
                    if (nc != '"' && nc != 0x201D && nc != 0x2019)
                        break;
                    next += (size_t)m;
                }
                emit(l, s, start, next);
                start = next;
                prev = c;
                i = next;
                continue;
            }
        }
        if (!is_space(c))
            prev = c;
        i = next;
    }
    emit(l, s, start, len);
}
