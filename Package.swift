// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "raad",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "raad", targets: ["raad"]),
        // For the libFuzzer target in FuzzTesting/, a package of its own.
        .library(name: "RaadFuzzSupport", targets: ["RaadFuzzSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.0.0"),
        // The external link checker's HTTP client: URLSession on Linux is libcurl, which the one-file release
        // cannot carry (scripts/release.sh).
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Snowball's stemmers (libstemmer); the search index stems Norwegian words with the reference
        // implementation, and the browser's port is tested against it.
        .systemLibrary(name: "CLibStemmer", providers: [.apt(["libstemmer-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // The one HTML/XML escaper, below everything that writes markup: RaadMarkdown and RaadCheck do not
        // know each other, and RaadMarkdown must not depend on RaadContent.
        .target(name: "RaadText"),
        // Every message an editor reads, in bokmål and English: one catalogue, below everything that speaks.
        .target(name: "RaadMessages"),
        .target(name: "RaadMarkdown", dependencies: ["CCmarkGFM", "RaadText"]),
        .target(name: "RaadContent", dependencies: ["RaadMessages", "RaadText", .product(name: "Yams", package: "Yams")]),
        // raad's own Mustache renderer: every name bound to a declared view field when the theme loads.
        .target(name: "RaadTemplate"),
        .target(
            name: "RaadSite",
            dependencies: [
                "RaadContent", "RaadMarkdown", "RaadMessages", "RaadTemplate", "RaadText", "CLibStemmer",
            ]
        ),
        .target(
            name: "RaadCheck",
            dependencies: [
                "RaadContent", "RaadMessages", "RaadText", "CLibXML2",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .target(
            name: "RaadServe",
            dependencies: [
                "RaadSite", "RaadMessages", "RaadText",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The commit a release was built from, set by scripts/release.sh through a C macro.
        .target(name: "CBuildInfo"),
        // Synthetic archives for benchmarks; only the CLI's hidden `generate` uses it.
        .target(name: "RaadBench", dependencies: ["RaadContent"]),
        .executableTarget(
            name: "raad",
            dependencies: [
                "RaadContent", "RaadMessages", "RaadSite", "RaadCheck", "RaadServe", "RaadBench", "CBuildInfo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "RaadFuzzSupport", dependencies: ["RaadContent", "RaadSite"]),
        .target(name: "RaadTestSupport", dependencies: ["RaadContent"], path: "Tests/RaadTestSupport"),
        .testTarget(name: "RaadMessagesTests", dependencies: ["RaadMessages"]),
        .testTarget(name: "RaadMarkdownTests", dependencies: ["RaadMarkdown"]),
        .testTarget(name: "RaadTemplateTests", dependencies: ["RaadTemplate"]),
        .testTarget(name: "RaadContentTests", dependencies: ["RaadContent", "RaadMessages", "RaadTestSupport"]),
        .testTarget(name: "RaadSiteTests", dependencies: ["RaadSite", "RaadBench", "RaadTestSupport"]),
        .testTarget(name: "RaadCheckTests", dependencies: ["RaadCheck", "RaadSite", "RaadBench", "RaadTestSupport"]),
        .testTarget(
            name: "RaadServeTests",
            dependencies: [
                "RaadServe", "RaadMessages", "RaadTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "RaadBenchTests", dependencies: ["RaadBench", "RaadContent", "RaadTestSupport"]),
        .testTarget(name: "raadTests", dependencies: ["raad", "RaadTestSupport"]),
    ]
)
