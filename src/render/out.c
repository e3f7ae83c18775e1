/*
 * The renderers' output buffer, the escapers for HTML/XML and Markdown,
 * and the labels that every renderer shows alike.
 */
#include "render/render_internal.h"

#include "core/internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

void mt_out_init(mt_out *o, size_t max)
{
    mt_buf_init(&o->buf, max);
    o->st = MT_OK;
}

void mt_out_free(mt_out *o)
{
    mt_buf_free(&o->buf);
}

void mt_out_write(mt_out *o, const char *s, size_t n)
{
    if (o->st == MT_OK && n > 0)
        o->st = mt_buf_append(&o->buf, s, n);
}

void mt_out_puts(mt_out *o, const char *s)
{
    if (s)
        mt_out_write(o, s, strlen(s));
}

void mt_out_long(mt_out *o, long v)
{
    char d[24];
    size_t i = sizeof d;
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    do {
        d[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        d[--i] = '-';
    mt_out_write(o, d + i, sizeof d - i);
}

void mt_out_printf(mt_out *o, const char *fmt, ...)
{
    if (o->st != MT_OK)
        return;
    /* Most pieces are short: format on the stack and append once, which
     * halves the formatting work of mt_buf_vprintf's measure-then-write. */
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        o->st = MT_ERR_INTERNAL;
        return;
    }
    if ((size_t)n < sizeof small) {
        mt_out_write(o, small, (size_t)n);
        return;
    }
    va_start(ap, fmt);
    o->st = mt_buf_vprintf(&o->buf, fmt, ap);
    va_end(ap);
}

/* Length of the valid UTF-8 sequence at s[0..n), or 0 when invalid. */
static size_t utf8_len(const char *s, size_t n)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t k =
        utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &cp);
    return k > 0 ? (size_t)k : 0;
}

void mt_out_html_n(mt_out *o, const char *s, size_t n)
{
    if (!s)
        return;
    size_t run = 0; /* start of the pending run of bytes copied as they are */
    size_t i = 0;
    while (i < n && o->st == MT_OK) {
        unsigned char c = (unsigned char)s[i];
        const char *rep = NULL;
        size_t adv = 1;
        switch (c) {
        case '&':
            rep = "&amp;";
            break;
        case '<':
            rep = "&lt;";
            break;
        case '>':
            rep = "&gt;";
            break;
        case '"':
            rep = "&quot;";
            break;
        case '\'':
            rep = "&#39;";
            break;
        default:
            if (c < 0x20 && c != '\t' && c != '\n')
                rep = "";
            else if (c == 0x7f)
                rep = "";
            else if (c >= 0x80) {
                adv = utf8_len(s + i, n - i);
                if (adv == 0) {
                    rep = "\xEF\xBF\xBD";
                    adv = 1;
                }
            }
            break;
        }
        if (rep) {
            mt_out_write(o, s + run, i - run);
            mt_out_puts(o, rep);
            run = i + adv;
        }
        i += adv;
    }
    mt_out_write(o, s + run, n - run);
}

void mt_out_html(mt_out *o, const char *s)
{
    if (s)
        mt_out_html_n(o, s, strlen(s));
}

void mt_out_md_n(mt_out *o, const char *s, size_t n)
{
    if (!s)
        return;
    size_t run = 0, i = 0;
    for (; i < n && o->st == MT_OK; i++) {
        char c = s[i];
        const char *rep = NULL;
        char esc[3] = {'\\', c, '\0'};
        if (c && strchr("\\`*_[]<>|~#&!", c))
            rep = esc;
        else if (c == '\r' || c == '\n' || c == '\t')
            rep = " ";
        if (rep) {
            mt_out_write(o, s + run, i - run);
            mt_out_puts(o, rep);
            run = i + 1;
        }
    }
    mt_out_write(o, s + run, i - run);
}

void mt_out_md(mt_out *o, const char *s)
{
    if (s)
        mt_out_md_n(o, s, strlen(s));
}

void mt_out_md_line_n(mt_out *o, const char *s, size_t n)
{
    if (!s)
        return;
    /* Up to three blanks may stand before a block marker. */
    size_t k = 0;
    while (k < n && k < 3 && s[k] == ' ')
        k++;
    mt_out_md_n(o, s, k);
    s += k;
    n -= k;
    size_t digits = 0;
    while (digits < n && digits < 9 && s[digits] >= '0' && s[digits] <= '9')
        digits++;
    if (n && (s[0] == '-' || s[0] == '+' || s[0] == '=')) {
        /* A bullet, a thematic break or a setext underline. */
        mt_out_puts(o, "\\");
    } else if (digits && digits < n && (s[digits] == '.' || s[digits] == ')')) {
        /* An ordered-list marker: "1." or "1)". */
        mt_out_md_n(o, s, digits);
        mt_out_puts(o, "\\");
        s += digits;
        n -= digits;
    }
    mt_out_md_n(o, s, n);
}

void mt_out_md_line(mt_out *o, const char *s)
{
    if (s)
        mt_out_md_line_n(o, s, strlen(s));
}

