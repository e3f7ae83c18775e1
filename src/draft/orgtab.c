/*
 * The organisation tables the draft reads: data/orgs*.tsv (the
 * extractor's alias tables, read here for every alias and the kind of
 * each organisation), data/org_forms.tsv, the legal forms, seats and
 * generic words, and data/kana.tsv (readings to romaji) and
 * data/kana_variants.tsv.  Names are looked up by a spelling key: the
 * name folded as the extractor folds text, with the loanword variants of
 * kana_variants.tsv made one (ファイナン/フィナン) and a word-final long
 * vowel mark after katakana dropped, so that two spellings of one
 * company find one entry (draft_same_spelling, draft_spelling_key).
 */
#include "draft/stage.h"

#include "core/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static const char *const org_kinds[] = {
    [ORG_UNKNOWN] = NULL,
    [ORG_COMPANY] = "company",
    [ORG_GOVERNMENT] = "government",
    [ORG_POLICE] = "police",
    [ORG_CERT] = "cert",
    [ORG_MEDIA] = "media",
    [ORG_ATTACKER] = "attacker",
    [ORG_VENDOR] = "vendor",
    [ORG_HOSPITAL] = "hospital",
    [ORG_UNIVERSITY] = "university",
    [ORG_OTHER] = "other",
};

static int org_kind_of(const char *s, size_t n)
{
    for (size_t k = 1; k < MT_ARRAY_LEN(org_kinds); k++)
        if (strlen(org_kinds[k]) == n && memcmp(org_kinds[k], s, n) == 0)
            return (int)k;
    return -1;
}

/* The tables in load order: the hand-written ones first, so that their
 * names win over the generated one. */
static const char *const org_files[] = {
    "orgs.tsv",        "orgs_public.tsv",  "orgs_media.tsv",
    "orgs_actors.tsv", "orgs_vendors.tsv", "orgs_edinet.tsv",
};

/* data/kana_variants.tsv: variant, standard (may be empty). */
static mt_status variant_row(draft_orgtab *out, const char *a, size_t an,
                             const char *b, size_t bn, const char **bad)
{
    /* A standard no longer than its variant keeps a key no longer than
     * the name (spelling_key, draft_key_matches read it so). */
    if (!an || bn > an || (unsigned char)a[0] < 0x80) {
        *bad = !an       ? "empty variant"
               : bn > an ? "standard longer than its variant"
                         : "variant not in kana";
        return MT_ERR_INPUT;
    }
    if (!mt_grow_pow2_at(&out->variants, out->nvariants, sizeof *out->variants))
        return MT_ERR_NOMEM;
    struct draft_variant *v = &out->variants[out->nvariants];
    *v = (struct draft_variant){mt_strndup(a, an), mt_strndup(b, bn), an, bn};
    out->nvariants++; /* freed with the table, whole or not */
    return v->from && v->to ? MT_OK : MT_ERR_NOMEM;
}

static int cmp_variants(const void *pa, const void *pb)
{
    const struct draft_variant *a = pa, *b = pb;
    if (a->from_len != b->from_len)
        return a->from_len > b->from_len ? -1 : 1;
    return strcmp(a->from, b->from);
}

/* A katakana letter, ァ to ヺ: draft_katakana less ・ and ー. */
static bool kana_letter(unsigned cp)
{
    return draft_katakana(cp) && cp < 0x30FB;
}

/* The variant of t that s[i..n) opens with (the longest: t keeps them
 * longest first), SIZE_MAX when none or t is NULL. */
static size_t variant_at(const draft_orgtab *t, const char *s, size_t n,
                         size_t i)
{
    for (size_t v = 0; t && i < n && v < t->nvariants; v++) {
        const struct draft_variant *x = &t->variants[v];
        if (x->from[0] == s[i] && x->from_len <= n - i &&
            memcmp(s + i, x->from, x->from_len) == 0)
            return v;
    }
    return SIZE_MAX;
}

/* A name read for comparison (draft_same_spelling): the bytes of its
 * spelling key, one piece at a time. */
typedef struct spelling {
    const draft_orgtab *t;
    const char *s, *piece;
    size_t n, i, left; /* left: bytes of piece not yet read */
} spelling;

