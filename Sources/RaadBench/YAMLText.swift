/// Writes values into front matter the way an editor would: plain where YAML allows it, quoted otherwise.
enum YAMLText {
    static func scalar(_ text: String) -> String {
        let special: Set<Character> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`"]
        let needsQuotes = text.isEmpty || special.contains(text.first!) || text.contains(": ") || text.contains(" #")
            || text.hasSuffix(":") || text.first == " " || text.last == " " || Int(text) != nil
            || ["true", "false", "yes", "no", "ja", "nei", "null", "~", "on", "off"].contains(text.lowercased())
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// `key: |` followed by the text indented by `indent + 2` spaces.
    static func block(_ key: String, _ text: String, indent: Int = 0) -> String {
        let pad = String(repeating: " ", count: indent)
        var out = "\(pad)\(key): |\n"
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0) {
            out += line.isEmpty ? "\n" : "\(pad)  \(line)\n"
        }
        return out
    }
}
