"""The borders of abuse and venting (issue 5): veiled threats, masked and ambiguous slurs, and
accusations of theft said of the company. Each family has its hard negatives on the same words.
"""

from __future__ import annotations

import pytest

from trustdesk.textsafety.chat import assess_chat


@pytest.mark.parametrize(
    "text",
    [
        "it would be a real shame if anything happened to you on the way home",
        "I looked up your facebook. nice kids. process my refund",
        "I know what you look like now, think about it",
        "your name is on my list now, Daniel",
        "my cousins know where the call center is, just saying",
        "keep ignoring me and i'm driving over there with a hammer",
        "I'll torch your whole office with everyone in it",
        "vamos descobrir onde tu trabalhas, aguarda",
        "voy a averiguar donde vives, ya verás",
        "je vais trouver où tu habites, compte là-dessus",
        "sambhal ke rehna, hamare bande tere office pahunch jayenge",
        "stai attento quando esci dal lavoro, ti aspetto",
        "pass lieber auf, wenn du morgen Feierabend hast",
        "abangan mo ko sa labas ng office, tignan natin",
        "ila chaftek f zen9a ghadi t3ref",
    ],
)
def test_veiled_threats_in_several_languages_are_threats(text: str) -> None:
    result = assess_chat(text)
    assert result.abuse == "abusive", text
    assert "threat" in result.abuse_types, text


@pytest.mark.parametrize(
    "text",
    [
        "it would be a shame if the logo got lost in the redesign",
        "I found your instagram page for the brand, can you verify it's official?",
        "cute dog in your profile photo! anyway, the invoice is attached",
        "the courier is coming over there tomorrow with the documents",
        "stai attento: the file has two versions, use the second",
        "I know where the settings page is now, thanks",
        "sa labas ng office ako nagtatrabaho, remote lang",
        "vou descobrir onde fica o botão de saque, obrigado",
    ],
)
def test_the_same_words_without_a_threat_stay_calm(text: str) -> None:
    assert assess_chat(text).abuse != "abusive", text


@pytest.mark.parametrize(
    "text",
    [
        "answer me properly you ni99er",  # leetspeak with 9 for g
        "put someone on who isn't a f4990t",
        "je veux pas parler à une p*dale pareille",
        "voce e um macaco, nao sabe ler?",
        "aap jaise chamar log support mein kya kar rahe ho",
        "chura kahin ki, kaam karo",
        "yeh katwa kuch nahi samjhega",
    ],
)
def test_masked_and_ambiguous_slurs_in_an_insulting_frame_are_slurs(text: str) -> None:
    result = assess_chat(text)
    assert result.abuse == "abusive", text
    assert "slur" in result.abuse_types, text


@pytest.mark.parametrize(
    "text",
    [
        "meu chefe mandou chamar o suporte de novo",
        "kisi ne mera laptop chura liya, invoice bhi usme tha",
        "niliona chura kwenye bustani, sorry off topic",
        "il pedale della bici è rotto, la consegna è in ritardo",
        "the macaco plush toy listing was removed, why?",
        "9am is fine for the call",
        "wallah 9ritek email, mashi mushkil",
    ],
)
def test_the_same_words_as_plain_words_are_not_slurs(text: str) -> None:
    assert assess_chat(text).abuse != "abusive", text


@pytest.mark.parametrize(
    "text",
    [
        "this platform is a rip-off, a bunch of thieves keeping my money",
        "que empresa horrible, son unos ladrones con las comisiones",
        "cette plateforme, une bande d'escrocs qui bloquent mon argent",
        "questa azienda è piena di truffatori, ridatemi i soldi",
        "aplikasi ini maling semua, duit gue ditahan",
        "ye company chor hai, mera payment roko mat",
    ],
)
def test_theft_accusations_at_the_company_are_venting(text: str) -> None:
    assert assess_chat(text).abuse == "venting", text


@pytest.mark.parametrize(
    "text",
    [
        "this platform is a joke and you are thieves and idiots",
        "you are a thief and a liar, give me a real agent",
        "ustedes son unos ladrones, todos ustedes",
    ],
)
def test_theft_accusations_with_a_personal_insult_or_at_the_agent_stay_abusive(text: str) -> None:
    assert assess_chat(text).abuse == "abusive", text


@pytest.mark.parametrize(
    "text",
    [
        "the upload tool is useless garbage. not you, the tool",
        "what a circus of a website. nothing personal, I know it's not your fault",
        "qué porquería de sistema, no es contigo eh",
        "esse app é um lixo, não é com você",
        "ce site est nul, c'est pas contre toi",
    ],
)
def test_insults_with_the_agent_disclaimed_are_venting(text: str) -> None:
    assert assess_chat(text).abuse == "venting", text


@pytest.mark.parametrize(
    "text",
    [
        "not your fault? you're an idiot then",
        "you're useless, not the app, YOU",
    ],
)
def test_an_insult_beside_a_denial_of_the_disclaimer_stays_abusive(text: str) -> None:
    assert assess_chat(text).abuse == "abusive", text


