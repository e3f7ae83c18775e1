/*
 * The draft's stages on whose word a sentence gives, on invented
 * sentences in the shape of real ransomware news: a group's own word is
 * its claim, a group the source only describes is the incident's
 * attacker, what a group did to its victim is the victim's, and an outlet
 * the source cites made a report of its own.  Helpers in stages.c.
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

/* "X says": an attacker's word is its claim, dated by the source when
 * undated; anyone else's hearsay, or a "said" inside a clause about what
 * the group did, is none. */
static void test_voices__a_group_says(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2024-05-20", "en",
                     "The LockBit gang says Umeda Clinic paid $30,000 in "
                     "ransom. An analyst says the payment could not be "
                     "verified."}};
    mt_dossier *d = draft(t, 1);
    const mt_dossier_event *e =
        event(d, "LockBit", "2024-05-20", MT_EVENT_ATTRIBUTION);
    assert_non_null(e);
    /* The thousands comma is no clause end. */
    assert_non_null(strstr(e->text, "$30,000"));
    assert_int_equal(events_of(d, "LockBit", MT_EVENT_ATTRIBUTION), 1);
    mt_dossier_free(d);

    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2024-05-20", "en",
                     "A gang calling itself Karasu listed Umeda Clinic on its "
                     "leak site on May 2 and posted files it said were taken "
                     "from the clinic."}};
    d = draft(u, 1);
    assert_int_equal(events_of(d, "Karasu", MT_EVENT_ATTRIBUTION), 0);
    mt_dossier_free(d);

    /* the spellings outlets use (data/orgs_actors.tsv): "Clop" is Cl0p */
    text_src w[] = {{MT_KIND_MEDIA, "Wire", "2024-05-20", "en",
                     "Umeda Clinic said the Clop ransomware group stole "
                     "patient files."}};
    d = draft(w, 1);
    assert_int_equal(role_of(d, "Cl0p"), MT_ROLE_ATTACKER);
    mt_dossier_free(d);

    /* A group already named before "group named" names a victim with
     * it: the verb, not the name the group goes by. */
    text_src v[] = {{MT_KIND_MEDIA, "Wire", "2024-05-20", "en",
                     "The notice came after the Clop (aka Cl0p) cybercrime "
                     "group named Umeda Clinic on its leak site. Umeda "
                     "Clinic said patient files were stolen."}};
    d = draft(v, 1);
    assert_int_equal(role_of(d, "Umeda Clinic"), MT_ROLE_VICTIM);
    assert_int_equal(role_of(d, "Cl0p"), MT_ROLE_ATTACKER);
    mt_dossier_free(d);
    /* An article before the noun begins a description of its own: the
     * name after the cue is the group's. */
    text_src x[] = {{MT_KIND_MEDIA, "Wire", "2024-05-20", "en",
                     "Umeda Clinic was hit by a ransomware group named "
                     "Karasu Team, which stole patient files."}};
    d = draft(x, 1);
    assert_int_equal(role_of(d, "Karasu Team"), MT_ROLE_ATTACKER);
    assert_int_equal(role_of(d, "Umeda Clinic"), MT_ROLE_VICTIM);
    mt_dossier_free(d);
    /* Short words between a group and the cue ("and a") are no
     * description of that group. */
    text_src y[] = {{MT_KIND_MEDIA, "Wire", "2024-05-20", "en",
                     "LockBit and a group called Karasu Team both claimed "
                     "the attack on Umeda Clinic."}};
    d = draft(y, 1);
    assert_int_equal(role_of(d, "Karasu Team"), MT_ROLE_ATTACKER);
    mt_dossier_free(d);
    /* Any organisation's group named before the verb: a company group
     * that names its new head names no attacker. */
    y[0].text = "After the attack, the Hibari Corp. group named Umeda "
                "Clinic's director as its new security chief.";
    d = draft(y, 1);
    assert_int_not_equal(role_of(d, "Umeda Clinic"), MT_ROLE_ATTACKER);
    mt_dossier_free(d);
    /* Nor are two words of a clause of its own; and "known as" is
     * never a verb. */
    y[0].text = "LockBit blamed another group called Karasu Team for the "
                "attack on Umeda Clinic.";
    d = draft(y, 1);
    assert_int_equal(role_of(d, "Karasu Team"), MT_ROLE_ATTACKER);
    mt_dossier_free(d);
    y[0].text = "The BlackCat ransomware group known as Karasu Team stole "
                "files from Umeda Clinic.";
    d = draft(y, 1);
    assert_int_equal(role_of(d, "Karasu Team"), MT_ROLE_ATTACKER);
    mt_dossier_free(d);
}

/* "the group" is the attacker where it claims ("claiming"), and a date
 * right before that verb is the claim's too; elsewhere ("the group's
 * operations") it is nobody's. */
static void test_voices__the_group_claims(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2024-06-28", "en",
         "A hacking group called BlackSuit attacked Kadokawa this month. "
         "The group put a notice on its leak site on Thursday claiming "
         "that it had got into Kadokawa's servers. "
         "Kadokawa says the outage hit the group's operations."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "BlackSuit", "2024-06-27", MT_EVENT_ATTRIBUTION));
    assert_int_equal(role_of(d, "BlackSuit"), MT_ROLE_ATTACKER);
    assert_int_equal(role_of(d, "KADOKAWA"), MT_ROLE_VICTIM);
    assert_int_equal(events_of(d, "BlackSuit", MT_EVENT_ATTRIBUTION), 1);
    mt_dossier_free(d);

    /* What the group took is the victim's leak, the victim named after
     * the verb. */
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2024-06-28", "en",
                     "The BlackSuit gang stole data from Kadokawa on June "
                     "8."}};
    d = draft(u, 1);
    assert_non_null(event(d, "KADOKAWA", "2024-06-08", MT_EVENT_LEAK_POSSIBLE));
    assert_int_equal(events_of(d, "BlackSuit", MT_EVENT_LEAK_POSSIBLE), 0);
    mt_dossier_free(d);

    /* Two groups in one sentence: a claim is the group's whose name
     * stands right before it ("the Akira ransomware claim", "Akira's
     * claim", 「BlackSuitの犯行声明」), not the first one named. */
    text_src w[] = {{MT_KIND_MEDIA, "Wire", "2023-07-28", "en", NULL}};
    static const char *const second[] = {
        "BlackSuit posted its claim on June 14, and the Akira ransomware "
        "claim followed on July 21.",
        "BlackSuit posted its claim on June 14, and Akira ransomware's claim "
        "followed on July 21.",
        "BlackSuit posted its claim on June 14, and Akira ransomware\u2019s "
        "claim followed on July 21."};
    for (size_t i = 0; i < sizeof second / sizeof *second; i++) {
        w[0].text = second[i];
        d = draft(w, 1);
        assert_non_null(
            event(d, "Akira ransomware", "2023-07-21", MT_EVENT_ATTRIBUTION));
        assert_null(event(d, "BlackSuit", "2023-07-21", MT_EVENT_ATTRIBUTION));
        mt_dossier_free(d);
    }
    /* A claim told in the passive (「…によって主張され」), in a clause
     * before the threat that follows it: the claim is made, not
     * threatened. */
    text_src q[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-10-15", "ja",
                     "梅田医院は5日、ランサムウェア攻撃を受けたと発表した。"
                     "10月10日、この攻撃はLockBitによって主張され、身代金を"
                     "支払わない限り診療記録を開示すると脅迫された。"}};
    d = draft(q, 1);
    assert_non_null(event(d, "LockBit", "2024-10-10", MT_EVENT_ATTRIBUTION));
    assert_non_null(event(d, "LockBit", "2024-10-10", MT_EVENT_OTHER));
    mt_dossier_free(d);
    text_src j[] = {{MT_KIND_MEDIA, "毎朝新聞", "2023-07-28", "ja",
                     "LockBitは6月14日に犯行声明を出し、BlackSuitの犯行声明は"
                     "7月21日に出た。"}};
    d = draft(j, 1);
    assert_non_null(event(d, "BlackSuit", "2023-07-21", MT_EVENT_ATTRIBUTION));
    assert_null(event(d, "LockBit", "2023-07-21", MT_EVENT_ATTRIBUTION));
    mt_dossier_free(d);
}

/* 「5月1日までに払え」: the limit a claim sets is no day it was made
 * (nor last year's May 1); the limit stays a dated fact of the demand. */
static void test_voices__a_deadline(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2021-04-28", "ja",
                     "REvilは「5月1日までに身代金を支払わないとデータを売却する"
                     "」との犯行声明を出した。"}};
    mt_dossier *d = draft(t, 1);
    assert_null(event(d, "REvil", "2021-05-01", MT_EVENT_ATTRIBUTION));
    assert_null(event(d, "REvil", "2020-05-01", MT_EVENT_ATTRIBUTION));
    assert_non_null(event(d, "REvil", "2021-04-28", MT_EVENT_ATTRIBUTION));
    mt_dossier_free(d);
}

/* 「LockBitは7月2日に…流出させたと主張した」: the date next to the
 * claimant is the claim's, across a predicate it claims. */
static void test_voices__the_claimants_date(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-07-05", "ja",
                     "LockBitは7月2日に顧客の情報を流出させたと主張した。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "LockBit", "2024-07-02", MT_EVENT_ATTRIBUTION));
    mt_dossier_free(d);
}

/* A group the source describes without its name (ハッカー集団, 犯罪集団,
 * 当該組織) is the incident's attacker: the one other sources name, when
 * there is exactly one; "unnamed attacker" otherwise, and nowhere when no
 * line or claim needs it. */
