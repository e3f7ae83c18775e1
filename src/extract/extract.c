/*
 * The extraction scanner: one left-to-right pass over the UTF-8 text.
 *
 * At each character the scanner either starts a number (ASCII, full-width
 * or kanji digits) and runs the date / duration / quantity grammar on
 * what follows it, or walks the lexicon trie once and acts on the longest
 * entries that start there (a modifier, relative word, era or month name
 * that begins a date; an organisation, event trigger or hedge; a trap
 * word that is skipped whole).  Whatever it recognises it consumes, and a
 * number it cannot use is skipped as a whole run, so every byte is
 * looked at a bounded number of times: the work is linear in the input
 * (the lexicon walk is bounded by the longest key, the grammar by a few
 * tokens after the number).
 *
 * Anaphora: the last date emitted is the anchor for 同年, 同月, 翌日, "the
 * next day"; a month or day written without a year takes the previous
 * date's year (and month), else the reference date's, read as the nearest
 * past one (a month more than three months ahead is last year's, a day
 * more than a week ahead last month's: dates.c), else stays unknown.
 */
#include "extract/scan.h"

#include "core/internal.h"

#include <stdlib.h>

struct mt_spans {
    mt_span *v;
    size_t n;
    char *pool;
};

/* guess_lang reads this many bytes; Japanese wins when its lead bytes
 * (E3..E9: kana and kanji) are at least 1/LANG_JA_RATIO of the Latin
 * letters (a Japanese character is one lead byte, a word several). */
#define LANG_SAMPLE   4096
#define LANG_JA_RATIO 4

/* ---- the lexicon step --------------------------------------------------- */

/* Try the date/quantity grammar at q (after a premodifier). */
static size_t temporal_at(scan *sc, size_t q, const char *premod, size_t start);

/* Lexicon entries at i, where an ASCII alphanumeric run with hash wh
 * ends at we (i if there is none). */
