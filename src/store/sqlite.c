/*
 * The source archive on SQLite.
 *
 * File format.  One SQLite database, recognised by PRAGMA application_id
 * (MT_APPLICATION_ID, "MTOM") and versioned by PRAGMA user_version: the
 * number of migration steps applied.  Each step in `migrations` below runs
 * in one BEGIN IMMEDIATE transaction together with the user_version bump,
 * so a crash leaves the file at one schema or the next, never between.
 * Steps are append-only: a released step is never edited.
 *
 *   schema 1  sources: one row per archived document.  `n` is an INTEGER
 *             PRIMARY KEY so that the rowid the FTS index refers to is
 *             stable (VACUUM may renumber an implicit rowid); `id`, the
 *             content hash prefix, is the UNIQUE key every caller uses.
 *             `published` is the normalised partial date ("2020-02"),
 *             `published_sort` the first day it can denote (days since
 *             1970-01-01; NULL when the year is unknown), for ordering.
 *             `text` is the last column: SQLite reads a row's columns in
 *             order through overflow pages, so metadata reads stay cheap.
 *             originals: the archived bytes, apart, because only `show`
 *             and re-extraction read them (deleted with their source).
 *             sources_fts: FTS5 over title and text with matome's bigram
 *             tokenizer (tokenizer.c), as an external-content table on
 *             sources.  External content keeps each text once (a plain FTS
 *             table would store every article twice); snippet() reads the
 *             text back from sources.  Triggers keep the index in step
 *             with sources inside the writing transaction, whoever writes.
 *   schema 2  incidents: which incident dossiers exist (id, title,
 *             status, last update, the model as JSON).
 *   schema 3  sources_fts ranks with MT_RANK_NAME (rank.c): bm25
 *             with the same weights and the same values, but with column
 *             sizes read from memory (mt_doclens, refreshed from
 *             sources_fts_docsize when the store changed) instead of one
 *             docsize lookup per matching row.  The function is
 *             registered on every connection at open.
 *   schema 4  sources_newest: the sources in newest-first order (that of
 *             ORDER_NEWEST), so a newest-first search walks it and stops
 *             at the first matches instead of sorting every match.
 *
 * Connections: WAL (readers never block the writer), foreign_keys=ON,
 * synchronous=NORMAL (durable across application crashes; the last commit
 * may be lost on power failure, which WAL still keeps consistent), busy
 * timeout from the options.  Every write is one BEGIN IMMEDIATE
 * transaction (a SAVEPOINT inside a caller's batch): taking the write lock
 * up front means a busy store fails before anything is written, and any
 * failure rolls back, so no partial row ever remains.  All SQL takes its
 * values through bound parameters.
 */
#include "store/store_internal.h"

#include "core/buf.h"
#include "core/internal.h"

#include <errno.h>
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* "MTOM": what PRAGMA application_id holds in every matome store. */
#define MT_APPLICATION_ID 0x4D544F4D

struct mt_store {
    sqlite3 *db;
    char *path;          /* as given to mt_store_open; error `where` */
    int busy_timeout_ms; /* for the MT_ERR_BUSY message */
    int readonly;        /* opened read-only, or the file is not writable */
    int batch;           /* inside mt_store_begin .. mt_store_commit */
    sqlite3_stmt *ins;   /* cached INSERTs for mt_store_add, or NULL */
    sqlite3_stmt *ins_orig;
    /* Cached SAVEPOINT and RELEASE of a write inside a batch (compiling
     * them for every add cost about a tenth of the add). */
    sqlite3_stmt *sp_begin, *sp_release;
    /* Inside a batch, once it added a source: the SQL of the dropped
     * sources_fts_ins trigger, and the first row it has not indexed (see
     * fts_defer()).  NULL when the trigger is in place. */
    char *fts_trigger;
    int64_t fts_from;
    mt_doclens lens;      /* column sizes for ranking, or n == 0 */
    int64_t lens_version; /* PRAGMA data_version when lens was read */
    int64_t lens_changes; /* sqlite3_total_changes64 then */
};

typedef struct migration {
    int to;          /* user_version after this step */
    const char *sql; /* run inside the step's transaction */
} migration;

static const migration migrations[] = {
    {1, "CREATE TABLE sources ("
        "  n INTEGER PRIMARY KEY,"
        "  id TEXT NOT NULL UNIQUE CHECK (length(id) = 16),"
        "  url TEXT,"
        "  publisher TEXT,"
        "  title TEXT,"
        "  published TEXT,"
        "  published_sort INTEGER,"
        "  kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN"
        "    ('official', 'authority', 'media', 'blog', 'other')),"
        "  lang TEXT,"
        "  charset TEXT,"
        "  media_type TEXT,"
        "  added_at INTEGER NOT NULL,"
        "  text TEXT NOT NULL);"
        "CREATE TABLE originals ("
        "  n INTEGER PRIMARY KEY REFERENCES sources (n) ON DELETE CASCADE,"
        "  bytes BLOB NOT NULL);"
        "CREATE INDEX sources_sort ON sources"
        "  (n, published_sort, published, id);"
        "CREATE VIRTUAL TABLE sources_fts USING fts5(title, text,"
        "  content = 'sources', content_rowid = 'n',"
        "  tokenize = '" MT_TOKENIZER_NAME "');"
        /* Title matches weigh more than text matches in the rank. */
        "INSERT INTO sources_fts (sources_fts, rank)"
        "  VALUES ('rank', 'bm25(4.0, 1.0)');"
        "CREATE TRIGGER sources_fts_ins AFTER INSERT ON sources BEGIN"
        "  INSERT INTO sources_fts (rowid, title, text)"
        "    VALUES (new.n, new.title, new.text);"
        "END;"
        "CREATE TRIGGER sources_fts_del AFTER DELETE ON sources BEGIN"
        "  INSERT INTO sources_fts (sources_fts, rowid, title, text)"
        "    VALUES ('delete', old.n, old.title, old.text);"
        "END;"
        "CREATE TRIGGER sources_fts_upd AFTER UPDATE OF title, text"
        "  ON sources BEGIN"
        "  INSERT INTO sources_fts (sources_fts, rowid, title, text)"
        "    VALUES ('delete', old.n, old.title, old.text);"
        "  INSERT INTO sources_fts (rowid, title, text)"
        "    VALUES (new.n, new.title, new.text);"
        "END;"},
    {2, "CREATE TABLE incidents ("
        "  id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),"
        "  title TEXT,"
        "  status TEXT,"
        "  updated_at INTEGER NOT NULL,"
        "  json TEXT CHECK (json IS NULL OR json_valid(json)));"},
    /* The same ranking, computed without a docsize lookup per match. */
    {3, "INSERT INTO sources_fts (sources_fts, rank)"
        "  VALUES ('rank', '" MT_RANK_NAME "(4.0, 1.0)');"},
    {4, "CREATE INDEX sources_newest ON sources (published_sort IS NULL,"
        "  published_sort DESC, length(published) DESC, id);"},
};

