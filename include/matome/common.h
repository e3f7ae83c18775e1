/*
 * matome/common.h - status codes, error detail and memory rules shared by
 * every libmatome module.
 *
 * Ownership, stated once for the whole library (after jq's jv.h):
 *   - An object returned through an out-parameter (always the first
 *     parameter, named `out`) belongs to the caller, who frees it with the
 *     matching mt_<type>_free().  Every free function accepts NULL.
 *   - A pointer returned as a function result is borrowed: it stays valid as
 *     long as the object it came from and must not be freed.
 *   - Strings handed to the library are borrowed for the duration of the
 *     call unless the header says otherwise.
 *   - Plain byte buffers the library allocates for the caller (rendered
 *     text, file contents) are freed with mt_free().
 *
 * Errors: a function that can fail returns mt_status: 0 (MT_OK) on success
 * and a negative code on failure.  Detail goes into an optional,
 * caller-owned mt_error: pass NULL when the code is enough.  The library
 * never prints, exits or aborts on bad input.
 *
 * Text: all strings crossing the API are UTF-8; all positions are byte
 * offsets from the start of the input.
 */
#ifndef MATOME_COMMON_H
#define MATOME_COMMON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define MT_VERSION_MAJOR  0
#define MT_VERSION_MINOR  1
#define MT_VERSION_PATCH  0
#define MT_VERSION_STRING "0.1.0"

/*
 * Status codes.  Never renumbered: scripts and language bindings may store
 * them.  Expected outcomes that are not really failures (a lookup that
 * finds nothing) get codes of their own so callers can test for them.
 */
typedef enum mt_status {
    MT_OK = 0,
    MT_ERR_NOMEM = -1,     /* an allocation failed */
    MT_ERR_ARG = -2,       /* the caller passed an invalid argument */
    MT_ERR_INPUT = -3,     /* input data is malformed or unsupported */
    MT_ERR_IO = -4,        /* reading or writing a file failed */
    MT_ERR_NOTFOUND = -5,  /* the named object does not exist */
    MT_ERR_EXISTS = -6,    /* the object already exists */
    MT_ERR_STORE = -7,     /* the store failed or is corrupt */
    MT_ERR_BUSY = -8,      /* the store is locked by another writer */
    MT_ERR_VERSION = -9,   /* the store was written by a newer matome */
    MT_ERR_NETWORK = -10,  /* a URL could not be fetched */
    MT_ERR_TOOBIG = -11,   /* input is larger than the configured cap */
    MT_ERR_READONLY = -12, /* the store cannot be written */
    MT_ERR_FULL = -13,     /* the disk is full */
    MT_ERR_INTERNAL = -14  /* a bug in matome */
} mt_status;

/* A short, stable English name for a status ("input error"); never NULL. */
const char *mt_status_str(mt_status status);

/* Capacities of the fixed fields of mt_error, including the final NUL. */
#define MT_ERROR_MESSAGE_MAX 512
#define MT_ERROR_WHERE_MAX   1024

/*
 * Detail about a failure.  Caller-owned and fixed-size so that reporting an
 * error never needs to allocate.  Fields that do not apply are empty
 * strings, 0 (line, column) or -1 (offset).
 */
typedef struct mt_error {
    mt_status status;                   /* same as the returned status */
    char message[MT_ERROR_MESSAGE_MAX]; /* what went wrong, one line */
    char where[MT_ERROR_WHERE_MAX];     /* the input: a path, URL or id */
    long line;                          /* 1-based line, 0 = unknown */
    long column;                        /* 1-based column, 0 = unknown */
    int64_t offset;                     /* byte offset, -1 = unknown */
} mt_error;

/* An mt_error with no error in it; initialise one with this or with
 * mt_error_clear() before passing it: the library fills the fields that
 * apply to each error and leaves `where` as it was when it has none. */
#define MT_ERROR_INIT                                                          \
    {                                                                          \
        MT_OK, "", "", 0, 0, -1                                                \
    }

/* Reset an mt_error to "no error".  NULL-safe. */
void mt_error_clear(mt_error *err);

/*
 * Format an error as one line, "where:line:col: message" or with a byte
 * offset "where: byte N: message", into buf (always NUL-terminated when
 * size > 0).  Returns buf.
 */
char *mt_error_format(const mt_error *err, char *buf, size_t size);

/* Free memory the library allocated for the caller (see above). */
void mt_free(void *p);

/* The library version as a string, e.g. "0.1.0". */
const char *mt_version(void);

#ifdef __cplusplus
}
#endif
#endif
