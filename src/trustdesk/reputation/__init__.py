"""Reputation (C3): the Job Success Score, badges, exclusions with a what-if preview, My Stats."""