static size_t lexical(scan *sc, size_t i, size_t we, uint32_t wh)
{
    lex_hit hits[LEX_MAX_HITS];
    *sc->work += sc->ex->maxdepth;
    int nh = mt_ex_lex_match_run(sc->ex, sc->s, sc->len, i, we, wh, hits);
    if (nh == 0)
        return 0;
    const lex_entry *best[LEX_NCLASSES] = {0};
    size_t bend[LEX_NCLASSES] = {0};
    const lex_entry *premod = NULL;
    size_t premod_end = 0;
    bool compound = mt_ex_compound_tail(sc, i);
    for (int h = 0; h < nh; h++) {
        for (int32_t e = hits[h].entry; e >= 0; e = sc->ex->entries[e].next) {
            const lex_entry *le = &sc->ex->entries[e];
            if (!mt_ex_entry_ok(sc->ex, sc->s, sc->len, i, hits[h].end, le) ||
                (le->cls == LEX_ORG && compound))
                continue;
            if (le->cls == LEX_MOD) {
                if (le->a == POS_PRE) {
                    premod = le;
                    premod_end = hits[h].end;
                }
                continue;
            }
            best[le->cls] = le;
            bend[le->cls] = hits[h].end;
        }
    }
    size_t e;
    /* The nouns and phrases that are longer than any temporal reading
     * win ("may have" over "May", 毎日新聞 over 毎日). */
    size_t lexmax = bend[LEX_ORG];
    if (bend[LEX_EVENT] > lexmax)
        lexmax = bend[LEX_EVENT];
    if (bend[LEX_HEDGE] > lexmax)
        lexmax = bend[LEX_HEDGE];
    if (best[LEX_TRAP] && bend[LEX_TRAP] >= lexmax &&
        !mt_ex_trap_year_dated(sc, bend[LEX_TRAP]))
        return bend[LEX_TRAP];
    if (best[LEX_REL] && bend[LEX_REL] >= lexmax &&
        (e = mt_ex_relative_date(sc, i, best[LEX_REL], bend[LEX_REL], NULL)))
        return e;
    if (best[LEX_ERA] && bend[LEX_ERA] >= lexmax &&
        (e = mt_ex_era_date(sc, i, best[LEX_ERA], bend[LEX_ERA], NULL)))
        return e;
    if (best[LEX_MONTH] && bend[LEX_MONTH] >= lexmax &&
        (e = mt_ex_month_name_date(sc, i, best[LEX_MONTH], bend[LEX_MONTH],
                                   NULL)))
        return e;
    if (premod && premod_end >= lexmax) {
        size_t q = mt_ex_skip_sp(sc, premod_end);
        e = temporal_at(sc, q, mt_ex_pstr(sc, premod->s1), i);
        if (e)
            return e;
    }
    if (best[LEX_NUMWORD] && best[LEX_NUMWORD]->a == NUM_WORD &&
        bend[LEX_NUMWORD] >= lexmax) {
        e = temporal_at(sc, i, NULL, i);
        if (e)
            return e;
    }
    if (best[LEX_UNIT] && best[LEX_UNIT]->a == 'H' && bend[LEX_UNIT] >= lexmax)
        return mt_ex_finish_duration(sc, i, bend[LEX_UNIT], 0, 6, 0, 0, NULL);
    size_t end = 0;
    if (best[LEX_LEGAL] && bend[LEX_LEGAL] >= bend[LEX_ORG]) {
        /* A form may be both (株式会社X, X株式会社): the name before it
         * is tried first; and a shorter form when a longer one makes no
         * name ("Kamome Bank of Commerce": Bank, not Bank of).  Hits
         * run from the shortest. */
        for (int h = nh - 1; h >= 0; h--) {
            for (int pass = POS_POST; pass >= POS_PRE; pass--)
                for (int32_t k = hits[h].entry; k >= 0;
                     k = sc->ex->entries[k].next) {
                    const lex_entry *le = &sc->ex->entries[k];
                    if (le->cls == LEX_LEGAL && le->a == pass &&
                        (e = mt_ex_legal_form(sc, i, le, hits[h].end)))
                        return e;
                }
        }
    }
    size_t run_on = best[LEX_ORG]
                        ? mt_ex_name_run_on(sc, i, bend[LEX_ORG],
                                            best[LEX_ORG]->a == ORG_COMPANY)
                        : 0;
    /* (a name known as a whole, NTTドコモ, is best[LEX_ORG] itself and
     * runs on into nothing) */
    if (run_on) {
        /* the whole word, a name of its own as written */
        mt_ex_emit_org(sc, i, run_on, NULL);
        return run_on;
    }
    if (best[LEX_ORG] && !mt_ex_inside_kanji_word(sc, i, bend[LEX_ORG])) {
        mt_ex_emit_org(sc, i, bend[LEX_ORG], mt_ex_pstr(sc, best[LEX_ORG]->s1));
        end = bend[LEX_ORG];
    }
    if (best[LEX_EVENT] && bend[LEX_EVENT] > end) {
        span_rec *sp = mt_ex_push(sc->out, MT_SPAN_EVENT, i, bend[LEX_EVENT]);
        if (sp) {
            const char *k = mt_ex_pstr(sc, best[LEX_EVENT]->key);
            sp->value = mt_ex_cstr(sc->out, k);
            sp->type = mt_ex_cstr(sc->out, mt_ex_pstr(sc, best[LEX_EVENT]->s1));
        }
        if (bend[LEX_EVENT] > end)
            end = bend[LEX_EVENT];
        sc->last_end = end;
    }
    if (best[LEX_HEDGE] && bend[LEX_HEDGE] > bend[LEX_ORG]) {
        span_rec *sp = mt_ex_push(sc->out, MT_SPAN_HEDGE, i, bend[LEX_HEDGE]);
        if (sp)
            sp->value =
                mt_ex_cstr(sc->out, mt_ex_pstr(sc, best[LEX_HEDGE]->s1));
        if (bend[LEX_HEDGE] > end)
            end = bend[LEX_HEDGE];
        sc->last_end = end;
    }
    return end;
}

