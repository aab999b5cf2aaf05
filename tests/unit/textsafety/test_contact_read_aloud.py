"""An email address read aloud with the local words for "at" and
"dot" (chiocciola, sobaka, małpa, a còng, punkt, tochka, kropka, nokta, titik, tuldok, chấm),
an email given as "my name here at <provider>", the apps' nicknames (the paper-plane app,
"Telgraf"), and an app asked for with a request for the handle on it; with the talk on the
same words that must stay quiet (our own cases, in the marketplace's languages)."""

from __future__ import annotations

import pytest

from trustdesk.textsafety.contact import detect_contacts

EMAIL = "email"
APP = "messaging_app"
SOCIAL = "social_profile"
VIDEO = "video_meeting"
PHONE = "phone"
ADDRESS = "physical_address"


def kinds_in(text: str, job_category: str | None = None) -> set[str]:
    return {finding.kind for finding in detect_contacts(text, job_category=job_category)}


def emails_in(text: str) -> list[str]:
    return [finding.value for finding in detect_contacts(text) if finding.kind == EMAIL]


# (label, text, the address read)
READ_ALOUD: list[tuple[str, str, str]] = [
    ("italian chiocciola", "scrivimi: marco chiocciola libero punto it", "marco@libero.it"),
    ("russian sobaka", "pishi na dmitry.k sobaka mail tochka ru", "dmitry.k@mail.ru"),
    ("polish malpa", "mój mail: ewa.kowal małpa onet kropka pl", "ewa.kowal@onet.pl"),
    ("german punkt", "Mail an lena punkt schulz (at) web punkt de", "lena.schulz@web.de"),
    ("german at umlaut", "stefan (ät) gmx punkt net, bitte dort", "stefan@gmx.net"),
    ("turkish nokta", "mailim: emre.yilmaz et gmail nokta com", "emre.yilmaz@gmail.com"),
    (
        "indonesian titik",
        "emailku budi.santoso at yahoo titik co titik id",
        "budi.santoso@yahoo.co.id",
    ),
    ("tagalog tuldok", "email ko po: mae.design sa gmail tuldok com", "mae.design@gmail.com"),
    ("vietnamese a cong", "mail của em: lan.nguyen a còng gmail chấm com", "lan.nguyen@gmail.com"),
    (
        "english at sign period",
        "reach me at piotr (at sign) devhouse (period) io",
        "piotr@devhouse.io",
    ),
    ("dutch apenstaartje", "mail naar joris apenstaartje ziggo punt nl", "joris@ziggo.nl"),
]

# (label, text, the kinds that must be found)
POSITIVES: list[tuple[str, str, set[str]]] = [
    # An address given as the name here and the provider
    ("username here at gmail", "just mail me, it's my username here at gmail", {EMAIL}),
    ("handle on here @ outlook", "my handle on here @ outlook, no dots, send the doc", {EMAIL}),
    ("display name here gmx", "write to my display name here, lowercase, at gmx dot de", {EMAIL}),
    ("french nom ici chez", "mon nom ici, chez orange point fr, écris-moi là", {EMAIL}),
    ("spanish nombre aqui arroba", "mi nombre de aquí arroba hotmail, mándame el brief", {EMAIL}),
    # A mailbox, a number or an address asked for
    (
        "personal email question",
        "Do you have a private email? The bank portal rejects this one",
        {EMAIL},
    ),
    ("postal address question", "do you have a postal address? I'd mail you the prints", {ADDRESS}),
    (
        "address of your studio",
        "What's the address of your studio? I'll drop the fabric off",
        {ADDRESS},
    ),
    ("number to reach you", "could you give me a number where I can call you on Monday?", {PHONE}),
    ("german handynummer", "Kannst du mir deine Handynummer geben? Dann rufe ich an", {PHONE}),
    (
        "german mail adresse",
        "Schicken Sie die Datei, sobald Sie mir Ihre E-Mail-Adresse geben",
        {EMAIL},
    ),
    ("russian nomer", "dai svoy nomer, pozvonyu vecherom", {PHONE}),
    ("swahili namba ya simu", "nipe namba ya simu yako nikupigie kesho", {PHONE}),
    ("italian il tuo numero", "lasciami il tuo numero, ti chiamo stasera", {PHONE}),
    # Tagalog's polite "po" before a number
    ("tagalog po before number", "Viber na lang po tayo, 0917 442 3392", {PHONE}),
    ("tagalog po ako", "text mo na lang po ako, 0998 321 7764 yung cp ko", {PHONE}),
    # Links with their dots and slashes hidden
    ("linkedin spaced", "find me at linked in . com / in / maria - lopes - ux", {SOCIAL}),
    ("linkedin bracketed", "linkedin[.]com[/]in[/]omar-haddad-dev, msg me there", {SOCIAL}),
    ("instagram split name", "insta gram (.) com / studio.kiri for the full feed", {SOCIAL}),
    ("telegram dot slash", "t (dot) me [slash] kira_codes", {APP}),
    ("discord spelled", "server invite: discord dot gg slash r a v e n - h q", {APP}),
    ("whatsapp spaced", "wa . me / 447700900123 for quick stuff", {APP}),
    # Nicknames of the apps
    ("paper plane app", "msg me on the paper plane app, same handle", {APP}),
    ("app with the paper plane", "find me on the app with the paper plane, user is rx_dev", {APP}),
    ("indonesian pesawat kertas", "chat di aplikasi pesawat kertas aja kak", {APP}),
    ("turkish telgraf", "Telgraf'tan yazsana, daha hızlı", {APP}),
    ("leet discord", "d1sc0rd is faster, my tag is pixel.ronin", {APP}),
    ("leet telegram", "ping me on t3l3gr4m, same handle as here", {APP}),
    ("leet instagram", "1nst4gram: @mira.ink, dm there", {SOCIAL}),
    ("bird app handle", "I'm on the bird app as @kofi_builds, DMs open", {SOCIAL}),
    (
        "german vogel netzwerk",
        "im Vogel-Netzwerk findest du mich als @jan_dev, schreib mir",
        {SOCIAL},
    ),
    ("ghost app same username", "add me on the ghost app, same username as here", {SOCIAL}),
    ("swahili app ya kijani", "nitumie ujumbe kwenye app ya kijani, namba ile ile", {APP}),
    # An app asked for, then the handle on it
    ("indonesian ada telegram", "Kak, ada Telegram? kirim username-nya dong", {APP}),
    ("line id", "Are you on LINE? What's your ID there?", {APP}),
    ("french instagram pseudo", "Tu as Instagram ? Donne-moi ton pseudo", {SOCIAL}),
    ("spanish telegram usuario", "¿Tienes Telegram? pásame tu usuario", {APP}),
    ("indonesian punya tiktok", "punya akun TikTok gak? kasih tau usernamenya ya", {SOCIAL}),
    ("german zoom link", "Können wir per Zoom reden? Schicken Sie mir einen Link.", {VIDEO}),
    ("english talk on zoom", "could we talk over Zoom later? send me the link", {VIDEO}),
    ("italian linkedin scriverti", "Hai LinkedIn? Così posso scriverti lì con calma", {SOCIAL}),
    ("portuguese tem discord", "Você tem Discord? me passa seu nick", {APP}),
    ("turkish var mi", "Telegram var mı? kullanıcı adını gönder", {APP}),
]

