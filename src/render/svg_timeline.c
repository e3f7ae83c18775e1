/*
 * The timeline as SVG: one horizontal lane per organisation, a shared time
 * axis, one mark per timeline entry and one bar per derived interval.
 *
 * Geometry (user units; the SVG scales to its container):
 *
 *   0 ........ LABEL_RIGHT | PLOT_X0 ....................... PLOT_X1 | SVG_W
 *   lane labels            | marks, drawn on a linear day scale
 *
 * The day scale runs over [t0, t1): from the first day of the month before
 * the earliest drawn date to the first day of the second month after the
 * latest one, widened to at least MIN_MONTHS months so that a single entry
 * or entries that all share one date still get a readable axis.  A date's
 * mark covers the days it can denote (mt_dossier_date_span): one day is a
 * point, a month a month-wide bar, a year a year-wide band.
 *
 * Everything is computed with integer days and printed with one decimal by
 * mt_out_num, so the same dossier gives byte-identical SVG.
 */
#include "matome/render.h"

#include "core/internal.h"
#include "render/render_internal.h"

#include <stdlib.h>
#include <string.h>

enum {
    SVG_W = 960,
    LABEL_RIGHT = 168, /* right edge of the lane labels */
    LABEL_CHARS = 14,  /* lane labels are cut to this many characters */
    PLOT_X0 = 180,
    PLOT_X1 = 936,
    TOP = 12,       /* space above the first lane */
    LANE_BASE = 58, /* lane height without interval rows */
    MARK_Y = 24,    /* mark centre, from the lane top */
    FIG_ROW = 16,   /* height of one interval row */
    AXIS_H = 40,    /* axis with tick labels */
    NOTE_H = 18,    /* one line of notes or legend */
    MIN_MONTHS = 6, /* narrowest axis */
    ARROW_LEN = 36  /* length of a BEFORE/AFTER arrow */
};

typedef struct lane {
    const char *name; /* borrowed from the dossier */
    long org_index;   /* -1: an organisation not in the list */
    size_t nfig;      /* interval rows */
    int y;            /* top */
    int h;            /* height */
} lane;

typedef struct layout {
    lane *lanes;
    size_t nlanes;
    size_t *ev_lane;  /* per event: lane index */
    int *ev_drawn;    /* per event: 1 when the date is drawable */
    size_t *fig_lane; /* per figure: lane index, or SIZE_MAX: not drawn */
    size_t ndrawn;
    int32_t t0, t1; /* [t0, t1) in days since 1970-01-01 */
    int height;
} layout;

#define NO_LANE ((size_t)-1)

static void layout_free(layout *l)
{
    free(l->lanes);
    free(l->ev_lane);
    free(l->ev_drawn);
    free(l->fig_lane);
}

static int32_t month_start(int32_t day)
{
    int y, m, dd;
    mt_date_civil_from_days(day, &y, &m, &dd);
    return mt_date_days_from_civil(y, m, 1);
}

static int32_t add_months(int32_t day, int n)
{
    int y, m, dd;
    mt_date_civil_from_days(day, &y, &m, &dd);
    long total = (long)y * 12 + (m - 1) + n;
    return mt_date_days_from_civil((int)(total / 12), (int)(total % 12) + 1, 1);
}

static int months_between(int32_t a, int32_t b)
{
    int ya, ma, da, yb, mb, db;
    mt_date_civil_from_days(a, &ya, &ma, &da);
    mt_date_civil_from_days(b, &yb, &mb, &db);
    return (yb - ya) * 12 + (mb - ma);
}

static int figure_drawable(const mt_dossier_figure *f)
{
    int32_t lo, hi;
    return f->name != MT_FIGURE_DISCLOSURE_TO_TODAY &&
           mt_dossier_date_span(&f->from, &lo, &hi) == MT_OK &&
           mt_dossier_date_span(&f->to, &lo, &hi) == MT_OK;
}

/*
 * Lanes: listed organisations with entries, in list order, then names only
 * the timeline uses, in order of first use.  O(n log n): each entry's
 * organisation is resolved once and unlisted names are grouped by sorting.
 */
