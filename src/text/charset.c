/*
 * UTF-8 validation, charset detection and conversion to UTF-8 (iconv).
 *
 * Detection follows the order documented in matome/text.h.  The guess
 * decodes the bytes as each Japanese candidate and scores the result by
 * how Japanese it looks (kana and kanji count for, half-width katakana and
 * private-use characters against), which separates Shift_JIS from EUC-JP
 * reliably on real pages: EUC-JP bytes read as Shift_JIS come out as
 * half-width katakana, and Shift_JIS read as EUC-JP usually fails outright.
 */
#include "matome/text.h"

#include "core/buf.h"
#include "core/internal.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

mt_status mt_utf8_check(const void *data, size_t len, size_t *bad)
{
    const unsigned char *s = data;
    size_t i = 0;
    while (i < len) {
        /* Runs of ASCII eight bytes at a time. */
        while (len - i >= 8) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & UINT64_C(0x8080808080808080))
                break;
            i += 8;
        }
        if (i == len)
            break;
        unsigned c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        /* The common three-byte form (U+1000..U+CFFF, U+E000..U+FFFF:
         * kana, kanji, full-width forms) needs no range exceptions. */
        if (c >= 0xE1 && c != 0xED && c <= 0xEF && len - i > 2 &&
            (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
            i += 3;
            continue;
        }
        size_t n;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            if (c == 0xE0)
                lo = 0xA0; /* overlong */
            else if (c == 0xED)
                hi = 0x9F; /* surrogates */
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            if (c == 0xF0)
                lo = 0x90; /* overlong */
            else if (c == 0xF4)
                hi = 0x8F; /* above U+10FFFF */
        } else {
            goto invalid;
        }
        if (len - i <= n)
            goto invalid;
        if (s[i + 1] < lo || s[i + 1] > hi)
            goto invalid;
        for (size_t k = 2; k <= n; k++)
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                goto invalid;
        i += n + 1;
        continue;
    invalid:
        if (bad)
            *bad = i;
        return MT_ERR_INPUT;
    }
    return MT_OK;
}

/* Labels and the iconv name used to decode them.  Web servers label
 * Windows-31J as Shift_JIS, eucJP-ms as EUC-JP and windows-1252 as
 * ISO-8859-1; decoding with the supersets is what browsers do too. */
typedef struct charset_alias {
    const char *label;
    const char *canonical;
    const char *iconv_name;
} charset_alias;

static const charset_alias aliases[] = {
    {"utf-8", "UTF-8", "UTF-8"},
    {"utf8", "UTF-8", "UTF-8"},
    {"unicode-1-1-utf-8", "UTF-8", "UTF-8"},
    {"us-ascii", "UTF-8", "UTF-8"},
    {"ascii", "UTF-8", "UTF-8"},
    {"shift_jis", "Shift_JIS", "CP932"},
    {"shift-jis", "Shift_JIS", "CP932"},
    {"sjis", "Shift_JIS", "CP932"},
    {"x-sjis", "Shift_JIS", "CP932"},
    {"ms_kanji", "Shift_JIS", "CP932"},
    {"csshiftjis", "Shift_JIS", "CP932"},
    {"windows-31j", "Shift_JIS", "CP932"},
    {"cp932", "Shift_JIS", "CP932"},
    {"ms932", "Shift_JIS", "CP932"},
    {"euc-jp", "EUC-JP", "EUC-JP-MS"},
    {"x-euc-jp", "EUC-JP", "EUC-JP-MS"},
    {"eucjp", "EUC-JP", "EUC-JP-MS"},
    {"euc_jp", "EUC-JP", "EUC-JP-MS"},
    {"cseucpkdfmtjapanese", "EUC-JP", "EUC-JP-MS"},
    {"eucjp-ms", "EUC-JP", "EUC-JP-MS"},
    {"iso-2022-jp", "ISO-2022-JP", "ISO-2022-JP"},
    {"csiso2022jp", "ISO-2022-JP", "ISO-2022-JP"},
    {"iso-8859-1", "windows-1252", "CP1252"},
    {"latin1", "windows-1252", "CP1252"},
    {"iso8859-1", "windows-1252", "CP1252"},
    {"windows-1252", "windows-1252", "CP1252"},
    {"cp1252", "windows-1252", "CP1252"},
    {"utf-16le", "UTF-16LE", "UTF-16LE"},
    {"utf-16be", "UTF-16BE", "UTF-16BE"},
    {"utf-16", "UTF-16LE", "UTF-16LE"},
};

