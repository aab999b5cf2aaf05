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
# Digits of the scripts senders type numbers in (Arabic-Indic in Egypt, Eastern Arabic-Indic
# in Pakistan, Devanagari in India, Bengali in Bangladesh), read as the ASCII digits they are:
# "९८७६५ ४३२१०" is a phone number as much as "98765 43210".
CONFUSABLES.update(
    {
        chr(zero + value): str(value)
        for zero in (0x0660, 0x06F0, 0x0966, 0x09E6)
        for value in range(10)
    }
)

# Spaced-out letters are joined only when the joined word is one of these (or holds an "@"),
# so "A B C D" in a list stays as it is.
SPACED_WORD_WATCHLIST: Final[str] = (
    r"@|whats?app|watsapp|telegram|skype|signal|viber|wechat|discord|snap|insta|facebook"
    r"|usdt|usdc|tether|bitcoin|crypto|gcash|revolut"
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
    # Indonesian and Malay ("kosong", empty, is how many read out a zero)
    "nol": "0", "kosong": "0", "satu": "1", "dua": "2", "tiga": "3", "empat": "4",
    "enam": "6", "tujuh": "7", "delapan": "8", "sembilan": "9",
    # German
    "null": "0", "eins": "1", "zwei": "2", "drei": "3", "vier": "4", "funf": "5", "fuenf": "5",
    "sechs": "6", "sieben": "7", "acht": "8", "neun": "9",
    # Numbers from ten to nineteen, for numbers read out in pairs ("zero six, douze, ...")
    "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
    "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
    "diez": "10", "once": "11", "doce": "12", "trece": "13", "catorce": "14", "quince": "15",
    "dieciseis": "16", "diecisiete": "17", "dieciocho": "18", "diecinueve": "19",
    "dez": "10", "onze": "11", "doze": "12", "treze": "13", "quatorze": "14", "catorze": "14",
    "quinze": "15", "dezesseis": "16", "dezasseis": "16", "dezessete": "17", "dezassete": "17",
    "dezoito": "18", "dezenove": "19", "dezanove": "19",
    "dix": "10", "douze": "12", "treize": "13", "seize": "16",
    # Spanish twenties are one word
    "veintiuno": "21", "veintiun": "21", "veintidos": "22", "veintitres": "23",
    "veinticuatro": "24", "veinticinco": "25", "veintiseis": "26", "veintisiete": "27",
    "veintiocho": "28", "veintinueve": "29",
}  # fmt: skip
#: Tens, read alone ("thirty") or with a unit ("thirty-four", "treinta y cuatro", "trente et
#: un", "soixante-dix-huit", "quatre-vingt-douze"): each is also a digit word, of its value.
DIGIT_TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
    "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
    "setenta": 70, "ochenta": 80, "noventa": 90,
    "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60,
    "oitenta": 80,
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
}  # fmt: skip
DIGIT_WORDS.update({word: str(value) for word, value in DIGIT_TENS.items()})
#: What can follow tens in one pair of digits: a unit ("vingt et un", "thirty-four") and, in
#: French, a teen ("soixante-douze", "quatre-vingt-dix-neuf").
DIGIT_TENS_TAILS: Final[frozenset[str]] = words("""
    one two three four five six seven eight nine uno un una dos tres cuatro cinco seis siete
    ocho nueve um dois duas quatro sete oito nove deux trois quatre cinq sept huit neuf dix
    onze douze treize quatorze quinze seize
    """)
#: "double five" is 55, "triple zero" is 000.
DIGIT_REPEATERS: Final[dict[str, int]] = {"double": 2, "triple": 3, "doble": 2, "dobro": 2}

# Wallets whose account is a phone number ("GCash 0917…", "Bizum al 634…"): a number written
# next to one is a phone number. (Not those named like a common word or a first name: "Maya",
# Indonesian "dana" for funds; see ``PHONE_WALLET_ACCOUNTS``.)
PHONE_WALLETS: Final[frozenset[str]] = words("""
    gcash paymaya mpesa pesa paytm phonepe gpay upi bizum yape plin nequi daviplata wave
    jazzcash easypaisa zelle bkash nagad gopay shopeepay opay palmpay sadapay nayapay momo
    """)
# Wallets after which "account" is the owner's phone number ("Easypaisa account 0345…",
# "DANA account 0857…"). (Words of ``_TOKENS``, which keeps a hyphen: "m-pesa".)
PHONE_WALLET_ACCOUNTS: Final[frozenset[str]] = PHONE_WALLETS | words("maya ovo dana m-pesa g-cash")

