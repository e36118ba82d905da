import Foundation

/// Each content file's loaded value and diagnostics, kept between builds so `serve` re-reads only what changed.
///
/// An entry is reused while the file's stamp (size, mtime, inode) is unchanged; when the stamp moved,
/// the bytes are hashed and a same-content save (a `touch`) still reuses it. Files the value was built from
/// besides its own (a vedlegg whose size the page shows) are stamped too. Paths passed to `invalidate` are
/// re-read whatever their stamp says.
public final class LoadCache: @unchecked Sendable {
    struct Input {
        var path: String
        var absolute: String
        var stamp: FileStamp?
    }

    struct Entry {
        var absolute: String
        var stamp: FileStamp?
        var digest: Int?
        var value: Any
        var diagnostics: [Diagnostic]
        var inputs: [Input]
        /// A watcher reported the file itself: hash it again.
        var stampDistrusted = false
        /// A watcher reported one of its inputs: load it again.
        var inputsChanged = false
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var reloaded: [String] = []

    public init() {}

    /// Marks files as changed whatever their stamps say; paths may be relative or absolute.
    public func invalidate(_ paths: some Sequence<String>) {
        let changed = Set(paths.map(Self.absolute))
        guard !changed.isEmpty else { return }
        lock.withLock {
            for (key, entry) in entries {
                if changed.contains(entry.absolute) { entries[key]?.stampDistrusted = true }
                if entry.inputs.contains(where: { changed.contains($0.absolute) }) { entries[key]?.inputsChanged = true }
            }
        }
    }

    /// Forgets everything, as after a watcher lost events.
    public func invalidateAll() {
        lock.withLock { entries.removeAll() }
    }

    /// The files loaded anew (not reused) since the last call, sorted.
    public func takeReloaded() -> [String] {
        lock.withLock {
            defer { reloaded.removeAll() }
            return reloaded.sorted()
        }
    }

    /// The value `load` gives for the file at `path`, reused when the file is unchanged; its diagnostics
    /// are replayed into `diagnostics` either way.
    func value<T>(for path: String, _ diagnostics: DiagnosticCollector, _ load: (DiagnosticCollector) -> T) -> T {
        let stamp = FileStamp(path: path)
        let cached = lock.withLock { entries[path] }
        if let entry = cached, let value = entry.value as? T, !entry.inputsChanged, Self.inputsUnchanged(entry) {
            if !entry.stampDistrusted, entry.stamp == stamp {
                diagnostics.add(contentsOf: entry.diagnostics)
                return value
            }
            let digest = Self.digest(path)
            if digest != nil, digest == entry.digest {
                lock.withLock {
                    entries[path]?.stamp = stamp
                    entries[path]?.stampDistrusted = false
                }
                diagnostics.add(contentsOf: entry.diagnostics)
                return value
            }
        }
        let digest = Self.digest(path)
        let local = DiagnosticCollector()
        let value = load(local)
        diagnostics.add(contentsOf: local.all)
        let inputs = local.inputs.map { Input(path: $0, absolute: Self.absolute($0), stamp: FileStamp(path: $0)) }
        let entry = Entry(absolute: cached?.absolute ?? Self.absolute(path), stamp: stamp, digest: digest, value: value,
                          diagnostics: local.all, inputs: inputs)
        lock.withLock {
            entries[path] = entry
            reloaded.append(path)
        }
        return value
    }

    private static func inputsUnchanged(_ entry: Entry) -> Bool {
        entry.inputs.allSatisfy { FileStamp(path: $0.path) == $0.stamp }
    }

    /// A hash of the file's bytes, or `nil` when it cannot be read (the loader reports why).
    private static func digest(_ path: String) -> Int? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var hasher = Hasher()
        // Every byte: `Data`'s own hash reads only the first few dozen, and an edit is usually further down.
        data.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
    }

    /// The form in which paths are compared: absolute, with `.` and `..` resolved (links are not followed).
    public static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
