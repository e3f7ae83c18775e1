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

/* Add s[0..n) and a NUL to the pool; returns its offset (0 for "").
 * On failure sets *st and returns 0; *st is left alone otherwise, so a
 * caller may chain several calls and test once. */
static uint32_t pool_add(builder *b, const char *s, size_t n, mt_status *st)
{
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

/* Most bytes one key byte may fold to (see add_entry). */
#define KEY_GROWTH_MAX 3
/* ex->entries grows by this many entries at a time. */
#define LEX_ENTRY_CHUNK 256

static mt_status add_entry(builder *b, mt_extractor *ex, const char *key,
                           size_t keylen, const lex_entry *proto)
{
    if (keylen == 0)
        return MT_OK;
    /* Fold the key as the scanner folds text.  Folding never lengthens
     * valid UTF-8, but each invalid byte decodes to U+FFFD, three bytes:
     * three output bytes per input byte is the bound. */
    if (keylen > SIZE_MAX / KEY_GROWTH_MAX)
        return MT_ERR_TOOBIG;
    unsigned char *folded = malloc(keylen * KEY_GROWTH_MAX);
    char *asis = malloc(keylen * KEY_GROWTH_MAX);
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
    /* Entry indices are int32_t (lex_entry.next, lex_hit.entry). */
    if (ex->nentries >= INT32_MAX) {
        free(folded);
        free(asis);
        return MT_ERR_TOOBIG;
    }
    if (ex->nentries % LEX_ENTRY_CHUNK == 0) {
        lex_entry *ne = realloc(ex->entries, (ex->nentries + LEX_ENTRY_CHUNK) *
                                                 sizeof *ex->entries);
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
    e.key = pool_add(b, asis, an, &st);
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
    /* A key of three bytes or more has one triple: no loop over the
     * 65,536 pairs (the load time of the EDINET table). */
    unsigned x0 = n >= 2 ? k[1] : 0, x1 = n >= 2 ? k[1] : 255;
    for (unsigned x = x0; x <= x1; x++) {
        if (n < 2 && alnum_byte(x))
            continue;
        unsigned y0 = n >= 3 ? k[2] : 0, y1 = n >= 3 ? k[2] : 255;
        for (unsigned y = y0; y <= y1; y++) {
            if (n == 2 && alnum_byte(y))
                continue;
            if (n < 2 && y != 0 && alnum_byte(y))
                continue;
            unsigned t = mt_ex_tri(k[0], x, y);
            ex->first_tri[t >> 3] |= (uint8_t)(1u << (t & 7));
        }
    }
}

/* Visit the nodes below node reached by ASCII letters and digits (keys
 * are folded, so no capitals), run[0..depth) being the path so far:
 * count them (ex->words NULL) or store them in the word table. */
static void word_nodes(mt_extractor *ex, uint32_t node, uint8_t *run,
                       unsigned depth, size_t *count, size_t *runs_len)
{
    if (depth >= ex->maxdepth)
        return;
    for (uint32_t e = 0; e < ex->node_nedge[node]; e++) {
        uint8_t c = ex->edge_byte[ex->node_edge[node] + e];
        uint32_t to = ex->edge_to[ex->node_edge[node] + e];
        if (!ex->alnum_fold[c])
            continue;
        run[depth] = c;
        if (ex->words) {
            size_t end;
            uint32_t h = mt_ex_run_hash(ex, run, depth + 1, 0, &end);
            size_t k = h & ex->words_mask;
            while (ex->words[k].node)
                k = (k + 1) & ex->words_mask;
            ex->words[k] = (lex_word){.hash = h,
                                      .node = to,
                                      .run = (uint32_t)*runs_len,
                                      .len = depth + 1};
            memcpy(ex->word_runs + *runs_len, run, depth + 1);
        }
        (*count)++;
        *runs_len += depth + 1;
        word_nodes(ex, to, run, depth + 1, count, runs_len);
    }
}

static mt_status build_words(mt_extractor *ex)
{
    uint8_t run[256];
    size_t count = 0, runs_len = 0;
    word_nodes(ex, 0, run, 0, &count, &runs_len);
    if (runs_len > UINT32_MAX || count > SIZE_MAX / 4 / sizeof *ex->words)
        return MT_ERR_TOOBIG;
    size_t slots = 16;
    while (slots < 2 * count)
        slots *= 2;
    ex->words = calloc(slots, sizeof *ex->words);
    ex->word_runs = malloc(runs_len ? runs_len : 1);
    if (!ex->words || !ex->word_runs)
        return MT_ERR_NOMEM;
    ex->words_mask = slots - 1;
    count = runs_len = 0;
    word_nodes(ex, 0, run, 0, &count, &runs_len);
    return MT_OK;
}

/* Set the pair bit of key characters a, b (folded, lower case): the
 * scanner decodes the text with the same folding, and mt_ex_pair
 * lower-cases. */
static void set_pair(mt_extractor *ex, uint32_t a, uint32_t b)
{
    unsigned h = mt_ex_pair(a, b);
    ex->first_pair[h >> 3] |= (uint8_t)(1u << (h & 7));
}

static mt_status compile(mt_extractor *ex, builder *b)
{
    for (unsigned c = 0; c < 256; c++)
        if (alnum_byte(c))
            ex->alnum_fold[c] = (uint8_t)lower(c);
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
            unsigned wh = mt_ex_word_bit(
                mt_ex_run_hash(ex, b->keys[i].k, b->keys[i].n, 0, &we));
            ex->first_word[wh >> 3] |= (uint8_t)(1u << (wh & 7));
        }
        set_cp(ex->first_cp, cp);
        if (cp >= 0x10000)
            continue;
        if ((size_t)n >= b->keys[i].n) {
            set_cp(ex->first_single, cp);
        } else {
            int n2;
            uint32_t cp2 =
                mt_ex_decode(b->keys[i].k, b->keys[i].n, (size_t)n, &n2);
            set_pair(ex, cp, cp2);
        }
    }
    for (size_t k = 0; k < sizeof ex->busy_cp; k++)
        ex->busy_cp[k] = ex->first_cp[k] | ex->knum_bits[k];
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
    for (unsigned c = 0; c < 0x80; c++)
        ex->skip_byte[c] =
            (uint8_t)(!alnum_byte(c) && !ex->root_next[c] && c != '$');
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
    return build_words(ex);
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

/* The text at start spells the key as its flags ask: LF_CASE every ASCII
 * letter in the key's case, LF_TITLE an ASCII capital where the key starts
 * a word with one.  The trie matched the folded forms already; this walks
 * the text with the key as written. */
static inline bool case_ok(const mt_extractor *ex, const lex_entry *e,
                           const unsigned char *s, size_t len, size_t start)
{
    if (!(e->flags & (LF_CASE | LF_TITLE)))
        return true;
    bool exact = e->flags & LF_CASE;
    const unsigned char *k = (const unsigned char *)ex->pool + e->key;
    size_t i = start;
    bool word_start = true;
    while (*k) {
        int n;
        if (i >= len)
            return false;
        uint32_t cp = mt_ex_decode(s, len, i, &n);
        unsigned char buf[4];
        int m = encode(cp, buf);
        if (exact ? memcmp(buf, k, (size_t)m) != 0
                  : word_start && *k >= 'A' && *k <= 'Z' &&
                        !(cp >= 'A' && cp <= 'Z'))
            return false;
        word_start = *k == ' ' || *k == '-';
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

/* Record a hit if a key ends at node (text[pos..i)) with an entry
 * whose flags hold. */
static inline void add_hit(const mt_extractor *ex, const unsigned char *s,
                           size_t len, size_t pos, size_t i, uint32_t node,
                           lex_hit *hits, int *nh)
{
    int32_t ent = ex->node_entry[node];
    if (ent < 0 || *nh >= LEX_MAX_HITS)
        return;
    for (int32_t e = ent; e >= 0; e = ex->entries[e].next) {
        const lex_entry *le = &ex->entries[e];
        if ((!le->flags || boundary_ok(s, len, pos, i, le->flags)) &&
            case_ok(ex, le, s, len, pos)) {
            hits[*nh].entry = ent;
            hits[*nh].end = i;
            (*nh)++;
            return;
        }
    }
}

/* The node the ASCII run text[pos..end) (hash h) leads to from the
 * root, or 0. */
static inline uint32_t word_node(const mt_extractor *ex, const unsigned char *s,
                                 size_t pos, size_t end, uint32_t h)
{
    size_t n = end - pos;
    for (size_t k = h & ex->words_mask;; k = (k + 1) & ex->words_mask) {
        const lex_word *w = &ex->words[k];
        if (!w->node)
            return 0;
        if (w->hash != h || w->len != n)
            continue;
        const uint8_t *r = ex->word_runs + w->run;
        size_t j = 0;
        while (j < n && ex->alnum_fold[s[pos + j]] == r[j])
            j++;
        if (j == n)
            return w->node;
    }
}

int mt_ex_lex_match(const mt_extractor *ex, const unsigned char *s, size_t len,
                    size_t pos, lex_hit *hits)
{
    size_t we = pos;
    uint32_t h = pos < len ? mt_ex_run_hash(ex, s, len, pos, &we) : 0;
    return mt_ex_lex_match_run(ex, s, len, pos, we, h, hits);
}

int mt_ex_lex_match_run(const mt_extractor *ex, const unsigned char *s,
                        size_t len, size_t pos, size_t we, uint32_t h,
                        lex_hit *hits)
{
    int nh = 0;
    uint32_t node = 0;
    size_t i = pos;
    unsigned depth = 0;
    if (we > pos) {
        /* An ASCII word: cross it in one look-up (see words). */
        if (we - pos > ex->maxdepth || !(node = word_node(ex, s, pos, we, h)))
            return 0;
        i = we;
        depth = (unsigned)(we - pos);
        add_hit(ex, s, len, pos, i, node, hits, &nh);
    }
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
            add_hit(ex, s, len, pos, i, node, hits, &nh);
            continue;
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
        add_hit(ex, s, len, pos, i, node, hits, &nh);
    }
    return nh;
}

bool mt_ex_entry_ok(const mt_extractor *ex, const unsigned char *s, size_t len,
                    size_t pos, size_t end, const lex_entry *le)
{
    return (!le->flags || boundary_ok(s, len, pos, end, le->flags)) &&
           case_ok(ex, le, s, len, pos);
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

/*
 * Every data file is read by one loop (load_file) driven by a table
 * (data_files below): per file its name, the columns it needs and a
 * function that turns one row into lexicon entries (or era / numeral
 * table rows).  Row functions see the needed columns in table order,
 * report bad data with row_error and never close the file: load_file
 * closes it on every path.
 */

#define DATA_MAX_COLS 5

/* How many short endings org_short.tsv may hold, and how long each. */
#define SHORT_MAX 16
#define SHORT_LEN 32

typedef struct loadctx {
    mt_extractor *ex;
    builder *b;
    char dir[PATH_MAX];
    mt_tsv t;
    /* org_short.tsv, read before the organisation tables: a name ending
     * in ending[i] also answers to that ending replaced by short_[i]. */
    char ending[SHORT_MAX][SHORT_LEN], short_[SHORT_MAX][SHORT_LEN];
    size_t nshort;
} loadctx;

/* The needed columns of the current row, in the order the table names
 * them; f[i] is NUL-terminated, n[i] is its length. */
typedef struct row {
    const char *f[DATA_MAX_COLS];
    size_t n[DATA_MAX_COLS];
} row;

typedef struct data_file data_file;
typedef mt_status (*row_fn)(loadctx *c, const data_file *df, const row *r,
                            mt_error *err);

struct data_file {
    const char *name;
    const char *cols[DATA_MAX_COLS]; /* needed columns; NULL ends early */
    row_fn load_row;
    uint8_t cls;   /* for row_simple: the class of every entry */
    uint8_t flags; /* for row_simple: LF_* of every entry */
};

/* Bad data in the current row: "what 'value'" at the file and line. */
static mt_status row_error(loadctx *c, mt_error *err, const char *what,
                           const char *value)
{
    return mt_error_line(err, MT_ERR_INPUT, c->t.path, c->t.line, "%s '%s'",
                         what, value);
}

/* The builder failed (out of memory, or the pool past 4 GiB). */
static mt_status build_error(loadctx *c, mt_error *err, mt_status st)
{
    return mt_error_at(err, st, c->t.path, -1, "%s",
                       st == MT_ERR_NOMEM ? "out of memory"
                                          : "lexicon too large");
}

static mt_status load_file(loadctx *c, const data_file *df, mt_error *err)
{
    char path[PATH_MAX + 64];
    int plen = snprintf(path, sizeof path, "%s/%s", c->dir, df->name);
    if (plen < 0 || (size_t)plen >= sizeof path)
        return mt_error_at(err, MT_ERR_IO, df->name, -1,
                           "data file path too long");
    mt_status st = mt_tsv_open(&c->t, path, err);
    if (st != MT_OK)
        return st;
    int idx[DATA_MAX_COLS];
    int ncols = 0;
    for (; ncols < DATA_MAX_COLS && df->cols[ncols]; ncols++) {
        idx[ncols] = mt_tsv_col(&c->t, df->cols[ncols]);
        if (idx[ncols] < 0) {
            st = mt_error_at(err, MT_ERR_INPUT, path, -1,
                             "data file has no column '%s'", df->cols[ncols]);
            break;
        }
    }
    int r = 1;
    while (st == MT_OK && (r = mt_tsv_next(&c->t, err)) == 1) {
        row rw;
        for (int i = 0; i < ncols; i++) {
            rw.f[i] = c->t.field[idx[i]];
            rw.n[i] = c->t.field_len[idx[i]];
        }
        st = df->load_row(c, df, &rw, err);
    }
    if (st == MT_OK && r < 0)
        st = (mt_status)r;
    mt_tsv_close(&c->t);
    return st;
}

/* Add one entry keyed by s[0..n), reporting a builder failure. */
static mt_status add(loadctx *c, mt_error *err, const char *s, size_t n,
                     const lex_entry *e)
{
    mt_status st = add_entry(c->b, c->ex, s, n, e);
    return st == MT_OK ? MT_OK : build_error(c, err, st);
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

/* Two ASCII capitals in a row in s[0..n): an acronym, matched in case. */
static bool has_acronym(const char *s, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++)
        if (s[i] >= 'A' && s[i] <= 'Z' && s[i + 1] >= 'A' && s[i + 1] <= 'Z')
            return true;
    return false;
}

/* key [, value]: an entry of class df->cls, s1 = the value if any. */
static mt_status row_simple(loadctx *c, const data_file *df, const row *r,
                            mt_error *err)
{
    mt_status st = MT_OK;
    lex_entry e = {.cls = df->cls, .flags = df->flags};
    if (df->cols[1])
        e.s1 = pool_add(c->b, r->f[1], r->n[1], &st);
    if (st != MT_OK)
        return build_error(c, err, st);
    return add(c, err, r->f[0], r->n[0], &e);
}

/* era, letter, start: a row of ex->eras and an entry for the name. */
static mt_status row_era(loadctx *c, const data_file *df, const row *r,
                         mt_error *err)
{
    (void)df;
    mt_extractor *ex = c->ex;
    const char *name = r->f[0], *letter = r->f[1];
    mt_date d;
    if (ex->neras == (int)MT_ARRAY_LEN(ex->eras))
        return row_error(c, err, "too many eras at", name);
    if (r->n[0] >= sizeof ex->eras[0].name)
        return row_error(c, err, "era name too long", name);
    if (r->n[1] != 1 || letter[0] < 'A' || letter[0] > 'Z')
        return row_error(c, err, "era letter must be one capital", letter);
    if (mt_date_parse(&d, r->f[2], r->n[2]) != MT_OK || !d.day)
        return row_error(c, err, "bad era start date", r->f[2]);
    era *e = &ex->eras[ex->neras];
    snprintf(e->name, sizeof e->name, "%s", name);
    e->letter = letter[0];
    e->year = d.year;
    e->month = d.month;
    e->day = d.day;
    lex_entry le = {.cls = LEX_ERA, .a = (int16_t)ex->neras};
    mt_status st = add(c, err, name, r->n[0], &le);
    if (st == MT_OK)
        ex->neras++;
    return st;
}

/* Largest value a numeral may have (10^15, 千兆). */
#define NUMERAL_MAX INT64_C(1000000000000000)

/* word, value, kind: kanji numerals (digit, unit, big) go to ex->knums,
 * numeral words (word, scale) become LEX_NUMWORD entries. */
static mt_status row_numeral(loadctx *c, const data_file *df, const row *r,
                             mt_error *err)
{
    (void)df;
    static const char *const kinds[] = {"digit", "unit",  "big",
                                        "word",  "scale", NULL};
    mt_extractor *ex = c->ex;
    int64_t v;
    int kind = pick(r->f[2], kinds);
    if (kind < 0)
        return row_error(c, err, "unknown numeral kind", r->f[2]);
    if (!parse_int(r->f[1], r->n[1], 0, NUMERAL_MAX, &v))
        return row_error(c, err, "bad numeral value", r->f[1]);
    const unsigned char *w = (const unsigned char *)r->f[0];
    size_t wn = r->n[0];
    if (kind > NUM_BIG) {
        lex_entry le = {.cls = LEX_NUMWORD, .a = (int16_t)kind, .num = v};
        return add(c, err, r->f[0], wn, &le);
    }
    int n;
    uint32_t cp = wn ? mt_ex_decode(w, wn, 0, &n) : 0;
    if (!wn || (size_t)n != wn)
        return row_error(c, err, "kanji numeral must be one character",
                         r->f[0]);
    if (ex->nknums == (int)MT_ARRAY_LEN(ex->knums))
        return row_error(c, err, "too many kanji numerals at", r->f[0]);
    ex->knums[ex->nknums].cp = cp;
    ex->knums[ex->nknums].value = v;
    ex->knums[ex->nknums].kind = kind;
    ex->nknums++;
    if (cp < 0x10000)
        ex->knum_bits[cp >> 3] |= (uint8_t)(1u << (cp & 7));
    return MT_OK;
}

/* name, month (1..12); month names match in case (May, Mar.). */
static mt_status row_month(loadctx *c, const data_file *df, const row *r,
                           mt_error *err)
{
    (void)df;
    int64_t m;
    if (!parse_int(r->f[1], r->n[1], 1, 12, &m))
        return row_error(c, err, "bad month", r->f[1]);
    static const char *const needs[] = {"-", "number", NULL};
    int nd = pick(r->f[2], needs);
    if (nd < 0)
        return row_error(c, err, "bad needs", r->f[2]);
    /* b: 1 when the name is a month only before a day or a year. */
    lex_entry le = {
        .cls = LEX_MONTH, .flags = LF_CASE, .a = (int16_t)m, .b = (int16_t)nd};
    return add(c, err, r->f[0], r->n[0], &le);
}

/* word, position (pre|post), mod, applies (date|qty|any),
 * range (opens|closes|-). */
static mt_status row_modifier(loadctx *c, const data_file *df, const row *r,
                              mt_error *err)
{
    (void)df;
    static const char *const pos[] = {"pre", "post", NULL};
    /* index = APPLY_*; "" at 0 keeps the indices equal to the flags */
    static const char *const app[] = {"", "date", "qty", "any", NULL};
    /* index = RANGE_* */
    static const char *const rng[] = {"-", "opens", "closes", NULL};
    int p = pick(r->f[1], pos);
    int a = pick(r->f[3], app);
    int g = pick(r->f[4], rng);
    if (p < 0)
        return row_error(c, err, "bad position", r->f[1]);
    if (a < APPLY_DATE)
        return row_error(c, err, "bad applies", r->f[3]);
    if (g < 0)
        return row_error(c, err, "bad range", r->f[4]);
    mt_status st = MT_OK;
    lex_entry le = {
        .cls = LEX_MOD, .a = (int16_t)p, .b = (int16_t)a, .c = (int16_t)g};
    le.s1 = pool_add(c->b, r->f[2], r->n[2], &st);
    if (st != MT_OK)
        return build_error(c, err, st);
    if (g == RANGE_OPENS) {
        if (c->ex->nrange_open == RANGE_OPEN_MAX)
            return row_error(c, err, "too many range-opening words", r->f[0]);
        uint32_t w = pool_add(c->b, r->f[0], r->n[0], &st);
        if (st != MT_OK)
            return build_error(c, err, st);
        c->ex->range_open[c->ex->nrange_open++] = w;
    }
    return add(c, err, r->f[0], r->n[0], &le);
}

/* Furthest a relative word may point, in its unit (昨年: -1). */
#define REL_OFFSET_MAX 100

/* word, anchor (ref|prev), unit, offset. */
static mt_status row_relative(loadctx *c, const data_file *df, const row *r,
                              mt_error *err)
{
    (void)df;
    static const char *const anchors[] = {"ref", "prev", NULL};
    /* index = RU_* */
    static const char *const units[] = {
        "year", "month", "day", "fyear", "monthname", "dayof", "weekday", NULL};
    int an = pick(r->f[1], anchors);
    int un = pick(r->f[2], units);
    int64_t off;
    if (an < 0)
        return row_error(c, err, "bad anchor", r->f[1]);
    if (un < 0)
        return row_error(c, err, "bad unit", r->f[2]);
    if (!parse_int(r->f[3], r->n[3], -REL_OFFSET_MAX, REL_OFFSET_MAX, &off))
        return row_error(c, err, "bad offset", r->f[3]);
    if (un == RU_WEEKDAY && (off < 0 || off > 6))
        return row_error(c, err, "bad weekday (0 Sunday to 6 Saturday)",
                         r->f[3]);
    lex_entry le = {
        .cls = LEX_REL, .a = (int16_t)an, .b = (int16_t)un, .c = (int16_t)off};
    return add(c, err, r->f[0], r->n[0], &le);
}

/* word, unit: one of Y, M, W, D (duration units) or H (half: 半年). */
static mt_status row_unit(loadctx *c, const data_file *df, const row *r,
                          mt_error *err)
{
    (void)df;
    const char *u = r->f[1];
    if (r->n[1] != 1 || !strchr("YMWDH", u[0]))
        return row_error(c, err, "unit must be Y, M, W, D or H", u);
    lex_entry le = {.cls = LEX_UNIT, .a = (int16_t)u[0]};
    return add(c, err, r->f[0], r->n[0], &le);
}

/* word, mod: "ago" is stored as mod "before" with a = 1, so the scanner
 * can resolve the duration into a date. */
static mt_status row_direction(loadctx *c, const data_file *df, const row *r,
                               mt_error *err)
{
    (void)df;
    static const char before[] = "before";
    mt_status st = MT_OK;
    lex_entry le = {.cls = LEX_DIR, .a = strcmp(r->f[1], "ago") == 0};
    if (le.a)
        le.s1 = pool_add(c->b, before, sizeof before - 1, &st);
    else
        le.s1 = pool_add(c->b, r->f[1], r->n[1], &st);
    if (st != MT_OK)
        return build_error(c, err, st);
    return add(c, err, r->f[0], r->n[0], &le);
}

/* ending, short: a name ending newspapers shorten (銀行 to 銀: 七十七銀
 * for 七十七銀行), for row_org. */
static mt_status row_org_short(loadctx *c, const data_file *df, const row *r,
                               mt_error *err)
{
    (void)df;
    if (c->nshort == SHORT_MAX)
        return row_error(c, err, "too many short endings at", r->f[0]);
    if (!r->n[0] || r->n[0] >= SHORT_LEN || !r->n[1] || r->n[1] >= SHORT_LEN ||
        r->n[1] >= r->n[0])
        return row_error(c, err, "bad ending or short form", r->f[0]);
    memcpy(c->ending[c->nshort], r->f[0], r->n[0] + 1);
    memcpy(c->short_[c->nshort], r->f[1], r->n[1] + 1);
    c->nshort++;
    return MT_OK;
}

/* The name s[0..n) and its short forms (org_short.tsv: two characters
 * at least before the ending), each an entry like e. */
static mt_status add_org_name(loadctx *c, mt_error *err, const char *s,
                              size_t n, const lex_entry *e)
{
    mt_status st = add(c, err, s, n, e);
    for (size_t i = 0; st == MT_OK && i < c->nshort; i++) {
        size_t el = strlen(c->ending[i]), sl = strlen(c->short_[i]);
        char buf[256];
        if (n <= el || n - el + sl >= sizeof buf ||
            memcmp(s + n - el, c->ending[i], el) != 0 ||
            mt_utf8_chars(s, n - el) < 2)
            continue;
        memcpy(buf, s, n - el);
        memcpy(buf + n - el, c->short_[i], sl);
        st = add(c, err, buf, n - el + sl, e);
    }
    return st;
}

/* canonical, aliases ('|'-separated): one entry per name, each with the
 * canonical name as s1; names with an acronym match in case, others with
 * the file's flags (the generated EDINET table's: capitals as written at
 * word starts).  Short forms as org_short.tsv says. */
static mt_status row_org(loadctx *c, const data_file *df, const row *r,
                         mt_error *err)
{
    mt_status st = MT_OK;
    lex_entry le = {.cls = LEX_ORG};
    le.s1 = pool_add(c->b, r->f[0], r->n[0], &st);
    if (st != MT_OK)
        return build_error(c, err, st);
    le.flags = has_acronym(r->f[0], r->n[0]) ? LF_CASE : df->flags;
    st = add_org_name(c, err, r->f[0], r->n[0], &le);
    const char *p = r->f[1];
    while (st == MT_OK && *p) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        le.flags = has_acronym(p, n) ? LF_CASE : df->flags;
        st = add_org_name(c, err, p, n, &le);
        p += n + (bar ? 1 : 0);
    }
    return st;
}

/* The row's first field into the pool, its offset appended to (*arr, *n). */
static mt_status push_word(loadctx *c, const row *r, uint32_t **arr, size_t *n,
                           mt_error *err)
{
    mt_status st = MT_OK;
    uint32_t off = pool_add(c->b, r->f[0], r->n[0], &st);
    if (st != MT_OK)
        return build_error(c, err, st);
    void *v = *arr;
    if (!mt_grow_pow2(&v, *n, sizeof **arr))
        return build_error(c, err, MT_ERR_NOMEM);
    *arr = v;
    (*arr)[(*n)++] = off;
    return MT_OK;
}

/* form, kind: a name ending for the MeCab pass (the kind is the draft's). */
static mt_status row_org_form(loadctx *c, const data_file *df, const row *r,
                              mt_error *err)
{
    (void)df;
    return push_word(c, r, &c->ex->org_forms, &c->ex->norg_forms, err);
}

/* word: a generic word of institution names (the MeCab pass). */
static mt_status row_org_generic(loadctx *c, const data_file *df, const row *r,
                                 mt_error *err)
{
    (void)df;
    return push_word(c, r, &c->ex->org_generic, &c->ex->norg_generic, err);
}

/* word: a word that ends a product's or service's name (the MeCab
 * pass). */
static mt_status row_org_product(loadctx *c, const data_file *df, const row *r,
                                 mt_error *err)
{
    (void)df;
    return push_word(c, r, &c->ex->org_products, &c->ex->norg_products, err);
}

/* word: a head noun that introduces a name with の (the MeCab pass). */
static mt_status row_org_head(loadctx *c, const data_file *df, const row *r,
                              mt_error *err)
{
    (void)df;
    return push_word(c, r, &c->ex->org_heads, &c->ex->norg_heads, err);
}

/* word, kind (place | head): the words of a seat in parentheses (the
 * MeCab pass). */
static mt_status row_seat(loadctx *c, const data_file *df, const row *r,
                          mt_error *err)
{
    (void)df;
    if (r->n[0] == 0)
        return row_error(c, err, "empty seat word of kind", r->f[1]);
    if (r->n[1] == 5 && memcmp(r->f[1], "place", 5) == 0)
        return push_word(c, r, &c->ex->seat_places, &c->ex->nseat_places, err);
    if (r->n[1] == 4 && memcmp(r->f[1], "head", 4) == 0)
        return push_word(c, r, &c->ex->seat_heads, &c->ex->nseat_heads, err);
    return row_error(c, err, "unknown seat kind", r->f[1]);
}

/* form, position (prefix|suffix), script (ja|jagov|en). */
static mt_status row_legal(loadctx *c, const data_file *df, const row *r,
                           mt_error *err)
{
    (void)df;
    static const char *const pos[] = {"prefix", "suffix", NULL};
    /* index = SCRIPT_* */
    static const char *const scripts[] = {"ja", "jagov", "en", "eninst", NULL};
    int p = pick(r->f[1], pos);
    int s = pick(r->f[2], scripts);
    if (p < 0)
        return row_error(c, err, "bad position", r->f[1]);
    /* A form the draft only compares away (jakey): no name rule here. */
    if (s < 0 && strcmp(r->f[2], "jakey") == 0)
        return MT_OK;
    if (s < 0)
        return row_error(c, err, "bad script", r->f[2]);
    lex_entry le = {
        .cls = LEX_LEGAL, .flags = LF_CASE, .a = (int16_t)p, .b = (int16_t)s};
    return add(c, err, r->f[0], r->n[0], &le);
}

/* The data files in load order.  Order matters: entries of one key are
 * chained in the order they were added, and the scanner takes the first
 * that fits. */
static const data_file data_files[] = {
    {"eras.tsv", {"era", "letter", "start"}, .load_row = row_era},
    {"numerals.tsv", {"word", "value", "kind"}, .load_row = row_numeral},
    {"months.tsv", {"name", "month", "needs"}, .load_row = row_month},
    {"modifiers.tsv",
     {"word", "position", "mod", "applies", "range"},
     .load_row = row_modifier},
    {"relative.tsv",
     {"word", "anchor", "unit", "offset"},
     .load_row = row_relative},
    {"units.tsv", {"word", "unit"}, .load_row = row_unit},
    {"directions.tsv", {"word", "mod"}, .load_row = row_direction},
    /* The organisation tables (orgs.tsv says how they divide), after
     * the endings they are shortened by. */
    {"org_short.tsv", {"ending", "short"}, .load_row = row_org_short},
    {"orgs.tsv", {"canonical", "aliases"}, .load_row = row_org},
    {"orgs_public.tsv", {"canonical", "aliases"}, .load_row = row_org},
    {"orgs_media.tsv", {"canonical", "aliases"}, .load_row = row_org},
    /* Groups' names are words too (Tick, Play, Royal): a name only with
     * its capitals. */
    {"orgs_actors.tsv",
     {"canonical", "aliases"},
     .load_row = row_org,
     .flags = LF_TITLE},
    {"orgs_vendors.tsv", {"canonical", "aliases"}, .load_row = row_org},
    /* Its English names are ordinary words as often as names. */
    {"orgs_edinet.tsv",
     {"canonical", "aliases"},
     .load_row = row_org,
     .flags = LF_TITLE},
    {"org_forms.tsv", {"form", "kind"}, .load_row = row_org_form},
    {"org_generic.tsv", {"word"}, .load_row = row_org_generic},
    {"org_heads.tsv", {"word"}, .load_row = row_org_head},
    {"org_products.tsv", {"word"}, .load_row = row_org_product},
    {"seats.tsv", {"word", "kind"}, .load_row = row_seat},
    {"legal_forms.tsv", {"form", "position", "script"}, .load_row = row_legal},
    {"counters.tsv",
     {"word", "unit"},
     .load_row = row_simple,
     .cls = LEX_COUNTER},
    {"events.tsv", {"word", "type"}, .load_row = row_simple, .cls = LEX_EVENT},
    {"hedges.tsv",
     {"phrase", "value"},
     .load_row = row_simple,
     .cls = LEX_HEDGE},
    {"traps.tsv", {"word"}, .load_row = row_simple, .cls = LEX_TRAP},
    {"abbreviations.tsv",
     {"word"},
     .load_row = row_simple,
     .cls = LEX_ABBREV,
     .flags = LF_CASE},
};

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
    /* Offset 0 of the pool is the empty string. */
    mt_status st = mt_buf_putc(&b.pool, '\0');
    for (size_t i = 0; st == MT_OK && i < MT_ARRAY_LEN(data_files); i++)
        st = load_file(c, &data_files[i], err);
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
