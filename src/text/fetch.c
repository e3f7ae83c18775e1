/*
 * http(s) with libcurl's easy interface: the module matome-fetch.so (see
 * text/module.h), which libmatome loads on the first URL so that no other
 * process maps libcurl and the thirty libraries it brings.  ingest.c turns
 * what it fetches into a source.
 *
 * The size cap is enforced before the whole body is read: by
 * Content-Length (CURLOPT_MAXFILESIZE_LARGE) and by a cap in the write
 * callback, for bodies whose length is not announced.
 */
#include "matome/ingest.h"

#include "core/buf.h"
#include "core/internal.h"
#include "text/module.h"

#include <curl/curl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* curl_global_init is not thread-safe in every libcurl build (it depends
 * on the TLS back end), so it runs once, under pthread_once. */
static pthread_once_t curl_once = PTHREAD_ONCE_INIT;
static CURLcode curl_init_rc = CURLE_FAILED_INIT;

static void curl_init(void)
{
    curl_init_rc = curl_global_init(CURL_GLOBAL_DEFAULT);
}

typedef struct fetch {
    CURL *h;
    mt_buf body;
    int toobig;
    int http_error;
    long long length; /* Content-Length of the last response, -1 if none */
    char reason[128];
} fetch;

static size_t on_body(char *p, size_t size, size_t n, void *ctx)
{
    fetch *f = ctx;
    size_t len = size * n;
    if (f->body.len == 0 && !f->http_error) {
        long code = 0;
        curl_easy_getinfo(f->h, CURLINFO_RESPONSE_CODE, &code);
        if (code >= 400) {
            /* Do not read an error page, however long. */
            f->http_error = 1;
            return 0;
        }
    }
    mt_status st = mt_buf_append(&f->body, p, len);
    if (st == MT_ERR_TOOBIG) {
        f->toobig = 1;
        return 0;
    }
    return st == MT_OK ? len : 0;
}

static size_t on_header(char *p, size_t size, size_t n, void *ctx)
{
    fetch *f = ctx;
    size_t len = size * n;
    if (len > 15 && strncasecmp(p, "content-length:", 15) == 0) {
        size_t a = 15, b = len;
        while (a < b && p[a] == ' ')
            a++;
        while (b > a &&
               (p[b - 1] == '\r' || p[b - 1] == '\n' || p[b - 1] == ' '))
            b--;
        int64_t v;
        if (mt_parse_i64(p + a, b - a, &v) && v >= 0)
            f->length = v;
    }
    /* "HTTP/1.1 404 Not Found": the last status line wins (redirects). */
    if (len > 9 && strncmp(p, "HTTP/", 5) == 0) {
        f->length = -1;
        const char *sp = memchr(p, ' ', len);
        if (sp) {
            size_t rest = len - (size_t)(sp + 1 - p);
            const char *r = memchr(sp + 1, ' ', rest);
            size_t k = 0;
            if (r) {
                r++;
                size_t rl = len - (size_t)(r - p);
                while (rl && (r[rl - 1] == '\r' || r[rl - 1] == '\n'))
                    rl--;
                k = rl < sizeof f->reason - 1 ? rl : sizeof f->reason - 1;
                /* Keep printable ASCII only: it goes into a message. */
                for (size_t i = 0; i < k; i++)
                    f->reason[i] = (r[i] >= 0x20 && r[i] < 0x7F) ? r[i] : '?';
            }
            f->reason[k] = '\0';
        }
    }
    return len;
}

