/*
 * matome/text.h - from document bytes to UTF-8 article text.
 *
 * The lower layer under ingest.h, usable on its own (tests, fuzzers, other
 * front ends).  Three steps:
 *
 *   1. Charset.  mt_charset_detect() decides how bytes are encoded, in this
 *      order: a forced name, the charset parameter of an HTTP Content-Type,
 *      a byte order mark, an HTML <meta charset> or http-equiv tag within
 *      the first MT_CHARSET_PRESCAN bytes, an XML declaration, then a
 *      guess among UTF-8, Shift_JIS, EUC-JP and ISO-2022-JP (pure ASCII is
 *      UTF-8).  Shift_JIS is decoded as its Microsoft superset CP932
 *      (Windows-31J), which is what Japanese web servers really send, and
 *      EUC-JP as eucJP-ms for the same reason; the recorded name stays the
 *      label users know ("Shift_JIS", "EUC-JP").
 *      mt_charset_convert() converts with iconv.  A byte sequence that is
 *      invalid in the charset is an error (MT_ERR_INPUT) whose offset is
 *      the byte offset in the original input: text is never stored as
 *      mojibake or with replacement characters.
 *
 *   2. Structure.  mt_doc_from_html() parses UTF-8 HTML with libxml2's
 *      recovering HTML parser (no network access, no external entities),
 *      drops scripts, styles, navigation and other boilerplate, picks the
 *      article (<article>, [itemprop=articleBody], <main>, else the block
 *      with the most paragraph text and fewest links) and writes its text:
 *      paragraphs separated by blank lines, white space collapsed.  It also
 *      collects metadata from <meta>, <title>, <time>, <link> and JSON-LD.
 *      mt_doc_from_pdf() does the same for PDF with poppler;
 *      mt_doc_from_plain() and mt_doc_from_markdown() keep text as is.
 *
 *   3. Language.  mt_text_guess_lang() is the fallback used when a
 *      document declares none.  (A publication date written only in the
 *      text is found by ingest with the extractor; see ingest.h.)
 *
 * All text returned is valid UTF-8 without NUL bytes; all offsets are byte
 * offsets.  Functions are thread-safe (no shared mutable state).
 */
#ifndef MATOME_TEXT_H
#define MATOME_TEXT_H

#include "common.h"
#include "date.h"

