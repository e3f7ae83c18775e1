/*
 * The organisation table of a draft: canonical names, aliases, kinds and
 * role hints.
 *
 * A name the extractor reports is looked up in the alias tables
 * (data/orgs*.tsv, draft_orgtab): a known organisation takes the table's
 * canonical name, every alias the table knows (so that a dossier written
 * from Japanese sources still matches "Kobe Steel") and its kind.  An
 * unknown name is keyed without its legal form (株式会社パスコ and パスコ
 * are one organisation) and takes the kind its ending gives (病院:
 * hospital).  Invariant: no two organisations share a name or alias
 * (compared as draft_same_spelling() reads them: ASCII case folded, the
 * spelling variants of katakana words one word, so that two sources
 * writing トヨタファイナンシャル and トヨタフィナンシャル name one
 * company).
 */
#include "draft/stage.h"

#include "core/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

org *draft_org_at(ctx *c, long i)
{
    return (org *)c->orgs.v + i;
}

/* The longest name whose key draft_org_find makes on the stack; a
 * longer one is no name any organisation bears (alias_ok). */
#define FIND_KEY_MAX 256

long draft_org_find(ctx *c, const char *name, size_t n)
{
    if (n >= FIND_KEY_MAX)
        return -1;
    const draft_orgtab *tab = c->in ? c->in->orgtab : NULL;
    /* The name's key once; each candidate is read against it. */
    char key[FIND_KEY_MAX];
    size_t kl = draft_spelling_key(tab, name, n, key);
    for (size_t i = 0; i < c->orgs.n; i++) {
        org *o = draft_org_at(c, (long)i);
        if (o->merged_into >= 0)
            continue; /* its names are the other's (join_by_events) */
        if (draft_key_matches(tab, key, kl, o->name, strlen(o->name)))
            return (long)i;
        for (size_t k = 0; k < o->aliases.n; k++) {
            const char *a = ((char **)o->aliases.v)[k];
            if (draft_key_matches(tab, key, kl, a, strlen(a)))
                return (long)i;
        }
    }
    return -1;
}

/* An alias the format can carry: one line without its separators or
 * control characters, no blank (nor U+3000) at either end. */
static bool alias_ok(const char *s, size_t n)
{
    if (n == 0 || n > 120)
        return false;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (ch == ',' || ch == ':' || ch == '(' || ch == ')' || ch == '|' ||
            ch == '[' || ch == ']' || ch == '{' || ch == '}' ||
            (unsigned char)ch < 0x20 || ch == 0x7F)
            return false;
    }
    static const char ideo_space[] = "\xe3\x80\x80";
    if (n >= 3 && (memcmp(s, ideo_space, 3) == 0 ||
                   memcmp(s + n - 3, ideo_space, 3) == 0))
        return false;
    return !draft_has_sub(s, n, "\xe3\x80\x81") &&
           !draft_has_sub(s, n, "\xef\xbc\x9a") && s[0] != ' ' &&
           s[n - 1] != ' ';
}

/* o bears the name s[0..n) as written (ASCII case folded). */
static bool written_as(const org *o, const char *s, size_t n)
{
    if (draft_ascii_ieq(s, n, o->name))
        return true;
    for (size_t k = 0; k < o->aliases.n; k++)
        if (draft_ascii_ieq(s, n, ((char **)o->aliases.v)[k]))
            return true;
    return false;
}

/* draft_org_add_alias, where have is draft_org_find's answer for s. */
static void add_alias_found(ctx *c, long i, const char *s, size_t n, long have)
{
    /* Another spelling of a name of its own stays with it (the dossier
     * lists both; an analyst searches for either). */
    if (!alias_ok(s, n))
        return;
    org *o = draft_org_at(c, i);
    if (have >= 0 && (have != i || written_as(o, s, n)))
        return;
    char **slot = draft_vec_push(&o->aliases, sizeof(char *));
    if (!slot || !(*slot = mt_strndup(s, n))) {
        if (slot)
            o->aliases.n--;
        draft_oom(c);
    }
    c->names++;
}

void draft_org_add_alias(ctx *c, long i, const char *s, size_t n)
{
    add_alias_found(c, i, s, n, alias_ok(s, n) ? draft_org_find(c, s, n) : -1);
}

/* The group's own name of an attacker's table name that ends in a
 * family word ("Akira ransomware" -> "Akira", 「Playランサムウェア」 ->
 * "Play"): an alias of organisation i, three bytes or more. */
