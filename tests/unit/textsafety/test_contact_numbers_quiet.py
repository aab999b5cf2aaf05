"""Phones, emails, street addresses and scheduling links: the forms still missed (digits of
other scripts, Vietnamese digits read out, a lone "o" for zero, requests in Swahili, Arabic,
Bengali, Turkish and Vietnamese, a number "in my CV") and the numbers and addresses that are
no one's to reach (placeholders, meeting IDs, a script's number, a handle, a server's login, a
PO box in the books, a calendar being set up). Our own cases, with hard negatives on the same
words."""

from __future__ import annotations

import pytest

from trustdesk.textsafety.contact import detect_contacts

PHONE = "phone"
EMAIL = "email"
ADDRESS = "physical_address"
SCHEDULING = "scheduling_link"
OURS = frozenset({PHONE, EMAIL, ADDRESS, SCHEDULING})


def kinds_in(text: str) -> set[str]:
    return {finding.kind for finding in detect_contacts(text)}


# (label, text, the kinds that must be found)
POSITIVES: list[tuple[str, str, set[str]]] = [
    # Digits of other scripts
    ("devanagari digits", "my number is ९८२०१ ४४७१६, call after 6", {PHONE}),
    ("arabic-indic digits", "call me on ٠١١٢٢٣٣٨٨٧٦ please", {PHONE}),
    ("bengali digits", "whatsapp e knock den ০১৮১৯৪৪২৭৩৫", {PHONE}),
    ("urdu digits", "mera whatsapp ۰۳۲۱۴۴۸۷۲۱۹ hai", {PHONE}),
    # Vietnamese digits read out
    ("vietnamese read out", "Gọi mình nhé: không chín một hai, ba bốn năm, sáu bảy tám", {PHONE}),
    ("vietnamese with linh", "sđt chị: không tám sáu sáu, bảy bảy linh, chín hai một", {PHONE}),
    # A lone "o" for zero between hyphens or dots
    ("o for zero hyphened", "text me, it's o-8-1-2-4-4-o-9-3-1-7", {PHONE}),
    ("o for zero dotted", "my cell o.9.1.7. 4.4.2. 8.8.1.6", {PHONE}),
    # A national number (no country code) beside "call" in other languages
    ("vietnamese goi", "Anh gọi em qua số này nha: 091 234 5678, em rảnh cả ngày", {PHONE}),
    ("vietnamese sdt", "sdt của mình 0905 553 174 nhé", {PHONE}),
    ("polish zadzwon", "Proszę zadzwonić, mój numer: 512 604 733", {PHONE}),
    ("turkish arayin", "Acil bir şey olursa arayın: 0533 412 77 90", {PHONE}),
    ("swahili simu", "Simu yangu ni 0722 456 318, nipigie jioni", {PHONE}),
    ("arabizi kalemni", "kalemni 3ala 0100 234 5678 ba3d el maghrib", {PHONE}),
    # Requests in other languages
    ("swahili namba yako", "Samahani, nipe namba yako nikupigie kesho", {PHONE}),
    ("swahili nambari ya simu", "Naomba nambari yako ya simu tafadhali", {PHONE}),
    ("arabizi ra2mak", "ab3atli ra2mak 3ashan nekalem ba3d el shoghl", {PHONE}),
    ("arabizi rakamak", "momken rakamak? el chat hena bate2", {PHONE}),
    ("arabizi nemretak", "eddini nemretak w ana akalmak", {PHONE}),
    ("arabic script", "ممكن رقمك عشان نتكلم؟", {PHONE}),
    ("bengali number", "Bhai, apnar number ta diben? kotha bolbo", {PHONE}),
    ("bengali email", "tomar email ta dao, file pathabo", {EMAIL}),
    ("bengali email without your", "email ta diben please, doc share korbo", {EMAIL}),
    ("vietnamese xin sdt", "Cho em xin sdt của anh để trao đổi nhé", {PHONE}),
    ("vietnamese so dien thoai", "Số điện thoại của chị là gì ạ?", {PHONE}),
    ("turkish numaranizi", "Telefon numaranızı alabilir miyim?", {PHONE}),
    ("turkish numarani", "numaranı verir misin, arayayım", {PHONE}),
    # English requests in other shapes
    ("number for the app", "what number do you use on Viber? I'll add you", {PHONE}),
    ("number are you on", "which number are you on WhatsApp with?", {PHONE}),
    ("a real number", "Give me a real number so I can call, not an app.", {PHONE}),
    ("not the app but a number", "No, not the chat, an actual number please", {PHONE}),
    ("number in my cv", "My number's on my CV, page 1, just ring", {PHONE}),
    ("number in the pdf", "my phone number is in the attached proposal", {PHONE}),
    ("find my number", "you'll find my number in my portfolio", {PHONE}),
    ("email in my cv", "my email is on my resume if you want to write", {EMAIL}),
    ("email where to send", "Could you share an email where I can send the draft?", {EMAIL}),
    ("which email do you use", "Which email do you use? I'll add you to the drive", {EMAIL}),
    ("what email do you check", "what email do you check most?", {EMAIL}),
    # Emails with their marks spelled out
    ("dash in the domain", "write to hello at north dash star dot com", {EMAIL}),
    ("hyphen and uk", "it's bookings at green hyphen leaf dot co dot uk", {EMAIL}),
    ("underscore in the name", "reach me: kemi underscore ade at yahoo dot com", {EMAIL}),
    ("two-word domain bracketed", "tom [at] blue harbor [dot] io (no space)", {EMAIL}),
    # Streets
    ("vietnamese street", "Ghé văn phòng mình ở 41 Trần Hưng Đạo, Quận 5 nhé", {ADDRESS}),
    ("vietnamese ward", "gặp ở 9 Lý Tự Trọng, Phường Bến Thành chiều nay", {ADDRESS}),
    ("po box to send to", "send the signed copy to PO Box 2291, Kampala", {ADDRESS}),
    ("mail by post", "I'll mail you the printed samples, what's your address?", {ADDRESS}),
    # Scheduling links still offered
    ("my calendly to book", "grab a slot on my Calendly whenever", {SCHEDULING}),
    ("set up then book", "I set up my Calendly, book a time that suits you", {SCHEDULING}),
]

