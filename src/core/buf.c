#include "core/buf.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void mt_buf_init(mt_buf *b, size_t max)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    /* The NUL after the data takes one byte more than max: keep
     * max + 1 representable. */
    b->max = !max ? MT_BUF_DEFAULT_MAX : max < SIZE_MAX ? max : SIZE_MAX - 1;
}

void mt_buf_free(mt_buf *b)
{
    if (!b)
        return;
    free(b->data);
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

void mt_buf_reset(mt_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

/* Make room for n more bytes plus the NUL. */
static mt_status reserve(mt_buf *b, size_t n)
{
    if (n > b->max || b->len > b->max - n)
        return MT_ERR_TOOBIG;
    size_t need = b->len + n + 1;
    if (need <= b->cap)
        return MT_OK;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    if (cap > b->max + 1)
        cap = b->max + 1;
    char *p = realloc(b->data, cap);
    if (!p) {
        mt_buf_free(b);
        return MT_ERR_NOMEM;
    }
    b->data = p;
    b->cap = cap;
    return MT_OK;
}

mt_status mt_buf_append(mt_buf *b, const void *p, size_t n)
{
    mt_status st = reserve(b, n);
    if (st != MT_OK)
        return st;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return MT_OK;
}

mt_status mt_buf_puts(mt_buf *b, const char *s)
{
    return mt_buf_append(b, s, strlen(s));
}

mt_status mt_buf_putc(mt_buf *b, char c)
{
    return mt_buf_append(b, &c, 1);
}

mt_status mt_buf_vprintf(mt_buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return MT_ERR_INTERNAL;
    mt_status st = reserve(b, (size_t)n);
    if (st != MT_OK)
        return st;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
    return MT_OK;
}

mt_status mt_buf_printf(mt_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    mt_status st = mt_buf_vprintf(b, fmt, ap);
    va_end(ap);
    return st;
}

char *mt_buf_detach(mt_buf *b, size_t *len)
{
    char *p = b->data;
    if (!p) {
        p = malloc(1);
        if (p)
            p[0] = '\0';
    }
    if (len)
        *len = p ? b->len : 0;
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    return p;
}
