/*
 * Names in a sentence (stage.h), beside the extractor's spans: the names
 * and aliases of organisations the draft already knows, an English
 * reading of a Japanese name (Tsubaki Shokai), the first word of a known
 * English name ("Casio"), capitalised words after a head noun ("drugmaker
 * Sun Pharma"), the name a group gives itself ("calling itself Black
 * Bear", 「X」を名乗る); and what follows a name and changes it: a place word
 * (歌舞伎座タワー: no organisation) or a region ("Kadokawa Taiwan": the
 * unit).  Each adds mentions to the sentence's parts (read.c).
 */
#include "draft/stage.h"
#include "draft/tense.h"

#include "core/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

/* The character before byte i (3-byte forms), else 0. */
static unsigned cp3_before(const char *s, size_t i)
{
    return i >= 3 ? draft_cp3(s, i, i - 3) : 0;
}

/* The longest note in parentheses after a group's name ("(aka Clop)")
 * group_named_before() passes over, in bytes. */
#define PAREN_NOTE_MAX 60

/* A katakana name inside a longer katakana word (コロナ in コロナウイルス)
 * is no mention of it. */
static bool inside_word(const draft_sentence *s, size_t i, size_t wl,
                        const char *w)
{
    if (!draft_katakana(draft_cp3(w, wl, 0)) ||
        !draft_katakana(draft_cp3(w, wl, wl - 3)))
        return false;
    return draft_katakana(draft_cp3(s->text, s->len, i + wl)) ||
           draft_katakana(cp3_before(s->text, i));
}

/* Drop the mentions that lie within [a, b): a longer name over them
 * replaces them. */
static void drop_mentions(parts *p, size_t a, size_t b)
{
    mention *m = (mention *)p->mentions.v;
    size_t kept = 0;
    for (size_t j = 0; j < p->mentions.n; j++)
        if (!(a <= m[j].pos && m[j].end <= b))
            m[kept++] = m[j];
    p->mentions.n = kept;
}

/* Mentions of name w (organisation o) in the sentence where no span
 * covers it; Latin names only as whole words. */
void draft_mention_name(ctx *c, parts *p, const char *w, long o)
{
    const draft_sentence *s = p->s;
    size_t wl = strlen(w);
    if (wl < 2)
        return;
    for (size_t i = 0; i + wl <= s->len && c->st == MT_OK; i++) {
        if (memcmp(s->text + i, w, wl) != 0)
            continue;
        if ((unsigned char)w[0] < 0x80 &&
            !draft_own_word(s->text, s->len, i, wl))
            continue;
        /* A place a seat names (北陵大学（富山県高岡市）) is no party,
         * though other sentences name it as one. */
        if (inside_word(s, i, wl, w) ||
            draft_seat_place(c->in->orgtab, s, i, i + wl))
            continue;
        /* The longest name wins: a table's short name inside a longer
         * one the draft has learnt ("NTT" in "NTT Kiri Support")
         * gives way to it. */
        bool covered = false;
        for (size_t j = 0; j < p->mentions.n && !covered; j++) {
            const mention *m = (const mention *)p->mentions.v + j;
            covered =
                ((m->pos <= i && i < m->end) ||
                 (i <= m->pos && m->pos < i + wl)) &&
                !(i <= m->pos && m->end <= i + wl && m->end - m->pos < wl);
        }
        if (!covered) {
            drop_mentions(p, i, i + wl);
            draft_add_mention(c, p, i, i + wl, o, true);
        }
        i += wl - 1;
    }
}

static bool not_opener(const ctx *c, const char *w, size_t n)
{
    return draft_cue_value(c, CUE_NOT_OPENER, w, n, true) != NULL;
}

/* The first word of an English name that may stand for it alone (four
 * letters at least, a capital first, words after it). */
typedef struct opener {
    char w[32];
    long org;   /* -1: the first word of two organisations' names */
    bool alias; /* an alias gave it, not only the canonical name */
} opener;

/* The word that opens name al as above, into w; false when none. */
static bool opening_word(const ctx *c, const char *al, char w[32])
{
    size_t n = 0;
    while (al[n] &&
           ((al[n] >= 'a' && al[n] <= 'z') || (al[n] >= 'A' && al[n] <= 'Z')))
        n++;
    if (n < 4 || n >= 32 || al[n] != ' ' || al[0] < 'A' || al[0] > 'Z' ||
        not_opener(c, al, n))
        return false;
    memcpy(w, al, n);
    w[n] = '\0';
    return true;
}

/* Name al ends in an English company form ("Fujifilm Corporation",
 * "Kiri Clinic Corp."): its first word names it as a table's alias would,
 * the form saying it is a company's name, not a headline's words. */
