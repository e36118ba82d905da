import Foundation
import RaadMessages

extension SiteSettings {
    /// The hosts RFC 2606 keeps for examples, as the repository's own content uses one until the real address is
    /// known. Sub-domains are left alone: the benchmark archive's radsmodellen.example.org is not published.
    static let exampleHosts: Set<String> = ["example.org", "example.com", "example.net",
                                            "www.example.org", "www.example.com", "www.example.net"]

    /// A warning when `base_url` is still an example address: the build works, but the feed, the calendar, the
    /// sitemap and the manifest would send readers there. Nil when the address is a real one or only a path.
    public var exampleAddressWarning: Diagnostic? {
        guard let location = baseURLLocation, let host = URL(string: baseURL)?.host?.lowercased(),
              Self.exampleHosts.contains(host)
        else { return nil }
        return .warning(location, .baseURLIsExample(baseURL), hint: .setBaseURL)
    }
}
