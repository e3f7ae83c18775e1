/*
 * The draft's stages on the day a statement belongs to, on invented
 * sentences in the shape of real news: a press conference is its
 * holder's statement of that day, a date a sentence names as the first of
 * two (「14日に続き」) is not the second's, and a blog that retells a
 * story long after it dates nothing by its own day.  Helpers in
 * stages.c.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "matome/dossier.h"

#include "stages.h"

/* 「記者会見を開いた」, "told a news conference": a statement of its day,
 * as 「発表した」 is, even when what was said is not reported. */
static void test_days__press_conference(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2021-05-21", "ja",
                     "カモメ商事は20日、都内で記者会見を開いた。"},
                    {MT_KIND_MEDIA, "Wire", "2021-05-25", "en",
                     "Kamome Trading's president told a news conference on "
                     "May 24 that the losses had grown."}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(event(d, "カモメ商事", "2021-05-20", MT_EVENT_DISCLOSURE));
    assert_non_null(event(d, "カモメ商事", "2021-05-24", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* 「8日夜、」, 「8日未明、」: the part of the day after it leaves the day
 * the frame of the statement, as 「8日、」 is, not the publication's. */
static void test_days__a_part_of_the_day(void **state)
{
    (void)state;
    static const char *const parts[] = {"夜", "朝", "未明", "深夜", "夕方"};
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2021-05-10", "ja", NULL}};
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
        char text[256];
        snprintf(text, sizeof text,
                 "カモメ商事は8日%s、サイバー攻撃を受けたと公表した。",
                 parts[i]);
        t[0].text = text;
        mt_dossier *d = draft(t, 1);
        assert_non_null(
            event(d, "カモメ商事", "2021-05-08", MT_EVENT_DISCLOSURE));
        assert_null(event(d, "カモメ商事", "2021-05-10", MT_EVENT_DISCLOSURE));
        mt_dossier_free(d);
    }
    /* also after an earlier date of the sentence */
    t[0].text = "5月1日から続くシステム障害について、カモメ商事は8日夜、サイ"
                "バー攻撃が原因だったと公表した。";
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "カモメ商事", "2021-05-08", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* 「Xによると、…が流出した恐れがある。」: a leak whose sentence ends in
 * its hedge is the state as the source tells it, of the source's day, as
 * 「…恐れがあるという」 is; not one the hedge only leads to (「可能性が
 * あるとみて調べている」). */
static void test_days__a_hedge_that_ends_the_sentence(void **state)
{
    (void)state;
    static const char *const ends[] = {
        "カモメ商事によると、会員約2万人分の情報が流出した恐れがある。",
        "カモメ商事によると、会員約2万人分の情報が流出した可能性があります。"};
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2021-05-10", "ja", NULL}};
    for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
        t[0].text = ends[i];
        mt_dossier *d = draft(t, 1);
        assert_non_null(
            event(d, "カモメ商事", "2021-05-10", MT_EVENT_LEAK_POSSIBLE));
        mt_dossier_free(d);
    }
    t[0].text = "カモメ商事は、会員の情報が流出した可能性があるとみて調べて"
                "いる。";
    mt_dossier *d = draft(t, 1);
    assert_int_equal(events_of(d, "カモメ商事", MT_EVENT_LEAK_POSSIBLE), 0);
    mt_dossier_free(d);
}

/* 「24日、…とともに、14日に続き記者会見を開いた」: the 14th is the day of
 * the first conference, the one this follows; the statement is the
 * 24th's. */
static void test_days__the_first_of_two(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2016-06-25", "ja",
                     "カモメ商事は6月24日、観光庁に報告書を提出するととも"
                     "に、14日に続き記者会見を開いた。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "カモメ商事", "2016-06-24", MT_EVENT_DISCLOSURE));
    assert_null(event(d, "カモメ商事", "2016-06-14", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* A blog of January 2020 on a breach of July 2019: its undated "at a
 * press conference ... announced" happened in the story, not by the
 * blog's day; the same words in a blog of the story's week are its news.
 * What the blog dates stays. */
static void test_days__a_blog_looking_back(void **state)
{
    (void)state;
    static const char story[] =
        "On July 3, 2019, Kamome Pay Inc. found unauthorized logins to its "
        "app. "
        "At a press conference, Kamome Pay announced it would compensate "
        "every victim.";
    text_src late[] = {{MT_KIND_BLOG, "Law notes", "2020-01-07", "en", story}};
    mt_dossier *d = draft(late, 1);
    assert_non_null(
        event(d, "Kamome Pay Inc.", "2019-07-03", MT_EVENT_DETECTION));
    assert_int_equal(events_of(d, "Kamome Pay Inc.", MT_EVENT_DISCLOSURE), 0);
    mt_dossier_free(d);
    text_src soon[] = {{MT_KIND_BLOG, "Law notes", "2019-07-05", "en", story}};
    d = draft(soon, 1);
    assert_non_null(
        event(d, "Kamome Pay Inc.", "2019-07-05", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* An undated page whose latest written date has no day (「23年4月中旬ま
 * で」, how long data lay open) and whose lede dates its news 「12日、」:
 * the 12th a dated page of the same news was published on, not the 12th
 * of April. */
static void test_days__lede_day_past_a_month(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2023-05-12", "en",
                     "Tsugumi Motor Corp. said on Friday that customer data "
                     "had been left open to the internet."},
                    {MT_KIND_MEDIA, "時報通信", NULL, "ja",
                     "ツグミ自動車は12日、顧客データが外部から閲覧できる状態"
                     "だったと発表した。13年11月から23年4月中旬まで閲覧"
                     "できる状態にあった。"}};
    mt_dossier *d = draft(t, 2);
    const mt_dossier_event *e =
        event(d, "ツグミ自動車", "2023-05-12", MT_EVENT_DISCLOSURE);
    assert_non_null(e);
    assert_int_equal(e->cites.count, 2);
    assert_null(event(d, "ツグミ自動車", "2023-04-12", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* An undated page whose latest written date is a month before any dated
 * page (the end of the span its data covers, 「20年11月から21年2月の間」)
 * reads its day alone (「5日」) in the dated pages' days, not in that
 * month. */
static void test_days__a_recalled_month(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2021-03-05", "ja",
         "ツグミ航空は2021年3月5日、会員情報が流出したと発表した。"},
        {MT_KIND_MEDIA, "時報通信", NULL, "ja",
         "ヒバリ航空も会員情報が流出したと発表した。原因は委託先へ"
         "の不正アクセスという。番号や氏名が漏れた。被害は確認され"
         "ていない。ツグミ航空も5日、会員情報の流出を発表している。"
         "20年11月から21年2月の間に登録された会員が対象となる。"}};
    mt_dossier *d = draft(t, 2);
    assert_null(event(d, "ツグミ航空", "2021-02-05", MT_EVENT_DISCLOSURE));
    const mt_dossier_event *e =
        event(d, "ツグミ航空", "2021-03-05", MT_EVENT_DISCLOSURE);
    assert_non_null(e);
    assert_int_equal(e->cites.count, 2);
    mt_dossier_free(d);
}

/* 「…が閲覧された可能性があると告知した」: data possibly seen is a
 * possible leak, and a notice posted (告知) a statement, of the
 * source's day when undated. */
static void test_days__data_possibly_seen(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2021-05-21", "ja",
                     "カモメ商事は、顧客の氏名などが外部から閲覧された可能性"
                     "があることを告知した。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "カモメ商事", "2021-05-21", MT_EVENT_LEAK_POSSIBLE));
    assert_non_null(event(d, "カモメ商事", "2021-05-21", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* 「ツグミ県ヒバリ市の病院が…攻撃を受け」: the city only says where the
 * hospital is; "another hospital in Tsugumi Prefecture" last year is an
 * earlier incident, not this hospital's nor the prefecture's. */
static void test_days__a_place_and_another_hospital(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2022-06-21", "ja",
                     "ツグミ県ヒバリ市の病院が20日、ランサムウェアによる"
                     "サイバー攻撃を受けた。"},
                    {MT_KIND_MEDIA, "Wire", "2022-06-21", "en",
                     "Hibari Central Hospital was hit by ransomware on June "
                     "20. Last year, another hospital in Tsugumi Prefecture "
                     "was hit by ransomware as well."}};
    mt_dossier *d = draft(t, 2);
    assert_int_equal(events_of(d, "ツグミ県ヒバリ市", MT_EVENT_INTRUSION_START),
                     0);
    assert_non_null(event(d, "Hibari Central Hospital", "2022-06-20",
                          MT_EVENT_INTRUSION_START));
    assert_null(
        event(d, "Hibari Central Hospital", "2021", MT_EVENT_INTRUSION_START));
    assert_null(event(d, "ツグミ県", "2021", MT_EVENT_INTRUSION_START));
    assert_null(event(d, "ツグミ県ヒバリ市", "2021", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
}

/* 「…ことが11日、関係者への取材で分かった」: the day news puts between
 * ことが and 分かった is the day of what it tells as standing, not the
 * page's (a morning paper of the 12th); with に and without a comma as
 * well. */
static void test_days__news_day_inside_its_predicate(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2022-06-12", "ja",
                     "ウメ食品で約3万件の個人情報が流出した可能性があることが"
                     "11日、関係者への取材で分かった。"},
                    {MT_KIND_MEDIA, "日日新聞", "2022-06-21", "ja",
                     "ヤナギ工業の顧客情報が流出した可能性があることが20日に"
                     "わかった。"},
                    {MT_KIND_MEDIA, "夕刊ツグミ", "2022-06-30", "ja",
                     "キリ電機の顧客情報が流出した可能性があることが28日分かっ"
                     "た。"}};
    mt_dossier *d = draft(t, 3);
    assert_non_null(event(d, "ウメ食品", "2022-06-11", MT_EVENT_LEAK_POSSIBLE));
    assert_int_equal(events_of(d, "ウメ食品", MT_EVENT_LEAK_POSSIBLE), 1);
    assert_non_null(
        event(d, "ヤナギ工業", "2022-06-20", MT_EVENT_LEAK_POSSIBLE));
    assert_non_null(event(d, "キリ電機", "2022-06-28", MT_EVENT_LEAK_POSSIBLE));
    mt_dossier_free(d);
    /* a later day between, past a comma, is the statement's */
    t[0].text = "ウメ食品の顧客情報が流出した可能性があることが11日、取引先の"
                "指摘で浮上し、12日に分かった。";
    d = draft(t, 1);
    assert_non_null(event(d, "ウメ食品", "2022-06-12", MT_EVENT_LEAK_POSSIBLE));
    assert_null(event(d, "ウメ食品", "2022-06-11", MT_EVENT_LEAK_POSSIBLE));
    mt_dossier_free(d);
}

/* A count of what was found in a period (「6月9日から7月4日までに2万件
 * の不正ログインを確認した」) is no finding on the period's first day; a
 * finding over two days with no count (「6月5日から6月6日にかけて不正
 * アクセスを検知した」) is one of its first day. */
static void test_days__tally_of_a_period(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2013-07-06", "ja",
                     "ウメ食品は5日、6月9日から7月4日にかけて2万件の不正"
                     "ログインを確認したと発表した。"}};
    mt_dossier *d = draft(t, 1);
    assert_null(event(d, "ウメ食品", "2013-06-09", MT_EVENT_DETECTION));
    const mt_dossier_event *e =
        event(d, "ウメ食品", "2013-07-04", MT_EVENT_DETECTION);
    assert_non_null(e);
    assert_true(e->date.mods & MT_DMOD_BEFORE);
    assert_non_null(event(d, "ウメ食品", "2013-07-05", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
    /* an investigation's report received is its result, no finding of
     * the attack (「報告を受け」 of the one told) */
    t[0].text = "ウメ食品は5日、4日付けで最終調査報告を受け取ったと発表した。";
    d = draft(t, 1);
    assert_null(event(d, "ウメ食品", "2013-07-04", MT_EVENT_DETECTION));
    assert_non_null(event(d, "ウメ食品", "2013-07-04", MT_EVENT_INVESTIGATION));
    mt_dossier_free(d);
    t[0].text = "ウメ食品は、6月5日から6月6日にかけて不正アクセスを検知"
                "した。";
    d = draft(t, 1);
    assert_non_null(event(d, "ウメ食品", "2013-06-05", MT_EVENT_DETECTION));
    mt_dossier_free(d);
}

/* A day written alone past the page's day (「9日、14日に発見された」 on
 * a page of 9 April) is of the month before when what it dates cannot
 * lie ahead; a plan keeps the page's month. */
static void test_days__a_day_alone_past_the_page(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2013-04-09", "ja",
                     "ウメ食品は9日、14日に発見された通販サイトへの不正アクセス"
                     "について調査結果を発表した。同社は14日にサイトを再開する"
                     "予定だ。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "ウメ食品", "2013-03-14", MT_EVENT_DETECTION));
    assert_null(event(d, "ウメ食品", "2013-04-14", MT_EVENT_DETECTION));
    assert_null(event(d, "ウメ食品", "2012-04-14", MT_EVENT_DETECTION));
    mt_dossier_free(d);
    /* the latest month before the page's that has the day */
    t[0].date = "2013-05-05";
    t[0].text = "ウメ食品は5日、31日に発見された不正アクセスについて発表した。";
    d = draft(t, 1);
    assert_non_null(event(d, "ウメ食品", "2013-03-31", MT_EVENT_DETECTION));
    assert_null(event(d, "ウメ食品", "2013-05-31", MT_EVENT_DETECTION));
    mt_dossier_free(d);
    /* a day or two past the page's is a stamp of another time zone */
    t[0].text = "ウメ食品は6日、6日に発見された不正アクセスについて発表した。";
    d = draft(t, 1);
    assert_non_null(event(d, "ウメ食品", "2013-05-06", MT_EVENT_DETECTION));
    mt_dossier_free(d);
    t[0].date = "2013-04-09";
    /* a month written with the day is the writer's: not moved back */
    t[0].text = "ウメ食品は9日、4月14日に不正アクセスを発見したと発表した。";
    d = draft(t, 1);
    assert_null(event(d, "ウメ食品", "2013-03-14", MT_EVENT_DETECTION));
    mt_dossier_free(d);
}

/* 「ツグミ県ヒバリ市の「ヒバリ中央病院」で」: the city places the
 * hospital in brackets as it does one without them. */
static void test_days__a_place_before_brackets(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2022-01-20", "ja",
                     "ツグミ県ヒバリ市の「ヒバリ中央病院」で、電子カルテが"
                     "開けなくなっていることが分かった。\n\n病院によると、"
                     "12日未明、システムに不正アクセスされた痕跡があった。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "ヒバリ中央病院", "2022-01-12", MT_EVENT_INTRUSION_START));
    assert_int_equal(events_of(d, "ツグミ県ヒバリ市", MT_EVENT_INTRUSION_START),
                     0);
    mt_dossier_free(d);
}

/* 「県警が…調べている」 after the prefecture was named: that prefecture's
 * police investigates, not the hospital; with no prefecture, the
 * police. */
static void test_days__prefectural_police(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2022-06-21", "ja",
                     "徳島県のツグミ病院は20日、攻撃を受けたと発表した。"
                     "県警が、ウイルスの侵入経路などを調べている。"},
                    {MT_KIND_MEDIA, "日日新聞", "2022-06-22", "ja",
                     "ツグミ病院は21日、復旧を発表した。府警が経緯を調べて"
                     "いる。"}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(event(d, "徳島県警", "2022-06-20", MT_EVENT_INVESTIGATION));
    assert_null(event(d, "ツグミ病院", "2022-06-20", MT_EVENT_INVESTIGATION));
    assert_non_null(event(d, "警察", "2022-06-21", MT_EVENT_INVESTIGATION));
    mt_dossier_free(d);
    /* the prefecture named earlier in the same sentence */
    text_src u[] = {{MT_KIND_MEDIA, "時報通信", "2022-06-21", "ja",
                     "ツグミ病院は20日、攻撃を受けたと発表した。徳島県の病院"
                     "への攻撃で、県警が侵入経路などを調べている。"}};
    d = draft(u, 1);
    assert_int_equal(events_of(d, "徳島県警", MT_EVENT_INVESTIGATION), 1);
    assert_int_equal(events_of(d, "警察", MT_EVENT_INVESTIGATION), 0);
    mt_dossier_free(d);
}

/* 「電子カルテが使えなくなった」, "staff were unable to access": harm
 * to the work, type other, of the day told. */
static void test_days__systems_unusable(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2022-06-21", "ja",
                     "ツグミ病院では20日、サイバー攻撃を受けて電子カルテが"
                     "使えなくなった。"},
                    {MT_KIND_MEDIA, "Wire", "2022-06-23", "en",
                     "Staff at Hibari Clinic Inc. were unable to access "
                     "patient records on June 22."}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(event(d, "ツグミ病院", "2022-06-20", MT_EVENT_OTHER));
    assert_non_null(
        event(d, "Hibari Clinic Inc.", "2022-06-22", MT_EVENT_OTHER));
    mt_dossier_free(d);
}

/* A notice's polite forms: 「…という報告はございません」 reports nothing
 * to anyone (a negation), and 「下記のとおりご報告申し上げます」 is the
 * notice's own statement, not a report to an authority. */
static void test_days__polite_notice(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_OFFICIAL, "カモメ商事", "2016-06-14", "ja",
                     "弊社の対応について、下記のとおりご報告申し上げます。"
                     "現時点で、お客様から被害を受けたという報告はござい"
                     "ません。"}};
    mt_dossier *d = draft(t, 1);
    assert_int_equal(events_of(d, "カモメ商事", MT_EVENT_NOTIFICATION), 0);
    assert_non_null(event(d, "カモメ商事", "2016-06-14", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* 「Xは…子会社であるYが…と発表した。同社は…」: the subsidiary the
 * passage brings in beside X does not become the company 同社 stands
 * for; X stays. */
static void test_days__the_company_after_its_subsidiary(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2021-05-12", "ja",
                     "カモメ商事は10日、子会社であるツグミ物流株式会社の"
                     "サーバーが不正アクセスを受けたと発表した。同社は11日、"
                     "外部の専門家に調査を依頼した。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "カモメ商事", "2021-05-11", MT_EVENT_INVESTIGATION));
    assert_null(event(d, "ツグミ物流", "2021-05-11", MT_EVENT_INVESTIGATION));
    mt_dossier_free(d);
}

/* A topic or a cleft dates its trigger: 「不正アクセスは6月22日から…行
 * われた」, 「流出を検知したのは31日」 (the 31st of the month before, in
 * a piece of the 27th); not a date an event after it in its clause owns
 * (「不正アクセスは1日に…調査で判明した」: the finding's). */
static void test_days__topic_and_cleft(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2021-11-27", "ja",
                     "カモメ商事は26日、被害を公表した。不正アクセスは6月22日"
                     "から11月3日までの間に行われたという。流出を検知したの"
                     "は31日午後だった。"},
                    {MT_KIND_MEDIA, "週刊ツグミ", "2021-12-03", "ja",
                     "ツグミ物流は2日、被害を公表した。不正アクセスは1日に"
                     "外部からの連絡で判明した。"}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(
        event(d, "カモメ商事", "2021-06-22", MT_EVENT_INTRUSION_START));
    assert_non_null(event(d, "カモメ商事", "2021-10-31", MT_EVENT_DETECTION));
    /* the leak is what was found that day, not a leak of that day */
    assert_null(event(d, "カモメ商事", "2021-10-31", MT_EVENT_LEAK_POSSIBLE));
    assert_non_null(event(d, "ツグミ物流", "2021-12-01", MT_EVENT_DETECTION));
    assert_null(event(d, "ツグミ物流", "2021-12-01", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
    /* a statement's day is not the attack's: 「…公表したのは10日」 dates
     * the statement, and so does 「…は10日に同社が公表した」 */
    text_src u[] = {{MT_KIND_MEDIA, "時報通信", "2024-06-20", "ja",
                     "カモメ商事は19日、被害を公表した。カモメ商事が不正アク"
                     "セスを公表したのは10日だった。"},
                    {MT_KIND_MEDIA, "週刊ツグミ", "2024-06-21", "ja",
                     "ツグミ物流は19日、被害を公表した。ツグミ物流への不正ア"
                     "クセスは12日に同社が公表した。"}};
    d = draft(u, 2);
    assert_non_null(event(d, "カモメ商事", "2024-06-10", MT_EVENT_DISCLOSURE));
    assert_null(event(d, "カモメ商事", "2024-06-10", MT_EVENT_INTRUSION_START));
    assert_null(event(d, "ツグミ物流", "2024-06-12", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
}

/* Money taken from accounts (不正出金, 不正に引き出された, "fraudulent
 * withdrawals") is the attack on the bank that holds them. */
static void test_days__money_taken(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2020-09-12", "ja",
                     "ツグミ銀行は11日、9月5日に顧客の口座から不正出金があっ"
                     "たと公表した。"},
                    {MT_KIND_MEDIA, "Wire", "2020-09-14", "en",
                     "Kamome Bank said on September 13 that fraudulent "
                     "withdrawals had hit 20 accounts on September 10."}};
    mt_dossier *d = draft(t, 2);
    assert_int_equal(role_of(d, "ツグミ銀行"), MT_ROLE_VICTIM);
    assert_non_null(
        event(d, "ツグミ銀行", "2020-09-05", MT_EVENT_INTRUSION_START));
    assert_non_null(
        event(d, "Kamome Bank", "2020-09-10", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
}

/* "hit by a cyberattack on February 26": one event in two words, dated
 * by the date past both, not the statement's day as well. */
static void test_days__hit_by_an_attack(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2022-03-02", "en",
                     "Kamome Industries said on March 1 that it was hit by "
                     "a cyberattack on February 26."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "Kamome Industries", "2022-02-26", MT_EVENT_INTRUSION_START));
    assert_int_equal(
        events_of(d, "Kamome Industries", MT_EVENT_INTRUSION_START), 1);
    mt_dossier_free(d);
}

/* An investigation under way: 「調査を急いでいる」 (急いで marks an effort,
 * a plan for what it aims at but the investigation itself), and a quote
 * that ends in it (「現在調査中」としている), on the statement's day. */
static void test_days__investigation_under_way(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2020-09-08", "ja",
                     "カモメ商事は8日、不正アクセスを受けたと発表した。被害状"
                     "況の調査を急いでいる。システムの復旧を急いでいる。"},
                    {MT_KIND_MEDIA, "週刊ツグミ", "2020-09-09", "ja",
                     "ツグミ物流は9日、不正アクセスを受けたと発表した。同社"
                     "は「現在調査中」としている。"}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(
        event(d, "カモメ商事", "2020-09-08", MT_EVENT_INVESTIGATION));
    assert_non_null(
        event(d, "ツグミ物流", "2020-09-09", MT_EVENT_INVESTIGATION));
    /* a recovery hurried is still ahead: a plan */
    assert_int_equal(events_of(d, "カモメ商事", MT_EVENT_REMEDIATION), 0);
    mt_dossier_free(d);
    /* Told inside the dated statement (「Xは6日、…調べていると発表した」):
     * of that day; one begun (「調査を開始した」) may have begun before,
     * and the statement gives no day of it. */
    t[0].text = "カモメ商事は8日、外部の専門家と原因を調査していると発表した。";
    d = draft(t, 1);
    assert_non_null(
        event(d, "カモメ商事", "2020-09-08", MT_EVENT_INVESTIGATION));
    mt_dossier_free(d);
    t[0].text = "カモメ商事は、外部の専門家と原因を調査していると8日に発表"
                "した。";
    d = draft(t, 1);
    assert_non_null(
        event(d, "カモメ商事", "2020-09-08", MT_EVENT_INVESTIGATION));
    mt_dossier_free(d);
    t[0].text = "カモメ商事は8日、外部の専門家と調査を開始したと発表した。";
    d = draft(t, 1);
    assert_int_equal(events_of(d, "カモメ商事", MT_EVENT_INVESTIGATION), 0);
    mt_dossier_free(d);
}

/* A seat in parentheses after a name (「(大阪市)」) is where the company
 * is, not its short name: the city's own statement stays the city's. */
static void test_days__a_seat_is_no_short_name(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2024-06-11", "ja",
                     "大阪カモメ株式会社(大阪市)は10日、不正アクセスを受けたと"
                     "発表した。大阪市は11日、市のサイトも攻撃を受けたと発表"
                     "した。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "大阪市", "2024-06-11", MT_EVENT_DISCLOSURE));
    assert_null(event(d, "大阪カモメ", "2024-06-11", MT_EVENT_DISCLOSURE));
    assert_non_null(event(d, "大阪カモメ", "2024-06-10", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* A headline's unhedged leak stays out of the leak conflicts, but a body
 * sentence that says the same joins its claim: the claim still counts
 * against a denial elsewhere (the headline came first and its mark
 * spread to the whole claim). */
static void test_days__headline_then_body(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2024-06-11", "ja",
                     "カモメ商事、顧客情報が流出\n"
                     "カモメ商事は10日、顧客情報が流出したと発表した。"},
                    {MT_KIND_MEDIA, "週刊ツグミ", "2024-06-12", "ja",
                     "カモメ商事は11日、顧客情報の流出はないと発表した。"}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(conflict_about(d, "leak"));
    mt_dossier_free(d);
}

/* An authority's order or guidance told by the company that got it:
 * 「金融庁から…命令が出された」「委員会から指導を受け」 are the
 * authority's, and so is 「…を命じた」 with the authority as subject. */
static void test_days__an_authority_orders(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2019-07-13", "ja",
                     "カモメ商事は12日、子会社のツグミ銀行が金融庁から報告徴求"
                     "命令を受けたと公表した。"},
                    {MT_KIND_MEDIA, "週刊ツグミ", "2023-07-13", "ja",
                     "ツグミ銀行は7月12日、顧客名簿の公開設定の誤りをめぐり、"
                     "同日に個人情報保護委員会から指導を受けたと説明した。"},
                    {MT_KIND_MEDIA, "ヒバリ新報", "2020-09-10", "ja",
                     "総務省は9日、障害の原因をまとめた報告をカモメ商事に命じた"
                     "。"},
                    /* someone the authority sent is no authority's check */
                    {MT_KIND_MEDIA, "ミサゴ日報", "2021-03-11", "ja",
                     "ヒバリ銀行は10日、金融庁から派遣された担当者とともに"
                     "被害状況を確認していると明らかにした。"}};
    mt_dossier *d = draft(t, 4);
    assert_null(
        event(d, "金融庁", "2021-03-10", MT_EVENT_AUTHORITY_CONFIRMATION));
    assert_non_null(
        event(d, "金融庁", "2019-07-12", MT_EVENT_AUTHORITY_CONFIRMATION));
    assert_non_null(event(d, "個人情報保護委員会", "2023-07-12",
                          MT_EVENT_AUTHORITY_CONFIRMATION));
    assert_non_null(
        event(d, "総務省", "2020-09-09", MT_EVENT_AUTHORITY_CONFIRMATION));
    assert_int_equal(
        events_of(d, "ツグミ銀行", MT_EVENT_AUTHORITY_CONFIRMATION), 0);
    mt_dossier_free(d);
}

/* The police at work: checking what happened (確認している) or analysing
 * the malware (分析を進め) is their investigation; asking the public to
 * check (確認してほしい) is none. */
static void test_days__police_at_work(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2024-12-26", "ja",
                     "カモメ商事は26日、システム障害が起きたと発表した。警視庁"
                     "は同社から相談を受けており、被害の状況を確認している。"},
                    {MT_KIND_MEDIA, "週刊ツグミ", "2016-06-15", "ja",
                     "ツグミ銀行は14日、不正アクセスを受けたと発表した。警視庁"
                     "は見つかった不正プログラムの分析を進めています。"},
                    {MT_KIND_MEDIA, "ヒバリ新報", "2020-09-11", "ja",
                     "ヒバリ銀行は10日、不正出金があったと発表した。岡山県警は"
                     "「通帳の記録を確認してほしい」と呼び掛けている。"}};
    mt_dossier *d = draft(t, 3);
    assert_non_null(event(d, "警視庁", "2024-12-26", MT_EVENT_INVESTIGATION));
    assert_int_equal(events_of(d, "警視庁", MT_EVENT_INVESTIGATION), 2);
    assert_int_equal(events_of(d, "岡山県警", MT_EVENT_INVESTIGATION), 0);
    mt_dossier_free(d);
    /* 「同社から相談を受け、」: the company told the police, as
     * 「…から相談を受けた」 says */
    text_src u[] = {{MT_KIND_MEDIA, "時報通信", "2024-12-27", "ja",
                     "カモメ商事は26日、サイバー攻撃を受けたと発表した。警視庁"
                     "は、同社から相談を受け、捜査を始めた。"}};
    d = draft(u, 1);
    assert_int_equal(events_of(d, "カモメ商事", MT_EVENT_NOTIFICATION), 1);
    mt_dossier_free(d);
}

/* An undated page that writes a month with its year (「2020年9月に発
 * 覚」) and leads, after page furniture, with a month and day before it
 * (「1月19日、…逮捕した」): its news is the later one, in the year after
 * the month it recalls, not January of that year. */
static void test_days__lede_after_a_recalled_month(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2020-09-08", "ja",
         "ヒバリ銀行は8日、口座から不正な出金があったと発表した。"},
        {MT_KIND_MEDIA, "ツグミ通信", NULL, "ja",
         "サイトアイコン ツグミ通信\n\n"
         "不正出金事件で2人逮捕\n\n"
         "ヒバリ銀行 不正出金\n\n"
         "複数の報道機関は1月19日、警視庁が男2人を逮捕したと報じた。"
         "ヒバリ銀行の口座からの不正出金は2020年9月に発覚していた。"}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(event(d, "警視庁", "2021-01-19", MT_EVENT_INVESTIGATION));
    assert_null(event(d, "警視庁", "2020-01-19", MT_EVENT_INVESTIGATION));
    mt_dossier_free(d);
}

/* An undated page whose lede tells what was made known by a day alone
 * (「同大が11日までに明らかにした」), a dated page of that day beside
 * it: its news is of that day; a month it recalls (9月に発覚) does not
 * date it. */
static void test_days__lede_day_told_by(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2020-11-11", "ja",
         "ヒバリ大学は11日、学内のサーバーが不正アクセスを受けたと発表した。"},
        {MT_KIND_MEDIA, "ツグミ通信", NULL, "ja",
         "ヒバリ大学のシステムが不正アクセスを受け、学生の情報など約3万件が"
         "流出した可能性があることが分かった。同大が11日までに明らかにした。"
         "不正アクセスは9月に発覚した。"},
        {MT_KIND_MEDIA, "時報通信", "2020-09-30", "ja",
         "ヒバリ大学は30日、システムを停止したと発表した。"}};
    mt_dossier *d = draft(t, 3);
    assert_non_null(
        event(d, "ヒバリ大学", "2020-11-11", MT_EVENT_LEAK_POSSIBLE));
    mt_dossier_free(d);
    /* A deadline's までに (「17日までに報告するよう命じた」) tells no news
     * of that day. */
    text_src u[] = {{MT_KIND_MEDIA, "毎朝新聞", "2020-11-17", "ja",
                     "ツグミ銀行は17日、不正アクセスを受けたと発表した。"},
                    {MT_KIND_MEDIA, "ツグミ通信", NULL, "ja",
                     "金融庁はツグミ銀行に対し、17日までに報告するよう命じた。"
                     "同行では顧客情報が流出した可能性がある。"}};
    d = draft(u, 2);
    for (size_t i = 0; i < d->nsources; i++)
        if (d->sources[i].publisher &&
            strcmp(d->sources[i].publisher, "ツグミ通信") == 0)
            assert_int_equal(d->sources[i].published.year, 0);
    assert_null(event(d, "金融庁", "2020-11-17", MT_EVENT_OTHER));
    mt_dossier_free(d);
    /* nor when a report of the order follows it: the leak the page tells
     * is not of that day */
    t[1].text =
        "ヒバリ大学のシステムが不正アクセスを受け、学生の情報など約3万件"
        "が流出した可能性があることが分かった。文部科学省は同大に対し、"
        "11日までに報告するよう命じたと明らかにした。不正アクセスは9月"
        "に発覚した。";
    d = draft(t, 3);
    assert_null(event(d, "ヒバリ大学", "2020-11-11", MT_EVENT_LEAK_POSSIBLE));
    mt_dossier_free(d);
}

/* An undated page that writes no year, whose lede dates its news by a
 * day alone (「3日、」) among dated pages that run over months: the news
 * comes after the latest day the page recalls further down (7月2日,
 * past the lede's sentences), so the 3rd of July, not of June or
 * August. */
static void test_days__lede_day_after_what_it_recalls(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2024-06-10", "ja",
         "ツグミ商事は10日、システム障害が続いていると発表した。"},
        {MT_KIND_MEDIA, "ツグミ通信", NULL, "ja",
         "ツグミ商事は3日、取引先の情報が流出した可能性があると発表した。"
         "対象者には個別に通知する。専用の窓口も設けた。調査は続いている。"
         "6月8日に動画サービスが止まり、7月2日には流出したとされる"
         "ファイルを広めないよう呼びかけていた。"},
        {MT_KIND_MEDIA, "時報通信", "2024-08-20", "ja",
         "ツグミ商事は20日、調査結果を公表した。"}};
    mt_dossier *d = draft(t, 3);
    assert_non_null(event(d, "ツグミ商事", "2024-07-03", MT_EVENT_DISCLOSURE));
    assert_null(event(d, "ツグミ商事", "2024-08-03", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
    /* A day not after the latest one recalled is of the month after it. */
    t[1].text = "ツグミ商事は2日、取引先の情報が流出した可能性があると発表"
                "した。対象者には個別に通知する。専用の窓口も設けた。調査は"
                "続いている。6月8日に動画サービスが止まり、6月28日には流出"
                "したとされるファイルを広めないよう呼びかけていた。";
    d = draft(t, 3);
    assert_non_null(event(d, "ツグミ商事", "2024-07-02", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
    /* The lede's day written in full further down is that day; a limit
     * (「8月31日まで」) is nothing the page recalls. */
    t[1].text = "ツグミ商事は3日、取引先の情報が流出した可能性があると発表"
                "した。対象者には個別に通知する。専用の窓口も設けた。調査は"
                "続いている。窓口は8月31日まで受け付ける。社長は7月3日に"
                "大阪にいた。";
    d = draft(t, 3);
    assert_non_null(
        event(d, "ツグミ商事", "2024-07-03", MT_EVENT_LEAK_POSSIBLE));
    mt_dossier_free(d);
    /* No day past the coverage: a plan's day (8月30日) does not carry
     * the news into September. */
    t[1].text = "ツグミ商事は3日、取引先の情報が流出した可能性があると発表"
                "した。対象者には個別に通知する。専用の窓口も設けた。調査は"
                "続いている。サービスは8月30日に再開する予定だ。";
    d = draft(t, 3);
    assert_null(event(d, "ツグミ商事", "2024-09-03", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* An attack noun that refers back to the incident ("stolen in the
 * breach") is no intrusion of the day of the statement that tells it;
 * one with a date in its own phrase ("in the breach on November 11") is
 * an intrusion of that date. */
static void test_days__a_breach_referred_back(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2021-11-29", "en",
                     "Kamome Corp. was hit by ransomware on November 11. "
                     "Kamome Corp. said on November 26 that no customer "
                     "data was stolen in the breach."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "Kamome Corp.", "2021-11-11", MT_EVENT_INTRUSION_START));
    assert_null(
        event(d, "Kamome Corp.", "2021-11-26", MT_EVENT_INTRUSION_START));
    assert_non_null(
        event(d, "Kamome Corp.", "2021-11-26", MT_EVENT_LEAK_DENIED));
    mt_dossier_free(d);
    t[0].text = "Kamome Corp. said on November 26 that customer files were "
                "stolen in the breach on November 11.";
    d = draft(t, 1);
    assert_non_null(
        event(d, "Kamome Corp.", "2021-11-11", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
    /* A date in a relative clause that describes it is its own too. */
    t[0].text = "Kamome Corp. said on November 26 that customer files were "
                "stolen in the breach, which began on November 11.";
    d = draft(t, 1);
    assert_int_equal(events_of(d, "Kamome Corp.", MT_EVENT_INTRUSION_START), 1);
    assert_non_null(
        event(d, "Kamome Corp.", "2021-11-11", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
}

/* A threatening note that names its author ("a group that calls itself
 * X", 「Xを名乗るグループから」) is that group's claim too, of the day
 * of the demand, even in a timeline row that leaves out its subject; a
 * note from a group the sentence names otherwise is a demand alone. */
static void test_days__a_note_that_names_its_author(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_OFFICIAL, "Kiri Corp.", "2021-04-13", "en",
         "Kiri Corp. has been the victim of a ransomware attack.\n"
         "What happened when\n"
         "November 2, 2020 Found that ransomware had caused the outage.\n"
         "Found a ransom note from a crew calling itself Hibari Locker on "
         "the encrypted machines; called the police."},
        {MT_KIND_MEDIA, "時報通信", "2022-03-06", "ja",
         "ツグミ精機は5日、サーバーがランサムウェアに感染したと発表した。"
         "「Karasu」を名乗るグループから身代金を要求する脅迫文が届いて"
         "いた。"}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(event(d, "Hibari Locker", "2020-11-02", MT_EVENT_OTHER));
    assert_non_null(
        event(d, "Hibari Locker", "2020-11-02", MT_EVENT_ATTRIBUTION));
    assert_non_null(event(d, "Karasu", "2022-03-05", MT_EVENT_OTHER));
    assert_non_null(event(d, "Karasu", "2022-03-05", MT_EVENT_ATTRIBUTION));
    mt_dossier_free(d);
}

/* A group's claim in the perfect ("has taken responsibility"), and a
 * group named by the name it goes by ("going by the moniker 'X'",
 * "identifying themselves as X"): claims of the page's day. */
static void test_days__claims_in_other_words(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2023-03-21", "en",
         "Kiri Energy Ltd. said files of its staff were stolen. LockBit "
         "has taken responsibility for it."},
        {MT_KIND_MEDIA, "Wire", "2023-09-28", "en",
         "Kiri Games Inc. is looking into a reported breach. A rival crew "
         "going by the moniker 'Tsugumi99' came forward as well, claiming "
         "it was behind the theft."}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(event(d, "LockBit", "2023-03-21", MT_EVENT_ATTRIBUTION));
    assert_non_null(event(d, "Tsugumi99", "2023-09-28", MT_EVENT_ATTRIBUTION));
    mt_dossier_free(d);
}

/* An undated page that sets a day word beside the date it is ("began
 * yesterday, June 7") speaks on the day after: its undated statements
 * are of June 8, not of the day a guess would give; a word counted from
 * the text's own date ("the next day, June 9") tells no such day. */
static void test_days__yesterday_beside_its_date(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2020-06-10", "en",
         "Kiri Motors Corp. said on Tuesday that its systems were coming "
         "back."},
        {MT_KIND_MEDIA, "Blog", NULL, "en",
         "Kiri Motors Corp. has been hit by ransomware. The attack began "
         "yesterday, June 7, and has stopped some of its plants. The "
         "company says it is investigating."}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(
        event(d, "Kiri Motors Corp.", "2020-06-08", MT_EVENT_INVESTIGATION));
    assert_int_equal(events_of(d, "Kiri Motors Corp.", MT_EVENT_INVESTIGATION),
                     1);
    mt_dossier_free(d);
    /* "tomorrow, June 9": a plan, no anchor for the page's day */
    text_src u[] = {
        {MT_KIND_MEDIA, "Wire", "2020-06-10", "en",
         "Kiri Motors Corp. said on Tuesday that its systems were coming "
         "back."},
        {MT_KIND_MEDIA, "Blog", NULL, "en",
         "Kiri Motors Corp. has been hit by ransomware. It plans to reopen "
         "its plants tomorrow, June 9. The company says it is "
         "investigating."}};
    d = draft(u, 2);
    assert_null(
        event(d, "Kiri Motors Corp.", "2020-06-08", MT_EVENT_INVESTIGATION));
    mt_dossier_free(d);
    /* "The next day, June 9" counts from the date before it, not from the
     * page's day: no anchor either (it would give back the guess). */
    u[1].text = "Kiri Motors Corp. has been hit by ransomware. The attack "
                "began on June 8. The next day, June 9, the company said it "
                "was investigating. The company says it is restoring its "
                "systems.";
    d = draft(u, 2);
    assert_non_null(
        event(d, "Kiri Motors Corp.", "2020-06-09", MT_EVENT_INVESTIGATION));
    assert_null(
        event(d, "Kiri Motors Corp.", "2020-06-10", MT_EVENT_REMEDIATION));
    mt_dossier_free(d);
}

/* 「…漏洩した可能性があることが19日に判明」: the day is the leak's
 * discovery, a detection; the leak is the statement's news, of the day
 * it is stated.  「不正アクセスは15日に発生した」: an intrusion happened
 * (発生), no detection; 「システム障害が発生」 stays one. */
static void test_days__found_and_happened(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "時報通信", "2022-09-23", "ja",
         "カモメ商事は22日、会員情報が流出した可能性があると発表した。"
         "同社によると、不正アクセスは15日に発生し、会員情報が漏洩した"
         "可能性があることが19日に判明したという。"},
        {MT_KIND_MEDIA, "毎朝新聞", "2022-09-23", "ja",
         "ツグミ商会は22日、受注システムに障害が起きたと発表した。同社に"
         "よると、15日にシステム障害が発生した。"}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(event(d, "カモメ商事", "2022-09-19", MT_EVENT_DETECTION));
    assert_null(event(d, "カモメ商事", "2022-09-19", MT_EVENT_LEAK_POSSIBLE));
    assert_non_null(
        event(d, "カモメ商事", "2022-09-22", MT_EVENT_LEAK_POSSIBLE));
    assert_non_null(
        event(d, "カモメ商事", "2022-09-15", MT_EVENT_INTRUSION_START));
    assert_null(event(d, "カモメ商事", "2022-09-15", MT_EVENT_DETECTION));
    assert_non_null(event(d, "ツグミ商会", "2022-09-15", MT_EVENT_DETECTION));
    mt_dossier_free(d);
    /* 「20日時点で判明している…」: a count as known on a day, no
     * detection of that day */
    text_src u[] = {{MT_KIND_MEDIA, "時報通信", "2022-09-23", "ja",
                     "カモメ商事は22日、会員情報が流出した可能性があると発表"
                     "した。20日時点で判明している不正ログインの件数は約1万"
                     "件になる。"}};
    d = draft(u, 1);
    assert_null(event(d, "カモメ商事", "2022-09-20", MT_EVENT_DETECTION));
    mt_dossier_free(d);
    /* 「攻撃は…発生した」, 「発生したこの攻撃」: an attack (攻撃, no
     * trigger alone) that happened is an intrusion; 「発生した障害」 is
     * the outage's */
    text_src w[] = {
        {MT_KIND_MEDIA, "時報通信", "2025-09-26", "ja",
         "カモメ商事は25日、ドイツの工場のサーバーが暗号化されたと発表した。"
         "今回の攻撃は2025年9月20日に発生した。"},
        {MT_KIND_MEDIA, "毎朝新聞", "2025-09-26", "ja",
         "ツグミ商会によると、9月18日に発生したこの攻撃で、受注サーバーが"
         "止まった。"},
        {MT_KIND_MEDIA, "夕刊報知", "2025-09-26", "ja",
         "ヒバリ物産によると、攻撃は9月17日に発生した障害とは別だという。"},
        {MT_KIND_MEDIA, "朝日報", "2025-09-26", "ja",
         "ツバメ製作所によると、攻撃の影響で9月15日に停電が発生した。"}};
    d = draft(w, 4);
    assert_non_null(
        event(d, "カモメ商事", "2025-09-20", MT_EVENT_INTRUSION_START));
    assert_null(event(d, "カモメ商事", "2025-09-20", MT_EVENT_DETECTION));
    assert_non_null(
        event(d, "ツグミ商会", "2025-09-18", MT_EVENT_INTRUSION_START));
    assert_null(event(d, "ヒバリ物産", "2025-09-17", MT_EVENT_INTRUSION_START));
    assert_null(
        event(d, "ツバメ製作所", "2025-09-15", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
    /* 「攻撃に使われたサーバー」: the attack describes a tool of it;
     * the days are the tool's (the contracts), no intrusion of theirs */
    text_src v[] = {{MT_KIND_MEDIA, "時報通信", "2021-04-21", "ja",
                     "カモメ研究所は20日、不正アクセスを受けたと発表した。容疑"
                     "は2016年9月〜17年4月、サイバー攻撃に使われたサーバーを"
                     "偽名で借りた疑い。"}};
    d = draft(v, 1);
    assert_null(event(d, "カモメ研究所", "2016-09", MT_EVENT_INTRUSION_START));
    assert_non_null(
        event(d, "カモメ研究所", "2021-04-20", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* Credentials that leaked from another party's service (「他社のサービ
 * スから流出したID」, "passwords leaked at other sites") are what a
 * login attack reused: no leak of the victim. */
static void test_days__leaked_elsewhere(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "時報通信", "2019-06-04", "ja",
         "ヒバリ銀行は3日、会員サイトに不正ログインがあったと発表した。"
         "他社のサービスから流出したIDやパスワードを使ってログインを試み"
         "たとみられる。"},
        {MT_KIND_MEDIA, "Wire", "2020-04-25", "en",
         "Kiri Games Inc. said on Friday that 160,000 accounts were taken "
         "over by attackers who tried passwords leaked at other sites."}};
    mt_dossier *d = draft(t, 2);
    assert_int_equal(events_of(d, "ヒバリ銀行", MT_EVENT_LEAK_POSSIBLE), 0);
    assert_int_equal(events_of(d, "Kiri Games Inc.", MT_EVENT_LEAK_POSSIBLE),
                     0);
    for (size_t i = 0; i < d->nclaims; i++)
        assert_false(d->claims[i].category == MT_CLAIM_IMPACT &&
                     strstr(d->claims[i].text, "流出した"));
    mt_dossier_free(d);
}

/* 「外部からアクセスできないように…変更」: access shut off, a
 * containment; 「ほかにも不正なアクセスがないか調査」: what is checked,
 * no intrusion. */
static void test_days__access_shut_and_checked(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2020-12-26", "ja",
                     "カモメ商事は25日、顧客情報が外部から閲覧できる状態だっ"
                     "たと発表した。26日には設定を改め、外部からアクセスでき"
                     "ないようにした。同社は26日までに設定を直したうえで、別"
                     "の不正なアクセスがないか調査を進めているという。"}};
    mt_dossier *d = draft(t, 1);
    assert_int_equal(events_of(d, "カモメ商事", MT_EVENT_CONTAINMENT), 1);
    assert_int_equal(events_of(d, "カモメ商事", MT_EVENT_INTRUSION_START), 0);
    mt_dossier_free(d);
}

/* "Kiri Watch Corp. has confirmed a cyberattack on its servers": a company's
 * own confirmation, with no date in figures, is its statement of the
 * page's day, no finding of that day.  A day a page tells a day after its own
 * stamp ("detected ... on 2 June (local time)" on a page of 1 June) is that
 * day, not one a year back. */
static void test_days__confirmed_and_found(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2024-10-09", "en",
         "Kiri Watch Corp. has confirmed a cyberattack on its servers, "
         "which are still offline."},
        {MT_KIND_MEDIA, "Wire", "2021-06-01", "en",
         "Hibari Film Corp. said it detected unauthorised access to a "
         "server on 2 June (local time)."}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(
        event(d, "Kiri Watch Corp.", "2024-10-09", MT_EVENT_DISCLOSURE));
    assert_null(event(d, "Kiri Watch Corp.", "2024-10-09", MT_EVENT_DETECTION));
    assert_non_null(
        event(d, "Hibari Film Corp.", "2021-06-02", MT_EVENT_DETECTION));
    assert_null(
        event(d, "Hibari Film Corp.", "2020-06-02", MT_EVENT_DETECTION));
    mt_dossier_free(d);
}

/* "On August 10, 2023, the company stated that ...": the opening's date
 * is the statement's though it holds a comma of its own. */
static void test_days__opening_date_with_its_year(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2023-11-01", "en",
                     "Kiri Watch Corp. was hit by ransomware. On August 10, "
                     "2023, the company stated that hackers got into one of "
                     "its servers."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "Kiri Watch Corp.", "2023-08-10", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* "The LockBit claim was noticed by a researcher on June 14": the claim,
 * seen that day, is the group's attribution of that day; no detection,
 * and no claim of the page's day. */
static void test_days__a_claim_seen(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2023-07-28", "en",
                     "Hibari Music Ltd. was hit by ransomware. The LockBit "
                     "claim was noticed by a researcher on June 14."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "LockBit", "2023-06-14", MT_EVENT_ATTRIBUTION));
    assert_int_equal(events_of(d, "LockBit", MT_EVENT_ATTRIBUTION), 1);
    assert_int_equal(events_of(d, "Hibari Music Ltd.", MT_EVENT_DETECTION), 0);
    mt_dossier_free(d);
}

/* "said it confirmed on Saturday that data on several servers had been
 * encrypted": a check with its own day, of harm it tells after it, is the
 * detection of that day. */
static void test_days__a_check_with_its_day(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2023-06-06", "en",
                     "Kiri Pharma Corp. said Tuesday that some of its servers "
                     "were hit by ransomware. The company said it confirmed "
                     "on Saturday that files on several of them had been "
                     "encrypted."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "Kiri Pharma Corp.", "2023-06-03", MT_EVENT_DETECTION));
    mt_dossier_free(d);
    /* what had not happened, in reported speech, is a state as of the
     * statement ("said no data had been compromised") */
    t[0].text = "Kiri Pharma Corp. said that no patient records at all "
                "had been compromised.";
    d = draft(t, 1);
    assert_non_null(
        event(d, "Kiri Pharma Corp.", "2023-06-06", MT_EVENT_LEAK_DENIED));
    mt_dossier_free(d);
    /* (not a denial told as made before: "had initially said", "had
     * said") */
    static const char *const before[] = {
        "Kiri Pharma Corp. had initially said that no patient records at "
        "all had been compromised.",
        "Kiri Pharma Corp. had said that no patient records at all had "
        "been compromised."};
    for (size_t i = 0; i < sizeof before / sizeof *before; i++) {
        t[0].text = before[i];
        d = draft(t, 1);
        assert_int_equal(
            events_of(d, "Kiri Pharma Corp.", MT_EVENT_LEAK_DENIED), 0);
        mt_dossier_free(d);
    }
}

/* "According to MIC, the communications ministry, ...": an English
 * piece reporting on a government body's word tells that body's
 * confirmation, of the piece's day; 「総務省によると」 is left alone (as
 * often background the ministry keeps). */
static void test_days__on_a_ministry_s_word(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2021-05-03", "en",
         "Kiri Group Inc. said it was looking into the matter. According "
         "to MIC, the communications ministry, files of 18 firms including "
         "Kiri Group Inc. were open to outsiders."},
        {MT_KIND_MEDIA, "時報通信", "2021-05-04", "ja",
         "ヒバリ商事は3日、不正アクセスを受けたと発表した。総務省によると、"
         "同様の設定ミスは全国で相次いでいる。"}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(
        event(d, "総務省", "2021-05-03", MT_EVENT_AUTHORITY_CONFIRMATION));
    assert_int_equal(events_of(d, "総務省", MT_EVENT_AUTHORITY_CONFIRMATION),
                     1);
    mt_dossier_free(d);
}

