/*
 * Which names are one organisation (stage.h): the names the sources use
 * are joined before their sentences are read (a shorter form to the
 * longer name it stands for, a short name a text defines, 「X(Y)」, an
 * English name to a Japanese one by its reading or loanword), and after
 * them by the events they share; the attacker a text describes joins the
 * one it names.  Two names listed side by side are never joined.  The
 * table itself (orgs.c) keeps its invariant: no two organisations share
 * a name or alias.
 */
#include "draft/stage.h"

#include "core/internal.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ---- collection and consolidation (before the sentences are read) ---- */

static bool has_alias(const org *o, const char *s)
{
    if (strcmp(o->name, s) == 0)
        return true;
    for (size_t k = 0; k < o->aliases.n; k++)
        if (strcmp(((char **)o->aliases.v)[k], s) == 0)
            return true;
    return false;
}

static void drop_alias(org *o, const char *s)
{
    char **v = o->aliases.v;
    for (size_t k = 0; k < o->aliases.n; k++)
        if (draft_ascii_ieq(v[k], strlen(v[k]), s)) {
            free(v[k]);
            v[k] = v[--o->aliases.n];
            k--;
        }
}

/* Merge organisation a into b (a's names become b's aliases) and remove
 * a from the table.  Only before any event, claim or mention refers to
 * an index. */
static void merge_into(ctx *c, long a, long b)
{
    c->names++;
    org *oa = draft_org_at(c, a), *ob = draft_org_at(c, b);
    char **slot = draft_vec_push(&ob->aliases, sizeof(char *));
    if (!slot) {
        draft_oom(c);
        return;
    }
    *slot = oa->name;
    oa->name = NULL;
    ob = draft_org_at(c, b);
    for (size_t k = 0; k < oa->aliases.n; k++) {
        char *s = ((char **)oa->aliases.v)[k];
        if (has_alias(ob, s)) {
            free(s);
            continue;
        }
        slot = draft_vec_push(&ob->aliases, sizeof(char *));
        if (!slot) {
            free(s);
            draft_oom(c);
            continue;
        }
        *slot = s;
        ob = draft_org_at(c, b);
    }
    free(oa->aliases.v);
    if (!ob->romaji)
        ob->romaji = oa->romaji;
    else
        free(oa->romaji);
    if (ob->kind == ORG_UNKNOWN)
        ob->kind = oa->kind;
    ob->regulator = ob->regulator || oa->regulator;
    ob->ministry = ob->ministry || oa->ministry;
    if (oa->first < ob->first)
        ob->first = oa->first;
    org *v = (org *)c->orgs.v;
    memmove(&v[a], &v[a + 1], (c->orgs.n - (size_t)a - 1) * sizeof(org));
    c->orgs.n--;
}

/* The length of the longest region_after word ("Canada", "of the
 * Americas") that opens at, whole words in any case as hits.c matches
 * them; 0 when none does.  One pass over that kind's rows. */
static size_t region_word_at(const ctx *c, const char *at)
{
    const draft_cues *cu = c->in->cues;
    size_t nk, best = 0;
    const size_t *rows = draft_cues_of(cu, CUE_REGION_AFTER, &nk);
    for (size_t i = 0; i < nk; i++) {
        size_t k = rows[i], n = cu->len[k];
        if (n > best && strnlen(at, n) == n &&
            draft_ascii_ieqn(at, n, cu->word[k], n) &&
            (at[n] == '\0' || at[n] == ' '))
            best = n;
    }
    return best;
}

/* One of English words w, whole, opens with a region_after word
 * ("Canada", "Canada Inc.", "Group Asia Pte. Ltd."). */
static bool region_among(const ctx *c, const char *w)
{
    for (const char *at = w; *at;) {
        if (region_word_at(c, at))
            return true;
        const char *sp = strchr(at, ' ');
        at = sp ? sp + 1 : at + strlen(at);
    }
    return false;
}

/*
 * a's name is a shorter form of b's: b ends in a's name, the part they
 * share ends in a name ending of the kind tables (半田病院 in つるぎ町立半田
 * 病院), and a's name has at least two characters before that ending;
 * or b is a's name and a company ending of org_forms.tsv (カシオ of カシオ
 * 計算機, 鹿島 of 鹿島建設: two characters at least, a name the tables do
 * not know as another organisation), or グループ likewise; or b is a's
 * name and a loanword's
 * plural ズ or ス (four characters at least before it); or (English) a's
 * name opens b's as whole words ("Kojima" in "Kojima Industries"), the
 * table does not know b and no region is among the words after a
 * ("Nintendo Canada", "Nikkei Group Asia": units, units.c) nor among a's
 * ("Nintendo Canada" is no short form of "Nintendo Canada Finance", a
 * unit of its own).
 */
