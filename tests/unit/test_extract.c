/* Unit tests for src/extract: one group per rule family (absolute,
 * two-digit, era, relative, anaphoric dates; durations; quantities;
 * organisations; events; hedges; traps; sentences), exact spans and
 * values, and a linear-work check on pathological inputs. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/internal.h"
#include "extract/extract_internal.h"
#include "matome/extract.h"

static mt_extractor *ex;

static int setup(void **state)
{
    (void)state;
    mt_error err;
    mt_error_clear(&err);
    return mt_extractor_new(&ex, NULL, &err) == MT_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    mt_extractor_free(ex);
    return 0;
}

static mt_spans *run(const char *text, const char *ref)
{
    mt_extract_options o = MT_EXTRACT_OPTIONS_INIT;
    if (ref)
        assert_int_equal(mt_date_parse(&o.ref_date, ref, strlen(ref)), MT_OK);
    mt_spans *sp = NULL;
    assert_int_equal(mt_extract(ex, text, strlen(text), &o, &sp, NULL), MT_OK);
    return sp;
}

/* The span of this kind whose text is exactly `what` (first one after
 * byte `from`); fails the test when there is none. */
static const mt_span *find(const mt_spans *sp, const char *text,
                           mt_span_kind kind, const char *what)
{
    const char *at = strstr(text, what);
    assert_non_null(at);
    size_t start = (size_t)(at - text), end = start + strlen(what);
    for (size_t i = 0; i < mt_spans_count(sp); i++) {
        const mt_span *s = mt_spans_get(sp, i);
        if (s->kind == kind && s->start == start && s->end == end)
            return s;
    }
    fail_msg("no %s span '%s' at [%zu,%zu)", mt_span_kind_str(kind), what,
             start, end);
    return NULL;
}

static void expect(const char *text, const char *ref, mt_span_kind kind,
                   const char *what, const char *value, const char *mod)
{
    mt_spans *sp = run(text, ref);
    const mt_span *s = find(sp, text, kind, what);
    assert_string_equal(s->value, value);
    if (mod) {
        assert_non_null(s->mod);
        assert_string_equal(s->mod, mod);
    } else {
        assert_null(s->mod);
    }
    mt_spans_free(sp);
}

static size_t count_kind(const mt_spans *sp, mt_span_kind kind)
{
    size_t n = 0;
    for (size_t i = 0; i < mt_spans_count(sp); i++)
        n += mt_spans_get(sp, i)->kind == kind;
    return n;
}

static void test_extract__absolute_ja(void **state)
{
    (void)state;
    /* dateparser reads 2016年8月 as the year 3: must be 2016-08 */
    expect("同社は2016年8月に侵入された。", NULL, MT_SPAN_DATE, "2016年8月",
           "2016-08", NULL);
    expect("2016年8月6日に", NULL, MT_SPAN_DATE, "2016年8月6日", "2016-08-06",
           NULL);
    expect("２０１６年８月", NULL, MT_SPAN_DATE, "２０１６年８月", "2016-08",
           NULL);
    expect("二〇二〇年十二月二十八日", NULL, MT_SPAN_DATE,
           "二〇二〇年十二月二十八日", "2020-12-28", NULL);
    expect("2020/2/6に", NULL, MT_SPAN_DATE, "2020/2/6", "2020-02-06", NULL);
    expect("on 2020-02-06.", NULL, MT_SPAN_DATE, "2020-02-06", "2020-02-06",
           NULL);
    expect("2月6日（木）午前10時頃に", "2020-02-06", MT_SPAN_DATE,
           "2月6日（木）午前10時頃", "2020-02-06", "approx");
    expect("2021年度の", NULL, MT_SPAN_DATE, "2021年度", "FY2021", NULL);
    /* after Japanese a dash glues no number either: 4月1日-4月5日 ends
     * on a date of its own */
    expect("4月1日-4月5日に停止した", "2020-04-20", MT_SPAN_DATE, "4月5日",
           "2020-04-05", NULL);
    /* the fields of a reference: after Japanese a comma or a slash
     * glues no number to what went before */
    expect("検討,日本経済新聞,2019年9月6日", NULL, MT_SPAN_DATE, "2019年9月6日",
           "2019-09-06", NULL);
    expect("理由/日経クロステック/2022年8月2日", NULL, MT_SPAN_DATE,
           "2022年8月2日", "2022-08-02", NULL);
    /* a day written with dots */
    expect("(日経クロステック2020.06.10)", NULL, MT_SPAN_DATE, "2020.06.10",
           "2020-06-10", NULL);
}

static void test_extract__two_digit_years(void **state)
{
    (void)state;
    expect("16年4月ごろから", "2020-02-06", MT_SPAN_DATE, "16年4月ごろ",
           "2016-04", "approx");
    expect("17年10月に", "2020-02-06", MT_SPAN_DATE, "17年10月", "2017-10",
           NULL);
    expect("17年6月", "2020-02-06", MT_SPAN_DATE, "17年6月", "2017-06", NULL);
    /* a year a century back is one of the era before (平成30年), not 1930;
     * 98年 stays 1998 */
    expect("30年1月に流出した", "2021-01-22", MT_SPAN_DATE, "30年1月",
           "2018-01", NULL);
    expect("98年に設立", "2021-01-22", MT_SPAN_DATE, "98年", "1998", NULL);
}

static void test_extract__eras(void **state)
{
    (void)state;
    expect("平成31年に", NULL, MT_SPAN_DATE, "平成31年", "2019", NULL);
    expect("令和元年5月1日", NULL, MT_SPAN_DATE, "令和元年5月1日", "2019-05-01",
           NULL);
    expect("令和2年度", NULL, MT_SPAN_DATE, "令和2年度", "FY2020", NULL);
    expect("期限 R2.3.31 まで", NULL, MT_SPAN_DATE, "R2.3.31", "2020-03-31",
           NULL);
    expect("H31のデータ", NULL, MT_SPAN_DATE, "H31", "2019", NULL);
    expect("作成はH31", NULL, MT_SPAN_DATE, "H31", "2019", NULL);
    expect("作成日（H31）", NULL, MT_SPAN_DATE, "H31", "2019", NULL);
    expect("作成日　H31", NULL, MT_SPAN_DATE, "H31", "2019", NULL);
    expect("期間：H31〜R2", NULL, MT_SPAN_DATE, "H31", "2019", NULL);
    expect("資料(H31", NULL, MT_SPAN_DATE, "H31", "2019", NULL);
    expect("H31)の資料", NULL, MT_SPAN_DATE, "H31", "2019", NULL);
    /* Among Latin words, or opening a Japanese noun, a letter and a
     * number name something else. */
    static const char *const names[] = {
        "Keys sat in an Amazon S3 bucket; the H2 rocket.",
        "S3 buckets",
        "Amazon S3のバケット",
        "H2ロケット",
        "新型H2ロケット",
        "M1チップ"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        mt_spans *sp = run(names[i], NULL);
        assert_int_equal(count_kind(sp, MT_SPAN_DATE), 0);
        mt_spans_free(sp);
    }
}

static void test_extract__english_dates(void **state)
{
    (void)state;
    expect("On Feb. 6, 2020, the firm", NULL, MT_SPAN_DATE, "Feb. 6, 2020",
           "2020-02-06", NULL);
    expect("on 6 February 2020.", NULL, MT_SPAN_DATE, "6 February 2020",
           "2020-02-06", NULL);
    /* A comma may stand between the month and the year ("26 Dec, 2024,
     * 5:55 PM IST" under a link); not with no space after it. */
    expect("Hibari Sato 26 Dec, 2024, 5:55 PM IST", "2023-05-20", MT_SPAN_DATE,
           "26 Dec, 2024", "2024-12-26", NULL);
    expect("on 6 Feb,2020 people", "2023-05-20", MT_SPAN_DATE, "6 Feb",
           "2023-02-06", NULL);
    expect("in August 2016 the", NULL, MT_SPAN_DATE, "August 2016", "2016-08",
           NULL);
    expect("by late 2022.", NULL, MT_SPAN_DATE, "late 2022", "2022", "end");
    expect("in fiscal 2022", NULL, MT_SPAN_DATE, "fiscal 2022", "FY2022", NULL);
    expect("in Q1 2021", NULL, MT_SPAN_DATE, "Q1 2021", "2021-Q1", NULL);
    expect("last March", "2020-02-06", MT_SPAN_DATE, "last March", "2019-03",
           NULL);
    /* An abbreviation without its period is a month before a day or a
     * year only: "Jun 21" is a date, "Jun Sato" a man. */
    expect("NHK -- Jun 21", "2022-06-25", MT_SPAN_DATE, "Jun 21", "2022-06-21",
           NULL);
    expect("in Sept 2022 the", NULL, MT_SPAN_DATE, "Sept 2022", "2022-09",
           NULL);
    mt_spans *sp = run("Jun Sato and Jan Koum said so.", "2022-06-25");
    assert_int_equal(count_kind(sp, MT_SPAN_DATE), 0);
    mt_spans_free(sp);
    /* "on the 16th" renders a bare 16日: a day of the reference month,
     * of the month before when it lies more than a week ahead; "of this
     * month" and "of June" say which; a count ("the 3rd day"), a rank
     * ("the 15th most") and a compound ("the 5th-largest") are no date. */
    expect("Kanon Corp said on the 16th that", "2020-09-18", MT_SPAN_DATE,
           "on the 16th", "2020-09-16", NULL);
    expect("on the night of the 27th, Japan time", "2020-09-18", MT_SPAN_DATE,
           "night of the 27th", "2020-08-27", NULL);
    expect("In June it was hit; on the 12th of this month, a", "2020-09-18",
           MT_SPAN_DATE, "on the 12th of this month", "2020-09-12", NULL);
    expect("In June it was hit; on the 12th, a", "2020-09-18", MT_SPAN_DATE,
           "on the 12th", "2020-06-12", NULL);
    expect("on the 2nd of June, a", "2020-09-18", MT_SPAN_DATE,
           "on the 2nd of June", "2020-06-02", NULL);
    expect("on the 2nd of June 2019, a", "2020-09-18", MT_SPAN_DATE,
           "on the 2nd of June 2019", "2019-06-02", NULL);
    expect("on the 12th of last month, a", "2020-09-18", MT_SPAN_DATE,
           "on the 12th of last month", "2020-08-12", NULL);
    /* a rank (ordinal_nouns.tsv), a duration, a compound, a wrong suffix */
    const char *no_day[] = {"on the 3rd day of the outage",
                            "on the 15th most visited site",
                            "servers on the 2nd floor were hit",
                            "on the 5th-largest exchange",
                            "on the 1th",
                            "on the 40th"};
    for (size_t k = 0; k < sizeof no_day / sizeof *no_day; k++) {
        sp = run(no_day[k], "2020-09-18");
        assert_int_equal(count_kind(sp, MT_SPAN_DATE), 0);
        mt_spans_free(sp);
    }
}

