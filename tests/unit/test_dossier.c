/*
 * Unit tests of the dossier module: parser, diagnostics (exact text and
 * position), derived figures, corroboration and conflicts.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "matome/dossier.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HEAD "---\nid: t-1\ntitle: T\nstatus: ongoing\n---\n"

/* Parse, validate and derive; the diagnostics joined with newlines. */
static mt_dossier *build(const char *text, char *diags, size_t size)
{
    mt_diag_list dl;
    assert_int_equal(mt_diag_list_init(&dl, "d.md"), MT_OK);
    mt_dossier *d = NULL;
    assert_int_equal(
        mt_dossier_parse(&d, text, strlen(text), "d.md", &dl, NULL), MT_OK);
    assert_int_equal(mt_dossier_validate(d, NULL, &dl, NULL), MT_OK);
    assert_int_equal(mt_dossier_derive(d, NULL, NULL), MT_OK);
    size_t len = 0;
    diags[0] = '\0';
    for (size_t i = 0; i < dl.count; i++) {
        char line[1024];
        mt_diag_format(&dl, i, line, sizeof line);
        len += (size_t)snprintf(diags + len, size - len, "%s%s", i ? "\n" : "",
                                line);
        assert_true(len < size);
    }
    mt_diag_list_clear(&dl);
    return d;
}

/* Citation groups are read right to left and their numbers left to
 * right: each number keeps its own column (in characters, after
 * multibyte text), in the order written, and a bad one is reported at
 * its column. */
static void test_dossier__citation_columns(void **state)
{
    (void)state;
    char diags[4096];
    mt_dossier *d =
        build(HEAD "## Sources\n"
                   "1. [media] A | T | 2020-02 | - \n"
                   "2. [media] B | T | 2020-02 | - \n"
                   "3. [media] C | T | 2020-02 | - \n"
                   "## Organisations\n- 神戸鋼 (victim)\n"
                   "## Timeline\n"
                   "- 2016-08 | 神戸鋼 | detection | 検知 [1][2, 3]\n",
              diags, sizeof diags);
    assert_string_equal(diags, "");
    const mt_cites *c = &d->events[0].cites;
    assert_int_equal(c->count, 3);
    assert_int_equal(c->n[0], 1);
    assert_int_equal(c->n[2], 3);
    assert_int_equal(c->col[0], 35);
    assert_int_equal(c->col[1], 38);
    assert_int_equal(c->col[2], 41);
    assert_string_equal(d->events[0].text, "検知");
    mt_dossier_free(d);
    d = build(HEAD "## Sources\n"
                   "1. [media] A | T | 2020-02 | - \n"
                   "## Organisations\n- 神戸鋼 (victim)\n"
                   "## Timeline\n"
                   "- 2016-08 | 神戸鋼 | detection | 検知 [1][0]\n",
              diags, sizeof diags);
    assert_non_null(strstr(diags, "d.md:11:38: error: citation '0'"));
    mt_dossier_free(d);
}

