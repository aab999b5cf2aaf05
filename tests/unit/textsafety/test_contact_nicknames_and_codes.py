"""Apps, meetings, profiles and payments: app nicknames ("the purple app",
"wapp", "tele aja"), a handle given as "the same as here", an app asked for with "where can I
reach you", Zoom room ids and Meet codes, look-alike letters in a service's name ("P@yPal"),
and the talk that must stay quiet: a client's own business account as the work, an app as the
model for a product, a past story told while keeping to the platform, a meeting a VA set up
for the client with somebody else (our own cases, in the marketplace's languages)."""

from __future__ import annotations

import pytest

from trustdesk.textsafety.contact import detect_contacts

APP = "messaging_app"
VIDEO = "video_meeting"
SOCIAL = "social_profile"
PAYMENT = "offplatform_payment"


def kinds_in(text: str, job_category: str | None = None) -> set[str]:
    return {finding.kind for finding in detect_contacts(text, job_category=job_category)}


# (label, text, job category, the kinds that must be found)
POSITIVES: list[tuple[str, str, str | None, set[str]]] = [
    # Nicknames and vowel-dropped spellings of the apps
    ("purple app", "text me on the purple app tonight, same number as before", None, {APP}),
    ("purple app with number", "purple app ko: 0918 442 7310", None, {APP}),
    ("wapp me", "wapp me when the render is done", None, {APP}),
    ("my whtsp", "my whtsp is on my card, send the brief there", None, {APP}),
    ("wtsp", "add me on wtsp pls, easier for voice notes", None, {APP}),
    ("indonesian di tele", "ngobrol di tele aja kak biar cepet", None, {APP}),
    ("indonesian ke tele", "kirim filenya ke tele ya, di sini suka error", None, {APP}),
    ("vietnamese zalo em", "Zalo em đây anh, nhắn em nhé", None, {APP}),
    ("vietnamese zalo cua anh", "cho em zalo của anh để gửi mẫu", None, {APP}),
    ("line at sentence end", "My manager would rather chat on LINE.", None, {APP}),
    ("disc same name", "my disc is the same name as here, add me", None, {APP}),
    # A handle given as the same as the one here
    (
        "ig same as here",
        "my insta is the same as my name here, dm me",
        "Social Media Marketing",
        {SOCIAL},
    ),
    ("telegram same username", "Telegram: same username as here, write me", None, {APP}),
    (
        "spanish mismo usuario",
        "mi IG es el mismo usuario que aquí, escríbeme",
        "Social Media Marketing",
        {SOCIAL},
    ),
    ("portuguese mesmo nome", "meu telegram é o mesmo nome daqui", None, {APP}),
    ("indonesian sama kayak", "tele aku username sama kayak di sini kak", None, {APP}),
    # An app asked for with a way to reach
    ("a whatsapp to reach you on", "Do you have a WhatsApp I could reach you on?", None, {APP}),
    ("telegram to message you", "got a Telegram where I can message you?", None, {APP}),
    ("where else list", "Where else can I contact you? Telegram, Viber, anything.", None, {APP}),
    ("spanish donde escribirte", "¿Tienes algún Telegram donde pueda escribirte?", None, {APP}),
    ("portuguese te chamar", "tem algum WhatsApp onde eu possa te chamar?", None, {APP}),
    # Workspaces and meetings named with what identifies them
    ("slack workspace link", "join us at acmeflow.slack.com, I sent the invite", None, {APP}),
    ("lets use slack", "Let's use Slack from now on, I'll invite you", None, {APP}),
    ("zoom room id", "zoom rm id 812 4471 0093, pw 55ab, come in", None, {VIDEO}),
    ("zoom meeting id digits", "zoom 845 1120 9934 passcode kite22", None, {VIDEO}),
    ("zoom pwd", "zoom pwd is sun77, starting now", None, {VIDEO}),
    ("g meet spaced", "quick g meet? I'm in the room already", None, {VIDEO}),
    ("meet code", "hop on meet, code is kqe-rvzt-myw", None, {VIDEO}),
    ("meet code spaced", "join the meet, code: abx - tmqe - pho", None, {VIDEO}),
    (
        "teams for interviews",
        "Our firm only uses MS Teams for interviews, invite coming",
        None,
        {VIDEO},
    ),
    ("zoom for the call", "We use Zoom for the kickoff call, I'll send the link", None, {VIDEO}),
    (
        "spanish meet para la entrevista",
        "Usamos Google Meet para la entrevista del jueves",
        None,
        {VIDEO},
    ),
    # Profiles: the "@" asked for, a spelled link, contact details on a site
    ("drop ur @", "drop ur @ on insta and i'll send refs", None, {SOCIAL}),
    ("whats your @", "what's your @ on tiktok?", None, {SOCIAL}),
    ("spanish pasame tu @", "pásame tu @ de insta y te mando ideas", None, {SOCIAL}),
    (
        "linked in slash in",
        "linked in slash in slash maria-okoro-pm, ping me there",
        None,
        {SOCIAL},
    ),
    (
        "linkedin slash in no dot com",
        "linkedin slash in slash dev.rahul, message me",
        None,
        {SOCIAL},
    ),
    (
        "contact details at site",
        "My contact details are at tomas-build.dev/about, ping me there",
        None,
        {SOCIAL},
    ),
    ("ping me site", "ping me through quillandink.co and we'll sort it", None, {SOCIAL}),
    # Look-alike letters in a service's or an app's name
    ("paypal with at", "send it on P@yPal, friends and family", None, {PAYMENT}),
    ("paypal with digits", "I take payp4l only for small jobs", None, {PAYMENT}),
    ("paypal with one", "my paypa1 is the same email as here", None, {PAYMENT}),
    ("venmo with zero", "venm0 me the deposit", None, {PAYMENT}),
    ("whatsapp with at", "msg me on wh@tsapp", None, {APP}),
    ("telegram with three", "add me on t3legram", None, {APP}),
    # PayPal by its initials, and spaced-out coins
    ("pp friends in brackets", "half via pp (f&f) and half on delivery", None, {PAYMENT}),
    ("pp friends in square brackets", "send it by pp [friends & family] pls", None, {PAYMENT}),
    ("spaced usdt", "can you pay in u s d t? my wallet is in my bio", None, {PAYMENT}),
    ("spaced usdt outside", "pay me in U S D T, no need for the platform", None, {PAYMENT}),
    # A token contract and the rest sent some other way
    (
        "token contract venmo",
        "Make the milestone $10 here and I'll Venmo you the rest",
        None,
        {PAYMENT},
    ),
    ("cash app bonus", "I'll send your bonus through Cash App, skip the fees", None, {PAYMENT}),
    ("gcash tip", "Pwede bang i-GCash na lang ang tip?", None, {PAYMENT}),
]

