/// The ids a theme's page templates write themselves (`id="vedtak"`, the header's `id="topp-sok"`), read
/// from the templates when the theme loads: a heading in the Markdown shown on such a page gets another id.
struct PageIDs: Sendable, Equatable {
    var sak: Set<String> = []
    /// The møte page and its Saksdokumenter page, which both show the møte's text.
    var mote: Set<String> = []
    var utvalg: Set<String> = []
    var forside: Set<String> = []
}
