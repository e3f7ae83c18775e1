/*
 * Draft assembly without the extraction engine: the sources of an
 * incident, each split into sentences that carry the spans the extractor
 * found in them, go in; a draft dossier comes out.  src/draft/ (stage.h)
 * implements it; the public mt_draft_*() functions (draft.h) load the
 * sources from the store, run the extractor and call it, and unit tests
 * call it with hand-built span lists.  Not public.
 *
 * Everything passed in is borrowed for the duration of the call; the
 * dossier returned owns copies of what it keeps.
 */
#ifndef MT_DRAFT_INTERNAL_H
#define MT_DRAFT_INTERNAL_H

#include "matome/dossier.h"
#include "matome/extract.h"

#include <stdbool.h>
#include <stddef.h>

/* The span kinds the draft uses (a subset of extract.h's). */
typedef enum draft_span_kind {
    DRAFT_DATE,
    DRAFT_QUANTITY,
    DRAFT_ORG,
    DRAFT_EVENT,
    DRAFT_HEDGE,
    DRAFT_DURATION /* "two days later": value ISO 8601, mod "after" */
} draft_span_kind;

typedef struct draft_span {
    draft_span_kind kind;
    size_t start, end;   /* bytes into the sentence's text */
    const char *value;   /* date: normalised; org: canonical name; hedge:
                            possible, suspected, not_confirmed, denied,
                            confirmed; quantity: the number */
    const char *mod;     /* approx, before, after, start, mid, end, ...; or
                            NULL */
    const char *unit;    /* quantity: counter or noun; else NULL */
    const char *type;    /* event: event type name; else NULL */
    mt_date date;        /* date: resolved against the publication date */
    double number;       /* quantity: the number */
    const char *reading; /* org: its katakana reading (extract.h), or NULL */
    int weekday;         /* date: the weekday the text writes as or with it,
                            0 Sunday .. 6 Saturday; -1 none (extract.h) */
} draft_span;

typedef struct draft_sentence {
    const char *text; /* the sentence, not NUL-terminated */
    size_t len;
    const draft_span *spans; /* ordered by start */
    size_t nspans;
    bool para; /* opens a paragraph after the first: a line break stands
                  between it and the sentence before (draft_prepare) */
} draft_sentence;

typedef struct draft_source {
    const char *id; /* stored id (16 hex digits) or NULL for inline */
    const char *url, *publisher, *title, *lang; /* each may be NULL */
    mt_date published;
    bool inferred; /* published is no publication date but the day the
                      source's own announcements give (assemble.c) */
    mt_source_kind kind;
    const draft_sentence *sentences;
    size_t nsentences;
} draft_source;

/* Another incident in the store, with its organisations and roles (from
 * its JSON model) for campaign links. */
typedef struct draft_incident {
    const char *id;
    const char *const *authorities; /* names and aliases, role authority */
    size_t nauthorities;
    const char *const *attackers; /* names and aliases, role attacker */
    size_t nattackers;
} draft_incident;

/* What a quantity counts: word -> name, class and kin
 * (data/draft_counts.tsv; class defaults to the name, kin to none). */
typedef struct draft_counts {
    char **word, **counts, **cls;
    char **kin;      /* NULL: none */
    bool *unit_only; /* column "as" is "unit": the word names what a
                        figure counts only as its own counter (260万店),
                        never as a word near it (「2000万件の店舗情報」) */
    int64_t *scale;  /* column "scale": how many base units one of the
                        word's holds (GB: 1000 MB); 0 when none */
    char **base;     /* the base unit of a scaled word; NULL when none */
    size_t n;
} draft_counts;

/* The class of the counted thing called counts; counts itself when the
 * table does not say. */
const char *draft_counts_class(const draft_counts *dc, const char *counts);
/* The kin of the counted thing called counts (persons: people and
 * customers); NULL when the table gives none. */
const char *draft_counts_kin(const draft_counts *dc, const char *counts);

/* The scale of counter unit (a word of a row with a scale: GB), with
 * its base unit in *base (borrowed); 0 and *base NULL when none. */
int64_t draft_counts_scale(const draft_counts *dc, const char *unit,
                           const char **base);

