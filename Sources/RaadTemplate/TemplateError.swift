/// A mistake in a theme's template, at its file, line and column, found when the theme loads.
public struct TemplateError: Error, CustomStringConvertible, Sendable {
    public var position: TemplatePosition
    public var message: String
    /// The partials and parents that led here, innermost last: "included from sak.mustache:70:3".
    public var includedFrom: [TemplatePosition] = []

    public var description: String {
        let chain = includedFrom.reversed().map { " (included from \($0.description))" }.joined()
        return "\(position.description): error: \(message)\(chain)"
    }
}
