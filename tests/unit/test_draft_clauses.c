/*
 * The draft's stages on the clause a date belongs to, on invented
 * sentences in the shape of real news: a date dates its own clause's
 * verb, a round-up's dates and cases stay with their organisations.
 * "Cause N" is the Nth way the draft failed on real news (issue 9).
 * Helpers in stages.c.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "matome/dossier.h"

#include "stages.h"

#include <stdio.h>
#include <string.h>

/* Cause 3: a round-up's dates stay with their own organisations. */
static void test_stages__round_up_dates_keep_their_organisation(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2020-02-07", "en",
         "Kobe Steel disclosed the breach on Thursday, widening a string of "
         "disclosures that began with Mitsubishi Electric Corp. on January "
         "20 and NEC Corp. on January 31."},
        {MT_KIND_MEDIA, "毎朝新聞", "2020-02-07", "ja",
         "三菱電機が1月20日に、NECが1月31日にそれぞれ被害を公表した。"}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(event(d, "三菱電機", "2020-01-20", MT_EVENT_DISCLOSURE));
    assert_non_null(event(d, "NEC", "2020-01-31", MT_EVENT_DISCLOSURE));
    assert_null(event(d, "神戸製鋼所", "2020-01-20", MT_EVENT_DISCLOSURE));
    assert_null(event(d, "神戸製鋼所", "2020-01-31", MT_EVENT_DISCLOSURE));
    assert_null(event(d, "三菱電機", "2020-01-31", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);

    /* Each subject with its own day before one verb (「Aは5日、Bは6日に
     * それぞれ」): each deed on its subject's day. */
    text_src pair[] = {{MT_KIND_MEDIA, "毎朝新聞", "2021-03-08", "ja",
                        "ヒバリ航空は3月5日、ツグミ航空は3月6日に、それぞれ"
                        "会員情報の流出を発表した。"}};
    d = draft(pair, 1);
    assert_non_null(event(d, "ヒバリ航空", "2021-03-05", MT_EVENT_DISCLOSURE));
    assert_non_null(event(d, "ツグミ航空", "2021-03-06", MT_EVENT_DISCLOSURE));
    assert_non_null(
        event(d, "ツグミ航空", "2021-03-06", MT_EVENT_LEAK_POSSIBLE));
    assert_null(event(d, "ヒバリ航空", "2021-03-06", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
    pair[0].text = "ヒバリ航空は2021年3月5日、ツグミ航空は3月6日にそれぞれ"
                   "発表した。";
    d = draft(pair, 1);
    assert_non_null(event(d, "ヒバリ航空", "2021-03-05", MT_EVENT_DISCLOSURE));
    assert_non_null(event(d, "ツグミ航空", "2021-03-06", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
    /* Subjects marked unlike are no list: the outlet's report of the
     * 6th tells what happened to the company on the 5th. */
    pair[0].text = "ツグミ新聞は3月6日、ヒバリ航空が3月5日にサイバー攻撃を"
                   "受けたと報じた。";
    d = draft(pair, 1);
    assert_non_null(
        event(d, "ヒバリ航空", "2021-03-05", MT_EVENT_INTRUSION_START));
    assert_non_null(
        event(d, "ツグミ新聞", "2021-03-06", MT_EVENT_MEDIA_REPORT));
    assert_null(event(d, "ツグミ新聞", "2021-03-06", MT_EVENT_INTRUSION_START));
    assert_null(event(d, "ヒバリ航空", "2021-03-05", MT_EVENT_MEDIA_REPORT));
    mt_dossier_free(d);

    /* An earlier incident a round-up recalls leaves the timeline for the
     * commentary, though another source names its victim (and a link cue
     * beside an authority links nobody); the principal victim's own old
     * facts stay. */
    text_src u[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2023-11-28", "ja",
         "ヒイラギ電機は27日、不正アクセスで約44万件の利用者情報が流出した"
         "可能性があると発表した。同社の元社員は2014年から顧客情報を"
         "持ち出していた。クヌギ工業の広報担当者は取材に答えなかった。"},
        {MT_KIND_MEDIA, "時報通信", "2023-11-29", "ja",
         "ヒイラギ電機は27日、利用者情報が流出したと発表した。"
         "クヌギ工業は2010年に不正アクセスで約2200万件のID情報を流出させ、"
         "関連会社が総務省の指導を受けた。"
         "ヒイラギ電機の子会社のカシ物流も2010年に不正アクセスを受けていた。"}};
    d = draft(u, 2);
    assert_non_null(
        event(d, "ヒイラギ電機", "2023-11-27", MT_EVENT_LEAK_POSSIBLE));
    assert_int_equal(events_of(d, "クヌギ工業", MT_EVENT_LEAK_POSSIBLE) +
                         events_of(d, "クヌギ工業", MT_EVENT_INTRUSION_START),
                     0);
    bool noted = false;
    for (size_t i = 0; i < d->ncommentary; i++)
        noted = noted || (strstr(d->commentary[i].text, "Other incidents") &&
                          strstr(d->commentary[i].text, "クヌギ工業"));
    assert_true(noted);
    /* A subsidiary is a party to this incident, however old its facts. */
    assert_non_null(event(d, "カシ物流", "2010", MT_EVENT_INTRUSION_START));
    assert_int_equal(events_of(d, "ヒイラギ電機", MT_EVENT_LEAK_POSSIBLE), 2);
    mt_dossier_free(d);

    /* Other victims a few of the sources recall, months before this
     * attack, leave the timeline too, however near; a link cue in
     * another clause of their sentence ties neither to this incident. */
    text_src w[] = {
        {MT_KIND_MEDIA, "Wire", "2021-04-29", "en",
         "Hiiragi Construction Co. said on Wednesday that an overseas unit "
         "was hit by ransomware on April 20. In November 2020, Capcom was "
         "attacked, and the US subsidiary of HOYA was attacked this "
         "month."},
        {MT_KIND_MEDIA, "毎朝新聞", "2021-04-29", "ja",
         "ヒイラギ建設は28日、海外の子会社がランサムウェアの攻撃を受けたと"
         "発表した。"},
        {MT_KIND_MEDIA, "時報通信", "2021-04-29", "ja",
         "ヒイラギ建設は28日、海外子会社へのサイバー攻撃を明らかにした。"}};
    d = draft(w, 3);
    assert_int_equal(events_of(d, "カプコン", MT_EVENT_INTRUSION_START), 0);
    assert_non_null(event(d, "HOYA", "2021-04", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
}

/* Cause 4 in English: what a dated statement reports as done ("on
 * Tuesday said that it discovered") had happened by the statement's day;
 * such a bound is no day of its own to set against another source's
 * intrusion on that day. */
static void test_stages__reported_deed_by_the_statement_day(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2024-05-09", "en",
                     "Nintendo launched an investigation and on Tuesday "
                     "(7 May) said that it discovered 20,000 more accounts "
                     "accessed without permission."},
                    {MT_KIND_MEDIA, "毎朝新聞", "2024-05-08", "ja",
                     "任天堂は、5月7日に外部から不正アクセスを受けたと"
                     "明らかにした。"},
                    {MT_KIND_MEDIA, "時報通信", "2024-05-08", "ja",
                     "任天堂では4月上旬から不正ログインが相次いでいた。"},
                    {MT_KIND_MEDIA, "Daily", "2024-05-09", "en",
                     "Nintendo on Wednesday (8 May) said that its servers "
                     "were breached."}};
    mt_dossier *d = draft(t, 4);
    const mt_dossier_event *e =
        event(d, "任天堂", "2024-05-07", MT_EVENT_DETECTION);
    assert_non_null(e);
    assert_true(e && (e->date.mods & MT_DMOD_BEFORE));
    assert_null(conflict_about(d, "detection or intrusion"));
    /* Breached by the 8th: it may be before the detection, and no later
     * than the 7th or early April. */
    assert_non_null(event(d, "任天堂", "2024-05-08", MT_EVENT_INTRUSION_START));
    const mt_dossier_conflict *k = conflict_about(d, "date of intrusion");
    for (size_t i = 0; k && i < k->nvariants; i++)
        assert_null(strstr(k->variants[i].value, "05-08"));
    mt_dossier_free(d);
}

/* Cause 4: a deed a news article tells without a date (the police
 * consulted, the ministry told) was done by the article's day; not in a
 * headline, not in what others reported, and not in a company's own
 * notice, which tells its history (done when it found the attack). */
static void test_stages__undated_deeds_by_the_article_day(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2021-08-06", "ja",
         "ツグミ製粉株式会社のシステム障害は長引いている。同社は警察に相談し"
         "、所管する農林水産省に報告を行った。\nヒバリ精機株式会社が被害 警"
         "察に相談\nカモメ化成株式会社も警察に相談したと報じられた。\n最後"
         "の段落は途中で切れており、ツグミ製粉は外部の専門家と調査を進め"}};
    mt_dossier *d = draft(t, 1);
    const mt_dossier_event *e =
        event(d, "ツグミ製粉", "2021-08-06", MT_EVENT_NOTIFICATION);
    assert_non_null(e);
    assert_true(e && (e->date.mods & MT_DMOD_BEFORE));
    assert_non_null(
        event(d, "ツグミ製粉", "2021-08-06", MT_EVENT_INVESTIGATION));
    assert_int_equal(events_of(d, "ヒバリ精機", MT_EVENT_NOTIFICATION), 0);
    assert_int_equal(events_of(d, "カモメ化成", MT_EVENT_NOTIFICATION), 0);
    mt_dossier_free(d);
    /* A blog's post is read as an article is. */
    t[0].kind = MT_KIND_BLOG;
    d = draft(t, 1);
    assert_non_null(
        event(d, "ツグミ製粉", "2021-08-06", MT_EVENT_NOTIFICATION));
    mt_dossier_free(d);
    /* Another source dates a deed the day before: "by" the article's
     * day says no more, and stays its own line. */
    text_src v[] = {{MT_KIND_MEDIA, "時報通信", "2021-08-07", "ja",
                     "ツグミ製粉株式会社は8月5日に警察に相談した。"},
                    {MT_KIND_MEDIA, "毎朝新聞", "2021-08-06", "ja",
                     "ツグミ製粉株式会社のシステム障害は長引いている。同社は警"
                     "察に相談した。"}};
    d = draft(v, 2);
    assert_non_null(
        event(d, "ツグミ製粉", "2021-08-05", MT_EVENT_NOTIFICATION));
    e = event(d, "ツグミ製粉", "2021-08-06", MT_EVENT_NOTIFICATION);
    assert_true(e && (e->date.mods & MT_DMOD_BEFORE));
    mt_dossier_free(d);
    /* A company's notice tells what it did at once when it found the
     * attack: on that day, which it does not give, not by the notice's;
     * what it did since was done by the notice's day. */
    text_src o[] = {{MT_KIND_OFFICIAL, "ツバメ電工", "2021-08-06", "ja",
                     "当社はサーバーへの不正アクセスを検知しました。直ちにネ"
                     "ットワークを遮断し、警察に相談しました。"}};
    d = draft(o, 1);
    assert_int_equal(events_of(d, "ツバメ電工", MT_EVENT_NOTIFICATION), 0);
    assert_int_equal(events_of(d, "ツバメ電工", MT_EVENT_CONTAINMENT), 0);
    mt_dossier_free(d);
    o[0].text = "当社はサーバーへの不正アクセスを検知しました。その後、個人情"
                "報保護委員会に報告しました。";
    d = draft(o, 1);
    e = event(d, "ツバメ電工", "2021-08-06", MT_EVENT_NOTIFICATION);
    assert_true(e && (e->date.mods & MT_DMOD_BEFORE));
    mt_dossier_free(d);
}

/* Cause 7: a day after a date with its month (「3月6日…7日」) follows
 * that date's year as corrected, not the year of a period the text told
 * before (「2003年~2010年に集めた」). */
static void test_stages__day_follows_corrected_year(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2019-03-09", "ja",
                     "2003年~2010年に集めた会員情報も含まれていた。\n任天堂"
                     "は3月6日にサービスを止め、7日18時頃に告知を出したと発表"
                     "した。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "任天堂", "2019-03-07", MT_EVENT_DISCLOSURE));
    assert_null(event(d, "任天堂", "2010-03-07", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
    /* 同日 after 「21日に」 that the extractor read in the month of a
     * schedule told before (11月6日): the day 21日 was moved to. */
    text_src u[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-10-22", "ja",
                     "任天堂は11月6日に予定していた決算発表を延期した。同社は"
                     "21日に発送を再開した。同日、修理の受付を止めると発表し"
                     "た。"}};
    d = draft(u, 1);
    assert_non_null(event(d, "任天堂", "2024-10-21", MT_EVENT_DISCLOSURE));
    assert_null(event(d, "任天堂", "2024-11-21", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* Cause 3 in English: in a round-up, a name no table knows is the
 * clause's subject ("the postal service Hibari Post was attacked in
 * January"), not the passage's topic. */
static void test_stages__unknown_name_in_a_round_up(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2023-11-10", "en",
                     "Nintendo was hit by ransomware in November. Analysts say "
                     "the postal service Hibari Post was attacked in January "
                     "by the same gang."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "任天堂", "2023-11", MT_EVENT_INTRUSION_START));
    assert_null(event(d, "任天堂", "2023-01", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
}

/* Cause 7: a date in a clause closed by が after its verb (「7月1日に
 * 始まったが、直後に…発覚した」) is that clause's, not the detection's. */
static void test_stages__date_of_a_closed_clause(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2019-07-06", "ja",
                     "ツグミ化成株式会社の新しい決済サービスは7月1日に始まった"
                     "が、直後に不正利用が発覚した。"}};
    mt_dossier *d = draft(t, 1);
    assert_null(event(d, "ツグミ化成", "2019-07-01", MT_EVENT_DETECTION));
    mt_dossier_free(d);
    /* 「7月31日15時時点で…と発表」: the day the figures stood at, not the
     * statement's. */
    text_src u[] = {{MT_KIND_MEDIA, "毎朝新聞", "2019-08-02", "ja",
                     "ツグミ化成株式会社は、7月31日15時時点で被害者が808人に"
                     "上ると発表した。"}};
    d = draft(u, 1);
    assert_null(event(d, "ツグミ化成", "2019-07-31", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* Cause 4b: a statement two companies make together is both's; its own
 * date is the one after the subjects, not the dates it tells; a range
 * dates an attack by its first day; 同日 in a source without a date
 * follows the year the others give; a timeline list dates its lines. */
static void test_stages__joint_statements_and_ranges(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2024-06-20", "ja",
         "株式会社ヒバリ出版および株式会社ツグミ動画は6月14日、6月8日未明"
         "から複数のサービスが停止している問題に関する続報を発表した。"},
        {MT_KIND_MEDIA, "港湾日報", NULL, "ja",
         "カモメ物流は7月26日、コンテナ管理システムが7月4~6日にサイバー攻撃を"
         "受けた問題について報告した。7月5日に障害を検知した。同日中に"
         "対策本部を設置した。"},
        {MT_KIND_OFFICIAL, "Tsubame Games", "2021-04-13", "en",
         "Tsubame Games announced the results of its investigation.\n\n"
         "November 2, 2020 Detected trouble reaching the office "
         "network. Shut down systems and began looking into it.\n"
         "November 2, 2020 Confirmed that the trouble came from a "
         "ransomware attack. Found a note left by a crew that calls "
         "itself Ragnar Locker and contacted the police."},
        {MT_KIND_MEDIA, "時報通信", "2024-07-27", "ja",
         "港の混雑は続いている。"}};
    /* The undated one is read in the middle year of the dated ones
     * (2021, 2024, 2024). */
    mt_dossier *d = draft(t, 4);
    assert_non_null(event(d, "ヒバリ出版", "2024-06-14", MT_EVENT_DISCLOSURE));
    assert_non_null(event(d, "ツグミ動画", "2024-06-14", MT_EVENT_DISCLOSURE));
    assert_null(event(d, "ツグミ動画", "2024-06-08", MT_EVENT_DISCLOSURE));
    assert_non_null(
        event(d, "カモメ物流", "2024-07-04", MT_EVENT_INTRUSION_START));
    assert_null(event(d, "カモメ物流", "2024-07-06", MT_EVENT_INTRUSION_START));
    assert_non_null(event(d, "カモメ物流", "2024-07-05", MT_EVENT_DETECTION));
    /* 対策本部: a response team, the investigation's (not 対策, a
     * measure) */
    assert_int_equal(events_of(d, "カモメ物流", MT_EVENT_REMEDIATION) +
                         events_of(d, "カモメ物流", MT_EVENT_CONTAINMENT),
                     0);
    assert_non_null(
        event(d, "カモメ物流", "2024-07-05", MT_EVENT_INVESTIGATION));
    assert_non_null(
        event(d, "Tsubame Games", "2020-11-02", MT_EVENT_DETECTION));
    assert_non_null(
        event(d, "Tsubame Games", "2020-11-02", MT_EVENT_CONTAINMENT));
    assert_non_null(
        event(d, "Tsubame Games", "2020-11-02", MT_EVENT_NOTIFICATION));
    assert_null(
        event(d, "Tsubame Games", "2020-11-02", MT_EVENT_INTRUSION_START));
    assert_int_equal(events_of(d, "Ragnar Locker", MT_EVENT_NOTIFICATION), 0);
    assert_int_equal(role_of(d, "Ragnar Locker"), MT_ROLE_ATTACKER);
    assert_null(org_named(d, "Ragnar"));
    mt_dossier_free(d);
}

/* Cause 7: the day of an earlier notice a statement refers to (「8月16
 * 日、7月9日に公表したシステム障害についての続報を発表」) is that
 * notice's, and a report's object (「7月9日にシステム障害を公表した」)
 * takes no date from the statement. */
static void test_stages__an_earlier_notice(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2021-08-17", "ja",
                     "ツグミ製粉株式会社は2021年8月16日、7月9日に公表したシス"
                     "テム障害についての続報を発表した。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "ツグミ製粉", "2021-07-09", MT_EVENT_DISCLOSURE));
    assert_non_null(event(d, "ツグミ製粉", "2021-08-16", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "毎朝新聞", "2021-08-17", "ja",
                     "ツグミ製粉株式会社は東京の会社だ。\nツグミ製粉は7月9日に"
                     "システム障害を公表した。"}};
    d = draft(u, 1);
    assert_non_null(event(d, "ツグミ製粉", "2021-07-09", MT_EVENT_DISCLOSURE));
    assert_null(event(d, "ツグミ製粉", "2021-08-17", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* Cause 7: a day of the month is the nearest past one, a schedule keeps
 * its year, "two days later" counts from the date before it. */
static void test_stages__dates_in_context(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2024-03-05", "ja",
         "ツバキ商会は28日にシステム障害を検知した。同社は3月20日の再開を"
         "予定している。"},
        {MT_KIND_MEDIA, "Wire", "2024-03-06", "en",
         "Tsubaki Shokai detected the outage on February 28 and reported it "
         "to the police two days later."}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(event(d, "ツバキ商会", "2024-02-28", MT_EVENT_DETECTION));
    assert_non_null(
        event(d, "ツバキ商会", "2024-03-01", MT_EVENT_NOTIFICATION));
    /* A plan is no event, and never one dated a year back. */
    assert_null(event(d, "ツバキ商会", "2023-03-20", MT_EVENT_REMEDIATION));
    assert_null(event(d, "ツバキ商会", "2024-03-20", MT_EVENT_REMEDIATION));
    mt_dossier_free(d);

    /* 「Xは7日、」 dates what the article tells next without a date (that
     * a narrative's full date does not is in the hokuryo golden). */
    text_src u[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2022-03-08", "ja",
         "ヤマブキ工業は7日、ネットワークが不正アクセスを受けたことを確認し、"
         "システムを停止することを決定した。なお、すでに関係機関への報告を"
         "行ったという。"}};
    d = draft(u, 1);
    assert_non_null(
        event(d, "ヤマブキ工業", "2022-03-07", MT_EVENT_NOTIFICATION));
    assert_null(event(d, "ヤマブキ工業", "2022-03-08", MT_EVENT_NOTIFICATION));
    mt_dossier_free(d);

    /* What the police do next is no step of the victim's narrative. */
    text_src y[] = {{MT_KIND_MEDIA, "毎朝新聞", "2022-03-01", "ja",
                     "ヤマブキ工業は2月26日、サーバーの障害を検知した。"
                     "警察はランサムウェアの可能性があるとみて捜査を進めて"
                     "いる。"},
                    {MT_KIND_MEDIA, "時報通信", "2022-03-01", "ja",
                     "ヤマブキ工業は2月26日、サーバーの障害を検知した。"
                     "同社は外部の専門家に調査を依頼した。"}};
    d = draft(y, 2);
    assert_null(event(d, "警察", "2022-02-26", MT_EVENT_INVESTIGATION));
    assert_non_null(
        event(d, "ヤマブキ工業", "2022-02-26", MT_EVENT_INVESTIGATION));
    mt_dossier_free(d);

    /* A weekday is the last such day on or before the article's
     * (2024-03-01 is a Friday). */
    text_src x[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-03-02", "ja",
                     "ツバキ商会はシステム障害の原因を調べている。"},
                    {MT_KIND_MEDIA, "Wire", "2024-03-01", "en",
                     "Tsubaki Shokai detected the outage on Thursday."}};
    d = draft(x, 2);
    assert_non_null(event(d, "ツバキ商会", "2024-02-29", MT_EVENT_DETECTION));
    mt_dossier_free(d);

    /* An undated source whose latest written year is a round-up's (an
     * older incident) is read in the dated sources' year. */
    text_src rw[] = {{MT_KIND_MEDIA, "毎朝新聞", "2023-06-07", "ja",
                      "ヤマブキ工業は6日、不正アクセスを受けたと発表した。"},
                     {MT_KIND_MEDIA, "Wire", NULL, "en",
                      "Yamabuki Kogyo Corp. said its servers were found "
                      "encrypted on June 3. In 2021, another maker was hit."}};
    d = draft(rw, 2);
    assert_non_null(event(d, "ヤマブキ工業", "2023-06-03", MT_EVENT_DETECTION));
    mt_dossier_free(d);

    /* A source dated to the month only: 7月1日 in an article of 2024-06
     * is days after it (a schedule), not a year back. */
    text_src v[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-06", "ja",
                     "ヤマブキ工業は7月1日に不正アクセスを受けた。"}};
    d = draft(v, 1);
    assert_non_null(
        event(d, "ヤマブキ工業", "2024-07-01", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);

    /* The date before what a statement tells is that event's, not the
     * statement's (the hour of the day between them); 「12日には、」
     * opens a statement as 「12日、」 does. */
    text_src w[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2022-03-01", "ja",
         "これについてヤマブキ工業は、2月26日の午後9時ごろ、サーバーの障害"
         "を検知し、再起動したところ脅迫文が見つかったと明らかにした。同社は"
         "3月2日から工場の稼働を再開すると発表した。"},
        {MT_KIND_MEDIA, "時報通信", "2022-03-15", "ja",
         "ヤマブキ工業は、3月12日には、個人情報保護委員会に障害発生を報告した"
         "。"}};
    d = draft(w, 2);
    assert_non_null(event(d, "ヤマブキ工業", "2022-02-26", MT_EVENT_DETECTION));
    assert_non_null(
        event(d, "ヤマブキ工業", "2022-03-01", MT_EVENT_DISCLOSURE));
    assert_null(event(d, "ヤマブキ工業", "2022-02-26", MT_EVENT_DISCLOSURE));
    assert_null(event(d, "ヤマブキ工業", "2022-03-02", MT_EVENT_DISCLOSURE));
    assert_non_null(
        event(d, "ヤマブキ工業", "2022-03-12", MT_EVENT_NOTIFICATION));
    mt_dossier_free(d);
}

/* An earlier incident a sentence recalls (a recall cue in it or in the
 * sentence before) leaves the timeline, the victim's own too. */
static void test_stages__recalled_incident(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "時報通信", "2023-10-05", "ja",
         "ツグミ電機は10月4日、サーバーが不正アクセスを受けたと発表した。2011"
         "年にツグミ電機で起きた大規模な個人情報の漏洩が想起される。"},
        {MT_KIND_MEDIA, "Wire", "2023-10-06", "en",
         "Tsugumi Denki said on October 4 that a server was hacked. This is "
         "not the first time Tsugumi Denki was attacked. In February 2021 "
         "its network was hit by ransomware."}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(
        event(d, "ツグミ電機", "2023-10-04", MT_EVENT_INTRUSION_START));
    assert_null(event(d, "ツグミ電機", "2011", MT_EVENT_LEAK_POSSIBLE));
    assert_null(event(d, "ツグミ電機", "2021-02", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
    /* the recalled sentence alone names a leak (no recall cue, it would
     * be one) */
    t[0].text = "ツグミ電機は10月4日、サーバーが不正アクセスを受けたと発表した"
                "。2011年にツグミ電機で個人情報が流出したことが想起される。";
    d = draft(t, 1);
    assert_non_null(event(d, "ツグミ電機", "2023-10-04", MT_EVENT_DISCLOSURE));
    assert_null(event(d, "ツグミ電機", "2011", MT_EVENT_LEAK_POSSIBLE));
    mt_dossier_free(d);
}

/* A headline's capitals name nobody; "last October" in an article of
 * October is a year back; a sum of money counts nothing; a date after
 * what was found is the finding's. */
static void test_stages__headlines_and_english_dates(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2022-10-26", "en",
         "Hackers Say Tokushima Hospital Paid Ransom\n\n"
         "Patient files were locked by ransomware. Kaede Hospital said its "
         "files were locked in a ransomware attack last October. The "
         "hackers claim the hospital paid $30,000 to get the files back."}};
    mt_dossier *d = draft(t, 1);
    assert_null(org_named(d, "Say Tokushima Hospital"));
    assert_null(org_named(d, "Hackers Say Tokushima Hospital"));
    assert_non_null(
        event(d, "Kaede Hospital", "2021-10", MT_EVENT_INTRUSION_START));
    assert_null(
        event(d, "Kaede Hospital", "2022-10", MT_EVENT_INTRUSION_START));
    for (size_t i = 0; i < d->nclaims; i++)
        assert_false(d->claims[i].has_quantity &&
                     d->claims[i].quantity.value == 30000);
    mt_dossier_free(d);

    /* "The gang" is the attacker named before it, not the victim; the
     * attacker's claim is its own though the victim's name comes right
     * before the date. */
    text_src v[] = {{MT_KIND_MEDIA, "Wire", "2023-06-20", "en",
                     "LockBit claimed the attack on Kaede Hospital on June 3. "
                     "The gang demanded a ransom of $1 million on June 12."}};
    d = draft(v, 1);
    assert_non_null(event(d, "LockBit", "2023-06-03", MT_EVENT_ATTRIBUTION));
    assert_null(event(d, "Kaede Hospital", "2023-06-03", MT_EVENT_ATTRIBUTION));
    assert_non_null(event(d, "LockBit", "2023-06-12", MT_EVENT_OTHER));
    assert_null(event(d, "Kaede Hospital", "2023-06-12", MT_EVENT_OTHER));
    mt_dossier_free(d);

    /* The date after a finding's object is the finding's: the access was
     * found on May 6, it began before. */
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2023-06-13", "en",
                     "Hayabusa Widgets Corp. detected unauthorized access on "
                     "May 6. Hayabusa Widgets Corp. found the intrusion in "
                     "April."}};
    d = draft(u, 1);
    assert_non_null(
        event(d, "Hayabusa Widgets Corp.", "2023-05-06", MT_EVENT_DETECTION));
    assert_non_null(
        event(d, "Hayabusa Widgets Corp.", "2023-04", MT_EVENT_DETECTION));
    assert_int_equal(
        events_of(d, "Hayabusa Widgets Corp.", MT_EVENT_INTRUSION_START), 0);
    mt_dossier_free(d);
}