/* A week (先週, "this week"): the month the week lies in, early, mid or
 * late when it lies in one third of it; no date when it runs over two
 * months. */
static void test_extract__weeks(void **state)
{
    (void)state;
    /* 2020-08-08 is a Saturday: this week is 3-8 August, last week 27
     * July to 2 August, and on Thursday the 20th last week is 10-16. */
    expect("was attacked this week.", "2020-08-08", MT_SPAN_DATE, "this week",
           "2020-08", "start");
    expect("今週、攻撃を受けた。", "2020-08-08", MT_SPAN_DATE, "今週",
           "2020-08", "start");
    expect("先週、攻撃を受けた。", "2020-08-20", MT_SPAN_DATE, "先週",
           "2020-08", NULL);
    /* 2025-08-20 is a Wednesday: last week is 11-17 August. */
    expect("It was hit last week.", "2025-08-20", MT_SPAN_DATE, "last week",
           "2025-08", "mid");
    mt_spans *sp = run("It was hit last week.", "2020-08-08");
    assert_int_equal(count_kind(sp, MT_SPAN_DATE), 0);
    mt_spans_free(sp);
    /* 「先週末」 on Wednesday the 19th: 10-16 August, mid-month, whatever
     * 末 says of the week. */
    expect("先週末に攻撃を受けた。", "2020-08-19", MT_SPAN_DATE, "先週末",
           "2020-08", NULL);
    /* A bound or a hedge after the week stays (先週から: from then). */
    expect("先週から障害が続いている。", "2020-08-19", MT_SPAN_DATE, "先週から",
           "2020-08", "after");
    expect("先週ごろに攻撃を受けた。", "2020-08-19", MT_SPAN_DATE, "先週ごろ",
           "2020-08", "approx");
    /* 17-23 August: the month, no third; "late" is of the week. */
    expect("It was hit late last week.", "2020-08-27", MT_SPAN_DATE,
           "late last week", "2020-08", NULL);
}

/* The weekday a date's text writes as the date or with it, for the draft
 * to place a page's days by (mt_span.weekday); -1 for any other. */
static void test_extract__weekday_of_a_date(void **state)
{
    (void)state;
    static const char t[] =
        "Kiri said on Tuesday. "
        "6月5日(月)に発生。同社は月曜日に発表。6月6日に続報。";
    mt_spans *sp = run(t, "2023-06-07");
    assert_int_equal(find(sp, t, MT_SPAN_DATE, "Tuesday")->weekday, 2);
    assert_int_equal(find(sp, t, MT_SPAN_DATE, "6月5日(月)")->weekday, 1);
    assert_int_equal(find(sp, t, MT_SPAN_DATE, "月曜日")->weekday, 1);
    assert_int_equal(find(sp, t, MT_SPAN_DATE, "6月6日")->weekday, -1);
    for (size_t i = 0; i < mt_spans_count(sp); i++)
        if (mt_spans_get(sp, i)->kind != MT_SPAN_DATE)
            assert_int_equal(mt_spans_get(sp, i)->weekday, -1);
    mt_spans_free(sp);
}

static void test_extract__relative_and_anaphora(void **state)
{
    (void)state;
    expect("昨年3月に", "2020-02-06", MT_SPAN_DATE, "昨年3月", "2019-03", NULL);
    expect("昨年3月に", NULL, MT_SPAN_DATE, "昨年3月", "XXXX-03", NULL);
    expect("2016年8月に侵入、同年10月に発覚", NULL, MT_SPAN_DATE, "同年10月",
           "2016-10", NULL);
    expect("2016年8月に侵入、同月中旬に発覚", NULL, MT_SPAN_DATE, "同月中旬",
           "2016-08", "mid");
    expect("2021年10月21日に検知し、翌22日に", NULL, MT_SPAN_DATE, "翌22日",
           "2021-10-22", NULL);
    expect("on March 3, 2020 and the next day", NULL, MT_SPAN_DATE,
           "the next day", "2020-03-04", NULL);
}

/* Dates written without a year or month, read against the publication
 * date: the nearest past reading, unless a schedule close ahead. */
static void test_extract__yearless_against_publication(void **state)
{
    (void)state;
    expect("同社は31日、", "2024-06-01", MT_SPAN_DATE, "31日", "2024-05-31",
           NULL);
    expect("同社は31日に", "2021-11-27", MT_SPAN_DATE, "31日", "2021-10-31",
           NULL);
    expect("26日に公表した。検知は31日", "2021-11-27", MT_SPAN_DATE, "31日",
           "2021-10-31", NULL);
    /* the month before lacks the day: the reference month's (a plan) */
    expect("同社は30日に", "2024-03-05", MT_SPAN_DATE, "30日", "2024-03-30",
           NULL);
    expect("同社は31日に", "2024-05-01", MT_SPAN_DATE, "31日", "2024-05-31",
           NULL);
    expect("同社は28日に", "2024-06-05", MT_SPAN_DATE, "28日", "2024-05-28",
           NULL);
    expect("10日に再開する", "2024-06-05", MT_SPAN_DATE, "10日", "2024-06-10",
           NULL);
    expect("12月に公表した", "2024-02-05", MT_SPAN_DATE, "12月", "2023-12",
           NULL);
    expect("4月22日から公開する", "2024-03-18", MT_SPAN_DATE, "4月22日から",
           "2024-04-22", "after");
    expect("on December 4", "2024-02-05", MT_SPAN_DATE, "December 4",
           "2023-12-04", NULL);
    /* a day that frames a statement after a month named as background is
     * the news' (the reference's); after a full date, or out of the
     * frame, the narrative's month */
    expect("5月に起きた流出の問題で、警察庁は24日、発表した", "2024-12-26",
           MT_SPAN_DATE, "24日", "2024-12-24", NULL);
    expect("5月20日に検知し、同社は24日、発表した", "2024-12-26", MT_SPAN_DATE,
           "24日", "2024-05-24", NULL);
    expect("5月に検知した。24日に発表した", "2024-12-26", MT_SPAN_DATE, "24日",
           "2024-05-24", NULL);
    /* a weekday written after the day places it: the year (a day alone:
     * the month) on either side where that day is that weekday */
    expect("6月5日(月)に検知した", "2024-03-25", MT_SPAN_DATE, "6月5日(月)",
           "2023-06-05", NULL);
    expect("6月5日(水)に検知した", "2024-03-25", MT_SPAN_DATE, "6月5日(水)",
           "2024-06-05", NULL);
    expect("5日(月)に検知した", "2024-03-25", MT_SPAN_DATE, "5日(月)",
           "2024-02-05", NULL);
    /* not more than three months after the reference: 2025-06-05 is a
     * Thursday, too late; the reading stays */
    expect("6月5日(木)に感染した", "2024-03-25", MT_SPAN_DATE, "6月5日(木)",
           "2024-06-05", NULL);
    /* a number spaced from its 月 and 日 after a list's mark */
    expect("- 6 月 5 日(月)対策本部設置", "2023-06-10", MT_SPAN_DATE,
           "6 月 5 日(月)", "2023-06-05", NULL);
    expect("設置した。\n- 6 月 6 日に報告", "2023-06-10", MT_SPAN_DATE,
           "6 月 6 日", "2023-06-06", NULL);
    /* not in English, nor after a hyphen inside a line, nor before a
     * kanji that runs on after the unit */
    static const char *const no_date[] = {
        "Windows 10 日本語版", "range 4- 6 月", "- 10 日本語版を配布"};
    for (size_t i = 0; i < MT_ARRAY_LEN(no_date); i++) {
        mt_spans *sp = run(no_date[i], "2024-03-25");
        assert_int_equal(count_kind(sp, MT_SPAN_DATE), 0);
        mt_spans_free(sp);
    }
}

static void test_extract__ranges(void **state)
{
    (void)state;
    const char *t = "2016年～17年にかけて";
    mt_spans *sp = run(t, "2020-02-06");
    assert_int_equal(mt_spans_count(sp), 2);
    assert_string_equal(find(sp, t, MT_SPAN_DATE, "2016年")->value, "2016");
    assert_string_equal(find(sp, t, MT_SPAN_DATE, "17年")->value, "2017");
    assert_null(find(sp, t, MT_SPAN_DATE, "17年")->mod);
    mt_spans_free(sp);
    t = "2016年8月から2017年3月まで";
    sp = run(t, NULL);
    assert_null(find(sp, t, MT_SPAN_DATE, "2016年8月")->mod);
    assert_null(find(sp, t, MT_SPAN_DATE, "2017年3月")->mod);
    mt_spans_free(sp);
    expect("2017年10月以降", NULL, MT_SPAN_DATE, "2017年10月以降", "2017-10",
           "after");
    /* The first day of 「7月4~6日」 lends its 日 from the range's end. */
    t = "障害は7月4~6日に続いた。";
    sp = run(t, "2023-07-26");
    assert_string_equal(find(sp, t, MT_SPAN_DATE, "7月4")->value, "2023-07-04");
    assert_string_equal(find(sp, t, MT_SPAN_DATE, "6日")->value, "2023-07-06");
    mt_spans_free(sp);
}