static bool shorter_form(ctx *c, const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la >= lb)
        return false;
    /* A loanword's plural dropped: NTTビジネスソリューション of
     * NTTビジネスソリューションズ, システム of システムズ. */
    if (lb == la + 3 && memcmp(a, b, la) == 0 &&
        (memcmp(b + la, "\xe3\x82\xba", 3) == 0 ||  /* ズ */
         memcmp(b + la, "\xe3\x82\xb9", 3) == 0) && /* ス */
        mt_utf8_chars(a, la) >= 4)
        return true;
    if ((unsigned char)a[0] >= 0x80) {
        const draft_orgtab *tab = c->in->orgtab;
        /* カシオ of カシオ計算機, 鹿島 of 鹿島建設: the name without its
         * trade word (a company ending of org_forms.tsv), unless the
         * tables know the short one as an organisation of its own. */
        for (size_t i = 0; tab && memcmp(b, a, la) == 0 && i < tab->nforms; i++)
            if (tab->forms[i].kind == ORG_COMPANY &&
                strcmp(b + la, tab->forms[i].form) == 0 &&
                mt_utf8_chars(a, la) >= 2 && !draft_orgtab_find(tab, a, la))
                return true;
        /* セイコー of セイコーグループ: a group is named by its core's
         * name (グループ is no name ending of its own: ハッカーグループ). */
        if (lb == la + strlen("グループ") && memcmp(b, a, la) == 0 &&
            strcmp(b + la, "グループ") == 0 && mt_utf8_chars(a, la) >= 2 &&
            !draft_orgtab_find(tab, a, la))
            return true;
        if (memcmp(b + lb - la, a, la) != 0)
            return false;
        for (size_t i = 0; tab && i < tab->nforms; i++) {
            size_t fl = strlen(tab->forms[i].form);
            if (fl < la && memcmp(a + la - fl, tab->forms[i].form, fl) == 0 &&
                mt_utf8_chars(a, la - fl) >= 2)
                return true;
        }
        return false;
    }
    /* (Not when a region follows: "Nintendo Canada" and "Nikkei Group
     * Asia" are the group's units, units.c.) */
    return memcmp(a, b, la) == 0 && b[la] == ' ' &&
           !draft_orgtab_find(c->in->orgtab, b, lb) &&
           !region_among(c, b + la + 1) && !region_among(c, a);
}

bool draft_kind_word(const draft_orgtab *tab, const char *w, size_t n,
                     draft_org_kind *kind)
{
    bool form = false;
    for (size_t k = 0; tab && k < tab->nforms; k++)
        if ((unsigned char)tab->forms[k].form[0] < 0x80 &&
            draft_ascii_ieq(w, n, tab->forms[k].form)) {
            *kind = tab->forms[k].kind;
            return true;
        }
    for (size_t k = 0; tab && k < tab->nkind_words && !form; k++)
        form = draft_ascii_ieq(w, n, tab->kind_words[k]);
    return form;
}

/* The core of an English name, lower case, no spaces or punctuation
 * ("Handa Hospital" -> "handa", kind hospital); false when fewer than min
 * letters are left or it is no Latin name.  (Matching a reading asks
 * four: a shorter core matches one by chance; a unit's core beside its
 * region is a group's name, "TDK", whatever its length.) */
static bool en_core(const draft_orgtab *tab, const char *name, char *out,
                    size_t size, size_t min, draft_org_kind *kind)
{
    *kind = ORG_UNKNOWN;
    size_t w = 0;
    const char *p = name;
    while (*p) {
        while (*p == ' ')
            p++;
        const char *e = p;
        while (*e && *e != ' ')
            e++;
        size_t n = (size_t)(e - p);
        bool form = draft_kind_word(tab, p, n, kind);
        for (size_t i = 0; i < n && !form; i++) {
            unsigned char ch = (unsigned char)p[i];
            if (ch >= 0x80)
                return false;
            if (draft_ascii_alnum(ch) && w + 1 < size)
                out[w++] = (char)((ch >= 'A' && ch <= 'Z') ? ch + 32 : ch);
        }
        p = e;
    }
    out[w] = '\0';
    return w >= min;
}

/* The folded romaji of the leading or trailing tokens of a Japanese
 * reading equal the English core (コジマ プレスコウギョウ opens with
 * "kojima"; つる ぎ チョウリツ ハンダ ビョウイン holds "handa" before its
 * ending). */
static bool reading_has(const char *romaji, const char *core)
{
    size_t cl = strlen(core);
    /* Any run of whole tokens, joined without spaces. */
    for (const char *a = romaji; *a;) {
        char buf[256];
        size_t w = 0;
        for (const char *q = a; *q && w < sizeof buf - 1; q++) {
            if (*q == ' ') {
                buf[w] = '\0';
                if (w == cl && memcmp(buf, core, cl) == 0)
                    return true;
                continue;
            }
            buf[w++] = *q;
        }
        buf[w] = '\0';
        if (w == cl && memcmp(buf, core, cl) == 0)
            return true;
        const char *sp = strchr(a, ' ');
        if (!sp)
            break;
        a = sp + 1;
    }
    return false;
}

