/*
 * The dossier as one self-contained HTML5 page: inline CSS, the timeline
 * as inline SVG (svg_timeline.c), no scripts, no web fonts, no external
 * requests, so the file can be mailed, archived or opened offline.
 *
 * Citations are footnote links both ways: the k-th citation of source n
 * in the page is <a id="ref-n-k" href="#src-n">, and row n of the source
 * table (<tr id="src-n">) links back to each ref-n-k.  A citation of a
 * source number that does not exist is shown as text ("12?"), never as a
 * link to nowhere.
 *
 * All dossier text goes through mt_out_html (& < > " ' escaped, invalid
 * UTF-8 replaced), so no input can inject markup.
 */
#include "matome/render.h"

#include "core/internal.h"
#include "render/render_internal.h"

typedef struct page {
    mt_out o;
    const mt_dossier *d;
    mt_view v;
} page;

static const char css[] =
    ":root{color-scheme:light}\n"
    "body{margin:0;background:#fff;color:#1f2328;font-family:\"Hiragino "
    "Sans\",\"Hiragino Kaku Gothic ProN\",\"Noto Sans CJK JP\",\"Noto Sans "
    "JP\",\"Yu Gothic\",YuGothic,Meiryo,system-ui,-apple-system,\"Segoe "
    "UI\",Roboto,sans-serif;font-size:16px;line-height:1.7;"
    "overflow-wrap:anywhere}\n"
    "main{max-width:62rem;margin:0 auto;padding:2rem 1.25rem 4rem}\n"
    "h1{font-size:1.75rem;line-height:1.35;margin:0 0 .6rem}\n"
    "h2{font-size:1.3rem;line-height:1.4;border-bottom:2px solid #d8dee4;"
    "padding-bottom:.25rem;margin:2.4rem 0 .8rem}\n"
    "h2 .en,th .en{color:#57606a;font-weight:normal}\n"
    "h2 .en{font-size:.75em;margin-left:.6em}\n"
    "h3{font-size:1.08rem;margin:1.3rem 0 .4rem}\n"
    "ul{padding-left:1.4rem}li{margin:.25rem 0}\n"
    ".meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem "
    "1rem;margin:0;color:#424a53;font-size:.92rem}\n"
    ".meta dt{font-weight:600}.meta dd{margin:0}\n"
    ".status{font-weight:700}.status-ongoing{color:#9a6700}"
    ".status-closed{color:#1a7f37}\n"
    ".summary{color:#57606a;font-size:.92rem;margin:.6rem 0 0}\n"
    "nav.toc{font-size:.88rem;margin:1.2rem 0;padding:.5rem .8rem;"
    "background:#f6f8fa;border-radius:.4rem}\n"
    "nav.toc a{margin-right:1rem;white-space:nowrap}\n"
    "a{color:#0969da}\n"
    "table{border-collapse:collapse;width:100%;font-size:.9rem;"
    "margin:.5rem 0 1rem}\n"
    "th,td{border:1px solid #d0d7de;padding:.3rem .5rem;vertical-align:top;"
    "text-align:left}\n"
    "th{background:#f6f8fa;white-space:nowrap}\n"
    "td.num{text-align:right;white-space:nowrap}"
    "td.date{white-space:nowrap}\n"
    ".cites{font-size:.72em;line-height:0;white-space:nowrap;"
    "margin-left:.15em}\n"
    ".cites a{text-decoration:none}\n"
    ".cite-missing{color:#cf222e}\n"
    ".hedge{display:inline-block;font-size:.78em;line-height:1.5;"
    "padding:0 .45em;margin-left:.35em;border-radius:.3em;"
    "background:#fff8c5;border:1px solid #d4a72c;color:#7d4e00}\n"
    ".hedge-denied,.hedge-not_confirmed{background:#eaeef2;"
    "border-color:#8c959f;color:#424a53}\n"
    ".badge-single{display:inline-block;font-size:.74em;line-height:1.5;"
    "font-weight:700;padding:0 .45em;margin-left:.35em;border-radius:.3em;"
    "background:#ffebe9;border:1px solid #ff8182;color:#a40e26}\n"
    ".cat{display:inline-block;font-size:.74em;padding:0 .4em;"
    "margin-right:.35em;border-radius:.3em;background:#ddf4ff;"
    "color:#0550ae}\n"
    ".qty{color:#57606a;font-size:.9em}\n"
    ".alert{border:2px solid #cf222e;background:#fff5f5;color:#82071e;"
    "border-radius:.4rem;padding:.4rem .8rem;margin:1rem 0;"
    "font-weight:600}\n"
    ".conflict-box{border:2px solid #cf222e;background:#fff5f5;"
    "border-radius:.4rem;padding:.5rem 1rem;margin:.7rem 0}\n"
    ".conflict-box h3{color:#a40e26;margin:.2rem 0 .3rem;font-size:1rem}\n"
    ".conflict-box .origin{color:#57606a;font-size:.85em;"
    "font-weight:normal}\n"
    ".commentary{border-left:4px solid #8250df;background:#fbf8ff;"
    "padding:.4rem 1rem;border-radius:0 .4rem .4rem 0}\n"
    ".commentary .note{color:#6639ba;font-size:.88rem;font-weight:600}\n"
    ".commentary p{white-space:pre-line}\n"
    "figure.timeline{margin:.5rem 0 1rem;overflow-x:auto}\n"
    "figure.timeline svg{max-width:100%;height:auto;display:block}\n"
    ".backrefs{white-space:nowrap;font-size:.85em}\n"
    ".backrefs a{text-decoration:none;margin-right:.25em}\n"
    "tr:target,li:target,:target>td{background:#fff8c5}\n"
    ".none{color:#6e7781;font-style:italic}\n"
    "code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"
    "monospace;font-size:.9em}\n"
    "footer{margin-top:3rem;color:#6e7781;font-size:.8rem}\n"
    "@media print{nav.toc{display:none}a{color:inherit}}\n";

