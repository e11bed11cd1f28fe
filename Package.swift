// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "VietExtract",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "VietExtract", targets: ["VietExtract"]),
        .library(name: "VietText", targets: ["VietText"]),
        .executable(name: "extract", targets: ["extract"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // System ICU (libicu-dev), located with pkg-config.
        .systemLibrary(
            name: "ICUSystem",
            pkgConfig: "icu-uc",
            providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
        ),
        // Our own unversioned C functions over ICU: ICU's headers rename every symbol with a
        // version suffix through macros that Swift cannot import.
        .target(name: "CICU", dependencies: ["ICUSystem"]),
        // Lexicons and the segmentation model, embedded into the binary with C23 #embed so an
        // installed `extract` needs no resource files beside it.
        .target(
            name: "CVietResources",
            cSettings: [.unsafeFlags(["-std=c23"])]
        ),
        // The hot path: normalization, offsets, sentences, tokens, lexicon matching, segmentation.
        .target(name: "VietText", dependencies: ["CICU", "CVietResources"]),
        // Entity, claim and fact extraction; the public `Extractor` facade and result types.
        .target(name: "VietExtract", dependencies: ["VietText"]),
        .executableTarget(
            name: "extract",
            dependencies: [
                "VietExtract",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "VietTextTests", dependencies: ["VietText"]),
        .testTarget(name: "VietExtractTests", dependencies: ["VietExtract"], exclude: ["Corpus"]),
        .testTarget(name: "CLITests", dependencies: ["VietExtract", "extract"], exclude: ["Snapshots"]),
    ]
)
