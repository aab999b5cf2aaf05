"""Messaging apps, video meetings and scheduling: a named app ("on WhatsApp", "my tg", "the green
app", "d1sc0rd"), an app's id (Skype "live:", a Matrix handle), a meeting link or code, a
scheduling page; never the app as the subject of the work ("build a Telegram bot", "zoom in on the
logo") or the marketplace's own call feature."""

from __future__ import annotations

import re
from itertools import product
from typing import Final

from trustdesk.textsafety import lexicon as lx
from trustdesk.textsafety.contact.gates import _APPS_GATE
from trustdesk.textsafety.contact.scan import (
    _ASKED,
    _CONCRETE,
    _NAMED,
    _SENTENCE_END,
    _TOKENS,
    _WORDS,
    REQUEST,
    _after,
    _before,
    _disguised_names,
    _matches,
    _overlaps,
    _Scan,
)
from trustdesk.textsafety.lexicon import words
from trustdesk.textsafety.normalize import normalize

# (Each of these name patterns opens with a look-ahead for the letters its names start with,
# which fails at once at most places, where the look-behind would be tried first.)
_APP_STRONG = re.compile(
    rf"(?=[ghikpstvwz])(?<![a-z0-9@/.])(?:{lx.MESSAGING_APPS_STRONG_PATTERN})(?![a-z0-9])"
)
_APP_WEAK = re.compile(
    rf"(?=[dklmstwz])(?<![a-z0-9@/.#$])(?:{lx.MESSAGING_APPS_WEAK_PATTERN})"
    # (A dot after the name ends the sentence, "talk on LINE.", unless a host goes on.)
    r"(?![a-z0-9@]|\.[a-z0-9])"
)
_APP_WORDS: Final = words("""
    whatsapp whatsap whatapp watsapp watsap wattsapp wassap wassapp whatzapp watzap whatsaap
    whasapp whastapp wathsapp whtsapp whattsapp whats wats watts wa zap zapzap wpp wsp green
    wasap wasapp whasap whassap guasap guasapp guassap w
    telegram telegrm telgram telegarm telgraf paper pesawat tg tele telega
    skype skyp skipe skaip skpe wechat weixin wx
    whtsap whtsapp wtsap wtsapp purple wapp whtsp wtsp watsp whatsp
    viber imessage kakaotalk kakao threema zalo hangout hangouts signal discord disc slack
    line messenger kik
    """)
_DEVELOPMENT_WORDS: Final = frozenset({"in", "use", "using", "to", "with"})
_NUMBER_WORDS: Final = frozenset({"number", "no", "num", "nr", "numero", "nb"})
# The words for a number before an app's name: "número de WhatsApp", "nomor WA".
_NUMBER_BEFORE: Final = words("number numero nomor nomer numer")
_NUMBER_OR_HANDLE: Final = _NUMBER_WORDS | {"id", "handle", "account"}
_POSSESSIVE: Final = words(
    """
    my your ur yr mi tu su seu sua teu tua meu minha ton ta mon ma votre mera meri apna apni
    aapka aapki tumhara iyong
    """
)
_WEAK_APP_BEFORE: Final = words(
    """
    on via through thru over my your ur yr add ping text msg message dm pm contact reach hit pe
    par no na pelo pela sa mi tu seu teu meu mon ton votre mera apna aapka chama chame sur en
    al pra di ke lewat pakai pake mandame manda mande agregame escribeme escribime hablame
    prefer prefers prefiero prefiro prefere punya tienes tem meron por nomor nomer kontak
    minta join
    """
)
_MOVE_VERBS: Final = words(
    """
    move moving switch switching continue continuing take taking hop jump shift chat talk
    pasemos pasamos pasar movemos mover seguimos sigamos continuamos hablamos hablemos
    platicamos conversamos falamos passar vamos pindah lanjut ngobrol usap mag-usap lipat
    parlons passons continuons join joining invite inviting invited add adding
    """
)
# The prepositions a move goes through: "move this to Discord", "pasemos al discord".
_MOVE_TO: Final = words("to on over in al pra pro para en sur sa di ke pe no na por pelo pela")
_WEAK_APP_AFTER: Final = words(
    """
    me number no num nr numero id handle username user ? : = @ + link group call karo kar pe
    par mo aja saja
    """
)
# A possessive after the name in Indonesian and Malay ("WA aku", "tele saya", "line kamu").
_POSTPOSED_POSSESSIVE: Final = words("aku saya ku gue gw kamu mu")
# Where "whats" (never an English word after these) is WhatsApp: "mi whats", "en whats".
_WHATS_BEFORE: Final = words(
    """
    on via no na pelo pela meu seu teu my chama chame mi tu su en al por pro pra di ke sur mon
    ton mera apna aapka pe par sa mandame manda agregame escribeme escribime tienes tem punya
    """
)
# "no Slack do time", "el Slack del equipo": somebody else's workspace, not the sender's.
_OF_WORDS: Final = words("do da dos das de del du")
# The weak names that, right beside a phone number, say how to reach it ("wpp al 11 2345
# 6789", "Signal ... Mine is +49 ..."): not the ones that are common words beside numbers.
_BESIDE_PHONE_APPS: Final = frozenset({"whatsapp", "telegram", "signal", "kakaotalk"})
_BESIDE_PHONE_REACH: Final = 60
_US_ZIP = re.compile(r"\d{5}(?:-\d{4})?")
_WEAK_SIGNAL_BEFORE: Final = words(
    "a the poor weak bad low no good strong lost network wifi cell mobile phone clear trading"
)


def _is_topic(before: list[str], after: list[str], topic_after: frozenset[str]) -> bool:
    if after and after[0] in topic_after:
        return not (len(after) > 1 and after[1] in _NUMBER_WORDS | {"id", "handle", "account"})
    if after and after[0] in _MEETING_NOUNS:
        return False  # "set up a Zoom call": the call is the point, whatever comes before
    near = before[-3:]
    for index, word in enumerate(near):
        if word in lx.APP_TOPIC_BEFORE and not {"me", "us", "my", "your"} & set(near[index:]):
            return True
    return False


_MEETING_NOUNS: Final = words("call calls meeting meetings link chat session number me id ?")
# A button or icon of an app is a feature of the work: "ada tombol WhatsApp ke nomor CS".
_APP_FEATURE_BEFORE: Final = words("button buttons tombol boton botao bouton icon icons widget")
_OF_FOR: Final = words("de do da del du des para pour")
# Somebody else's account or tool: "ran his WhatsApp Business account".
_THIRD_PARTY: Final = words("his her their its")
# The first word of a compound whose second word can make it the topic: "Zoom Video SDK".
_COMPOUND_HEADS: Final = words(
    "video web meeting meetings call calls app apps desktop mobile cloud business room rooms chat"
)
# Meetings and chats run for other people: "scheduled Zoom meetings with tenants".
_COMPOUND_TOPICS: Final = lx.APP_TOPIC_AFTER | words(
    "scheduler schedulers software tool tools system platform plugin"
)
_USED_FOR_OTHERS: Final = words(
    "meetings calls sessions interviews webinars chats groups conversations messages"
)
_PAST_WORK_VERBS: Final = words(
    """
    ran run running handled handling managed managing scheduled scheduling organized
    organised organizing organising coordinated coordinating hosted hosting booked moderated
    """
)
_JOIN_WORDS: Final = words("join joining invite inviting invited")
_PERSONAL: Final = words("me my you your ur u us i i'll i'd i'm we we'll let's lets")
_SHARE_WORDS: Final = words("share shares sharing shared")
# Who shares to an app when the sharing is a feature of the product, not a move to it.
_FEATURE_SUBJECTS: Final = words(
    "users user visitors customers people readers buyers button buttons option feature icon"
    " icons allow allows lets"
)


