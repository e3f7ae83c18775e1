/*
 * matome show ID [--text|--json]: one source.
 *
 * ID is a full id or an unambiguous prefix of at least 4 hex digits.  By
 * default the metadata prints as "key: value" lines ("-" for unknown);
 * --text prints the extracted text; --json one object with the metadata
 * and the text.
 */
#include "cli.h"

#include <getopt.h>
#include <jansson.h>
#include <string.h>
#include <time.h>

enum { SHOW_META, SHOW_TEXT, SHOW_JSON };

static void usage(FILE *f)
{
    fprintf(f, "usage: matome show [--db PATH] [--text|--json] ID\n"
               "\n"
               "Show one source: its metadata, its text (--text), or both\n"
               "as one JSON object (--json).  ID may be an unambiguous\n"
               "prefix of at least 4 hex digits.\n");
}

/* "2026-11-25T20:06:46Z" (the archive time, in UTC). */
static const char *iso_time(int64_t t, char *buf, size_t size)
{
    time_t tt = (time_t)t;
    struct tm tm;
    if (!gmtime_r(&tt, &tm) ||
        strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
        snprintf(buf, size, "-");
    return buf;
}

static const char *or_dash(const char *s)
{
    return s && *s ? s : "-";
}

/* The listing fields (cli_source_json), then the archive's. */
static int show_json(const mt_source *src, const char *added)
{
    json_t *o = cli_source_json(src);
    if (!o)
        return -1;
    int bad = cli_json_set(o, "charset", cli_json_str_or_null(src->charset));
    bad |= cli_json_set(o, "media_type", cli_json_str_or_null(src->media_type));
    bad |= cli_json_set(o, "added_at", json_string(added));
    bad |= cli_json_set(o, "original_bytes",
                        json_integer((json_int_t)src->original_len));
    bad |=
        cli_json_set(o, "text_bytes", json_integer((json_int_t)src->text_len));
    bad |= cli_json_set(
        o, "text", json_stringn(src->text ? src->text : "", src->text_len));
    if (bad) {
        json_decref(o);
        return -1;
    }
    return cli_print_json_line(o, 0);
}

int cmd_show(cli_ctx *ctx, int argc, char **argv)
{
    static const struct option longopts[] = {
        {"text", no_argument, NULL, 't'},
        {"json", no_argument, NULL, 'j'},
        CLI_COMMON_LONGOPTS,
        {NULL, 0, NULL, 0},
    };
    int mode = SHOW_META;
    int c, rc;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
        switch (c) {
        case 't':
        case 'j':
            if (mode != SHOW_META)
                return cli_usage_error("show", "--text and --json exclude "
                                               "each other");
            mode = c == 't' ? SHOW_TEXT : SHOW_JSON;
            break;
        default:
            rc = cli_common_option(ctx, "show", c, argv, usage);
            if (rc != CLI_CONTINUE)
                return rc;
        }
    }
    if ((rc = cli_one_id("show", argc, argv)) != EXIT_OK)
        return rc;
    mt_source *src = NULL;
    rc = cli_get_source(ctx, argv[optind], 1, NULL, &src);
    if (rc != EXIT_OK)
        return rc;

    char date[MT_DATE_TEXT_MAX];
    cli_source_date(src, date);
    char added[32];
    iso_time(src->added_at, added, sizeof added);
    rc = EXIT_OK;
    if (mode == SHOW_TEXT) {
        fwrite(src->text, 1, src->text_len, stdout);
        if (src->text_len && src->text[src->text_len - 1] != '\n')
            fputc('\n', stdout);
    } else if (mode == SHOW_JSON) {
        if (show_json(src, added) != 0)
            rc = cli_fail(ctx, MT_ERR_NOMEM, NULL);
    } else {
        printf("id: %s\n", src->id);
        printf("url: %s\n", or_dash(src->url));
        printf("publisher: %s\n", or_dash(src->publisher));
        printf("title: %s\n", or_dash(src->title));
        printf("published: %s\n", or_dash(date));
        printf("kind: %s\n", mt_source_kind_str(src->kind));
        printf("lang: %s\n", or_dash(src->lang));
        printf("charset: %s\n", or_dash(src->charset));
        printf("media_type: %s\n", or_dash(src->media_type));
        printf("original_bytes: %zu\n", src->original_len);
        printf("text_bytes: %zu\n", src->text_len);
        printf("added_at: %s\n", added);
    }
    mt_source_free(src);
    if (rc == EXIT_OK && fflush(stdout) != 0)
        rc = cli_fail(ctx, MT_ERR_IO, NULL);
    return rc;
}
