"""Text safety: detectors that read marketplace text offline, on a CPU (C8, C9)."""

from trustdesk.textsafety.contact import KINDS, Finding, detect_contacts, infer_purpose

__all__ = ["KINDS", "Finding", "detect_contacts", "infer_purpose"]
