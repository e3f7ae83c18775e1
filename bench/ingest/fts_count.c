/*
 * fts_count - what FTS5 alone costs for a query, the floor under any
 * search built on it.
 *
 *   fts_count DB WORD...
 *
 * For each word, counts the sources whose index matches it as one FTS5
 * string ("WORD": a Japanese word is then the phrase of its overlapping
 * bigrams), with SELECT count(*) ... MATCH, five times, and prints the
 * number of matches and the fastest time.  No ranking, no rows read, no
 * snippets: mt_store_search() cannot be faster than this for the word.
 * Uses the store's internals (the tokenizer must be registered on the
 * connection), so it is not a public-API example.
 */
#include "store/store_internal.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: fts_count DB WORD...\n");
        return 1;
    }
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, NULL) !=
            SQLITE_OK ||
        mt_store_register_tokenizer(db) != SQLITE_OK ||
        mt_store_register_rank(db) != SQLITE_OK) {
        fprintf(stderr, "fts_count: %s: %s\n", argv[1], sqlite3_errmsg(db));
        sqlite3_close(db);
        return 3;
    }
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(
        db, "SELECT count(*) FROM sources_fts WHERE sources_fts MATCH ?1", -1,
        &st, NULL);
    for (int i = 2; rc == SQLITE_OK && i < argc; i++) {
        char q[512];
        int n = snprintf(q, sizeof q, "\"%s\"", argv[i]);
        if (n < 0 || (size_t)n >= sizeof q || strchr(argv[i], '"')) {
            fprintf(stderr, "fts_count: word too long or quoted: %s\n",
                    argv[i]);
            rc = SQLITE_MISUSE;
            break;
        }
        double best = 0;
        long long matches = 0;
        for (int r = 0; rc == SQLITE_OK && r < 5; r++) {
            double t0 = now_ms();
            rc = sqlite3_bind_text(st, 1, q, -1, SQLITE_STATIC);
            if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
                matches = sqlite3_column_int64(st, 0);
                rc = SQLITE_OK;
            }
            if (rc == SQLITE_OK)
                rc = sqlite3_reset(st);
            double t = now_ms() - t0;
            best = r == 0 || t < best ? t : best;
        }
        if (rc == SQLITE_OK)
            printf("%lld\t%.3f\t%s\n", matches, best, argv[i]);
    }
    if (rc != SQLITE_OK && rc != SQLITE_MISUSE)
        fprintf(stderr, "fts_count: %s\n", sqlite3_errmsg(db));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return rc == SQLITE_OK ? 0 : 3;
}
