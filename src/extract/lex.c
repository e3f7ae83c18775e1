/*
 * The lexicon: every data file is read once and all keys go into one byte
 * trie.  Keys are stored width-folded and lower-cased, the same way the
 * scanner folds the text it walks, so one walk per position finds every
 * entry that starts there whatever its class.  The trie is built from the
 * sorted key list, which puts each node's edges next to each other in
 * byte order.
 */
#include "extract/extract_internal.h"

#include "core/buf.h"
#include "core/internal.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

uint32_t mt_ex_decode_slow(const unsigned char *s, size_t len, size_t i, int *n)
{
    unsigned c = s[i];
    uint32_t cp;
    if (c < 0x80) {
        *n = 1;
        return c;
    }
    int need;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        cp = c & 0x07;
    } else {
        *n = 1;
        return 0xFFFD;
    }
    if (i + (size_t)need >= len) {
        *n = 1;
        return 0xFFFD;
    }
    for (int k = 1; k <= need; k++) {
        unsigned cc = s[i + (size_t)k];
        if ((cc & 0xC0) != 0x80) {
            *n = 1;
            return 0xFFFD;
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    /* Overlong forms, surrogates and values past U+10FFFF are invalid. */
    if ((need == 2 && cp < 0x800) || (need == 3 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
        *n = 1;
        return 0xFFFD;
    }
    *n = need + 1;
    if (cp >= 0xFF01 && cp <= 0xFF5E)
        return cp - 0xFEE0; /* full-width ASCII */
    if (cp == 0x3000)
        return ' ';
    if (cp == 0x301C)
        return '~'; /* wave dash, used for ranges like the full-width tilde */
    return cp;
}

static uint32_t lower(uint32_t cp)
{
    return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
}

static int encode(uint32_t cp, unsigned char *out)
{
    if (cp < 0x80) {
        out[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (unsigned char)(0xC0 | (cp >> 6));
        out[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (unsigned char)(0xE0 | (cp >> 12));
        out[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (unsigned char)(0xF0 | (cp >> 18));
    out[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* ---- building ---------------------------------------------------------- */

/* Nodes with more edges than this get a direct 256-entry table. */
#define LEX_DENSE_MIN 6

typedef struct keyrec {
    unsigned char *k; /* folded key */
    size_t n;
    int32_t entry;
} keyrec;

typedef struct builder {
    keyrec *keys;
    size_t nkeys, capkeys;
    mt_buf pool;
} builder;

static uint32_t pool_add(builder *b, mt_extractor *ex, const char *s, size_t n,
                         mt_status *st)
{
    (void)ex;
    if (n == 0)
        return 0;
    if (b->pool.len > UINT32_MAX - n - 2) {
        *st = MT_ERR_TOOBIG;
        return 0;
    }
    uint32_t off = (uint32_t)b->pool.len;
    mt_status r = mt_buf_append(&b->pool, s, n);
    if (r == MT_OK)
        r = mt_buf_putc(&b->pool, '\0');
    if (r != MT_OK)
        *st = r;
    return off;
}

static mt_status add_entry(builder *b, mt_extractor *ex, const char *key,
                           size_t keylen, const lex_entry *proto)
{
    if (keylen == 0)
        return MT_OK;
    /* Fold the key as the scanner folds text. */
    unsigned char *folded = malloc(keylen * 2 + 4);
    char *asis = malloc(keylen * 2 + 4);
    if (!folded || !asis) {
        free(folded);
        free(asis);
        return MT_ERR_NOMEM;
    }
    size_t fn = 0, an = 0;
    for (size_t i = 0; i < keylen;) {
        int n;
        uint32_t cp = mt_ex_decode((const unsigned char *)key, keylen, i, &n);
        an += (size_t)encode(cp, (unsigned char *)asis + an);
        fn += (size_t)encode(lower(cp), folded + fn);
        i += (size_t)n;
    }
    if (ex->nentries % 256 == 0) {
        lex_entry *ne =
            realloc(ex->entries, (ex->nentries + 256) * sizeof *ex->entries);
        if (!ne)
            goto nomem;
        ex->entries = ne;
    }
    if (b->nkeys == b->capkeys) {
        size_t nc = b->capkeys ? b->capkeys * 2 : 512;
        keyrec *nk = realloc(b->keys, nc * sizeof *nk);
        if (!nk)
            goto nomem;
        b->keys = nk;
        b->capkeys = nc;
    }
    mt_status st = MT_OK;
    lex_entry e = *proto;
    e.key = pool_add(b, ex, asis, an, &st);
    e.next = -1;
    const unsigned char *a = (const unsigned char *)asis;
    if (mt_ex_is_alnum(a[0]))
        e.flags |= LF_WORDL;
    if (mt_ex_is_alnum(a[an - 1]))
        e.flags |= LF_WORDR;
    free(asis);
    if (st != MT_OK) {
        free(folded);
        return st;
    }
    ex->entries[ex->nentries] = e;
    b->keys[b->nkeys].k = folded;
    b->keys[b->nkeys].n = fn;
    b->keys[b->nkeys].entry = (int32_t)ex->nentries;
    b->nkeys++;
    ex->nentries++;
    return MT_OK;
nomem:
    free(folded);
    free(asis);
    return MT_ERR_NOMEM;
}

static int keycmp(const void *pa, const void *pb)
{
    const keyrec *a = pa, *b = pb;
    size_t n = a->n < b->n ? a->n : b->n;
    int c = memcmp(a->k, b->k, n);
    if (c)
        return c;
    if (a->n != b->n)
        return a->n < b->n ? -1 : 1;
    return a->entry < b->entry ? -1 : (a->entry > b->entry);
}

/* Build the node for keys[lo..hi), which share their first depth bytes.
 * Returns the node index. */
static uint32_t build_node(mt_extractor *ex, const keyrec *keys, size_t lo,
                           size_t hi, size_t depth)
{
    uint32_t node = (uint32_t)ex->nnodes++;
    ex->node_entry[node] = -1;
    /* Keys that end here: chain their entries in file order. */
    int32_t *tail = &ex->node_entry[node];
    while (lo < hi && keys[lo].n == depth) {
        *tail = keys[lo].entry;
        tail = &ex->entries[keys[lo].entry].next;
        lo++;
    }
    /* Count distinct next bytes and reserve the edges. */
    size_t groups = 0;
    for (size_t i = lo; i < hi; i++)
        if (i == lo || keys[i].k[depth] != keys[i - 1].k[depth])
            groups++;
    uint32_t first = (uint32_t)ex->nedges;
    ex->nedges += groups;
    ex->node_edge[node] = first;
    ex->node_nedge[node] = (uint16_t)groups;
    size_t g = 0;
    for (size_t i = lo; i < hi;) {
        size_t j = i + 1;
        while (j < hi && keys[j].k[depth] == keys[i].k[depth])
            j++;
        ex->edge_byte[first + g] = keys[i].k[depth];
        ex->edge_to[first + g] = build_node(ex, keys, i, j, depth + 1);
        g++;
        i = j;
    }
    return node;
}

static bool starts_alone(const lex_entry *e)
{
    switch (e->cls) {
    case LEX_COUNTER:
    case LEX_DIR:
    case LEX_ABBREV:
        return false;
    case LEX_UNIT:
        return e->a == 'H';
    case LEX_MOD:
        return e->a == POS_PRE;
    default:
        return true;
    }
}

/* Set the bit of a folded first character and of every character that
 * folds to it (capitals, full-width forms, U+3000, 〜). */
static void set_cp(uint8_t *bits, uint32_t cp)
{
    if (cp >= 0x10000)
        return;
    bits[cp >> 3] |= (uint8_t)(1u << (cp & 7));
    if (cp >= 'a' && cp <= 'z')
        bits[(cp - 32) >> 3] |= (uint8_t)(1u << ((cp - 32) & 7));
    if (cp >= 0x21 && cp <= 0x7E) {
        uint32_t fw = cp + 0xFEE0;
        bits[fw >> 3] |= (uint8_t)(1u << (fw & 7));
        if (cp >= 'a' && cp <= 'z') {
            fw -= 32;
            bits[fw >> 3] |= (uint8_t)(1u << (fw & 7));
        }
    }
    if (cp == ' ')
        bits[0x3000 >> 3] |= (uint8_t)(1u << (0x3000 & 7));
    if (cp == '~')
        bits[0x301C >> 3] |= (uint8_t)(1u << (0x301C & 7));
}

static bool alnum_byte(unsigned c)
{
    return c < 0x80 && mt_ex_is_alnum(c);
}

/* Set the trigram bits of an ASCII-initial key; a short key pairs with
 * every byte that may end a word (and the text's end, read as 0). */
static void set_tri(mt_extractor *ex, const unsigned char *k, size_t n)
{
    for (unsigned x = 0; x < 256; x++) {
        if (n >= 2 && x != k[1])
            continue;
        if (n < 2 && alnum_byte(x))
            continue;
        for (unsigned y = 0; y < 256; y++) {
            if (n >= 3 && y != k[2])
                continue;
            if (n == 2 && alnum_byte(y))
                continue;
            if (n < 2 && y != 0 && alnum_byte(y))
                continue;
            unsigned t = mt_ex_tri(k[0], x, y);
            ex->first_tri[t >> 3] |= (uint8_t)(1u << (t & 7));
        }
    }
}

static mt_status compile(mt_extractor *ex, builder *b)
{
    qsort(b->keys, b->nkeys, sizeof *b->keys, keycmp);
    /* At most one node per key byte plus the root, one edge per node. */
    size_t maxn = 1;
    for (size_t i = 0; i < b->nkeys; i++) {
        maxn += b->keys[i].n;
        if (b->keys[i].n > ex->maxdepth)
            ex->maxdepth = b->keys[i].n > 255 ? 255 : (uint8_t)b->keys[i].n;
        int n;
        uint32_t cp = mt_ex_decode(b->keys[i].k, b->keys[i].n, 0, &n);
        set_cp(ex->any_cp, cp);
        /* The bitmap says where the scanner may find a key on its own;
         * counters, units, directions and post-modifiers are only looked
         * up after a number, so they need no bit (は, か, ま are common
         * characters). */
        if (!starts_alone(&ex->entries[b->keys[i].entry]))
            continue;
        if (b->keys[i].k[0] < 0x80) {
            set_tri(ex, b->keys[i].k, b->keys[i].n);
            size_t we;
            unsigned wh = mt_ex_word_hash(b->keys[i].k, b->keys[i].n, 0, &we);
            ex->first_word[wh >> 3] |= (uint8_t)(1u << (wh & 7));
        }
        set_cp(ex->first_cp, cp);
    }
    ex->node_edge = calloc(maxn, sizeof *ex->node_edge);
    ex->node_nedge = calloc(maxn, sizeof *ex->node_nedge);
    ex->node_entry = calloc(maxn, sizeof *ex->node_entry);
    ex->edge_byte = calloc(maxn, 1);
    ex->edge_to = calloc(maxn, sizeof *ex->edge_to);
    if (!ex->node_edge || !ex->node_nedge || !ex->node_entry ||
        !ex->edge_byte || !ex->edge_to)
        return MT_ERR_NOMEM;
    ex->nnodes = 0;
    ex->nedges = 0;
    build_node(ex, b->keys, 0, b->nkeys, 0);
    for (uint32_t e = 0; e < ex->node_nedge[0]; e++)
        ex->root_next[ex->edge_byte[ex->node_edge[0] + e]] =
            ex->edge_to[ex->node_edge[0] + e];
    /* Direct tables for the busy nodes (near the root). */
    size_t ndense = 0;
    for (size_t i = 1; i < ex->nnodes; i++)
        if (ex->node_nedge[i] > LEX_DENSE_MIN)
            ndense++;
    ex->node_dense = calloc(ex->nnodes, sizeof *ex->node_dense);
    ex->dense = calloc(ndense ? ndense * 256 : 1, sizeof *ex->dense);
    if (!ex->node_dense || !ex->dense)
        return MT_ERR_NOMEM;
    size_t k = 0;
    for (size_t i = 1; i < ex->nnodes; i++) {
        if (ex->node_nedge[i] <= LEX_DENSE_MIN)
            continue;
        ex->node_dense[i] = (uint32_t)(k + 1);
        for (uint32_t e = 0; e < ex->node_nedge[i]; e++)
            ex->dense[k * 256 + ex->edge_byte[ex->node_edge[i] + e]] =
                ex->edge_to[ex->node_edge[i] + e];
        k++;
    }
    return MT_OK;
}

/* ---- matching ---------------------------------------------------------- */

static inline bool boundary_ok(const unsigned char *s, size_t len, size_t start,
                               size_t end, uint8_t flags)
{
    if ((flags & LF_WORDL) && start > 0) {
        unsigned char c = s[start - 1];
        if (c < 0x80 && mt_ex_is_alnum(c))
            return false;
    }
    if ((flags & LF_WORDR) && end < len) {
        unsigned char c = s[end];
        if (c < 0x80 && mt_ex_is_alnum(c))
            return false;
    }
    return true;
}

static inline bool case_ok(const mt_extractor *ex, const lex_entry *e,
                           const unsigned char *s, size_t len, size_t start)
{
    if (!(e->flags & LF_CASE))
        return true;
    const unsigned char *k = (const unsigned char *)ex->pool + e->key;
    size_t i = start;
    while (*k) {
        int n;
        if (i >= len)
            return false;
        uint32_t cp = mt_ex_decode(s, len, i, &n);
        unsigned char buf[4];
        int m = encode(cp, buf);
        if (memcmp(buf, k, (size_t)m) != 0)
            return false;
        k += m;
        i += (size_t)n;
    }
    return true;
}

static inline uint32_t child(const mt_extractor *ex, uint32_t node,
                             unsigned char c)
{
    uint32_t first = ex->node_edge[node];
    unsigned ne = ex->node_nedge[node];
    for (unsigned e = 0; e < ne; e++) {
        unsigned char eb = ex->edge_byte[first + e];
        if (eb == c)
            return ex->edge_to[first + e];
        if (eb > c)
            break;
    }
    return 0;
}

int mt_ex_lex_match(const mt_extractor *ex, const unsigned char *s, size_t len,
                    size_t pos, lex_hit *hits)
{
    int nh = 0;
    uint32_t node = 0;
    size_t i = pos;
    unsigned depth = 0;
    while (i < len && depth < ex->maxdepth) {
        /* The folded bytes of the next character.  Only ASCII capitals
         * and characters in EF xx xx (full-width forms) and E3 80 xx
         * (ideographic space, wave dash) fold; everything else is walked
         * as it is written.  A malformed sequence cannot match: keys are
         * valid UTF-8. */
        unsigned char buf[4];
        const unsigned char *p = buf;
        unsigned b = s[i];
        int m, adv;
        if (b < 0x80) {
            /* one byte, one step */
            unsigned char lb =
                (unsigned char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
            uint32_t next;
            if (node == 0)
                next = ex->root_next[lb];
            else if (ex->node_dense[node])
                next = ex->dense[(size_t)(ex->node_dense[node] - 1) * 256 + lb];
            else
                next = child(ex, node, lb);
            if (!next)
                return nh;
            node = next;
            depth++;
            i++;
            goto terminal;
        } else if ((b == 0xEF && i + 1 < len &&
                    (s[i + 1] == 0xBC || s[i + 1] == 0xBD)) ||
                   (b == 0xE3 && i + 1 < len && s[i + 1] == 0x80)) {
            uint32_t cp = lower(mt_ex_decode(s, len, i, &adv));
            m = encode(cp, buf);
        } else {
            m = adv = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
            if (i + (size_t)adv > len)
                return nh;
            p = s + i;
        }
        for (int k = 0; k < m; k++) {
            if (node == 0) {
                node = ex->root_next[p[k]];
                if (!node)
                    return nh;
                continue;
            }
            uint32_t first = ex->node_edge[node];
            unsigned ne = ex->node_nedge[node];
            uint32_t next = 0;
            if (ex->node_dense[node]) {
                next =
                    ex->dense[(size_t)(ex->node_dense[node] - 1) * 256 + p[k]];
                ne = 0;
            }
            for (unsigned e = 0; e < ne; e++) {
                unsigned char eb = ex->edge_byte[first + e];
                if (eb == p[k]) {
                    next = ex->edge_to[first + e];
                    break;
                }
                if (eb > p[k])
                    break;
            }
            if (!next)
                return nh;
            node = next;
        }
        depth += (unsigned)m;
        i += (size_t)adv;
    terminal:;
        int32_t ent = ex->node_entry[node];
        if (ent >= 0 && nh < LEX_MAX_HITS) {
            for (int32_t e = ent; e >= 0; e = ex->entries[e].next) {
                const lex_entry *le = &ex->entries[e];
                if ((!le->flags || boundary_ok(s, len, pos, i, le->flags)) &&
                    (!(le->flags & LF_CASE) || case_ok(ex, le, s, len, pos))) {
                    hits[nh].entry = ent;
                    hits[nh].end = i;
                    nh++;
                    break;
                }
            }
        }
    }
    return nh;
}

bool mt_ex_entry_ok(const mt_extractor *ex, const unsigned char *s, size_t len,
                    size_t pos, size_t end, const lex_entry *le)
{
    return (!le->flags || boundary_ok(s, len, pos, end, le->flags)) &&
           (!(le->flags & LF_CASE) || case_ok(ex, le, s, len, pos));
}

const lex_entry *mt_ex_entry(const mt_extractor *ex, const unsigned char *s,
                             size_t len, size_t pos, const lex_hit *h, int cls)
{
    for (int32_t e = h->entry; e >= 0; e = ex->entries[e].next) {
        const lex_entry *le = &ex->entries[e];
        if (le->cls == cls && boundary_ok(s, len, pos, h->end, le->flags) &&
            case_ok(ex, le, s, len, pos))
            return le;
    }
    return NULL;
}

/* ---- loading ----------------------------------------------------------- */

typedef struct loadctx {
    mt_extractor *ex;
    builder *b;
    char dir[PATH_MAX];
    mt_tsv t;
} loadctx;

static mt_status open_file(loadctx *c, const char *name, const char **cols,
                           int ncols, int *idx, mt_error *err)
{
    char path[PATH_MAX + 64];
    snprintf(path, sizeof path, "%s/%s", c->dir, name);
    mt_status st = mt_tsv_open(&c->t, path, err);
    if (st != MT_OK)
        return st;
    for (int i = 0; i < ncols; i++) {
        idx[i] = mt_tsv_col(&c->t, cols[i]);
        if (idx[i] < 0) {
            mt_tsv_close(&c->t);
            return mt_error_at(err, MT_ERR_INPUT, path, -1,
                               "data file has no column '%s'", cols[i]);
        }
    }
    return MT_OK;
}

static mt_status row_error(loadctx *c, mt_error *err, const char *what,
                           const char *value)
{
    mt_error_at(err, MT_ERR_INPUT, c->t.path, -1, "%s '%s'", what, value);
    if (err)
        err->line = c->t.line;
    mt_tsv_close(&c->t);
    return MT_ERR_INPUT;
}

static bool parse_int(const char *s, size_t n, int64_t lo, int64_t hi,
                      int64_t *out)
{
    return mt_parse_i64(s, n, out) && *out >= lo && *out <= hi;
}

static int pick(const char *s, const char *const *names)
{
    for (int i = 0; names[i]; i++)
        if (strcmp(s, names[i]) == 0)
            return i;
    return -1;
}

static bool has_acronym(const char *s)
{
    for (; s[0] && s[1]; s++)
        if (s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z')
            return true;
    return false;
}

/* Simple files: first column is the key, cls fixed, s1 from column 2. */
static mt_status load_simple(loadctx *c, const char *name, const char *keycol,
                             const char *valcol, int cls, uint8_t flags,
                             mt_error *err)
{
    const char *cols[2] = {keycol, valcol};
    int idx[2];
    mt_status st = open_file(c, name, cols, valcol ? 2 : 1, idx, err);
    if (st != MT_OK)
        return st;
    int r;
    while ((r = mt_tsv_next(&c->t, err)) == 1) {
        lex_entry e = {0};
        e.cls = (uint8_t)cls;
        e.flags = flags;
        if (valcol)
            e.s1 = pool_add(c->b, c->ex, c->t.field[idx[1]],
                            c->t.field_len[idx[1]], &st);
        if (st == MT_OK)
            st = add_entry(c->b, c->ex, c->t.field[idx[0]],
                           c->t.field_len[idx[0]], &e);
        if (st != MT_OK) {
            mt_tsv_close(&c->t);
            return mt_error_set(err, st, "cannot compile %s", name);
        }
    }
    mt_tsv_close(&c->t);
    return r < 0 ? (mt_status)r : MT_OK;
}

static mt_status load_eras(loadctx *c, mt_error *err)
{
    const char *cols[3] = {"era", "letter", "start"};
    int idx[3];
    mt_status st = open_file(c, "eras.tsv", cols, 3, idx, err);
    if (st != MT_OK)
        return st;
    int r;
    mt_extractor *ex = c->ex;
    while ((r = mt_tsv_next(&c->t, err)) == 1) {
        const char *name = c->t.field[idx[0]];
        const char *letter = c->t.field[idx[1]];
        mt_date d;
        if (ex->neras == (int)MT_ARRAY_LEN(ex->eras))
            return row_error(c, err, "too many eras at", name);
        if (strlen(name) >= sizeof ex->eras[0].name)
            return row_error(c, err, "era name too long", name);
        if (strlen(letter) != 1 || letter[0] < 'A' || letter[0] > 'Z')
            return row_error(c, err, "era letter must be one capital", letter);
        if (mt_date_parse(&d, c->t.field[idx[2]], c->t.field_len[idx[2]]) !=
                MT_OK ||
            !d.day)
            return row_error(c, err, "bad era start date", c->t.field[idx[2]]);
        era *e = &ex->eras[ex->neras];
        snprintf(e->name, sizeof e->name, "%s", name);
        e->letter = letter[0];
        e->year = d.year;
        e->month = d.month;
        e->day = d.day;
        lex_entry le = {0};
        le.cls = LEX_ERA;
        le.a = (int16_t)ex->neras;
        st = add_entry(c->b, ex, name, strlen(name), &le);
        if (st != MT_OK) {
            mt_tsv_close(&c->t);
            return mt_error_set(err, st, "out of memory");
        }
        ex->neras++;
    }
    mt_tsv_close(&c->t);
    return r < 0 ? (mt_status)r : MT_OK;
}

static mt_status load_numerals(loadctx *c, mt_error *err)
{
    static const char *const kinds[] = {"digit", "unit",  "big",
                                        "word",  "scale", NULL};
    const char *cols[3] = {"word", "value", "kind"};
    int idx[3];
    mt_status st = open_file(c, "numerals.tsv", cols, 3, idx, err);
    if (st != MT_OK)
        return st;
    int r;
    mt_extractor *ex = c->ex;
    while ((r = mt_tsv_next(&c->t, err)) == 1) {
        int64_t v;
        int kind = pick(c->t.field[idx[2]], kinds);
        if (kind < 0)
            return row_error(c, err, "unknown numeral kind",
                             c->t.field[idx[2]]);
        if (!parse_int(c->t.field[idx[1]], c->t.field_len[idx[1]], 0,
                       INT64_C(1000000000000000), &v))
            return row_error(c, err, "bad numeral value", c->t.field[idx[1]]);
        const unsigned char *w = (const unsigned char *)c->t.field[idx[0]];
        size_t wn = c->t.field_len[idx[0]];
        if (kind <= NUM_BIG) {
            int n;
            uint32_t cp = wn ? mt_ex_decode(w, wn, 0, &n) : 0;
            if (!wn || (size_t)n != wn)
                return row_error(c, err, "kanji numeral must be one character",
                                 (const char *)w);
            if (ex->nknums == (int)MT_ARRAY_LEN(ex->knums))
                return row_error(c, err, "too many kanji numerals at",
                                 (const char *)w);
            ex->knums[ex->nknums].cp = cp;
            ex->knums[ex->nknums].value = v;
            ex->knums[ex->nknums].kind = kind;
            ex->nknums++;
            if (cp < 0x10000)
                ex->knum_bits[cp >> 3] |= (uint8_t)(1u << (cp & 7));
        } else {
            lex_entry le = {0};
            le.cls = LEX_NUMWORD;
            le.a = (int16_t)kind;
            le.num = v;
            st = add_entry(c->b, ex, (const char *)w, wn, &le);
            if (st != MT_OK) {
                mt_tsv_close(&c->t);
                return mt_error_set(err, st, "out of memory");
            }
        }
    }
    mt_tsv_close(&c->t);
    return r < 0 ? (mt_status)r : MT_OK;
}

static mt_status load_months(loadctx *c, mt_error *err)
{
    const char *cols[2] = {"name", "month"};
    int idx[2];
    mt_status st = open_file(c, "months.tsv", cols, 2, idx, err);
    if (st != MT_OK)
        return st;
    int r;
    while ((r = mt_tsv_next(&c->t, err)) == 1) {
        int64_t m;
        if (!parse_int(c->t.field[idx[1]], c->t.field_len[idx[1]], 1, 12, &m))
            return row_error(c, err, "bad month", c->t.field[idx[1]]);
        lex_entry le = {0};
        le.cls = LEX_MONTH;
        le.flags = LF_CASE;
        le.a = (int16_t)m;
        st = add_entry(c->b, c->ex, c->t.field[idx[0]], c->t.field_len[idx[0]],
                       &le);
        if (st != MT_OK) {
            mt_tsv_close(&c->t);
            return mt_error_set(err, st, "out of memory");
        }
    }
    mt_tsv_close(&c->t);
    return r < 0 ? (mt_status)r : MT_OK;
}

static mt_status load_modifiers(loadctx *c, mt_error *err)
{
    static const char *const pos[] = {"pre", "post", NULL};
    static const char *const app[] = {"", "date", "qty", "any", NULL};
    const char *cols[4] = {"word", "position", "mod", "applies"};
    int idx[4];
    mt_status st = open_file(c, "modifiers.tsv", cols, 4, idx, err);
    if (st != MT_OK)
        return st;
    int r;
    while ((r = mt_tsv_next(&c->t, err)) == 1) {
        int p = pick(c->t.field[idx[1]], pos);
        int a = pick(c->t.field[idx[3]], app);
        if (p < 0)
            return row_error(c, err, "bad position", c->t.field[idx[1]]);
        if (a < 1)
            return row_error(c, err, "bad applies", c->t.field[idx[3]]);
        lex_entry le = {0};
        le.cls = LEX_MOD;
        le.a = (int16_t)p;
        le.b = (int16_t)a;
        le.s1 = pool_add(c->b, c->ex, c->t.field[idx[2]],
                         c->t.field_len[idx[2]], &st);
        if (st == MT_OK)
            st = add_entry(c->b, c->ex, c->t.field[idx[0]],
                           c->t.field_len[idx[0]], &le);
        if (st != MT_OK) {
            mt_tsv_close(&c->t);
            return mt_error_set(err, st, "out of memory");
        }
    }
    mt_tsv_close(&c->t);
    return r < 0 ? (mt_status)r : MT_OK;
}

static mt_status load_relative(loadctx *c, mt_error *err)
{
    static const char *const anchors[] = {"ref", "prev", NULL};
    static const char *const units[] = {"year",      "month", "day", "fyear",
                                        "monthname", "dayof", NULL};
    const char *cols[4] = {"word", "anchor", "unit", "offset"};
    int idx[4];
    mt_status st = open_file(c, "relative.tsv", cols, 4, idx, err);
    if (st != MT_OK)
        return st;
    int r;
    while ((r = mt_tsv_next(&c->t, err)) == 1) {
        int an = pick(c->t.field[idx[1]], anchors);
        int un = pick(c->t.field[idx[2]], units);
        int64_t off;
        if (an < 0)
            return row_error(c, err, "bad anchor", c->t.field[idx[1]]);
        if (un < 0)
            return row_error(c, err, "bad unit", c->t.field[idx[2]]);
        if (!parse_int(c->t.field[idx[3]], c->t.field_len[idx[3]], -100, 100,
                       &off))
            return row_error(c, err, "bad offset", c->t.field[idx[3]]);
        lex_entry le = {0};
        le.cls = LEX_REL;
        le.a = (int16_t)an;
        le.b = (int16_t)un;
        le.c = (int16_t)off;
        st = add_entry(c->b, c->ex, c->t.field[idx[0]], c->t.field_len[idx[0]],
                       &le);
        if (st != MT_OK) {
            mt_tsv_close(&c->t);
            return mt_error_set(err, st, "out of memory");
        }
    }
    mt_tsv_close(&c->t);
    return r < 0 ? (mt_status)r : MT_OK;
}

static mt_status load_units(loadctx *c, mt_error *err)
{
    const char *cols[2] = {"word", "unit"};
    int idx[2];
    mt_status st = open_file(c, "units.tsv", cols, 2, idx, err);
    if (st != MT_OK)
        return st;
    int r;
    while ((r = mt_tsv_next(&c->t, err)) == 1) {
        const char *u = c->t.field[idx[1]];
        if (strlen(u) != 1 || !strchr("YMWDH", u[0]))
            return row_error(c, err, "unit must be Y, M, W, D or H", u);
        lex_entry le = {0};
        le.cls = LEX_UNIT;
        le.a = (int16_t)u[0];
        st = add_entry(c->b, c->ex, c->t.field[idx[0]], c->t.field_len[idx[0]],
                       &le);
        if (st != MT_OK) {
            mt_tsv_close(&c->t);
            return mt_error_set(err, st, "out of memory");
        }
    }
    mt_tsv_close(&c->t);
    return r < 0 ? (mt_status)r : MT_OK;
}

static mt_status load_directions(loadctx *c, mt_error *err)
{
    const char *cols[2] = {"word", "mod"};
    int idx[2];
    mt_status st = open_file(c, "directions.tsv", cols, 2, idx, err);
    if (st != MT_OK)
        return st;
    int r;
    while ((r = mt_tsv_next(&c->t, err)) == 1) {
        const char *m = c->t.field[idx[1]];
        lex_entry le = {0};
        le.cls = LEX_DIR;
        le.a = strcmp(m, "ago") == 0;
        le.s1 = pool_add(c->b, c->ex, le.a ? "before" : m,
                         le.a ? 6 : c->t.field_len[idx[1]], &st);
        if (st == MT_OK)
            st = add_entry(c->b, c->ex, c->t.field[idx[0]],
                           c->t.field_len[idx[0]], &le);
        if (st != MT_OK) {
            mt_tsv_close(&c->t);
            return mt_error_set(err, st, "out of memory");
        }
    }
    mt_tsv_close(&c->t);
    return r < 0 ? (mt_status)r : MT_OK;
}

static mt_status load_orgs(loadctx *c, mt_error *err)
{
    const char *cols[2] = {"canonical", "aliases"};
    int idx[2];
    mt_status st = open_file(c, "orgs.tsv", cols, 2, idx, err);
    if (st != MT_OK)
        return st;
    int r;
    while ((r = mt_tsv_next(&c->t, err)) == 1) {
        const char *canon = c->t.field[idx[0]];
        size_t cn = c->t.field_len[idx[0]];
        lex_entry le = {0};
        le.cls = LEX_ORG;
        le.s1 = pool_add(c->b, c->ex, canon, cn, &st);
        le.flags = has_acronym(canon) ? LF_CASE : 0;
        if (st == MT_OK)
            st = add_entry(c->b, c->ex, canon, cn, &le);
        const char *p = c->t.field[idx[1]];
        while (st == MT_OK && *p) {
            const char *bar = strchr(p, '|');
            size_t n = bar ? (size_t)(bar - p) : strlen(p);
            char tmp[256];
            snprintf(tmp, sizeof tmp, "%.*s", (int)n, p);
            le.flags = has_acronym(tmp) ? LF_CASE : 0;
            st = add_entry(c->b, c->ex, p, n, &le);
            p += n + (bar ? 1 : 0);
        }
        if (st != MT_OK) {
            mt_tsv_close(&c->t);
            return mt_error_set(err, st, "out of memory");
        }
    }
    mt_tsv_close(&c->t);
    return r < 0 ? (mt_status)r : MT_OK;
}

static mt_status load_legal(loadctx *c, mt_error *err)
{
    static const char *const pos[] = {"prefix", "suffix", NULL};
    static const char *const scripts[] = {"ja", "jagov", "en", NULL};
    const char *cols[3] = {"form", "position", "script"};
    int idx[3];
    mt_status st = open_file(c, "legal_forms.tsv", cols, 3, idx, err);
    if (st != MT_OK)
        return st;
    int r;
    while ((r = mt_tsv_next(&c->t, err)) == 1) {
        int p = pick(c->t.field[idx[1]], pos);
        int s = pick(c->t.field[idx[2]], scripts);
        if (p < 0)
            return row_error(c, err, "bad position", c->t.field[idx[1]]);
        if (s < 0)
            return row_error(c, err, "bad script", c->t.field[idx[2]]);
        lex_entry le = {0};
        le.cls = LEX_LEGAL;
        le.flags = LF_CASE;
        le.a = (int16_t)p;
        le.b = (int16_t)s;
        st = add_entry(c->b, c->ex, c->t.field[idx[0]], c->t.field_len[idx[0]],
                       &le);
        if (st != MT_OK) {
            mt_tsv_close(&c->t);
            return mt_error_set(err, st, "out of memory");
        }
    }
    mt_tsv_close(&c->t);
    return r < 0 ? (mt_status)r : MT_OK;
}

mt_status mt_ex_lex_load(mt_extractor *ex, const char *dir, mt_error *err)
{
    builder b;
    memset(&b, 0, sizeof b);
    mt_buf_init(&b.pool, (size_t)64 << 20);
    loadctx *c = calloc(1, sizeof *c);
    if (!c)
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    c->ex = ex;
    c->b = &b;
    if (!dir)
        dir = mt_data_dir();
    if (dir[0] != '/') {
        if (!realpath(dir, c->dir)) {
            free(c);
            return mt_error_at(err, MT_ERR_IO, dir, -1,
                               "data directory not found");
        }
    } else {
        snprintf(c->dir, sizeof c->dir, "%s", dir);
    }
    mt_status st = MT_OK;
    /* Offset 0 of the pool is the empty string. */
    st = mt_buf_putc(&b.pool, '\0');
    if (st == MT_OK)
        st = load_eras(c, err);
    if (st == MT_OK)
        st = load_numerals(c, err);
    if (st == MT_OK)
        st = load_months(c, err);
    if (st == MT_OK)
        st = load_modifiers(c, err);
    if (st == MT_OK)
        st = load_relative(c, err);
    if (st == MT_OK)
        st = load_units(c, err);
    if (st == MT_OK)
        st = load_directions(c, err);
    if (st == MT_OK)
        st = load_orgs(c, err);
    if (st == MT_OK)
        st = load_legal(c, err);
    if (st == MT_OK)
        st =
            load_simple(c, "counters.tsv", "word", "unit", LEX_COUNTER, 0, err);
    if (st == MT_OK)
        st = load_simple(c, "events.tsv", "word", "type", LEX_EVENT, 0, err);
    if (st == MT_OK)
        st = load_simple(c, "hedges.tsv", "phrase", "value", LEX_HEDGE, 0, err);
    if (st == MT_OK)
        st = load_simple(c, "traps.tsv", "word", NULL, LEX_TRAP, 0, err);
    if (st == MT_OK)
        st = load_simple(c, "abbreviations.tsv", "word", NULL, LEX_ABBREV,
                         LF_CASE, err);
    if (st == MT_OK) {
        st = compile(ex, &b);
        if (st != MT_OK)
            mt_error_set(err, st, "out of memory compiling the lexicon");
    }
    for (size_t i = 0; i < b.nkeys; i++)
        free(b.keys[i].k);
    free(b.keys);
    free(c);
    if (st != MT_OK) {
        mt_buf_free(&b.pool);
        return st;
    }
    ex->pool = mt_buf_detach(&b.pool, &ex->pool_len);
    if (!ex->pool)
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    return MT_OK;
}
