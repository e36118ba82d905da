/// One row of "Vedtak fra tidligere behandlinger": a sak on this site, or a record of one that is not.
public enum TidligereBehandling: Sendable, Hashable {
    case reference(SakRef, location: SourceLocation)
    case record(Record)

    /// A sak that is not on this site, written out in full.
    public struct Record: Sendable, Hashable {
        public var utvalg: String
        public var dato: Dato
        public var sak: Saksnummer
        public var tittel: String
        public var vedtak: MarkdownText?
        public var location: SourceLocation
    }
}
