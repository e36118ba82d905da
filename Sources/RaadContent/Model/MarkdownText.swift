/// Markdown written in a content file, with where it starts so rendered links can point back to it.
public struct MarkdownText: Sendable, Hashable {
    public var source: String
    public var location: SourceLocation

    public init(_ source: String, at location: SourceLocation) {
        self.source = source
        self.location = location
    }

    public var isBlank: Bool { source.allSatisfy(\.isWhitespace) }
}
