/*
 * The draft's stages and the state they share (not public).
 *
 * draft_assemble() (assemble.c) reads the sources in footnote order and
 * each source sentence by sentence.  Per sentence, hits.c finds the cue
 * words, read.c the organisations named or referred to and the dates,
 * relations.c how those names stand to each other, trigs.c the event
 * triggers (a parts); trigtype.c settles each trigger's event type
 * and organisation, when.c the date that governs it, and events.c stores the
 * entry; claims.c collects the claims.  After the last source conflicts.c
 * compares what the sources said, and assemble.c writes the dossier.
 * When a source without a publication date dates an announcement of its
 * own, all of this runs a second time with the source read as of that
 * day (assemble.c: infer_days).
 * orgs.c keeps the organisation table every stage reads (orgjoin.c
 * decides which names are one organisation), dates.c the date helpers,
 * util.c the small helpers.
 *
 * Every function here records an allocation failure in ctx.st (through
 * draft_oom) and returns; callers check ctx.st between steps.
 */
#ifndef MT_DRAFT_STAGE_H
#define MT_DRAFT_STAGE_H

#include "draft/draft_internal.h"

#include <stdbool.h>
#include <stdint.h>

/* Longest statement text taken from a sentence, in bytes. */
#define TEXT_MAX 180

/* A growable array of n elements (draft_vec_push). */
typedef struct vec {
    void *v;
    size_t n;
} vec;

/* What the text said an organisation did (orgs.c decides the role). */
enum {
    ROLE_HINT_AUTHORITY = 1, /* published an authority statement, or an
                                authority's check or statement */
    ROLE_HINT_VICTIM = 2,    /* official publisher, or the subject of an
                                intrusion, detection, leak, containment or
                                recovery */
    ROLE_HINT_ATTACKER = 4   /* named by an actor phrase or a claim */
};

/* An organisation of the draft.  Written by orgs.c (draft_org_get) when
 * read.c meets a name; hints and linked by read.c, events.c and
 * claims.c; sources by assemble.c. */
typedef struct org {
    char *name;          /* canonical: the alias table's, else the name
                            without its legal form */
    vec aliases;         /* char *: every other name, known or seen */
    unsigned hints;      /* ROLE_HINT_* */
    bool official;       /* publisher of an official statement */
    size_t first;        /* order of first sight */
    draft_org_kind kind; /* from the table or the name's ending */
    bool regulator;      /* a ministry, agency, commission or the police:
                            a body that oversees (the kind government also
                            holds agencies, cities and JAXA, which an
                            intrusion can hit) */
    int nsources;        /* how many sources name it */
    int last_source;     /* the footnote number that last named it */
    bool linked;         /* named in a sentence with a link cue (子会社,
                            委託先): a party to the incident, never set
                            aside as an earlier one by how few sources
                            name it (earlier.c); what a recall cue marks
                            as recalled is set aside all the same */
    int also, plain;     /* named mentions with も or でも after the name
                            (「ダイセルも…を発表しました」: another case a
                            round-up lines up) and without (earlier.c) */
    int lined;           /* named mentions as the subject of a sentence
                            opened by a date and には (「7月5日にはヒバリ
                            学園が被害を公表」: a case lined up by its day,
                            when a victim's); counted in neither of those */
    char *romaji;        /* a Japanese name's reading as folded romaji,
                            tokens space-separated (draft_romaji), or
                            NULL */
    long merged_into;    /* -1, or the organisation this one turned out
                            to be (draft_orgs_join_by_events): no event or
                            claim refers to it any more */
    vec distinct;        /* long: organisations a sentence lists beside it
                            (「AおよびB」, "A, B and C"): never the same
                            one, whatever events they share */
    bool unnamed;        /* the incident's attacker as sources describe
                            it without a name (draft_unnamed_attacker) */
    bool suspect;        /* a person the police name (「…容疑者」,
                            suspects.c): an attacker, attributed the
                            incident on the day of the arrest */
    long unit_of;        /* -1, or the organisation this one is the
                            regional unit of ("Panasonic Canada", 「カナダの
                            子会社」: units.c) */
    const char *region;  /* that unit's region as data/draft_cues.tsv
                            names it (borrowed from the rules), or NULL */
    bool described;      /* a unit the sources only describe (カナダの子
                            会社), never name: its group's at the end
                            (draft_orgs_fold_units) */
    bool self_told;      /* an outlet, ministry or agency that announced
                            an attack on itself (「日本経済新聞社は4日、…
                            不正アクセスを受けたと発表した」, outlets.c): no
                            longer media nor an overseer, a party like any
                            company */
    bool ministry;       /* a regulator by its name's ending
                            (data/draft_cues.tsv overseer end: 省, 庁,
                            Ministry, Agency, and the police's endings,
                            whose kind police oversees all the same), not
                            a committee's */
} org;

/* A timeline entry being built.  events.c adds and merges them;
 * conflicts.c may drop one; assemble.c writes the kept ones. */
typedef struct event {
    mt_dossier_date date;
    long org;
    mt_event_type type;
    char *text;
    mt_cites cites;
    bool dropped;
    bool floating; /* dated by its source's publication date alone (an
                      undated statement): draft_settle_events() may join
                      it to the statement it reports */
    bool earlier;  /* another, earlier incident a round-up recalls
                      (earlier.c); also dropped */
    bool named;    /* a sentence it comes from names its organisation (not
                      only the passage's topic standing for it) */
    bool recalled; /* every sentence it comes from recalls an earlier
                      incident (a recall cue there or in the sentence
                      before): earlier.c */
} event;

/* A source's word that the attacker's claim or demand is not there
 * (「犯行声明は出ていない」, "no ransom has been demanded so far",
 * "the identity of the attackers is not known"): events.c
 * keeps them, conflicts.c sets them against the claims and demands the
 * other sources report. */
