// swift-tools-version: 6.1
// A separate package: a libFuzzer target has no main of its own, so it builds only with -sanitize=fuzzer.
import PackageDescription

let package = Package(
    name: "FuzzTesting",
    dependencies: [.package(name: "raad", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzSak",
            dependencies: [.product(name: "RaadFuzzSupport", package: "raad")]
        ),
    ]
)
