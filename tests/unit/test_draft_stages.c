/*
 * The draft's stages on invented sentences, one test per way the draft
 * failed on real news (issue 9's causes): each source is run through the
 * real extractor (MeCab included) with its publication date, and the
 * draft assembled from them with the data files of data/.  The sentences
 * are ours, written in the shape of what news articles say.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "matome/dossier.h"
#include "matome/extract.h"

#include "draft/draft_internal.h"
#include "stages.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Cause 1 and 9: names no table knows, names that start in hiragana, long
 * katakana names, a prefecture before a hospital. */
static void test_stages__names_outside_the_tables(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-05-10", "ja",
                     "さくら化学株式会社は9日、社内サーバーが不正アクセスを"
                     "受けたと発表した。東京ガスエンジニアリングソリューション"
                     "ズも同日、ランサムウェアに感染したと公表した。徳島県つる"
                     "ぎ町立半田病院は8日にシステム障害を検知した。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(org_named(d, "さくら化学"));
    assert_null(org_named(d, "化学"));
    assert_non_null(org_named(d, "東京ガスエンジニアリングソリューションズ"));
    assert_non_null(org_named(d, "つるぎ町立半田病院"));
    assert_int_equal(role_of(d, "さくら化学"), MT_ROLE_VICTIM);
    assert_non_null(
        event(d, "つるぎ町立半田病院", "2024-05-08", MT_EVENT_DETECTION));
    assert_non_null(event(d, "さくら化学", "2024-05-09", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
    /* An English form after a comma ("Kamome Trading, Inc.", "Co.,
     * Ltd."): the format carries no comma in a name, so the name without
     * its form stands for the organisation. */
    text_src e[] = {{MT_KIND_MEDIA, "Wire", "2023-05-10", "en",
                     "Kamome Trading, Inc. said its server was hit by "
                     "ransomware on May 3. Hibari Foods Co., Ltd. found "
                     "malware on May 4."}};
    d = draft(e, 1);
    assert_non_null(
        event(d, "Kamome Trading", "2023-05-03", MT_EVENT_INTRUSION_START));
    assert_non_null(org_named(d, "Hibari Foods"));
    mt_dossier_free(d);
    /* A name no table knows opening a sentence that says what happened
     * to it: also when the statement's day comes first ("Hibari Motors
     * said on Friday it was hit", as "said it was hit" does), and when
     * the verb of the cue is the attack itself ("was breached", "has been
     * attacked"). */
    static const char *const said[] = {
        "Hibari Motors said on Friday it was hit by ransomware.",
        "Hibari Motors said Friday its network was breached.",
        "Hibari Motors said it had been hit by ransomware.",
        "Hibari Motors said on Friday that it had been hit by ransomware.",
        "Hibari Motors announced on Friday that it was hit by ransomware.",
        "Hibari Motors confirmed on Friday it was targeted by hackers.",
        "Hibari Motors was breached on Friday.",
        "Hibari Motors was compromised on Friday.",
        "Hibari Motors was attacked on Friday.",
        "Hibari Motors has been attacked by hackers.",
        "Hibari Motors had been attacked by hackers."};
    for (size_t i = 0; i < sizeof said / sizeof *said; i++) {
        e[0].text = said[i];
        d = draft(e, 1);
        assert_non_null(org_named(d, "Hibari Motors"));
        assert_int_equal(role_of(d, "Hibari Motors"), MT_ROLE_VICTIM);
        mt_dossier_free(d);
    }
    /* The verb in the cue is the attack ("was breached"), but not "hit
     * by" something that is none. */
    e[0].text = "The Hibari Minister was hit by criticism on Friday.";
    d = draft(e, 1);
    assert_null(org_named(d, "The Hibari Minister"));
    assert_int_equal(d->nevents, 0);
    mt_dossier_free(d);
}

/* Cause 1: one organisation whatever a source calls it: a shorter form,
 * its English name by its reading, an abbreviation the text defines. */
/* The police abroad (the FBI: data/orgs_public.tsv kind police) that
 * track a group are never its victims; the group (data/orgs_actors.tsv)
 * is the attacker. */
static void test_stages__police_abroad_and_a_named_group(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2023-07-01", "en",
                     "Kiri Music Ltd. was struck by ransomware on June "
                     "14, 2023, the company said.\n\nThe FBI and the US "
                     "Secret Service, which track BlackByte, say the gang "
                     "claimed the attack. The FBI warned that the group had "
                     "compromised many firms."}};
    mt_dossier *d = draft(t, 1);
    assert_int_not_equal(role_of(d, "FBI"), MT_ROLE_VICTIM);
    assert_int_equal(role_of(d, "FBI"), MT_ROLE_OTHER);
    assert_int_equal(role_of(d, "BlackByte"), MT_ROLE_ATTACKER);
    assert_int_equal(role_of(d, "Kiri Music Ltd."), MT_ROLE_VICTIM);
    mt_dossier_free(d);
    /* A table name with a family word ("Akira ransomware") gives the
     * group's own name as an alias: "Akira said" is the group. */
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2023-12-28", "en",
                     "The Akira ransomware gang claimed an attack on Kiri "
                     "Music Ltd. on December 22. Akira said on December 26 "
                     "that it stole 100GB of data."}};
    d = draft(u, 1);
    const mt_dossier_org *ak = org_named(d, "Akira");
    assert_non_null(ak);
    assert_int_equal(ak->role, MT_ROLE_ATTACKER);
    assert_non_null(event(d, ak->name, "2023-12-26", MT_EVENT_ATTRIBUTION));
    mt_dossier_free(d);
}

static void test_stages__one_organisation_many_names(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2021-11-01", "ja",
         "徳島県のつるぎ町立半田病院は10月31日、ランサムウェアに感染したと"
         "発表した。半田病院によると、電子カルテが使えなくなった。"},
        {MT_KIND_MEDIA, "Wire", "2021-11-02", "en",
         "Handa Hospital in Tokushima said its records system was infected "
         "on Oct. 31."},
        {MT_KIND_MEDIA, "時報", "2021-11-03", "ja",
         "北辰化成工業（以下、北辰化成）は11月2日、不正アクセスを受けたと"
         "発表した。北辰化成は調査を進めている。"},
        {MT_KIND_MEDIA, "港湾日報", "2021-11-04", "ja",
         "株式会社シラサギソリューションズは11月3日、不正アクセスを受けたと"
         "発表した。シラサギソリューション株式会社は同日、取引先に報告した。"}};
    mt_dossier *d = draft(t, 4);
    const mt_dossier_org *h = org_named(d, "つるぎ町立半田病院");
    assert_non_null(h);
    assert_ptr_equal(org_named(d, "半田病院"), h);
    assert_ptr_equal(org_named(d, "Handa Hospital"), h);
    const mt_dossier_org *k = org_named(d, "北辰化成工業");
    assert_non_null(k);
    assert_ptr_equal(org_named(d, "北辰化成"), k);
    /* A loanword's plural dropped is the same name. */
    const mt_dossier_org *sr = org_named(d, "シラサギソリューションズ");
    assert_non_null(sr);
    assert_ptr_equal(org_named(d, "シラサギソリューション"), sr);
    mt_dossier_free(d);

    /* 「株式会社 i.JTB」 is a name of its own, not its parent's "JTB". */
    text_src j[] = {{MT_KIND_MEDIA, "毎朝新聞", "2016-06-15", "ja",
                     "JTBは14日、グループ会社である株式会社 i.JTBのパソコンが"
                     "3月15日にウイルスに感染したと発表した。"}};
    d = draft(j, 1);
    const mt_dossier_org *ij = org_named(d, "i.JTB");
    assert_non_null(ij);
    assert_ptr_not_equal(ij, org_named(d, "JTB"));
    assert_non_null(event(d, "i.JTB", "2016-03-15", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);

    /* 「X(Y)」: a shorter form of X in a plain parenthesis after it is
     * the text's short name for X. */
    text_src n[] = {{MT_KIND_MEDIA, "毎朝新聞", "2020-05-29", "ja",
                     "NTTコミュニケーションズ(NTTコム)は28日、不正アクセスを"
                     "受けたと発表した。NTTコムによると、5月7日に検知した。"}};
    d = draft(n, 1);
    const mt_dossier_org *nc = org_named(d, "NTTコミュニケーションズ");
    assert_non_null(nc);
    assert_ptr_equal(org_named(d, "NTTコム"), nc);
    assert_ptr_not_equal(org_named(d, "NTT"), nc);
    assert_non_null(
        event(d, "NTTコミュニケーションズ", "2020-05-07", MT_EVENT_DETECTION));
    mt_dossier_free(d);

    /* 「東京都内の会社」: the place, no party; a company's 「社内」 is its
     * own.  The police sources a story cites (捜査関係者) tell of no
     * investigation. */
    text_src pl[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2015-06-03", "ja",
         "2日、ツグミ機構から流出した個人情報の一部が東京都内の会社のサーバー"
         "に保存されていたことが捜査関係者への取材で分かった。"}};
    d = draft(pl, 1);
    assert_int_not_equal(role_of(d, "東京都"), MT_ROLE_VICTIM);
    assert_int_equal(role_of(d, "ツグミ機構"), MT_ROLE_VICTIM);
    assert_int_equal(events_of(d, "ツグミ機構", MT_EVENT_INVESTIGATION), 0);
    mt_dossier_free(d);
    text_src own[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2015-06-03", "ja",
         "2日、トヨタ自動車内のサーバーが不正アクセスを受けた。"}};
    d = draft(own, 1);
    assert_non_null(
        event(d, "トヨタ自動車", "2015-06-02", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);

    /* English: a unit word after a known name opens a unit's name ("NTT
     * Communications"); lower case, "data" is a word of the sentence. */
    text_src uw[] = {{MT_KIND_MEDIA, "Wire", "2020-05-29", "en",
                      "NTT Communications said it detected an intrusion "
                      "on May 7. Some Nintendo data was "
                      "not affected."}};
    d = draft(uw, 1);
    const mt_dossier_org *ncom = org_named(d, "NTT Communications");
    assert_non_null(ncom);
    assert_ptr_not_equal(org_named(d, "NTT"), ncom);
    assert_non_null(
        event(d, "NTT Communications", "2020-05-07", MT_EVENT_DETECTION));
    assert_null(org_named(d, "Nintendo data"));
    mt_dossier_free(d);
    text_src nd[] = {{MT_KIND_MEDIA, "Wire", "2020-05-29", "en",
                      "Nintendo data was hacked on May 6."}};
    d = draft(nd, 1);
    assert_non_null(org_named(d, "Nintendo"));
    assert_null(org_named(d, "Nintendo data"));
    mt_dossier_free(d);

    /* An English legal form (data/legal_forms.tsv) is dropped when names
     * are compared, as a Japanese one is: "Tobishima Music Ltd." is
     * Tobishima Music (and keeps the name as written). */
    text_src e[] = {{MT_KIND_MEDIA, "Wire", "2023-07-28", "en",
                     "Tobishima Music Ltd. was hit by ransomware on July 20, "
                     "2023.\n\nTobishima Music said it contained the attack "
                     "on July 21."}};
    d = draft(e, 1);
    const mt_dossier_org *tm = org_named(d, "Tobishima Music Ltd.");
    assert_non_null(tm);
    assert_ptr_equal(org_named(d, "Tobishima Music"), tm);
    assert_non_null(event(d, "Tobishima Music Ltd.", "2023-07-20",
                          MT_EVENT_INTRUSION_START));
    assert_non_null(
        event(d, "Tobishima Music Ltd.", "2023-07-21", MT_EVENT_CONTAINMENT));
    mt_dossier_free(d);

    /* Two spellings of one body that share its events are one; two
     * bodies told apart by a character of contrast (東/西) are two. */
    text_src u[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2023-07-06", "ja",
         "名古屋港運協会は7月4日にランサムウェアに感染し、同日障害を検知"
         "した。"},
        {MT_KIND_MEDIA, "時報通信", "2023-07-06", "ja",
         "名古屋港運協会は7月4日にランサムウェアに感染し、同日障害を検知"
         "した。"},
        {MT_KIND_MEDIA, "港湾日報", "2023-07-07", "ja",
         "名古屋港湾協会は7月4日にランサムウェアに感染し、同日障害を検知"
         "した。"},
        {MT_KIND_MEDIA, "港湾日報", "2023-07-08", "ja",
         "みなみ野東病院は7月4日にランサムウェアに感染し、同日障害を検知した"
         "。"},
        {MT_KIND_MEDIA, "時報通信", "2023-07-08", "ja",
         "みなみ野西病院は7月4日にランサムウェアに感染し、同日障害を検知した"
         "。"}};
    d = draft(u, 5);
    const mt_dossier_org *np = org_named(d, "名古屋港運協会");
    assert_non_null(np);
    assert_ptr_equal(org_named(d, "名古屋港湾協会"), np);
    const mt_dossier_org *h1 = org_named(d, "みなみ野東病院");
    assert_non_null(h1);
    assert_non_null(org_named(d, "みなみ野西病院"));
    assert_ptr_not_equal(org_named(d, "みなみ野西病院"), h1);
    mt_dossier_free(d);

    /* The name without its trade word (カシオ of カシオ計算機) is the same
     * company. */
    text_src w[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-10-09", "ja",
                     "サクラダ計算機は10月8日、不正アクセスを受けたと発表した。"
                     "\n\n同日、サクラダは10月5日に障害を検知した。"}};
    d = draft(w, 1);
    const mt_dossier_org *um = org_named(d, "サクラダ計算機");
    assert_non_null(um);
    assert_ptr_equal(org_named(d, "サクラダ"), um);
    assert_non_null(
        event(d, "サクラダ計算機", "2024-10-05", MT_EVENT_DETECTION));
    mt_dossier_free(d);
}

/* Cause 2: an outlet named as where the news came from is no victim; a
 * ministry that discloses is the authority, not the intruded. */
static void test_stages__roles_from_the_text(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "時報通信", "2023-06-12", "ja",
         "経済産業省は10日、ミドリ精工が不正アクセスを受けたと発表した。"
         "朝日新聞の取材に対し、ミドリ精工は顧客情報が流出した可能性がある"
         "と説明した。みなと新聞によると、同社は5月に侵入を検知した。"},
        {MT_KIND_MEDIA, "Wire", "2023-06-13", "en",
         "According to Nikkei, Midori Seiko found the intrusion in May."}};
    mt_dossier *d = draft(t, 2);
    const mt_dossier_org *asahi = org_named(d, "朝日新聞");
    assert_true(!asahi || asahi->role == MT_ROLE_MEDIA);
    const mt_dossier_org *nikkei = org_named(d, "日本経済新聞");
    assert_true(!nikkei || nikkei->role == MT_ROLE_MEDIA);
    const mt_dossier_org *meti = org_named(d, "経済産業省");
    assert_non_null(meti);
    assert_int_not_equal(role_of(d, "経済産業省"), MT_ROLE_VICTIM);
    assert_int_equal(events_of(d, "経済産業省", MT_EVENT_INTRUSION_START), 0);
    assert_int_equal(role_of(d, "ミドリ精工"), MT_ROLE_VICTIM);
    assert_non_null(event(d, "経済産業省", "2023-06-10", MT_EVENT_DISCLOSURE));
    assert_true(strstr(d->title, "朝日") == NULL);
    /* An outlet no table knows is a source of the news, not its subject. */
    assert_int_not_equal(role_of(d, "みなと新聞"), MT_ROLE_VICTIM);
    assert_int_equal(events_of(d, "みなと新聞", MT_EVENT_DETECTION), 0);
    assert_non_null(event(d, "ミドリ精工", "2023-05", MT_EVENT_DETECTION));
    /* "found the intrusion in May" is its detection, as 検知 is. */
    assert_null(conflict_about(d, "detection or intrusion"));
    mt_dossier_free(d);
}

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

