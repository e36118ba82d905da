import Foundation
import Testing
import RaadContent
import RaadTestSupport
@testable import RaadSite

@Suite("The search index written with the site")
struct SearchIndexTests {
    typealias Files = SearchIndexFiles

    func decode<T: Decodable>(_ type: T.Type, _ path: String, in output: Output) throws -> T {
        guard case .text(let json)? = output.file(path)?.contents else {
            throw TestFailure(description: "no index file \(path)")
        }
        return try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    /// The whole dictionary, shards merged, postings decoded to (id, weight).
    func dictionary(_ output: Output) throws -> [String: [String: [(id: Int, weight: Int)]]] {
        let manifest = try decode(Files.Manifest.self, Files.manifest, in: output)
        var merged: [String: [String: [(id: Int, weight: Int)]]] = [:]
        for index in manifest.termShards.indices {
            for (key, variants) in try decode(Files.TermShard.self, Files.termShard(index), in: output).terms {
                merged[key] = variants.mapValues { postings in
                    var id = 0
                    return postings.map { posting in
                        id += posting >> 2
                        return (id, posting & 3)
                    }
                }
            }
        }
        return merged
    }

    func documents(_ output: Output) throws -> [Files.Document] {
        let manifest = try decode(Files.Manifest.self, Files.manifest, in: output)
        let documents = try manifest.documentFiles.indices.flatMap { try decode([Files.Document].self, Files.documents($0), in: output) }
        #expect(documents.count == manifest.documents)
        return documents
    }

    @Test("every møte, sak and utvalg is a document, numbered newest first, with its filter values")
    func documentsAndFilters() throws {
        let (output, _) = try buildMini()
        let manifest = try decode(Files.Manifest.self, Files.manifest, in: output)
        let documents = try documents(output)
        #expect(documents.count == 10)  // 3 møter, 5 saker, 2 utvalg; the mini archive has no emner
        #expect(documents.map(\.dato) == documents.map(\.dato).sorted(by: >))
        // Strategirådet's page is dated by its newest møte and comes before it.
        #expect(documents.prefix(2).map(\.url) == ["/radsmodellen/strategiradet/", "/radsmodellen/strategiradet/2026-06-11/"])
        #expect(documents.dropFirst().first?.kind == "mote" && documents.dropFirst().first?.nummer == "2/2026")
        let filters = try decode(Files.FilterTable.self, Files.filters, in: output)
        #expect([filters.utvalg.count, filters.years.count, filters.types.count] == [Int](repeating: 10, count: 3))
        #expect(manifest.utvalg.map(\.value) == ["strategiradet", "e-helserad"])
        #expect(manifest.years.map(\.value) == ["2026", "2025"])
        #expect(manifest.types.map(\.value) == ["mote", "godkjenning", "drofting", "apen-sak"])
        #expect(documents.filter { $0.kind == "utvalg" }.map(\.tittel) == ["Strategirådet", "Nasjonalt e-helseråd"])
        for (id, document) in documents.enumerated() {
            #expect(manifest.utvalg[filters.utvalg[id]].label == document.utvalg)
            guard document.kind == "sak" || document.kind == "mote" else {
                #expect(filters.years[id] == -1 && filters.types[id] == -1, "an utvalg page is of no year or type")
                continue
            }
            #expect(manifest.years[filters.years[id]].value == String(document.dato.prefix(4)))
            #expect(manifest.types[filters.types[id]].label == document.sakstype ?? "Møte")
        }
    }

    @Test("a word's postings name the documents that have it, with the weight of the best place")
    func postings() throws {
        let (output, _) = try buildMini()
        let documents = try documents(output)
        let dictionary = try dictionary(output)
        let prismodell = try #require(dictionary["prismodell"]?["prismodell"])
        let inTitle = prismodell.filter { $0.weight == 3 }.map { documents[$0.id].nummer }
        #expect(Set(inTitle) == ["16/26", "15/25"])
        // "Strategirådet" is in vedtak and text; folded key, exact letters kept as the variant.
        let rad = try #require(dictionary["strategirad"]?["strategiråd"])
        #expect(rad.contains { documents[$0.id].nummer == "1/26" && $0.weight == 2 })
        #expect(dictionary["og"] == nil && dictionary["i"] == nil)
    }

    @Test("a record's text is the words of its Markdown, without the table, list, bold or heading syntax")
    func plainRecordText() throws {
        let sak = """
            -- content/strategiradet/2026-09-01/_index.md --
            ---
            dato: 2026-09-01
            ---
            -- content/strategiradet/2026-09-01/31-26.md --
            ---
            sak: 31/26
            tittel: Tabellsak
            forslag_til_vedtak: |
              Rådet **slutter seg** til planen.
            behandling: |
              | Virksomhet | Innspill |
              | --- | --- |
              | KS | Støtter **planen** |

              - Første *punkt*
              - Andre punkt

              1. Nummerert punkt
            vedtak: |
              # Vedtaket

              Rådet tok saken `til orientering`.
            ---
            ## Bakgrunn

            > Sitert tekst
            """
        let content = try TemporaryContent(MiniContent.files)
        try content.write(sak)
        let archive = try #require(ContentLoader(root: content.path("content")).load().archive)
        let views = ViewFactory(archive: archive, paths: SitePaths(baseURL: "/"), history: History(archive: archive),
                                today: Dato(year: 2026, month: 1, day: 1), pageIDs: PageIDs(), assets: AssetPaths())
        let record = try #require(SearchRecord.all(from: views).first { $0.tittel == "Tabellsak" })
        let texts = [record.behandling, record.vedtak, record.forslag, record.tekst]
        for word in ["Virksomhet", "Innspill", "KS", "Støtter", "planen", "Første", "punkt", "Andre", "Nummerert",
                     "Vedtaket", "orientering", "slutter seg", "Bakgrunn", "Sitert tekst"] {
            #expect(texts.contains { $0.contains(word) }, "\(word) in \(texts)")
        }
        for syntax in ["|", "---", "**", "*", "- ", "1. ", "#", "`", "> "] {
            #expect(!texts.contains { $0.contains(syntax) }, "\(syntax) in \(texts)")
        }
        // What the search page shows of the result: the same plain text.
        let (output, _) = try buildMini(extra: sak)
        let documents = try self.documents(output)
        let shown = try #require(documents.first { $0.tittel == "Tabellsak" }).tekst
        #expect(shown.contains("Virksomhet Innspill KS Støtter planen"), "\(shown)")
        for syntax in ["|", "---", "**", "- ", "#"] { #expect(!shown.contains(syntax), "\(syntax) in \(shown)") }
    }

    @Test("each term shard holds exactly the keys of its range, in the order JavaScript compares strings")
    func shardRanges() throws {
        let (archive, _) = ContentLoader(root: Repository.content).load()
        let loaded = try #require(archive)
        let views = ViewFactory(archive: loaded, paths: SitePaths(baseURL: "/"), history: History(archive: loaded),
                                today: Dato(year: 2026, month: 1, day: 1), pageIDs: PageIDs(), assets: AssetPaths())
        let index = SearchIndex(records: SearchRecord.all(from: views))
        let shards = index.termShards(targetBytes: 2_000)
        #expect(shards.count > 20)
        #expect(shards.first?.firstKey == "")
        func before(_ a: String, _ b: String) -> Bool { a.utf16.lexicographicallyPrecedes(b.utf16) }
        var all: Set<String> = []
        for (i, shard) in shards.enumerated() {
            for key in shard.keys {
                #expect(index.termShard(shard.keys).terms.keys.contains(key))
                #expect(!before(key, shard.firstKey))
                if i + 1 < shards.count { #expect(before(key, shards[i + 1].firstKey)) }
                all.insert(key)
            }
        }
        #expect(all == Set(index.dictionary.keys))
    }

    @Test("a saksnummer held by several utvalg lists each; references to it are listed apart")
    func saksnummer() throws {
        let (output, _) = try buildMini(extra: """
        -- content/fagradet/_index.md --
        ---
        navn: Fagrådet
        ---
        -- content/fagradet/2026-02-01/_index.md --
        ---
        dato: 2026-02-01
        ---
        -- content/fagradet/2026-02-01/16-26.md --
        ---
        sak: 16/26
        tittel: Noe helt annet
        sakstype: Orientering
        ---
        Som omtalt i sak 1/26 fra Strategirådet.
        """)
        let documents = try documents(output)
        let shard = try decode(Files.NummerShard.self, Files.nummerShard("26"), in: output)
        let holders = try #require(shard.exact["16/26"]).map { documents[$0].utvalg }
        #expect(Set(holders) == ["Strategirådet", "Fagrådet"])
        #expect(try #require(shard.exact["2/2026"]).map { documents[$0].kind } == ["mote"])
        #expect(try #require(shard.mentioned["1/26"]).contains { documents[$0].tittel == "Noe helt annet" })
        let older = try decode(Files.NummerShard.self, Files.nummerShard("25"), in: output)
        // 16/26 cites it in its tidligere behandlinger; its møte lists it on the agenda.
        #expect(try #require(older.mentioned["15/25"]).map { documents[$0].nummer ?? documents[$0].kind } == ["16/26", "mote"])
    }

    @Test("a result's text: parts joined, whitespace collapsed, cut at a space")
    func snippetText() {
        #expect(SearchIndex.snippetText(["Vedtak  her.\n\nMer.", "", "  Behandling\tog tekst "], limit: 100) ==
                "Vedtak her. Mer. … Behandling og tekst")
        #expect(SearchIndex.snippetText(["æøå æøå æøå"], limit: 5) == "æøå æøå …")
        #expect(SearchIndex.snippetText([" ", "\n"], limit: 5) == "")
    }

    @Test("two builds write the same index, byte for byte")
    func deterministic() throws {
        let (first, _) = try buildMini()
        let (second, _) = try buildMini()
        let index = { (output: Output) in output.files.filter { $0.path.hasPrefix(Files.folder) } }
        #expect(index(first) == index(second))
        #expect(index(first).count > 5)
    }

    @Test("documents go a few to a file, in order, each file closed once it holds the target; a large one stands alone")
    func documentFiles() {
        let documents = ["aaaa", "bb", "cccccccccccc", "d", "e", "ffff"]
        #expect(SearchIndex.groups(documents, targetBytes: 8) == [0..<2, 2..<3, 3..<6])
        #expect(SearchIndex.groups([], targetBytes: 8) == [])
        #expect(SearchIndex.groups(["x"], targetBytes: 1) == [0..<1])
    }

    @Test("the index of the mini archive matches its golden file")
    func golden() throws {
        let (output, _) = try buildMini()
        var text = ""
        for file in output.files where file.path.hasPrefix(Files.folder) {
            guard case .text(let json) = file.contents else { continue }
            text += "-- \(file.path) --\n\(json)\n"
        }
        assertGolden(text, "search/index-mini.txt")
    }
}
