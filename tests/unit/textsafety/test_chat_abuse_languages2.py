"""Abuse versus venting in the marketplace's other languages, second round (issue 5).

The families of set l (scripts/data/chat_train_l.jsonl) taken as families: slurs of those
languages and their masked spellings (marks and digits for letters, as people disguise only
offensive words), a slur aimed at the agent by "you" or by asking for someone else, oaths and
exasperation at no one, complaints to consumer bodies and leaving the platform; and the guards:
the same words as plain words, said of oneself, or someone else's words reported. The phrasings
are written for these tests; none is taken from the labelled sets in scripts/data/.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trustdesk.textsafety.chat import assess_chat

# --- slurs --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ese comprador es un mongólico, no entiende nada del brief",
        "o cliente é um paneleiro, recusa tudo o que eu entrego",
        "ce client est un youpin, il négocie chaque centime",
        "der Auftraggeber ist ein Kanake und zahlt nicht",
        "il committente è un frocio, non risponde mai",
        "client qadiani hai, payment nahi karega",
        "la compradora es una z1ngara, no paga nada",  # a digit for a letter
        "the buyer is a schw*chtel who never pays",
    ],
)
def test_slurs_of_those_languages_are_slurs(text: str) -> None:
    result = assess_chat(text)
    assert result.abuse == "abusive", text
    assert "slur" in result.abuse_types, text


@pytest.mark.parametrize(
    "text",
    [
        "el comprador es un m@caco, no pienso trabajar más con él",  # Portuguese "monkey"
        "cliente c!na itu gak mau bayar",  # Malay "China"
        "ye buyer ch@mar hai, kuch samajhta nahi",
        "o comprador é um paraíba burro, nem abre o arquivo",  # a state's name beside an insult
    ],
)
def test_a_slur_that_is_also_a_plain_word_counts_masked_or_beside_an_insult(text: str) -> None:
    result = assess_chat(text)
    assert result.abuse == "abusive", text
    assert "slur" in result.abuse_types, text


@pytest.mark.parametrize(
    "text",
    [
        "vou chamar o cliente amanhã para falar do prazo",
        "o macaco do zoológico aparece no logo do cliente",
        "nasa Paraíba ako nakatira, pwede ba mag-withdraw sa GCash?",
        "Tahira from my team will send the invoice tomorrow",
        "ich habe Gogol gelesen, während ich auf die Auszahlung gewartet habe",
        "kami punya klien dari Cina, invoice pakai USD atau CNY?",
    ],
)
def test_those_words_written_plainly_are_not_slurs(text: str) -> None:
    assert "slur" not in assess_chat(text).abuse_types, text
    assert assess_chat(text).abuse != "abusive", text


@pytest.mark.parametrize(
    "text",
    [
        "eres un m0ngólico, te pedí el reembolso, no la contraseña",
        "wewe ni t@hira kweli, soma ujumbe wangu",
        "sun be khu$ra, mera payment release kar",
        "t'es gogol ou quoi, je t'ai donné le numéro trois fois",
        "je ne parle plus à ce p3dé, passez-moi un superviseur",  # asking for someone else
        "mit dieser Schw*chtel rede ich nicht, ich will einen anderen Mitarbeiter",
    ],
)
def test_a_slur_aimed_at_the_agent_is_also_directed(text: str) -> None:
    result = assess_chat(text)
    assert result.abuse == "abusive", text
    assert {"slur", "directed_insult"} <= set(result.abuse_types), text


# --- venting ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tabarnak, le virement est encore bloqué",
        "foda-se, o upload do documento falhou outra vez",
        "porca puttana, il pagamento è ancora in sospeso",
        "ich hab die Schnauze voll, schon wieder abgelehnt",
        "ya Allah, teen din se payout pending hai",
        "hay aksi, ödeme yine reddedildi",
        "aki ya Mungu, malipo bado hayajaingia",
        "khuda ki qasam, roz naya document maangte hain",
        "non ne posso più di questa verifica",
    ],
)
def test_oaths_and_exasperation_at_no_one_are_venting(text: str) -> None:
    assert assess_chat(text).abuse == "venting", text


@pytest.mark.parametrize(
    "text",
    [
        "vou fazer queixa no Livro de Reclamações se isto continuar, é uma vergonha",
        "se non sbloccate i fondi vado al Codacons, tre settimane così!",
        "wenn das so weitergeht, leite ich rechtliche Schritte ein, unglaublich",
        "kalau begini terus saya tempuh jalur hukum, sudah sebulan!",
        "basta, me ne vado su un'altra piattaforma, sono stufo",
        "aalis na ako dito, tatlong linggo na walang sagot!",
    ],
)
def test_consumer_bodies_lawyers_and_leaving_are_venting_not_abuse(text: str) -> None:
    assert assess_chat(text).abuse == "venting", text


@pytest.mark.parametrize(
    "text",
    [
        "ya nhar eswed 3alaya, ba3att el file el ghalat. a3mel eh?",  # self-blame
        "agak kecewa sama lamanya, tapi makasih sudah dibantu",
    ],
)
def test_the_same_words_said_of_oneself_or_mildly_stay_calm(text: str) -> None:
    assert assess_chat(text).abuse == "none", text


# --- threats ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a gente sabe onde vocês trabalham, liberem o saque",  # where the agent works
        "ich weiß, wo eure Firma sitzt? nein: ich weiß, wo euer Büro ist",
        "gue udah tau alamat kantor kalian, cairin dana gue",
        "evine kadar gelirim, paramı yatırın",
        "ich habe deinen Nachnamen, gib mein Geld frei",
        "ya averigüé tu apellido, devuélveme la plata",
        "haddi pasli ek kar dunga agar payment nahi aaya",  # harm to the body
        "nitakuchapa ukikataa tena",
        "bensin sama korek udah siap, tinggal kantor kalian",
    ],
)
def test_threats_of_those_languages_are_threats(text: str) -> None:
    result = assess_chat(text)
    assert result.abuse == "abusive", text
    assert "threat" in result.abuse_types, text


@pytest.mark.parametrize(
    "text",
    [
        "tenho uns amigos no Rio que resolvem isso. o mundo é pequeno",
        "tienes hijos, ¿verdad? el mundo es pequeño",
        "fi nas bi2daro yla2ouk. keep ignoring me w shouf",
        "gue punya orang di Bandung. just wait",
        "ho trovato il tuo profilo, è meglio per tutti se sblocchi",
    ],
)
def test_two_veiled_warnings_together_are_a_threat(text: str) -> None:
    assert "threat" in assess_chat(text).abuse_types, text


@pytest.mark.parametrize(
    "text",
    [
        "the world is small, I met my client at the airport!",  # one weak cue alone
        "tienes hijos? los míos usan la misma app de tareas",
        "just wait until you see the final logo, it's great",
        "I'm coming to your Lisbon office for the freelancer meetup next week",
        "ich habe deinen Namen im Ticket gesehen, danke Jonas!",
    ],
)
def test_one_weak_cue_or_a_friendly_visit_is_no_threat(text: str) -> None:
    assert "threat" not in assess_chat(text).abuse_types, text


# --- insults at "you" or the support team -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "salak mısınız, aynı belgeyi üç kez gönderdim",  # Turkish "are you ...?"
        "bego banget sih lu, aku udah kirim KTP",  # the insult, a word of stress, "you"
        "lanat hai tum par, teen hafte se paisa atka hai",  # a curse on "you"
        "wewe ni fala, nimekutumia risiti mara mbili",
        "t'es vraiment un cave? no: t'es un ostie de cave, lis mon message",
        "Sie sind wirklich unfähig, lesen Sie mein Ticket",
        "Halt die Fresse und gib mir mein Geld",
        "siete un branco di incompetenti, sblocca i fondi",
        "kello minkon zbele, wa7ed bi2ol shi w wa7ed bi2ol shi tani",
        "Ihr Pappnasen, wo bleibt die Auszahlung?",
        "kutte ke bache, mera payment release kar",
        "vai pro caralho, quero o meu dinheiro",
    ],
)
def test_insults_at_you_or_the_team_in_those_languages_are_directed(text: str) -> None:
    result = assess_chat(text)
    assert result.abuse == "abusive", text
    assert "directed_insult" in result.abuse_types, text


@pytest.mark.parametrize(
    "text",
    [
        "mera kutta ka khilona laptop ke upar gira, isliye late hua",  # my dog, not an insult
        "ese sistema es una bande de bugs",  # not an address
        "uma massa de dados ficou presa no upload, podem ver?",
    ],
)
def test_the_same_words_as_plain_words_are_not_insults(text: str) -> None:
    assert assess_chat(text).abuse != "abusive", text


# --- calm: said of oneself, reported, polite --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "que tonta que eu sou, mandei o arquivo errado. dá pra trocar?",
        "che cretino che sono, ho sbagliato la tariffa, posso correggerla?",
        "ich Trottel hab das falsche Konto angegeben, kann ich das ändern?",
    ],
)
def test_an_insult_said_of_oneself_is_calm(text: str) -> None:
    assert assess_chat(text).abuse == "none", text


@pytest.mark.parametrize(
    "text",
    [
        "der Kunde hat 'Schwuchtel' in die Bewertung geschrieben, könnt ihr sie löschen?",
        "client ne chat mein 'khusra' likhta hai, kya ye policy ke khilaaf hai?",
        "nella recensione c'è scritto 'zingara', si può rimuovere?",
        "el client kateb 'inta 7mar' fel review, momken tesheloh?",
    ],
)
def test_a_slur_or_insult_reported_from_someone_else_is_not_the_users_abuse(text: str) -> None:
    assert assess_chat(text).abuse != "abusive", text


@pytest.mark.parametrize(
    "text",
    [
        "sorry if this is a dumb question, where do I see the fees?",
        "si no se libera el lunes veré a mi abogado; mientras tanto, ¿me pueden decir por qué?",
    ],
)
def test_a_dumb_question_or_a_polite_plan_to_see_a_lawyer_is_calm(text: str) -> None:
    assert assess_chat(text).abuse == "none", text


# --- the seen sets in those languages keep their figures ----------------------------------------

DATA = Path(__file__).resolve().parents[3] / "scripts" / "data"


def _abusive_vs_venting_f1(name: str) -> float:
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()]
    found = [assess_chat(str(row["text"])).abuse for row in rows]
    scores = []
    for label in ("abusive", "venting"):
        tp = sum(
            row["abuse"] == label and got == label for row, got in zip(rows, found, strict=True)
        )
        wrong = sum(
            (row["abuse"] == label) != (got == label) for row, got in zip(rows, found, strict=True)
        )
        scores.append(2 * tp / (2 * tp + wrong) if tp else 0.0)
    return sum(scores) / 2


@pytest.mark.parametrize(
    ("name", "floor"),
    [("chat_train_h.jsonl", 0.98), ("chat_train_j.jsonl", 0.98), ("chat_train_l.jsonl", 0.95)],
)
def test_seen_abuse_sets_in_those_languages_stay_above_their_floors(
    name: str, floor: float
) -> None:
    assert _abusive_vs_venting_f1(name) >= floor
