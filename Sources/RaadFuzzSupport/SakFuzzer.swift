import Foundation
import RaadContent
import RaadSite

/// Runs one sak file of arbitrary bytes through loading, Markdown and rendering, in a small project that
/// stays on disk between runs; used by the libFuzzer target in FuzzTesting/.
public final class SakFuzzer: @unchecked Sendable {
    public static let shared = SakFuzzer()

    private let content: String
    private let sakPath: String
    private let theme: Theme

    private init() {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("raad-fuzz-\(getpid())").path
        content = root + "/content"
        let mote = content + "/strategiradet/2026-06-11"
        sakPath = mote + "/16-26.md"
        let files = [
            content + "/_index.md": "---\ntittel: Fuzz\nbase_url: https://example.org/\n---\n",
            content + "/strategiradet/_index.md": "---\nnavn: Strategirådet\n---\n",
            mote + "/_index.md": "---\ndato: 2026-06-11\ntid: \"10:00–16:00\"\n---\n",
            mote + "/15-26.md": "---\nsak: 15/26\ntittel: Nabo\nvedtak: Vedtatt.\n---\nSe sak 16/26.\n",
        ]
        do {
            try FileManager.default.createDirectory(atPath: mote + "/vedlegg", withIntermediateDirectories: true)
            for (path, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) }
            let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("themes").path
            theme = try Theme(themesRoot: themes, name: "helsedir")
        } catch {
            fatalError("fuzz set-up failed: \(error)")
        }
    }

    public func run(_ bytes: [UInt8]) {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: sakPath))
        } catch {
            fatalError("fuzz: cannot write \(sakPath): \(error)")
        }
        let (archive, _) = ContentLoader(root: content).load()
        guard let archive else { return }
        // Render even when there are errors: the renderer must survive whatever the loader lets through.
        _ = SiteBuilder(archive: archive, theme: theme, options: .init(today: Dato(year: 2026, month: 11, day: 23))).build()
    }
}
