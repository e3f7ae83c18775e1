/*
 * Helpers shared by the renderers in src/render/; not part of the public
 * API.
 *
 * Every renderer writes into an mt_out: an mt_buf plus a sticky status.
 * The first failed append (out of memory, or the buffer's maximum reached)
 * is remembered and every later write is a no-op, so rendering code can
 * emit a whole document and check the status once at the end instead of
 * after every line.
 */
#ifndef MT_RENDER_INTERNAL_H
#define MT_RENDER_INTERNAL_H

#include "core/buf.h"
#include "matome/common.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct mt_out {
    mt_buf buf;
    mt_status st; /* MT_OK until the first failed write */
} mt_out;

void mt_out_init(mt_out *o, size_t max);
void mt_out_free(mt_out *o);
void mt_out_puts(mt_out *o, const char *s);
void mt_out_write(mt_out *o, const char *s, size_t n);
/* A decimal integer, without printf: citations print thousands of them. */
void mt_out_long(mt_out *o, long v);
void mt_out_printf(mt_out *o, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/*
 * Escape text for HTML and XML (element content and quoted attribute
 * values alike): & < > " ' become entities.  NUL bytes and C0 controls
 * other than tab and newline are dropped (they are not allowed in XML and
 * browsers would show them as replacement characters); bytes that do not
 * form valid UTF-8 become U+FFFD so the page stays well-formed.  A NULL s
 * writes nothing.
 */
void mt_out_html(mt_out *o, const char *s);
void mt_out_html_n(mt_out *o, const char *s, size_t n);

/*
 * Escape text for Markdown inline content (CommonMark): backslash-escape
 * every character that could start markup (\ ` * _ [ ] < > | ~ # & !) so
 * that the text renders literally, also inside a table cell.  Line breaks
 * become spaces: callers emit text that belongs on one line.  A NULL s
 * writes nothing.
 */
void mt_out_md(mt_out *o, const char *s);
void mt_out_md_n(mt_out *o, const char *s, size_t n);

/*
 * The same for text that starts a line (a list item's first words, a
 * line of a blockquote), where a leading '-', '+' or '=' or "1." / "1)"
 * would start a list, a thematic break or a heading: that character is
 * backslash-escaped too.
 */
void mt_out_md_line(mt_out *o, const char *s);
void mt_out_md_line_n(mt_out *o, const char *s, size_t n);

/*
 * Hand the rendered text to the caller: on success *out receives a
 * malloc()ed NUL-terminated string (free with mt_free) and *out_len its
 * length (when out_len is non-NULL).  On failure nothing is returned, the
 * buffer is freed and the sticky status is returned with a message in err.
 */
mt_status mt_out_finish(mt_out *o, char **out, size_t *out_len, mt_error *err,
                        const char *what);

#include "matome/dossier.h"

/* A coordinate with one decimal, written without the C locale's help
 * (a locale with a decimal comma would break SVG). */
void mt_out_num(mt_out *o, double v);

/*
 * Write s shortened to at most max_chars code points, with "…" when cut,
 * HTML-escaped.  Used for lane labels that must fit a fixed column.
 */
void mt_out_html_trunc(mt_out *o, const char *s, size_t max_chars);

/* Markdown link destination in <...> form with <, >, spaces and controls
 * percent-encoded, so any URL is one safe destination. */
void mt_out_md_url(mt_out *o, const char *url);

/*
 * A derived figure's interval in words: "24 to 26 months", "at least 3
 * months", "12 days"; with "about " when an end is approximate.  Writes
 * into buf and returns it.
 */
const char *mt_render_figure_range(const mt_dossier_figure *f, char *buf,
                                   size_t size);

/* A figure's name for people: "dwell time" etc. (ja and en forms). */
const char *mt_render_figure_label_en(mt_figure_name n);
const char *mt_render_figure_label_ja(mt_figure_name n);

/* An event type for people: "intrusion start" (underscores as spaces). */
const char *mt_render_event_label(mt_event_type t);
/* A hedge for people, Japanese and English: "可能性 (possible)"; NULL
 * for confirmed, which is shown without a marker. */
const char *mt_render_hedge_label(mt_hedge h);

/* The organisation of an element by index, or its name as written. */
const char *mt_render_org_name(const mt_dossier *d, long org_index,
                               const char *as_written);

/*
 * Source numbers to positions in d->sources, and how often each source has
 * been cited so far (for the HTML back-links ref-n-k).  Built once per
 * render so that citations cost O(log sources).
 */
typedef struct mt_cite_index {
    int *n;         /* footnote numbers, sorted */
    size_t *pos;    /* pos[i]: index into d->sources of number n[i] */
    unsigned *uses; /* uses[pos]: citations rendered so far */
    size_t count;
} mt_cite_index;

mt_status mt_cite_index_init(mt_cite_index *ci, const mt_dossier *d);
void mt_cite_index_free(mt_cite_index *ci);
/* Index into d->sources of source number n, or -1. */
long mt_cite_index_find(const mt_cite_index *ci, int n);

/* The organisation an element names: by index, else by exact name or
 * alias (so an unvalidated dossier still groups correctly); -1 if none. */
long mt_render_resolve_org(const mt_dossier *d, long idx, const char *name);

/* True for sources of kind official or authority (公式 in the tables). */
bool mt_render_source_official(const mt_dossier_source *s);

/* An organisation name as written (not in the list) and the position of
 * the element that uses it; mt_render_named_cmp orders by name, then
 * position, for qsort: grouping by name in O(n log n). */
typedef struct mt_render_named {
    const char *name;
    size_t index;
} mt_render_named;

int mt_render_named_cmp(const void *a, const void *b);

/* Whether a source URL may become a link: http or https only, so that a
 * javascript: or data: URL in a dossier never becomes an active link. */
bool mt_render_url_safe(const char *url);

/* A publication date as text, "" when it has neither year nor month. */
const char *mt_render_date_text(const mt_date *dt, char *buf, size_t size);

/* A timeline entry's date, organisation and event type as shown in
 * tables and tooltips (org and type borrowed). */
typedef struct mt_event_text {
    char date[MT_DOSSIER_DATE_TEXT_MAX];
    const char *org;
    const char *type;
} mt_event_text;

void mt_render_event_text(mt_event_text *t, const mt_dossier *d, size_t e);

/*
 * The view: what the Markdown and HTML renderers show, worked out once per
 * render (view.c) so that the two walk the same sections in the same order
 * and differ only in markup.  Every pointer is borrowed from the dossier,
 * which must outlive the view.
 */
typedef enum mt_view_section {
    MT_VIEW_CLAIMS,       /* impact, response and context claims */
    MT_VIEW_RELATIONSHIP, /* relationship claims */
    MT_VIEW_ATTRIBUTION,  /* attribution claims */
    MT_VIEW_NSECTIONS
} mt_view_section;

/* One claim in a section: claims are grouped by organisation (listed
 * organisations in list order, then names not in the list in order of
 * first use) and keep file order inside a group. */
typedef struct mt_view_claim {
    const mt_dossier_claim *claim;
    const char *org;  /* the group's display name, never NULL */
    bool group_start; /* first claim of its group */
} mt_view_claim;

/* A derived figure's cells. */
typedef struct mt_view_figure {
    const mt_dossier_figure *fig;
    const char *org; /* never NULL */
    const char *label_ja, *label_en;
    char from[MT_DOSSIER_DATE_TEXT_MAX];
    char to[MT_DOSSIER_DATE_TEXT_MAX];
    char range[96]; /* mt_render_figure_range */
} mt_view_figure;

typedef struct mt_view {
    const mt_dossier *d;
    const char *title; /* the title, or the id when it has none */
    mt_cite_index ci;
    mt_view_claim *claims[MT_VIEW_NSECTIONS]; /* nclaims[s] each */
    size_t nclaims[MT_VIEW_NSECTIONS];
    mt_view_figure *figures; /* d->nfigures, in the dossier's order */
    size_t nofficial;        /* sources of kind official or authority */
    size_t nnotes;           /* organisations with a relationship note */
    size_t nsingle;          /* claims resting on a single source */
    const char *last_update; /* latest update date, NULL when none */
    char last_buf[MT_DATE_TEXT_MAX];
} mt_view;

/* Build the view of d: MT_OK or MT_ERR_NOMEM (v is then empty).  Free with
 * mt_view_free, also after a failure. */
mt_status mt_view_init(mt_view *v, const mt_dossier *d);
void mt_view_free(mt_view *v);

/* The timeline SVG, written into o (see mt_render_svg_timeline). */
void mt_svg_timeline_write(mt_out *o, const mt_dossier *d);

#endif