static void test_voices__described_not_named(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2022-10-27", "ja",
         "梅田病院を巡り、ロシア拠点のハッカー犯罪集団が「身代金を受け取った」"
         "と主張していることが分かった。"},
        {MT_KIND_MEDIA, "Wire", "2022-10-20", "en",
         "The LockBit gang says it attacked Umeda Hospital in October."}};
    mt_dossier *d = draft(t, 2);
    /* Undated, the claim is the source's news of the day. */
    const mt_dossier_event *e =
        event(d, "LockBit", "2022-10-27", MT_EVENT_ATTRIBUTION);
    assert_non_null(e);
    assert_int_equal(e->cites.count, 1);
    assert_null(org_named(d, "unnamed attacker"));
    mt_dossier_free(d);

    /* Alone, the description is an attacker of its own; told as an
     * earlier statement (していた), its claim has no date. */
    d = draft(t, 1);
    assert_non_null(
        event(d, "unnamed attacker", "2022-10-27", MT_EVENT_ATTRIBUTION));
    assert_int_equal(role_of(d, "unnamed attacker"), MT_ROLE_ATTACKER);
    mt_dossier_free(d);

    text_src u[] = {{MT_KIND_MEDIA, "毎朝新聞", "2022-11-20", "ja",
                     "梅田製作所は11月4日、システム障害が発生したと発表した。"
                     "その後、ハッカー集団が犯行声明を発表していた。"}};
    d = draft(u, 1);
    assert_int_equal(events_of(d, "unnamed attacker", MT_EVENT_ATTRIBUTION), 0);
    assert_null(org_named(d, "unnamed attacker")); /* nothing cites it */
    mt_dossier_free(d);

    /* The description that follows the group's name in its sentence is
     * that group (「Xを名のる犯罪集団」). */
    text_src n[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2020-11-17", "ja",
         "梅田製作所は16日、個人情報が流出した可能性があると発表した。併せて"
         "「Ragnar Locker」を名のるサイバー犯罪集団から身代金を要求されていた"
         "ことも明らかにした。"},
        {MT_KIND_MEDIA, "Wire", "2020-11-18", "en",
         "LockBit claimed on November 17 that it had attacked Umeda "
         "Seisakusho."}};
    d = draft(n, 2);
    assert_null(org_named(d, "unnamed attacker"));
    assert_non_null(
        event(d, "Ragnar Locker", "2020-11-16", MT_EVENT_ATTRIBUTION));
    mt_dossier_free(d);

    /* 「攻撃グループの関与が疑われる」: a description in a sentence
     * where no group claims or demands is no attacker; the suspicion is
     * the victim's claim. */
    text_src w[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2020-02-07", "ja",
         "梅田製作所によると、中国系の攻撃グループの関与が疑われると"
         "いう。"}};
    d = draft(w, 1);
    assert_null(org_named(d, "unnamed attacker"));
    bool claimed = false;
    for (size_t i = 0; i < d->nclaims; i++)
        claimed = claimed || (d->claims[i].category == MT_CLAIM_ATTRIBUTION &&
                              strcmp(d->claims[i].org, "梅田製作所") == 0);
    assert_true(claimed);
    mt_dossier_free(d);
}

/* "Group" in a company's name describes no attacker, and a description
 * beside the group's name is that group; a company is named by its name
 * without グループ too. */
static void test_voices__group_words(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2023-08-21", "en",
         "Japanese watchmaker Tsugumi Group Corp. was struck by ransomware, "
         "and the LockBit gang has claimed it. On August 21, the Russian "
         "crime group, the LockBit gang, claimed the intrusion."}};
    mt_dossier *d = draft(t, 1);
    for (size_t i = 0; i < d->norgs; i++) {
        assert_null(strstr(d->orgs[i].name, "watchmaker"));
        assert_null(strstr(d->orgs[i].name, "cybercrime"));
    }
    assert_int_equal(role_of(d, "LockBit"), MT_ROLE_ATTACKER);
    mt_dossier_free(d);

    text_src u[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2023-08-11", "ja",
         "ツグミグループ株式会社は10日、サーバーに不正アクセスを受けたと発表し"
         "た。"},
        {MT_KIND_MEDIA, "時報通信", "2023-08-23", "ja",
         "ツグミ株式会社は22日、情報が流出した可能性があると発表した。"}};
    d = draft(u, 2);
    assert_non_null(
        event(d, "ツグミグループ", "2023-08-22", MT_EVENT_LEAK_POSSIBLE));
    assert_ptr_equal(org_named(d, "ツグミ"), org_named(d, "ツグミグループ"));
    mt_dossier_free(d);
}

/* What a victim says of the attackers is the victim's claim, and a group
 * named as an attacker is no company "the company" can stand for. */
static void test_voices__the_victims_word(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2023-08-11", "en",
         "Umeda Logistics Co. said on Thursday that the attackers got in "
         "through a flaw in a VPN appliance. A gang calling itself Karasu "
         "listed the firm on its leak site. The leaked files show data has "
         "left the company's network, an analyst said."}};
    mt_dossier *d = draft(t, 1);
    assert_int_equal(role_of(d, "Karasu"), MT_ROLE_ATTACKER);
    for (size_t i = 0; i < d->nclaims; i++)
        assert_string_not_equal(d->claims[i].org, "Karasu");
    assert_int_equal(events_of(d, "Karasu", MT_EVENT_ATTRIBUTION), 0);
    mt_dossier_free(d);
}

/* What an English notice says it did (draft_cues.tsv): "contain the
 * breach" is containment, "working to restore" remediation; files that
 * "contain the names" of people contain nothing away. */
static void test_voices__contain_and_restore(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2024-05-08", "en",
         "Kiri Clinic said on Monday that an outsider had reached its "
         "servers. Its staff moved at once to contain the breach. "
         "Engineers are working to restore the clinic's systems. The "
         "stolen files contain the names of patients."}};
    mt_dossier *d = draft(t, 1);
    assert_int_equal(events_of(d, "Kiri Clinic", MT_EVENT_CONTAINMENT), 1);
    assert_non_null(
        event(d, "Kiri Clinic", "2024-05-06", MT_EVENT_REMEDIATION));
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2024-05-08", "en",
                     "Kiri Clinic said on Monday that an outsider had "
                     "reached its servers. The stolen files contain the "
                     "names of patients."}};
    d = draft(u, 1);
    assert_int_equal(events_of(d, "Kiri Clinic", MT_EVENT_CONTAINMENT), 0);
    mt_dossier_free(d);
}

/* "Confirmed that the intrusion started on June 22 and that staff first
 * detected it on November 11": the detection the clause tells dates the
 * finding; the confirmation is no detection of its own (of the day the
 * intrusion started), nor is it where the intrusion after it has a day
 * of its own. */
static void test_voices__confirmed_with_its_own_detection(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2021-11-29", "en",
         "Kiri Clinic said on Friday that an outsider broke into its "
         "network. A Kiri Clinic spokesperson confirmed that the intrusion "
         "started on June 22 and that staff first detected it on "
         "November 11."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "Kiri Clinic", "2021-11-11", MT_EVENT_DETECTION));
    assert_null(event(d, "Kiri Clinic", "2021-06-22", MT_EVENT_DETECTION));
    mt_dossier_free(d);
    /* "confirmed that a breach occurred on 3 July": the day is the
     * breach's, told in a clause of its own, not the day it was found */
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2022-07-14", "en",
                     "Kiri Clinic was hit by ransomware. The clinic "
                     "confirmed that an intrusion took place on 3 July, "
                     "when an outsider reached its servers."}};
    d = draft(u, 1);
    assert_non_null(
        event(d, "Kiri Clinic", "2022-07-03", MT_EVENT_INTRUSION_START));
    assert_int_equal(events_of(d, "Kiri Clinic", MT_EVENT_DETECTION), 0);
    mt_dossier_free(d);
    /* the detection the clause tells, with no date after the intrusion:
     * the confirmation's own day is no detection's */
    text_src v[] = {{MT_KIND_MEDIA, "Wire", "2021-11-29", "en",
                     "Kiri Clinic said it was hit. A spokesperson confirmed "
                     "on Monday that on November 11 staff detected an "
                     "intrusion."}};
    d = draft(v, 1);
    assert_null(event(d, "Kiri Clinic", "2021-11-29", MT_EVENT_DETECTION));
    mt_dossier_free(d);
}

/* A sentence that tells the attack and names the group behind it by its
 * name is the source's attribution though no claim word says so ("an
 * attack that analysts tied to the LockBit gang"), of the source's day;
 * a group it only describes gives none; a dated statement of an attack
 * it leaves undated, of the statement's day.  「…に対して攻撃を仕掛けた」
 * makes its target a victim. */
