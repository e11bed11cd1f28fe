#include "cicu.h"
#include <string.h>
#include <stdio.h>
#include <unicode/utypes.h>
#include <unicode/unorm2.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>

static const UNormalizer2 *nfc_instance(UErrorCode *status) {
    // ICU caches the instance itself; the call is cheap and thread-safe.
    return unorm2_getNFCInstance(status);
}

bool cicu_nfc_available(char *error, int32_t errorCap) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *n = nfc_instance(&status);
    if (U_FAILURE(status) || n == NULL) {
        if (error && errorCap > 0) {
            snprintf(error, (size_t)errorCap, "%s", u_errorName(status));
        }
        return false;
    }
    return true;
}

/// Runs one ICU normalizer over UTF-16 text; the contract of cicu_nfc_normalize.
static int32_t normalize_with(const UNormalizer2 *n, UErrorCode status,
                              const uint16_t *src, int32_t srcLen, uint16_t *dest, int32_t destCap) {
    if (U_FAILURE(status) || n == NULL) return -1;
    int32_t len = unorm2_normalize(n, (const UChar *)src, srcLen, (UChar *)dest, destCap, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return len;
    if (U_FAILURE(status)) return -1;
    return len;
}

int32_t cicu_nfc_normalize(const uint16_t *src, int32_t srcLen, uint16_t *dest, int32_t destCap) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *n = nfc_instance(&status);
    return normalize_with(n, status, src, srcLen, dest, destCap);
}

int32_t cicu_nfd_normalize(const uint16_t *src, int32_t srcLen, uint16_t *dest, int32_t destCap) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *n = unorm2_getNFDInstance(&status);
    return normalize_with(n, status, src, srcLen, dest, destCap);
}

bool cicu_nfc_has_boundary_before(uint32_t codePoint) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *n = nfc_instance(&status);
    if (U_FAILURE(status)) return true;
    return unorm2_hasBoundaryBefore(n, (UChar32)codePoint) != 0;
}

int32_t cicu_nfc_quick_check(const uint16_t *src, int32_t len) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *n = nfc_instance(&status);
    if (U_FAILURE(status)) return -1;
    UNormalizationCheckResult r = unorm2_quickCheck(n, (const UChar *)src, len, &status);
    if (U_FAILURE(status)) return -1;
    return r == UNORM_YES ? 1 : (r == UNORM_NO ? 0 : 2);
}

int32_t cicu_nfc_span_quick_check_yes(const uint16_t *src, int32_t len) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *n = nfc_instance(&status);
    if (U_FAILURE(status)) return -1;
    int32_t r = unorm2_spanQuickCheckYes(n, (const UChar *)src, len, &status);
    if (U_FAILURE(status)) return -1;
    return r;
}

uint8_t cicu_combining_class(uint32_t codePoint) { return u_getCombiningClass((UChar32)codePoint); }

int32_t cicu_general_category(uint32_t codePoint) { return (int32_t)u_charType((UChar32)codePoint); }

uint32_t cicu_to_lower(uint32_t codePoint) { return (uint32_t)u_tolower((UChar32)codePoint); }

bool cicu_is_alpha(uint32_t codePoint) { return u_isalpha((UChar32)codePoint) != 0; }

void cicu_version(char *out, int32_t cap) {
    UVersionInfo v;
    u_getVersion(v);
    char buf[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(v, buf);
    snprintf(out, (size_t)cap, "%s", buf);
}
