/*
 * What follows the blog import's pass over the lines (import_blog.c), and
 * the dossier text written from its model.
 *
 * Two things need the whole document and are done after the pass:
 * 公式発表 entries are matched against the source table (and their
 * year-less dates resolved against it), and every citation is checked
 * against the table.  Titles are a hash table and source numbers a
 * bitmap, and the dated sources a tree by day, so neither statements nor
 * citations scan the source table.  Last,
 * text the printer would refuse is made printable, so that
 * mt_import_write() can print every model the import makes.
 */
#include "matome/import.h"

#include "core/buf.h"
#include "core/internal.h"
#include "dossier/import_blog.h"

#include <glib.h>
#include <stdlib.h>
#include <string.h>

/* ---- after the pass ---- */

static long days_of(const mt_date *d)
{
    int32_t lo, hi;
    return mt_date_span(d, &lo, &hi) == MT_OK ? lo : 0;
}

/* Remember source i under its title unless an earlier one has it. */
static void index_title(GHashTable *by_title, const mt_dossier *d, size_t i)
{
    const char *t = d->sources[i].title;
    if (t && !g_hash_table_contains(by_title, t))
        g_hash_table_insert(by_title, (gpointer)t, GSIZE_TO_POINTER(i + 1));
}

/*
 * The dated sources by day number, for the year of a statement written
 * without one.  The table's sources go in first and each statement added
 * as a source goes in as it is added (「年末のお知らせ 2023/12/28」 then
 * 「続報 1/4」 takes 2024 from the first), so no statement scans the
 * sources: a long post has thousands of both.
 */
typedef struct day_index {
    GTree *by_day; /* day numbers (GINT_TO_POINTER) of the dated sources */
    GArray *years; /* their distinct years, ascending */
} day_index;

static gint cmp_day(gconstpointer a, gconstpointer b, gpointer unused)
{
    (void)unused;
    int x = GPOINTER_TO_INT(a), y = GPOINTER_TO_INT(b);
    return x < y ? -1 : x > y;
}

static void index_day(day_index *ix, const mt_date *p)
{
    if (!p->year)
        return;
    int day = (int)days_of(p);
    g_tree_insert(ix->by_day, GINT_TO_POINTER(day), GINT_TO_POINTER(day));
    guint k = 0;
    while (k < ix->years->len && g_array_index(ix->years, int, k) < p->year)
        k++;
    if (k == ix->years->len || g_array_index(ix->years, int, k) != p->year) {
        int y = p->year;
        g_array_insert_val(ix->years, k, y);
    }
}

/* The days from c to the nearest dated source; -1 when none. */
static long gap_to_nearest(const day_index *ix, long c)
{
    GTreeNode *from = g_tree_lower_bound(ix->by_day, GINT_TO_POINTER((int)c));
    GTreeNode *before =
        from ? g_tree_node_previous(from) : g_tree_node_last(ix->by_day);
    long best = -1;
    GTreeNode *near[2] = {before, from};
    for (int k = 0; k < 2; k++) {
        if (!near[k])
            continue;
        long diff = c - GPOINTER_TO_INT(g_tree_node_key(near[k]));
        diff = diff < 0 ? -diff : diff;
        if (best < 0 || diff < best)
            best = diff;
    }
    return best;
}

/* The year that puts month m, day d (0: the month) nearest a dated
 * source: one of the sources' years or the year before or after one (a
 * 1/4 after a 2023/12/28 is of 2024); the earlier year on a tie; 0 when
 * there is no dated source. */
static int nearest_year(const day_index *ix, int m, int d)
{
    long best = -1;
    int year = 0;
    for (guint k = 0; k < ix->years->len; k++) {
        int y0 = g_array_index(ix->years, int, k);
        for (int y = y0 - 1; y <= y0 + 1; y++) {
            mt_date cand = {(int16_t)y, (uint8_t)m, (uint8_t)d, 0};
            if (y < 1 || y > 9999 || !mt_date_valid(&cand))
                continue;
            long gap = gap_to_nearest(ix, days_of(&cand));
            if (gap >= 0 && (best < 0 || gap < best)) {
                best = gap;
                year = y;
            }
        }
    }
    return year;
}

