/// A council (råd), with its møter oldest first.
public struct Utvalg: Sendable {
    public var slug: String
    public var navn: String
    public var fulltNavn: String?
    public var rekkefolge: Int?
    /// The slug of the utvalg this one replaced.
    public var forgjenger: String?
    public var medlemmer: [Person]
    public var mandat: MarkdownText?
    public var moter: [Mote]
    public var source: SourceLocation

    public init(slug: String, navn: String, fulltNavn: String? = nil, rekkefolge: Int? = nil, forgjenger: String? = nil,
                medlemmer: [Person] = [], mandat: MarkdownText? = nil, moter: [Mote] = [], source: SourceLocation) {
        self.slug = slug
        self.navn = navn
        self.fulltNavn = fulltNavn
        self.rekkefolge = rekkefolge
        self.forgjenger = forgjenger
        self.medlemmer = medlemmer
        self.mandat = mandat
        self.moter = moter
        self.source = source
    }
}