# A story about a former client, agency or job ("my last client paid late through PayPal",
# "I left my old agency because they moved clients to Telegram"): told, not offered, when no
# "you" is in it. Both orders, for "mi último cliente", "cliente anterior", "klien lama".
_FORMER_WORDS: Final = words("""
    last previous former old ex past ultimo anterior antiguo antigo dernier ancien precedent
    pichla pichle pichli purana purane dati lama sebelumnya eski onceki
    """)
_PARTY_WORDS: Final = words("""
    client clients customer customers agency agencies employer employers boss job jobs company
    team cliente clientes agencia empresa jefe chefe patron klien kliyente musteri musterim
    ajans
    """)
_YOU_WORDS: Final = words("""
    you your ur u yours you're you'll tu tus usted voce vc vous toi aap tum ikaw mo kamu anda
    sen siz ban
    """)


def _former_story(before: list[str], after: list[str]) -> bool:
    """Whether ``before`` tells of a former party and no one here is addressed."""
    if _FORMER_WORDS.isdisjoint(before) or not _YOU_WORDS.isdisjoint(before + after):
        return False
    return any(
        before[index] in _FORMER_WORDS
        and (before[index + 1] in _PARTY_WORDS or (index and before[index - 1] in _PARTY_WORDS))
        for index in range(len(before) - 1)
    )


# Zoom as the work: the meetings an app is to start through the SDK or API ("the app starts
# Zoom meetings with the Meeting SDK", "Zoom-Meetings aus dem Kalender (Zoom SDK)"), and
# "zoom" as a close-up in Spanish, Portuguese and French ("hacer zoom en el logo", "fazer
# zoom na foto", "faire zoom sur"), unless a time follows ("hacer zoom en la tarde").
_ZOOM_MACHINERY: Final = words("sdk sdks api apis oauth jwt webhook webhooks")
_ZOOM_READER: Final = words("me us you your u ur let's lets")
_ZOOM_CLOSE_UP_VERBS: Final = words("hacer haz hace hagas fazer faz faca faire fais fait")
_ZOOM_ON: Final = words("en na no em sur sobre dans al ao")
_ZOOM_TIMES: Final = words("""
    tarde manana noche noite soir matin lunes martes miercoles jueves viernes sabado domingo
    hoy hoje amanha demain
    """)


def _zoom_is_the_work(text: str, start: int, end: int, before: list[str]) -> bool:
    after = _after(text, end, count=3, reach=30)
    if before[-1:] and before[-1] in _ZOOM_CLOSE_UP_VERBS:
        return bool(after) and after[0] in _ZOOM_ON and _ZOOM_TIMES.isdisjoint(after)
    if "sdk" not in text and "api" not in text and "auth" not in text and "webhook" not in text:
        return False  # (the common case, for a few substring tests)
    sentence = _before(text, start, count=12, reach=100) + _after(text, end, count=14, reach=120)
    return not _ZOOM_MACHINERY.isdisjoint(sentence) and _ZOOM_READER.isdisjoint(sentence)


def _third_party(word: str) -> bool:
    """Whether ``word`` names somebody else as the owner: "his", "the client's"."""
    return word in _THIRD_PARTY or word.endswith(("'s", "s'"))


def _is_app_topic(
    text: str, start: int, before: list[str], after: list[str], topic_after: frozenset[str]
) -> bool:
    """``_is_topic``, and the ways an app or meeting service is somebody else's or a feature.

    "his WhatsApp Business account", "the Zoom Video SDK", "scheduled Zoom meetings with
    tenants" (a past task, told by the verb), "a tombol WhatsApp", "users can share it to
    WhatsApp".
    """
    if len(after) > 1:
        first = after[0]
        if (
            first in topic_after
            and after[1] in _NUMBER_OR_HANDLE
            and before
            and _third_party(before[-1])
        ):
            return True
        if first in _COMPOUND_HEADS and after[1] in _COMPOUND_TOPICS:
            return True
        if (
            first in _USED_FOR_OTHERS
            and before
            and before[-1] in _PAST_WORK_VERBS
            and _PERSONAL.isdisjoint(after[1:3])
        ):
            return True
    if before:
        if before[-1] in _APP_FEATURE_BEFORE:
            return True
        # "un bot de WhatsApp", "o botão do WhatsApp", "stickers para Telegram": the topic
        # before the name, as Spanish, Portuguese and French put it.
        if (
            len(before) > 1
            and before[-1] in _OF_FOR
            and (before[-2] in lx.APP_TOPIC_AFTER or before[-2] in _APP_FEATURE_BEFORE)
        ):
            return True
        if before[-1] in {"to", "on", "via"} and not _SHARE_WORDS.isdisjoint(before):
            wide = _before(text, start, count=8, reach=64)
            if not _FEATURE_SUBJECTS.isdisjoint(wide) and _PERSONAL.isdisjoint(wide):
                return True
        # "join our Slack", "I'll add you to our WhatsApp group": whoever's it is, the reader
        # is asked in.
        # ("users join the Telegram group from the landing page": what the product does.)
        if not _JOIN_WORDS.isdisjoint(before) or (
            "add" in before and not {"you", "u"}.isdisjoint(before)
        ):
            return not _FEATURE_SUBJECTS.isdisjoint(before) or (
                bool(after) and after[0] in topic_after
            )
    return _is_topic(before, after, topic_after)


# A word that starts with "w" and ends in "ap" or "app" (the words of ``_WORDS`` are runs of
# ``[a-z]``, hence the letter look-behind and the possessive run of letters, which ends only
# where the word does); the leading literal lets `re` skip ahead fast.
_MISSPELT_WHATSAPP = re.compile(r"w(?<![a-z]w)[a-z]*+(?:(?<=ap)|(?<=app))")


# Vietnamese names the owner after the app: "Zalo em", "zalo của anh" (of me, of you).
_VIETNAMESE_MINE: Final = words("em anh chi minh toi ban")
_VIETNAMESE_OF: Final = frozenset({"cua"})
# A handle given as the one the sender has here: "same username as here", "el mismo usuario
# que aquí", "o mesmo nome daqui", "username sama kayak di sini", "même nom qu'ici".
_SAME_AS_HERE = re.compile(
    r"\b(?:same|mismo|misma|mesmo|mesma|meme|sama|parehong|ayni)\b[^.!?\n]{0,40}?"
    r"(?:\b(?:here|aqui|daqui|ici|sini|disini|dito|burada|buradaki)\b|\b(?:name|username|handle"
    r"|user|usuario|nombre|nome|nom|pangalan|isim|id)\b)"
)
_SAME_WORDS: Final = words("same mismo misma mesmo mesma meme sama parehong ayni")
# Asking where the reader can be reached ("a WhatsApp I could reach you on", "where else can
# I contact you?", "donde pueda escribirte", "onde eu possa te chamar"): an app named in the
# same sentence, or listed in the next one, is the route asked for.
_REACH_ASKED = re.compile(
    r"\b(?:(?:reach|contact|message|text|ping|call|find|dm)\s+(?:you|u|ya)\b"
    r"|(?:talk|write|speak)\s+(?:to|with)\s+(?:you|u)\b"
    r"|(?:escribirte|contactarte|hablarte|llamarte|encontrarte)\b"
    r"|te\s+(?:pueda|puedo|podria|posso|possa)\s+(?:escribir|contactar|hablar|llamar|chamar"
    r"|achar|encontrar|contatar)\b|te\s+(?:chamar|achar|encontrar|contatar)\b"
    r"|(?:vous|te)\s+(?:joindre|contacter|ecrire)\b"
    r"|hubungi\s+(?:kamu|kakak|kak|anda)\b)"
)
_REACH_ASKED_WORDS: Final = words("""
    reach contact message text ping call find dm talk write speak escribirte contactarte
    hablarte llamarte encontrarte te vous hubungi
    """)