/* The next byte of the key, -1 past its end. */
static int spelling_next(spelling *sp)
{
    while (!sp->left) {
        if (sp->i >= sp->n)
            return -1;
        const char *s = sp->s;
        size_t n = sp->n, i = sp->i;
        /* Only kana and their marks (U+3000 to U+30FF, lead byte E3) vary
         * or drop: every other byte is itself, undecoded. */
        if ((unsigned char)s[i] != 0xE3) {
            sp->piece = s + i;
            sp->left = 1;
            sp->i++;
            break;
        }
        size_t v = variant_at(sp->t, s, n, i);
        if (v != SIZE_MAX) {
            sp->piece = sp->t->variants[v].to;
            sp->left = sp->t->variants[v].to_len;
            sp->i += sp->t->variants[v].from_len;
            continue;
        }
        /* ー (U+30FC) ending a katakana word: a letter (ァ to ヺ) or
         * another ー before it, no letter next (a variant read as nothing,
         * ・, is passed over: スーパー・マーケット is one word). */
        if (i >= 3 && n - i >= 3 && memcmp(s + i, "\xe3\x83\xbc", 3) == 0 &&
            (kana_letter(draft_cp3(s, n, i - 3)) ||
             draft_cp3(s, n, i - 3) == 0x30FC)) {
            size_t j = i + 3, w;
            while ((w = variant_at(sp->t, s, n, j)) != SIZE_MAX &&
                   !sp->t->variants[w].to_len)
                j += sp->t->variants[w].from_len;
            if (!kana_letter(draft_cp3(s, n, j))) {
                sp->i += 3;
                continue;
            }
        }
        sp->piece = s + i;
        sp->left = 1;
        sp->i++;
    }
    sp->left--;
    char ch = *sp->piece++;
    if (ch >= 'A' && ch <= 'Z')
        ch = (char)(ch - 'A' + 'a');
    return (unsigned char)ch;
}

bool draft_same_spelling(const draft_orgtab *t, const char *a, size_t an,
                         const char *b, size_t bn)
{
    spelling x = {t, a, NULL, an, 0, 0}, y = {t, b, NULL, bn, 0, 0};
    for (;;) {
        int p = spelling_next(&x), q = spelling_next(&y);
        if (p != q)
            return false;
        if (p < 0)
            return true;
    }
}

size_t draft_spelling_key(const draft_orgtab *t, const char *name, size_t n,
                          char *out)
{
    spelling sp = {t, name, NULL, n, 0, 0};
    size_t len = 0;
    for (int ch; (ch = spelling_next(&sp)) >= 0;)
        out[len++] = (char)ch;
    out[len] = '\0';
    return len;
}

bool draft_key_matches(const draft_orgtab *t, const char *key, size_t klen,
                       const char *name, size_t n)
{
    /* The key is no longer than its name; a name without kana (no E3
     * byte) is its own key's length. */
    if (klen > n || (klen != n && !memchr(name, 0xE3, n)))
        return false;
    spelling sp = {t, name, NULL, n, 0, 0};
    for (size_t i = 0; i < klen; i++)
        if (spelling_next(&sp) != (unsigned char)key[i])
            return false;
    return spelling_next(&sp) < 0;
}

/* name's spelling key in a string of its own; NULL when out of memory. */
static char *spelling_key(const draft_orgtab *t, const char *name, size_t n)
{
    char *k = malloc(n + 1);
    if (k)
        draft_spelling_key(t, name, n, k);
    return k;
}

/* name folded for comparison: NFKC, case folded, white space removed,
 * then read as its spelling key (draft_same_spelling: トヨタフィナンシャル
 * finds the table's トヨタファイナンシャル); NULL when out of memory or
 * not UTF-8. */
static char *fold(const draft_orgtab *t, const char *s, size_t n)
{
    char *z = mt_strndup(s, n);
    if (!z)
        return NULL;
    utf8proc_uint8_t *f = utf8proc_NFKC_Casefold((const utf8proc_uint8_t *)z);
    free(z);
    if (!f)
        return NULL;
    size_t w = 0;
    for (size_t i = 0; f[i]; i++)
        if (f[i] != ' ' && f[i] != '\t')
            f[w++] = f[i];
    f[w] = '\0';
    char *k = spelling_key(t, (const char *)f, w);
    free(f);
    return k;
}

