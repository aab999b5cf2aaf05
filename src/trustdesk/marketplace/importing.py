def import_command() -> None:
    """Import marketplace records."""
