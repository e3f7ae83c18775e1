/*
 * matome/source.h - a source: one archived document (press release,
 * authority statement, news article, blog post) with its metadata.
 *
 * A source's id is the first MT_SOURCE_ID_LEN hex digits of the SHA-256 of
 * its original bytes, so the same document added twice is one source, and
 * an id names content, not a location.
 *
 * mt_source is a plain record: every string field is NULL or a
 * NUL-terminated UTF-8 string allocated with malloc() that mt_source_free()
 * frees, so a caller may replace a field by freeing it and assigning a new
 * malloc()ed string (mt_source_set() does exactly that).
 */
#ifndef MATOME_SOURCE_H
#define MATOME_SOURCE_H

#include "common.h"
#include "date.h"

#ifdef __cplusplus
extern "C" {
#endif

#define MT_SOURCE_ID_LEN 16

/* Who published a source (DESIGN.md): the victim itself, a government or
 * regulator, the press, a blog, anything else. */
typedef enum mt_source_kind {
    MT_KIND_OTHER = 0,
    MT_KIND_OFFICIAL = 1,
    MT_KIND_AUTHORITY = 2,
    MT_KIND_MEDIA = 3,
    MT_KIND_BLOG = 4
} mt_source_kind;

/* "official", "authority", "media", "blog", "other". */
const char *mt_source_kind_str(mt_source_kind kind);
/* Parse one of the names above; MT_ERR_ARG for anything else. */
mt_status mt_source_kind_parse(mt_source_kind *out, const char *name);

typedef struct mt_source {
    char id[MT_SOURCE_ID_LEN + 1]; /* lowercase hex, NUL-terminated */
    char *url;         /* final URL after redirects, or given; may be NULL */
    char *publisher;   /* "防衛省", "NHK", "Kobe Steel"; may be NULL */
    char *title;       /* may be NULL */
    mt_date published; /* year 0 = unknown */
    mt_source_kind kind;
    char *lang;              /* BCP 47 primary tag ("ja", "en"); may be NULL */
    char *charset;           /* charset of the original bytes ("Shift_JIS") */
    char *media_type;        /* "text/html", "text/plain", "text/markdown",
                                "application/pdf" */
    unsigned char *original; /* archived bytes exactly as received */
    size_t original_len;
    char *text; /* extracted article text, valid UTF-8 */
    size_t text_len;
    int64_t added_at; /* Unix seconds; set by the store */
} mt_source;

/* A zeroed source; free with mt_source_free().  NULL on OOM. */
mt_source *mt_source_new(void);
void mt_source_free(mt_source *src);

/*
 * Replace *field (one of src's string fields) with a copy of value (NULL
 * clears it).  MT_ERR_NOMEM leaves the old value in place.
 */
mt_status mt_source_set(char **field, const char *value);

/* Compute src->id from src->original. */
void mt_source_compute_id(mt_source *src);

#ifdef __cplusplus
}
#endif
#endif
