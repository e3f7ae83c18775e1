/*
 * Files and URLs to sources: size checks, media type, charset, extraction
 * (src/text/); URLs are fetched by the module matome-fetch.so (fetch.c).
 *
 * Size caps are enforced before the whole input is read: st_size for
 * files (mt_read_file), Content-Length and a cap while streaming for URLs
 * (fetch.c), whose length may be unknown.
 */
#include "matome/ingest.h"
#include "matome/text.h"

#include "core/internal.h"
#include "text/module.h"
#include "text/text_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef enum doc_type {
    TYPE_UNKNOWN,
    TYPE_HTML,
    TYPE_PLAIN,
    TYPE_MARKDOWN,
    TYPE_PDF
} doc_type;

static const char *const type_names[] = {NULL, "text/html", "text/plain",
                                         "text/markdown", "application/pdf"};

static doc_type type_from_media(const char *ct)
{
    if (!ct)
        return TYPE_UNKNOWN;
    while (*ct == ' ')
        ct++;
    size_t n = strcspn(ct, "; \t");
    static const struct {
        const char *name;
        doc_type type;
    } map[] = {
        {"text/html", TYPE_HTML},
        {"application/xhtml+xml", TYPE_HTML},
        {"text/plain", TYPE_PLAIN},
        {"text/markdown", TYPE_MARKDOWN},
        {"text/x-markdown", TYPE_MARKDOWN},
        {"application/pdf", TYPE_PDF},
        {"application/x-pdf", TYPE_PDF},
    };
    for (size_t i = 0; i < MT_ARRAY_LEN(map); i++)
        if (strlen(map[i].name) == n && strncasecmp(ct, map[i].name, n) == 0)
            return map[i].type;
    return TYPE_UNKNOWN;
}

static int starts_ci(const unsigned char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    return n >= k && strncasecmp((const char *)s, w, k) == 0;
}

static doc_type type_from_magic(const unsigned char *s, size_t n)
{
    if (n >= 5 && memcmp(s, "%PDF-", 5) == 0)
        return TYPE_PDF;
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
        s += 3;
        n -= 3;
    }
    while (n && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')) {
        s++;
        n--;
    }
    static const char *const html_starts[] = {
        "<!doctype html", "<html", "<head", "<body", "<meta", "<title", NULL};
    for (size_t i = 0; html_starts[i]; i++)
        if (starts_ci(s, n, html_starts[i]))
            return TYPE_HTML;
    /* An XML declaration or comment first: HTML if <html follows soon. */
    if (starts_ci(s, n, "<?xml") || starts_ci(s, n, "<!--")) {
        size_t lim = n < 1024 ? n : 1024;
        for (size_t i = 0; i + 5 <= lim; i++)
            if (starts_ci(s + i, lim - i, "<html"))
                return TYPE_HTML;
    }
    return TYPE_UNKNOWN;
}

static doc_type type_from_name(const char *name)
{
    if (!name)
        return TYPE_UNKNOWN;
    /* For a URL, only the path counts. */
    size_t n = strcspn(name, "?#");
    const char *dot = NULL;
    for (size_t i = 0; i < n; i++) {
        if (name[i] == '/')
            dot = NULL;
        else if (name[i] == '.')
            dot = name + i;
    }
    if (!dot)
        return TYPE_UNKNOWN;
    size_t el = (size_t)(name + n - dot);
    static const struct {
        const char *ext;
        doc_type type;
    } map[] = {{".html", TYPE_HTML},   {".htm", TYPE_HTML},
               {".xhtml", TYPE_HTML},  {".shtml", TYPE_HTML},
               {".txt", TYPE_PLAIN},   {".text", TYPE_PLAIN},
               {".md", TYPE_MARKDOWN}, {".markdown", TYPE_MARKDOWN},
               {".pdf", TYPE_PDF}};
    for (size_t i = 0; i < MT_ARRAY_LEN(map); i++)
        if (strlen(map[i].ext) == el && strncasecmp(dot, map[i].ext, el) == 0)
            return map[i].type;
    return TYPE_UNKNOWN;
}

static int utf16_bom(const unsigned char *s, size_t n)
{
    return n >= 2 &&
           ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF));
}

