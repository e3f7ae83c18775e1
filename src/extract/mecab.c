/*
 * The MeCab pass: organisation names that neither the alias table nor a
 * legal-form pattern finds, from noun compounds.  MeCab (ipadic) splits
 * 徳島県つるぎ町立半田病院 into 徳島/県/つる/ぎ/町立/半田/病院; a run of
 * nouns (with ・ inside) is a compound, and a compound is a name when
 *   - it opens with the form of a body (data/legal_forms.tsv, jakey:
 *     公益社団法人緑丘会); or
 *   - it ends in a name ending of data/org_forms.tsv (病院, 工業, 協会)
 *     and holds a proper noun, a katakana or a Latin word, or a word that
 *     data/org_generic.tsv does not list (総合病院 is no name; 町立半田病院
 *     and 北陵大学 are), less a leading prefecture (徳島県, which the
 *     alias table names on its own); or
 *   - it holds a token ipadic tags 名詞,固有名詞,組織 and its other
 *     tokens are katakana or Latin words ipadic does not know or knows as
 *     proper nouns (NTTマーケティングアクトProCX, not KADOKAWAオフィシャル
 *     サイト); else the organisation tokens alone are the name.
 * A compound that neither rule makes a name is one where the words
 * around it say so: 「<head>の」 before it (data/org_heads.tsv: 印刷会社の
 * イセトー, 委託先のX) or a seat in parentheses after it (X(京都市)), when
 * one of its words is unknown to ipadic or a proper noun of neither a
 * place nor a person.
 * A compound of ASCII only is left to the scanner's English rules.
 * A compound that starts with a word that refers back (同病院, 当社) is
 * none.  A name that contains organisation spans the scanner found
 * replaces them (東京ガス in 東京ガスエンジニアリングソリューションズ),
 * unless it only adds グループ; one inside a span found is dropped.
 *
 * The model is loaded once, on first use, under a mutex; each call makes
 * its own tagger and lattice (MeCab's model is shared between threads,
 * taggers and lattices are not).  Text is parsed a line at a time, and a
 * line in pieces of at most PIECE_MAX bytes cut after a clause mark or a
 * space where there is one: MeCab takes time quadratic in a run of
 * characters of one class (a 100 kB run of digits took 17 s), and
 * sentences are far shorter than a piece.
 */
#include "extract/extract_internal.h"

#include "core/internal.h"
#include "matome/text.h"

#include <mecab.h>
#include <utf8proc.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define IPADIC_UTF8 "/var/lib/mecab/dic/ipadic-utf8"

/* Longest piece of a line MeCab is given, in bytes; a cut is looked for
 * in its second half. */
#define PIECE_MAX 1024

/* The kind of a span this pass replaced, compacted away at its end. */
#define SPAN_DROPPED 255

/* Longest compound looked at, in tokens. */
#define COMPOUND_MAX 24

static mecab_model_t *get_model(mt_extractor *ex, mt_error *err)
{
    pthread_mutex_lock(&ex->mecab_lock);
    if (!ex->mecab_model && !ex->mecab_failed) {
        struct stat st;
        const char *args = stat(IPADIC_UTF8, &st) == 0 ? "-d " IPADIC_UTF8 : "";
        ex->mecab_model = mecab_model_new2(args);
        if (!ex->mecab_model)
            ex->mecab_failed = 1;
    }
    mecab_model_t *m = ex->mecab_model;
    pthread_mutex_unlock(&ex->mecab_lock);
    if (!m)
        mt_error_set(err, MT_ERR_INPUT,
                     "cannot load the MeCab dictionary (ipadic-utf8)");
    return m;
}

void mt_ex_mecab_free(mt_extractor *ex)
{
    if (ex && ex->mecab_model) {
        mecab_model_destroy(ex->mecab_model);
        ex->mecab_model = NULL;
    }
}

static bool starts(const char *feature, const char *prefix)
{
    return feature && strncmp(feature, prefix, strlen(prefix)) == 0;
}

/* A token that can be part of a name compound. */
static bool nounish(const char *f)
{
    if (!starts(f, "名詞"))
        return false;
    return !starts(f, "名詞,非自立") && !starts(f, "名詞,代名詞") &&
           !starts(f, "名詞,数") && !starts(f, "名詞,接尾,助数詞") &&
           !starts(f, "名詞,副詞可能") && !starts(f, "名詞,接尾,助動詞語幹");
}

/* s[0..n) is punctuation alone: ASCII ("-" before 「金融庁は」 in a
 * list, which ipadic may tag a noun) or Unicode punctuation and spaces
 * (categories Pc to Po, Zs; not symbols: ㈱ is So and part of names), or
 * a mix (「)、」 after 「6日(米国時間」, one unknown token to ipadic): no
 * part of a name's edge. */
static bool punct_only(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (mt_ex_is_alnum(c))
                return false;
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0)
            return false;
        utf8proc_category_t cat = utf8proc_category(cp);
        if ((cat < UTF8PROC_CATEGORY_PC || cat > UTF8PROC_CATEGORY_PO) &&
            cat != UTF8PROC_CATEGORY_ZS)
            return false;
        i += (size_t)k;
    }
    return n > 0;
}

/* Every byte of s[0..n) is ASCII. */
static bool ascii_only(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            return false;
    return true;
}

/* Every character of s[0..n) is katakana (or ー, ・) or an ASCII letter,
 * digit or &. */
