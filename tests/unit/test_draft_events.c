/*
 * The draft's stages on what happened, on invented sentences in the
 * shape of real news: the words of each type of event, and the
 * negations, questions and checks that tell none.  "Cause N" is the Nth
 * way the draft failed on real news (issue 9).  Helpers in stages.c.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "matome/dossier.h"

#include "stages.h"

#include <string.h>

/* A report received (「…との報告を受け」) is how the victim learned of
 * it, no notification of its own. */
static void test_stages__report_received(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2019-01-26", "ja",
                     "ツグミ化成株式会社は1月22日、取引先から不審なメールが"
                     "届いたとの報告を受け、調査を始めた。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "ツグミ化成", "2019-01-22", MT_EVENT_DETECTION));
    assert_int_equal(events_of(d, "ツグミ化成", MT_EVENT_NOTIFICATION), 0);
    mt_dossier_free(d);
}

/* Cause 5: negation and failure are no events. */
static void test_stages__negation_is_no_event(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2022-08-20", "ja",
         "カエデ電子は2022年3月の不正アクセスを検知できなかった。"},
        {MT_KIND_MEDIA, "Wire", "2022-08-21", "en",
         "Kaede Denshi failed to detect the intrusion in March 2022. No "
         "further intrusion has been found since August 2022.\n"
         "Related: Kaede Denshi detected a new intrusion on August 19."},
        {MT_KIND_MEDIA, "時報通信", "2022-08-22", "ja",
         "カエデ電子は8月12日、サーバーへの不正アクセスを検知した。"}};
    mt_dossier *d = draft(t, 3);
    /* The one detection told as done; none in March. */
    assert_int_equal(events_of(d, "カエデ電子", MT_EVENT_DETECTION), 1);
    assert_non_null(event(d, "カエデ電子", "2022-08-12", MT_EVENT_DETECTION));
    /* Nor is a link to another article (page clutter). */
    assert_null(event(d, "カエデ電子", "2022-08-19", MT_EVENT_INTRUSION_START));
    for (size_t i = 0; i < d->nevents; i++)
        assert_false(d->events[i].type == MT_EVENT_DETECTION &&
                     strcmp(d->events[i].org, "カエデ電子") != 0);
    char buf[MT_DOSSIER_DATE_TEXT_MAX];
    for (size_t i = 0; i < d->nevents; i++)
        assert_string_not_equal(
            mt_dossier_date_format(&d->events[i].date, buf, sizeof buf),
            "2022-08");
    mt_dossier_free(d);

    /* "has not found any evidence that ... was stolen" denies the leak;
     * the evidence not found is no leak the company stated as possible. */
    text_src e[] = {{MT_KIND_MEDIA, "Wire", "2021-06-09", "en",
                     "Kaede Tires was hit by ransomware on June 1.\nKaede "
                     "Tires said it has not found any evidence that customer "
                     "data was stolen."}};
    d = draft(e, 1);
    assert_non_null(
        event(d, "Kaede Tires", "2021-06-09", MT_EVENT_LEAK_DENIED));
    assert_int_equal(events_of(d, "Kaede Tires", MT_EVENT_LEAK_POSSIBLE), 0);
    mt_dossier_free(d);

    /* What is denied of a list is denied of each item (「不正アクセスや
     * 画像流出はなかった」, 「侵入および情報流出はなかった」). */
    static const char *const lists[] = {
        "カエデ電子は8月4日、不正アクセスや画像流出はなかったとしてサービスを"
        "再開した。",
        "カエデ電子によると、8月4日に侵入および情報流出はなかったという。"};
    for (size_t i = 0; i < sizeof lists / sizeof *lists; i++) {
        t[0].text = lists[i];
        d = draft(t, 1);
        assert_non_null(
            event(d, "カエデ電子", "2022-08-04", MT_EVENT_LEAK_DENIED));
        assert_int_equal(events_of(d, "カエデ電子", MT_EVENT_INTRUSION_START),
                         0);
        mt_dossier_free(d);
    }
}

/* English in other words: data "was accessed" (a leak; denied with
 * "was not accessed", the negation inside the words the cue's gap
 * matched, or "no evidence that ... was accessed"), "did not
 * affect" data (a denial), "gained access", "had access to",
 * "accessed its network" (the intrusion), "returned to normal", "back to
 * normal" (the recovery), "working with" or "cooperating with" the police (they
 * were told). */
static void test_stages__english_in_other_words(void **state)
{
    (void)state;
    static const struct {
        const char *text, *date;
        mt_event_type type;
    } cases[] = {
        {"Kiri Clinic Corp. said patient data had been accessed on May 3.",
         "2023-05-03", MT_EVENT_LEAK_POSSIBLE},
        {"Kiri Clinic Corp. said patient information was accessed on May 3.",
         "2023-05-03", MT_EVENT_LEAK_POSSIBLE},
        {"Kiri Clinic Corp. said on Friday that patient data was not "
         "accessed.",
         "2023-05-19", MT_EVENT_LEAK_DENIED},
        {"There is no evidence that patient data was accessed, Kiri Clinic "
         "Corp. said on Friday.",
         "2023-05-19", MT_EVENT_LEAK_DENIED},
        {"Kiri Clinic Corp. said on Friday that the attack did not affect "
         "patient data.",
         "2023-05-19", MT_EVENT_LEAK_DENIED},
        {"Kiri Clinic Corp. told patients it had been the victim of an attack "
         "on "
         "May 3.",
         "2023-05-03", MT_EVENT_INTRUSION_START},
        /* a typographic apostrophe is an apostrophe */
        {"Kiri Clinic Corp. said on Friday that patient records "
         "weren\xe2\x80\x99t "
         "leaked.",
         "2023-05-19", MT_EVENT_LEAK_DENIED},
        {"Kiri Clinic Corp. said hackers gained access to its network on "
         "May 3.",
         "2023-05-03", MT_EVENT_INTRUSION_START},
        {"Kiri Clinic Corp. said hackers had access to its network from "
         "May 3.",
         "2023-05-03", MT_EVENT_INTRUSION_START},
        {"Kiri Clinic Corp. said on Friday that the intruders accessed its "
         "network on May 3.",
         "2023-05-03", MT_EVENT_INTRUSION_START},
        {"Kiri Clinic Corp. said hackers accessed its billing systems on May "
         "3.",
         "2023-05-03", MT_EVENT_INTRUSION_START},
        {"Kiri Clinic Corp. said hackers accessed two of its servers on May "
         "3.",
         "2023-05-03", MT_EVENT_INTRUSION_START},
        {"Kiri Clinic Corp. said hackers accessed a mail server on May 3.",
         "2023-05-03", MT_EVENT_INTRUSION_START},
        {"Kiri Clinic Corp. said its operations returned to normal on May "
         "16.",
         "2023-05-16", MT_EVENT_REMEDIATION},
        {"Kiri Clinic Corp. said its systems were back to normal on May 16.",
         "2023-05-16", MT_EVENT_REMEDIATION},
        {"Kiri Clinic Corp. said on Friday it was working with law "
         "enforcement.",
         "2023-05-19", MT_EVENT_NOTIFICATION},
        {"Kiri Clinic Corp. said on Friday it was working with police.",
         "2023-05-19", MT_EVENT_NOTIFICATION},
        {"Kiri Clinic Corp. said on Friday it was working with the police.",
         "2023-05-19", MT_EVENT_NOTIFICATION},
        {"Kiri Clinic Corp. said on Friday it was cooperating with law "
         "enforcement.",
         "2023-05-19", MT_EVENT_NOTIFICATION},
        {"Kiri Clinic Corp. said on Friday it was cooperating with police.",
         "2023-05-19", MT_EVENT_NOTIFICATION},
        {"Kiri Clinic Corp. said on Friday it was cooperating with the "
         "police.",
         "2023-05-19", MT_EVENT_NOTIFICATION},
        {"Kiri Clinic Corp. said on Friday it had looped in law "
         "enforcement.",
         "2023-05-19", MT_EVENT_NOTIFICATION},
        {"On Friday Kiri Clinic Corp. consulted the Kanagawa Prefectural "
         "Police.",
         "2023-05-19", MT_EVENT_NOTIFICATION},
        {"Kiri Clinic Corp. consulted police on Friday.", "2023-05-19",
         MT_EVENT_NOTIFICATION},
        {"Kiri Clinic Corp. consulted the police on Friday.", "2023-05-19",
         MT_EVENT_NOTIFICATION},
        {"Kiri Clinic Corp. has already restored its systems.", "2023-05-20",
         MT_EVENT_REMEDIATION}};
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2023-05-20", "en", NULL}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        t[0].text = cases[i].text;
        mt_dossier *d = draft(t, 1);
        assert_non_null(
            event(d, "Kiri Clinic Corp.", cases[i].date, cases[i].type));
        mt_dossier_free(d);
    }
}

