/// Where a tag stands in its template file, for errors.
public struct TemplatePosition: Sendable, Equatable {
    public var file: String
    public var line: Int
    public var column: Int

    var description: String { "\(file):\(line):\(column)" }
}

/// A parsed template: text and tags, with sections holding their bodies.
indirect enum TemplateNode: Sendable {
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (raw).
    case variable(name: String, escaped: Bool, at: TemplatePosition)
    /// `{{#name}}…{{/name}}`, or with `inverted` `{{^name}}…{{/name}}`.
    case section(name: String, inverted: Bool, body: [TemplateNode], at: TemplatePosition)
    /// `{{> name}}`; a standalone tag's indentation goes before every line of the partial.
    case partial(name: String, indentation: String, at: TemplatePosition)
    /// `{{< name}}{{$block}}…{{/block}}{{/name}}`: the named template with some of its blocks replaced.
    case parent(name: String, indentation: String, blocks: [String: [TemplateNode]], at: TemplatePosition)
    /// `{{$name}}default{{/name}}`: a place a child template may fill.
    case block(name: String, body: [TemplateNode])
    /// `{{% CONTENT_TYPE: HTML }}` or `TEXT`: whether the variables after it are HTML-escaped.
    case escaping(Bool)
}