static size_t temporal_at(scan *sc, size_t q, const char *premod, size_t start)
{
    if (q >= sc->len)
        return 0;
    /* 最大約35万件: "about" between a bound and its number.  The bound
     * is kept (it says more); one step only, so a run cannot recurse. */
    size_t inner;
    const lex_entry *im;
    if (premod &&
        (strcmp(premod, "at_most") == 0 || strcmp(premod, "at_least") == 0) &&
        (im = mt_ex_longest(sc, q, LEX_MOD, POS_PRE, APPLY_QTY, &inner)) &&
        im->s1 && strcmp(mt_ex_pstr(sc, im->s1), "approx") == 0)
        q = mt_ex_skip_sp(sc, inner);
    if (q >= sc->len)
        return 0;
    int n;
    uint32_t c = mt_ex_cp_at(sc, q, &n);
    size_t before = sc->out->n;
    size_t e = 0;
    if (c == '$') {
        e = mt_ex_dollars(sc, q, premod, start);
    } else if (mt_ex_is_digit(c) || mt_ex_knum_of(sc->ex, c)) {
        num nu;
        if (mt_ex_parse_num(sc, q, &nu) && nu.ok) {
            if (sc->s[q] < 0x80)
                mt_ex_en_scale(sc, &nu);
            e = mt_ex_after_number(sc, start, &nu, premod);
        }
    } else if (mt_ex_is_upper(c) &&
               (e = mt_ex_letter_date(sc, q, premod, start))) {
        /* done */
    } else {
        size_t le;
        const lex_entry *x;
        if ((x = mt_ex_longest(sc, q, LEX_MONTH, 0, 0, &le)))
            e = mt_ex_month_name_date(sc, start, x, le, premod);
        else if ((x = mt_ex_longest(sc, q, LEX_REL, 0, 0, &le)))
            e = mt_ex_relative_date(sc, start, x, le, premod);
        else if ((x = mt_ex_longest(sc, q, LEX_ERA, 0, 0, &le)))
            e = mt_ex_era_date(sc, start, x, le, premod);
        else if ((x = mt_ex_longest(sc, q, LEX_NUMWORD, 0, 0, &le)) &&
                 x->a == NUM_WORD) {
            num nu;
            if (mt_ex_parse_en_words(sc, q, &nu))
                e = mt_ex_after_number(sc, start, &nu, premod);
        } else if ((x = mt_ex_longest(sc, q, LEX_UNIT, 0, 0, &le)) &&
                   x->a == 'H')
            e = mt_ex_finish_duration(sc, start, le, 0, 6, 0, 0, premod);
    }
    if (sc->out->n == before)
        return 0;
    /* The span the modifier introduced: start there, take its mod. */
    span_rec *sp = &sc->out->v[before];
    if (premod && strcmp(premod, "fiscal") == 0) {
        if (sp->kind != MT_SPAN_DATE || !sp->date.year)
            return e;
        sp->date.fiscal = 1;
        sp->date.month = 0;
        sp->date.day = 0;
        sp->mod = 0;
    }
    return e;
}

/* ---- the pass ----------------------------------------------------------- */

/* May a key that the scanner looks for on its own start with the
 * character c at i (n bytes) and the one after it? */
static inline bool pair_may_start(const scan *sc, size_t i, uint32_t c, int n)
{
    const mt_extractor *ex = sc->ex;
    if (c >= 0x10000 || ((ex->first_single[c >> 3] >> (c & 7)) & 1))
        return true;
    if (i + (size_t)n >= sc->len)
        return false;
    int n2;
    unsigned h =
        mt_ex_pair(c, mt_ex_decode(sc->s, sc->len, i + (size_t)n, &n2));
    return (ex->first_pair[h >> 3] >> (h & 7)) & 1;
}

