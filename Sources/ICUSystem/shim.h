// Pulls in the ICU C headers that the CICU wrapper needs; the headers come from libicu-dev.
#include <unicode/utypes.h>
#include <unicode/unorm2.h>
#include <unicode/uchar.h>
