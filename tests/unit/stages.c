/* Helpers of the draft stage tests: see stages.h. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "matome/dossier.h"
#include "matome/extract.h"

#include "draft/draft_internal.h"
#include "stages.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static mt_extractor *ex;
static draft_cues cues;
static draft_counts counts;
static draft_orgtab orgtab;

int stages_setup(void **state)
{
    (void)state;
    const char *dir = getenv("MATOME_DATA");
    mt_error err;
    memset(&err, 0, sizeof err);
    if (mt_extractor_new(&ex, dir, &err) != MT_OK ||
        draft_cues_load(&cues, dir, &err) != MT_OK ||
        draft_counts_load(&counts, dir, &err) != MT_OK ||
        draft_orgtab_load(&orgtab, dir, &err) != MT_OK) {
        fprintf(stderr, "setup: %s\n", err.message);
        return -1;
    }
    return 0;
}

mt_extractor *stages_extractor(void)
{
    return ex;
}

int stages_teardown(void **state)
{
    (void)state;
    mt_extractor_free(ex);
    draft_cues_free(&cues);
    draft_counts_free(&counts);
    draft_orgtab_free(&orgtab);
    return 0;
}

#define MAX_SRC 8

/* Draft the sources; the dossier is the caller's. */
mt_dossier *draft(const text_src *t, size_t n)
{
    assert_true(n <= MAX_SRC);
    draft_prepared *prep[MAX_SRC];
    draft_source src[MAX_SRC];
    static char urls[MAX_SRC][64];
    memset(src, 0, sizeof src);
    for (size_t i = 0; i < n; i++) {
        mt_date ref = {0, 0, 0, 0};
        if (t[i].date)
            assert_int_equal(mt_date_parse(&ref, t[i].date, strlen(t[i].date)),
                             MT_OK);
        mt_error err;
        memset(&err, 0, sizeof err);
        if (draft_prepare(&prep[i], ex, t[i].text, strlen(t[i].text), t[i].lang,
                          ref, &err) != MT_OK)
            fail_msg("prepare: %s", err.message);
        snprintf(urls[i], sizeof urls[i], "https://src%zu.example/", i + 1);
        src[i].kind = t[i].kind;
        src[i].publisher = t[i].publisher;
        src[i].url = urls[i];
        src[i].title = "t";
        src[i].lang = t[i].lang;
        src[i].published = ref;
        src[i].sentences =
            draft_prepared_sentences(prep[i], &src[i].nsentences);
    }
    /* As mt_draft_new does: undated sources read again. */
    draft_text texts[MAX_SRC];
    for (size_t i = 0; i < n; i++)
        texts[i] = (draft_text){t[i].text, strlen(t[i].text), t[i].lang};
    mt_error rerr;
    memset(&rerr, 0, sizeof rerr);
    if (draft_reread_undated(ex, &cues, texts, prep, src, n, &rerr) != MT_OK)
        fail_msg("reread: %s", rerr.message);
    draft_input in = {"x", NULL, src, n, NULL, 0, &counts, &cues, &orgtab};
    mt_dossier *d = NULL;
    mt_error err;
    memset(&err, 0, sizeof err);
    if (draft_assemble(&d, &in, &err) != MT_OK)
        fail_msg("draft_assemble: %s", err.message);
    for (size_t i = 0; i < n; i++)
        draft_prepared_free(prep[i]);
    /* MATOME_TEST_SHOW=1 prints each draft, to see why a test fails. */
    if (getenv("MATOME_TEST_SHOW")) {
        char *out = NULL;
        size_t len = 0;
        if (mt_dossier_print(d, &out, &len, NULL) == MT_OK)
            fprintf(stderr, "%s\n", out);
        free(out);
    }
    return d;
}

const mt_dossier_org *org_named(const mt_dossier *d, const char *name)
{
    for (size_t i = 0; i < d->norgs; i++) {
        if (strcmp(d->orgs[i].name, name) == 0)
            return &d->orgs[i];
        for (size_t k = 0; k < d->orgs[i].naliases; k++)
            if (strcmp(d->orgs[i].aliases[k], name) == 0)
                return &d->orgs[i];
    }
    return NULL;
}

/* The role of org (by name), or -1 when the draft has no such organisation
 * (which fails any comparison with a role). */
int role_of(const mt_dossier *d, const char *name)
{
    const mt_dossier_org *o = org_named(d, name);
    return o ? (int)o->role : -1;
}

/* The timeline entry of org (by name) dated date of that type. */
const mt_dossier_event *event(const mt_dossier *d, const char *org,
                              const char *date, mt_event_type type)
{
    char buf[MT_DOSSIER_DATE_TEXT_MAX];
    for (size_t i = 0; i < d->nevents; i++) {
        const mt_dossier_event *e = &d->events[i];
        mt_dossier_date plain = e->date;
        plain.mods = 0;
        if (strcmp(e->org, org) == 0 && e->type == type &&
            strcmp(mt_dossier_date_format(&plain, buf, sizeof buf), date) == 0)
            return e;
    }
    return NULL;
}

size_t events_of(const mt_dossier *d, const char *org, mt_event_type type)
{
    size_t n = 0;
    for (size_t i = 0; i < d->nevents; i++)
        n += strcmp(d->events[i].org, org) == 0 && d->events[i].type == type;
    return n;
}

const mt_dossier_conflict *conflict_about(const mt_dossier *d,
                                          const char *prefix)
{
    for (size_t i = 0; i < d->nconflicts; i++)
        if (strncmp(d->conflicts[i].about, prefix, strlen(prefix)) == 0)
            return &d->conflicts[i];
    return NULL;
}
