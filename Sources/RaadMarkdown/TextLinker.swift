/// A part of a text node that should become a link, found by a `TextLinker`.
public struct TextLink: Sendable, Equatable {
    public var range: Range<String.Index>
    public var url: String

    public init(range: Range<String.Index>, url: String) {
        self.range = range
        self.url = url
    }
}

/// Finds links in running text, such as "sak 11/26". Called with one text node's literal and the text
/// before it in the same block (so a mention split over two lines is still seen); it never sees code,
/// raw HTML or the text of an existing link, and the text itself is never changed.
public typealias TextLinker = @Sendable (_ text: String, _ before: String) -> [TextLink]
