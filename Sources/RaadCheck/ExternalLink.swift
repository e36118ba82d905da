/// An http(s) URL outside the site and every place it is linked from; checked only with `--external`.
public struct ExternalLink: Sendable, Hashable {
    public struct Occurrence: Sendable, Hashable {
        public var file: String
        public var line: Int
        public var fromContent: Bool
        public var page: String
    }

    /// Absolute, without the fragment.
    public var url: String
    public var occurrences: [Occurrence]
}