static int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int label_eq(const char *a, size_t alen, const char *b)
{
    size_t blen = strlen(b);
    if (alen != blen)
        return 0;
    for (size_t i = 0; i < alen; i++)
        if (lower((unsigned char)a[i]) != lower((unsigned char)b[i]))
            return 0;
    return 1;
}

/* A label iconv might know: letters, digits and -_.:() only, short. */
static int plausible_label(const char *s, size_t n)
{
    if (n == 0 || n >= MT_CHARSET_NAME_MAX)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
              c == ':'))
            return 0;
    }
    return 1;
}

/* Resolve a label: canonical name into canon, iconv name into conv. */
static int resolve(const char *s, size_t n, char *canon, size_t csize,
                   char *conv, size_t vsize)
{
    while (n && (*s == ' ' || *s == '\t' || *s == '"' || *s == '\'')) {
        s++;
        n--;
    }
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '"' ||
                 s[n - 1] == '\''))
        n--;
    if (!plausible_label(s, n))
        return 0;
    for (size_t i = 0; i < MT_ARRAY_LEN(aliases); i++) {
        if (label_eq(s, n, aliases[i].label)) {
            snprintf(canon, csize, "%s", aliases[i].canonical);
            snprintf(conv, vsize, "%s", aliases[i].iconv_name);
            return 1;
        }
    }
    char up[MT_CHARSET_NAME_MAX];
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        up[i] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
    }
    up[n] = '\0';
    iconv_t cd = iconv_open("UTF-8", up);
    if (cd == (iconv_t)-1)
        return 0;
    iconv_close(cd);
    snprintf(canon, csize, "%s", up);
    snprintf(conv, vsize, "%s", up);
    return 1;
}

int mt_charset_supported(const char *name)
{
    char c[MT_CHARSET_NAME_MAX], v[MT_CHARSET_NAME_MAX];
    return name && resolve(name, strlen(name), c, sizeof c, v, sizeof v);
}

mt_status mt_charset_canonical(const char *name, char *out, size_t size)
{
    char v[MT_CHARSET_NAME_MAX];
    if (!name || !resolve(name, strlen(name), out, size, v, sizeof v))
        return MT_ERR_ARG;
    return MT_OK;
}

const char *mt_charset_origin_str(mt_charset_origin origin)
{
    switch (origin) {
    case MT_CHARSET_FORCED:
        return "forced";
    case MT_CHARSET_HEADER:
        return "header";
    case MT_CHARSET_BOM:
        return "bom";
    case MT_CHARSET_META:
        return "meta";
    case MT_CHARSET_XML:
        return "xml";
    case MT_CHARSET_GUESS:
        return "guess";
    }
    return "guess";
}

/* Case-insensitive search for needle in s[0, n). */
static const char *find_ci(const char *s, size_t n, const char *needle)
{
    size_t m = strlen(needle);
    if (m == 0 || n < m)
        return NULL;
    for (size_t i = 0; i + m <= n; i++) {
        size_t k = 0;
        while (k < m && lower((unsigned char)s[i + k]) == needle[k])
            k++;
        if (k == m)
            return s + i;
    }
    return NULL;
}

/* The value after "charset=" in s[0, n) (a Content-Type value), with its
 * length; NULL when there is none. */
