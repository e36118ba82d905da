import Foundation

/// `.gitlab-ci.yml` of a new site: on a merge request, build and check with the pinned raad, report the check
/// as JUnit and keep the site as an artifact; on the default branch, the same, then publish it with GitLab Pages.
extension Scaffold {
    static func gitLabCI(raadVersion: String, sha256: String?) -> String {
        let download = downloadScript(error: "FEIL: ") + "\n" + #"PATH="$(dirname "$raad"):$PATH""#
        // The JUnit report is for the merge request's page; on failure the log shows the same problems as text.
        let previous = previousScript(
            check: #"raad check --base-url "$RAAD_SITE_URL" --previous previous-manifest.json --format junit "#
                + #"--output raad-check-previous.xml || { raad check --base-url "$RAAD_SITE_URL" --previous previous-manifest.json; exit 1; }"#,
            notice: "")
        return #"""
            # Bygger, sjekker og publiserer nettstedet med raad (laget av «raad new site»; se README.md).

            variables:
              # raad-versjonen nettstedet bygges med. Oppgrader ved å endre RAAD_VERSION og RAAD_SHA256 sammen.
              RAAD_VERSION: "\#(raadVersion)"
              # Lim inn SHA-256 fra raad-<versjon>-linux-x86_64.tar.gz.sha256 i releasen (én linje: verdien
              # og filnavnet; bare verdien skal hit). Pipelinen stopper så lenge plassholderen står her.
              RAAD_SHA256: "\#(pinnedSHA256(sha256))"
              # Valgfrie variabler (Settings → CI/CD → Variables, eller når pipelinen kjøres for hånd):
              # RAAD_URL: en annen adresse for releasefilen, for eksempel et speil;
              # RAAD_BASE_URL: nettstedets adresse, hvis det har et eget domene;
              # RAAD_SKIP_PREVIOUS: 1 for å la en tilbakerulling fjerne sider (se README.md).

            # En pipeline for hver merge request og for hver levering til hovedgrenen, ikke to for samme levering.
            workflow:
              rules:
                - if: $CI_PIPELINE_SOURCE == "merge_request_event"
                - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH

            stages:
              - build
              - deploy

            build:
              stage: build
              image: debian:bookworm-slim
              before_script:
                - apt-get update -qq && apt-get install -y -qq --no-install-recommends ca-certificates curl >/dev/null
                - |
            \#(indented(download, by: 6))
              script:
                # GitLab Pages publiserer på CI_PAGES_URL, for eksempel https://<gruppe>.gitlab.io/<prosjekt>.
                - |
                  pages="${CI_PAGES_URL:-https://$CI_PROJECT_ROOT_NAMESPACE.$CI_PAGES_DOMAIN/$CI_PROJECT_NAME}"
                  url="${RAAD_BASE_URL:-$pages}"
                  export RAAD_SITE_URL="${url%/}/"
                - raad build --strict --base-url "$RAAD_SITE_URL"
                # Fra content/, ikke site/: da står feilene ved linjen i Markdown-filen.
                - raad check --base-url "$RAAD_SITE_URL" --format junit --output raad-check.xml || { raad check --base-url "$RAAD_SITE_URL"; exit 1; }
                - |
            \#(indented(previous, by: 6))
              artifacts:
                when: always
                expire_in: 30 days
                paths:
                  - site/
                reports:
                  junit:
                    - raad-check*.xml

            # GitLab Pages publiserer det som ligger i public/: nettstedet fra build, uendret.
            pages:
              stage: deploy
              image: debian:bookworm-slim
              needs: [build]
              rules:
                - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
              script:
                - mv site public
              artifacts:
                paths:
                  - public

            """#
    }
}
