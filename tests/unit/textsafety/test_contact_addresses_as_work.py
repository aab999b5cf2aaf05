"""Street addresses that are what the work is about (a
listing to write, a venue to draw, a dummy row, an example on a map), told apart from an
address where the sender can be found. Our own cases, with hard negatives on the same
words."""

from __future__ import annotations

import pytest

from trustdesk.textsafety.contact import detect_contacts

ADDRESS = "physical_address"
APP = "messaging_app"
PAYMENT = "offplatform_payment"
VIDEO = "video_meeting"


def kinds_in(text: str) -> set[str]:
    return {finding.kind for finding in detect_contacts(text)}


# (label, text, the kinds that must be found)
POSITIVES: list[tuple[str, str, set[str]]] = [
    (
        "my office for a listing",
        "Drop the signed listing forms at my office, 48 Elm Street, suite 2",
        {ADDRESS},
    ),
    (
        "meet at the venue",
        "Let's meet at the venue first thing: 77 Harbor Road, side door",
        {ADDRESS},
    ),
    ("visit the property", "Come visit the property Sunday, 905 Cedar Avenue, Austin", {ADDRESS}),
    (
        "former client asks you",
        "My last client paid me through Wise, can you do the same?",
        {PAYMENT},
    ),
    ("old agency then you", "Like my old agency, can you just message me on Telegram?", {APP}),
    ("zoom in the afternoon", "¿Podemos hacer zoom en la tarde? Te paso el enlace", {VIDEO}),
    ("sdk then your link", "I know the Zoom SDK well; send me your Zoom link and we talk", {VIDEO}),
    ("vietnamese my house", "Anh ghé nhà em nhé, 45 Lê Lợi, Quận 1", {ADDRESS}),
]

# (label, text)
NEGATIVES: list[tuple[str, str]] = [
    (
        "listing to write",
        "Write a listing for 310 Willow Court, Denver: 3 bed, 2 bath, 1,900 sqft, HOA $120",
    ),
    ("mls sheet", "Typical property: 52 Orchard Lane, Salem. MLS 4471029, built 2004, big yard."),
    (
        "venue floor plan",
        "The awards night is at The Granary, 18 Mill Road, Leeds. Need a floor plan for 30 tables.",
    ),
    (
        "dummy row",
        "Test the merge with a dummy row (Jane Roe, 9 Sample Street, Springfield 01101) first.",
    ),
    (
        "spanish ejemplo",
        "Por ejemplo la ficha del inmueble en 220 Ocean Drive, Miami debe salir en el mapa.",
    ),
    ("portuguese exemplo", "Exemplo de anúncio: 14 Palm Avenue, Orlando, 2 quartos, piscina."),
    (
        "vietnamese vi du",
        "Trang bất động sản, ví dụ địa chỉ 30 Lý Thường Kiệt, Quận 10 hiện trên bản đồ.",
    ),
    (
        "former client paid late",
        "My previous client always paid late via PayPal, so I stick to milestones now.",
    ),
    (
        "left old agency",
        "I quit my old agency since they pushed everyone onto WhatsApp to bill privately.",
    ),
    (
        "spanish ultimo cliente",
        "Mi último cliente me pagaba por PayPal con semanas de retraso, por eso ya no.",
    ),
    (
        "zoom sdk in the app",
        "The portal should open Zoom meetings for doctors through the Video SDK.",
    ),
    (
        "german zoom api",
        "Die Plattform soll Zoom-Termine über die Zoom API anlegen, Budget 4.000 €.",
    ),
    ("spanish zoom close-up", "Puedes hacer zoom en la foto del producto? Se ve borrosa."),
    ("portuguese zoom close-up", "Dá para fazer zoom na etiqueta da garrafa no vídeo?"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [(t, k) for _, t, k in POSITIVES],
    ids=[label for label, _, _ in POSITIVES],
)
def test_finds_the_address_to_reach(text: str, expected: set[str]) -> None:
    assert expected <= kinds_in(text)


@pytest.mark.parametrize("text", [t for _, t in NEGATIVES], ids=[label for label, _ in NEGATIVES])
def test_stays_quiet_on_the_work_s_subject(text: str) -> None:
    assert kinds_in(text) == set()
