"""Self-harm in the marketplace's other languages (issue 5).

Families rather than single phrases: killing oneself, not wanting to live, "they'd be better
off without me", a burden, farewell letters and a will, one's death blamed on the support, in
Turkish, Swahili, German and Italian, and more Arabic in Latin letters, Tagalog, Hindi and
Indonesian phrasings; immediate danger (pills or poison already taken, a wound bleeding, a rope
tied, a knife in hand, standing on a bridge or a roof now); and the guards: figures of speech
on the same words ("dying of shame", "I'd rather die than take that client again"), someone
else's act, breaking up or stopping work for the day, "not today" and "every night" told as a
thought rather than an act under way. The phrasings are written for these tests; none is taken
from the labelled sets in scripts/data/.
"""

from __future__ import annotations

import pytest

from trustdesk.textsafety.chat import assess_chat, rules_self_harm

# --- plain phrasings: a risk -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "artık kendimi öldürmek istiyorum, hesabım da gitti",  # Turkish
        "bu hayata devam etmek istemiyorum artık",
        "ölsem kimin umurunda ki, kimse aramaz",
        "keşke bu sabah hiç uyanmasaydım",
        "ailem bensiz daha rahat eder",
        "nimechoka kuishi, kila kitu kimeenda vibaya",  # Swahili
        "sitaki kuishi tena baada ya hii",
        "familia yangu watakuwa bora bila mimi",
        "ninataka kujiua, sina kitu tena",
        "Ich will mich umbringen, seit die Sperre da ist",  # German
        "ich denke daran, mir das Leben zu nehmen",
        "Wenn das nicht klappt, mach ich Schluss.",
        "Sie wären besser dran ohne mich",
        "Voglio togliermi la vita, non ce la faccio",  # Italian
        "tra poco non ci sarò più, scusate",
        "la mia famiglia starebbe meglio senza di me",
        "wallah ma abgha a3eesh ba3d el yom",  # Arabic in Latin letters
        "ma 7ada ra7 yfta2edni lamma amshi",
        "sana mabangga na lang ako ng bus pauwi",  # Tagalog
        "nag-ipon ako ng mga gamot sa drawer",
        "kalau saya mati nanti, itu salah kalian semua",  # Indonesian
        "if I die tonight it's on you and your stupid policy",
        "sach mein jeene ka mann bhi nahi karta",  # Hindi in Latin letters
    ],
)
def test_plain_self_harm_phrasings_in_other_languages_are_a_risk(text: str) -> None:
    assert rules_self_harm(text) != "none", text


# --- immediate danger ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "bütün ilaçları içtim, başım dönüyor",  # Turkish: pills taken
        "ip hazır, tavana bağladım",  # a rope tied
        "şu an köprüdeyim, kimse aramasın",  # on a bridge now
        "nimemeza vidonge vyote, samahani",  # Swahili: pills swallowed
        "nimejikata na damu haiachi",  # a cut bleeding
        "niko juu ya paa sasa hivi",  # on the roof now
        "Ich habe alle Schlaftabletten geschluckt",  # German: pills taken
        "ich stehe gerade auf der Brücke",  # on a bridge now
        "ho ingoiato tutte le pillole del cassetto",  # Italian: pills taken
        "sono sul tetto adesso",  # on the roof now
        "el 7obob f 2idi w ana mesh ha-stanna",  # Arabic: pills in hand
        "Heute Nacht mach ich Schluss.",  # tonight, with a plain phrasing
    ],
)
def test_danger_now_in_other_languages_is_immediate(text: str) -> None:
    assert rules_self_harm(text) == "immediate", text


@pytest.mark.parametrize(
    "text",
    [
        "kabhi kabhi sochta hoon pul se kood jaun, abhi nahi par",
        "bugün değil ama köprüden atlamayı düşünüyorum",
        "minsan naiisip ko na tumalon sa tulay",
        "manchmal will ich einfach sterben",
    ],
)
def test_a_thought_told_as_not_now_or_a_habit_is_not_immediate(text: str) -> None:
    assert assess_chat(text).self_harm != "immediate", text


# --- hard negatives on the same words ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "me quiero morir de la vergüenza, mandé la factura al cliente equivocado",
        "quero morrer de vergonha, errei o nome do cliente no contrato",
        "mar jaunga lekin is client ka kaam dobara nahi karunga",
        "Mon client écrit un polar où le suspect se suicide, c'est autorisé ?",
        "Kuzenim geçen yıl intihar girişiminde bulundu, şimdi iyi; teslim ertelenebilir mi?",
        "Für heute mach ich Schluss, morgen schicke ich den Rest",
        "Ich mache Schluss mit meinem Freund, deshalb war ich gestern nicht erreichbar",
        "preferisco morire che usare di nuovo quel software",
        "sasa hivi niko ofisini, nitatuma faili jioni",
        "Ich stehe gerade an der Kasse, ich melde mich gleich",
        "sono sul ponte del traghetto, rispondo appena arrivo",
        "simu yangu imekufa kabisa, betri haichaji",
        "tunatengeneza video ya kuzuia kujiua kwa shule, naomba ushauri wa bei",  # a topic
        "Ich übersetze eine Broschüre zur Suizidprävention, darf ich sie hochladen?",
    ],
)
def test_figures_of_speech_and_plain_uses_are_not_self_harm(text: str) -> None:
    assert assess_chat(text).self_harm == "none", text