/* Cause 6: the words of exfiltration, restriction, recovery; a fiscal
 * period and a recovery offered in exchange are no events. */
static void test_stages__event_words(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-07-20", "ja",
                     "ヒバリ製作所は7月3日、データが外部へ送信されたことを"
                     "確認した。同社は7月4日、外部からのアクセスを制限した。"
                     "同社のシステムは7月10日に全面復旧した。同社は2025年2月"
                     "期の決算発表を延期した。攻撃者は7月12日、データを復旧"
                     "させる代わりに金銭を要求した。同社は7月15日、調査報告"
                     "書を公表した。報告書には三つの課題が記されている。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "ヒバリ製作所", "2024-07-03", MT_EVENT_LEAK_POSSIBLE));
    mt_dossier_free(d);
    /* 被害を申告, 被害申告: the damage reported to the police */
    text_src dmg[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-07-20", "ja",
                       "ヒバリ製作所は7月5日、警察に被害を申告した。"},
                      {MT_KIND_OFFICIAL, "ツグミ大学", "2024-07-21", "ja",
                       "7月6日 埼玉県警に被害申告"}};
    d = draft(dmg, 2);
    assert_non_null(
        event(d, "ヒバリ製作所", "2024-07-05", MT_EVENT_NOTIFICATION));
    assert_int_equal(events_of(d, "ツグミ大学", MT_EVENT_NOTIFICATION), 1);
    mt_dossier_free(d);
    d = draft(t, 1);
    assert_non_null(
        event(d, "ヒバリ製作所", "2024-07-04", MT_EVENT_CONTAINMENT));
    assert_non_null(
        event(d, "ヒバリ製作所", "2024-07-10", MT_EVENT_REMEDIATION));
    /* A recovery offered in exchange is none, nor is a report (報告書)
     * a notification. */
    assert_null(event(d, "ヒバリ製作所", "2024-07-12", MT_EVENT_REMEDIATION));
    assert_int_equal(events_of(d, "ヒバリ製作所", MT_EVENT_NOTIFICATION), 0);
    char buf[MT_DOSSIER_DATE_TEXT_MAX];
    for (size_t i = 0; i < d->nevents; i++)
        assert_string_not_equal(
            mt_dossier_date_format(&d->events[i].date, buf, sizeof buf),
            "2025-02");
    mt_dossier_free(d);

    /* A company's profile: the year it was founded dates nothing the
     * sentence tells (「2016年の設立で、…公表している」 is no
     * disclosure of 2016), and its business report (事業報告) is no
     * notification. */
    text_src p[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-06-01", "ja",
                     "ヒバリコイン株式会社は5月31日、不正流出が発生したと発表"
                     "した。ヒバリコインは2016年の設立で、同社が公表している"
                     "2023年3月期の事業報告によると、口座数は37万ある。"}};
    d = draft(p, 1);
    assert_non_null(
        event(d, "ヒバリコイン", "2024-05-31", MT_EVENT_DISCLOSURE));
    for (size_t i = 0; i < d->nevents; i++)
        assert_string_not_equal(
            mt_dossier_date_format(&d->events[i].date, buf, sizeof buf),
            "2016");
    assert_int_equal(events_of(d, "ヒバリコイン", MT_EVENT_NOTIFICATION), 0);
    mt_dossier_free(d);
}

/* 「流出があったかどうか」, "whether data was stolen", 「流出の範囲につい
 * ては調査中」: what is being checked is no leak;
 * 「アクセスを制限する対策を講じた」: the measure taken is the containment. */
static void test_stages__questions_and_measures(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2024-10-09", "ja",
         "梅田港運協会は8日、不正アクセスを受けたと公表した。"
         "顧客の情報が流出したかどうかも調べている。"
         "取引先の情報の流出の範囲については調査中だという。"
         "同協会は社外からのアクセスを制限する対策を取ったという。"},
        {MT_KIND_MEDIA, "Wire", "2024-10-09", "en",
         "Umeda Koun Kyokai is checking whether personal data was stolen."}};
    mt_dossier *d = draft(t, 2);
    assert_int_equal(events_of(d, "梅田港運協会", MT_EVENT_LEAK_POSSIBLE), 0);
    assert_non_null(
        event(d, "梅田港運協会", "2024-10-08", MT_EVENT_CONTAINMENT));
    /* 対策 names that measure: no remediation of its own */
    assert_int_equal(events_of(d, "梅田港運協会", MT_EVENT_REMEDIATION), 0);
    mt_dossier_free(d);
}

/* English: data that "were compromised" or "had been accessed" were
 * reached, a leak; a network that was compromised was intruded. */
static void test_stages__data_that_was_compromised(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2023-05-10", "en",
                     "Kiri Clinic Corp. said on May 8 that personal data "
                     "held by the clinic were compromised. Its network was "
                     "compromised on May 3, it said."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "Kiri Clinic Corp.", "2023-05-08", MT_EVENT_LEAK_POSSIBLE));
    assert_non_null(
        event(d, "Kiri Clinic Corp.", "2023-05-03", MT_EVENT_INTRUSION_START));
    assert_null(
        event(d, "Kiri Clinic Corp.", "2023-05-03", MT_EVENT_LEAK_POSSIBLE));
    mt_dossier_free(d);
    /* Data named by what it holds (details, files, passwords) is data
     * too, and "no" before it denies the leak. */
    t[0].text = "Kiri Clinic Corp. said on May 8 that patient files were "
                "compromised, and that no payment details were compromised.";
    d = draft(t, 1);
    assert_non_null(
        event(d, "Kiri Clinic Corp.", "2023-05-08", MT_EVENT_LEAK_POSSIBLE));
    assert_non_null(
        event(d, "Kiri Clinic Corp.", "2023-05-08", MT_EVENT_LEAK_DENIED));
    mt_dossier_free(d);
}

