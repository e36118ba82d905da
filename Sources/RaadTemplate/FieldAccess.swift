import Foundation

/// What the compiler knows of a field once its view type is erased: its kind, where it is stored, and for
/// optional views and lists how to reach the values inside.
///
/// The parts are plain stored properties, not payloads of one enum: Swift packs an enum's case into the spare
/// bits of a payload's pointer, and LeakSanitizer (run by the fuzzer) then cannot see that the tables, which
/// live as long as the program, still hold their view types.
struct FieldAccess: Sendable {
    enum Kind: Sendable {
        case text, optionalText, bool, view, optionalView, list
    }

    let kind: Kind
    /// Bytes from the start of the view to the field.
    let offset: Int
    /// The type of a view, optional view or list item.
    var nested: ViewType?
    /// An optional view: calls the body with the view when present; says whether it was.
    var readOptional: (@Sendable (UnsafeRawPointer, (UnsafeRawPointer) -> Void) -> Bool)?
    var list: ListAccess?

    var kindName: String {
        let name = nested.map { $0.isText ? "texts" : $0.name } ?? ""
        return switch kind {
        case .text: "a text"
        case .optionalText: "an optional text"
        case .bool: "a yes/no field"
        case .view: "a view (\(name))"
        case .optionalView: "an optional view (\(name))"
        case .list: "a list of \(name)"
        }
    }
}

/// Counts and walks an array field without copying it.
struct ListAccess: Sendable {
    let count: @Sendable (UnsafeRawPointer) -> Int
    let forEach: @Sendable (UnsafeRawPointer, (UnsafeRawPointer) -> Void) -> Void

    init<Item>(_: Item.Type) {
        count = { $0.assumingMemoryBound(to: [Item].self).pointee.count }
        forEach = { field, body in
            field.assumingMemoryBound(to: [Item].self).pointee.withUnsafeBufferPointer { items in
                guard let first = items.baseAddress else { return }
                for index in 0..<items.count { body(UnsafeRawPointer(first + index)) }
            }
        }
    }
}

/// A view type as templates see it: its name and fields. Text (a `String` pushed by a section, or an item
/// of a list of texts) has no fields and is shown with `{{.}}`.
final class ViewType: Sendable {
    /// "SakView.TidligereRow" for `RaadSite.SakView.TidligereRow`, generic arguments included; only error
    /// messages read it, and reflecting a type's name was a sixth of the theme's load time.
    var name: String {
        let full = describe()
        let module = full.prefix { $0 != "." } + "."
        return full.replacingOccurrences(of: String(module), with: "")
    }
    private let describe: @Sendable () -> String
    let isText: Bool
    let names: [String]
    private let fields: [String: FieldAccess]

    init<View: TemplateView>(_: View.Type) {
        let entries = View.templateFields.entries
        describe = { String(reflecting: View.self) }
        isText = false
        names = entries.map(\.name)
        var fields: [String: FieldAccess] = [:]
        for (name, field) in entries {
            precondition(fields[name] == nil, "\(View.self) declares the template field `\(name)` twice")
            fields[name] = field.access
        }
        self.fields = fields
    }

    private init(text: ()) {
        describe = { "Swift.String" }
        isText = true
        names = []
        fields = [:]
    }

    static let text = ViewType(text: ())

    func field(_ name: String) -> FieldAccess? { fields[name] }
}
