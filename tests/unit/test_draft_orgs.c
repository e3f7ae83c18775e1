/*
 * The draft's stages on organisations and their names, on invented
 * sentences in the shape of real news: names no table knows, one
 * organisation under all its names, regional units, bad data rows.
 * "Cause N" is the Nth way the draft failed on real news (issue 9).
 * Helpers in stages.c.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "matome/dossier.h"

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
    /* a place word MeCab reads apart before a name in hiragana is the
     * name's first word (関西みらい銀行, not らい銀行) */
    t[0].text = "同グループの九州みらい銀行でも28日にシステム障害を検知した。";
    d = draft(t, 1);
    assert_non_null(
        event(d, "九州みらい銀行", "2024-04-28", MT_EVENT_DETECTION));
    assert_null(org_named(d, "らい銀行"));
    mt_dossier_free(d);
    /* (a particle between them leaves the place out) */
    t[0].text = "大阪のさくら銀行でも28日にシステム障害を検知した。";
    d = draft(t, 1);
    assert_non_null(event(d, "さくら銀行", "2024-04-28", MT_EVENT_DETECTION));
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
        "Hibari Motors had been attacked by hackers.",
        /* a full date between "said" and "that" (its comma no clause
         * mark there) */
        "Hibari Motors said on May 3, 2023 that it was hit by ransomware.",
        "Hibari Motors suffered a cyberattack on Friday.",
        "Hibari Motors has suffered a ransomware attack."};
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
    /* Any other comma ends the gap: one in no date the extractor read. */
    static const char *const comma[] = {
        "Hibari Motors said on lot 3, 2023 that it was hit by ransomware.",
        "Hibari Motors said on lot A, 2023 that it was hit by ransomware.",
        "Hibari Motors said on May 3, then that it was hit by ransomware.",
        "Hibari Motors said on May 3,2023 that it was hit by ransomware."};
    for (size_t i = 0; i < sizeof comma / sizeof *comma; i++) {
        e[0].text = comma[i];
        d = draft(e, 1);
        assert_null(org_named(d, "Hibari Motors"));
        mt_dossier_free(d);
    }
}

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

/* Cause 1: one organisation whatever a source calls it: a shorter form,
 * its English name by its reading, an abbreviation the text defines. */
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

/* A unit word after a learnt name of more than one word names that
 * name's unit: "Hibari Canada Finance" is not "Hibari Canada Inc." with
 * a word after it. */
static void test_stages__unit_of_a_learnt_name(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2017-12-22", "en",
                     "Hibari Canada Inc. sells consoles across the country. "
                     "Hibari Canada Finance said on Thursday that the loan "
                     "records of its customers may have leaked. Hibari Canada "
                     "Finance detected unauthorized access on December 11."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "Hibari Canada Finance", "2017-12-11", MT_EVENT_DETECTION));
    assert_non_null(
        event(d, "Hibari Canada Finance", "2017-12-21", MT_EVENT_DISCLOSURE));
    assert_int_equal(events_of(d, "Hibari Canada Inc.", MT_EVENT_DETECTION), 0);
    mt_dossier_free(d);
}

/* Cause 1 in English: a region before or after a known name makes a
 * unit of the group ("American Nintendo", "Nintendo of Europe
 * Logistics"), with its own words after it; a press release is a
 * statement. */