/* No misuse of the data found (「不正利用は確認されていない」, "no
 * misuse") in a sentence of its own is an entry of its own, on the day
 * of the statement that tells it, and denies no leak; a misuse that
 * happened is neither. */
static void test_stages__no_misuse_found(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2020-12-26", "ja",
                     "ツグミ商事は25日、顧客情報が外部から閲覧できる状態だった"
                     "と発表した。現時点で情報の不正利用は確認されていないと"
                     "いう。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "ツグミ商事", "2020-12-25", MT_EVENT_OTHER));
    assert_int_equal(events_of(d, "ツグミ商事", MT_EVENT_LEAK_DENIED), 0);
    mt_dossier_free(d);
    /* Told in the statement's own sentence; in English too. */
    t[0].text = "ツグミ商事は25日、二次被害は確認されていないと発表した。";
    d = draft(t, 1);
    assert_non_null(event(d, "ツグミ商事", "2020-12-25", MT_EVENT_OTHER));
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2020-12-26", "en",
                     "Tsugumi Trading Corp. said on December 25 that it had "
                     "seen no misuse of the data so far."}};
    d = draft(u, 1);
    assert_non_null(
        event(d, "Tsugumi Trading Corp.", "2020-12-25", MT_EVENT_OTHER));
    assert_int_equal(
        events_of(d, "Tsugumi Trading Corp.", MT_EVENT_LEAK_DENIED), 0);
    mt_dossier_free(d);
    t[0].text = "ツグミ商事は25日、顧客のカードが不正利用されたと発表した。";
    d = draft(t, 1);
    assert_int_equal(events_of(d, "ツグミ商事", MT_EVENT_LEAK_DENIED), 0);
    assert_int_equal(events_of(d, "ツグミ商事", MT_EVENT_LEAK_POSSIBLE), 0);
    mt_dossier_free(d);
}

/* A check for access to systems that found none (「…への不正アクセスは
 * 確認されていない」, "found no evidence of unauthorized access") denies
 * the leak as far as it goes; a check that found no attack (said of an
 * outage), a check of something said of the access (its route, when it
 * began),
 * and a "not" that belongs to another verb ("could not rule out", "did
 * not detect … until") deny none.  「…を確認しただけでなく」 confirms:
 * "not only" is no negation. */
static void test_stages__no_access_found(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2021-05-22", "ja",
                     "ツグミ商事は21日、顧客情報が流出したと発表した。本番"
                     "サーバーへの不正アクセスは確認されていないという。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "ツグミ商事", "2021-05-21", MT_EVENT_LEAK_DENIED));
    assert_int_equal(events_of(d, "ツグミ商事", MT_EVENT_DETECTION), 0);
    mt_dossier_free(d);
    t[0].text = "ツグミ商事は21日、顧客情報が流出したと発表した。本番"
                "サーバーへの侵入は現時点で確認されていないという。";
    d = draft(t, 1);
    assert_non_null(event(d, "ツグミ商事", "2021-05-21", MT_EVENT_LEAK_DENIED));
    mt_dossier_free(d);
    t[0].text = "ツグミ商事は21日、受付システムが止まったと発表した。同社"
                "の説明では、この障害についてサイバー攻撃は確認されていない"
                "。";
    d = draft(t, 1);
    assert_int_equal(events_of(d, "ツグミ商事", MT_EVENT_LEAK_DENIED), 0);
    mt_dossier_free(d);
    static const char *const said_of[] = {
        "ツグミ商事は21日、社内サーバーが不正アクセスを受けたと発表した。侵入"
        "経路は確認されていないという。",
        "ツグミ商事は21日、社内サーバーが不正アクセスを受けたと発表した。不正"
        "アクセスが始まった時期は確認されていないという。"};
    for (size_t i = 0; i < sizeof said_of / sizeof said_of[0]; i++) {
        t[0].text = said_of[i];
        d = draft(t, 1);
        assert_int_equal(events_of(d, "ツグミ商事", MT_EVENT_LEAK_DENIED), 0);
        mt_dossier_free(d);
    }
    t[0].text = "ツグミ商事は21日、20日に社内サーバーへの不正アクセスを確認"
                "しただけでなく、ファイルの一部が壊されていたことも分かった"
                "と発表した。";
    d = draft(t, 1);
    assert_non_null(event(d, "ツグミ商事", "2021-05-20", MT_EVENT_DETECTION));
    assert_int_equal(events_of(d, "ツグミ商事", MT_EVENT_LEAK_DENIED), 0);
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2021-05-22", "en",
                     "Tsugumi Trading Corp. said on May 21 that it had found "
                     "no evidence of unauthorized access to its billing "
                     "servers."}};
    d = draft(u, 1);
    assert_non_null(
        event(d, "Tsugumi Trading Corp.", "2021-05-21", MT_EVENT_LEAK_DENIED));
    assert_int_equal(events_of(d, "Tsugumi Trading Corp.", MT_EVENT_DETECTION),
                     0);
    mt_dossier_free(d);
    u[0].text = "Tsugumi Trading Corp. said on May 21 that there was no sign "
                "that intruders accessed its billing servers.";
    d = draft(u, 1);
    assert_non_null(
        event(d, "Tsugumi Trading Corp.", "2021-05-21", MT_EVENT_LEAK_DENIED));
    mt_dossier_free(d);
    /* a cue that holds its auxiliary ("was found") is a passive too */
    u[0].text = "Tsugumi Trading Corp. said on May 21 that no unauthorized "
                "access to its billing servers was found.";
    d = draft(u, 1);
    assert_non_null(
        event(d, "Tsugumi Trading Corp.", "2021-05-21", MT_EVENT_LEAK_DENIED));
    assert_int_equal(events_of(d, "Tsugumi Trading Corp.", MT_EVENT_DETECTION),
                     0);
    mt_dossier_free(d);
    u[0].text = "Tsugumi Trading Corp. said on May 21 that the billing data "
                "was not accessed.";
    d = draft(u, 1);
    assert_non_null(
        event(d, "Tsugumi Trading Corp.", "2021-05-21", MT_EVENT_LEAK_DENIED));
    mt_dossier_free(d);
    /* none of these denies anything */
    static const char *const none[] = {
        "The regulator said on May 21 that Tsugumi Trading Corp. had run its "
        "servers for years without safeguards against unauthorized access.",
        "Tsugumi Trading Corp. said on May 21 that it could not rule out "
        "unauthorized access to its billing servers.",
        "Tsugumi Trading Corp. said on May 21 that it did not detect the "
        "unauthorized access until June.",
        "Tsugumi Trading Corp. said on May 21 that it suspects intruders "
        "accessed its billing servers in April but has not yet confirmed "
        "that."};
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
        u[0].text = none[i];
        d = draft(u, 1);
        assert_int_equal(
            events_of(d, "Tsugumi Trading Corp.", MT_EVENT_LEAK_DENIED), 0);
        mt_dossier_free(d);
    }
    /* "could not rule out" is no negation, whatever negates "rule out":
     * an intrusion possible */
    static const char *const open_q[] = {
        "Tsugumi Trading Corp. said on May 21 that it could not rule out "
        "unauthorized access to its billing servers.",
        "Tsugumi Trading Corp. said on May 21 that it was unable to rule "
        "out unauthorised access to its billing servers."};
    for (size_t i = 0; i < sizeof open_q / sizeof open_q[0]; i++) {
        u[0].text = open_q[i];
        d = draft(u, 1);
        assert_int_equal(
            events_of(d, "Tsugumi Trading Corp.", MT_EVENT_INTRUSION_START), 1);
        mt_dossier_free(d);
    }
    /* no attack found is no denied leak, in English too */
    u[0].text = "Tsugumi Trading Corp. said on May 21 that the outage had "
                "causes of its own and it found no sign of a cyberattack.";
    d = draft(u, 1);
    assert_int_equal(
        events_of(d, "Tsugumi Trading Corp.", MT_EVENT_LEAK_DENIED), 0);
    mt_dossier_free(d);
    /* what was found stays found beside what was not */
    u[0].text = "Tsugumi Trading Corp. said on May 21 that staff detected an "
                "intrusion into its mail servers on May 20 but no leak of "
                "customer data.";
    d = draft(u, 1);
    assert_non_null(
        event(d, "Tsugumi Trading Corp.", "2021-05-20", MT_EVENT_DETECTION));
    mt_dossier_free(d);
}

