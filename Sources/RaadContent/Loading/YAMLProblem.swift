import RaadMessages

/// libyaml's problem texts, in the editor's language; one it does not know is shown as libyaml wrote it.
enum YAMLProblem {
    static func message(_ problem: String) -> Message {
        let known: [(String, Message)] = [
            ("found character that cannot start any token", .yamlBadCharacter),
            ("mapping values are not allowed in this context", .yamlColonInValue),
            ("could not find expected ':'", .yamlExpectedColon),
            ("did not find expected key", .yamlExpectedKey),
            ("did not find expected ',' or ']'", .yamlExpectedBracket("]")),
            ("did not find expected ',' or '}'", .yamlExpectedBracket("}")),
            ("found unexpected end of stream", .yamlUnexpectedEnd),
            ("found unknown escape character", .yamlUnknownEscape),
            ("block sequence entries are not allowed in this context", .yamlListNotAllowed),
            ("did not find expected '-' indicator", .yamlExpectedDash),
            ("did not find expected node content", .yamlExpectedValue),
            ("found a tab character", .yamlTab),
        ]
        return known.first { problem.contains($0.0) }?.1 ?? Message(verbatim: problem)
    }
}