size_t draft_loan_key(const char *in, bool en, char *out, size_t size)
{
    size_t n = strlen(in), w = 0;
    for (size_t i = 0; i < n;) {
        const char *q = in + i;
        char k = 0;
        size_t step = 1;
        bool vowel = strchr("aeiou", *q) != NULL;
        if (vowel || *q == 'w' || *q == 'y' || *q == '-' || *q == ' ') {
            i++;
            continue;
        }
        if (strncmp(q, "tch", 3) == 0) {
            k = 'C';
            step = 3;
        } else if (en &&
                   (strncmp(q, "tion", 4) == 0 || strncmp(q, "sion", 4) == 0)) {
            k = 'S'; /* and its n follows */
            step = 3;
        } else if (strncmp(q, "ch", 2) == 0) {
            k = 'C';
            step = 2;
        } else if (strncmp(q, "sh", 2) == 0 ||
                   (en && strncmp(q, "th", 2) == 0)) {
            k = 'S';
            step = 2;
        } else if (en && strncmp(q, "ph", 2) == 0) {
            k = 'F';
            step = 2;
        } else if (en &&
                   (strncmp(q, "ck", 2) == 0 || strncmp(q, "qu", 2) == 0)) {
            k = 'K';
            step = 2;
        } else if (!en && strncmp(q, "ts", 2) == 0) {
            k = 'T';
            step = 2;
        } else {
            switch (*q) {
            case 's':
            case 'z':
            case 'j':
                k = 'S';
                break;
            case 'c':
                k = en && q[1] && strchr("eiy", q[1]) ? 'S' : 'K';
                break;
            case 'x':
                k = 'K';
                break;
            case 'l':
            case 'r':
                /* An English r between a vowel and a consonant is not
                 * heard in katakana (マーケティング). */
                if (en && *q == 'r' && i > 0 && strchr("aeiou", q[-1]) &&
                    (!q[1] || !strchr("aeiouy", q[1])))
                    k = 0;
                else
                    k = 'R';
                break;
            case 'v':
                k = 'B';
                break;
            case 'h':
                /* Silent after g or w ("high", "white"). */
                k = en && i > 0 && (q[-1] == 'g' || q[-1] == 'w') ? 0 : 'H';
                break;
            default:
                if ((*q >= 'a' && *q <= 'z') || (*q >= '0' && *q <= '9'))
                    k = (char)(*q >= 'a' ? *q - 32 : *q);
                break;
            }
        }
        i += step;
        if (!k || (w && out[w - 1] == k))
            continue;
        if (w + 1 >= size)
            return 0;
        out[w++] = k;
    }
    out[w] = '\0';
    return w;
}

/* English core and romaji reading say the same loanwords: their
 * skeletons (draft_loan_key) are equal and six sounds long at least, so that
 * chance does not join two names. */
static bool loan_match(const char *romaji, const char *core)
{
    char a[128], b[128];
    size_t na = draft_loan_key(core, true, a, sizeof a);
    size_t nb = draft_loan_key(romaji, false, b, sizeof b);
    return na >= 6 && na == nb && memcmp(a, b, na) == 0;
}

static bool kinds_agree(draft_org_kind a, draft_org_kind b)
{
    return a == ORG_UNKNOWN || b == ORG_UNKNOWN || a == b;
}

/* English names the table does not know that spell a Japanese name's
 * reading ("Handa Hospital", 半田病院) join it. */
static void join_languages(ctx *c)
{
    for (size_t e = 0; e < c->orgs.n && c->st == MT_OK; e++) {
        org *oe = draft_org_at(c, (long)e);
        char core[128];
        draft_org_kind ek;
        if (draft_orgtab_find(c->in->orgtab, oe->name, strlen(oe->name)) ||
            !en_core(c->in->orgtab, oe->name, core, sizeof core, 4, &ek))
            continue;
        for (size_t j = 0; j < c->orgs.n; j++) {
            org *oj = draft_org_at(c, (long)j);
            if (j == e || !oj->romaji || !kinds_agree(ek, oj->kind) ||
                !(reading_has(oj->romaji, core) ||
                  loan_match(oj->romaji, core)))
                continue;
            merge_into(c, (long)e, (long)j);
            e--; /* the next organisation moved into slot e */
            break;
        }
    }
}

/* 「三菱重工業（以下、三菱重工）」, 「X（以下「Y」という）」, "Mitsubishi
 * Heavy Industries (MHI)": the name in the parenthesis after a name is
 * the text's short name for it.  [*a, *b) is that name; false when none. */
