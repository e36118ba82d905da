import RaadMessages

/// One problem in the content, with where it is and, when there is an obvious one, the fix.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var location: SourceLocation
    public var severity: Severity
    public var message: Message
    public var hint: Message?

    public init(_ severity: Severity = .error, at location: SourceLocation, _ message: Message, hint: Message? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    public static func error(_ location: SourceLocation, _ message: Message, hint: Message? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint)
    }

    public static func warning(_ location: SourceLocation, _ message: Message, hint: Message? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint)
    }

    public var isError: Bool { severity == .error }

    /// `path:line:col: feil: message`, then the hint on its own line, as compilers print them.
    public func text(_ language: Language) -> String {
        var text = "\(location): \(Message.severity(severity == .error).text(language)): \(message.text(language))"
        if let hint { text += "\n    \(Message.hintLabel.text(language)): \(hint.text(language))" }
        return text
    }

    public var description: String { text(.nb) }
}

/// Collects diagnostics while loading, so an editor sees every problem at once, not one per run.
final class DiagnosticCollector {
    private(set) var all: [Diagnostic] = []
    /// Files besides the one being read that shaped the result (a vedlegg's size), so `LoadCache` knows
    /// when to read it again.
    private(set) var inputs: [String] = []

    func add(_ diagnostic: Diagnostic) { all.append(diagnostic) }

    func add(contentsOf diagnostics: [Diagnostic]) { all += diagnostics }

    func dependsOn(_ path: String) { inputs.append(path) }

    func error(_ location: SourceLocation, _ message: Message, hint: Message? = nil) {
        all.append(.error(location, message, hint: hint))
    }

    func warning(_ location: SourceLocation, _ message: Message, hint: Message? = nil) {
        all.append(.warning(location, message, hint: hint))
    }
}
