/*
 * Organisations by legal form (株式会社 before or after a name, 省/庁,
 * "Acme Widgets, Inc."), names known to the lexicon, and the dollar
 * amounts whose words a name must not swallow (scan.h).
 */
#include "extract/scan.h"

/* Longest organisation names the legal-form rules take, in characters
 * (words for English): 株式会社 + name, name + 株式会社, name + 省/庁
 * (a ministry's name is short and all kanji), "Acme Widgets, Inc.". */
#define ORG_NAME_MAX_JA        24
#define ORG_NAME_MAX_JA_SUFFIX 16
#define ORG_NAME_MAX_JAGOV     6
#define ORG_NAME_MAX_EN_WORDS  4

/* ---- organisations ---------------------------------------------------- */

static bool name_char_ja(uint32_t c)
{
    return mt_ex_is_kanji(c) || mt_ex_is_katakana(c) || mt_ex_is_alnum(c) ||
           c == '&';
}

/* An org span over text[start..end): its value is the canonical name
 * when known (borrowed from the lexicon pool), else the text itself. */
void mt_ex_emit_org(scan *sc, size_t start, size_t end, const char *canon)
{
    span_rec *sp = mt_ex_push(sc->out, MT_SPAN_ORG, start, end);
    if (!sp)
        return;
    if (canon)
        sp->value = mt_ex_cstr(sc->out, canon);
    else
        sp->value =
            mt_ex_tstr(sc->out, (const char *)sc->s + start, end - start);
    sc->last_end = end;
}

/* Canonical name of text[a..b) when it is a known alias, else NULL. */
const char *mt_ex_known_org(const scan *sc, size_t a, size_t b)
{
    lex_hit hits[LEX_MAX_HITS];
    *sc->work += sc->ex->maxdepth;
    int c = mt_ex_lex_match(sc->ex, sc->s, sc->len, a, hits);
    for (int h = 0; h < c; h++)
        if (hits[h].end == b) {
            const lex_entry *le =
                mt_ex_entry(sc->ex, sc->s, sc->len, a, &hits[h], LEX_ORG);
            if (le)
                return mt_ex_pstr(sc, le->s1);
        }
    return NULL;
}

/* The last span, when it is an org ending exactly at i. */
static span_rec *org_ending_at(scan *sc, size_t i)
{
    span_list *l = sc->out;
    if (l->n && l->v[l->n - 1].kind == MT_SPAN_ORG && l->v[l->n - 1].end == i)
        return &l->v[l->n - 1];
    return NULL;
}

/* The name s[b..i) before a Japanese form is one Latin word: the
 * capitalised words before it, a space apart, are the name's too
 * (「Payment Card Forensics株式会社」, not Forensics株式会社); returns
 * where the name starts. */
static size_t latin_words_before(const scan *sc, size_t b, size_t i)
{
    for (size_t k = b; k < i; k++)
        if (sc->s[k] >= 0x80 || !mt_ex_is_alnum(sc->s[k]))
            return b;
    for (int k = 1; k < ORG_NAME_MAX_EN_WORDS && b >= 2 &&
                    b - 1 > sc->last_end && sc->s[b - 1] == ' ';
         k++) {
        size_t ws = b - 1;
        while (ws > sc->last_end && sc->s[ws - 1] < 0x80 &&
               (mt_ex_is_alnum(sc->s[ws - 1]) || sc->s[ws - 1] == '&' ||
                sc->s[ws - 1] == '-'))
            ws--;
        if (ws == b - 1 || !mt_ex_is_upper(sc->s[ws]))
            break;
        /* an article opens no name ("The Kamome Forensics株式会社") */
        size_t wl = b - 1 - ws;
        if ((wl == 3 && memcmp(sc->s + ws, "The", 3) == 0) ||
            (wl == 2 && memcmp(sc->s + ws, "An", 2) == 0) ||
            (wl == 1 && sc->s[ws] == 'A'))
            break;
        b = ws;
    }
    return b;
}