void mt_import_blog_resolve_officials(imp *m)
{
    mt_dossier *d = m->d;
    /* Title -> first source with it (index + 1), kept up to date as
     * statements are added, so that matching is not a scan per entry. */
    GHashTable *by_title = g_hash_table_new(g_str_hash, g_str_equal);
    for (size_t s = 0; s < d->nsources; s++)
        index_title(by_title, d, s);
    day_index ix = {g_tree_new_full(cmp_day, NULL, NULL, NULL),
                    g_array_new(FALSE, FALSE, sizeof(int))};
    for (size_t s = 0; s < d->nsources; s++)
        index_day(&ix, &d->sources[s].published);
    for (size_t i = 0; i < m->noff && m->st == MT_OK; i++) {
        official *o = &m->off[i];
        m->line = o->line;
        size_t at = GPOINTER_TO_SIZE(g_hash_table_lookup(by_title, o->title));
        mt_dossier_source *match = at ? &d->sources[at - 1] : NULL;
        mt_source_kind kind =
            mt_import_blog_rule_find(m->rs, R_AUTHORITY, o->publisher,
                                     strlen(o->publisher))
                ? MT_KIND_AUTHORITY
                : MT_KIND_OFFICIAL;
        if (match) {
            if (match->kind != MT_KIND_OFFICIAL &&
                match->kind != MT_KIND_AUTHORITY)
                match->kind = kind;
            const mt_date *p = &match->published;
            if (o->has_date && p->year &&
                ((o->date.m && o->date.m != p->month) ||
                 (o->date.d && o->date.d != p->day) ||
                 (o->date.y && o->date.y != p->year)))
                mt_import_blog_diag(
                    m, MT_DIAG_WARNING, "make the two dates agree",
                    "official statement dated %d/%d, but source %d is dated "
                    "%04d-%02d-%02d",
                    o->date.m, o->date.d, match->n, p->year, p->month, p->day);
            continue;
        }
        /* Not in the table: add it, with the year nearest the table's. */
        int year = o->date.y;
        if (o->has_date && !year && o->date.m) {
            year = nearest_year(&ix, o->date.m, o->date.d);
            if (!year) {
                mt_import_blog_diag(
                    m, MT_DIAG_ERROR,
                    "write the date with its year (2023\xE5\xB9\xB4"
                    "3\xE6\x9C\x88"
                    "4\xE6\x97\xA5)",
                    "cannot tell the year of %d/%d: no dated source in "
                    "\xE8\xAA\xBF\xE6\x9F\xBB\xE3\x82\xBD\xE3\x83\xBC\xE3\x82"
                    "\xB9",
                    o->date.m, o->date.d);
                continue;
            }
        }
        mt_dossier_source *s = mt_dossier_add_source(d);
        if (!s) {
            mt_import_blog_nomem(m);
            break;
        }
        s->n = m->max_n + 1;
        mt_import_blog_number_source(m, s->n);
        s->kind = kind;
        s->publisher = mt_strdup(o->publisher);
        s->title = mt_strdup(o->title);
        if (!s->publisher || !s->title)
            mt_import_blog_nomem(m);
        if (o->has_date) {
            mt_date dt = {(int16_t)year, (uint8_t)o->date.m, (uint8_t)o->date.d,
                          0};
            s->published = dt;
            index_day(&ix, &s->published);
        }
        index_title(by_title, d, d->nsources - 1);
        mt_import_blog_diag(
            m, MT_DIAG_WARNING,
            "add it to \xE8\xAA\xBF\xE6\x9F\xBB\xE3\x82\xBD\xE3\x83\xBC\xE3"
            "\x82\xB9 with its URL",
            "official statement not in the source table; added as source %d",
            s->n);
    }
    g_tree_destroy(ix.by_day);
    g_array_free(ix.years, TRUE);
    g_hash_table_destroy(by_title);
}

void mt_import_blog_check_cites(imp *m)
{
    for (size_t i = 0; i < m->nuses; i++) {
        if (!mt_import_blog_numbered(m, m->uses[i].n)) {
            m->line = m->uses[i].line;
            mt_import_blog_diag(
                m, MT_DIAG_ERROR,
                "add the source to \xE8\xAA\xBF\xE6\x9F\xBB\xE3\x82\xBD\xE3"
                "\x83\xBC\xE3\x82\xB9 or correct the number",
                "*%d cites a source that is not in the source table",
                m->uses[i].n);
        }
    }
}

/*
 * The format has no escape for a backslash before '|' or for text that
 * ends in ']' or '}' (the parser reads those as citations or an
 * annotation), and mt_dossier_print() refuses them.  So that every model
 * the import makes can be printed, such characters are made full-width
 * here: "\|" becomes "＼|", a final ']' '］' and a final '}' '｝'.
 */
