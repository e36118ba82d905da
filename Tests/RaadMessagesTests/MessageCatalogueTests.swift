import Foundation
import Testing

/// Every message an editor reads is written once, in `Sources/RaadMessages/Catalogue/`, in bokmål and English.
/// These read the sources, so a message added anywhere else, or with one language missing or copied from the
/// other, fails here.
@Suite("The message catalogue")
struct MessageCatalogueTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources").path

    static func swiftFiles(under folder: String) -> [(path: String, text: String)] {
        let walker = FileManager.default.enumerator(atPath: folder)
        var files: [(String, String)] = []
        while let name = walker?.nextObject() as? String {
            guard name.hasSuffix(".swift"), let text = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8) else { continue }
            files.append((folder + "/" + name, text))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    @Test("every entry has a bokmål and an English text, and they differ")
    func bothLanguages() throws {
        let catalogue = Self.swiftFiles(under: Self.sources + "/RaadMessages/Catalogue")
        var entries = 0
        for file in catalogue {
            for entry in SwiftCallScanner.messageEntries(in: file.text) {
                entries += 1
                #expect(!entry.nb.isEmpty && !entry.en.isEmpty, "\(file.path): an entry lacks a language: \(entry)")
                #expect(entry.nb != entry.en, "\(file.path): the bokmål and English texts are the same: \(entry.nb)")
            }
        }
        #expect(entries > 120, "the scanner found only \(entries) entries; is it still reading the catalogue?")
    }

    @Test("no message is written outside the catalogue")
    func onlyInCatalogue() {
        for file in Self.swiftFiles(under: Self.sources) where !file.path.contains("/RaadMessages/") {
            #expect(!file.text.contains("Message(nb:"), "\(file.path) writes a message; add it to Sources/RaadMessages/Catalogue/")
        }
    }

    @Test("verbatim text carries names and outside errors, never prose of our own")
    func verbatimHoldsNoProse() {
        for file in Self.swiftFiles(under: Self.sources) {
            for argument in SwiftCallScanner.arguments(of: "Message(verbatim:", in: file.text) {
                let literal = SwiftCallScanner.literalText(argument)
                #expect(!literal.contains { $0.isLetter }, "\(file.path): `Message(verbatim: \(argument))` is prose; add it to the catalogue")
            }
        }
    }

    @Test("the scanner sees through nested quotes and parentheses")
    func scannerSelfTest() throws {
        let text = #"""
            static func a(_ s: String?) -> Message {
                Message(nb: "mente du \(s.map { "`\($0)`" } ?? "")?", en: "did you mean (\(s ?? ""))?")
            }
            static let b = Message(nb: "samme", en: "samme")
            """#
        let entries = SwiftCallScanner.messageEntries(in: text)
        #expect(entries.count == 2)
        #expect(entries.first?.nb == #""mente du \(s.map { "`\($0)`" } ?? "")?""#)
        #expect(entries.first?.en == #""did you mean (\(s ?? ""))?""#)
        #expect(entries.last.map { $0.nb == $0.en } == true)
        #expect(SwiftCallScanner.literalText(#""\(error)""#) == "")
        #expect(SwiftCallScanner.literalText(#""could not \(x)""#) == "could not ")
    }
}