static void test_extract__durations(void **state)
{
    (void)state;
    expect("約10か月", NULL, MT_SPAN_DURATION, "約10か月", "P10M", "approx");
    expect("10ヶ月後に", NULL, MT_SPAN_DURATION, "10ヶ月後", "P10M", "after");
    expect("約3年半", NULL, MT_SPAN_DURATION, "約3年半", "P3Y6M", "approx");
    expect("3週間", NULL, MT_SPAN_DURATION, "3週間", "P3W", NULL);
    expect("半年前", "2020-02-06", MT_SPAN_DURATION, "半年前", "P6M", "before");
    /* A two-digit number of years with a bound is a count, not a year. */
    expect("10年近くにわたり", "2023-10-20", MT_SPAN_DURATION, "10年近く",
           "P10Y", "approx");
    expect("10年以上前から", "2023-10-20", MT_SPAN_DURATION, "10年以上前",
           "P10Y", "before");
    expect("17年前後に", "2023-10-20", MT_SPAN_DATE, "17年前後", "2017",
           "approx");
    expect("for 18 months.", NULL, MT_SPAN_DURATION, "18 months", "P18M", NULL);
    expect("more than two years earlier", NULL, MT_SPAN_DURATION,
           "more than two years earlier", "P2Y", "before");
}

static void test_extract__quantities(void **state)
{
    (void)state;
    const char *t = "計250件のうち231件、2万7445件、約7万8千件、"
                    "約1億2500万円、最大2万件、少なくとも5社";
    mt_spans *sp = run(t, NULL);
    const mt_span *s = find(sp, t, MT_SPAN_QUANTITY, "250件");
    assert_true(s->number == 250.0);
    assert_string_equal(s->unit, "件");
    assert_true(find(sp, t, MT_SPAN_QUANTITY, "231件")->number == 231.0);
    assert_true(find(sp, t, MT_SPAN_QUANTITY, "2万7445件")->number == 27445.0);
    s = find(sp, t, MT_SPAN_QUANTITY, "約7万8千件");
    assert_true(s->number == 78000.0);
    assert_string_equal(s->mod, "approx");
    s = find(sp, t, MT_SPAN_QUANTITY, "約1億2500万円");
    assert_string_equal(s->value, "125000000");
    assert_string_equal(s->unit, "円");
    assert_string_equal(find(sp, t, MT_SPAN_QUANTITY, "最大2万件")->mod,
                        "at_most");
    assert_string_equal(find(sp, t, MT_SPAN_QUANTITY, "少なくとも5社")->mod,
                        "at_least");
    mt_spans_free(sp);
    /* A bound before "about" keeps the bound and the whole figure. */
    t = "最大約35万件が流出";
    sp = run(t, NULL);
    s = find(sp, t, MT_SPAN_QUANTITY, "最大約35万件");
    assert_string_equal(s->mod, "at_most");
    assert_true(s->number == 350000.0);
    mt_spans_free(sp);
    t = "up to 1.2 million records and 27,445 files";
    sp = run(t, NULL);
    s = find(sp, t, MT_SPAN_QUANTITY, "up to 1.2 million records");
    assert_string_equal(s->value, "1200000");
    assert_string_equal(s->unit, "record");
    assert_string_equal(find(sp, t, MT_SPAN_QUANTITY, "27,445 files")->unit,
                        "file");
    mt_spans_free(sp);
    /* one hyphenated word between the figure and what it counts, and a
     * footnote mark after the figure; not two words */
    t = "some 41,000 French-speaking customers, 3,200* files and 90 old "
        "blue files";
    sp = run(t, NULL);
    s = find(sp, t, MT_SPAN_QUANTITY, "some 41,000 French-speaking customers");
    assert_string_equal(s->value, "41000");
    assert_string_equal(s->unit, "customer");
    assert_string_equal(find(sp, t, MT_SPAN_QUANTITY, "3,200* files")->value,
                        "3200");
    assert_int_equal(count_kind(sp, MT_SPAN_QUANTITY), 2);
    mt_spans_free(sp);
    /* a year before a hyphenated word counts nothing */
    t = "In 2016 US-based customers were hit.";
    sp = run(t, NULL);
    assert_int_equal(count_kind(sp, MT_SPAN_QUANTITY), 0);
    assert_int_equal(count_kind(sp, MT_SPAN_DATE), 1);
    mt_spans_free(sp);
    /* Data volumes: a symbol glued to the figure or after a space, a word
     * in either language, all in the symbol's unit; other ASCII words
     * need their space ("5G", "3rd", "40files" count nothing), a glued
     * symbol its case (10Gb: gigabits), and a rate is no amount
     * (5MB/s). */
    t = "stole 10TB, posted 2.62GB and 2.2 GB, about 3 terabytes; "
        "約1.7テラバイト、5G, 40files, 10Gb, 5MB/s";
    sp = run(t, NULL);
    s = find(sp, t, MT_SPAN_QUANTITY, "10TB");
    assert_string_equal(s->unit, "TB");
    assert_true(s->number == 10.0);
    s = find(sp, t, MT_SPAN_QUANTITY, "2.62GB");
    assert_string_equal(s->unit, "GB");
    assert_true(s->number > 2.6199 && s->number < 2.6201);
    assert_string_equal(find(sp, t, MT_SPAN_QUANTITY, "2.2 GB")->unit, "GB");
    assert_string_equal(
        find(sp, t, MT_SPAN_QUANTITY, "about 3 terabytes")->unit, "TB");
    assert_string_equal(find(sp, t, MT_SPAN_QUANTITY, "約1.7テラバイト")->unit,
                        "TB");
    assert_int_equal(count_kind(sp, MT_SPAN_QUANTITY), 5);
    mt_spans_free(sp);
}

