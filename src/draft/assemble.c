/*
 * Draft assembly (draft_internal.h): per-sentence spans of every source
 * become organisations, a merged timeline, claims, conflicts and related
 * incidents.
 *
 * Sources are numbered authority, official, media, then blog and other,
 * each by publication date (undated last), ties by id, so the same inputs
 * always give the same numbers.  Every element cites the numbers of the
 * sources it came from; merged elements cite all of them, in number order.
 * Each source is cited at most once per element.
 *
 * The result validates without errors (draft.h promises it): every claim
 * and entry names an organisation the dossier declares and cites at least
 * one source, every date has a year, and an intrusion entry that would put
 * a detection before the organisation's earliest intrusion evidence is
 * kept as a conflict instead of a timeline line.
 */
#include "draft/stage.h"

#include "dossier/dossier_internal.h"

#include "core/buf.h"
#include "core/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- sources ---- */

static int kind_rank(mt_source_kind k)
{
    switch (k) {
    case MT_KIND_AUTHORITY:
        return 0;
    case MT_KIND_OFFICIAL:
        return 1;
    case MT_KIND_MEDIA:
        return 2;
    default:
        return 3;
    }
}

typedef struct ranked {
    const draft_source *s;
    size_t at;
} ranked;

static int cmp_sources(const void *pa, const void *pb)
{
    const ranked *a = pa, *b = pb;
    int ka = kind_rank(a->s->kind), kb = kind_rank(b->s->kind);
    if (ka != kb)
        return ka < kb ? -1 : 1;
    /* Undated last, and so those read as of an inferred day: the
     * footnote numbers do not move with the inference. */
    int da = a->s->published.year != 0 && !a->s->inferred,
        db = b->s->published.year != 0 && !b->s->inferred;
    if (da != db)
        return da ? -1 : 1;
    int c = da ? mt_date_compare(&a->s->published, &b->s->published) : 0;
    if (c)
        return c;
    c = strcmp(a->s->id ? a->s->id : "", b->s->id ? b->s->id : "");
    if (c)
        return c;
    return a->at < b->at ? -1 : a->at > b->at;
}

/* The sentence is Japanese: it holds kana or kanji.  A Japanese article
 * quotes English and an English one Japanese names, so the rules follow
 * the sentence, not the source. */
static bool japanese(const draft_sentence *s)
{
    for (size_t i = 0; i + 2 < s->len; i++) {
        unsigned char b = (unsigned char)s->text[i];
        if (b == 0xE3 || (b >= 0xE4 && b <= 0xE9))
            return true; /* U+3000..U+9FFF: kana, CJK punctuation, kanji */
    }
    return false;
}

/* A line of page furniture (data/draft_cues.tsv, kind clutter): a link
 * to another article says nothing of this incident. */
static bool clutter(const ctx *c, const draft_sentence *s)
{
    size_t i = 0;
    while (i < s->len && (s->text[i] == ' ' || s->text[i] == '\n'))
        i++;
    return draft_cue_prefix(c, CUE_CLUTTER, s->text + i, s->len - i) > 0;
}

/* Mention i of m comes right after である and a named organisation
 * before it in the sentence: 「Xの100%子会社であるY」, Y set beside X as
 * what it is. */
static bool appositive(const draft_sentence *s, size_t i, const mention *m)
{
    static const char dearu[] = "\xe3\x81\xa7\xe3\x81\x82\xe3\x82\x8b";
    size_t n = sizeof dearu - 1;
    if (m[i].pos < n || memcmp(s->text + m[i].pos - n, dearu, n) != 0)
        return false;
    for (size_t k = 0; k < i; k++)
        if (m[k].named)
            return true;
    return false;
}

/* A section heading, not a statement: a line wrapped in 【】 (【再発防止
 *策】) or of eight characters at most without a sentence end (影響と対
 * 策, "Background"). */
static bool heading(const draft_sentence *s)
{
    size_t a = 0, b = s->len;
    while (a < b && (s->text[a] == ' ' || s->text[a] == '\n'))
        a++;
    while (b > a && (s->text[b - 1] == ' ' || s->text[b - 1] == '\n'))
        b--;
    static const char open[] = "\xe3\x80\x90", close[] = "\xe3\x80\x91";
    if (b - a >= 6 && memcmp(s->text + a, open, 3) == 0 &&
        memcmp(s->text + b - 3, close, 3) == 0)
        return true;
    size_t chars = mt_utf8_chars(s->text + a, b - a);
    return chars > 0 && chars <= 8 && !memchr(s->text + a, '.', b - a) &&
           !draft_has_sub(s->text + a, b - a, "\xe3\x80\x82"); /* 。 */
}

