/*
 * The source record.  Ids hash the original bytes with SHA-256; GLib (which
 * libmatome already links through poppler-glib) supplies the digest.
 */
#include "matome/source.h"

#include "core/internal.h"

#include <glib.h>
#include <stdlib.h>
#include <string.h>

static const char *const kind_names[] = {"other", "official", "authority",
                                         "media", "blog"};

const char *mt_source_kind_str(mt_source_kind kind)
{
    if ((unsigned)kind < MT_ARRAY_LEN(kind_names))
        return kind_names[kind];
    return "other";
}

mt_status mt_source_kind_parse(mt_source_kind *out, const char *name)
{
    for (size_t i = 0; i < MT_ARRAY_LEN(kind_names); i++) {
        if (name && strcmp(name, kind_names[i]) == 0) {
            *out = (mt_source_kind)i;
            return MT_OK;
        }
    }
    return MT_ERR_ARG;
}

mt_source *mt_source_new(void)
{
    return calloc(1, sizeof(mt_source));
}

void mt_source_free(mt_source *src)
{
    if (!src)
        return;
    free(src->url);
    free(src->publisher);
    free(src->title);
    free(src->lang);
    free(src->charset);
    free(src->media_type);
    free(src->original);
    free(src->text);
    free(src);
}

mt_status mt_source_set(char **field, const char *value)
{
    char *copy = NULL;
    if (value) {
        copy = mt_strdup(value);
        if (!copy)
            return MT_ERR_NOMEM;
    }
    free(*field);
    *field = copy;
    return MT_OK;
}

void mt_source_compute_id(mt_source *src)
{
    GChecksum *ck = g_checksum_new(G_CHECKSUM_SHA256);
    if (src->original_len)
        g_checksum_update(ck, src->original, (gssize)src->original_len);
    const char *hex = g_checksum_get_string(ck);
    memcpy(src->id, hex, MT_SOURCE_ID_LEN);
    src->id[MT_SOURCE_ID_LEN] = '\0';
    g_checksum_free(ck);
}