static void test_voices__a_group_named_with_the_attack(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2023-06-08", "en",
                     "Kiri Clinic said its servers were breached on June 3 "
                     "in an attack that analysts tied to the LockBit gang."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "Kiri Clinic", "2023-06-03", MT_EVENT_INTRUSION_START));
    assert_non_null(event(d, "LockBit", "2023-06-08", MT_EVENT_ATTRIBUTION));
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2023-06-08", "en",
                     "Kiri Clinic said its servers were breached on June 3 "
                     "in an attack that analysts tied to a criminal gang."}};
    d = draft(u, 1);
    assert_null(org_named(d, "unnamed attacker"));
    mt_dossier_free(d);
    /* a source of no day has no day to give the attribution; a group that
     * is only where the news came from names nobody behind the attack */
    text_src w[] = {{MT_KIND_MEDIA, "Wire", NULL, "en",
                     "Kiri Clinic said its servers were breached on June 3, "
                     "2023 in an attack that analysts tied to the LockBit "
                     "gang."},
                    {MT_KIND_MEDIA, "Wire", "2023-06-08", "en",
                     "According to LockBit's leak site, Kiri Clinic was "
                     "breached on June 3."}};
    d = draft(w, 1);
    assert_int_equal(events_of(d, "LockBit", MT_EVENT_ATTRIBUTION), 0);
    mt_dossier_free(d);
    d = draft(w + 1, 1);
    assert_int_equal(events_of(d, "LockBit", MT_EVENT_ATTRIBUTION), 0);
    mt_dossier_free(d);
    text_src v[] = {{MT_KIND_MEDIA, "毎朝新聞", "2023-11-03", "ja",
                     "ハッカー集団が、ツグミ製菓に対して大規模なランサムウェア"
                     "攻撃を仕掛けたとのニュースが入ってきた。"}};
    d = draft(v, 1);
    assert_int_equal(role_of(d, "ツグミ製菓"), MT_ROLE_VICTIM);
    mt_dossier_free(d);
    /* A dated statement that names the group behind the attack it tells
     * (「10日、LockBitによる…攻撃を受けたと発表」), the attack undated:
     * the group's attribution of the statement's day. */
    text_src x[] = {{MT_KIND_MEDIA, "毎朝新聞", "2023-11-12", "ja",
                     "ツグミ製菓株式会社は10日、LockBitによるランサムウェア"
                     "攻撃を受けたと発表した。"}};
    d = draft(x, 1);
    assert_non_null(event(d, "LockBit", "2023-11-10", MT_EVENT_ATTRIBUTION));
    mt_dossier_free(d);
    /* "attacked by LockBit on June 3": the name before the date is the
     * group behind the attack, not whose attack it is. */
    text_src y[] = {{MT_KIND_MEDIA, "Wire", "2023-06-08", "en",
                     "Kiri Clinic said its servers were attacked by LockBit "
                     "on June 3."}};
    d = draft(y, 1);
    assert_non_null(
        event(d, "Kiri Clinic", "2023-06-03", MT_EVENT_INTRUSION_START));
    assert_int_equal(events_of(d, "LockBit", MT_EVENT_INTRUSION_START), 0);
    mt_dossier_free(d);
}

/* "Dr Ohashi, a reader in security at the University of Kamome,
 * explained that the leak ...": where an expert works is no party to
 * what the sentence tells; words set off by a comma are no title
 * without their "a" (", staff at the University of Kamome said": its
 * own word), nor without the comma that closes them (", a ransomware
 * attack at Hibari Hospital encrypted servers"). */
static void test_voices__an_experts_place_of_work(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2023-11-20", "en",
         "Kiri Clinic said files were stolen. Speaking this week, Dr Ohashi, "
         "a reader in security at the University of Kamome in Japan, "
         "explained that the leak could cost the clinic dearly."}};
    mt_dossier *d = draft(t, 1);
    assert_int_equal(
        events_of(d, "University of Kamome", MT_EVENT_LEAK_POSSIBLE), 0);
    assert_int_not_equal(role_of(d, "University of Kamome"), MT_ROLE_VICTIM);
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2023-11-20", "en",
                     "Kiri Clinic said it was not affected. In a statement, "
                     "staff at the University of Kamome said servers were "
                     "encrypted on November 2."}};
    d = draft(u, 1);
    assert_non_null(
        event(d, "University of Kamome", "2023-11-02", MT_EVENT_DETECTION));
    mt_dossier_free(d);
    /* no closing comma: where it happened, not where someone works */
    text_src w[] = {{MT_KIND_MEDIA, "Wire", "2023-05-08", "en",
                     "Kiri Clinic said it was not affected. Separately, a "
                     "ransomware attack at Hibari Hospital encrypted servers "
                     "on May 3."}};
    d = draft(w, 1);
    assert_non_null(
        event(d, "Hibari Hospital", "2023-05-03", MT_EVENT_DETECTION));
    mt_dossier_free(d);
}

/* 「時事通信によると」, "NHK reported that", 「読売新聞が報じた」, 「(時事
 * 通信の記事)」: the cited outlet's report, on the source's day; the source's
 * own publisher, or a company that reported, is no outlet. */
static void test_voices__outlets_cited(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "朝日新聞", "2022-03-01", "ja",
         "時事通信によると、梅田プレス工業は2月26日にサイバー攻撃を受けた。"
         "朝日新聞の取材に対し、同社は復旧を急いでいると答えた。"},
        {MT_KIND_MEDIA, "Wire", "2022-03-02", "en",
         "NHK reported that Umeda Press disclosed the attack. Umeda Press "
         "reported that its servers were encrypted."}};
    mt_dossier *d = draft(t, 2);
    assert_non_null(event(d, "時事通信", "2022-03-01", MT_EVENT_MEDIA_REPORT));
    assert_non_null(event(d, "NHK", "2022-03-02", MT_EVENT_MEDIA_REPORT));
    assert_int_equal(events_of(d, "朝日新聞", MT_EVENT_MEDIA_REPORT), 0);
    assert_int_equal(events_of(d, "Wire", MT_EVENT_MEDIA_REPORT), 0);
    assert_int_equal(events_of(d, "梅田プレス工業", MT_EVENT_MEDIA_REPORT), 0);
    assert_int_equal(events_of(d, "Umeda Press", MT_EVENT_MEDIA_REPORT), 0);
    mt_dossier_free(d);

    text_src u[] = {{MT_KIND_MEDIA, "毎朝新聞", "2023-11-30", "ja",
                     "梅田機構がサイバー攻撃を受けていたことを読売新聞が報じた"
                     "。"}};
    d = draft(u, 1);
    assert_non_null(event(d, "読売新聞", "2023-11-30", MT_EVENT_MEDIA_REPORT));
    mt_dossier_free(d);

    /* 「NHKが報じ、」 mid-sentence, the outlet whose questions the company
     * answered, and the outlet given a statement, report too */
    text_src w[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2023-12-13", "ja",
         "梅田機構の被害は読売新聞が報じ、同機構は共同通信の問い合わせに対し"
         "事実と認めた。"},
        {MT_KIND_MEDIA, "Wire", "2023-12-14", "en",
         "Umeda Kiko confirmed the attack in a statement to Reuters."}};
    d = draft(w, 2);
    assert_non_null(event(d, "読売新聞", "2023-12-13", MT_EVENT_MEDIA_REPORT));
    assert_non_null(event(d, "共同通信", "2023-12-13", MT_EVENT_MEDIA_REPORT));
    assert_non_null(event(d, "Reuters", "2023-12-14", MT_EVENT_MEDIA_REPORT));
    mt_dossier_free(d);
    /* those words make an outlet a source, nobody else: a statement to
     * the exchange or a reply to the regulator is no report of theirs */
    text_src x[] = {
        {MT_KIND_MEDIA, "Wire", "2023-12-14", "en",
         "Umeda Kiko confirmed the attack in a statement to the Tokyo Stock "
         "Exchange. It confirmed to the Financial Services Agency that data "
         "was stolen."},
        {MT_KIND_MEDIA, "毎朝新聞", "2023-12-13", "ja",
         "梅田機構は金融庁の問い合わせに対し、被害を認めた。"}};
    d = draft(x, 2);
    assert_int_equal(events_of(d, "東京証券取引所", MT_EVENT_DISCLOSURE), 0);
    assert_int_equal(events_of(d, "東京証券取引所", MT_EVENT_MEDIA_REPORT), 0);
    assert_int_equal(events_of(d, "金融庁", MT_EVENT_AUTHORITY_CONFIRMATION),
                     0);
    assert_int_equal(events_of(d, "金融庁", MT_EVENT_MEDIA_REPORT), 0);
    mt_dossier_free(d);

    /* 「(時事通信の記事)」: a link to an outlet's article is its report */
    text_src v[] = {
        {MT_KIND_BLOG, "ミサゴ通信", "2023-12-01", "ja",
         "梅田機構は不正アクセスの被害を公表した(時事通信の記事)。"}};
    d = draft(v, 1);
    assert_non_null(event(d, "時事通信", "2023-12-01", MT_EVENT_MEDIA_REPORT));
    mt_dossier_free(d);
}

/* "diagnostics company Kiri Biochem said": a round-up's company the
 * tables do not know is one of its own, not the topic; "electronics
 * maker Casio" opens a name the draft knows (Casio Computer). */
static void test_voices__companies_named_in_passing(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2023-06-08", "en",
         "Umeda Kogyo Co. said its servers were encrypted on June 3. "
         "Diagnostics company Kiri Biochem said last week that data of "
         "2,000 people was stolen in an April attack."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(org_named(d, "Kiri Biochem"));
    assert_non_null(
        event(d, "Kiri Biochem", "2023-04", MT_EVENT_LEAK_POSSIBLE));
    assert_int_equal(events_of(d, "Umeda Kogyo Co.", MT_EVENT_LEAK_POSSIBLE),
                     0);
    mt_dossier_free(d);

    text_src u[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-10-09", "ja",
                     "カシオ計算機は8日、不正アクセスを受けたと発表した。"},
                    {MT_KIND_MEDIA, "Wire", "2024-10-16", "en",
                     "Japanese electronics maker Casio said on Monday that "
                     "personal data may have leaked."}};
    d = draft(u, 2);
    assert_null(org_named(d, "Casio"));
    assert_non_null(
        event(d, "カシオ計算機", "2024-10-14", MT_EVENT_LEAK_POSSIBLE));
    mt_dossier_free(d);

    /* "Casio has confirmed": the first word of the English name alone;
     * not a word that opens many names (Tokyo of Tokyo Gas). */
    text_src w[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-10-09", "ja",
                     "カシオ計算機と東京ガスは8日、不正アクセスを受けたと発表し"
                     "た。"},
                    {MT_KIND_MEDIA, "Wire", "2024-10-10", "en",
                     "Casio has confirmed that its servers were encrypted on "
                     "October 5. Tokyo police detected the attack on October "
                     "6."}};
    d = draft(w, 2);
    assert_non_null(event(d, "カシオ計算機", "2024-10-05", MT_EVENT_DETECTION));
    assert_null(event(d, "東京瓦斯", "2024-10-06", MT_EVENT_DETECTION));
    mt_dossier_free(d);

    /* "Kadokawa Taiwan" is the unit, not Kadokawa; 歌舞伎座タワー a
     * building, not the listed company 歌舞伎座; "NHK has learned" is the
     * outlet's news, no detection. */
    text_src x[] = {
        {MT_KIND_MEDIA, "毎朝新聞", "2024-06-20", "ja",
         "ドワンゴは6月9日、歌舞伎座タワー内のオフィスを閉鎖した。"},
        {MT_KIND_MEDIA, "NHK WORLD-JAPAN", "2024-06-28", "en",
         "Kadokawa Taiwan said on June 3, 2024 it had suffered a "
         "cyberattack. "
         "NHK has learned that Kadokawa was attacked."}};
    d = draft(x, 2);
    assert_non_null(event(d, "ドワンゴ", "2024-06-09", MT_EVENT_CONTAINMENT));
    assert_null(org_named(d, "歌舞伎座"));
    assert_non_null(org_named(d, "Kadokawa Taiwan"));
    assert_ptr_not_equal(org_named(d, "Kadokawa Taiwan"),
                         org_named(d, "KADOKAWA"));
    assert_int_equal(events_of(d, "KADOKAWA", MT_EVENT_DETECTION) +
                         events_of(d, "Kadokawa Taiwan", MT_EVENT_DETECTION),
                     0);
    mt_dossier_free(d);
}

