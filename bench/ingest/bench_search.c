/*
 * bench_search - library-level search latency for bench/ingest/run.
 *
 *   bench_search DB QUERIES [LIMIT [rank|newest]]
 *
 * Opens the store read-only, runs every query in the file QUERIES (one per
 * line, UTF-8) once untimed to warm the page cache, then once more timed,
 * and prints one line per query: microseconds, a tab, the number of hits,
 * a tab, the query.  Hits are capped at LIMIT (default 20), as the CLI
 * does, and snippets are built, so the figure is what a caller of
 * mt_store_search() waits for.  The order is best match first (rank, the
 * default) or newest first.  Statistics are left to the caller.
 */
#include <matome/matome.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_QUERIES   10000
#define MAX_QUERY_LEN 256

static int count_hit(const mt_search_hit *hit, void *ctx)
{
    (void)hit;
    (*(long *)ctx)++;
    return 0;
}

static double now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static int parse_limit(const char *s, int *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno != 0 || end == s || *end != '\0' || v <= 0 || v > 10000)
        return -1;
    *out = (int)v;
    return 0;
}

/* Read up to MAX_QUERIES non-empty lines; returns the count or -1. */
static int read_queries(const char *path, char (*q)[MAX_QUERY_LEN])
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    int n = 0;
    char line[MAX_QUERY_LEN];
    while (n < MAX_QUERIES && fgets(line, sizeof line, f)) {
        size_t len = strcspn(line, "\r\n");
        line[len] = '\0';
        if (len == 0)
            continue;
        memcpy(q[n], line, len + 1);
        n++;
    }
    int bad = ferror(f);
    fclose(f);
    return bad ? -1 : n;
}

static int run(mt_store *store, char (*q)[MAX_QUERY_LEN], int n, int limit,
               mt_search_order order, int print)
{
    mt_search_options opts = MT_SEARCH_OPTIONS_INIT;
    opts.limit = limit;
    opts.order = order;
    for (int i = 0; i < n; i++) {
        mt_error err = MT_ERROR_INIT;
        long hits = 0;
        double t0 = now_us();
        mt_status st =
            mt_store_search(store, q[i], &opts, count_hit, &hits, &err);
        double t1 = now_us();
        if (st != MT_OK) {
            char msg[MT_ERROR_MESSAGE_MAX + MT_ERROR_WHERE_MAX + 64];
            fprintf(stderr, "bench_search: query '%s': %s\n", q[i],
                    mt_error_format(&err, msg, sizeof msg));
            return -1;
        }
        if (print)
            printf("%.1f\t%ld\t%s\n", t1 - t0, hits, q[i]);
    }
    return 0;
}

int main(int argc, char **argv)
{
    int limit = 20;
    mt_search_order order = MT_SEARCH_RANK;
    if (argc == 5 && strcmp(argv[4], "newest") == 0)
        order = MT_SEARCH_NEWEST;
    else if (argc == 5 && strcmp(argv[4], "rank") != 0)
        argc = 0; /* usage */
    if (argc < 3 || argc > 5 || (argc >= 4 && parse_limit(argv[3], &limit))) {
        fprintf(stderr,
                "usage: bench_search DB QUERIES [LIMIT [rank|newest]]\n");
        return 1;
    }
    static char queries[MAX_QUERIES][MAX_QUERY_LEN];
    int n = read_queries(argv[2], queries);
    if (n <= 0) {
        fprintf(stderr, "bench_search: %s: no queries\n", argv[2]);
        return 1;
    }
    mt_store_options so = MT_STORE_OPTIONS_INIT;
    so.readonly = 1;
    mt_store *store = NULL;
    mt_error err = MT_ERROR_INIT;
    if (mt_store_open(&store, argv[1], &so, &err) != MT_OK) {
        char msg[MT_ERROR_MESSAGE_MAX + MT_ERROR_WHERE_MAX + 64];
        fprintf(stderr, "bench_search: %s\n",
                mt_error_format(&err, msg, sizeof msg));
        return 3;
    }
    int rc = run(store, queries, n, limit, order, 0) ||
             run(store, queries, n, limit, order, 1);
    mt_store_free(store);
    return rc ? 3 : 0;
}
