/*
 * The draft's rule files: data/draft_counts.tsv (what a figure counts,
 * and in which base unit when it is a measure)
 * and data/draft_cues.tsv (cue words by kind).  The organisation tables
 * are orgtab.c's.
 */
#include "draft/stage.h"

#include "core/internal.h"

#include <stdio.h>
#include <utf8proc.h>
#include <stdlib.h>
#include <string.h>

static long counts_row(const draft_counts *dc, const char *counts);

mt_status draft_counts_load(draft_counts *out, const char *data_dir,
                            mt_error *err)
{
    memset(out, 0, sizeof *out);
    mt_tsv t;
    mt_status st = mt_tsv_open_in(&t, data_dir, "draft_counts.tsv", err);
    if (st != MT_OK)
        return st;
    const char *path = t.path;
    int cw = mt_tsv_col(&t, "word"), cc = mt_tsv_col(&t, "counts"),
        ck = mt_tsv_col(&t, "class"), ca = mt_tsv_col(&t, "as"),
        ci = mt_tsv_col(&t, "kin"), cs = mt_tsv_col(&t, "scale");
    if (cw < 0 || cc < 0) {
        mt_tsv_close(&t);
        return mt_error_at(err, MT_ERR_INPUT, path, -1,
                           "draft_counts.tsv needs columns word and counts");
    }
    int r;
    while ((r = mt_tsv_next(&t, err)) == 1) {
        if (t.field_len[cw] == 0 || t.field_len[cc] == 0) {
            r = mt_error_line(err, MT_ERR_INPUT, path, t.line,
                              "empty word or counts ('%s')", t.field[cw]);
            break;
        }
        bool unit_only = ca >= 0 && t.field_len[ca] == 4 &&
                         memcmp(t.field[ca], "unit", 4) == 0;
        if (ca >= 0 && t.field_len[ca] && !unit_only &&
            !(t.field_len[ca] == 1 && t.field[ca][0] == '-')) {
            r = mt_error_line(err, MT_ERR_INPUT, path, t.line,
                              "unknown as value '%s' (unit or -)", t.field[ca]);
            break;
        }
        /* scale: "1000 MB", a whole number of base units, or -. */
        int64_t scale = 0;
        const char *bs = NULL;
        size_t bn = 0;
        if (cs >= 0 && t.field_len[cs] &&
            !(t.field_len[cs] == 1 && t.field[cs][0] == '-')) {
            const char *sp = memchr(t.field[cs], ' ', t.field_len[cs]);
            if (sp) {
                bs = sp + 1;
                bn = t.field_len[cs] - (size_t)(bs - t.field[cs]);
            }
            if (!sp || bn == 0 || memchr(bs, ' ', bn) ||
                !mt_parse_i64(t.field[cs], (size_t)(sp - t.field[cs]),
                              &scale) ||
                scale < 1) {
                r = mt_error_line(err, MT_ERR_INPUT, path, t.line,
                                  "bad scale '%s' (a whole number and a "
                                  "unit: 1000 MB)",
                                  t.field[cs]);
                break;
            }
        }
        if (!mt_grow_pow2_at(&out->word, out->n, sizeof *out->word) ||
            !mt_grow_pow2_at(&out->counts, out->n, sizeof *out->counts) ||
            !mt_grow_pow2_at(&out->cls, out->n, sizeof *out->cls) ||
            !mt_grow_pow2_at(&out->kin, out->n, sizeof *out->kin) ||
            !mt_grow_pow2_at(&out->unit_only, out->n, sizeof *out->unit_only) ||
            !mt_grow_pow2_at(&out->scale, out->n, sizeof *out->scale) ||
            !mt_grow_pow2_at(&out->base, out->n, sizeof *out->base)) {
            r = MT_ERR_NOMEM;
            break;
        }
        out->unit_only[out->n] = unit_only;
        out->scale[out->n] = scale;
        out->base[out->n] = bs ? mt_strndup(bs, bn) : NULL;
        int kc = ck >= 0 && t.field_len[ck] ? ck : cc;
        out->word[out->n] = mt_strndup(t.field[cw], t.field_len[cw]);
        out->counts[out->n] = mt_strndup(t.field[cc], t.field_len[cc]);
        out->cls[out->n] = mt_strndup(t.field[kc], t.field_len[kc]);
        bool kin = ci >= 0 && t.field_len[ci] &&
                   !(t.field_len[ci] == 1 && t.field[ci][0] == '-');
        out->kin[out->n] =
            kin ? mt_strndup(t.field[ci], t.field_len[ci]) : NULL;
        out->n++;
        if (!out->word[out->n - 1] || !out->counts[out->n - 1] ||
            !out->cls[out->n - 1] || (kin && !out->kin[out->n - 1]) ||
            (bs && !out->base[out->n - 1])) {
            r = MT_ERR_NOMEM;
            break;
        }
        /* A counted thing is looked up by its name (its first row): its
         * rows must agree on its class and kin. */
        const char *fc = draft_counts_class(out, out->counts[out->n - 1]),
                   *fk = draft_counts_kin(out, out->counts[out->n - 1]),
                   *nk = out->kin[out->n - 1];
        if (strcmp(fc, out->cls[out->n - 1]) != 0 ||
            (fk == NULL) != (nk == NULL) || (fk && strcmp(fk, nk) != 0)) {
            r = mt_error_line(err, MT_ERR_INPUT, path, t.line,
                              "'%s' is given another class or kin than on "
                              "its first row",
                              out->counts[out->n - 1]);
            break;
        }
        /* A measure's rows share one base unit, and a count has none: a
         * figure in GB and one counted plainly are not one thing. */
        long first = counts_row(out, out->counts[out->n - 1]);
        const char *fb = first >= 0 ? out->base[first] : NULL,
                   *nb = out->base[out->n - 1];
        if ((fb == NULL) != (nb == NULL) || (fb && strcmp(fb, nb) != 0)) {
            r = mt_error_line(err, MT_ERR_INPUT, path, t.line,
                              "'%s' is given another base unit than on its "
                              "first row",
                              out->counts[out->n - 1]);
            break;
        }
    }
    mt_tsv_close(&t);
    if (r < 0) {
        draft_counts_free(out);
        return r == MT_ERR_NOMEM
                   ? mt_error_set(err, MT_ERR_NOMEM, "out of memory")
                   : (mt_status)r;
    }
    return MT_OK;
}

