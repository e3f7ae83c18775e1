/* Unit tests for src/text: UTF-8 validation, charset detection (each
 * path) and conversion with exact error offsets, HTML boilerplate removal
 * and metadata, dates and languages found in text. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <glib.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "matome/text.h"

/* The sample sentence every charset test encodes. */
static const char *const ja_text =
    "鉄鋼大手は6日、社内ネットワークへの不正アクセスを発表した。"
    "情報が流出した可能性があるという。";

/* Encode UTF-8 text with iconv into a static buffer. */
static size_t encode(const char *to, const char *text, char *out, size_t size)
{
    iconv_t cd = iconv_open(to, "UTF-8");
    assert_true(cd != (iconv_t)-1);
    char *in = (char *)(uintptr_t)text;
    size_t inleft = strlen(text);
    char *o = out;
    size_t oleft = size;
    assert_true(iconv(cd, &in, &inleft, &o, &oleft) != (size_t)-1);
    assert_true(iconv(cd, NULL, NULL, &o, &oleft) != (size_t)-1);
    iconv_close(cd);
    return size - oleft;
}

static void detect(const char *data, size_t len, const char *ctype,
                   const char *want, mt_charset_origin want_origin)
{
    char name[MT_CHARSET_NAME_MAX];
    mt_charset_origin o;
    assert_int_equal(
        mt_charset_detect(data, len, NULL, ctype, name, sizeof name, &o, NULL),
        MT_OK);
    assert_string_equal(name, want);
    assert_int_equal(o, want_origin);
}

static void roundtrip(const char *data, size_t len, const char *charset)
{
    char *out = NULL;
    size_t n = 0;
    assert_int_equal(mt_charset_convert(&out, &n, data, len, charset, NULL),
                     MT_OK);
    assert_string_equal(out, ja_text);
    assert_int_equal(n, strlen(ja_text));
    free(out);
}

static void test_text__utf8_check(void **state)
{
    (void)state;
    size_t bad = 99;
    assert_int_equal(mt_utf8_check("abc", 3, &bad), MT_OK);
    assert_int_equal(mt_utf8_check(ja_text, strlen(ja_text), &bad), MT_OK);
    /* (input, offset of the first bad byte) */
    static const struct {
        const char *s;
        size_t off;
    } cases[] = {
        {"ab\x80", 2},               /* stray continuation byte */
        {"abc\xC0\xAF", 3},          /* overlong '/' */
        {"\xE0\x80\xAF", 0},         /* overlong three-byte */
        {"x\xED\xA0\x80", 1},        /* surrogate U+D800 */
        {"xy\xF4\x90\x80\x80", 2},   /* above U+10FFFF */
        {"\xE6\x97\xA5\xE6\x97", 3}, /* cut off at the end */
        {"\xE6\x97\xA5z\xFF", 4},    /* never valid */
    };
    for (size_t i = 0; i < MT_ARRAY_LEN(cases); i++) {
        bad = 99;
        assert_int_equal(mt_utf8_check(cases[i].s, strlen(cases[i].s), &bad),
                         MT_ERR_INPUT);
        assert_int_equal(bad, cases[i].off);
    }
}

static void test_text__detect_forced_and_header(void **state)
{
    (void)state;
    char buf[512];
    size_t n = encode("CP932", ja_text, buf, sizeof buf);
    char name[MT_CHARSET_NAME_MAX];
    mt_charset_origin o;
    /* Forced beats everything, even a header that disagrees. */
    assert_int_equal(mt_charset_detect(buf, n, "sjis",
                                       "text/html; charset=EUC-JP", name,
                                       sizeof name, &o, NULL),
                     MT_OK);
    assert_string_equal(name, "Shift_JIS");
    assert_int_equal(o, MT_CHARSET_FORCED);
    mt_error err;
    mt_error_clear(&err);
    assert_int_equal(mt_charset_detect(buf, n, "klingon-8", NULL, name,
                                       sizeof name, &o, &err),
                     MT_ERR_ARG);
    assert_string_equal(err.message, "unknown charset 'klingon-8'");
    /* The header, quoted or not, in any case. */
    detect(buf, n, "text/html; charset=\"Shift_JIS\"", "Shift_JIS",
           MT_CHARSET_HEADER);
    detect(buf, n, "text/html;Charset=windows-31j", "Shift_JIS",
           MT_CHARSET_HEADER);
    /* A header naming nothing usable falls through to the guess. */
    detect(buf, n, "text/html; charset=bogus", "Shift_JIS", MT_CHARSET_GUESS);
    roundtrip(buf, n, "Shift_JIS");
}

