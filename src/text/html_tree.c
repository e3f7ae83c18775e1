/*
 * HTML to the compact tree of html_internal.h, with boilerplate removal
 * (pass 2 of the passes html.c lists).
 *
 * libxml2's recovering HTML parser decides the structure (implied and
 * auto-closed elements, misnested tags); its SAX events build a compact
 * tree of our own (one arena, tag names mapped to small integers once,
 * text in one buffer) instead of libxml2's DOM, whose building, walking
 * (string compares on every tag name) and freeing took about a third of
 * mt_doc_from_html()'s time.  The events are turned into
 * nodes exactly as libxml2's own tree builder (SAX2.c, 2.9) does, so the
 * tree has the same shape as the DOM before: adjacent text of one kind is
 * one node, text outside any element is dropped, an element that opens
 * after the root closed goes below the root (or beside it when a DOCTYPE
 * or comment came first), and nesting deeper than xmlParserMaxDepth stops
 * the parse where the DOM builder stopped it.
 *
 * Boilerplate removal marks NF_GONE script/style/nav/... elements and
 * elements whose class, id or role name navigation, menus, sharing,
 * ads... (decided as each element opens, since it depends only on the
 * element and its ancestors); html.c's passes skip removed elements,
 * comments and processing instructions too.  The vocabulary (tag names
 * in html_internal.h, class tokens below) describes HTML page structure,
 * not language, so it lives here rather than in data/.
 */
#include "text/html_internal.h"

#include "core/buf.h"
#include "core/internal.h"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- tag names ---------------------------------------------------------- */

#define TAG_INFO(id, name, flags) {name, flags},
const tag_info mt_html_tags[TAG_COUNT] = {{"", 0}, TAG_LIST(TAG_INFO)};
#undef TAG_INFO

static int tag_cmp(const void *key, const void *elem)
{
    return strcmp(key, ((const tag_info *)elem)->name);
}

/* The tag id of an element name as libxml2 reports it (lower case). */
static unsigned tag_of(const char *name)
{
    const tag_info *t = bsearch(name, mt_html_tags + 1, TAG_COUNT - 1,
                                sizeof mt_html_tags[0], tag_cmp);
    return t ? (unsigned)(t - mt_html_tags) : TAG_OTHER;
}

/* The slot for name, or NULL when it is too long to cache; *hit says
 * whether the slot holds name already. */
static name_slot *cache_slot(name_cache *c, const char *name, int *hit)
{
    size_t len = 0;
    unsigned h = 2166136261u;
    for (; name[len]; len++) {
        if (len == NAME_CACHE_LEN)
            return NULL;
        h = (h ^ (unsigned char)name[len]) * 16777619u;
    }
    name_slot *s = &c->slot[h % NAME_CACHE_SLOTS];
    *hit = len && s->len == len && memcmp(s->name, name, len) == 0;
    if (!*hit && len) {
        memcpy(s->name, name, len);
        s->len = (unsigned char)len;
    }
    return len ? s : NULL;
}

/* ---- the tree ----------------------------------------------------------- */

/* Nodes and kept strings come from chunks freed all at once. */
struct chunk {
    struct chunk *next;
    size_t used, size;
    max_align_t data[];
};

static void *arena_alloc(tree *t, size_t n)
{
    n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) *
        sizeof(max_align_t);
    chunk *c = t->chunks;
    if (!c || c->size - c->used < n) {
        size_t size = n > 16384 ? n : 16384;
        c = malloc(sizeof *c + size);
        if (!c) {
            t->oom = 1;
            return NULL;
        }
        c->next = t->chunks;
        c->used = 0;
        c->size = size;
        t->chunks = c;
    }
    void *p = (char *)c->data + c->used;
    c->used += n;
    return p;
}

static const char *arena_strdup(tree *t, const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = arena_alloc(t, n);
    if (p)
        memcpy(p, s, n);
    return p;
}