static const char *charset_param(const char *s, size_t n, size_t *vlen)
{
    const char *p = find_ci(s, n, "charset");
    while (p) {
        const char *end = s + n;
        const char *q = p + 7;
        while (q < end && (*q == ' ' || *q == '\t'))
            q++;
        if (q < end && *q == '=') {
            q++;
            while (q < end &&
                   (*q == ' ' || *q == '\t' || *q == '"' || *q == '\''))
                q++;
            const char *v = q;
            while (q < end && *q != ';' && *q != '"' && *q != '\'' &&
                   *q != ' ' && *q != '>' && *q != '/' && *q != ',')
                q++;
            *vlen = (size_t)(q - v);
            return *vlen ? v : NULL;
        }
        p = find_ci(p + 7, (size_t)(end - (p + 7)), "charset");
    }
    return NULL;
}

/*
 * Scan one tag's attributes: s points just after "<meta".  Returns the
 * charset declared by a charset= attribute or by http-equiv Content-Type's
 * content=, in *v and *vlen.  Attribute values may be quoted or bare.
 */
static int meta_charset(const char *s, const char *end, const char **v,
                        size_t *vlen)
{
    const char *p = s;
    int http_equiv_ct = 0;
    const char *content = NULL;
    size_t content_len = 0;
    while (p < end && *p != '>') {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' ||
                           *p == '\r' || *p == '/' || *p == '\f'))
            p++;
        const char *name = p;
        while (p < end && *p != '=' && *p != '>' && *p != ' ' && *p != '\t' &&
               *p != '\n' && *p != '\r' && *p != '/')
            p++;
        size_t nlen = (size_t)(p - name);
        const char *val = NULL;
        size_t val_len = 0;
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
            p++;
        if (p < end && *p == '=') {
            p++;
            while (p < end && (*p == ' ' || *p == '\t' || *p == '\n'))
                p++;
            if (p < end && (*p == '"' || *p == '\'')) {
                char q = *p++;
                val = p;
                while (p < end && *p != q)
                    p++;
                val_len = (size_t)(p - val);
                if (p < end)
                    p++;
            } else {
                val = p;
                while (p < end && *p != '>' && *p != ' ' && *p != '\t' &&
                       *p != '\n')
                    p++;
                val_len = (size_t)(p - val);
            }
        }
        if (nlen == 0) {
            if (p < end && *p != '>')
                p++;
            continue;
        }
        if (val && label_eq(name, nlen, "charset")) {
            *v = val;
            *vlen = val_len;
            return val_len > 0;
        }
        if (val && label_eq(name, nlen, "http-equiv") &&
            label_eq(val, val_len, "content-type"))
            http_equiv_ct = 1;
        if (val && label_eq(name, nlen, "content")) {
            content = val;
            content_len = val_len;
        }
    }
    if (http_equiv_ct && content) {
        *v = charset_param(content, content_len, vlen);
        return *v != NULL;
    }
    return 0;
}

/* Japanese-ness of UTF-8 text: a score, and whether it has any kana. */
static long score_japanese(const char *s, size_t n, int *kana)
{
    long score = 0;
    *kana = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        unsigned cp = 0;
        size_t k = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        if (i + k > n)
            break;
        cp = k == 2 ? (c & 0x1Fu) : k == 3 ? (c & 0x0Fu) : (c & 0x07u);
        for (size_t j = 1; j < k; j++)
            cp = (cp << 6) | ((unsigned char)s[i + j] & 0x3Fu);
        i += k;
        if (cp >= 0x3041 && cp <= 0x309F) {
            score += 3; /* hiragana: the surest sign */
            *kana = 1;
        } else if (cp >= 0x30A0 && cp <= 0x30FF) {
            score += 2;
            *kana = 1;
        } else if (cp >= 0x4E00 && cp <= 0x9FFF) {
            score += 1;
        } else if (cp >= 0x3000 && cp <= 0x303F) {
            score += 1; /* 、。「」 */
        } else if (cp >= 0xFF61 && cp <= 0xFF9F) {
            score -= 3; /* half-width katakana: rare in real text */
        } else if (cp >= 0xE000 && cp <= 0xF8FF) {
            score -= 5; /* private use: user-defined characters */
        } else if (cp >= 0xFF01 && cp <= 0xFF5E) {
            score += 0;
        } else {
            score -= 1;
        }
    }
    return score;
}

