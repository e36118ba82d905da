/// Sentence patterns for toppnotater. `{L}` a løsning, `{T}` a tiltak, `{A}`/`{B}` actors, `{Y}` the year,
/// `{Z}` the next year, `{P}` a percentage, `{N}` a count, `{R}` the utvalg's name.
enum Sentences {
    static let prose = [
        "Saken gir en status på arbeidet med {T} og legger til rette for en strategisk drøfting i {R}.",
        "{A} har i samarbeid med {B} kartlagt hvilke forutsetninger som må være på plass før {L} kan tas i bruk i hele sektoren.",
        "Det er god fremdrift i utviklingen av {L}, men innføringen i kommunal helse- og omsorgstjeneste har lavere fremdrift enn ønsket.",
        "Begrenset kapasitet hos både kommuner og leverandører påvirker tempoet i innføringen, og understreker behovet for koordinert prioritering.",
        "Erfaringene fra utprøvingen viser at om lag {P} prosent av virksomhetene har tatt løsningen i bruk ved utgangen av {Y}.",
        "Det er fortsatt usikkerhet knyttet til regelverket, særlig når det gjelder behandlingsgrunnlag og ansvar for informasjonssikkerhet.",
        "{A} anslår at {N} virksomheter vil være koblet på {L} i løpet av {Z}.",
        "Modernisering av journalsystemene legger grunnlaget for raskere utvikling, bedre samhandling og mer effektiv informasjonshåndtering.",
        "Dagens finansieringsmodeller er i hovedsak innrettet mot anskaffelse og implementering, og er i liten grad tilpasset drift og videreutvikling.",
        "Helsepersonell etterspør bedre tilgang til oppdaterte og korrekte helseopplysninger på tvers av tjenestenivåene.",
        "Arbeidet med {T} er koordinert med pågående tiltak i den nasjonale e-helseporteføljen.",
        "{B} har pekt på at gevinstene først kan tas ut når løsningen er breddet til alle helseregioner og et flertall av kommunene.",
        "Det er behov for lik problemforståelse mellom aktørene og en koordinert tilnærming til personvern og tilgangsstyring.",
        "Kostnadene til forvaltning og drift av {L} var om lag {N} millioner kroner i {Y}.",
        "Utvidelsen av innholdet i {L} og antall brukergrupper som har tilgang, stiller nye krav til sikkerhet og logging.",
        "Sektoren har gjennomført flere øvelser på beredskapsområdet, og effekten øker når øvelsene kobles til styringssystemene.",
        "Norge deltar aktivt i det europeiske samarbeidet om helsedata, og {T} må ses i sammenheng med dette.",
        "For innbyggerne betyr dette enklere tilgang til egne helseopplysninger og bedre mulighet til å medvirke i egen behandling.",
        "{A} vil legge frem en oppdatert plan for {T} for {R} i løpet av {Z}.",
        "Flere kommuner melder om at de mangler kompetanse og kapasitet til å gjennomføre endringene i tråd med planen.",
        "Et felles innføringsløp vil redusere risikoen for at kommunene må gjennomføre de samme oppgavene hver for seg.",
        "Vurderingen er at tiltaket bidrar til målene i nasjonal e-helsestrategi, særlig målet om styrket samhandling.",
        "Det er usikkert om leverandørene vil ha nødvendige integrasjoner på plass før {Z}.",
        "{B} støtter anbefalingen, men ber om at konsekvensene for kommunene beskrives nærmere.",
        "Gevinstuttaket er fortsatt ujevnt, og det er behov for mer kunnskap om hvordan tjenestene faktisk brukes.",
        "Løsningen er vurdert opp mot alternativene, og anbefalingen er å videreføre dagens retning med enkelte justeringer.",
        "I {Y} ble det gjennomført {N} tester av integrasjonene mot {L}, og de fleste avvikene er nå lukket.",
        "Saken ble forberedt i en arbeidsgruppe med representanter fra {A}, {B} og de regionale helseforetakene.",
        "Tiltaket forutsetter at det avsettes tilstrekkelige midler i statsbudsjettet for {Z}.",
        "Brukerundersøkelsen viser at {P} prosent av helsepersonellet er fornøyd med dagens løsning.",
        "Det er en økning i utbredelse og bruk, ikke minst med legevakter og sykehjem som brukere.",
        "Arbeidet skal sikre forutsigbarhet for aktørene og legge til rette for innovasjon og samhandling.",
        "{A} har fått i oppdrag å utrede hvordan {T} kan innrettes slik at både store og små kommuner kan delta.",
        "Rådet har tidligere understreket betydningen av en helhetlig tilnærming og effektiv ressursbruk.",
        "Dette krever økt innsats på regelverks- og standardiseringsarbeid, som igjen gir stabile rammer for deling av data.",
        "En forsinkelse vil påvirke gjennomføringen av andre tiltak som er avhengige av {L}.",
    ]

    static let listItems = [
        "{A} har ansvar for {T}",
        "plan for innføring av {L} i {N} kommuner innen {Z}",
        "avklaring av ansvar for drift og forvaltning av {L}",
        "felles krav til leverandørene om integrasjon mot {L}",
        "kartlegging av behov for opplæring og kompetanse",
        "oppdatert risikovurdering før breddeinnføring",
        "evaluering av gevinster etter første driftsår",
        "koordinering med arbeidet med {T}",
        "rapportering til {R} hvert kvartal",
        "forslag til regelverksendringer sendes på høring i {Z}",
    ]

    static let mentions = [
        "{R} behandlet en tilsvarende problemstilling i {M}.",
        "Se også {M}, der rådet ba om en ny vurdering av {T}.",
        "Saken bygger på vedtaket i {M}.",
        "Status ble sist lagt frem i {M}, og denne saken viser utviklingen siden da.",
    ]

    static let vedtak = [
        "{R} drøftet {t} og ba {A} ta med seg innspillene i det videre arbeidet.",
        "{R} tar orienteringen om {t} til etterretning.",
        "{R} anbefaler at {A} prioriterer {t} i {Z}.",
        "{R} slutter seg til anbefalingen om {t}, og ber om en ny statusrapport i {Z}.",
        "{R} drøftet status og utfordringer for {t}. {A} kommer tilbake til rådet med oppfølgingssaker.",
        "{R} støtter videre arbeid med {t} i tråd med de føringene som ble gitt i møtet.",
    ]

    static let innspill = [
        "Det er krevende for kommunene å finansiere tiltaket innenfor dagens rammer.",
        "Det er viktig at brukerne involveres tidlig i arbeidet.",
        "Rådet ba om at konsekvensene for små kommuner beskrives nærmere.",
        "Det må settes søkelys på at leverandørene utvikler sine løsninger i takt med de nasjonale løsningene.",
        "Flere medlemmer pekte på behovet for bedre kunnskap om nytte og bruk.",
        "Det ble understreket at personvern og informasjonssikkerhet må ivaretas fra start.",
        "Rådet etterlyste en tydeligere prioritering mellom tiltakene.",
        "Helseregionene støtter retningen, men ber om en realistisk tidsplan.",
    ]
}