static int cmp_keys(const void *pa, const void *pb)
{
    const struct draft_orgkey *a = pa, *b = pb;
    int c = strcmp(a->key, b->key);
    if (c)
        return c;
    return a->entry < b->entry ? -1 : a->entry > b->entry;
}

static mt_status add_key(draft_orgtab *t, const char *name, size_t n,
                         size_t entry)
{
    char *k = fold(t, name, n);
    if (!k)
        return MT_ERR_NOMEM;
    if (!mt_grow_pow2_at(&t->keys, t->nkeys, sizeof *t->keys)) {
        free(k);
        return MT_ERR_NOMEM;
    }
    t->keys[t->nkeys++] = (struct draft_orgkey){k, entry};
    return MT_OK;
}

static mt_status load_org_file(draft_orgtab *out, const char *dir,
                               const char *file, mt_error *err)
{
    mt_tsv t;
    mt_status st = mt_tsv_open_in(&t, dir, file, err);
    if (st != MT_OK)
        return st;
    const char *path = t.path;
    int cc = mt_tsv_col(&t, "canonical"), ca = mt_tsv_col(&t, "aliases"),
        ck = mt_tsv_col(&t, "kind"), cf = mt_tsv_col(&t, "for");
    if (cc < 0 || ca < 0 || ck < 0) {
        mt_tsv_close(&t);
        return mt_error_at(err, MT_ERR_INPUT, path, -1,
                           "%s needs columns canonical, aliases, kind", file);
    }
    int r;
    while ((r = mt_tsv_next(&t, err)) == 1) {
        int kind = org_kind_of(t.field[ck], t.field_len[ck]);
        const char *al = t.field[ca];
        size_t al_n = t.field_len[ca];
        bool empty_alias =
            al_n && (al[0] == '|' || al[al_n - 1] == '|' || strstr(al, "||"));
        /* for: "-" or the name of the body a group works for */
        bool sponsor = cf >= 0 && t.field_len[cf] &&
                       !(t.field_len[cf] == 1 && t.field[cf][0] == '-');
        const char *bad = t.field_len[cc] == 0 ? "empty canonical name"
                          : empty_alias        ? "empty alias"
                          : kind < 0           ? "unknown organisation kind"
                          : cf >= 0 && !t.field_len[cf]
                              ? "empty for (write - for none)"
                              : NULL;
        if (bad) {
            r = mt_error_line(err, MT_ERR_INPUT, path, t.line, "%s ('%s')", bad,
                              kind < 0 ? t.field[ck] : t.field[cc]);
            break;
        }
        if (!mt_grow_pow2_at(&out->v, out->n, sizeof *out->v)) {
            r = MT_ERR_NOMEM;
            break;
        }
        draft_orgtab_entry *e = &out->v[out->n];
        memset(e, 0, sizeof *e);
        e->kind = (draft_org_kind)kind;
        e->name = mt_strndup(t.field[cc], t.field_len[cc]);
        e->sponsor = sponsor ? mt_strndup(t.field[cf], t.field_len[cf]) : NULL;
        e->sponsor_file = file;
        e->sponsor_line = t.line;
        out->n++;
        if (!e->name || (sponsor && !e->sponsor) ||
            add_key(out, e->name, t.field_len[cc], out->n - 1)) {
            r = MT_ERR_NOMEM;
            break;
        }
        const char *p = t.field[ca];
        while (*p && r == 1) {
            const char *bar = strchr(p, '|');
            size_t n = bar ? (size_t)(bar - p) : strlen(p);
            if (n) {
                char *a = mt_strndup(p, n);
                if (!a || !mt_grow_pow2_at(&e->aliases, e->naliases,
                                           sizeof(char *))) {
                    free(a);
                    r = MT_ERR_NOMEM;
                    break;
                }
                e->aliases[e->naliases++] = a;
                if (add_key(out, a, n, out->n - 1) != MT_OK)
                    r = MT_ERR_NOMEM;
            }
            p += n + (bar ? 1 : 0);
        }
        if (r != 1)
            break;
    }
    mt_tsv_close(&t);
    if (r == MT_ERR_NOMEM)
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    return r < 0 ? (mt_status)r : MT_OK;
}

