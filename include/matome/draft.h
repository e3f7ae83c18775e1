/*
 * matome/draft.h - a draft dossier from stored sources.
 *
 * The draft is what an analyst would otherwise write by hand after reading
 * every source (docs/dossier-format.md):
 *
 *   sources        numbered authority first, then the victims' own
 *                  statements, then media, then blogs and others, each by
 *                  publication date (undated last), ties by id; written as
 *                  stored sources ("N. @id");
 *   organisations  every organisation the extractor names, aliases merged
 *                  under the canonical name, with a role: the publisher of
 *                  an authority source is the authority, the publisher of
 *                  an official statement or the subject of intrusion,
 *                  detection or leak events a victim, the suspect named by
 *                  an attribution phrase the attacker, anyone else other;
 *   timeline       one entry per (organisation, event type, compatible
 *                  date), dates resolved against each source's own
 *                  publication date, citing every source that reports it;
 *   claims         impact (leak statements and quantities, with what the
 *                  quantity counts), attribution and response, each with
 *                  the hedge of its sentence;
 *   conflicts      what a number counts, a leak stated as fact against a
 *                  hedged one, intrusion dates that disagree, a detection
 *                  reported as the intrusion;
 *   related        incidents in the store that share the disclosing
 *                  authority or a suspected attacker;
 *   commentary     when no victim was found, a paragraph saying so;
 *                  then one listing the claims that rest on a single
 *                  source.
 *
 * The dossier validates without errors against the store it came from,
 * so `matome build` accepts mt_dossier_print() of it unchanged.
 */
#ifndef MATOME_DRAFT_H
#define MATOME_DRAFT_H

#include "common.h"
#include "dossier.h"
#include "store.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct mt_draft_options {
    unsigned version;     /* MT_DRAFT_OPTIONS_VERSION */
    const char *incident; /* the incident id; required */
    const char *title;    /* NULL: the victims' names and "(draft)" */
    const char *data_dir; /* extraction rules; NULL: mt_data_dir() */
} mt_draft_options;

#define MT_DRAFT_OPTIONS_VERSION 1
#define MT_DRAFT_OPTIONS_INIT                                                  \
    {                                                                          \
        MT_DRAFT_OPTIONS_VERSION, NULL, NULL, NULL                             \
    }

/*
 * Draft a dossier from the stored sources ids[0..nids) (full ids or
 * unambiguous prefixes; repeats count once).  *out is the caller's
 * (mt_dossier_free).  Errors: MT_ERR_ARG (no incident id or no sources),
 * MT_ERR_NOTFOUND for an id the store lacks (err->where names it), store
 * and extraction errors as their modules report them.
 */
mt_status mt_draft_new(mt_dossier **out, mt_store *store,
                       const char *const *ids, size_t nids,
                       const mt_draft_options *opts, mt_error *err);

/* The same for every source mt_store_search() finds for query (at most
 * 200).  MT_ERR_NOTFOUND when the query finds nothing. */
mt_status mt_draft_query(mt_dossier **out, mt_store *store, const char *query,
                         const mt_draft_options *opts, mt_error *err);

#ifdef __cplusplus
}
#endif
#endif
