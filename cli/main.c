/*
 * matome - command-line front end to libmatome.
 *
 *   matome [--db PATH] SUBCOMMAND [OPTIONS] [ARGS]
 *
 * Global options come before the subcommand; every subcommand also accepts
 * --db itself so that `matome add --db x.db f.html` works too.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

typedef struct command {
    const char *name;
    cli_cmd_fn fn;
    const char *summary;
} command;

static const command commands[] = {
    {"add", cmd_add, "archive files or URLs as sources"},
    {"sources", cmd_sources, "list stored sources"},
    {"show", cmd_show, "show one source's metadata or text"},
    {"search", cmd_search, "full-text search over stored sources"},
    {"remove", cmd_remove, "delete a stored source"},
    {"extract", cmd_extract,
     "find dates, quantities, organisations, events, hedges"},
    {"draft", cmd_draft, "draft a dossier from stored sources"},
    {"build", cmd_build, "validate and render a dossier"},
    {"import-blog", cmd_import_blog,
     "convert a Japanese blog-layout summary to a dossier"},
    {NULL, NULL, NULL},
};

static void usage(FILE *f)
{
    fprintf(f, "usage: matome [--db PATH] SUBCOMMAND [OPTIONS] [ARGS]\n"
               "\n"
               "matome turns breach disclosures and news articles into a\n"
               "cited incident dossier.\n"
               "\n"
               "subcommands:\n");
    for (size_t i = 0; commands[i].name; i++)
        fprintf(f, "  %-12s %s\n", commands[i].name, commands[i].summary);
    fprintf(f, "  %-12s %s\n", "help", "this text, or 'help SUBCOMMAND'");
    fprintf(f, "\n"
               "options:\n"
               "  --db PATH    the store (default $MATOME_DB or ./matome.db)\n"
               "  --version    print the version\n"
               "\n"
               "exit codes: 0 ok, 1 usage, 2 input error, 3 store error,\n"
               "4 internal error.\n");
}

static const command *find_command(const char *name)
{
    for (size_t i = 0; commands[i].name; i++)
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    return NULL;
}

int main(int argc, char **argv)
{
    cli_ctx ctx = {"matome", NULL};
    const char *env = getenv("MATOME_DB");
    ctx.db_path = env && *env ? env : "./matome.db";

    int i = 1;
    while (i < argc && argv[i][0] == '-') {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return EXIT_OK;
        } else if (strcmp(a, "--version") == 0) {
            printf("matome %s\n", mt_version());
            return EXIT_OK;
        } else if (strcmp(a, "--db") == 0 && i + 1 < argc) {
            ctx.db_path = argv[i + 1];
            i += 2;
        } else if (strncmp(a, "--db=", 5) == 0) {
            ctx.db_path = a + 5;
            i++;
        } else {
            fprintf(stderr, "matome: unknown option '%s'\n", a);
            usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (i >= argc) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *name = argv[i];
    if (strcmp(name, "help") == 0) {
        if (i + 1 < argc) {
            const command *c = find_command(argv[i + 1]);
            if (!c) {
                fprintf(stderr, "matome: no subcommand '%s'\n", argv[i + 1]);
                return EXIT_USAGE;
            }
            char *hargv[] = {argv[i + 1], "--help", NULL};
            return c->fn(&ctx, 2, hargv);
        }
        usage(stdout);
        return EXIT_OK;
    }
    const command *c = find_command(name);
    if (!c) {
        fprintf(stderr, "matome: no subcommand '%s' (see 'matome help')\n",
                name);
        return EXIT_USAGE;
    }
    return c->fn(&ctx, argc - i, argv + i);
}