/* One row of a two-column file for draft_orgtab_load: fields a and b
 * (lengths an, bn) into out.  MT_OK, MT_ERR_NOMEM, or MT_ERR_INPUT with
 * *bad saying what is wrong with the row. */
typedef mt_status (*pair_row)(draft_orgtab *out, const char *a, size_t an,
                              const char *b, size_t bn, const char **bad);

/* Read data file `file` of dir, whose columns include ca and cb, row by
 * row into out.  A bad row is an MT_ERR_INPUT naming the file and line. */
static mt_status load_pairs(draft_orgtab *out, const char *dir,
                            const char *file, const char *ca, const char *cb,
                            pair_row row, mt_error *err)
{
    mt_tsv t;
    mt_status st = mt_tsv_open_in(&t, dir, file, err);
    if (st != MT_OK)
        return st;
    const char *path = t.path;
    int ia = mt_tsv_col(&t, ca), ib = mt_tsv_col(&t, cb);
    if (ia < 0 || ib < 0) {
        mt_tsv_close(&t);
        return mt_error_at(err, MT_ERR_INPUT, path, -1,
                           "%s needs columns %s, %s", file, ca, cb);
    }
    int r;
    while ((r = mt_tsv_next(&t, err)) == 1) {
        const char *bad = NULL;
        st = row(out, t.field[ia], t.field_len[ia], t.field[ib],
                 t.field_len[ib], &bad);
        if (st == MT_ERR_INPUT) {
            r = mt_error_line(err, MT_ERR_INPUT, path, t.line,
                              "%s: %s '%s', %s '%s'", bad, ca, t.field[ia], cb,
                              t.field[ib]);
            break;
        }
        if (st != MT_OK) {
            r = MT_ERR_NOMEM;
            break;
        }
    }
    mt_tsv_close(&t);
    if (r == MT_ERR_NOMEM)
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    return r < 0 ? (mt_status)r : MT_OK;
}

/* data/org_forms.tsv: form, kind. */
static mt_status form_row(draft_orgtab *out, const char *a, size_t an,
                          const char *b, size_t bn, const char **bad)
{
    int kind = org_kind_of(b, bn);
    if (kind < 0 || an == 0) {
        *bad = an ? "unknown kind" : "empty form";
        return MT_ERR_INPUT;
    }
    if (!mt_grow_pow2_at(&out->forms, out->nforms, sizeof *out->forms))
        return MT_ERR_NOMEM;
    char *f = mt_strndup(a, an);
    if (!f)
        return MT_ERR_NOMEM;
    out->forms[out->nforms++] = (struct draft_orgform){f, (draft_org_kind)kind};
    return MT_OK;
}

static mt_status push_str(char ***v, size_t *n, const char *s, size_t len)
{
    if (!mt_grow_pow2_at(v, *n, sizeof **v))
        return MT_ERR_NOMEM;
    char *w = mt_strndup(s, len);
    if (!w)
        return MT_ERR_NOMEM;
    (*v)[(*n)++] = w;
    return MT_OK;
}

/* data/seats.tsv: word, kind (place | head). */
static mt_status seat_row(draft_orgtab *out, const char *a, size_t an,
                          const char *b, size_t bn, const char **bad)
{
    bool place = bn == 5 && memcmp(b, "place", 5) == 0;
    bool head = bn == 4 && memcmp(b, "head", 4) == 0;
    if ((!place && !head) || an == 0) {
        *bad = an ? "unknown seat kind" : "empty seat word";
        return MT_ERR_INPUT;
    }
    return place ? push_str(&out->seat_places, &out->nseat_places, a, an)
                 : push_str(&out->seat_heads, &out->nseat_heads, a, an);
}