static void test_extract__orgs(void **state)
{
    (void)state;
    expect("神鋼によると", NULL, MT_SPAN_ORG, "神鋼", "神戸製鋼所", NULL);
    /* a Latin name of several words before a Japanese form is whole */
    expect("専門調査機関の「Kamome Card Forensics株式会社」へ委託した", NULL,
           MT_SPAN_ORG, "Kamome Card Forensics株式会社",
           "Kamome Card Forensics株式会社", NULL);
    expect("調査はand Forensics株式会社が行った", NULL, MT_SPAN_ORG,
           "Forensics株式会社", "Forensics株式会社", NULL);
    expect("The Kamome Forensics株式会社が調べた", NULL, MT_SPAN_ORG,
           "Kamome Forensics株式会社", "Kamome Forensics株式会社", NULL);
    /* 有限公司, the form of Taiwanese and Hong Kong companies (股份有限公司) */
    expect("子会社である北辰股份有限公司が", NULL, MT_SPAN_ORG,
           "北辰股份有限公司", "北辰股份有限公司", NULL);
    /* the English name Japanese papers give a ministry */
    expect("a notice from the Economy, Trade and Industry Ministry said", NULL,
           MT_SPAN_ORG, "Economy, Trade and Industry Ministry", "経済産業省",
           NULL);
    /* the names the JR companies go by (data/orgs.tsv) */
    expect("JR九州によると", NULL, MT_SPAN_ORG, "JR九州", "九州旅客鉄道", NULL);
    expect("Kobe Steel Ltd. said", NULL, MT_SPAN_ORG, "Kobe Steel Ltd.",
           "神戸製鋼所", NULL);
    expect("株式会社パスコは", NULL, MT_SPAN_ORG, "株式会社パスコ", "パスコ",
           NULL);
    expect("the MOD said", NULL, MT_SPAN_ORG, "MOD", "防衛省", NULL);
    /* a known short Latin name after capitals and a hyphen ends another
     * name (a system called XYZ-NTT is not NTT's); not after a lower-case
     * prefix, nor before a hyphen, nor after a known name */
    {
        mt_spans *hy = run("the XYZ-NTT login page", NULL);
        assert_int_equal(count_kind(hy, MT_SPAN_ORG), 0);
        mt_spans_free(hy);
        hy = run("a non-NTT unit, an NTT-owned unit and the 2-NTT line", NULL);
        assert_int_equal(count_kind(hy, MT_SPAN_ORG), 2);
        mt_spans_free(hy);
        /* two known names joined by a hyphen are two */
        hy = run("a NEC-NTT venture", NULL);
        assert_int_equal(count_kind(hy, MT_SPAN_ORG), 2);
        mt_spans_free(hy);
    }
    expect("株式会社ホシノ精機は", NULL, MT_SPAN_ORG, "株式会社ホシノ精機",
           "株式会社ホシノ精機", NULL);
    expect("and Acme Widgets Corp. said", NULL, MT_SPAN_ORG,
           "Acme Widgets Corp.", "Acme Widgets Corp.", NULL);
    /* PLC; a school district and a council end a name; the article
     * that opens a sentence is no part of it */
    expect("a filing by Hibari Books PLC said", NULL, MT_SPAN_ORG,
           "Hibari Books PLC", "Hibari Books PLC", NULL);
    expect("Kamome Valley School District was hit", NULL, MT_SPAN_ORG,
           "Kamome Valley School District", "Kamome Valley School District",
           NULL);
    expect("The Tsugumi Council said", NULL, MT_SPAN_ORG, "Tsugumi Council",
           "Tsugumi Council", NULL);
    expect("A Hibari Clinic spokesperson said", NULL, MT_SPAN_ORG,
           "Hibari Clinic", "Hibari Clinic", NULL);
    /* an airline's name ends in Airlines or Airways */
    expect("members of Kamome Airlines were told", NULL, MT_SPAN_ORG,
           "Kamome Airlines", "Kamome Airlines", NULL);
    expect("members of Tsugumi Airways were told", NULL, MT_SPAN_ORG,
           "Tsugumi Airways", "Tsugumi Airways", NULL);
    /* a prefix form opens a name of capitalised words and stays in it,
     * with its capital; without them it names nothing, and after a
     * capitalised word it opens none (the shorter form ends that name) */
    expect("the city of Kamome Falls said its systems were down", NULL,
           MT_SPAN_ORG, "city of Kamome Falls", "City of Kamome Falls", NULL);
    expect("the county of Kamome restored its network", NULL, MT_SPAN_ORG,
           "county of Kamome", "County of Kamome", NULL);
    expect("The University of Tsugumi was hit", NULL, MT_SPAN_ORG,
           "University of Tsugumi", "University of Tsugumi", NULL);
    expect("Kamome Bank of Commerce said", NULL, MT_SPAN_ORG, "Kamome Bank",
           "Kamome Bank", NULL);
    static const char *const of_forms[] = {
        "Town of Hibari",    "town of Hibari", "County of Hibari",
        "Village of Hibari", "Bank of Hibari", "College of Hibari",
        "Borough of Hibari"};
    for (size_t i = 0; i < MT_ARRAY_LEN(of_forms); i++) {
        char text[64];
        snprintf(text, sizeof text, "staff at the %s said", of_forms[i]);
        mt_spans *sp = run(text, NULL);
        find(sp, text, MT_SPAN_ORG, of_forms[i]);
        mt_spans_free(sp);
    }
    mt_spans *city = run("a city of 70,000 people", NULL);
    assert_int_equal(count_kind(city, MT_SPAN_ORG), 0);
    mt_spans_free(city);
    expect("An Ohashi Clinic nurse said", NULL, MT_SPAN_ORG, "Ohashi Clinic",
           "Ohashi Clinic", NULL);
    expect("A report by The Kamome Times said", NULL, MT_SPAN_ORG,
           "The Kamome Times", "The Kamome Times", NULL);
    mt_spans *none = run("The Council said it was hit.", NULL);
    assert_int_equal(count_kind(none, MT_SPAN_ORG), 0);
    mt_spans_free(none);
    expect("staff at Hibari Clinic said", NULL, MT_SPAN_ORG, "Hibari Clinic",
           "Hibari Clinic", NULL);
    /* such a name and a legal form after it are one name, as written;
     * a name a table knows keeps the table's */
    expect("staff at Hibari Clinic, Inc. said", NULL, MT_SPAN_ORG,
           "Hibari Clinic, Inc.", "Hibari Clinic, Inc.", NULL);
    expect("KDDI Corp. said", NULL, MT_SPAN_ORG, "KDDI", "KDDI", NULL);
    /* Singapore's and Malaysia's forms, their first word abbreviated */
    expect("a server at Kamome Trading Pte. Ltd. in the city", NULL,
           MT_SPAN_ORG, "Kamome Trading Pte. Ltd.", "Kamome Trading Pte. Ltd.",
           NULL);
    expect("staff of Hibari Foods Sdn. Bhd. said", NULL, MT_SPAN_ORG,
           "Hibari Foods Sdn. Bhd.", "Hibari Foods Sdn. Bhd.", NULL);
    expect("students of Kamome College were told", NULL, MT_SPAN_ORG,
           "Kamome College", "Kamome College", NULL);
    expect("patients of Tsugumi Medical Center were told", NULL, MT_SPAN_ORG,
           "Tsugumi Medical Center", "Tsugumi Medical Center", NULL);
    /* a minister speaks for the ministry (a person's name before the
     * title) */
    expect("ヒバリ一郎国土交通相は18日", NULL, MT_SPAN_ORG, "国土交通相",
           "国土交通省", NULL);
    expect("経産相は", NULL, MT_SPAN_ORG, "経産相", "経済産業省", NULL);
    /* titles that name other countries' ministers too, or that other
     * words hold (財務相談), are no aliases */
    mt_spans *fx = run("英国の財務相と財務相談窓口、外務相会合", NULL);
    for (size_t i = 0; i < mt_spans_count(fx); i++)
        assert_int_not_equal(mt_spans_get(fx, i)->kind, MT_SPAN_ORG);
    mt_spans_free(fx);
    /* the wire services' style, without the full stop */
    expect("Acme Widgets Corp said", NULL, MT_SPAN_ORG, "Acme Widgets Corp",
           "Acme Widgets Corp", NULL);
    expect("Kamome Inc and others", NULL, MT_SPAN_ORG, "Kamome Inc",
           "Kamome Inc", NULL);
    /* an outlet's ending makes its name (data/legal_forms.tsv, eninst) */
    expect("the firm told Tyre Weekly that", NULL, MT_SPAN_ORG, "Tyre Weekly",
           "Tyre Weekly", NULL);
    /* a space after the form; a full stop between letters is the name's */
    expect("子会社の株式会社 i.JTB(アイドット)は", NULL, MT_SPAN_ORG,
           "株式会社 i.JTB", "株式会社 i.JTB", NULL);
    expect("株式会社DMM.comのグループ", NULL, MT_SPAN_ORG, "株式会社DMM.com",
           "株式会社DMM.com", NULL);
    /* a known Latin name run on into katakana names a unit of its own;
     * one that says only what kind is the group itself */
    expect("NTTコミュニケーションズは発表した", NULL, MT_SPAN_ORG,
           "NTTコミュニケーションズ", "NTTコミュニケーションズ", NULL);
    expect("KADOKAWAグループの情報", NULL, MT_SPAN_ORG, "KADOKAWA", "KADOKAWA",
           NULL);
    /* a company's name run on into its unit's is the unit's
     * (data/org_units.tsv for the English words): a kanji name into
     * katakana, a Japanese name into capitals, an English name into unit
     * words, however many, and no further */
    expect("日立カモメは発表した", NULL, MT_SPAN_ORG, "日立カモメ",
           "日立カモメ", NULL);
    expect("トヨタUSAが発表した", NULL, MT_SPAN_ORG, "トヨタUSA", "トヨタUSA",
           NULL);
    expect("Hitachi Energy Blames Its Vendor", NULL, MT_SPAN_ORG,
           "Hitachi Energy", "Hitachi Energy", NULL);
    expect("Toyota Canada Finance said", NULL, MT_SPAN_ORG,
           "Toyota Canada Finance", "Toyota Canada Finance", NULL);
    expect("a letter from Hitachi USA.", NULL, MT_SPAN_ORG, "Hitachi USA",
           "Hitachi USA", NULL);
    expect("Hitachi U.S.A. said", NULL, MT_SPAN_ORG, "Hitachi U.S.A.",
           "Hitachi U.S.A.", NULL);
    expect("Hitachi Says It Was Hit", NULL, MT_SPAN_ORG, "Hitachi",
           "日立製作所", NULL);
    /* capitalised words joined by hyphens make another name (and its
     * unit's); a lower-case one still refers to the company */
    expect("aimed at Hitachi-Kamome USA, was", NULL, MT_SPAN_ORG,
           "Hitachi-Kamome USA", "Hitachi-Kamome USA", NULL);
    expect("a Hitachi-Kamome-Tsugumi plant", NULL, MT_SPAN_ORG,
           "Hitachi-Kamome-Tsugumi", "Hitachi-Kamome-Tsugumi", NULL);
    expect("the Hitachi-owned plant", NULL, MT_SPAN_ORG, "Hitachi",
           "日立製作所", NULL);
    expect("Hitachi-Owned Plant Hit by Cyberattack", NULL, MT_SPAN_ORG,
           "Hitachi", "日立製作所", NULL);
    /* a product's word is not a unit (data/org_products.tsv) */
    expect("楽天IDが乗っ取られた", NULL, MT_SPAN_ORG, "楽天", "楽天グループ",
           NULL);
    /* a katakana name is never cut from a longer katakana word */
    mt_spans *kk = run("トヨタカモメが発表した", NULL);
    assert_int_equal(count_kind(kk, MT_SPAN_ORG), 0);
    mt_spans_free(kk);
    /* a body's name is not run on (the agency's bureau is the agency's),
     * nor an outlet's */
    expect("警察庁サイバー警察局が", NULL, MT_SPAN_ORG, "警察庁", "警察庁",
           NULL);
    expect("Reuters Asia reported", NULL, MT_SPAN_ORG, "Reuters", "Reuters",
           NULL);
    /* and so is one that names its product (data/org_products.tsv) */
    expect("Googleアカウントが乗っ取られた", NULL, MT_SPAN_ORG, "Google",
           "Google", NULL);
    /* a company's site or loyalty programme is the company's */
    expect("日産自動車ホームページが閲覧できない", NULL, MT_SPAN_ORG,
           "日産自動車", "日産自動車", NULL);
    expect("ANAマイレージクラブの会員", NULL, MT_SPAN_ORG, "ANA", "全日本空輸",
           NULL);
    /* ・ separates two names; a longer katakana word hides a short one */
    expect("トヨタ・日産の工場が止まった", NULL, MT_SPAN_ORG, "トヨタ",
           "トヨタ自動車", NULL);
    /* a jakey form (data/legal_forms.tsv) makes no name: the draft only
     * compares it away */
    mt_spans *jk = run("医療法人ツグミ会は発表した", NULL);
    assert_int_equal(count_kind(jk, MT_SPAN_ORG), 0);
    mt_spans_free(jk);
    mt_spans *pc = run("パスコンを買った", NULL);
    assert_int_equal(count_kind(pc, MT_SPAN_ORG), 0);
    mt_spans_free(pc);
    /* "mod" in lower case is not the ministry */
    mt_spans *sp = run("a game mod was released", NULL);
    assert_int_equal(count_kind(sp, MT_SPAN_ORG), 0);
    mt_spans_free(sp);
    /* A listed company's English name (EDINET's "With Us") is a name
     * only with its capitals: page clutter says "Connect with us". */
    sp = run("Connect with us", NULL);
    assert_int_equal(count_kind(sp, MT_SPAN_ORG), 0);
    mt_spans_free(sp);
    expect("With Us Corporation said", NULL, MT_SPAN_ORG, "With Us Corporation",
           "ウィザス", NULL);
    /* After a lower-case "the", an institutional name takes all its
     * capitalised words; a headline's capitals stay cut to two. */
    expect("the Kaede Harbor Transportation Association said", NULL,
           MT_SPAN_ORG, "Kaede Harbor Transportation Association",
           "Kaede Harbor Transportation Association", NULL);
    expect("Ransomware Gang Say Kaede Hospital Paid", NULL, MT_SPAN_ORG,
           "Say Kaede Hospital", "Say Kaede Hospital", NULL);
    /* A known name that opens a longer one with a form is that unit's
     * name, whole (not NTT beside "Business Solutions Corp."). */
    sp = run("a worker at NTT Business Solutions Corp. took it", NULL);
    assert_int_equal(count_kind(sp, MT_SPAN_ORG), 1);
    mt_spans_free(sp);
    expect("a worker at NTT Business Solutions Corp. took it", NULL,
           MT_SPAN_ORG, "NTT Business Solutions Corp.",
           "NTT Business Solutions Corp.", NULL);
    /* Letters news writes as a word are no listed company's short
     * name (SMS; scripts/gen-orgs-edinet TECH_TERMS). */
    sp = run("通話履歴やSMS送受信先を閲覧できた", NULL);
    assert_int_equal(count_kind(sp, MT_SPAN_ORG), 0);
    mt_spans_free(sp);
    sp = run("hackers got past its IPS and firewall", NULL);
    assert_int_equal(count_kind(sp, MT_SPAN_ORG), 0);
    mt_spans_free(sp);
    /* So is a group's (Tick): "a tick box" names none. */
    sp = run("Click the tick box", NULL);
    assert_int_equal(count_kind(sp, MT_SPAN_ORG), 0);
    mt_spans_free(sp);
    expect("researchers blamed Tick for it", NULL, MT_SPAN_ORG, "Tick", "Tick",
           NULL);
    /* A table name's newspaper short form (org_short.tsv): 七十七銀 is
     * 七十七銀行. */
    expect("七十七銀は金融庁に報告した", NULL, MT_SPAN_ORG, "七十七銀",
           "七十七銀行", NULL);
    /* An insurer's too (三井住友海上, かんぽ生命), whole, not cut at its
     * first word (三井). */
    expect("三井住友海上が業務を委託している", NULL, MT_SPAN_ORG,
           "三井住友海上", "三井住友海上火災保険", NULL);
    expect("かんぽ生命は発表した", NULL, MT_SPAN_ORG, "かんぽ生命",
           "かんぽ生命保険", NULL);
}

