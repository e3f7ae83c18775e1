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

#include "draft/draft_internal.h"
#include "draft/stage.h"

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
        "4. @0123abcd  [media] 毎朝新聞 | 見出し | 2020-02-07 | - | ja\n"
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
        "3. @3f2a9c1b\n"
        "4. @0123abcd [media] 毎朝新聞 | 見出し | 2020-02-07 | - | ja\n\n"
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

/* ---- draft assembly from hand-built spans ---- */

/* A span over the first occurrence of surface in text. */
static draft_span sp(draft_span_kind k, const char *text, const char *surface,
                     const char *value)
{
    const char *at = strstr(text, surface);
    assert_non_null(at);
    draft_span x;
    memset(&x, 0, sizeof x);
    x.kind = k;
    x.start = (size_t)(at - text);
    x.end = x.start + strlen(surface);
    x.value = value;
    if (k == DRAFT_DATE)
        assert_int_equal(mt_date_parse(&x.date, value, strlen(value)), MT_OK);
    if (k == DRAFT_EVENT)
        x.type = value;
    return x;
}

static draft_span qty(const char *text, const char *surface, double n,
                      const char *unit)
{
    draft_span x = sp(DRAFT_QUANTITY, text, surface, "");
    x.number = n;
    x.unit = unit;
    x.mod = "approx";
    return x;
}

static draft_sentence sent(const char *text, const draft_span *spans, size_t n)
{
    draft_sentence s = {text, strlen(text), spans, n, false};
    return s;
}

static draft_source src(mt_source_kind kind, const char *publisher,
                        const char *url, const char *date,
                        const draft_sentence *s, size_t n)
{
    draft_source x;
    memset(&x, 0, sizeof x);
    x.kind = kind;
    x.publisher = publisher;
    x.url = url;
    x.title = "t";
    x.lang = "ja";
    assert_int_equal(mt_date_parse(&x.published, date, strlen(date)), MT_OK);
    x.sentences = s;
    x.nsentences = n;
    return x;
}

static const char *T1 = "神戸製鋼所は2016年8月に不審な通信を検知した。";
static const char *T2 = "2016年8月に不正アクセスを検知しました。";
static const char *T3 = "Hackers broke into Kobe Steel in August 2016.";
static const char *T4 = "神戸鋼の約250件のファイルが流出した可能性がある。";
static const char *T5 =
    "Data of about 250 people at Kobe Steel may have leaked.";
static const char *T6 = "About 250 files were stolen from Kobe Steel.";
static const char *T7 = "神戸鋼のパソコンがマルウェアに感染していた。";

