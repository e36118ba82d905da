import Foundation

/// The content and `.gitignore` of a new site (`raad new site`); the comments are for whoever fills it in.
extension Scaffold {
    static func siteIndexText(tittel: String, navn: String) -> String {
        """
        ---
        tittel: \(plain(tittel))
        # utgiver: Helsedirektoratet        # vises i toppen og bunnen av hver side
        # utgiver_url: https://www.helsedirektoratet.no/
        # tilgjengelighetserklaering: https://uustatus.no/nb/erklaringer
        # Adressen nettstedet publiseres på. CI-filene bygger med sin egen adresse (--base-url), så denne
        # eksempeladressen brukes bare når du bygger på egen maskin; rett den når adressen er bestemt.
        base_url: https://example.org/
        spraak: nb
        tema: helsedir
        ---
        Her publiseres innkallinger, saksdokumenter og referater fra \(navn).

        """
    }

    static func utvalgText(navn: String) -> String {
        """
        ---
        navn: \(plain(navn))
        # fullt_navn: Det fulle navnet på utvalget
        rekkefolge: 1                 # rekkefølgen på forsiden
        # medlemmer:                  # nåværende medlemmer; raad new mote kopierer dem inn i et nytt møte
        #   - navn: Fornavn Etternavn
        #     virksomhet: Virksomhet
        ---

        """
    }

    /// What raad writes beside the content: the site, the folders it swaps in and out while writing it, the
    /// cache of external links (`raad check --external`), the pipelines' own files, and the backup and lock
    /// files editors' programs leave (raad skips them, but git would publish them in the repository).
    static let siteGitignore = """
        /site/
        /site.tmp-*/
        /site.old-*/
        .raad-linkcache.json
        # Filer pipelinen lager: GitLab Pages publiserer public/, og rapportene fra raad check.
        /public/
        /previous-manifest.json
        /raad-check*.xml
        # Sikkerhetskopier og låsefiler fra redigeringsprogrammer.
        *~
        .#*
        *.swp
        ~$*
        .DS_Store

        """
}