static void test_text__detect_bom(void **state)
{
    (void)state;
    char buf[512] = "\xEF\xBB\xBF";
    size_t n = strlen(ja_text);
    memcpy(buf + 3, ja_text, n);
    detect(buf, n + 3, NULL, "UTF-8", MT_CHARSET_BOM);
    /* The BOM is not part of the text. */
    roundtrip(buf, n + 3, "UTF-8");
    buf[0] = (char)0xFF;
    buf[1] = (char)0xFE;
    n = encode("UTF-16LE", ja_text, buf + 2, sizeof buf - 2);
    detect(buf, n + 2, NULL, "UTF-16LE", MT_CHARSET_BOM);
    roundtrip(buf, n + 2, "UTF-16LE");
}

static void test_text__detect_meta_and_xml(void **state)
{
    (void)state;
    char page[1024];
    char body[512];
    size_t bn = encode("EUC-JP", ja_text, body, sizeof body);
    int h = snprintf(page, sizeof page,
                     "<html><head><META HTTP-EQUIV=\"Content-Type\" "
                     "CONTENT=\"text/html; charset=x-euc-jp\"></head><p>");
    memcpy(page + h, body, bn);
    detect(page, (size_t)h + bn, NULL, "EUC-JP", MT_CHARSET_META);
    h = snprintf(page, sizeof page, "<meta charset=shift_jis><p>");
    detect(page, (size_t)h, NULL, "Shift_JIS", MT_CHARSET_META);
    /* A meta tag past the prescan window is not seen. */
    char *big = malloc(MT_CHARSET_PRESCAN + 64);
    assert_non_null(big);
    memset(big, ' ', MT_CHARSET_PRESCAN);
    memcpy(big + MT_CHARSET_PRESCAN, "<meta charset=euc-jp>", 21);
    detect(big, MT_CHARSET_PRESCAN + 21, NULL, "UTF-8", MT_CHARSET_GUESS);
    free(big);
    h = snprintf(page, sizeof page,
                 "<?xml version=\"1.0\" encoding='EUC-JP'?><doc/>");
    detect(page, (size_t)h, NULL, "EUC-JP", MT_CHARSET_XML);
}

static void test_text__guess(void **state)
{
    (void)state;
    char buf[512];
    size_t n = encode("CP932", ja_text, buf, sizeof buf);
    detect(buf, n, NULL, "Shift_JIS", MT_CHARSET_GUESS);
    roundtrip(buf, n, "Shift_JIS");
    n = encode("EUC-JP", ja_text, buf, sizeof buf);
    detect(buf, n, NULL, "EUC-JP", MT_CHARSET_GUESS);
    roundtrip(buf, n, "EUC-JP");
    n = encode("ISO-2022-JP", ja_text, buf, sizeof buf);
    detect(buf, n, NULL, "ISO-2022-JP", MT_CHARSET_GUESS);
    roundtrip(buf, n, "ISO-2022-JP");
    detect(ja_text, strlen(ja_text), NULL, "UTF-8", MT_CHARSET_GUESS);
    detect("plain ascii", 11, NULL, "UTF-8", MT_CHARSET_GUESS);
    /* Latin-1 text that no Japanese reading fits. */
    detect("caf\xE9 cr\xE8me br\xFBl\xE9", 16, NULL, "windows-1252",
           MT_CHARSET_GUESS);
    /* CP932's NEC special characters (circled digits) are Shift_JIS
     * as Japanese sites serve it. */
    n = encode("CP932", "①の件について、調査しています。", buf, sizeof buf);
    detect(buf, n, NULL, "Shift_JIS", MT_CHARSET_GUESS);
}

