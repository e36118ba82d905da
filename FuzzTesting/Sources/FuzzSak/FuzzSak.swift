import RaadFuzzSupport

/// libFuzzer's entry: called with arbitrary bytes, used as one sak file of a small project.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSak(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    SakFuzzer.shared.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// SwiftPM gives every executable a main of its own, so this one hands over to libFuzzer's driver.
@main
struct FuzzSak {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        let status = withUnsafeMutablePointer(to: &argv) { argvPointer in
            runFuzzerDriver(&argc, argvPointer, fuzzSak)
        }
        exit(status)
    }
}

#if canImport(Glibc)
import Glibc
#endif
