import Foundation

/// A throwaway folder filled from one multi-file string, as Hugo's tests do:
///
///     -- content/_index.md --
///     ---
///     tittel: Test
///     ---
///
/// Each `-- path --` line starts a file; the folder is deleted when the value is released.
public final class TemporaryContent: @unchecked Sendable {
    public let root: String

    public init(_ files: String = "") throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("raad-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        root = base.path
        try write(files)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Adds (or replaces) the files of a multi-file string.
    public func write(_ files: String) throws {
        var path: String?
        var lines: [Substring] = []
        func flush() throws {
            guard let path else { return }
            try self.write(path, lines.joined(separator: "\n") + "\n")
        }
        for line in files.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- ") && line.hasSuffix(" --") && line.count > 6 {
                try flush()
                path = String(line.dropFirst(3).dropLast(3))
                lines = []
            } else {
                lines.append(line)
            }
        }
        try flush()
    }

    public func write(_ relative: String, _ text: String) throws {
        try write(relative, data: Data(text.utf8))
    }

    public func write(_ relative: String, data: Data) throws {
        let url = URL(fileURLWithPath: root).appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    public func path(_ relative: String) -> String { root + "/" + relative }

    public func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }
}
