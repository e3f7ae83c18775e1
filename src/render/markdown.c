/*
 * Markdown in the layout of Japanese security-blog incident summaries:
 * title, 公式発表, claims per organisation with `*n` citations, the
 * relationship section, attribution, a timeline table, derived figures,
 * corroboration, conflicts, the analyst's commentary, related incidents,
 * update history and the numbered source table.
 *
 * Targets CommonMark with GitHub tables.  Every piece of dossier text goes
 * through mt_out_md so that it renders literally; the markup matome adds
 * itself (headings, lists, tables, links, emphasis) is written here.  A
 * citation of source n is `[\*n](#src-n)`: it reads like the blog habit
 * `*n` and jumps to the anchor in row n of the source table.
 */
#include "matome/render.h"

#include "core/internal.h"
#include "render/render_internal.h"

#include <string.h>

typedef struct md {
    mt_out o;
    const mt_dossier *d;
    mt_view v;
} md;

static void cites(md *m, const mt_cites *c)
{
    for (size_t i = 0; i < c->count; i++) {
        int n = c->n[i];
        if (mt_cite_index_find(&m->v.ci, n) < 0) {
            mt_out_printf(&m->o, " \\*%d?", n);
            continue;
        }
        mt_out_puts(&m->o, " [\\*");
        mt_out_long(&m->o, n);
        mt_out_puts(&m->o, "](#src-");
        mt_out_long(&m->o, n);
        mt_out_puts(&m->o, ")");
    }
}

static void hedge(md *m, mt_hedge h)
{
    const char *label = mt_render_hedge_label(h);
    if (label)
        mt_out_printf(&m->o, " **\xE3\x80\x94%s\xE3\x80\x95**", label);
}

static void single_source(md *m, const mt_corroboration *c)
{
    if (c->single_source)
        mt_out_puts(&m->o, " _(\xE5\x8D\x98\xE4\xB8\x80\xE3\x82\xBD\xE3\x83"
                           "\xBC\xE3\x82\xB9 / single source)_");
}

static void quantity(md *m, const mt_dossier_claim *c)
{
    if (!c->has_quantity)
        return;
    mt_out_printf(&m->o, " (%s%s%lld ", c->quantity.at_least ? "≥" : "",
                  c->quantity.approx ? "~" : "", (long long)c->quantity.value);
    mt_out_md(&m->o, c->quantity.unit);
    if (c->quantity.counts) {
        mt_out_puts(&m->o, ", ");
        mt_out_md(&m->o, c->quantity.counts);
    }
    mt_out_puts(&m->o, ")");
}

/* A section heading, and when the section is empty the `none` line:
 * returns whether there is anything to list. */
static bool section(md *m, const char *heading, size_t count, const char *none)
{
    mt_out_puts(&m->o, heading);
    if (!count)
        mt_out_puts(&m->o, none);
    return count != 0;
}

static void header(md *m)
{
    const mt_dossier *d = m->d;
    mt_out *o = &m->o;
    mt_out_puts(o, "# ");
    mt_out_md(o, m->v.title);
    mt_out_puts(o, "\n\n");
    mt_out_puts(o, "- \xE3\x82\xA4\xE3\x83\xB3\xE3\x82\xB7\xE3\x83\x87\xE3\x83"
                   "\xB3\xE3\x83\x88 / Incident: ");
    mt_out_md(o, d->id);
    mt_out_printf(o, "\n- \xE7\x8A\xB6\xE6\x85\x8B / Status: %s\n",
                  mt_incident_status_str(d->status));
    if (m->v.last_update)
        mt_out_printf(o,
                      "- \xE6\x9C\x80\xE7\xB5\x82\xE6\x9B\xB4\xE6\x96\xB0"
                      " / Last updated: %s\n",
                      m->v.last_update);
    mt_out_puts(o, "\n");
}

