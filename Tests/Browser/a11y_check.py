"""Builds the real site, serves it on 127.0.0.1, and checks it in Chromium and with the Nu HTML Checker.

Usage: a11y_check.py --raad PATH [--repo DIR] [--screenshots DIR]
Prints each failure with its check, page and element, and `N passed, N failed` last; exits 1 on any failure.
"""

import argparse
import tempfile
import time
from pathlib import Path

import axe_check
import layout_check
import self_test
import vnu_check
from browser import Browser
from pages import BOARD_KINDS, BOARD_SCREENSHOT_PAGE, KINDS, SCREENSHOT_PAGE, Page
from report import Report
from site_server import SiteServer, build_site, html_files, relative_url


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--raad", type=Path, required=True, help="the built raad binary")
    arguments.add_argument("--repo", type=Path, default=Path(__file__).resolve().parents[2])
    arguments.add_argument("--screenshots", type=Path, required=True, help="folder for the PNG screenshots")
    arguments.add_argument("--board", action="store_true",
                           help="check the example board of Tests/Fixtures/board-site instead of the real content")
    options = arguments.parse_args()
    kinds, shot = (BOARD_KINDS, BOARD_SCREENSHOT_PAGE) if options.board else (KINDS, SCREENSHOT_PAGE)
    content = options.repo.resolve() / "Tests/Fixtures/board-site/content" if options.board else None
    report = Report()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="raad-a11y-") as temporary:
        root = Path(temporary) / "site"
        with SiteServer(root) as server:
            build_site(options.raad.resolve(), options.repo.resolve(), root, server.base_url, content)
            pages = html_files(root)
            check_html(report, root, pages)
            browser = Browser()
            try:
                axe_check.install(browser)
                self_test.run(report, browser)
                check_in_browser(report, browser, server, root, pages, options.screenshots.resolve(), kinds, shot)
            finally:
                browser.close()
    report.note(f"Took {time.monotonic() - started:.0f} s.")
    return report.finish()


def check_html(report: Report, root: Path, pages: list[Path]) -> None:
    started = time.monotonic()
    errors = vnu_check.validate(pages)
    for file in sorted(errors):
        report.check("html-valid", relative_url(root, file), errors[file])
    report.note(f"Nu HTML Checker: {len(pages)} pages in {time.monotonic() - started:.1f} s.")


def check_in_browser(report: Report, browser: Browser, server: SiteServer, root: Path,
                     pages: list[Path], screenshots: Path, kinds_checked: list[Page], shot: str) -> None:
    """Every page: no sideways scrolling at any layout, touch targets. Each kind of page also: axe at two
    widths, axe's target size, focus."""
    started = time.monotonic()
    kinds = {page.path for page in kinds_checked}
    for file in pages:
        path = relative_url(root, file)
        if path in kinds:
            continue
        browser.viewport(1280)
        browser.open(server.url(path))
        check_layouts(report, browser, path)
    for page in kinds_checked:
        if page.file is not None and not (root / page.file).is_file():
            if page.optional:
                report.skip("all", page.path, f"{page.kind}: {page.file} is not built yet")
            else:
                report.check("page-exists", page.path, [f"{page.kind}: {page.file} was not built"])
            continue
        check_kind(report, browser, server, page)
    report.note(f"axe-core {axe_check.version(browser)}; browser checks took {time.monotonic() - started:.1f} s.")
    take_screenshots(browser, server, screenshots, shot)


def check_kind(report: Report, browser: Browser, server: SiteServer, page: Page) -> None:
    browser.viewport(1280)
    browser.open(server.url(page.path))
    if page.wait_for and not appears(browser, page.wait_for):
        report.check("page-ready", page.path, [f"{page.wait_for} did not appear within 10 s"])
        return
    for width in (1280, 360):
        browser.viewport(width)
        violations, undecided = axe_check.run(browser, axe_check.wcag_options())
        report.check(f"axe-wcag21aa@{width}px", page.path, violations)
        note_undecided(report, f"axe@{width}px", page.path, undecided)
    violations, undecided = axe_check.run(browser, axe_check.target_size_options())
    report.check("axe-target-size@360px", page.path, violations + undecided)
    check_layouts(report, browser, page.path)
    browser.viewport(1280)
    reached, problems = layout_check.focus_walk(browser)
    report.check("focus-visible", page.path, problems)
    report.note(f"checked {page.path} ({page.kind}): {reached} controls tabbed through")


def note_undecided(report: Report, check: str, path: str, undecided: list[str]) -> None:
    """What axe could not decide is shown, not failed: at 360 px it is mostly contrast of table cells
    scrolled out of their container, which the 1280 px run decides."""
    by_rule: dict[str, list[str]] = {}
    for item in undecided:
        by_rule.setdefault(item.splitlines()[0], []).append(item)
    for rule, items in sorted(by_rule.items()):
        reason = items[0].splitlines()[-1].strip()
        report.note(f"REVIEW {check} {path}: {rule} undecided on {len(items)} elements, e.g. "
                    f"{items[0].splitlines()[1].strip()[:100]}: {reason}")


def check_layouts(report: Report, browser: Browser, path: str) -> None:
    for width, font_size in layout_check.LAYOUTS:
        report.check(layout_check.layout_name(width, font_size), path,
                     layout_check.sideways_scroll(browser, width, font_size))
    report.check("touch-targets@360px", path, layout_check.small_targets(browser))


def appears(browser: Browser, selector: str, seconds: float = 10) -> bool:
    """Waits for a page that fills itself in by script."""
    deadline = time.monotonic() + seconds
    while not browser.run("return document.querySelector(arguments[0]) !== null", selector):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def take_screenshots(browser: Browser, server: SiteServer, folder: Path, page: str) -> None:
    """The page (a sak page of the real site) at 360 and 1280 px: the first screen, and the whole page."""
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.png"):
        stale.unlink()
    for width, height in ((360, 780), (1280, 900)):
        browser.viewport(width, height)
        browser.open(server.url(page))
        for whole_page, suffix in ((False, ""), (True, "-whole")):
            target = folder / f"sak-{width}px{suffix}.png"
            browser.screenshot(target, whole_page)
            print(f"Screenshot of {page} at {width} px{' (whole page)' if whole_page else ''}: {target}",
                  flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
