import Foundation

extension OutputWriter {
    /// Writes the changed files of an already published site, each to a temporary file renamed over the old
    /// one, so a reader sees either the old or the new page, never half of one; removed files go, with any
    /// folder they leave empty. A path that would leave the output folder is refused before anything is written.
    public func apply(_ changes: OutputChanges) throws(Failure) {
        let target = Self.absolute(destination)
        for path in changes.write.map(\.path) + changes.remove where !Self.isInside(path) {
            throw Failure(description: "refusing to write \(path): it is not a path inside \(destination)")
        }
        let fm = FileManager.default
        for path in changes.remove {
            let full = target + "/" + path
            do {
                try fm.removeItem(atPath: full)
            } catch {
                throw Failure(description: "cannot remove \(full): \(error.localizedDescription)")
            }
            removeEmptyFolders(above: full, upTo: target)
        }
        let pid = ProcessInfo.processInfo.processIdentifier
        for file in changes.write {
            let full = target + "/" + file.path
            let folder = (full as NSString).deletingLastPathComponent
            let temporary = folder + "/." + (full as NSString).lastPathComponent + ".raad-\(pid)"
            do {
                try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
                try? fm.removeItem(atPath: temporary)
                try Self.write(file.contents, to: temporary)
            } catch {
                try? fm.removeItem(atPath: temporary)
                throw Failure(description: "cannot write \(full): \(error.localizedDescription)")
            }
            guard rename(temporary, full) == 0 else {
                let reason = String(cString: strerror(errno))
                try? fm.removeItem(atPath: temporary)
                throw Failure(description: "cannot move \(temporary) to \(full): \(reason)")
            }
        }
    }

    /// A relative path with no `..`, `.` or empty step: it names something inside the output folder.
    static func isInside(_ path: String) -> Bool {
        let steps = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.isEmpty && !steps.contains { $0.isEmpty || $0 == "." || $0 == ".." } && !path.contains("\0")
    }

    private func removeEmptyFolders(above path: String, upTo root: String) {
        var folder = (path as NSString).deletingLastPathComponent
        while folder.hasPrefix(root + "/"), rmdir(folder) == 0 {
            folder = (folder as NSString).deletingLastPathComponent
        }
    }
}