/* The mini incident: authority, company, three outlets. */
static mt_dossier *mini(draft_counts *counts)
{
    static draft_span s1[4], s2[2], s3[3], s4[5], s5[5], s6[4], s7[2];
    s1[0] = sp(DRAFT_ORG, T1, "神戸製鋼所", "神戸製鋼所");
    s1[1] = sp(DRAFT_DATE, T1, "2016年8月", "2016-08");
    s1[2] = sp(DRAFT_EVENT, T1, "検知", "detection");
    s2[0] = sp(DRAFT_DATE, T2, "2016年8月", "2016-08");
    s2[1] = sp(DRAFT_EVENT, T2, "検知", "detection");
    s3[0] = sp(DRAFT_EVENT, T3, "broke into", "intrusion_start");
    s3[1] = sp(DRAFT_ORG, T3, "Kobe Steel", "神戸製鋼所");
    s3[2] = sp(DRAFT_DATE, T3, "August 2016", "2016-08");
    s4[0] = sp(DRAFT_ORG, T4, "神戸鋼", "神戸製鋼所");
    s4[1] = qty(T4, "約250件", 250, "件");
    s4[2] = sp(DRAFT_EVENT, T4, "流出", "leak_possible");
    s4[3] = sp(DRAFT_HEDGE, T4, "可能性がある", "possible");
    s5[0] = qty(T5, "about 250 people", 250, "人");
    s5[1] = sp(DRAFT_ORG, T5, "Kobe Steel", "神戸製鋼所");
    s5[2] = sp(DRAFT_HEDGE, T5, "may have", "possible");
    s5[3] = sp(DRAFT_EVENT, T5, "leaked", "leak_possible");
    s6[0] = qty(T6, "About 250 files", 250, "件");
    s6[1] = sp(DRAFT_EVENT, T6, "stolen", "leak_possible");
    s6[2] = sp(DRAFT_ORG, T6, "Kobe Steel", "神戸製鋼所");
    s7[0] = sp(DRAFT_ORG, T7, "神戸鋼", "神戸製鋼所");
    s7[1] = sp(DRAFT_EVENT, T7, "感染", "intrusion_start");
    static draft_sentence a[1], b[1], c[1], e[2], f[1];
    a[0] = sent(T1, s1, 3);
    b[0] = sent(T2, s2, 2);
    c[0] = sent(T3, s3, 3);
    e[0] = sent(T4, s4, 4);
    e[1] = sent(T7, s7, 2);
    f[0] = sent(T6, s6, 3);
    static draft_sentence g[1];
    g[0] = sent(T5, s5, 4);
    /* Given out of order: numbering must sort them. */
    draft_source srcs[] = {
        src(MT_KIND_MEDIA, "Wire", "https://w.example/1", "2020-02-07", c, 1),
        src(MT_KIND_MEDIA, "毎朝", "https://m.example/1", "2020-02-06", e, 2),
        src(MT_KIND_OFFICIAL, "神戸製鋼所", "https://k.example/1", "2020-02-06",
            b, 1),
        src(MT_KIND_AUTHORITY, "防衛省", "https://mod.example/1", "2020-02-06",
            a, 1),
        src(MT_KIND_MEDIA, "Brief", "https://b.example/1", "2020-02-10", f, 1),
        src(MT_KIND_MEDIA, "Wire 2", "https://w.example/2", "2020-02-08", g, 1),
    };
    srcs[0].lang = srcs[4].lang = srcs[5].lang = "en"; /* the English ones */
    const char *auth[] = {"防衛省"};
    draft_incident others[] = {{"mitsubishi-2020", auth, 1, NULL, 0},
                               {"unrelated-2019", NULL, 0, NULL, 0}};
    static draft_cues cues;
    if (counts && !cues.n) {
        const char *root = getenv("MATOME_SRC");
        char dir[4096];
        mt_error cerr;
        snprintf(dir, sizeof dir, "%s/data", root ? root : ".");
        if (draft_cues_load(&cues, dir, &cerr) != MT_OK)
            fail_msg("cues: %s", cerr.message);
    }
    draft_input in = {"kobe-2020", NULL, srcs,   sizeof srcs / sizeof srcs[0],
                      others,      2,    counts, counts ? &cues : NULL,
                      NULL};
    mt_dossier *d = NULL;
    mt_error err;
    memset(&err, 0, sizeof err);
    mt_status st = draft_assemble(&d, &in, &err);
    if (st != MT_OK)
        fail_msg("draft_assemble: %s", err.message);
    return d;
}

static draft_counts *load_counts(void)
{
    static draft_counts dc;
    const char *root = getenv("MATOME_SRC");
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/data", root ? root : ".");
    mt_error err;
    if (draft_counts_load(&dc, dir, &err) != MT_OK)
        fail_msg("counts: %s", err.message);
    return &dc;
}

static void test_draft__assembles_the_mini_incident(void **state)
{
    (void)state;
    draft_counts *dc = load_counts();
    mt_dossier *d = mini(dc);
    char *text = print(d);
    const char *want =
        "---\n"
        "id: kobe-2020\n"
        "title: 神戸製鋼所 (draft)\n"
        "status: ongoing\n"
        "related: mitsubishi-2020\n"
        "---\n"
        "\n"
        "# 神戸製鋼所 (draft)\n"
        "\n"
        "## Sources\n"
        "1. [authority] 防衛省 | t | 2020-02-06 | https://mod.example/1 | ja\n"
        "2. [official] 神戸製鋼所 | t | 2020-02-06 | https://k.example/1 | ja\n"
        "3. [media] 毎朝 | t | 2020-02-06 | https://m.example/1 | ja\n"
        "4. [media] Wire | t | 2020-02-07 | https://w.example/1 | en\n"
        "5. [media] Wire 2 | t | 2020-02-08 | https://w.example/2 | en\n"
        "6. [media] Brief | t | 2020-02-10 | https://b.example/1 | en\n"
        "\n"
        "## Organisations\n"
        "- 防衛省 (authority)\n"
        "- 神戸製鋼所 (victim) aka 神戸鋼, Kobe Steel\n"
        "\n"
        "## Claims\n"
        "### 神戸製鋼所\n"
        "- [impact] 神戸鋼の約250件のファイルが流出した可能性がある {possible} "
        "{~250 件: files} [3]\n"
        "- [impact] 神戸鋼のパソコンがマルウェアに感染していた [3]\n"
        "- [impact] Data of about 250 people at Kobe Steel may have leaked. "
        "{possible} {~250 人: people} [5]\n"
        "- [impact] About 250 files were stolen from Kobe Steel. {~250 件: "
        "files} [6]\n"
        "\n"
        "## Timeline\n"
        "- 2016-08 | 神戸製鋼所 | detection | "
        "神戸製鋼所は2016年8月に不審な通信を検知した [1,2]\n"
        "- by 2020-02-06 | 神戸製鋼所 | leak_possible | "
        "神戸鋼の約250件のファイルが流出した可能性がある [3]\n"
        "- 2020-02-06 | 防衛省 | disclosure | t [1]\n"
        "- 2020-02-06 | 神戸製鋼所 | disclosure | t [2]\n"
        "- by 2020-02-08 | 神戸製鋼所 | leak_possible | Data of about 250 "
        "people at Kobe Steel may have leaked. [5]\n"
        "\n"
        "## Conflicts\n"
        "- 神戸製鋼所 | what 250 counts | ~250 files [3,6] | ~250 people [5]\n"
        "- 神戸製鋼所 | detection or intrusion in 2016-08 | detection 2016-08 "
        "[1,2] | intrusion 2016-08 [4]\n"
        "\n"
        "## Commentary\n"
        "Single-source claims (matome draft):\n"
        "- 神戸製鋼所: 神戸鋼の約250件のファイルが流出した可能性がある (source "
        "3 only)\n"
        "- 神戸製鋼所: 神戸鋼のパソコンがマルウェアに感染していた (source 3 "
        "only)\n"
        "- 神戸製鋼所: Data of about 250 people at Kobe Steel may have leaked. "
        "(source 5 only)\n"
        "- 神戸製鋼所: About 250 files were stolen from Kobe Steel. (source 6 "
        "only)\n";
    assert_string_equal(text, want);
    free(text);
    mt_dossier_free(d);
    draft_counts_free(dc);
}