void mt_html_tree_free(tree *t)
{
    for (chunk *c = t->chunks, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    t->chunks = NULL;
    mt_buf_free(&t->text);
    free(t->stack);
    t->stack = NULL;
}

static hnode *new_node(tree *t, int kind)
{
    hnode *n = arena_alloc(t, sizeof *n);
    if (n) {
        memset(n, 0, sizeof *n);
        n->kind = (unsigned char)kind;
    }
    return n;
}

static void append_child(hnode *parent, hnode *n)
{
    n->parent = parent;
    if (parent->last)
        parent->last->next = n;
    else
        parent->first = n;
    parent->last = n;
}

static hnode *current(const tree *t)
{
    return t->depth ? t->stack[t->depth - 1] : NULL;
}

static tree *tree_of(void *ctx)
{
    return ((xmlParserCtxtPtr)ctx)->_private;
}

/* Stop the parser after an allocation failure. */
static void fail_oom(tree *t)
{
    t->oom = 1;
    xmlStopParser(t->ctxt);
}

/* A comment or processing instruction: it only separates text nodes (and
 * pass 2 removes it), but where it goes decides where a later element
 * goes (see on_start). */
static void add_other(tree *t)
{
    if (t->oom)
        return;
    hnode *n = new_node(t, N_OTHER);
    if (!n) {
        fail_oom(t);
        return;
    }
    n->flags = NF_GONE;
    hnode *parent = current(t);
    if (parent)
        append_child(parent, n);
    else
        t->doc_nonempty = 1; /* a document-level node; never walked */
}

static void on_comment(void *ctx, const xmlChar *value)
{
    (void)value;
    add_other(tree_of(ctx));
}

static void on_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
    (void)target;
    (void)data;
    add_other(tree_of(ctx));
}

/* <!DOCTYPE>: libxml2 makes the DTD the document's first child. */
static void on_doctype(void *ctx, const xmlChar *name, const xmlChar *ext,
                       const xmlChar *sys)
{
    (void)name;
    (void)ext;
    (void)sys;
    tree *t = tree_of(ctx);
    if (t->has_dtd)
        return;
    t->has_dtd = 1;
    t->doc_nonempty = 1;
    t->doc_first = NULL;
}

/* Adjacent text of one kind is one node; text outside every element is
 * dropped (both as xmlSAX2Characters does). */
static void add_text(tree *t, const xmlChar *ch, int len, int kind)
{
    hnode *parent = current(t);
    if (t->oom || !parent || len <= 0)
        return;
    hnode *n = parent->last;
    if (n && n->kind == kind && n == t->last_text) {
        /* libxml2 stops the parse rather than grow one text node past
         * XML_MAX_TEXT_LENGTH. */
        size_t have = t->text.len - 1 - n->off;
        if (have + (size_t)len > XML_MAX_TEXT_LENGTH &&
            !(t->ctxt->options & XML_PARSE_HUGE)) {
            xmlStopParser(t->ctxt);
            return;
        }
        t->text.len--; /* reopen: drop the NUL */
    } else {
        n = new_node(t, kind);
        if (!n) {
            fail_oom(t);
            return;
        }
        n->off = t->text.len;
        append_child(parent, n);
        t->last_text = n;
    }
    if (mt_buf_append(&t->text, ch, (size_t)len) != MT_OK ||
        mt_buf_append(&t->text, "", 1) != MT_OK)
        fail_oom(t);
}

static void on_text(void *ctx, const xmlChar *ch, int len)
{
    add_text(tree_of(ctx), ch, len, N_TEXT);
}

static void on_cdata(void *ctx, const xmlChar *ch, int len)
{
    add_text(tree_of(ctx), ch, len, N_CDATA);
}

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
            /* Tokens are lower case: their first letter rules out most. */
            if ((*s | 0x20) != tokens[i][0])
                continue;
            if (strlen(tokens[i]) == n && strncasecmp(s, tokens[i], n) == 0) {
                if (header_ok && !strcmp(tokens[i], "header"))
                    continue;
                return 1;
            }
        }
    }
    return 0;
}

/* The attribute names the passes read. */
enum {
    AK_OTHER,
    AK_CLASS,
    AK_ID,
    AK_ROLE,
    AK_HIDDEN,
    AK_ARIA_HIDDEN,
    AK_ITEMPROP,
    AK_LANG,
    AK_XML_LANG,
    AK_PROPERTY,
    AK_NAME,
    AK_CONTENT,
    AK_REL,
    AK_HREF,
    AK_TYPE,
    AK_DATETIME,
    AK_PUBDATE
};

static unsigned attr_key(const char *name)
{
    static const char *const names[] = {
        NULL,       "class", "id",       "role",     "hidden", "aria-hidden",
        "itemprop", "lang",  "xml:lang", "property", "name",   "content",
        "rel",      "href",  "type",     "datetime", "pubdate"};
    for (unsigned k = 1; k < MT_ARRAY_LEN(names); k++)
        if (!strcasecmp(name, names[k]))
            return k;
    return AK_OTHER;
}