static void test_text__invalid_bytes_name_offset(void **state)
{
    (void)state;
    char buf[512];
    size_t n = encode("CP932", ja_text, buf, sizeof buf);
    /* Break the character starting at byte 10 (two-byte characters). */
    buf[10] = (char)0x85;
    buf[11] = (char)0x20;
    char *out = NULL;
    mt_error err;
    mt_error_clear(&err);
    assert_int_equal(mt_charset_convert(&out, NULL, buf, n, "Shift_JIS", &err),
                     MT_ERR_INPUT);
    assert_null(out);
    assert_int_equal(err.offset, 10);
    assert_string_equal(err.message, "invalid Shift_JIS byte sequence");
    /* A character cut off by the end of the input. */
    n = encode("EUC-JP", ja_text, buf, sizeof buf);
    mt_error_clear(&err);
    assert_int_equal(mt_charset_convert(&out, NULL, buf, n - 1, "EUC-JP", &err),
                     MT_ERR_INPUT);
    assert_int_equal(err.offset, (int64_t)n - 2);
    assert_string_equal(err.message, "invalid EUC-JP byte sequence");
    /* UTF-8 with a BOM: the offset counts the BOM. */
    mt_error_clear(&err);
    assert_int_equal(mt_charset_convert(&out, NULL,
                                        "\xEF\xBB\xBF"
                                        "ab\xFF",
                                        6, "utf-8", &err),
                     MT_ERR_INPUT);
    assert_int_equal(err.offset, 5);
    /* NUL is never text. */
    mt_error_clear(&err);
    assert_int_equal(mt_charset_convert(&out, NULL, "ab\0cd", 5, "UTF-8", &err),
                     MT_ERR_INPUT);
    assert_int_equal(err.offset, 2);
    assert_string_equal(err.message, "NUL byte in UTF-8 text");
    /* In UTF-16 the offset is the zero code unit's in the input (after
     * the BOM and two characters), not the output's. */
    mt_error_clear(&err);
    assert_int_equal(mt_charset_convert(&out, NULL,
                                        "\xFF\xFE"
                                        "a\0b\0\0\0c\0",
                                        10, "UTF-16LE", &err),
                     MT_ERR_INPUT);
    assert_int_equal(err.offset, 6);
    assert_string_equal(err.message, "NUL byte in UTF-16LE text");
}

static mt_doc *html(const char *s)
{
    mt_doc *d = NULL;
    assert_int_equal(mt_doc_from_html(&d, s, strlen(s), NULL), MT_OK);
    assert_non_null(d);
    return d;
}

static void test_text__html_drops_boilerplate(void **state)
{
    (void)state;
    mt_doc *d = html(
        "<html><body>"
        "<nav><a href=/>Home</a></nav>"
        "<div class='site-menu'>Menu item</div>"
        "<div id=breadcrumbs>Top &gt; News</div>"
        "<div class='ad'>Buy now</div><div class='header-ad'>Ad 2</div>"
        "<div role=navigation>Roles too</div>"
        "<script>var x='<p>no</p>';</script><style>p{}</style>"
        "<noscript>Enable JS</noscript><template><p>t</p></template>"
        "<div class=content>"
        "<div class='download'>Download</div>"
        "<p>First   paragraph\n spans\tlines.</p>"
        "<p>Second<br>with a break&nbsp;and&#x20;entities &amp; more.</p>"
        "<ul><li>one</li><li>two</li></ul>"
        "<div class=share>Share this</div><div class='related-links'>More</div>"
        "</div>"
        "<footer>Copyright</footer>"
        "</body></html>");
    assert_string_equal(d->text, "Download\n\n"
                                 "First paragraph spans lines.\n\n"
                                 "Second\nwith a break and entities & more.\n\n"
                                 "one\ntwo");
    mt_doc_free(d);
}