static bool kana_or_latin(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (!mt_ex_is_alnum(c) && c != '&' && c != '.' && c != '-')
                return false;
            i++;
            continue;
        }
        if (i + 3 > n || c != 0xE3)
            return false;
        unsigned cp = ((c & 0x0Fu) << 12) |
                      (((unsigned char)s[i + 1] & 0x3Fu) << 6) |
                      ((unsigned char)s[i + 2] & 0x3Fu);
        if (!(cp >= 0x30A1 && cp <= 0x30FC)) /* katakana, ・, ー */
            return false;
        i += 3;
    }
    return n > 0;
}

typedef struct tok {
    size_t a, b; /* bytes of the text */
    const char *feature;
    bool unk; /* a word ipadic does not know */
} tok;

/* The reading of a token: ipadic's eighth feature field, else (unknown
 * words, Latin) the surface; into out (n bytes at most). */
static size_t tok_reading(const char *s, const tok *t, char *out, size_t n)
{
    const char *f = t->feature;
    int field = 0;
    const char *r = NULL;
    size_t rl = 0;
    for (const char *q = f; *q; q++) {
        if (*q == ',') {
            if (++field == 7) {
                r = q + 1;
                const char *e = strchr(r, ',');
                rl = e ? (size_t)(e - r) : strlen(r);
                break;
            }
        }
    }
    if (!r || rl == 0 || (rl == 1 && *r == '*')) {
        r = s + t->a;
        rl = t->b - t->a;
    }
    if (rl >= n)
        return 0;
    memcpy(out, r, rl);
    return rl;
}

static bool ends_with(const char *s, size_t n, const char *lit, size_t ln)
{
    return n > ln && memcmp(s + n - ln, lit, ln) == 0;
}

/* The compound's text ends in a name ending of org_forms.tsv. */
static bool has_form(const mt_extractor *ex, const char *s, size_t n)
{
    for (size_t i = 0; i < ex->norg_forms; i++) {
        const char *f = ex->pool + ex->org_forms[i];
        size_t fl = strlen(f);
        if ((unsigned char)f[0] < 0x80)
            continue; /* English endings are the scanner's */
        if (ends_with(s, n, f, fl))
            return true;
    }
    return false;
}

/* The run of nouns from node nd (before lim) is a name ending of
 * org_forms.tsv and nothing else (高等学校). */
static bool form_follows(const mt_extractor *ex, const mecab_node_t *nd,
                         const char *lim)
{
    const char *a = nd->surface, *b = a;
    for (; nd && nd->surface == b && nd->surface + nd->length <= lim &&
           nounish(nd->feature);
         nd = nd->next)
        b = nd->surface + nd->length;
    return mt_ex_word_is(ex, ex->org_forms, ex->norg_forms, a, (size_t)(b - a));
}

/* s[0..n) is a word of org_generic.tsv (総合, 大学). */
static bool generic(const mt_extractor *ex, const char *s, size_t n)
{
    return mt_ex_word_is(ex, ex->org_generic, ex->norg_generic, s, n);
}

/* Words that refer back or stand for any (data/org_anaphors.tsv: 同病院,
 * 当院, 各社), unless a name opens the same way (全国, 全日本). */
static bool anaphoric(const mt_extractor *ex, const char *s, size_t n)
{
    return !mt_ex_word_opens(ex, ex->org_openers, ex->norg_openers, s, n) &&
           mt_ex_word_opens(ex, ex->org_refers, ex->norg_refers, s, n);
}

/* 県, 府, 都, 道 after a place name: a prefecture. */
static bool is_prefecture(const char *s, const tok *t)
{
    static const char *const suf[] = {"県", "府", "都", "道"};
    if (!starts(t->feature, "名詞,接尾,地域") || t->b - t->a != 3)
        return false;
    for (size_t i = 0; i < sizeof suf / sizeof suf[0]; i++)
        if (memcmp(s + t->a, suf[i], 3) == 0)
            return true;
    return false;
}

/* A legal form (株式会社) makes a name of any compound that ends or
 * starts with it. */
static bool legal_form_tok(const char *s, const tok *t)
{
    static const char *const forms[] = {"株式会社", "有限会社", "合同会社"};
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
        if (t->b - t->a == strlen(forms[i]) &&
            memcmp(s + t->a, forms[i], t->b - t->a) == 0)
            return true;
    return false;
}

/* Where the name in compound t[0..n) of s ends at a parenthesis: the
 * compound runs on into one after a name (イセトー(京都市), ツグミ病院
 * (患者数約1200人)), which is no part of it.  (A legal form in one,
 * ツグミ(株), is the scanner's: its span holds this pass's name.)  The
 * index of the token that opens it, else n. */
static size_t paren_cut(const char *s, size_t len, const tok *t, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (mt_paren_open(s, len, t[i].a))
            return i;
    return n;
}

/* Text s[a..b) is all its line holds (spaces aside); len is the end of
 * the piece parsed, which is its line's end but for a line longer than
 * PIECE_MAX (then a lone word at a cut counts as alone: rare, and only
 * drops a name). */
static bool line_alone(const char *s, size_t len, size_t a, size_t b)
{
    while (a > 0 && (s[a - 1] == ' ' || s[a - 1] == '\t'))
        a--;
    while (b < len && (s[b] == ' ' || s[b] == '\t'))
        b++;
    return (a == 0 || s[a - 1] == '\n') &&
           (b == len || s[b] == '\n' || s[b] == '\r');
}