# Words around a run of digits that say it is a phone number.
PHONE_CONTEXT: Final[frozenset[str]] = (
    words("""
    call calls calling called text texting txt sms phone phones ph cell cellphone mobile mob
    tel telephone number num nr contact reach ring dial digits hotline landline whatsapp whats
    wa zap wpp wsp viber signal telegram imessage wechat gcash paytm upi msg message
    numero telefone telefono celular cel movil portable telefon llama llamar llamame ligar liga
    me-liga appelle appeler appelez joindre fone contato contacto raabta rabta karo cp tawag
    mobile: tel: fax desk office landline answering answer voicemail reach whatsapp
    nomor nomer nmr telp telpon telepon nelpon hp hubungi ligue chama marcame
    telefonisch anrufen nummer mensaje mensagem celu tawagan kontak rappeler rappelle
    telemovel tlf tlfn fono
    goi sdt thoai zadzwon zadzwonic dzwon dzwonic numer komorka komorki arayin arayabilirsiniz
    numaram numaramdan numarasi numara nipigie simu namba kalemni kalimni raqam rakam
    """)
    | PHONE_WALLETS
)

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
    impressions revenue sales salary faktura fatura factura facture fattura rechnung
    zamowienie zamowienia siparis pedido
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
    mock fixture like validierung validacion validacao validazione formato beispiel ejemplo
    exemplo exemple esempio wie comme
    """)

# --- Email ---
MAIL_PROVIDERS: Final[frozenset[str]] = words("""
    gmail googlemail yahoo ymail hotmail outlook live msn icloud me aol proton protonmail
    pm yandex zoho gmx mail rediffmail rocketmail qq 163 126 naver hanmail web t-online
    wanadoo laposte sfr uol bol libero
    """)
COMMON_TLDS: Final[frozenset[str]] = words("""
    com net org io co in pk ph ng br fr es mx uk de me info biz dev ai app us ca au edu gov
    xyz online site tech store pro ru cn jp kr it nl pl pt ar cl co za ke eg bd id vn tr
    sa ae sg my nz ie be ch at se no dk fi gr cz hu ro ua
    gh tz ug rw zm zw sn ci cm ma tn dz lk np pe ve ec uy cr gt pa bo py il jo lb qa kw om th
    tw hk kh mm sk si hr rs bg lt lv ee kz ge tv cc ws fm gg ly eu asia
    """)
# Newer top-level domains, which read as words: an address ends in one only when its "at" or
# a dot is spelled out or bracketed ("kay{at}sprout{dot}agency"), never in a spaced handle
# ("insta @studio.nomad.design").
SPELLED_EMAIL_TLDS: Final[frozenset[str]] = words("""
    agency studio design digital media marketing solutions services consulting photography
    photo photos art email live life world space website cloud group team works shop blog
    news expert academy center company network systems software club global travel
    """)
PLACEHOLDER_EMAIL_DOMAINS: Final[frozenset[str]] = words("""
    example.com example.org example.net example.io example test.com domain.com yourdomain.com
    yoursite.com mysite.com mydomain.com yourcompany.com company.com email.com bar.com foo.com
    foobar.com acme.com sample.com website.com site.com somewhere.com localhost test.test
    example.test invalid.com placeholder.com
    """)
#: The first label of a domain that marks an example address, in the marketplace's languages.
PLACEHOLDER_EMAIL_HOSTS: Final[frozenset[str]] = words("""
    example test domain company email exemplo ejemplo exemple beispiel contoh halimbawa teste
    prueba dominio empresa ornek tuempresa suempresa tudominio sudominio tusitio tuweb
    suaempresa seudominio seusite votreentreprise votredomaine votresite firmaniz
    sirketiniz alanadiniz siteniz perusahaan perusahaananda domainanda namadomain
    """)
PLACEHOLDER_EMAIL_LOCALS: Final[frozenset[str]] = words("""
    user username name yourname your.name youremail your.email email someone foo test
    example firstname.lastname first.last firstname xxx abc teste prueba usuario nome nombre
    fulano utilisateur contoh ornek ejemplo exemplo exemple beispiel isim adsoyad nama prenom
    tunombre seunome votrenom
    """)

# --- Messaging apps: canonical name → spellings. "Weak" spellings (nicknames and common
# words) count only with a clear contact context; strong ones with any contact context. ---
MESSAGING_APPS_STRONG_PATTERN: Final[str] = (
    r"(?P<whatsapp>green\s+app|wapp|wh?a?ts+p+|whats\s?app?|whatsap+|wh?ts+ap+|whatts?app|wh?at?ts?\s?ap+|whtsapp|whatapp|watsapp"
    r"|wattsapp|wass?ap+|whass?ap+|guass?ap+|whatzapp|watzap|whatsaap|whastapp|wathsapp)"
    # (Telegram by its logo: "the paper plane app", Indonesian "aplikasi pesawat kertas";
    # Turkish "Telgraf".)
    r"|(?P<telegram>telegram|telegrm|telgram|telegarm|telgraf|paper\s?plane(?:\s+app)?"
    r"|pesawat\s+kertas)"
    r"|(?P<skype>skype|skyp|skipe|skaip|skpe)"
    r"|(?P<wechat>wechat|we\s?chat|weixin)"
    r"|(?P<viber>viber|purple\s+app)"
    r"|(?P<imessage>i-?message)"
    r"|(?P<kakaotalk>kakao\s?talk|kakaotalk)"
    r"|(?P<threema>threema)"
    r"|(?P<zalo>zalo)"
    r"|(?P<google_chat>google\s?chat|hangouts?)"
)
MESSAGING_APPS_WEAK_PATTERN: Final[str] = (
    r"(?P<whatsapp>wa|whats|wats|zap|zapzap|wpp|wsp|watts|w/a)"
    r"|(?P<telegram>tg|tele|telega)"
    r"|(?P<signal>signal)"
    r"|(?P<discord>discord|disc|dc)"
    r"|(?P<slack>slack(?:\s+connect)?)"
    r"|(?P<line>line)"
    r"|(?P<messenger>messenger)"
    r"|(?P<kik>kik)"
    r"|(?P<kakaotalk>kakao)"
    r"|(?P<wechat>wx)"
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
    icon icons badge badges status statuses
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
    aapka aapki tumhara tera iyong aking al pra pro di ke lewat pakai pake punya tienes
    tiene tem tens usas meron prefer prefers prefiero prefiro prefere agregame agrega
    escribeme escribime mandame manda mande hablame llamame chama chame adiciona
    ajoutez-moi ajoute-moi contactez-moi ecrivez-moi nitumie niandikie ujumbe kupitia co
    """)