static bool defined_short(const ctx *c, const draft_sentence *s, size_t end,
                          size_t *a, size_t *b)
{
    static const char *const lead[] = {
        "\xef\xbc\x88\xe4\xbb\xa5\xe4\xb8\x8b\xe3\x80\x81", /* （以下、 */
        "\xef\xbc\x88\xe4\xbb\xa5\xe4\xb8\x8b",             /* （以下 */
        "(\xe4\xbb\xa5\xe4\xb8\x8b\xe3\x80\x81",            /* (以下、 */
        "(\xe4\xbb\xa5\xe4\xb8\x8b",                        /* (以下 */
    };
    const char *t = s->text;
    for (size_t k = 0; k < MT_ARRAY_LEN(lead); k++) {
        size_t l = strlen(lead[k]);
        if (end + l > s->len || memcmp(t + end, lead[k], l) != 0)
            continue;
        size_t i = end + l;
        if (draft_at(t, s->len, i, "\xe3\x80\x8c"))
            i += 3; /* 「 */
        size_t j = i;
        while (j < s->len && j < i + 60 && t[j] != ')' &&
               !draft_at(t, s->len, j, "\xef\xbc\x89") && /* ） */
               !draft_at(t, s->len, j, "\xe3\x80\x8d") && /* 」 */
               !draft_at(t, s->len, j, "\xe3\x80\x81"))   /* 、 */
            j++;
        /* Only a name the parenthesis closes: never one cut at the limit
         * (it could end inside a character). */
        bool closed = j < s->len &&
                      (t[j] == ')' || draft_at(t, s->len, j, "\xef\xbc\x89") ||
                       draft_at(t, s->len, j, "\xe3\x80\x8d") ||
                       draft_at(t, s->len, j, "\xe3\x80\x81"));
        /* 「（以下、当グループとします。）」: the definition's verb
         * (draft_cues.tsv define_verb: とします, という ...) is no part of
         * the name. */
        size_t e = j;
        if (e >= i + 3 && draft_at(t, s->len, e - 3, "\xe3\x80\x82")) /* 。 */
            e -= 3;
        for (size_t v = e > i + 15 ? e - 15 : i; v < e; v++)
            if (draft_cue_prefix(c, CUE_DEFINE_VERB, t + v, e - v) == e - v) {
                j = v;
                break;
            }
        if (j > i && closed) {
            *a = i;
            *b = j;
            return true;
        }
    }
    /* English: " (MHI)", capitals and digits only. */
    if (end + 3 < s->len && t[end] == ' ' && t[end + 1] == '(') {
        size_t i = end + 2, j = i;
        while (j < s->len && j < i + 12 &&
               ((t[j] >= 'A' && t[j] <= 'Z') || (t[j] >= '0' && t[j] <= '9') ||
                t[j] == '&'))
            j++;
        if (j - i >= 2 && j < s->len && t[j] == ')') {
            *a = i;
            *b = j;
            return true;
        }
    }
    return false;
}

/* The code points of s[0..len) into out (at most max); false when s is
 * not UTF-8 or has more. */
static bool code_points_n(const char *s, size_t len, uint32_t *out, size_t max,
                          size_t *n)
{
    *n = 0;
    for (size_t i = 0; i < len; (*n)++) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(len - i), &cp);
        if (k <= 0 || *n == max)
            return false;
        out[*n] = (uint32_t)cp;
        i += (size_t)k;
    }
    return true;
}

static bool code_points(const char *s, uint32_t *out, size_t max, size_t *n)
{
    return code_points_n(s, strlen(s), out, max, n);
}

/* The inside [*i, *j) of a parenthesis, ( or （, that opens at byte b of
 * s and closes, with ) or ）, within max bytes; false when none does or
 * it is empty. */
static bool paren_after(const draft_sentence *s, size_t b, size_t max,
                        size_t *i, size_t *j)
{
    size_t open = mt_paren_open(s->text, s->len, b);
    size_t end = mt_paren_end(s->text, s->len, b, max);
    if (!open || end == b)
        return false;
    *i = b + open;
    *j = end - (s->text[end - 1] == ')' ? 1 : 3); /* ) or ） */
    return *j > *i;
}

/* 「NTTコミュニケーションズ(NTTコム)」「日本年金機構(年金機構)」: a plain
 * parenthesis right after the name [xa, xb) that holds a shorter form of
 * it (two characters or more, opening with its first two, or its
 * characters all found in it in order) is the text's short name for it.
 * A seat (大阪市, 東京: draft_seat_place, checked by the caller), an
 * age (52) or another's name is none. */
static bool plain_short(const draft_sentence *s, size_t xa, size_t xb,
                        size_t *a, size_t *b)
{
    const char *t = s->text;
    size_t i, j;
    if (!paren_after(s, xb, 40, &i, &j))
        return false;
    uint32_t x[64], y[16];
    size_t nx, ny;
    if (!code_points_n(t + xa, xb - xa, x, 64, &nx) ||
        !code_points_n(t + i, j - i, y, 16, &ny) || ny < 2 || ny >= nx)
        return false;
    /* 「株式会社ヒバリネット(ヒバリ社)」: the company called by some
     * of its characters and 社 (which its legal form holds, before them) */
    if (ny >= 3 && y[ny - 1] == 0x793E) /* 社 */
        ny--;
    bool prefix = x[0] == y[0] && x[1] == y[1], in_order = true;
    for (size_t q = 0, p = 0; q < ny && in_order; q++) {
        while (p < nx && x[p] != y[q])
            p++;
        in_order = p < nx;
        p++;
    }
    if (!prefix && !in_order)
        return false;
    *a = i;
    *b = j;
    return true;
}