/* English: personal or customer data sold or obtained by someone ("sold
 * the personal information of", "obtained customer records") left the
 * victim, a leak; a business sold, or consent obtained, is none. */
static void test_stages__data_sold_or_obtained(void **state)
{
    (void)state;
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2019-11-06", "en",
                     "Tsugumi Trading Corp. said on November 5 that a former "
                     "contractor sold customer records for 9,000 shoppers to a "
                     "fraud ring."}};
    mt_dossier *d = draft(u, 1);
    assert_non_null(event(d, "Tsugumi Trading Corp.", "2019-11-05",
                          MT_EVENT_LEAK_POSSIBLE));
    mt_dossier_free(d);
    u[0].text = "Tsugumi Trading Corp. said on November 5 that intruders "
                "obtained the personal files of some shoppers.";
    d = draft(u, 1);
    assert_non_null(event(d, "Tsugumi Trading Corp.", "2019-11-05",
                          MT_EVENT_LEAK_POSSIBLE));
    mt_dossier_free(d);
    static const char *const none[] = {
        "Tsugumi Trading Corp. said on November 5 that it sold its data "
        "center business to a rival.",
        "Tsugumi Trading Corp. said on November 5 that it had obtained "
        "consent and information from regulators."};
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
        u[0].text = none[i];
        d = draft(u, 1);
        assert_int_equal(
            events_of(d, "Tsugumi Trading Corp.", MT_EVENT_LEAK_POSSIBLE), 0);
        mt_dossier_free(d);
    }
}

/* English: data that "were compromised" is a leak though a list of the
 * companies that held it stands between ("data kept by A (AA), B (BB),
 * and C were compromised"), and the check that tells it is no detection
 * (as 「流出を確認」 is none).  No list without an item before its last
 * ("data was safe, and C was compromised"), nor through an item that
 * tells something (a trigger) or runs long (LIST_ITEM_EN). */
static void test_stages__data_of_a_list_compromised(void **state)
{
    (void)state;
    text_src u[] = {
        {MT_KIND_MEDIA, "Wire", "2023-10-26", "en",
         "Tsugumi Trading Corp. said on October 25 its own audit confirmed "
         "that customer data kept by Tsugumi Trading Corp. (TT), Tsugumi "
         "Tools Inc. (TL), and Tsugumi Retail Corp. (TR) were "
         "compromised."}};
    mt_dossier *d = draft(u, 1);
    assert_non_null(
        event(d, "Tsugumi Tools Inc.", "2023-10-25", MT_EVENT_LEAK_POSSIBLE));
    assert_non_null(
        event(d, "Tsugumi Retail Corp.", "2023-10-25", MT_EVENT_LEAK_POSSIBLE));
    assert_int_equal(events_of(d, "Tsugumi Trading Corp.", MT_EVENT_DETECTION),
                     0);
    mt_dossier_free(d);
    static const char *const none[] = {
        "Tsugumi Trading Corp. said on October 25 that customer data "
        "was safe, and its mail servers were compromised.",
        "Tsugumi Trading Corp. said on October 25 that customer data "
        "was safe, and Tsugumi Tools Inc. was compromised.",
        "Tsugumi Trading Corp. said on October 25 that customer data was "
        "kept offline, Tsugumi Logistics Corp. was breached, and Tsugumi "
        "Tools Inc. was compromised.",
        "Tsugumi Trading Corp. said on October 25 that customer data "
        "held by Tsugumi Trading Corp. (TT), Tsugumi Logistics and Cold "
        "Storage Services of Hokkaido Corp. (TL), and Tsugumi Tools Inc. "
        "(TO) were compromised.",
        "Tsugumi Trading Corp. said on October 25 that customer data "
        "was safe, its backups intact, and Tsugumi Tools Inc. was "
        "compromised.",
        "Tsugumi Trading Corp. said on October 25 that customer data went "
        "to Tsugumi Retail Corp. (TR), Tsugumi Farm Corp. (TF), and its "
        "mail servers were compromised."};
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++) {
        u[0].text = none[i];
        d = draft(u, 1);
        assert_int_equal(
            events_of(d, "Tsugumi Tools Inc.", MT_EVENT_LEAK_POSSIBLE), 0);
        assert_int_equal(
            events_of(d, "Tsugumi Trading Corp.", MT_EVENT_LEAK_POSSIBLE), 0);
        mt_dossier_free(d);
    }
    /* a list that opens the sentence: its first clause is the head */
    u[0].text = "Data of Tsugumi Corp. (TC), Tsugumi Retail Corp. (TR), and "
                "Tsugumi Tools Inc. (TO) were compromised on October 25, "
                "2023.";
    d = draft(u, 1);
    assert_non_null(
        event(d, "Tsugumi Tools Inc.", "2023-10-25", MT_EVENT_LEAK_POSSIBLE));
    mt_dossier_free(d);
    u[0].text = "Tsugumi Trading Corp. said on October 25 that it confirmed "
                "that its mail servers were compromised.";
    d = draft(u, 1);
    assert_non_null(
        event(d, "Tsugumi Trading Corp.", "2023-10-25", MT_EVENT_DETECTION));
    mt_dossier_free(d);
}

/* Funds paid out on a forged instruction (「資金を流出させた」,
 * 資金流出) are a loss of money, no leak of data. */
static void test_stages__funds_paid_out(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2019-09-07", "ja",
         "ツグミ紡績株式会社は6日、欧州の子会社が偽の送金指示に従い、"
         "約40億円の資金を流出させたと発表した。同社によると、資金"
         "流出があったのは8月14日だった。同社では7月3日にも資金の"
         "流出が見つかり、5月9日には別の口座から資金が流出した。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "ツグミ紡績", "2019-08-14", MT_EVENT_OTHER));
    assert_int_equal(events_of(d, "ツグミ紡績", MT_EVENT_LEAK_POSSIBLE), 0);
    mt_dossier_free(d);
}

/* 「警視庁に捜査を依頼した」 tells the police: a notification, not the
 * victim's investigation. */
