import Foundation

/// Where an editor who ran raad in the wrong folder should run it: the nearest folder above the working
/// directory, or just below it, that holds `content/_index.md`.
public enum ProjectFolder {
    public static func containing(contentFolder name: String = "content",
                                  from start: String = FileManager.default.currentDirectoryPath) -> String? {
        var folder = URL(fileURLWithPath: start).standardizedFileURL
        for _ in 0..<8 {
            if holdsContent(folder.path, name) { return folder.path }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        // Below, only when there is one: among several, raad cannot tell which project the editor means.
        let below = ((try? FileManager.default.contentsOfDirectory(atPath: start)) ?? []).sorted()
            .map { start + "/" + $0 }.filter { holdsContent($0, name) }
        return below.count == 1 ? below[0] : nil
    }

    private static func holdsContent(_ folder: String, _ name: String) -> Bool {
        FileManager.default.fileExists(atPath: folder + "/" + name + "/_index.md")
    }
}