/* ---- small pieces ---- */

static void cites(page *p, const mt_cites *c)
{
    if (!c->count)
        return;
    mt_out *o = &p->o;
    mt_out_puts(o, "<sup class=\"cites\">[");
    for (size_t i = 0; i < c->count; i++) {
        int n = c->n[i];
        long pos = mt_cite_index_find(&p->v.ci, n);
        if (i)
            mt_out_puts(o, ",");
        if (pos < 0) {
            mt_out_printf(o,
                          "<span class=\"cite-missing\" title=\"no source "
                          "%d\">%d?</span>",
                          n, n);
            continue;
        }
        unsigned k = ++p->v.ci.uses[pos];
        /* <a id="ref-N-K" href="#src-N">N</a>, the hot path of a large
         * dossier: no printf. */
        mt_out_puts(o, "<a id=\"ref-");
        mt_out_long(o, n);
        mt_out_puts(o, "-");
        mt_out_long(o, (long)k);
        mt_out_puts(o, "\" href=\"#src-");
        mt_out_long(o, n);
        mt_out_puts(o, "\">");
        mt_out_long(o, n);
        mt_out_puts(o, "</a>");
    }
    mt_out_puts(o, "]</sup>");
}

static void hedge(page *p, mt_hedge h)
{
    const char *label = mt_render_hedge_label(h);
    if (label)
        mt_out_printf(&p->o, "<span class=\"hedge hedge-%s\">%s</span>",
                      mt_hedge_str(h), label);
}

static void single_source(page *p, const mt_corroboration *c)
{
    if (c->single_source)
        mt_out_puts(&p->o, "<span class=\"badge-single\" title=\"only one "
                           "source supports this\">\xE5\x8D\x98\xE4\xB8\x80"
                           "\xE3\x82\xBD\xE3\x83\xBC\xE3\x82\xB9 single "
                           "source</span>");
}

static void section(page *p, const char *id, const char *ja, const char *en)
{
    mt_out_printf(&p->o,
                  "<section id=\"%s\">\n<h2>%s<span class=\"en\">%s</span>"
                  "</h2>\n",
                  id, ja, en);
}

static void end_section(page *p)
{
    mt_out_puts(&p->o, "</section>\n");
}

static void none(page *p, const char *text)
{
    mt_out_printf(&p->o, "<p class=\"none\">%s</p>\n", text);
}

/* A section that is one table: the heading, then either the `empty` line
 * (and the section is closed: returns false) or the table's head. */