static void test_stages__police_asked_to_investigate(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2015-06-02", "ja",
                     "ツグミ機構は6月1日、不正アクセスを受けたと発表した。同"
                     "機構は先月19日に警視庁に捜査を依頼した。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "ツグミ機構", "2015-05-19", MT_EVENT_NOTIFICATION));
    assert_null(event(d, "ツグミ機構", "2015-05-19", MT_EVENT_INVESTIGATION));
    mt_dossier_free(d);
    /* 「警視庁に相談」; the UN a sentence between names is no company
     * that 同社 could stand for (data/orgs_public.tsv). */
    t[0].text =
        "ツグミ交易株式会社は5月31日、資産が流出したと発表した。北朝鮮は国連の"
        "制裁を受けている。同社は同日、警視庁に相談した。";
    d = draft(t, 1);
    assert_non_null(
        event(d, "ツグミ交易", "2015-05-31", MT_EVENT_NOTIFICATION));
    assert_int_equal(events_of(d, "国際連合", MT_EVENT_NOTIFICATION), 0);
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2023-12-08", "en",
                     "Kiri Motor Corp. said on December 5 that it "
                     "alerted the relevant regulators in both countries."}};
    d = draft(u, 1);
    assert_non_null(
        event(d, "Kiri Motor Corp.", "2023-12-05", MT_EVENT_NOTIFICATION));
    mt_dossier_free(d);
}

/* English: outside experts hired, brought in or engaged are the
 * victim's investigation; a report filed with the police or a case
 * turned over to them its notification.  Experts who only speak, or
 * staff hired, are neither. */
static void test_stages__experts_and_police_en(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2023-11-07", "en",
         "Kiri Motor Corp. said it had been hit by a cyberattack. Kiri "
         "Motor Corp. brought in outside experts on November 3. It filed "
         "a report with the police on November 4 and turned the matter "
         "over to the police on November 5. Cybersecurity experts said "
         "on November 6 that the attack on Kiri Motor Corp. was serious. "
         "Kiri Motor Corp. hired new staff on November 6. Kiri Motor "
         "Corp. engaged in talks with experts on November 7. Kiri Motor Corp. "
         "filed a report with the Tokyo Stock Exchange on November 7."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "Kiri Motor Corp.", "2023-11-03", MT_EVENT_INVESTIGATION));
    assert_non_null(
        event(d, "Kiri Motor Corp.", "2023-11-04", MT_EVENT_NOTIFICATION));
    assert_non_null(
        event(d, "Kiri Motor Corp.", "2023-11-05", MT_EVENT_NOTIFICATION));
    assert_int_equal(events_of(d, "Kiri Motor Corp.", MT_EVENT_INVESTIGATION),
                     1);
    assert_int_equal(events_of(d, "Kiri Motor Corp.", MT_EVENT_NOTIFICATION),
                     2);
    assert_int_equal(events_of(d, "東京証券取引所", MT_EVENT_NOTIFICATION), 0);
    mt_dossier_free(d);
    t[0].text = "Kiri Motor Corp. said it had been hit by a cyberattack. "
                "Kiri Motor Corp. hired external cybersecurity experts on "
                "November 3.";
    d = draft(t, 1);
    assert_non_null(
        event(d, "Kiri Motor Corp.", "2023-11-03", MT_EVENT_INVESTIGATION));
    mt_dossier_free(d);
}

/* English: "no information leaks have been detected" denies a leak and
 * detects nothing. */
static void test_stages__nothing_found(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2017-05-18", "en",
                     "Tsugumi Denki Corp. said on May 17 that no information "
                     "leaks have been detected."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "Tsugumi Denki Corp.", "2017-05-17", MT_EVENT_LEAK_DENIED));
    assert_null(
        event(d, "Tsugumi Denki Corp.", "2017-05-17", MT_EVENT_DETECTION));
    mt_dossier_free(d);
}

/* Disabling what the intruder used (accounts, passwords, keys:
 * 「アカウントを無効化」, "disabled the compromised accounts") contains the
 * attack, as blocking and isolating do; the security software an intruder
 * disables (「セキュリティーソフトを無効化」) does not. */
static void test_stages__disabled_accounts(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-05-15", "ja",
                     "ヒバリ食品株式会社は5月13日、不正に使われたアカウントを"
                     "無効化し、利用者にパスワードの再設定を求めた。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "ヒバリ食品", "2024-05-13", MT_EVENT_CONTAINMENT));
    mt_dossier_free(d);
    t[0].text = "ヒバリ食品株式会社は5月13日、ランサムウェアの被害を公表した。"
                "攻撃者はセキュリティーソフトを無効化して侵入範囲を広げた。";
    d = draft(t, 1);
    assert_int_equal(events_of(d, "ヒバリ食品", MT_EVENT_CONTAINMENT), 0);
    mt_dossier_free(d);
    /* English: blocked, isolating, disabled accounts */
    text_src e[] = {
        {MT_KIND_MEDIA, "Wire", "2024-05-15", "en",
         "Kiri Foods Inc. blocked the intruder's access on May 13. "
         "Hibari Mills Inc. began isolating affected computers on "
         "May 14. Umeda Clinic disabled the compromised accounts on "
         "May 12."}};
    d = draft(e, 1);
    assert_non_null(
        event(d, "Kiri Foods Inc.", "2024-05-13", MT_EVENT_CONTAINMENT));
    assert_non_null(
        event(d, "Hibari Mills Inc.", "2024-05-14", MT_EVENT_CONTAINMENT));
    assert_non_null(
        event(d, "Umeda Clinic", "2024-05-12", MT_EVENT_CONTAINMENT));
    mt_dossier_free(d);
}

/* A report an authority received (「防衛省では、Xからは…報告を受けた」,
 * 「金融庁は同社から報告を受けた」) is the teller's notification, not its
 * detection; 「Xでは」 opens a sentence about X, but a list of what each
 * lost (「流出したのは、Aでは…、Bでは…」) names no subject. */
