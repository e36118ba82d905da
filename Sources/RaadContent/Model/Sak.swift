/// An agenda item of a møte: its toppnotat, proposed and final decision, and attachments.
public struct Sak: Sendable {
    /// The file name without `.md`: `14-26`, or `dagsaktuelt` for an item without number.
    public var slug: String
    public var mote: MoteID
    public var nummer: Saksnummer?
    public var tittel: String
    public var sakstype: Sakstype?
    public var tidspunkt: Klokkeslett?
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
    public var utkast: Bool
    public var toppnotat: MarkdownText?
    public var source: SourceLocation
    /// Addresses the page had before it moved; each gets a redirect page.
    public var tidligereAdresser: [TidligereAdresse]

    public var id: SakID? { nummer.map { SakID(utvalg: mote.utvalg, nummer: $0) } }

    public init(slug: String, mote: MoteID, nummer: Saksnummer?, tittel: String, sakstype: Sakstype? = nil,
                tidspunkt: Klokkeslett? = nil, sakseier: String? = nil, saksbehandler: String? = nil,
                emner: [String] = [], forslagTilVedtak: MarkdownText? = nil, behandling: MarkdownText? = nil,
                vedtak: MarkdownText? = nil, vedtakOppdatert: Bool = false, vedlegg: [Vedlegg] = [],
                tidligereBehandlinger: [TidligereBehandling] = [], godkjennerReferat: MoteID? = nil,
                godkjennerReferatLocation: SourceLocation? = nil, utkast: Bool = false,
                toppnotat: MarkdownText? = nil, source: SourceLocation, tidligereAdresser: [TidligereAdresse] = []) {
        self.slug = slug
        self.mote = mote
        self.nummer = nummer
        self.tittel = tittel
        self.sakstype = sakstype
        self.tidspunkt = tidspunkt
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
        self.utkast = utkast
        self.toppnotat = toppnotat
        self.source = source
        self.tidligereAdresser = tidligereAdresser
    }
}
