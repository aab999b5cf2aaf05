"""Messaging apps and payments as ways around the platform, and the talk about them that must
stay quiet: an app that broke, somebody else's chat, an app or a wallet as the work, a story
of a payment gone wrong (our own cases, in the marketplace's languages)."""

from __future__ import annotations

import pytest

from trustdesk.textsafety.contact import detect_contacts

APP = "messaging_app"
PAYMENT = "offplatform_payment"


def kinds_in(text: str, job_category: str | None = None) -> set[str]:
    return {finding.kind for finding in detect_contacts(text, job_category=job_category)}


# (label, text, the kinds that must be found) — each label says what the case is about.
POSITIVES: list[tuple[str, str, set[str]]] = [
    # WhatsApp and Skype with their vowels dropped, Skype's "live:" ids
    ("whtsap", "msg me on whtsap, i share old designs there", {APP}),
    ("whtsapp reach", "reach me on whtsapp for faster reply", {APP}),
    ("wtsapp", "add me wtsapp i send u portfolio", {APP}),
    ("skpe id", "skpe id: live:ravi.builds add me for call", {APP}),
    ("skype live id", "add me on skype, live:marta.k_92", {APP}),
    ("live id alone", "my id is live:cid.7f3a1c9e2b, add me there", {APP}),
    # Skype's own id shape, "live:.cid." and hex, names its app with no word before it
    ("skype cid id", "Skype adımı eklersiniz? live:.cid.5e0b3c71a4, orada konuşalım", {APP}),
    ("skype cid pasted", "live:.cid.0a9f77e2c1 <- that's me, ping whenever", {APP}),
    # WeChat by its short name, "wx"
    ("wx id", "Our factory contact only uses WeChat. Add me: wx ID lin_mei_design", {APP}),
    ("my wx", "my wx: chenstudio_88, send the samples there", {APP}),
    # Apps named in other scripts with an id, or the script's words for one or for adding
    ("wechat id in chinese", "我的微信号是 chen_studio88，加我聊", {APP}),
    ("wechat asked in chinese", "可以加个微信吗？文件比较大", {APP}),
    ("kakaotalk id asked", "카톡 아이디 주시면 자료 보내드릴게요", {APP}),
    ("line in thai", "แอดไลน์ ไอดี nong.design ได้เลยค่ะ", {APP}),
    ("line exchange in japanese", "LINE交換しましょう、QRコード送ります", {APP}),
    # A message on the app asked for in Swahili, a meeting's invite in Hindi
    ("swahili ujumbe", "Niandikie ujumbe Telegram, nitakutumia faili huko", {APP}),
    ("hindi meet ka invite", "kal 4 baje Google Meet ka link bhej dunga", {"video_meeting"}),
    # An app used as a verb
    ("just imessage", "we could just iMessage each other, quicker than this inbox", {APP}),
    ("just whatsapp", "let's just WhatsApp, it's simpler for quick edits", {APP}),
    ("just telegram", "can we just Telegram instead? I check it more", {APP}),
    # Hindi-Urdu, Vietnamese and Turkish ways to say "on the app"
    ("hindi aap use", "aap Telegram use karte ho? wahan file bhej deta hoon", {APP}),
    ("hindi aap hain", "kya aap Signal pe hain? wahan baat karte hain", {APP}),
    ("vietnamese xin", "Em xin Zalo của anh để gửi file nhé", {APP}),
    ("vietnamese qua", "Nhắn qua Zalo cho nhanh nha bạn", {APP}),
    ("vietnamese ket ban", "Kết bạn Zalo với mình nhé, mình gửi mẫu", {APP}),
    ("turkish from", "WhatsApp'tan yazar mısınız, orada daha hızlıyım", {APP}),
    ("turkish to", "Telegram'a geçelim mi? Buradan mesajlar geç geliyor", {APP}),
    ("turkish via", "Bana Signal'den ulaşın lütfen", {APP}),
    # Signal named with the number it is on
    ("signal is a number", "my signal is +44 7700 900 123 if that's easier", {APP, "phone"}),
    # Matrix (Element) handles, which carry their server
    ("matrix handle", "ping me on matrix, @dev_ana:matrix.org", {APP}),
    ("matrix handle other server", "my handle is @k.orlov:tchncs.de on Element", {APP}),
    # Regional wallets, exchanges and handles asked for
    ("cashtag asked", "what's your cashtag? I'll send the deposit now", {PAYMENT}),
    ("cashtag given", "my cashtag is $mira-draws if you want to tip", {PAYMENT}),
    ("accept binance pay", "Do you accept Binance Pay? easier for me", {PAYMENT}),
    ("take revolut", "do you take Revolut? I can send it right away", {PAYMENT}),
    ("aceptas binance", "¿Aceptas Binance Pay? te pago hoy mismo", {PAYMENT}),
    ("arabizi vodafone cash", "ha7awellak el flous 3ala Vodafone Cash a7san", {PAYMENT}),
    ("arabizi instapay", "momken tedfa3li 3ala InstaPay badal el site?", {PAYMENT}),
    (
        "turkish directly",
        "Ödemeyi doğrudan Papara hesabınıza yaparım, site komisyonu olmadan",
        {PAYMENT},
    ),
    ("turkish papara", "Papara'dan direkt göndereyim, komisyon ödemeyelim", {PAYMENT}),
    ("vietnamese transfer", "Mình chuyển khoản Techcombank cho bạn luôn nhé", {PAYMENT}),
    ("vietnamese direct", "Em chuyển khoản trực tiếp cho anh, khỏi qua sàn", {PAYMENT}),
    ("pay half outside", "I'll pay half outside the platform, half on the contract", {PAYMENT}),
]

