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

static json_t *str_or_null(const char *s)
{
    return s && *s ? json_string(s) : json_null();
}

static int show_json(const mt_source *src, const char *date, const char *added)
{
    json_t *o = json_object();
    if (!o)
        return -1;
    json_object_set_new(o, "id", json_string(src->id));
    json_object_set_new(o, "url", str_or_null(src->url));
    json_object_set_new(o, "publisher", str_or_null(src->publisher));
    json_object_set_new(o, "title", str_or_null(src->title));
    json_object_set_new(o, "published", str_or_null(date));
    json_object_set_new(o, "kind", json_string(mt_source_kind_str(src->kind)));
    json_object_set_new(o, "lang", str_or_null(src->lang));
    json_object_set_new(o, "charset", str_or_null(src->charset));
    json_object_set_new(o, "media_type", str_or_null(src->media_type));
    json_object_set_new(o, "added_at", json_string(added));
    json_object_set_new(o, "original_bytes",
                        json_integer((json_int_t)src->original_len));
    json_object_set_new(o, "text_bytes",
                        json_integer((json_int_t)src->text_len));
    json_object_set_new(
        o, "text", json_stringn(src->text ? src->text : "", src->text_len));
    char *line = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(o);
    if (!line)
        return -1;
    puts(line);
    free(line);
    return 0;
}

int cmd_show(cli_ctx *ctx, int argc, char **argv)
{
    static const struct option longopts[] = {
        {"text", no_argument, NULL, 't'},
        {"json", no_argument, NULL, 'j'},
        {"db", required_argument, NULL, CLI_OPT_DB},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    int mode = SHOW_META;
    int c;
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
        case CLI_OPT_DB:
            ctx->db_path = optarg;
            break;
        case 'h':
            usage(stdout);
            return EXIT_OK;
        default:
            return cli_bad_option("show", c, argv);
        }
    }
    if (optind >= argc)
        return cli_usage_error("show", "which source? give an ID");
    if (optind + 1 < argc)
        return cli_usage_error("show", "one ID at a time ('%s' is extra)",
                               argv[optind + 1]);
    mt_store *store = NULL;
    int rc = cli_open_store(ctx, 1, &store);
    if (rc != EXIT_OK)
        return rc;
    mt_source *src = NULL;
    mt_error err;
    mt_error_clear(&err);
    mt_status st = mt_store_get(store, &src, argv[optind], 1, &err);
    mt_store_free(store);
    if (st != MT_OK)
        return cli_fail(ctx, st, &err);

    char date[MT_DATE_TEXT_MAX] = "";
    if (src->published.year || src->published.month)
        mt_date_format(&src->published, date, sizeof date);
    char added[32];
    iso_time(src->added_at, added, sizeof added);
    rc = EXIT_OK;
    if (mode == SHOW_TEXT) {
        fwrite(src->text, 1, src->text_len, stdout);
        if (src->text_len && src->text[src->text_len - 1] != '\n')
            fputc('\n', stdout);
    } else if (mode == SHOW_JSON) {
        if (show_json(src, date, added) != 0)
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
