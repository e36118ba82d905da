import Testing
@testable import RaadCheck

@Suite("URL references resolved as RFC 3986 says")
struct URLReferenceTests {
    static let base = URLReference("https://example.org/radsmodellen/strategiradet/2026-06-11/14-26/index.html")

    @Test("the RFC's kinds of reference", arguments: [
        ("../", "https://example.org/radsmodellen/strategiradet/2026-06-11/"),
        ("../../", "https://example.org/radsmodellen/strategiradet/"),
        ("vedlegg/a.pdf", "https://example.org/radsmodellen/strategiradet/2026-06-11/14-26/vedlegg/a.pdf"),
        ("./", "https://example.org/radsmodellen/strategiradet/2026-06-11/14-26/"),
        ("/a/./b/../c", "https://example.org/a/c"),
        ("../../../../../../x", "https://example.org/x"),
        ("?q=1", "https://example.org/radsmodellen/strategiradet/2026-06-11/14-26/index.html?q=1"),
        ("#vedtak", "https://example.org/radsmodellen/strategiradet/2026-06-11/14-26/index.html#vedtak"),
        ("//cdn.example/x", "https://cdn.example/x"),
        ("http://Example.org/y#z", "http://Example.org/y#z"),
    ])
    func resolves(reference: String, expected: String) {
        let resolved = URLReference(reference).resolved(against: Self.base)
        var text = "\(resolved.scheme!)://\(resolved.authority!)\(resolved.path)"
        if let query = resolved.query { text += "?\(query)" }
        if let fragment = resolved.fragment { text += "#\(fragment)" }
        #expect(text == expected)
    }

    @Test("a scheme is only letters, digits, + - . before the first colon")
    func scheme() {
        #expect(URLReference("mailto:a@b.no").scheme == "mailto")
        #expect(URLReference("a/b:c").scheme == nil)
        #expect(URLReference("1x:y").scheme == nil)
    }
}
