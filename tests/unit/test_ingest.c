/* Unit tests for ingest: media types, size caps, empty and binary input,
 * PDFs, and the golden extraction cases in tests/golden/ingest/ run
 * through the library (tests/cli/test_golden_ingest.sh runs the same cases
 * through the CLI). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/internal.h"
#include "matome/extract.h"
#include "matome/ingest.h"
#include "matome/text.h"

static const char *golden_dir(void)
{
    static char dir[1024];
    const char *src = getenv("MATOME_SRC");
    snprintf(dir, sizeof dir, "%s/tests/golden/ingest", src ? src : ".");
    return dir;
}

static char *read_all(const char *path, size_t *len)
{
    char *data = NULL;
    if (mt_read_file(path, (size_t)64 << 20, &data, len, NULL) != MT_OK)
        return NULL;
    return data;
}

/* The metadata block a golden case's expected.meta holds. */
static char *format_meta(const mt_source *s)
{
    mt_buf b;
    mt_buf_init(&b, 1 << 20);
    char date[MT_DATE_TEXT_MAX];
    mt_buf_printf(&b, "id: %s\n", s->id);
    if (s->title)
        mt_buf_printf(&b, "title: %s\n", s->title);
    if (s->publisher)
        mt_buf_printf(&b, "publisher: %s\n", s->publisher);
    if (s->published.year)
        mt_buf_printf(&b, "published: %s\n",
                      mt_date_format(&s->published, date, sizeof date));
    if (s->lang)
        mt_buf_printf(&b, "lang: %s\n", s->lang);
    if (s->url)
        mt_buf_printf(&b, "url: %s\n", s->url);
    if (s->charset)
        mt_buf_printf(&b, "charset: %s\n", s->charset);
    mt_buf_printf(&b, "media_type: %s\n", s->media_type);
    return mt_buf_detach(&b, NULL);
}

static void write_file(const char *path, const char *s, size_t n)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(s, 1, n, f), n);
    fclose(f);
}

/* Compare got with the file at path; with MATOME_GOLDEN_UPDATE=1 write it
 * instead (then review the diff before committing). */
static void check_golden(const char *path, const char *got, size_t n)
{
    if (getenv("MATOME_GOLDEN_UPDATE")) {
        write_file(path, got, n);
        return;
    }
    size_t len = 0;
    char *want = read_all(path, &len);
    if (!want)
        fail_msg("missing golden file %s", path);
    if (len != n || memcmp(want, got, n) != 0) {
        fprintf(stderr, "--- %s (expected)\n%s\n+++ got\n%.*s\n", path, want,
                (int)n, got);
        free(want);
        fail_msg("golden mismatch: %s", path);
    }
    free(want);
}

static void run_case(const char *dir, const char *name,
                     const mt_ingest_options *opts)
{
    char cwd[1024], path[1400];
    assert_non_null(getcwd(cwd, sizeof cwd));
    snprintf(path, sizeof path, "%s/%s", dir, name);
    assert_int_equal(chdir(path), 0);
    const char *inputs[] = {"input.html", "input.txt", "input.md", "input.pdf"};
    const char *input = NULL;
    struct stat st;
    for (size_t i = 0; i < MT_ARRAY_LEN(inputs); i++)
        if (stat(inputs[i], &st) == 0)
            input = inputs[i];
    assert_non_null(input);
    mt_source *src = NULL;
    mt_error err;
    mt_error_clear(&err);
    mt_status rc = mt_ingest_file(&src, input, opts, &err);
    if (stat("expected.err", &st) == 0 ||
        (rc != MT_OK && getenv("MATOME_GOLDEN_UPDATE"))) {
        /* An input that must be refused: the exact one-line error. */
        char line[2048];
        mt_error_format(&err, line, sizeof line);
        size_t n = strlen(line);
        line[n++] = '\n';
        assert_int_not_equal(rc, MT_OK);
        check_golden("expected.err", line, n);
    } else {
        if (rc != MT_OK)
            fail_msg("%s: %s", name, err.message);
        char *meta = format_meta(src);
        check_golden("expected.txt", src->text, src->text_len);
        check_golden("expected.meta", meta, strlen(meta));
        free(meta);
        mt_source_free(src);
    }
    assert_int_equal(chdir(cwd), 0);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_ingest__golden(void **state)
{
    (void)state;
    const char *dir = golden_dir();
    DIR *d = opendir(dir);
    assert_non_null(d);
    char *names[64];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < MT_ARRAY_LEN(names))
        if (e->d_name[0] != '.')
            names[n++] = mt_strdup(e->d_name);
    closedir(d);
    qsort(names, n, sizeof names[0], cmp_str);
    assert_true(n >= 8);
    /* As `matome add` runs: with the extractor for dates in the text. */
    mt_extractor *ex = NULL;
    assert_int_equal(mt_extractor_new(&ex, NULL, NULL), MT_OK);
    mt_ingest_options opts = MT_INGEST_OPTIONS_INIT;
    opts.extractor = ex;
    for (size_t i = 0; i < n; i++) {
        run_case(dir, names[i], &opts);
        free(names[i]);
    }
    mt_extractor_free(ex);
}