/* Whatever the spans, the draft validates without errors. */
static void test_draft__always_validates(void **state)
{
    (void)state;
    mt_dossier *d = mini(NULL);
    mt_diag_list dl;
    assert_int_equal(mt_diag_list_init(&dl, "draft"), MT_OK);
    assert_int_equal(mt_dossier_validate(d, NULL, &dl, NULL), MT_OK);
    if (dl.errors) {
        char line[1024];
        mt_diag_format(&dl, 0, line, sizeof line);
        fail_msg("draft does not validate: %s", line);
    }
    mt_diag_list_clear(&dl);
    /* And its text builds the same way. */
    char *text = print(d);
    mt_dossier *again = parse_clean(text, strlen(text));
    assert_int_equal(mt_diag_list_init(&dl, "draft"), MT_OK);
    assert_int_equal(mt_dossier_validate(again, NULL, &dl, NULL), MT_OK);
    assert_int_equal(dl.errors, 0);
    mt_diag_list_clear(&dl);
    free(text);
    mt_dossier_free(again);
    mt_dossier_free(d);
}

static mt_dossier_date dd(const char *iso, unsigned mods)
{
    mt_dossier_date x;
    assert_int_equal(mt_date_parse(&x.date, iso, strlen(iso)), MT_OK);
    x.mods = mods;
    return x;
}

static void test_draft__dates_compatible_at_mixed_precision(void **state)
{
    (void)state;
    mt_dossier_date m = dd("2017-10", 0), by = dd("2017-10", MT_DMOD_BEFORE),
                    y = dd("2017", 0), apr = dd("2016-04", MT_DMOD_APPROX),
                    aug = dd("2016-08", 0), day = dd("2017-10-05", 0),
                    fy = dd("FY2017", 0), jan18 = dd("2018-01", 0),
                    may18 = dd("2018-05", 0);
    assert_true(draft_dates_compatible(&m, &by));
    assert_true(draft_dates_compatible(&by, &y));
    assert_true(draft_dates_compatible(&m, &y));
    assert_true(draft_dates_compatible(&day, &m));
    assert_false(draft_dates_compatible(&apr, &aug));
    assert_false(draft_dates_compatible(&y, &jan18));
    assert_true(draft_dates_compatible(&fy, &jan18));
    assert_false(draft_dates_compatible(&fy, &may18));
    /* Late January holds the 21st to the 31st only. */
    mt_dossier_date late = dd("2024-01", MT_DMOD_END),
                    jan15 = dd("2024-01-15", 0), jan25 = dd("2024-01-25", 0),
                    jan = dd("2024-01", 0),
                    late_approx = dd("2024-01", MT_DMOD_END | MT_DMOD_APPROX);
    assert_false(draft_dates_compatible(&late, &jan15));
    assert_false(draft_dates_compatible(&jan15, &late));
    assert_true(draft_dates_compatible(&late, &jan25));
    assert_true(draft_dates_compatible(&late, &jan));
    assert_true(draft_dates_compatible(&late_approx, &jan15));
    assert_int_equal(draft_mods("approx"), MT_DMOD_APPROX);
    assert_int_equal(draft_mods("approx+start"),
                     MT_DMOD_APPROX | MT_DMOD_START);
    assert_int_equal(draft_mods("more_than"), 0);
}