static bool company_form(const char *al)
{
    static const char *const forms[] = {" Corporation", " Corp.",    " Inc.",
                                        " Co., Ltd.",   " Co.,Ltd.", " Ltd."};
    size_t n = strlen(al);
    for (size_t k = 0; k < MT_ARRAY_LEN(forms); k++) {
        size_t fl = strlen(forms[k]);
        if (n > fl && memcmp(al + n - fl, forms[k], fl) == 0)
            return true;
    }
    return false;
}

/* Organisation o has a name that opens with w and ends in a company form
 * or is w and Holdings ("Fujifilm Holdings", "Fujifilm Corporation",
 * "Nissan Motor Co., Ltd."): the company w names when a unit's name opens
 * with the word too ("Fujifilm Europe GmbH"). */
static bool named_w_alone(ctx *c, long o, const char *w)
{
    const org *og = draft_org_at(c, o);
    size_t wl = strlen(w);
    for (size_t k = 0; k <= og->aliases.n; k++) {
        const char *al = k ? ((char **)og->aliases.v)[k - 1] : og->name;
        if (!al || strncmp(al, w, wl) != 0 || al[wl] != ' ')
            continue;
        if (company_form(al + wl) || strcmp(al + wl, " Holdings") == 0)
            return true;
    }
    return false;
}

/* Every organisation's opening words, rebuilt when names changed since
 * (a sentence asks; the organisations and their names change far less
 * often). */
static void openers_fresh(ctx *c)
{
    if (c->openers_ok && c->openers_at == c->names)
        return;
    c->openers.n = 0;
    for (size_t o = 0; o < c->orgs.n && c->st == MT_OK; o++) {
        const org *og = draft_org_at(c, (long)o);
        /* (A unit's first word names its group: "Nintendo" of
         * "Nintendo Canada".) */
        if (og->merged_into >= 0 || og->unit_of >= 0)
            continue;
        for (size_t k = 0; k <= og->aliases.n; k++) {
            const char *al = k ? ((char **)og->aliases.v)[k - 1] : og->name;
            char w[32];
            if (!al || !opening_word(c, al, w))
                continue;
            opener *v = (opener *)c->openers.v, *same = NULL;
            for (size_t i = 0; i < c->openers.n && !same; i++)
                if (draft_ascii_ieq(v[i].w, strlen(v[i].w), w))
                    same = &v[i];
            bool alias = k > 0 || company_form(al);
            if (same) {
                if (same->org >= 0 && same->org != (long)o) {
                    bool mine = named_w_alone(c, (long)o, w),
                         theirs = named_w_alone(c, same->org, w);
                    same->org = mine && !theirs   ? (long)o
                                : theirs && !mine ? same->org
                                                  : -1;
                    same->alias = same->alias || (mine && alias);
                } else if (same->org == (long)o) {
                    same->alias = same->alias || alias;
                }
                continue;
            }
            opener *x = draft_vec_push(&c->openers, sizeof(opener));
            if (!x) {
                draft_oom(c);
                return;
            }
            memcpy(x->w, w, sizeof w);
            x->org = (long)o;
            x->alias = alias;
        }
    }
    c->openers_at = c->names;
    c->openers_ok = true;
}

void draft_mention_openers(ctx *c, parts *p)
{
    openers_fresh(c);
    for (size_t i = 0; i < c->openers.n && c->st == MT_OK; i++) {
        const opener *x = (const opener *)c->openers.v + i;
        if (x->org < 0 || !x->alias)
            continue;
        const org *og = draft_org_at(c, x->org);
        if (og->merged_into < 0 && og->kind == ORG_COMPANY)
            draft_mention_name(c, p, x->w, x->org);
    }
}

/* The romaji phrase w (lower case, spaces between words) written in the
 * sentence with its first letter a capital; its start, or SIZE_MAX. */
static size_t find_capitalised(const draft_sentence *s, const char *w)
{
    size_t wl = strlen(w);
    for (size_t i = 0; i + wl <= s->len; i++) {
        if (s->text[i] < 'A' || s->text[i] > 'Z' ||
            !draft_ascii_ieq(s->text + i, wl, w))
            continue;
        if (!draft_own_word(s->text, s->len, i, wl))
            continue;
        return i;
    }
    return SIZE_MAX;
}

/* The end of the run of katakana (and ー) from byte a of s; a when none. */
static size_t katakana_run(const draft_sentence *s, size_t a)
{
    size_t z = a;
    while (draft_katakana(draft_cp3(s->text, s->len, z)))
        z += 3;
    return z;
}

/* A mention overlaps bytes [a, b). */
static bool mentioned(const parts *p, size_t a, size_t b)
{
    for (size_t j = 0; j < p->mentions.n; j++) {
        const mention *m = (const mention *)p->mentions.v + j;
        if (m->pos < b && a < m->end)
            return true;
    }
    return false;
}

/* The loan skeleton (draft_loan_key) of a Latin name, spelt in lower
 * case; 0 when the name is not Latin or too long. */
