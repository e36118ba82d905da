/// `raad new site`: why a new site was refused, what was made, and what to do next.
extension Message {
    public static func siteFolderNotEmpty(_ folder: String) -> Message {
        Message(nb: "\(folder) finnes allerede og er ikke tom; raad new site lager et nettsted bare i en ny eller tom mappe",
                en: "\(folder) already exists and is not empty; raad new site makes a site only in a new or empty folder")
    }

    public static func siteFolderIsFile(_ folder: String) -> Message {
        Message(nb: "\(folder) finnes allerede som en fil; oppgi en ny mappe", en: "\(folder) already exists as a file; give a new folder")
    }

    public static func optionOneLine(_ option: String) -> Message {
        Message(nb: "\(option) må være én linje tekst", en: "\(option) must be one line of text")
    }

    /// The first line of the report; the files follow, one per line.
    public static func createdSite(_ folder: String) -> Message {
        Message(nb: "Laget nettstedet \(folder):", en: "Created the site \(folder):")
    }

    public static func nextStepsSite(folder: String, utvalg: String, raadVersion: String) -> Message {
        Message(
            nb: """
                Neste steg (README.md forklarer hvert av dem):
                  1. cd \(folder), og behold CI-filen for der nettstedet skal ligge (.github/ for GitHub, \
                .gitlab-ci.yml for GitLab); slett den andre.
                  2. Lim inn SHA-256 for raad \(raadVersion) i RAAD_SHA256 i CI-filen; verdien står i .sha256-filen \
                i releasen.
                  3. git init && git add . && git commit -m "Nytt nettsted", og send det til GitHub eller GitLab.
                  4. Lag det første møtet: raad new mote --utvalg \(utvalg) --dato ÅÅÅÅ-MM-DD
                  5. Se sidene med raad serve.
                """,
            en: """
                Next (README.md explains each of them):
                  1. cd \(folder), and keep the CI file for where the site is to be hosted (.github/ for GitHub, \
                .gitlab-ci.yml for GitLab); delete the other.
                  2. Paste the SHA-256 of raad \(raadVersion) into RAAD_SHA256 in the CI file; the value is in the \
                release's .sha256 file.
                  3. git init && git add . && git commit -m "New site", and push it to GitHub or GitLab.
                  4. Make the first møte: raad new mote --utvalg \(utvalg) --dato YYYY-MM-DD
                  5. See the pages with raad serve.
                """)
    }
}
