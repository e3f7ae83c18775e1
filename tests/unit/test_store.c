/* Unit tests for src/store: the SQLite source archive, its migrations,
 * error mapping, and full-text search with the bigram tokenizer. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <utf8proc.h>

#include "core/internal.h"
#include "matome/store.h"
#include "store/store_internal.h"

/* Each test gets a fresh directory; `db` is the store path inside it. */
typedef struct fixture {
    char dir[64];
    char db[128];
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    if (!f)
        return -1;
    snprintf(f->dir, sizeof f->dir, "/tmp/mt-store-XXXXXX");
    if (!mkdtemp(f->dir)) {
        free(f);
        return -1;
    }
    snprintf(f->db, sizeof f->db, "%s/test.db", f->dir);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    char cmd[200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
    int rc = system(cmd);
    free(f);
    return rc == 0 ? 0 : -1;
}

static mt_store *open_ok(const char *path)
{
    mt_store *s = NULL;
    mt_error err;
    mt_error_clear(&err);
    mt_status st = mt_store_open(&s, path, NULL, &err);
    if (st != MT_OK)
        fail_msg("open %s: %s", path, err.message);
    return s;
}

/* A source whose original bytes are its text. */
static mt_source *make_source(const char *title, const char *text,
                              const char *date, mt_source_kind kind,
                              const char *lang)
{
    mt_source *src = mt_source_new();
    assert_non_null(src);
    assert_int_equal(mt_source_set(&src->title, title), MT_OK);
    assert_int_equal(mt_source_set(&src->text, text), MT_OK);
    src->text_len = strlen(text);
    src->original = (unsigned char *)mt_strdup(text);
    src->original_len = strlen(text);
    if (date)
        assert_int_equal(mt_date_parse(&src->published, date, strlen(date)),
                         MT_OK);
    src->kind = kind;
    assert_int_equal(mt_source_set(&src->lang, lang), MT_OK);
    mt_source_compute_id(src);
    return src;
}

static void add_ok(mt_store *s, mt_source *src)
{
    int added = -1;
    mt_error err;
    mt_error_clear(&err);
    mt_status st = mt_store_add(s, src, &added, &err);
    if (st != MT_OK)
        fail_msg("add: %s", err.message);
    assert_int_equal(added, 1);
}

/* The sample archive used by the search tests; ids in the order added. */
static const char *const sample[][5] = {
    {"神戸製鋼所に不正アクセス、防衛関連情報が流出の可能性",
     "神戸製鋼所は6日、社内のパソコンがマルウエアに感染し、"
     "防衛省に関する情報が外部に漏えいした可能性があると発表した。",
     "2020-02-06", "ja", "media"},
    {"Notice regarding unauthorized access at Kobe Steel",
     "Kobe Steel, Ltd. announced that some servers were accessed without "
     "authorization. About 250 files may have been affected.",
     "2020-02-07", "en", "official"},
    {"ＰＡＳＣＯ社への不正アクセスについて",
     "株式会社パスコのサーバーに２０２０年、外部からの不正な通信が"
     "確認された。",
     "2020-01-31", "ja", "authority"},
    {"Steel prices and Kobe beef",
     "A note about steel, then Kobe. Nothing about security here.", NULL, "en",
     "blog"},
};
#define N_SAMPLE 4

static mt_store *open_sample(const fixture *f, char ids[][MT_SOURCE_ID_LEN + 1])
{
    mt_store *s = open_ok(f->db);
    for (int i = 0; i < N_SAMPLE; i++) {
        mt_source_kind kind;
        assert_int_equal(mt_source_kind_parse(&kind, sample[i][4]), MT_OK);
        mt_source *src = make_source(sample[i][0], sample[i][1], sample[i][2],
                                     kind, sample[i][3]);
        add_ok(s, src);
        memcpy(ids[i], src->id, sizeof ids[i]);
        mt_source_free(src);
    }
    return s;
}

/* Search hits collected as "i,j,..." (sample indexes) plus snippets. */
typedef struct hits {
    char ids[N_SAMPLE][MT_SOURCE_ID_LEN + 1];
    char list[64];
    char snippets[4][512];
    int n;
} hits;

static int collect(const mt_search_hit *hit, void *ctx)
{
    hits *h = ctx;
    int idx = -1;
    for (int i = 0; i < N_SAMPLE; i++)
        if (strcmp(h->ids[i], hit->source->id) == 0)
            idx = i;
    size_t len = strlen(h->list);
    snprintf(h->list + len, sizeof h->list - len, "%s%d", len ? "," : "", idx);
    if (h->n < 4)
        snprintf(h->snippets[h->n], sizeof h->snippets[0], "%s", hit->snippet);
    h->n++;
    return 0;
}

/* Run a query and return the hit list, e.g. "0" or "1,3" or "". */
static const char *search(mt_store *s, hits *h, const char *query,
                          mt_search_order order)
{
    mt_search_options o = MT_SEARCH_OPTIONS_INIT;
    o.order = order;
    h->list[0] = '\0';
    h->n = 0;
    mt_error err;
    mt_error_clear(&err);
    mt_status st = mt_store_search(s, query, &o, collect, h, &err);
    if (st != MT_OK)
        fail_msg("search '%s': %s", query, err.message);
    return h->list;
}

static void test_store__add_get_roundtrip(void **state)
{
    fixture *f = *state;
    mt_store *s = open_ok(f->db);
    mt_source *src = make_source("タイトル", "本文です。", "2020-02", 3, "ja");
    assert_int_equal(mt_source_set(&src->url, "https://example.jp/a"), MT_OK);
    assert_int_equal(mt_source_set(&src->publisher, "例新聞"), MT_OK);
    assert_int_equal(mt_source_set(&src->charset, "Shift_JIS"), MT_OK);
    assert_int_equal(mt_source_set(&src->media_type, "text/html"), MT_OK);
    add_ok(s, src);
    assert_true(src->added_at > 1700000000);

    mt_source *got = NULL;
    char prefix[5];
    snprintf(prefix, sizeof prefix, "%.4s", src->id);
    assert_int_equal(mt_store_get(s, &got, prefix, 1, NULL), MT_OK);
    assert_string_equal(got->id, src->id);
    assert_string_equal(got->url, "https://example.jp/a");
    assert_string_equal(got->publisher, "例新聞");
    assert_string_equal(got->title, "タイトル");
    assert_int_equal(got->published.year, 2020);
    assert_int_equal(got->published.month, 2);
    assert_int_equal(got->published.day, 0);
    assert_int_equal(got->kind, MT_KIND_MEDIA);
    assert_string_equal(got->lang, "ja");
    assert_string_equal(got->charset, "Shift_JIS");
    assert_string_equal(got->media_type, "text/html");
    assert_int_equal(got->text_len, strlen("本文です。"));
    assert_string_equal(got->text, "本文です。");
    assert_int_equal(got->original_len, src->original_len);
    assert_memory_equal(got->original, src->original, src->original_len);
    assert_int_equal(got->added_at, src->added_at);
    mt_source_free(got);

    /* Without content: metadata only. */
    assert_int_equal(mt_store_get(s, &got, src->id, 0, NULL), MT_OK);
    assert_null(got->text);
    assert_null(got->original);
    mt_source_free(got);

    /* Upper-case prefixes are accepted; bad ids are argument errors. */
    char upper[MT_SOURCE_ID_LEN + 1];
    for (int i = 0; i <= MT_SOURCE_ID_LEN; i++)
        upper[i] = (char)(src->id[i] >= 'a' ? src->id[i] - 32 : src->id[i]);
    assert_int_equal(mt_store_get(s, &got, upper, 0, NULL), MT_OK);
    mt_source_free(got);
    mt_error err;
    mt_error_clear(&err);
    assert_int_equal(mt_store_get(s, &got, "abc", 0, &err), MT_ERR_ARG);
    assert_null(got);
    assert_string_equal(err.message, "not a source id (4 to 16 hex digits)");
    assert_int_equal(mt_store_get(s, &got, "zzzz", 0, NULL), MT_ERR_ARG);
    mt_error_clear(&err);
    const char *missing = src->id[0] == '0' ? "1111" : "0000";
    assert_int_equal(mt_store_get(s, &got, missing, 0, &err), MT_ERR_NOTFOUND);
    assert_string_equal(err.where, missing);
    assert_string_equal(err.message, "no such source");
    mt_source_free(src);
    mt_store_free(s);
}

/* Run a query returning one integer on a plain SQLite connection. */
static int raw_count(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    int n = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

static void test_store__duplicate_add_is_noop(void **state)
{
    fixture *f = *state;
    mt_store *s = open_ok(f->db);
    mt_source *src = make_source("t", "same bytes", NULL, 0, "en");
    add_ok(s, src);
    int64_t first = src->added_at;
    mt_source *again =
        make_source("another title", "same bytes", NULL, 0, "en");
    int added = -1;
    assert_int_equal(mt_store_add(s, again, &added, NULL), MT_OK);
    assert_int_equal(added, 0);
    int64_t n = 0;
    assert_int_equal(mt_store_count(s, &n, NULL), MT_OK);
    assert_int_equal(n, 1);
    mt_source *got = NULL;
    assert_int_equal(mt_store_get(s, &got, src->id, 0, NULL), MT_OK);
    assert_string_equal(got->title, "t"); /* unchanged */
    assert_int_equal(got->added_at, first);
    mt_source_free(got);
    mt_source_free(again);
    mt_source_free(src);
    mt_store_free(s);
}

static int list_titles(const mt_source *src, void *ctx)
{
    char *out = ctx;
    size_t len = strlen(out);
    snprintf(out + len, 256 - len, "%s%s", len ? "," : "", src->title);
    return 0;
}

static void test_store__list_newest_first(void **state)
{
    fixture *f = *state;
    mt_store *s = open_ok(f->db);
    const char *dates[] = {"2019-12-01", NULL,      "2020",
                           "2020-02-06", "2020-02", "2020-01-01"};
    const char *titles[] = {"d2019",     "undated", "y2020",
                            "d20200206", "m202002", "d20200101"};
    for (int i = 0; i < 6; i++) {
        mt_source *src = make_source(titles[i], titles[i], dates[i], 0, NULL);
        add_ok(s, src);
        mt_source_free(src);
    }
    char out[256] = "";
    assert_int_equal(mt_store_list(s, list_titles, out, NULL), MT_OK);
    /* 2020-02 and 2020-02-06 by first day; 2020 and 2020-01-01 share a
     * first day, and the finer date comes first. */
    assert_string_equal(out, "d20200206,m202002,d20200101,y2020,d2019,undated");
    int64_t n = 0;
    assert_int_equal(mt_store_count(s, &n, NULL), MT_OK);
    assert_int_equal(n, 6);
    mt_store_free(s);
}

static void test_store__remove(void **state)
{
    fixture *f = *state;
    hits h;
    mt_store *s = open_sample(f, h.ids);
    assert_string_equal(search(s, &h, "流出", MT_SEARCH_RANK), "0");
    mt_error err;
    mt_error_clear(&err);
    assert_int_equal(mt_store_remove(s, h.ids[0], &err), MT_OK);
    mt_source *got = NULL;
    assert_int_equal(mt_store_get(s, &got, h.ids[0], 0, NULL), MT_ERR_NOTFOUND);
    /* The index entries went with the row. */
    assert_string_equal(search(s, &h, "流出", MT_SEARCH_RANK), "");
    assert_string_equal(search(s, &h, "不正アクセス", MT_SEARCH_RANK), "2");
    int64_t n = 0;
    assert_int_equal(mt_store_count(s, &n, NULL), MT_OK);
    assert_int_equal(n, 3);
    assert_int_equal(mt_store_remove(s, h.ids[0], &err), MT_ERR_NOTFOUND);
    assert_string_equal(err.message, "no such source");
    /* The archived original went too (ON DELETE CASCADE). */
    assert_int_equal(raw_count(f->db, "SELECT count(*) FROM originals"), 3);
    assert_int_equal(mt_store_remove(s, "abcd", &err), MT_ERR_ARG);
    mt_store_free(s);
}

static void test_store__search_japanese(void **state)
{
    fixture *f = *state;
    hits h;
    mt_store *s = open_sample(f, h.ids);
    /* Two characters: a bigram inside a longer run. */
    assert_string_equal(search(s, &h, "流出", MT_SEARCH_RANK), "0");
    /* One character: inside a run (a bigram prefix) and at its end. */
    assert_string_equal(search(s, &h, "漏", MT_SEARCH_RANK), "0");
    assert_string_equal(search(s, &h, "年", MT_SEARCH_RANK), "2");
    assert_string_equal(search(s, &h, "省", MT_SEARCH_RANK), "0");
    /* Four characters inside 神戸製鋼所: a phrase of three bigrams. */
    assert_string_equal(search(s, &h, "神戸製鋼", MT_SEARCH_RANK), "0");
    assert_string_equal(search(s, &h, "製鋼所", MT_SEARCH_RANK), "0");
    /* Every word must occur. */
    assert_string_equal(search(s, &h, "不正アクセス", MT_SEARCH_NEWEST), "0,2");
    assert_string_equal(search(s, &h, "不正アクセス パスコ", MT_SEARCH_RANK),
                        "2");
    assert_string_equal(search(s, &h, "不正アクセス　パスコ", MT_SEARCH_RANK),
                        "2"); /* ideographic space */
    /* Bigrams must be adjacent: 鋼神 occurs nowhere. */
    assert_string_equal(search(s, &h, "製鋼神戸", MT_SEARCH_RANK), "");
    /* Katakana with the long-vowel mark, and half-width katakana. */
    assert_string_equal(search(s, &h, "サーバー", MT_SEARCH_RANK), "2");
    assert_string_equal(search(s, &h, "ｻｰﾊﾞｰ", MT_SEARCH_RANK), "2");
    /* Digits next to kanji: "2020年" as a phrase, full-width folded. */
    assert_string_equal(search(s, &h, "2020年", MT_SEARCH_RANK), "2");
    assert_string_equal(search(s, &h, "２０２０", MT_SEARCH_RANK), "2");
    mt_store_free(s);
}

static void test_store__search_english(void **state)
{
    fixture *f = *state;
    hits h;
    mt_store *s = open_sample(f, h.ids);
    assert_string_equal(search(s, &h, "kobe", MT_SEARCH_NEWEST), "1,3");
    assert_string_equal(search(s, &h, "KOBE", MT_SEARCH_NEWEST), "1,3");
    assert_string_equal(search(s, &h, "Ｋｏｂｅ", MT_SEARCH_NEWEST), "1,3");
    assert_string_equal(search(s, &h, "\"Kobe Steel\"", MT_SEARCH_RANK), "1");
    assert_string_equal(search(s, &h, "steel kobe", MT_SEARCH_NEWEST), "1,3");
    /* By rank the short document 3 with both words in its title wins. */
    assert_string_equal(search(s, &h, "steel kobe", MT_SEARCH_RANK), "3,1");
    assert_string_equal(search(s, &h, "pasco", MT_SEARCH_RANK), "2");
    /* Prefixes with '*' only. */
    assert_string_equal(search(s, &h, "author", MT_SEARCH_RANK), "");
    assert_string_equal(search(s, &h, "author*", MT_SEARCH_RANK), "1");
    assert_string_equal(search(s, &h, "unauth*", MT_SEARCH_RANK), "1");
    /* A '*' after CJK is dropped: CJK words match substrings anyway. */
    assert_string_equal(search(s, &h, "流出*", MT_SEARCH_RANK), "0");
    /* Newest first: 1 (2020-02-07) before 3 (undated). */
    assert_string_equal(search(s, &h, "steel", MT_SEARCH_NEWEST), "1,3");
    assert_string_equal(search(s, &h, "不正", MT_SEARCH_NEWEST), "0,2");
    mt_store_free(s);
}

static void test_store__search_snippets(void **state)
{
    fixture *f = *state;
    hits h;
    mt_store *s = open_sample(f, h.ids);
    /* Snippets come from the text: a match in the title alone gives the
     * start of the text without marks. */
    search(s, &h, "流出", MT_SEARCH_RANK);
    assert_string_equal(h.snippets[0],
                        "神戸製鋼所は6日、社内のパソコンがマルウエアに感染し…");
    search(s, &h, "神戸製鋼", MT_SEARCH_RANK);
    assert_string_equal(
        h.snippets[0],
        "[神戸製鋼]所は6日、社内のパソコンがマルウエアに感染し…");
    /* Offsets are into the original text: full-width input highlighted
     * as written. */
    search(s, &h, "2020", MT_SEARCH_RANK);
    assert_string_equal(h.snippets[0],
                        "株式会社パスコのサーバーに[２０２０]年、"
                        "外部からの不正な通信…");
    search(s, &h, "\"kobe steel\"", MT_SEARCH_RANK);
    assert_string_equal(h.snippets[0],
                        "[Kobe Steel], Ltd. announced that some servers were "
                        "accessed without authorization. About 250 files may "
                        "have been affected.");
    /* A one-character match is highlighted with its position's bigram. */
    search(s, &h, "漏", MT_SEARCH_RANK);
    assert_string_equal(
        h.snippets[0],
        "…省に関する情報が外部に[漏え]いした可能性があると発表…");
    search(s, &h, "affected", MT_SEARCH_RANK);
    assert_string_equal(h.snippets[0],
                        "Kobe Steel, Ltd. announced that some servers were "
                        "accessed without authorization. About 250 files may "
                        "have been [affected].");
    mt_store_free(s);
}

static void test_store__search_syntax_is_not_error(void **state)
{
    fixture *f = *state;
    hits h;
    mt_store *s = open_sample(f, h.ids);
    const char *queries[] = {"\"",       "*",           "NEAR(",
                             "-",        ":",           "title:kobe",
                             "a OR",     "NOT kobe",    "(kobe",
                             "kobe)",    "^kobe",       "\"kobe",
                             "\"\"\"\"", "kobe\"steel", "+ - *",
                             "k*b*e",    "{title}",     "NEAR(kobe steel, 2)",
                             "ｋｏｂｅ*"};
    for (size_t i = 0; i < MT_ARRAY_LEN(queries); i++)
        search(s, &h, queries[i], MT_SEARCH_RANK);
    /* The words inside are still searched, as plain words. */
    assert_string_equal(search(s, &h, "NOT kobe", MT_SEARCH_RANK), "");
    assert_string_equal(search(s, &h, "NOT* kobe", MT_SEARCH_NEWEST), "1,3");
    assert_string_equal(search(s, &h, "title:kobe", MT_SEARCH_RANK), "");
    assert_string_equal(search(s, &h, "-", MT_SEARCH_RANK), "");
    assert_string_equal(search(s, &h, "\"kobe", MT_SEARCH_NEWEST), "1,3");
    mt_error err;
    mt_error_clear(&err);
    assert_int_equal(mt_store_search(s, "  \t　", NULL, collect, &h, &err),
                     MT_ERR_ARG);
    assert_string_equal(err.message, "empty query");
    assert_int_equal(mt_store_search(s, "\xff\xfe", NULL, collect, &h, &err),
                     MT_ERR_ARG);
    mt_store_free(s);
}

static void write_file(const char *path, const void *data, size_t len)
{
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    assert_int_equal(fwrite(data, 1, len, fp), len);
    assert_int_equal(fclose(fp), 0);
}

static void test_store__not_sqlite(void **state)
{
    fixture *f = *state;
    char text[300];
    memset(text, 'x', sizeof text);
    write_file(f->db, text, sizeof text);
    mt_store *s = NULL;
    mt_error err;
    mt_error_clear(&err);
    assert_int_equal(mt_store_open(&s, f->db, NULL, &err), MT_ERR_STORE);
    assert_null(s);
    assert_string_equal(err.where, f->db);
    assert_string_equal(err.message,
                        "not a matome store (not an SQLite database)");
}

/* Run SQL on a plain SQLite connection (no matome tokenizer). */
static void raw_sql(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    char *msg = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK)
        fail_msg("%s: %s", sql, msg);
    sqlite3_close(db);
}

static void test_store__foreign_sqlite(void **state)
{
    fixture *f = *state;
    raw_sql(f->db, "CREATE TABLE t (x); INSERT INTO t VALUES (1);");
    mt_store *s = NULL;
    mt_error err;
    mt_error_clear(&err);
    assert_int_equal(mt_store_open(&s, f->db, NULL, &err), MT_ERR_STORE);
    assert_string_equal(err.message, "not a matome store (an SQLite database "
                                     "of another program)");
    /* The foreign file is untouched. */
    raw_sql(f->db, "SELECT x FROM t");
}

static void test_store__newer_schema(void **state)
{
    fixture *f = *state;
    mt_store_free(open_ok(f->db));
    raw_sql(f->db, "PRAGMA user_version = 99");
    mt_store *s = NULL;
    mt_error err;
    mt_error_clear(&err);
    assert_int_equal(mt_store_open(&s, f->db, NULL, &err), MT_ERR_VERSION);
    assert_string_equal(err.where, f->db);
    char expect[128];
    snprintf(expect, sizeof expect,
             "written by a newer matome (schema 99, this build reads up to "
             "%d)",
             mt_store_schema_version());
    assert_string_equal(err.message, expect);
    /* Never downgraded. */
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(f->db, &db), SQLITE_OK);
    sqlite3_stmt *st = NULL;
    assert_int_equal(
        sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL),
        SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(st, 0), 99);
    sqlite3_finalize(st);
    sqlite3_close(db);
}

