/*
 * libFuzzer target: PDF to text through poppler.  The PDF module's code
 * (src/text/pdf.c) is linked into this target and called through its
 * entry point, so its coverage is instrumented from the first run rather
 * than appearing when mt_doc_from_pdf() would dlopen() the module.
 */
#include "matome/text.h"

#include "text/module.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* The header is the first member of the module's table. */
    const mt_pdf_module *m = (const mt_pdf_module *)mt_pdf_module_v1();
    mt_doc *doc = NULL;
    if (m->doc_from_pdf(&doc, data, size, NULL) == MT_OK) {
        if (mt_utf8_check(doc->text, doc->text_len, NULL) != MT_OK)
            abort();
        mt_doc_free(doc);
    }
    return 0;
}
