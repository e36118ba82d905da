import Foundation

/// External URLs that answered well recently, kept in a file (`.raad-linkcache.json`) so that repeated CI runs
/// do not ask the same hosts again. Only good answers are kept: a broken link is asked about on every run,
/// so a fix shows at once.
struct LinkCache: Sendable {
    struct Entry: Codable, Sendable, Equatable {
        /// Seconds since 1970.
        var checked: Double
        var status: Int
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let path: String?
    let lifetime: Double
    private(set) var entries: [String: Entry] = [:]

    /// An empty cache that `save()` writes to `path`; nil for none.
    init(path: String?, lifetime: Double, entries: [String: Entry] = [:]) {
        self.path = path
        self.lifetime = lifetime
        self.entries = entries
    }

    /// Reads the cache file, dropping entries older than `lifetime` seconds; a missing file is an empty cache.
    static func load(path: String?, lifetime: Double, now: Double = Date().timeIntervalSince1970) throws(Failure) -> LinkCache {
        guard let path, FileManager.default.fileExists(atPath: path) else { return LinkCache(path: path, lifetime: lifetime) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "\(path): cannot read the link cache")
        }
        do {
            let entries = try JSONDecoder().decode([String: Entry].self, from: data).filter { now - $0.value.checked < lifetime }
            return LinkCache(path: path, lifetime: lifetime, entries: entries)
        } catch {
            throw Failure(description: "\(path): not a link cache (delete it to start afresh): \(error)")
        }
    }

    func isFresh(_ url: String) -> Bool { entries[url] != nil }

    mutating func record(_ url: String, status: Int, now: Double = Date().timeIntervalSince1970) {
        entries[url] = Entry(checked: now, status: status)
    }

    func save() throws(Failure) {
        guard let path else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            try encoder.encode(entries).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw Failure(description: "\(path): cannot write the link cache: \(error.localizedDescription)")
        }
    }
}