int mt_store_schema_version(void)
{
    return migrations[MT_ARRAY_LEN(migrations) - 1].to;
}

/* ---- errors ------------------------------------------------------- */

/*
 * Map an SQLite result code to a status and a one-line message naming the
 * store.  Call before any ROLLBACK, which would replace the connection's
 * error message.
 */
static mt_status fail(const mt_store *s, int rc, mt_error *err)
{
    const char *msg = s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc);
    int sys = s->db ? sqlite3_system_errno(s->db) : 0;
    const char *where = s->path;
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return mt_error_at(err, MT_ERR_BUSY, where, -1,
                           "store is locked by another writer; waited %d ms",
                           s->busy_timeout_ms);
    case SQLITE_READONLY:
        return mt_error_at(err, MT_ERR_READONLY, where, -1,
                           "store is read-only (%s)", msg);
    case SQLITE_CANTOPEN:
        if (sys == ENOENT)
            return mt_error_at(err, MT_ERR_NOTFOUND, where, -1,
                               "no store here (no such file or directory)");
        if (sys == EACCES || sys == EPERM || sys == EROFS)
            return mt_error_at(err, MT_ERR_READONLY, where, -1,
                               "cannot open the store for writing: %s",
                               strerror(sys));
        return mt_error_at(err, MT_ERR_STORE, where, -1,
                           "cannot open the store: %s",
                           sys ? strerror(sys) : msg);
    case SQLITE_FULL:
        return mt_error_at(err, MT_ERR_FULL, where, -1,
                           "disk is full; nothing was written");
    case SQLITE_IOERR:
        /* A write past RLIMIT_FSIZE or a quota fails with the errno alone. */
        if (sys == ENOSPC || sys == EFBIG || sys == EDQUOT)
            return mt_error_at(err, MT_ERR_FULL, where, -1,
                               "disk is full (%s); nothing was written",
                               strerror(sys));
        /* The store failed, not the user's input: exit code 3. */
        return mt_error_at(err, MT_ERR_STORE, where, -1, "i/o error: %s",
                           sys ? strerror(sys) : msg);
    case SQLITE_NOTADB:
        return mt_error_at(err, MT_ERR_STORE, where, -1,
                           "not a matome store (not an SQLite database)");
    case SQLITE_CORRUPT:
        return mt_error_at(err, MT_ERR_STORE, where, -1,
                           "store is corrupt (%s)", msg);
    case SQLITE_NOMEM:
        return mt_error_at(err, MT_ERR_NOMEM, where, -1, "out of memory");
    case SQLITE_TOOBIG:
        return mt_error_at(err, MT_ERR_TOOBIG, where, -1,
                           "text or original larger than the store accepts");
    case SQLITE_CONSTRAINT:
        return mt_error_at(err, MT_ERR_ARG, where, -1, "rejected: %s", msg);
    default:
        return mt_error_at(err, MT_ERR_STORE, where, -1, "store error: %s",
                           msg);
    }
}

static int exec(mt_store *s, const char *sql)
{
    return sqlite3_exec(s->db, sql, NULL, NULL, NULL);
}

/* Roll back the open transaction, if any (some errors end it already). */
static void rollback(mt_store *s)
{
    if (!sqlite3_get_autocommit(s->db))
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Run a statement without results, compiled once into *cache. */
static int exec_cached(mt_store *s, sqlite3_stmt **cache, const char *sql)
{
    int rc = SQLITE_OK;
    if (!*cache)
        rc = sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT,
                                cache, NULL);
    if (rc != SQLITE_OK)
        return rc;
    rc = sqlite3_step(*cache);
    sqlite3_reset(*cache);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? SQLITE_OK : rc;
}

/*
 * One write: its own BEGIN IMMEDIATE transaction, or inside a batch a
 * savepoint, so that a failed write still leaves nothing behind while the
 * batch's earlier writes stay.
 */
static int write_begin(mt_store *s)
{
    if (s->batch && sqlite3_get_autocommit(s->db))
        s->batch = 0; /* an error (disk full) ended the batch's transaction */
    return s->batch ? exec_cached(s, &s->sp_begin, "SAVEPOINT mt_write")
                    : exec(s, "BEGIN IMMEDIATE");
}

static int write_commit(mt_store *s)
{
    return s->batch ? exec_cached(s, &s->sp_release, "RELEASE mt_write")
                    : exec(s, "COMMIT");
}

static void write_rollback(mt_store *s)
{
    if (sqlite3_get_autocommit(s->db)) {
        s->batch = 0; /* SQLite rolled the whole transaction back itself */
        return;
    }
    if (s->batch)
        sqlite3_exec(s->db, "ROLLBACK TO mt_write; RELEASE mt_write", NULL,
                     NULL, NULL);
    else
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
}

/* After a failed write: tell the caller when it cost the whole batch. */
static void note_batch_lost(const mt_store *s, int was_batch, mt_error *err)
{
    if (was_batch && !s->batch && err) {
        size_t len = strlen(err->message);
        snprintf(err->message + len, sizeof err->message - len,
                 " (the whole batch was rolled back)");
    }
}

/*
 * Full-text indexing in batches.  FTS5 writes its pending terms to disk as
 * a new segment at every statement savepoint, so the trigger that indexes
 * each added row made one tiny segment per source, and merging those cost
 * a quarter of an ingest's time.  Inside a batch, the first
 * mt_store_add() therefore drops the trigger (within the batch's
 * transaction) and fts_catch_up() indexes all rows the batch added in one
 * INSERT ... SELECT, then re-creates the trigger from its stored SQL,
 * before the commit and before anything in the batch that reads or
 * deletes index entries (search, remove).  A rollback restores the trigger
 * with everything else.  The drop happens outside the per-write
 * savepoint, so a failed add cannot bring the trigger back unnoticed.
 */
static void fts_forget(mt_store *s)
{
    free(s->fts_trigger);
    s->fts_trigger = NULL;
}

static int fts_defer(mt_store *s)
{
    if (s->fts_trigger && sqlite3_get_autocommit(s->db))
        fts_forget(s); /* the transaction ended: the trigger is back */
    if (!s->batch || s->fts_trigger || sqlite3_get_autocommit(s->db))
        return SQLITE_OK;
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(
        s->db,
        "SELECT sql, (SELECT coalesce(max(n), 0) + 1 FROM sources)"
        " FROM sqlite_master WHERE type = 'trigger'"
        " AND name = 'sources_fts_ins'",
        -1, &st, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            const char *sql = (const char *)sqlite3_column_text(st, 0);
            s->fts_from = sqlite3_column_int64(st, 1);
            rc = sql ? SQLITE_OK : SQLITE_NOMEM;
            if (sql && !(s->fts_trigger = mt_strdup(sql)))
                rc = SQLITE_NOMEM;
        } else if (rc == SQLITE_DONE) {
            rc = SQLITE_OK; /* no trigger: index row by row as before */
        }
    }
    sqlite3_finalize(st);
    if (rc == SQLITE_OK && s->fts_trigger)
        rc = exec(s, "DROP TRIGGER sources_fts_ins");
    if (rc != SQLITE_OK)
        fts_forget(s);
    return rc;
}

