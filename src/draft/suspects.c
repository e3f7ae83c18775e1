/*
 * Suspects the police name.  Japanese news names a person arrested or
 * charged by the name and 容疑者 (「会社員の鳥居一郎容疑者(34)を逮捕し
 * た」): that person is whom the incident is attributed to, an attacker
 * in the dossier's terms, and the arrest the attribution of its day
 * (beside the police's investigation that the arrest is a step of).
 *
 * The name is the run right before the cue (kind suspect: 容疑者) that
 * the age in parentheses follows: kanji, SUSPECT_KANJI_MIN to
 * SUSPECT_KANJI_MAX of them, or katakana with a middle dot (a foreign
 * name given in full: ボブ・ミサゴ容疑者(25)).  Two
 * kanji, or katakana without a dot, are a family name alone (「鳥居容疑
 * 者は…と供述」): a mention of the suspect named in full before it whose
 * name it opens, else nobody.  Anything else before the cue (「中国籍の
 * 容疑者5名」, 「同容疑者」, 「容疑者不詳」), and a descriptor right before
 * it (value descriptor: 「複数の中国人容疑者」), names no one.  A suspect
 * news leaves unnamed is often told by the post he held (元従業員, 元派遣
 * 社員: value insider): the subject (が) or an object (を) of a sentence that
 * tells an arrest (value arrest: 逮捕, 起訴; none inside a word that
 * clears, value cleared: 不起訴, nor negated after it) and has no 容疑者,
 * the post is the attacker's name.
 *
 * English news names a suspect by the full name with the age between
 * commas, as the object of the arrest word (value english: arrested,
 * indicted): "police arrested Taro Kiri, 39, on suspicion of ...",
 * "arrested former contractor Taro Kiri, 39,", or as its subject, "Taro
 * Kiri, 39, was arrested".  The name is a run of ENGLISH_NAME_MIN to
 * ENGLISH_NAME_MAX capitalised words, one more before it making it none
 * (a title: "Chief Executive Ken Abe").  A name elsewhere in the
 * sentence ("No one has been arrested, said spokesman Ken Abe, 45"), one
 * the sentence gives without the age ("police arrested a man") and a
 * headline's capitals name no one.
 */
#include "draft/stage.h"

#include "core/internal.h"

#include <string.h>

/* A full name: at least three kanji (a family name alone has two as a
 * rule), at most five (longer runs hold a title: 元社員鳥居一郎). */
#define SUSPECT_KANJI_MIN 3
#define SUSPECT_KANJI_MAX 5
/* At most this many katakana (a dot included) in a foreign name. */
#define SUSPECT_KANA_MAX 16

#define MIDDLE_DOT 0x30FBu /* ・ */

/* How far after an arrest word a negation of it may stand, in bytes
 * (「逮捕には至っていない」). */
#define ARREST_NEG_MAX 36

/* Words of an English full name (given and family name, perhaps a
 * middle one): a longer run of capitals holds a title ("Chief Executive
 * Ken Abe"). */
#define ENGLISH_NAME_MIN 2
#define ENGLISH_NAME_MAX 3
/* Letters of one word of such a name. */
#define ENGLISH_WORD_MAX 20
/* The longest suspect's name kept, in bytes with its NUL (the longest
 * English name: three words of twenty letters). */
#define SUSPECT_NAME_MAX (ENGLISH_NAME_MAX * (ENGLISH_WORD_MAX + 1))

/* The end of the last descriptor (value descriptor: 中国人, 会社員; or
 * a post, value insider: 元従業員) that
 * lies in bytes [a, at], or a when none: a name follows it (「元社員鳥居
 * 一郎容疑者」); one that ends at the cue tells who the suspect is, not
 * the name. */
static size_t after_descriptor(const parts *p, size_t a, size_t at)
{
    size_t from = a;
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind == CUE_SUSPECT && h->pos >= a && h->end <= at &&
            h->end > from &&
            (strcmp(h->value, "descriptor") == 0 ||
             strcmp(h->value, "insider") == 0))
            from = h->end;
    }
    return from;
}

/* The age in parentheses that the press writes after a suspect's full
 * name and the cue (「…容疑者(34)」, full-width or not) opens byte at:
 * what tells a name from a noun that happens to stand before the cue
 * (「被害者多数容疑者不明」). */
