#include "cicu_shim.h"

#include <stdio.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/udata.h>
#include <unicode/ures.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/icudataver.h>
#include <unicode/uversion.h>

int32_t cicu_failed(int32_t status) { return U_FAILURE((UErrorCode)status) ? 1 : 0; }
const char *cicu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

int32_t cicu_utf8_to_utf16(const char *src, int32_t len, uint16_t *dst, int32_t cap, int32_t *status) {
    UErrorCode e = U_ZERO_ERROR;
    int32_t n = 0;
    u_strFromUTF8((UChar *)dst, cap, &n, src, len, &e);
    *status = e;
    return n;
}

int32_t cicu_utf16_to_utf8(const uint16_t *src, int32_t len, char *dst, int32_t cap, int32_t *status) {
    UErrorCode e = U_ZERO_ERROR;
    int32_t n = 0;
    u_strToUTF8(dst, cap, &n, (const UChar *)src, len, &e);
    *status = e;
    return n;
}

static const UNormalizer2 *normalizer(int32_t form, UErrorCode *e) {
    switch (form) {
    case 0: return unorm2_getNFCInstance(e);
    case 1: return unorm2_getNFKCInstance(e);
    case 2: return unorm2_getNFKCCasefoldInstance(e);
    default: return unorm2_getNFDInstance(e);
    }
}

int32_t cicu_normalize(int32_t form, const uint16_t *src, int32_t len, uint16_t *dst, int32_t cap, int32_t *status) {
    UErrorCode e = U_ZERO_ERROR;
    const UNormalizer2 *n = normalizer(form, &e);
    int32_t r = U_SUCCESS(e) ? unorm2_normalize(n, (const UChar *)src, len, (UChar *)dst, cap, &e) : 0;
    *status = e;
    return r;
}

int32_t cicu_is_normalized(int32_t form, const uint16_t *src, int32_t len, int32_t *status) {
    UErrorCode e = U_ZERO_ERROR;
    const UNormalizer2 *n = normalizer(form, &e);
    UBool r = U_SUCCESS(e) ? unorm2_isNormalized(n, (const UChar *)src, len, &e) : 0;
    *status = e;
    return r ? 1 : 0;
}

cicu_translit *cicu_translit_open(const uint16_t *id, int32_t id_len, const uint16_t *rules, int32_t rules_len,
                                  int32_t *parse_line, int32_t *parse_offset, int32_t *status) {
    UErrorCode e = U_ZERO_ERROR;
    UParseError pe;
    memset(&pe, 0, sizeof pe);
    UTransliterator *t = utrans_openU((const UChar *)id, id_len, UTRANS_FORWARD, (const UChar *)rules,
                                      rules ? rules_len : 0, &pe, &e);
    *parse_line = pe.line;
    *parse_offset = pe.offset;
    *status = e;
    return U_SUCCESS(e) ? (cicu_translit *)t : NULL;
}

void cicu_translit_run(const cicu_translit *t, uint16_t *buf, int32_t *len, int32_t cap, int32_t *status) {
    UErrorCode e = U_ZERO_ERROR;
    int32_t limit = *len;
    utrans_transUChars((const UTransliterator *)t, (UChar *)buf, len, cap, 0, &limit, &e);
    *status = e;
}

void cicu_translit_close(cicu_translit *t) { utrans_close((UTransliterator *)t); }

cicu_breaker *cicu_breaker_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode e = U_ZERO_ERROR;
    UBreakIteratorType type = kind == 0 ? UBRK_CHARACTER : kind == 1 ? UBRK_WORD : kind == 2 ? UBRK_LINE : UBRK_SENTENCE;
    UBreakIterator *b = ubrk_open(type, locale, NULL, 0, &e);
    *status = e;
    return U_SUCCESS(e) ? (cicu_breaker *)b : NULL;
}

void cicu_breaker_set_text(cicu_breaker *b, const uint16_t *text, int32_t len, int32_t *status) {
    UErrorCode e = U_ZERO_ERROR;
    ubrk_setText((UBreakIterator *)b, (const UChar *)text, len, &e);
    *status = e;
}

int32_t cicu_breaker_next(cicu_breaker *b) {
    int32_t r = ubrk_next((UBreakIterator *)b);
    return r == UBRK_DONE ? -1 : r;
}

int32_t cicu_breaker_rule_status(const cicu_breaker *b) { return ubrk_getRuleStatus((UBreakIterator *)b); }
void cicu_breaker_close(cicu_breaker *b) { ubrk_close((UBreakIterator *)b); }

int32_t cicu_sentence_break_class(int32_t c) { return u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK); }