/* Cause 1 in English: a unit named after a head noun whose name opens
 * with its parent's ("the subsidiary, Fujitsu Hibari Services") is an
 * organisation of its own, and it keeps its whole name where the text
 * names it again; a legal form after a known name adds no unit. */
static void test_stages__unit_named_after_its_parent(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2024-03-06", "en",
                     "A former contractor at the call center subsidiary, "
                     "Fujitsu Hibari Services, copied customer records for "
                     "years, officials said on Tuesday. Fujitsu Hibari "
                     "Services said the records had leaked to a list broker "
                     "in February. The game maker Nintendo Co. said on Monday "
                     "that its servers were hacked on March 1."}};
    mt_dossier *d = draft(t, 1);
    const mt_dossier_org *unit = org_named(d, "Fujitsu Hibari Services");
    assert_non_null(unit);
    assert_ptr_not_equal(unit, org_named(d, "Fujitsu"));
    assert_non_null(
        event(d, "Fujitsu Hibari Services", "2024-02", MT_EVENT_LEAK_POSSIBLE));
    assert_int_equal(events_of(d, "Fujitsu", MT_EVENT_LEAK_POSSIBLE), 0);
    assert_non_null(event(d, "任天堂", "2024-03-01", MT_EVENT_INTRUSION_START));
    assert_null(org_named(d, "Nintendo Co"));
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

/* Cause 8: two sources that date the attack a day apart disagree, though
 * one of them also tells of an attack months before (another fact). */
static void test_stages__attack_day_apart_beside_an_older_one(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2020-06-10", "en",
         "On the evening of June 7, Nintendo suffered a cyberattack."},
        {MT_KIND_MEDIA, "毎朝新聞", "2020-06-10", "ja",
         "任天堂は6月8日にサイバー攻撃を受けた。同社は1月にも不正アクセスを"
         "受けていた。"}};
    mt_dossier *d = draft(t, 2);
    const mt_dossier_conflict *k = conflict_about(d, "date of intrusion");
    assert_non_null(k);
    bool seventh = false, eighth = false;
    for (size_t i = 0; k && i < k->nvariants; i++) {
        seventh = seventh || strstr(k->variants[i].value, "06-07");
        eighth = eighth || strstr(k->variants[i].value, "06-08");
    }
    assert_true(seventh && eighth);
    mt_dossier_free(d);
}

/* Cause 2: an outlet's own earlier report, dated ("As the BBC reported
 * on Monday" in the BBC's piece), is its media report of that day. */
static void test_stages__outlet_recalls_its_own_report(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "BBC", "2020-06-10", "en",
                     "As the BBC reported on Monday, Honda was hit by a "
                     "cyberattack."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "BBC", "2020-06-08", MT_EVENT_MEDIA_REPORT));
    assert_int_not_equal(role_of(d, "BBC"), MT_ROLE_VICTIM);
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

/* Cause 8: two facts two sources date on the same two days (found and
 * announced on the 7th, or both on the 8th) are one disagreement about
 * when, not two.  Notifications on two days are none: the police told
 * one day, the regulator the next. */
static void test_stages__one_disagreement_about_when(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2020-06-10", "en",
                     "Nintendo detected the intrusion on June 7 and announced "
                     "it on June 7."},
                    {MT_KIND_MEDIA, "毎朝新聞", "2020-06-10", "ja",
                     "任天堂は6月8日に不正アクセスを検知し、6月8日に公表し"
                     "た。"}};
    mt_dossier *d = draft(t, 2);
    assert_int_equal(d->nconflicts, 1);
    assert_non_null(conflict_about(d, "date of detection and disclosure"));
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2020-06-10", "en",
                     "Nintendo notified police on June 7."},
                    {MT_KIND_MEDIA, "毎朝新聞", "2020-06-10", "ja",
                     "任天堂は6月8日に警察に届け出た。"}};
    d = draft(u, 2);
    assert_non_null(event(d, "任天堂", "2020-06-07", MT_EVENT_NOTIFICATION));
    assert_non_null(event(d, "任天堂", "2020-06-08", MT_EVENT_NOTIFICATION));
    assert_int_equal(d->nconflicts, 0);
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

/* Cause 3: 「Xのシステムに第三者が不正アクセスした」 is an attack on X,
 * whoever the passage is about; a list of two in an earlier clause
 * (「AとXの…を介し」) does not make A a victim of it too. */
static void test_stages__attack_on_a_system_owner(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2023-11-28", "ja",
                     "ツグミ電算株式会社は業務委託先だった。ツグミ電算株式会社"
                     "とヒバリ商事株式会社の共用サーバーを介し、10月9日、"
                     "ヒバリ商事株式会社のシステムに第三者が不正アクセスした"
                     "。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "ヒバリ商事", "2023-10-09", MT_EVENT_INTRUSION_START));
    assert_int_equal(events_of(d, "ツグミ電算", MT_EVENT_INTRUSION_START), 0);
    mt_dossier_free(d);
    /* A city tells of an attack on its contractor's server. */
    text_src u[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-07-11", "ja",
                     "梅田市は10日、委託先のツグミール株式会社のサーバーに不正"
                     "アクセスがあったと発表した。"}};
    d = draft(u, 1);
    assert_int_equal(role_of(d, "ツグミール"), MT_ROLE_VICTIM);
    mt_dossier_free(d);
    /* A regulator's recommendation is its check, though it made no
     * statement the draft read. */
    text_src w[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2024-03-29", "ja",
         "個人情報保護委員会は28日、ツグミ電算株式会社に個人情報保護"
         "法に基づく勧告を行った。"}};
    d = draft(w, 1);
    assert_non_null(event(d, "個人情報保護委員会", "2024-03-28",
                          MT_EVENT_AUTHORITY_CONFIRMATION));
    mt_dossier_free(d);
    /* So is a ministry's call on the trade to keep to its guidelines. */
    text_src x[] = {{MT_KIND_MEDIA, "時報通信", "2024-07-06", "ja",
                     "ツグミペイの不正利用を受け、経済産業省は5日、決済事業者に"
                     "ガイドラインの徹底を求めた。"}};
    d = draft(x, 1);
    assert_non_null(
        event(d, "経済産業省", "2024-07-05", MT_EVENT_AUTHORITY_CONFIRMATION));
    mt_dossier_free(d);
}

/* Cause 1 in English: a region before or after a known name makes a
 * unit of the group ("American Nintendo", "Nintendo of Europe
 * Logistics"), with its own words after it; a press release is a
 * statement. */
static void test_stages__regional_units(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2020-06-11", "en",
                     "American Nintendo Finance Corporation sent out the "
                     "following press release on June 10. Nintendo of "
                     "Europe Logistics halted shipments on June 8."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "American Nintendo Finance Corporation",
                          "2020-06-10", MT_EVENT_DISCLOSURE));
    assert_non_null(
        event(d, "Nintendo of Europe Logistics", "2020-06-08", MT_EVENT_OTHER));
    assert_int_equal(events_of(d, "任天堂", MT_EVENT_DISCLOSURE), 0);
    mt_dossier_free(d);
    /* "of" and any region after a name no table knows; a record page's
     * next label is no word of it */
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2022-04-08", "en",
                     "Kamome Corporation of Canada suffered a ransomware "
                     "attack in February."}};
    d = draft(u, 1);
    assert_non_null(event(d, "Kamome Corporation of Canada", "2022-02",
                          MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
    text_src w[] = {{MT_KIND_OTHER, "Records", "2022-04-08", "en",
                     "Cyber Incident Victim: Kamome Corporation of Canada\n"
                     "Date:\nFeb 2022\nLocation:\nCanada\nSummary\nKamome's "
                     "Canadian arm suffered a cyberattack attributed to the "
                     "Conti gang, which leaked about 2 GB of data."}};
    d = draft(w, 1);
    assert_null(org_named(d, "Kamome Corporation of Canada Date"));
    mt_dossier_free(d);
}

/* Japanese describes a regional unit by its region and a unit noun
 * (「カナダの子会社」): the unit English names after its group and the
 * region ("Nintendo Canada") is the same organisation, and what the
 * description's clause tells is the unit's.  A unit no source names is
 * its group again; a name right after the description is the unit's
 * own; a region inside a longer katakana word (ネクタイ) is none. */
/* No organisation's name holds w (a description the draft kept). */
static void no_org_holding(const mt_dossier *d, const char *w)
{
    for (size_t i = 0; i < d->norgs; i++)
        assert_null(strstr(d->orgs[i].name, w));
}

static void test_stages__regional_units_described(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2022-04-07", "ja",
         "任天堂は7日、カナダの子会社が2月にサイバー攻撃を受けたと発表し"
         "た。"},
        {MT_KIND_MEDIA, "Wire", "2022-04-09", "en",
         "Nintendo said on April 7 that a unit had been hit. Nintendo "
         "Canada said on April 8 that it had notified the police."}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(
        event(d, "Nintendo Canada", "2022-02", MT_EVENT_INTRUSION_START));
    assert_non_null(
        event(d, "Nintendo Canada", "2022-04-08", MT_EVENT_NOTIFICATION));
    assert_int_equal(events_of(d, "任天堂", MT_EVENT_INTRUSION_START), 0);
    /* the group's English name is still the group's */
    assert_non_null(event(d, "任天堂", "2022-04-07", MT_EVENT_DISCLOSURE));
    no_org_holding(d, "子会社");
    mt_dossier_free(d);
    text_src u[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2022-04-07", "ja",
         "任天堂は7日、海外のグループ会社が3月に不正アクセスを受けたと発表"
         "した。任天堂は、カナダの子会社のツグミ物流株式会社が4月1日に攻撃"
         "を受けたと明らかにした。任天堂のカナダの子会社は4月3日に復旧した"
         "。任天堂のネクタイ子会社が4月2日に攻撃を受けた。任天堂のベトナム・タ"
         "イ"
         "の子会社が4月4日に攻撃を受けた。任天堂の北米子会社が4月5日に不正ア"
         "クセスを受けた。"},
        {MT_KIND_MEDIA, "Wire", "2022-04-08", "en",
         "Nintendo Thailand said on April 6 that it was hit. Nintendo North "
         "America said on April 6 that it was hit too."}};
    d = draft(u, 2);
    assert_non_null(event(d, "任天堂", "2022-03", MT_EVENT_INTRUSION_START));
    assert_non_null(
        event(d, "ツグミ物流", "2022-04-01", MT_EVENT_INTRUSION_START));
    /* the description after the name is that named unit */
    assert_non_null(event(d, "ツグミ物流", "2022-04-03", MT_EVENT_REMEDIATION));
    /* タイ after ・ is a region, not inside ネクタイ; "North America" is
     * one */
    assert_non_null(
        event(d, "Nintendo Thailand", "2022-04-04", MT_EVENT_INTRUSION_START));
    assert_null(
        event(d, "Nintendo Thailand", "2022-04-02", MT_EVENT_INTRUSION_START));
    assert_non_null(event(d, "Nintendo North America", "2022-04-05",
                          MT_EVENT_INTRUSION_START));
    no_org_holding(d, "グループ会社");
    no_org_holding(d, "子会社");
    mt_dossier_free(d);
    /* Another group's unit in the same region is another unit; a name
     * after the description that does not end its noun phrase (a
     * product's maker) is no unit; the group's statement keeps its own
     * day, not that of the attack it tells. */
    text_src w[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2022-04-09", "ja",
         "任天堂は7日、カナダの子会社が2月にランサムウェア攻撃を受けたと発表"
         "した。ソニーグループは8日、カナダの子会社が3月に不正アクセスを受"
         "けたと発表した。カナダ子会社のマイクロソフト製サーバーが狙われたと"
         "いう。ソニーのカナダ子会社のツグミ電機株式会社製の装置が3月に攻撃"
         "を受けたという。ソニーのカナダ子会社は4月2日に復旧した。"},
        {MT_KIND_MEDIA, "Wire", "2022-04-09", "en",
         "Nintendo Canada said on April 8 that it had notified the police."}};
    d = draft(w, 2);
    assert_non_null(event(d, "任天堂", "2022-04-07", MT_EVENT_DISCLOSURE));
    assert_null(event(d, "任天堂", "2022-03", MT_EVENT_INTRUSION_START));
    assert_non_null(event(d, "ソニー", "2022-03", MT_EVENT_INTRUSION_START));
    assert_int_equal(role_of(d, "Microsoft"), MT_ROLE_VENDOR);
    assert_int_equal(events_of(d, "ツグミ電機", MT_EVENT_REMEDIATION), 0);
    assert_non_null(event(d, "ソニー", "2022-04-02", MT_EVENT_REMEDIATION));
    no_org_holding(d, "子会社");
    mt_dossier_free(d);
}

/* A country's one-kanji short form names a region right before the unit
 * noun (米子会社), a business word of kanji may stand between a region and
 * the noun (英国の電子部品子会社); a one-kanji form before a business word,
 * after a kanji (南米) or before の is none (米穀販売子会社 deals in rice). */
static void test_stages__regional_units_short_forms(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2022-04-09", "ja",
         "任天堂は9日、米子会社が4月1日に攻撃を受けたと発表した。任天堂の英"
         "国の電子部品子会社が4月2日に不正アクセスを受けた。任天堂の米穀販売"
         "子会社が4月6日に攻撃を受けた。任天堂の南米子会社が4月7日に、米の"
         "子会社が4月8日に攻撃を受けた。"},
        {MT_KIND_MEDIA, "Wire", "2022-04-09", "en",
         "Nintendo of America said on April 8 that it had notified the "
         "police. Nintendo UK said on April 8 that it had notified the "
         "police too."}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(event(d, "Nintendo of America", "2022-04-01",
                          MT_EVENT_INTRUSION_START));
    assert_null(event(d, "任天堂", "2022-04-01", MT_EVENT_INTRUSION_START));
    assert_non_null(
        event(d, "Nintendo UK", "2022-04-02", MT_EVENT_INTRUSION_START));
    assert_null(event(d, "Nintendo of America", "2022-04-06",
                      MT_EVENT_INTRUSION_START));
    /* 南米 is another region; a one-kanji form with の is none */
    assert_null(event(d, "Nintendo of America", "2022-04-07",
                      MT_EVENT_INTRUSION_START));
    assert_null(event(d, "Nintendo of America", "2022-04-08",
                      MT_EVENT_INTRUSION_START));
    no_org_holding(d, "子会社");
    mt_dossier_free(d);
    /* each one-kanji form; a business word is short (八 kanji are a name) */
    text_src u[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2022-04-09", "ja",
         "任天堂は9日、英子会社が4月2日に攻撃を受け、豪子会社が4月3日に攻撃"
         "を受けたと発表した。任天堂のドイツの鳥居精密機械工業子会社が4月4日に"
         "攻撃を受けた。"},
        {MT_KIND_MEDIA, "Wire", "2022-04-09", "en",
         "Nintendo UK said on April 8 that it had notified the police. "
         "Nintendo Australia said so too. Nintendo Germany said so too."}};
    d = draft(u, 2);
    assert_non_null(
        event(d, "Nintendo UK", "2022-04-02", MT_EVENT_INTRUSION_START));
    assert_non_null(
        event(d, "Nintendo Australia", "2022-04-03", MT_EVENT_INTRUSION_START));
    assert_null(
        event(d, "Nintendo Germany", "2022-04-04", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
}

/* The principal victim's regional unit is of the incident: its attack
 * two months before the group's notice stays on the timeline; one years
 * before is another incident recalled. */
static void test_stages__unit_before_its_group(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2022-04-08", "ja",
         "ツグミHDは7日、サイバー攻撃を受けたと発表した。"},
        {MT_KIND_MEDIA, "Wire", "2022-04-08", "en",
         "Tsugumi Canada suffered a cyberattack in February, Tsugumi "
         "Corporation said on April 7. Tsugumi Canada had been hit by "
         "ransomware in March 2019 too."}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(
        event(d, "Tsugumi Canada", "2022-02", MT_EVENT_INTRUSION_START));
    assert_int_equal(role_of(d, "Tsugumi Canada"), MT_ROLE_VICTIM);
    assert_null(
        event(d, "Tsugumi Canada", "2019-03", MT_EVENT_INTRUSION_START));
    assert_non_null(event(d, "ツグミHD", "2022-04-07", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* News writes a holding company's ending short (HD): 「パナソニックHD」
 * is the table's パナソニックホールディングス, not a second company; a
 * name the table does not know with the ending in full stays as it is. */
static void test_stages__short_ending(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2022-04-08", "ja",
                     "パナソニックHDは7日、サイバー攻撃を受けたと発表した。"
                     "ツグミHDは8日、不正アクセスを受けたと発表した。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "パナソニックホールディングス", "2022-04-07",
                          MT_EVENT_DISCLOSURE));
    assert_non_null(event(d, "ツグミHD", "2022-04-08", MT_EVENT_DISCLOSURE));
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

/* A table's short surface that opens two longer names ("Kojima" of the
 * retailer コジマ; Kojima Industries, Kojima Holdings) stays with the
 * table's name: it is moved at most once (it once went back and forth
 * for ever). */
static void test_stages__short_surface_of_two_names(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2022-03-01", "en",
                     "Kojima said Kojima Industries Corp. and Kojima Holdings "
                     "Inc. were hit by a cyberattack on February 26."}};
    mt_dossier *d = draft(t, 1);
    const mt_dossier_org *kh = org_named(d, "Kojima Holdings");
    assert_non_null(kh);
    assert_ptr_not_equal(org_named(d, "Kojima"), kh);
    assert_ptr_not_equal(org_named(d, "Kojima Industries"), kh);
    mt_dossier_free(d);
}