/* A ransom refused in other words ("has denied paying", 「支払いに応じて
 * いない」) is a step of the victim's, of the page's day. */
static void test_days__ransom_not_paid(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2022-10-26", "en",
         "Kiri Clinic was hit by ransomware last year. The town that runs "
         "Kiri Clinic has denied paying the hackers."},
        {MT_KIND_MEDIA, "時報通信", "2022-03-02", "ja",
         "カモメ商事は1日、ランサムウエアの被害を受けたと発表した。同社"
         "は身代金の支払いに応じていない。"}};
    mt_dossier *d = draft(t, 2);
    assert_int_equal(events_of(d, "Kiri Clinic", MT_EVENT_OTHER) +
                         events_of(d, "カモメ商事", MT_EVENT_OTHER),
                     2);
    mt_dossier_free(d);
}

/* An arrest is a step of the police's investigation, in Japanese
 * (逮捕) and in English ("was arrested"): not an event of its own
 * under the police, nor one of the company the suspect worked for. */
static void test_days__an_arrest(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "時報通信", "2021-01-20", "ja",
         "ヒバリ銀行の口座から不正に出金された事件で、警視庁は19日、"
         "男2人を詐欺の疑いで逮捕した。"},
        {MT_KIND_MEDIA, "Wire", "2014-07-18", "en",
         "Tokyo police said on Friday that a contract engineer of Kamome "
         "Systems Corp. was arrested on Thursday over the copying of "
         "customer records."}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(event(d, "警視庁", "2021-01-19", MT_EVENT_INVESTIGATION));
    assert_int_equal(events_of(d, "警視庁", MT_EVENT_OTHER), 0);
    assert_null(event(d, "Kamome Systems Corp.", "2014-07-17", MT_EVENT_OTHER));
    assert_non_null(event(d, "警視庁", "2014-07-17", MT_EVENT_INVESTIGATION));
    mt_dossier_free(d);
}