static mt_status assign_lanes(layout *l, const mt_dossier *d, size_t *org_lane)
{
    size_t nev = d->nevents;
    /* Entries of unlisted organisations: name and entry index. */
    mt_render_named *un = calloc(nev ? nev : 1, sizeof *un);
    size_t *first = calloc(nev ? nev : 1, sizeof *first);
    size_t *name_lane = calloc(nev ? nev : 1, sizeof *name_lane);
    if (!un || !first || !name_lane) {
        free(un);
        free(first);
        free(name_lane);
        return MT_ERR_NOMEM;
    }
    size_t nun = 0;
    for (size_t e = 0; e < nev; e++) {
        const mt_dossier_event *ev = &d->events[e];
        long o = mt_render_resolve_org(d, ev->org_index, ev->org);
        if (o >= 0)
            org_lane[o] = 0; /* has entries; numbered below */
        else
            un[nun++] = (mt_render_named){ev->org ? ev->org : "", e};
        l->ev_lane[e] = o >= 0 ? (size_t)o : NO_LANE;
    }
    for (size_t o = 0; o < d->norgs; o++) {
        if (org_lane[o] == NO_LANE)
            continue;
        lane *ln = &l->lanes[l->nlanes];
        ln->name = d->orgs[o].name ? d->orgs[o].name : "";
        ln->org_index = (long)o;
        org_lane[o] = l->nlanes++;
    }
    for (size_t e = 0; e < nev; e++)
        if (l->ev_lane[e] != NO_LANE)
            l->ev_lane[e] = org_lane[l->ev_lane[e]];
    /* Unlisted names: first[e] is the first entry with e's name. */
    qsort(un, nun, sizeof *un, mt_render_named_cmp);
    for (size_t i = 0; i < nun; i++) {
        bool head = i == 0 || strcmp(un[i - 1].name, un[i].name) != 0;
        first[un[i].index] = head ? un[i].index : first[un[i - 1].index];
    }
    for (size_t e = 0; e < nev; e++)
        name_lane[e] = NO_LANE;
    for (size_t e = 0; e < nev; e++) {
        if (l->ev_lane[e] != NO_LANE)
            continue;
        size_t f = first[e];
        if (name_lane[f] == NO_LANE) {
            lane *ln = &l->lanes[l->nlanes];
            ln->name = d->events[e].org ? d->events[e].org : "";
            ln->org_index = -1;
            name_lane[f] = l->nlanes++;
        }
        l->ev_lane[e] = name_lane[f];
    }
    free(un);
    free(first);
    free(name_lane);
    return MT_OK;
}

static mt_status layout_build(layout *l, const mt_dossier *d)
{
    memset(l, 0, sizeof *l);
    size_t nev = d->nevents, nfig = d->nfigures;
    /* At most one lane per event. */
    l->lanes = calloc(nev ? nev : 1, sizeof *l->lanes);
    l->ev_lane = calloc(nev ? nev : 1, sizeof *l->ev_lane);
    l->ev_drawn = calloc(nev ? nev : 1, sizeof *l->ev_drawn);
    l->fig_lane = calloc(nfig ? nfig : 1, sizeof *l->fig_lane);
    size_t *org_lane = calloc(d->norgs ? d->norgs : 1, sizeof *org_lane);
    mt_status st = MT_ERR_NOMEM;
    if (l->lanes && l->ev_lane && l->ev_drawn && l->fig_lane && org_lane) {
        for (size_t o = 0; o < d->norgs; o++)
            org_lane[o] = NO_LANE;
        st = assign_lanes(l, d, org_lane);
    }
    if (st != MT_OK) {
        free(org_lane);
        layout_free(l);
        return st;
    }
    /* The day range over every drawable date. */
    int32_t lo_all = 0, hi_all = 0;
    for (size_t e = 0; e < nev; e++) {
        int32_t lo, hi;
        if (mt_dossier_date_span(&d->events[e].date, &lo, &hi) != MT_OK)
            continue;
        if (l->ndrawn == 0 || lo < lo_all)
            lo_all = lo;
        if (l->ndrawn == 0 || hi > hi_all)
            hi_all = hi;
        l->ev_drawn[e] = 1;
        l->ndrawn++;
    }
    for (size_t f = 0; f < nfig; f++) {
        const mt_dossier_figure *fg = &d->figures[f];
        l->fig_lane[f] = NO_LANE;
        if (!figure_drawable(fg))
            continue;
        long o = mt_render_resolve_org(d, fg->org_index, NULL);
        size_t li = o >= 0 ? org_lane[o] : NO_LANE;
        if (li == NO_LANE)
            continue;
        l->fig_lane[f] = li;
        l->lanes[li].nfig++;
    }
    if (l->ndrawn) {
        l->t0 = add_months(month_start(lo_all), -1);
        l->t1 = add_months(month_start(hi_all), 2);
        int span = months_between(l->t0, l->t1);
        if (span < MIN_MONTHS) {
            int extra = MIN_MONTHS - span;
            l->t0 = add_months(l->t0, -(extra / 2));
            l->t1 = add_months(l->t1, extra - extra / 2);
        }
    }
    int y = TOP;
    for (size_t i = 0; i < l->nlanes; i++) {
        l->lanes[i].y = y;
        l->lanes[i].h = LANE_BASE + (int)l->lanes[i].nfig * FIG_ROW;
        y += l->lanes[i].h;
    }
    l->height = y;
    free(org_lane);
    return MT_OK;
}

