import Foundation
import RaadContent
import RaadMarkdown

/// Rendered pages and Markdown kept between builds, so `serve` renders again only what would come out different.
///
/// A page is reused when its view equals the view it was last rendered from and the theme's templates are
/// the same: Mustache reads nothing but the view and the templates, so the bytes must be the same too. No
/// page kind is known here; any page whose view is `Equatable` takes part through `SiteBuilder.page`.
public final class RenderCache: @unchecked Sendable {
    struct Page {
        var template: String
        var view: Any
        var html: String
    }

    struct Text {
        var text: MarkdownText
        var rendered: RenderedMarkdown
    }

    private let lock = NSLock()
    private var themeFingerprint: Int?
    private var pages: [String: Page] = [:]
    private var texts: [String: Text] = [:]
    private var renderedPaths: [String] = []

    public init() {}

    /// The pages rendered anew (not reused) since the last call.
    public func takeRendered() -> [String] {
        lock.withLock {
            defer { renderedPaths.removeAll() }
            return renderedPaths.sorted()
        }
    }

    /// The HTML of the page at `path`, rendered by `render` unless the same view went through the same theme before.
    func page<View: Equatable>(_ path: String, template: String, view: View, theme: Int, render: () -> String) -> String {
        let previous: Page? = lock.withLock {
            if themeFingerprint != theme {
                themeFingerprint = theme
                pages.removeAll()
            }
            return pages[path]
        }
        if let previous, previous.template == template, let old = previous.view as? View, old == view {
            return previous.html
        }
        let html = render()
        lock.withLock {
            pages[path] = Page(template: template, view: view, html: html)
            renderedPaths.append(path)
        }
        return html
    }

    /// `text` rendered by `render`, reused while the text and its place (`key`) are unchanged. Keep every input of
    /// `render` in `text` or `key`: a renderer that starts reading the archive (to link "sak 11/26") must key on it.
    func markdown(_ key: String, _ text: MarkdownText, render: () -> RenderedMarkdown) -> RenderedMarkdown {
        if let cached = lock.withLock({ texts[key] }), cached.text == text { return cached.rendered }
        let rendered = render()
        lock.withLock { texts[key] = Text(text: text, rendered: rendered) }
        return rendered
    }
}
