"""How the classifier reads support-chat lines it was not written from (see scripts/eval_chat.py).

General mechanisms rather than single phrases: self-harm concepts that combine (two different
weak signs; ending, absence, burden or escape said of oneself; a means dwelt on), immediate
danger from a means in hand, an act in progress or a place with a sign of now, frustration
with no target, code-switching, and the figures of speech that must stay calm. The phrasings
are written for these tests; none is taken from the blind sets in scripts/data/.
"""

from __future__ import annotations

import re

import pytest

from trustdesk.textsafety import chat
from trustdesk.textsafety.chat import assess_chat, fold_word

# --- self-harm: concepts that combine -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "honestly i hate my life and i want out",  # self-hatred + wanting out
        "my life is over. goodbye everyone",  # hopelessness + farewell
        "I'm a failure and I can't do this anymore.",  # self-hatred + escape
    ],
)
def test_two_different_weak_signs_make_a_self_harm_risk(text: str) -> None:
    assert assess_chat(text).self_harm == "risk", text


@pytest.mark.parametrize(
    "text",
    [
        "I want out of this contract, the client keeps adding scope.",
        "I give up, just close the ticket.",
        "My life is over if this client leaves a bad review lol",
        "Goodbye everyone, I'm moving to a full-time job next month!",
    ],
)
def test_one_weak_sign_alone_is_not_self_harm(text: str) -> None:
    assert assess_chat(text).self_harm == "none", text


@pytest.mark.parametrize(
    "text",
    [
        "everyone would be fine if I wasn't around",  # absence as relief for others
        "nobody would notice if I disappeared tomorrow",
        "the world doesn't need me",
        "I don't think I'll make it to the end of the month",  # not lasting
        "I keep staring at the pills in my cupboard",  # a means dwelt on
        "dying doesn't sound so bad anymore",
        "I don't see why I should keep living",  # continuing to live, questioned
        "i'm so tired of existing",
        "I'm just waiting to die at this point",
        "I'm going to make it all stop. For good.",  # ending with permanence
        "i don t want to live anymore",  # a contraction typed with a space
    ],
)
def test_ending_absence_burden_or_a_means_said_of_oneself_is_a_risk(text: str) -> None:
    assert assess_chat(text).self_harm in ("risk", "immediate"), text


@pytest.mark.parametrize(
    "text",
    [
        "no quiero vivir más, perdí todo",  # Spanish
        "quero morrer, sério",  # Portuguese
        "ayoko na mabuhay",  # Tagalog
        "je veux en finir",  # French
        "ich will nicht mehr leben",  # German
    ],
)
def test_the_same_thoughts_in_the_languages_users_switch_into_are_a_risk(text: str) -> None:
    assert assess_chat(text).self_harm == "risk", text


# --- figures of speech and near misses stay calm ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "this deadline is killing me",
        "I could kill for a coffee right now",
        "can you kill the process that keeps resending the invoice?",
        "I'm dying to know whether the appeal went through",
        "this app is suicide for my career if the rating stays",
        "The deadline is suicide, should I decline the job?",
        "shoot me an email when it's done",
        "I'd rather die than use the mobile app for invoices haha",
        "I won't be around next week, I'm on holiday",
        "I'm not going to be around after 5pm, please call before",
        "I'm tired of living paycheck to paycheck, can I get paid weekly?",
        "I don't want to live in fear of another suspension",
        "I want to disappear from search results for a month",
        "I'm not suicidal, just annoyed about the hold",
        "I'm at the bridge club tonight, will reply tomorrow",
        "Can I send a farewell note to my clients before I retire?",
        "I'm cutting myself some slack this week",
        "How do I end it properly with the client?",
        "I took my medication this morning so I may be slow",
        "Can't go on with the project until the client funds the milestone",
        "took my life savings to start this agency, so please hurry",
    ],
)
def test_figures_of_speech_and_everyday_lines_are_not_self_harm(text: str) -> None:
    assert assess_chat(text).self_harm == "none", text