static int count_incidents(const mt_incident_record *rec, void *ctx)
{
    (void)rec;
    ++*(int *)ctx;
    return 0;
}

static void test_store__migrate_1_to_2(void **state)
{
    fixture *f = *state;
    mt_store *s = NULL;
    assert_int_equal(mt_store_open_at(&s, f->db, NULL, 1, NULL), MT_OK);
    mt_source *src = make_source("古い記事", "流出の記事本文", "2020-02-06",
                                 MT_KIND_MEDIA, "ja");
    add_ok(s, src);
    /* At schema 1 there is no incidents table. */
    int exists = 0;
    assert_int_equal(mt_store_incident_exists(s, "x", &exists, NULL),
                     MT_ERR_STORE);
    mt_store_free(s);

    s = open_ok(f->db);
    mt_source *got = NULL;
    assert_int_equal(mt_store_get(s, &got, src->id, 1, NULL), MT_OK);
    assert_string_equal(got->title, "古い記事");
    assert_string_equal(got->text, "流出の記事本文");
    assert_int_equal(got->published.day, 6);
    mt_source_free(got);
    hits h;
    memcpy(h.ids[0], src->id, sizeof h.ids[0]);
    assert_string_equal(search(s, &h, "流出", MT_SEARCH_RANK), "0");
    assert_int_equal(mt_store_incident_put(s, "kobelco-pasco-2020", "t",
                                           "draft", "{\"a\": 1}", NULL),
                     MT_OK);
    assert_int_equal(
        mt_store_incident_exists(s, "kobelco-pasco-2020", &exists, NULL),
        MT_OK);
    assert_int_equal(exists, 1);
    mt_store_free(s);
    mt_source_free(src);

    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(f->db, &db), SQLITE_OK);
    sqlite3_stmt *st = NULL;
    assert_int_equal(
        sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL),
        SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(st, 0),
                     mt_store_schema_version()); /* migrated to the last */
    sqlite3_finalize(st);
    sqlite3_close(db);
}

