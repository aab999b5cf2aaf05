"""Jinja2 templates: the shared layout in ``trustdesk/templates``, each area's pages in
``trustdesk/<area>/templates/<area>/``."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from fastapi.templating import Jinja2Templates
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, select_autoescape

from trustdesk.auth import csrf_token
from trustdesk.config import get_settings

PACKAGE_DIR = Path(__file__).parent


def capital(text: str) -> str:
    """``text`` with its first character upper-cased and nothing else touched: a problem that
    opens with the value the user typed ("'abc' is not a ticket number") keeps it as typed,
    where CSS's ``::first-letter`` would capitalise the letter after the quote."""
    return text[:1].upper() + text[1:]


def money(cents: int | None) -> str:
    if cents is None:
        return "—"
    return f"${cents / 100:,.2f}"


def when(moment: datetime | None, fmt: str = "%Y-%m-%d") -> str:
    return moment.strftime(fmt) if moment is not None else "—"


def marketplace_name() -> str:
    """The marketplace's name as its users know it (``TRUSTDESK_MARKETPLACE_NAME``)."""
    return get_settings().marketplace_name


def _environment() -> Environment:
    folders = [PACKAGE_DIR / "templates", *sorted(PACKAGE_DIR.glob("*/templates"))]
    environment = Environment(
        loader=ChoiceLoader([FileSystemLoader(folder) for folder in folders]),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["capital"] = capital
    environment.filters["money"] = money
    environment.filters["when"] = when
    environment.globals["csrf_token"] = csrf_token
    environment.globals["marketplace_name"] = marketplace_name
    return environment


templates = Jinja2Templates(env=_environment())