typedef struct denial {
    bool demand; /* of a demand; else of a claim (who the attacker is) */
    int source;  /* the footnote number of the source that says it */
    mt_date day; /* the day it speaks of: its publication date, else the
                    day the reader dated the undated source by (year 0:
                    none) */
} denial;

/* A claim being built (claims.c); invariant: has_q implies unit. */
typedef struct claim {
    long org;
    mt_claim_category category;
    mt_hedge hedge;
    mt_event_type key; /* the trigger's type; MT_EVENT_OTHER for quantity */
    int has_q;
    int64_t value;
    int approx;
    bool scaled; /* value turned into a base unit from the written one
                    (2.62 GB: ~2620 MB, approx): a measure, not a count */
    bool top;    /* the largest figure for its counted thing in one of
                    its sources (count_conflicts sets it before use) */
    bool at_least; /* the figure is a floor: 「1テラバイトを超える」, "at
                      least 2.5 GB" (the quantity's mod at_least or
                      more_than) */
    char *unit, *counts;
    bool leak;          /* says whether data left (any hedge) */
    bool scoped;        /* of one kind of data only (card data): no
                           account of the leak as a whole */
    bool earlier;       /* told as the state at an earlier time (「当時は
                           漏洩を確認していない」): superseded, no
                           disagreement with a later account */
    bool fragment;      /* told in a headline or caption
                           (draft_full_sentence false), which drops
                           hedges: 「情報流出の可能性 顧客165万人分」 */
    const char *detail; /* key of a detail cue (borrowed), or NULL */
    char *text;
    mt_cites cites;
} claim;

/* A disagreement between sources (conflicts.c); values[i] is cited by
 * cites[i]. */
typedef struct conflict {
    long org;
    char *about;
    vec values; /* char * */
    vec cites;  /* mt_cites */
} conflict;

/* The whole draft's state.  st is the first failure; every stage stops
 * adding once it is set. */
typedef struct ctx {
    const draft_input *in;
    mt_status st;
    mt_error *err;
    vec orgs;                            /* org */
    vec events;                          /* event */
    vec claims;                          /* claim */
    vec conflicts;                       /* conflict */
    vec denials;                         /* denial */
    const draft_source *const *numbered; /* numbered[n - 1]: the source
                                            cited as n */
    size_t nnumbered;
    unsigned long names; /* bumped whenever an organisation is added or
                            its names change (orgs.c) */
    vec openers;         /* opener: names.c's cache of the first words of
                            English names, valid while names is openers_at */
    unsigned long openers_at;
    bool openers_ok;
    long *pub_org; /* orgs.c: the organisation each source's publisher
                      names (-1 none), valid while names is pub_org_at */
    unsigned long pub_org_at;
    bool pub_org_ok;
    struct draft_src_day *src_day; /* conflicts.c: each numbered
                                      source's publication day */
    size_t *pos_next; /* hits.c's cue search: the next position of a
                         sentence with the same two opening bytes */
    size_t pos_cap;   /* entries pos_next holds */
} ctx;

/* Pseudo event types for cue words (see data/draft_cues.tsv): traces of
 * an intrusion, a check, a hearsay predicate (という, said) that frames
 * what it reports and is no event itself, a verb that keeps data out of
 * a leak when negated (含まれない, "not affected"; events.c), a misuse of
 * the data that tells only when negated (不正利用は確認されていない: the
 * leak denied as far as harm goes). */
enum {
    TRIG_TRACES = 100,
    TRIG_CONFIRM = 101,
    TRIG_HEARSAY = 102,
    TRIG_EXCLUDES = 103,
    TRIG_MISUSE = 104
};

/* What an event cue's value says beyond its type. */
enum {
    CUE_TRIG_POSTPONE = 1, /* "postpone": puts something off */
    CUE_TRIG_DEMAND = 2,   /* "demand": an attacker's threat or demand */
    CUE_TRIG_RESULT = 4,   /* "result": an investigation's result, told
                              as of the statement that tells it */
    CUE_TRIG_INFORMS = 8,  /* "informs": those affected told or helped
                              (個別に連絡, "notified affected customers"):
                              type other, as of the statement */
    CUE_TRIG_TOLD = 16,    /* "told": a report received (報告を受け), a
                              detection unless an authority was told */
    CUE_TRIG_OCCURS = 32,  /* "occurs": something happened (発生), a
                              detection unless it tells that an intrusion
                              named right before it happened */
    CUE_TRIG_AVOWS = 64    /* "avows": a check that is also a word to the
                              public ("confirmed"): as "confirm", and the
                              statement of the company that confirms its
                              own incident (trigtype.c) */
};

/* The trigger type the value of an event cue makes (rules.c): an event
 * type, TRIG_TRACES ("traces"), TRIG_CONFIRM ("confirm"),
 * TRIG_EXCLUDES ("excludes") or TRIG_MISUSE ("misuse"); "postpone"
 * and "demand" are MT_EVENT_OTHER, "result" MT_EVENT_INVESTIGATION, with
 * that CUE_TRIG_* bit in *flags.
 * -1 for a value no trigger takes (draft_cues_load refuses the row). */
int draft_event_cue_trigger(const char *value, unsigned *flags);

/* A cue word found in a sentence (hits.c). */
typedef struct hit {
    size_t pos, end; /* the bytes it matched; for a Japanese gap cue
                        (「ことが * 分かった」) its tail alone, the day
                        the gap stands for left before it */
    draft_cue_kind kind;
    const char *value; /* borrowed from the cue table */
    size_t cue;        /* its row in the cue table: hits of one position
                          are ordered by it */
} hit;