static unsigned attr_key_cached(name_cache *c, const char *name)
{
    int hit = 0;
    name_slot *s = cache_slot(c, name, &hit);
    if (s && hit)
        return s->val;
    unsigned k = attr_key(name);
    if (s)
        s->val = (unsigned char)k;
    return k;
}

/* The attributes an element's fate depends on (the first of each name,
 * compared case-insensitively; a value-less attribute reads as ""). */
typedef struct start_attrs {
    const char *hidden, *aria_hidden, *role, *klass, *id, *itemprop;
    const char *pubdate;
    const char *kept[AV_MAX];
} start_attrs;

static void first(const char **slot, const char *v)
{
    if (!*slot)
        *slot = v;
}

static void read_attrs(start_attrs *a, name_cache *c, unsigned tag,
                       const xmlChar **atts)
{
    memset(a, 0, sizeof *a);
    for (size_t i = 0; atts && atts[i]; i += 2) {
        const char *v = atts[i + 1] ? (const char *)atts[i + 1] : "";
        switch (attr_key_cached(c, (const char *)atts[i])) {
        case AK_CLASS:
            first(&a->klass, v);
            break;
        case AK_ID:
            first(&a->id, v);
            break;
        case AK_ROLE:
            first(&a->role, v);
            break;
        case AK_HIDDEN:
            first(&a->hidden, v);
            break;
        case AK_ARIA_HIDDEN:
            first(&a->aria_hidden, v);
            break;
        case AK_ITEMPROP:
            first(&a->itemprop, v);
            if (tag == TAG_META)
                first(&a->kept[AV_ITEMPROP], v);
            break;
        case AK_LANG:
            if (tag == TAG_HTML)
                first(&a->kept[AV_LANG], v);
            break;
        case AK_XML_LANG:
            if (tag == TAG_HTML)
                first(&a->kept[AV_XML_LANG], v);
            break;
        case AK_PROPERTY:
            if (tag == TAG_META)
                first(&a->kept[AV_PROPERTY], v);
            break;
        case AK_NAME:
            if (tag == TAG_META)
                first(&a->kept[AV_NAME], v);
            break;
        case AK_CONTENT:
            if (tag == TAG_META)
                first(&a->kept[AV_CONTENT], v);
            break;
        case AK_REL:
            if (tag == TAG_LINK)
                first(&a->kept[AV_REL], v);
            break;
        case AK_HREF:
            if (tag == TAG_LINK)
                first(&a->kept[AV_HREF], v);
            break;
        case AK_TYPE:
            if (tag == TAG_SCRIPT)
                first(&a->kept[AV_TYPE], v);
            break;
        case AK_DATETIME:
            if (tag == TAG_TIME)
                first(&a->kept[AV_DATETIME], v);
            break;
        case AK_PUBDATE:
            if (tag == TAG_TIME)
                first(&a->pubdate, v);
            break;
        default:
            break;
        }
    }
}

/* Pass 2 for one element, given whether an <article> or <main> that is
 * kept encloses it. */
static int is_boilerplate(unsigned tag, const start_attrs *a, int in_article)
{
    if (mt_html_tags[tag].flags & TF_DROP)
        return 1;
    if (tag == TAG_HEADER && !in_article)
        return 1;
    if (a->hidden || (a->aria_hidden && !strcasecmp(a->aria_hidden, "true")))
        return 1;
    if (mt_html_tags[tag].flags & TF_KEEP)
        return 0;
    if (a->role && token_match(a->role, drop_roles, 0))
        return 1;
    return token_match(a->klass, drop_tokens, in_article) ||
           token_match(a->id, drop_tokens, in_article);
}

/*
 * An element opens.  Where it goes follows xmlSAX2StartElement: below the
 * open element; with none open, as the document's first child, else
 * below that first child when it is an element (the root, closed
 * already), else beside it at document level.  Past xmlParserMaxDepth
 * open elements the tree builder stops the parser, and so do we.
 */
