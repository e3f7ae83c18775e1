/*
 * matome/date.h - partial calendar dates.
 *
 * Incident reporting gives dates at every precision: "2016年", "2016年8月",
 * "2016-08-06", a fiscal year, a month whose year is unknown.  An mt_date
 * keeps exactly what is known:
 *
 *   year  0 = unknown, else the proleptic Gregorian year (1..9999)
 *   month 0 = unknown, else 1..12
 *   day   0 = unknown, else 1..days-in-month
 *   fiscal set when `year` names a fiscal year (FY2021), month/day then 0
 *
 * Precision is implied: a day without a month is invalid, and so is a
 * month with an unknown year except as TIMEX3-style "XXXX-07-18".
 *
 * The normalised text form is ISO 8601 truncated to the known precision
 * ("2016", "2016-08", "2016-08-06"), "FY2021" for fiscal years, and "XXXX"
 * / "XX" for components that could not be resolved ("XXXX-07-18").
 */
#ifndef MATOME_DATE_H
#define MATOME_DATE_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct mt_date {
    int16_t year;  /* 0 = unknown */
    uint8_t month; /* 0 = unknown, else 1..12 */
    uint8_t day;   /* 0 = unknown, else 1..31 within the month */
    uint8_t fiscal;
} mt_date;

/* Longest text mt_date_format writes, including NUL ("XXXX-XX-XX"). */
#define MT_DATE_TEXT_MAX 16

/* Days in a month of the Gregorian calendar; 0 for an invalid month. */
int mt_date_days_in_month(int year, int month);

/* 1 when the date is internally consistent (see the model above). */
int mt_date_valid(const mt_date *d);

/*
 * Parse the normalised text form: "YYYY", "YYYY-MM", "YYYY-MM-DD",
 * "FYYYYY", "XXXX-MM-DD", "XXXX-MM".  A longer ISO timestamp such as
 * "2020-02-07T01:00:00+09:00" yields its calendar date as written (local
 * to the source, never converted to UTC).  Returns MT_ERR_INPUT for
 * anything else, including impossible dates (2017-13, 2017-02-30).
 */
mt_status mt_date_parse(mt_date *out, const char *text, size_t len);

/* Write the normalised form into buf (MT_DATE_TEXT_MAX bytes suffice). */
char *mt_date_format(const mt_date *d, char *buf, size_t size);

/*
 * Days since 1970-01-01 of the first (lo) and last (hi) calendar day the
 * partial date can denote.  MT_ERR_ARG when the year is unknown.
 */
mt_status mt_date_span(const mt_date *d, int32_t *lo, int32_t *hi);

/* Days since 1970-01-01 for a full date (no validation). */
int32_t mt_date_days_from_civil(int year, int month, int day);

/* Inverse of mt_date_days_from_civil. */
void mt_date_civil_from_days(int32_t days, int *year, int *month, int *day);

/* The day of the week of a day number (mt_date_days_from_civil), 0 for
 * Sunday to 6 for Saturday. */
int mt_date_weekday(int32_t days);

/*
 * Order two dates by the first day they can denote, then by precision
 * (coarser first).  Unknown years sort first.  Returns <0, 0 or >0.
 */
int mt_date_compare(const mt_date *a, const mt_date *b);

#ifdef __cplusplus
}
#endif
#endif
