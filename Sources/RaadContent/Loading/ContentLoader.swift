import Foundation
import RaadMessages
import Yams

/// Reads `content/` into an `Archive`, collecting every problem instead of stopping at the first.
public struct ContentLoader: Sendable {
    public struct Options: Sendable {
        /// Include møter and saker marked `utkast: true`.
        public var includeDrafts: Bool
        /// Files loaded by an earlier run, reused while unchanged (`raad serve`).
        public var cache: LoadCache?

        public init(includeDrafts: Bool = false, cache: LoadCache? = nil) {
            self.includeDrafts = includeDrafts
            self.cache = cache
        }
    }

    /// Larger Markdown files are refused rather than read into memory: no council document comes near it.
    static let maxFileBytes = 5_000_000

    public let root: String
    public let options: Options

    /// - Parameter root: the content folder; paths in diagnostics start with it as given.
    public init(root: String, options: Options = Options()) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        self.options = options
    }

    /// The archive, or `nil` when even the site file is unusable, and the diagnostics in file order.
    public func load() -> (archive: Archive?, diagnostics: [Diagnostic]) {
        let diagnostics = DiagnosticCollector()
        let archive = loadArchive(diagnostics)
        var all = diagnostics.all
        if let archive { all += Validator(archive: archive).validate() + UnusedVedlegg(archive: archive).warnings() }
        let sorted = all.sorted { ($0.location, $0.message.en) < ($1.location, $1.message.en) }
        guard let archive else { return (nil, sorted) }
        return (options.includeDrafts ? archive : archive.withoutDrafts(), sorted)
    }

    private func loadArchive(_ diagnostics: DiagnosticCollector) -> Archive? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.error(SourceLocation(path: root), .contentFolderMissing,
                              hint: ProjectFolder.containing().map { Message.runInFolder($0) } ?? .runInProjectFolder)
            return nil
        }
        let site = loadSite(diagnostics)
        var utvalg: [Utvalg] = []
        for entry in listFolder(root, diagnostics) {
            let path = root + "/" + entry
            if entry == "_index.md" { continue }
            guard isFolder(path) else {
                diagnostics.error(SourceLocation(path: path), .unexpectedFileInContent, hint: .contentFolderHolds)
                continue
            }
            if let loaded = loadUtvalg(slug: entry, folder: path, siteSakstyper: site?.sakstyper, diagnostics) { utvalg.append(loaded) }
        }
        utvalg.sort { ($0.rekkefolge ?? Int.max, $0.navn) < ($1.rekkefolge ?? Int.max, $1.navn) }
        guard let site else { return nil }
        return Archive(site: site, utvalg: utvalg, root: root)
    }

    /// Names in a folder, sorted, hidden files left out; a folder that cannot be read is reported, and so is
    /// a symbolic link back to the folder or above it, which is never followed.
    func listFolder(_ path: String, _ diagnostics: DiagnosticCollector) -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
                .filter { !$0.hasPrefix(".") && !EditorFiles.isIgnored($0) }.sorted()
        } catch {
            diagnostics.error(SourceLocation(path: path), .cannotReadFolder(error.localizedDescription))
            return []
        }
        let here = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        return names.filter { name in
            let entry = path + "/" + name
            guard (try? FileManager.default.destinationOfSymbolicLink(atPath: entry)) != nil else { return true }
            let target = URL(fileURLWithPath: entry).resolvingSymlinksInPath().path
            if here == target || here.hasPrefix(target.hasSuffix("/") ? target : target + "/") {
                diagnostics.error(SourceLocation(path: entry), .symbolicLinkLoops(name, to: target), hint: .removeLink)
                return false
            }
            return true
        }
    }

    func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// What `load` gives for the file at `path`: from the cache while the file is unchanged, else loaded.
    func cached<T>(_ path: String, _ diagnostics: DiagnosticCollector, _ load: (DiagnosticCollector) -> T) -> T {
        guard let cache = options.cache else { return load(diagnostics) }
        return cache.value(for: path, diagnostics, load)
    }

    /// Reads an `_index.md` (or a sak file) into its checked keys; `missingHint` tells how to create it when absent.
    func readMapping(_ path: String, what: Message, allowed: [String], missingHint: Message? = nil,
                     _ diagnostics: DiagnosticCollector) -> (map: YAMLMapping, front: FrontMatter)? {
        if let missingHint, !FileManager.default.fileExists(atPath: path) {
            diagnostics.error(SourceLocation(path: path), .fileMissing, hint: missingHint)
            return nil
        }
        guard let (node, front) = readContentFile(path, diagnostics),
              let map = YAMLMapping(node, path: path, lineOffset: front.yamlLine - 1, what: what,
                                    allowed: allowed, at: SourceLocation(path: path, line: 1), diagnostics: diagnostics)
        else { return nil }
        return (map, front)
    }

    /// Reads a content file and parses its front matter into a YAML node; problems become diagnostics.
    func readContentFile(_ path: String, _ diagnostics: DiagnosticCollector) -> (node: Node?, front: FrontMatter)? {
        let start = SourceLocation(path: path, line: 1)
        let data: Data
        do {
            var info = stat()
            guard stat(path, &info) == 0 else {
                diagnostics.error(start, .cannotReadFile(String(cString: strerror(errno))))
                return nil
            }
            let size = Int(info.st_size)
            if size == 0 {
                diagnostics.error(start, .fileEmpty, hint: .startWithFrontMatter)
                return nil
            }
            if size > Self.maxFileBytes {
                diagnostics.error(start, .fileTooLarge(megabytes: size / 1_000_000, limit: Self.maxFileBytes / 1_000_000),
                                  hint: .putLargeFilesInVedlegg)
                return nil
            }
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            diagnostics.error(start, .cannotReadFile(error.localizedDescription))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let offset = TextEncoding.firstInvalidUTF8Offset(in: data) ?? 0
            diagnostics.error(start, .notUTF8(offset: offset), hint: .saveAsUTF8)
            return nil
        }
        let front: FrontMatter
        do {
            front = try FrontMatter.split(text)
        } catch {
            switch error {
            case .empty:
                diagnostics.error(start, .fileEmpty, hint: .startWithFrontMatter)
            case .noOpening:
                diagnostics.error(start, .noOpeningLine, hint: .addOpeningLine)
            case .notClosed:
                diagnostics.error(start, .frontMatterNotClosed, hint: .addClosingLine)
            }
            return nil
        }
        do {
            // Every value is read as text and typed by `YAMLMapping`, so tags need no resolving: Yams's default
            // resolver runs regular expressions on every key and value. The encoding is given because its
            // default reads the whole environment on each call. The two were a quarter of loading.
            let node = try Yams.compose(yaml: front.yaml, .basic, .default, .utf8)
            return (node, front)
        } catch let error as YamlError {
            diagnostics.add(YAMLErrorDescription.diagnostic(for: error, path: path, lineOffset: front.yamlLine - 1))
            return nil
        } catch {
            diagnostics.error(start, .cannotReadFrontMatter("\(error)"))
            return nil
        }
    }
}
