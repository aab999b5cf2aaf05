"""The agent console (pages)."""

from fastapi import APIRouter

page_router = APIRouter(include_in_schema=False)