static void test_dossier__parses_every_section(void **state)
{
    (void)state;
    char diags[4096];
    mt_dossier *d = build(
        "---\nid: kp-2020\ntitle: 神戸製鋼所 (Kobe Steel)\nstatus: closed\n"
        "related: a-1, b-2\nupdated: 2020-02-08 新規作成\n---\n"
        "## Sources\n"
        "1. [authority] 防衛省 | 発表 | 2020年2月6日 | https://e.jp/1 | ja\n"
        "2. [media] Paper \\| Co | Title | 2020-02 | - \n"
        "## Organisations\n"
        "- 神戸製鋼所 (victim) aka 神戸鋼、Kobe Steel: 発射管を納入 [1]\n"
        "## Claims\n### Kobe Steel\n"
        "- [impact] 約250件 {possible} {~1,250 件: files} [1][2]\n"
        "## Timeline\n"
        "- early 2016-08 | 神戸鋼 | detection | 検知 [1, 2]\n"
        "## Commentary\npara one\nline two\n\npara two\n",
        diags, sizeof diags);
    assert_string_equal(diags, "");
    assert_string_equal(d->id, "kp-2020");
    assert_int_equal(d->status, MT_INCIDENT_CLOSED);
    assert_int_equal(d->nrelated, 2);
    assert_string_equal(d->related[1].id, "b-2");
    assert_int_equal(d->updates[0].date.day, 8);
    assert_int_equal(d->nsources, 2);
    assert_string_equal(d->sources[1].publisher, "Paper | Co");
    assert_null(d->sources[1].url);
    assert_int_equal(d->sources[0].published.day, 6);
    assert_int_equal(d->orgs[0].naliases, 2);
    assert_string_equal(d->orgs[0].aliases[1], "Kobe Steel");
    assert_string_equal(d->orgs[0].note, "発射管を納入");
    const mt_dossier_claim *c = &d->claims[0];
    assert_int_equal(c->org_index, 0);
    assert_int_equal(c->hedge, MT_HEDGE_POSSIBLE);
    assert_string_equal(c->text, "約250件");
    assert_true(c->has_quantity);
    assert_int_equal(c->quantity.value, 1250);
    assert_true(c->quantity.approx);
    assert_string_equal(c->quantity.unit, "件");
    assert_string_equal(c->quantity.counts, "files");
    assert_int_equal(c->cites.count, 2);
    assert_int_equal(c->cites.n[0], 1);
    assert_int_equal(c->cites.n[1], 2);
    assert_int_equal(c->corroboration.sources, 2);
    assert_int_equal(c->corroboration.authority, 1);
    assert_int_equal(c->corroboration.media, 1);
    assert_false(c->corroboration.single_source);
    assert_int_equal(d->events[0].date.mods, MT_DMOD_START);
    assert_int_equal(d->ncommentary, 2);
    assert_string_equal(d->commentary[0].text, "para one\nline two");
    mt_dossier_free(d);
}

static void test_dossier__diagnostics_exact(void **state)
{
    (void)state;
    char diags[8192];
    mt_dossier *d =
        build(HEAD "## Sources\n"
                   "1. [media] A | t | 2017-13 | https://e.jp/1\n"
                   "2. [media] B | t | 2020-01-01 | https://e.jp/2\n"
                   "3. [media] C | t | 2020-01-01 | https://e.jp/2\n"
                   "## Organisations\n- X (victim)\n"
                   "## Claims\n### X\n- [impact] no cite\n- [impact] bad [9]\n"
                   "### Y\n- [context] who [3]\n"
                   "## Timeline\n"
                   "- 2月30日 | X | other | t [3]\n"
                   "- 2016-04 | X | intrusion_start | t [3]\n"
                   "- 2015-03 | X | detection | t [3]\n"
                   "- 2016 | X | hack | t [3]\n",
              diags, sizeof diags);
    assert_string_equal(
        diags,
        "d.md:7:1: warning: source 1 is never cited; cite it as [1] or "
        "remove it\n"
        "d.md:7:20: error: impossible date '2017-13': there is no month 13; "
        "use a month from 1 to 12\n"
        "d.md:8:1: warning: source 2 is never cited; cite it as [2] or "
        "remove it\n"
        "d.md:9:1: error: source 3 has the same URL as source 2; remove it "
        "and cite [2] instead\n"
        "d.md:14:3: error: claim has no citation; cite its source at the end "
        "of the line, e.g. [1]\n"
        "d.md:15:17: error: citation [9] refers to no source; add source 9 "
        "under '## Sources' or correct the number\n"
        "d.md:17:3: error: unknown organisation 'Y'; declare it under '## "
        "Organisations' or use a declared name or alias\n"
        "d.md:19:3: error: impossible date '2月30日': February has at most 29 "
        "days; correct the day\n"
        "d.md:21:3: warning: timeline entry dated 2015-03 comes after one "
        "dated 2016-04 (line 20); move it up to keep the timeline in date "
        "order\n"
        "d.md:21:3: error: detection dated 2015-03 is before X's earliest "
        "intrusion evidence, dated 2016-04 (line 20); correct one of the two "
        "dates, or mark the earlier evidence as 'by DATE'\n"
        "d.md:22:14: error: unknown event type 'hack'; use intrusion_start, "
        "detection, investigation, containment, leak_possible, leak_denied, "
        "authority_confirmation, notification, disclosure, media_report, "
        "attribution, remediation or other");
    mt_dossier_free(d);
}