/* Convert with iconv; returns MT_OK or MT_ERR_INPUT with *bad = offset of
 * the first undecodable byte, or MT_ERR_NOMEM / MT_ERR_ARG. */
static mt_status iconv_all(const char *conv, const unsigned char *data,
                           size_t len, mt_buf *out, size_t *bad)
{
    iconv_t cd = iconv_open("UTF-8", conv);
    if (cd == (iconv_t)-1)
        return MT_ERR_ARG;
    char *in = (char *)(uintptr_t)data;
    size_t inleft = len;
    char chunk[8192];
    mt_status st = MT_OK;
    for (;;) {
        char *o = chunk;
        size_t oleft = sizeof chunk;
        size_t r = inleft ? iconv(cd, &in, &inleft, &o, &oleft)
                          : iconv(cd, NULL, NULL, &o, &oleft);
        int e = errno;
        if (o > chunk) {
            st = mt_buf_append(out, chunk, (size_t)(o - chunk));
            if (st != MT_OK)
                break;
        }
        if (r != (size_t)-1) {
            if (inleft == 0) {
                /* Flush any shift state (ISO-2022-JP) once. */
                o = chunk;
                oleft = sizeof chunk;
                iconv(cd, NULL, NULL, &o, &oleft);
                if (o > chunk)
                    st = mt_buf_append(out, chunk, (size_t)(o - chunk));
                break;
            }
            continue;
        }
        if (e == E2BIG)
            continue;
        /* EILSEQ, or EINVAL: a sequence cut off by the end of the input. */
        *bad = (size_t)((const unsigned char *)in - data);
        st = MT_ERR_INPUT;
        break;
    }
    iconv_close(cd);
    return st;
}

typedef struct candidate {
    const char *canonical;
    const char *conv;
} candidate;

static const candidate guesses[] = {
    {"Shift_JIS", "CP932"},
    {"EUC-JP", "EUC-JP-MS"},
};

static int has_iso2022_escape(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i + 2 < n; i++)
        if (s[i] == 0x1B && s[i + 1] == '$' &&
            (s[i + 2] == 'B' || s[i + 2] == '@'))
            return 1;
    return 0;
}

