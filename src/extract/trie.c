/*
 * The lexicon's byte trie: the folding decoder, building the trie from
 * the keys the data files gave (lex.c reads them), and matching.  Keys are
 * stored width-folded and lower-cased, the same way the scanner folds the
 * text it walks, so one walk per position finds every entry that starts
 * there whatever its class.  The trie is built from the sorted key list,
 * which puts each node's edges next to each other in byte order.
 */
#include "extract/extract_internal.h"

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

/* Add s[0..n) and a NUL to the pool; returns its offset (0 for "").
 * On failure sets *st and returns 0; *st is left alone otherwise, so a
 * caller may chain several calls and test once. */
uint32_t mt_ex_pool_add(builder *b, const char *s, size_t n, mt_status *st)
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

/* Most bytes one key byte may fold to (see mt_ex_add_entry). */
#define KEY_GROWTH_MAX 3
/* ex->entries grows by this many entries at a time. */
#define LEX_ENTRY_CHUNK 256

mt_status mt_ex_add_entry(builder *b, mt_extractor *ex, const char *key,
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
    e.key = mt_ex_pool_add(b, asis, an, &st);
    e.next = -1;
    const unsigned char *a = (const unsigned char *)asis;
    if (mt_ex_is_alnum(a[0]) && !(e.flags & LF_GLUED))
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

mt_status mt_ex_compile(mt_extractor *ex, builder *b)
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

/* A word of the list ends s[0..at), or is all of it (whole). */
static bool word_end(const mt_extractor *ex, const uint32_t *arr, size_t n,
                     const char *s, size_t at, bool whole)
{
    for (size_t i = 0; i < n; i++) {
        const char *w = ex->pool + arr[i];
        size_t wl = strlen(w);
        if (wl && at >= wl && (!whole || wl == at) &&
            memcmp(s + at - wl, w, wl) == 0)
            return true;
    }
    return false;
}

bool mt_ex_word_is(const mt_extractor *ex, const uint32_t *arr, size_t n,
                   const char *s, size_t len)
{
    return word_end(ex, arr, n, s, len, true);
}

bool mt_ex_word_ends(const mt_extractor *ex, const uint32_t *arr, size_t n,
                     const char *s, size_t at)
{
    return word_end(ex, arr, n, s, at, false);
}

size_t mt_ex_word_opens(const mt_extractor *ex, const uint32_t *arr, size_t n,
                        const char *s, size_t len)
{
    size_t best = 0;
    for (size_t i = 0; i < n; i++) {
        const char *w = ex->pool + arr[i];
        size_t wl = strlen(w);
        if (wl > best && wl <= len && memcmp(s, w, wl) == 0)
            best = wl;
    }
    return best;
}
