import Dispatch
import Foundation
import RaadContent

/// Checks every link of a built site against the site itself: pages, files, anchors, base path, mailto and tel.
/// External http(s) links are collected, not fetched; `ExternalChecker` does that on request.
public struct LinkChecker: Sendable {
    public struct Result: Sendable {
        /// Sorted by source file and line; each (source, link, kind) once, with every page it is on.
        public var problems: [LinkProblem]
        public var externalLinks: [ExternalLink]
        /// Every file and anchor of the checked site.
        public var manifest: Manifest
        public var pageCount: Int
        public var linkCount: Int
    }

    let address: SiteAddress
    let baseURL: String

    /// - Parameter baseURL: the address the site is published at, such as `https://example.org/radsmodellen/`;
    ///   only its path matters unless links name the site's own host.
    public init(baseURL: String) {
        self.baseURL = baseURL
        address = SiteAddress(baseURL: baseURL)
    }

    public func check(_ site: BuiltSite) -> Result {
        let documents = Self.scan(site.files)
        let finished = Self.index(site.files, documents)
        let findings = parallelMap(Array(site.files.indices)) { position -> PageFindings in
            guard let document = documents[position] else { return PageFindings() }
            return PageChecker(checker: self, index: finished, site: site, file: site.files[position], document: document).run()
        }
        var merger = FindingsMerger()
        findings.forEach { merger.add($0) }
        return Result(problems: merger.problems, externalLinks: merger.externalLinks,
                      manifest: Manifest(baseURL: baseURL, index: finished),
                      pageCount: site.files.count(where: { $0.kind == .html }),
                      linkCount: documents.reduce(0) { $0 + ($1?.links.count ?? 0) })
    }

    /// Scans pages and feeds on every core; other files give nil.
    static func scan(_ files: [BuiltSite.File]) -> [ScannedDocument?] {
        parallelMap(files) { file -> ScannedDocument? in
            guard let kind = file.kind else { return nil }
            let bytes: [UInt8]
            switch file.contents {
            case .text(let text): bytes = Array(text.utf8)
            case .file(let path):
                guard let data = FileManager.default.contents(atPath: path) else {
                    var unreadable = ScannedDocument()
                    unreadable.isWellFormed = false
                    return unreadable
                }
                bytes = [UInt8](data)
            case .other: return nil
            }
            return kind == .html ? DocumentScanner.scanHTML(bytes) : DocumentScanner.scanXML(bytes)
        }
    }

    static func index(_ files: [BuiltSite.File], _ documents: [ScannedDocument?]) -> SiteIndex {
        var index = SiteIndex()
        for (file, document) in zip(files, documents) {
            index.add(file.path, anchors: file.kind == .html ? document?.anchors : nil,
                      canonical: file.kind == .html ? document?.canonical : nil)
        }
        return index
    }
}