static bool table_section(page *p, const char *id, const char *ja,
                          const char *en, size_t count, const char *empty,
                          const char *thead)
{
    section(p, id, ja, en);
    if (!count) {
        none(p, empty);
        end_section(p);
        return false;
    }
    mt_out_puts(&p->o, thead);
    return true;
}

static void end_table_section(page *p)
{
    mt_out_puts(&p->o, "</tbody>\n</table>\n");
    end_section(p);
}

/* A link to an http(s) URL; any other scheme (javascript:, data:, a
 * local file) is shown as text, never made a link. */
static void link(page *p, const char *url, const char *text)
{
    mt_out *o = &p->o;
    if (mt_render_url_safe(url)) {
        mt_out_puts(o, "<a href=\"");
        mt_out_html(o, url);
        mt_out_puts(o, "\">");
        mt_out_html(o, text);
        mt_out_puts(o, "</a>");
    } else {
        mt_out_html(o, text);
    }
}

/* ---- sections ---- */

static void head(page *p)
{
    mt_out *o = &p->o;
    mt_out_puts(o, "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n"
                   "<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, "
                   "initial-scale=1\">\n"
                   "<meta name=\"generator\" content=\"matome\">\n<title>");
    mt_out_html(o, p->v.title);
    mt_out_printf(o,
                  "</title>\n<style>\n%s</style>\n</head>\n<body>\n<main>"
                  "\n",
                  css);
}

static void header(page *p)
{
    const mt_dossier *d = p->d;
    mt_out *o = &p->o;
    mt_out_puts(o, "<header>\n<h1>");
    mt_out_html(o, p->v.title);
    mt_out_puts(o, "</h1>\n<dl class=\"meta\">\n<dt>\xE3\x82\xA4\xE3\x83\xB3"
                   "\xE3\x82\xB7\xE3\x83\x87\xE3\x83\xB3\xE3\x83\x88 / "
                   "Incident</dt><dd><code>");
    mt_out_html(o, d->id);
    mt_out_printf(o,
                  "</code></dd>\n<dt>\xE7\x8A\xB6\xE6\x85\x8B / Status</dt>"
                  "<dd><span class=\"status status-%s\">%s</span></dd>\n",
                  mt_incident_status_str(d->status),
                  mt_incident_status_str(d->status));
    if (p->v.last_update)
        mt_out_printf(o,
                      "<dt>\xE6\x9C\x80\xE7\xB5\x82\xE6\x9B\xB4\xE6\x96"
                      "\xB0 / Last updated</dt><dd>%s</dd>\n",
                      p->v.last_update);
    mt_out_puts(o, "</dl>\n");
    mt_out_printf(o,
                  "<p class=\"summary\">%zu sources \xC2\xB7 %zu "
                  "organisations \xC2\xB7 %zu claims (%zu single-source) "
                  "\xC2\xB7 %zu timeline entries \xC2\xB7 %zu conflicts</p>\n",
                  d->nsources, d->norgs, d->nclaims, p->v.nsingle, d->nevents,
                  d->nconflicts);
    mt_out_puts(o, "</header>\n");
    if (d->nconflicts)
        mt_out_printf(o,
                      "<p class=\"alert\">\xE2\x9A\xA0 "
                      "\xE6\x83\x85\xE5\xA0\xB1\xE6\xBA\x90\xE3\x81\xAE\xE9"
                      "\x96\x93\xE3\x81\xA7\xE9\xA3\x9F\xE3\x81\x84\xE9\x81"
                      "\x95\xE3\x81\x84\xE3\x81\x8C\xE3\x81\x82\xE3\x82\x8A"
                      "\xE3\x81\xBE\xE3\x81\x99: %zu %s between sources. "
                      "<a href=\"#conflicts\">See the conflicts</a>.</p>\n",
                      d->nconflicts,
                      d->nconflicts == 1 ? "conflict" : "conflicts");
    mt_out_puts(
        o, "<nav class=\"toc\"><a href=\"#official\">\xE5\x85\xAC\xE5\xBC\x8F"
           "\xE7\x99\xBA\xE8\xA1\xA8</a><a href=\"#claims\">\xE5\xBD\xB1\xE9"
           "\x9F\xBF\xE7\xAF\x84\xE5\x9B\xB2</a><a href=\"#relationships\">"
           "\xE9\x96\xA2\xE4\xBF\x82</a><a href=\"#attribution\">\xE6\x94"
           "\xBB\xE6\x92\x83\xE8\x80\x85</a><a href=\"#timeline\">\xE6\x99"
           "\x82\xE7\xB3\xBB\xE5\x88\x97</a><a href=\"#figures\">\xE7\xAE"
           "\x97\xE5\x87\xBA\xE5\x80\xA4</a><a href=\"#corroboration\">"
           "\xE8\xA3\x8F\xE4\xBB\x98\xE3\x81\x91</a><a href=\"#conflicts\">"
           "\xE7\x9F\x9B\xE7\x9B\xBE</a><a href=\"#commentary\">\xE6\x89\x80"
           "\xE6\x84\x9F</a><a href=\"#related\">\xE9\x96\xA2\xE9\x80\xA3"
           "</a><a href=\"#history\">\xE6\x9B\xB4\xE6\x96\xB0\xE5\xB1\xA5"
           "\xE6\xAD\xB4</a><a href=\"#sources\">\xE8\xAA\xBF\xE6\x9F\xBB"
           "\xE3\x82\xBD\xE3\x83\xBC\xE3\x82\xB9</a></nav>\n");
}