/* An organisation named, or referred to, in a sentence (read.c). */
typedef struct mention {
    size_t pos, end;
    long org;
    bool named;     /* by name, not by an anaphor */
    bool subject;   /* followed by a subject particle (Japanese) */
    bool topical;   /* that particle is は or も: the main predicate's */
    bool object;    /* followed by an object particle (に, を, から) */
    bool informant; /* where the news came from (によると, according to),
                       never the subject of what the sentence reports */
    bool modifier; /* places another name (徳島県[の]つるぎ町立半田病院):
                      never the subject */
    long partner;    /* 「AおよびBは」: on A, B's organisation (what is
                        A's is B's too); else -1 */
    bool addressee;  /* followed by に (not によ): whom something is told
                        (「金融庁に報告した」) */
    bool affiliated; /* placed by the group named right before it
                        (「A系列のB」, read.c): as the subject, B is whom
                        同社 stands for next though a link word comes
                        right before it (assemble.c) */
} mention;

/* A trigger: an extractor event span, an event cue or a reporting
 * predicate (read.c).  No two triggers of a sentence overlap. */
typedef struct trig {
    size_t pos, end;
    int type;      /* mt_event_type or TRIG_* */
    bool report;   /* a reporting predicate (発表した, said) */
    bool negated;  /* a negation governs it (検知できなかった) */
    bool plan;     /* a plan, not an event yet (再開を目指す) */
    bool postpone; /* an event of type other that puts something off (決算
                      発表を延期): the dates of what it puts off are not
                      its own (when.c) */
    bool demand;   /* an event of type other that is an attacker's threat
                      or demand (脅迫, "demanded"): the attacker's */
    bool result;   /* an investigation's result (調査結果): dated as the
                      statement that tells it (when.c) */
    bool informs;  /* those affected told (個別に連絡): type other, dated
                      as the statement that tells it (when.c) */
    bool object;   /* a hearsay predicate that may take an event noun for
                      object (report cue value object: "reported a data
                      breach"; when.c) */
    bool press;    /* a hearsay predicate of the press (report cue value
                      press, "reported that", or object, "reported a
                      breach"): said by an outlet named right before it,
                      that outlet's report (trigtype.c) */
    bool news;     /* a hearsay predicate that tells the day's news (report
                      cue value news: 「…ことが分かった」): the states it
                      tells are of the source's day, its deeds done by
                      then, never an earlier statement (when.c) */
    bool gap;      /* matched by a gap cue ("data * accessed"): a negation
                      among the words its gap stands for governs it
                      ("data was not accessed"; trigs.c) */
    bool told;     /* a report received (報告を受け): the detection of the
                      one told, or, told to an authority, the teller's
                      notification (trigtype.c) */
    bool occurs;   /* an occurrence (発生): of the intrusion named right
                      before it when there is one, else a detection
                      (trigtype.c) */
    bool avows;    /* a confirmation ("confirmed"): of a company's own
                      incident, its statement (trigtype.c) */
    size_t neg_before; /* English: the end of the negation before it that
                          negates it ("no ransom was demanded"), at most
                          pos; 0 when none did (trigs.c) */
    bool neg_no;       /* English: negated by "no" before it, which denies
                             what it governs ("no unauthorized access"); a
                             "not", "failed to" or "without" there may belong
                             to another verb ("did not detect ... until June";
                             trigs.c) */
} trig;

/* A usable date of a sentence (read.c): its span and the date with its
 * year made right (dates.c). */
typedef struct sdate {
    size_t pos, end;
    mt_dossier_date date;
    bool yearless; /* draft_date_yearless: its year a guess */
    bool deadline; /* a limit, not a day something happened: 「5月1日まで
                      に支払え」 */
    bool day_only; /* written as a day alone (「14日」): its month a guess
                      (draft_date_day_only) */
} sdate;

/* Reading state of one source, sentence after sentence. */
typedef struct reader {
    const draft_source *src;
    long pub;        /* publisher of an official/authority source, or -1 */
    long topic;      /* the organisation the passage is about, or -1 */
    bool topic_lead; /* topic is still the victim the sources read before
                        name most (two at least), the source's topic until
                        a subject it names takes over (a page whose excerpt
                        begins past the name): weaker than any name of the
                        sentence (draft_subject_at) */
    long authority;  /* the authority named last, or -1 */
    long recent[4];  /* the last companies named, latest first */
    int n;           /* the source's footnote number */
    bool ja;
    /* The last date written with digits, as the extractor read it and as
     * resolve() gave it (last_fix.year 0: none yet). */
    mt_date last_raw, last_fix;
    bool outdated;             /* the source wrote a full date after its own
                                  publication date: a page updated since, whose date
                                  bounds nothing */
    mt_date ref;               /* draft_source_ref(src) */
    mt_date para_day;          /* the day the paragraph being read was
                                  added to its page (「(2021年6月14日追加)」
                                  closing it): its news, in place of the
                                  page's date; year 0 when none */
    bool nearest;              /* ref is the sources' middle date, not this
                                  one's: a yearless date is the one nearest
                                  it (an undated page's 「December 22」 in
                                  sources of Dec 2023 to Mar 2024) */
    bool looks_back;           /* a blog that retells the story long
                                  after it (assemble.c looks_back): its
                                  own day is none of what it tells */
    mt_dossier_date narrative; /* the date of the previous sentence's last
                                  event when dated to the day (「同日…発見
                                  した。…停止した。」: the next action
                                  follows it), else year 0 */
    long narrative_org;        /* whose event dated narrative, -1 when
                                  none was (a date opening a sentence) */
    mt_dossier_date last;      /* this sentence's, so far */
    long last_org;             /* and whose, or -1 */
    mt_dossier_date frame;     /* the date of the source's last dated statement
                                  (「Xは7日、…と発表した」): what the sentences
                                  after it report without a date of their
                                  own happened then; year 0 when none */
    long last_kind[ORG_OTHER + 1]; /* the last organisation of each kind
                                      named (a company also under
                                      ORG_UNKNOWN's slot), or -1 */
    mt_dossier_date outlet_day;    /* the day of the source's last outlet
                                      report dated in its own sentence
                                      (「Xは16日、…と報じた」), year 0
                                      when none */
    long outlet;                   /* whose, or -1: a later 「Xによると」
                                      with no date relays that report */
    mt_dossier_date claim_day;     /* the day of the source's last dated
                                      attacker's claim, year 0 when none */
    long claimant;                 /* whose, or -1 */
    long prefecture;               /* the last place the source named whose
                                      police the alias table knows (徳島県:
                                      徳島県警), or -1: whose 「県警」 */
    bool recall;                   /* this sentence recalls an earlier
                                      incident (a recall cue in it or in
                                      the sentence before) */
    bool recall_next;              /* the next one does */
    long lede_unit;                /* the regional unit an English source
                                      opens with ("Canon USA Attacked by
                                      Ransomware"), or -1: its group's
                                      bare name stands for it after the
                                      sentence that named it (units.c) */
    bool lede_done;                /* what the source opens with is known */
    size_t nread;                  /* sentences read so far */
} reader;