# Words after an app name that make it a way to talk.
APP_CONTACT_AFTER: Final[frozenset[str]] = words("""
    me us number no num nr nb # id handle username user name contact call calls chat chats
    group ? : = is link here there please pls plz instead then karo kar pe par mo asap add
    details info account profile @ + ka ki ke aja saja
    """)

# --- Video meetings ---
VIDEO_TOPIC_AFTER: Final[frozenset[str]] = words("""
    in into out on level levels lens lenses effect effects transition transitions tool tools
    slider feature features integration integrations api apis sdk app-integration plugin
    plugins webhook webhooks marketplace recording recordings transcript transcripts
    background backgrounds ratio burst blur zoom shot shots factor animation animations
    keyframe keyframes percentage % x bot bots clone add-on addon addons apps camera
    cameras
    """)

# --- Social networks: canonical name → spellings (matched with context). ---
SOCIAL_NETWORKS_PATTERN: Final[str] = (
    r"(?P<instagram>instagram|insta|ig|instagr\.am|the\s+gram)"
    r"|(?P<facebook>facebook|fb)"
    r"|(?P<linkedin>linkedin|linked\s?in|li)"
    r"|(?P<twitter>twitter|tweeter)"
    r"|(?P<x>x)"
    r"|(?P<tiktok>tik\s?tok)"
    r"|(?P<snapchat>snapchat|snap)"
    r"|(?P<threads>threads)"
    r"|(?P<bluesky>bluesky|bsky)"
    r"|(?P<mastodon>mastodon)"
    r"|(?P<reddit>reddit)"
)

