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
        CLI_COMMON_LONGOPTS,
        {NULL, 0, NULL, 0},
    };
    int yes = 0;
    int c, rc;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
        switch (c) {
        case 'y':
            yes = 1;
            break;
        default:
            rc = cli_common_option(ctx, "remove", c, argv, usage);
            if (rc != CLI_CONTINUE)
                return rc;
        }
    }
    if ((rc = cli_one_id("remove", argc, argv)) != EXIT_OK)
        return rc;
    if (!yes)
        return cli_usage_error(
            "remove", "not removing %s: add --yes to confirm", argv[optind]);
    mt_store *store = NULL;
    mt_source *src = NULL;
    rc = cli_get_source(ctx, argv[optind], 0, &store, &src);
    if (rc != EXIT_OK)
        return rc;
    mt_error err;
    mt_error_clear(&err);
    mt_status st = mt_store_remove(store, src->id, &err);
    mt_store_free(store);
    if (st != MT_OK) {
        mt_source_free(src);
        return cli_fail(ctx, st, &err);
    }
    printf("removed %s\n", src->id);
    mt_source_free(src);
    return fflush(stdout) == 0 ? EXIT_OK : cli_fail(ctx, MT_ERR_IO, NULL);
}