static void official(page *p)
{
    const mt_dossier *d = p->d;
    mt_out *o = &p->o;
    section(p, "official", "\xE5\x85\xAC\xE5\xBC\x8F\xE7\x99\xBA\xE8\xA1\xA8",
            "Official statements");
    if (!p->v.nofficial) {
        none(p, "None yet.");
        end_section(p);
        return;
    }
    mt_out_puts(o, "<ul class=\"official\">\n");
    for (size_t i = 0; i < d->nsources; i++) {
        const mt_dossier_source *s = &d->sources[i];
        if (!mt_render_source_official(s))
            continue;
        char buf[MT_DATE_TEXT_MAX];
        mt_out_puts(o, "<li><strong>");
        mt_out_html(o, s->publisher ? s->publisher : "?");
        mt_out_puts(o, "</strong> ");
        if (s->url && *s->url)
            link(p, s->url, s->title ? s->title : s->url);
        else
            mt_out_html(o, s->title ? s->title : s->stored_id);
        const char *dt = mt_render_date_text(&s->published, buf, sizeof buf);
        if (*dt)
            mt_out_printf(o, " <span class=\"qty\">(%s)</span>", dt);
        mt_cites one = {.n = &d->sources[i].n, .col = NULL, .count = 1};
        cites(p, &one);
        mt_out_puts(o, "</li>\n");
    }
    mt_out_puts(o, "</ul>\n");
    end_section(p);
}

static void claim_body(page *p, const mt_dossier_claim *cl, bool show_cat)
{
    mt_out *o = &p->o;
    if (show_cat && cl->category != MT_CLAIM_IMPACT)
        mt_out_printf(o, "<span class=\"cat\">%s</span>",
                      mt_claim_category_str(cl->category));
    mt_out_html(o, cl->text);
    if (cl->has_quantity) {
        mt_out_printf(o, " <span class=\"qty\">(%s%s%lld ",
                      cl->quantity.at_least ? "≥" : "",
                      cl->quantity.approx ? "~" : "",
                      (long long)cl->quantity.value);
        mt_out_html(o, cl->quantity.unit);
        if (cl->quantity.counts) {
            mt_out_puts(o, ", ");
            mt_out_html(o, cl->quantity.counts);
        }
        mt_out_puts(o, ")</span>");
    }
    hedge(p, cl->hedge);
    cites(p, &cl->cites);
    single_source(p, &cl->corroboration);
}

/* The claims of a section grouped by organisation: an <h3> per group, or
 * (flat) one list with the organisation in bold on each claim. */
