/*
 * import-blog through the library: the golden cases of
 * tests/golden/import-blog/ (dossier text byte for byte, diagnostics by
 * severity, line and message), the round trip (what mt_import_write
 * writes parses with no diagnostic and writes back identically), year
 * resolution for 公式発表 dates, and the input errors.
 */
#include <matome/dossier.h>
#include <matome/import.h>

#include "core/internal.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

static char *slurp(const char *rel, size_t *len)
{
    const char *src = getenv("MATOME_SRC");
    char path[4096];
    snprintf(path, sizeof path, "%s/tests/golden/import-blog/%s",
             src ? src : ".", rel);
    char *text = NULL;
    mt_error err;
    if (mt_read_file(path, (size_t)16 << 20, &text, len, &err) != MT_OK)
        fail_msg("cannot read %s: %s", path, err.message);
    return text;
}

static mt_dossier *import_text(const char *text, size_t len,
                               const char *incident, mt_diag_list *dl)
{
    assert_int_equal(mt_diag_list_init(dl, "in.txt"), MT_OK);
    mt_import_options opts = MT_IMPORT_OPTIONS_INIT;
    opts.incident = incident;
    mt_dossier *d = NULL;
    assert_int_equal(mt_import_blog(&d, text, len, "in.txt", &opts, dl, NULL),
                     MT_OK);
    assert_non_null(d);
    return d;
}

static char *write_text(const mt_dossier *d, size_t *len)
{
    char *out = NULL;
    assert_int_equal(mt_import_write(d, &out, len, NULL), MT_OK);
    return out;
}

/* Import a golden case, compare with expected.md, and check that the
 * text parses with no diagnostic and writes back the same bytes. */
static void golden(const char *c, size_t warnings)
{
    char rel[256];
    size_t len, elen;
    snprintf(rel, sizeof rel, "%s/input.txt", c);
    char *in = slurp(rel, &len);
    mt_diag_list dl;
    mt_dossier *d = import_text(in, len, c, &dl);
    assert_int_equal(dl.errors, 0);
    assert_int_equal(dl.warnings, warnings);
    size_t olen;
    char *out = write_text(d, &olen);
    snprintf(rel, sizeof rel, "%s/expected.md", c);
    char *expected = slurp(rel, &elen);
    assert_int_equal(olen, elen);
    assert_memory_equal(out, expected, elen);

    mt_diag_list pl;
    assert_int_equal(mt_diag_list_init(&pl, "expected.md"), MT_OK);
    mt_dossier *p = NULL;
    assert_int_equal(mt_dossier_parse(&p, out, olen, "x.md", &pl, NULL), MT_OK);
    if (pl.count) {
        char line[1024];
        fail_msg("%s", mt_diag_format(&pl, 0, line, sizeof line));
    }
    size_t blen;
    char *back = write_text(p, &blen);
    assert_int_equal(blen, olen);
    assert_memory_equal(back, out, olen);

    mt_free(back);
    mt_dossier_free(p);
    mt_diag_list_clear(&pl);
    free(expected);
    mt_free(out);
    mt_dossier_free(d);
    mt_diag_list_clear(&dl);
    free(in);
}

static void test_import__golden_basic(void **state)
{
    (void)state;
    golden("basic", 1); /* the unknown section 参考リンク */
}

static void test_import__golden_year_resolve(void **state)
{
    (void)state;
    golden("year-resolve", 1); /* a statement added to the sources */
}

/* A title that ends in a number before its date ("速報記事10 2024年11月2
 * 日") keeps the number; the date is the source's. */
static void test_import__date_after_a_number(void **state)
{
    (void)state;
    static const char in[] =
        "白浜化成への攻撃\n\n時系列\n\n"
        "・2024年11月2日 【白浜化成】被害を公表 *1\n\n調査ソース\n\n"
        "No 発表ソース 記事タイトル(リンク)\n1\n\n瀬戸内ビジネス\n\n"
        "速報記事10 2024年11月2日\n";
    mt_diag_list dl;
    mt_dossier *d = import_text(in, sizeof in - 1, NULL, &dl);
    assert_int_equal(d->nsources, 1);
    assert_string_equal(d->sources[0].title, "速報記事10");
    assert_int_equal(d->sources[0].published.year, 2024);
    assert_int_equal(d->sources[0].published.day, 2);
    mt_dossier_free(d);
    mt_diag_list_clear(&dl);
}

