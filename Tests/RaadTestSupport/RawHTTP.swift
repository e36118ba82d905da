import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client on a plain socket: it sends the request line exactly as written (so `/../x` reaches
/// the server unnormalised), and can read a Server-Sent Events stream line by line with a deadline.
public final class RawHTTP {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public struct Response {
        public var status: Int
        public var headers: [String: String]
        public var body: String
    }

    private let socket: Int32
    private var pending: [UInt8] = []

    /// Connects to 127.0.0.1:`port` and sends `GET path`, with `Host: host` (127.0.0.1:`port` if nil) and `headers`.
    public init(port: Int, path: String, keepOpen: Bool = false, host: String? = nil, headers: [String: String] = [:]) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket: \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(socket)
            throw Failure(description: "connect to port \(port): \(String(cString: strerror(errno)))")
        }
        let extra = headers.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)\r\n" }.joined()
        let request = "GET \(path) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\n\(extra)"
            + "Connection: \(keepOpen ? "keep-alive" : "close")\r\n\r\n"
        let bytes = Array(request.utf8)
        guard send(socket, bytes, bytes.count, 0) == bytes.count else { throw Failure(description: "send failed") }
    }

    deinit { close(socket) }

    /// One whole response, read until the server closes the connection.
    public static func get(port: Int, path: String, host: String? = nil, headers: [String: String] = [:],
                           timeout: Double = 5) throws -> Response {
        let connection = try RawHTTP(port: port, path: path, host: host, headers: headers)
        var data: [UInt8] = []
        let deadline = Date().addingTimeInterval(timeout)
        while let chunk = try connection.receive(until: deadline) { data += chunk }
        let text = String(decoding: data, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw Failure(description: "no response head in \(text)") }
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let status = Int(lines.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: String(text[split.upperBound...]))
    }

    /// The next line of a stream, without its line end, or `nil` at the deadline or when the server closed.
    public func readLine(until deadline: Date) throws -> String? {
        while true {
            if let end = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[..<end], as: UTF8.self)
                pending.removeSubrange(...end)
                return line.hasSuffix("\r") ? String(line.dropLast()) : line
            }
            guard let chunk = try receive(until: deadline) else { return nil }
            pending += chunk
        }
    }

    /// Lines up to and including the next line that contains `text`; `nil` if the deadline came first.
    public func lines(upTo text: String, within seconds: Double) throws -> [String]? {
        let deadline = Date().addingTimeInterval(seconds)
        var lines: [String] = []
        while let line = try readLine(until: deadline) {
            lines.append(line)
            if line.contains(text) { return lines }
        }
        return nil
    }

    private func receive(until deadline: Date) throws -> [UInt8]? {
        let wait = Int32(max(0, deadline.timeIntervalSinceNow * 1000))
        var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, wait) > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = recv(socket, &buffer, buffer.count, 0)
        guard count >= 0 else { throw Failure(description: "recv: \(String(cString: strerror(errno)))") }
        return count == 0 ? nil : Array(buffer[..<count])
    }
}
