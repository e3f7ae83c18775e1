/* Unit tests for src/core: sized buffers, partial dates, number parsing,
 * TSV data files, error formatting. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/internal.h"
#include "matome/date.h"
#include "matome/source.h"

static void test_core__buf_refuses_past_max(void **state)
{
    (void)state;
    mt_buf b;
    mt_buf_init(&b, 8);
    assert_int_equal(mt_buf_puts(&b, "abcd"), MT_OK);
    assert_int_equal(mt_buf_puts(&b, "efgh"), MT_OK);
    assert_int_equal(b.len, 8);
    /* One byte past the maximum fails and leaves the contents intact. */
    assert_int_equal(mt_buf_putc(&b, 'x'), MT_ERR_TOOBIG);
    assert_string_equal(b.data, "abcdefgh");
    assert_int_equal(mt_buf_printf(&b, "%d", 1), MT_ERR_TOOBIG);
    size_t len = 0;
    char *s = mt_buf_detach(&b, &len);
    assert_int_equal(len, 8);
    assert_string_equal(s, "abcdefgh");
    assert_null(b.data);
    free(s);
}

static void test_core__buf_printf_grows(void **state)
{
    (void)state;
    mt_buf b;
    mt_buf_init(&b, 0);
    for (int i = 0; i < 1000; i++)
        assert_int_equal(mt_buf_printf(&b, "%04d,", i), MT_OK);
    assert_int_equal(b.len, 5000);
    assert_memory_equal(b.data + 4995, "0999,", 5);
    mt_buf_free(&b);
}

static void roundtrip(const char *in, const char *expect)
{
    mt_date d;
    char buf[MT_DATE_TEXT_MAX];
    assert_int_equal(mt_date_parse(&d, in, strlen(in)), MT_OK);
    assert_string_equal(mt_date_format(&d, buf, sizeof buf), expect);
}

static void test_core__date_parse_and_format(void **state)
{
    (void)state;
    roundtrip("2016", "2016");
    roundtrip("2016-08", "2016-08");
    roundtrip("2016-08-06", "2016-08-06");
    roundtrip("2024-02-29", "2024-02-29");
    roundtrip("FY2021", "FY2021");
    roundtrip("XXXX-07-18", "XXXX-07-18");
    /* A timestamp keeps the source's own calendar date, never UTC. */
    roundtrip("2020-02-07T01:00:00+09:00", "2020-02-07");
}

static void test_core__date_rejects_impossible(void **state)
{
    (void)state;
    static const char *bad[] = {"2017-13",     "2017-02-30", "2023-02-29",
                                "2017-00",     "2017-1",     "17-01-01",
                                "2017-01-01x", "",           "FY21",
                                "2017-04-31",  "abcd"};
    for (size_t i = 0; i < MT_ARRAY_LEN(bad); i++) {
        mt_date d;
        assert_int_equal(mt_date_parse(&d, bad[i], strlen(bad[i])),
                         MT_ERR_INPUT);
    }
}

static void test_core__date_span_and_order(void **state)
{
    (void)state;
    mt_date m = {2016, 4, 0, 0}, d = {2018, 5, 15, 0}, y = {2016, 0, 0, 0};
    int32_t lo, hi;
    assert_int_equal(mt_date_span(&m, &lo, &hi), MT_OK);
    assert_int_equal(hi - lo, 29); /* April has 30 days */
    assert_int_equal(lo, mt_date_days_from_civil(2016, 4, 1));
    int yy, mm, dd;
    mt_date_civil_from_days(hi, &yy, &mm, &dd);
    assert_int_equal(yy * 10000 + mm * 100 + dd, 20160430);
    assert_int_equal(mt_date_days_from_civil(1970, 1, 1), 0);
    /* 1970-01-01 a Thursday, 2023-06-06 a Tuesday, 1969-12-28 a Sunday */
    assert_int_equal(mt_date_weekday(0), 4);
    assert_int_equal(mt_date_weekday(mt_date_days_from_civil(2023, 6, 6)), 2);
    assert_int_equal(mt_date_weekday(mt_date_days_from_civil(1969, 12, 28)), 0);
    assert_true(mt_date_compare(&y, &m) < 0); /* 2016 before 2016-04 */
    assert_true(mt_date_compare(&m, &d) < 0);
    assert_true(mt_date_compare(&d, &m) > 0);
    mt_date fy = {2021, 0, 0, 1};
    assert_int_equal(mt_date_span(&fy, &lo, &hi), MT_OK);
    assert_int_equal(lo, mt_date_days_from_civil(2021, 4, 1));
    assert_int_equal(hi, mt_date_days_from_civil(2022, 3, 31));
}

/* A weekday written with a day moves it to the year (or month) on either
 * side where the day is that weekday; nothing moves when it already is,
 * when none fits, or when there is no weekday or no day. */
