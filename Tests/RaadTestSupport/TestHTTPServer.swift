import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The external-link test server (`Tests/Fixtures/check-server.py`) on 127.0.0.1 and a free port, stopped when
/// the value is released; it also stops itself after a few minutes, should a test die first.
public final class TestHTTPServer: @unchecked Sendable {
    public struct Request: Decodable, Sendable {
        public var method: String
        public var path: String
        public var time: Double
    }

    public let port: Int
    private let process: Process

    public init() throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Repository.fixture("check-server.py"), "300"]
        let output = Pipe()
        process.standardOutput = output
        // The checker cancels a GET once it has the headers; the server's broken-pipe tracebacks are noise.
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            line += chunk
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw ServerFailure(description: "check-server.py printed no port: \(String(decoding: line, as: UTF8.self))")
        }
        self.port = port
    }

    deinit {
        process.terminate()
        process.waitUntilExit()
    }

    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Every request the server has seen, in order.
    public func requests() async throws -> [Request] {
        let (data, _) = try await URLSession.shared.data(from: URL(string: url("/_log"))!)
        return try JSONDecoder().decode([Request].self, from: data)
    }

    struct ServerFailure: Error, CustomStringConvertible {
        var description: String
    }
}