/* "the Oct. 31 attack": a date names the day of the noun it stands
 * before (the noun alone is no event), and a yearless day after the
 * article's own is last year's when what it dates cannot lie ahead.  (A
 * source dated to its month alone keeps dates.c's reading:
 * dates_in_context.) */
static void test_stages__the_day_of_an_attack(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2022-10-26", "en",
                     "After the Oct. 31 attack, Umeda Hospital refused to "
                     "pay. The attack was costly."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "Umeda Hospital", "2021-10-31", MT_EVENT_INTRUSION_START));
    assert_int_equal(events_of(d, "Umeda Hospital", MT_EVENT_INTRUSION_START),
                     1);
    mt_dossier_free(d);

    /* A page that writes a full date after its own (an article updated
     * since) bounds nothing: its yearless days keep their year. */
    text_src u[] = {{MT_KIND_OTHER, "Wiki", "2024-06-08", "en",
                     "On June 20, 2024, Umeda Shoten Corp. restored its web "
                     "site. On June 14, Umeda Shoten Corp. confirmed that a "
                     "ransomware attack had brought its site down."}};
    d = draft(u, 1);
    /* "confirmed that" an attack: the attack found on the day said */
    assert_non_null(
        event(d, "Umeda Shoten Corp.", "2024-06-14", MT_EVENT_DETECTION));
    mt_dossier_free(d);
}

