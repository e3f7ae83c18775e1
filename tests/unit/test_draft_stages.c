/*
 * The draft's stages on statements and the pages that carry them, on
 * invented sentences in the shape of real news: whose statement a
 * sentence is, as of which day an undated page speaks, page furniture.
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
#include "matome/extract.h"

#include "draft/draft_internal.h"
#include "stages.h"

#include <stdlib.h>
#include <string.h>

/* Cause 4: a day carries several events; an undated statement is the
 * source's news of the day. */
static void test_stages__several_events_a_day(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2023-09-05", "ja",
         "アオバ物流は5日、ランサムウェア攻撃を受け、顧客情報が流出した"
         "可能性があると発表した。クレジットカード情報の流出は確認されて"
         "いないという。"},
        {MT_KIND_MEDIA, "時報通信", "2023-09-06", "ja",
         "アオバ物流は外部の専門家に調査を依頼したと明らかにした。"}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(event(d, "アオバ物流", "2023-09-05", MT_EVENT_DISCLOSURE));
    assert_non_null(
        event(d, "アオバ物流", "2023-09-05", MT_EVENT_LEAK_POSSIBLE));
    assert_non_null(event(d, "アオバ物流", "2023-09-05", MT_EVENT_LEAK_DENIED));
    /* The next day's "明らかにした" joins the statement of the day before. */
    const mt_dossier_event *e =
        event(d, "アオバ物流", "2023-09-05", MT_EVENT_DISCLOSURE);
    assert_non_null(e);
    assert_int_equal(e ? e->cites.count : 0, 2);
    mt_dossier_free(d);
}

/* Cause 7: a page with no publication date.  Its own announcement
 * (「6月10日、…と発表した」) gives the day it speaks as of: what it says
 * without a date of its own (no leak found so far, police consulted) is
 * as of that day, a day of the month alone (8日未明) is in that month, a
 * later day stays in that year; the source keeps no
 * date in the dossier and the commentary says what it was read as of. */
static void test_stages__undated_page_speaks_as_of_its_news(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2024-06-12", "ja",
         "ツグミ製作所のシステム障害は長引いている。"},
        {MT_KIND_MEDIA, "港湾日報", NULL, "ja",
         "ツグミ製作所は6月10日、社内のサーバーが外部から不正アクセスを"
         "受けたと発表した。8日未明にシステム障害を検知したという。同社"
         "は、個人情報の流出は確認されていないとしている。6月11日には"
         "取引先の設計図が流出したことも判明した。"}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(
        event(d, "ツグミ製作所", "2024-06-10", MT_EVENT_DISCLOSURE));
    assert_non_null(event(d, "ツグミ製作所", "2024-06-08", MT_EVENT_DETECTION));
    const mt_dossier_event *e =
        event(d, "ツグミ製作所", "2024-06-10", MT_EVENT_LEAK_DENIED);
    assert_non_null(e);
    /* The page is of that day or later: the 11th is not a year back (the
     * leak found that day is its detection, not a leak of that day). */
    assert_non_null(event(d, "ツグミ製作所", "2024-06-11", MT_EVENT_DETECTION));
    assert_null(event(d, "ツグミ製作所", "2024-06-11", MT_EVENT_LEAK_POSSIBLE));
    assert_int_equal(d->nsources, 2);
    assert_int_equal(d->sources[1].published.year, 0);
    bool said = false;
    for (size_t i = 0; i < d->ncommentary; i++)
        said = said || (strstr(d->commentary[i].text, "source 2: 2024-06-10") &&
                        strstr(d->commentary[i].text, "publication date"));
    assert_true(said);
    mt_dossier_free(d);
}

/* Cause 4: a Japanese sentence that leaves its subject out goes on with
 * the passage's topic (「…。27日に、…を明らかにした」), not one whose
 * topic is a person (「大臣は…と明らかにした」); a byline line (» date
 * 公開) is page furniture, no announcement. */
static void test_stages__subject_left_out(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-12-02", "ja",
                     "ツグミ化成株式会社は10月にランサムウェア攻撃を受けた。"
                     "大臣は記者会見で、これとは別に2社が不正アクセスを受けて"
                     "いたと明らかにした。\n» 2024年11月28日 06時00分 公開"
                     "\n11月27日に、身代金の要求があったことなどを明らかに"
                     "した。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "ツグミ化成", "2024-11-27", MT_EVENT_DISCLOSURE));
    assert_null(event(d, "ツグミ化成", "2024-11-28", MT_EVENT_DISCLOSURE));
    assert_null(event(d, "ツグミ化成", "2024-12-02", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* Cause 3: a lead that puts the company last (「…を延期していたX。」)
 * tells of X; the results announcement it put off is no disclosure. */
static void test_stages__lead_ends_with_the_company(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2024-11-28", "ja",
         "9月にランサムウェア攻撃を受けた影響で決算発表を延期していた"
         "ツグミ化成株式会社。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "ツグミ化成", "2024-09", MT_EVENT_INTRUSION_START));
    assert_int_equal(events_of(d, "ツグミ化成", MT_EVENT_DISCLOSURE), 0);
    mt_dossier_free(d);
}

/* English news: "X Co. said Tuesday" is X's statement of that day (a
 * legal form between the name and the verb); "no leaks" denies a leak;
 * "cut off" is a containment; a headline's capitals name nothing after a
 * head noun ("Game Giant Nintendo Hit"). */
static void test_stages__english_statement_forms(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2023-06-07", "en",
                     "Game Giant Nintendo Hit by Ransomware\n\n"
                     "Game maker Nintendo Co. said Tuesday that some of its "
                     "servers were encrypted, but that there have been no "
                     "leaks of customer data. It cut off links with part of "
                     "its overseas network."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "任天堂", "2023-06-06", MT_EVENT_DISCLOSURE));
    assert_non_null(event(d, "任天堂", "2023-06-06", MT_EVENT_LEAK_DENIED));
    assert_int_equal(events_of(d, "任天堂", MT_EVENT_CONTAINMENT), 1);
    assert_null(org_named(d, "Nintendo Hit"));
    mt_dossier_free(d);
    /* "The attack happened ...", "a disruption in its network". */
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2020-06-09", "en",
                     "Nintendo was hit by ransomware. The attack happened on "
                     "Sunday, June 7. Nintendo saw a disruption in its office "
                     "network on Sunday, June 7."}};
    d = draft(u, 1);
    assert_non_null(event(d, "任天堂", "2020-06-07", MT_EVENT_INTRUSION_START));
    assert_non_null(event(d, "任天堂", "2020-06-07", MT_EVENT_DETECTION));
    mt_dossier_free(d);
    /* Deeds a news piece tells without their day, by its day. */
    text_src w[] = {
        {MT_KIND_MEDIA, "Wire", "2020-06-09", "en",
         "Nintendo said it restricted outside access and brought in "
         "a security firm to investigate."}};
    d = draft(w, 1);
    assert_non_null(event(d, "任天堂", "2020-06-09", MT_EVENT_CONTAINMENT));
    assert_non_null(event(d, "任天堂", "2020-06-09", MT_EVENT_INVESTIGATION));
    mt_dossier_free(d);
}

