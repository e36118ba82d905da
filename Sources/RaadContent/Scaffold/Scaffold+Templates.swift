import Foundation

/// The text of new files: the keys an editor fills in, the optional ones as comments to uncomment.
extension Scaffold {
    static func moteText(nummer: String, dato: Dato) -> String {
        """
        ---
        mote: \(nummer)
        dato: \(dato.iso)
        # tid: "10:00–16:00"
        # sted: Helsedirektoratet, Oslo
        # medlemmer:
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

    static func sakText(nummer: Saksnummer, tittel: String, sakstype: Sakstype?) -> String {
        let types = Sakstype.allCases.map(\.rawValue).joined(separator: " | ")
        let type = sakstype.map { "sakstype: \($0.rawValue)" } ?? "# sakstype: Drøfting"
        return """
            ---
            sak: \(nummer)
            tittel: \(quoted(tittel))
            \(type)          # \(types)
            # tidspunkt: "10:00"
            # sakseier: Navn, Virksomhet
            # saksbehandler: Navn
            # emner: [emne]
            # forslag_til_vedtak: |
            #   Rådet …
            # vedlegg:
            #   - nummer: 1A
            #     tittel: Tittel på vedlegget
            #     fil: vedlegg/filnavn.pdf
            # tidligere_behandlinger:
            #   - sak: strategiradet 11/26
            ---
            ## Hensikt med saken

            ## Bakgrunn

            ## Videre saksprosess

            """
    }

    /// A YAML double-quoted scalar, so a title with `:` or `#` stays a title.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
