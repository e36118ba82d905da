import Foundation
import RaadTestSupport

/// Runs the built `raad` binary in a project folder, as an editor or CI would.
struct CLI {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let binary: String = {
        let candidates: [String] = [
            Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("raad").path,
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("raad").path,
            Repository.root + "/.build/debug/raad",
        ].compactMap { $0 }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
    }()

    /// Runs with no locale, so messages are in bokmål, the default; `environment` adds to or overrides that
    /// (`["LANG": "en_GB.UTF-8"]` for English).
    func raad(_ arguments: [String], in folder: String, environment extra: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] { environment[name] = nil }
        environment.merge(extra) { $1 }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The mini archive plus a copy of the real theme, laid out as a project.
    func project() throws -> TemporaryContent {
        // Content only, as a council's own repository holds: the theme is the one raad carries.
        try TemporaryContent(MiniContent.files)
    }

    /// Every file under `folder` with its bytes, to prove a failed build left the site alone.
    func snapshot(_ folder: String) throws -> [String: Data] { try folderSnapshot(folder) }
}