static void test_store__incidents(void **state)
{
    fixture *f = *state;
    mt_store *s = open_ok(f->db);
    int exists = -1;
    assert_int_equal(mt_store_incident_exists(s, "a", &exists, NULL), MT_OK);
    assert_int_equal(exists, 0);
    assert_int_equal(mt_store_incident_put(s, "b", "B", "draft", NULL, NULL),
                     MT_OK);
    assert_int_equal(mt_store_incident_put(s, "a", "A", NULL, "[]", NULL),
                     MT_OK);
    assert_int_equal(mt_store_incident_put(s, "a", "A2", "final", "{}", NULL),
                     MT_OK);
    mt_error err;
    mt_error_clear(&err);
    assert_int_equal(
        mt_store_incident_put(s, "c", "C", NULL, "{not json", &err),
        MT_ERR_ARG);
    assert_string_equal(err.message, "incident JSON is not valid JSON");
    int n = 0;
    assert_int_equal(mt_store_incident_list(s, count_incidents, &n, NULL),
                     MT_OK);
    assert_int_equal(n, 2);
    assert_int_equal(mt_store_incident_exists(s, "c", &exists, NULL), MT_OK);
    assert_int_equal(exists, 0);
    mt_store_free(s);
}

static void test_store__busy(void **state)
{
    fixture *f = *state;
    hits h;
    mt_store *s = open_sample(f, h.ids);
    mt_store_free(s);
    mt_store_options o = MT_STORE_OPTIONS_INIT;
    o.busy_timeout_ms = 100;
    assert_int_equal(mt_store_open(&s, f->db, &o, NULL), MT_OK);

    sqlite3 *other = NULL;
    assert_int_equal(sqlite3_open(f->db, &other), SQLITE_OK);
    assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL),
                     SQLITE_OK);
    mt_source *src = make_source("new", "新しい流出の記事", NULL, 0, "ja");
    mt_error err;
    mt_error_clear(&err);
    int added = -1;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    assert_int_equal(mt_store_add(s, src, &added, &err), MT_ERR_BUSY);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    /* It waited for the lock before giving up. */
    long waited = (long)(t1.tv_sec - t0.tv_sec) * 1000 +
                  (t1.tv_nsec - t0.tv_nsec) / 1000000;
    assert_true(waited >= 90);
    assert_int_equal(added, 0);
    assert_string_equal(err.where, f->db);
    assert_string_equal(err.message,
                        "store is locked by another writer; waited 100 ms");
    assert_int_equal(mt_store_remove(s, h.ids[0], &err), MT_ERR_BUSY);
    /* Readers are not blocked (WAL). */
    assert_string_equal(search(s, &h, "流出", MT_SEARCH_RANK), "0");
    assert_int_equal(sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_close(other);
    /* Intact and writable once the lock is gone. */
    add_ok(s, src);
    int64_t n = 0;
    assert_int_equal(mt_store_count(s, &n, NULL), MT_OK);
    assert_int_equal(n, N_SAMPLE + 1);
    mt_source_free(src);
    mt_store_free(s);
}