_REACH_BEFORE: Final = 90
_REACH_AFTER: Final = 50
# An app as the model for a product: "a chat like WhatsApp", "similar to Telegram", "un chat
# tipo WhatsApp", "comme WhatsApp", "seperti WhatsApp", "WhatsApp gibi".
_LIKE_BEFORE: Final = words("like similar such tipo estilo comme seperti mirip jaisa jaise")
_WANTING: Final = words("would i'd you'd we'd i we you they do don't")
# The name as a word in a script or subtitle: "read 'Skype' as one syllable".
_SPOKEN_WORDS: Final = words("""
    read reading pronounce pronounced pronunciation say said spell spelled spelling script
    subtitle subtitles caption captions word syllable syllables transcript voiceover
    """)
_QUOTE_MARKS: Final = "'\"\u2018\u2019\u201c\u201d"
# A story from before ("my last designer", "used to", "once asked me") told by a sender who
# keeps to the platform ("so I keep everything here", "the reminders here work fine",
# "prefiero todo por aquí"): the app is the story, not a route.
_STORY_FROM_BEFORE = re.compile(
    r"\b(?:my\s+(?:last|previous|former|old)|used\s+to|kept\s+(?:asking|trying)|once|last\s+time"
    r"|mi\s+(?:antiguo|antigua|ultimo|ultima|anterior)|meu\s+(?:antigo|ultimo|anterior)"
    r"|minha\s+(?:antiga|ultima|anterior)|mon\s+(?:ancien|dernier)|ma\s+(?:ancienne|derniere))\b"
)
_KEPT_HERE = re.compile(
    r"\b(?:(?:everything|all|it|things)\s+(?:on\s+|in\s+)?here|here\s+works?"
    r"|(?:feature|features|button|reminders?|chat|messages|calls?)\s+here"
    r"|(?:todo|tudo)\s+(?:por\s+)?(?:aqui|aca)|(?:tout|tout\s+garder)\s+ici)\b"
)
_STORY_WORDS: Final = words("""
    last previous former old used kept once antiguo antigua ultimo ultima anterior antigo
    ancien ancienne dernier derniere
    """)
# "let's use Slack", "we could use Discord": the reader asked onto the app.
_USE_VERBS: Final = words("use using usar usemos pakai utiliser")
_SHALL_WE: Final = words("let's lets vamos can could should shall we'll")
# A workspace's own host: "acme.slack.com" (not the machinery's "hooks.slack.com").
_SLACK_WORKSPACE = re.compile(r"(?<![a-z0-9.@/-])([a-z0-9][a-z0-9-]{1,40})\.slack\.com\b(?!\.)")
_NOT_WORKSPACES: Final = words("api hooks status www files app slack-files downloads")


def _app_is_a_model_or_word(scan: _Scan, match: re.Match[str], before: list[str]) -> bool:
    """Whether an app is a model for the product ("a chat like WhatsApp"), a word read in a
    script ("read 'Skype' as"), or the subject of a past story told by a sender who keeps
    everything on the platform."""
    text = scan.text
    start, end = match.span()
    # ("similar to Telegram", "such as Zoom": the comparing word one further back.)
    like = len(before) - (2 if before[-1:] in (["to"], ["as"]) else 1)
    if like >= 0 and before[like] in _LIKE_BEFORE:
        wanting = before[like] == "like" and like > 0 and before[like - 1] in _WANTING
        if not wanting and not _SOCIAL_PREPOSITIONS.intersection(before[max(0, like - 3) : like]):
            return True
    if (
        start > 0
        and text[start - 1] in _QUOTE_MARKS
        and text[end : end + 1] in tuple(_QUOTE_MARKS)
        and not _SPOKEN_WORDS.isdisjoint(
            _before(text, start, count=8, reach=60) + _after(text, end, count=8, reach=60)
        )
    ):
        return True
    if scan.words.isdisjoint(_STORY_WORDS) and "todo" not in text and "tudo" not in text:
        return False
    sentence_start = max(0, start - 120)
    story = _STORY_FROM_BEFORE.search(text, sentence_start, start)
    return story is not None and _KEPT_HERE.search(text) is not None


def _app_reached(
    scan: _Scan, match: re.Match[str], before: list[str], after: list[str], *, weak: bool
) -> bool:
    """Whether an app is the sender's route in words the other rules do not read: a
    Vietnamese owner after it, a handle "the same as here", "let's use" it, or a question
    about where the reader can be reached around it."""
    text = scan.text
    first_after = after[0] if after else ""
    if first_after in _VIETNAMESE_MINE or (
        first_after in _VIETNAMESE_OF and after[1:2] and after[1] in _VIETNAMESE_MINE
    ):
        return True
    if before[-1:] and before[-1] in _USE_VERBS and before[-2:-1] and before[-2] in _SHALL_WE:
        return True
    if _same_as_here(scan, match.end()):
        return True
    if weak and not scan.original(match.start(), match.end())[:1].isupper():
        return False
    if scan.words.isdisjoint(_REACH_ASKED_WORDS):
        return False
    low = max(0, match.start() - _REACH_BEFORE)
    reach = _REACH_ASKED.search(text, low, min(len(text), match.end() + _REACH_AFTER))
    return reach is not None and "?" in text[low : match.end() + _REACH_AFTER]


def _find_workspaces(scan: _Scan) -> None:
    for found in _SLACK_WORKSPACE.finditer(scan.text):
        if found.group(1) not in _NOT_WORKSPACES:
            value = found.group().removesuffix(".slack.com") + ".slack.com"
            scan.add("messaging_app", found.start(), found.end(), value, _CONCRETE)


