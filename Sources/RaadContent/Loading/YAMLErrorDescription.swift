import Yams

/// Turns libyaml's errors into messages an editor can act on.
enum YAMLErrorDescription {
    static func diagnostic(for error: YamlError, path: String, lineOffset: Int) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, let yaml),
             .parser(let context, let problem, let mark, let yaml),
             .composer(let context, let problem, let mark, let yaml):
            // An unclosed quote or bracket is found at the end of the text; where it was opened is what helps.
            let unclosed = problem.contains("end of stream") && context != nil
            let at = unclosed ? context!.mark : mark
            let location = SourceLocation(path: path, line: at.line + lineOffset, column: at.column)
            let contextText = context.map { " \($0.text)" } ?? ""
            let line = yaml.split(separator: "\n", omittingEmptySubsequences: false)
                .dropFirst(mark.line - 1).first.map(String.init) ?? ""
            return .error(location, "invalid YAML: \(problem)\(contextText)", hint: hint(for: problem + contextText, line: line))
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

    private static func hint(for problem: String, line: String) -> String? {
        if line.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") || problem.contains("tab") {
            return "indent with spaces, not tabs"
        }
        if problem.contains("end of stream") && problem.contains("quoted scalar") {
            return "a quote (\" or ') is opened here and never closed"
        }
        if problem.contains("end of stream") {
            return "a bracket ([ or {) is opened here and never closed"
        }
        if problem.contains("mapping values are not allowed") {
            return "a value containing `: ` must be quoted, or written as a block with `|`"
        }
        if problem.contains("block mapping") || problem.contains("block end") || problem.contains("block collection") {
            return "check the indentation: keys of the same item must line up"
        }
        return nil
    }
}