static void test_store__readonly(void **state)
{
    fixture *f = *state;
    hits h;
    mt_store_free(open_sample(f, h.ids));
    mt_store_options o = MT_STORE_OPTIONS_INIT;
    o.readonly = 1;
    mt_store *s = NULL;
    assert_int_equal(mt_store_open(&s, f->db, &o, NULL), MT_OK);
    mt_source *src = make_source("new", "text", NULL, 0, "en");
    mt_error err;
    mt_error_clear(&err);
    assert_int_equal(mt_store_add(s, src, NULL, &err), MT_ERR_READONLY);
    assert_string_equal(err.where, f->db);
    assert_int_equal(strncmp(err.message, "store is read-only", 18), 0);
    assert_int_equal(mt_store_remove(s, h.ids[0], &err), MT_ERR_READONLY);
    assert_string_equal(search(s, &h, "kobe", MT_SEARCH_NEWEST), "1,3");
    mt_store_free(s);
    mt_source_free(src);

    /* A missing file is not created by a read-only open, nor when create
     * is off. */
    char missing[160];
    snprintf(missing, sizeof missing, "%s/none.db", f->dir);
    mt_error_clear(&err);
    assert_int_equal(mt_store_open(&s, missing, &o, &err), MT_ERR_NOTFOUND);
    assert_string_equal(err.message,
                        "no store here (no such file or directory)");
    o.readonly = 0;
    o.create = 0;
    assert_int_equal(mt_store_open(&s, missing, &o, &err), MT_ERR_NOTFOUND);
    assert_int_equal(access(missing, F_OK), -1);
    /* An empty file is a new store. */
    write_file(missing, "", 0);
    assert_int_equal(mt_store_open(&s, missing, &o, &err), MT_OK);
    mt_store_free(s);
}