static void test_dossier__invalid_utf8_and_header(void **state)
{
    (void)state;
    char diags[4096];
    mt_dossier *d =
        build("---\nid: Bad\ntitle: 日本\xff\n---\n", diags, sizeof diags);
    assert_string_equal(
        diags,
        "d.md:1:1: error: the header has no incident id; add 'id: "
        "short-incident-name'\n"
        "d.md:1:1: error: the header has no title; add 'title: ...'\n"
        "d.md:1:1: error: the header has no status; add 'status: ongoing' or "
        "'status: closed'\n"
        "d.md:2:5: error: invalid incident id 'Bad'; use lower-case letters, "
        "digits, '-', '_' and '.', starting with a letter or digit\n"
        "d.md:3:10: error: invalid UTF-8 byte 0xFF; save the file as UTF-8");
    mt_dossier_free(d);
}

/* The figure named n, or a zeroed one with org_index -2 when absent (never
 * NULL, so that the tests need no null checks). */
static const mt_dossier_figure *figure(const mt_dossier *d, mt_figure_name n)
{
    static const mt_dossier_figure none = {.org_index = -2};
    for (size_t i = 0; i < d->nfigures; i++)
        if (d->figures[i].name == n)
            return &d->figures[i];
    return &none;
}

static void test_dossier__figures_month_ranges(void **state)
{
    (void)state;
    char diags[4096];
    mt_dossier *d =
        build(HEAD "## Sources\n1. [official] P | t | 2020-02-06 | -\n"
                   "## Organisations\n- パスコ (victim)\n"
                   "## Timeline\n"
                   "- 2016-04~ | パスコ | intrusion_start | t [1]\n"
                   "- 2018-05 | パスコ | detection | t [1]\n"
                   "- by 2019-03 | パスコ | notification | t [1]\n"
                   "- 2020-02-06 | パスコ | disclosure | t [1]\n",
              diags, sizeof diags);
    assert_string_equal(diags, "");
    const mt_dossier_figure *f = figure(d, MT_FIGURE_DWELL_TIME);
    assert_int_equal(f->org_index, 0);
    assert_int_equal(f->months_min, 24);
    assert_int_equal(f->months_max, 26);
    assert_int_equal(f->days_min, 731); /* 2016-04-30 .. 2018-05-01 */
    assert_int_equal(f->days_max, 790); /* 2016-04-01 .. 2018-05-31 */
    assert_true(f->approx);
    f = figure(d, MT_FIGURE_DETECTION_TO_DISCLOSURE);
    assert_int_equal(f->org_index, 0);
    assert_int_equal(f->months_min, 20);
    assert_int_equal(f->months_max, 22);
    f = figure(d, MT_FIGURE_NOTIFICATION_TO_AUTHORITY);
    assert_int_equal(f->org_index, 0);
    assert_true(f->min_open); /* "by 2019-03": could be right after */
    assert_int_equal(f->days_min, 0);
    assert_int_equal(f->months_max, 11);
    assert_int_equal(figure(d, MT_FIGURE_DISCLOSURE_TO_TODAY)->org_index, -2);
    mt_dossier_free(d);
}

