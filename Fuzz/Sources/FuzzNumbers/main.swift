// Entry point: libFuzzer's driver calls `fuzz` (exported as LLVMFuzzerTestOneInput), then exits.
import CFuzzerDriver

vietextract_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv)
