import Foundation
import Testing
import RaadContent
import RaadTestSupport
@testable import RaadSite

/// The real content rendered: what a reader of the published site sees.
@Suite("The real site")
struct RealSiteTests {
    static func build() throws -> Output {
        let (archive, _) = ContentLoader(root: Repository.content).load()
        let theme = try Theme(themesRoot: Repository.themes, name: "helsedir")
        return SiteBuilder(archive: try #require(archive), theme: theme,
                           options: .init(today: Dato(year: 2026, month: 11, day: 23))).build()
    }

    @Test("no page contains a word garbled by the scan of the 2025 referat")
    func noScanArtefacts() throws {
        let list = try String(contentsOfFile: Repository.fixture("scan-artefacts.txt"), encoding: .utf8)
        let garbled = Set(list.split(separator: "\n").compactMap { $0.split(separator: "\t").first.map(String.init) })
        #expect(garbled.count > 100)
        var found: [String] = []
        for file in try Self.build().files where file.path.hasSuffix(".html") {
            guard case .text(let html) = file.contents else { continue }
            let text = html.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
            let words = text.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "@") }
            found += words.filter { garbled.contains(String($0)) }.map { "\(file.path): \($0)" }
        }
        #expect(found.isEmpty, "\(found)")
    }

    @Test("every sak has its page, and every page names its utvalg in the breadcrumbs")
    func pages() throws {
        let output = try Self.build()
        let sakPages = output.files.filter {
            $0.path.split(separator: "/").count == 4 && $0.path.hasSuffix("index.html") && !$0.path.contains("saksdokumenter")
        }
        #expect(sakPages.count == 33)
        let page = try output.html("strategiradet/2026-06-11/14-26/index.html")
        #expect(page.contains("<span aria-current=\"page\">Sak 14/26</span>"))
        #expect(page.contains("<a href=\"/radsmodellen/strategiradet/\">Strategirådet</a>"))
    }
}
