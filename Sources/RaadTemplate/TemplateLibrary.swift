/// A theme's templates, parsed once; `template(_:for:)` compiles one of them for the view type it shows.
public struct TemplateLibrary: Sendable {
    public struct Source: Sendable {
        /// The path errors name.
        public var file: String
        public var text: String

        public init(file: String, text: String) {
            self.file = file
            self.text = text
        }
    }

    let sources: [String: Source]
    let parsed: [String: [TemplateNode]]
    let escape: @Sendable (String) -> String

    /// Parses every template; the first syntax error is thrown. `escape` makes text safe for HTML.
    public init(sources: [String: Source], escape: @escaping @Sendable (String) -> String) throws(TemplateError) {
        self.sources = sources
        self.escape = escape
        var parsed: [String: [TemplateNode]] = [:]
        for name in sources.keys.sorted() {
            let source = sources[name]!
            parsed[name] = try TemplateParser(file: source.file, source: source.text).parse()
        }
        self.parsed = parsed
    }

    public var names: [String] { sources.keys.sorted() }

    /// The template `name` bound to the fields of `View`; an unknown name, or a field used in a way its kind
    /// does not allow, is an error at the tag.
    public func template<View: TemplateView>(_ name: String, for _: View.Type) throws(TemplateError) -> Template<View> {
        guard let nodes = parsed[name], let source = sources[name] else {
            throw TemplateError(position: TemplatePosition(file: name + ".mustache", line: 1, column: 1), message: "no template named `\(name)`")
        }
        var compiler = TemplateCompiler(library: self)
        let steps = try compiler.compile(nodes, in: .root(View.templateType, file: source.file))
        return Template(steps: steps, depth: compiler.maxDepth, literalIDs: compiler.literalIDs)
    }
}
