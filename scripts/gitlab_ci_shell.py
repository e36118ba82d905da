"""Writes the shell of each job of a .gitlab-ci.yml (before_script, then script, as the runner joins them) to
<folder>/<job>.sh, so shellcheck can read what actionlint reads in a GitHub workflow's run: blocks.

Usage: gitlab_ci_shell.py .gitlab-ci.yml FOLDER
"""
import sys
from pathlib import Path

from ruamel.yaml import YAML  # installed with check-jsonschema

KEYWORDS = {"variables", "workflow", "stages", "default", "include", "image", "services", "cache",
            "before_script", "after_script"}


def main() -> int:
    ci_file, folder = Path(sys.argv[1]), Path(sys.argv[2])
    config = YAML(typ="safe").load(ci_file.read_text(encoding="utf-8"))
    for name, job in config.items():
        if name in KEYWORDS or name.startswith(".") or not isinstance(job, dict):
            continue
        lines = [line for key in ("before_script", "script") for line in job.get(key, [])]
        # The runner's bash stops at the first failing line, as a GitHub run: block does.
        (folder / f"{name}.sh").write_text("#!/usr/bin/env bash\nset -eo pipefail\n" + "\n".join(lines) + "\n",
                                          encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