/* The publication date printed by the headline, read with the
 * extractor's grammar when the markup declares none. */
static void test_ingest__date_from_text(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        const char *want; /* "" = no date */
    } cases[] = {
        {"公開日：2020年2月6日\n防衛省は本日発表した。", "2020-02-06"},
        {"令和2年2月6日\n防衛関連企業に対する不正アクセス事案について",
         "2020-02-06"},
        {"２０２０年２月６日　報道発表資料", "2020-02-06"},
        {"Posted 2020/2/6 10:00 by the press office.", "2020-02-06"},
        {"TOKYO, Feb. 6, 2020 - Kobe Steel said on Thursday.", "2020-02-06"},
        {"6 February 2020. The ministry said.", "2020-02-06"},
        /* month precision, relative and bounded dates are not a
         * publication date; the first full absolute one is */
        {"2016年8月に検知。昨年3月までに報告。2020年2月7日更新", "2020-02-07"},
        /* the day of an event a notice opens with runs on into its
         * sentence: no dateline; an as-of day is one */
        {"令和5年11月3日(金)未明に物流システムが停止しました。", ""},
        {"2023年11月20日現在の復旧状況は次のとおりです。", "2023-11-20"},
        /* a day that borrows its year from the event before it is none */
        {"障害は2024年5月19日に発生した。\n6月7日、流出を確認した。", ""},
        {"Version 2.0.1 released. No date here.", ""},
        /* the days that bound a period the text tells are none; a lede's
         * day of the news is */
        {"公開されていた期間は2013年11月6日~2023年4月17日だった。", ""},
        {"対象は2018年5月1日〜2022年3月13日に利用した顧客。", ""},
        {"ミズホ電子は2020年11月16日、不正アクセスを受けたと発表した。",
         "2020-11-16"},
    };
    mt_extractor *ex = NULL;
    assert_int_equal(mt_extractor_new(&ex, NULL, NULL), MT_OK);
    mt_ingest_options opts = MT_INGEST_OPTIONS_INIT;
    for (int with = 0; with < 2; with++) {
        opts.extractor = with ? ex : NULL;
        for (size_t i = 0; i < MT_ARRAY_LEN(cases); i++) {
            mt_source *src = NULL;
            mt_error err;
            mt_error_clear(&err);
            assert_int_equal(mt_ingest_bytes(&src, cases[i].text,
                                             strlen(cases[i].text), "t.txt",
                                             "text/plain", &opts, &err),
                             MT_OK);
            char buf[MT_DATE_TEXT_MAX] = "";
            if (src->published.year)
                mt_date_format(&src->published, buf, sizeof buf);
            /* Without an extractor no date is taken from the text. */
            assert_string_equal(buf, with ? cases[i].want : "");
            mt_source_free(src);
        }
    }
    mt_extractor_free(ex);
}

static mt_status ingest_str(mt_source **out, const char *s, size_t n,
                            const char *name, mt_error *err)
{
    return mt_ingest_bytes(out, s, n, name, NULL, NULL, err);
}