static void test_import__model_of_basic(void **state)
{
    (void)state;
    size_t len;
    char *in = slurp("basic/input.txt", &len);
    mt_diag_list dl;
    mt_dossier *d = import_text(in, len, NULL, &dl);
    assert_string_equal(d->id, "in");
    assert_int_equal(d->nsources, 4);
    /* Full-width "１" numbers a row; 【公式】 makes it official. */
    assert_int_equal(d->sources[0].n, 1);
    assert_int_equal(d->sources[0].kind, MT_KIND_OFFICIAL);
    assert_string_equal(d->sources[0].url,
                        "https://example.com/shirahama/news/20241102.html");
    /* A row on one tab-separated line. */
    assert_string_equal(d->sources[3].publisher,
                        "IT\xE3\x82\xBB\xE3\x82\xAD\xE3\x83\xA5\xE3\x83\xAA"
                        "\xE3\x83\x86\xE3\x82\xA3\xE9\x80\x9A\xE4\xBF\xA1");
    assert_int_equal(d->sources[2].published.day, 3); /* 2024/11/3 */
    assert_int_equal(d->nclaims, 5);
    assert_int_equal(d->claims[0].hedge, MT_HEDGE_POSSIBLE);
    assert_int_equal(d->claims[1].hedge, MT_HEDGE_NOT_CONFIRMED);
    assert_int_equal(d->claims[0].cites.count, 2);
    assert_int_equal(d->claims[0].cites.n[1], 3);
    assert_int_equal(d->claims[4].category, MT_CLAIM_ATTRIBUTION);
    assert_int_equal(d->claims[4].hedge, MT_HEDGE_SUSPECTED);
    assert_int_equal(d->nevents, 4);
    assert_int_equal(d->events[0].type, MT_EVENT_INTRUSION_START);
    assert_int_equal(d->events[0].date.mods, MT_DMOD_APPROX);
    assert_int_equal(d->events[1].type, MT_EVENT_DETECTION);
    assert_int_equal(d->events[1].date.mods, MT_DMOD_END); /* 下旬 */
    assert_int_equal(d->nupdates, 2);
    assert_int_equal(d->ncommentary, 4);
    mt_dossier_free(d);
    mt_diag_list_clear(&dl);
    free(in);
}

static void test_import__errors_have_lines(void **state)
{
    (void)state;
    size_t len;
    char *in = slurp("errors/input.txt", &len);
    mt_diag_list dl;
    mt_dossier *d = import_text(in, len, "errors", &dl);
    assert_int_equal(dl.errors, 7);
    mt_diag_list_sort(&dl);
    static const long lines[] = {5, 6, 10, 11, 12, 19, 24};
    for (size_t i = 0; i < 7; i++) {
        assert_int_equal(dl.items[i].severity, MT_DIAG_ERROR);
        assert_int_equal(dl.items[i].line, lines[i]);
        assert_int_equal(dl.items[i].col, 0);
    }
    assert_string_equal(dl.items[3].message, "impossible date '2024\xE5\xB9\xB4"
                                             "2\xE6\x9C\x88"
                                             "30\xE6\x97\xA5'");
    mt_dossier_free(d);
    mt_diag_list_clear(&dl);
    free(in);
}

static void test_import__official_date_needs_a_year(void **state)
{
    (void)state;
    /* 3/4 with no dated source to take a year from. */
    const char *in = "T\n\n\xE5\x85\xAC\xE5\xBC\x8F\xE7\x99\xBA\xE8\xA1\xA8\n"
                     "\n\xE3\x83\xBB"
                     "A  title 3/4\n";
    mt_diag_list dl;
    mt_dossier *d = import_text(in, strlen(in), "x", &dl);
    assert_int_equal(dl.errors, 1);
    assert_int_equal(dl.items[0].line, 5);
    assert_non_null(strstr(dl.items[0].message, "cannot tell the year of 3/4"));
    mt_dossier_free(d);
    mt_diag_list_clear(&dl);
}

