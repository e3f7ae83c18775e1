/*
 * matome sources [--json]: list the stored sources, newest first.
 *
 * The table shows id, publication date, kind, language, publisher and
 * title, the title cut to the output width in display columns (CJK
 * characters take two).  With --json, one object per line: id, url,
 * publisher, title, published, kind, lang (null when unknown), the format
 * DESIGN.md promises to scripts.
 */
#include "cli.h"

#include <getopt.h>
#include <jansson.h>
#include <string.h>

/* Column widths of the table, in display columns. */
#define W_ID        MT_SOURCE_ID_LEN
#define W_PUBLISHED 10
#define W_KIND      9
#define W_LANG      4
#define W_PUBLISHER 16
#define W_TITLE_MIN 16

typedef struct list_ctx {
    int json;
    int width; /* output width, 0 = unlimited */
    long rows;
    int failed; /* a JSON line could not be built */
} list_ctx;

static int print_json(const mt_source *src, list_ctx *lc)
{
    if (cli_print_json_line(cli_source_json(src), 0) != 0)
        return lc->failed = 1;
    return 0;
}

static void print_header(void)
{
    cli_print_fit(stdout, "ID", W_ID, 1);
    fputs("  ", stdout);
    cli_print_fit(stdout, "PUBLISHED", W_PUBLISHED, 1);
    fputs("  ", stdout);
    cli_print_fit(stdout, "KIND", W_KIND, 1);
    fputs("  ", stdout);
    cli_print_fit(stdout, "LANG", W_LANG, 1);
    fputs("  ", stdout);
    cli_print_fit(stdout, "PUBLISHER", W_PUBLISHER, 1);
    fputs("  TITLE\n", stdout);
}

static int print_row(const mt_source *src, void *ctx)
{
    list_ctx *lc = ctx;
    if (lc->json)
        return print_json(src, lc);
    if (lc->rows++ == 0)
        print_header();
    char date[MT_DATE_TEXT_MAX];
    cli_print_fit(stdout, src->id, W_ID, 1);
    fputs("  ", stdout);
    cli_print_fit(stdout, *cli_source_date(src, date) ? date : "-", W_PUBLISHED,
                  1);
    fputs("  ", stdout);
    cli_print_fit(stdout, mt_source_kind_str(src->kind), W_KIND, 1);
    fputs("  ", stdout);
    cli_print_fit(stdout, src->lang && *src->lang ? src->lang : "-", W_LANG, 1);
    fputs("  ", stdout);
    cli_print_fit(stdout,
                  src->publisher && *src->publisher ? src->publisher : "-",
                  W_PUBLISHER, 1);
    fputs("  ", stdout);
    size_t used = W_ID + W_PUBLISHED + W_KIND + W_LANG + W_PUBLISHER + 10;
    size_t title_w = 0; /* unlimited */
    if (lc->width > 0)
        title_w = (size_t)lc->width > used + W_TITLE_MIN
                      ? (size_t)lc->width - used
                      : W_TITLE_MIN;
    cli_print_fit(stdout, src->title && *src->title ? src->title : "-", title_w,
                  0);
    fputc('\n', stdout);
    return 0;
}

static void usage(FILE *f)
{
    fprintf(f, "usage: matome sources [--db PATH] [--json]\n"
               "\n"
               "List the stored sources, newest publication date first.\n"
               "\n"
               "  --json     one JSON object per line: id, url, publisher,\n"
               "             title, published, kind, lang\n"
               "  --db PATH  the store (default $MATOME_DB or ./matome.db)\n");
}

int cmd_sources(cli_ctx *ctx, int argc, char **argv)
{
    static const struct option longopts[] = {
        {"json", no_argument, NULL, 'j'},
        CLI_COMMON_LONGOPTS,
        {NULL, 0, NULL, 0},
    };
    list_ctx lc = {0, 0, 0, 0};
    int c, rc;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
        switch (c) {
        case 'j':
            lc.json = 1;
            break;
        default:
            rc = cli_common_option(ctx, "sources", c, argv, usage);
            if (rc != CLI_CONTINUE)
                return rc;
        }
    }
    if (optind < argc)
        return cli_usage_error("sources", "unexpected argument '%s'",
                               argv[optind]);
    lc.width = cli_term_width();
    mt_store *store = NULL;
    rc = cli_open_store(ctx, 1, &store);
    if (rc != EXIT_OK)
        return rc;
    mt_error err;
    mt_error_clear(&err);
    mt_status st = mt_store_list(store, print_row, &lc, &err);
    mt_store_free(store);
    if (st != MT_OK)
        return cli_fail(ctx, st, &err);
    if (lc.failed)
        return cli_fail(ctx, MT_ERR_NOMEM, NULL);
    if (!lc.json && lc.rows == 0 && cli_stderr_tty())
        fprintf(stderr, "matome: no sources yet (add some with 'matome "
                        "add')\n");
    return fflush(stdout) == 0 ? EXIT_OK : cli_fail(ctx, MT_ERR_IO, NULL);
}