/* The space-separated words of s[0..n) into out's kind words. */
static mt_status push_words(draft_orgtab *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        while (i < n && s[i] == ' ')
            i++;
        size_t j = i;
        while (j < n && s[j] != ' ')
            j++;
        if (j > i) {
            mt_status st =
                push_str(&out->kind_words, &out->nkind_words, s + i, j - i);
            if (st != MT_OK)
                return st;
        }
        i = j;
    }
    return MT_OK;
}

/* data/legal_forms.tsv: form, script; the Japanese ones (ja, jakey) and
 * the English ones (en) whole, and the words of the English ones and of
 * the institutional endings (eninst).  A form listed twice (prefix and
 * suffix) is kept twice, which strip_form does not mind. */
static mt_status legal_form_row(draft_orgtab *out, const char *a, size_t an,
                                const char *b, size_t bn, const char **bad)
{
    if (!an) {
        *bad = "empty form";
        return MT_ERR_INPUT;
    }
    bool en = bn == 2 && memcmp(b, "en", 2) == 0;
    bool inst = bn == 6 && memcmp(b, "eninst", 6) == 0;
    if ((bn == 2 && memcmp(b, "ja", 2) == 0) ||
        (bn == 5 && memcmp(b, "jakey", 5) == 0)) {
        /* a form both before and after names (株式会社) is kept once */
        for (size_t i = 0; i < out->nja_forms; i++)
            if (strlen(out->ja_forms[i]) == an &&
                memcmp(out->ja_forms[i], a, an) == 0)
                return MT_OK;
        return push_str(&out->ja_forms, &out->nja_forms, a, an);
    }
    if (!en && !inst)
        return MT_OK;
    mt_status st = push_words(out, a, an);
    if (st == MT_OK && en)
        st = push_str(&out->en_forms, &out->nen_forms, a, an);
    return st;
}

/* data/org_generic.tsv: word; the Latin ones ("Group"). */
static mt_status generic_row(draft_orgtab *out, const char *a, size_t an,
                             const char *b, size_t bn, const char **bad)
{
    (void)b;
    (void)bn;
    if (!an) {
        *bad = "empty word";
        return MT_ERR_INPUT;
    }
    return (unsigned char)a[0] < 0x80 ? push_words(out, a, an) : MT_OK;
}

static int cmp_longest(const void *pa, const void *pb)
{
    size_t la = strlen(*(char *const *)pa), lb = strlen(*(char *const *)pb);
    return la > lb ? -1 : la < lb;
}

static int cmp_kana(const void *pa, const void *pb)
{
    const struct draft_kana *a = pa, *b = pb;
    size_t la = mt_utf8_chars(a->kana, strlen(a->kana)),
           lb = mt_utf8_chars(b->kana, strlen(b->kana));
    if (la != lb)
        return la > lb ? -1 : 1;
    return strcmp(a->kana, b->kana);
}

/* data/kana.tsv: kana, romaji. */
static mt_status kana_row(draft_orgtab *out, const char *a, size_t an,
                          const char *b, size_t bn, const char **bad)
{
    if (!an || !bn) {
        *bad = "empty kana or romaji";
        return MT_ERR_INPUT;
    }
    if (!mt_grow_pow2_at(&out->kana, out->nkana, sizeof *out->kana))
        return MT_ERR_NOMEM;
    struct draft_kana *k = &out->kana[out->nkana];
    k->kana = mt_strndup(a, an);
    k->romaji = mt_strndup(b, bn);
    out->nkana++; /* freed with the table, whole or not */
    return k->kana && k->romaji ? MT_OK : MT_ERR_NOMEM;
}

/* Katakana for hiragana: ぎ -> ギ (U+3041..3096 -> U+30A1..30F6). */
static void to_katakana(char *s, size_t n)
{
    for (size_t i = 0; i + 3 <= n; i++) {
        unsigned cp = draft_cp3(s, n, i);
        if (!cp)
            continue;
        if (draft_hiragana(cp)) {
            cp += 0x60; /* the same row of the katakana block */
            s[i + 1] = (char)(0x80 | ((cp >> 6) & 0x3F));
            s[i + 2] = (char)(0x80 | (cp & 0x3F));
        }
        i += 2;
    }
}