/* A longer name with a region among its words after the short one
 * ("Kojima Group Asia Pte. Ltd.") is the group's regional unit: the table's
 * short surface stays with the table's name (units.c). */
static void test_stages__short_surface_of_a_unit(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2022-05-20", "en",
                     "Kojima Group Asia Pte. Ltd. was hit by ransomware on "
                     "May 13, Kojima said."}};
    mt_dossier *d = draft(t, 1);
    const mt_dossier_org *unit = org_named(d, "Kojima Group Asia Pte. Ltd.");
    assert_non_null(unit);
    assert_non_null(org_named(d, "Kojima"));
    assert_ptr_not_equal(org_named(d, "Kojima"), unit);
    assert_non_null(event(d, "Kojima Group Asia Pte. Ltd.", "2022-05-13",
                          MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
    /* Malaysia's and Australia's forms end no sentence and stay in the
     * name */
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2022-05-20", "en",
                     "Hibari Foods Sdn. Bhd. was hit by ransomware on May "
                     "13. Kamome Mining Pty Ltd was hit by ransomware on "
                     "May 14."}};
    d = draft(u, 1);
    assert_non_null(event(d, "Hibari Foods Sdn. Bhd.", "2022-05-13",
                          MT_EVENT_INTRUSION_START));
    const mt_dossier_org *km = org_named(d, "Kamome Mining Pty Ltd");
    assert_non_null(km);
    assert_ptr_equal(org_named(d, "Kamome Mining"), km);
    assert_non_null(event(d, "Kamome Mining Pty Ltd", "2022-05-14",
                          MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
}

/* A table name the dossier format cannot carry (ホテル、ニューグランド
 * holds a 、) is written as the first of its names that it can: the
 * organisation does not vanish with it. */
static void test_stages__table_name_the_format_cannot_carry(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_OFFICIAL, "Hotel New Grand", "2024-05-02", "ja",
                     "当社は2024年5月1日、不正アクセスを受けたことを確認"
                     "しました。"}};
    mt_dossier *d = draft(t, 1);
    assert_int_equal(role_of(d, "Hotel New Grand"), MT_ROLE_VICTIM);
    mt_dossier_free(d);
    /* 「（以下、当社）」 defines no name: 当社 is every release's word for
     * its own company. */
    text_src u[] = {{MT_KIND_OFFICIAL, "株式会社テスト精工", "2024-05-02", "ja",
                     "株式会社テスト精工（以下、当社）は、2024年5月1日に不正"
                     "アクセスを受けました。"}};
    d = draft(u, 1);
    assert_null(org_named(d, "当社"));
    mt_dossier_free(d);
}

/* Write name with text into a fresh directory under /tmp; its path in
 * dir (size 64). */
static void data_file(char *dir, const char *name, const char *text)
{
    snprintf(dir, 64, "/tmp/matome-stages-XXXXXX");
    assert_non_null(mkdtemp(dir));
    char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void remove_data(const char *dir, const char *name)
{
    char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    remove(path);
    rmdir(dir);
}

/* Bad rows in the draft's data files are errors with file and line, not
 * rows skipped or taken half (an empty cue word matched everywhere). */
static void test_stages__bad_data_rows(void **state)
{
    (void)state;
    static const struct {
        const char *file, *text;
        long line;
    } bad[] = {
        {"draft_cues.tsv",
         "word\tkind\tvalue\nは\tsubject\ttopic\n"
         "\tsubject\t-\n",
         3},
        {"draft_cues.tsv", "word\tkind\tvalue\nは\tsubjekt\ttopic\n", 2},
        {"draft_cues.tsv",
         "word\tkind\tvalue\n東\tcontrast\t-\n東西\tcontrast\t-\n", 3},
        {"draft_counts.tsv", "word\tcounts\nfiles\t\n", 2},
        /* a counted word is near a figure or only its counter */
        {"draft_counts.tsv",
         "word\tcounts\tclass\tas\n店\tshops\tshops\tunit\n"
         "人\tpeople\tpeople\tunits\n",
         3},
        /* a counted thing is looked up by its name: its rows agree */
        {"draft_counts.tsv",
         "word\tcounts\tclass\tas\tkin\n人\tpeople\tpersonal data\t-\t"
         "persons\npeople\tpeople\tpersonal data\t-\t-\n",
         3},
        {"draft_counts.tsv",
         "word\tcounts\tclass\tas\tkin\n人\tpeople\tpersonal data\t-\t-\n"
         "people\tpeople\tpeople\t-\t-\n",
         3},
        /* an anaphor read.c cannot resolve would name nobody */
        {"draft_cues.tsv",
         "word\tkind\tvalue\nthe gang\tanaphor\tattacker\n"
         "the group\tanaphor\tatacker_claim\n",
         3},
        {"draft_cues.tsv", "word\tkind\tvalue\nattack\tdated_event\tattack\n",
         2},
        /* an event value no trigger can take would silently add none */
        {"draft_cues.tsv",
         "word\tkind\tvalue\n延期\tevent\tpostpone\n順延\tevent\tpostpon\n", 3},
        /* a question cue must say where it reaches */
        {"draft_cues.tsv",
         "word\tkind\tvalue\n有無\tquestion\tafter:9\n"
         "かどうか\tquestion\tafter:x\n",
         3},
        {"draft_cues.tsv", "word\tkind\tvalue\nwhether\tquestion\tbefor\n", 2},
        /* and a threat cue where the act stands */
        {"draft_cues.tsv", "word\tkind\tvalue\nunless\tthreat\t-\n", 2},
        /* a gap stands between two English words, once */
        {"draft_cues.tsv",
         "word\tkind\tvalue\ntook * offline\tevent\tcontainment\n"
         "took * the * offline\tevent\tcontainment\n",
         3},
        {"draft_cues.tsv", "word\tkind\tvalue\n* offline\tevent\tcontainment\n",
         2},
        {"draft_cues.tsv", "word\tkind\tvalue\n止め * た\tevent\tcontainment\n",
         2},
        /* a then cue refers to a date or to nothing; a background cue
         * takes no value */
        {"draft_cues.tsv", "word\tkind\tvalue\n当時\tthen\tdat\n", 2},
        {"draft_cues.tsv", "word\tkind\tvalue\n問題で、\tbackground\tdate\n",
         2},
        /* an informant cue is plain or the outlet's own scoop */
        {"draft_cues.tsv",
         "word\tkind\tvalue\nによると\tinformant\t-\n"
         "の取材で\tinformant\tscop\n",
         3},
        /* a plan cue is plain or an effort under way */
        {"draft_cues.tsv",
         "word\tkind\tvalue\n予定\tplan\t-\n急いで\tplan\tefort\n", 3},
        /* a report cue is hearsay, an announcement, a check or takes an
         * event for object */
        {"draft_cues.tsv",
         "word\tkind\tvalue\nreported\treport\tobject\n"
         "announced\treport\tdisclosur\n",
         3},
        /* an overseer word ends a name, ends a committee or makes one an
         * inquiry */
        {"draft_cues.tsv",
         "word\tkind\tvalue\n省\toverseer\tend\n調査\toverseer\tinquiri\n", 3},
        /* a subject particle is plain, a topic's or an opening's */
        {"draft_cues.tsv",
         "word\tkind\tvalue\nは\tsubject\ttopic\nでは\tsubject\topenning\n", 3},
        /* a coordinator joins within a few words, or is a list mark */
        {"draft_cues.tsv",
         "word\tkind\tvalue\nおよび\tcoordinator\t-\n、\tcoordinator\tlst\n",
         3},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char dir[64];
        data_file(dir, bad[i].file, bad[i].text);
        mt_error err;
        memset(&err, 0, sizeof err);
        mt_status st;
        if (strcmp(bad[i].file, "draft_cues.tsv") == 0) {
            draft_cues q;
            st = draft_cues_load(&q, dir, &err);
            if (st == MT_OK)
                draft_cues_free(&q);
        } else {
            draft_counts q;
            st = draft_counts_load(&q, dir, &err);
            if (st == MT_OK)
                draft_counts_free(&q);
        }
        assert_int_equal(st, MT_ERR_INPUT);
        assert_int_equal(err.line, bad[i].line);
        assert_non_null(strstr(err.where, bad[i].file));
        remove_data(dir, bad[i].file);
    }
}

/* The same for the organisation table's two-column files (read by
 * draft_orgtab_load beside the real organisation lists): a bad kind, an
 * empty word, an empty romaji. */
static void test_stages__bad_orgtab_rows(void **state)
{
    (void)state;
    static const struct {
        const char *file, *text, *what;
    } bad[] = {
        {"org_forms.tsv", "form\tkind\n病院\thospital\n工業\tfactory\n",
         "unknown kind"},
        {"seats.tsv", "word\tkind\n市\tplace\n\thead\n", "empty seat word"},
        {"kana.tsv", "kana\tromaji\nア\ta\nイ\t\n", "empty kana or romaji"},
    };
    static const char *const lists[] = {
        "orgs.tsv",        "orgs_public.tsv",  "orgs_media.tsv",
        "orgs_actors.tsv", "orgs_vendors.tsv", "orgs_edinet.tsv",
        "org_forms.tsv",   "kana.tsv",         "seats.tsv"};
    const char *data = getenv("MATOME_DATA");
    assert_non_null(data);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char dir[64];
        data_file(dir, bad[i].file, bad[i].text);
        for (size_t k = 0; k < sizeof lists / sizeof lists[0]; k++) {
            if (strcmp(lists[k], bad[i].file) == 0)
                continue;
            char from[512], to[128];
            snprintf(from, sizeof from, "%s/%s", data, lists[k]);
            snprintf(to, sizeof to, "%s/%s", dir, lists[k]);
            assert_int_equal(symlink(from, to), 0);
        }
        draft_orgtab t;
        mt_error err;
        memset(&err, 0, sizeof err);
        assert_int_equal(draft_orgtab_load(&t, dir, &err), MT_ERR_INPUT);
        assert_int_equal(err.line, 3);
        assert_non_null(strstr(err.where, bad[i].file));
        assert_non_null(strstr(err.message, bad[i].what));
        for (size_t k = 0; k < sizeof lists / sizeof lists[0]; k++) {
            char to[128];
            snprintf(to, sizeof to, "%s/%s", dir, lists[k]);
            remove(to);
        }
        rmdir(dir);
    }
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

/* Two days of what lasts (systems stopped on the 4th and on the 5th) or
 * of the catch-all other are no two dates of one fact. */
static void test_stages__states_that_last(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2023-07-05", "ja",
                     "梅田港運協会は4日、ターミナルの作業を停止した。"},
                    {MT_KIND_MEDIA, "時報通信", "2023-07-06", "ja",
                     "梅田港運協会は5日、ターミナルの作業を停止した。"}};
    mt_dossier *d = draft(t, 2);
    assert_int_equal(events_of(d, "梅田港運協会", MT_EVENT_CONTAINMENT), 2);
    assert_null(conflict_about(d, "date of"));
    mt_dossier_free(d);

    /* A first notice on the 8th and a second on the 11th are two
     * notices; the 7th against the 8th is one dated twice. */
    text_src u[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-10-09", "ja",
                     "梅田港運協会は8日、不正アクセスを受けたと発表した。"},
                    {MT_KIND_MEDIA, "時報通信", "2024-10-12", "ja",
                     "梅田港運協会は11日、ランサムウェアによる被害だったと発表"
                     "した。"}};
    d = draft(u, 2);
    assert_null(conflict_about(d, "date of disclosure"));
    mt_dossier_free(d);
    /* A leak found on the 8th is still a leak on the 10th. */
    text_src w[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2024-10-09", "ja",
         "梅田港運協会は8日、顧客情報が流出した可能性があると明らか"
         "にした。"},
        {MT_KIND_MEDIA, "時報通信", "2024-10-11", "ja",
         "梅田港運協会は10日、顧客情報が流出した可能性があると明らか"
         "にした。"}};
    d = draft(w, 2);
    assert_int_equal(events_of(d, "梅田港運協会", MT_EVENT_LEAK_POSSIBLE), 2);
    assert_null(conflict_about(d, "date of leak"));
    mt_dossier_free(d);
    text_src v[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-10-09", "ja",
                     "梅田港運協会は8日、不正アクセスを受けたと発表した。"},
                    {MT_KIND_MEDIA, "Wire", "2024-10-09", "en",
                     "Umeda Koun Kyokai announced on October 7 that it had "
                     "been hit by a cyberattack."}};
    d = draft(v, 2);
    assert_non_null(conflict_about(d, "date of disclosure"));
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

/* What a leak statement says of one kind of data in a later clause, or
 * of the state at an earlier time, is no disagreement with a later
 * account of the leak. */
static void test_stages__leak_accounts_that_agree(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2025-01-08", "ja",
         "梅田港運協会は7日、従業員の個人情報が流出したと発表した。"},
        {MT_KIND_MEDIA, "時報通信", "2025-01-08", "ja",
         "梅田港運協会では社員の個人情報も外部に出たが、クレジットカード情報"
         "は含まれていなかったという。"},
        {MT_KIND_MEDIA, "港湾日報", "2025-01-09", "ja",
         "梅田港運協会は昨年10月、当時は個人情報の漏洩を確認していないと公表"
         "していた。"}};
    mt_dossier *d = draft(t, 3);
    assert_null(conflict_about(d, "leak"));
    mt_dossier_free(d);

    /* A check whether data left is no account of the leak. */
    text_src u[] = {{MT_KIND_MEDIA, "毎朝新聞", "2022-09-08", "ja",
                     "梅田物産は7日、取引先の情報が流出したと発表した。"},
                    {MT_KIND_MEDIA, "港湾日報", "2022-09-08", "ja",
                     "梅田物産は顧客名簿が流出していないかどうか調べている。"}};
    d = draft(u, 2);
    assert_null(conflict_about(d, "leak"));
    mt_dossier_free(d);
}