static void printable(imp *m, char **text, bool tail)
{
    const char *s = *text;
    if (!s)
        return;
    size_t n = strlen(s);
    char last = n ? s[n - 1] : '\0';
    bool end = tail && (last == ']' || last == '}');
    if (!end && !strstr(s, "\\|"))
        return;
    mt_buf b;
    mt_buf_init(&b, 0);
    mt_status st = MT_OK;
    for (size_t i = 0; i < n && st == MT_OK; i++) {
        if (end && i == n - 1)
            st = mt_buf_puts(&b, last == ']' ? "\xEF\xBC\xBD" : "\xEF\xBD\x9D");
        else if (s[i] == '\\' && s[i + 1] == '|')
            st = mt_buf_puts(&b, "\xEF\xBC\xBC"); /* ＼ */
        else
            st = mt_buf_putc(&b, s[i]);
    }
    char *out = st == MT_OK ? mt_buf_detach(&b, NULL) : NULL;
    mt_buf_free(&b);
    if (!out) {
        mt_import_blog_nomem(m);
        return;
    }
    free(*text);
    *text = out;
}

/* A commentary line that reads as a heading ("##...") gets a backslash in
 * front, so that the paragraph stays commentary. */
static void unheading(imp *m, char **text)
{
    const char *s = *text;
    size_t n = strlen(s), extra = 0;
    for (size_t i = 0; i < n; i++)
        extra += (i == 0 || s[i - 1] == '\n') && strncmp(s + i, "##", 2) == 0;
    if (!extra)
        return;
    char *out = malloc(n + extra + 1);
    if (!out) {
        mt_import_blog_nomem(m);
        return;
    }
    size_t k = 0;
    for (size_t i = 0; i <= n; i++) {
        if ((i == 0 || s[i - 1] == '\n') && strncmp(s + i, "##", 2) == 0)
            out[k++] = '\\';
        out[k++] = s[i];
    }
    free(*text);
    *text = out;
}

void mt_import_blog_make_printable(imp *m)
{
    mt_dossier *d = m->d;
    for (size_t i = 0; i < d->nsources; i++) {
        printable(m, &d->sources[i].publisher, false);
        printable(m, &d->sources[i].title, false);
    }
    for (size_t i = 0; i < d->norgs; i++)
        printable(m, &d->orgs[i].name, false);
    for (size_t i = 0; i < d->nclaims; i++) {
        printable(m, &d->claims[i].org, false);
        printable(m, &d->claims[i].text, true);
    }
    for (size_t i = 0; i < d->nevents; i++) {
        printable(m, &d->events[i].org, false);
        printable(m, &d->events[i].text, true);
    }
    for (size_t i = 0; i < d->ncommentary; i++)
        if (d->commentary[i].text)
            unheading(m, &d->commentary[i].text);
}

/* ---- writing the dossier text ---- */

typedef struct ranked {
    size_t org; /* index into d->orgs; d->norgs for a name not listed */
    size_t index;
} ranked;

static int cmp_ranked(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->org != y->org)
        return x->org < y->org ? -1 : 1;
    return (x->index > y->index) - (x->index < y->index);
}

/*
 * The dossier text, by mt_dossier_print(), with the claims grouped by
 * organisation (in the order of the organisation list, file order within
 * a group): the blog lists impact, relationship and attribution claims in
 * separate sections, and a dossier reads best with one "### name" per
 * organisation.  The model itself is not reordered: the printer is given
 * a shallow copy whose claim array is permuted.
 */
mt_status mt_import_write(const mt_dossier *d, char **out, size_t *out_len,
                          mt_error *err)
{
    if (!d || !out)
        return mt_error_set(err, MT_ERR_ARG, "mt_import_write: NULL argument");
    size_t n = d->nclaims ? d->nclaims : 1;
    ranked *r = calloc(n, sizeof *r);
    mt_dossier_claim *claims = calloc(n, sizeof *claims);
    GHashTable *by_name = g_hash_table_new(g_str_hash, g_str_equal);
    if (!r || !claims) {
        free(r);
        free(claims);
        g_hash_table_destroy(by_name);
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    }
    for (size_t i = d->norgs; i-- > 0;) /* the first of equal names wins */
        if (d->orgs[i].name)
            g_hash_table_insert(by_name, d->orgs[i].name,
                                GSIZE_TO_POINTER(i + 1));
    for (size_t c = 0; c < d->nclaims; c++) {
        const char *org = d->claims[c].org;
        size_t k =
            org ? GPOINTER_TO_SIZE(g_hash_table_lookup(by_name, org)) : 0;
        r[c] = (ranked){k ? k - 1 : d->norgs, c};
    }
    g_hash_table_destroy(by_name);
    qsort(r, d->nclaims, sizeof *r, cmp_ranked);
    for (size_t c = 0; c < d->nclaims; c++)
        claims[c] = d->claims[r[c].index];
    free(r);
    mt_dossier grouped = *d;
    grouped.claims = claims;
    mt_status st = mt_dossier_print(&grouped, out, out_len, err);
    free(claims);
    return st;
}