static void test_text__html_prefers_article(void **state)
{
    (void)state;
    /* The article wins even against a longer block of other text. */
    mt_doc *d = html("<body><div><p>Long unrelated text, long unrelated text, "
                     "long unrelated text, long unrelated text.</p></div>"
                     "<article><h1>Head</h1><p>Body.</p></article>"
                     "<article><p>Shorter</p></article></body>");
    assert_string_equal(d->text, "Head\n\nBody.");
    mt_doc_free(d);
    /* Without structure: the block with most text and fewest links. */
    d = html("<body><div id=a><a href=1>link one</a> <a href=2>link two "
             "which is long</a> <a href=3>link three is longer still</a></div>"
             "<div id=b><p>Real text of the story goes here.</p>"
             "<p>A second paragraph of the story.</p></div></body>");
    assert_string_equal(d->text, "Real text of the story goes here.\n\n"
                                 "A second paragraph of the story.");
    mt_doc_free(d);
}

static void test_text__html_metadata(void **state)
{
    (void)state;
    mt_doc *d =
        html("<html lang='ja-JP'><head><title>記事の見出し | 毎朝新聞</title>"
             "<meta property='og:site_name' content='毎朝新聞'>"
             "<meta property='article:published_time' "
             "content='2020-02-07T01:00:00+09:00'>"
             "<link rel=canonical href='https://example.jp/a/1'></head>"
             "<body><p>本文です。</p></body></html>");
    assert_string_equal(d->title, "記事の見出し");
    assert_string_equal(d->publisher, "毎朝新聞");
    assert_string_equal(d->lang, "ja");
    assert_string_equal(d->url, "https://example.jp/a/1");
    /* The calendar date as written, not 2020-02-06 in UTC. */
    char buf[MT_DATE_TEXT_MAX];
    assert_string_equal(mt_date_format(&d->published, buf, sizeof buf),
                        "2020-02-07");
    mt_doc_free(d);

    /* JSON-LD: publisher.name and datePublished, in an array. */
    d = html("<head><title>T - Wire</title><script type='application/ld+json'>"
             "[{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-12-31\","
             "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Wire\"}}]"
             "</script></head><body><p>Some English text for the page.</p>"
             "</body>");
    assert_string_equal(d->publisher, "Wire");
    assert_string_equal(d->title, "T");
    assert_string_equal(mt_date_format(&d->published, buf, sizeof buf),
                        "2019-12-31");
    assert_string_equal(d->lang, "en");
    assert_null(d->url);
    mt_doc_free(d);

    /* A broken JSON-LD block is ignored; <time datetime> then counts, the
     * one marked as the publication date first. */
    d = html("<head><script type='application/ld+json'>{broken</script>"
             "</head><body><article><h1>Headline</h1>"
             "<time datetime='2020-01-05'>updated</time>"
             "<time itemprop=datePublished datetime='2020-01-03T23:30-05:00'>"
             "</time><p>Text.</p></article></body>");
    assert_string_equal(d->title, "Headline");
    assert_string_equal(mt_date_format(&d->published, buf, sizeof buf),
                        "2020-01-03");
    mt_doc_free(d);

    /* A date written only in the prose is not metadata: ingest reads it
     * with the extractor (test_ingest__date_from_text). */
    d = html("<body><h1>見出し</h1><p>2020年2月6日 18時</p><p>本文。</p>"
             "</body>");
    assert_int_equal(d->published.year, 0);
    mt_doc_free(d);
    /* A meta value written with slashes is still a date. */
    d = html("<head><meta name='date' content='2020/02/06'></head>"
             "<body><p>本文。</p></body>");
    assert_string_equal(mt_date_format(&d->published, buf, sizeof buf),
                        "2020-02-06");
    mt_doc_free(d);
}