# --- Off-platform payment services: canonical name → spellings. ---
PAYMENT_SERVICES_PATTERN: Final[str] = (
    r"(?P<paypal>pay[\s-]?pal|paypall?|paypaal|pp(?=\s*[(\[]?\s*(?:f&f|f\s?n\s?f|friends)))"
    r"|(?P<wise>transferwise|wise)"
    r"|(?P<payoneer>payoneer|payoner|payonner|payonear)"
    r"|(?P<venmo>venmo)"
    r"|(?P<zelle>zelle)"
    r"|(?P<cash_app>cash\s?app|cash\s?tag)"
    r"|(?P<apple_cash>apple\s?cash)"
    r"|(?P<stripe>stripe)"
    r"|(?P<paytm>paytm)"
    r"|(?P<phonepe>phonepe)"
    r"|(?P<google_pay>gpay|google\s?pay)"
    r"|(?P<upi>upi)"
    r"|(?P<gcash>g-?cash)"
    r"|(?P<maya>paymaya|maya)"
    r"|(?P<mpesa>m-?pesa)"
    r"|(?P<orange_money>orange\s?money)"
    r"|(?P<airtel_money>airtel\s?money)"
    r"|(?P<mtn_momo>mtn\s?(?:momo|mobile\s?money))"
    r"|(?P<momo>momo)"
    r"|(?P<wave>wave)"
    r"|(?P<vodafone_cash>vodafone\s?cash)"
    r"|(?P<papara>papara|ininal)"
    r"|(?P<instapay>instapay)"
    r"|(?P<opay>opay|palmpay|moniepoint)"
    r"|(?P<western_union>western\s?union)"
    r"|(?P<moneygram>moneygram)"
    r"|(?P<remitly>remitly|worldremit|sendwave|xoom)"
    r"|(?P<skrill>skrill)"
    r"|(?P<neteller>neteller)"
    r"|(?P<revolut>revolut)"
    r"|(?P<pix>pix)"
    r"|(?P<boleto>boleto)"
    r"|(?P<picpay>picpay)"
    r"|(?P<mercado_pago>mercado\s?pago)"
    r"|(?P<nequi>nequi|daviplata)"
    r"|(?P<yape>yape)"
    r"|(?P<oxxo>oxxo)"
    r"|(?P<bizum>bizum)"
    r"|(?P<lydia>lydia|paylib)"
    r"|(?P<twint>twint)"
    r"|(?P<interac>interac|e-?transfer)"
    r"|(?P<easypaisa>easy\s?paisa)"
    r"|(?P<jazzcash>jazz\s?cash)"
    r"|(?P<bkash>bkash|nagad)"
    r"|(?P<sadapay>sadapay|nayapay|raast)"
    r"|(?P<ovo>ovo)"
    r"|(?P<dana>dana)"
    r"|(?P<gopay>gopay|shopee\s?pay|linkaja|grabpay)"
    r"|(?P<alipay>alipay|wechat\s?pay|kakao\s?pay)"
    r"|(?P<local_bank>bca|bri|bni|bank\s?mandiri|cimb\s?niaga|bdo|bpi|metrobank|unionbank"
    r"|landbank|rcbc|hdfc|icici|sbi|axis\s?bank|hbl|meezan\s?bank|meezan|ubl"
    r"|mcb|bank\s?alfalah|gtbank|gt\s?bank|zenith\s?bank|access\s?bank|kcb|nubank|itau"
    r"|bradesco|banco\s?do\s?brasil|santander|bbva|banorte|bancolombia"
    r"|vietcombank|techcombank|vietinbank|bidv|agribank|vpbank|tpbank|sacombank)"
    r"|(?P<bank_transfer>bank\s?transfer|bank\s?deposit|wire\s?transfer|wire|direct\s?deposit"
    r"|ach|swift|iban|bank\s?account|bank\s?details|bank\s?info|bank\s?wire"
    r"|transferencia(?:\s?bancaria)?|virement(?:\s?bancaire)?|deposito(?:\s?bancario)?"
    r"|neft|imps|rtgs|sepa|spei|clabe|rekening|rib|ifsc|datos\s?bancarios|dados\s?bancarios"
    r"|routing\s?numbers?|chuyen\s?khoan"
    r"|coordonnees\s?bancaires)"
    r"|(?P<bank>bank|banco|banque)"
    r"|(?P<crypto>crypto|cryptocurrency|cripto|criptomoneda|bitcoin|btc|ethereum|eth|usdt|usdc"
    r"|tether|binance(?:\s?pay)?|trc-?20|erc-?20|bep-?20|litecoin|ltc|solana|sol|tron|trx|bnb"
    r"|dogecoin|doge|metamask|trust\s?wallet|coinbase|bybit|wallet\s?address|crypto\s?wallet)"
    r"|(?P<cash>cash)"
)
PAYMENT_WEAK_SERVICES: Final[frozenset[str]] = frozenset(
    {"wise", "stripe", "upi", "pix", "cash", "crypto", "bank_transfer", "interac", "google_pay"}
)
# Services whose name is also a first name or a common word ("Maya", "Lydia", "wave", Indonesian
# "dana" for funds, Portuguese "ovo" for egg, "boleto" for a ticket, a bank as a client): they
# count only with money plainly moving to them (paid to them, their account or number given).
PAYMENT_NAME_LIKE_SERVICES: Final[frozenset[str]] = frozenset(
    {"maya", "wave", "momo", "lydia", "ovo", "dana", "boleto", "oxxo", "local_bank", "bank"}
)
# Spellings that count only as typed with a capital letter ("Pix", "UPI", "ETH"), as common
# words or abbreviations otherwise; and those that count only all in capitals ("DANA").
PAYMENT_CAPITALISED: Final[frozenset[str]] = words("""
    swift ach eth pix maya sol trx doge wave bri bni bca rib
    """)
PAYMENT_UPPER_CASE: Final[frozenset[str]] = words("ovo dana momo sepa")
# A payment service that is the subject of the work (an integration, the client's books).
PAYMENT_TOPIC_AFTER: Final[frozenset[str]] = words("""
    integration integrations integrate integrated integracao integracion integrasi api apis
    sdk checkout gateway gateways button buttons plugin plugins webhook webhooks ipn
    subscription subscriptions reconciliation reconcile statement statements export exports
    csv report reports transactions transaction history dispute disputes chargeback
    chargebacks sandbox module modules payouts-api connect element elements form forms logo
    logos icon icons clone feed feeds ledger data records entries mining miner project
    projects industry exchange exchanges market markets news trading trader traders chart
    charts dashboard dashboards app-clone nft nfts token tokens startup startups company
    companies brand brands niche blog blogs newsletter content fund funds portfolio price
    prices theme website websites fee fees balance balances payout payouts withdrawal
    withdrawals merchant ads ad stk daraja receipt receipts invoices
""")
PAYMENT_TOPIC_BEFORE: Final[frozenset[str]] = words("""
    integrate integrating integrated implement implementing implemented setup set setting
    configure configuring build building built add adding connect connecting reconcile
    reconciling categorize categorizing categorise import importing sync syncing export
    exporting track tracking record recording audit auditing review reviewing the-clients
    client's clients' customer customers' their integrar integrando supports support
    supporting enable enabling about
""")
# Words anywhere in a message that make its payment services the subject of the work: an
# integration, an app's or a shop's own payments, the client's books, withdrawals from here.
# There a service counts only with a plain off-platform cue (paid directly, the fees, a
# number or an account to pay to, "pay me").
PAYMENT_TOPIC_CUES: Final[frozenset[str]] = words("""
    integrate integrating integrated integration integrations integrar integracao
    integracion integrasi gateway gateways checkout sandbox api apis sdk webhook webhooks
    plugin plugins woocommerce shopify magento razorpay paymongo xendit midtrans paystack
    flutterwave braintree adyen ecommerce e-commerce storefront reconcile reconciling
    reconciled reconciliation reconciliations categorize categorise categorized categorised
    categorizing categorising bookkeeping ledger quickbooks qbo xero freshbooks netsuite
    accountant accounting
    payout payouts withdraw withdrawal withdrawals withdrawing withdrew retrait retraits
    retiro retiros saque saques penarikan users customers
    buyers shoppers subscribers donors merchants article articles blog translate translating
    translation traducir traduire traduzir invoicing payroll story script scene character
    novel chapter episode plot faq billboard tagline slogan headline caption captions
    copywriting tienda tiendas loja lojas boutique pasarela passerelle usuarios utilisateurs
    pelanggan pengguna toko tindahan store stores shop integrasikan announcing announcement
    announce posts banner
    banners flyer flyers poster campaign tutorial explainer voiceover compare comparing
    comparison versus vs
    """)