/* value, a figure in base unit base, written in the largest unit of
 * base (a word with a scale) it holds one of at least: 2620 MB is
 * "2.62 GB", 1500000 MB "1.5 TB", 40 MB "40 MB".  Returns buf. */
const char *draft_counts_show(const draft_counts *dc, int64_t value,
                              const char *base, char *buf, size_t size);

/* Load data/draft_counts.tsv from data_dir (NULL: mt_data_dir()). */
mt_status draft_counts_load(draft_counts *out, const char *data_dir,
                            mt_error *err);
void draft_counts_free(draft_counts *c);

/* What a cue word of data/draft_cues.tsv marks (the file's kind column;
 * the file's header comment says what each means). */
typedef enum draft_cue_kind {
    CUE_ANAPHOR,       /* 同社, the company: value says whom */
    CUE_ANAPHOR_START, /* the same, only as a sentence's first word */
    CUE_EVENT,         /* a trigger: value an event type, traces, confirm */
    CUE_RELATIONSHIP,  /* what an organisation supplies or does */
    CUE_DETAIL,        /* a technical detail worth its own claim */
    CUE_ACTOR,         /* the noun that ends an attacker's description */
    CUE_ACTOR_NAME,    /* "calling itself": the next word names the actor */
    CUE_SUBJECT,       /* a Japanese subject particle */
    CUE_OBJECT,        /* a Japanese object particle */
    CUE_REPORT_OF,     /* turns a trigger into the name of a report */
    CUE_PLAN,          /* a plan, not an event yet */
    CUE_NEGATION,      /* negates the trigger before it (Japanese) */
    CUE_NEG_BEFORE,    /* negates the trigger after it (English) */
    CUE_NOT_NEGATION, /* looks like a negation and is not (否定できない) */
    CUE_INFORMANT, /* the organisation before it is a source (によると) */
    CUE_INFORMANT_PRE, /* the organisation after it is a source
                          (according to) */
    CUE_REPORT,        /* a reporting predicate (発表した, said) */
    CUE_LINK,          /* a relation between two organisations (子会社) */
    CUE_NOT_EVENT,     /* a fiscal or reporting period, not an event */
    CUE_COORD,         /* joins two names into one subject (および) */
    CUE_CLUTTER,       /* opens a line of page furniture (関連記事) */
    CUE_CHANGE,        /* after a figure: by how much it changed (減り) */
    CUE_SCOPE,         /* a kind of data a leak statement is about only
                          (クレジットカード情報) */
    CUE_CONTRAST,      /* one character that tells two names apart
                          (第一/第二, 東/西): no spelling variant */
    CUE_PLACE_AFTER,   /* right after a name makes it a place's
                          (歌舞伎座タワー, "Kabukiza Tower") */
    CUE_REGION_AFTER,  /* right after an English name makes it a unit's
                          ("Kadokawa Taiwan", "Casio America") */
    CUE_NOT_OPENER,    /* a word that opens many names (Japan, Tokyo):
                          never one company's short name */
    CUE_NAME_AFTER,    /* "drugmaker", "company": capitalised words
                          right after it name an organisation */
    CUE_OVERSEER,      /* compared with names, never looked for in text:
                          value end (a name ending that oversees: 省,
                          警察), committee (委員会: oversees when the tables
                          know it or it inquires), inquiry (調査, 第三者:
                          a committee's word that makes it an inquiry) */
    CUE_OWN,           /* English: the words of an organisation's own
                          (its, our): what an outlet announces of them is
                          an attack on itself (outlets.c) */
    CUE_IMPERSONATION, /* after 「Xを名乗る」 in its clause (電話, メール):
                          X is impersonated, not a group's own name */
    CUE_SUBJECT_BEFORE, /* "was hit by", "said it was": the capitalised
                          words that open the sentence right before it
                          name an organisation */
    CUE_THEN,           /* a state told as an earlier one (当時,
                           "at the time") */
    CUE_DATED_EVENT,    /* a trigger only right after a date ("the
                           Oct. 31 attack"): value an event type */
    CUE_FACT_NOUN,      /* right after a clause, the noun that hedges or
                           names the fact it tells (可能性, 形跡, 対策) */
    CUE_QUESTION,       /* makes a leak trigger what a question asks
                           (かどうか, "whether"); value where: before,
                           after, or after:N bytes (Japanese) */
    CUE_CHANGE_BEFORE,  /* before a figure: it is an increment (追加で,
                           "an additional") */
    CUE_PROFILE,        /* a company's profile (擁する, "employs"): its
                           figures are no impact of the incident */
    CUE_THREAT,         /* makes the act after it (Japanese なければ) or
                           before it ("unless") a threat, not an event */
    CUE_UNIT_AFTER,     /* ends a section's name after an organisation's
                           (警視庁[組織犯罪対策特別捜査]隊は): the section's
                           particle is the organisation's */
    CUE_FORM_AFTER,     /* an English legal form after a name ("Honda
                           Motor Co."): the same organisation, no unit */
    CUE_REGION_BEFORE,  /* right before an English name makes it a unit's
                           ("American Honda") */
    CUE_CLAUSE_CLOSE,   /* closes a Japanese clause that tells something
                           else (「…しましたが、」): its date is its own */
    CUE_AS_OF,          /* after a date: the day figures stood at (時点),
                           not a statement's */
    CUE_STATEMENT_OF,   /* after 「<date>の」 and before で: the date is
                           the statement's (8月23日のプレスリリースで) */
    CUE_DATA_NOUN,      /* names data (情報, "information"): an excludes
                           trigger speaks of a leak only in its clause */
    CUE_UPDATE_MARK,    /* after a date in parentheses that closes a
                           paragraph (「(2021年6月14日追加)」): the day the
                           paragraph was added, its news (assemble.c) */
    CUE_WHOLE_AFTER,    /* right after a figure: the whole a part is
                           counted of (「1200万人)のうち」), no count */
    CUE_WHOLE_BEFORE,   /* before a figure in its clause: the same ("one
                           per cent of its 12 million customers") */
    CUE_AT_ONCE,        /* a deed done at once (直ちに, "immediately"):
                           on the day of what came before, not by a
                           notice's own day */
    CUE_FAMILY_WORD,    /* ends a table name of an attacker after the
                           group's own name ("Akira ransomware"): the name
                           without it is an alias of the group */
    CUE_RECALL,         /* the sentence, and the next, recall an earlier
                           incident (「…が想起される」, "This is not the
                           first time"): earlier.c */
    CUE_UNIT_WORD,      /* right after an English name, opens the name of
                           a unit named after it ("NTT Communications") */
    CUE_LEAK_HEDGE,     /* a few characters after a Japanese leak trigger,
                           hedges it as possible where no hedge phrase
                           does (「流出の可能性 顧客165万人分」) */
    CUE_LOCATED,        /* a party a place's name only locates: after
                           「<place>の」 (鳴門市の病院, 大阪府の企業), or
                           English "in <place>" before it is read: the
                           place is where, not who */
    CUE_ASSET,          /* a machine or system an organisation owns, or a
                           part of it, after 「<name>の」 (a few plain nouns
                           between: 「Xのカナダ部門が」) and before が or は
                           (「Xのパソコンがウイルスに感染」): what is
                           attacked is X's */
    CUE_POLICE_ACT,     /* a deed only the police do (捜査, 逮捕): the
                           police's, not the victim's it would otherwise
                           be (trigtype.c) */
    CUE_AFFILIATION,    /* Japanese, between two names (「A系列のB」,
                           「A傘下のB」): A is the group B belongs to,
                           named to place B, no party to what is told of
                           B (read.c) */
    CUE_HELPER,         /* Japanese, right after a name (など or 等
                           between): it helps whoever acts (「警察と連携
                           して」, 「専門会社の協力のもと」), never the
                           subject (read.c) */
    CUE_NOT_SHORT,      /* capitals that a parenthesis after a name holds
                           and that are no short name of it (「…株式会社
                           (PDF)」, (US)): orgjoin.c acronym_short */
    CUE_BACKGROUND,     /* closes a Japanese clause that tells the incident
                           as background (「…が流出した問題で、」): its
                           triggers take no date from outside it (when.c) */
    CUE_LEAD,           /* a connective that may open a Japanese sentence
                           before its date (なお, また): read.c's opening by
                           a date and には */
    CUE_DAY_PART,       /* Japanese, right after a day: the part of it
                           (8日夜、, 8日未明、): still the day a statement
                           is framed by (tense.c) */
    CUE_ELSEWHERE,      /* where leaked data came from when it is not the
                           victim's (「他社のサービスから」, "at other
                           sites"): no leak of the victim (trigs.c) */
    CUE_SUSPECT,        /* who is arrested and how (suspects.c): 容疑者
                           after a person's name, a descriptor or a post
                           (会社員, 元従業員), an arrest word (逮捕,
                           "arrested") or one that clears (不起訴) */
    CUE_DUE,            /* a deadline's words: a request (求め, "ordered")
                           or what it asks for (提出, "report"); with a
                           limit day, an entry of that day (due.c) */
    CUE_ACCESS,    /* names access to systems (不正アクセス, "unauthorized
                      access"): a check of it that found nothing
                      denies a leak; of an attack, it does not */
    CUE_REFERENCE, /* English, right before an attack noun: words that
                      refer back to the incident ("in the breach",
                      "during the attack"): no intrusion of the
                      sentence's day (when.c) */
    CUE_REGION_JA, /* Japanese, right before a unit noun: the region whose
                      unit it names (カナダの子会社), value the region as
                      region_after names it (units.c) */
    CUE_UNIT_NOUN, /* Japanese: a company of a group (子会社, 現地法人)
                      that a region before it names (units.c) */
    CUE_SHORT_ENDING,    /* the short form news writes of a name ending
                            (HD), value the ending in full (ホールディングス):
                            「パナソニックHD」 is the table's パナソニックホール
                            ディングス (orgs.c) */
    CUE_OFFSET,          /* Japanese: a date word that counts from an event told
                            right before it (翌日, 前日, 3日後): 「発覚した翌日に」
                            is the day after the discovery, not its day (tense.c) */
    CUE_ATTACK_NOUN,     /* Japanese: a noun for an attack no trigger word names
                            alone (攻撃): its 発生 is the intrusion's day, not a
                            finding's, as topic or subject (「今回の攻撃は20日
                            に発生した」, not 「…発生した障害」) or qualified
                            (「20日に発生したこの攻撃」) (findings.c) */
    CUE_PLACE_WORD,      /* English: the last word of a place's body's name
                            ("Fukui Prefecture", "Tsuruga City"): after "in",
                            such a body is where, not who (relations.c) */
    CUE_NOT_DESCRIPTION, /* English: a word that opens a clause, a list
                            or a phrase of its own ("that", "and", "of"),
                            never one of the words that describe a
                            source between an informant cue and its name
                            (read.c) */
    CUE_DEFINE_VERB,     /* Japanese: the verb that closes a definition in
                            brackets (「（以下、当グループとします。）」): no part
                            of the short name it defines (orgjoin.c) */
    CUE_WRITER,          /* Japanese: the page's writer as a subject (私が,
                            筆者は): what the clause after it tells up to the
                            next name is the writer's own (「私がこれまで調査
                            してきた事例」), no organisation's event: trigs.c */
    CUE_SOURCE_NOUN,     /* English: what kind of source a name is (website,
                            broadcaster, firm); closing the words between an
                            informant_before cue and a name, it makes them
                            the name's description ("a report by UK-based
                            tech website Kiri News"): read.c */
    CUE_TOOL_VERB,       /* Japanese: a verb of use after an attack and に or
                            で, before a noun (「攻撃に使われたサーバー」): the
                            attack describes a tool, its days are the tool's
                            (tense.c) */
    CUE_KIND_COUNT
} draft_cue_kind;

