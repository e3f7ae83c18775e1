/*
 * The mt_doc record, plain text and Markdown, and the fallback every
 * document type shares: language guessing.  (A publication date written in
 * the text is found by ingest with the extractor's date grammar, so that
 * matome has one.)
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
    free(doc->dateline);
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
