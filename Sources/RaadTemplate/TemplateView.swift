/// A value a template can show. Each view declares its fields once, in `templateFields`; a template may name
/// only those fields, and the theme checks every name against them when it loads.
public protocol TemplateView: SendableMetatype {
    static var templateFields: TemplateFields<Self> { get }
}

/// The fields of one view type, by the name templates use: `["tittel": .text(\.tittel), "facts": .list(\.facts)]`.
public struct TemplateFields<View>: Sendable, ExpressibleByDictionaryLiteral {
    let entries: [(name: String, field: TemplateField<View>)]

    public init(dictionaryLiteral elements: (String, TemplateField<View>)...) {
        entries = elements.map { (name: $0.0, field: $0.1) }
    }

    /// The names templates may use, in the order the table declares them.
    public var names: [String] { entries.map(\.name) }
}

/// One field of a view: what kind of value it holds, and where it is stored.
///
/// A field must be a stored property (`var`), so that a template reads it at its offset in the view without
/// copying the view; a computed property is refused when the table is made.
public struct TemplateField<View>: Sendable {
    let access: FieldAccess
    /// Visits the field's value, and for a view, list or optional view every field below it (tests, tools).
    let visit: @Sendable (inout View, inout any TemplateFieldVisitor, String) -> Void
}

/// Walks a view tree field by field and may change what it finds: tests plant sentinels and remove optional
/// values through it without knowing the view types.
public protocol TemplateFieldVisitor {
    mutating func text(_ value: inout String, path: String)
    mutating func optionalText(_ value: inout String?, path: String)
    mutating func bool(_ value: inout Bool, path: String)
    /// Whether an optional view (present at `path`) should stay; its fields are visited first.
    mutating func keepOptionalView(path: String) -> Bool
}

extension TemplateView {
    /// Visits every field of `view` and of the views below it, depth first, in the order the table declares them.
    public static func visitFields(of view: inout Self, with visitor: inout any TemplateFieldVisitor, path: String = "") {
        for (name, field) in templateFields.entries {
            field.visit(&view, &visitor, path.isEmpty ? name : path + "." + name)
        }
    }

    /// The checked description of this view type, as the template compiler sees it.
    static var templateType: ViewType { ViewType(self) }
}
