import RaadMessages

extension ContentLoader {
    static let siteKeys = ["tittel", "utgiver", "utgiver_url", "tilgjengelighetserklaering", "base_url", "spraak", "tema", "sakstyper"]

    func loadSite(_ diagnostics: DiagnosticCollector) -> SiteSettings? {
        let path = root + "/_index.md"
        return cached(path, diagnostics) { siteSettings(path: path, $0) }
    }

    private func siteSettings(path: String, _ diagnostics: DiagnosticCollector) -> SiteSettings? {
        guard let (map, front) = readMapping(path, what: .theSiteFile, allowed: Self.siteKeys,
                                             missingHint: .siteNeedsIndex,
                                             diagnostics)
        else { return nil }
        let tittel = map.string("tittel", required: true) ?? ""
        var settings = SiteSettings(tittel: tittel, utgiver: map.string("utgiver"))
        if let baseURL = map.string("base_url") {
            if baseURL.hasPrefix("/") || baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://") {
                settings.baseURL = baseURL
                settings.baseURLLocation = map.valueLocation(of: "base_url")
            } else {
                diagnostics.error(map.location(of: "base_url"), .baseURLForm, hint: .baseURLExample)
            }
        }
        if let spraak = map.string("spraak") {
            if ["nb", "nn", "en"].contains(spraak) {
                settings.spraak = spraak
            } else {
                diagnostics.error(map.location(of: "spraak"), .spraakForm(spraak))
            }
        }
        if let tema = map.string("tema") {
            if tema.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) && tema.allSatisfy(\.isASCII) {
                settings.tema = tema
            } else {
                diagnostics.error(map.location(of: "tema"), .temaForm)
            }
        }
        for key in ["utgiver_url", "tilgjengelighetserklaering"] {
            guard let url = map.string(key) else { continue }
            guard Self.isSafeExternalURL(url) else {
                diagnostics.error(map.location(of: key), .mustBeWebAddress(key))
                continue
            }
            if key == "utgiver_url" { settings.utgiverURL = url } else { settings.tilgjengelighetserklaering = url }
        }
        settings.sakstyper = sakstyper(map)
        settings.forside = bodyText(front, path: path)
        return settings
    }

    /// The Markdown body of a file, or `nil` when it is blank.
    func bodyText(_ front: FrontMatter, path: String) -> MarkdownText? {
        let text = MarkdownText(front.body, at: SourceLocation(path: path, line: front.bodyLine))
        return text.isBlank ? nil : text
    }
}

import Foundation