/* Token t says which body a name is: a word ipadic does not know, a
 * proper noun, katakana or Latin (not a common noun: 制度, 会計). */
static bool says_which(const char *s, const tok *t)
{
    return t->unk || starts(t->feature, "名詞,固有名詞") ||
           kana_or_latin(s + t->a, t->b - t->a);
}

/* What follows a body's form from byte at to the end of compound
 * t[0..n) names a body: a word ipadic does not know, a proper noun, a
 * katakana or Latin word (緑丘, 幸紀, ツグミ), the suffix 会 (若葉会), or
 * a name ending (ツグミ学園). */
static bool body_name(const mt_extractor *ex, const char *s, const tok *t,
                      size_t n, size_t at)
{
    for (size_t i = 0; i < n; i++)
        if (t[i].a >= at && says_which(s, &t[i]))
            return true;
    const tok *z = &t[n - 1];
    return (z->b - z->a == 3 && memcmp(s + z->a, "会", 3) == 0) ||
           has_form(ex, s + at, z->b - at);
}

/*
 * The name in compound t[0..n) of text s, as [*a, *b); false when it
 * holds none.
 */
static bool compound_name(const mt_extractor *ex, const char *s, const tok *t,
                          size_t n, size_t *a, size_t *b)
{
    size_t from = t[0].a, to = t[n - 1].b;
    if (anaphoric(ex, s + from, to - from))
        return false;
    /* 「ニンテンドーアカウント」: a product's name, whoever makes it (a
     * product word alone is no name either). */
    if (mt_ex_word_ends(ex, ex->org_products, ex->norg_products, s + from,
                        to - from))
        return false;
    /* 「公益社団法人緑丘会」: a body's form opens a name, whatever ipadic
     * tags inside it (公益社 as an organisation), when what follows it
     * names one (学校法人会計基準 is a rule, 医療法人制度 a system). */
    size_t body = mt_ex_word_opens(ex, ex->body_forms, ex->nbody_forms,
                                   s + from, to - from);
    if (body && mt_utf8_chars(s + from + body, to - from - body) >= 2 &&
        body_name(ex, s, t, n, from + body)) {
        *a = from;
        *b = to;
        return true;
    }
    /* The form alone (一般社団法人「日本熊森協会」): the name follows. */
    if (body && from + body == to)
        return false;
    bool proper = false, orgtok = false, others_kana = true, ascii = true;
    for (size_t i = 0; i < n; i++) {
        const char *f = t[i].feature;
        bool kl = kana_or_latin(s + t[i].a, t[i].b - t[i].a);
        proper = proper || starts(f, "名詞,固有名詞") || kl;
        for (size_t k = t[i].a; k < t[i].b; k++)
            ascii = ascii && (unsigned char)s[k] < 0x80;
        /* (ipadic guesses an unknown katakana word an organisation:
         * ウェブサーバー; org_generic.tsv lists those that never are) */
        if (starts(f, "名詞,固有名詞,組織") &&
            !generic(ex, s + t[i].a, t[i].b - t[i].a))
            orgtok = true;
        else if (!(kl && (t[i].unk || starts(f, "名詞,固有名詞"))) &&
                 !starts(f, "記号"))
            others_kana = false; /* オフィシャル, サイト: common nouns */
    }
    /* English text is the scanner's: MeCab tags any capitalised word. */
    if (ascii)
        return false;
    if (n >= 2 && (legal_form_tok(s, &t[0]) || legal_form_tok(s, &t[n - 1])))
        proper = true;
    /* 北陵大学: a word before the ending that says which, not what kind. */
    for (size_t i = 0; i + 1 < n && !proper; i++)
        proper = !starts(t[i].feature, "記号") &&
                 !generic(ex, s + t[i].a, t[i].b - t[i].a);
    /* 徳島・半田病院: the place before ・ is no part of the name. */
    for (size_t i = 1; i + 1 < n; i++) {
        if (!starts(t[i].feature, "記号"))
            continue;
        bool place = true;
        for (size_t k = 0; k < i; k++)
            place = place && (starts(t[k].feature, "名詞,固有名詞,地域") ||
                              starts(t[k].feature, "名詞,接尾,地域"));
        if (place) {
            t += i + 1;
            n -= i + 1;
            from = t[0].a;
        }
        break;
    }
    if (n >= 2 && proper && has_form(ex, s + from, to - from)) {
        /* 徳島県 + つるぎ町立半田病院: the prefecture is its own name. */
        size_t k = 0;
        while (k + 1 < n && !is_prefecture(s, &t[k]))
            k++;
        if (k + 1 < n && k <= 2 && is_prefecture(s, &t[k]) &&
            n - (k + 1) >= 2) {
            size_t na = t[k + 1].a;
            if (has_form(ex, s + na, to - na))
                from = na;
        }
        *a = from;
        *b = to;
        return true;
    }
    if (!orgtok)
        return false;
    if (others_kana) {
        *a = from;
        *b = to;
        return true;
    }
    /* The longest run of organisation tokens, not ASCII alone (VPN in
     * VPN機器: the scanner reads Latin names). */
    size_t best_a = 0, best_b = 0;
    for (size_t i = 0; i < n; i++) {
        if (!starts(t[i].feature, "名詞,固有名詞,組織"))
            continue;
        size_t j = i;
        while (j + 1 < n && starts(t[j + 1].feature, "名詞,固有名詞,組織"))
            j++;
        bool run_ascii = true;
        for (size_t k = t[i].a; k < t[j].b; k++)
            run_ascii = run_ascii && (unsigned char)s[k] < 0x80;
        if (!run_ascii && t[j].b - t[i].a > best_b - best_a) {
            best_a = t[i].a;
            best_b = t[j].b;
        }
        i = j;
    }
    *a = best_a;
    *b = best_b;
    return best_b > best_a;
}

