/*
 * What a clause says of its time (tense.c, for when.c): whether a
 * statement reports the present or something earlier, hearsay, the
 * frame date of a statement, the noun a trigger describes.  Each takes
 * one sentence's parts; none looks at other sentences except through
 * the reader.  Internal to src/draft/.
 */
#ifndef MT_DRAFT_TENSE_H
#define MT_DRAFT_TENSE_H

#include "draft/stage.h"

/* The source's last sentence: one a stored excerpt may have cut short. */
bool draft_last_sentence(const reader *r, const draft_sentence *s);

/* A clause closed after its verb (clause_close cues: 「…しましたが、」)
 * lies in [from, to). */
bool draft_closed_clause_between(const parts *p, size_t from, size_t to);

/* An as_of cue (時点) follows the date ending at byte end, a time of day
 * between at most (「7月31日15時時点で」), no comma. */
bool draft_as_of(const parts *p, size_t end);

/* The sentence tells what others reported (「…という見立てが報じられて
 * いる」): no deed the source knows of. */
bool draft_hearsay(const parts *p);

/* As status_type, and the result of an investigation (調査結果,
 * "investigation found"): told as of the statement that tells it. */
bool draft_status_of(const trig *t, int type);

/* English "had" just before the trigger: a past perfect. */
bool draft_had_before(const parts *p, const trig *t);

/* English "have", "has", "is" or "are" before trigger t, with up to two
 * words between that qualify the state ("has restored", "are
 * investigating", "have been notified", "is currently under
 * investigation": an -ly adverb, under, still, now, being); or "there is"
 * earlier in its clause. */
bool draft_now_form(const parts *p, const trig *t);

/* A report of an earlier statement: 発表していた, 公表しており, "had". */
bool draft_reports_earlier(const parts *p, const trig *t, bool ja);

/* Another trigger follows trigger t in its sentence: a predicate of its
 * own, not the hearsay that frames the whole sentence (「…と報告があった
 * という」: what the article was told, of its day). */
bool draft_trig_after(const parts *p, const trig *t);

/* The frame of an English sentence: a date in its first clause, before
 * any trigger ("On Wednesday, ..."); NULL when none. */
const sdate *draft_frame_en(const parts *p);

/* Organisation oi is referred to before pos in the sentence. */
bool draft_named_before(const parts *p, long oi, size_t pos);

/* A reporting predicate after the trigger in its sentence: the trigger
 * is what a statement reports. */
const trig *draft_reported_by(const parts *p, const trig *t);

/* English: the reporting predicate before the trigger ("said that ..."). */
const trig *draft_reported_by_en(const parts *p, const trig *t);

/* s[i] is a kanji or katakana: a noun goes on. */
bool draft_noun_char_at(const char *s, size_t n, size_t i);

/* Japanese: the clause of trigger t ends in a present state (「詳しく調べ
 * ている」「調査を進めています」「確認していない」「調査中だ」), the
 * predicate itself, not a description (「調べている会社」). */
bool draft_ja_now_form(const parts *p, const trig *t);

/* Negated trigger x ends a relative clause whose noun is the topic or
 * subject of the negated predicate: 「流出した情報は寄せられていない」
 * 「流出した事実は確認されていない」 deny the leak itself, where 「漏洩
 * した情報の範囲が特定されておらず」 leaves it standing (the negation is
 * the extent's).  The noun is the run of kanji and katakana after the
 * verb's ending; は, が or も follows it. */
bool draft_denied_through_noun(const parts *p, const trig *x);

/* Japanese: trigger x heads a cleft (「流出を検知したのは」「攻撃を受け
 * たのは、」: its clause made a noun by の, then は), only its predicate's
 * kana (した, があった, を受けた) or the trigger it is the object of
 * between, never a statement: the byte where the cleft's focus begins
 * (a comma after のは skipped); 0 when x heads none. */
size_t draft_cleft_focus(const parts *p, const trig *x);
/* Trigger x ends a relative clause: 「2月末に発生したシステム停止事案」.
 * A date before it is that clause's, not the sentence's. */
bool draft_adnominal(const parts *p, const trig *x);

/* The date trigger x's relative clause describes: 「情報漏えいを発見した
 * 2022年9月15日まで」, 「不正アクセスを確認した9月15日に」 (the verb's
 * ending, then the date), or a topic or cleft gives it: 「不正アクセスは
 * 6月22日から」, 「検知したのは31日」 (unless an event after the date
 * owns it); NULL when none. */
const sdate *draft_date_described(const parts *p, const trig *x);

/* Trigger x ends its predicate (「…を検知しました、」): a past tense た
 * after it before the next trigger, not ため, たい, or たこと and たの (a
 * clause made a noun: 「攻撃を受けたことを確認」 dates both).  A
 * date before such a predicate is its own; one that goes on (「確認し、」,
 * 「受け、」) passes the date to the next. */
bool draft_ends_predicate(const parts *p, const trig *x);

/* Date d starts a period: a from modifier on it (以降), or right after
 * it the word or mark that opens a range (から, ～, 〜, ~, -). */
bool draft_period_start(const parts *p, const sdate *d);

#endif