static double xday(const layout *l, int32_t day)
{
    return PLOT_X0 + (double)(day - l->t0) * (PLOT_X1 - PLOT_X0) /
                         (double)(l->t1 - l->t0);
}

static const char *event_class(mt_event_type t)
{
    static const char *const names[MT_EVENT_TYPE_COUNT] = {
        "ev-other",         "ev-intrusion",   "ev-detection",
        "ev-investigation", "ev-containment", "ev-leak",
        "ev-leak-denied",   "ev-authority",   "ev-notification",
        "ev-disclosure",    "ev-media",       "ev-attribution",
        "ev-remediation"};
    return (unsigned)t < MT_EVENT_TYPE_COUNT ? names[t] : "ev-other";
}

static void write_cites(mt_out *o, const mt_cites *c)
{
    if (c->count == 0)
        return;
    mt_out_puts(o, " [");
    for (size_t i = 0; i < c->count; i++)
        mt_out_printf(o, "%s%d", i ? "," : "", c->n[i]);
    mt_out_puts(o, "]");
}

static void write_style(mt_out *o)
{
    mt_out_puts(
        o, "<style>\n"
           ".tl text{font-family:\"Hiragino Sans\",\"Hiragino Kaku Gothic "
           "ProN\",\"Noto Sans CJK JP\",\"Yu Gothic\",Meiryo,system-ui,"
           "sans-serif;fill:#222}\n"
           ".tl .lane-bg{fill:#f6f7f9}.tl .lane-bg.odd{fill:#fff}\n"
           ".tl .lane-label{font-size:13px;font-weight:600}\n"
           ".tl .grid{stroke:#d5d9e0;stroke-width:1}\n"
           ".tl .grid.year{stroke:#aab2bf}\n"
           ".tl .axis{stroke:#555;stroke-width:1}\n"
           ".tl .tick-label{font-size:11px}.tl .tick-label.month{fill:#777;"
           "font-size:9px}\n"
           ".tl .mark-label{font-size:10px;font-weight:600}\n"
           ".tl .mark .shape{stroke:#222;stroke-width:1}\n"
           ".tl .mark.approx .shape{stroke-dasharray:3 2;fill-opacity:.55}\n"
           ".tl .mark.band .shape{fill-opacity:.3}\n"
           ".tl .bound{stroke:#222;stroke-width:1.2;fill:none}\n"
           ".tl .bound-head{fill:#222}\n"
           ".tl .interval rect{fill:#8e99a8}\n"
           ".tl .interval.dwell_time rect{fill:#c0504d}\n"
           ".tl .interval.detection_to_disclosure rect{fill:#4f81bd}\n"
           ".tl .interval.notification_to_authority rect{fill:#7f7f7f}\n"
           ".tl .interval text{font-size:10px}\n"
           ".tl .note,.tl .undated,.tl .legend text{font-size:11px}\n"
           ".tl .ev-other{fill:#777}.tl .ev-intrusion{fill:#c0392b}\n"
           ".tl .ev-detection{fill:#e67e22}.tl .ev-investigation{fill:#95a5a6}"
           "\n"
           ".tl .ev-containment{fill:#16a085}.tl .ev-leak{fill:#8e44ad}\n"
           ".tl .ev-leak-denied{fill:#27ae60}.tl .ev-authority{fill:#34495e}\n"
           ".tl .ev-notification{fill:#5d6d7e}.tl .ev-disclosure{fill:#2e86c1}"
           "\n"
           ".tl .ev-media{fill:#b7950b}.tl .ev-attribution{fill:#6c3483}\n"
           ".tl .ev-remediation{fill:#1e8449}\n"
           "</style>\n");
}