static void test_dossier__conflicts_and_single_source(void **state)
{
    (void)state;
    char diags[4096];
    mt_dossier *d =
        build(HEAD "## Sources\n1. [media] A | t | 2019-03-05 | -\n"
                   "2. [media] B | t | 2019-03-06 | -\n"
                   "3. [official] K | t | 2019-03-04 | -\n"
                   "## Organisations\n- K (victim)\n"
                   "## Claims\n### K\n"
                   "- [impact] a {possible} {250 件: files} [1]\n"
                   "- [impact] b {possible} {250 件: accesses} [2]\n"
                   "- [impact] c {100 人} [1]\n- [impact] d {denied} [3]\n"
                   "## Timeline\n- 2018-05-10 | K | detection | x [1]\n"
                   "- 2018-05-12 | K | detection | y [2]\n"
                   "- 2019-02 | K | detection | z [2]\n"
                   "- 2019-03-04 | K | notification | police told [1]\n"
                   "- 2019-03-05 | K | notification | regulator told [2]\n",
              diags, sizeof diags);
    assert_string_equal(diags, "");
    assert_true(d->claims[0].corroboration.single_source);
    /* (notifications a day apart go to two parties: no conflict) */
    assert_int_equal(d->nconflicts, 3);
    const mt_dossier_conflict *c = &d->conflicts[0];
    assert_string_equal(c->about, "what 250 件 counts");
    assert_int_equal(c->nvariants, 2);
    assert_string_equal(c->variants[0].value, "250 件 (accesses)");
    assert_int_equal(c->variants[0].cites.n[0], 2);
    assert_string_equal(c->variants[1].value, "250 件 (files)");
    assert_string_equal(d->conflicts[1].about, "date of detection");
    assert_string_equal(d->conflicts[1].variants[0].value, "2018-05-10");
    assert_string_equal(d->conflicts[1].variants[1].value, "2018-05-12");
    assert_string_equal(d->conflicts[2].about, "leak");
    assert_string_equal(d->conflicts[2].variants[0].value, "c");
    assert_string_equal(d->conflicts[2].variants[1].value, "d");
    /* Derivation is repeatable: derived conflicts are replaced. */
    assert_int_equal(mt_dossier_derive(d, NULL, NULL), MT_OK);
    assert_int_equal(d->nconflicts, 3);
    mt_dossier_free(d);
    /* What was found of a leak changes by the day: accounts of unknown
     * days, or two weeks apart, are no disagreement. */
    static const char *const days[][2] = {{"-", "2019-03-04"},
                                          {"2019-03-20", "2019-03-04"}};
    for (size_t i = 0; i < 2; i++) {
        char text[1024];
        snprintf(text, sizeof text,
                 HEAD "## Sources\n1. [media] A | t | %s | -\n"
                      "2. [official] K | t | %s | -\n"
                      "## Organisations\n- K (victim)\n"
                      "## Claims\n### K\n- [impact] c {100 人} [1]\n"
                      "- [impact] d {denied} [2]\n",
                 days[i][0], days[i][1]);
        d = build(text, diags, sizeof diags);
        assert_string_equal(diags, "");
        assert_int_equal(d->nconflicts, 0);
        mt_dossier_free(d);
    }
}

/* An announcement three days after another is a later notice (an answer
 * to the press), not a disagreement about the first; two detections three
 * days apart are. */
static void test_dossier__announcements_days_apart(void **state)
{
    (void)state;
    char diags[4096];
    mt_dossier *d = build(HEAD "## Sources\n1. [media] A | t | 2023-06-06 | -\n"
                               "2. [media] B | t | 2023-06-09 | -\n"
                               "## Organisations\n- K (victim)\n## Timeline\n"
                               "- 2023-06-01 | K | detection | x [1]\n"
                               "- 2023-06-04 | K | detection | y [2]\n"
                               "- 2023-06-06 | K | disclosure | x [1]\n"
                               "- 2023-06-09 | K | disclosure | y [2]\n",
                          diags, sizeof diags);
    assert_string_equal(diags, "");
    assert_int_equal(d->nconflicts, 1);
    assert_string_equal(d->conflicts[0].about, "date of detection");
    mt_dossier_free(d);
}

/* A conflict the analyst (or the draft) wrote about one fact's date
 * stands for the derived conflict of that fact only: one about whether a
 * day was the attack's or its detection's leaves two days told for the
 * announcement to be found. */
