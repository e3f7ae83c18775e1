/*
 * HTML to article text and metadata (libxml2's HTML parser, jansson for
 * JSON-LD).
 *
 * Four passes over the tree, all iterative (a page nested ten thousand
 * levels deep must not overflow the stack):
 *   1. metadata from <html lang>, <title>, <meta>, <link>, JSON-LD;
 *   2. boilerplate removal: script/style/nav/... elements and elements
 *      whose class, id or role name navigation, menus, sharing, ads...;
 *   3. <h1> and <time> from what is left;
 *   4. choosing the article root and writing its text.
 * The vocabulary below (tag names, class tokens) describes HTML page
 * structure, not language, so it lives here rather than in data/.
 */
#include "matome/text.h"

#include "core/buf.h"
#include "core/internal.h"
#include "text/text_internal.h"

#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- small helpers ---------------------------------------------------- */

static int name_is(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->name &&
           strcmp((const char *)n->name, name) == 0;
}

static int name_in(const xmlNode *n, const char *const *list)
{
    if (!n || n->type != XML_ELEMENT_NODE || !n->name)
        return 0;
    for (size_t i = 0; list[i]; i++)
        if (strcmp((const char *)n->name, list[i]) == 0)
            return 1;
    return 0;
}

/* Attribute value (borrowed from the tree), or NULL.  libxml2 keeps an
 * attribute's value as one text child for HTML documents. */
static const char *attr(const xmlNode *n, const char *name)
{
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (a->name && strcasecmp((const char *)a->name, name) == 0) {
            if (a->children && a->children->type == XML_TEXT_NODE &&
                a->children->content)
                return (const char *)a->children->content;
            return "";
        }
    }
    return NULL;
}

static int attr_is(const xmlNode *n, const char *name, const char *value)
{
    const char *v = attr(n, name);
    return v && strcasecmp(v, value) == 0;
}

/* A copy of s with white space collapsed and trimmed; NULL when empty or
 * on OOM. */
static char *clean_copy(const char *s)
{
    if (!s)
        return NULL;
    mt_buf b;
    mt_buf_init(&b, MT_BUF_DEFAULT_MAX);
    int space = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        int ws = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' ||
                 *p == '\f' || *p == '\v';
        if (*p == 0xC2 && p[1] == 0xA0) { /* no-break space */
            ws = 1;
            p++;
        }
        if (ws) {
            space = b.len > 0;
            continue;
        }
        if (space && mt_buf_putc(&b, ' ') != MT_OK)
            return NULL;
        space = 0;
        if (mt_buf_putc(&b, (char)*p) != MT_OK)
            return NULL;
    }
    if (b.len == 0) {
        mt_buf_free(&b);
        return NULL;
    }
    return mt_buf_detach(&b, NULL);
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

/* enter returns 1 to descend into the children, 0 to skip them. */
typedef int (*enter_fn)(xmlNode *n, void *ctx);
typedef void (*leave_fn)(xmlNode *n, void *ctx);

static void walk(xmlNode *root, enter_fn enter, leave_fn leave, void *ctx)
{
    xmlNode *n = root;
    while (n) {
        if (enter(n, ctx) && n->children && n->type == XML_ELEMENT_NODE) {
            n = n->children;
            continue;
        }
        for (;;) {
            if (leave)
                leave(n, ctx);
            if (n == root)
                return;
            if (n->next) {
                n = n->next;
                break;
            }
            n = n->parent;
        }
    }
}

/* A growable array of node pointers. */
typedef struct node_vec {
    xmlNode **v;
    size_t len, cap;
    int oom;
} node_vec;

