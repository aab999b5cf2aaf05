"""Social profiles and email addresses as ways to talk, on our own cases: handles and profile
names offered or asked for on more networks and in the marketplace's languages, a personal
site's contact form, email asked for by what it is for, disguised and placeholder addresses,
and the same words as the subject of the work, which must stay quiet.
"""

from __future__ import annotations

import pytest

from trustdesk.textsafety.contact import detect_contacts

SOCIAL = "social_profile"
EMAIL = "email"


def kinds_in(text: str, job_category: str | None = None) -> set[str]:
    return {finding.kind for finding in detect_contacts(text, job_category=job_category)}


# (label, text, the kinds that must be found) — each label says what the case is about.
POSITIVES: list[tuple[str, str, set[str]]] = [
    # A handle that ends the sentence, its full stop right after it
    (
        "threads handle then full stop",
        "I'm mostly on Threads lately, @ravi.codes. DM me",
        {SOCIAL},
    ),
    ("insta handle then full stop", "I'm way more active on insta, @lina.sketches.", {SOCIAL}),
    # Newer networks, by name, by handle and by instance
    (
        "bluesky handle",
        "moved to Bluesky, I'm @tomas.writes.bsky.social if you want to chat",
        {SOCIAL},
    ),
    (
        "bsky domain handle alone",
        "easier there: @kemi-dev.bsky.social, send me a message",
        {SOCIAL},
    ),
    ("my bluesky is", "my bluesky is @arjunmakes, message me whenever", {SOCIAL}),
    ("mastodon address handle", "I'm @jo@mastodon.social, my DMs are open for this", {SOCIAL}),
    ("find me on mastodon", "find me on Mastodon, @lea@hachyderm.io", {SOCIAL}),
    ("reddit user handle", "I'm u/night_owl_art on reddit, send me a chat there", {SOCIAL}),
    ("dm me on reddit", "just DM me on reddit, u/kavya_designs", {SOCIAL}),
    # A profile found by its owner's name
    (
        "look me up linkedin",
        "look me up on LinkedIn, Tomasz Nowak, the one with the blue banner",
        {SOCIAL},
    ),
    (
        "search for me facebook",
        "search for me on Facebook: Amara Okafor, we can talk there",
        {SOCIAL},
    ),
    ("i'm on facebook as", "I'm on Facebook as Ines Duarte, send me a friend request", {SOCIAL}),
    (
        "portuguese adiciona",
        "me adiciona no Facebook, Ana Paula Reis, lá eu respondo rápido",
        {SOCIAL},
    ),
    (
        "french ajoutez-moi",
        "Ajoutez-moi sur LinkedIn, Claire Dubois, on discutera là-bas",
        {SOCIAL},
    ),
    ("spanish agregame", "agrégame en Facebook como Luis Peña y hablamos", {SOCIAL}),
    ("tagalog sa fb tayo", "sa FB na lang tayo mag-usap po, Carlo Reyes Designs", {SOCIAL}),
    ("turkish linkedin den", "LinkedIn'den bana yazın, Mert Aydın olarak kayıtlıyım", {SOCIAL}),
    ("turkish instagram dan handle", "Instagram'dan ulaşın: @zeynep.art", {SOCIAL}),
    ("arabic latin insta beta3i", "el insta beta3i @omar.designs, kalemni henak", {SOCIAL}),
    # A bare handle after "my" and the network
    ("my snap bare handle", "add my snap jenna.r22 and send me the refs there", {SOCIAL}),
    ("my ig is bare handle", "my ig is priya_paints, dm me the details", {SOCIAL}),
    # Asked whether the reader is on a network
    ("are u on insta", "are u on insta? i'd send the moodboard there", {SOCIAL}),
    ("r u on twitter", "r u on twitter? what's ur @", {SOCIAL}),
    ("networks listed", "do you have threads or insta? I can send voice notes there", {SOCIAL}),
    ("x account asked", "u got an X account? I'll follow and dm you", {SOCIAL}),
    ("spanish tienes instagram", "¿Tienes Instagram? pásame tu usuario y te escribo", {SOCIAL}),
    # A profile link with its dots and slashes spelled out
    (
        "spelled linkedin link",
        "linkedin dot com slash in slash maria-lopez-dev, message me there",
        {SOCIAL},
    ),
    ("spelled instagram link", "instagram dot com slash ben.shoots", {SOCIAL}),
    # A personal site offered with its contact form or as the way to reach the sender
    (
        "contact form reaches me",
        "the contact form on my site gets to me fastest: mayaillustrates.com/contact",
        {SOCIAL},
    ),
    (
        "reach me is through my site",
        "the easiest way to reach me is through my site, orbitlabs.co",
        {SOCIAL},
    ),
    (
        "contact page is how to reach me",
        "use the contact page at samirwrites.com, that's how to reach me after hours",
        {SOCIAL},
    ),
    (
        "contact form goes to my phone",
        "the contact form on my site goes straight to my phone, lenawrites.net/contact",
        {SOCIAL},
    ),
    # Email asked for by what it is for
    ("which email to share with", "which email should I share the Figma file with?", {EMAIL}),
    ("which gmail to add", "What Gmail should I add to the Drive folder?", {EMAIL}),
    ("which email do you want", "Which email do you want the invoice sent to?", {EMAIL}),
    ("best email for the invite", "what's the best email for the meeting invite?", {EMAIL}),
    ("address for a contract", "what's the best address to send the signed contract to?", {EMAIL}),
    (
        "address works for forwarding",
        "I can forward the brief straight away, what address works for you?",
        {EMAIL},
    ),
    ("are you on gmail", "are you on gmail? I'll share the folder with you", {EMAIL}),
    ("do you have a gmail", "do you have a gmail I can add to the sheet?", {EMAIL}),
    (
        "send yours after email",
        "We need a billing email from each freelancer, please send yours.",
        {EMAIL},
    ),
    (
        "reply with yours",
        "The portal asks for a contact email per vendor, can you reply with yours?",
        {EMAIL},
    ),
    ("to my personal inbox", "send the final files to my personal inbox instead of here", {EMAIL}),
    ("inbox is email not phone", "just send it to my inbox, not this chat", {EMAIL}),
    ("to my private email", "forward the raw footage to my private email please", {EMAIL}),
    # Other languages
    ("french adresse mail", "Vous avez une adresse mail ? Je vous envoie le devis", {EMAIL}),
    ("french tu aurais un mail", "tu aurais un mail pour que je t'envoie les fichiers ?", {EMAIL}),
    ("spanish tienes correo", "¿tienes correo? te mando los planos por ahí", {EMAIL}),
    ("portuguese voce tem email", "você tem e-mail? mando o contrato por lá", {EMAIL}),
    ("turkish e-posta adresiniz", "E-posta adresinizi paylaşır mısınız?", {EMAIL}),
    ("turkish mail adresinizi", "mail adresinizi alabilir miyim, dosyaları göndereceğim", {EMAIL}),
    ("vietnamese xin email", "cho mình xin email của bạn nhé", {EMAIL}),
    ("vietnamese email la gi", "email của anh là gì vậy?", {EMAIL}),
    ("arabic latin email beta3ak", "eb3atli el email beta3ak, 3ayez ab3atlak el files", {EMAIL}),
    ("arabic latin mail bta3ek", "el mail bta3ek eh? hab3at el design", {EMAIL}),
    # Disguised addresses
    ("bullet operator dot", "📧 nadia.k ＠ outlook ∙ com", {EMAIL}),
    ("middle dot", "kemal.art@yahoo·com", {EMAIL}),
]