/* Page furniture: an address line tells nothing, whatever its words; 20
 * 年目 (the twentieth year of a service) is no year. */
static void test_stages__addresses_and_ordinal_years(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2020-06-10", "en",
                     "Nintendo was hit by ransomware on June 8. "
                     "https://blog.example.com/analysis/2020/06/"
                     "nintendo-data-leaked-after-attack/ Page 1 of 3 Target: "
                     "Nintendo Ransom note left on servers."}};
    mt_dossier *d = draft(t, 1);
    assert_int_equal(d->nevents, 1);
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "毎朝新聞", "2019-01-28", "ja",
                     "サービス開始20年目の任天堂で流出が起きた。"}};
    d = draft(u, 1);
    assert_null(event(d, "任天堂", "2020", MT_EVENT_LEAK_POSSIBLE));
    mt_dossier_free(d);
}

/* The marks of a Japanese list (、・) join the names of one class on
 * their two sides into one subject: each bank of 「A銀行、B銀行、C信用金庫は」
 * denies the leak, each of 「A銀行・B銀行は」 stopped the service, and each of
 * 「最初 にA銀行、翌週にB銀行が」 was entered. */
static void test_stages__names_in_a_list(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-05-12", "ja",
                     "ツグミ銀行、ヒバリ銀行、ミサゴ信用金庫は、「システムから"
                     "暗証番号などの漏えいは確認されていない」と説明した。"
                     "ツグミ銀行・ヒバリ銀行は口座の新規登録を停止した。"}};
    mt_dossier *d = draft(t, 1);
    assert_int_equal(events_of(d, "ツグミ銀行", MT_EVENT_LEAK_DENIED), 1);
    assert_int_equal(events_of(d, "ヒバリ銀行", MT_EVENT_LEAK_DENIED), 1);
    assert_int_equal(events_of(d, "ミサゴ信用金庫", MT_EVENT_LEAK_DENIED), 1);
    assert_int_equal(events_of(d, "ツグミ銀行", MT_EVENT_CONTAINMENT), 1);
    assert_int_equal(events_of(d, "ヒバリ銀行", MT_EVENT_CONTAINMENT), 1);
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-05-12", "ja",
                     "最初にツグミ銀行、翌週にヒバリ銀行が不正アクセスを受けた"
                     "と発表した。"}};
    d = draft(u, 1);
    assert_int_equal(role_of(d, "ツグミ銀行"), MT_ROLE_VICTIM);
    assert_int_equal(role_of(d, "ヒバリ銀行"), MT_ROLE_VICTIM);
    mt_dossier_free(d);
    /* a list joins names of one class: a headline's subject, then a
     * group's claim, are two */
    text_src w[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-05-12", "ja",
                     "ツグミ製菓、LockBitが犯行声明を出した。"}};
    d = draft(w, 1);
    assert_int_equal(events_of(d, "ツグミ製菓", MT_EVENT_ATTRIBUTION), 0);
    mt_dossier_free(d);
}

/* A blog's site notice (「このサイトはGoogle Analyticsを利用しています」)
 * is page furniture: the name in it is no topic of what follows. */
static void test_stages__site_notice_is_clutter(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_BLOG, "ツグミの備忘録", "2019-11-06", "ja",
                     "ツグミの備忘録です。このサイトはツグミ電機が11月5日に"
                     "不正アクセスを受けた件を扱います。"}};
    mt_dossier *d = draft(t, 1);
    assert_int_equal(d->nevents, 0);
    mt_dossier_free(d);
}

/* Bad input: a page without sentence ends is read in pieces of at most
 * 4 kB (the stages look around inside a sentence, so one 300 kB sentence
 * would take minutes), cut after a clause mark, never inside a span, and
 * what it says is still found. */
static void test_stages__text_without_sentence_ends(void **state)
{
    (void)state;
    const char *unit =
        "カプコンは2020年11月2日に不正アクセスを受けたと発表し、";
    size_t ul = strlen(unit), reps = 400;
    char *text = malloc(ul * reps + 1);
    assert_non_null(text);
    for (size_t i = 0; i < reps; i++)
        memcpy(text + i * ul, unit, ul);
    text[ul * reps] = '\0';
    mt_date ref;
    assert_int_equal(mt_date_parse(&ref, "2020-11-16", 10), MT_OK);
    draft_prepared *prep = NULL;
    assert_int_equal(draft_prepare(&prep, stages_extractor(), text, ul * reps,
                                   "ja", ref, NULL),
                     MT_OK);
    size_t n = 0, total = 0, dates = 0;
    const draft_sentence *s = draft_prepared_sentences(prep, &n);
    assert_true(n >= ul * reps / 4096);
    for (size_t i = 0; i < n; i++) {
        assert_true(s[i].len <= 4096);
        /* Each piece after the first starts after a comma (、). */
        if (i)
            assert_memory_equal(s[i].text - 3, "\xe3\x80\x81", 3);
        for (size_t k = 0; k < s[i].nspans; k++) {
            assert_true(s[i].spans[k].end <= s[i].len);
            dates += s[i].spans[k].kind == DRAFT_DATE;
        }
        total += s[i].len;
    }
    assert_int_equal(total, ul * reps);
    assert_int_equal(dates, reps);
    draft_prepared_free(prep);
    free(text);
}

