/// An agenda item of a møte: its toppnotat, proposed and final decision, and attachments.
public struct Sak: Sendable {
    /// The file name without `.md`: `14-26`, or `dagsaktuelt` for an item without number.
    public var slug: String
    public var mote: MoteID
    public var nummer: Saksnummer?
    public var tittel: String
    public var sakstype: Sakstype?
    /// Where `sakstype:` is written, for the check against the utvalg's `sakstyper`.
    public var sakstypeLocation: SourceLocation?
    public var tidspunkt: Klokkeslett?
    /// Its place in the agenda, 1 for the first item: for items without number or time.
    public var rekkefolge: Int?
    public var sakseier: String?
    public var saksbehandler: String?
    public var emner: [String]
    public var forslagTilVedtak: MarkdownText?
    public var behandling: MarkdownText?
    public var vedtak: MarkdownText?
    /// The referat marks the decision "Vedtak – oppdatert" even where the proposal is not on the site.
    public var vedtakOppdatert: Bool
    public var vedlegg: [Vedlegg]
    public var tidligereBehandlinger: [TidligereBehandling]
    public var godkjennerReferat: MoteID?
    public var godkjennerReferatLocation: SourceLocation?
    /// The referat approved, of a møte that is not on the site.
    public var godkjennerEksterntReferat: EksterntReferat?
    /// The legal basis for treating the sak in closed session (`Offl. § 13`). A closed sak carries nothing
    /// but its number, public title, place in the agenda and this: the loader drops the rest.
    public var unntattOffentlighet: String?
    /// Files in the møte's `vedlegg/` that a closed sak lists: never published, and not unused.
    public var withheldFiles: [String]
    public var utkast: Bool
    public var toppnotat: MarkdownText?
    public var source: SourceLocation
    /// Addresses the page had before it moved; each gets a redirect page.
    public var tidligereAdresser: [TidligereAdresse]

    public var id: SakID? { nummer.map { SakID(utvalg: mote.utvalg, nummer: $0) } }

    public init(slug: String, mote: MoteID, nummer: Saksnummer?, tittel: String, sakstype: Sakstype? = nil,
                tidspunkt: Klokkeslett? = nil, rekkefolge: Int? = nil, sakseier: String? = nil, saksbehandler: String? = nil,
                emner: [String] = [], forslagTilVedtak: MarkdownText? = nil, behandling: MarkdownText? = nil,
                vedtak: MarkdownText? = nil, vedtakOppdatert: Bool = false, vedlegg: [Vedlegg] = [],
                tidligereBehandlinger: [TidligereBehandling] = [], godkjennerReferat: MoteID? = nil,
                godkjennerReferatLocation: SourceLocation? = nil, godkjennerEksterntReferat: EksterntReferat? = nil,
                unntattOffentlighet: String? = nil, withheldFiles: [String] = [], utkast: Bool = false,
                toppnotat: MarkdownText? = nil, source: SourceLocation, tidligereAdresser: [TidligereAdresse] = []) {
        self.slug = slug
        self.mote = mote
        self.nummer = nummer
        self.tittel = tittel
        self.sakstype = sakstype
        self.tidspunkt = tidspunkt
        self.rekkefolge = rekkefolge
        self.sakseier = sakseier
        self.saksbehandler = saksbehandler
        self.emner = emner
        self.forslagTilVedtak = forslagTilVedtak
        self.behandling = behandling
        self.vedtak = vedtak
        self.vedtakOppdatert = vedtakOppdatert
        self.vedlegg = vedlegg
        self.tidligereBehandlinger = tidligereBehandlinger
        self.godkjennerReferat = godkjennerReferat
        self.godkjennerReferatLocation = godkjennerReferatLocation
        self.godkjennerEksterntReferat = godkjennerEksterntReferat
        self.unntattOffentlighet = unntattOffentlighet
        self.withheldFiles = withheldFiles
        self.utkast = utkast
        self.toppnotat = toppnotat
        self.source = source
        self.tidligereAdresser = tidligereAdresser
    }
}

extension Sak {
    /// Whether the sak is published: a closed sak is only a line in its møte's agenda.
    public var isPublic: Bool { unntattOffentlighet == nil }
}

/// The referat of a møte that is not on the site, approved by a sak: `{ utvalg, dato, url }`.
public struct EksterntReferat: Sendable, Hashable {
    public var utvalg: String
    public var dato: Dato
    public var url: String?

    public init(utvalg: String, dato: Dato, url: String?) {
        self.utvalg = utvalg
        self.dato = dato
        self.url = url
    }
}
