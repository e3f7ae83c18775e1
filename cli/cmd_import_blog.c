/*
 * matome import-blog FILE [-o OUT] [--incident ID]
 *
 * Converts an incident summary in the common Japanese security-blog layout
 * (docs/import-blog.md) to a dossier file.  Diagnostics go to stderr as
 * FILE:LINE: error|warning: message; fix.  Errors (what could not be
 * understood) stop the import with exit code 2 and nothing is written;
 * warnings (an unknown section kept as commentary, a statement added to
 * the sources) do not.
 */
#include "cli.h"

#include <matome/import.h>

#include <stdlib.h>
#include <string.h>

static void usage(FILE *f)
{
    fprintf(f,
            "usage: matome import-blog FILE [-o OUT] [--incident ID]\n"
            "\n"
            "Read a summary written in the Japanese security-blog layout\n"
            "(公式発表, 影響範囲, 時系列, 調査ソース, ...) and write it as a\n"
            "dossier (to stdout unless -o).  Diagnostics go to stderr as\n"
            "FILE:LINE: error|warning: message; errors exit with code 2\n"
            "and write nothing.\n"
            "\n"
            "  --incident ID  the dossier's incident id (default: from the\n"
            "                 file name)\n");
}

int cmd_import_blog(cli_ctx *ctx, int argc, char **argv)
{
    const char *file = NULL, *out_path = NULL;
    mt_import_options opts = MT_IMPORT_OPTIONS_INIT;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return EXIT_OK;
        } else if (strcmp(a, "-o") == 0 && i + 1 < argc) {
            out_path = argv[++i];
        } else if (strcmp(a, "--incident") == 0 && i + 1 < argc) {
            opts.incident = argv[++i];
        } else if (a[0] == '-' && a[1] != '\0') {
            return cli_usage_error("import-blog", "unknown option '%s'", a);
        } else if (!file) {
            file = a;
        } else {
            return cli_usage_error("import-blog", "only one FILE");
        }
    }
    if (!file)
        return cli_usage_error("import-blog", "missing FILE");

    char *text = NULL;
    size_t len = 0;
    int rc = cli_read_input(file, MT_IMPORT_MAX_BYTES, &text, &len);
    if (rc != EXIT_OK)
        return rc;
    const char *name = strcmp(file, "-") == 0 ? "<stdin>" : file;
    mt_error err;
    mt_error_clear(&err);
    mt_diag_list diags;
    if (mt_diag_list_init(&diags, name) != MT_OK) {
        free(text);
        return cli_fail(ctx, MT_ERR_NOMEM, NULL);
    }
    mt_dossier *d = NULL;
    mt_status st = mt_import_blog(&d, text, len, name, &opts, &diags, &err);
    free(text);
    if (st != MT_OK) {
        mt_diag_list_clear(&diags);
        return cli_fail(ctx, st, &err);
    }
    char line[2048];
    mt_diag_list_sort(&diags);
    for (size_t i = 0; i < diags.count; i++)
        fprintf(stderr, "%s\n", mt_diag_format(&diags, i, line, sizeof line));
    if (diags.errors) {
        fprintf(stderr, "%s: %zu error%s, nothing written\n", name,
                diags.errors, diags.errors == 1 ? "" : "s");
        mt_diag_list_clear(&diags);
        mt_dossier_free(d);
        return EXIT_INPUT;
    }
    mt_diag_list_clear(&diags);
    char *out = NULL;
    size_t out_len = 0;
    st = mt_import_write(d, &out, &out_len, &err);
    mt_dossier_free(d);
    if (st != MT_OK)
        return cli_fail(ctx, st, &err);
    rc = cli_write_output(out_path, out, out_len);
    mt_free(out);
    return rc;
}