static mt_status copy_field(char **field, const char *v)
{
    return mt_source_set(field, v);
}

/* The date that ends at byte end runs on into a Japanese sentence
 * (「令和5年11月3日(金)未明に物流システムが…」: the day of an event a
 * notice opens with, no dateline): a kana or kanji follows it at once,
 * other than one of the words a dateline ends in (公開, 更新, 掲載, 配信,
 * 発行, 作成, 付) or an as-of (時点, 現在: the day the text speaks for). */
static bool opens_sentence(const char *text, size_t n, size_t end)
{
    static const char *const dateline[] = {"\xe5\x85\xac\xe9\x96\x8b",
                                           "\xe6\x9b\xb4\xe6\x96\xb0",
                                           "\xe6\x8e\xb2\xe8\xbc\x89",
                                           "\xe9\x85\x8d\xe4\xbf\xa1",
                                           "\xe7\x99\xba\xe8\xa1\x8c",
                                           "\xe4\xbd\x9c\xe6\x88\x90",
                                           "\xe4\xbb\x98",
                                           "\xe6\x99\x82\xe7\x82\xb9",
                                           "\xe7\x8f\xbe\xe5\x9c\xa8"};
    if (end + 3 > n)
        return false;
    const unsigned char *u = (const unsigned char *)text + end;
    /* U+3041..U+30FF (kana) or U+4E00..U+9FFF (CJK ideographs): lead byte
     * E3 with second byte 81..83, or lead byte E4..E9. */
    bool cjk = (u[0] == 0xE3 && u[1] >= 0x81 && u[1] <= 0x83) ||
               (u[0] >= 0xE4 && u[0] <= 0xE9);
    if (!cjk)
        return false;
    for (size_t k = 0; k < sizeof dateline / sizeof dateline[0]; k++) {
        size_t l = strlen(dateline[k]);
        if (end + l <= n && memcmp(text + end, dateline[k], l) == 0)
            return false;
    }
    return true;
}

/* The date at [start, end) bounds a period (「2013年11月6日~2023年4月17日」,
 * 「…から」): a range mark follows or precedes it; a day of what the text
 * tells, no dateline. */
static bool bounds_range(const char *text, size_t n, size_t start, size_t end)
{
    static const char *const range[] = {"~", "\xe3\x80\x9c",         /* 〜 */
                                        "\xef\xbd\x9e",              /* ～ */
                                        "\xe3\x81\x8b\xe3\x82\x89"}; /* から */
    size_t e = end, b = start;
    while (e < n && text[e] == ' ')
        e++;
    while (b > 0 && text[b - 1] == ' ')
        b--;
    for (size_t k = 0; k < sizeof range / sizeof range[0]; k++) {
        size_t l = strlen(range[k]);
        if (e + l <= n && memcmp(text + e, range[k], l) == 0)
            return true;
        /* The marks but から also end a period before a date. */
        if (k < 3 && b >= l && memcmp(text + b - l, range[k], l) == 0)
            return true;
    }
    return false;
}

/* The date text writes its year (年, or four digits in a row): a day that
 * took its year from an earlier date of the text (「6月7日」 after 「2024年
 * 5月19日」) is no dateline. */
static bool writes_year(const char *t, size_t n)
{
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        run = t[i] >= '0' && t[i] <= '9' ? run + 1 : 0;
        if (run == 4 || (i + 3 <= n && memcmp(t + i, "\xe5\xb9\xb4", 3) == 0))
            return true;
    }
    return false;
}

/*
 * The publication date printed by the headline: the first date in the
 * opening MT_INGEST_DATE_WINDOW bytes that the extractor resolves to a full
 * day on its own (no reference date, so relative and two-digit forms stay
 * unresolved and are passed over), that writes its year, and that carries
 * no modifier ("by 2020-02-06" is not a publication date).  *out is left alone
 * when none.
 */