/* Undated Japanese states are the article's news: an investigation
 * under way and a leak not found (ている, 中); a deed told in ている
 * (報告しています) is no state (done by the article's day, not on it).  A
 * subsidiary added with も is not what 同社 stands for next; a date before
 * 「…に公表した」 is the statement's, not the outage's it describes. */
static void test_stages__japanese_states(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2021-08-06", "ja",
         "ヒバリ食品工業は、サイバー攻撃で基幹システムが停止したとして決算発表"
         "を延期した。子会社のツグミ物流も同様の対応を取っている。同社は「情報"
         "が流出した事実は確認していない」としつつ、セキュリティ事業者の協力の"
         "もと詳しく調べている。同社はその結果を関係省庁に報告しています。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "ヒバリ食品工業", "2021-08-06", MT_EVENT_INVESTIGATION));
    assert_non_null(
        event(d, "ヒバリ食品工業", "2021-08-06", MT_EVENT_LEAK_DENIED));
    assert_int_equal(events_of(d, "ツグミ物流", MT_EVENT_INVESTIGATION), 0);
    /* The deed was done by the article's day, not on it. */
    const mt_dossier_event *e =
        event(d, "ヒバリ食品工業", "2021-08-06", MT_EVENT_NOTIFICATION);
    assert_true(!e || (e->date.mods & MT_DMOD_BEFORE));
    mt_dossier_free(d);

    /* 調査中であり is a state too, under hearsay as well. */
    text_src q[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2021-08-06", "ja",
         "ヒバリ食品工業のサーバーに不正アクセスがあったことが分かっ"
         "た。詳細は調査中であり、近く公表するという。"}};
    d = draft(q, 1);
    assert_non_null(
        event(d, "ヒバリ食品工業", "2021-08-06", MT_EVENT_INVESTIGATION));
    mt_dossier_free(d);
    /* 調査中であった was a state then */
    text_src qa[] = {{MT_KIND_MEDIA, "毎朝新聞", "2021-08-06", "ja",
                      "ヒバリ食品工業のサーバーに不正アクセスがあったことが分"
                      "かった。当時は調査中であったが、既に終えたという。"}};
    d = draft(qa, 1);
    assert_int_equal(events_of(d, "ヒバリ食品工業", MT_EVENT_INVESTIGATION), 0);
    mt_dossier_free(d);

    /* A heading (【再発防止策】) tells nothing of its own. */
    text_src h[] = {{MT_KIND_OTHER, "事例集", "2023-11-01", "ja",
                     "ヒバリ建設は2023年7月28日、情報が流出したと発表した。\n\n"
                     "【再発防止策】\n\n"}};
    d = draft(h, 1);
    assert_int_equal(events_of(d, "ヒバリ建設", MT_EVENT_REMEDIATION), 0);
    mt_dossier_free(d);

    /* 「不正アクセスを把握した」: the access found, not its start. */
    text_src w[] = {{MT_KIND_MEDIA, "毎朝新聞", "2021-04-28", "ja",
                     "ヒバリ建設によると、2021年3月に国外の子会社への不正アク"
                     "セスを把握したという。"}};
    d = draft(w, 1);
    assert_non_null(event(d, "ヒバリ建設", "2021-03", MT_EVENT_DETECTION));
    assert_int_equal(events_of(d, "ヒバリ建設", MT_EVENT_INTRUSION_START), 0);
    mt_dossier_free(d);

    /* Nor is it the topic a sentence without a subject speaks of; a
     * company that puts off its results for the attack is a victim. */
    text_src v[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2021-08-06", "ja",
         "ヒバリ食品工業は、サイバー攻撃で基幹システムが停止したとして決算発表"
         "を延期した。子会社のツグミ物流も決算発表を延期した。セキュリティ事業"
         "者の協力のもと詳しく調べている。"}};
    d = draft(v, 1);
    assert_non_null(
        event(d, "ヒバリ食品工業", "2021-08-06", MT_EVENT_INVESTIGATION));
    assert_int_equal(events_of(d, "ツグミ物流", MT_EVENT_INVESTIGATION), 0);
    assert_int_equal(role_of(d, "ツグミ物流"), MT_ROLE_VICTIM);
    mt_dossier_free(d);

    text_src u[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2021-08-17", "ja",
         "ヒバリ食品工業は16日、7月9日に公表したシステム障害の続報を発表した"
         "。"},
        {MT_KIND_MEDIA, "時報通信", "2021-07-08", "ja",
         "ヒバリ食品工業では7日未明、システム障害が発生した。"}};
    d = draft(u, 2);
    assert_non_null(
        event(d, "ヒバリ食品工業", "2021-07-07", MT_EVENT_DETECTION));
    assert_int_equal(events_of(d, "ヒバリ食品工業", MT_EVENT_DETECTION), 1);
    assert_null(conflict_about(d, "date of detection"));
    mt_dossier_free(d);
}

/* An undated statement is its source's news: reported the next day it
 * joins the announcement of the day before; days later it stands on the
 * source's day, known by then, and disagrees with no earlier date. */
