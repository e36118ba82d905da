import Foundation
import Testing

/// The built search index as the browser reads it: `sok/indeks/saksnummer/<yy>.json` gives the documents that
/// have a saksnummer, and the document files named in the manifest (a few documents each) what a result shows.
struct SearchFiles {
    struct NummerShard: Decodable {
        var exact: [String: [Int]]
    }

    struct Manifest: Decodable {
        var documentFiles: [Int]
    }

    struct Document: Decodable {
        var kind: String
        var tittel: String
        var nummer: String?
        var url: String
    }

    let project: EditorProject

    init(_ project: EditorProject) { self.project = project }

    /// The record of the sak numbered `nummer` (`22/26`) whose page is `url`, or `nil` when the index has none.
    func document(nummer: String, url: String) throws -> Document? {
        let year = String(nummer.split(separator: "/").last ?? "")
        let shard = try decode(NummerShard.self, "sok/indeks/saksnummer/\(year).json")
        let files = try decode(Manifest.self, "sok/indeks/manifest.json").documentFiles
        for id in shard.exact[nummer] ?? [] {
            let file = try #require(files.lastIndex { $0 <= id })
            let document = try decode([Document].self, "sok/indeks/dokument/\(file).json")[id - files[file]]
            if document.url == url { return document }
        }
        return nil
    }

    private func decode<T: Decodable>(_ type: T.Type, _ file: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(try project.site(file).utf8))
    }
}
