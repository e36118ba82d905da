import Foundation
import RaadContent

extension Rebuilder {
    /// The first answer to saved saker, before `rebuild`: each edited sak's own page, made from the last build
    /// with only that sak read again, written when it changed. An editor sees the page they are writing in
    /// milliseconds however large the archive; `rebuild` then brings every other page (møte, lists, later
    /// saker, search) up to date and writes the sak page again only if it comes out different.
    ///
    /// Returns `nil`, leaving everything to `rebuild`, unless every changed path is a sak file of the last good
    /// build (or a scratch file an editor made and removed), each reads without error, keeps its number, and
    /// cites only saker and møter that exist: then the page is what a full build makes of it, since a sak
    /// page shows its own fields and what it cites, and nothing it cites changed. A page that cites itself
    /// is the exception, put right by `rebuild`.
    public func preview(changed: [String]) -> Result? {
        let start = DispatchTime.now().uptimeNanoseconds
        // `published` is not bound to a local: a second reference would make the update below copy all of it.
        guard let snapshot, published != nil else { return nil }
        let history = snapshot.views.history
        var clock = StageClock()
        var edited: [(sak: Sak, mote: Mote)] = []
        let readable = clock.time("load") {
            for path in Set(changed).sorted() {
                guard let old = sakerByFile[path] else {
                    if Self.isScratch(path) { continue }
                    return false
                }
                let sakstyper = snapshot.views.archive.utvalg(old.mote.utvalg)?.sakstyper ?? Sakstype.defaults
                let (sak, diagnostics) = ContentLoader(root: request.content).loadSak(at: path, mote: old.mote,
                                                                                      sakstyper: sakstyper)
                let referenceProblems = sak.map {
                    Validator.referenceProblems(of: $0, saker: history.sakerByID, moter: { history.moter[$0] != nil },
                                                utvalg: Set(snapshot.views.archive.utvalg.map(\.slug)))
                }
                guard let sak, !diagnostics.contains(where: \.isError), referenceProblems?.isEmpty == true,
                      sak.id == old.id, sak.slug == old.slug, request.includeDrafts || !sak.utkast,
                      // A closed sak has no page of its own; opening or closing one changes its møte page.
                      sak.isPublic, old.isPublic,
                      let mote = history.moter[sak.mote]
                else { return false }
                edited.append((sak, mote))
            }
            return true
        }
        guard readable, !edited.isEmpty else { return nil }
        let views = clock.time("markdown") { snapshot.views.replacing(edited.map(\.sak)) }
        var changes = OutputChanges()
        clock.time("pages") {
            for (sak, mote) in edited {
                let page = snapshot.builder.sakPage(sak, in: mote, views: views)
                if published?[page.path] != .text(page.html) {
                    changes.write.append(Output.File(path: page.path, contents: .text(page.html)))
                }
            }
        }
        var result = Result(report: SiteGenerator.Report(), changes: changes, reloaded: edited.map(\.sak.source.path),
                            rendered: renderCache.takeRendered(), seconds: 0, wroteEverything: false)
        let writer = OutputWriter(destination: request.output,
                                  protected: [request.content, request.themes, FileManager.default.currentDirectoryPath])
        do throws(OutputWriter.Failure) {
            try clock.time("write") { () throws(OutputWriter.Failure) in try writer.apply(changes) }
            result.report.clock = clock
            for file in changes.write { self.published?[file.path] = file.contents }
            // Later previews start from these texts; `rebuild` replaces the snapshot with a whole one.
            self.snapshot = SiteBuilder.Snapshot(builder: snapshot.builder, views: views)
        } catch {
            self.published = nil
            self.snapshot = nil
            result.report.failure = error.description
        }
        result.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return result
    }

    /// A file an editor made while saving and removed again, or a hidden one the loader never reads.
    static func isScratch(_ path: String) -> Bool {
        (path as NSString).lastPathComponent.hasPrefix(".") || EditorFiles.isIgnored(path: path) || FileStamp(path: path) == nil
    }
}
