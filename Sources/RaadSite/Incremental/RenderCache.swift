import Foundation
import RaadContent
import RaadMarkdown

/// Rendered pages and Markdown kept between builds, so `serve` renders again only what would come out different.
///
/// A page is reused when its view equals the view it was last rendered from and the theme's templates are
/// the same: a template reads nothing but the view and the templates, so the bytes must be the same too. No
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
        /// What the renderer looked up while rendering, with the answers it got (`[Query: Answer]`).
        var lookups: Any
    }

    private let lock = NSLock()
    private var themeFingerprint: Int?
    private var pages: [String: Page] = [:]
    private var texts: [String: Text] = [:]
    private var renderedPaths: [String] = []
    /// Other values made from content, by key, with what they were made from.
    private var values: [String: (input: Any, value: Any)] = [:]
    /// Search index chunks by their first record's id, with the records they were made from.
    private var searchChunks: [Int: (records: [SearchRecord], chunk: SearchIndex.Chunk)] = [:]

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

    /// What `make` gives, reused while `input` (everything `make` reads) is the same as last time at `key`.
    func value<Input: Equatable & Sendable, Value: Sendable>(_ key: String, for input: Input, make: () -> Value) -> Value {
        if let cached = lock.withLock({ values[key] }), cached.input as? Input == input, let value = cached.value as? Value {
            return value
        }
        let value = make()
        lock.withLock { values[key] = (input, value) }
        return value
    }

    /// The index chunk of `records` (a slice of the whole list), made by `make` unless the same records
    /// were indexed at the same place last time.
    func searchChunk(_ records: ArraySlice<SearchRecord>, make: () -> SearchIndex.Chunk) -> SearchIndex.Chunk {
        if let cached = lock.withLock({ searchChunks[records.startIndex] }), cached.records[...] == records {
            return cached.chunk
        }
        let chunk = make()
        // A copy: the slice would keep the whole list of this build alive for as long as the chunk is reused.
        lock.withLock { searchChunks[records.startIndex] = (Array(records), chunk) }
        return chunk
    }

    /// `text` rendered by `render`, reused while the text and its place (`key`) are unchanged and every lookup the
    /// last rendering made gives the same answer now: a renderer that reads the archive (to link "sak 11/26")
    /// must read it through `lookup`, which is how the cache learns what the text depends on.
    func markdown<Query: Hashable & Sendable, Answer: Equatable & Sendable>(
        _ key: String, _ text: MarkdownText, lookup: @escaping @Sendable (Query) -> Answer,
        render: (@escaping @Sendable (Query) -> Answer) -> RenderedMarkdown
    ) -> RenderedMarkdown {
        if let cached = lock.withLock({ texts[key] }), cached.text == text, let lookups = cached.lookups as? [Query: Answer],
           lookups.allSatisfy({ lookup($0.key) == $0.value }) {
            return cached.rendered
        }
        let recorder = LookupRecorder(lookup)
        let rendered = render(recorder.lookup)
        lock.withLock { texts[key] = Text(text: text, rendered: rendered, lookups: recorder.recorded) }
        return rendered
    }
}

/// Answers lookups and remembers each question with its answer.
private final class LookupRecorder<Query: Hashable & Sendable, Answer: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private let answer: @Sendable (Query) -> Answer
    private var answers: [Query: Answer] = [:]

    init(_ answer: @escaping @Sendable (Query) -> Answer) { self.answer = answer }

    var recorded: [Query: Answer] { lock.withLock { answers } }

    var lookup: @Sendable (Query) -> Answer {
        { [self] query in
            let result = answer(query)
            lock.withLock { answers[query] = result }
            return result
        }
    }
}