static int fts_catch_up(mt_store *s)
{
    if (!s->fts_trigger)
        return SQLITE_OK;
    if (sqlite3_get_autocommit(s->db)) {
        fts_forget(s);
        return SQLITE_OK;
    }
    sqlite3_stmt *st = NULL;
    int rc =
        sqlite3_prepare_v2(s->db,
                           "INSERT INTO sources_fts (rowid, title, text)"
                           " SELECT n, title, text FROM sources WHERE n >= ?1",
                           -1, &st, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_int64(st, 1, s->fts_from);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_DONE)
        rc = SQLITE_OK;
    sqlite3_finalize(st);
    if (rc == SQLITE_OK)
        rc = exec(s, s->fts_trigger);
    if (rc == SQLITE_OK)
        fts_forget(s);
    return rc;
}

/* Run a statement returning one integer. */
static int query_int(mt_store *s, const char *sql, int64_t *out)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            *out = sqlite3_column_int64(st, 0);
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            rc = SQLITE_ERROR;
        }
    }
    sqlite3_finalize(st);
    return rc;
}

/* ---- opening and migrations --------------------------------------- */

static mt_status migrate(mt_store *s, int from, int target, mt_error *err)
{
    for (size_t i = 0; i < MT_ARRAY_LEN(migrations); i++) {
        const migration *m = &migrations[i];
        if (m->to <= from || m->to > target)
            continue;
        int rc = exec(s, "BEGIN IMMEDIATE");
        int64_t v = 0;
        if (rc == SQLITE_OK)
            rc = query_int(s, "PRAGMA user_version", &v);
        if (rc == SQLITE_OK && v >= m->to) { /* another process did it */
            rollback(s);
            continue;
        }
        if (rc == SQLITE_OK && v != m->to - 1) {
            rollback(s);
            return mt_error_at(err, MT_ERR_STORE, s->path, -1,
                               "store schema changed to %lld while opening",
                               (long long)v);
        }
        if (rc == SQLITE_OK)
            rc = exec(s, m->sql);
        char pragma[96];
        if (rc == SQLITE_OK && m->to == 1) {
            snprintf(pragma, sizeof pragma, "PRAGMA application_id = %d",
                     MT_APPLICATION_ID);
            rc = exec(s, pragma);
        }
        if (rc == SQLITE_OK) {
            snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", m->to);
            rc = exec(s, pragma);
        }
        if (rc == SQLITE_OK)
            rc = exec(s, "COMMIT");
        if (rc != SQLITE_OK) {
            mt_status st = fail(s, rc, err);
            rollback(s);
            return st;
        }
    }
    return MT_OK;
}

mt_status mt_store_open_at(mt_store **out, const char *path,
                           const mt_store_options *opts, int target,
                           mt_error *err)
{
    if (!out)
        return mt_error_set(err, MT_ERR_ARG, "no output pointer");
    *out = NULL;
    if (!path || !*path)
        return mt_error_set(err, MT_ERR_ARG, "no store path given");
    if (target < 1 || target > mt_store_schema_version())
        return mt_error_set(err, MT_ERR_ARG, "no schema %d", target);
    mt_store_options o = MT_STORE_OPTIONS_INIT;
    if (opts) {
        if (opts->version != MT_STORE_OPTIONS_VERSION)
            return mt_error_set(err, MT_ERR_ARG,
                                "store options version %u, expected %u",
                                opts->version, MT_STORE_OPTIONS_VERSION);
        o = *opts;
    }
    mt_store *s = calloc(1, sizeof *s);
    if (!s || !(s->path = mt_strdup(path))) {
        free(s);
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    }
    s->busy_timeout_ms = o.busy_timeout_ms > 0 ? o.busy_timeout_ms : 0;
    s->readonly = o.readonly;

    mt_status st = MT_OK;
    int flags = o.readonly ? SQLITE_OPEN_READONLY
                           : SQLITE_OPEN_READWRITE |
                                 (o.create ? SQLITE_OPEN_CREATE : 0);
    int rc = sqlite3_open_v2(path, &s->db, flags, NULL);
    if (rc != SQLITE_OK) {
        st = fail(s, rc, err);
        goto fail;
    }
    sqlite3_extended_result_codes(s->db, 1);
    sqlite3_busy_timeout(s->db, s->busy_timeout_ms);
    if (mt_store_register_tokenizer(s->db) != SQLITE_OK ||
        mt_store_register_rank(s->db) != SQLITE_OK) {
        st = mt_error_at(err, MT_ERR_STORE, path, -1,
                         "this SQLite has no FTS5 full-text search");
        goto fail;
    }
    /* A file we may not write is opened read-only by SQLite silently. */
    if (sqlite3_db_readonly(s->db, "main") == 1)
        s->readonly = 1;

    int64_t app = 0, version = 0, objects = 0;
    rc = query_int(s, "PRAGMA application_id", &app);
    if (rc == SQLITE_OK)
        rc = query_int(s, "PRAGMA user_version", &version);
    if (rc == SQLITE_OK)
        rc = query_int(s, "SELECT count(*) FROM sqlite_master", &objects);
    if (rc != SQLITE_OK) {
        st = fail(s, rc, err);
        goto fail;
    }
    if (app != MT_APPLICATION_ID && (app != 0 || objects != 0)) {
        st = mt_error_at(err, MT_ERR_STORE, path, -1,
                         "not a matome store (an SQLite database of "
                         "another program)");
        goto fail;
    }
    if (version > mt_store_schema_version()) {
        st = mt_error_at(err, MT_ERR_VERSION, path, -1,
                         "written by a newer matome (schema %lld, this "
                         "build reads up to %d)",
                         (long long)version, mt_store_schema_version());
        goto fail;
    }
    rc = exec(s, "PRAGMA foreign_keys = ON");
    if (rc == SQLITE_OK && !s->readonly)
        rc = exec(s, "PRAGMA journal_mode = WAL");
    if (rc == SQLITE_OK && !s->readonly)
        rc = exec(s, "PRAGMA synchronous = NORMAL");
    if (rc != SQLITE_OK) {
        st = fail(s, rc, err);
        goto fail;
    }
    if (version < target) {
        if (s->readonly && version == 0) {
            st = mt_error_at(err, MT_ERR_READONLY, path, -1,
                             "empty store opened read-only");
            goto fail;
        }
        if (s->readonly) {
            st = mt_error_at(err, MT_ERR_READONLY, path, -1,
                             "store has schema %lld and needs write access "
                             "to upgrade to %d",
                             (long long)version, target);
            goto fail;
        }
        st = migrate(s, (int)version, target, err);
        if (st != MT_OK)
            goto fail;
    }
    *out = s;
    return MT_OK;
fail:
    mt_store_free(s);
    return st;
}

