import Foundation
import Hummingbird
import NIOConcurrencyHelpers

/// The preview's files for Hummingbird's FileMiddleware, each read whole through one open descriptor: the
/// size a response announces and the bytes it sends come from the same version of the file. Hummingbird's
/// LocalFileSystem asks for the size by path and opens the path again to send it; a rebuild renames a new
/// version in between, and a shorter one left the browser waiting for bytes that never came (seen under
/// scripts/serve-load.py, about one run in sixteen on a loaded machine).
struct SnapshotFiles: FileProvider {
    struct FileAttributes: Sendable, FileMiddlewareFileAttributes {
        var isFolder: Bool
        var size: Int
        var modificationDate: Date
    }

    /// A path, and the file's bytes once `getAttributes` has read them.
    final class FileIdentifier: Sendable {
        let path: String
        let bytes = NIOLockedValueBox<ByteBuffer?>(nil)
        init(path: String) { self.path = path }
    }

    let root: String

    init(root: String) {
        self.root = root.hasSuffix("/") ? root : root + "/"
    }

    func getFileIdentifier(_ path: String) -> FileIdentifier? {
        FileIdentifier(path: root + (path.first == "/" ? String(path.dropFirst()) : path))
    }

    func getAttributes(id: FileIdentifier) async throws -> FileAttributes? {
        let fd = open(id.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        let modified = Date(timeIntervalSince1970: TimeInterval(info.st_mtim.tv_sec))
        if (info.st_mode & S_IFMT) == S_IFDIR {
            return FileAttributes(isFolder: true, size: 0, modificationDate: modified)
        }
        guard let bytes = Self.readAll(fd, expected: Int(info.st_size)) else { return nil }
        id.bytes.withLockedValue { $0 = bytes }
        return FileAttributes(isFolder: false, size: bytes.readableBytes, modificationDate: modified)
    }

    func loadFile(id: FileIdentifier, context: some RequestContext) async throws -> ResponseBody {
        ResponseBody(byteBuffer: try snapshot(id))
    }

    func loadFile(id: FileIdentifier, range: ClosedRange<Int>, context: some RequestContext) async throws -> ResponseBody {
        let bytes = try snapshot(id)
        let upper = min(range.upperBound, bytes.readableBytes - 1)
        guard range.lowerBound <= upper, let slice = bytes.getSlice(at: range.lowerBound, length: upper - range.lowerBound + 1) else {
            return ResponseBody(byteBuffer: ByteBuffer())
        }
        return ResponseBody(byteBuffer: slice)
    }

    /// The bytes `getAttributes` read; what `loadFile` sends.
    func snapshot(_ id: FileIdentifier) throws -> ByteBuffer {
        guard let bytes = id.bytes.withLockedValue({ $0 }) else { throw HTTPError(.notFound) }
        return bytes
    }

    /// Everything the descriptor gives, whatever size stat said before.
    private static func readAll(_ fd: Int32, expected: Int) -> ByteBuffer? {
        var buffer = ByteBuffer()
        buffer.reserveCapacity(max(expected, 0) + 1)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { return buffer }
            buffer.writeBytes(chunk[0..<count])
        }
    }
}