void draft_counts_free(draft_counts *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++) {
        free(c->word[i]);
        free(c->counts[i]);
        free(c->cls[i]);
        free(c->kin[i]);
        free(c->base[i]);
    }
    free(c->word);
    free(c->counts);
    free(c->cls);
    free(c->kin);
    free(c->unit_only);
    free(c->scale);
    free(c->base);
    memset(c, 0, sizeof *c);
}

const char *draft_counts_show(const draft_counts *dc, int64_t value,
                              const char *base, char *buf, size_t size)
{
    const char *unit = base;
    int64_t scale = 1;
    for (size_t i = 0; dc && i < dc->n; i++)
        if (dc->scale[i] > scale && dc->scale[i] <= value &&
            strcmp(dc->base[i], base) == 0) {
            scale = dc->scale[i];
            unit = dc->word[i];
        }
    /* Whole units and up to three decimals, trailing zeros dropped: a
     * figure turned back into the unit it was likely written in. */
    int64_t whole = value / scale, rest = value % scale;
    int64_t milli = (int64_t)(((double)rest / (double)scale) * 1000.0 + 0.5);
    if (milli >= 1000) {
        whole++;
        milli = 0;
    }
    if (milli == 0)
        snprintf(buf, size, "%lld %s", (long long)whole, unit);
    else {
        int dec = 3;
        while (milli % 10 == 0) {
            milli /= 10;
            dec--;
        }
        snprintf(buf, size, "%lld.%0*lld %s", (long long)whole, dec,
                 (long long)milli, unit);
    }
    return buf;
}

int64_t draft_counts_scale(const draft_counts *dc, const char *unit,
                           const char **base)
{
    *base = NULL;
    for (size_t i = 0; dc && unit && i < dc->n; i++)
        if (dc->scale[i] && strcmp(dc->word[i], unit) == 0) {
            *base = dc->base[i];
            return dc->scale[i];
        }
    return 0;
}

/* The first row of counted thing counts (the loader made every row of
 * one thing agree on class and kin), or -1. */
static long counts_row(const draft_counts *dc, const char *counts)
{
    for (size_t i = 0; dc && counts && i < dc->n; i++)
        if (strcmp(dc->counts[i], counts) == 0)
            return (long)i;
    return -1;
}