static void write_axis(mt_out *o, const layout *l, int y_top, int y_axis)
{
    int months = months_between(l->t0, l->t1);
    double px_month = (double)(PLOT_X1 - PLOT_X0) / months;
    /* Label every k-th year so that labels stay 40 units apart. */
    static const int steps[] = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
    int k = 1;
    for (size_t i = 0; i < MT_ARRAY_LEN(steps); i++) {
        k = steps[i];
        if (k * 12 * px_month >= 40)
            break;
    }
    mt_out_puts(o, "<g class=\"axis-ticks\">\n");
    mt_out_printf(o,
                  "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" "
                  "y2=\"%d\"/>\n",
                  PLOT_X0, y_axis, PLOT_X1, y_axis);
    int labelled_year = 0;
    for (int m = 0; m <= months; m++) {
        int32_t day = add_months(l->t0, m);
        int yy, mm, dd;
        mt_date_civil_from_days(day, &yy, &mm, &dd);
        double x = xday(l, day);
        if (mm == 1) {
            mt_out_puts(o, "<line class=\"grid year\" x1=\"");
            mt_out_num(o, x);
            mt_out_printf(o, "\" y1=\"%d\" x2=\"", y_top);
            mt_out_num(o, x);
            mt_out_printf(o, "\" y2=\"%d\"/>\n", y_axis + 6);
            if (yy % k == 0 && x + 12 <= PLOT_X1) {
                mt_out_puts(o, "<text class=\"tick-label year\" x=\"");
                mt_out_num(o, x);
                mt_out_printf(o,
                              "\" y=\"%d\" text-anchor=\"middle\">%d"
                              "</text>\n",
                              y_axis + 18, yy);
                labelled_year = 1;
            }
        } else if (px_month >= 6) {
            mt_out_puts(o, "<line class=\"grid\" x1=\"");
            mt_out_num(o, x);
            mt_out_printf(o, "\" y1=\"%d\" x2=\"", y_axis);
            mt_out_num(o, x);
            mt_out_printf(o, "\" y2=\"%d\"/>\n", y_axis + 4);
        }
        /* Month numbers in the middle of their month when they fit. */
        if (px_month >= 18 && m < months) {
            mt_out_puts(o, "<text class=\"tick-label month\" x=\"");
            mt_out_num(o, x + px_month / 2);
            mt_out_printf(o,
                          "\" y=\"%d\" text-anchor=\"middle\">%d"
                          "</text>\n",
                          y_axis + 32, mm);
        }
    }
    if (!labelled_year) {
        /* No January in range: name the year at the left end. */
        int yy, mm, dd;
        mt_date_civil_from_days(l->t0, &yy, &mm, &dd);
        mt_out_printf(o,
                      "<text class=\"tick-label year\" x=\"%d\" y=\"%d\" "
                      "text-anchor=\"start\">%d</text>\n",
                      PLOT_X0, y_axis + 18, yy);
    }
    mt_out_puts(o, "</g>\n");
}

/* The tooltip and the label text of event e. */
static void write_event_title(mt_out *o, const mt_dossier *d, size_t e)
{
    mt_event_text t;
    mt_render_event_text(&t, d, e);
    mt_out_printf(o, "<title>#%zu ", e + 1);
    mt_out_html(o, t.date);
    mt_out_puts(o, " ");
    mt_out_html(o, t.org);
    mt_out_printf(o, " (%s): ", t.type);
    mt_out_html(o, d->events[e].text);
    write_cites(o, &d->events[e].cites);
    mt_out_puts(o, "</title>");
}