static size_t latin_loan_key(const char *name, char *key, size_t size)
{
    char low[128];
    size_t n = strlen(name);
    if (n >= sizeof low)
        return 0;
    for (size_t q = 0; q < n; q++) {
        unsigned char ch = (unsigned char)name[q];
        if (ch >= 0x80)
            return 0;
        low[q] = ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : (char)ch;
    }
    low[n] = '\0';
    return draft_loan_key(low, true, key, size);
}

/* The organisation a Latin name or alias of which has loan skeleton
 * key[0..nk); -1 when none.  Asked only for a run of six sounds or more,
 * a few per sentence (ランサムウェア, サーバー are shorter). */
static long loan_org(ctx *c, const char *key, size_t nk)
{
    char want[128];
    for (size_t o = 0; o < c->orgs.n; o++) {
        const org *og = draft_org_at(c, (long)o);
        if (og->merged_into >= 0)
            continue;
        for (size_t k = 0; k <= og->aliases.n; k++) {
            const char *nm = k ? ((char **)og->aliases.v)[k - 1] : og->name;
            if (latin_loan_key(nm, want, sizeof want) == nk &&
                memcmp(want, key, nk) == 0)
                return (long)o;
        }
    }
    return -1;
}

void draft_mention_loans(ctx *c, parts *p)
{
    const draft_sentence *s = p->s;
    char kata[256], rom[256], key[128];
    for (size_t i = 0; i < s->len && c->st == MT_OK;) {
        size_t z = katakana_run(s, i);
        if (z == i) {
            i++;
            continue;
        }
        /* Four characters at least (a run is maximal: i follows no
         * katakana); draft_romaji reads a whole string: the run alone. */
        if (z - i >= 12 && z - i < sizeof kata) {
            memcpy(kata, s->text + i, z - i);
            kata[z - i] = '\0';
            size_t nk = draft_romaji(c->in->orgtab, kata, rom, sizeof rom)
                            ? draft_loan_key(rom, false, key, sizeof key)
                            : 0;
            long o = nk >= 6 ? loan_org(c, key, nk) : -1;
            if (o >= 0 && !mentioned(p, i, z))
                draft_add_mention(c, p, i, z, o, true);
        }
        i = z;
    }
}

/* Mentions of organisation o by a run of the words of its reading: two
 * words or more, or one of six letters or more ("Tsubaki Shokai",
 * "Yanagi Kogyo"). */
void draft_mention_romaji(ctx *c, parts *p, long o)
{
    const char *rom = draft_org_at(c, o)->romaji;
    size_t n = strlen(rom);
    /* 宇都宮市, 栃木県: the reading of a government named by its place is
     * the place's name ("an 18-year-old from Utsunomiya"); English writes
     * the body "Utsunomiya City".  (A company whose name ends as a place's
     * does, ツグミ鉄道, keeps its reading.) */
    const char *name = draft_org_at(c, o)->name;
    if (draft_org_at(c, o)->kind == ORG_GOVERNMENT &&
        draft_place_ending(c->in->orgtab, name, strlen(name)))
        return;
    char run[256];
    for (size_t a = 0; a < n; a++) {
        if (a && rom[a - 1] != ' ')
            continue;
        /* Longest run first: "Tsubaki Shokai" is one mention, not
         * "Tsubaki" and "Shokai". */
        for (size_t b = n; b > a; b--) {
            if (b < n && rom[b] != ' ')
                continue;
            size_t len = b - a;
            if (len >= sizeof run)
                break;
            memcpy(run, rom + a, len);
            run[len] = '\0';
            if (!strchr(run, ' ') && len < 6)
                continue;
            size_t at = find_capitalised(p->s, run);
            if (at == SIZE_MAX)
                continue;
            if (!mentioned(p, at, at + len))
                draft_add_mention(c, p, at, at + len, o, true);
            break;
        }
    }
}

/* A byte of a Latin name: letters, digits and the marks names spell
 * with (AT&T, Black-Hunt, Ragnar_Locker, Lapsus$, 8Base). */
static bool name_byte(unsigned char ch)
{
    return draft_ascii_alnum(ch) || ch == '&' || ch == '-' || ch == '_' ||
           ch == '$';
}

/* The bytes of the name character at byte i of s: 1 for an ASCII name
 * byte, more for a letter of the Latin blocks beyond ASCII (up to
 * U+024F: Québec, Nestlé, Škoda; not the signs × and ÷ among them), 0
 * for anything else. */
static size_t name_char(const draft_sentence *s, size_t i)
{
    unsigned char ch = (unsigned char)s->text[i];
    if (name_byte(ch))
        return 1;
    if (ch < 0x80)
        return 0;
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s->text + i,
                                          (utf8proc_ssize_t)(s->len - i), &cp);
    if (k <= 0 || cp > 0x024F)
        return 0;
    utf8proc_category_t cat = utf8proc_category(cp);
    return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL
               ? (size_t)k
               : 0;
}

static bool capital_at(const draft_sentence *s, size_t i, bool digits)
{
    return i < s->len && ((s->text[i] >= 'A' && s->text[i] <= 'Z') ||
                          (digits && s->text[i] >= '0' && s->text[i] <= '9'));
}