static void test_stages__news_of_the_source_day(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2021-04-28", "ja",
         "ヒバリ建設は27日、海外のグループ会社がサイバー攻撃を受けたと発表し"
         "た。"},
        {MT_KIND_MEDIA, "時報通信", "2021-04-28", "ja",
         "ヒバリ建設は、海外のグループ会社がサイバー攻撃を受けたと発表した。"},
        {MT_KIND_MEDIA, "港湾日報", "2021-04-29", "ja",
         "ヒバリ建設は、海外のグループ会社がサイバー攻撃を受けたと発表した。"}};
    mt_dossier *d = draft(t, 3);
    const mt_dossier_event *e =
        event(d, "ヒバリ建設", "2021-04-27", MT_EVENT_DISCLOSURE);
    assert_non_null(e);
    assert_int_equal(e->cites.count, 2);
    assert_non_null(event(d, "ヒバリ建設", "2021-04-29", MT_EVENT_DISCLOSURE));
    assert_null(conflict_about(d, "date of disclosure"));
    mt_dossier_free(d);
}

/* English statements: a statement released on a day is that day's
 * disclosure and dates what follows it; a state told before "the company
 * said" is the source's news, "is currently under investigation" an
 * investigation (what it looks into no leak yet); an unnamed analyst's
 * word is nobody's statement. */
static void test_stages__english_statements(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2023-06-08", "en",
         "Umeda Kogyo Corp. released a statement on Tuesday that said part "
         "of its network was encrypted on June 3. Staff at the company set "
         "up a task force and then contacted law enforcement. A possible leak "
         "of "
         "customer files is currently under investigation, Umeda Kogyo "
         "Corp. said. The files posted online show the data has "
         "left the network, said an analyst who reviewed them."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "Umeda Kogyo Corp.", "2023-06-06", MT_EVENT_DISCLOSURE));

    assert_non_null(
        event(d, "Umeda Kogyo Corp.", "2023-06-06", MT_EVENT_NOTIFICATION));
    assert_non_null(
        event(d, "Umeda Kogyo Corp.", "2023-06-06", MT_EVENT_INVESTIGATION));
    assert_int_equal(events_of(d, "Umeda Kogyo Corp.", MT_EVENT_LEAK_POSSIBLE),
                     0);
    mt_dossier_free(d);
    /* a phrasal verb around its object, "took its systems offline" (a
     * gap cue of data/draft_cues.tsv); punctuation ends the gap */
    text_src g[] = {{MT_KIND_MEDIA, "Wire", "2023-06-08", "en",
                     "Kiri Foods Inc. took its payment systems offline on June "
                     "2. Hibari Mills Inc. took a hit, offline stores "
                     "stayed open on June 3."}};
    d = draft(g, 1);
    assert_non_null(
        event(d, "Kiri Foods Inc.", "2023-06-02", MT_EVENT_CONTAINMENT));
    assert_int_equal(events_of(d, "Hibari Mills Inc.", MT_EVENT_CONTAINMENT),
                     0);
    mt_dossier_free(d);
    /* a chain of deeds one subject does: the response takes the date of
     * the deed before it, through commas, "and" and adverbs; not past
     * another word (staff) that may be a subject of its own */
    g[0].text = "Kiri Foods Inc. said it detected unauthorized access on "
                "June 2, shut down its servers and launched an "
                "investigation. Hibari Mills Inc. discovered the intrusion on "
                "June 3, after which staff took the site offline.";
    d = draft(g, 1);
    assert_non_null(
        event(d, "Kiri Foods Inc.", "2023-06-02", MT_EVENT_CONTAINMENT));
    assert_non_null(
        event(d, "Kiri Foods Inc.", "2023-06-02", MT_EVENT_INVESTIGATION));
    assert_null(
        event(d, "Hibari Mills Inc.", "2023-06-03", MT_EVENT_CONTAINMENT));
    mt_dossier_free(d);
    g[0].text = "Hibari Mills Inc. discovered the intrusion on June 3, "
                "promptly took its site offline, and called the police.";
    d = draft(g, 1);
    assert_non_null(
        event(d, "Hibari Mills Inc.", "2023-06-03", MT_EVENT_CONTAINMENT));
    mt_dossier_free(d);
    g[0].text = "Hibari Mills Inc. detected the attack on June 4 and then "
                "isolated its servers.";
    d = draft(g, 1);
    assert_non_null(
        event(d, "Hibari Mills Inc.", "2023-06-04", MT_EVENT_CONTAINMENT));
    mt_dossier_free(d);

    /* "initially reported" and "a statement released on Friday" are the
     * victim's notices; "a group known as X" names the attacker; a
     * vendor's remark on the group does not make the vendor the topic
     * the group's theft is of. */
    text_src u[] = {
        {MT_KIND_MEDIA, "Wire", "2024-10-16", "en",
         "On October 7, Umeda Kogyo Corp. initially reported a cyber "
         "incident. In a second statement released on Friday, the company "
         "said ransomware was to blame. A ransomware group known as Karasu "
         "has claimed the attack. "
         "Microsoft has previously tied the group to a Russian crime ring. "
         "The group claimed to have stolen 200 gigabytes of data."}};
    d = draft(u, 1);
    assert_non_null(
        event(d, "Umeda Kogyo Corp.", "2024-10-07", MT_EVENT_DISCLOSURE));
    assert_non_null(
        event(d, "Umeda Kogyo Corp.", "2024-10-11", MT_EVENT_DISCLOSURE));
    assert_int_equal(role_of(d, "Karasu"), MT_ROLE_ATTACKER);
    assert_non_null(event(d, "Karasu", "2024-10-16", MT_EVENT_ATTRIBUTION));
    assert_int_equal(events_of(d, "Microsoft", MT_EVENT_LEAK_POSSIBLE), 0);
    mt_dossier_free(d);

    /* "..., the company said": a statement told before its reporting
     * verb is the source's news; an unnamed analyst's is nobody's. */
    text_src ca[] = {{MT_KIND_MEDIA, "Wire", "2023-06-08", "en",
                      "Umeda Kogyo Corp. was hit by ransomware. No customer "
                      "records were leaked, the company said. The leaked "
                      "files show the data has left the company's network, "
                      "said an analyst."}};
    d = draft(ca, 1);
    assert_non_null(
        event(d, "Umeda Kogyo Corp.", "2023-06-08", MT_EVENT_LEAK_DENIED));
    assert_int_equal(events_of(d, "Umeda Kogyo Corp.", MT_EVENT_LEAK_POSSIBLE),
                     0);
    mt_dossier_free(d);

    /* A vendor that tells of the group's theft is not whose data left. */
    text_src pv[] = {{MT_KIND_MEDIA, "Wire", "2024-10-16", "en",
                      "Umeda Kogyo Corp. was hit by ransomware. A group known "
                      "as Karasu has claimed the attack. Palo Alto Networks "
                      "said the Karasu group stole 200 gigabytes of data."}};
    d = draft(pv, 1);
    assert_non_null(
        event(d, "Umeda Kogyo Corp.", "2024-10-16", MT_EVENT_LEAK_POSSIBLE));
    assert_int_equal(role_of(d, "Palo Alto Networks"), MT_ROLE_VENDOR);
    mt_dossier_free(d);

    /* "confirmed" an access: its detection; a date alone in the clause
     * before the trigger's is its own. */
    text_src c2[] = {{MT_KIND_MEDIA, "Wire", "2022-04-28", "en",
                      "Umeda Films Corp. was hit by ransomware. Later, on "
                      "March 6, the company confirmed an outside party's "
                      "unauthorized access to its network."}};
    d = draft(c2, 1);
    assert_non_null(
        event(d, "Umeda Films Corp.", "2022-03-06", MT_EVENT_DETECTION));
    assert_null(
        event(d, "Umeda Films Corp.", "2022-03-06", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);

    /* A state told before a dated report is as of the report's day: an
     * infection by then ("by"), not on it. */
    text_src w[] = {{MT_KIND_MEDIA, "Wire", "2023-07-06", "en",
                     "Ransomware has infected the port's terminal system, "
                     "the Kaede Harbor Transportation Association told "
                     "reporters Wednesday."}};
    d = draft(w, 1);
    const mt_dossier_event *e =
        event(d, "Kaede Harbor Transportation Association", "2023-07-05",
              MT_EVENT_INTRUSION_START);
    assert_non_null(e);
    assert_true(e->date.mods & MT_DMOD_BEFORE);
    mt_dossier_free(d);

    /* An official notice in the first person: "we" is its publisher; a
     * date the clause end cuts ("announced on August 10, 2023, ...") is
     * the announcement's; a notice it recalls frames nothing it goes on
     * to say, which is as of its own day. */
    text_src v[] = {
        {MT_KIND_OFFICIAL, "Umeda Kogyo Corp.", "2023-10-25", "en",
         "As we reported on August 10, 2023 (https://example.jp/a) and "
         "August 22, 2023, part of our network was accessed without "
         "permission. We also notified the police."}};
    d = draft(v, 1);
    assert_non_null(
        event(d, "Umeda Kogyo Corp.", "2023-08-10", MT_EVENT_DISCLOSURE));
    /* the second day joined by "and" is a notice of its own */
    assert_non_null(
        event(d, "Umeda Kogyo Corp.", "2023-08-22", MT_EVENT_DISCLOSURE));
    assert_null(
        event(d, "Umeda Kogyo Corp.", "2023-08-10", MT_EVENT_NOTIFICATION));
    mt_dossier_free(d);
}