# --- immediate danger -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I've swallowed 40 tablets",  # a number is a quantity, not leetspeak
        "the knife is pressed against my wrist",
        "I'm on the ledge. This is goodbye.",
        "I'm parked on the railway crossing and I'm not moving",
        "sitting in my car in a closed garage with the engine running",
        "the pills are starting to kick in",
        "I've stepped onto the roof edge",
        "my wrist is bleeding and I don't want it to stop",
        "I'm holding the gun right now",
    ],
)
def test_a_means_in_hand_an_act_in_progress_or_a_place_with_now_is_immediate(text: str) -> None:
    assert assess_chat(text).self_harm == "immediate", text


def test_self_injury_told_in_the_past_is_a_risk_not_an_act_in_progress() -> None:
    assert assess_chat("I cut my arm last week when the account was closed.").self_harm == "risk"


def test_considering_an_overdose_is_a_risk_not_an_act_in_progress() -> None:
    assert assess_chat("I'm considering taking all my pills at once.").self_harm == "risk"


# --- venting without a target ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Five days and still no reply. Unreal.",  # waiting in vain, rhetorical fragment
        "WHY IS THIS STILL BROKEN",  # shouting
        "thanks for nothing",
        "So I waited a week for a bot reply. Brilliant.",  # praise after something went wrong
        "Hello?? is anyone even reading this",
        "joder, the upload failed again",  # profanity in another language
        "your company froze my account and ruined my month",  # blame, no insult
        "screw your policy, I just want my money",  # profanity at a rule, not at the agent
    ],
)
def test_frustration_with_no_target_is_venting(text: str) -> None:
    result = assess_chat(text)
    assert (result.abuse, result.abuse_types) == ("venting", ()), text


@pytest.mark.parametrize(
    "text",
    [
        "Great, thanks for the help!",
        "Perfect. That worked.",
        "i sent it again, third time, could you please check?",
        "thx for the quick reply!! see you",
        "Please note I need the invoice in EUR and the VAT ID on it.",
    ],
)
def test_polite_or_pleased_lines_are_not_venting(text: str) -> None:
    assert assess_chat(text).abuse == "none", text


def test_despair_in_a_self_harm_message_is_not_counted_as_anger() -> None:
    result = assess_chat("I'm so tired of everything. I don't want to wake up tomorrow.")
    assert (result.abuse, result.self_harm) == ("none", "risk")


# --- abuse ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "eres un inútil, no entiendes nada",
        "tanga ka ba? I sent it twice",
        "du bist so ein Idiot",
        "you useless drone, read the ticket",  # an insulting adjective said to the agent
        "you're about as useful as a chocolate teapot",
        "your support team is run by monkeys",
        "do you even have a brain?",
    ],
)
def test_insults_at_the_agent_in_any_form_are_abusive(text: str) -> None:
    result = assess_chat(text)
    assert (result.abuse, result.abuse_types) == ("abusive", ("directed_insult",)), text


@pytest.mark.parametrize(
    "text",
    [
        "You'd better pray we never meet in person.",
        "People like you should be shot.",
        "I'm outside your building right now. Come down.",
        "If I ever see you I'll knock your teeth out.",
        "keep it up and you'll find out what I'm capable of",
    ],
)
def test_violent_or_intimidating_threats_are_abusive(text: str) -> None:
    result = assess_chat(text)
    assert result.abuse == "abusive", text
    assert "threat" in result.abuse_types, text