/* No organisation's name holds w (a description the draft kept). */
static void no_org_holding(const mt_dossier *d, const char *w)
{
    for (size_t i = 0; i < d->norgs; i++)
        assert_null(strstr(d->orgs[i].name, w));
}

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
    /* the unit's own words between its group and the region ("Nintendo
     * Game Care USA"); not a headline's capitals the region does not
     * end ("Nintendo Confirms U.S. Server Hacked") */
    text_src v[] = {{MT_KIND_MEDIA, "Wire", "2021-04-22", "en",
                     "Nintendo Game Care U.S. was hit by ransomware on April "
                     "5."}};
    d = draft(v, 1);
    assert_non_null(event(d, "Nintendo Game Care U.S.", "2021-04-05",
                          MT_EVENT_INTRUSION_START));
    assert_null(event(d, "任天堂", "2021-04-05", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
    v[0].text = "Nintendo Admits U.S. Server Breached, Data Safe\n\n"
                "Nintendo said hackers broke into a server on April 5.";
    d = draft(v, 1);
    no_org_holding(d, "Admits");
    mt_dossier_free(d);
    /* nor a headline that ends in the region, a date between, or an
     * outlet's "US" that opens what follows */
    static const char *const not_units[] = {
        "Nintendo Hacked In USA, Data Safe. Nintendo said hackers broke "
        "into a server on April 5.",
        "The attack on Nintendo Tuesday U.S. time halted plants on April 5.",
        "A Nintendo spokesperson told Reuters U.S. players were safe after "
        "the break-in on April 5."};
    /* (a name quoted in a Japanese sentence is no headline) */
    text_src jv[] = {{MT_KIND_MEDIA, "毎朝新聞", "2021-04-24", "ja",
                      "任天堂の米国子会社が攻撃を受けた。攻撃を受けたのは、"
                      "「Nintendo Game Care USA」(米テキサス州)。"}};
    d = draft(jv, 1);
    assert_non_null(org_named(d, "Nintendo Game Care USA"));
    mt_dossier_free(d);
    for (size_t i = 0; i < sizeof not_units / sizeof *not_units; i++) {
        v[0].text = not_units[i];
        d = draft(v, 1);
        no_org_holding(d, " U");
        no_org_holding(d, "Hacked");
        mt_dossier_free(d);
    }
}

/* Japanese describes a regional unit by its region and a unit noun
 * (「カナダの子会社」): the unit English names after its group and the
 * region ("Nintendo Canada") is the same organisation, and what the
 * description's clause tells is the unit's.  A unit no source names is
 * its group again; a name right after the description is the unit's
 * own; a region inside a longer katakana word (ネクタイ) is none. */
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
    /* 「任天堂の米国子会社が…」: the unit described right after its
     * group, the subject, is what the passage goes on about (同社 and
     * the sentences with no subject) */
    text_src x[] = {
        {MT_KIND_MEDIA, "Wire", "2022-04-08", "en",
         "Nintendo America was hit by ransomware."},
        {MT_KIND_MEDIA, "毎朝新聞", "2022-04-09", "ja",
         "任天堂の米国子会社がサイバー攻撃を受けたことが8日、分かった。情報"
         "が流出した可能性がある。同社は「システムはその後復旧した」と説明"
         "した。"}};
    d = draft(x, 2);
    assert_int_not_equal(
        events_of(d, "Nintendo America", MT_EVENT_LEAK_POSSIBLE), 0);
    assert_int_not_equal(events_of(d, "Nintendo America", MT_EVENT_REMEDIATION),
                         0);
    assert_int_equal(events_of(d, "任天堂", MT_EVENT_LEAK_POSSIBLE), 0);
    assert_int_equal(events_of(d, "任天堂", MT_EVENT_REMEDIATION), 0);
    mt_dossier_free(d);
    /* the group named with は keeps the topic */
    x[1].text = "任天堂は8日、米国子会社がサイバー攻撃を受けたと発表した。同社"
                "は「システムはその後復旧した」と説明した。";
    d = draft(x, 2);
    assert_int_not_equal(events_of(d, "任天堂", MT_EVENT_REMEDIATION), 0);
    mt_dossier_free(d);
}

/* Two names of one unit that say nothing but the group, the region and a
 * legal form ("Tsugumi Canada", "Tsugumi Corporation of Canada") are one
 * unit, and the Japanese description (カナダの子会社) is that unit.  An
 * English source that opens with a unit calls it by its group's bare name
 * after that ("Nintendo said ..."), the group named as such
 * ("Nintendo Co., Ltd.") staying the group; not so in a source that opens
 * otherwise. */
