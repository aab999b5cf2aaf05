"""What the databases can hold, so bad input is refused as a 422 naming the field and
never reaches the database as a 500; and the reading of a typed date, which names its field
the same way."""

from datetime import date

#: The largest id an INTEGER primary key holds on PostgreSQL.
ID_MAX = 2_147_483_647
#: No list is paged this far; beyond it OFFSET would overflow a BIGINT.
PAGE_MAX = 1_000_000
#: PostgreSQL text cannot contain NUL characters.
NO_NUL_PATTERN = "^[^\\x00]*$"
#: The longest message, reply or note a ticket takes.
BODY_MAX = 20_000


def read_day(value: str | date | None, field: str, errors: dict[str, str]) -> date | None:
    """A date typed as YYYY-MM-DD (blank: ``None``); else ``None``, with the problem put in
    ``errors`` under ``field``."""
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        errors[field] = f"{text!r} is not a date (YYYY-MM-DD)"
        return None
