"""Requests for a contact detail: asking to call or text, asking for a detail without "your",
and asking in the marketplace's other languages; and the innocent text that looks like them."""

from __future__ import annotations

import pytest

from trustdesk.textsafety.contact import REQUEST, detect_contacts


def kinds_in(text: str, job_category: str | None = None) -> set[str]:
    return {finding.kind for finding in detect_contacts(text, job_category=job_category)}


# (label, text, the kinds that must be found and no others)
REQUESTS: list[tuple[str, str, set[str]]] = [
    # The detail asked for alone, "the best" one, or where something should go
    ("best email alone", "Contract's signed on my side. What's the best email?", {"email"}),
    ("best number alone", "which is the easiest number?", {"phone"}),
    (
        "a team needs your email",
        "Our compliance team needs your personal email and full name.",
        {"email"},
    ),
    ("which inbox", "The NDA has to be signed first. Which inbox should it go to?", {"email"}),
    (
        "french un numero",
        "Vous avez un numéro où je peux vous joindre ? C'est plus simple.",
        {"phone"},
    ),
    ("spanish tienes un numero", "¿Tienes un número donde te pueda llamar mañana?", {"phone"}),
    # Offering or asking to call or text: the phone is the route
    ("may I ring you", "may i ring u this evening? 5 mins tops", {"phone"}),
    ("we'll call you", "Great proposal. We'll call you tomorrow to go over the budget", {"phone"}),
    (
        "would you like me to call",
        "would you like me to call you instead of typing all this?",
        {"phone"},
    ),
    ("ok if I phone you", "ok if i phone you after lunch? my english is better spoken", {"phone"}),
    ("happy to call you", "happy to call you whenever suits, just say when", {"phone"}),
    ("give you a buzz", "I'll give you a buzz once the renders finish", {"phone"}),
    ("gimme a ring", "gimme a ring when ur free, it's quicker", {"phone"}),
    ("could you call me", "Could you call me? I'm driving and can't type", {"phone"}),
    ("please call me back", "missed you earlier - please call me back when you can", {"phone"}),
    ("call me tonight", "call me tonight around 8 and we sort out the last edits", {"phone"}),
    ("text me once", "text me once the files are uploaded so I don't miss it", {"phone"}),
    ("txt me", "txt me if the client replies, I'm away from my laptop", {"phone"}),
    ("shoot you a text", "I'll shoot you a text when I land in Lagos", {"phone"}),
    ("send me a quick sms", "send me a quick sms when it's live pls", {"phone"}),
    ("curly apostrophe", "I’ll call you in 10 min, stay near your phone", {"phone"}),
    ("spanish call me", "Llámame cuando puedas, así lo vemos más rápido", {"phone"}),
    (
        "spanish can I call you",
        "¿Te puedo llamar mañana temprano? Es más fácil explicarlo",
        {"phone"},
    ),
    ("spanish can I dial you", "¿Te puedo marcar más tarde?", {"phone"}),
    ("spanish I'll call you", "te marco en la tarde para ver lo del logo", {"phone"}),
    ("portuguese call me", "me liga quando puder, é rapidinho", {"phone"}),
    (
        "portuguese I'll call you",
        "Posso te ligar amanhã às 9h? Prefiro explicar falando",
        {"phone"},
    ),
    ("portuguese call me portugal", "Ligue-me quando tiver um minuto, por favor", {"phone"}),
    ("french call me", "Appelez-moi demain matin, je vous explique le projet", {"phone"}),
    ("french I can call you", "Je peux vous appeler vers 15h pour en discuter ?", {"phone"}),
    ("french I'll text you", "Je vous envoie un texto dès que c'est prêt", {"phone"}),
    ("french text me", "envoie-moi un SMS quand c'est prêt stp", {"phone"}),
    ("hindi call me", "Sir mujhe call kar dena shaam ko, details samjha dunga", {"phone"}),
    ("hindi I'll call you", "main aapko call karta hoon 5 baje, theek hai?", {"phone"}),
    ("urdu phone karo", "jab free ho phone kar dena, baat karni hai", {"phone"}),
    ("tagalog call me", "Tawagan mo na lang ako mamaya po para mas mabilis", {"phone"}),
    ("tagalog text me", "text mo na lang po ako pag tapos na yung video", {"phone"}),
    ("tagalog text please", "Pa-text na lang po pag ready na yung files", {"phone"}),
    ("taglish I'll call you", "call kita later ha, busy pa ako", {"phone"}),
    ("indonesian call me", "telpon aku aja kak kalo udah selesai", {"phone"}),
    ("indonesian can I call", "boleh aku telepon kakak sebentar? biar cepet", {"phone"}),
    ("indonesian sms", "sms aja ya mas kalau ada revisi", {"phone"}),
    ("rather just call you", "I'd rather just call you, typing takes forever", {"phone"}),
    ("reach me by phone", "You can reach me by phone at any time after 6", {"phone"}),
    ("a phone call", "let's do a quick phone call instead, easier for both of us", {"phone"}),
    ("call me right now", "can u call me rn", {"phone"}),
    ("call me and the digits", "call me 0 eight 0 three, one 2 three, 4 five 6 seven", {"phone"}),
    ("my number is on my cv", "my number's on my CV if you need to reach me", {"phone"}),
    # Asking to be emailed: the email is the route
    ("email me", "Thanks! Email me the brief when it's ready", {"email"}),
    ("can you email me", "can you email me? the files are too big", {"email"}),
    ("shoot me an email", "shoot me an email with the details and I'll quote", {"email"}),
    ("spanish send me an email", "mándame un correo con los detalles del logo", {"email"}),
    ("portuguese send me an email", "me manda um email com o briefing completo", {"email"}),
    ("french write to me by email", "écrivez-moi par mail svp, c'est plus simple", {"email"}),
    ("hindi email me", "mujhe email kar do details, main dekh lunga", {"email"}),
    ("tagalog email me", "i-email mo na lang po ako yung invoice", {"email"}),
    ("indonesian email me", "email aku aja kak filenya, lebih gampang", {"email"}),
    # Asking for a detail without "your"
    ("which email to send to", "Which email should I send the invoice to?", {"email"}),
    ("best number to call", "what's a good number to call you on this afternoon?", {"phone"}),
    ("best email to send to", "Which is the best email to send the signed NDA to?", {"email"}),
    ("email I can send it to", "do you have an email I can send the 2GB folder to?", {"email"}),
    ("number to reach you at", "is there a number I can reach you at after 6?", {"phone"}),
    ("give me a number to call", "give me a number to call and I'll explain", {"phone"}),
    (
        "send us a shipping address",
        "Send us a shipping address and we'll post the mic",
        {"physical_address"},
    ),
    (
        "postal address to ship to",
        "what's the best postal address to ship the samples to?",
        {"physical_address"},
    ),
    ("give me a contact number", "pls give me a contact number for urgent issues", {"phone"}),
    (
        "whatever email works",
        "I'll share the folder to whatever email works best for you",
        {"email"},
    ),
    ("whichever number you send", "I'll text whichever number you send me", {"phone"}),
    # Other languages
    ("portuguese your gmail", "me passa teu gmail que eu compartilho a pasta", {"email"}),
    ("spanish phone number of", "me pasas tu número de celular para coordinar?", {"phone"}),
    ("spanish whatsapp number", "dame tu número de wsp y te escribo", {"phone", "messaging_app"}),
    ("portuguese zap number", "me passa seu número do zap?", {"phone", "messaging_app"}),
    ("portuguese which email", "qual é o email? te mando o contrato agora", {"email"}),
    ("spanish which email", "¿cuál es el correo? para enviarte la factura", {"email"}),
    (
        "french give his number",
        "Pouvez-vous me transmettre son numéro ? Je l'appellerai",
        {"phone"},
    ),
    (
        "hindi your address",
        "aapke ghar ka pata bhej dijiye, parcel bhejna hai",
        {"physical_address"},
    ),
    ("hindi tell me the number", "apna whatsapp number bata do bhai", {"phone", "messaging_app"}),
    ("hindi give the number", "number de dijiye sir, client se baat karwani hai", {"phone"}),
    ("urdu can I get the email", "aap ki email mil sakti hai? file bhejni hai", {"email"}),
    ("tagalog number", "ano po number niyo? i-text ko na lang po kayo", {"phone"}),
    ("tagalog email", "pa-send po ng email niyo para sa invoice", {"email"}),
    (
        "indonesian wa number",
        "nomor wa kakak berapa? biar aku kirim filenya",
        {"phone", "messaging_app"},
    ),
    ("indonesian number", "nomornya berapa mas? mau aku telpon", {"phone"}),
    ("indonesian email", "emailnya apa kak? aku share drive nya", {"email"}),
    ("indonesian address", "alamat rumah kakak dimana? mau kirim sample", {"physical_address"}),
    (
        "indonesian ask address",
        "boleh minta alamat lengkapnya kak? buat kirim hardisk",
        {"physical_address"},
    ),
]

