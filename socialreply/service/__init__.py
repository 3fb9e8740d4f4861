"""HTTP service for helpdesk plugins and the agents' review page (FastAPI).

Nothing in the package imports this module; it is loaded by ``socialreply serve`` or by an
application that mounts the API itself::

    from socialreply.service import create_app
    app = create_app(Settings.load())
"""

from __future__ import annotations

from .app import DraftingAssistant, create_app

__all__ = ["DraftingAssistant", "create_app"]