static void sentence(ctx *c, reader *r, const draft_sentence *s)
{
    if (clutter(c, s) || heading(s))
        return;
    parts p;
    memset(&p, 0, sizeof p);
    p.s = s;
    r->ja = japanese(s);
    r->last = (mt_dossier_date){{0, 0, 0, 0}, 0};
    r->last_org = -1;
    draft_read_parts(c, r, &p);
    /* "Sony Sony" over a headline: a line of names and nothing else is a
     * site's or a section's masthead, no subject of what follows. */
    if (draft_names_only(&p)) {
        draft_parts_free(&p);
        return;
    }
    /* 「2011年の…漏洩が想起される」, "This is not the first time X was
     * attacked. A February attack ...": this sentence and the next. */
    bool cue = draft_hit_in(&p, CUE_RECALL, 0, SIZE_MAX);
    r->recall = cue || r->recall_next;
    r->recall_next = cue;
    if (c->st == MT_OK)
        draft_dated_events(c, r, &p);
    if (c->st == MT_OK)
        draft_due_events(c, r, &p);
    if (c->st == MT_OK)
        draft_sentence_claims(c, r, &p, p.dates.n > 0);
    /* The passage's topic: the first organisation this sentence names
     * that can be the subject of the incident's events. */
    const mention *m = (const mention *)p.mentions.v;
    bool topic_set = false;
    for (size_t i = 0; i < p.mentions.n; i++) {
        org *o = draft_org_at(c, m[i].org);
        if (m[i].named && o->last_source != r->n) {
            o->last_source = r->n;
            o->nsources++;
        }
        /* 同社 is the last company named, 同病院 the last hospital; a
         * group named as an attacker ("a gang calling itself Karasu")
         * is no company.  One named with も after another of its kind
         * is an addition to the story, not its new subject (「子会社の
         * Yも同様の対応を取った。同社グループでは…」: X's group), nor
         * one named after a link word (「Xの子会社のY」), unless a group
         * only places it and it is the subject (「A系列のBは」: B, never
         * A) or it is the topic the sentence is about, set beside its
         * group as what it is (「Xの100%子会社であるYは6月16日、同社サ
         * ーバに…」: Y; not 「子会社のYは被害を受けていない」). */
        int slot = (o->hints & ROLE_HINT_ATTACKER) ? ORG_ATTACKER
                   : o->kind == ORG_UNKNOWN        ? ORG_COMPANY
                                                   : o->kind;
        bool also = m[i].topical && m[i].end + 3 <= s->len &&
                    memcmp(s->text + m[i].end, "\xe3\x82\x82", 3) == 0; /* も */
        bool group_of_next = i + 1 < p.mentions.n && m[i + 1].affiliated;
        if (m[i].named && !m[i].informant && !draft_is_media(c, m[i].org) &&
            !group_of_next && !(also && r->last_kind[slot] >= 0) &&
            !(r->last_kind[slot] >= 0 &&
              !((m[i].affiliated ||
                 (m[i].topical && !also && appositive(s, i, m))) &&
                m[i].subject) &&
              draft_after_link(&p, m[i].pos)))
            r->last_kind[slot] = m[i].org;
        /* 「HOYAの米国子会社が攻撃を受けた。…同社は」: a unit described
         * right after its group's name with の, itself the subject, is
         * what the passage goes on about, 同社 included (not 「XHDは、カ
         * ナダの子会社が…」, where the group keeps the topic). */
        if (!m[i].named && r->ja && m[i].subject && o->unit_of >= 0 && i > 0 &&
            m[i - 1].named &&
            draft_org_resolved(c, m[i - 1].org) ==
                draft_org_resolved(c, o->unit_of) &&
            m[i - 1].end + 3 == m[i].pos &&
            memcmp(s->text + m[i - 1].end, "\xe3\x81\xae", 3) == 0) {
            r->last_kind[ORG_COMPANY] = m[i].org;
            r->topic = m[i].org;
            r->topic_lead = false;
            topic_set = true;
        }
        if (m[i].named && o->kind == ORG_GOVERNMENT &&
            draft_police_of(c, m[i].org))
            r->prefecture = m[i].org;
        if (draft_oversees(c, m[i].org)) {
            if (m[i].named)
                r->authority = m[i].org;
            continue;
        }
        if (draft_is_attacker(c, m[i].org) || m[i].informant || m[i].modifier ||
            draft_is_media(c, m[i].org))
            continue;
        if (m[i].named) {
            /* 両社, both companies: the last two companies named. */
            if (o->kind == ORG_COMPANY || o->kind == ORG_UNKNOWN)
                draft_note_recent(r, m[i].org);
            /* Japanese: the marked subject (Xは) if any, else the first. */
            bool later_subject = false;
            for (size_t k = i + 1; r->ja && k < p.mentions.n; k++)
                later_subject =
                    later_subject ||
                    (m[k].named && m[k].subject && !m[k].informant &&
                     !m[k].modifier && !draft_is_authority(c, m[k].org) &&
                     !draft_is_media(c, m[k].org) && !m[i].subject);
            /* The topic shifts to a new subject, not to any name: a
             * Japanese name marked は or が, an English one that opens the
             * sentence; else only when there is none yet.  Not to a
             * security vendor's remark on the attackers ("Microsoft has
             * tied the group to ..."). */
            bool shifts = r->topic < 0 ||
                          (o->kind != ORG_VENDOR &&
                           (r->ja ? m[i].subject && !also : m[i].pos < 5));
            if (!topic_set && !(r->ja && m[i].object) && !later_subject &&
                shifts) {
                r->topic = m[i].org;
                r->topic_lead = false;
                topic_set = true;
            }
        }
    }
    r->narrative = r->last;
    r->narrative_org = r->last_org;
    draft_parts_free(&p);
}

