from fastapi import APIRouter
api_router = APIRouter(prefix="/api/v1")
page_router = APIRouter(include_in_schema=False)
