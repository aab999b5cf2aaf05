"""Find contact details and off-platform moves in a marketplace message.

``detect_contacts(text)`` returns ``Finding``s: the kind, the character span in the text as
the sender typed it, and a normalised value (an email as ``local@domain``, a phone number as
``+`` and its digits with the country code where it can be told, an app or service by its
canonical name, a link as host and path). A request for a detail ("send me your number",
"what's your WhatsApp?") is a finding too; one that names no concrete detail carries the
value ``"request"`` (see ``Finding.is_request``), so redaction can leave it alone.

How it stays fast: the text is folded once (``normalize``), a handful of cheap triggers
(the set of words, a count of digits, a few characters) decide which detectors run at all,
and the expensive work (``phonenumbers``, spelled-out digits) runs only on candidate spans.
None of these shortcuts may change a finding: ``tests/unit/textsafety/test_request_guards.py``
checks each against what it stands for, and ``scripts/contact_equivalence.py`` compares every
finding with a copy of the detector from before a change.
How it stays quiet: a name is never enough. An app, a network or a payment service counts
only with a contact context around it ("on WhatsApp", "my insta is", "pay me via PayPal")
and not when it is the subject of the work ("build a Telegram bot", "Zoom in on the logo");
a run of digits counts only when it is a valid number with a phone's shape or a phone's
context, and never when it is a price, date, time, version, order number, IP address or sits
in code or a URL. Nor does a detail that is the work's content (``content``): the hotline in
an ad's script, the client's number for the flyer, an example address in a data brief.

Where each part lives: ``scan`` (the message being scanned, and what every detector shares),
one module per kind of detail (``links``, ``emails``, ``phones``, ``apps`` for messaging apps,
video meetings and scheduling, ``social``, ``payments``, ``addresses``), ``requests`` (asking for
or offering a detail without stating it), ``gates`` and ``detect`` (which detectors run on a
message, and how their hits become findings), ``content`` (the details that are the work's, not
a way to reach anyone) and ``purpose`` (why an email is shared).
"""

from trustdesk.textsafety.contact.detect import detect_contacts
from trustdesk.textsafety.contact.purpose import ACCESS_GRANT, infer_purpose
from trustdesk.textsafety.contact.scan import KINDS, REQUEST, Finding

__all__ = ["ACCESS_GRANT", "KINDS", "REQUEST", "Finding", "detect_contacts", "infer_purpose"]
