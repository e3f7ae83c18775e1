/*
 * The source archive on SQLite: the file, its schema and migrations, the
 * connection and the transactions every write runs in (sources.c reads
 * and writes the rows, search.c searches them).
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
 *             MT_ORDER_NEWEST), so a newest-first search walks it and stops
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

#include "core/internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "MTOM": what PRAGMA application_id holds in every matome store. */
#define MT_APPLICATION_ID 0x4D544F4D

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

mt_status mt_store_fail(const mt_store *s, int rc, mt_error *err)
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

int mt_store_write_begin(mt_store *s)
{
    if (s->batch && sqlite3_get_autocommit(s->db))
        s->batch = 0; /* an error (disk full) ended the batch's transaction */
    return s->batch ? exec_cached(s, &s->sp_begin, "SAVEPOINT mt_write")
                    : exec(s, "BEGIN IMMEDIATE");
}

int mt_store_write_commit(mt_store *s)
{
    return s->batch ? exec_cached(s, &s->sp_release, "RELEASE mt_write")
                    : exec(s, "COMMIT");
}

void mt_store_write_rollback(mt_store *s)
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

void mt_store_note_batch_lost(const mt_store *s, int was_batch, mt_error *err)
{
    if (was_batch && !s->batch && err) {
        size_t len = strlen(err->message);
        snprintf(err->message + len, sizeof err->message - len,
                 " (the whole batch was rolled back)");
    }
}

mt_status mt_store_write_failed(mt_store *s, mt_status st, int was_batch,
                                mt_error *err)
{
    mt_store_write_rollback(s);
    mt_store_note_batch_lost(s, was_batch, err);
    return st;
}

/*
 * Full-text indexing in batches.  FTS5 writes its pending terms to disk as
 * a new segment at every statement savepoint, so the trigger that indexes
 * each added row made one tiny segment per source, and merging those cost
 * a quarter of an ingest's time.  Inside a batch, the first
 * mt_store_add() therefore drops the trigger (within the batch's
 * transaction) and mt_store_fts_catch_up() indexes all rows the batch
 * added in one INSERT ... SELECT, then re-creates the trigger from its
 * stored SQL, before the commit and before anything in the batch that
 * reads or deletes index entries (search, remove).  A rollback restores the
 * trigger with everything else.  The drop happens outside the per-write
 * savepoint, so a failed add cannot bring the trigger back unnoticed.
 */
static void fts_forget(mt_store *s)
{
    free(s->fts_trigger);
    s->fts_trigger = NULL;
}

int mt_store_fts_defer(mt_store *s)
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

int mt_store_fts_catch_up(mt_store *s)
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

int mt_store_query_int(mt_store *s, const char *sql, int64_t *out)
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
            rc = mt_store_query_int(s, "PRAGMA user_version", &v);
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
            mt_status st = mt_store_fail(s, rc, err);
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
        st = mt_store_fail(s, rc, err);
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
    rc = mt_store_query_int(s, "PRAGMA application_id", &app);
    if (rc == SQLITE_OK)
        rc = mt_store_query_int(s, "PRAGMA user_version", &version);
    if (rc == SQLITE_OK)
        rc = mt_store_query_int(s, "SELECT count(*) FROM sqlite_master",
                                &objects);
    if (rc != SQLITE_OK) {
        st = mt_store_fail(s, rc, err);
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
        st = mt_store_fail(s, rc, err);
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
        mt_status st = mt_store_fail(store, rc, err);
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
    int rc = mt_store_fts_catch_up(store);
    if (rc == SQLITE_OK)
        rc = exec(store, "COMMIT");
    fts_forget(store);
    if (rc != SQLITE_OK) {
        mt_status st = mt_store_fail(store, rc, err);
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