/* 「ツグミエンジニアリングサービス(TES)」: a plain parenthesis
 * right after a name written in Japanese that holds capitals only (two to
 * eight, digits after the first allowed) is the text's Latin short name
 * for it, which no character of the name can show. */
static bool acronym_short(ctx *c, const draft_sentence *s, size_t xa, size_t xb,
                          size_t *a, size_t *b)
{
    const char *t = s->text;
    size_t i, j;
    if (xa >= xb || (unsigned char)t[xa] < 0x80)
        return false; /* a Latin name: plain_short reads its capitals */
    if (!paren_after(s, xb, 9, &i, &j))
        return false;
    size_t caps = 0;
    for (size_t k = i; k < j; k++) {
        bool cap = t[k] >= 'A' && t[k] <= 'Z';
        if (!cap && !(k > i && t[k] >= '0' && t[k] <= '9'))
            return false;
        caps += cap;
    }
    if (caps < 2)
        return false;
    /* A document's or a country's letters (PDF, US): no name. */
    if (draft_cue_value(c, CUE_NOT_SHORT, t + i, j - i, false))
        return false;
    *a = i;
    *b = j;
    return true;
}

/* 「株式会社X（以下、当社）」: 当社 is a word every release uses for its
 * own company (an anaphor cue), not a name of X in the others. */
static bool anaphor_word(ctx *c, const char *s, size_t n)
{
    return draft_cue_value(c, CUE_ANAPHOR, s, n, false) ||
           draft_cue_value(c, CUE_ANAPHOR_START, s, n, false);
}

/* Name s is katakana (with ー, ・ and Latin letters) alone. */
static bool katakana_name(const char *s)
{
    size_t n = strlen(s);
    bool kana = false;
    for (size_t i = 0; i < n;) {
        unsigned char ch = (unsigned char)s[i];
        if (ch < 0x80) {
            if (!draft_ascii_alnum(ch) && ch != ' ')
                return false;
            i++;
            continue;
        }
        if (!draft_katakana(draft_cp3(s, n, i)))
            return false;
        kana = true;
        i += 3;
    }
    return kana;
}

void draft_orgs_collect(ctx *c, const draft_source *const *srcs, size_t n)
{
    for (size_t i = 0; i < n && c->st == MT_OK; i++) {
        const draft_source *s = srcs[i];
        if (s->publisher &&
            (s->kind == MT_KIND_OFFICIAL || s->kind == MT_KIND_AUTHORITY))
            draft_org_get(c, s->publisher, NULL, 0);
        for (size_t k = 0; k < s->nsentences && c->st == MT_OK; k++) {
            const draft_sentence *st = &s->sentences[k];
            bool headline = draft_title_case(st);
            for (size_t j = 0; j < st->nspans && c->st == MT_OK; j++) {
                const draft_span *x = &st->spans[j];
                if (x->kind != DRAFT_ORG || !x->value || x->end > st->len ||
                    (headline && !draft_orgtab_find(c->in->orgtab, x->value,
                                                    strlen(x->value))))
                    continue;
                long oi = draft_org_get(c, x->value, st->text + x->start,
                                        x->end - x->start);
                size_t sa, sb;
                if (oi >= 0 &&
                    (defined_short(c, st, x->end, &sa, &sb) ||
                     plain_short(st, x->start, x->end, &sa, &sb) ||
                     acronym_short(c, st, x->start, x->end, &sa, &sb)) &&
                    !anaphor_word(c, st->text + sa, sb - sa) &&
                    !draft_seat_place(c->in->orgtab, st, sa, sb) &&
                    draft_org_find(c, st->text + sa, sb - sa) < 0)
                    draft_org_add_alias(c, oi, st->text + sa, sb - sa);
                char rom[256];
                /* A katakana name no table knows is its own reading
                 * (ヒバリプレシジョン from 株式会社…, which MeCab did not
                 * read); a table's names are its English names. */
                const char *rd = x->reading;
                const char *nm = oi >= 0 ? draft_org_at(c, oi)->name : NULL;
                if (!rd && nm && katakana_name(nm) &&
                    !draft_orgtab_find(c->in->orgtab, nm, strlen(nm)))
                    rd = nm;
                if (oi >= 0 && rd && !draft_org_at(c, oi)->romaji &&
                    draft_romaji(c->in->orgtab, rd, rom, sizeof rom) &&
                    !(draft_org_at(c, oi)->romaji = mt_strdup(rom)))
                    draft_oom(c);
            }
        }
    }
    /* Shorter forms join the longest name they are part of (each merge
     * removes an organisation: the restarts end). */
    for (bool again = true; again && c->st == MT_OK;) {
        again = false;
        for (size_t a = 0; a < c->orgs.n && !again; a++) {
            const char *na = draft_org_at(c, (long)a)->name;
            if (draft_orgtab_find(c->in->orgtab, na, strlen(na)))
                continue;
            for (size_t b = 0; b < c->orgs.n && !again; b++)
                if (a != b &&
                    shorter_form(c, na, draft_org_at(c, (long)b)->name)) {
                    merge_into(c, (long)a, (long)b);
                    again = true;
                }
        }
    }
    /* A table name's surface that opens one longer name ("Kojima" of the
     * retailer コジマ, "Kojima Industries") is that name's; one that opens
     * several stays where the table put it.  One pass: an alias moves at
     * most once. */
    for (size_t a = 0; a < c->orgs.n && c->st == MT_OK; a++) {
        org *oa = draft_org_at(c, (long)a);
        for (size_t k = 0; k < oa->aliases.n && c->st == MT_OK;) {
            const char *al = ((char **)oa->aliases.v)[k];
            long to = -1;
            int found = 0;
            for (size_t b = 0; b < c->orgs.n && (unsigned char)al[0] < 0x80;
                 b++)
                if (shorter_form(c, al, draft_org_at(c, (long)b)->name)) {
                    to = (long)b;
                    found++;
                }
            if (found != 1 || to == (long)a) {
                k++;
                continue;
            }
            char *keep = mt_strdup(al);
            if (!keep) {
                draft_oom(c);
                return;
            }
            drop_alias(oa, keep); /* the next alias is now at k */
            c->names++;
            draft_org_add_alias(c, to, keep, strlen(keep));
            free(keep);
            oa = draft_org_at(c, (long)a);
        }
    }
    join_languages(c);
}