static void test_text__html_pathological(void **state)
{
    (void)state;
    /* Deep nesting must not recurse on the C stack. */
    size_t depth = 100000;
    char *s = malloc(depth * 5 + 64);
    assert_non_null(s);
    size_t n = 0;
    for (size_t i = 0; i < depth; i++) {
        memcpy(s + n, "<div>", 5);
        n += 5;
    }
    memcpy(s + n, "deep", 4);
    n += 4;
    mt_doc *d = NULL;
    assert_int_equal(mt_doc_from_html(&d, s, n, NULL), MT_OK);
    mt_doc_free(d);
    free(s);
    /* Empty and whitespace-only input. */
    d = html(" \n ");
    assert_string_equal(d->text, "");
    mt_doc_free(d);
}

/*
 * A page without a date in its markup gets its dateline: the text around
 * the headline (the <h2> whose text is the title, not the logo's <h1>),
 * at most about 200 bytes each side, whole characters, however much text
 * stands above and below.  A page with a markup date gets none.
 */
static void test_text__html_dateline(void **state)
{
    (void)state;
    char page[8192];
    size_t n = (size_t)snprintf(
        page, sizeof page,
        "<html><head><title>見出しの例 | 例社</title>"
        "<meta property=\"og:site_name\" content=\"例社\"></head><body>"
        "<h1>例社ロゴ</h1><div class=intro>");
    for (int i = 0; i < 50; i++)
        n += (size_t)snprintf(page + n, sizeof page - n,
                              "<p>前置きの文章です%d。</p>", i);
    n += (size_t)snprintf(page + n, sizeof page - n,
                          "</div><p class=date>2023年7月14日</p>"
                          "<h2>見出しの例</h2><p>");
    for (int i = 0; i < 500; i++)
        n += (size_t)snprintf(page + n, sizeof page - n, "あ");
    snprintf(page + n, sizeof page - n, "</p></body></html>");
    mt_doc *d = html(page);
    assert_non_null(d->dateline);
    assert_non_null(strstr(d->dateline, "2023年7月14日\n見出しの例\n"));
    assert_null(strstr(d->dateline, "例社ロゴ"));
    assert_true(strlen(d->dateline) <= 2 * 200 + strlen("見出しの例\n"));
    assert_true(g_utf8_validate(d->dateline, -1, NULL));
    assert_string_equal(d->title, "見出しの例");
    mt_doc_free(d);

    d = html("<html><head><title>見出しの例</title>"
             "<meta property=\"article:published_time\" content=\"2023-07-14\">"
             "</head><body><h2>見出しの例</h2><p>本文。</p></body></html>");
    assert_null(d->dateline);
    assert_int_equal(d->published.year, 2023);
    mt_doc_free(d);
}

/* The tree has the shape libxml2's own tree builder gave it (html_tree.c builds
 * it from SAX events): these outputs are the DOM version's. */
static void test_text__html_tree_shape(void **state)
{
    (void)state;
    /* An element opened after the root closed goes below the root... */
    mt_doc *d = html("<html><body><p>one</p></body></html>"
                     "<main><p>two</p></main>");
    assert_string_equal(d->text, "two");
    mt_doc_free(d);
    /* ...but beside it, never walked, when a DOCTYPE or a comment came
     * first. */
    d = html("<!DOCTYPE html><html><body><p>one</p></body></html>"
             "<main><p>two</p></main>");
    assert_string_equal(d->text, "one");
    mt_doc_free(d);
    d = html("<!-- c --><html><body><p>one</p></body></html>"
             "<main><p>two</p></main>");
    assert_string_equal(d->text, "one");
    mt_doc_free(d);
    /* A comment splits text into two nodes, which <pre> shows: trailing
     * blanks go per node. */
    d = html("<body><pre>a  <!-- c -->  b  \n c</pre>"
             "<pre>a    b  \n c</pre></body>");
    assert_string_equal(d->text, "a  b\n c\n\na    b\n c");
    mt_doc_free(d);
    /* Elements are named by their local name. */
    d = html("<body><p>a <fb:like>liked</fb:like> b</p>"
             "<svg:title>Local name</svg:title></body>");
    assert_string_equal(d->text, "a liked b\n\nLocal name");
    assert_string_equal(d->title, "Local name");
    mt_doc_free(d);
    /* Past 256 open elements the tree builder stopped the parse. */
    char s[16 + 257 * 3 + 2];
    size_t n = 0;
    memcpy(s, "<p>shallow</p>", 14);
    n = 14;
    for (size_t i = 0; i < 256; i++) {
        memcpy(s + n, "<b>", 3);
        n += 3;
    }
    s[n++] = 'x';
    s[n] = '\0';
    d = html(s);
    assert_string_equal(d->text, "shallow");
    mt_doc_free(d);
    /* A root element that counts as boilerplate leaves no text (the DOM
     * version freed the root it was still walking); metadata stays. */
    d = html("<html hidden><head><title>Kept title</title></head>"
             "<body><p>text</p></body></html>");
    assert_string_equal(d->text, "");
    assert_string_equal(d->title, "Kept title");
    mt_doc_free(d);
}

