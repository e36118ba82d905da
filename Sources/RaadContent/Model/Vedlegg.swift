/// An attachment of a sak or a møte: a file in the møte's folder, a link elsewhere, or only a title.
public struct Vedlegg: Sendable, Hashable {
    public enum Target: Sendable, Hashable {
        /// A file, as a path relative to the møte folder (`vedlegg/4a.pdf`), with its size in bytes.
        case fil(path: String, bytes: Int)
        case url(String)
        /// Named in the documents but not published.
        case none
    }

    public var nummer: String?
    public var tittel: String
    public var target: Target
    public var location: SourceLocation

    /// The file in the møte folder (`vedlegg/4a.pdf`), for a vedlegg that is one.
    public var filePath: String? {
        if case .fil(let path, _) = target { return path }
        return nil
    }

    public init(nummer: String?, tittel: String, target: Target, location: SourceLocation) {
        self.nummer = nummer
        self.tittel = tittel
        self.target = target
        self.location = location
    }
}
