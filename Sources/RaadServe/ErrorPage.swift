import RaadContent
import RaadMessages
import RaadText

/// The page `serve` shows instead of any page while the content cannot be built: each problem with its
/// file, line and hint, so the editor can fix it without looking at the terminal.
public struct ErrorPage: Sendable, Equatable {
    public var diagnostics: [Diagnostic]
    /// A failure that is not the content's: a template error, an unwritable folder.
    public var failure: String?
    public var language: Language

    public init(diagnostics: [Diagnostic], failure: String?, language: Language = .nb) {
        self.diagnostics = diagnostics.filter(\.isError)
        self.failure = failure
        self.language = language
    }

    public var html: String {
        let say = { (message: Message) in Self.codeSpans(HTMLText.escape(message.text(language))) }
        var items = diagnostics.map { diagnostic in
            var item = "<li><code>\(HTMLText.escape(diagnostic.location.description))</code>: \(say(diagnostic.message))"
            if let hint = diagnostic.hint {
                item += "<p class=\"hint\">\(say(.hintLabel).capitalizedFirst): \(say(hint))</p>"
            }
            return item + "</li>"
        }
        if let failure { items.append("<li>\(HTMLText.escape(failure))</li>") }
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(say(.errorPageTitle))</title>
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
            <h1>\(say(.cannotBuild(.errorCount(items.count))))</h1>
            <p>\(say(.fixAndSave))</p>
            <ol>
            \(items.joined(separator: "\n"))
            </ol>
            </main>
            </body>
            </html>

            """
    }

    /// Key names and values in messages are written between backticks, as in the terminal; here they are code.
    static func codeSpans(_ escaped: String) -> String {
        escaped.replacing(/`([^`]+)`/) { "<code>\($0.1)</code>" }
    }

    /// Shown until the first build is done.
    public static func building(_ language: Language) -> String {
        let say = { (message: Message) in HTMLText.escape(message.text(language)) }
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head><meta charset="utf-8"><title>\(say(.buildingTitle))</title></head>
            <body><main><h1>\(say(.building))</h1><p>\(say(.pageLoadsItself))</p></main></body>
            </html>

            """
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
