"""Measurements in Chromium that axe does not make: sideways scrolling at narrow widths and zoom, and focus."""

from pathlib import Path

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from browser import Browser

_JS = Path(__file__).parent / "js"
_DESCRIBE = (_JS / "describe.js").read_text()
_OVERFLOW = _DESCRIBE + (_JS / "overflow.js").read_text()
_FOCUS = _DESCRIBE + (_JS / "focus_styles.js").read_text()
_TARGETS = _DESCRIBE + (_JS / "targets.js").read_text()

# (viewport width in CSS px, root font size): a phone, WCAG 1.4.10's reflow width, a 1280 px window at
# 200 % page zoom, and the same window with text alone at 200 % (WCAG 1.4.4).
LAYOUTS = [(360, None), (320, None), (640, None), (1280, "200%")]
MAX_TABS = 400


def layout_name(width: int, font_size: str | None) -> str:
    return f"no-sideways-scroll@{width}px" + (f"+text{font_size}" if font_size else "")


def sideways_scroll(browser: Browser, width: int, font_size: str | None) -> list[str]:
    """Problems when the loaded page, at `width` CSS px, scrolls sideways as a whole."""
    browser.viewport(width)
    browser.run("document.documentElement.style.fontSize = arguments[0] || ''", font_size)
    try:
        found = browser.run(_OVERFLOW)
    finally:
        browser.run("document.documentElement.style.fontSize = ''")
    if found["scrollWidth"] <= found["clientWidth"]:
        return []
    head = f"the page is {found['scrollWidth']} px wide in a {found['clientWidth']} px viewport"
    return [head] + [f"sticks out: {o}" for o in found["offenders"]]


def small_targets(browser: Browser, width: int = 360) -> list[str]:
    """Controls under 24 × 24 CSS px at `width` that are not links in running text."""
    browser.viewport(width)
    return [f"touch target under 24 × 24 px: {target}" for target in browser.run(_TARGETS)]


def focus_walk(browser: Browser) -> tuple[int, list[str]]:
    """Tabs through the loaded page from the top: (controls reached, those without a visible focus indicator)."""
    browser.run("window.scrollTo(0, 0); window.__focusSeen = undefined")
    browser.run(_FOCUS, "record")
    problems: list[str] = []
    reached = 0
    for _ in range(MAX_TABS):
        ActionChains(browser.driver).send_keys(Keys.TAB).perform()
        state = browser.run(_FOCUS, "check")
        if state is None or state["repeated"]:
            return reached, problems
        reached += 1
        if not state["visible"]:
            why = "off screen" if not state["onScreen"] else \
                f"outline {state['outline']}, box-shadow {state['boxShadow']}, same as unfocused or invisible"
            problems.append(f"no visible focus on {state['name']}: {why}")
    problems.append(f"focus did not leave the page after {MAX_TABS} tabs")
    return reached, problems
