/*
 * Diagnostics: a growable list of compiler-style findings about one file.
 */
#include "dossier/dossier_internal.h"

#include "core/buf.h"
#include "core/internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

mt_status mt_diag_list_init(mt_diag_list *list, const char *file)
{
    memset(list, 0, sizeof *list);
    if (file) {
        list->file = mt_strdup(file);
        if (!list->file)
            return MT_ERR_NOMEM;
    }
    return MT_OK;
}

void mt_diag_list_clear(mt_diag_list *list)
{
    if (!list)
        return;
    for (size_t i = 0; i < list->count; i++) {
        free(list->items[i].message);
        free(list->items[i].hint);
    }
    free(list->items);
    free(list->file);
    memset(list, 0, sizeof *list);
}

mt_status mt_diag_add(mt_diag_list *list, mt_diag_severity sev, long line,
                      long col, const char *hint, const char *fmt, ...)
{
    /* Past the cap only the counts grow, so a hostile input cannot make
     * the list (or the time spent formatting) unbounded. */
    if (list->count >= MT_DIAG_MAX) {
        if (sev == MT_DIAG_ERROR)
            list->errors++;
        else
            list->warnings++;
        return MT_OK;
    }
    mt_buf b;
    mt_buf_init(&b, 4096);
    va_list ap;
    va_start(ap, fmt);
    mt_status st = mt_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    if (st == MT_ERR_TOOBIG)
        st = MT_OK; /* keep what fitted: a long quoted token */
    if (st != MT_OK) {
        mt_buf_free(&b);
        return st;
    }
    char *msg = mt_buf_detach(&b, NULL);
    char *h = hint ? mt_strdup(hint) : NULL;
    if (!msg || (hint && !h)) {
        free(msg);
        free(h);
        return MT_ERR_NOMEM;
    }
    if (list->count == list->cap) {
        size_t cap = list->cap ? list->cap * 2 : 16;
        mt_diag *items = cap <= SIZE_MAX / sizeof *items
                             ? realloc(list->items, cap * sizeof *items)
                             : NULL;
        if (!items) {
            free(msg);
            free(h);
            return MT_ERR_NOMEM;
        }
        list->items = items;
        list->cap = cap;
    }
    mt_diag *d = &list->items[list->count++];
    d->severity = sev;
    d->line = line;
    d->col = col;
    d->message = msg;
    d->hint = h;
    if (sev == MT_DIAG_ERROR)
        list->errors++;
    else
        list->warnings++;
    return MT_OK;
}

void mt_diag_list_sort(mt_diag_list *list)
{
    /* Insertion sort is stable; lists are short and mostly in order
     * (parser findings come in line order, validator findings too). */
    for (size_t i = 1; i < list->count; i++) {
        mt_diag x = list->items[i];
        size_t j = i;
        while (j > 0 && (list->items[j - 1].line > x.line ||
                         (list->items[j - 1].line == x.line &&
                          list->items[j - 1].col > x.col))) {
            list->items[j] = list->items[j - 1];
            j--;
        }
        list->items[j] = x;
    }
}

char *mt_diag_format(const mt_diag_list *list, size_t i, char *buf, size_t size)
{
    if (!buf || size == 0)
        return buf;
    buf[0] = '\0';
    if (!list || i >= list->count)
        return buf;
    const mt_diag *d = &list->items[i];
    const char *file = list->file ? list->file : "<input>";
    const char *sev = d->severity == MT_DIAG_ERROR ? "error" : "warning";
    char pos[48] = "";
    if (d->line > 0 && d->col > 0)
        snprintf(pos, sizeof pos, ":%ld:%ld", d->line, d->col);
    else if (d->line > 0)
        snprintf(pos, sizeof pos, ":%ld", d->line);
    snprintf(buf, size, "%s%s: %s: %s%s%s", file, pos, sev, d->message,
             d->hint ? "; " : "", d->hint ? d->hint : "");
    return buf;
}