static void on_start(void *ctx, const xmlChar *fullname, const xmlChar **atts)
{
    tree *t = tree_of(ctx);
    if (t->oom || !fullname)
        return;
    if (t->depth > xmlParserMaxDepth && !(t->ctxt->options & XML_PARSE_HUGE)) {
        xmlStopParser(t->ctxt);
        return;
    }
    if (t->depth == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 64;
        hnode **s = realloc(t->stack, cap * sizeof *s);
        if (!s) {
            fail_oom(t);
            return;
        }
        t->stack = s;
        t->cap = cap;
    }
    hnode *n = new_node(t, N_ELEM);
    if (!n) {
        fail_oom(t);
        return;
    }
    /* The DOM named an element by its local name ("fb:like" is "like"). */
    const char *name = (const char *)fullname;
    unsigned tag;
    if (strchr(name, ':')) {
        xmlChar *prefix = NULL;
        xmlChar *local = xmlSplitQName(t->ctxt, fullname, &prefix);
        if (!local) {
            xmlFree(prefix);
            fail_oom(t);
            return;
        }
        tag = tag_of((const char *)local);
        xmlFree(local);
        xmlFree(prefix);
    } else {
        int hit = 0;
        name_slot *slot = cache_slot(&t->tag_names, name, &hit);
        tag = slot && hit ? slot->val : tag_of(name);
        if (slot)
            slot->val = (unsigned char)tag;
    }
    n->tag = (unsigned short)tag;

    hnode *parent = current(t);
    if (!parent) {
        if (!t->doc_nonempty) {
            t->doc_nonempty = 1;
            t->doc_first = n;
        } else {
            parent = t->doc_first;
        }
        if (!parent && !t->root)
            t->root = n;
    }
    if (parent)
        append_child(parent, n);
    t->stack[t->depth++] = n;

    start_attrs a;
    read_attrs(&a, &t->attr_names, tag, atts);
    unsigned art = parent ? parent->art : 0;
    if (is_boilerplate(tag, &a, art > 0)) {
        n->flags |= NF_GONE;
    } else if (tag == TAG_ARTICLE || tag == TAG_MAIN) {
        art++;
    }
    n->art = art;
    if (mt_html_tags[tag].flags & TF_BLOCK)
        t->nblocks++;
    if (a.itemprop && !strcasecmp(a.itemprop, "articleBody"))
        n->flags |= NF_BODY_PROP;
    if (tag == TAG_TIME &&
        (a.pubdate || (a.itemprop && !strcasecmp(a.itemprop, "datePublished"))))
        n->flags |= NF_TIME_PUB;
    if (tag == TAG_HTML || tag == TAG_META || tag == TAG_LINK ||
        tag == TAG_SCRIPT || tag == TAG_TIME) {
        n->av = arena_alloc(t, AV_MAX * sizeof *n->av);
        if (!n->av) {
            fail_oom(t);
            return;
        }
        for (size_t k = 0; k < AV_MAX; k++) {
            n->av[k] = NULL;
            if (a.kept[k] && !(n->av[k] = arena_strdup(t, a.kept[k]))) {
                fail_oom(t);
                return;
            }
        }
    }
}

static void on_end(void *ctx, const xmlChar *name)
{
    (void)name;
    tree *t = tree_of(ctx);
    if (t->depth)
        t->depth--;
}

/* ---- parsing ------------------------------------------------------------ */

/*
 * Parse html into t as htmlReadMemory() would build its DOM: the same
 * parser context (an XML memory context given HTML callbacks), options
 * and forced UTF-8 decoder, with our callbacks in place of libxml2's tree
 * builder.  Returns 0, or -1 when the context could not be made.
 */
int mt_html_tree_parse(tree *t, const char *html, size_t len, int opts)
{
    xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(html, (int)len);
    if (!ctxt)
        return -1;
    xmlSAXHandler h;
    memset(&h, 0, sizeof h);
    h.internalSubset = on_doctype;
    h.startElement = on_start;
    h.endElement = on_end;
    h.characters = on_text;
    h.cdataBlock = on_cdata;
    h.processingInstruction = on_pi;
    h.comment = on_comment;
    h.initialized = 1;
    if (ctxt->sax)
        memcpy(ctxt->sax, &h, sizeof(xmlSAXHandlerV1));
    ctxt->_private = t;
    t->ctxt = ctxt;
    htmlCtxtUseOptions(ctxt, opts);
    ctxt->html = 1;
    xmlCharEncodingHandlerPtr utf8 = xmlFindCharEncodingHandler("UTF-8");
    if (utf8) {
        xmlSwitchToEncoding(ctxt, utf8);
        if (ctxt->input->encoding)
            xmlFree((xmlChar *)ctxt->input->encoding);
        ctxt->input->encoding = xmlStrdup((const xmlChar *)"UTF-8");
    }
    htmlParseDocument(ctxt);
    if (ctxt->myDoc)
        xmlFreeDoc(ctxt->myDoc);
    ctxt->myDoc = NULL;
    xmlFreeParserCtxt(ctxt);
    t->ctxt = NULL;
    return 0;
}
