import Foundation

/// `.github/workflows/raad.yml` of a new site: on a pull request, build and check with the pinned raad and keep
/// the site as an artifact; on main, the same, then publish it with GitHub Pages.
extension Scaffold {
    static func gitHubWorkflow(raadVersion: String, sha256: String?) -> String {
        let download = downloadScript(error: "::error::") + "\n" + #"dirname "$raad" >> "$GITHUB_PATH""#
        let previous = previousScript(check: #"raad check --base-url "$RAAD_SITE_URL" --previous previous-manifest.json --format github"#,
                                      notice: "::notice::")
        return #"""
            # Bygger, sjekker og publiserer nettstedet med raad (laget av «raad new site»; se README.md).
            name: raad

            on:
              pull_request:
              push:
                branches: [main]
              workflow_dispatch:

            permissions:
              contents: read

            # Én kjøring per gren om gangen; en ny levering til en pull request avbryter den forrige,
            # men en publisering får gå ferdig.
            concurrency:
              group: raad-${{ github.ref }}
              cancel-in-progress: ${{ github.event_name == 'pull_request' }}

            env:
              # raad-versjonen nettstedet bygges med. Oppgrader ved å endre RAAD_VERSION og RAAD_SHA256 sammen.
              RAAD_VERSION: "\#(raadVersion)"
              # Lim inn SHA-256 fra raad-<versjon>-linux-x86_64.tar.gz.sha256 i releasen (én linje: verdien
              # og filnavnet; bare verdien skal hit). Pipelinen stopper så lenge plassholderen står her.
              RAAD_SHA256: "\#(pinnedSHA256(sha256))"
              # Valgfrie variabler (Settings → Secrets and variables → Actions → Variables):
              # RAAD_URL: en annen adresse for releasefilen, for eksempel et speil;
              # RAAD_BASE_URL: nettstedets adresse, hvis det har et eget domene;
              # RAAD_SKIP_PREVIOUS: 1 for å la en tilbakerulling fjerne sider (se README.md).
              RAAD_URL: ${{ vars.RAAD_URL }}
              RAAD_BASE_URL: ${{ vars.RAAD_BASE_URL }}
              RAAD_SKIP_PREVIOUS: ${{ vars.RAAD_SKIP_PREVIOUS }}

            jobs:
              build:
                runs-on: ubuntu-24.04
                steps:
                  - uses: actions/checkout@v5

                  - name: Last ned raad
                    run: |
            \#(indented(download, by: 10))

                  - name: Finn adressen
                    # GitHub Pages publiserer på https://<eier>.github.io/<repository>/, uten noe eget domene.
                    run: |
                      owner="${GITHUB_REPOSITORY_OWNER,,}"
                      repo="${GITHUB_REPOSITORY#*/}"
                      if [ "${repo,,}" = "$owner.github.io" ]; then
                        pages="https://$owner.github.io/"
                      else
                        pages="https://$owner.github.io/$repo/"
                      fi
                      url="${RAAD_BASE_URL:-$pages}"
                      echo "RAAD_SITE_URL=${url%/}/" >> "$GITHUB_ENV"

                  - name: Bygg
                    run: raad build --strict --base-url "$RAAD_SITE_URL"

                  - name: Sjekk lenker
                    # Fra content/, ikke site/: da står feilene ved linjen i Markdown-filen.
                    run: raad check --base-url "$RAAD_SITE_URL" --format github

                  - name: Sammenlign med det publiserte nettstedet
                    run: |
            \#(indented(previous, by: 10))

                  - name: Ta vare på det bygde nettstedet
                    if: ${{ !cancelled() }}
                    uses: actions/upload-artifact@v6
                    with:
                      name: site
                      path: site/
                      include-hidden-files: true    # med .raad-manifest.json

                  - name: Gjør klar for GitHub Pages
                    if: github.ref == 'refs/heads/main' && github.event_name != 'pull_request'
                    uses: actions/upload-pages-artifact@v5
                    with:
                      path: site/
                      # Publiser .raad-manifest.json også: den neste pipelinen sammenligner med den.
                      include-hidden-files: true

              deploy:
                if: github.ref == 'refs/heads/main' && github.event_name != 'pull_request'
                needs: build
                runs-on: ubuntu-24.04
                permissions:
                  pages: write
                  id-token: write
                environment:
                  name: github-pages
                  url: ${{ steps.deployment.outputs.page_url }}
                steps:
                  - name: Publiser
                    id: deployment
                    uses: actions/deploy-pages@v5

            """#
    }
}