/* What introduces the compound at byte a (data/org_heads.tsv). */
enum { HEAD_NONE, HEAD_NOUN, HEAD_VERB, HEAD_QUOTED, HEAD_QVERB };

/* The text before byte a ends in 「<head>の」, a noun head (印刷会社の,
 * 委託先の, 物流大手の), or in what a company does (を展開する, a verb
 * head); a 「 between them and the name is skipped (「菓子メーカーの
 * 「ツグミ製菓」」).  A noun head right before the 「 with no の is
 * HEAD_QUOTED (大手旅行会社「ツグミ」): the quotes hold the name, and so
 * do they after what a company is given or does (HEAD_QVERB: 「業務を
 * 委託する「ツグミ」」), when they hold a name. */
static int head_before(const mt_extractor *ex, const char *s, size_t a)
{
    static const char no[] = "\xe3\x81\xae";                           /* の */
    bool quoted = a >= 9 && memcmp(s + a - 3, "\xe3\x80\x8c", 3) == 0; /* 「 */
    if (quoted)
        a -= 3;
    if (a >= 6 && memcmp(s + a - 3, no, 3) == 0 &&
        mt_ex_word_ends(ex, ex->org_heads, ex->norg_heads, s, a - 3))
        return HEAD_NOUN;
    if (quoted && mt_ex_word_ends(ex, ex->org_heads, ex->norg_heads, s, a))
        return HEAD_QUOTED;
    if (quoted && mt_ex_word_ends(ex, ex->org_qverbs, ex->norg_qverbs, s, a))
        return HEAD_QVERB;
    return mt_ex_word_ends(ex, ex->org_verbs, ex->norg_verbs, s, a) ? HEAD_VERB
                                                                    : HEAD_NONE;
}

/* A parenthesis opens at s[b] (of len bytes) that says where a company
 * is (data/seats.tsv): it opens with a head word (「(本社・京都市)」), or
 * holds at most 30 bytes that end in a place's last character
 * (「(京都市)」「(兵庫県尼崎市)」). */
static bool seat_after(const mt_extractor *ex, const char *s, size_t len,
                       size_t b)
{
    size_t o = mt_paren_open(s, len, b), i = b + o;
    if (!o)
        return false;
    for (size_t k = 0; k < ex->nseat_heads; k++) {
        const char *w = ex->pool + ex->seat_heads[k];
        size_t wl = strlen(w);
        if (wl && i + wl <= len && memcmp(s + i, w, wl) == 0)
            return true;
    }
    size_t e = mt_paren_end(s, len, b, 31);
    if (e == b)
        return false;
    size_t k = s[e - 1] == ')' ? e - 1 : e - 3; /* the closing mark */
    return k > i &&
           mt_ex_word_ends(ex, ex->seat_places, ex->nseat_places, s, k);
}

/* The scanner found an event that starts in [a, b): its spans, below
 * known, are ordered by start (names this pass adds come after them). */
static bool event_in(const span_list *l, size_t known, size_t a, size_t b)
{
    size_t lo = 0, hi = known;
    while (lo < hi) { /* the first span that starts at a or later */
        size_t mid = lo + (hi - lo) / 2;
        if (l->v[mid].start < a)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k < known && l->v[k].start < b; k++)
        if (l->v[k].kind == MT_SPAN_EVENT)
            return true;
    return false;
}

/* The digits (ASCII or full-width) at s[i..len): how many, 0 when none
 * or more than max; *end past them. */
static size_t digits_at(const char *s, size_t len, size_t i, size_t max,
                        size_t *end)
{
    size_t n = 0, k;
    while (n <= max && i < len && mt_digit_at(s + i, len - i, &k) >= 0) {
        i += k;
        n++;
    }
    *end = i;
    return n <= max ? n : 0;
}

/* The three-byte mark m stands at s[i]. */
static bool mark_at(const char *s, size_t len, size_t i, const char *m)
{
    return i + 3 <= len && memcmp(s + i, m, 3) == 0;
}

/* The compound [a, b) opens a sentence and is the subject of a dated
 * statement, the way news introduces the organisation that speaks:
 * 「ツグミールは10日、…と発表した」.  So: it stands at the start of the
 * text or of a line, or after 。, a space or 」; は follows it, then a
 * day (digits, optionally a year and a month before them, then 日; a note in
 * parentheses may follow: 「10日(米国時間)」) and 、; and the scanner
 * found an event in the rest of its sentence.  The day is read here, not
 * taken from the scanner's date spans: a bare day is a date only against
 * a reference, and an undated page's lede is what finds its reference
 * (draft/load.c), with this name in it. */
