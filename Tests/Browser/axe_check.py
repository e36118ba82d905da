"""axe-core in Chromium: the WCAG 2.0/2.1 A and AA rules, and WCAG 2.2's target size."""

import importlib.util
from pathlib import Path

from browser import Browser

WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
_RUN = (Path(__file__).parent / "js" / "axe_run.js").read_text()


def axe_source() -> str:
    """axe.min.js from the PyPI package that ships it (found without importing the package's Python)."""
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("axe-playwright-python is not installed (scripts/a11y-check.sh installs it)")
    return (Path(list(spec.submodule_search_locations)[0]) / "axe.min.js").read_text()


def install(browser: Browser) -> None:
    """Makes every document the browser loads carry axe-core."""
    browser.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": axe_source()})


def wcag_options() -> dict:
    return {"runOnly": {"type": "tag", "values": WCAG_AA_TAGS}, "resultTypes": ["violations", "incomplete"]}


def target_size_options() -> dict:
    """WCAG 2.5.8 (AA in 2.2): 24 × 24 CSS px, unless spaced apart or inline in a sentence."""
    return {"runOnly": {"type": "rule", "values": ["target-size"]}, "resultTypes": ["violations", "incomplete"]}


def run(browser: Browser, options: dict) -> tuple[list[str], list[str]]:
    """Runs axe on the loaded page: (violations, results axe could not decide), one text each."""
    result = browser.driver.execute_async_script(_RUN, options)
    if "error" in result:
        return [f"axe did not run: {result['error']}"], []
    return _describe(result["violations"]), _describe(result["incomplete"])


def version(browser: Browser) -> str:
    return browser.run("return typeof axe === 'undefined' ? 'missing' : axe.version")


def _describe(results: list[dict]) -> list[str]:
    lines = []
    for rule in results:
        for node in rule["nodes"]:
            html = " ".join(node["html"].split())
            html = html if len(html) <= 160 else html[:157] + "..."
            detail = "; ".join(line.strip() for line in node["summary"].splitlines()[1:] if line.strip())
            lines.append(f"{rule['id']} ({rule['impact']}): {rule['help']}\n"
                         f"  element {node['target']}: {html}" + (f"\n  {detail}" if detail else ""))
    return lines
