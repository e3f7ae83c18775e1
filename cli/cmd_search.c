/*
 * matome search QUERY... [--json] [--limit N] [--newest]: full-text search.
 *
 * The words of QUERY (all arguments, joined by spaces) must all occur;
 * Japanese words match as substrings, English words as words ("word*"
 * for a prefix), "double-quoted" parts as phrases.  Each hit prints as a
 * block: id and date, publisher and title, and a snippet with the matches
 * in bold on a terminal or in [brackets] otherwise.  With --json, one
 * object per line: id, title, published, score (bm25, lower is better),
 * snippet (matches in [brackets]).
 */
#include "cli.h"

#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

typedef struct search_ctx {
    int json;
    int width;
    long hits;
    int failed;
} search_ctx;

static void usage(FILE *f)
{
    fprintf(f, "usage: matome search [--db PATH] [--json] [--limit N] "
               "[--newest] QUERY...\n"
               "\n"
               "Find stored sources containing every word of QUERY: Japanese\n"
               "words as substrings (流出), English words as words, ignoring\n"
               "case and width; 'word*' for a prefix; \"quoted words\" as a\n"
               "phrase.\n"
               "\n"
               "  --json      one JSON object per hit: id, title, published,\n"
               "              score, snippet\n"
               "  --limit N   at most N hits (default 20)\n"
               "  --newest    newest publication date first (default: best\n"
               "              match first)\n"
               "  --db PATH   the store (default $MATOME_DB or ./matome.db)\n");
}

/* Print a snippet on one line: runs of white space become one space. */
static void print_snippet(const char *s)
{
    int space = 0;
    for (; *s; s++) {
        if (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r') {
            space = 1;
            continue;
        }
        if (space)
            fputc(' ', stdout);
        space = 0;
        fputc(*s, stdout);
    }
}

static int print_hit(const mt_search_hit *hit, void *ctx)
{
    search_ctx *sc = ctx;
    const mt_source *src = hit->source;
    char date[MT_DATE_TEXT_MAX];
    cli_source_date(src, date);
    if (sc->json) {
        json_t *o = json_object();
        if (!o)
            return sc->failed = 1;
        int bad = cli_json_set(o, "id", json_string(src->id));
        bad |= cli_json_set(o, "title", cli_json_str_or_null(src->title));
        bad |= cli_json_set(o, "published", cli_json_str_or_null(date));
        bad |= cli_json_set(o, "score", json_real(hit->score));
        bad |= cli_json_set(o, "snippet", json_string(hit->snippet));
        if (bad) {
            json_decref(o);
            return sc->failed = 1;
        }
        if (cli_print_json_line(o, JSON_REAL_PRECISION(6)) != 0)
            return sc->failed = 1;
        sc->hits++;
        return 0;
    }
    if (sc->hits++ > 0)
        fputc('\n', stdout);
    printf("%s  %s\n", src->id, date[0] ? date : "-");
    if (src->publisher && *src->publisher) {
        cli_print_fit(stdout, src->publisher, 0, 0);
        fputs(": ", stdout);
    }
    size_t used = src->publisher && *src->publisher
                      ? cli_display_width(src->publisher) + 2
                      : 0;
    size_t w = sc->width > 0 && (size_t)sc->width > used + 10
                   ? (size_t)sc->width - used
                   : (sc->width > 0 ? 10 : 0);
    cli_print_fit(stdout, src->title && *src->title ? src->title : "-", w, 0);
    fputs("\n    ", stdout);
    print_snippet(hit->snippet);
    fputc('\n', stdout);
    return 0;
}

int cmd_search(cli_ctx *ctx, int argc, char **argv)
{
    static const struct option longopts[] = {
        {"json", no_argument, NULL, 'j'},
        {"limit", required_argument, NULL, 'n'},
        {"newest", no_argument, NULL, 'N'},
        CLI_COMMON_LONGOPTS,
        {NULL, 0, NULL, 0},
    };
    search_ctx sc = {0, 0, 0, 0};
    mt_search_options opts = MT_SEARCH_OPTIONS_INIT;
    long limit = opts.limit;
    int c, rc;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
        switch (c) {
        case 'j':
            sc.json = 1;
            break;
        case 'n':
            if (cli_parse_long("search", "--limit", optarg, 1, 100000,
                               &limit) != EXIT_OK)
                return EXIT_USAGE;
            break;
        case 'N':
            opts.order = MT_SEARCH_NEWEST;
            break;
        default:
            rc = cli_common_option(ctx, "search", c, argv, usage);
            if (rc != CLI_CONTINUE)
                return rc;
        }
    }
    if (optind >= argc)
        return cli_usage_error("search", "search for what? give a QUERY");
    opts.limit = (int)limit;
    /* Matches in bold on a terminal (unless NO_COLOR), else [brackets]. */
    const char *no_color = getenv("NO_COLOR");
    if (!sc.json && cli_stdout_tty() && !(no_color && *no_color)) {
        opts.mark_open = "\033[1m";
        opts.mark_close = "\033[0m";
    }
    sc.width = cli_term_width();

    size_t len = 0;
    for (int i = optind; i < argc; i++)
        len += strlen(argv[i]) + 1;
    char *query = malloc(len + 1);
    if (!query)
        return cli_fail(ctx, MT_ERR_NOMEM, NULL);
    size_t pos = 0;
    for (int i = optind; i < argc; i++) {
        size_t n = strlen(argv[i]);
        if (pos)
            query[pos++] = ' ';
        memcpy(query + pos, argv[i], n);
        pos += n;
    }
    query[pos] = '\0';

    mt_store *store = NULL;
    rc = cli_open_store(ctx, 1, &store);
    if (rc != EXIT_OK) {
        free(query);
        return rc;
    }
    mt_error err;
    mt_error_clear(&err);
    mt_status st = mt_store_search(store, query, &opts, print_hit, &sc, &err);
    mt_store_free(store);
    free(query);
    if (st == MT_ERR_ARG)
        return cli_usage_error("search", "%s", err.message);
    if (st != MT_OK)
        return cli_fail(ctx, st, &err);
    if (sc.failed)
        return cli_fail(ctx, MT_ERR_NOMEM, NULL);
    if (sc.hits == 0 && !sc.json && cli_stderr_tty())
        fprintf(stderr, "matome: no matches\n");
    return fflush(stdout) == 0 ? EXIT_OK : cli_fail(ctx, MT_ERR_IO, NULL);
}