static void vec_push(node_vec *s, xmlNode *n)
{
    if (s->len == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 64;
        xmlNode **v =
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

/* ---- pass 1: metadata -------------------------------------------------- */

typedef struct meta {
    char *og_title, *title_tag, *h1;
    char *og_site, *app_name, *ld_publisher;
    char *html_lang, *og_locale;
    char *canonical, *og_url;
    mt_date d_og, d_ld, d_time_pub, d_time, d_meta;
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

static void ld_parse(meta *m, const xmlNode *script)
{
    mt_buf b;
    mt_buf_init(&b, MT_BUF_DEFAULT_MAX);
    for (const xmlNode *c = script->children; c; c = c->next)
        if (c->content && mt_buf_puts(&b, (const char *)c->content) != MT_OK) {
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

static char *node_text(const xmlNode *n)
{
    xmlChar *c = xmlNodeGetContent(n);
    if (!c)
        return NULL;
    char *s = clean_copy((const char *)c);
    xmlFree(c);
    return s;
}

static int meta_enter(xmlNode *n, void *ctx)
{
    meta *m = ctx;
    if (n->type != XML_ELEMENT_NODE)
        return 0;
    if (name_is(n, "html")) {
        if (!m->html_lang)
            m->html_lang = lang_tag(attr(n, "lang"));
        if (!m->html_lang)
            m->html_lang = lang_tag(attr(n, "xml:lang"));
    } else if (name_is(n, "title")) {
        if (!m->title_tag)
            m->title_tag = node_text(n);
        return 0;
    } else if (name_is(n, "meta")) {
        const char *key = attr(n, "property");
        if (!key)
            key = attr(n, "name");
        if (!key)
            key = attr(n, "itemprop");
        const char *content = attr(n, "content");
        if (!key || !content)
            return 0;
        if (!strcasecmp(key, "og:title"))
            take(&m->og_title, content);
        else if (!strcasecmp(key, "og:site_name"))
            take(&m->og_site, content);
        else if (!strcasecmp(key, "application-name"))
            take(&m->app_name, content);
        else if (!strcasecmp(key, "og:locale") && !m->og_locale)
            m->og_locale = lang_tag(content);
        else if (!strcasecmp(key, "og:url"))
            take(&m->og_url, content);
        else if (!strcasecmp(key, "article:published_time")) {
            if (!m->d_og.year)
                loose_date(&m->d_og, content);
        } else if (!strcasecmp(key, "date") || !strcasecmp(key, "pubdate") ||
                   !strcasecmp(key, "publishdate") ||
                   !strcasecmp(key, "publish-date") ||
                   !strcasecmp(key, "datePublished") ||
                   !strcasecmp(key, "dc.date") ||
                   !strcasecmp(key, "dc.date.issued") ||
                   !strcasecmp(key, "dcterms.date") ||
                   !strcasecmp(key, "citation_publication_date")) {
            if (!m->d_meta.year)
                loose_date(&m->d_meta, content);
        }
        return 0;
    } else if (name_is(n, "link")) {
        const char *rel = attr(n, "rel");
        if (rel && !strcasecmp(rel, "canonical"))
            take(&m->canonical, attr(n, "href"));
        return 0;
    } else if (name_is(n, "script")) {
        if (attr_is(n, "type", "application/ld+json"))
            ld_parse(m, n);
        return 0;
    } else if (name_is(n, "style")) {
        return 0;
    }
    return 1;
}

/* ---- pass 2: boilerplate --------------------------------------------- */

static const char *const drop_tags[] = {
    "script",   "style",  "noscript", "template", "nav",    "footer",
    "aside",    "form",   "iframe",   "svg",      "button", "select",
    "textarea", "object", "embed",    "canvas",   "head",   "dialog",
    "menu",     "math",   "input",    "audio",    "video",  NULL};

/* Class/id tokens (split on anything but letters and digits) that mark
 * page furniture rather than article text. */
static const char *const drop_tokens[] = {
    "nav",       "navi",       "navbar",      "navigation",    "menu",
    "menubar",   "breadcrumb", "breadcrumbs", "pankuzu",       "topicpath",
    "share",     "sharing",    "social",      "sns",           "related",
    "recommend", "ranking",    "comment",     "comments",      "ad",
    "ads",       "adv",        "advert",      "advertisement", "sponsor",
    "sponsored", "banner",     "sidebar",     "widget",        "popup",
    "modal",     "cookie",     "pagination",  "pager",         "skip",
    "footer",    "header",     "masthead",    "toolbar",       NULL};

static const char *const drop_roles[] = {
    "navigation", "banner",  "contentinfo", "complementary", "search",
    "menu",       "menubar", "dialog",      "alert",         NULL};

/* Elements never dropped by a class or role: they hold the article. */
static const char *const keep_tags[] = {"html", "body", "main", "article",
                                        NULL};

static int token_match(const char *v, const char *const *tokens, int header_ok)
{
    if (!v)
        return 0;
    const char *p = v;
    while (*p) {
        while (*p && !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                       (*p >= '0' && *p <= '9')))
            p++;
        const char *s = p;
        while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
               (*p >= '0' && *p <= '9'))
            p++;
        size_t n = (size_t)(p - s);
        if (n == 0)
            continue;
        for (size_t i = 0; tokens[i]; i++) {
            if (strlen(tokens[i]) == n && strncasecmp(s, tokens[i], n) == 0) {
                if (header_ok && !strcmp(tokens[i], "header"))
                    continue;
                return 1;
            }
        }
    }
    return 0;
}

typedef struct strip_ctx {
    node_vec drop;
    int in_article; /* depth count of <article>/<main> ancestors */
} strip_ctx;

static int is_boilerplate(const xmlNode *n, int in_article)
{
    if (name_in(n, drop_tags))
        return 1;
    if (name_is(n, "header") && !in_article)
        return 1;
    if (attr(n, "hidden") || attr_is(n, "aria-hidden", "true"))
        return 1;
    if (name_in(n, keep_tags))
        return 0;
    const char *role = attr(n, "role");
    if (role && token_match(role, drop_roles, 0))
        return 1;
    return token_match(attr(n, "class"), drop_tokens, in_article) ||
           token_match(attr(n, "id"), drop_tokens, in_article);
}

static int strip_enter(xmlNode *n, void *ctx)
{
    strip_ctx *s = ctx;
    if (n->type == XML_COMMENT_NODE || n->type == XML_PI_NODE ||
        n->type == XML_DTD_NODE) {
        vec_push(&s->drop, n);
        return 0;
    }
    if (n->type != XML_ELEMENT_NODE)
        return 0;
    if (is_boilerplate(n, s->in_article > 0)) {
        vec_push(&s->drop, n);
        return 0;
    }
    if (name_is(n, "article") || name_is(n, "main"))
        s->in_article++;
    return 1;
}

static void strip_leave(xmlNode *n, void *ctx)
{
    strip_ctx *s = ctx;
    if (name_is(n, "article") || name_is(n, "main"))
        s->in_article--;
}

/* ---- pass 3: headline, time elements, scoring ------------------------- */

static const char *const block_tags[] = {
    "p",        "div",    "li",     "ul",         "ol",      "dl",
    "dt",       "dd",     "h1",     "h2",         "h3",      "h4",
    "h5",       "h6",     "table",  "tr",         "td",      "th",
    "tbody",    "thead",  "tfoot",  "caption",    "section", "article",
    "main",     "header", "figure", "figcaption", "address", "blockquote",
    "pre",      "body",   "center", "details",    "summary", "hr",
    "fieldset", NULL};

typedef struct score_ctx {
    meta *m;
    node_vec blocks; /* stack of open block elements */
    node_vec all;    /* every block element, for the final choice */
    double *score;   /* per block, indexed by _private - 1 */
    double *link;    /* link text bytes inside each block */
    size_t nscore;
    int in_link;
    xmlNode *first_article, *first_body, *first_main;
    double article_text;
} score_ctx;

static size_t text_bytes(const xmlChar *c)
{
    size_t n = 0;
    for (const xmlChar *p = c; p && *p; p++)
        if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r')
            n++;
    return n;
}

static size_t block_index(const xmlNode *n)
{
    return (size_t)(uintptr_t)n->_private;
}

static int score_enter(xmlNode *n, void *ctx)
{
    score_ctx *c = ctx;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        size_t len = text_bytes(n->content);
        if (!len || c->blocks.len == 0)
            return 0;
        if (c->in_link) {
            for (size_t i = c->blocks.len; i-- > 0;) {
                size_t k = block_index(c->blocks.v[i]);
                if (k)
                    c->link[k - 1] += (double)len;
                break; /* totals propagate on leave */
            }
            return 0;
        }
        /* The paragraph, its container, and half to the container's
         * parent (after Readability). */
        size_t top = c->blocks.len;
        for (size_t d = 0; d < 3 && d < top; d++) {
            size_t k = block_index(c->blocks.v[top - 1 - d]);
            if (k)
                c->score[k - 1] += d == 2 ? (double)len / 2 : (double)len;
        }
        return 0;
    }
    if (n->type != XML_ELEMENT_NODE)
        return 0;
    if (name_is(n, "a"))
        c->in_link++;
    if (name_is(n, "h1") && !c->m->h1)
        c->m->h1 = node_text(n);
    if (name_is(n, "time")) {
        const char *dt = attr(n, "datetime");
        mt_date d;
        int pub = attr(n, "pubdate") || attr_is(n, "itemprop", "datePublished");
        if (dt && loose_date(&d, dt)) {
            if (pub && !c->m->d_time_pub.year)
                c->m->d_time_pub = d;
            if (!c->m->d_time.year)
                c->m->d_time = d;
        }
    }
    if (name_is(n, "body") && !c->first_body)
        c->first_body = n;
    if (name_is(n, "main") && !c->first_main)
        c->first_main = n;
    if (name_in(n, block_tags)) {
        vec_push(&c->all, n);
        vec_push(&c->blocks, n);
        n->_private = (void *)(uintptr_t)c->all.len;
    }
    return 1;
}

static void score_leave(xmlNode *n, void *ctx)
{
    score_ctx *c = ctx;
    if (n->type != XML_ELEMENT_NODE)
        return;
    if (name_is(n, "a") && c->in_link > 0)
        c->in_link--;
    if (c->blocks.len && c->blocks.v[c->blocks.len - 1] == n) {
        c->blocks.len--;
        size_t k = block_index(n);
        if (k && c->blocks.len) {
            size_t p = block_index(c->blocks.v[c->blocks.len - 1]);
            if (p)
                c->link[p - 1] += c->link[k - 1];
        }
    }
}

/* Total text bytes below n (for choosing among several <article>s). */
typedef struct count_ctx {
    size_t bytes;
} count_ctx;

static int count_enter(xmlNode *n, void *ctx)
{
    count_ctx *c = ctx;
    if (n->type == XML_TEXT_NODE)
        c->bytes += text_bytes(n->content);
    return n->type == XML_ELEMENT_NODE;
}

static size_t subtree_text(xmlNode *n)
{
    count_ctx c = {0};
    walk(n, count_enter, NULL, &c);
    return c.bytes;
}

/* Find the first element matching pred, or the <article> with the most
 * text. */
typedef struct find_ctx {
    xmlNode *best;
    size_t best_bytes;
    int mode; /* 0: <article> with most text, 1: [itemprop=articleBody] */
} find_ctx;

static int find_enter(xmlNode *n, void *ctx)
{
    find_ctx *f = ctx;
    if (n->type != XML_ELEMENT_NODE)
        return 0;
    if (f->mode == 0 && name_is(n, "article")) {
        size_t b = subtree_text(n);
        if (b > f->best_bytes) {
            f->best = n;
            f->best_bytes = b;
        }
        return 0;
    }
    if (f->mode == 1 && !f->best && attr_is(n, "itemprop", "articleBody")) {
        f->best = n;
        return 0;
    }
    return 1;
}

static int count_blocks(xmlNode *n, void *ctx)
{
    if (name_in(n, block_tags))
        ++*(size_t *)ctx;
    return n->type == XML_ELEMENT_NODE;
}

/* ---- pass 4: text ------------------------------------------------------ */

static const char *const para_tags[] = {
    "p",          "h1",   "h2",     "h3",      "h4",         "h5",
    "h6",         "ul",   "ol",     "dl",      "table",      "section",
    "article",    "main", "header", "figure",  "figcaption", "address",
    "blockquote", "pre",  "hr",     "details", "center",     NULL};

static const char *const line_tags[] = {"div",   "li",    "br",      "tr",
                                        "dt",    "dd",    "caption", "summary",
                                        "tbody", "thead", "tfoot",   NULL};

typedef struct emit_ctx {
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
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' ||
            *p == '\v') {
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
        while (*p &&
               !(*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' ||
                 *p == '\f' || *p == '\v' || (*p == 0xC2 && p[1] == 0xA0)))
            p++;
        emit_bytes(e, (const char *)w, (size_t)(p - w));
    }
}

static int emit_enter(xmlNode *n, void *ctx)
{
    emit_ctx *e = ctx;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (n->content)
            emit_text(e, (const char *)n->content);
        return 0;
    }
    if (n->type != XML_ELEMENT_NODE)
        return 0;
    if (name_in(n, para_tags))
        emit_break(e, 2);
    else if (name_is(n, "br"))
        /* Two <br> in a row end a paragraph. */
        emit_break(e, e->pending >= 1 ? 2 : 1);
    else if (name_in(n, line_tags))
        emit_break(e, 1);
    else if (name_is(n, "td") || name_is(n, "th"))
        e->space = 1;
    if (name_is(n, "pre"))
        e->in_pre++;
    return 1;
}

