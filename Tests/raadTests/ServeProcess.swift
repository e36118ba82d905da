import Foundation
import RaadTestSupport

/// `raad serve` started as an editor starts it, on a free port, with its output collected as it comes.
final class ServeProcess: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let process = Process()
    private let lock = NSLock()
    private var collected = ""
    private(set) var port = 0

    /// Starts the server in `folder` and waits (up to `seconds`) until it says where it listens.
    init(in folder: String, arguments: [String] = [], seconds: Double = 60) throws {
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["serve", "--port", "0", "--today", "2026-05-01"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.withLock { self.collected += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let match = output.firstMatch(of: /\ http:\/\/127\.0\.0\.1:(\d+)\//), let port = Int(match.1) {
                self.port = port
                return
            }
            if !process.isRunning { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        stop()
        throw Failure(description: "raad serve did not start: \(output)")
    }

    /// Everything it printed so far.
    var output: String { lock.withLock { collected } }

    /// Stops it as Ctrl-C does and returns its exit status.
    @discardableResult
    func stop() -> Int32 {
        if process.isRunning { kill(process.processIdentifier, SIGINT) }
        process.waitUntilExit()
        return process.terminationStatus
    }

    func get(_ path: String) throws -> RawHTTP.Response {
        try RawHTTP.get(port: port, path: path)
    }

    /// The stylesheet the front page under `base` links: its name carries a hash of its bytes.
    func stylesheet(_ base: String) throws -> String {
        let front = try get(base + "/").body
        guard let href = front.firstMatch(of: /<link rel="stylesheet" href="([^"]+)">/)?.1 else {
            throw Failure(description: "the front page links no stylesheet")
        }
        return String(href)
    }
}