/* A bad row of org_short.tsv fails the extractor with file and line. */
/* The data files of MATOME_DATA with file replaced by text: the
 * extractor refuses them, naming the file, the line and what is wrong. */
static void refused(const char *file, const char *text, long line,
                    const char *what)
{
    const char *data = getenv("MATOME_DATA");
    assert_non_null(data);
    char dir[] = "/tmp/matome-extract-XXXXXX";
    assert_non_null(mkdtemp(dir));
    DIR *d = opendir(data);
    assert_non_null(d);
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n < 5 || strcmp(e->d_name + n - 4, ".tsv") != 0 ||
            strcmp(e->d_name, file) == 0)
            continue;
        char from[PATH_MAX], to[PATH_MAX];
        snprintf(from, sizeof from, "%s/%s", data, e->d_name);
        snprintf(to, sizeof to, "%s/%s", dir, e->d_name);
        assert_int_equal(symlink(from, to), 0);
    }
    closedir(d);
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    mt_extractor *x = NULL;
    mt_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(mt_extractor_new(&x, dir, &err), MT_ERR_INPUT);
    assert_null(x);
    assert_int_equal(err.line, line);
    assert_non_null(strstr(err.where, file));
    assert_non_null(strstr(err.message, what));
    d = opendir(dir);
    assert_non_null(d);
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        remove(path);
    }
    closedir(d);
    rmdir(dir);
}

static void test_extract__bad_short_endings(void **state)
{
    (void)state;
    refused("org_short.tsv", "ending\tshort\n銀行\t銀\n銀\t銀行\n", 3,
            "bad ending or short form");
    /* a prefix opens a ja or an en name; jagov and eninst are endings */
    refused("legal_forms.tsv",
            "form\tposition\tscript\n株式会社\tprefix\tja\n"
            "省\tprefix\tjagov\n",
            3, "a prefix form takes script ja or en");
    /* an ordinal day is a bare day: no anchor of its own, no offset */
    refused("relative.tsv",
            "word\tanchor\tunit\toffset\non the\tprev\tordinal\t0\n"
            "the\tref\tordinal\t0\n",
            3, "an ordinal day takes anchor prev, offset 0");
    /* a counter is glued or not: nothing else says which */
    refused("counters.tsv", "word\tunit\tglued\nTB\tTB\tyes\nGB\tGB\ty\n", 3,
            "glued is neither yes nor -");
}

static void test_extract__events_and_hedges(void **state)
{
    (void)state;
    const char *t = "情報の流出は確認されていない。北朝鮮の関与が疑われる。";
    mt_spans *sp = run(t, NULL);
    const mt_span *s = find(sp, t, MT_SPAN_EVENT, "流出");
    assert_string_equal(s->type, "leak_possible");
    assert_string_equal(find(sp, t, MT_SPAN_HEDGE, "確認されていない")->value,
                        "not_confirmed");
    assert_string_equal(find(sp, t, MT_SPAN_EVENT, "関与")->type,
                        "attribution");
    assert_string_equal(find(sp, t, MT_SPAN_HEDGE, "疑われる")->value,
                        "suspected");
    mt_spans_free(sp);
    t = "流出はないとしている";
    sp = run(t, NULL);
    assert_string_equal(find(sp, t, MT_SPAN_HEDGE, "流出はない")->value,
                        "denied");
    assert_string_equal(find(sp, t, MT_SPAN_EVENT, "流出")->type,
                        "leak_possible");
    mt_spans_free(sp);
    expect("data may have been stolen", NULL, MT_SPAN_HEDGE, "may have",
           "possible", NULL);
    expect("it has not been confirmed", NULL, MT_SPAN_HEDGE,
           "has not been confirmed", "not_confirmed", NULL);
    /* What real notices and articles write (data/hedges.tsv). */
    expect("so far there were no leaks of client files", NULL, MT_SPAN_HEDGE,
           "no leaks", "denied", NULL);
    expect("so far, leaks of customer data have not been detected", NULL,
           MT_SPAN_HEDGE, "not been detected", "not_confirmed", NULL);
    expect("apologised for a possible data leak", NULL, MT_SPAN_HEDGE,
           "possible data", "possible", NULL);
    expect("there was a possibility that data on 271 firms leaked", NULL,
           MT_SPAN_HEDGE, "a possibility", "possible", NULL);
    expect("raising the possibility that mail was used", NULL, MT_SPAN_HEDGE,
           "possibility that", "possible", NULL);
    expect("looking into the possibility of a breach", NULL, MT_SPAN_HEDGE,
           "possibility of", "possible", NULL);
    expect("no sign of misuse was found", NULL, MT_SPAN_HEDGE, "no sign of",
           "not_confirmed", NULL);
    expect("個人情報29万件以上漏えいか", NULL, MT_SPAN_HEDGE, "漏えいか",
           "suspected", NULL);
    expect("流出の可能性は低いとしている", NULL, MT_SPAN_HEDGE, "可能性は低い",
           "not_confirmed", NULL);
    /* a phrase listed with ' matches its typographic spelling */
    expect("They couldn’t confirm a leak.", NULL, MT_SPAN_HEDGE,
           "couldn’t confirm", "not_confirmed", NULL);
    /* the police sources a story cites, and the police named as a body
     * (捜査機関), are no investigation (traps.tsv); the police's own
     * inquiry is */
    t = "方針を固めたことが捜査関係者への取材で分かった。捜査機関に相談した。"
        "捜査当局に届けた。県警が捜査している。";
    sp = run(t, NULL);
    assert_int_equal(count_kind(sp, MT_SPAN_EVENT), 1);
    for (size_t i = 0; i < mt_spans_count(sp); i++) {
        const mt_span *x = mt_spans_get(sp, i);
        if (x->kind == MT_SPAN_EVENT)
            assert_int_equal(x->start, (size_t)(strstr(t, "県警が捜査") - t) +
                                           strlen("県警が"));
    }
    mt_spans_free(sp);
    /* people infected with a disease are no infected machines; the
     * server infected is */
    t = "都の新型コロナウイルスの新規感染者数が増え、感染症が広がる。"
        "The number of infected cases rose. サーバーが感染した。";
    sp = run(t, NULL);
    assert_int_equal(count_kind(sp, MT_SPAN_EVENT), 1);
    for (size_t i = 0; i < mt_spans_count(sp); i++) {
        const mt_span *x = mt_spans_get(sp, i);
        if (x->kind == MT_SPAN_EVENT)
            assert_int_equal(x->start,
                             (size_t)(strstr(t, "サーバーが感染") - t) +
                                 strlen("サーバーが"));
    }
    mt_spans_free(sp);
    /* an event named with its year is no date; the year alone is */
    t = "not a Tokyo 2020 system; a supplier for the 2020 Olympic Games. "
        "In 2020 it grew.";
    sp = run(t, NULL);
    assert_int_equal(count_kind(sp, MT_SPAN_DATE), 1);
    for (size_t i = 0; i < mt_spans_count(sp); i++) {
        const mt_span *x = mt_spans_get(sp, i);
        if (x->kind == MT_SPAN_DATE)
            assert_int_equal(x->start, (size_t)(strstr(t, "In 2020") - t) +
                                           strlen("In "));
    }
    mt_spans_free(sp);
    /* a name's year written on as a date is the date's */
    expect("本社はTokyo 2020年7月に移った", NULL, MT_SPAN_DATE, "2020年7月",
           "2020-07", NULL);
    /* a flaw someone found is no detection of the attack; the attack
     * found is */
    t = "It used a newly discovered vulnerability and other discovered "
        "flaws. Staff discovered the intrusion.";
    sp = run(t, NULL);
    assert_int_equal(count_kind(sp, MT_SPAN_EVENT),
                     2); /* discovered, intrusion */
    mt_spans_free(sp);
    /* what data held is no containment; the attack contained is, and
     * so is one contained within a day or in the first week */
    t = "The attack was contained within a day. It was contained in the "
        "first week of May.";
    sp = run(t, NULL);
    assert_int_equal(count_kind(sp, MT_SPAN_EVENT), 2);
    mt_spans_free(sp);
    t = "The records contained in the database and the link contained "
        "within the mail were old. The attack was contained in April.";
    sp = run(t, NULL);
    assert_int_equal(count_kind(sp, MT_SPAN_EVENT), 1); /* contained */
    mt_spans_free(sp);
    expect("外部への流出の痕跡は認められず、監視を続ける", NULL, MT_SPAN_HEDGE,
           "認められず", "not_confirmed", NULL);
    expect("被害を受けたという報告もないと説明した", NULL, MT_SPAN_HEDGE,
           "という報告もない", "not_confirmed", NULL);
    expect("checks found possible leaks of client files", NULL, MT_SPAN_HEDGE,
           "possible leaks", "possible", NULL);
    /* "not yet confirmed" is no confirmation: the longer phrase wins over
     * "confirmed" inside it */
    expect("the firm has not yet confirmed who was behind it", NULL,
           MT_SPAN_HEDGE, "not yet confirmed", "not_confirmed", NULL);
    expect("the firm has made no such claims", NULL, MT_SPAN_HEDGE,
           "no such claims", "not_confirmed", NULL);
    expect("a spokesperson declined to confirm the figure", NULL, MT_SPAN_HEDGE,
           "declined to confirm", "not_confirmed", NULL);
    expect("情報の流出は確認できないとしている", NULL, MT_SPAN_HEDGE,
           "確認できない", "not_confirmed", NULL);
    /* detections as English news words them */
    const char *sp_text = "the company spotted the intrusion on Monday and "
                          "uncovered a second one";
    mt_spans *sp2 = run(sp_text, NULL);
    assert_string_equal(find(sp2, sp_text, MT_SPAN_EVENT, "spotted")->type,
                        "detection");
    assert_string_equal(find(sp2, sp_text, MT_SPAN_EVENT, "uncovered")->type,
                        "detection");
    mt_spans_free(sp2);
}