def _find_apps(scan: _Scan) -> None:
    text = scan.text
    if "live:" in text or ("@" in text and ":" in text):
        _find_app_ids(scan)
    # Misspelt "whatsapp"s ("whatsaap", "wasap") are triggers too. (Each ends in "ap" or
    # "app": a text without an "ap" holds none, told by one substring test.)
    if "slack" in scan.words and ".slack.com" in text:
        _find_workspaces(scan)
    misspelt = _MISSPELT_WHATSAPP.findall(text) if "ap" in text else []
    if not misspelt and not scan.held & _APPS_GATE:
        return  # no window (the common case; the gate's bit: no word of ``_APP_WORDS``)
    windows = scan.windows(_APP_WORDS, 8, 8, found=frozenset(misspelt))
    if not windows:
        return
    short = len(text) <= 40
    development = any(word in scan.category for word in ("develop", "bot", "programming"))
    # An app named beside a phone number ("+63 917 555 0123 (viber/whatsapp)") is a way to
    # reach that number. (The numbers are listed only when a name needs them.)
    phones: list[tuple[int, int]] | None = None
    for pattern, weak in ((_APP_STRONG, False), (_APP_WEAK, True)):
        for match in _matches(pattern, text, windows):
            name = match.lastgroup or ""
            if match.group() == "wa" and _the_state(scan, match.start()):
                continue
            before = _before(text, match.start())
            after = _after(text, match.end())
            if weak and not _FLIGHT_WORDS.isdisjoint(before[-1:]):
                continue  # "flight TG 917": an airline's code
            if name == "slack" and match.group() != "slack":
                # "a Slack Connect channel for us": a shared workspace, whoever set it up.
                if after and after[0] in lx.APP_TOPIC_AFTER:
                    continue
            elif (
                _is_app_topic(text, match.start(), before, after, lx.APP_TOPIC_AFTER)
                or _app_talked_about(scan, match, after)
                or _app_is_a_model_or_word(scan, match, before)
                or _former_story(
                    _before(text, match.start(), count=12, reach=100),
                    _after(text, match.end(), count=12, reach=100),
                )
            ):
                continue
            elif _app_reached_by_name(scan, match, name, before, after):
                pass
            elif weak:
                near_phone = False
                if name in _BESIDE_PHONE_APPS and match.group() not in {"tele", "telega"}:
                    if phones is None:
                        phones = _phone_spans(scan)
                    near_phone = _overlaps(
                        phones,
                        match.start() - _BESIDE_PHONE_REACH,
                        match.end() + _BESIDE_PHONE_REACH,
                    )
                if not _weak_app_context(
                    name, before, after, scan, match, near_phone
                ) and not _app_reached(scan, match, before, after, weak=True):
                    continue
            elif not (
                short
                or bool(phones if phones is not None else (phones := _phone_spans(scan)))
                or set(before[-3:])
                & (lx.APP_CONTACT_BEFORE - (_DEVELOPMENT_WORDS if development else frozenset()))
                or (after and (after[0] in lx.APP_CONTACT_AFTER or after[0][0].isdigit()))
                or set(after[:2]) & _NUMBER_WORDS
                or _app_reached(scan, match, before, after, weak=False)
            ):
                continue
            scan.add("messaging_app", match.start(), match.end(), name.replace("_", " "), _NAMED)
            # "WhatsApp number", and "número de WhatsApp", "nomor WA": the number is asked for.
            if (after and after[0] in _NUMBER_WORDS) or not _NUMBER_BEFORE.isdisjoint(before[-3:]):
                scan.add("phone", match.start(), match.end(), REQUEST, _ASKED)


def _folded(*names: str) -> str:
    """A regex of ``names`` as ``normalize`` folds them (it takes Hangul apart into letters)."""
    return "|".join(re.escape(normalize(name).text) for name in names)


# The apps' names in the scripts the folding keeps as written (WeChat and LINE in Chinese and
# Japanese, KakaoTalk in Korean, LINE in Thai), and what makes one a way to talk: an id in Latin
# letters after it, or the script's words for an id, a number or adding someone ("我的微信号是
# lin_design", "카톡 아이디 알려주세요", "แอดไลน์ ไอดี fahsai.vo"); not a WeChat official account
# ("微信公众号运营") or mini program, which are the work.
_APP_IN_OTHER_SCRIPTS = re.compile(
    rf"(?P<wechat>{_folded('微信', '微訊')})|(?P<kakaotalk>{_folded('카카오톡', '카톡')})"
    rf"|(?P<line>{_folded('ไลน์', 'ライン')}|line(?=\s?(?:{_folded('交換', '追加', '友達')})))"
)
_OTHER_SCRIPT_REACH = re.compile(
    rf"(?<!众)号|(?<!眾)號|{_folded('加我', '加个', '加一下', '아이디', '번호')}"
    rf"|{_folded('ไอดี', 'แอด', 'เบอร์', '交換', '追加')}"
)
_ID_AFTER = re.compile(r"[^a-z0-9@]{0,12}@?[a-z][a-z0-9_.]{3,}")


def _find_apps_in_other_scripts(scan: _Scan) -> None:
    """Add the apps named in other scripts as a way to talk (run on text that is not ASCII)."""
    text = scan.text
    for match in _APP_IN_OTHER_SCRIPTS.finditer(text):
        start, end = match.span()
        if (
            _OTHER_SCRIPT_REACH.search(text, max(0, start - 6), end + 12) is not None
            or _ID_AFTER.match(text, end) is not None
        ):
            scan.add("messaging_app", start, end, match.lastgroup or "", _NAMED)


_FLIGHT_WORDS: Final = words("flight flights vuelo voo vol flug volo penerbangan")
# A place written before a state's code: "Spokane, WA", "Tacoma,WA".
_PLACE_BEFORE_STATE = re.compile(r"[A-Z][a-z]+,\s?\Z")


def _the_state(scan: _Scan, start: int) -> bool:
    """Whether the "wa" at ``start`` is Washington's code after a place ("Spokane, WA")."""
    if scan.original(start, start + 2) != "WA":
        return False
    original_start, _ = scan.folded.span(start, start + 2)
    original = scan.folded.original
    before = original[max(0, original_start - 24) : original_start]
    return _PLACE_BEFORE_STATE.search(before) is not None


# An app that broke (the sender's excuse for being late, not a way to talk): "my WhatsApp
# crashed", "meu WhatsApp caiu", "mera WhatsApp kal se band hai", "mon WhatsApp plante".
_APP_BROKEN: Final = words("""
    crashed crashing crashes crash acting hacked hack hackeado hackeada hacke banned suspended
    blocked deleted glitching glitchy buggy bugging died broke broken caiu travando travou
    bugou bugado pau bloqueado bloqueada kharab band plante bugue rusak eror error sira nasira
    bozuldu coktu calismiyor stopped disabled
    """)
# Working, said after a "not" in the phrase: "mi WhatsApp no funciona", "isn't working".
_APP_WORKING: Final = words("working works work funciona funcionando marche abre chal chalta")
_APP_NOT: Final = words("no not nao ne pas isn't doesn't won't nahi nahin tidak")
# Somebody else talking on an app ("the architect sent it over WhatsApp to my husband", "our
# riders coordinate in a WhatsApp group", "he was on Zoom all day"): the sender's story.
_OTHER_PEOPLE: Final = words("""
    he she they he's she's they're architect contractor husband wife partner manager
    customers customer users riders drivers reps employees students members leads
    friend friends agents buyers sellers guests patients tenants colleague colleagues
    coworker coworkers brother sister mom dad mother father son daughter landlord
    """)
# Words after the app that invite the reader all the same ("my team is on Slack, join us").
_APP_INVITE_AFTER: Final = words("""
    join joining add added adding invite invited dm ping text message msg reach contact me us
    you're you'd you'll
    """)
