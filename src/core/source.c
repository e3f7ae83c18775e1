/*
 * The source record.  Ids hash the original bytes with SHA-256 through
 * libcrypto (OpenSSL), which uses the CPU's SHA instructions: with GLib's
 * portable GChecksum the hash was 12% of the instructions of `matome add`
 * (bench/ingest profile).
 */
#include "matome/source.h"

#include "core/internal.h"

#include <openssl/evp.h>
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
    static const char hex[] = "0123456789abcdef";
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    /* EVP_Digest fails only on allocation failure inside OpenSSL; the id
     * is then the hash of nothing rather than uninitialised bytes. */
    if (!EVP_Digest(src->original_len ? src->original : (const void *)"",
                    src->original_len, md, &n, EVP_sha256(), NULL) ||
        n * 2 < MT_SOURCE_ID_LEN)
        memset(md, 0, sizeof md);
    for (size_t i = 0; i < MT_SOURCE_ID_LEN / 2; i++) {
        src->id[2 * i] = hex[md[i] >> 4];
        src->id[2 * i + 1] = hex[md[i] & 15];
    }
    src->id[MT_SOURCE_ID_LEN] = '\0';
}
