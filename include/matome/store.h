/*
 * matome/store.h - the source archive.
 *
 * The embedded store is one SQLite file (WAL journal, foreign keys on).
 * Its schema is versioned with PRAGMA user_version and upgraded by forward
 * migrations when opened; a file written by a newer matome is refused with
 * MT_ERR_VERSION, never downgraded.  Sources are indexed with FTS5 over
 * title and text using matome's own tokenizer: English and other
 * alphabetic text by case- and width-folded word, CJK text by overlapping
 * character bigrams, so that Japanese queries of any length (流出, 漏)
 * find their substrings.
 *
 * Every write is one transaction: a failed add leaves no partial row.  A
 * store locked by another writer is waited for up to busy_timeout_ms, then
 * reported as MT_ERR_BUSY.
 */
#ifndef MATOME_STORE_H
#define MATOME_STORE_H

#include "common.h"
#include "source.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct mt_store mt_store;

typedef struct mt_store_options {
    unsigned version;    /* MT_STORE_OPTIONS_VERSION */
    int busy_timeout_ms; /* wait for a locked store this long */
    int readonly;        /* open without write access (no migration) */
    int create;          /* create the file when missing (not readonly) */
} mt_store_options;

#define MT_STORE_OPTIONS_VERSION 1
#define MT_STORE_OPTIONS_INIT                                                  \
    {                                                                          \
        MT_STORE_OPTIONS_VERSION, 5000, 0, 1                                   \
    }

/* The schema version this build writes (PRAGMA user_version). */
int mt_store_schema_version(void);

/*
 * Open (creating if needed when opts->create, unless readonly) the store at
 * path and migrate it to the current schema; an empty (0-byte) file
 * becomes a new store.  opts may be NULL for defaults.  Fails with
 * MT_ERR_STORE for a file that is not a matome store (or not SQLite),
 * MT_ERR_VERSION for a newer schema, MT_ERR_NOTFOUND when the file does
 * not exist and may not be created, MT_ERR_READONLY (also for a read-only
 * open of a store that needs a migration), MT_ERR_BUSY.  err->where is
 * the path.  The store is the caller's: close it with mt_store_free().
 * A store is one SQLite connection: use it from one thread at a time.
 */
mt_status mt_store_open(mt_store **out, const char *path,
                        const mt_store_options *opts, mt_error *err);
void mt_store_free(mt_store *store);

/*
 * Batches.  Each write is atomic on its own; a caller adding many sources
 * can group them in one transaction, which is much faster (one commit and
 * one full-text index flush instead of one per source).  Inside a batch a
 * failed write is undone alone and the batch stays open, except when
 * SQLite has to abandon the transaction (disk full, I/O error): then the
 * whole batch is rolled back, the failing call says so, and
 * mt_store_commit() returns MT_ERR_STORE.  Readers see the batch only
 * after mt_store_commit().  mt_store_free() rolls back an open batch.
 */
mt_status mt_store_begin(mt_store *store, mt_error *err);
mt_status mt_store_commit(mt_store *store, mt_error *err);
void mt_store_rollback(mt_store *store);

/* 1 while a batch is open, 0 when none was begun or a failure rolled it
 * back (then its earlier writes are gone). */
int mt_store_batch_open(const mt_store *store);

/*
 * Add a source (src->id must be set; see mt_source_compute_id).  When a
 * source with the same id exists nothing changes and *added is 0;
 * otherwise *added is 1 and src->added_at is set.  added may be NULL.
 */
mt_status mt_store_add(mt_store *store, mt_source *src, int *added,
                       mt_error *err);

/*
 * Fetch one source by id or by an unambiguous id prefix (at least 4 hex
 * digits).  MT_ERR_NOTFOUND when none matches, MT_ERR_ARG when the prefix
 * is ambiguous.  with_content: also load original bytes and text.
 */
mt_status mt_store_get(mt_store *store, mt_source **out, const char *id,
                       int with_content, mt_error *err);

/* Delete a source (full 16-digit id) and its index entries.
 * MT_ERR_NOTFOUND if absent, MT_ERR_ARG for anything but a full id. */
mt_status mt_store_remove(mt_store *store, const char *id, mt_error *err);

