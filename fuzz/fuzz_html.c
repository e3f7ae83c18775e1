/* libFuzzer target: UTF-8 HTML to article text and metadata.  Invalid
 * UTF-8 is converted first as ingest does; the result must be valid UTF-8
 * without NUL bytes. */
#include "matome/text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *utf8 = NULL;
    size_t len = 0;
    if (mt_charset_convert(&utf8, &len, data, size, "windows-1252", NULL) !=
        MT_OK)
        return 0;
    mt_doc *doc = NULL;
    if (mt_doc_from_html(&doc, utf8, len, NULL) == MT_OK) {
        if (mt_utf8_check(doc->text, doc->text_len, NULL) != MT_OK ||
            strlen(doc->text) != doc->text_len)
            abort();
        if (doc->title &&
            mt_utf8_check(doc->title, strlen(doc->title), NULL) != MT_OK)
            abort();
        mt_doc_free(doc);
    }
    free(utf8);
    /* Also the raw bytes when they happen to be UTF-8. */
    if (mt_utf8_check(data, size, NULL) == MT_OK && !memchr(data, '\0', size) &&
        mt_doc_from_html(&doc, (const char *)data, size, NULL) == MT_OK)
        mt_doc_free(doc);
    return 0;
}
