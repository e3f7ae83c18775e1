/*
 * Strings for the span list and lexicon lookups shared by the scanner's
 * stages (scan.h).
 */
#include "extract/scan.h"

#include <stdlib.h>

/* ---- strings and span list --------------------------------------------- */

/* First size of a span list's string pool and span array. */
#define SPAN_POOL_MIN 256
#define SPAN_LIST_MIN 64

uint32_t mt_ex_str(span_list *l, const char *s, size_t n)
{
    if (!s || l->nomem)
        return 0;
    /* Offset 0 is "" (none): the first string reserves it.  Offsets are
     * uint32_t, so the pool stays below 4 GiB. */
    size_t lead = l->pool_len == 0;
    if (n > UINT32_MAX - 2 - l->pool_len) {
        l->nomem = true;
        return 0;
    }
    size_t need = l->pool_len + lead + n + 1;
    if (need > l->pool_cap) {
        size_t nc = l->pool_cap ? l->pool_cap : SPAN_POOL_MIN;
        while (nc < need) {
            if (nc > SIZE_MAX / 2) { /* 32-bit size_t */
                l->nomem = true;
                return 0;
            }
            nc *= 2;
        }
        char *np = realloc(l->pool, nc);
        if (!np) {
            l->nomem = true;
            return 0;
        }
        l->pool = np;
        l->pool_cap = nc;
    }
    if (lead)
        l->pool[l->pool_len++] = '\0';
    uint32_t off = (uint32_t)l->pool_len;
    memcpy(l->pool + l->pool_len, s, n);
    l->pool[l->pool_len + n] = '\0';
    l->pool_len += n + 1;
    return off;
}

span_rec *mt_ex_push(span_list *l, int kind, size_t start, size_t end)
{
    if (l->nomem)
        return NULL;
    if (l->n == l->cap) {
        size_t nc = l->cap ? l->cap * 2 : SPAN_LIST_MIN;
        if (nc > SIZE_MAX / sizeof *l->v) {
            l->nomem = true;
            return NULL;
        }
        span_rec *nv = realloc(l->v, nc * sizeof *nv);
        if (!nv) {
            l->nomem = true;
            return NULL;
        }
        l->v = nv;
        l->cap = nc;
    }
    span_rec *r = &l->v[l->n++];
    memset(r, 0, sizeof *r);
    r->kind = (uint8_t)kind;
    r->start = start;
    r->end = end;
    return r;
}

/* Copy a string into the span pool once per call: the strings are
 * mostly the extractor's (mods, units, types), so a small cache keyed by
 * address saves copying them for every span. */
uint32_t mt_ex_cstr(span_list *l, const char *s)
{
    if (!s)
        return 0;
    size_t h = ((uintptr_t)s >> 3) % SPAN_STR_CACHE;
    if (l->cache_key[h] == s)
        return l->cache_off[h];
    uint32_t off = mt_ex_str(l, s, strlen(s));
    l->cache_key[h] = s;
    l->cache_off[h] = off;
    return off;
}

/* Like cstr for strings that live only during the call (formatted
 * values): never cached. */
uint32_t mt_ex_tstr(span_list *l, const char *s, size_t n)
{
    return mt_ex_str(l, s, n);
}

/* ---- lexicon helpers ---------------------------------------------------- */

/* The trie hits at i, from the cache or a new walk (borrowed until the
 * next call). */
static const lex_hit *hits_at(const scan *sc, size_t i, int *nh)
{
    hitcache *hc = sc->hc;
    for (unsigned k = 0; k < HITCACHE; k++)
        if (hc->pos[k] == i) {
            *nh = hc->nh[k];
            return hc->hits[k];
        }
    unsigned k = hc->next++ % HITCACHE;
    hc->pos[k] = i;
    if (i >= sc->len) {
        hc->nh[k] = 0;
    } else {
        int n;
        uint32_t c = mt_ex_decode(sc->s, sc->len, i, &n);
        if (c < 0x10000 && !((sc->ex->any_cp[c >> 3] >> (c & 7)) & 1)) {
            hc->nh[k] = 0;
        } else {
            *sc->work += sc->ex->maxdepth;
            hc->nh[k] = mt_ex_lex_match(sc->ex, sc->s, sc->len, i, hc->hits[k]);
        }
    }
    *nh = hc->nh[k];
    return hc->hits[k];
}

/* The longest hit at i carrying an entry of class cls (and, for LEX_MOD,
 * the given position and applicability); *end gets where it ends. */
const lex_entry *mt_ex_longest(const scan *sc, size_t i, int cls, int pos,
                               int applies, size_t *end)
{
    int c;
    const lex_hit *hits = hits_at(sc, i, &c);
    for (int h = c - 1; h >= 0; h--) {
        for (int32_t e = hits[h].entry; e >= 0; e = sc->ex->entries[e].next) {
            const lex_entry *le = &sc->ex->entries[e];
            if (le->cls != cls)
                continue;
            if (cls == LEX_MOD && (le->a != pos || !(le->b & applies)))
                continue;
            if (!mt_ex_entry_ok(sc->ex, sc->s, sc->len, i, hits[h].end, le))
                continue;
            *end = hits[h].end;
            return le;
        }
    }
    return NULL;
}

const char *mt_ex_pstr(const scan *sc, uint32_t off)
{
    return off ? sc->ex->pool + off : NULL;
}