/* The end of up to four words from byte a that each begin with a capital
 * (or a digit, when digits) and are made of name bytes, one space
 * between: "Enzo Biochem", "Black Bear"; a when none. */
static size_t caps_words(const draft_sentence *s, size_t a, bool digits)
{
    size_t z = a;
    for (int words = 0; words < 4 && capital_at(s, z, digits); words++) {
        for (size_t k; z < s->len && (k = name_char(s, z)) > 0;)
            z += k;
        if (z + 1 < s->len && s->text[z] == ' ' && capital_at(s, z + 1, digits))
            z++;
        else
            break;
    }
    return z;
}

/* The words of [from, to) (each after one space) are legal forms
 * (draft_cues.tsv, form_after): "Co", "Corp". */
static bool only_forms(const parts *p, size_t from, size_t to)
{
    const draft_sentence *s = p->s;
    size_t i = from;
    while (i < to) {
        if (s->text[i] != ' ' || !draft_hit_at(p, i + 1, CUE_FORM_AFTER))
            return false;
        i++;
        while (i < to && s->text[i] != ' ')
            i++;
    }
    return true;
}

/* The capitalised words [a, z) of the sentence (under 64 bytes) as a
 * mention: of the organisation whose English name they open ("manufacturer
 * Casio": Casio Computer, カシオ計算機's), else of their own. */
static void caps_mention(ctx *c, parts *p, size_t a, size_t z)
{
    char name[64];
    if (z - a >= sizeof name)
        return;
    memcpy(name, p->s->text + a, z - a);
    name[z - a] = '\0';
    long oi = draft_org_opening(c, name, z - a);
    if (oi < 0)
        oi = draft_org_get(c, name, NULL, 0);
    if (oi >= 0)
        draft_add_mention(c, p, a, z, oi, true);
}

/* The longest Latin name before 社, in bytes. */
#define SHA_NAME_MAX 40

/* 「Insomniac社は」, 「米Codecov社」, 「ProCX 社」: Japanese news names a
 * foreign company by its Latin name and 社.  A run of ASCII letters,
 * digits, spaces and . & - right before 社 (not 社会, 社員, 社長, 社内,
 * 社外 ...: 社 ends a word there), opening with a capital, two
 * characters at least (「A社」 keeps a company's name back), names
 * that organisation, 社 left out; one the sentence already names is left
 * alone. */
/* A byte a Latin name before 社 may hold. */
static bool sha_name_byte(char ch)
{
    return draft_ascii_alnum((unsigned char)ch) ||
           (ch && strchr(" .&-", ch) != NULL);
}

void draft_mention_sha(ctx *c, parts *p)
{
    const draft_sentence *s = p->s;
    static const char sha[] = "\xe7\xa4\xbe"; /* 社 */
    for (size_t i = 1; i + 3 <= s->len && c->st == MT_OK; i++) {
        if (memcmp(s->text + i, sha, 3) != 0 ||
            draft_noun_char_at(s->text, s->len, i + 3))
            continue;
        size_t z = i;
        while (z > 0 && s->text[z - 1] == ' ')
            z--;
        size_t a = z;
        while (a > 0 && i - a < SHA_NAME_MAX && sha_name_byte(s->text[a - 1]))
            a--;
        /* A name longer than the limit is cut anywhere: none is read. */
        if (i - a >= SHA_NAME_MAX && a > 0 && sha_name_byte(s->text[a - 1]))
            continue;
        while (a < z && !(s->text[a] >= 'A' && s->text[a] <= 'Z'))
            a++;
        if (z - a < 2 ||
            (a > 0 && draft_ascii_alnum((unsigned char)s->text[a - 1])) ||
            mentioned(p, a, z))
            continue;
        caps_mention(c, p, a, z);
    }
}

/* "diagnostics company Enzo Biochem said", "drugmaker Sun Pharma", "its
 * contractor, Hibari Print,": up to four capitalised words right after
 * the head noun of hit h (a comma between) name an
 * organisation the tables may not know, a name of its own in a round-up
 * (not the topic's).  A known name there is already a mention. */
