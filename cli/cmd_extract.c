/*
 * matome extract [--lang ja|en|auto] [--ref-date YYYY-MM-DD] [--json]
 *                [--mecab] [--sentences] FILE|-
 *
 * Prints the spans the extractor finds: with --json one JSON object per
 * line (kind, start, end, text, value, then mod, unit, type when they
 * apply), ordered by start offset; otherwise an aligned table.
 */
#include "cli.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#define EXTRACT_MAX_INPUT ((size_t)256 << 20)

static void help(FILE *f)
{
    fprintf(f, "usage: matome extract [--lang ja|en|auto] [--ref-date "
               "YYYY-MM-DD]\n"
               "                      [--json] [--mecab] [--sentences] FILE|-\n"
               "\n"
               "Find dates, durations, quantities, organisations, event "
               "triggers\n"
               "and hedges in a UTF-8 text file ('-' reads standard input).\n"
               "\n"
               "  --lang L         ja, en or auto (default: from the script)\n"
               "  --ref-date DATE  publication date for relative dates "
               "(昨年, last year)\n"
               "  --json           one JSON object per span and line\n"
               "  --mecab          also find unknown organisations with MeCab\n"
               "  --sentences      also print the sentence spans\n");
}

static int print_json(const char *text, const mt_spans *spans)
{
    size_t n = mt_spans_count(spans);
    for (size_t i = 0; i < n; i++) {
        const mt_span *s = mt_spans_get(spans, i);
        json_t *o = json_object();
        if (!o)
            return EXIT_INTERNAL;
        json_object_set_new(o, "kind", json_string(mt_span_kind_str(s->kind)));
        json_object_set_new(o, "start", json_integer((json_int_t)s->start));
        json_object_set_new(o, "end", json_integer((json_int_t)s->end));
        json_object_set_new(o, "text",
                            json_stringn(text + s->start, s->end - s->start));
        if (s->kind == MT_SPAN_QUANTITY) {
            double v = s->number;
            if (v == (double)(json_int_t)v && v < 9e15 && v > -9e15)
                json_object_set_new(o, "value", json_integer((json_int_t)v));
            else
                json_object_set_new(o, "value", json_real(v));
        } else if (s->kind != MT_SPAN_SENTENCE) {
            json_object_set_new(o, "value", json_string(s->value));
        }
        if (s->mod)
            json_object_set_new(o, "mod", json_string(s->mod));
        if (s->unit)
            json_object_set_new(o, "unit", json_string(s->unit));
        if (s->reading)
            json_object_set_new(o, "reading", json_string(s->reading));
        if (s->type)
            json_object_set_new(o, "type", json_string(s->type));
        char *line = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER |
                                       JSON_REAL_PRECISION(15));
        json_decref(o);
        if (!line)
            return EXIT_INTERNAL;
        puts(line);
        free(line);
    }
    return EXIT_OK;
}

static void print_table(const char *text, const mt_spans *spans)
{
    size_t n = mt_spans_count(spans);
    printf("%-9s %8s %8s  %-14s %-10s %s\n", "KIND", "START", "END", "VALUE",
           "MOD", "TEXT");
    for (size_t i = 0; i < n; i++) {
        const mt_span *s = mt_spans_get(spans, i);
        const char *extra = s->type ? s->type : s->unit ? s->unit : "";
        char value[256];
        snprintf(value, sizeof value, "%s%s%s", s->value, *extra ? " " : "",
                 extra);
        /* Newlines in a span (sentences) would break the table. */
        printf("%-9s %8zu %8zu  %-14s %-10s ", mt_span_kind_str(s->kind),
               s->start, s->end, value, s->mod ? s->mod : "-");
        for (size_t k = s->start; k < s->end; k++)
            putchar(text[k] == '\n' || text[k] == '\t' ? ' ' : text[k]);
        putchar('\n');
    }
}

int cmd_extract(cli_ctx *ctx, int argc, char **argv)
{
    mt_extract_options opts = MT_EXTRACT_OPTIONS_INIT;
    int json = 0;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            help(stdout);
            return EXIT_OK;
        } else if (strcmp(a, "--json") == 0) {
            json = 1;
        } else if (strcmp(a, "--mecab") == 0) {
            opts.flags |= MT_EXTRACT_MECAB;
        } else if (strcmp(a, "--sentences") == 0) {
            opts.flags |= MT_EXTRACT_SENTENCES;
        } else if (strcmp(a, "--lang") == 0) {
            if (i + 1 >= argc)
                return cli_usage_error("extract", "--lang needs a value");
            const char *l = argv[++i];
            if (strcmp(l, "ja") == 0)
                opts.lang = MT_LANG_JA;
            else if (strcmp(l, "en") == 0)
                opts.lang = MT_LANG_EN;
            else if (strcmp(l, "auto") == 0)
                opts.lang = MT_LANG_AUTO;
            else
                return cli_usage_error(
                    "extract", "--lang takes ja, en or auto, not '%s'", l);
        } else if (strcmp(a, "--ref-date") == 0) {
            if (i + 1 >= argc)
                return cli_usage_error("extract", "--ref-date needs a value");
            const char *d = argv[++i];
            if (mt_date_parse(&opts.ref_date, d, strlen(d)) != MT_OK ||
                opts.ref_date.fiscal || !opts.ref_date.year)
                return cli_usage_error(
                    "extract",
                    "--ref-date takes a date like 2020-02-06, not "
                    "'%s'",
                    d);
        } else if (strcmp(a, "--db") == 0 && i + 1 < argc) {
            ctx->db_path = argv[++i]; /* accepted everywhere, unused */
        } else if (a[0] == '-' && a[1] != '\0') {
            return cli_usage_error("extract", "unknown option '%s'", a);
        } else if (path) {
            return cli_usage_error("extract", "one input only");
        } else {
            path = a;
        }
    }
    if (!path)
        return cli_usage_error("extract", "no input (a file, or - for stdin)");

    char *text = NULL;
    size_t len = 0;
    int rc = cli_read_input(path, EXTRACT_MAX_INPUT, &text, &len);
    if (rc != EXIT_OK)
        return rc;
    mt_error err;
    mt_error_clear(&err);
    mt_extractor *ex = NULL;
    mt_status st = mt_extractor_new(&ex, NULL, &err);
    if (st != MT_OK) {
        free(text);
        return cli_fail(ctx, st, &err);
    }
    mt_spans *spans = NULL;
    st = mt_extract(ex, text, len, &opts, &spans, &err);
    if (st != MT_OK) {
        mt_extractor_free(ex);
        free(text);
        return cli_fail(ctx, st, &err);
    }
    if (json)
        rc = print_json(text, spans);
    else
        print_table(text, spans);
    if (fflush(stdout) != 0)
        rc = EXIT_INPUT;
    mt_spans_free(spans);
    mt_extractor_free(ex);
    free(text);
    return rc;
}
