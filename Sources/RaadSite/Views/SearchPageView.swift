import RaadTemplate
/// The search page: a form with filters that works as a plain GET form, and the list `sok.js` fills.
struct SearchPageView {
    var page: PageChrome
    var actionHref: String
    /// Where `sok.js` finds the index, under the base path, and the version to ask for.
    var indexHref: String
    var indexVersion: String
    var scriptHrefs: [String]
    var utvalg: [SearchIndexFiles.Option]
    var years: [SearchIndexFiles.Option]
    var types: [SearchIndexFiles.Option]
}

extension ViewFactory {
    func searchPage(_ manifest: SearchIndexFiles.Manifest) -> SearchPageView {
        var page = chrome(title: Strings.sok, crumbs: [.init(title: Strings.sok)])
        page.hasHeaderSearch = false  // the page's own form is the search box here
        return SearchPageView(
            page: page, actionHref: paths.href(SitePaths.searchFolder),
            indexHref: paths.href(SearchIndexFiles.folder), indexVersion: manifest.version,
            scriptHrefs: ["sok-norsk.js", "sok-indeks.js", "sok.js"].map { paths.href(assets.path($0)) },
            utvalg: manifest.utvalg, years: manifest.years, types: manifest.types)
    }
}

extension SearchPageView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "page": .view(\.page),
        "actionHref": .text(\.actionHref),
        "indexHref": .text(\.indexHref),
        "indexVersion": .text(\.indexVersion),
        "scriptHrefs": .list(\.scriptHrefs),
        "utvalg": .list(\.utvalg),
        "years": .list(\.years),
        "types": .list(\.types),
    ]
}

extension SearchIndexFiles.Option: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "value": .text(\.value),
        "label": .text(\.label),
    ]
}