size_t mt_ex_legal_form(scan *sc, size_t i, const lex_entry *lf, size_t e)
{
    if (lf->a == POS_PRE && lf->b == SCRIPT_EN) {
        /* "University of Kamome", "the city of Racine": the form opens
         * the name, capitalised words after it end it ("a city of
         * 70,000" names nothing).  The form is part of the name, written
         * with its capital (the city of Racine is the City of Racine).
         * Not after a capitalised word other than "The": "Kamome Bank of
         * Commerce" is a name of its own the form does not open. */
        if (i >= 2 && sc->s[i - 1] == ' ') {
            size_t w = i - 1;
            while (w > 0 && sc->s[w - 1] < 0x80 && mt_ex_is_alnum(sc->s[w - 1]))
                w--;
            if (w < i - 1 && mt_ex_is_upper(sc->s[w]) &&
                !(i - 1 - w == 3 && memcmp(sc->s + w, "The", 3) == 0))
                return 0;
        }
        size_t p = e, end = e;
        int k = 0;
        while (k < ORG_NAME_MAX_EN_WORDS && p + 1 < sc->len &&
               sc->s[p] == ' ' && mt_ex_is_upper(sc->s[p + 1])) {
            size_t q = p + 1;
            while (q < sc->len && sc->s[q] < 0x80 &&
                   (mt_ex_is_alnum(sc->s[q]) || sc->s[q] == '-' ||
                    sc->s[q] == '&'))
                q++;
            end = p = q;
            k++;
        }
        if (k == 0)
            return 0;
        const char *canon = mt_ex_known_org(sc, i, end);
        mt_ex_emit_org(sc, i, end, canon);
        /* The text's own copy in the pool: its first letter capitalised
         * there ("city of Racine" is the City of Racine). */
        span_rec *sp = sc->out->n ? &sc->out->v[sc->out->n - 1] : NULL;
        if (!canon && sp && sp->kind == MT_SPAN_ORG && sp->start == i &&
            sp->value && sc->s[i] >= 'a' && sc->s[i] <= 'z')
            sc->out->pool[sp->value] =
                (char)(sc->out->pool[sp->value] - 'a' + 'A');
        return end;
    }
    if (lf->a == POS_PRE) {
        /* 株式会社X: the name follows, after a space at most (「株式会社
         * i.JTB」); a full stop between letters is the name's ("i.JTB",
         * "DMM.com"). */
        size_t p = e;
        int k = 0;
        if (p < sc->len && sc->s[p] == ' ')
            p++;
        size_t from = p;
        while (p < sc->len && k < ORG_NAME_MAX_JA) {
            int n;
            uint32_t c = mt_ex_cp_at(sc, p, &n);
            if (c == '.' && k > 0 && p + 1 < sc->len &&
                mt_ex_is_alnum(sc->s[p - 1]) && mt_ex_is_alnum(sc->s[p + 1])) {
                p++;
                k++;
                continue;
            }
            if (!name_char_ja(c))
                break;
            p += (size_t)n;
            k++;
        }
        if (k == 0)
            return 0;
        e = from;
        /* the name alone (株式会社[パスコ]) or with the form */
        const char *canon = mt_ex_known_org(sc, e, p);
        mt_ex_emit_org(sc, i, p, canon ? canon : mt_ex_known_org(sc, i, p));
        return p;
    }
    span_rec *prev = org_ending_at(sc, i);
    if (!prev && lf->b == SCRIPT_ENINST && i > 0 && sc->s[i - 1] == ' ')
        prev = org_ending_at(sc, i - 1);
    /* "Hibari Clinic Inc.", "Hibari Clinic, Inc.": a name an
     * institutional ending made, then a legal form, is one name, as
     * written. */
    if (!prev && lf->b == SCRIPT_EN && i > 1 && sc->s[i - 1] == ' ') {
        span_rec *r = org_ending_at(sc, sc->s[i - 2] == ',' ? i - 2 : i - 1);
        const char *v = r && r->value ? sc->out->pool + r->value : NULL;
        /* only one whose value is its text, and no name a table knows
         * ("KDDI Corp." keeps the table's KDDI) */
        if (v && strlen(v) == r->end - r->start &&
            memcmp(v, sc->s + r->start, r->end - r->start) == 0 &&
            !mt_ex_known_org(sc, r->start, r->end)) {
            r->end = e;
            r->value = mt_ex_tstr(sc->out, (const char *)sc->s + r->start,
                                  e - r->start);
            sc->last_end = e;
            return e;
        }
    }
    if (prev && lf->b == SCRIPT_ENINST) {
        /* "Kojima Industries": a name of its own, as written. */
        prev->end = e;
        prev->value = mt_ex_tstr(sc->out, (const char *)sc->s + prev->start,
                                 e - prev->start);
        sc->last_end = e;
        return e;
    }
    if (prev && lf->b != SCRIPT_JAGOV) {
        prev->end = e; /* パスコ株式会社: extend the known name */
        sc->last_end = e;
        return e;
    }
    size_t b = i;
    int k = 0;
    if (lf->b == SCRIPT_EN || lf->b == SCRIPT_ENINST) {
        /* "Acme Widgets, Inc.": capitalised words before the form */
        size_t p = i;
        if (p > 0 && sc->s[p - 1] == ' ')
            p--;
        if (p > 0 && sc->s[p - 1] == ',' && p - 1 >= sc->last_end)
            p--;
        /* An institutional ending takes two words at most: headlines
         * capitalise every word ("Ransomware Gang Say Japan Hospital");
         * more only right after a lower-case "the" (running text: "the
         * Nagoya Harbor Transportation Association said"). */
        size_t two = i; /* where the name starts when cut to two words */
        while (k < ORG_NAME_MAX_EN_WORDS && p > sc->last_end) {
            size_t ws = p;
            while (ws > sc->last_end && sc->s[ws - 1] < 0x80 &&
                   (mt_ex_is_alnum(sc->s[ws - 1]) || sc->s[ws - 1] == '&' ||
                    sc->s[ws - 1] == '-'))
                ws--;
            if (ws == p || !mt_ex_is_upper(sc->s[ws]))
                break;
            b = ws;
            k++;
            if (k <= 2)
                two = ws;
            if (ws == 0 || sc->s[ws - 1] != ' ' || ws - 1 < sc->last_end)
                break;
            p = ws - 1;
        }
        if (k == 0)
            return 0;
        if (lf->b == SCRIPT_ENINST && k > 2 &&
            !(b >= 4 && memcmp(sc->s + b - 4, "the ", 4) == 0 &&
              (b == 4 || !mt_ex_is_alnum(sc->s[b - 5])))) {
            b = two;
            k = 2;
        }
        /* "The Hackney Council said", "A Kiri Clinic spokesperson": the
         * article that opens a sentence is no part of a name the tables
         * do not know (elsewhere it may be: "a report by The Kamome
         * Times"); an article alone names nothing ("The Council said",
         * "A Council spokesman"). */
        bool opens = b == 0 || sc->s[b - 1] == '\n' ||
                     (b >= 2 && sc->s[b - 1] == ' ' &&
                      (sc->s[b - 2] == '.' || sc->s[b - 2] == '\n'));
        bool article = memcmp(sc->s + b, "The ", 4) == 0 ||
                       memcmp(sc->s + b, "A ", 2) == 0 ||
                       memcmp(sc->s + b, "An ", 3) == 0;
        if (article && k == 1)
            return 0;
        if (k >= 2 && opens && article) {
            b += sc->s[b] == 'T' ? 4 : sc->s[b + 1] == 'n' ? 3 : 2;
            k--;
        }
        /* "NTT Business Solutions Corp.": a known name, then capitalised
         * words and the form, is one name (a unit of its own), not the
         * known one beside "Business Solutions Corp.". */
        span_rec *known = b > 0 && sc->s[b - 1] == ' ' && lf->b == SCRIPT_EN
                              ? org_ending_at(sc, b - 1)
                              : NULL;
        if (known && mt_ex_is_upper(sc->s[known->start]) &&
            k < ORG_NAME_MAX_EN_WORDS) {
            const char *canon = mt_ex_known_org(sc, known->start, e);
            known->end = e;
            known->value =
                canon ? mt_ex_cstr(sc->out, canon)
                      : mt_ex_tstr(sc->out, (const char *)sc->s + known->start,
                                   e - known->start);
            sc->last_end = e;
            return e;
        }
    } else {
        int maxk =
            lf->b == SCRIPT_JAGOV ? ORG_NAME_MAX_JAGOV : ORG_NAME_MAX_JA_SUFFIX;
        size_t p = i;
        while (k < maxk && p > sc->last_end) {
            size_t ps;
            uint32_t c = mt_ex_cp_before(sc, p, &ps);
            if (ps < sc->last_end)
                break;
            if (lf->b == SCRIPT_JAGOV ? !mt_ex_is_kanji(c) : !name_char_ja(c))
                break;
            p = ps;
            k++;
        }
        b = p;
        if (lf->b == SCRIPT_JAGOV) {
            /* 反省, 省略, 庁舎: a ministry has a name of two or more kanji
             * and ends the word */
            int n;
            uint32_t nc = mt_ex_cp_at(sc, e, &n);
            if (k < 2 || mt_ex_is_kanji(nc))
                return 0;
        } else if (k == 0) {
            return 0;
        } else {
            b = latin_words_before(sc, b, i);
        }
    }
    /* the name with the form (Kobe Steel Ltd.) or alone */
    const char *canon = mt_ex_known_org(sc, b, e);
    mt_ex_emit_org(sc, b, e, canon ? canon : mt_ex_known_org(sc, b, i));
    return e;
}