/* ---- identity from shared facts (after the sentences are read) ---- */

static size_t shared_events(ctx *c, long a, long b)
{
    const event *ev = (const event *)c->events.v;
    size_t n = 0;
    for (size_t i = 0; i < c->events.n; i++) {
        if (ev[i].dropped || ev[i].org != a)
            continue;
        for (size_t k = 0; k < c->events.n; k++)
            if (!ev[k].dropped && ev[k].org == b && ev[k].type == ev[i].type &&
                draft_same_day(&ev[k].date, &ev[i].date)) {
                n++;
                break;
            }
    }
    return n;
}

static bool latin_name(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s >= 0x80)
            return false;
    return true;
}

/* Two Japanese spellings of one name, as outlets misname a body
 * (名古屋港運協会, 名古屋港湾協会): the same first three characters or
 * more and the same last two or more, one or two characters between
 * them that differ, none a character of contrast. */
static bool spelling_variant(const ctx *c, const char *a, const char *b)
{
    uint32_t ca[64], cb[64];
    size_t na, nb;
    if (!code_points(a, ca, 64, &na) || !code_points(b, cb, 64, &nb))
        return false;
    size_t pre = 0, suf = 0;
    while (pre < na && pre < nb && ca[pre] == cb[pre])
        pre++;
    while (suf < na - pre && suf < nb - pre &&
           ca[na - 1 - suf] == cb[nb - 1 - suf])
        suf++;
    size_t ma = na - pre - suf, mb = nb - pre - suf;
    if (pre < 3 || suf < 2 || ma < 1 || mb < 1 || ma > 2 || mb > 2)
        return false;
    /* 第一/第二病院, 東/西日本: characters that tell two bodies apart
     * (data/draft_cues.tsv, kind contrast). */
    const draft_cues *cu = c->in->cues;
    size_t nk;
    const size_t *rows = draft_cues_of(cu, CUE_CONTRAST, &nk);
    for (size_t r = 0; r < nk; r++) {
        size_t k = rows[r];
        uint32_t w[4];
        size_t nw;
        if (!code_points(cu->word[k], w, 4, &nw) || nw != 1)
            continue;
        for (size_t i = 0; i < ma; i++)
            if (ca[pre + i] == w[0])
                return false;
        for (size_t i = 0; i < mb; i++)
            if (cb[pre + i] == w[0])
                return false;
    }
    return true;
}

/* a and b were listed side by side: two organisations. */
static bool listed_apart(ctx *c, long a, long b)
{
    const org *o = draft_org_at(c, a);
    for (size_t i = 0; i < o->distinct.n; i++)
        if (((const long *)o->distinct.v)[i] == b)
            return true;
    return false;
}

