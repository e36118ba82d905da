import Foundation
import RaadMessages
import RaadText

/// Checks the links of one page or feed against the index of the whole site.
struct PageChecker {
    let checker: LinkChecker
    let index: SiteIndex
    let site: BuiltSite
    let file: BuiltSite.File
    let document: ScannedDocument

    /// Schemes that are fine to link to but that a link checker cannot check.
    static let uncheckedSchemes: Set<String> = ["data", "javascript", "webcal", "sms", "ftp", "ftps", "geo", "urn",
                                                "about", "blob", "callto"]

    var page: String { site.displayPrefix + file.path }

    func run() -> PageFindings {
        var findings = PageFindings()
        if !document.isWellFormed {
            findings.problems.append(LinkProblem(kind: .malformedXML, url: "", message: .unreadablePage(page, html: file.kind == .html),
                                                 file: page, line: 0, fromContent: false, pages: [page]))
        }
        let pageURL = checker.address.reference(of: file.path)
        let base = document.baseHref.map { URLReference($0.trimmingASCIIWhitespace()).resolved(against: pageURL) }
            ?? pageURL
        for link in document.links {
            let url = link.url.trimmingASCIIWhitespace()
            switch verdict(url, base: base) {
            case nil:
                continue
            case .external(let absolute):
                for source in sources(of: url, line: link.line) {
                    findings.external.append((absolute, .init(file: source.file, line: source.line,
                                                              fromContent: source.fromContent, page: page)))
                }
            case .broken(let kind, let message):
                for source in sources(of: url, line: link.line) {
                    findings.problems.append(LinkProblem(kind: kind, url: url, message: message, file: source.file,
                                                         line: source.line, fromContent: source.fromContent, pages: [page]))
                }
            }
        }
        return findings
    }

    enum Verdict {
        case broken(LinkProblem.Kind, Message)
        case external(String)
    }

    /// nil for a link that works (or cannot be checked).
    func verdict(_ url: String, base: URLReference) -> Verdict? {
        let reference = URLReference(url)
        if let scheme = reference.scheme?.lowercased() {
            switch scheme {
            case "mailto": return ContactLink.mailtoProblem(url).map { .broken(.badMailto, $0) }
            case "tel": return ContactLink.telProblem(url).map { .broken(.badTel, $0) }
            case "http", "https":
                if !checker.address.isOwn(reference) { return .external(Self.withoutFragment(url)) }
            default:
                if Self.uncheckedSchemes.contains(scheme) { return nil }
                return .broken(.unknownScheme, .unknownScheme(scheme))
            }
        } else if reference.authority != nil {
            if !checker.address.isOwn(reference) { return .external(checker.address.scheme + ":" + Self.withoutFragment(url)) }
        }
        let resolved = reference.resolved(against: base)
        if resolved.authority.map({ SiteAddress.normalized(authority: $0) }) != checker.address.authority {
            // A <base href> on another host makes relative links external.
            return .external(Self.absolute(resolved))
        }
        return target(path: resolved.path, fragment: resolved.fragment)
    }

    /// A path on the site's own host: under the base path, to a file that exists, to an anchor that exists.
    private func target(path rawPath: Substring, fragment: Substring?) -> Verdict? {
        let path = Self.decoded(rawPath)
        let basePath = checker.address.basePath
        let relative: String
        if path.hasPrefix(basePath) {
            relative = String(path.dropFirst(basePath.count))
        } else if path + "/" == basePath {
            relative = ""
        } else {
            return .broken(.outsideBasePath, .outsideBasePath(path, basePath))
        }
        let candidates = relative.isEmpty || relative.hasSuffix("/")
            ? [relative + "index.html"] : [relative, relative + "/index.html"]
        guard let found = candidates.first(where: index.contains) else {
            let isVedlegg = relative.split(separator: "/").dropLast().contains("vedlegg")
            return isVedlegg
                ? .broken(.missingVedlegg, .vedleggNotInSite(path))
                : .broken(.missingPage, .notInSite(path))
        }
        guard let fragment, !fragment.isEmpty, let anchors = index.anchors(of: found) else { return nil }
        let anchor = Self.decoded(fragment)
        guard !anchors.contains(anchor) else { return nil }
        return .broken(.missingAnchor, .noSuchAnchor(path, anchor))
    }

    /// Where to report a link: the content lines it came from, or else this page and line.
    private func sources(of url: String, line: Int) -> [(file: String, line: Int, fromContent: Bool)] {
        if let locations = file.origins[BuiltSite.File.key(url)], !locations.isEmpty {
            return locations.map { ($0.path, $0.line, true) }
        }
        return [(page, line, false)]
    }

    static func decoded(_ text: Substring) -> String {
        text.containsByte(UInt8(ascii: "%")) ? String(text).removingPercentEncoding ?? String(text) : String(text)
    }

    static func withoutFragment(_ url: String) -> String {
        url.firstIndex(of: "#").map { String(url[..<$0]) } ?? url
    }

    static func absolute(_ reference: URLReference) -> String {
        var text = "\(reference.scheme ?? "https")://\(reference.authority ?? "")\(reference.path)"
        if let query = reference.query { text += "?\(query)" }
        return text
    }
}