# --- abuse in the languages users switch into ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "vc é um lixo, nem sabe ler o ticket",  # Portuguese "you" before the insult
        "bodoh lu, baca dulu pesan gw",  # Indonesian "you" after it
        "wewe ni mjinga kabisa",  # Swahili "you are"
        "jesteś głupi czy co?",  # Polish, with a letter NFKD leaves alone
        "cet agent est un vrai bouffon",  # "this agent is a ..." in French
        "ye agent bilkul nalaayak hai",  # ... in Hindi
        "vai se foder, resolve logo isso",  # "f*** you" in Portuguese
        "dasar admin g*blok",  # a masked insult in Indonesian
    ],
)
def test_insults_at_the_agent_in_other_languages_are_abusive(text: str) -> None:
    result = assess_chat(text)
    assert result.abuse == "abusive", text
    assert "directed_insult" in result.abuse_types, text


@pytest.mark.parametrize(
    "text",
    [
        "te voy a matar si no me devuelven el dinero",
        "je sais où tu habites, fais attention",
        "seni bulacağım, bekle",
        "gw bakar kantor kalian kalau duit gw gak balik",
        "papatayin kita pag di mo binalik",
    ],
)
def test_violent_threats_in_other_languages_are_threats(text: str) -> None:
    result = assess_chat(text)
    assert (result.abuse, "threat" in result.abuse_types) == ("abusive", True), text


@pytest.mark.parametrize(
    "text",
    [
        ("que mierda de plataforma, otra vez el pago retenido", "venting"),
        ("putain, encore une erreur au moment de payer", "venting"),
        ("no soy tonto, ya probé reiniciar la app", "none"),  # said of oneself
        ("me muero de hambre, ya vuelvo", "none"),
    ],
)
def test_frustration_in_other_languages_is_venting_and_self_talk_is_not(
    text: tuple[str, str],
) -> None:
    line, expected = text
    assert assess_chat(line).abuse == expected, line


@pytest.mark.parametrize(
    "text",
    [
        'my client wrote "you are an idiot" in the chat, can I report him?',
        'el cliente me escribió "eres un inútil" en el chat, puedo reportarlo?',
        'klien nulis "kamu goblok" di chat kontrak, boleh saya laporkan?',
    ],
)
def test_an_insult_someone_else_wrote_reported_to_support_is_not_aimed_at_the_agent(
    text: str,
) -> None:
    assert "directed_insult" not in assess_chat(text).abuse_types, text


def test_a_threat_someone_else_wrote_reported_to_support_is_not_a_threat() -> None:
    result = assess_chat('My client wrote "I will kill you" in the chat. Should I report it?')
    assert "threat" not in result.abuse_types


def test_a_weapon_in_a_self_harm_message_is_not_a_threat_at_the_agent() -> None:
    result = assess_chat("I'm sitting in the bath with a knife. I'm sorry.")
    assert ("threat" not in result.abuse_types, result.self_harm) == (True, "immediate")


def test_a_report_to_the_ombudsman_is_venting_even_when_the_model_reads_it_as_aimed() -> None:
    result = assess_chat("I'm reporting you to the ombudsman and the papers. This is criminal.")
    assert result.abuse == "venting"


# --- reading --------------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["50", "2019", "30", "10"])
def test_numbers_are_not_read_as_leetspeak(number: str) -> None:
    assert fold_word(number) == number


@pytest.mark.parametrize(
    "words",
    [
        {"idiot", "idiots", "id", "moron", "piece of shit", "piece of crap", "shit"},
        {"a", "ab", "abc", "b", "bc"},
        {"kill", "killing", "killed", "kills"},
    ],
)
def test_a_prefix_tree_alternation_matches_what_a_plain_alternation_matches(
    words: set[str],
) -> None:
    plain = re.compile(
        r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b"
    )
    tree = re.compile(r"\b" + chat._alternation(words) + r"\b")
    text = "a abc idiots id ab kill killing piece of shit piece of crap b bc moron shit kills"
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "i'm standing on the bridge right now",
        "you people are useless and i know where your office is",
        "I keep thinking about ending it, honestly",
        "about to take the pills",
    ],
)
def test_the_one_scan_for_required_strings_finds_every_one_a_substring_test_finds(
    text: str,
) -> None:
    canon = chat._tokens(text).canon
    assert chat._present_needles(canon) == frozenset(n for n in chat._NEEDLES if n in canon)


