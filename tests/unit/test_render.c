/*
 * Renderers: golden files (tests/golden/render/<case>/input.md with
 * expected.md and expected.html, byte for byte), escaping, footnote
 * links, and the SVG timeline's structure on small hand-built dossiers.
 */
#include <matome/dossier.h>
#include <matome/render.h>

#include "core/internal.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

static char *golden_path(const char *rel)
{
    const char *src = getenv("MATOME_SRC");
    char buf[4096];
    snprintf(buf, sizeof buf, "%s/tests/golden/render/%s", src ? src : ".",
             rel);
    return mt_strdup(buf);
}

static char *slurp(const char *rel, size_t *len)
{
    char *path = golden_path(rel);
    assert_non_null(path);
    char *text = NULL;
    mt_error err;
    mt_status st = mt_read_file(path, (size_t)16 << 20, &text, len, &err);
    if (st != MT_OK)
        fail_msg("cannot read %s: %s", path, err.message);
    free(path);
    return text;
}

/* Parse, validate (no store) and derive a golden input. */
static mt_dossier *load(const char *rel)
{
    size_t len;
    char *text = slurp(rel, &len);
    mt_diag_list diags;
    assert_int_equal(mt_diag_list_init(&diags, rel), MT_OK);
    mt_dossier *d = NULL;
    assert_int_equal(mt_dossier_parse(&d, text, len, rel, &diags, NULL), MT_OK);
    assert_int_equal(mt_dossier_validate(d, NULL, &diags, NULL), MT_OK);
    assert_int_equal(mt_dossier_derive(d, NULL, NULL), MT_OK);
    if (diags.errors) {
        char line[1024];
        fail_msg("%s", mt_diag_format(&diags, 0, line, sizeof line));
    }
    mt_diag_list_clear(&diags);
    free(text);
    return d;
}

static void expect_golden(const char *dir)
{
    char rel[256];
    snprintf(rel, sizeof rel, "%s/input.md", dir);
    mt_dossier *d = load(rel);
    static const char *const kinds[] = {"md", "html"};
    for (size_t k = 0; k < 2; k++) {
        char *out = NULL;
        size_t len = 0;
        mt_status st = k == 0 ? mt_render_markdown(d, &out, &len, NULL)
                              : mt_render_html(d, &out, &len, NULL);
        assert_int_equal(st, MT_OK);
        snprintf(rel, sizeof rel, "%s/expected.%s", dir, kinds[k]);
        size_t elen;
        char *expected = slurp(rel, &elen);
        if (len != elen || memcmp(out, expected, len) != 0) {
            size_t i = 0;
            while (i < len && i < elen && out[i] == expected[i])
                i++;
            fail_msg("%s differs at byte %zu: got \"%.60s\"", rel, i, out + i);
        }
        mt_free(out);
        free(expected);
    }
    mt_dossier_free(d);
}

static void test_render__golden_basic(void **state)
{
    (void)state;
    expect_golden("basic");
}

static void test_render__golden_edge(void **state)
{
    (void)state;
    expect_golden("edge");
}

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0, len = strlen(needle), at = 0;
    const char *hit;
    while ((hit = strstr(hay + at, needle)) != NULL) {
        n++;
        at = (size_t)(hit - hay) + (len ? len : 1);
    }
    return n;
}

/* A dossier built by hand: one organisation, events as given. */
static mt_dossier *hand(const char *title, const char *const *dates, size_t n)
{
    mt_dossier *d = mt_dossier_new();
    assert_non_null(d);
    d->id = mt_strdup("hand");
    d->title = mt_strdup(title);
    mt_dossier_source *s = mt_dossier_add_source(d);
    s->n = 1;
    s->publisher = mt_strdup("P");
    s->kind = MT_KIND_MEDIA;
    mt_dossier_org *o = mt_dossier_add_org(d);
    o->name = mt_strdup("Org A");
    o->role = MT_ROLE_VICTIM;
    for (size_t i = 0; i < n; i++) {
        mt_dossier_event *e = mt_dossier_add_event(d);
        assert_non_null(e);
        e->org = mt_strdup("Org A");
        e->type = MT_EVENT_DETECTION;
        e->text = mt_strdup("something");
        if (dates[i]) {
            assert_int_equal(
                mt_date_parse(&e->date.date, dates[i], strlen(dates[i])),
                MT_OK);
        }
        assert_int_equal(mt_cites_add(&e->cites, 1), MT_OK);
    }
    return d;
}