static void official(md *m)
{
    const mt_dossier *d = m->d;
    mt_out *o = &m->o;
    section(m,
            "## \xE5\x85\xAC\xE5\xBC\x8F\xE7\x99\xBA\xE8\xA1\xA8 "
            "(Official statements)\n\n",
            m->v.nofficial, "_None yet._\n");
    for (size_t i = 0; i < d->nsources; i++) {
        const mt_dossier_source *s = &d->sources[i];
        if (!mt_render_source_official(s))
            continue;
        char buf[MT_DATE_TEXT_MAX];
        mt_out_puts(o, "- ");
        mt_out_md_line(o, s->publisher ? s->publisher : "?");
        mt_out_puts(o, ": ");
        mt_out_md(o, s->title ? s->title : s->stored_id);
        const char *dt = mt_render_date_text(&s->published, buf, sizeof buf);
        if (*dt)
            mt_out_printf(o, " (%s)", dt);
        mt_out_printf(o, " [\\*%d](#src-%d)\n", s->n, s->n);
    }
    mt_out_puts(o, "\n");
}

/* The claims of a section grouped by organisation: a `### name` heading
 * per group, or (flat) one list with the name in bold on each claim. */
static void claim_list(md *m, mt_view_section sec, bool flat)
{
    mt_out *o = &m->o;
    const mt_view_claim *vc = m->v.claims[sec];
    size_t n = m->v.nclaims[sec];
    for (size_t i = 0; i < n; i++) {
        const mt_dossier_claim *cl = vc[i].claim;
        if (vc[i].group_start && !flat) {
            if (i)
                mt_out_puts(o, "\n");
            mt_out_puts(o, "### ");
            mt_out_md(o, vc[i].org);
            mt_out_puts(o, "\n\n");
        }
        mt_out_puts(o, "- ");
        if (flat) {
            mt_out_puts(o, "**");
            mt_out_md(o, vc[i].org);
            mt_out_puts(o, "**: ");
        } else if (cl->category != MT_CLAIM_IMPACT) {
            mt_out_printf(o, "\xE3\x80\x90%s\xE3\x80\x91",
                          mt_claim_category_str(cl->category));
        }
        if (!flat && cl->category == MT_CLAIM_IMPACT)
            mt_out_md_line(o, cl->text); /* right after "- " */
        else
            mt_out_md(o, cl->text);
        quantity(m, cl);
        hedge(m, cl->hedge);
        cites(m, &cl->cites);
        single_source(m, &cl->corroboration);
        mt_out_puts(o, "\n");
    }
    if (n && !flat)
        mt_out_puts(o, "\n");
}

static void claims(md *m)
{
    section(m,
            "## \xE5\xBD\xB1\xE9\x9F\xBF\xE7\xAF\x84\xE5\x9B\xB2 "
            "(Impact and claims by organisation)\n\n",
            m->v.nclaims[MT_VIEW_CLAIMS], "_None yet._\n\n");
    claim_list(m, MT_VIEW_CLAIMS, false);
}

static void relationships(md *m)
{
    const mt_dossier *d = m->d;
    mt_out *o = &m->o;
    mt_out_puts(o, "## \xE9\x96\xA2\xE4\xBF\x82 (Relationships)\n\n");
    for (size_t i = 0; i < d->norgs; i++) {
        const mt_dossier_org *org = &d->orgs[i];
        if (!org->note)
            continue;
        mt_out_puts(o, "- **");
        mt_out_md(o, org->name);
        mt_out_printf(o, "** (%s): ", mt_org_role_str(org->role));
        mt_out_md(o, org->note);
        cites(m, &org->cites);
        mt_out_puts(o, "\n");
    }
    claim_list(m, MT_VIEW_RELATIONSHIP, true);
    if (!m->v.nnotes && !m->v.nclaims[MT_VIEW_RELATIONSHIP])
        mt_out_puts(o, "_None yet._\n");
    mt_out_puts(o, "\n");
}