# --- self-harm in the marketplace's other languages -----------------------------------------


def concepts(text: str) -> set[str]:
    return {feature for feature in chat.self_harm_features(text) if feature.startswith("k:")}


@pytest.mark.parametrize(
    ("variant", "usual"),
    [
        ("meri zindgi bekaar hai", "meri zindagi bekaar hai"),  # a vowel dropped
        ("mrna chahti hoon", "marna chahti hoon"),
        ("dlwa2ty 3ayz amot", "delwa2ti 3ayez amoot"),  # Arabic with digits, two spellings
        ("pgn mati aja skrg", "ingin mati aja sekarang"),  # Indonesian chat shorthand
    ],
)
def test_the_self_harm_head_folds_common_spellings_to_one(variant: str, usual: str) -> None:
    assert chat.self_harm_features(variant) == chat.self_harm_features(usual)


@pytest.mark.parametrize(
    "text",
    [
        "quiero morir",  # Spanish
        "eu quero morrer",  # Portuguese
        "main bas marna chahta hoon",  # Hindi/Urdu in Latin letters
        "gusto ko nang mamatay",  # Tagalog
        "aku ingin mati saja",  # Indonesian
        "ana 3ayez amoot",  # Egyptian Arabic in Latin letters
        "I just want to die",  # and English: one concept across languages
    ],
)
def test_a_wish_to_die_reads_as_the_same_concepts_in_every_language(text: str) -> None:
    assert {"k:want", "k:death"} <= concepts(text), text


@pytest.mark.parametrize(
    "text",
    [
        "me muero de sueño, mañana subo el archivo",
        "tô morrendo de rir com esse cliente",
        "je meurs de faim, je reviens dans 10 min",
        "patay na ang laptop ko, pwede bang extension?",
        "hp saya mati pas verifikasi",
        "meu celular morreu no meio da chamada",
    ],
)
def test_foreign_figures_of_speech_give_the_head_no_word_of_death(text: str) -> None:
    assert "k:death" not in concepts(text), text


@pytest.mark.parametrize(
    "text",
    [
        "sinto que todos ficariam melhor sem mim",  # Portuguese: others better off
        "je pense à mettre fin à mes jours depuis la suspension",  # French
        "sach bataun to jeene ka mann nahi karta ab",  # Hindi/Urdu
        "lebih baik aku mati saja daripada begini terus",  # Indonesian
        "ana 3ayez amoot, mafeesh fayda",  # Egyptian Arabic in Latin letters
    ],
)
def test_self_harm_in_other_languages_is_a_risk(text: str) -> None:
    assert assess_chat(text).self_harm != "none", text


@pytest.mark.parametrize(
    "text",
    [
        "ya tengo las pastillas en la mano",  # a means in hand
        "j'ai avalé toutes les pilules",  # already taken
        "sudah minum semua obat, maaf ya",
        "estou na ponte agora, adeus",  # a place with now
        "je vais me tuer ce soir",  # an intent for tonight
    ],
)
def test_immediate_danger_in_other_languages_is_immediate(text: str) -> None:
    assert assess_chat(text).self_harm == "immediate", text


@pytest.mark.parametrize(
    "text",
    [
        "me muero de sueño, mañana te mando el archivo",
        "o cliente vai me matar se eu atrasar de novo",  # someone else "will kill me"
        "il va me tuer si je rate la deadline",
        "patay na ang laptop ko, pwede bang extension?",
        "abhi chhat pe hoon, network weak hai",  # on the roof for signal
        "je veux en finir avec ce litige au plus vite",  # ending a dispute
    ],
)
def test_everyday_lines_in_other_languages_are_not_self_harm(text: str) -> None:
    assert assess_chat(text).self_harm == "none", text