void draft_name_after(ctx *c, parts *p, const hit *h)
{
    const draft_sentence *s = p->s;
    /* A headline capitalises every word ("Pharmaceutical Giant Eisai Hit
     * by Ransomware"): capitals name nothing there. */
    if (draft_title_case(s))
        return;
    /* "Company Edition", a capitalised word inside a sentence: part of a
     * name itself (a product's), not the common noun that introduces one
     * ("Drugmaker Hibari Pharma said" opens a sentence). */
    if (h->pos > 0 && s->text[h->pos] >= 'A' && s->text[h->pos] <= 'Z')
        return;
    size_t a = h->end;
    /* "its printing contractor, Hibari Print, was hit": an apposition. */
    if (a + 1 < s->len && s->text[a] == ',' && s->text[a + 1] == ' ')
        a++;
    if (a >= s->len || s->text[a] != ' ')
        return;
    a++;
    size_t z = caps_words(s, a, false);
    if (z == a || z - a >= 64)
        return;
    /* "the support-desk unit, NTT Kiri Support": a known
     * name (NTT) that opens the run is the parent's; the run names the
     * unit, unless all it adds is a legal form ("Honda Motor Co"). */
    size_t known = a;
    for (size_t k = 0; k < p->mentions.n; k++) {
        const mention *m = (const mention *)p->mentions.v + k;
        if (!(m->pos < z && a < m->end))
            continue;
        if (m->pos != a || m->end >= z || !m->named)
            return;
        known = m->end;
    }
    if (known > a && only_forms(p, known, z))
        return;
    drop_mentions(p, a, z);
    caps_mention(c, p, a, z);
}

/* An event type name of an attack or a leak. */
static bool attack_type(const char *v)
{
    mt_event_type t;
    return v && mt_event_type_parse(&t, v) == MT_OK &&
           draft_attack_type((int)t);
}

/*
 * "Rockstar Games said it was hit", "Kamome Trading was breached", "Tokio
 * Marine Insurance Singapore (TMiS) said that they were targeted": the
 * capitalised words that open an English sentence and end right before
 * what happens to an organisation (hit h: was hit by, said its, ...) name
 * it where no table knows it.  Two words at least, or one that is not a
 * capital and lower case only ("Officials said its" names nobody; "DeNA"
 * and "KADOKAWA" stand alone); its abbreviation in parentheses may stand
 * between.  Not in a headline, which capitalises every word.
 */
void draft_subject_before(ctx *c, parts *p, const hit *h)
{
    const draft_sentence *s = p->s;
    const char *t = s->text;
    if (draft_title_case(s) || h->pos < 2 || t[h->pos - 1] != ' ')
        return;
    size_t z = h->pos - 1;
    if (t[z - 1] == ')') { /* " (TMiS)" */
        size_t o = z - 1;
        while (o > 0 && z - o < 16 && t[o] != '(')
            o--;
        if (t[o] != '(' || o == 0 || t[o - 1] != ' ')
            return;
        z = o - 1;
    }
    /* "Hibari Motors, a Japanese automaker, said its": an apposition
     * opened by an article between the name and the cue. */
    if (z >= 2 && t[z - 1] == ',') {
        size_t o = z - 1;
        while (o > 1 && z - o < 64 && !(t[o - 1] == ',' && t[o] == ' '))
            o--;
        if (o > 1 && t[o - 1] == ',' && draft_apposition_opens(t + o, z - o))
            z = o - 1;
    }
    /* The name opens the sentence, or follows an opening phrase and its
     * comma ("On Tuesday, Hibari Motors said its"), or a place it is
     * based in ("Tokyo-based Hibari Motors"). */
    size_t a = 0;
    for (size_t i = 0; i + 1 < z; i++)
        if (t[i] == ',' && t[i + 1] == ' ')
            a = i + 2;
    while (a < z && t[a] == ' ')
        a++;
    size_t w = a;
    while (w < z && t[w] != ' ')
        w++;
    if (w - a > 6 && mt_starts_with(t + w - 6, 6, "-based"))
        a = w + 1;
    if (a >= z || caps_words(s, a, true) != z || z - a >= 64)
        return;
    /* and the sentence tells of an attack or a leak in the cue or after
     * it, in the extractor's event words, the draft's event cues or a
     * family word ("was breached", "has been attacked"); after it when
     * the cue ends in "by" ("was hit by ransomware"; not "the minister
     * was hit by criticism") */
    size_t from =
        h->end - h->pos > 3 && mt_starts_with(t + h->end - 3, 3, " by")
            ? h->end
            : h->pos;
    bool attack = false;
    for (size_t k = 0; k < s->nspans && !attack; k++) {
        const draft_span *sp = &s->spans[k];
        attack = sp->kind == DRAFT_EVENT && sp->start >= from &&
                 attack_type(sp->type);
    }
    for (size_t k = 0; k < p->hits.n && !attack; k++) {
        const hit *x = (const hit *)p->hits.v + k;
        attack = x->pos >= from &&
                 ((x->kind == CUE_EVENT && attack_type(x->value)) ||
                  x->kind == CUE_FAMILY_WORD);
    }
    if (!attack)
        return;
    bool one = !memchr(t + a, ' ', z - a), title = true;
    for (size_t i = a + 1; i < z; i++)
        title = title && !(t[i] >= 'A' && t[i] <= 'Z');
    if (one && title)
        return;
    if (!mentioned(p, a, z)) /* else a name the draft knows already */
        caps_mention(c, p, a, z);
}

/* The actor name [*a, *z) after an English cue ending at byte from: an
 * optional opening quote, then up to four words that each begin with a
 * capital or a digit ("calling itself Black Bear", "known as
 * 'Hunters International'"); a lower-case word ends it ("a group called
 * Karasu claimed"). */
