/*
 * Helpers shared by src/text/ and the ingest code; not public.
 */
#ifndef MT_TEXT_INTERNAL_H
#define MT_TEXT_INTERNAL_H

#include "matome/text.h"

/* How far into the extracted text a publication date is looked for when
 * the markup declares none: the date printed by the headline. */
#define MT_TEXT_DATE_WINDOW 1200

/* Initialise libxml2 once per process, thread-safely (pthread_once). */
void mt_text_init_libs(void);

#endif