static void attribution(md *m)
{
    section(m, "## \xE6\x94\xBB\xE6\x92\x83\xE8\x80\x85 (Attribution)\n\n",
            m->v.nclaims[MT_VIEW_ATTRIBUTION], "_None yet._\n");
    claim_list(m, MT_VIEW_ATTRIBUTION, true);
    mt_out_puts(&m->o, "\n");
}

static void timeline(md *m)
{
    const mt_dossier *d = m->d;
    mt_out *o = &m->o;
    if (!section(m, "## \xE6\x99\x82\xE7\xB3\xBB\xE5\x88\x97 (Timeline)\n\n",
                 d->nevents, "_None yet._\n\n"))
        return;
    mt_out_puts(o, "| # | \xE6\x97\xA5\xE4\xBB\x98 Date | \xE7\xB5\x84\xE7\xB9"
                   "\x94 Organisation | \xE7\xA8\xAE\xE5\x88\xA5 Event | "
                   "\xE5\x86\x85\xE5\xAE\xB9 Text | \xE5\x87\xBA\xE5\x85\xB8"
                   " Sources |\n|---:|---|---|---|---|---|\n");
    for (size_t e = 0; e < d->nevents; e++) {
        mt_event_text t;
        mt_render_event_text(&t, d, e);
        mt_out_printf(o, "| %zu | ", e + 1);
        mt_out_md(o, t.date);
        mt_out_puts(o, " | ");
        mt_out_md(o, t.org);
        mt_out_printf(o, " | %s | ", t.type);
        mt_out_md(o, d->events[e].text);
        mt_out_puts(o, " |");
        cites(m, &d->events[e].cites);
        mt_out_puts(o, " |\n");
    }
    mt_out_puts(o, "\n");
}

static void figures(md *m)
{
    const mt_dossier *d = m->d;
    mt_out *o = &m->o;
    if (!section(
            m, "## \xE7\xAE\x97\xE5\x87\xBA\xE5\x80\xA4 (Derived figures)\n\n",
            d->nfigures,
            "_None: the timeline has no matching pair of events._\n\n"))
        return;
    mt_out_puts(o, "| \xE7\xB5\x84\xE7\xB9\x94 Organisation | \xE6\x8C\x87"
                   "\xE6\xA8\x99 Figure | \xE8\xB5\xB7\xE7\x82\xB9 From | "
                   "\xE7\xB5\x82\xE7\x82\xB9 To | \xE6\x9C\x9F\xE9\x96\x93 "
                   "Interval |\n|---|---|---|---|---|\n");
    for (size_t f = 0; f < d->nfigures; f++) {
        const mt_view_figure *vf = &m->v.figures[f];
        mt_out_puts(o, "| ");
        mt_out_md(o, vf->org);
        mt_out_printf(o, " | %s (%s) | ", vf->label_ja, vf->label_en);
        mt_out_md(o, vf->from);
        mt_out_puts(o, " | ");
        mt_out_md(o, vf->to);
        mt_out_printf(o, " | %s |\n", vf->range);
    }
    mt_out_puts(o, "\n");
}

static void corroboration(md *m)
{
    const mt_dossier *d = m->d;
    mt_out *o = &m->o;
    if (!section(m,
                 "## \xE8\xA3\x8F\xE4\xBB\x98\xE3\x81\x91 (Corroboration)\n\n",
                 d->nclaims, "_No claims._\n\n"))
        return;
    mt_out_printf(o,
                  "%zu of %zu claims rest on a single source (flagged "
                  "**\xE5\x8D\x98\xE4\xB8\x80** below).\n\n",
                  m->v.nsingle, d->nclaims);
    mt_out_puts(o, "| \xE7\xB5\x84\xE7\xB9\x94 Organisation | \xE4\xB8\xBB"
                   "\xE5\xBC\xB5 Claim | Sources | Official | Authority | "
                   "Media | Other | |\n|---|---|---:|---:|---:|---:|---:|---|"
                   "\n");
    for (size_t c = 0; c < d->nclaims; c++) {
        const mt_dossier_claim *cl = &d->claims[c];
        const mt_corroboration *k = &cl->corroboration;
        mt_out_puts(o, "| ");
        mt_out_md(o, mt_render_org_name(d, cl->org_index, cl->org));
        mt_out_puts(o, " | ");
        mt_out_md(o, cl->text);
        mt_out_printf(o, " | %d | %d | %d | %d | %d | %s |\n", k->sources,
                      k->official, k->authority, k->media, k->other,
                      k->single_source ? "**\xE5\x8D\x98\xE4\xB8\x80** single"
                                       : "");
    }
    mt_out_puts(o, "\n");
}