static void test_extract__traps(void **state)
{
    (void)state;
    static const char *const traps[] = {
        "毎日新聞によると一時的に十分な一体の",
        "バージョン2.4.1を",
        "7.18メートルの",
        "1/50の確率",
        "電話03-1234-5678まで",
        "Windows 10 and version 10.2",
        "50%の",
        "version 2020.06 and 2020.06.10.1",
        "build 2020.06.10 of the app",
        "v1,2020",
        /* a word that holds a numeral (同一: the same) */
        "いずれも同一名義の口座で、唯一の手がかりだった",
    };
    /* a rate counts per unit: mod per, which the draft leaves out */
    expect("被害額は1人当たり約300万円", NULL, MT_SPAN_QUANTITY, "1人当たり",
           "1", "per");
    for (size_t i = 0; i < MT_ARRAY_LEN(traps); i++) {
        mt_spans *sp = run(traps[i], "2020-02-06");
        assert_int_equal(count_kind(sp, MT_SPAN_DATE), 0);
        assert_int_equal(count_kind(sp, MT_SPAN_DURATION), 0);
        assert_int_equal(count_kind(sp, MT_SPAN_QUANTITY), 0);
        mt_spans_free(sp);
    }
}

static void test_extract__sentences(void **state)
{
    (void)state;
    const char *t = "同社は「調査中だ。詳細は後日。」と述べた。次の文。"
                    "Kobe Steel Ltd. said on Feb. 6 that 1.2 million files "
                    "leaked. It added more.";
    mt_spans *sp = NULL;
    assert_int_equal(
        mt_extract_sentences(ex, t, strlen(t), MT_LANG_AUTO, &sp, NULL), MT_OK);
    assert_int_equal(mt_spans_count(sp), 4);
    const mt_span *s = mt_spans_get(sp, 0);
    assert_int_equal(s->kind, MT_SPAN_SENTENCE);
    assert_int_equal(s->start, 0);
    assert_int_equal(s->end,
                     strlen("同社は「調査中だ。詳細は後日。」と述べた。"));
    s = mt_spans_get(sp, 2);
    assert_memory_equal(t + s->start, "Kobe Steel Ltd. said", 20);
    assert_memory_equal(t + s->end - 7, "leaked.", 7);
    mt_spans_free(sp);
}

/* A line of Latin letters ends where the next line opens in Japanese (a
 * site's name over a headline); an English line still runs on into the
 * next English one (text wrapped at a line's end). */
static void test_extract__latin_line_over_japanese(void **state)
{
    (void)state;
    const char *t = "Hibari\nHibari\n暗号資産の交換業者に不正アクセス\n\n"
                    "Kiri Clinic said on May 4 that\nits servers were hit.";
    mt_spans *sp = NULL;
    assert_int_equal(
        mt_extract_sentences(ex, t, strlen(t), MT_LANG_AUTO, &sp, NULL), MT_OK);
    assert_int_equal(mt_spans_count(sp), 3);
    const mt_span *s = mt_spans_get(sp, 0);
    assert_int_equal(s->end - s->start, strlen("Hibari\nHibari"));
    s = mt_spans_get(sp, 2);
    assert_memory_equal(t + s->end - 4, "hit.", 4);
    mt_spans_free(sp);
}

static void test_extract__offsets_are_input_bytes(void **state)
{
    (void)state;
    /* full-width digits are folded while scanning, never copied: the
     * span covers the original bytes */
    const char *t = "\u3000２０１６年８月";
    mt_spans *sp = run(t, NULL);
    assert_int_equal(mt_spans_count(sp), 1);
    assert_int_equal(mt_spans_get(sp, 0)->start, 3);
    assert_int_equal(mt_spans_get(sp, 0)->end, strlen(t));
    mt_spans_free(sp);
}

/* Work is linear: the scanner counts the bytes its trie walks may visit
 * and the bytes its number parser reads (mt_ex_work).  Doubling a
 * pathological input may at most double that count (plus a constant),
 * which a quadratic rescan would not; and every span stays inside. */
static size_t work_for(const char *unit, size_t reps)
{
    size_t ul = strlen(unit);
    char *t = malloc(ul * reps + 1);
    assert_non_null(t);
    for (size_t i = 0; i < reps; i++)
        memcpy(t + i * ul, unit, ul);
    t[ul * reps] = '\0';
    mt_spans *sp = NULL;
    assert_int_equal(mt_extract(ex, t, ul * reps, NULL, &sp, NULL), MT_OK);
    for (size_t i = 0; i < mt_spans_count(sp); i++)
        assert_true(mt_spans_get(sp, i)->end <= ul * reps);
    mt_spans_free(sp);
    size_t w = 0;
    assert_int_equal(mt_ex_work(ex, t, ul * reps, &w), MT_OK);
    free(t);
    return w;
}

static void pathological(const char *unit, size_t reps)
{
    size_t w1 = work_for(unit, reps);
    size_t w2 = work_for(unit, 2 * reps);
    if (w2 > 2 * w1 + 4096)
        print_message("%s x %zu: work %zu then %zu\n", unit, reps, w1, w2);
    assert_true(w2 <= 2 * w1 + 4096);
    /* and bounded per input byte: a few walks, each no deeper than the
     * deepest key */
    assert_true(w2 <= 2 * reps * strlen(unit) * 16u * (ex->maxdepth + 1u));
}

static void test_extract__pathological_inputs(void **state)
{
    (void)state;
    /* a trie walk visits at most maxdepth bytes, whatever the input; the
     * longest keys are organisation names of about 30 characters (93
     * bytes: パン・パシフィック・インターナショナルホールディングス with its
     * legal form) */
    assert_true(ex->maxdepth < 128);
    pathological("1", 100000);   /* 100,000 then 200,000 digits */
    pathological("年", 1 << 18); /* 768 KiB of 年年年 */
    pathological("「（(", 100000);
    pathological("一", 100000);
    pathological("1,", 100000);
    pathological("2016年", 20000);
    pathological("1.", 50000);
    pathological("同年", 50000);
    pathological("約", 50000);
    /* sentences over nested brackets */
    char *t = malloc(300001);
    assert_non_null(t);
    for (int i = 0; i < 100000; i++)
        memcpy(t + 3 * i, "「", 3);
    t[300000] = '\0';
    mt_spans *sp = NULL;
    assert_int_equal(mt_extract_sentences(ex, t, 300000, MT_LANG_JA, &sp, NULL),
                     MT_OK);
    assert_int_equal(mt_spans_count(sp), 1);
    mt_spans_free(sp);
    free(t);
}

/* One extractor, four threads: each gets the same spans as a
 * single-threaded run (the extractor is immutable after construction). */
static const char *const thread_text =
    "神戸製鋼所は17年10月、16年4月ごろから不正アクセスを受け、約250件の"
    "うち231件が流出した可能性があると発表した。Kobe Steel said on Feb. "
    "6, 2020 that 27,445 files may have leaked.";

static void *thread_main(void *arg)
{
    size_t *count = arg;
    mt_extract_options o = MT_EXTRACT_OPTIONS_INIT;
    mt_date_parse(&o.ref_date, "2020-02-06", 10);
    for (int k = 0; k < 200; k++) {
        mt_spans *sp = NULL;
        if (mt_extract(ex, thread_text, strlen(thread_text), &o, &sp, NULL) !=
            MT_OK)
            return NULL;
        *count = mt_spans_count(sp);
        mt_spans_free(sp);
    }
    return arg;
}

static void test_extract__concurrent_calls(void **state)
{
    (void)state;
    mt_spans *sp = run(thread_text, "2020-02-06");
    size_t want = mt_spans_count(sp);
    mt_spans_free(sp);
    assert_int_equal(want, 14);
    pthread_t t[4];
    size_t got[4] = {0};
    for (int i = 0; i < 4; i++)
        assert_int_equal(pthread_create(&t[i], NULL, thread_main, &got[i]), 0);
    for (int i = 0; i < 4; i++) {
        void *r = NULL;
        assert_int_equal(pthread_join(t[i], &r), 0);
        assert_ptr_equal(r, &got[i]);
        assert_int_equal(got[i], want);
    }
}

