import Testing
@testable import RaadServe

/// Which `Host` and `Origin` headers the preview counts as its own: the defence against DNS rebinding.
@Suite("Which hosts and origins the preview answers")
struct AllowedHostsTests {
    static let plain = AllowedHosts(port: 1313, listening: "127.0.0.1")

    @Test("the loopback names with the server's port, in any case and with a trailing dot", arguments: [
        "localhost:1313", "127.0.0.1:1313", "[::1]:1313", "LOCALHOST:1313", "localhost.:1313",
        "LocalHost.:1313",
    ])
    func allowed(host: String) {
        #expect(Self.plain.allows(host: host))
    }

    @Test("other names, other ports, a missing port, a missing Host and malformed ones are refused", arguments: [
        "evil.example:1313", "evil.example", "localhost:1314", "localhost", "127.0.0.1:80", "[::1]:13130",
        "::1:1313", "[::1", "127.0.0.2:1313", "0.0.0.0:1313", "localhost..:1313", "user@localhost:1313",
        "localhost:1313/", "localhost:+1313", "localhost:99999", "", " localhost:1313", "localhost.evil.example:1313",
    ])
    func refused(host: String) {
        #expect(!Self.plain.allows(host: host))
    }

    @Test("a request without a Host is refused")
    func missing() {
        #expect(!Self.plain.allows(host: nil))
    }

    @Test("with no port written, the port is 80")
    func defaultPort() {
        let onEighty = AllowedHosts(port: 80, listening: "127.0.0.1")
        #expect(onEighty.allows(host: "localhost"))
        #expect(onEighty.allows(host: "localhost:"))
        #expect(onEighty.allows(host: "localhost:80"))
    }

    @Test("the --host value is allowed with the port; an IPv6 one in brackets")
    func listening() {
        let lan = AllowedHosts(port: 1313, listening: "192.168.1.5")
        #expect(lan.allows(host: "192.168.1.5:1313"))
        #expect(!lan.allows(host: "192.168.1.5:1314"))
        #expect(lan.allows(host: "localhost:1313"))
        let v6 = AllowedHosts(port: 1313, listening: "fe80::1")
        #expect(v6.allows(host: "[FE80::1]:1313"))
        #expect(!v6.allows(host: "fe80::1:1313"))
    }

    @Test("an --allowed-host name without a port allows any port; with one, only that port")
    func extraNames() {
        let hosts = AllowedHosts(port: 1313, listening: "127.0.0.1", names: ["Preview.Intern", "proxy.intern:8443", "[::2]:9000"])
        #expect(hosts.allows(host: "preview.intern:1313"))
        #expect(hosts.allows(host: "preview.intern"))
        #expect(hosts.allows(host: "PREVIEW.INTERN.:443"))
        #expect(hosts.allows(host: "proxy.intern:8443"))
        #expect(!hosts.allows(host: "proxy.intern:1313"))
        #expect(!hosts.allows(host: "proxy.intern"))
        #expect(hosts.allows(host: "[::2]:9000"))
        #expect(!hosts.allows(host: "sub.preview.intern:1313"))
    }

    @Test("which --allowed-host values are names", arguments: [
        ("preview.intern", true), ("preview.intern:8080", true), ("[::1]:8080", true), ("10.0.0.2", true),
        ("http://preview.intern", false), ("preview.intern/", false), ("preview.intern:abc", false), ("", false),
    ])
    func validNames(name: String, valid: Bool) {
        #expect(AllowedHosts.isValidName(name) == valid)
    }

    @Test("no Origin, or the server's own, is same-origin", arguments: [
        nil, "http://localhost:1313", "http://127.0.0.1:1313", "http://[::1]:1313", "HTTP://LOCALHOST:1313",
    ] as [String?])
    func ownOrigin(origin: String?) {
        #expect(Self.plain.allows(origin: origin))
    }

    @Test("another site's Origin, a wrong port, null and malformed ones are refused", arguments: [
        "http://evil.example:1313", "http://evil.example", "http://localhost:1314", "http://localhost",
        "null", "localhost:1313", "http://localhost:1313/", "ftp://localhost:1313", "",
    ])
    func foreignOrigin(origin: String) {
        #expect(!Self.plain.allows(origin: origin))
    }

    @Test("an https Origin defaults to port 443, as behind a proxy with --allowed-host")
    func httpsOrigin() {
        let hosts = AllowedHosts(port: 1313, listening: "127.0.0.1", names: ["preview.intern:443"])
        #expect(hosts.allows(origin: "https://preview.intern"))
        #expect(!hosts.allows(origin: "http://preview.intern"))
    }
}
