/*
 * The optional MeCab pass: organisation names that neither the alias
 * table nor a legal-form pattern knows, from MeCab's part of speech
 * 名詞,固有名詞,組織 (ipadic).  Consecutive organisation tokens make one
 * name.  The model is loaded once, on first use, under a mutex; each call
 * makes its own tagger and lattice (MeCab's model is shared between
 * threads, taggers and lattices are not).  Text is parsed a line at a
 * time so that memory stays proportional to the longest line.
 */
#include "extract/extract_internal.h"

#include "core/internal.h"

#include <mecab.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define IPADIC_UTF8 "/var/lib/mecab/dic/ipadic-utf8"

static mecab_model_t *get_model(mt_extractor *ex, mt_error *err)
{
    pthread_mutex_lock(&ex->mecab_lock);
    if (!ex->mecab_model && !ex->mecab_failed) {
        struct stat st;
        const char *args = stat(IPADIC_UTF8, &st) == 0 ? "-d " IPADIC_UTF8 : "";
        ex->mecab_model = mecab_model_new2(args);
        if (!ex->mecab_model)
            ex->mecab_failed = 1;
    }
    mecab_model_t *m = ex->mecab_model;
    pthread_mutex_unlock(&ex->mecab_lock);
    if (!m)
        mt_error_set(err, MT_ERR_INPUT,
                     "cannot load the MeCab dictionary (ipadic-utf8)");
    return m;
}

void mt_ex_mecab_free(mt_extractor *ex)
{
    if (ex && ex->mecab_model) {
        mecab_model_destroy(ex->mecab_model);
        ex->mecab_model = NULL;
    }
}

static bool is_org(const char *feature)
{
    static const char tag[] = "名詞,固有名詞,組織";
    return feature && strncmp(feature, tag, sizeof tag - 1) == 0;
}

static bool overlaps(const span_list *l, size_t norgs, size_t a, size_t b)
{
    for (size_t i = 0; i < norgs; i++) {
        const span_rec *r = &l->v[i];
        if (r->kind == MT_SPAN_ORG && r->start < b && a < r->end)
            return true;
    }
    return false;
}

mt_status mt_ex_mecab_orgs(mt_extractor *ex, const char *s, size_t len,
                           span_list *l, mt_error *err)
{
    mecab_model_t *model = get_model(ex, err);
    if (!model)
        return MT_ERR_INPUT;
    mecab_t *tagger = mecab_model_new_tagger(model);
    mecab_lattice_t *lat = mecab_model_new_lattice(model);
    if (!tagger || !lat) {
        if (tagger)
            mecab_destroy(tagger);
        if (lat)
            mecab_lattice_destroy(lat);
        return mt_error_set(err, MT_ERR_NOMEM, "cannot create a MeCab tagger");
    }
    /* Only the spans found so far can overlap; new ones come after. */
    size_t known = l->n;
    size_t pos = 0;
    while (pos < len) {
        const char *nl = memchr(s + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - s) : len;
        if (end > pos) {
            mecab_lattice_set_sentence2(lat, s + pos, end - pos);
            if (mecab_parse_lattice(tagger, lat)) {
                size_t a = 0, b = 0;
                bool open = false;
                for (const mecab_node_t *nd = mecab_lattice_get_bos_node(lat);
                     nd; nd = nd->next) {
                    bool org = nd->stat == MECAB_NOR_NODE &&
                               is_org(nd->feature) && nd->surface >= s + pos &&
                               nd->surface + nd->length <= s + end;
                    size_t na = org ? (size_t)(nd->surface - s) : 0;
                    if (org && open && na == b) {
                        b = na + nd->length;
                        continue;
                    }
                    if (open && !overlaps(l, known, a, b)) {
                        span_rec *r = mt_ex_push(l, MT_SPAN_ORG, a, b);
                        if (r)
                            r->value = mt_ex_str(l, s + a, b - a);
                    }
                    open = org;
                    if (org) {
                        a = na;
                        b = na + nd->length;
                    }
                }
            }
        }
        pos = end + 1;
    }
    mecab_lattice_destroy(lat);
    mecab_destroy(tagger);
    return l->nomem ? mt_error_set(err, MT_ERR_NOMEM, "out of memory") : MT_OK;
}
