/*
 * Finding and loading the modules (see module.h), and the public entry
 * point that goes through one: mt_doc_from_pdf().  mt_ingest_url() goes
 * through the fetch module in ingest.c.
 */
/* dladdr() is a GNU (and BSD) extension, declared only with this. */
#define _GNU_SOURCE
#include "text/module.h"

#include "core/internal.h"

#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One module's load state.  Written only inside its pthread_once routine
 * and read only after pthread_once returns, which orders the two. */
typedef struct module_slot {
    const char *file;              /* MT_*_MODULE_FILE */
    const char *entry;             /* MT_*_MODULE_ENTRY */
    const char *what;              /* the feature, for messages */
    const mt_module_header *table; /* non-NULL once loaded and checked */
    mt_status status;              /* MT_OK, or why it failed */
    char message[MT_ERROR_MESSAGE_MAX];
} module_slot;

static module_slot pdf_slot = {
    MT_PDF_MODULE_FILE, MT_PDF_MODULE_ENTRY, "PDF support", NULL, MT_OK, ""};
static module_slot fetch_slot = {MT_FETCH_MODULE_FILE,
                                 MT_FETCH_MODULE_ENTRY,
                                 "URL fetching",
                                 NULL,
                                 MT_OK,
                                 ""};
static pthread_once_t pdf_once = PTHREAD_ONCE_INIT;
static pthread_once_t fetch_once = PTHREAD_ONCE_INIT;

/*
 * 1 when this libmatome was loaded from the build tree: its file's real
 * directory is the build directory's.  dladdr on one of our own objects
 * names the file it was mapped from.
 */
static int loaded_from_build_tree(void)
{
    Dl_info info;
    if (!dladdr(&pdf_slot, &info) || !info.dli_fname)
        return 0;
    char *self = realpath(info.dli_fname, NULL);
    char *build = realpath(MT_BUILD_DIR, NULL);
    int same = 0;
    if (self && build) {
        char *slash = strrchr(self, '/');
        size_t n = slash ? (size_t)(slash - self) : 0;
        same = strlen(build) == n && memcmp(self, build, n) == 0;
    }
    free(self);
    free(build);
    return same;
}

static const char *module_dir(void)
{
    const char *env = getenv("MATOME_MODULE_DIR");
    if (env && *env)
        return env;
    return loaded_from_build_tree() ? MT_BUILD_DIR : MT_INSTALLED_MODULEDIR;
}

static void fail(module_slot *m, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void fail(module_slot *m, const char *fmt, ...)
{
    int k =
        snprintf(m->message, sizeof m->message, "%s not available: ", m->what);
    if (k > 0 && (size_t)k < sizeof m->message) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(m->message + k, sizeof m->message - (size_t)k, fmt, ap);
        va_end(ap);
    }
    m->status = MT_ERR_IO;
}

static void load(module_slot *m)
{
    char path[PATH_MAX];
    const char *dir = module_dir();
    int n = snprintf(path, sizeof path, "%s/%s", dir, m->file);
    if (n < 0 || (size_t)n >= sizeof path) {
        fail(m, "module directory name too long: %s", dir);
        return;
    }
    /* RTLD_LOCAL: the module's libraries stay out of the global symbol
     * scope, so they cannot interpose on anything loaded later. */
    void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        /* dlerror() usually starts with the path; say it once. */
        const char *why = dlerror();
        size_t pl = strlen(path);
        if (!why)
            why = "unknown error";
        else if (strncmp(why, path, pl) == 0 && why[pl] == ':' &&
                 why[pl + 1] == ' ')
            why += pl + 2;
        fail(m, "cannot load %s: %s", path, why);
        return;
    }
    void *sym = dlsym(h, m->entry);
    if (!sym) {
        fail(m, "%s is not a matome module of this version (no %s)", path,
             m->entry);
        dlclose(h);
        return;
    }
    /* POSIX guarantees that a dlsym() result converts to a function
     * pointer; ISO C has no cast for it, hence the copy. */
    mt_module_entry *entry;
    _Static_assert(sizeof entry == sizeof sym, "function pointer size");
    memcpy(&entry, &sym, sizeof entry);
    const mt_module_header *t = entry();
    if (!t || !t->version) {
        fail(m, "%s returned no module table", path);
        dlclose(h);
        return;
    }
    if (t->abi != MT_MODULE_ABI || strcmp(t->version, MT_VERSION_STRING)) {
        fail(m,
             "%s is from matome %.32s (module ABI %u); this is matome %s "
             "(module ABI %d)",
             path, t->version, t->abi, MT_VERSION_STRING, MT_MODULE_ABI);
        dlclose(h); /* t and its strings are the module's: used above */
        return;
    }
    /* The handle is kept for the life of the process (never dlclose'd). */
    m->table = t;
    m->status = MT_OK;
}

static void load_pdf(void)
{
    load(&pdf_slot);
}

static void load_fetch(void)
{
    load(&fetch_slot);
}

static mt_status result(const module_slot *m, mt_error *err)
{
    if (m->status != MT_OK)
        return mt_error_set(err, m->status, "%s", m->message);
    return MT_OK;
}

mt_status mt_module_pdf(const mt_pdf_module **out, mt_error *err)
{
    pthread_once(&pdf_once, load_pdf);
    /* The header is the table's first member (module.h). */
    *out = (const mt_pdf_module *)pdf_slot.table;
    return result(&pdf_slot, err);
}

mt_status mt_module_fetch(const mt_fetch_module **out, mt_error *err)
{
    pthread_once(&fetch_once, load_fetch);
    *out = (const mt_fetch_module *)fetch_slot.table;
    return result(&fetch_slot, err);
}

void mt_fetch_result_free(mt_fetch_result *r)
{
    if (!r)
        return;
    free(r->body);
    free(r->content_type);
    free(r->final_url);
    memset(r, 0, sizeof *r);
}

mt_status mt_doc_from_pdf(mt_doc **out, const void *data, size_t len,
                          mt_error *err)
{
    *out = NULL;
    const mt_pdf_module *m;
    mt_status st = mt_module_pdf(&m, err);
    if (st != MT_OK)
        return st;
    return m->doc_from_pdf(out, data, len, err);
}