/* Cause 8: conflicts only between values of one fact. */
static void test_stages__conflicts_of_one_fact(void **state)
{
    (void)state;
    /* A total and its parts in one source, and "about 32,000" beside
     * 32,418, are no conflict. */
    text_src a[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2023-05-10", "ja",
         "ナギ運輸は、顧客情報5400件が流出した可能性があると発表した。内訳"
         "は個人3100件、法人1400件、取引先900件。"},
        {MT_KIND_MEDIA, "時報通信", "2023-05-10", "ja",
         "ナギ運輸は、従業員32418人分の情報が流出した可能性があると発表した。"},
        {MT_KIND_MEDIA, "Wire", "2023-05-11", "en",
         "Nagi Unyu said data on about 32,000 people may have leaked."}};
    mt_dossier *d = draft(a, 3);
    assert_null(conflict_about(d, "how many"));
    mt_dossier_free(d);
    /* 18,320 against "about 19,000" files, and one announcement dated the
     * 10th by one outlet and the 12th by another, are. */
    text_src b[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2023-05-13", "ja",
         "ヤナギ工業は10日、ファイル18320件が流出した可能性があると発表し"
         "た。"},
        {MT_KIND_MEDIA, "Wire", "2023-05-13", "en",
         "Yanagi Kogyo announced on May 12 that about 19,000 files may have "
         "leaked."}};
    d = draft(b, 2);
    assert_non_null(conflict_about(d, "how many files"));
    assert_non_null(conflict_about(d, "date of disclosure"));
    mt_dossier_free(d);
    /* 148万人 against 1,486,291 people is the same figure cut. */
    text_src cut[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2023-05-13", "ja",
         "ヤナギ工業は、148万人分の顧客情報が流出した可能性があると発表した。"},
        {MT_KIND_MEDIA, "Wire", "2023-05-13", "en",
         "Yanagi Kogyo said data on 1,486,291 people may have leaked."}};
    d = draft(cut, 2);
    assert_null(conflict_about(d, "how many"));
    mt_dossier_free(d);
    /* 120,000 people against 96,000 customers: one count of persons,
     * told two ways. */
    text_src who[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2023-05-13", "ja",
         "ヤナギ工業は、12万人分の顧客情報が流出した可能性があると発表した。"},
        {MT_KIND_MEDIA, "Wire", "2023-05-13", "en",
         "Yanagi Kogyo said data on 96,000 customers may have leaked."}};
    d = draft(who, 2);
    assert_non_null(conflict_about(d, "how many"));
    mt_dossier_free(d);

    /* One outlet dates the attack to the month another dates its
     * detection: a conflict, unless a source tells both for that month (a
     * ransomware attack is found as it strikes). */
    text_src e[] = {{MT_KIND_MEDIA, "毎朝新聞", "2023-07-20", "ja",
                     "カツラ物流は2023年6月に不正アクセスを検知した。"},
                    {MT_KIND_MEDIA, "時報通信", "2023-07-20", "ja",
                     "カツラ物流は2023年6月にサイバー攻撃を受けた。"}};
    d = draft(e, 2);
    assert_non_null(conflict_about(d, "detection or intrusion in 2023-06"));
    mt_dossier_free(d);
    text_src f[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2023-07-20", "ja",
         "カツラ物流は2023年6月に不正アクセスを検知した。"},
        {MT_KIND_MEDIA, "時報通信", "2023-07-20", "ja",
         "カツラ物流は2023年6月にサイバー攻撃を受けた。同社は同月、不正"
         "アクセスを検知した。"}};
    d = draft(f, 2);
    assert_null(conflict_about(d, "detection or intrusion in 2023-06"));
    mt_dossier_free(d);
    /* Nor when a source tells of ransomware there: it is found as it
     * strikes. */
    text_src g[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2023-07-20", "ja",
         "カツラ物流は2023年6月に不正アクセスを検知した。"},
        {MT_KIND_MEDIA, "時報通信", "2023-07-20", "ja",
         "カツラ物流は2023年6月にサイバー攻撃を受けた。同社のサーバーは"
         "ランサムウェアに感染していた。"}};
    d = draft(g, 2);
    assert_null(conflict_about(d, "detection or intrusion in 2023-06"));
    mt_dossier_free(d);
    /* To the day: two outlets call the 5th the day the attack was found,
     * another the attack's day.  Both lines stay, the conflict flags
     * them, and the announcement dated apart is a conflict of its own.
     * One outlet against one is a matter of wording: no conflict. */
    text_src h[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2023-07-20", "ja",
         "カツラ物流は7月10日、同月5日に不正アクセスを検知したと発表した。"},
        {MT_KIND_MEDIA, "時報通信", "2023-07-20", "ja",
         "カツラ物流は7月12日、同社のサーバーが7月5日にランサムウェア攻撃を"
         "受けたと発表した。"},
        {MT_KIND_MEDIA, "港湾日報", "2023-07-21", "ja",
         "カツラ物流は、7月5日に社内のサーバーの異常を検知した。"}};
    d = draft(h, 2);
    assert_null(conflict_about(d, "detection or intrusion"));
    mt_dossier_free(d);
    d = draft(h, 3);
    assert_non_null(conflict_about(d, "detection or intrusion in 2023-07-05"));
    assert_non_null(
        event(d, "カツラ物流", "2023-07-05", MT_EVENT_INTRUSION_START));
    assert_non_null(event(d, "カツラ物流", "2023-07-05", MT_EVENT_DETECTION));
    assert_non_null(conflict_about(d, "date of disclosure"));
    mt_dossier_free(d);
    /* With an earlier intrusion dated elsewhere, the day one source
     * calls the attack's and another the discovery's is a conflict when
     * three sources give the two (the intrusion line goes, kept as the
     * conflict); with two, both lines stay. */
    text_src j[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2023-07-20", "ja",
         "カツラ物流は7月10日、6月28日に不正アクセスを受けたと発表した。"},
        {MT_KIND_MEDIA, "時報通信", "2023-07-20", "ja",
         "カツラ物流は7月5日に不正アクセスを検知した。"},
        {MT_KIND_MEDIA, "港湾日報", "2023-07-21", "ja",
         "カツラ物流のサーバーは7月5日にサイバー攻撃を受けた。"},
        {MT_KIND_MEDIA, "北都新聞", "2023-07-21", "ja",
         "カツラ物流は7月5日にサーバーの異常を検知した。"}};
    d = draft(j, 3);
    assert_null(conflict_about(d, "detection or intrusion"));
    assert_non_null(
        event(d, "カツラ物流", "2023-07-05", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
    d = draft(j, 4);
    assert_non_null(conflict_about(d, "detection or intrusion in 2023-07-05"));
    assert_null(event(d, "カツラ物流", "2023-07-05", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
    /* A source that tells both, beside one that tells the attack alone,
     * leaves no source that calls the day only the discovery. */
    text_src k[] = {{MT_KIND_MEDIA, "毎朝新聞", "2023-07-20", "ja",
                     "カツラ物流は7月5日にサイバー攻撃を受け、同日不正アクセス"
                     "を検知した。"},
                    {MT_KIND_MEDIA, "時報通信", "2023-07-20", "ja",
                     "カツラ物流は7月5日にサイバー攻撃を受けた。"}};
    d = draft(k, 2);
    assert_null(conflict_about(d, "detection or intrusion"));
    mt_dossier_free(d);
}

/* The hedge of org's claim with that figure; -1 when there is none. */
static int hedge_of(const mt_dossier *d, const char *org, int64_t value)
{
    for (size_t i = 0; i < d->nclaims; i++)
        if (d->claims[i].has_quantity && d->claims[i].quantity.value == value &&
            strcmp(d->claims[i].org, org) == 0)
            return (int)d->claims[i].hedge;
    return -1;
}

/* A figure is as certain as its own clause says, "up to" bounds what may
 * have leaked, and a change is no count. */
static void test_stages__figures_and_their_certainty(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2023-05-10", "ja",
         "サクラ電機は、従業員の個人情報の流出を確認したほか、顧客の個人情報"
         "約35万件が流出した可能性があると発表した。また、取引先の個人情報最大"
         "約"
         "2万件が流出した。"},
        {MT_KIND_MEDIA, "時報通信", "2023-05-11", "ja",
         "サクラ電機は、取引先の個人情報1万6406人分の流出を確認し、流出した"
         "可能性のある件数は約39万件に増えたと発表した。"},
        {MT_KIND_MEDIA, "週刊技術", "2023-07-12", "ja",
         "サクラ電機によると、流出を確認した個人情報は重複で766人分が減り、"
         "1万5649人分となった。"}};
    mt_dossier *d = draft(t, 3);
    assert_int_equal(hedge_of(d, "サクラ電機", 350000), MT_HEDGE_POSSIBLE);
    assert_int_equal(hedge_of(d, "サクラ電機", 16406), MT_HEDGE_CONFIRMED);
    assert_int_equal(hedge_of(d, "サクラ電機", 766), -1);
    assert_int_equal(hedge_of(d, "サクラ電機", 15649), MT_HEDGE_CONFIRMED);
    assert_int_equal(hedge_of(d, "サクラ電機", 20000), MT_HEDGE_POSSIBLE);
    /* 16,406 that did leak and 350,000 that may have are two counts;
     * 15,649 two months later revises 16,406. */
    assert_null(conflict_about(d, "how many"));
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

/* The whole a part is counted of is no count of those affected: 「利用者
 * 全体(1500万人)のうち1%未満」, "less than 1% of the 15 million
 * customers". */
static void test_stages__whole_of_a_part(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2019-11-07", "ja",
         "ミズホ電子は、元従業員が顧客情報を持ち出したと発表した。影響を受けた"
         "のは同社製品の利用者全体(1500万人)のうち1%未満に当たる約13万人。"},
        {MT_KIND_MEDIA, "Wire", "2019-11-07", "en",
         "Mizuho Denshi said data of less than 1% of the 15 million "
         "customers of its products, about 130,000 people, was stolen by "
         "an employee."}};
    mt_dossier *d = draft(t, 2);
    assert_int_equal(hedge_of(d, "ミズホ電子", 15000000), -1);
    assert_int_not_equal(hedge_of(d, "ミズホ電子", 130000), -1);
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

/* Cause 9: the regulator told of a leak is no victim, and an infection,
 * or a denial about card data alone, is no leak to set against a
 * denial. */
static void test_stages__regulator_and_infection(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_OFFICIAL, "ウメ食品", "2024-02-02", "ja",
         "当社は2月1日、個人情報保護委員会に漏えい等の報告を行いました。"
         "現時点で情報の流出は確認されておりません。"},
        {MT_KIND_MEDIA, "毎朝新聞", "2024-02-03", "ja",
         "ウメ食品の社内端末がマルウェアに感染していた。"}};
    mt_dossier *d = draft(t, 2);
    const mt_dossier_org *ppc = org_named(d, "個人情報保護委員会");
    assert_true(!ppc || ppc->role != MT_ROLE_VICTIM);
    assert_non_null(event(d, "ウメ食品", "2024-02-01", MT_EVENT_NOTIFICATION));
    /* 「漏えい等の報告」 names the report; it tells no leak. */
    assert_null(event(d, "ウメ食品", "2024-02-01", MT_EVENT_LEAK_POSSIBLE));
    assert_null(conflict_about(d, "leak"));
    mt_dossier_free(d);

    /* 「以下の通りご報告いたします」 in a release is the release itself,
     * no notification to an authority. */
    text_src w[] = {{MT_KIND_OFFICIAL, "ウメ食品", "2024-03-05", "ja",
                     "2月1日にお知らせいたしました、当社サーバーへの不正アク"
                     "セスについて、調査の結果を以下の通りご報告いたします。"}};
    d = draft(w, 1);
    assert_non_null(event(d, "ウメ食品", "2024-03-05", MT_EVENT_DISCLOSURE));
    assert_int_equal(events_of(d, "ウメ食品", MT_EVENT_NOTIFICATION), 0);
    assert_null(event(d, "ウメ食品", "2024-02-01", MT_EVENT_INVESTIGATION));
    mt_dossier_free(d);

    /* No card data leaked, beside names that did: no disagreement. */
    text_src u[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2024-06-10", "ja",
         "ウメ食品は、漏えいがあったかどうかも調べているとし、カード番号は"
         "社内に置いておらず、クレジットカード情報の漏えいは確認されていない"
         "という。"},
        {MT_KIND_MEDIA, "時報通信", "2024-06-11", "ja",
         "ウメ食品は、顧客の氏名と住所が外部に流出したと発表した。"}};
    d = draft(u, 2);
    assert_non_null(event(d, "ウメ食品", "2024-06-11", MT_EVENT_LEAK_POSSIBLE));
    assert_null(conflict_about(d, "leak"));
    mt_dossier_free(d);

    /* A headline drops its article's hedge, and 「流出の可能性」 is one:
     * beside the company's "not confirmed", no disagreement.  A leak an
     * outlet's sentence states as fact is one. */
    text_src h[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2024-06-10", "ja",
         "ウメ食品 顧客情報が流出\nウメ食品は10日、不正アクセスがあったと"
         "発表した。顧客情報の流出の可能性などを調べている。"},
        {MT_KIND_OFFICIAL, "ウメ食品", "2024-06-10", "ja",
         "現時点で顧客情報の流出は確認されておりません。"}};
    d = draft(h, 2);
    assert_null(conflict_about(d, "leak"));
    mt_dossier_free(d);
    h[0].text = "ウメ食品は10日、不正アクセスがあったと発表した。顧客情報の"
                "流出の可能性もあり、同社が説明した。";
    d = draft(h, 2);
    assert_null(conflict_about(d, "leak"));
    mt_dossier_free(d);
    /* 「まもなく」 (soon) negates nothing. */
    h[0].text = "ウメ食品は10日、顧客情報が流出したと発表した。流出後まもなく"
                "不審な通信に気付いたという。";
    d = draft(h, 1);
    assert_int_equal(events_of(d, "ウメ食品", MT_EVENT_LEAK_DENIED), 0);
    assert_non_null(event(d, "ウメ食品", "2024-06-10", MT_EVENT_LEAK_POSSIBLE));
    mt_dossier_free(d);
    /* What is being looked into (「流出などを調査するため」) is no leak;
     * "no leak" beside "no leak found" is one account. */
    h[0].text =
        "ウメ食品は10日、不正アクセスがあったと発表した。情報流出など"
        "を調査するため、ネットワークを遮断した。流出はないとしている。";
    d = draft(h, 2);
    assert_null(conflict_about(d, "leak"));
    assert_int_equal(events_of(d, "ウメ食品", MT_EVENT_LEAK_POSSIBLE), 0);
    mt_dossier_free(d);
    h[0].text = "ウメ食品は10日、不正アクセスがあったと発表した。顧客の氏名と"
                "住所が外部に流出した。";
    d = draft(h, 2);
    /* the subject names the day the two accounts were published */
    assert_non_null(conflict_about(d, "leak as told on 2024-06-10"));
    mt_dossier_free(d);
    h[1].date = "2024-06-12";
    d = draft(h, 2);
    assert_non_null(
        conflict_about(d, "leak as told from 2024-06-10 to 2024-06-12"));
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

/* Cause 10 and the rest: a draft that finds no victim says so. */
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

