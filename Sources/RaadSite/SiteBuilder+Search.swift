extension SiteBuilder {
    /// The search index under `sok/indeks/` and the search page `sok/` that reads it.
    func addSearch(views: ViewFactory, to output: inout Output) {
        let index = SearchIndex(records: SearchRecord.all(from: views), cache: options.cache)
        let encoded: (manifest: SearchIndexFiles.Manifest, files: [(path: String, json: String)])
        do {
            encoded = try index.files(utvalg: archive.utvalg, cache: options.cache)
        } catch {
            // The files hold only strings and integers, which JSONEncoder always encodes.
            preconditionFailure("search index: cannot encode: \(error)")
        }
        for file in encoded.files {
            output.add(file.path, .text(file.json))
        }
        output.addPage(SitePaths.searchFolder + "index.html", theme.render(views.searchPage(encoded.manifest), with: "sok"))
    }
}