void draft_orgs_listed_apart(ctx *c, long a, long b)
{
    if (a == b || a < 0 || b < 0 || listed_apart(c, a, b))
        return;
    long *x = draft_vec_push(&draft_org_at(c, a)->distinct, sizeof(long));
    long *y =
        x ? draft_vec_push(&draft_org_at(c, b)->distinct, sizeof(long)) : NULL;
    if (!x || !y) {
        draft_oom(c);
        return;
    }
    *x = b;
    *y = a;
}

/* Organisation e is best: its names become best's (when names), its
 * events and claims move there, and entries that became one merge. */
static void merge_org(ctx *c, long e, long best, bool names)
{
    org *oe = draft_org_at(c, e);
    oe->merged_into = best;
    c->names++;
    for (size_t k = 0; names && k <= oe->aliases.n; k++) {
        const char *al = k ? ((char **)oe->aliases.v)[k - 1] : oe->name;
        draft_org_add_alias(c, best, al, strlen(al));
    }
    org *ob = draft_org_at(c, best);
    ob->hints |= oe->hints & ~ROLE_HINT_ATTACKER;
    ob->linked = ob->linked || oe->linked;
    /* What was listed beside e is another organisation than best too. */
    for (size_t k = 0; k < oe->distinct.n && c->st == MT_OK; k++) {
        long x = ((const long *)oe->distinct.v)[k];
        if (x != best)
            draft_orgs_listed_apart(c, best, x);
    }
    ob->official = ob->official || oe->official;
    if (oe->nsources > ob->nsources)
        ob->nsources = oe->nsources;
    /* No role of its own left: no stage picks it as a victim. */
    oe->hints = 0;
    oe->official = false;
    event *ev = (event *)c->events.v;
    for (size_t i = 0; i < c->events.n; i++)
        if (ev[i].org == e)
            ev[i].org = best;
    claim *cl = (claim *)c->claims.v;
    for (size_t i = 0; i < c->claims.n; i++)
        if (cl[i].org == e)
            cl[i].org = best;
    /* Entries of the same type and a compatible date are one now. */
    for (size_t i = 0; i < c->events.n; i++) {
        if (ev[i].dropped || ev[i].org != best)
            continue;
        for (size_t k = i + 1; k < c->events.n; k++) {
            if (ev[k].dropped || ev[k].org != best ||
                ev[k].type != ev[i].type ||
                !draft_dates_compatible(&ev[k].date, &ev[i].date))
                continue;
            if (draft_cites_merge(&ev[i].cites, &ev[k].cites) != MT_OK) {
                draft_oom(c);
                return;
            }
            if (draft_precision(&ev[k].date.date) >
                draft_precision(&ev[i].date.date))
                ev[i].date = ev[k].date;
            draft_event_absorb(&ev[i], &ev[k]);
            ev[k].dropped = true;
        }
    }
}

void draft_orgs_join_by_events(ctx *c)
{
    for (size_t e = 0; e < c->orgs.n && c->st == MT_OK; e++) {
        org *oe = draft_org_at(c, (long)e);
        if (oe->merged_into >= 0 || oe->kind == ORG_ATTACKER ||
            oe->kind == ORG_MEDIA ||
            draft_orgtab_find(c->in->orgtab, oe->name, strlen(oe->name)))
            continue;
        bool latin = latin_name(oe->name);
        long best = -1;
        size_t best_n = 0;
        for (size_t j = 0; j < c->orgs.n; j++) {
            org *oj = draft_org_at(c, (long)j);
            if (j == e || oj->merged_into >= 0 ||
                !kinds_agree(oe->kind, oj->kind) ||
                listed_apart(c, (long)e, (long)j))
                continue;
            /* A Japanese name joins another spelling of it that more
             * sources use (the first one on a tie). */
            bool variant =
                !latin &&
                (oj->nsources > oe->nsources ||
                 (oj->nsources == oe->nsources && j < e)) &&
                !draft_orgtab_find(c->in->orgtab, oj->name, strlen(oj->name)) &&
                spelling_variant(c, oe->name, oj->name);
            if (latin ? latin_name(oj->name) : !variant)
                continue;
            /* Two shared events, or one when both names say the same
             * kind (a university, a hospital); two for a spelling. */
            size_t n = shared_events(c, (long)e, (long)j);
            size_t need =
                !variant && oe->kind != ORG_UNKNOWN && oe->kind == oj->kind ? 1
                                                                            : 2;
            if (n >= need && n > best_n) {
                best = (long)j;
                best_n = n;
            }
        }
        if (best < 0)
            continue;
        merge_org(c, (long)e, best, true);
    }
}

/* The core of a unit's English name without its region's words (any
 * region_after cue, the longest at each word): "Panasonic Corporation of
 * Canada" and "Panasonic Canada" are both "panasonic"; "Panasonic Canada
 * Finance" keeps "panasonicfinance".  (A region before the name stays:
 * "American Honda" and "Honda of America" are two companies.)  False
 * when no Latin name or nothing is left. */
