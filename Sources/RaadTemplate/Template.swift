/// A template compiled for one view type: every name bound, when the theme loaded, to a field of a view the
/// template can see there. Rendering reads the fields in place and appends bytes; nothing is looked up.
public struct Template<View: TemplateView>: Sendable {
    let steps: [RenderStep]
    /// How many views deep the template's sections go, the root included.
    let depth: Int
    /// The ids the template writes in its own text (`<h2 id="vedtak">`), partials and parents included: a
    /// page's Markdown headings must not take them.
    public let literalIDs: Set<String>

    public func render(_ view: View) -> String {
        String(decoding: renderUTF8(view), as: UTF8.self)
    }

    /// The page as UTF-8 bytes, for a caller that writes them to a file: making a `String` of them checks and
    /// copies every byte once more (a tenth of the pages stage at 10,000 saker).
    public func renderUTF8(_ view: View) -> [UInt8] {
        withUnsafePointer(to: view) { root in
            var state = RenderState(root: UnsafeRawPointer(root), depth: depth)
            state.run(steps)
            return state.out
        }
    }
}

/// One piece of a compiled template: appends its output, or runs its body for each view it shows.
typealias RenderStep = @Sendable (inout RenderState) -> Void

/// The output so far and, per section depth, the view being shown there.
///
/// Views are reached through raw pointers: each pointer is set by the section that shows the view, and is
/// used only while that section runs, inside the scope (`withUnsafePointer`, `withUnsafeBufferPointer`)
/// that keeps the view alive. This is what lets a page render without copying or casting its views.
struct RenderState {
    var out: [UInt8] = []
    var frames: [UnsafeRawPointer]

    init(root: UnsafeRawPointer, depth: Int) {
        frames = Array(repeating: root, count: depth)
        out.reserveCapacity(16_384)
    }

    mutating func run(_ steps: [RenderStep]) {
        for step in steps { step(&self) }
    }

    mutating func append(_ text: String) {
        out.append(contentsOf: text.utf8)
    }
}