static void test_store__batch(void **state)
{
    fixture *f = *state;
    hits h;
    mt_store *s = open_sample(f, h.ids);
    assert_int_equal(mt_store_begin(s, NULL), MT_OK);
    mt_error err;
    mt_error_clear(&err);
    assert_int_equal(mt_store_begin(s, &err), MT_ERR_ARG);
    assert_string_equal(err.message, "a batch is already open");
    mt_source *a = make_source("a", "batch one", NULL, 0, "en");
    mt_source *b = make_source("b", "batch two", NULL, 0, "en");
    add_ok(s, a);
    /* A failed add inside the batch is undone alone. */
    assert_int_equal(mt_source_set(&b->title, "\xff"), MT_OK);
    assert_int_equal(mt_store_add(s, b, NULL, NULL), MT_ERR_ARG);
    assert_int_equal(mt_source_set(&b->title, "b"), MT_OK);
    add_ok(s, b);
    assert_int_equal(mt_store_remove(s, h.ids[3], NULL), MT_OK);
    /* Other connections see nothing before the commit. */
    assert_int_equal(raw_count(f->db, "SELECT count(*) FROM sources"),
                     N_SAMPLE);
    assert_int_equal(mt_store_commit(s, NULL), MT_OK);
    assert_int_equal(raw_count(f->db, "SELECT count(*) FROM sources"),
                     N_SAMPLE + 1);
    assert_string_equal(search(s, &h, "batch", MT_SEARCH_NEWEST), "-1,-1");
    /* Rolled back: as if never added. */
    mt_source *c = make_source("c", "batch three", NULL, 0, "en");
    assert_int_equal(mt_store_begin(s, NULL), MT_OK);
    add_ok(s, c);
    mt_store_rollback(s);
    mt_source *got = NULL;
    assert_int_equal(mt_store_get(s, &got, c->id, 0, NULL), MT_ERR_NOTFOUND);
    assert_int_equal(mt_store_commit(s, &err), MT_ERR_STORE);
    /* An open batch is rolled back when the store is closed. */
    assert_int_equal(mt_store_begin(s, NULL), MT_OK);
    add_ok(s, c);
    mt_store_free(s);
    s = open_ok(f->db);
    assert_int_equal(mt_store_get(s, &got, c->id, 0, NULL), MT_ERR_NOTFOUND);
    mt_store_free(s);
    mt_source_free(a);
    mt_source_free(b);
    mt_source_free(c);
}

/* A source with `big` bytes of English-like text. */
static mt_source *big_source(size_t big)
{
    char *text = malloc(big + 1);
    assert_non_null(text);
    for (size_t i = 0; i < big; i++)
        text[i] = (char)('a' + (i * 7 + i / 5) % 26);
    for (size_t i = 9; i < big; i += 10)
        text[i] = ' ';
    text[big] = '\0';
    mt_source *src = make_source("big", text, NULL, 0, "en");
    free(text);
    return src;
}

/* Run mt_store_add with the file size limited to `limit` bytes, so that
 * writes past it fail with EFBIG (SIGXFSZ ignored), as on a full disk. */
static mt_status add_limited(mt_store *s, mt_source *src, rlim_t limit,
                             mt_error *err)
{
    struct rlimit old;
    assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
    void (*prev)(int) = signal(SIGXFSZ, SIG_IGN);
    struct rlimit lim = old;
    lim.rlim_cur = limit;
    assert_int_equal(setrlimit(RLIMIT_FSIZE, &lim), 0);
    int added = -1;
    mt_status st = mt_store_add(s, src, &added, err);
    assert_int_equal(setrlimit(RLIMIT_FSIZE, &old), 0);
    signal(SIGXFSZ, prev);
    assert_int_equal(added, 0);
    return st;
}

static void test_store__disk_full_in_batch(void **state)
{
    fixture *f = *state;
    hits h;
    mt_store *s = open_sample(f, h.ids);
    mt_source *small = make_source("small", "in the batch", NULL, 0, "en");
    mt_source *big = big_source((size_t)4 << 20);
    assert_int_equal(mt_store_begin(s, NULL), MT_OK);
    add_ok(s, small);
    mt_error err;
    mt_error_clear(&err);
    assert_int_equal(add_limited(s, big, (rlim_t)1 << 20, &err), MT_ERR_FULL);
    /* SQLite abandons the whole transaction; the error says so. */
    size_t n = strlen(err.message);
    const char *tail = " (the whole batch was rolled back)";
    assert_true(n > strlen(tail));
    assert_string_equal(err.message + n - strlen(tail), tail);
    assert_int_equal(mt_store_commit(s, &err), MT_ERR_STORE);
    assert_string_equal(err.message, "no batch to commit (an earlier error "
                                     "rolled it back)");
    int64_t count = 0;
    assert_int_equal(mt_store_count(s, &count, NULL), MT_OK);
    assert_int_equal(count, N_SAMPLE);
    /* Writable again outside a batch. */
    add_ok(s, small);
    mt_source_free(small);
    mt_source_free(big);
    mt_store_free(s);
}