static mt_status fetch_url(mt_fetch_result *out, const char *url,
                           const mt_ingest_options *opts, mt_error *err)
{
    memset(out, 0, sizeof *out);
    pthread_once(&curl_once, curl_init);
    if (curl_init_rc != CURLE_OK)
        return mt_error_at(err, MT_ERR_INTERNAL, url, -1,
                           "libcurl failed to initialise: %s",
                           curl_easy_strerror(curl_init_rc));
    fetch f;
    memset(&f, 0, sizeof f);
    f.length = -1;
    mt_buf_init(&f.body, opts->max_bytes);
    f.h = curl_easy_init();
    if (!f.h)
        return mt_error_at(err, MT_ERR_NOMEM, url, -1, "out of memory");
    char errbuf[CURL_ERROR_SIZE] = "";
    char ua[64];
    snprintf(ua, sizeof ua, "matome/%s", mt_version());
    CURL *h = f.h;
    /* Every option is checked: an older libcurl that silently lacked
     * one (the protocol lists for redirects, the size cap) would fetch
     * what the caller meant to forbid. */
    CURLcode oc = curl_easy_setopt(h, CURLOPT_URL, url);
    if (oc == CURLE_OK)
        oc = curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
    if (oc == CURLE_OK)
        oc = curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    if (oc == CURLE_OK)
        oc = curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    if (oc == CURLE_OK)
        oc = curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    if (oc == CURLE_OK)
        oc = curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION,
                              opts->max_redirects > 0 ? 1L : 0L);
    if (oc == CURLE_OK)
        oc = curl_easy_setopt(h, CURLOPT_MAXREDIRS, (long)opts->max_redirects);
    if (oc == CURLE_OK)
        oc = curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, opts->timeout_ms);
    if (oc == CURLE_OK)
        oc = curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS,
                              opts->connect_timeout_ms);
    if (oc == CURLE_OK)
        oc = curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE,
                              (curl_off_t)opts->max_bytes);
    if (oc == CURLE_OK)
        oc = curl_easy_setopt(h, CURLOPT_USERAGENT,
                              opts->user_agent ? opts->user_agent : ua);
    if (oc == CURLE_OK)
        oc = curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
    if (oc == CURLE_OK)
        oc = curl_easy_setopt(h, CURLOPT_WRITEDATA, &f);
    if (oc == CURLE_OK)
        oc = curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, on_header);
    if (oc == CURLE_OK)
        oc = curl_easy_setopt(h, CURLOPT_HEADERDATA, &f);
    if (oc != CURLE_OK) {
        curl_easy_cleanup(h);
        mt_buf_free(&f.body);
        return mt_error_at(err, MT_ERR_INTERNAL, url, -1,
                           "libcurl refused an option: %s",
                           curl_easy_strerror(oc));
    }
    CURLcode rc = curl_easy_perform(h);
    long code = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
    mt_status st = MT_OK;
    if (f.toobig || rc == CURLE_FILESIZE_EXCEEDED) {
        long long cl = f.length;
        if (cl > 0)
            st = mt_error_at(err, MT_ERR_TOOBIG, url, -1,
                             "response is %lld bytes, above the limit of %zu",
                             cl, opts->max_bytes);
        else
            st = mt_error_at(err, MT_ERR_TOOBIG, url, -1,
                             "response is above the limit of %zu bytes",
                             opts->max_bytes);
    } else if (f.http_error || (rc == CURLE_OK && code >= 400)) {
        st = mt_error_at(err, MT_ERR_NETWORK, url, -1, "HTTP %ld%s%s", code,
                         f.reason[0] ? " " : "", f.reason);
    } else if (rc == CURLE_TOO_MANY_REDIRECTS) {
        st = mt_error_at(err, MT_ERR_NETWORK, url, -1, "more than %d redirects",
                         opts->max_redirects);
    } else if (rc != CURLE_OK) {
        st = mt_error_at(err, MT_ERR_NETWORK, url, -1, "%s",
                         errbuf[0] ? errbuf : curl_easy_strerror(rc));
    } else if (code == 0 || code >= 300) {
        st = mt_error_at(err, MT_ERR_NETWORK, url, -1,
                         "unexpected HTTP status %ld", code);
    }
    if (st == MT_OK) {
        const char *final = NULL;
        const char *ctype = NULL;
        curl_easy_getinfo(h, CURLINFO_EFFECTIVE_URL, &final);
        curl_easy_getinfo(h, CURLINFO_CONTENT_TYPE, &ctype);
        out->final_url = mt_strdup(final ? final : url);
        out->content_type = ctype ? mt_strdup(ctype) : NULL;
        /* An empty body is not an error here: ingest names it. */
        out->body = mt_buf_detach(&f.body, &out->len);
        if (!out->final_url || (ctype && !out->content_type) || !out->body) {
            mt_fetch_result_free(out);
            st = mt_error_at(err, MT_ERR_NOMEM, url, -1, "out of memory");
        }
    }
    mt_buf_free(&f.body);
    curl_easy_cleanup(h);
    return st;
}

static const mt_fetch_module fetch_module = {
    {MT_MODULE_ABI, MT_VERSION_STRING},
    fetch_url,
};

const mt_module_header *mt_fetch_module_v1(void)
{
    return &fetch_module.header;
}
