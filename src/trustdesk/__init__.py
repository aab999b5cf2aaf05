"""trustdesk: the support and trust-and-safety desk of a freelance marketplace."""

__version__ = "0.1.0"
