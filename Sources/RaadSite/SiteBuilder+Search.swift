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
        // With a staging folder, the files (40 MB at 10,000 saker) go to disk at once instead of waiting in memory
        // for the write stage: they were most of the build's peak memory.
        let staging = options.staging
        let contents = parallelMap(encoded.files, chunk: 32) { file in
            staging.flatMap { $0.write(file.json, at: file.path) }.map(Output.Contents.written) ?? .text(file.json)
        }
        for (file, contents) in zip(encoded.files, contents) {
            output.add(file.path, contents)
        }
        output.addPage(SitePaths.searchFolder + "index.html", theme.render(views.searchPage(encoded.manifest), with: "sok"))
    }
}
