import Testing
import RaadTemplate

/// Cases from the Mustache specification (github.com/mustache/spec, `specs/*.yml`) for the features the
/// theme uses, with the spec's JSON data turned into typed views (`SpecViews.swift`). Names are the spec's.
@Suite("Mustache spec")
struct SpecTests {
    static let interpolationCases: [Case] = [
        Case(name: "No Interpolation", template: "Hello from {Mustache}!\n", expected: "Hello from {Mustache}!\n"),
        Case(name: "Basic Interpolation", template: "Hello, {{subject}}!\n", expected: "Hello, world!\n"),
        Case(name: "HTML Escaping", template: "These characters should be HTML escaped: {{forbidden}}\n",
             expected: "These characters should be HTML escaped: &amp; &quot; &lt; &gt;\n"),
        Case(name: "Triple Mustache", template: "These characters should not be HTML escaped: {{{forbidden}}}\n",
             expected: "These characters should not be HTML escaped: & \" < >\n"),
        Case(name: "Ampersand", template: "These characters should not be HTML escaped: {{&forbidden}}\n",
             expected: "These characters should not be HTML escaped: & \" < >\n"),
        Case(name: "Basic Null Interpolation", template: "I ({{cannot}}) be seen!", expected: "I () be seen!"),
        Case(name: "Dotted Names - Basic Interpolation", template: "{{c.d}} == {{#context}}{{name}}{{/context}}", expected: "baz == Joe"),
        Case(name: "Dotted Names - Arbitrary Depth", template: "{{deep.b.d}} == baz", expected: "baz == baz"),
        Case(name: "Interpolation - Surrounding Whitespace", template: "| {{string}} |", expected: "| --- |"),
        Case(name: "Triple Mustache - Surrounding Whitespace", template: "| {{{string}}} |", expected: "| --- |"),
        Case(name: "Interpolation - Standalone", template: "  {{string}}\n", expected: "  ---\n"),
        Case(name: "Interpolation With Padding", template: "|{{ string }}|", expected: "|---|"),
        Case(name: "Triple Mustache With Padding", template: "|{{{ string }}}|", expected: "|---|"),
        Case(name: "Ampersand With Padding", template: "|{{& string }}|", expected: "|---|"),
    ]

    static let sectionsCases: [Case] = [
        Case(name: "Truthy", template: "\"{{#boolean}}This should be rendered.{{/boolean}}\"", expected: "\"This should be rendered.\""),
        Case(name: "Falsey", template: "\"{{#falsey}}This should not be rendered.{{/falsey}}\"", expected: "\"\""),
        Case(name: "Null is falsey", template: "\"{{#missing}}This should not be rendered.{{/missing}}\"", expected: "\"\""),
        Case(name: "Context", template: "\"{{#context}}Hi {{name}}.{{/context}}\"", expected: "\"Hi Joe.\""),
        Case(name: "Parent contexts", template: "\"{{#sec}}{{a}}, {{b}}, {{c.d}}{{/sec}}\"", expected: "\"foo, bar, baz\""),
        Case(name: "List", template: "\"{{#list}}{{item}}{{/list}}\"", expected: "\"123\""),
        Case(name: "Empty List", template: "\"{{#empty}}Yay lists!{{/empty}}\"", expected: "\"\""),
        Case(name: "Implicit Iterator - String", template: "\"{{#strings}}({{.}}){{/strings}}\"", expected: "\"(a)(b)(c)(d)(e)\""),
        Case(name: "Doubled", template: "{{#boolean}}\n* first\n{{/boolean}}\n* {{two}}\n{{#boolean}}\n* third\n{{/boolean}}\n",
             expected: "* first\n* second\n* third\n"),
        Case(name: "Dotted Names - Truthy", template: "\"{{#deep.b.c}}Here{{/deep.b.c}}\" == \"Here\"", expected: "\"Here\" == \"Here\""),
        Case(name: "Surrounding Whitespace", template: " | {{#boolean}}\t|\t{{/boolean}} | \n", expected: " | \t|\t | \n"),
        Case(name: "Internal Whitespace", template: " | {{#boolean}} {{! Important Whitespace }}\n {{/boolean}} | \n",
             expected: " |  \n  | \n"),
        Case(name: "Indented Inline Sections", template: " {{#boolean}}YES{{/boolean}}\n {{#boolean}}GOOD{{/boolean}}\n",
             expected: " YES\n GOOD\n"),
        Case(name: "Standalone Lines", template: "| This Is\n{{#boolean}}\n|\n{{/boolean}}\n| A Line\n", expected: "| This Is\n|\n| A Line\n"),
        Case(name: "Indented Standalone Lines", template: "| This Is\n  {{#boolean}}\n|\n  {{/boolean}}\n| A Line\n",
             expected: "| This Is\n|\n| A Line\n"),
        Case(name: "Standalone Line Endings", template: "|\r\n{{#boolean}}\r\n{{/boolean}}\r\n|", expected: "|\r\n|"),
        Case(name: "Standalone Without Previous Line", template: "  {{#boolean}}\n#{{/boolean}}\n/", expected: "#\n/"),
        Case(name: "Standalone Without Newline", template: "#{{#boolean}}\n/\n  {{/boolean}}", expected: "#\n/\n"),
        Case(name: "Padding", template: "|{{# boolean }}={{/ boolean }}|", expected: "|=|"),
    ]

