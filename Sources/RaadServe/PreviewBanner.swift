import RaadContent
import RaadMessages
import RaadText

/// The banner `raad serve` puts at the top of a page: "utkast – ikke publisert" where the page is or shows a
/// draft, the drafts on the front page, and the last build's warnings, this page's first. It is added to the
/// response only, never to a file, so the built site stays what `raad build` writes.
///
/// It sits in the flow above the site's own header (no overlay, nothing fixed), so it moves the page down by
/// its own height and nothing else; it is there from the first paint, so nothing jumps when it appears. Styles
/// are inline, so it looks the same whatever the theme, and wraps at 360 px.
public struct PreviewBanner: Sendable {
    public let notes: PreviewNotes
    /// The content folder as the build was given it, to tie warnings to pages.
    public let content: String
    public let language: Language

    public init(notes: PreviewNotes, content: String, language: Language = .nb) {
        self.notes = notes
        self.content = content
        self.language = language
    }

    /// The banner for the page at `page` (a folder as `PreviewNotes.page(ofRequest:)` gives it), or "" when
    /// there is nothing to say. `href` makes a link to a page folder.
    public func html(for page: String, href: (String) -> String = { "/" + $0 }) -> String {
        var parts: [String] = []
        if !notes.drafts(shownOn: page).isEmpty {
            parts.append("""
                <p style="margin:0 0 .5rem;font-weight:700;font-size:1.125rem">\(escape(.draftMarker))</p>\
                <p style="margin:0 0 .5rem">\(escape(.draftMarkerNote))</p>
                """)
        }
        if page.isEmpty, !notes.drafts.isEmpty {
            let items = notes.drafts.map { "<li><a href=\"\(HTMLText.escape(href($0.folder)))\" style=\"color:#00338d\">\(HTMLText.escape($0.title))</a></li>" }
            parts.append("""
                <h2 style="font-size:1rem;margin:.5rem 0 .25rem">\(escape(.draftList(notes.drafts.count)))</h2>\
                <ul style="margin:0 0 .5rem;padding-left:1.25rem">\(items.joined())</ul>
                """)
        }
        let (here, elsewhere) = notes.warnings(for: page, content: content)
        if !notes.warnings.isEmpty {
            let items = here.map { warning in
                var item = "<li style=\"margin-bottom:.25rem\"><code style=\"font-weight:600;word-break:break-all\">"
                    + "\(HTMLText.escape(warning.location.description))</code>: \(HTMLText.escape(warning.message.text(language)))"
                if let hint = warning.hint {
                    item += "<br><span style=\"color:#444\">\(escape(.hintLabel)): \(HTMLText.escape(hint.text(language)))</span>"
                }
                return item + "</li>"
            }
            var section = "<h2 id=\"raad-preview-advarsler\" style=\"font-size:1rem;margin:.5rem 0 .25rem\">"
                + "\(escape(.previewWarnings(notes.warnings.count)))</h2>"
            if !items.isEmpty { section += "<ul style=\"margin:0;padding-left:1.25rem\">\(items.joined())</ul>" }
            if elsewhere > 0 { section += "<p style=\"margin:.25rem 0 0\">\(escape(.previewOtherWarnings(elsewhere)))</p>" }
            section += "<p style=\"margin:.25rem 0 0;color:#444\">\(escape(.previewWarningsNote))</p>"
            parts.append(section)
        }
        guard !parts.isEmpty else { return "" }
        // A region with a name, focusable so a keyboard user can reach it and scroll it when it is long.
        return """
            <section id="raad-preview" role="region" aria-label="raad serve" tabindex="0" \
            style="box-sizing:border-box;max-height:40vh;overflow:auto;margin:0;padding:.75rem 1rem;\
            background:#fff4ce;color:#1a1a1a;border-bottom:3px solid #8a6d00;font:1rem/1.5 system-ui,sans-serif;\
            overflow-wrap:anywhere">\(parts.joined())</section>
            """
    }

    private func escape(_ message: Message) -> String { HTMLText.escape(message.text(language)) }

    /// `html` with `banner` right after the opening `<body …>` tag, or unchanged when there is none. On bytes,
    /// as `ReloadScript.inject`, so a page in another encoding passes through.
    public static func inject(_ banner: String, into html: [UInt8]) -> [UInt8] {
        guard !banner.isEmpty else { return html }
        let open = Array("<body".utf8)
        guard html.count > open.count else { return html }
        for index in 0...(html.count - open.count) where (0..<open.count).allSatisfy({ lower(html[index + $0]) == open[$0] }) {
            let after = html[index + open.count]
            guard after == UInt8(ascii: ">") || after == UInt8(ascii: " ") || after == UInt8(ascii: "\n") else { continue }
            guard let close = html[index...].firstIndex(of: UInt8(ascii: ">")) else { return html }
            return Array(html[...close]) + Array(banner.utf8) + Array(html[(close + 1)...])
        }
        return html
    }

    private static func lower(_ byte: UInt8) -> UInt8 { (65...90).contains(byte) ? byte + 32 : byte }
}
