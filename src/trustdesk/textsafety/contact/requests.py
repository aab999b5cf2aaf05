"""Requests and offers of a detail without the detail: "send me your number", "what's your
WhatsApp?", "¿me pasas tu correo?", "my email is in my profile", in the marketplace's languages.

Each request pattern names the words it needs (``_NEED_BITS``, read from ``_Scan.held``), so only
the patterns whose words are all in the text are tried, in windows around their trigger words."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from trustdesk.textsafety import lexicon as lx
from trustdesk.textsafety.contact.emails import _MAIL_WORDS, _mail_by_what_is_sent
from trustdesk.textsafety.contact.gates import _ASKING_GATE, _GATE_COUNT, _REQUESTS_GATE
from trustdesk.textsafety.contact.scan import _ASKED, _NAMED, _WORDS, REQUEST, _matches, _Scan
from trustdesk.textsafety.lexicon import words

_ASK = (
    r"(?:send|share|give|drop|pass|provide|leave|tell|text|dm|pm|post|write|put|forward|shoot"
    r"|needs?|needed|requires?|want|have|get|got|exchange|swap|trade|ask(?:ing)?\s+for|mind\s+sharing"
    r"|what(?:'s|s|\s+is|\s+are)?|whats|where(?:'s|\s+is)?|gimme|lemme\s+(?:get|have)"
    r"|(?:may|can|could)\s+i\s+(?:get|have|ask\s+for|grab|take)"
    r"|(?:can|could|would|will)\s+(?:you|u)\s+(?:send|share|give|drop|pass|dm|text|provide)"
    r"|(?:you|u)\s+(?:send|share|give|drop)|pls|please|plz|kindly)"
)
_YOUR = r"(?:your|ur|yr|ya|you(?:r)?\s+own)"
_ASK_MORE = (
    r"(?:reply|respond|answer|get\s+back)\s+with|confirm|include|let\s+me\s+know|lmk|tell\s+me"
)
_QUALIFIER = (
    r"(?:(?:personal|private|direct|best|preferred|contact|home|work|full|own|current|actual"
    r"|real|business|office|mobile|cell|phone|whatsapp|viber|telegram|skype|signal|paypal"
    r"|payoneer|gmail)\s+)?"
)
_PHONE_OBJECT = (
    r"(?:(?:phone|cell|cellphone|mobile|whatsapp|contact|telephone|tel|personal|direct|work"
    r"|home|viber|signal|telegram)\s*(?:number|no\b\.?|num\b|nr\b|#)|number|digits|phone(?!\s+screen)"
    r"|cell(?:\s?phone)?|mobile|telephone|celular|numero|telefone|telefono)"
    r"(?!\s*(?:of|one|1|model|screen|camera|case|brand|type|os|size|version|app|apps|browser"
    r"|settings|view|layout|design|device|devices|friendly|responsive|users|site|number|numbers"
    r"|first|plan|bill|provider|carrier|support|call)\b)"
)
_EMAIL_OBJECT = (
    r"(?:e-?\s?mail|gmail|mail|correo|courriel)\b(?:\s*(?:address|addy|id|adress|adres))?"
    r"(?!\s*(?:marketing|list|lists|campaign|campaigns|newsletter|newsletters|template"
    r"|templates|signature|signatures|sequence|sequences|automation|automations|inbox|inboxes"
    r"|provider|client|platform|copy|subject|subjects|open|deliverability|setup|flow|flows"
    r"|management|support|service|outreach|domain|blast|blasts|design|designs|server|servers"
    r"|settings|notifications|verification|marketing|body|content|draft|drafts|reply|replies"
    r"|box|filter|filters|rules|tracking|open|history|thread|threads|chain)\b)"
    # (A choice of mail service, not an address: "is your team on gmail or outlook?")
    r"(?!\s+or\s+(?:outlook|yahoo|gmail|hotmail|google|microsoft|office|exchange|zoho)\b)"
)
_ADDRESS_OBJECT = (
    r"(?:(?:home|mailing|postal|shipping|delivery|full|physical|street|office|residential"
    r"|billing|house|postal|post)\s+)?(?:address|addy|adress)"
    r"(?!\s*(?:bar|book|field|fields|line|lines|space|validation|autocomplete|form|forms"
    r"|lookup|verification|format|formats|data|column|columns|list|lists|label|labels)\b)"
)
_CONTACT_OBJECT = (
    r"(?:contact\s*(?:details|detail|info|information|no\b\.?|number)|contacts|personal\s+contact"
    r"|direct\s+contact|contact(?!\s*(?:form|forms|page|pages|list|lists|us|center|centre"
    r"|person|section|button|field|fields|management|database|data)\b))"
)


# (Indonesian fuses "your" and "its" to the word: "emailnya", "emailmu".)
_EMAIL_WORD = re.compile(
    r"e-?\s?mail(?:\b|nya\b|mu\b)|gmail|inbox|\bmail\s+id|^mail$|correo|courriel|\bmail\b(?!ing)"
)


def _object_kinds(phrase: str, preceding: str, following: str = "") -> tuple[str, ...]:
    if re.search(r"(?:contact|contato|kontak)(?!\s*(?:no|number))", phrase):
        return ("phone", "email")
    if re.search(r"addy|address|adress|direccion|endereco|adresse|pata|alamat", phrase):
        if _EMAIL_WORD.search(phrase) or (
            phrase in {"address", "addy"}
            and not _sent_by_post(preceding, following)
            and (
                _EMAIL_WORD.search(preceding)
                # "the best address to send the signed contract to?": documents go by email
                or _mail_by_what_is_sent(preceding + following, 0, 0)
            )
        ):
            return ("email",)
        return ("physical_address",)
    if _EMAIL_WORD.search(phrase):
        return ("email",)
    return ("phone",)


# Calling or texting someone is asking for their phone ("can I call you?", "text me when
# it's ready"), unless it stays on the platform or goes through an app or a video call ("call
# me here", "text me on WhatsApp", "a call through the video call button"): the app and video
# detectors find those.
_NOT_BY_PHONE = (
    r"(?![^.!?\n]{0,40}?(?:\b(?:here(?!['’]s)|platform|upwork|fiverr|plataforma|plateforme"
    r"|aqui|aca|ici|yahan|dito|disini|video\s*(?:call|chat|meeting))\b|\b(?:on|in|via|through"
    r"|thru|over|by|using|with|pe|par|por|pelo|pela|no|na|sur|sa|lewat|di)\s+(?:the\s+|this\s+"
    r"|a\s+|my\s+|your\s+)?(?:messages|chat|app|site|zoom|teams|meet|google\s+meet|skype"
    r"|whatsapp|whats|wa|zap|wpp|wsp|telegram|tg|signal|viber|discord|slack|wechat|messenger"
    r"|imessage|facetime|line|video|videollamada|videochamada|green\s+app|webhook|webhooks|api"
    r"|endpoint|callback|bot)\b))"
)
# When a call or a text is to happen ("call me tomorrow", "text me when it's done").
_CALL_WHEN = (
    r"(?:now|later|tonight|tomorrow|today|back|asap|rn|real\s+quick|quickly|right\s+now|anytime"
    r"|any\s+time|when|whenever|once|if|after|before|in\s+(?:a|an|\d+|five|ten|few|half)"
    r"|at\s+\d|this\s+(?:morning|afternoon|evening|weekend|week)|directly|personally"
    r"|privately|on\s+(?:my|your|ur|the)\s+(?:phone|cell|mobile|number|landline))\b"
)
# What a text or a call offers when it is a product's message, not a person's ("we'll text you
# a code").
_NOT_A_PERSON_CALLING = (
    r"(?!\s+(?:a\s+|an\s+|the\s+|your\s+)?(?:verification|confirmation|one-time|login"
    r"|security|code|codes|otp|pin|reminder|reminders|notification|notifications|alert|alerts)"
    r"\b)"
)
# What follows "give you a ring" or "send me a text" when it is no call ("a ring design", "a
# text file").
_NOT_A_CALL = (
    r"(?!\s+(?:design|designs|size|sizes|mockup|mockups|render|renders|model|models|light|lights"
    r"|sample|samples|photo|photos|box|of|file|files|doc|document|version|block|field|editor"
    r"|copy|to\s+action)\b)"
)
# How the use of a detail asked for opens after it, in the hints of ``_detail_request``.
_DETAIL_NEXT = (
    r"(?:(?:that|where|which|for|at\s+which)\s+)?(?:to|i|we|you|u|they|he|she|can|could|should"
    r"|do|shall)\b"
)
# What the detail is for: reaching the asker's reader, or a stranded "to" ("the best email to
# send the invoice to?"), which "an email to send to my subscribers" has not.
_DETAIL_USE = (
    r"(?:(?:reach|contact|call|text|ring|phone|message|whatsapp|get\s+(?:hold\s+of|in\s+touch"
    r"\s+with))\s+(?:you|u)\b|(?:reach|contact|call|text|ring)(?=\s*(?:[?.!,;]|$)|\s+(?:on|at"
    r"|and|so|if|when|please|pls|later|now|tomorrow|today)\b)"
    r"|(?:send|mail|e-?mail|ship|post|forward|deliver|write|courier|dispatch|invoice|bill)\b"
    r"(?:\s+[\w'’-]+){0,8}?\s+(?:to|at)(?=\s*(?:[?.!,;:)]|$)|\s+(?:please|pls|plz|thanks|thx"
    r"|if|so|and|or|as|when|because|instead)\b)|receive\b)"
)


def _detail_request(detail: str) -> str:
    """The request pattern for a ``detail`` asked for without "your" (a regex).

    "what's the best email to send it to?", "can you give me an email to send it to?", "is
    there a number I can reach you at?", "a mailing address where you can receive a package".
    (One pattern for each detail's last word, which opens its hint, as in ``_calling``.)
    """
    return (
        r"(?=[dghilprstuwy])"
        r"\b(?:what(?:['’]s|s|\s+is|\s+are|\s+would\s+be)?|which(?:\s+is)?|(?:give|send|share"
        r"|drop|leave|pass|tell|provide|text|dm|suggest|recommend)\s+(?:me|us)|is\s+there"
        r"|do\s+(?:you|u)\s+have|have\s+(?:you|u)\s+got|(?:you|u)\s+(?:have|got))"
        r"\s+(?:(?:the|a|an|any|some|one)\s+)?(?:(?:best|preferred|right|correct|good|easiest"
        r"|proper|other|personal|direct|private|work|backup|alternate|alternative)\s+)?"
        rf"(?P<object>{detail})(?!\s+(?:of|field|fields|format|formats|template|templates|list"
        r"|lists|marketing|campaign|campaigns|bar|validation|column|columns|lookup"
        r"|verification)\b)\s+(?:(?:that|where|which|for|at\s+which)\s+)?(?:to"
        r"|(?:i|we|you|u|they|he|she)(?:['’](?:d|ll))?(?:\s+(?:can|could|should|may|might|would"
        r"|will|prefer\s+to|want\s+to|like\s+to))?|(?:can|could|should|do|shall)\s+(?:i|we))"
        r"\s+(?:(?:just|best|easily|quickly|also|then|safely|directly)\s+)?" + _DETAIL_USE
    )


# The Spanish and Portuguese "number of" an app or a phone ("tu número de WhatsApp").
_NUMBER_OF = (
    r"numero(?:\s+(?:de|do|da)\s+(?:whatsapp|whats|wsp|wpp|wasap|zap|telegram|signal|viber"
    r"|telefono|telefone|telephone|celular|cel|movil|portable|contacto|contato))?"
)
# Indonesian: the reader, as a chat addresses them ("kak", "mas", "anda").
_ID_YOU = r"(?:kamu|kakak|kak|anda|mas|mbak|mba|bapak|ibu|gan|agan|kk)"


def _calling(verbs: str, *, naming: bool) -> str:
    """The request pattern for calling or texting someone with one of ``verbs`` (a regex).

    "can I call you?", "I'll text you tonight", "could you call me?", "text me when it's
    ready". A verb that also names someone ("call me Jen") counts before "me" only with how
    the call is to happen after it ("call me back", "call me at 5", "call me 0803...").
    (One pattern for each verb, so that each has a hint opening with the verb itself: `re`
    skips ahead to a literal fast, but tries a hint that opens with a choice of letters at
    every one of them, which costs more than the rest of the requests together.)
    """
    me = rf"me(?=\s*(?:[?.!,;:)]|$)|\s+(?:at|on|up|{_CALL_WHEN}))" if naming else r"me\b"
    number_next = r"me(?=\s*[:@-]?\s*[+(]?\d)" if naming else r"me\b"
    return (
        r"(?=[abcefghiklmnopqrstw])"
        r"\b(?P<object>(?:(?<!\bhow\s)(?<!\bwhat\s)(?:can|could|may|shall|should)\s+i"
        r"|(?:i|we)(?:['’](?:ll|d)|\s+(?:will|would|can|could|may|might|shall))"
        r"|let\s+me|lemme|(?:want|like|need)\s+me\s+to|(?:ok|okay|alright|fine|mind)\s+if\s+i"
        r"|(?:free|happy|easier|easiest|better|faster|quicker|simpler|ok|okay|alright|possible|able"
        r"|want|wanted|like|love|prefer|need|try|going)\s+to|gonna|wanna)"
        r"\s+(?:(?:just|quickly|also|then|rather|actually|maybe|probably|happily|really)\s+)"
        rf"{{0,2}}(?:{verbs})"
        r"\s+(?:you|u)\b"
        r"|(?:(?:can|could|would|will)\s+(?:you|u)|pls|please|plz|kindly|feel\s+free\s+to)"
        rf"\s+(?:just\s+|quickly\s+|also\s+|maybe\s+)?(?:{verbs})\s+{me}"
        rf"|(?:{verbs})\s+(?:you|u|me)\s+{_CALL_WHEN}|(?:{verbs})\s+{number_next})"
        + _NOT_A_PERSON_CALLING
        + _NOT_BY_PHONE
    )


# Each pattern but one opens with a look-ahead for the letters it can start with: it changes
# no match, and it turns away the positions where the pattern cannot start before the engine
# tries every alternative of the opening group there.
_REQUEST_PATTERNS: Final = tuple(
    re.compile(pattern)
    for pattern in (
        # "send me your number", "what's your email?", "can I get your WhatsApp number"
        r"(?=[acdefghiklmnprstuwy])"
        rf"\b(?:{_ASK}|{_ASK_MORE})\s+(?:me\s+|us\s+|over\s+)?(?:also\s+)?{_YOUR}\s+{_QUALIFIER}"
        rf"(?P<object>{_PHONE_OBJECT}|{_EMAIL_OBJECT}|{_ADDRESS_OBJECT}|{_CONTACT_OBJECT})",
        # "your PayPal email", "your Apple ID email": a couple of words may qualify an email
        r"(?=[acdefghiklmnprstuwy])"
        rf"\b(?:{_ASK}|{_ASK_MORE})\s+(?:me\s+|us\s+)?{_YOUR}\s+(?:[a-z]+\s+){{1,2}}?"
        rf"(?P<object>{_EMAIL_OBJECT})",
        r"(?=[uy])"
        rf"\b{_YOUR}\s+(?:[a-z]+\s+){{1,2}}?(?P<object>{_EMAIL_OBJECT})\b[^.!?\n]{{0,40}}\?",
        # "what email should I use?", "which number should he call?"
        r"(?=[w])"
        r"\b(?:what|which)\s+(?P<object>e-?mail(?:\s+address)?|address|number|phone\s+number"
        r"|(?:mailing|shipping|home)\s+address)\s+(?:should|do|can|could|shall|would)\s+(?:i|we"
        r"|he|she|they|my\s+\w+)\s+(?:use|send|call|write|reach|text|ship|mail|put|add|invite)\b",
        # "where should I ship it?"
        r"(?=[w])"
        r"\bwhere\s+(?:should|do|can|shall|could)\s+(?:i|we)\s+(?:ship|send|mail|deliver|post"
        r"|courier)\b(?P<object>)",
        # "move this to email", "send it over email", "can I email you"
        r"(?=[cdmst])"
        r"\b(?:send|share|talk|chat|continue|move|discuss|communicate|switch|take)\b[^.?!\n]{0,30}?"
        r"\b(?:over|via|by|through|to|on)\s+(?P<object>e-?mail|gmail)\b(?!\s+(?:marketing|list"
        r"|campaign|template|newsletter|automation))",
        r"(?=[cilms])"
        r"\b(?:i'?ll|i\s+will|can\s+i|could\s+i|may\s+i|let\s+me|i\s+can|shall\s+i)\s+(?P<object>"
        r"e-?mail|mail)\s+(?:you|u)\b",
        r"(?=[efms])"
        r"\b(?:send|mail|forward|email)\s+(?:it|them|this|that|the\s+\w+)\s+(?:to|on)\s+my\s+"
        r"(?P<object>gmail|e-?mail|inbox|personal\s+e-?mail)\b",
        # "my phone is on my site's contact page"
        r"(?=[m])"
        r"\bmy\s+(?P<object>phone|number|cell|mobile|e-?mail|contact\s+details|contact\s+info"
        r"|address)(?:\s+number)?(?:['’]s|\s+(?:is|are))\s+(?:on|in)\s+my\s+(?:web\s?)?(?:site"
        r"|page|website|profile|bio|contact\s+page|site's\s+contact\s+page|cv|portfolio"
        r"|business\s+card|card|signature)",
        # "the best way to reach you outside of here"
        r"(?=[cgrt])"
        r"\b(?:reach|contact|talk\s+to|get\s+in\s+touch\s+with|get\s+hold\s+of|call|text)\s+"
        r"(?:you|u)\s+(?P<object>outside|off\s+(?:the\s+)?platform|directly|privately|personally"
        r"|off-platform)\b",
        # "your number?", "your email please", "your address so I can ship"
        r"(?=[uy])"
        rf"\b{_YOUR}\s+{_QUALIFIER}(?P<object>{_PHONE_OBJECT}|{_EMAIL_OBJECT}|{_ADDRESS_OBJECT}"
        rf"|{_CONTACT_OBJECT})\s*(?:\?|pls\b|please\b|plz\b|asap\b|so\s+(?:i|we)\s+can\b"
        r"|to\s+(?:call|text|reach|contact|add|send|ship|mail|whatsapp)\b|and\s+(?:i|we)'?ll\b"
        r"|\s*$)",
        # "phone number?", "contact details please", "email address?"
        r"(?:^|[.!?,:]\s*|\b(?:and|or|also)\s+)(?P<object>(?:phone|cell|mobile|contact|whatsapp)"
        r"\s*(?:number|no\.?|num|details|info)|e-?mail(?:\s+address)?|mailing\s+address"
        r"|home\s+address)\s*(?:\?|pls\b|please\b|plz\b)",
        # "I'll send you my number", "here is my email", "my number is", "my cell:"
        r"(?=[dfgpst])"
        r"\b(?:send|give|share|text|dm|pm|drop|forward|pass)\s+(?:you|u)\s+(?:my|our)\s+"
        rf"{_QUALIFIER}(?P<object>{_PHONE_OBJECT}|{_EMAIL_OBJECT}|{_ADDRESS_OBJECT}"
        rf"|{_CONTACT_OBJECT})",
        r"(?=[m])"
        rf"\bmy\s+{_QUALIFIER}(?P<object>(?:phone|cell|cellphone|mobile|whatsapp|contact"
        r"|telephone|personal|direct|work|home)\s*(?:number|no\b\.?|num\b|#)|number|cell"
        r"|e-?mail(?:\s+address)?|gmail|(?:home\s+|office\s+)?address)\s*(?:is\b|:|=|-\s)",
        # "call me at", "text me on", "email me at", "reach me directly"
        r"(?=[cemprst])"
        r"\b(?P<object>call|text|txt|ring|sms|phone|e-?mail|mail)\s+me\s+(?:at|on|@|directly"
        r"|personally|privately)\b(?!\s+(?:here|upwork|the\s+platform|this\s+platform|messages"
        r"|whatsapp|telegram|skype|zoom|teams|signal|viber|wechat|discord|slack|meet|google"
        r"|(?:the\s+|this\s+)?(?:green\s+)?(?:app|chat|site)\b|video))",
        r"(?=[g])"
        r"\bgive\s+me\s+a\s+(?P<object>call|ring|text|buzz)\s+(?:at|on)\b(?!\s+(?:here|upwork"
        r"|messages|whatsapp|telegram|skype|zoom|teams|signal|viber))",
        # "talk by phone", "discuss over the phone"
        r"(?=[cdgrst])"
        r"\b(?:talk|chat|discuss|speak|call|continue|catch\s+up|go\s+over\s+(?:it|this|that)"
        r"|reach|contact)\s+(?:it\s+|this\s+|more\s+|me\s+|you\s+|u\s+)?(?:by|over\s+the|on\s+the"
        r"|via)\s+(?P<object>phone|telephone)\b",
        # "where do you live", "your location" for a visit
        r"(?=[wy])"
        r"\b(?:where\s+do\s+you\s+live|where\s+are\s+you\s+located\s+exactly|your\s+exact"
        r"\s+location)\b(?P<object>)",
        # Spanish, Portuguese, French ("tu número de WhatsApp", "donner son e-mail")
        r"(?=[cdefilmpqstv])"
        r"\b(?:tu|su|pasame\s+tu|dame\s+tu|me\s+(?:pasas|das|mandas|envias|compartes)\s+(?:tu|su)"
        r"|cual\s+es\s+tu|seu|teu|sua|tua|me\s+passa\s+(?:o\s+)?(?:seu|teu)|qual\s+(?:e\s+)?(?:o\s+)?"
        r"(?:seu|teu)|manda\s+(?:o\s+)?(?:seu|teu)|ton|votre|ta|tes|vos|(?:donner|donnez|donne"
        r"|envoyer|envoyez|envoie|passer|passez|communiquer|communiquez|transmettre|transmettez"
        r"|laisser|laissez|filer)(?:[-\s]moi)?\s+(?:son|sa|leur))\s+"
        rf"(?P<object>{_NUMBER_OF}|num|telefono|telefone|tel|celular|cel|movil|portable"
        r"|correo(?:\s+electronico)?|e-?mail|gmail|mail|courriel"
        r"|direccion(?:\s+de\s+(?:correo|e-?mail))?"
        r"|endereco(?:\s+de\s+e-?mail)?|adresse(?:\s+(?:e-?mail|mail|electronique))?|contacto"
        r"|contato)\b(?!\s+(?:de|da|do|del|des|du)\b)",
        # Hindi and Urdu in Latin letters
        r"(?=[at])"
        r"\b(?:apna|apni|apne|aapka|aapki|aapke|apka|apki|apke|(?:aap|ap)\s+(?:ka|ki|ke)|tumhara"
        r"|tumhari|tera|teri)\s+(?P<object>(?:contact|whatsapp|mobile|phone)\s+(?:number|no|num)"
        r"|number|no|num|phone|mobile|contact|email|mail(?:\s+id)?|gmail|address"
        r"|(?:ghar|office)\s+ka\s+pata|pata)\b"
        # (Not the work: "aapki email list", "apna email campaign".)
        r"(?!\s+(?:list|lists|marketing|campaign|campaigns|newsletter|template|templates"
        r"|signature|server|setup|automation|sequence)\b)",
        r"(?=[acdegmnopw])"
        # (Not the number of an invoice, an order or a ticket: "invoice number bata do".)
        r"\b(?<!invoice\s)(?<!order\s)(?<!tracking\s)(?<!ticket\s)(?<!account\s)(?<!serial\s)"
        r"(?<!roll\s)(?<!page\s)(?<!bill\s)"
        r"(?P<object>number|mobile\s+number|phone\s+number|contact\s+(?:number|no)"
        r"|whatsapp\s+number|email(?:\s+id)?|mail\s+id|gmail|address"
        r"|(?:ghar|office|dukaan|dukan)\s+ka\s+pata|pata)"
        r"\s+(?:bhejo|bhej\s+do|bhejiye|de\s+(?:do|dijiye|dijie|dena)|dedo|dijiye|dijie|dena"
        r"|share\s+karo|share\s+kar\s+do|send\s+karo|chahiye|do\s+na|do\s+(?:apna|apni)"
        r"|bata\s+(?:do|dijiye|dena|sakte|sakta|sakti)|batao|bataiye|bataye|batayein"
        r"|mil\s+(?:sakta|sakti|skta|sakega))\b",
        # Tagalog
        r"(?=[acen])"
        r"\b(?P<object>number|num|cp|cellphone|email|address|contact)\s+(?:po\s+)?(?:mo|niyo|nyo"
        r"|ninyo|nio)\b",
        r"(?=[p])"
        r"\b(?:pahingi|penge|pa-?send)\s+(?:ng\s+|naman\s+ng\s+)?(?P<object>number|num|cp"
        r"|email|address|contact)\b",
        # "can I call you real quick?", "I'll text you tonight", "just text me when..."
        _calling("call", naming=True),
        _calling("phone", naming=True),
        _calling("text|txt", naming=False),
        _calling("ring|sms", naming=False),
        # "want me to give you a ring?", "gimme a buzz"
        r"(?=[g])"
        r"\b(?P<object>(?:give\s+(?:you|u|me)|gimme)\s+a\s+(?:quick\s+)?(?:call|ring|buzz|bell))\b"
        rf"{_NOT_A_CALL}" + _NOT_BY_PHONE,
        # "I'll shoot you a text", "send me a quick sms"
        r"(?=[ds])"
        r"\b(?P<object>(?:shoot|send|drop)\s+(?:me|you|u)\s+a\s+(?:quick\s+)?(?:text|txt|sms))\b"
        # (Not a piece of copy: "send me a text for the About page", "a text about us".)
        rf"{_NOT_A_CALL}(?!\s+(?:for|about|on|with|that|which|to)\b)" + _NOT_BY_PHONE,
        # The same in Spanish, Portuguese, French, Tagalog and Indonesian
        r"(?=[adegjlmnpqrstv])"
        r"\b(?P<object>llamame|llamarme|llamarte|te\s+(?:llamo|llamare|(?:puedo|podria)\s+llamar)"
        r"|me\s+(?:llamas|(?:puedes|podrias|puede|podria)\s+llamar)|(?:puedo|podria|quiero"
        r"|prefiero)\s+llamarte"
        # ("Marcar" is to mark as well as to dial: "te marco los cambios en rojo".)
        r"|(?:marcame|te\s+(?:marco|(?:puedo|podria)\s+marcar)|me\s+(?:marcas|(?:puedes|podrias"
        r"|puede|podria)\s+marcar))(?!\s+(?:los|las|el|la|lo|un|una|unos|unas|con|en\s+rojo|todo"
        r"|todos|cada)\b)"
        r"|me\s+(?:liga|ligue|ligar|ligam)|(?:liga|ligue|ligar)-me|te\s+(?:ligo|ligar|ligarei"
        r"|ligamos|ligue)|lhe\s+(?:ligo|ligar|ligue)|(?:ligo|ligar|liga|ligue|ligamos)\s+(?:pra"
        r"|para|pro)\s+(?:voce|vc|ti|mim|o\s+senhor|a\s+senhora)"
        r"|(?:r?appelle|r?appelez|telephonez|textez)[-\s]moi|m['’]\s?(?:appeler|appelez"
        r"|telephoner|envoyer\s+un\s+(?:sms|texto))|(?:peux|pourrais|puis-je|vais|voudrais|veux"
        r"|aimerais|pourrions|pouvons)\s+(?:t['’]\s?|te\s+|vous\s+)(?:appeler|telephoner"
        r"|rappeler)|je\s+(?:t['’]\s?|vous\s+)(?:appelle|rappelle|telephone|envoie\s+un\s+(?:sms"
        r"|texto))|envoie(?:z)?-moi\s+un\s+(?:sms|texto)"
        r"|tawagan|tatawagan|paki-?(?:text|tawagan|tawag)|pa-?text"
        r"|(?:telp|telpon|telepon|tlp|tlpn)\s+(?:aja|saja|ya|dong|aku|saya|gw|gue|kamu|kakak|kak"
        r"|mas|mbak|sekarang|nanti|langsung)|nelpon|nelepon|menelpon|menelepon|ditelpon|ditelepon"
        r"|ditelp|(?:aku|saya|gw|gue)\s+(?:telp|telpon|telepon)|sms\s+(?:aja|saja))\b"
        + _NOT_BY_PHONE,
        # Hindi and Urdu: "mujhe call karo", "aapko call karta hoon"
        r"(?=[ahmt])"
        r"\b(?P<object>(?:mujhe|mujhko|muje|mjhe|mje|humein|hume|hamein|aapko|apko|aap\s+ko"
        r"|ap\s+ko|tumhe|tumko|tujhe)\s+(?:ek\s+|direct\s+|abhi\s+)?(?:call|phone|fone|ring)"
        r"\s+(?:karo|kar\s+do|kardo|kar\s+dena|kar\s+lena|karna|kijiye|kijie|karein|karen"
        r"|kar\s+dijiye|kar\s+sakte|kar\s+sakta|kar\s+sakti|karu|karun|karoon|karta|karti"
        r"|karunga|karungi|kar\s+deta|kar\s+deti|kar\s+lunga|kar\s+lungi))\b" + _NOT_BY_PHONE,
        # Tagalog: "text mo na lang ako", "call kita", "i-text ko po kayo"
        r"(?=[ict])"
        r"\b(?P<object>(?:i-?text|text|txt|call|tawag)\s+(?:mo|niyo|nyo|nio|ninyo)\s+(?:(?:na"
        r"\s+lang|nalang|lang|na|po)\s+)*ako|(?:i-?text|text|txt|call|tawag)\s+(?:kita|ko\s+(?:po"
        r"\s+)?kayo))\b" + _NOT_BY_PHONE,
        # "what's the best email to send it to?", "can you give me an email to send it to?",
        # "is there a number I can reach you at?"
        _detail_request(r"e-?mail|gmail"),
        _detail_request(r"(?:(?:phone|cell|mobile|contact|whatsapp|direct|personal)\s+)?number"),
        _detail_request(
            r"(?:(?:e-?mail|gmail|mailing|shipping|postal|home|delivery|physical|street|office)"
            r"\s+)?address"
        ),
        # "send me a mailing address", "give us a contact number"
        r"(?=[dgilpst])"
        r"\b(?:give|send|share|drop|leave|pass|tell|provide|text|dm)\s+(?:me|us)\s+(?:(?:a|an|the"
        r"|some)\s+)?(?:(?:good|valid)\s+)?(?P<object>(?:mailing|shipping|postal|home|delivery"
        r"|physical|street)\s+address|(?:phone|cell|mobile|contact|whatsapp|direct|personal)\s+"
        r"number)(?!\s+(?:field|fields|format|formats|template|templates|list|lists"
        r"|column|columns|validation|lookup|verification|step|page|section|form)\b)(?!\s+(?:for"
        r"|of)\s+(?:the\s+|this\s+|that\s+|each\s+|every\s+|all\s+)?(?:order|orders|customer"
        r"|customers|client|clients|buyer|buyers|user|users)\b)",
        # "whichever email you give me", "whatever number works best for you"
        r"(?=[w])"
        r"\bwh(?:ichever|atever|ich\s+ever|at\s+ever)\s+"
        # (A number one prefers or picks is a figure: only a number one gives is a phone.)
        r"(?!number\s+(?:you|u)\s+(?:(?:would|['’]d)\s+)?(?:prefer|want|like|use|pick|choose"
        r"|check)\b)(?P<object>e-?mail(?:\s+address)?|gmail|(?:phone|cell|mobile|contact|whatsapp)"
        r"\s+number|number|(?:mailing|shipping|postal|home)\s+address)\s+(?:(?:you|u)\s+(?:(?:would"
        r"|['’]d)\s+)?(?:give|send|share|provide|prefer|want|like|use|pick|choose|check)|(?:is"
        r"|works)\s+(?:best|easiest|easier)\s+for\s+(?:you|u)|suits\s+(?:you|u))\b",
        # "qual o número?", "¿cuál es el correo?"
        r"(?=[cq])"
        r"\b(?:qual|cual)\s+(?:e\s+|es\s+|seria\s+)?(?:o\s+|el\s+)?"
        rf"(?P<object>{_NUMBER_OF}|telefone|telefono|celular|e-?mail|correo|endereco"
        r"|direccion)\s*\?",
        # Indonesian: "numernya berapa?", "boleh minta email kakak?", "alamat kakak dimana?"
        r"(?=[aeklmn])"
        r"\b(?P<object>(?:nomor|nomer|numer)(?:(?:nya|mu)(?:\s+(?:hp|wa|whatsapp|telp|telepon"
        rf"|telpon|handphone|ponsel))?(?:\s+{_ID_YOU})?|\s+(?:hp|wa|whatsapp|telp|telepon|telpon"
        rf"|handphone|ponsel)(?:nya)?(?:\s+{_ID_YOU})?|\s+{_ID_YOU})\s*(?:berapa|brp|dong|\?)"
        rf"|no\.?\s+(?:hp|wa|telp|telepon)(?:nya)?(?:\s+{_ID_YOU})?\s*(?:berapa|brp)"
        rf"|(?:e-?mail|alamat\s+e-?mail)(?:(?:nya|mu)(?:\s+{_ID_YOU})?|\s+{_ID_YOU})\s*(?:apa"
        r"|berapa|dong|\?)"
        r"|alamat(?:(?:nya|mu)(?:\s+(?:rumah|lengkap|kantor|pengiriman))?(?:\s+"
        rf"{_ID_YOU})?|\s+(?:rumah|lengkap|kantor|pengiriman)(?:nya)?(?:\s+{_ID_YOU})?"
        rf"|\s+{_ID_YOU})\s*(?:dimana|di\s+mana|mana|apa|dong|\?)"
        r"|(?:(?:minta|mnta)\s+(?:dong\s+)?(?:e-?mail|alamat\s+e-?mail)|(?:minta|mnta|kirimin"
        r"|kirimkan|kasih\s+tau|kasi\s+tau)\s+(?:dong\s+)?(?:nomor|nomer|numer|no\s+(?:hp|wa)"
        r"|kontak|alamat))(?:nya|mu)?(?:\s+(?:hp|wa|whatsapp|telp|telepon|rumah|lengkap"
        rf"|kantor))?(?:\s+{_ID_YOU})?(?!\s*(?:invoice|order|pesanan|resi|rekening|antrian"
        r"|halaman|seri|kamar|meja|akun|id|website|web|situs|url|link|ip|server|domain|file"
        r"|dokumen|faktur|transaksi|produk|sku|marketing)\b))",
        # "can we do a quick phone call?", "I'd rather hop on a phone call"
        r"(?=[acdghjlprsw])"
        r"\b(?P<object>(?:let['’]?s|can\s+we|could\s+we|shall\s+we|we\s+can|we\s+could|hop\s+on"
        r"|jump\s+on|get\s+on|do|have|schedule|set\s+up|arrange|prefer|rather)\s+(?:a\s+)?(?:quick"
        r"\s+|short\s+|brief\s+)?phone\s+call)\b(?!\s*(?:script|scripts|recording|recordings"
        r"|center|centre|log|logs|transcript|transcripts)\b)" + _NOT_BY_PHONE,
        # Hindi and Urdu: "phone kar dena", "fone karo"
        r"(?=[fp])"
        r"\b(?P<object>(?:phone|fone)\s+(?:karo|kar\s+do|kardo|kar\s+dena|kijiye|kijie|kar\s+dijiye"
        r"|karna))\b" + _NOT_BY_PHONE,
        # "email me the brief", "can you email me?" (not "the client will email me the assets")
        r"(?=[acefjkoptuwy])"
        r"\b(?P<object>(?:(?:pls|please|plz|kindly|just|also|and|or|then|so|(?:can|could|would|will)"
        r"\s+(?:you|u)|feel\s+free\s+to|(?:you|u)\s+(?:can|could|may))\s+(?:just\s+|also\s+)?e-?mail"
        r"|(?<![a-z]\s)(?<![\w'’-])e-?mail)\s+me)\b" + _NOT_BY_PHONE,
        # "shoot me an email", "send us a quick email" (not "send me an email template")
        r"(?=[ds])"
        r"\b(?P<object>(?:shoot|send|drop)\s+(?:me|us)\s+a(?:n|\s+(?:quick|short))\s+e-?mail)\b"
        r"(?!\s+(?:template|templates|campaign|campaigns|newsletter|newsletters|sequence|sequences"
        r"|draft|drafts|copy|version|versions|list|blast|signature|example|examples|sample|samples"
        r"|series|marketing)\b)" + _NOT_BY_PHONE,
        # "mándame un correo", "me manda um e-mail", "écrivez-moi par mail", "mujhe email karo"
        r"(?=[eim])"
        r"\b(?P<object>(?:mandame|enviame|escribeme|mandeme|envieme|escribame)\s+(?:un\s+)?(?:correo"
        r"|e-?mail|mail)|(?:escribeme|escribame)\s+(?:al|a\s+mi|por)\s+(?:correo|e-?mail|mail)"
        r"|me\s+(?:manda|mande|envia|envie|mandas|envias)\s+(?:um\s+|un\s+)?(?:e-?mail|correo)"
        r"|(?:envoyez|envoie|ecrivez|ecris)-moi\s+(?:un\s+|par\s+)?(?:mail|e-?mail|courriel)"
        r"|(?:mujhe|mujhko|muje)\s+(?:e-?mail|mail)\s+(?:karo|kar\s+do|kardo|kar\s+dena|kijiye"
        r"|kijie|kar\s+dijiye|karna)|i-?email\s+(?:mo|niyo|nyo)\s+(?:(?:na\s+lang|nalang|lang|na"
        r"|po)\s+)*ako|e-?mail\s+(?:aku|saya)\s+(?:aja|saja|ya))\b",
        # "what's the best email?", "which is the right number?": the detail asked for alone
        r"(?=[w])"
        r"\bwh(?:at|ich)(?:['’]s|s|\s+is|\s+would\s+be)?\s+(?:(?:the|your)\s+)?(?:best|preferred"
        r"|right|easiest)\s+(?P<object>e-?mail(?:\s+address)?|inbox|(?:phone\s+)?number)\s*\?",
        # "which inbox should it go to?", "what email should the invoice go to?"
        r"(?=[w])"
        r"\bwh(?:at|ich)\s+(?P<object>inbox|e-?mail(?:\s+address)?)\s+(?:should|do|can|shall"
        r"|would)\s+(?:i|we|it|they|the\s+\w+)\s+(?:go|be\s+sent|send\s+it)\s+to\b",
        # "vous avez un numéro où je peux vous joindre ?", "¿tienes un número donde llamarte?"
        r"(?=[atv])"
        r"\b(?:vous\s+avez|avez-vous|tu\s+as|as-tu|t'as|tienes|tiene\s+usted|usted\s+tiene"
        r"|voce\s+tem|tem)\s+(?:un|una|um|uma)\s+(?P<object>numero|telefono|telefone|celular"
        r"|whatsapp)\b"
        # (Not a number of something else: "un numéro de commande", "un número de pedido".)
        r"(?!\s*(?:(?:de|do|da)\b|d')\s*(?!(?:telefono|telefone|telephone|celular|whatsapp|contacto"
        r"|contato|portable|movil)\b))[^.!?\n]{0,50}\?",
    )
)
# The words of the requests to call or text that are never English (or not the same verb
# there): every match of the pattern for Spanish, Portuguese, French, Tagalog and Indonesian
# holds one ("paki-text" holds "paki", "m'envoyer un sms" holds "sms").
_CALLING_WORDS: Final = words("""
    llamame llamarme llamarte marcame llamo llamare marco llamar marcas llamas marcar liga
    ligue ligar ligam ligo ligarei ligamos appelle appelez rappelle rappelez telephonez textez
    appeler telephoner rappeler telephone sms texto tawagan tatawagan paki pakitext pakitawagan
    pakitawag patext telp telpon telepon tlp tlpn nelpon nelepon menelpon menelepon ditelpon
    ditelepon ditelp
    """)
# Every match of the Indonesian request pattern holds one of these ("nomornya", "berapa",
# "emailnya", "alamat", "minta", or the reader: "kak", "mas").
_INDONESIAN_ASKING_WORDS: Final = words("""
    nomor nomer numer nomornya nomernya numernya nomormu nomermu numermu berapa brp emailnya
    emailmu alamat alamatnya alamatmu minta mnta kirimin kirimkan kasih kasi kamu kakak kak
    anda mas mbak mba bapak ibu gan agan kk
    """)
# The words ``_YOUR`` holds one of ("you own" holds "own").
_YOUR_FORMS: Final = frozenset({"your", "ur", "yr", "ya", "own"})
_EMAIL_WORDS: Final = frozenset({"email", "mail", "gmail", "e", "correo", "courriel", "inbox"})
_OBJECT_WORDS: Final = _EMAIL_WORDS | words("""
    number digits phone cell cellphone mobile telephone tel address addy adress contact
    contacts details info whatsapp numero telefone telefono celular cel movil num
    """)
# For each request pattern, groups of words of which the message must hold at least one
# each, or the pattern cannot match: most messages skip most patterns on a set lookup.
_REQUEST_NEEDS: Final[tuple[tuple[frozenset[str], ...], ...]] = (
    (_YOUR_FORMS, _OBJECT_WORDS),
    (_YOUR_FORMS, _EMAIL_WORDS),
    (_YOUR_FORMS, _EMAIL_WORDS),
    (
        frozenset({"what", "which"}),
        words("email e mail address number"),
        words("should do can could shall would"),
    ),
    (frozenset({"where"}),),
    (
        _EMAIL_WORDS,
        words("send share talk chat continue move discuss communicate switch take"),
        words("over via by through to on"),
    ),
    (_EMAIL_WORDS, frozenset({"you", "u"})),
    (frozenset({"my"}), _EMAIL_WORDS),
    (frozenset({"my"}), words("site website profile bio page cv portfolio card signature")),
    (frozenset({"you", "u"}), words("outside off directly privately personally")),
    (_YOUR_FORMS, _OBJECT_WORDS),
    (words("phone cell mobile contact whatsapp email e mail mailing home"),),
    # (The verb that opens a pattern is a word of the text: ``\b`` before it, a space after.)
    (
        frozenset({"my", "our"}),
        frozenset({"you", "u"}),
        _OBJECT_WORDS,
        words("send give share text dm pm drop forward pass"),
    ),
    (frozenset({"my"}), _OBJECT_WORDS),
    (frozenset({"me"}), words("call text txt ring sms phone email mail e")),
    (frozenset({"give"}),),
    (
        frozenset({"phone", "telephone"}),
        words("talk chat discuss speak call continue catch go reach contact"),
        words("by over on via"),  # a space before each and after it
    ),
    (frozenset({"live", "located", "location"}),),
    (
        words("""
            tu su seu teu sua tua ton votre ta tes vos pasame dame passa manda donner donnez
            donne envoyer envoyez envoie passer passez communiquer communiquez transmettre
            transmettez laisser laissez filer
            """),
    ),
    (words("apna apni apne aapka aapki aapke apka apki apke aap ap tumhara tumhari tera teri"),),
    (
        # The verbs' words that are never English ("de do", "do na", "share kar do", "bata do").
        words("""
            bhejo bhej bhejiye de dedo dijiye dijie dena chahiye karo kar na apna apni bata
            batao bataiye bataye batayein mil
            """),
        words("number mobile phone contact email mail gmail address pata"),
    ),
    (words("mo niyo nyo ninyo nio"),),
    (words("pahingi penge pasend pa"),),  # "pa-send" holds the word "pa"
    # (The verb, whose own word every match of the verb's pattern holds; then the person.)
    (frozenset({"call"}), words("you u me")),
    (frozenset({"phone"}), words("you u me")),
    (words("text txt"), words("you u me")),
    (words("ring sms"), words("you u me")),
    (words("give gimme"), words("call ring buzz bell")),
    (words("shoot send drop"), words("text txt sms")),
    (_CALLING_WORDS | {"pa"},),  # "pa-text" holds "pa"
    (
        words("call phone fone ring"),
        words("mujhe mujhko muje mjhe mje humein hume hamein aapko apko ko tumhe tumko tujhe"),
    ),
    (words("text txt itext call tawag"), words("mo niyo nyo nio ninyo kita ko")),
    # (The detail's word alone: the words around it are common enough to keep every text.)
    (words("email mail gmail"),),
    (frozenset({"number"}),),
    (frozenset({"address"}),),
    (words("address number"),),
    (words("whichever whatever ever"), words("email e mail gmail number address")),
    (
        words("qual cual"),
        words("numero telefone telefono celular email e mail correo endereco direccion"),
    ),
    (_INDONESIAN_ASKING_WORDS,),
    (frozenset({"phone"}), frozenset({"call"})),
    (words("phone fone"), words("karo kar kardo kijiye kijie karna")),
    (words("email e"), frozenset({"me"})),
    (words("shoot send drop"), words("email e")),
    (
        words("""
            mandame enviame escribeme mandeme envieme escribame manda mande envia envie mandas
            envias envoyez envoie ecrivez ecris mujhe mujhko muje ako aku saya
            """),
    ),
    (
        frozenset({"what", "whats", "which"}),
        words("best preferred right easiest"),
        words("email e mail inbox number"),
    ),
    (frozenset({"what", "which"}), words("email e mail inbox"), words("go sent send")),
    (words("avez as tienes tiene tem"), words("numero telefono telefone celular whatsapp")),
)
# Text the match of a request pattern must contain (one of), by pattern index: a cheaper
# check than the pattern itself for two patterns that common words would otherwise let run.
# (Part of the match, so a window without one of these can hold no match.)
_REQUEST_TEXT_NEEDS: Final[dict[int, tuple[str, ...]]] = {
    5: ("mail",),  # "e-mail", "email" or "gmail"
    11: ("?", "pls", "please", "plz"),  # how it ends ("pl" alone: "place", "plan", "simple")
    16: ("phone",),  # "phone" or "telephone"
    22: ("pahingi", "penge", "pasend", "pa-send"),
    35: ("address", "number"),
    37: ("?",),  # "qual o número?": the question mark ends every match
}
# "your number", "your home address": the reader's detail that patterns 0 and 10 both end or
# go on with, written as they write it (opening with "your" and the like, whose first letters
# `re` skips ahead to fast).
_YOUR_OBJECT = (
    rf"{_YOUR}\s+{_QUALIFIER}"
    rf"(?:{_PHONE_OBJECT}|{_EMAIL_OBJECT}|{_ADDRESS_OBJECT}|{_CONTACT_OBJECT})"
)
# A cheap regex that finds a part of every match of a request pattern, by pattern index: a
# window where it finds nothing can hold no match, and it costs a fraction of the pattern.
# (Each is a piece of its pattern, mostly the object's last word and what must follow it.
# Where the pattern opens with a fixed word ("what", "my"), the hint is the pattern from that
# word on without its opening look-ahead and ``\b``: `re` skips ahead to a literal opening
# far faster than to the several first letters of a list of words, and a window that holds
# the word rarely holds the rest.)
_REQUEST_HINTS: Final[dict[int, re.Pattern[str]]] = {
    index: re.compile(hint)
    for index, hint in {
        0: _YOUR_OBJECT,
        1: rf"{_YOUR}\s+(?:[a-z]+\s+){{1,2}}?(?:{_EMAIL_OBJECT})",
        # Pattern 2 opens with pattern 1's hint: "your PayPal email ... ?"
        2: rf"{_YOUR}\s+(?:[a-z]+\s+){{1,2}}?(?:{_EMAIL_OBJECT})",
        3: r"wh(?:at|ich)\s+(?:e-?mail(?:\s+address)?|address|number|phone\s+number"
        r"|(?:mailing|shipping|home)\s+address)\s+(?:should|do|can|could|shall|would)\s",
        5: r"(?:over|via|by|through|to|on)\s+(?:e-?mail|gmail)\b",
        6: r"mail\s+(?:you|u)\b",
        7: r"my\s+(?:gmail|e-?mail|inbox|personal\s+e-?mail)\b",
        8: r"my\s+(?:phone|number|cell|mobile|e-?mail|contact\s+details|contact\s+info"
        r"|address)(?:\s+number)?(?:['’]s|\s+(?:is|are))\s+(?:on|in)\s+my\s+(?:web\s?)?(?:site"
        r"|page|website|profile|bio|contact\s+page|site's\s+contact\s+page|cv|portfolio"
        r"|business\s+card|card|signature)",
        10: _YOUR_OBJECT,
        11: r"(?:number|no\.?|num|details|info|mail|address)\s*(?:\?|pls\b|please\b|plz\b)",
        12: r"u\s+(?:my|our)\s",
        13: rf"my\s+{_QUALIFIER}(?:(?:phone|cell|cellphone|mobile|whatsapp|contact|telephone"
        r"|personal|direct|work|home)\s*(?:number|no\b\.?|num\b|#)|number|cell"
        r"|e-?mail(?:\s+address)?|gmail|(?:home\s+|office\s+)?address)\s*(?:is\b|:|=|-\s)",
        14: r"me\s+(?:at|on|@|directly|personally|privately)\b",
        16: r"(?:by|over\s+the|on\s+the|via)\s+(?:tele)?phone\b",
        20: r"(?:number|mail|id|address|pata|no)\s+(?:bhej|de\s+d|dedo|dij|dena|share\s+kar"
        r"|send\s+karo|chahiye|do\s+na|do\s+ap|bata|mil\s+s)",
        23: r"call\s+(?:you|u|me)\b",
        24: r"phone\s+(?:you|u|me)\b",
        25: r"xt\s+(?:you|u|me)\b",  # "text" or "txt"
        26: r"(?:ring|sms)\s+(?:you|u|me)\b",
        27: r"(?:give\s+(?:you|u|me)|gimme)\s+a\s+(?:quick\s+)?(?:call|ring|buzz|bell)\b",
        28: r"(?:shoot|send|drop)\s+(?:me|you|u)\s+a\s+(?:quick\s+)?(?:text|txt|sms)\b",
        30: r"k(?:ar|ij)",  # "karo", "kar do", "kijiye"...
        # (The detail and how its use opens: "email to", "number I", "address where")
        32: rf"mail\s+{_DETAIL_NEXT}",
        33: rf"number\s+{_DETAIL_NEXT}",
        34: rf"address\s+{_DETAIL_NEXT}",
        35: r"(?:me|us)\s+(?:(?:a|an|the|some)\s+)?(?:(?:good|valid)\s+)?(?:mailing|shipping|postal"
        r"|home|delivery|physical|street|phone|cell|mobile|contact|whatsapp|direct|personal)\s",
        36: r"wh(?:ichever|atever|ich\s+ever|at\s+ever)\s",
        39: r"phone\s+call\b",
        40: r"one\s+k(?:ar|ij)",  # "phone karo", "fone kijiye"
        44: r"(?:best|preferred|right|easiest)\s+(?:e-?mail(?:\s+address)?|inbox"
        r"|(?:phone\s+)?number)\s*\?",
        45: r"(?:inbox|mail|address)\s+(?:should|do|can|shall|would)\s",
        46: r"(?:un|una|um|uma)\s+(?:numero|telefono|telefone|celular|whatsapp)\b",
        41: r"mail\s+me\b",
        42: r"a(?:n|\s+(?:quick|short))\s+e-?mail\b",
    }.items()
}
# The request patterns looked for in the whole text instead of in windows, by index: each has
# a hint that opens with a literal ("call", "mail"), which `re` finds fast in the whole text,
# and each meets its word needs in many texts it has no match in ("call" and "you" anywhere
# in them), which would otherwise pay for windows and a search in each. (Every match of each
# holds a trigger word, so a window around it holds it too, as far as the pattern reads.)
_WHOLE_TEXT_REQUESTS: Final = frozenset({23, 24, 25, 26, 27, 28, 32, 33, 34, 39, 40, 41, 42})
_REQUEST_TRIGGER_WORDS: Final = _CALLING_WORDS | words("""
    number digits phone cell cellphone mobile telephone email mail gmail address addy adress
    contact contacts call text txt ring sms live located location numero telefone telefono
    celular cel movil portable correo courriel direccion endereco adresse contacto contato
    pata cp num tel ship send deliver courier inbox reach outside directly privately buzz bell
    fone tawag itext hp kontak nomor nomer numer nomornya nomernya numernya nomormu nomermu
    numermu emailnya emailmu alamat alamatnya alamatmu
    """)


# The patterns that address the reader ("your number"): each holds ``_YOUR`` outside any
# optional group, at a word's start and followed by a space, so a window without that can hold
# no match of theirs. (Flags by index, not a set of patterns: hashing a compiled pattern hashes
# all of its code, about 10 microseconds each time.)
_ADDRESSED: Final = tuple(_YOUR in pattern.pattern for pattern in _REQUEST_PATTERNS)
# ``\b{_YOUR}\s``, opening with "y" or "u" (which `re` skips ahead to fast) and looking back
# from there for the word's start.
_ADDRESSING = re.compile(r"(?:y(?<!\wy)(?:our|r|a|ou(?:r)?\s+own)|u(?<!\wu)r)\s")


def _need_bits() -> tuple[dict[str, int], list[int]]:
    """One bit for each word group of the request patterns: by word, the bits of its groups.

    Also, by pattern, the mask of the bits of all its groups. (Patterns that need the same
    group share its bit: fewer bits keep the masks small integers, cheaper to combine.)
    """
    bits: dict[str, int] = {}
    masks: list[int] = []
    group_bits: dict[frozenset[str], int] = {}
    for needs in _REQUEST_NEEDS:
        mask = 0
        for group in needs:
            bit = group_bits.get(group)
            if bit is None:
                bit = group_bits[group] = 1 << len(group_bits)
                for word in group:
                    bits[word] = bits.get(word, 0) | bit
            mask |= bit
        masks.append(mask)
    return bits, masks


# A text meets a pattern's word needs when the bits of its words cover the pattern's mask:
# one dictionary lookup per word of the text instead of a set test per group and pattern.
_NEED_BITS, _NEED_MASKS = _need_bits()
# Each request pattern with what a text must hold for it to match: the mask of its word
# groups, whether it addresses the reader, a regex of its text marks (or None; the tests hold
# it to the marks), the hint (or None), the index of the first pattern with the same hint
# (patterns 0 and 10 share one: each window is searched once) and the marks themselves (or
# None), which ``_find_requests`` looks for with ``str.find``: a regex of marks that open with
# different letters steps through the window a character at a time, tens of times slower than
# ``str.find``, and even a regex of one mark costs more to call.
_REQUEST_RULES: Final = tuple(
    zip(
        _REQUEST_PATTERNS,
        _NEED_MASKS,
        _ADDRESSED,
        [
            re.compile("|".join(map(re.escape, marks))) if marks is not None else None
            for marks in map(_REQUEST_TEXT_NEEDS.get, range(len(_REQUEST_PATTERNS)))
        ],
        [_REQUEST_HINTS.get(index) for index in range(len(_REQUEST_PATTERNS))],
        [
            min(other for other, same in _REQUEST_HINTS.items() if same is hint)
            if (hint := _REQUEST_HINTS.get(index)) is not None
            else index
            for index in range(len(_REQUEST_PATTERNS))
        ],
        list(map(_REQUEST_TEXT_NEEDS.get, range(len(_REQUEST_PATTERNS)))),
        [index in _WHOLE_TEXT_REQUESTS for index in range(len(_REQUEST_PATTERNS))],
        strict=True,
    )
)


_RequestRule = tuple[
    re.Pattern[str],
    int,
    bool,
    re.Pattern[str] | None,
    re.Pattern[str] | None,
    int,
    tuple[str, ...] | None,
    bool,
]


@lru_cache(maxsize=4096)
def _rules_met(held: int) -> tuple[_RequestRule, ...]:
    """The request rules whose word groups the bits ``held`` all meet (few distinct sets recur)."""
    return tuple(rule for rule in _REQUEST_RULES if held & rule[1] == rule[1])


def _holds(text: str, marks: tuple[str, ...], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds one of ``marks``."""
    for mark in marks:  # noqa: SIM110 (a loop: no generator to set up for each window)
        if text.find(mark, start, end) != -1:
            return True
    return False


def _find_requests(scan: _Scan) -> None:
    if not scan.held & _REQUESTS_GATE:
        return  # no window (the common case; the gate's bit: no request trigger word)
    # (The need bits of the text's words, read with the gates' bits in ``_Scan``.)
    rules = _rules_met(scan.held >> _GATE_COUNT)
    if not rules:
        return  # no pattern's words are all in the text: no window is worth building
    text = scan.text
    windows: list[tuple[int, int]] | None = None  # built when a rule first needs them
    # Whether a hint matched in a window, by (the hint's first pattern, the window's start).
    # (Keyed by index: hashing a compiled pattern hashes all of its code.)
    hinted: dict[tuple[int, int], bool] = {}
    # Whether a window addresses the reader, by its start: asked last, of the few windows
    # the marks and the hint kept (every pattern that addresses the reader has a hint).
    addressed: dict[int, bool] = {}
    for pattern, _mask, addressing, _marks, hint, hint_key, text_marks, whole in rules:
        if whole:
            # (Its hint, which opens with a literal, in the whole text: no window is needed.)
            if hint is not None and hint.search(text) is not None:
                _find_request(scan, pattern, [(0, len(text))])
            continue
        if windows is None:
            windows = scan.windows(_REQUEST_TRIGGER_WORDS, 90, 60)
        candidates = windows
        if text_marks is not None:
            # The mark is part of every match: only the windows holding one can have one.
            candidates = [window for window in candidates if _holds(text, text_marks, *window)]
        if hint is not None:
            kept = []
            for window in candidates:
                key = (hint_key, window[0])
                found = hinted.get(key)
                if found is None:
                    found = hinted[key] = hint.search(text, *window) is not None
                if found:
                    kept.append(window)
            candidates = kept
        if addressing and candidates:
            kept = []
            for window in candidates:
                found = addressed.get(window[0])
                if found is None:
                    found = addressed[window[0]] = _ADDRESSING.search(text, *window) is not None
                if found:
                    kept.append(window)
            candidates = kept
        if candidates:
            _find_request(scan, pattern, candidates)


_APP_IN_REQUEST = re.compile(r"\b(?:whatsapp|viber|signal|telegram|whats|wsp|wpp|wasap|zap|wa)\b")
_APP_BY_NICKNAME: Final = {
    "whats": "whatsapp",
    "wsp": "whatsapp",
    "wpp": "whatsapp",
    "wasap": "whatsapp",
    "zap": "whatsapp",
    "wa": "whatsapp",
}


def _find_request(scan: _Scan, pattern: re.Pattern[str], windows: list[tuple[int, int]]) -> None:
    """Add what one request pattern finds in the windows around request words."""
    text = scan.text
    for match in _matches(pattern, text, windows):
        phrase = match.group("object") or "address"
        if phrase in {"call", "text", "txt", "ring", "sms", "phone", "buzz"}:
            kinds: tuple[str, ...] = ("phone",)
        elif phrase.startswith(("outside", "off", "directly", "privately", "personally")):
            kinds = ("phone", "email")
        else:
            kinds = _object_kinds(
                phrase,
                text[max(0, match.start() - 80) : match.start()],
                text[match.start() : match.end() + 40],
            )
        withdrawn = _request_withdrawn(text, match.start(), match.end())
        for kind in kinds:
            if not (withdrawn and kind in _WITHDRAWABLE_KINDS):
                scan.add(kind, match.start(), match.end(), REQUEST, _ASKED)
        # The number of an app is the app too: "WhatsApp number" (the whole object), "tu número
        # de WhatsApp", "nomor WA kakak" (the app's name).
        app = _APP_IN_REQUEST.search(phrase)
        if app is not None:
            start = match.start("object") + app.start()
            scan.add(
                "messaging_app",
                start,
                match.end("object") if app.start() == 0 else start + len(app.group()),
                _APP_BY_NICKNAME.get(app.group(), app.group()),
                _NAMED,
            )


#: Words of the other languages' requests for a number or a mailbox below (Swahili, Bengali
#: and Turkish in Latin letters, Vietnamese without its accents) and of the English ones
#: ("what number do you use for WhatsApp?", "my number's in my portfolio PDF").
_DETAIL_DOCUMENTS: Final = words("""
    portfolio cv resume pdf deck profile bio website site card signature brochure kit file
    document doc proposal letter
    """)
_ASKED_DETAILS: Final = words("number phone cell mobile contact email whatsapp")
_ASKED_APPS: Final = words("whatsapp whats wa viber signal telegram imo zalo line")
_BENGALI_YOU: Final = words("apnar tomar tor apnader")
_BENGALI_GIVE: Final = words("diben din den dao diba dite pathan pathaben pathao bolben bolen")
_SWAHILI_NUMBER: Final = words("namba nambari")
_VIETNAMESE_NUMBER: Final = words("sdt dt thoai")
_TURKISH_NUMBER: Final = words(
    "numarani numaraniz numaranizi numaranizin numaran telefonun telefonunuz telefonunu"
)
# The Arabic family's words written in letters only ("rakamak", "nemretak"); those with a
# digit ("ra2mak") are found by their marks.
_ARABIC_NUMBER: Final = words("""
    rakamak rakamek rakamik rakmak rakmek raqamak raqamek raqmak nemretak nemretek nimretak
    nimretek nemrtak nomretak rakam raqam rakm raqm
    """)
_REAL_WORDS: Final = words("real actual proper normal regular direct working")
_CHAT_APPS = r"(?:app|apps|whatsapp|telegram|signal|viber|messenger|chat)\b"
_REAL_NUMBER = r"(?:a|an|your)\s+(?:real|actual|proper|normal|regular)\s+(?:phone\s+)?number\b"
_MAIL_USE_VERBS: Final = words("use have check prefer")
# Each family: the kinds it asks for (none: told by its object), the word groups a text must
# hold one of each (in ``_Scan.words``), or else one of its marks (substrings, for words that
# ``_Scan.words`` splits: "ra2mak"), a cheap regex that finds a part of every match (or None),
# and the pattern.
_ASKING_FAMILIES: Final[
    tuple[
        tuple[
            tuple[str, ...],
            tuple[frozenset[str], ...],
            tuple[str, ...],
            re.Pattern[str] | None,
            re.Pattern[str],
        ],
        ...,
    ]
] = (
    (
        # Swahili: "namba yako ya simu", "nipe namba yako", "nitumie nambari yako"
        ("phone",),
        (_SWAHILI_NUMBER,),
        (),
        None,
        re.compile(
            r"\b(?:namba|nambari)\s+(?:ya\s+simu\s+)?(?:yako|yenu|yangu)\b"
            r"|\b(?:nipe|nitumie|naomba|nipatie|niachie|tuma)\s+(?:namba|nambari)\b"
        ),
    ),
    (
        # Arabic in Latin letters and in its own: "ektebli ra2mak", "rakamak", "nemretak", "رقمك"
        ("phone",),
        (),
        ("ra2", "رقم"),
        None,
        re.compile(
            r"\bra2a?m(?:ak|ek|ik|k|kom|i|y|o)?\b(?!\s+(?:el\s+)?(?:order|talab|fatoura|invoice))"
            r"|\bra[kq]a?m(?:ak|ek|ik|kom)\b|\bn[eio]mre?t(?:ak|ek|ik|kom|i|y)\b"
            r"|\bra[kq]a?m\s+(?:el\s+)?(?:telefon|tel|mobile|mobil|whatsapp|wa)(?:ak|ek|ik|kom)?\b"
            r"|رقم(?:ك|كم|ي|\s+(?:تليفونك|تلفونك|موبايلك|هاتفك|الواتس))"
        ),
    ),
    (
        # Bengali in Latin letters: "apnar email ta diben?", "tomar number dao"
        (),
        (_BENGALI_YOU,),
        (),
        None,
        re.compile(
            r"\b(?:apnar|tomar|tor|apnader)\s+(?:(?:phone|mobile|whatsapp|imo|contact)\s+)?"
            r"(?P<object>number|nombor|nambar|e-?mail|mail|gmail|address|thikana)"
            r"(?:\s+(?:ta|ti))?(?:\s+(?:ki|ekbar|please|plz))?\s*(?:diben|din|den|dao|diba"
            r"|dite\s+(?:paren|parben)|pathan|pathaben|pathao|bolen|bolben|bolo|\?)"
        ),
    ),
    (
        # ... and without the "your": "email ta diben", "number ti pathan"
        (),
        (_BENGALI_GIVE, words("ta ti")),
        (),
        None,
        re.compile(
            r"\b(?P<object>number|nombor|e-?mail|mail|gmail|address|thikana)\s+(?:ta|ti)\s+"
            r"(?:diben|den|dao|diba|dite\s+(?:paren|parben)|pathan|pathaben|pathao|bolben|bolen)\b"
        ),
    ),
    (
        # Vietnamese: "cho em xin số điện thoại", "sđt của chị"
        ("phone",),
        (_VIETNAMESE_NUMBER,),
        (),
        None,
        re.compile(
            r"\b(?:xin|gui|cho)\s+(?:(?:em|anh|chi|minh|toi)\s+xin\s+)?(?:cai\s+|so\s+)?"
            r"(?:sdt|so\s+dien\s+thoai|so\s+dt|dien\s+thoai)\b"
            r"|\b(?:sdt|so\s+dien\s+thoai|so\s+dt)\s+(?:cua\s+)?(?:ban|anh|chi|em|bac|co|chu"
            r"|minh|may)\b"
        ),
    ),
    (
        # Turkish: "numaranı verir misin?", "telefon numaranızı" (not an order's number)
        ("phone",),
        (_TURKISH_NUMBER,),
        (),
        None,
        re.compile(
            r"(?<!siparis\s)(?<!fatura\s)(?<!takip\s)(?<!kargo\s)(?<!hesap\s)(?<!musteri\s)"
            r"(?<!seri\s)(?<!kimlik\s)(?<!oda\s)"
            r"\b(?:numaran(?:i|iz|izi|izin)?|telefonun(?:uz|u)?)\b"
        ),
    ),
    (
        # "what number do you use for WhatsApp?", "which number are you on Viber with?"
        ("phone",),
        (frozenset({"number"}), _ASKED_APPS, words("what which")),
        (),
        None,
        re.compile(
            r"wh(?<![a-z]wh)(?:at|ich)\s+(?:phone\s+)?number\s+(?:do|does|would|should|can|are|is)\s+"
            r"(?:you|u|ya)\s+(?:(?:use|have|got|using)\s+)?(?:for|on|with)\s+(?:your\s+)?"
            r"(?:whatsapp|whats|wa|viber|signal|telegram|imo|zalo|line)\b"
        ),
    ),
    (
        # "I need a real number, not the app", "give me an actual number"
        ("phone",),
        (frozenset({"number"}), _REAL_WORDS),
        (),
        None,
        re.compile(
            r"\b(?:need|want|give\s+me|send\s+me|get|have|drop)\s+(?:a|an|your)\s+(?:real|actual"
            r"|proper|normal|regular|direct|working)\s+(?:phone\s+)?number"
            r"(?=\s*(?:[.!?,;]|$|not\b|instead\b|so\s+i\b|to\s+(?:call|text|reach)\b))"
            # ... or set against an app: "not the app, a real number", "a proper number, not
            # WhatsApp"
            rf"|\bnot\s+(?:the\s+|an?\s+|via\s+(?:the\s+)?)?{_CHAT_APPS}\s*[,;:-]?\s*"
            rf"(?:but\s+)?{_REAL_NUMBER}"
            rf"|{_REAL_NUMBER}\s*[,;:-]?\s*not\s+(?:the\s+|an?\s+)?{_CHAT_APPS}"
        ),
    ),
    (
        # "number's in my portfolio PDF", "my email is on my CV", "contact details are in the
        # attached deck" (not an invoice's or an order's number)
        (),
        (_DETAIL_DOCUMENTS, _ASKED_DETAILS),
        (),
        re.compile(
            r"n(?<=\s[io]n)\s+(?:my|our|the)\s+(?:attached\s+|uploaded\s+)?(?:portfolio|cv|resume"
            r"|pdf|deck|profile|bio|website|site|card|business\s+card|signature|brochure|media\s+kit"
            r"|proposal|cover\s+letter)\b"
        ),
        re.compile(
            r"(?<!invoice\s)(?<!order\s)(?<!tracking\s)(?<!account\s)(?<!serial\s)(?<!page\s)"
            r"(?<!reference\s)(?<!ticket\s)(?<!model\s)(?<!part\s)(?<!version\s)(?<!item\s)"
            r"(?<!policy\s)(?<!case\s)(?<!batch\s)(?<!project\s)(?<!job\s)"
            r"\b(?:my\s+)?(?P<object>(?:(?:phone|mobile|cell|whatsapp)\s+)?(?:number|phone|cell"
            r"|mobile)|contact\s+(?:details|info|number)|e-?mail(?:\s+address)?)"
            r"(?:['’]s|\s+is|\s+are)\s+(?:also\s+|all\s+)?(?:in|on)\s+(?P<whose>my|our|the)\s+"
            r"(?:attached\s+|uploaded\s+)?(?:portfolio|cv|resume|pdf|deck|profile|bio|website"
            r"|site|card|business\s+card|signature|brochure|media\s+kit|proposal|cover\s+letter)\b"
        ),
    ),
    (
        # "you'll find my number in my CV"
        (),
        (_DETAIL_DOCUMENTS, _ASKED_DETAILS, frozenset({"find"})),
        (),
        None,
        re.compile(
            r"\bfind\s+my\s+(?P<object>(?:(?:phone|mobile|cell|whatsapp)\s+)?number|phone"
            r"|contact\s+(?:details|info)|e-?mail(?:\s+address)?)\s+(?:in|on)\s+(?:my|the)\s+"
            r"(?:attached\s+)?(?:portfolio|cv|resume|pdf|deck|profile|bio|website|site|card"
            r"|signature|brochure|proposal)\b"
        ),
    ),
    (
        # "would you share an email address where I could send the sample?"
        ("email",),
        (_MAIL_WORDS, words("where that which")),
        (),
        re.compile(r"mail(?:\s+address)?\s+(?:where|that|to\s+which)\s+(?:i|we)\s"),
        re.compile(
            r"\b(?:share|give|provide|send|suggest|recommend|have|is\s+there)\s+(?:me\s+|us\s+)?"
            r"(?:a|an|the|any|some|your)\s+(?:e-?mail|gmail)(?:\s+address)?\s+(?:where|that"
            r"|to\s+which)\s+(?:i|we)\s+(?:can|could|should|may|might)\s+(?:send|forward|share"
            r"|mail|e-?mail|deliver)\b"
        ),
    ),
    (
        # "which email do you use?" (not a choice of mail service or of a tool)
        ("email",),
        (_MAIL_WORDS, words("what which"), _MAIL_USE_VERBS),
        (),
        None,
        re.compile(
            r"wh(?<![a-z]wh)(?:ich|at)\s+(?:e-?mail|gmail)(?:\s+address|\s+id)?\s+(?:do|would|will|should"
            r"|can)\s+(?:you|u)\s+(?:use|have|check|prefer)\b"
            r"(?!\s+for\s+(?:the\s+)?(?:marketing|newsletters?|campaigns?|the\s+store|sending))"
            r"(?![^.?!\n]{0,24}\bor\s+(?:gmail|outlook|yahoo|hotmail|zoho|office))"
        ),
    ),
)
_ASKING_FAMILY_WORDS: Final = frozenset().union(
    *(group for _kinds, needs, _marks, _hint, _pattern in _ASKING_FAMILIES for group in needs),
    _ARABIC_NUMBER,
)
# The first word group of each family (its least common), one of which a text must hold for
# any family but the Arabic one to match: most texts skip all of them on one set operation.
_ASKING_KEY_WORDS: Final = frozenset().union(
    *(needs[0] for _kinds, needs, _marks, _hint, _pattern in _ASKING_FAMILIES if needs)
)


def _asked_object_kinds(phrase: str) -> tuple[str, ...]:
    if "contact" in phrase:
        return ("phone", "email")
    if "mail" in phrase:
        return ("email",)
    if "address" in phrase or "thikana" in phrase:
        return ("physical_address",)
    return ("phone",)


_AskingFamily = tuple[
    tuple[str, ...],
    tuple[frozenset[str], ...],
    tuple[str, ...],
    re.Pattern[str] | None,
    re.Pattern[str],
]


@lru_cache(maxsize=4096)
def _asking_families_met(present: frozenset[str]) -> tuple[_AskingFamily, ...]:
    """The word-needing families whose word groups the words ``present`` all meet."""
    return tuple(
        family
        for family in _ASKING_FAMILIES
        if family[1] and all(not present.isdisjoint(need) for need in family[1])
    )


# Every word that can open a family: its key words, the Arabic words, and "ra" ("ra2mak").
_ASKING_GATE_WORDS: Final = _ASKING_KEY_WORDS | _ARABIC_NUMBER | {"ra"}
_ARABIC_ASKING_FAMILY: Final = next(family for family in _ASKING_FAMILIES if not family[1])


def _find_asking_families(scan: _Scan) -> None:
    """Requests for a number or a mailbox in the families of ``_ASKING_FAMILIES``."""
    words = scan.words
    text = scan.text
    # (Arabic script is looked for only in a text that is not ASCII, which has no shape.)
    if not scan.held & _ASKING_GATE and (scan.shape or "رقم" not in text):
        return  # (the common case; the gate's bit: no word of ``_ASKING_GATE_WORDS``)
    families: tuple[_AskingFamily, ...] = ()
    if not words.isdisjoint(_ASKING_KEY_WORDS):
        # (Few distinct sets of these words recur: the families each meets are remembered.)
        families = _asking_families_met(words & _ASKING_FAMILY_WORDS)
    if (
        ("ra" in words and "ra2" in text)
        or not words.isdisjoint(_ARABIC_NUMBER)
        or (not scan.shape and "رقم" in text)
    ):
        families = (*families, _ARABIC_ASKING_FAMILY)
    for kinds, _needs, _marks, hint, pattern in families:
        if hint is not None and hint.search(text) is None:
            continue
        for match in pattern.finditer(text):
            if match.groupdict().get("whose") == "the" and not match.group().startswith("my"):
                continue  # "the number is in the PDF": whose number is not said
            found = kinds or _asked_object_kinds(match.group("object"))
            for kind in found:
                scan.add(kind, match.start(), match.end(), REQUEST, _ASKED)


# Something mailed by post, which makes a bare "address" asked for a street one ("I'll mail you
# the shoebox of receipts, what's your address? Or a PO box?").
_MAIL_AS_POST_VERB = re.compile(r"\bmail\s+(?:you|u|it|them|this|that|the|these|those|over|out)\b")
_ELECTRONIC_MAIL = re.compile(r"e-?mail|gmail|inbox")
_POSTED_THINGS = re.compile(
    r"\b(?:p\.?\s?o\.?\s+box|box|shoebox|parcel|package|receipts?|originals?|cheque|check|postcard"
    r"|card|letter|gift|samples?|prints?|hard\s?copy|physical|post|postal|courier|usb|books?)\b"
)


def _sent_by_post(preceding: str, following: str) -> bool:
    return (
        _MAIL_AS_POST_VERB.search(preceding) is not None
        and _ELECTRONIC_MAIL.search(preceding) is None
        and _POSTED_THINGS.search(preceding + following) is not None
    )


# A request for a number or a mailbox taken back in the same sentence ("I won't ask for your
# number, I know the rules", "I'd love to talk on the phone but the rules here say we stay in
# Messages").
_NOT_ASKING_BEFORE = re.compile(
    r"\b(?:won['’]?t|will\s+not|wouldn['’]?t|not\s+going\s+to|never|don['’]?t|do\s+not|no\s+need"
    r"\s+to|not)\s+(?:even\s+|ever\s+)?\Z"
)
_RULES_AFTER = re.compile(
    r"[^.!?\n]{0,50}?\bbut\b[^.!?\n]{0,60}?\b(?:rules?|policy|tos|terms|not\s+allowed"
    r"|(?:stay|keep\s+it)\s+(?:here|in\s+messages|on\s+(?:the\s+)?platform)|call\s+button)\b"
    r"|[^.!?\n]{0,30}?\bi\s+know\s+the\s+rules\b"
)


#: The kinds whose requests ``_request_withdrawn`` may take back.
_WITHDRAWABLE_KINDS: Final = frozenset({"phone", "email", "physical_address"})


def _request_withdrawn(text: str, start: int, end: int) -> bool:
    return (
        _NOT_ASKING_BEFORE.search(text, max(0, start - 24), start) is not None
        or _RULES_AFTER.match(text, end) is not None
    )


# "Do you have Telegram? Send me your username", "punya akun TikTok gak? kasih tau username-nya",
# "Können wir per Zoom sprechen? Schicken Sie mir einen Link", "Hai un profilo LinkedIn?
# Vorrei scriverti lì": a question whether the reader has (or would talk on) a service, then
# a request for the handle, the ID or the link on it, or to write there. (Asking whether the
# reader has built with the service, "Telegram bot experience?", names a topic word after it.)
_SERVICE_KINDS: Final = {
    **dict.fromkeys(
        words("telegram line whatsapp signal viber wechat skype discord kakaotalk zalo"),
        "messaging_app",
    ),
    **dict.fromkeys(
        words("linkedin instagram insta tiktok facebook snapchat twitter"), "social_profile"
    ),
    **dict.fromkeys(words("zoom teams facetime webex"), "video_meeting"),
}
_SERVICE_WORDS: Final = frozenset(_SERVICE_KINDS)
_HANDLE_WORDS: Final = words("""
    username usernamenya usernamemu user usuario pseudo handle id nick nickname kullanici link
    enlace lien scriverti escribirte ecrire schreiben
    """)
_ASKED_ON_SERVICE = re.compile(
    r"(?:\b(?:do\s+you\s+(?:have|use)|are\s+you\s+on|got|ada|punya|pake|pakai|tienes|usas|tem"
    r"|voce\s+tem|vous\s+avez|avez-vous|tu\s+as|t'as|as-tu|hai|usi|hast\s+du|haben\s+sie"
    r"|nutzt\s+du|nutzen\s+sie|meron\s+ka(?:ng)?|may|var\s+mi)\s+(?:[\w'-]+\s+){0,3}?"
    # (Talking on it, not adding it to the work: "can we talk on Zoom?", "per Zoom sprechen".)
    r"|\b(?:can\s+we|could\s+we|shall\s+we|konnen\s+wir|koennen\s+wir|podemos|on\s+peut"
    r"|possiamo)\s+(?:[\w'-]+\s+){0,3}?(?:per|uber|via|on|over|en|por|pelo|pela|sur|su|in|di"
    r"|lewat|pe|through)\s+)"
    r"(?P<service>telegram|line|whatsapp|signal|viber|wechat|skype|discord|kakaotalk|zalo"
    r"|linkedin|instagram|insta|tiktok|facebook|snapchat|twitter|zoom|teams|facetime|webex)\b"
    r"(?P<rest>[^.!?\n]{0,40}?)\?[^?]{0,100}?\b(?:"
    r"(?:send|give|share|tell|what's|whats|what\s+is|kirim|kasih(?:\s+tau)?|minta|envoyez(?:-moi)?"
    r"|envoie(?:-moi)?|donne(?:-moi)?|donnez(?:-moi)?|pasame|mandame|manda|passa|schicken|schick"
    r"|geben|gib|gonder|ver|dammi|mi\s+dai|me\s+passa)\b[^.?!\n]{0,30}?"
    r"\b(?:user\s?name\w*|usuario|pseudo|handle|id|nick(?:name)?|kullanici|link|enlace|lien)\b"
    r"|(?:scriverti|escribirte|t'ecrire|te\s+escribir|dir\s+schreiben|ihnen\s+schreiben"
    r"|message\s+you|dm\s+you)\s+(?:li|la|ahi|alli|there|dort|da|orada)\b)"
)


def _find_asked_on_service(scan: _Scan) -> None:
    """Add a service asked after with a request for the handle or the link on it."""
    words = scan.words
    if words.isdisjoint(_HANDLE_WORDS) or "?" not in scan.text or words.isdisjoint(_SERVICE_WORDS):
        return
    text = scan.text
    windows = scan.windows(_SERVICE_WORDS, 60, 160)
    for match in _matches(_ASKED_ON_SERVICE, text, windows):
        following = _WORDS.findall(match["rest"])
        if following and following[0] in lx.APP_TOPIC_AFTER:
            continue
        service = match["service"]
        start, end = match.span("service")
        scan.add(_SERVICE_KINDS[service], start, end, service, _NAMED)


# A mailbox, a number or a street address asked for in phrasings the request rules do not
# read: "do you have a personal email?", "what's the address of your office?", "a number where
# I could reach you"; German "Können Sie mir Ihre Handynummer geben?", Russian in Latin letters
# "skin' svoyu pochtu", Swahili "naomba barua pepe yako", Italian "mi scriva il suo indirizzo".
_DETAIL_OBJECTS: Final = words("email mail address phone cell mobile")
# Each phrasing with the words it needs (the first set opens its windows), how far before and
# after such a word it can reach, and its pattern.
_DETAIL_ASKED: Final = (
    (
        words("have"),
        _DETAIL_OBJECTS,
        (12, 70),
        # (Opening with "do", which `re` skips ahead to, and looking back for the word's start.)
        re.compile(
            r"do(?<!\wdo)\s+you\s+have\s+(?:a|an|any)\s+"
            r"(?:personal\s+|private\s+|direct\s+|other\s+)?"
            r"(?:(?P<mail>e-?mail(?:\s+address)?)"
            r"|(?P<address>(?:mailing|postal|home|shipping)\s+address)"
            r"|(?P<phone>(?:phone|cell|mobile)(?:\s+number)?))\s*\?"
        ),
    ),
    (
        words("address"),
        words("your"),
        (16, 50),
        re.compile(
            r"\b(?:what'?s|what\s+is|send\s+me|share|give\s+me|tell\s+me)\s+the\s+"
            r"(?P<address>address)\s+of\s+your\s+(?:office|home|house|place|studio|shop"
            r"|workshop|flat|apartment)\b"
        ),
    ),
    (
        words("number"),
        words("reach call text contact"),
        (30, 50),
        re.compile(
            r"\b(?:share|sharing|give|send|leave|have|provide|get)\s+(?:me\s+|us\s+)?(?:a|your)"
            r"\s+(?:phone\s+|cell\s+|mobile\s+)?(?P<phone>number)\s+(?:where|at\s+which"
            r"|on\s+which)\s+(?:i|we)\s+(?:can|could|might)\s+(?:reach|call|text|contact)\s+you\b"
        ),
    ),
    # German
    (
        words("ihre deine dein ihr"),
        words("""
            e mail mailadresse adresse handynummer telefonnummer handy mobilnummer nummer
            anschrift postadresse
            """),
        (10, 40),
        re.compile(
            r"\b(?:ihre|deine|dein|ihr)\s+(?:(?P<mail>e-?mail(?:-?adresse)?|mailadresse)"
            r"|(?P<phone>handynummer|telefonnummer|handy|mobilnummer|nummer)"
            r"|(?P<address>adresse|anschrift|postadresse))\s*(?:\?|(?:geben|schicken|senden"
            r"|mitteilen|verraten|durchgeben|zukommen)\b)"
        ),
    ),
    # Russian in Latin letters
    (
        words("svoyu svoy svoi tvoyu tvoy tvoi vashu vash vashi"),
        words("pochtu imeyl email meyl nomer telefon adres"),
        (40, 60),
        re.compile(
            r"\b(?:skin|dai|day|otprav|prishl|napish|skazh|ostav|kin)[\w']*\s+(?:\w+\s+)?"
            r"(?:svoyu|svoy|svoi|tvoyu|tvoy|tvoi|vashu|vash|vashi)\s+"
            r"(?:(?P<mail>pochtu|imeyl|email|meyl)|(?P<phone>nomer|telefon)|(?P<address>adres))\b"
        ),
    ),
    # Swahili
    (
        words("yako yenu"),
        words("naomba nipe nitumie niambie tuma nitajie"),
        (40, 30),
        re.compile(
            r"\b(?:naomba|nipe|nitumie|niambie|tuma|nitajie)\s+(?:(?P<mail>barua\s+pepe|email)"
            r"|(?P<phone>namba\s+ya\s+simu|simu)|(?P<address>anwani))\s+(?:yako|yenu)\b"
        ),
    ),
    # Italian
    (
        words("suo tuo sua tua"),
        words("indirizzo email mail numero cellulare telefono"),
        (40, 20),
        re.compile(
            r"\b(?:mi\s+scriva|scrivimi|mandami|mi\s+mandi|dammi|mi\s+dia|mi\s+dai|lasciami"
            r"|inviami|mi\s+lasci|mi\s+passi|passami)\s+(?:il|la)\s+(?:suo|tuo|sua|tua)\s+"
            r"(?:(?P<mail>(?:indirizzo\s+)?e-?mail|mail)|(?P<address>indirizzo)"
            r"|(?P<phone>numero|cellulare|telefono))\b"
        ),
    ),
)
_DETAIL_WORDS: Final = frozenset().union(
    *(opening | needed for opening, needed, _reach, _pattern in _DETAIL_ASKED)
)
_DETAIL_OPENINGS: Final = frozenset().union(
    *(opening for opening, _needed, _reach, _pattern in _DETAIL_ASKED)
)
# What the English phrasings hold word for word (told by ``in`` before any window is cut).
_DETAIL_LITERALS: Final = {0: "you have", 1: "of your", 2: "where"}
# Which phrasings each opening word opens (their places in ``_DETAIL_ASKED``).
_DETAIL_BY_WORD: Final = {
    word: tuple(index for index, entry in enumerate(_DETAIL_ASKED) if word in entry[0])
    for word in _DETAIL_OPENINGS
}
_DETAIL_KINDS: Final = {"mail": "email", "phone": "phone", "address": "physical_address"}


def _find_details_asked(scan: _Scan) -> None:
    """Add the requests for a mailbox, a number or an address in the phrasings above."""
    words = scan.words
    if words.isdisjoint(_DETAIL_OPENINGS):
        return
    text = scan.text
    asked = {entry for word in words & _DETAIL_OPENINGS for entry in _DETAIL_BY_WORD[word]}
    for index in asked:
        opening, needed, reach, pattern = _DETAIL_ASKED[index]
        literal = _DETAIL_LITERALS.get(index)
        if words.isdisjoint(needed) or (literal is not None and literal not in text):
            continue
        for match in _matches(pattern, text, scan.windows(opening, *reach)):
            kind = _DETAIL_KINDS[match.lastgroup or "mail"]
            scan.add(kind, match.start(), match.end(), REQUEST, _ASKED)