/* The MeCab pass reads a long line in pieces: a name far into it keeps
 * its offsets, and a long run of one kind of character (MeCab's time
 * grows with its square) is read in pieces too. */
static void test_extract__mecab_long_lines(void **state)
{
    (void)state;
    mt_buf b;
    mt_buf_init(&b, 0);
    for (int i = 0; i < 400; i++)
        assert_int_equal(mt_buf_puts(&b, "あいうえお、"), MT_OK);
    size_t at = b.len;
    assert_int_equal(mt_buf_puts(&b, "みなと新聞によると、"), MT_OK);
    for (int i = 0; i < 30000; i++)
        assert_int_equal(mt_buf_puts(&b, "1"), MT_OK);
    assert_int_equal(mt_buf_puts(&b, "。\n"), MT_OK);
    mt_extract_options o = MT_EXTRACT_OPTIONS_INIT;
    o.flags |= MT_EXTRACT_MECAB;
    mt_spans *sp = NULL;
    assert_int_equal(mt_extract(ex, b.data, b.len, &o, &sp, NULL), MT_OK);
    bool found = false;
    for (size_t i = 0; i < mt_spans_count(sp); i++) {
        const mt_span *x = mt_spans_get(sp, i);
        found = found || (x->kind == MT_SPAN_ORG && x->start == at &&
                          x->end == at + strlen("みなと新聞"));
    }
    assert_true(found);
    mt_spans_free(sp);
    mt_buf_free(&b);
}

/* How many organisation spans text holds with the MeCab pass on. */
static size_t mecab_orgs(const char *text)
{
    mt_extract_options o = MT_EXTRACT_OPTIONS_INIT;
    o.flags |= MT_EXTRACT_MECAB;
    mt_spans *sp = NULL;
    assert_int_equal(mt_extract(ex, text, strlen(text), &o, &sp, NULL), MT_OK);
    size_t n = count_kind(sp, MT_SPAN_ORG);
    mt_spans_free(sp);
    return n;
}

/* Names the MeCab pass must not make: a lone character ipadic tags as an
 * organisation where a page excerpt is cut mid-word, a sector before a
 * name ending (外食産業), a company's name inside a common word (コロナ
 * 禍), an unknown word alone on its line (a tag), a product's name (an
 * unknown word ending in アカウント at a cut, which ipadic guesses is an
 * organisation); a real one beside them stays. */
static void test_extract__mecab_no_names(void **state)
{
    (void)state;
    static const char *const none[] = {
        "同社は全サーバーを停止し、販",
        "外食産業は大きな打撃を受けた。",
        "防衛産業を狙う攻撃が続いている。",
        "コロナ禍で在宅勤務が広がった。",
        "ランサムウェア\n\n犯罪組織の攻撃が続いている。",
        /* a kind of software ipadic does not know is no name anywhere */
        "ランサムウェアにより、サービスが停止した。",
        "暗号化したマルウェアにより、業務が止まった。",
        "次回のログイン以降、ツグミドーアカウント",
        "GitHubリポジトリに誤って公開した",
        /* nor is a wallet, named alone where a name would stand */
        "運用しているMPCウォレットが攻撃を受けた。",
        "海外法人のウォレットが攻撃を受けた。",
        /* nor an insurance product, though 保険 ends insurers' names */
        "ツグミ社は「ミドリがん保険」に加入している人の情報が流出した。",
        "ミドリ自動車保険の契約者の情報が流出した。",
        /* nor an attack's technique, whatever it opens with */
        "攻撃手法はOSコマンドインジェクションと判明した。",
        "SQLインジェクションの脆弱性を突かれた。",
        "クロスサイトスクリプティングの脆弱性があった。",
        /* nor an attack a company suffered, after 「子会社の」 */
        "ツグミ自動車子会社のサイバー攻撃、その実態とは",
        /* nor the harm done to a contractor, after 「事業者の」 */
        "委託先事業者のランサムウェア被害により、情報が漏えいした。",
        /* a local corporation abroad says where, not which */
        "同社の海外現地法人が攻撃を受けた。",
        /* a body's form before a rule or a system, not a name */
        "学校法人会計基準に基づいて処理した。",
        "医療法人制度の見直しが進む。",
        /* brackets after a quoted verb that hold no name */
        "保守を委託している「外部業者」のサーバーが止まった。",
        "運用を委託していた「クラウドサービス」で障害が起きた。",
    };
    for (size_t i = 0; i < MT_ARRAY_LEN(none); i++)
        assert_int_equal(mecab_orgs(none[i]), 0);
    assert_int_equal(mecab_orgs("ヒバリ食品工業は、販"), 1);
}

/* The MeCab pass finds organisation `name` in `text`, as its value. */
static void expect_mecab_org(const char *text, const char *name)
{
    mt_extract_options o = MT_EXTRACT_OPTIONS_INIT;
    o.flags |= MT_EXTRACT_MECAB;
    mt_spans *sp = NULL;
    assert_int_equal(mt_extract(ex, text, strlen(text), &o, &sp, NULL), MT_OK);
    const mt_span *x = find(sp, text, MT_SPAN_ORG, name);
    assert_string_equal(x->value, name);
    mt_spans_free(sp);
}

/* A bracket is no part of a name: 「8日(木)ツグミ物流へ」's weekday 木
 * stays out of the name after it. */
static void test_extract__mecab_bracket_before_a_name(void **state)
{
    (void)state;
    expect_mecab_org("- 6 月 8 日(木)ツグミ物流へ報告", "ツグミ物流");
}

/* A broadcaster's gloss 「略称=正式名」 joins two names: = is part of
 * neither. */
static void test_extract__mecab_gloss_of_a_short_name(void **state)
{
    (void)state;
    expect_mecab_org("・TKK=ツグミ宇宙開発機構が2016年に攻撃を受けた。",
                     "ツグミ宇宙開発機構");
    expect_mecab_org("・TKK＝ツグミ宇宙開発機構が2016年に攻撃を受けた。",
                     "ツグミ宇宙開発機構");
}

/* ・ after a name's ending lists names (ツグミ信用金庫・ヒバリ信用金庫),
 * unless an ending alone follows: the same name's other half (中学校・
 * 高等学校). */
static void test_extract__mecab_names_listed_with_a_dot(void **state)
{
    (void)state;
    const char *t = "ツグミ信用金庫・ヒバリ信用金庫は10日、被害を公表した。";
    expect_mecab_org(t, "ツグミ信用金庫");
    expect_mecab_org(t, "ヒバリ信用金庫");
    expect_mecab_org("ツグミ学園中学校・高等学校が被害を公表した。",
                     "ツグミ学園中学校・高等学校");
}

/* A word ipadic does not know is a name where the words around it say
 * so: after 「<head>の」 (印刷会社の, 委託先の) or before a parenthesis
 * that gives a seat (「(京都市)」「（本社・大阪府）」「（本社・東京）」,
 * 「(東京)」「(東京・港)」「(同・中央)」), in brackets or not
 * (菓子メーカーの「ツグミール」), without a head noun that opens its compound
 * (印刷会社ツグミール); a common word there (システム, 社員) is none, nor is
 * the unknown word elsewhere. */