static void test_core__date_fit_weekday(void **state)
{
    (void)state;
    mt_date d = {2024, 6, 5, 0};                              /* a Wednesday */
    assert_true(mt_date_fit_weekday(&d, 1, true, INT32_MAX)); /* Monday */
    assert_int_equal(d.year, 2023);
    d = (mt_date){2024, 6, 5, 0};
    assert_true(mt_date_fit_weekday(&d, 4, true, INT32_MAX)); /* Thursday */
    assert_int_equal(d.year, 2025);
    d = (mt_date){2024, 3, 5, 0};                              /* a Tuesday */
    assert_true(mt_date_fit_weekday(&d, 1, false, INT32_MAX)); /* Monday */
    assert_int_equal(d.month, 2);
    assert_int_equal(d.year, 2024);
    d = (mt_date){2024, 1, 3, 0};                              /* a Wednesday */
    assert_true(mt_date_fit_weekday(&d, 0, false, INT32_MAX)); /* Sunday */
    assert_int_equal(d.year, 2023);                            /* 2023-12-03 */
    assert_int_equal(d.month, 12);
    d = (mt_date){2024, 6, 5, 0};
    assert_false(mt_date_fit_weekday(&d, 3, true, INT32_MAX)); /* it is one */
    assert_false(mt_date_fit_weekday(&d, 0, true, INT32_MAX)); /* none fits */
    assert_false(mt_date_fit_weekday(&d, -1, true, INT32_MAX));
    assert_int_equal(d.year, 2024);
    /* no later than the bound: 2025-06-05 (a Thursday) is past it */
    d = (mt_date){2024, 6, 5, 0};
    assert_false(
        mt_date_fit_weekday(&d, 4, true, mt_date_days_from_civil(2024, 6, 30)));
    assert_int_equal(d.year, 2024);
    d = (mt_date){2024, 6, 0, 0};
    assert_false(mt_date_fit_weekday(&d, 1, true, INT32_MAX));
}

static void test_core__parse_i64(void **state)
{
    (void)state;
    int64_t v;
    assert_true(mt_parse_i64("250", 3, &v));
    assert_int_equal(v, 250);
    assert_true(mt_parse_i64("-9223372036854775808", 20, &v));
    assert_true(v == INT64_MIN);
    assert_false(mt_parse_i64("9223372036854775808", 19, &v));
    assert_false(mt_parse_i64("", 0, &v));
    assert_false(mt_parse_i64("-", 1, &v));
    assert_false(mt_parse_i64("12a", 3, &v));
    assert_false(mt_parse_i64("+1", 2, &v));
}

static void test_core__tsv_reports_bad_row(void **state)
{
    (void)state;
    char path[] = "/tmp/matome-tsv-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    const char *body = "# comment\nname\tvalue\n\na\t1\nb\t2\textra\n";
    assert_int_equal(write(fd, body, strlen(body)), (ssize_t)strlen(body));
    close(fd);

    mt_tsv t;
    mt_error err;
    mt_error_clear(&err);
    assert_int_equal(mt_tsv_open(&t, path, &err), MT_OK);
    assert_int_equal(t.ncols, 2);
    assert_int_equal(mt_tsv_col(&t, "value"), 1);
    assert_int_equal(mt_tsv_next(&t, &err), 1);
    assert_string_equal(t.field[0], "a");
    assert_string_equal(t.field[1], "1");
    assert_int_equal(mt_tsv_next(&t, &err), MT_ERR_INPUT);
    assert_int_equal(err.line, 5);
    mt_tsv_close(&t);
    unlink(path);
}

/* mt_tsv_open_in reads a file of a directory and keeps its path for
 * errors; a directory too long to join is a clear error, never a
 * truncated path read in its place. */
static void test_core__tsv_open_in(void **state)
{
    (void)state;
    char dir[] = "/tmp/matome-tsvdir-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[128];
    int n = snprintf(path, sizeof path, "%s/rules.tsv", dir);
    assert_true(n > 0 && (size_t)n < sizeof path);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("word\tkind\nx\ty\n", f);
    fclose(f);

    mt_tsv t;
    mt_error err;
    mt_error_clear(&err);
    assert_int_equal(mt_tsv_open_in(&t, dir, "rules.tsv", &err), MT_OK);
    assert_string_equal(t.path, path);
    assert_int_equal(mt_tsv_next(&t, &err), 1);
    assert_string_equal(t.field[1], "y");
    mt_tsv_close(&t);

    char long_dir[PATH_MAX + 128];
    memset(long_dir, 'd', sizeof long_dir - 1);
    long_dir[0] = '/';
    long_dir[sizeof long_dir - 1] = '\0';
    mt_error_clear(&err);
    assert_int_equal(mt_tsv_open_in(&t, long_dir, "rules.tsv", &err),
                     MT_ERR_IO);
    assert_non_null(strstr(err.message, "data file path too long"));
    mt_error_clear(&err);
    assert_int_equal(mt_tsv_open(&t, long_dir, &err), MT_ERR_IO);
    assert_non_null(strstr(err.message, "data file path too long"));
    unlink(path);
    rmdir(dir);
}

