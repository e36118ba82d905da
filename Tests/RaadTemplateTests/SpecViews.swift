import RaadTemplate
import Testing

/// Small views standing in for the Mustache spec's JSON data: the spec's cases need names of each kind.
struct Item: TemplateView, Equatable {
    var item: String
    var note: String? = nil

    static let templateFields: TemplateFields<Item> = ["item": .text(\.item), "note": .text(\.note)]
}

struct Named: TemplateView {
    var name: String
    var b: String? = nil

    static let templateFields: TemplateFields<Named> = ["name": .text(\.name), "b": .text(\.b)]
}

struct Deep: TemplateView {
    var c: Bool = true
    var d: String = "baz"

    static let templateFields: TemplateFields<Deep> = ["c": .bool(\.c), "d": .text(\.d)]
}

struct Middle: TemplateView {
    var b: Deep = Deep()

    static let templateFields: TemplateFields<Middle> = ["b": .view(\.b)]
}

/// The root of most cases: one field of every kind, with the spec's values.
struct SpecData: TemplateView {
    var boolean = true
    var falsey = false
    var subject = "world"
    var string = "---"
    var forbidden = "& \" < >"
    var cannot: String? = nil
    var content = "<\n->"
    var data = "|"
    var two = "second"
    var a = "foo"
    var b = "wrong"
    var list: [Item] = [Item(item: "1"), Item(item: "2"), Item(item: "3")]
    var empty: [Item] = []
    var strings = ["a", "b", "c", "d", "e"]
    var context: Named? = Named(name: "Joe")
    var sec: Named? = Named(name: "Joe", b: "bar")
    var missing: Named? = nil
    var c = Deep()
    var deep = Middle()
    var text = "content"

    static let templateFields: TemplateFields<SpecData> = [
        "boolean": .bool(\.boolean), "falsey": .bool(\.falsey), "subject": .text(\.subject), "string": .text(\.string),
        "forbidden": .text(\.forbidden), "cannot": .text(\.cannot), "content": .text(\.content), "data": .text(\.data),
        "two": .text(\.two), "a": .text(\.a), "b": .text(\.b), "list": .list(\.list), "empty": .list(\.empty),
        "strings": .list(\.strings), "context": .view(\.context), "sec": .view(\.sec), "missing": .view(\.missing),
        "c": .view(\.c), "deep": .view(\.deep), "text": .text(\.text),
    ]
}

/// One case: a template and its partials, and what it renders (or, for an error, how the error begins).
struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var template: String
    var partials: [String: String] = [:]
    var expected: String
    var testDescription: String { name }
}

/// Renders `template` (with `partials`) for `data`; HTML escaping as the theme's.
func render(_ template: String, partials: [String: String] = [:], data: SpecData = SpecData()) throws -> String {
    var sources = ["main": TemplateLibrary.Source(file: "main.mustache", text: template)]
    for (name, text) in partials { sources[name] = TemplateLibrary.Source(file: name + ".mustache", text: text) }
    let library = try TemplateLibrary(sources: sources, escape: escapeHTML)
    return try library.template("main", for: SpecData.self).render(data)
}

/// The spec's escaping (`&`, `"`, `<`, `>`); raad's theme passes its own byte-wise escaper.
@Sendable func escapeHTML(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "\"": out += "&quot;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out
}