/* "$200", "$4.5 million": a quantity with unit "$" */
size_t mt_ex_dollars(scan *sc, size_t i, const char *premod, size_t start)
{
    num n;
    if (i + 1 >= sc->len || !mt_ex_is_digit(sc->s[i + 1]) ||
        !mt_ex_parse_num(sc, i + 1, &n) || !n.ok || n.kanji)
        return 0;
    mt_ex_en_scale(sc, &n);
    mt_ex_emit_quantity(sc, start, n.end, n.v, "$", premod);
    return n.end;
}

bool mt_ex_compound_tail(scan *sc, size_t i)
{
    if (i < 2 || sc->s[i - 1] != '-' || sc->s[i] >= 0x80 ||
        !(mt_ex_is_upper(sc->s[i - 2]) || mt_ex_is_digit(sc->s[i - 2])))
        return false;
    return !org_ending_at(sc, i - 1);
}

/* A name of one or two kanji (東レ, 学情) found inside a longer run of
 * kanji (本学情報), or a katakana name inside a longer katakana word
 * (ウィル in ウィルス), is a piece of another word, not the name. */
bool mt_ex_inside_kanji_word(scan *sc, size_t a, size_t b)
{
    size_t k = 0, p = a;
    bool kanji = true, kana = true;
    while (p < b) {
        int n;
        uint32_t c = mt_ex_cp_at(sc, p, &n);
        kanji = kanji && mt_ex_is_kanji(c);
        kana = kana && mt_ex_is_katakana(c);
        p += (size_t)n;
        k++;
    }
    int n;
    size_t ps;
    if (kanji && k <= 2)
        return (b < sc->len && mt_ex_is_kanji(mt_ex_cp_at(sc, b, &n))) ||
               (a > 0 && mt_ex_is_kanji(mt_ex_cp_before(sc, a, &ps)));
    /* ・ separates words (トヨタ・日産): it continues none. */
    if (kana) {
        uint32_t next = b < sc->len ? mt_ex_cp_at(sc, b, &n) : 0;
        uint32_t prev = a > 0 ? mt_ex_cp_before(sc, a, &ps) : 0;
        return (mt_ex_is_katakana(next) && next != 0x30FB) ||
               (mt_ex_is_katakana(prev) && prev != 0x30FB);
    }
    return false;
}