static size_t date_conflicts_beside(const char *written)
{
    char diags[4096], text[1024];
    snprintf(text, sizeof text,
             HEAD
             "## Sources\n1. [media] A | t | - | -\n2. [media] B | t | - | "
             "-\n## Organisations\n- K (victim)\n## Timeline\n"
             "- 2023-07-05 | K | intrusion_start | x [1]\n"
             "- 2023-07-05 | K | detection | y [2]\n"
             "- 2023-07-10 | K | disclosure | x [1]\n"
             "- 2023-07-12 | K | disclosure | y [2]\n"
             "## Conflicts\n%s",
             written);
    mt_dossier *d = build(text, diags, sizeof diags);
    assert_string_equal(diags, "");
    size_t derived = 0;
    for (size_t i = 0; i < d->nconflicts; i++)
        if (d->conflicts[i].derived) {
            assert_string_equal(d->conflicts[i].about, "date of disclosure");
            derived++;
        }
    mt_dossier_free(d);
    return derived;
}

static void test_dossier__written_date_conflict_of_another_fact(void **state)
{
    (void)state;
    assert_int_equal(
        date_conflicts_beside("- K | detection or intrusion in 2023-07-05 | "
                              "detection 2023-07-05 [2] | intrusion "
                              "2023-07-05 [1]\n"),
        1);
    assert_int_equal(date_conflicts_beside("- K | date of detection and "
                                           "disclosure | 2023-07-10 [1] | "
                                           "2023-07-12 [2]\n"),
                     0);
    /* a written date conflict of another fact hides nothing of this one */
    assert_int_equal(date_conflicts_beside("- K | date of detection | "
                                           "2023-07-05 [2] | 2023-07-06 [1]\n"),
                     1);
    assert_int_equal(date_conflicts_beside("- K | when | 2023-07-10 [1] | "
                                           "2023-07-12 [2]\n"),
                     1);
}

/* The derived conflicts of a dossier whose sources are dated 2023-10-18,
 * 2023-10-20 and 2023-12-19 and whose claims of K are `claims`: the
 * first one's subject in about (size 64), or "" when there is none. */
static size_t figure_conflicts(const char *claims, char *about)
{
    char diags[4096], text[1024];
    /* Source 3 is cited by a claim without a figure in each case. */
    snprintf(text, sizeof text,
             HEAD "## Sources\n1. [media] A | t | 2023-10-18 | -\n"
                  "2. [media] B | t | 2023-10-20 | -\n"
                  "3. [media] C | t | 2023-12-19 | -\n"
                  "## Organisations\n- K (victim)\n## Claims\n### K\n"
                  "- [impact] z {possible} [1,2,3]\n%s",
             claims);
    mt_dossier *d = build(text, diags, sizeof diags);
    assert_string_equal(diags, "");
    size_t n = d->nconflicts;
    snprintf(about, 64, "%s", n ? d->conflicts[0].about : "");
    mt_dossier_free(d);
    return n;
}

/* Two figures for one count conflict only as two accounts of the same
 * news: stated with the same certainty, by sources published within a
 * week of each other. */
