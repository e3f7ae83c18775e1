/*
 * The draft's stages on the role each organisation plays, on invented
 * sentences in the shape of real news: the victim, the authorities
 * told, the outlets credited with a report, the attacker.  "Cause N" is
 * the Nth way the draft failed on real news (issue 9).  Helpers in
 * stages.c.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "matome/dossier.h"

#include "stages.h"

#include <string.h>

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

/* Cause 10 and the rest: a draft that finds no victim says so. */
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

/* An outlet credited by its verb: "Reuters reported that" (a verb of
 * reporting needs no day, "stated that" does), "..., says Reuters." after
 * what it reports, and an informant cue before words that describe the
 * outlet ("according to a report by UK-based broadcaster BBC"), which
 * keeps the outlet out of what the sentence tells; a clause after the
 * cue is no description ("told the publication that Kite Clinic ..."). */
static void test_stages__outlets_credited_by_their_verbs(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Kite Daily", "2024-05-10", "en",
                     "Kite Clinic said on 2 May that its patient portal was "
                     "hacked. The clinic gave no total, but Reuters reported "
                     "that 280,000 patients were affected."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "Reuters", "2024-05-10", MT_EVENT_MEDIA_REPORT));
    mt_dossier_free(d);
    t[0].text = "Kite Clinic said on 2 May that its patient portal was "
                "hacked. The clinic gave no total, but Reuters stated that "
                "such attacks are rising.";
    d = draft(t, 1);
    assert_int_equal(events_of(d, "Reuters", MT_EVENT_MEDIA_REPORT), 0);
    mt_dossier_free(d);
    t[0].text = "Kite Clinic said on 2 May that its patient portal was "
                "hacked.\nKite Clinic has refused to pay, restoring its "
                "systems from backups instead, says Reuters.";
    d = draft(t, 1);
    assert_non_null(event(d, "Reuters", "2024-05-10", MT_EVENT_MEDIA_REPORT));
    mt_dossier_free(d);
    /* a verb of reporting with an object */
    t[0].text = "Kite Clinic said on 2 May that its patient portal was "
                "hacked. The clinic gave no total, but Reuters reported a "
                "breach of 280,000 records.";
    d = draft(t, 1);
    assert_non_null(event(d, "Reuters", "2024-05-10", MT_EVENT_MEDIA_REPORT));
    mt_dossier_free(d);
    /* "told" with no "that": the name begins what was told */
    t[0].text = "Police told reporters Hibari Bank Ltd. was breached on 3 "
                "May.";
    d = draft(t, 1);
    assert_int_equal(role_of(d, "Hibari Bank Ltd."), MT_ROLE_VICTIM);
    assert_int_equal(events_of(d, "Hibari Bank Ltd.", MT_EVENT_DISCLOSURE), 0);
    mt_dossier_free(d);
    /* a chief security officer is no outlet */
    t[0].text = "Kite Clinic was hit by ransomware on 3 May, its CSO said on "
                "Thursday.";
    d = draft(t, 1);
    assert_null(org_named(d, "CSO Online"));
    mt_dossier_free(d);
    t[0].text = "Kite Clinic said on 2 May that its patient portal was "
                "hacked.\nAccording to a report by UK-based broadcaster "
                "BBC, Kite Clinic has restored its systems.";
    d = draft(t, 1);
    assert_non_null(event(d, "BBC", "2024-05-10", MT_EVENT_MEDIA_REPORT));
    assert_int_equal(events_of(d, "BBC", MT_EVENT_REMEDIATION), 0);
    mt_dossier_free(d);
    t[0].text = "Kite Clinic said on 2 May that its patient portal was "
                "hacked.\nAn analyst told the publication that Kite Clinic "
                "had restored its systems.";
    d = draft(t, 1);
    assert_int_equal(events_of(d, "Kite Clinic", MT_EVENT_DISCLOSURE), 1);
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
    /* so is a referral to prosecutors (書類送検) */
    text_src r[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-05-25", "ja",
                     "ツグミ製菓株式会社は5月10日、不正アクセスを受けたと発表"
                     "した。大阪府警は5月22日、同社の元社員を不正アクセス禁止"
                     "法違反の疑いで書類送検した。"}};
    d = draft(r, 1);
    assert_non_null(event(d, "大阪府警", "2024-05-22", MT_EVENT_INVESTIGATION));
    assert_int_equal(events_of(d, "ツグミ製菓", MT_EVENT_INVESTIGATION), 0);
    mt_dossier_free(d);
    /* told of the suspect, the police's as well */
    text_src rp[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-05-25", "ja",
                      "ツグミ製菓株式会社は5月10日、不正アクセスを受けたと発表"
                      "した。5月22日、元社員が書類送検された。"}};
    d = draft(rp, 1);
    assert_non_null(event(d, "警察", "2024-05-22", MT_EVENT_INVESTIGATION));
    assert_int_equal(events_of(d, "ツグミ製菓", MT_EVENT_INVESTIGATION), 0);
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stages__references_to_other_outlets),
        cmocka_unit_test(test_stages__police_deeds),
        cmocka_unit_test(test_stages__outlets_credited_by_their_verbs),
        cmocka_unit_test(test_stages__told_a_list_of_authorities),
        cmocka_unit_test(test_stages__outlets_credited_in_other_forms),
        cmocka_unit_test(test_stages__attack_on_a_system_owner),
        cmocka_unit_test(test_stages__outlet_recalls_its_own_report),
        cmocka_unit_test(test_stages__roles_from_the_text),
        cmocka_unit_test(test_stages__no_victim_is_said),
        cmocka_unit_test(test_stages__a_contractors_clients),
        cmocka_unit_test(test_stages__a_section_of_the_police),
        cmocka_unit_test(test_stages__a_list_of_victims),
        cmocka_unit_test(test_stages__a_client_announces),
        cmocka_unit_test(test_stages__outlet_credited_last),
        cmocka_unit_test(test_stages__no_attacker_discloses),
        cmocka_unit_test(test_stages__groups_claim_a_leak),
        cmocka_unit_test(test_stages__cleft_victim),
        cmocka_unit_test(test_stages__the_victim_left_unnamed),
    };
    return cmocka_run_group_tests_name("draft_roles", tests, stages_setup,
                                       stages_teardown);
}
