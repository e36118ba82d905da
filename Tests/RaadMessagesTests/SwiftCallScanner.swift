import Foundation

/// Reads the arguments of calls in Swift source, skipping over string literals (with interpolations that hold
/// strings of their own) so that a `,` or `)` inside text is not taken for the end of an argument.
enum SwiftCallScanner {
    struct Entry: CustomStringConvertible {
        var nb: String
        var en: String
        var description: String { "nb: \(nb), en: \(en)" }
    }

    static func messageEntries(in text: String) -> [Entry] {
        arguments(of: "Message(nb:", in: text).compactMap { inside in
            let parts = splitTopLevel(inside)
            guard parts.count == 2, parts[1].hasPrefix("en:") else { return nil }
            return Entry(nb: parts[0].trimmingCharacters(in: .whitespacesAndNewlines),
                         en: parts[1].dropFirst(3).trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// The text between `opening` (which ends inside the call's parenthesis) and the call's closing `)`.
    static func arguments(of opening: String, in text: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let range = rest.range(of: opening) {
            let body = rest[range.upperBound...]
            guard let end = closingParenthesis(in: body) else { break }
            found.append(String(body[..<end]).trimmingCharacters(in: .whitespacesAndNewlines))
            rest = body[end...]
        }
        return found
    }

    /// A literal's own characters: string literals without their quotes and interpolations.
    static func literalText(_ expression: String) -> String {
        var out = ""
        var depth = 0
        var inString = false
        var previous: Character = " "
        for c in expression {
            if inString && depth == 0 {
                if c == "\"" && previous != "\\" { inString = false } else if previous == "\\" && c == "(" {
                    depth = 1
                    out.removeLast()
                } else { out.append(c) }
            } else if depth > 0 {
                if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
            } else if c == "\"" {
                inString = true
            }
            previous = c
        }
        return out
    }

    private static func closingParenthesis(in text: Substring) -> Substring.Index? {
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if c == "\"" {
                index = skipString(in: text, from: index)
                continue
            }
            if c == "(" || c == "[" || c == "{" { depth += 1 }
            if c == ")" || c == "]" || c == "}" {
                if depth == 0 { return index }
                depth -= 1
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// The index after the string literal starting at `start`, interpolations and their own strings included.
    private static func skipString(in text: Substring, from start: Substring.Index) -> Substring.Index {
        var index = text.index(after: start)
        while index < text.endIndex {
            let c = text[index]
            if c == "\\" {
                let next = text.index(after: index)
                if next < text.endIndex && text[next] == "(" {
                    let inner = text[text.index(after: next)...]
                    guard let close = closingParenthesis(in: inner) else { return text.endIndex }
                    index = text.index(after: close)
                    continue
                }
                index = next < text.endIndex ? text.index(after: next) : next
                continue
            }
            if c == "\"" { return text.index(after: index) }
            index = text.index(after: index)
        }
        return index
    }

    private static func splitTopLevel(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var index = text.startIndex
        let sub = text[...]
        while index < sub.endIndex {
            let c = sub[index]
            if c == "\"" {
                let end = skipString(in: sub, from: index)
                current += sub[index..<end]
                index = end
                continue
            }
            if c == "(" || c == "[" || c == "{" { depth += 1 }
            if c == ")" || c == "]" || c == "}" { depth -= 1 }
            if c == "," && depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(c)
            }
            index = sub.index(after: index)
        }
        parts.append(current.trimmingCharacters(in: .whitespacesAndNewlines))
        return parts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }
}
