/// Turns parsed nodes into render steps, binding each name to a field at compile time.
///
/// A name is looked for in the innermost view a section pushed, then outwards, and binds to the first view
/// type that declares it. Which view answers is fixed here, by type, not at render time by value: a field the
/// inner view declares but leaves empty renders empty, and can never show an outer view's value.
struct TemplateCompiler {
    /// The views a template can see at one point, innermost last, with the frame each is stored in.
    struct Scope {
        struct Level {
            var type: ViewType
            var frame: Int
        }

        var levels: [Level]
        var file: String
        var escaped = true
        /// Blocks a child template fills in, with the escaping of the file they were written in.
        var blocks: [String: (nodes: [TemplateNode], escaped: Bool, file: String, includedFrom: [TemplatePosition])] = [:]
        var includedFrom: [TemplatePosition] = []

        static func root(_ type: ViewType, file: String) -> Scope {
            Scope(levels: [Level(type: type, frame: 0)], file: file)
        }

        func pushing(_ type: ViewType) -> Scope {
            var copy = self
            copy.levels.append(Level(type: type, frame: levels.count))
            return copy
        }
    }

    /// A name bound to a field: which frame holds the view, and where in it the field is.
    struct Binding {
        var frame: Int
        var offset: Int
        /// `nil` for `{{.}}`, the frame's own text.
        var access: FieldAccess?
    }

    let library: TemplateLibrary
    private(set) var maxDepth = 1
    /// Ids the template's own text writes (`id="vedtak"`), wherever they stand; ids made from fields are not known here.
    private(set) var literalIDs = Set<String>()
    private static let maxInclusionDepth = 16

    init(library: TemplateLibrary) {
        self.library = library
    }

    mutating func compile(_ nodes: [TemplateNode], in scope: Scope) throws(TemplateError) -> [RenderStep] {
        var scope = scope
        var steps: [RenderStep] = []
        var pendingText = ""
        func flushText() {
            guard !pendingText.isEmpty else { return }
            literalIDs.formUnion(Self.ids(in: pendingText))
            let bytes = Array(pendingText.utf8)
            steps.append { $0.out.append(contentsOf: bytes) }
            pendingText = ""
        }
        for node in nodes {
            switch node {
            case .text(let text):
                pendingText += text
                continue
            case .escaping(let escaped):
                scope.escaped = escaped
                continue
            default:
                break
            }
            flushText()
            switch node {
            case .variable(let name, let escaped, let position):
                steps.append(try variable(name, escaped: escaped && scope.escaped, at: position, in: scope))
            case .section(let name, let inverted, let body, let position):
                steps.append(try section(name, inverted: inverted, body: body, at: position, in: scope))
            case .partial(let name, let indentation, let position):
                steps += try include(name, indentation: indentation, blocks: [:], at: position, in: scope)
            case .parent(let name, let indentation, let blocks, let position):
                steps += try include(name, indentation: indentation, blocks: blocks, at: position, in: scope)
            case .block(let name, let defaultNodes):
                if let override = scope.blocks[name] {
                    var inner = scope
                    inner.escaped = override.escaped
                    inner.file = override.file
                    inner.includedFrom = override.includedFrom
                    steps += try compile(override.nodes, in: inner)
                } else {
                    steps += try compile(defaultNodes, in: scope)
                }
            case .text, .escaping:
                break
            }
        }
        flushText()
        return steps
    }

    // MARK: Names

