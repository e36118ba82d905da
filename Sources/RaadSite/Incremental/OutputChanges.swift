/// What must change on disk to bring a published site up to date: files to write, paths to remove.
public struct OutputChanges: Sendable, Equatable {
    /// New or changed files, in output order.
    public var write: [Output.File]
    /// Paths relative to the output folder, sorted.
    public var remove: [String]

    public init(write: [Output.File] = [], remove: [String] = []) {
        self.write = write
        self.remove = remove
    }

    public var isEmpty: Bool { write.isEmpty && remove.isEmpty }

    /// Every path touched, sorted: for logs and for telling browsers which pages to reload.
    public var paths: [String] { (write.map(\.path) + remove).sorted() }
}