static void test_dossier__figure_conflicts_same_news(void **state)
{
    (void)state;
    char about[64];
    /* Two outlets in the same week: a conflict. */
    assert_int_equal(figure_conflicts("- [impact] a {100 件: customers} [1]\n"
                                      "- [impact] b {120 件: customers} [2]\n",
                                      about),
                     1);
    assert_string_equal(about, "number of customers");
    /* Two months later the count was revised: no conflict. */
    assert_int_equal(figure_conflicts("- [impact] a {100 件: customers} [1]\n"
                                      "- [impact] c {928 件: customers} [3]\n",
                                      about),
                     0);
    /* What did leak and what may have: two counts. */
    assert_int_equal(
        figure_conflicts("- [impact] a {100 件: customers} [1]\n"
                         "- [impact] b {possible} {3900 件: customers} [2]\n",
                         about),
        0);
    /* A round figure and a cut one are one count beside the exact
     * figure both come from (165万 and 164万 of 1,648,922); alone, two. */
    assert_int_equal(figure_conflicts("- [impact] a {1650000 人: people} [1]\n"
                                      "- [impact] b {1640000 人: people} [2]\n"
                                      "- [impact] c {1648922 人: people} [2]\n",
                                      about),
                     0);
    assert_int_equal(figure_conflicts("- [impact] a {1650000 人: people} [1]\n"
                                      "- [impact] b {1640000 人: people} [2]\n",
                                      about),
                     1);
    /* a third rounder than they are explains neither */
    assert_int_equal(figure_conflicts("- [impact] a {1650000 人: people} [1]\n"
                                      "- [impact] b {2400000 人: people} [2]\n"
                                      "- [impact] c {2000000 人: people} [2]\n",
                                      about),
                     1);
    /* A source that gives both figures tells a count and its revision;
     * one that gives the first only told it before: no conflict.  A
     * third source with a figure of its own still stands against
     * them. */
    assert_int_equal(figure_conflicts("- [impact] a {1200 件: customers} [1]\n"
                                      "- [impact] b {205 件: customers} [2]\n"
                                      "- [impact] c {1200 件: customers} [2]\n",
                                      about),
                     0);
    assert_int_equal(figure_conflicts("- [impact] a {205 件: customers} [1]\n"
                                      "- [impact] b {1200 件: customers} [2]\n"
                                      "- [impact] c {205 件: customers} [2]\n",
                                      about),
                     0);
    assert_int_equal(figure_conflicts("- [impact] a {1200 件: customers} [1]\n"
                                      "- [impact] b {205 件: customers} [2]\n"
                                      "- [impact] c {1200 件: customers} [2]\n"
                                      "- [impact] d {310 件: customers} [1]\n",
                                      about),
                     1);
    /* Figures of different magnitudes count different groups (those
     * defrauded and the service's members). */
    assert_int_equal(
        figure_conflicts("- [impact] a {808 人: people} [1]\n"
                         "- [impact] b {15000000 人: people} [2]\n",
                         about),
        0);
    /* A floor agrees with any figure that meets it (29万件以上 and
     * 296,019), and with another floor; not with a figure below it. */
    assert_int_equal(figure_conflicts("- [impact] a {>=290000 件: people} [1]\n"
                                      "- [impact] b {296019 件: people} [2]\n",
                                      about),
                     0);
    /* a floor met exactly */
    assert_int_equal(figure_conflicts("- [impact] a {>=290000 件: people} [1]\n"
                                      "- [impact] b {290000 件: people} [2]\n",
                                      about),
                     0);
    assert_int_equal(
        figure_conflicts("- [impact] a {>=1000000 MB: data} [1]\n"
                         "- [impact] b {>=~2000000 MB: data} [2]\n",
                         about),
        0);
    assert_int_equal(figure_conflicts("- [impact] a {>=290000 件: people} [1]\n"
                                      "- [impact] b {250000 件: people} [2]\n",
                                      about),
                     1);
}

/* A floor is written ">=" before the figure (and its "~"), read back as
 * written and printed so again. */
static void test_dossier__quantity_floor(void **state)
{
    (void)state;
    char diags[4096];
    const char *text =
        HEAD "## Sources\n1. [media] A | t | 2023-10-18 | -\n"
             "## Organisations\n- K (victim)\n## Claims\n### K\n"
             "- [impact] more than 1 TB {>=~1,000,000 MB: data} [1]\n";
    mt_dossier *d = build(text, diags, sizeof diags);
    assert_string_equal(diags, "");
    const mt_quantity *q = &d->claims[0].quantity;
    assert_true(q->at_least);
    assert_true(q->approx);
    assert_int_equal(q->value, 1000000);
    char *out = NULL;
    assert_int_equal(mt_dossier_print(d, &out, NULL, NULL), MT_OK);
    assert_non_null(strstr(out, "{>=~1000000 MB: data} [1]"));
    free(out);
    mt_dossier_free(d);
    /* a floor and the same value told exactly are two variants of a
     * derived conflict: 296,019 meets the one, not the other */
    text = HEAD "## Sources\n1. [media] A | t | 2023-10-18 | -\n"
                "2. [media] B | t | 2023-10-18 | -\n"
                "3. [media] C | t | 2023-10-19 | -\n"
                "## Organisations\n- K (victim)\n## Claims\n### K\n"
                "- [impact] a {>=280000 人: people} [1]\n"
                "- [impact] b {280000 人: people} [2]\n"
                "- [impact] c {296019 人: people} [3]\n";
    d = build(text, diags, sizeof diags);
    assert_string_equal(diags, "");
    assert_int_equal(d->nconflicts, 1);
    assert_int_equal(d->conflicts[0].nvariants, 3);
    mt_dossier_free(d);
    /* ">" alone is no floor: the quantity cannot be read */
    mt_diag_list dl;
    assert_int_equal(mt_diag_list_init(&dl, "d.md"), MT_OK);
    text = HEAD "## Sources\n1. [media] A | t | 2023-10-18 | -\n"
                "## Organisations\n- K (victim)\n## Claims\n### K\n"
                "- [impact] x {>1000 MB: data} [1]\n";
    d = NULL;
    mt_dossier_parse(&d, text, strlen(text), "d.md", &dl, NULL);
    assert_true(dl.count > 0);
    char line[1024];
    mt_diag_format(&dl, 0, line, sizeof line);
    assert_non_null(strstr(line, "cannot read quantity"));
    mt_diag_list_clear(&dl);
    mt_dossier_free(d);
}

