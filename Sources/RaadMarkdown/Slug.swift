/// ASCII slugs for ids and URLs, with Norwegian letters spelled out as Norwegians do in addresses.
public enum Slug {
    public static func make(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            let piece: String
            switch scalar {
            case "æ": piece = "ae"
            case "ø", "ö": piece = "o"
            case "å", "á", "à", "ä": piece = "a"
            case "é", "è", "ê": piece = "e"
            case "ü": piece = "u"
            case "a"..."z", "0"..."9": piece = String(scalar)
            default: piece = ""
            }
            if piece.isEmpty {
                pendingDash = !out.isEmpty
            } else {
                if pendingDash { out += "-" }
                pendingDash = false
                out += piece
            }
        }
        return out
    }
}

/// Hands out unique ids: the second "Bakgrunn" becomes `bakgrunn-2`.
struct IDAllocator {
    private var used: Set<String>
    private let prefix: String

    init(reserved: Set<String>, prefix: String = "") {
        used = reserved
        self.prefix = prefix
    }

    mutating func allocate(for text: String) -> String {
        let slug = Slug.make(text)
        let base = prefix + (slug.isEmpty ? "seksjon" : slug)
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }
}
