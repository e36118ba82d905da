"""The pages the browser checks visit: one or more of every kind the site has."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    """A URL path under the site root, the kind of page it stands for, and what it needs to count."""

    path: str
    kind: str
    # The built file that must exist; None for a URL that is meant to be missing (the 404 page).
    file: str | None
    # Pages of features that are not on this branch yet are skipped until their file exists.
    optional: bool = False
    # A CSS selector that must match before the page is checked (pages that fill themselves in by script).
    wait_for: str | None = None


def _index(path: str) -> str:
    return path.strip("/") + "/index.html" if path.strip("/") else "index.html"


def page(path: str, kind: str, **options) -> Page:
    return Page(path, kind, _index(path.split("?")[0]), **options)


KINDS = [
    page("/", "forside"),
    page("/strategiradet/", "utvalg"),
    page("/fagradet/", "utvalg uten møter"),
    page("/strategiradet/2026-06-11/", "møte som innkalling"),
    page("/strategiradet/2026-03-26/", "møte med referat"),
    page("/strategiradet/2026-06-11/16-26/", "sak med tabell og tidligere behandlinger"),
    page("/strategiradet/2026-06-11/14-26/", "sak med tidligere behandlinger"),
    page("/strategiradet/2026-03-26/08-26/", "sak i et referat"),
    page("/nasjonalt-e-helserad/2025-06-12/15-25/", "sak fra e-helserådet"),
    page("/strategiradet/2026-06-11/dagsaktuelt/", "punkt uten saksnummer"),
    page("/emner/", "emneliste"),
    page("/emner/prismodell/", "emne"),
    Page("/404.html", "404-siden", "404.html"),
    Page("/finnes-ikke/", "404-siden servert for en ukjent adresse", None),
    page("/sok/?q=prismodell", "søk med treff", optional=True),
    page("/strategiradet/2026-06-11/saksdokumenter/", "saksdokumenter", optional=True),
]

# The sak page the screenshots show.
SCREENSHOT_PAGE = "/strategiradet/2026-06-11/16-26/"

# The example board of Tests/Fixtures/board-site: what other bodies add to a page (roles, observers, renamed
# labels, a closed sak's agenda line, an item without number, a two-day møte).
BOARD_KINDS = [
    page("/styret/", "styrets side med roller"),
    page("/styret/2016-03-10/", "møte over to dager med lukket sak og punkter uten nummer"),
    page("/styret/2016-03-10/22-2016-b/", "sak med bokstav i nummeret"),
    page("/styret/2016-03-10/21-2016/", "sak med tidligere behandling utenfor nettstedet"),
    page("/styret/2016-03-10/presentasjon-av-byggeprosjektet/", "punkt uten nummer og sakstype"),
    page("/styret/2016-04-21/24-2016/", "sak i en innkalling med egne overskrifter"),
]
BOARD_SCREENSHOT_PAGE = "/styret/2016-03-10/"