static bool age_after(const draft_sentence *s, size_t at)
{
    const char *t = s->text;
    size_t i = at;
    if (i < s->len && t[i] == '(')
        i++;
    else if (draft_at(t, s->len, i, "\xef\xbc\x88")) /* （ */
        i += 3;
    else
        return false;
    size_t d = 0; /* digits, ASCII or full-width (３４) */
    while (d < 3) {
        unsigned cp = draft_cp3(t, s->len, i);
        if (i < s->len && t[i] >= '0' && t[i] <= '9')
            i++;
        else if (cp >= 0xFF10 && cp <= 0xFF19)
            i += 3;
        else
            break;
        d++;
    }
    if (d == 0)
        return false;
    return (i < s->len && t[i] == ')') ||
           draft_at(t, s->len, i, "\xef\xbc\x89"); /* ） */
}

/* The one suspect the family name w[0..n) stands for: a kanji one opens
 * the full name (鳥居 of 鳥居一郎), a katakana one is a part of it between
 * middle dots (ミサゴ of ボブ・ミサゴ, キム of キム・ミンジュ); -1 when
 * none or several. */
static long suspect_named(ctx *c, const char *w, size_t n)
{
    long found = -1;
    for (size_t i = 0; i < c->orgs.n; i++) {
        const org *o = draft_org_at(c, (long)i);
        if (o->merged_into >= 0 || !o->name || !o->suspect)
            continue;
        const char *name = o->name;
        size_t len = strlen(name);
        /* the opening of the name, or one of its dotted parts */
        bool match = len > n && memcmp(name, w, n) == 0;
        for (size_t a = 0; !match && a < len;) {
            size_t e = a;
            while (e < len && draft_cp3(name, len, e) != MIDDLE_DOT)
                e += 3;
            if (e > len)
                e = len; /* (a name of other characters) */
            match = e - a == n && n < len && memcmp(name + a, w, n) == 0;
            a = e + 3;
        }
        if (!match)
            continue;
        if (found >= 0)
            return -1; /* the family name of two: neither */
        found = (long)i;
    }
    return found;
}

/* Byte i of t is an ASCII letter of the case asked. */
static bool lower_at(const char *t, size_t i)
{
    return t[i] >= 'a' && t[i] <= 'z';
}

static bool upper_at(const char *t, size_t i)
{
    return t[i] >= 'A' && t[i] <= 'Z';
}

/* The ", <age>," an English full name ending at byte at is followed by:
 * one or two digits between commas; the end of the second comma, or 0. */
static size_t english_age_after(const draft_sentence *s, size_t at)
{
    const char *t = s->text;
    if (at + 2 > s->len || t[at] != ',' || t[at + 1] != ' ')
        return 0;
    size_t i = at + 2, d = 0;
    while (i < s->len && t[i] >= '0' && t[i] <= '9') {
        i++;
        d++;
    }
    return (d == 1 || d == 2) && i < s->len && t[i] == ',' ? i + 1 : 0;
}

/* The end of the capitalised word (a capital, then letters, hyphens or
 * apostrophes with a lower-case one among them: "Kiri-Sato", "O'Hara")
 * that starts at byte a; a when there is none. */
static size_t capital_word_at(const draft_sentence *s, size_t a)
{
    const char *t = s->text;
    if (a >= s->len || !upper_at(t, a))
        return a;
    size_t e = a + 1;
    bool lower = false;
    while (e < s->len && e - a < ENGLISH_WORD_MAX &&
           (lower_at(t, e) || upper_at(t, e) || t[e] == '-' || t[e] == '\'')) {
        lower = lower || lower_at(t, e);
        e++;
    }
    return lower ? e : a;
}

/* The full name from byte a, ENGLISH_NAME_MIN to ENGLISH_NAME_MAX
 * capitalised words one space apart right before ", <age>,": its end; 0
 * when none (no name ends at 0: it has two words). */