/* The parts of one sentence the rules look at (read.c fills them). */
typedef struct parts {
    const draft_sentence *s;
    vec hits;     /* hit, by pos */
    vec mentions; /* mention, by pos */
    vec trigs;    /* trig, by pos */
    vec dates;    /* sdate, by pos */
} parts;

/* ---- util.c ---- */

/* A zeroed new element at the end of a; NULL when out of memory. */
void *draft_vec_push(vec *a, size_t elem);
bool draft_cites_has(const mt_cites *c, int n);
/* Add n keeping the list sorted and without duplicates. */
mt_status draft_cites_put(mt_cites *c, int n);
mt_status draft_cites_merge(mt_cites *to, const mt_cites *from);
bool draft_cites_disjoint(const mt_cites *a, const mt_cites *b);
void draft_cites_free(mt_cites *c);
/* a[0..n) equals the string b, ASCII letters in any case. */
bool draft_ascii_ieq(const char *a, size_t n, const char *b);
/* The cue of kind whose word is w[0..n) (ASCII case folded when fold):
 * its value, borrowed from the rules; NULL when there is none. */
const char *draft_cue_value(const ctx *c, draft_cue_kind kind, const char *w,
                            size_t n, bool fold);
/* The sentence holds names and spaces only ("Sony Sony" over a headline:
 * a site's or a section's masthead). */
bool draft_names_only(const parts *p);
/* The length of the first cue of kind (in the rules' order) whose word
 * opens t[0..n) byte for byte; 0 when none does. */
size_t draft_cue_prefix(const ctx *c, draft_cue_kind kind, const char *t,
                        size_t n);
/* The same with b's length known (bn bytes). */
bool draft_ascii_ieqn(const char *a, size_t n, const char *b, size_t bn);
bool draft_ascii_alnum(unsigned char ch);
/* English: s[0..n), the words after a comma, opens an apposition that
 * describes the name before the comma (" a Japanese automaker", " the
 * parent"). */
bool draft_apposition_opens(const char *s, size_t n);
/* The literal lit stands at t[i] (inside t[0..n); i may lie past n). */
bool draft_at(const char *t, size_t n, size_t i, const char *lit);
/* The code point of the UTF-8 character at s[i] (s of n bytes) when it
 * is a three-byte one (kana, kanji, CJK marks), else 0. */
unsigned draft_cp3(const char *s, size_t n, size_t i);
/* Katakana (ァ to ー, ・ included), hiragana (ぁ to ゖ) and kanji code
 * points. */
bool draft_katakana(unsigned cp);
bool draft_hiragana(unsigned cp);
bool draft_kanji(unsigned cp);
/* Bytes [i, i + n) of s (len bytes) stand as a word of their own: no
 * ASCII letter or digit right before or right after them. */
bool draft_own_word(const char *s, size_t len, size_t i, size_t n);
bool draft_has_sub(const char *s, size_t n, const char *lit);
bool draft_same_str(const char *a, const char *b);
/* A one-line statement of at most TEXT_MAX bytes from s[0..n); NULL when
 * out of memory.  The caller frees it. */
char *draft_statement(const char *s, size_t n);
/* Record an allocation failure in c->st (the first status stays). */
void draft_oom(ctx *c);
/* s is an English headline: four words or more, three in four of them
 * capitalised, no full stop at the end ("Lockbit Ransomware Gang Say
 * Japan Hospital Paid $30K Ransom").  Capitals there mark no names, so a
 * run of them ending in "Hospital" names nothing the tables do not know. */
bool draft_title_case(const draft_sentence *s);

/* s ends as a sentence does (。！？ or their ASCII forms, closing quotes
 * or brackets after them, as src/extract/sentence.c ends one):
 * not a headline, a caption or a line of a list (「東映アニメが被害に 詳細は
 * 調査中」, 「◆金融庁が報告命令」), which drop hedges and verbs. */
bool draft_full_sentence(const draft_sentence *s);

/* ---- orgs.c ---- */

org *draft_org_at(ctx *c, long i);
/* The organisation with name or alias name[0..n), compared as
 * draft_same_spelling() reads them (ASCII case, a loanword's spelling
 * variants); -1 when none. */
long draft_org_find(ctx *c, const char *name, size_t n);
/* The one organisation a name or alias of which opens with the words
 * w[0..n) ("Casio" of "Casio Computer"); -1 when none or several. */
long draft_org_opening(ctx *c, const char *w, size_t n);
/* The organisation called name (canonical), created when new; surface is
 * the text as written, kept as an alias when it differs.  -1 on failure
 * or an unusable name. */
long draft_org_get(ctx *c, const char *name, const char *surface,
                   size_t surface_len);
bool draft_is_authority(ctx *c, long oi);
/* The alias table's name of the police of place oi (徳島県: 徳島県警),
 * or NULL when it has none (borrowed from the table). */
const char *draft_police_of(ctx *c, long oi);
/* The police no source names by name (警察); -1 when out of memory. */
long draft_the_police(ctx *c);
/* An authority, the police, or a body that oversees by its name
 * (regulator) unless it announced an attack on itself (self_told). */