mt_status mt_store_open(mt_store **out, const char *path,
                        const mt_store_options *opts, mt_error *err)
{
    return mt_store_open_at(out, path, opts, mt_store_schema_version(), err);
}

void mt_store_free(mt_store *store)
{
    if (!store)
        return;
    if (store->batch)
        rollback(store);
    sqlite3_finalize(store->ins);
    sqlite3_finalize(store->ins_orig);
    sqlite3_finalize(store->sp_begin);
    sqlite3_finalize(store->sp_release);
    fts_forget(store);
    sqlite3_close(store->db);
    free(store->lens.len);
    free(store->path);
    free(store);
}

/* ---- batches ------------------------------------------------------ */

mt_status mt_store_begin(mt_store *store, mt_error *err)
{
    if (!store)
        return mt_error_set(err, MT_ERR_ARG, "no store");
    if (store->batch)
        return mt_error_at(err, MT_ERR_ARG, store->path, -1,
                           "a batch is already open");
    int rc = exec(store, "BEGIN IMMEDIATE");
    if (rc != SQLITE_OK) {
        mt_status st = fail(store, rc, err);
        rollback(store);
        return st;
    }
    store->batch = 1;
    return MT_OK;
}

mt_status mt_store_commit(mt_store *store, mt_error *err)
{
    if (!store)
        return mt_error_set(err, MT_ERR_ARG, "no store");
    if (!store->batch || sqlite3_get_autocommit(store->db)) {
        store->batch = 0;
        return mt_error_at(err, MT_ERR_STORE, store->path, -1,
                           "no batch to commit (an earlier error rolled it "
                           "back)");
    }
    store->batch = 0;
    int rc = fts_catch_up(store);
    if (rc == SQLITE_OK)
        rc = exec(store, "COMMIT");
    fts_forget(store);
    if (rc != SQLITE_OK) {
        mt_status st = fail(store, rc, err);
        rollback(store);
        return st;
    }
    return MT_OK;
}

int mt_store_batch_open(const mt_store *store)
{
    return store && store->batch && !sqlite3_get_autocommit(store->db);
}

void mt_store_rollback(mt_store *store)
{
    if (!store)
        return;
    store->batch = 0;
    rollback(store);
    fts_forget(store);
}

/* ---- sources ------------------------------------------------------ */

/* Columns of a source's metadata, in the order read_source() expects;
 * CONTENT_COLS follow them when content is wanted. */
#define SOURCE_COLS                                                            \
    "s.id, s.url, s.publisher, s.title, s.published, s.kind, s.lang, "         \
    "s.charset, s.media_type, s.added_at"
#define N_SOURCE_COLS 10
#define CONTENT_COLS  "o.bytes, s.text"

static int bind_text(sqlite3_stmt *st, int i, const char *v)
{
    return v ? sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC)
             : sqlite3_bind_null(st, i);
}

static int is_hex_id(const char *id, size_t min, size_t max)
{
    size_t n = strlen(id);
    if (n < min || n > max)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((id[i] >= '0' && id[i] <= '9') || (id[i] >= 'a' && id[i] <= 'f')))
            return 0;
    return 1;
}

static const char *const ins_sql =
    "INSERT INTO sources (id, url, publisher, title, published,"
    " published_sort, kind, lang, charset, media_type, added_at, text)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
    " ON CONFLICT (id) DO NOTHING";

static const char *const ins_orig_sql =
    "INSERT INTO originals (n, bytes) VALUES (?1, ?2)";

static int bind_source(sqlite3_stmt *st, const mt_source *src,
                       const char *published, int64_t added_at)
{
    int rc = sqlite3_bind_text(st, 1, src->id, -1, SQLITE_STATIC);
    if (rc == SQLITE_OK)
        rc = bind_text(st, 2, src->url);
    if (rc == SQLITE_OK)
        rc = bind_text(st, 3, src->publisher);
    if (rc == SQLITE_OK)
        rc = bind_text(st, 4, src->title);
    if (rc == SQLITE_OK)
        rc = bind_text(st, 5, published);
    int32_t lo = 0, hi = 0;
    if (rc == SQLITE_OK)
        rc = published && mt_date_span(&src->published, &lo, &hi) == MT_OK
                 ? sqlite3_bind_int(st, 6, lo)
                 : sqlite3_bind_null(st, 6);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_text(st, 7, mt_source_kind_str(src->kind), -1,
                               SQLITE_STATIC);
    if (rc == SQLITE_OK)
        rc = bind_text(st, 8, src->lang);
    if (rc == SQLITE_OK)
        rc = bind_text(st, 9, src->charset);
    if (rc == SQLITE_OK)
        rc = bind_text(st, 10, src->media_type);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_int64(st, 11, added_at);
    if (rc == SQLITE_OK)
        rc = src->text ? sqlite3_bind_text64(st, 12, src->text, src->text_len,
                                             SQLITE_STATIC, SQLITE_UTF8)
                       : sqlite3_bind_text(st, 12, "", 0, SQLITE_STATIC);
    return rc;
}