/* A quote's "We have reported it to the police and are investigating":
 * the state on the source's day, though its "said" stood in another
 * sentence. */
static void test_voices__a_quote_in_the_present(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2021-04-30", "en",
                     "Umeda Kogyo Corp. commented, \"We are sorry. We have "
                     "reported it to the police and are investigating.\""}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "Umeda Kogyo Corp.", "2021-04-30", MT_EVENT_NOTIFICATION));
    mt_dossier_free(d);
    /* "is working to restore": the effort under way, as of that day. */
    text_src w[] = {{MT_KIND_MEDIA, "Wire", "2023-12-08", "en",
                     "Umeda Kogyo Corp. was hit by a cyberattack on Dec. 5, "
                     "the company said.\n\"Umeda Kogyo Corp. is working to "
                     "restore the affected servers quickly,\" the notice "
                     "continues."}};
    d = draft(w, 1);
    assert_non_null(
        event(d, "Umeda Kogyo Corp.", "2023-12-08", MT_EVENT_REMEDIATION));
    mt_dossier_free(d);
}

/* A ransom note (脅迫メッセージ, "threatening message") is a dated fact
 * of the demand: the group's when it is named, else the victim's; a
 * refusal to pay is the victim's. */
static void test_voices__a_ransom_note(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2022-03-01", "ja",
                     "梅田プレス工業は2月26日、社内の端末に脅迫メッセージが"
                     "出ているのを確認した。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "梅田プレス工業", "2022-02-26", MT_EVENT_OTHER));
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2020-11-20", "en",
                     "November 2, 2020 Found a threatening message from a "
                     "gang that calls itself Ragnar Locker."}};
    d = draft(u, 1);
    assert_non_null(event(d, "Ragnar Locker", "2020-11-02", MT_EVENT_OTHER));
    mt_dossier_free(d);
    /* So is the victim's refusal to pay. */
    text_src w[] = {{MT_KIND_MEDIA, "毎朝新聞", "2021-11-27", "ja",
                     "梅田プレス工業は26日、身代金の支払いを拒否した。"}};
    d = draft(w, 1);
    assert_non_null(event(d, "梅田プレス工業", "2021-11-26", MT_EVENT_OTHER));
    mt_dossier_free(d);
    text_src x[] = {{MT_KIND_MEDIA, "Wire", "2021-11-27", "en",
                     "Kiri Clinic Corp. said on Friday it refused to pay the "
                     "ransom."}};
    d = draft(x, 1);
    assert_non_null(
        event(d, "Kiri Clinic Corp.", "2021-11-26", MT_EVENT_OTHER));
    mt_dossier_free(d);
    /* A dated note to the victim is still the group's: the name before
     * the date is the one it was sent to. */
    text_src y[] = {{MT_KIND_MEDIA, "Wire", "2020-08-08", "en",
                     "Kiri Tools Inc. was hit by ransomware on Aug. 4.\n"
                     "Maze left a ransom note for Kiri Tools on Aug. 5."}};
    d = draft(y, 1);
    assert_non_null(event(d, "Maze ransomware", "2020-08-05", MT_EVENT_OTHER));
    assert_null(event(d, "Kiri Tools Inc.", "2020-08-05", MT_EVENT_OTHER));
    mt_dossier_free(d);
}

/* A group the tables do not know is named by what it calls itself: the
 * capitalised words after "calling itself" (two of them here), the quoted
 * name before 「を名乗る」 or the Latin one before 「と名乗る」; naming
 * itself is no claim of the source's day.  The ransom it demands with its
 * claim is of the claim's day. */
static void test_voices__a_group_names_itself(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2024-06-12", "en",
                     "A crew calling itself Grey Heron claimed the attack on "
                     "Umeda Press on Tuesday and demanded $3 million."}};
    mt_dossier *d = draft(t, 1);
    assert_int_equal(role_of(d, "Grey Heron"), MT_ROLE_ATTACKER);
    assert_non_null(event(d, "Grey Heron", "2024-06-11", MT_EVENT_ATTRIBUTION));
    assert_non_null(event(d, "Grey Heron", "2024-06-11", MT_EVENT_OTHER));
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-06-10", "ja",
                     "「アオサギ」を名乗る集団は8日、梅田プレス工業から"
                     "資料を奪ったと主張した。"}};
    d = draft(u, 1);
    assert_int_equal(role_of(d, "アオサギ"), MT_ROLE_ATTACKER);
    assert_non_null(event(d, "アオサギ", "2024-06-08", MT_EVENT_ATTRIBUTION));
    assert_int_equal(events_of(d, "アオサギ", MT_EVENT_ATTRIBUTION), 1);
    mt_dossier_free(d);
    text_src w[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-06-10", "ja",
                     "Grey Heronと名乗る集団が梅田プレス工業の資料を"
                     "公開した。"}};
    d = draft(w, 1);
    assert_int_equal(role_of(d, "Grey Heron"), MT_ROLE_ATTACKER);
    mt_dossier_free(d);
    /* the victim's own name: calls that pretend to come from it */
    text_src v[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-06-10", "ja",
                     "ツグミールは8日、顧客情報が流出した可能性があると"
                     "発表した。ツグミールを名乗る不審な電話に注意するよう"
                     "呼びかけている。"}};
    d = draft(v, 1);
    assert_int_equal(role_of(d, "ツグミール"), MT_ROLE_VICTIM);
    mt_dossier_free(d);
    /* the warning told first */
    text_src x[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-06-10", "ja",
                     "ツグミールを名乗る不審な電話が相次いでいる。ツグミールは"
                     "8日、顧客情報が流出した可能性があると発表した。"}};
    d = draft(x, 1);
    assert_int_equal(role_of(d, "ツグミール"), MT_ROLE_VICTIM);
    assert_int_equal(events_of(d, "ツグミール", MT_EVENT_ATTRIBUTION), 0);
    mt_dossier_free(d);
}

/* What a group threatens to do is no event: a leak it threatens (「払わ
 * なければ…公開する」, "threatened to publish ... unless") is none; the
 * threat is the group's, dated by its deadline, also where the sentence
 * names no group (the one the source last named, not the company it
 * threatens). */
static void test_voices__a_threat(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "毎朝新聞", "2023-11-07", "ja",
                     "LockBitは梅田プレス工業に「身代金を払わなければ11月5日"
                     "までに機密情報を公開する」と脅迫した。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "LockBit", "2023-11-05", MT_EVENT_OTHER));
    assert_int_equal(events_of(d, "梅田プレス工業", MT_EVENT_LEAK_POSSIBLE), 0);
    assert_int_equal(events_of(d, "LockBit", MT_EVENT_ATTRIBUTION), 0);
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2023-11-07", "en",
                     "LockBit threatened to publish the stolen files unless "
                     "Umeda Press Co. paid by November 5."}};
    d = draft(u, 1);
    assert_non_null(event(d, "LockBit", "2023-11-05", MT_EVENT_OTHER));
    assert_int_equal(events_of(d, "Umeda Press Co.", MT_EVENT_LEAK_POSSIBLE),
                     0);
    mt_dossier_free(d);
    text_src w[] = {{MT_KIND_MEDIA, "毎朝新聞", "2023-11-07", "ja",
                     "LockBitは2日、梅田プレス工業を攻撃したと主張した。"
                     "5日までに身代金を払うよう梅田プレス工業を脅迫した。"}};
    d = draft(w, 1);
    assert_non_null(event(d, "LockBit", "2023-11-05", MT_EVENT_OTHER));
    assert_int_equal(events_of(d, "梅田プレス工業", MT_EVENT_OTHER), 0);
    mt_dossier_free(d);
    /* A headline's 「…に公開と脅迫」: the publishing threatened is no
     * statement of the company's. */
    text_src h[] = {{MT_KIND_MEDIA, "毎朝新聞", "2023-11-07", "ja",
                     "梅田プレス工業株式会社は11月2日、不正アクセスを受けた"
                     "と発表した。\n買い手が現れない場合、11月9日に資料を公開と"
                     "脅迫"}};
    d = draft(h, 1);
    assert_null(event(d, "梅田プレス工業", "2023-11-09", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
    /* A note that only says what happens unless one pays is a demand,
     * though no threat word says so: the victim's, no group named. */
    text_src n[] = {{MT_KIND_MEDIA, "毎朝新聞", "2021-11-01", "ja",
                     "梅田病院は10月31日、ランサムウェアに感染した。端末には"
                     "「身代金を支払わなければ情報を公開する」との文面が"
                     "出ていた。"}};
    d = draft(n, 1);
    assert_non_null(event(d, "梅田病院", "2021-10-31", MT_EVENT_OTHER));
    mt_dossier_free(d);
    text_src e[] = {{MT_KIND_MEDIA, "Wire", "2021-11-01", "en",
                     "Kiri Hospital was hit by ransomware on Oct. 31. The "
                     "note on its screens said the records would go public "
                     "unless a ransom was paid."}};
    d = draft(e, 1);
    assert_non_null(event(d, "Kiri Hospital", "2021-10-31", MT_EVENT_OTHER));
    mt_dossier_free(d);
    text_src f[] = {{MT_KIND_MEDIA, "Wire", "2021-11-01", "en",
                     "Kiri Hospital was hit by ransomware on Oct. 31. Staff "
                     "were warned that the files would go public if the "
                     "ransom was not paid."}};
    d = draft(f, 1);
    assert_non_null(event(d, "Kiri Hospital", "2021-10-31", MT_EVENT_OTHER));
    mt_dossier_free(d);
}

/* "There is so far no current evidence that data was lost": a present
 * state, as of the source's day, and a loss of data is a leak's word. */
static void test_voices__no_evidence_now(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2020-06-11", "en",
                     "Ransomware struck the network of Kiri Clinic Corp.; "
                     "there is so far no current evidence that a loss of "
                     "personal records occurred."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "Kiri Clinic Corp.", "2020-06-11", MT_EVENT_LEAK_DENIED));
    mt_dossier_free(d);
}

