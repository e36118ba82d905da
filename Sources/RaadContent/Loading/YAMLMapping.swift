import Yams

/// Reads the keys of one YAML mapping with their lines, and reports what is wrong with them.
///
/// Every lookup is typed, so a list where text belongs or a bad date is reported at its own line
/// rather than silently dropped.
struct YAMLMapping {
    let path: String
    let lineOffset: Int
    let diagnostics: DiagnosticCollector
    let location: SourceLocation
    private var values: [String: Node] = [:]
    private var keyLines: [String: SourceLocation] = [:]

    /// - Parameters:
    ///   - what: how an editor would name the thing, e.g. "a sak", used in messages.
    ///   - allowed: the keys this mapping may have; any other key is an error with a suggestion.
    init?(_ node: Node?, path: String, lineOffset: Int, what: String, allowed: [String],
          at location: SourceLocation, diagnostics: DiagnosticCollector) {
        self.path = path
        self.lineOffset = lineOffset
        self.diagnostics = diagnostics
        self.location = location
        guard let node else {
            diagnostics.error(location, "\(what) has no keys", hint: "write the keys as `key: value` lines")
            return nil
        }
        guard case .mapping(let mapping) = node else {
            diagnostics.error(
                Self.locate(node, path: path, lineOffset: lineOffset) ?? location,
                "\(what) must be a set of `key: value` lines, not \(Self.describe(node))")
            return nil
        }
        for (keyNode, value) in mapping {
            let keyLocation = Self.locate(keyNode, path: path, lineOffset: lineOffset) ?? location
            guard let key = keyNode.scalar?.string else {
                diagnostics.error(keyLocation, "a key must be a plain word")
                continue
            }
            guard allowed.contains(key) else {
                let hint = Suggestions.closest(to: key, in: allowed).map { "did you mean `\($0)`?" }
                    ?? "the keys \(what) can have are: \(allowed.joined(separator: ", "))"
                diagnostics.error(keyLocation, "unknown key `\(key)` in \(what)", hint: hint)
                continue
            }
            values[key] = value
            keyLines[key] = keyLocation
        }
    }

    func has(_ key: String) -> Bool { values[key] != nil }

    func node(_ key: String) -> Node? { values[key] }

    /// Where `key` stands, or the mapping itself when it is absent.
    func location(of key: String) -> SourceLocation { keyLines[key] ?? location }

    /// Where the value of `key` starts, for a diagnostic about the value rather than the key.
    func valueLocation(of key: String) -> SourceLocation { values[key].flatMap(locate) ?? location(of: key) }

    func locate(_ node: Node) -> SourceLocation? { Self.locate(node, path: path, lineOffset: lineOffset) }

    /// A one-line text value; `nil` (and a diagnostic, when required) if absent or not text.
    func string(_ key: String, required: Bool = false) -> String? {
        guard let node = values[key] else {
            if required { missing(key) }
            return nil
        }
        guard case .scalar(let scalar) = node, !isNull(scalar) else {
            if case .scalar = node {
                if required { diagnostics.error(location(of: key), "`\(key)` is empty", hint: "write a value after `\(key):`") }
                return nil
            }
            diagnostics.error(location(of: key), "`\(key)` must be text, not \(Self.describe(node))",
                              hint: "write it on one line after `\(key):`")
            return nil
        }
        let text = scalar.string.trimmingSpaces()
        if text.isEmpty {
            if required { diagnostics.error(location(of: key), "`\(key)` is empty", hint: "write a value after `\(key):`") }
            return nil
        }
        return text
    }

    /// Markdown text, with the line where its content starts (after a `|` or `>` line for block scalars).
    func markdown(_ key: String) -> MarkdownText? {
        guard let node = values[key] else { return nil }
        guard case .scalar(let scalar) = node else {
            diagnostics.error(location(of: key), "`\(key)` must be text, not \(Self.describe(node))",
                              hint: "write several lines as `\(key): |` followed by indented lines")
            return nil
        }
        if isNull(scalar) || scalar.string.allSatisfy(\.isWhitespace) { return nil }
        var start = locate(node) ?? location(of: key)
        if scalar.style == .literal || scalar.style == .folded { start.line += 1 }
        start.column = 0
        return MarkdownText(scalar.string, at: start)
    }

    func int(_ key: String) -> Int? {
        guard let text = string(key) else { return nil }
        guard let value = Int(text) else {
            diagnostics.error(location(of: key), "`\(key)` must be a whole number, not `\(text)`")
            return nil
        }
        return value
    }

    func bool(_ key: String) -> Bool {
        guard let text = string(key) else { return false }
        switch text.lowercased() {
        case "true", "yes", "ja": return true
        case "false", "no", "nei": return false
        default:
            diagnostics.error(location(of: key), "`\(key)` must be true or false, not `\(text)`")
            return false
        }
    }

    func dato(_ key: String, required: Bool = false) -> Dato? {
        guard let text = string(key, required: required) else { return nil }
        guard let dato = Dato(iso: text) else {
            diagnostics.error(location(of: key), "`\(key)` must be a date written YYYY-MM-DD, not `\(text)`",
                              hint: "for 11 June 2026 write `\(key): 2026-06-11`")
            return nil
        }
        return dato
    }

    /// The items of a list; a single value where a list belongs is reported.
    func list(_ key: String) -> [Node] {
        guard let node = values[key] else { return [] }
        switch node {
        case .sequence(let sequence): return Array(sequence)
        case .scalar(let scalar) where isNull(scalar): return []
        default:
            diagnostics.error(location(of: key), "`\(key)` must be a list, not \(Self.describe(node))",
                              hint: "write each item on its own line starting with `- `")
            return []
        }
    }

    /// A list of short texts, written `[a, b]` or one `- item` a line.
    func stringList(_ key: String) -> [String] {
        list(key).compactMap { item in
            guard case .scalar(let scalar) = item, !scalar.string.trimmingSpaces().isEmpty else {
                diagnostics.error(locate(item) ?? location(of: key), "each item of `\(key)` must be a short text")
                return nil
            }
            return scalar.string.trimmingSpaces()
        }
    }

    func missing(_ key: String) {
        diagnostics.error(location, "missing required key `\(key)`", hint: "add a line `\(key): ...`")
    }

    private func isNull(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    static func locate(_ node: Node, path: String, lineOffset: Int) -> SourceLocation? {
        node.mark.map { SourceLocation(path: path, line: $0.line + lineOffset, column: $0.column) }
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar: return "a single value"
        case .mapping: return "a set of `key: value` lines"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}
