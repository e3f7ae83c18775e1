/*
 * matome/matome.h - the whole public API of libmatome.
 *
 * libmatome turns scattered breach disclosures (press releases, authority
 * statements, news articles) into a cited incident dossier.  Each module
 * has one header:
 *
 *   common.h  status codes, mt_error, ownership rules
 *   date.h    partial calendar dates
 *   source.h  the source record
 *   store.h   the source archive (SQLite, full-text search)
 *   text.h    charsets, HTML/PDF/plain text to article text and metadata
 *   ingest.h  files and URLs to sources (HTML, text, PDF; charsets)
 *   dossier.h the incident dossier: model, text format, validation,
 *             derived figures, JSON output
 *   render.h  Markdown, HTML and SVG timeline renderers
 *   import.h  the Japanese security-blog layout to a dossier
 */
#ifndef MATOME_MATOME_H
#define MATOME_MATOME_H

#include "common.h"
#include "date.h"
#include "source.h"
#include "store.h"
#include "text.h"
#include "ingest.h"
#include "dossier.h"
#include "render.h"
#include "import.h"
#include "draft.h"

#endif
