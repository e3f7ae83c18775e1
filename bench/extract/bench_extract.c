/*
 * bench_extract FILE [LANG] [--mecab] - time mt_extract on one file,
 * in-process and single-threaded, with the reference date 2020-02-06.
 *
 * The extractor is built once (as an application would); the extraction
 * is repeated (BENCH_RUNS times) and the best run is reported as one
 * JSON line:
 *   {"bytes": N, "seconds": S, "spans": K, "mb_per_s": X, "mecab": false}
 * MB are 10^6 bytes.
 */
#include <matome/matome.h>

#include "core/internal.h"

#include <math.h>
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

/* Largest input the bench reads (the generated texts are a few MB). */
#define BENCH_MAX_INPUT ((size_t)1 << 30)

/* Best of this many timed runs (one with MeCab, which is slow). */
#define BENCH_RUNS 10

static int fail(const mt_error *err)
{
    char line[2048];
    fprintf(stderr, "bench_extract: %s\n",
            mt_error_format(err, line, sizeof line));
    return 1;
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
    mt_error err;
    mt_error_clear(&err);
    size_t len = 0;
    char *text = NULL;
    if (mt_read_file(path, BENCH_MAX_INPUT, &text, &len, &err) != MT_OK)
        return fail(&err);
    static const char ref[] = "2020-02-06";
    if (mt_date_parse(&opts.ref_date, ref, sizeof ref - 1) != MT_OK) {
        free(text);
        return 1;
    }
    mt_extractor *ex = NULL;
    if (mt_extractor_new(&ex, NULL, &err) != MT_OK) {
        free(text);
        return fail(&err);
    }
    double best = HUGE_VAL;
    size_t nspans = 0;
    int runs = opts.flags & MT_EXTRACT_MECAB ? 1 : BENCH_RUNS;
    for (int r = 0; r < runs; r++) {
        mt_spans *spans = NULL;
        double t0 = now();
        mt_status st = mt_extract(ex, text, len, &opts, &spans, &err);
        double t = now() - t0;
        if (st != MT_OK) {
            mt_extractor_free(ex);
            free(text);
            return fail(&err);
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
