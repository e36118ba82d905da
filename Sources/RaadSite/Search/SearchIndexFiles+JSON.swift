import RaadContent

/// The index files written by `JSONWriter`, for the thousands of them a large archive has; the same bytes as
/// `JSONEncoder` with sorted keys would give.
extension SearchIndexFiles.TermShard {
    var json: String {
        var writer = JSONWriter(capacity: SearchIndex.shardTargetBytes + 4096)
        writer.raw("{\"terms\":")
        writer.object(terms) { writer, variants in writer.object(variants) { $0.ints($1) } }
        writer.raw("}")
        return writer.text
    }
}

extension SearchIndexFiles.NummerShard {
    var json: String {
        var writer = JSONWriter()
        writer.key("exact", first: true)
        writer.object(exact) { $0.ints($1) }
        writer.key("mentioned")
        writer.object(mentioned) { $0.ints($1) }
        return "{" + writer.text + "}"
    }
}

extension SearchIndexFiles.Document {
    var json: String {
        var writer = JSONWriter(capacity: tekst.utf8.count + 512)
        writer.raw("{")
        writer.key("dato", first: true)
        writer.string(dato)
        writer.key("datoTekst")
        writer.string(datoTekst)
        writer.key("kind")
        writer.string(kind)
        if let nummer {
            writer.key("nummer")
            writer.string(nummer)
        }
        if let sakstype {
            writer.key("sakstype")
            writer.string(sakstype)
        }
        if let status {
            writer.key("status")
            writer.string(status)
        }
        writer.key("tekst")
        writer.string(tekst)
        writer.key("tittel")
        writer.string(tittel)
        writer.key("url")
        writer.string(url)
        writer.key("utvalg")
        writer.string(utvalg)
        writer.raw("}")
        return writer.text
    }
}