static void test_store__disk_full(void **state)
{
    fixture *f = *state;
    hits h;
    mt_store *s = open_sample(f, h.ids);
    /* Write through the real file system with a file size limit. */
    mt_source *src = big_source((size_t)4 << 20);
    mt_error err;
    mt_error_clear(&err);
    mt_status st = add_limited(s, src, (rlim_t)1 << 20, &err);
    assert_int_equal(st, MT_ERR_FULL);
    assert_string_equal(err.where, f->db);
    assert_int_equal(strncmp(err.message, "disk is full", 12), 0);

    /* No partial row, and the store still works. */
    int64_t n = 0;
    assert_int_equal(mt_store_count(s, &n, NULL), MT_OK);
    assert_int_equal(n, N_SAMPLE);
    mt_store_free(s);
    s = open_ok(f->db);
    assert_int_equal(mt_store_count(s, &n, NULL), MT_OK);
    assert_int_equal(n, N_SAMPLE);
    mt_source *got = NULL;
    assert_int_equal(mt_store_get(s, &got, src->id, 0, NULL), MT_ERR_NOTFOUND);
    assert_string_equal(search(s, &h, "kobe", MT_SEARCH_NEWEST), "1,3");
    mt_source *small =
        make_source("small", "after the full disk", NULL, 0, "en");
    add_ok(s, small);
    mt_source_free(small);
    mt_source_free(src);
    mt_store_free(s);
}

/* Tokens as "text@start-end" joined by spaces, '+' marking colocated. */
static int print_token(void *ctx, int flags, const char *tok, int ntok,
                       int start, int end)
{
    char *out = ctx;
    size_t len = strlen(out);
    snprintf(out + len, 512 - len, "%s%s%.*s@%d-%d", len ? " " : "",
             flags & FTS5_TOKEN_COLOCATED ? "+" : "", ntok, tok, start, end);
    return SQLITE_OK;
}

static const char *tokens(char *out, const char *in, int query)
{
    out[0] = '\0';
    assert_int_equal(
        mt_store_tokenize(in, (int)strlen(in), query, print_token, out),
        SQLITE_OK);
    return out;
}

static void test_store__tokenizer(void **state)
{
    (void)state;
    char out[512];
    /* Full-width letters fold to ASCII; offsets stay in the input. */
    assert_string_equal(tokens(out, "Ｋｏｂｅ流出し", 0),
                        "kobe@0-12 流出@12-18 出し@15-21 し@18-21");
    assert_string_equal(tokens(out, "Ｋｏｂｅ流出し", 1),
                        "kobe@0-12 流出@12-18 出し@15-21");
    assert_string_equal(tokens(out, "漏", 1), "漏@0-3");
    /* Half-width katakana with a voicing mark composes (ﾊﾞ is バ). */
    assert_string_equal(tokens(out, "ｻｰﾊﾞ", 1), "サー@0-6 ーバ@3-12");
    /* Punctuation and the katakana middle dot separate; case folds. */
    assert_string_equal(tokens(out, "Kobe・PASCO, 2020年", 0),
                        "kobe@0-4 pasco@7-12 2020@14-18 年@18-21");
    /* Invalid bytes separate tokens instead of failing. */
    assert_string_equal(tokens(out,
                               "ab\xff"
                               "cd",
                               0),
                        "ab@0-2 cd@3-5");
}

/* FTS5's "averages" record (row count and token totals, what bm25 reads),
 * as hex; the caller frees it. */
