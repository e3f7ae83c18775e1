/*
 * Helpers shared by src/dossier/ and the JSON renderer; not public.
 */
#ifndef MT_DOSSIER_INTERNAL_H
#define MT_DOSSIER_INTERNAL_H

#include "matome/dossier.h"

#include <stdbool.h>
#include <stddef.h>

/*
 * Private part of an mt_dossier (d->priv): an index from footnote number
 * to source position, sorted by n, built on demand by
 * mt_dossier_index_sources() and dropped whenever a source is added.
 */
typedef struct dossier_priv {
    struct n_index {
        int n;
        size_t at;
    } * by_n;
    size_t nby_n;
    bool indexed;
} dossier_priv;

/* Build (or rebuild) the footnote-number index; MT_ERR_NOMEM on failure.
 * With duplicate numbers the first one wins. */
mt_status mt_dossier_index_sources(mt_dossier *d);

/* Index of the source numbered n, or -1. */
long mt_dossier_source_index(const mt_dossier *d, int n);

/* mt_cites_add recording the column of the number. */
mt_status mt_cites_add_at(mt_cites *c, int n, long col);

/* Set org_index of claims, events and annotated conflicts from the
 * organisations' names and aliases (-1 when unknown). */
void mt_dossier_resolve_orgs(mt_dossier *d);

/* How many days apart two dates of one event of type t may be and still
 * be two accounts of it: two for an announcement, three for anything
 * else.  The draft's date conflicts and a build's derived ones
 * (figures.c) count alike. */
int mt_dossier_event_days_apart(mt_event_type t);

#endif
