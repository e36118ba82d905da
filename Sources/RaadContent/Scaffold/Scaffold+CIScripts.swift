import Foundation

/// The shell steps both pipelines of a new site run (`raad new site`), written once; each CI file indents them
/// into its own YAML and says how its host shows an error or a notice.
extension Scaffold {
    /// What the CI files hold until the release's SHA-256 is pasted in; the download step refuses it.
    public static let sha256Placeholder = "LIM-INN-SHA256"

    /// The release archive's name, and where it is downloaded from unless RAAD_URL says otherwise.
    static let releaseArchive = "raad-${RAAD_VERSION}-linux-x86_64.tar.gz"
    static let defaultReleaseURL = "https://github.com/helsedir/raad/releases/download/v${RAAD_VERSION}/" + releaseArchive

    /// Downloads the pinned raad, refuses it unless its SHA-256 is the pinned one, and unpacks it; leaves the
    /// binary's path in `$raad`. `error` starts a line that the host shows as an error.
    static func downloadScript(error: String) -> String {
        #"""
        # RAAD_SHA256 må være verdien fra releasens .sha256-fil; en plassholder eller en skrivefeil stopper her.
        if ! printf '%s\n' "$RAAD_SHA256" | grep -Eqx '[0-9a-f]{64}'; then
          echo "\#(error)RAAD_SHA256 er ikke fylt inn: lim inn verdien fra \#(releaseArchive).sha256 i releasen (se README.md)."
          exit 1
        fi
        url="${RAAD_URL:-\#(defaultReleaseURL)}"
        bin="${RUNNER_TEMP:-/tmp}/raad-$RAAD_VERSION"
        mkdir -p "$bin"
        curl -fsSL --retry 3 -o "$bin/raad.tar.gz" "$url"
        echo "$RAAD_SHA256  $bin/raad.tar.gz" | sha256sum -c -
        tar -xzf "$bin/raad.tar.gz" -C "$bin"
        raad="$(find "$bin" -type f -name raad -perm -u+x | head -n 1)"
        if [ -z "$raad" ]; then
          echo "\#(error)$url har ingen raad-fil."
          exit 1
        fi
        """#
    }

    /// Compares the build with the live site's manifest (`raad check --previous`), so a page or anchor that
    /// readers and other sites link to is not lost unnoticed. The first publish has no manifest to compare
    /// with, and RAAD_SKIP_PREVIOUS=1 lets a rollback remove pages on purpose. `$RAAD_SITE_URL` ends in `/`.
    static func previousScript(check: String, notice: String) -> String {
        #"""
        if [ "${RAAD_SKIP_PREVIOUS:-}" = 1 ]; then
          echo "\#(notice)RAAD_SKIP_PREVIOUS=1: bygget sammenlignes ikke med det publiserte nettstedet."
        else
          manifest="${RAAD_SITE_URL}.raad-manifest.json"
          status="$(curl -sSL -o previous-manifest.json -w '%{http_code}' "$manifest")" || status=000
          # Bare en manifest teller: en innloggingsside eller feilside i stedet betyr at det ikke er noen å lese.
          if [ "$status" = 200 ] && [ "$(head -c 1 previous-manifest.json)" = "{" ]; then
            \#(check)
          else
            echo "\#(notice)Fant ingen manifest på $manifest (HTTP $status), som ved første publisering; sammenligningen hoppes over."
          fi
        fi
        """#
    }

    /// `text` with every non-empty line indented by `spaces`, for a YAML block scalar.
    static func indented(_ text: String, by spaces: Int) -> String {
        let pad = String(repeating: " ", count: spaces)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : pad + $0 }.joined(separator: "\n")
    }

    /// The SHA-256 line's value: the known one, or the placeholder the download step refuses.
    static func pinnedSHA256(_ sha256: String?) -> String { sha256 ?? sha256Placeholder }
}