static bool actor_after(const draft_sentence *s, size_t from, size_t *a,
                        size_t *z)
{
    size_t i = from;
    while (i < s->len && s->text[i] == ' ')
        i++;
    if (i < s->len && (s->text[i] == '"' || s->text[i] == '\''))
        i++;
    else if (i + 3 <= s->len && (memcmp(s->text + i, "\xe2\x80\x9c", 3) == 0 ||
                                 memcmp(s->text + i, "\xe2\x80\x98", 3) == 0))
        i += 3; /* “ ‘ */
    size_t e = caps_words(s, i, true);
    bool letter = false; /* not a figure ("calling itself 2") */
    for (size_t k = i; k < e && !letter; k++)
        letter = (s->text[k] | 32) >= 'a' && (s->text[k] | 32) <= 'z';
    *a = i;
    *z = e;
    return letter && e - i < 64;
}

/* The actor name [*a, *z) before a Japanese cue at byte to: the text of
 * the quotes that close right before it (「Black Bear」を名乗る), else the
 * run of Latin letters, digits, spaces and katakana before it
 * (Ragnar_Locker Teamと名乗る, ロックビットを名乗る). */
static bool actor_before(const draft_sentence *s, size_t to, size_t *a,
                         size_t *z)
{
    const char *t = s->text;
    if (to >= 6 && (memcmp(t + to - 3, "\xe3\x80\x8d", 3) == 0 ||  /* 」 */
                    memcmp(t + to - 3, "\xe3\x80\x8f", 3) == 0)) { /* 』 */
        const char *open = (unsigned char)t[to - 1] == 0x8D
                               ? "\xe3\x80\x8c"  /* 「 */
                               : "\xe3\x80\x8e"; /* 『 */
        size_t lim = to > 3 + 90 ? to - 3 - 90 : 0;
        for (size_t i = to - 3; i >= 3 && i - 3 >= lim; i--)
            if (memcmp(t + i - 3, open, 3) == 0) {
                *a = i;
                *z = to - 3;
                return *z > *a;
            }
        return false;
    }
    size_t i = to;
    while (i > 0 && to - i < 60) {
        unsigned char ch = (unsigned char)t[i - 1];
        if (ch < 0x80 && (name_byte(ch) || ch == ' ' || ch == '.')) {
            i--;
            continue;
        }
        unsigned cp = cp3_before(t, i);
        if (draft_katakana(cp)) {
            i -= 3;
            continue;
        }
        break;
    }
    while (i < to && t[i] == ' ')
        i++;
    *a = i;
    *z = to;
    return to - i >= 3; /* a katakana character, or three Latin ones */
}

/* The name actor_name cue h gives, [*a, *z): after an English cue,
 * before a Japanese one; false when none. */
static bool actor_span(const draft_sentence *s, const hit *h, size_t *a,
                       size_t *z)
{
    return (unsigned char)s->text[h->pos] < 0x80
               ? actor_after(s, h->end, a, z)
               : actor_before(s, h->pos, a, z);
}

/* English: a group the sentence has named right before cue h, one whose
 * last word may be a verb (value verb: named, called), so that it is
 * the verb: "the Cl0p (aka Clop) cybercrime group named Umeda Clinic on
 * its leak site" (or "the Hibari Corp. group named its new head": any
 * organisation's).  Between the name and the cue stand only
 * notes in parentheses and at most one lower-case word of its
 * description (cybercrime, ransomware): more ("LockBit and a group
 * called Karasu", "blamed another group called") begin a description of
 * another group, whose name follows. */
static bool group_named_before(const parts *p, const hit *h)
{
    const char *t = p->s->text;
    size_t i = h->pos;
    int words = 0;
    if (strcmp(h->value, "verb") != 0)
        return false;
    for (;;) {
        while (i > 0 && t[i - 1] == ' ')
            i--;
        if (i > 0 && t[i - 1] == ')') {
            size_t k = i - 1;
            while (k > 0 && t[k - 1] != '(' && i - k < PAREN_NOTE_MAX)
                k--;
            if (k == 0 || t[k - 1] != '(')
                return false;
            i = k - 1;
            continue;
        }
        size_t w = i;
        while (w > 0 && t[w - 1] >= 'a' && t[w - 1] <= 'z')
            w--;
        if (w == i || (w > 0 && t[w - 1] != ' '))
            break;
        if (++words > 1)
            return false;
        i = w;
    }
    for (size_t k = 0; k < p->mentions.n; k++)
        if (((const mention *)p->mentions.v)[k].end == i)
            return true;
    return false;
}