/* 2017 from one source and 2017-10 from another merge into 2017-10 citing
 * both; 2016-04 and 2016-08 stay apart and the two intrusion dates are a
 * conflict. */
static void test_draft__merges_compatible_dates(void **state)
{
    (void)state;
    const char *a = "パスコは2017年に検知した。";
    const char *b = "PASCO detected it in October 2017.";
    const char *c = "パスコには2016年4月ごろから侵入の痕跡があった。";
    const char *e = "PASCO was breached in August 2016.";
    draft_span sa[] = {sp(DRAFT_ORG, a, "パスコ", "パスコ"),
                       sp(DRAFT_DATE, a, "2017年", "2017"),
                       sp(DRAFT_EVENT, a, "検知", "detection")};
    draft_span sb[] = {sp(DRAFT_ORG, b, "PASCO", "パスコ"),
                       sp(DRAFT_EVENT, b, "detected", "detection"),
                       sp(DRAFT_DATE, b, "October 2017", "2017-10")};
    draft_span sc[] = {sp(DRAFT_ORG, c, "パスコ", "パスコ"),
                       sp(DRAFT_DATE, c, "2016年4月ごろ", "2016-04"),
                       sp(DRAFT_EVENT, c, "侵入", "intrusion_start")};
    sc[1].mod = "approx";
    draft_span se[] = {sp(DRAFT_ORG, e, "PASCO", "パスコ"),
                       sp(DRAFT_EVENT, e, "breached", "intrusion_start"),
                       sp(DRAFT_DATE, e, "August 2016", "2016-08")};
    draft_sentence xa[] = {sent(a, sa, 3), sent(c, sc, 3)};
    draft_sentence xb[] = {sent(b, sb, 3), sent(e, se, 3)};
    draft_source srcs[] = {
        src(MT_KIND_OFFICIAL, "パスコ", "https://p.example/", "2020-02-06", xa,
            2),
        src(MT_KIND_MEDIA, "Wire", NULL, "2020-02-07", xb, 2),
    };
    srcs[1].lang = "en";
    draft_input in = {"p-1", "P", srcs, 2, NULL, 0, NULL, NULL, NULL};
    mt_dossier *d = NULL;
    assert_int_equal(draft_assemble(&d, &in, NULL), MT_OK);
    char *text = print(d);
    const char *tl = strstr(text, "## Timeline\n");
    assert_non_null(tl);
    assert_string_equal(
        tl, "## Timeline\n"
            "- 2016-04~ | パスコ | intrusion_start | "
            "パスコには2016年4月ごろから侵入の痕跡があった [1]\n"
            "- 2016-08 | パスコ | intrusion_start | "
            "PASCO was breached in August 2016. [2]\n"
            "- 2017-10 | パスコ | detection | パスコは2017年に検知した "
            "[1,2]\n"
            "- 2020-02-06 | パスコ | disclosure | t [1]\n\n"
            "## Conflicts\n"
            "- パスコ | date of intrusion_start | 2016-04~ [1] | "
            "2016-08 [2]\n");
    free(text);
    mt_dossier_free(d);
}

/* An entry stays recalled only while every account of it recalls: told
 * once now, by any path that merges (draft_add_event, or one entry
 * joining another), it is the incident's and stays in the timeline. */
static void test_draft__recalled_only_while_every_account_is(void **state)
{
    (void)state;
    ctx c;
    memset(&c, 0, sizeof c);
    c.st = MT_OK;
    mt_dossier_date dd = {{2011, 0, 0, 0}, 0};
    char *t1 = strdup("2011年の流出"), *t2 = strdup("leaked in 2011");
    assert_non_null(t1);
    assert_non_null(t2);
    event *e =
        draft_add_event(&c, &dd, 0, MT_EVENT_LEAK_POSSIBLE, t1, 1, false, true);
    assert_non_null(e);
    assert_true(e->recalled);
    e = draft_add_event(&c, &dd, 0, MT_EVENT_LEAK_POSSIBLE, t2, 2, false,
                        false);
    assert_int_equal(c.events.n, 1);
    assert_false(e->recalled);
    event a = {.recalled = true}, b = {.recalled = false, .named = true};
    draft_event_absorb(&a, &b);
    assert_false(a.recalled);
    assert_true(a.named);
    assert_int_equal(c.st, MT_OK);
    free(e->text);
    draft_cites_free(&e->cites);
    free(c.events.v);
}