const char *draft_counts_class(const draft_counts *dc, const char *counts)
{
    long i = counts_row(dc, counts);
    return i >= 0 ? dc->cls[i] : counts;
}

const char *draft_counts_kin(const draft_counts *dc, const char *counts)
{
    long i = counts_row(dc, counts);
    return i >= 0 ? dc->kin[i] : NULL;
}

static const char *const cue_kinds[CUE_KIND_COUNT] = {
    [CUE_ANAPHOR] = "anaphor",
    [CUE_ANAPHOR_START] = "anaphor_start",
    [CUE_EVENT] = "event",
    [CUE_RELATIONSHIP] = "relationship",
    [CUE_DETAIL] = "detail",
    [CUE_ACTOR] = "actor",
    [CUE_ACTOR_NAME] = "actor_name",
    [CUE_SUBJECT] = "subject",
    [CUE_OBJECT] = "object",
    [CUE_REPORT_OF] = "report_of",
    [CUE_PLAN] = "plan",
    [CUE_NEGATION] = "negation",
    [CUE_NEG_BEFORE] = "negation_before",
    [CUE_NOT_NEGATION] = "not_negation",
    [CUE_INFORMANT] = "informant",
    [CUE_INFORMANT_PRE] = "informant_before",
    [CUE_REPORT] = "report",
    [CUE_LINK] = "link",
    [CUE_NOT_EVENT] = "not_event",
    [CUE_COORD] = "coordinator",
    [CUE_CLUTTER] = "clutter",
    [CUE_CHANGE] = "change",
    [CUE_SCOPE] = "scope",
    [CUE_CONTRAST] = "contrast",
    [CUE_PLACE_AFTER] = "place_after",
    [CUE_REGION_AFTER] = "region_after",
    [CUE_NOT_OPENER] = "not_opener",
    [CUE_NAME_AFTER] = "name_after",
    [CUE_SUBJECT_BEFORE] = "subject_before",
    [CUE_IMPERSONATION] = "impersonation",
    [CUE_OVERSEER] = "overseer",
    [CUE_OWN] = "own",
    [CUE_THEN] = "then",
    [CUE_DATED_EVENT] = "dated_event",
    [CUE_FACT_NOUN] = "fact_noun",
    [CUE_UNIT_AFTER] = "unit_after",
    [CUE_THREAT] = "threat",
    [CUE_PROFILE] = "profile",
    [CUE_CHANGE_BEFORE] = "change_before",
    [CUE_QUESTION] = "question",
    [CUE_FORM_AFTER] = "form_after",
    [CUE_REGION_BEFORE] = "region_before",
    [CUE_CLAUSE_CLOSE] = "clause_close",
    [CUE_AS_OF] = "as_of",
    [CUE_STATEMENT_OF] = "statement_of",
    [CUE_DATA_NOUN] = "data_noun",
    [CUE_UPDATE_MARK] = "update_mark",
    [CUE_WHOLE_AFTER] = "whole_after",
    [CUE_WHOLE_BEFORE] = "whole_before",
    [CUE_AT_ONCE] = "at_once",
    [CUE_FAMILY_WORD] = "family_word",
    [CUE_RECALL] = "recall",
    [CUE_UNIT_WORD] = "unit_word",
    [CUE_LEAK_HEDGE] = "leak_hedge",
    [CUE_LOCATED] = "located",
    [CUE_ASSET] = "asset",
    [CUE_POLICE_ACT] = "police_act",
    [CUE_AFFILIATION] = "affiliation",
    [CUE_HELPER] = "helper",
    [CUE_NOT_SHORT] = "not_short",
    [CUE_BACKGROUND] = "background",
    [CUE_LEAD] = "lead",
    [CUE_OFFSET] = "offset",
    [CUE_ATTACK_NOUN] = "attack_noun",
    [CUE_TOOL_VERB] = "tool_verb",
    [CUE_SOURCE_NOUN] = "source_noun",
    [CUE_WRITER] = "writer",
    [CUE_PLACE_WORD] = "place_word",
    [CUE_DEFINE_VERB] = "define_verb",
    [CUE_NOT_DESCRIPTION] = "not_description",
    [CUE_DAY_PART] = "day_part",
    [CUE_ELSEWHERE] = "elsewhere",
    [CUE_SUSPECT] = "suspect",
    [CUE_DUE] = "due",
    [CUE_ACCESS] = "access",
    [CUE_REFERENCE] = "reference",
    [CUE_REGION_JA] = "region_ja",
    [CUE_UNIT_NOUN] = "unit_noun",
    [CUE_SHORT_ENDING] = "short_ending",
};

