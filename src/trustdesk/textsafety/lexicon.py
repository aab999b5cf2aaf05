"""Word lists for the contact detector: data, kept apart from the rules that use them.

Everything here is matched against folded text (lower case, accents removed, look-alikes
mapped to Latin; see ``normalize.py``), so entries are written that way: ``numero`` also
matches ``número``. Regular-expression fragments are marked ``_PATTERN``.
"""

from __future__ import annotations

from typing import Final


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``, as a set (how the word lists are written)."""
    return frozenset(text.split())


# --- Look-alike letters (Cyrillic and Greek) that senders use to dodge keyword filters. ---
CONFUSABLES: Final[dict[str, str]] = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d",
    "ɡ": "g", "һ": "h", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ь": "b", "п": "n", "г": "r", "ц": "u",
    "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p", "С": "c",
    "Т": "t", "У": "y", "Х": "x", "Ѕ": "s", "І": "i", "Ј": "j", "Ԁ": "d", "Һ": "h", "Ԝ": "w",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ς": "s", "γ": "y", "μ": "u",
    "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n",
    "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x",
    # Latin letters with a stroke, which NFKD does not decompose (Polish "głupi", "Łukasz")
    "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ħ": "h",
    # Other look-alikes
    "ℓ": "l", "ı": "i", "ȷ": "j", "ⅰ": "i", "０": "0", "＠": "@", "．": ".", "。": ".", "﹫": "@",
}  # fmt: skip

# Spaced-out letters are joined only when the joined word is one of these (or holds an "@"),
# so "A B C D" in a list stays as it is.
SPACED_WORD_WATCHLIST: Final[str] = (
    r"@|whats?app|watsapp|telegram|skype|signal|viber|wechat|discord|snap|insta|facebook"
    r"|linkedin|twitter|tiktok|zoom|meet|teams|calendly|gmail|yahoo|hotmail|outlook|icloud"
    r"|e?mail|paypal|payoneer|venmo|zelle|cashapp|wise|number|phone|mobile|contact|call"
    r"|numero|telefone|celular|dot|com"
)

# --- Digits spelled out, by language. "do", "teen", "nau", "no" and the like only count
# inside a run of at least seven digits, which ordinary prose never forms. ---
DIGIT_WORDS: Final[dict[str, str]] = {
    # English
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9", "niner": "9",
    # Spanish
    "cero": "0", "uno": "1", "una": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5",
    "seis": "6", "siete": "7", "ocho": "8", "nueve": "9",
    # Portuguese ("meia" is six when Brazilians read out a phone number)
    "um": "1", "dois": "2", "duas": "2", "quatro": "4", "sete": "7", "oito": "8", "nove": "9",
    "meia": "6",
    # French
    "un": "1", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5",
    "sept": "7", "huit": "8", "neuf": "9",
    # Hindi and Urdu in Latin letters
    "shunya": "0", "shoonya": "0", "sunya": "0", "sifar": "0", "sifr": "0", "ek": "1",
    "aik": "1", "do": "2", "teen": "3", "tin": "3", "char": "4", "chaar": "4",
    "panch": "5", "paanch": "5", "paanj": "5", "panj": "5", "chhe": "6", "chhah": "6",
    "chhay": "6", "chay": "6", "chhey": "6", "che": "6", "saat": "7", "sat": "7",
    "aath": "8", "aatth": "8", "aat": "8", "ath": "8", "nau": "9", "nao": "9", "no": "9",
    # Tagalog
    "sero": "0", "isa": "1", "dalawa": "2", "tatlo": "3", "apat": "4", "lima": "5",
    "anim": "6", "pito": "7", "walo": "8", "siyam": "9",
}  # fmt: skip
#: "double five" is 55, "triple zero" is 000.
DIGIT_REPEATERS: Final[dict[str, int]] = {"double": 2, "triple": 3, "doble": 2, "dobro": 2}

# Words around a run of digits that say it is a phone number.
PHONE_CONTEXT: Final[frozenset[str]] = words("""
    call calls calling called text texting txt sms phone phones ph cell cellphone mobile mob
    tel telephone number num nr contact reach ring dial digits hotline landline whatsapp whats
    wa zap wpp wsp viber signal telegram imessage wechat gcash paytm upi msg message
    numero telefone telefono celular cel movil portable telefon llama llamar llamame ligar liga
    me-liga appelle appeler appelez joindre fone contato contacto raabta rabta karo cp tawag
    mobile: tel: fax desk office landline answering answer voicemail reach whatsapp
    """)

# Words just before a run of digits that say it is something else.
NOT_PHONE_BEFORE: Final[frozenset[str]] = words("""
    order orders invoice inv bill receipt quote estimate po pr issue issues ticket case ref
    reference transaction txn tracking shipment awb container flight page pages chapter verse
    step steps build builds version ver release error exception status hash commit sha uid
    uuid userid row rows column line lines item items sku model part product serial license
    licence policy claim patient member employee student customer routing swift iban account
    acct card cvv pin otp code zip postal pincode postcode store branch unit room suite apt
    flat building lot batch isbn ean upc asin gtin npi ein ssn tin pan aadhaar aadhar cnic nin
    bvn nuban ifsc sort job project contract task milestone port pid ip ipv4 version: build:
    year years dated date from between total sum budget price cost views followers clicks
    impressions revenue sales salary
    """)

# Words just after a run of digits that say it is a quantity, not a phone number.
NOT_PHONE_AFTER: Final[frozenset[str]] = words("""
    px pt em rem k kb mb gb tb fps hz khz mhz ghz ms s sec secs seconds min mins minutes hr
    hrs hours h d days weeks months years usd eur gbp inr pkr php ngn brl cad aud dollars
    euros rupees pesos words word pages page rows records views followers likes users
    downloads installs subscribers items units pcs sq ft m km kg g lbs mg ml x % times
    characters chars tokens lines clicks impressions visits sessions orders products
    """)

# An example or placeholder number, not a real one.
EXAMPLE_CONTEXT: Final[frozenset[str]] = words("""
    example examples e.g eg format formats formatted placeholder dummy fake sample mask regex
    validate validates validation validator test testing input inputs field fields pattern
    mock fixture like
    """)

# --- Email ---
MAIL_PROVIDERS: Final[frozenset[str]] = words("""
    gmail googlemail yahoo ymail hotmail outlook live msn icloud me aol proton protonmail
    pm yandex zoho gmx mail rediffmail rocketmail qq 163 126 naver hanmail web t-online
    """)
COMMON_TLDS: Final[frozenset[str]] = words("""
    com net org io co in pk ph ng br fr es mx uk de me info biz dev ai app us ca au edu gov
    xyz online site tech store pro ru cn jp kr it nl pl pt ar cl co za ke eg bd id vn tr
    sa ae sg my nz ie be ch at se no dk fi gr cz hu ro ua
    """)
PLACEHOLDER_EMAIL_DOMAINS: Final[frozenset[str]] = words("""
    example.com example.org example.net example.io example test.com domain.com yourdomain.com
    yoursite.com mysite.com mydomain.com yourcompany.com company.com email.com bar.com foo.com
    foobar.com acme.com sample.com website.com site.com somewhere.com localhost test.test
    example.test invalid.com placeholder.com
    """)
PLACEHOLDER_EMAIL_LOCALS: Final[frozenset[str]] = words("""
    user username name yourname your.name youremail your.email email someone foo test
    example firstname.lastname first.last firstname xxx abc
    """)

# --- Messaging apps: canonical name → spellings. "Weak" spellings (nicknames and common
# words) count only with a clear contact context; strong ones with any contact context. ---
MESSAGING_APPS_STRONG_PATTERN: Final[str] = (
    r"(?P<whatsapp>green\s+app|whats\s?app?|whatsap+|whatts?app|wh?at?ts?\s?ap+|whtsapp|whatapp|watsapp"
    r"|wattsapp|wassap+|whatzapp|watzap|whatsaap|whasapp|whastapp|wathsapp)"
    r"|(?P<telegram>telegram|telegrm|telgram|telegarm)"
    r"|(?P<skype>skype|skyp|skipe|skaip)"
    r"|(?P<wechat>wechat|we\s?chat|weixin)"
    r"|(?P<viber>viber)"
    r"|(?P<imessage>i-?message)"
    r"|(?P<kakaotalk>kakao\s?talk|kakaotalk)"
    r"|(?P<threema>threema)"
    r"|(?P<zalo>zalo)"
    r"|(?P<google_chat>google\s?chat|hangouts?)"
)
MESSAGING_APPS_WEAK_PATTERN: Final[str] = (
    r"(?P<whatsapp>wa|whats|wats|zap|zapzap|wpp|wsp|watts)"
    r"|(?P<telegram>tg|tele|telega)"
    r"|(?P<signal>signal)"
    r"|(?P<discord>discord|disc|dc)"
    r"|(?P<slack>slack)"
    r"|(?P<line>line)"
    r"|(?P<messenger>messenger)"
    r"|(?P<kik>kik)"
)

# What an app name is about when it is the subject of the work, not a way to talk.
APP_TOPIC_AFTER: Final[frozenset[str]] = words("""
    bot bots api apis integration integrations integrate sdk webhook webhooks chatbot chatbots
    clone automation automations template templates marketing ads ad stickers sticker emoji
    emojis theme themes plugin plugins widget widgets login logins notification notifications
    broadcast broadcasts campaign campaigns community communities recording recordings
    footage protocol library client scraper scraping export exports data store mini
    app-like business cloud payments pay feature features button buttons share sharing art
    artwork banner banners logo logos emote emotes overlay overlays mod mods moderation
    moderator moderators server-side channel-management analytics ui design designs redesign
    mockup mockups catalog catalogue flow flows messages-api desktop web-app connector
    connectors alerts alert hooks hook developer developers development dev stack import
    ecosystem audience followers members marketplace accounts account-management trends
    """)
APP_TOPIC_BEFORE: Final[frozenset[str]] = words("""
    build building built develop developing developed create creating created integrate
    integrating integrated automate automating automated code coding program programming
    design designing designed implement implementing implemented scrape scraping configure
    configuring setup set setting moderate moderating manage managing managed grow growing
    edit editing edited clip clipping record recorded recording a-custom custom our their his
    her its company's brand's clone cloning migrate migrating export exporting
    """)
# Words before an app name that make it a way to talk.
APP_CONTACT_BEFORE: Final[frozenset[str]] = words("""
    on via through thru over in to by using use my your ur yr his her our add ping text msg
    message dm pm contact reach call hit find catch join switch move continue chat talk
    speak connect communicate write send share have got pe par mein no na pelo pela por en
    sur sa mi tu su seu sua teu tua meu minha ton ta mon ma votre vos mera meri apna apni
    aapka aapki tumhara tera iyong aking
    """)
# Words after an app name that make it a way to talk.
APP_CONTACT_AFTER: Final[frozenset[str]] = words("""
    me us number no num nr nb # id handle username user name contact call calls chat chats
    group ? : = is link here there please pls plz instead then karo kar pe par mo asap add
    details info account profile @ + ka ki ke
    """)

# --- Video meetings ---
VIDEO_TOPIC_AFTER: Final[frozenset[str]] = words("""
    in into out on level levels lens lenses effect effects transition transitions tool tools
    slider feature features integration integrations api apis sdk app-integration plugin
    plugins webhook webhooks marketplace recording recordings transcript transcripts
    background backgrounds ratio burst blur zoom shot shots factor animation animations
    keyframe keyframes percentage % x bot bots clone add-on addon addons apps
    """)

# --- Social networks: canonical name → spellings (matched with context). ---
SOCIAL_NETWORKS_PATTERN: Final[str] = (
    r"(?P<instagram>instagram|insta|ig|instagr\.am)"
    r"|(?P<facebook>facebook|fb)"
    r"|(?P<linkedin>linkedin|linked\s?in|li)"
    r"|(?P<twitter>twitter|tweeter)"
    r"|(?P<x>x)"
    r"|(?P<tiktok>tik\s?tok)"
    r"|(?P<snapchat>snapchat|snap)"
    r"|(?P<threads>threads)"
)

# --- Off-platform payment services: canonical name → spellings. ---
PAYMENT_SERVICES_PATTERN: Final[str] = (
    r"(?P<paypal>pay\s?pal|paypall?|pp(?=\s*(?:f&f|f\s?n\s?f|friends)))"
    r"|(?P<wise>transferwise|wise)"
    r"|(?P<payoneer>payoneer)"
    r"|(?P<venmo>venmo)"
    r"|(?P<zelle>zelle)"
    r"|(?P<cash_app>cash\s?app)"
    r"|(?P<stripe>stripe)"
    r"|(?P<paytm>paytm)"
    r"|(?P<upi>upi)"
    r"|(?P<gcash>g-?cash)"
    r"|(?P<maya>paymaya|maya)"
    r"|(?P<mpesa>m-?pesa)"
    r"|(?P<western_union>western\s?union)"
    r"|(?P<moneygram>moneygram)"
    r"|(?P<remitly>remitly)"
    r"|(?P<skrill>skrill)"
    r"|(?P<neteller>neteller)"
    r"|(?P<revolut>revolut)"
    r"|(?P<pix>pix)"
    r"|(?P<mercado_pago>mercado\s?pago)"
    r"|(?P<nequi>nequi)"
    r"|(?P<bizum>bizum)"
    r"|(?P<interac>interac|e-?transfer)"
    r"|(?P<easypaisa>easy\s?paisa)"
    r"|(?P<jazzcash>jazz\s?cash)"
    r"|(?P<bkash>bkash)"
    r"|(?P<sadapay>sadapay|nayapay)"
    r"|(?P<alipay>alipay)"
    r"|(?P<bank_transfer>bank\s?transfer|bank\s?deposit|wire\s?transfer|wire|direct\s?deposit"
    r"|ach|swift|iban|bank\s?account|bank\s?details|bank\s?info"
    r"|transferencia(?:\s?bancaria)?|virement(?:\s?bancaire)?"
    r"|deposito|neft|imps|rtgs|sepa)"
    r"|(?P<crypto>crypto|cryptocurrency|bitcoin|btc|ethereum|eth|usdt|usdc|tether|binance"
    r"|trc-?20|erc-?20|bep-?20|litecoin|ltc|solana|sol|wallet\s?address|crypto\s?wallet)"
    r"|(?P<cash>cash)"
)
PAYMENT_WEAK_SERVICES: Final[frozenset[str]] = frozenset(
    {"wise", "stripe", "upi", "maya", "pix", "cash", "crypto", "bank_transfer", "interac"}
)
# A payment service that is the subject of the work (an integration, the client's books).
PAYMENT_TOPIC_AFTER: Final[frozenset[str]] = words("""
    integration integrations integrate integrated api apis sdk checkout gateway gateways
    button buttons plugin plugins webhook webhooks ipn subscription subscriptions
    reconciliation reconcile statement statements export exports csv report reports
    transactions transaction history dispute disputes chargeback chargebacks sandbox module
    modules payouts-api connect element elements form forms logo logos icon icons clone feed
    feeds ledger data records entries mining miner project projects industry exchange
    exchanges market markets news trading trader traders chart charts dashboard dashboards
    app-clone nft nfts token tokens startup startups company companies brand brands niche blog
    blogs newsletter content fund funds portfolio price prices theme website websites
""")
PAYMENT_TOPIC_BEFORE: Final[frozenset[str]] = words("""
    integrate integrating integrated implement implementing implemented setup set setting
    configure configuring build building built add adding connect connecting reconcile
    reconciling categorize categorizing categorise import importing sync syncing export
    exporting track tracking record recording audit auditing review reviewing the-clients
    client's clients' customer customers' their
""")

# --- Physical addresses ---
STREET_SUFFIX_PATTERN: Final[str] = (
    r"street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl"
    r"|terrace|close|crescent|highway|hwy|parkway|pkwy|square|sq|circle|cir|trail|trl"
)
STREET_PREFIX_PATTERN: Final[str] = (
    r"calle|avenida|av\.|rua|rue|boulevard|bd|chemin|travessa|praca|carrera|cra\.?|jalan"
    r"|jl\.?|viale|piazza|plaza|paseo|camino|estrada|alameda|allee|impasse|barangay|brgy"
)
