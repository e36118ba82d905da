/// The kinds of field a view can declare. Each reads the field straight from the view's storage: the offset
/// comes from the key path once, when the table is made.
extension TemplateField {
    /// A text; `{{name}}` escapes it, `{{{name}}}` does not.
    public static func text(_ keyPath: WritableKeyPath<View, String> & Sendable) -> Self {
        TemplateField(access: FieldAccess(kind: .text, offset: offset(keyPath)),
                      visit: { view, visitor, path in visitor.text(&view[keyPath: keyPath], path: path) })
    }

    /// A text that may be absent: empty in `{{name}}`, and `{{#name}}…{{.}}…{{/name}}` shows only when present.
    public static func text(_ keyPath: WritableKeyPath<View, String?> & Sendable) -> Self {
        TemplateField(access: FieldAccess(kind: .optionalText, offset: offset(keyPath)),
                      visit: { view, visitor, path in visitor.optionalText(&view[keyPath: keyPath], path: path) })
    }

    /// A yes or no, for `{{#name}}` and `{{^name}}`.
    public static func bool(_ keyPath: WritableKeyPath<View, Bool> & Sendable) -> Self {
        TemplateField(access: FieldAccess(kind: .bool, offset: offset(keyPath)),
                      visit: { view, visitor, path in visitor.bool(&view[keyPath: keyPath], path: path) })
    }

    /// A view inside this one, read with dotted names: `{{page.lang}}`.
    public static func view<Inner: TemplateView>(_ keyPath: WritableKeyPath<View, Inner> & Sendable) -> Self {
        TemplateField(access: FieldAccess(kind: .view, offset: offset(keyPath), nested: Inner.templateType),
                      visit: { view, visitor, path in Inner.visitFields(of: &view[keyPath: keyPath], with: &visitor, path: path) })
    }

    /// A view that may be absent: `{{#name}}…{{/name}}` shows it, with its fields, only when present.
    public static func view<Inner: TemplateView>(_ keyPath: WritableKeyPath<View, Inner?> & Sendable) -> Self {
        let read: @Sendable (UnsafeRawPointer, (UnsafeRawPointer) -> Void) -> Bool = { field, body in
            guard let inner = field.assumingMemoryBound(to: Inner?.self).pointee else { return false }
            withUnsafePointer(to: inner) { body(UnsafeRawPointer($0)) }
            return true
        }
        return TemplateField(access: FieldAccess(kind: .optionalView, offset: offset(keyPath), nested: Inner.templateType, readOptional: read),
                             visit: { view, visitor, path in
                                 guard var inner = view[keyPath: keyPath] else { return }
                                 Inner.visitFields(of: &inner, with: &visitor, path: path)
                                 view[keyPath: keyPath] = visitor.keepOptionalView(path: path) ? inner : nil
                             })
    }

    /// A list of views: `{{#name}}…{{/name}}` shows once per item, `{{^name}}` when there is none.
    public static func list<Item: TemplateView>(_ keyPath: WritableKeyPath<View, [Item]> & Sendable) -> Self {
        TemplateField(access: FieldAccess(kind: .list, offset: offset(keyPath), nested: Item.templateType, list: ListAccess(Item.self)),
                      visit: { view, visitor, path in
                          for index in view[keyPath: keyPath].indices {
                              Item.visitFields(of: &view[keyPath: keyPath][index], with: &visitor, path: path + "[\(index)]")
                          }
                      })
    }

    /// A list of texts, each shown with `{{.}}` inside the section.
    public static func list(_ keyPath: WritableKeyPath<View, [String]> & Sendable) -> Self {
        TemplateField(access: FieldAccess(kind: .list, offset: offset(keyPath), nested: .text, list: ListAccess(String.self)),
                      visit: { view, visitor, path in
                          for index in view[keyPath: keyPath].indices {
                              visitor.text(&view[keyPath: keyPath][index], path: path + "[\(index)]")
                          }
                      })
    }

    private static func offset(_ keyPath: PartialKeyPath<View>) -> Int {
        guard let offset = MemoryLayout<View>.offset(of: keyPath) else {
            preconditionFailure("\(keyPath) is not a stored property of \(View.self): a template field must be stored")
        }
        return offset
    }
}
