/*
 * Sources and incidents on SQLite: the rows callers add, read and remove
 * (sqlite.c has the file format and the transaction each write runs in).
 *
 * A source is one row of sources and one of originals, inserted in the
 * same write; its id is the UNIQUE key, and adding an id that is there
 * already changes nothing.  A reader names a source by its id or a prefix
 * of it.  Rows are read as MT_SOURCE_COLS (and MT_CONTENT_COLS when the
 * original and text are wanted) into an mt_source by
 * mt_store_read_source(), which search.c uses for its hits too.  An
 * incident is one row of incidents, replaced whole by each put.
 */
#include "store/store_internal.h"

#include "core/internal.h"

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- sources ------------------------------------------------------ */

int mt_store_bind_text(sqlite3_stmt *st, int i, const char *v)
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
        rc = mt_store_bind_text(st, 2, src->url);
    if (rc == SQLITE_OK)
        rc = mt_store_bind_text(st, 3, src->publisher);
    if (rc == SQLITE_OK)
        rc = mt_store_bind_text(st, 4, src->title);
    if (rc == SQLITE_OK)
        rc = mt_store_bind_text(st, 5, published);
    int32_t lo = 0, hi = 0;
    if (rc == SQLITE_OK)
        rc = published && mt_date_span(&src->published, &lo, &hi) == MT_OK
                 ? sqlite3_bind_int(st, 6, lo)
                 : sqlite3_bind_null(st, 6);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_text(st, 7, mt_source_kind_str(src->kind), -1,
                               SQLITE_STATIC);
    if (rc == SQLITE_OK)
        rc = mt_store_bind_text(st, 8, src->lang);
    if (rc == SQLITE_OK)
        rc = mt_store_bind_text(st, 9, src->charset);
    if (rc == SQLITE_OK)
        rc = mt_store_bind_text(st, 10, src->media_type);
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
        rc = mt_store_fts_defer(store);
    if (rc == SQLITE_OK)
        rc = mt_store_write_begin(store);
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
        rc = mt_store_write_commit(store);
    mt_status st = MT_OK;
    if (rc != SQLITE_OK)
        st = mt_store_write_failed(store, mt_store_fail(store, rc, err),
                                   was_batch, err);
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

mt_status mt_store_read_source(mt_source *src, sqlite3_stmt *st, int content)
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
    src->original_len = (size_t)sqlite3_column_bytes(st, MT_N_SOURCE_COLS);
    src->original = malloc(src->original_len + 1);
    if (!src->original)
        return MT_ERR_NOMEM;
    if (src->original_len)
        memcpy(src->original, sqlite3_column_blob(st, MT_N_SOURCE_COLS),
               src->original_len);
    const char *text =
        (const char *)sqlite3_column_text(st, MT_N_SOURCE_COLS + 1);
    src->text_len = (size_t)sqlite3_column_bytes(st, MT_N_SOURCE_COLS + 1);
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
        with_content ? "SELECT " MT_SOURCE_COLS ", " MT_CONTENT_COLS
                       " FROM sources s"
                       " JOIN originals o ON o.n = s.n"
                       " WHERE s.id >= ?1 AND s.id < ?2 ORDER BY s.id LIMIT 2"
                     : "SELECT " MT_SOURCE_COLS " FROM sources s"
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
        mt_status f = mt_store_fail(store, rc, err);
        sqlite3_finalize(st);
        return f;
    }
    mt_source *src = mt_source_new();
    mt_status r =
        src ? mt_store_read_source(src, st, with_content) : MT_ERR_NOMEM;
    if (r == MT_OK) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW)
            r = mt_error_at(err, MT_ERR_ARG, id, -1,
                            "ambiguous id prefix (more than one source "
                            "matches; give more digits)");
        else if (rc != SQLITE_DONE)
            r = mt_store_fail(store, rc, err);
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
    int rc = mt_store_fts_catch_up(store);
    if (rc == SQLITE_OK)
        rc = mt_store_write_begin(store);
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
        mt_store_write_rollback(store);
        return mt_error_at(err, MT_ERR_NOTFOUND, id, -1, "no such source");
    }
    if (rc == SQLITE_OK)
        rc = mt_store_write_commit(store);
    if (rc != SQLITE_OK)
        return mt_store_write_failed(store, mt_store_fail(store, rc, err),
                                     was_batch, err);
    return MT_OK;
}

mt_status mt_store_list(mt_store *store, mt_source_cb cb, void *ctx,
                        mt_error *err)
{
    if (!store || !cb)
        return mt_error_set(err, MT_ERR_ARG, "no store or callback");
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(store->db,
                                "SELECT " MT_SOURCE_COLS
                                " FROM sources s ORDER BY " MT_ORDER_NEWEST,
                                -1, &st, NULL);
    mt_source *src = rc == SQLITE_OK ? mt_source_new() : NULL;
    mt_status r = MT_OK;
    if (rc == SQLITE_OK && !src)
        r = mt_error_at(err, MT_ERR_NOMEM, store->path, -1, "out of memory");
    while (r == MT_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        r = mt_store_read_source(src, st, 0);
        if (r != MT_OK)
            mt_error_at(err, r, store->path, -1, "out of memory");
        else if (cb(src, ctx))
            break;
    }
    if (r == MT_OK && rc != SQLITE_ROW && rc != SQLITE_DONE)
        r = mt_store_fail(store, rc, err);
    mt_source_free(src);
    sqlite3_finalize(st);
    return r;
}

mt_status mt_store_count(mt_store *store, int64_t *out, mt_error *err)
{
    if (!store || !out)
        return mt_error_set(err, MT_ERR_ARG, "no store or output pointer");
    int rc = mt_store_query_int(store, "SELECT count(*) FROM sources", out);
    return rc == SQLITE_OK ? MT_OK : mt_store_fail(store, rc, err);
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
    int rc = mt_store_write_begin(store);
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
        rc = mt_store_bind_text(st, 2, title);
    if (rc == SQLITE_OK)
        rc = mt_store_bind_text(st, 3, status);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_int64(st, 4, (int64_t)time(NULL));
    if (rc == SQLITE_OK)
        rc = mt_store_bind_text(st, 5, json);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_DONE)
        rc = SQLITE_OK;
    sqlite3_finalize(st);
    if (rc == SQLITE_OK)
        rc = mt_store_write_commit(store);
    if (rc == SQLITE_OK)
        return MT_OK;
    mt_status f = (rc & 0xff) == SQLITE_CONSTRAINT
                      ? mt_error_at(err, MT_ERR_ARG, id, -1,
                                    "incident JSON is not valid JSON")
                      : mt_store_fail(store, rc, err);
    return mt_store_write_failed(store, f, was_batch, err);
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
    mt_status r = rc == SQLITE_ROW || rc == SQLITE_DONE
                      ? MT_OK
                      : mt_store_fail(store, rc, err);
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
    mt_status r = rc == SQLITE_OK || rc == SQLITE_DONE
                      ? MT_OK
                      : mt_store_fail(store, rc, err);
    sqlite3_finalize(st);
    return r;
}