# Words between that person and the app that bring the sender or the reader in ("my boss
# will add you on WhatsApp"), or move the talk ("the client wants to switch to Telegram").
_APP_BRINGS_IN: Final = words("""
    me us you u i we i'll we'll i'm let's lets your ur move moving switch switching continue
    continuing take taking hop jump shift wants want prefers asked asks add rather
    """)
# The app as the work's machinery: alerts to a Slack channel, an auto-reply on WhatsApp.
_APP_MACHINERY: Final = words("""
    webhook webhooks alert alerts auto-reply auto-replies autoreply autoresponder notification
    notifications deploy deploys deployment deployments pipeline cron zapier n8n chatbot
    """)
_APP_ID_GIVEN: Final = _NUMBER_WORDS | words("id handle @ : me us")
_APP_PERSONAL: Final = words("me us i i'll i'm i'd you u let's lets dm msg text ping")
_PHRASE_END = re.compile(r"[,.;!?\n]")


# "I don't have WhatsApp", "no tengo Telegram", "não uso Zalo": the sender is not on the app
# (asked of the other, "don't you have WhatsApp?", it is a way to talk).
_NOT_ON: Final = words("don't dont not never no nao")
_HAVE_OR_USE: Final = words("have use using tengo uso tenho")
_YOU: Final = words("you u ya tu voce")


def _not_on_it(before: list[str]) -> bool:
    return (
        not _NOT_ON.isdisjoint(before)
        and not _HAVE_OR_USE.isdisjoint(before[-2:])
        and _YOU.isdisjoint(before)
    )


def _app_talked_about(scan: _Scan, match: re.Match[str], after: list[str]) -> bool:
    """Whether an app is only talked about: it broke, somebody else uses it, or it is the
    machinery of the work, with no number, handle or "me" to reach the sender by."""
    text = scan.text
    if _turkish_suffix(text, match.end()) in _TURKISH_OF:
        return True  # "Telegram'daki kanalımız", "WhatsApp'ın güncellemesi"
    if after and after[0] in _APP_ID_GIVEN and not (after[1:2] and after[1] in _APP_WORKING):
        return False  # "WhatsApp no. 0812…", "Skype id:", but "mi WhatsApp no funciona"
    end = match.end()
    phrase_end = _PHRASE_END.search(text, end, end + 60)
    phrase = _TOKENS.findall(text, end, phrase_end.start() if phrase_end else end + 60)[:5]
    if "@" in phrase or any(word[:1].isdigit() or word == "+" for word in phrase):
        return False
    asked = "?" in phrase or "?" in text[end : end + 2]
    if not asked and _not_on_it(_before(text, match.start(), count=3)):
        return True
    for index, word in enumerate(phrase):
        if word in _APP_BROKEN or (
            word in _APP_WORKING and not _APP_NOT.isdisjoint(phrase[:index])
        ):
            return True
        if word in {"me", "us", "number", "id"}:
            break
    wide = _before(text, match.start(), count=10, reach=80)
    wide_after = _after(text, end, count=10, reach=80)
    if _APP_BRINGS_IN.isdisjoint(phrase) and _APP_INVITE_AFTER.isdisjoint(wide_after):
        for index in range(len(wide) - 1, -1, -1):
            if wide[index] in _APP_BRINGS_IN:
                break
            if wide[index] in _OTHER_PEOPLE:
                return True
    sentence = wide + wide_after
    return not _APP_MACHINERY.isdisjoint(sentence) and _APP_PERSONAL.isdisjoint(sentence)


# Turkish writes a case ending after an apostrophe: "Telegram'dan" (from), "WhatsApp'a"
# (to), "Signal'den"; "Telegram'daki" (the one on) and "WhatsApp'ın" (its) make it a topic.
_TURKISH_ROUTE: Final = words("dan den tan ten a e ya ye da de ta te dayim deyim")
_TURKISH_OF: Final = words("daki deki taki teki in nin un nun")
_TURKISH_SUFFIX = re.compile(r"['\u2019]([a-z]+)")
# The words before an app that say "you" or "on it" in Hindi-Urdu and Vietnamese ("aap Viber
# use karte ho?", "cho em xin Zalo", "nhắn qua Zalo", "kết bạn Zalo").
_APP_REACH_BEFORE: Final = words("aap aapke apke tum tumhare xin qua nhan ban lien")
# An app used as a verb: "we could just iMessage", "let's just WhatsApp".
_APP_AS_VERB_BEFORE: Final = words("could can let's lets we should shall might")


# Ids whose shape names their app: Skype's "live:" ids ("live:cid.7f3a1c9e2b", and the
# "live:.cid.7f2a9e1b" Skype itself shows, which nothing else writes), and Matrix handles, which
# carry their server ("@ana:matrix.org", the ids of Element and its kin).
_SKYPE_ID = re.compile(
    r"(?<![a-z0-9])live:(?:(?P<cid>\.cid\.[0-9a-f]{6,32})|[a-z0-9][a-z0-9._-]{2,40})(?![a-z0-9:/])"
)
# (Opening with its "@", which `re` skips ahead to fast, and looking back from there: a
# pattern that opens with the look-behind is tried at every character of the text.)
_MATRIX_ID = re.compile(
    r"@(?<![a-z0-9@]@)[a-z0-9._=-]{2,40}:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12}(?![a-z0-9/:@])"
)
# "live:" is a Skype id only where an id is given or asked for (not "live: true" in a config).
_SKYPE_ID_BEFORE: Final = words("id add skype skpe skyp me is my")


def _find_app_ids(scan: _Scan) -> None:
    text = scan.text
    if "live:" in text:
        for found in _SKYPE_ID.finditer(text):
            named = found["cid"] is not None or not _SKYPE_ID_BEFORE.isdisjoint(
                _before(text, found.start(), count=4)
            )
            if named and not scan.in_code(*found.span()):
                scan.add("messaging_app", found.start(), found.end(), "skype", _CONCRETE)
    if "@" in text:
        for found in _MATRIX_ID.finditer(text):
            if not scan.in_code(*found.span()):
                scan.add("messaging_app", found.start(), found.end(), "matrix", _CONCRETE)


def _turkish_suffix(text: str, end: int) -> str:
    """The Turkish case ending written after an app's name, or ""."""
    if text[end : end + 1] not in {"'", "\u2019"}:
        return ""
    found = _TURKISH_SUFFIX.match(text, end)
    return found.group(1) if found else ""


def _app_reached_by_name(
    scan: _Scan, match: re.Match[str], name: str, before: list[str], after: list[str]
) -> bool:
    """Whether an app is named as the way to reach the sender in words the other rules do not
    read: a Turkish case ending, "aap", "xin", an app used as a verb, "signal is +1 …"."""
    if _turkish_suffix(scan.text, match.end()) in _TURKISH_ROUTE:
        return True
    if not _APP_REACH_BEFORE.isdisjoint(before[-3:]):
        return True
    if before[-1:] == ["just"] and not _APP_AS_VERB_BEFORE.isdisjoint(before[-3:-1]):
        return True
    if name == "signal" and after[:1] == ["is"] and after[1:2] and after[1][:1] in "+0123456789":
        return _overlaps(_phone_spans(scan), match.end(), match.end() + _BESIDE_PHONE_REACH)
    return False


def _phone_spans(scan: _Scan) -> list[tuple[int, int]]:
    """The spans of the phone numbers found in the text (not the requests for one)."""
    return [
        (hit.start, hit.end) for hit in scan.hits if hit.kind == "phone" and hit.rank == _CONCRETE
    ]


