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
 * it (value descriptor: 「複数の中国人容疑者」), names no one.
 *
 * English news names a suspect by the full name with the age between
 * commas ("police arrested Taro Kiri, 39, on suspicion of ..."): in a
 * sentence with an arrest word (value english: arrested, charged), each
 * run of ENGLISH_NAME_MIN to ENGLISH_NAME_MAX capitalised words right
 * before ", <age>," names a suspect.  A name the sentence gives without
 * the age ("police arrested a man") names no one.
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

/* Words of an English full name (given and family name, perhaps a
 * middle one or two). */
#define ENGLISH_NAME_MIN 2
#define ENGLISH_NAME_MAX 4
/* Letters of one word of such a name. */
#define ENGLISH_WORD_MAX 20

/* The end of the last descriptor (value descriptor: 中国人, 会社員) that
 * lies in bytes [a, at], or a when none: a name follows it (「元社員鳥居
 * 一郎容疑者」); one that ends at the cue tells who the suspect is, not
 * the name. */
static size_t after_descriptor(const parts *p, size_t a, size_t at)
{
    size_t from = a;
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind == CUE_SUSPECT && h->pos >= a && h->end <= at &&
            h->end > from && strcmp(h->value, "descriptor") == 0)
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
        if (found >= 0 && found != (long)i)
            return -1; /* the family name of two: neither */
        found = (long)i;
    }
    return found;
}

/* Byte i of s is an ASCII letter of the case asked. */
static bool lower_at(const char *t, size_t i)
{
    return t[i] >= 'a' && t[i] <= 'z';
}

static bool upper_at(const char *t, size_t i)
{
    return t[i] >= 'A' && t[i] <= 'Z';
}

/* The ", <age>," an English full name ending at byte at is followed by:
 * one or two digits between commas. */
static bool english_age_after(const draft_sentence *s, size_t at)
{
    const char *t = s->text;
    if (at + 2 > s->len || t[at] != ',' || t[at + 1] != ' ')
        return false;
    size_t i = at + 2, d = 0;
    while (i < s->len && t[i] >= '0' && t[i] <= '9') {
        i++;
        d++;
    }
    return (d == 1 || d == 2) && i < s->len && t[i] == ',';
}

/* The start of the capitalised word that ends at byte e and stands
 * alone (a space or the sentence's start before it): letters, hyphens
 * and apostrophes, a capital first and a lower-case letter in it
 * ("Kiri-Sato", "O'Hara"); e when there is none. */
static size_t capital_word_before(const char *t, size_t e)
{
    size_t w = e;
    bool lower = false;
    while (w > 0 && e - w < ENGLISH_WORD_MAX &&
           (lower_at(t, w - 1) || upper_at(t, w - 1) || t[w - 1] == '-' ||
            t[w - 1] == '\'')) {
        lower = lower || lower_at(t, w - 1);
        w--;
    }
    if (w == e || !lower || !upper_at(t, w) || (w > 0 && t[w - 1] != ' '))
        return e;
    return w;
}

/* The start of the run of capitalised words, one space apart, that ends
 * at byte e; their number in *words. */
static size_t english_name_before(const draft_sentence *s, size_t e,
                                  size_t *words)
{
    size_t a = e;
    *words = 0;
    for (;;) {
        size_t w = capital_word_before(s->text, a);
        if (w == a)
            break;
        a = w;
        if (++*words == ENGLISH_NAME_MAX || a < 2 || s->text[a - 1] != ' ' ||
            capital_word_before(s->text, a - 1) == a - 1)
            break;
        a--; /* the space before another capitalised word */
    }
    return a;
}

/* Every "Full Name, <age>," of an English sentence with an arrest word:
 * a suspect. */
static void english_suspects(ctx *c, parts *p)
{
    const draft_sentence *s = p->s;
    for (size_t e = 1; e < s->len && c->st == MT_OK; e++) {
        if (s->text[e] != ',' || !english_age_after(s, e))
            continue;
        size_t words = 0, a = english_name_before(s, e, &words);
        char name[ENGLISH_NAME_MAX * (ENGLISH_WORD_MAX + 1)];
        if (words < ENGLISH_NAME_MIN || e - a >= sizeof name)
            continue;
        memcpy(name, s->text + a, e - a);
        name[e - a] = '\0';
        long oi = draft_org_get(c, name, NULL, 0);
        if (oi < 0)
            continue;
        org *o = draft_org_at(c, oi);
        o->suspect = true;
        o->hints |= ROLE_HINT_ATTACKER;
        draft_add_mention(c, p, a, e, oi, true);
    }
}

void draft_suspect_name(ctx *c, parts *p, const hit *h)
{
    if (strcmp(h->value, "english") == 0) {
        english_suspects(c, p);
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
    if (!n || n >= 64)
        return;
    char name[64];
    memcpy(name, t + a, n);
    name[n] = '\0';
    /* (A dot that opens or closes the run separates it from the words
     * around it: no name.) */
    bool full = (kanji >= SUSPECT_KANJI_MIN && kanji <= SUSPECT_KANJI_MAX) ||
                (dot && kana <= SUSPECT_KANA_MAX &&
                 draft_cp3(t, h->pos, a) != MIDDLE_DOT &&
                 draft_cp3(t, h->pos, h->pos - 3) != MIDDLE_DOT);
    long oi = -1;
    if (full && age_after(p->s, h->end)) {
        oi = draft_org_get(c, name, NULL, 0);
        if (oi < 0)
            return;
        org *o = draft_org_at(c, oi);
        o->suspect = true;
        o->hints |= ROLE_HINT_ATTACKER;
    } else if (kanji >= 2 || (kana >= 2 && !dot)) {
        /* A family name (the full name again is found as any known name
         * is). */
        oi = suspect_named(c, name, n);
    }
    if (oi >= 0)
        draft_add_mention(c, p, a, h->pos, oi, true);
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
