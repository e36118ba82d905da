/// A content file split into its YAML front matter and its Markdown body.
struct FrontMatter {
    var yaml: String
    /// Line of the file on which the YAML starts (the line after the opening `---`).
    var yamlLine: Int
    var body: String
    /// Line of the file on which the body starts.
    var bodyLine: Int

    enum SplitError: Error, Equatable {
        case empty
        case noOpening
        case notClosed
    }

    /// Splits `text`, which must begin with a `---` line; a UTF-8 byte order mark and CRLF line ends are accepted.
    static func split(_ text: String) throws(SplitError) -> FrontMatter {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.contains("\r") {
            text = text.replacingCRLF()
        }
        if text.allSatisfy(\.isWhitespace) { throw .empty }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map(isFence) == true else { throw .noOpening }
        guard let close = lines.dropFirst().firstIndex(where: isFence) else { throw .notClosed }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return FrontMatter(yaml: yaml, yamlLine: 2, body: body, bodyLine: close + 2)
    }

    private static func isFence(_ line: Substring) -> Bool {
        var line = line
        while line.last == " " || line.last == "\t" { line.removeLast() }
        return line == "---"
    }
}

extension String {
    /// CRLF and lone CR become LF; Swift treats "\r\n" as one Character, so this works on scalars.
    func replacingCRLF() -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