static void test_stages__report_to_an_authority(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2020-07-03", "ja",
                     "ヒバリ通信株式会社は5月7日、不正アクセスを受けたと発表"
                     "した。防衛省では、ヒバリ通信からは不正アクセスについて5月"
                     "13日に報告を受けた。"},
                    {MT_KIND_MEDIA, "時報通信", "2020-07-04", "ja",
                     "ヒバリ通信株式会社は5月20日、不正アクセスを受けたと発表"
                     "した。金融庁は同日、同社から報告を受けた。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "ヒバリ通信", "2020-05-13", MT_EVENT_NOTIFICATION));
    assert_null(event(d, "ヒバリ通信", "2020-05-13", MT_EVENT_DETECTION));
    mt_dossier_free(d);
    d = draft(t + 1, 1);
    assert_int_equal(events_of(d, "ヒバリ通信", MT_EVENT_NOTIFICATION), 1);
    assert_int_equal(events_of(d, "ヒバリ通信", MT_EVENT_DETECTION), 0);
    mt_dossier_free(d);
    /* told to a company, an authority only named before: its detection */
    text_src w[] = {{MT_KIND_MEDIA, "毎朝新聞", "2020-07-03", "ja",
                     "金融庁の要請を受け、ヒバリ通信株式会社は5月12日、"
                     "ツグミ商事株式会社から不審な通信について報告を受けた。"}};
    d = draft(w, 1);
    assert_non_null(event(d, "ヒバリ通信", "2020-05-12", MT_EVENT_DETECTION));
    assert_int_equal(events_of(d, "ツグミ商事", MT_EVENT_NOTIFICATION), 0);
    mt_dossier_free(d);
    /* the authority is the subject told only when it is the last one
     * before the teller; the police are told as a regulator is; a report
     * not received is none */
    text_src x[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2020-07-03", "ja",
         "金融庁は注意を呼びかけており、ヒバリ通信株式会社は5月12日"
         "、ツグミ商事株式会社から不審な通信について報告を受けた。"},
        {MT_KIND_MEDIA, "時報通信", "2020-07-03", "ja",
         "ヒバリ通信株式会社は5月7日、不正アクセスを受けたと発表"
         "した。県警は5月8日、同社から被害について報告を受けた。"},
        {MT_KIND_MEDIA, "港湾日報", "2020-07-03", "ja",
         "ヒバリ通信株式会社は5月7日、不正アクセスを受けたと発表"
         "した。金融庁は5月8日の時点で、同社から報告を受けていない"
         "。"}};
    d = draft(x, 1);
    assert_non_null(event(d, "ヒバリ通信", "2020-05-12", MT_EVENT_DETECTION));
    assert_int_equal(events_of(d, "ツグミ商事", MT_EVENT_NOTIFICATION), 0);
    mt_dossier_free(d);
    d = draft(x + 1, 1);
    assert_non_null(
        event(d, "ヒバリ通信", "2020-05-08", MT_EVENT_NOTIFICATION));
    mt_dossier_free(d);
    d = draft(x + 2, 1);
    assert_int_equal(events_of(d, "ヒバリ通信", MT_EVENT_NOTIFICATION), 0);
    mt_dossier_free(d);
    /* told by the company's customers, not by the company */
    text_src y[] = {{MT_KIND_MEDIA, "毎朝新聞", "2020-07-03", "ja",
                     "ヒバリ通信株式会社は5月7日、不正アクセスを受けたと発表"
                     "した。金融庁は5月8日、ヒバリ通信の顧客から被害について"
                     "報告を受けた。"}};
    d = draft(y, 1);
    assert_int_equal(events_of(d, "ヒバリ通信", MT_EVENT_NOTIFICATION), 0);
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "毎朝新聞", "2020-07-03", "ja",
                     "ヒバリ通信株式会社は5月7日、不正アクセスを受けたと発表"
                     "した。流出した恐れがあるのは、ツグミ商事株式会社では顧客"
                     "名簿、カモメ物流株式会社では口座番号だという。その後、"
                     "警察に相談した。"}};
    d = draft(u, 1);
    assert_int_equal(events_of(d, "ヒバリ通信", MT_EVENT_NOTIFICATION), 1);
    assert_int_equal(events_of(d, "ツグミ商事", MT_EVENT_NOTIFICATION), 0);
    mt_dossier_free(d);
    /* 「現時点では」 is no subject of the clause it opens: the leak is
     * still the contractor's, as without it */
    text_src w2[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-05-09", "ja",
                      "ツグミ市は8日、委託先のヒバリ印刷株式会社が攻撃を受け、"
                      "現時点では情報流出の可能性があると発表した。"}};
    d = draft(w2, 1);
    assert_int_equal(events_of(d, "ヒバリ印刷", MT_EVENT_LEAK_POSSIBLE), 1);
    assert_int_equal(events_of(d, "ツグミ市", MT_EVENT_LEAK_POSSIBLE), 0);
    mt_dossier_free(d);
}

/* "The incident took place on May 28": the intrusion's day, as "the
 * attack took place" is (data/draft_cues.tsv). */
static void test_stages__incident_took_place(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2023-10-06", "en",
                     "Kiri Clinic said on Thursday that patient records were "
                     "exposed. The incident took place on May 28, the clinic "
                     "said."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "Kiri Clinic", "2023-05-28", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
}

/* What an investigation asks (「流出などの被害がないか調べている」) is no
 * account of a leak: the source that asks it is no source of the leak
 * another reports. */
static void test_stages__a_question_is_no_leak(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2023-06-07", "ja",
                     "ヒバリ工業は6日、顧客情報が流出したと発表した。"},
                    {MT_KIND_MEDIA, "時報通信", "2023-06-07", "ja",
                     "ヒバリ工業は、個人情報の流出などの被害がないか調べて"
                     "いる。"}};
    mt_dossier *d = draft(t, 2);
    assert_null(conflict_about(d, "leak"));
    size_t impact = 0;
    for (size_t i = 0; i < d->nclaims; i++)
        if (d->claims[i].category == MT_CLAIM_IMPACT) {
            impact++;
            assert_int_equal(d->claims[i].cites.count, 1);
        }
    assert_int_equal(impact, 1);
    mt_dossier_free(d);
}

/* The result of an investigation (調査の結果, "investigation found") is
 * dated by the statement that tells it; 総研 ends a company's name. */
static void test_stages__an_investigations_result(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2019-03-15", "ja",
                     "ヒバリ総研は2019年3月14日、ファイル共有サービスへの"
                     "不正アクセスについて、外部機関による調査の結果を発表"
                     "した。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "ヒバリ総研", "2019-03-14", MT_EVENT_INVESTIGATION));
    mt_dossier_free(d);
}

/* An inquiry in other words: 「特定を急いでいる」, 「特定を進めている」,
 * 「確認を依頼している」, "is looking into", "is analyzing": the
 * investigation, as of the statement that tells it. */
static void test_stages__an_inquiry_in_other_words(void **state)
{
    (void)state;
    static const char *const ja[] = {
        "ヒバリ総研は20日、不正アクセスを受けたと発表した。同社は被害の範囲"
        "の特定を急いでいる。",
        "ヒバリ総研は20日、不正アクセスを受けたと発表した。同社は侵入経路の"
        "特定を進めている。",
        "ヒバリ総研は20日、不正アクセスを受けたと発表した。同社は専門の会社"
        "に被害状況の確認を依頼している。"};
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2022-06-20", "ja", NULL}};
    for (size_t i = 0; i < sizeof ja / sizeof *ja; i++) {
        t[0].text = ja[i];
        mt_dossier *d = draft(t, 1);
        assert_non_null(
            event(d, "ヒバリ総研", "2022-06-20", MT_EVENT_INVESTIGATION));
        mt_dossier_free(d);
    }
    static const char *const en[] = {
        "Kiri Clinic Corp. said on Monday it is looking into a breach of "
        "its patient portal.",
        "Ransomware struck Kiri Clinic Corp. last week. The Osaka police "
        "said on Monday that it is analyzing the attacker's server logs.",
        "Ransomware struck Kiri Clinic Corp. last week. The Osaka police "
        "said on Monday that it is analysing the attacker's server logs."};
    static const char *const who[] = {"Kiri Clinic Corp.", "警察", "警察"};
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2022-06-21", "en", NULL}};
    for (size_t i = 0; i < sizeof en / sizeof *en; i++) {
        u[0].text = en[i];
        mt_dossier *d = draft(u, 1);
        assert_non_null(event(d, who[i], "2022-06-20", MT_EVENT_INVESTIGATION));
        mt_dossier_free(d);
    }
}

