/*
 * The compact tree of an HTML page, which html_tree.c builds from
 * libxml2's SAX events and html.c's passes read; not public.
 *
 * One tree per parse.  Its nodes and the attribute values it keeps live
 * in its arena, the text of its text nodes in its text buffer; all of it
 * is freed at once by mt_html_tree_free(), and nothing of it is changed
 * once the parse is over (but hnode.block, which pass 3 sets).  The
 * passes read a tree only when the parse did not set oom: then every
 * <html>, <meta>, <link>, <script> and <time> element has av (AV_MAX
 * values, each NULL when the attribute was absent), the elements passes
 * 1 and 3 read attributes of, and every other node has none.
 */
#ifndef MT_TEXT_HTML_INTERNAL_H
#define MT_TEXT_HTML_INTERNAL_H

#include "core/buf.h"

#include <libxml/parser.h>
#include <stddef.h>

/* ---- tag names ---------------------------------------------------------- */

/* Roles of a tag in the passes (numbered as html.c lists them). */
enum {
    TF_DROP = 1 << 0,  /* boilerplate by name (pass 2) */
    TF_KEEP = 1 << 1,  /* never dropped for a class, id or role */
    TF_BLOCK = 1 << 2, /* a block for text density (pass 3) */
    TF_PARA = 1 << 3,  /* paragraph break around it (pass 4) */
    TF_LINE = 1 << 4   /* line break around it (pass 4) */
};

/* Every tag name the passes look at, sorted by name for bsearch();
 * TAG_OTHER (0) is every other name. */
#define TAG_LIST(X)                                                            \
    X(A, "a", 0)                                                               \
    X(ADDRESS, "address", TF_BLOCK | TF_PARA)                                  \
    X(ARTICLE, "article", TF_KEEP | TF_BLOCK | TF_PARA)                        \
    X(ASIDE, "aside", TF_DROP)                                                 \
    X(AUDIO, "audio", TF_DROP)                                                 \
    X(BLOCKQUOTE, "blockquote", TF_BLOCK | TF_PARA)                            \
    X(BODY, "body", TF_KEEP | TF_BLOCK)                                        \
    X(BR, "br", TF_LINE)                                                       \
    X(BUTTON, "button", TF_DROP)                                               \
    X(CANVAS, "canvas", TF_DROP)                                               \
    X(CAPTION, "caption", TF_BLOCK | TF_LINE)                                  \
    X(CENTER, "center", TF_BLOCK | TF_PARA)                                    \
    X(DD, "dd", TF_BLOCK | TF_LINE)                                            \
    X(DETAILS, "details", TF_BLOCK | TF_PARA)                                  \
    X(DIALOG, "dialog", TF_DROP)                                               \
    X(DIV, "div", TF_BLOCK | TF_LINE)                                          \
    X(DL, "dl", TF_BLOCK | TF_PARA)                                            \
    X(DT, "dt", TF_BLOCK | TF_LINE)                                            \
    X(EMBED, "embed", TF_DROP)                                                 \
    X(FIELDSET, "fieldset", TF_BLOCK)                                          \
    X(FIGCAPTION, "figcaption", TF_BLOCK | TF_PARA)                            \
    X(FIGURE, "figure", TF_BLOCK | TF_PARA)                                    \
    X(FOOTER, "footer", TF_DROP)                                               \
    X(FORM, "form", TF_DROP)                                                   \
    X(H1, "h1", TF_BLOCK | TF_PARA)                                            \
    X(H2, "h2", TF_BLOCK | TF_PARA)                                            \
    X(H3, "h3", TF_BLOCK | TF_PARA)                                            \
    X(H4, "h4", TF_BLOCK | TF_PARA)                                            \
    X(H5, "h5", TF_BLOCK | TF_PARA)                                            \
    X(H6, "h6", TF_BLOCK | TF_PARA)                                            \
    X(HEAD, "head", TF_DROP)                                                   \
    X(HEADER, "header", TF_BLOCK | TF_PARA)                                    \
    X(HR, "hr", TF_BLOCK | TF_PARA)                                            \
    X(HTML, "html", TF_KEEP)                                                   \
    X(IFRAME, "iframe", TF_DROP)                                               \
    X(INPUT, "input", TF_DROP)                                                 \
    X(LI, "li", TF_BLOCK | TF_LINE)                                            \
    X(LINK, "link", 0)                                                         \
    X(MAIN, "main", TF_KEEP | TF_BLOCK | TF_PARA)                              \
    X(MATH, "math", TF_DROP)                                                   \
    X(MENU, "menu", TF_DROP)                                                   \
    X(META, "meta", 0)                                                         \
    X(NAV, "nav", TF_DROP)                                                     \
    X(NOSCRIPT, "noscript", TF_DROP)                                           \
    X(OBJECT, "object", TF_DROP)                                               \
    X(OL, "ol", TF_BLOCK | TF_PARA)                                            \
    X(P, "p", TF_BLOCK | TF_PARA)                                              \
    X(PRE, "pre", TF_BLOCK | TF_PARA)                                          \
    X(SCRIPT, "script", TF_DROP)                                               \
    X(SECTION, "section", TF_BLOCK | TF_PARA)                                  \
    X(SELECT, "select", TF_DROP)                                               \
    X(STYLE, "style", TF_DROP)                                                 \
    X(SUMMARY, "summary", TF_BLOCK | TF_LINE)                                  \
    X(SVG, "svg", TF_DROP)                                                     \
    X(TABLE, "table", TF_BLOCK | TF_PARA)                                      \
    X(TBODY, "tbody", TF_BLOCK | TF_LINE)                                      \
    X(TD, "td", TF_BLOCK)                                                      \
    X(TEMPLATE, "template", TF_DROP)                                           \
    X(TEXTAREA, "textarea", TF_DROP)                                           \
    X(TFOOT, "tfoot", TF_BLOCK | TF_LINE)                                      \
    X(TH, "th", TF_BLOCK)                                                      \
    X(THEAD, "thead", TF_BLOCK | TF_LINE)                                      \
    X(TIME, "time", 0)                                                         \
    X(TITLE, "title", 0)                                                       \
    X(TR, "tr", TF_BLOCK | TF_LINE)                                            \
    X(UL, "ul", TF_BLOCK | TF_PARA)                                            \
    X(VIDEO, "video", TF_DROP)