/* Three sources, three incompatible months of the attack: one conflict
 * with three variants, not one per pair. */
static void test_stages__one_conflict_per_fact(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2023-12-01", "ja",
                     "ヒバリ工業は2023年1月にサイバー攻撃を受けた。"},
                    {MT_KIND_MEDIA, "時報通信", "2023-12-02", "ja",
                     "ヒバリ工業は2023年6月にサイバー攻撃を受けた。"},
                    {MT_KIND_MEDIA, "港湾日報", "2023-12-03", "ja",
                     "ヒバリ工業は2023年11月にサイバー攻撃を受けた。"}};
    mt_dossier *d = draft(t, 3);
    size_t n = 0;
    const mt_dossier_conflict *k = NULL;
    for (size_t i = 0; i < d->nconflicts; i++)
        if (strcmp(d->conflicts[i].about, "date of intrusion_start") == 0) {
            n++;
            k = &d->conflicts[i];
        }
    assert_int_equal(n, 1);
    assert_int_equal(k ? k->nvariants : 0, 3);
    mt_dossier_free(d);
}

static void test_stages__no_victim_is_said(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2024-01-02", "en",
                     "The weather was fine on the first of January."}};
    mt_dossier *d = draft(t, 1);
    bool said = false;
    for (size_t i = 0; i < d->ncommentary; i++)
        said = said || strstr(d->commentary[i].text, "No victim found") != NULL;
    assert_true(said);
    mt_dossier_free(d);
}

/* A contractor's clients announce their share: the contractor is named
 * by the words around it (「印刷会社の」, its seat in parentheses), the
 * seat is no party, the leak of a client's data (「梅田市の住民の情報が
 * 流出」) is the client's, and what a statement told after it says of
 * the present (「…可能性があると、梅田市が12日発表した」) is as of the
 * statement's day. */
static void test_stages__a_contractors_clients(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-07-13", "ja",
                     "印刷会社のツグミール(京都市)がランサムウェア攻撃を受け、"
                     "梅田市の住民の個人情報が流出した可能性があると、梅田市"
                     "が12日発表した。"}};
    mt_dossier *d = draft(t, 1);
    assert_int_equal(role_of(d, "ツグミール"), MT_ROLE_VICTIM);
    assert_null(org_named(d, "京都市"));
    assert_int_equal(role_of(d, "梅田市"), MT_ROLE_VICTIM);
    assert_non_null(event(d, "梅田市", "2024-07-12", MT_EVENT_LEAK_POSSIBLE));
    assert_int_equal(events_of(d, "ツグミール", MT_EVENT_LEAK_POSSIBLE), 0);
    mt_dossier_free(d);
    /* A seat after a name nothing knows is still no party. */
    text_src u[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-07-13", "ja",
                     "物流のKibitaki(京都市)は12日、ランサムウェア攻撃を"
                     "受けたと発表した。"}};
    d = draft(u, 1);
    assert_null(org_named(d, "京都市"));
    mt_dossier_free(d);
    text_src v[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-07-13", "ja",
                     "物流のKibitaki（本社・京都市）は12日、ランサムウェア"
                     "攻撃を受けたと発表した。"}};
    d = draft(v, 1);
    assert_null(org_named(d, "京都市"));
    mt_dossier_free(d);
}

/* A section named right after its organisation (「大阪府警サイバー犯罪
 * 対策課は」) is the organisation as subject: its arrest, not the
 * address in the sentence's.  The arrest is a step of their
 * investigation. */
static void test_stages__a_section_of_the_police(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2023-05-04", "ja",
                     "大阪府警サイバー犯罪対策課は3日、東京都港区の会社員の男"
                     "を不正アクセス禁止法違反の疑いで逮捕した。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "大阪府警", "2023-05-03", MT_EVENT_INVESTIGATION));
    assert_int_equal(events_of(d, "東京都", MT_EVENT_OTHER), 0);
    mt_dossier_free(d);
}

/* Figures that are not two accounts of one count: a leak count and the
 * service's members, a company's staff (its profile, told with no leak),
 * a count and an increment to it (「追加で」). */
static void test_stages__figures_of_other_things(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2019-01-26", "ja",
                     "ヒバリ工業は25日、約480万人分の個人情報が流出したと"
                     "発表した。"},
                    {MT_KIND_MEDIA, "時報通信", "2019-01-27", "ja",
                     "ヒバリ工業のサービスの会員は約330万人に上る。"}};
    mt_dossier *d = draft(t, 2);
    assert_null(conflict_about(d, "how many"));
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "毎朝新聞", "2022-03-01", "ja",
                     "ヒバリ工業は約13万人の従業員を擁する。"},
                    {MT_KIND_MEDIA, "Wire", "2022-03-02", "en",
                     "Hibari Kogyo has 55,000 employees and 50 production "
                     "facilities."}};
    d = draft(u, 2);
    assert_null(conflict_about(d, "how many"));
    assert_int_equal(d->nclaims, 0);
    mt_dossier_free(d);
    text_src w[] = {{MT_KIND_MEDIA, "毎朝新聞", "2020-04-25", "ja",
                     "ヒバリ工業は24日、約16万件の個人情報が流出した可能性が"
                     "あると発表した。"},
                    {MT_KIND_MEDIA, "時報通信", "2020-04-26", "ja",
                     "ヒバリ工業は、追加で約14万件の個人情報が流出した可能性"
                     "があると発表した。"}};
    d = draft(w, 2);
    assert_null(conflict_about(d, "how many"));
    mt_dossier_free(d);
    /* The victims and the arrested are both people, of magnitudes apart. */
    text_src x[] = {{MT_KIND_MEDIA, "毎朝新聞", "2019-07-05", "ja",
                     "任天堂は4日、約900人が不正利用の被害に遭ったと発表した"
                     "。"},
                    {MT_KIND_MEDIA, "時報通信", "2019-07-05", "ja",
                     "任天堂のサービスの不正利用で、中国籍の男3人が逮捕された"
                     "。"}};
    d = draft(x, 2);
    assert_null(conflict_about(d, "how many"));
    mt_dossier_free(d);
}

/* 「株式会社X(Y社)」: the text calls X by some of its characters and 社,
 * and what a source that only says Y社 tells is X's (the scanner takes Y
 * alone of 「Y社」 where it knows Y). */
static void test_stages__called_by_its_short_name(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2022-10-20", "ja",
                     "ヒバリ社は2022年9月、サーバーの暗号化を公表した。"},
                    {MT_KIND_MEDIA, "時報通信", "2022-10-26", "ja",
                     "総務省は10月25日、株式会社ヒバリネット(ヒバ"
                     "リ社)のサービスについて指導を行った。ヒバリ社は"
                     "2022年9月14日、総務省に報告した。"}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(event(d, "ヒバリネット", "2022-09", MT_EVENT_DISCLOSURE));
    assert_non_null(
        event(d, "ヒバリネット", "2022-09-14", MT_EVENT_NOTIFICATION));
    const mt_dossier_org *o = org_named(d, "ヒバリ");
    assert_true(!o || strcmp(o->name, "ヒバリネット") == 0);
    mt_dossier_free(d);
}

/* "X is a subsidiary of Tokyo-based conglomerate Y": Y only places X,
 * and "the company" after it is still X; a name after a comma is named
 * in its own right. */
static void test_stages__parent_named_after_of(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2020-05-29", "en",
         "Kiri Clinic Corp. disclosed a breach. Kiri Clinic Corp. is a "
         "subsidiary of Tokyo-based conglomerate Hibari Holdings Inc., the "
         "largest group in Japan. The company said on Thursday that the "
         "breach occurred on May 7."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "Kiri Clinic Corp.", "2020-05-07", MT_EVENT_INTRUSION_START));
    assert_null(event(d, "Hibari Holdings Inc.", "2020-05-07",
                      MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
    t[0].text = "Kiri Clinic Corp. disclosed a breach. Kiri Clinic Corp. is a "
                "subsidiary of the group, which hired Hibari Security Inc. "
                "in March. The company said on Thursday that it found the "
                "breach on May 7.";
    d = draft(t, 1);
    assert_non_null(
        event(d, "Hibari Security Inc.", "2020-05-07", MT_EVENT_DETECTION));
    mt_dossier_free(d);
    /* Nor one that many words set apart. */
    t[0].text = "Kiri Clinic Corp. disclosed a breach. Kiri Clinic Corp. is a "
                "subsidiary of the group and over the last three years it "
                "hired Hibari Security Inc. in March. The company said on "
                "Thursday that it found the breach on May 7.";
    d = draft(t, 1);
    assert_non_null(
        event(d, "Hibari Security Inc.", "2020-05-07", MT_EVENT_DETECTION));
    mt_dossier_free(d);
}

/* A masthead (a site's name on a line of its own, "Kobe Steel Kobe
 * Steel" as the page lays out its logo) is no subject of the headline
 * under it. */
static void test_stages__masthead_is_no_subject(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2021-09-04", "ja",
                     "Kobe Steel\nKobe Steel\n\nニュース 2021.09.04 暗号資"
                     "産の交換業者に不正アクセス、100億円流出\n\nヒバリ交換所"
                     "株式会社は、8月19日、不正アクセスの被害を発表した。"}};
    mt_dossier *d = draft(t, 1);
    assert_null(org_named(d, "神戸製鋼所"));
    assert_non_null(
        event(d, "ヒバリ交換所", "2021-08-19", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* 「X株式会社(TGE)」: capitals in a parenthesis right after a name
 * written in Japanese are the text's Latin short name for it, and what
 * 「TGEでは」 tells is X's; a parenthesis that also holds other letters
 * names nothing. */
static void test_stages__latin_short_name(void **state)
{
    (void)state;
    static const char *const forms[] = {"TGE", "TGe"};
    for (size_t k = 0; k < 2; k++) {
        char text[512];
        snprintf(text, sizeof text,
                 "ヒバリ市は7月18日、業務を委託するツグミガスエンジニアリング株"
                 "式会社(%s)のネットワークが不正アクセスを受けたと発表した。"
                 "%sでは、7月9日に外部との接続を遮断した。",
                 forms[k], forms[k]);
        text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-07-19", "ja", text}};
        mt_dossier *d = draft(t, 1);
        const mt_dossier_event *e = event(d, "ツグミガスエンジニアリング",
                                          "2024-07-09", MT_EVENT_CONTAINMENT);
        if (k == 0)
            assert_non_null(e);
        else
            assert_null(e);
        mt_dossier_free(d);
    }
    /* a document's letters are no short name (not_short cues) */
    text_src f[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-07-19", "ja",
                     "ヒバリ市は7月18日、ツグミガスエンジニアリング株式会社"
                     "(PDF)のネットワークが不正アクセスを受けたと発表した。"
                     "PDFでは、7月9日に外部との接続を遮断した。"}};
    mt_dossier *d = draft(f, 1);
    assert_null(event(d, "ツグミガスエンジニアリング", "2024-07-09",
                      MT_EVENT_CONTAINMENT));
    mt_dossier_free(d);
    /* a Latin name's short name holds some of its letters (plain_short) */
    text_src l[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-07-19", "ja",
                     "ヒバリ市は7月18日、業務を委託するKiri Clinic(TGE)の"
                     "ネットワークが不正アクセスを受けたと発表した。TGEでは、"
                     "7月9日に外部との接続を遮断した。"}};
    d = draft(l, 1);
    assert_null(event(d, "Kiri Clinic", "2024-07-09", MT_EVENT_CONTAINMENT));
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

/* Attackers the sources name differently disagree; an attacker nobody
 * names ("the group claimed") is no third side: it may be either. */
static void test_stages__described_attacker(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2024-05-08", "en",
                     "Kiri Clinic was hit by ransomware on May 3. LockBit "
                     "claimed the attack on May 6."},
                    {MT_KIND_MEDIA, "Daily", "2024-05-08", "en",
                     "Kiri Clinic was hit by ransomware on May 3. \"We took "
                     "20GB of data,\" the group claimed on May 5."},
                    {MT_KIND_MEDIA, "Post", "2024-05-08", "en",
                     "Kiri Clinic was hit by ransomware on May 3. BlackCat "
                     "claimed the attack on May 6."}};
    mt_dossier *d = draft(t, 3);
    const mt_dossier_conflict *k = conflict_about(d, "attacker");
    assert_non_null(k);
    assert_int_equal(k->nvariants, 2);
    mt_dossier_free(d);
    /* Two groups claiming the same attack, told together by the same
     * sources, disagree all the same; one group named twice does not. */
    text_src two[] = {{MT_KIND_MEDIA, "Wire", "2024-05-08", "en",
                       "Kiri Clinic was hit by ransomware on May 3. Both "
                       "LockBit and BlackCat claimed the attack on May 6."},
                      {MT_KIND_MEDIA, "Daily", "2024-05-09", "en",
                       "Kiri Clinic was hit by ransomware on May 3. LockBit "
                       "and BlackCat each claimed the attack on May 7."}};
    d = draft(two, 2);
    k = conflict_about(d, "attacker");
    assert_non_null(k);
    /* each side with the day it was first told */
    assert_string_equal(k->variants[0].value, "LockBit (claimed 2024-05-06)");
    mt_dossier_free(d);
    two[0].text = "Kiri Clinic was hit by ransomware on May 3. LockBit "
                  "claimed the attack on May 6.";
    two[1].text = "Kiri Clinic was hit by ransomware on May 3. LockBit "
                  "claimed the attack on May 7.";
    d = draft(two, 2);
    assert_null(conflict_about(d, "attacker"));
    mt_dossier_free(d);
    /* The people the police arrest act together: no sides. */
    text_src arrests[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2019-07-05", "ja",
         "ヒバリペイ株式会社は3日、不正アクセスを受けたと発表した。警視庁"
         "は4日、鳥居一郎容疑者(22)を詐欺未遂の疑いで逮捕した。"},
        {MT_KIND_MEDIA, "時報通信", "2019-07-06", "ja",
         "ヒバリペイ株式会社は3日、不正アクセスを受けたと発表した。警視庁"
         "は5日、会社員の岬二郎容疑者(25)を逮捕した。"}};
    d = draft(arrests, 2);
    assert_non_null(event(d, "岬二郎", "2019-07-05", MT_EVENT_ATTRIBUTION));
    assert_null(conflict_about(d, "attacker"));
    mt_dossier_free(d);
}

/* One source reports an attacker's claim or demand, another says none
 * is there (「金銭の要求は今のところない」, "no gang has claimed it", "the
 * identity of the attackers is not known"): a conflict of that attacker,
 * the denial dated.  Not paying a demand denies no demand. */
