/// The result of rendering one piece of Markdown.
public struct RenderedMarkdown: Sendable, Equatable {
    public var html: String
    public var headings: [Heading]
    public var links: [MarkdownLink]
    /// The text without markup, from the same parse: what search indexes.
    public var plainText: String

    public init(html: String, headings: [Heading], links: [MarkdownLink], plainText: String = "") {
        self.html = html
        self.headings = headings
        self.links = links
        self.plainText = plainText
    }
}

/// A heading with the id the rendered HTML gives it.
public struct Heading: Sendable, Equatable {
    public var level: Int
    public var text: String
    public var id: String
}

/// A link or image in the source, with the line of the enclosing file it stands on.
public struct MarkdownLink: Sendable, Equatable {
    /// As it is in the HTML.
    public var destination: String
    public var line: Int
    public var isImage: Bool
    /// As the editor wrote it: differs from `destination` when a `LinkRewriter` changed it.
    public var written: String = ""
    /// An image's description (its alt text); `nil` for a link.
    public var alt: String?
}
