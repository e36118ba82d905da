import Foundation
import RaadMessages

/// The text of new files: the keys an editor fills in, the optional ones as comments to uncomment.
extension Scaffold {
    /// The sentence under each heading of a new sak's toppnotat; left there, it is a warning (`ScaffoldHeadings`).
    public static let placeholder = "Skriv teksten her."

    static func moteText(nummer: String, dato: Dato, medlemmer: [Person]) -> String {
        let members = medlemmer.isEmpty
            ? "# medlemmer:              # de som er innkalt; i referatet de som var til stede\n#   - navn: Fornavn Etternavn\n#     virksomhet: Virksomhet"
            : "medlemmer:                # kopiert fra utvalget: rett til dem som er innkalt, i referatet dem som var til stede\n" + yaml(medlemmer)
        return """
            ---
            mote: \(nummer)
            dato: \(dato.iso)
            # til_dato: \(dato.iso)    # siste dag, for et møte over flere dager
            # tid: "10:00–16:00"
            # sted: Møterom, sted
            \(members)
            # ikke_til_stede:         # medlemmer med forfall (flytt dem hit fra medlemmer)
            #   - navn: Fornavn Etternavn
            #     virksomhet: Virksomhet
            # stedfortredere:         # de som møter for et medlem; «for» er medlemmet de møter for
            #   - navn: Fornavn Etternavn
            #     virksomhet: Virksomhet
            #     for: Navn på medlemmet
            # observatorer:           # de som er med uten å være medlemmer
            #   - navn: Fornavn Etternavn
            #     virksomhet: Virksomhet
            # sekretariat:            # sekretariatet som deltar på møtet
            #   - navn: Fornavn Etternavn
            #     virksomhet: Virksomhet
            # dagsorden:
            #   - { tid: "11:30", punkt: Lunsj }
            # vedlegg:
            #   - tittel: Samlet saksdokument
            #     fil: vedlegg/saksdokument.pdf
            utkast: true          # vises bare i raad serve; fjern linjen når møtet skal publiseres
            ---

            """
    }

    /// A sak; `godkjenner` (for a Godkjenning: the møte whose referat it approves, and the proposed decision)
    /// replaces the toppnotat's headings, which such a sak does not have.
    /// `utvalg` names the utvalg in the commented examples: its slug, its name, and a number written its way.
    static func sakText(nummer: Saksnummer, tittel: String, sakstype: Sakstype?, sakstyper: [Sakstype] = Sakstype.defaults,
                        utvalg: (slug: String, navn: String, example: Saksnummer) = ("strategiradet", "Rådet", Saksnummer(nummer: 11, year: 2026)),
                        godkjenner: (mote: String, forslag: String)? = nil) -> String {
        let types = sakstyper.map(\.rawValue).joined(separator: " | ")
        let example = sakstyper.contains(.drofting) ? Sakstype.drofting : sakstyper.first ?? .drofting
        let type = sakstype.map { "sakstype: \($0.rawValue)" } ?? "# sakstype: \(example.rawValue)"
        let forslag = godkjenner.map { "forslag_til_vedtak: |\n  \($0.forslag)\ngodkjenner_referat: \($0.mote)" }
            ?? "# forslag_til_vedtak: |\n#   \(utvalg.navn) …\n# godkjenner_referat: \(utvalg.slug) ÅÅÅÅ-MM-DD   # for en sak som godkjenner et referat"
        let body = godkjenner == nil
            ? "## Hensikt med saken\n\n\(placeholder)\n\n## Bakgrunn\n\n\(placeholder)\n\n## Videre saksprosess\n\n\(placeholder)\n"
            : ""
        return """
            ---
            sak: \(nummer)
            tittel: \(quoted(tittel))
            \(type)          # \(types)
            # tidspunkt: "10:00"
            # sakseier: Navn, Virksomhet
            # saksbehandler: Navn
            # emner: [emne]
            \(forslag)
            # vedlegg:
            #   - nummer: 1A
            #     tittel: Tittel på vedlegget
            #     fil: vedlegg/filnavn.pdf
            # tidligere_behandlinger:
            #   - sak: \(utvalg.slug) \(utvalg.example)
            # unntatt_offentlighet: "Offl. § 13 jf. fvl. § 13"   # en sak i lukket møte: bare nummer, offentlig tittel og hjemmel publiseres
            # offentlig_tittel: Personalsak
            ---
            \(body)
            """
    }

    /// A YAML double-quoted scalar, so a title with `:` or `#` stays a title.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
