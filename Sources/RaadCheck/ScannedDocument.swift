/// What the checker needs from one HTML or XML file: the links in it and the anchors it offers.
public struct ScannedDocument: Sendable, Equatable {
    /// One URL as written in the file, with the line its element ends on.
    public struct Link: Sendable, Hashable {
        public var url: String
        public var line: Int

        public init(url: String, line: Int) {
            self.url = url
            self.line = line
        }
    }

    public var links: [Link] = []
    /// Every `id`, and every `name` of an `a`: what a `#fragment` may target.
    public var anchors: Set<String> = []
    /// The document's `<base href>`, which relative links resolve against instead of the page's own URL.
    public var baseHref: String?
    /// The `<link rel="canonical">` address: where a redirect page (a moved sak's old address) sends readers.
    public var canonical: String?
    /// False when an XML file is not well-formed; HTML is always parsed, as browsers do.
    public var isWellFormed = true

    public init() {}
}