/* Not inlined: GCC 12 at -O3 reports a false "dangling pointer" when the
 * address of the local `out` meets the strstr loops of count(). */
static __attribute__((noinline)) char *svg_of(const mt_dossier *d)
{
    char *out = NULL;
    size_t len;
    assert_int_equal(mt_render_svg_timeline(d, &out, &len, NULL), MT_OK);
    assert_int_equal(strlen(out), len);
    return out;
}

static void test_render__html_escapes_everything(void **state)
{
    (void)state;
    const char *dates[] = {"2024-01-02"};
    mt_dossier *d = hand("<script>alert('x')</script> & \"q\"", dates, 1);
    free(d->events[0].text);
    d->events[0].text = mt_strdup("a<b>c\x01 bad:\xff end");
    char *html = NULL;
    assert_int_equal(mt_render_html(d, &html, NULL, NULL), MT_OK);
    assert_null(strstr(html, "<script"));
    assert_non_null(strstr(html, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script"
                                 "&gt; &amp; &quot;q&quot;"));
    /* Control byte dropped, invalid byte replaced with U+FFFD. */
    assert_non_null(strstr(html, "a&lt;b&gt;c bad:\xEF\xBF\xBD end"));
    /* Nothing that would make a request: no scripts, links, images,
     * stylesheets or url() (the SVG namespace URI is only a name). */
    assert_null(strstr(html, "<script"));
    assert_null(strstr(html, "<link"));
    assert_null(strstr(html, "<img"));
    assert_null(strstr(html, "url("));
    assert_null(strstr(html, "@import"));
    mt_free(html);
    mt_dossier_free(d);
}

static void test_render__markdown_escapes_markup(void **state)
{
    (void)state;
    const char *dates[] = {"2024-01-02"};
    mt_dossier *d = hand("T *x* _y_ [z](w) | <u> #h", dates, 1);
    char *md = NULL;
    assert_int_equal(mt_render_markdown(d, &md, NULL, NULL), MT_OK);
    const char *want = "# T \\*x\\* \\_y\\_ \\[z\\](w) \\| \\<u\\> \\#h\n";
    assert_memory_equal(md, want, strlen(want));
    mt_free(md);
    mt_dossier_free(d);
}

/* Text that starts a Markdown line cannot turn into a list, a rule or a
 * heading, and only http(s) URLs become links in either format. */
static void test_render__line_starts_and_urls(void **state)
{
    (void)state;
    const char *dates[] = {"2024-01-02"};
    mt_dossier *d = hand("T", dates, 1);
    d->sources[0].url = mt_strdup("javascript:alert(1)");
    mt_dossier_source *s2 = mt_dossier_add_source(d);
    s2->n = 2;
    s2->publisher = mt_strdup("Q");
    s2->kind = MT_KIND_MEDIA;
    s2->url = mt_strdup("https://example.org/a");
    static const char *const paras[] = {"- not a list", "1. not numbered",
                                        "=== not a rule"};
    for (size_t i = 0; i < MT_ARRAY_LEN(paras); i++) {
        mt_dossier_para *p = mt_dossier_add_para(d);
        assert_non_null(p);
        p->text = mt_strdup(paras[i]);
    }
    assert_int_equal(mt_dossier_derive(d, NULL, NULL), MT_OK);
    char *md = NULL, *html = NULL;
    assert_int_equal(mt_render_markdown(d, &md, NULL, NULL), MT_OK);
    assert_int_equal(mt_render_html(d, &html, NULL, NULL), MT_OK);
    assert_non_null(strstr(md, "\\- not a list"));
    assert_non_null(strstr(md, "1\\. not numbered"));
    assert_non_null(strstr(md, "\\=== not a rule"));
    assert_null(strstr(md, "](javascript:"));
    assert_null(strstr(html, "href=\"javascript:"));
    assert_non_null(strstr(md, "](<https://example.org/a>)"));
    assert_non_null(strstr(html, "href=\"https://example.org/a\""));
    mt_free(md);
    mt_free(html);
    mt_dossier_free(d);
}

