"""The web face of the knowledge base: a FastAPI app with a REST API and server-rendered pages."""

from ghatna.web.app import create_app
from ghatna.web.settings import WebSettings

__all__ = ["WebSettings", "create_app"]
