/* Unit tests for the module loader (src/text/module.c): the PDF and fetch
 * modules of this build load, once, from many threads at the same time,
 * and a PDF read through the loaded module from several threads at once
 * gives the golden text each time.  The refusals (missing, stale, foreign
 * modules) are in tests/cli/test_modules.sh: a process loads a module only
 * once, so each refusal needs a process of its own. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "matome/text.h"
#include "text/module.h"

#define NTHREADS 8

static const void *seen[NTHREADS];

static void *load_pdf(void *arg)
{
    const mt_pdf_module *m = NULL;
    mt_error err = MT_ERROR_INIT;
    if (mt_module_pdf(&m, &err) == MT_OK)
        seen[(size_t)(uintptr_t)arg] = m;
    return NULL;
}

/* Every thread, racing to be first, gets the one table of this build's
 * module. */
static void test_module__pdf_loads_once_across_threads(void **state)
{
    (void)state;
    pthread_t t[NTHREADS];
    for (size_t i = 0; i < NTHREADS; i++)
        assert_int_equal(
            pthread_create(&t[i], NULL, load_pdf, (void *)(uintptr_t)i), 0);
    for (size_t i = 0; i < NTHREADS; i++)
        assert_int_equal(pthread_join(t[i], NULL), 0);
    const mt_pdf_module *m = NULL;
    assert_int_equal(mt_module_pdf(&m, NULL), MT_OK);
    assert_non_null(m);
    assert_int_equal(m->header.abi, MT_MODULE_ABI);
    assert_string_equal(m->header.version, MT_VERSION_STRING);
    for (size_t i = 0; i < NTHREADS; i++)
        assert_ptr_equal(seen[i], m);
}

static void test_module__fetch_loads(void **state)
{
    (void)state;
    const mt_fetch_module *m = NULL;
    mt_error err = MT_ERROR_INIT;
    assert_int_equal(mt_module_fetch(&m, &err), MT_OK);
    assert_non_null(m);
    assert_non_null(m->fetch);
    assert_string_equal(m->header.version, MT_VERSION_STRING);
    const mt_fetch_module *again = NULL;
    assert_int_equal(mt_module_fetch(&again, NULL), MT_OK);
    assert_ptr_equal(again, m);
}

typedef struct pdf_job {
    const char *pdf;
    size_t len;
    mt_status st;
    char *text;
} pdf_job;

static void *read_pdf(void *arg)
{
    pdf_job *j = arg;
    mt_doc *doc = NULL;
    j->st = mt_doc_from_pdf(&doc, j->pdf, j->len, NULL);
    if (j->st == MT_OK) {
        j->text = doc->text;
        doc->text = NULL;
    }
    mt_doc_free(doc);
    return NULL;
}

static char *golden(const char *name, size_t *len)
{
    const char *src = getenv("MATOME_SRC");
    assert_non_null(src);
    char path[1024];
    snprintf(path, sizeof path, "%s/tests/golden/ingest/pdf-simple/%s", src,
             name);
    char *data = NULL;
    assert_int_equal(mt_read_file(path, 1 << 20, &data, len, NULL), MT_OK);
    return data;
}

/* The public entry point goes through the module, from threads at once
 * (poppler documents are not shared between them). */
static void test_module__pdf_from_threads(void **state)
{
    (void)state;
    size_t len = 0, want_len = 0;
    char *pdf = golden("input.pdf", &len);
    char *want = golden("expected.txt", &want_len);
    pdf_job jobs[4];
    pthread_t t[4];
    for (size_t i = 0; i < 4; i++) {
        jobs[i] = (pdf_job){pdf, len, MT_ERR_INTERNAL, NULL};
        assert_int_equal(pthread_create(&t[i], NULL, read_pdf, &jobs[i]), 0);
    }
    for (size_t i = 0; i < 4; i++) {
        assert_int_equal(pthread_join(t[i], NULL), 0);
        assert_int_equal(jobs[i].st, MT_OK);
        assert_string_equal(jobs[i].text, want);
        free(jobs[i].text);
    }
    free(pdf);
    free(want);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_module__pdf_loads_once_across_threads),
        cmocka_unit_test(test_module__fetch_loads),
        cmocka_unit_test(test_module__pdf_from_threads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
