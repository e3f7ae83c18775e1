/*
 * matome draft --incident NAME (SOURCE_ID... | --query Q) [--title T]
 *              [--json] [--db PATH]
 *
 * Drafts a dossier from stored sources (include/matome/draft.h) and prints
 * it in the dossier text format, which `matome build` accepts unchanged,
 * or with --json as the JSON model (with corroboration, figures and
 * derived conflicts, as `build --format json` gives them).
 */
#include "cli.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f)
{
    fprintf(f,
            "usage: matome draft --incident NAME (SOURCE_ID... | --query Q)\n"
            "                    [--title T] [--json] [--db PATH]\n"
            "\n"
            "Write a draft dossier for the stored sources given by id (or\n"
            "found by a full-text query) to stdout: numbered sources,\n"
            "organisations and roles, a merged and cited timeline, claims\n"
            "with hedges and quantities, conflicts and related incidents.\n"
            "\n"
            "  --json   print the dossier model as JSON instead\n");
}

int cmd_draft(cli_ctx *ctx, int argc, char **argv)
{
    mt_draft_options opts = MT_DRAFT_OPTIONS_INIT;
    const char *query = NULL;
    int json = 0;
    const char **ids = calloc((size_t)argc + 1, sizeof *ids);
    size_t nids = 0;
    if (!ids) {
        fprintf(stderr, "matome draft: out of memory\n");
        return EXIT_INTERNAL;
    }
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            free(ids);
            return EXIT_OK;
        } else if (strcmp(a, "--incident") == 0 && i + 1 < argc) {
            opts.incident = argv[++i];
        } else if (strcmp(a, "--title") == 0 && i + 1 < argc) {
            opts.title = argv[++i];
        } else if (strcmp(a, "--query") == 0 && i + 1 < argc) {
            query = argv[++i];
        } else if (strcmp(a, "--db") == 0 && i + 1 < argc) {
            ctx->db_path = argv[++i];
        } else if (strcmp(a, "--json") == 0) {
            json = 1;
        } else if (a[0] == '-') {
            free(ids);
            usage(stderr);
            return cli_usage_error("draft", "unknown option '%s'", a);
        } else {
            ids[nids++] = a;
        }
    }
    if (!opts.incident || (!query && nids == 0) || (query && nids)) {
        free(ids);
        usage(stderr);
        return cli_usage_error(
            "draft", "give --incident and either source ids or --query");
    }
    mt_store *store = NULL;
    int rc = cli_open_store(ctx, 1, &store);
    if (rc != EXIT_OK) {
        free(ids);
        return rc;
    }
    mt_error err;
    memset(&err, 0, sizeof err);
    mt_dossier *d = NULL;
    mt_status st = query ? mt_draft_query(&d, store, query, &opts, &err)
                         : mt_draft_new(&d, store, ids, nids, &opts, &err);
    char *out = NULL;
    size_t len = 0;
    if (st == MT_OK && json) {
        /* Resolve stored sources and derive, as build does. */
        mt_dossier_options vo = MT_DOSSIER_OPTIONS_INIT;
        vo.store = store;
        mt_diag_list dl;
        st = mt_diag_list_init(&dl, "draft");
        if (st == MT_OK)
            st = mt_dossier_validate(d, &vo, &dl, &err);
        mt_diag_list_clear(&dl);
        if (st == MT_OK)
            st = mt_dossier_derive(d, &vo, &err);
        if (st == MT_OK)
            st = mt_render_json(d, &out, &len, &err);
    } else if (st == MT_OK) {
        st = mt_dossier_print(d, &out, &len, &err);
    }
    rc = st == MT_OK ? EXIT_OK : cli_fail(ctx, st, &err);
    if (st == MT_OK && d) {
        bool victim = false;
        for (size_t i = 0; i < d->norgs; i++)
            victim = victim || d->orgs[i].role == MT_ROLE_VICTIM;
        if (!victim)
            fprintf(stderr, "matome draft: warning: no victim found in these "
                            "sources; the dossier's commentary says so\n");
    }
    if (st == MT_OK && (fwrite(out, 1, len, stdout) != len || fflush(stdout))) {
        fprintf(stderr, "matome draft: writing the draft failed\n");
        rc = EXIT_INPUT;
    }
    mt_free(out);
    mt_dossier_free(d);
    mt_store_free(store);
    free(ids);
    return rc;
}