/* 「警察当局が捜査を始めていることも明らかにした」: the police are the
 * subject of what こと closes, not of the telling, which is the company's
 * (the passage's topic, left out). */
static void test_stages__subject_inside_koto(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2014-07-10", "ja",
                     "ツグミ工業株式会社は9日、顧客情報が流出したと発表した。"
                     "警察が捜査を始めたことも明らかにした。"}};
    mt_dossier *d = draft(t, 1);
    assert_int_equal(events_of(d, "警察", MT_EVENT_DISCLOSURE), 0);
    assert_non_null(event(d, "ツグミ工業", "2014-07-09", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
    /* ことし is no こと; a company marked が may tell of itself */
    text_src u[] = {{MT_KIND_MEDIA, "毎朝新聞", "2014-07-10", "ja",
                     "ツグミ工業株式会社は9日、顧客情報が流出したと発表した。"
                     "警察が、ことし6月から捜査していると9日に明らかにした。"
                     "取引先の神戸製鋼所が、同様の不正アクセスを受けたことを"
                     "9日に明らかにした。"}};
    d = draft(u, 1);
    assert_int_equal(events_of(d, "警察", MT_EVENT_DISCLOSURE), 1);
    assert_non_null(event(d, "神戸製鋼所", "2014-07-09", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* What a source cites an organisation as saying (its statement by the
 * source's day) and its statement dated a day later are two statements,
 * not two dates of one. */
static void test_stages__statements_on_two_days(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2020-09-09", "ja",
                     "ヒバリ銀行によると、不正な引き出しは66件あった。"},
                    {MT_KIND_MEDIA, "時報通信", "2020-09-11", "ja",
                     "ヒバリ銀行は10日、不正な引き出しが66件あったと発表した"
                     "。"},
                    {MT_KIND_MEDIA, "港湾日報", "2020-09-11", "ja",
                     "ヒバリ銀行は10日、不正な引き出しが66件あったと明らかに"
                     "した。"}};
    mt_dossier *d = draft(t, 3);
    assert_non_null(event(d, "ヒバリ銀行", "2020-09-10", MT_EVENT_DISCLOSURE));
    assert_null(conflict_about(d, "date of disclosure"));
    mt_dossier_free(d);
    /* a detection known by one day is no statement made again: found by
     * the 9th against found on the 10th is a disagreement */
    text_src u[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2020-09-09", "ja",
         "ヒバリ銀行は9日までに不正アクセスを検知したと発表した。"},
        {MT_KIND_MEDIA, "時報通信", "2020-09-11", "ja",
         "ヒバリ銀行は10日に不正アクセスを検知したと発表した。"},
        {MT_KIND_MEDIA, "港湾日報", "2020-09-11", "ja",
         "ヒバリ銀行は10日に不正アクセスを検知したと明らかにした。"}};
    d = draft(u, 3);
    assert_non_null(conflict_about(d, "date of detection"));
    mt_dossier_free(d);
}

/* 「会社では」 opening a sentence is the company last named, as 同社 is;
 * who helps (「警察と連携して」, 「警察などの協力を得て」) is no subject. */
static void test_stages__the_company_and_its_helpers(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2023-06-06", "ja",
         "ツグミ製薬株式会社は6日、サーバーがサイバー攻撃を受けたと"
         "発表した。ヒバリ物流株式会社の倉庫でも障害が出た。会社では、"
         "外部の専門家や警察と連携して、情報流出がないか調査を進めて"
         "いる。"},
        {MT_KIND_MEDIA, "時報通信", "2023-06-07", "ja",
         "ツグミ製薬株式会社は6日、サーバーがサイバー攻撃を受けたと"
         "発表した。県警などと連携して調べている。"},
        {MT_KIND_MEDIA, "港湾日報", "2023-06-07", "ja",
         "ツグミ製薬株式会社は6日、サーバーがサイバー攻撃を受けたと"
         "発表した。県警等の協力を得て調べている。"}};
    mt_dossier *d = draft(t, 1);
    assert_int_equal(events_of(d, "ヒバリ物流", MT_EVENT_INVESTIGATION), 1);
    assert_int_equal(events_of(d, "警察", MT_EVENT_INVESTIGATION), 0);
    mt_dossier_free(d);
    for (size_t i = 1; i < 3; i++) {
        d = draft(t + i, 1);
        assert_int_equal(events_of(d, "ツグミ製薬", MT_EVENT_INVESTIGATION), 1);
        mt_dossier_free(d);
    }
    /* 「会社は」 is the company as 「同社は」 is, its particle its own (the
     * subject who was told); 「会社員の男性は」 is no company */
    text_src u[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2023-06-07", "ja",
         "ツグミ製薬株式会社は6日、サーバーが攻撃を受けたと発表した"
         "。会社は、取引先のヒバリ物流株式会社から5月30日に連絡を"
         "受けたという。"},
        {MT_KIND_MEDIA, "時報通信", "2023-06-07", "ja",
         "ツグミ製薬株式会社は6日、サーバーが攻撃を受けたと発表した"
         "。ヒバリ物流株式会社の倉庫でも障害が出た。会社員の男性は、"
         "流出は確認されていないと説明した。"}};
    d = draft(u, 1);
    assert_non_null(event(d, "ツグミ製薬", "2023-05-30", MT_EVENT_DETECTION));
    assert_int_equal(events_of(d, "ヒバリ物流", MT_EVENT_DETECTION), 0);
    mt_dossier_free(d);
    d = draft(u + 1, 1);
    assert_int_equal(events_of(d, "ツグミ製薬", MT_EVENT_LEAK_DENIED), 1);
    assert_int_equal(events_of(d, "ヒバリ物流", MT_EVENT_LEAK_DENIED), 0);
    mt_dossier_free(d);
}

