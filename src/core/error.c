/*
 * Status names and mt_error helpers.  Reporting an error must never
 * allocate: an out-of-memory failure has to be reportable too.
 */
#include "core/internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *mt_status_str(mt_status status)
{
    switch (status) {
    case MT_OK:
        return "ok";
    case MT_ERR_NOMEM:
        return "out of memory";
    case MT_ERR_ARG:
        return "invalid argument";
    case MT_ERR_INPUT:
        return "input error";
    case MT_ERR_IO:
        return "i/o error";
    case MT_ERR_NOTFOUND:
        return "not found";
    case MT_ERR_EXISTS:
        return "already exists";
    case MT_ERR_STORE:
        return "store error";
    case MT_ERR_BUSY:
        return "store is busy";
    case MT_ERR_VERSION:
        return "store version is newer than this matome";
    case MT_ERR_NETWORK:
        return "network error";
    case MT_ERR_TOOBIG:
        return "input too large";
    case MT_ERR_READONLY:
        return "store is read-only";
    case MT_ERR_FULL:
        return "disk full";
    case MT_ERR_INTERNAL:
        return "internal error";
    }
    return "unknown status";
}

void mt_error_clear(mt_error *err)
{
    if (!err)
        return;
    err->status = MT_OK;
    err->message[0] = '\0';
    err->where[0] = '\0';
    err->line = 0;
    err->column = 0;
    err->offset = -1;
}

/*
 * snprintf cuts at a byte count, which may split a UTF-8 character of a
 * quoted input (a Japanese file name, a title): drop such a partial last
 * character of buf (whose text is len bytes) so that the text stays
 * valid UTF-8.
 */
static void drop_partial_char(char *buf, size_t len)
{
    size_t start = len;
    while (start > 0 && ((unsigned char)buf[start - 1] & 0xC0) == 0x80)
        start--;
    if (start == 0)
        return;
    unsigned char lead = (unsigned char)buf[start - 1];
    size_t want = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (len - (start - 1) < want)
        buf[start - 1] = '\0';
}

static void set_message(mt_error *err, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));

static void set_message(mt_error *err, const char *fmt, va_list ap)
{
    int n = vsnprintf(err->message, sizeof err->message, fmt, ap);
    if (n < 0)
        err->message[0] = '\0';
    else if ((size_t)n >= sizeof err->message)
        drop_partial_char(err->message, sizeof err->message - 1);
}

/* A new error: no position of an earlier one (or of an mt_error the
 * caller never cleared) may stay attached to it. */
static mt_status fill(mt_error *err, mt_status status, const char *where,
                      long line, int64_t offset, const char *fmt, va_list ap)
    __attribute__((format(printf, 6, 0)));

static mt_status fill(mt_error *err, mt_status status, const char *where,
                      long line, int64_t offset, const char *fmt, va_list ap)
{
    err->status = status;
    err->line = line;
    err->column = 0;
    err->offset = offset;
    mt_error_where(err, where);
    set_message(err, fmt, ap);
    return status;
}

mt_status mt_error_set(mt_error *err, mt_status status, const char *fmt, ...)
{
    if (!err)
        return status;
    va_list ap;
    va_start(ap, fmt);
    fill(err, status, NULL, 0, -1, fmt, ap);
    va_end(ap);
    return status;
}

mt_status mt_error_at(mt_error *err, mt_status status, const char *where,
                      int64_t offset, const char *fmt, ...)
{
    if (!err)
        return status;
    va_list ap;
    va_start(ap, fmt);
    fill(err, status, where, 0, offset, fmt, ap);
    va_end(ap);
    return status;
}

mt_status mt_error_line(mt_error *err, mt_status status, const char *where,
                        long line, const char *fmt, ...)
{
    if (!err)
        return status;
    va_list ap;
    va_start(ap, fmt);
    fill(err, status, where, line, -1, fmt, ap);
    va_end(ap);
    return status;
}

void mt_error_where(mt_error *err, const char *where)
{
    if (!err || !where)
        return;
    if ((size_t)snprintf(err->where, sizeof err->where, "%s", where) >=
        sizeof err->where)
        drop_partial_char(err->where, sizeof err->where - 1);
}

char *mt_error_format(const mt_error *err, char *buf, size_t size)
{
    if (!buf || size == 0)
        return buf;
    if (!err) {
        buf[0] = '\0';
        return buf;
    }
    const char *msg =
        err->message[0] ? err->message : mt_status_str(err->status);
    if (err->where[0] && err->line > 0 && err->column > 0)
        snprintf(buf, size, "%s:%ld:%ld: %s", err->where, err->line,
                 err->column, msg);
    else if (err->where[0] && err->line > 0)
        snprintf(buf, size, "%s:%ld: %s", err->where, err->line, msg);
    else if (err->where[0] && err->offset >= 0)
        snprintf(buf, size, "%s: byte %lld: %s", err->where,
                 (long long)err->offset, msg);
    else if (err->where[0])
        snprintf(buf, size, "%s: %s", err->where, msg);
    else if (err->offset >= 0)
        snprintf(buf, size, "byte %lld: %s", (long long)err->offset, msg);
    else
        snprintf(buf, size, "%s", msg);
    return buf;
}

void mt_free(void *p)
{
    free(p);
}

const char *mt_version(void)
{
    return MT_VERSION_STRING;
}
