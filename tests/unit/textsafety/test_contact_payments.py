"""Off-platform payment on our own cases: regional wallets and banks, paying directly or
outside in the marketplace's languages, crypto, and payment services as the subject of the work.
"""

from __future__ import annotations

import pytest

from trustdesk.textsafety.contact import detect_contacts
from trustdesk.textsafety.contact.detect import _scan
from trustdesk.textsafety.contact.payments import (
    _OUTSIDE_PAYMENT,
    _OUTSIDE_WORDS,
    _PAYMENT,
    _outside_possible,
    _payment_windows,
)
from trustdesk.textsafety.contact.scan import _matches

PAYMENT = "offplatform_payment"


def kinds_in(text: str, job_category: str | None = None) -> set[str]:
    return {finding.kind for finding in detect_contacts(text, job_category=job_category)}


# (label, text, the kinds that must be found) — each label says what the case is about.
POSITIVES: list[tuple[str, str, set[str]]] = [
    # Regional wallets and methods, Latin America and Spain
    ("pix sent as money", "me manda um pix de 30% pra eu começar, a chave é o meu cpf", {PAYMENT}),
    (
        "pix key is an email",
        "chave pix: bruna.tradutora@gmail.com, faz o pix do restante quando aprovar",
        {PAYMENT, "email"},
    ),
    ("pix capitalised", "Pode fazer via Pix? fica mais fácil pra mim", {PAYMENT}),
    ("boleto paid outside", "te mando um boleto no meu nome e você paga por fora", {PAYMENT}),
    (
        "boleto without the site",
        "gero o boleto aqui do meu lado pra você pagar, sem passar pela plataforma",
        {PAYMENT},
    ),
    ("picpay", "aceito pagamento via PicPay também, é na hora", {PAYMENT}),
    ("mercado pago", "págame por Mercado Pago y te hago un descuento", {PAYMENT}),
    ("mercado pago link", "te paso mi link de Mercado Pago para el anticipo", {PAYMENT}),
    ("oxxo deposit", "puedes depositarme en OXXO? te paso el número de mi tarjeta", {PAYMENT}),
    (
        "bizum to a spanish mobile",
        "hazme un Bizum al 634 512 987 y te envío el logo en alta",
        {PAYMENT, "phone"},
    ),
    ("bizum to skip the cut", "bizum mejor, que aquí se quedan la comisión", {PAYMENT}),
    ("nequi to a number", "pásame por Nequi al 310 456 7890 y arrancamos", {PAYMENT, "phone"}),
    ("yape to a number", "yapéame o Yape al 987 654 321, como prefieras", {PAYMENT, "phone"}),
    # Europe and Africa
    ("lydia", "tu peux me payer par Lydia, c'est plus simple que la plateforme", {PAYMENT}),
    ("wave to a number", "envoyez l'avance par Wave au 76 234 56 78 svp", {PAYMENT, "phone"}),
    ("orange money", "Orange Money au +226 70 12 34 56, merci d'avance", {PAYMENT, "phone"}),
    ("mtn momo", "kindly send the deposit via MTN MoMo 0244 123 456", {PAYMENT, "phone"}),
    ("mpesa to a number", "M-Pesa the balance to 0722 418 390 and we are good", {PAYMENT, "phone"}),
    ("vodafone cash", "pay the rest on Vodafone Cash 0101 234 5678 please", {PAYMENT, "phone"}),
    ("opay nigeria", "Opay or Palmpay is fine, 0816 234 5678", {PAYMENT, "phone"}),
    (
        "nigerian bank account",
        "pay into my GTBank account 0123456789, Adewale Ojo",
        {PAYMENT},
    ),
    ("revolut", "Revolut me the deposit, it's instant", {PAYMENT}),
    ("western union", "send it by Western Union to my name, I'll collect in Lagos", {PAYMENT}),
    # South Asia
    ("jazzcash", "JazzCash pe bhej dein 0301 2345678, yahan fee bohat hai", {PAYMENT, "phone"}),
    ("easypaisa", "baqi paise easypaisa kar dein bhai, 0333 7654321", {PAYMENT, "phone"}),
    ("paytm to a number", "paytm kar do sir 98123 45678 pe", {PAYMENT, "phone"}),
    ("phonepe", "PhonePe pe payment kar dena, jaldi ho jayega", {PAYMENT}),
    ("gpay", "GPay kar do 87654 32109 pe, commission bachega", {PAYMENT, "phone"}),
    ("upi lowercase", "advance upi pe bhej do, platform ka cut nahi", {PAYMENT}),
    ("upi id", "UPI id hai priya.art@ybl, wahan bhej do advance", {PAYMENT}),
    ("bkash", "bKash e pathan 01712 345678, fee lagbe na", {PAYMENT, "phone"}),
    # South-east Asia
    ("gcash to a number", "bayaran mo na lang ako sa GCash, 0927 345 6789", {PAYMENT, "phone"}),
    ("maya with a kaltas", "sa Maya ko na lang po ipadala para walang kaltas", {PAYMENT}),
    ("gcash instead", "gcash na lang po para mabilis", {PAYMENT}),
    (
        "philippine bank account",
        "i-deposit mo na lang sa BDO account ko, send ko details",
        {PAYMENT},
    ),
    (
        "indonesian wallets to a number",
        "kirim ke OVO atau DANA aku aja kak, 0813 2233 4455",
        {PAYMENT, "phone"},
    ),
    ("gopay down payment", "bayar DP lewat GoPay aja ya kak", {PAYMENT}),
    ("shopeepay", "pelunasan via ShopeePay bisa kak?", {PAYMENT}),
    (
        "indonesian bank direct",
        "transfer langsung ke rekening BCA aku aja kak, biar ga kena potongan",
        {PAYMENT},
    ),
    ("indonesian account number", "tf ke BRI 0123 0104 5678 501 a.n. Dewi ya", {PAYMENT}),
    # PayPal friends and family, in other languages
    ("paypal amigos", "por PayPal amigos y familiares así no hay comisión", {PAYMENT}),
    ("paypal entre amis", "PayPal entre amis svp, sinon je perds 20%", {PAYMENT}),
    ("paypal amigos e familia", "manda pelo PayPal amigos e família que eu já começo", {PAYMENT}),
    ("coordinated with paypal", "Lydia ou PayPal entre proches, comme vous voulez", {PAYMENT}),
    # US wallets
    ("zelle to a number", "Zelle is easiest, it's linked to 415 382 9911", {PAYMENT, "phone"}),
    ("venmo handle", "my venmo is @carla-ruiz-design, send whenever", {PAYMENT}),
    ("venmo handle after the name", "Venmo @derek-lopes-88 and I'll start tonight", {PAYMENT}),
    ("cashtag", "send the tip to $NinaEdits on Cash App", {PAYMENT}),
    ("paypal me", "just PayPal me the rest when you're happy", {PAYMENT}),
    ("skrill without fees", "I accept Skrill as well, no platform fees that way", {PAYMENT}),
    # Paying directly or outside, in English
    ("pay me directly the rest", "you can pay me the remaining 60% directly once happy", {PAYMENT}),
    ("send the other half", "send me the other half directly and we close it here", {PAYMENT}),
    ("wire straight", "if you wire it straight to my account I'll knock off 10%", {PAYMENT}),
    ("bank transfer straight to me", "or do a bank transfer straight to me, cheaper", {PAYMENT}),
    ("settle outside", "let's settle the balance outside Upwork, I'll send details", {PAYMENT}),
    ("without platform fees", "if we do it without the platform fees I can go to $300", {PAYMENT}),
    ("dont pay the fee", "that way you don't pay the service fee on it either", {PAYMENT}),
    ("saves both fees", "a direct transfer saves us both the fees", {PAYMENT}),
    ("ach from ops account", "after the trial we'll pay you by ACH directly", {PAYMENT}),
    # Spanish
    ("spanish without the site", "si me pagas sin pasar por el sitio te lo dejo en 200", {PAYMENT}),
    ("spanish rest outside", "el resto me lo pagas por fuera, ¿vale?", {PAYMENT}),
    ("spanish direct transfer", "mejor págame por transferencia directa a mi cuenta", {PAYMENT}),
    (
        "spanish outside the platform",
        "¿te puedo pagar fuera de la plataforma? nos ahorramos la comisión",
        {PAYMENT},
    ),
    (
        "spanish not paying the fee",
        "para no pagar la comisión de aquí te paso mi cuenta",
        {PAYMENT},
    ),
    # Portuguese
    ("portuguese outside the site", "o pagamento a gente faz fora do site, pode ser?", {PAYMENT}),
    ("portuguese direct", "me paga direto que eu te dou desconto", {PAYMENT}),
    ("portuguese no fee", "faz a transferência direto pra minha conta, sem taxa", {PAYMENT}),
    ("portuguese nobody pays", "fechamos por fora e ninguém paga taxa", {PAYMENT}),
    # French
    ("french outside the platform", "on peut faire le paiement hors plateforme ?", {PAYMENT}),
    ("french directly", "je préfère que vous me payiez directement par virement", {PAYMENT}),
    ("french avoid fees", "réglez-moi en direct, ça évite les frais de la plateforme", {PAYMENT}),
    ("french outside", "pour le reste, un virement en dehors de la plateforme ?", {PAYMENT}),
    # Hindi and Urdu
    ("hindi directly", "baaki payment seedha mere account mein kar do", {PAYMENT}),
    ("hindi outside", "payment platform ke bahar kar lete hain, fee bachegi", {PAYMENT}),
    ("hindi direct bank transfer", "commission kyun dena, direct bank transfer kar do", {PAYMENT}),
    # Tagalog
    ("tagalog directly", "diretso na lang po ang bayad sa akin para walang fee", {PAYMENT}),
    ("tagalog outside", "bayaran mo na lang ako sa labas ng platform", {PAYMENT}),
    # Indonesian
    ("indonesian directly", "bayar langsung ke aku aja kak, biar ga kena potongan", {PAYMENT}),
    ("indonesian outside", "pembayaran di luar platform aja ya biar hemat", {PAYMENT}),
    # Casual English, typos and the way the offer is put
    ("paypal me and skip fees", "u can just paypal me n we skip the fees lol", {PAYMENT}),
    ("misspelt payoneer", "can u pay via payoner? its easier 4 me", {PAYMENT}),
    ("lower-case wise", "wud u b ok with paying thru wise next time", {PAYMENT}),
    ("zelle as a verb", "I'll zelle it to you tonight", {PAYMENT}),
    ("venmod me", "Honestly this would be so much easier if you just Venmo'd me", {PAYMENT}),
    ("asks if held", "do you have cashapp? easier for small stuff", {PAYMENT}),
    ("hindi asks if held", "bhai paypal hai aapke paas? wahan bhej do", {PAYMENT}),
    ("bare offer of a wallet", "Zelle? same phone as on my profile", {PAYMENT}),
    ("two wallets offered", "GCash or PayMaya po, whichever is convenient", {PAYMENT}),
    ("will do too", "BTC is fine too, I'll give you my wallet", {PAYMENT}),
    ("i take crypto", "I only take crypto for this kind of work (USDT TRC20)", {PAYMENT}),
    ("accepts a wallet", "j'accepte aussi Lydia si c'est plus simple pour toi", {PAYMENT}),
    ("half via wise", "Let's keep it simple: half now via Wise, half on delivery", {PAYMENT}),
    ("paid privately", "we could do it cheaper if we handle the payment privately", {PAYMENT}),
    ("rather than here", "I'd prefer if you paid me through Payoneer rather than here", {PAYMENT}),
    ("why not", "why don't you just pay me through PayPal, way simpler", {PAYMENT}),
    (
        "against the rules but",
        "I know it's against the rules but can you pay me directly?",
        {PAYMENT},
    ),
    ("uk sort code", "my bank: Barclays, sort code 20-00-00, acc 55779911", {PAYMENT}),
    ("rest via bank", "i will send you the remaining via bank, give me your account", {PAYMENT}),
    (
        "direct deposit",
        "Let's do direct deposit for the rest, I'll need your routing number",
        {PAYMENT},
    ),
    ("nubank account", "vou te passar minha conta do Nubank pra transferência", {PAYMENT}),
    (
        "spanish bank details",
        "te mando mis datos bancarios para que me transfieras directo",
        {PAYMENT},
    ),
    (
        "spanish cobrar",
        "Hola! prefiero cobrar por PayPal, sale más barato que la plataforma",
        {PAYMENT},
    ),
    (
        "hindi seedha bank",
        "aap mujhe seedha bank mein transfer kar do, IFSC bhejta hoon",
        {PAYMENT},
    ),
    ("tagalog outside", "sa labas na lang tayo mag-bayaran para mas mura", {PAYMENT}),
    ("transfer directly", "I'll transfer the money to your account directly", {PAYMENT}),
    ("works for me", "Payoneer works best for me", {PAYMENT}),
    ("pay by bank", "Do you want to pay by bank?", {PAYMENT}),
    (
        "spanish account",
        "Mi cuenta de Mercado Pago es la de mi correo, me transfieres ahí",
        {PAYMENT},
    ),
    ("french via paypal", "Vous pouvez régler via PayPal, c'est plus rapide que Malt", {PAYMENT}),
    (
        "separate contract",
        "Let's do a separate contract outside Upwork, I'll pay you weekly",
        {PAYMENT},
    ),
    ("french en direct", "payer en direct c'est possible ? ça m'arrange", {PAYMENT}),
    ("spanish afuera", "págame por afuera de la plataforma y te rebajo", {PAYMENT}),
    (
        "spanish no middleman",
        "prefiero trato directo, sin intermediarios, y me pagas aparte",
        {PAYMENT},
    ),
    ("hindi into my account", "baaki paise seedha mere account mein daal do", {PAYMENT}),
    ("indonesian without the platform", "bisa bayar tanpa lewat platform kak?", {PAYMENT}),
    ("without going through", "can we do the payment without going through Upwork?", {PAYMENT}),
    ("binance pay id", "send it to my Binance Pay ID 583920174", {PAYMENT}),
    ("indian account and ifsc", "A/C no 123456789012, IFSC SBIN0001234, name Rohit", {PAYMENT}),
    ("stripe link", "Can you pay with a card through my Stripe link?", {PAYMENT}),
    # Crypto
    (
        "tron address",
        "USDT TRC20 only pls: TKz8yWq3Rb5cLm2NpV7sGh4Jd9XeFa6Tuv",
        {PAYMENT},
    ),
    ("btc or eth offer", "happy to take BTC or ETH if you'd rather skip the platform", {PAYMENT}),
    ("eth wallet", "my ETH wallet: 0x8f3a1c2b9d4e5f60718293a4b5c6d7e8f9012345", {PAYMENT}),
    ("bech32 address", "BTC address is bc1q9vza2e8x573nczrlzms0wvx3gsqjx7vavgkx0l", {PAYMENT}),
    ("legacy address", "send the bitcoin to 1F3sAm6ZtwLAUnj7d38pGFxtP3RVEvtsbV", {PAYMENT}),
    ("binance pay", "can you pay in USDT through Binance Pay? faster for me", {PAYMENT}),
    ("spanish crypto", "te pago en cripto, USDT por la red TRC20", {PAYMENT}),
    ("portuguese crypto", "aceito pagamento em USDT, te passo a carteira depois", {PAYMENT}),
]