/* Logins with stolen passwords are an intrusion (不正ログイン,
 * "unauthorized logins"); closing the way in is containment (機能を廃止,
 * パスワードリセット). */
static void test_stages__logins_and_their_end(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_OFFICIAL, "ヒバリ工業", "2020-04-24", "ja",
                     "ヒバリ工業は、4月上旬から会員サイトで不正ログインが"
                     "相次いでいたと発表した。同社は本日、外部IDでログイン"
                     "する機能を廃止した。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "ヒバリ工業", "2020-04", MT_EVENT_INTRUSION_START));
    assert_non_null(event(d, "ヒバリ工業", "2020-04-24", MT_EVENT_CONTAINMENT));
    mt_dossier_free(d);
}

/* Cause 2: 「個人情報が流出していないか調べる」 asks whether data left: an
 * investigation, no denial of a leak (nor a conflict with a leak another
 * source reports). */
static void test_stages__whether_data_left(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2022-06-20", "ja",
                     "ツグミ病院は20日、電子カルテが使えなくなったと発表した。"
                     "病院は患者の個人情報が流出していないか調べる。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "ツグミ病院", "2022-06-20", MT_EVENT_INVESTIGATION));
    assert_int_equal(events_of(d, "ツグミ病院", MT_EVENT_LEAK_DENIED), 0);
    mt_dossier_free(d);
}

/* Cause 2: telling those affected (「対象の顧客に個別に連絡する」,
 * "notified affected customers", a help desk for them) is no
 * notification, which is to police or a regulator: type other, as of the
 * statement that tells it. */
static void test_stages__those_affected_told(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "時報通信", "2022-06-21", "ja",
         "ツグミ精工は20日、対象の顧客に個別に連絡すると発表した。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "ツグミ精工", "2022-06-20", MT_EVENT_OTHER));
    assert_int_equal(events_of(d, "ツグミ精工", MT_EVENT_NOTIFICATION), 0);
    mt_dossier_free(d);
    /* So is a help desk for them (専用の窓口を設置). */
    t[0].text =
        "ツグミ精工は20日、問い合わせ用の専用窓口を設置したと発表した。";
    d = draft(t, 1);
    assert_non_null(event(d, "ツグミ精工", "2022-06-20", MT_EVENT_OTHER));
    mt_dossier_free(d);
    /* 「個別でメールで順次連絡」 as well. */
    t[0].text = "ツグミ精工は20日、対象者には個別でメールで連絡していると発表"
                "した。";
    d = draft(t, 1);
    assert_non_null(event(d, "ツグミ精工", "2022-06-20", MT_EVENT_OTHER));
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2022-06-21", "en",
                     "Ransomware struck the network of Kiri Clinic Corp. last "
                     "week. The company said on Monday that it notified "
                     "affected customers."}};
    d = draft(u, 1);
    assert_non_null(
        event(d, "Kiri Clinic Corp.", "2022-06-20", MT_EVENT_OTHER));
    assert_int_equal(events_of(d, "Kiri Clinic Corp.", MT_EVENT_NOTIFICATION),
                     0);
    mt_dossier_free(d);
    /* The other words of it: 「顧客に対して通知」, 「会員に連絡」, "have
     * been informed", "notifying individuals". */
    static const char *const ja[] = {
        "ツグミ精工は20日、情報が漏れたおそれのある顧客に対して通知を始めたと"
        "発表した。",
        "ツグミ精工は20日、影響を受けた会員に連絡を取っていると発表した。"};
    for (size_t i = 0; i < sizeof ja / sizeof *ja; i++) {
        t[0].text = ja[i];
        d = draft(t, 1);
        assert_non_null(event(d, "ツグミ精工", "2022-06-20", MT_EVENT_OTHER));
        mt_dossier_free(d);
    }
    static const char *const en[] = {
        "Ransomware struck the network of Kiri Clinic Corp. last week. The "
        "company said on Monday that patients have been informed.",
        "Ransomware struck the network of Kiri Clinic Corp. last week. The "
        "company said on Monday that it was notifying individuals whose data "
        "was taken."};
    for (size_t i = 0; i < sizeof en / sizeof *en; i++) {
        u[0].text = en[i];
        d = draft(u, 1);
        assert_non_null(
            event(d, "Kiri Clinic Corp.", "2022-06-20", MT_EVENT_OTHER));
        mt_dossier_free(d);
    }
}

/* Cause 2: data kept out of a leak is a denial for that data (「カード
 * 情報は含まれない」, "patient information had not been affected"), and
 * 「流出したという情報は寄せられていない」 denies the report of the leak
 * across という.  The same verbs of no data, and 「流出したという。」
 * with a negation in the next sentence, are none. */
static void test_stages__data_kept_out_of_a_leak(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2024-05-10", "ja",
                     "ツグミ製菓株式会社は10日、通販サイトに不正アクセスが"
                     "あったと発表した。漏れたのは会員の氏名と住所で、カード"
                     "情報は含まれないという。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "ツグミ製菓", "2024-05-10", MT_EVENT_LEAK_DENIED));
    mt_dossier_free(d);

    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2020-06-11", "en",
                     "Ransomware struck the network of Kiri Clinic Corp.; it "
                     "said patient information had not been affected."}};
    d = draft(u, 1);
    assert_non_null(
        event(d, "Kiri Clinic Corp.", "2020-06-11", MT_EVENT_LEAK_DENIED));
    mt_dossier_free(d);
    u[0].text = "Ransomware struck the network of Kiri Clinic Corp.; it "
                "said surgery had not been affected.";
    d = draft(u, 1);
    assert_int_equal(events_of(d, "Kiri Clinic Corp.", MT_EVENT_LEAK_DENIED),
                     0);
    mt_dossier_free(d);
    /* Not negated, the verb is no trigger and dates nothing away: the
     * attack is of May 3. */
    u[0].text = "Kiri Clinic Corp. was hit by ransomware that affected 300 "
                "customers on May 3.";
    d = draft(u, 1);
    assert_non_null(
        event(d, "Kiri Clinic Corp.", "2020-05-03", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);

    text_src v[] = {{MT_KIND_MEDIA, "時報通信", "2024-05-10", "ja",
                     "ツグミ病院は10日、電子カルテが使えなくなったと発表した。"
                     "今のところ、患者の情報が漏れたという情報は寄せられて"
                     "いないという。"}};
    d = draft(v, 1);
    assert_non_null(event(d, "ツグミ病院", "2024-05-10", MT_EVENT_LEAK_DENIED));
    assert_int_equal(events_of(d, "ツグミ病院", MT_EVENT_LEAK_POSSIBLE), 0);
    mt_dossier_free(d);
    v[0].text = "ツグミ病院は10日、電子カルテが使えなくなったと発表した。"
                "患者の情報が漏れたという。被害は確認されていない。";
    d = draft(v, 1);
    assert_non_null(
        event(d, "ツグミ病院", "2024-05-10", MT_EVENT_LEAK_POSSIBLE));
    mt_dossier_free(d);
    /* Without という: the noun the leak describes is what the negation
     * is about (「流出した情報は寄せられていない」); not so when the
     * negation is of another noun (「流出した情報の範囲」). */
    v[0].text = "ツグミ病院は10日、電子カルテが使えなくなったと発表した。"
                "現時点で、患者の情報が流出した情報は寄せられていないという。";
    d = draft(v, 1);
    assert_non_null(event(d, "ツグミ病院", "2024-05-10", MT_EVENT_LEAK_DENIED));
    mt_dossier_free(d);
    v[0].text = "ツグミ病院は10日、電子カルテが使えなくなったと発表した。"
                "流出した情報の範囲は特定されていないという。";
    d = draft(v, 1);
    assert_int_equal(events_of(d, "ツグミ病院", MT_EVENT_LEAK_DENIED), 0);
    mt_dossier_free(d);
    /* A denial reported to a third party and told as hearsay (「…と報告が
     * あったという」) is the state on the article's day. */
    v[0].text = "ツグミ病院は10日、電子カルテが使えなくなったと発表した。"
                "市の担当者によると、病院からは「現時点で患者情報の流出は"
                "確認されていない」と報告があったという。";
    d = draft(v, 1);
    assert_non_null(event(d, "ツグミ病院", "2024-05-10", MT_EVENT_LEAK_DENIED));
    mt_dossier_free(d);
}

