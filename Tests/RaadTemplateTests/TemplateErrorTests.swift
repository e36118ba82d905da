import Testing
import RaadTemplate

/// Every mistake in a template is found when the theme loads, at the file, line and column of the tag.
@Suite("Template errors")
struct TemplateErrorTests {
    /// `expected` is the error's start: `file:line:col: error: …` and the message's first words.
    static let cases: [Case] = [
        Case(name: "an unknown name", template: "<p>\n  {{tittle}}</p>",
             expected: "main.mustache:2:3: error: unknown name `tittle`: SpecData has boolean, falsey, subject"),
        Case(name: "an unknown name inside a section lists the inner view first", template: "{{#list}}{{itme}}{{/list}}",
             expected: "main.mustache:1:10: error: unknown name `itme`: Item has item, note; SpecData has boolean"),
        Case(name: "a dotted name through a text", template: "{{subject.x}}",
             expected: "main.mustache:1:1: error: `subject` is a text, which has no field `x`"),
        Case(name: "a dotted name to a missing field", template: "{{c.e}}",
             expected: "main.mustache:1:1: error: Deep has no field `e`; it has c, d"),
        Case(name: "a section over a text that is always there", template: "\n\n   {{#subject}}x{{/subject}}",
             expected: "main.mustache:3:4: error: `subject` is a text, which is always there: a section needs a list"),
        Case(name: "a section over a view that is always there", template: "{{#c}}{{d}}{{/c}}",
             expected: "main.mustache:1:1: error: `c` is a view (Deep), which is always there"),
        Case(name: "a list shown as a text", template: "{{list}}",
             expected: "main.mustache:1:1: error: `list` is a list of Item, not a text: show it with a section, `{{#list}}…{{/list}}`"),
        Case(name: "a yes/no shown as a text", template: "{{{boolean}}}",
             expected: "main.mustache:1:1: error: `boolean` is a yes/no field, not a text"),
        Case(name: "{{.}} on a view", template: "{{#context}}{{.}}{{/context}}",
             expected: "main.mustache:1:13: error: `{{.}}` shows a text, but here the section shows Named"),
        Case(name: "a section never closed", template: "a\n{{#boolean}}\nb",
             expected: "main.mustache:2:1: error: `{{#boolean}}` is never closed: add `{{/boolean}}`"),
        Case(name: "a section closed by the wrong name", template: "{{#boolean}}\n{{#list}}{{/boolean}}{{/list}}",
             expected: "main.mustache:2:10: error: `{{/boolean}}` does not close `{{#list}}`, opened at line 2"),
        Case(name: "a closing tag with nothing open", template: "x{{/list}}",
             expected: "main.mustache:1:2: error: `{{/list}}` closes a section that was never opened"),
        Case(name: "a tag never closed", template: "{{subject",
             expected: "main.mustache:1:1: error: the tag is never closed"),
        Case(name: "a missing partial", template: "{{> personer}}",
             expected: "main.mustache:1:1: error: no template `personer.mustache` in the theme (there are main)"),
        Case(name: "an error inside a partial names the partial and where it was included", template: "x\n  {{> rad}}",
             partials: ["rad": "{{#list}}\n{{nope}}\n{{/list}}"],
             expected: "rad.mustache:2:3: error: unknown name `nope`"),
        Case(name: "a partial that includes itself", template: "{{> a}}", partials: ["a": "{{> a}}"],
             expected: "a.mustache:1:1: error: `a` includes itself, or partials go more than 16 deep"),
        Case(name: "an unknown pragma", template: "{{% CONTENT_TYPE: JSON }}",
             expected: "main.mustache:1:1: error: unknown pragma"),
        Case(name: "set delimiters", template: "{{=<% %>=}}", expected: "main.mustache:1:1: error: set-delimiter tags are not supported"),
        Case(name: "a name with spaces", template: "{{a b}}", expected: "main.mustache:1:1: error: `a b` is not a field name"),
    ]

    @Test("is reported at its tag", arguments: cases)
    func reported(_ spec: Case) throws {
        let error = #expect(throws: TemplateError.self) { try render(spec.template, partials: spec.partials) }
        let description = error?.description ?? ""
        #expect(description.hasPrefix(spec.expected), "\(description)")
    }

    @Test("an error in an included partial says where it was included from")
    func includedFrom() throws {
        let error = #expect(throws: TemplateError.self) { try render("x\n  {{> rad}}", partials: ["rad": "{{nope}}"]) }
        #expect(error?.description.hasSuffix("(included from main.mustache:2:3)") == true, "\(String(describing: error))")
    }

    @Test("TEXT content type leaves variables unescaped; HTML, the default, escapes them")
    func contentTypes() throws {
        #expect(try render("{{% CONTENT_TYPE: TEXT }}\n{{forbidden}}") == "& \" < >")
        #expect(try render("{{% CONTENT_TYPE: HTML }}\n{{forbidden}}") == "&amp; &quot; &lt; &gt;")
        #expect(try render("{{forbidden}}") == "&amp; &quot; &lt; &gt;")
    }
}
