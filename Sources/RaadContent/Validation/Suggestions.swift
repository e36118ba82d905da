import Foundation

/// "Did you mean" for mistyped keys and values.
public enum Suggestions {
    /// The candidate nearest to `word`, if it is near enough to be a likely typo.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let folded = fold(word)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(folded, fold(candidate))
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let limit = max(1, min(3, folded.count / 3))
        return best.distance <= limit ? best.candidate : nil
    }

    /// The file in the møte's `vedlegg/` folder most likely meant by `fil` (another case, `-` for `_`, a typo),
    /// as the `fil:` text to write.
    static func closestFile(to fil: String, inFolder moteFolder: String) -> String? {
        let folder = moteFolder + "/vedlegg"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
        let wanted = String(fil.split(separator: "/").last ?? "")
        let candidates = names.filter { !$0.hasPrefix(".") }.sorted()
        return closest(to: wanted, in: candidates).map { "vedlegg/" + $0 }
    }

    /// Lowercase, with æ/ø/å spelled the way people type them without a Norwegian keyboard.
    static func fold(_ word: String) -> [Character] {
        var out: [Character] = []
        for c in word.lowercased() {
            switch c {
            case "æ": out += ["a", "e"]
            case "ø": out.append("o")
            case "å": out.append("a")
            case "_", "-", " ": out.append("_")
            default: out.append(c)
            }
        }
        return out
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
