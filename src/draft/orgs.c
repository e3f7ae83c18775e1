/*
 * The organisation table: canonical names, aliases, role hints.
 */
#include "draft/stage.h"

#include "core/buf.h"
#include "core/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

org *draft_org_at(ctx *c, long i)
{
    return (org *)c->orgs.v + i;
}

long draft_org_find(ctx *c, const char *name, size_t n)
{
    for (size_t i = 0; i < c->orgs.n; i++) {
        org *o = draft_org_at(c, (long)i);
        if (draft_ascii_ieq(name, n, o->name))
            return (long)i;
        for (size_t k = 0; k < o->aliases.n; k++)
            if (draft_ascii_ieq(name, n, ((char **)o->aliases.v)[k]))
                return (long)i;
    }
    return -1;
}

/* An alias the format can carry (no separators, one line). */
static bool alias_ok(const char *s, size_t n)
{
    if (n == 0 || n > 120)
        return false;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (ch == ',' || ch == ':' || ch == '(' || ch == ')' || ch == '\n' ||
            ch == '\r' || ch == '|' || ch == '[' || ch == ']')
            return false;
    }
    return !draft_has_sub(s, n, "\xe3\x80\x81") &&
           !draft_has_sub(s, n, "\xef\xbc\x9a") && s[0] != ' ' &&
           s[n - 1] != ' ';
}

/* The organisation called name (canonical), created when new; surface is
 * the text as written, kept as an alias when it differs.  -1 on failure
 * or an unusable name. */
long draft_org_get(ctx *c, const char *name, const char *surface,
                   size_t surface_len)
{
    /* 株式会社パスコ and パスコ are one organisation: the name without
     * its legal form (data/draft_cues.tsv, kind legal_form) is the key. */
    char base[256];
    const draft_cues *cu = c->in->cues;
    for (size_t k = 0; cu && k < cu->n; k++) {
        if (strcmp(cu->kind[k], "legal_form") != 0)
            continue;
        size_t fl = strlen(cu->word[k]), nl = strlen(name);
        if (nl <= fl || nl - fl >= sizeof base)
            continue;
        if (memcmp(name, cu->word[k], fl) == 0) {
            memcpy(base, name + fl, nl - fl);
            base[nl - fl] = '\0';
        } else if (memcmp(name + nl - fl, cu->word[k], fl) == 0) {
            memcpy(base, name, nl - fl);
            base[nl - fl] = '\0';
        } else {
            continue;
        }
        if (!surface) {
            surface = name;
            surface_len = nl;
        }
        name = base;
        break;
    }
    size_t n = strlen(name);
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
        i = (long)(c->orgs.n - 1);
    }
    if (surface && alias_ok(surface, surface_len) &&
        draft_org_find(c, surface, surface_len) < 0) {
        org *o = draft_org_at(c, i);
        char **slot = draft_vec_push(&o->aliases, sizeof(char *));
        if (!slot || !(*slot = mt_strndup(surface, surface_len))) {
            if (slot)
                o->aliases.n--;
            draft_oom(c);
        }
    }
    return i;
}

bool draft_is_authority(ctx *c, long oi)
{
    return oi >= 0 && (draft_org_at(c, oi)->hints & ROLE_HINT_AUTHORITY);
}

mt_org_role draft_role_of(const org *o)
{
    if (o->hints & ROLE_HINT_AUTHORITY)
        return MT_ROLE_AUTHORITY;
    if (o->hints & ROLE_HINT_ATTACKER)
        return MT_ROLE_ATTACKER;
    if (o->hints & ROLE_HINT_VICTIM)
        return MT_ROLE_VICTIM;
    return MT_ROLE_OTHER;
}