#define TAG_ENUM(id, name, flags) TAG_##id,
enum { TAG_OTHER, TAG_LIST(TAG_ENUM) TAG_COUNT };
#undef TAG_ENUM
_Static_assert(TAG_COUNT <= 256, "tag ids fit the name cache's byte");

typedef struct tag_info {
    const char *name;
    unsigned flags;
} tag_info;

/*
 * What each distinct name means (tag id, attribute key), worked out once
 * per parse: a small table by a hash of the name, the name itself kept to
 * check a hit.  Longer names are worked out every time.
 */
#define NAME_CACHE_SLOTS 128
#define NAME_CACHE_LEN   15

typedef struct name_slot {
    char name[NAME_CACHE_LEN + 1];
    unsigned char len; /* 0: empty */
    unsigned char val;
} name_slot;

typedef struct name_cache {
    name_slot slot[NAME_CACHE_SLOTS];
} name_cache;

/* ---- the tree ----------------------------------------------------------- */

enum { N_ELEM, N_TEXT, N_CDATA, N_OTHER /* comment or PI */ };

/* Node flags. */
enum {
    NF_GONE = 1 << 0,      /* removed by pass 2 (with its subtree) */
    NF_BODY_PROP = 1 << 1, /* itemprop="articleBody" */
    NF_TIME_PUB = 1 << 2   /* <time pubdate> or itemprop="datePublished" */
};

/* Attribute values kept for passes 1 and 3, by element: */
enum {
    AV_LANG = 0,     /* html: lang */
    AV_XML_LANG = 1, /* html: xml:lang */
    AV_PROPERTY = 0, /* meta: property, name, itemprop, content */
    AV_NAME = 1,
    AV_ITEMPROP = 2,
    AV_CONTENT = 3,
    AV_REL = 0, /* link: rel, href */
    AV_HREF = 1,
    AV_TYPE = 0,     /* script: type */
    AV_DATETIME = 0, /* time: datetime */
    AV_MAX = 4
};

typedef struct hnode hnode;
struct hnode {
    hnode *parent, *first, *last, *next;
    const char **av; /* kept attribute values (AV_*) or NULL */
    size_t off;      /* text: offset of its NUL-terminated content */
    size_t block;    /* pass 3: 1 + index among blocks; 0 for none */
    unsigned short tag;
    unsigned char kind;
    unsigned char flags;
    unsigned art; /* kept <article> and <main> elements among this
                     element and its ancestors */
};

/* The arena's chunks (html_tree.c). */
typedef struct chunk chunk;

/* html.c zeroes it and sets up text; html_tree.c fills it while it parses;
 * then html.c reads root, text (through its nodes' off), nblocks and oom. */
typedef struct tree {
    xmlParserCtxtPtr ctxt;
    chunk *chunks;
    mt_buf text;   /* every text node's content, each NUL-terminated */
    hnode **stack; /* open elements, as libxml2's tree builder has them */
    size_t depth, cap;
    hnode *root;      /* the first element at document level */
    hnode *doc_first; /* the first node at document level, if an element */
    int doc_nonempty; /* the document has a child (element, comment, DTD) */
    int has_dtd;
    hnode *last_text; /* the text node created last (the only one text can
                         still be appended to) */
    size_t nblocks;   /* elements with TF_BLOCK */
    int oom;
    name_cache tag_names, attr_names;
} tree;

/* Each tag's name and flags, indexed by tag id; sorted by name after
 * TAG_OTHER. */
extern const tag_info mt_html_tags[TAG_COUNT];

/*
 * Parse len bytes of UTF-8 html (len <= INT_MAX) with libxml2's HTML
 * parser options opts into t, which the caller zeroed and whose text
 * buffer it initialised.  t->oom says an allocation failed (the tree is
 * then incomplete); t->root is NULL when the page had no element.
 * Returns 0, or -1 when libxml2's parser context could not be made.
 */
int mt_html_tree_parse(tree *t, const char *html, size_t len, int opts);

/* Free what t holds: its arena (every node and kept value), text and
 * stack. */
void mt_html_tree_free(tree *t);

#endif