/* The end of a katakana word of two characters or more at b that is no
 * word of kind (KADOKAWAグループ: data/org_generic.tsv) nor of product
 * (「Googleアカウント」「LINEアプリ」: data/org_products.tsv), which
 * leave the name before it the group's own; else 0. */
static size_t katakana_run_on(scan *sc, size_t b)
{
    size_t p = b;
    int k = 0;
    while (p < sc->len && k < ORG_NAME_MAX_JA) {
        int n;
        uint32_t c = mt_ex_cp_at(sc, p, &n);
        if (!mt_ex_is_katakana(c) || c == 0x30FB || (k == 0 && c == 0x30FC))
            break;
        p += (size_t)n;
        k++;
    }
    if (k < 2)
        return 0;
    const mt_extractor *ex = sc->ex;
    const char *w = (const char *)sc->s + b;
    if (mt_ex_word_is(ex, ex->org_generic, ex->norg_generic, w, p - b) ||
        mt_ex_word_ends(ex, ex->org_products, ex->norg_products, w, p - b))
        return 0;
    return p;
}

/* The end of the Latin word from b (letters, digits, full stops) less
 * a full stop that ends the sentence: one after a word without another
 * ("Canon USA."; U.S.A. keeps its own). */
static size_t latin_word_end(scan *sc, size_t b)
{
    size_t q = b;
    while (q < sc->len && (mt_ex_is_alnum(sc->s[q]) || sc->s[q] == '.'))
        q++;
    if (q - b > 1 && sc->s[q - 1] == '.' && !memchr(sc->s + b, '.', q - b - 1))
        q--;
    return q;
}

/* The end of the Latin word at b that opens with a capital and runs two
 * characters or more (キヤノンUSA), unless it names a product (楽天ID:
 * data/org_products.tsv); else 0. */