static bool dated_subject(const span_list *l, size_t known, const char *s,
                          size_t len, size_t a, size_t b)
{
    static const char wa[] = "\xe3\x81\xaf", nen[] = "\xe5\xb9\xb4",
                      tsuki[] = "\xe6\x9c\x88", hi[] = "\xe6\x97\xa5",
                      ten[] = "\xe3\x80\x81";
    bool opens =
        a == 0 || s[a - 1] == '\n' || s[a - 1] == ' ' ||
        (a >= 3 && (memcmp(s + a - 3, "\xe3\x80\x82", 3) == 0 || /* 。 */
                    memcmp(s + a - 3, "\xe3\x80\x8d", 3) == 0 || /* 」 */
                    memcmp(s + a - 3, "\xe3\x80\x80", 3) == 0)); /* 　 */
    if (!opens || !mark_at(s, len, b, wa))
        return false;
    /* [year 年 month 月 | month 月] day 日: a year of four digits at most,
     * a month and a day of two, ASCII or full-width. */
    size_t e, n = digits_at(s, len, b + 3, 4, &e);
    if (n && mark_at(s, len, e, nen)) {
        if (!digits_at(s, len, e + 3, 2, &e) || !mark_at(s, len, e, tsuki))
            return false; /* a year needs its month (not 2024年10日) */
        n = digits_at(s, len, e + 3, 2, &e);
    } else if (n && n <= 2 && mark_at(s, len, e, tsuki)) {
        n = digits_at(s, len, e + 3, 2, &e);
    }
    if (!n || n > 2 || !mark_at(s, len, e, hi))
        return false;
    size_t i = mt_paren_end(s, len, e + 3, 40);
    if (!mark_at(s, len, i, ten))
        return false;
    /* And the sentence tells of an event (発表, 流出, 不正アクセス): what
     * an organisation states; 「プーチンは10日、演説した」 is a person's
     * day. */
    size_t end = i + 3;
    while (end + 3 <= len && memcmp(s + end, "\xe3\x80\x82", 3) != 0 &&
           s[end] != '\n')
        end++;
    return event_in(l, known, i, end);
}

/* Token t can end a name as its own word: one ipadic does not know, a
 * proper noun of neither a place nor a person, katakana or Latin; not a
 * title (大統領, 社長: 「…大統領は10日、」 is a person). */
static bool name_word(const char *s, const tok *t)
{
    return t->unk ||
           (starts(t->feature, "名詞,固有名詞") &&
            !starts(t->feature, "名詞,固有名詞,地域") &&
            !starts(t->feature, "名詞,固有名詞,人名")) ||
           kana_or_latin(s + t->a, t->b - t->a);
}

/* A parenthesis right after [a, b) holds that text in a place's name
 * (「寄居(埼玉県寄居町)」): the word is the place, no organisation. */
static bool place_in_paren(const char *s, size_t len, size_t a, size_t b)
{
    size_t o = mt_paren_open(s, len, b), i = b + o;
    if (!o)
        return false;
    for (size_t k = i; k < len && k < i + 31; k++) {
        if (s[k] == ')' || (k + 3 <= len && memcmp(s + k, "）", 3) == 0))
            return false;
        if (k + (b - a) <= len && memcmp(s + k, s + a, b - a) == 0)
            return true;
    }
    return false;
}

/* Compound t[0..n) of s names an organisation by where it stands:
 * 「<head>の」 before it (印刷会社のイセトー, 委託先のX), what a company
 * does right before it (決済サービスを展開するX) or a seat after it
 * (イセトー(京都市)); and one of its words is one ipadic does not know or
 * knows as a proper noun of neither a place nor a person (子会社の
 * システム, 委託先の東京, 取引先の田中: no name).  Latin alone is a name
 * only after what a company does; elsewhere it is the scanner's. */
static bool placed_name(const mt_extractor *ex, const span_list *l,
                        size_t known, const char *s, size_t len, const tok *t,
                        size_t n, size_t *pa, size_t *pb)
{
    size_t a = t[0].a, b = t[n - 1].b;
    if (anaphoric(ex, s + a, b - a))
        return false;
    bool ascii = true, which = false;
    for (size_t i = 0; i < n; i++) {
        const char *f = t[i].feature;
        for (size_t k = t[i].a; k < t[i].b; k++)
            ascii = ascii && (unsigned char)s[k] < 0x80;
        if (starts(f, "記号"))
            continue;
        which =
            which || t[i].unk ||
            (starts(f, "名詞,固有名詞") && !starts(f, "名詞,固有名詞,地域") &&
             !starts(f, "名詞,固有名詞,人名"));
    }
    *pa = a;
    *pb = b;
    /* 「ツグミールは10日、」, 「コインチェックは2018年1月26日、」: as the
     * dated subject, katakana words ipadic knows make a name too when two
     * or more of them are coined into one (コイン, チェック), unless the
     * last says what kind of body it is, not which (ハッカーグループ,
     * セキュリティチーム: data/org_generic.tsv); one alone is a common
     * noun (「サーバーは10日、」).  (A Latin word is one ipadic does not
     * know: which.)  The lede names the company that speaks. */
    if (dated_subject(l, known, s, len, a, b) && name_word(s, &t[n - 1]) &&
        (which || (n >= 2 && kana_or_latin(s + a, b - a) &&
                   !generic(ex, s + t[n - 1].a, t[n - 1].b - t[n - 1].a))))
        return true;
    /* A Latin word after 「委託先の」 is as often a device (PC, VPN) as a
     * name; after what a company does it is the company (を展開する
     * PayPay). */
    int head = head_before(ex, s, a);
    /* Quoted right after a head noun, the whole quote is the name, Latin
     * too (大手旅行会社「JTB」); a quote that goes on past the compound
     * is a phrase (大手メーカー「当社は…」). */
    /* 「業務を委託する「X」の」: the contractor, when the brackets hold
     * its name: not a kind of company (「外部業者」) nor katakana words
     * ipadic knows (「クラウドサービス」), but a word it does not know, a
     * proper noun, Latin or a kanji word that says which (倉業サービス,
     * 東京損保鑑定). */
    if (head == HEAD_QVERB) {
        if (b + 3 > len || memcmp(s + b, "\xe3\x80\x8d", 3) != 0 ||
            mt_ex_word_ends(ex, ex->org_heads, ex->norg_heads, s + a, b - a))
            return false;
        for (size_t i = 0; i < n; i++) {
            const char *w = s + t[i].a;
            size_t wl = t[i].b - t[i].a;
            /* (ipadic reads クラウド as the proper noun クラ and ウド) */
            if (t[i].unk || ascii_only(w, wl) ||
                (!kana_or_latin(w, wl) &&
                 (starts(t[i].feature, "名詞,固有名詞") ||
                  !generic(ex, w, wl))))
                return true;
        }
        return false;
    }
    if (head == HEAD_QUOTED)
        return which && b + 3 <= len &&
               memcmp(s + b, "\xe3\x80\x8d", 3) == 0; /* 」 */
    return which &&
           (head == HEAD_VERB ||
            (!ascii && (head == HEAD_NOUN || seat_after(ex, s, len, b))));
}

