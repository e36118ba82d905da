import Foundation
import RaadMessages

/// Files in a møte's vedlegg/ folder that no vedlegg lists and no text shows as an image: usually a file the
/// editor forgot to list (readers never see it) or one left over from an earlier version. Drafts count as
/// users, so a draft's vedlegg is not reported while the draft is left out of the build.
struct UnusedVedlegg {
    let archive: Archive

    func warnings() -> [Diagnostic] {
        var found: [Diagnostic] = []
        for mote in archive.allMoter {
            let folder = mote.folder + "/vedlegg"
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            var used = Set((mote.vedlegg + mote.saker.flatMap(\.vedlegg)).compactMap(\.filePath)
                + mote.saker.flatMap(\.withheldFiles))
            // An image is written `vedlegg/name.png` in a text; reading the Markdown's words is enough to know
            // the file is meant to be shown (the build reports an image that is missing or broken). Read only
            // for a file no vedlegg lists, which is rare: the texts of a large archive are many megabytes.
            var sources: String?
            for name in names.sorted() where !name.hasPrefix(".") && !EditorFiles.isIgnored(name) {
                let path = "vedlegg/" + name
                guard !used.contains(path) else { continue }
                if sources == nil {
                    let texts = [mote.beskrivelse] + mote.saker.flatMap { [$0.toppnotat, $0.forslagTilVedtak, $0.behandling, $0.vedtak] }
                    sources = texts.compactMap { $0?.source }.joined(separator: "\n")
                }
                let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
                if let sources, sources.contains(path) || sources.contains(encoded) { used.insert(path) }
                var isFolder: ObjCBool = false
                guard !used.contains(path), FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder),
                      !isFolder.boolValue else { continue }
                found.append(.warning(SourceLocation(path: folder + "/" + name, line: 1), .vedleggUnused(path), hint: .vedleggUnusedHint))
            }
        }
        return found
    }
}