mt_status mt_out_finish(mt_out *o, char **out, size_t *out_len, mt_error *err,
                        const char *what)
{
    if (o->st != MT_OK) {
        mt_status st = o->st;
        mt_out_free(o);
        return mt_error_set(err, st, "rendering %s: %s", what,
                            st == MT_ERR_TOOBIG ? "output too large"
                                                : mt_status_str(st));
    }
    size_t len = 0;
    char *p = mt_buf_detach(&o->buf, &len);
    if (!p)
        return mt_error_set(err, MT_ERR_NOMEM, "rendering %s: out of memory",
                            what);
    *out = p;
    if (out_len)
        *out_len = len;
    return MT_OK;
}

void mt_out_num(mt_out *o, double v)
{
    /* Round half away from zero to tenths, then print the integer parts. */
    long t = (long)(v < 0 ? v * 10.0 - 0.5 : v * 10.0 + 0.5);
    if (t < 0) {
        mt_out_puts(o, "-");
        t = -t;
    }
    if (t % 10)
        mt_out_printf(o, "%ld.%ld", t / 10, t % 10);
    else
        mt_out_printf(o, "%ld", t / 10);
}

void mt_out_html_trunc(mt_out *o, const char *s, size_t max_chars)
{
    if (!s)
        return;
    size_t n = strlen(s), i = 0, chars = 0;
    while (i < n && chars < max_chars) {
        size_t k = utf8_len(s + i, n - i);
        i += k ? k : 1;
        chars++;
    }
    if (i >= n) {
        mt_out_html_n(o, s, n);
        return;
    }
    /* Cut one character earlier to make room for the ellipsis. */
    size_t j = 0, keep = 0;
    chars = 0;
    while (j < n && chars + 1 < max_chars) {
        size_t k = utf8_len(s + j, n - j);
        j += k ? k : 1;
        chars++;
        keep = j;
    }
    mt_out_html_n(o, s, keep);
    mt_out_puts(o, "\xE2\x80\xA6");
}

void mt_out_md_url(mt_out *o, const char *url)
{
    mt_out_puts(o, "<");
    for (const unsigned char *p = (const unsigned char *)url; p && *p; p++) {
        if (*p <= 0x20 || *p == '<' || *p == '>' || *p == '\\' || *p == 0x7f)
            mt_out_printf(o, "%%%02X", *p);
        else
            mt_out_write(o, (const char *)p, 1);
    }
    mt_out_puts(o, ">");
}

static const char *plural(long n, const char *one, const char *many)
{
    return n == 1 ? one : many;
}

const char *mt_render_figure_range(const mt_dossier_figure *f, char *buf,
                                   size_t size)
{
    const char *about = f->approx ? "about " : "";
    long lo = f->months_min, hi = f->months_max;
    bool max_open = f->max_open || hi < 0;
    if (f->min_open && max_open)
        snprintf(buf, size, "unknown");
    else if (max_open)
        snprintf(buf, size, "%sat least %ld %s", about, lo,
                 plural(lo, "month", "months"));
    else if (f->min_open)
        snprintf(buf, size, "%sat most %ld %s", about, hi,
                 plural(hi, "month", "months"));
    else if (hi < 2 && f->days_max >= 0) {
        if (f->days_min == f->days_max)
            snprintf(buf, size, "%s%ld %s", about, f->days_min,
                     plural(f->days_min, "day", "days"));
        else
            snprintf(buf, size, "%s%ld to %ld days", about, f->days_min,
                     f->days_max);
    } else if (lo == hi)
        snprintf(buf, size, "%s%ld %s", about, lo,
                 plural(lo, "month", "months"));
    else
        snprintf(buf, size, "%s%ld to %ld months", about, lo, hi);
    return buf;
}

const char *mt_render_figure_label_en(mt_figure_name n)
{
    switch (n) {
    case MT_FIGURE_DWELL_TIME:
        return "dwell time";
    case MT_FIGURE_DETECTION_TO_DISCLOSURE:
        return "detection to disclosure";
    case MT_FIGURE_NOTIFICATION_TO_AUTHORITY:
        return "notification to the authority";
    case MT_FIGURE_DISCLOSURE_TO_TODAY:
        return "disclosure to today";
    }
    return "?";
}

const char *mt_render_figure_label_ja(mt_figure_name n)
{
    switch (n) {
    case MT_FIGURE_DWELL_TIME:
        return "侵入から検知まで";
    case MT_FIGURE_DETECTION_TO_DISCLOSURE:
        return "検知から公表まで";
    case MT_FIGURE_NOTIFICATION_TO_AUTHORITY:
        return "当局への報告まで";
    case MT_FIGURE_DISCLOSURE_TO_TODAY:
        return "公表から現在まで";
    }
    return "?";
}

const char *mt_render_event_label(mt_event_type t)
{
    static const char *const names[MT_EVENT_TYPE_COUNT] = {
        "other",        "intrusion start",
        "detection",    "investigation",
        "containment",  "leak possible",
        "leak denied",  "authority confirmation",
        "notification", "disclosure",
        "media report", "attribution",
        "remediation"};
    return (unsigned)t < MT_EVENT_TYPE_COUNT ? names[t] : "?";
}

const char *mt_render_hedge_label(mt_hedge h)
{
    switch (h) {
    case MT_HEDGE_CONFIRMED:
        return NULL;
    case MT_HEDGE_POSSIBLE:
        return "可能性 (possible)";
    case MT_HEDGE_SUSPECTED:
        return "疑い (suspected)";
    case MT_HEDGE_DENIED:
        return "否定 (denied)";
    case MT_HEDGE_NOT_CONFIRMED:
        return "未確認 (not confirmed)";
    }
    return "?";
}
