/*
 * matome/import.h - existing incident summaries to dossiers.
 *
 * mt_import_blog() reads a summary written in the common layout of
 * Japanese security blogs (docs/import-blog.md) and builds the dossier
 * model (dossier.h), which mt_dossier_print() then writes in the dossier
 * text format.  The layout, as plain text copied from such a page:
 *
 *   TITLE                                  first non-blank line
 *   intro paragraph(s)                     -> commentary
 *   公式発表                               bullets "publisher  title 3/4"
 *   影響範囲                               bullets "【組織】text *1 *3"
 *   Xとの関係                              bullets "組織:text *3"
 *   攻撃者                                 bullets "【組織】text *3"
 *   時系列                                 bullets "2022年9月ごろ 【組織】text
 * *3" 所感                                   paragraphs -> commentary
 *   調査ソース                             "No ..." header, then rows split
 *                                          over lines: number / 【公式】
 *                                          publisher / title + date (/ URL)
 *   更新履歴                               bullets "2023年3月6日 text"
 *
 * The words that name sections, hedges, event types, date modifiers and
 * government publishers are data (data/import_blog.tsv), not code.
 * Dates without a year in 公式発表 ("3/4") take the year, among those of
 * the source table, that puts them nearest a listed source.  A section
 * with an unknown heading is kept as commentary with a warning, never
 * dropped.
 */
#ifndef MATOME_IMPORT_H
#define MATOME_IMPORT_H

#include "common.h"
#include "dossier.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct mt_import_options {
    unsigned version; /* MT_IMPORT_OPTIONS_VERSION */
    /* Incident id for the dossier header; NULL: derived from the file
     * name (lower-cased, other characters as '-'), else "imported". */
    const char *incident;
} mt_import_options;

#define MT_IMPORT_OPTIONS_VERSION 1
#define MT_IMPORT_OPTIONS_INIT                                                 \
    {                                                                          \
        MT_IMPORT_OPTIONS_VERSION, NULL                                        \
    }

/* Refuse input larger than this (MT_ERR_TOOBIG). */
#define MT_IMPORT_MAX_BYTES ((size_t)16 << 20)

/*
 * Read blog-layout text (len bytes, need not be NUL-terminated) into a new
 * dossier *out.  `file` names the input in diagnostics and the default
 * incident id (may be NULL).  What cannot be understood becomes a
 * diagnostic in diags (initialised by the caller) with the input's line
 * number and column 0, and the reader carries on, so one run reports
 * everything; the caller should not write the dossier when
 * diags->errors > 0.  Returns MT_OK with *out set (even with errors in
 * diags); MT_ERR_INPUT for text that is not UTF-8, MT_ERR_TOOBIG,
 * MT_ERR_NOMEM, MT_ERR_IO when data/import_blog.tsv cannot be read,
 * MT_ERR_ARG for NULL arguments; *out is then NULL.  opts may be NULL.
 */
mt_status mt_import_blog(mt_dossier **out, const char *text, size_t len,
                         const char *file, const mt_import_options *opts,
                         mt_diag_list *diags, mt_error *err);

/*
 * Write a dossier built by mt_import_blog() in the dossier text format
 * (docs/dossier-format.md): mt_dossier_print() of the model with its
 * claims grouped by organisation (organisation-list order, file order
 * within a group; the model itself is not reordered), so that
 * mt_dossier_parse() reads back the same claims with no diagnostics.
 * mt_import_blog() already made every text printable: a "\|" is written
 * "＼|", and a claim or timeline text that ends in ']' or '}' (which the
 * format would read as citations or a hedge) has that character written
 * full-width.  *out is the caller's (mt_free).  MT_ERR_ARG for NULL
 * arguments, MT_ERR_NOMEM, MT_ERR_INPUT for a model the format cannot
 * hold (see mt_dossier_print).
 */
mt_status mt_import_write(const mt_dossier *d, char **out, size_t *out_len,
                          mt_error *err);

#ifdef __cplusplus
}
#endif
#endif
