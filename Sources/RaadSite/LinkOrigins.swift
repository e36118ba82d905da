import RaadContent
import RaadMarkdown

/// Which Markdown texts each page shows, so the links on a page can be traced to their content file and line.
struct LinkOrigins {
    let texts: RenderedTexts
    let sakerByID: [SakID: Sak]

    /// The toppnotat, proposal, behandling and vedtak, and the vedtak of earlier saker in the history table.
    func sakPage(_ sak: Sak) -> [Output.LinkOrigin] {
        let own = texts[sak]
        var origins = Self.of(own.toppnotat, from: sak.toppnotat) + Self.of(own.forslag, from: sak.forslagTilVedtak)
            + Self.of(own.behandling, from: sak.behandling) + Self.of(own.vedtak, from: sak.vedtak)
        for entry in sak.tidligereBehandlinger {
            switch entry {
            case .reference(let ref, _):
                if let target = sakerByID[ref.resolved(in: sak.mote.utvalg)] {
                    origins += Self.of(texts[target].vedtak, from: target.vedtak)
                }
            case .record(let record):
                origins += of(record.vedtak)
            }
        }
        return origins
    }

    /// The møte's own text and each sak's proposal, behandling and vedtak.
    func motePage(_ mote: Mote) -> [Output.LinkOrigin] {
        mote.saker.reduce(of(mote.beskrivelse)) { origins, sak in
            let rendered = texts[sak]
            return origins + Self.of(rendered.forslag, from: sak.forslagTilVedtak)
                + Self.of(rendered.behandling, from: sak.behandling) + Self.of(rendered.vedtak, from: sak.vedtak)
        }
    }

    /// A text that its view renders itself (the front page, an utvalg's mandate, a møte's description).
    func of(_ text: MarkdownText?) -> [Output.LinkOrigin] {
        Self.of(RenderedTexts.render(text, reserved: [], links: texts.links), from: text)
    }

    static func of(_ rendered: RenderedMarkdown?, from text: MarkdownText?) -> [Output.LinkOrigin] {
        guard let rendered, let text else { return [] }
        return rendered.links.map {
            Output.LinkOrigin(destination: $0.destination, location: SourceLocation(path: text.location.path, line: $0.line))
        }
    }
}
