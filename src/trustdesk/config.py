"""One settings object, read from the environment (prefix ``TRUSTDESK_``).

Embedded defaults everywhere: an SQLite file under ``./var/``, a generated secret kept
beside it. Production sets ``TRUSTDESK_DATABASE_URL`` to a ``postgresql+psycopg://`` URL and
``TRUSTDESK_SECRET_KEY`` explicitly.
"""

from __future__ import annotations

import secrets
from functools import lru_cache
from pathlib import Path
from typing import Final

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

VAR_DIR = Path("var")
#: The mailing address the playbooks give for the marketplace's offices (Upwork's), a line
#: for each line of the envelope.
PLAYBOOKS_OFFICE_ADDRESS: Final = (
    "655 Montgomery ST\nSTE 490, DPT 17022\nSan Francisco, CA 94111-2676"
)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TRUSTDESK_", extra="ignore")

    database_url: str = Field(
        default=f"sqlite:///{VAR_DIR / 'trustdesk.db'}",
        description="SQLAlchemy URL; sqlite:///path or postgresql+psycopg://user@host/db",
    )
    secret_key: str = Field(
        default="",
        description="Signs session cookies and links; generated into var/secret.key if unset",
    )
    base_url: str = Field(
        default="http://127.0.0.1:8000",
        description="Public address of this desk, used in links that leave it (emails)",
    )
    marketplace_name: str = Field(
        default="Upwork",
        min_length=1,
        max_length=100,
        description=(
            "The marketplace's name as its users know it, in every text they read (macros, "
            "emails); the playbooks and the demo marketplace are Upwork's"
        ),
    )
    marketplace_office_address: str = Field(
        default=PLAYBOOKS_OFFICE_ADDRESS,
        min_length=1,
        max_length=500,
        description=(
            "The marketplace's mailing address for correspondence, which the office-address "
            "macro gives under its name; one line per envelope line, separated by newlines "
            "(or by \\n, for environment files that cannot hold a newline)"
        ),
    )
    sql_echo: bool = False
    page_size_max: int = 200

    # Email: the local outbox (readable in the desk) unless an SMTP host is configured.
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_username: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = True
    smtp_timeout_seconds: float = 15.0
    mail_from: str = "trustdesk support <support@trustdesk.local>"
    # Replies come back to support+t<ticket id>@<mail_reply_domain> and thread onto the ticket.
    mail_reply_domain: str = "trustdesk.local"

    # Team notifications: in the desk always; also posted here when set (Slack-compatible).
    slack_webhook_url: str | None = None

    # Changes the marketplace must apply (feedback removed, JSS exclusions, private profiles)
    # are posted here when set, signed with the secret key; always readable at
    # GET /api/v1/changes.
    marketplace_webhook_url: str | None = None

    # Background jobs: in-process on SQLite by default; on Redis, with separate workers
    # (`trustdesk worker`), when a URL is set.
    redis_url: str | None = None
    jobs_in_process: bool = True
    jobs_immediate: bool = Field(
        default=False, description="Run jobs synchronously where they are queued (tests)"
    )

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str) -> str:
        if not value.startswith(("sqlite", "postgresql")):
            raise ValueError("must be an sqlite:// or postgresql+psycopg:// URL")
        return value

    @field_validator("marketplace_name")
    @classmethod
    def _marketplace_name_given(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must name the marketplace")
        return value.strip()

    @field_validator("marketplace_office_address")
    @classmethod
    def _office_address_given(cls, value: str) -> str:
        # A systemd or Docker environment file holds one line per variable: "\n" there
        # stands for a line break.
        lines = [line.strip() for line in value.replace("\\n", "\n").splitlines()]
        address = "\n".join(line for line in lines if line)
        if not address:
            raise ValueError("must give the marketplace's mailing address")
        return address

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def secure_cookies(self) -> bool:
        return self.base_url.startswith("https://")

    def url(self, path: str) -> str:
        """This desk's absolute address of ``path`` (which starts with a slash): for emails,
        signed links and the fields of child tickets."""
        return f"{self.base_url.rstrip('/')}{path}"

    def resolved_secret_key(self) -> str:
        """The configured secret, or one generated once and kept in ``var/secret.key``."""
        if self.secret_key:
            return self.secret_key
        path = VAR_DIR / "secret.key"
        if not path.exists():
            VAR_DIR.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_urlsafe(48))
            path.chmod(0o600)
        return path.read_text().strip()


@lru_cache
def get_settings() -> Settings:
    return Settings()
