/*
 * matome build DOSSIER [--format md|html|json] [-o OUT] [--today DATE]
 *                      [--db PATH | --no-store]
 *
 * Parses, validates and derives, prints diagnostics to stderr in compiler
 * style, and renders.  Errors stop the build (exit 2) before anything is
 * written; warnings are printed and the build goes on.
 *
 * The store: with --db PATH (or $MATOME_DB) that store is opened (created
 * if needed); without either, ./matome.db is used when it exists and the
 * build runs without a store otherwise (stored "@id" sources are then
 * errors and related incidents are not checked, which a note on stderr
 * says).  --no-store never opens one.  After a successful build the
 * incident (id, title, status, JSON model) is recorded in the store, so
 * that later dossiers may list it under related:.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static void usage(FILE *f)
{
    fprintf(
        f, "usage: matome build DOSSIER [--format md|html|json] [-o OUT]\n"
           "                    [--today YYYY-MM-DD] [--db PATH | "
           "--no-store]\n"
           "\n"
           "Validate a dossier and render it (default format: md; output\n"
           "to stdout unless -o).  Diagnostics go to stderr as\n"
           "FILE:LINE:COL: error|warning: message; errors stop the build\n"
           "with exit code 2, warnings do not.\n"
           "\n"
           "  --today DATE  also compute the time from disclosure to DATE\n"
           "  --no-store    do not open the store (stored sources cannot\n"
           "                be resolved, related incidents are not checked)\n");
}

typedef mt_status (*render_fn)(const mt_dossier *d, char **out, size_t *len,
                               mt_error *err);

static render_fn renderer(const char *format)
{
    if (strcmp(format, "json") == 0)
        return mt_render_json;
    if (strcmp(format, "md") == 0 || strcmp(format, "markdown") == 0)
        return mt_render_markdown;
    if (strcmp(format, "html") == 0)
        return mt_render_html;
    return NULL;
}

int cmd_build(cli_ctx *ctx, int argc, char **argv)
{
    const char *format = "md", *out_path = NULL, *file = NULL;
    const char *today = NULL;
    int no_store = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return EXIT_OK;
        } else if (strcmp(a, "--format") == 0 && i + 1 < argc) {
            format = argv[++i];
        } else if (strncmp(a, "--format=", 9) == 0) {
            format = a + 9;
        } else if (strcmp(a, "-o") == 0 && i + 1 < argc) {
            out_path = argv[++i];
        } else if (strcmp(a, "--today") == 0 && i + 1 < argc) {
            today = argv[++i];
        } else if (strcmp(a, "--db") == 0 && i + 1 < argc) {
            ctx->db_path = argv[++i];
        } else if (strcmp(a, "--no-store") == 0) {
            no_store = 1;
        } else if (a[0] == '-' && a[1] != '\0') {
            return cli_usage_error("build", "unknown option '%s'", a);
        } else if (!file) {
            file = a;
        } else {
            return cli_usage_error("build", "only one DOSSIER file");
        }
    }
    if (!file)
        return cli_usage_error("build", "missing DOSSIER file");
    render_fn render = renderer(format);
    if (!render)
        return cli_usage_error("build", "unknown format '%s' (md, html, json)",
                               format);
    mt_dossier_options opts = MT_DOSSIER_OPTIONS_INIT;
    if (today && (mt_date_parse(&opts.today, today, strlen(today)) != MT_OK ||
                  opts.today.day == 0))
        return cli_usage_error("build", "--today takes a date YYYY-MM-DD");

    mt_error err;
    mt_error_clear(&err);
    char *text = NULL;
    size_t len = 0;
    int rc = cli_read_input(file, MT_DOSSIER_MAX_BYTES, &text, &len);
    if (rc != EXIT_OK)
        return rc;

    mt_store *store = NULL;
    if (!no_store) {
        /* The default ./matome.db is used only when it exists; a store
         * named explicitly (--db, $MATOME_DB) is opened or created. */
        int explicit_db = strcmp(ctx->db_path, "./matome.db") != 0;
        FILE *probe = explicit_db ? NULL : fopen(ctx->db_path, "rb");
        if (explicit_db || probe) {
            if (probe)
                fclose(probe);
            rc = cli_open_store(ctx, 0, &store);
            if (rc != EXIT_OK) {
                free(text);
                return rc;
            }
        }
    }
    opts.store = store;
    mt_diag_list diags;
    mt_dossier *d = NULL;
    char *json = NULL;
    mt_status st = mt_diag_list_init(&diags, file);
    if (st == MT_OK)
        st = mt_dossier_parse(&d, text, len, file, &diags, &err);
    free(text);
    if (st == MT_OK)
        st = mt_dossier_validate(d, &opts, &diags, &err);
    if (st == MT_OK)
        st = mt_dossier_derive(d, &opts, &err);
    if (st != MT_OK) {
        rc = cli_fail(ctx, st, &err);
        goto done;
    }
    if (!store && d->nrelated)
        fprintf(stderr,
                "%s: note: no store (%s); related incidents not checked\n",
                file, no_store ? "--no-store" : "no ./matome.db");
    char line[MT_ERROR_MESSAGE_MAX * 4];
    for (size_t i = 0; i < diags.count; i++)
        fprintf(stderr, "%s\n", mt_diag_format(&diags, i, line, sizeof line));
    if (diags.errors + diags.warnings > diags.count)
        fprintf(stderr, "%s: %zu more diagnostics not shown\n", file,
                diags.errors + diags.warnings - diags.count);
    if (diags.errors) {
        fprintf(stderr, "%s: %zu error%s, %zu warning%s; nothing written\n",
                file, diags.errors, diags.errors == 1 ? "" : "s",
                diags.warnings, diags.warnings == 1 ? "" : "s");
        rc = EXIT_INPUT;
        goto done;
    }
    char *out = NULL;
    size_t out_len = 0;
    st = render(d, &out, &out_len, &err);
    if (st != MT_OK) {
        rc = cli_fail(ctx, st, &err);
        goto done;
    }
    rc = cli_write_output(out_path, out, out_len);
    mt_free(out);
    if (rc == EXIT_OK && store) {
        /* Record the incident so that other dossiers can relate to it. */
        st = mt_render_json(d, &json, NULL, &err);
        if (st == MT_OK)
            st = mt_store_incident_put(store, d->id, d->title,
                                       mt_incident_status_str(d->status), json,
                                       &err);
        if (st != MT_OK)
            rc = cli_fail(ctx, st, &err);
    }
done:
    mt_free(json);
    mt_store_free(store);
    mt_dossier_free(d);
    mt_diag_list_clear(&diags);
    return rc;
}