/* 「印刷会社ツグミール」「物流大手ツグミール」: a name whose first tokens
 * end in a head noun of org_heads.tsv starts after them, when the token
 * after them is a word ipadic does not know, a proper noun, or katakana
 * or Latin (not 企業年金連合会).  *a moves to that token. */
static void strip_head(const mt_extractor *ex, const char *s, const tok *t,
                       size_t n, size_t *a, size_t b)
{
    /* 公益社団法人X: the body's form (ending in the head 法人) is part of
     * the name, as 株式会社 is. */
    if (mt_ex_word_opens(ex, ex->body_forms, ex->nbody_forms, s + *a, b - *a))
        return;
    for (size_t k = 0; k + 1 < n && t[k].b <= b; k++) {
        const tok *x = &t[k + 1];
        if (t[k].a < *a || x->a >= b ||
            !mt_ex_word_ends(ex, ex->org_heads, ex->norg_heads, s + *a,
                             t[k].b - *a))
            continue;
        if (says_which(s, x)) {
            *a = x->a;
            return;
        }
    }
}

/* The hiragana code point at s[i] (of len bytes), else 0. */
static uint32_t hiragana_at(const char *s, size_t len, size_t i)
{
    int n;
    uint32_t c = mt_ex_decode((const unsigned char *)s, len, i, &n);
    return c >= 0x3041 && c <= 0x3096 ? c : 0;
}

/* The particles that end the hiragana before a name: は が を に で と も
 * の へ や か. */
static const uint32_t particles[] = {0x306F, 0x304C, 0x3092, 0x306B,
                                     0x3067, 0x3068, 0x3082, 0x306E,
                                     0x3078, 0x3084, 0x304B};

/*
 * A name MeCab begins inside a hiragana word: 「10月にもつるぎ町立半田病院
 * で」 came out as ぎ町立半田病院, its つる read into the word before.  A
 * name that starts with hiragana takes the hiragana before it back to a
 * particle (は が を に で と も の へ や か), not past from: つるぎ町立半田
 * 病院.  Only up to a particle: hiragana after anything else (「宅ふぁい
 * る便」) is a word's middle, and the name stays as MeCab began it.
 */
static size_t hiragana_start(const char *s, size_t len, size_t from, size_t a)
{
    if (!hiragana_at(s, len, a))
        return a;
    for (size_t i = a; i >= from + 3;) {
        uint32_t c = hiragana_at(s, len, i - 3);
        if (!c)
            return a; /* 「宅ふぁいる便」: no particle before, no name */
        for (size_t k = 0; k < MT_ARRAY_LEN(particles); k++)
            if (c == particles[k])
                return i;
        i -= 3;
    }
    return a;
}

/* 「関西みらい銀行」, 「埼玉りそな銀行」: MeCab reads the place (関西) as a
 * word of its own and the name from its hiragana on (らい銀行, りそな銀行).  A
 * name that starts with hiragana and has only hiragana other than
 * particles between it and a place word right before (four characters
 * at most) takes that place word in: the place [pa, pb) is its first
 * word.  Else a. */
static size_t place_start(const char *s, size_t len, size_t a, size_t pa,
                          size_t pb)
{
    if (pb == 0 || pb > a || a - pb > 12 || !hiragana_at(s, len, a))
        return a;
    for (size_t i = pb; i < a; i += 3) {
        uint32_t c = hiragana_at(s, len, i);
        if (!c)
            return a;
        for (size_t k = 0; k < MT_ARRAY_LEN(particles); k++)
            if (c == particles[k])
                return a;
    }
    return pa;
}

/* The scanner's spans (indexes below known, ordered by start) that may
 * overlap names from here on: cur moves forward only, as names come in
 * text order; max_len is the longest org span, so one that starts before
 * a - max_len ends before a. */
typedef struct known_spans {
    size_t known, cur, max_len;
} known_spans;

