/*
 * Fuzz target for the draft: any UTF-8 text, cut into up to four sources
 * at 0x1E bytes (record separator), each read by the extractor with MeCab
 * and drafted with the data files of data/.  The first byte picks each
 * source's kind, language and whether it has a publication date.  Checks
 * what draft.h promises: no crash, and a dossier that validates without
 * errors and prints to text that parses back without errors.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "matome/dossier.h"
#include "matome/extract.h"

#include "draft/draft_internal.h"

static mt_extractor *ex;
static draft_cues cues;
static draft_counts counts;
static draft_orgtab orgtab;

/* Text reaches the draft through ingest, which refuses invalid UTF-8
 * (overlong forms and surrogates too) and NUL. */
static int valid_utf8(const uint8_t *d, size_t n)
{
    static const uint32_t min[5] = {0, 0, 0x80, 0x800, 0x10000};
    for (size_t i = 0; i < n;) {
        uint8_t c = d[i];
        size_t k = c < 0x80             ? 1
                   : (c & 0xE0) == 0xC0 ? 2
                   : (c & 0xF0) == 0xE0 ? 3
                   : (c & 0xF8) == 0xF0 ? 4
                                        : 0;
        if (!k || i + k > n || c == 0)
            return 0;
        uint32_t cp = k == 1 ? c : c & (0x7Fu >> k);
        for (size_t j = 1; j < k; j++) {
            if ((d[i + j] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (d[i + j] & 0x3Fu);
        }
        if (cp < min[k] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        i += k;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!ex) {
        if (mt_extractor_new(&ex, NULL, NULL) != MT_OK ||
            draft_cues_load(&cues, NULL, NULL) != MT_OK ||
            draft_counts_load(&counts, NULL, NULL) != MT_OK ||
            draft_orgtab_load(&orgtab, NULL, NULL) != MT_OK)
            abort();
    }
    if (size < 2 || size > 8192 || !valid_utf8(data + 1, size - 1))
        return 0;
    uint8_t flags = data[0];
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    static const mt_source_kind kinds[] = {MT_KIND_MEDIA, MT_KIND_OFFICIAL,
                                           MT_KIND_AUTHORITY, MT_KIND_BLOG};
    static const char *const pubs[] = {"Wire", "北辰化成", "防衛省", "Memo"};
    draft_prepared *prep[4] = {0};
    draft_text texts[4];
    draft_source src[4];
    memset(src, 0, sizeof src);
    size_t n = 0, at = 0;
    while (at <= len && n < 4) {
        const char *e = memchr(text + at, 0x1E, len - at);
        size_t end = e ? (size_t)(e - text) : len;
        mt_date ref = {0, 0, 0, 0};
        if (flags & (1u << n))
            mt_date_parse(&ref, "2020-02-06", 10);
        const char *lang = (flags >> 4) & 1 ? "en" : "ja";
        if (draft_prepare(&prep[n], ex, text + at, end - at, lang, ref, NULL) !=
            MT_OK)
            abort();
        src[n].kind = kinds[(flags >> (n % 4)) & 3];
        src[n].publisher = pubs[n];
        src[n].lang = lang;
        src[n].published = ref;
        src[n].sentences =
            draft_prepared_sentences(prep[n], &src[n].nsentences);
        texts[n] = (draft_text){text + at, end - at, lang};
        n++;
        at = end + 1;
    }
    /* As mt_draft_new: the undated sources read again. */
    if (draft_reread_undated(ex, &cues, texts, prep, src, n, NULL) != MT_OK)
        abort();
    draft_input in = {"fuzz", NULL, src, n, NULL, 0, &counts, &cues, &orgtab};
    mt_dossier *d = NULL;
    if (draft_assemble(&d, &in, NULL) != MT_OK)
        abort();
    mt_diag_list dl;
    mt_error err;
    memset(&err, 0, sizeof err);
    if (mt_diag_list_init(&dl, "draft") != MT_OK)
        abort();
    if (mt_dossier_validate(d, NULL, &dl, &err) != MT_OK) {
        fprintf(stderr, "validate: %s\n", err.message);
        abort();
    }
    for (size_t i = 0; i < dl.count && dl.errors; i++) {
        char line[1024];
        mt_diag_format(&dl, i, line, sizeof line);
        fprintf(stderr, "%s\n", line);
    }
    if (dl.errors)
        abort();
    mt_diag_list_clear(&dl);
    char *out = NULL;
    size_t olen = 0;
    if (mt_dossier_print(d, &out, &olen, &err) != MT_OK) {
        fprintf(stderr, "print: %s\n", err.message);
        abort();
    }
    mt_dossier *again = NULL;
    if (mt_diag_list_init(&dl, "draft") != MT_OK ||
        mt_dossier_parse(&again, out, olen, "draft", &dl, NULL) != MT_OK)
        abort();
    if (dl.errors) {
        /* Say what did not parse back before failing. */
        char line[1024];
        mt_diag_format(&dl, 0, line, sizeof line);
        fprintf(stderr, "%s\n---\n%.*s\n", line, (int)olen, out);
        abort();
    }
    mt_diag_list_clear(&dl);
    mt_dossier_free(again);
    free(out);
    mt_dossier_free(d);
    for (size_t i = 0; i < n; i++)
        draft_prepared_free(prep[i]);
    return 0;
}
