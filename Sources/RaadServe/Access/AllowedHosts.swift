/// The addresses the preview answers to, and the origins it counts as its own.
///
/// Binding to 127.0.0.1 keeps other machines out, but not other websites: a page the editor has open can
/// re-point its own name at 127.0.0.1 (DNS rebinding) and then read the preview as if it were its own. Its
/// requests still carry its own name in `Host`, so only names that are this server's are answered.
public struct AllowedHosts: Sendable, Equatable {
    /// The port the server listens on, which a loopback name or the `--host` value must carry.
    public let port: Int
    /// Names that must carry a given port.
    private let withPort: Set<HostAndPort>
    /// `--allowed-host` names given without a port: any port, as behind a proxy that keeps the editor's name.
    private let anyPort: Set<String>

    /// - Parameters:
    ///   - listening: the `--host` address, as given (`::1` without brackets).
    ///   - names: the `--allowed-host` values; ones that `isValidName` refuses are left out.
    public init(port: Int, listening: String, names: [String] = []) {
        self.port = port
        let bracketed = listening.contains(":") && !listening.hasPrefix("[") ? "[\(listening)]" : listening
        var withPort = Set(["localhost", "127.0.0.1", "::1"].map { HostAndPort(host: $0, port: port) })
        if let own = HostAndPort(bracketed) { withPort.insert(HostAndPort(host: own.host, port: port)) }
        var anyPort: Set<String> = []
        for name in names.compactMap(HostAndPort.init) {
            if name.port == nil { anyPort.insert(name.host) } else { withPort.insert(name) }
        }
        self.withPort = withPort
        self.anyPort = anyPort
    }

    /// True for a name `--allowed-host` can take: a host name or IP address, with or without `:PORT`.
    public static func isValidName(_ name: String) -> Bool {
        HostAndPort(name) != nil
    }

    /// True when a request with this `Host` header is one for this server; a missing header is refused.
    public func allows(host header: String?) -> Bool {
        allows(header, defaultPort: 80)
    }

    /// True when an `Origin` header is this server's own (`http://` or `https://` and an allowed address),
    /// or there is none, as in a page's own requests for its files and a typed-in address.
    public func allows(origin header: String?) -> Bool {
        guard let header else { return true }
        let lowered = header.lowercased()
        for (scheme, defaultPort) in [("http://", 80), ("https://", 443)] where lowered.hasPrefix(scheme) {
            return allows(String(lowered.dropFirst(scheme.count)), defaultPort: defaultPort)
        }
        // `null` (a sandboxed frame, a file) and anything else is no origin of ours.
        return false
    }

    private func allows(_ authority: String?, defaultPort: Int) -> Bool {
        guard let authority, let parsed = HostAndPort(authority) else { return false }
        return anyPort.contains(parsed.host) || withPort.contains(HostAndPort(host: parsed.host, port: parsed.port ?? defaultPort))
    }
}