#ifdef __cplusplus
extern "C" {
#endif

/* How many leading bytes are searched for a <meta> charset declaration. */
#define MT_CHARSET_PRESCAN 4096

/* Longest charset name mt_charset_detect() writes, including the NUL. */
#define MT_CHARSET_NAME_MAX 64

/*
 * Check that data[0..len) is UTF-8 (no overlong forms, no surrogates, no
 * code points above U+10FFFF).  Returns MT_OK, or MT_ERR_INPUT with the
 * offset of the first byte of the first invalid sequence in *bad (which
 * may be NULL).  A sequence cut off by the end of the data is invalid.
 */
mt_status mt_utf8_check(const void *data, size_t len, size_t *bad);

/* Where a detected charset came from, in order of precedence. */
typedef enum mt_charset_origin {
    MT_CHARSET_FORCED = 0, /* the caller named it */
    MT_CHARSET_HEADER = 1, /* HTTP Content-Type charset parameter */
    MT_CHARSET_BOM = 2,    /* byte order mark */
    MT_CHARSET_META = 3,   /* <meta charset> or http-equiv Content-Type */
    MT_CHARSET_XML = 4,    /* <?xml ... encoding="..."?> */
    MT_CHARSET_GUESS = 5   /* guessed from the bytes */
} mt_charset_origin;

/* "forced", "header", "bom", "meta", "xml", "guess". */
const char *mt_charset_origin_str(mt_charset_origin origin);

/*
 * 1 when name is a charset mt_charset_convert() accepts (any label iconv
 * knows, compared case-insensitively, plus the usual web aliases such as
 * "sjis", "x-sjis", "windows-31j", "x-euc-jp").
 */
int mt_charset_supported(const char *name);

/*
 * Write the canonical name of the label `name` into out ("Shift_JIS" for
 * "sjis", "EUC-JP" for "x-euc-jp", "UTF-8" for "utf8", "windows-1252" for
 * "iso-8859-1" as browsers do; other labels upper-cased).  MT_ERR_ARG for
 * an unsupported name.
 */
mt_status mt_charset_canonical(const char *name, char *out, size_t size);

/*
 * Decide the charset of data[0..len).  forced and content_type (an HTTP
 * Content-Type value such as "text/html; charset=Shift_JIS") may be NULL.
 * The canonical name goes into name (MT_CHARSET_NAME_MAX bytes suffice)
 * and its origin into *origin (may be NULL).  Declarations naming an
 * unsupported charset are skipped, except a forced one, which is
 * MT_ERR_ARG.  When no candidate decodes the bytes the guess is the one
 * that decodes the longest prefix, and mt_charset_convert() then reports
 * where it fails.
 */
mt_status mt_charset_detect(const void *data, size_t len, const char *forced,
                            const char *content_type, char *name, size_t size,
                            mt_charset_origin *origin, mt_error *err);

/*
 * Convert data[0..len) from charset to UTF-8 into a new NUL-terminated
 * buffer (*out, freed with mt_free(); *out_len excludes the NUL).  A
 * leading byte order mark is dropped.  Errors: MT_ERR_INPUT "invalid
 * Shift_JIS byte sequence at byte N" (offset N in err->offset), also for
 * a NUL byte, which no text may contain; MT_ERR_ARG for an unknown
 * charset; MT_ERR_NOMEM.
 */
mt_status mt_charset_convert(char **out, size_t *out_len, const void *data,
                             size_t len, const char *charset, mt_error *err);

/*
 * A document's text and metadata.  A plain record: string fields are NULL
 * or malloc()ed UTF-8 that mt_doc_free() frees.
 */
typedef struct mt_doc {
    char *text; /* article text, paragraphs separated by blank lines */
    size_t text_len;
    char *title;       /* may be NULL */
    char *publisher;   /* site or organisation name; may be NULL */
    mt_date published; /* year 0 = unknown */
    char *lang;        /* primary language subtag ("ja"); may be NULL */
    char *url;         /* canonical URL the document names; may be NULL */
    char *dateline;    /* HTML without a date in its markup: the text around
                          the headline (about 200 bytes each side, a line
                          per text node), where pages print their date;
                          may be NULL */
} mt_doc;

void mt_doc_free(mt_doc *doc);

/*
 * Extract article text and metadata from UTF-8 HTML (convert first with
 * mt_charset_convert).  Metadata, first found wins:
 *   title      og:title; <title> without a " | Site" suffix that repeats
 *              the publisher; the first <h1>
 *   publisher  og:site_name; application-name; JSON-LD publisher.name
 *   published  article:published_time; JSON-LD datePublished; a <time
 *              datetime>; <meta name=date|pubdate>; else mt_ingest_*()
 *              read a date written by the headline (the dateline) or near
 *              the top of the text (2020年2月6日, February 6, 2020).  Always
 * the calendar date as written, never converted to UTC. lang       <html lang>;
 * og:locale; mt_text_guess_lang() of the text url        <link rel=canonical>;
 * og:url Never fails on malformed HTML (the parser recovers); MT_ERR_INPUT only
 * when len exceeds INT_MAX, MT_ERR_NOMEM.
 */
mt_status mt_doc_from_html(mt_doc **out, const char *html, size_t len,
                           mt_error *err);

/*
 * Extract the text of a PDF with poppler: page texts joined by "\n\f\n";
 * title and creation date from the document information dictionary.
 * MT_ERR_INPUT with poppler's message for a corrupt file, and for a file
 * without a final %%EOF marker (truncated: poppler would silently
 * reconstruct what it can), also for an encrypted one.  poppler lives in
 * a module, matome-pdf.so, that the first call loads (the installed
 * libdir/matome/, or $MATOME_MODULE_DIR); when it cannot be loaded every
 * call fails with MT_ERR_IO, "PDF support not available: " and the
 * module's path and the reason.
 */
mt_status mt_doc_from_pdf(mt_doc **out, const void *data, size_t len,
                          mt_error *err);

/*
 * Plain text and Markdown (UTF-8): the text is kept as is.  Markdown's
 * title is its first "# " heading.  Both guess the language and look for
 * a date near the top like the HTML fallback.
 */
mt_status mt_doc_from_plain(mt_doc **out, const char *text, size_t len,
                            mt_error *err);
mt_status mt_doc_from_markdown(mt_doc **out, const char *text, size_t len,
                               mt_error *err);

/*
 * Guess the language of UTF-8 text from its letters: "ja" when kana and
 * kanji make up at least a fifth of them, "en" when Latin letters make up
 * most of them, NULL when there are too few letters to tell.  Returns a
 * static string.
 */
const char *mt_text_guess_lang(const char *text, size_t len);

#ifdef __cplusplus
}
#endif
#endif