static void guess(const unsigned char *s, size_t len, char *name, size_t size)
{
    int ascii = 1;
    for (size_t i = 0; i < len; i++)
        if (s[i] >= 0x80) {
            ascii = 0;
            break;
        }
    if (ascii) {
        snprintf(name, size, "%s",
                 has_iso2022_escape(s, len) ? "ISO-2022-JP" : "UTF-8");
        return;
    }
    if (mt_utf8_check(s, len, NULL) == MT_OK) {
        snprintf(name, size, "UTF-8");
        return;
    }
    /* Score each candidate; one that decodes everything beats one that
     * does not, then the more Japanese-looking text wins. */
    const char *best = NULL;
    int best_ok = 0, best_kana = 0;
    long best_score = 0;
    size_t best_reach = 0;
    size_t utf8_reach = 0;
    mt_utf8_check(s, len, &utf8_reach);
    for (size_t i = 0; i < MT_ARRAY_LEN(guesses); i++) {
        mt_buf b;
        mt_buf_init(&b, MT_BUF_DEFAULT_MAX);
        size_t bad = len;
        mt_status st = iconv_all(guesses[i].conv, s, len, &b, &bad);
        if (st == MT_ERR_NOMEM || st == MT_ERR_ARG) {
            mt_buf_free(&b);
            continue;
        }
        int ok = st == MT_OK;
        int kana = 0;
        long sc = score_japanese(b.data ? b.data : "", b.len, &kana);
        mt_buf_free(&b);
        size_t reach = ok ? len : bad;
        if (!best || (ok && !best_ok) ||
            (ok == best_ok && ok && sc > best_score) ||
            (!ok && !best_ok && reach > best_reach)) {
            best = guesses[i].canonical;
            best_ok = ok;
            best_score = sc;
            best_reach = reach;
            best_kana = kana;
        }
    }
    if (best && best_ok && (best_kana || best_score > 0)) {
        snprintf(name, size, "%s", best);
        return;
    }
    /* No Japanese reading makes sense.  windows-1252 decodes nearly
     * anything, so it only wins when nothing else came close. */
    if (!best_ok && utf8_reach >= best_reach && utf8_reach > len / 2) {
        snprintf(name, size, "UTF-8");
        return;
    }
    if (best && best_ok) {
        snprintf(name, size, "%s", best);
        return;
    }
    mt_buf b;
    mt_buf_init(&b, MT_BUF_DEFAULT_MAX);
    size_t bad = 0;
    int w1252 = iconv_all("CP1252", s, len, &b, &bad) == MT_OK;
    mt_buf_free(&b);
    if (w1252)
        snprintf(name, size, "windows-1252");
    else if (best && best_reach > utf8_reach)
        snprintf(name, size, "%s", best);
    else
        snprintf(name, size, "UTF-8");
}

mt_status mt_charset_detect(const void *data, size_t len, const char *forced,
                            const char *content_type, char *name, size_t size,
                            mt_charset_origin *origin, mt_error *err)
{
    const unsigned char *s = data;
    char conv[MT_CHARSET_NAME_MAX];
    mt_charset_origin o = MT_CHARSET_GUESS;
    if (!name || size == 0 || (!data && len))
        return mt_error_set(err, MT_ERR_ARG, "invalid arguments");
    name[0] = '\0';
    if (forced) {
        if (!resolve(forced, strlen(forced), name, size, conv, sizeof conv))
            return mt_error_set(err, MT_ERR_ARG, "unknown charset '%s'",
                                forced);
        o = MT_CHARSET_FORCED;
        goto done;
    }
    if (content_type) {
        size_t vlen = 0;
        const char *v =
            charset_param(content_type, strlen(content_type), &vlen);
        if (v && resolve(v, vlen, name, size, conv, sizeof conv)) {
            o = MT_CHARSET_HEADER;
            goto done;
        }
    }
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
        snprintf(name, size, "UTF-8");
        o = MT_CHARSET_BOM;
        goto done;
    }
    if (len >= 2 && s[0] == 0xFF && s[1] == 0xFE) {
        snprintf(name, size, "UTF-16LE");
        o = MT_CHARSET_BOM;
        goto done;
    }
    if (len >= 2 && s[0] == 0xFE && s[1] == 0xFF) {
        snprintf(name, size, "UTF-16BE");
        o = MT_CHARSET_BOM;
        goto done;
    }
    {
        const char *p = (const char *)s;
        size_t n = len < MT_CHARSET_PRESCAN ? len : MT_CHARSET_PRESCAN;
        const char *end = p + n;
        const char *m = find_ci(p, n, "<meta");
        while (m) {
            const char *v = NULL;
            size_t vlen = 0;
            if (meta_charset(m + 5, end, &v, &vlen) &&
                resolve(v, vlen, name, size, conv, sizeof conv)) {
                /* A page that says UTF-16 in ASCII bytes is not UTF-16. */
                if (strncmp(name, "UTF-16", 6) == 0)
                    snprintf(name, size, "UTF-8");
                o = MT_CHARSET_META;
                goto done;
            }
            m = find_ci(m + 5, (size_t)(end - (m + 5)), "<meta");
        }
        if (n >= 5 && memcmp(p, "<?xml", 5) == 0) {
            const char *q = memchr(p, '>', n);
            const char *e = q ? find_ci(p, (size_t)(q - p), "encoding") : NULL;
            if (e) {
                e += 8;
                while (e < q &&
                       (*e == ' ' || *e == '=' || *e == '"' || *e == '\''))
                    e++;
                const char *ve = e;
                while (ve < q && *ve != '"' && *ve != '\'' && *ve != ' ' &&
                       *ve != '?')
                    ve++;
                if (resolve(e, (size_t)(ve - e), name, size, conv,
                            sizeof conv)) {
                    o = MT_CHARSET_XML;
                    goto done;
                }
            }
        }
    }
    guess(s, len, name, size);
    o = MT_CHARSET_GUESS;