static void test_stages__claim_and_its_denial(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2021-04-28", "ja",
         "ヒバリ建設株式会社はサイバー攻撃を受けたと28日に発表した。"
         "REvilと名乗るグループが犯行声明を出し、金銭を要求し"
         "ている。"},
        {MT_KIND_MEDIA, "時報通信", "2021-04-28", "ja",
         "ヒバリ建設株式会社はサイバー攻撃を受けたと28日に発表した。"
         "同社によると、第三者からの金銭の要求は今のところない。"}};
    mt_dossier *d = draft(t, 2);
    const mt_dossier_conflict *k = conflict_about(d, "attacker's demand");
    assert_non_null(k);
    assert_string_equal(k->org, "REvil");
    assert_int_equal(k->nvariants, 2);
    assert_string_equal(k->variants[1].value,
                        "no demand seen as of 2021-04-28");
    mt_dossier_free(d);
    t[1].text = "ヒバリ建設株式会社はサイバー攻撃を受けたと28日に発表した。"
                "同社によると、第三者からの金銭要求は今のところない。";
    d = draft(t, 2);
    assert_non_null(conflict_about(d, "attacker's demand"));
    mt_dossier_free(d);

    static const char *const denials[] = {
        "Kiri Clinic Corp. was hit by ransomware on May 3. No gang has so "
        "far claimed it.",
        "Kiri Clinic Corp. was hit by ransomware on May 3. The identity of "
        "the attackers is still not known.",
        "Kiri Clinic Corp. was hit by ransomware on May 3. The identity of "
        "the attacker is still not known.",
        "Kiri Clinic Corp. was hit by ransomware on May 3. The identity of "
        "the hackers is still not known."};
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2023-05-11", "en",
                     "Kiri Clinic Corp. was hit by ransomware on May 3. "
                     "LockBit claimed the attack on May 10."},
                    {MT_KIND_MEDIA, "Daily", "2023-05-12", "en", NULL}};
    for (size_t i = 0; i < sizeof denials / sizeof *denials; i++) {
        u[1].text = denials[i];
        d = draft(u, 2);
        k = conflict_about(d, "attacker's claim");
        assert_non_null(k);
        assert_string_equal(k->org, "LockBit");
        mt_dossier_free(d);
    }
    /* not paying a demand, a threat for not paying, or a negation of
     * something said of the demand, denies none */
    u[0].text = "Kiri Clinic Corp. was hit by ransomware on May 3. LockBit "
                "demanded a ransom on May 10.";
    static const char *const paid[] = {
        "Kiri Clinic Corp. was hit by ransomware on May 3. It did not pay "
        "the ransom demand.",
        "Kiri Clinic Corp. was hit by ransomware on May 3. The ransom note "
        "said the data would be leaked if it did not pay.",
        /* a negation after the demand is of something else */
        "Kiri Clinic Corp. was hit by ransomware on May 3. The amount "
        "LockBit demanded was not disclosed."};
    for (size_t i = 0; i < sizeof paid / sizeof *paid; i++) {
        u[1].text = paid[i];
        d = draft(u, 2);
        assert_null(conflict_about(d, "attacker's demand"));
        mt_dossier_free(d);
    }
}

/* 「165万人」 and 「164万人」 disagree, but beside 「164万8922人」 they are
 * its rounding and its cut: one count written three ways, no conflict
 * (the draft's nor the one the dossier derives from its figures). */
static void test_stages__one_count_three_ways(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2022-03-23", "ja",
                     "ツグミ製菓株式会社は22日、顧客165万人分の情報が流出した"
                     "可能性があると発表した。"},
                    {MT_KIND_MEDIA, "時報通信", "2022-03-23", "ja",
                     "ツグミ製菓株式会社は22日、顧客164万人分の情報が流出した"
                     "可能性があると明らかにした。"},
                    {MT_KIND_MEDIA, "港湾日報", "2022-03-23", "ja",
                     "ツグミ製菓株式会社は22日、顧客164万8922人分の情報が流出"
                     "した可能性があると発表した。"}};
    mt_dossier *d = draft(t, 3);
    assert_null(conflict_about(d, "how many"));
    assert_null(conflict_about(d, "number of"));
    mt_dossier_free(d);
    d = draft(t, 2);
    assert_true(conflict_about(d, "how many") ||
                conflict_about(d, "number of"));
    mt_dossier_free(d);
    /* a rounder third (200万 beside 165万 and 240万) explains nothing */
    text_src r[] = {t[0],
                    {MT_KIND_MEDIA, "時報通信", "2022-03-23", "ja",
                     "ツグミ製菓株式会社は22日、顧客240万人分の情報が流出した"
                     "可能性があると明らかにした。"},
                    {MT_KIND_MEDIA, "港湾日報", "2022-03-23", "ja",
                     "ツグミ製菓株式会社は22日、顧客200万人分の情報が流出"
                     "した可能性があると発表した。"}};
    d = draft(r, 3);
    assert_non_null(conflict_about(d, "how many"));
    mt_dossier_free(d);
}

/* "company", "maker" introduce a name after them in running text; a
 * capitalised Company is a word of a name itself ("Hibari Company
 * Edition", a product), and the word after it names nobody. */
static void test_stages__company_in_a_name(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2024-05-05", "en",
                     "Kiri Clinic said on May 4 that its Hibari Company "
                     "Edition service was hit by ransomware on May 3."}};
    mt_dossier *d = draft(t, 1);
    assert_null(org_named(d, "Edition"));
    assert_non_null(
        event(d, "Kiri Clinic", "2024-05-03", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
    /* opening a sentence, the word is capitalised and still the cue */
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2024-05-05", "en",
                     "Drugmaker Hibari Pharma said on May 4 that it was hit by "
                     "ransomware on May 3."}};
    d = draft(u, 1);
    assert_int_equal(role_of(d, "Hibari Pharma"), MT_ROLE_VICTIM);
    mt_dossier_free(d);
}

/* A figure of accounts or their IDs is no count of the file that holds
 * them: "the file of 2.2 million user IDs" beside "the data of 2.2
 * million customers" tells one figure of one kind of thing.  "Could not
 * deny" and "cannot rule out" hedge a leak as possible; neither denies
 * it. */
static void test_stages__ids_in_a_file(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2023-05-18", "en",
                     "Kiri Clinic said on Wednesday it could not deny that "
                     "the file of 2.2 million user IDs had leaked."},
                    {MT_KIND_MEDIA, "Daily", "2023-05-18", "en",
                     "Kiri Clinic said on Wednesday that the data of 2.2 "
                     "million customers may have been compromised."}};
    mt_dossier *d = draft(t, 2);
    assert_null(conflict_about(d, "what "));
    size_t counted = 0;
    for (size_t i = 0; i < d->nclaims; i++)
        if (d->claims[i].has_quantity) {
            assert_int_equal(d->claims[i].hedge, MT_HEDGE_POSSIBLE);
            counted++;
        }
    assert_int_equal(counted, 2);
    mt_dossier_free(d);
    text_src j[] = {{MT_KIND_MEDIA, "時報通信", "2023-05-18", "ja",
                     "Kiri Clinicは17日、220万件のIDを含むファイルが流出した"
                     "可能性があると発表した。"},
                    t[1]};
    d = draft(j, 2);
    assert_null(conflict_about(d, "what "));
    mt_dossier_free(d);
    static const char *const hedged[] = {
        "Kiri Clinic said on Wednesday it could not deny that the data of 2.2 "
        "million customers had leaked.",
        "Kiri Clinic said on Wednesday it cannot rule out that the data of 2.2 "
        "million customers leaked."};
    for (size_t k = 0; k < 2; k++) {
        text_src h[] = {{MT_KIND_MEDIA, "Wire", "2023-05-18", "en", hedged[k]}};
        d = draft(h, 1);
        assert_int_equal(d->nclaims, 1);
        assert_int_equal(d->claims[0].hedge, MT_HEDGE_POSSIBLE);
        mt_dossier_free(d);
    }
}

/* 「A系列のB」: A, the group B belongs to, places B and is no party; 同社
 * after it is B, the subject, though a link word comes before it, and
 * not a name after a link word that is no subject (「同じA系列のCから」).
 * A shop is counted by its counter only (約200万店), not by a word near
 * a figure of records (「1507万件の店舗の情報」); and a figure one source
 * miscounts (1507万店 beside 200万店) is one conflict, not a second one
 * about what 1507万 counts. */
static void test_stages__group_and_shops(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2020-12-08", "ja",
                     "神戸製鋼所系列のヒバリペイ株式会社は12月7日、外部から"
                     "不正アクセスを受けたと発表した。同社は12月1日、同じ"
                     "神戸製鋼所系列のカモメ商事から連絡を受けた。これを受けて"
                     "同社が調べたところ、11月28日に不正アクセスを受けていた"
                     "ことが分かった。"},
                    {MT_KIND_MEDIA, "時報通信", "2020-12-08", "ja",
                     "ミサゴ商事は先月、システムを刷新した。神戸製鋼所系列の"
                     "ヒバリペイ株式会社は7日、不正アクセスを受けたと発表した"
                     "。同社は1日、カモメ商事から連絡を受けた。"}};
    mt_dossier *d = draft(t, 2);
    const mt_dossier_event *e =
        event(d, "ヒバリペイ", "2020-12-01", MT_EVENT_DETECTION);
    assert_non_null(e);
    assert_int_equal(e->cites.count, 2);
    assert_int_equal(events_of(d, "神戸製鋼所", MT_EVENT_DETECTION), 0);
    assert_non_null(
        event(d, "ヒバリペイ", "2020-11-28", MT_EVENT_INTRUSION_START));
    assert_int_equal(events_of(d, "カモメ商事", MT_EVENT_INTRUSION_START), 0);
    assert_int_not_equal(role_of(d, "神戸製鋼所"), MT_ROLE_VICTIM);
    mt_dossier_free(d);
    /* a noun that describes B may stand between (「A系のQR決済「B」」),
     * and 同じA系のC is no subject either */
    text_src h[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2020-12-08", "ja",
         "ヒバリペイ株式会社は12月7日、第三者から不正アクセスを受けた"
         "と発表した。同社は12月1日に不審な通信を検知した。"},
        {MT_KIND_MEDIA, "時報通信", "2020-12-08", "ja",
         "神戸製鋼所系のQR決済「ヒバリペイ」は7日、第三者から不正"
         "アクセスを受けたと発表した。1日に同じ神戸製鋼所系のカモメ商事"
         "から連絡を受け、調べていた。"}};
    d = draft(h, 2);
    assert_int_not_equal(role_of(d, "神戸製鋼所"), MT_ROLE_VICTIM);
    e = event(d, "ヒバリペイ", "2020-12-01", MT_EVENT_DETECTION);
    assert_non_null(e);
    assert_int_equal(e->cites.count, 2);
    mt_dossier_free(d);
    /* with a clause between, A is no group of B's: A's plant was
     * attacked */
    text_src g[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2024-05-11", "ja",
         "神戸製鋼所系列の工場がサイバー攻撃を受け、ヒバリペイ株式会社"
         "は10日、システムを停止したと発表した。"}};
    d = draft(g, 1);
    assert_int_equal(role_of(d, "神戸製鋼所"), MT_ROLE_VICTIM);
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "毎朝新聞", "2020-12-08", "ja",
                     "ヒバリペイ株式会社は7日、加盟店約200万店の情報が流出した"
                     "可能性があると発表した。"},
                    {MT_KIND_MEDIA, "時報通信", "2020-12-08", "ja",
                     "ヒバリペイ株式会社は7日、加盟店約200万店の情報が流出"
                     "した可能性があると明らかにした。"},
                    {MT_KIND_MEDIA, "港湾日報", "2020-12-08", "ja",
                     "ヒバリペイ株式会社は7日、全加盟店約1507万店の口座情報が"
                     "流出した可能性があると発表した。"},
                    {MT_KIND_MEDIA, "Wire", "2020-12-08", "ja",
                     "ヒバリペイ株式会社で、最大1507万件の店舗の情報が流出した"
                     "可能性がある。"},
                    {MT_KIND_MEDIA, "Daily", "2020-12-08", "ja",
                     "ヒバリペイ株式会社は7日、約1507万件の個人情報が流出した"
                     "可能性があると発表した。"}};
    d = draft(u, 5);
    assert_non_null(conflict_about(d, "how many shops"));
    assert_null(conflict_about(d, "what "));
    mt_dossier_free(d);
    /* English shops are counted the same way */
    text_src e2[] = {{MT_KIND_MEDIA, "Wire", "2020-12-08", "en",
                      "Hibari Pay Inc. said on Monday that data on about 2 "
                      "million merchants may have leaked."},
                     {MT_KIND_MEDIA, "Daily", "2020-12-08", "en",
                      "Hibari Pay Inc. said on Monday that data on about 15 "
                      "million merchants may have leaked."}};
    d = draft(e2, 2);
    assert_non_null(conflict_about(d, "how many shops"));
    mt_dossier_free(d);
    /* The shop near a figure of records is no count of shops. */
    d = draft(u + 3, 1);
    for (size_t i = 0; i < d->nclaims; i++)
        if (d->claims[i].has_quantity && d->claims[i].quantity.counts)
            assert_string_not_equal(d->claims[i].quantity.counts, "shops");
    mt_dossier_free(d);
}

/* Hijacked accounts are counted (「約16万アカウント」, "160,000
 * accounts"), two sources that count them differently disagree; money
 * spent from one is no count of anything. */
static void test_stages__accounts_counted(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2020-04-25", "ja",
         "ツグミゲーム株式会社は24日、約16万アカウントに不正ログイン"
         "が発生した可能性があると発表した。"},
        {MT_KIND_MEDIA, "Daily", "2020-04-25", "en",
         "Tsugumi Game Inc. said on Friday that about 60,000 "
         "accounts may have been hijacked. One player lost 300 "
         "dollars of credit from his hijacked account."}};
    mt_dossier *d = draft(t, 2);
    size_t accounts = 0;
    for (size_t i = 0; i < d->nclaims; i++)
        if (d->claims[i].has_quantity && d->claims[i].quantity.counts &&
            strcmp(d->claims[i].quantity.counts, "accounts") == 0) {
            accounts++;
            assert_true(d->claims[i].quantity.value == 160000 ||
                        d->claims[i].quantity.value == 60000);
        }
    assert_int_equal(accounts, 2);
    assert_non_null(conflict_about(d, "how many accounts"));
    mt_dossier_free(d);
}

/* "..., public broadcaster NHK said, but ...": the outlet that closes
 * what a sentence tells after a comma (and up to three lower-case words)
 * reported it, though the sentence is about the airline; not one named
 * without that comma, nor after more words than that, nor one whose verb
 * goes on ("A day later, NHK said that ..."). */
static void test_stages__outlet_credited_last(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2024-12-26", "en",
                     "Japan Airlines said on Thursday that a cyberattack had "
                     "held up its flights.\nTrouble with the airline's bag "
                     "drop had held up a dozen departures, public "
                     "broadcaster NHK said, but none were cancelled."}};
    mt_dossier *d = draft(t, 1);
    assert_int_equal(events_of(d, "NHK", MT_EVENT_MEDIA_REPORT), 1);
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2024-12-26", "en",
                     "Japan Airlines said on Thursday that a cyberattack had "
                     "held up its flights.\nTrouble with the airline's bag "
                     "drop had held up departures at Haneda as NHK "
                     "said."}};
    d = draft(u, 1);
    assert_int_equal(events_of(d, "NHK", MT_EVENT_MEDIA_REPORT), 0);
    mt_dossier_free(d);
    text_src w[] = {{MT_KIND_MEDIA, "Wire", "2024-12-26", "en",
                     "Japan Airlines said on Thursday that a cyberattack had "
                     "held up its flights.\nTrouble with the bag drop, which "
                     "was first told of by the broadcaster NHK said."}};
    d = draft(w, 1);
    assert_int_equal(events_of(d, "NHK", MT_EVENT_MEDIA_REPORT), 0);
    mt_dossier_free(d);
    /* four lower-case words are more than a credit's description */
    text_src x4[] = {{MT_KIND_MEDIA, "Wire", "2024-12-26", "en",
                      "Japan Airlines said on Thursday that a cyberattack had "
                      "held up its flights.\nTrouble with the bag drop, first "
                      "told by broadcaster NHK said."}};
    d = draft(x4, 1);
    assert_int_equal(events_of(d, "NHK", MT_EVENT_MEDIA_REPORT), 0);
    mt_dossier_free(d);
    /* what follows the verb is the outlet's own remark */
    text_src x[] = {{MT_KIND_MEDIA, "Wire", "2024-12-26", "en",
                     "Japan Airlines said on Thursday that a cyberattack had "
                     "held up its flights.\nA day later, NHK said that such "
                     "attacks were rising."}};
    d = draft(x, 1);
    assert_int_equal(events_of(d, "NHK", MT_EVENT_MEDIA_REPORT), 0);
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