/* An outlet another source cites ("As Reuters reported on Monday") is a
 * media report of the day it gives. */
static void test_voices__an_outlet_reported(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2020-04-24", "en",
                     "As Reuters reported on Monday, customers of Kiri "
                     "Clinic Corp. found strangers in their accounts."}};
    mt_dossier *d = draft(t, 1);
    const mt_dossier_org *o = org_named(d, "Reuters");
    assert_non_null(o);
    assert_non_null(event(d, o->name, "2020-04-20", MT_EVENT_MEDIA_REPORT));
    mt_dossier_free(d);
    /* the outlet before the comma is no item of a list of victims */
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2021-06-04", "en",
                     "According to Bleeping Computer, Kiri Clinic Corp. was "
                     "infected with a banking trojan in May."}};
    d = draft(u, 1);
    assert_non_null(
        event(d, "Kiri Clinic Corp.", "2021-05", MT_EVENT_INTRUSION_START));
    o = org_named(d, "Bleeping Computer");
    assert_non_null(o);
    assert_int_equal(events_of(d, o->name, MT_EVENT_INTRUSION_START), 0);
    mt_dossier_free(d);
    /* The outlet's report of the day right after its name ("according
     * to Reuters on Monday", "first reported by Reuters on Monday");
     * "first reported by" an outlet is no statement of the company the
     * report is about. */
    static const char *const cited[] = {
        "Kiri Clinic Corp. found strangers in patient accounts, according "
        "to Reuters on Monday.",
        "The break-in at Kiri Clinic Corp. was first reported by Reuters "
        "on Monday.",
        "The break-in at Kiri Clinic Corp. was initially reported by "
        "Reuters on Monday."};
    for (size_t i = 0; i < sizeof cited / sizeof *cited; i++) {
        t[0].text = cited[i];
        d = draft(t, 1);
        o = org_named(d, "Reuters");
        assert_non_null(o);
        assert_non_null(event(d, o->name, "2020-04-20", MT_EVENT_MEDIA_REPORT));
        assert_int_equal(events_of(d, "Kiri Clinic Corp.", MT_EVENT_DISCLOSURE),
                         0);
        assert_null(
            event(d, "Kiri Clinic Corp.", "2020-04-20", MT_EVENT_DETECTION));
        mt_dossier_free(d);
    }
    /* A name given as an example of the noun after it (「NHK等の国内メ
     * ディアは」) is one of them, the subject the particle marks. */
    static const char *const examples[] = {
        "NHK等の国内メディアは1月19日、警視庁が男2人を逮捕したと報じた。",
        "NHKなどの国内メディアは1月19日、警視庁が男2人を逮捕したと報じた。"};
    text_src j[] = {{MT_KIND_MEDIA, "毎朝新聞", "2021-01-25", "ja", NULL}};
    for (size_t i = 0; i < sizeof examples / sizeof *examples; i++) {
        j[0].text = examples[i];
        d = draft(j, 1);
        o = org_named(d, "NHK");
        assert_non_null(o);
        assert_non_null(event(d, o->name, "2021-01-19", MT_EVENT_MEDIA_REPORT));
        mt_dossier_free(d);
    }
    /* An outlet cited again after its dated report (「読売新聞によると」)
     * relays that report: what it says is of the report's day, not of
     * the piece's. */
    text_src k[] = {{MT_KIND_MEDIA, "毎朝新聞", "2024-05-12", "ja",
                     "読売新聞は5月10日、梅田機構が攻撃を受けたと報じた。"
                     "読売新聞によると、梅田機構は情報の流出を確認していない"
                     "という。"}};
    d = draft(k, 1);
    assert_non_null(event(d, "読売新聞", "2024-05-10", MT_EVENT_MEDIA_REPORT));
    assert_null(event(d, "読売新聞", "2024-05-12", MT_EVENT_MEDIA_REPORT));
    assert_non_null(event(d, "梅田機構", "2024-05-10", MT_EVENT_LEAK_DENIED));
    mt_dossier_free(d);
    /* a statement of another dated after the report ends what the report
     * frames */
    k[0].text = "読売新聞は5月10日、梅田機構が攻撃を受けたと報じた。梅田機構"
                "は11日、被害を公表した。読売新聞によると、梅田機構は情報の流"
                "出を確認していないという。";
    d = draft(k, 1);
    assert_non_null(event(d, "読売新聞", "2024-05-12", MT_EVENT_MEDIA_REPORT));
    mt_dossier_free(d);
    /* another outlet cited after it has no dated report of its own */
    k[0].text = "読売新聞は5月10日、梅田機構が攻撃を受けたと報じた。"
                "時事通信によると、梅田機構は情報の流出を確認していない"
                "という。";
    d = draft(k, 1);
    assert_non_null(event(d, "時事通信", "2024-05-12", MT_EVENT_MEDIA_REPORT));
    assert_non_null(event(d, "梅田機構", "2024-05-12", MT_EVENT_LEAK_DENIED));
    mt_dossier_free(d);
    /* An outlet in brackets after an unfinished line credits a picture
     * and reports nothing; after a finished sentence, it credits it. */
    text_src q[] = {{MT_KIND_MEDIA, "Wire", "2023-12-23", "en",
                     "Kiri Clinic Corp. leak site entry (Reuters)"}};
    d = draft(q, 1);
    assert_int_equal(events_of(d, "Reuters", MT_EVENT_MEDIA_REPORT), 0);
    mt_dossier_free(d);
    static const char *const credited[] = {
        "Kiri Clinic Corp. said its servers were encrypted. (Reuters)",
        "Kiri Clinic Corp. said: \"Our servers were encrypted.\" (Reuters)",
        ("The attack disrupted Kiri Clinic Corp. operations across the "
         "U.S. (Reuters)")};
    for (size_t i = 0; i < sizeof credited / sizeof *credited; i++) {
        q[0].text = credited[i];
        d = draft(q, 1);
        assert_non_null(
            event(d, "Reuters", "2023-12-23", MT_EVENT_MEDIA_REPORT));
        mt_dossier_free(d);
    }
}

/* "we" in a quotation is its speaker's, named right before it ('Kiri
 * Clinic Corp. wrote: "we detected'), whatever the sentences before
 * were about. */
static void test_voices__we_in_a_quote(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2011-06-19", "en",
         "Umeda Clinic and Hibari Corp. have been hit in recent months.\n\n"
         "In an e-mail sent to users on Friday, Kiri Clinic Corp. wrote: "
         "\"Yesterday we detected unauthorised access to the records "
         "of our members.\""}};
    mt_dossier *d = draft(t, 1);
    assert_int_equal(events_of(d, "Kiri Clinic Corp.", MT_EVENT_DETECTION), 1);
    assert_int_equal(events_of(d, "Hibari Corp.", MT_EVENT_DETECTION), 0);
    mt_dossier_free(d);
    /* Not the parent an apposition names. */
    t[0].text = "On Friday Kiri Clinic Corp., a unit of Tsugumi Holdings "
                "Inc., wrote to users: \"Yesterday we detected unauthorised "
                "access to the records of our members.\"";
    d = draft(t, 1);
    assert_int_equal(events_of(d, "Kiri Clinic Corp.", MT_EVENT_DETECTION), 1);
    assert_int_equal(events_of(d, "Tsugumi Holdings Inc.", MT_EVENT_DETECTION),
                     0);
    mt_dossier_free(d);
}

/* "Kiri Clinic Corp. said on Monday": the organisation's statement of
 * that day is its disclosure; "said" with no day is none. */