/* A cleft dates its clause: 「…を受けたのは、2月26日20時ごろだ」 is the
 * attack's day, and 「被害を確認したのは6月3日深夜」 the detection's
 * (被害を確認: the damage found). */
static void test_stages__cleft_dates(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2023-06-10", "ja",
         "ヒバリ食品株式会社は10日、ランサムウェアの被害を公表した。"
         "同社のサーバーがサイバー攻撃を受けたのは、2月26日20時"
         "ごろだ。同社がその被害を確認したのは6月3日深夜。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "ヒバリ食品", "2023-02-26", MT_EVENT_INTRUSION_START));
    assert_non_null(event(d, "ヒバリ食品", "2023-06-03", MT_EVENT_DETECTION));
    mt_dossier_free(d);
}

/* A clause that tells the incident as background (「…問題で、」) takes
 * no date from the statement around it; a date inside it is its own. */
static void test_stages__background_clause(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2016-06-25", "ja",
                     "ヒバリ食品株式会社は6月24日、サーバーへの不正アクセス"
                     "により約793万人の個人情報が流出した可能性が指摘される"
                     "問題で、記者会見を開いた。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "ヒバリ食品", "2016-06-24", MT_EVENT_DISCLOSURE));
    assert_null(event(d, "ヒバリ食品", "2016-06-24", MT_EVENT_LEAK_POSSIBLE));
    mt_dossier_free(d);
    t[0].text = "ヒバリ食品株式会社が5月10日に受けたサイバー攻撃の問題で、"
                "同社は6月24日、記者会見を開いた。";
    d = draft(t, 1);
    assert_non_null(
        event(d, "ヒバリ食品", "2016-05-10", MT_EVENT_INTRUSION_START));
    assert_null(event(d, "ヒバリ食品", "2016-06-24", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
}

/* 「当時は」 after a date: what stood then was as of that date (「10月8日に
 * 一報を出しており、当時は…流出は確認されていないと説明していた」), not
 * of the statement that recalls it; 「当初」 names no day. */
static void test_stages__as_it_stood_then(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-10-15", "ja",
                     "ヒバリ食品株式会社は10月11日、個人情報が流出したと発表"
                     "した。同社は10月8日に被害の一報を出しており、当時は顧客"
                     "情報の流出は確認されていないと説明していた。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "ヒバリ食品", "2024-10-08", MT_EVENT_LEAK_DENIED));
    mt_dossier_free(d);
    /* a later clause's own date is its own */
    t[0].text = "ヒバリ食品株式会社は10月8日に被害の一報を出し、当時は顧客情報"
                "の流出は確認されていないとしていたが、11日に流出を確認した。";
    d = draft(t, 1);
    assert_null(event(d, "ヒバリ食品", "2024-10-08", MT_EVENT_LEAK_POSSIBLE));
    assert_non_null(
        event(d, "ヒバリ食品", "2024-10-11", MT_EVENT_LEAK_POSSIBLE));
    mt_dossier_free(d);
}

/* Putting something off (決算発表を延期) is dated by its statement or the
 * article, never by the dates of what is put off: the day it was planned
 * for, the fiscal period, the new deadline. */
static void test_stages__what_is_put_off(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2021-08-06", "ja",
         "ヒバリ食品工業は、当初8月5日に予定していた6月までの3か月間の決算発表"
         "を延期した。"},
        {MT_KIND_MEDIA, "時報通信", "2021-08-17", "ja",
         "ヒバリ食品工業は16日、8月16日までに提出予定だった四半期報告書の提出を"
         "11月15日までに延期すると発表した。"}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(event(d, "ヒバリ食品工業", "2021-08-06", MT_EVENT_OTHER));
    assert_non_null(event(d, "ヒバリ食品工業", "2021-08-16", MT_EVENT_OTHER));
    assert_int_equal(events_of(d, "ヒバリ食品工業", MT_EVENT_OTHER), 2);
    mt_dossier_free(d);
}

/* A round-up's old attack on a company the text does not recognise is
 * not the victim's, though the passage's topic stands for it: one source,
 * never naming the victim, years before what two sources tell. */
static void test_stages__an_unnamed_old_attack(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2023-06-07", "en",
         "Umeda Pharma Corp. said part of its network was encrypted on June "
         "3. Tanuki won a ruling in its litigation over a 2017 attack on its "
         "plants."},
        {MT_KIND_MEDIA, "Post", "2023-06-08", "en",
         "Umeda Pharma Corp. said its network was encrypted on June 3."}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(
        event(d, "Umeda Pharma Corp.", "2023-06-03", MT_EVENT_DETECTION));
    assert_null(
        event(d, "Umeda Pharma Corp.", "2017", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
}

/* A period a leak is told with is the data's: 「漏えいした恐れがあるの
 * は、<day>から…に買い物をした人の氏名だという」 is as of the statement,
 * 「流出したのは、<day>から…に払い戻しを受けた会員の口座番号」 and
 * 「<month>~<month>の会員情報が流出」 are not of those days; a day the leak
 * is denied by (までに) stays. */
static void test_stages__period_of_the_data(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2022-01-11", "ja",
         "ツグミ商事株式会社は10日、不正アクセスを受けたと発表した。漏えいした"
         "恐れがあるのは、2021年9月3日から同年11月30日までに通販サイトで"
         "買い物をした5120人の氏名と住所だという。"},
        {MT_KIND_MEDIA, "時報通信", "2022-01-11", "ja",
         "ツグミ商事株式会社は10日、不正アクセスを受けたと発表した。流出した"
         "のは、2012年4月1日から13年3月31日までに払い戻しを受けた会員の口座"
         "番号。"},
        {MT_KIND_MEDIA, "港湾日報", "2022-01-11", "ja",
         "ツグミ商事株式会社は10日、不正アクセスを受けたと発表した。ツグミ商事"
         "、2012年4月~2013年3月の会員情報9千件が流出。"},
        {MT_KIND_MEDIA, "Daily", "2022-01-11", "ja",
         "ツグミ商事株式会社は10日、不正アクセスを受けたと発表した。システムの"
         "修正は9月2日までに終え、現時点で情報流出は確認されていない。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "ツグミ商事", "2022-01-10", MT_EVENT_LEAK_POSSIBLE));
    mt_dossier_free(d);
    for (size_t i = 0; i < 3; i++) {
        d = draft(t + i, 1);
        for (size_t k = 0; k < d->nevents; k++)
            assert_true(d->events[k].date.date.year == 2022);
        mt_dossier_free(d);
    }
    d = draft(t + 3, 1);
    assert_int_equal(events_of(d, "ツグミ商事", MT_EVENT_LEAK_DENIED), 1);
    mt_dossier_free(d);
    /* a period opened by 以降 as well */
    text_src v[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2022-01-11", "ja",
         "ツグミ商事株式会社は10日、不正アクセスを受けたと発表した。"
         "漏えいした恐れがあるのは、2021年9月3日以降に通販サイトで"
         "買い物をした人の氏名だという。"}};
    d = draft(v, 1);
    assert_non_null(
        event(d, "ツグミ商事", "2022-01-10", MT_EVENT_LEAK_POSSIBLE));
    mt_dossier_free(d);
    /* a period the leaking itself went on is its own */
    text_src u[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2023-11-28", "ja",
         "ヒイラギ電機は27日、情報が流出したと発表した。元社員は2014年"
         "から2023年まで顧客情報を流出させていた。"}};
    d = draft(u, 1);
    assert_non_null(event(d, "ヒイラギ電機", "2014", MT_EVENT_LEAK_POSSIBLE));
    mt_dossier_free(d);
}

