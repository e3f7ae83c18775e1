#include "core/internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

char *mt_strdup(const char *s)
{
    return s ? mt_strndup(s, strlen(s)) : NULL;
}

char *mt_strndup(const char *s, size_t n)
{
    if (!s || n == SIZE_MAX)
        return NULL;
    char *p = malloc(n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

bool mt_parse_i64(const char *s, size_t len, int64_t *out)
{
    if (!s || len == 0)
        return false;
    size_t i = 0;
    bool neg = false;
    if (s[0] == '-') {
        neg = true;
        i = 1;
        if (len == 1)
            return false;
    }
    uint64_t v = 0;
    uint64_t limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
    for (; i < len; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        unsigned d = (unsigned)(s[i] - '0');
        if (v > (limit - d) / 10)
            return false;
        v = v * 10 + d;
    }
    if (neg)
        *out = v == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)v;
    else
        *out = (int64_t)v;
    return true;
}

mt_status mt_read_file(const char *path, size_t max, char **out,
                       size_t *out_len, mt_error *err)
{
    *out = NULL;
    if (out_len)
        *out_len = 0;
    FILE *f = fopen(path, "rb");
    if (!f)
        return mt_error_at(err, MT_ERR_IO, path, -1, "cannot open: %s",
                           strerror(errno));
    struct stat st;
    if (fstat(fileno(f), &st) != 0) {
        int e = errno;
        fclose(f);
        return mt_error_at(err, MT_ERR_IO, path, -1, "cannot stat: %s",
                           strerror(e));
    }
    if (S_ISDIR(st.st_mode)) {
        fclose(f);
        return mt_error_at(err, MT_ERR_INPUT, path, -1,
                           "is a directory, not a file");
    }
    if (S_ISREG(st.st_mode) && (uint64_t)st.st_size > (uint64_t)max) {
        fclose(f);
        return mt_error_at(err, MT_ERR_TOOBIG, path, -1,
                           "file is %lld bytes, above the limit of %zu",
                           (long long)st.st_size, max);
    }
    /* Read in chunks: st_size is only a hint (pipes, /proc, growing
     * files), the cap is what is enforced. */
    size_t cap = S_ISREG(st.st_mode) ? (size_t)st.st_size + 1 : 65536;
    if (cap == 0)
        cap = 1;
    char *buf = malloc(cap);
    if (!buf) {
        fclose(f);
        return mt_error_at(err, MT_ERR_NOMEM, path, -1, "out of memory");
    }
    size_t len = 0;
    for (;;) {
        if (len + 1 >= cap) {
            /* Data may grow to max + 1 bytes: one byte past the cap is
             * how an over-limit stream is recognised. */
            size_t limit = max > SIZE_MAX - 2 ? SIZE_MAX : max + 2;
            if (cap >= limit) {
                free(buf);
                fclose(f);
                return mt_error_at(err, MT_ERR_TOOBIG, path, -1,
                                   "input is above the limit of %zu bytes",
                                   max);
            }
            size_t ncap = cap > limit / 2 ? limit : cap * 2;
            char *nb = realloc(buf, ncap);
            if (!nb) {
                free(buf);
                fclose(f);
                return mt_error_at(err, MT_ERR_NOMEM, path, -1,
                                   "out of memory");
            }
            buf = nb;
            cap = ncap;
        }
        size_t n = fread(buf + len, 1, cap - 1 - len, f);
        len += n;
        if (n == 0) {
            if (ferror(f)) {
                int e = errno;
                free(buf);
                fclose(f);
                return mt_error_at(err, MT_ERR_IO, path, -1, "read failed: %s",
                                   strerror(e));
            }
            break;
        }
    }
    fclose(f);
    if (len > max) {
        free(buf);
        return mt_error_at(err, MT_ERR_TOOBIG, path, -1,
                           "input is above the limit of %zu bytes", max);
    }
    buf[len] = '\0';
    *out = buf;
    if (out_len)
        *out_len = len;
    return MT_OK;
}

const char *mt_data_dir(void)
{
    const char *env = getenv("MATOME_DATA");
    if (env && *env)
        return env;
    struct stat st;
    if (stat(MT_INSTALLED_DATADIR, &st) == 0 && S_ISDIR(st.st_mode))
        return MT_INSTALLED_DATADIR;
    return MT_SOURCE_DATADIR;
}

mt_status mt_tsv_open(mt_tsv *t, const char *name, mt_error *err)
{
    memset(t, 0, sizeof *t);
    /* A data file's own name has no '/'; anything else is a path already
     * (a relative MATOME_DATA made "data/draft_cues.tsv"). */
    int n = strchr(name, '/') ? snprintf(t->path, sizeof t->path, "%s", name)
                              : snprintf(t->path, sizeof t->path, "%s/%s",
                                         mt_data_dir(), name);
    if (n < 0 || (size_t)n >= sizeof t->path)
        return mt_error_at(err, MT_ERR_IO, name, -1, "data file path too long");
    mt_status st =
        mt_read_file(t->path, (size_t)64 << 20, &t->data, &t->len, err);
    if (st != MT_OK)
        return st;
    int r = mt_tsv_next(t, err);
    if (r < 0) {
        mt_tsv_close(t);
        return (mt_status)r;
    }
    if (r == 0) {
        mt_tsv_close(t);
        return mt_error_at(err, MT_ERR_INPUT, name, -1,
                           "data file has no header line");
    }
    for (int i = 0; i < t->ncols; i++)
        t->header[i] = t->field[i];
    return MT_OK;
}

int mt_tsv_next(mt_tsv *t, mt_error *err)
{
    while (t->pos < t->len) {
        char *line = t->data + t->pos;
        char *nl = memchr(line, '\n', t->len - t->pos);
        size_t n = nl ? (size_t)(nl - line) : t->len - t->pos;
        t->pos += n + (nl ? 1 : 0);
        t->line++;
        if (n && line[n - 1] == '\r')
            n--;
        line[n] = '\0';
        if (n == 0 || line[0] == '#')
            continue;
        int k = 0;
        char *p = line;
        for (;;) {
            if (k == MT_TSV_MAX_FIELDS) {
                return mt_error_line(err, MT_ERR_INPUT, t->path, t->line,
                                     "too many fields");
            }
            char *tab = strchr(p, '\t');
            t->field[k] = p;
            t->field_len[k] = tab ? (size_t)(tab - p) : strlen(p);
            k++;
            if (!tab)
                break;
            *tab = '\0';
            p = tab + 1;
        }
        if (t->ncols == 0) {
            t->ncols = k;
        } else if (k != t->ncols) {
            return mt_error_line(err, MT_ERR_INPUT, t->path, t->line,
                                 "row has %d fields, header has %d", k,
                                 t->ncols);
        }
        return 1;
    }
    return 0;
}

int mt_tsv_col(const mt_tsv *t, const char *name)
{
    for (int i = 0; i < t->ncols; i++)
        if (strcmp(t->header[i], name) == 0)
            return i;
    return -1;
}

mt_status mt_tsv_open_in(mt_tsv *t, const char *dir, const char *file,
                         mt_error *err)
{
    char path[sizeof t->path];
    int n =
        snprintf(path, sizeof path, "%s/%s", dir ? dir : mt_data_dir(), file);
    if (n < 0 || (size_t)n >= sizeof path) {
        memset(t, 0, sizeof *t);
        return mt_error_at(err, MT_ERR_IO, file, -1, "data file path too long");
    }
    return mt_tsv_open(t, path, err);
}

void mt_tsv_close(mt_tsv *t)
{
    if (!t)
        return;
    free(t->data);
    t->data = NULL;
}

bool mt_grow_pow2(void **arr, size_t count, size_t elem)
{
    /* Capacity is the next power of two >= count (1 for count 0). */
    if (count != 0 && (count & (count - 1)) != 0)
        return true;
    size_t want = count ? count * 2 : 1;
    if (count > SIZE_MAX / 2 || want > SIZE_MAX / elem)
        return false;
    void *p = realloc(*arr, want * elem);
    if (!p)
        return false;
    *arr = p;
    return true;
}

bool mt_grow_pow2_at(void *arrp, size_t count, size_t elem)
{
    void *arr;
    memcpy(&arr, arrp, sizeof arr);
    if (!mt_grow_pow2(&arr, count, elem))
        return false;
    memcpy(arrp, &arr, sizeof arr);
    return true;
}

bool mt_approx_holds(int64_t approx, int64_t exact)
{
    int64_t step = 1, v = approx;
    while (v >= 10 && v % 10 == 0 && step < INT64_MAX / 10) {
        v /= 10;
        step *= 10;
    }
    /* The distance in unsigned arithmetic: approx +- step/2 overflows
     * near INT64_MAX (a dossier may write such figures). */
    if (exact >= approx)
        return (uint64_t)exact - (uint64_t)approx <= (uint64_t)(step - 1) / 2;
    return (uint64_t)approx - (uint64_t)exact <= (uint64_t)step / 2;
}

int mt_round_digits(int64_t v)
{
    int z = 0;
    while (v >= 10 && v % 10 == 0) {
        v /= 10;
        z++;
    }
    return z;
}

/* Round figure r (three trailing zeros or more, more than x has) is x
 * cut: 「148万人」 for 1,486,291.  News cuts the digits it drops as often
 * as it rounds them, when it keeps two or more (1,000 is no cut 1,600). */
static bool cut_of(int64_t r, int64_t x)
{
    int zr = mt_round_digits(r);
    if (zr < 3 || zr <= mt_round_digits(x))
        return false;
    int64_t step = 1;
    for (int z = zr; z > 0; z--)
        step *= 10;
    return r / step >= 10 && x > r &&
           (uint64_t)x - (uint64_t)r < (uint64_t)step;
}

bool mt_figures_agree(int64_t a, bool a_approx, int64_t b, bool b_approx)
{
    if (a == b)
        return true;
    /* 「約3万7000件」 beside 37,832: an approximate figure rounds or cuts */
    if (a_approx && (mt_approx_holds(a, b) || cut_of(a, b)))
        return true;
    if (b_approx && (mt_approx_holds(b, a) || cut_of(b, a)))
        return true;
    if (a_approx || b_approx)
        return false;
    int za = mt_round_digits(a), zb = mt_round_digits(b);
    int64_t r = za >= zb ? a : b, x = za >= zb ? b : a;
    int zr = za >= zb ? za : zb, zx = za >= zb ? zb : za;
    if (zr < 3 || zr <= zx)
        return false;
    return mt_approx_holds(r, x) || cut_of(r, x);
}

bool mt_floor_holds(int64_t a, bool a_floor, int64_t b, bool b_floor)
{
    /* (two floors: one of them is the lower, which the other meets) */
    return (a_floor && b >= a) || (b_floor && a >= b);
}

bool mt_figures_reconciled(int64_t a, bool a_approx, int64_t b, bool b_approx,
                           int64_t x, bool x_approx)
{
    int zx = mt_round_digits(x);
    return !x_approx && zx < mt_round_digits(a) && zx < mt_round_digits(b) &&
           mt_figures_agree(a, a_approx, x, x_approx) &&
           mt_figures_agree(b, b_approx, x, x_approx);
}

size_t mt_utf8_chars(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

size_t mt_paren_open(const char *s, size_t len, size_t b)
{
    if (b < len && s[b] == '(')
        return 1;
    return b + 3 <= len && memcmp(s + b, "\xef\xbc\x88", 3) == 0 ? 3 : 0;
}

int mt_digit_at(const char *s, size_t n, size_t *k)
{
    if (n >= 1 && s[0] >= '0' && s[0] <= '9') {
        *k = 1;
        return s[0] - '0';
    }
    if (n >= 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBC &&
        (unsigned char)s[2] >= 0x90 && (unsigned char)s[2] <= 0x99) {
        *k = 3;
        return (unsigned char)s[2] - 0x90;
    }
    return -1;
}

size_t mt_paren_end(const char *s, size_t len, size_t b, size_t max)
{
    static const char close_fw[] = "\xef\xbc\x89";
    size_t o = mt_paren_open(s, len, b);
    if (!o)
        return b;
    size_t i = b + o;
    for (size_t k = i; k < len && k < i + max; k++) {
        if (s[k] == ')')
            return k + 1;
        if (k + 3 <= len && memcmp(s + k, close_fw, 3) == 0)
            return k + 3;
    }
    return b;
}

bool mt_one_magnitude(int64_t a, int64_t b)
{
    int64_t hi = a > b ? a : b, lo = a > b ? b : a;
    return lo > 0 && hi / 10 <= lo;
}

char *mt_curly_apostrophes(const char *w, size_t wl, size_t *len)
{
    size_t n = 0;
    for (size_t i = 0; i < wl; i++)
        n += w[i] == '\'';
    /* each ' grows by two bytes */
    if (n > (SIZE_MAX - 1 - wl) / 2)
        return NULL;
    char *c = malloc(wl + 2 * n + 1);
    if (!c)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < wl; i++) {
        if (w[i] == '\'') {
            memcpy(c + k, "\xe2\x80\x99", 3);
            k += 3;
        } else {
            c[k++] = w[i];
        }
    }
    c[k] = '\0';
    *len = k;
    return c;
}