static void test_voices__said_on_a_day(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2020-06-10", "en",
                     "Kiri Clinic Corp. said on Monday that it found more "
                     "hijacked patient accounts."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "Kiri Clinic Corp.", "2020-06-08", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "Wire", "2020-06-10", "en",
                     "Kiri Clinic Corp. said it found more hijacked patient "
                     "accounts."}};
    d = draft(u, 1);
    assert_int_equal(events_of(d, "Kiri Clinic Corp.", MT_EVENT_DISCLOSURE), 0);
    mt_dossier_free(d);
    /* The day after "in a statement" ("said in a statement on Monday",
     * "in its notice"), and the lede's own subject for "the
     * company" that closes it, before the source named anything else. */
    static const char *const said[] = {
        "Kiri Clinic Corp. said in a statement on Monday that it found more "
        "hijacked patient accounts.",
        "Kiri Clinic Corp. said in its notice on Monday that it found more "
        "hijacked patient accounts.",
        "Kiri Clinic Corp. found more hijacked patient accounts, the company "
        "said on Monday."};
    for (size_t i = 0; i < sizeof said / sizeof *said; i++) {
        u[0].text = said[i];
        d = draft(u, 1);
        assert_non_null(
            event(d, "Kiri Clinic Corp.", "2020-06-08", MT_EVENT_DISCLOSURE));
        mt_dossier_free(d);
    }
    /* The day in a phrase that opens the sentence ("On Monday, X said",
     * "In a statement on Monday, X said"); a name no table knows there,
     * after a place it is based in, or before an apposition, is the
     * company's. */
    static const char *const opened[] = {
        "On Monday, Hibari Motors said its servers were infected with "
        "ransomware.",
        "In a statement on Monday, Hibari Motors said its servers were "
        "infected with ransomware.",
        "Osaka-based Hibari Motors said on Monday that it was hit by "
        "ransomware.",
        "Hibari Motors, an automaker in Osaka, said on Monday that it was "
        "hit by ransomware."};
    for (size_t i = 0; i < sizeof opened / sizeof *opened; i++) {
        u[0].text = opened[i];
        d = draft(u, 1);
        assert_int_equal(role_of(d, "Hibari Motors"), MT_ROLE_VICTIM);
        if (i < 3)
            assert_non_null(
                event(d, "Hibari Motors", "2020-06-08", MT_EVENT_DISCLOSURE));
        mt_dossier_free(d);
    }
    /* Not in Japanese: 「同社」 in the lede leaves the statement on the
     * day written right after its subject. */
    text_src j[] = {{MT_KIND_MEDIA, "毎朝新聞", "2022-03-01", "ja",
                     "ヒバリ自動車は2月28日、同社に部品を納める取引先がサイバ"
                     "ー攻撃を受けたため、3月1日に国内全工場の稼働を停止する"
                     "と発表した。"}};
    d = draft(j, 1);
    assert_non_null(
        event(d, "ヒバリ自動車", "2022-02-28", MT_EVENT_DISCLOSURE));
    assert_null(event(d, "ヒバリ自動車", "2022-03-01", MT_EVENT_DISCLOSURE));
    mt_dossier_free(d);
}

/* A name in apposition after its head noun ("the printing contractor,
 * Hibari Print, was hit") is an organisation, the tables' or not. */
static void test_voices__a_contractor_in_apposition(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2024-07-13", "en",
                     "The printing contractor, Hibari Print, was hit by "
                     "ransomware on July 2."}};
    mt_dossier *d = draft(t, 1);
    assert_int_equal(role_of(d, "Hibari Print"), MT_ROLE_VICTIM);
    assert_non_null(
        event(d, "Hibari Print", "2024-07-02", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
    /* a name's letters beyond ASCII are the name's (Québec, not Qu) */
    text_src q[] = {{MT_KIND_MEDIA, "Wire", "2024-07-13", "en",
                     "The printing contractor, Hibari Québec, was hit by "
                     "ransomware on July 2."}};
    d = draft(q, 1);
    assert_int_equal(role_of(d, "Hibari Québec"), MT_ROLE_VICTIM);
    mt_dossier_free(d);
    /* a studio the parent owns is named by the words after its head
     * noun, and the news is the studio's, not the parent's */
    text_src o[] = {{MT_KIND_MEDIA, "Wire", "2024-07-13", "en",
                     "Tsugumi-owned game studio Kamome Works said on July 2 "
                     "that it was hit by ransomware."}};
    d = draft(o, 1);
    assert_non_null(
        event(d, "Kamome Works", "2024-07-02", MT_EVENT_INTRUSION_START));
    assert_int_equal(events_of(d, "Tsugumi", MT_EVENT_INTRUSION_START), 0);
    mt_dossier_free(d);
    /* a sign among those letters ends the name */
    text_src x[] = {{MT_KIND_MEDIA, "Wire", "2024-07-13", "en",
                     "The printing contractor, Hibari×Kamome, was hit by "
                     "ransomware on July 2."}};
    d = draft(x, 1);
    assert_int_equal(role_of(d, "Hibari×Kamome"), -1);
    mt_dossier_free(d);
}

/* The capitalised words that open an English sentence right before
 * what happens to an organisation name it, with its abbreviation in
 * parentheses too; one word in title case ("Officials") names nobody. */
static void test_voices__an_english_subject(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2021-08-20", "en",
                     "Hibari Marine Insurance Singapore (HMIS) said that they "
                     "were infected with ransomware on 31 July. "
                     "Kamome Valley Foods was hit by ransomware on August 2. "
                     "Officials said its systems were breached on August 3. "
                     "Prime Minister Tsugumi Taro was hit by criticism on "
                     "August 4."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "Hibari Marine Insurance Singapore", "2021-07-31",
                          MT_EVENT_INTRUSION_START));
    assert_non_null(event(d, "Kamome Valley Foods", "2021-08-02",
                          MT_EVENT_INTRUSION_START));
    assert_null(org_named(d, "Officials"));
    /* no attack told after the cue */
    assert_null(org_named(d, "Prime Minister Tsugumi Taro"));
    mt_dossier_free(d);
}

/* A spokesperson speaks for the company: "the spokeswoman said" is the
 * company's word, its denial of a leak the company's. */
static void test_voices__a_spokesperson(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2020-06-12", "en",
                     "Umeda Kogyo Corp. was hit by a cyberattack on June 8.\n"
                     "\"We see no sign that client data was affected,\" "
                     "a spokeswoman said by phone."}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(
        event(d, "Umeda Kogyo Corp.", "2020-06-12", MT_EVENT_LEAK_DENIED));
    mt_dossier_free(d);
}

/* A committee the tables do not know: a national body or a board of
 * education is a party (a victim here); a company's own committee finds
 * for the company. */
static void test_voices__committees(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2024-03-26", "ja",
                     "日本カモメ委員会は25日、昨年4月にサイバー攻撃を受けて"
                     "いたことを明らかにした。ツグミ市教育委員会は20日、"
                     "校務用サーバーが不正アクセスを受けたと発表した。"}};
    mt_dossier *d = draft(t, 1);
    assert_int_equal(role_of(d, "日本カモメ委員会"), MT_ROLE_VICTIM);
    assert_int_equal(role_of(d, "ツグミ市教育委員会"), MT_ROLE_VICTIM);
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "時報通信", "2024-03-26", "ja",
                     "ヒバリ電機は25日、調査結果を発表した。「総合リスク管理"
                     "委員会」および外部の専門家による調査の結果、外部への"
                     "情報流出の痕跡は認められなかった。"}};
    d = draft(u, 1);
    assert_non_null(event(d, "ヒバリ電機", "2024-03-25", MT_EVENT_LEAK_DENIED));
    assert_int_equal(events_of(d, "総合リスク管理委員会", MT_EVENT_LEAK_DENIED),
                     0);
    mt_dossier_free(d);
    /* an inquiry named after its company, 日本 and all */
    text_src w[] = {{MT_KIND_MEDIA, "時報通信", "2024-03-26", "ja",
                     "日本カモメ電機は25日、調査結果を発表した。「日本カモメ"
                     "電機特別調査委員会」による調査の結果、外部への情報流出"
                     "の痕跡は認められなかった。"}};
    d = draft(w, 1);
    assert_non_null(
        event(d, "日本カモメ電機", "2024-03-25", MT_EVENT_LEAK_DENIED));
    mt_dossier_free(d);
}

/* A ministry or agency that announces an attack on itself is its victim,
 * as an outlet is, and what its sentences after tell of the attack is
 * its own; one that announces another's stays an overseer, and so does
 * a committee, the police, and a ministry in English ("announced it
 * would set up a team against cyberattacks" is a plan). */
static void test_voices__a_ministry_attacked(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2024-05-29", "ja",
                     "ツグミ省は28日、職員のパソコンがウイルスに感染していた"
                     "と発表した。同省によると、5月20日に不審な通信を検知"
                     "した。"}};
    mt_dossier *d = draft(t, 1);
    assert_int_equal(role_of(d, "ツグミ省"), MT_ROLE_VICTIM);
    assert_non_null(event(d, "ツグミ省", "2024-05-28", MT_EVENT_DISCLOSURE));
    assert_non_null(event(d, "ツグミ省", "2024-05-20", MT_EVENT_DETECTION));
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "時報通信", "2024-05-29", "ja",
                     "ツグミ省は28日、カモメ商事が不正アクセスを受けたと発表"
                     "した。同省によると、5月20日に不審な通信を検知した。"}};
    d = draft(u, 1);
    assert_int_not_equal(role_of(d, "ツグミ省"), MT_ROLE_VICTIM);
    assert_int_equal(role_of(d, "カモメ商事"), MT_ROLE_VICTIM);
    assert_null(event(d, "ツグミ省", "2024-05-20", MT_EVENT_DETECTION));
    mt_dossier_free(d);
    /* others' attacks, unnamed: the companies, the trades a ministry
     * tells of */
    text_src v[] = {{MT_KIND_MEDIA, "時報通信", "2024-05-29", "ja",
                     "ツグミ省は28日、防衛関連企業4社が不正アクセスを受けて"
                     "いたと発表した。"},
                    {MT_KIND_MEDIA, "日日新聞", "2024-05-29", "ja",
                     "ヒバリ庁は28日、証券口座への不正アクセスで約1000件の"
                     "不正取引が確認されたと発表した。"}};
    d = draft(v, 2);
    assert_int_not_equal(role_of(d, "ツグミ省"), MT_ROLE_VICTIM);
    assert_int_not_equal(role_of(d, "ヒバリ庁"), MT_ROLE_VICTIM);
    mt_dossier_free(d);
    /* its own staff's, its own word: the ministry's */
    t[0].text = "ツグミ省は28日、同省のサーバーが不正アクセスを受けたと発表"
                "した。";
    d = draft(t, 1);
    assert_int_equal(role_of(d, "ツグミ省"), MT_ROLE_VICTIM);
    mt_dossier_free(d);
    text_src w[] = {{MT_KIND_MEDIA, "時報通信", "2024-05-29", "ja",
                     "ツグミ県警は28日、不正アクセスを受けたと発表した。"},
                    {MT_KIND_MEDIA, "Wire", "2024-05-29", "en",
                     "Last week the National Police Agency announced "
                     "it would create a squad to counter cyberattacks."}};
    d = draft(w, 2);
    assert_int_not_equal(role_of(d, "ツグミ県警"), MT_ROLE_VICTIM);
    assert_int_not_equal(role_of(d, "警察庁"), MT_ROLE_VICTIM);
    mt_dossier_free(d);
}

