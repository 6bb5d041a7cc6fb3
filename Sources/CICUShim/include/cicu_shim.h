// A thin C layer over ICU. This header includes no ICU header: handles are opaque and
// error codes are plain int32_t (ICU's UErrorCode values: > 0 is a failure), so Swift
// modules that import it may also import Foundation, which bundles its own ICU.
#ifndef CICU_SHIM_H
#define CICU_SHIM_H

#include <stdint.h>

/// True when an ICU status code is a failure.
int32_t cicu_failed(int32_t status);
/// ICU's name for a status code ("U_BUFFER_OVERFLOW_ERROR").
const char *cicu_error_name(int32_t status);

/// "ICU 72.1, data 72.1, Unicode 15.0" (NUL-terminated, cut to cap): what ICU's output
/// depends on besides its input, for a cache of it.
void cicu_versions(char *buf, int32_t cap);

// MARK: UTF-8 <-> UTF-16
int32_t cicu_utf8_to_utf16(const char *src, int32_t len, uint16_t *dst, int32_t cap, int32_t *status);
int32_t cicu_utf16_to_utf8(const uint16_t *src, int32_t len, char *dst, int32_t cap, int32_t *status);

// MARK: Normalisation. form: 0 NFC, 1 NFKC, 2 NFKC_Casefold, 3 NFD
int32_t cicu_normalize(int32_t form, const uint16_t *src, int32_t len, uint16_t *dst, int32_t cap, int32_t *status);
/// 1 when src is already in the given form (a quick check that lets callers skip the copy).
int32_t cicu_is_normalized(int32_t form, const uint16_t *src, int32_t len, int32_t *status);

// MARK: Transliteration
typedef struct cicu_translit cicu_translit;
/// Opens a transliterator by id (rules == NULL) or from rule text (id names it).
/// On a rule syntax error, *parse_line and *parse_offset locate it.
cicu_translit *cicu_translit_open(const uint16_t *id, int32_t id_len, const uint16_t *rules, int32_t rules_len,
                                  int32_t *parse_line, int32_t *parse_offset, int32_t *status);
/// Transliterates buf[0..<*len] in place; *len becomes the new length (may exceed cap only on overflow).
void cicu_translit_run(const cicu_translit *t, uint16_t *buf, int32_t *len, int32_t cap, int32_t *status);
void cicu_translit_close(cicu_translit *t);

// MARK: Break iteration. kind: 0 character, 1 word, 2 line, 3 sentence
typedef struct cicu_breaker cicu_breaker;
/// The text is not copied: keep it alive while the breaker uses it.
cicu_breaker *cicu_breaker_open(int32_t kind, const char *locale, int32_t *status);
void cicu_breaker_set_text(cicu_breaker *b, const uint16_t *text, int32_t len, int32_t *status);
/// Next boundary in UTF-16 units, or -1 at the end.
int32_t cicu_breaker_next(cicu_breaker *b);
/// The rule status of the last boundary (word breaks: 0 none/punct, 100.. number, 200.. letter, ...).
int32_t cicu_breaker_rule_status(const cicu_breaker *b);
void cicu_breaker_close(cicu_breaker *b);
/// The Sentence_Break property of a code point (USentenceBreak: 0 Other, 1 ATerm, 2 Close,
/// 3 Format, 4 Lower, 5 Numeric, 6 OLetter, 7 Sep, 8 Sp, 9 STerm, 10 Upper, 11 CR, 12 Extend,
/// 13 LF, 14 SContinue).
int32_t cicu_sentence_break_class(int32_t c);
/// The strings after which `ss=standard` suppresses sentence breaks for `locale` ("en_US"), from
/// ICU's break iterator data, written NUL-separated as UTF-16 into buf[cap]. Returns the units
/// needed (call again with more room when larger than cap), or -1 when the locale has none.
int32_t cicu_sentence_exceptions(const char *locale, uint16_t *buf, int32_t cap, int32_t *status);

// MARK: Charset detection and conversion
/// Writes the best guess's name (NUL-terminated) into name[cap] and returns its confidence 0..100,
/// or -1 when nothing was detected.
int32_t cicu_detect_charset(const char *bytes, int32_t len, char *name, int32_t cap, int32_t *status);
/// Every guess, best first: up to `max` names written into consecutive slots of `name_cap`
/// bytes each (NUL-terminated) with their confidences. Returns how many were written.
int32_t cicu_detect_charsets(const char *bytes, int32_t len, char *names, int32_t name_cap, int32_t *confidences,
                             int32_t max, int32_t *status);
/// Converts bytes in charset `from` to UTF-8. With strict != 0, an illegal or unmappable byte
/// is a failure (U_ILLEGAL_CHAR_FOUND / U_INVALID_CHAR_FOUND) and *bad_offset is its offset;
/// otherwise it becomes U+FFFD.
int32_t cicu_convert_to_utf8(const char *from, const char *src, int32_t len, char *dst, int32_t cap,
                             int32_t strict, int32_t *bad_offset, int32_t *status);

#endif
