/*
 * The mt_doc record, plain text and Markdown, and the two fallbacks every
 * document type shares: language guessing and finding a written date.
 */
#include "matome/text.h"

#include "core/internal.h"
#include "text/text_internal.h"

#include <libxml/parser.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static pthread_once_t libs_once = PTHREAD_ONCE_INIT;

static void init_libs(void)
{
    xmlInitParser();
}

void mt_text_init_libs(void)
{
    pthread_once(&libs_once, init_libs);
}

void mt_doc_free(mt_doc *doc)
{
    if (!doc)
        return;
    free(doc->text);
    free(doc->title);
    free(doc->publisher);
    free(doc->lang);
    free(doc->url);
    free(doc);
}

/* Decode one UTF-8 character at s[i] (input already validated, but be
 * safe on a cut-off end); returns its length, 1 for a stray byte. */
static size_t utf8_next(const unsigned char *s, size_t n, size_t i,
                        unsigned *cp)
{
    unsigned c = s[i];
    size_t k = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (i + k > n || k == 1) {
        *cp = c;
        return 1;
    }
    unsigned v = k == 2 ? (c & 0x1Fu) : k == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (size_t j = 1; j < k; j++)
        v = (v << 6) | (s[i + j] & 0x3Fu);
    *cp = v;
    return k;
}

const char *mt_text_guess_lang(const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t kana = 0, kanji = 0, latin = 0, other = 0;
    for (size_t i = 0; i < len;) {
        unsigned cp;
        i += utf8_next(s, len, i, &cp);
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
            (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7))
            latin++;
        else if ((cp >= 0x3041 && cp <= 0x30FF) ||
                 (cp >= 0xFF66 && cp <= 0xFF9D))
            kana++;
        else if (cp >= 0x4E00 && cp <= 0x9FFF)
            kanji++;
        else if (cp >= 0x370 && cp < 0x3000)
            other++; /* Greek, Cyrillic, Arabic, ... */
        else if (cp >= 0xAC00 && cp <= 0xD7A3)
            other++; /* Hangul */
    }
    size_t letters = kana + kanji + latin + other;
    if (letters < 8)
        return NULL;
    if (kana && (kana + kanji) * 5 >= letters)
        return "ja";
    if (latin * 2 > letters)
        return "en";
    return NULL;
}

/* A number of 1..max ASCII or full-width digits at s[*i]; -1 if none. */
static int read_num(const unsigned char *s, size_t n, size_t *i, int max)
{
    int v = 0, k = 0;
    size_t p = *i;
    while (k < max) {
        if (p < n && s[p] >= '0' && s[p] <= '9') {
            v = v * 10 + (s[p] - '0');
            p++;
        } else if (p + 2 < n && s[p] == 0xEF && s[p + 1] == 0xBC &&
                   s[p + 2] >= 0x90 && s[p + 2] <= 0x99) {
            v = v * 10 + (s[p + 2] - 0x90);
            p += 3;
        } else {
            break;
        }
        k++;
    }
    if (k == 0)
        return -1;
    /* Too many digits: not this kind of number. */
    if ((p < n && s[p] >= '0' && s[p] <= '9') ||
        (p + 2 < n && s[p] == 0xEF && s[p + 1] == 0xBC && s[p + 2] >= 0x90 &&
         s[p + 2] <= 0x99))
        return -1;
    *i = p;
    return v;
}

static int lit(const unsigned char *s, size_t n, size_t *i, const char *w)
{
    size_t k = strlen(w);
    if (*i + k > n || memcmp(s + *i, w, k) != 0)
        return 0;
    *i += k;
    return 1;
}

static void skip_spaces(const unsigned char *s, size_t n, size_t *i)
{
    while (*i < n && s[*i] == ' ')
        (*i)++;
}

static const char *const months[] = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

/* An English month name (full, or its first three letters with an
 * optional period; "Sept" too) at s[*i]: 1..12, or 0. */
static int read_month(const unsigned char *s, size_t n, size_t *i)
{
    size_t p = *i;
    size_t k = 0;
    char w[12];
    while (p + k < n && k < sizeof w - 1 &&
           ((s[p + k] >= 'a' && s[p + k] <= 'z') ||
            (s[p + k] >= 'A' && s[p + k] <= 'Z'))) {
        w[k] = (char)(s[p + k] | 0x20);
        k++;
    }
    if (k < 3 ||
        (p + k < n && ((s[p + k] | 0x20) >= 'a' && (s[p + k] | 0x20) <= 'z')))
        return 0;
    w[k] = '\0';
    for (int m = 0; m < 12; m++) {
        size_t ml = strlen(months[m]);
        if ((k == ml && memcmp(w, months[m], k) == 0) ||
            (k == 3 && memcmp(w, months[m], 3) == 0) ||
            (k == 4 && m == 8 && memcmp(w, "sept", 4) == 0)) {
            p += k;
            if (k < ml && p < n && s[p] == '.')
                p++;
            *i = p;
            return m + 1;
        }
    }
    return 0;
}

static int ok_date(mt_date *out, int y, int m, int d)
{
    if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 ||
        d > mt_date_days_in_month(y, m))
        return 0;
    out->year = (int16_t)y;
    out->month = (uint8_t)m;
    out->day = (uint8_t)d;
    out->fiscal = 0;
    return 1;
}

static int is_digit_at(const unsigned char *s, size_t n, size_t i)
{
    return (i < n && s[i] >= '0' && s[i] <= '9');
}

/* The ", 2020" that ends "6 February, 2020" and "February 6, 2020" at p:
 * sets *out to the date y-m-d and returns 1 when it is one. */
