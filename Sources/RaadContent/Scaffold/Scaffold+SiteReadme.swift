import Foundation

/// `README.md` of a new site: for its editors and for whoever runs the pipeline, in Norwegian.
extension Scaffold {
    static func siteReadme(tittel: String, utvalg: String, raadVersion: String) -> String {
        #"""
        # \#(tittel)

        Sidene lages av programmet [raad](https://github.com/helsedir/raad) fra tekstfilene i `content/`.
        Repositoriet har bare innholdet: utseendet (temaet `helsedir`) følger med raad. Meldingene fra
        `raad` er på norsk; `--lang en` gir dem på engelsk.

        - `content/_index.md`: nettstedets tittel og teksten på forsiden;
        - `content/\#(utvalg)/_index.md`: utvalget: navn, medlemmer og mandat (teksten under `---`);
        - `.github/workflows/raad.yml`: pipelinen på GitHub, og `.gitlab-ci.yml`: pipelinen på GitLab.

        Behold CI-filen for der nettstedet ligger, og slett den andre.

        ## Lage et møte

        ```sh
        raad new mote --utvalg \#(utvalg) --dato 2026-10-15
        raad new sak --mote content/\#(utvalg)/2026-10-15 --tittel "Tittel på saken"
        ```

        `raad new mote` lager `content/\#(utvalg)/2026-10-15/_index.md` med linjen `utkast: true`: møtet
        vises bare i forhåndsvisningen til du fjerner den linjen. `raad new sak` lager en sak med neste
        ledige saksnummer og overskriftene i toppnotatet. Fra det andre møtet lager `raad new sak --mote …
        --sakstype Godkjenning` saken som godkjenner referatet fra møtet før. Kommandoene skriver aldri over
        en fil som finnes.

        ## Se sidene før de publiseres

        ```sh
        raad serve
        ```

        Åpne adressen den skriver ut (for eksempel <http://127.0.0.1:1313/>) i nettleseren. Siden lastes på
        nytt hver gang du lagrer en fil i `content/`, og utkastene er med. Stopp med Ctrl-C. `raad check`
        sjekker alle lenker og vedlegg slik pipelinen gjør.

        ## Slik publiseres en endring

        ```sh
        git add content/
        git commit -m "Møte 2026-10-15: innkalling"
        git push
        ```

        Pipelinen kjører for hver pull request (GitHub) eller merge request (GitLab) og for hver levering
        til hovedgrenen (`main`). Den laster ned raad-versjonen som står i CI-filen, sjekker filen mot
        SHA-256-verdien der, bygger nettstedet med `raad build --strict` (en advarsel stopper den, som en
        feil), sjekker alle lenker med `raad check`, og sammenligner med det publiserte nettstedet: en side
        eller et anker som var publisert og ville forsvinne, stopper den også. Det bygde nettstedet lagres
        som artefakt på kjøringen, så det kan lastes ned og ses på. På hovedgrenen publiseres det til slutt:
        med GitHub Pages eller GitLab Pages. Feiler pipelinen, står meldingen i loggen i samme form som i
        terminalen; rett, og lever på nytt.

        Første gang:

        - **GitHub**: velg *Settings → Pages → Source: GitHub Actions*. Nettstedet publiseres på
          `https://<eier>.github.io/<repository>/`.
        - **GitLab**: Pages slås på av den første publiseringen; adressen står under *Deploy → Pages*.
        - Har nettstedet et eget domene, sett variabelen `RAAD_BASE_URL` til adressen (for eksempel
          `https://styret.example.no/`), under *Settings → Secrets and variables → Actions → Variables*
          (GitHub) eller *Settings → CI/CD → Variables* (GitLab).

        Ved første publisering finnes det ikke noe publisert nettsted å sammenligne med; pipelinen sier det
        og hopper over det steget.

        ## raad-versjonen: feste og oppgradere

        CI-filen bruker alltid den samme raad-versjonen, til noen endrer den. To linjer styrer det, i
        `.github/workflows/raad.yml` eller `.gitlab-ci.yml`:

        ```yaml
        RAAD_VERSION: "\#(raadVersion)"
        RAAD_SHA256: "…"
        ```

        `RAAD_SHA256` er sjekksummen av releasefilen `raad-<versjon>-linux-x86_64.tar.gz`, og står i filen
        `raad-<versjon>-linux-x86_64.tar.gz.sha256` ved siden av den i releasen. Pipelinen stopper hvis
        filen den laster ned har en annen sjekksum, eller hvis plassholderen `\#(sha256Placeholder)` fortsatt står der.

        Slik oppgraderer du:

        1. Finn den nye versjonen blant releasene, og les hva som er endret.
        2. Endre `RAAD_VERSION` til den nye versjonen og `RAAD_SHA256` til verdien fra dens `.sha256`-fil,
           i samme levering.
        3. Lever endringen som en pull request eller merge request: pipelinen bygger og sjekker nettstedet
           med den nye versjonen før noe publiseres.
        4. Bruk samme versjon på din egen maskin, så `raad serve` viser det samme som pipelinen bygger.

        ## Rulle tilbake

        - **En levering som ikke skulle vært publisert**: `git revert --no-edit <commit>` og `git push`. Det
          lager en ny levering som opphever den gamle, og pipelinen publiserer resultatet. `git log
          --oneline` viser commit-numrene. Det samme gjelder en oppgradering av raad: tilbakestill leveringen
          som endret `RAAD_VERSION`.
        - **Raskt, før en rettelse er klar**: kjør pipelinen til den forrige leveringen på nytt. På GitHub:
          *Actions*, velg kjøringen, *Re-run all jobs*. På GitLab: *Build → Pipelines*, velg pipelinen, og
          kjør jobbene `build` og `pages` på nytt (*Retry*). Det som publiseres da, gjelder til neste
          levering til hovedgrenen, så følg opp med `git revert`.

        Fjerner tilbakerullingen sider som var publisert, stopper sammenligningen den (en side som var
        publisert, kan ha lenker til seg). Er det meningen, sett variabelen `RAAD_SKIP_PREVIOUS` til `1`,
        kjør pipelinen, og fjern variabelen igjen. En side som bare har fått ny adresse, trenger ikke dette:
        skriv den gamle adressen i `tidligere_adresser:`.

        """#
    }
}