void draft_actor_name(ctx *c, parts *p, const hit *h)
{
    const draft_sentence *s = p->s;
    size_t a, z;
    bool latin = (unsigned char)s->text[h->pos] < 0x80;
    if (!actor_span(s, h, &a, &z) || z - a >= 64)
        return;
    if (latin && group_named_before(p, h))
        return;
    /* 「ツグミールを名乗る不審な電話」: calls that pretend to come from it */
    if (!latin &&
        draft_hit_in(p, CUE_IMPERSONATION, h->end, draft_clause_end(s, h->end)))
        return;
    /* A name the tables know (Ragnar Locker) is already there, maybe
     * longer than what is read here. */
    for (size_t k = 0; k < p->mentions.n; k++) {
        const mention *m = (const mention *)p->mentions.v + k;
        if (m->pos < z && a < m->end) {
            draft_org_at(c, m->org)->hints |= ROLE_HINT_ATTACKER;
            return;
        }
    }
    char name[64];
    memcpy(name, s->text + a, z - a);
    name[z - a] = '\0';
    long oi = draft_org_get(c, name, NULL, 0);
    if (oi < 0)
        return;
    draft_org_at(c, oi)->hints |= ROLE_HINT_ATTACKER;
    draft_add_mention(c, p, a, z, oi, true);
}

bool draft_self_named(const parts *p, long oi)
{
    const draft_sentence *s = p->s;
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        size_t a, z;
        if (h->kind != CUE_ACTOR_NAME || !actor_span(s, h, &a, &z))
            continue;
        for (size_t k = 0; k < p->mentions.n; k++) {
            const mention *m = (const mention *)p->mentions.v + k;
            if (m->org == oi && m->pos < z && a < m->end)
                return true;
        }
    }
    return false;
}

/* A cue of that kind starting at pos, or after one space when the name
 * is Latin; NULL when none does. */
static const hit *hit_after(const parts *p, size_t pos, bool latin,
                            draft_cue_kind kind)
{
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind == kind && (h->pos == pos || (latin && h->pos == pos + 1 &&
                                                  p->s->text[pos] == ' ')))
            return h;
    }
    return NULL;
}

/* The end of hit_after's cue, or 0. */
static size_t cue_after(const parts *p, size_t pos, bool latin,
                        draft_cue_kind kind)
{
    const hit *h = hit_after(p, pos, latin, kind);
    return h ? h->end : 0;
}

/* The name [a, b) ends in a place name's last character (data/seats.tsv:
 * 東京都, 富山県, 高岡市). */
static bool place_name(const ctx *c, const draft_sentence *s, size_t a,
                       size_t b)
{
    return draft_place_ending(c->in->orgtab, s->text + a, b - a);
}

