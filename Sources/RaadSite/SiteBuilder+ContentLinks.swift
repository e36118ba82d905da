import RaadContent

extension SiteBuilder {
    /// The images of a sak's texts that exist (and are no symbolic link out of vedlegg/), copied to where their rewritten `src` points (beside the møte's
    /// vedlegg files, since they are files of its vedlegg/ folder). A missing one is `ContentLinkCheck`'s error.
    func images(of sak: Sak, texts: RenderedTexts) -> [Entry] {
        let own = texts[sak]
        let pairs = [(own.toppnotat, sak.toppnotat), (own.forslag, sak.forslagTilVedtak), (own.behandling, sak.behandling),
                     (own.vedtak, sak.vedtak)]
        return pairs.flatMap { rendered, text -> [Entry] in
            guard let rendered, let text else { return [] }
            return rendered.links.compactMap { link in
                guard link.isImage, link.written != link.destination,
                      case .image(let file, let output?) = texts.links.target(of: link.written, isImage: true, in: text.location.path),
                      ContentLinkCheck.isPublishable(file)
                else { return nil }
                return Entry(path: output, source: .file(.copy(from: file)))
            }
        }
    }

    /// A redirect page at each `tidligere_adresser` that no page takes; the first to claim an address gets it.
    /// The others are `ContentLinkCheck`'s errors.
    func redirectEntries(views: ViewFactory, taken: Set<String>) -> [Entry] {
        var claimed = taken
        return RedirectPage.all(in: archive, views: views).compactMap { redirect in
            guard claimed.insert(redirect.path).inserted else { return nil }
            return Entry(path: redirect.path, source: .file(.text(redirect.html(paths: paths, lang: archive.site.spraak))))
        }
    }
}