static void write_arrow(mt_out *o, double x, int y, int dir)
{
    /* An open-ended arrow from x towards the past (dir -1) or future. */
    double end = x + dir * ARROW_LEN;
    if (end < PLOT_X0 - 8)
        end = PLOT_X0 - 8;
    if (end > PLOT_X1 + 8)
        end = PLOT_X1 + 8;
    mt_out_puts(o, "<path class=\"bound\" d=\"M");
    mt_out_num(o, x);
    mt_out_printf(o, " %dH", y);
    mt_out_num(o, end);
    mt_out_puts(o, "\"/><path class=\"bound-head\" d=\"M");
    mt_out_num(o, end);
    mt_out_printf(o, " %dl", y);
    mt_out_num(o, -dir * 7.0);
    mt_out_puts(o, " -4v8z\"/>");
}

static void write_marks(mt_out *o, const mt_dossier *d, const layout *l)
{
    /* Labels that would collide with the previous label in their lane
     * move below the mark. */
    double *last_x = calloc(l->nlanes ? l->nlanes : 1, sizeof *last_x);
    int *last_level = calloc(l->nlanes ? l->nlanes : 1, sizeof *last_level);
    if (!last_x || !last_level) {
        free(last_x);
        free(last_level);
        o->st = o->st == MT_OK ? MT_ERR_NOMEM : o->st;
        return;
    }
    for (size_t i = 0; i < l->nlanes; i++)
        last_x[i] = -1000;
    for (size_t e = 0; e < d->nevents; e++) {
        if (!l->ev_drawn[e])
            continue;
        const mt_dossier_event *ev = &d->events[e];
        size_t li = l->ev_lane[e];
        int cy = l->lanes[li].y + MARK_Y;
        int32_t lo, hi;
        mt_dossier_date_span(&ev->date, &lo, &hi);
        unsigned mods = ev->date.mods;
        int approx = (mods & MT_DMOD_APPROX) != 0;
        int band = hi - lo > 62;
        double x0 = xday(l, lo), x1 = xday(l, hi + 1), cx = (x0 + x1) / 2;
        mt_out_printf(o, "<g class=\"mark %s%s%s\" data-entry=\"%zu\">",
                      event_class(ev->type), approx ? " approx" : "",
                      band ? " band" : "", e);
        write_event_title(o, d, e);
        if (lo == hi) {
            mt_out_puts(o, "<circle class=\"shape\" cx=\"");
            mt_out_num(o, cx);
            mt_out_printf(o, "\" cy=\"%d\" r=\"5\"/>", cy);
        } else {
            double w = x1 - x0 < 3 ? 3 : x1 - x0;
            int h = band ? 20 : 12;
            mt_out_puts(o, "<rect class=\"shape\" x=\"");
            mt_out_num(o, cx - w / 2);
            mt_out_printf(o, "\" y=\"%d\" width=\"", cy - h / 2);
            mt_out_num(o, w);
            mt_out_printf(o, "\" height=\"%d\" rx=\"2\"/>", h);
        }
        if (mods & MT_DMOD_BEFORE)
            write_arrow(o, x0, cy, -1);
        if (mods & MT_DMOD_AFTER)
            write_arrow(o, x1, cy, 1);
        int level = 0;
        if (cx - last_x[li] < 22 && last_level[li] == 0)
            level = 1;
        last_x[li] = cx;
        last_level[li] = level;
        mt_out_puts(o, "<text class=\"mark-label\" x=\"");
        mt_out_num(o, cx);
        mt_out_printf(o, "\" y=\"%d\" text-anchor=\"middle\">%s%zu</text>",
                      level ? cy + 21 : cy - 11, approx ? "~" : "", e + 1);
        mt_out_puts(o, "</g>\n");
    }
    free(last_x);
    free(last_level);
}