/* Cause 4: 「Xは、11月11日に、…を確認したと発表した」: に ties the date
 * to the verb it leads to (the detection), not to the statement, which
 * is the article's; 「含まれていないか…調査」 asks and denies nothing. */
static void test_stages__date_with_ni_is_the_verbs(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2021-11-27", "ja",
                     "ツグミ電機は、本年11月11日に、社内ネットワークへの不正"
                     "アクセスを確認したと発表した。顧客の情報が含まれていない"
                     "かについては調査中だという。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "ツグミ電機", "2021-11-11", MT_EVENT_DETECTION));
    assert_null(event(d, "ツグミ電機", "2021-11-11", MT_EVENT_DISCLOSURE));
    assert_int_equal(events_of(d, "ツグミ電機", MT_EVENT_LEAK_DENIED), 0);
    mt_dossier_free(d);
}

/* Cause 4: a relative clause that describes a date dates its verb
 * (「漏えいを発見した2022年9月15日まで、…公開されたままだった」: the
 * detection is of 15 September, whatever まで bounds); 「不正アクセスを確
 * 認し、」 and 「不正アクセスが確認された」 are detections. */
static void test_stages__date_a_clause_describes(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2022-10-11", "ja",
                     "2017年12月からツグミ自動車が情報漏えいを発見した2022年9月"
                     "15日まで、コードは公開されたままとなった。"}};
    mt_dossier *d = draft(t, 1);
    const mt_dossier_event *e =
        event(d, "ツグミ自動車", "2022-09-15", MT_EVENT_DETECTION);
    assert_non_null(e);
    assert_true(e && !(e->date.mods & MT_DMOD_BEFORE));
    assert_null(event(d, "ツグミ自動車", "2017-12", MT_EVENT_DETECTION));
    mt_dossier_free(d);
    t[0].text = "ツグミ自動車は、9月15日に不正アクセスを確認し、サーバーを停"
                "止した。";
    d = draft(t, 1);
    assert_non_null(event(d, "ツグミ自動車", "2022-09-15", MT_EVENT_DETECTION));
    assert_null(
        event(d, "ツグミ自動車", "2022-09-15", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
}

/* Cause 4: "reported a data breach on Monday" ("on Monday disclosed a
 * data breach"): the day is the report's, the breach its object; "said the
 * intrusion took place on Saturday" dates the intrusion (a clause, not an
 * object). */
static void test_stages__report_of_an_event_noun(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2023-11-28", "en",
                     "Ransomware struck the network of Kiri Clinic Corp. last "
                     "week. The company reported a data breach on Monday."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "Kiri Clinic Corp.", "2023-11-27", MT_EVENT_DISCLOSURE));
    assert_null(
        event(d, "Kiri Clinic Corp.", "2023-11-27", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
    /* the day right before the verb as well */
    t[0].text = "Ransomware struck the network of Kiri Clinic Corp. last "
                "week. The company on Monday disclosed a data breach.";
    d = draft(t, 1);
    assert_non_null(
        event(d, "Kiri Clinic Corp.", "2023-11-27", MT_EVENT_DISCLOSURE));
    assert_null(
        event(d, "Kiri Clinic Corp.", "2023-11-27", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
    t[0].text = "Ransomware struck the network of Kiri Clinic Corp. last "
                "week. The company said the intrusion took place on Saturday "
                "night.";
    d = draft(t, 1);
    assert_non_null(
        event(d, "Kiri Clinic Corp.", "2023-11-25", MT_EVENT_INTRUSION_START));
    assert_null(
        event(d, "Kiri Clinic Corp.", "2023-11-25", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
    /* Without a date right after it, the event noun keeps its own. */
    t[0].text = "Ransomware struck the network of Kiri Clinic Corp. last "
                "week. The company announced a breach that began in October.";
    d = draft(t, 1);
    assert_non_null(
        event(d, "Kiri Clinic Corp.", "2023-10", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
}

/* Cause 3: a round-up lines up other cases with も or でも (「化学品の
 * ヒバリ化成も7月14日に…感染を発表しました」) or by their days (「7月5日
 * には…が被害を公表」); named only so, by one source and unlinked, such a
 * company is no party to this incident, whatever the date.  A subsidiary
 * the source links (傘下の…も) stays. */
static void test_stages__also_in_a_round_up(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_BLOG, "セキュリティ便り", "2023-07-28", "ja",
                     "ツグミ楽器株式会社は7月20日、カナダの子会社がランサムウ"
                     "ェアに感染したと発表した。\n7月は被害が相次いでいる。化学"
                     "品メーカーのヒバリ化成株式会社も7月14日に、タイ子会社での"
                     "感染を発表した。電子部品のカモメ電子株式会社でも7月15日"
                     "に、不正アクセスが発覚した。傘下のツグミ音響株式会社も同"
                     "様に7月20日に被害を発表した。"}};
    mt_dossier *d = draft(t, 1);
    assert_int_equal(events_of(d, "ヒバリ化成", MT_EVENT_INTRUSION_START), 0);
    assert_int_equal(events_of(d, "カモメ電子", MT_EVENT_DETECTION), 0);
    assert_non_null(event(d, "ツグミ音響", "2023-07-20", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);

    /* Or by its day, a date and には opening the sentence (「7月5日には
     * ヒバリ学園が被害を公表」): a victim named only so goes; the police
     * a narrative's next day brings in (「翌21日には県警が捜査を始めた」)
     * are no case and stay. */
    text_src u[] = {{MT_KIND_BLOG, "セキュリティ便り", "2023-07-28", "ja",
                     "ツグミ楽器株式会社は7月20日、ランサムウェアに感染したと"
                     "発表した。7月21日には徳島県警が捜査を始めた。\n7月は"
                     "被害が相次いでいる。なお、7月5日にはヒバリ学園高等学校"
                     "が不正アクセスの被害を公表した。"}};
    d = draft(u, 1);
    assert_non_null(event(d, "ツグミ楽器", "2023-07-20", MT_EVENT_DISCLOSURE));
    assert_non_null(event(d, "徳島県警", "2023-07-21", MT_EVENT_INVESTIGATION));
    assert_int_equal(events_of(d, "ヒバリ学園高等学校", MT_EVENT_DISCLOSURE),
                     0);
    mt_dossier_free(d);
}

/* Cause 6: the demand an attacker makes after its dated claim, told in a
 * later sentence without a day of its own (「…と名乗るグループが9日に
 * 犯行声明を出した。…を脅し、…を要求した」, "It says it took ... The
 * gang threatened to"), is of the claim's day. */
static void test_stages__demand_after_the_claim(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2020-11-20", "ja",
                     "ヒバリ製作所株式会社は不正アクセスを受けた。「Tsugumi "
                     "Locker」と名乗るグループが11月9日に犯行声明を出した。"
                     "グループは盗んだデータを公開するとヒバリ製作所を脅し、"
                     "暗号資産での支払いを求めた。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "Tsugumi Locker", "2020-11-09", MT_EVENT_ATTRIBUTION));
    assert_non_null(event(d, "Tsugumi Locker", "2020-11-09", MT_EVENT_OTHER));
    mt_dossier_free(d);
    /* a sentence between the claim and the threat */
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2023-08-25", "en", NULL}};
    static const char *const claim[] = {"that attack", "the attack"};
    for (size_t i = 0; i < sizeof claim / sizeof *claim; i++) {
        char text[512];
        snprintf(text, sizeof text,
                 "Japanese watchmaker Umeda Seiki Corp. has been hit by "
                 "ransomware. On August 21, the BlackCat gang claimed "
                 "responsibility for %s. It says it took design files and "
                 "staff records. The gang threatened to release all of it "
                 "unless the company paid. The gang members plan to dump the "
                 "stolen files online by August 30, 2023 23:59.",
                 claim[i]);
        u[0].text = text;
        d = draft(u, 1);
        assert_non_null(event(d, "BlackCat", "2023-08-21", MT_EVENT_OTHER));
        /* a plan is no leak yet */
        assert_null(event(d, "Umeda Seiki Corp.", "2023-08-30",
                          MT_EVENT_LEAK_POSSIBLE));
        mt_dossier_free(d);
    }
    /* 「…を公開するとの脅迫」 threatens the act before it (a threat cue):
     * the threat stays, of the day it names, ahead of the article. */
    text_src v[] = {{MT_KIND_MEDIA, "時報通信", "2023-09-27", "ja",
                     "「Tsugumi Locker」と名乗るグループが9月26日、ヒバリ製作"
                     "所への攻撃を主張した。同グループは9月28日にデータを公開す"
                     "るとの脅迫行為も予告した。"}};
    d = draft(v, 1);
    assert_non_null(event(d, "Tsugumi Locker", "2023-09-28", MT_EVENT_OTHER));
    assert_null(event(d, "Tsugumi Locker", "2022-09-28", MT_EVENT_OTHER));
    assert_null(event(d, "Tsugumi Locker", "2022-09-28", MT_EVENT_ATTRIBUTION));
    mt_dossier_free(d);
}

/* A victim one source alone names beside the principal victim, in a piece
 * that tells of it too, is another case the round-up lines up: its entries
 * go to the commentary, whatever their date.  A member of the victim's
 * group (a name that begins like it) stays, and so does a victim of a
 * source that tells nothing of the principal one (it may be that one
 * under a name the draft does not know). */
static void test_stages__bystanders_of_a_round_up(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2024-06-13", "ja",
         "ヒバリ食品は10日、ランサムウェアによる攻撃を受けたと発表した。"},
        {MT_KIND_MEDIA, "時報通信", "2024-06-13", "ja",
         "ヒバリ食品は10日、サーバーが暗号化される被害を受けたと発表した。"},
        {MT_KIND_MEDIA, "日日新聞", "2024-06-13", "ja",
         "ヒバリ食品は10日、不正アクセスを受けたと発表した。"},
        {MT_KIND_MEDIA, "夕刊ウメ", "2024-06-13", "ja",
         "ヒバリ食品は10日、不正アクセスを受けたと発表した。ツグミ運輸は12日、"
         "ランサムウェアに感染したと発表した。ヒバリ物流は11日、ランサム"
         "ウェアに感染したと発表した。"}};
    mt_dossier *d = draft(t, 4);
    assert_non_null(event(d, "ヒバリ食品", "2024-06-10", MT_EVENT_DISCLOSURE));
    assert_null(event(d, "ツグミ運輸", "2024-06-12", MT_EVENT_DISCLOSURE));
    assert_null(event(d, "ツグミ運輸", "2024-06-12", MT_EVENT_INTRUSION_START));
    bool noted = false;
    for (size_t i = 0; i < d->ncommentary; i++)
        noted = noted || (strstr(d->commentary[i].text, "Other incidents") &&
                          strstr(d->commentary[i].text, "ツグミ運輸"));
    assert_true(noted);
    assert_non_null(event(d, "ヒバリ物流", "2024-06-11", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
    /* the fourth piece tells only of the other company */
    t[3].text = "ツグミ運輸は12日、ランサムウェアに感染したと発表した。";
    d = draft(t, 4);
    assert_non_null(event(d, "ツグミ運輸", "2024-06-12", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);

    /* Two of five pieces name the other case: it leaves too.  A unit a
     * link cue opens the clause with (「傘下の」) is the topic's and
     * stays; so does a victim whose name begins like one more sources
     * name (カワセミ電子 beside カワセミ電機), in three characters: two
     * (ヒバナ / ヒバリ) are no group's name. */
    text_src u[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2024-06-13", "ja",
         "ヒバリ食品は10日、ランサムウェアによる攻撃を受けたと発表した。"},
        {MT_KIND_MEDIA, "時報通信", "2024-06-13", "ja",
         "ヒバリ食品は10日、サーバーが暗号化される被害を受けたと発表した。"
         "カワセミ電機は8日、ランサムウェアに感染したと発表した。"},
        {MT_KIND_MEDIA, "日日新聞", "2024-06-13", "ja",
         "ヒバリ食品は10日、不正アクセスを受けたと発表した。"
         "カワセミ電機は8日、ランサムウェアに感染したと発表した。"},
        {MT_KIND_MEDIA, "夕刊ウメ", "2024-06-13", "ja",
         "ヒバリ食品は10日、外部からの攻撃を受けたと発表した。傘下のカケス"
         "製菓も11日、ランサムウェアに感染したと発表した。ヒバナ運輸は12日、"
         "ランサムウェアに感染したと発表した。"},
        {MT_KIND_MEDIA, "週刊ウメ", "2024-06-13", "ja",
         "ヒバリ食品は10日、システム障害を起こしたと発表した。ヒバナ運輸は"
         "12日、ランサムウェアに感染したと発表した。カワセミ電子は9日、"
         "ランサムウェアに感染したと発表した。"}};
    d = draft(u, 5);
    assert_null(event(d, "ヒバナ運輸", "2024-06-12", MT_EVENT_DISCLOSURE));
    assert_non_null(event(d, "カケス製菓", "2024-06-11", MT_EVENT_DISCLOSURE));
    assert_non_null(
        event(d, "カワセミ電子", "2024-06-09", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stages__demand_after_the_claim),
        cmocka_unit_test(test_stages__also_in_a_round_up),
        cmocka_unit_test(test_stages__report_of_an_event_noun),
        cmocka_unit_test(test_stages__date_a_clause_describes),
        cmocka_unit_test(test_stages__date_with_ni_is_the_verbs),
        cmocka_unit_test(test_stages__date_of_a_closed_clause),
        cmocka_unit_test(test_stages__unknown_name_in_a_round_up),
        cmocka_unit_test(test_stages__day_follows_corrected_year),
        cmocka_unit_test(test_stages__undated_deeds_by_the_article_day),
        cmocka_unit_test(test_stages__reported_deed_by_the_statement_day),
        cmocka_unit_test(test_stages__round_up_dates_keep_their_organisation),
        cmocka_unit_test(test_stages__joint_statements_and_ranges),
        cmocka_unit_test(test_stages__dates_in_context),
        cmocka_unit_test(test_stages__recalled_incident),
        cmocka_unit_test(test_stages__headlines_and_english_dates),
        cmocka_unit_test(test_stages__the_day_of_an_attack),
        cmocka_unit_test(test_stages__bystanders_of_a_round_up),
        cmocka_unit_test(test_stages__cleft_dates),
        cmocka_unit_test(test_stages__background_clause),
        cmocka_unit_test(test_stages__as_it_stood_then),
        cmocka_unit_test(test_stages__what_is_put_off),
        cmocka_unit_test(test_stages__an_unnamed_old_attack),
        cmocka_unit_test(test_stages__period_of_the_data),
        cmocka_unit_test(test_stages__an_earlier_notice),
    };
    return cmocka_run_group_tests_name("draft_clauses", tests, stages_setup,
                                       stages_teardown);
}
