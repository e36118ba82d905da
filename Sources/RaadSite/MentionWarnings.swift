import Foundation
import RaadContent
import RaadMarkdown

/// Warnings for "sak 99/26" in a sak's text where the utvalg has no sak 99/26 on the site: the mention is
/// left as plain text, which an editor would not notice on the page.
///
/// Lines are scanned first, which is cheap and leaves out nearly every text; only a text with a suspect
/// mention is parsed, so that a number in code or in a link's text (which are never linked) does not warn.
///
/// Only numbers inside what the site holds warn: a year in which the utvalg has saker on the site, from its
/// lowest number that year on. A referat that mentions "sak 3/25" from before the archive begins is right
/// as it stands; "sak 99/26" where the site holds 1/26 to 21/26 is a typo or a sak not yet written.
enum MentionWarnings {
    static func diagnostics(_ archive: Archive) -> [Diagnostic] {
        let ids = archive.allSaker.compactMap(\.id)
        let known = Set(ids)
        var lowest: [String: Int] = [:]
        for id in ids { lowest[key(id)] = min(lowest[key(id)] ?? .max, id.nummer.nummer) }
        var found: [Diagnostic] = []
        for sak in archive.allSaker {
            let utvalg = sak.mote.utvalg
            for text in [sak.toppnotat, sak.forslagTilVedtak, sak.behandling, sak.vedtak].compactMap({ $0 }) {
                found += warnings(in: text, utvalg: utvalg) { nummer in
                    let id = SakID(utvalg: utvalg, nummer: nummer)
                    return !known.contains(id) && lowest[key(id)].map { nummer.nummer >= $0 } == true
                }
            }
        }
        return found
    }

    private static func key(_ id: SakID) -> String { "\(id.utvalg) \(id.nummer.year)" }

    static func warnings(in text: MarkdownText, utvalg: String, isMissing: (Saksnummer) -> Bool) -> [Diagnostic] {
        guard text.source.utf8.contains(UInt8(ascii: "/")) else { return [] }
        var suspects: [(line: Int, nummer: Saksnummer)] = []
        var previous = ""
        for (index, line) in text.source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(line)
            for mention in Mentions.find(in: line, before: previous) where isMissing(mention.nummer) {
                suspects.append((text.location.line + index, mention.nummer))
            }
            // A mention may run over a line break ("sakene 4/26 og\n5/26"); a blank line ends the paragraph.
            previous = line.allSatisfy(\.isWhitespace) ? "" : String((previous + " " + line).suffix(200))
        }
        guard !suspects.isEmpty else { return [] }
        let linked = linkedNumbers(text.source)
        return suspects.filter { linked.contains($0.nummer) }.map { suspect in
            .warning(SourceLocation(path: text.location.path, line: suspect.line),
                     .mentionOfMissingSak(suspect.nummer.description, utvalg: utvalg), hint: .mentionOfMissingSakHint)
        }
    }

    /// The numbers the renderer would try to link: mentions in running text, not in code or link texts.
    private static func linkedNumbers(_ source: String) -> Set<Saksnummer> {
        let seen = Seen()
        _ = Markdown.render(source, linker: { text, before in
            for mention in Mentions.find(in: text, before: before) { seen.add(mention.nummer) }
            return []
        })
        return seen.numbers
    }

    /// Collects what the linker saw; the render runs on this thread, so the lock is only for the compiler.
    private final class Seen: @unchecked Sendable {
        private let lock = NSLock()
        private var found: Set<Saksnummer> = []
        func add(_ nummer: Saksnummer) { lock.withLock { _ = found.insert(nummer) } }
        var numbers: Set<Saksnummer> { lock.withLock { found } }
    }
}
