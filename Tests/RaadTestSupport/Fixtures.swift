import Foundation

/// Paths inside the repository, found from this file so tests run from any working directory.
public enum Repository {
    public static let root: String = {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }()

    public static var themes: String { root + "/themes" }
    public static var content: String { root + "/content" }
    /// The product brief's seed documents, beside the repository when it is checked out as in CI.
    public static var seeds: String { root + "/../shared/seeds" }

    public static func fixture(_ relative: String) -> String { root + "/Tests/Fixtures/" + relative }
}

/// A small archive in the content format, used by several suites: two utvalg, a held møte and an innkalling.
public enum MiniContent {
    public static let files = """
    -- content/_index.md --
    ---
    tittel: Rådsmodellen
    utgiver: Helsedirektoratet
    base_url: https://example.org/radsmodellen/
    ---
    Velkommen til **rådsmodellen**.
    -- content/strategiradet/_index.md --
    ---
    navn: Strategirådet
    fullt_navn: Nasjonalt strategiråd for digitalisering i helse- og omsorgssektoren
    rekkefolge: 1
    forgjenger: e-helserad
    medlemmer:
      - navn: Rune Simensen
        virksomhet: Helse Sør-Øst RHF
    ---
    Strategirådet skal gi råd om felles behov.
    -- content/e-helserad/_index.md --
    ---
    navn: Nasjonalt e-helseråd
    rekkefolge: 4
    ---
    -- content/e-helserad/2025-06-12/_index.md --
    ---
    dato: 2025-06-12
    ---
    -- content/e-helserad/2025-06-12/15-25.md --
    ---
    sak: 15/25
    tittel: Anbefaling til justert prismodell 2026
    sakstype: Drøfting
    behandling: |
      Norsk helsenett la frem saken.
    vedtak: |
      Nasjonalt e-helseråd drøftet foreslåtte prismodeller.
    ---
    -- content/strategiradet/2026-03-26/_index.md --
    ---
    mote: 1/2026
    dato: 2026-03-26
    tid: "10:00–16:00"
    sted: Helsedirektoratet, Oslo
    medlemmer:
      - navn: Ørjan Andersen
        virksomhet: Helse Vest RHF
      - navn: Svein Lyngroth
        virksomhet: Oslo kommune
        merknad: fra kl. 15
    ikke_til_stede:
      - navn: Bjørn J. Villa
        virksomhet: Helse Midt-Norge RHF
    stedfortredere:
      - navn: Odd Martin Solem
        virksomhet: Norsk helsenett SF
        for: Johan Ronæs
    ---
    -- content/strategiradet/2026-03-26/01-26.md --
    ---
    sak: 1/26
    tittel: Godkjenning av innkalling og dagsorden
    sakstype: Godkjenning
    behandling: |
      Det kom ingen innspill til innkalling og dagsorden.
    vedtak: |
      Strategirådet godkjenner innkalling og dagsorden.
    ---
    -- content/strategiradet/2026-06-11/_index.md --
    ---
    mote: 2/2026
    dato: 2026-06-11
    tid: "10:00–16:00"
    sted: Radisson Blu Nydalen, Oslo
    dagsorden:
      - { tid: "11:35", punkt: Lunsj }
      - { tid: "16:00", punkt: Slutt }
    vedlegg:
      - tittel: Samlet saksdokument
        fil: vedlegg/saksdokument.pdf
    ---
    -- content/strategiradet/2026-06-11/vedlegg/saksdokument.pdf --
    %PDF-1.4 not really a pdf
    -- content/strategiradet/2026-06-11/13-26.md --
    ---
    sak: 13/26
    tittel: Godkjenning av referat fra Strategirådet 26. mars 2026
    sakstype: Godkjenning
    tidspunkt: "10:05"
    forslag_til_vedtak: Strategirådet godkjenner referatet.
    godkjenner_referat: strategiradet 2026-03-26
    ---
    -- content/strategiradet/2026-06-11/dagsaktuelt.md --
    ---
    tittel: Dagsaktuelt
    sakstype: Åpen sak
    tidspunkt: "10:10"
    ---
    Under dagsaktuelt får medlemmene løfte problemstillinger.
    -- content/strategiradet/2026-06-11/16-26.md --
    ---
    sak: 16/26
    tittel: Anbefaling til justert prismodell 2027
    sakstype: Drøfting
    tidspunkt: "12:20"
    sakseier: Johan Ronæs, Norsk helsenett SF
    saksbehandler: Randi Halle-Knutzen
    forslag_til_vedtak: |
      Strategirådet drøftet foreslåtte prismodeller.
    vedlegg:
      - nummer: 4A
        tittel: Anbefaling til justert prismodell – 2027 v1.2
        fil: vedlegg/saksdokument.pdf
      - nummer: 4B
        tittel: Innspillslogg
        url: https://www.helsedirektoratet.no/innspill
      - nummer: 4C
        tittel: E-post til øvrige aktører
    tidligere_behandlinger:
      - sak: e-helserad 15/25
      - utvalg: Nasjonalt e-helseråd
        dato: 2024-06-13
        sak: 12/24
        tittel: Prinsipper for fordeling av kostnader
        vedtak: |
          Nasjonalt e-helseråd drøftet prinsippene.
    ---
    ## Hensikt med saken

    Norsk helsenett SF har i oppdrag å vurdere **prismodellene**.

    | Løsning | Pris 2026 | Pris 2027 |
    |---|---:|---:|
    | Kjernejournal | 10 | 12 |

    <script>alert("x")</script>

    Se www.helsedirektoratet.no for mer.

    ## Bakgrunn

    Tekst.
    """
}
