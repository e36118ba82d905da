import RaadContent

/// One document the search finds, a sak or a møte, with its text grouped by how much a match in it counts.
struct SearchRecord: Sendable, Equatable {
    enum Kind: String, Sendable {
        case sak
        case mote
        /// An utvalg's page: its mandat and members.
        case utvalg
        /// An emne's page: the saker it gathers.
        case emne
    }

    var kind: Kind
    var tittel: String
    /// What a reader types to find exactly this document: `14/26` for a sak, `2/2026` for a møte. The browser
    /// reads "14/26", "14-26", "sak 14/26" and "14/2026" as the same number.
    var nummer: String?
    /// Numbers this document refers to: its tidligere behandlinger, "sak 11/26" in its text, the møte whose
    /// referat it approves. A search for a number lists these after the document that has it.
    var nevnt: [String]
    var utvalg: String
    var utvalgNavn: String
    var dato: Dato
    /// The sakstype, or nil for a møte and for a sak without one.
    var sakstype: Sakstype?
    /// Shown with the result: a møte's status, or a sak's state while it has no vedtak.
    var status: String?
    var emner: [String]
    var url: String
    var vedtak: String
    var forslag: String
    var behandling: String
    /// The toppnotat of a sak; the description, agenda and saker of a møte.
    var tekst: String
    /// People, attachments and earlier decisions: found, but ranked last.
    var annet: String
    /// What the page says about itself around the text: the labels of the sections it has ("vedtak",
    /// "behandling"), whether its møte is an innkalling or a referat, the utvalg's name and the month in words
    /// ("juni 2026"). A sak's rank last; other pages' rank as their title, since a møte is known by its
    /// utvalg, month and whether it is a referat ("referat strategirådet mars 2026"). A reader types these ("vedtak om prismodell"); they rank last.
    var sider: String
    /// The key a sak is filed under in the saksnummer shards when it is written otherwise: `2/15` for `02/2015`.
    var indexKey: String? = nil

    /// How much a match counts, from the ranking: the title, then the decision, then everything else.
    enum Weight: Int, Sendable, Comparable {
        case rest = 1
        case vedtak = 2
        case tittel = 3

        static func < (a: Weight, b: Weight) -> Bool { a.rawValue < b.rawValue }
    }

    /// The searchable text of each weight; emner count as much as the title: they are what the sak is about.
    var weightedTexts: [(Weight, String)] {
        [(.tittel, tittel), (.vedtak, vedtak), (.tittel, emner.joined(separator: "\n")),
         (.rest, forslag), (.rest, behandling), (.rest, tekst), (.rest, sakstype?.rawValue ?? ""), (.rest, annet),
         (kind == .sak ? .rest : .tittel, sider)]
    }
}