bool draft_oversees(ctx *c, long oi);
/* An attacker: by its kind, or named as one (a claim, "calling itself"). */
bool draft_is_attacker(ctx *c, long oi);
/* The organisation's kind is one of those (table or name ending). */
bool draft_is_kind(ctx *c, long oi, draft_org_kind k);
/* Type is what happens to a victim: an intrusion, its detection or a
 * possible leak (util.c). */
bool draft_attack_type(int type);
/* A news outlet: its kind, or the publisher of a media source. */
bool draft_is_media(ctx *c, long oi);
mt_org_role draft_role_of(const org *o);

/* Add s[0..n) as an alias of organisation i unless another organisation
 * has that name or another spelling of it (the invariant), i has it as
 * written, or the format cannot carry it (another spelling of i's own
 * name is kept: the dossier lists both). */
void draft_org_add_alias(ctx *c, long i, const char *s, size_t n);

/* ---- orgjoin.c ---- */

/* Every organisation the sources name, before their sentences are read,
 * with shorter forms joined to the longer names they stand for (半田病院
 * to つるぎ町立半田病院, "Kojima" to "Kojima Industries"). */
void draft_orgs_collect(ctx *c, const draft_source *const *srcs, size_t n);
/* After the sentences: an English name the tables do not know that
 * shares two dated events (type and day) with one Japanese organisation
 * of its kind, or one when both names say the same kind, is that
 * organisation ("Hokuryo University", 北陵大学); its
 * events and claims move there and entries that became one merge. */
void draft_orgs_join_by_events(ctx *c);
/* The attacker a source describes without naming it (「ハッカー集団」,
 * "the gang" before any name): one placeholder organisation for the
 * incident, created on first use; -1 on failure. */
long draft_unnamed_attacker(ctx *c);
/* After the sentences: when the sources name exactly one attacker with
 * dated events, the placeholder's events and claims are that attacker's
 * (the description and the name are one group); else it stays apart. */
void draft_orgs_name_attacker(ctx *c);
/* Organisations a and b are listed side by side in a sentence: never
 * joined as one. */
void draft_orgs_listed_apart(ctx *c, long a, long b);

/* ---- dates.c ---- */

/* Finer precision first: 3 day, 2 month, 1 year. */
int draft_precision(const mt_date *d);
/* The date of span x of sentence s, its year made right (see dates.c);
 * chained: a date with its month came before it in the sentence. */
mt_date draft_fixed_date(reader *r, const draft_sentence *s,
                         const draft_span *x, bool chained);
/* draft_source_ref and draft_middle_year (dates.c): draft_internal.h. */
/* The span's text writes a month. */
bool draft_date_has_month(const draft_sentence *s, const draft_span *x);
/* The span's text writes a year in figures (2024年, "June 8, 2024"). */
bool draft_date_writes_year(const draft_sentence *s, const draft_span *x);
/* a and b are the same day (a written to the day; modifiers aside). */
bool draft_same_day(const mt_dossier_date *a, const mt_dossier_date *b);

/* ---- hits.c ---- */

/* Find the cue hits of sentence p->s into p->hits (ordered by position,
 * then by the cue's row in the table). */
void draft_find_hits(ctx *c, parts *p);

/* ---- read.c ---- */

/* Fill p (cue hits, mentions, triggers, dates) for the sentence p->s. */
void draft_read_parts(ctx *c, reader *r, parts *p);
/* The date of p that starts at byte at or at most reach bytes after it
 * (a space, a particle, 「に」: "on Monday" after its object); NULL when
 * none does. */
const sdate *draft_date_after(const parts *p, size_t at, size_t reach);
void draft_parts_free(parts *p);
/* The first cue of that kind starting at pos (borrowed from p), or
 * NULL. */
const hit *draft_hit_starting(const parts *p, size_t pos, draft_cue_kind kind);
/* A cue of that kind starting at pos. */
bool draft_hit_at(const parts *p, size_t pos, draft_cue_kind kind);
/* A cue of that kind starting at a byte of [lo, hi] (inclusive: lo == hi
 * is draft_hit_at; 0 and SIZE_MAX, anywhere in the sentence). */
bool draft_hit_in(const parts *p, draft_cue_kind kind, size_t lo, size_t hi);
/* A hit of kind overlaps bytes [pos, end). */
bool draft_hit_over(const parts *p, draft_cue_kind kind, size_t pos,
                    size_t end);
/* A trigger of the sentence starts in bytes [from, to). */
bool draft_trig_starts_in(const parts *p, size_t from, size_t to);
/* A link cue ends right before byte pos, or before の or である that end
 * there (「子会社X」「子会社のX」「子会社であるX」): the name at pos is a
 * party the link brings in (a unit, a contractor). */
bool draft_after_link(const parts *p, size_t pos);
/* Byte pos of sentence s lies inside a parenthesis (北陵大学（富山県
 * [高岡市]）) (read.c). */
bool draft_in_paren(const draft_sentence *s, size_t pos);
/* Byte pos of sentence s lies inside a Japanese quotation (「…」), where
 * 私 is whoever speaks (read.c). */
bool draft_in_quote(const draft_sentence *s, size_t pos);
/* Modifiers, affiliations, helpers and coordination among the mentions
 * of sentence p, once they are all found (relations.c). */
void draft_mention_relations(ctx *c, parts *p, bool ja);
/* Past a parenthesis right after byte end (北陵大学（富山県高岡市）は,
 * 6日(米国時間)、): where the particle or mark after it stands; end
 * itself when none follows or it does not close within 90 bytes. */
size_t draft_after_paren(const draft_sentence *s, size_t end);
/* Who a statement at byte pos of the sentence is about; -1 nobody. */
long draft_subject_at(ctx *c, const reader *r, const parts *p, size_t pos);
/* Whose statement a reporting predicate at pos is: in Japanese the first
 * name marked は or も before it, else draft_subject_at() (the passage's
 * topic instead when that is an authority marked が inside a clause こと
 * closes: 「警察当局が捜査を始めていることも明らかにした」). */
