/// One row of "Vedtak fra tidligere behandlinger": a sak on this site, or a record of one that is not.
public enum TidligereBehandling: Sendable, Hashable {
    case reference(SakRef, location: SourceLocation)
    case record(Record)

    /// A sak that is not on this site, written out in full.
    public struct Record: Sendable, Hashable {
        public var utvalg: String
        /// Absent where the source gives none; then `url` says where the sak is.
        public var dato: Dato?
        public var sak: Saksnummer
        public var tittel: String
        public var vedtak: MarkdownText?
        /// The sak's page or document elsewhere.
        public var url: String?
        public var location: SourceLocation
    }
}