static void test_dossier__date_modifiers(void **state)
{
    (void)state;
    char diags[4096];
    mt_dossier *d = build(HEAD "## Sources\n1. [media] A | t | - | -\n"
                               "## Organisations\n- K (victim)\n## Timeline\n"
                               "- around 2016 | K | other | a [1]\n"
                               "- 2016年4月ごろ | K | other | b [1]\n"
                               "- 2016年8月上旬 | K | other | c [1]\n"
                               "- since 2017-10 | K | other | d [1]\n"
                               "- 2017年10月までに | K | other | e [1]\n"
                               "- late 2018 | K | other | f [1]\n",
                          diags, sizeof diags);
    assert_string_equal(diags, "");
    char buf[MT_DOSSIER_DATE_TEXT_MAX];
    const char *want[] = {"2016~",         "2016-04~",   "early 2016-08",
                          "since 2017-10", "by 2017-10", "late 2018"};
    for (size_t i = 0; i < 6; i++)
        assert_string_equal(
            mt_dossier_date_format(&d->events[i].date, buf, sizeof buf),
            want[i]);
    int32_t lo, hi;
    assert_int_equal(mt_dossier_date_span(&d->events[2].date, &lo, &hi), MT_OK);
    assert_int_equal(hi - lo, 9); /* 1..10 August */
    assert_string_equal(
        mt_dossier_mod_str(MT_DMOD_APPROX | MT_DMOD_START, buf, sizeof buf),
        "approx+start");
    mt_dossier_free(d);
}

static void test_dossier__json(void **state)
{
    (void)state;
    char diags[1024];
    mt_dossier *d = build(HEAD "## Sources\n1. [media] A | t | 2020-02 | -\n"
                               "## Organisations\n- K (victim)\n"
                               "## Claims\n### K\n- [impact] x [1]\n",
                          diags, sizeof diags);
    char *out = NULL;
    size_t len = 0;
    assert_int_equal(mt_render_json(d, &out, &len, NULL), MT_OK);
    assert_int_equal(strlen(out), len);
    assert_non_null(strstr(out, "\"incident\": \"t-1\""));
    assert_non_null(strstr(out, "\"published\": \"2020-02\""));
    assert_non_null(strstr(out, "\"single_source\": true"));
    assert_int_equal(out[len - 1], '\n');
    mt_free(out);
    mt_dossier_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dossier__parses_every_section),
        cmocka_unit_test(test_dossier__citation_columns),
        cmocka_unit_test(test_dossier__diagnostics_exact),
        cmocka_unit_test(test_dossier__invalid_utf8_and_header),
        cmocka_unit_test(test_dossier__figures_month_ranges),
        cmocka_unit_test(test_dossier__conflicts_and_single_source),
        cmocka_unit_test(test_dossier__announcements_days_apart),
        cmocka_unit_test(test_dossier__figure_conflicts_same_news),
        cmocka_unit_test(test_dossier__written_date_conflict_of_another_fact),
        cmocka_unit_test(test_dossier__quantity_floor),
        cmocka_unit_test(test_dossier__date_modifiers),
        cmocka_unit_test(test_dossier__json),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
