/*
 * Fuzz the dossier parser, validator, derivation and JSON renderer: no
 * input may crash, leak or take more than linear time.
 */
#include "matome/dossier.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mt_diag_list dl;
    if (mt_diag_list_init(&dl, "fuzz.md") != MT_OK)
        return 0;
    mt_dossier *d = NULL;
    if (mt_dossier_parse(&d, (const char *)data, size, "fuzz.md", &dl, NULL) ==
        MT_OK) {
        mt_dossier_validate(d, NULL, &dl, NULL);
        mt_dossier_derive(d, NULL, NULL);
        char *out = NULL;
        if (mt_render_json(d, &out, NULL, NULL) == MT_OK)
            mt_free(out);
        char line[512];
        for (size_t i = 0; i < dl.count; i++)
            mt_diag_format(&dl, i, line, sizeof line);
    }
    mt_dossier_free(d);
    mt_diag_list_clear(&dl);
    return 0;
}