/* Cue words (data/draft_cues.tsv): word, kind, value. */
typedef struct draft_cues {
    char **word, **value;
    size_t *len; /* strlen(word[i]), never 0 */
    size_t *gap; /* where " * " stands in word[i] (hits.c's gap cues:
                    "took * offline", 「ことが * 分かった」), 0 when it
                    holds none */
    draft_cue_kind *kind;
    size_t n;
    /* The rows of each kind, in the table's order: by_kind[from[k]] up to
     * by_kind[from[k + 1]] are kind k's (draft_cues_of). */
    size_t *by_kind;
    size_t from[CUE_KIND_COUNT + 1];
} draft_cues;

/* The rows of kind k in cu (indices into its arrays, in the table's
 * order) and their number in *count; borrowed from cu. */
const size_t *draft_cues_of(const draft_cues *cu, draft_cue_kind k,
                            size_t *count);

/* Load data/draft_cues.tsv from data_dir (NULL: mt_data_dir()).  A row
 * with an unknown kind is an MT_ERR_INPUT naming the file and line. */
mt_status draft_cues_load(draft_cues *out, const char *data_dir, mt_error *err);
void draft_cues_free(draft_cues *c);

/* What an organisation is, from the alias tables (data/orgs*.tsv, column
 * kind) or from the form its name ends in (data/org_forms.tsv). */