mt_status mt_store_add(mt_store *store, mt_source *src, int *added,
                       mt_error *err)
{
    int was_batch = store ? store->batch : 0;
    if (added)
        *added = 0;
    if (!store || !src)
        return mt_error_set(err, MT_ERR_ARG, "no store or source");
    if (!is_hex_id(src->id, MT_SOURCE_ID_LEN, MT_SOURCE_ID_LEN))
        return mt_error_at(err, MT_ERR_ARG, store->path, -1,
                           "source has no id (see mt_source_compute_id)");
    if (src->text && !g_utf8_validate_len(src->text, src->text_len, NULL))
        return mt_error_at(err, MT_ERR_ARG, src->id, -1,
                           "source text is not valid UTF-8");
    const struct {
        const char *name, *value;
    } fields[] = {{"url", src->url},         {"publisher", src->publisher},
                  {"title", src->title},     {"lang", src->lang},
                  {"charset", src->charset}, {"media type", src->media_type}};
    for (size_t i = 0; i < MT_ARRAY_LEN(fields); i++)
        if (fields[i].value && !g_utf8_validate(fields[i].value, -1, NULL))
            return mt_error_at(err, MT_ERR_ARG, src->id, -1,
                               "source %s is not valid UTF-8", fields[i].name);
    char pub[MT_DATE_TEXT_MAX];
    const char *published = NULL;
    const mt_date *d = &src->published;
    if (d->year != 0 || d->month != 0 || d->day != 0) {
        if (!mt_date_valid(d))
            return mt_error_at(err, MT_ERR_ARG, src->id, -1,
                               "invalid publication date");
        published = mt_date_format(d, pub, sizeof pub);
    }
    int64_t now = (int64_t)time(NULL);

    int rc = SQLITE_OK;
    if (!store->ins)
        rc = sqlite3_prepare_v3(store->db, ins_sql, -1,
                                SQLITE_PREPARE_PERSISTENT, &store->ins, NULL);
    if (rc == SQLITE_OK && !store->ins_orig)
        rc = sqlite3_prepare_v3(store->db, ins_orig_sql, -1,
                                SQLITE_PREPARE_PERSISTENT, &store->ins_orig,
                                NULL);
    if (rc == SQLITE_OK)
        rc = fts_defer(store);
    if (rc == SQLITE_OK)
        rc = write_begin(store);
    if (rc == SQLITE_OK)
        rc = bind_source(store->ins, src, published, now);
    if (rc == SQLITE_OK && (rc = sqlite3_step(store->ins)) == SQLITE_DONE)
        rc = SQLITE_OK;
    /* ON CONFLICT DO NOTHING: no change means the id was there already. */
    int changed = rc == SQLITE_OK ? sqlite3_changes(store->db) : 0;
    if (rc == SQLITE_OK && changed) {
        sqlite3_stmt *o = store->ins_orig;
        rc = sqlite3_bind_int64(o, 1, sqlite3_last_insert_rowid(store->db));
        /* A NULL pointer would bind SQL NULL; an empty original is a blob. */
        if (rc == SQLITE_OK)
            rc = src->original_len
                     ? sqlite3_bind_blob64(o, 2, src->original,
                                           src->original_len, SQLITE_STATIC)
                     : sqlite3_bind_zeroblob(o, 2, 0);
        if (rc == SQLITE_OK && (rc = sqlite3_step(o)) == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    if (rc == SQLITE_OK)
        rc = write_commit(store);
    mt_status st = MT_OK;
    if (rc != SQLITE_OK) {
        st = fail(store, rc, err);
        write_rollback(store);
        note_batch_lost(store, was_batch, err);
    }
    sqlite3_stmt *stmts[] = {store->ins, store->ins_orig};
    for (size_t i = 0; i < MT_ARRAY_LEN(stmts); i++) {
        sqlite3_reset(stmts[i]);
        sqlite3_clear_bindings(stmts[i]);
    }
    if (st == MT_OK && changed) {
        src->added_at = now;
        if (added)
            *added = 1;
    }
    return st;
}

/* Copy a column into a malloc()ed string field; NULL stays NULL. */
static mt_status set_col(char **field, sqlite3_stmt *st, int col)
{
    return mt_source_set(field, (const char *)sqlite3_column_text(st, col));
}

/* Fill src from a row of SOURCE_COLS (+ CONTENT_COLS when content). */
static mt_status read_source(mt_source *src, sqlite3_stmt *st, int content)
{
    const char *id = (const char *)sqlite3_column_text(st, 0);
    snprintf(src->id, sizeof src->id, "%s", id ? id : "");
    mt_status r = set_col(&src->url, st, 1);
    if (r == MT_OK)
        r = set_col(&src->publisher, st, 2);
    if (r == MT_OK)
        r = set_col(&src->title, st, 3);
    const char *pub = (const char *)sqlite3_column_text(st, 4);
    memset(&src->published, 0, sizeof src->published);
    if (pub && mt_date_parse(&src->published, pub, strlen(pub)) != MT_OK)
        memset(&src->published, 0, sizeof src->published);
    const char *kind = (const char *)sqlite3_column_text(st, 5);
    if (mt_source_kind_parse(&src->kind, kind) != MT_OK)
        src->kind = MT_KIND_OTHER;
    if (r == MT_OK)
        r = set_col(&src->lang, st, 6);
    if (r == MT_OK)
        r = set_col(&src->charset, st, 7);
    if (r == MT_OK)
        r = set_col(&src->media_type, st, 8);
    src->added_at = sqlite3_column_int64(st, 9);
    if (r != MT_OK || !content)
        return r;
    free(src->original);
    free(src->text);
    src->original = NULL;
    src->text = NULL;
    src->original_len = (size_t)sqlite3_column_bytes(st, N_SOURCE_COLS);
    src->original = malloc(src->original_len + 1);
    if (!src->original)
        return MT_ERR_NOMEM;
    if (src->original_len)
        memcpy(src->original, sqlite3_column_blob(st, N_SOURCE_COLS),
               src->original_len);
    const char *text = (const char *)sqlite3_column_text(st, N_SOURCE_COLS + 1);
    src->text_len = (size_t)sqlite3_column_bytes(st, N_SOURCE_COLS + 1);
    src->text = mt_strndup(text ? text : "", src->text_len);
    return src->text ? MT_OK : MT_ERR_NOMEM;
}

mt_status mt_store_get(mt_store *store, mt_source **out, const char *id,
                       int with_content, mt_error *err)
{
    if (!out)
        return mt_error_set(err, MT_ERR_ARG, "no output pointer");
    *out = NULL;
    if (!store || !id)
        return mt_error_set(err, MT_ERR_ARG, "no store or id");
    /* Ids are lower-case hex; accept upper case as typed by a user. */
    char key[MT_SOURCE_ID_LEN + 2];
    size_t n = strlen(id);
    if (n > MT_SOURCE_ID_LEN)
        n = MT_SOURCE_ID_LEN + 1; /* too long: is_hex_id refuses it */
    for (size_t i = 0; i < n; i++)
        key[i] = (char)g_ascii_tolower(id[i]);
    key[n] = '\0';
    if (!is_hex_id(key, 4, MT_SOURCE_ID_LEN))
        return mt_error_at(err, MT_ERR_ARG, id, -1,
                           "not a source id (4 to 16 hex digits)");
    /* Every id starting with key sorts in [key, key + "g"). */
    char upper[MT_SOURCE_ID_LEN + 3];
    snprintf(upper, sizeof upper, "%sg", key);
    const char *sql =
        with_content ? "SELECT " SOURCE_COLS ", " CONTENT_COLS " FROM sources s"
                       " JOIN originals o ON o.n = s.n"
                       " WHERE s.id >= ?1 AND s.id < ?2 ORDER BY s.id LIMIT 2"
                     : "SELECT " SOURCE_COLS " FROM sources s"
                       " WHERE s.id >= ?1 AND s.id < ?2 ORDER BY s.id LIMIT 2";
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(store->db, sql, -1, &st, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_text(st, 2, upper, -1, SQLITE_STATIC);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    if (rc == SQLITE_DONE) {
        sqlite3_finalize(st);
        return mt_error_at(err, MT_ERR_NOTFOUND, id, -1, "no such source");
    }
    if (rc != SQLITE_ROW) {
        mt_status f = fail(store, rc, err);
        sqlite3_finalize(st);
        return f;
    }
    mt_source *src = mt_source_new();
    mt_status r = src ? read_source(src, st, with_content) : MT_ERR_NOMEM;
    if (r == MT_OK) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW)
            r = mt_error_at(err, MT_ERR_ARG, id, -1,
                            "ambiguous id prefix (more than one source "
                            "matches; give more digits)");
        else if (rc != SQLITE_DONE)
            r = fail(store, rc, err);
    } else {
        mt_error_at(err, r, id, -1, "out of memory");
    }
    sqlite3_finalize(st);
    if (r != MT_OK) {
        mt_source_free(src);
        return r;
    }
    *out = src;
    return MT_OK;
}

mt_status mt_store_remove(mt_store *store, const char *id, mt_error *err)
{
    int was_batch = store ? store->batch : 0;
    if (!store || !id)
        return mt_error_set(err, MT_ERR_ARG, "no store or id");
    if (!is_hex_id(id, MT_SOURCE_ID_LEN, MT_SOURCE_ID_LEN))
        return mt_error_at(err, MT_ERR_ARG, id, -1,
                           "not a full source id (16 hex digits)");
    sqlite3_stmt *st = NULL;
    int rc = fts_catch_up(store);
    if (rc == SQLITE_OK)
        rc = write_begin(store);
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(store->db, "DELETE FROM sources WHERE id = ?1",
                                -1, &st, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_DONE)
        rc = SQLITE_OK;
    int changed = rc == SQLITE_OK ? sqlite3_changes(store->db) : 0;
    sqlite3_finalize(st);
    if (rc == SQLITE_OK && !changed) {
        write_rollback(store);
        return mt_error_at(err, MT_ERR_NOTFOUND, id, -1, "no such source");
    }
    if (rc == SQLITE_OK)
        rc = write_commit(store);
    if (rc != SQLITE_OK) {
        mt_status f = fail(store, rc, err);
        write_rollback(store);
        note_batch_lost(store, was_batch, err);
        return f;
    }
    return MT_OK;
}

/* Newest first by the first day a date can denote, the finer of two
 * dates with the same first day first, undated last, then by id. */
#define ORDER_NEWEST                                                           \
    "s.published_sort IS NULL, s.published_sort DESC, "                        \
    "length(s.published) DESC, s.id"

mt_status mt_store_list(mt_store *store, mt_source_cb cb, void *ctx,
                        mt_error *err)
{
    if (!store || !cb)
        return mt_error_set(err, MT_ERR_ARG, "no store or callback");
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(store->db,
                                "SELECT " SOURCE_COLS
                                " FROM sources s ORDER BY " ORDER_NEWEST,
                                -1, &st, NULL);
    mt_source *src = rc == SQLITE_OK ? mt_source_new() : NULL;
    mt_status r = MT_OK;
    if (rc == SQLITE_OK && !src)
        r = mt_error_at(err, MT_ERR_NOMEM, store->path, -1, "out of memory");
    while (r == MT_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        r = read_source(src, st, 0);
        if (r != MT_OK)
            mt_error_at(err, r, store->path, -1, "out of memory");
        else if (cb(src, ctx))
            break;
    }
    if (r == MT_OK && rc != SQLITE_ROW && rc != SQLITE_DONE)
        r = fail(store, rc, err);
    mt_source_free(src);
    sqlite3_finalize(st);
    return r;
}

mt_status mt_store_count(mt_store *store, int64_t *out, mt_error *err)
{
    if (!store || !out)
        return mt_error_set(err, MT_ERR_ARG, "no store or output pointer");
    int rc = query_int(store, "SELECT count(*) FROM sources", out);
    return rc == SQLITE_OK ? MT_OK : fail(store, rc, err);
}

/* ---- search ------------------------------------------------------- */

/* Append one query word or phrase as an FTS5 string, "" doubled. */
static mt_status add_term(mt_buf *q, const char *w, size_t len, int star)
{
    int tokens = 0, ends_in = 0;
    mt_store_query_word(w, (int)len, &tokens, &ends_in);
    if (tokens == 0)
        return MT_OK; /* punctuation only: matches nothing; drop it */
    mt_status r = q->len ? mt_buf_putc(q, ' ') : MT_OK;
    if (r == MT_OK)
        r = mt_buf_putc(q, '"');
    for (size_t i = 0; r == MT_OK && i < len; i++)
        r = w[i] == '"' ? mt_buf_puts(q, "\"\"") : mt_buf_putc(q, w[i]);
    if (r == MT_OK)
        r = mt_buf_putc(q, '"');
    /* A lone CJK character is indexed only as the start of bigrams. */
    if (r == MT_OK && ((star && ends_in == MT_QUERY_ENDS_WORD) ||
                       ends_in == MT_QUERY_ENDS_LONE_CJK))
        r = mt_buf_puts(q, " *");
    return r;
}

/* ASCII white space and the ideographic space U+3000 separate words. */
static size_t space_len(const char *p)
{
    if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' ||
        *p == '\v')
        return 1;
    if ((unsigned char)p[0] == 0xE3 && (unsigned char)p[1] == 0x80 &&
        (unsigned char)p[2] == 0x80)
        return 3;
    return 0;
}

