import RaadContent

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
        // Staged at once, like pages: held until the write stage, the files (40 MB at 10,000 saker) were most of
        // the build's peak memory.
        let contents = parallelMap(encoded.files, chunk: 32) { staged($0.json, at: $0.path) }
        for (file, contents) in zip(encoded.files, contents) {
            output.add(file.path, contents)
        }
        output.addPage(SitePaths.searchFolder + "index.html", theme.render(views.searchPage(encoded.manifest), with: "sok"))
    }
}