long draft_report_subject(ctx *c, const reader *r, const parts *p, size_t pos);
void draft_note_recent(reader *r, long oi);
/* A mention of organisation oi (-1: none) at bytes pos..end, named or by
 * an anaphor; its particles and role in the sentence are read here. */
void draft_add_mention(ctx *c, parts *p, size_t pos, size_t end, long oi,
                       bool named);

/* Name s[0..n) ends in a place name's last character (data/seats.tsv
 * place words of t: 東京都, 富山県, 高岡市); false when t is NULL. */
bool draft_place_ending(const draft_orgtab *t, const char *s, size_t n);
/* Span [a, b) of s is a place in a parenthesis that says where a
 * company is (イセトー(京都市), （本社・兵庫県尼崎市）; the words of
 * t's data/seats.tsv, none when t is NULL): no party. */
bool draft_seat_place(const draft_orgtab *t, const draft_sentence *s, size_t a,
                      size_t b);

/* ---- names.c ---- */

/* Mentions of name w (organisation o) where no mention covers it. */
void draft_mention_name(ctx *c, parts *p, const char *w, long o);
/* An English sentence's run of the words of o's Japanese reading. */
void draft_mention_romaji(ctx *c, parts *p, long o);
/* The consonant skeleton of a name, spelt in English (en, lower case) or
 * in folded romaji, the way katakana takes an English word in:
 * "business" and bijinesu are BSNS, "solutions" and soryushonzu SRSNS,
 * "precision" and pureshijon PRSN.  Vowels, w and y go; s, z, j, sh and
 * "tion" are one sound, l is r, v is b, c is k or (before e, i, y) s, an
 * English r after a vowel and before a consonant goes ("marketing",
 * maketingu); a sound doubled (っ, "ss") counts once.  Digits stay.  The
 * skeleton's length, 0 when it does not fit in out (orgjoin.c). */
size_t draft_loan_key(const char *in, bool en, char *out, size_t size);
/* Japanese sentences write English names of the incident in katakana
 * ("Trend Micro", トレンドマイクロ): a run of four katakana or more whose
 * reading has the skeleton of an organisation's Latin name or alias, six
 * sounds or more, is a mention of it. */
void draft_mention_loans(ctx *c, parts *p);
/* Japanese: a Latin name right before 社 (「米Codecov社」) is a mention
 * of that organisation, known or not (names.c). */
void draft_mention_sha(ctx *c, parts *p);
/* The first word of a company's English name, where it opens no other
 * organisation's name and is no ordinary opening word (not_opener cues). */
void draft_mention_openers(ctx *c, parts *p);
/* ---- outlets.c ---- */

/* Mark the outlets of sentence p that tell of an attack on themselves
 * (self_told): they are parties, not reporters. */
void draft_self_told(ctx *c, const reader *r, const parts *p);

/* The capitalised words after head noun h (name_after cue). */
void draft_name_after(ctx *c, parts *p, const hit *h);
/* The capitalised words that open an English sentence right before what
 * happens to an organisation (subject_before cue h). */
void draft_subject_before(ctx *c, parts *p, const hit *h);
/* The name an actor_name cue h gives: the capitalised words after an
 * English one ("calling itself Black Bear"), the quoted or Latin and
 * katakana name before a Japanese one (「X」を名乗る, Xと名乗る); an
 * attacker either way. */
void draft_actor_name(ctx *c, parts *p, const hit *h);
/* Attacker oi is named in p's sentence by the name it gives itself (an
 * actor_name cue: "a group that calls itself X", 「Xを名乗るグループ」). */
bool draft_self_named(const parts *p, long oi);
/* Mentions a place word follows go; those a region follows become that
 * region's unit. */
void draft_places_and_units(ctx *c, parts *p);

/* ---- units.c ---- */

/* The unit of organisation group in region, -1 when the draft has none:
 * the first one; or (named_one) the one unit some source names, -1 when
 * several are. */
long draft_unit_in(ctx *c, long group, const char *region, bool named_one);

/* Word w[0..n) of an English name says what kind the name is, not which
 * (draft_orgtab kind_words, or an English ending of org_forms.tsv); its
 * kind into *kind when it says one (orgjoin.c). */
bool draft_kind_word(const draft_orgtab *tab, const char *w, size_t n,
                     draft_org_kind *kind);

/* English: the unit the source's lede names becomes r->lede_unit, and a
 * bare mention of its group in a later sentence is the unit. */
void draft_lede_unit(ctx *c, reader *r, parts *p);

/* The organisation oi turned out to be (merged_into followed), oi when
 * it is no other; -1 for -1. */
long draft_org_resolved(ctx *c, long oi);

/* Organisation unit is group's unit in region (borrowed; the rules own
 * it), unless it already is another's. */
void draft_unit_mark(ctx *c, long unit, long group, const char *region);
/* Japanese: each unit a region and a unit noun describe (カナダの子会社)
 * becomes a mention of that unit, one organisation per group and region
 * however the sources name it. */
void draft_region_units(ctx *c, const reader *r, parts *p);
/* Units in one region whose English names have one core ("Panasonic
 * Canada", "Panasonic Corporation of Canada") become one; then a unit
 * only described (「カナダの子会社」) becomes the one named unit of its
 * group in its region, else its group again, with its events and claims:
 * a party the sources cannot name is not told apart from the group that
 * speaks for it. */
void draft_orgs_fold_units(ctx *c);

/* ---- clause.c ---- */

/* The hedge that governs a statement at byte pos. */
mt_hedge draft_hedge_near(const draft_sentence *s, size_t pos, bool ja);
/* The same for a trigger at pos, in Japanese only within the clauses a
 * clause_close cue does not cut off (「流出もあったが、カード情報は含ま
 * れていなかった」: the denial is the card data's, not the leak's). */
mt_hedge draft_hedge_of(const parts *p, size_t pos, bool ja);
/* The same, only a hedge of the clause (between clause marks) holding
 * pos: a figure's certainty is its own clause's (「1万6406人分の流出を
 * 確認し、約39万件が流出した可能性」: the first is confirmed). */
