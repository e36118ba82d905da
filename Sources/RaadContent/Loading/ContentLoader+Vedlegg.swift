import Foundation
import RaadMessages

extension ContentLoader {
    /// The `vedlegg:` list of a møte or a sak; files must lie inside the møte folder.
    func vedlegg(_ map: YAMLMapping, moteFolder: String) -> [Vedlegg] {
        map.list("vedlegg").compactMap { item in
            let location = map.locate(item) ?? map.location(of: "vedlegg")
            guard let entry = YAMLMapping(item, path: map.path, lineOffset: map.lineOffset, what: .aVedlegg,
                                          allowed: ["nummer", "tittel", "fil", "url"], at: location,
                                          diagnostics: map.diagnostics),
                  let tittel = entry.string("tittel", required: true)
            else { return nil }
            let fil = entry.string("fil")
            let url = entry.string("url")
            var target = Vedlegg.Target.none
            if fil != nil && url != nil {
                map.diagnostics.error(entry.location(of: "url"), .filOrURL)
            } else if let fil {
                guard let checked = vedleggFile(fil, moteFolder: moteFolder, at: entry.location(of: "fil"), map.diagnostics)
                else { return nil }
                target = checked
            } else if let url {
                guard Self.isSafeExternalURL(url) else {
                    map.diagnostics.error(entry.location(of: "url"), .urlMustBeWebAddress(url))
                    return nil
                }
                target = .url(url)
            }
            return Vedlegg(nummer: entry.string("nummer"), tittel: tittel, target: target, location: location)
        }
    }

    static func isSafeExternalURL(_ url: String) -> Bool {
        let lower = url.lowercased()
        return (lower.hasPrefix("https://") || lower.hasPrefix("http://")) && !url.contains(where: \.isWhitespace)
    }

    /// A `fil:` path, refused when absolute, climbing out of the møte folder, or missing.
    private func vedleggFile(_ fil: String, moteFolder: String, at location: SourceLocation,
                             _ diagnostics: DiagnosticCollector) -> Vedlegg.Target? {
        let components = fil.split(separator: "/", omittingEmptySubsequences: false)
        if fil.hasPrefix("/") || fil.hasPrefix("~") || components.contains("..") || components.contains("") || fil.contains("\\") {
            diagnostics.error(location, .filOutsideMote(fil), hint: .putInVedleggFolder(moteFolder, String(components.last ?? "")))
            return nil
        }
        let full = moteFolder + "/" + fil
        diagnostics.dependsOn(full)
        // realpath(3) and one stat: Foundation's URL symlink resolving and file attributes cost more than the
        // rest of reading a sak.
        var info = stat()
        guard let resolvedFile = Self.realPath(full), stat(full, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else {
            let nearMiss = Suggestions.closestFile(to: fil, inFolder: moteFolder)
            diagnostics.error(location, .vedleggFileMissing(fil),
                              hint: nearMiss.map { Message.vedleggNearMiss($0) }
                                ?? .putInVedleggFolder(moteFolder, String(components.last ?? "")))
            return nil
        }
        guard let resolvedFolder = Self.realPath(moteFolder), resolvedFile.hasPrefix(resolvedFolder + "/") else {
            diagnostics.error(location, .filSymlinkOutside(fil))
            return nil
        }
        return .fil(path: fil, bytes: Int(info.st_size))
    }

    /// The path with every symbolic link followed, or nil when it leads nowhere.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