/* The organisation with the victim's hint that most sources read so far
 * name, at least two; -1 when none (reader.topic_lead). */
static long leading_victim(ctx *c)
{
    long best = -1;
    for (size_t i = 0; i < c->orgs.n; i++) {
        const org *o = draft_org_at(c, (long)i);
        if (o->merged_into >= 0 || !(o->hints & ROLE_HINT_VICTIM) ||
            o->nsources < 2)
            continue;
        if (best < 0 || o->nsources > draft_org_at(c, best)->nsources)
            best = (long)i;
    }
    return best;
}

static int cmp_events_for_sort(const event *a, const event *b)
{
    int32_t alo = 0, ahi = 0, blo = 0, bhi = 0;
    mt_dossier_date_span(&a->date, &alo, &ahi);
    mt_dossier_date_span(&b->date, &blo, &bhi);
    if (alo != blo)
        return alo < blo ? -1 : 1;
    if (ahi != bhi)
        return ahi < bhi ? -1 : 1;
    if (a->type != b->type)
        return a->type < b->type ? -1 : 1;
    if (a->org != b->org)
        return a->org < b->org ? -1 : 1;
    return a->cites.n[0] - b->cites.n[0];
}

static int cmp_events(const void *pa, const void *pb)
{
    const event *a = *(const event *const *)pa, *b = *(const event *const *)pb;
    int r = cmp_events_for_sort(a, b);
    if (r)
        return r;
    return a < b ? -1 : a > b;
}

static int role_rank(mt_org_role r)
{
    switch (r) {
    case MT_ROLE_AUTHORITY:
        return 0;
    case MT_ROLE_VICTIM:
        return 1;
    case MT_ROLE_ATTACKER:
        return 2;
    default:
        return 3;
    }
}

/* How long before its own day a blog's latest written date must lie for
 * the blog to be a look back (a month's news retold weeks later). */
#define LOOK_BACK_DAYS 60

/*
 * A blog that retells an incident long after it (an essay of January
 * 2020 on the July 2019 breach of a payment app): the latest date its
 * text writes with a year, to the month at least, lies more than
 * LOOK_BACK_DAYS before its publication.  What it tells without a date ("At a
 * press conference, the president apologised") happened on some day of the
 * story, not by its publication day: undated, such statements stay out
 * of the timeline.  Only blogs: news of the day often writes no date
 * but the one an attack began (a data store open since 2013, "the
 * company said").  False without a publication day or a written date.
 */
static bool looks_back(const draft_source *s)
{
    if (s->kind != MT_KIND_BLOG || !s->published.day || s->inferred ||
        !mt_date_valid(&s->published))
        return false;
    mt_date latest = draft_latest_written(s, INT32_MAX);
    if (!latest.year || !latest.month)
        return false;
    if (!latest.day) /* a month reaches to its end */
        latest.day = (uint8_t)mt_date_days_in_month(latest.year, latest.month);
    int32_t gap =
        mt_date_days_from_civil(s->published.year, s->published.month,
                                s->published.day) -
        mt_date_days_from_civil(latest.year, latest.month, latest.day);
    return gap > LOOK_BACK_DAYS;
}

/* The day the paragraph opening at sentence k of s was added to its page:
 * its last sentence is a full date in parentheses with an update mark
 * (「(2021年6月14日追加)」, 「（2022年6月21日更新）」) and nothing else; year
 * 0 when it has none. */
static mt_date paragraph_day(const ctx *c, const draft_source *s, size_t k)
{
    size_t last = k;
    while (last + 1 < s->nsentences && !s->sentences[last + 1].para)
        last++;
    const draft_sentence *m = &s->sentences[last];
    static const char *const open[] = {"(", "\xef\xbc\x88"};  /* （ */
    static const char *const close[] = {")", "\xef\xbc\x89"}; /* ） */
    const char *t = m->text;
    size_t n = m->len;
    while (n && (t[n - 1] == ' ' || t[n - 1] == '\n'))
        n--;
    for (size_t i = 0; i < m->nspans; i++) {
        const draft_span *x = &m->spans[i];
        if (x->kind != DRAFT_DATE || !x->date.day || !x->date.year ||
            !mt_date_valid(&x->date) || !draft_date_writes_year(m, x))
            continue;
        size_t ol = 0, cl = 0, ml;
        for (size_t o = 0; o < 2; o++)
            if (x->start == strlen(open[o]) &&
                memcmp(t, open[o], x->start) == 0)
                ol = x->start;
        if (!ol || !(ml = draft_cue_prefix(c, CUE_UPDATE_MARK, t + x->end,
                                           n - x->end)))
            return (mt_date){0, 0, 0, 0};
        for (size_t o = 0; o < 2; o++)
            if (x->end + ml + strlen(close[o]) == n &&
                memcmp(t + x->end + ml, close[o], strlen(close[o])) == 0)
                cl = strlen(close[o]);
        return cl ? x->date : (mt_date){0, 0, 0, 0};
    }
    return (mt_date){0, 0, 0, 0};
}