mt_hedge draft_hedge_in_clause(const draft_sentence *s, size_t pos, bool ja);
size_t draft_clause_start(const draft_sentence *s, size_t at);
size_t draft_clause_end(const draft_sentence *s, size_t at);
/* The trigger at bytes pos..end of sentence p is what a question asks
 * (「流出があったかどうか」, 「漏えいの有無」, 「被害がないか調べている」,
 * "whether data was stolen", "... is under investigation"): no account
 * of a leak either way.  The words are the question cues of
 * data/draft_cues.tsv, found with the sentence's other cues (read.c). */
bool draft_open_question(const parts *p, size_t pos, size_t end);

/* How far a question cue's value reaches: DRAFT_QUESTION_BEFORE (in the
 * trigger's clause before it), DRAFT_QUESTION_CLAUSE (in its clause after
 * it), else N (1..200: within N bytes after it); 0 for a value that is
 * none of these (the loader refuses the row). */
enum { DRAFT_QUESTION_BEFORE = 1000, DRAFT_QUESTION_CLAUSE = 1001 };
size_t draft_question_reach(const char *value);
/* The statement for bytes a..b: the clauses holding them (caller frees;
 * NULL when out of memory). */
char *draft_clause_text(const draft_sentence *s, size_t a, size_t b);

/* ---- when.c ---- */

/* What an organisation does about an attack (tense.c): cut it off,
 * report it, investigate it.  Told without a day, such a deed was done
 * by the source's day. */
bool draft_deed_type(int type);
/* The source's own date as a dossier date (the day of the paragraph's
 * update when it has one); false when it has none, or when the source
 * looks back on the story (its day is none of what it tells). */
bool draft_pub_date(const reader *r, mt_dossier_date *out);
/* The date of trigger t of organisation oi (an authority when authority
 * is set), as when.c's comment says; false when none governs it.
 * *floating: dated by the source's publication date alone. */
bool draft_trig_date(const reader *r, const parts *p, const trig *t, int type,
                     long oi, bool authority, mt_dossier_date *out,
                     bool *floating);
/* The date that opens a Japanese statement (「Xは16日、」) before any
 * trigger; NULL when none. */
const sdate *draft_frame_ja(const parts *p);
/* The English trigger that t finds (t a detection, "detected unauthorized
 * access"); NULL when none. */
const trig *draft_found_object(const parts *p, const trig *t);
/* A trigger other than t and no reporting predicate in [a, t). */
bool draft_event_between(const parts *p, size_t a, const trig *t);

/* ---- trigs.c ---- */

/* The triggers of sentence p into p->trigs, in text order, each with its
 * negation and plan settled (its hits, mentions and dates read first). */
void draft_read_trigs(ctx *c, const reader *r, parts *p);

/* ---- trigtype.c ---- */

/* The event type trigger t of sentence p stands for, with its
 * organisation in *oi (an index into c->orgs); -1 when it stands for
 * none (a question, a negated deed, someone else's hearsay).  May add an
 * organisation (the unnamed attacker) to c. */
int draft_trig_type(ctx *c, const reader *r, const parts *p, const trig *t,
                    long *oi);
/* Organisation oi is an outlet the source quotes as reporting (a media
 * source naming another outlet, not itself). */
bool draft_quoted_outlet(ctx *c, const reader *r, long oi);

/* ---- findings.c ---- */

/* The trigger before t in its clause, within 30 bytes; NULL when none. */
const trig *draft_trig_before(const parts *p, const trig *t);
/* English: detection t is the passive verb of a claim right before it
 * ("The Karasu claim was spotted by an analyst on May 2"): what
 * was seen that day is the group's claim, not the attack.  The claim
 * trigger; NULL when none. */
const trig *draft_claim_seen(const parts *p, const trig *t);
/* Claim trigger t is the subject of a passive detection right after it
 * (draft_claim_seen). */
bool draft_seen_later(const parts *p, const trig *t);
/* Occurrence trigger t (発生) tells that an intrusion named before it in
 * its clause happened (「15日に不正アクセスが発生」, 「不正ログインは15日
 * から発生し」): an intrusion, not a detection. */
bool draft_occurrence_of_intrusion(const parts *p, const trig *t);
/* Leak trigger t is what a detection after it in its clause found
 * (「流出した可能性があることが判明」): the day is the finding's. */
bool draft_found_leak(const parts *p, const trig *t);
/* Japanese: the intrusion noun is what a detection right after it found
 * (不正アクセスを検知, 不正アクセスの疑いを認識), not an intrusion the
 * sentence dates (…を受けたことを確認 is one). */
bool draft_detected_object(const parts *p, const trig *t);
/* English: "Found that the outage came from a ransomware attack",
 * "detected unauthorized access": an intrusion right after a
 * detection or confirmation in its clause, with no date of its own
 * after that, is what was found (the finding's date is not the
 * intrusion's). */
bool draft_en_found_object(const parts *p, const trig *t);
/* English: an intrusion after a confirmation in the sentence
 * ("Confirmed that ... a ransomware attack") with no date after it, and
 * no detection of its own told after it ("confirmed that the intrusion started
 * on June 22 and that staff first detected it on November 11": that detection
 * says when it was found, the confirmation nothing). */
bool draft_en_confirms_intrusion(const parts *p, const trig *t);
/* Trigger t names access to systems (an access cue overlaps it): not
 * only an attack. */
bool draft_names_access(const parts *p, const trig *t);
/* Japanese: negated check t is of the access b names: a particle (は,
 * が, も, を) right after b, then at most an adverbial, no trigger
 * (「不正アクセスは確認されていない」, 「侵入は現時点で確認されていない」);
 * not of something said of it (「…の経路は確認されていない」, 「…が始ま
 * った時期は…」). */