# (label, text, job category) — payment services as the subject of the work, and look-alikes.
NEGATIVES: list[tuple[str, str, str | None]] = [
    ("pix integration", "Preciso integrar Pix e boleto no checkout da loja", "Web Development"),
    ("mercado pago webhook", "the Mercado Pago webhook returns 401 in production", None),
    (
        "wallets as payment options",
        "Add GCash and Maya as payment options on the Shopify store",
        "Web Development",
    ),
    ("hindi gateway", "website pe Paytm aur PhonePe payment gateway lagana hai", None),
    ("mpesa api", "M-Pesa STK push via the Daraja API keeps timing out in sandbox", None),
    ("bizum method", "the restaurant wants Bizum as a payment method on its order page", None),
    (
        "in-app payments",
        "Users pay for lessons inside the app with Stripe or PayPal, tutors get paid weekly",
        "Mobile App Development",
    ),
    (
        "apple pay on checkout",
        "Need Apple Pay, Google Pay and PayPal on our Next.js checkout",
        "Web Development",
    ),
    (
        "reconciling wallets",
        "Reconcile the Wise and PayPal accounts against the bank statements in Xero",
        "Bookkeeping",
    ),
    (
        "accounts to reconcile",
        "We hold balances in Wise plus a PayPal account for sales; monthly reconciliation in Xero",
        "Bookkeeping",
    ),
    (
        "paypal fees category",
        "PayPal fees and Stripe fees should go to one merchant fees account",
        None,
    ),
    (
        "wallet deposits in the books",
        "tag every Venmo and Zelle deposit in QuickBooks as owner contributions",
        "Bookkeeping",
    ),
    ("withdrawing earnings", "I withdraw my earnings from here to Payoneer, then to my bank", None),
    ("wallet withdrawal", "my GCash withdrawal from last week is still pending, any idea?", None),
    (
        "crypto articles",
        "Write 10 articles about USDT, TRC20 vs ERC20 fees and crypto wallets",
        None,
    ),
    ("crypto logo", "Logo for a Bitcoin ATM company, orange and black", "Logo Design"),
    ("tether idiom", "honestly at the end of my tether with this plugin", None),
    ("wave animation", "Add a soft wave animation under the hero section", None),
    ("lydia as a person", "Lydia from our team will send you the brand guide", None),
    ("maya as a person", "please send the files to Maya by Friday", None),
    ("dana as funds", "dana proyek sudah saya transfer lewat milestone ya kak", None),
    ("ovo as egg", "receita de bolo sem ovo para o blog", "Copywriting"),
    ("boleto as ticket", "necesito un flyer para vender boletos del concierto", "Graphic Design"),
    (
        "bank as the subject",
        "Data entry of BCA bank statements into the Excel template",
        "Data Entry",
    ),
    ("paid after approval", "Payment is released directly after you approve the milestone", None),
    ("directly through platform", "I'll pay you directly through the platform once approved", None),
    ("pay directly here", "you can pay directly here in the contract, nothing else needed", None),
    ("platform fee explained", "The platform fee is 10%, so my $500 quote nets me $450", None),
    ("no hidden fees", "Fixed price, no hidden fees, two revisions included", None),
    (
        "avoid bank fees copy",
        "a landing page on how our app helps freelancers avoid bank fees",
        None,
    ),
    ("talk outside without money", "as fotos ficam fora do site por enquanto", None),
    ("warning about outside payment", "I never accept payment outside the platform, sorry", None),
    ("direct deposit report", "Map the ADP direct deposit report into our payroll sheet", None),
    ("files sent directly", "Transfer the files directly to the client's Drive folder", None),
    ("cash app clone", "Build a Cash App clone in React Native", "Mobile App Development"),
    ("cash flow", "we need a cash flow forecast for Q3", "Bookkeeping"),
    (
        "iban example in a spec",
        "validate the IBAN field with a checksum, for example DE89 3704 0044 0532 0130 00",
        "Web Development",
    ),
    (
        "token contract address",
        "Deploy the ERC20 token contract, verify it at 0x8f3a1c2b9d4e5f60718293a4b5c6d7e8f9012345",
        "Blockchain",
    ),
    ("crypto price widget", "The BTC price widget should refresh every 30 seconds", None),
    ("upi as a feature", "the app should accept UPI, cards and net banking", None),
    ("pix as photos", "send me the pix of the storefront when you can", None),
    ("sans frais shipping", "traduire : livraison sans frais dès 50 euros", "Translation"),
    (
        "payout method question",
        "Can I switch my payout from PayPal to my bank while it's held?",
        None,
    ),
    ("paid from the platform", "I got paid through Payoneer from this platform last month", None),
    ("platform pays out", "Upwork pays me directly to my bank every week", None),
    ("pay by card", "I'm paying directly from my company card, is the invoice ok?", None),
    ("pay in the app", "You can pay directly in the app when you approve", None),
    ("reported", "The last freelancer asked me to pay outside Upwork and I reported him.", None),
    ("against the terms", "Just so you know, paying outside the platform is against the ToS", None),
    ("refused", "He asked to be paid via PayPal but I told him we pay only through Upwork", None),
    ("do not send", "Please don't send money via PayPal, keep everything here", None),
    ("only here", "I can only accept payment through the platform, sorry", None),
    ("wave invoicing", "I need help setting up invoicing in Wave for my cleaning business", None),
    ("a story", "She sends money home through Western Union every month - the story hook", None),
    ("shop announcement", "Please design social posts announcing that we now accept GCash", None),
    ("shop accepts", "We accept Visa, Mastercard, PayPal and Apple Pay at checkout", None),
    (
        "pay with crypto option",
        "Can you add a 'Pay with Crypto' option to the Shopify store?",
        None,
    ),
    ("fees compared", "Research: compare Venmo, Zelle and Cash App fees for a blog post", None),
    ("translating terms", "translate the terms: pagos con tarjeta, transferencia bancaria", None),
    (
        "direct payment to suppliers",
        "Direct payment of invoices to suppliers needs CFO approval",
        None,
    ),
    ("receipts for the accountant", "The accountant asked for all Zelle and Venmo receipts", None),
    ("waived platform fee", "No platform fee for you on this one, the client covers it", None),
    ("remaining files", "I'll send the remaining files directly to the shared Drive", None),
    ("bank holiday", "the bank holiday on Monday might delay the release", None),
    ("bank of a client", "Our bank is Chase, we need the logo on the ATM screen mockup", None),
    (
        "withdrawal to a wallet",
        "I'm in Kenya, the withdrawal to M-Pesa from here takes 2 days",
        None,
    ),
    ("wise choice", "wise choice, let's go with the blue version", None),
    ("platform only", "My paypal got hacked so I'm using the platform only now", None),
    ("faq copy", "Write a FAQ answer: 'Can I pay with Zelle? No, only cards for now.'", None),
    ("billboard copy", "Copy for a billboard: 'Send money home with Remitly, fast and safe'", None),
    ("app supports", "The client wants the app to support Bizum, Apple Pay and cards", None),
    ("payout to my bank", "o pagamento pela plataforma cai na minha conta em 3 dias", None),
    ("crypto wallet app", "We need a crypto wallet app UI in Figma", "UI Design"),
    ("spanish shop", "El cliente paga con tarjeta o transferencia bancaria en la tienda", None),
    ("portuguese shop", "A loja precisa aceitar Pix e boleto no checkout", None),
    ("french site", "Le site doit accepter PayPal et le virement bancaire", None),
    ("hindi website", "Website pe UPI aur card payment option chahiye", None),
    ("tagalog store", "Kailangan ng GCash payment sa online store namin", None),
    ("indonesian app", "Tolong integrasikan OVO dan DANA di aplikasi kami", None),
    ("spanish app users", "Los usuarios pagan con Nequi dentro de la app", None),
    ("sent after review", "I'll send the final design directly after the review call", None),
    ("solana program", "Deploy the Solana program and share the program address with me", None),
    (
        "api key near wallet",
        "The wallet service key is Gh2KdLmPq8RtVwXyZ3AbCdEfGhJkMnP4, rotate it monthly",
        "Web Development",
    ),
    ("bank in a sentence", "my bank has nothing yet, maybe the payout is still on its way", None),
]