# (label, text, job category) — nothing may be found.
NEGATIVES: list[tuple[str, str, str | None]] = [
    # "live:" in a config, and a "cid" that is no hex id
    ("live flag", "set live: true in the config and redeploy", None),
    ("wechat official account", "需要做微信公众号运营，每周三篇文章", None),
    ("wechat mini program", "微信小程序开发，预算五千元", None),
    ("kakaotalk channel button", "카카오톡 채널 버튼을 홈페이지에 넣어 주세요", None),
    ("line id in the books", "Line ID 0042 in the QuickBooks export is duplicated", None),
    ("wx the toolkit", "the desktop GUI is built with wx python 4.2, not Qt", None),
    ("wx the weather", "wx radar shows rain at the venue, shoot moved to friday", None),
    ("live cid word", "the status reads live:.cid.pending until the review ends", None),
    # An app that broke: why the sender was late, not where to talk
    ("whatsapp crashed", "my WhatsApp crashed last night and I lost the voice notes, sorry", None),
    ("skype hacked", "my Skype got hacked years ago so I stopped using it", None),
    ("portuguese caiu", "Meu WhatsApp caiu ontem, por isso sumi. O arquivo está anexado.", None),
    ("spanish no funciona", "Mi WhatsApp no funciona desde ayer, perdón por la demora", None),
    ("hindi hack", "Mera Telegram hack ho gaya tha, isliye reply late hua", None),
    ("hindi kharab", "mera whatsapp kharab hai kal se, file yahin bhej raha hoon", None),
    ("french plante", "Mon WhatsApp plante depuis hier, désolé du retard", None),
    # Somebody else's chat
    (
        "plans to the partner",
        "The contractor sent the floor plans over WhatsApp to my partner, attaching them here.",
        None,
    ),
    (
        "reps in a group",
        "Our sales reps talk to leads in a Telegram group today; we want the CRM to log it.",
        None,
    ),
    (
        "customers message the shop",
        "Customers message the bakery on WhatsApp and orders get lost",
        None,
    ),
    ("he was on zoom", "He was on Zoom all day, so he'll review the deck tomorrow", None),
    ("she was on teams", "She was on Teams calls all afternoon and hasn't seen it yet", None),
    # The app as the work: alerts, auto-replies, a channel's logo, a target group
    (
        "slack channel webhook",
        "New orders post to the #orders channel in our Slack through a webhook.",
        "Web Development",
    ),
    ("hindi alerts", "Slack pe har deploy ka alert aana chahiye, ye setup kar doge?", None),
    ("hindi auto reply", "WhatsApp pe customers ke liye auto-reply banana hai", None),
    ("channel logo hindi", "Telegram channel ke liye logo chahiye, 3 options", None),
    ("tg target group", "TG for this campaign is women 25-34 in tier-2 cities", None),
    ("turkish channel", "Telegram'daki kanalımız için logo lazım", None),
    ("turkish update", "WhatsApp'ın yeni güncellemesi botumuzu bozdu", None),
    ("signal gain", "the signal is +3 dB louder on the left channel now", None),
    ("matrix in code", "the role matrix maps admin:write to every team", None),
    # A payment that went wrong, told to stay on the platform
    (
        "scammed with paypal",
        "A client once scammed me with a fake PayPal receipt, so I keep everything on the "
        "platform.",
        None,
    ),
    (
        "paid outside then vanished",
        "My last client paid me through Wise outside the platform and then vanished, "
        "so I only work through the platform's escrow now.",
        None,
    ),
    (
        "spanish estafa",
        "Una vez me pagaron por Nequi fuera de la plataforma y me estafaron, prefiero todo "
        "por aquí.",
        None,
    ),
    (
        "portuguese sumiu",
        "Um cliente me pagou por Pix fora do site e depois sumiu, por isso prefiro tudo por aqui.",
        None,
    ),
    (
        "stock cashtag",
        "Add the $TSLA cashtag to each tweet in the thread",
        "Social Media Marketing",
    ),
]


@pytest.mark.parametrize(
    "text",
    ["forward the files to my inbox instead of here", "send them to my inbox, not this chat"],
)
def test_an_inbox_asked_for_is_an_email_not_a_phone(text: str) -> None:
    assert kinds_in(text) == {"email"}


@pytest.mark.parametrize(("label", "text", "expected"), POSITIVES, ids=[c[0] for c in POSITIVES])
def test_finds_the_app_or_the_payment_route(label: str, text: str, expected: set[str]) -> None:
    found = kinds_in(text)
    assert expected <= found, f"{label}: expected {expected}, found {found}"


@pytest.mark.parametrize(("label", "text", "category"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_stays_quiet_on_apps_and_payments_talked_about(
    label: str, text: str, category: str | None
) -> None:
    assert detect_contacts(text, job_category=category) == [], label