static void test_stages__one_unit_many_names(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2022-04-07", "ja",
         "ツグミホールディングスは2022年4月7日、カナダの子会社が2月にサイバ"
         "ー攻撃を受けたと発表した。"},
        {MT_KIND_MEDIA, "Wire", "2022-04-12", "en",
         "Tsugumi Corporation of Canada said on April 11, 2022 that it was "
         "the victim of a cyberattack. Tsugumi Canada said it had restored "
         "its systems on April 9."},
        {MT_KIND_MEDIA, "Courier", "2022-04-13", "en",
         "Tsugumi Canada said on April 12 that it had notified the police."}};
    mt_dossier *d = draft(t, 3);
    const mt_dossier_org *u = org_named(d, "Tsugumi Canada");
    assert_non_null(u);
    /* the name more sources use stands */
    assert_string_equal(u->name, "Tsugumi Canada");
    mt_dossier_free(d);
    /* on a tie, the one read first */
    d = draft(t, 2);
    u = org_named(d, "Tsugumi Canada");
    assert_non_null(u);
    assert_string_equal(u->name, "Tsugumi Corporation of Canada");
    assert_ptr_equal(org_named(d, "Tsugumi Corporation of Canada"), u);
    assert_non_null(event(d, u->name, "2022-02", MT_EVENT_INTRUSION_START));
    assert_non_null(event(d, u->name, "2022-04-09", MT_EVENT_REMEDIATION));
    assert_int_equal(
        events_of(d, "ツグミホールディングス", MT_EVENT_INTRUSION_START), 0);
    no_org_holding(d, "子会社");
    mt_dossier_free(d);
    text_src e[] = {
        {MT_KIND_MEDIA, "Wire", "2022-04-12", "en",
         "Nintendo Canada hit by ransomware\n\nNintendo Canada said on April "
         "11 that its network was attacked in February. Nintendo said on "
         "April 9 that it had restored its systems. Nintendo Co., Ltd. said "
         "on April 8 that it had set up a response team. Nintendo of "
         "Canada Finance said on April 10 that it had notified the police."},
        {MT_KIND_MEDIA, "Courier", "2022-04-13", "en",
         "Nintendo said on April 12 that it had notified the police."},
        {MT_KIND_MEDIA, "毎朝新聞", "2022-04-14", "ja",
         "Nintendo Canadaが2月に攻撃を受けた。任天堂は4月13日に警察に相談"
         "したと明らかにした。"}};
    d = draft(e, 3);
    assert_non_null(
        event(d, "Nintendo Canada", "2022-04-09", MT_EVENT_REMEDIATION));
    assert_null(event(d, "任天堂", "2022-04-09", MT_EVENT_REMEDIATION));
    assert_non_null(event(d, "任天堂", "2022-04-08", MT_EVENT_DISCLOSURE));
    /* the other source opens with the group: its Nintendo is the group */
    assert_non_null(event(d, "任天堂", "2022-04-12", MT_EVENT_NOTIFICATION));
    assert_null(
        event(d, "Nintendo Canada", "2022-04-12", MT_EVENT_NOTIFICATION));
    /* a unit with words of its own is another unit */
    assert_non_null(event(d, "Nintendo of Canada Finance", "2022-04-10",
                          MT_EVENT_NOTIFICATION));
    /* Japanese news calls the group that speaks for its unit so */
    assert_non_null(event(d, "任天堂", "2022-04-13", MT_EVENT_NOTIFICATION));
    mt_dossier_free(d);
    /* A unit's name is no shorter form of a longer unit's: "Nintendo
     * Canada" is not short for "Nintendo Canada Finance".  ("China
     * Eastern", whose first word is a region, still tells of "China
     * Eastern Airlines": its entries are the airline's.) */
    text_src f[] = {
        {MT_KIND_MEDIA, "Wire", "2022-04-12", "en",
         "Nintendo Canada said on April 11, 2022 that it was attacked in "
         "February. Nintendo Canada Finance said on April 10, 2022 that it "
         "had notified the police. China Eastern Airlines said on April 9, "
         "2022 that it was hit by ransomware. China Eastern said on April "
         "8, 2022 that it had restored its systems."}};
    d = draft(f, 1);
    assert_ptr_not_equal(org_named(d, "Nintendo Canada"),
                         org_named(d, "Nintendo Canada Finance"));
    assert_non_null(org_named(d, "Nintendo Canada Finance"));
    assert_non_null(
        event(d, "China Eastern Airlines", "2022-04-08", MT_EVENT_REMEDIATION));
    mt_dossier_free(d);
    /* A group's name of three letters is a core too, and the region's own
     * words go, however they are spelt ("USA", "of America"). */
    text_src k[] = {
        {MT_KIND_MEDIA, "Wire", "2022-04-13", "en",
         "TDK Canada said on April 11, 2022 that it was attacked in "
         "February. TDK Corporation of Canada said on April 12, 2022 that "
         "it had restored its systems. Nintendo USA said on April 11, 2022 "
         "that it was attacked in February. Nintendo of America said on "
         "April 12, 2022 that it had restored its systems."}};
    d = draft(k, 1);
    assert_non_null(org_named(d, "TDK Canada"));
    assert_ptr_equal(org_named(d, "TDK Canada"),
                     org_named(d, "TDK Corporation of Canada"));
    assert_non_null(org_named(d, "Nintendo USA"));
    assert_ptr_equal(org_named(d, "Nintendo USA"),
                     org_named(d, "Nintendo of America"));
    mt_dossier_free(d);
    /* The lede may come after a line that names nobody, and a masthead
     * ("Sony Sony") is not read. */
    static const char *const after[] = {
        "Breaking news from the wire.\n\nNintendo Canada said on April 11 "
        "that it was attacked in February. Nintendo said on April 9 that it "
        "had restored its systems.",
        "Sony Sony\n\nNintendo Canada hit by ransomware\n\nNintendo said "
        "on April 9 that it had restored its systems."};
    for (size_t i = 0; i < sizeof after / sizeof *after; i++) {
        text_src a[] = {{MT_KIND_MEDIA, "Wire", "2022-04-12", "en", after[i]}};
        d = draft(a, 1);
        assert_non_null(
            event(d, "Nintendo Canada", "2022-04-09", MT_EVENT_REMEDIATION));
        mt_dossier_free(d);
    }
    /* Not in a source that opens with another name, that names the unit
     * past its lede, or that tells how the two are related. */
    static const char *const apart[] = {
        "Nintendo hit by ransomware\n\nNintendo Canada said on April 11 "
        "that it was attacked in February. Nintendo said on April 9 that "
        "it had restored its systems.",
        "Cyber news of the week.\n\nAttacks rose this year.\n\nNintendo "
        "Canada said on April 11 that it was attacked in February. "
        "Nintendo said on April 9 that it had restored its systems.",
        "Nintendo Canada hit by ransomware\n\nNintendo Canada, a "
        "subsidiary of Nintendo, said on April 11 that it was attacked in "
        "February. Nintendo said on April 9 that it had restored its "
        "systems.",
        "Nintendo Canada, a subsidiary of Nintendo, said on April 11 that "
        "it was attacked in February. Nintendo said on April 9 that it had "
        "restored its systems."};
    for (size_t i = 0; i < sizeof apart / sizeof *apart; i++) {
        text_src a[] = {{MT_KIND_MEDIA, "Wire", "2022-04-12", "en", apart[i]}};
        d = draft(a, 1);
        assert_non_null(event(d, "任天堂", "2022-04-09", MT_EVENT_REMEDIATION));
        assert_null(
            event(d, "Nintendo Canada", "2022-04-09", MT_EVENT_REMEDIATION));
        mt_dossier_free(d);
    }
    /* A name of the group that holds a kind word ("Honda Motor Co., Ltd.")
     * is the group's. */
    text_src h[] = {{MT_KIND_MEDIA, "Wire", "2022-04-12", "en",
                     "Honda Canada hit by ransomware\n\nHonda Canada said on "
                     "April 11 that it was attacked in February. Honda Motor "
                     "Co., Ltd. said on April 8 that it had set up a response "
                     "team. Honda said on April 9 that it had restored its "
                     "systems."},
                    {MT_KIND_MEDIA, "Courier", "2022-04-13", "en",
                     "Honda said on April 10 that it had notified the "
                     "police."}};
    d = draft(h, 2);
    assert_non_null(
        event(d, "Honda Canada", "2022-04-09", MT_EVENT_REMEDIATION));
    assert_null(event(d, "Honda Canada", "2022-04-08", MT_EVENT_DISCLOSURE));
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
        /* a scale is a whole number of base units and the base unit */
        {"draft_counts.tsv",
         "word\tcounts\tscale\nMB\tdata\t1 MB\nGB\tdata\t1000\n", 3},
        {"draft_counts.tsv", "word\tcounts\tscale\nKB\tdata\t0.001 MB\n", 2},
        /* a measure's rows share one base unit; a count has none */
        {"draft_counts.tsv",
         "word\tcounts\tscale\nMB\tdata\t1 MB\nKB\tdata\t1 KB\n", 3},
        {"draft_counts.tsv",
         "word\tcounts\tscale\nMB\tdata\t1 MB\nbytes\tdata\t-\n", 3},
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
        /* a gap stands between two words, once, and in Japanese only
         * in a report (the day news puts between its words) */
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

