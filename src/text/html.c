/*
 * HTML to article text and metadata (libxml2's HTML parser, jansson for
 * JSON-LD).
 *
 * html_tree.c parses the page into a compact tree of our own
 * (html_internal.h).  Then four passes over the tree, all iterative (a
 * page nested ten thousand levels deep must not overflow the stack):
 *   1. metadata from <html lang>, <title>, <meta>, <link>, JSON-LD;
 *   2. boilerplate removal, which html_tree.c decides as each element
 *      opens (removed elements are skipped by the passes below, comments
 *      and processing instructions too);
 *   3. <h1> and <time> from what is left;
 *   4. choosing the article root and writing its text.
 */
#include "matome/text.h"

#include "core/buf.h"
#include "core/internal.h"
#include "text/html_internal.h"
#include "text/text_internal.h"

#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- small helpers ---------------------------------------------------- */

/* A copy of s with white space collapsed and trimmed; NULL when empty or
 * on OOM. */
static char *clean_copy(const char *s)
{
    if (!s)
        return NULL;
    char *out = malloc(strlen(s) + 1); /* never longer than s */
    if (!out)
        return NULL;
    size_t len = 0;
    int space = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        int ws = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' ||
                 *p == '\f' || *p == '\v';
        if (*p == 0xC2 && p[1] == 0xA0) { /* no-break space */
            ws = 1;
            p++;
        }
        if (ws) {
            space = len > 0;
            continue;
        }
        if (space)
            out[len++] = ' ';
        space = 0;
        out[len++] = (char)*p;
    }
    if (len == 0) {
        free(out);
        return NULL;
    }
    out[len] = '\0';
    return out;
}

/* Set *field to a cleaned copy of value unless it is already set. */
static void take(char **field, const char *value)
{
    if (!*field && value)
        *field = clean_copy(value);
}