QUIET: list[tuple[str, str]] = [
    ("best number of revisions", "What's the best number of revisions to offer?"),
    ("french order number", "Vous avez un numéro de commande ? Je ne trouve pas l'achat."),
    ("spanish order number", "¿Tienes un número de pedido? No encuentro tu orden."),
    ("best email tool", "What is the best email marketing tool for a small shop?"),
    # Calls and texts that stay on the platform, go through an app or are not a person's
    ("call the api", "can you call the endpoint only after the user logs in?"),
    ("call the function", "I'll call the function from the webhook handler"),
    ("a call through the platform", "happy to do a call through the platform any day this week"),
    ("call button here", "just use the video call button here when you're ready"),
    ("call you here", "I can call you here in Messages tomorrow at 10"),
    ("text me here", "text me here if anything breaks, I get notifications"),
    ("call me on the app", "you can call me on the app anytime, I keep it open"),
    ("the call you scheduled", "the call you scheduled for Friday works for me"),
    ("the text you sent", "I edited the text you sent yesterday, see v2"),
    ("the text you wrote", "The text you wrote for the hero is perfect"),
    ("call me by name", "Hi, I'm Jennifer, but please call me Jen"),
    ("what should I call you", "what should I call you, Mr. Ortiz or Daniel?"),
    ("ring design", "I'll give you a ring design with three stones by Friday"),
    ("app texts a code", "The app will text you a verification code on signup"),
    ("we'll text you copy", "Write the SMS copy: 'We'll text you a reminder 24h before'"),
    ("send a text file", "can you send me a text file with the keywords?"),
    ("phone calls as experience", "I handled 60 phone calls a day in my last job"),
    ("phone call scripts", "we can review the phone call scripts tomorrow"),
    ("phone call on the platform", "Can we do a phone call through the platform?"),
    ("generic quick call", "Could we have a quick call to go over the milestones?"),
    ("call it done", "I'd call it done once the footer is fixed"),
    ("a webhook calls back", "The backend will call you back via webhook when the job finishes"),
    ("call to action", "give me a call to action for the banner, something punchy"),
    ("a text as copy", "Can you send me a text for the About page? 150 words"),
    ("what to call you", "what should we call you in the credits?"),
    ("how to address you", "How can I call you? Mr. or Ms.?"),
    ("call me crazy", "call me crazy but I prefer the blue version"),
    ("text you here", "I'll text you the final copy here once it's approved"),
    ("number for a test", "What's the best number to use for the A/B test?"),
    ("spanish name", "¿Cómo te llamas? Yo me llamo Ana"),
    ("spanish mark the changes", "te marco los cambios en rojo en el documento"),
    ("french name", "Je m'appelle Claire et je traduis depuis 2015"),
    ("portuguese turn on", "liga o servidor de novo e testa o login"),
    ("hindi api call", "API call karo sirf page load pe"),
    ("hindi generic call", "kal call karte hain platform pe"),
    ("tagalog your text", "ayos na yung text mo sa caption"),
    ("indonesian phone as product", "review telepon genggam terbaru, 500 kata"),
    ("someone else emails", "the client will email me the assets tomorrow"),
    ("he emailed me", "he emailed me yesterday about the invoice"),
    ("an email template", "send me an email template for the launch"),
    ("email me as copy", "Write a CTA like Email me for a free quote"),
    # Details that are a number, an address or an email of the work
    ("number of pages", "what's the best number of pages to send to the printer?"),
    ("email to send to subscribers", "can you give me an email to send to my subscribers?"),
    ("email template", "which email template should we send to new users?"),
    ("number of revisions", "give me a number of revisions you'd include"),
    ("number in mind", "do you have a number in mind for the budget?"),
    ("number you prefer", "whatever number you prefer for the price is fine"),
    ("shipping address field", "send me the shipping address field spec for checkout"),
    ("customer shipping address", "send me the shipping address for order 5561 and I'll print it"),
    ("whichever email template", "whichever email template you pick, keep it short"),
    ("spanish order number", "¿cuál es el número de pedido?"),
    ("portuguese order number", "qual o número do pedido? não achei aqui"),
    ("french his order", "pouvez-vous me donner son numéro de commande ?"),
    ("hindi know", "mujhe pata nahi tha ki deadline kal hai"),
    ("hindi invoice number", "invoice number bata do, payment check karna hai"),
    ("indonesian invoice number", "boleh minta nomor invoice nya kak?"),
    ("indonesian page number", "halaman nomor berapa yang mau direvisi?"),
    ("indonesian website address", "alamat website nya sudah aku update"),
    ("indonesian company email", "alamat email perusahaan sudah aku masukkan ke form"),
    ("hindi did not know", "mujhe nahi pata tha ki client ne reply kiya"),
    ("hindi do you know", "aapko pata hai deadline kab hai?"),
    ("portuguese what price", "qual o valor? preciso fechar hoje"),
    ("tagalog your number of entries", "ilang entries na yung tapos? salamat po"),
]


