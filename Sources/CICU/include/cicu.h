#ifndef CICU_H
#define CICU_H
// Unversioned wrappers over the system ICU. ICU renames every C function with a version
// suffix (unorm2_normalize -> unorm2_normalize_72) through macros Swift cannot import, so the
// Swift code calls these instead. All text is UTF-16 (uint16_t), lengths in UTF-16 units.
#include <stdint.h>
#include <stdbool.h>

/// The NFC normalizer instance is loaded once; returns false (and writes ICU's error name to
/// `error`, at most `errorCap` bytes) when ICU data cannot be loaded.
bool cicu_nfc_available(char *error, int32_t errorCap);

/// Normalizes `src[0..<srcLen]` to NFC into `dest` (capacity `destCap`). Returns the needed
/// length; a result above `destCap` means nothing usable was written. Returns -1 on error.
int32_t cicu_nfc_normalize(const uint16_t *src, int32_t srcLen, uint16_t *dest, int32_t destCap);

/// True when the code point starts a normalization segment under NFC (no mark before it can
/// combine with it): the safe places to cut text into independently normalized pieces.
bool cicu_nfc_has_boundary_before(uint32_t codePoint);

/// Normalizes to NFD (canonical decomposition), same contract as cicu_nfc_normalize.
int32_t cicu_nfd_normalize(const uint16_t *src, int32_t srcLen, uint16_t *dest, int32_t destCap);

/// NFC quick check of a UTF-16 string: 1 = yes (already NFC), 0 = no, 2 = maybe, -1 = error.
int32_t cicu_nfc_quick_check(const uint16_t *src, int32_t len);

/// Length of the prefix of `src` that is certainly NFC (ICU's spanQuickCheckYes); -1 on error.
int32_t cicu_nfc_span_quick_check_yes(const uint16_t *src, int32_t len);

/// Canonical combining class of a code point (0 for starters).
uint8_t cicu_combining_class(uint32_t codePoint);

/// General category of a code point, as ICU's UCharCategory value.
int32_t cicu_general_category(uint32_t codePoint);

/// Simple (one-to-one) lowercase mapping of a code point.
uint32_t cicu_to_lower(uint32_t codePoint);

/// True for letters (any script), per ICU's u_isalpha.
bool cicu_is_alpha(uint32_t codePoint);

/// The ICU version string, e.g. "72.1".
void cicu_version(char *out, int32_t cap);

#endif
