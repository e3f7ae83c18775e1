/*
 * Helpers shared by src/text/ and the ingest code; not public.
 */
#ifndef MT_TEXT_INTERNAL_H
#define MT_TEXT_INTERNAL_H

#include "matome/text.h"

/* Initialise libxml2 once per process, thread-safely (pthread_once). */
void mt_text_init_libs(void);

#endif