/* A sentence ends as the extractor's segmenter ends one: 。！？ and their
 * ASCII forms, with closing quotes or brackets after them; a headline or
 * a caption does not. */
static void test_draft__full_sentence(void **state)
{
    (void)state;
    static const char *const full[] = {
        "顧客情報が流出した。", "顧客情報が流出した！", "流出したのか？",
        "「流出した。」",       "It leaked.",           "\"It leaked.\"",
        "It leaked!\n",         "（流出した。）",
    };
    static const char *const part[] = {
        "東映アニメが被害に 詳細は調査中",
        "Data Leak At Kamome",
        "（写真）",
        "",
    };
    for (size_t i = 0; i < sizeof full / sizeof full[0]; i++) {
        draft_sentence st = {0};
        st.text = full[i];
        st.len = strlen(full[i]);
        assert_true(draft_full_sentence(&st));
    }
    for (size_t i = 0; i < sizeof part / sizeof part[0]; i++) {
        draft_sentence st = {0};
        st.text = part[i];
        st.len = strlen(part[i]);
        assert_false(draft_full_sentence(&st));
    }
}

/* A conflict whose variants agree is dropped wherever it stands among
 * the conflicts kept: draft_conflict_add hands back the one already kept
 * for the organisation and fact, which need not be the last. */
static void test_draft__conflict_settled_in_place(void **state)
{
    (void)state;
    ctx c;
    memset(&c, 0, sizeof c);
    int one = 1, two = 2;
    mt_cites s1 = {&one, NULL, 1}, s2 = {&two, NULL, 1};
    conflict *k = draft_conflict_add(&c, 1, "what 5 counts");
    assert_non_null(k);
    draft_conflict_variant(&c, k, "5 people", &s1);
    k = draft_conflict_add(&c, 2, "how many people");
    assert_non_null(k);
    draft_conflict_variant(&c, k, "5", &s1);
    draft_conflict_variant(&c, k, "7", &s2);
    draft_conflict_settle(&c, k, true, false);
    assert_int_equal(c.conflicts.n, 2);
    k = draft_conflict_add(&c, 1, "what 5 counts");
    assert_ptr_equal(k, (conflict *)c.conflicts.v);
    draft_conflict_settle(&c, k, true, false);
    assert_int_equal(c.conflicts.n, 1);
    k = (conflict *)c.conflicts.v;
    assert_string_equal(k->about, "how many people");
    assert_int_equal(k->values.n, 2);
    draft_conflict_clear(k);
    free(c.conflicts.v);
    assert_int_equal(c.st, MT_OK);
}

/* draft_cues_of lists every row of a kind and no other, in the table's
 * order. */
static void test_draft__cues_by_kind(void **state)
{
    (void)state;
    draft_cues cu;
    mt_error err = {0};
    const char *root = getenv("MATOME_SRC");
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/data", root ? root : ".");
    if (draft_cues_load(&cu, dir, &err) != MT_OK)
        fail_msg("cues: %s", err.message);
    size_t total = 0;
    for (int k = 0; k < CUE_KIND_COUNT; k++) {
        size_t n, seen = 0;
        const size_t *rows = draft_cues_of(&cu, (draft_cue_kind)k, &n);
        for (size_t i = 0; i < cu.n; i++) {
            if (cu.kind[i] != (draft_cue_kind)k)
                continue;
            assert_true(seen < n);
            assert_int_equal(rows[seen++], i);
        }
        assert_int_equal(seen, n);
        total += n;
    }
    assert_int_equal(total, cu.n);
    size_t none;
    assert_null(draft_cues_of(&cu, CUE_KIND_COUNT, &none));
    assert_int_equal(none, 0);
    draft_cues_free(&cu);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_draft__print_round_trips_worked_example),
        cmocka_unit_test(test_draft__conflict_settled_in_place),
        cmocka_unit_test(test_draft__cues_by_kind),
        cmocka_unit_test(test_draft__print_exact_text),
        cmocka_unit_test(test_draft__print_refuses_what_the_format_cannot_say),
        cmocka_unit_test(test_draft__assembles_the_mini_incident),
        cmocka_unit_test(test_draft__always_validates),
        cmocka_unit_test(test_draft__dates_compatible_at_mixed_precision),
        cmocka_unit_test(test_draft__merges_compatible_dates),
        cmocka_unit_test(test_draft__recalled_only_while_every_account_is),
        cmocka_unit_test(test_draft__full_sentence),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
