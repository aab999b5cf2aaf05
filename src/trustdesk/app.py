"""The web application: API under /api/v1, server-rendered pages for staff."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from fastapi import FastAPI, Request, status
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from trustdesk import __version__, errors
from trustdesk.auth import LoginRequired
from trustdesk.config import Settings, get_settings
from trustdesk.templating import PACKAGE_DIR

SESSION_MAX_AGE_SECONDS = 12 * 60 * 60  # one working day


def _lifespan(settings: Settings) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    """Run the background-job consumer inside the web process in the embedded setup
    (SQLite queue); with Redis, ``trustdesk worker`` processes consume instead."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from trustdesk import jobs

        consumer = None
        if settings.jobs_in_process and not settings.redis_url and not settings.jobs_immediate:
            consumer = jobs.start_in_process_consumer(jobs.for_settings(settings))
        app.state.job_consumer = consumer
        try:
            yield
        finally:
            if consumer is not None:
                # Waiting for a running job must not block the event loop.
                await asyncio.to_thread(jobs.stop_consumer, consumer)

    return lifespan


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(
        title="trustdesk",
        version=__version__,
        summary="Support and trust-and-safety desk for a freelance marketplace",
        docs_url="/docs",
        lifespan=_lifespan(settings),
    )
    app.add_middleware(
        SessionMiddleware,
        secret_key=settings.resolved_secret_key(),
        session_cookie="trustdesk_session",
        max_age=SESSION_MAX_AGE_SECONDS,
        same_site="lax",
        https_only=settings.secure_cookies,
    )
    app.mount("/static", StaticFiles(directory=PACKAGE_DIR / "static"), name="static")

    errors.install(app)

    @app.exception_handler(LoginRequired)
    async def _to_login(_request: Request, exc: LoginRequired) -> Response:
        return RedirectResponse(f"/login?next={exc.next_url}", status.HTTP_303_SEE_OTHER)

    from trustdesk.audit_log import web as audit_log_web
    from trustdesk.conduct import web as conduct_web
    from trustdesk.crisis import web as crisis_web
    from trustdesk.desk import api as desk_api
    from trustdesk.desk import chat as desk_chat
    from trustdesk.desk import inbound as desk_inbound
    from trustdesk.desk import web as desk_web
    from trustdesk.feedback_removal import web as feedback_removal_web
    from trustdesk.marketplace import ingest_api as marketplace_ingest
    from trustdesk.marketplace import web as marketplace_web
    from trustdesk.messaging import web as messaging_web
    from trustdesk.reputation import web as reputation_web
    from trustdesk.staff import web as staff_web

    app.include_router(staff_web.router)
    app.include_router(marketplace_ingest.router)
    app.include_router(marketplace_web.api_router)
    app.include_router(marketplace_web.page_router)
    app.include_router(desk_api.api_router)
    app.include_router(desk_inbound.router)
    app.include_router(desk_web.page_router)
    app.include_router(conduct_web.page_router)
    app.include_router(desk_chat.router)
    app.include_router(feedback_removal_web.router)
    app.include_router(messaging_web.api_router)
    app.include_router(messaging_web.page_router)
    app.include_router(reputation_web.api_router)
    app.include_router(reputation_web.page_router)
    app.include_router(crisis_web.api_router)
    app.include_router(crisis_web.page_router)
    app.include_router(audit_log_web.router)
    return app