static void test_ingest__empty_file(void **state)
{
    (void)state;
    mt_source *src = NULL;
    mt_error err;
    mt_error_clear(&err);
    assert_int_equal(ingest_str(&src, "", 0, "a.html", &err), MT_ERR_INPUT);
    assert_null(src);
    char line[256];
    assert_string_equal(mt_error_format(&err, line, sizeof line),
                        "a.html: empty file");
}

static void test_ingest__binary_file(void **state)
{
    (void)state;
    static const unsigned char png[] = {0x89, 'P',  'N', 'G', '\r', '\n',
                                        0x1a, '\n', 0,   0,   0,    13};
    mt_source *src = NULL;
    mt_error err;
    mt_error_clear(&err);
    assert_int_equal(
        mt_ingest_bytes(&src, png, sizeof png, "x.png", NULL, NULL, &err),
        MT_ERR_INPUT);
    char line[256];
    assert_string_equal(mt_error_format(&err, line, sizeof line),
                        "x.png: binary file, not a document");
}

static void test_ingest__too_big(void **state)
{
    (void)state;
    mt_ingest_options o = MT_INGEST_OPTIONS_INIT;
    o.max_bytes = 10;
    mt_source *src = NULL;
    mt_error err;
    mt_error_clear(&err);
    assert_int_equal(
        mt_ingest_bytes(&src, "hello world!", 12, "a.txt", NULL, &o, &err),
        MT_ERR_TOOBIG);
    assert_string_equal(err.message,
                        "input is 12 bytes, above the limit of 10");
    /* A file is refused by its size before it is read. */
    char path[] = "/tmp/matome-big-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(ftruncate(fd, 1 << 20), 0);
    close(fd);
    mt_error_clear(&err);
    assert_int_equal(mt_ingest_file(&src, path, &o, &err), MT_ERR_TOOBIG);
    assert_string_equal(err.message,
                        "file is 1048576 bytes, above the limit of 10");
    unlink(path);
}

static void test_ingest__directory_and_missing(void **state)
{
    (void)state;
    mt_source *src = NULL;
    mt_error err;
    mt_error_clear(&err);
    assert_int_equal(mt_ingest_file(&src, "/tmp", NULL, &err), MT_ERR_INPUT);
    assert_string_equal(err.message, "is a directory, not a file");
    mt_error_clear(&err);
    assert_int_equal(mt_ingest_file(&src, "/nonexistent/x.html", NULL, &err),
                     MT_ERR_IO);
    char line[256];
    assert_string_equal(mt_error_format(&err, line, sizeof line),
                        "/nonexistent/x.html: cannot open: No such file or "
                        "directory");
}

static void test_ingest__media_type_order(void **state)
{
    (void)state;
    mt_source *src = NULL;
    const char *html = "<p>Hello there, this is a paragraph.</p>";
    /* Content-Type wins over the extension. */
    assert_int_equal(mt_ingest_bytes(&src, html, strlen(html), "a.txt",
                                     "text/html; charset=utf-8", NULL, NULL),
                     MT_OK);
    assert_string_equal(src->media_type, "text/html");
    assert_string_equal(src->text, "Hello there, this is a paragraph.");
    mt_source_free(src);
    /* Magic bytes win over the extension. */
    const char *page = "<!DOCTYPE html><title>T</title><p>Body text.</p>";
    assert_int_equal(ingest_str(&src, page, strlen(page), "a.txt", NULL),
                     MT_OK);
    assert_string_equal(src->media_type, "text/html");
    assert_string_equal(src->title, "T");
    mt_source_free(src);
    /* Then the extension. */
    assert_int_equal(ingest_str(&src, html, strlen(html), "a.md", NULL), MT_OK);
    assert_string_equal(src->media_type, "text/markdown");
    assert_string_equal(src->text, html);
    mt_source_free(src);
    assert_int_equal(ingest_str(&src, html, strlen(html), "noext", NULL),
                     MT_OK);
    assert_string_equal(src->media_type, "text/plain");
    mt_source_free(src);
}