    static let invertedCases: [Case] = [
        Case(name: "Falsey", template: "\"{{^falsey}}This should be rendered.{{/falsey}}\"", expected: "\"This should be rendered.\""),
        Case(name: "Truthy", template: "\"{{^boolean}}This should not be rendered.{{/boolean}}\"", expected: "\"\""),
        Case(name: "Null is falsey", template: "\"{{^missing}}This should be rendered.{{/missing}}\"", expected: "\"This should be rendered.\""),
        Case(name: "Context", template: "\"{{^context}}Hi {{a}}.{{/context}}\"", expected: "\"\""),
        Case(name: "List", template: "\"{{^list}}{{a}}{{/list}}\"", expected: "\"\""),
        Case(name: "Empty List", template: "\"{{^empty}}Yay lists!{{/empty}}\"", expected: "\"Yay lists!\""),
        Case(name: "Null interpolated as falsey", template: "\"{{^cannot}}none{{/cannot}}\"", expected: "\"none\""),
        Case(name: "Surrounding Whitespace", template: " | {{^falsey}}\t|\t{{/falsey}} | \n", expected: " | \t|\t | \n"),
        Case(name: "Standalone Lines", template: "| This Is\n{{^falsey}}\n|\n{{/falsey}}\n| A Line\n", expected: "| This Is\n|\n| A Line\n"),
        Case(name: "Standalone Indented Lines", template: "| This Is\n  {{^falsey}}\n|\n  {{/falsey}}\n| A Line\n",
             expected: "| This Is\n|\n| A Line\n"),
        Case(name: "Standalone Line Endings", template: "|\r\n{{^falsey}}\r\n{{/falsey}}\r\n|", expected: "|\r\n|"),
        Case(name: "Standalone Without Previous Line", template: "  {{^falsey}}\n^{{/falsey}}\n/", expected: "^\n/"),
        Case(name: "Standalone Without Newline", template: "^{{^falsey}}\n/\n  {{/falsey}}", expected: "^\n/\n"),
    ]

    static let partialsCases: [Case] = [
        Case(name: "Basic Behavior", template: "\"{{>text}}\"", partials: ["text": "from partial"], expected: "\"from partial\""),
        Case(name: "Context", template: "\"{{>partial}}\"", partials: ["partial": "*{{text}}*"], expected: "\"*content*\""),
        Case(name: "Surrounding Whitespace", template: "| {{>partial}} |", partials: ["partial": "\t|\t"], expected: "| \t|\t |"),
        Case(name: "Inline Indentation", template: "  {{data}}  {{> partial}}\n", partials: ["partial": ">\n>"], expected: "  |  >\n>\n"),
        Case(name: "Standalone Line Endings", template: "|\r\n{{>partial}}\r\n|", partials: ["partial": ">"], expected: "|\r\n>|"),
        Case(name: "Standalone Without Previous Line", template: "  {{>partial}}\n>", partials: ["partial": ">\n>"], expected: "  >\n  >>"),
        Case(name: "Standalone Without Newline", template: ">\n  {{>partial}}", partials: ["partial": ">\n>"], expected: ">\n  >\n  >"),
        Case(name: "Standalone Indentation", template: "\\\n {{>partial}}\n/\n", partials: ["partial": "|\n{{{content}}}\n|\n"],
             expected: "\\\n |\n <\n->\n |\n/\n"),
        Case(name: "Padding Whitespace", template: "|{{> partial }}|", partials: ["partial": "[]"], expected: "|[]|"),
    ]