/* Primary language subtag, lower-cased: "ja-JP" and "ja_JP" give "ja". */
static char *lang_tag(const char *v)
{
    if (!v)
        return NULL;
    while (*v == ' ')
        v++;
    size_t n = 0;
    char tag[4];
    while (v[n] && v[n] != '-' && v[n] != '_' && v[n] != ' ') {
        unsigned char c = (unsigned char)v[n];
        if (n >= 3 || !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return NULL;
        tag[n] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        n++;
    }
    if (n < 2)
        return NULL;
    tag[n] = '\0';
    return mt_strdup(tag);
}

/* A date from a metadata value: an ISO date or timestamp, also with '/' or
 * '.' between the numbers as Japanese sites write it ("2020/02/06").
 * Dates written in prose are left to ingest, which has the extractor. */
static int loose_date(mt_date *out, const char *v)
{
    if (!v)
        return 0;
    while (*v == ' ' || *v == '\t' || *v == '\n')
        v++;
    size_t n = strlen(v);
    while (n && (v[n - 1] == ' ' || v[n - 1] == '\t' || v[n - 1] == '\n'))
        n--;
    char iso[64];
    if (n == 0 || n >= sizeof iso)
        return 0;
    memcpy(iso, v, n);
    /* Only the date part's separators: positions 4 and 7 of YYYY/MM/DD. */
    for (size_t i = 4; i < n && i <= 7; i += 3)
        if (iso[i] == '/' || iso[i] == '.')
            iso[i] = '-';
    return mt_date_parse(out, iso, n) == MT_OK && out->year && !out->fiscal;
}

/* ---- iterative traversal -------------------------------------------- */

/* What libxml2's tree had before pass 2 (all nodes), or after it (strip:
 * removed elements, comments and processing instructions skipped). */
static hnode *skip_gone(hnode *n, int strip)
{
    while (strip && n && (n->flags & NF_GONE))
        n = n->next;
    return n;
}

/* enter returns 1 to descend into the children, 0 to skip them. */
typedef int (*enter_fn)(hnode *n, void *ctx);
typedef void (*leave_fn)(hnode *n, void *ctx);

static void walk(hnode *root, enter_fn enter, leave_fn leave, void *ctx,
                 int strip)
{
    hnode *n = root;
    while (n) {
        hnode *c;
        if (enter(n, ctx) && n->kind == N_ELEM &&
            (c = skip_gone(n->first, strip))) {
            n = c;
            continue;
        }
        for (;;) {
            if (leave)
                leave(n, ctx);
            if (n == root)
                return;
            hnode *s = skip_gone(n->next, strip);
            if (s) {
                n = s;
                break;
            }
            n = n->parent;
        }
    }
}

/* A growable array of node pointers. */
typedef struct node_vec {
    hnode **v;
    size_t len, cap;
    int oom;
} node_vec;

static void vec_push(node_vec *s, hnode *n)
{
    if (s->len == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 64;
        hnode **v =
            cap < SIZE_MAX / sizeof *v ? realloc(s->v, cap * sizeof *v) : NULL;
        if (!v) {
            s->oom = 1;
            return;
        }
        s->v = v;
        s->cap = cap;
    }
    s->v[s->len++] = n;
}

static const char *content(const tree *t, const hnode *n)
{
    return t->text.data + n->off;
}

/* The text below n, all of it (xmlNodeGetContent), white space collapsed
 * (clean_copy); NULL when empty or on OOM. */
typedef struct gather_ctx {
    const tree *t;
    mt_buf b;
    int oom;
} gather_ctx;

static int gather_enter(hnode *n, void *ctx)
{
    gather_ctx *g = ctx;
    if (n->kind == N_TEXT || n->kind == N_CDATA) {
        if (!g->oom && mt_buf_puts(&g->b, content(g->t, n)) != MT_OK)
            g->oom = 1;
        return 0;
    }
    return n->kind == N_ELEM;
}

static char *node_text(const tree *t, hnode *n, int strip)
{
    gather_ctx g;
    g.t = t;
    g.oom = 0;
    mt_buf_init(&g.b, MT_BUF_DEFAULT_MAX);
    walk(n, gather_enter, NULL, &g, strip);
    char *s = g.oom ? NULL : clean_copy(g.b.data ? g.b.data : "");
    mt_buf_free(&g.b);
    return s;
}

/* ---- pass 1: metadata -------------------------------------------------- */

typedef struct meta {
    const tree *t;
    char *og_title, *title_tag, *h1;
    char *og_site, *app_name, *ld_publisher;
    char *html_lang, *og_locale;
    char *canonical, *og_url;
    mt_date d_og, d_ld, d_time_pub, d_time, d_meta;
    node_vec ld; /* JSON-LD scripts, parsed only when needed */
} meta;

static void meta_free(meta *m)
{
    free(m->og_title);
    free(m->title_tag);
    free(m->h1);
    free(m->og_site);
    free(m->app_name);
    free(m->ld_publisher);
    free(m->html_lang);
    free(m->og_locale);
    free(m->canonical);
    free(m->og_url);
    free(m->ld.v);
}

static void ld_visit(meta *m, json_t *v, int depth)
{
    if (!v || depth > 16)
        return;
    if (json_is_array(v)) {
        size_t i;
        json_t *e;
        json_array_foreach(v, i, e) ld_visit(m, e, depth + 1);
        return;
    }
    if (!json_is_object(v))
        return;
    json_t *dp = json_object_get(v, "datePublished");
    if (json_is_string(dp) && !m->d_ld.year)
        loose_date(&m->d_ld, json_string_value(dp));
    json_t *pub = json_object_get(v, "publisher");
    if (json_is_array(pub))
        pub = json_array_get(pub, 0);
    if (json_is_object(pub)) {
        json_t *name = json_object_get(pub, "name");
        if (json_is_string(name))
            take(&m->ld_publisher, json_string_value(name));
    } else if (json_is_string(pub)) {
        take(&m->ld_publisher, json_string_value(pub));
    }
    ld_visit(m, json_object_get(v, "@graph"), depth + 1);
}

static void ld_parse(meta *m, const hnode *script)
{
    mt_buf b;
    mt_buf_init(&b, MT_BUF_DEFAULT_MAX);
    for (const hnode *c = script->first; c; c = c->next)
        if ((c->kind == N_TEXT || c->kind == N_CDATA) &&
            mt_buf_puts(&b, content(m->t, c)) != MT_OK) {
            mt_buf_free(&b);
            return;
        }
    if (b.len) {
        json_t *root = json_loadb(b.data, b.len, JSON_DECODE_ANY, NULL);
        ld_visit(m, root, 0);
        json_decref(root);
    }
    mt_buf_free(&b);
}

static int meta_enter(hnode *n, void *ctx)
{
    meta *m = ctx;
    if (n->kind != N_ELEM)
        return 0;
    switch (n->tag) {
    case TAG_HTML:
        if (!m->html_lang)
            m->html_lang = lang_tag(n->av[AV_LANG]);
        if (!m->html_lang)
            m->html_lang = lang_tag(n->av[AV_XML_LANG]);
        return 1;
    case TAG_TITLE:
        if (!m->title_tag)
            m->title_tag = node_text(m->t, n, 0);
        return 0;
    case TAG_META: {
        const char *key = n->av[AV_PROPERTY];
        if (!key)
            key = n->av[AV_NAME];
        if (!key)
            key = n->av[AV_ITEMPROP];
        const char *value = n->av[AV_CONTENT];
        if (!key || !value)
            return 0;
        if (!strcasecmp(key, "og:title"))
            take(&m->og_title, value);
        else if (!strcasecmp(key, "og:site_name"))
            take(&m->og_site, value);
        else if (!strcasecmp(key, "application-name"))
            take(&m->app_name, value);
        else if (!strcasecmp(key, "og:locale") && !m->og_locale)
            m->og_locale = lang_tag(value);
        else if (!strcasecmp(key, "og:url"))
            take(&m->og_url, value);
        else if (!strcasecmp(key, "article:published_time")) {
            if (!m->d_og.year)
                loose_date(&m->d_og, value);
        } else if (!strcasecmp(key, "date") || !strcasecmp(key, "pubdate") ||
                   !strcasecmp(key, "publishdate") ||
                   !strcasecmp(key, "publish-date") ||
                   !strcasecmp(key, "datePublished") ||
                   !strcasecmp(key, "dc.date") ||
                   !strcasecmp(key, "dc.date.issued") ||
                   !strcasecmp(key, "dcterms.date") ||
                   !strcasecmp(key, "citation_publication_date")) {
            if (!m->d_meta.year)
                loose_date(&m->d_meta, value);
        }
        return 0;
    }
    case TAG_LINK: {
        const char *rel = n->av[AV_REL];
        if (rel && !strcasecmp(rel, "canonical"))
            take(&m->canonical, n->av[AV_HREF]);
        return 0;
    }
    case TAG_SCRIPT:
        if (n->av[AV_TYPE] &&
            !strcasecmp(n->av[AV_TYPE], "application/ld+json"))
            vec_push(&m->ld, n);
        return 0;
    case TAG_STYLE:
        return 0;
    default:
        return 1;
    }
}

/* ---- pass 3: headline, time elements, scoring ------------------------- */

typedef struct score_ctx {
    meta *m;
    node_vec blocks; /* stack of open block elements */
    node_vec all;    /* every block element, for the final choice */
    double *score;   /* per block, indexed by block - 1 */
    double *link;    /* link text bytes inside each block */
    int in_link;
    hnode *first_body, *first_main;
    /* The <article> (not inside another) with the most text, and the
     * first [itemprop=articleBody], for choose_root(). */
    hnode *article, *best_article, *body_prop;
    size_t article_bytes, best_article_bytes;
    /* Look for the headline (want_headline) and where it is; title is
     * the page's title (NULL: none, the first <h1> becomes it). */
    int want_headline;
    const char *title;
    hnode *headline;
} score_ctx;

static size_t text_bytes(const char *c)
{
    size_t n = 0;
    for (const char *p = c; *p; p++)
        if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r')
            n++;
    return n;
}

/*
 * Whether heading n is the article's headline: its text is the page's
 * title as the document reports it (og:title, or <title> without the site
 * name), or, for a page with neither, it is the first <h1>.  A logo or
 * section name in an <h1> is passed over.
 */
static int is_headline(const score_ctx *c, hnode *n)
{
    if (!c->title)
        return n->tag == TAG_H1;
    char *h = node_text(c->m->t, n, 1);
    int yes = h && strcmp(h, c->title) == 0;
    free(h);
    return yes;
}

/*
 * The dateline: the text around the headline, DATELINE_BYTES on each side
 * in document order, boilerplate removed, one text node a line.  Pages
 * print their date there, often outside the element chosen as the
 * article (a table cell above the headline, a byline after it).
 */
#define DATELINE_BYTES 200

typedef struct dateline_ctx {
    const tree *t;
    hnode *headline;
    mt_buf b;          /* text from at most DATELINE_BYTES before it */
    int seen;          /* the headline was entered */
    size_t start, end; /* the headline's text in b; end 0 until left */
    int oom;
} dateline_ctx;

/* Back up to the start of a UTF-8 character. */
static size_t char_start(const char *s, size_t i)
{
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

static int dateline_enter(hnode *n, void *ctx)
{
    dateline_ctx *c = ctx;
    if (n == c->headline) {
        c->seen = 1;
        c->start = c->b.len;
    }
    if (n->kind != N_TEXT && n->kind != N_CDATA)
        return n->kind == N_ELEM;
    const char *s = content(c->t, n);
    size_t len = strlen(s);
    if (c->end) { /* after the headline: only what the window takes */
        size_t room = c->end + DATELINE_BYTES > c->b.len
                          ? c->end + DATELINE_BYTES - c->b.len
                          : 0;
        if (len > room)
            len = char_start(s, room); /* whole characters only */
    }
    if (!c->oom && len &&
        (mt_buf_append(&c->b, s, len) != MT_OK ||
         mt_buf_putc(&c->b, '\n') != MT_OK))
        c->oom = 1;
    /* Before the headline only the last DATELINE_BYTES are kept, so the
     * buffer stays small however much text a page has above it. */
    if (!c->seen && !c->oom && c->b.len > 4 * DATELINE_BYTES) {
        size_t from = char_start(c->b.data, c->b.len - DATELINE_BYTES);
        c->b.len -= from;
        memmove(c->b.data, c->b.data + from, c->b.len + 1);
    }
    return 0;
}

static void dateline_leave(hnode *n, void *ctx)
{
    dateline_ctx *c = ctx;
    if (n == c->headline)
        c->end = c->b.len;
}

static char *dateline(const tree *t, hnode *top, hnode *headline, int *oom)
{
    dateline_ctx c;
    memset(&c, 0, sizeof c);
    c.t = t;
    c.headline = headline;
    mt_buf_init(&c.b, MT_BUF_DEFAULT_MAX);
    walk(top, dateline_enter, dateline_leave, &c, 1);
    char *out = NULL;
    if (c.oom || !c.b.data) {
        *oom |= c.oom;
    } else {
        size_t from = c.start > DATELINE_BYTES ? c.start - DATELINE_BYTES : 0;
        size_t to =
            c.end + DATELINE_BYTES < c.b.len ? c.end + DATELINE_BYTES : c.b.len;
        while (from < c.start && ((unsigned char)c.b.data[from] & 0xC0) == 0x80)
            from++; /* forward to a whole character: at most the window */
        to = to < c.b.len ? char_start(c.b.data, to) : to;
        out = mt_strndup(c.b.data + from, to - from);
        if (!out)
            *oom = 1;
    }
    mt_buf_free(&c.b);
    return out;
}

static int score_enter(hnode *n, void *ctx)
{
    score_ctx *c = ctx;
    if (n->kind == N_TEXT || n->kind == N_CDATA) {
        size_t len = text_bytes(content(c->m->t, n));
        if (c->article && n->kind == N_TEXT)
            c->article_bytes += len;
        if (!len || c->blocks.len == 0)
            return 0;
        if (c->in_link) {
            /* The innermost block only; totals propagate on leave. */
            size_t k = c->blocks.v[c->blocks.len - 1]->block;
            if (k)
                c->link[k - 1] += (double)len;
            return 0;
        }
        /* The paragraph, its container, and half to the container's
         * parent (after Readability). */
        size_t top = c->blocks.len;
        for (size_t d = 0; d < 3 && d < top; d++) {
            size_t k = c->blocks.v[top - 1 - d]->block;
            if (k)
                c->score[k - 1] += d == 2 ? (double)len / 2 : (double)len;
        }
        return 0;
    }
    if (n->kind != N_ELEM)
        return 0;
    switch (n->tag) {
    case TAG_A:
        c->in_link++;
        break;
    case TAG_H1:
        if (!c->m->h1)
            c->m->h1 = node_text(c->m->t, n, 1);
        if (c->want_headline && !c->headline && is_headline(c, n))
            c->headline = n;
        break;
    case TAG_H2:
    case TAG_H3:
        if (c->want_headline && !c->headline && is_headline(c, n))
            c->headline = n;
        break;
    case TAG_TIME: {
        const char *dt = n->av[AV_DATETIME];
        mt_date d;
        if (dt && loose_date(&d, dt)) {
            if ((n->flags & NF_TIME_PUB) && !c->m->d_time_pub.year)
                c->m->d_time_pub = d;
            if (!c->m->d_time.year)
                c->m->d_time = d;
        }
        break;
    }
    case TAG_BODY:
        if (!c->first_body)
            c->first_body = n;
        break;
    case TAG_MAIN:
        if (!c->first_main)
            c->first_main = n;
        break;
    case TAG_ARTICLE:
        if (!c->article) {
            c->article = n;
            c->article_bytes = 0;
        }
        break;
    default:
        break;
    }
    if ((n->flags & NF_BODY_PROP) && !c->body_prop)
        c->body_prop = n;
    if (mt_html_tags[n->tag].flags & TF_BLOCK) {
        vec_push(&c->all, n);
        vec_push(&c->blocks, n);
        n->block = c->all.len;
    }
    return 1;
}

static void score_leave(hnode *n, void *ctx)
{
    score_ctx *c = ctx;
    if (n->kind != N_ELEM)
        return;
    if (n->tag == TAG_A && c->in_link > 0)
        c->in_link--;
    if (n == c->article) {
        if (c->article_bytes > c->best_article_bytes) {
            c->best_article = n;
            c->best_article_bytes = c->article_bytes;
        }
        c->article = NULL;
    }
    if (c->blocks.len && c->blocks.v[c->blocks.len - 1] == n) {
        c->blocks.len--;
        size_t k = n->block;
        if (k && c->blocks.len) {
            size_t p = c->blocks.v[c->blocks.len - 1]->block;
            if (p)
                c->link[p - 1] += c->link[k - 1];
        }
    }
}

/* ---- pass 4: text ------------------------------------------------------ */

typedef struct emit_ctx {
    const tree *t;
    mt_buf out;
    int pending; /* 0 none, 1 line break, 2 blank line */
    int space;
    int in_pre;
    mt_status st;
} emit_ctx;

static void emit_break(emit_ctx *e, int level)
{
    if (level > e->pending)
        e->pending = level;
}

static void emit_bytes(emit_ctx *e, const char *p, size_t n)
{
    if (e->st != MT_OK || n == 0)
        return;
    if (e->out.len) {
        if (e->pending == 2)
            e->st = mt_buf_append(&e->out, "\n\n", 2);
        else if (e->pending == 1)
            e->st = mt_buf_putc(&e->out, '\n');
        else if (e->space)
            e->st = mt_buf_putc(&e->out, ' ');
    }
    e->pending = 0;
    e->space = 0;
    if (e->st == MT_OK)
        e->st = mt_buf_append(&e->out, p, n);
}

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
}

static void emit_text(emit_ctx *e, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    if (e->in_pre) {
        /* Preformatted: keep lines, drop trailing blanks per line. */
        while (*p) {
            const unsigned char *nl =
                (const unsigned char *)strchr((const char *)p, '\n');
            size_t n = nl ? (size_t)(nl - p) : strlen((const char *)p);
            size_t m = n;
            while (m &&
                   (p[m - 1] == ' ' || p[m - 1] == '\t' || p[m - 1] == '\r'))
                m--;
            emit_bytes(e, (const char *)p, m);
            if (!nl)
                break;
            emit_break(e, 1);
            p = nl + 1;
        }
        return;
    }
    while (*p) {
        if (is_space(*p)) {
            e->space = 1;
            p++;
            continue;
        }
        if (*p == 0xC2 && p[1] == 0xA0) {
            e->space = 1;
            p += 2;
            continue;
        }
        const unsigned char *w = p;
        while (*p && !is_space(*p) && !(*p == 0xC2 && p[1] == 0xA0))
            p++;
        emit_bytes(e, (const char *)w, (size_t)(p - w));
    }
}

static int emit_enter(hnode *n, void *ctx)
{
    emit_ctx *e = ctx;
    if (n->kind == N_TEXT || n->kind == N_CDATA) {
        emit_text(e, content(e->t, n));
        return 0;
    }
    if (n->kind != N_ELEM)
        return 0;
    unsigned f = mt_html_tags[n->tag].flags;
    if (f & TF_PARA)
        emit_break(e, 2);
    else if (n->tag == TAG_BR)
        /* Two <br> in a row end a paragraph. */
        emit_break(e, e->pending >= 1 ? 2 : 1);
    else if (f & TF_LINE)
        emit_break(e, 1);
    else if (n->tag == TAG_TD || n->tag == TAG_TH)
        e->space = 1;
    if (n->tag == TAG_PRE)
        e->in_pre++;
    return 1;
}

static void emit_leave(hnode *n, void *ctx)
{
    emit_ctx *e = ctx;
    if (n->kind != N_ELEM)
        return;
    unsigned f = mt_html_tags[n->tag].flags;
    if (f & TF_PARA)
        emit_break(e, 2);
    else if ((f & TF_LINE) && n->tag != TAG_BR)
        emit_break(e, 1);
    else if (n->tag == TAG_TD || n->tag == TAG_TH)
        e->space = 1;
    if (n->tag == TAG_PRE && e->in_pre > 0)
        e->in_pre--;
}

/* ---- title clean-up ---------------------------------------------------- */

/* Separators between a page title and the site name. */
static const char *const title_seps[] = {"|", "｜", "-", "–", "—",  ":", "：",
                                         "/", "・", "«", "»", "::", NULL};

static int ends_with_sep(const char *s, size_t *n)
{
    size_t m = *n;
    while (m && s[m - 1] == ' ')
        m--;
    for (size_t i = 0; title_seps[i]; i++) {
        size_t k = strlen(title_seps[i]);
        if (m >= k && memcmp(s + m - k, title_seps[i], k) == 0) {
            m -= k;
            while (m && s[m - 1] == ' ')
                m--;
            *n = m;
            return 1;
        }
    }
    return 0;
}

/* "記事 | 毎朝新聞" with site "毎朝新聞" gives "記事"; also a site name in
 * front ("毎朝新聞 | 記事").  Otherwise the title is kept whole. */
static char *trim_site(const char *title, const char *site)
{
    if (!title)
        return NULL;
    size_t tl = strlen(title);
    size_t sl = site ? strlen(site) : 0;
    if (sl && tl > sl && memcmp(title + tl - sl, site, sl) == 0) {
        size_t n = tl - sl;
        if (ends_with_sep(title, &n) && n > 0)
            return mt_strndup(title, n);
    }
    if (sl && tl > sl && memcmp(title, site, sl) == 0) {
        const char *p = title + sl;
        while (*p == ' ')
            p++;
        for (size_t i = 0; title_seps[i]; i++) {
            size_t k = strlen(title_seps[i]);
            if (strncmp(p, title_seps[i], k) == 0) {
                p += k;
                while (*p == ' ')
                    p++;
                if (*p)
                    return mt_strdup(p);
            }
        }
    }
    return mt_strdup(title);
}

/* ---- the entry point --------------------------------------------------- */

static mt_status set_field(char **field, const char *v)
{
    if (!v)
        return MT_OK;
    *field = mt_strdup(v);
    return *field ? MT_OK : MT_ERR_NOMEM;
}

static hnode *choose_root(const tree *t, score_ctx *sc)
{
    hnode *top = t->root;
    if (sc->best_article)
        return sc->best_article;
    if (sc->body_prop)
        return sc->body_prop;
    if (sc->first_main)
        return sc->first_main;
    /* Text density: paragraph text credited to its block and the two
     * blocks above, minus twice the link text inside. */
    hnode *best = NULL;
    double best_score = 0;
    for (size_t i = 0; i < sc->all.len; i++) {
        double s = sc->score[i] - 2 * sc->link[i];
        if (s > best_score) {
            best = sc->all.v[i];
            best_score = s;
        }
    }
    if (best)
        return best;
    return sc->first_body ? sc->first_body : top;
}

mt_status mt_doc_from_html(mt_doc **out, const char *html, size_t len,
                           mt_error *err)
{
    *out = NULL;
    if (len > INT_MAX)
        return mt_error_set(err, MT_ERR_INPUT, "HTML document too large");
    mt_text_init_libs();
    mt_doc *d = calloc(1, sizeof *d);
    if (!d)
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    /* The bytes are UTF-8 already: IGNORE_ENC keeps a stale <meta
     * charset> from switching the decoder. */
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
               HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;
    tree t;
    memset(&t, 0, sizeof t);
    mt_buf_init(&t.text, SIZE_MAX / 2);
    if (len && mt_html_tree_parse(&t, html, len, opts) != 0)
        t.oom = 1;
    if (t.oom) {
        mt_html_tree_free(&t);
        mt_doc_free(d);
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    }
    meta m;
    memset(&m, 0, sizeof m);
    m.t = &t;
    mt_status st = MT_OK;
    hnode *top = t.root;
    if (!top) {
        /* Nothing parseable (a page of white space): empty text. */
        mt_html_tree_free(&t);
        d->text = mt_strdup("");
        if (!d->text) {
            mt_doc_free(d);
            return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
        }
        *out = d;
        return MT_OK;
    }
    walk(top, meta_enter, NULL, &m, 0);
    /* JSON-LD gives only fallbacks, its publisher after og:site_name and
     * application-name, its date after article:published_time: parse it
     * (the costliest metadata) only when one is missing. */
    if ((!m.og_site && !m.app_name) || !m.d_og.year)
        for (size_t i = 0; i < m.ld.len; i++)
            ld_parse(&m, m.ld.v[i]);
    int oom = m.ld.oom;
    /* Publisher and title as the document reports them (the title also
     * finds the headline below); the first <h1> is the title of a page
     * with neither og:title nor <title>. */
    const char *site = m.og_site    ? m.og_site
                       : m.app_name ? m.app_name
                                    : m.ld_publisher;
    char *title = m.og_title    ? mt_strdup(m.og_title)
                  : m.title_tag ? trim_site(m.title_tag, site)
                                : NULL;
    oom |= (m.og_title || m.title_tag) && !title;

    score_ctx sc;
    memset(&sc, 0, sizeof sc);
    sc.m = &m;
    sc.title = title;
    /* Only a page that names no date in its markup needs its dateline. */
    sc.want_headline = !m.d_og.year && !m.d_ld.year && !m.d_time_pub.year &&
                       !m.d_time.year && !m.d_meta.year;
    char *line = NULL;
    emit_ctx e;
    memset(&e, 0, sizeof e);
    e.t = &t;
    mt_buf_init(&e.out, MT_BUF_DEFAULT_MAX);
    /* A root element that pass 2 removes leaves no text. */
    if (!(top->flags & NF_GONE)) {
        sc.score = calloc(t.nblocks + 1, sizeof(double));
        sc.link = calloc(t.nblocks + 1, sizeof(double));
        if (!sc.score || !sc.link)
            oom = 1;
        else
            walk(top, score_enter, score_leave, &sc, 1);
        oom |= sc.all.oom | sc.blocks.oom;
        if (!oom) {
            hnode *root = choose_root(&t, &sc);
            walk(root, emit_enter, emit_leave, &e, 1);
            st = e.st;
        }
        if (!oom && sc.headline)
            line = dateline(&t, top, sc.headline, &oom);
    }
    free(sc.score);
    free(sc.link);
    free(sc.all.v);
    free(sc.blocks.v);
    if (oom)
        st = MT_ERR_NOMEM;
    if (st == MT_OK) {
        d->text = mt_buf_detach(&e.out, &d->text_len);
        if (!d->text)
            st = MT_ERR_NOMEM;
    }
    mt_buf_free(&e.out);
    mt_html_tree_free(&t);

    if (st == MT_OK) {
        st = set_field(&d->publisher, site);
        if (st == MT_OK && title) {
            d->title = title;
            title = NULL;
        } else if (st == MT_OK) {
            st = set_field(&d->title, m.h1);
        }
        if (st == MT_OK)
            st = set_field(&d->url, m.canonical ? m.canonical : m.og_url);
        d->dateline = line;
        line = NULL;
        if (st == MT_OK)
            st = set_field(&d->lang, m.html_lang ? m.html_lang : m.og_locale);
        if (st == MT_OK && !d->lang)
            st = set_field(&d->lang, mt_text_guess_lang(d->text, d->text_len));
        const mt_date *cands[] = {&m.d_og, &m.d_ld, &m.d_time_pub, &m.d_time,
                                  &m.d_meta};
        for (size_t i = 0; i < MT_ARRAY_LEN(cands); i++)
            if (cands[i]->year) {
                d->published = *cands[i];
                break;
            }
    }
    meta_free(&m);
    free(line);
    free(title);
    if (st != MT_OK) {
        mt_doc_free(d);
        return mt_error_set(err, st, "out of memory");
    }
    *out = d;
    return MT_OK;
}
