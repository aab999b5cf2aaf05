"""Message policy (C9): contact sharing and off-platform moves in marketplace messages."""
