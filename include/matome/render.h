/*
 * matome/render.h - a dossier rendered for people: Markdown, HTML and the
 * SVG timeline.  (JSON for programs is mt_render_json() in dossier.h.)
 *
 * Each renderer walks a parsed mt_dossier (dossier.h) and writes one
 * document into a buffer it allocates for the caller.  Renderers only
 * read: call mt_dossier_derive() first so that corroboration, derived
 * figures and derived conflicts are filled in; without it those sections
 * are simply empty.  A dossier with validation errors still renders
 * (unknown organisations and sources are shown as written), so an analyst
 * can look at work in progress.
 *
 * The sections, in order, in both Markdown and HTML:
 *   title and header (incident id, status, last update)
 *   公式発表 / official statements   sources of kind official or authority
 *   claims per organisation          impact, response and context claims
 *                                    with citations and visible hedges
 *   relationship                     organisation notes and relationship
 *                                    claims (what the victim supplies to
 *                                    whom)
 *   attribution                      attribution claims with their hedge
 *   timeline                         the SVG (HTML only) and a table:
 *                                    # | date | organisation | event |
 *                                    text | sources
 *   derived figures                  dwell time, detection to disclosure,
 *                                    notification to the authority
 *   corroboration                    per claim: sources, official vs media;
 *                                    single-source claims flagged
 *   conflicts                        annotated and derived
 *   commentary                       the analyst's own view, verbatim
 *   related incidents, update history
 *   sources                          No | publisher | title | date | URL
 *
 * Both walk the same internal view of the dossier (src/render/view.c), so
 * they show the same claims in the same sections and order and differ only
 * in markup.  A source URL becomes a link only when it is http or https;
 * any other (javascript:, data:, a file path) is shown as text.
 *
 * Citations: a claim citing source 3 links to the source table's row 3.
 * In Markdown the link reads `*3` as in Japanese security blogs and points
 * at an anchor in the table (GitHub renumbers `[^n]` footnotes in order of
 * use, which would break "source 3 is row 3").  In HTML the k-th citation
 * of source n is <a id="ref-n-k" href="#src-n">, and row n of the source
 * table (id="src-n") links back to every ref-n-k.
 *
 * Output is deterministic: the same dossier gives byte-identical output
 * (no timestamps, no locale, no hash order), so it can be kept in git and
 * compared in tests.
 *
 * Ownership: *out is allocated for the caller and freed with mt_free();
 * on failure *out is left untouched.  Failures: MT_ERR_ARG for NULL
 * arguments, MT_ERR_NOMEM, MT_ERR_TOOBIG when the document would pass
 * MT_RENDER_MAX_BYTES.
 */
#ifndef MATOME_RENDER_H
#define MATOME_RENDER_H

#include "common.h"
#include "dossier.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Largest document a renderer writes (256 MiB). */
#define MT_RENDER_MAX_BYTES ((size_t)256 << 20)

/*
 * Markdown (CommonMark with GitHub tables) in the layout of Japanese
 * security-blog incident summaries.  Every piece of dossier text is
 * escaped so that it renders literally, including text that starts a
 * line (a leading '-', '+', '=' or "1." would otherwise start a list, a
 * rule or a heading).
 */
mt_status mt_render_markdown(const mt_dossier *d, char **out, size_t *out_len,
                             mt_error *err);

/*
 * One self-contained HTML5 page: inline CSS and inline SVG, no scripts,
 * no web fonts, no external requests.  All dossier text is escaped.
 */
mt_status mt_render_html(const mt_dossier *d, char **out, size_t *out_len,
                         mt_error *err);

/*
 * The timeline as one <svg> element (with xmlns, so it is also a valid
 * standalone .svg file).  One lane per organisation that has timeline
 * entries (g.lane, data-org), in the order of the dossier's organisations
 * and then of first use; a time axis with year and month ticks; each entry
 * one element of class "mark" with data-entry (its 0-based index in
 * d->events) and a <title> tooltip.  A day-precision date is a point, a
 * month a month-wide bar, a year (or fiscal year) a year-wide band;
 * approximate dates have a dashed outline and a "~" before their label;
 * BEFORE/AFTER dates get an open-ended arrow towards the past/future.
 * Derived figures (dwell time, detection to disclosure, notification to
 * the authority) are bars of class "interval" under their lane.  Entries
 * whose year is unknown are listed under the chart (class "undated")
 * instead of being drawn.
 */
mt_status mt_render_svg_timeline(const mt_dossier *d, char **out,
                                 size_t *out_len, mt_error *err);

#ifdef __cplusplus
}
#endif
#endif