static char *fts_totals(sqlite3 *db)
{
    sqlite3_stmt *st = NULL;
    assert_int_equal(
        sqlite3_prepare_v2(db,
                           "SELECT hex(block) FROM sources_fts_data"
                           " WHERE id = 1",
                           -1, &st, NULL),
        SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    char *hex = mt_strdup((const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    return hex;
}

/* FTS5's own check that the index holds exactly the content's tokens, and
 * that its totals equal those of an index rebuilt from the content (the
 * 3.40 integrity-check does not compare them). */
static void assert_index_intact(const char *path)
{
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(mt_store_register_tokenizer(db), SQLITE_OK);
    assert_int_equal(mt_store_register_rank(db), SQLITE_OK);
    char *msg = NULL;
    if (sqlite3_exec(db,
                     "INSERT INTO sources_fts (sources_fts)"
                     " VALUES ('integrity-check')",
                     NULL, NULL, &msg) != SQLITE_OK)
        fail_msg("integrity-check: %s", msg);
    char *before = fts_totals(db);
    if (sqlite3_exec(db,
                     "INSERT INTO sources_fts (sources_fts) VALUES ('rebuild')",
                     NULL, NULL, &msg) != SQLITE_OK)
        fail_msg("rebuild: %s", msg);
    char *after = fts_totals(db);
    assert_string_equal(before, after);
    free(before);
    free(after);
    sqlite3_close(db);
}

/* ---- search against FTS5's own evaluation ---------------------------- */

typedef struct ref_hit {
    char id[MT_SOURCE_ID_LEN + 1];
    double score;
} ref_hit;

typedef struct ref_hits {
    ref_hit hit[64];
    int n;
} ref_hits;

static int collect_ref(const mt_search_hit *hit, void *ctx)
{
    ref_hits *h = ctx;
    if (h->n < 64) {
        snprintf(h->hit[h->n].id, sizeof h->hit[0].id, "%s", hit->source->id);
        h->hit[h->n].score = hit->score;
    }
    h->n++;
    return 0;
}

/*
 * What a search must return, computed by SQLite itself: FTS5's built-in
 * bm25() with the store's column weights, ties by rowid, or the order of
 * mt_store_list() (newest first, undated last, more precise first, id).
 */
static void reference(sqlite3 *db, const char *fts_query, int newest, int limit,
                      ref_hits *out)
{
    const char *sql =
        newest
            ? "SELECT s.id, bm25(sources_fts, 4.0, 1.0) FROM sources_fts"
              " JOIN sources s ON s.n = sources_fts.rowid"
              " WHERE sources_fts MATCH ?1 ORDER BY s.published_sort IS NULL,"
              " s.published_sort DESC, length(s.published) DESC, s.id"
              " LIMIT ?2"
            : "SELECT s.id, bm25(sources_fts, 4.0, 1.0) AS b FROM sources_fts"
              " JOIN sources s ON s.n = sources_fts.rowid"
              " WHERE sources_fts MATCH ?1 ORDER BY b, s.n LIMIT ?2";
    sqlite3_stmt *st = NULL;
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
    sqlite3_bind_text(st, 1, fts_query, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, limit);
    out->n = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW && out->n < 64) {
        snprintf(out->hit[out->n].id, sizeof out->hit[0].id, "%s",
                 (const char *)sqlite3_column_text(st, 0));
        out->hit[out->n].score = sqlite3_column_double(st, 1);
        out->n++;
    }
    assert_int_equal(rc, SQLITE_DONE);
    sqlite3_finalize(st);
    /* The table's rank option (MT_RANK_NAME, for SQL other than
     * mt_store_search) gives bm25 too. */
    assert_int_equal(sqlite3_prepare_v2(db,
                                        "SELECT rank, bm25(sources_fts, 4.0,"
                                        " 1.0) FROM sources_fts WHERE"
                                        " sources_fts MATCH ?1",
                                        -1, &st, NULL),
                     SQLITE_OK);
    sqlite3_bind_text(st, 1, fts_query, -1, SQLITE_STATIC);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        double r = sqlite3_column_double(st, 0),
               b = sqlite3_column_double(st, 1);
        if (fabs(r - b) > 1e-9 * (1 + fabs(b)))
            fail_msg("'%s': rank %.12g, bm25 %.12g", fts_query, r, b);
    }
    assert_int_equal(rc, SQLITE_DONE);
    sqlite3_finalize(st);
}

/* A deterministic archive of n sources from a few repeated terms, with
 * dates that tie (same day, same month, undated) so that every tie-break
 * is exercised. */
static void add_generated(mt_store *s, int from, int n)
{
    static const char *const terms[] = {
        "kobe",   "steel",        "breach",
        "leak",   "流出",         "不正アクセス",
        "防衛省", "攻撃グループ", "海外の攻撃グループ",
        "漏えい"};
    static const char *const dates[] = {
        NULL,         "2020",       "2020-02", "2020-02-06",
        "2020-02-06", "2019-12-31", "2021-03", NULL};
    uint32_t seed = 12345u + (uint32_t)from;
    for (int i = from; i < from + n; i++) {
        char text[2048] = "", title[256];
        size_t len = 0;
        for (size_t t = 0; t < MT_ARRAY_LEN(terms); t++) {
            seed = seed * 1103515245u + 12345u;
            int times = (int)((seed >> 16) % 4);
            for (int k = 0; k < times; k++)
                len += (size_t)snprintf(text + len, sizeof text - len,
                                        "%s filler%d. ", terms[t], k + i);
        }
        seed = seed * 1103515245u + 12345u;
        for (int k = 0; k < (int)((seed >> 16) % 30); k++)
            len += (size_t)snprintf(text + len, sizeof text - len, "pad%d ", k);
        snprintf(title, sizeof title, "doc %d %s", i,
                 terms[(seed >> 20) % MT_ARRAY_LEN(terms)]);
        mt_source *src =
            make_source(title, text, dates[i % 8], MT_KIND_MEDIA, "ja");
        add_ok(s, src);
        mt_source_free(src);
    }
}

static void assert_same_as_fts5(mt_store *s, sqlite3 *db)
{
    /* The user's query and the FTS5 expression it stands for. */
    static const char *const q[][2] = {
        {"kobe", "\"kobe\""},
        {"流出", "\"流出\""},
        {"海外の攻撃グループ", "\"海外の攻撃グループ\""},
        {"kobe 流出", "\"kobe\" \"流出\""},
        {"steel breach 防衛省", "\"steel\" \"breach\" \"防衛省\""},
        {"ste*", "\"ste\" *"},
        {"漏", "\"漏\" *"},
        {"\"leak filler3\"", "\"leak filler3\""},
        {"filler7", "\"filler7\""},
        {"filler4", "\"filler4\""},
        {"filler75", "\"filler75\""},
        {"nothing", "\"nothing\""},
    };
    static const int limits[] = {1, 3, 20, 64};
    for (size_t i = 0; i < MT_ARRAY_LEN(q); i++) {
        for (size_t l = 0; l < MT_ARRAY_LEN(limits); l++) {
            for (int newest = 0; newest < 2; newest++) {
                mt_search_options o = MT_SEARCH_OPTIONS_INIT;
                o.limit = limits[l];
                o.order = newest ? MT_SEARCH_NEWEST : MT_SEARCH_RANK;
                o.snippet_tokens = 0;
                ref_hits got = {0}, want = {0};
                mt_error err = MT_ERROR_INIT;
                if (mt_store_search(s, q[i][0], &o, collect_ref, &got, &err) !=
                    MT_OK)
                    fail_msg("search '%s': %s", q[i][0], err.message);
                reference(db, q[i][1], newest, limits[l], &want);
                if (got.n != want.n)
                    fail_msg("'%s' limit %d %s: %d hits, want %d", q[i][0],
                             limits[l], newest ? "newest" : "rank", got.n,
                             want.n);
                for (int k = 0; k < got.n; k++) {
                    if (strcmp(got.hit[k].id, want.hit[k].id) != 0 ||
                        fabs(got.hit[k].score - want.hit[k].score) >
                            1e-9 * (1 + fabs(want.hit[k].score)))
                        fail_msg("'%s' limit %d %s hit %d: %s %.12g, want "
                                 "%s %.12g",
                                 q[i][0], limits[l], newest ? "newest" : "rank",
                                 k, got.hit[k].id, got.hit[k].score,
                                 want.hit[k].id, want.hit[k].score);
                }
            }
        }
    }
}

/*
 * The collector (rank.c) and the newest-first selection return what
 * FTS5 and SQL would: same rows, same order, same bm25 scores, for
 * single words, bigram phrases, AND of words, prefixes and lone CJK
 * characters, with limits that take the few-matches and the many-matches
 * paths (column sizes looked up one by one or loaded; dates looked up or
 * the newest index walked), before and after the store changes.
 */
static void test_store__search_matches_fts5(void **state)
{
    fixture *f = *state;
    mt_store *s = open_ok(f->db);
    add_generated(s, 0, 70);
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(f->db, &db), SQLITE_OK);
    assert_int_equal(mt_store_register_tokenizer(db), SQLITE_OK);
    assert_int_equal(mt_store_register_rank(db), SQLITE_OK);
    assert_same_as_fts5(s, db);
    add_generated(s, 70, 30); /* sizes and dates read before are stale */
    assert_same_as_fts5(s, db);
    sqlite3_close(db);
    mt_store_free(s);
}

/* A batch indexes its sources at once; searches and removes inside the
 * batch see them, and afterwards single adds are indexed again. */
static void test_store__batch_index(void **state)
{
    fixture *f = *state;
    hits h;
    mt_store *s = open_sample(f, h.ids);
    mt_source *a = make_source("a", "batch one 流出", NULL, 0, "ja");
    mt_source *b = make_source("b", "batch two", NULL, 0, "en");
    mt_source *c = make_source("c", "batch three", NULL, 0, "en");
    mt_source *d = make_source("d", "batch four", NULL, 0, "en");
    assert_int_equal(mt_store_begin(s, NULL), MT_OK);
    add_ok(s, a);
    assert_string_equal(search(s, &h, "batch", MT_SEARCH_NEWEST), "-1");
    assert_string_equal(search(s, &h, "流出", MT_SEARCH_NEWEST), "0,-1");
    add_ok(s, b);
    assert_int_equal(mt_store_remove(s, a->id, NULL), MT_OK);
    /* A source removed before anything indexed it: the remove must index
     * the batch first, or FTS5 deletes a row it never had and its totals
     * drift (assert_index_intact compares them with a rebuild). */
    mt_source *e = make_source("e", "pending gone", NULL, 0, "en");
    add_ok(s, e);
    assert_int_equal(mt_store_remove(s, e->id, NULL), MT_OK);
    mt_source_free(e);
    add_ok(s, c);
    assert_int_equal(mt_store_commit(s, NULL), MT_OK);
    assert_string_equal(search(s, &h, "batch", MT_SEARCH_NEWEST), "-1,-1");
    assert_string_equal(search(s, &h, "three", MT_SEARCH_NEWEST), "-1");
    assert_string_equal(search(s, &h, "流出", MT_SEARCH_NEWEST), "0");
    assert_int_equal(raw_count(f->db, "SELECT count(*) FROM sqlite_master"
                                      " WHERE name = 'sources_fts_ins'"),
                     1);
    add_ok(s, d);
    assert_string_equal(search(s, &h, "four", MT_SEARCH_NEWEST), "-1");
    mt_store_free(s);
    assert_index_intact(f->db);
    mt_source_free(a);
    mt_source_free(b);
    mt_source_free(c);
    mt_source_free(d);
}