# A call through an app or a video meeting is that app or meeting, not a phone.
NOT_BY_PHONE: list[tuple[str, str]] = [
    ("call you on zoom", "I'll call you on Zoom at 3, the link is in the invite"),
    ("text me on whatsapp", "text me on WhatsApp when you land"),
    ("spanish call on whatsapp", "te llamo por whatsapp en un rato"),
    ("portuguese call me on zap", "me liga no zap que eu te explico"),
    ("tagalog call on viber", "tawagan mo ako sa viber mamaya"),
    ("hindi video call", "mujhe video call karo WhatsApp pe"),
]


@pytest.mark.parametrize(("label", "text", "expected"), REQUESTS, ids=[c[0] for c in REQUESTS])
def test_finds_requests_for_a_detail(label: str, text: str, expected: set[str]) -> None:
    assert kinds_in(text) == expected, label


@pytest.mark.parametrize(("label", "text"), QUIET, ids=[c[0] for c in QUIET])
def test_stays_quiet_on_what_only_looks_like_a_request(label: str, text: str) -> None:
    assert detect_contacts(text) == [], label


@pytest.mark.parametrize(("label", "text"), NOT_BY_PHONE, ids=[c[0] for c in NOT_BY_PHONE])
def test_a_call_through_an_app_is_not_a_phone(label: str, text: str) -> None:
    assert "phone" not in kinds_in(text), label


def test_a_request_to_call_is_a_request_without_a_value() -> None:
    findings = detect_contacts("can I call you real quick?")
    assert [(finding.kind, finding.value) for finding in findings] == [("phone", REQUEST)]
    assert findings[0].start == 0


def test_an_apps_number_names_the_app_where_it_stands() -> None:
    text = "cual es tu numero de wpp?"
    apps = [finding for finding in detect_contacts(text) if finding.kind == "messaging_app"]
    assert [(text[app.start : app.end], app.value) for app in apps] == [("wpp", "whatsapp")]