static size_t english_full_name(const draft_sentence *s, size_t a)
{
    size_t e = a;
    for (int words = 1;; words++) {
        size_t z = capital_word_at(s, e);
        if (z == e)
            return 0;
        if (english_age_after(s, z))
            return words >= ENGLISH_NAME_MIN ? z : 0;
        if (words == ENGLISH_NAME_MAX || z + 1 >= s->len || s->text[z] != ' ')
            return 0;
        e = z + 1;
    }
}

/* The suspect named at bytes [a, e) of the sentence, an attacker the
 * arrest attributes the incident to (draft_suspects_arrested), mentioned
 * there; nothing when the name is longer than SUSPECT_NAME_MAX. */
static void suspect_at(ctx *c, parts *p, size_t a, size_t e)
{
    char name[SUSPECT_NAME_MAX];
    if (e <= a || e - a >= sizeof name)
        return;
    memcpy(name, p->s->text + a, e - a);
    name[e - a] = '\0';
    long oi = draft_org_get(c, name, NULL, 0);
    if (oi < 0)
        return;
    org *o = draft_org_at(c, oi);
    o->suspect = true;
    o->hints |= ROLE_HINT_ATTACKER;
    draft_add_mention(c, p, a, e, oi, true);
}

/* The words an English name and its age may stand in before the arrest
 * word that makes it the suspect ("Taro Kiri, 39, was arrested"). */
static const char *const passive_links[] = {"", "was ", "has been ",
                                            "had been ", "were "};

/* The suspects arrest word h names: its object (lower-case words such as
 * "former contractor" may stand before the name), or the subject of its
 * passive. */
static void english_suspects(ctx *c, parts *p, const hit *h)
{
    const draft_sentence *s = p->s;
    const char *t = s->text;
    if (draft_title_case(s))
        return; /* "Police Arrested Taro Kiri, 39, Over ..." */
    /* Object: up to three lower-case words, then the name. */
    size_t i = h->end;
    for (int k = 0; k <= 3 && i + 1 < s->len && t[i] == ' '; k++) {
        size_t e = english_full_name(s, i + 1);
        if (e) {
            suspect_at(c, p, i + 1, e);
            /* "arrested Taro Kiri, 39, and Hanako Umeda, 35," */
            size_t z = english_age_after(s, e);
            if (z && mt_starts_with(t + z, s->len - z, " and ") &&
                (e = english_full_name(s, z + 5)) != 0)
                suspect_at(c, p, z + 5, e);
            return;
        }
        size_t w = i + 1;
        while (w < s->len && lower_at(t, w))
            w++;
        if (w == i + 1)
            break;
        i = w;
    }
    /* Subject: "Taro Kiri, 39, was arrested". */
    for (size_t k = 0; k < MT_ARRAY_LEN(passive_links); k++) {
        size_t l = strlen(passive_links[k]);
        if (h->pos < l + 2 ||
            memcmp(t + h->pos - l, passive_links[k], l) != 0 ||
            t[h->pos - l - 1] != ' ' || t[h->pos - l - 2] != ',')
            continue;
        size_t comma = h->pos - l - 2; /* the age's closing comma */
        size_t d = comma;
        while (d > 0 && t[d - 1] >= '0' && t[d - 1] <= '9')
            d--;
        if (d < 2 || comma - d < 1 || comma - d > 2 || t[d - 1] != ' ' ||
            t[d - 2] != ',')
            continue;
        size_t e = d - 2; /* the name's end */
        /* the name's start: back over capitalised words */
        size_t a = e;
        while (a > 0) {
            size_t w = a;
            while (w > 0 && t[w - 1] != ' ')
                w--;
            if (capital_word_at(s, w) != a)
                break;
            a = w;
            if (a == 0 || t[a - 1] != ' ')
                break;
            a--;
        }
        if (a < e && t[a] == ' ')
            a++;
        if (e > a && english_full_name(s, a) == e)
            suspect_at(c, p, a, e);
        return;
    }
}

/* Arrest word g (value arrest) tells no arrest: inside a word that
 * clears the suspect (value cleared: 不起訴) or negated after it in its
 * clause (「逮捕されていない」, 「逮捕には至っていない」). */