/*
 * Turn the user's query into an FTS5 expression in q: each word (or
 * "quoted phrase") becomes an FTS5 string, so no input is FTS5 syntax.
 */
static mt_status build_query(mt_buf *q, const char *p)
{
    mt_status r = MT_OK;
    while (r == MT_OK && *p) {
        size_t sp = space_len(p);
        if (sp) {
            p += sp;
            continue;
        }
        const char *start;
        size_t len;
        int star = 0;
        if (*p == '"') {
            start = ++p;
            while (*p && *p != '"')
                p++;
            len = (size_t)(p - start);
            if (*p == '"')
                p++;
        } else {
            start = p;
            while (*p && *p != '"' && !space_len(p))
                p++;
            len = (size_t)(p - start);
            while (len > 0 && start[len - 1] == '*') {
                len--;
                star = 1;
            }
        }
        r = add_term(q, start, len, star);
    }
    return r;
}

/*
 * A search runs in two statements.  The first calls the collector
 * (rank.c) once, on the first matching row; it ranks every match itself
 * and leaves the best ?2 rowids in the mt_topk bound as ?2.  The second
 * fetches one of them with its snippet: MATCH with `rowid =` makes FTS5
 * seek each token to that row instead of walking the matches, and the
 * snippet (a re-tokenization of the text) is made for returned rows only.
 */