# Verbs and nouns of paying, by language: money moves.
PAYMENT_MONEY_WORDS: Final[frozenset[str]] = words("""
    flous folous edfa3 edfa3li tedfa3li adfa3lak hadfa3lak ha7awel ha7awellak 7awel 7awelli
    odeme odemeyi odeyebilirim
    pay pays paying paid payment payments repay prepay invoice invoicing bill billing deposit
    depositing tip bonus money
    pagar paga pagas pague pagues paguen pagame pagarme pagarte pagaria pagamos pagando pagare
    half upfront remaining remainder rest $ mag-bayad mag-bayaran magbayaran
    pagamento pago pagos pagado depositar deposita depositame depositas deposito depositarme
    cobrar cobro cobra cobrarte cobrarle cobrame
    depositarte depositame depositeme deposite transferirme transferime transfiereme
    anticipo adelanto abono sena sinal dinero dinheiro grana plata
    payer paie paye payes payez payiez paiement payement regler reglez reglement verser
    versez acompte argent
    paisa paise paisay bhugtan
    bayad bayaran magbayad ibayad babayaran pera
    bayar bayarnya dibayar membayar pembayaran dp lunas pelunasan uang
    """)
# Verbs that move money only with a payment service or a sum as their object ("send it on
# GCash", but "send the files to Maya").
PAYMENT_SEND_WORDS: Final[frozenset[str]] = words("""
    send sending sent transfer transferring wire wiring receive accept accepts prefer take
    takes
    manda mandar mandame mandarme mandas mande envia enviar enviame enviarme envie transferir
    transfiere transfere transferencia pasame pasarme fazer faz recibir receber
    envoyer envoie envoyez virer virez
    bhej bhejo bhejna bhejunga bhejdo bhejdein bhejiye bhejein bhejna bhejenge bhejta bhejti
    isend i-send isesend ipadala padala magpadala ihulog hulog i-deposit
    kirim kirimin tf nitumie kunitumia nilipe kunilipa unilipe
    """)
# A service named right before one of these is being used to pay ("Paytm kar do", "JazzCash
# kar dein", "GCash mo na lang"): Hindi/Urdu "do it (by)", and postpositions ("UPI pe").
PAYMENT_SERVICE_VERBS_AFTER: Final[frozenset[str]] = words("""
    kar karo kardo kardein karein kijiye karna kardena
    """)
PAYMENT_POSTPOSITIONS: Final[frozenset[str]] = words("pe par se mein me")
# Words that say the money goes around the platform: directly, instead, outside.
PAYMENT_OUTSIDE_WORDS: Final[frozenset[str]] = words("""
    off-platform offplatform directly direct instead escrow f&f friends direto directo
    directement diretamente directamente derecho seedha seedhe sidha sidhe diretso direkta
    derekta langsung dogrudan direkt tiep
    """)
# Fees, as named in a bid to skip them ("no platform fees", "para walang kaltas").
PAYMENT_FEE_WORDS: Final[frozenset[str]] = words("""
    fee fees commission commissions cut charges taxa taxas tarifa comision comisiones comissao
    comissoes frais kaltas bawas potongan biaya
    """)
# Before a fee word, these make it someone else's fee (the bank's, the card's, PayPal's), not
# the platform's.
PAYMENT_OWN_FEES_BEFORE: Final[frozenset[str]] = words("""
    transaction transactions processing conversion currency exchange withdrawal withdrawals
    transfer transfers wire card merchant payout payouts gateway bank bank's atm late
    shipping delivery network gas
    """)
# Service names after these are someone's experience, not a way to be paid.
PAYMENT_EXPERIENCE_WORDS: Final[frozenset[str]] = words("""
    experience experienced worked done familiar proficient skilled skills managed handled
    reconciling reconciled previous past years expert expertise certified knowledge
    """)
# After a service name: the account to pay to ("PayPal email", "Venmo @x", "PayPal amigos").
PAYMENT_ACCOUNT_AFTER: Final[frozenset[str]] = words("""
    email id address account details link tag handle number me you info wallet username qr
    f&f friends amigos amis entre proches family familia famille @ no num nr numero chave key
    ko aku ku saya u it us hai hain ka kamu goods
    """)