/* Called once per source; return non-zero to stop early.  The source is
 * borrowed for the duration of the call. */
typedef int (*mt_source_cb)(const mt_source *src, void *ctx);

/*
 * Every source's metadata (no original bytes or text), newest publication
 * date first, undated last, ties by id.
 */
mt_status mt_store_list(mt_store *store, mt_source_cb cb, void *ctx,
                        mt_error *err);

/* The number of sources. */
mt_status mt_store_count(mt_store *store, int64_t *out, mt_error *err);

typedef enum mt_search_order {
    MT_SEARCH_RANK = 0,  /* best match first (bm25) */
    MT_SEARCH_NEWEST = 1 /* newest publication date first */
} mt_search_order;

typedef struct mt_search_options {
    unsigned version; /* MT_SEARCH_OPTIONS_VERSION */
    int limit;        /* at most this many hits, > 0 */
    mt_search_order order;
    const char *mark_open; /* put around matches in snippets */
    const char *mark_close;
    int snippet_tokens; /* snippet length in tokens, at most 64; 0: no
                           snippet (""), which saves re-reading each text */
} mt_search_options;

#define MT_SEARCH_OPTIONS_VERSION 1
#define MT_SEARCH_OPTIONS_INIT                                                 \
    {                                                                          \
        MT_SEARCH_OPTIONS_VERSION, 20, MT_SEARCH_RANK, "[", "]", 24            \
    }

typedef struct mt_search_hit {
    const mt_source *source; /* metadata only */
    const char *snippet;     /* UTF-8 excerpt with marks around matches */
    double score;            /* bm25: lower is better */
} mt_search_hit;

typedef int (*mt_search_cb)(const mt_search_hit *hit, void *ctx);

/*
 * Full-text search.  The query is words separated by white space (ASCII or
 * U+3000); every word must occur (in title or text), as a substring for
 * CJK words and as a word, or a word prefix when it ends in '*', for
 * alphabetic ones; a double-quoted part is matched as a phrase.  Matching
 * ignores case and width (Ｋｏｂｅ finds Kobe).  Words of punctuation only
 * are ignored (a query of nothing else finds nothing).  Query syntax never
 * reaches FTS5 unescaped, so no user input is a syntax error; MT_ERR_ARG
 * for an empty query or invalid UTF-8.  Hits come best first (bm25; equal
 * scores in the order the sources were added) or newest first (the order of
 * mt_store_list()), at most opts->limit of them; snippets are at most 64
 * tokens.  Every hit's score is its bm25, whatever the order.  The hit is
 * borrowed for the duration of the callback; return non-zero from it to stop.
 */
mt_status mt_store_search(mt_store *store, const char *query,
                          const mt_search_options *opts, mt_search_cb cb,
                          void *ctx, mt_error *err);

/*
 * Incidents (schema 2): the store records which incident dossiers exist,
 * so that later commands can list them and refuse duplicates.  An
 * incident is identified by a short name chosen by the analyst
 * ("kobelco-pasco-2020").
 */
typedef struct mt_incident_record {
    const char *id;     /* never NULL */
    const char *title;  /* may be NULL */
    const char *status; /* free text such as "draft"; may be NULL */
    int64_t updated_at; /* Unix seconds of the last put */
    const char *json;   /* the dossier model as JSON; may be NULL */
} mt_incident_record;

/* Called once per incident, records borrowed; non-zero stops early. */
typedef int (*mt_incident_cb)(const mt_incident_record *rec, void *ctx);

/*
 * Create or replace the incident id (non-empty) with these fields and
 * updated_at = now.  title, status, json may be NULL.  MT_ERR_ARG when
 * json is not valid JSON; store errors as for mt_store_add.
 */
mt_status mt_store_incident_put(mt_store *store, const char *id,
                                const char *title, const char *status,
                                const char *json, mt_error *err);

/* Set *out to 1 when incident id exists, else 0. */
mt_status mt_store_incident_exists(mt_store *store, const char *id, int *out,
                                   mt_error *err);

/* Every incident, ordered by id. */
mt_status mt_store_incident_list(mt_store *store, mt_incident_cb cb, void *ctx,
                                 mt_error *err);

#ifdef __cplusplus
}
#endif
#endif