/* A commentary paragraph from note, unless it is empty; note is freed. */
static void add_note(ctx *c, mt_dossier *d, mt_buf *note)
{
    if (note->len && c->st == MT_OK) {
        mt_dossier_para *p = mt_dossier_add_para(d);
        if (!p || !(p->text = mt_buf_detach(note, NULL)))
            draft_oom(c);
    }
    mt_buf_free(note);
}

/* An organisation's place in the output: role rank, then first sight.
 * The ranks travel with the index, so the comparison needs no context. */
typedef struct org_order {
    long idx;
    int rank;
    size_t first;
} org_order;

static int cmp_orgs(const void *pa, const void *pb)
{
    const org_order *a = pa, *b = pb;
    if (a->rank != b->rank)
        return a->rank < b->rank ? -1 : 1;
    return a->first < b->first ? -1 : a->first > b->first;
}

static bool names_match(const draft_orgtab *tab, const org *o,
                        const char *const *names, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(names[i]);
        if (draft_same_spelling(tab, names[i], l, o->name, strlen(o->name)))
            return true;
        for (size_t k = 0; k < o->aliases.n; k++) {
            const char *a = ((char **)o->aliases.v)[k];
            if (draft_same_spelling(tab, names[i], l, a, strlen(a)))
                return true;
        }
    }
    return false;
}

static mt_status dup_into(char **field, const char *s)
{
    if (!s)
        return MT_OK;
    *field = mt_strdup(s);
    return *field ? MT_OK : MT_ERR_NOMEM;
}

