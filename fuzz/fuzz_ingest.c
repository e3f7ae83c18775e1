/* libFuzzer target: bytes to a stored source, as `matome add` ingests a
 * file without metadata: charset detection, the text of the type the bytes
 * look like, and the publication date read from the opening text by the
 * extractor (the dateline heuristic of src/text/ingest.c).  A source that
 * comes out must hold valid UTF-8 text without NUL bytes and a valid date
 * or none. */
#include "matome/extract.h"
#include "matome/ingest.h"
#include "matome/text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static mt_extractor *ex;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!ex && mt_extractor_new(&ex, NULL, NULL) != MT_OK)
        abort();
    mt_ingest_options opts = MT_INGEST_OPTIONS_INIT;
    opts.extractor = ex;
    /* The first byte picks the name the type is guessed from. */
    static const char *const names[] = {"a.txt", "a.html", "a.md"};
    const char *name = names[size ? data[0] % 3 : 0];
    mt_source *src = NULL;
    if (mt_ingest_bytes(&src, data, size, name, NULL, &opts, NULL) == MT_OK) {
        if (!src->text ||
            mt_utf8_check(src->text, src->text_len, NULL) != MT_OK ||
            strlen(src->text) != src->text_len)
            abort();
        if (src->published.year && !mt_date_valid(&src->published))
            abort();
        mt_source_free(src);
    }
    return 0;
}