static void claim_list(page *p, mt_view_section sec, bool flat)
{
    mt_out *o = &p->o;
    const mt_view_claim *vc = p->v.claims[sec];
    size_t n = p->v.nclaims[sec];
    if (flat && n)
        mt_out_puts(o, "<ul class=\"claims\">\n");
    for (size_t i = 0; i < n; i++) {
        if (vc[i].group_start && !flat) {
            if (i)
                mt_out_puts(o, "</ul>\n");
            mt_out_puts(o, "<h3>");
            mt_out_html(o, vc[i].org);
            mt_out_puts(o, "</h3>\n<ul class=\"claims\">\n");
        }
        mt_out_puts(o, "<li class=\"claim\">");
        if (flat) {
            mt_out_puts(o, "<strong>");
            mt_out_html(o, vc[i].org);
            mt_out_puts(o, "</strong>: ");
        }
        claim_body(p, vc[i].claim, !flat);
        mt_out_puts(o, "</li>\n");
    }
    if (n)
        mt_out_puts(o, "</ul>\n");
}

static void claims(page *p)
{
    section(p, "claims", "\xE5\xBD\xB1\xE9\x9F\xBF\xE7\xAF\x84\xE5\x9B\xB2",
            "Impact and claims by organisation");
    if (!p->v.nclaims[MT_VIEW_CLAIMS])
        none(p, "None yet.");
    claim_list(p, MT_VIEW_CLAIMS, false);
    end_section(p);
}

static void relationships(page *p)
{
    const mt_dossier *d = p->d;
    mt_out *o = &p->o;
    section(p, "relationships", "\xE9\x96\xA2\xE4\xBF\x82", "Relationships");
    if (p->v.nnotes)
        mt_out_puts(o, "<ul class=\"notes\">\n");
    for (size_t i = 0; i < d->norgs; i++) {
        const mt_dossier_org *org = &d->orgs[i];
        if (!org->note)
            continue;
        mt_out_puts(o, "<li><strong>");
        mt_out_html(o, org->name);
        mt_out_printf(o, "</strong> <span class=\"qty\">(%s)</span>: ",
                      mt_org_role_str(org->role));
        mt_out_html(o, org->note);
        cites(p, &org->cites);
        mt_out_puts(o, "</li>\n");
    }
    if (p->v.nnotes)
        mt_out_puts(o, "</ul>\n");
    if (!p->v.nnotes && !p->v.nclaims[MT_VIEW_RELATIONSHIP])
        none(p, "None yet.");
    claim_list(p, MT_VIEW_RELATIONSHIP, true);
    end_section(p);
}

static void attribution(page *p)
{
    section(p, "attribution", "\xE6\x94\xBB\xE6\x92\x83\xE8\x80\x85",
            "Attribution");
    if (!p->v.nclaims[MT_VIEW_ATTRIBUTION])
        none(p, "None yet.");
    claim_list(p, MT_VIEW_ATTRIBUTION, true);
    end_section(p);
}

static void timeline(page *p)
{
    const mt_dossier *d = p->d;
    mt_out *o = &p->o;
    section(p, "timeline", "\xE6\x99\x82\xE7\xB3\xBB\xE5\x88\x97", "Timeline");
    if (!d->nevents) {
        none(p, "None yet.");
        end_section(p);
        return;
    }
    mt_out_puts(o, "<figure class=\"timeline\">\n");
    mt_svg_timeline_write(o, d);
    mt_out_puts(o, "</figure>\n");
    mt_out_puts(o, "<table class=\"timeline\">\n<thead><tr><th>#</th>"
                   "<th>\xE6\x97\xA5\xE4\xBB\x98 <span class=\"en\">Date"
                   "</span></th><th>\xE7\xB5\x84\xE7\xB9\x94 <span class=\"en"
                   "\">Organisation</span></th><th>\xE7\xA8\xAE\xE5\x88\xA5 "
                   "<span class=\"en\">Event</span></th><th>\xE5\x86\x85\xE5"
                   "\xAE\xB9 <span class=\"en\">Text</span></th></tr></thead>"
                   "\n<tbody>\n");
    for (size_t e = 0; e < d->nevents; e++) {
        const mt_dossier_event *ev = &d->events[e];
        mt_event_text t;
        mt_render_event_text(&t, d, e);
        mt_out_printf(o,
                      "<tr id=\"entry-%zu\"><td class=\"num\">%zu</td>"
                      "<td class=\"date\">",
                      e + 1, e + 1);
        mt_out_html(o, t.date);
        mt_out_puts(o, "</td><td>");
        mt_out_html(o, t.org);
        mt_out_printf(o, "</td><td>%s</td><td>", t.type);
        mt_out_html(o, ev->text);
        cites(p, &ev->cites);
        single_source(p, &ev->corroboration);
        mt_out_puts(o, "</td></tr>\n");
    }
    end_table_section(p);
}