/* draft_orgtab_load refuses file holding text, beside the real
 * organisation lists: MT_ERR_INPUT naming the file at line and saying
 * what. */
static void orgtab_refused(const char *file, const char *text, long line,
                           const char *what)
{
    static const char *const lists[] = {
        "orgs.tsv",        "orgs_public.tsv",  "orgs_media.tsv",
        "orgs_actors.tsv", "orgs_vendors.tsv", "orgs_edinet.tsv",
        "org_forms.tsv",   "kana.tsv",         "kana_variants.tsv",
        "seats.tsv",       "legal_forms.tsv",  "org_generic.tsv"};
    const char *data = getenv("MATOME_DATA");
    assert_non_null(data);
    char dir[64];
    data_file(dir, file, text);
    for (size_t k = 0; k < sizeof lists / sizeof lists[0]; k++) {
        if (strcmp(lists[k], file) == 0)
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
    assert_int_equal(err.line, line);
    assert_non_null(strstr(err.where, file));
    assert_non_null(strstr(err.message, what));
    for (size_t k = 0; k < sizeof lists / sizeof lists[0]; k++) {
        char to[128];
        snprintf(to, sizeof to, "%s/%s", dir, lists[k]);
        remove(to);
    }
    rmdir(dir);
}

/* The same for the organisation table's two-column files (read by
 * draft_orgtab_load beside the real organisation lists): a bad kind, an
 * empty word, an empty romaji; and for a group's sponsor (orgs_actors.tsv
 * column for), an empty one or one no table names. */
static void test_stages__bad_orgtab_rows(void **state)
{
    (void)state;
    orgtab_refused("org_forms.tsv",
                   "form\tkind\n病院\thospital\n工業\tfactory\n", 3,
                   "unknown kind");
    orgtab_refused("seats.tsv", "word\tkind\n市\tplace\n\thead\n", 3,
                   "empty seat word");
    orgtab_refused("kana.tsv", "kana\tromaji\nア\ta\nイ\t\n", 3,
                   "empty kana or romaji");
    orgtab_refused("kana_variants.tsv", "variant\tstandard\nヴ\tブ\n\tバ\n", 3,
                   "empty variant");
    orgtab_refused("kana_variants.tsv", "variant\tstandard\nヴ\tブ\nヴ\tブウ\n",
                   3, "standard longer than its variant");
    orgtab_refused("kana_variants.tsv", "variant\tstandard\nヴ\tブ\nV\tB\n", 3,
                   "variant not in kana");
    orgtab_refused("orgs_actors.tsv",
                   "canonical\taliases\tkind\tfor\nTick\t\tattacker\t-\n"
                   "APT10\t\tattacker\t\n",
                   3, "empty for");
    orgtab_refused("orgs_actors.tsv",
                   "canonical\taliases\tkind\tfor\nTick\t\tattacker\t"
                   "キリ軍\n",
                   2, "which no organisation table names");
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
    /* 「Aの子会社であるBは」: B, the topic the sentence is about, is whom
     * 同社 stands for next, though a link word comes before it and the
     * headline named B before A; a page's category labels (インシデント・
     * 事故) report nothing */
    text_src k[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2021-06-17", "ja",
         "ヒバリペイにランサムウェア攻撃\n\n神戸製鋼所の100%子会社"
         "であるヒバリペイ株式会社は6月16日、サーバーに不正アクセス"
         "があったと発表した。\n\nインシデント・事故 インシデント・"
         "情報漏えい\n\n同社では4月2日にシステムの停止を検知した。"}};
    d = draft(k, 1);
    assert_non_null(event(d, "ヒバリペイ", "2021-04-02", MT_EVENT_DETECTION));
    assert_int_equal(events_of(d, "神戸製鋼所", MT_EVENT_DETECTION), 0);
    assert_int_equal(events_of(d, "ヒバリペイ", MT_EVENT_LEAK_POSSIBLE), 0);
    mt_dossier_free(d);
    /* a subsidiary named after a link word as the topic of what it was
     * spared is not whom 同社 stands for next */
    k[0].text = "神戸製鋼所は16日、ランサムウェア攻撃を受けたと発表した。子"
                "会社のヒバリペイ株式会社は被害を受けていないという。同社は15"
                "日にシステムの停止を検知した。";
    d = draft(k, 1);
    assert_non_null(event(d, "神戸製鋼所", "2021-06-15", MT_EVENT_DETECTION));
    assert_int_equal(events_of(d, "ヒバリペイ", MT_EVENT_DETECTION), 0);
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
    /* 台 counts devices as a figure's own counter only: the 台 of 台帳
     * near a figure of records is none */
    text_src g2[] = {{MT_KIND_MEDIA, "毎朝新聞", "2022-06-24", "ja",
                      "ヒバリペイ株式会社は23日、住民基本台帳の情報約36万件が"
                      "流出した可能性があると発表した。"}};
    d = draft(g2, 1);
    for (size_t i = 0; i < d->nclaims; i++)
        if (d->claims[i].has_quantity && d->claims[i].quantity.counts)
            assert_string_not_equal(d->claims[i].quantity.counts, "devices");
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

/* 「米Kamome Works社は」: a Latin name before 社 is a company, 社 left
 * out (two letters are enough: 「QR社」); 「B社」 keeps its name back and
 * 「Kiri社員」 is a staff member. */
static void test_stages__a_latin_name_and_sha(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2023-12-20", "ja",
                     "米Kamome Works社は12日、ランサムウェア攻撃を受けたと発表"
                     "した。QR社でも不正アクセスがあった。Kiri社員が10日に不正"
                     "アクセスを検知した。"
                     "B社も調べている。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "Kamome Works", "2023-12-12", MT_EVENT_DISCLOSURE));
    assert_non_null(org_named(d, "QR"));
    assert_null(org_named(d, "Kiri"));
    assert_null(org_named(d, "B"));
    mt_dossier_free(d);
    /* a space before 社 is no part of the name; a lower-case start
     * (「eBay社」) is read whole or not at all, and so is a name past
     * the longest one read */
    t[0].text = "米Kamome Works 社は12日、ランサムウェア攻撃を受けたと発表"
                "した。eBay社でも12日に不正アクセスがあった。米Kamome "
                "Hibari Tsugumi Umeda Yanagi Development社でも12日に不正"
                "アクセスがあった。";
    d = draft(t, 1);
    assert_non_null(
        event(d, "Kamome Works", "2023-12-12", MT_EVENT_DISCLOSURE));
    assert_null(org_named(d, "Bay"));
    assert_null(org_named(d, "Tsugumi Umeda Yanagi Development"));
    assert_null(org_named(d, "Hibari Tsugumi Umeda Yanagi Development"));
    mt_dossier_free(d);
}

/* A company's web shop by its domain (「ウメ屋.JP」) is the company,
 * the way its name with a trade word is. */
static void test_stages__a_shop_by_its_domain(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2025-08-09", "ja",
                     "通販大手の「ウメ屋.JP」で不正アクセスが発生した。株式会社"
                     "ウメ屋は9日、カード情報が流出した可能性があると明らか"
                     "にした。"}};
    mt_dossier *d = draft(t, 1);
    const mt_dossier_org *o = org_named(d, "ウメ屋");
    assert_non_null(o);
    assert_ptr_equal(org_named(d, "ウメ屋.JP"), o);
    mt_dossier_free(d);
}

