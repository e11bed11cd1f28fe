// swift-tools-version: 6.0
// libFuzzer targets for VietExtract (issue 7). Not part of the library build: run them with
// Fuzz/run.sh, which builds with `-sanitize=fuzzer,address`. See Fuzz/README.md.
import Foundation
import PackageDescription

// The identity of a path dependency is its folder name, which differs between clones.
let rootIdentity = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().lastPathComponent.lowercased()

let vietText = Target.Dependency.product(name: "VietText", package: rootIdentity)
let vietExtract = Target.Dependency.product(name: "VietExtract", package: rootIdentity)
// Each target exports `LLVMFuzzerTestOneInput` and its main.swift calls libFuzzer's driver
// (declared in CFuzzerDriver): SwiftPM renames executable entry points to `<Module>_main`, so the
// usual `-parse-as-library` build, which relies on libFuzzer's own `main`, does not link.
let driver = Target.Dependency.target(name: "CFuzzerDriver")

let package = Package(
    name: "VietExtractFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        .target(name: "CFuzzerDriver"),
        .executableTarget(name: "FuzzNormalizer", dependencies: [driver, vietText]),
        .executableTarget(name: "FuzzTokenizer", dependencies: [driver, vietText]),
        .executableTarget(name: "FuzzExtractor", dependencies: [driver, vietText, vietExtract]),
        .executableTarget(name: "FuzzNumbers", dependencies: [driver, vietExtract]),
        .executableTarget(name: "FuzzUTF8", dependencies: [driver, vietText]),
    ]
)
