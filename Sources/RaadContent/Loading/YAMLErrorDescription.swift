import RaadMessages
import Yams

/// Turns libyaml's errors into messages an editor can act on, at the line at fault: libyaml often notices a
/// mistake a line or more later (an unclosed bracket or quote, text that lost its indent under `|`).
enum YAMLErrorDescription {
    static func diagnostic(for error: YamlError, path: String, lineOffset: Int) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, let yaml),
             .parser(let context, let problem, let mark, let yaml),
             .composer(let context, let problem, let mark, let yaml):
            let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let fault = YAMLFault.locate(problem: problem, context: context?.text,
                                         contextMark: context.map { ($0.mark.line, $0.mark.column) },
                                         errorLine: mark.line, lines: lines)
            let line = fault?.line ?? mark.line
            let column = fault?.column ?? mark.column
            let location = SourceLocation(path: path, line: line + lineOffset, column: column)
            return .error(location, .invalidYAML(YAMLProblem.message(problem)),
                          hint: fault?.hint ?? hint(for: problem, context: context?.text, line: lines[safe: mark.line - 1] ?? ""))
        case .reader(let problem, _, _, _):
            return .error(SourceLocation(path: path, line: 1), .invalidYAML(YAMLProblem.message(problem)))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let location = SourceLocation(path: path, line: context.mark.line + lineOffset, column: context.mark.column)
            return .error(location, .keyWrittenTwice(duplicates), hint: .keepOne)
        default:
            return .error(SourceLocation(path: path, line: 1), .invalidYAML(Message(verbatim: "\(error)")))
        }
    }

    private static func hint(for problem: String, context: String?, line: String) -> Message? {
        if line.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") || problem.contains("tab") {
            return .indentWithSpaces
        }
        if problem.contains("mapping values are not allowed") { return .quoteColonValue }
        if problem.contains("unknown escape character") { return .backslashInQuotes }
        if problem.contains("block mapping") || problem.contains("block end") || problem.contains("block collection")
            || context?.contains("block mapping") == true {
            return .checkIndentation
        }
        return nil
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
