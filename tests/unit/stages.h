/*
 * Helpers of the draft stage tests (test_draft_stages.c and the other
 * test_draft_<subject>.c): invented sources run through the real
 * extractor (MeCab included) with their publication dates, and the draft
 * assembled from them with the data files of data/ (MATOME_DATA).
 */
#ifndef MT_TEST_STAGES_H
#define MT_TEST_STAGES_H

#include <stddef.h>

#include "matome/dossier.h"
#include "matome/extract.h"

/* One invented source. */
typedef struct text_src {
    mt_source_kind kind;
    const char *publisher;
    const char *date; /* publication date, or NULL */
    const char *lang;
    const char *text;
} text_src;

/* cmocka group setup and teardown: the extractor and the draft tables. */
int stages_setup(void **state);
int stages_teardown(void **state);
/* The extractor the drafts use (borrowed). */
mt_extractor *stages_extractor(void);
/* Draft the sources (at most 8); the dossier is the caller's.
 * MATOME_TEST_SHOW=1 prints each draft. */
mt_dossier *draft(const text_src *t, size_t n);
/* The organisation called name (name or alias); NULL when none. */
const mt_dossier_org *org_named(const mt_dossier *d, const char *name);
/* Its role, or -1 when the draft has no such organisation (which fails
 * any comparison with a role). */
int role_of(const mt_dossier *d, const char *name);
/* The timeline entry of org (by name) dated date of that type. */
const mt_dossier_event *event(const mt_dossier *d, const char *org,
                              const char *date, mt_event_type type);
size_t events_of(const mt_dossier *d, const char *org, mt_event_type type);
/* The first conflict whose subject starts with prefix; NULL when none. */
const mt_dossier_conflict *conflict_about(const mt_dossier *d,
                                          const char *prefix);

#endif
