import RaadText

/// What changed between a proposed and a final decision, word by word.
enum WordDiff {
    enum Change: Equatable {
        case same(String)
        case removed(String)
        case added(String)
    }

    /// The changes that turn `old` into `new`, with runs of one kind joined into one change.
    static func changes(from old: String, to new: String) -> [Change] {
        let a = old.whitespaceWords()
        let b = new.whitespaceWords()
        // Longest common subsequence over words; decisions are short, so the quadratic table is fine.
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var changes: [Change] = []
        func append(_ change: Change) {
            switch (changes.last, change) {
            case (.same(let x)?, .same(let y)): changes[changes.count - 1] = .same(x + " " + y)
            case (.removed(let x)?, .removed(let y)): changes[changes.count - 1] = .removed(x + " " + y)
            case (.added(let x)?, .added(let y)): changes[changes.count - 1] = .added(x + " " + y)
            default: changes.append(change)
            }
        }
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                append(.same(a[i])); i += 1; j += 1
            } else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                // Removed words before added ones, as a reader expects to see a replacement.
                append(.removed(a[i])); i += 1
            } else {
                append(.added(b[j])); j += 1
            }
        }
        return changes
    }

    /// HTML in which removed and added words are marked by element, by a hidden label for screen readers,
    /// and by line style in the theme, never by colour alone.
    static func html(from old: String, to new: String) -> String {
        changes(from: old, to: new).map { change in
            switch change {
            case .same(let text): return HTMLText.escape(text)
            case .removed(let text): return "<del><span class=\"visually-hidden\">[fjernet: </span>\(HTMLText.escape(text))<span class=\"visually-hidden\">]</span></del>"
            case .added(let text): return "<ins><span class=\"visually-hidden\">[lagt til: </span>\(HTMLText.escape(text))<span class=\"visually-hidden\">]</span></ins>"
            }
        }.joined(separator: " ")
    }
}
