/* libFuzzer target: PDF to text through poppler. */
#include "matome/text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mt_doc *doc = NULL;
    if (mt_doc_from_pdf(&doc, data, size, NULL) == MT_OK) {
        if (mt_utf8_check(doc->text, doc->text_len, NULL) != MT_OK)
            abort();
        mt_doc_free(doc);
    }
    return 0;
}