/* Cause 7: a page without a date that writes no year but opens with the
 * day of its news alone (「ツグミ製菓は10日、…」) speaks as of the dated
 * source published on that day of a month: its undated statements join
 * that day.  With no dated source on that day, the day of the one month
 * that puts it within a week of dated sources that all lie within a
 * month; with sources months apart it dates nothing.  A product's name
 * ending in アカウント is no organisation. */
static void test_stages__lede_day_of_an_undated_page(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2024-05-10", "ja",
                     "ツグミ製菓株式会社は10日、通販サイトに不正アクセスが"
                     "あったと発表した。"},
                    {MT_KIND_MEDIA, "毎朝新聞", NULL, "ja",
                     "ツグミ製菓株式会社は10日、通販サイトの会員情報が外部に"
                     "漏れた可能性があると発表した。クレジットカード情報の流出"
                     "は確認されていないという。登録に使う「ツグミアカウント」"
                     "の利用者に連絡している。"}};
    mt_dossier *d = draft(t, 2);
    const mt_dossier_event *e =
        event(d, "ツグミ製菓", "2024-05-10", MT_EVENT_LEAK_DENIED);
    assert_non_null(e);
    assert_null(org_named(d, "ツグミアカウント"));
    mt_dossier_free(d);
    /* No dated source of that day, but all within a week of it: the
     * day of that month, past a headline's 「12日から」. */
    text_src u[] = {t[0], t[1]};
    u[0].date = "2024-05-13";
    u[1].text = "ツグミ製菓、12日から通販を再開\n"
                "ツグミ製菓株式会社は10日、通販サイトの会員情報が外部に漏れた"
                "可能性があると発表した。クレジットカード情報の流出は確認さ"
                "れていないという。";
    d = draft(u, 2);
    assert_non_null(event(d, "ツグミ製菓", "2024-05-10", MT_EVENT_LEAK_DENIED));
    mt_dossier_free(d);
    /* Dated sources months apart: a day alone names no month, and the
     * page stays undated. */
    text_src w[] = {t[0], t[0], t[1]};
    w[0].date = "2024-05-13";
    w[1].date = "2024-08-20";
    w[1].text = "ツグミ製菓株式会社は20日、調査の結果を発表した。";
    d = draft(w, 3);
    assert_int_equal(events_of(d, "ツグミ製菓", MT_EVENT_LEAK_DENIED), 0);
    mt_dossier_free(d);
}