done:
    if (origin)
        *origin = o;
    return MT_OK;
}

mt_status mt_charset_convert(char **out, size_t *out_len, const void *data,
                             size_t len, const char *charset, mt_error *err)
{
    char canon[MT_CHARSET_NAME_MAX], conv[MT_CHARSET_NAME_MAX];
    const unsigned char *s = data;
    *out = NULL;
    if (out_len)
        *out_len = 0;
    if (!charset || !resolve(charset, strlen(charset), canon, sizeof canon,
                             conv, sizeof conv))
        return mt_error_set(err, MT_ERR_ARG, "unknown charset '%s'",
                            charset ? charset : "(null)");
    size_t skip = 0;
    if (strcmp(canon, "UTF-8") == 0 && len >= 3 && s[0] == 0xEF &&
        s[1] == 0xBB && s[2] == 0xBF)
        skip = 3;
    else if (strncmp(canon, "UTF-16", 6) == 0 && len >= 2 &&
             ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF)))
        skip = 2;
    mt_buf b;
    mt_buf_init(&b, MT_BUF_DEFAULT_MAX);
    size_t bad = 0;
    mt_status st;
    if (strcmp(canon, "UTF-8") == 0) {
        st = mt_utf8_check(s + skip, len - skip, &bad);
        if (st == MT_OK)
            st = mt_buf_append(&b, s + skip, len - skip);
    } else {
        st = iconv_all(conv, s + skip, len - skip, &b, &bad);
    }
    if (st == MT_ERR_INPUT) {
        mt_buf_free(&b);
        size_t at = bad + skip;
        return mt_error_at(err, MT_ERR_INPUT, NULL, (int64_t)at,
                           "invalid %s byte sequence", canon);
    }
    if (st != MT_OK) {
        mt_buf_free(&b);
        if (st == MT_ERR_TOOBIG)
            return mt_error_set(err, st,
                                "text is above %zu bytes once converted "
                                "from %s",
                                (size_t)MT_BUF_DEFAULT_MAX, canon);
        return mt_error_set(err, st,
                            st == MT_ERR_ARG ? "unknown charset '%s'"
                                             : "cannot convert from %s",
                            canon);
    }
    /* No text may contain NUL; name the NUL's offset in the original:
     * a zero byte in the ASCII-compatible encodings, an aligned zero
     * code unit in UTF-16. */
    if (b.len && memchr(b.data, '\0', b.len)) {
        size_t at = 0;
        if (strncmp(canon, "UTF-16", 6) == 0) {
            for (at = skip; at + 1 < len; at += 2)
                if (s[at] == 0 && s[at + 1] == 0)
                    break;
        } else {
            const unsigned char *orig = memchr(s, '\0', len);
            at = orig ? (size_t)(orig - s) : 0;
        }
        mt_buf_free(&b);
        return mt_error_at(err, MT_ERR_INPUT, NULL, (int64_t)at,
                           "NUL byte in %s text", canon);
    }
    *out = mt_buf_detach(&b, out_len);
    if (!*out)
        return mt_error_set(err, MT_ERR_NOMEM, "out of memory");
    return MT_OK;
}