static size_t capitals_run_on(scan *sc, size_t b)
{
    if (b >= sc->len || !mt_ex_is_upper(sc->s[b]))
        return 0;
    size_t p = latin_word_end(sc, b);
    const mt_extractor *ex = sc->ex;
    if (p - b < 2 || mt_ex_word_ends(ex, ex->org_products, ex->norg_products,
                                     (const char *)sc->s + b, p - b))
        return 0;
    return p;
}

/* The end of the capitalised Latin words joined to b by hyphens
 * (Nichirin-Flex, Kamome-Tsugumi-Works); 0 when no hyphen and capital
 * follow.  A hyphen and a lower-case word ("Toyota-owned") still refer
 * to the name, and a known name after the hyphen is a name of its own
 * (a NEC-NTT venture is two companies'). */
static size_t hyphen_run_on(scan *sc, size_t b)
{
    size_t p = b;
    while (p + 1 < sc->len && sc->s[p] == '-' && mt_ex_is_upper(sc->s[p + 1])) {
        size_t q = p + 1;
        while (q < sc->len && mt_ex_is_alnum(sc->s[q]))
            q++;
        /* A past participle is a headline's "-owned" in capitals
         * ("Toyota-Owned Plant Hit"). */
        if (mt_ex_known_org(sc, p + 1, q) ||
            (q - p > 3 && sc->s[q - 2] == 'e' && sc->s[q - 1] == 'd'))
            break;
        p = q;
    }
    return p > b ? p : 0;
}

/* The end of the words of data/org_units.tsv that follow b, each after
 * one space (Hitachi Energy, Toyota Canada Finance); 0 when none does. */
static size_t units_run_on(scan *sc, size_t b)
{
    const mt_extractor *ex = sc->ex;
    size_t p = b, end = 0;
    while (p + 1 < sc->len && sc->s[p] == ' ' && mt_ex_is_upper(sc->s[p + 1])) {
        size_t q = latin_word_end(sc, p + 1);
        if (!mt_ex_word_is(ex, ex->org_units, ex->norg_units,
                           (const char *)sc->s + p + 1, q - p - 1))
            break;
        end = p = q;
    }
    return end;
}

/* A known name at [a, b) run on into the name of a unit or a company
 * named after it: the end of the whole name, 0 when the name stands alone.
 * (Latin: ASCII letters, digits, spaces and . & -.)
 *   - a Latin name without a space into a katakana word
 *     (NTTコミュニケーションズ, DMMビットコイン), not NTTの nor NTT・KDDI;
 *   - a company's name ending in kanji into a katakana word (日立エナジー:
 *     a katakana name is never cut from a longer katakana word, and a
 *     body's is not run on: 警察庁サイバー警察局 is the agency's bureau);
 *   - a company's Japanese name into Latin capitals (キヤノンUSA);
 *   - a Latin name into capitalised words joined by hyphens, not a
 *     known name nor a participle (Nichirin-Flex is not Nichirin;
 *     Toyota-Owned is Toyota);
 *   - a Latin name run on (into katakana or hyphen words) on into unit
 *     words (Nichirin-Flex USA);
 *   - a company's English name into unit words (Hitachi Energy, Canon
 *     USA, Toyota Financial Services Europe), which a headline's capitals
 *     outside the list never extend ("Hitachi Energy Blames ..."). */
size_t mt_ex_name_run_on(scan *sc, size_t a, size_t b, bool company)
{
    bool latin = true, spaced = false;
    for (size_t q = a; q < b; q++) {
        if (sc->s[q] == ' ')
            spaced = true;
        else if (!mt_ex_is_alnum(sc->s[q]) && sc->s[q] != '.' &&
                 sc->s[q] != '&' && sc->s[q] != '-')
            latin = false;
    }
    if (latin) {
        size_t p = spaced ? 0 : katakana_run_on(sc, b);
        if (!p)
            p = hyphen_run_on(sc, b);
        if (p) { /* (on into unit words: Nichirin-Flex USA) */
            size_t u = units_run_on(sc, p);
            return u ? u : p;
        }
        return company ? units_run_on(sc, b) : 0;
    }
    if (!company)
        return 0;
    size_t ps;
    if (mt_ex_is_kanji(mt_ex_cp_before(sc, b, &ps))) {
        size_t p = katakana_run_on(sc, b);
        if (p)
            return p;
    }
    return capitals_run_on(sc, b);
}