# (label, text, job category)
NEGATIVES: list[tuple[str, str, str | None]] = [
    # Nicknames that are ordinary words
    ("purple app icon", "Can you make the app icon purple? The purple app theme looks dull", None),
    ("tele lens", "pakai lensa tele aja buat foto produk", None),
    ("line lowercase end", "Please proofread the last line.", None),
    ("zalo as work", "Em cần thiết kế banner quảng cáo Zalo cho shop", None),
    # A client's own business account, as the work
    (
        "posted to your tiktok",
        "Uploaded 3 videos to your TikTok @cafe.lumo today, 2k views so far",
        None,
    ),
    (
        "our ig audit",
        "Our IG is @sunbrew.co, 9k followers. Can you audit the posts and tell me why reach fell?",
        None,
    ),
    (
        "spanish nuestro ig",
        "Nuestro IG es @casa.verde, 12k seguidores. ¿Puedes revisar los posts?",
        None,
    ),
    (
        "replied on your fb",
        "Replied to 30 comments on your FB page @dunesurf.shop this morning",
        None,
    ),
    # A network added to a document
    (
        "add linkedin to resume",
        "Should I add LinkedIn to my CV header or is that old-fashioned?",
        None,
    ),
    ("do i add linkedin", "My CV has my email at the top, do I add LinkedIn as well?", None),
    # An app as the model for a product
    (
        "chat like whatsapp",
        "The app needs a chat like WhatsApp with voice notes and read receipts",
        None,
    ),
    ("similar to telegram", "Build channels similar to Telegram for our members", None),
    ("spanish tipo whatsapp", "Quiero un chat tipo WhatsApp dentro de la app", None),
    ("indonesian seperti whatsapp", "Fitur chat seperti WhatsApp di aplikasi kami", None),
    # The name as a word in a script
    ("read skype in script", "Should I read 'Skype' in the script with a long y?", None),
    ("pronounce zoom", 'How do I pronounce "Zoom" in line 12 of the script?', None),
    # A past story told while keeping to the platform
    (
        "past designer moved to whatsapp",
        "A designer once asked me to switch to WhatsApp and then disappeared, so I keep "
        "everything on here now.",
        None,
    ),
    (
        "previous va texted on telegram",
        "My previous assistant used to ping me on Telegram, but the reminders here work fine.",
        None,
    ),
    (
        "spanish antiguo cliente",
        "Mi antiguo cliente me pedía todo por WhatsApp y luego desapareció, prefiero todo "
        "por aquí.",
        None,
    ),
    # A meeting a VA set up for the client with somebody else
    (
        "scheduled your zoom with",
        "Scheduled your Zoom with the lawyer for Fri 10am and sent the agenda.",
        None,
    ),
    ("booked teams call with", "Booked your Teams call with the bank rep for Monday 2pm.", None),
    # Zoom and Meet as ordinary words
    ("zoom percent", "zoom 200 on the label, the text is blurry", None),
    ("meet the code", "Let's meet the deadline, the code is ready for review", None),
    # Payments as the work or a story
    ("pp as pages", "see pp 12-14 of the brief for the colour palette", None),
    ("paypal in a ledger", "Recorded 4 PayPal payouts from last quarter under 6120 Fees", None),
    ("spaced usdt as work", "Add a U S D T price toggle to the checkout page", None),
]


@pytest.mark.parametrize(
    ("label", "text", "category", "expected"), POSITIVES, ids=[c[0] for c in POSITIVES]
)
def test_finds_the_channel_in_many_phrasings(
    label: str, text: str, category: str | None, expected: set[str]
) -> None:
    found = kinds_in(text, category)
    assert expected <= found, f"{label}: expected {expected}, found {found}"


@pytest.mark.parametrize(("label", "text", "category"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_stays_quiet_on_channels_talked_about(label: str, text: str, category: str | None) -> None:
    found = kinds_in(text, category) & {APP, VIDEO, SOCIAL, PAYMENT}
    assert found == set(), f"{label}: found {found}"


def test_a_look_alike_name_keeps_its_canonical_value() -> None:
    values = {(finding.kind, finding.value) for finding in detect_contacts("pay me on P@yPal")}
    assert (PAYMENT, "paypal") in values


def test_a_look_alike_inside_an_email_address_is_not_a_service() -> None:
    assert PAYMENT not in kinds_in("write to pay@palmgrove.com about the invoice")
