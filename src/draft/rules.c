/*
 * The draft's data files: data/draft_counts.tsv and data/draft_cues.tsv.
 */
#include "draft/stage.h"

#include "core/buf.h"
#include "core/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

mt_status draft_counts_load(draft_counts *out, const char *data_dir,
                            mt_error *err)
{
    memset(out, 0, sizeof *out);
    char path[1024];
    const char *dir = data_dir ? data_dir : mt_data_dir();
    snprintf(path, sizeof path, "%s/draft_counts.tsv", dir);
    mt_tsv t;
    mt_status st = mt_tsv_open(&t, path, err);
    if (st != MT_OK)
        return st;
    int cw = mt_tsv_col(&t, "word"), cc = mt_tsv_col(&t, "counts");
    if (cw < 0 || cc < 0) {
        mt_tsv_close(&t);
        return mt_error_at(err, MT_ERR_INPUT, path, -1,
                           "draft_counts.tsv needs columns word and counts");
    }
    int r;
    while ((r = mt_tsv_next(&t, err)) == 1) {
        if (!mt_grow_pow2((void **)&out->word, out->n, sizeof(char *)) ||
            !mt_grow_pow2((void **)&out->counts, out->n, sizeof(char *))) {
            r = MT_ERR_NOMEM;
            break;
        }
        out->word[out->n] = mt_strndup(t.field[cw], t.field_len[cw]);
        out->counts[out->n] = mt_strndup(t.field[cc], t.field_len[cc]);
        out->n++;
        if (!out->word[out->n - 1] || !out->counts[out->n - 1]) {
            r = MT_ERR_NOMEM;
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
    }
    free(c->word);
    free(c->counts);
    memset(c, 0, sizeof *c);
}

mt_status draft_cues_load(draft_cues *out, const char *data_dir, mt_error *err)
{
    memset(out, 0, sizeof *out);
    char path[1024];
    const char *dir = data_dir ? data_dir : mt_data_dir();
    snprintf(path, sizeof path, "%s/draft_cues.tsv", dir);
    mt_tsv t;
    mt_status st = mt_tsv_open(&t, path, err);
    if (st != MT_OK)
        return st;
    int cw = mt_tsv_col(&t, "word"), ck = mt_tsv_col(&t, "kind"),
        cv = mt_tsv_col(&t, "value");
    if (cw < 0 || ck < 0 || cv < 0) {
        mt_tsv_close(&t);
        return mt_error_at(err, MT_ERR_INPUT, path, -1,
                           "draft_cues.tsv needs columns word, kind, value");
    }
    int r;
    while ((r = mt_tsv_next(&t, err)) == 1) {
        if (t.field_len[cw] == 0)
            continue;
        if (!mt_grow_pow2((void **)&out->word, out->n, sizeof(char *)) ||
            !mt_grow_pow2((void **)&out->kind, out->n, sizeof(char *)) ||
            !mt_grow_pow2((void **)&out->value, out->n, sizeof(char *))) {
            r = MT_ERR_NOMEM;
            break;
        }
        out->word[out->n] = mt_strndup(t.field[cw], t.field_len[cw]);
        out->kind[out->n] = mt_strndup(t.field[ck], t.field_len[ck]);
        out->value[out->n] = mt_strndup(t.field[cv], t.field_len[cv]);
        out->n++;
        if (!out->word[out->n - 1] || !out->kind[out->n - 1] ||
            !out->value[out->n - 1]) {
            r = MT_ERR_NOMEM;
            break;
        }
    }
    mt_tsv_close(&t);
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
        free(c->kind[i]);
        free(c->value[i]);
    }
    free(c->word);
    free(c->kind);
    free(c->value);
    memset(c, 0, sizeof *c);
}