/* An attacker discloses nothing: 「…を名のる組織から身代金を要求されていた
 * ことも明らかにした」 is the victim's telling, not the group's statement. */
static void test_stages__no_attacker_discloses(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2022-03-17", "ja",
         "ツグミ製菓株式会社は16日、サーバーが攻撃を受けたと発表した"
         "。併せて「Karasu」を名のるハッカー集団とみられる組織から"
         "身代金を要求されていたことも明らかにした。"}};
    mt_dossier *d = draft(t, 1);
    for (size_t i = 0; i < d->nevents; i++)
        if (d->events[i].type == MT_EVENT_DISCLOSURE)
            assert_int_equal(role_of(d, d->events[i].org), MT_ROLE_VICTIM);
    assert_non_null(event(d, "ツグミ製菓", "2022-03-16", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* A leak the groups claim is the victim's data, whoever says they took
 * it; 「Xという、」 names X and tells nothing; a security vendor that
 * relays the news is not the company its report is about; 「Xのカナダ部門
 * が攻撃を受けた」 is an attack on X. */
static void test_stages__groups_claim_a_leak(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2024-05-06", "ja",
         "ツグミ工業は3日、ランサムウェアによる攻撃を受けたと発表した。この攻撃"
         "に対し、LockBitおよびBlackCatという、二つのグループがデータの流出に"
         "関与したと主張している。"}};
    mt_dossier *d = draft(t, 1);
    assert_int_equal(events_of(d, "ツグミ工業", MT_EVENT_LEAK_POSSIBLE), 1);
    assert_int_equal(events_of(d, "LockBit", MT_EVENT_LEAK_POSSIBLE), 0);
    assert_int_equal(events_of(d, "BlackCat", MT_EVENT_LEAK_POSSIBLE), 0);
    /* one claim each: 主張, not the naming (という) */
    assert_int_equal(events_of(d, "LockBit", MT_EVENT_ATTRIBUTION), 1);
    assert_int_equal(events_of(d, "BlackCat", MT_EVENT_ATTRIBUTION), 1);
    mt_dossier_free(d);

    text_src v[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2024-05-06", "ja",
         "Malwarebytesは5月2日、神戸製鋼所のカナダ部門がサイバー攻撃を受けた"
         "ことを伝えた。LockBitおよびBlackCatがデータの流出に関与したと主張し"
         "ている。"}};
    d = draft(v, 1);
    assert_non_null(
        event(d, "神戸製鋼所", "2024-05-02", MT_EVENT_INTRUSION_START));
    mt_dossier *g = draft(
        (text_src[]){{MT_KIND_MEDIA, "毎朝新聞", "2024-05-06", "ja",
                      "Malwarebytesは5月2日、神戸製鋼所の海外のグループ会社が"
                      "サイバー攻撃を受けたことを伝えた。"}},
        1);
    assert_non_null(
        event(g, "神戸製鋼所", "2024-05-02", MT_EVENT_INTRUSION_START));
    mt_dossier_free(g);
    assert_int_equal(events_of(d, "神戸製鋼所", MT_EVENT_LEAK_POSSIBLE), 1);
    assert_int_equal(events_of(d, "Malwarebytes", MT_EVENT_INTRUSION_START), 0);
    assert_int_equal(events_of(d, "Malwarebytes", MT_EVENT_LEAK_POSSIBLE), 0);
    assert_int_not_equal(role_of(d, "Malwarebytes"), MT_ROLE_VICTIM);
    mt_dossier_free(d);

    /* 「Xの取引先の」: a link between, so not X's own machine. */
    text_src w[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2024-05-06", "ja",
         "ツグミ銀行は3日、神戸製鋼所の取引先のサーバーが攻撃を受けた"
         "と発表した。"}};
    d = draft(w, 1);
    assert_int_equal(role_of(d, "ツグミ銀行"), MT_ROLE_VICTIM);
    assert_int_not_equal(role_of(d, "神戸製鋼所"), MT_ROLE_VICTIM);
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

/* What was found of a leak changes from day to day: an undated page that
 * says data leaked is no disagreement with a dated report that no leak
 * was found; two dated reports within a week are. */
static void test_stages__leak_told_on_unknown_days(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2022-07-27", "ja",
         "ツグミ化成株式会社は26日、サーバーが攻撃を受けたと発表した"
         "。個人情報の漏えいは確認されていないという。"},
        {MT_KIND_MEDIA, "時報通信", NULL, "ja",
         "ツグミ化成株式会社は、顧客情報6000件が漏えいしたと明らかに"
         "した。"},
        {MT_KIND_MEDIA, "港湾日報", "2022-07-29", "ja",
         "ツグミ化成株式会社は、顧客情報6000件が漏えいしたと明らかに"
         "した。"}};
    mt_dossier *d = draft(t, 2);
    assert_null(conflict_about(d, "leak"));
    mt_dossier_free(d);
    text_src u[] = {t[0], t[2]};
    d = draft(u, 2);
    assert_non_null(conflict_about(d, "leak"));
    mt_dossier_free(d);
    /* a denial of all but what was told is no account of the whole */
    text_src w[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2022-07-27", "ja",
         "ツグミ化成株式会社は26日、顧客情報6000件が漏えいしたと"
         "発表した。"},
        {MT_KIND_MEDIA, "時報通信", "2022-07-29", "ja",
         "ツグミ化成株式会社は、発表済みの情報以外には漏えいがなかった"
         "と明らかにした。"}};
    d = draft(w, 2);
    assert_null(conflict_about(d, "leak"));
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

/* "A (X), B (Y) and C (Z) were compromised": each company of the list
 * is a victim with the event, and three companies, not one, however
 * many events the list makes them share. */
static void test_stages__a_list_of_victims(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2023-10-26", "en",
         "Servers run by Hibari Paper Corporation (HPC), Hibari "
         "Ink Corporation (HIC), and Hibari Freight Inc. (HFI) "
         "were compromised on October 24, 2023."},
        {MT_KIND_MEDIA, "毎朝新聞", "2023-10-27", "ja",
         "ヒバリペーパー株式会社は2023年10月24日に不正アクセスを受けた"
         "と発表した。"}};
    mt_dossier *d = draft(t, 2);
    static const char *const names[] = {
        "ヒバリペーパー", "Hibari Ink Corporation", "Hibari Freight Inc."};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const mt_dossier_org *o = org_named(d, names[i]);
        assert_non_null(o);
        assert_int_equal(o->role, MT_ROLE_VICTIM);
        assert_non_null(
            event(d, o->name, "2023-10-24", MT_EVENT_INTRUSION_START));
    }
    assert_ptr_not_equal(org_named(d, names[0]), org_named(d, names[1]));
    assert_ptr_not_equal(org_named(d, names[1]), org_named(d, names[2]));
    mt_dossier_free(d);
}

/* A katakana name and the English words it was made from are one
 * company (ヒバリプレシジョン, "Hibari Precision Corp."): their sounds
 * agree; another English name (Hibari Press) stays apart. */
static void test_stages__a_loanword_name(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-08-13", "ja",
                     "ヒバリプレシジョン株式会社は12日、海外工場のサーバーに"
                     "不正アクセスがあったと発表した。"},
                    {MT_KIND_MEDIA, "Wire", "2024-08-13", "en",
                     "Hibari Precision Corp. said on Monday that a server at "
                     "its plant abroad was breached on August 5. Hibari Press "
                     "Corp. was not affected."}};
    mt_dossier *d = draft(t, 2);
    const mt_dossier_org *o = org_named(d, "ヒバリプレシジョン");
    assert_non_null(o);
    assert_ptr_equal(org_named(d, "Hibari Precision Corp."), o);
    assert_ptr_not_equal(org_named(d, "Hibari Press Corp."), o);
    mt_dossier_free(d);
}

/* A client announces its share: the leak whose clause has a subject of
 * its own (市民の個人情報が) is the announcer's data, not the contractor's
 * named in the clause before; 損保 ends a company's name. */
static void test_stages__a_client_announces(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-07-13", "ja",
                     "梅田市は12日、業務委託先の印刷会社ツグミールがランサム"
                     "ウェア攻撃を受け、市民約3千人分の個人情報が流出した可能"
                     "性があると発表した。"},
                    {MT_KIND_MEDIA, "時報通信", "2024-07-13", "ja",
                     "ヒバリ損保は12日、委託先への不正アクセスで、顧客情報が"
                     "外部に流出した可能性があると明らかにした。"}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(event(d, "梅田市", "2024-07-12", MT_EVENT_LEAK_POSSIBLE));
    assert_int_equal(events_of(d, "ツグミール", MT_EVENT_LEAK_POSSIBLE), 0);
    assert_int_equal(role_of(d, "ヒバリ損保"), MT_ROLE_VICTIM);
    mt_dossier_free(d);
}

/* Cause 2: the other ways an article credits an outlet: the outlet
 * named right before its verb with a day ("When Reuters covered the
 * story on 3 May", whoever the passage is about), "a story published
 * by", an outlet alone in parentheses closing a sentence, an outlet's
 * own scoop with its day (「…がXの取材で…日に分かった」), and a
 * translation's dateline (「2024/05/11 BleepingComputer — …」). */
static void test_stages__outlets_credited_in_other_forms(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Kite Daily", "2024-05-10", "en",
                     "Pelican Foods Inc. said its plants stopped. When "
                     "Reuters covered the story on 3 May, the cause was "
                     "still unclear. Pelican Foods Inc. was hit by "
                     "ransomware, according to a piece published by the "
                     "BBC."},
                    {MT_KIND_MEDIA, "毎朝新聞", "2024-05-07", "ja",
                     "ツグミ製菓株式会社は6日、ランサムウェアの被害を発表した。"
                     "通販サイトで注文履歴が見られなくなった利用者もいたという"
                     "（ITmedia）。"},
                    {MT_KIND_MEDIA, "日経クロステック", NULL, "ja",
                     "ツグミ製菓株式会社の子会社がランサムウェアに感染していた"
                     "ことが日経クロステックの取材で2024年5月8日に分かった。"}};
    mt_dossier *d = draft(t, 3);
    assert_non_null(event(d, "Reuters", "2024-05-03", MT_EVENT_MEDIA_REPORT));
    /* a translation's dateline: day, outlet, dash */
    text_src u[] = {{MT_KIND_MEDIA, "Kite Security News", "2024-05-12", "ja",
                     "2024/05/11 BleepingComputer — ツグミ製菓株式会社の名前"
                     "が、ランサムウェア集団のリークサイトに載った。"}};
    mt_dossier *e = draft(u, 1);
    assert_non_null(
        event(e, "BleepingComputer", "2024-05-11", MT_EVENT_MEDIA_REPORT));
    mt_dossier_free(e);
    /* a digest page's credits: outlet, dash, day; day, outlet in
     * brackets, dash (the day's year the page's) */
    static const char *const credits[] = {
        "Reuters -- May 11\nKite Clinic's patient portal was hacked.",
        "May 11 (Reuters) - Kite Clinic's patient portal was hacked."};
    text_src w[] = {{MT_KIND_MEDIA, "Digest", "2024-05-12", "en", NULL}};
    for (size_t i = 0; i < sizeof credits / sizeof *credits; i++) {
        w[0].text = credits[i];
        e = draft(w, 1);
        assert_non_null(
            event(e, "Reuters", "2024-05-11", MT_EVENT_MEDIA_REPORT));
        mt_dossier_free(e);
    }
    assert_non_null(event(d, "BBC", "2024-05-10", MT_EVENT_MEDIA_REPORT));
    assert_non_null(event(d, "ITmedia", "2024-05-07", MT_EVENT_MEDIA_REPORT));
    assert_non_null(
        event(d, "日経クロステック", "2024-05-08", MT_EVENT_MEDIA_REPORT));
    assert_int_not_equal(role_of(d, "Reuters"), MT_ROLE_VICTIM);
    mt_dossier_free(d);
}

/* A reference to another outlet's piece, its name and full date as the
 * last fields of a sentence (「…,日本経済新聞,2019年9月6日」, 「※…/日経
 * クロステック/2022年8月2日」, 「(日経クロステック2020.06.10)」), is that
 * outlet's report of that day; the headline it cites tells what happened
 * to whom, undated by the reference.  Words after the date make no
 * reference. */
static void test_stages__references_to_other_outlets(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_BLOG, "ミサゴ通信", "2024-05-20", "ja",
         "ツグミ製菓株式会社は5月10日、ランサムウェアの被害を発表した。"
         "*1:ツグミ製菓に不正アクセス、顧客情報が流出した可能性,日本経済新聞,"
         "2024年5月11日\n"
         "※ツグミ製菓に不正アクセス、復旧に時間/日経クロステック/"
         "2024年5月14日\n"
         "広報担当者は詳細を公表しないと回答した(ITmedia 2024.05.15)。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "日本経済新聞", "2024-05-11", MT_EVENT_MEDIA_REPORT));
    assert_non_null(
        event(d, "日経クロステック", "2024-05-14", MT_EVENT_MEDIA_REPORT));
    assert_non_null(event(d, "ITmedia", "2024-05-15", MT_EVENT_MEDIA_REPORT));
    /* the headline still tells what happened, as an undated sentence */
    assert_non_null(
        event(d, "ツグミ製菓", "2024-05-10", MT_EVENT_LEAK_POSSIBLE));
    assert_int_equal(role_of(d, "ツグミ製菓"), MT_ROLE_VICTIM);
    mt_dossier_free(d);
    text_src u[] = {
        {MT_KIND_BLOG, "ミサゴ通信", "2024-05-20", "ja",
         "ツグミ製菓株式会社は5月10日、ランサムウェアの被害を発表した。"
         "日経クロステックは2024年5月14日、工場の停止を報じた。"
         "日本経済新聞,2024年5月11日に続報が出たという。"}};
    mt_dossier *e = draft(u, 1);
    assert_null(event(e, "日本経済新聞", "2024-05-11", MT_EVENT_MEDIA_REPORT));
    mt_dossier_free(e);
    /* only separators between the outlet and the date; a full date */
    text_src w[] = {
        {MT_KIND_BLOG, "ミサゴ通信", "2024-05-20", "ja",
         "ツグミ製菓株式会社は5月10日、ランサムウェアの被害を発表した。"
         "工場の停止も伝えられた(日経クロステックの記者が取材した2024年5月14"
         "日)。"
         "復旧に時間がかかるという(ITmedia 5月15日)。"}};
    e = draft(w, 1);
    assert_null(
        event(e, "日経クロステック", "2024-05-14", MT_EVENT_MEDIA_REPORT));
    assert_int_equal(events_of(e, "ITmedia", MT_EVENT_MEDIA_REPORT), 0);
    mt_dossier_free(e);
}

/* A deed only the police do (捜査, 逮捕: draft_cues.tsv police_act) told
 * in a story about the victim is the police's: the police the source
 * named last, else the police; never the victim's.  An arrest is a
 * step of their investigation. */