NEGATIVES: list[tuple[str, str]] = [
    # Social media, sites and profiles as the work
    (
        "contact form to build",
        "Can you add a contact form to our site, brightbakery.com? Reach us if stuck.",
    ),
    (
        "client's contact form",
        "The contact form on the client's site acmeplumbing.com isn't sending.",
    ),
    ("linkedin post seen", "I'm on LinkedIn a lot for work and saw your post about hiring"),
    (
        "competitors on linkedin",
        "look up the client's competitors on LinkedIn and list their headcount",
    ),
    ("growing threads", "do you have experience growing Threads or Instagram accounts?"),
    ("brand handle to tag", "the brand is @luna.skincare on Instagram, please tag them"),
    ("subreddit work", "post the launch in r/webdev and reply to the comments there"),
    ("mastodon integration", "we need a Mastodon integration so the app can post updates"),
    ("bluesky api", "the Bluesky API client should fetch posts for each account in the list"),
    ("spelled job link", "linkedin dot com slash jobs slash 4012 is the role I mean"),
    ("turkish ad campaign", "Instagram'da reklam kampanyası yönetebilir misiniz?"),
    ("my insta feed as work", "my insta feed needs a refresh, twelve posts a month"),
    ("facebook page as work", "search for competitors on Facebook and note their ad copy"),
    ("are you on the team", "are you on the Instagram ads team or the design one?"),
    # Email as the work, examples and system addresses
    ("hindi email list", "Aapki email list mein kitne subscribers hain?"),
    ("turkish placeholder", "İletişim kısmına ornek@firmaniz.com yazdım, siz değiştirin"),
    ("spanish placeholder", "en el pie puse ejemplo@tuempresa.com hasta tener el real"),
    ("french placeholder", "j'ai mis exemple@votreentreprise.fr dans le formulaire"),
    ("reserved test domain", '<a href="mailto:help@store.test">Help</a> needs a hover colour'),
    ("reserved invalid domain", "the seed data uses ops@demo.invalid for every admin"),
    ("postmaster config", "SMTP_USER=postmaster@mg.ourapp.io\nwhat should this be in prod?"),
    ("no-reply sender", "the receipts come from no-reply@shopwave.com, can we change the name?"),
    ("mailer daemon", "bounces come back from mailer-daemon@googlemail.com with a 550"),
    ("which email template", "which email template should I use for the welcome flow?"),
    ("best email for outreach", "what's the best email for cold outreach to dentists?"),
    ("gmail or outlook setup", "is your team on gmail or outlook for the newsletter setup?"),
    ("french adresse as work", "le champ adresse mail du formulaire ne valide pas"),
    ("vietnamese email marketing", "mình cần chạy email marketing cho cửa hàng"),
    ("send yours without email", "I sent my invoice, please send yours when ready"),
    ("to my inbox as a report", "the daily report lands in my inbox every morning"),
]