/* 「登録を中止した」, as 「…を停止した」: a service stopped is contained,
 * each bank's on its own day in a list of them; not any 中止. */
static void test_stages__a_service_suspended(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2020-09-10", "ja",
                     "ツグミ銀行は9月5日から、ヒバリ銀行は9月8日から"
                     "カモメ口座の新規登録を中止した。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "ツグミ銀行", "2020-09-05", MT_EVENT_CONTAINMENT));
    assert_non_null(event(d, "ヒバリ銀行", "2020-09-08", MT_EVENT_CONTAINMENT));
    mt_dossier_free(d);
    /* a campaign or a meeting called off is no containment */
    t[0].text = "ツグミ銀行は9月5日、不正アクセスを受けたと発表した。同行は"
                "9月8日、キャンペーンを中止した。";
    d = draft(t, 1);
    assert_int_equal(events_of(d, "ツグミ銀行", MT_EVENT_CONTAINMENT), 0);
    mt_dossier_free(d);
}

/* Cause 6: the harm to the business is an event of its own (type other):
 * plants stopped (「生産が停止」), intake halted (「受付を一時停止」),
 * services disrupted ("disruptions"). */
static void test_stages__harm_to_the_business(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2020-06-11", "ja",
                     "ツグミ自動車は9日、社内システムがサイバー攻撃を受けたと"
                     "発表した。この影響で8日、国内の3工場の生産が停止した。"
                     "同社は10日、修理の受付を一時停止した。"},
                    {MT_KIND_MEDIA, "Wire", "2020-06-12", "en",
                     "Tsugumi Motor's finance arm said on Friday that its call "
                     "centers continued to experience disruptions."}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(event(d, "ツグミ自動車", "2020-06-08", MT_EVENT_OTHER));
    assert_non_null(event(d, "ツグミ自動車", "2020-06-10", MT_EVENT_OTHER));
    assert_non_null(event(d, "ツグミ自動車", "2020-06-12", MT_EVENT_OTHER));
    mt_dossier_free(d);
    /* a service given up for good (「サービスを終了」) */
    text_src u[] = {
        {MT_KIND_MEDIA, "時報通信", "2020-01-15", "ja",
         "ツグミ自動車は不正アクセスを受けた。1月14日にカモメ便の"
         "サービス終了のお知らせが載った。カモメ便は3月31日をもっ"
         "てサービスを終了する。カモメ払いも2020年4月30日をもって提供を"
         "終了する。"}};
    d = draft(u, 1);
    assert_non_null(event(d, "ツグミ自動車", "2020-01-14", MT_EVENT_OTHER));
    assert_non_null(event(d, "ツグミ自動車", "2020-03-31", MT_EVENT_OTHER));
    assert_non_null(event(d, "ツグミ自動車", "2020-04-30", MT_EVENT_OTHER));
    mt_dossier_free(d);
}

/* A blog's writer telling of itself (「私がこれまで調査してきた事例」) tells
 * no organisation's event; a name after the writer is the subject again
 * (「私が見たところ、ツグミ工業は…調査を進めている」), and in a quotation
 * 私 is the speaker (「私が先頭に立って調査を進めている」). */
static void test_events__the_writers_own(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_BLOG, "ヒバリ日記", "2025-09-26", "ja",
                     "ツグミ工業は9月25日、ランサムウェア攻撃を受けたと発表し"
                     "た。私がこれまで調査してきた事例と比べると、対応は早か"
                     "った。"}};
    mt_dossier *d = draft(t, 1);
    assert_int_equal(events_of(d, "ツグミ工業", MT_EVENT_INVESTIGATION), 0);
    mt_dossier_free(d);
    t[0].text = "ツグミ工業は9月25日、ランサムウェア攻撃を受けたと発表した。"
                "私が見たところ、ツグミ工業は外部の専門家と調査を進めている"
                "。";
    d = draft(t, 1);
    assert_int_equal(events_of(d, "ツグミ工業", MT_EVENT_INVESTIGATION), 1);
    mt_dossier_free(d);
    /* in a quotation 私 is the one who speaks */
    t[0].text = "ツグミ工業は9月25日、ランサムウェア攻撃を受けたと発表した。"
                "同社の社長は「私が先頭に立って調査を進めている」と述べた。";
    d = draft(t, 1);
    assert_int_equal(events_of(d, "ツグミ工業", MT_EVENT_INVESTIGATION), 1);
    mt_dossier_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stages__harm_to_the_business),
        cmocka_unit_test(test_stages__data_kept_out_of_a_leak),
        cmocka_unit_test(test_stages__those_affected_told),
        cmocka_unit_test(test_stages__whether_data_left),
        cmocka_unit_test(test_stages__report_received),
        cmocka_unit_test(test_stages__negation_is_no_event),
        cmocka_unit_test(test_stages__event_words),
        cmocka_unit_test(test_stages__nothing_found),
        cmocka_unit_test(test_stages__police_asked_to_investigate),
        cmocka_unit_test(test_stages__experts_and_police_en),
        cmocka_unit_test(test_stages__no_misuse_found),
        cmocka_unit_test(test_stages__no_access_found),
        cmocka_unit_test(test_stages__data_sold_or_obtained),
        cmocka_unit_test(test_stages__data_of_a_list_compromised),
        cmocka_unit_test(test_stages__data_that_was_compromised),
        cmocka_unit_test(test_stages__questions_and_measures),
        cmocka_unit_test(test_stages__disabled_accounts),
        cmocka_unit_test(test_stages__a_question_is_no_leak),
        cmocka_unit_test(test_stages__an_investigations_result),
        cmocka_unit_test(test_stages__an_inquiry_in_other_words),
        cmocka_unit_test(test_stages__english_in_other_words),
        cmocka_unit_test(test_stages__logins_and_their_end),
        cmocka_unit_test(test_stages__funds_paid_out),
        cmocka_unit_test(test_stages__incident_took_place),
        cmocka_unit_test(test_stages__report_to_an_authority),
        cmocka_unit_test(test_stages__a_service_suspended),
        cmocka_unit_test(test_events__the_writers_own),
    };
    return cmocka_run_group_tests_name("draft_events", tests, stages_setup,
                                       stages_teardown);
}