static void add_family_stem(ctx *c, long i, const char *name)
{
    const draft_cues *cu = c->in->cues;
    size_t nl = strlen(name), nk;
    const size_t *rows = draft_cues_of(cu, CUE_FAMILY_WORD, &nk);
    for (size_t r = 0; r < nk; r++) {
        size_t k = rows[r];
        size_t fl = cu->len[k], e = nl - fl;
        if (nl <= fl || !draft_ascii_ieqn(name + e, fl, cu->word[k], fl))
            continue;
        while (e > 0 && name[e - 1] == ' ')
            e--;
        if (e >= 3)
            draft_org_add_alias(c, i, name, e);
        return;
    }
}

/* name without a leading or trailing legal form (data/legal_forms.tsv:
 * a Japanese one at either end, an English one at the end) into base;
 * false when it has none.  *en is set when the form was an English one. */
static bool strip_form(ctx *c, const char *name, char *base, size_t size,
                       bool *en)
{
    *en = false;
    const draft_orgtab *tab = c->in->orgtab;
    size_t nl = strlen(name);
    for (size_t k = 0; tab && k < tab->nja_forms; k++) {
        const char *f = tab->ja_forms[k];
        size_t fl = strlen(f);
        if (nl <= fl || nl - fl >= size)
            continue;
        size_t at = 0, bl = nl - fl;
        if (memcmp(name, f, fl) == 0) {
            at = fl; /* 「株式会社 i.JTB」: and the space after it */
            while (bl > 0 && name[at] == ' ') {
                at++;
                bl--;
            }
        } else if (memcmp(name + nl - fl, f, fl) != 0) {
            continue;
        }
        if (bl == 0)
            continue;
        memcpy(base, name + at, bl);
        base[bl] = '\0';
        return true;
    }
    /* An English form ends the name after a space or a comma ("Yamaha
     * Canada Music Ltd.", "Kiri Co., Ltd.", "Acme, Inc."): the words
     * before it, at least one. */
    for (size_t k = 0; tab && k < tab->nen_forms; k++) {
        const char *f = tab->en_forms[k];
        size_t fl = strlen(f), e;
        if (nl <= fl + 1 || memcmp(name + nl - fl, f, fl) != 0 ||
            (name[nl - fl - 1] != ' ' && name[nl - fl - 1] != ','))
            continue;
        for (e = nl - fl; e > 0 && (name[e - 1] == ' ' || name[e - 1] == ',');)
            e--;
        if (e == 0 || e >= size)
            continue;
        memcpy(base, name, e);
        base[e] = '\0';
        *en = true;
        return true;
    }
    return false;
}

/* name ends in word w (or, English, begins with it: "Ministry of
 * Defense"). */
static bool ends_in(const char *name, const char *w, size_t l)
{
    size_t n = strlen(name);
    return n >= l && (memcmp(name + n - l, w, l) == 0 ||
                      ((unsigned char)w[0] < 0x80 && strncmp(name, w, l) == 0));
}

/* A name that says it oversees (data/draft_cues.tsv, kind overseer): a
 * ministry (省), an agency (庁), the police end it; a committee (委員会)
 * oversees as the tables' government body does (known: 個人情報保護委員会)
 * or as an inquiry does (第三者委員会, a company's 危機管理委員会: what it
 * finds is the company's), and another one the tables do not know is a
 * party like any other (日本オリンピック委員会, a city's 教育委員会). */
static bool overseer(const ctx *c, const char *name, bool known, bool *ended)
{
    *ended = false;
    const draft_cues *cu = c->in->cues;
    bool committee = false, inquiring = false;
    size_t nk;
    const size_t *rows = draft_cues_of(cu, CUE_OVERSEER, &nk);
    for (size_t i = 0; i < nk; i++) {
        size_t k = rows[i];
        const char *v = cu->value[k];
        if (strcmp(v, "inquiry") == 0)
            inquiring = inquiring || strstr(name, cu->word[k]);
        else if (ends_in(name, cu->word[k], cu->len[k])) {
            if (strcmp(v, "end") == 0)
                return *ended = true;
            committee = true;
        }
    }
    return committee && (known || inquiring);
}

/* 「パナソニックHD」: a name that ends in a short form of a name ending
 * (data/draft_cues.tsv short_ending: HD for ホールディングス) is the
 * table's name with the ending in full, when the table knows one; its
 * entry, else NULL. */