/* Two sources spell one company's loanword two ways (ファイナンシャル,
 * フィナンシャル; コンピューター, コンピュータ): one organisation with
 * both spellings.  A long-vowel mark inside a word is part of it (サーモ
 * is not サモ). */
static void test_stages__spelling_variants(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-03-13", "ja",
                     "ミドリファイナンシャルサービスは12日、不正アクセスを受け"
                     "たと発表した。カモメコンピューター株式会社は11日、不正"
                     "アクセスを検知したと明らかにした。サーモ技研は11日、"
                     "不正アクセスを検知したと発表した。"},
                    {MT_KIND_MEDIA, "夕刊報知", "2024-03-14", "ja",
                     "ミドリフィナンシャルサービスは13日、顧客情報が流出した"
                     "可能性があると発表した。株式会社カモメコンピュータは"
                     "13日、被害を確認したと明らかにした。サモ技研は13日、"
                     "不正アクセスを検知したと発表した。"}};
    mt_dossier *d = draft(t, 2);
    const mt_dossier_org *o = org_named(d, "ミドリファイナンシャルサービス");
    assert_non_null(o);
    assert_ptr_equal(org_named(d, "ミドリフィナンシャルサービス"), o);
    const mt_dossier_org *k = org_named(d, "カモメコンピューター");
    assert_non_null(k);
    assert_ptr_equal(org_named(d, "株式会社カモメコンピュータ"), k);
    const mt_dossier_org *s = org_named(d, "サーモ技研");
    assert_non_null(s);
    assert_non_null(org_named(d, "サモ技研"));
    assert_ptr_not_equal(org_named(d, "サモ技研"), s);
    mt_dossier_free(d);
    /* A table's name spelled the other way, in either order: the
     * table's organisation, its name and its other names. */
    for (int order = 0; order < 2; order++) {
        text_src u[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-03-12", "ja",
                         "GMOファイナンシャルホールディングスは12日、不正"
                         "アクセスを受けたと発表した。"},
                        {MT_KIND_MEDIA, "夕刊報知", "2024-03-14", "ja",
                         "GMOフィナンシャルホールディングスは13日、顧客情報が"
                         "流出した可能性があると発表した。"}};
        if (order) {
            u[0].date = "2024-03-14";
            u[1].date = "2024-03-12";
        }
        d = draft(u, 2);
        o = org_named(d, "GMOフィナンシャルホールディングス");
        assert_non_null(o);
        assert_string_equal(o->name, "GMOフィナンシャルホールディングス");
        assert_ptr_equal(org_named(d, "GMOファイナンシャルホールディングス"),
                         o);
        assert_ptr_equal(org_named(d, "Gmo Financial Holdings"), o);
        mt_dossier_free(d);
    }
}