@pytest.mark.parametrize(("label", "text", "expected"), POSITIVES, ids=[c[0] for c in POSITIVES])
def test_finds_off_platform_payment(label: str, text: str, expected: set[str]) -> None:
    found = kinds_in(text)
    assert expected <= found, f"{label}: expected {expected}, found {found}"


@pytest.mark.parametrize(("label", "text", "category"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_stays_quiet_on_payments_as_the_work(label: str, text: str, category: str | None) -> None:
    assert detect_contacts(text, job_category=category) == [], label


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pásame por Nequi al 310 456 7890", "nequi"),
        ("Orange Money au +226 70 12 34 56", "orange money"),
        ("tf ke BRI 0123 0104 5678 501 a.n. Dewi", "local bank"),
        ("USDT TRC20 only: TKz8yWq3Rb5cLm2NpV7sGh4Jd9XeFa6Tuv", "crypto"),
        ("my bank: Barclays, sort code 20-00-00", "sort code"),
        ("o resto você me paga por fora", "outside"),
    ],
)
def test_payment_values_name_the_service_or_the_move(text: str, value: str) -> None:
    assert value in {f.value for f in detect_contacts(text) if f.kind == PAYMENT}


def test_a_wallet_named_with_its_number_is_a_phone_number_too() -> None:
    findings = detect_contacts("Easypaisa account 0345-7654321 hai, wahan bhej dein")
    assert {(f.kind, f.value) for f in findings} >= {
        (PAYMENT, "easypaisa"),
        ("phone", "+923457654321"),
    }