/* A token stream as text, in a buffer large enough for the tests below. */
typedef struct tok_log {
    char text[16384];
    size_t len;
    int overflow;
} tok_log;

static int log_token(void *ctx, int flags, const char *tok, int ntok, int start,
                     int end)
{
    tok_log *l = ctx;
    int n = snprintf(l->text + l->len, sizeof l->text - l->len,
                     "%d:%.*s@%d-%d\n", flags, ntok, tok, start, end);
    if (n < 0 || (size_t)n >= sizeof l->text - l->len)
        l->overflow = 1;
    else
        l->len += (size_t)n;
    return SQLITE_OK;
}

/* The fast and the reference tokenizer agree on text, both ways. */
static void assert_same_tokens(const char *text, int len)
{
    static tok_log fast, slow;
    for (int query = 0; query <= 1; query++) {
        memset(&fast, 0, sizeof fast);
        memset(&slow, 0, sizeof slow);
        assert_int_equal(mt_store_tokenize(text, len, query, log_token, &fast),
                         SQLITE_OK);
        assert_int_equal(
            mt_store_tokenize_slow(text, len, query, log_token, &slow),
            SQLITE_OK);
        assert_false(fast.overflow);
        assert_false(slow.overflow);
        assert_string_equal(fast.text, slow.text);
    }
}

static void test_store__tokenizer_fast_matches_slow(void **state)
{
    (void)state;
    /* Every kind of character the fast paths take or hand over: ASCII
     * case, full-width and half-width forms, voicing marks (half-width and
     * combining, after fast and slow kana), ゟ and ヿ (NFKC expands them),
     * 々, Hangul, Greek and German case folding, an emoji, invalid and
     * truncated UTF-8. */
    static const char mixed[] =
        "Kobe Steel（神戸製鋼所）は2020年6月、不正アクセスを公表した。"
        "ＰＡＳＣＯ ｻｰﾊﾞｰ ｶﾞｲﾄﾞ か\xe3\x82\x99き\xe3\x82\x9a "
        "ゟヿ々〆〇ーｰ・ 한국어 ΣΊΣΥΦΟΣ Straße ﬁle ① ㍻ 😀 "
        "𠮷野家 ABC-123_xyz\xff\xfe\xe3\x81 かﾞ \xe9\xbf\xbf"
        "\xe3\x80\x80"
        "end\xe3\x82";
    assert_same_tokens(mixed, (int)sizeof mixed - 1);
    /* Every split of it, so that each sequence is also cut short. */
    for (int n = 0; n < (int)sizeof mixed - 1; n++)
        assert_same_tokens(mixed, n);
    /* Pseudo-random strings over pieces of it (fixed seed). */
    static const char *pieces[] = {"a",
                                   "Z",
                                   "9",
                                   " ",
                                   ".",
                                   "漏",
                                   "え",
                                   "エ",
                                   "ー",
                                   "ﾞ",
                                   "\xe3\x82\x99",
                                   "ｶ",
                                   "ゟ",
                                   "Ａ",
                                   "\xff",
                                   "\xe3",
                                   "ß",
                                   "々"};
    unsigned seed = 2020;
    char buf[256];
    for (int round = 0; round < 2000; round++) {
        size_t len = 0;
        for (int k = 0; k < 40; k++) {
            seed = seed * 1103515245u + 12345u;
            const char *p = pieces[(seed >> 16) % MT_ARRAY_LEN(pieces)];
            size_t pl = strlen(p);
            if (len + pl >= sizeof buf)
                break;
            memcpy(buf + len, p, pl);
            len += pl;
        }
        assert_same_tokens(buf, (int)len);
    }
}

/* Each code point the fast path takes is its own NFKC case fold and is
 * one CJK token, as utf8proc and the slow path say. */
static void test_store__tokenizer_fast_ranges(void **state)
{
    (void)state;
    int taken = 0;
    for (int32_t c = 0x80; c <= 0x10FFFF; c++) {
        if (!mt_store_tokenize_plain_cjk(c))
            continue;
        taken++;
        utf8proc_uint8_t in[4];
        utf8proc_ssize_t n = utf8proc_encode_char(c, in);
        utf8proc_uint8_t *folded = NULL;
        utf8proc_ssize_t m =
            utf8proc_map(in, n, &folded,
                         UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                             UTF8PROC_CASEFOLD);
        assert_int_equal(m, n);
        assert_memory_equal(folded, in, (size_t)n);
        free(folded);
        tok_log l;
        memset(&l, 0, sizeof l);
        assert_int_equal(
            mt_store_tokenize_slow((const char *)in, (int)n, 0, log_token, &l),
            SQLITE_OK);
        char want[32];
        snprintf(want, sizeof want, "0:%.*s@0-%d\n", (int)n, (const char *)in,
                 (int)n);
        assert_string_equal(l.text, want);
    }
    /* hiragana 86, katakana 90, ー, extension A 6592, URO 20992 */
    assert_int_equal(taken, 86 + 90 + 1 + 6592 + 20992);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_store__add_get_roundtrip, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_store__duplicate_add_is_noop,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_store__list_newest_first, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_store__remove, setup, teardown),
        cmocka_unit_test_setup_teardown(test_store__search_japanese, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_store__search_english, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_store__search_snippets, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_store__search_syntax_is_not_error,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_store__not_sqlite, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_store__foreign_sqlite, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_store__newer_schema, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_store__migrate_1_to_2, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_store__incidents, setup, teardown),
        cmocka_unit_test_setup_teardown(test_store__busy, setup, teardown),
        cmocka_unit_test_setup_teardown(test_store__readonly, setup, teardown),
        cmocka_unit_test_setup_teardown(test_store__disk_full, setup, teardown),
        cmocka_unit_test_setup_teardown(test_store__batch, setup, teardown),
        cmocka_unit_test_setup_teardown(test_store__disk_full_in_batch, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_store__search_matches_fts5, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_store__batch_index, setup,
                                        teardown),
        cmocka_unit_test(test_store__tokenizer),
        cmocka_unit_test(test_store__tokenizer_fast_matches_slow),
        cmocka_unit_test(test_store__tokenizer_fast_ranges),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
