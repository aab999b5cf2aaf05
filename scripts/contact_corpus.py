"""A deterministic generator of realistic marketplace messages, for the contact benchmark.

``messages(count, seed)`` yields ``(text, has_contact)``: proposals, scoping questions, status
updates, revision notes and small talk of 20 to 2,000 characters, in English and the
marketplace's other big languages, full of the things the detector must stay quiet on
(prices, dates, times, versions, order numbers, IP addresses, links to GitHub and Drive,
"zoom in", "phone screen") and with about 5% carrying contact details or an off-platform
move, plain or obfuscated. The same seed gives the same corpus.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

CATEGORIES = (
    "Web Development", "Logo Design", "SEO", "Virtual Assistant", "Video Editing",
    "Resume Writing", "Mobile App Development", "Copywriting", "Data Entry", "Translation",
)  # fmt: skip
NAMES = ("Maria", "Aisha", "Tom", "Ravi", "Chen", "Lucia", "Kwame", "Priya", "Jon", "Ana")
TOOLS = ("Figma", "React", "Django", "Premiere Pro", "WordPress", "Shopify", "Excel", "Canva")

INNOCENT = (
    "Hi {name}, thanks for the invite! I have {years} years of experience with {tool} and "
    "can start on {day}.",
    "My rate is ${rate}/hour; for the fixed-price version I'd quote ${price}.",
    "Attached the first draft (v{v1}.{v2}). The header now uses #{hex} as you asked.",
    "Deadline is {date}, and we can review at {time} on {day} in the Messages video call.",
    "Order #{order} was refunded; the new one is {order2}.",
    "Please SSH into {ip} and restart the worker; logs are in /var/log/app.",
    "Repo: https://github.com/{name_l}-studio/site/pull/{pr}. Files in "
    "https://drive.google.com/drive/folders/1{order}.",
    "Zoom in on the logo at 0:{sec} and cut to the product shot at 1:{sec}.",
    "I passed the phone screen last week, so the client wants the resume updated.",
    "Can you build a Telegram bot that posts our prices every morning?",
    "We need the WhatsApp Business API integration for order updates.",
    "Traffic went from {num} to {num2} sessions (+{pct}%) after the migration to {tool}.",
    "Here's the job I want to apply for: https://www.linkedin.com/jobs/view/{order}/",
    "The form must validate emails like name@example.com and phones like (555) 123-4567.",
    "Revisions: make the font bigger, move the CTA up, and use the darker blue.",
    "I'll upload the files here in Messages and start a voice call if anything is unclear.",
    "Hola {name}, tengo {years} años de experiencia en {tool}. Mi tarifa es ${rate}/hora.",
    "Olá! Posso entregar em {years} dias, o valor fica em R${price}.",
    "Bonjour, je peux livrer la traduction de {num} mots avant le {date}.",
    "Kitne pages chahiye? Main {years} din mein kar dunga, price ${price} hoga.",
    "Salamat po! Tapos na ang {num} entries, pakicheck na lang sa sheet.",
    "Milestone {v1} is done: {num} rows cleaned, duplicates removed, ZIP codes fixed ({zip}).",
    "Please release the milestone when you're happy, and leave feedback on the contract.",
    "Export at 1920x1080, 30 fps, {num} kbps; the intro should be {sec} seconds long.",
    "```python\nEMAIL_RE = r'[^@]+@[^@]+'\nassert EMAIL_RE\n```\nThis is the regex I use.",
    "Our Instagram feed should be embedded on the homepage with the Graph API.",
)
# Most of what people write in a marketplace chat is plain conversation.
CONVERSATION = (
    "Hi {name}, thanks for reaching out! I'd love to help with this project.",
    "Sounds good, I'll get started right away and keep you posted here.",
    "Could you tell me a bit more about your target audience and the tone you want?",
    "I've attached a few samples from similar projects so you can see my style.",
    "No worries at all, take your time reviewing it.",
    "Great, the changes look perfect. Thank you so much for the quick turnaround!",
    "Do you have any brand guidelines or examples of designs you like?",
    "I'm available for the whole week, so I can deliver sooner if you need it.",
    "Could you clarify whether the blog posts should include images?",
    "Thanks! I'll review everything tonight and send my feedback tomorrow morning.",
    "Let me know if you want me to adjust the colours or the layout.",
    "I understand the scope now. I'll break it into smaller milestones.",
    "Happy to jump in. Which part should I prioritise first?",
    "The client loved the draft, just a few small tweaks on the second page.",
    "Sorry for the delay, I was finishing another project. I'm on it now.",
    "Perfect, I've updated the proposal with the new timeline.",
    "Gracias por la oportunidad, me encanta el proyecto.",
    "Obrigado! Vou começar hoje mesmo.",
    "Merci beaucoup, je commence tout de suite.",
    "Theek hai, main aaj shaam tak bhej dunga.",
)
CONTACT = (
    "Can you send me your number? Easier to talk by phone.",
    "Let's continue on WhatsApp: +{cc} {phone}",
    "my email is {name_l}.{year}@gmail.com, write me there",
    "Let's jump on a quick Zoom tomorrow, I'll send the link.",
    "Book a time on my calendly: calendly.com/{name_l}/30min",
    "I can pay you directly via PayPal to skip the fees.",
    "add me on telegram @{name_l}_{year}",
    "my number is nine one seven five five five zero one four two",
    "{name_l} at gmail dot com",
    "Connect with me: linkedin.com/in/{name_l}-{year}",
    "what's your WhatsApp?",
    "Send me your home address and I'll ship the samples.",
)


def _fill(template: str, rng: random.Random) -> str:
    name = rng.choice(NAMES)
    return template.format(
        name=name,
        name_l=name.lower(),
        years=rng.randint(2, 15),
        tool=rng.choice(TOOLS),
        day=rng.choice(("Monday", "Tuesday", "Friday")),
        rate=rng.randint(15, 90),
        price=rng.randint(100, 5000),
        v1=rng.randint(1, 9),
        v2=rng.randint(0, 20),
        hex=f"{rng.randrange(16**6):06x}",
        date=f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        time=f"{rng.randint(8, 18)}:{rng.choice(('00', '15', '30', '45'))}",
        order=rng.randint(10**8, 10**10),
        order2=rng.randint(10**6, 10**8),
        ip=f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        pr=rng.randint(10, 9999),
        sec=f"{rng.randint(10, 59)}",
        num=rng.randint(1000, 90000),
        num2=rng.randint(1000, 90000),
        pct=rng.randint(2, 80),
        zip=rng.randint(10000, 99999),
        cc=rng.choice(("44", "91", "63", "234")),
        phone=f"{rng.randint(700, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        year=rng.randint(70, 99),
    )


def message(rng: random.Random, length: int, with_contact: bool) -> str:
    """One message of about ``length`` characters (20 to 2,000)."""
    parts: list[str] = []
    size = 0
    contact_at = rng.randint(0, max(0, length // 120)) if with_contact else -1
    while size < length:
        if len(parts) == contact_at:
            sentence = _fill(rng.choice(CONTACT), rng)
        elif rng.random() < 0.6:
            sentence = _fill(rng.choice(CONVERSATION), rng)
        else:
            sentence = _fill(rng.choice(INNOCENT), rng)
        parts.append(sentence)
        size += len(sentence) + 1
    if with_contact and contact_at >= len(parts):
        parts.append(_fill(rng.choice(CONTACT), rng))
    text = " ".join(parts)
    if len(text) > 2000:
        text = text[:2000]
    if len(text) < 20:
        text = (text + " Thanks, talk soon!")[:2000]
    return text


def messages(count: int, seed: int = 4) -> Iterator[tuple[str, bool]]:
    """``count`` messages with whether each carries contact details (about 5% do)."""
    rng = random.Random(seed)
    for _ in range(count):
        roll = rng.random()
        # Most messages are short; a long tail reaches 2,000 characters.
        if roll < 0.55:
            length = rng.randint(20, 200)
        elif roll < 0.85:
            length = rng.randint(200, 600)
        else:
            length = rng.randint(600, 2000)
        with_contact = rng.random() < 0.05
        yield message(rng, length, with_contact), with_contact


def message_of_length(seed: int, length: int) -> str:
    """An innocent-or-not message of exactly ``length`` characters, for per-size latency."""
    rng = random.Random(seed)
    text = message(rng, length + 200, rng.random() < 0.05)
    return text[:length]