static void emit(ctx *c, mt_dossier *d, const ranked *order, size_t nsrc)
{
    const draft_input *in = c->in;
    /* Header. */
    if (dup_into(&d->id, in->incident) != MT_OK) {
        draft_oom(c);
        return;
    }
    d->status = MT_INCIDENT_ONGOING;
    /* The header lines as mt_dossier_print() writes them; the validator
     * takes a line of 0 for a missing field. */
    d->id_line = 2;
    d->title_line = 3;
    d->status_line = 4;
    /* Organisations in role order; index map old -> new. */
    org_order *perm = calloc(c->orgs.n ? c->orgs.n : 1, sizeof *perm);
    if (!perm) {
        draft_oom(c);
        return;
    }
    for (size_t i = 0; i < c->orgs.n; i++) {
        const org *o = draft_org_at(c, (long)i);
        perm[i] = (org_order){(long)i, role_rank(draft_role_of(o)), o->first};
    }
    qsort(perm, c->orgs.n, sizeof *perm, cmp_orgs);
    /* The title names the organisations that made statements, or else
     * every victim. */
    bool any_official = false;
    for (size_t i = 0; i < c->orgs.n; i++)
        any_official = any_official || draft_org_at(c, (long)i)->official;
    /* An organisation the draft says nothing about, named by one source
     * and with no role, is left out: the analyst need not read it. */
    bool *used = calloc(c->orgs.n ? c->orgs.n : 1, sizeof *used);
    if (!used) {
        free(perm);
        draft_oom(c);
        return;
    }
    for (size_t i = 0; i < c->events.n; i++) {
        const event *e = (const event *)c->events.v + i;
        if (!e->dropped)
            used[e->org] = true;
    }
    for (size_t i = 0; i < c->claims.n; i++)
        used[((const claim *)c->claims.v)[i].org] = true;
    for (size_t i = 0; i < c->conflicts.n; i++)
        used[((const conflict *)c->conflicts.v)[i].org] = true;
    mt_buf title;
    mt_buf_init(&title, 1024);
    for (size_t i = 0; i < c->orgs.n && c->st == MT_OK; i++) {
        org *o = draft_org_at(c, perm[i].idx);
        /* An organisation no line or claim cites: only one the sources
         * name (never the unnamed attacker) with a role, or named by two. */
        if (o->merged_into >= 0 ||
            (!used[perm[i].idx] &&
             ((draft_role_of(o) == MT_ROLE_OTHER && o->nsources < 2) ||
              o->unnamed)))
            continue;
        mt_dossier_org *dorg = mt_dossier_add_org(d);
        if (!dorg || dup_into(&dorg->name, o->name) != MT_OK) {
            draft_oom(c);
            break;
        }
        dorg->role = draft_role_of(o);
        for (size_t k = 0; k < o->aliases.n; k++)
            if (mt_dossier_org_add_alias(dorg, ((char **)o->aliases.v)[k]) !=
                MT_OK)
                draft_oom(c);
        if ((any_official ? o->official : dorg->role == MT_ROLE_VICTIM) &&
            title.len < 512)
            if (mt_buf_printf(&title, "%s%s", title.len ? ", " : "", o->name) !=
                MT_OK)
                draft_oom(c);
    }
    free(perm);
    free(used);
    if (in->title && *in->title) {
        if (dup_into(&d->title, in->title) != MT_OK)
            draft_oom(c);
    } else if (title.len) {
        if (mt_buf_puts(&title, " (draft)") != MT_OK ||
            !(d->title = mt_buf_detach(&title, NULL)))
            draft_oom(c);
    } else if (dup_into(&d->title, in->incident) != MT_OK) {
        draft_oom(c);
    }
    mt_buf_free(&title);
    /* Related incidents: same disclosing authority or suspected actor. */
    for (size_t i = 0; i < in->nothers && c->st == MT_OK; i++) {
        const draft_incident *x = &in->others[i];
        if (!x->id || strcmp(x->id, in->incident) == 0)
            continue;
        bool link = false;
        for (size_t k = 0; k < c->orgs.n && !link; k++) {
            org *o = draft_org_at(c, (long)k);
            mt_org_role r = draft_role_of(o);
            link = (r == MT_ROLE_AUTHORITY &&
                    names_match(c->in->orgtab, o, x->authorities,
                                x->nauthorities)) ||
                   (r == MT_ROLE_ATTACKER &&
                    names_match(c->in->orgtab, o, x->attackers, x->nattackers));
        }
        if (!link)
            continue;
        mt_dossier_related *r = mt_dossier_add_related(d);
        if (!r || dup_into(&r->id, x->id) != MT_OK)
            draft_oom(c);
    }
    /* Sources. */
    for (size_t i = 0; i < nsrc && c->st == MT_OK; i++) {
        const draft_source *s = order[i].s;
        mt_dossier_source *ds = mt_dossier_add_source(d);
        if (!ds) {
            draft_oom(c);
            return;
        }
        ds->n = (int)i + 1;
        if (s->id)
            snprintf(ds->stored_id, sizeof ds->stored_id, "%s", s->id);
        if (!s->inferred)
            ds->published = s->published;
        ds->kind = s->kind;
        if (dup_into(&ds->url, s->url) != MT_OK ||
            dup_into(&ds->publisher, s->publisher ? s->publisher : "?") !=
                MT_OK ||
            dup_into(&ds->title, s->title) != MT_OK ||
            dup_into(&ds->lang, s->lang) != MT_OK)
            draft_oom(c);
    }
    /* Claims grouped by organisation in organisation order. */
    for (size_t oi = 0; oi < d->norgs && c->st == MT_OK; oi++) {
        long src_org =
            draft_org_find(c, d->orgs[oi].name, strlen(d->orgs[oi].name));
        claim *cl = (claim *)c->claims.v;
        for (size_t i = 0; i < c->claims.n && c->st == MT_OK; i++) {
            if (cl[i].org != src_org)
                continue;
            mt_dossier_claim *dc = mt_dossier_add_claim(d);
            if (!dc || dup_into(&dc->org, d->orgs[oi].name) != MT_OK) {
                draft_oom(c);
                return;
            }
            dc->category = cl[i].category;
            dc->hedge = cl[i].hedge;
            dc->text = cl[i].text;
            cl[i].text = NULL;
            dc->cites = cl[i].cites;
            cl[i].cites = (mt_cites){NULL, NULL, 0};
            if (cl[i].has_q) {
                dc->has_quantity = 1;
                dc->quantity.value = cl[i].value;
                dc->quantity.approx = cl[i].approx;
                dc->quantity.at_least = cl[i].at_least;
                dc->quantity.unit = cl[i].unit;
                dc->quantity.counts = cl[i].counts;
                cl[i].unit = cl[i].counts = NULL;
            }
        }
    }
    /* Timeline, ordered by date. */
    const event **idx = calloc(c->events.n ? c->events.n : 1, sizeof *idx);
    if (!idx) {
        draft_oom(c);
        return;
    }
    size_t ne = 0;
    for (size_t i = 0; i < c->events.n; i++)
        if (!((event *)c->events.v)[i].dropped)
            idx[ne++] = (event *)c->events.v + i;
    qsort(idx, ne, sizeof *idx, cmp_events);
    for (size_t i = 0; i < ne && c->st == MT_OK; i++) {
        event *e = (event *)idx[i];
        mt_dossier_event *de = mt_dossier_add_event(d);
        if (!de || dup_into(&de->org, draft_org_at(c, e->org)->name) != MT_OK) {
            draft_oom(c);
            break;
        }
        de->date = e->date;
        de->type = e->type;
        de->text = e->text;
        e->text = NULL;
        de->cites = e->cites;
        e->cites = (mt_cites){NULL, NULL, 0};
    }
    free(idx);
    /* Conflicts, as annotations the analyst can keep or remove. */
    conflict *k = (conflict *)c->conflicts.v;
    for (size_t i = 0; i < c->conflicts.n && c->st == MT_OK; i++) {
        if (k[i].values.n < 2)
            continue;
        mt_dossier_conflict *dk = mt_dossier_add_conflict(d);
        if (!dk ||
            dup_into(&dk->org, draft_org_at(c, k[i].org)->name) != MT_OK ||
            dup_into(&dk->about, k[i].about) != MT_OK) {
            draft_oom(c);
            return;
        }
        for (size_t v = 0; v < k[i].values.n; v++) {
            mt_conflict_variant *dv = mt_dossier_conflict_add_variant(
                dk, ((char **)k[i].values.v)[v]);
            if (!dv) {
                draft_oom(c);
                return;
            }
            dv->cites = ((mt_cites *)k[i].cites.v)[v];
            ((mt_cites *)k[i].cites.v)[v] = (mt_cites){NULL, NULL, 0};
        }
    }
    /* No victim: the analyst must name one; the dossier says so first. */
    bool victim = false;
    for (size_t i = 0; i < d->norgs; i++)
        victim = victim || d->orgs[i].role == MT_ROLE_VICTIM;
    if (!victim && c->st == MT_OK) {
        mt_dossier_para *np = mt_dossier_add_para(d);
        if (!np || !(np->text = mt_strdup(
                         "No victim found (matome draft): none of these "
                         "sources names an organisation that was attacked, "
                         "detected an intrusion or lost data. Name it under "
                         "Organisations with the role victim.")))
            draft_oom(c);
    }
    /* Earlier incidents a round-up recalls (earlier.c). */
    mt_buf note;
    mt_buf_init(&note, MT_BUF_DEFAULT_MAX);
    for (size_t i = 0; i < c->events.n && c->st == MT_OK; i++) {
        const event *e = (const event *)c->events.v + i;
        char when[MT_DOSSIER_DATE_TEXT_MAX];
        if (!e->earlier || !mt_dossier_date_format(&e->date, when, sizeof when))
            continue;
        if ((note.len == 0 &&
             mt_buf_puts(&note, "Other incidents the sources recall or line up "
                                "beside this one, left out of the timeline "
                                "(matome draft):") != MT_OK) ||
            mt_buf_printf(&note, "\n- %s | %s | %s | %s", when,
                          draft_org_at(c, e->org)->name,
                          mt_event_type_str(e->type), e->text) != MT_OK)
            draft_oom(c);
        for (size_t j = 0; j < e->cites.count && c->st == MT_OK; j++)
            if (mt_buf_printf(&note, "%s%d", j ? "," : " [", e->cites.n[j]) !=
                MT_OK)
                draft_oom(c);
        if (c->st == MT_OK && mt_buf_puts(&note, "]") != MT_OK)
            draft_oom(c);
    }
    add_note(c, d, &note);
    /* Claims resting on one source, said in the commentary. */
    mt_buf_init(&note, MT_BUF_DEFAULT_MAX);
    for (size_t i = 0; i < d->nclaims && c->st == MT_OK; i++) {
        const mt_dossier_claim *dc = &d->claims[i];
        if (dc->cites.count != 1)
            continue;
        if (note.len == 0 &&
            mt_buf_puts(&note, "Single-source claims (matome draft):") != MT_OK)
            draft_oom(c);
        if (mt_buf_printf(&note, "\n- %s: %s (source %d only)", dc->org,
                          dc->text, dc->cites.n[0]) != MT_OK)
            draft_oom(c);
    }
    add_note(c, d, &note);
    /* The day each undated source was read as of, so that the analyst
     * can check it against the page. */
    mt_buf_init(&note, MT_BUF_DEFAULT_MAX);
    for (size_t i = 0; i < nsrc && c->st == MT_OK; i++) {
        const draft_source *s = order[i].s;
        char day[16];
        if (!s->inferred)
            continue;
        snprintf(day, sizeof day, "%04d-%02d-%02d", s->published.year,
                 s->published.month, s->published.day);
        if ((note.len == 0 &&
             mt_buf_puts(&note, "Sources without a publication date "
                                "(matome draft), read as of a day their text "
                                "gives (the latest announcement they date, or "
                                "their lede's day matched to a dated "
                                "source's):") != MT_OK) ||
            mt_buf_printf(&note, "\n- source %zu: %s", i + 1, day) != MT_OK)
            draft_oom(c);
    }
    add_note(c, d, &note);
}