int draft_event_cue_trigger(const char *value, unsigned *flags)
{
    mt_event_type t;
    *flags = 0;
    if (strcmp(value, "traces") == 0)
        return TRIG_TRACES;
    if (strcmp(value, "confirm") == 0)
        return TRIG_CONFIRM;
    if (strcmp(value, "avows") == 0) {
        *flags = CUE_TRIG_AVOWS;
        return TRIG_CONFIRM;
    }
    if (strcmp(value, "excludes") == 0)
        return TRIG_EXCLUDES;
    if (strcmp(value, "misuse") == 0)
        return TRIG_MISUSE;
    if (strcmp(value, "postpone") == 0) {
        *flags = CUE_TRIG_POSTPONE;
        return MT_EVENT_OTHER;
    }
    if (strcmp(value, "demand") == 0) {
        *flags = CUE_TRIG_DEMAND;
        return MT_EVENT_OTHER;
    }
    if (strcmp(value, "result") == 0) {
        *flags = CUE_TRIG_RESULT;
        return MT_EVENT_INVESTIGATION;
    }
    if (strcmp(value, "informs") == 0) {
        *flags = CUE_TRIG_INFORMS;
        return MT_EVENT_OTHER;
    }
    if (strcmp(value, "told") == 0) {
        *flags = CUE_TRIG_TOLD;
        return MT_EVENT_DETECTION;
    }
    if (strcmp(value, "occurs") == 0) {
        *flags = CUE_TRIG_OCCURS;
        return MT_EVENT_DETECTION;
    }
    return mt_event_type_parse(&t, value) == MT_OK ? (int)t : -1;
}

size_t draft_question_reach(const char *value)
{
    if (strcmp(value, "before") == 0)
        return DRAFT_QUESTION_BEFORE;
    if (strcmp(value, "after") == 0)
        return DRAFT_QUESTION_CLAUSE;
    if (strncmp(value, "after:", 6) != 0)
        return 0;
    size_t n = 0;
    const char *d = value + 6;
    if (!*d)
        return 0;
    for (; *d; d++) {
        if (*d < '0' || *d > '9' || n > 1000)
            return 0;
        n = n * 10 + (size_t)(*d - '0');
    }
    return n >= 1 && n <= 200 ? n : 0;
}

/* The values a cue kind takes, where they are a fixed set (each list
 * ends in NULL; a kind without one takes any value, or is checked by
 * its own parser in draft_cues_load).  A typo would otherwise be read
 * as another value, or as none. */
static const char *const anaphor_values[] = {
    "self",       "topic",      "authority", "company",  "hospital",
    "university", "government", "other",     "attacker", "attacker_claim",
    "both",       "police",     NULL};
static const char *const subject_values[] = {"-", "topic", "opening", NULL};
static const char *const threat_values[] = {"after", "before", NULL};
static const char *const overseer_values[] = {"end", "committee", "inquiry",
                                              NULL};
static const char *const coord_values[] = {"-", "list", NULL};
static const char *const plan_values[] = {"-", "effort", NULL};
static const char *const dash_values[] = {"-", NULL};
static const char *const actor_name_values[] = {"-", "verb", NULL};
static const char *const due_values[] = {"ask", "submit", "form", NULL};
static const char *const suspect_values[] = {
    "-", "descriptor", "english", "insider", "arrest", "cleared", NULL};
static const char *const then_values[] = {"-", "date", NULL};
static const char *const informant_values[] = {"-", "scoop", "media", NULL};
static const char *const report_values[] = {
    "-", "disclosure", "confirm", "avows", "object", "news", "press", NULL};
