import RaadContent
import RaadText

/// The page `serve` shows instead of any page while the content cannot be built: each problem with its
/// file, line and hint, so the editor can fix it without looking at the terminal.
public struct ErrorPage: Sendable, Equatable {
    public var diagnostics: [Diagnostic]
    /// A failure that is not the content's: a template error, an unwritable folder.
    public var failure: String?

    public init(diagnostics: [Diagnostic], failure: String?) {
        self.diagnostics = diagnostics.filter(\.isError)
        self.failure = failure
    }

    public var html: String {
        var items = diagnostics.map { diagnostic in
            var item = "<li><code>\(HTMLText.escape(diagnostic.location.description))</code>: \(HTMLText.escape(diagnostic.message.nb))"
            if let hint = diagnostic.hint { item += "<p class=\"hint\">Tips: \(HTMLText.escape(hint.nb))</p>" }
            return item + "</li>"
        }
        if let failure { items.append("<li>\(HTMLText.escape(failure))</li>") }
        let count = items.count == 1 ? "Én feil" : "\(items.count) feil"
        return """
            <!DOCTYPE html>
            <html lang="nb">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Feil i innholdet – raad serve</title>
            <style>
            body { font: 1rem/1.5 system-ui, sans-serif; margin: 0; padding: 1.5rem; color: #1a1a1a; background: #fff6f5; }
            main { max-width: 60rem; margin: 0 auto; }
            h1 { color: #a4000f; font-size: 1.5rem; }
            li { margin-bottom: 1rem; }
            code { font-weight: 600; word-break: break-all; }
            .hint { margin: .25rem 0 0; color: #444; }
            </style>
            </head>
            <body>
            <main>
            <h1>Nettstedet kan ikke bygges: \(count)</h1>
            <p>Rett feilen og lagre filen, så kommer siden tilbake av seg selv. Til da vises ingen sider.</p>
            <ol>
            \(items.joined(separator: "\n"))
            </ol>
            </main>
            </body>
            </html>

            """
    }

    /// Shown until the first build is done.
    public static let building = """
        <!DOCTYPE html>
        <html lang="nb">
        <head><meta charset="utf-8"><title>Bygger … – raad serve</title></head>
        <body><main><h1>Bygger nettstedet …</h1><p>Siden lastes inn av seg selv når bygget er ferdig.</p></main></body>
        </html>

        """
}