static void ctx_free(ctx *c)
{
    for (size_t i = 0; i < c->orgs.n; i++) {
        org *o = draft_org_at(c, (long)i);
        free(o->name);
        free(o->romaji);
        for (size_t k = 0; k < o->aliases.n; k++)
            free(((char **)o->aliases.v)[k]);
        free(o->aliases.v);
        free(o->distinct.v);
    }
    free(c->orgs.v);
    free(c->openers.v);
    free(c->pub_org);
    for (size_t i = 0; i < c->events.n; i++) {
        event *e = (event *)c->events.v + i;
        free(e->text);
        draft_cites_free(&e->cites);
    }
    free(c->events.v);
    for (size_t i = 0; i < c->claims.n; i++) {
        claim *x = (claim *)c->claims.v + i;
        free(x->text);
        free(x->unit);
        free(x->counts);
        draft_cites_free(&x->cites);
    }
    free(c->claims.v);
    for (size_t i = 0; i < c->conflicts.n; i++) {
        conflict *k = (conflict *)c->conflicts.v + i;
        free(k->about);
        for (size_t v = 0; v < k->values.n; v++) {
            free(((char **)k->values.v)[v]);
            draft_cites_free((mt_cites *)k->cites.v + v);
        }
        free(k->values.v);
        free(k->cites.v);
    }
    free(c->conflicts.v);
    free(c->denials.v);
    free(c->pos_next);
}

