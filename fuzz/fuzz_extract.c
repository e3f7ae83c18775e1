/*
 * Fuzz target for the extractor: any bytes, with the reference date and
 * options taken from the first byte.  Checks the invariants a caller
 * relies on: no crash, every span inside the input, start < end, both
 * ends on UTF-8 character boundaries, spans ordered by start, quantities
 * with a unit, events with a type, dates with a well-formed value.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "matome/extract.h"

static mt_extractor *ex;

/* Is i between characters?  Not when a lead byte before it starts a
 * sequence whose continuation bytes reach past i.  (A stray continuation
 * byte in invalid input is a character of its own.) */
static int boundary(const uint8_t *d, size_t n, size_t i)
{
    if (i == 0 || i >= n || (d[i] & 0xC0) != 0x80)
        return 1;
    for (size_t j = i; j > 0 && i - j < 3;) {
        j--;
        uint8_t c = d[j];
        if ((c & 0xC0) == 0x80)
            continue;
        size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return j + need <= i;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!ex && mt_extractor_new(&ex, NULL, NULL) != MT_OK)
        abort();
    mt_extract_options o = MT_EXTRACT_OPTIONS_INIT;
    if (size > 0) {
        uint8_t b = data[0];
        if (b & 1)
            mt_date_parse(&o.ref_date, "2020-02-06", 10);
        if (b & 2)
            o.flags |= MT_EXTRACT_SENTENCES;
        o.lang = (mt_lang)((b >> 2) % 3);
        /* The MeCab pass: it reads the text through MeCab, which wants
         * NUL-terminated lines and valid UTF-8. */
        if (b & 0x20)
            o.flags |= MT_EXTRACT_MECAB;
    }
    mt_spans *sp = NULL;
    if (mt_extract(ex, (const char *)data, size, &o, &sp, NULL) != MT_OK)
        abort();
    size_t prev = 0;
    for (size_t i = 0; i < mt_spans_count(sp); i++) {
        const mt_span *s = mt_spans_get(sp, i);
        if (s->start >= s->end || s->end > size || s->start < prev)
            abort();
        if (!boundary(data, size, s->start) || !boundary(data, size, s->end))
            abort();
        if (!s->value)
            abort();
        if (s->kind == MT_SPAN_QUANTITY && !s->unit)
            abort();
        if (s->kind == MT_SPAN_EVENT && !s->type)
            abort();
        if (s->kind == MT_SPAN_DATE && strlen(s->value) < 4)
            abort();
        prev = s->start;
    }
    mt_spans_free(sp);
    return 0;
}