typedef enum draft_org_kind {
    ORG_UNKNOWN = 0,
    ORG_COMPANY,
    ORG_GOVERNMENT,
    ORG_POLICE,
    ORG_CERT,
    ORG_MEDIA,
    ORG_ATTACKER,
    ORG_VENDOR,
    ORG_HOSPITAL,
    ORG_UNIVERSITY,
    ORG_OTHER
} draft_org_kind;

/* One organisation of the alias tables. */
typedef struct draft_orgtab_entry {
    char *name;     /* canonical */
    char **aliases; /* every other name, in the table's order */
    size_t naliases;
    draft_org_kind kind;
    char *sponsor; /* orgs_actors.tsv column "for": the canonical name of
                      the state body a group is held to work for (Tick:
                      中国人民解放軍); NULL when none */
    const char *sponsor_file; /* the table sponsor was read from (a static
                                 name) and its line */
    long sponsor_line;
} draft_orgtab_entry;

/* The alias tables, and the name endings that tell an organisation's
 * kind.  keys is sorted by its folded text for draft_orgtab_find(). */
typedef struct draft_orgtab {
    draft_orgtab_entry *v;
    size_t n;
    struct draft_orgkey {
        char *key;    /* the name folded (NFKC, case folded, no spaces) */
        size_t entry; /* index into v */
    } * keys;
    size_t nkeys;
    struct draft_orgform {
        char *form; /* a name ending: 病院, 県警, University */
        draft_org_kind kind;
    } * forms;
    size_t nforms;
    struct draft_kana {
        char *kana, *romaji; /* data/kana.tsv, longest kana first */
    } * kana;
    size_t nkana;
    /* Spelling variants of katakana words (data/kana_variants.tsv): a
     * variant and the standard spelling it is read as ("" drops it),
     * longest variant first. */
    struct draft_variant {
        char *from, *to;
        size_t from_len, to_len;
    } * variants;
    size_t nvariants;
    /* A seat in parentheses (data/seats.tsv): the last characters of
     * place names (市, 県) and the words that may open it (本社). */
    char **seat_places, **seat_heads;
    size_t nseat_places, nseat_heads;
    /* The English legal forms of data/legal_forms.tsv (script en: Inc.,
     * Ltd., Co., Ltd.), longest first: "Yamaha Canada Music Ltd." and
     * "Yamaha Canada Music" are one organisation. */
    char **en_forms;
    size_t nen_forms;
    /* The Japanese legal forms (script ja or jakey: 株式会社, 医療法人),
     * longest first: dropped from either end when names are compared
     * (株式会社パスコ and パスコ are one organisation). */
    char **ja_forms;
    size_t nja_forms;
    /* The single words of every English legal form and institutional
     * ending (legal_forms.tsv, script en or eninst: "Co.,", "Ltd.",
     * "Hospital") and the Latin words of org_generic.tsv ("Group"):
     * words that say what kind an English name is, not which. */
    char **kind_words;
    size_t nkind_words;
} draft_orgtab;