static void scan_text(scan *sc)
{
    const unsigned char *s = sc->s;
    const uint8_t *skip = sc->ex->skip_byte;
    size_t i = 0;
    while (i < sc->len) {
        unsigned char b = s[i];
        /* ASCII that starts nothing: skip fast. */
        if (skip[b]) {
            i++;
            continue;
        }
        if (b == '$') {
            size_t ps;
            uint32_t pc = mt_ex_cp_before(sc, i, &ps);
            size_t e = pc < 0x80 && mt_ex_is_alnum(pc)
                           ? 0
                           : mt_ex_dollars(sc, i, NULL, i);
            i = e > i ? e : i + 1;
            continue;
        }
        int n;
        uint32_t c = mt_ex_decode(s, sc->len, i, &n);
        if (c >= 0x80 && c < 0x10000 &&
            !((sc->ex->busy_cp[c >> 3] >> (c & 7)) & 1)) {
            /* most kanji and kana: nothing starts here */
            i += (size_t)n;
            continue;
        }
        size_t e = 0;
        if (mt_ex_is_digit(c)) {
            size_t ps;
            uint32_t pc = mt_ex_cp_before(sc, i, &ps);
            bool glued = pc < 0x80 && pc &&
                         (mt_ex_is_alnum(pc) || pc == '.' || pc == ',' ||
                          pc == '/' || pc == '-' || pc == '$' || pc == ':');
            /* A colon glues only between digits (10:30, 1:50); after a
             * label (公開日：2020年2月6日, Updated: ...) a number starts.
             * A comma, slash, dot or dash glues only after ASCII (1,234,
             * v2.4, A-1): after Japanese it separates the fields of a
             * reference (「…を検討,日本経済新聞,2019年9月6日」, 「…/日経
             * クロステック/2022年8月2日」), and the year is a number's
             * start. */
            if (glued && pc != '$' && !mt_ex_is_alnum(pc)) {
                size_t ps2;
                uint32_t pp = mt_ex_cp_before(sc, ps, &ps2);
                glued = pc == ':' ? mt_ex_is_digit(pp) : pp && pp < 0x80;
            }
            if (glued)
                e = mt_ex_run_end(sc, i, ".,/-:");
            else
                e = mt_ex_numeric(sc, i, NULL, i);
        } else if (mt_ex_is_upper(c) && i + 1 < sc->len &&
                   (mt_ex_is_digit(s[i + 1]) ||
                    (c == 'F' && s[i + 1] == 'Y'))) {
            /* R2, H31, FY2022, Q1 2021 */
            size_t ps;
            uint32_t pc = mt_ex_cp_before(sc, i, &ps);
            if (!(pc < 0x80 && mt_ex_is_alnum(pc)))
                e = mt_ex_letter_date(sc, i, NULL, i);
        }
        /* The ASCII word at i (we == i: none), hashed once for the
         * filter and the trie walk. */
        size_t we = i;
        uint32_t wh = 0;
        if (!e && b < 0x80 && mt_ex_is_alnum(b) && !mt_ex_is_digit(b)) {
            /* an English word: no walk unless some key begins with it */
            wh = mt_ex_run_hash(sc->ex, s, sc->len, i, &we);
            unsigned bit = mt_ex_word_bit(wh);
            if (!((sc->ex->first_word[bit >> 3] >> (bit & 7)) & 1)) {
                i = we;
                continue;
            }
        }
        if (!e && (b < 0x80 ? mt_ex_may_start_ascii(sc->ex, s, sc->len, i)
                            : mt_ex_may_start(sc->ex, c) &&
                                  pair_may_start(sc, i, c, n))) {
            if (we == i && b < 0x80)
                wh = mt_ex_run_hash(sc->ex, s, sc->len, i, &we);
            e = lexical(sc, i, we, wh);
        }
        if (!e && mt_ex_knum_of(sc->ex, c))
            e = mt_ex_numeric(sc, i, NULL, i);
        if (e > i) {
            i = e;
            continue;
        }
        if (we > i) {
            /* rest of an ASCII word: no key starts inside a word */
            i = we;
            continue;
        }
        if (b < 0x80 && mt_ex_is_alnum(b)) {
            while (i < sc->len && s[i] < 0x80 && mt_ex_is_alnum(s[i]))
                i++;
            continue;
        }
        i += (size_t)n;
    }
}

/* ---- finishing ---------------------------------------------------------- */

static int span_cmp(const void *pa, const void *pb)
{
    const span_rec *a = pa, *b = pb;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    if (a->end != b->end)
        return a->end < b->end ? -1 : 1;
    return (int)a->kind - (int)b->kind;
}

static char *put_num(char *p, int v, int width)
{
    for (int k = width - 1; k >= 0; k--) {
        p[k] = (char)('0' + v % 10);
        v /= 10;
    }
    return p + width;
}

/* mt_date_format without printf (one call per date span). */
static size_t format_date(const mt_date *d, char *buf)
{
    char *p = buf;
    if (d->fiscal) {
        *p++ = 'F';
        *p++ = 'Y';
        p = put_num(p, d->year, 4);
    } else {
        if (d->year > 0 && d->year <= 9999) {
            p = put_num(p, d->year, 4);
        } else {
            memcpy(p, "XXXX", 4);
            p += 4;
        }
        if (d->month) {
            *p++ = '-';
            p = put_num(p, d->month, 2);
            if (d->day) {
                *p++ = '-';
                p = put_num(p, d->day, 2);
            }
        }
    }
    *p = '\0';
    return (size_t)(p - buf);
}