    static let commentsCases: [Case] = [
        Case(name: "Inline", template: "12345{{! Comment Block! }}67890", expected: "1234567890"),
        Case(name: "Multiline", template: "12345{{!\n  This is a\n  multi-line comment...\n}}67890\n", expected: "1234567890\n"),
        Case(name: "Standalone", template: "Begin.\n{{! Comment Block! }}\nEnd.\n", expected: "Begin.\nEnd.\n"),
        Case(name: "Indented Standalone", template: "Begin.\n  {{! Indented Comment Block! }}\nEnd.\n", expected: "Begin.\nEnd.\n"),
        Case(name: "Standalone Line Endings", template: "|\r\n{{! Standalone Comment }}\r\n|", expected: "|\r\n|"),
        Case(name: "Standalone Without Previous Line", template: "  {{! I'm Still Standalone }}\n!", expected: "!"),
        Case(name: "Standalone Without Newline", template: "!\n  {{! I'm Still Standalone }}", expected: "!\n"),
        Case(name: "Multiline Standalone", template: "Begin.\n{{!\nSomething's going on here...\n}}\nEnd.\n", expected: "Begin.\nEnd.\n"),
        Case(name: "Indented Multiline Standalone", template: "Begin.\n  {{!\n    Something's going on here...\n  }}\nEnd.\n",
             expected: "Begin.\nEnd.\n"),
        Case(name: "Indented Inline", template: "  12 {{! 34 }}\n", expected: "  12 \n"),
        Case(name: "Surrounding Whitespace", template: "12345 {{! Comment Block! }} 67890", expected: "12345  67890"),
    ]

    static let inheritanceCases: [Case] = [
        Case(name: "Default", template: "{{$title}}Default title{{/title}}\n", expected: "Default title\n"),
        Case(name: "Variable", template: "{{$foo}}default {{a}} content{{/foo}}\n", expected: "default foo content\n"),
        Case(name: "Inherit", template: "{{<include}}{{/include}}", partials: ["include": "{{$foo}}default content{{/foo}}"],
             expected: "default content"),
        Case(name: "Overridden content", template: "{{<super}}{{$title}}sub template title{{/title}}{{/super}}",
             partials: ["super": "...{{$title}}Default title{{/title}}..."], expected: "...sub template title..."),
        Case(name: "Two overridden parents",
             template: "test {{<parent}}{{$stuff}}override1{{/stuff}}{{/parent}} {{<parent}}{{$stuff}}override2{{/stuff}}{{/parent}}\n",
             partials: ["parent": "|{{$stuff}}...{{/stuff}}{{$default}} default{{/default}}|"],
             expected: "test |override1 default| |override2 default|\n"),
        Case(name: "Only one override", template: "{{<parent}}{{$stuff2}}override two{{/stuff2}}{{/parent}}",
             partials: ["parent": "{{$stuff}}new default one{{/stuff}}, {{$stuff2}}new default two{{/stuff2}}"],
             expected: "new default one, override two"),
        Case(name: "Multi-level inheritance", template: "{{<parent}}{{$a}}c{{/a}}{{/parent}}",
             partials: ["parent": "{{<older}}{{$a}}p{{/a}}{{/older}}", "older": "{{<grandParent}}{{$a}}o{{/a}}{{/grandParent}}",
                        "grandParent": "{{$a}}g{{/a}}"], expected: "c"),
        Case(name: "Text inside parent", template: "{{<parent}} asdfasd {{$foo}}hmm{{/foo}} asdfasdfasdf {{/parent}}",
             partials: ["parent": "{{$foo}}default content{{/foo}}"], expected: "hmm"),
        Case(name: "Block scope", template: "{{<parent}}{{$block}}I say {{name}}.{{/block}}{{/parent}}",
             partials: ["parent": "{{#context}}{{$block}}You say {{name}}.{{/block}}{{/context}}"], expected: "I say Joe."),
        Case(name: "Standalone parent and block (the theme's layout)", template: "{{<layout}}\n{{$main}}\n<p>{{a}}</p>\n{{/main}}\n{{/layout}}\n",
             partials: ["layout": "<main>\n{{$main}}{{/main}}\n</main>\n"], expected: "<main>\n<p>foo</p>\n\n</main>\n"),
    ]

    @Test("interpolation", arguments: interpolationCases) func interpolation(_ spec: Case) throws { try check(spec) }
    @Test("sections", arguments: sectionsCases) func sections(_ spec: Case) throws { try check(spec) }
    @Test("inverted sections", arguments: invertedCases) func inverted(_ spec: Case) throws { try check(spec) }
    @Test("partials", arguments: partialsCases) func partials(_ spec: Case) throws { try check(spec) }
    @Test("comments", arguments: commentsCases) func comments(_ spec: Case) throws { try check(spec) }
    @Test("inheritance", arguments: inheritanceCases) func inheritance(_ spec: Case) throws { try check(spec) }

    private func check(_ spec: Case) throws {
        #expect(try render(spec.template, partials: spec.partials) == spec.expected)
    }
}
