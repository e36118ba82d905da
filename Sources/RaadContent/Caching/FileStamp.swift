#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says about a file: cheap to read, and different after nearly every write.
///
/// "Nearly": the kernel stamps mtime from a coarse clock, so two same-sized writes within a few
/// milliseconds can share a stamp, and a tool may set mtime back. Callers that must not miss such a write
/// (the preview server) also pass the paths a file watcher reported, and those are re-read whatever their
/// stamp says. Not ctime: it moves whenever a hard link to the file is made or removed, and `raad build`
/// links every vedlegg into the site.
public struct FileStamp: Sendable, Hashable {
    public var size: Int64
    public var modified: Int64
    public var inode: UInt64
    public var isFolder: Bool

    /// The stamp of the file at `path` (symbolic links followed), or `nil` when there is none.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        inode = UInt64(info.st_ino)
        isFolder = (info.st_mode & S_IFMT) == S_IFDIR
        #if canImport(Darwin)
        modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
    }
}