static mt_status finish(span_list *l, mt_spans **out)
{
    /* Date values are formatted last: a premodifier may have changed
     * them (fiscal 2022). */
    for (size_t i = 0; i < l->n; i++) {
        if (l->v[i].kind == MT_SPAN_DATE && !l->v[i].value) {
            char buf[MT_DATE_TEXT_MAX];
            size_t n = format_date(&l->v[i].date, buf);
            l->v[i].value = mt_ex_tstr(l, buf, n);
        }
    }
    if (l->nomem)
        return MT_ERR_NOMEM;
    /* The scanner emits in order almost always; sort only when not. */
    bool sorted = true;
    for (size_t i = 1; i < l->n && sorted; i++)
        sorted = span_cmp(&l->v[i - 1], &l->v[i]) <= 0;
    if (!sorted)
        qsort(l->v, l->n, sizeof *l->v, span_cmp);
    mt_spans *r = calloc(1, sizeof *r);
    if (!r)
        return MT_ERR_NOMEM;
    /* every field of every span is set below */
    if (l->n > SIZE_MAX / sizeof *r->v) {
        free(r);
        return MT_ERR_NOMEM;
    }
    r->v = malloc((l->n ? l->n : 1) * sizeof *r->v);
    if (!r->v) {
        free(r);
        return MT_ERR_NOMEM;
    }
    r->pool = l->pool;
    l->pool = NULL;
    static const char empty[] = "";
    for (size_t i = 0; i < l->n; i++) {
        const span_rec *s = &l->v[i];
        mt_span *d = &r->v[r->n++];
        d->kind = (mt_span_kind)s->kind;
        d->start = s->start;
        d->end = s->end;
        d->value = s->value ? r->pool + s->value : empty;
        d->mod = s->mod ? r->pool + s->mod : NULL;
        d->unit = s->unit ? r->pool + s->unit : NULL;
        d->type = s->type ? r->pool + s->type : NULL;
        d->reading = s->reading ? r->pool + s->reading : NULL;
        d->date = s->date;
        d->number = s->number;
        d->weekday = s->kind == MT_SPAN_DATE ? (int)s->wday - 1 : -1;
    }
    *out = r;
    return MT_OK;
}

/* ---- public API --------------------------------------------------------- */

const char *mt_span_kind_str(mt_span_kind kind)
{
    switch (kind) {
    case MT_SPAN_DATE:
        return "date";
    case MT_SPAN_DURATION:
        return "duration";
    case MT_SPAN_QUANTITY:
        return "quantity";
    case MT_SPAN_ORG:
        return "org";
    case MT_SPAN_EVENT:
        return "event";
    case MT_SPAN_HEDGE:
        return "hedge";
    case MT_SPAN_SENTENCE:
        return "sentence";
    }
    return "?";
}

size_t mt_spans_count(const mt_spans *spans)
{
    return spans ? spans->n : 0;
}

const mt_span *mt_spans_get(const mt_spans *spans, size_t i)
{
    return spans && i < spans->n ? &spans->v[i] : NULL;
}

void mt_spans_free(mt_spans *spans)
{
    if (!spans)
        return;
    free(spans->v);
    free(spans->pool);
    free(spans);
}

mt_status mt_extractor_new(mt_extractor **out, const char *data_dir,
                           mt_error *err)
{
    if (!out)
        return mt_error_set(err, MT_ERR_ARG, "no output pointer");
    *out = NULL;
    mt_extractor *ex = calloc(1, sizeof *ex);
    if (!ex)
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    if (pthread_mutex_init(&ex->mecab_lock, NULL) != 0) {
        free(ex);
        return mt_error_set(err, MT_ERR_INTERNAL, "cannot create a mutex");
    }
    mt_status st = mt_ex_lex_load(ex, data_dir, err);
    if (st != MT_OK) {
        mt_extractor_free(ex);
        return st;
    }
    *out = ex;
    return MT_OK;
}

void mt_extractor_free(mt_extractor *ex)
{
    if (!ex)
        return;
    mt_ex_mecab_free(ex);
    pthread_mutex_destroy(&ex->mecab_lock);
    free(ex->node_edge);
    free(ex->node_nedge);
    free(ex->node_entry);
    free(ex->edge_byte);
    free(ex->edge_to);
    free(ex->node_dense);
    free(ex->dense);
    free(ex->words);
    free(ex->word_runs);
    free(ex->entries);
    free(ex->org_forms);
    free(ex->body_forms);
    free(ex->org_generic);
    free(ex->org_heads);
    free(ex->org_verbs);
    free(ex->org_qverbs);
    free(ex->org_products);
    free(ex->org_units);
    free(ex->ordinal_nouns);
    free(ex->org_refers);
    free(ex->org_openers);
    free(ex->seat_places);
    free(ex->seat_heads);
    free(ex->pool);
    free(ex);
}