int32_t cicu_sentence_exceptions(const char *locale, uint16_t *buf, int32_t cap, int32_t *status) {
    /* The lookup ICU's filtered sentence break iterator makes (filteredbrk.cpp). */
    UErrorCode e = U_ZERO_ERROR;
    UResourceBundle *b = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", locale, &e);
    if (U_FAILURE(e) || e == U_USING_DEFAULT_WARNING) { ures_close(b); *status = 0; return -1; }
    UResourceBundle *exceptions = ures_getByKey(b, "exceptions", NULL, &e);
    UResourceBundle *breaks = U_SUCCESS(e) && e != U_USING_DEFAULT_WARNING
        ? ures_getByKey(exceptions, "SentenceBreak", NULL, &e) : NULL;
    int32_t needed = -1;
    if (breaks != NULL && U_SUCCESS(e) && e != U_USING_DEFAULT_WARNING) {
        needed = 0;
        int32_t count = ures_getSize(breaks);
        for (int32_t i = 0; i < count; i++) {
            UErrorCode se = U_ZERO_ERROR;
            int32_t len = 0;
            const UChar *s = ures_getStringByIndex(breaks, i, &len, &se);
            if (U_FAILURE(se)) { e = se; break; }
            if (needed + len + 1 <= cap) { memcpy(buf + needed, s, (size_t)len * 2); buf[needed + len] = 0; }
            needed += len + 1;
        }
    }
    *status = U_FAILURE(e) ? e : 0;
    ures_close(breaks);
    ures_close(exceptions);
    ures_close(b);
    return needed;
}

int32_t cicu_detect_charset(const char *bytes, int32_t len, char *name, int32_t cap, int32_t *status) {
    UErrorCode e = U_ZERO_ERROR;
    int32_t confidence = -1;
    UCharsetDetector *d = ucsdet_open(&e);
    if (U_SUCCESS(e)) ucsdet_setText(d, bytes, len, &e);
    const UCharsetMatch *m = U_SUCCESS(e) ? ucsdet_detect(d, &e) : NULL;
    if (U_SUCCESS(e) && m) {
        const char *n = ucsdet_getName(m, &e);
        confidence = ucsdet_getConfidence(m, &e);
        if (U_SUCCESS(e) && n && cap > 0) {
            strncpy(name, n, (size_t)cap - 1);
            name[cap - 1] = 0;
        }
    }
    if (d) ucsdet_close(d);
    *status = e;
    return U_SUCCESS(e) ? confidence : -1;
}

int32_t cicu_detect_charsets(const char *bytes, int32_t len, char *names, int32_t name_cap, int32_t *confidences,
                             int32_t max, int32_t *status) {
    UErrorCode e = U_ZERO_ERROR;
    int32_t found = 0, written = 0;
    UCharsetDetector *d = ucsdet_open(&e);
    if (U_SUCCESS(e)) ucsdet_setText(d, bytes, len, &e);
    const UCharsetMatch **matches = U_SUCCESS(e) ? ucsdet_detectAll(d, &found, &e) : NULL;
    for (int32_t i = 0; U_SUCCESS(e) && matches && i < found && written < max && name_cap > 1; i++) {
        UErrorCode one = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &one);
        int32_t confidence = ucsdet_getConfidence(matches[i], &one);
        if (U_FAILURE(one) || !name) continue;
        char *slot = names + (size_t)written * (size_t)name_cap;
        strncpy(slot, name, (size_t)name_cap - 1);
        slot[name_cap - 1] = 0;
        confidences[written++] = confidence;
    }
    if (d) ucsdet_close(d);
    *status = e;
    return written;
}

int32_t cicu_convert_to_utf8(const char *from, const char *src, int32_t len, char *dst, int32_t cap,
                             int32_t strict, int32_t *bad_offset, int32_t *status) {
    UErrorCode e = U_ZERO_ERROR;
    *bad_offset = -1;
    UConverter *in = ucnv_open(from, &e);
    UConverter *out = U_SUCCESS(e) ? ucnv_open("UTF-8", &e) : NULL;
    if (U_SUCCESS(e) && strict) {
        ucnv_setToUCallBack(in, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &e);
    }
    int32_t written = 0;
    if (U_SUCCESS(e)) {
        char *target = dst;
        const char *source = src;
        ucnv_convertEx(out, in, &target, dst + cap, &source, src + len, NULL, NULL, NULL, NULL, 1, 1, &e);
        written = (int32_t)(target - dst);
        if (e == U_ILLEGAL_CHAR_FOUND || e == U_INVALID_CHAR_FOUND || e == U_TRUNCATED_CHAR_FOUND) {
            *bad_offset = (int32_t)(source - src);
        }
    }
    if (in) ucnv_close(in);
    if (out) ucnv_close(out);
    *status = e;
    return written;
}

void cicu_versions(char *buf, int32_t cap) {
    UVersionInfo v;
    char icu[U_MAX_VERSION_STRING_LENGTH], data[U_MAX_VERSION_STRING_LENGTH] = "?", unicode[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(v);
    u_versionToString(v, icu);
    UErrorCode status = U_ZERO_ERROR;
    u_getDataVersion(v, &status);
    if (U_SUCCESS(status)) u_versionToString(v, data);
    u_getUnicodeVersion(v);
    u_versionToString(v, unicode);
    if (cap > 0) snprintf(buf, (size_t)cap, "ICU %s, data %s, Unicode %s", icu, data, unicode);
}