/* Read every source of in into c (set up by the caller, c->in == in) and
 * settle what the stages find: the organisations, events, claims and
 * conflicts that emit() writes.  *order_out (the caller's, freed with
 * free(); NULL on failure) holds the sources in footnote order,
 * *nsrc_out of them; c->numbered is the caller's to free as well. */
static mt_status read_sources(ctx *c, const draft_input *in, ranked **order_out,
                              size_t *nsrc_out)
{
    mt_error *err = c->err;
    *order_out = NULL;
    *nsrc_out = 0;
    ranked *order = calloc(in->nsources ? in->nsources : 1, sizeof *order);
    if (!order)
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    size_t nsrc = 0;
    for (size_t i = 0; i < in->nsources; i++) {
        /* The same URL twice is one source to a dossier: keep the first. */
        bool dup = false;
        for (size_t k = 0; k < i && in->sources[i].url; k++)
            dup = dup || draft_same_str(in->sources[k].url, in->sources[i].url);
        if (!dup)
            order[nsrc++] = (ranked){&in->sources[i], i};
    }
    qsort(order, nsrc, sizeof *order, cmp_sources);
    /* What an undated source that writes no year resolves its dates in
     * (load.c read it against the same). */
    mt_date median_year = {draft_middle_year(in->sources, in->nsources), 0, 0,
                           0};
    mt_date middle = draft_middle_date(in->sources, in->nsources);
    int32_t limit = draft_written_limit(in->sources, in->nsources);
    int32_t first;
    draft_published_span(in->sources, in->nsources, &first, NULL);
    {
        const draft_source **srcs = calloc(nsrc ? nsrc : 1, sizeof *srcs);
        if (!srcs) {
            free(order);
            return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
        }
        for (size_t i = 0; i < nsrc; i++)
            srcs[i] = order[i].s;
        draft_orgs_collect(c, srcs, nsrc);
        c->numbered = srcs; /* freed below */
        c->nnumbered = nsrc;
    }
    /* The one organisation with official statements (-1 none, -2 more
     * than one): the default topic of the other sources. */
    long sole = -1;
    for (size_t i = 0; i < nsrc && c->st == MT_OK; i++) {
        const draft_source *s = order[i].s;
        reader r = {.src = s,
                    .claimant = -1,
                    .outlet = -1,
                    .prefecture = -1,
                    .lede_unit = -1,
                    .pub = -1,
                    .topic = sole >= 0 ? sole : leading_victim(c),
                    .topic_lead = sole < 0,
                    .authority = -1,
                    .recent = {-1, -1, -1, -1},
                    .n = (int)i + 1,
                    .ja = !(s->lang && strcmp(s->lang, "en") == 0)};
        for (size_t k = 0; k < MT_ARRAY_LEN(r.last_kind); k++)
            r.last_kind[k] = -1;
        if (s->publisher &&
            (s->kind == MT_KIND_OFFICIAL || s->kind == MT_KIND_AUTHORITY)) {
            r.pub = draft_org_find(c, s->publisher, strlen(s->publisher));
            if (r.pub < 0)
                r.pub = draft_org_get(c, s->publisher, NULL, 0);
        }
        if (r.pub >= 0) {
            org *po = draft_org_at(c, r.pub);
            if (s->kind == MT_KIND_AUTHORITY) {
                po->hints |= ROLE_HINT_AUTHORITY;
                r.authority = r.pub;
            } else {
                po->hints |= ROLE_HINT_VICTIM;
                if (!po->official)
                    sole = sole == -1 ? r.pub : -2;
                else if (sole != r.pub)
                    sole = -2;
                po->official = true;
                r.topic = r.pub;
                r.topic_lead = false;
                org *po2 = draft_org_at(c, r.pub);
                r.last_kind[po2->kind == ORG_UNKNOWN ? ORG_COMPANY
                                                     : po2->kind] = r.pub;
            }
            /* The statement itself is its publisher's disclosure. */
            if (s->published.year && mt_date_valid(&s->published)) {
                mt_dossier_date dd = {s->published, 0};
                char *text =
                    draft_statement(s->title ? s->title : s->publisher,
                                    strlen(s->title ? s->title : s->publisher));
                if (!text)
                    draft_oom(c);
                else
                    draft_add_event(c, &dd, r.pub, MT_EVENT_DISCLOSURE, text,
                                    r.n, false, false);
            }
        }
        r.ref = draft_source_ref(s, limit);
        if (!s->published.year && draft_before_coverage(&r.ref, first))
            r.ref = (mt_date){0, 0, 0, 0};
        r.looks_back = looks_back(s);
        if (!s->published.year && r.ref.year < median_year.year) {
            /* A round-up's old year is no date: the middle of the dated
             * sources', its month and day nearest that day. */
            r.ref = middle.month ? middle : median_year;
            r.nearest = middle.month != 0;
        }
        for (size_t k = 0; k < s->nsentences && c->st == MT_OK; k++) {
            if (k == 0 || s->sentences[k].para)
                r.para_day = paragraph_day(c, s, k);
            sentence(c, &r, &s->sentences[k]);
        }
    }
    if (c->st == MT_OK)
        draft_orgs_name_attacker(c);
    if (c->st == MT_OK)
        draft_orgs_fold_units(c);
    if (c->st == MT_OK)
        draft_settle_events(c);
    if (c->st == MT_OK)
        draft_orgs_join_by_events(c);
    if (c->st == MT_OK)
        draft_set_earlier_aside(c);
    if (c->st == MT_OK)
        draft_conflicts(c);
    if (c->st != MT_OK) {
        free(order);
        return c->st;
    }
    *order_out = order;
    *nsrc_out = nsrc;
    return MT_OK;
}