# (label, text): none of our kinds may be found.
NEGATIVES: list[tuple[str, str]] = [
    # An invoice or an order in other languages, whatever word for "number" follows
    ("polish faktura", "Faktura numer 601 234 578 z dnia 3.05 jest w załączniku"),
    ("turkish siparis", "Sipariş numaram 601234578, kargoya verildi"),
    ("spanish factura", "La factura número 4412 0098 ya está pagada"),
    # A unit right after a quantity
    ("a unit after digits", "set the padding to 1234567 em and the width to 90 rem"),
    # Placeholders
    (
        "placeholder zeros",
        "Replace (555) 000-0000 in the footer with the phone from settings",
    ),
    ("placeholder sequence", "The form shows 123-456-7890 until the user types theirs"),
    ("pakistani placeholder", "keep 0300-0000000 as the hint text in the phone field"),
    # Meeting IDs
    ("zoom meeting id", "Zoom meeting ID 812 4431 9906, passcode 221144"),
    ("room id spaced", "room id 7 3 1 4 4 2 9 0 8 8, join at 4"),
    ("webinar id", "the webinar ID is 934 5521 7780, registration is open"),
    # A script's number
    ("read it as", "the ad says 1-800-555-0142, should I read it as one-eight-hundred?"),
    ("say it like", "In the spot, do I say 0800 321 7788 digit by digit?"),
    # Requests taken back
    ("won't ask", "I won't ask for your number, I know how it works here"),
    ("not asking", "not asking for your email, just the deadline"),
    ("but the rules", "I'd rather talk by phone but the rules say we stay in Messages"),
    # Handles, servers and private hosts
    ("handle after is", "Our shop is @kivu.crafts on Instagram, 12k followers"),
    ("handle after us", "tag us @mama.eats in the reel"),
    ("internal host", "Cron now mails from reports@noreply.acme.internal"),
    ("lan host", "Jenkins posts to builds@ci.lan when a job fails"),
    ("corp host", "the alias ops@mail.harbor.corp forwards to the pager"),
    ("ssh login", "ssh ubuntu@ec2-18-220-4-7.us-east-2.compute.amazonaws.com and tail the log"),
    ("scp target", "scp -i key.pem dump.sql deploy@db1.example-host.net:/tmp"),
    ("git remote", "git clone git@gitlab.com:team/app.git and run make"),
    ("prompt with a path", "it fails at admin@build-box.io:~/repo$ npm test"),
    # PO boxes in the books
    ("po box rent", "Booked the PO Box 1187 rent to Office Expenses"),
    ("po box renewal", "PO Box 1187 renewal fee was $90, paid from petty cash"),
    # Scheduling tools worked on
    ("manage my calendly", "I'll manage your Calendly and keep the event types tidy"),
    ("embedded calendly", "Embedded your Calendly on the contact page, styles match now"),
    ("synced calendly", "Synced your Calendly with Outlook so nothing double-books"),
    # Ordinary text on the same words
    ("vietnamese years", "Tôi có hai năm kinh nghiệm, giá ba trăm đô cho gói này"),
    ("turkish order number", "sipariş numaranı kontrol ettim, kargoda"),
    ("invoice number in pdf", "The invoice number is in my PDF, top right"),
    ("real numbers in maths", "x must be a real number for the square root to work"),
    ("which email tool", "which email tool do you use for newsletters?"),
    ("which provider", "what email do you use, gmail or outlook?"),
    ("spanish o", "son 5 o 6 dias de trabajo, 1200 palabras"),
]


@pytest.mark.parametrize(("label", "text", "expected"), POSITIVES, ids=[c[0] for c in POSITIVES])
def test_finds_the_number_mailbox_street_or_calendar(
    label: str, text: str, expected: set[str]
) -> None:
    found = kinds_in(text)
    assert expected <= found, f"{label}: expected {expected}, found {found}"


@pytest.mark.parametrize(("label", "text"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_stays_quiet_on_numbers_and_addresses_of_no_one(label: str, text: str) -> None:
    found = kinds_in(text) & OURS
    assert not found, f"{label}: found {found}"


def test_vietnamese_digits_read_out_give_the_number() -> None:
    findings = detect_contacts("zalo em: không chín tám tám, năm năm hai, bảy một bốn")
    assert [finding.value for finding in findings if finding.kind == PHONE] == ["+84988552714"]


def test_digits_of_other_scripts_give_the_ascii_number() -> None:
    findings = detect_contacts("call me on ०९१७ ४४२ ८८१६")
    phones = [finding.value for finding in findings if finding.kind == PHONE]
    assert len(phones) == 1
    assert phones[0].endswith("9174428816")


@pytest.mark.parametrize("text", ["call 0123456789ش ق555 today", "رقمي 0123456789ن رقم555 واتساب"])
def test_letters_of_another_script_after_digits_are_read_as_a_separator(text: str) -> None:
    detect_contacts(text)  # (once an IndexError: the letters were read as a digit word)
