/*
 * Growable byte buffers with a hard maximum (after curl's dynbuf).
 *
 * Invariants: data is NULL or points to cap bytes; len < cap whenever data
 * is non-NULL, and data[len] == '\0' so the contents can always be used as
 * a C string; len never exceeds max.  An append that would pass max fails
 * with MT_ERR_TOOBIG and leaves the buffer as it was; an allocation failure
 * frees the buffer (MT_ERR_NOMEM), so callers need no cleanup on error
 * paths beyond what they do on success.
 */
#ifndef MT_CORE_BUF_H
#define MT_CORE_BUF_H

#include "matome/common.h"

#include <stdarg.h>
#include <stddef.h>

typedef struct mt_buf {
    char *data; /* NULL until the first append */
    size_t len; /* bytes used, excluding the terminating NUL */
    size_t cap; /* bytes allocated */
    size_t max; /* largest len allowed */
} mt_buf;

/* Default ceiling for text buffers: 256 MiB. */
#define MT_BUF_DEFAULT_MAX ((size_t)256 << 20)

void mt_buf_init(mt_buf *b, size_t max);
void mt_buf_free(mt_buf *b);
void mt_buf_reset(mt_buf *b); /* len = 0, memory kept */
mt_status mt_buf_append(mt_buf *b, const void *p, size_t n);
mt_status mt_buf_puts(mt_buf *b, const char *s);
mt_status mt_buf_putc(mt_buf *b, char c);
mt_status mt_buf_printf(mt_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
mt_status mt_buf_vprintf(mt_buf *b, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));
/* Hand the contents to the caller (free with mt_free); buffer is reset.
 * Returns an empty allocated string for an empty buffer, NULL on OOM. */
char *mt_buf_detach(mt_buf *b, size_t *len);

#endif