static const char *const search_topk_sql =
    "SELECT " MT_TOPK_NAME "(sources_fts, ?2) FROM sources_fts"
    " WHERE sources_fts MATCH ?1 LIMIT 1";

static const char *const search_fetch_sql =
    "SELECT " SOURCE_COLS ", CASE WHEN ?4 > 0 THEN"
    " snippet(sources_fts, 1, ?2, ?3, '…', ?4) ELSE '' END"
    " FROM sources_fts JOIN sources s ON s.n = sources_fts.rowid"
    " WHERE sources_fts MATCH ?1 AND sources_fts.rowid = ?5";

/* Whether store->lens was read since the last write by this or any
 * other connection (PRAGMA data_version covers the others). */
static int lens_current(mt_store *s, int64_t *version, int64_t *changes)
{
    *version = -1;
    *changes = sqlite3_total_changes64(s->db);
    return query_int(s, "PRAGMA data_version", version) == SQLITE_OK &&
           s->lens.n && *version == s->lens_version &&
           *changes == s->lens_changes;
}

/*
 * Make store->lens current: read every row's column sizes again when the
 * store changed since (one scan of sources_fts_docsize, about 15 ms for
 * 100,000 rows).  The collector calls it, through load_lens(), when a
 * search needs the sizes of many rows.
 */
static int load_lens(void *arg, const mt_doclens **out)
{
    mt_store *s = arg;
    int64_t version, changes;
    int rc = SQLITE_OK;
    if (!lens_current(s, &version, &changes)) {
        rc = mt_doclens_load(s->db, &s->lens);
        s->lens_version = version;
        s->lens_changes = changes;
    }
    *out = rc == SQLITE_OK ? &s->lens : NULL;
    return rc;
}

static int hit_cmp_row(const void *a, const void *b)
{
    int64_t x = ((const mt_topk_hit *)a)->row,
            y = ((const mt_topk_hit *)b)->row;
    return x < y ? -1 : x > y;
}

/* A match's place in ORDER_NEWEST, for sorting a few matches in C. */
typedef struct newest_row {
    mt_topk_hit hit;
    int undated;
    int64_t day;
    int len; /* length(published), -1 for NULL */
    char id[17];
} newest_row;

static int newest_cmp(const void *pa, const void *pb)
{
    const newest_row *a = pa, *b = pb;
    if (a->undated != b->undated)
        return a->undated - b->undated;
    if (!a->undated && a->day != b->day)
        return a->day > b->day ? -1 : 1;
    if (a->len != b->len)
        return a->len > b->len ? -1 : 1;
    return strcmp(a->id, b->id);
}

/*
 * Keep the newest k of the t->n matches (ascending rowids) in t->hit,
 * newest first, the order of mt_store_list().  Few matches: read each
 * one's date and sort them.  Many: walk the sources in that order (the
 * index sources_newest, schema 4) until k of them are matches, which
 * takes about k * sources / matches steps.  The two cost about the same
 * when matches^2 = k * sources * (step / lookup), a lookup costing some
 * ten index steps.
 */
static int select_newest(mt_store *s, mt_topk *t, int k)
{
    if (t->n == 0)
        return SQLITE_OK;
    int rc = SQLITE_OK;
    sqlite3_stmt *st = NULL;
    int64_t kept = 0;
    if (t->n * t->n * 10 <= (int64_t)k * t->rows) {
        newest_row *r = calloc((size_t)t->n, sizeof *r);
        if (!r)
            return SQLITE_NOMEM;
        rc = sqlite3_prepare_v2(s->db,
                                "SELECT published_sort IS NULL, published_sort,"
                                " length(published), id FROM sources"
                                " INDEXED BY sources_sort WHERE n = ?1",
                                -1, &st, NULL);
        for (int64_t i = 0; rc == SQLITE_OK && i < t->n; i++) {
            rc = sqlite3_bind_int64(st, 1, t->hit[i].row);
            if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
                newest_row *w = &r[kept++];
                w->hit = t->hit[i];
                w->undated = sqlite3_column_int(st, 0);
                w->day = sqlite3_column_int64(st, 1);
                w->len = sqlite3_column_type(st, 2) == SQLITE_NULL
                             ? -1
                             : sqlite3_column_int(st, 2);
                const char *id = (const char *)sqlite3_column_text(st, 3);
                snprintf(w->id, sizeof w->id, "%s", id ? id : "");
            }
            if (rc == SQLITE_ROW || rc == SQLITE_DONE)
                rc = sqlite3_reset(st);
        }
        if (rc == SQLITE_OK) {
            qsort(r, (size_t)kept, sizeof *r, newest_cmp);
            if (kept > k)
                kept = k;
            for (int64_t i = 0; i < kept; i++)
                t->hit[i] = r[i].hit;
        }
        free(r);
    } else {
        /* t->hit is sorted by rowid; the newest are moved to its front,
         * from a copy, since a found row may lie before kept. */
        mt_topk_hit *all = malloc((size_t)t->n * sizeof *all);
        if (!all)
            return SQLITE_NOMEM;
        memcpy(all, t->hit, (size_t)t->n * sizeof *all);
        rc = sqlite3_prepare_v2(s->db,
                                "SELECT s.n FROM sources s INDEXED BY"
                                " sources_newest ORDER BY " ORDER_NEWEST,
                                -1, &st, NULL);
        while (rc == SQLITE_OK && kept < k &&
               (rc = sqlite3_step(st)) == SQLITE_ROW) {
            rc = SQLITE_OK;
            mt_topk_hit key = {sqlite3_column_int64(st, 0), 0};
            mt_topk_hit *m =
                bsearch(&key, all, (size_t)t->n, sizeof *all, hit_cmp_row);
            if (m)
                t->hit[kept++] = *m;
        }
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        free(all);
    }
    sqlite3_finalize(st);
    t->n = rc == SQLITE_OK ? kept : 0;
    return rc;
}