static bool arrest_denied(const parts *p, const hit *g)
{
    size_t ce = draft_clause_end(p->s, g->end);
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *x = (const hit *)p->hits.v + i;
        if (x->kind == CUE_SUSPECT && strcmp(x->value, "cleared") == 0 &&
            x->pos <= g->pos && g->end <= x->end)
            return true;
        if (x->kind == CUE_NEGATION && x->pos >= g->end && x->pos <= ce &&
            x->pos <= g->end + ARREST_NEG_MAX)
            return true;
    }
    return false;
}

/* 「元従業員が逮捕された」, 「元社員を起訴」: the post a suspect held
 * (h, value insider) as the subject (が; not the topic は, which may only
 * quote him) or an object (を, に, から: cue kind object) of its clause
 * (not 元社員の個人情報), an
 * arrest word in the sentence that tells an arrest, and no suspect cue
 * of value "-" there (容疑者, 被告: the suspect is named, or told apart
 * otherwise, 容疑者不詳): the post names the attacker. */
static void insider_suspect(ctx *c, parts *p, const hit *h)
{
    const hit *sub = draft_hit_starting(p, h->end, CUE_SUBJECT);
    if (!(sub && strcmp(sub->value, "-") == 0) &&
        !draft_hit_starting(p, h->end, CUE_OBJECT))
        return;
    bool arrest = false;
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *g = (const hit *)p->hits.v + i;
        if (g->kind != CUE_SUSPECT)
            continue;
        if (strcmp(g->value, "-") == 0)
            return; /* 容疑者: draft_suspect_name reads it */
        arrest =
            arrest || (strcmp(g->value, "arrest") == 0 && !arrest_denied(p, g));
    }
    if (!arrest)
        return;
    suspect_at(c, p, h->pos, h->end);
}

void draft_suspect_name(ctx *c, parts *p, const hit *h)
{
    if (strcmp(h->value, "english") == 0) {
        english_suspects(c, p, h);
        return;
    }
    if (strcmp(h->value, "insider") == 0) {
        insider_suspect(c, p, h);
        return;
    }
    if (strcmp(h->value, "-") != 0)
        return;

    const char *t = p->s->text;
    size_t a = h->pos;
    size_t kanji = 0, kana = 0;
    bool dot = false;
    while (a >= 3) {
        unsigned cp = draft_cp3(t, h->pos, a - 3);
        if (draft_kanji(cp) && !kana) {
            kanji++;
        } else if (draft_katakana(cp) && !kanji) {
            kana++;
            dot = dot || cp == MIDDLE_DOT;
        } else {
            break;
        }
        a -= 3;
    }
    if (kanji) {
        a = after_descriptor(p, a, h->pos);
        kanji = (h->pos - a) / 3;
    }
    size_t n = h->pos - a;
    if (!n || n >= SUSPECT_NAME_MAX)
        return;
    /* (A dot that opens or closes the run separates it from the words
     * around it: no name.) */
    bool full = (kanji >= SUSPECT_KANJI_MIN && kanji <= SUSPECT_KANJI_MAX) ||
                (dot && kana <= SUSPECT_KANA_MAX &&
                 draft_cp3(t, h->pos, a) != MIDDLE_DOT &&
                 draft_cp3(t, h->pos, h->pos - 3) != MIDDLE_DOT);
    if (full && age_after(p->s, h->end)) {
        suspect_at(c, p, a, h->pos);
    } else if (kanji >= 2 || (kana >= 2 && !dot)) {
        /* A family name (the full name again is found as any known name
         * is). */
        long oi = suspect_named(c, t + a, n);
        if (oi >= 0)
            draft_add_mention(c, p, a, h->pos, oi, true);
    }
}

void draft_suspects_arrested(ctx *c, const reader *r, const parts *p,
                             const mt_dossier_date *when, bool floating)
{
    for (size_t i = 0; i < p->mentions.n && c->st == MT_OK; i++) {
        const mention *m = (const mention *)p->mentions.v + i;
        if (m->org < 0 || !draft_org_at(c, m->org)->suspect)
            continue;
        /* (Named twice, the same entry: draft_add_event merges.) */
        char *text = draft_clause_text(p->s, m->pos, m->end);
        if (!text) {
            draft_oom(c);
            return;
        }
        draft_add_event(c, when, m->org, MT_EVENT_ATTRIBUTION, text, r->n,
                        floating, r->recall);
    }
}