/* The comparison itself, with and without the variant table. */
static void test_stages__same_spelling(void **state)
{
    (void)state;
    draft_orgtab t;
    mt_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(draft_orgtab_load(&t, getenv("MATOME_DATA"), &err), MT_OK);
    static const struct {
        const char *a, *b;
        bool same, same_bare; /* with the table, without */
    } cases[] = {
        {"Kamome Works", "KAMOME works", true, true},
        {"Kamome Works", "Kamome Work", false, false},
        {"ヴァイオ精機", "バイオ精機", true, false},
        {"ミドリソフトウェア", "ミドリソフトウエア", true, false},
        {"セブン・ペイ", "セブンペイ", true, false},
        {"カモメサーバー", "カモメサーバ", true, true},
        {"コンピューター社", "コンピュータ社", true, true},
        {"サーモ技研", "サモ技研", false, false},
        {"ツグミ", "ツグミー", true, true},
        {"ツグミ", "ツグミーー", true, true},
        /* a word's ー before ・ ends it all the same; after a kanji or a
         * letter it is no long vowel of a katakana word */
        {"スーパー・マーケット", "スーパーマーケット", true, false},
        {"日立ー", "日立", false, false},
        /* ファイン and フィン are two words (only ファイナン varies) */
        {"ファインズ", "フィンズ", false, false},
        {"ツグミ", "ツグ", false, false},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *a = cases[i].a, *b = cases[i].b;
        assert_int_equal(draft_same_spelling(&t, a, strlen(a), b, strlen(b)),
                         cases[i].same);
        assert_int_equal(draft_same_spelling(&t, b, strlen(b), a, strlen(a)),
                         cases[i].same);
        assert_int_equal(draft_same_spelling(NULL, a, strlen(a), b, strlen(b)),
                         cases[i].same_bare);
    }
    draft_orgtab_free(&t);
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

/* A professional firm's legal form opens its name as 株式会社 does
 * (税理士法人カモメ会計事務所 is カモメ会計事務所, never 税理士法人); a
 * definition's verb is no part of the short name it gives (「（以下、当
 * グループとします。）」), and 当グループ is a release's word for its own
 * group, no alias. */
static void test_stages__firms_and_their_groups(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2024-07-10", "ja",
         "ツグミ損保株式会社は10日、委託先である税理士法人カモメ会計事務所"
         "のサーバーが攻撃を受けたと発表した。"},
        {MT_KIND_MEDIA, "ヒタキ通信", "2024-06-10", "ja",
         "6月4日夜に税理士法人カモメ会計事務所及び監査法人ヒバリ（以下、当"
         "グループとします。）のデータ管理サーバにおいてアラートが発生しま"
         "した。当グループは直ちにサーバを隔離しました。"}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(org_named(d, "カモメ会計事務所"));
    assert_null(org_named(d, "税理士法人"));
    assert_null(org_named(d, "当グループとします。"));
    assert_null(org_named(d, "当グループとします"));
    assert_null(org_named(d, "当グループ"));
    mt_dossier_free(d);
    /* each verb of a definition (draft_cues.tsv define_verb) is left out
     * of the short name it defines */
    static const char *const defined[] = {
        "ツグミ損保株式会社（以下、ツグミとします。）は10日、攻撃を受けたと"
        "発表した。ツグミは11日に復旧した。",
        "ツグミ損保株式会社（以下、ツグミといいます。）は10日、攻撃を受けた"
        "と発表した。ツグミは11日に復旧した。",
        "ツグミ損保株式会社（以下、ツグミとする。）は10日、攻撃を受けたと発"
        "表した。ツグミは11日に復旧した。",
        "ツグミ損保株式会社（以下、ツグミという。）は10日、攻撃を受けたと発"
        "表した。ツグミは11日に復旧した。"};
    text_src dt[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-07-12", "ja", NULL}};
    for (size_t i = 0; i < sizeof defined / sizeof *defined; i++) {
        dt[0].text = defined[i];
        d = draft(dt, 1);
        assert_non_null(
            event(d, "ツグミ損保", "2024-07-11", MT_EVENT_REMEDIATION));
        const mt_dossier_org *o = org_named(d, "ツグミ損保");
        assert_non_null(o);
        bool alias = false;
        for (size_t k = 0; k < o->naliases; k++) {
            assert_null(strstr(o->aliases[k], "ツグミと"));
            alias = alias || strcmp(o->aliases[k], "ツグミ") == 0;
        }
        assert_true(alias);
        mt_dossier_free(d);
    }
    /* in the firm's own notice, 当グループ is the firm that speaks */
    text_src u[] = {t[1]};
    u[0].kind = MT_KIND_OFFICIAL;
    u[0].publisher = "カモメ会計事務所";
    d = draft(u, 1);
    assert_int_equal(events_of(d, "カモメ会計事務所", MT_EVENT_CONTAINMENT), 1);
    mt_dossier_free(d);
}

/* A city a suspect lives in is no party: 「宇都宮市の少年」 locates the
 * young man (draft_cues.tsv located), and the city's reading is the
 * place's name in English ("an 18-year-old from Utsunomiya"), not the
 * city's, which English writes "Utsunomiya City". */
static void test_stages__a_place_of_residence(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2019-03-14", "ja",
         "宇都宮市の少年が、暗号資産サービスに不正アクセスし、コインを盗ん"
         "だ疑いがある。警視庁は14日、少年を書類送検した。"},
        {MT_KIND_MEDIA, "Kite Daily", "2019-03-15", "en",
         "Kite Wallet Inc. said on 14 March that hackers had stolen "
         "coins from its users. An 18-year-old from Utsunomiya, Tochigi, "
         "was charged with the theft."}};
    mt_dossier *d = draft(t, 1);
    assert_null(org_named(d, "宇都宮市"));
    mt_dossier_free(d);
    d = draft(t, 2);
    assert_int_not_equal(role_of(d, "Kite Wallet Inc."), -1);
    assert_null(org_named(d, "宇都宮市"));
    mt_dossier_free(d);
    /* a company whose name ends as a place's keeps its reading */
    text_src w[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-05-10", "ja",
                     "ツグミ鉄道は9日、不正アクセスを受けたと発表した。"},
                    {MT_KIND_MEDIA, "Kite Daily", "2024-05-10", "en",
                     "Tsugumi said on 9 May that hackers had broken into its "
                     "booking site."}};
    d = draft(w, 2);
    const mt_dossier_event *said =
        event(d, "ツグミ鉄道", "2024-05-09", MT_EVENT_DISCLOSURE);
    assert_non_null(said);
    assert_int_equal(said->cites.count, 2);
    mt_dossier_free(d);
    /* a body's own staff and machines: the located word's noun goes on
     * (男性職員, 本部サーバー), and an institute is no place */
    static const char *const own[][2] = {
        {"静岡県",
         "静岡県の男性職員のパソコンがウイルスに感染し、個人情報が流出"
         "した可能性があることが分かった。"},
        {"大阪府", "大阪府の本部サーバーが不正アクセスを受けたことが分かった"
                   "。"},
        {"理化学研究所", "理化学研究所にあるサーバーが不正アクセスを受けたこ"
                         "とが分かった。"}};
    text_src v[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-05-10", "ja", NULL}};
    for (size_t i = 0; i < sizeof own / sizeof *own; i++) {
        v[0].text = own[i][1];
        d = draft(v, 1);
        assert_int_equal(role_of(d, own[i][0]), MT_ROLE_VICTIM);
        mt_dossier_free(d);
    }
}

