import Foundation
import RaadContent
import RaadMarkdown
import RaadText

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
        let floor = lowest
        let isMissing: @Sendable (SakID) -> Bool = { id in !known.contains(id) && floor[key(id)].map { id.nummer.nummer >= $0 } == true }
        // On every core: every text of the archive is read.
        return parallelMap(archive.allSaker) { sak in
            let utvalg = sak.mote.utvalg
            return [sak.toppnotat, sak.forslagTilVedtak, sak.behandling, sak.vedtak].compactMap { $0 }.flatMap { text in
                warnings(in: text, utvalg: utvalg, words: archive.omtaleOrd(utvalg)) {
                    isMissing(SakID(utvalg: utvalg, nummer: $0))
                }
            }
        }.flatMap { $0 }
    }

    private static func key(_ id: SakID) -> String { "\(id.utvalg) \(id.nummer.year)" }

    static func warnings(in text: MarkdownText, utvalg: String, words: Set<String> = Utvalg.defaultOmtaleOrd,
                         isMissing: (Saksnummer) -> Bool) -> [Diagnostic] {
        guard text.source.containsByte(UInt8(ascii: "/")) else { return [] }
        // The whole text at once, so a mention running over a line break ("sakene 4/26 og\n5/26") is seen; the
        // line is counted only for a suspect.
        let source = text.source
        let suspects = Mentions.find(in: source, before: "", words: words).filter { mention in
            isMissing(mention.nummer) && mention.withoutSuffix.map { isMissing($0.nummer) } != false
        }.map { mention in
            (line: text.location.line + source.utf8[..<mention.range.lowerBound].count { $0 == UInt8(ascii: "\n") },
             nummer: mention.withoutSuffix?.nummer ?? mention.nummer)
        }
        guard !suspects.isEmpty else { return [] }
        let linked = linkedNumbers(text.source, words: words)
        return suspects.filter { linked.contains($0.nummer) }.map { suspect in
            .warning(SourceLocation(path: text.location.path, line: suspect.line),
                     .mentionOfMissingSak(suspect.nummer.description, utvalg: utvalg), hint: .mentionOfMissingSakHint)
        }
    }

    /// The numbers the renderer would try to link: mentions in running text, not in code or link texts.
    private static func linkedNumbers(_ source: String, words: Set<String>) -> Set<Saksnummer> {
        let seen = Seen()
        _ = Markdown.render(source, linker: { text, before in
            for mention in Mentions.find(in: text, before: before, words: words) {
                seen.add(mention.withoutSuffix?.nummer ?? mention.nummer)
            }
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