bool draft_access_checked(const parts *p, const trig *b, const trig *t);
/* English: intrusion trigger t is a passive participle whose clause names
 * data itself before it (a data_noun cue of value data): "personal data
 * held by the company were compromised", "data on a file server had been
 * accessed" tell that the data were reached, a leak. */
bool draft_data_passive(const parts *p, const trig *t);
/* English: the first trigger after t is an intrusion whose passive
 * subject is data (draft_data_passive), a leak. */
bool draft_data_compromised_after(const parts *p, const trig *t);
/* English: detection trigger t is the passive predicate of a negated
 * subject ("no information leaks have been detected", "no misuse was
 * found"), or the verb of a negated object ("found no evidence of
 * unauthorized access": the negation stands between them): what was not
 * found, no detection. */
bool draft_found_nothing(const parts *p, const trig *t);
/* English: "Kiri Watch Corp. has confirmed a cyberattack on its
 * servers", "Kiri today confirmed to a trade paper that ...": the company named
 * right before the verb (one or two lower-case words between) confirms its own
 * incident, with no date in the sentence but a day word ("today"): its
 * statement, of the page's day, not a finding. */
bool draft_own_confirmation(ctx *c, const parts *p, const trig *t, long who);
/* An attack, a detection or a leak told after trigger t in its sentence
 * (what a check found), with no date of its own: the sentence holds one
 * date after t, t's ("confirmed on Monday that on November 11 staff
 * detected an intrusion": the detection has its own). */
bool draft_harm_after(const parts *p, const trig *t);

/* ---- events.c ---- */

/* Merge into an entry of the same organisation, type and a compatible
 * date (and the same floating), or add one; text is taken (freed when
 * merged).  recalled: the sentence recalls an earlier incident (an entry
 * stays recalled only while every sentence that tells it does).  Returns
 * the entry (borrowed: valid until the next add), NULL when out of
 * memory. */
event *draft_add_event(ctx *c, const mt_dossier_date *date, long oi,
                       mt_event_type type, char *text, int n, bool floating,
                       bool recalled);
/* Entry from joins entry into (its cites already merged by the caller):
 * into is named if either is, recalled only if both are. */
void draft_event_absorb(event *into, const event *from);
/* After the last source: a floating entry joins an entry of the same
 * organisation and type dated at most three days before it (a follow-up
 * article's "X said" is X's statement of the day before). */
void draft_settle_events(ctx *c);
/* earlier.c: entries of the earlier incidents a round-up recalls leave
 * the timeline (dropped and earlier); after the organisations are
 * joined, before the conflicts. */
void draft_set_earlier_aside(ctx *c);
/* The authority a sentence says checked something; -1 when none. */
long draft_authority_confirms(ctx *c, const parts *p);
/* The dated events of one sentence into c->events.  A reference to
 * another outlet's piece (its name and date closing the sentence) takes
 * its date out of p->dates: the sentence's claims after this see the
 * dates less that one. */
void draft_dated_events(ctx *c, reader *r, parts *p);

/* ---- suspects.c ---- */

/* The person suspect cue h (容疑者) names, as an organisation of p: a
 * full name makes an attacker, a family name alone mentions the one named
 * in full before; nothing else names anyone. */
void draft_suspect_name(ctx *c, parts *p, const hit *h);
/* The police arrest of sentence p, an investigation of day when: each
 * suspect the sentence names is attributed the incident that day. */
void draft_suspects_arrested(ctx *c, const reader *r, const parts *p,
                             const mt_dossier_date *when, bool floating);

/* ---- due.c ---- */

/* The deadline an authority sets in sentence p (「17日までに提出するよう
 * 求めた」, "ordered ... by June 24"): an entry of type other of the one
 * the sentence is about, dated by the limit; at most one a sentence. */
void draft_due_events(ctx *c, const reader *r, parts *p);

/* ---- claims.c ---- */

/* Merge into a claim saying the same thing, or add one; text is taken. */
void draft_add_claim(ctx *c, const claim *proto, char *text, int n);
/* The claims of one sentence into c->claims. */
void draft_sentence_claims(ctx *c, reader *r, parts *p, bool dated);

/* ---- conflicts.c ---- */

/* Every conflict between the sources (conflicts.c says which). */
void draft_conflicts(ctx *c);
/* The conflict of organisation oi about fact `about`, added when new (one
 * per organisation and fact); NULL when out of memory. */
conflict *draft_conflict_add(ctx *c, long oi, const char *about);
/* Add label as a variant of k citing cites, or merge cites into the
 * variant with that label when there is one already. */
void draft_conflict_variant(ctx *c, conflict *k, const char *label,
                            const mt_cites *cites);
/* Keep conflict k (one of c's) only when two of its variants disagree
 * (sources published within a week that each give one; strict: neither
 * gives both; dated: both days known); else drop it from c, which moves
 * the conflicts after it. */
void draft_conflict_settle(ctx *c, conflict *k, bool strict, bool dated);
/* Remove conflict k (one of c's) and free what it holds; the conflicts
 * after it move one place down. */
void draft_conflict_drop(ctx *c, conflict *k);
/* Free what k holds (not k itself). */
void draft_conflict_clear(conflict *k);
/* *a_only: a cites a source b does not; *b_only: b one a does not. */
void draft_own_sources(const mt_cites *a, const mt_cites *b, bool *a_only,
                       bool *b_only);
/* a cites a source b does not, or b one a does not. */
bool draft_cites_apart(const mt_cites *a, const mt_cites *b);
/* A source of a and another of b, their days known, were published
 * within a week of each other: two accounts of the same news.  Only
 * while draft_conflicts runs. */
bool draft_cites_same_news(const ctx *c, const mt_cites *a, const mt_cites *b);

/* ---- event_conflicts.c ---- */

/* The conflicts about events: dates, detection or intrusion, attackers,
 * an attacker's claim or demand against its denial (after the conflicts
 * of claims, before one_word_per_count). */
void draft_event_conflicts(ctx *c);

#endif