/* Place the name [a, b): drop the scanner's org spans strictly inside
 * it, unless the name only adds グループ to one; keep out of partial
 * overlaps and of spans that hold it.  Dropped spans get kind
 * SPAN_DROPPED (compacted later). */
static void place(span_list *l, known_spans *ks, const char *s, size_t a,
                  size_t b, const tok *t, size_t n)
{
    static const char group[] = "グループ";
    while (ks->cur < ks->known && l->v[ks->cur].start + ks->max_len < a)
        ks->cur++;
    size_t first = ks->cur, last = ks->cur;
    while (last < ks->known && l->v[last].start < b)
        last++;
    for (size_t i = first; i < last; i++) {
        const span_rec *r = &l->v[i];
        if (r->kind != MT_SPAN_ORG || r->end <= a || b <= r->start)
            continue;
        if (r->start <= a && b <= r->end)
            return; /* a known name holds it */
        if (r->start < a || r->end > b)
            return; /* partial overlap: the scanner's reading stands */
        if (r->start == a && b - r->end == sizeof group - 1 &&
            memcmp(s + r->end, group, sizeof group - 1) == 0)
            return; /* KADOKAWAグループ is KADOKAWA */
    }
    for (size_t i = first; i < last; i++) {
        span_rec *r = &l->v[i];
        if (r->kind == MT_SPAN_ORG && r->start >= a && r->end <= b)
            r->kind = SPAN_DROPPED;
    }
    /* Not over the name this pass placed last (names come in order). */
    if (l->n > ks->known) {
        const span_rec *r = &l->v[l->n - 1];
        if (r->kind == MT_SPAN_ORG && r->start < b && a < r->end)
            return;
    }
    span_rec *r = mt_ex_push(l, MT_SPAN_ORG, a, b);
    if (!r)
        return;
    r->value = mt_ex_str(l, s + a, b - a);
    /* Its reading, token by token: the draft matches it to an English
     * name ("Handa Hospital" for 半田病院). */
    char rd[512];
    size_t rn = 0;
    for (size_t i = 0; i < n; i++) {
        if (t[i].a < a || t[i].b > b)
            continue;
        if (rn && rn + 1 < sizeof rd)
            rd[rn++] = ' ';
        size_t k = tok_reading(s, &t[i], rd + rn, sizeof rd - rn);
        if (!k) {
            rn = 0;
            break;
        }
        rn += k;
    }
    if (rn)
        r->reading = mt_ex_str(l, rd, rn);
}

/* Where the piece of line [pos, line_end) that starts at pos ends: the
 * line's end, else after the last clause mark or space in the second half
 * of PIECE_MAX bytes, else at the character boundary before PIECE_MAX. */
static size_t piece_end(const char *buf, size_t pos, size_t line_end)
{
    if (line_end - pos <= PIECE_MAX)
        return line_end;
    size_t lim = pos + PIECE_MAX;
    for (size_t i = lim; i > pos + PIECE_MAX / 2; i--) {
        unsigned char c = (unsigned char)buf[i - 1];
        if (c == ' ' || c == '\t' ||
            (i >= pos + 3 && (memcmp(buf + i - 3, "\xe3\x80\x82", 3) == 0 ||
                              memcmp(buf + i - 3, "\xe3\x80\x81", 3) == 0)))
            return i; /* after a space, 。 or 、 */
    }
    while (lim > pos && ((unsigned char)buf[lim] & 0xC0) == 0x80)
        lim--; /* not inside a character */
    return lim;
}

