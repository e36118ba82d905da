"""Headless Debian Chromium through chromium-driver, with the viewport set in CSS pixels."""

import base64
import shutil
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def _find(*names: str) -> str:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit(f"none of {', '.join(names)} is on PATH (scripts/a11y-check.sh installs them)")


class Browser:
    """One Chromium for the whole run; pages are loaded into the same tab."""

    def __init__(self, logs: bool = False) -> None:
        """With `logs`, the console and the network events are kept for `driver.get_log`."""
        options = webdriver.ChromeOptions()
        if logs:
            options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        options.binary_location = _find("chromium", "chromium-browser")
        for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=nb-NO",
                         "--disable-extensions", "--no-first-run", "--window-size=1280,900"):
            options.add_argument(argument)
        # An explicit driver path keeps Selenium Manager from trying to download one.
        service = Service(executable_path=_find("chromedriver", "chromium-driver"))
        self.driver = webdriver.Chrome(options=options, service=service)
        self.driver.set_script_timeout(60)
        self.driver.set_page_load_timeout(30)
        self.width = 0

    def close(self) -> None:
        self.driver.quit()

    def viewport(self, width: int, height: int = 900) -> None:
        """Sets the layout viewport to `width` CSS px, as a phone or a zoomed window has it."""
        self.width = width
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def open(self, url: str) -> None:
        self.driver.get(url)

    def run(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def screenshot(self, path: Path, whole_page: bool) -> None:
        """The viewport, or the whole page."""
        shot = self.driver.execute_cdp_cmd("Page.captureScreenshot",
                                           {"format": "png", "captureBeyondViewport": whole_page})
        path.write_bytes(base64.b64decode(shot["data"]))