static void write_intervals(mt_out *o, const mt_dossier *d, const layout *l)
{
    size_t *row = calloc(l->nlanes ? l->nlanes : 1, sizeof *row);
    if (!row) {
        o->st = o->st == MT_OK ? MT_ERR_NOMEM : o->st;
        return;
    }
    for (size_t f = 0; f < d->nfigures; f++) {
        size_t li = l->fig_lane[f];
        if (li == NO_LANE)
            continue;
        const mt_dossier_figure *fg = &d->figures[f];
        int32_t flo, fhi, tlo, thi;
        mt_dossier_date_span(&fg->from, &flo, &fhi);
        mt_dossier_date_span(&fg->to, &tlo, &thi);
        int y = l->lanes[li].y + MARK_Y + 26 + (int)row[li]++ * FIG_ROW;
        double x0 = xday(l, flo), x1 = xday(l, thi + 1);
        if (x1 - x0 < 2)
            x1 = x0 + 2;
        char range[96], from[MT_DOSSIER_DATE_TEXT_MAX],
            to[MT_DOSSIER_DATE_TEXT_MAX];
        mt_render_figure_range(fg, range, sizeof range);
        mt_dossier_date_format(&fg->from, from, sizeof from);
        mt_dossier_date_format(&fg->to, to, sizeof to);
        const char *label = mt_render_figure_label_en(fg->name);
        mt_out_printf(o, "<g class=\"interval %s\" data-figure=\"%zu\">",
                      mt_figure_name_str(fg->name), f);
        mt_out_puts(o, "<title>");
        mt_out_html(o, l->lanes[li].name);
        mt_out_printf(o, ": %s %s, ", mt_render_figure_label_ja(fg->name),
                      label);
        mt_out_html(o, from);
        mt_out_puts(o, " \xE2\x86\x92 ");
        mt_out_html(o, to);
        mt_out_printf(o, ": %s</title>", range);
        mt_out_puts(o, "<rect x=\"");
        mt_out_num(o, x0);
        mt_out_printf(o, "\" y=\"%d\" width=\"", y + 11);
        mt_out_num(o, x1 - x0);
        mt_out_puts(o, "\" height=\"6\" rx=\"3\"/>");
        /* The words sit above the bar from its start, or end at its end
         * when the bar starts too far right for them to fit. */
        size_t chars = strlen(label) + strlen(range) + 2;
        int from_start = x0 + (double)chars * 5.4 <= SVG_W - 4;
        mt_out_puts(o, "<text x=\"");
        mt_out_num(o, from_start ? x0 : x1);
        mt_out_printf(o, "\" y=\"%d\" text-anchor=\"%s\">%s: %s</text>", y + 9,
                      from_start ? "start" : "end", label, range);
        mt_out_puts(o, "</g>\n");
    }
    free(row);
}

static void write_legend(mt_out *o, const mt_dossier *d, const layout *l,
                         int *y)
{
    int used[MT_EVENT_TYPE_COUNT] = {0};
    for (size_t e = 0; e < d->nevents; e++)
        if (l->ev_drawn[e] && (unsigned)d->events[e].type < MT_EVENT_TYPE_COUNT)
            used[d->events[e].type] = 1;
    mt_out_puts(o, "<g class=\"legend\">");
    int x = PLOT_X0;
    for (int t = 0; t < MT_EVENT_TYPE_COUNT; t++) {
        if (!used[t])
            continue;
        const char *name = mt_render_event_label((mt_event_type)t);
        int w = 18 + (int)strlen(name) * 6 + 14;
        if (x + w > SVG_W) {
            x = PLOT_X0;
            *y += NOTE_H;
        }
        mt_out_printf(o,
                      "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"10\" "
                      "height=\"10\" rx=\"2\"/><text x=\"%d\" y=\"%d\">%s"
                      "</text>",
                      event_class((mt_event_type)t), x, *y - 9, x + 14, *y,
                      name);
        x += w;
    }
    mt_out_printf(o,
                  "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">"
                  "\xE7\xA8\xAE\xE5\x88\xA5 / types</text>",
                  LABEL_RIGHT, *y);
    mt_out_puts(o, "</g>\n");
    *y += NOTE_H;
}

