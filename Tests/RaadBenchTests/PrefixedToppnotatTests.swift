import Foundation
import RaadBench
import RaadContent
import RaadMarkdown
import RaadTestSupport
import Testing

/// Saksdokumenter pages prefix the ids of every toppnotat by rewriting its first rendering; on every
/// toppnotat of the real content and of a synthetic archive, that must equal rendering it again.
@Suite("Prefixed toppnotater on real and synthetic content")
struct PrefixedToppnotatTests {
    static let reserved: Set<String> = ["hovedinnhold", "forslag-til-vedtak", "toppnotat", "behandling", "vedtak",
                                        "vedlegg", "tidligere-behandlinger", "senere-behandlinger", "sak-fakta",
                                        "endringer", "emner", "sak-tittel", "toc-tittel"]

    func check(_ archive: Archive) -> Int {
        var checked = 0
        for sak in archive.allSaker {
            guard let text = sak.toppnotat else { continue }
            let prefix = "sak-\(sak.slug)-"
            let once = Markdown.render(text.source, firstLine: text.location.line, reservedIDs: Self.reserved)
            let again = Markdown.render(text.source, firstLine: text.location.line, reservedIDs: [], idPrefix: prefix,
                                        headingOffset: 1)
            #expect(once.withPrefixedIDs(prefix, headingOffset: 1) == again, "\(sak.source.path)")
            checked += 1
        }
        return checked
    }

    @Test("the real content")
    func realContent() throws {
        let archive = try #require(ContentLoader(root: Repository.content).load().archive)
        #expect(check(archive) >= 7)
    }

    @Test("a synthetic archive of 300 saker")
    func synthetic() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("raad-prefix-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try ArchiveGenerator(saker: 300, seed: 11).write(to: root)
        let archive = try #require(ContentLoader(root: root).load().archive)
        #expect(check(archive) == 300)
    }
}