static void conflicts(md *m)
{
    const mt_dossier *d = m->d;
    mt_out *o = &m->o;
    if (!section(m, "## \xE7\x9F\x9B\xE7\x9B\xBE (Conflicts)\n\n",
                 d->nconflicts, "_None found._\n\n"))
        return;
    for (size_t i = 0; i < d->nconflicts; i++) {
        const mt_dossier_conflict *c = &d->conflicts[i];
        mt_out_puts(o, "- **");
        mt_out_md(o, mt_render_org_name(d, c->org_index, c->org));
        mt_out_puts(o, "**, ");
        mt_out_md(o, c->about);
        mt_out_printf(o, " (%s):",
                      c->derived ? "found by matome" : "noted by the analyst");
        for (size_t v = 0; v < c->nvariants; v++) {
            mt_out_puts(o, v ? "; " : " ");
            mt_out_md(o, c->variants[v].value);
            cites(m, &c->variants[v].cites);
        }
        mt_out_puts(o, "\n");
    }
    mt_out_puts(o, "\n");
}

static void commentary(md *m)
{
    const mt_dossier *d = m->d;
    mt_out *o = &m->o;
    if (!section(m, "## \xE6\x89\x80\xE6\x84\x9F (Commentary)\n\n",
                 d->ncommentary, "_None._\n\n"))
        return;
    mt_out_puts(o, "_\xE4\xBB\xA5\xE4\xB8\x8B\xE3\x81\xAF\xE5\x88\x86\xE6\x9E"
                   "\x90\xE8\x80\x85\xE8\x87\xAA\xE8\xBA\xAB\xE3\x81\xAE\xE8"
                   "\xA6\x8B\xE8\xA7\xA3\xE3\x81\xA7\xE3\x81\x99\xE3\x80\x82"
                   " The analyst's own view, not a sourced claim._\n\n");
    for (size_t i = 0; i < d->ncommentary; i++) {
        /* A blockquote keeps the view visibly apart; each line of the
         * paragraph stays a line (hard break with a trailing backslash). */
        const char *t = d->commentary[i].text ? d->commentary[i].text : "";
        mt_out_puts(o, "> ");
        for (const char *p = t;;) {
            const char *nl = strchr(p, '\n');
            size_t len = nl ? (size_t)(nl - p) : strlen(p);
            mt_out_md_line_n(o, p, len);
            if (!nl)
                break;
            mt_out_puts(o, "\\\n> ");
            p = nl + 1;
        }
        mt_out_puts(o, "\n\n");
    }
}

static void related(md *m)
{
    const mt_dossier *d = m->d;
    mt_out *o = &m->o;
    mt_out_puts(o, "## \xE9\x96\xA2\xE9\x80\xA3\xE3\x82\xA4\xE3\x83\xB3\xE3"
                   "\x82\xB7\xE3\x83\x87\xE3\x83\xB3\xE3\x83\x88 (Related "
                   "incidents)\n\n");
    if (!d->nrelated)
        mt_out_puts(o, "_None._\n");
    for (size_t i = 0; i < d->nrelated; i++) {
        mt_out_puts(o, "- ");
        mt_out_md_line(o, d->related[i].id);
        mt_out_puts(o, "\n");
    }
    mt_out_puts(o, "\n");
}