static void test_extract__mecab_placed_names(void **state)
{
    (void)state;
    static const char *const named[] = {
        "印刷会社のツグミールが攻撃を受けた。",
        "委託先のツグミールから情報が漏れた。",
        "ツグミール(京都市)が被害を公表した。",
        "ツグミール（本社・大阪府）が被害を公表した。",
        "ツグミール（本社・東京）が被害を公表した。",
        "業務委託先の印刷会社ツグミールが攻撃を受けた。",
        /* a city news writes without 市 */
        "ツグミール(東京)は31日、被害を公表した。",
        /* a Tokyo ward as business news writes it, and the same city */
        "ツグミール(東京・港)は31日、被害を公表した。",
        "親会社で菓子を営むツグミール(同・中央)は被害を公表した。",
        /* the name in brackets after 「<head>の」 */
        "菓子メーカーの「ツグミール」が被害を公表した。",
        /* in brackets right after a head noun, no の */
        "大手旅行会社「ツグミール」が被害を公表した。",
        /* the subject of a dated statement that opens a sentence */
        "ツグミールは10日、被害を公表した。",
        "ツグミールは8月10日、被害を公表した。",
        "ツグミールは10日(米国時間)、被害を公表した。",
        /* with the year too, in full-width digits as well */
        "ツグミールは2024年8月10日、被害を公表した。",
        "ツグミールは２０２４年８月１０日、被害を公表した。",
        /* what the company does, right before its name */
        "決済サービスを展開するツグミールは被害を公表した。",
        "交換業を営むツグミール(東京)は31日、被害を公表した。",
    };
    mt_extract_options o = MT_EXTRACT_OPTIONS_INIT;
    o.flags |= MT_EXTRACT_MECAB;
    for (size_t i = 0; i < MT_ARRAY_LEN(named); i++)
        expect_mecab_org(named[i], "ツグミール");
    /* words ipadic knows (コイン, チェック) coined into one name, as the
     * dated subject */
    expect_mecab_org("コインチェックは2018年1月26日、被害を公表した。",
                     "コインチェック");
    /* a Latin name after the company's business (elsewhere the
     * scanner's English rules decide: after 「委託先の」 a Latin word is as
     * often a device) */
    expect_mecab_org("決済サービスを展開するKamomePayは被害を公表した。",
                     "KamomePay");
    expect_mecab_org("交換業を営むKamomePayから情報が漏れた。", "KamomePay");
    /* and a Latin name that fills the brackets after a head noun */
    expect_mecab_org("大手旅行会社「KTB」が被害を公表した。", "KTB");
    /* what a company does in a relative clause before its name in
     * brackets; the company work is entrusted to, whatever its words */
    expect_mecab_org(
        "菓子の製造販売を行っている「ツグミール」で感染が確認された。",
        "ツグミール");
    expect_mecab_org("査定業務を委託している「東京カモメ鑑定」のサーバーが攻撃"
                     "を受けた。",
                     "東京カモメ鑑定");
    /* a quote after a head noun that goes on past the word is a phrase */
    assert_int_equal(mecab_orgs("取引先「ツグミール社の件は調査中」と述べた。"),
                     0);
    assert_int_equal(mecab_orgs("委託先のPCがウイルスに感染した。"), 0);
    assert_int_equal(mecab_orgs("会社のVPNが侵害された。"), 0);
    /* a katakana word ipadic guesses to be an organisation that is none
     * (org_generic.tsv); one that is stays a name */
    assert_int_equal(mecab_orgs("ウェブサーバーに対して攻撃があった。"), 0);
    assert_int_equal(mecab_orgs("ツグミールに対して攻撃があった。"), 1);
    static const char *const none[] = {
        "KamomePayは被害を公表した。",
        "ツグミールが攻撃を受けた。",
        "子会社のシステムが停止した。",
        "委託先の社員が関与した。",
        /* a title after an unknown name is a person's */
        "ゼヴァルド大統領は10日、演説した。",
        /* a bare foreign name whose sentence tells no event: a person */
        "ゼヴァルドは10日、演説した。",
        "ツグミール社長は10日、取材に応じた。",
        /* and mid-sentence, or with no day, the subject is not placed */
        "取引先のうちツグミールは10日、被害を公表した。",
        "ツグミールは被害を公表した。",
        /* one katakana word ipadic knows is a common noun there */
        "サーバーは10日、不正アクセスを受けた。",
        /* and known words with no day after は */
        "コインチェックは被害を公表した。",
        /* a year and a month but no day, or months twice */
        "ツグミールは2024年8月、被害を公表した。",
        "ツグミールは8月10月5日、被害を公表した。",
        /* a year with no month, years twice, a day of three digits */
        "ツグミールは2024年10日、被害を公表した。",
        "ツグミールは2024年2025年8月10日、被害を公表した。",
        "ツグミールは8月100日、被害を公表した。",
        "ツグミールは20245年8月10日、被害を公表した。",
        /* katakana words ipadic knows whose last says what kind of body */
        "ハッカーグループは10日、データを公開したと主張した。",
        "セキュリティチームは10日、不正アクセスを確認したと発表した。",
    };
    for (size_t i = 0; i < MT_ARRAY_LEN(none); i++)
        assert_int_equal(mecab_orgs(none[i]), 0);
    /* a parenthesis that names the place the word is: the place */
    const char *town = "国内の寄居(ツグミ県寄居町)の工場で検査が止まった。";
    mt_spans *tw = NULL;
    assert_int_equal(mt_extract(ex, town, strlen(town), &o, &tw, NULL), MT_OK);
    for (size_t i = 0; i < mt_spans_count(tw); i++)
        assert_true(mt_spans_get(tw, i)->kind != MT_SPAN_ORG ||
                    strcmp(mt_spans_get(tw, i)->value, "寄居") != 0);
    mt_spans_free(tw);
    /* nor is the close of a note before it (「6日(米国時間)、」, one
     * unknown token to ipadic), nor a name before that */
    expect_mecab_org("ツグミは6日(米国時間)、カモメ商事が被害を公表した。",
                     "カモメ商事");
    expect_mecab_org("ツグミ(米国)、カモメ商事が被害を公表した。",
                     "カモメ商事");
    /* the subject of a dated statement is the whole compound, not the
     * organisation word ipadic knows in it (日立 of 日立アニメーション) */
    expect_mecab_org(
        "日立アニメーションは8日、不正アクセスを受けたと発表した。",
        "日立アニメーション");
    /* a symbol that is part of a name (㈱, category So) is no
     * punctuation */
    expect_mecab_org("委託先の㈱ツグミールから情報が漏れた。", "㈱ツグミール");
    /* a list's dash is no part of the name after it */
    const char *dash = "-ツグミ庁は追加報告を求めた。";
    mt_spans *sp = NULL;
    assert_int_equal(mt_extract(ex, dash, strlen(dash), &o, &sp, NULL), MT_OK);
    for (size_t i = 0; i < mt_spans_count(sp); i++)
        assert_true(mt_spans_get(sp, i)->kind != MT_SPAN_ORG ||
                    mt_spans_get(sp, i)->start > 0);
    /* and the name itself is found, after it */
    assert_string_equal(find(sp, dash, MT_SPAN_ORG, "ツグミ庁")->value,
                        "ツグミ庁");
    mt_spans_free(sp);
}

/* A name that begins in hiragana after a particle: MeCab read 「にもつる
 * ぎ」 as に/もつる/ぎ and began the name at ぎ; it starts after も. */
static void test_extract__mecab_hiragana_start(void **state)
{
    (void)state;
    expect_mecab_org("前年の5月にもつるぎ町立北山病院で障害が起きた。",
                     "つるぎ町立北山病院");
}

/* A note in parentheses after a name is no part of it (「ツグミ病院(患者
 * 数約900人)で」), a legal form in them is (ツグミ(株)); schools, leagues
 * and boards of education end in their own forms (高校, 中学校, 中高,
 * 連盟, 教委), and a body's form opens a name whatever ipadic makes of
 * it (公益社団法人若葉会: 公益社 is a company's name to ipadic). */
static void test_extract__mecab_note_and_school(void **state)
{
    (void)state;
    expect_mecab_org(
        "ヒバリ台のツグミ病院(患者数約900人)でサーバーが止まった。",
        "ツグミ病院");
    expect_mecab_org("ツグミ(株)は、不正アクセスを受けたと発表した。",
                     "ツグミ(株)");
    expect_mecab_org("県内のヒバリ学院高校でサーバーがウイルスに感染した。",
                     "ヒバリ学院高校");
    expect_mecab_org("カモメ台中学校で校内のサーバーが止まった。",
                     "カモメ台中学校");
    /* a league, a board of education, a body's form before its name */
    expect_mecab_org("会員管理システムに不正アクセスを受けたヒバリ台栄養士連盟"
                     "は、会員に注意を呼びかけた。",
                     "ヒバリ台栄養士連盟");
    expect_mecab_org("ツグミ市教委は4日、不正アクセスがあったと発表した。",
                     "ツグミ市教委");
    /* a body's form opens a name that says which (社会福祉法人ヒバリ), the
     * form alone does not (医療法人制度) */
    expect_mecab_org("社会福祉法人ヒバリは11日、ウイルスに感染したと発表した。",
                     "社会福祉法人ヒバリ");
    expect_mecab_org("医療法人ツグミは12日、サーバーが攻撃を受けたと発表した。",
                     "医療法人ツグミ");
    /* 全国 opens a name; 全社 refers back */
    expect_mecab_org("全国カモメ協同組合連合会は8日、被害を公表した。",
                     "全国カモメ協同組合連合会");
    expect_mecab_org("全日本ツグミ協会は8日、被害を公表した。",
                     "全日本ツグミ協会");
    expect_mecab_org("卒業生の団体である公益社団法人若葉会の名簿が流出した。",
                     "公益社団法人若葉会");
    /* the form alone is none: the name follows in brackets */
    expect_mecab_org("一般社団法人「日本カモメ協会」は、会員情報が流出したと"
                     "発表した。",
                     "日本カモメ協会");
    assert_int_equal(mecab_orgs("一般社団法人「日本カモメ協会」は、会員情報"
                                "が流出したと発表した。"),
                     1);
}

static void test_extract__bad_arguments(void **state)
{
    (void)state;
    mt_spans *sp = NULL;
    mt_error err;
    mt_error_clear(&err);
    mt_extract_options o = MT_EXTRACT_OPTIONS_INIT;
    o.version = 99;
    assert_int_equal(mt_extract(ex, "x", 1, &o, &sp, &err), MT_ERR_ARG);
    assert_string_equal(err.message, "unknown extract options version 99");
    assert_null(sp);
    assert_int_equal(mt_extract(ex, NULL, 3, NULL, &sp, NULL), MT_ERR_ARG);
    mt_extractor *e2 = NULL;
    assert_int_equal(mt_extractor_new(&e2, "/nonexistent-dir", &err),
                     MT_ERR_IO);
    assert_null(e2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_extract__absolute_ja),
        cmocka_unit_test(test_extract__two_digit_years),
        cmocka_unit_test(test_extract__eras),
        cmocka_unit_test(test_extract__english_dates),
        cmocka_unit_test(test_extract__weeks),
        cmocka_unit_test(test_extract__weekday_of_a_date),
        cmocka_unit_test(test_extract__relative_and_anaphora),
        cmocka_unit_test(test_extract__yearless_against_publication),
        cmocka_unit_test(test_extract__ranges),
        cmocka_unit_test(test_extract__durations),
        cmocka_unit_test(test_extract__quantities),
        cmocka_unit_test(test_extract__orgs),
        cmocka_unit_test(test_extract__events_and_hedges),
        cmocka_unit_test(test_extract__traps),
        cmocka_unit_test(test_extract__sentences),
        cmocka_unit_test(test_extract__latin_line_over_japanese),
        cmocka_unit_test(test_extract__offsets_are_input_bytes),
        cmocka_unit_test(test_extract__pathological_inputs),
        cmocka_unit_test(test_extract__concurrent_calls),
        cmocka_unit_test(test_extract__mecab_long_lines),
        cmocka_unit_test(test_extract__mecab_no_names),
        cmocka_unit_test(test_extract__mecab_placed_names),
        cmocka_unit_test(test_extract__mecab_names_listed_with_a_dot),
        cmocka_unit_test(test_extract__mecab_bracket_before_a_name),
        cmocka_unit_test(test_extract__mecab_gloss_of_a_short_name),
        cmocka_unit_test(test_extract__mecab_hiragana_start),
        cmocka_unit_test(test_extract__mecab_note_and_school),
        cmocka_unit_test(test_extract__bad_arguments),
        cmocka_unit_test(test_extract__bad_short_endings),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