/* A floor is shown as one in every format: ≥ in Markdown and HTML,
 * at_least in JSON. */
static void test_render__quantity_floor(void **state)
{
    (void)state;
    const char *dates[] = {"2024-01-02"};
    mt_dossier *d = hand("T", dates, 1);
    mt_dossier_claim *c = mt_dossier_add_claim(d);
    assert_non_null(c);
    c->org = mt_strdup("Org A");
    c->category = MT_CLAIM_IMPACT;
    c->text = mt_strdup("more than 1 TB");
    c->has_quantity = 1;
    c->quantity.value = 1000000;
    c->quantity.approx = 1;
    c->quantity.at_least = 1;
    c->quantity.unit = mt_strdup("MB");
    c->quantity.counts = mt_strdup("data");
    assert_int_equal(mt_cites_add(&c->cites, 1), MT_OK);
    assert_int_equal(mt_dossier_derive(d, NULL, NULL), MT_OK);
    char *md = NULL, *html = NULL, *json = NULL;
    assert_int_equal(mt_render_markdown(d, &md, NULL, NULL), MT_OK);
    assert_int_equal(mt_render_html(d, &html, NULL, NULL), MT_OK);
    assert_int_equal(mt_render_json(d, &json, NULL, NULL), MT_OK);
    assert_non_null(strstr(md, "(≥~1000000 MB"));
    assert_non_null(strstr(html, "(≥~1000000 MB"));
    assert_non_null(strstr(json, "\"at_least\": true"));
    mt_free(md);
    mt_free(html);
    mt_free(json);
    mt_dossier_free(d);
}

/* Every footnote link's target exists, and every citation anchor has a
 * back-link from the source table. */
static void test_render__footnote_links_resolve(void **state)
{
    (void)state;
    mt_dossier *d = load("basic/input.md");
    char *html = NULL;
    assert_int_equal(mt_render_html(d, &html, NULL, NULL), MT_OK);
    size_t links = 0;
    for (const char *p = strstr(html, "href=\"#"); p;
         p = strstr(p + 1, "href=\"#")) {
        const char *q = p + 7, *end = strchr(q, '"');
        assert_non_null(end);
        char id[64];
        snprintf(id, sizeof id, "id=\"%.*s\"", (int)(end - q), q);
        if (!strstr(html, id))
            fail_msg("link to #%.*s has no target", (int)(end - q), q);
        links++;
    }
    assert_true(links > 20);
    assert_int_equal(count(html, "id=\"ref-"), count(html, "href=\"#ref-"));
    assert_int_equal(count(html, "<tr id=\"src-"), d->nsources);
    mt_free(html);
    mt_dossier_free(d);
}

static void test_render__svg_lanes_and_marks(void **state)
{
    (void)state;
    mt_dossier *d = load("basic/input.md");
    char *svg = svg_of(d);
    /* Four organisations, of which three have timeline entries. */
    assert_int_equal(count(svg, "<g class=\"lane\""), 3);
    assert_int_equal(count(svg, "<g class=\"mark "), d->nevents);
    assert_int_equal(count(svg, "<g class=\"interval "), d->nfigures);
    assert_int_equal(count(svg, " approx"), 1);         /* 2023-11~ */
    assert_int_equal(count(svg, "class=\"bound\""), 1); /* by 2024-05-31 */
    /* Same input, same bytes. */
    char *again = svg_of(d);
    assert_string_equal(svg, again);
    mt_free(again);
    mt_free(svg);
    mt_dossier_free(d);
}