    func bind(_ name: String, at position: TemplatePosition, in scope: Scope) throws(TemplateError) -> Binding {
        let innermost = scope.levels[scope.levels.count - 1]
        if name == "." {
            guard innermost.type.isText else {
                throw error(at: position, in: scope, "`{{.}}` shows a text, but here the section shows \(innermost.type.name): name one of its fields (\(innermost.type.names.joined(separator: ", ")))")
            }
            return Binding(frame: innermost.frame, offset: 0, access: nil)
        }
        let parts = name.split(separator: ".").map(String.init)
        guard let level = scope.levels.last(where: { $0.type.field(parts[0]) != nil }), var access = level.type.field(parts[0]) else {
            throw error(at: position, in: scope, "unknown name `\(parts[0])`: \(Self.fieldList(scope))")
        }
        var offset = access.offset
        for (index, part) in parts.enumerated().dropFirst() {
            guard access.kind == .view, let type = access.nested else {
                throw error(at: position, in: scope, "`\(parts[..<index].joined(separator: "."))` is \(access.kindName), which has no field `\(part)`")
            }
            guard let next = type.field(part) else {
                throw error(at: position, in: scope, "\(type.name) has no field `\(part)`; it has \(type.names.joined(separator: ", "))")
            }
            offset += next.offset
            access = next
        }
        return Binding(frame: level.frame, offset: offset, access: access)
    }

    private static func fieldList(_ scope: Scope) -> String {
        let views = scope.levels.reversed().filter { !$0.type.isText }.map { "\($0.type.name) has \($0.type.names.joined(separator: ", "))" }
        return views.joined(separator: "; ")
    }

    func error(at position: TemplatePosition, in scope: Scope, _ message: String) -> TemplateError {
        TemplateError(position: position, message: message, includedFrom: scope.includedFrom)
    }

    // MARK: Partials and parents

    private mutating func include(_ name: String, indentation: String, blocks: [String: [TemplateNode]], at position: TemplatePosition,
                                  in scope: Scope) throws(TemplateError) -> [RenderStep] {
        guard let source = library.sources[name] else {
            throw error(at: position, in: scope, "no template `\(name).mustache` in the theme (there are \(library.names.joined(separator: ", ")))")
        }
        guard scope.includedFrom.count < Self.maxInclusionDepth else {
            throw error(at: position, in: scope, "`\(name)` includes itself, or partials go more than \(Self.maxInclusionDepth) deep")
        }
        let nodes: [TemplateNode]
        if indentation.isEmpty, let parsed = library.parsed[name] {
            nodes = parsed
        } else {
            nodes = try TemplateParser(file: source.file, source: Self.indent(source.text, by: indentation)).parse()
        }
        var inner = scope
        inner.file = source.file
        inner.escaped = true
        inner.includedFrom.append(position)
        for (block, content) in blocks where scope.blocks[block] == nil {
            // An outer child's own filling of the same block wins over this one's (multi-level inheritance).
            inner.blocks[block] = (content, scope.escaped, scope.file, scope.includedFrom)
        }
        return try compile(nodes, in: inner)
    }

    /// The values of ` id="…"` attributes written whole (no `{{` in them) in one piece of text, after ASCII
    /// whitespace. On bytes: a Swift `Regex` here was two thirds of the theme's load time.
    static func ids(in text: String) -> [String] {
        let bytes = Array(text.utf8), opening = Array(#"id=""#.utf8)
        var found: [String] = []
        var position = 1
        while position + opening.count < bytes.count {
            guard isWhitespace(bytes[position - 1]), bytes[position..<position + opening.count].elementsEqual(opening) else {
                position += 1
                continue
            }
            let start = position + opening.count
            let end = bytes[start...].firstIndex { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }
            if let end, end > start, bytes[end] == UInt8(ascii: "\"") {
                found.append(String(decoding: bytes[start..<end], as: UTF8.self))
                position = end + 2
            } else {
                position += 1
            }
        }
        return found
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// The spec's partial indentation: every line of the partial starts with the standalone tag's indentation.
    static func indent(_ text: String, by indentation: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let endsWithNewline = lines.last == ""
        if endsWithNewline { lines.removeLast() }
        return lines.map { indentation + $0 }.joined(separator: "\n") + (endsWithNewline ? "\n" : "")
    }

    mutating func noteDepth(_ depth: Int) {
        maxDepth = max(maxDepth, depth)
    }
}