@pytest.mark.parametrize(("label", "text", "expected"), POSITIVES, ids=[c[0] for c in POSITIVES])
def test_finds_profiles_and_email_routes(label: str, text: str, expected: set[str]) -> None:
    found = kinds_in(text)
    assert expected <= found, f"{label}: expected {expected}, found {found}"


@pytest.mark.parametrize(("label", "text"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_stays_quiet_on_profiles_and_email_as_the_work(label: str, text: str) -> None:
    found = kinds_in(text)
    assert not found & {SOCIAL, EMAIL}, f"{label}: found {found}"


def test_an_address_asked_for_a_document_is_an_email_not_a_street() -> None:
    found = kinds_in("what's the best address to send the signed contract to?")
    assert "physical_address" not in found


def test_a_handle_at_the_end_of_a_sentence_keeps_its_letters() -> None:
    values = {f.value for f in detect_contacts("Find me on Instagram, @lina.sketches.")}
    assert values == {"instagram:@lina.sketches"}


def test_a_fediverse_handle_is_a_profile_not_an_email() -> None:
    assert kinds_in("find me on Mastodon, @lea@hachyderm.io") == {SOCIAL}


def test_an_address_read_aloud_in_a_script_is_the_work() -> None:
    text = "for the radio spot, do I say it as 'hello at sunbeam dot com' or spell it out?"
    assert EMAIL not in kinds_in(text)
    assert EMAIL in kinds_in("write to me at kira.voice at sunbeam dot com")