static void test_render__svg_month_is_month_wide(void **state)
{
    (void)state;
    /* Axis: 2023-12-01 .. 2024-06-01 (183 days over 756 units from
     * x=180), so January 2024 starts at 308.1 and is 128.1 units wide. */
    const char *dates[] = {"2024-01", "2024-03-15"};
    mt_dossier *d = hand("m", dates, 2);
    char *svg = svg_of(d);
    assert_non_null(strstr(svg, "<rect class=\"shape\" x=\"308.1\" y=\"30\" "
                                "width=\"128.1\" height=\"12\""));
    assert_non_null(strstr(svg, "<circle class=\"shape\""));
    mt_free(svg);
    mt_dossier_free(d);
}

static void test_render__svg_degenerate_inputs(void **state)
{
    (void)state;
    /* One entry; all entries on one date; an entry with no year. */
    const char *one[] = {"2020"};
    const char *same[] = {"2021-05-05", "2021-05-05", "2021-05-05"};
    const char *undated[] = {"2022-02-02", NULL};
    mt_dossier *d = hand("one", one, 1);
    char *svg = svg_of(d);
    assert_int_equal(count(svg, "<g class=\"mark "), 1);
    assert_non_null(strstr(svg, " band\""));
    assert_null(strstr(svg, "nan"));
    mt_free(svg);
    mt_dossier_free(d);

    d = hand("same", same, 3);
    svg = svg_of(d);
    assert_int_equal(count(svg, "<g class=\"mark "), 3);
    assert_int_equal(count(svg, "<circle"), 3);
    assert_null(strstr(svg, "nan"));
    mt_free(svg);
    mt_dossier_free(d);

    d = hand("undated", undated, 2);
    svg = svg_of(d);
    assert_int_equal(count(svg, "<g class=\"mark "), 1);
    assert_int_equal(count(svg, "class=\"undated\" data-entry=\"1\""), 1);
    assert_non_null(strstr(svg, "Not drawn (date unknown):"));
    mt_free(svg);
    mt_dossier_free(d);

    /* No events at all: lanes none, a note, still well-formed. */
    d = hand("none", NULL, 0);
    svg = svg_of(d);
    assert_int_equal(count(svg, "<g class=\"lane\""), 0);
    assert_non_null(strstr(svg, "No dated timeline entries"));
    mt_free(svg);
    mt_dossier_free(d);
}

static void test_render__null_arguments(void **state)
{
    (void)state;
    char *out = NULL;
    mt_error err;
    assert_int_equal(mt_render_html(NULL, &out, NULL, &err), MT_ERR_ARG);
    assert_int_equal(mt_render_markdown(NULL, &out, NULL, NULL), MT_ERR_ARG);
    assert_int_equal(mt_render_svg_timeline(NULL, &out, NULL, NULL),
                     MT_ERR_ARG);
    assert_null(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_render__golden_basic),
        cmocka_unit_test(test_render__golden_edge),
        cmocka_unit_test(test_render__html_escapes_everything),
        cmocka_unit_test(test_render__markdown_escapes_markup),
        cmocka_unit_test(test_render__line_starts_and_urls),
        cmocka_unit_test(test_render__footnote_links_resolve),
        cmocka_unit_test(test_render__svg_lanes_and_marks),
        cmocka_unit_test(test_render__svg_month_is_month_wide),
        cmocka_unit_test(test_render__svg_degenerate_inputs),
        cmocka_unit_test(test_render__quantity_floor),
        cmocka_unit_test(test_render__null_arguments),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
