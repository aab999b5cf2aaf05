"""The contact detector on our own cases: many phrasings and languages, hard negatives."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustdesk.textsafety.contact import KINDS, Finding, detect_contacts, infer_purpose


def kinds_in(text: str, job_category: str | None = None) -> set[str]:
    return {finding.kind for finding in detect_contacts(text, job_category=job_category)}


# (label, text, the kinds that must be found) — each label says what the case is about.
POSITIVES: list[tuple[str, str, set[str]]] = [
    # Phone numbers, plain and international
    ("us number with brackets", "Call me at (415) 555-0123 after 5pm", {"phone"}),
    ("us number dashed", "my cell is 212-555-0187", {"phone"}),
    ("us number dotted", "text me 646.555.0142 when you're free", {"phone"}),
    ("uk mobile international", "WhatsApp me on +44 7911 123456", {"phone", "messaging_app"}),
    ("uk mobile national", "ring me on 07911 123456 tomorrow", {"phone"}),
    ("indian mobile with +91", "My number: +91 98765 43210", {"phone"}),
    ("indian mobile bare with context", "call on 9876543210 anytime", {"phone"}),
    ("nigerian mobile", "reach me on 0803 123 4567", {"phone"}),
    ("pakistani mobile", "mera number 0300-1234567 hai", {"phone"}),
    ("philippine mobile", "text me sa 0917 555 1234", {"phone"}),
    ("brazilian mobile", "me liga no (11) 98765-4321", {"phone"}),
    ("french mobile", "appelle-moi au 06 12 34 56 78", {"phone"}),
    ("german mobile with 00", "Handy: 0049 151 23456789, call me", {"phone"}),
    ("bare trunk mobile", "08031234567", {"phone"}),
    # Phone numbers, obfuscated
    ("english words", "my number is nine one seven five five five zero one four two", {"phone"}),
    ("english words mixed with digits", "call 917 five five five 01 four two", {"phone"}),
    ("double and triple", "number is four one five double five triple zero one two", {"phone"}),
    (
        "spanish words",
        "mi numero es cinco cinco uno dos tres cuatro cinco seis siete ocho",
        {"phone"},
    ),
    (
        "portuguese words with meia",
        "meu numero: onze nove oito sete meia cinco quatro tres dois um zero",
        {"phone"},
    ),
    ("french words", "mon numero: zero six un deux trois quatre cinq six sept huit", {"phone"}),
    ("hindi words", "mera number nau aath saat chhe paanch chaar teen do ek shunya", {"phone"}),
    ("tagalog words", "cp ko: sero siyam isa pito lima lima lima isa dalawa tatlo apat", {"phone"}),
    ("digits split by spaces", "9 1 7 5 5 5 0 1 4 2 is my cell", {"phone"}),
    ("digits split by dots", "call 9.1.7.5.5.5.0.1.4.2", {"phone"}),
    ("digits split by emoji", "txt me 917 📞 555 📞 0142", {"phone"}),
    ("digits split by line breaks", "my number\n917\n555\n0142", {"phone"}),
    ("keycap emoji digits", "call 9️⃣1️⃣7️⃣5️⃣5️⃣5️⃣0️⃣1️⃣4️⃣2️⃣", {"phone"}),
    ("full-width digits", "phone ９１７５５５０１４２", {"phone"}),
    ("letter o for zero", "my no is O917 555 1234", {"phone"}),
    # Phone requests
    ("send me your number", "Can you send me your number?", {"phone"}),
    ("what's your phone number", "what's your phone number", {"phone"}),
    ("share your contact number", "please share your contact number so we can talk", {"phone"}),
    ("your number question", "your number?", {"phone"}),
    ("drop your digits", "drop me your digits and I'll call", {"phone"}),
    ("talk by phone", "easier to discuss this over the phone honestly", {"phone"}),
    ("spanish request", "me pasas tu numero?", {"phone"}),
    ("portuguese request", "qual o seu telefone?", {"phone"}),
    ("french request", "tu peux me donner ton numero ?", {"phone"}),
    ("hindi request", "apna number bhejo please", {"phone"}),
    ("tagalog request", "pahingi ng number mo", {"phone"}),
    ("offer to send number", "I'll send you my number in a sec", {"phone"}),
    # Email
    ("plain email", "Email me: Jane.Doe@Gmail.com", {"email"}),
    ("email with at dot words", "jane dot doe at gmail dot com", {"email"}),
    ("email with brackets", "jane(at)studio-k(dot)com", {"email"}),
    ("email with square brackets", "reach me at jane[at]studiok[dot]io", {"email"}),
    ("email with spaces", "write to jane @ gmail . com", {"email"}),
    ("spaced-out email", "j a n e @ g m a i l . c o m", {"email"}),
    ("spanish arroba", "mi correo es jane arroba gmail punto com", {"email"}),
    ("french arobase", "mon mail: jane arobase orange point fr", {"email"}),
    ("portuguese ponto", "email: jane arroba uol ponto com ponto br", {"email"}),
    ("provider without domain", "add me jane.doe92@gmail", {"email"}),
    ("my gmail is", "my gmail is jane.doe92", {"email"}),
    ("email in capitals obfuscated", "JANE AT GMAIL DOT COM", {"email"}),
    ("email request", "What's your email address?", {"email"}),
    ("email request short", "your email pls", {"email"}),
    ("email request for nda", "please send me your email so I can send the NDA", {"email"}),
    ("hindi email request", "apna email id bhejo", {"email"}),
    ("spanish email request", "cual es tu correo?", {"email"}),
    ("email me at", "email me at the address on my site", {"email"}),
    # Messaging apps
    ("whatsapp request", "what's your WhatsApp?", {"messaging_app"}),
    ("whatsapp number request", "send your whatsapp number", {"messaging_app", "phone"}),
    ("move to whatsapp", "Let's continue on WhatsApp, it's faster", {"messaging_app"}),
    ("whatsapp short link", "wa.me/447911123456", {"messaging_app", "phone"}),
    (
        "whatsapp api link",
        "https://api.whatsapp.com/send?phone=919876543210",
        {"messaging_app", "phone"},
    ),
    ("spaced whatsapp", "ping me on w h a t s a p p", {"messaging_app"}),
    ("dotted skype", "my s.k.y.p.e is jane.design", {"messaging_app"}),
    ("cyrillic whatsapp", "add me on WhаtsАpp", {"messaging_app"}),
    ("full-width telegram", "ｔｅｌｅｇｒａｍ: @jane_d", {"messaging_app"}),
    ("telegram handle", "my telegram is @jane_d", {"messaging_app"}),
    ("telegram short link", "t.me/jane_design", {"messaging_app"}),
    ("obfuscated telegram link", "t . me / jane_design", {"messaging_app"}),
    ("tg nickname", "hit me up on tg @janed", {"messaging_app"}),
    ("wa nickname", "my wa is 0917 555 1234", {"messaging_app", "phone"}),
    ("skype id", "skype id: live:.cid.9a8b7c", {"messaging_app"}),
    ("signal", "add me on Signal, same number", {"messaging_app"}),
    ("wechat id", "WeChat ID: janedesign88", {"messaging_app"}),
    ("viber request", "do you have viber?", {"messaging_app"}),
    ("discord username", "my discord is jane#4821", {"messaging_app"}),
    ("discord invite", "join discord.gg/abcXYZ", {"messaging_app"}),
    ("imessage", "text me on iMessage", {"messaging_app"}),
    ("slack move", "Let's move this to Slack, I'll invite you", {"messaging_app"}),
    ("portuguese zap", "me chama no zap", {"messaging_app"}),
    ("spanish whatsapp request", "tienes whatsapp? pasame tu numero", {"messaging_app", "phone"}),
    ("hindi whatsapp", "whatsapp pe baat karte hain", {"messaging_app"}),
    ("the green app", "let's talk on the green app", {"messaging_app"}),
    # Video meetings
    ("zoom call", "Can we talk on Zoom tomorrow?", {"video_meeting"}),
    ("quick zoom", "let's hop on a quick zoom", {"video_meeting"}),
    ("zoom link", "https://us02web.zoom.us/j/8123456789?pwd=abc", {"video_meeting"}),
    ("google meet request", "Can we do a Google Meet at 3?", {"video_meeting"}),
    ("gmeet", "sending a gmeet link now", {"video_meeting"}),
    ("meet link", "meet.google.com/abc-defg-hij", {"video_meeting"}),
    ("teams meeting", "I'll send a Teams meeting invite", {"video_meeting"}),
    ("ms teams", "are you on MS Teams?", {"video_meeting"}),
    ("teams link", "https://teams.microsoft.com/l/meetup-join/19%3ameeting", {"video_meeting"}),
    ("webex", "join my webex room", {"video_meeting"}),
    ("hindi zoom", "kal zoom call karte hain", {"video_meeting"}),
    ("set up a zoom call", "Let's set up a Zoom call for Thursday", {"video_meeting"}),
    # Scheduling
    ("calendly link", "book a slot: calendly.com/jane-design/30min", {"scheduling_link"}),
    ("cal.com link", "grab a time at cal.com/jane/intro", {"scheduling_link"}),
    ("my calendly", "just use my calendly to book", {"scheduling_link"}),
    ("scheduling link request", "do you have a scheduling link I can use?", {"scheduling_link"}),
    (
        "doodle poll",
        "vote on the doodle poll: doodle.com/meeting/participate/id/abc",
        {"scheduling_link"},
    ),
    # Social profiles
    ("linkedin profile link", "here's my profile linkedin.com/in/jane-doe", {"social_profile"}),
    ("linkedin profile with subdomain", "uk.linkedin.com/in/jane-doe-12345", {"social_profile"}),
    ("connect on linkedin", "let's connect on LinkedIn", {"social_profile"}),
    ("linkedin request", "send me your linkedin", {"social_profile"}),
    ("instagram handle", "my insta is @jane.makes", {"social_profile"}),
    ("ig nickname", "follow me on ig @janemakes", {"social_profile"}),
    ("instagram link", "instagram.com/jane.makes", {"social_profile"}),
    ("facebook profile", "facebook.com/jane.doe.1990", {"social_profile"}),
    ("facebook friend request", "add me on facebook so we can chat", {"social_profile"}),
    ("x handle", "I'm @janedoe on X", {"social_profile"}),
    ("twitter link", "twitter.com/janedoe", {"social_profile"}),
    ("tiktok link", "tiktok.com/@janedoe", {"social_profile"}),
    ("snapchat", "add me on snap: jane_doe", {"social_profile"}),
    ("website as route", "contact me through my website for the rest", {"social_profile"}),
    ("spanish instagram", "sigueme en insta @jane_diseno", {"social_profile"}),
    # Off-platform payment
    ("paypal direct", "I can pay you directly through PayPal", {"offplatform_payment"}),
    ("paypal friends and family", "send it PayPal F&F to avoid fees", {"offplatform_payment"}),
    ("paypal me link", "paypal.me/janedoe", {"offplatform_payment"}),
    ("wise", "I'd rather pay via Wise", {"offplatform_payment"}),
    ("payoneer direct", "pay me straight to my Payoneer", {"offplatform_payment"}),
    ("bank transfer", "can we do a bank transfer instead?", {"offplatform_payment"}),
    ("iban", "IBAN: DE89 3704 0044 0532 0130 00", {"offplatform_payment"}),
    ("crypto usdt", "I can pay in USDT, send me your wallet", {"offplatform_payment"}),
    (
        "eth wallet address",
        "send the ETH to 0x52908400098527886E0F7030069857D2E4169EE7",
        {"offplatform_payment"},
    ),
    ("venmo", "just venmo me @jane-doe", {"offplatform_payment"}),
    ("zelle", "I'll zelle you the rest", {"offplatform_payment"}),
    ("cash app", "my cash app is $janedoe", {"offplatform_payment"}),
    (
        "pay outside",
        "let's do it outside the platform, I'll pay you directly",
        {"offplatform_payment"},
    ),
    ("avoid fees", "we can skip Upwork fees if you invoice me directly", {"offplatform_payment"}),
    ("spanish outside", "te pago por fuera para evitar la comision", {"offplatform_payment"}),
    ("portuguese pix", "pode ser pagamento por Pix direto?", {"offplatform_payment"}),
    ("hindi upi", "UPI pe bhej dunga, commission bachane ke liye", {"offplatform_payment"}),
    ("upi handle", "pay to jane@okaxis", {"offplatform_payment"}),
    ("gcash", "send it through GCash 0917 555 1234", {"offplatform_payment", "phone"}),
    ("french virement", "je peux payer par virement bancaire directement", {"offplatform_payment"}),
    # Physical address
    ("us street address", "Our office is at 221 Baker Street, come by", {"physical_address"}),
    (
        "address with suite",
        "ship it to 1600 Amphitheatre Pkwy, Mountain View",
        {"physical_address"},
    ),
    ("address request", "what's your home address?", {"physical_address"}),
    (
        "shipping address request",
        "send me your shipping address for the samples",
        {"physical_address"},
    ),
    ("spanish address", "mi oficina esta en Calle Mayor 15, Madrid", {"physical_address"}),
    ("po box", "mail it to PO Box 4471", {"physical_address"}),
    ("where do you live", "where do you live? I could drop by", {"physical_address"}),
    # Added as general phrasings while building (own wording, not the development set's)
    ("phone with extension", "Desk: +1-212-555-0187x204", {"phone"}),
    ("phone on the line after its label", "Phone:\n212-555-0187", {"phone"}),
    ("fax label", "Fax: 4155550123", {"phone"}),
    ("email before the next sentence", "My email is ana.p@fastmail.com. Is that ok?", {"email"}),
    ("app after a phone", "reach me on +63 917 555 0123, viber too", {"phone", "messaging_app"}),
    ("where should I ship", "where should I send the printed samples?", {"physical_address"}),
    ("can I email you", "can I email you the brief instead?", {"email"}),
    ("move to email", "this chat keeps freezing, let's switch to email", {"email"}),
    ("reach you outside", "how can I reach you outside of this site?", {"phone", "email"}),
    ("what email should I use", "which email should I use for the invite?", {"email"}),
    ("do you have instagram", "do you have an Instagram I can look at?", {"social_profile"}),
    (
        "my ig with handle later",
        "ver mi IG si quieres, me encuentras como @ana.disena",
        {"social_profile"},
    ),
    ("hindi zoom pe", "kal Zoom pe milte hain", {"video_meeting"}),
    ("teams lowercase", "can we talk on teams later?", {"video_meeting"}),
    (
        "paypal email request",
        "send me your PayPal email for the bonus",
        {"email", "offplatform_payment"},
    ),
    (
        "reply with address",
        "reply with your mailing address and I'll post it",
        {"physical_address"},
    ),
    ("german street", "Our studio is at Hauptstrasse 12, come by", {"physical_address"}),
    (
        "spelled plus number",
        "my numbr is +44 seven seven zero zero, nine double zero, one two three",
        {"phone"},
    ),
    ("letter substitution with i", "Contact: +63 9l7 555 O2I4", {"phone"}),
    ("telegram nickname tele", "ping me on tele, same handle as here", {"messaging_app"}),
    (
        "request after a code block",
        "```python\nEMAIL_RE = r'[^@]+@[^@]+'\n```\n"
        "This is the regex I use. Can you send me your number?",
        {"phone"},
    ),
    # Contact details in general
    ("contact details", "share your contact details please", {"phone", "email"}),
    ("email and phone", "jane@studiok.io / +1 415 555 0123", {"email", "phone"}),
]

NEGATIVES: list[tuple[str, str]] = [
    # LinkedIn job links and other innocent links
    (
        "linkedin job link",
        "Here's the job I'm applying for: https://www.linkedin.com/jobs/view/3829102938",
    ),
    ("linkedin job link bare", "linkedin.com/jobs/view/3829102938/ please tailor my resume to it"),
    ("linkedin job search link", "see www.linkedin.com/jobs/search/?keywords=designer"),
    ("linkedin company page", "the company: linkedin.com/company/acme-corp"),
    ("linkedin as a service", "I'll optimize your LinkedIn profile and headline"),
    ("linkedin login feature", "Add a 'Sign in with LinkedIn' button to the app"),
    ("github link", "Code is at https://github.com/acme/widget/pull/42"),
    ("google drive link", "Files: https://drive.google.com/drive/folders/1AbCdEf"),
    ("google sheets link", "docs.google.com/spreadsheets/d/1xQ9kLmT7vB2/edit"),
    ("figma link", "Mockups: https://www.figma.com/file/AbC123/Landing"),
    ("behance link", "My portfolio: behance.net/janedoe"),
    ("dribbble link", "see dribbble.com/shots/1234567-Logo"),
    ("youtube video", "reference video youtube.com/watch?v=dQw4w9WgXcQ"),
    # Numbers that are not phone numbers
    ("price", "My rate is $25/hour, budget $1,500 - $2,000"),
    ("price list", "Packages: 1200 1500 2000 USD"),
    ("date", "Deadline is 2024-10-02, kickoff 10/02/2024"),
    ("time", "Meeting at 14:30, done by 18:45"),
    ("timestamps", "cut from 00:01:23 to 00:02:45 and 00:10:05"),
    ("version numbers", "Upgrade from 3.10.12 to 3.11.7 and Node 18.17.1"),
    ("order number", "Order #4829301742 arrived damaged"),
    ("order id words", "order id 4829301742 and invoice 1029384756"),
    ("zip code", "ZIP 94103, shipping to 10001"),
    ("server ip", "SSH into 192.168.10.254 and restart nginx on 10.0.0.12"),
    ("tracking number", "tracking number 1Z999AA10123456784"),
    ("metrics", "Sessions went from 12,340 to 18,920 (+53%)"),
    ("resolution", "Export at 1920x1080, 60 fps, 8000 kbps"),
    ("word counts", "3 articles x 1500 words, 2 revisions"),
    ("phone format example", "The phone field should accept formats like (555) 123-4567"),
    ("isbn", "ISBN 978-3-16-148410-0"),
    ("coordinates", "lat 40.7128, long -74.0060"),
    ("error code", "Getting error 0x80070005 when installing"),
    ("pr and build numbers", "PR #4521 fixes build 20240102 on staging"),
    ("row ids", "rows 1048576 and 2097152 are duplicated"),
    ("year ranges", "worked there 2015 2016 2017 2018"),
    # Code
    ("email in code block", 'Example:\n```json\n{"user": "user@example.com"}\n```\nrender it'),
    ("email in inline code", "validate `foo@bar.com` but not `foo@bar`"),
    ("email in regex", "the regex must match foo@bar.com and reject foo@"),
    ("placeholder email", "use a placeholder like name@company.com in the form"),
    ("email in json-ld", '<script type="application/ld+json">{"email": "info@acme.test"}</script>'),
    ("phone in code", "`const PHONE = '+1 415 555 0123'` is just a fixture"),
    # Words that name apps as topics
    ("phone screen", "I passed the phone screen with the client's HR"),
    ("phone support", "5 years of phone support experience"),
    ("zoom in", "zoom in on the logo at 0:12"),
    ("zoom into", "Zoom into the product shot, then fade"),
    ("zoom integration", "We need a Zoom integration for our booking app"),
    ("telegram bot", "build a Telegram bot that posts prices"),
    ("telegram bot spanish", "necesito un bot de Telegram para mi tienda"),
    ("whatsapp business api", "WhatsApp Business API integration for order updates"),
    ("whatsapp chatbot", "experience with WhatsApp chatbots and Twilio"),
    ("discord art", "I need Discord emotes and a server banner"),
    ("slack webhook", "Post alerts to a Slack webhook"),
    ("signal protocol", "implement the Signal protocol for E2E encryption"),
    ("skype recording", "edit my Skype recording into a podcast"),
    ("teams as skills", "Tools: Jira, Slack, Teams, Notion"),
    ("instagram embed", "embed our Instagram feed on the homepage"),
    ("instagram growth", "grow our Instagram followers organically"),
    ("calendly setup", "set up Calendly for my clinic's website"),
    ("calendly as tool", "We use Gmail and Calendly internally"),
    ("telecom", "I worked in telecom for 5 years"),
    ("twitter posts as deliverable", "write 20 X posts and 5 threads for our launch"),
    ("snap to grid", "snap the icons to the grid"),
    # The marketplace's own call feature
    ("messages video call", "Let's use the Messages video call tomorrow at 10"),
    ("dial-in option", "You can join with the dial-in option if you're on the road"),
    ("video call button", "we can do a call using the video call button here"),
    ("on-platform voice call", "I'll start a voice call here in Messages"),
    ("generic call", "Can we have a quick call to go over the scope?"),
    # Payments as topics
    ("paypal integration", "integrate PayPal checkout into the store"),
    ("stripe integration", "Set up Stripe subscriptions and webhooks"),
    ("venmo bookkeeping", "categorize the Venmo transactions in QuickBooks"),
    ("crypto industry", "We're a crypto exchange startup looking for a logo"),
    ("payment tools experience", "I've worked with PayPal, Stripe and Payoneer APIs"),
    ("pay through upwork", "I'll pay the milestone through the platform today"),
    ("wise as adjective", "It would be wise to add a FAQ section"),
    # Other innocent text
    ("email service", "I offer email marketing and newsletter design"),
    ("your email marketing", "I'll manage your email campaigns weekly"),
    ("address the issue", "Can you address the issue in the header?"),
    ("email address field", "the form needs name, email address and phone fields"),
    ("ip address", "what's your server's IP address?"),
    ("your number of followers", "what's your number of followers now?"),
    ("test on your phone", "please test it on your phone too"),
    ("spanish rate", "Mi tarifa es de 25 dolares por hora, 6 anos de experiencia"),
    ("hindi scoping", "kitne pages chahiye aur deadline kab hai?"),
    ("tagalog greeting", "Salamat po, tapos na ang design"),
    ("counting words", "step one two three done"),
    ("at in prose", "I am available at noon. com-pliance docs attached"),
    ("handle mention without platform", "thanks @maria for the review"),
    ("payment card number", "card number 4111 1111 1111 1111 on file"),
    (
        "date before a sentence starting with do",
        "Deadline is 2026-09-18. Do you need anything else?",
    ),
    ("number before a sentence starting with no", "Ticket 69517498. No rush on this one."),
    ("one as a pronoun after a number", "We shipped 25000 units, one at a time"),
    ("social security number", "SSN 123-45-6789 for the tax form"),
    ("dimension with x", "banner 728x90 and 300x250"),
    ("linkedin after a colon", "We posted it on LinkedIn: linkedin.com/jobs/view/3901128845"),
    ("experience with payment tools", "I've done invoicing in Wise and PayPal for past clients"),
    ("teams of people", "I work on teams of 3 to 5 developers"),
    ("you mailing list", "your mailing list needs a cleanup"),
    ("at-mention in the chat", "just @ me in the chat here if anything breaks"),
    ("your brand placeholder email", "use hello@yourbrand.com as a placeholder for now"),
]


@pytest.mark.parametrize(("label", "text", "expected"), POSITIVES, ids=[c[0] for c in POSITIVES])
def test_finds_contact_details(label: str, text: str, expected: set[str]) -> None:
    found = kinds_in(text)
    assert expected <= found, f"{label}: expected {expected}, found {found}"


@pytest.mark.parametrize(("label", "text"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_stays_quiet_on_innocent_text(label: str, text: str) -> None:
    assert detect_contacts(text) == [], label


LINKEDIN_JOB_LINKS = [
    "https://www.linkedin.com/jobs/view/3829102938/",
    "linkedin.com/jobs/view/3829102938",
    "http://linkedin.com/jobs/collections/recommended/?currentJobId=3829102938",
    "www.linkedin.com/jobs/search/?keywords=data%20analyst&location=Berlin",
    "https://uk.linkedin.com/jobs/view/senior-designer-at-acme-3829102938",
    "linkedin.com/job/view/12345",
    "https://www.linkedin.com/comm/jobs/view/3829102938",
]


@pytest.mark.parametrize("link", LINKEDIN_JOB_LINKS)
@pytest.mark.parametrize(
    "frame",
    [
        "{}",
        "Here is the posting I want to apply to: {}",
        "Please tailor my resume for {} thanks!",
        "Can you write a cover letter for this one ({})?",
        "We posted it on LinkedIn: {}",
        "LinkedIn: {} (same scope)",
        "my LinkedIn job post {}",
    ],
)
def test_never_flags_a_linkedin_job_link(link: str, frame: str) -> None:
    assert detect_contacts(frame.format(link), job_category="Resume Writing") == []


def test_spans_point_at_the_characters_the_sender_typed() -> None:
    text = "Hi! Mail jane.doe@gmail.com or call (415) 555-0123."
    findings = detect_contacts(text)
    assert [text[f.start : f.end] for f in findings] == ["jane.doe@gmail.com", "(415) 555-0123"]
    assert [f.value for f in findings] == ["jane.doe@gmail.com", "+14155550123"]


def test_spans_map_back_through_full_width_and_invisible_characters() -> None:
    text = "ok ｗｈａ\u200bｔｓａｐｐ me: +４４ ７９１１ １２３４５６"
    findings = detect_contacts(text)
    app = next(f for f in findings if f.kind == "messaging_app")
    phone = next(f for f in findings if f.kind == "phone")
    assert text[app.start : app.end] == "ｗｈａ\u200bｔｓａｐｐ"
    assert text[phone.start : phone.end] == "+４４ ７９１１ １２３４５６"
    assert phone.value == "+447911123456"


def test_spans_cover_spelled_out_numbers() -> None:
    text = "number: nine one seven five five five zero one four two, thanks"
    (finding,) = detect_contacts(text)
    assert text[finding.start : finding.end] == "nine one seven five five five zero one four two"
    assert finding.value == "+19175550142"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Jane.Doe@GMAIL.com", "jane.doe@gmail.com"),
        ("jane dot doe at gmail dot com", "jane.doe@gmail.com"),
        ("jane(at)studio-k(dot)co(dot)uk", "jane@studio-k.co.uk"),
        ("my gmail is jane.doe92", "jane.doe92@gmail.com"),
        ("jane.doe92@gmail", "jane.doe92@gmail.com"),
    ],
)
def test_email_values_are_lower_case_local_at_domain(text: str, value: str) -> None:
    assert [f.value for f in detect_contacts(text) if f.kind == "email"] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("call (415) 555-0123", "+14155550123"),
        ("ring 07911 123456", "+447911123456"),
        ("my number +91 98765 43210", "+919876543210"),
        ("call 0803 123 4567", "+2348031234567"),
        ("text 0917 555 1234", "+639175551234"),
        ("whatsapp 0300-1234567", "+923001234567"),
        ("call 0049 151 23456789", "+4915123456789"),
    ],
)
def test_phone_values_carry_the_country_code(text: str, value: str) -> None:
    assert [f.value for f in detect_contacts(text) if f.kind == "phone"] == [value]


def test_app_service_and_link_values_are_canonical() -> None:
    found = {
        (f.kind, f.value)
        for f in detect_contacts(
            "WhatsApp me, or zoom.us/j/8123456789, or pay via PayPal to skip fees"
        )
    }
    assert ("messaging_app", "whatsapp") in found
    assert ("video_meeting", "zoom.us/j/8123456789") in found
    assert ("offplatform_payment", "paypal") in found


def test_a_request_carries_the_request_value() -> None:
    (finding,) = detect_contacts("Could you send me your number?")
    assert finding.kind == "phone"
    assert finding.is_request
    assert finding.value == "request"


def test_a_stated_detail_replaces_the_request_for_it() -> None:
    findings = detect_contacts("my number is 0917 555 1234")
    assert [(f.kind, f.value) for f in findings] == [("phone", "+639175551234")]


def test_every_kind_reported_is_a_known_kind() -> None:
    for _label, text, _expected in POSITIVES:
        for finding in detect_contacts(text):
            assert finding.kind in KINDS
            assert isinstance(finding, Finding)
            assert 0 <= finding.start < finding.end <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        "write me on m.me or x日.jp",
        "I'm here, tell me about x日.jp and zoom.us",
        "apply at https://www.linkedinΣ.com/jobs/view/1709356674/",
    ],
)
def test_a_letter_of_another_script_before_a_dot_does_not_stall_the_scan(text: str) -> None:
    # The host pattern is ASCII-only, so such a host name ends before its dot; the scan for
    # host names once came back to that dot for ever.
    assert all(finding.kind in KINDS for finding in detect_contacts(text))


def test_a_link_next_to_a_letter_of_another_script_is_still_found() -> None:
    findings = detect_contacts("message me at wa.me/447911123456 or x日.jp")
    assert {(finding.kind, finding.value) for finding in findings} == {
        ("messaging_app", "wa.me/447911123456"),
        ("phone", "+447911123456"),
    }


# Groups of digits or digit words, joined by separators that may hold letters of other scripts
# that look like digits or stand between them ("98з 12 45", a Cyrillic "з" for 3).
_DIGIT_GROUPS = st.one_of(
    st.text(alphabet="0123456789", min_size=1, max_size=4),
    st.sampled_from(("zero", "one", "sept", "quatre", "vingt", "trente-quatre", "dos", "satu")),
)
_SEPARATORS = st.text(alphabet=" -./\n()+зЗоОΟІ٣日é", max_size=3)


@given(st.lists(st.tuples(_DIGIT_GROUPS, _SEPARATORS), min_size=1, max_size=8))
def test_any_run_of_digits_words_and_other_scripts_is_read_without_error(
    groups: list[tuple[str, str]],
) -> None:
    text = "my number " + "".join(group + separator for group, separator in groups)
    for finding in detect_contacts(text):
        assert finding.kind in KINDS
        assert 0 <= finding.start < finding.end <= len(text)


def test_a_letter_of_another_script_inside_a_number_separates_its_digits() -> None:
    # It once reached the reader of spoken pairs ("trente-quatre") as a digit token and failed.
    findings = detect_contacts("my number 98з 12 45 678")
    assert [finding.kind for finding in findings] == ["phone"]


def test_empty_and_whitespace_text_has_no_findings() -> None:
    assert detect_contacts("") == []
    assert detect_contacts("   \n\t ") == []


def test_social_media_jobs_treat_bare_platform_mentions_as_the_topic() -> None:
    text = "I post on Instagram for my clients every day"
    assert kinds_in(text, job_category="Social Media Management") == set()


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("Please add me as a collaborator at jane@studiok.io so I can scope it", "access_grant"),
        ("Share the GA property with jane@studiok.io and I'll audit it", "access_grant"),
        ("give me access to the drive: jane@studiok.io", "access_grant"),
        ("my email is jane@studiok.io, let's talk there", None),
    ],
)
def test_infers_an_access_grant_purpose(text: str, purpose: str | None) -> None:
    assert infer_purpose(text) == purpose
