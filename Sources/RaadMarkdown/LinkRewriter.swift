/// What a link or image of the text is written as in the HTML: its new address, and for an image the size
/// the browser reserves for it before it loads (so the text does not jump).
public struct RewrittenLink: Sendable, Equatable {
    /// Already URL-safe (percent-encoded): it is written into the HTML as it is.
    public var url: String
    public var width: Int?
    public var height: Int?

    public init(url: String, width: Int? = nil, height: Int? = nil) {
        self.url = url
        self.width = width
        self.height = height
    }
}

/// Gives the address a link's or image's destination, as written, becomes; `nil` leaves it as written.
public typealias LinkRewriter = @Sendable (_ destination: String, _ isImage: Bool) -> RewrittenLink?