static bool unit_core(ctx *c, const char *name, char *out, size_t size)
{
    char buf[256];
    size_t w = 0;
    for (const char *at = name; *at;) {
        if (*at == ' ') {
            at++;
            continue;
        }
        size_t skip = region_word_at(c, at);
        if (skip) {
            at += skip;
            continue;
        }
        size_t n = strcspn(at, " ");
        if (w + n + 2 > sizeof buf)
            return false;
        memcpy(buf + w, at, n);
        w += n;
        buf[w++] = ' ';
        at += n;
    }
    buf[w] = '\0';
    draft_org_kind kind;
    return en_core(c->in->orgtab, buf, out, size, 1, &kind);
}

/* Units in one region that sources name with nothing but the group's
 * name, the region and a legal form ("Panasonic Canada", "Panasonic
 * Corporation of Canada") are one unit, whichever organisation each was
 * read as the unit of (the group's names may not have joined yet): the name
 * more sources use stands (on a tie the one read first), the other becomes its
 * alias. A unit with words of its own ("Panasonic of Canada Finance") stays
 * apart. */
/* The length of an English unit's core (unit_core) kept per organisation
 * while join_plain_units runs. */
#define UNIT_CORE_MAX 128

static void join_plain_units(ctx *c)
{
    /* Each unit's core once (units are few, but not the pairs of them);
     * an empty core: no unit, or a name with none (a unit a Japanese
     * source describes has no Latin name). */
    char(*core)[UNIT_CORE_MAX] =
        calloc(c->orgs.n ? c->orgs.n : 1, sizeof *core);
    if (!core) {
        draft_oom(c);
        return;
    }
    for (size_t u = 0; u < c->orgs.n; u++) {
        const org *o = draft_org_at(c, (long)u);
        if (o->merged_into >= 0 || o->unit_of < 0 || !o->region ||
            !unit_core(c, o->name, core[u], sizeof core[u]))
            core[u][0] = '\0';
    }
    for (size_t u = 0; u < c->orgs.n && c->st == MT_OK; u++) {
        if (draft_org_at(c, (long)u)->merged_into >= 0)
            continue; /* merged into an earlier unit of its core */
        for (size_t v = u + 1; core[u][0] && v < c->orgs.n && c->st == MT_OK;
             v++) {
            const org *ou = draft_org_at(c, (long)u),
                      *ov = draft_org_at(c, (long)v);
            if (ov->merged_into >= 0 || !core[v][0] ||
                strcmp(ov->region, ou->region) != 0 ||
                strcmp(core[u], core[v]) != 0)
                continue;
            if (ov->nsources > ou->nsources) {
                merge_org(c, (long)u, (long)v, true);
                break; /* u is merged: v stands for both */
            }
            merge_org(c, (long)v, (long)u, true);
        }
    }
    free(core);
}

void draft_orgs_fold_units(ctx *c)
{
    join_plain_units(c);
    for (size_t u = 0; u < c->orgs.n && c->st == MT_OK; u++) {
        const org *ou = draft_org_at(c, (long)u);
        if (!ou->described || ou->merged_into >= 0 || ou->unit_of < 0)
            continue;
        /* (Its name only says whose it is: the named unit's stands.) */
        long g = draft_org_resolved(c, ou->unit_of),
             named = draft_unit_in(c, g, ou->region, true);
        if (named >= 0)
            merge_org(c, (long)u, named, false);
        else if (g != (long)u)
            merge_org(c, (long)u, g, false);
    }
}

static long unnamed_attacker(ctx *c)
{
    for (size_t o = 0; o < c->orgs.n; o++)
        if (draft_org_at(c, (long)o)->unnamed)
            return (long)o;
    return -1;
}

long draft_unnamed_attacker(ctx *c)
{
    long oi = unnamed_attacker(c);
    if (oi >= 0)
        return oi;
    oi = draft_org_get(c, "unnamed attacker", NULL, 0);
    if (oi >= 0) {
        org *o = draft_org_at(c, oi);
        o->kind = ORG_ATTACKER;
        o->hints |= ROLE_HINT_ATTACKER;
        o->unnamed = true;
    }
    return oi;
}

void draft_orgs_name_attacker(ctx *c)
{
    long un = unnamed_attacker(c);
    if (un < 0)
        return;
    /* The attackers with a dated event of their own. */
    long named = -1;
    size_t n = 0;
    const event *ev = (const event *)c->events.v;
    for (size_t o = 0; o < c->orgs.n; o++) {
        const org *x = draft_org_at(c, (long)o);
        if ((long)o == un || x->merged_into >= 0 ||
            !draft_is_attacker(c, (long)o))
            continue;
        bool dated = false;
        for (size_t i = 0; i < c->events.n && !dated; i++)
            dated = !ev[i].dropped && ev[i].org == (long)o;
        if (dated) {
            named = (long)o;
            n++;
        }
    }
    if (n == 1)
        merge_org(c, un, named, false);
}
