extension Archive {
    /// The archive as readers see it: draft møter and saker left out.
    public func withoutDrafts() -> Archive {
        var copy = self
        for u in copy.utvalg.indices {
            copy.utvalg[u].moter.removeAll(where: \.utkast)
            for m in copy.utvalg[u].moter.indices {
                copy.utvalg[u].moter[m].saker.removeAll(where: \.utkast)
            }
        }
        return copy
    }
}
