/*
 * matome remove ID --yes: delete a source and its index entries.
 *
 * Deleting loses the archived original, so the command insists on --yes;
 * ID may be an unambiguous prefix as for `show`.
 */
#include "cli.h"

#include <getopt.h>

static void usage(FILE *f)
{
    fprintf(f, "usage: matome remove [--db PATH] --yes ID\n"
               "\n"
               "Delete a stored source (its archived original, text and\n"
               "index entries).  --yes confirms; without it nothing is\n"
               "deleted.  ID may be an unambiguous prefix of at least 4\n"
               "hex digits.\n");
}

int cmd_remove(cli_ctx *ctx, int argc, char **argv)
{
    static const struct option longopts[] = {
        {"yes", no_argument, NULL, 'y'},
        {"db", required_argument, NULL, CLI_OPT_DB},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    int yes = 0;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
        switch (c) {
        case 'y':
            yes = 1;
            break;
        case CLI_OPT_DB:
            ctx->db_path = optarg;
            break;
        case 'h':
            usage(stdout);
            return EXIT_OK;
        default:
            return cli_bad_option("remove", c, argv);
        }
    }
    if (optind >= argc)
        return cli_usage_error("remove", "which source? give an ID");
    if (optind + 1 < argc)
        return cli_usage_error("remove", "one ID at a time ('%s' is extra)",
                               argv[optind + 1]);
    if (!yes)
        return cli_usage_error(
            "remove", "not removing %s: add --yes to confirm", argv[optind]);
    mt_store *store = NULL;
    int rc = cli_open_store(ctx, 1, &store);
    if (rc != EXIT_OK)
        return rc;
    mt_source *src = NULL;
    mt_error err;
    mt_error_clear(&err);
    mt_status st = mt_store_get(store, &src, argv[optind], 0, &err);
    if (st == MT_OK)
        st = mt_store_remove(store, src->id, &err);
    mt_store_free(store);
    if (st != MT_OK) {
        mt_source_free(src);
        return cli_fail(ctx, st, &err);
    }
    printf("removed %s\n", src->id);
    mt_source_free(src);
    return fflush(stdout) == 0 ? EXIT_OK : cli_fail(ctx, MT_ERR_IO, NULL);
}
