/*
 * Loadable modules: the parts of libmatome that need large libraries.
 *
 * PDF text extraction (poppler-glib, about 50 shared libraries with cairo,
 * nss and gio) and URL fetching (libcurl, about 30 with its TLS, HTTP/2,
 * LDAP and SSH back ends) are each built as a module that libmatome
 * dlopen()s the first time a PDF or a URL comes in.  A process that never
 * reads one (search, show, draft, build: most of them) then does not map
 * and relocate those libraries at start-up.  git keeps libcurl in
 * git-remote-https for the same reason.
 *
 * A module is the file MODULE_DIR/matome-<name>.so (MT_PDF_MODULE_FILE,
 * MT_FETCH_MODULE_FILE).  It exports one symbol, its entry point
 * mt_<name>_module_v<MT_MODULE_ABI>(), which returns the mt_module_header
 * that starts its static table of function pointers.  A module
 * is used only when the header's ABI number and matome version both equal
 * the loaded libmatome's: modules call libmatome's internal helpers
 * (mt_buf, mt_error_set) and fill its records (mt_doc), whose layout only
 * the same version guarantees, so a stale module is refused, not guessed
 * at.  The version in the entry point's name lets a future interface
 * coexist with this one.
 *
 * MODULE_DIR is, first found:
 *   1. $MATOME_MODULE_DIR when set and not empty (tests, scripts);
 *   2. the build tree, when libmatome itself was loaded from the build
 *      tree (found with dladdr), so that an uninstalled build uses its own
 *      modules rather than an older installed copy;
 *   3. the installed directory, libdir/matome (MT_INSTALLED_MODULEDIR).
 *
 * Each module is loaded at most once per process (pthread_once) and its
 * outcome, success or failure, is kept: a failed load is not retried, and
 * every later call gets the same error.  Modules are never unloaded (GLib
 * and the TLS libraries do not support being unloaded).
 */
#ifndef MT_TEXT_MODULE_H
#define MT_TEXT_MODULE_H

#include "matome/ingest.h"
#include "matome/text.h"

#include <stddef.h>

/* Bump when a table below changes; the entry points' names change with
 * it, so an old module has no symbol a new libmatome looks for. */
#define MT_MODULE_ABI 1

#define MT_PDF_MODULE_FILE    "matome-pdf.so"
#define MT_FETCH_MODULE_FILE  "matome-fetch.so"
#define MT_PDF_MODULE_ENTRY   "mt_pdf_module_v1"
#define MT_FETCH_MODULE_ENTRY "mt_fetch_module_v1"

/* The entry point is the one symbol a module exports (the rest of it is
 * built with hidden visibility). */
#define MT_MODULE_EXPORT __attribute__((visibility("default")))

/* First member of every module's table. */
typedef struct mt_module_header {
    unsigned abi;        /* MT_MODULE_ABI the module was built with */
    const char *version; /* MT_VERSION_STRING of the matome it belongs to */
} mt_module_header;

/* matome-pdf.so: PDF to text with poppler-glib. */
typedef struct mt_pdf_module {
    mt_module_header header;
    /* mt_doc_from_pdf() as documented in matome/text.h. */
    mt_status (*doc_from_pdf)(mt_doc **out, const void *data, size_t len,
                              mt_error *err);
} mt_pdf_module;

/*
 * What a fetch returns: the body and the two response facts ingest needs.
 * Fields are malloc()ed; mt_fetch_result_free() frees them.
 */
typedef struct mt_fetch_result {
    char *body;         /* len bytes (NUL-terminated); never NULL on success */
    size_t len;         /* at most the options' max_bytes */
    char *content_type; /* the Content-Type header, NULL if none */
    char *final_url;    /* the URL after redirects; never NULL on success */
} mt_fetch_result;

/* matome-fetch.so: http(s) with libcurl. */
typedef struct mt_fetch_module {
    mt_module_header header;
    /*
     * Fetch url (already checked to be http or https) under opts' limits
     * (timeouts, size cap, redirects, user agent) into *out, which is
     * zeroed first and holds nothing to free on failure.  Errors as
     * mt_ingest_url() documents, with the URL as err->where.  Initialises
     * libcurl once per process, thread-safely.
     */
    mt_status (*fetch)(mt_fetch_result *out, const char *url,
                       const mt_ingest_options *opts, mt_error *err);
} mt_fetch_module;

/*
 * The entry points (defined by the modules, looked up with dlsym).  Both
 * have one type, so that the loader calls each through the type it was
 * defined with, and return the header of their table; the loader checks
 * it and converts it to the whole table (the header is its first member).
 */
typedef const mt_module_header *mt_module_entry(void);
MT_MODULE_EXPORT mt_module_entry mt_pdf_module_v1;
MT_MODULE_EXPORT mt_module_entry mt_fetch_module_v1;

/*
 * Load a module on first use and point *out at its table (static, valid
 * for the life of the process).  On failure *out is NULL and the status
 * is MT_ERR_IO with a message naming the feature, the module's path and
 * the reason: "PDF support not available: cannot load /usr/lib/x86_64-
 * linux-gnu/matome/matome-pdf.so: cannot open shared object file: No such
 * file or directory"; err->where is left alone.  Thread-safe.
 */
mt_status mt_module_pdf(const mt_pdf_module **out, mt_error *err);
mt_status mt_module_fetch(const mt_fetch_module **out, mt_error *err);

/* Free a fetch result's fields and zero it; NULL-safe. */
void mt_fetch_result_free(mt_fetch_result *r);

#endif
