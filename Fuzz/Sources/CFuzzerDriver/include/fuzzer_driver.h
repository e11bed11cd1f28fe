#ifndef VIETEXTRACT_FUZZER_DRIVER_H
#define VIETEXTRACT_FUZZER_DRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (in the toolchain's libclang_rt.fuzzer, linked by `-sanitize=fuzzer`).
/// Each fuzz target's main.swift calls it: SwiftPM renames an executable's entry point to
/// `<Module>_main` and aliases `main` to it, so libFuzzer's own `main` is never used and
/// `-parse-as-library` builds fail to link (swiftlang/swift#75800).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

/// Runs libFuzzer over the target's LLVMFuzzerTestOneInput: every target's main.swift is one call.
_Noreturn void vietextract_fuzz_main(int argc, char **argv);

#endif
