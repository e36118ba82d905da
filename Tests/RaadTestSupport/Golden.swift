import Foundation
import Testing

/// Compares `actual` with a golden file; `RAAD_UPDATE_GOLDEN=1 swift test` rewrites the files, and the diff
/// is reviewed in git like any other change.
public func assertGolden(_ actual: String, _ relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let path = Repository.root + "/Tests/Golden/" + relativePath
    if ProcessInfo.processInfo.environment["RAAD_UPDATE_GOLDEN"] == "1" {
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            Issue.record("cannot write golden file \(path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
        Issue.record("golden file \(path) is missing; run RAAD_UPDATE_GOLDEN=1 swift test", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let expectedLine = first < expectedLines.count ? String(expectedLines[first]) : "<end of file>"
        let actualLine = first < actualLines.count ? String(actualLines[first]) : "<end of file>"
        Issue.record("""
            \(relativePath) differs from the golden file at line \(first + 1):
              expected: \(expectedLine)
              actual:   \(actualLine)
            run RAAD_UPDATE_GOLDEN=1 swift test to accept the change
            """, sourceLocation: sourceLocation)
    }
}
