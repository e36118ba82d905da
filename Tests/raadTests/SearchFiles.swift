import Foundation

/// The built search index as the browser reads it: `sok/indeks/saksnummer/<yy>.json` gives the documents that
/// have a saksnummer, `sok/indeks/dokument/<id>.json` what a result shows.
struct SearchFiles {
    struct NummerShard: Decodable {
        var exact: [String: [Int]]
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
        for id in shard.exact[nummer] ?? [] {
            let document = try decode(Document.self, "sok/indeks/dokument/\(id).json")
            if document.url == url { return document }
        }
        return nil
    }

    private func decode<T: Decodable>(_ type: T.Type, _ file: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(try project.site(file).utf8))
    }
}

/// The smallest real files an editor might drop into `vedlegg/`.
enum TinyFiles {
    /// A one-page PDF with a correct cross-reference table.
    static let pdf: Data = {
        let objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"]
        var text = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(text.utf8.count)
            text += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = text.utf8.count
        text += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { text += String(format: "%010d 00000 n \n", offset) }
        text += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(text.utf8)
    }()

    /// A 1×1 transparent PNG.
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")!
}
