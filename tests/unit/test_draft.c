/*
 * Unit tests of the dossier printer and of draft assembly: round trips
 * through the text format, merging of timeline entries across sources,
 * date compatibility at mixed precisions, conflicts, and that a draft
 * always validates.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "matome/dossier.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *dup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *c = malloc(n);
    assert_non_null(c);
    memcpy(c, s, n);
    return c;
}

/* A file under $MATOME_SRC (set by meson). */
static char *slurp(const char *rel, size_t *len)
{
    const char *root = getenv("MATOME_SRC");
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", root ? root : ".", rel);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    assert_int_equal(fseek(f, 0, SEEK_END), 0);
    long n = ftell(f);
    assert_true(n >= 0);
    rewind(f);
    char *buf = malloc((size_t)n + 1);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
    buf[n] = '\0';
    fclose(f);
    *len = (size_t)n;
    return buf;
}

/* Parse text that must have no diagnostics at all. */
static mt_dossier *parse_clean(const char *text, size_t len)
{
    mt_diag_list dl;
    assert_int_equal(mt_diag_list_init(&dl, "d.md"), MT_OK);
    mt_dossier *d = NULL;
    assert_int_equal(mt_dossier_parse(&d, text, len, "d.md", &dl, NULL), MT_OK);
    if (dl.count) {
        char line[1024];
        mt_diag_format(&dl, 0, line, sizeof line);
        fail_msg("unexpected diagnostic: %s", line);
    }
    mt_diag_list_clear(&dl);
    return d;
}

static char *print(const mt_dossier *d)
{
    char *out = NULL;
    size_t len = 0;
    mt_error err;
    memset(&err, 0, sizeof err);
    mt_status st = mt_dossier_print(d, &out, &len, &err);
    if (st != MT_OK)
        fail_msg("print: %s", err.message);
    assert_int_equal(strlen(out), len);
    return out;
}

static char *json(const mt_dossier *d)
{
    char *out = NULL;
    size_t len = 0;
    assert_int_equal(mt_render_json(d, &out, &len, NULL), MT_OK);
    return out;
}

/* parse -> print -> parse gives the same model, and print is idempotent. */
static void round_trip(const char *text, size_t len)
{
    mt_dossier *a = parse_clean(text, len);
    char *pa = print(a);
    mt_dossier *b = parse_clean(pa, strlen(pa));
    char *ja = json(a), *jb = json(b);
    assert_string_equal(ja, jb);
    char *pb = print(b);
    assert_string_equal(pa, pb);
    free(ja);
    free(jb);
    free(pa);
    free(pb);
    mt_dossier_free(a);
    mt_dossier_free(b);
}

static void test_draft__print_round_trips_worked_example(void **state)
{
    (void)state;
    size_t len = 0;
    char *text = slurp("examples/kobelco-pasco-2020/dossier.md", &len);
    round_trip(text, len);
    free(text);
}

static void test_draft__print_exact_text(void **state)
{
    (void)state;
    const char *in =
        "---\nid: t-1\ntitle: T | x\nstatus: ongoing\nrelated: a-1, b-2\n"
        "updated: 2020-02-08 新規作成\n---\n"
        "## Sources\n"
        "1. [authority] 防衛省 | 発表 | 2020年2月6日 | https://e.jp/1 | ja\n"
        "2. [media] Paper \\| Co |  | 2020-02 | - \n"
        "3. @3f2a9c1b\n"
        "## Organisations\n"
        "- 神戸製鋼所 (victim) aka 神戸鋼、Kobe Steel: 発射管を納入 [1]\n"
        "- PASCO (victim)\n"
        "## Claims\n### Kobe Steel\n"
        "- [impact] 約250件 [注] {possible} {~1,250 件: files} [1][2]\n"
        "### PASCO\n- [response] 報告した [3]\n"
        "## Timeline\n"
        "- early 2016-08~ | 神戸鋼 | detection | 検知 a|b [1, 2]\n"
        "- 2017年10月までに | PASCO | other |\n"
        "## Conflicts\n- PASCO | when | 2016 [1] | 2018 [2]\n"
        "## Commentary\npara one\n  line two\n\npara two\n";
    const char *want =
        "---\nid: t-1\ntitle: T | x\nstatus: ongoing\nrelated: a-1, b-2\n"
        "updated: 2020-02-08 新規作成\n---\n\n# T | x\n\n"
        "## Sources\n"
        "1. [authority] 防衛省 | 発表 | 2020-02-06 | https://e.jp/1 | ja\n"
        "2. [media] Paper \\| Co |  | 2020-02 | -\n"
        "3. @3f2a9c1b\n\n"
        "## Organisations\n"
        "- 神戸製鋼所 (victim) aka 神戸鋼, Kobe Steel: 発射管を納入 [1]\n"
        "- PASCO (victim)\n\n"
        "## Claims\n### Kobe Steel\n"
        "- [impact] 約250件 [注] {possible} {~1250 件: files} [1,2]\n\n"
        "### PASCO\n- [response] 報告した [3]\n\n"
        "## Timeline\n"
        "- early 2016-08~ | 神戸鋼 | detection | 検知 a\\|b [1,2]\n"
        "- by 2017-10 | PASCO | other | \n\n"
        "## Conflicts\n- PASCO | when | 2016 [1] | 2018 [2]\n\n"
        "## Commentary\npara one\n  line two\n\npara two\n";
    mt_dossier *d = parse_clean(in, strlen(in));
    char *out = print(d);
    assert_string_equal(out, want);
    free(out);
    mt_dossier_free(d);
    round_trip(in, strlen(in));
}

static void test_draft__print_refuses_what_the_format_cannot_say(void **state)
{
    (void)state;
    mt_dossier *d = mt_dossier_new();
    assert_non_null(d);
    d->id = dup("t-1");
    d->title = dup("T");
    mt_dossier_org *o = mt_dossier_add_org(d);
    o->name = dup("A");
    mt_dossier_claim *c = mt_dossier_add_claim(d);
    c->org = dup("A");
    c->text = dup("ends in a citation [3]");
    char *out = NULL;
    mt_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(mt_dossier_print(d, &out, NULL, &err), MT_ERR_INPUT);
    assert_null(out);
    assert_string_equal(err.message,
                        "claim 1 ends in a citation or {annotation}");
    free(c->text);
    c->text = dup("two\nlines");
    assert_int_equal(mt_dossier_print(d, &out, NULL, &err), MT_ERR_INPUT);
    assert_string_equal(err.message,
                        "claim 1 has a line break or surrounding blanks");
    free(c->text);
    c->text = dup("fine");
    assert_int_equal(mt_dossier_print(d, &out, NULL, &err), MT_OK);
    free(out);
    mt_dossier_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_draft__print_round_trips_worked_example),
        cmocka_unit_test(test_draft__print_exact_text),
        cmocka_unit_test(test_draft__print_refuses_what_the_format_cannot_say),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