static void history(md *m)
{
    const mt_dossier *d = m->d;
    mt_out *o = &m->o;
    mt_out_puts(o, "## \xE6\x9B\xB4\xE6\x96\xB0\xE5\xB1\xA5\xE6\xAD\xB4 "
                   "(Update history)\n\n");
    if (!d->nupdates)
        mt_out_puts(o, "_None._\n");
    for (size_t i = 0; i < d->nupdates; i++) {
        char buf[MT_DATE_TEXT_MAX];
        mt_out_printf(o, "- %s ",
                      mt_date_format(&d->updates[i].date, buf, sizeof buf));
        mt_out_md(o, d->updates[i].text);
        mt_out_puts(o, "\n");
    }
    mt_out_puts(o, "\n");
}

static void sources(md *m)
{
    const mt_dossier *d = m->d;
    mt_out *o = &m->o;
    if (!section(m,
                 "## \xE8\xAA\xBF\xE6\x9F\xBB\xE3\x82\xBD\xE3\x83\xBC"
                 "\xE3\x82\xB9 (Sources)\n\n",
                 d->nsources, "_None._\n"))
        return;
    mt_out_puts(o, "| No | \xE7\x99\xBA\xE8\xA1\xA8\xE3\x82\xBD\xE3\x83\xBC"
                   "\xE3\x82\xB9 Publisher | \xE8\xA8\x98\xE4\xBA\x8B\xE3"
                   "\x82\xBF\xE3\x82\xA4\xE3\x83\x88\xE3\x83\xAB Title | "
                   "\xE6\x97\xA5\xE4\xBB\x98 Date | \xE7\xA8\xAE\xE5\x88\xA5"
                   " Kind |\n|---:|---|---|---|---|\n");
    for (size_t i = 0; i < d->nsources; i++) {
        const mt_dossier_source *s = &d->sources[i];
        char buf[MT_DATE_TEXT_MAX];
        mt_out_printf(o, "| <a id=\"src-%d\"></a>%d | ", s->n, s->n);
        if (mt_render_source_official(s))
            mt_out_puts(o, "\xE3\x80\x90\xE5\x85\xAC\xE5\xBC\x8F\xE3\x80"
                           "\x91");
        mt_out_md(o, s->publisher);
        mt_out_puts(o, " | ");
        const char *title = s->title && *s->title ? s->title : NULL;
        if (mt_render_url_safe(s->url)) {
            mt_out_puts(o, "[");
            mt_out_md(o, title ? title : s->url);
            mt_out_puts(o, "](");
            mt_out_md_url(o, s->url);
            mt_out_puts(o, ")");
        } else {
            mt_out_md(o, title ? title : s->url);
        }
        if (s->stored_id[0]) {
            mt_out_puts(o, " (@");
            mt_out_md(o, s->stored_id);
            mt_out_puts(o, ")");
        }
        mt_out_printf(o, " | %s | %s |\n",
                      mt_render_date_text(&s->published, buf, sizeof buf),
                      mt_source_kind_str(s->kind));
    }
}

mt_status mt_render_markdown(const mt_dossier *d, char **out, size_t *out_len,
                             mt_error *err)
{
    if (!d || !out)
        return mt_error_set(err, MT_ERR_ARG,
                            "mt_render_markdown: NULL argument");
    md m;
    m.d = d;
    mt_out_init(&m.o, MT_RENDER_MAX_BYTES);
    if (mt_view_init(&m.v, d) != MT_OK) {
        mt_out_free(&m.o);
        return mt_error_set(err, MT_ERR_NOMEM,
                            "rendering Markdown: out of memory");
    }
    header(&m);
    official(&m);
    claims(&m);
    relationships(&m);
    attribution(&m);
    timeline(&m);
    figures(&m);
    corroboration(&m);
    conflicts(&m);
    commentary(&m);
    related(&m);
    history(&m);
    sources(&m);
    mt_view_free(&m.v);
    return mt_out_finish(&m.o, out, out_len, err, "Markdown");
}
