import RaadTemplate
/// The page static hosts show for an address that does not exist.
struct NotFoundView: Equatable {
    var page: PageChrome
}

extension ViewFactory {
    func notFoundPage() -> NotFoundView {
        NotFoundView(page: chrome(title: "Fant ikke siden", crumbs: [.init(title: "Fant ikke siden")]))
    }
}

extension NotFoundView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        "page": .view(\.page),
    ]
}