/* Parse buf[pos, end) (NUL at end) and place the names it holds. */
static void parse_piece(const mt_extractor *ex, mecab_t *tagger,
                        mecab_lattice_t *lat, span_list *l, known_spans *ks,
                        const char *s, const char *buf, size_t pos, size_t end)
{
    mecab_lattice_set_sentence2(lat, buf + pos, end - pos);
    if (mecab_parse_lattice(tagger, lat)) {
        tok t[COMPOUND_MAX];
        size_t n = 0;
        size_t pa = 0, pb = 0; /* the last place word read (place_start) */
        for (const mecab_node_t *nd = mecab_lattice_get_bos_node(lat);;
             nd = nd->next) {
            bool in =
                nd &&
                (nd->stat == MECAB_NOR_NODE || nd->stat == MECAB_UNK_NODE) &&
                nd->surface >= buf + pos &&
                nd->surface + nd->length <= buf + end;
            /* Punctuation opens no name; inside one only ASCII marks
             * may stand (AT&T, NTT-ME), never 、 or 」, nor a bracket
             * (「8日(木)個人情報保護委員会へ」: the weekday's 木 is no
             * part of the name after it). */
            bool punct = in && punct_only(nd->surface, nd->length);
            bool bracket = punct && (memchr(nd->surface, '(', nd->length) ||
                                     memchr(nd->surface, ')', nd->length));
            /* 「JAXA=宇宙航空研究開発機構」: a broadcaster's gloss of a
             * short name by the full one; = joins two names, no part of
             * either (the scanner's folding makes ＝ one). */
            bool gloss = in && memchr(nd->surface, '=', nd->length);
            bool noun = in && nounish(nd->feature) && !gloss &&
                        !(punct && (n == 0 || bracket ||
                                    !ascii_only(nd->surface, nd->length)));
            /* ・ joins two nouns: 急性期・総合医療センター; after a
             * name's ending it lists names (ツグミ銀行・ヒバリ銀行) unless
             * an ending alone follows, the same name's other half
             * (札幌日本大学中学校・高等学校). */
            bool dot = in && n > 0 && nd->length == 3 &&
                       memcmp(nd->surface, "・", 3) == 0 && nd->next &&
                       nounish(nd->next->feature) &&
                       (!has_form(ex, buf + t[0].a, t[n - 1].b - t[0].a) ||
                        form_follows(ex, nd->next, buf + end));
            size_t na = in ? (size_t)(nd->surface - buf) : 0;
            if ((noun || dot) && n < COMPOUND_MAX &&
                (n == 0 || na == t[n - 1].b)) {
                t[n++] = (tok){na, na + nd->length, nd->feature,
                               nd->stat == MECAB_UNK_NODE};
            } else {
                size_t a, b;
                n = n ? paren_cut(s, end, t, n) : 0;
                while (n && starts(t[n - 1].feature, "記号"))
                    n--;
                /* ipadic tags some lone characters 組織 in some
                 * lattices (販 of 販売管理, 及 of 及んで): a name has two
                 * characters at least; and a word it does not know alone
                 * on its line is a tag or a heading (ランサムウェア), no
                 * name. */
                bool named = n && compound_name(ex, s, t, n, &a, &b) &&
                             !(n == 1 && t[0].unk && line_alone(s, end, a, b));
                /* 「東映アニメーションは7日、」: the subject of a dated
                 * statement is the whole compound, not the run of
                 * organisation tokens in it (東映). */
                if (named && (a > t[0].a || b < t[n - 1].b) &&
                    dated_subject(l, ks->known, s, end, t[0].a, t[n - 1].b) &&
                    name_word(s, &t[n - 1])) {
                    a = t[0].a;
                    b = t[n - 1].b;
                }
                /* Else by where it stands (印刷会社の…, …(京都市)). */
                if (!named && n)
                    named = placed_name(ex, l, ks->known, s, end, t, n, &a, &b);
                if (named && place_in_paren(s, end, a, b))
                    named = false;
                /* 「シンガポール法人のウォレットが」: where it stands names
                 * no product either. */
                if (named && mt_ex_word_ends(ex, ex->org_products,
                                             ex->norg_products, s + a, b - a))
                    named = false;
                if (named) {
                    strip_head(ex, s, t, n, &a, b);
                    a = hiragana_start(s, end, pos, a);
                    a = place_start(s, end, a, pa, pb);
                    if (mt_utf8_chars(s + a, b - a) >= 2)
                        place(l, ks, s, a, b, t, n);
                }
                n = 0;
                if (noun)
                    t[n++] = (tok){na, na + nd->length, nd->feature,
                                   nd->stat == MECAB_UNK_NODE};
            }
            if (!nd)
                break;
            if (in && starts(nd->feature, "名詞,固有名詞,地域")) {
                pa = na;
                pb = na + nd->length;
            }
        }
    }
}

mt_status mt_ex_mecab_orgs(mt_extractor *ex, const char *s, size_t len,
                           span_list *l, mt_error *err)
{
    mecab_model_t *model = get_model(ex, err);
    if (!model)
        return MT_ERR_INPUT;
    mecab_t *tagger = mecab_model_new_tagger(model);
    mecab_lattice_t *lat = mecab_model_new_lattice(model);
    if (!tagger || !lat) {
        if (tagger)
            mecab_destroy(tagger);
        if (lat)
            mecab_lattice_destroy(lat);
        return mt_error_set(err, MT_ERR_NOMEM, "cannot create a MeCab tagger");
    }
    /* Only the spans found so far can be replaced; new ones come after. */
    known_spans ks = {l->n, 0, 0};
    for (size_t i = 0; i < l->n; i++)
        if (l->v[i].kind == MT_SPAN_ORG &&
            l->v[i].end - l->v[i].start > ks.max_len)
            ks.max_len = l->v[i].end - l->v[i].start;
    /* Each line NUL-terminated: MeCab reads a line that ends in a blank
     * with strlen (past the text when it has no NUL). */
    char *buf = malloc(len + 1);
    if (!buf) {
        mecab_lattice_destroy(lat);
        mecab_destroy(tagger);
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    }
    memcpy(buf, s, len);
    buf[len] = '\0';
    size_t line = 0;
    while (line < len) {
        const char *nl = memchr(buf + line, '\n', len - line);
        size_t line_end = nl ? (size_t)(nl - buf) : len;
        /* A line that is not UTF-8 would give tokens that end inside a
         * character. */
        bool ok = line_end > line &&
                  mt_utf8_check(buf + line, line_end - line, NULL) == MT_OK;
        for (size_t pos = line; ok && pos < line_end;) {
            size_t end = piece_end(buf, pos, line_end);
            /* NUL-terminated for MeCab; the byte is put back after. */
            char kept = buf[end];
            buf[end] = '\0';
            parse_piece(ex, tagger, lat, l, &ks, s, buf, pos, end);
            buf[end] = kept;
            pos = end;
        }
        line = line_end + 1;
    }
    free(buf);
    mecab_lattice_destroy(lat);
    mecab_destroy(tagger);
    /* Compact the replaced spans away. */
    size_t w = 0;
    for (size_t i = 0; i < l->n; i++)
        if (l->v[i].kind != SPAN_DROPPED)
            l->v[w++] = l->v[i];
    l->n = w;
    return l->nomem ? mt_error_set(err, MT_ERR_NOMEM, "out of memory") : MT_OK;
}