NEGATIVES: list[tuple[str, str]] = [
    # The local words as plain words
    ("italian punto prose", "il punto è che il logo non funziona a 16 px"),
    ("german punkt prose", "Punkt drei: das Logo ist zu klein, bitte bis Freitag"),
    ("polish kropka prose", "na końcu zdania brakuje kropka, popraw proszę"),
    ("russian tochka prose", "tochka zreniya klienta: sayt dolzhen byt bystree"),
    ("tagalog sa prose", "ipapadala ko sa client ang draft tuldok lang ang kulang"),
    ("english period prose", "I worked at Google period and then went freelance"),
    ("turkish nokta prose", "logo ortasinda bir nokta var, kaldiralim mi"),
    ("vietnamese cham prose", "em sẽ chấm điểm bài test của anh vào thứ sáu"),
    ("title at company dot", "she was head of design at Acme dot the end of that story"),
    # Name here, but not a mailbox
    ("name here on the invoice", "use my name here on the invoice, at the top please"),
    ("username here in the code", "my username here is also in the repo at github, as you saw"),
    # The same words about the work
    ("email template question", "Do you have an email template for the launch?"),
    ("phone field question", "Do you have a phone number field in the signup form?"),
    ("email list question", "Do you have an email list? How many subscribers?"),
    (
        "address of your website",
        "what's the address of your website? I can't find the pricing page",
    ),
    ("form asks for a number", "the form should ask for a number where we can reach you"),
    ("german impressum", "Ihre Telefonnummer steht im Impressum, bitte prüfen"),
    ("italian indirizzo web", "il tuo indirizzo web non si apre su mobile"),
    ("purchase order number", "PO 4471 2290 118 is still open, please check the invoice"),
    ("linkedin jobs spaced", "the role is posted at linked in . com / jobs / view / 3312"),
    ("tiktok feed spelled", "the tiktok . com / feed page loads slowly in the embed"),
    ("bird app topic", "the bird app changed its logo again, can you redo the icon set?"),
    ("ghost app icon", "The hero image has a ghost app icon, 3 variants please"),
    ("leet word", "h4ck3r news is on page 1, the l33t crowd loved it"),
    # Paper and planes
    ("paper plane illustration", "draw a paper plane flying over the app icon, flat style"),
    ("paper plane icon", "the paper plane icon should be blue, send me v2"),
    ("paper plane craft", "fold a paper plane for the kids' craft video, send me the script"),
    ("telegraph history", "the article is about the telegraph and early news wires"),
    # The app, asked about as work
    ("telegram bot ask", "Do you have Telegram bot experience? Send me your portfolio"),
    ("instagram reels ask", "Tu as déjà fait des Reels Instagram ? Donne-moi des exemples"),
    ("zoom app build", "Können Sie eine Zoom App bauen? Schicken Sie mir ein Angebot."),
    ("zoom recording link", "Do you have the Zoom recording? Send me the link please"),
    ("linkedin post link", "Did you see the LinkedIn post? send me the link"),
    (
        "tiktok feed on site",
        "Can we add a TikTok feed to the site? Send me the link to the account",
    ),
    ("zoom sdk docs", "Can we use the Zoom SDK for this? Send me the docs link"),
    ("telegram bot portfolio", "Do you have Telegram bot experience? Send me your portfolio link"),
]


@pytest.mark.parametrize(
    ("text", "address"), [(t, a) for _, t, a in READ_ALOUD], ids=[c[0] for c in READ_ALOUD]
)
def test_an_address_read_aloud_with_local_words_is_an_email(text: str, address: str) -> None:
    assert address in emails_in(text)


@pytest.mark.parametrize(
    ("text", "kinds"), [(t, k) for _, t, k in POSITIVES], ids=[c[0] for c in POSITIVES]
)
def test_the_contact_route_is_found(text: str, kinds: set[str]) -> None:
    assert kinds <= kinds_in(text)


@pytest.mark.parametrize("text", [t for _, t in NEGATIVES], ids=[c[0] for c in NEGATIVES])
def test_the_same_words_without_a_route_stay_quiet(text: str) -> None:
    assert kinds_in(text) == set()