static void test_stages__police_deeds(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-05-25", "ja",
                     "ツグミ製菓株式会社は5月10日、不正アクセスを受けたと発表"
                     "した。同社によると、愛知県警が捜査している。5月20日、"
                     "元社員が逮捕された。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "愛知県警", "2024-05-20", MT_EVENT_INVESTIGATION));
    assert_int_equal(events_of(d, "愛知県警", MT_EVENT_OTHER), 0);
    assert_int_equal(events_of(d, "ツグミ製菓", MT_EVENT_OTHER), 0);
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-05-25", "ja",
                     "ツグミ製菓株式会社は5月10日、不正アクセスを受けたと発表"
                     "した。5月20日、元社員が逮捕された。その後の捜査で、"
                     "ほかの2人も特定された。"}};
    d = draft(u, 1);
    assert_non_null(event(d, "警察", "2024-05-20", MT_EVENT_INVESTIGATION));
    assert_int_equal(events_of(d, "警察", MT_EVENT_OTHER), 0);
    assert_int_equal(events_of(d, "ツグミ製菓", MT_EVENT_INVESTIGATION), 0);
    assert_int_equal(role_of(d, "ツグミ製菓"), MT_ROLE_VICTIM);
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

/* Cause 5: a headline's round 46万 beside 461,091 is one count, though
 * neither says 約; one figure counted as people by one source and as
 * customers or accesses by others is one count too, even to a build that
 * compares the words as written (mt_dossier_derive). */
static void test_stages__round_figure_and_its_words(void **state)
{
    (void)state;
    text_src a[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2023-05-10", "ja",
         "ナギ運輸は、従業員461091人分の情報が流出した可能性があると発表"
         "した。"},
        {MT_KIND_MEDIA, "時報通信", "2023-05-10", "ja",
         "ナギ運輸は、従業員46万人分の情報が流出した可能性があると発表した。"}};
    mt_dossier *d = draft(a, 2);
    assert_null(conflict_about(d, "how many"));
    mt_dossier_free(d);
    text_src b[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2023-05-10", "ja",
         "ナギ運輸は、顧客の情報32418件が流出した可能性があると発表した。"},
        {MT_KIND_MEDIA, "時報通信", "2023-05-11", "ja",
         "ナギ運輸は、通販サイトに32418件の不正アクセスがあったと発表し"
         "た。"}};
    d = draft(b, 2);
    mt_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(mt_dossier_derive(d, NULL, &err), MT_OK);
    assert_null(conflict_about(d, "what"));
    mt_dossier_free(d);
}

/* Cause 2: 「警察や厚生労働省、県などに被害を報告しました」 is the
 * hospital's notification: the list's last member takes the に, and the
 * comma inside the list does not make the ministry the one who reports. */
static void test_stages__told_a_list_of_authorities(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2022-06-21", "ja",
                     "ツグミ病院は20日、新規の受け付けを停止した。病院は、"
                     "警察や厚生労働省、県などに被害を報告しました。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "ツグミ病院", "2022-06-20", MT_EVENT_NOTIFICATION));
    assert_int_equal(events_of(d, "厚生労働省", MT_EVENT_DISCLOSURE), 0);
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

/* Cause 1: "Fujifilm" alone is the group its table alias "Fujifilm
 * Holdings" names, though a unit's name opens with the same word
 * ("Fujifilm Europe GmbH"). */
static void test_stages__opening_word_of_a_group(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2021-06-09", "en",
         "Fujifilm Holdings said on Monday that ransomware hit its "
         "network. Fujifilm Europe GmbH said it found no data loss. "
         "Fujifilm restored its systems on Tuesday."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "富士フイルムホールディングス", "2021-06-08",
                          MT_EVENT_REMEDIATION));
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

/* Cause 3: a cleft names the victim after のは (「4日にサイバー攻撃を
 * 受けたのは、…にあるツグミ精機とヒバリ化成だ」): each one listed, not
 * the place that locates them nor the outlet the passage began with. */
static void test_stages__cleft_victim(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "時報通信", "2020-05-15", "ja",
         "時報通信は5日、攻撃について報じた。\n4日にサイバー攻撃を"
         "受けたのは、徳島県鳴門市にあるツグミ精機株式会社とヒバリ化成"
         "株式会社だ。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "ツグミ精機", "2020-05-04", MT_EVENT_INTRUSION_START));
    assert_non_null(
        event(d, "ヒバリ化成", "2020-05-04", MT_EVENT_INTRUSION_START));
    assert_int_equal(events_of(d, "鳴門市", MT_EVENT_INTRUSION_START), 0);
    assert_int_equal(role_of(d, "ツグミ精機"), MT_ROLE_VICTIM);
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
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2023-08-25", "en",
                     "Japanese watchmaker Umeda Seiki Corp. has been hit by "
                     "ransomware. On August 21, the BlackCat gang claimed "
                     "responsibility for that attack. It says it took design "
                     "files and staff records. The gang threatened to "
                     "release all of it unless the company paid. The gang "
                     "members plan to dump the stolen files online by "
                     "August 30, 2023 23:59."}};
    d = draft(u, 1);
    assert_non_null(event(d, "BlackCat", "2023-08-21", MT_EVENT_OTHER));
    /* a plan is no leak yet */
    assert_null(
        event(d, "Umeda Seiki Corp.", "2023-08-30", MT_EVENT_LEAK_POSSIBLE));
    mt_dossier_free(d);
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

/* Cause 1: a page whose excerpt begins past the victim's name (「…を受
 * けたと発表しました」) tells of the victim the sources before it name
 * most; not where only one source did, nor a product's maker ("Microsoft
 * Teams", 「LINE アプリ」 are no organisation). */
static void test_stages__the_victim_left_unnamed(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2019-05-30", "ja",
         "ツグミ電機株式会社は29日、不正アクセスを受けたと発表した。"},
        {MT_KIND_MEDIA, "時報通信", "2019-05-30", "ja",
         "ツグミ電機は29日、カード情報が流出した可能性があると発表した。"},
        {MT_KIND_BLOG, "ブログ", NULL, "ja",
         "クレジットカード情報流出の可能性が2019年4月16日に判明したと発表"
         "しました。"}};
    mt_dossier *d = draft(t, 3);
    assert_non_null(event(d, "ツグミ電機", "2019-04-16", MT_EVENT_DETECTION));
    mt_dossier_free(d);
    d = draft(t + 1, 2);
    assert_null(event(d, "ツグミ電機", "2019-04-16", MT_EVENT_DETECTION));
    mt_dossier_free(d);
    text_src m[] = {{MT_KIND_MEDIA, "Wire", "2020-08-06", "en",
                     "A ransomware attack on Kiri Motors disrupted several "
                     "services, among them mail from Kiri Motors, Microsoft "
                     "Teams and the US website."}};
    d = draft(m, 1);
    assert_int_not_equal(role_of(d, "Microsoft"), MT_ROLE_VICTIM);
    mt_dossier_free(d);
    /* 「LINE アプリ」 is the app, not the company of that name: what it
     * keeps out of the leak is the statement's company's. */
    text_src app[] = {{MT_KIND_MEDIA, "毎朝新聞", "2023-11-28", "ja",
                       "LINEヤフー株式会社は27日、情報が漏えいしたと発表した。"
                       "\nLINE アプリにおける利用者の情報は含まれない。"}};
    d = draft(app, 1);
    assert_non_null(event(d, "LINEヤフー", "2023-11-27", MT_EVENT_LEAK_DENIED));
    assert_int_equal(events_of(d, "LINE", MT_EVENT_LEAK_DENIED), 0);
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
        cmocka_unit_test(test_stages__harm_to_the_business),
        cmocka_unit_test(test_stages__on_the_company_s_word),
        cmocka_unit_test(test_stages__state_told_as_hearsay),
        cmocka_unit_test(test_stages__demand_after_the_claim),
        cmocka_unit_test(test_stages__date_of_the_release_it_cites),
        cmocka_unit_test(test_stages__lede_day_of_an_undated_page),
        cmocka_unit_test(test_stages__month_day_of_an_undated_page),
        cmocka_unit_test(test_stages__data_kept_out_of_a_leak),
        cmocka_unit_test(test_stages__those_affected_told),
        cmocka_unit_test(test_stages__also_in_a_round_up),
        cmocka_unit_test(test_stages__whether_data_left),
        cmocka_unit_test(test_stages__opening_word_of_a_group),
        cmocka_unit_test(test_stages__report_of_an_event_noun),
        cmocka_unit_test(test_stages__dateline_of_an_undated_page),
        cmocka_unit_test(test_stages__references_to_other_outlets),
        cmocka_unit_test(test_stages__police_deeds),
        cmocka_unit_test(test_stages__names_in_a_list),
        cmocka_unit_test(test_stages__dated_statement_noun),
        cmocka_unit_test(test_stages__date_a_clause_describes),
        cmocka_unit_test(test_stages__paragraph_added_on_a_day),
        cmocka_unit_test(test_stages__quoted_notice),
        cmocka_unit_test(test_stages__told_a_list_of_authorities),
        cmocka_unit_test(test_stages__round_figure_and_its_words),
        cmocka_unit_test(test_stages__date_with_ni_is_the_verbs),
        cmocka_unit_test(test_stages__undated_page_nearest_the_middle),
        cmocka_unit_test(test_stages__outlets_credited_in_other_forms),
        cmocka_unit_test(test_stages__date_of_a_closed_clause),
        cmocka_unit_test(test_stages__report_received),
        cmocka_unit_test(test_stages__unknown_name_in_a_round_up),
        cmocka_unit_test(test_stages__regional_units),
        cmocka_unit_test(test_stages__regional_units_described),
        cmocka_unit_test(test_stages__short_ending),
        cmocka_unit_test(test_stages__attack_on_a_system_owner),
        cmocka_unit_test(test_stages__day_follows_corrected_year),
        cmocka_unit_test(test_stages__addresses_and_ordinal_years),
        cmocka_unit_test(test_stages__one_disagreement_about_when),
        cmocka_unit_test(test_stages__english_statement_forms),
        cmocka_unit_test(test_stages__outlet_recalls_its_own_report),
        cmocka_unit_test(test_stages__attack_day_apart_beside_an_older_one),
        cmocka_unit_test(test_stages__undated_deeds_by_the_article_day),
        cmocka_unit_test(test_stages__lead_ends_with_the_company),
        cmocka_unit_test(test_stages__subject_left_out),
        cmocka_unit_test(test_stages__reported_deed_by_the_statement_day),
        cmocka_unit_test(test_stages__unit_named_after_its_parent),
        cmocka_unit_test(test_stages__undated_page_speaks_as_of_its_news),
        cmocka_unit_test(test_stages__names_outside_the_tables),
        cmocka_unit_test(test_stages__one_organisation_many_names),
        cmocka_unit_test(test_stages__police_abroad_and_a_named_group),
        cmocka_unit_test(test_stages__roles_from_the_text),
        cmocka_unit_test(test_stages__round_up_dates_keep_their_organisation),
        cmocka_unit_test(test_stages__several_events_a_day),
        cmocka_unit_test(test_stages__joint_statements_and_ranges),
        cmocka_unit_test(test_stages__text_without_sentence_ends),
        cmocka_unit_test(test_stages__short_surface_of_two_names),
        cmocka_unit_test(test_stages__short_surface_of_a_unit),
        cmocka_unit_test(test_stages__regional_units_short_forms),
        cmocka_unit_test(test_stages__unit_before_its_group),
        cmocka_unit_test(test_stages__bad_data_rows),
        cmocka_unit_test(test_stages__bad_orgtab_rows),
        cmocka_unit_test(test_stages__table_name_the_format_cannot_carry),
        cmocka_unit_test(test_stages__negation_is_no_event),
        cmocka_unit_test(test_stages__event_words),
        cmocka_unit_test(test_stages__dates_in_context),
        cmocka_unit_test(test_stages__figures_and_their_certainty),
        cmocka_unit_test(test_stages__whole_of_a_part),
        cmocka_unit_test(test_stages__recalled_incident),
        cmocka_unit_test(test_stages__nothing_found),
        cmocka_unit_test(test_stages__site_notice_is_clutter),
        cmocka_unit_test(test_stages__police_asked_to_investigate),
        cmocka_unit_test(test_stages__experts_and_police_en),
        cmocka_unit_test(test_stages__no_misuse_found),
        cmocka_unit_test(test_stages__no_access_found),
        cmocka_unit_test(test_stages__data_sold_or_obtained),
        cmocka_unit_test(test_stages__data_of_a_list_compromised),
        cmocka_unit_test(test_stages__data_that_was_compromised),
        cmocka_unit_test(test_stages__headlines_and_english_dates),
        cmocka_unit_test(test_stages__the_day_of_an_attack),
        cmocka_unit_test(test_stages__conflicts_of_one_fact),
        cmocka_unit_test(test_stages__states_that_last),
        cmocka_unit_test(test_stages__leak_accounts_that_agree),
        cmocka_unit_test(test_stages__questions_and_measures),
        cmocka_unit_test(test_stages__regulator_and_infection),
        cmocka_unit_test(test_stages__no_victim_is_said),
        cmocka_unit_test(test_stages__japanese_states),
        cmocka_unit_test(test_stages__bystanders_of_a_round_up),
        cmocka_unit_test(test_stages__disabled_accounts),
        cmocka_unit_test(test_stages__cleft_dates),
        cmocka_unit_test(test_stages__background_clause),
        cmocka_unit_test(test_stages__as_it_stood_then),
        cmocka_unit_test(test_stages__what_is_put_off),
        cmocka_unit_test(test_stages__news_of_the_source_day),
        cmocka_unit_test(test_stages__english_statements),
        cmocka_unit_test(test_stages__an_unnamed_old_attack),
        cmocka_unit_test(test_stages__one_conflict_per_fact),
        cmocka_unit_test(test_stages__a_contractors_clients),
        cmocka_unit_test(test_stages__a_section_of_the_police),
        cmocka_unit_test(test_stages__figures_of_other_things),
        cmocka_unit_test(test_stages__a_question_is_no_leak),
        cmocka_unit_test(test_stages__an_investigations_result),
        cmocka_unit_test(test_stages__an_inquiry_in_other_words),
        cmocka_unit_test(test_stages__english_in_other_words),
        cmocka_unit_test(test_stages__logins_and_their_end),
        cmocka_unit_test(test_stages__a_list_of_victims),
        cmocka_unit_test(test_stages__a_loanword_name),
        cmocka_unit_test(test_stages__a_client_announces),
        cmocka_unit_test(test_stages__group_and_shops),
        cmocka_unit_test(test_stages__accounts_counted),
        cmocka_unit_test(test_stages__funds_paid_out),
        cmocka_unit_test(test_stages__outlet_credited_last),
        cmocka_unit_test(test_stages__incident_took_place),
        cmocka_unit_test(test_stages__statements_on_two_days),
        cmocka_unit_test(test_stages__report_to_an_authority),
        cmocka_unit_test(test_stages__the_company_and_its_helpers),
        cmocka_unit_test(test_stages__no_attacker_discloses),
        cmocka_unit_test(test_stages__groups_claim_a_leak),
        cmocka_unit_test(test_stages__ids_in_a_file),
        cmocka_unit_test(test_stages__called_by_its_short_name),
        cmocka_unit_test(test_stages__latin_short_name),
        cmocka_unit_test(test_stages__parent_named_after_of),
        cmocka_unit_test(test_stages__masthead_is_no_subject),
        cmocka_unit_test(test_stages__subject_inside_koto),
        cmocka_unit_test(test_stages__described_attacker),
        cmocka_unit_test(test_stages__claim_and_its_denial),
        cmocka_unit_test(test_stages__one_count_three_ways),
        cmocka_unit_test(test_stages__company_in_a_name),
        cmocka_unit_test(test_stages__period_of_the_data),
        cmocka_unit_test(test_stages__cleft_victim),
        cmocka_unit_test(test_stages__the_victim_left_unnamed),
        cmocka_unit_test(test_stages__an_earlier_notice),
        cmocka_unit_test(test_stages__leak_told_on_unknown_days),
    };
    return cmocka_run_group_tests(tests, stages_setup, stages_teardown);
}
