extension ContentLoader {
    /// The `base_url` of `content/_index.md`, read alone: `raad serve` serves the site under its path before
    /// anything is built. `nil` when the file cannot be read; the build then reports why.
    public func siteBaseURL() -> String? {
        loadSite(DiagnosticCollector())?.baseURL
    }
}