bool draft_romaji(const draft_orgtab *t, const char *reading, char *out,
                  size_t size)
{
    if (!t || !reading || size < 2)
        return false;
    size_t rn = strlen(reading), w = 0;
    char *kata = mt_strndup(reading, rn);
    if (!kata)
        return false;
    to_katakana(kata, rn);
    bool ok = true, sokuon = false;
    for (size_t i = 0; i < rn && ok;) {
        unsigned char c = (unsigned char)kata[i];
        if (c < 0x80) {
            char lc = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
            if (w + 1 >= size)
                ok = false;
            else if ((lc >= 'a' && lc <= 'z') || (lc >= '0' && lc <= '9') ||
                     lc == ' ')
                out[w++] = lc;
            i++;
            continue;
        }
        if (i + 3 > rn) {
            ok = false; /* a cut character */
            break;
        }
        if (memcmp(kata + i, "\xe3\x83\xbc", 3) == 0) { /* ー */
            i += 3;
            continue;
        }
        if (memcmp(kata + i, "\xe3\x83\x83", 3) == 0) { /* ッ */
            sokuon = true;
            i += 3;
            continue;
        }
        size_t k = 0;
        for (; k < t->nkana; k++) {
            size_t kl = strlen(t->kana[k].kana);
            if (i + kl <= rn && memcmp(kata + i, t->kana[k].kana, kl) == 0)
                break;
        }
        if (k == t->nkana) {
            ok = false;
            break;
        }
        const char *ro = t->kana[k].romaji;
        size_t rl = strlen(ro);
        if (w + rl + 2 >= size) {
            ok = false;
            break;
        }
        if (sokuon && ro[0] != 'a' && ro[0] != 'i' && ro[0] != 'u' &&
            ro[0] != 'e' && ro[0] != 'o')
            out[w++] = ro[0];
        sokuon = false;
        memcpy(out + w, ro, rl);
        w += rl;
        i += strlen(t->kana[k].kana);
    }
    free(kata);
    if (!ok)
        return false;
    out[w] = '\0';
    /* Fold as English spellings do: ou, oo -> o; uu -> u; m before b, m,
     * p -> n (Shimbun, shinbun). */
    size_t r = 0;
    for (size_t i = 0; i < w; i++) {
        char ch = out[i];
        if ((ch == 'u' || ch == 'o') && r > 0 && out[r - 1] == 'o')
            continue;
        if (ch == 'u' && r > 0 && out[r - 1] == 'u')
            continue;
        if (ch == 'm' && i + 1 < w &&
            (out[i + 1] == 'b' || out[i + 1] == 'm' || out[i + 1] == 'p'))
            ch = 'n';
        out[r++] = ch;
    }
    out[r] = '\0';
    return true;
}