static void test_text__guess_lang(void **state)
{
    (void)state;
    assert_string_equal(mt_text_guess_lang(ja_text, strlen(ja_text)), "ja");
    const char *en = "The company said it found about 250 files.";
    assert_string_equal(mt_text_guess_lang(en, strlen(en)), "en");
    /* English with a Japanese name is still English. */
    const char *mix = "The ministry said 防衛省 had no comment on the breach.";
    assert_string_equal(mt_text_guess_lang(mix, strlen(mix)), "en");
    assert_null(mt_text_guess_lang("2020-02-06", 10));
}

static void test_text__markdown_title(void **state)
{
    (void)state;
    const char *md = "Intro line\n\n# Title here #\n\n## Sub\ntext\n";
    mt_doc *d = NULL;
    assert_int_equal(mt_doc_from_markdown(&d, md, strlen(md), NULL), MT_OK);
    assert_string_equal(d->title, "Title here");
    assert_string_equal(d->text, md);
    mt_doc_free(d);
    assert_int_equal(mt_doc_from_plain(&d, md, strlen(md), NULL), MT_OK);
    assert_null(d->title);
    mt_doc_free(d);
}

static void test_text__charset_names(void **state)
{
    (void)state;
    char out[MT_CHARSET_NAME_MAX];
    assert_int_equal(mt_charset_canonical("MS932", out, sizeof out), MT_OK);
    assert_string_equal(out, "Shift_JIS");
    assert_int_equal(mt_charset_canonical("ISO-8859-1", out, sizeof out),
                     MT_OK);
    assert_string_equal(out, "windows-1252");
    assert_int_equal(mt_charset_canonical("koi8-r", out, sizeof out), MT_OK);
    assert_string_equal(out, "KOI8-R");
    assert_int_equal(mt_charset_canonical("a b", out, sizeof out), MT_ERR_ARG);
    assert_false(mt_charset_supported("../../etc"));
    assert_true(mt_charset_supported("euc-jp"));
    assert_string_equal(mt_charset_origin_str(MT_CHARSET_META), "meta");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text__utf8_check),
        cmocka_unit_test(test_text__detect_forced_and_header),
        cmocka_unit_test(test_text__detect_bom),
        cmocka_unit_test(test_text__detect_meta_and_xml),
        cmocka_unit_test(test_text__guess),
        cmocka_unit_test(test_text__invalid_bytes_name_offset),
        cmocka_unit_test(test_text__html_drops_boilerplate),
        cmocka_unit_test(test_text__html_prefers_article),
        cmocka_unit_test(test_text__html_metadata),
        cmocka_unit_test(test_text__html_pathological),
        cmocka_unit_test(test_text__html_tree_shape),
        cmocka_unit_test(test_text__html_dateline),
        cmocka_unit_test(test_text__guess_lang),
        cmocka_unit_test(test_text__markdown_title),
        cmocka_unit_test(test_text__charset_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