def _weak_app_context(
    name: str,
    before: list[str],
    after: list[str],
    scan: _Scan,
    match: re.Match[str],
    near_phone: bool,
) -> bool:
    near = set(before[-2:])
    first_after = after[0] if after else ""
    # "WA aku 0812…", "tele aku @rizky_vo", "Tg ko po @kim": a possessive after the name.
    # (Tagalog's "ko" is also Hindi's object marker, "line ko badlo": only before a handle.)
    possessed = first_after in _POSTPOSED_POSSESSIVE or (
        first_after == "ko" and len(after) > 1 and after[1] in {"po", "@", ":"}
    )
    if name == "line":
        if possessed:
            return True
        if first_after == "id" and not near.isdisjoint(_POSSESSIVE):
            return True  # "my line id is kenji_88"
        if first_after in {"app", "id", ":"}:
            return scan.original(match.start(), match.end()).startswith("L")
        # "add me on LINE", unless the whole sentence is in capitals ("ON LINE NOW").
        return (
            bool(near & _WEAK_APP_BEFORE)
            and not first_after[:1].isdigit()
            and scan.original(match.start(), match.end()) == "LINE"
            and not scan.original(max(0, match.start() - 4), match.start()).isupper()
        )
    if possessed:
        return True
    if first_after in _OF_WORDS and near.isdisjoint(_POSSESSIVE):
        return False
    if match.group() == "wa" and _US_ZIP.fullmatch(first_after) is not None:
        return False  # "Seattle, WA 98101": the state
    if name == "whatsapp" and match.group() == "w/a":
        # "w/a" is also "with a": only as written for the app, or after "on", "my".
        spelled = scan.original(match.start(), match.end())
        return spelled == "W/A" or bool(near & {"on", "via", "my", "your", "ur", "pe", "no"})
    if name in {"whatsapp"} and match.group() in {"whats", "wats"}:
        if first_after in {"up", "your", "ur", "the", "that", "this", "a", "an", "it", "going"}:
            return False
        return bool(near & _WHATS_BEFORE) or first_after in _NUMBER_WORDS | {"app"} or near_phone
    if name == "signal":
        if first_after in {"is", "strength", "processing", "flow", "to", "that"}:
            return False
        if before and before[-1] in _WEAK_SIGNAL_BEFORE:
            return False
    if name == "slack" and first_after in {"off", "time", "and", "in"}:
        return False
    if name == "discord" and not (near or first_after):
        return False
    if name == "telegram" and match.group() == "tele" and first_after not in {"@", ":", "me"}:
        # (Indonesian "di tele aja", "ke tele ya": on, to.)
        routed = near & {"on", "via", "my", "your"} or before[-1:] in (["di"], ["ke"])
        return bool(routed) and first_after not in {
            "vision", "tv", "show", "series", "screen", "marketing", "sales", "health",
        }  # fmt: skip
    moved = bool(set(before[-4:]) & _MOVE_VERBS) and bool(near & _MOVE_TO)
    return (
        moved
        or near_phone
        or bool(near & _WEAK_APP_BEFORE)
        or first_after in _WEAK_APP_AFTER
        or (first_after.startswith("+") or first_after[:1].isdigit())
    )


_VIDEO = re.compile(
    r"(?=[bfghjmtwz])(?<![a-z0-9@/.])"
    r"(?:(?P<zoom>zoom)(?!-(?:in|out))|(?P<google_meet>google\s?meet|g[-\s]?meet|hangouts?\s+meet)"
    r"|(?P<teams>(?:microsoft|ms)\s?teams|teams)|(?P<webex>webex)"
    r"|(?P<gotomeeting>goto\s?meeting|go\s?to\s?meeting)|(?P<bluejeans>bluejeans)"
    r"|(?P<jitsi>jitsi)|(?P<facetime>face\s?time)|(?P<whereby>whereby)"
    r"|(?P<meet_link>meet)(?=\s+(?:link|invite|url)))(?![a-z0-9])"
)
# "videollamada por Meet", "call no Meet", "on Meet": Google Meet by its short name, after a
# preposition. (The English ones and "no" only as the product is written, "Meet".)
_BARE_MEET = re.compile(
    r"\b(?P<before>on|no|via|por|pelo|pela|sur|lewat|pakai|pake|na|en|sa|di|pe|par|un|une"
    r"|una|um|uma)\s{1,3}meet\b(?![-'])"
)
_MEET_CAPITALISED: Final = frozenset({"on", "no"})
# "more facetime", "enough face time": an amount of time on camera or in person.
_FACE_TIME_AMOUNTS: Final = words("more less some enough much extra little lots lot")
# How far before its trigger word a ``_VIDEO`` or ``_BARE_MEET`` match may start.
_VIDEO_REACH_BEFORE: Final = 12
# "a Meet and Greet", "on Meet integration".
_NOT_MEET_AFTER: Final = lx.APP_TOPIC_AFTER | {"and", "up", "with", "&"}
_VIDEO_TRIGGER_WORDS: Final = words(
    """
    zoom meet gmeet teams webex gotomeeting bluejeans jitsi facetime face whereby
    """
)
_VIDEO_BEFORE: Final = words("""
    on via over through thru a quick short another by schedule scheduled set join hop jump
    do have send share your my ur the in using use our separate por pelo pela no na sur en sa
    di pe par lewat pakai pake un une una um uma petit petite kita tayo hacemos hagamos
    fazemos fazer marcar agendar programar hacer faire fait prefer prefers prefiero prefiro
    prefere videollamada videochamada visio llamada chamada appel
    """)
# Words before "zoom" that do not make it a meeting on their own ("add a subtle zoom", "the
# 10x optical zoom"): the word that does must come before them ("hop on a 15 min zoom").
_ZOOM_MODIFIERS: Final = words("""
    a an the new un une una um uma rapide rapida rapido me us you u min mins minute minutes
    hour
    """)
# "No zoom on the intro": "no" is a preposition before "Zoom" only as the product is written.
_VIDEO_CAPITALISED_BEFORE: Final = frozenset({"no"})
_CLOCK_TIME = re.compile(r"\d{1,2}(?:am|pm|h\d{0,2})")
# When a meeting is to be: "a Zoom tomorrow", "un Teams jeudi", "a Zoom on Friday".
_VIDEO_WHEN: Final = words("""
    sometime tomorrow today tonight later now then manana hoy amanha hoje demain besok nanti
    mamaya bukas aaj monday tuesday wednesday thursday friday saturday sunday lunes martes
    miercoles jueves viernes sabado domingo segunda terca quarta quinta sexta lundi mardi
    mercredi jeudi vendredi samedi dimanche
    """)
_VIDEO_AFTER: Final = _VIDEO_WHEN | words("""
    call calls meeting meetings meet link links session sessions chat interview me ? id room
    invite invitation instead please pls or at details url pe par mein karte karo aja yuk ka
    """)
# After an unambiguous name only: "Google Meet na lang tayo".
_VIDEO_AFTER_NAMED: Final = words("na tayo lang")
_NOT_TEAMS_AFTER: Final = words("of that who and with across to in for are were have has can will")
_TEAMS_BEFORE: Final = words("""
    on via over through a quick ms por pelo pela no na sur en sa di pe par lewat pakai pake un
    une una um uma petit petite
    """)