/* A katakana reading ("ハンダ ビョウイン") as folded romaji, a space
 * between tokens ("handa byoin": long vowels folded, m before b, m, p
 * written n) into out; false when it holds what the table cannot read or
 * does not fit. */
bool draft_romaji(const draft_orgtab *t, const char *reading, char *out,
                  size_t size);

/* a[0..an) and b[0..bn) spell one name: the same bytes once ASCII
 * letters are folded to lower case, each spelling variant of t is read as
 * its standard spelling and a long-vowel mark that ends a katakana word is
 * dropped (ファイナンシャル and フィナンシャル, コンピューター and
 * コンピュータ are one word).  t NULL: case folding alone. */
bool draft_same_spelling(const draft_orgtab *t, const char *a, size_t an,
                         const char *b, size_t bn);
/* name[0..n)'s spelling key (what draft_same_spelling compares) into out,
 * which holds n + 1 bytes at least (a key is never longer than its
 * name); its length. */
size_t draft_spelling_key(const draft_orgtab *t, const char *name, size_t n,
                          char *out);
/* name[0..n)'s spelling key is key[0..klen): draft_same_spelling with one
 * side's key made once (draft_org_find compares one name with many). */
bool draft_key_matches(const draft_orgtab *t, const char *key, size_t klen,
                       const char *name, size_t n);