# After a service's name, a way of saying it will do as a way to pay ("BTC is fine too",
# "Zelle works for me").
PAYMENT_WILL_DO: Final[frozenset[str]] = words("works work fine ok okay good")
PAYMENT_WILL_DO_TOO: Final[frozenset[str]] = words("too also well me")
# Words around a payment that say the sender keeps to the rules or reports someone who does
# not: "paying outside the platform is against the ToS", "I reported him".
PAYMENT_RULE_WORDS: Final[frozenset[str]] = words("""
    against tos terms rules policy prohibited forbidden violate violates violation illegal
    report reported reporting banned suspended
    scammed scammer estafaron estafo estafado estafada golpista sumiu desaparecio desapareceu
    vanished disappeared ghosted arnaque arnaquer
    """)
# The marketplace itself paying (a payout, not a way around it): "Upwork pays me directly".
PAYMENT_PAYS_OUT: Final[frozenset[str]] = words(
    "pays paid sends sent transfers deposits releases released"
)
# Before a service's name, these ask whether the other has (or uses) it: "do you have
# Cash App?", "¿tienes PayPal?", "você tem Pix?", "punya OVO?"; the first ones only with "you".
PAYMENT_HAVE_BEFORE: Final[frozenset[str]] = words("have got use tem usa as utilisez accept take")
PAYMENT_YOU: Final[frozenset[str]] = words("you u ya voce vc tu vous aap kak")
PAYMENT_YOU_HAVE_BEFORE: Final[frozenset[str]] = words(
    "tienes usas tens avez punya aceptas aceitas acceptez"
)
# A freelancer taking a way of payment: "I accept USDT", "acepto Zelle", "aceito Pix".
PAYMENT_TAKING: Final[frozenset[str]] = words("accept take receive prefer also")
PAYMENT_I_TAKE: Final[frozenset[str]] = words("acepto aceito recibo recebo j'accepte accepte")
# Verbs with the person paid or paying written into them ("págame", "payez-moi").
PAYMENT_PERSON_IN_VERB: Final[frozenset[str]] = words("""
    pagame pagarme pagarte depositame depositarme mandame mandarme enviame enviarme
    transfiereme pasame pasarme payez-moi paye-moi paie-moi envoyez-moi reglez-moi
    """)
# Nouns of a bank account, and the little words between them and a bank ("minha conta do
# Nubank", "my account at BDO").
PAYMENT_ACCOUNT_NOUNS: Final[frozenset[str]] = words("""
    account acct cuenta conta compte rekening
    """)
# Words before a digital wallet's address that make it the subject of the work (a token
# contract to deploy, a transaction to look up), not a wallet to pay into.
PAYMENT_WALLET_TOPIC_BEFORE: Final[frozenset[str]] = words("""
    contract contracts token tokens deploy deployed deploying verify verified etherscan
    bscscan polygonscan tronscan explorer router pool pair mint minted nft collection
    """)

