import RaadContent
import RaadMarkdown

/// The links between saker and møter across all utvalg: who cites whom, who approves which referat, emner.
struct History: Sendable {
    let sakerByID: [SakID: Sak]
    let moter: [MoteID: Mote]
    /// For each sak, the saker whose `tidligere_behandlinger` cite it, oldest first.
    let senere: [SakID: [Sak]]
    /// For each møte, the sak that approves (or is to approve) its referat.
    let approvals: [MoteID: Sak]
    /// Topics with their saker, newest first; sorted by name.
    let emner: [Emne]

    init(archive: Archive) {
        var sakerByID: [SakID: Sak] = [:]
        var moter: [MoteID: Mote] = [:]
        var senere: [SakID: [Sak]] = [:]
        var approvals: [MoteID: Sak] = [:]
        var emner: [String: Emne] = [:]
        for mote in archive.allMoter {
            moter[mote.id] = mote
            for sak in mote.saker {
                if let id = sak.id { sakerByID[id] = sak }
                if let approved = sak.godkjennerReferat { approvals[approved] = sak }
                for navn in sak.emner {
                    let slug = Slug.make(navn)
                    guard !slug.isEmpty else { continue }
                    emner[slug, default: Emne(slug: slug, navn: navn, saker: [])].saker.append(sak)
                }
                for case .reference(let ref, _) in sak.tidligereBehandlinger {
                    senere[ref.resolved(in: sak.mote.utvalg), default: []].append(sak)
                }
            }
        }
        self.sakerByID = sakerByID
        self.moter = moter
        self.senere = senere.mapValues { $0.sorted { ($0.mote.dato, $0.slug) < ($1.mote.dato, $1.slug) } }
        self.approvals = approvals
        self.emner = emner.values
            .map { Emne(slug: $0.slug, navn: $0.navn, saker: $0.saker.sorted { ($1.mote.dato, $0.slug) < ($0.mote.dato, $1.slug) }) }
            .sorted { $0.navn.lowercased() < $1.navn.lowercased() }
    }

    /// Whether the referat of `mote` has been approved, not only put up for approval.
    func isApproved(_ mote: MoteID) -> Bool { approvals[mote]?.vedtak != nil }
}

/// A topic (emne) and the saker that carry it, across all utvalg.
struct Emne: Sendable {
    var slug: String
    var navn: String
    var saker: [Sak]
}
