"""Contact details that are the work's content, not a way to reach anyone: the hotline a voice-over
reads, the client's number that goes on a flyer, a shop's WhatsApp in an ad, apps and wallets as
the subject of ads and bookkeeping, example and test addresses; and, beside each family, the
same details offered as a way to reach the sender, which must still be found (our own cases, in
the marketplace's languages)."""

from __future__ import annotations

import pytest

from trustdesk.textsafety.contact import detect_contacts


def kinds_in(text: str) -> set[str]:
    return {finding.kind for finding in detect_contacts(text)}


# (label, text): details that are the work's content.
CONTENT: list[tuple[str, str]] = [
    # A script, an ad's copy, a sentence to translate: the detail is inside the quoted copy
    (
        "radio script",
        'Radio spot script, 20s: "Ring 0800 640 120 and book your free check" - warm tone',
    ),
    (
        "voice-over tag",
        'For the voiceover tag: "Text SAVE to 07700 900 461 for 10% off". Read it slowly.',
    ),
    (
        "translate copy",
        'Translate this banner: "Escríbenos por WhatsApp al 55 4321 8765" and keep the number',
    ),
    (
        "german spot",
        "Der Werbespot endet mit „Rufen Sie an: 0800 123 4567, wir beraten gern“, bitte langsam.",
    ),
    (
        "french affiche",
        "Pour l'affiche : « Appelez le 01 45 67 89 10 pour réserver » en bas à droite.",
    ),
    (
        "single-quoted end card",
        "Keep the end card 'BOOK NOW 0161 555 0173' from the client's old ad.",
    ),
    (
        "japanese copy",
        "「ご予約は06-6123-4567まで」という一文は英語版でも番号をそのまま残してください。",
    ),
    (
        "german example",
        "Validierung für österreichische Nummern wie 0664 1234567 bitte auch einbauen.",
    ),
    (
        "pasted customer email",
        "Typical ticket for the FAQ page:\n"
        "> hi, call me back on 0412 883 921 about my order\n"
        "Write an answer.",
    ),
    # The client's or a shop's details, placed in the deliverable
    (
        "number on the flyer",
        "Put the restaurant's number 0917 444 8812 on the flyer, bottom left, bold.",
    ),
    (
        "email in the footer",
        "The footer should list the store's email hello@northfieldbakes.com and the hours.",
    ),
    (
        "portuguese rodape",
        "Coloca o WhatsApp da loja (21) 98877-6655 no rodapé do cartaz, por favor.",
    ),
    ("indonesian brosur", "Cantumkan nomor toko 0813-2200-4411 di brosur bagian belakang ya kak."),
    ("end card hotline", "End card: the client's hotline 1300 655 506 for 3 seconds, no voice."),
    # Apps and wallets as the subject of ads and the books
    (
        "whatsapp ads",
        "The click-to-WhatsApp ads cost 0.40 per conversation this week, scaling the best two.",
    ),
    (
        "spanish anuncios",
        "Los anuncios de Messenger y WhatsApp bajaron el costo por cliente a 2 dólares.",
    ),
    (
        "reconcile wallets",
        "Please reconcile the Venmo and Zelle transactions for March against the bank statement.",
    ),
    (
        "swahili mpesa excel",
        "Nimeweka miamala ya M-Pesa ya wateja wote kwenye Excel, angalia safu ya mwisho.",
    ),
    # Example and test addresses
    (
        "e.g. address",
        "Some signups are duplicated with different case, e.g. maria.lopez@brightco.com twice.",
    ),
    ("e.g. a list", "Merge the duplicates, e.g. li.wei@harbor-co.cn and Li.Wei@Harbor-Co.cn."),
    (
        "test account",
        "Staging login: qa_runner@acme-staging.io, password in the vault. Reset it after tests.",
    ),
    (
        "throwaway inbox",
        "The seed creates users such as bob.smith@mailinator.com for the demo data.",
    ),
    ("plus test tag", "Create a second user, anna.k+test2@gmail.com, to check the invite flow."),
    # A row of a table in a data brief, a line of dialogue to subtitle, an app on screen
    (
        "table row",
        "Columns: Name | Phone | Email\n"
        "Row 1: Sunrise Dental | 0161 555 0199 | desk@sunrisedental.co.uk\n"
        "Fill 300 rows like this.",
    ),
    (
        "dialogue to subtitle",
        "In scene 4 the character says 'text me on 0412 555 019'. Subtitle it as is.",
    ),
    (
        "app on screen",
        "The scene shows a WhatsApp chat on a phone, please subtitle those messages.",
    ),
    # A quoted line with an apostrophe inside, subtitles in Portuguese, a store listing
    (
        "apostrophe inside",
        "Banner text: 'JOE'S TYRES - we fix it today - 0800 114 229'. Make it red.",
    ),
    ("portuguese legenda", "Na legenda, o noivo diz 'me liga amanhã cedo' no minuto 2:40."),
    ("store listing", "The listing says 'message your coach on Telegram', Apple may reject it."),
    # An airline's code
    ("flight code", "Itinerary: flight TG 917 BKK-LHR, then flight LINE 12? no, BA 15 to Sydney."),
    ("census address", "The 1911 census puts them at 22 Harbour Road, Cobh. Next: parish records."),
    ("tracking number", "UPS tracking 1Z 4F8 92E 03 8812 4410 shows it left Memphis on Monday."),
    # Not on the app, a state's code, a figure, an amount of face time
    ("not on whatsapp", "I don't use WhatsApp at all, so everything stays in this thread."),
    ("spanish no tengo", "No tengo Telegram, sigamos por aquí mejor."),
    ("state code", "Our office moved to Olympia, WA last spring, nothing else changes."),
    ("followers figure", "Reach last week - TikTok: 3.4k, IG: 12.5k. Report attached."),
    ("more facetime", "The founder needs more facetime in the intro, cut the drone shots."),
]

