/// Reads Mustache text into nodes, following the spec's rules for standalone lines: a line holding only one
/// section, inverted, closing, comment, partial, parent, block or pragma tag (and spaces) leaves no trace in
/// the output, and a standalone partial's indentation is kept for the partial's lines.
///
/// Set-delimiter tags, lambdas and dynamic names are not supported: the theme does not use them, and a
/// template that does gets an error naming the tag.
struct TemplateParser {
    private enum Piece {
        case text(String)
        case newline(String)
        case tag(Tag)
    }

    private struct Tag {
        /// `#`, `^`, `/`, `!`, `>`, `<`, `$`, `%`, `=`, `&`, `{`, or a space for a plain variable.
        var sigil: Character
        var content: String
        var position: TemplatePosition
        var indentation = ""

        var canStandAlone: Bool { "#^/!><$%=".contains(sigil) }
    }

    let file: String
    let source: String

    func parse() throws(TemplateError) -> [TemplateNode] {
        let pieces = try standaloneLinesRemoved(try scan())
        var index = 0
        let nodes = try build(pieces, from: &index, closing: nil)
        return nodes
    }

    // MARK: Scanning

    private func scan() throws(TemplateError) -> [Piece] {
        var pieces: [Piece] = []
        let bytes = Array(source.utf8)
        var index = 0
        var line = 1
        var lineStart = 0
        var text: [UInt8] = []
        func flushText() {
            if !text.isEmpty { pieces.append(.text(String(decoding: text, as: UTF8.self))) }
            text.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n")) {
                flushText()
                let length = byte == UInt8(ascii: "\n") ? 1 : 2
                pieces.append(.newline(length == 1 ? "\n" : "\r\n"))
                index += length
                line += 1
                lineStart = index
                continue
            }
            guard byte == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{") else {
                text.append(byte)
                index += 1
                continue
            }
            flushText()
            let position = TemplatePosition(file: file, line: line, column: String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1)
            var start = index + 2
            let triple = start < bytes.count && bytes[start] == UInt8(ascii: "{")
            if triple { start += 1 }
            let closing: [UInt8] = triple ? Array("}}}".utf8) : Array("}}".utf8)
            guard let end = Self.find(closing, in: bytes, from: start) else {
                throw TemplateError(position: position, message: "the tag is never closed: `\(triple ? "}}}" : "}}")` is missing")
            }
            let inside = String(decoding: bytes[start..<end], as: UTF8.self)
            if inside.contains("\n") && !inside.hasPrefix("!") {
                throw TemplateError(position: position, message: "a tag must end on the line it starts: `}}` is missing")
            }
            pieces.append(.tag(try Self.tag(inside, triple: triple, at: position)))
            line += inside.filter { $0 == "\n" }.count
            index = end + closing.count
        }
        flushText()
        return pieces
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], Array(bytes[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }

    private static func tag(_ inside: String, triple: Bool, at position: TemplatePosition) throws(TemplateError) -> Tag {
        if triple { return Tag(sigil: "{", content: try name(inside, at: position), position: position) }
        let trimmed = inside.trimmingSpaces()
        guard let first = trimmed.first else {
            throw TemplateError(position: position, message: "an empty tag `{{}}`: write a field name between the braces")
        }
        switch first {
        case "!":
            return Tag(sigil: "!", content: "", position: position)
        case "%":
            return Tag(sigil: "%", content: String(trimmed.dropFirst()).trimmingSpaces(), position: position)
        case "=":
            throw TemplateError(position: position, message: "set-delimiter tags are not supported: keep `{{` and `}}`")
        case "#", "^", "/", ">", "<", "$", "&":
            return Tag(sigil: first, content: try name(String(trimmed.dropFirst()), at: position), position: position)
        default:
            return Tag(sigil: " ", content: try name(trimmed, at: position), position: position)
        }
    }

    private static func name(_ text: String, at position: TemplatePosition) throws(TemplateError) -> String {
        let name = text.trimmingSpaces()
        let allowed = name == "." || (!name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_-.".contains($0)) }
            && !name.hasPrefix(".") && !name.hasSuffix(".") && !name.contains(".."))
        guard allowed else {
            throw TemplateError(position: position, message: "`\(name)` is not a field name: use letters, digits, `_` and `-`, with `.` between names")
        }
        return name
    }

    // MARK: Standalone lines

    /// Drops each standalone tag's line, keeping the tag; a partial or parent keeps the line's indentation.
    private func standaloneLinesRemoved(_ pieces: [Piece]) throws(TemplateError) -> [Piece] {
        var result: [Piece] = []
        var line: [Piece] = []
        func finish(newline: Piece?) {
            let tags = line.compactMap { piece -> Tag? in if case .tag(let tag) = piece { tag } else { nil } }
            let blank = line.allSatisfy { piece in
                if case .text(let text) = piece { return text.allSatisfy { $0 == " " || $0 == "\t" } }
                return true
            }
            if tags.count == 1, var tag = tags.first, tag.canStandAlone, blank {
                if case .text(let indentation) = line.first { tag.indentation = indentation }
                result.append(.tag(tag))
            } else {
                result += line
                if let newline { result.append(newline) }
            }
            line.removeAll()
        }
        for piece in pieces {
            if case .newline = piece {
                finish(newline: piece)
            } else {
                line.append(piece)
            }
        }
        finish(newline: nil)
        return result
    }

    // MARK: Nesting

    private func build(_ pieces: [Piece], from index: inout Int, closing opener: Tag?) throws(TemplateError) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var text = ""
        func flush() {
            if !text.isEmpty { nodes.append(.text(text)) }
            text = ""
        }
        while index < pieces.count {
            let piece = pieces[index]
            index += 1
            switch piece {
            case .text(let value), .newline(let value):
                text += value
            case .tag(let tag):
                flush()
                switch tag.sigil {
                case "!":
                    break
                case "%":
                    nodes.append(.escaping(try Self.escaping(pragma: tag)))
                case " ", "&", "{":
                    nodes.append(.variable(name: tag.content, escaped: tag.sigil == " ", at: tag.position))
                case ">":
                    nodes.append(.partial(name: tag.content, indentation: tag.indentation, at: tag.position))
                case "#", "^":
                    let body = try build(pieces, from: &index, closing: tag)
                    nodes.append(.section(name: tag.content, inverted: tag.sigil == "^", body: body, at: tag.position))
                case "$":
                    nodes.append(.block(name: tag.content, body: try build(pieces, from: &index, closing: tag)))
                case "<":
                    let body = try build(pieces, from: &index, closing: tag)
                    nodes.append(.parent(name: tag.content, indentation: tag.indentation, blocks: try Self.blocks(in: body, of: tag),
                                         at: tag.position))
                case "/":
                    guard let opener else {
                        throw TemplateError(position: tag.position, message: "`{{/\(tag.content)}}` closes a section that was never opened")
                    }
                    guard opener.content == tag.content else {
                        throw TemplateError(position: tag.position, message: "`{{/\(tag.content)}}` does not close `{{\(opener.sigil)\(opener.content)}}`, opened at line \(opener.position.line): close that first")
                    }
                    flush()
                    return nodes
                default:
                    preconditionFailure("scan made a tag with sigil \(tag.sigil)")
                }
            }
        }
        if let opener {
            throw TemplateError(position: opener.position, message: "`{{\(opener.sigil)\(opener.content)}}` is never closed: add `{{/\(opener.content)}}`")
        }
        flush()
        return nodes
    }

    /// Inside a parent tag only blocks count; other text is ignored, as the spec says.
    private static func blocks(in body: [TemplateNode], of parent: Tag) throws(TemplateError) -> [String: [TemplateNode]] {
        var blocks: [String: [TemplateNode]] = [:]
        for node in body {
            switch node {
            case .block(let name, let content): blocks[name] = content
            case .text: continue
            default:
                throw TemplateError(position: parent.position, message: "only `{{$block}}…{{/block}}` may stand inside `{{<\(parent.content)}}`")
            }
        }
        return blocks
    }

    private static func escaping(pragma tag: Tag) throws(TemplateError) -> Bool {
        let parts = tag.content.split(separator: ":", maxSplits: 1).map { String($0).trimmingSpaces() }
        guard parts.count == 2, parts[0] == "CONTENT_TYPE", parts[1] == "HTML" || parts[1] == "TEXT" else {
            throw TemplateError(position: tag.position, message: "unknown pragma `{{%\(tag.content)}}`: the one known is `{{% CONTENT_TYPE: HTML }}` (or `TEXT`)")
        }
        return parts[1] == "HTML"
    }
}

extension String {
    func trimmingSpaces() -> String {
        var slice = self[...]
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
