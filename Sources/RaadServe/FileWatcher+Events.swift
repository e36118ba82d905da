import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension FileWatcher {
    /// Reads every queued inotify event; returns the paths they name, and whether the kernel's queue overflowed.
    func readEvents() -> (paths: [String], overflowed: Bool) {
        var paths: [String] = []
        var overflowed = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            while offset + 16 <= count {
                let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                    (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                offset += 16 + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    overflowed = true
                    continue
                }
                guard let folder = folders.withLockedValue({ $0[wd] }) else { continue }
                if mask & UInt32(IN_IGNORED) != 0 {
                    folders.withLockedValue { $0[wd] = nil }
                    continue
                }
                let path = nameBytes.isEmpty ? folder : folder + "/" + String(decoding: nameBytes, as: UTF8.self)
                paths.append(path)
                let isFolder = mask & UInt32(IN_ISDIR) != 0
                if isFolder && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    // Files may have landed in the new folder before its watch existed: report them too.
                    paths += watchTree(path)
                } else if isFolder && mask & UInt32(IN_MOVED_FROM) != 0 {
                    forgetTree(path)
                }
            }
        }
        return (paths, overflowed)
    }

    /// Watches `root` and every folder under it; returns the files found, for a folder that appeared whole.
    @discardableResult
    func watchTree(_ root: String) -> [String] {
        var files: [String] = []
        var queue = [root]
        while let folder = queue.popLast() {
            let descriptor = inotify_add_watch(inotify, folder, Self.mask)
            guard descriptor >= 0 else { continue }
            folders.withLockedValue { $0[descriptor] = folder }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for entry in entries.sorted() {
                let path = folder + "/" + entry
                if Self.isFolder(path) { queue.append(path) } else { files.append(path) }
            }
        }
        return files
    }

    /// Stops watching a folder moved away, and everything under it: its descriptors would name the old path.
    private func forgetTree(_ root: String) {
        folders.withLockedValue { folders in
            for (descriptor, folder) in folders where folder == root || folder.hasPrefix(root + "/") {
                inotify_rm_watch(inotify, descriptor)
                folders[descriptor] = nil
            }
        }
    }

    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