/* An outlet that announces an attack on itself is a victim by its own
 * statement (the exception to "an outlet is never a victim");
 * one that reports another's announcement stays media. */
static void test_voices__an_outlet_attacked(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "時報通信", "2025-11-05", "ja",
                     "日本経済新聞社は4日、社員の私物パソコンがウイルスに"
                     "感染し、業務用チャットに不正アクセスを受けたと発表し"
                     "た。"},
                    {MT_KIND_MEDIA, "日日新聞", "2025-11-06", "ja",
                     "日本経済新聞によると、カモメ商事は5日、不正アクセス"
                     "を受けたと発表した。"}};
    mt_dossier *d = draft(t, 2);
    assert_int_equal(role_of(d, "日本経済新聞"), MT_ROLE_VICTIM);
    assert_non_null(
        event(d, "日本経済新聞", "2025-11-04", MT_EVENT_DISCLOSURE));
    assert_int_equal(role_of(d, "カモメ商事"), MT_ROLE_VICTIM);
    mt_dossier_free(d);
    text_src u[] = {{MT_KIND_MEDIA, "日日新聞", "2025-11-06", "ja",
                     "日本経済新聞によると、カモメ商事は5日、不正アクセス"
                     "を受けたと発表した。"}};
    d = draft(u, 1);
    assert_int_equal(role_of(d, "日本経済新聞"), MT_ROLE_MEDIA);
    mt_dossier_free(d);
    /* 同社 between the outlet and the predicate stands for another: the
     * outlet tells of that one (an anaphor counts, wherever the mention
     * list keeps it) */
    text_src w[] = {{MT_KIND_MEDIA, "日日新聞", "2025-11-06", "ja",
                     "カモメ商事は4日、システム障害を公表した。日本経済新聞"
                     "は5日、同社が不正アクセスを受けたと発表した。"}};
    d = draft(w, 1);
    assert_int_equal(role_of(d, "日本経済新聞"), MT_ROLE_MEDIA);
    assert_int_equal(role_of(d, "カモメ商事"), MT_ROLE_VICTIM);
    mt_dossier_free(d);
    /* English tells the statement first: the outlet that announced the
     * attack is its victim; one that reported another's is not */
    text_src e[] = {{MT_KIND_MEDIA, "Wire", "2021-05-21", "en",
                     "Nikkei announced on Thursday that a server at its "
                     "office abroad was infected with ransomware on May "
                     "13."}};
    d = draft(e, 1);
    assert_int_equal(role_of(d, "Nikkei"), MT_ROLE_VICTIM);
    assert_non_null(
        event(d, "日本経済新聞", "2021-05-13", MT_EVENT_INTRUSION_START));
    mt_dossier_free(d);
    text_src f[] = {{MT_KIND_MEDIA, "Wire", "2021-05-21", "en",
                     "Nikkei reported that Hibari Printing Inc. was infected "
                     "with ransomware on May 13."}};
    d = draft(f, 1);
    assert_int_equal(role_of(d, "Nikkei"), MT_ROLE_MEDIA);
    assert_int_equal(role_of(d, "Hibari Printing Inc."), MT_ROLE_VICTIM);
    mt_dossier_free(d);
    /* what it announces of others, named or not, is news */
    text_src g[] = {{MT_KIND_MEDIA, "Wire", "2021-05-21", "en",
                     "Nikkei announced on Monday that Hibari Printing Inc. "
                     "said its server was infected with ransomware. Nikkei "
                     "announced on Tuesday that ransomware infected servers "
                     "at several clinics in Kamome City."}};
    d = draft(g, 1);
    assert_int_equal(role_of(d, "Nikkei"), MT_ROLE_MEDIA);
    mt_dossier_free(d);
    /* outlets of data/orgs_media.tsv by the names articles use: "The
     * Record", "heise" */
    text_src h[] = {{MT_KIND_MEDIA, "Wire", "2021-05-21", "en",
                     "The Record reported that Hibari Printing Inc. was "
                     "infected with ransomware on May 13, and heise said "
                     "the firm had restored its systems."}};
    d = draft(h, 1);
    assert_int_equal(role_of(d, "The Record by Recorded Future"),
                     MT_ROLE_MEDIA);
    assert_int_equal(role_of(d, "heise online"), MT_ROLE_MEDIA);
    assert_int_equal(role_of(d, "Hibari Printing Inc."), MT_ROLE_VICTIM);
    mt_dossier_free(d);
}

/* A suspect the police name with 容疑者 is an attacker, attributed the
 * incident on the day of the arrest; a family name alone after it is the
 * same person (not a company whose name opens with it); a descriptor
 * before the cue (会社員, 中国人), a run too long for a name, 同 or の
 * before it name nobody. */
static void test_voices__suspects_named(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "時報通信", "2019-12-09", "ja",
         "鳥居電子株式会社の流出事件で、警視庁は6日、元社員鳥居一郎"
         "容疑者(51)を窃盗の疑いで逮捕した。警視庁は8日、鳥居容疑者"
         "を再逮捕した。警視庁は同日、米国籍ボブ・ミサゴ容疑者（25）も逮捕"
         "した。ミサゴ容疑者(25)は容疑を否認している。容疑者(2019)"
         "の件とは別である。警視庁は8日、経理部長代理鳥居三郎容疑者(45)"
         "とアルバイトの店員ミサゴ鳥居容疑者(20)、・ボブ容疑者(30)も"
         "逮捕した。"
         "複数の中国人容疑者も逮捕された。同容疑者らは容疑を認めて"
         "いる。被害者多数容疑者不明の事件も起きている。警視庁は10日、"
         "ミサゴ容疑者を再逮捕した。警視庁は11日、主任鳥居四郎容疑者(33)"
         "を逮捕した。"}};
    mt_dossier *d = draft(t, 1);
    assert_int_equal(role_of(d, "鳥居一郎"), MT_ROLE_ATTACKER);
    /* a run of six kanji holds a title (主任鳥居四郎): no name */
    for (size_t i = 0; i < d->norgs; i++)
        assert_string_not_equal(d->orgs[i].name, "主任鳥居四郎");
    /* a foreign suspect's family name comes last (ミサゴ of ボブ・ミサゴ) */
    assert_non_null(
        event(d, "ボブ・ミサゴ", "2019-12-10", MT_EVENT_ATTRIBUTION));
    assert_non_null(event(d, "鳥居一郎", "2019-12-06", MT_EVENT_ATTRIBUTION));
    assert_non_null(event(d, "鳥居一郎", "2019-12-08", MT_EVENT_ATTRIBUTION));
    assert_non_null(
        event(d, "ボブ・ミサゴ", "2019-12-08", MT_EVENT_ATTRIBUTION));
    assert_non_null(event(d, "警視庁", "2019-12-06", MT_EVENT_INVESTIGATION));
    for (size_t i = 0; i < d->norgs; i++) {
        assert_string_not_equal(d->orgs[i].name, "中国人");
        assert_string_not_equal(d->orgs[i].name, "元社員鳥居一郎");
        assert_string_not_equal(d->orgs[i].name, "鳥居");
        assert_string_not_equal(d->orgs[i].name, "被害者多数");
        assert_string_not_equal(d->orgs[i].name, "米国籍ボブ・ミサゴ");
        assert_string_not_equal(d->orgs[i].name, "ミサゴ");
        assert_string_not_equal(d->orgs[i].name, "経理部長代理鳥居三郎");
        assert_string_not_equal(d->orgs[i].name, "店員ミサゴ鳥居");
        assert_string_not_equal(d->orgs[i].name, "ミサゴ鳥居");
        assert_string_not_equal(d->orgs[i].name, "・ボブ");
    }
    mt_dossier_free(d);
    /* 々 is part of a name, the age may be full-width, and the full name
     * again without the age is the same person */
    text_src u[] = {{MT_KIND_MEDIA, "時報通信", "2019-07-09", "ja",
                     "ツグミペイ株式会社は3日、不正アクセスを受けたと発表した。"
                     "警視庁は4日、佐々木一郎容疑者（３４）を逮捕した。警視庁は"
                     "6日、佐々木一郎容疑者を再逮捕した。"}};
    d = draft(u, 1);
    assert_non_null(event(d, "佐々木一郎", "2019-07-04", MT_EVENT_ATTRIBUTION));
    assert_non_null(event(d, "佐々木一郎", "2019-07-06", MT_EVENT_ATTRIBUTION));
    mt_dossier_free(d);
}

/* A suspect named by the post he held (元従業員) as the subject (が) or
 * an object (を) of a sentence with an arrest word is the attacker the arrest
 * names; not without the arrest, not before の (whose data), and not
 * where a suspect is named by name in the sentence. */