/* Load every data/orgs*.tsv the extractor loads and data/org_forms.tsv
 * from data_dir (NULL: mt_data_dir()).  A name in a hand-written table
 * wins over orgs_edinet.tsv (loaded last).  Errors: MT_ERR_IO,
 * MT_ERR_INPUT (file and line), MT_ERR_NOMEM. */
mt_status draft_orgtab_load(draft_orgtab *out, const char *data_dir,
                            mt_error *err);
void draft_orgtab_free(draft_orgtab *t);
/* The entry with name or alias name[0..n) (compared folded); NULL. */
const draft_orgtab_entry *draft_orgtab_find(const draft_orgtab *t,
                                            const char *name, size_t n);
/* The kind the name's ending gives (病院: hospital), else ORG_UNKNOWN. */
draft_org_kind draft_orgtab_form_kind(const draft_orgtab *t, const char *name,
                                      size_t n);

typedef struct draft_input {
    const char *incident; /* incident id */
    const char *title;    /* NULL: made from the victims' names */
    const draft_source *sources;
    size_t nsources;
    const draft_incident *others; /* incidents in the store */
    size_t nothers;
    const draft_counts *counts; /* may be NULL */
    const draft_cues *cues;     /* may be NULL: names and spans only */
    const draft_orgtab *orgtab; /* may be NULL: no aliases, no kinds */
} draft_input;

/* One source's text made ready for draft_assemble(): the extractor run
 * over it (MeCab included, the publication date as reference) and its
 * spans cut into sentences.  Opaque; freed with draft_prepared_free(). */
typedef struct draft_prepared draft_prepared;

/* The date a source's yearless dates resolve against (dates.c): its
 * publication date, else the latest date its text writes with a year no
 * later than day number limit (draft_written_limit). */
mt_date draft_source_ref(const draft_source *src, int32_t limit);
/* The latest date src's text writes with a year (an article reports what
 * happened before it; not a fiscal year, 「2025年3月期」), none whose
 * first day lies after day number limit (mt_date_days_from_civil;
 * INT32_MAX: no limit); year 0: none. */
mt_date draft_latest_written(const draft_source *src, int32_t limit);
/* How far past the latest dated source a date an undated page writes may
 * lie and still be the page's own: a year.  Later ones are a related
 * article's link or a plan's ("Launch May Be Delayed After 2026"). */
#define WRITTEN_AHEAD_DAYS 366
/* The day number (mt_date_days_from_civil) an undated source's written
 * dates may reach: WRITTEN_AHEAD_DAYS after the latest publication date
 * of srcs (a day inferred from a text is none); INT32_MAX when none is
 * dated. */
int32_t draft_written_limit(const draft_source *srcs, size_t n);
/* The earliest and latest publication days (mt_date_days_from_civil) of
 * srcs that carry a day of their own (one inferred from a text is none)
 * into *first and *last (last may be NULL); false, and INT32_MAX in
 * both, when none does. */
bool draft_published_span(const draft_source *srcs, size_t n, int32_t *first,
                          int32_t *last);
/* d, the latest date an undated page writes, has no day and ends before
 * day number first (draft_published_span): the span of what it recalls
 * (「2011年11月から21年2月の間に作成されたデータ」 on a page of March
 * 2021), not the page's now.  Such a page is read in the dated pages'
 * days as one that writes no date at all. */