void mt_svg_timeline_write(mt_out *o, const mt_dossier *d)
{
    layout l;
    mt_status st = layout_build(&l, d);
    if (st != MT_OK) {
        if (o->st == MT_OK)
            o->st = st;
        return;
    }
    size_t nundated = d->nevents - l.ndrawn;
    int y_axis = l.height + 6;
    int y = l.ndrawn ? y_axis + AXIS_H : l.height + NOTE_H + 6;
    int legend_y = y + 4;
    /* The legend may wrap onto a second line; count it generously. */
    int height = legend_y + 2 * NOTE_H + (int)nundated * NOTE_H + NOTE_H;
    if (nundated)
        height += NOTE_H;

    mt_out_printf(o,
                  "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tl\" "
                  "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
                  "role=\"img\" aria-labelledby=\"tl-title\">\n",
                  SVG_W, height, SVG_W, height);
    mt_out_puts(o, "<title id=\"tl-title\">");
    mt_out_html(o, d->title ? d->title : "");
    mt_out_printf(o, " \xE2\x80\x94 timeline, %zu %s, %zu %s</title>\n",
                  d->nevents, d->nevents == 1 ? "entry" : "entries", l.nlanes,
                  l.nlanes == 1 ? "organisation" : "organisations");
    write_style(o);
    for (size_t i = 0; i < l.nlanes; i++) {
        const lane *ln = &l.lanes[i];
        mt_out_puts(o, "<g class=\"lane\" data-org=\"");
        mt_out_html(o, ln->name);
        mt_out_printf(o,
                      "\"><rect class=\"lane-bg%s\" x=\"0\" y=\"%d\" "
                      "width=\"%d\" height=\"%d\"/>",
                      i % 2 ? " odd" : "", ln->y, SVG_W, ln->h);
        mt_out_printf(o,
                      "<text class=\"lane-label\" x=\"%d\" y=\"%d\" "
                      "text-anchor=\"end\"><title>",
                      LABEL_RIGHT, ln->y + MARK_Y + 5);
        mt_out_html(o, ln->name);
        mt_out_puts(o, "</title>");
        mt_out_html_trunc(o, ln->name, LABEL_CHARS);
        mt_out_puts(o, "</text></g>\n");
    }
    if (l.ndrawn) {
        write_axis(o, &l, TOP, y_axis);
        write_intervals(o, d, &l);
        write_marks(o, d, &l);
        write_legend(o, d, &l, &legend_y);
    } else {
        mt_out_printf(o,
                      "<text class=\"note\" x=\"%d\" y=\"%d\">No dated "
                      "timeline entries to draw.</text>\n",
                      PLOT_X0, l.height + NOTE_H);
        legend_y = l.height + NOTE_H;
    }
    if (nundated) {
        int ny = legend_y + 4;
        mt_out_printf(o,
                      "<text class=\"note\" x=\"%d\" y=\"%d\">Not drawn "
                      "(date unknown):</text>\n",
                      PLOT_X0, ny);
        for (size_t e = 0; e < d->nevents; e++) {
            if (l.ev_drawn[e])
                continue;
            mt_event_text t;
            mt_render_event_text(&t, d, e);
            ny += NOTE_H;
            mt_out_printf(o,
                          "<text class=\"undated\" data-entry=\"%zu\" "
                          "x=\"%d\" y=\"%d\">#%zu ",
                          e, PLOT_X0 + 12, ny, e + 1);
            mt_out_html(o, t.date);
            mt_out_puts(o, " ");
            mt_out_html(o, t.org);
            mt_out_puts(o, ": ");
            mt_out_html_trunc(o, d->events[e].text, 60);
            mt_out_puts(o, "</text>\n");
        }
    }
    mt_out_puts(o, "</svg>\n");
    layout_free(&l);
}

mt_status mt_render_svg_timeline(const mt_dossier *d, char **out,
                                 size_t *out_len, mt_error *err)
{
    if (!d || !out)
        return mt_error_set(err, MT_ERR_ARG,
                            "mt_render_svg_timeline: NULL argument");
    mt_out o;
    mt_out_init(&o, MT_RENDER_MAX_BYTES);
    mt_svg_timeline_write(&o, d);
    return mt_out_finish(&o, out, out_len, err, "the SVG timeline");
}