static bool latin_letter(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/* s is English (no kana or kanji: 「Hoya Vision Care USA」 quoted in a
 * Japanese sentence is a name) and every word of three letters or more
 * in it opens with a capital: a headline's style ("Kiri Hit By
 * Cyberattack In US"), in which capitals name nothing. */
static bool title_case(const draft_sentence *s)
{
    int words = 0;
    for (size_t i = 0; i < s->len; i++) {
        unsigned char b = (unsigned char)s->text[i];
        if (b >= 0xE3 && b <= 0xE9) /* lead byte of kana and kanji */
            return false;
    }
    for (size_t i = 0; i < s->len;) {
        while (i < s->len && !latin_letter(s->text[i]))
            i++;
        size_t w = i;
        while (i < s->len && latin_letter(s->text[i]))
            i++;
        if (i - w < 3)
            continue;
        if (s->text[w] >= 'a' && s->text[w] <= 'z')
            return false;
        words++;
    }
    return words >= 3;
}

/* A date the extractor read lies in s[a, b) ("Tuesday"). */
static bool date_within(const draft_sentence *s, size_t a, size_t b)
{
    for (size_t i = 0; i < s->nspans; i++)
        if (s->spans[i].kind == DRAFT_DATE && s->spans[i].start < b &&
            s->spans[i].end > a)
            return true;
    return false;
}

/* 「歌舞伎座タワー内のオフィス」: a name a place word follows names the
 * place, no organisation; "Kadokawa Taiwan": a name a region follows is
 * the unit of that region, an organisation of its own. */
void draft_places_and_units(ctx *c, parts *p)
{
    const draft_sentence *s = p->s;
    for (size_t i = 0; i < p->mentions.n && c->st == MT_OK;) {
        mention *m = (mention *)p->mentions.v + i;
        bool latin = (unsigned char)s->text[m->pos] < 0x80;
        /* 「東京都内の会社」: a place cue of value region only after the
         * name of a place (a company's 「社内」 is its own). */
        const hit *pl =
            m->named ? hit_after(p, m->end, latin, CUE_PLACE_AFTER) : NULL;
        if (pl && (strcmp(pl->value, "region") != 0 ||
                   place_name(c, s, m->pos, m->end))) {
            memmove(m, m + 1, (p->mentions.n - i - 1) * sizeof *m);
            p->mentions.n--;
            continue;
        }
        /* A name read whole that ends in a region after a known name
         * ("Nintendo Canada" as one span): that group's unit there. */
        if (latin && m->named && draft_org_at(c, m->org)->unit_of < 0)
            for (size_t k = 0; k < p->hits.n; k++) {
                const hit *h = (const hit *)p->hits.v + k;
                if (h->kind != CUE_REGION_AFTER || h->end != m->end ||
                    h->pos < m->pos + 2 || s->text[h->pos - 1] != ' ')
                    continue;
                size_t gl = h->pos - 1 - m->pos;
                long g = draft_org_find(c, s->text + m->pos, gl);
                if (g < 0)
                    g = draft_org_opening(c, s->text + m->pos, gl);
                if (g < 0 && gl < 64 &&
                    draft_orgtab_find(c->in->orgtab, s->text + m->pos, gl)) {
                    char gn[64];
                    memcpy(gn, s->text + m->pos, gl);
                    gn[gl] = '\0';
                    g = draft_org_get(c, gn, NULL, 0);
                }
                if (g != m->org)
                    draft_unit_mark(c, m->org, g, h->value);
            }
        /* "Kadokawa Taiwan"; "NTT Communications", "Nissan Financial
         * Services": a unit named after its organisation. */
        /* (An outlet has no regional unit: "told Reuters US customers
         * were safe".) */
        const hit *rh = latin && m->named && !draft_is_media(c, m->org)
                            ? hit_after(p, m->end, true, CUE_REGION_AFTER)
                            : NULL;
        size_t e = rh ? rh->end : 0;
        const char *region = rh ? rh->value : NULL;
        /* (Only after a name the tables know: "Koko Logistics" is the
         * English name of ココ・ロジスティクス, known here as "Koko".) */
        const org *mo = draft_org_at(c, m->org);
        if (latin && m->named && !e && m->end + 1 < s->len &&
            capital_at(s, m->end + 1, false) &&
            (draft_orgtab_find(c->in->orgtab, mo->name, strlen(mo->name)) ||
             memchr(s->text + m->pos, ' ', m->end - m->pos)))
            e = cue_after(p, m->end, true, CUE_UNIT_WORD); /* not "data" */
        /* "Hoya Vision Care USA": the unit's own words between its
         * group's name and the region (after a name the tables know, as
         * above), the region ending them; not in a headline, whose
         * capitals are its style ("Kiri Hit By Attack In US", "Kiri
         * Confirms U.S. Server Hacked"), nor over a date ("Kiri Tuesday
         * US time"). */
        if (latin && m->named && !e && m->end + 1 < s->len &&
            s->text[m->end] == ' ' && capital_at(s, m->end + 1, false) &&
            !title_case(s) &&
            draft_orgtab_find(c->in->orgtab, mo->name, strlen(mo->name))) {
            size_t w = caps_words(s, m->end + 1, false);
            for (size_t k = 0; k < p->hits.n && !e; k++) {
                const hit *h = (const hit *)p->hits.v + k;
                if (h->kind == CUE_REGION_AFTER && h->pos > m->end + 1 &&
                    h->pos < w && s->text[h->pos - 1] == ' ' &&
                    !date_within(s, m->end, h->pos) &&
                    !(h->end + 1 < s->len && s->text[h->end] == ' ' &&
                      capital_at(s, h->end + 1, false))) {
                    e = h->end;
                    region = h->value;
                }
            }
        }
        /* "American Honda": a region before the name. */
        size_t b = m->pos;
        for (size_t k = 0; latin && m->named && !e && k < p->hits.n; k++) {
            const hit *h = (const hit *)p->hits.v + k;
            if (h->kind == CUE_REGION_BEFORE && h->end + 1 == m->pos &&
                s->text[h->end] == ' ') {
                b = h->pos;
                e = m->end;
                region = h->value;
            }
        }
        /* The unit's own words after it: "American Honda Finance
         * Corporation", "Honda of America Manufacturing"; not a field's
         * label a record page writes next ("Victim: Honda of Canada
         * Date: Feb 2022", its lines run together). */
        if (e && e + 1 < s->len && s->text[e] == ' ' &&
            capital_at(s, e + 1, false)) {
            size_t w = caps_words(s, e + 1, false);
            if (w >= s->len || s->text[w] != ':')
                e = w;
        }
        if (e && e - b < 120) {
            char name[128];
            memcpy(name, s->text + b, e - b);
            name[e - b] = '\0';
            /* (A unit a Japanese source only described, 「カナダの子会
             * 社」, becomes this one at the end: units.c.) */
            long oi = draft_org_get(c, name, NULL, 0);
            draft_unit_mark(c, oi, m->org, region);
            if (oi >= 0) {
                org *o = draft_org_at(c, oi);
                if (o->kind == ORG_UNKNOWN)
                    o->kind = draft_org_at(c, m->org)->kind;
                m = (mention *)p->mentions.v + i;
                m->org = oi;
                m->pos = b;
                m->end = e;
            }
        }
        i++;
    }
}
