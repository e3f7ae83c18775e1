/*
 * matome/extract.h - facts an analyst puts on a timeline, found in
 * Japanese and English text.
 *
 * The extractor finds spans of six kinds in a UTF-8 text:
 *
 *   date      a partial calendar date ("2016年8月", "Feb. 6, 2020",
 *             "令和元年5月1日", "同年10月", "昨年3月"), value in the form of
 *             date.h ("2016-08", "FY2021", "XXXX-07-18")
 *   duration  a length of time ("10か月", "約3年半", "for 18 months"),
 *             value in ISO 8601 ("P10M", "P3Y6M", "P3W")
 *   quantity  a number with what it counts ("2万7445件", "27,445 files"),
 *             value the number, unit the counter or the singular noun
 *   org       an organisation, value its canonical name
 *   event     a trigger word for a timeline event, type its event type
 *   hedge     a hedge or negation phrase, value one of possible,
 *             suspected, not_confirmed, denied, confirmed
 *
 * and, on request, `sentence` spans (the text split into sentences,
 * surviving 「」, （）, abbreviations such as "Feb." and decimals).
 *
 * Offsets are bytes into the text exactly as given (full-width digits and
 * letters are folded while scanning, never by copying), always on UTF-8
 * character boundaries, with start < end <= len.
 *
 * The rules (trigger words, hedges, counters, eras, modifiers, aliases,
 * month names, trap words) are data files in the data directory (see
 * docs/extraction.md).  mt_extractor_new() loads and compiles them once;
 * the extractor is immutable afterwards, so any number of threads may call
 * mt_extract() on one extractor at the same time.  (The one exception,
 * the MeCab model that MT_EXTRACT_MECAB loads on first use, is loaded
 * once under a mutex the extractor owns.)
 *
 * Relative expressions (昨年, last year) resolve against opts->ref_date,
 * anaphoric ones (同年, the next day) against the previous date in the
 * text.  A component that cannot be resolved is left unknown ("XXXX").
 */
#ifndef MATOME_EXTRACT_H
#define MATOME_EXTRACT_H

#include "common.h"
#include "date.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum mt_span_kind {
    MT_SPAN_DATE = 0,
    MT_SPAN_DURATION = 1,
    MT_SPAN_QUANTITY = 2,
    MT_SPAN_ORG = 3,
    MT_SPAN_EVENT = 4,
    MT_SPAN_HEDGE = 5,
    MT_SPAN_SENTENCE = 6
} mt_span_kind;

/* "date", "duration", "quantity", "org", "event", "hedge", "sentence";
 * never NULL ("?" for an unknown value). */
const char *mt_span_kind_str(mt_span_kind kind);

/*
 * One span.  Strings are borrowed from the mt_spans that holds the span
 * and live as long as it does.
 */
typedef struct mt_span {
    mt_span_kind kind;
    size_t start;        /* first byte, on a character boundary */
    size_t end;          /* one past the last byte; start < end */
    const char *value;   /* normalised value as text; never NULL, "" for
                            sentences */
    const char *mod;     /* approx, before, after, start, mid, end,
                            more_than, at_least, at_most, late, per (a
                            rate: 1人当たり); NULL when none */
    const char *unit;    /* quantity: counter or noun; NULL otherwise */
    const char *type;    /* event: event type; NULL otherwise */
    mt_date date;        /* date: the value as a partial date */
    double number;       /* quantity: the value as a number */
    const char *reading; /* org found by the MeCab pass: its reading in
                            katakana (ipadic's), a space between tokens,
                            Latin tokens as written; NULL otherwise */
    int weekday;         /* date: the day of the week the text writes as
                            the date ("said Tuesday", 火曜日) or with it
                            (「5日(月)」), 0 Sunday to 6 Saturday (the
                            words are data/relative.tsv's); -1 otherwise */
} mt_span;

/* The spans found in one text, ordered by start, then end, then kind. */
typedef struct mt_spans mt_spans;

size_t mt_spans_count(const mt_spans *spans);
/* The i-th span, borrowed; NULL when i is out of range. */
const mt_span *mt_spans_get(const mt_spans *spans, size_t i);
void mt_spans_free(mt_spans *spans);

/* A compiled, immutable set of extraction rules. */
typedef struct mt_extractor mt_extractor;

/*
 * Load the data files from data_dir (NULL: mt_data_dir()) and compile
 * them.  Errors: MT_ERR_IO for a missing file, MT_ERR_INPUT for a
 * malformed row (file and line in err), MT_ERR_NOMEM.  Free the extractor
 * with mt_extractor_free().
 */
mt_status mt_extractor_new(mt_extractor **out, const char *data_dir,
                           mt_error *err);
void mt_extractor_free(mt_extractor *ex);

typedef enum mt_lang {
    MT_LANG_AUTO = 0, /* decide from the text's script */
    MT_LANG_JA = 1,
    MT_LANG_EN = 2
} mt_lang;

/* Also run MeCab (ipadic) for organisation names the alias table and the
 * legal-form patterns miss: slower, and needs the dictionary. */
#define MT_EXTRACT_MECAB 0x1u
/* Also return the sentence spans. */
#define MT_EXTRACT_SENTENCES 0x2u

typedef struct mt_extract_options {
    unsigned version; /* MT_EXTRACT_OPTIONS_VERSION */
    mt_lang lang;
    mt_date ref_date; /* publication date; year 0 = unknown */
    unsigned flags;   /* MT_EXTRACT_* */
} mt_extract_options;

#define MT_EXTRACT_OPTIONS_VERSION 1
#define MT_EXTRACT_OPTIONS_INIT                                                \
    {                                                                          \
        MT_EXTRACT_OPTIONS_VERSION, MT_LANG_AUTO, {0, 0, 0, 0}, 0              \
    }

/*
 * Find the spans in text[0..len) (UTF-8; invalid bytes are skipped, never
 * part of a span).  opts may be NULL for defaults.  *out is the caller's,
 * freed with mt_spans_free().  Errors: MT_ERR_ARG (NULL text with len > 0,
 * unknown options version), MT_ERR_INPUT (the MeCab dictionary could not
 * be loaded for MT_EXTRACT_MECAB), MT_ERR_NOMEM.
 */
mt_status mt_extract(const mt_extractor *ex, const char *text, size_t len,
                     const mt_extract_options *opts, mt_spans **out,
                     mt_error *err);

/*
 * Only the sentences of text[0..len), as spans of kind MT_SPAN_SENTENCE
 * that cover the text except the white space between sentences.  The
 * draft assembly uses them to attach hedges and events to their clause.
 * lang is accepted for later use: the splitter handles Japanese and
 * English punctuation in the same pass whatever it says.
 */
mt_status mt_extract_sentences(const mt_extractor *ex, const char *text,
                               size_t len, mt_lang lang, mt_spans **out,
                               mt_error *err);

#ifdef __cplusplus
}
#endif
#endif
