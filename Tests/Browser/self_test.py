"""Shows that every check can fail: each must find the fault planted in fixtures/broken.html."""

from pathlib import Path

import axe_check
import layout_check
import vnu_check
from browser import Browser
from report import Report
from site_server import SiteServer

FIXTURES = Path(__file__).parent / "fixtures"


def run(report: Report, browser: Browser) -> None:
    """One passed check per fault found; a check that finds nothing on the broken page fails."""
    page = FIXTURES / "broken.html"
    errors = vnu_check.validate([page])[page]
    _expect(report, "html-valid", errors)
    with SiteServer(FIXTURES) as server:
        browser.viewport(1280)
        browser.open(server.url("broken.html"))
        violations, _ = axe_check.run(browser, axe_check.wcag_options())
        _expect(report, "axe-wcag21aa (image-alt, color-contrast)",
                [v for v in violations if v.startswith(("image-alt", "color-contrast"))], at_least=2)
        browser.viewport(360)
        violations, undecided = axe_check.run(browser, axe_check.target_size_options())
        _expect(report, "axe-target-size@360px", violations + undecided)
        _expect(report, "touch-targets@360px", layout_check.small_targets(browser))
        _expect(report, "no-sideways-scroll@360px", layout_check.sideways_scroll(browser, 360, None))
        browser.viewport(1280)
        _, problems = layout_check.focus_walk(browser)
        _expect(report, "focus-visible", problems)
    report.note("self-test: each check was run on fixtures/broken.html")


def _expect(report: Report, check: str, found: list[str], at_least: int = 1) -> None:
    problems = [] if len(found) >= at_least else \
        [f"found {len(found)} faults in fixtures/broken.html, expected at least {at_least}: the check cannot fail"]
    report.check(f"self-test {check}", "fixtures/broken.html", problems)
