#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the files under a folder with `readdir`, whose entry types save a `stat` per file: on a site of
/// 20,000 files, FileManager's enumerator spent more time than the link check itself.
enum FolderWalk {
    /// Paths relative to `root`, in no particular order; symbolic links are followed to files, not folders.
    static func files(under root: String) -> [String]? {
        guard let top = opendir(root) else { return nil }
        closedir(top)
        var found: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            guard let folder = opendir(relative.isEmpty ? root : root + "/" + relative) else { continue }
            defer { closedir(folder) }
            while let entry = readdir(folder) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard name != ".", name != ".." else { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                switch Int32(entry.pointee.d_type) {
                case Int32(DT_DIR): pending.append(path)
                case Int32(DT_REG): found.append(path)
                default:
                    var info = stat()
                    if stat(root + "/" + path, &info) == 0, info.st_mode & S_IFMT == S_IFREG { found.append(path) }
                }
            }
        }
        return found
    }
}