# Every spelling of ``lx.PAYMENT_SERVICES_PATTERN`` ("_" for a space), from its alternatives.
SPELLINGS = [
    "access_bank",
    "accessbank",
    "ach",
    "airtel_money",
    "airtelmoney",
    "alipay",
    "apple_cash",
    "applecash",
    "axis_bank",
    "axisbank",
    "banco",
    "banco_do_brasil",
    "bancodobrasil",
    "bancolombia",
    "bank",
    "bank_account",
    "bank_alfalah",
    "bank_deposit",
    "bank_details",
    "bank_info",
    "bank_mandiri",
    "bank_transfer",
    "bank_wire",
    "bankaccount",
    "bankalfalah",
    "bankdeposit",
    "bankdetails",
    "bankinfo",
    "bankmandiri",
    "banktransfer",
    "bankwire",
    "banorte",
    "banque",
    "bbva",
    "bca",
    "bdo",
    "bep-20",
    "bep20",
    "binance",
    "binance_pay",
    "binancepay",
    "bitcoin",
    "bizum",
    "bkash",
    "bnb",
    "bni",
    "boleto",
    "bpi",
    "bradesco",
    "bri",
    "btc",
    "bybit",
    "cash",
    "cash_app",
    "cashapp",
    "cimb_niaga",
    "cimbniaga",
    "clabe",
    "coinbase",
    "coordonnees_bancaires",
    "coordonneesbancaires",
    "cripto",
    "criptomoneda",
    "crypto",
    "crypto_wallet",
    "cryptocurrency",
    "cryptowallet",
    "dados_bancarios",
    "dadosbancarios",
    "dana",
    "datos_bancarios",
    "datosbancarios",
    "daviplata",
    "deposito",
    "deposito_bancario",
    "depositobancario",
    "direct_deposit",
    "directdeposit",
    "doge",
    "dogecoin",
    "e-transfer",
    "easy_paisa",
    "easypaisa",
    "erc-20",
    "erc20",
    "eth",
    "ethereum",
    "etransfer",
    "g-cash",
    "gcash",
    "google_pay",
    "googlepay",
    "gopay",
    "gpay",
    "grabpay",
    "gt_bank",
    "gtbank",
    "hbl",
    "hdfc",
    "iban",
    "icici",
    "ifsc",
    "imps",
    "instapay",
    "interac",
    "itau",
    "jazz_cash",
    "jazzcash",
    "kakao_pay",
    "kakaopay",
    "kcb",
    "landbank",
    "linkaja",
    "litecoin",
    "ltc",
    "lydia",
    "m-pesa",
    "maya",
    "mcb",
    "meezan",
    "meezan_bank",
    "meezanbank",
    "mercado_pago",
    "mercadopago",
    "metamask",
    "metrobank",
    "momo",
    "moneygram",
    "moniepoint",
    "mpesa",
    "mtn_mobile_money",
    "mtn_momo",
    "mtnmobilemoney",
    "mtnmomo",
    "nagad",
    "nayapay",
    "neft",
    "nequi",
    "neteller",
    "nubank",
    "opay",
    "orange_money",
    "orangemoney",
    "ovo",
    "oxxo",
    "palmpay",
    "pay_pal",
    "pay-pal",
    "paylib",
    "paymaya",
    "payonear",
    "payoneer",
    "payoner",
    "payonner",
    "paypaal",
    "paypal",
    "paypall",
    "paytm",
    "phonepe",
    "picpay",
    "pix",
    "raast",
    "rcbc",
    "rekening",
    "remitly",
    "revolut",
    "rib",
    "routing_number",
    "routingnumber",
    "rtgs",
    "sadapay",
    "santander",
    "sbi",
    "sendwave",
    "sepa",
    "shopee_pay",
    "shopeepay",
    "skrill",
    "sol",
    "solana",
    "spei",
    "stripe",
    "swift",
    "tether",
    "transferencia",
    "transferencia_bancaria",
    "transferenciabancaria",
    "transferwise",
    "trc-20",
    "trc20",
    "tron",
    "trust_wallet",
    "trustwallet",
    "trx",
    "twint",
    "ubl",
    "unionbank",
    "upi",
    "usdc",
    "usdt",
    "venmo",
    "virement",
    "virement_bancaire",
    "virementbancaire",
    "vodafone_cash",
    "vodafonecash",
    "wallet_address",
    "walletaddress",
    "wave",
    "wechat_pay",
    "wechatpay",
    "western_union",
    "westernunion",
    "wire",
    "wire_transfer",
    "wiretransfer",
    "wise",
    "worldremit",
    "xoom",
    "yape",
    "zelle",
    "zenith_bank",
    "zenithbank",
]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_every_spelling_of_a_service_is_looked_for(spelling: str) -> None:
    # The names are looked for only around the words of ``_PAYMENT_WORDS``: each spelling must
    # be found there as it is in the whole text.
    scan = _scan(f"ok, {spelling.replace('_', ' ')} then")
    everywhere = [match.span() for match in _PAYMENT.finditer(scan.text)]
    assert everywhere, spelling
    assert [m.span() for m in _matches(_PAYMENT, scan.text, _payment_windows(scan))] == everywhere


def _all_texts() -> list[str]:
    return [text for _label, text, _kinds in POSITIVES] + [text for _l, text, _c in NEGATIVES]


def test_the_outside_moves_are_found_where_their_words_are() -> None:
    # The pattern runs only when the text holds a rare word of one of its branches (and a word
    # of the branch's other group), and only around those words: it must find there exactly
    # what it finds in the whole text.
    matched = 0
    for text in _all_texts():
        scan = _scan(text)
        everywhere = [match.span() for match in _OUTSIDE_PAYMENT.finditer(scan.text)]
        if not _outside_possible(scan):
            assert everywhere == [], text
            continue
        windows = scan.windows(_OUTSIDE_WORDS, 40, 60)
        assert [m.span() for m in _matches(_OUTSIDE_PAYMENT, scan.text, windows)] == everywhere
        matched += bool(everywhere)
    assert matched >= 40