/* A body named as the place where something stands is no party:
 * 「福井県敦賀市にある」, 「茨城県の本部で」 (a located word after の), and
 * in English "in Tsuruga City in Fukui Prefecture" (a place's body by its
 * last word, with nothing located named before it). */
static void test_stages__bodies_named_as_places(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2014-01-07", "ja",
                     "福井県敦賀市にある研究炉の制御室のパソコンが外部から不"
                     "正なアクセスを受け、情報が漏れた可能性があることが分か"
                     "った。ツグミ研究機構が6日発表した。2012年11月にも、"
                     "茨城県の本部でウイルス感染が発覚している。"}};
    mt_dossier *d = draft(t, 1);
    assert_int_equal(role_of(d, "ツグミ研究機構"), MT_ROLE_VICTIM);
    assert_true(org_named(d, "敦賀市") == NULL ||
                role_of(d, "敦賀市") != MT_ROLE_VICTIM);
    assert_true(org_named(d, "茨城県") == NULL ||
                role_of(d, "茨城県") != MT_ROLE_VICTIM);
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "Kite Daily", "2014-01-07", "en",
                     "It has been revealed that a control-room computer of "
                     "the Kiri reactor in Tsuruga City in Fukui Prefecture "
                     "could have been entered without permission. The "
                     "Japan Atomic Energy Agency said on Monday that data "
                     "may have leaked."}};
    d = draft(u, 1);
    assert_null(org_named(d, "福井県"));
    mt_dossier_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stages__opening_word_of_a_group),
        cmocka_unit_test(test_stages__spelling_variants),
        cmocka_unit_test(test_stages__same_spelling),
        cmocka_unit_test(test_stages__regional_units),
        cmocka_unit_test(test_stages__regional_units_described),
        cmocka_unit_test(test_stages__short_ending),
        cmocka_unit_test(test_stages__unit_named_after_its_parent),
        cmocka_unit_test(test_stages__unit_of_a_learnt_name),
        cmocka_unit_test(test_stages__names_outside_the_tables),
        cmocka_unit_test(test_stages__one_organisation_many_names),
        cmocka_unit_test(test_stages__police_abroad_and_a_named_group),
        cmocka_unit_test(test_stages__short_surface_of_two_names),
        cmocka_unit_test(test_stages__short_surface_of_a_unit),
        cmocka_unit_test(test_stages__one_unit_many_names),
        cmocka_unit_test(test_stages__regional_units_short_forms),
        cmocka_unit_test(test_stages__unit_before_its_group),
        cmocka_unit_test(test_stages__bad_data_rows),
        cmocka_unit_test(test_stages__bad_orgtab_rows),
        cmocka_unit_test(test_stages__table_name_the_format_cannot_carry),
        cmocka_unit_test(test_stages__a_loanword_name),
        cmocka_unit_test(test_stages__group_and_shops),
        cmocka_unit_test(test_stages__called_by_its_short_name),
        cmocka_unit_test(test_stages__latin_short_name),
        cmocka_unit_test(test_stages__parent_named_after_of),
        cmocka_unit_test(test_stages__masthead_is_no_subject),
        cmocka_unit_test(test_stages__company_in_a_name),
        cmocka_unit_test(test_stages__a_latin_name_and_sha),
        cmocka_unit_test(test_stages__a_shop_by_its_domain),
        cmocka_unit_test(test_stages__firms_and_their_groups),
        cmocka_unit_test(test_stages__a_place_of_residence),
        cmocka_unit_test(test_stages__bodies_named_as_places),
    };
    return cmocka_run_group_tests_name("draft_orgs", tests, stages_setup,
                                       stages_teardown);
}