static const draft_orgtab_entry *short_ending(const ctx *c, const char *name)
{
    const draft_cues *cu = c->in->cues;
    size_t n = strlen(name), nk;
    const size_t *rows = draft_cues_of(cu, CUE_SHORT_ENDING, &nk);
    for (size_t r = 0; r < nk; r++) {
        size_t i = rows[r];
        size_t l = cu->len[i], vl = strlen(cu->value[i]);
        if (n <= l || n - l + vl >= 256 ||
            memcmp(name + n - l, cu->word[i], l) != 0)
            continue;
        char full[256];
        memcpy(full, name, n - l);
        memcpy(full + n - l, cu->value[i], vl);
        full[n - l + vl] = '\0';
        const draft_orgtab_entry *e =
            draft_orgtab_find(c->in->orgtab, full, n - l + vl);
        if (e)
            return e;
    }
    return NULL;
}

long draft_org_get(ctx *c, const char *name, const char *surface,
                   size_t surface_len)
{
    /* A name seen before, whatever the table calls it: the collection
     * pass (draft_orgs_collect) may have given it to a longer name. */
    if (surface) {
        long known = draft_org_find(c, surface, surface_len);
        if (known >= 0) {
            /* (another spelling of it: its alias) */
            add_alias_found(c, known, surface, surface_len, known);
            return known;
        }
    }
    const draft_orgtab *tab = c->in->orgtab;
    const draft_orgtab_entry *e = draft_orgtab_find(tab, name, strlen(name));
    if (!e && surface)
        e = draft_orgtab_find(tab, surface, surface_len);
    if (!e)
        e = short_ending(c, name);
    char base[256];
    draft_org_kind kind = ORG_UNKNOWN;
    /* The name an English form was dropped from, when no organisation
     * has the rest yet: a new one keeps the name as written ("Kiri Clinic
     * Corp."), the rest its alias. */
    const char *written = NULL;
    bool en = false;
    if (e) {
        name = e->name;
        kind = e->kind;
    } else {
        kind = draft_orgtab_form_kind(tab, name, strlen(name));
        if (strip_form(c, name, base, sizeof base, &en)) {
            if (!surface) {
                surface = name;
                surface_len = strlen(name);
            }
            if (en && draft_org_find(c, base, strlen(base)) < 0)
                written = name;
            name = base;
            /* パスコ, known to the table only without its form. */
            e = draft_orgtab_find(tab, name, strlen(name));
            if (e) {
                name = e->name;
                kind = e->kind;
                written = NULL;
            }
        }
    }
    /* "Kamome Trading, Inc.", "Co., Ltd.": the format carries no comma
     * in a name; the name without its form stands for it. */
    if (written && alias_ok(written, strlen(written)))
        name = written;
    else
        written = NULL;
    size_t n = strlen(name);
    /* A table name the format cannot carry (ホテル、ニューグランド,
     * パルテック(定款上の商号…)): the first of its names that it can. */
    for (size_t k = 0; e && !alias_ok(name, n) && k < e->naliases; k++) {
        name = e->aliases[k];
        n = strlen(name);
    }
    if (!alias_ok(name, n))
        return -1;
    long i = draft_org_find(c, name, n);
    if (i < 0) {
        org *o = draft_vec_push(&c->orgs, sizeof(org));
        if (!o || !(o->name = mt_strdup(name))) {
            if (o)
                c->orgs.n--;
            draft_oom(c);
            return -1;
        }
        o->first = c->orgs.n - 1;
        o->kind = kind;
        o->merged_into = -1;
        o->unit_of = -1;
        c->names++;
        o->regulator =
            overseer(c, name, e && e->kind == ORG_GOVERNMENT, &o->ministry);
        i = (long)(c->orgs.n - 1);
        /* Every name the table knows, so that the dossier matches the
         * organisation whatever language a later source uses. */
        for (size_t k = 0; e && k < e->naliases && c->st == MT_OK; k++)
            draft_org_add_alias(c, i, e->aliases[k], strlen(e->aliases[k]));
        for (size_t k = 0;
             e && e->kind == ORG_ATTACKER && k <= e->naliases && c->st == MT_OK;
             k++)
            add_family_stem(c, i, k ? e->aliases[k - 1] : e->name);
    }
    org *o = draft_org_at(c, i);
    if (o->kind == ORG_UNKNOWN)
        o->kind = kind;
    if (surface)
        draft_org_add_alias(c, i, surface, surface_len);
    if (written)
        draft_org_add_alias(c, i, base, strlen(base));
    return i;
}

bool draft_is_authority(ctx *c, long oi)
{
    return oi >= 0 && (draft_org_at(c, oi)->hints & ROLE_HINT_AUTHORITY);
}