/* Cause 7: a page without a date that writes no year and no day alone
 * in its lede but a month and day (「ツグミ製菓は、5月12日時点で…と説明
 * している」) speaks as of that day, in the year the dated sources give:
 * its undated statements join it.  A page that writes a year keeps its
 * own reading. */
static void test_stages__month_day_of_an_undated_page(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2024-05-08", "ja",
                     "ツグミ製菓株式会社は8日、通販サイトが使えない状態に"
                     "あると発表した。"},
                    {MT_KIND_MEDIA, "毎朝新聞", NULL, "ja",
                     "ツグミ製菓株式会社は、5月12日時点で原因を調べていると"
                     "説明している。同社は、会員のカード情報の流出は確認され"
                     "ていないとしている。"}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(event(d, "ツグミ製菓", "2024-05-12", MT_EVENT_LEAK_DENIED));
    mt_dossier_free(d);
    text_src u[] = {t[0], t[1]};
    u[1].text = "ツグミ製菓株式会社は、2024年5月12日時点で原因を調べている"
                "と説明している。同社は、会員のカード情報の流出は確認され"
                "ていないとしている。";
    d = draft(u, 2);
    assert_null(event(d, "ツグミ製菓", "2024-05-12", MT_EVENT_LEAK_DENIED));
    mt_dossier_free(d);
}

/* Cause 7: an undated page whose written years are older than the dated
 * sources' (a round-up's "in June 2023") reads a yearless month and day
 * as the one nearest their middle date: "December 22" among sources of
 * December 2023 to March 2024 is 2023-12-22, not 2024-12-22. */
static void test_stages__undated_page_nearest_the_middle(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "時報通信", "2023-12-07", "ja",
         "キリ診療所は5日、サーバーに不正アクセスがあったと発表した。"},
        {MT_KIND_MEDIA, "毎朝新聞", "2024-01-04", "ja",
         "キリ診療所は4日、調査を続けていると発表した。"},
        {MT_KIND_MEDIA, "時報通信", "2024-03-13", "ja",
         "キリ診療所は13日、患者の情報が流出したと発表した。"},
        {MT_KIND_MEDIA, "Wire", NULL, "en",
         "The Karasu gang first appeared in June 2023. On December 22, "
         "Karasu said it had stolen 100 GB of data from Kiri Clinic "
         "Corp."}};
    mt_dossier *d = draft(t, 4);
    assert_non_null(
        event(d, "Kiri Clinic Corp.", "2023-12-22", MT_EVENT_LEAK_POSSIBLE));
    assert_null(
        event(d, "Kiri Clinic Corp.", "2024-12-22", MT_EVENT_LEAK_POSSIBLE));
    mt_dossier_free(d);
}

/* Cause 7: a notice an article quotes without its date 「…ことをお知らせ
 * します」 is its organisation's disclosure, by the article's day. */
static void test_stages__quoted_notice(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "時報通信", "2023-12-07", "ja",
         "ツグミ自動車のお知らせは以下の通り。「ツグミ自動車は、同社"
         "のシステムに対するサイバー攻撃があったことをお知らせしま"
         "す」"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "ツグミ自動車", "2023-12-07", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* Cause 7: a digest page that closes each paragraph with the day it was
 * added (「(2021年6月14日追加)」) tells that paragraph's undated news as of
 * that day; a paragraph without one, as of the page.  「流出の痕跡は認め
 * られず」 denies the leak across the traces. */
static void test_stages__paragraph_added_on_a_day(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_BLOG, "DLP便り", "2021-06-02", "ja",
                     "ツグミ精工は、サーバーに不正アクセスを受けたと発表した。"
                     "\n\n調査の結果、外部への情報流出の痕跡は認められず、監視"
                     "を続けるとしている。同社は警察に届け出を行った。(2021年6"
                     "月14日追加)"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "ツグミ精工", "2021-06-14", MT_EVENT_NOTIFICATION));
    assert_non_null(event(d, "ツグミ精工", "2021-06-14", MT_EVENT_LEAK_DENIED));
    assert_null(event(d, "ツグミ精工", "2021-06-02", MT_EVENT_NOTIFICATION));
    assert_non_null(event(d, "ツグミ精工", "2021-06-02", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* Cause 7: "A November 26 statement by the firm admits that intruders
 * illegally accessed its servers on November 11" is the firm's
 * disclosure of the 26th, and frames what "the statement adds"; the
 * access is of the 11th. */
static void test_stages__dated_statement_noun(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2021-11-30", "en",
         "Kiri Clinic Corp. admitted it was breached. A November 26 "
         "statement by the firm admits that intruders illegally "
         "accessed its servers on November 11. \"It has notified "
         "the police and the regulator,\" the statement adds."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "Kiri Clinic Corp.", "2021-11-26", MT_EVENT_DISCLOSURE));
    assert_non_null(
        event(d, "Kiri Clinic Corp.", "2021-11-11", MT_EVENT_INTRUSION_START));
    assert_non_null(
        event(d, "Kiri Clinic Corp.", "2021-11-26", MT_EVENT_NOTIFICATION));
    mt_dossier_free(d);
}

/* Cause 7: an undated English page with a dateline under its headline
 * ("NHK -- Jun 21") and no year anywhere speaks as of that day in the
 * dated sources' year; its "on Thursday" is the Thursday before (a
 * weekday no dated source tells news on: the dateline dates it, not the
 * weekday). */
