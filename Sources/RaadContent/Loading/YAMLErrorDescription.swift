import Yams

/// Turns libyaml's errors into messages an editor can act on.
enum YAMLErrorDescription {
    static func diagnostic(for error: YamlError, path: String, lineOffset: Int) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let location = SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
            let contextText = context.map { " \($0.text)" } ?? ""
            return .error(location, "invalid YAML: \(problem)\(contextText)", hint: hint(for: problem))
        case .reader(let problem, _, _, _):
            return .error(SourceLocation(path: path, line: 1), "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let location = SourceLocation(path: path, line: context.mark.line + lineOffset, column: context.mark.column)
            return .error(location, "the key `\(duplicates.joined(separator: "`, `"))` is written twice",
                          hint: "keep one of them")
        default:
            return .error(SourceLocation(path: path, line: 1), "invalid YAML: \(error)")
        }
    }

    private static func hint(for problem: String) -> String? {
        if problem.contains("tab") {
            return "indent with spaces, not tabs"
        }
        if problem.contains("end of the stream") || problem.contains("quoted scalar") {
            return "a quote (\" or ') is opened and never closed"
        }
        if problem.contains("mapping values are not allowed") {
            return "a value containing `: ` must be quoted, or written as a block with `|`"
        }
        if problem.contains("block mapping") || problem.contains("expected <block end>") {
            return "check the indentation: keys of the same list item must line up"
        }
        return nil
    }
}