static void test_ingest__same_bytes_same_id(void **state)
{
    (void)state;
    mt_source *a = NULL, *b = NULL;
    const char *t = "Same text, twice.";
    assert_int_equal(ingest_str(&a, t, strlen(t), "a.txt", NULL), MT_OK);
    assert_int_equal(ingest_str(&b, t, strlen(t), "b.txt", NULL), MT_OK);
    assert_string_equal(a->id, b->id);
    assert_int_equal(strlen(a->id), MT_SOURCE_ID_LEN);
    assert_memory_equal(a->original, t, strlen(t));
    mt_source_free(a);
    mt_source_free(b);
}

static void test_ingest__truncated_pdf(void **state)
{
    (void)state;
    char path[1200];
    snprintf(path, sizeof path, "%s/pdf-simple/input.pdf", golden_dir());
    size_t len = 0;
    char *pdf = read_all(path, &len);
    assert_non_null(pdf);
    mt_source *src = NULL;
    mt_error err;
    mt_error_clear(&err);
    /* Cut anywhere before the end: refused, never half-archived. */
    for (size_t cut = 5; cut < len - 7; cut += 37) {
        mt_error_clear(&err);
        assert_int_equal(
            mt_ingest_bytes(&src, pdf, cut, "t.pdf", NULL, NULL, &err),
            MT_ERR_INPUT);
        assert_null(src);
    }
    /* An intact tail with a damaged body: poppler's own message. */
    memcpy(pdf + 9, "garbage!", 8);
    memset(pdf + 15, 'x', 700);
    mt_error_clear(&err);
    assert_int_equal(mt_ingest_bytes(&src, pdf, len, "t.pdf", NULL, NULL, &err),
                     MT_ERR_INPUT);
    assert_true(strncmp(err.message, "corrupt PDF: ", 13) == 0);
    free(pdf);
}

static void test_ingest__no_text(void **state)
{
    (void)state;
    const char *page = "<html><head><script>app()</script></head>"
                       "<body><div id=app></div></body></html>";
    mt_source *src = NULL;
    mt_error err;
    mt_error_clear(&err);
    assert_int_equal(ingest_str(&src, page, strlen(page), "spa.html", &err),
                     MT_ERR_INPUT);
    assert_string_equal(err.message, "no text in the document");
}

static void test_ingest__undecodable_names_offset(void **state)
{
    (void)state;
    /* Declared Shift_JIS; 0x81 0x20 is not a valid pair, at byte 58. */
    char page[128];
    int n = snprintf(page, sizeof page,
                     "<meta charset=\"Shift_JIS\"><p>abcdefghijklmnopqrst"
                     "uvwxyzabc%c%c</p>",
                     (char)0x81, (char)0x20);
    mt_source *src = NULL;
    mt_error err;
    mt_error_clear(&err);
    assert_int_equal(ingest_str(&src, page, (size_t)n, "p.html", &err),
                     MT_ERR_INPUT);
    char line[256];
    assert_string_equal(mt_error_format(&err, line, sizeof line),
                        "p.html: byte 58: invalid Shift_JIS byte sequence");
}

static void test_ingest__is_url(void **state)
{
    (void)state;
    assert_true(mt_ingest_is_url("http://example.com/"));
    assert_true(mt_ingest_is_url("HTTPS://example.com/"));
    assert_false(mt_ingest_is_url("ftp://example.com/"));
    assert_false(mt_ingest_is_url("page.html"));
    mt_source *src = NULL;
    mt_error err;
    mt_error_clear(&err);
    assert_int_equal(mt_ingest_url(&src, "file:///etc/passwd", NULL, &err),
                     MT_ERR_ARG);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ingest__golden),
        cmocka_unit_test(test_ingest__date_from_text),
        cmocka_unit_test(test_ingest__empty_file),
        cmocka_unit_test(test_ingest__binary_file),
        cmocka_unit_test(test_ingest__too_big),
        cmocka_unit_test(test_ingest__directory_and_missing),
        cmocka_unit_test(test_ingest__media_type_order),
        cmocka_unit_test(test_ingest__same_bytes_same_id),
        cmocka_unit_test(test_ingest__truncated_pdf),
        cmocka_unit_test(test_ingest__no_text),
        cmocka_unit_test(test_ingest__undecodable_names_offset),
        cmocka_unit_test(test_ingest__is_url),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
