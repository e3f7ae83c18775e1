/*
 * Helpers shared by libmatome's modules; not part of the public API.
 */
#ifndef MT_CORE_INTERNAL_H
#define MT_CORE_INTERNAL_H

#include "matome/common.h"
#include "matome/date.h"

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define MT_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Fill err (if non-NULL) and return status, so callers can write
 * `return mt_error_set(err, MT_ERR_INPUT, "...")`. */
mt_status mt_error_set(mt_error *err, mt_status status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Same, also recording the input name and a byte offset (-1: none). */
mt_status mt_error_at(mt_error *err, mt_status status, const char *where,
                      int64_t offset, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Same, with a 1-based line of `where` instead of an offset (a bad row
 * of a data file). */
mt_status mt_error_line(mt_error *err, mt_status status, const char *where,
                        long line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Set only err->where (a path, URL or id); NULL-safe both ways. */
void mt_error_where(mt_error *err, const char *where);

/* A day written with its weekday but not its year (「6月5日(月)」) or
 * month (「5日(月)」) that the reader placed in a year or month where that
 * day is another weekday: move it to the year before or after (or the
 * month), the first of those where the weekday holds and that lies no
 * later than day number latest (mt_date_days_from_civil; INT32_MAX for
 * no bound: news tells the past, a plan the next weeks).  wd is 0 for
 * Sunday to 6 for Saturday; by_year picks years, else months.  Returns
 * whether d moved; d is left as it was when no candidate fits. */
bool mt_date_fit_weekday(mt_date *d, int wd, bool by_year, int32_t latest);
/* How far after the reference date a date written without its year may
 * lie and still be of the reference's year: a schedule rarely reaches
 * further than three months (「4月22日から」 in an article of March);
 * past that, news tells of the year before. */
#define MT_DATE_AHEAD_DAYS 92
/* The last day number (mt_date_days_from_civil) a date read against ref
 * may take: MT_DATE_AHEAD_DAYS after it; INT32_MAX when ref has no day. */
int32_t mt_date_ahead_limit(const mt_date *ref);

/* strdup/strndup that never return a string without a NUL; NULL on OOM. */
char *mt_strdup(const char *s);
char *mt_strndup(const char *s, size_t n);

/*
 * Parse a whole decimal integer s[0..len) into *out, refusing signs other
 * than a leading '-', empty input, trailing bytes and overflow.  The
 * replacement for atoi/strtol-without-checks.  Returns false on failure.
 */
bool mt_parse_i64(const char *s, size_t len, int64_t *out);

/*
 * Read a whole file into a NUL-terminated buffer the caller frees with
 * free().  Refuses directories and files larger than max bytes
 * (MT_ERR_TOOBIG), reports errno detail in err with the path as `where`.
 */
mt_status mt_read_file(const char *path, size_t max, char **out,
                       size_t *out_len, mt_error *err);

/*
 * The directory holding matome's data files (lexicons, era table, aliases):
 * $MATOME_DATA when set, else the installed data directory when it exists,
 * else the source tree's data/ (so an uninstalled build works).  Borrowed.
 */
const char *mt_data_dir(void);

/* Grow an array that holds count elements of elem bytes so that one more
 * fits.  Capacity is implied: the next power of two >= count, so arrays
 * need no capacity field.  false on overflow or OOM (array unchanged). */
bool mt_grow_pow2(void **arr, size_t count, size_t elem);
/* The same for a typed array pointer at arrp (a T ** for any T): the
 * pointer is copied in and out, not read through a void ** pun. */
bool mt_grow_pow2_at(void *arrp, size_t count, size_t elem);

/* An approximate figure holds an exact one that rounds to it at the step
 * of its lowest non-zero digit: "about 32,000" holds 32,418, "about
 * 19,000" does not hold 18,320 (the draft's and the dossier's conflicts). */
bool mt_approx_holds(int64_t approx, int64_t exact);
/* Two figures, each approximate or not, can be one count: equal, or one
 * approximate figure holds the other or is it cut (「約3万7000件」 beside
 * 37,832), or neither says so but one is round (three zeros or more,
 * more than the other's) and the other rounds to it (「46万件」 beside
 * 461,091: a headline's rounding) or is cut to it, two digits or more
 * kept (「148万人」 beside 1,486,291). */
bool mt_figures_agree(int64_t a, bool a_approx, int64_t b, bool b_approx);
/* Figure a or b is a floor the other meets (「29万件以上」 and 296,019;
 * "more than 1 TB" and 1.67 TB), or both are floors: one count, told as
 * what it is at least. */
bool mt_floor_holds(int64_t a, bool a_floor, int64_t b, bool b_floor);
/* Trailing zeros of v: how round a figure is (1,650,000: 4). */
int mt_round_digits(int64_t v);
/* Figures a and b are one count written two ways because a third, x,
 * exact and finer than both (fewer trailing zeros), agrees with each
 * (mt_figures_agree): 「165万人」 and 「164万人」 beside 1,648,922.  A
 * rounder x (約200万 beside 165万 and 240万) explains nothing. */
bool mt_figures_reconciled(int64_t a, bool a_approx, int64_t b, bool b_approx,
                           int64_t x, bool x_approx);
/* Two figures within ten times of each other, both positive: 160,000 and
 * 20,000 can be two accounts of one count; 3 and 900, or 808 and 15
 * million, count different groups (the draft's and the dossier's
 * conflicts). */
bool mt_one_magnitude(int64_t a, int64_t b);

/* w[0..wl) with each ' written as U+2019 (’), NUL-terminated and
 * malloc'd (the caller frees it), its length in *len; NULL when out of
 * memory.  A rule word with an apostrophe (weren't) matches its
 * typographic spelling through it: the data files need not repeat it. */
char *mt_curly_apostrophes(const char *w, size_t wl, size_t *len);

/* Characters (code points) in s[0..n) of valid UTF-8. */
size_t mt_utf8_chars(const char *s, size_t n);

/* s[0..n) opens with the NUL-terminated literal lit. */
static inline bool mt_starts_with(const char *s, size_t n, const char *lit)
{
    size_t l = strlen(lit);
    return n >= l && memcmp(s, lit, l) == 0;
}

/* Code point c is a kanji: the unified ideographs, their extension A,
 * the compatibility ideographs names are written with (﨑) and the marks
 * that stand for one (々, 〆).  The extractor and the draft share it, so
 * that they agree on where a name of kanji ends. */
static inline bool mt_is_kanji(uint32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0xF900 && c <= 0xFAFF) || c == 0x3005 || c == 0x3006;
}

/* A decimal digit, ASCII or full-width (０-９), at s[0..n): its value,
 * with its length in *k; -1 when none. */
int mt_digit_at(const char *s, size_t n, size_t *k);

/* Past a parenthesis, ( or （, that opens at s[b] and closes, with ) or
 * ）, within max bytes of its inside (「6日(米国時間)、」, 「イセトー(京都
 * 市)」): the byte after its closing mark; b when none opens there or
 * none closes in time. */
size_t mt_paren_end(const char *s, size_t len, size_t b, size_t max);
/* The length of the parenthesis mark, ( or （, that opens at s[b]; 0
 * when none does. */
size_t mt_paren_open(const char *s, size_t len, size_t b);

/*
 * A TSV data file: the first line names the columns; lines starting with
 * '#' and blank lines are skipped.  Fields are split on TAB only.
 * mt_tsv_next() returns 1 with a row, 0 at the end, or a negative status
 * (with file:line in err) for a row whose field count differs from the
 * header's.  Row fields point into the reader's buffer and stay valid until
 * the next call.
 */
#define MT_TSV_MAX_FIELDS 16
typedef struct mt_tsv {
    char *data;               /* whole file, owned */
    size_t len;               /* bytes in data */
    size_t pos;               /* next unread byte */
    long line;                /* 1-based number of the last line returned */
    int ncols;                /* columns in the header */
    char path[PATH_MAX + 64]; /* the file read (for the caller's errors) */
    const char *header[MT_TSV_MAX_FIELDS];
    const char *field[MT_TSV_MAX_FIELDS];
    size_t field_len[MT_TSV_MAX_FIELDS];
} mt_tsv;

/* Open data file `name` under mt_data_dir(), or the file at `name` when
 * it is a path (holds a '/': absolute, or relative to the working
 * directory). */
mt_status mt_tsv_open(mt_tsv *t, const char *name, mt_error *err);
/* Open data file `file` (a name, no '/') of directory dir, or of
 * mt_data_dir() when dir is NULL; t->path is the path read, for the
 * caller's errors.  A path that does not fit t->path is MT_ERR_IO. */
mt_status mt_tsv_open_in(mt_tsv *t, const char *dir, const char *file,
                         mt_error *err);
int mt_tsv_next(mt_tsv *t, mt_error *err);
/* Index of the named column, or -1. */
int mt_tsv_col(const mt_tsv *t, const char *name);
void mt_tsv_close(mt_tsv *t);

#endif