static void figures(page *p)
{
    const mt_dossier *d = p->d;
    mt_out *o = &p->o;
    if (!table_section(
            p, "figures", "\xE7\xAE\x97\xE5\x87\xBA\xE5\x80\xA4",
            "Derived figures", d->nfigures,
            "None: the timeline has no matching pair of events.",
            "<table class=\"figures\">\n<thead><tr><th>\xE7\xB5\x84"
            "\xE7\xB9\x94 <span class=\"en\">Organisation</span></th>"
            "<th>\xE6\x8C\x87\xE6\xA8\x99 <span class=\"en\">Figure"
            "</span></th><th>\xE8\xB5\xB7\xE7\x82\xB9 <span class=\"en"
            "\">From</span></th><th>\xE7\xB5\x82\xE7\x82\xB9 <span "
            "class=\"en\">To</span></th><th>\xE6\x9C\x9F\xE9\x96\x93 "
            "<span class=\"en\">Interval</span></th></tr></thead>\n"
            "<tbody>\n"))
        return;
    for (size_t f = 0; f < d->nfigures; f++) {
        const mt_view_figure *vf = &p->v.figures[f];
        mt_out_puts(o, "<tr><td>");
        mt_out_html(o, vf->org);
        mt_out_printf(o,
                      "</td><td>%s <span class=\"en\">(%s)</span></td>"
                      "<td class=\"date\">",
                      vf->label_ja, vf->label_en);
        mt_out_html(o, vf->from);
        mt_out_puts(o, "</td><td class=\"date\">");
        mt_out_html(o, vf->to);
        mt_out_printf(o, "</td><td>%s</td></tr>\n", vf->range);
    }
    end_table_section(p);
}

static void corroboration(page *p)
{
    const mt_dossier *d = p->d;
    mt_out *o = &p->o;
    if (!table_section(p, "corroboration",
                       "\xE8\xA3\x8F\xE4\xBB\x98\xE3\x81\x91", "Corroboration",
                       d->nclaims, "No claims.", ""))
        return;
    mt_out_printf(o, "<p>%zu of %zu claims rest on a single source.</p>\n",
                  p->v.nsingle, d->nclaims);
    mt_out_puts(o, "<table class=\"corroboration\">\n<thead><tr><th>\xE7\xB5"
                   "\x84\xE7\xB9\x94 <span class=\"en\">Organisation</span>"
                   "</th><th>\xE4\xB8\xBB\xE5\xBC\xB5 <span class=\"en\">Claim"
                   "</span></th><th>Sources</th><th>Official</th><th>"
                   "Authority</th><th>Media</th><th>Other</th></tr></thead>\n"
                   "<tbody>\n");
    for (size_t c = 0; c < d->nclaims; c++) {
        const mt_dossier_claim *cl = &d->claims[c];
        const mt_corroboration *k = &cl->corroboration;
        mt_out_puts(o, "<tr><td>");
        mt_out_html(o, mt_render_org_name(d, cl->org_index, cl->org));
        mt_out_puts(o, "</td><td>");
        mt_out_html(o, cl->text);
        single_source(p, k);
        mt_out_printf(o,
                      "</td><td class=\"num\">%d</td><td class=\"num\">%d"
                      "</td><td class=\"num\">%d</td><td class=\"num\">%d"
                      "</td><td class=\"num\">%d</td></tr>\n",
                      k->sources, k->official, k->authority, k->media,
                      k->other);
    }
    end_table_section(p);
}