static mt_lang guess_lang(const unsigned char *s, size_t len)
{
    size_t ja = 0, en = 0;
    size_t lim = len < LANG_SAMPLE ? len : LANG_SAMPLE;
    for (size_t i = 0; i < lim; i++) {
        if (s[i] >= 0xE3 && s[i] <= 0xE9)
            ja++;
        else if ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')
            en++;
    }
    return ja * LANG_JA_RATIO >= en ? MT_LANG_JA : MT_LANG_EN;
}

static mt_status extract(const mt_extractor *ex, const char *text, size_t len,
                         const mt_extract_options *opts, mt_spans **out,
                         mt_error *err, size_t *opts_work)
{
    mt_extract_options def = MT_EXTRACT_OPTIONS_INIT;
    if (!out)
        return mt_error_set(err, MT_ERR_ARG, "no output pointer");
    *out = NULL;
    if (!opts)
        opts = &def;
    if (!ex || (!text && len > 0))
        return mt_error_set(err, MT_ERR_ARG, "no extractor or no text");
    if (opts->version != MT_EXTRACT_OPTIONS_VERSION)
        return mt_error_set(err, MT_ERR_ARG,
                            "unknown extract options version %u",
                            opts->version);
    if (opts->ref_date.year && !mt_date_valid(&opts->ref_date))
        return mt_error_set(err, MT_ERR_ARG, "invalid reference date");
    span_list l;
    memset(&l, 0, sizeof l);
    scan sc;
    memset(&sc, 0, sizeof sc);
    size_t work = 0;
    sc.work = opts_work ? opts_work : &work;
    hitcache hc;
    memset(&hc, 0, sizeof hc);
    for (unsigned k = 0; k < HITCACHE; k++)
        hc.pos[k] = SIZE_MAX;
    sc.hc = &hc;
    sc.ex = ex;
    sc.s = (const unsigned char *)(text ? text : "");
    sc.len = len;
    sc.ref = opts->ref_date;
    sc.ref.fiscal = 0;
    sc.lang = opts->lang != MT_LANG_AUTO ? opts->lang : guess_lang(sc.s, len);
    sc.out = &l;
    scan_text(&sc);
    mt_status st = MT_OK;
    if (opts->flags & MT_EXTRACT_MECAB)
        st = mt_ex_mecab_orgs((mt_extractor *)ex, text, len, &l, err);
    if (st == MT_OK && (opts->flags & MT_EXTRACT_SENTENCES))
        mt_ex_sentences(ex, sc.s, len, &l);
    if (st == MT_OK) {
        st = finish(&l, out);
        if (st != MT_OK)
            mt_error_set(err, st, "out of memory");
    }
    free(l.v);
    free(l.pool);
    return st;
}

mt_status mt_extract(const mt_extractor *ex, const char *text, size_t len,
                     const mt_extract_options *opts, mt_spans **out,
                     mt_error *err)
{
    return extract(ex, text, len, opts, out, err, NULL);
}

mt_status mt_ex_work(const mt_extractor *ex, const char *text, size_t len,
                     size_t *work)
{
    mt_spans *sp = NULL;
    *work = 0;
    mt_status st = extract(ex, text, len, NULL, &sp, NULL, work);
    mt_spans_free(sp);
    return st;
}

mt_status mt_extract_sentences(const mt_extractor *ex, const char *text,
                               size_t len, mt_lang lang, mt_spans **out,
                               mt_error *err)
{
    (void)lang;
    if (!out)
        return mt_error_set(err, MT_ERR_ARG, "no output pointer");
    *out = NULL;
    if (!ex || (!text && len > 0))
        return mt_error_set(err, MT_ERR_ARG, "no extractor or no text");
    span_list l;
    memset(&l, 0, sizeof l);
    mt_ex_sentences(ex, (const unsigned char *)(text ? text : ""), len, &l);
    mt_status st = finish(&l, out);
    free(l.v);
    free(l.pool);
    if (st != MT_OK)
        return mt_error_set(err, st, "out of memory");
    return MT_OK;
}
