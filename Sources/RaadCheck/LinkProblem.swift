import RaadMessages
import RaadContent

/// One broken link, reported once at its source: the content file and line it was written on, or for a link
/// the theme made, the page and line of the output.
public struct LinkProblem: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable, CaseIterable, Comparable {
        case missingPage = "missing-page"
        case missingVedlegg = "missing-vedlegg"
        case missingAnchor = "missing-anchor"
        case outsideBasePath = "outside-base-path"
        case badMailto = "bad-mailto"
        case badTel = "bad-tel"
        case unknownScheme = "unknown-scheme"
        case malformedXML = "malformed-xml"
        case externalBroken = "external-broken"
        case externalRedirectLoop = "external-redirect-loop"
        case externalTimeout = "external-timeout"
        case externalUnreachable = "external-unreachable"
        case lostPage = "lost-page"
        case lostAnchor = "lost-anchor"

        /// A few words for the report: "side mangler", "missing page".
        public var title: Message { .problemKind(rawValue) }

        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    public var kind: Kind
    /// The link as written.
    public var url: String
    public var message: Message
    /// A content file and line, or an output page and line; line 0 when there is no line (a lost page).
    public var file: String
    public var line: Int
    /// True when `file` is a content file the editor wrote, false when it is a page of the output.
    public var fromContent: Bool
    /// The output pages the link appears on, sorted.
    public var pages: [String]

    public init(kind: Kind, url: String, message: Message, file: String, line: Int, fromContent: Bool, pages: [String]) {
        self.kind = kind
        self.url = url
        self.message = message
        self.file = file
        self.line = line
        self.fromContent = fromContent
        self.pages = pages
    }

    public var location: SourceLocation { SourceLocation(path: file, line: line) }

    /// Sorted by source file and line, so reports read top to bottom.
    public static func ordered(_ a: LinkProblem, _ b: LinkProblem) -> Bool {
        (a.file, a.line, a.kind, a.url) < (b.file, b.line, b.kind, b.url)
    }
}