static mt_status date_from_text(const mt_extractor *ex, const char *text,
                                size_t len, mt_date *out, mt_error *err)
{
    size_t n = len < MT_INGEST_DATE_WINDOW ? len : MT_INGEST_DATE_WINDOW;
    while (n < len && n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
        n--; /* end on a character boundary */
    mt_extract_options eo = MT_EXTRACT_OPTIONS_INIT;
    mt_spans *spans = NULL;
    mt_status st = mt_extract(ex, text, n, &eo, &spans, err);
    if (st != MT_OK)
        return st;
    for (size_t i = 0; i < mt_spans_count(spans); i++) {
        const mt_span *sp = mt_spans_get(spans, i);
        if (sp->kind == MT_SPAN_DATE && !sp->mod && sp->date.year > 0 &&
            sp->date.month && sp->date.day && !sp->date.fiscal &&
            writes_year(text + sp->start, sp->end - sp->start) &&
            !opens_sentence(text, n, sp->end) &&
            !bounds_range(text, n, sp->start, sp->end)) {
            *out = sp->date;
            break;
        }
    }
    mt_spans_free(spans);
    return MT_OK;
}

mt_status mt_ingest_bytes(mt_source **out, const void *data, size_t len,
                          const char *name, const char *content_type,
                          const mt_ingest_options *opts, mt_error *err)
{
    static const mt_ingest_options defaults = MT_INGEST_OPTIONS_INIT;
    const unsigned char *s = data;
    *out = NULL;
    if (!opts)
        opts = &defaults;
    if (!data && len)
        return mt_error_at(err, MT_ERR_ARG, name, -1, "no data");
    if (len == 0)
        return mt_error_at(err, MT_ERR_INPUT, name, -1, "empty file");
    if (len > opts->max_bytes)
        return mt_error_at(err, MT_ERR_TOOBIG, name, -1,
                           "input is %zu bytes, above the limit of %zu", len,
                           opts->max_bytes);

    doc_type type = TYPE_UNKNOWN;
    if (opts->media_type) {
        type = type_from_media(opts->media_type);
        if (type == TYPE_UNKNOWN)
            return mt_error_at(err, MT_ERR_ARG, name, -1,
                               "unsupported media type '%s'", opts->media_type);
    }
    if (type == TYPE_UNKNOWN)
        type = type_from_media(content_type);
    if (type == TYPE_UNKNOWN)
        type = type_from_magic(s, len);
    if (type == TYPE_UNKNOWN)
        type = type_from_name(name);
    if (type != TYPE_PDF) {
        size_t head = len < 1024 ? len : 1024;
        int utf16 =
            utf16_bom(s, len) ||
            (opts->charset && strncasecmp(opts->charset, "utf-16", 6) == 0);
        if (!utf16 && memchr(s, '\0', head)) {
            if (len >= 5 && memcmp(s, "%PDF-", 5) == 0)
                type = TYPE_PDF;
            else
                return mt_error_at(err, MT_ERR_INPUT, name, -1,
                                   "binary file, not a document");
        }
    }
    if (type == TYPE_UNKNOWN)
        type = TYPE_PLAIN;

    mt_doc *doc = NULL;
    char charset[MT_CHARSET_NAME_MAX] = "";
    mt_status st;
    if (type == TYPE_PDF) {
        st = mt_doc_from_pdf(&doc, s, len, err);
    } else {
        st = mt_charset_detect(s, len, opts->charset, content_type, charset,
                               sizeof charset, NULL, err);
        char *utf8 = NULL;
        size_t ulen = 0;
        if (st == MT_OK)
            st = mt_charset_convert(&utf8, &ulen, s, len, charset, err);
        if (st == MT_OK) {
            if (type == TYPE_HTML)
                st = mt_doc_from_html(&doc, utf8, ulen, err);
            else if (type == TYPE_MARKDOWN)
                st = mt_doc_from_markdown(&doc, utf8, ulen, err);
            else
                st = mt_doc_from_plain(&doc, utf8, ulen, err);
        }
        free(utf8);
    }
    if (st != MT_OK) {
        mt_error_where(err, name);
        return st;
    }
    if (!doc->published.year && opts->extractor) {
        /* By the headline first: the text window may start later. */
        if (doc->dateline)
            st = date_from_text(opts->extractor, doc->dateline,
                                strlen(doc->dateline), &doc->published, err);
        if (st == MT_OK && !doc->published.year)
            st = date_from_text(opts->extractor, doc->text, doc->text_len,
                                &doc->published, err);
        if (st != MT_OK) {
            mt_doc_free(doc);
            mt_error_where(err, name);
            return st;
        }
    }
    int blank = 1;
    for (size_t i = 0; i < doc->text_len && blank; i++)
        blank = doc->text[i] == ' ' || doc->text[i] == '\n' ||
                doc->text[i] == '\t' || doc->text[i] == '\r' ||
                doc->text[i] == '\f';
    if (blank) {
        mt_doc_free(doc);
        return mt_error_at(err, MT_ERR_INPUT, name, -1,
                           type == TYPE_PDF
                               ? "no text in the PDF (scanned images?)"
                               : "no text in the document");
    }

    mt_source *src = mt_source_new();
    if (!src) {
        mt_doc_free(doc);
        return mt_error_at(err, MT_ERR_NOMEM, name, -1, "out of memory");
    }
    src->original = malloc(len);
    st = src->original ? MT_OK : MT_ERR_NOMEM;
    if (st == MT_OK) {
        memcpy(src->original, s, len);
        src->original_len = len;
        mt_source_compute_id(src);
        /* The text moves over; the rest is copied. */
        src->text = doc->text;
        src->text_len = doc->text_len;
        doc->text = NULL;
        src->published = doc->published;
        src->kind = MT_KIND_OTHER;
        st = copy_field(&src->title, doc->title);
    }
    if (st == MT_OK)
        st = copy_field(&src->publisher, doc->publisher);
    if (st == MT_OK)
        st = copy_field(&src->lang, doc->lang);
    if (st == MT_OK)
        st = copy_field(&src->url, doc->url);
    if (st == MT_OK && charset[0])
        st = copy_field(&src->charset, charset);
    if (st == MT_OK)
        st = copy_field(&src->media_type, type_names[type]);
    mt_doc_free(doc);
    if (st != MT_OK) {
        mt_source_free(src);
        return mt_error_at(err, st, name, -1, "out of memory");
    }
    *out = src;
    return MT_OK;
}

mt_status mt_ingest_file(mt_source **out, const char *path,
                         const mt_ingest_options *opts, mt_error *err)
{
    static const mt_ingest_options defaults = MT_INGEST_OPTIONS_INIT;
    *out = NULL;
    if (!opts)
        opts = &defaults;
    if (!path)
        return mt_error_set(err, MT_ERR_ARG, "no path");
    char *data = NULL;
    size_t len = 0;
    mt_status st = mt_read_file(path, opts->max_bytes, &data, &len, err);
    if (st != MT_OK)
        return st;
    st = mt_ingest_bytes(out, data, len, path, NULL, opts, err);
    free(data);
    return st;
}

int mt_ingest_is_url(const char *arg)
{
    return arg && (strncasecmp(arg, "http://", 7) == 0 ||
                   strncasecmp(arg, "https://", 8) == 0);
}

/* ---- URLs ------------------------------------------------------------- */

/* The fetching itself is in the module matome-fetch.so (fetch.c), loaded
 * here on the first URL; see text/module.h. */
mt_status mt_ingest_url(mt_source **out, const char *url,
                        const mt_ingest_options *opts, mt_error *err)
{
    static const mt_ingest_options defaults = MT_INGEST_OPTIONS_INIT;
    *out = NULL;
    if (!opts)
        opts = &defaults;
    if (!mt_ingest_is_url(url))
        return mt_error_at(err, MT_ERR_ARG, url, -1,
                           "only http:// and https:// URLs can be fetched");
    const mt_fetch_module *m;
    mt_status st = mt_module_fetch(&m, err);
    if (st != MT_OK) {
        mt_error_where(err, url);
        return st;
    }
    mt_fetch_result r;
    st = m->fetch(&r, url, opts, err);
    if (st != MT_OK)
        return st;
    st = mt_ingest_bytes(out, r.body, r.len, url, r.content_type, opts, err);
    if (st == MT_OK && mt_source_set(&(*out)->url, r.final_url) != MT_OK) {
        mt_source_free(*out);
        *out = NULL;
        st = mt_error_at(err, MT_ERR_NOMEM, url, -1, "out of memory");
    }
    mt_fetch_result_free(&r);
    return st;
}
