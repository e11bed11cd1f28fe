#include "fuzzer_driver.h"
#include <stdlib.h>

// Each fuzz target exports this with @_cdecl (its `fuzz` function).
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

_Noreturn void vietextract_fuzz_main(int argc, char **argv) {
    exit(LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput));
}