static void conflicts(page *p)
{
    const mt_dossier *d = p->d;
    mt_out *o = &p->o;
    section(p, "conflicts", "\xE7\x9F\x9B\xE7\x9B\xBE", "Conflicts");
    if (!d->nconflicts)
        none(p, "None found.");
    for (size_t i = 0; i < d->nconflicts; i++) {
        const mt_dossier_conflict *c = &d->conflicts[i];
        mt_out_puts(o, "<div class=\"conflict-box\">\n<h3>\xE2\x9A\xA0 ");
        mt_out_html(o, mt_render_org_name(d, c->org_index, c->org));
        mt_out_puts(o, ": ");
        mt_out_html(o, c->about);
        mt_out_printf(o, " <span class=\"origin\">(%s)</span></h3>\n<ul>\n",
                      c->derived ? "found by matome" : "noted by the analyst");
        for (size_t v = 0; v < c->nvariants; v++) {
            mt_out_puts(o, "<li>");
            mt_out_html(o, c->variants[v].value);
            cites(p, &c->variants[v].cites);
            mt_out_puts(o, "</li>\n");
        }
        mt_out_puts(o, "</ul>\n</div>\n");
    }
    end_section(p);
}

static void commentary(page *p)
{
    const mt_dossier *d = p->d;
    mt_out *o = &p->o;
    section(p, "commentary", "\xE6\x89\x80\xE6\x84\x9F", "Commentary");
    if (!d->ncommentary) {
        none(p, "None.");
        end_section(p);
        return;
    }
    mt_out_puts(o, "<div class=\"commentary\">\n<p class=\"note\">\xE4\xBB"
                   "\xA5\xE4\xB8\x8B\xE3\x81\xAF\xE5\x88\x86\xE6\x9E\x90\xE8"
                   "\x80\x85\xE8\x87\xAA\xE8\xBA\xAB\xE3\x81\xAE\xE8\xA6\x8B"
                   "\xE8\xA7\xA3\xE3\x81\xA7\xE3\x81\x99\xE3\x80\x82 The "
                   "analyst's own view, not a sourced claim.</p>\n");
    for (size_t i = 0; i < d->ncommentary; i++) {
        mt_out_puts(o, "<p>");
        mt_out_html(o, d->commentary[i].text);
        mt_out_puts(o, "</p>\n");
    }
    mt_out_puts(o, "</div>\n");
    end_section(p);
}

static void related(page *p)
{
    const mt_dossier *d = p->d;
    mt_out *o = &p->o;
    section(p, "related",
            "\xE9\x96\xA2\xE9\x80\xA3\xE3\x82\xA4\xE3\x83\xB3\xE3\x82\xB7\xE3"
            "\x83\x87\xE3\x83\xB3\xE3\x83\x88",
            "Related incidents");
    if (!d->nrelated)
        none(p, "None.");
    else
        mt_out_puts(o, "<ul>\n");
    for (size_t i = 0; i < d->nrelated; i++) {
        mt_out_puts(o, "<li><code>");
        mt_out_html(o, d->related[i].id);
        mt_out_puts(o, "</code></li>\n");
    }
    if (d->nrelated)
        mt_out_puts(o, "</ul>\n");
    end_section(p);
}

static void history(page *p)
{
    const mt_dossier *d = p->d;
    mt_out *o = &p->o;
    section(p, "history", "\xE6\x9B\xB4\xE6\x96\xB0\xE5\xB1\xA5\xE6\xAD\xB4",
            "Update history");
    if (!d->nupdates)
        none(p, "None.");
    else
        mt_out_puts(o, "<ul>\n");
    for (size_t i = 0; i < d->nupdates; i++) {
        char buf[MT_DATE_TEXT_MAX];
        mt_out_printf(o, "<li><span class=\"date\">%s</span> ",
                      mt_date_format(&d->updates[i].date, buf, sizeof buf));
        mt_out_html(o, d->updates[i].text);
        mt_out_puts(o, "</li>\n");
    }
    if (d->nupdates)
        mt_out_puts(o, "</ul>\n");
    end_section(p);
}