/* A statement without a year takes the year that puts it nearest a
 * dated source, statements added before it included: 1/4 after a
 * statement of 2023/12/28 (and no other dated source) is of 2024. */
static void test_import__official_year_from_an_added_statement(void **state)
{
    (void)state;
    const char *in = "T\n\n\xE5\x85\xAC\xE5\xBC\x8F\xE7\x99\xBA\xE8\xA1\xA8\n"
                     "\n\xE3\x83\xBB"
                     "A  year end 2023/12/28\n"
                     "\xE3\x83\xBB"
                     "A  follow-up 1/4\n";
    mt_diag_list dl;
    mt_dossier *d = import_text(in, strlen(in), "x", &dl);
    assert_int_equal(dl.errors, 0);
    assert_int_equal(d->nsources, 2);
    assert_string_equal(d->sources[1].title, "follow-up");
    assert_int_equal(d->sources[1].published.year, 2024);
    assert_int_equal(d->sources[1].published.month, 1);
    assert_int_equal(d->sources[1].published.day, 4);
    mt_dossier_free(d);
    mt_diag_list_clear(&dl);
}

/* Fiscal years get the same year check as other dates: an impossible one
 * is an error at its line, never a dossier that then fails to build
 * (found by fuzz_import_blog). */
static void test_import__fiscal_year_is_checked(void **state)
{
    (void)state;
    /* 時系列 / ・1011年度 【A】対策 *1 */
    const char *in = "T\n\n\xE6\x99\x82\xE7\xB3\xBB\xE5\x88\x97\n\n"
                     "\xE3\x83\xBB"
                     "1011\xE5\xB9\xB4\xE5\xBA\xA6 "
                     "\xE3\x80\x90"
                     "A\xE3\x80\x91"
                     "\xE5\xAF\xBE\xE7\xAD\x96 *1\n";
    mt_diag_list dl;
    mt_dossier *d = import_text(in, strlen(in), "x", &dl);
    assert_true(dl.errors >= 1);
    int found = 0;
    for (size_t i = 0; i < dl.count; i++)
        if (dl.items[i].line == 5 &&
            strstr(dl.items[i].message, "cannot use the year in '1011"))
            found = 1;
    assert_true(found);
    mt_dossier_free(d);
    mt_diag_list_clear(&dl);
}

static void test_import__rejects_bad_input(void **state)
{
    (void)state;
    mt_diag_list dl;
    assert_int_equal(mt_diag_list_init(&dl, "x"), MT_OK);
    mt_dossier *d = NULL;
    mt_error err;
    assert_int_equal(mt_import_blog(&d, "ok\n\xC3(", 5, "x", NULL, &dl, &err),
                     MT_ERR_INPUT);
    assert_null(d);
    assert_int_equal(err.offset, 3);
    assert_int_equal(mt_import_blog(&d, "", 0, "x", NULL, &dl, &err), MT_OK);
    assert_int_equal(dl.errors, 1);
    assert_string_equal(dl.items[0].message, "empty input");
    mt_dossier_free(d);
    d = NULL;
    assert_int_equal(mt_import_blog(NULL, "", 0, "x", NULL, &dl, NULL),
                     MT_ERR_ARG);
    mt_diag_list_clear(&dl);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_import__golden_basic),
        cmocka_unit_test(test_import__golden_year_resolve),
        cmocka_unit_test(test_import__model_of_basic),
        cmocka_unit_test(test_import__date_after_a_number),
        cmocka_unit_test(test_import__errors_have_lines),
        cmocka_unit_test(test_import__official_date_needs_a_year),
        cmocka_unit_test(test_import__official_year_from_an_added_statement),
        cmocka_unit_test(test_import__fiscal_year_is_checked),
        cmocka_unit_test(test_import__rejects_bad_input),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
