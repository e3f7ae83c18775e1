/*
 * matome/draft.h - a draft dossier from stored sources.
 *
 * The draft is what an analyst would otherwise write by hand after reading
 * every source (docs/dossier-format.md):
 *
 *   sources        numbered authority first, then the victims' own
 *                  statements, then media, then blogs and others, each by
 *                  publication date (undated last), ties by id; written as
 *                  stored sources with what the store knows of them
 *                  ("N. @id [kind] publisher | title | date | url | lang");
 *   organisations  every organisation the sources name: from the alias
 *                  tables (data/orgs*.tsv, every alias they know), from
 *                  legal forms, and from MeCab's noun compounds (names the
 *                  tables lack); a shorter form, an abbreviation the text
 *                  defines, an English spelling of a Japanese name's
 *                  reading, and an English name that shares dated events
 *                  with a Japanese one join one organisation.  Roles: an
 *                  attacker by kind or claim; the publisher of an
 *                  authority statement, or a body that checked, the
 *                  authority; an outlet media (never a victim because it
 *                  reported); the subject of an intrusion, detection or
 *                  leak, or the publisher of an official statement, a
 *                  victim; a security vendor vendor; anyone else other.
 *                  Organisations the draft says nothing about, named by
 *                  one source and without a role, are left out;
 *   timeline       one entry per (organisation, event type, compatible
 *                  date): every trigger that is not negated, failed or
 *                  planned, dated by the date that governs it (its own
 *                  clause's, a range's first day; a statement's own date,
 *                  or the day after its named subject (「Xは7日、」), for
 *                  what the statement reports as current; a source's
 *                  publication date for an undated statement of the day,
 *                  joined to the same statement of up to three days
 *                  before; none for what was done before, 通報していた),
 *                  the subject of its clause its organisation (each of
 *                  「AおよびBは」); sources cited.  Lines of page furniture
 *                  (関連記事, Related:) are not read.  What a round-up
 *                  recalls of an earlier incident (an organisation one
 *                  source names, not linked to this one, over a year
 *                  before the principal victim's first entry) goes to the
 *                  commentary instead;
 *   claims         impact (leak statements and quantities, with what the
 *                  quantity counts), relationship, attribution and
 *                  response, each with the hedge of its sentence;
 *   conflicts      values of one fact that different sources give:
 *                  figures for one counted thing, what one figure counts,
 *                  a leak stated against one denied, a detection written
 *                  as the intrusion (unless a source tells both for that
 *                  period), one event dated apart, different
 *                  attackers (src/draft/conflicts.c says what is not one);
 *   related        incidents in the store that share the disclosing
 *                  authority or a suspected attacker;
 *   commentary     when no victim was found, a paragraph saying so;
 *                  the earlier incidents set aside, as timeline lines;
 *                  then the claims that rest on a single source.
 *
 * Drafting always runs the extractor with MeCab (MT_EXTRACT_MECAB), so it
 * needs Debian's mecab-ipadic-utf8.  The dossier validates without
 * errors against the store it came from, so `matome build` accepts
 * mt_dossier_print() of it unchanged.
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
