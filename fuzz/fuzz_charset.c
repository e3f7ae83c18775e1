/* libFuzzer target: charset detection and conversion.  Whatever the
 * bytes, conversion either fails with an offset inside the input or yields
 * valid UTF-8 without NUL bytes. */
#include "matome/text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const ctypes[] = {NULL, "text/html; charset=Shift_JIS",
                                         "text/html; charset=euc-jp",
                                         "text/html; charset=iso-2022-jp"};
    const char *ct = ctypes[size ? data[0] % 4 : 0];
    char name[MT_CHARSET_NAME_MAX];
    mt_error err = MT_ERROR_INIT;
    if (mt_charset_detect(data, size, NULL, ct, name, sizeof name, NULL,
                          &err) != MT_OK)
        abort();
    char *out = NULL;
    size_t len = 0;
    mt_error_clear(&err);
    mt_status st = mt_charset_convert(&out, &len, data, size, name, &err);
    if (st == MT_OK) {
        if (mt_utf8_check(out, len, NULL) != MT_OK || memchr(out, 0, len))
            abort();
        free(out);
    } else if (st == MT_ERR_INPUT) {
        if (err.offset < 0 || (size_t)err.offset > size)
            abort();
    } else if (st != MT_ERR_TOOBIG && st != MT_ERR_NOMEM) {
        abort();
    }
    return 0;
}
