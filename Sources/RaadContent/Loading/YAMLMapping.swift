import RaadMessages
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
    ///   - what: how an editor would name the thing, e.g. `.aSak`, used in messages.
    ///   - allowed: the keys this mapping may have; any other key is an error with a suggestion.
    init?(_ node: Node?, path: String, lineOffset: Int, what: Message, allowed: [String],
          at location: SourceLocation, diagnostics: DiagnosticCollector) {
        self.path = path
        self.lineOffset = lineOffset
        self.diagnostics = diagnostics
        self.location = location
        guard let node else {
            diagnostics.error(location, .hasNoKeys(what), hint: .writeKeyValueLines)
            return nil
        }
        guard case .mapping(let mapping) = node else {
            diagnostics.error(
                Self.locate(node, path: path, lineOffset: lineOffset) ?? location,
                .mustBeMapping(what, not: Self.describe(node)))
            return nil
        }
        for (keyNode, value) in mapping {
            let keyLocation = Self.locate(keyNode, path: path, lineOffset: lineOffset) ?? location
            guard let key = keyNode.scalar?.string else {
                diagnostics.error(keyLocation, .keyMustBeWord)
                continue
            }
            guard allowed.contains(key) else {
                let hint = Suggestions.closest(to: key, in: allowed).map { Message.didYouMean($0) }
                    ?? .allowedKeys(what, allowed)
                diagnostics.error(keyLocation, .unknownKey(key, in: what), hint: hint)
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
                if required { diagnostics.error(location(of: key), .keyEmpty(key), hint: .writeValueAfter(key)) }
                return nil
            }
            diagnostics.error(location(of: key), .mustBeText(key, not: Self.describe(node)), hint: .writeOnOneLine(key))
            return nil
        }
        let text = scalar.string.trimmingSpaces()
        if text.isEmpty {
            if required { diagnostics.error(location(of: key), .keyEmpty(key), hint: .writeValueAfter(key)) }
            return nil
        }
        return text
    }

    /// Markdown text, with the line where its content starts (after a `|` or `>` line for block scalars).
    func markdown(_ key: String) -> MarkdownText? {
        guard let node = values[key] else { return nil }
        guard case .scalar(let scalar) = node else {
            diagnostics.error(location(of: key), .mustBeText(key, not: Self.describe(node)), hint: .writeBlock(key))
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
            diagnostics.error(location(of: key), .mustBeWholeNumber(key, text))
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
            diagnostics.error(location(of: key), .mustBeTrueOrFalse(key, text))
            return false
        }
    }

    func dato(_ key: String, required: Bool = false) -> Dato? {
        guard let text = string(key, required: required) else { return nil }
        switch Dato.reading(text) {
        case .valid(let dato):
            return dato
        case .noSuchDay(let month, let year, let days):
            diagnostics.error(valueLocation(of: key), .dayDoesNotExist(text, month: month, year: year, days: days),
                              hint: .checkTheDate)
        case .noSuchMonth(let month):
            diagnostics.error(valueLocation(of: key), .monthDoesNotExist(text, month: month), hint: .checkTheDate)
        case .otherForm(let dato):
            diagnostics.error(location(of: key), .mustBeDate(key, text),
                              hint: dato.map { Message.writeDate(key, $0.iso) } ?? .dateExample(key))
        }
        return nil
    }

    /// The items of a list; a single value where a list belongs is reported.
    func list(_ key: String) -> [Node] {
        guard let node = values[key] else { return [] }
        switch node {
        case .sequence(let sequence): return Array(sequence)
        case .scalar(let scalar) where isNull(scalar): return []
        default:
            diagnostics.error(location(of: key), .mustBeList(key, not: Self.describe(node)), hint: .writeListItems)
            return []
        }
    }

    /// A list of short texts, written `[a, b]` or one `- item` a line.
    func stringList(_ key: String) -> [String] {
        list(key).compactMap { item in
            guard case .scalar(let scalar) = item, !scalar.string.trimmingSpaces().isEmpty else {
                diagnostics.error(locate(item) ?? location(of: key), .listItemsMustBeText(key))
                return nil
            }
            return scalar.string.trimmingSpaces()
        }
    }

    func missing(_ key: String) {
        diagnostics.error(location, .missingKey(key), hint: .addKeyLine(key))
    }

    private func isNull(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    static func locate(_ node: Node, path: String, lineOffset: Int) -> SourceLocation? {
        node.mark.map { SourceLocation(path: path, line: $0.line + lineOffset, column: $0.column) }
    }

    static func describe(_ node: Node) -> Message {
        switch node {
        case .scalar: return .aSingleValue
        case .mapping: return .aKeyValueSet
        case .sequence: return .aList
        case .alias: return .anAlias
        }
    }
}
