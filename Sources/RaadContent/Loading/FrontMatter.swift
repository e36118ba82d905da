import RaadText

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
        if text.containsByte(UInt8(ascii: "\r")) {
            text = text.replacingCRLF()
        }
        let bytes = text.utf8
        let newline = UInt8(ascii: "\n")
        if bytes.allSatisfy({ $0 == 32 || $0 == 9 || $0 == newline }) { throw .empty }
        // Byte offsets of line ends, up to the closing fence: the body is never cut into lines.
        var lineStart = bytes.startIndex
        var line = 1
        var yamlStart: String.Index?
        while lineStart <= bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: newline) ?? bytes.endIndex
            let isFenceLine = isFence(text[lineStart..<lineEnd])
            if let start = yamlStart {
                if isFenceLine {
                    let yaml = start < lineStart ? String(text[start..<bytes.index(before: lineStart)]) : ""
                    let body = lineEnd < bytes.endIndex ? String(text[bytes.index(after: lineEnd)...]) : ""
                    return FrontMatter(yaml: yaml, yamlLine: 2, body: body, bodyLine: line + 1)
                }
            } else {
                guard isFenceLine else { throw .noOpening }
                yamlStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : bytes.endIndex
            }
            guard lineEnd < bytes.endIndex else { break }
            lineStart = bytes.index(after: lineEnd)
            line += 1
        }
        throw .notClosed
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