/*
 * The day an undated source speaks as of: the latest day it dates an
 * announcement to (「カシオは11月27日、…と発表した」, "Kadokawa said on
 * June 14"), the news it reports.  Without it the source's undated
 * statements (「…は確認されていないとしている」, 「警察に相談している」)
 * and its day-only dates (「8日未明」) have no date and leave the
 * timeline; a page that shows no publication date is common (a third of
 * the real-news corpus).  An announcement's day is a lower bound of the
 * publication (a morning paper tells yesterday's news), the best the text
 * gives.  days[i] is set for in->sources[i]; the number set is returned.
 */
static size_t infer_days(const ctx *c, const ranked *order, size_t nsrc,
                         mt_date *days)
{
    const event *ev = (const event *)c->events.v;
    size_t found = 0;
    for (size_t i = 0; i < nsrc; i++) {
        const draft_source *s = order[i].s;
        if (s->published.year)
            continue;
        mt_date best = {0, 0, 0, 0};
        for (size_t k = 0; k < c->events.n; k++) {
            const event *e = &ev[k];
            if (e->dropped || e->type != MT_EVENT_DISCLOSURE ||
                !e->date.date.day || e->date.mods ||
                !mt_date_valid(&e->date.date) ||
                !draft_cites_has(&e->cites, (int)i + 1))
                continue;
            if (!best.year || mt_date_compare(&e->date.date, &best) > 0)
                best = e->date.date;
        }
        if (best.year) {
            days[order[i].at] = best;
            found++;
        }
    }
    return found;
}

mt_status draft_assemble(mt_dossier **out, const draft_input *in, mt_error *err)
{
    if (!out || !in || !in->incident || (!in->sources && in->nsources))
        return mt_error_set(err, MT_ERR_ARG, "draft_assemble: NULL argument");
    *out = NULL;
    ctx c;
    memset(&c, 0, sizeof c);
    c.in = in;
    c.err = err;
    ranked *order = NULL;
    size_t nsrc = 0;
    draft_input again = *in;
    draft_source *dated = NULL;
    mt_status st = read_sources(&c, in, &order, &nsrc);
    /* Undated sources whose day their own announcements give are read
     * again as of that day (infer_days): a second pass over every source,
     * since what one source dates changes what the others' entries join. */
    mt_date *days = NULL;
    if (st == MT_OK &&
        !(days = calloc(in->nsources ? in->nsources : 1, sizeof *days)))
        st = mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    if (st == MT_OK && infer_days(&c, order, nsrc, days)) {
        if (!(dated = malloc(in->nsources * sizeof *dated))) {
            st = mt_error_set(err, MT_ERR_NOMEM, "out of memory");
        } else {
            memcpy(dated, in->sources, in->nsources * sizeof *dated);
            for (size_t i = 0; i < in->nsources; i++)
                if (days[i].year) {
                    dated[i].published = days[i];
                    dated[i].inferred = true;
                }
            free(order);
            free((void *)c.numbered);
            ctx_free(&c);
            memset(&c, 0, sizeof c);
            again.sources = dated;
            c.in = &again;
            c.err = err;
            st = read_sources(&c, &again, &order, &nsrc);
        }
    }
    free(days);
    mt_dossier *d = st == MT_OK ? mt_dossier_new() : NULL;
    if (st == MT_OK && !d)
        draft_oom(&c);
    if (st == MT_OK && c.st == MT_OK)
        emit(&c, d, order, nsrc);
    if (st == MT_OK)
        st = c.st;
    free(order);
    free((void *)c.numbered);
    ctx_free(&c);
    free(dated);
    if (st != MT_OK) {
        mt_dossier_free(d);
        return st;
    }
    *out = d;
    return MT_OK;
}