mt_status draft_orgtab_load(draft_orgtab *out, const char *data_dir,
                            mt_error *err)
{
    memset(out, 0, sizeof *out);
    const char *dir = data_dir ? data_dir : mt_data_dir();
    /* The spelling variants first: the tables' keys are read with them
     * (fold). */
    mt_status st = load_pairs(out, dir, "kana_variants.tsv", "variant",
                              "standard", variant_row, err);
    /* Longest variant first: ヴァ before ヴ. */
    if (st == MT_OK && out->nvariants > 1)
        qsort(out->variants, out->nvariants, sizeof *out->variants,
              cmp_variants);
    for (size_t i = 0; st == MT_OK && i < MT_ARRAY_LEN(org_files); i++)
        st = load_org_file(out, dir, org_files[i], err);
    if (st == MT_OK)
        st = load_pairs(out, dir, "org_forms.tsv", "form", "kind", form_row,
                        err);
    if (st == MT_OK)
        st = load_pairs(out, dir, "kana.tsv", "kana", "romaji", kana_row, err);
    if (st == MT_OK)
        st = load_pairs(out, dir, "seats.tsv", "word", "kind", seat_row, err);
    if (st == MT_OK)
        st = load_pairs(out, dir, "legal_forms.tsv", "form", "script",
                        legal_form_row, err);
    if (st == MT_OK) /* one column: "word" read as both */
        st = load_pairs(out, dir, "org_generic.tsv", "word", "word",
                        generic_row, err);
    if (st != MT_OK) {
        draft_orgtab_free(out);
        return st;
    }
    /* "Co., Ltd." before "Ltd.": the longest form a name ends in. */
    if (out->nen_forms > 1)
        qsort(out->en_forms, out->nen_forms, sizeof *out->en_forms,
              cmp_longest);
    if (out->nja_forms > 1)
        qsort(out->ja_forms, out->nja_forms, sizeof *out->ja_forms,
              cmp_longest);
    /* Longest kana first: draft_romaji takes the first that fits. */
    if (out->nkana > 1)
        qsort(out->kana, out->nkana, sizeof *out->kana, cmp_kana);
    /* Equal keys keep load order, so the first table's entry comes first
     * and draft_orgtab_find() returns it. */
    if (out->nkeys > 1)
        qsort(out->keys, out->nkeys, sizeof *out->keys, cmp_keys);
    /* A group works for a body the tables name by that canonical name. */
    for (size_t i = 0; i < out->n; i++) {
        const char *sp = out->v[i].sponsor;
        const draft_orgtab_entry *e =
            sp ? draft_orgtab_find(out, sp, strlen(sp)) : NULL;
        if (sp && (!e || strcmp(e->name, sp) != 0)) {
            char path[1024];
            snprintf(path, sizeof path, "%s/%s", dir, out->v[i].sponsor_file);
            st = mt_error_line(err, MT_ERR_INPUT, path, out->v[i].sponsor_line,
                               "'%s' is said to work for '%s', which no "
                               "organisation table names",
                               out->v[i].name, sp);
            draft_orgtab_free(out);
            return st;
        }
    }
    return MT_OK;
}

/* Free v[0..n) and v. */
static void free_strs(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

void draft_orgtab_free(draft_orgtab *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->n; i++) {
        free(t->v[i].name);
        free(t->v[i].sponsor);
        free_strs(t->v[i].aliases, t->v[i].naliases);
    }
    free(t->v);
    for (size_t i = 0; i < t->nkeys; i++)
        free(t->keys[i].key);
    free(t->keys);
    for (size_t i = 0; i < t->nforms; i++)
        free(t->forms[i].form);
    free(t->forms);
    for (size_t i = 0; i < t->nkana; i++) {
        free(t->kana[i].kana);
        free(t->kana[i].romaji);
    }
    free(t->kana);
    for (size_t i = 0; i < t->nvariants; i++) {
        free(t->variants[i].from);
        free(t->variants[i].to);
    }
    free(t->variants);
    free_strs(t->seat_places, t->nseat_places);
    free_strs(t->seat_heads, t->nseat_heads);
    free_strs(t->en_forms, t->nen_forms);
    free_strs(t->ja_forms, t->nja_forms);
    free_strs(t->kind_words, t->nkind_words);
    memset(t, 0, sizeof *t);
}

const draft_orgtab_entry *draft_orgtab_find(const draft_orgtab *t,
                                            const char *name, size_t n)
{
    if (!t || !t->nkeys || !n)
        return NULL;
    char *k = fold(t, name, n);
    if (!k)
        return NULL;
    size_t lo = 0, hi = t->nkeys;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(t->keys[mid].key, k) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    const draft_orgtab_entry *e = NULL;
    if (lo < t->nkeys && strcmp(t->keys[lo].key, k) == 0)
        e = &t->v[t->keys[lo].entry];
    free(k);
    return e;
}

draft_org_kind draft_orgtab_form_kind(const draft_orgtab *t, const char *name,
                                      size_t n)
{
    if (!t)
        return ORG_UNKNOWN;
    /* The longest ending wins: 県警 over 県. */
    size_t best = 0;
    draft_org_kind kind = ORG_UNKNOWN;
    for (size_t i = 0; i < t->nforms; i++) {
        size_t fl = strlen(t->forms[i].form);
        if (fl <= best || fl > n)
            continue;
        if (memcmp(name + n - fl, t->forms[i].form, fl) == 0) {
            best = fl;
            kind = t->forms[i].kind;
        }
    }
    return kind;
}