# "Easiest for me is Google Meet", "mejor para mi es Zoom".
_IS_WORDS: Final = words("is es e est")


def _zoom_context(before: list[str], capitalised: bool) -> bool:
    """Whether a word before "zoom", past its modifiers, makes it a meeting ("on a quick")."""
    for word in reversed(before):
        if word in _VIDEO_CAPITALISED_BEFORE and not capitalised:
            return False
        if word in _VIDEO_BEFORE and word not in _ZOOM_MODIFIERS:
            return True
        if word not in _ZOOM_MODIFIERS and not word[0].isdigit():
            return False
    return False


# What identifies a meeting, after its service's name: "zoom rm id", "Zoom pwd is ...".
_MEETING_IDS: Final = words("rm mtg pwd pw passcode password code")
# A meeting ID typed after the name, "zoom 845 1120 9934": nine to eleven digits.
_MEETING_NUMBER = re.compile(r"\s*(?:\d[\s-]{0,2}){8,10}\d(?!\d)")
# What the meetings on a service are for: "uses MS Teams for interviews", "Zoom for the
# kickoff call", "Meet para la entrevista".
_MEETING_FOR: Final = words("for para pour pra untuk")
_MEETING_FOR_THE: Final = words("the a an our your my la el las los a o as os le les l")
_MEETING_TALKS: Final = words("""
    interview interviews call calls meeting meetings kickoff kick-off catch-up sync chat chats
    session sessions entrevista entrevistas reunion reuniones reuniao reunioes chamada
    llamada entretien entretiens appel wawancara rapat panayam
    """)
# A Google Meet code, "abc-defg-hij" (also typed with spaces around the hyphens).
_MEET_CODE = re.compile(r"(?<![a-z0-9-])[a-z]{3}\s?-\s?[a-z]{4}\s?-\s?[a-z]{3}(?![a-z0-9-])")
_MEET_CODE_REACH: Final = 80


def _meeting_named(scan: _Scan, match: re.Match[str], after: list[str]) -> bool:
    """Whether what follows a meeting service's name identifies a meeting or says what the
    meetings are for: a room id or passcode, the meeting's number, "for the interview"."""
    first_after = after[0] if after else ""
    if first_after in _MEETING_IDS:
        return True
    if first_after[:1].isdigit() and _MEETING_NUMBER.match(scan.text, match.end()):
        return True
    if first_after in _MEETING_FOR:
        rest = after[2:3] if after[1:2] and after[1] in _MEETING_FOR_THE else after[1:2]
        return bool(rest) and rest[0] in _MEETING_TALKS
    return False


def _meeting_for_others(before: list[str], after: list[str]) -> bool:
    """A meeting a VA set up for the client with somebody else: "scheduled your Zoom with the
    investors", "booked your Teams call with the bank"."""
    if _PAST_WORK_VERBS.isdisjoint(before[-3:]):
        return False
    for index, word in enumerate(after[:3]):
        if word == "with":
            return after[index + 1 : index + 2] != [] and after[index + 1] not in _PERSONAL
    return False


def _find_meet_codes(scan: _Scan) -> None:
    text = scan.text
    for found in _MEET_CODE.finditer(text):
        low = max(0, found.start() - _MEET_CODE_REACH)
        if "meet" in _WORDS.findall(text, low, found.start()):
            value = "meet.google.com/" + found.group().replace(" ", "")
            scan.add("video_meeting", found.start(), found.end(), value, _CONCRETE)


def _find_video(scan: _Scan) -> None:
    if not scan.words & _VIDEO_TRIGGER_WORDS:
        return
    text = scan.text
    windows = scan.windows(_VIDEO_TRIGGER_WORDS, _VIDEO_REACH_BEFORE, 24)
    for match in _matches(_VIDEO, text, windows):
        name = match.lastgroup or ""
        before = _before(text, match.start(), count=6)
        after = _after(text, match.end())
        topic_after = lx.VIDEO_TOPIC_AFTER if name == "zoom" else lx.APP_TOPIC_AFTER
        # "a Zoom on Friday", "a Teams this afternoon": when, not where on the picture.
        when = (
            len(after) > 1
            and after[0] in {"on", "at", "this", "next"}
            and (after[1] in _VIDEO_WHEN or _CLOCK_TIME.fullmatch(after[1]) is not None)
        )
        if not when and _is_app_topic(text, match.start(), before[-4:], after, topic_after):
            continue
        if _meeting_for_others(before, after):
            continue
        near = set(before[-3:])
        first_after = after[0] if after else ""
        # (The name as written is read only when it matters: reading it costs.)
        capitalised = _VIDEO_CAPITALISED_BEFORE.isdisjoint(before) or (
            scan.original(match.start(), match.end())[:1].isupper()
        )
        if not capitalised:
            near -= _VIDEO_CAPITALISED_BEFORE
        if name == "teams" and match.group() == "teams":
            spelled = scan.original(match.start(), match.end())
            if first_after in _NOT_TEAMS_AFTER or not (
                spelled.startswith("T")
                or near & {"on", "via", "over"}
                or first_after in {"call", "link", "invite", "invitation"}
            ):
                continue
            if not (
                near & _TEAMS_BEFORE
                or first_after in {"call", "meeting", "link", "invite", "chat", "?"}
                or first_after in _VIDEO_AFTER - _NOT_TEAMS_AFTER
            ):
                continue
        elif name == "meet_link":
            name = "google_meet"
        elif not (
            (_zoom_context(before, capitalised) if name == "zoom" else bool(near & _VIDEO_BEFORE))
            or (first_after in _VIDEO_AFTER and not (name == "zoom" and first_after == "at"))
            or when
            or (name != "zoom" and first_after in _VIDEO_AFTER_NAMED)
            or (before and before[-1] in _IS_WORDS and "me" in before)
            or (first_after in {"works", "with"} and not _PERSONAL.isdisjoint(after[1:]))
            or len(text) <= 30
            or _meeting_named(scan, match, after)
        ):
            continue
        if name == "zoom" and "the" in before[-1:] and first_after not in _VIDEO_AFTER:
            continue
        if name == "facetime" and not _FACE_TIME_AMOUNTS.isdisjoint(before[-1:]):
            continue  # "give the CEO more facetime": time on camera, not the app
        if _app_talked_about(scan, match, after):
            continue  # "he was on Zoom all day", "my Zoom crashed mid-call"
        if name == "zoom" and _zoom_is_the_work(text, match.start(), match.end(), before):
            continue
        scan.add("video_meeting", match.start(), match.end(), name.replace("_", " "), _NAMED)
    if "meet" in scan.words and "-" in text:
        _find_meet_codes(scan)
    if "meet" in scan.words:
        for match in _matches(_BARE_MEET, text, windows):
            spelled = scan.original(match.end() - 4, match.end())
            if match.group("before") in _MEET_CAPITALISED and spelled != "Meet":
                continue
            after = _after(text, match.end())
            if after and after[0] in _NOT_MEET_AFTER:
                continue
            scan.add("video_meeting", match.end() - 4, match.end(), "google meet", _NAMED)


