/*
 * Fuzz `import-blog` end to end: no input may crash, leak or take more
 * than linear time, and whenever the import reports no error, the dossier
 * it writes must parse back with no diagnostic at all (the promise
 * mt_import_write makes).  The parsed dossier is then validated, derived
 * and rendered to Markdown, HTML and SVG, so the renderers see every
 * model the importer can produce.
 */
#include "matome/dossier.h"
#include "matome/import.h"
#include "matome/render.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void render_all(const mt_dossier *d)
{
    char *out = NULL;
    if (mt_render_markdown(d, &out, NULL, NULL) == MT_OK)
        mt_free(out);
    if (mt_render_html(d, &out, NULL, NULL) == MT_OK)
        mt_free(out);
    if (mt_render_svg_timeline(d, &out, NULL, NULL) == MT_OK)
        mt_free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mt_diag_list dl;
    if (mt_diag_list_init(&dl, "fuzz.txt") != MT_OK)
        return 0;
    mt_dossier *d = NULL;
    if (mt_import_blog(&d, (const char *)data, size, "fuzz.txt", NULL, &dl,
                       NULL) != MT_OK ||
        dl.errors) {
        mt_dossier_free(d);
        mt_diag_list_clear(&dl);
        return 0;
    }
    mt_diag_list_clear(&dl);
    char *text = NULL;
    size_t len = 0;
    if (mt_import_write(d, &text, &len, NULL) != MT_OK) {
        mt_dossier_free(d);
        return 0;
    }
    mt_dossier_free(d);
    d = NULL;
    if (mt_diag_list_init(&dl, "fuzz.md") != MT_OK) {
        mt_free(text);
        return 0;
    }
    if (mt_dossier_parse(&d, text, len, "fuzz.md", &dl, NULL) == MT_OK) {
        if (dl.count) {
            char line[1024];
            fprintf(stderr, "%s\n--- written dossier:\n%s\n",
                    mt_diag_format(&dl, 0, line, sizeof line), text);
            abort();
        }
        mt_dossier_validate(d, NULL, &dl, NULL);
        mt_dossier_derive(d, NULL, NULL);
        render_all(d);
    }
    mt_dossier_free(d);
    mt_diag_list_clear(&dl);
    mt_free(text);
    return 0;
}