# (label, text, kinds): the same families when they are the sender's way to be reached.
REACHED: list[tuple[str, str, set[str]]] = [
    (
        "my number for the flyer",
        "Flyer looks great! Call me on 0917 444 8812 to finalise it.",
        {"phone"},
    ),
    (
        "our email in the brief",
        "Brief for the banner is below, email us at studio@kelpandco.com with questions.",
        {"email"},
    ),
    ("send the script", "Send the script to my email, jo.mwangi@gmail.com, not here.", {"email"}),
    (
        "whatsapp me about the ad",
        "About the ad, just WhatsApp me: +234 803 555 0192",
        {"phone", "messaging_app"},
    ),
    (
        "quoted own email",
        'My email is "ravi.builds@outlook.com", the logo files can go there.',
        {"email"},
    ),
    (
        "paypal for the logo",
        "For the logo I'd rather be paid on PayPal directly, skip the fee.",
        {"offplatform_payment"},
    ),
    (
        "qa engineer's own mailbox",
        "I'm a QA tester, reach me at dev.qa.tester@gmail.com",
        {"email"},
    ),
    (
        "asked for whatsapp",
        "don't you have WhatsApp? it's faster for the packaging files",
        {"messaging_app"},
    ),
    (
        "not whatsapp but telegram",
        "I don't have WhatsApp, but add me on Telegram: @luma_edits",
        {"messaging_app"},
    ),
    ("wa to reach", "msg me on WA, Spokane time zone, 509 555 0143", {"messaging_app", "phone"}),
    (
        "my office and a census",
        "Come to my office at 22 Harbour Road, the 1911 census is there",
        {"physical_address"},
    ),
    (
        "a chat log's meet link",
        "[09:15] Ana: let's move to Google Meet, meet.google.com/abc-defg-hij",
        {"video_meeting"},
    ),
    (
        "do you have zalo",
        "Em chào anh, em làm logo. Anh có Zalo không ạ? Em gửi mẫu qua đó.",
        {"messaging_app"},
    ),
    (
        "swahili m-pesa",
        "Unaweza kunilipa kupitia M-Pesa moja kwa moja, ni rahisi kuliko hapa.",
        {"offplatform_payment"},
    ),
    ("facetime tomorrow", "can we facetime tomorrow about the poster?", {"video_meeting"}),
]


@pytest.mark.parametrize(("label", "text"), CONTENT, ids=[case[0] for case in CONTENT])
def test_the_works_content_is_no_contact(label: str, text: str) -> None:
    assert detect_contacts(text) == [], label


@pytest.mark.parametrize(("label", "text", "kinds"), REACHED, ids=[case[0] for case in REACHED])
def test_the_senders_own_details_are_still_found(label: str, text: str, kinds: set[str]) -> None:
    assert kinds <= kinds_in(text), label
