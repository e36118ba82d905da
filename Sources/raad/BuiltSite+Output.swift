import Foundation
import RaadCheck
import RaadSite

extension BuiltSite {
    /// A site just built: pages in memory or in the staging folder; a copied file counts only if its source
    /// is there to copy.
    init(_ output: Output) {
        self.init(files: output.files.compactMap { file in
            switch file.contents {
            case .text(let text):
                return File(path: file.path, contents: .text(text),
                            origins: file.linkOrigins.map { ($0.destination, $0.location) })
            case .written(let path):
                return File(path: file.path, contents: .file(path),
                            origins: file.linkOrigins.map { ($0.destination, $0.location) })
            case .copy(let source):
                return FileManager.default.fileExists(atPath: source) ? File(path: file.path, contents: .other) : nil
            }
        })
    }
}
