/// The words a synthetic archive is made of: real names of the sector's actors, solutions and topics.
enum Vocabulary {
    static let losninger = [
        "Kjernejournal", "e-resept", "Pasientens legemiddelliste", "Helsenorge", "Pasientens prøvesvar",
        "Helsenettet", "HelseID", "Grunndata", "Velferdsteknologisk knutepunkt", "Pasientens journaldokumenter",
        "Sentral forskrivningsmodul", "Helseanalyseplattformen", "DigiHelsestasjon", "DigiHelse",
        "Nasjonal kjernejournal", "Felles språk", "Helsedataservice", "Dokumentdeling",
    ]

    static let tiltak = [
        "digital hjemmeoppfølging", "deling av journaldokumenter", "nasjonal kodeverksforvaltning",
        "helsedataforordningen (EHDS)", "KI i klinisk dokumentasjon", "felles tilgangsstyring",
        "modernisering av EPJ i kommunene", "Meldingsløftet", "innføring av Pasientens legemiddelliste",
        "tverrsektoriell informasjonssikkerhet", "Digital førstelinje", "overgangen til ICD-11",
        "tilgjengeliggjøring av helsedata", "Kommunalt digitalt løft", "strukturert journal",
        "digitale innbyggertjenester for barn og unge", "felles arkitekturprinsipper", "nasjonal beredskap for IKT",
        "gevinstrealisering i e-helseporteføljen", "samordnet innføring i kommunene", "tale-til-sammendrag",
        "helseteknologiordningen", "foreldreinnsyn i digitale tjenester", "legemiddelinformasjon i sykehjem",
    ]

    static let aktorer = [
        "Helsedirektoratet", "Norsk helsenett SF", "KS", "Helse Sør-Øst RHF", "Helse Vest RHF",
        "Helse Midt-Norge RHF", "Helse Nord RHF", "Folkehelseinstituttet", "Direktoratet for medisinske produkter",
        "Oslo kommune", "Bergen kommune", "Trondheim kommune", "Legeforeningen", "Norsk Sykepleierforbund",
        "FFO", "Digitaliseringsdirektoratet", "Kristiansand kommune", "Tromsø kommune",
    ]

    static let emner = [
        "prismodell", "nasjonale e-helseløsninger", "e-helsestrategi", "informasjonssikkerhet",
        "kunstig intelligens", "samhandling", "legemidler", "kommunal helse- og omsorgstjeneste",
        "innbyggertjenester", "standardisering", "helsedata", "finansiering", "porteføljestyring",
        "journalsystemer", "velferdsteknologi", "personvern", "beredskap", "EHDS", "kodeverk og terminologi",
        "digital hjemmeoppfølging", "gevinstrealisering", "regelverk", "arkitektur", "tilgangsstyring",
        "prøvesvar", "kjernejournal", "fastleger", "spesialisthelsetjenesten", "tannhelse", "forskning",
    ]

    static let fornavn = [
        "Anne", "Kari", "Ingrid", "Silje", "Marit", "Hilde", "Tone", "Ragnhild", "Åse", "Solveig", "Liv", "Ørjan",
        "Bjørn", "Per", "Jan", "Lars", "Knut", "Arne", "Håkon", "Øystein", "Terje", "Rune", "Svein", "Eirik",
        "Mette", "Camilla", "Trude", "Gunnar", "Sigrid", "Astrid", "Espen", "Jørgen",
    ]

    static let etternavn = [
        "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
        "Karlsen", "Berg", "Haugen", "Hagen", "Johannessen", "Eriksen", "Dahl", "Lund", "Solberg", "Bakken",
        "Sæther", "Strøm", "Aasen", "Røed", "Økland", "Løvås", "Ødegård", "Moen", "Brekke", "Halvorsen",
    ]

    static let steder = [
        "Helsedirektoratet, Oslo", "Radisson Blu Nydalen, Oslo", "Teams", "Norsk helsenett SF, Trondheim",
        "Thon Hotel Opera, Oslo", "Scandic Bergen City", "KS-huset, Oslo", "Clarion Hotel The Hub, Oslo",
    ]

    static let statuser = ["Pågår", "Forsinket", "Fullført", "Ikke startet", "Under planlegging", "I drift"]

    static let andreUtvalg = [
        "Nasjonalt utvalg for e-helse (NUIT)", "Prioriteringsutvalget", "Nasjonalt fagutvalg for e-helse",
        "Kommunenes strategiske forum",
    ]
}