mt_status mt_store_search(mt_store *store, const char *query,
                          const mt_search_options *opts, mt_search_cb cb,
                          void *ctx, mt_error *err)
{
    if (!store || !query || !cb)
        return mt_error_set(err, MT_ERR_ARG, "no store, query or callback");
    mt_search_options o = MT_SEARCH_OPTIONS_INIT;
    if (opts) {
        if (opts->version != MT_SEARCH_OPTIONS_VERSION)
            return mt_error_set(err, MT_ERR_ARG,
                                "search options version %u, expected %u",
                                opts->version, MT_SEARCH_OPTIONS_VERSION);
        o = *opts;
    }
    if (o.limit <= 0)
        return mt_error_set(err, MT_ERR_ARG, "search limit must be positive");
    if (!g_utf8_validate(query, -1, NULL))
        return mt_error_set(err, MT_ERR_ARG, "query is not valid UTF-8");
    const char *p = query;
    while (*p && space_len(p))
        p += space_len(p);
    if (!*p)
        return mt_error_set(err, MT_ERR_ARG, "empty query");
    int tokens = o.snippet_tokens < 0    ? 0
                 : o.snippet_tokens > 64 ? 64
                                         : o.snippet_tokens;

    mt_buf q;
    mt_buf_init(&q, 1 << 20);
    mt_status r = build_query(&q, query);
    if (r != MT_OK) {
        mt_buf_free(&q);
        return mt_error_set(err, r, "query too long");
    }
    if (q.len == 0) { /* only punctuation: nothing can match */
        mt_buf_free(&q);
        return MT_OK;
    }
    /* A batch's own sources are found too; they change the column
     * sizes, so the catch-up comes before the sizes are refreshed. */
    int rc = fts_catch_up(store);
    int newest = o.order == MT_SEARCH_NEWEST;
    int64_t version, changes;
    mt_topk t = {newest ? 0 : o.limit,
                 rc == SQLITE_OK && lens_current(store, &version, &changes)
                     ? &store->lens
                     : NULL,
                 load_lens,
                 store,
                 NULL,
                 0,
                 0};
    sqlite3_stmt *st = NULL;
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(store->db, search_topk_sql, -1, &st, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_text(st, 1, q.data, (int)q.len, SQLITE_STATIC);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_pointer(st, 2, &t, MT_TOPK_POINTER, NULL);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW)
        rc = sqlite3_step(st);
    if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    sqlite3_finalize(st);
    st = NULL;
    if (rc == SQLITE_OK && newest)
        rc = select_newest(store, &t, o.limit);

    if (rc == SQLITE_OK && t.n > 0)
        rc = sqlite3_prepare_v2(store->db, search_fetch_sql, -1, &st, NULL);
    if (rc == SQLITE_OK && st)
        rc = sqlite3_bind_text(st, 1, q.data, (int)q.len, SQLITE_STATIC);
    if (rc == SQLITE_OK && st)
        rc = bind_text(st, 2, o.mark_open ? o.mark_open : "");
    if (rc == SQLITE_OK && st)
        rc = bind_text(st, 3, o.mark_close ? o.mark_close : "");
    if (rc == SQLITE_OK && st)
        rc = sqlite3_bind_int(st, 4, tokens);
    mt_source *src = rc == SQLITE_OK && st ? mt_source_new() : NULL;
    if (rc == SQLITE_OK && st && !src)
        r = mt_error_at(err, MT_ERR_NOMEM, store->path, -1, "out of memory");
    for (int64_t i = 0; r == MT_OK && rc == SQLITE_OK && st && i < t.n; i++) {
        rc = sqlite3_bind_int64(st, 5, t.hit[i].row);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(st);
        if (rc == SQLITE_DONE) { /* removed since the collector ran */
            rc = sqlite3_reset(st);
            continue;
        }
        if (rc != SQLITE_ROW)
            break;
        r = read_source(src, st, 0);
        if (r != MT_OK) {
            mt_error_at(err, r, store->path, -1, "out of memory");
            break;
        }
        const char *snip = (const char *)sqlite3_column_text(st, N_SOURCE_COLS);
        mt_search_hit hit = {src, snip ? snip : "", t.hit[i].score};
        if (cb(&hit, ctx))
            break;
        rc = sqlite3_reset(st);
    }
    if (r == MT_OK && rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE)
        r = fail(store, rc, err);
    mt_source_free(src);
    sqlite3_finalize(st);
    mt_topk_clear(&t);
    mt_buf_free(&q);
    return r;
}

/* ---- incidents ---------------------------------------------------- */

mt_status mt_store_incident_put(mt_store *store, const char *id,
                                const char *title, const char *status,
                                const char *json, mt_error *err)
{
    int was_batch = store ? store->batch : 0;
    if (!store || !id || !*id)
        return mt_error_set(err, MT_ERR_ARG, "no store or incident id");
    sqlite3_stmt *st = NULL;
    int rc = write_begin(store);
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(
            store->db,
            "INSERT INTO incidents (id, title, status, updated_at, json)"
            " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO UPDATE SET"
            " title = excluded.title, status = excluded.status,"
            " updated_at = excluded.updated_at, json = excluded.json",
            -1, &st, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    if (rc == SQLITE_OK)
        rc = bind_text(st, 2, title);
    if (rc == SQLITE_OK)
        rc = bind_text(st, 3, status);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_int64(st, 4, (int64_t)time(NULL));
    if (rc == SQLITE_OK)
        rc = bind_text(st, 5, json);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_DONE)
        rc = SQLITE_OK;
    sqlite3_finalize(st);
    if (rc == SQLITE_OK)
        rc = write_commit(store);
    if (rc == SQLITE_OK)
        return MT_OK;
    mt_status f = (rc & 0xff) == SQLITE_CONSTRAINT
                      ? mt_error_at(err, MT_ERR_ARG, id, -1,
                                    "incident JSON is not valid JSON")
                      : fail(store, rc, err);
    write_rollback(store);
    note_batch_lost(store, was_batch, err);
    return f;
}

mt_status mt_store_incident_exists(mt_store *store, const char *id, int *out,
                                   mt_error *err)
{
    if (!store || !id || !out)
        return mt_error_set(err, MT_ERR_ARG, "no store, id or output");
    *out = 0;
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(
        store->db, "SELECT 1 FROM incidents WHERE id = ?1", -1, &st, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *out = 1;
    mt_status r =
        rc == SQLITE_ROW || rc == SQLITE_DONE ? MT_OK : fail(store, rc, err);
    sqlite3_finalize(st);
    return r;
}

mt_status mt_store_incident_list(mt_store *store, mt_incident_cb cb, void *ctx,
                                 mt_error *err)
{
    if (!store || !cb)
        return mt_error_set(err, MT_ERR_ARG, "no store or callback");
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(store->db,
                                "SELECT id, title, status, updated_at, json"
                                " FROM incidents ORDER BY id",
                                -1, &st, NULL);
    while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        rc = SQLITE_OK;
        mt_incident_record rec = {
            (const char *)sqlite3_column_text(st, 0),
            (const char *)sqlite3_column_text(st, 1),
            (const char *)sqlite3_column_text(st, 2),
            sqlite3_column_int64(st, 3),
            (const char *)sqlite3_column_text(st, 4),
        };
        if (cb(&rec, ctx))
            break;
    }
    mt_status r =
        rc == SQLITE_OK || rc == SQLITE_DONE ? MT_OK : fail(store, rc, err);
    sqlite3_finalize(st);
    return r;
}