static void sources(page *p)
{
    const mt_dossier *d = p->d;
    mt_out *o = &p->o;
    if (!table_section(
            p, "sources",
            "\xE8\xAA\xBF\xE6\x9F\xBB\xE3\x82\xBD\xE3\x83\xBC\xE3\x82\xB9",
            "Sources", d->nsources, "None.",
            "<table class=\"sources\">\n<thead><tr><th>No</th><th>"
            "\xE7\x99\xBA\xE8\xA1\xA8\xE3\x82\xBD\xE3\x83\xBC\xE3\x82"
            "\xB9 <span class=\"en\">Publisher</span></th><th>\xE8\xA8"
            "\x98\xE4\xBA\x8B\xE3\x82\xBF\xE3\x82\xA4\xE3\x83\x88\xE3"
            "\x83\xAB <span class=\"en\">Title</span></th><th>\xE6\x97"
            "\xA5\xE4\xBB\x98 <span class=\"en\">Date</span></th><th>"
            "\xE7\xA8\xAE\xE5\x88\xA5 <span class=\"en\">Kind</span>"
            "</th><th>\xE5\x8F\x82\xE7\x85\xA7 <span class=\"en\">"
            "Cited at</span></th></tr></thead>\n<tbody>\n"))
        return;
    for (size_t i = 0; i < d->nsources; i++) {
        const mt_dossier_source *s = &d->sources[i];
        char buf[MT_DATE_TEXT_MAX];
        /* Only the first source with a number owns its anchor. */
        bool owner = mt_cite_index_find(&p->v.ci, s->n) == (long)i;
        if (owner)
            mt_out_printf(o, "<tr id=\"src-%d\">", s->n);
        else
            mt_out_puts(o, "<tr>");
        mt_out_printf(o, "<td class=\"num\">%d</td><td>", s->n);
        if (mt_render_source_official(s))
            mt_out_puts(o, "\xE3\x80\x90\xE5\x85\xAC\xE5\xBC\x8F\xE3\x80"
                           "\x91");
        mt_out_html(o, s->publisher);
        mt_out_puts(o, "</td><td>");
        const char *title = s->title && *s->title ? s->title : NULL;
        if (s->url && *s->url)
            link(p, s->url, title ? title : s->url);
        else
            mt_out_html(o, title);
        if (s->stored_id[0]) {
            mt_out_puts(o, " <code>@");
            mt_out_html(o, s->stored_id);
            mt_out_puts(o, "</code>");
        }
        mt_out_printf(o,
                      "</td><td class=\"date\">%s</td><td>%s</td>"
                      "<td class=\"backrefs\">",
                      mt_render_date_text(&s->published, buf, sizeof buf),
                      mt_source_kind_str(s->kind));
        unsigned uses = owner ? p->v.ci.uses[i] : 0;
        /* One back-link per citation: thousands in a large dossier. */
        for (unsigned k = 1; k <= uses; k++) {
            mt_out_puts(o, "<a href=\"#ref-");
            mt_out_long(o, s->n);
            mt_out_puts(o, "-");
            mt_out_long(o, (long)k);
            mt_out_puts(o, "\" title=\"back to citation ");
            mt_out_long(o, (long)k);
            mt_out_puts(o, "\">\xE2\x86\xA9");
            mt_out_long(o, (long)k);
            mt_out_puts(o, "</a>");
        }
        mt_out_puts(o, "</td></tr>\n");
    }
    end_table_section(p);
}

mt_status mt_render_html(const mt_dossier *d, char **out, size_t *out_len,
                         mt_error *err)
{
    if (!d || !out)
        return mt_error_set(err, MT_ERR_ARG, "mt_render_html: NULL argument");
    page p;
    p.d = d;
    mt_out_init(&p.o, MT_RENDER_MAX_BYTES);
    if (mt_view_init(&p.v, d) != MT_OK) {
        mt_out_free(&p.o);
        return mt_error_set(err, MT_ERR_NOMEM, "rendering HTML: out of memory");
    }
    head(&p);
    header(&p);
    official(&p);
    claims(&p);
    relationships(&p);
    attribution(&p);
    timeline(&p);
    figures(&p);
    corroboration(&p);
    conflicts(&p);
    commentary(&p);
    related(&p);
    history(&p);
    sources(&p);
    /* No version or time here: the page must not change between builds. */
    mt_out_puts(&p.o, "<footer>Built by matome from dossier <code>");
    mt_out_html(&p.o, d->id);
    mt_out_puts(&p.o, "</code>.</footer>\n</main>\n</body>\n</html>\n");
    mt_view_free(&p.v);
    return mt_out_finish(&p.o, out, out_len, err, "HTML");
}
