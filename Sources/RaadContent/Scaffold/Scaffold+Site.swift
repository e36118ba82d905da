import Foundation
import RaadMessages

/// `raad new site`: a new council site repository, holding only content (the theme is raad's), a README for its
/// editors and the CI files that build, check and publish it.
extension Scaffold {
    public struct SiteRequest: Sendable {
        public var folder: String
        public var tittel: String
        /// The utvalg's folder name and its `navn`.
        public var utvalg: String
        public var navn: String
        /// The raad release the CI files download, and its SHA-256 when known; else a placeholder that fails the
        /// pipeline until the value from the release's `.sha256` file is pasted in.
        public var raadVersion: String
        public var raadSHA256: String?

        public init(folder: String, tittel: String, utvalg: String, navn: String, raadVersion: String, raadSHA256: String?) {
            self.folder = folder
            self.tittel = tittel
            self.utvalg = utvalg
            self.navn = navn
            self.raadVersion = raadVersion
            self.raadSHA256 = raadSHA256
        }
    }

    /// Writes the site into `folder`, which must be new or empty; returns the paths written, in the order an
    /// editor reads them. The files are written into a staging folder beside it and renamed into place, so a
    /// failure leaves no half-made site.
    public static func site(_ request: SiteRequest) throws(Failure) -> [String] {
        let folder = request.folder.count > 1 && request.folder.hasSuffix("/") ? String(request.folder.dropLast()) : request.folder
        try requireNewOrEmpty(folder)
        guard ContentLoader.isSlug(request.utvalg) else {
            throw Failure(message: .joined([.invalidUtvalgSlug(request.utvalg), .utvalgSlugRule], separator: ": "))
        }
        guard !ContentLoader.reservedSlugs.contains(request.utvalg) else { throw Failure(message: .reservedUtvalgSlug(request.utvalg)) }
        for (option, text) in [("--tittel", request.tittel), ("--navn", request.navn)]
        where text.contains(where: \.isNewline) || text.allSatisfy(\.isWhitespace) {
            throw Failure(message: .optionOneLine(option))
        }
        let files = siteFiles(request)
        let staging = "\(folder).tmp-\(ProcessInfo.processInfo.processIdentifier)"
        do throws(Failure) {
            for (path, text) in files { try create(staging + "/" + path, text) }
            // rename(2) replaces an empty folder, so an empty target is filled in one step too.
            guard rename(staging, folder) == 0 else {
                throw Failure(message: .cannotWrite(folder, String(cString: strerror(errno))))
            }
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
        return files.map { folder + "/" + $0.path }
    }

    /// The files of a new site, by path inside it.
    static func siteFiles(_ request: SiteRequest) -> [(path: String, text: String)] {
        [
            ("README.md", siteReadme(tittel: request.tittel, utvalg: request.utvalg, raadVersion: request.raadVersion)),
            ("content/_index.md", siteIndexText(tittel: request.tittel, navn: request.navn)),
            ("content/\(request.utvalg)/_index.md", utvalgText(navn: request.navn)),
            (".gitignore", siteGitignore),
            (".github/workflows/raad.yml", gitHubWorkflow(raadVersion: request.raadVersion, sha256: request.raadSHA256)),
            (".gitlab-ci.yml", gitLabCI(raadVersion: request.raadVersion, sha256: request.raadSHA256)),
        ]
    }

    private static func requireNewOrEmpty(_ folder: String) throws(Failure) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else { throw Failure(message: .siteFolderIsFile(folder)) }
        // Hidden entries count: a .git of its own would be another repository's.
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw Failure(message: .cannotWrite(folder, error.localizedDescription))
        }
        guard entries.isEmpty else { throw Failure(message: .siteFolderNotEmpty(folder)) }
    }
}