static void emit_leave(xmlNode *n, void *ctx)
{
    emit_ctx *e = ctx;
    if (n->type != XML_ELEMENT_NODE)
        return;
    if (name_in(n, para_tags))
        emit_break(e, 2);
    else if (name_in(n, line_tags) && !name_is(n, "br"))
        emit_break(e, 1);
    else if (name_is(n, "td") || name_is(n, "th"))
        e->space = 1;
    if (name_is(n, "pre") && e->in_pre > 0)
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

static xmlNode *choose_root(xmlDoc *doc, score_ctx *sc)
{
    xmlNode *top = xmlDocGetRootElement(doc);
    find_ctx f = {NULL, 0, 0};
    walk(top, find_enter, NULL, &f);
    if (f.best)
        return f.best;
    f.mode = 1;
    walk(top, find_enter, NULL, &f);
    if (f.best)
        return f.best;
    if (sc->first_main)
        return sc->first_main;
    /* Text density: paragraph text credited to its block and the two
     * blocks above, minus twice the link text inside. */
    xmlNode *best = NULL;
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
    xmlDoc *doc =
        len ? htmlReadMemory(html, (int)len, NULL, "UTF-8", opts) : NULL;
    meta m;
    memset(&m, 0, sizeof m);
    mt_status st = MT_OK;
    xmlNode *top = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!top) {
        /* Nothing parseable (a page of white space): empty text. */
        if (doc)
            xmlFreeDoc(doc);
        d->text = mt_strdup("");
        if (!d->text) {
            mt_doc_free(d);
            return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
        }
        *out = d;
        return MT_OK;
    }
    walk(top, meta_enter, NULL, &m);

    strip_ctx sc0;
    memset(&sc0, 0, sizeof sc0);
    walk(top, strip_enter, strip_leave, &sc0);
    for (size_t i = 0; i < sc0.drop.len; i++) {
        xmlUnlinkNode(sc0.drop.v[i]);
        xmlFreeNode(sc0.drop.v[i]);
    }
    int oom = sc0.drop.oom;
    free(sc0.drop.v);

    score_ctx sc;
    memset(&sc, 0, sizeof sc);
    sc.m = &m;
    /* Scores are indexed by block number; allocate after counting. */
    size_t nblocks = 0;
    walk(top, count_blocks, NULL, &nblocks);
    sc.score = calloc(nblocks + 1, sizeof(double));
    sc.link = calloc(nblocks + 1, sizeof(double));
    if (!sc.score || !sc.link)
        oom = 1;
    else
        walk(top, score_enter, score_leave, &sc);
    oom |= sc.all.oom | sc.blocks.oom;

    emit_ctx e;
    memset(&e, 0, sizeof e);
    mt_buf_init(&e.out, MT_BUF_DEFAULT_MAX);
    if (!oom) {
        xmlNode *root = choose_root(doc, &sc);
        walk(root, emit_enter, emit_leave, &e);
        st = e.st;
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
    xmlFreeDoc(doc);

    if (st == MT_OK) {
        const char *site = m.og_site    ? m.og_site
                           : m.app_name ? m.app_name
                                        : m.ld_publisher;
        st = set_field(&d->publisher, site);
        if (st == MT_OK) {
            if (m.og_title)
                st = set_field(&d->title, m.og_title);
            else if (m.title_tag) {
                d->title = trim_site(m.title_tag, site);
                if (!d->title)
                    st = MT_ERR_NOMEM;
            } else
                st = set_field(&d->title, m.h1);
        }
        if (st == MT_OK)
            st = set_field(&d->url, m.canonical ? m.canonical : m.og_url);
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
    if (st != MT_OK) {
        mt_doc_free(d);
        return mt_error_set(err, st, "out of memory");
    }
    *out = d;
    return MT_OK;
}
