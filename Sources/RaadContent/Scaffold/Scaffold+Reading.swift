import Foundation
import RaadMessages

/// What a new file copies from the files beside it: the utvalg's name and members, the previous møte.
extension Scaffold {
    /// The utvalg's `navn` and `medlemmer` as its `_index.md` gives them; problems in it are left to the build.
    static func utvalg(in utvalgFolder: String) -> (navn: String?, medlemmer: [Person]) {
        let loader = ContentLoader(root: (utvalgFolder as NSString).deletingLastPathComponent)
        guard let (map, _) = loader.readMapping(utvalgFolder + "/_index.md", what: .anUtvalg, allowed: ContentLoader.utvalgKeys,
                                                DiagnosticCollector())
        else { return (nil, []) }
        return (map.string("navn"), loader.people(map, "medlemmer"))
    }

    /// The sakstyper the utvalg allows: its own `sakstyper:`, the site's, or the defaults.
    static func sakstyper(in utvalgFolder: String) -> [Sakstype] {
        let content = (utvalgFolder as NSString).deletingLastPathComponent
        let loader = ContentLoader(root: content)
        let files: [(String, Message, [String])] = [(utvalgFolder + "/_index.md", .anUtvalg, ContentLoader.utvalgKeys),
                                                   (content + "/_index.md", .theSiteFile, ContentLoader.siteKeys)]
        for (path, what, keys) in files {
            if let (map, _) = loader.readMapping(path, what: what, allowed: keys, DiagnosticCollector()),
               let list = loader.sakstyper(map) {
                return list
            }
        }
        return Sakstype.defaults
    }

    /// A møte's `mote:` number as written (`2/2026`), when it has one.
    static func moteNummer(in utvalgFolder: String, dato: Dato) -> String? {
        let loader = ContentLoader(root: (utvalgFolder as NSString).deletingLastPathComponent)
        let map = loader.readMapping(utvalgFolder + "/" + dato.iso + "/_index.md", what: .aMote,
                                     allowed: ContentLoader.moteKeys, DiagnosticCollector())?.map
        return map?.string("mote")
    }

    /// The utvalg's last møte before `dato`, with its `mote:` number when it has one.
    static func previousMote(in utvalgFolder: String, before dato: Dato) -> (dato: Dato, nummer: String?)? {
        guard let previous = names(in: utvalgFolder).compactMap(Dato.init(iso:)).filter({ $0 < dato }).max() else { return nil }
        return (previous, moteNummer(in: utvalgFolder, dato: previous))
    }

    /// People as YAML list items under a key, indented as the content format shows them.
    static func yaml(_ people: [Person]) -> String {
        people.map { person in
            var item = "  - navn: \(plain(person.navn))"
            if let virksomhet = person.virksomhet { item += "\n    virksomhet: \(plain(virksomhet))" }
            if let merknad = person.merknad { item += "\n    merknad: \(plain(merknad))" }
            if let rolle = person.rolle { item += "\n    rolle: \(plain(rolle))" }
            return item
        }.joined(separator: "\n")
    }

    /// The text as a YAML scalar: bare when YAML reads it back as the same text, else double-quoted.
    static func plain(_ text: String) -> String {
        let special = CharacterSet(charactersIn: ":#[]{},&*!|>'\"%@`\\")
        let risky = text.isEmpty || text.unicodeScalars.contains(where: special.contains) || text.first == "-"
            || text.first == "?" || text != text.trimmingCharacters(in: .whitespaces) || Double(text) != nil
            || ["true", "false", "yes", "no", "null", "~", "on", "off"].contains(text.lowercased())
        return risky ? quoted(text) : text
    }
}