static const char *const *const fixed_values[CUE_KIND_COUNT] = {
    [CUE_ANAPHOR] = anaphor_values,
    [CUE_ANAPHOR_START] = anaphor_values,
    [CUE_SUBJECT] = subject_values,
    [CUE_THREAT] = threat_values,
    [CUE_OVERSEER] = overseer_values,
    [CUE_COORD] = coord_values,
    [CUE_PLAN] = plan_values,
    [CUE_INFORMANT] = informant_values,
    [CUE_INFORMANT_PRE] = informant_values,
    [CUE_REPORT] = report_values,
    [CUE_BACKGROUND] = dash_values,
    [CUE_LEAD] = dash_values,
    [CUE_THEN] = then_values,
    [CUE_DAY_PART] = dash_values,
    [CUE_ELSEWHERE] = dash_values,
    [CUE_SUSPECT] = suspect_values,
    [CUE_DUE] = due_values,
    [CUE_ACCESS] = dash_values,
    [CUE_ACTOR_NAME] = actor_name_values,
    [CUE_REFERENCE] = dash_values,
    [CUE_UNIT_NOUN] = dash_values,
    [CUE_OFFSET] = dash_values,
    [CUE_ATTACK_NOUN] = dash_values,
    [CUE_TOOL_VERB] = dash_values,
    [CUE_SOURCE_NOUN] = dash_values,
    [CUE_WRITER] = dash_values,
    [CUE_PLACE_WORD] = dash_values,
    [CUE_DEFINE_VERB] = dash_values,
    [CUE_NOT_DESCRIPTION] = dash_values,
};

/* Append cue word w[0..wl) of kind k with value v[0..vl) (a gap " * "
 * already checked by bad_gap()): 0, or MT_ERR_NOMEM. */
static int push_cue(draft_cues *out, const char *w, size_t wl, draft_cue_kind k,
                    const char *v, size_t vl)
{
    if (!mt_grow_pow2_at(&out->word, out->n, sizeof *out->word) ||
        !mt_grow_pow2_at(&out->kind, out->n, sizeof *out->kind) ||
        !mt_grow_pow2_at(&out->value, out->n, sizeof *out->value) ||
        !mt_grow_pow2_at(&out->len, out->n, sizeof *out->len) ||
        !mt_grow_pow2_at(&out->gap, out->n, sizeof *out->gap))
        return MT_ERR_NOMEM;
    out->word[out->n] = mt_strndup(w, wl);
    out->len[out->n] = wl;
    const char *g = memchr(w, '*', wl);
    out->gap[out->n] = g ? (size_t)(g - w) - 1 : 0;
    out->kind[out->n] = k;
    out->value[out->n] = mt_strndup(v, vl);
    out->n++;
    return out->word[out->n - 1] && out->value[out->n - 1] ? 0 : MT_ERR_NOMEM;
}

static bool one_of(const char *const *set, const char *s, size_t n)
{
    for (; *set; set++)
        if (strlen(*set) == n && memcmp(*set, s, n) == 0)
            return true;
    return false;
}

static int cue_kind_of(const char *s, size_t n)
{
    for (int k = 0; k < CUE_KIND_COUNT; k++)
        if (strlen(cue_kinds[k]) == n && memcmp(cue_kinds[k], s, n) == 0)
            return k;
    return -1;
}

/* Cue word w[0..n) of kind k holds a gap (" * ", hits.c) it cannot: at
 * an end, twice, or in a Japanese cue but a report's (the day the news
 * puts between its words is all a Japanese gap stands for). */
static bool bad_gap(const char *w, size_t n, int k)
{
    const char *g = memchr(w, '*', n);
    if (!g)
        return false;
    size_t at = (size_t)(g - w);
    return ((unsigned char)w[0] >= 0x80 && k != CUE_REPORT) || at < 2 ||
           at + 2 >= n || w[at - 1] != ' ' || w[at + 1] != ' ' ||
           memchr(g + 1, '*', n - at - 1) != NULL;
}

/* by_kind and from: a counting sort of the rows by kind, stable. */
static mt_status index_kinds(draft_cues *cu)
{
    cu->by_kind = malloc((cu->n ? cu->n : 1) * sizeof *cu->by_kind);
    if (!cu->by_kind)
        return MT_ERR_NOMEM;
    memset(cu->from, 0, sizeof cu->from);
    for (size_t i = 0; i < cu->n; i++)
        cu->from[cu->kind[i] + 1]++;
    for (int k = 0; k < CUE_KIND_COUNT; k++)
        cu->from[k + 1] += cu->from[k];
    size_t next[CUE_KIND_COUNT];
    memcpy(next, cu->from, sizeof next);
    for (size_t i = 0; i < cu->n; i++)
        cu->by_kind[next[cu->kind[i]]++] = i;
    return MT_OK;
}