@pytest.mark.parametrize(
    "text",
    [
        "the seller keeps calling me an idiot in the order chat, can you look at it?",
        "my client called me a 'useless b*tch' on a call, is there a way to report that?",
        "haha i'm so dumb, the code was in my other inbox",
        "i'm such a moron, i paid the wrong invoice. can i reverse it?",
        "stupid question but how do i change my username?",
        "désolé pour le retard, je vous envoie le document",
        "le retard de paiement est de trois jours, c'est normal ?",
    ],
)
def test_reported_insults_self_talk_and_french_delays_are_calm(text: str) -> None:
    assert assess_chat(text).abuse == "none", text


@pytest.mark.parametrize(
    "text",
    [
        "I'm sick and tired of waiting for my payout",
        "the client is an idiot and I'm furious, nobody answers",
        "the agent said it would arrive Monday and that was bullshit",
    ],
)
def test_feelings_and_insults_at_someone_else_stay_venting(text: str) -> None:
    assert assess_chat(text).abuse == "venting", text


@pytest.mark.parametrize(
    "text",
    [
        "fine, we'll settle it in small claims. every invoice is saved",
        "see you in court then, I have the whole chat log",
        "keep the fee, enjoy the chargeback",
        "honestly done with your platform after this month",
        "me paso a otra plataforma, esta ya no sirve",
        "j'arrête cette appli, trop de blocages",
        "ye app chhod dunga agar payment nahi aaya",
        "review denge ek star, har jagah",
        "ich melde das der Verbraucherzentrale",
        "el site da nasba, kol shahr nafs el moshkla",
        "a poorly run marketplace, nothing ever works",
    ],
)
def test_going_to_court_leaving_and_fed_up_words_are_venting(text: str) -> None:
    assert assess_chat(text).abuse == "venting", text


@pytest.mark.parametrize(
    "text",
    [
        "the client asked me to draft a small claims form template, is that allowed?",
        "how do I close my account? I'm moving abroad and won't freelance for a while",
        "cool, thanks, that fixed it",
        "the app is about a running club, the client wants a new logo",
    ],
)
def test_the_same_words_in_calm_requests_stay_calm(text: str) -> None:
    assert assess_chat(text).abuse == "none", text


@pytest.mark.parametrize(
    "text",
    [
        "did your mother drop you as a baby or were you born this slow",
        "is incompetence a hiring requirement over there or what",
        "they must hire you people based on IQ, lowest wins",
        "your brain is smaller than a peanut, read my ticket",
        "¿te contrataron por tu cara o por tu cerebrito de gallina?",
        "t'as une cervelle de moineau ou quoi, relis mon message",
        "utak manok ka talaga, basahin mo ulit",
        "tanga kayong lahat sa support",
    ],
)
def test_sarcastic_insults_and_team_insults_are_directed(text: str) -> None:
    result = assess_chat(text)
    assert result.abuse == "abusive", text
    assert "directed_insult" in result.abuse_types, text


@pytest.mark.parametrize(
    "text",
    [
        "damn you're fast, thanks a lot",
        "my mom dropped her phone so she can't verify, can I do it for her?",
        "the client wants a mosquito brain illustration for a biology book",
        "the IQ test app I built got rejected, why?",
        "what a joke of a fee system, no offence to you, you're just the messenger",
    ],
)
def test_the_same_words_without_an_insult_at_the_agent_are_not_abusive(text: str) -> None:
    assert assess_chat(text).abuse != "abusive", text


@pytest.mark.parametrize(
    "text",
    [
        "ihr seid doch komplette Arschlöcher im Support",
        "bist du hirntot oder was? du liest nicht mal mein Ticket",
        "voi siete dei bastardi, tutti quanti",
        "vous êtes vraiment des charognards",
    ],
)
def test_german_italian_and_french_insults_at_the_team_are_directed(text: str) -> None:
    result = assess_chat(text)
    assert result.abuse == "abusive", text
    assert "directed_insult" in result.abuse_types, text


@pytest.mark.parametrize(
    "text",
    [
        "ihr seid super, danke für die schnelle Hilfe",
        "siete stati gentilissimi, grazie mille",
        "vous êtes des anges, merci pour le remboursement",
    ],
)
def test_the_same_forms_of_address_with_praise_are_calm(text: str) -> None:
    assert assess_chat(text).abuse == "none", text


def test_a_threat_to_kill_without_a_pronoun_is_a_threat() -> None:
    result = assess_chat("ek baar mil ja, jaan se maar denge")
    assert "threat" in result.abuse_types
    assert assess_chat("ye deadline meri jaan le legi yaar").abuse != "abusive"


@pytest.mark.parametrize(
    "text",
    [
        "screw your rules, I just want my payout",
        "damn it, you can close the dispute, I give up",
        "fuck this, you guys can keep the twenty dollars",
    ],
)
def test_oaths_at_the_situation_or_the_rules_beside_you_are_venting(text: str) -> None:
    assert assess_chat(text).abuse == "venting", text


@pytest.mark.parametrize(
    "text",
    ["screw you and your rules", "fuck you, just pay me", "damn you people, answer me"],
)
def test_oaths_at_the_agent_stay_abusive(text: str) -> None:
    assert assess_chat(text).abuse == "abusive", text