static void test_stages__dateline_of_an_undated_page(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "時報通信", "2022-06-20", "ja",
         "ツグミ病院は20日、ランサムウェアの被害を受けたと発表し"
         "た。"},
        {MT_KIND_MEDIA, "Wire", NULL, "en",
         "Hospital hit by ransomware\n\nNHK -- Jun 21\n\nKiri "
         "Clinic Corp. said its servers were hit by ransomware on Thursday "
         "evening."}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(
        event(d, "Kiri Clinic Corp.", "2022-06-16", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
    /* The same date deep in the lede is what it tells, not its day. */
    t[1].text =
        "Hospital hit by ransomware\n\nKiri Clinic Corp. said "
        "its servers were hit by ransomware on Thursday evening, and that "
        "it would stay closed until Jun 21.";
    d = draft(t, 2);
    assert_null(
        event(d, "Kiri Clinic Corp.", "2022-06-16", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
}

/* Cause 7: 「<date>のプレスリリースで」 dates the statement and what it
 * reports as of then, not the article's day. */
static void test_stages__date_of_the_release_it_cites(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2023-09-01", "ja",
                     "ツグミ精工は8月23日のプレスリリースで、社員の個人情報が"
                     "漏えいした可能性があると明らかにしている。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "ツグミ精工", "2023-08-23", MT_EVENT_LEAK_POSSIBLE));
    assert_non_null(event(d, "ツグミ精工", "2023-08-23", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* Cause 4: a state the passage's company tells under a hearsay predicate
 * that ends the sentence (「引き続き…調査を行なっているという」) is as of
 * its dated statement; one told as earlier (「これまで…調査中としており、
 * 今回初めて…公表した」) is not. */
static void test_stages__state_told_as_hearsay(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2024-03-06", "ja",
                     "ツグミ精工株式会社は5日、社員の情報が漏えいしたと発表"
                     "した。引き続き外部の専門家と調査を行なっているという。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "ツグミ精工", "2024-03-05", MT_EVENT_INVESTIGATION));
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "時報通信", "2024-03-06", "ja",
                     "ツグミ精工株式会社は5日、社員の情報が漏えいしたと発表"
                     "した。同社はこれまで外部の専門家と調査中としており、"
                     "今回初めて件数を公表した。"}};
    d = draft(u, 1);
    assert_int_equal(events_of(d, "ツグミ精工", MT_EVENT_INVESTIGATION), 0);
    mt_dossier_free(d);

    /* The day's news (「…ことが分かりました」) without a date: the
     * state it tells is of the piece's day, and so is the deed it tells
     * (the inquiry that found more); neither is an earlier statement's. */
    text_src n[] = {{MT_KIND_MEDIA, "時報通信", "2024-03-06", "ja",
                     "ツグミ精工株式会社は東京の会社だ。\nツグミ精工がサイバー"
                     "攻撃を受け、データが流出したおそれがあることが分かり"
                     "ました。\nさらに、会社が調査を進めたところ、受注シス"
                     "テムにも障害が見つかり、被害が拡大していることがわかり"
                     "ました。"}};
    d = draft(n, 1);
    assert_non_null(
        event(d, "ツグミ精工", "2024-03-06", MT_EVENT_LEAK_POSSIBLE));
    assert_non_null(
        event(d, "ツグミ精工", "2024-03-06", MT_EVENT_INVESTIGATION));
    mt_dossier_free(d);
}

/* Cause 4: what a piece tells on the company's word ("According to
 * Hiiragi Construction, ...", 「ヒイラギ建設によると」) is the company's
 * statement, by the piece's day. */
static void test_stages__on_the_company_s_word(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2021-04-30", "en",
         "According to Hiiragi Construction Co., an overseas "
         "unit was attacked in March."},
        {MT_KIND_MEDIA, "時報通信", "2021-05-02", "ja",
         "ヒイラギ建設によると、海外の子会社が3月に攻撃を受けた。"}};
    mt_dossier *d = draft(t, 2);
    const mt_dossier_event *e =
        event(d, "ヒイラギ建設", "2021-04-30", MT_EVENT_DISCLOSURE);
    assert_non_null(e);
    assert_true(e->date.mods & MT_DMOD_BEFORE);
    assert_non_null(
        event(d, "ヒイラギ建設", "2021-05-02", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stages__on_the_company_s_word),
        cmocka_unit_test(test_stages__state_told_as_hearsay),
        cmocka_unit_test(test_stages__date_of_the_release_it_cites),
        cmocka_unit_test(test_stages__lede_day_of_an_undated_page),
        cmocka_unit_test(test_stages__month_day_of_an_undated_page),
        cmocka_unit_test(test_stages__dateline_of_an_undated_page),
        cmocka_unit_test(test_stages__names_in_a_list),
        cmocka_unit_test(test_stages__dated_statement_noun),
        cmocka_unit_test(test_stages__paragraph_added_on_a_day),
        cmocka_unit_test(test_stages__quoted_notice),
        cmocka_unit_test(test_stages__undated_page_nearest_the_middle),
        cmocka_unit_test(test_stages__addresses_and_ordinal_years),
        cmocka_unit_test(test_stages__english_statement_forms),
        cmocka_unit_test(test_stages__lead_ends_with_the_company),
        cmocka_unit_test(test_stages__subject_left_out),
        cmocka_unit_test(test_stages__undated_page_speaks_as_of_its_news),
        cmocka_unit_test(test_stages__several_events_a_day),
        cmocka_unit_test(test_stages__text_without_sentence_ends),
        cmocka_unit_test(test_stages__site_notice_is_clutter),
        cmocka_unit_test(test_stages__japanese_states),
        cmocka_unit_test(test_stages__news_of_the_source_day),
        cmocka_unit_test(test_stages__english_statements),
        cmocka_unit_test(test_stages__statements_on_two_days),
        cmocka_unit_test(test_stages__the_company_and_its_helpers),
        cmocka_unit_test(test_stages__subject_inside_koto),
    };
    return cmocka_run_group_tests_name("draft_stages", tests, stages_setup,
                                       stages_teardown);
}
