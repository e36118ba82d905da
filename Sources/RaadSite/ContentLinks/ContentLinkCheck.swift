import Foundation
import RaadContent
import RaadMarkdown
import RaadMessages
import RaadText

/// Once the site is built: every link written as a content file leads to a page of this build and, with a
/// `#fragment`, to an id that page has; every image of a sak's texts is a file in the møte's vedlegg/ with
/// alt text. Asked after the build because a page's ids are known only once it is rendered.
struct ContentLinkCheck {
    let archive: Archive
    let texts: RenderedTexts
    /// A page's output path -> its ids, as read from the rendered page.
    let anchors: [String: [String]]
    /// The content files that are pages of this build, as `ContentLinks` normalizes paths.
    let pages: Set<String>

    init(archive: Archive, texts: RenderedTexts, output: Output) {
        self.archive = archive
        self.texts = texts
        var anchors: [String: [String]] = [:]
        for file in output.files { if let ids = file.anchors { anchors[file.path] = ids } }
        self.anchors = anchors
        var pages: Set<String> = []
        func add(_ path: String) { pages.insert(ContentLinks.normalize(path) ?? path) }
        add(archive.root + "/_index.md")
        for utvalg in archive.utvalg {
            add(utvalg.source.path)
            for mote in utvalg.moter {
                add(mote.source.path)
                mote.saker.forEach { add($0.source.path) }
            }
        }
        self.pages = pages
    }

    private var links: ContentLinks { texts.links }

    func diagnostics() -> [Diagnostic] {
        var found = problems(archive.site.forside)
        for utvalg in archive.utvalg {
            found += problems(utvalg.mandat)
            for mote in utvalg.moter {
                found += problems(mote.beskrivelse)
                for sak in mote.saker {
                    let own = texts[sak]
                    found += problems(in: own.toppnotat, of: sak.toppnotat, imagesAllowed: true)
                        + problems(in: own.forslag, of: sak.forslagTilVedtak, imagesAllowed: true)
                        + problems(in: own.behandling, of: sak.behandling, imagesAllowed: true)
                        + problems(in: own.vedtak, of: sak.vedtak, imagesAllowed: true)
                    for case .record(let record) in sak.tidligereBehandlinger { found += problems(record.vedtak) }
                }
            }
        }
        return found
    }

    /// A text its view renders itself, rendered again here (these are few and short).
    private func problems(_ text: MarkdownText?) -> [Diagnostic] {
        // Only a link to a `.md` file is checked in these texts; most have none, and need no second parse.
        guard let text, text.source.containsBytes(".md") else { return [] }
        return problems(in: RenderedTexts.render(text, reserved: [], links: links), of: text, imagesAllowed: false)
    }

    func problems(in rendered: RenderedMarkdown?, of text: MarkdownText?, imagesAllowed: Bool) -> [Diagnostic] {
        guard let rendered, let text else { return [] }
        var found: [Diagnostic] = []
        for link in rendered.links {
            let location = SourceLocation(path: text.location.path, line: link.line)
            switch links.target(of: link.written, isImage: link.isImage, in: text.location.path) {
            case .page(let file, let folder, let fragment):
                guard let folder, Self.isFile(file) else {
                    found.append(.error(location, .linkTargetMissing(link.written),
                                        hint: .linkTargetHint(Self.nearest(to: file, suffix: ".md").map { relativeName($0, to: link.written) })))
                    continue
                }
                guard pages.contains(file) else {
                    found.append(.error(location, .linkTargetNotPublished(link.written), hint: .linkTargetNotPublishedHint))
                    continue
                }
                if let fragment, !fragment.isEmpty {
                    let ids = anchors[folder + "index.html"] ?? []
                    if !ids.contains(fragment) {
                        found.append(.error(location, .linkFragmentMissing(fragment, link.written.prefix { $0 != "#" }.description),
                                            hint: .linkFragmentHint(Suggestions.closest(to: fragment, in: ids))))
                    }
                }
            case .image(let file, let output) where imagesAllowed:
                if (link.alt ?? "").isEmpty {
                    found.append(.error(location, .imageWithoutAlt(link.written), hint: .imageWithoutAltHint))
                }
                let steps = output?.split(separator: "/") ?? []
                guard steps.count >= 4, steps[2] == "vedlegg" else {
                    found.append(.error(location, .imageOutsideVedlegg(link.written), hint: .imageOutsideVedleggHint))
                    continue
                }
                if Self.isFile(file), !Self.isPublishable(file) {
                    found.append(.error(location, .imageOutsideVedlegg(link.written), hint: .imageOutsideVedleggHint))
                } else if !Self.isFile(file) {
                    let folder = (file as NSString).deletingLastPathComponent
                    found.append(.error(location, .imageMissing(link.written),
                                        hint: .imageMissingHint(Self.nearest(to: file, suffix: "").map { relativeName($0, to: link.written) },
                                                                folder: folder)))
                }
            default:
                continue
            }
        }
        return found
    }

    /// The link as the editor would write it with `found`'s file name in place of the one written.
    private func relativeName(_ found: String, to written: String) -> String {
        let path = written.prefix { $0 != "#" }
        let folder = (String(path) as NSString).deletingLastPathComponent
        let name = (found as NSString).lastPathComponent
        return folder.isEmpty ? name : folder + "/" + name
    }

    /// The file in `file`'s folder whose name is nearest to its name, if one is near enough to be a typo.
    static func nearest(to file: String, suffix: String) -> String? {
        let folder = (file as NSString).deletingLastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder))?.filter {
            !$0.hasPrefix(".") && $0.hasSuffix(suffix) && isFile(folder + "/" + $0)
        } ?? []
        return Suggestions.closest(to: (file as NSString).lastPathComponent, in: names).map { folder + "/" + $0 }
    }

    /// An image file that may be published: there, and inside its vedlegg/ folder once symbolic links are
    /// followed, so a link in vedlegg/ can never publish a file from elsewhere on the machine.
    static func isPublishable(_ file: String) -> Bool {
        guard isFile(file) else { return false }
        let folder = URL(fileURLWithPath: (file as NSString).deletingLastPathComponent).resolvingSymlinksInPath().path
        let real = URL(fileURLWithPath: file).resolvingSymlinksInPath().path
        return real.hasPrefix(folder + "/")
    }

    static func isFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
    }
}

extension ContentLinkCheck {
    /// A `tidligere_adresser` a page of the site has, or one another sak or møte claimed first (the builder
    /// gave it to the first, as here).
    static func redirectProblems(_ redirects: [RedirectPage], output: Output) -> [Diagnostic] {
        let paths = Set(output.files.map(\.path))
        var claimed: [String: RedirectPage] = [:]
        var found: [Diagnostic] = []
        for redirect in redirects {
            if let first = claimed[redirect.path] {
                found.append(.error(redirect.source.location, .tidligereAdresseTwice(redirect.source.path, first.source.location.description)))
            } else if paths.contains(redirect.path) && !output.redirects.contains(redirect.path) {
                found.append(.error(redirect.source.location, .tidligereAdresseTaken(redirect.source.path), hint: .tidligereAdresseTakenHint))
            } else {
                claimed[redirect.path] = redirect
            }
        }
        return found
    }
}
