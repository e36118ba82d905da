import RaadMessages

/// The line an editor must change when libyaml reports a mistake later than it was made.
struct YAMLFault {
    var line: Int
    /// 0 when only the line is known.
    var column = 0
    var hint: Message

    /// Lines count from 1, as libyaml's marks do.
    static func locate(problem: String, context: String?, contextMark: (line: Int, column: Int)?, errorLine: Int,
                       lines: [String]) -> YAMLFault? {
        let context = context ?? ""
        if let quote = unclosedQuote(before: errorLine, lines: lines) {
            return YAMLFault(line: quote.line, column: quote.column, hint: .quoteNotClosed(quote.mark))
        }
        if context.contains("flow sequence") || context.contains("flow mapping"), let contextMark {
            let bracket = context.contains("sequence") ? "[" : "{"
            return YAMLFault(line: contextMark.line, column: contextMark.column,
                             hint: .bracketNotClosed(bracket, bracket == "[" ? "]" : "}"))
        }
        if context.contains("quoted scalar"), let contextMark {
            let quote = lines[safe: contextMark.line - 1]?.dropFirst(contextMark.column - 1).first.map(String.init) ?? "\""
            return YAMLFault(line: contextMark.line, column: contextMark.column, hint: .quoteNotClosed(quote))
        }
        if problem.contains("could not find expected ':'"), let contextMark {
            // A line of text with no `key:`: most often the text of a `key: |` above it, written without indent.
            let hint = blockKey(above: contextMark.line, lines: lines).map { Message.indentBlockText($0) } ?? .lineWithoutKey
            return YAMLFault(line: contextMark.line, column: contextMark.column, hint: hint)
        }
        return nil
    }

    /// The first line before `errorLine` whose value opens a quote it does not close.
    private static func unclosedQuote(before errorLine: Int, lines: [String]) -> (line: Int, column: Int, mark: String)? {
        for (index, text) in lines.prefix(max(0, errorLine - 1)).enumerated() {
            guard let colon = text.range(of: ": ") else { continue }
            let rest = text[colon.upperBound...]
            guard let start = rest.firstIndex(where: { $0 != " " }), rest[start] == "\"" || rest[start] == "'" else { continue }
            let quote = rest[start]
            let value = rest[start...].trimmingCharacters(in: .whitespaces)
            let closed = value.count > 1 && value.hasSuffix(String(quote))
            if !closed { return (index + 1, text.distance(from: text.startIndex, to: start) + 1, String(quote)) }
        }
        return nil
    }

    /// The key of a `key: |` or `key: >` line right above `line`, skipping blank lines.
    private static func blockKey(above line: Int, lines: [String]) -> String? {
        var index = line - 2
        while index >= 0, lines[index].trimmingCharacters(in: .whitespaces).isEmpty { index -= 1 }
        guard index >= 0 else { return nil }
        let text = lines[index].trimmingCharacters(in: .whitespaces)
        guard let colon = text.range(of: ":") else { return nil }
        let value = text[colon.upperBound...].trimmingCharacters(in: .whitespaces)
        guard ["|", ">", "|-", ">-", "|+", ">+"].contains(value) else { return nil }
        return String(text[..<colon.lowerBound])
    }
}
