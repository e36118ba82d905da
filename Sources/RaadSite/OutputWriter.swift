import Foundation

/// Writes an `Output` so the site on disk is always whole: into a sibling folder first, then swapped in.
public struct OutputWriter: Sendable {
    /// Marks a folder as written by raad, so raad never replaces a folder it did not make.
    public static let markerFile = ".raad-build"

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public let destination: String
    /// Folders that must survive: content/, themes/, the working directory.
    public let protected: [String]
    /// Publishes copied files (vedlegg, theme assets) as hard links to their sources where it can (`FileIO.copy`).
    /// Only for a one-off `raad build`: making a link changes the source's inode (its link count), which the
    /// file watcher of `serve` reports as a change, so a preview that linked would rebuild itself again.
    public let linksCopies: Bool

    public init(destination: String, protected: [String], linksCopies: Bool = false) {
        self.destination = destination
        self.protected = protected
        self.linksCopies = linksCopies
    }

    /// Refuses a destination whose replacement would delete something precious. Call before building.
    public func checkDestination() throws(Failure) {
        let target = Self.absolute(destination)
        let home = FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL.path
        if target == "/" || target == home {
            throw Failure(description: "refusing to write the site to \(target): it would replace \(target == "/" ? "the whole file system" : "your home folder")")
        }
        for path in protected {
            let kept = Self.absolute(path)
            if kept == target || kept.hasPrefix(target.hasSuffix("/") ? target : target + "/") {
                throw Failure(description: "refusing to write the site to \(destination): it would replace \(path)")
            }
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw Failure(description: "\(destination) exists and is not a folder")
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []
            if !entries.isEmpty && !entries.contains(Self.markerFile) {
                throw Failure(description: "refusing to replace \(destination): it holds files that raad did not write (no \(Self.markerFile)); empty it or choose another --output")
            }
        }
    }

    /// An empty staging folder beside the destination, for a build that writes pages as it renders them.
    public func stage() throws(Failure) -> StagingFolder {
        try checkDestination()
        let target = Self.absolute(destination)
        let staging = "\(target).tmp-\(ProcessInfo.processInfo.processIdentifier)"
        let fm = FileManager.default
        do {
            try? fm.removeItem(atPath: staging)
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
            try Data().write(to: URL(fileURLWithPath: staging + "/" + Self.markerFile))
        } catch {
            try? fm.removeItem(atPath: staging)
            throw Failure(description: "write: \(error.localizedDescription)")
        }
        return StagingFolder(path: staging)
    }

    /// Removes a staging folder whose build failed; the site stays as it was.
    public func discard(_ staging: StagingFolder) {
        try? FileManager.default.removeItem(atPath: staging.path)
    }

    /// Writes every file not yet in `staging` (a new staging folder when none is given), then swaps the
    /// folder in; on any failure the old site is left as it was.
    public func publish(_ output: Output, staging given: StagingFolder? = nil) throws(Failure) {
        let staging: StagingFolder
        if let given { staging = given } else { staging = try stage() }
        let target = Self.absolute(destination)
        let old = "\(target).old-\(ProcessInfo.processInfo.processIdentifier)"
        let fm = FileManager.default
        do {
            if let failure = staging.failure { throw failure }
            let unwritten = output.files.filter { if case .written = $0.contents { false } else { true } }
            var made: Set<String> = [staging.path]
            for file in unwritten {
                let folder = ((staging.path + "/" + file.path) as NSString).deletingLastPathComponent
                if made.insert(folder).inserted {
                    try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
            }
            try Self.writeConcurrently(unwritten, into: staging.path, linking: linksCopies)
        } catch {
            discard(staging)
            throw Failure(description: "write: \(error.localizedDescription)")
        }
        do {
            if fm.fileExists(atPath: target) {
                try fm.moveItem(atPath: target, toPath: old)
                do {
                    try fm.moveItem(atPath: staging.path, toPath: target)
                } catch {
                    try? fm.moveItem(atPath: old, toPath: target)
                    throw error
                }
                try fm.removeItem(atPath: old)
            } else {
                try fm.moveItem(atPath: staging.path, toPath: target)
            }
        } catch {
            discard(staging)
            throw Failure(description: "publish: could not move the new site into \(destination): \(error.localizedDescription)")
        }
    }

    /// Writes one file's contents to a path where nothing is yet.
    static func write(_ contents: Output.Contents, to path: String, linking: Bool = false) throws(FileIO.Failure) {
        switch contents {
        case .text(let text):
            try FileIO.write(text.utf8, to: path)
        case .copy(let source), .written(let source):
            if linking, FileIO.link(source, to: path) { return }
            try FileIO.copy(source, to: path)
        }
    }

    /// Writes `files` into `folder`, whose subfolders exist, on every core: most of the time goes to the
    /// file system creating inodes, which runs in parallel.
    static func writeConcurrently(_ files: [Output.File], into folder: String, linking: Bool = false) throws(FileIO.Failure) {
        let failures = FirstFailure()
        let stripes = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        DispatchQueue.concurrentPerform(iterations: stripes) { stripe in
            for index in stride(from: stripe, to: files.count, by: stripes) {
                do throws(FileIO.Failure) {
                    try write(files[index].contents, to: folder + "/" + files[index].path, linking: linking)
                } catch {
                    failures.keep(error)
                    return
                }
            }
        }
        if let failure = failures.first { throw failure }
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

/// The first failure of parallel writers (`NSLock`, which ThreadSanitizer sees, unlike `Mutex`'s futex).
private final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var failure: FileIO.Failure?

    func keep(_ error: FileIO.Failure) { lock.withLock { if failure == nil { failure = error } } }

    var first: FileIO.Failure? { lock.withLock { failure } }
}

extension FileIO.Failure: LocalizedError {
    var errorDescription: String? { description }
}
