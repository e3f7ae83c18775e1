/*
 * How the organisations one sentence names stand to each other (stage.h),
 * once its mentions are found (read.c): a name that only places or
 * qualifies another (徳島県の半田病院, a title's employer, the group of
 * 「A系列のB」, who helps 「警察と連携して」) is a modifier, never the
 * subject; names a coordinator or a list joins (「AおよびBは」, 「A、B、Cは」,
 * "A, B and C") share the particle of the last.
 */
#include "draft/stage.h"
#include "draft/tense.h"

#include "core/internal.h"

#include <string.h>

/* What kind of party oi is, as a list tells them apart: an attacker, an
 * outlet, an overseer, or another organisation. */
static int party_class(ctx *c, long oi)
{
    return draft_is_attacker(c, oi) ? 1
           : draft_is_media(c, oi)  ? 2
           : draft_oversees(c, oi)  ? 3
                                    : 0;
}

/* 「株式会社AおよびBは」: a name joined to the next by a coordinator
 * takes that name's particle (last to first, so a chain of three does). */
static void coordinate(ctx *c, parts *p, bool ja)
{
    mention *m = (mention *)p->mentions.v;
    for (size_t i = p->mentions.n; i-- > 1;) {
        mention *a = &m[i - 1];
        const mention *b = &m[i];
        /* "Kiri Holdings Corp. (KHC), Kiri Watch Corp. (KWC), and Kiri
         * Devices Inc.": a list of names, each with its abbreviation,
         * joined by commas and "and". */
        /* The name before the abbreviation in parentheses after it. */
        size_t ai = i - 1;
        while (!ja && ai > 0 && draft_in_paren(p->s, m[ai].pos))
            ai--;
        /* "According to Bleeping Computer, Kamome was infected": the
         * source before the comma is no item of a list. */
        if (!ja && !draft_in_paren(p->s, b->pos) &&
            !draft_in_paren(p->s, m[ai].pos) && m[ai].org != b->org &&
            !m[ai].informant) {
            mention *l = &m[ai];
            size_t g = l->end;
            if (g + 1 < p->s->len && p->s->text[g] == ' ' &&
                p->s->text[g + 1] == '(')
                g++; /* "Seiko Watch Corporation (SWC)" */
            size_t pe = draft_after_paren(p->s, g);
            g = pe > g ? pe : l->end;
            size_t gl = b->pos >= g ? b->pos - g : SIZE_MAX;
            const char *t = p->s->text + g;
            if ((gl == 2 && memcmp(t, ", ", 2) == 0) ||
                (gl == 5 && memcmp(t, " and ", 5) == 0) ||
                (gl == 6 && memcmp(t, ", and ", 6) == 0)) {
                l->partner = b->org;
                continue;
            }
        }
        if (a->subject || a->object || a->informant)
            continue;
        for (size_t k = 0; k < p->hits.n; k++) {
            const hit *h = (const hit *)p->hits.v + k;
            /* A list mark (、・) joins names of one class only: 「ツグミ
             * 製菓、LockBitが犯行声明を出した」 is a headline's subject,
             * then the group's claim. */
            if (h->kind == CUE_COORD && h->pos == a->end && h->end <= b->pos &&
                b->pos - h->end <= 12 &&
                (strcmp(h->value, "list") != 0 ||
                 party_class(c, a->org) == party_class(c, b->org))) {
                a->subject = b->subject;
                a->topical = b->topical;
                a->object = b->object;
                if (a->org != b->org)
                    a->partner = b->org;
                break;
            }
        }
    }
}

/* English: mention m closes a title set off by commas, ", a reader in
 * security at (the) X," (a place after it, " in the UK", may stand
 * before the closing comma): a or an after the opening comma, then
 * lower-case words ending in "at" or "at the".  Without its closing
 * comma it tells where something happened (", a ransomware attack at
 * Hibari Hospital encrypted servers"). */
static bool job_title(const draft_sentence *s, const mention *m)
{
    const char *t = s->text;
    size_t e = m->pos;
    if (e >= 4 && memcmp(t + e - 4, "the ", 4) == 0)
        e -= 4;
    if (e < 4 || memcmp(t + e - 4, " at ", 4) != 0)
        return false;
    size_t b = e - 4;
    while (b > 0 && t[b - 1] != ',') {
        unsigned char ch = (unsigned char)t[b - 1];
        if (ch >= 0x80 || (ch != ' ' && !(ch >= 'a' && ch <= 'z') && ch != '-'))
            return false;
        b--;
    }
    if (b == 0 || !(mt_starts_with(t + b, e - b, " a ") ||
                    mt_starts_with(t + b, e - b, " an ")))
        return false;
    size_t a = m->end;
    if (mt_starts_with(t + a, s->len - a, " in "))
        for (a += 4; a < s->len && a < m->end + 32 && t[a] != ',' &&
                     ((unsigned char)t[a] < 0x80 &&
                      (t[a] == ' ' || (t[a] >= 'a' && t[a] <= 'z') ||
                       (t[a] >= 'A' && t[a] <= 'Z')));
             a++)
            ;
    return a < s->len && t[a] == ',';
}

/* 「A系列のB」, 「A系のスマートフォン決済「B」」: an affiliation cue (its の
 * included) right after mention a, then at most a noun that describes B
 * (kanji, katakana, Latin letters, digits) and the 「 that opens B's
 * name, up to mention b; no clause between (「A系列の工場が攻撃を受け、B
 * は」 tells of A's plant).  A names B's group. */
