import RaadMessages

/// The keys with which another council or board describes itself: its sakstyper, mention words, labels, roles.
extension ContentLoader {
    /// The roles people usually have; a value near one of them is taken for a typo, any other is the body's own.
    static let knownRoller = ["Leder", "Nestleder", "Møteleder", "Observatør", "Sekretær", "Varamedlem"]

    /// `sakstyper: [Vedtakssak, Orienteringssak]`, or nil when not given.
    func sakstyper(_ map: YAMLMapping) -> [Sakstype]? {
        guard map.has("sakstyper") else { return nil }
        let names = map.stringList("sakstyper")
        guard !names.isEmpty else {
            map.diagnostics.error(map.location(of: "sakstyper"), .sakstyperEmpty, hint: .sakstyperExample)
            return nil
        }
        var seen: Set<String> = []
        for name in names where !seen.insert(name.lowercased()).inserted {
            map.diagnostics.error(map.location(of: "sakstyper"), .sakstypeTwice(name))
        }
        return names.map(Sakstype.init(rawValue:))
    }

    /// `omtale_ord: [sak, saken, styresak]`, lowercased, or nil when not given.
    func omtaleOrd(_ map: YAMLMapping) -> Set<String>? {
        guard map.has("omtale_ord") else { return nil }
        var words: Set<String> = []
        for word in map.stringList("omtale_ord") {
            guard word.allSatisfy(\.isLetter) else {
                map.diagnostics.error(map.location(of: "omtale_ord"), .omtaleOrdForm(word), hint: .omtaleOrdExample)
                continue
            }
            words.insert(word.lowercased())
        }
        return words.isEmpty ? nil : words
    }

    /// `overskrifter: { ikke_til_stede: Forfall }`: a mistyped key is an error with "mente du".
    func overskrifter(_ map: YAMLMapping) -> [String: String] {
        guard let node = map.node("overskrifter") else { return [:] }
        let keys = Utvalg.defaultOverskrifter.map(\.key)
        guard let labels = YAMLMapping(node, path: map.path, lineOffset: map.lineOffset, what: .theOverskrifter,
                                       allowed: keys, at: map.location(of: "overskrifter"), diagnostics: map.diagnostics)
        else { return [:] }
        var found: [String: String] = [:]
        for key in keys { if let label = labels.string(key) { found[key] = label } }
        return found
    }

    /// A person's `rolle:`, spelled as the known role it matches without case; a near miss is an error.
    func rolle(_ person: YAMLMapping) -> String? {
        guard let text = person.string("rolle") else { return nil }
        if let known = Self.knownRoller.first(where: { $0.lowercased() == text.lowercased() }) { return known }
        if let near = Suggestions.closest(to: text, in: Self.knownRoller) {
            person.diagnostics.error(person.location(of: "rolle"), .unknownRolle(text),
                                     hint: .joined([.didYouMean(near), .knownRoller(Self.knownRoller)], separator: " "))
            return nil
        }
        return text
    }
}