/* "About 32,000" holds 32,418, "about 19,000" does not hold 18,320; near
 * INT64_MAX the test does not overflow (UBSan). */
static void test_core__approx_holds(void **state)
{
    (void)state;
    assert_true(mt_approx_holds(32000, 32418));
    assert_true(mt_approx_holds(32000, 31500));
    assert_false(mt_approx_holds(19000, 18320));
    assert_false(mt_approx_holds(250, 256));
    assert_true(mt_approx_holds(9000000000000000000, 9200000000000000000));
    assert_false(mt_approx_holds(9200000000000000000, 9000000000000000000));
    assert_true(mt_approx_holds(INT64_MAX, INT64_MAX));
}

/* Two figures agree when equal, when an approximate one holds the other,
 * or when neither says 約 but one is round and the other rounds or cuts
 * to it (46万 and 461,091; 148万 and 1,486,291); two exact figures
 * otherwise disagree (4,750,329 and 4,753,290), and so do 1,000 and
 * 1,600. */
static void test_core__figures_agree(void **state)
{
    (void)state;
    assert_true(mt_figures_agree(250, false, 250, false));
    assert_true(mt_figures_agree(32000, true, 32418, false));
    assert_true(mt_figures_agree(32418, false, 32000, true));
    assert_false(mt_figures_agree(19000, true, 18320, false));
    assert_true(mt_figures_agree(460000, false, 461091, false));
    assert_true(mt_figures_agree(461091, false, 460000, false));
    assert_false(mt_figures_agree(4750329, false, 4753290, false));
    assert_false(mt_figures_agree(1000, false, 1600, false));
    assert_false(mt_figures_agree(250, false, 256, false));
    /* News cuts as well as rounds the digits it drops (148万 for
     * 1,486,291), keeping two or more: 1,000 is no cut 1,600, and a cut
     * never goes up (1,490,000 is no cut 1,486,291 but rounds it;
     * 1,470,000 does neither). */
    assert_true(mt_figures_agree(1480000, false, 1486291, false));
    assert_true(mt_figures_agree(1486291, false, 1480000, false));
    assert_false(mt_figures_agree(1470000, false, 1486291, false));
    assert_false(mt_figures_agree(1000, false, 1999, false));
    /* A round figure stated as approximate is held to its own step. */
    assert_false(mt_figures_agree(460000, true, 470000, false));
    /* and may cut as well (約3万7000件 beside 37,832), never up and only
     * within its step */
    assert_true(mt_figures_agree(37000, true, 37832, false));
    assert_true(mt_figures_agree(37832, false, 37000, true));
    assert_false(mt_figures_agree(37000, true, 36400, false));
    assert_false(mt_figures_agree(37000, true, 39000, false));
    assert_true(mt_figures_agree(INT64_MAX, false, INT64_MAX, false));
}

/* Two figures that disagree are one count when a third, exact and finer
 * than both, agrees with each (165万 rounded, 164万 cut, 1,648,922); not
 * when the third is as round or rounder, nor approximate, nor agrees with
 * only one. */
static void test_core__figures_reconciled(void **state)
{
    (void)state;
    assert_true(
        mt_figures_reconciled(1650000, false, 1640000, false, 1648922, false));
    assert_false(
        mt_figures_reconciled(1650000, false, 2400000, false, 2000000, true));
    assert_false(
        mt_figures_reconciled(1650000, false, 1640000, false, 1648922, true));
    assert_false(
        mt_figures_reconciled(1650000, false, 1640000, false, 1640000, false));
    assert_false(
        mt_figures_reconciled(1650000, false, 1700000, false, 1648922, false));
}

/* A yearless date read against a reference may lie three months after
 * it (a schedule), no later; no bound without a reference day. */
static void test_core__date_ahead_limit(void **state)
{
    (void)state;
    mt_date ref = {2023, 3, 18, 0};
    assert_int_equal(mt_date_ahead_limit(&ref),
                     mt_date_days_from_civil(2023, 3, 18) + 92);
    mt_date month = {2023, 3, 0, 0};
    assert_int_equal(mt_date_ahead_limit(&month), INT32_MAX);
}

/* A typed array grows through mt_grow_pow2_at: capacity 1, 2, 4, … */
static void test_core__grow_pow2_at(void **state)
{
    (void)state;
    long *v = NULL;
    for (size_t n = 0; n < 100; n++) {
        assert_true(mt_grow_pow2_at(&v, n, sizeof *v));
        v[n] = (long)n;
    }
    for (size_t n = 0; n < 100; n++)
        assert_int_equal(v[n], (long)n);
    free(v);
}