const size_t *draft_cues_of(const draft_cues *cu, draft_cue_kind k,
                            size_t *count)
{
    if (!cu || !cu->by_kind || (int)k < 0 || k >= CUE_KIND_COUNT) {
        *count = 0;
        return NULL;
    }
    *count = cu->from[k + 1] - cu->from[k];
    return cu->by_kind + cu->from[k];
}

mt_status draft_cues_load(draft_cues *out, const char *data_dir, mt_error *err)
{
    memset(out, 0, sizeof *out);
    mt_tsv t;
    mt_status st = mt_tsv_open_in(&t, data_dir, "draft_cues.tsv", err);
    if (st != MT_OK)
        return st;
    const char *path = t.path;
    int cw = mt_tsv_col(&t, "word"), ck = mt_tsv_col(&t, "kind"),
        cv = mt_tsv_col(&t, "value");
    if (cw < 0 || ck < 0 || cv < 0) {
        mt_tsv_close(&t);
        return mt_error_at(err, MT_ERR_INPUT, path, -1,
                           "draft_cues.tsv needs columns word, kind, value");
    }
    int r;
    while ((r = mt_tsv_next(&t, err)) == 1) {
        int kind = cue_kind_of(t.field[ck], t.field_len[ck]);
        utf8proc_int32_t cp;
        mt_event_type ev;
        unsigned flags;
        const char *bad = NULL;
        int col = cw; /* the field the error quotes */
        if (t.field_len[cw] == 0) {
            bad = "empty cue word";
        } else if (kind < 0) {
            bad = "unknown cue kind";
            col = ck;
        } else if (bad_gap(t.field[cw], t.field_len[cw], kind)) {
            bad = "misplaced gap ' * ' (once, between two words; in "
                  "Japanese, of a report only)";
        } else if (kind == CUE_CONTRAST &&
                   utf8proc_iterate((const utf8proc_uint8_t *)t.field[cw],
                                    (utf8proc_ssize_t)t.field_len[cw],
                                    &cp) != (utf8proc_ssize_t)t.field_len[cw]) {
            bad = "a contrast is one character, not";
        } else if (kind == CUE_DATED_EVENT &&
                   mt_event_type_parse(&ev, t.field[cv]) != MT_OK) {
            bad = "unknown event type";
            col = cv;
        } else if (kind == CUE_EVENT &&
                   draft_event_cue_trigger(t.field[cv], &flags) < 0) {
            bad = "unknown event value";
            col = cv;
        } else if (fixed_values[kind] &&
                   !one_of(fixed_values[kind], t.field[cv], t.field_len[cv])) {
            bad = "unknown value";
            col = cv;
        } else if (kind == CUE_QUESTION &&
                   draft_question_reach(t.field[cv]) == 0) {
            bad = "unknown question value";
            col = cv;
        }
        if (bad) {
            r = mt_error_line(err, MT_ERR_INPUT, path, t.line, "%s%s%s '%s'",
                              bad, kind >= 0 ? " of kind " : "",
                              kind >= 0 ? cue_kinds[kind] : "", t.field[col]);
            break;
        }
        r = push_cue(out, t.field[cw], t.field_len[cw], (draft_cue_kind)kind,
                     t.field[cv], t.field_len[cv]);
        if (r < 0)
            break;
        /* English sources write "weren't" with a typographic apostrophe
         * as often: the word is a cue in either spelling. */
        if (memchr(t.field[cw], '\'', t.field_len[cw])) {
            size_t cl = 0;
            char *curly =
                mt_curly_apostrophes(t.field[cw], t.field_len[cw], &cl);
            r = curly ? push_cue(out, curly, cl, (draft_cue_kind)kind,
                                 t.field[cv], t.field_len[cv])
                      : MT_ERR_NOMEM;
            free(curly);
            if (r < 0)
                break;
        }
    }
    mt_tsv_close(&t);
    if (r >= 0 && index_kinds(out) != MT_OK)
        r = MT_ERR_NOMEM;
    if (r < 0) {
        draft_cues_free(out);
        return r == MT_ERR_NOMEM
                   ? mt_error_set(err, MT_ERR_NOMEM, "out of memory")
                   : (mt_status)r;
    }
    return MT_OK;
}

void draft_cues_free(draft_cues *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++) {
        free(c->word[i]);
        free(c->value[i]);
    }
    free(c->word);
    free(c->kind);
    free(c->value);
    free(c->len);
    free(c->gap);
    free(c->by_kind);
    memset(c, 0, sizeof *c);
}