bool draft_oversees(ctx *c, long oi)
{
    if (oi < 0)
        return false;
    const org *o = draft_org_at(c, oi);
    return (o->hints & ROLE_HINT_AUTHORITY) ||
           (o->regulator && !o->self_told) || o->kind == ORG_POLICE;
}

long draft_org_opening(ctx *c, const char *w, size_t n)
{
    long found = -1;
    for (size_t i = 0; i < c->orgs.n; i++) {
        const org *o = draft_org_at(c, (long)i);
        if (o->merged_into >= 0 || !o->name)
            continue;
        for (size_t k = 0; k <= o->aliases.n; k++) {
            const char *al = k ? ((char **)o->aliases.v)[k - 1] : o->name;
            if (strlen(al) > n && al[n] == ' ' &&
                draft_ascii_ieqn(al, n, w, n)) {
                if (found >= 0 && found != (long)i)
                    return -1; /* the opening of two: neither */
                found = (long)i;
            }
        }
    }
    return found;
}

bool draft_is_attacker(ctx *c, long oi)
{
    if (oi < 0)
        return false;
    const org *o = draft_org_at(c, oi);
    return o->kind == ORG_ATTACKER || (o->hints & ROLE_HINT_ATTACKER);
}

bool draft_is_kind(ctx *c, long oi, draft_org_kind k)
{
    return oi >= 0 && draft_org_at(c, oi)->kind == k;
}

/* The organisation each media source's publisher names (-1: none), or
 * NULL when out of memory: found again only after a name changed (asked
 * of every mention, it would search every name per source). */
static const long *publisher_orgs(ctx *c)
{
    if (c->pub_org_ok && c->pub_org_at == c->names)
        return c->pub_org;
    size_t ns = c->in->nsources;
    if (!c->pub_org &&
        !(c->pub_org = malloc((ns ? ns : 1) * sizeof *c->pub_org))) {
        draft_oom(c);
        return NULL;
    }
    for (size_t i = 0; i < ns; i++) {
        const draft_source *s = &c->in->sources[i];
        c->pub_org[i] =
            s->kind == MT_KIND_MEDIA && s->publisher
                ? draft_org_find(c, s->publisher, strlen(s->publisher))
                : -1;
    }
    c->pub_org_at = c->names;
    c->pub_org_ok = true;
    return c->pub_org;
}

bool draft_is_media(ctx *c, long oi)
{
    if (oi < 0)
        return false;
    org *o = draft_org_at(c, oi);
    if (o->self_told)
        return false;
    if (o->kind == ORG_MEDIA)
        return true;
    /* The publisher of a media source, unless its own statements made it
     * a victim. */
    const long *pub = publisher_orgs(c);
    for (size_t i = 0; pub && i < c->in->nsources; i++)
        if (pub[i] == oi)
            return !o->official;
    return false;
}

/*
 * The role: an attacker by kind or by a claim; an authority when it
 * published an authority statement or checked as one; an outlet as media;
 * a victim when it is the subject of the incident's events or published
 * an official statement; a security vendor as vendor; anyone else other.
 */
mt_org_role draft_role_of(const org *o)
{
    if (o->kind == ORG_ATTACKER || (o->hints & ROLE_HINT_ATTACKER))
        return MT_ROLE_ATTACKER;
    if (o->hints & ROLE_HINT_AUTHORITY)
        return MT_ROLE_AUTHORITY;
    if (o->kind == ORG_MEDIA && !o->official && !o->self_told)
        return MT_ROLE_MEDIA;
    if (o->hints & ROLE_HINT_VICTIM)
        return MT_ROLE_VICTIM;
    if (o->kind == ORG_VENDOR)
        return MT_ROLE_VENDOR;
    return MT_ROLE_OTHER;
}

const char *draft_police_of(ctx *c, long oi)
{
    char name[96];
    int n = snprintf(name, sizeof name, "%s\xe8\xad\xa6", /* 警 */
                     draft_org_at(c, oi)->name);
    const draft_orgtab_entry *e =
        n > 0 && (size_t)n < sizeof name
            ? draft_orgtab_find(c->in->orgtab, name, (size_t)n)
            : NULL;
    return e ? e->name : NULL;
}

long draft_the_police(ctx *c)
{
    static const char police[] = "\xe8\xad\xa6\xe5\xaf\x9f"; /* 警察 */
    return draft_org_get(c, police, NULL, 0);
}