_SCHEDULING = re.compile(
    r"\b(?:(?P<calendly>calendly)|(?P<cal_com>cal\.com)|(?P<savvycal>savvycal)"
    r"|(?P<tidycal>tidycal)|(?P<youcanbookme>youcanbook\.?me)|(?P<doodle>doodle)(?=\s+poll)"
    r"|(?P<scheduling_link>(?:scheduling|booking|calendar|appointment|availability)\s+(?:link|page))"
    r")\b"
)
_SCHEDULING_BEFORE: Final = words("""
    my your ur via through on book booking send share grab pick here's heres here have got
    use using me
    """)
_SCHEDULING_TOPIC_BEFORE: Final = lx.APP_TOPIC_BEFORE | words(
    """
    add adding embed embedding sync syncing connect connecting install installing
    """
)


_SCHEDULING_WORDS: Final = words(
    "calendly cal savvycal tidycal youcanbookme youcanbook doodle scheduling booking calendar"
    " appointment availability"
)


def _find_scheduling(scan: _Scan) -> None:
    if not scan.words & _SCHEDULING_WORDS:
        return
    text = scan.text
    windows = scan.windows(_SCHEDULING_WORDS, 16, 24)
    for match in _matches(_SCHEDULING, text, windows):
        name = match.lastgroup or ""
        before = _before(text, match.start(), count=5)
        after = _after(text, match.end())
        near = before[-4:]
        if any(word in _SCHEDULING_TOPIC_BEFORE for word in near) and not (
            {"my", "your", "ur"} & set(near[-2:])
        ):
            continue
        if after and after[0] in lx.APP_TOPIC_AFTER:
            continue
        if _calendar_worked_on(scan, match.start(), match.end(), near):
            continue
        if name != "scheduling_link" and "use" in near and not {"you", "my", "your"} & set(near):
            continue  # "we use Calendly": a tool the client has, not an invitation
        if not (set(near) & _SCHEDULING_BEFORE or (after and after[0] in {"link", "?", ":"})):
            continue
        value = "cal.com" if name == "cal_com" else name.replace("_", " ")
        scan.add("scheduling_link", match.start(), match.end(), value, _NAMED)


_SOCIAL_PREPOSITIONS: Final = words("on en sa no na di pe sur via em")


def _same_as_here(scan: _Scan, end: int) -> bool:
    """Whether the handle on the app or network named just before ``end`` is given as "the
    same as here" ("same username as here", "el mismo usuario que aquí")."""
    if scan.words.isdisjoint(_SAME_WORDS):
        return False
    same = _SAME_AS_HERE.search(scan.text, end, end + 60)
    return same is not None and _SENTENCE_END.search(scan.text, end, same.start()) is None


# A scheduling tool worked on, not offered ("manage my Calendly so clients stop
# double-booking", "embedded your Calendly on the /book page"), unless a time is to be booked
# on it in the same sentence ("I set up my Calendly, grab a slot").
_CALENDAR_WORK: Final = words("""
    manage managing manages managed embed embeds embedded embedding configure configured
    configuring integrate integrated integrating sync synced syncing connect connected
    connecting customize customized customise customised migrate migrated audit audited
    clean cleaned fix fixed update updated updating install installed style styled restyle
    redesign redesigned
    """)
_BOOKING = re.compile(
    r"\b(?:book|grab|pick|choose|reserve|schedule)\s+(?:a|any|an|your|the)?\s*(?:time|slot|call"
    r"|meeting|session|spot)\b|\bbook\s+(?:me|with\s+me|there|it)\b"
)


def _calendar_worked_on(scan: _Scan, start: int, end: int, near: list[str]) -> bool:
    if _CALENDAR_WORK.isdisjoint(near[-3:]):
        return False
    sentence = scan.text[end : end + 120]
    cut = _SENTENCE_END.search(sentence)
    return _BOOKING.search(sentence[: cut.start()] if cut else sentence) is None


# An app's name with digits for letters, "d1sc0rd", "t3l3gram", "wh4tsapp": read with each
# digit as the letter it stands for (only in texts with a digit; on ASCII text, in C).
_LEET_LETTERS: Final = bytes.maketrans(b"013457@$", b"oieastas")
_LEET_APPS: Final = {
    "discord": "messaging_app",
    "telegram": "messaging_app",
    "whatsapp": "messaging_app",
    "skype": "messaging_app",
    "signal": "messaging_app",
    "wechat": "messaging_app",
    "viber": "messaging_app",
    "instagram": "social_profile",
    "snapchat": "social_profile",
}


def _leet_app_pieces() -> frozenset[str]:
    """The runs of letters (two or more) that the apps' names leave with digits for letters."""
    digit_of = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5", "t": "7"}
    pieces: set[str] = set()
    for name in _LEET_APPS:
        places = [index for index, letter in enumerate(name) if letter in digit_of]
        for choice in product((False, True), repeat=len(places)):
            if not any(choice):
                continue
            letters = list(name)
            for index, swapped in zip(places, choice, strict=True):
                if swapped:
                    letters[index] = digit_of[name[index]]
            pieces.update(piece for piece in re.split(r"\d", "".join(letters)) if len(piece) > 1)
    # (Not the pieces that are words every message may hold: "app", "what", "chat", "in".)
    return frozenset(pieces) - words("in di el app chat what whats sign tel cord ber ins")


_LEET_APP_PIECES: Final = _leet_app_pieces()
# The apps' nicknames that are not in the lexicon's spellings: the bird app (X, German
# "Vogel-Netzwerk"), the ghost app (Snapchat), Swahili "app ya kijani" (the green app). They
# count with a way to reach the sender beside them: a handle, "DM", "the same name", "find me".
_APP_NICKNAME_WORDS: Final = words("bird ghost kijani vogel")
_APP_NICKNAME = re.compile(
    r"\b(?P<twitter>(?:blue\s+)?bird\s+(?:app|site)|vogel-?netzwerk)\b"
    r"|\b(?P<snapchat>ghost\s+app|yellow\s+ghost)\b"
    r"|\b(?P<whatsapp>(?:app|programu)\s+ya\s+kijani)\b"
)
_APP_NICKNAME_REACH = re.compile(
    r"@[a-z0-9_]|\b(?:handle|handle's|username|user\s?name|dm|dms|same|message\s+me|find\s+me"
    r"|add\s+me|sent\s+(?:u|you)|schreib|nitafute|namba|number|ping)\b"
)


def _find_disguised_apps(scan: _Scan) -> None:
    """Add the apps written with digits for letters and the nicknamed ones offered as a way."""
    text = scan.text
    # (Only with a piece of letters such a name leaves between its digits, "sc" and "rd" of
    # "d1sc0rd", "gr" of "t3l3gr4m": a set lookup already made, for every message.)
    if not scan.words.isdisjoint(_LEET_APP_PIECES) and text.isascii():
        read = text.encode("ascii").translate(_LEET_LETTERS).decode("ascii")
        for name, start, end in _disguised_names(text, read, _LEET_APPS):
            scan.add(_LEET_APPS[name], start, end, name, _NAMED)
    if scan.words.isdisjoint(_APP_NICKNAME_WORDS):
        return
    for match in _APP_NICKNAME.finditer(text):
        start, end = match.span()
        if _APP_NICKNAME_REACH.search(text, max(0, start - 60), end + 80) is None:
            continue
        app = match.lastgroup or ""
        kind = "messaging_app" if app == "whatsapp" else "social_profile"
        scan.add(kind, start, end, app, _NAMED)