# The sentence fragments that take the payment off the platform, in the marketplace's
# languages: paying directly, paying outside, skipping the fees. Matched against folded text.
_PAY = (
    r"(?:pay(?:s|ing|ment|ments)?|paid|invoice|bill|repay|pagar|paga[rs]?|pague[ns]?|pagame"
    r"|pagarme|pagarte|pagamento|pago|payer|payez|paie|paye|paiement|regler|reglez|bayad"
    r"|bayaran|magbayad|ibayad|bayar|pembayaran)"
)
_SEND = (
    r"(?:send|transfer|wire|deposit|manda|envia|bhej|bhejo|bhejdo|kirim|padala|ipadala|virer"
    r"|virez|envoyez)"
)
_TRANSFER = (
    r"(?:transfer|transferir|transfiere|transfieres|transfieras|transfiera|transfira|transfere"
    r"|deposit|deposita|depositar|depositas|wire)"
)
_PAY_OBJECT = (
    r"(?:me|you|u|ya|us|him|her|them|it|the|a|an|this|that|my|your|our|rest|remaining|to|into"
    r"|account|bank|wallet|en"
    r"|remainder|balance|half|other|second|final|last|next|extra|deposit|advance|bonus|tip"
    r"|amount|money|invoice|upfront|back|mujhe|aapko|te|le|lo|la|el|los|las|les|o|os|as"
    r"|pra|para|moi|vous|meu|minha|mon|ma|mi|tu|su|seu|sua|ako|sa|akin|mo|ko|aku|saya|ke"
    r"|sisanya|resto|restante|reste|solde|saldo|baqi|baaki|\$?\d[\d,.]*k?%?)"
)
_SUM = (
    r"(?:rest|remaining|remainder|balance|deposit|advance|money|payment|bonus|tip|funds"
    r"|\$?\d[\d,.]*k?%?|half|other\s+half|resto|restante|reste|solde|saldo|baqi|baaki|sisanya"
    r"|paise|pera|uang|dinero|dinheiro|argent)"
)
_DIRECT_WORDS = (
    r"directly|direct|diretamente|directamente|directement|direto|directo|derecho|seedha"
    r"|seedhe|sidha|diretso|direkta|derekta|langsung|straight\s+(?:to|into)\s+(?:me|my|us|our)"
    r"|privately|personally"
)
_DIRECTLY = (
    rf"(?:{_DIRECT_WORDS})"
    # Not "directly through the platform", "directly here", "directly after approval".
    r"\b(?!\s+(?:(?:through|thru|via|on|in|into|inside|within|from)\s+(?:the\s+|this\s+)?"
    r"(?:platform|upwork|fiverr|site|app|contract|milestones?|escrow|here)\b|here\b|after\b"
    r"|upon\b|(?:from|with|by|using)\s+(?:my|our|the|a)\s+(?:company\s+|corporate\s+|credit\s+"
    r"|debit\s+)?card\b))"
)
# Paid, and only paid, "between us", "on the side", "off the books" or "under the table".
_ON_THE_SIDE = r"(?:between\s+us|on\s+the\s+side|off\s+the\s+books|under\s+the\s+table)\b"
_PLATFORM = (
    r"(?:platform|upwork|fiverr|site|marketplace|app|plataforma|plateforme|sitio|pagina"
    r"|aplikasi|workana|malt)"
)
_FEES = (
    r"(?:fees?|commissions?|cut|charges|service\s+fees?|taxas?|tarifas?|comision(?:es)?"
    r"|comiss(?:ao|oes)|frais|kaltas|bawas|potongan|biaya)"
)
# The fees but "cut" and "tarifa", words with other meanings ("cut to the product shot", "mi
# tarifa es…"): after a word that does not itself say the fee is skipped.
_FEES_NAMED = (
    r"(?:fees?|commissions?|charges|taxas?|comision(?:es)?|comiss(?:ao|oes)|frais|kaltas|bawas"
    r"|potongan|biaya)"
)
_PLATFORM_FEES = rf"(?:{_PLATFORM}(?:'s)?|upwork(?:'s)?|service|marketplace)\s+{_FEES_NAMED}"
_WHOSE_FEES = (
    r"(?:(?:us|you|me)\s+(?:both\s+)?)?(?:on\s+)?(?:the\s+|paying\s+|all\s+|las\s+|los\s+|as\s+"
    r"|os\s+|les\s+|ang\s+|sa\s+)?(?:upwork(?:'s)?\s+|platform(?:'s)?\s+|site(?:'s)?\s+|service\s+"
    r"|marketplace(?:'s)?\s+|their\s+|those\s+|these\s+|the\s+|that\s+|la\s+|a\s+|as\s+)?"
)
PAYMENT_OUTSIDE_PATTERN: Final[str] = (
    # Paying directly: "pay me the rest directly", "te pago directo", "bayar langsung".
    rf"\b{_PAY}\s+(?:{_PAY_OBJECT}\s+){{0,4}}?(?:{_DIRECTLY}|{_ON_THE_SIDE})"
    rf"|\b{_SEND}\s+(?:(?:me|you|it|us)\s+)?(?:(?:the|my|your|a|el|o|le)\s+)?{_SUM}"
    rf"(?:\s+(?:\$?\d[\d,.]*k?%?|usd|eur|dollars|bucks))?\s+{_DIRECTLY}"
    rf"|\b{_TRANSFER}\s+(?:{_PAY_OBJECT}\s+){{0,5}}?{_DIRECTLY}"
    rf"|\b(?:direct|directly|outside|off-platform|offline|seedha|langsung|diretso|direto"
    rf"|directo)\s+(?:(?:na|lang|nalang|po|ang|yung|ung|the|a|aja|saja|ya|nya|bank|mein|me|pe"
    rf"|account|mere|mera|meri|ke|ko|to|my)\s+){{0,4}}"
    rf"(?:payment|transfer|pay|bayar|bayad|pembayaran|pagamento|pago|bank\s+transfer|daal|daalo"
    rf"|dalo)\b"
    rf"|\b(?:transfer|transferencia|virement|pembayaran|pagamento|pago|payment)\s+(?:bancaria\s+"
    rf"|bancaire\s+)?(?:langsung|directa|direta|directo|direto|direct|diretso)\b"
    # Paying outside: "pay outside the platform", "fora do site", "sin pasar por el sitio".
    rf"|\b{_PAY}\s+(?:{_PAY_OBJECT}\s+){{0,3}}?(?:outside(?:\s+(?:of\s+)?(?:the\s+)?"
    rf"(?:{_PLATFORM}|contract|escrow))?\b|off\s+(?:of\s+)?(?:the\s+)?(?:{_PLATFORM}|contract"
    rf"|escrow)\b|por\s+fuera\b|por\s+fora\b|en\s+dehors\b"
    rf"|hors(?:\s+(?:de\s+la\s+)?{_PLATFORM})?\b|bahar(?:\s+se)?\b|sa\s+labas(?:\s+ng\s+"
    rf"{_PLATFORM})?\b|di\s+luar(?:\s+{_PLATFORM})?\b)"
    rf"|\b(?:outside|off)\s+(?:of\s+)?(?:the\s+)?(?:{_PLATFORM}|contract|escrow)\b"
    rf"|\b(?:rather\s+than|instead\s+of)\s+(?:(?:paying\s+|going\s+|doing\s+it\s+)?(?:through"
    rf"|thru|via|on|in|using)\s+)?(?:here|the\s+{_PLATFORM}|upwork|fiverr|milestones?|escrow"
    rf"|the\s+contract)\b"
    rf"|\bpor\s+(?:fuera|fora|afuera)\b|\b(?:fuera|afuera)\s+de\s+(?:la\s+|el\s+)?(?:{_PLATFORM}"
    rf"|aqui)\b"
    rf"|\b(?:sem|sin|sans)\s+(?:o\s+|el\s+|l')?(?:intermediarios?|intermediaires?)\b"
    rf"|\btanpa\s+(?:lewat\s+|melalui\s+)?{_PLATFORM}\b"
    rf"|\bwithout\s+(?:going\s+)?(?:through|via|thru)\s+(?:the\s+)?(?:{_PLATFORM}|here)\b"
    rf"|\bfora\s+(?:d[ao]\s+{_PLATFORM}|daqui)\b|\bhors\s+(?:de\s+la\s+)?{_PLATFORM}\b"
    rf"|\ben\s+dehors\s+(?:de\s+la\s+|du\s+|de\s+|d')?{_PLATFORM}\b"
    rf"|\b{_PLATFORM}\s+(?:ke|se)\s+bahar\b|\bbahar\s+se\b|\blabas\s+ng\s+{_PLATFORM}\b"
    rf"|\b(?:di\s+)?luar\s+{_PLATFORM}\b|\bsa\s+labas\b"
    rf"|\b(?:sin\s+pasar\s+por|sem\s+passar\s+pel[oa]|sans\s+passer\s+par)\s+(?:el\s+|la\s+"
    rf"|le\s+|o\s+|a\s+)?(?:{_PLATFORM}|aqui)\b"
    # Skipping the fees: "skip the Upwork fees", "sin la comisión", "para walang kaltas".
    rf"|\b(?:avoid|avoiding|skip|skipping|bypass|bypassing|save|saving|saves|dodge"
    rf"|evitar|evitamos|evita|ahorrar|ahorramos|ahorrarnos|economizar|economizamos|eviter"
    rf"|evitez|evite|bachane|bachao|iwas|iwasan|hemat)\s+{_WHOSE_FEES}{_FEES}\b"
    rf"|\bcut\s+out\s+{_WHOSE_FEES}{_FEES_NAMED}\b"
    rf"|\b(?:without|sin|sem|sans|walang|tanpa|bina)\s+(?:the\s+|la\s+|a\s+|les\s+|ang\s+)?"
    rf"{_PLATFORM_FEES}\b"
    # ("No platform fee for you on this one" is the platform waiving it.)
    rf"|\b(?:with|so|means|meaning)\s+(?:no|zero)\s+(?:the\s+)?{_PLATFORM_FEES}\b"
    rf"|\b(?:no|zero)\s+{_PLATFORM_FEES}\s+(?:that\s+way|this\s+way|for\s+(?:either|both|us)"
    rf"|involved|either)\b"
    rf"|\b(?:don'?t|do\s+not|not|no|nao|ninguem|nadie|ne)\s+(?:have\s+to\s+|tem\s+que\s+)?"
    rf"(?:pay|pagar|paga|pagamos|payer|payez|paie)\s+(?:the\s+|any\s+|a\s+|la\s+|le\s+|les\s+)?"
    rf"(?:[a-z]+\s+){{0,2}}?{_FEES_NAMED}\b"
    rf"|\b(?:walang|sin|sem|sans)\s+(?:la\s+|a\s+|les\s+)?(?:kaltas|bawas|comision|comissao"
    rf"|taxa|frais|fee|fees)\b"
    rf"|\bwala\s+(?:nang|ng|na)\s+(?:kaltas|bawas|fee|fees|charges)\b"
    rf"|\b(?:ga|gak|nggak|ngga|gk|tidak|tak)\s+kena\s+(?:potongan|fee|biaya)\b"
    rf"|\b(?:commission|comission|fee|fees)\s+(?:bach|bachega|bachegi|bachenge|bachao|bachane"
    rf"|bacha|save|nahi\s+lagega|nahi\s+lagegi|nahin\s+lagega)\b"
    # Skipping the platform itself: "if we skip the platform", "cut out the middleman".
    rf"|\b(?:skip|skipping|bypass|bypassing|avoid|avoiding|circumvent)\s+(?:the\s+)?"
    rf"(?:{_PLATFORM}|middle\s?man|escrow)\b|\bcut\s+out\s+(?:the\s+)?(?:middle\s?man|escrow)\b"
)

# --- Physical addresses ---
STREET_SUFFIX_PATTERN: Final[str] = (
    r"street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl"
    r"|terrace|close|crescent|highway|hwy|parkway|pkwy|square|sq|circle|cir|trail|trl"
)
STREET_PREFIX_PATTERN: Final[str] = (
    r"calle|avenida|av\.|rua|rue|boulevard|bd|chemin|travessa|praca|carrera|cra\.?|jalan"
    r"|jl\.?|viale|piazza|plaza|paseo|camino|estrada|alameda|allee|impasse|barangay|brgy"
)
