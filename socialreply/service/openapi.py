"""Write the service's OpenAPI document: ``python -m socialreply.service.openapi OUT``.

The committed copy (``docs/openapi.json``) is checked against the served one by the tests.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ..config import Settings
from .app import create_app


def openapi_document() -> dict[str, Any]:
    # The schema does not depend on keys, storage or the pipeline: build without them.
    app = create_app(Settings(api_keys=[]), assistant=None, store=None)
    return app.openapi()


def main(argv: list[str]) -> int:
    text = json.dumps(openapi_document(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    if not argv:
        sys.stdout.write(text)
    else:
        Path(argv[0]).parent.mkdir(parents=True, exist_ok=True)
        Path(argv[0]).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