static int year_after(const unsigned char *s, size_t n, size_t p, int m, int d,
                      mt_date *out)
{
    if (p < n && s[p] == ',')
        p++;
    skip_spaces(s, n, &p);
    int y = read_num(s, n, &p, 4);
    return y >= 1000 && ok_date(out, y, m, d);
}

/* Try every date form at position i. */
static int date_at(const unsigned char *s, size_t n, size_t i, mt_date *out)
{
    size_t p = i;
    int y = read_num(s, n, &p, 4);
    if (y >= 1000) {
        size_t q = p;
        /* 2020年2月6日 */
        if (lit(s, n, &q, "年")) {
            skip_spaces(s, n, &q);
            int m = read_num(s, n, &q, 2);
            skip_spaces(s, n, &q);
            if (m > 0 && lit(s, n, &q, "月")) {
                skip_spaces(s, n, &q);
                int d = read_num(s, n, &q, 2);
                skip_spaces(s, n, &q);
                if (d > 0 && lit(s, n, &q, "日") && ok_date(out, y, m, d))
                    return 1;
            }
            return 0;
        }
        /* 2020-02-06, 2020/2/6, 2020.02.06 (same separator twice) */
        if (q < n && (s[q] == '-' || s[q] == '/' || s[q] == '.')) {
            unsigned char sep = s[q++];
            int m = read_num(s, n, &q, 2);
            if (m > 0 && q < n && s[q] == sep) {
                q++;
                int d = read_num(s, n, &q, 2);
                if (d > 0 && ok_date(out, y, m, d))
                    return 1;
            }
        }
        return 0;
    }
    /* 6 February 2020 */
    p = i;
    int d = read_num(s, n, &p, 2);
    if (d > 0) {
        if (p < n && s[p] == ' ') {
            skip_spaces(s, n, &p);
            int m = read_month(s, n, &p);
            if (m)
                return year_after(s, n, p, m, d, out);
        }
        return 0;
    }
    /* February 6, 2020 */
    p = i;
    int m = read_month(s, n, &p);
    if (m) {
        skip_spaces(s, n, &p);
        d = read_num(s, n, &p, 2);
        if (d > 0) {
            if (p + 1 < n &&
                (memcmp(s + p, "st", 2) == 0 || memcmp(s + p, "nd", 2) == 0 ||
                 memcmp(s + p, "rd", 2) == 0 || memcmp(s + p, "th", 2) == 0))
                p += 2;
            return year_after(s, n, p, m, d, out);
        }
    }
    return 0;
}

mt_status mt_text_find_date(mt_date *out, const char *text, size_t len,
                            size_t *at)
{
    const unsigned char *s = (const unsigned char *)text;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = s[i];
        int start = 0;
        if (c >= '0' && c <= '9')
            start = !(i > 0 && is_digit_at(s, len, i - 1));
        else if (c == 0xEF && i + 2 < len && s[i + 1] == 0xBC &&
                 s[i + 2] >= 0x90 && s[i + 2] <= 0x99)
            start = !(i >= 3 && s[i - 3] == 0xEF && s[i - 2] == 0xBC &&
                      s[i - 1] >= 0x90 && s[i - 1] <= 0x99);
        else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
            start = !(i > 0 &&
                      (((s[i - 1] | 0x20) >= 'a' && (s[i - 1] | 0x20) <= 'z')));
        if (!start)
            continue;
        mt_date d;
        if (date_at(s, len, i, &d)) {
            *out = d;
            if (at)
                *at = i;
            return MT_OK;
        }
    }
    return MT_ERR_NOTFOUND;
}

static mt_status plain_doc(mt_doc **out, const char *text, size_t len,
                           int markdown, mt_error *err)
{
    *out = NULL;
    mt_doc *d = calloc(1, sizeof *d);
    if (!d)
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    d->text = mt_strndup(text, len);
    d->text_len = len;
    const char *lang = mt_text_guess_lang(text, len);
    if (lang)
        d->lang = mt_strdup(lang);
    if (!d->text || (lang && !d->lang)) {
        mt_doc_free(d);
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    }
    if (markdown) {
        /* The first ATX heading of level 1: "# Title" at a line start. */
        size_t i = 0;
        while (i < len) {
            const char *nl = memchr(text + i, '\n', len - i);
            size_t e = nl ? (size_t)(nl - text) : len;
            if (e - i >= 2 && text[i] == '#' &&
                (text[i + 1] == ' ' || text[i + 1] == '\t')) {
                size_t a = i + 2, b = e;
                while (a < b && (text[a] == ' ' || text[a] == '\t'))
                    a++;
                while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\r' ||
                                 text[b - 1] == '#' || text[b - 1] == '\t'))
                    b--;
                if (b > a) {
                    d->title = mt_strndup(text + a, b - a);
                    if (!d->title) {
                        mt_doc_free(d);
                        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
                    }
                }
                break;
            }
            i = e + 1;
        }
    }
    mt_text_find_date(&d->published, text,
                      len < MT_TEXT_DATE_WINDOW ? len : MT_TEXT_DATE_WINDOW,
                      NULL);
    *out = d;
    return MT_OK;
}

mt_status mt_doc_from_plain(mt_doc **out, const char *text, size_t len,
                            mt_error *err)
{
    return plain_doc(out, text, len, 0, err);
}

mt_status mt_doc_from_markdown(mt_doc **out, const char *text, size_t len,
                               mt_error *err)
{
    return plain_doc(out, text, len, 1, err);
}
