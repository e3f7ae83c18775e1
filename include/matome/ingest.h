/*
 * matome/ingest.h - turning files and URLs into sources.
 *
 * Ingest reads the bytes (a file, or a URL fetched with libcurl), decides
 * what they are (HTML, plain text, Markdown, PDF), converts them to UTF-8
 * (charset from the HTTP header, a BOM, the HTML meta tag, then a guess
 * among UTF-8, Shift_JIS/CP932, EUC-JP and ISO-2022-JP), and extracts the
 * article text and metadata (title, publisher, publication date, language,
 * canonical URL).  Bytes that are invalid in the detected charset are an
 * error naming their offset: nothing is stored as mojibake.
 *
 * The result is an mt_source (see source.h) that the caller may adjust
 * (overriding publisher, kind, ...) and then hand to mt_store_add().
 */
#ifndef MATOME_INGEST_H
#define MATOME_INGEST_H

#include "common.h"
#include "extract.h"
#include "source.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct mt_ingest_options {
    unsigned version; /* MT_INGEST_OPTIONS_VERSION */
    size_t max_bytes; /* refuse inputs larger than this */
    long timeout_ms;  /* whole transfer, for URLs */
    long connect_timeout_ms;
    int max_redirects;
    const char *charset;    /* force this charset; NULL = detect */
    const char *media_type; /* force this type; NULL = detect */
    const char *user_agent; /* NULL = "matome/VERSION" */
    /*
     * When the metadata gives no publication date, the first absolute
     * date with year, month and day in the first MT_INGEST_DATE_WINDOW
     * bytes of the text (the date printed by the headline: 2020年2月6日,
     * 令和2年2月6日, Feb. 6, 2020) is taken, as this extractor reads it.
     * Borrowed; NULL: no date is taken from the text.
     */
    const mt_extractor *extractor;
} mt_ingest_options;

/* How far into the text a publication date is looked for. */
#define MT_INGEST_DATE_WINDOW 1200

#define MT_INGEST_OPTIONS_VERSION 1
/* 32 MiB: above any press-release PDF or news page seen in practice, low
 * enough that a runaway download is refused early. */
#define MT_INGEST_DEFAULT_MAX ((size_t)32 << 20)
#define MT_INGEST_OPTIONS_INIT                                                 \
    {                                                                          \
        MT_INGEST_OPTIONS_VERSION, MT_INGEST_DEFAULT_MAX, 30000, 10000, 5,     \
            NULL, NULL, NULL, NULL                                             \
    }

/*
 * Build a source from bytes already in memory.  name is used in error
 * messages (a path or URL); content_type is an HTTP Content-Type header
 * value or NULL.  The bytes are copied.  Errors: MT_ERR_INPUT (empty,
 * binary, undecodable, truncated PDF) with the byte offset when there is
 * one, MT_ERR_TOOBIG.
 */
mt_status mt_ingest_bytes(mt_source **out, const void *data, size_t len,
                          const char *name, const char *content_type,
                          const mt_ingest_options *opts, mt_error *err);

/* Read a file and call mt_ingest_bytes; MT_ERR_IO for unreadable files. */
mt_status mt_ingest_file(mt_source **out, const char *path,
                         const mt_ingest_options *opts, mt_error *err);

/*
 * Fetch an http(s) URL (redirects followed up to max_redirects; the final
 * URL is recorded in src->url) and call mt_ingest_bytes.  MT_ERR_NETWORK
 * for unreachable hosts, HTTP errors (the status code is in the message)
 * and timeouts; MT_ERR_TOOBIG when the body passes max_bytes.  libcurl
 * lives in a module, matome-fetch.so, that the first call loads (as
 * mt_doc_from_pdf() loads matome-pdf.so); when it cannot be loaded every
 * call fails with MT_ERR_IO, "URL fetching not available: " and the
 * module's path and the reason.
 */
mt_status mt_ingest_url(mt_source **out, const char *url,
                        const mt_ingest_options *opts, mt_error *err);

/* 1 when the argument looks like an http:// or https:// URL. */
int mt_ingest_is_url(const char *arg);

#ifdef __cplusplus
}
#endif
#endif
