/// One meeting of an utvalg, named by its date.
public struct Mote: Sendable {
    public var id: MoteID
    /// "2/2026"; absent where the source does not give it.
    public var nummer: String?
    /// The last day of a møte that lasts several days.
    public var tilDato: Dato?
    public var tid: String?
    public var sted: String?
    public var medlemmer: [Person]
    public var ikkeTilStede: [Person]
    public var stedfortredere: [Person]
    public var observatorer: [Person]
    public var sekretariat: [Person]
    public var dagsorden: [DagsordenPunkt]
    public var vedlegg: [Vedlegg]
    public var utkast: Bool
    public var beskrivelse: MarkdownText?
    /// In agenda order.
    public var saker: [Sak]
    public var source: SourceLocation
    /// The møte folder, for vedlegg files.
    public var folder: String
    /// Addresses the møte page had before it moved; each gets a redirect page.
    public var tidligereAdresser: [TidligereAdresse]

    public var dato: Dato { id.dato }
    public var utvalg: String { id.utvalg }

    /// A møte whose saker carry vedtak has been held and has a referat.
    public var harReferat: Bool { saker.contains { $0.vedtak != nil } }

    public init(id: MoteID, nummer: String? = nil, tilDato: Dato? = nil, tid: String? = nil, sted: String? = nil, medlemmer: [Person] = [],
                ikkeTilStede: [Person] = [], stedfortredere: [Person] = [], observatorer: [Person] = [], sekretariat: [Person] = [],
                dagsorden: [DagsordenPunkt] = [], vedlegg: [Vedlegg] = [], utkast: Bool = false,
                beskrivelse: MarkdownText? = nil, saker: [Sak] = [], source: SourceLocation, folder: String,
                tidligereAdresser: [TidligereAdresse] = []) {
        self.id = id
        self.nummer = nummer
        self.tilDato = tilDato
        self.tid = tid
        self.sted = sted
        self.medlemmer = medlemmer
        self.ikkeTilStede = ikkeTilStede
        self.stedfortredere = stedfortredere
        self.observatorer = observatorer
        self.sekretariat = sekretariat
        self.dagsorden = dagsorden
        self.vedlegg = vedlegg
        self.utkast = utkast
        self.beskrivelse = beskrivelse
        self.saker = saker
        self.source = source
        self.folder = folder
        self.tidligereAdresser = tidligereAdresser
    }
}