static void test_core__error_format(void **state)
{
    (void)state;
    mt_error err;
    char buf[256];
    mt_error_clear(&err);
    mt_error_at(&err, MT_ERR_INPUT, "a.html", 1234, "invalid %s", "byte");
    assert_string_equal(mt_error_format(&err, buf, sizeof buf),
                        "a.html: byte 1234: invalid byte");
    err.line = 3;
    err.column = 7;
    assert_string_equal(mt_error_format(&err, buf, sizeof buf),
                        "a.html:3:7: invalid byte");
    /* A NULL error is allowed everywhere. */
    assert_int_equal(mt_error_set(NULL, MT_ERR_IO, "x"), MT_ERR_IO);
}

/* A message or where cut at its size never ends in half a character. */
static void test_core__error_cut_keeps_utf8(void **state)
{
    (void)state;
    /* 3-byte characters: 511 usable bytes end one byte into the 171st. */
    char text[3 * 200 + 1];
    for (size_t i = 0; i < 200; i++)
        memcpy(text + 3 * i, "漏", 3);
    text[600] = '\0';
    mt_error err;
    mt_error_clear(&err);
    mt_error_at(&err, MT_ERR_INPUT, text, -1, "%s", text);
    assert_int_equal(strlen(err.message), 510);
    assert_memory_equal(err.message, text, 510);
    assert_int_equal(strlen(err.where), 600);
    /* "a" then 3-byte characters: 1023 bytes end two into the 342nd. */
    char where[1 + 3 * 400 + 1];
    where[0] = 'a';
    for (size_t i = 0; i < 400; i++)
        memcpy(where + 1 + 3 * i, "漏", 3);
    where[1201] = '\0';
    mt_error_where(&err, where);
    assert_int_equal(strlen(err.where), 1 + 3 * 340);
    /* An ASCII cut stays as it is. */
    mt_error_set(&err, MT_ERR_INPUT, "%0600d", 7);
    assert_int_equal(strlen(err.message), 511);
}

static void test_core__read_file_limits(void **state)
{
    (void)state;
    mt_error err;
    char *data;
    size_t len;
    mt_error_clear(&err);
    assert_int_equal(mt_read_file("/", 100, &data, &len, &err), MT_ERR_INPUT);
    assert_int_equal(
        mt_read_file("/nonexistent/matome", 100, &data, &len, &err), MT_ERR_IO);
    assert_string_equal(err.where, "/nonexistent/matome");
    char path[] = "/tmp/matome-read-XXXXXX";
    int fd = mkstemp(path);
    assert_int_equal(write(fd, "0123456789", 10), 10);
    close(fd);
    assert_int_equal(mt_read_file(path, 9, &data, &len, &err), MT_ERR_TOOBIG);
    assert_int_equal(mt_read_file(path, 10, &data, &len, &err), MT_OK);
    assert_int_equal(len, 10);
    free(data);
    unlink(path);
}

static void test_core__source_id_is_content_hash(void **state)
{
    (void)state;
    mt_source *s = mt_source_new();
    assert_non_null(s);
    s->original = (unsigned char *)mt_strdup("abc");
    s->original_len = 3;
    mt_source_compute_id(s);
    /* SHA-256("abc") = ba7816bf8f01cfea... */
    assert_string_equal(s->id, "ba7816bf8f01cfea");
    mt_source_kind k;
    assert_int_equal(mt_source_kind_parse(&k, "authority"), MT_OK);
    assert_int_equal(k, MT_KIND_AUTHORITY);
    assert_int_equal(mt_source_kind_parse(&k, "press"), MT_ERR_ARG);
    mt_source_free(s);
    mt_source_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_core__buf_refuses_past_max),
        cmocka_unit_test(test_core__buf_printf_grows),
        cmocka_unit_test(test_core__date_parse_and_format),
        cmocka_unit_test(test_core__date_fit_weekday),
        cmocka_unit_test(test_core__date_rejects_impossible),
        cmocka_unit_test(test_core__date_span_and_order),
        cmocka_unit_test(test_core__parse_i64),
        cmocka_unit_test(test_core__tsv_reports_bad_row),
        cmocka_unit_test(test_core__tsv_open_in),
        cmocka_unit_test(test_core__approx_holds),
        cmocka_unit_test(test_core__figures_agree),
        cmocka_unit_test(test_core__figures_reconciled),
        cmocka_unit_test(test_core__date_ahead_limit),
        cmocka_unit_test(test_core__grow_pow2_at),
        cmocka_unit_test(test_core__error_format),
        cmocka_unit_test(test_core__error_cut_keeps_utf8),
        cmocka_unit_test(test_core__read_file_limits),
        cmocka_unit_test(test_core__source_id_is_content_hash),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