bool draft_before_coverage(const mt_date *d, int32_t first);
/* The year of the middle dated source (the upper middle of an even
 * number): what an undated source that writes no year is read in; 0 when
 * none is dated. */
int draft_middle_year(const draft_source *srcs, size_t n);
/* The middle publication date of the dated sources (the upper middle of
 * an even number; a day inferred from a text is none); year 0 when none
 * is dated. */
mt_date draft_middle_date(const draft_source *srcs, size_t n);
/* Span x of s is a date written in words alone: no figure, month name or
 * year ("yesterday", 昨日, "said Tuesday"). */
bool draft_date_in_words(const draft_sentence *s, const draft_span *x);
/* Span x of s is a date written as a weekday alone ("said Tuesday",
 * 「月曜日に」), no day, month or year with it. */
bool draft_weekday_alone(const draft_sentence *s, const draft_span *x);
/* Span x of s is a day written as a word alone ("yesterday", 昨日,
 * 本日): no figure, month, year or weekday. */
bool draft_day_word(const draft_sentence *s, const draft_span *x);
/* Span x of s is a date written as a day of the month alone (「24日」). */
bool draft_date_day_only(const draft_sentence *s, const draft_span *x);
/* d moved by k months (year carried, day kept: it may not be valid in
 * the new month). */
mt_date draft_month_add(mt_date d, int k);
/* The span's text writes a month in figures and no year (10月31日,
 * "Oct. 31"): its year is the reference's guess. */
bool draft_date_yearless(const draft_sentence *s, const draft_span *x);

/* Prepare text[0..len) in language lang ("ja", "en", NULL: detect) read on
 * ref.  *out is the caller's.  Errors: the extractor's, MT_ERR_NOMEM. */
mt_status draft_prepare(draft_prepared **out, const mt_extractor *ex,
                        const char *text, size_t len, const char *lang,
                        mt_date ref, mt_error *err);
/* A source's text, as draft_prepare reads it. */
typedef struct draft_text {
    const char *text;
    size_t len;
    const char *lang;
} draft_text;

/*
 * Read again the undated sources (ds[i].published year 0) that the first
 * reading left without a reference, so that their relative dates (昨年10
 * 月, 7日) have a year: against the latest date the text writes with a
 * year (draft_source_ref: a byline, a copyright line) when that year is
 * not older than the dated sources' middle one (an older one is a
 * round-up's).  Never against the middle year itself: a guess that would
 * make 昨年 definite and wrong as often as right.  A page that writes no
 * year but opens with the day of its news alone (「任天堂は24日、…と発表
 * した」) is read as of the dated source published on that day of a month
 * nearest the middle publication date, when one is (a day with までに
 * only before a reporting predicate of cues: 「同大が11日までに明らかに
 * した」, not 「17日までに報告するよう命じた」): ds[i].published is
 * set to it and ds[i].inferred.  preps[i] is replaced (freed) and
 * ds[i].sentences point into the new one.  Errors: draft_prepare's.
 */
mt_status draft_reread_undated(const mt_extractor *ex, const draft_cues *cues,
                               const draft_text *texts, draft_prepared **preps,
                               draft_source *ds, size_t n, mt_error *err);
/* The sentences (borrowed; valid while p lives), their number in *n. */
const draft_sentence *draft_prepared_sentences(const draft_prepared *p,
                                               size_t *n);
void draft_prepared_free(draft_prepared *p);

/*
 * Assemble the draft (see draft.h for what it holds).  The dossier is
 * built with the mt_dossier_add_*() functions and is valid: it validates
 * without errors when its stored sources exist.  *out is the caller's.
 */
mt_status draft_assemble(mt_dossier **out, const draft_input *in,
                         mt_error *err);

/*
 * 1 when two dossier dates can name the same time at the coarser of
 * their precisions: 2017-10, "by 2017-10" and 2017 are compatible;
 * 2016-04 and 2016-08 are not.  Fiscal years compare by their spans.
 */
int draft_dates_compatible(const mt_dossier_date *a, const mt_dossier_date *b);

/* The dossier modifier bits for an extractor's mod name (0 if none). */
unsigned draft_mods(const char *mod);

#endif
