/*
 * PDF to text with poppler-glib: the module matome-pdf.so (see
 * text/module.h), which libmatome loads on the first PDF so that no other
 * process maps poppler and the fifty libraries it brings.
 *
 * poppler reconstructs damaged cross-reference tables, so a truncated file
 * often opens and yields part of its text.  A partial document archived as
 * if it were whole would mislead the analyst, so a file whose last KB has
 * no %%EOF marker is refused before poppler sees it.
 *
 * poppler reports syntax problems through GLib's log under the "Poppler"
 * domain, which by default prints to stderr; a library must not print, so
 * that domain gets a handler (installed once) that keeps the last message
 * per thread, for error detail, instead of printing it.
 */
#include "matome/text.h"

#include "core/buf.h"
#include "core/internal.h"
#include "text/module.h"
#include "text/text_internal.h"

#include <glib.h>
#include <poppler.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static _Thread_local char poppler_last[256];
static pthread_once_t poppler_log_once = PTHREAD_ONCE_INIT;

static void poppler_log(const gchar *domain, GLogLevelFlags level,
                        const gchar *message, gpointer data)
{
    (void)domain;
    (void)level;
    (void)data;
    snprintf(poppler_last, sizeof poppler_last, "%s", message ? message : "");
}

static void install_poppler_log(void)
{
    g_log_set_handler(
        "Poppler", G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION,
        poppler_log, NULL);
}

static int has_eof_marker(const unsigned char *s, size_t len)
{
    size_t from = len > 1024 ? len - 1024 : 0;
    for (size_t i = len >= 5 ? len - 5 + 1 : 0; i-- > from;)
        if (memcmp(s + i, "%%EOF", 5) == 0)
            return 1;
    return 0;
}

/* Append s to b with trailing white space removed; NUL bytes and
 * invalid UTF-8 (poppler returns UTF-8, but be safe) are dropped. */
static mt_status append_page(mt_buf *b, const char *s)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\r' ||
                 s[n - 1] == '\t' || s[n - 1] == '\f'))
        n--;
    size_t bad;
    if (mt_utf8_check(s, n, &bad) != MT_OK)
        n = bad;
    return mt_buf_append(b, s, n);
}

static mt_status doc_from_pdf(mt_doc **out, const void *data, size_t len,
                              mt_error *err)
{
    *out = NULL;
    const unsigned char *s = data;
    if (len < 5 || memcmp(s, "%PDF-", 5) != 0)
        return mt_error_at(err, MT_ERR_INPUT, NULL, 0,
                           "not a PDF file (no %%PDF- header)");
    if (!has_eof_marker(s, len))
        return mt_error_set(err, MT_ERR_INPUT,
                            "truncated PDF: no %%%%EOF marker at the end");
    if (len > G_MAXSSIZE)
        return mt_error_set(err, MT_ERR_INPUT, "PDF too large");
    pthread_once(&poppler_log_once, install_poppler_log);
    poppler_last[0] = '\0';
    GBytes *bytes = g_bytes_new(data, len);
    GError *gerr = NULL;
    PopplerDocument *doc = poppler_document_new_from_bytes(bytes, NULL, &gerr);
    g_bytes_unref(bytes);
    if (!doc) {
        const char *why = gerr && gerr->message ? gerr->message
                          : poppler_last[0]     ? poppler_last
                                                : "cannot open";
        mt_status st = mt_error_set(err, MT_ERR_INPUT, "corrupt PDF: %s", why);
        if (gerr)
            g_error_free(gerr);
        return st;
    }
    mt_doc *d = calloc(1, sizeof *d);
    mt_buf b;
    mt_buf_init(&b, MT_BUF_DEFAULT_MAX);
    mt_status st = d ? MT_OK : MT_ERR_NOMEM;
    int pages = poppler_document_get_n_pages(doc);
    for (int i = 0; st == MT_OK && i < pages; i++) {
        PopplerPage *page = poppler_document_get_page(doc, i);
        if (!page)
            continue;
        char *t = poppler_page_get_text(page);
        if (i > 0)
            st = mt_buf_append(&b, "\n\f\n", 3);
        if (st == MT_OK && t)
            st = append_page(&b, t);
        g_free(t);
        g_object_unref(page);
    }
    if (st == MT_OK) {
        d->text = mt_buf_detach(&b, &d->text_len);
        if (!d->text)
            st = MT_ERR_NOMEM;
    }
    mt_buf_free(&b);
    if (st == MT_OK) {
        char *title = poppler_document_get_title(doc);
        if (title && *title) {
            size_t n = strlen(title), bad;
            if (mt_utf8_check(title, n, &bad) == MT_OK) {
                d->title = mt_strdup(title);
                if (!d->title)
                    st = MT_ERR_NOMEM;
            }
        }
        g_free(title);
        /* The creation date in the PDF's own time zone: the calendar
         * date as written in the info dictionary. */
        GDateTime *dt = poppler_document_get_creation_date_time(doc);
        if (dt) {
            int y = g_date_time_get_year(dt);
            if (y >= 1 && y <= 9999) {
                d->published.year = (int16_t)y;
                d->published.month = (uint8_t)g_date_time_get_month(dt);
                d->published.day = (uint8_t)g_date_time_get_day_of_month(dt);
            }
            g_date_time_unref(dt);
        }
        const char *lang = mt_text_guess_lang(d->text, d->text_len);
        if (st == MT_OK && lang) {
            d->lang = mt_strdup(lang);
            if (!d->lang)
                st = MT_ERR_NOMEM;
        }
    }
    g_object_unref(doc);
    if (st != MT_OK) {
        mt_doc_free(d);
        return mt_error_set(err, st, "out of memory");
    }
    *out = d;
    return MT_OK;
}

static const mt_pdf_module pdf_module = {
    {MT_MODULE_ABI, MT_VERSION_STRING},
    doc_from_pdf,
};

const mt_module_header *mt_pdf_module_v1(void)
{
    return &pdf_module.header;
}