static bool affiliation(const parts *p, const mention *a, const mention *b)
{
    const char *t = p->s->text;
    size_t n = p->s->len;
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind != CUE_AFFILIATION || h->pos != a->end || b->pos < h->end)
            continue;
        size_t q = h->end, to = b->pos;
        if (to >= q + 3 && draft_at(t, n, to - 3, "\xe3\x80\x8c")) /* 「 */
            to -= 3;
        while (q < to)
            if (draft_noun_char_at(t, n, q))
                q += 3;
            else if (draft_ascii_alnum((unsigned char)t[q]))
                q++;
            else
                return false;
        return true;
    }
    return false;
}

/* English mention m ends in a place word (draft_cues.tsv place_word:
 * "Fukui Prefecture", "Tsuruga City"): a place's body. */
static bool place_word_ends(const parts *p, const mention *m)
{
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind == CUE_PLACE_WORD && h->end == m->end && h->pos > m->pos)
            return true;
    }
    return false;
}

/* A located cue right at byte at that ends its noun (「鳴門市の病院が」,
 * 「宇都宮市の少年(18)」; not 「静岡県の男性職員」 nor 「大阪府の本部サー
 * バー」, whose noun goes on: the body's own staff and machines). */
static bool located_at(const parts *p, size_t at)
{
    for (size_t i = 0; i < p->hits.n; i++) {
        const hit *h = (const hit *)p->hits.v + i;
        if (h->kind == CUE_LOCATED && h->pos == at &&
            !draft_noun_char_at(p->s->text, p->s->len, h->end))
            return true;
    }
    return false;
}

/* A mention that another one follows at once, or after の (a name in
 * brackets too), places or qualifies it (徳島県つるぎ町立半田病院,
 * 徳島県の半田病院, 愛知県春日井市の「春日井リハビリテーション病院」).  So does
 * a government's name (a prefecture's or a city's) before 「の」 and a located
 * cue that ends its noun (「徳島県鳴門市の病院が…攻撃を受け」: a hospital
 * there; 「宇都宮市の少年」: a young man who lives there), one named by its
 * place before にある (「福井県敦賀市にある研究炉」), or one after English "in"
 * with a located word before it ("another hospital in Tokushima
 * Prefecture") or named as a place's body ("in Tsuruga City in Fukui
 * Prefecture"; "an attack in Kiri City" is read so too). */
static void mark_modifiers(ctx *c, parts *p)
{
    static const char no[] = "\xe3\x81\xae"; /* の */
    mention *m = (mention *)p->mentions.v;
    const char *t = p->s->text;
    /* "Dr Ohashi, a reader in security at the University of Kamome,
     * explained": where someone works, told in a title set off by
     * commas, is no party to what the sentence tells. */
    for (size_t i = 0; i < p->mentions.n; i++)
        m[i].modifier = m[i].modifier || job_title(p->s, &m[i]);
    for (size_t i = 0; i + 1 < p->mentions.n; i++) {
        size_t gap = m[i + 1].pos - m[i].end;
        if (m[i + 1].pos < m[i].end)
            continue;
        size_t q = m[i].end + 3; /* after の */
        bool of = (gap == 3 || gap == 6) && memcmp(t + m[i].end, no, 3) == 0 &&
                  (gap == 3 || draft_at(t, q + 3, q, "\xe3\x80\x8c") || /* 「 */
                   draft_at(t, q + 3, q, "\xe3\x80\x8e")); /* 『 */
        if (gap == 0 || (of && m[i].named && m[i + 1].named))
            m[i].modifier = true;
        if (m[i].named && m[i + 1].named && affiliation(p, &m[i], &m[i + 1])) {
            m[i].modifier = true;
            m[i + 1].affiliated = true;
        }
    }
    /* 「外部の専門家や警察と連携して、…調査を進めています」: who helps
     * is no subject (など, 等 between: 「警察などと連携し」). */
    for (size_t i = 0; i < p->mentions.n; i++) {
        size_t e = m[i].end;
        if (draft_at(t, p->s->len, e, "\xe3\x81\xaa\xe3\x81\xa9")) /* など */
            e += 6;
        else if (draft_at(t, p->s->len, e, "\xe7\xad\x89")) /* 等 */
            e += 3;
        if (draft_hit_at(p, e, CUE_HELPER))
            m[i].modifier = true;
    }
    for (size_t i = 0; i < p->mentions.n; i++) {
        if (!m[i].named || draft_org_at(c, m[i].org)->kind != ORG_GOVERNMENT)
            continue;
        /* 「福井県敦賀市にある研究炉」: a body named by its place, before
         * にある or にあった, is where (not 「理化学研究所にあるサーバー」:
         * the institute's own). */
        bool ja =
            (m[i].end + 3 <= p->s->len && memcmp(t + m[i].end, no, 3) == 0 &&
             located_at(p, m[i].end + 3)) ||
            (draft_place_ending(c->in->orgtab, t + m[i].pos,
                                m[i].end - m[i].pos) &&
             (draft_at(t, p->s->len, m[i].end,
                       "\xe3\x81\xab\xe3\x81\x82\xe3\x82\x8b") || /* にある */
              draft_at(t, p->s->len, m[i].end,
                       "\xe3\x81\xab\xe3\x81\x82\xe3\x81\xa3"))); /* にあっ */
        /* "in Tsuruga City in Fukui Prefecture": a body named as a place
         * is where, whatever stands there. */
        bool en = m[i].pos >= 3 && memcmp(t + m[i].pos - 3, "in ", 3) == 0 &&
                  (m[i].pos == 3 || t[m[i].pos - 4] == ' ') &&
                  !(m[i].end < p->s->len && t[m[i].end] == '\'') &&
                  (draft_hit_in(p, CUE_LOCATED, 0, m[i].pos) ||
                   place_word_ends(p, &m[i]));
        if (ja || en)
            m[i].modifier = true;
    }
}

void draft_mention_relations(ctx *c, parts *p, bool ja)
{
    mark_modifiers(c, p);
    coordinate(c, p, ja);
}
