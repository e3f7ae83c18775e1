/*
 * bench_extract FILE [LANG] [--mecab] - time mt_extract on one file,
 * in-process and single-threaded, with the reference date 2020-02-06.
 *
 * The extractor is built once (as an application would); the extraction
 * is repeated (ten times) and the best run is reported as one JSON line:
 *   {"bytes": N, "seconds": S, "spans": K, "mb_per_s": X, "mecab": false}
 * MB are 10^6 bytes.
 */
#include <matome/matome.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 20, n = 0;
    char *b = malloc(cap);
    while (b) {
        if (n == cap) {
            char *nb = realloc(b, cap * 2);
            if (!nb) {
                free(b);
                b = NULL;
                break;
            }
            b = nb;
            cap *= 2;
        }
        size_t r = fread(b + n, 1, cap - n, f);
        if (r == 0)
            break;
        n += r;
    }
    fclose(f);
    *len = n;
    return b;
}

int main(int argc, char **argv)
{
    const char *path = NULL;
    mt_extract_options opts = MT_EXTRACT_OPTIONS_INIT;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--mecab") == 0)
            opts.flags |= MT_EXTRACT_MECAB;
        else if (strcmp(argv[i], "ja") == 0)
            opts.lang = MT_LANG_JA;
        else if (strcmp(argv[i], "en") == 0)
            opts.lang = MT_LANG_EN;
        else if (!path)
            path = argv[i];
    }
    if (!path) {
        fprintf(stderr, "usage: bench_extract FILE [ja|en] [--mecab]\n");
        return 1;
    }
    size_t len = 0;
    char *text = slurp(path, &len);
    if (!text) {
        fprintf(stderr, "bench_extract: cannot read %s\n", path);
        return 1;
    }
    mt_date_parse(&opts.ref_date, "2020-02-06", 10);
    mt_error err;
    mt_error_clear(&err);
    mt_extractor *ex = NULL;
    if (mt_extractor_new(&ex, NULL, &err) != MT_OK) {
        char line[2048];
        fprintf(stderr, "bench_extract: %s\n",
                mt_error_format(&err, line, sizeof line));
        free(text);
        return 1;
    }
    double best = 1e30;
    size_t nspans = 0;
    int runs = opts.flags & MT_EXTRACT_MECAB ? 1 : 10;
    for (int r = 0; r < runs; r++) {
        mt_spans *spans = NULL;
        double t0 = now();
        mt_status st = mt_extract(ex, text, len, &opts, &spans, &err);
        double t = now() - t0;
        if (st != MT_OK) {
            char line[2048];
            fprintf(stderr, "bench_extract: %s\n",
                    mt_error_format(&err, line, sizeof line));
            mt_extractor_free(ex);
            free(text);
            return 1;
        }
        nspans = mt_spans_count(spans);
        mt_spans_free(spans);
        if (t < best)
            best = t;
    }
    printf("{\"bytes\": %zu, \"seconds\": %.6f, \"spans\": %zu, "
           "\"mb_per_s\": %.1f, \"mecab\": %s}\n",
           len, best, nspans, (double)len / 1e6 / best,
           opts.flags & MT_EXTRACT_MECAB ? "true" : "false");
    mt_extractor_free(ex);
    free(text);
    return 0;
}
