/*
 * Modules that libmatome must refuse (tests/cli/test_modules.sh), built
 * into build/tests/ under the real modules' file names:
 *   matome-pdf.so    (-DMT_TEST_STALE) the right entry point, but a table
 *                    from another matome version, as a module left behind
 *                    by an older installation would be;
 *   matome-fetch.so  a shared object without any matome entry point.
 */
#include "text/module.h"

#ifdef MT_TEST_STALE
static const mt_pdf_module stale = {{MT_MODULE_ABI, "0.0.1"}, NULL};

const mt_module_header *mt_pdf_module_v1(void)
{
    return &stale.header;
}
#else
MT_MODULE_EXPORT int mt_test_not_a_module(void);

int mt_test_not_a_module(void)
{
    return 0;
}
#endif
