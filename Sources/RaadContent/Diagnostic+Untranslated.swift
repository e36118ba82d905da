import RaadMessages

// TRANSITIONAL: messages not yet moved to the catalogue. Removed once every caller names a catalogue entry.
extension Diagnostic {
    public init(_ severity: Severity = .error, at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.init(severity, at: location, Message(verbatim: message), hint: hint.map { Message(verbatim: $0) })
    }

    public static func error(_ location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint)
    }
}

extension DiagnosticCollector {
    func error(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        add(.error(location, message, hint: hint))
    }
}