/* A contractor named in brackets after the link that names it
 * (「…を委託されている企業「ヒバリ」」) does not become what 同社 stands
 * for: the company the passage is about stays. */
static void test_days__a_contractor_in_brackets(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2024-06-05", "ja",
                     "カモメ商事は5月末に不正流出を検知した。同社から保守を"
                     "委託されている企業「Hibari」で社員の端末がウイルスに感染"
                     "していた。同社は2日、事業をやめると公表した。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "カモメ商事", "2024-06-02", MT_EVENT_DISCLOSURE));
    assert_int_equal(events_of(d, "Hibari", MT_EVENT_DISCLOSURE), 0);
    mt_dossier_free(d);
}

/* 「Xは、本年11月11日に、…を確認したと公表した」 in a later article:
 * the date is the detection's, and the statement, undated, is still the
 * article's news, known by its day. */
static void test_days__lede_dates_what_it_tells(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2021-11-27", "ja",
                     "カモメ商事は、本年11月11日に、社内サーバーへの外部から"
                     "の不正アクセスを確認したと公表した。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "カモメ商事", "2021-11-11", MT_EVENT_DETECTION));
    const mt_dossier_event *e =
        event(d, "カモメ商事", "2021-11-27", MT_EVENT_DISCLOSURE);
    assert_non_null(e);
    assert_true(e->date.mods & MT_DMOD_BEFORE);
    assert_null(event(d, "カモメ商事", "2021-11-11", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* Compensation promised to those hit (全額を補償する, "would
 * reimburse") is an event of its own, dated by the statement that
 * promises it. */
static void test_days__compensation(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2019-07-11", "ja",
                     "カモメ銀行は10日、被害に遭った顧客に全額を補償すると発表"
                     "した。"},
                    {MT_KIND_MEDIA, "Wire", "2019-08-07", "en",
                     "Hibari Bank said on Tuesday, August 6, that it would "
                     "reimburse customers who lost money."}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(event(d, "カモメ銀行", "2019-07-10", MT_EVENT_OTHER));
    assert_non_null(event(d, "Hibari Bank", "2019-08-06", MT_EVENT_OTHER));
    mt_dossier_free(d);
}

/* Another outlet's report told in Japanese (「Xは6日、…と報じた」) is its
 * media report of that day, also with a note on the time zone after the
 * date (「6日(米国時間)、」); the day is the report's, not the attack's. */
static void test_days__an_outlet_reported(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2023-12-08", "ja",
                     "BleepingComputerは12月6日(米国時間)、カモメ商事の海外子会"
                     "社がサイバー攻撃を受けたと報じた。"},
                    {MT_KIND_MEDIA, "週刊ツグミ", "2023-12-09", "ja",
                     "NHKは7日、カモメ商事の工場が止まっていると伝えた。"}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(
        event(d, "BleepingComputer", "2023-12-06", MT_EVENT_MEDIA_REPORT));
    assert_non_null(event(d, "NHK", "2023-12-07", MT_EVENT_MEDIA_REPORT));
    assert_null(event(d, "カモメ商事", "2023-12-06", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
}

/* A denial after a clause closed by its verb (「…もあったが、…は含まれて
 * いなかった」) is the next clause's, not the leak's before it; and one
 * that reaches a misuse through its noun (「悪用された例は確認していな
 * い」) denies it on the statement's day. */
static void test_days__a_leak_and_what_it_spared(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "時報通信", "2024-11-28", "ja",
         "カモメ商事は11月27日、決算とともに被害の概要を公表した。"
         "取引先の連絡先の流出もあったが、カード情報は含まれていなか"
         "った。"},
        {MT_KIND_MEDIA, "週刊ツグミ", "2020-12-26", "ja",
         "ツグミ銀行は12月25日、外部からの不正アクセスを公表した。"
         "約百件の流出は確かめたが、同日の時点で、その情報が悪用"
         "された例は確認していないという。"}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(
        event(d, "カモメ商事", "2024-11-27", MT_EVENT_LEAK_POSSIBLE));
    assert_non_null(event(d, "カモメ商事", "2024-11-27", MT_EVENT_LEAK_DENIED));
    assert_non_null(event(d, "ツグミ銀行", "2020-12-25", MT_EVENT_LEAK_DENIED));
    mt_dossier_free(d);
}

/* A check told with its noun alone (「…に不正アクセスを確認。」, a
 * sentence that stops at the noun) is a detection of that day, as 確認した
 * is, not the intrusion's day. */
static void test_days__found_noun_stop(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2015-06-02", "ja",
                     "ヒバリ機構は1日、個人情報が流出したと発表した。同機構に"
                     "よると、5月18日にサーバーへの不正アクセスを確認。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "ヒバリ機構", "2015-05-18", MT_EVENT_DETECTION));
    assert_null(event(d, "ヒバリ機構", "2015-05-18", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
}

/* A deadline an authority sets is an entry of its day, of the one the
 * sentence is about: the authority that asks, the company asked when it
 * is the subject; a limit no request sets, or a request with no limit,
 * is none. */
static void test_days__deadline_set(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "時報通信", "2020-09-10", "ja",
         "ヒバリ銀行は8日、口座から預金が不正に引き出されたと発表した。"
         "金融庁は9日、原因と再発防止策を17日までに書面で提出するよう"
         "同行に求めた。"},
        {MT_KIND_MEDIA, "週刊ツグミ", "2018-01-30", "ja",
         "ツグミ交易株式会社は26日、資産が流出したと発表した。同社は2月13日"
         "までに経緯と対策を報告するよう求められた。再発防止策は3月までに"
         "報告するよう求められた。"},
        {MT_KIND_MEDIA, "毎朝新聞", "2018-01-30", "ja",
         "ツグミ交易株式会社は、影響のある顧客への連絡を29日までに"
         "ほぼ終え、顧客には注意を求めている。同社は2月1日までに原因を"
         "報告し、書類を提出した。同社は顧客への連絡を30日"
         "までに終えたうえで、再発防止に向けた社内の体制や外部の専門家に"
         "よる検証の結果について、改めて報告するよう取引先から求められて"
         "いる。"}};
    mt_dossier *d = draft(t, 3);
    assert_non_null(event(d, "金融庁", "2020-09-17", MT_EVENT_OTHER));
    assert_null(event(d, "金融庁", "2020-09-09", MT_EVENT_OTHER));
    assert_non_null(event(d, "ツグミ交易", "2018-02-13", MT_EVENT_OTHER));
    assert_null(event(d, "ツグミ交易", "2018-01-29", MT_EVENT_OTHER));
    assert_null(event(d, "ツグミ交易", "2018-02-01", MT_EVENT_OTHER));
    assert_null(event(d, "ツグミ交易", "2018-03", MT_EVENT_OTHER));
    assert_int_equal(events_of(d, "ツグミ交易", MT_EVENT_OTHER), 1);
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2016-06-17", "en",
                     "Kamome Travel Corp. said on June 14 that hackers had "
                     "breached its servers. The Japan Tourism Agency has "
                     "ordered Kamome Travel to report on its measures by "
                     "June 24."},
                    {MT_KIND_MEDIA, "Post", "2016-06-18", "en",
                     "Kamome Travel Corp. said on June 14 that hackers had "
                     "breached its servers. The Japan Tourism Agency has "
                     "ordered Kamome Travel to report what happened on "
                     "June 2. The Japan Tourism Agency has also ordered the "
                     "firm to shut the site by June 20. The Japan Tourism "
                     "Agency also ordered the firm to report on its staff "
                     "training by July."}};
    d = draft(u, 2);
    assert_non_null(event(d, "観光庁", "2016-06-24", MT_EVENT_OTHER));
    assert_null(event(d, "観光庁", "2016-06-02", MT_EVENT_OTHER));
    assert_null(event(d, "観光庁", "2016-06-20", MT_EVENT_OTHER));
    assert_null(event(d, "Kamome Travel Corp.", "2016-06-20", MT_EVENT_OTHER));
    /* A month is no day for it. */
    assert_null(event(d, "観光庁", "2016-07", MT_EVENT_OTHER));
    mt_dossier_free(d);
    /* "before" a day is a limit as "by" is */
    u[0].text = "Kamome Travel Corp. said on June 14 that hackers had breached "
                "its servers. The Japan Tourism Agency has ordered Kamome "
                "Travel to report on its measures before June 24.";
    d = draft(u, 1);
    assert_non_null(event(d, "観光庁", "2016-06-24", MT_EVENT_OTHER));
    mt_dossier_free(d);
    /* what is asked for as the request's object */
    t[0].text = "ヒバリ銀行は8日、口座から預金が不正に引き出されたと発表した。"
                "金融庁は9日、17日までの報告を求めた。";
    d = draft(t, 1);
    assert_non_null(event(d, "金融庁", "2020-09-17", MT_EVENT_OTHER));
    mt_dossier_free(d);
    /* one deadline a sentence: the first request's */
    t[0].text = "ヒバリ銀行は8日、口座から預金が不正に引き出されたと発表した。"
                "金融庁は9日、原因を17日までに報告するよう求め、再発防止策を"
                "30日までに提出するよう命じた。";
    d = draft(t, 1);
    assert_non_null(event(d, "金融庁", "2020-09-17", MT_EVENT_OTHER));
    assert_int_equal(events_of(d, "金融庁", MT_EVENT_OTHER), 1);
    mt_dossier_free(d);
    /* what one reported by a day while it asked for something else sets
     * no deadline (no よう makes a request of the reporter) */
    t[0].text = "ヒバリ銀行は8日、口座から預金が不正に引き出されたと発表した。"
                "同行は17日までに警察に被害を報告し、捜査を要請した。";
    d = draft(t, 1);
    assert_int_equal(events_of(d, "ヒバリ銀行", MT_EVENT_OTHER), 0);
    assert_null(event(d, "警察", "2020-09-17", MT_EVENT_OTHER));
    mt_dossier_free(d);
}

/* 「Xは…、Yのパソコンがウイルスに感染したと発表した」: the machine
 * attacked is Y's, so is the intrusion, whoever tells of it. */
static void test_days__whose_machine(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2016-06-15", "ja",
                     "ツグミ銀行は14日、関連会社である株式会社ヒバリのパソコン"
                     "が3月15日にウイルスに感染したと発表した。"},
                    {MT_KIND_MEDIA, "週刊ツグミ", "2016-06-16", "ja",
                     "ツグミ銀行は15日、取引先である株式会社ミサゴのサーバーが"
                     "4月2日に不正アクセスを受けたと発表した。"}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(event(d, "ミサゴ", "2016-04-02", MT_EVENT_INTRUSION_START));
    assert_non_null(event(d, "ヒバリ", "2016-03-15", MT_EVENT_INTRUSION_START));
    assert_int_equal(events_of(d, "ツグミ銀行", MT_EVENT_INTRUSION_START), 0);
    assert_non_null(event(d, "ツグミ銀行", "2016-06-14", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* A lede that opens with background (「…から5月、…が流出した問題で、」)
 * has its statement's frame where the subject's day stands (「警察庁は
 * 24日、」), not in the month of the background. */
static void test_days__background_then_frame(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2024-12-25", "ja",
                     "カモメ銀行から5月、顧客の預金が不正に引き出された問題で、"
                     "警察庁は24日(日本時間)、海外のハッカー集団による犯行と"
                     "特定したと"
                     "発表した。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "警察庁", "2024-12-24", MT_EVENT_DISCLOSURE));
    assert_int_equal(events_of(d, "警察庁", MT_EVENT_DISCLOSURE), 1);
    mt_dossier_free(d);
}

/* Hearsay (「ということです」) has no day of its own: the date before the
 * attack it relays is the attack's, though a comma stands between
 * (「6月3日の深夜に、…不正なアクセスが行われたということです」); not a
 * date of a clause closed before it (「6月1日に…開始しましたが、その後、
 * …」). */
static void test_days__hearsay_keeps_the_attacks_date(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2023-06-06", "ja",
                     "ツグミ製菓は6日、サイバー攻撃を受けたと発表しました。"
                     "6月3日の深夜に、社内のシステムに不正なアクセスが"
                     "行われたということです。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "ツグミ製菓", "2023-06-03", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "毎朝新聞", "2023-06-06", "ja",
                     "ツグミ製菓は6日、サイバー攻撃を受けたと発表しました。"
                     "6月1日に新サービスを開始しましたが、その後、社内の"
                     "システムに不正なアクセスが行われたということです。"}};
    d = draft(u, 1);
    assert_null(event(d, "ツグミ製菓", "2023-06-01", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
}

/* A Japanese source writes an English company name in katakana, made
 * of ordinary loanwords no name rule takes (「シルバーネットワーク」 for
 * Silver Network Inc.): the same consonant skeleton is the same
 * organisation. */
static void test_days__a_name_in_katakana(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2019-11-06", "en",
                     "Silver Network Inc. said on Tuesday that customer data "
                     "was stolen."},
                    {MT_KIND_MEDIA, "時報通信", "2019-11-07", "ja",
                     "セキュリティ大手のシルバーネットワークで顧客情報が流出し"
                     "た問題で、シルバーネットワークは6日、顧客への個別の連絡を"
                     "始めたと発表した。"}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(
        event(d, "Silver Network Inc.", "2019-11-06", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* A weekday in a page without a date of its own is the first such day
 * on or after the latest day the page writes: the news follows what it
 * tells ("encrypted on Saturday, June 3 ... said on Tuesday": June 6).
 * That statement dates the page (infer_days), and its other weekdays are
 * then the latest on or before it ("on Monday": June 5, not June 12). */
static void test_days__weekday_of_an_undated_page(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", NULL, "en",
                     "Kiri Clinic hit by ransomware. The attack on Kiri "
                     "Clinic began late on Saturday, June 3, 2023. Kiri "
                     "Clinic said on Tuesday that some of its servers were "
                     "encrypted. Kiri Clinic shut down its systems on "
                     "Monday."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "Kiri Clinic", "2023-06-06", MT_EVENT_DISCLOSURE));
    assert_null(event(d, "Kiri Clinic", "2023-05-30", MT_EVENT_DISCLOSURE));
    assert_non_null(
        event(d, "Kiri Clinic", "2023-06-05", MT_EVENT_CONTAINMENT));
    mt_dossier_free(d);
    /* 火曜日 in Japanese alike; a day told by a word (同日) is no weekday
     * and stays */
    text_src j[] = {
        {MT_KIND_MEDIA, "Wire", NULL, "ja",
         "ツグミ工業株式会社は2023年6月3日(土)深夜にランサムウェアの"
         "攻撃を受けた。同日、ネットワークを遮断した。同社は火曜日"
         "に被害を発表した。"}};
    d = draft(j, 1);
    assert_non_null(event(d, "ツグミ工業", "2023-06-03", MT_EVENT_CONTAINMENT));
    assert_non_null(event(d, "ツグミ工業", "2023-06-06", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
    /* 月曜日 is a weekday, though it writes 月 */
    j[0].text = "ツグミ工業株式会社は2023年6月3日(土)深夜にランサムウェアの"
                "攻撃を受けた。同社は月曜日に被害を発表した。";
    d = draft(j, 1);
    assert_non_null(event(d, "ツグミ工業", "2023-06-05", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
    text_src k[] = {
        {MT_KIND_MEDIA, "Wire", NULL, "ja",
         "ツグミ工業株式会社は2023年6月3日深夜にランサムウェアの攻撃"
         "を受けた。同日、ネットワークを遮断した。サーバーは2023年6月9日"
         "に復旧した。"}};
    d = draft(k, 1);
    assert_non_null(event(d, "ツグミ工業", "2023-06-03", MT_EVENT_CONTAINMENT));
    mt_dossier_free(d);
}

/* A page without a date that tells its news by weekdays alone is read as
 * of the day a dated source tells that news: the latest weekday of its
 * opening, on the first day a dated source was published on or the day
 * before it (a morning paper). */
static void test_days__weekday_page_dated_by_others(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire A", "2023-06-07", "en",
         "Kiri Clinic said on Tuesday that it was hit by ransomware."},
        {MT_KIND_MEDIA, "Wire B", "2023-06-14", "en",
         "Kiri Clinic said on Tuesday that its systems were restored."},
        {MT_KIND_MEDIA, "Wire C", NULL, "en",
         "Kiri Clinic was hit by ransomware late on Saturday. Kiri Clinic "
         "said on Tuesday that some of its servers were encrypted. Kiri "
         "Clinic shut down its systems on Monday."}};
    mt_dossier *d = draft(t, 3);
    assert_non_null(
        event(d, "Kiri Clinic", "2023-06-05", MT_EVENT_CONTAINMENT));
    assert_non_null(
        event(d, "Kiri Clinic", "2023-06-03", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
}

/* The lede of an undated page is its first sentences of prose: its
 * headline repeated and a caption before them (no sentence end) do not
 * push 「ツグミ銀行は11日、」 out of the opening. */
static void test_days__lede_after_repeated_headlines(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "時報通信", "2020-09-11", "ja",
         "ヒバリペイの不正引き出しで、ツグミ銀行は11日、被害を確認した"
         "と発表した。"},
        {MT_KIND_MEDIA, "毎朝新聞", NULL, "ja",
         "ヒバリペイ不正 県内の被害広がる\n\nヒバリペイ不正 県内の被害"
         "広がる\n\nヒバリペイ不正 県内の被害広がる\n\nヒバリペイの案内"
         "画面\n\nヒバリペイの不正引き出しで、ツグミ銀行は11日、被害が"
         "14件に上ったと発表した。県警は、10日までに相談が13件あったこと"
         "を明らかにした。"}};
    mt_dossier *d = draft(t, 2);
    const mt_dossier_event *e =
        event(d, "ツグミ銀行", "2020-09-11", MT_EVENT_DISCLOSURE);
    assert_non_null(e);
    assert_int_equal(e->cites.count, 2);
    mt_dossier_free(d);
    /* A day after three sentences of prose is what the story tells, not
     * the day of its news. */
    text_src u[] = {
        {MT_KIND_MEDIA, "時報通信", "2020-09-10", "ja",
         "県警は10日、相談を受けたと明らかにした。"},
        {MT_KIND_MEDIA, "日刊ヒバリ", "2020-09-14", "ja",
         "ツグミ銀行は14日、補償の方針を発表した。"},
        {MT_KIND_MEDIA, "毎朝新聞", NULL, "ja",
         "ヒバリペイの不正が相次いでいる。ツグミ銀行は、被害が14件に"
         "上ったと発表した。利用者に注意を呼びかけている。県警は10日、"
         "相談が13件あったと明らかにした。"}};
    d = draft(u, 3);
    assert_null(event(d, "ツグミ銀行", "2020-09-10", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* The year an undated page's yearless dates are read in is the latest it
 * writes no more than a year past the latest dated source: the years of
 * the links to other articles under it (a plan "After 2026", a byline of
 * 2024) are not the page's. */
static void test_days__year_of_a_page_with_links_below(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire A", "2023-05-20", "en",
         "Kiri Motor Corp. said its plant was hit by a cyberattack."},
        {MT_KIND_MEDIA, "Wire B", NULL, "en",
         "Kiri Motor Corp. had a strong start to 2023. The plant of Kiri "
         "Motor Corp. has been shut since May 10 because of a cyberattack."
         "\n\nHibari Phone Launch May Be Delayed After 2026\n\nTsugumi Sato "
         "26 Dec, 2024, 5:55 PM IST"}};
    mt_dossier *d = draft(t, 2);
    assert_null(
        event(d, "Kiri Motor Corp.", "2026-05-10", MT_EVENT_INTRUSION_START));
    assert_null(
        event(d, "Kiri Motor Corp.", "2024-05-10", MT_EVENT_INTRUSION_START));
    assert_non_null(
        event(d, "Kiri Motor Corp.", "2023-05-10", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
}

/* A day written with its weekday (「6月5日(月)」) is of the year where
 * it falls on that weekday, in a page without a date whose latest date
 * is of the next year (a regulator's guidance that recalls the attack). */
static void test_days__weekday_places_the_year(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_BLOG, "Blog", NULL, "ja",
                     "個人情報保護委員会は2024年3月25日、ツグミ工業株式会社に"
                     "行政指導を行った。ツグミ工業株式会社では6月5日(月)、"
                     "サーバーがランサムウェアに感染した。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "ツグミ工業", "2023-06-05", MT_EVENT_INTRUSION_START));
    assert_int_equal(events_of(d, "ツグミ工業", MT_EVENT_INTRUSION_START), 1);
    mt_dossier_free(d);
    /* in full-width brackets too */
    text_src f[] = {{MT_KIND_BLOG, "Blog", NULL, "ja",
                     "個人情報保護委員会は2024年3月25日、ツグミ工業株式会社に"
                     "行政指導を行った。ツグミ工業株式会社では6月5日（月）、"
                     "サーバーがランサムウェアに感染した。"}};
    d = draft(f, 1);
    assert_non_null(
        event(d, "ツグミ工業", "2023-06-05", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
    /* a day alone, the month where it is that weekday */
    text_src u[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-03-25", "ja",
                     "ツグミ工業株式会社によると、5日(月)にサーバーがランサム"
                     "ウェアに感染した。"}};
    d = draft(u, 1);
    assert_non_null(
        event(d, "ツグミ工業", "2024-02-05", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
}

/* 「発覚した翌日に」: a date that counts from the event told right before
 * it is the day after, the next deed's; the discovery is not dated by
 * it. */
static void test_days__the_day_after_a_deed(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2023-01-12", "ja",
                     "カモメ保険は9日、不正アクセスを検知したと発表した。"
                     "同社は、事態が発覚した翌日に専用窓口を開設した。"}};
    mt_dossier *d = draft(t, 1);
    assert_null(event(d, "カモメ保険", "2023-01-10", MT_EVENT_DETECTION));
    assert_non_null(event(d, "カモメ保険", "2023-01-10", MT_EVENT_OTHER));
    mt_dossier_free(d);
    /* 年後 inside 「2023年後半」 counts from nothing */
    t[0].text = "カモメ保険は、不正アクセスを検知した2023年後半に対策を講じ"
                "た。";
    d = draft(t, 1);
    assert_int_equal(events_of(d, "カモメ保険", MT_EVENT_DETECTION), 1);
    mt_dossier_free(d);
    /* an absolute date the deed describes is still its own */
    t[0].text = "カモメ保険は9日、不正アクセスを検知したと発表した。"
                "同社は、事態が発覚した1月8日に窓口を開設した。";
    d = draft(t, 1);
    assert_non_null(event(d, "カモメ保険", "2023-01-08", MT_EVENT_DETECTION));
    mt_dossier_free(d);
}

/* "yesterday" in a page without a date is no weekday: read as the
 * extractor read it, not moved by the weekday rule to a later day. */
static void test_days__yesterday_is_no_weekday(void **state)
{
    (void)state;
    text_src y[] = {{MT_KIND_MEDIA, "Wire", NULL, "en",
                     "Kiri Clinic hit by ransomware. The attack on Kiri Clinic "
                     "began on June 3, 2023. Kiri Clinic said yesterday that "
                     "it had shut down its systems."}};
    mt_dossier *d = draft(y, 1);
    assert_true(d->nevents > 0);
    for (size_t i = 0; i < d->nevents; i++)
        assert_true(d->events[i].date.date.day <= 3);
    mt_dossier_free(d);
}

/* An attacker's demand told without a day is the source's news, as its
 * claim is ("The gang demanded ... and threatened to publish"); not one
 * told as done before ("had demanded", 「要求していた」), one denied
 * ("demanded no ransom"), nor the victim's being extorted. */
static void test_days__an_undated_demand(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Kite Daily", "2022-03-13", "en",
                     "LockBit claimed to have breached Kiri Tires Inc. and "
                     "stolen data from the company.\nThe gang demanded two "
                     "million dollars from Kiri Tires Inc. and threatened to "
                     "publish the files."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "LockBit", "2022-03-13", MT_EVENT_OTHER));
    mt_dossier_free(d);
    /* nor a demand told as done before, nor one denied */
    static const char *const not_news[] = {
        "LockBit hit Kiri Tires Inc. in 2021.\nThe gang had demanded two "
        "million dollars from Kiri Tires Inc. at the time.",
        "Hackers breached Kiri Tires Inc. last month.\nLockBit demanded no "
        "ransom, the company said."};
    for (size_t i = 0; i < sizeof not_news / sizeof *not_news; i++) {
        t[0].text = not_news[i];
        d = draft(t, 1);
        assert_int_equal(events_of(d, "LockBit", MT_EVENT_OTHER), 0);
        mt_dossier_free(d);
    }
    text_src ja[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-05-10", "ja",
                      "ツグミ工業は先月、ランサムウェアの被害を受けた。Lock"
                      "Bitは同社に身代金を要求していた。"}};
    d = draft(ja, 1);
    assert_int_equal(events_of(d, "LockBit", MT_EVENT_OTHER), 0);
    mt_dossier_free(d);
    /* the victim is extorted: no demand of its own */
    text_src w[] = {{MT_KIND_MEDIA, "Kite Daily", "2021-11-13", "en",
                     "Hackers broke into Kiri Tools Inc. last week.\nKiri "
                     "Tools Inc. was extorted by the intruders."}};
    d = draft(w, 1);
    assert_int_equal(events_of(d, "Kiri Tools Inc.", MT_EVENT_OTHER), 0);
    mt_dossier_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_days__press_conference),
        cmocka_unit_test(test_days__the_first_of_two),
        cmocka_unit_test(test_days__a_part_of_the_day),
        cmocka_unit_test(test_days__a_hedge_that_ends_the_sentence),
        cmocka_unit_test(test_days__a_blog_looking_back),
        cmocka_unit_test(test_days__lede_day_past_a_month),
        cmocka_unit_test(test_days__a_recalled_month),
        cmocka_unit_test(test_days__data_possibly_seen),
        cmocka_unit_test(test_days__a_place_and_another_hospital),
        cmocka_unit_test(test_days__a_place_before_brackets),
        cmocka_unit_test(test_days__prefectural_police),
        cmocka_unit_test(test_days__systems_unusable),
        cmocka_unit_test(test_days__polite_notice),
        cmocka_unit_test(test_days__the_company_after_its_subsidiary),
        cmocka_unit_test(test_days__topic_and_cleft),
        cmocka_unit_test(test_days__money_taken),
        cmocka_unit_test(test_days__hit_by_an_attack),
        cmocka_unit_test(test_days__investigation_under_way),
        cmocka_unit_test(test_days__a_seat_is_no_short_name),
        cmocka_unit_test(test_days__headline_then_body),
        cmocka_unit_test(test_days__an_authority_orders),
        cmocka_unit_test(test_days__police_at_work),
        cmocka_unit_test(test_days__a_contractor_in_brackets),
        cmocka_unit_test(test_days__lede_dates_what_it_tells),
        cmocka_unit_test(test_days__compensation),
        cmocka_unit_test(test_days__an_outlet_reported),
        cmocka_unit_test(test_days__a_leak_and_what_it_spared),
        cmocka_unit_test(test_days__deadline_set),
        cmocka_unit_test(test_days__found_noun_stop),
        cmocka_unit_test(test_days__whose_machine),
        cmocka_unit_test(test_days__background_then_frame),
        cmocka_unit_test(test_days__a_name_in_katakana),
        cmocka_unit_test(test_days__hearsay_keeps_the_attacks_date),
        cmocka_unit_test(test_days__weekday_of_an_undated_page),
        cmocka_unit_test(test_days__an_arrest),
        cmocka_unit_test(test_days__ransom_not_paid),
        cmocka_unit_test(test_days__on_a_ministry_s_word),
        cmocka_unit_test(test_days__a_check_with_its_day),
        cmocka_unit_test(test_days__a_claim_seen),
        cmocka_unit_test(test_days__opening_date_with_its_year),
        cmocka_unit_test(test_days__confirmed_and_found),
        cmocka_unit_test(test_days__access_shut_and_checked),
        cmocka_unit_test(test_days__leaked_elsewhere),
        cmocka_unit_test(test_days__found_and_happened),
        cmocka_unit_test(test_days__yesterday_beside_its_date),
        cmocka_unit_test(test_days__claims_in_other_words),
        cmocka_unit_test(test_days__a_note_that_names_its_author),
        cmocka_unit_test(test_days__lede_after_a_recalled_month),
        cmocka_unit_test(test_days__lede_day_after_what_it_recalls),
        cmocka_unit_test(test_days__a_breach_referred_back),
        cmocka_unit_test(test_days__weekday_places_the_year),
        cmocka_unit_test(test_days__weekday_page_dated_by_others),
        cmocka_unit_test(test_days__lede_after_repeated_headlines),
        cmocka_unit_test(test_days__year_of_a_page_with_links_below),
        cmocka_unit_test(test_days__yesterday_is_no_weekday),
        cmocka_unit_test(test_days__news_day_inside_its_predicate),
        cmocka_unit_test(test_days__lede_day_told_by),
        cmocka_unit_test(test_days__tally_of_a_period),
        cmocka_unit_test(test_days__a_day_alone_past_the_page),
        cmocka_unit_test(test_days__the_day_after_a_deed),
        cmocka_unit_test(test_days__an_undated_demand),
    };
    return cmocka_run_group_tests(tests, stages_setup, stages_teardown);
}