static void test_voices__suspects_by_post(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "時報通信", "2021-03-26", "ja",
         "ツグミ証券は24日、不正出金があったと発表した。警視庁は24日、顧客"
         "の口座から現金を引き出したとして、元従業員を詐欺の疑いで逮捕した。"
         "元派遣社員が名簿を持ち出したという。警視庁は26日、元契約社員の個人"
         "情報を盗んだとして男を逮捕した。警視庁は25日、元職員が関わったとみて"
         "、鳥居一郎容疑者(40)を"
         "逮捕した。"}};
    mt_dossier *d = draft(t, 1);
    assert_non_null(event(d, "元従業員", "2021-03-24", MT_EVENT_ATTRIBUTION));
    assert_int_equal(role_of(d, "元従業員"), MT_ROLE_ATTACKER);
    assert_non_null(event(d, "鳥居一郎", "2021-03-25", MT_EVENT_ATTRIBUTION));
    assert_null(org_named(d, "元派遣社員"));
    assert_null(org_named(d, "元契約社員"));
    assert_null(org_named(d, "元職員"));
    mt_dossier_free(d);
    /* が before a passive arrest; 起訴 and 書類送検 are arrests too; not
     * the topic は (he may only be quoted), 不起訴, an arrest denied; a
     * post before a name is no part of it */
    text_src u[] = {
        {MT_KIND_MEDIA, "時報通信", "2021-03-26", "ja",
         "元社員が24日、詐欺の疑いで逮捕された。地検は25日、元派遣社員を詐欺"
         "の罪で起訴した。警視庁は26日、元契約社員を書類送検した。元職員は27"
         "日、「逮捕された男とは同僚だった」と話した。地検は28日、元嘱託職員を"
         "不"
         "起訴とした。元従業員が逮捕されたという事実はない。警視庁は29日、元"
         "従業員鳥居一海容疑者(40)を逮捕した。"}};
    d = draft(u, 1);
    assert_int_equal(role_of(d, "元社員"), MT_ROLE_ATTACKER);
    assert_int_equal(role_of(d, "元派遣社員"), MT_ROLE_ATTACKER);
    assert_int_equal(role_of(d, "元契約社員"), MT_ROLE_ATTACKER);
    assert_null(org_named(d, "元職員"));
    assert_null(org_named(d, "元嘱託職員"));
    assert_null(org_named(d, "元従業員"));
    assert_non_null(event(d, "鳥居一海", "2021-03-29", MT_EVENT_ATTRIBUTION));
    mt_dossier_free(d);
}

/* English news names a suspect by the full name with the age between
 * commas, as the object of an arrest word or the subject of its passive:
 * an attacker, attributed the incident on the day of the arrest.  One
 * word, a run with a word in lower case or in capitals, a year for an
 * age, a name the arrest word does not govern (a spokesman, a victim, a
 * customer), a title before the name and a headline's capitals name
 * nobody. */
static void test_voices__suspects_named_en(void **state)
{
    (void)state;
    text_src t[] = {
        {MT_KIND_MEDIA, "Wire", "2019-07-12", "en",
         "Tsugumi Pay Corp. said on July 3 that it had been hit by a "
         "cyberattack. Tokyo police on Thursday arrested Taro Kiri-Sato, "
         "39, and Hanako O'Hara, 35, on suspicion of fraud. Police also "
         "arrested Hibarida, 41, on Thursday. Police arrested taro Hibari, "
         "28, on Thursday. The firm's chief Jiro Kamome, 61, said nobody "
         "had been arrested when it was hit on July 3. Police arrested Kiri "
         "Umeda, 2019, on Thursday. Police "
         "arrested KIRI HIBARI, 40, on Thursday. Jiro Umeda, 41, was "
         "arrested on Friday. Police arrested former contract worker Goro "
         "Kamome, 52, on Friday. No one else has been arrested, said "
         "spokesman Ken Abe, 45, on Friday. Police said they had arrested "
         "a man who had stolen the card data of Mari Sato, 34, and "
         "others. Customer Rin Hibari, 72, said she hoped the hackers "
         "would be arrested soon. Police arrested Chief Executive Ken "
         "Umeda, 58, on Friday. Chief Executive Goro Kiri, 60, was "
         "arrested on Friday. Police arrested Taro Jiro Hibari, 44, on "
         "Friday."},
        {MT_KIND_MEDIA, "Post", "2019-07-12", "en",
         "Osaka Police Arrested Sho Kiri, 39, Over Tsugumi Pay Hack"}};
    mt_dossier *d = draft(t, 2);
    assert_int_equal(role_of(d, "Taro Kiri-Sato"), MT_ROLE_ATTACKER);
    assert_non_null(event(d, "Jiro Umeda", "2019-07-12", MT_EVENT_ATTRIBUTION));
    assert_non_null(
        event(d, "Goro Kamome", "2019-07-12", MT_EVENT_ATTRIBUTION));
    assert_non_null(
        event(d, "Taro Kiri-Sato", "2019-07-11", MT_EVENT_ATTRIBUTION));
    assert_non_null(
        event(d, "Hanako O'Hara", "2019-07-11", MT_EVENT_ATTRIBUTION));
    /* a middle name is a name's */
    assert_int_equal(role_of(d, "Taro Jiro Hibari"), MT_ROLE_ATTACKER);
    /* those five alone: every name above the test rules out is none (a
     * title before a name of two words makes a run too long for one) */
    size_t attackers = 0;
    for (size_t i = 0; i < d->norgs; i++)
        attackers += d->orgs[i].role == MT_ROLE_ATTACKER;
    assert_int_equal(attackers, 5);
    for (size_t i = 0; i < d->norgs; i++) {
        assert_string_not_equal(d->orgs[i].name, "Hibarida");
        assert_string_not_equal(d->orgs[i].name, "Hibari");
        assert_string_not_equal(d->orgs[i].name, "Jiro Kamome");
        assert_string_not_equal(d->orgs[i].name, "Kiri Umeda");
        assert_string_not_equal(d->orgs[i].name, "KIRI HIBARI");
        assert_string_not_equal(d->orgs[i].name, "Ken Abe");
        assert_string_not_equal(d->orgs[i].name, "Mari Sato");
        assert_string_not_equal(d->orgs[i].name, "Customer Rin Hibari");
        assert_string_not_equal(d->orgs[i].name, "Rin Hibari");
        assert_string_not_equal(d->orgs[i].name, "Sho Kiri");
        assert_string_not_equal(d->orgs[i].name, "Police Arrested Sho Kiri");
        assert_string_not_equal(d->orgs[i].name, "Chief Executive Ken Umeda");
        assert_string_not_equal(d->orgs[i].name, "Chief Executive Goro Kiri");
    }
    mt_dossier_free(d);
}

/* "A ransomware group claimed": words anyone uses of any attacker name
 * no attacker of their own (nor a side of a conflict against the one a
 * source names); a description with a capital ("a China-linked group")
 * does. */
static void test_voices__generic_description(void **state)
{
    (void)state;
    text_src t[] = {{MT_KIND_MEDIA, "Wire", "2023-09-26", "en",
                     "A ransomware group claimed on September 24 that it had "
                     "breached Kiri Games Corp."},
                    {MT_KIND_MEDIA, "Daily", "2023-09-27", "en",
                     "Kiri Games Corp. was breached. LockBit claimed the "
                     "attack on September 24."},
                    {MT_KIND_MEDIA, "Post", "2023-09-27", "en",
                     "Kiri Games Corp. was breached. A China-linked group "
                     "claimed the attack on September 25."},
                    {MT_KIND_MEDIA, "Note", "2023-09-27", "en",
                     "Ransomware group claimed on September 24 that it had "
                     "breached Kiri Games Corp."}};
    mt_dossier *d = draft(t, 4);
    for (size_t i = 0; i < d->norgs; i++) {
        assert_string_not_equal(d->orgs[i].name, "ransomware group");
        /* (the capital that opens the sentence names nobody) */
        assert_string_not_equal(d->orgs[i].name, "Ransomware group");
    }
    assert_int_equal(role_of(d, "China-linked group"), MT_ROLE_ATTACKER);
    mt_dossier_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_voices__a_group_says),
        cmocka_unit_test(test_voices__the_group_claims),
        cmocka_unit_test(test_voices__the_claimants_date),
        cmocka_unit_test(test_voices__described_not_named),
        cmocka_unit_test(test_voices__the_victims_word),
        cmocka_unit_test(test_voices__outlets_cited),
        cmocka_unit_test(test_voices__a_deadline),
        cmocka_unit_test(test_voices__a_ransom_note),
        cmocka_unit_test(test_voices__a_group_names_itself),
        cmocka_unit_test(test_voices__a_threat),
        cmocka_unit_test(test_voices__no_evidence_now),
        cmocka_unit_test(test_voices__an_outlet_reported),
        cmocka_unit_test(test_voices__said_on_a_day),
        cmocka_unit_test(test_voices__we_in_a_quote),
        cmocka_unit_test(test_voices__a_contractor_in_apposition),
        cmocka_unit_test(test_voices__group_words),
        cmocka_unit_test(test_voices__companies_named_in_passing),
        cmocka_unit_test(test_voices__a_quote_in_the_present),
        cmocka_unit_test(test_voices__an_outlet_attacked),
        cmocka_unit_test(test_voices__a_ministry_attacked),
        cmocka_unit_test(test_voices__contain_and_restore),
        cmocka_unit_test(test_voices__confirmed_with_its_own_detection),
        cmocka_unit_test(test_voices__a_group_named_with_the_attack),
        cmocka_unit_test(test_voices__an_experts_place_of_work),
        cmocka_unit_test(test_voices__committees),
        cmocka_unit_test(test_voices__an_english_subject),
        cmocka_unit_test(test_voices__a_spokesperson),
        cmocka_unit_test(test_voices__suspects_named),
        cmocka_unit_test(test_voices__suspects_by_post),
        cmocka_unit_test(test_voices__suspects_named_en),
        cmocka_unit_test(test_voices__generic_description),
    };
    return cmocka_run_group_tests(tests, stages_setup, stages_teardown);
}
