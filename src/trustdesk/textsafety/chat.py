"""Conversation safety: abuse versus venting, and self-harm, in one chat or ticket message (C8).

The playbook (seed 002) draws the lines this module follows:

- **abusive** — "racial slurs, profanity directed at the agent, or threatening tone": the
  only case where a chat may be ended (after one warning). Its types are ``slur``,
  ``directed_insult`` (an insult or profanity aimed at the agent or the support team) and
  ``threat`` (a violent or intimidating threat; a threat to sue, complain or leave a bad
  review is not violent and is not abuse);
- **venting** — "a user simply being upset / venting frustration ... even if profanity is
  used": profanity or anger aimed at the platform, a process or the situation;
- **self_harm** ``risk`` — a threat of self-harm or suicide, said outright or indirectly
  ("I don't see a reason to go on"); ``immediate`` — "an immediate threat of danger (e.g.
  someone detailing actions they are taking right now)", which goes to a lead at once.

``assess_chat`` returns the levels with the evidence (``ChatCue``: the words as written, their
span in the original text and the reason in the playbook's words), so the desk can show why.

How it reads: the text is folded (look-alike letters via :mod:`normalize`, leetspeak, masked
words such as ``f***`` or ``n****r``, spaced letters) into a canonical token string; rules
over that string find slurs, directed insults, threats, venting and self-harm (with a learned
head for self-harm, below); a small linear model
(``models/chat_offense.json.gz``, trained by ``scripts/train_chat.py`` on the OLID training
split, Zampieri et al. 2019, CC BY 4.0, and Davidson et al. 2017, MIT) scores how offensive
and how targeted the text is, for what the rules do not decide (see ``_decide``); and the
desk heads (``models/chat_abuse.json.gz``, trained by ``scripts/train_chat_abuse.py`` on
trustdesk's own support-chat lines) read the support-desk register those tweets lack: a line
the rules and the OLID heads read as calm is venting when the upset head is sure, and a
venting line is abusive when the abusive head is, unless its anger is aimed at the platform,
a process or the other party (see ``_desk_heads``). Pure Python, offline, no dependency
beyond the standard library.

Self-harm is read by concepts rather than fixed sentences: a strong sign alone (a wish to die,
ending one's life, a method, a means dwelt on, absence as relief for others, continuing to live
refused or questioned, a goodbye to everyone), or two different weak signs together
(hopelessness, wanting out, self-hatred, farewell: "I hate my life and I want out"), said of
oneself; the same in the languages users switch into. Immediate danger is an act (means in hand
or against the body, pills taken, bleeding now), or a scene (on a ledge, a loaded gun on the
lap) backed by a sign of now, a farewell or a self-harm cue. Figures of speech ("this deadline
is killing me", "I won't be around next week") and past self-injury (a risk, not an act now)
are kept apart. Venting also covers frustration with no target: waiting in vain ("still no
reply"), rhetorical fragments ("Unreal."), praise after something went wrong, shouting, blame.

The marketplace's other languages (Spanish, Portuguese, French, Hindi and Urdu, Tagalog,
Indonesian, Turkish, Swahili, Arabic in Latin letters and a few more) are read by the same
kinds of rule: an insult aimed by "you" on either side ("vc e burro", "mjinga wewe"), by the
support team named before it ("tum sab chor ho", "vos agents sont des escrocs"), by "shut up"
("callate", "chup kar") or by an insulting address ("seu idiota", "abe gadhe", Turkish
"aptalsin"); oaths said at no one ("anjing, ...", "amk") are venting, and words that also name
a thing or an animal ("bekaar", "kutta") insult only in such a frame; masked words that are
also plain words ("m*caco") are slurs; threats to the body, knowing the agent's name or office,
and weak cues (after work, "watch out", a weapon) that count two together; threats to sue,
review, go public or leave are venting. Someone else's words reported (the verb before or,
in Hindi and Turkish, after them), an insult said of oneself ("que tonta soy", "pagal hu
main") and swearing in a line that thanks with a laugh are not the user's abuse.

The self-harm rules are completed by a small learned head
(``models/chat_self_harm.json.gz``, trained by ``scripts/train_chat_self_harm.py`` only on
trustdesk's own support-chat lines in ``scripts/data``: no licensed self-harm data may be
shipped, and not the shared dev set). It scores words, their character n-grams, word pairs and
self-harm concepts (a word of death, living, means, place, finality, burden or despair near a
word of self) of the line without its figures of speech ("killing myself to meet deadlines"),
so it reads phrasings no rule was written for: a line the rules miss is a risk when the head
is sure, and a risk is an act in progress when the immediate head says so and the line does
not tell the past or a habit (see ``_self_harm_level``). A rule hit always stands.

Speed: every pattern runs only when the text holds a string each of its matches contains (one
scan over a prefix tree of all of them, then a dictionary read per string found), word lists
are matched as prefix trees, and the linear heads keep each word's feature weights
(``LinearHead.bag_probability``) instead of reading their large dictionaries for every feature
of every line. ``scripts/chat_equivalence.py`` checks that speed work changes no output.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any, Literal

from trustdesk.textsafety import chat_lexicon as lx
from trustdesk.textsafety.lexicon import words
from trustdesk.textsafety.linear import LinearHead, head, read_artefact
from trustdesk.textsafety.normalize import normalize
from trustdesk.textsafety.prefilter import required_literals

AbuseLevel = Literal["none", "venting", "abusive"]
AbuseType = Literal["slur", "directed_insult", "threat"]
SelfHarmLevel = Literal["none", "risk", "immediate"]

ABUSE_LEVELS: tuple[AbuseLevel, ...] = ("none", "venting", "abusive")
ABUSE_TYPES: tuple[AbuseType, ...] = ("slur", "directed_insult", "threat")
SELF_HARM_LEVELS: tuple[SelfHarmLevel, ...] = ("none", "risk", "immediate")


@dataclass(frozen=True, slots=True)
class ChatCue:
    """One piece of evidence: which words, where, and why they matter."""

    label: str
    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class ChatAssessment:
    """How one message reads: abuse level and types, self-harm level, and the evidence."""

    abuse: AbuseLevel
    abuse_types: tuple[AbuseType, ...]
    self_harm: SelfHarmLevel
    cues: tuple[ChatCue, ...]


# Reasons, in the playbook's words where it has them.
REASONS: dict[str, str] = {
    "slur": "a slur: the playbook names racial slurs as verbal abuse",
    "directed_insult": "an insult or profanity directed at the agent: verbal abuse",
    "threat": "a threatening tone: verbal abuse",
    "profanity": "profanity not aimed at the agent: venting, not grounds for ending the chat",
    "venting": "the user is upset and venting frustration: let them vent, do not interrupt",
    "nonviolent_threat": "a threat to sue, complain or leave a review is not violent",
    "self_harm_risk": "the user threatens self-harm or suicide",
    "self_harm_immediate": (
        "an immediate threat of danger (someone detailing actions they are taking right now)"
    ),
}


# ---------------------------------------------------------------------------------------------
# Folding: original text → canonical tokens with spans into the original.

_TOKEN = re.compile(r"[a-z0-9@$*!#|']*[a-z*][a-z0-9@$*!#|']*|[0-9][0-9,.:/\-]*|[.?!;:,\n]")
_MASK = re.compile(r"[*#%]+")
_SPACED = re.compile(r"(?<![a-z0-9])(?:[a-z0-9@$*](?:[.\-_] ?| )){1,}[a-z0-9@$*](?![a-z0-9])")
_REPEATS = re.compile(r"([a-z])\1{2,}")

_KNOWN: frozenset[str] = (
    lx.SLURS
    | lx.INSULT_NOUNS
    | lx.INSULT_ADJECTIVES
    | lx.PROFANITY
    | lx.SARCASTIC_NOUNS
    | lx.COMMON_WORDS
    | frozenset(lx.MASK_TARGETS)
    | lx.FOREIGN_INSULTS
    | lx.FOREIGN_OATHS
    | lx.MASKED_CURSE_WORDS
)


# Words a masked spelling is tried against: the usual ones first, then every listed word.
_MASK_TARGETS: tuple[str, ...] = lx.MASK_TARGETS + tuple(
    sorted(
        (
            lx.PROFANITY
            | lx.INSULT_NOUNS
            | lx.SLURS
            | lx.FOREIGN_INSULTS
            | lx.FOREIGN_OATHS
            | lx.MASKED_CURSE_WORDS
        )
        - set(lx.MASK_TARGETS)
    )
)


_MASK_TARGET_SET = frozenset(_MASK_TARGETS)


@lru_cache(maxsize=4096)
def _mask_pattern(token: str) -> re.Pattern[str]:
    parts: list[str] = []
    for piece in re.split(r"([*#%]+)", token):
        if not piece:
            continue
        if piece[0] in "*#%":
            parts.append(f"[a-z]{{1,{len(piece) + 1}}}")
        else:
            parts.append(re.escape(piece))
    return re.compile("".join(parts))


@lru_cache(maxsize=16384)
def fold_word(token: str) -> str:
    """The plain word an (obfuscated) token stands for, or the token itself."""
    word = token.strip("'!|")
    if word.startswith("#") and len(word) > 1 and word[1].isalnum():
        return "#" + fold_word(word[1:])  # a hashtag, not a masked word
    if not word:
        return token
    if word.isalpha():
        if word in lx.CHAT_FORMS:
            return lx.CHAT_FORMS[word]
        if word not in _KNOWN and _REPEATS.search(word):
            squeezed = _REPEATS.sub(r"\1", word)
            if squeezed in _KNOWN:
                return squeezed
            doubled = _REPEATS.sub(r"\1\1", word)
            if doubled in _KNOWN:
                return doubled
        return word
    if "'" in word and word.replace("'", "").isalpha():
        return word
    if word[0].isdigit() and not any(character.isalpha() for character in word):
        return word  # a number ("50 pills", "2,300"), not leetspeak
    masked = _MASK.search(word) is not None
    base = word
    if any(character in lx.LEET for character in word):
        candidates = [word]
        if "1" in word:
            candidates = [word.replace("1", "i"), word.replace("1", "l")]
        for candidate in candidates:
            folded = "".join(lx.LEET.get(character, character) for character in candidate)
            if masked:
                base = folded
                break
            if folded.isalpha() and (folded in _KNOWN or folded in lx.CHAT_FORMS):
                return lx.CHAT_FORMS.get(folded, folded)
            squeezed = _REPEATS.sub(r"\1", folded)
            if squeezed in _KNOWN:
                return squeezed
    if masked:
        stripped = base.strip("*#%")
        if not stripped:
            return "expletive"
        # Arabic in Latin letters writes letters as digits ("3*bd"): the spelling as typed is
        # tried too when the leetspeak reading matches no word.
        for pattern in dict.fromkeys((_mask_pattern(base), _mask_pattern(word))):
            for target in _MASK_TARGETS:
                if pattern.fullmatch(target):
                    return target
        # A mark slipped into a word rather than over a letter: "m*senge".
        unmasked = _MASK.sub("", base)
        if unmasked in _MASK_TARGET_SET:
            return unmasked
        if len(stripped) >= 1 and stripped[0] == "f" and base.startswith("f"):
            return "fuck" if len(base) <= 4 else "fucking" if base.endswith("ing") else "fuck"
        return "expletive"
    return word


@dataclass(frozen=True, slots=True)
class _Tokens:
    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]  # into the original text
    canon: str
    starts: tuple[int, ...]  # where each word starts in ``canon``

    def span_of(self, start: int, end: int) -> tuple[int, int]:
        """Original-text span of the words covering ``canon[start:end]``."""
        first = max(0, bisect_right(self.starts, start) - 1)
        last = max(first, bisect_right(self.starts, max(start, end - 1)) - 1)
        return self.spans[first][0], self.spans[last][1]


# Contractions typed (or cleaned) with a space for the apostrophe: "don t", "i m", "can t".
_SPLIT_CONTRACTION = re.compile(r"n t\b|\bi (?:m|ve|ll)\b|\bf\W{1,2}ing\b")
_CONTRACTED = frozenset(
    {"don", "can", "won", "isn", "doesn", "didn", "wasn", "aren", "couldn", "wouldn", "shouldn"}
    | {"haven", "hasn", "ain", "weren"}
)
_AFTER_I = frozenset({"m", "ve", "ll"})


def _join_contractions(
    words: list[str], spans: list[tuple[int, int]]
) -> tuple[list[str], list[tuple[int, int]]]:
    joined_words: list[str] = []
    joined_spans: list[tuple[int, int]] = []
    for word, span in zip(words, spans, strict=True):
        if joined_words and (
            (word == "t" and joined_words[-1] in _CONTRACTED)
            or (word in _AFTER_I and joined_words[-1] == "i")
        ):
            joined_words[-1] += "'" + word
            joined_spans[-1] = (joined_spans[-1][0], span[1])
            continue
        if word == "ing" and joined_words and joined_words[-1] == "f":  # "f-ing", "f'ing"
            joined_words[-1] = "fucking"
            joined_spans[-1] = (joined_spans[-1][0], span[1])
            continue
        joined_words.append(word)
        joined_spans.append(span)
    return joined_words, joined_spans


def _tokens(text: str) -> _Tokens:
    folded = normalize(text)
    source = folded.text
    merged: list[tuple[int, int, str]] = []
    if _SPACED.search(source) is not None:
        for match in _SPACED.finditer(source):
            joined = "".join(ch for ch in match.group() if ch not in " .-_")
            word = fold_word(joined)
            if word in _KNOWN and len(joined) >= 2:
                merged.append((match.start(), match.end(), word))
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    merge_index = 0
    # Plain ASCII text keeps its offsets: the span of a match is its span in the original.
    same_offsets = folded.origin is None
    for match in _TOKEN.finditer(source):
        if merged:  # rare: spaced-out letters ("f u c k") were joined into one word above
            start = match.start()
            while merge_index < len(merged) and merged[merge_index][1] <= start:
                merge_index += 1
            if merge_index < len(merged) and merged[merge_index][0] <= start:
                m_start, m_end, m_word = merged[merge_index]
                if m_start == start:
                    words.append(m_word)
                    spans.append(folded.span(m_start, m_end))
                continue
        pieces = _token_words(match.group())
        original = match.span() if same_offsets else folded.span(*match.span())
        if len(pieces) == 1:
            words.append(pieces[0])
            spans.append(original)
        else:
            words.extend(pieces)
            spans.extend([original] * len(pieces))
    if _SPLIT_CONTRACTION.search(source) is not None:
        words, spans = _join_contractions(words, spans)
    # Each word starts one space after the end of the one before it.
    starts = tuple(accumulate([len(word) + 1 for word in words[:-1]], initial=0)) if words else ()
    return _Tokens(tuple(words), tuple(spans), " ".join(words), starts)


@lru_cache(maxsize=16384)
def _token_words(raw: str) -> tuple[str, ...]:
    """The canonical words one token of the folded text stands for (one, or a chat form's
    words: "idk" -> "i", "don't", "know"); cached, as most tokens are common words."""
    if raw == "\n":
        raw = "."
    word = fold_word(raw) if len(raw) > 1 or raw in lx.CHAT_FORMS else raw
    if word.endswith("!") and len(word) > 1:
        word = word.rstrip("!")
    return tuple(word.split(" "))


# ---------------------------------------------------------------------------------------------
# Rules over the canonical string (words separated by one space, punctuation as words).


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, factored by common prefixes (longest match first)."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(root)


def _alternation(words: frozenset[str] | set[str]) -> str:
    """Any of ``words``, longest first; as a prefix tree, so a scan tries one branch per letter
    instead of every word at every position."""
    return "(?:" + _trie_pattern(words) + ")"


_W = r"[a-z0-9'*-]+"  # any word
_END = r"(?= [.?!;:,]|$)"
_YOU = r"(?:you|y'all|ye)"
_YOU_GROUP = (
    r"(?:you|y'all|ye)(?: (?:people|guys|lot|all|two|folks|agents|support people|support staff"
    r"|support agents|clowns|idiots|lazy people|useless people))?"
)
_YOU_ARE = (
    rf"(?:{_YOU_GROUP} (?:are|'re|r|were|is|seem|sound|look|must be|really are|truly are"
    r"|clearly are|are clearly|are just|are all|are such|are honestly|are literally|are really"
    r"|are being|are acting like)|you're|ur|youre|all of you are|every one of you(?: people)? is"
    r"|each of you is|every single one of you is|none of you are anything but)"
)
_INTENSIFIER = (
    r"(?:so|such|a|an|the|absolute|absolutely|complete|completely|total|totally|utter|utterly"
    r"|real|really|truly|just|such a|bunch of|a bunch of|little|big|fucking|fuckin|bloody"
    r"|damn|goddamn|freaking|frigging|effing|expletive|stupid|dumb|pathetic|useless|worthless"
    r"|incompetent|lazy|lying|spineless|heartless|brainless|brain-dead|braindead|brain dead"
    r"|clueless|dirty|filthy|old|fat|ugly|sorry|sad|miserable|inept|idiotic|piece of|pieces of"
    r"|sack of|waste of|bag of|clearly|obviously|most|biggest|dumbest|stupidest|worst|sorriest"
    r"|one|all|every|single|of|the most|shitty|crappy|lousy|scummy|thick|dense|and|,|honestly"
    r"|literally|seriously|genuinely|actually|officially|probably|definitely|certainly|easily"
    r"|beyond"
    r"|being|acting like|such an|even more|more|as|still|always|nothing but|nothing more than"
    r"|ever|biggest|greatest|pinche|pinches|puto|maldito|ass)"
)
_INSULT_NOUN_WORDS = lx.INSULT_NOUNS | lx.FOREIGN_INSULTS | lx.MORE_INSULT_NOUNS
_INSULT_N = _alternation(_INSULT_NOUN_WORDS | {"piece of shit", "piece of crap", "shit", "crap"})
# Nouns that insult a person when used to address them ("..., clown."); not "crap." or "garbage."
_PERSON_N = _alternation(
    (
        _INSULT_NOUN_WORDS
        - lx.THING_NOUNS
        - lx.FOREIGN_THING_INSULTS
        - lx.FOREIGN_OATHS
        - lx.FOREIGN_LITERAL_INSULTS
    )
    | {"piece of shit", "piece of crap", "sack of shit"}
)
_INSULT_A = _alternation(lx.INSULT_ADJECTIVES | {"brain dead"})
_SLUR = _alternation(lx.SLURS - lx.AMBIGUOUS_SLURS)
_SLUR_ANY = _alternation(lx.SLURS)
_FUCK = r"(?:fuck|f|eff|frick|screw|damn|to hell with|fuck off)"

# What "your ..." can name without meaning the agent: "screw your policy" vents at a rule.
_PLATFORM_THINGS = (
    r"platform|site|website|app|system|company|process|policy|policies|rules?|verification"
    r"|fees?|terms|hold|refund|payout|dispute|bug|page|form|update|email|suspension|escrow"
    r"|milestone|service|algorithm|metrics|stupid \w+|damn \w+"
)
_PERSONAL_A = _alternation(lx.PERSONAL_INSULT_ADJECTIVES)
_FOREIGN_WORDS = lx.FOREIGN_INSULTS | lx.FOREIGN_THING_INSULTS | lx.FOREIGN_LITERAL_INSULTS
_FOREIGN_INSULT = _alternation(_FOREIGN_WORDS)
# The insults of those languages that only insult a person: not a thing ("bekaar"), an animal
# ("kutta") or an oath ("anjing!").
_FOREIGN_PERSON = _alternation(
    lx.FOREIGN_INSULTS - lx.FOREIGN_THING_INSULTS - lx.FOREIGN_LITERAL_INSULTS - lx.FOREIGN_OATHS
)
# English insult nouns that name a person whatever the sentence ("bot", "tool" or "pig" may
# name a thing, "hack" a workaround).
_ENGLISH_PERSON = _alternation(
    (lx.INSULT_NOUNS | lx.MORE_INSULT_NOUNS)
    - lx.THING_NOUNS
    - {"tool", "dope", "hack", "hacks", "pig", "pigs", "cow", "rat", "rats", "worm", "worms"}
    - {"sheep", "snake", "snakes", "monkey", "ape", "apes", "weapon", "melt", "wally"}
)
# "You" (and "you are") in the languages users switch into, before an insult ("vc e um lixo",
# "sen aptalsin", "wewe ni mjinga") and after one ("tanga ka", "bodoh lu", "pagal ho", "mjinga
# wewe", "bhenchod tu"). Not Hindi "hai" ("ghatiya system hai" is about the system).
_SECOND_PERSON = (
    r"eres|sos|tu|ka|ikaw|kayo|du|bist|tum|tumhe|tujhe|aap|voce|vc|voces|vcs|usted|ustedes"
    r"|vous|t'es|kau|lu|lo|loe|elo|kamu|anda|kalian|awak|engkau|sei|siete|sen|siz|ty|jestes"
    r"|wewe|enta|inta|enti|seid"
)
_SECOND_PERSON_AFTER = (
    r"ka|mo|kayo|ho|eres|es|kau|lu|lo|loe|elo|kamu|awak|engkau|sen|wewe|inta|enta|enti|tu|tum"
    r"|nyo|ninyo|niyo|kayong"
)
# "You all", "your staff", "the support people" in those languages ("ustedes", "vos agents",
# "tum sab", "kalian", "hepiniz", "wafanyakazi wenu", "kolkom"): an insult later in the same
# clause is aimed at the support team.
_TEAM_FOREIGN = (
    r"ustedes|todos ustedes|sus empleados|sus agentes|su equipo|vuestros agentes|vosotros"
    r"|los de soporte|los de atencion|vcs|voces|seus atendentes|os atendentes|a equipe de vcs"
    r"|vous|vos agents|vos conseillers|votre equipe|votre service client|tum sab|tum log"
    r"|tum logon|aap log|aap sab|aap logon|tumhare log|tumhari company|tumhare agent|aapke agent"
    r"|aapke log|support wale|support waale|kayo|kayong|ninyo|kalian|lo semua|lu semua"
    r"|hepiniz|siz|calisanlariniz|personeliniz|ekibiniz|destek ekibi|nyinyi|nyie|ninyi"
    r"|mnyinyi|wafanyakazi wenu|mawakala wenu|kolkom|kollokom|kullukum|entom|antom|3andkom"
    r"|kello minkon|kellkon|kellon minkon"
    r"|kol elly|ihr|vy|voi|tutti voi|wy"
)
# Words that end such a reach: the other party of the contract or the platform itself ("vous
# savez que ce client est un escroc", "vous avez un systeme nul").
_NOT_THE_TEAM = (
    r"client|cliente|clientes|klien|klient|musteri|mteja|3amil|el3amil|comprador|compradora"
    r"|buyer|seller|vendedor|freelancer|sistema|systeme|system|sistem|app|appli|application"
    r"|aplikasi|aplikasinya|site|sitio|plataforma|plateforme|platform|platformu|pagina|page"
    r"|empresa|entreprise|company|kumpanya|perusahaan|kampuni|sherka|sirket|process|proceso"
    r"|processus|processo|verificacion|verification|verificacao"
)
_TURKISH_INSULT_STEM = (
    r"aptal|salak|gerizekali|beyinsiz|serefsiz|beceriksiz|dolandirici|hirsiz|yalanci|cahil"
    r"|ahmak|dangalak|gerzek|ezik|sahtekar|pislik|yavsak|hayvan|esek|kopek|andaval|angut"
)

_DIRECTED: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern)
    for pattern in (
        # "you're a useless idiot", "you people are pathetic", "ur so stupid"
        rf"\b{_YOU_ARE} (?:{_INTENSIFIER} ){{0,5}}(?:{_INSULT_N}|{_INSULT_A}|{_SLUR_ANY})\b",
        # "you absolute moron", "you useless prick", "you spineless little worm"
        rf"\b{_YOU} (?:{_INTENSIFIER} ){{0,4}}{_INSULT_N}\b",
        # "fuck you", "f you", "screw you all", "damn you" (not "damn you're quick")
        rf"\b{_FUCK} (?:(?:you|u|y'all|ya)(?!'(?:re|ll|ve|d)\b)|yourself|off"
        rf"|your (?!(?:{_PLATFORM_THINGS})\b)\w+)\b",
        r"\b(?:go|just) (?:fuck|f|screw|eff) (?:yourself|off)\b",
        r"\b(?:shut up|shut the (?:fuck|hell|expletive) up|stfu|gfy|piss off|bite me"
        r"|kiss my ass|eat shit|get fucked|sod off|bugger off)\b",
        r"\bgo to hell\b",
        r"\b(?:shove|stick) (?:it|your \w+(?: \w+)?|that|this) up your (?:ass|arse)\b",
        r"\bup your (?:ass|arse)\b",
        r"\b(?:kys|kill yourself|go die|drop dead|go jump off a \w+|(?:go|just) drink (?:some )?"
        r"bleach)\b",
        # "are you actually this dumb", "are you retarded or something", "are you blind?"
        rf"\bare (?:you|u|ya) (?:{_INTENSIFIER} |this |that |even |actually |seriously ){{0,3}}"
        rf"(?:{_INSULT_A}|{_INSULT_N}|{_SLUR_ANY}|five|kidding me with this)\b",
        # "every agent here is an idiot", "your staff are useless", "this agent is a joke"
        rf"\b(?:every|each|all|all the|all your|your|this|that|the|these|those) (?:single )?"
        r"(?:agent|agents|rep|reps|representative|representatives|staff|staffer|employee"
        r"|employees|support people|support staff|support agents|support team|team|person"
        r"|people|worker|workers|operator|operators|manager|managers|supervisor|supervisors)"
        rf"(?: (?:here|on this \w+|in this \w+|i've \w+ to|i spoke to|i talked to))?"
        rf" (?:is|are|was|were) (?:{_INTENSIFIER} ){{0,5}}"
        rf"(?:{_INSULT_N}|{_INSULT_A}|{_SLUR_ANY})\b",
        # The same in the languages users switch into: "este agente es un inutil", "esse
        # atendente burro", "dasar admin goblok", "kalian semua sampah", "ye agent pagal hai"
        rf"\b(?:este|esta|ese|esa|esse|essa|estes|esses|cette|ce|cet|ces|dieser|diese|ye|yeh"
        r"|yung|itong|ni|bu|huyu|etot|eta|dasar|ustedes|voces|vcs|kalian|kayong|nyinyi|vy|ihr"
        r"|siz) (?:[a-z']+ ){0,3}?(?:agente|agentes|atendente|atendentes|conseiller|conseillere"
        r"|conseillers|operateur|operatrice|operador|operadora|operator|agent|admin|cs|support"
        r"|suporte|soporte|staff|mitarbeiter|mitarbeiterin|temsilci|ekibi|team|tim)"
        rf"(?: [a-z']+){{0,4}}? (?:{_FOREIGN_INSULT}|{_INSULT_N}|{_SLUR_ANY})\b",
        # "what a bunch of incompetent losers you are", "what a spineless, lying coward you are"
        rf"\bwhat (?:a|an) (?:{_INTENSIFIER} ){{0,5}}(?:{_INSULT_N}|{_INSULT_A}) (?:you|u)\b",
        r"\b(?:joke|disgrace|embarrassment|excuse|waste) (?:of|for) (?:an?|the) "
        r"(?:agent|human|person|support agent|employee|rep|representative|professional)\b",
        # "do they train you to be this dumb", "do they pay you per brain cell"
        r"\b(?:train|trained|hire|hired|pay|find|found) you (?:to be|per brain cell|off the street"
        r"|from a|at a)\b",
        r"\bwere you (?:hired|born|raised|dropped) (?:off|on|in|by)\b",
        r"\bwhat are you , (?:five|\d+|twelve|a child|a bot)\b",
        rf"\b(?:someone|somebody|an agent|a person) (?:who|that) (?:isn't|is not|'s not|isnt) "
        rf"(?:a|an) (?:{_INTENSIFIER} ){{0,3}}{_INSULT_N}\b",
        # "you are the worst agent", "you're the laziest person I've dealt with"
        rf"\b{_YOU_ARE} (?:honestly |literally |by far |easily |clearly |officially )?the "
        rf"(?:worst|dumbest|stupidest|laziest|rudest|most (?:{_INSULT_A}))\b",
        # "an imbecile like you", "what kind of moron closes a ticket", "stop being a smartass"
        rf"\b{_INSULT_N} like (?:you|u|yourself)\b",
        rf"\bwhat (?:kind|sort|type) of (?:{_INTENSIFIER} ){{0,2}}{_INSULT_N}\b",
        r"\b(?:stop|quit) (?:being|acting like|acting) (?:such )?(?:a |an )?"
        rf"(?:{_INTENSIFIER} ){{0,2}}"
        rf"(?:{_INSULT_N}|{_INSULT_A})\b",
        # "useless, the lot of you", "idiots, every one of you"
        rf"(?:{_INSULT_N}|{_INSULT_A}) , (?:the lot of you|all of you|every one of you|each of you"
        r"|every single one of you|you people|you lot|you guys|y'all)\b",
        rf"\bas (?:{_INSULT_A}) as (?:you|u)\b",
        rf"\b{_YOU_GROUP} (?:really |all |just |totally |seriously )?suck\b"
        rf"|\b{_YOU_ARE} (?:so |just |completely )?full of (?:shit|crap|bullshit|bs|expletive)\b",
        r"\bshove it\b(?! (?:in|into|under|through)\b)|\bstick it where\b",
        r"\bshut (?:your|ur) (?:mouth|face|trap|pie hole|gob)\b",
        rf"\b(?:{_INSULT_A}) (?:ass |assed )?(?:agent|agents|rep|reps|representative"
        rf"|representatives|staff"
        r"|employee|employees|support people|support staff|support agent|support agents)\b",
        r"\baborted you\b|\b(?:get lost|get bent|go away) , you\b|^get lost\b",
        r"\b(?:did|does) your brain\b|\byour (?:one |only |single )?brain cells?\b"
        r"|\b(?:use|engage|turn on) your brain\b|\byour iq\b",
        # Sarcasm that insults without an insult word: "did your mom drop you on your head", "is
        # stupidity a job requirement", "hired by IQ below room temperature", "te contrataron
        # por tu cara bonita", "cerebro de mosquito", "cervelle de moineau", "utak ipis".
        r"\b(?:did|does|do) your (?:mom|mum|mother|parents) drop (?:you|u)\b|\b(?:stupidity"
        r"|incompetence|being (?:dumb|stupid|useless)) (?:is )?a (?:job|hiring) requirement\b"
        r"|\b(?:iq|brain) (?:below|lower than|smaller than) (?:room temp|room temperature"
        r"|(?:a|my) \w+|your shoe size)\b|\b(?:hire|hired|hiring) (?:you|u)(?: guys| people)?"
        r" (?:by|for|based on) (?:iq|your looks|your face)\b|\bte (?:contrataron|contrataram)"
        r" por tu cara\b|\b(?:cerebro|cerebrito) de (?:mosquito|gallina|pollo|mosca|hormiga"
        r"|pajaro|passarinho|minhoca)\b|\bcervelle de (?:moineau|poisson|mouche)\b|\butak"
        r" (?:ipis|manok|lamok)\b",
        # "you brainless drone", "you useless bot" (not "thank you, stupid app")
        rf"(?<!thank )\b{_YOU} (?:{_INTENSIFIER} ){{0,3}}{_PERSONAL_A} "
        rf"(?!(?:{_PLATFORM_THINGS}|thing|things|bot's)\b)[a-z]+\b",
        r"\byour brain\b|\bbitch please\b",
        # code-switched insults with a second person: "eres un inutil", "tanga ka ba"
        rf"\b(?:you|ur)\b(?: [a-z']+){{0,2}} {_FOREIGN_INSULT}\b"
        rf"|\b(?:{_SECOND_PERSON})\b"
        rf"(?: [a-z']+){{0,2}} (?:{_FOREIGN_INSULT}|{_INSULT_N})\b|\b{_FOREIGN_INSULT} (?:[a-z]+ )?"
        rf"(?:{_SECOND_PERSON_AFTER})\b",
        # ... and a slur that is also a plain word with a second person after it: "bakla ka"
        rf"\b{_alternation(lx.AMBIGUOUS_SLURS)} (?:[a-z]+ )?(?:{_SECOND_PERSON_AFTER})\b",
        # "go to hell" and "f*** you" in those languages: "vete a la mierda", "vai se foder"
        r"\b(?:vete a la mierda|vete al carajo|que te jodan|chinga tu madre|tu puta madre"
        r"|vai se foder|vai tomar no cu|vsf|vtnc|va te faire foutre|va chier|nique ta mere"
        r"|(?:vai|va|vao) (?:pro|pro|para o|pra o|ao) caralho|(?:vai|va) (?:a|pra|para a) merda"
        r"|vaffanculo|fick dich|verpiss dich|siktir git|spierdalaj|pierdol sie|idi nahuy"
        r"|bhaad mein jao|(?:putang ina|tangina|tang ina|gago|ulol) mo|(?:anjing|babi|bangsat"
        r"|monyet|kampret) (?:lu|lo|loe|kau|kamu|elo)|mampus (?:lu|lo|kau|kamu))\b",
        # ... and more of them: "vete a la verga", "va te faire f*utre", "k*s omak", "pakyu"
        r"\b(?:vete a la verga|a la verga con (?:tu|ustedes|vos)|vai tomar no|va te faire"
        r" (?:foutre|fuck|expletive)|nique ta|kumamako|kumanyoko|kuma mamako|(?:kos|kus|kuss"
        r"|expletive) (?:omak|ommak|umak|ummak|okhtak|ukhtak)|kosomak|kosommak|yel3an (?:abook"
        r"|abouk|abok|ommak|omak|dinak)|pakyu|putanginamo|tanginamo|amina koyim|amina koyayim"
        r"|anani sikeyim|teri maa ki|teri behen ki|tumhari maa ki|(?:putang ina|tangina|tang ina"
        r"|gago|ulol) (?:mong|nyo|ninyo|niyo))\b",
        # "shut up" in those languages, said to the agent as in English
        r"\b(?:callate|callese|cierra la boca|cierra el hocico|cala a boca|cala boca|cale a boca"
        r"|cala essa boca|ferme ta gueule|ta gueule|chup kar|chup kr|chup ho ja|chup reh|chup raho"
        r"|bakwas band kar|bakwas band karo|bakwaas band kar|bakwaas band karo|munh band kar"
        r"|tumahimik ka|manahimik ka|tumahimik kayo|tutup mulut|diam lo|diem lo|diam lu|bacot lo"
        r"|bacot lu|kapa ceneni|kapa cenesini|kes sesini|sesini kes|nyamaza|funga mdomo|uskut"
        r"|oskot|eskot|e5ras|ekhras|halt die klappe|halt's maul|halts maul|stai zitto"
        r"|halt die fresse|halt deine fresse|halt dein maul|halt die schnauze"
        r"|zamknij sie|zamknij morde|zatknis)\b|\b(?:ferme la|tais toi)(?= [.?!,]|$)",
        # an address that insults: "seu idiota", "sua anta", "espece de guignol", "bande
        # d'abrutis", and opening a clause "abe gadhe", "mira pendejo", "dasar c*na", "sale pd"
        # (not "le client c'est un sale ...", "buyer itu dasar ...": said of someone else)
        rf"(?:\b(?:pedazo|especie|espece|bande|bola|bando|cambada|monte|pezzo|manica|branco"
        r"|massa) (?:de |d'|di )"
        r"|\b(?:seu|sua|seus|suas|pinche|pinches) |(?:^|[.?!,;:] )(?:abe|abey|abay|abbe|arre"
        r"|arey|oye|mira|escucha|olha|escuta|ecoute|hoy|woi|woy|dasar|ulan|sikiliza|sale)"
        r" (?:, )?)(?:(?:grande|puto|puta"
        r"|maldito|maldita|pobre|sale|gros|grosse|sacre|um|uma|un|une|des|mero|tremendo|tremenda"
        rf"|bien|ke|ki) )?(?:{_FOREIGN_INSULT}|{_ENGLISH_PERSON}|{_SLUR_ANY})\b",
        # an oath that is an insult, opening a sentence that says "you": "bangs*t, kerja lo
        # cuma copas", "anjing, lo bisa baca ga"
        r"(?:^|[.?!;:] )(?:anjing|babi|bangsat|kampret|bangke|jancok|jancuk|monyet)"
        r" [,] (?:[a-z0-9']+ ){0,8}?(?:lo|lu|loe|elo|kamu|kau|you|your|ur)\b",
        # Turkish says "you are" with a suffix ("aptalsin", "dolandiricisiniz") and swears
        # before an address ("amk cahili", "lan salak")
        rf"\b(?:{_TURKISH_INSULT_STEM})[iy]?s[iu]n(?:[iu]z)?\b"
        rf"|\b(?:amk|aq|lan|ulan) (?:{_TURKISH_INSULT_STEM})[a-z]*\b"
        rf"|\b(?:{_TURKISH_INSULT_STEM}) herif\b"
        rf"|\b(?:{_TURKISH_INSULT_STEM}) m[iu]s[iu]n(?:[iu]z)?\b",  # "salak misin"
        # the insult, a word of stress, then "you": "goblok banget sih lo"; a curse on "you":
        # "lanat hai tum par"; "fala wewe"; Quebec's "t'es un osti de cave"; German "you are"
        rf"\b(?:{_FOREIGN_PERSON}) (?:banget|bgt|sih|amat|bener|emang|bet)(?: (?:sih|deh|lah))?"
        r" (?:lo|lu|loe|elo|kamu|kau|anda|kalian)\b",
        r"\b(?:lanat|laanat|lanaat) (?:hai|ho) (?:tum|tujh|aap|tumhari|tumhare|tum sab|aap sab)"
        r" (?:par|pe)\b",
        r"\bfala (?:wewe|nyinyi)\b|\b(?:wewe|nyinyi) ni (?:fala|mafala)\b",
        r"\b(?:t'es|tu es|vous etes) (?:un |une )?(?:osti de |ostie de |esti de |criss de |maudit"
        r" |gros |grosse )?(?:cave|caves|epais|niaiseux|twit)\b",
        r"\b(?:sie sind|du bist|ihr seid|bist du|seid ihr|sind sie)(?: [a-z']+){0,3}"
        r" (?:inkompetent\w*|unfahig\w*|dumm|dumme|dummer|dummste\w*|blod|blode|bloder"
        r"|bescheuert\w*|unverschamt\w*)\b",
        r"(?:^|[.?!] )(?:amk )?oc ,",
        # the support team in those languages, then an insult in the same clause: "vcs do
        # suporte sao um bando de vagabundos", "nyinyi wote wa support ni wezi", "kanjar log
        # ho tum sab"
        rf"\b(?:{_TEAM_FOREIGN})\b(?: (?!(?:{_NOT_THE_TEAM})\b)[a-z0-9']+){{0,7}}? "
        rf"(?:{_FOREIGN_INSULT}|{_ENGLISH_PERSON}|{_SLUR_ANY})\b"
        rf"|\b(?:{_FOREIGN_PERSON}|{_ENGLISH_PERSON}) (?:[a-z']+ ){{0,3}}(?:tum sab|aap log"
        r"|aap sab|hepiniz|kalian semua|nyinyi wote|kolkom|ustedes|todos ustedes|vous tous)\b",
        # an insult of a person before the support team: "g@ndu support", "bh*nchod support
        # wale" (not "bekaar support", a judgement of the service)
        rf"\b(?:{_FOREIGN_PERSON}|{_SLUR_ANY}) (?:support|suporte|soporte|agent|agente|admin"
        r"|cs|staff|atendente|operator)(?: wale| waale| log| team)?\b",
        # sarcastic praise in those languages: "parabens, genio", "bravo le genie"
        r"\b(?:parabens|bravo|felicidades|felicitaciones|felicitations|enhorabuena|shabash"
        r"|aferin|tebrikler|hongera|mabrouk|mabrook|mantap|hebat)\b(?: ,)?(?: (?:le|la|el|o|a"
        r"|mr|bang|kak))? (?:genio|genia|genie|einstein|jenius|henyo|sherlock|allama)\b",
        # "you're about as useful as a chocolate teapot", "run by a bunch of monkeys"
        rf"\b{_YOU_ARE} (?:about |just |roughly )?as (?:useful|helpful|smart|bright|sharp|competent"
        r"|quick|clever|useless) as (?:a|an)\b",
        r"\b(?:support|team|staff|desk|agents|department|customer service)(?: team)? (?:is |are )?"
        r"(?:run|staffed|managed|operated) by (?:a bunch of |a pack of )?(?:monkeys|clowns|idiots"
        r"|morons|amateurs|children|chimps|baboons|muppets)\b",
        r"\ba brain\b(?<=(?:get|use) a brain)|\ba brain\b(?<=grow a brain)"
        r"|\ba brain\b(?<=have a brain)",
        r"\btalking to a (?:brick )?wall\b|\b(?:you're|you are) nothing but (?:a|an)\b",
        r"\bhalf a brain\b[^.?!]{0,40}\byou\b|\byou\b[^.?!]{0,40}\bhalf a brain\b",
        r"\b(?:tu es|t'es|vous etes)(?: [a-z']+){0,2} (?:con|conne|cons|idiot|idiote|debile|nul"
        r"|nulle|stupide|abruti)\b",
        rf"\b(?:tu es|t'es|vous etes)(?: [a-z']+){{0,2}} {_FOREIGN_INSULT}\b",
        rf"\b(?:dealing|talking|chatting|speaking) (?:with|to) (?:a|an|some"
        rf"|this) (?:{_INTENSIFIER} )"
        rf"{{0,3}}{_PERSON_N}\b(?! (?:client|buyer|seller|customer|freelancer|of a)\b)",
        # insult-only sentence or vocative: "..., clown." / "hey dickhead," / "Incompetent bastard."
        rf"(?:^|[.?!;:,] |\b(?:hey|listen|oi|look|okay|ok|yeah|whatever|thanks|thank you)"
        rf"(?: here)? (?:, )?)(?:you )?(?:{_INTENSIFIER} ){{0,4}}{_PERSON_N}{_END}",
        rf"(?:[.?!;:,] |^)(?:hey |listen )?(?:{_INTENSIFIER} ){{0,3}}(?:{_PERSON_N})(?: [.?!,])",
        # sarcastic address: "nice work, einstein", "great job, genius", "whatever, sweetheart"
        rf"\b(?:great|nice|good|brilliant|well done|thanks|thank you|whatever|okay|ok|sure)"
        rf"(?: \w+){{0,2}} , (?:{_alternation(lx.SARCASTIC_NOUNS)}|rocket scientist){_END}",
        rf"\b(?:hey|listen|look|well|okay|ok|oi|yo) (?:, )?(?:{_alternation(lx.SARCASTIC_NOUNS)}"
        r"|smart guy|smartass|wise guy|buddy boy|pal|sunshine)\b",
        r"\btruly a rocket scientist\b",
        r"\bcouldn't \w+ (?:a|an|their way out of)\b",
        r"\bbrain cell\b",
    )
)

# Vocative and sarcastic-address patterns: skipped when the sentence is about the platform.
_PERSON_CHECKED = frozenset(_DIRECTED[-7:])
# The patterns that need an insult word, and the words: a message without any skips them.
_NEEDS_INSULT_WORD = frozenset(
    pattern
    for pattern in _DIRECTED
    if any(
        insults in pattern.pattern
        for insults in (
            _alternation(lx.AMBIGUOUS_SLURS),
            _INSULT_N,
            _INSULT_A,
            _PERSON_N,
            _FOREIGN_INSULT,
            _FOREIGN_PERSON,
            _ENGLISH_PERSON,
            _SLUR_ANY,
        )
    )
)
_INSULT_WORDS = (
    _INSULT_NOUN_WORDS
    | _FOREIGN_WORDS
    # the longest word of each insult of more than one ("filho da puta", "bons a rien")
    | {max(insult.split(), key=len) for insult in _FOREIGN_WORDS if " " in insult}
    # French elides before a vowel: "espece d'abruti", "bande d'incapables"
    | {"d'" + insult for insult in _FOREIGN_WORDS | lx.INSULT_NOUNS if insult[0] in "aeiouh"}
    | lx.INSULT_ADJECTIVES
    | lx.SLURS
    | {"shit", "crap", "five", "kidding", "brain", "dead", "braindead", "worst", "dumbest"}
    | {"stupidest", "laziest", "rudest"}
)
# Words that insult a person (not a situation: "disgusting", "terrible" are left out).
_PERSONAL_INSULTS = (lx.INSULT_NOUNS - lx.THING_NOUNS) | lx.SLURS | lx.PERSONAL_INSULT_ADJECTIVES
_DIRECTED_OTHER = tuple(p for p in _DIRECTED if p not in _NEEDS_INSULT_WORD)
_DIRECTED_INSULT = tuple(p for p in _DIRECTED if p in _NEEDS_INSULT_WORD)

# The agent disclaimed as the target ("not you, the bot", "no offense to you, you're just the
# messenger", "no es contigo", "nao e com voce", "c'est pas contre toi", "hindi ikaw",
# "bukan kamu", "nicht gegen dich", "non ce l'ho con te"): an insult whose words take these
# in is said of something else.
_AGENT_DISCLAIMED = re.compile(
    r"\bnot (?:you|at you|aimed at you|your fault|talking about you|blaming you)(?: , the \w+)?\b"
    r"|\bno offen[cs]e to you\b|\byou're just the messenger\b|\bnothing (?:against you"
    r"|personal)\b|\bno es (?:contigo|con usted)\b|\bnao e com (?:voce|vc|vcs|voces)\b"
    r"|\b(?:c'est )?pas contre (?:toi|vous)\b|\bhindi ikaw\b|\bbukan (?:kamu|lo|lu|elo)\b"
    r"|\bnicht gegen (?:dich|sie|euch)\b|\bnon ce l'ho con te\b|\baapko nahi\b"
)
# Words that make an insult sentence about the platform or the process, not the agent.
_NOT_AGENT = re.compile(
    r"\b(?:this|the|that|your) (?:platform|site|website|app|system|company|process|policy|"
    r"service|verification|flow|rule|rules|policies|hold|refund|payout|dispute|bug|page|"
    r"form|thing|update|"
    r"email|suspension|escrow|milestone|fee|fees|support system)\b"
)
# ... the platform, its app or a process named in the languages users switch into.
_PLATFORM_ELSEWHERE = words(
    """
    aplicacion aplicativo appli aplikasi aplikasinya sistema systeme sistem plataforma
    plateforme platformu pagina sitio empresa entreprise kumpanya perusahaan kampuni sirket
    sirketi sherka proceso processo processus verificacion verificacao dogrulama piattaforma
    plattform azienda societa
    """
)

# Third parties: the buyer, the seller, "that X". A slur aimed here is a slur, not an insult
# at the agent.
_THIRD_PARTY = re.compile(
    r"\b(?:buyer|seller|client|customer|freelancer|contractor|he|she|him|her|his|they|them"
    r"|that|this guy|this person|some|these|those|landlord|boss|neighbour|neighbor|tell|ask)\b"
)
_COUNTERPARTY = re.compile(
    r"\b(?:buyer|seller|client|customer|freelancer|contractor|landlord|the other (?:party|guy))\b"
)
_AGENT_WORDS = re.compile(
    r"\b(?:you|your|ur|y'all|agent|agents|support|staff|rep|reps|representative|team)\b"
)

_STRONG, _WEAK = True, False
# (pattern, strong): a weak cue ("with some friends", "you'll see me") makes a threat only
# together with another cue.
_THREAT_RULES: tuple[tuple[str, bool], ...] = (
    (
        r"\bi know where (?:you|your \w+|you people|y'all|the agent|you guys) "
        r"(?:live|lives|work|works|is|are|sleep|park|hang out)\b",
        _STRONG,
    ),
    (r"\bi know where your \w+(?: \w+)? (?:is|are)\b", _STRONG),
    (r"\bfind out where (?:you|your \w+) (?:live|lives|work|works|is|are)\b", _STRONG),
    (
        r"\bi know (?:your|ur) (?:first |full |real |last )?(?:name|address|face|family|kids"
        r"|home|house)\b",
        _STRONG,
    ),
    (r"\bi (?:have|got) your (?:first |full |real |last |home )?(?:name|address)\b", _STRONG),
    (r"\b(?:when|once|after) i find out (?:your|who you|where you)\b", _STRONG),
    (r"\b(?:find|hunt|track) (?:you|u) (?:down|and)\b", _STRONG),
    (
        r"\b(?:i'll|i will|i'm going to|i'm gonna|gonna|i swear i'll|i swear i will|i'll come)"
        r" (?:come )?(?:find|get|hunt|visit) (?:you|u)\b(?! (?:a|an|the|some|more|back|my)\b)",
        _STRONG,
    ),
    (r"\bcome (?:find|for|get) (?:you|u)\b(?! (?:a|an|the|some|more|back|my)\b)", _STRONG),
    (r"\b(?:find|get|reach) (?:you|u)\b(?! (?:a|an|the|some|more|back|my|what|that|to)\b)", _WEAK),
    (r"\bi know people\b", _WEAK),
    (r"\bsee you (?:soon|around|outside|later|there)\b", _WEAK),
    (r"\bwatch your back\b", _STRONG),
    (r"\bmake (?:you|u|y'all|you people) (?:\w+ )?regret\b", _STRONG),
    (r"\bteach (?:you|u|y'all|you people|your \w+) a lesson\b", _STRONG),
    (r"\b(?:coming|come|i'm coming|going to come) (?:for|after) (?:you|u|your|y'all)\b", _STRONG),
    (r"\b(?:will|gonna|going to|'ll|is going to|are going to) get (?:hurt|killed|shot)\b", _STRONG),
    (r"\b(?:better|should) (?:hire|get) (?:some |more )?security\b", _STRONG),
    (r"\byou(?:'ll| will| are going to| gonna) pay for (?:this|that|it)\b", _WEAK),
    (r"\bi know where (?:the|your) (?:office|offices|hq|headquarters|building) is\b", _STRONG),
    (r"\bbreak your (?:neck|legs|face|bones|jaw|arms|nose)\b", _STRONG),
    (r"\b(?:slash|key|smash|torch|wreck) your (?:tires|tyres|car|windows|house)\b", _STRONG),
    (r"\b(?:been|get|got|getting) (?:shot|killed|stabbed|hurt|beaten) for less\b", _STRONG),
    (r"\bmake your life (?:hell|a living hell|miserable)\b", _STRONG),
    (r"\b(?:when|if|once|after) i (?:ever )?(?:find|see|catch|meet) (?:you|u|y'all)\b", _STRONG),
    (
        r"\bi'm (?:outside|at|in front of|near|waiting (?:outside|at|in front of)) (?:your|ur) "
        r"(?:building|office|house|home|hq|door|work|workplace|car)\b",
        _STRONG,
    ),
    (r"\b(?:find out|see|learn) what i'm (?:capable of|like when)\b", _STRONG),
    (
        r"\bknock (?:your|ur) (?:teeth|lights|block|head) (?:out|off|in)\b|\bknock (?:you|u) out\b"
        r"|\bdrag (?:you|u) (?:out|outside|by)\b|\bdeserve (?:a slap|a smack|a punch|a kick)\b",
        _STRONG,
    ),
    (
        r"\b(?:hope|wish) (?:someone|somebody|they) (?:beats?|kills?|hurts?|shoots?|stabs?)"
        r" (?:you|u)\b|\bbeats? (?:you|u) up\b|\bhope you get (?:hit|run over|hurt|killed"
        r"|shot|stabbed|beaten)\b|\b(?:hope|wish)\b[^.?!]{0,25}\b(?:runs?|ran) (?:you|u) over\b",
        _STRONG,
    ),
    (r"\bdon't make me (?:come|find|hurt|do something)\b", _STRONG),
    (
        r"\bdeserves? (?:a beating|a bullet|a slap|to (?:be|get) (?:shot|hurt|beaten|punched"
        r"|killed|slapped)|to die)\b",
        _STRONG,
    ),
    (
        r"\b(?:be|show up|turn up|wait|come) (?:at|to) your (?:front desk|office|door|house|home"
        r"|desk|building|hq)\b",
        _WEAK,
    ),
    (r"\ba (?:little |nice )?surprise for you\b", _WEAK),
    (r"\bwatch yourself\b", _WEAK),
    (r"\bsleep with one eye open\b", _STRONG),
    (r"\bput a (?:bullet|knife|hole) in\b", _STRONG),
    (
        r"\byou(?:'ll| will| are going to| gonna)? (?:end up|get|be) (?:hurt|dead|killed|beaten"
        r"|in (?:a|the) hospital)\b",
        _STRONG,
    ),
    (r"\b(?:make sure you|you'll|you will) (?:personally )?regret\b", _WEAK),
    (r"\bmake sure you personally\b", _STRONG),
    (
        r"\bmake sure (?:you|u) (?:never|can't|won't|will never) (?:walk|see|work|talk|eat"
        r"|sleep)\b",
        _STRONG,
    ),
    (r"\b(?:what's|what is) coming to (?:you|u)\b", _STRONG),
    (r"\bget what(?:'s| is) coming\b", _STRONG),
    (r"\bdeserve what(?:'s| is) coming\b", _STRONG),
    (r"\bdeliver it myself\b", _STRONG),
    (r"\bsee what happens (?:to you|to your|when i)\b|\b(?:and|or) see what happens\b", _STRONG),
    (
        r"\b(?:break|smash|snap|crack)\b[^.?!]{0,20}\b(?:your|ur) (?:neck|legs|face|bones|jaw|arms"
        r"|nose|body|skull|head|teeth)\b|\b(?:fist|foot|boot|knee) (?:through|in|into) (?:your|ur)"
        r" (?:face|head|teeth|mouth)\b|\bput (?:you|u) in (?:the|a) (?:hospital|ground|grave"
        r"|ambulance|wheelchair|morgue)\b|\bwith (?:you|u) (?:in it|inside)\b",
        _STRONG,
    ),
    (
        r"\b(?:hurt|kill|shoot|stab|beat|punch|strangle|murder|slap|smash|choke|attack|hit|bash"
        r"|kick|break|slit|cut) (?:you|u|someone|somebody|everyone|all of you|your (?!own)\w+"
        r"|whoever|the (?:person|guy|people|idiot|moron) (?:who|that)"
        r"|you people|people|him|her|them|the agent|every one of you|an agent|y'all)\b"
        r"(?! (?:a|an|some|off|back|slack|in on)\b)",
        _STRONG,
    ),
    (r"\bbeat the (?:shit|crap|hell|expletive) out of\b", _STRONG),
    (
        r"\b(?:burn|blow up|bomb|torch|shoot up|trash|smash up|wreck) (?:down )?(?:your|the|that)"
        r"(?: little| whole| stupid| fucking)? (?:office|offices|hq|headquarters|building|house"
        r"|home|place|car)\b",
        _STRONG,
    ),
    (r"\b(?:burn|blow|smash) (?:it|the place|your office|the office) (?:down|up)\b", _STRONG),
    (r"\bto the ground\b", _WEAK),
    (
        r"\bwith (?:a|my) (?:bat|baseball bat|gun|knife|crowbar|hammer|machete|axe|rifle|pistol"
        r"|shotgun|revolver)\b",
        _WEAK,  # "with a knife" alone is no threat ("I'm in the bathtub with a knife")
    ),
    (
        r"\b(?:pray|hope) (?:that )?(?:we|i) (?:never|don't) (?:meet|run into each other"
        r"|cross paths)\b",
        _STRONG,
    ),
    (r"\bif (?:we|i) ever (?:meet|see you|run into you)\b|\bmeet (?:you )?in person\b", _WEAK),
    (
        r"\b(?:people like you|you people|your kind|you all|all of you|y'all|you) (?:should"
        r"|deserve to|need to|ought to|must) (?:all )?(?:be|get) (?:shot|killed|hanged|hung|beaten"
        r"|stabbed|lined up|put down|hurt|burned|strangled)\b",
        _STRONG,
    ),
    (r"\b(?:pay|paying) (?:your|the) (?:office|hq|headquarters|house|home) a visit\b", _STRONG),
    (
        r"\b(?:come|coming|show up|turn up|go|going|drive) (?:down |over |round )?(?:to|at) "
        r"(?:your|the)(?: [a-z]+)? (?:office|hq|headquarters|house|home|building)\b",
        _WEAK,
    ),
    (r"\bwith (?:some|my|a few) (?:friends|boys|guys|mates|brothers|cousins)\b", _WEAK),
    (
        r"\b(?:someone|somebody|people|you|y'all|your \w+)(?:'s| is| are| will|'ll)? (?:going to "
        r"|gonna )?(?:get|getting|be) (?:hurt|killed|shot|stabbed|beaten)\b",
        _STRONG,
    ),
    (r"\bpay (?:you|u|y'all) a (?:little |nice |personal )?visit\b", _STRONG),
    (r"\bfind (?:out )?(?:your|ur) (?:home |real )?address\b", _STRONG),
    (r"\b(?:won't|will not) be pleasant\b", _WEAK),
    (r"\byou'll see me\b", _WEAK),
    (r"\b(?:waiting|wait) (?:for you )?(?:outside|in the parking|at your)\b", _STRONG),
    (r"\bwhen your shift ends\b", _STRONG),
    (r"\b(?:parking lot|parking garage|car park) at night\b", _STRONG),
    (r"\bwho walks out\b", _STRONG),
    (r"\bmake (?:you|u) pay\b(?! (?:me|for my|the|back|what)\b)", _STRONG),
    (r"\byour days are numbered\b", _STRONG),
    (r"\byou(?:'re| are) (?:dead|dead meat|a dead man|finished)\b", _STRONG),
    (r"\b(?:i'll|i will) (?:end|destroy|ruin|break) you\b", _STRONG),
    (r"\bi hope you (?:die|get hurt|burn|get cancer|rot|suffer)\b", _STRONG),
    (r"\b(?:love|like) to see you (?:get|suffer|hurt|die)\b", _STRONG),
    (r"\bi know (?:which|what) (?:city|office|building|town) you\b", _STRONG),
    (r"\bthink about that before\b", _WEAK),
    (r"\bi'm serious\b|\bthat's not a joke\b|\bnot a joke\b|\bi mean it\b", _WEAK),
    # The languages users switch into: "I'll kill you", "I'll find you", "I know where you
    # live" and "... where your office is", accents folded.
    (
        r"\b(?:te|los|las|les) (?:voy|vamos|va|van) a (?:matar|partir la cara|romper la cara"
        r"|reventar|madrear|golpear|buscar|encontrar)\b|\bte (?:mato|parto la cara|rompo la cara"
        r"|reviento|madreo)\b|\bte espero (?:afuera|a la salida)\b"
        r"|\bse donde (?:vives|trabajas|(?:esta|queda) (?:tu|su|la) oficina)\b",
        _STRONG,
    ),
    (
        r"\b(?:vou|vamos|vai|vao) te (?:matar|pegar|achar|encontrar|quebrar|bater|arrebentar"
        r"|cacar)\b|\bte (?:mato|quebro|arrebento)\b|\bsei onde (?:voce|vc|tu) (?:mora|trabalha)"
        r"\b|\bsei onde fica (?:o|a|seu|sua|teu|tua) (?:escritorio|empresa|sede)\b",
        _STRONG,
    ),
    (
        r"\b(?:je vais|on va) (?:te|vous) (?:tuer|buter|retrouver|trouver|casser la gueule"
        r"|defoncer|frapper|crever)\b|\bje (?:te|vous) (?:tue|bute|retrouve|defonce)\b"
        r"|\bje sais ou (?:tu|vous) (?:habites?|habitez|travailles?|travaillez)\b"
        r"|\bje sais ou (?:se trouve|est) (?:ton|votre|le) bureau\b",
        _STRONG,
    ),
    (
        r"\b(?:tujhe|tumhe|tujhko|tumko|aapko) (?:jaan se )?(?:maar|mar) (?:dunga|doonga"
        r"|dalunga|daalunga|denge|dalenge)\b|\bgoli maar (?:dunga|doonga|denge)\b"
        r"|\b(?:chhodunga|chodunga|chhodenge|chodenge) (?:nahi|nahin)\b"
        r"|\b(?:tujhe|tumhe|tujhko|tumko) dekh lunga\b|\bjaan se (?:maar|mar) (?:dunga|doonga"
        r"|dalunga|daalunga|denge|dalenge)\b",
        _STRONG,
    ),
    (
        r"\bpapatayin (?:kita|ko kayo|kayo)\b|\b(?:babanatan|bubugbugin|sasaktan|hahanapin"
        r"|aabangan) (?:kita|kayo)\b|\bpatay ka sa(?:kin| akin)\b"
        r"|\balam ko (?:kung )?(?:saan|san) (?:ka|kayo) (?:nakatira|nagtatrabaho)\b",
        _STRONG,
    ),
    (
        r"\b(?:gue|gw|gua|aku|saya) (?:bunuh|hajar|habisin|datengin|datangi|pukul|gebukin)"
        r" (?:lo|lu|loe|elo|kamu|kau|anda|kalian)\b|\b(?:gue|gw|gua|aku|saya) (?:tahu|tau)"
        r" (?:rumah|kantor|alamat) (?:lo|lu|loe|elo|kamu|kau|anda|kalian)\b",
        _STRONG,
    ),
    (
        r"\bich (?:bring|bringe|mach|mache) (?:dich|euch) (?:um|fertig|kalt)\b"
        r"|\bich weiss ,? wo (?:du|ihr) (?:wohnst|wohnt|arbeitest|arbeitet)\b"
        r"|\bti (?:ammazzo|uccido|spacco la faccia|vengo a prendere)\b"
        r"|\bso dove (?:abiti|lavori|vivi)\b",
        _STRONG,
    ),
    (
        r"\bseni (?:oldururum|oldurecegim|gebertirim|bulurum|bulacagim|doverim|dovecegim)\b"
        r"|\b(?:zabije|zajebie|znajde|dorwe|pobije) (?:cie|was|ciebie)\b"
        r"|\bwiem ,? gdzie (?:mieszkasz|pracujesz)\b|\b(?:nitakuua|nitakupiga|nitakutafuta"
        r"|tutakuua)\b|\b(?:ha2tolak|hat2tolak|a2tolak|haktolak)\b"
        r"|\b(?:you )?(?:tebya|vas) (?:ub'yu|ubyu|naydu|naidu|zarezhu)\b"
        r"|\bznayu ,? gde (?:ty|vy) (?:zhivesh|zhivete|rabotaesh)\b",
        _STRONG,
    ),
    # Waiting outside, burning the office, "you'll regret it", "you'll see" in those languages.
    (
        r"\b(?:te (?:voy a estar )?esper(?:o|ando)|te pego|te pegar|tunggu (?:lo|lu|kamu|kau)"
        r"|aabangan kita|bahar milna|warte auf dich|ti aspetto) (?:afuera|fuera|a la salida"
        r"|na saida|di (?:depan|luar|parkiran)|sa labas|draussen|fuori)\b",
        _STRONG,
    ),
    (
        r"\b(?:aag laga (?:dunga|denge|doonga)|(?:gw|gue|aku|saya) bakar|quemo (?:tu|su|la)"
        r" oficina|queimo (?:o|seu|teu) escritorio|incendio|brucio (?:il|l'|vostro)"
        r"|ofisinizi? yakarim|podpale)\b",
        _STRONG,
    ),
    (
        r"\b(?:te vas a arrepentir|vas a ver|vai se arrepender|vai ver|tu vas le regretter"
        r"|tu vas voir|pachtaoge|pachtaaoge|dekh lena|magsisisi ka|humanda ka|awas (?:lo|lu|kamu)"
        r"|nyesel (?:lo|lu|kamu)|du wirst es bereuen|te ne pentirai|vedrai cosa|pisman olursun"
        r"|pozaluesz|pozhaleesh|utajuta)\b",
        _WEAK,
    ),
    (
        r"\b(?:vou atras de (?:vc|voce|voces|vcs|ti)|voy por ti|voy a ir por ti|je viens te"
        r" chercher|dhoondh (?:ke|kar) (?:maarunga|maar dunga)|(?:gw|gue|aku) cari (?:lo|lu|kamu)"
        r"|hahanapin kita|babalikan kita|ich finde dich|ti trovo|quando ti trovo|seni bulacagim"
        r"|naydu (?:tebya|vas)|razberus s (?:toboy|vami))\b",
        _STRONG,
    ),
    # Harm to the body in those languages: "haath tod dunga", "kafani kiracagim", "7aksar
    # rasak", "patahin leher lo", "nitakuvunja meno", "te casse les dents", "levar um tiro".
    (
        r"\b(?:haath|hath|haddi|haddiyan|taang|tangein|munh|muh|sar|sir|daant|gardan|jabda)"
        r" (?:tod|tor|phod|fod|todh)(?: ke| kar)? (?:dunga|doonga|denge|dalunga|daalunga|du ga)\b"
        r"|\b(?:tod|tor|phod|fod) (?:dunga|doonga|denge) (?:tera|teri|tere|tumhara|tumhari"
        r"|tumhare)\b|\bgoli (?:maar|mar) (?:deni|dena|deni hi) (?:chahiye|chahie)\b"
        r"|\b(?:ghar se|(?:tumhe|tujhe|tumko|tujhko) ghar se|(?:tumhe|tujhe|tumko|tujhko)) utha"
        r" (?:lenge|lunga)\b|\buthwa (?:lunga|denge|dunga)\b|\bjala (?:dunga|denge|doonga"
        r"|dalunga)\b|\b(?:aa|aake|aa ke|aa kar|aakar) (?:tujhe |tumhe )?(?:dekh lunga"
        r"|dekh lenge|sabaq sikhaunga|sabak sikhaunga|sabak sikha dunga|maarunga|marunga)\b"
        r"|\b(?:tumhe|tujhe|tumko|tujhko) (?:sabaq|sabak) (?:sikhaunga|sikha dunga|sikhayenge)\b",
        _STRONG,
    ),
    (
        r"\b(?:kafani|kafanizi|kafasini|agzini|burnunu|dislerini|disini|bacagini|bacaklarini"
        r"|kolunu|kollarini) (?:kir|kirar|kiracag|kiracak|kirarim|kiracagim|dagit|dagitirim"
        r"|dagitacagim)[a-z]*\b|\b(?:hepinizi|seni|sizi) (?:dagitacagim|dagitirim|doverim"
        r"|dovecegim|gebertecegim|gebertirim|mahvedecegim)\b",
        _STRONG,
    ),
    (
        r"\b(?:la2otlak|la2tolak|ha2otlak|h2tlk|a2tlak|ha2atlak|hamawtak|hamawetak|ha2telak"
        r"|hadbahak|hadba7ak|ha3awarak)\b|\b(?:7aksar|haksar|hakassar|7akassar|aksar|ha3'abbar)"
        r" (?:rasak|rasik|wa2hak|wechak|demaghak|dma3'ak|sinanak|snanak|edak|riglak)\b",
        _STRONG,
    ),
    (
        r"\b(?:patahin|patahkan|matahin|gue patahin|gw patahin) (?:leher|kaki|tangan|gigi|kepala)"
        r" (?:lo|lu|loe|elo|kamu|kau|lo semua)\b|\b(?:gue|gw|gua|aku|saya) (?:bacok|tusuk"
        r"|tembak|gorok)\b|\b(?:bacok|tusuk|gorok) (?:lo|lu|loe|elo|kamu|kau)\b"
        r"|\bcari (?:sampe|sampai) (?:ketemu|dapet|dapat)\b",
        _STRONG,
    ),
    (
        r"\b(?:nitakuvunja|tutakuvunja|nitakuvunjavunja|nitakuchoma|nitakuchinja|nitakudunga)\b"
        r"|\b(?:nitakushughulikia|tutakushughulikia|kukushughulikia|nitakufundisha adabu)\b",
        _STRONG,
    ),
    (
        r"\b(?:babasagin|basagin|wawasakin|sasapakin|uupakan|sasaksakin) (?:ko |ko ang |ko yung )?"
        r"(?:mukha mo|ulo mo|kita|kayo)\b|\bmay (?:masasaktan|mamamatay|masasaktan talaga)\b"
        r"|\b(?:pag|kapag|kung) (?:nakita kita|makita kita|nagkita tayo)\b",
        _STRONG,
    ),
    (
        r"\b(?:casse|casser|peter|defoncer|exploser) (?:les dents|la gueule|la tete|la figure"
        r"|les jambes)\b|\bca va (?:mal finir|mal se passer) pour (?:toi|vous)\b"
        r"|\btu vas avoir des problemes\b",
        _STRONG,
    ),
    (
        r"\b(?:levar|levarem|tomar|meter) (?:um )?(?:tiro|bala|facada)\b|\b(?:te|vc|voce)"
        r" (?:dar|dou|meto) (?:um )?(?:tiro|facada|porrada)\b|\bmando (?:uns|uns caras|os caras"
        r"|gente|alguem) (?:ai|la|no|na|pra)\b",
        _STRONG,
    ),
    (
        r"\b(?:ojala|espero que) te (?:pase algo|maten|pase algo malo|atropellen)\b"
        r"|\bque te pase algo\b|\bte (?:voy a )?(?:partir|romper) (?:la madre|la cara|el hocico"
        r"|la boca)\b|\bte (?:parto|rompo) (?:la madre|el hocico|la boca)\b",
        _STRONG,
    ),
    # Knowing the agent's name or where the office is, as in English ("I know your name"):
    # "tengo tu nombre", "j'ai ton nom", "adini soyadini aldim", "nina jina lako", "ma3aya
    # esmak", "tau nama lo", "alam ko pangalan mo", "naam note kar liya", "je sais ou sont vos
    # bureaux", "ana 3aref maktabkom fein", "najua ofisi yenu".
    (
        r"\b(?:tengo|ya tengo|se) tu (?:nombre|direccion|foto)\b|\bya se como te llamas\b"
        r"|\b(?:tenho|sei) (?:o )?(?:seu|teu) (?:nome|endereco)\b|\b(?:j'ai|je connais)"
        r" (?:ton|votre) (?:nom|prenom|adresse)\b|\b(?:adini|ismini|adresini|evini)"
        r" (?:soyadini )?(?:aldim|biliyorum|buldum|ogrendim)\b|\b(?:nina|najua|nimepata)"
        r" (?:jina|anwani) (?:lako|lenu)\b|\b(?:ma3aya|3aref|3arfa|3ereft) (?:esmak|ismak"
        r"|esmik|3enwanak|betak)\b|\b(?:tau|tahu|udah tau|udah tahu) (?:nama|alamat|rumah)"
        r" (?:lengkap )?(?:lo|lu|loe|elo|kamu|kau)\b|\b(?:alam ko|nalaman ko)(?: na)?(?: ang)?"
        r" (?:pangalan|address|bahay) mo\b|\b(?:naam|address|ghar) (?:note kar liya|pata"
        r" kar liya|mil gaya)\b|\b(?:tumhara|tera|tumhari|aapka) (?:naam|address|ghar)"
        r" (?:note kar liya|pata hai|mil gaya)\b|\bich (?:kenn|kenne|weiss) (?:jetzt )?"
        r"(?:deinen|ihren) (?:namen|vornamen)\b",
        _STRONG,
    ),
    (
        r"\bje sais ou (?:sont|se trouvent?|est) (?:vos|votre|tes|ton) (?:bureaux|bureau|locaux)"
        r"\b|\b(?:3aref|3arfa|3ereft) (?:maktabkom|maktabak|sherketkom|el maktab)\b"
        r"|\bnajua ofisi (?:yenu|yako)\b|\balam ko (?:kung )?(?:saan|san) (?:ang )?opisina"
        r" (?:nyo|mo|ninyo)\b|\bpata hai (?:tum|tu|aap) (?:kahan|kaha) (?:ho|hai|rehte)\b"
        r"|\b(?:tera|tumhara|aapka) office (?:kahan|kaha) hai\b|\bsei onde (?:fica|e)"
        r" (?:o escritorio|a empresa) de (?:vcs|voces)\b|\bse donde (?:estan|quedan) (?:sus"
        r"|las) oficinas\b|\b(?:ofisinizi|ofisinizin yerini) biliyorum\b",
        _STRONG,
    ),
    # Weak cues in those languages, a threat only two together (or with a strong one): after
    # work, outside, "watch out", "you'll see", a weapon, "with my friends", "I'm not joking".
    (
        r"\b(?:cuando salgas del trabajo|saliendo del trabajo|a la salida del trabajo|quando"
        r" (?:vc |voce )?sair do trabalho|quand tu sortiras du (?:boulot|travail)|a la sortie du"
        r" (?:boulot|travail)|isten cikinca|isten ciktiginda|mesai bitince|ukitoka kazini"
        r"|ukitoka ofisini|paglabas mo(?: ng trabaho| ng office)?|pas (?:lo|lu|kamu) pulang"
        r"(?: kerja)?|ba3d el shoghl|ba3d el sho3'l|shift khatam hone ke baad|chhutti ke baad"
        r"|chutti ke baad|duty ke baad)\b",
        _WEAK,
    ),
    (
        r"\b(?:cuidate(?: la espalda)?|cuida tu espalda|ten cuidado|cuidado quando|toma cuidado"
        r"|fais gaffe a toi|fais attention a toi|gare a toi|dikkat et|dikkatli ol|arkana dikkat"
        r"|arkani kolla|uwe mwangalifu|kuwa mwangalifu|jihadhari|hati hati lo|pass gut auf"
        r"|pass auf dich auf|sambhal ke rehna|bach ke rehna|khayal rakhna apna|hisaab karenge"
        r"|hisaab barabar|phir batata (?:hun|hoon|hu)|phir dekhna|hindi kita tatantanan"
        r"|humanda kayo|to de olho em (?:vc|voce|vcs|ti)|estou de olho em (?:vc|voce)"
        r"|ya te encontre|te encontre en|7atshoof|hatshoof|hatshofo|7atshofo|hatshoofo"
        r"|disarida gorusuruz|disarda gorusuruz|o zaman bakalim)\b",
        _WEAK,
    ),
    (
        r"\b(?:bahar milo|bahar mil|bahar milna|bahar aa|7astanak|hastanak|ha2stanak|7astanakom"
        r"|abangan mo ko|tunggu (?:aja |saja )?di (?:parkiran|depan|luar)|je vais venir|devant"
        r" (?:vos|tes|votre) (?:bureaux|bureau)|me presento (?:alla|ahi|en tu oficina|en sus"
        r" oficinas)|pupuntahan (?:kita|ko kayo)|nitakuja (?:huko|ofisini)|hagilak|hagilkom"
        r"|hageelak|7agilak|ofisinize gelip|ofisinize gelecegim|ofise gelip)\b",
        _WEAK,
    ),
    (
        r"\b(?:con un (?:bate|palo|machete|cuchillo|arma|fierro)|com (?:um|uma) (?:taco|faca"
        r"|arma|revolver)|avec (?:une|un) (?:batte|couteau|flingue|arme)|na (?:panga|rungu"
        r"|bunduki|kisu)|avec mes potes|con mis amigos|com (?:uns|meus) (?:caras|amigos|parceiros)"
        r"|no estoy jugando|no es broma|lo digo en serio|nao estou brincando|nao to brincando"
        r"|je rigole pas|je plaisante pas|khuda ki qasam|bhagwan ki kasam|wallahi|walahi"
        r"|wallah|sumpah|promise ko|yemin ederim)\b",
        _WEAK,
    ),
    # More of them: knowing where the agent works or lives or their name ("sabe onde voces
    # trabalham", "ich weiss, wo euer Buro ist", "gue udah pegang alamat kantor kalian", "evine
    # kadar gelirim", "ich hab deinen Namen", "averiguo tu apellido"), harm to the body or the
    # office ("haddi pasli ek kar dunga", "nitakuchapa", "sahi salamat wapas nahi jayega",
    # "bensin sama korek").
    (
        r"\b(?:sei|sabe|sabemos|sabem) onde (?:voce|voces|vc|vcs|tu) (?:mora|moram|moras"
        r"|trabalha|trabalham|trabalhas)\b|\bich weiss ,? wo (?:euer|eure|dein|deine|ihr|ihre)"
        r" (?:buro|firma|office|haus|wohnung|laden)\b|\b(?:pegang|punya|dapet|dapat|tau|tahu)"
        r" alamat (?:kantor |rumah )?(?:lo|lu|loe|elo|kamu|kau|kalian|anda)\b|\b(?:nemuin"
        r"|nemu|nyari|datengin|datangin) (?:rumah|kantor) (?:lo|lu|loe|elo|kamu|kalian)\b"
        r"|\bevine (?:kadar )?(?:gelirim|gelecegim|gidecegim)\b|\bkapina (?:kadar )?gelirim\b"
        r"|\bich (?:hab|habe) (?:jetzt )?(?:deinen|ihren) (?:namen|vornamen|nachnamen|adresse)"
        r"(?= [.,!?]|$)"
        r"|\b(?:averiguo|averigue|averiguar|consigo|busco) tu (?:apellido|nombre|direccion)\b"
        r"|\b(?:yjibouli|yjibuli|jibli|yjibli|bjib) (?:3inwenak|3enwanak|3nwanak|3onwanak)\b",
        _STRONG,
    ),
    (
        r"\bhaddi pasli (?:ek )?kar (?:dunga|doonga|denge|dalunga)\b|\bsahi salamat (?:wapas )?"
        r"(?:nahi|nahin) (?:jayega|jaoge|jaega|jayenge)\b|\b(?:nitakuchapa|tutakuchapa"
        r"|nitakupiga mpaka|nikikupata)\b|\bbensin (?:sama|dan|ama) korek\b|\b(?:vas a ver"
        r"|veras|ya veras) lo que te (?:pasa|va a pasar)\b|\bwird'?s ungemutlich\b",
        _STRONG,
    ),
    # Weak cues, a threat only two together: people the user knows near the agent ("tenho um
    # primo em SP que resolve", "gue punya orang di", "marami akong kakilala sa", "one of them
    # knows you"), the agent's family or photos found ("tu tens filhos", "nice family pics",
    # "picha zako na familia", "profile picture save kar li"), and veiled warnings ("the world
    # is small", "rahat uyuma", "te ne accorgi", "just wait", "yaad rakhna").
    (
        r"\b(?:tenho|tengo|tienes|temos) (?:um|uno|un|uns|unos) (?:primo|primos|amigo|amigos"
        r"|cara|caras|parceiro|parceiros|conocido|conocidos)\b[^.?!]{0,30} que (?:resolve"
        r"|resuelve|resolvem|resuelven)\b|\b(?:gue|gw|aku|saya) punya (?:orang|anak buah|temen)"
        r" di\b|\bmarami (?:akong|kaming) kakilala\b|\b(?:one of them|someone|somebody|people)"
        r" (?:i know )?(?:knows|know) you\b|\bfi nas bi2daro\b|\b(?:ho|hai) trovato il tuo"
        r" (?:profilo|indirizzo|nome)\b|\bnimekufuatilia\b|\b(?:picture|pic|photo|photos"
        r"|tasveer|tasveerein) save kar (?:li|liya|liye)\b",
        _WEAK,
    ),
    (
        r"\b(?:tu tens|voce tem|vc tem|tienes|tu as|hai) (?:filhos|hijos|des enfants|figli"
        r"|familia|famiglia)\b|\bfamily (?:pics|photos|pictures)\b|\bpicha zako na familia\b"
        r"|\b(?:the world is small|small world|o mundo e pequeno|el mundo es pequeno|le monde est"
        r" petit|dunya kucuk|il mondo e piccolo)\b|\brahat uyuma\b|\bte ne accorgi\b"
        r"|\bfarmi giustizia da solo\b|\be meglio per tutti\b|\b(?:just wait|wait and see"
        r"|no joke)\b|\byaad rakhna\b|\blikh ke rakh lo\b|\bnot the forgiving type"
        r"\b|\bnao me esqueco de caras\b|\bkomme ich vorbei\b|\bwenn du feierabend machst\b"
        r"|\bmil ke (?:jaaye|jaye|jana)\b|\b(?:kimse|kim olursa|hepinizi|sizi) bulacagim\b"
        r"|\bw shouf\b|\bnaam aur shakal\b|\bma (?:ra7|rah|rat) (?:tel7agoon|tel7ago)\b",
        _WEAK,
    ),
    # Veiled threats that name no harm: the agent's face or looks ("would be a shame if
    # something happened to that face", "I know what you look like"), a list the agent is on,
    # people who know where the office is, finding out where the agent lives ("vou descobrir
    # onde voce mora"); and, weak alone, the agent's social profiles found (brands have them
    # too), one's people reaching the office ("mere log tumhare office tak") and leaving work
    # watched ("stai attento quando esci dall'ufficio", "pass bloss auf", "abangan mo ako sa
    # labas", "let's see how brave you are").
    (
        r"\b(?:would|it'd|it would) be a (?:real )?shame if (?:something|anything)"
        r" (?:happened|happens|were to happen)\b|\bi know what (?:you|u) look like\b"
        r"|\b(?:you're|you are|ur|your name is|you're now) on my list\b"
        r"|\bknow where (?:the|your)(?: [a-z]+)? (?:office|offices|hq|headquarters"
        r"|building|support center|support centre|call center) is\b|\b(?:vou|vamos) descobrir"
        r" onde (?:voce|vc|tu) (?:mora|moras|trabalha|trabalhas)\b|\b(?:voy a|vamos a)"
        r" (?:averiguar|descubrir|encontrar) donde (?:vives|trabajas)\b|\b(?:je vais|on va)"
        r" (?:trouver|savoir) ou (?:tu|vous) (?:habites?|habitez|travailles?|travaillez)\b",
        _STRONG,
    ),
    (
        r"\b(?:mere|hamare|apne) (?:log|bande|aadmi|dost) (?:tumhare|tere|aapke|tumhari|teri)"
        r" (?:office|ghar|daftar)\b|\bquando esci (?:dall'ufficio|dal lavoro|dall'ufficio)\b"
        r"|\bstai attento\b|\bpass (?:bloss|blos|lieber) auf\b|\bwenn du (?:heute |morgen )?"
        r"feierabend (?:machst|hast)\b|\babangan mo (?:ako|ko)\b|\bsa labas ng (?:opisina"
        r"|office)\b|\b(?:let's )?see how (?:brave|tough|funny) (?:you are|you'll be)\b"
        r"|\b(?:coming|come|i'm coming|driving) (?:down|over|round) (?:there|to you)\b"
        r"|\bghadi (?:tchouf|tchoufi|t3ref)\b|\b(?:ila|la) (?:l9itek|9ritek|chaftek|chftek)\b"
        r"|\b(?:cute|nice) (?:dog|cat|kids|family|house|car)\b|\bi (?:found|looked up|know|saw)"
        r" (?:your|ur) (?:instagram|insta|facebook|linkedin|tiktok|twitter|socials)\b",
        _WEAK,
    ),
)
_THREATS: tuple[tuple[re.Pattern[str], bool], ...] = tuple(
    (re.compile(pattern), strong) for pattern, strong in _THREAT_RULES
)
_BOOSTERS = re.compile(r"i'm serious|not a joke|i mean it|think about that")

# ---------------------------------------------------------------------------------------------
# Self-harm.

_SELF = r"(?:myself|my self|me self)"
# Self-harm said plainly in more of the marketplace's languages (accents folded: Turkish
# "ölmek" reads "olmek", German "Brücke" reads "brucke"): Turkish, Swahili, German, Italian, and
# more Arabic in Latin letters, Tagalog and Indonesian phrasings. Figures of speech that share the
# words ("ölmek üzereyim yorgunluktan", "ich mach Schluss für heute", "meglio morire che ...")
# are kept out by the words around them.
_RISK_MORE_LANGUAGES: tuple[str, ...] = (
    # Turkish: killing oneself, not wanting to live, "if I died who would care", wishing not
    # to have woken, "they'd be better off without me", a burden, where to jump from, "I won't
    # see Monday"
    r"\b(?:kendimi (?:oldur\w*|asa\w*|asmak\w*|atacag\w*|atmak\w*)|intihar (?:ed\w*|etmek\w*"
    r"|etmeyi\w*|etmey\w*|dusun\w*)|olmek (?:isti\w*|ist\w*)|olsem (?:kimin umurunda|daha iyi"
    r"|kimse|kim)|yasamak istemi\w*|(?:bu )?hayata devam (?:etmeyecegim|etmek istemiyorum"
    r"|edemeyecegim|edemem)|keske(?: \w+){0,3} (?:uyanmasaydim|uyanmasam|olsem|olseydim"
    r"|hic dogmasaydim|dogmasaydim)|bensiz (?:daha )?(?:rahat|iyi|mutlu|huzurlu)|yuk oldum"
    r"|yukten baska|(?:hangi kattan|kopruden|catidan|balkondan) atla\w*"
    r"|vebalim (?:boynunuza|sizin|size)|(?:pazartesi|yarin|sabah|haftaya|ay sonu)\S*"
    r" (?:gormeyecegim|goremeyecegim))\b",
    # Swahili: "nataka kufa", "nitajiua", "sitaki kuishi", "nimechoka kuishi / kupumua",
    # "watakuwa bora bila mimi", "mimi ni mzigo", goodbye letters, one's own death, a will
    r"\b(?:(?:nataka|ninataka|natamani|ningependa) (?:kufa|kujiua)"
    r"|(?<!kuzuia )(?<!kuhusu )(?<!dhidi ya )kujiua|nitajiua|nijiue"
    r"|najiua|sitaki (?:kuishi|kuendelea kuishi|kuamka)|nimechoka (?:kuishi|kupumua|maisha)"
    r"|(?:watakuwa|wangekuwa|watakua|watakaa) (?:\w+ )?bora bila mimi|bora bila mimi"
    r"|mimi ni mzigo|(?:barua|ujumbe|jumbe) (?:za|wa) kuaga|kifo changu|(?:nimeandika|nimeshaandika"
    r"|nimeacha) wosia|bora nife|heri nife"
    r"|(?:ziwani|mtoni|baharini|darajani|relini)\b[^.?!]{0,30}\bsitarudi)\b",
    # German: "mich umbringen", "mir das Leben nehmen", "mach ich Schluss" (not "mit dir",
    # not "für heute"), suicide, not being there any more, farewell letters, "better off
    # without me", how to do it fastest
    r"\b(?:mich (?:umbringen|umbringe|umbring|toten)|bring(?:e)? mich um|mir das leben (?:zu )?"
    r"(?:nehmen|nehme)|(?<!fur heute )(?<!fur heut )mach(?:e)? (?:ich )?schluss(?= [.?!,]|$)"
    r"|(?:selbstmord|suizid)(?:gedanken|al|ale|alen|aler|versuch)?\b"
    r"|(?:wenn|sobald|falls) ich nicht mehr (?:da|hier|am leben) bin"
    r"|nicht mehr (?:leben|aufwachen) (?:will|mochte)|abschiedsbrief\w*|(?:briefe?|zeilen) an"
    r" meine (?:kinder|mutter|frau|familie|eltern|tochter|sohne|mann|schwester)"
    r"|(?:besser|leichter|glucklicher) (?:dran )?ohne mich|ohne mich (?:besser|leichter)"
    r"|lebensmude|wie man (?:es )?am (?:schnellsten|einfachsten|sichersten) (?:macht|tut"
    r"|stirbt)|(?:will|mochte) (?:einfach )?(?:sterben|tot sein|nicht mehr sein))\b",
    # Italian: killing oneself, taking one's life, "non ci sarò più", not wanting to live,
    # "better off without me", a will or farewell letters
    r"\b(?:ammazzarmi|mi ammazzo|togliermi la vita|mi tolgo la vita|suicidarmi|mi suicido"
    r"|non ci saro piu|non voglio (?:piu )?vivere|stanc[oa] di vivere|(?:sarebbero|starebbero"
    r"|starete|stareste|saranno|staranno) meglio senza di me|meglio senza di me"
    r"|(?:ho fatto|ho scritto|ho preparato) (?:il |un )?testamento|letter[ae] d'addio"
    r"|la faccio finita|voglio (?:sparire|morire)|(?:meglio|preferisco) morire(?! che\b)"
    r"|prendetevi (?:pure )?(?:anche )?la mia vita)\b",
    # Arabic in Latin letters: not wanting to live (Gulf and Egyptian), nobody would miss me,
    # a will written, swallowing the whole box of medicine
    r"\b(?:(?:ma|mesh|mish|mush|la) (?:abi|abgha|abghi|3ayez|3ayz|biddi|bedde|baddi) a?3(?:ee|i)sh"
    r"|ma (?:7ada|7ad|had|7adan) (?:ra7 |rat |hay |7ay |ha )?(?:yfta2edni|yefte2edni|yeft2edni"
    r"|yifta2idni|yesta2ni|yes2al 3alaya)|katabt (?:el )?(?:wasiyya|wasiya|wasiyti)"
    r"|(?:abla3|hable3|ha-abla3|bala3t) (?:3elbet|3elba|kol|kull|koll) (?:el )?(?:dawa|7obob"
    r"|hobob|habbayat))\b",
    # Tagalog: wishing to be run over, stockpiled medicine, "I won't last", no use in waking
    r"\b(?:sana (?:masagasaan|mabangga|mamatay|mawala|hindi na magising) na (?:lang )?ako"
    r"|nag ?ipon (?:na )?(?:ako )?(?:ng )?(?:mga )?(?:gamot|pills|tableta|sleeping pills)"
    r"|hindi na ako (?:magtatagal|tatagal)|ano pa (?:ang )?silbi ng (?:paggising|buhay|pagbuhay"
    r"|pamumuhay) ko)\b",
    # one's death blamed on the support: "if I die it's your fault", "kalau aku mati, itu salah
    # kalian", "wenn ich mich umbringe ... eure Schuld"
    r"\b(?:if i (?:die|kill myself)|kalau (?:aku|saya|gue|gw) mati|kalo (?:aku|saya|gue|gw) mati"
    r"|si me (?:muero|mato)|se eu (?:morrer|me matar)|si je (?:meurs|me tue)|agar (?:main )?mar"
    r" (?:gaya|gayi|jaun\w*)|olursem|nikifa|nikijiua|wenn ich (?:sterbe|mich umbringe)"
    r"|se (?:muoio|mi ammazzo)|iza (?:mett|mot))\b[^.?!]{0,40}\b(?:your fault|on you|salah"
    r" (?:kalian|kamu|lu|anda)|culpa (?:suya|vuestra|de ustedes|tuya)|culpa de (?:voces|vcs)"
    r"|votre faute|ta faute|(?:tumhari|aapki|tum logon ki) (?:galti|ghalti)|sizin (?:sucunuz"
    r"|yuzunuzden)|kosa lenu|eure schuld|colpa vostra|colpa tua|dhanbkon|zanbkom)\b",
)
_RISK: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern)
    for pattern in (
        rf"\b(?:kill|killing|killed|hurt|hurting|harm|harming|cut|cutting|end|ending|off|offing"
        rf"|hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|starve|starving|stab"
        rf"|overdose|od) {_SELF}\b"
        r"(?! (?:some slack|off|laughing|in the foot|out|short|up|to sleep|a|an|some|to (?:meet|get"
        r"|finish"
        r"|make|keep|deliver|hit|please)|working|for (?:this|nothing|them|you)|over (?:this|it)"
        r")\b)",
        r"\b(?:end|ending|ended|take|taking|took|end my own) (?:my own|my) life\b"
        r"(?! (?:savings?|story|stories|'s work|work|insurance|back|in my (?:own )?hands)\b)",
        r"\b(?:end|ending) it all\b",
        r"\b(?:i'll|i will|i'm going to|i'm gonna|gonna|how i'd|how i would|about|of|thinking of"
        r"|planning to|want to|going to) (?:end|ending) it\b(?! (?:with|for|by|on|at|to|in"
        r"|early|here|there|now with|between|off)\b)",
        r"(?<!economic )(?<!political )(?<!social )(?<!career )(?<!commercial )(?<!financial )"
        r"(?<!business )(?<!electoral )(?<!is )(?<!'s )(?<!was )(?<!be )(?<!not )(?<!n't )"
        r"(?<!never )(?<!se )\bsuicid(?:e|al)\b"
        r"(?! (?:for (?:my|our|the|a) \w+|mission|squad|door|doors|run|pact"
        r"|prevention|awareness|hotline|rates?|statistics|bomb\w*)\b)",
        r"\b(?:don't|do not|dont|didn't|don't really|no longer|not sure i|not sure if i) "
        r"(?:even |really |think i |know if i )?(?:want|wanna|wish) (?:to )?(?:be alive|live|exist"
        r"|be here|wake up|go on"
        r"|be around|keep living|keep going)\b"
        r"(?! (?:in|with|on|at|near|abroad|under|off|from|out of|paycheck|here without)\b)",
        r"\b(?:don't|do not|dont|can't|cannot|can not|no longer) (?:see|find) (?:the|a|any) "
        r"(?:point|reason) (?:of|in|to|for) (?:going on|living|being alive|keep going|keeping on"
        r"|carrying on|life|continuing|staying alive|being here|it all|go on|live|keep living)\b",
        r"\bno (?:reason|point) (?:for me )?(?:to|in) (?:go on|going on|live|living|keep going"
        r"|stick around|sticking around|stay alive|be here|being here|keep living|carry on"
        r"|exist)\b",
        r"\b(?:last|only|one) reason (?:to|for) (?:keep going|keep living|live|go on|living)\b",
        r"\bwhat(?:'s| is) (?:even )?the point (?:of me|of living|of going on|of being alive"
        r"|of life"
        r"|in living)\b",
        r"\bthe point of (?:me|my life|living) anymore\b",
        r"\b(?:i|i'd|i'm|i'll|me)\b[^.?!]{0,20}\bbetter off (?:dead|if i (?:was|were|'m) "
        r"(?:dead|gone)|if i wasn't here)\b|\bbetter off without me\b",
        r"\btired of (?:being alive|living|life|existing)\b"
        r"(?! (?:in|with|on|at|near|abroad|under|off|from|out of|paycheck|here without)\b)",
        r"\bsick of (?:being alive|living|existing)\b",
        r"\bdone with (?:life|living)\b",
        r"\b(?:want|wanna|wish|wishing|hope|hoping) (?:i could |to |i'd |i would )?"
        r"(?:just )?(?:die|disappear(?! (?:from|off|for (?:a|the)|until|in)\b)|be dead|not wake up"
        r"|stop existing|not exist|never wake up|sleep forever|not be here|be gone)\b",
        r"\b(?:wish|wished) i (?:was|were|'d|had) (?:dead|never been born|died|gone)\b",
        r"\b(?:not|never) (?:to )?wake up\b",
        r"\b(?:die|dying) in my sleep\b",
        r"\b(?:to|i) (?:just )?not exist\b|\bstop existing\b",
        r"\brather be dead\b(?! than\b)",
        r"\bi(?:'m| am)? (?:won't|will not|wont|not going to|not gonna) be (?:around|here|alive)"
        r" (?:to (?!(?:take|attend|join|answer|pick|sign|approve|host|do)\b)(?![^.?!]{0,40}"
        r"\b(?:tomorrow|today|next|this (?:week|weekend|month)|monday|tuesday|wednesday|thursday"
        r"|friday|saturday|sunday|weekend|vacation|holiday|trip|travel|leave|call|meeting"
        r"|until|till)\b)|much|anymore|any more|for (?:much |very )?long|for my)\b"
        r"|\bi(?:'m| am)? (?:won't|will not|wont|not going to|not gonna) be alive\b",
        r"\b(?:when|once|after|if) i'm (?:gone|dead)\b(?! (?:for|on|next|this|until|from|to)\b)",
        r"\bif i (?:was|were|'m) (?:gone|dead)\b",
        r"\b(?:nobody|no one|noone|no-one) (?:would|will|'d|is going to|gonna) (?:even )?"
        r"(?:miss me|notice (?:if i|me|i'm|when i)|care (?:if i|about me|when i))\b",
        r"\b(?:anyone|anybody) would (?:even )?(?:notice|miss me|care) if i\b",
        r"\bthoughts? (?:of|about) (?:hurting|harming|killing|ending|cutting|suicide|dying"
        r"|not being here)\b",
        r"\bthinking (?:about|of) (?:killing myself|ending (?:it|my life|things)|suicide"
        r"|overdosing|dying|not being here|taking my (?:own )?life|jumping)\b",
        r"\b(?:keep|been|started|start) (?:thinking about |thinking of )?overdosing\b",
        r"\b(?:looking up|researching|googling|searching|looked up|searched) (?:for )?"
        r"(?:ways|how) to (?:die|kill myself|end it|end my life|overdose)\b",
        r"\bgiving away (?:my|all my) (?:stuff|things|belongings|possessions|cat|dog)\b",
        r"\b(?:suicide|goodbye|farewell|final) (?:note|letter)\b"
        r"(?! (?:to|for) (?:my |our |the )?(?:long-term |long term |regular )?(?:clients|customers"
        r"|colleagues|team|readers|followers|subscribers|buyers)\b)",
        r"\b(?:planning|planned|plan) (?:how|to|my) (?:i'd |i would |to )?"
        r"(?:end it|kill myself|die|end my life|suicide)\b",
        r"\bself[- ]?harm(?:ing)?\b",
        r"\b(?:been|started|start|keep) cutting (?:again|myself)\b",
        r"\b(?:kms|unalive|unaliving)\b",
        r"\b(?:life|living) (?:isn't|is not|isnt|ain't) worth (?:it|living)\b",
        r"\bnothing (?:left )?to live for\b",
        r"\b(?:lost|losing|no) (?:the )?will to live\b",
        r"\bjump(?:ing|ed)? (?:off|from|in front of) (?:a|the|my|this|that) (?:\w+ ){0,2}"
        r"(?:bridge|roof|building|ledge|cliff|balcony|train|bus|tower|overpass|window)\b",
        r"\b(?:can't|cannot|can not|don't think i can|do not think i can) (?:keep living"
        r"|keep going (?:much longer|anymore|like this|on like this)|go on"
        r"|go on living|live like this|keep going like this|take it anymore|do life)\b"
        r"(?! (?:with|to|until|till|without|unless|if)\b)",
        r"\bwant to be gone\b",
        r"(?<!how do )(?<!how can )(?<!how should )(?<!how would )(?<!how could )"
        r"\bi(?:'m|'ll|'d| am| will| want to| just| might| may| could)?\b[^.?!]{0,30}\b"
        r"(?:end|ending|ended) (?:it|things|everything)\b"
        r"(?! (?:with|for(?! good)|by|on|at|to|in|early|properly|correctly|cleanly|officially"
        r"|the right way|myself|here|there|between|off|today with|related)\b)",
        r"\b(?:stockpiling|stockpiled|saving|saved|saving up|hoarding|hoarded|collecting|stashing"
        r"|stashed|keeping) (?:up )?(?:my |some |the |all my |a lot of )?(?:sleeping |pain "
        r"|anxiety )?"
        r"(?:pills|tablets|meds|painkillers|medication|prescriptions?)\b"
        r"(?! (?:for (?:my|the|a trip|travel|work|later use)|in|on|at|from|to)\b)",
        r"\b(?:no|only|one|any|the) way out (?:except|but|other than|left)\b",
        r"\bway out\b[^.?!]{0,10}\b(?:except|but|other than) (?:dying|death|suicide|to die"
        r"|killing myself)\b|\b(?:no|only) (?:way out|escape|option|choice)\b[^.?!]{0,20}"
        r"\b(?:dying|death|suicide|to die)\b",
        r"\b(?:want|need|wish) (?:it all|everything|the pain|all of it|it) (?:all )?to stop"
        r" (?:forever|for good|permanently)\b|\bwant (?:it all|everything|the pain) to stop\b",
        r"\bbetter off with(?:out)? (?:me|my life insurance|the (?:life )?insurance)\b",
        r"\b(?:had|have) enough of (?:living|life|being alive|this life)\b",
        r"\b(?:i'll|i will) be gone (?:soon|by|before|tomorrow|forever)\b",
        r"\bno point in (?:anything|living|life|going on|trying|being here|me)\b",
        r"\b(?:don't|do not) deserve to (?:live|be alive|exist)\b",
        r"\b(?:final|last) words\b",
        r"\bwon't be alive (?:tomorrow|next week|by)\b",
        r"\b(?:rather|prefer to) (?:die|be dead|not be alive|not exist)\b(?! than\b)",
        r"\b(?:might as well|may as well|should just|just|wanna|want to) (?:end|ending) "
        r"(?:it|things|everything|my life)\b(?! (?:with|for(?! good)|by|on|at|to|in|here|there)\b)",
        r"\bhow (?:much|many) (?:longer|more days) i can (?:keep going|go on|hold on|live"
        r"|keep living|survive this)\b",
        r"\b(?:easier|better|want|wish|rather|prefer|just)\b[^.?!]{0,20}\bnot (?:to )?be "
        r"(?:here|around|alive)\b",
        r"\b(?:written|wrote|writing|made|updated|finished) (?:my|a) will\b|\baffairs in order\b"
        r"|\bsorted (?:out )?my (?:things|affairs|stuff) out\b",
        r"\bhow many (?:pills|tablets|sleeping pills|painkillers|\w+ pills) (?:it )?(?:takes|to"
        r"|would|will|is|are|does|do|i need|you need|i'd need)\b"
        r"|\b(?:painless|easiest|quickest|best) (?:way|ways) to (?:die|go|end it)\b",
        r"\b(?:happier|better|easier|fine) without me\b"
        r"|\ba burden (?:to|on) (?:everyone|everybody|my family|them|people|my \w+)\b",
        r"\b(?:going to|gonna|might|about to|will|i'll) do something (?:stupid|drastic|permanent"
        r"|final)\b|\bsomething permanent\b",
        r"\b(?:called|calling|call|rang|texted) (?:the |a )?(?:suicide|crisis) (?:hotline|line)\b",
        r"\b(?:letters?|notes?|messages?) to say goodbye\b",
        r"\b(?:i'm going to|i am going to|i'm gonna|i will|i'll|gonna) jump\b"
        r"(?! (?:on|at|in|into|onto|through|ship|back|the queue|ahead)\b)",
        r"\bsay(?:ing)? (?:my )?goodbyes? to (?:everyone|everybody|people|my family|my kids"
        r"|the world)\b",
        r"\b(?:done|tired|sick|hate|want|point)\b.{0,40}\bbeing alive\b",
        r"\bcan't keep living\b",
        # continuing to live, refused or questioned: "I don't see why I should keep living",
        # "tired of existing", "I dont want to do this life thing anymore", "done living"
        r"\b(?:don't|do not|can't|cannot|no longer|not sure i|why should i|why would i|tired of"
        r"|sick of|done|hate|no reason|no point|rather not|reason to)\b(?: [a-z']+){0,5} (?:keep"
        r" living|keep on living|go on living|stay alive|be alive|being alive|existing|exist"
        r"(?= anymore| any more| at all| [.?!,]|$)|be here anymore|living(?= anymore| any more"
        r"| [.?!,]|$)|live(?= anymore| any more| [.?!,]|$)|this life(?: thing)?(?= anymore"
        r"| any more))\b",
        r"\bdone (?:living|existing|being alive)\b",
        r"\b(?:wish|wishing|hope|hoping|pray|praying)\b[^.?!]{0,20}\b(?:wouldn't|won't|don't"
        r"|didn't|not|never) (?:to )?wake up\b",
        # a method, said of oneself: "walk into the sea", "drive my car into a wall"
        r"\b(?:walk|walking|wade|wading) (?:into|in front of) (?:the |a )?(?:sea|ocean|traffic"
        r"|river|lake|train|bus|truck|car)\b|\b(?:drive|driving|crash|crashing|steer) (?:my car"
        r" |the car |myself )?(?:into|off) (?:a |the )?(?:\w+ )?(?:wall|tree|truck|cliff|bridge"
        r"|river|lake|lorry|pole|barrier|road)\b|\b(?:step|stepping|throw|throwing) (?:myself )?"
        r"(?:in front of|off|under) (?:a |the )?(?:train|bus|truck|lorry|car|bridge|roof)\b"
        r"|\b(?:set|setting) myself on fire\b|\bput a bullet in my\b|\bblow my brains out\b",
        # relief for others at one's absence: "everyone would be fine if I just wasn't here"
        r"\b(?:everyone|everybody|people|they|family|the world|kids|wife|husband|parents) "
        r"(?:would|will|'d) be (?:fine|better(?: off)?|happier|ok|okay|relieved|free) (?:if|once"
        r"|when) i(?:'m| am)? (?:just )?(?:wasn't|weren't|was not|were not|was gone|were gone"
        r"|gone|died|dead|disappeared|didn't exist|wasn't around|weren't around|not here"
        r"|stopped existing|stopped living|wasn't alive|weren't alive"
        r"|not around)\b",
        # ending with permanence: "I'm going to make it all stop. For good."
        r"\b(?:make|making) (?:it|everything|this|the pain) (?:all )?stop\b"
        r"(?: [a-z'.]+){0,3} (?:for good|forever|permanently|once and for all)\b",
        r"\bwon't need (?:it|them|the money|my money|anything|the account|my account|this)"
        r" where i'm going\b|\bwhere i'm going\b[^.?!]{0,20}\bwon't need\b",
        r"\bonly (?:thing|one|reason) (?:keeping|that keeps) me (?:alive|here|going)\b"
        r"|\bonly reason i'm (?:still )?(?:alive|here)\b",
        r"\b(?:hope|wish|pray|praying|hoping) (?:that )?i (?:get|got|would get|'d get|will get)"
        r" (?:hit|run over|killed|shot|hurt|cancer|in an accident)\b",
        r"\b(?:picture|picturing|imagine|imagining|planning|plan) my (?:own )?(?:funeral|death"
        r"|grave)\b",
        r"\bsleep (?:forever|for ever|and never wake up|and not wake up)\b"
        r"|\beternal sleep\b",
        r"\b(?:i'm|i am|i'll be) gone(?= [.?!,]|$)(?: [a-z'.,]+){0,3} (?:for real|for good"
        r"|literally|forever|not like (?:leaving|quitting))\b",
        r"\b(?:last|final) (?:message|words|time)\b[^.?!]{0,20}\b(?:to )?(?:anyone|anybody"
        r"|everyone|everybody|the world)\b",
        # others not needing or missing one: "the world doesn't need me", "nobody would notice
        # if I vanished", "no one will miss me"
        r"\b(?:the world|world|anyone|anybody|nobody|no one|noone|everyone"
        r"|everybody)(?: [a-z']+){0,2} "
        r"(?:need|needs|miss|notice|care)(?:s|d)? (?:me|if i|when i|about me)\b(?! to\b)",
        r"\b(?:wouldn't|won't|will not|would not|doesn't|don't|didn't) (?:even )?(?:notice|care"
        r"|miss"
        r" me)\b[^.?!]{0,12}\bif i (?:vanished|disappeared|died|was gone|were gone|was dead)\b",
        # not lasting: "I don't see myself making it to next month", "I'm not sticking around"
        r"\b(?:don't see myself|not going to|won't|will not|don't think i'll|doubt i'll|not gonna"
        r"|i'm not|am not) (?:be )?(?:making it|make it|sticking around|stick around|be around"
        r"|last(?:ing)?|hang(?:ing)? on|hold(?:ing)? on)(?: much longer| long| to (?:next"
        r"|the end of"
        r"|christmas|my birthday|the weekend|tomorrow)| through (?:the night|this|the week)"
        r"|(?= [.?!,]|$))",
        # permanence: "ready to check out permanently", "say goodbye to everything for good"
        r"\b(?:goodbye|bye|farewell) to (?:everything|everyone|everybody|it all|life|the world"
        r"|this world)\b",
        r"\b(?:check out|go|be gone|disappear|vanish|sleep|be done|i'm done|end it)(?: [a-z'.,]+)"
        r"{0,2} (?:permanently|forever|for good|for ever|once and for all)\b"
        r"(?![^.?!]{0,30}\b(?:platform|site|app|account|contract|client|job|freelancing|upwork"
        r"|agency|business|team|office|profile|project"
        r"|company|service)\b)",
        r"\b(?:the end for me|end of the road for me|i'm done fighting|done fighting|can't fight"
        r" (?:anymore|any more|this anymore))\b",
        r"\bpoint (?:of|in) (?:waking up|getting up|going on|trying anymore|me|carrying on)\b",
        # a means or place dwelt on: "I keep thinking about the train tracks", "there's a rope in
        # my garage and I think about it a lot", "considering taking all my pills"
        r"\b(?:think|thinking|thought|keep looking|keep staring|staring|stare|picture|picturing"
        r"|considering|consider|dream|dreaming|fantasi[sz]e|fantasi[sz]ing|obsessing)\b"
        r"[^.?!]{0,30}\b(?:train tracks|the tracks|rope|noose|pills|tablets|bridge|ledge|gun"
        r"|razor|blade|jumping|taking all|overdos\w*|the edge)\b"
        r"|\b(?:rope|noose|pills|tablets|gun|razor|blade|bottle of \w+)\b[^?!]{0,50}\b(?:think"
        r" about it|keep looking at it|look at (?:it|them)|staring at (?:it|them)|keeps calling"
        r"|can't stop thinking|all i (?:can )?think about)\b",
        r"\b(?:not sure|don't know if|doubt|wonder if) i(?:'ll| will) (?:still )?be (?:here|around"
        r"|alive)\b",
        r"\bmy (?:own )?(?:funeral|grave|obituary|suicide note|wake)\b(?! (?:home|service"
        r"|plans? for"
        r" (?:my|a) (?:mom|mum|dad|father|mother)))",
        r"\b(?:death|dying|being dead|not existing) (?:sounds|seems|feels|looks|would be|is)"
        r" (?:so )?(?:peaceful|nice|good|better|easier|like (?:a )?relief|like the answer|appealing"
        r"|tempting|like freedom|like peace)\b",
        r"\bwithout (?:a|someone|somebody) (?:\w+ )?like me\b",
        r"\b(?:writing|wrote|written|drafting|drafted|recording|recorded) (?:my |a |some |the )?"
        r"(?:goodbye|farewell|suicide) (?:messages?|notes?|letters?|emails?|videos?)\b"
        r"(?! (?:to|for) (?:my |our |the )?(?:long-term |regular )?(?:clients|customers|colleagues"
        r"|team|readers|followers|subscribers|buyers)\b)",
        r"\b(?:burden|problem) (?:much|for much|any|for very) longer\b|\bwon't be a burden\b"
        r"|\bnot (?:going to|gonna) be a burden\b",
        r"\bhow (?:long|much|many)\b[^.?!]{0,25}\b(?:to (?:die|bleed out|drown|hang|overdose"
        r"|suffocate)|bleed out|is lethal|is fatal|would kill me|to kill myself)\b",
        r"\b(?:quiero desaparecer|desaparecer para siempre|gusto ko (?:na )?(?:lang |nang )?mamatay"
        r"|mar ja(?:a)?na\b|marna chah\w*|mar jaun\w*\b(?! (?:lekin|par|magar|pr)\b))",
        # death as relief or as what is left: "dying wouldn't be so bad", "just waiting to die",
        # "might as well be dead"
        r"\b(?:dying|death|being dead|to die) (?:wouldn't|would not|won't|doesn't|does not"
        r"|might not) (?:be |sound |seem |feel )?(?:so |that |too )?(?:bad|scary|so bad"
        r"|the worst)\b"
        r"|\bwaiting to die\b|\b(?:might|may) as well (?:be dead|die|just die)\b",
        r"\b(?:don't|do not|can't|cannot) see (?:a|any) future (?:for (?:me|myself))?\b"
        r"|\bno future for me\b|\btired of waking up\b",
        r"\bwhat i (?:might|could|will|would|'m going to) do to myself\b"
        r"|\bdo something to myself\b",
        r"\bganas de morir\b|\bquiero morirme\b",
        r"\b(?:wouldn't|would not|don't|do not) mind (?:if i (?:didn't|did not|never|don't) wake up"
        r"|dying|not waking up|being dead|if i died)\b",
        # a wish or need to die said of oneself: "I need to die", "I should just be dead"
        r"(?<!you )(?<!he )(?<!she )(?<!they )(?<!people )(?<!ppl )"
        r"\b(?:need|deserve|ought|have) to (?:just )?(?:die|be dead)\b"
        r"|\bi should (?:just |really |honestly )?(?:die|be dead|kill myself|end it)\b"
        r"|\b(?:hopefully|maybe) i(?:'ll| will)? (?:just )?(?:die|won't wake up|don't wake up)\b"
        r"|\b(?:give up|lie down|curl up) and die\b|\bfeel(?:ing)? like dying\b(?! (?:of|from)\b)",
        r"\bwant (?:it all|everything|the pain|my life|all of this|all of it|this life) to (?:end"
        r"|be over|stop)\b",
        r"\b(?:best|easiest|quickest|fastest|painless|surest) (?:way|ways|method"
        r"|methods) to (?:kill"
        r" (?:myself|yourself|oneself)|die|end it|commit suicide|end (?:my|your) life)\b",
        r"\b(?:slit|slash|slice|cut open) (?:my|both my) (?:wrists?|throat|veins)\b",
        # escape from everything, not from a contract: "I want out of everything, not just here"
        r"\bwant(?:ed)? out of (?:everything|it all|life|this life|this world|existence|living)\b",
        # absence as relief for others: "better if I'm not around anymore"
        r"\b(?:better|easier|best|happier)(?: for (?:everyone|everybody|all|them|my family))? if "
        r"i(?:'m| am| was| were|'d)? (?:just )?(?:not (?:around|here|alive)|gone|dead|disappeared"
        r"|died|didn't exist|wasn't (?:here|around|alive)|weren't (?:here|around|alive)"
        r"|went away)\b",
        r"\b(?:world|everyone|everybody|they|family) (?:would|will|'d) be (?:better|happier) "
        r"(?:off )?without me\b",
        # open-ended absence: "I don't think I'll be here much longer"
        r"\bbe (?:here|around|alive) (?:much|for much|for very|very) long(?:er)?\b"
        r"|\b(?:don't|do not|dont) think i(?:'ll| will) (?:still )?be (?:here|around|alive)\b",
        r"\b(?:hope|hoping|wish) something (?:bad )?(?:happens|would happen|will happen) to me\b"
        r"|\b(?:don't|do not) care (?:if|whether) i (?:live|die|wake up)\b",
        r"\bgiv(?:e|ing|en) up on (?:life|living|myself|everything|being alive|it all)\b"
        r"|\bgave up on (?:life|living|myself)\b",
        r"\b(?:family|wife|husband|kids|children|parents|mom|mum|son|daughter|partner) (?:would"
        r"|will|could|'d|can) (?:get|have|collect|receive|cash in) (?:the"
        r"|my) (?:life )?insurance\b",
        r"\b(?:writing|wrote|written|write|left|leaving|leave) (?:goodbye |farewell |final )?"
        r"(?:letters?|notes?|messages?|videos?) (?:to|for) (?:my (?:kids|children|family|wife"
        r"|husband|mom|mum|dad|parents|daughter|son|partner|sister|brother|girlfriend|boyfriend"
        r"|loved ones)|everyone i love)\b",
        r"\blast time i(?:'ll| will|'m going to| am going to)? (?:ever )?(?:write|talk|speak|reach"
        r" out|message|contact|bother)\b[^.?!]{0,15}\b(?:anyone|anybody|someone|people"
        r"|everyone)\b",
        r"\b(?:given|gave|giving) (?:away )?(?:my|all my|most of my|all of my|some of my)"
        r" (?:dog|dogs"
        r"|cat|cats|pets?|things"
        r"|stuff|belongings|possessions) (?:away|to|already)\b",
        # code-switching: the same thoughts in Spanish, Portuguese, Tagalog, Hindi, French,
        # German, Italian; said of someone else ("o chefe vai me matar", "il va me tuer", "dia
        # bunuh diri"), of a dispute ("en finir avec ce litige") or laughed off, not a risk
        r"\b(?:no quiero (?:vivir|seguir viviendo|seguir aqui|existir)|me quiero morir"
        r"|quiero morir|voy a matarme|quiero matarme|me voy a matar|suicidarme|me voy a suicidar"
        r"|no quero mais viver|quero morrer|vou me matar|(?<!vai )(?<!vao )me matar"
        r"|ayoko na(?:ng)? mabuhay"
        r"|gusto ko na(?:ng)? mamatay|magpapakamatay|mamatay na lang|jeena nahi\w*|jina nahi\w*"
        r"|marna chah\w+|mar jaun\w*|khudkushi|aatmahatya|je veux mourir|me suicider"
        r"|(?<!va )(?<!vont )(?<!il )(?<!elle )me tuer"
        r"|envie de mourir|will nicht mehr leben|will sterben|mich umbringen|voglio morire"
        r"|uccidermi|farla finita|quero sumir|nao aguento mais viver|khud ko (?:khatam|maar)"
        r"|apni jaan|jaan de (?:dunga|dungi|doon)|en finir(?! avec (?!(?:la vie|tout|moi"
        r"|ma vie)\b))|veux mourir|quitarme la vida"
        r"|no quiero estar aqui|tirar minha vida|acabar com tudo|nao quero (?:mais )?viver"
        r"|(?<!dia )(?<!teman )(?<!yang )bunuh diri|ingin mati|mau mati|pengen mati|capek hidup"
        r"|lelah hidup|(?:tidak|gak|nggak)"
        r" mau hidup|magpakamatay|nicht mehr leben|olmek istiyorum"
        r"|intihar(?! (?:girisim\w* bulundu|etti|etmis|eden|ettigini)\b)|khochu umeret"
        r"|ne khochu zhit)\b"
        r"(?![^.?!]{0,40}\b(?:ja(?:ja)+|je(?:je)+|k{3,}|rs(?:rs)+|mdr|ptdr|ha(?:ha)+|wkwk\w*|lol"
        r"|xd)\b)"
        # "dying of shame", "I'd die but never take that client again": a figure of speech
        r"(?! (?:de|d') (?:la |el )?(?:verguenza|risa|vergonha|rir|honte|rire|calor|frio|hambre"
        r"|fome|faim|sueno|sono|aburrimiento|tedio|ennui|cansancio|cansaco)\b"
        r"| (?:lekin|par|magar|pr|but)\b)",
        # more of the same, in the marketplace's other languages (accents folded)
        r"\b(?:acabar con mi (?:propia )?vida|quisiera (?:estar muert[oa]|morirme|no despertar)"
        r"|(?:estarian|estaria|vivirian) mejor sin mi|dormir y no despertar"
        r"|tirarme (?:de|del|desde) (?:un |el |la |una )?(?:puente|edificio|techo|azotea|balcon)"
        r"|acabar com (?:a )?minha (?:propria )?vida|(?:estariam|ficariam|seriam) melhor sem mim"
        r"|dormir e nao acordar|nao quero (?:mais )?acordar|vontade de morrer"
        r"|me jogar (?:da|de|do|de uma|de um) (?:ponte|predio|janela|telhado|viaduto|laje)"
        r"|mettre fin a (?:mes jours|ma vie)|me foutre en l'air|plus envie de vivre"
        r"|(?:seraient|serait|seront) mieux sans moi|ne plus me reveiller"
        r"|me jeter (?:du|d'un|de la|d'une) (?:pont|toit|balcon|fenetre|immeuble)"
        r"|jeene ka (?:mann?|dil) (?:hi |bhi )?nahi|zindagi khatam kar\w*|mar jana chaht\w+"
        r"|zinda nahi rehna|mere bina (?:sab|sabko|sab log) (?:behtar|khush)"
        r"|wakasan ang buhay ko|tapusin ko na (?:ang buhay|ang lahat|lahat)"
        r"|mas mabuti (?:pa )?(?:kung )?wala na ako|pagod na akong mabuhay"
        r"|(?:meng)?akhiri hidup\w*|lebih baik (?:aku|saya|gue|gw) mati"
        r"|(?:tidak|gak|nggak|ga) (?:ingin|pengen|mau) hidup lagi"
        r"|(?:3ayez|3ayz|3ayza|nefsi|nifsi|biddi) (?:a ?moo?t|amut|amout)"
        r"|(?:a2tel|ha2tel|2atel) nafsi|mesh 3ayez a3eesh)\b",
        *_RISK_MORE_LANGUAGES,
    )
)

# Weaker signs, each common in ordinary frustration ("I give up", "my life is over", "goodbye
# everyone"): a message is a risk when it holds two different kinds (hopelessness, wanting out,
# self-hatred, farewell), e.g. "I hate my life and I want out".
_HOPELESS, _ESCAPE, _SELF_HATE, _FAREWELL = "hopeless", "escape", "self_hate", "farewell"
_RISK_WEAK_RULES: tuple[tuple[str, str], ...] = (
    (
        r"\b(?:nothing (?:left|matters)(?! (?:to|for|in|on|of)\b)|no future|no hope"
        r"|want (?:it|this) (?:all )?to be over"
        r"|(?:feel|i'm|so) hopeless|life is (?:over|ruined|finished|pointless|meaningless"
        r"|worthless)|lost everything|nothing to lose|no way out(?! of\b)"
        r"|it's (?:all )?over(?= [.?!]|$)"
        r"|everything is (?:gone"
        r"|over|lost|ruined)|(?:there's|there is) nothing (?:left )?for me)\b",
        _HOPELESS,
    ),
    (
        r"\b(?:i want out|want out(?= [.?!,]|$)|i give up(?! on (?:the|this|that|your|my "
        r"(?:account|order|refund|contract|client))\b)|i'm giving up|can't do (?:this"
        r"|it) (?:anymore"
        r"|any more)(?! (?:with|on|for)\b)|can't keep doing this(?! (?:with|for)\b)"
        r"|can't take (?:it|this|any more|anymore)(?! (?:with|from)\b)|can't go on(?= [.?!,]|$)"
        r"|done with everything|done with it all|want (?:it|everything|this|the pain|it all) to "
        r"(?:end|stop)|tired of (?:fighting|everything|trying)(?! (?:with|to)\b)"
        r"|(?:so|too) tired of everything|so over (?:it all|everything|life))\b",
        _ESCAPE,
    ),
    (
        r"\b(?:hate (?:my life|myself|being alive)|i'm (?:so )?worthless|i am worthless|i'm a "
        r"(?:failure|burden)|i am a (?:failure|burden)|a burden to|i'm nothing|i ruin everything"
        r"|everyone hates me|(?:nobody|no one) (?:cares|would care) about me)\b",
        _SELF_HATE,
    ),
    (
        r"\b(?:goodbye (?:everyone|all|world|i guess|forever|for good)|this is goodbye"
        r"|(?:final|last) (?:message|goodbye|words)|(?:won't|will not|wont) (?:ever )?hear from me"
        r"|sorry for everything|forgive me|(?:thank you|thanks) for trying|just in case"
        r"|if (?:something|anything) happens to me|take care of my (?:kids|family|cat|dog|wife"
        r"|husband|children|mom|mum)|tell my (?:kids|family|wife|husband|mom|mum|dad|parents"
        r"|daughter|son|children|sister|brother) (?:i|that i)|(?:won't|wont|will not) be (?:here"
        r"|around) (?:tomorrow|anymore)|not (?:be )?(?:here|around) anymore)\b",
        _FAREWELL,
    ),
)
_RISK_WEAK: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), kind) for pattern, kind in _RISK_WEAK_RULES
)
_FIRST_PERSON = frozenset({"i", "i'm", "i've", "i'll", "i'd", "me", "my", "myself", "im", "ive"})

_MEANS = (
    r"(?:pills|tablets|meds|medication|sleeping pills|the bottle|whole bottle|bottle of \w+"
    r"|knife|blade|razor|gun|pistol|rifle|rope|noose|bleach)"
)
_PLACES = (
    r"(?:roof|rooftop|bridge|ledge|edge|train tracks|tracks|railway|rail line|balcony|cliff"
    r"|top of the building|top floor|bathtub|bath|car park roof|overpass|motorway bridge|railing"
    r"|level crossing|railway crossing|crossing|parking garage|car park|multi-storey|motorway"
    r"|highway|freeway|window ledge|windowsill|window sill|platform edge|pier|dam|quarry"
    r"|tower)"
    r"(?! (?:club|game|tournament|loan|project|team|call|meeting|party|terrace|bar|restaurant|cafe"
    r"|office|app|design|job|contract|hotel|event|repair|builder|access|company|business|deal"
    r"|fees?|toll|plan)\b)"
)
_QUANTITY = (
    r"(?:all|all of|the whole|a whole|whole|a bunch of|a handful of|handfuls of|a lot of|lots of"
    r"|loads of|too many|every|the rest of|half a bottle of|a bottle of|a box of|the entire"
    r"|an entire|[2-9]\d|\d{3}|twenty|thirty|forty|fifty|sixty|a hundred|a fistful of"
    r"|everything|(?:two|three|four|five|six|several|multiple|\d+) (?:packs?|packets|boxes"
    r"|bottles|strips|sheets|blisters) of)"
)
_DRUGS = (
    r"(?:pills?|tablets|meds|medication|medicine|painkillers|sleeping pills|tylenol|paracetamol"
    r"|ibuprofen|advil|aspirin|xanax|valium|ambien|oxy\w*|insulin|antidepressants|benzos"
    r"|prescription|prescriptions|anxiety meds|sleeping tablets|pain meds|opioids"
    r"|bottle|pack|packet|box|of them|medicine cabinet|cabinet)"
)
_ACT, _SCENE, _TIMING = "act", "scene", "timing"
# The same in more of the marketplace's languages: pills or poison already taken, a wound
# bleeding now, a rope tied, a means in hand (an act); standing on a bridge, a roof or a
# balcony (a scene, immediate with a word of now or another sign); "şu an", "sasa hivi",
# "gerade", "adesso" (timing).
_IMMEDIATE_MORE_LANGUAGES: tuple[tuple[str, str], ...] = (
    (
        # Turkish, Swahili, German, Italian: pills or poison taken, a cut that bleeds, a rope
        r"\b(?:(?:butun|tum|hepsini|bir kutu|kutu dolusu) (?:\w+ )?(?:haplari|ilaclari|hap|ilac)"
        r"\w* (?:ictim|yuttum|aldim)|(?:ip|urgan) hazir|tavana bagladim|bilegimi kestim"
        r"|bileklerimi kestim"
        r"|nimekunywa (?:sumu|dawa|vidonge)|nimemeza (?:vidonge|dawa|sumu|tembe)|nimejikata"
        r"|damu (?:haiachi|inatoka|haikomi|haiishi)|nimefunga kamba"
        r"|(?:die |eine )?(?:ganze|alle|alle meine) (?:packung |schachtel |dose )?(?:tabletten"
        r"|pillen|schlaftabletten|medikamente) (?:genommen|geschluckt|eingenommen)"
        r"|pulsadern (?:aufgeschnitten|aufgeschlitzt)|hort nicht auf zu bluten"
        r"|(?:ho preso|ho ingoiato|ho mandato giu) (?:tutte|tutti|tutto|una scatola|un flacone"
        r"|un blister)(?: (?:le|i|di|la|il))? (?:\w+ )?(?:pastiglie|pillole|compresse|farmaci"
        r"|medicine|sonniferi|boccetta)|mi sono tagliat[oa] (?:le vene|i polsi)"
        r"|non smette di sanguinare)\b",
        _ACT,
    ),
    (
        # Arabic in Latin letters: a knife, pills or a rope in my hand
        r"\b(?:sekkina|sekkeena|sikkeen|sekkeen|sikkina|sikkina|7obob|hobob|habl|7abl|masdas)"
        r" (?:f|fi|fe|b|bi) ?(?:2idi|eidi|idi|2eedi)\b",
        _ACT,
    ),
    (
        # on a bridge, a roof, a balcony, the tracks: "köprüdeyim", "niko juu ya paa", "ich
        # steh auf der Brücke", "sono sul ponte"
        r"\b(?:\w*(?:koprusundeyim|koprudeyim|koprunun ustundeyim|catidayim|catisindayim"
        r"|balkondayim|rihtimdayim|raylardayim|kattayim)|(?:balkonun|korkulugun|koprunun)"
        r" (?:\w+ )?(?:ciktim|uzerindeyim)"
        r"|niko (?:juu ya|kwenye|pale|darajani|juu) (?:\w+ )?(?:paa|daraja|ghorofa|reli|mto"
        r"|ziwa|jengo)|niko (?:darajani|ziwani|relini)"
        r"|(?:steh|stehe|sitz|sitze|bin) (?:\w+ )?(?:auf|an) (?:der|dem|einer|einem) \w*(?:brucke"
        r"|dach|gleisen|klippe|gelander)"
        r"|sono (?:sul|sulla|in cima al|sopra il|sul bordo del) (?:ponte|tetto|cornicione|binari"
        r"|balcone|terrazzo|parapetto))\b",
        _SCENE,
    ),
    (
        r"\b(?:su an|simdi|bu gece|sasa hivi|sasa|leo usiku|usiku (?:huu|wa leo)|kwaheri"
        r"|gerade|grad|jetzt|heute nacht|adesso|stanotte|stasera|in questo momento|cette nuit"
        r"|sadece biri bilsin|volevo solo che qualcuno (?:lo )?sapesse"
        r"|solo queria que alguien (?:lo )?supiera|so queria que alguem soubesse)\b",
        _TIMING,
    ),
)
# (pattern, kind): an act ("I took the whole bottle") is immediate on its own; a scene ("I'm on
# the bridge", "the gun is next to me") with a marker of now or a self-harm cue; a timing
# ("once I hit send", "an hour ago") only strengthens the others.
_IMMEDIATE_RULES: tuple[tuple[str, str], ...] = (
    (
        rf"\b(?:got|have|holding|i've got|i have|with) (?:the |a |my |some )?{_MEANS}"
        r" (?:in my hand|in hand|ready|loaded|next to me|right here|here with me|on me"
        r"|in front of me|beside me|lined up|counted out|laid out)\b",
        _ACT,
    ),
    (
        rf"\b{_MEANS}(?:'s|'re| is| are)? (?:already )?(?:in my hand|in hand|ready|loaded"
        rf"|next to me"
        r"|in front of me|beside me|in me|lined up)\b",
        _ACT,
    ),
    (
        rf"\b{_MEANS}(?:'s|'re| is| are)? (?:counted out|laid out|on the (?:table|counter|bed|desk)"
        r"|in my (?:pocket|lap)|with me)\b",
        _SCENE,
    ),
    (
        r"\b(?:i'm|i am|sitting|lying|standing|here)\b[^.?!]{0,30}"
        rf"\bwith (?:a|the|my) {_MEANS}\b",
        _SCENE,
    ),
    (
        r"(?<!considering )(?<!consider )(?<!thinking about )(?<!think about )(?<!thought about )"
        r"(?<!planning on )(?<!plan on )(?<!about )"
        rf"\b(?:took|taken|swallowed|downed|taking|swallowing|popped|overdosed on) (?:\w+ ){{0,2}}"
        rf"{_QUANTITY} (?:[a-z']+ ){{0,4}}{_DRUGS}\b",
        _ACT,
    ),
    (
        r"(?<!he )(?<!she )(?<!they )(?<!friend )(?<!brother )(?<!sister )(?<!son )"
        r"(?<!daughter )(?<!mom )(?<!mum )(?<!dad )(?<!cousin )(?<!who )\boverdosed\b"
        r"(?! on (?:coffee|caffeine|sugar|netflix|work|chocolate|energy drinks)\b)",
        _ACT,
    ),
    (
        rf"\b{_MEANS}\b(?: \w+){{0,2}} (?:pointed|pressed|held|resting)? ?(?:at|against|to|on) my "
        r"(?:head|temple|throat|wrists?|chest|neck|mouth|heart)\b",
        _ACT,
    ),
    (
        r"\b(?:pills|meds|tablets|drugs|overdose|poison)(?: are| is|'re)? (?:kicking in|starting to"
        r" (?:work|kick in)|taking effect|working)\b",
        _ACT,
    ),
    (
        r"\b(?:took|taken|swallowed|downed|popped) (?:all (?:of )?)?(?:the|my|those|these|them)"
        rf" {_DRUGS}\b|\b(?:i've|i have) taken (?:them|it) all\b",
        _SCENE,
    ),
    (
        r"\bi'm (?:jumping|hanging myself|overdosing|slitting)\b"
        r"(?! (?:on|at|in|into|onto|through|ship|back|the queue|ahead|to|corners|myself some"
        r"|myself a|costs|down|some slack|it fine|it close|between|off (?:this|the|that|my)"
        r" (?:project|contract|job|team|call|platform|client))\b)",
        _ACT,
    ),
    # cutting said of oneself, not of a video, a price or ties: "i'm cutting again right now"
    (
        r"\bi'm cutting(?! myself (?:some|a|an)\b)(?= (?:myself|my (?:wrists?|arms?|legs?|skin"
        r"|thighs?)|again|deep|deeper)\b| (?:right )?now(?= [.?!,]|$)|(?= [.?!,]|$))",
        _ACT,
    ),
    # swallowing pills as we speak, not one's pride: "I'm swallowing them one at a time"
    (
        r"\b(?:i'm|i am|im) (?:swallowing|downing) (?!(?:my |the |this )?(?:pride|costs?|loss"
        r"|losses|fees?|anger|words)\b)(?:them|the|my|all|more|another|every|some|pills|tablets)\b",
        _ACT,
    ),
    (
        r"\b(?:walking|driving|going|heading|on my way|riding|climbing) (?:over |down |out |up )?"
        rf"(?:to|towards|onto|up to) (?:the |a |my )?(?:\w+ ){{0,2}}(?:{_PLACES}|station|train"
        r"|platform)\b",
        _SCENE,
    ),
    (r"\bcut\b[^.?!]{0,20}\b(?:deep|deeper|too deep)\b", _ACT),
    (
        rf"\b(?:holding|gripping|clutching|hold|grabbed|picked up) (?:the |a |my |his |her )?"
        rf"(?:\w+'s )?{_MEANS}\b(?! (?:shop|store|listing|set|sale|product|photo|design)\b)",
        _SCENE,
    ),
    (
        r"\b(?:belt|rope|noose|cord|cable|scarf|sheet|tie) (?:is |tight |tied )?around my neck\b"
        rf"|\b{_MEANS}(?:'s|'re| is| are)? (?:already )?(?:on|against|in) my (?:skin|wrist|wrists"
        rf"|arm"
        r"|arms|leg|legs|throat|neck|temple|head|mouth)\b",
        _ACT,
    ),
    (
        r"\b(?:running|engine|exhaust|fumes)\b[^.?!]{0,40}\b(?:shut|closed|sealed|locked) garage\b"
        r"|\b(?:shut|closed|sealed|locked) garage\b[^.?!]{0,40}\b(?:running|engine|exhaust|fumes)\b"
        r"|\bsitting in (?:a|the|my) running car\b",
        _ACT,
    ),
    (
        r"\b(?:swallowing|taking|downing|popping) (?:them|the pills|the tablets|it|all of them)"
        r" (?:one by one|one at a time|one after another|all|now|right now)\b",
        _ACT,
    ),
    (
        r"\b(?:wrists?|arms?|throat|neck|legs?|cuts?) (?:is |are |keeps? |won't stop |)"
        r"(?:bleeding|pouring|gushing)\b|\bblood (?:on|all over) (?:the|my)\b",
        _ACT,
    ),
    (
        r"\b(?:swallowed|took|taken|taking|downed|swallowing) (?:them|it|those|these|everything)"
        r" (?:all|at once)\b|\b(?:swallowed|downed) (?:everything|all of (?:them|it)|it all)\b"
        r"|\b(?:i'm|i am) taking (?:them|all of them|all my \w+|the (?:pills|tablets)) (?:all )?"
        r"(?:now|right now)\b",
        _ACT,
    ),
    (
        rf"\b(?:stepped|climbed|stepping|climbing) (?:onto|on|up on|over|out onto|up to)"
        rf" (?:the |a |my )?(?:\w+ ){{0,2}}{_PLACES}\b",
        _ACT,
    ),
    (
        r"\bmy lap\b|\b(?:it's|its|it is) loaded\b|\bnot (?:moving|getting off"
        r"|coming down|coming back|stepping back)\b|\bas we speak\b",
        _SCENE,
    ),
    (
        r"\b(?:took|taken|swallowed|downed|popped|mixed) (?:all (?:of )?)?(?:the|my|those|these)"
        rf" {_DRUGS}(?: with \w+)? (?:already|just now|an hour ago|\w+ minutes ago|minutes ago)\b"
        r"|\b(?:i already|i've already|i have already) (?:took|taken|swallowed|downed) (?:the|my"
        r"|all|them)\b",
        _ACT,
    ),
    (
        rf"\b(?:mixed|mixing|washed down|washing down|took|taken|taking) (?:all )?(?:my|the) "
        rf"{_DRUGS} with (?:vodka|alcohol|wine|whiskey|whisky|beer|booze|rum|gin|liquor|tequila)\b",
        _ACT,
    ),
    (
        r"\b(?:tengo|tome|tomei|me tome) (?:todas |todos )?(?:las |os |mis |meus )?"
        r"(?:pastillas|pildoras|remedios|comprimidos)\b|\bpastillas en la mano\b",
        _ACT,
    ),
    (
        r"\bi(?:'ve| have| just| already)? cut (?:myself )?(?:really |too |so |very )?"
        r"(?:deep|deeper)\b",
        _ACT,
    ),
    (
        r"\b(?:drank|drunk|swallowed|downed|drinking|swallowing) (?:\w+ ){0,4}(?:bleach|antifreeze"
        r"|poison|rat poison|drain cleaner|weed killer|pesticide|weedkiller)\b",
        _ACT,
    ),
    (r"\bby the time (?:you|anyone|someone) (?:read|reads|see|sees) this\b", _ACT),
    (
        r"\b(?:started|running|turned on|left) the (?:car|engine)\b[^.?!]{0,30}\bgarage\b"
        r"|\bgarage\b[^.?!]{0,30}\b(?:engine|car) (?:is )?(?:on|running)\b",
        _ACT,
    ),
    (
        r"\b(?:blade|knife|razor|gun|pistol|barrel) (?:is )?(?:on|against|to|at|pressed to) my "
        r"(?:wrist|wrists|throat|head|temple|chest|neck)\b",
        _ACT,
    ),
    (r"\b(?:tied|tying|hung|hanging|put up) (?:the|a|my) (?:rope|noose)\b", _ACT),
    (r"\bkick (?:the|away the) (?:chair|stool)\b", _ACT),
    (
        r"\babout to (?:jump|do it|end it|kill myself|pull the trigger|take (?:them|the pills)"
        r"|cut|hang myself|end my life)\b",
        _ACT,
    ),
    (r"\b(?:pills|tablets|meds) are (?:already )?in me\b", _ACT),
    (
        r"\bi(?:'ve| have)?(?: just| already)? (?:cut|slit|stabbed|shot|hanged|poisoned|slashed) "
        r"(?:myself|my wrists?|my arms?|my throat|my legs?)\b(?! (?:in the foot|off|out|up)\b)",
        _ACT,
    ),
    (r"\b(?:won't|wont|will not|doesn't|does not|can't) stop bleeding\b", _ACT),
    (
        r"\b(?:bleeding (?:out|a lot|everywhere|badly)|blood everywhere|(?:a lot|lots|so much)"
        r" of blood)\b",
        _ACT,
    ),
    (
        r"\b(?:took|taken|taking|had) (?:an|another) overdose\b|\b(?:feet|legs) (?:over|off) the"
        r" (?:side|edge)\b|\bdangling my (?:feet|legs)\b|\b(?:feet|legs) dangling\b",
        _ACT,
    ),
    (r"\b(?:garage|car|exhaust) (?:\w+ ){0,8}engine (?:is )?running\b", _ACT),
    (
        r"\b(?:noose|rope)(?:'s| is| are)? (?:all )?(?:around |set up|ready|my neck|tied|up|hung"
        r"|hanging)\b",
        _ACT,
    ),
    (
        r"\b(?:going to|gonna|about to|will|i'll) (?:kill myself|end it|end my life|jump"
        r"|take (?:them|the pills)|pull the trigger|go through with it|hang myself)"
        r" (?:tonight|now|right now|today|after (?:i send|this)|once i (?:hit )?send"
        r"|in (?:a few|an|ten|five|\d+) (?:minutes|hour|hours|mins)|when i)\b",
        _ACT,
    ),
    (
        rf"\b(?:i'm|i am|im|standing|sitting|i'm standing|i'm sitting|here|parked|lying|perched)"
        rf" (?:on|at|in|by|near|on top of|at the top of|at the edge of) (?:the |a "
        rf"|my )?(?:\w+ ){{0,3}}"
        rf"{_PLACES}\b",
        _SCENE,
    ),
    (r"\bengine running\b", _SCENE),
    (rf"\bfrom (?:the |a |my )?(?:\w+ ){{0,3}}{_PLACES}\b", _SCENE),
    (r"\bnot coming (?:down|back|home)\b", _TIMING),
    (r"\b(?:the )?(?:train|bus) is coming\b", _TIMING),
    (r"\btonight's the night\b|\bit's time\b", _TIMING),
    (r"\b(?:gun|pistol|rifle) (?:is )?loaded\b", _SCENE),
    (
        r"\bloaded (?:my |the |a |his |her )?(?:\w+'s )?(?:gun|pistol|rifle|shotgun|revolver)\b",
        _SCENE,
    ),
    (
        r"\b(?:in|within) (?:a few|a couple of|\d+|one|two|three|five|ten|fifteen|twenty"
        r"|thirty) (?:minutes|mins|min|hours?)\b|\bnext train\b"
        r"|\bafter (?:this|the) (?:chat|conversation|message)\b",
        _TIMING,
    ),
    (
        r"(?<![a-z])(?:this|it) is on (?:you|your)\b|(?:this|it)'s on (?:you|your)\b"
        r"|\bon your (?:hands|conscience)\b|\btell my \w+ (?:i|that i) love\b",
        _TIMING,
    ),
    (
        r"\b(?:typing|writing) (?:this|to you)\b|\bas i (?:type|write)\b|\bjust wanted (?:to tell"
        r" )?(?:someone|somebody|anyone|you) (?:to know)?|\b(?:goodbye|bye)(?= [.?!]|$)"
        r"|\bi'm (?:so )?sorry(?= [.?!]|$)",
        _TIMING,
    ),
    (r"\bfloor\b(?<=\d(?:st|nd|rd|th) floor)", _TIMING),
    (
        r"\b(?:going to|gonna|about to|will|i'll) (?:do it|jump) (?:tonight|now|right now|today"
        r"|after (?:i send|this)|once i (?:hit )?send|in (?:a few|an|ten|\d+) (?:minutes|hour))\b",
        _SCENE,
    ),
    (r"\b(?:this is|saying) (?:my )?(?:goodbye|the end)\b", _TIMING),
    (r"\bsorry (?:everyone|everybody|to everyone)\b", _TIMING),
    (r"\b(?:once|after|when) i (?:hit )?send\b", _TIMING),
    (r"\b(?:an hour|minutes|\w+ minutes|an hour or so) ago\b", _TIMING),
    # the same in the marketplace's other languages: a means in hand, pills already taken, an
    # act under way, tonight; a place with a sign of now
    (
        r"\b(?:(?:cuchillo|navaja|pistola|soga|cuerda|pastillas) en la mano"
        r"|me estoy cortando|(?:esta noche|hoy) me mato"
        r"|(?:faca|lamina|gilete|corda|arma|remedios) na mao|(?:ja )?tomei (?:a cartela"
        r"|a caixa|o frasco) (?:toda|todo|inteira|inteiro)|estou me cortando|hoje eu me mato"
        r"|j'ai (?:pris|avale) (?:tous|toutes|toute) (?:les|mes|la boite)"
        r"|(?:couteau|lame|corde|arme|cachets) (?:a|dans) la main|ce soir je (?:me tue|saute)"
        r"|je suis en train de me (?:couper|tuer)"
        r"|(?:saari|sari|sab) (?:goliyan|golian|goliyaan|dawai) kha (?:li|lee|liya|chuka|chuki)"
        r"|(?:chaku|blade|rassi|phanda) (?:haath|hath) (?:mein|me|main)"
        r"|ininom ko na (?:lahat|ang lahat)|hawak ko na ang (?:kutsilyo|lubid|blade|baril)"
        r"|(?:sudah|udah) (?:minum|telan|nelen) (?:semua|sebotol|satu botol) (?:obat|pil)"
        r"|(?:pisau|silet|tali|racun) (?:sudah |udah )?di tangan"
        r"|khadt (?:kol|koll) el (?:7obob|hobob|dawa))\b",
        _ACT,
    ),
    (
        r"\b(?:(?:estoy|ya estoy) (?:en|arriba de|encima de) (?:el|la|un|una) (?:puente|borde"
        r"|vias|cornisa)|estou (?:na|no|em cima d[oa]) (?:ponte|beira|trilhos?)"
        r"|je suis sur (?:le|un) (?:pont|rebord)|nasa (?:tulay|riles) (?:na )?ako"
        r"|(?:aku|saya|gue|gw) (?:lagi |sedang |sudah |udah )?di (?:jembatan|rel kereta"
        r"|pinggir jembatan)|ana (?:3ala|3al|fo2|fou2) (?:el ?)?kobri)\b",
        _SCENE,
    ),
    (
        r"\b(?:esta noche|ahora|hoje a noite|agora|ce soir|maintenant|aaj raat|abhi"
        r"|ngayong gabi|ngayon|malam ini|sekarang|el leila di|delwa2ti|adios|adeus|adieu"
        r"|alvida|paalam)\b",
        _TIMING,
    ),
    *_IMMEDIATE_MORE_LANGUAGES,
)
_IMMEDIATE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), kind) for pattern, kind in _IMMEDIATE_RULES
)
_NOW = re.compile(
    r"\b(?:right now|now|tonight|already|today|this is goodbye|bye|goodbye|after i send"
    r"|once i hit send|in my hand|loaded|ready|ago)\b"
)
# A self-harm threat with a plan for now: "tonight I'm going to end it".
_INTENT_NOW = re.compile(
    r"\b(?:tonight|in (?:a few|\w+|\d+) (?:minutes|mins)|after (?:this|i send|this message"
    r"|this chat|the chat)"
    r"|once i (?:hit )?send|this is goodbye|right after|before (?:the )?morning"
    r"|tonight's the night|esta noche|esta noite|hoje a noite|ce soir|aaj raat|ngayong gabi"
    r"|malam ini|el leila di|elleila|cette nuit|heute nacht|stanotte|stasera|bu gece|bu aksam"
    r"|leo usiku|usiku wa leo|usiku huu)\b"
)
_PAST = re.compile(
    r"\b(?:last (?:night|week|month|year)|yesterday|the other day|(?:days|weeks|months|years) ago"
    r"|used to|in the past|when i was)\b"
)
_INJURY = re.compile(r"\b(?:cut|slit|slashed|stabbed|burned|burnt)\b")
_NOT_NOW = re.compile(
    r"\b(?:not going to|won't|not gonna|wouldn't|not about to) (?:do anything|do it|act)"
    r"(?: (?:today|tonight|now|right now))?\b"
)

# ---------------------------------------------------------------------------------------------
# Venting: profanity and anger not aimed at the agent.

_PROFANE = re.compile(
    r"\b" + _alternation(lx.PROFANITY - {"screw"}) + r"\b|\bscrew (?:this|it|that|"
    r"the|all|your)\b|\bwhat the (?:hell|fuck|expletive|heck)\b|\bf (?:this|it|that|all)\b"
)
_VENT_STRONG = re.compile(
    r"\b(?:useless|ridiculous|ridiculously|joke|unbelievable|pathetic|garbage|trash|scam|crooks"
    r"|disgrace|disgraceful|shameful|furious|fuming|livid|pissed|fed up|sick of|sick and tired"
    r"|tired of|had it|had enough|done with this(?! (?:project|milestone|contract|task|order|job"
    r"|part|step|form|one|client)\b)|wits' end|wits end|losing my mind|lose my mind"
    r"|want to scream|wanna scream|robbery|theft|outrageous|absurd|insane|incompetence"
    r"|incompetent|awful|terrible|horrible|worst|stupid|dumb|broken|messed up|miserable"
    r"|nightmare|shambles|mess|disgusting|infuriating|frustrating|frustrated|angry|annoying"
    r"|annoyed|nonsense|rubbish|circus|clown show|rip-off|ripoff|rip off|thieves|thieving|greedy"
    r"|shady|sham|fraud|hate|hating|unacceptable|insulting|appalling|atrocious|clowns"
    r"|i'm (?:so )?done(?= [.?!,]|$| with (?:this (?:platform|site|company|app|crap|nonsense|mess"
    r"|process|verification|bs|shit)|it all|you|everything))|so done(?! with)|screw this|ugh"
    r"|argh|seriously|thanks a lot|gee|sure you are|oh sure"
    r"|oh great|this is hell|love how (?:this|your|you|they)"
    r"|(?:oh|just|absolutely|simply|really) (?:great|wonderful|fantastic|brilliant|perfect"
    r"|incredible|lovely|marvellous|marvelous|classic)"
    r"|avoid this (?:site|platform|app|company|place)"
    r"|what a joke|last straw|final straw|bs|wtf|omg|killing me"
    r"|killing my (?!battery|phone|laptop|cpu|data|connection|wifi|back|neck|eyes|feet|knees)\w+"
    r"|is killing(?! my (?:battery|phone|laptop|back|neck|eyes|feet|knees)\b)"
    r"|dying here|driving me \w+|can't take (?:this|it)|can't stand|at my wits|ffs"
    r"|for crying out loud|for god's sake|for heaven's sake|for fuck's sake|lose it|pfft|smh"
    r"|yeah right|panicking|freaking out|stressed out|desperate|had enough|jfc|just great"
    r"|just perfect|just wonderful|oh joy|i could (?:die|scream|cry)|\w+ times now|over and over"
    r"|again and again|yet again|for the (?!first)(?:\w+) time|(?:third|fourth|fifth|sixth"
    r"|tenth) time"
    r"|beyond angry|so angry|are you (?:kidding|joking|serious) me|are you serious"
    r"|you've got to be kidding|you have got to be kidding|(?:no|zero) help|not (?:listening"
    r"|helping|reading)|(?:even|actually) (?:reading|read|listening|looking)"
    r"|(?:you|you guys|y'all|you people) (?:really )?(?:need to|have to|should) (?:sort|fix|get)"
    r")\b"
)
_COMPLAINT = re.compile(
    r"\b(?:i'll|i will|i'm|i am|i've|i have|we will|we'll|gonna|going to|i'd)\b(?: [a-z'-]+){0,8}"
    r" (?:sue|suing|lawsuit|lawyer|attorney|legal action|court|ftc|bbb|better business bureau"
    r"|ombudsman|regulator|consumer protection|chargeback|charge back|1-star|one star|1 star"
    r"|one-star|bad review|review everywhere|trustpilot|twitter|reddit|linkedin|facebook"
    r"|tiktok|youtube|social media|the press|journalist|news|formal complaint|report you"
    r"|reporting this|report this|posting (?:this|about)|post (?:this|about))\b"
    r"|\b(?:take|taking) (?:this|it) to (?:the press|the media|court|social media|twitter)\b"
)
# The same in the languages users switch into, where the verb carries the person: suing and
# lawyers ("voy a demandar", "mon avocat", "case karunga", "nitaishtaki", "2adeyya"), consumer
# bodies and the press, a one-star review, telling everyone online, and leaving the platform
# ("sayeb el platform", "pindah platform", "lilipat na ko"). Each runs only when the message
# holds a string it needs (``_COMPLAINT_ELSEWHERE_PREPARED``), as English lines hold none.
_COMPLAINT_ELSEWHERE: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern)
    for pattern in (
        r"\b(?:demandar\w*|demandare|voy a demandar|abogados?|profeco|una queja formal|poner una"
        r" queja|los periodicos|la prensa|periodistas|processar|vou processar|advogados?|procon"
        r"|reclame aqui|imprensa|jornalistas|porter plainte|plainte contre|avocats?|journalistes"
        r"|la presse|consumer court|case (?:karunga|karungi|kar dunga|karenge|kar denge)|wakeel"
        r"|vakeel|vakil|court (?:jaunga|jaungi|jayenge)|shikayat (?:karunga|karungi|karenge)"
        r"|idedemanda|idemanda|kakasuhan|kasuhan|magdedemanda|tuntut|gugat|pengacara|lapor(?: ke)?"
        r" polisi|ylki|dava (?:edecegim|acacagim|acarim|acicam)|avukat\w*|sikayetvar|sikayet"
        r" edecegim|tuketici hakem|nitaishtaki|nitawashtaki|tutawashtaki|kuwashtaki|wakili"
        r"|mahakamani|2adeyya|2adiya|2adeya|qadeya|mo7ami|mu7ami|mohami|shakwa|anwalt|avvocato"
        r"|faccio causa|prawnik\w*|do sadu|v sud|livro de reclamacoes|portal da queixa"
        r"|jalur hukum|rechtliche schritte|bafin|codacons|agcm|faro denuncia|7imayet el mustahlek"
        r"|competition authority|trustpilot)\b",
        r"\b(?:una estrella|1 estrella|uma estrela|1 estrela|une etoile|1 etoile|bintang (?:1|satu)"
        r"|1 yildiz|bir yildiz|nyota moja|negma wa7da|negma wahda|ek star|isang star|1 star review"
        r" dunga|reviews? mbaya kila mahali|bakal (?:kasih )?review jelek|recensioni negative"
        r"|schlechte bewertungen|otzyvy vezde|opinie wszedzie)\b",
        r"\b(?:subir|publicar|postar|publier|viralin|viralkan|ipopost|ipo post|ipapost|ipa viral"
        r"|nitaandika|yazacagim|post karunga|post kar dunga|daal dunga|bataunga|bata dunga"
        r"|7afda7kom|hafda7kom|afda7kom|expor vcs|vou expor|contar pra todo mundo|exposer)\b"
        r"(?: [a-z0-9']+){0,6} (?:twitter|facebook|fb|tiktok|instagram|insta|linkedin|reddit"
        r"|youtube|redes|grupos?|groups?|sab ko|sabko|everyone|todo mundo|tout le monde)\b",
        r"\b(?:twitter|facebook|fb|tiktok|instagram|linkedin|reddit|youtube)(?: groups?)?"
        r" (?:pe|par|mein|me) (?:sab ko|sabko|sabhi ko) (?:bataunga|bata dunga|bataenge)\b",
        r"\b(?:herkes bilsin|kila mtu ajue|malaman ng lahat|semua orang tau|sab ko pata chalega"
        r"|tout le monde saura|todo el mundo sepa|la gente sepa|todo mundo vai saber"
        r"|kol el nas hat3raf|hay3rafo|haye3rafo)\b",
        r"\b(?:sayeb el platform|sayeb el site|hasib el platform|hasib el site|naacha platform"
        r"|naacha hii platform|naacha hiyo platform|nitaondoka hapa|pindah platform"
        r"|pindah ke platform|cabut dari sini|cabut dari platform|lilipat na ko|lilipat na ako"
        r"|lilipat ako|platform chhod raha|platform chhor raha|platform chod raha|platform chhod"
        r" dunga|platform chhor dunga|vou sair dessa|vou sair desse|vou sair daqui"
        r"|je quitte ce site|je quitte cette plateforme|je quitte la plateforme"
        r"|me voy de esta plataforma|me voy de la plataforma|me cambio de plataforma"
        r"|platformu birakiyorum|buradan gidiyorum|aalis na (?:talaga )?(?:ako|ko)|me ne vado"
        r"|chiudo l'account|ich bin weg|kuhama platform|i'm leaving this (?:platform|site|app)"
        r"|gue tutup aja|ich kundige)\b",
        # Court and leaving in other words: "see you in small claims court", "enjoy the
        # lawsuit", "done with your platform", "me voy a otra plataforma", "j'arrete la
        # plateforme", "ye app chhod raha hoon", "review dunga 1 star", "Verbraucherzentrale".
        r"\bsee you in (?:small claims )?court\b|\b(?:in|to) small claims\b|\benjoy the (?:lawsuit"
        r"|chargeback|reviews?)\b|\bdone with (?:you people's|your|this|the) (?:platform|site"
        r"|app|company|website)\b|\b(?:me voy|me paso|me cambio) a otra plataforma\b"
        r"|\bj'arrete (?:la|cette) (?:plateforme|appli|application)\b|\bc'est fini pour moi"
        r" ici\b|\b(?:ye |yeh )?app (?:chhod|chhor|chod) (?:raha|rahi|dunga|dungi)\b"
        r"|\breview (?:dunga|dungi|denge|daalunga) (?:1|ek) star\b|\bverbraucherzentrale\b",
    )
)
# Frustration with no target, beyond the words above: waiting in vain ("still no reply"),
# rhetorical fragments ("Unreal.", "Typical.", "Not again."), blame ("you froze my account"),
# exasperation ("thanks for nothing", "why do I even bother") and the same in the languages
# users switch into. Not model features (the model was trained without them).
# (Chat folding reads "ya" as "you": "ya ampun", "ya 5arabi" are read as "you ampun" too.)
_FRUSTRATION_WORDS = lx.FRUSTRATION_PHRASES | {
    "you " + phrase[3:] for phrase in lx.FRUSTRATION_PHRASES if phrase.startswith("ya ")
}
_FRUSTRATION = re.compile(
    rf"\b(?:{_alternation(_FRUSTRATION_WORDS)}"
    r"|still no (?:reply|answer|response|update|word|news|payout|payment|money|refund|help"
    r"|one)|zero (?:answers|replies|help|response|responses|updates)"
    r"|(?:nobody|no one|noone) (?:ever |even )?(?:answers|replies|responds|helps|reads|cares"
    r"|listens|bothers)|hates (?:freelancers|sellers|clients|us|its users|me)"
    r"|get (?:their|your) (?:story|stories|act) straight"
    r"|throw my (?:laptop|phone|computer|pc) (?:out|across|at)|pf{2,}t?|grr+"
    r"|how hard is it to (?:just|simply)|how is (?:it|this) (?:possible|acceptable|legal) that"
    r"|how many (?:more )?times (?:do|must|should|will|have) i"
    r"|anyone even (?:there|reading|listening|working)"
    r"|can't believe (?:this|it|that|you|i have to|i'm|what)"
    r"|worst (?:week|day|month|experience|service|support)"
    r"|warn (?:everyone|others|people|other freelancers)"
    r"|(?:nobody|no one)(?: here| there)? (?:knows?|seems to know|can help|has a clue)"
    r"|(?:you|you people|you guys|this (?:platform|site|company|app)|your (?:company|platform"
    r"|site|app))(?: have| has|'ve)? (?:completely |totally |just )?(?:froze|frozen|took|taken"
    r"|closed|banned|suspended|ruined|destroyed|blocked|locked|stole|stolen|deleted|wrecked)"
    r" (?:it|my|everything|me)|still not (?:fixed|resolved|sorted|paid|released|working|here"
    r"|there|back)|wa{2,}h|whyy+|give up on (?:this|the|your) (?:site|platform|app|company|service)"
    r"|it's been (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:days|weeks"
    r"|months)|leaving (?:a )?(?:bad |1-star |one star |negative )?reviews?)\b"
    r"|(?:^|[.?!] )(?:still (?:no|nothing|pending|waiting|not|on hold|stuck|processing"
    r"|under review|the same)\b|(?:shoot me|unreal|unbelievable|typical|classic|seriously|wow"
    r"|jeez|nope|come on|again|no (?:answer|reply|response|update)s?)(?= [.?!,]|$)"
    r"|(?:^|[.?!,] )(?:yet |oh )?another (?:fee|charge|form|document|survey|rejection|excuse"
    r"|delay|day|week|month|hold|bot|automated|canned"
    r"|scripted|generic|copy|useless|failed|error|identity|id|verification|ban|suspension"
    r"|please|we|we're|we'll|sorry|thank|thanks|apolog\w*|template)\b|i'm out(?= [.?!,]|$))"
    # an exclamation said alone at the situation: "ya Allah, ...", "ya nhar eswed, ..." (not
    # "ya nhar eswed 3alaya", on me)
    r"|(?:^|[.?!] )(?:you allah|you rabb|you nhar eswed|you nhar eswad)(?= [,!?]|$)"
)
# A word of praise said alone after something went wrong is sarcasm: "10 days for a bot reply.
# Brilliant." but not "Perfect, that worked, thanks!".
_SARCASM = re.compile(
    r"(?:^|[.?!,] )(?:oh |just |how |really |so |absolutely )?(?:great|wonderful|fantastic"
    r"|brilliant|perfect|lovely|amazing|awesome|nice|cool|marvellous|marvelous|splendid"
    r"|terrific|excellent|incredible|fabulous|good to know"
    r"|genial|parfait|perfecto|perfeito|excelente|otimo|maravilha|maravilloso|magnifique|super"
    r"|bravo|mantap|bagus|galing|shabash|harika|sahane)(?= [.?!,]|$)"
)
_WENT_WRONG = re.compile(
    r"\b(?:again|still|another|never|nobody|nothing|failed|fails|wrong|lost|broken|stuck"
    r"|suspended|rejected|declined|hold|held|frozen|locked|banned|closed|days|weeks|months|week"
    r"|ago|bot|n't|instead|twice|vanished|disappeared|deleted|cancelled|canceled|missing"
    r"|different|gone|ban|bans|fee|fees|charged|error|down|crashed|logged out|month|year"
    r"|perdu|perdi|perdeu|perdio|plante|caiu|cayo|falhou|fallo|erreur|erro|gagal|hilang|nawala"
    r"|kayboldu|imepotea|encore|otra vez|de novo|lagi|ulit|tena|tekrar|phir se|dobara"
    r"|retenido|bloque|bloqueado|rechazado|recusou|rejete|ditolak|reddedildi)\b"
)
_GRATEFUL = re.compile(
    r"\b(?:thanks|thank you|thx|appreciate|appreciated|solved|fixed|works|worked|received"
    r"|arrived|got it|got the|got my|helpful|resolved|came through|went through|all set"
    r"|gracias|obrigad[oa]|merci|shukriya|salamat|makasih|terima kasih|asante|shokran"
    r"|tesekkur\w*|danke|grazie)\b"
)
# Words of despair that say upset, but in a self-harm message belong to the crisis, not to anger.
_DESPAIR = re.compile(
    r"tired of|i'm (?:so )?done|so done|can't take (?:this|it)|had enough|had it|hate|hating"
    r"|seriously|i swear to god"
    r"|desperate|miserable|done with this|i could (?:die|cry)|losing my mind|lose my mind"
)
# Repetition counts that say upset unless the message is polite ("third time, please check").
_REPEATED = re.compile(
    r"\w+ times now|over and over|again and again|yet again|for the \w+ time"
    r"|(?:third|fourth|fifth|sixth|tenth) time|seriously"
)
_SENTENCE_SPLIT = re.compile(r"[.!?\n]+")
# A word, not a mention, a hashtag or a link ("@USER", "#MAGA").
_PLAIN_WORD = re.compile(r"(?<![@#\w/])[A-Za-z][A-Za-z']*\b")


def _shouting(text: str) -> bool:
    """A sentence written all in capitals ("WHY IS MY ACCOUNT STILL SUSPENDED", "NOT AGAIN.",
    "NOBODY.") or three capitalised words in a row: the user is shouting. One word stressed in
    a sentence ("the upload failed AGAIN") and acronyms ("my VAT ID") are not."""
    if text.islower() or not any(map(str.isupper, text)):
        return False
    for sentence in _SENTENCE_SPLIT.split(text):
        words = _PLAIN_WORD.findall(sentence)
        loud = [
            word.isupper() and len(word) >= 2 and word.rstrip("'S") not in lx.ACRONYMS
            for word in words
        ]
        if not any(loud):
            continue
        letters = sum(len(word) for word, up in zip(words, loud, strict=True) if up)
        if all(up or word.isupper() for word, up in zip(words, loud, strict=True)) and letters >= 3:
            return True
        run = 0
        for up in loud:
            run = run + 1 if up else 0
            if run >= 3:
                return True
    return False


# What a support chat is about: shouting or "??" about it is upset; elsewhere (a tweet in
# capitals about a match) it says nothing about offence.
_ABOUT_SUPPORT = re.compile(
    r"\b(?:account|payouts?|payments?|paid|pay|money|refund|tickets?|repl(?:y|ies)|answers?"
    r"|support|verification|verify|verified|fees?|hold|dispute|client|buyer|milestone|site"
    r"|platform|app|invoice|withdraw\w*|bank|contract|agents?|review|profile|upload|error|bug"
    r"|login|password|fix|fixed|working|waiting|wait|anyone|hello)\b"
)


def _raised_voice(text: str, canon: str) -> bool:
    """Doubled "??" or shouting about the support situation, or "!!" about something that went
    wrong ("thanks for the quick reply!!" is glad, not upset)."""
    went_wrong = _WENT_WRONG.search(canon) is not None
    if "!!" in text and went_wrong:
        return True
    if "??" not in text and not _shouting(text):
        return False
    return went_wrong or _ABOUT_SUPPORT.search(canon) is not None


# An oath of the languages users switch into, opening a sentence or said alone ("anjing, udah
# 2 minggu", "leche, wala pa rin", "bc phir se fail"), not a word used plainly ("anjing saya
# sakit") nor the English "bc" for "because".
_OATH = re.compile(
    rf"(?:^|[.?!,;:] )(?:{_alternation(lx.FOREIGN_OATHS - {'bc', 'mc', 'bkl'})})"
    r"(?= [.?!,;:]|$| (?:lah|deh|emang|bener|banget|ya|yaar|yar|bhai|be)\b)"
    r"|(?:^|[.?!,;:] )(?:bc|mc|bkl)(?= [.?!,;:]|$| \d| (?:phir|fir|yaar|yar|kya|ye|yeh|abhi|kab"
    r"|kitna|kitni|itna|har|sala|saala|bhai|aaj|kal|ek|do|teen|koi|kuch|mera|meri|mere|pura"
    r"|poora|dobara)\b)"
)


def _frustration(canon: str, words: tuple[str, ...]) -> list[re.Match[str]]:
    """Frustration with no target: the phrases above, oaths in the languages users switch into,
    and praise said after something went wrong; not in someone else's words reported ("o
    cliente me chamou de 'burro do caralho'")."""
    found = list(_FRUSTRATION.finditer(canon))
    if not lx.FOREIGN_OATHS.isdisjoint(words):
        found.extend(_OATH.finditer(canon))
    if found and not _REPORTING_CLUES.isdisjoint(words):
        found = [
            match
            for match in found
            if not _reported_around(canon, _sentence_around(canon, match.start()), *match.span())
        ]
    sarcasm = list(_SARCASM.finditer(canon))
    if sarcasm and _WENT_WRONG.search(canon) is not None and _GRATEFUL.search(canon) is None:
        found.extend(sarcasm)
    return found


_WORD_AT = re.compile(r"[^ ]+")
# "I'm so worthless": an insult said of oneself is not anger at anyone.
_SAID_OF_ONESELF = re.compile(
    r"\b(?:i'm|i am|i feel|feel|i was|i've been|(?:no )?soy|me siento|(?:nao )?sou|je suis"
    r"|je ne suis pas|ich bin|ich|(?:hindi )?ako|aku|saya|main|ana|mimi ni|mimi|ben|jsuis)"
    r" (?:so |such an? |an? |un |una |um |uma |tan |tao |si |ang |kitna |kitni |bahut |bada"
    r" |badi |ekdum |sobrang |muy |bien |tres |cok |kweli |muito |mto |demais )?$"
)
# ... and told after the insult: "que tonta soy", "pagal hu main", "bego banget gue"; Tagalog
# "ang tanga ko" (not Hindi "gadhe ko", "to the donkey").
_SAID_OF_ONESELF_AFTER = re.compile(
    r" (?:(?:banget|bgt|sekali|talaga|sana|kweli|begad|awi|cok|demais|de verdad|mesmo"
    r"|vraiment) )?(?:(?:que|che|q) )?(?:(?:eu|io|yo) )?(?:hu|hoon|hun|hoo|soy|sou|sono|gue|gw|aku"
    r"|saya)\b"
)


def _said_of_oneself_after(canon: str, start: int, end: int) -> bool:
    """Whether the insult at ``canon[start:end]`` is said of oneself by the words after it."""
    return _SAID_OF_ONESELF_AFTER.match(canon, end) is not None or (
        canon.startswith(" ko", end) and canon.endswith("ang ", 0, start)
    )


# Reported speech: "my client wrote 'I'm going to kill you'" reports someone else's threat.
_REPORTING_WORDS = frozenset(
    {"wrote", "writes", "said", "says", "saying", "told me", "texted", "messaged", "threatened"}
    | {"sent me", "called me", "calls me"}
    # ... in the languages users switch into: "el cliente me escribio", "klien nulis", "m'a
    # traite de", "me chamou de", "tinawag akong", "aliniita", "2alli"
    | words(
        """
        escribio escribia dijo decia escreveu escrevia disse dizia geschrieben gesagt nulis
        bilang sinabihan sinabi tinawag manggil bolta bolti bolte likha kaha kehta kehte
        aliniandikia alisema yazdi dedi demis napisal powiedzial skazal 2alli 2ali 2alet
        kateb katab katbet katbetli scritto
        katabli ba3atli ngatain nyebut katanya ngirim ngirimin ngechat aliniita ameniita
        aliniambia ameniambia amesema sabi tawag ecrivait disait m'appelle m'appellent
        """
    )
    | {"me llamo", "me llama", "me llaman", "me dijo", "dice que", "dicen que", "me trato de"}
    | {"me chamou", "me chama", "me chamam", "me xingou", "diz que", "dizem que", "a ecrit"}
    | {"m'a ecrit", "a dit", "dit que", "disent que", "m'a traite", "m'a traitee", "m'a appele"}
    | {"m'a appelee", "m'a insulte", "ha scritto", "ha detto", "likh rahe", "gaali di"}
    | {"kata klien", "sabi ng", "ngirim pesan"}
)
_REPORTED = re.compile(rf"\b{_alternation(_REPORTING_WORDS)}\b(?: that)?")
# ... told after the words, in the languages that put the verb last: "'kameena' likha hai",
# "'salak' dedi", "mujhe ullu bolta hai", "'seni bulacagim' diye mesaj atti".
_REPORTING_AFTER_WORDS = words(
    "bola boli bole bolta bolti bolte kaha kehta kehti kehte likha likhi likhe dedi diye demis"
    " yazdi yazmis cagirdi gaali likhta likhti likhte geschrieben yazip scritto"
)
_REPORTED_AFTER = re.compile(rf"(?: [a-z0-9']+){{0,3}}? {_alternation(_REPORTING_AFTER_WORDS)}\b")
# A message without any of these words reports no one (the longest word of each phrase).
_REPORTING_CLUES = (
    frozenset(max(phrase.split(), key=len) for phrase in _REPORTING_WORDS) | _REPORTING_AFTER_WORDS
)


def _reported(before: str) -> bool:
    """Whether the words before a match in its sentence report someone else's words."""
    return _REPORTED.search(before) is not None and not before.startswith(("i ", "i'"))


def _reported_around(canon: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the words of ``canon[start:end]`` report someone else's words: a reporting verb
    before them in their sentence, or (verb last) just after them."""
    return (
        _reported(canon[sentence[0] : start])
        or _REPORTED_AFTER.match(canon, end, sentence[1]) is not None
    )


_NEGATED = re.compile(r"(?:\bnot|n't|\bnever) (?:\w+ )?$")
_IDIOM = re.compile(r"killing me|killing my \w+|is killing|dying here|driving me \w+")
# A line glad in the end: thanks with a laugh or praise ("jajaja eres un p*to crack, gracias",
# "anjir cepet banget kak, makasih, mantap"). Its swearing is banter, not upset.
_GLAD_THANKS = re.compile(
    r"\b(?:thanks|thank you|thx|ty|gracias|obrigad[oa]|obg|merci|shukriya|shukria|dhanyavad"
    r"|salamat|makasih|terima kasih|asante|shokran|sukran|tesekkur\w*|sagol|danke|grazie)\b"
)
_GLAD_CHEER = re.compile(
    r"\b(?:lol|lmao|haha\w*|hehe\w*|jaja\w*|jeje\w*|kkk+|rsrs\w*|wkwk\w*|xd|mdr|ptdr|crack"
    r"|idol|legend|mantap|mantul|keren|astig|galing|lodi|jago|genial|maza|zabardast|bomba"
    r"|massa|top|the best|awesome|amazing|great)\b"
)
_SOFTENED = re.compile(
    r"\b(?:lol|lmao|haha|hehe|rofl|it's fine|no worries|no problem|all good)\b|:\)|:d\b"
)
_POLITE = re.compile(
    r"\b(?:please|could you|can you|would you|thanks|thank you|i'd rather|i'd still prefer"
    r"|happy to|for now|just so you know|if needed|no rush|appreciate)\b"
)
# ... in the languages users switch into (looked for only in a message holding one of their
# words, ``_POLITE_ELSEWHERE_WORDS``).
_POLITE_ELSEWHERE_PHRASES = words(
    """
    porfa porfavor svp stp kripya meharbani meherbani pakisuyo tolong mohon lutfen tafadhali
    obrigado obrigada gracias merci shukriya shukria dhanyavad salamat makasih asante shokran
    tesekkur tesekkurler tesekkurederim danke grazie bitte podria podrian poderia poderiam
    semoga prefiro prefiero pakisend pakicheck pakiayos pakitingnan pakitulungan pakiupdate
    pakiexplain isterim misiniz potreste naomba
    """
) | {
    "por favor",
    "s'il vous plait",
    "s'il te plait",
    "barae meharbani",
    "min fadlak",
    "law sama7t",
    "terima kasih",
    "per favore",
    "pouvez vous",
    "pourriez vous",
    "en attendant",
    "je prefere",
    "je prefererais",
    "pwede po",
    "salamat po",
    "mientras tanto",
    "me pueden",
    "me podrian",
    "enquanto isso",
    "nel frattempo",
    "konnten sie",
    "konnen sie",
}
_POLITE_ELSEWHERE = re.compile(rf"\b{_alternation(_POLITE_ELSEWHERE_PHRASES)}\b")
_POLITE_ELSEWHERE_WORDS = frozenset(
    max(phrase.split(), key=len) for phrase in _POLITE_ELSEWHERE_PHRASES
)


# Each pattern runs only when the text holds one of the strings its every match contains
# (``prefilter.required_literals``): one scan of the message finds all of them (_NEEDLE_SCAN),
# so two letters are long enough.
def _required(pattern: re.Pattern[str]) -> tuple[str, ...]:
    return required_literals(pattern.pattern, min_length=2) or ()


@dataclass(frozen=True, slots=True)
class _RuleGroup:
    """Patterns in order, indexed by the strings they need. A message holds a handful of the
    required strings and most groups have dozens of patterns: looking up the patterns of the
    strings present costs a few dictionary reads, where testing every pattern's strings
    against the message cost one set test per pattern."""

    patterns: tuple[re.Pattern[str], ...]
    always: tuple[int, ...]  # patterns with no required string: they run on every message
    by_needle: dict[str, tuple[int, ...]]  # required string -> the patterns that need it
    needles: frozenset[str]


def _prepared(patterns: Iterable[re.Pattern[str]]) -> _RuleGroup:
    ordered = tuple(patterns)
    always: list[int] = []
    by_needle: dict[str, list[int]] = {}
    for index, pattern in enumerate(ordered):
        needles = frozenset(_required(pattern))
        if not needles:
            always.append(index)
        for needle in needles:
            by_needle.setdefault(needle, []).append(index)
    return _RuleGroup(
        ordered,
        tuple(always),
        {needle: tuple(indexes) for needle, indexes in by_needle.items()},
        frozenset(by_needle),
    )


def _matches(
    group: _RuleGroup, canon: str, present: frozenset[str]
) -> Iterable[tuple[re.Pattern[str], re.Match[str]]]:
    """Matches of the patterns whose required strings are ``present`` (or that need none), in
    the group's order."""
    chosen = set(group.always)
    for needle in present & group.needles:
        chosen.update(group.by_needle[needle])
    patterns = group.patterns
    for index in sorted(chosen):
        pattern = patterns[index]
        for match in pattern.finditer(canon):
            yield pattern, match


_RISK_PREPARED = _prepared(_RISK)
_RISK_WEAK_PREPARED = _prepared(pattern for pattern, _ in _RISK_WEAK)
_RISK_WEAK_KIND = dict(_RISK_WEAK)
_IMMEDIATE_PREPARED = _prepared(pattern for pattern, _ in _IMMEDIATE)
_IMMEDIATE_KIND = dict(_IMMEDIATE)
_THREAT_PREPARED = _prepared(pattern for pattern, _ in _THREATS)
_THREAT_STRONG = dict(_THREATS)
_DIRECTED_OTHER_PREPARED = _prepared(_DIRECTED_OTHER)
_DIRECTED_INSULT_PREPARED = _prepared(_DIRECTED_INSULT)
_COMPLAINT_ELSEWHERE_PREPARED = _prepared(_COMPLAINT_ELSEWHERE)
# Every required string, checked once per message.
_NEEDLES: tuple[str, ...] = tuple(
    sorted(
        {
            needle
            for group in (
                _RISK_PREPARED,
                _RISK_WEAK_PREPARED,
                _IMMEDIATE_PREPARED,
                _THREAT_PREPARED,
                _DIRECTED_OTHER_PREPARED,
                _DIRECTED_INSULT_PREPARED,
                _COMPLAINT_ELSEWHERE_PREPARED,
            )
            for needle in group.needles
        }
    )
)


# One scan finds the longest required string starting at each position; the shorter ones that
# start there are its prefixes. Far cheaper than a substring test per required string.
_NEEDLE_SCAN = re.compile("(?=(" + _trie_pattern(_NEEDLES) + "))")
_NEEDLE_PREFIXES: dict[str, tuple[str, ...]] = {
    needle: tuple(other for other in _NEEDLES if needle.startswith(other)) for needle in _NEEDLES
}


def _present_needles(canon: str) -> frozenset[str]:
    """The required strings that occur in ``canon``."""
    found: set[str] = set()
    for match in _NEEDLE_SCAN.finditer(canon):
        found.update(_NEEDLE_PREFIXES[match.group(1)])
    return frozenset(found)


_SENTENCE_BREAK = re.compile(r" [.?!;] ")


def _weak_risk(
    canon: str, present: frozenset[str], words: tuple[str, ...]
) -> list[tuple[re.Pattern[str], re.Match[str]]]:
    """The weak self-harm signs when two different kinds occur in a first-person message."""
    found = list(_matches(_RISK_WEAK_PREPARED, canon, present))
    if not found or _FIRST_PERSON.isdisjoint(words):
        return []
    if len({_RISK_WEAK_KIND[pattern] for pattern, _ in found}) < 2:
        return []
    return found


def _sentences(canon: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_BREAK.finditer(canon):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(canon)))
    return spans


@dataclass(frozen=True, slots=True)
class _SelfHarmRules:
    """What the self-harm rules found, before the head checks it."""

    level: SelfHarmLevel
    risk_hits: list[tuple[re.Pattern[str], re.Match[str]]]
    immediate_hits: list[re.Match[str]]


def _self_harm_rules(canon: str, present: frozenset[str], words: tuple[str, ...]) -> _SelfHarmRules:
    risk_hits = list(_matches(_RISK_PREPARED, canon, present))
    if not risk_hits:
        risk_hits = _weak_risk(canon, present, words)
    kinds: dict[str, list[re.Match[str]]] = {_ACT: [], _SCENE: [], _TIMING: []}
    for pattern, match in _matches(_IMMEDIATE_PREPARED, canon, present):
        kinds[_IMMEDIATE_KIND[pattern]].append(match)
    not_now = _NOT_NOW.search(canon) is not None
    said_now = _NOW.search(canon) is not None
    scene_backed = (
        bool(kinds[_SCENE])
        and (bool(risk_hits) or bool(kinds[_TIMING]) or len(kinds[_SCENE]) >= 2 or said_now)
        and not not_now
    )
    intent_now = bool(risk_hits) and _INTENT_NOW.search(canon) is not None and not not_now
    if kinds[_ACT] and _PAST.search(canon) is not None:
        # self-injury told in the past ("I cut my arms last night") is a risk, not an act now
        told = [match for match in kinds[_ACT] if _INJURY.search(match.group()) is not None]
        if told:
            kinds[_ACT] = [match for match in kinds[_ACT] if match not in told]
            risk_hits.extend((_PAST, match) for match in told)
    immediate = bool(kinds[_ACT]) or scene_backed or intent_now
    return _SelfHarmRules(
        level="immediate" if immediate else "risk" if risk_hits else "none",
        risk_hits=risk_hits,
        immediate_hits=kinds[_ACT] + kinds[_SCENE] + kinds[_TIMING],
    )


def rules_self_harm(text: str) -> SelfHarmLevel:
    """The self-harm level the rules alone read (for training the head)."""
    tokens = _tokens(text)
    return _self_harm_rules(tokens.canon, _present_needles(tokens.canon), tokens.words).level


def _cue(tokens: _Tokens, text: str, label: str, start: int, end: int, reason: str) -> ChatCue:
    original_start, original_end = tokens.span_of(start, end)
    return ChatCue(label, original_start, original_end, text[original_start:original_end], reason)


@dataclass(frozen=True, slots=True)
class _Analysis:
    """What the rules found in one message, before the levels are decided."""

    text: str
    tokens: _Tokens
    cues: tuple[ChatCue, ...]
    types: frozenset[AbuseType]
    self_harm: SelfHarmLevel
    profane: bool
    vent: bool
    complaint: bool
    polite: bool
    excited: bool
    frustrated: bool
    about_platform: bool
    third_party: bool
    insulting: bool
    banter: bool
    # Profanity other than an oath at the situation ("fuck it", "screw this"): the model's
    # reading of a line as aimed at someone needs it (or an insult) and a person.
    profane_at_someone: bool
    # Insults or oaths found, and every one reported or said of oneself: the model, which
    # reads the same words, is not asked whether the user is upset.
    explained: bool


# Compiled once here, not looked up in re's cache by pattern text on every message.
_SLUR_WORD = re.compile(rf"\b{_SLUR}\b")
_LIKE_A = re.compile(r"^(?:[a-z]+ ){0,3}like (?:a|an) $")  # "treated me like a ..."
_SECOND_PERSON_NEXT = re.compile(rf" (?:[a-z]+ )?(?:{_SECOND_PERSON_AFTER})\b")
_SECOND_PERSON_WORD = re.compile(r"\b(?:you|u|y'all|ye|your|ur|yourself)\b")


# "You (are)" in the languages users switch into, just before a slur: "eres un m*ngolico",
# "wewe ni t@ahira", "tum sab q@diani", "sun be khu$ra", "t'es gogol".
_SLUR_YOU_BEFORE = re.compile(
    rf"\b(?:{_SECOND_PERSON}|es|tu es|t'es|vous etes|tum sab|aap log|sun be|suno|ihr|sie sind"
    r"|vc e|voce e|tu e|tum jaise|tujh jaise|aap jaise|tere jaise)"
    r"(?: (?:un|una|um|uma|une|ein|eine|mesmo|mesma|vraiment|bhi|ek|bir|si|ang|ni|ba|de|der"
    r"|die|so|zo|wa7ed|mo|kya|sab|mwenye))* $"
)
# Asking for another agent or a supervisor, or refusing to talk to this one: a slur said of
# "this one" in such a message is aimed at the agent ("passez-moi quelqu'un d'autre que ce
# ...", "nipe supervisor", "gebt mir jemand anderen").
_ANOTHER_AGENT = re.compile(
    r"\b(?:supervisor|supervisora|manager|gerente|superviseur|superieur|responsable"
    r"|responsabile|vorgesetzten|vorgesetzte|someone else|somebody else|another agent"
    r"|other agent|someone who|transfer me|quelqu'un d'autre|un autre agent|un autre conseiller"
    r"|jemand anderen|jemand anderes|einen anderen|qualcun altro|qualcuno altro|un altro"
    r"|otro agente|alguien mas|otra persona|outra pessoa|outro atendente|ibang agent|ibang tao"
    r"|agent lain|orang lain|koi aur|koi dusra|kisi aur|baska birini|baska biri|baska bir"
    r"|mtu mwingine|wakala mwingine|7ad tany|7ad tani|7ad tany|wa7ed tany|wa7ed tani|7ad gheir"
    r"|sitaki kuongea|ayoko makipag|non ci parlo|ne veux pas parler|mesh hakallem|mish hakallem"
    r"|no quiero hablar|nao quero falar)\b"
)
# ... or just before a word for people or the agent: "chamar logon ko", "chura kahin ka".
_SLUR_PERSON_AFTER = re.compile(r" (?:kahin ka|kahin ki|kahin ke|logon|log|agent)\b")
_SLUR_MARKS = frozenset("@$!|*#%0123456789")
# French "retard" (a delay) after its articles: "desole pour le retard", "en retard".
_FRENCH_DELAY = re.compile(r"\b(?:le|du|en|ce|mon|son|votre|notre|des|les|au|sans|gros) $")


def _slur_masked(text: str, span: tuple[int, int], word: str) -> bool:
    """Whether a slur that is also a plain word was typed with marks or digits for letters
    ("m@caco", "C!na", "3@bd"), as people disguise only offensive words; Arabic in Latin
    letters spells "3abd" with a digit, so a digit of the word itself is no mark."""
    return any(mark in _SLUR_MARKS and mark not in word for mark in text[span[0] : span[1]])


# An insult just before or after: "um paraiba burro", "dasar c!na pelit".
_BESIDE_SLUR = lx.FOREIGN_INSULTS | lx.INSULT_NOUNS | lx.VENT_INSULTS | frozenset({"pelit"})


def _beside_an_insult(words: tuple[str, ...], index: int) -> bool:
    """Whether a slur that is also a plain word stands next to an insult word."""
    return any(
        0 <= other < len(words) and words[other] in _BESIDE_SLUR for other in (index - 1, index + 1)
    )


_POSSESSIVES = tuple(f" {word} " for word in ("mera", "meri", "mere", "my", "mi", "meu", "mon"))


def _my_animal(canon: str, match: re.Match[str]) -> bool:
    """Whether the match opens with an animal word after a possessive: "mera kutta ka charger
    chaba gaya" names the user's dog."""
    first = match.group().split(" ", 1)[0]
    return first in lx.FOREIGN_LITERAL_INSULTS and (" " + canon[: match.start()]).endswith(
        _POSSESSIVES
    )


# Someone else calling the user names ("the buyer keeps calling me a ...", "me llamo ...",
# "m'a traite de ...", "tinawag akong ..."); not every reporting verb, as "he said it would
# come and it's bullshit" is the user's own oath.
_NAME_CALLING = re.compile(
    r"\b(?:called|calls|calling|call|named) (?:me|us|my \w+)\b|\bme (?:llamo|llama|llaman"
    r"|chamou|chama|chamam|xingou|trato de)\b|\bm'a (?:traite|traitee|appele|appelee|insulte)"
    r"\b|\btinawag (?:akong|ako|kami)\b|\bgaali (?:di|de|dete)\b"
)
# An oath at the situation, not at a person: "fuck it", "screw this", "damn it all".
_OATH_AT_NOTHING = re.compile(
    r"(?:fuck|fucking|screw|damn|f|eff|frick|to hell with) (?:it|this|that|everything)\b"
)
# Words that call a person names, as opposed to feelings ("i'm sick and tired" is upset).
_SELF_INSULTS = lx.VENT_INSULTS | _PERSONAL_INSULTS


def _not_upset(canon: str, match: re.Match[str]) -> bool:
    """Whether an insult or oath is a name someone else called the user, an insult said of
    oneself, or one that names a question ("stupid question, but ...")."""
    start, end = match.span()
    return (
        _NAME_CALLING.search(canon, _sentence_around(canon, start)[0], start) is not None
        or (
            match.group().strip(" '") in _SELF_INSULTS
            and _SAID_OF_ONESELF.search(canon, max(0, start - 24), start) is not None
        )
        or canon.startswith(" question", end)
    )


def _set_apart_calm(
    canon: str, matches: Iterable[re.Match[str]], said_calmly: list[re.Match[str]]
) -> list[re.Match[str]]:
    """The matches that say the user is upset; the others are added to ``said_calmly``."""
    upset: list[re.Match[str]] = []
    for match in matches:
        (said_calmly if _not_upset(canon, match) else upset).append(match)
    return upset


def _accuses_the_company(canon: str, words: tuple[str, ...], match: re.Match[str]) -> bool:
    """Whether the insult is an accusation of theft or fraud, with no other insult to a person,
    in a message that names the platform or the company: "bunch of thieves" said of the
    business is venting."""
    if lx.THEFT_ACCUSATIONS.isdisjoint(match.group().split()):
        return False
    others = set(words) - lx.THEFT_ACCUSATIONS
    if not others.isdisjoint(_PERSONAL_INSULTS) or not others.isdisjoint(lx.FOREIGN_INSULTS):
        return False  # "this company is a joke, you are thieves and idiots"
    return _NOT_AGENT.search(canon) is not None or not _PLATFORM_ELSEWHERE.isdisjoint(words)


def _analyse(text: str) -> _Analysis:
    return _analyse_using(text, _current_self_harm_model())


def _analyse_using(text: str, self_harm_model: SelfHarmModel | None) -> _Analysis:
    tokens = _tokens(text)
    canon = tokens.canon
    cues: list[ChatCue] = []
    types: set[AbuseType] = set()

    # Self-harm.
    present = _present_needles(canon)
    rules = _self_harm_rules(canon, present, tokens.words)
    self_harm, head = _self_harm_level(rules.level, canon, self_harm_model)
    risk_hits = rules.risk_hits if self_harm != "none" else []
    if head is not None and self_harm not in ("none", rules.level):
        label = "self_harm_" + self_harm
        reason = f"{REASONS[label]} (model: self-harm {head:.2f})"
        cues.append(ChatCue(label, 0, len(text), text, reason))
    if self_harm == "immediate":
        for match in rules.immediate_hits:
            cues.append(
                _cue(
                    tokens,
                    text,
                    "self_harm_immediate",
                    match.start(),
                    match.end(),
                    REASONS["self_harm_immediate"],
                )
            )
    for _, match in risk_hits:
        cues.append(
            _cue(
                tokens,
                text,
                "self_harm_risk",
                match.start(),
                match.end(),
                REASONS["self_harm_risk"],
            )
        )

    # Slurs: a listed one, or one that is also an ordinary word ("macaco", "cina") masked as
    # people mask only offensive words ("m*caco", "c*na"). Someone else's words reported
    # ("the buyer called me a ...") are not the user's abuse.
    slurs = list(_SLUR_WORD.finditer(canon))
    if not lx.AMBIGUOUS_SLURS.isdisjoint(tokens.words):
        slurs.extend(
            _WORD_AT.match(canon, tokens.starts[index])  # type: ignore[misc]
            for index, word in enumerate(tokens.words)
            if word in lx.AMBIGUOUS_SLURS
            and (
                _slur_masked(text, tokens.spans[index], word)
                or _beside_an_insult(tokens.words, index)
                or _SLUR_YOU_BEFORE.search(canon, 0, tokens.starts[index]) is not None
                or _SLUR_PERSON_AFTER.match(canon, tokens.starts[index] + len(word)) is not None
            )
        )
    for match in slurs:
        sentence = _sentence_around(canon, match.start())
        if _reported_around(canon, sentence, match.start(), match.end()):
            continue
        if match.group() in ("retard", "retards") and _FRENCH_DELAY.search(canon, 0, match.start()):
            continue  # French "le retard", a delay
        types.add("slur")
        cues.append(_cue(tokens, text, "slur", match.start(), match.end(), REASONS["slur"]))
        before = canon[sentence[0] : match.start()]
        after = canon[match.end() : sentence[1]]
        aimed_elsewhere = _THIRD_PARTY.search(before) is not None
        if not aimed_elsewhere and (
            _AGENT_WORDS.search(before + " " + after) is not None
            or _LIKE_A.match(before)
            or _SECOND_PERSON_NEXT.match(canon, match.end()) is not None  # "b*kla ka", "banci lo"
            or _SLUR_YOU_BEFORE.search(before) is not None  # "eres m*ngolico", "wewe ni ..."
            or (
                _COUNTERPARTY.search(canon, *sentence) is None
                and _ANOTHER_AGENT.search(canon) is not None  # "... give me someone else"
            )
        ):
            types.add("directed_insult")

    # Directed insults and profanity aimed at the agent.
    accusations: list[re.Match[str]] = []
    directed = list(_matches(_DIRECTED_OTHER_PREPARED, canon, present))
    if not _INSULT_WORDS.isdisjoint(tokens.words):
        directed.extend(_matches(_DIRECTED_INSULT_PREPARED, canon, present))
    # Where the agent is disclaimed as the target ("not you, the bot"), read once for all.
    disclaimers = [m.span() for m in _AGENT_DISCLAIMED.finditer(canon)] if directed else []
    for pattern, match in directed:
        sentence = _sentence_around(canon, match.start())
        if pattern in _PERSON_CHECKED and _is_about_platform(canon, match, sentence):
            continue
        if _reported_around(canon, sentence, match.start(), match.end()):
            continue
        if _said_of_oneself_after(canon, *match.span()):
            continue  # "arre pagal hu main": said of oneself
        if _my_animal(canon, match):
            continue  # "mera kutta ka charger": an animal of one's own, not an insult
        if any(start < match.end() and match.start() < end for start, end in disclaimers):
            continue  # "the bot is dumb as a rock. not you, the bot"
        if _accuses_the_company(canon, tokens.words, match):
            accusations.append(match)  # "che schifo di piattaforma, siete dei ladri": venting
            continue
        types.add("directed_insult")
        cues.append(
            _cue(
                tokens,
                text,
                "directed_insult",
                match.start(),
                match.end(),
                REASONS["directed_insult"],
            )
        )

    # Threats.
    weak: list[re.Match[str]] = []
    strong: list[re.Match[str]] = []
    for pattern, match in _matches(_THREAT_PREPARED, canon, present):
        if _reported_around(canon, _sentence_around(canon, match.start()), *match.span()):
            continue
        (strong if _THREAT_STRONG[pattern] else weak).append(match)
    if strong or len(weak) >= 2:
        types.add("threat")
        for match in strong + weak:
            cues.append(_cue(tokens, text, "threat", match.start(), match.end(), REASONS["threat"]))

    # Venting. Insults and oaths reported from someone else ("the client called me a 'stupid
    # b*tch'") or said of oneself ("lol i'm dumb") do not say the user is upset.
    said_calmly: list[re.Match[str]] = []
    profane = _set_apart_calm(canon, _PROFANE.finditer(canon), said_calmly)
    for match in profane:
        cues.append(
            _cue(tokens, text, "profanity", match.start(), match.end(), REASONS["profanity"])
        )
    vent = _set_apart_calm(
        canon,
        (
            match
            for match in _VENT_STRONG.finditer(canon)
            if _NEGATED.search(canon, max(0, match.start() - 12), match.start()) is None
            and not (match.group() == "broken" and canon.startswith(" link", match.end()))
            and not (match.group() == "hate" and canon.startswith(" to ", match.end()))
        ),
        said_calmly,
    )
    if (
        vent
        and _SOFTENED.search(canon) is not None
        and all(_IDIOM.fullmatch(match.group()) for match in vent)
    ):
        vent = []
    polite = _POLITE.search(canon) is not None or (
        not _POLITE_ELSEWHERE_WORDS.isdisjoint(tokens.words)
        and _POLITE_ELSEWHERE.search(canon) is not None
    )
    if polite:
        vent = [match for match in vent if not _REPEATED.fullmatch(match.group())]
    if self_harm != "none":
        vent = [match for match in vent if not _DESPAIR.fullmatch(match.group())]
    frustrated = _frustration(canon, tokens.words)
    vent.extend(accusations)
    vent_cues = vent + frustrated
    if not types:
        vent.extend(_set_apart_calm(canon, _insults_said_in_anger(tokens), said_calmly))
    complaints = list(_COMPLAINT.finditer(canon))
    complaints.extend(match for _, match in _matches(_COMPLAINT_ELSEWHERE_PREPARED, canon, present))
    for match in complaints:
        cues.append(
            _cue(
                tokens,
                text,
                "nonviolent_threat",
                match.start(),
                match.end(),
                REASONS["nonviolent_threat"],
            )
        )
    for match in vent_cues:
        cues.append(_cue(tokens, text, "venting", match.start(), match.end(), REASONS["venting"]))

    ordered = tuple(sorted(set(cues), key=lambda cue: (cue.start, cue.end, cue.label)))
    return _Analysis(
        text=text,
        tokens=tokens,
        cues=ordered,
        types=frozenset(types),
        self_harm=self_harm,
        profane=bool(profane),
        vent=bool(vent),
        complaint=bool(complaints),
        polite=polite,
        excited=any(mark in text for mark in ("!?", "?!", "???", "!!!"))
        or (not polite and _raised_voice(text, canon)),
        frustrated=bool(frustrated),
        about_platform=_NOT_AGENT.search(canon) is not None
        or not _PLATFORM_ELSEWHERE.isdisjoint(tokens.words),
        third_party=_COUNTERPARTY.search(canon) is not None,
        insulting=_insults_a_person(tokens),
        banter=not types and not vent and not complaints and _banter(canon, profane, frustrated),
        explained=bool(said_calmly) and not (types or profane or vent or frustrated),
        profane_at_someone=any(
            _OATH_AT_NOTHING.match(canon, match.start()) is None for match in profane
        ),
    )


def _banter(canon: str, profane: list[re.Match[str]], frustrated: list[re.Match[str]]) -> bool:
    """Swearing in a line that thanks with a laugh or praise ("jajaja eres un p*to crack,
    gracias"): banter, not upset. Only when swearing is all that says upset."""
    if not (profane or frustrated) or _GLAD_THANKS.search(canon) is None:
        return False
    if _GLAD_CHEER.search(canon) is None:
        return False
    swearing = lx.PROFANITY | lx.FOREIGN_OATHS
    return all(match.group().strip(" .?!,;:") in swearing for match in frustrated)


def _insults_said_in_anger(tokens: _Tokens) -> list[re.Match[str]]:
    """Insults that say the user is upset even when aimed at no one present ("the buyer is a
    liar", "esta app es una mierda inutil"); not one said of oneself ("que tonta soy", "I'm
    such an idiot"), someone else's words reported ("tinawag akong bobo ng client", "'kameena'
    likha hai") or a word that is also plain ("mera kutta bimar tha")."""
    canon = tokens.canon
    spans = [
        (tokens.starts[index], tokens.starts[index] + len(word), word in lx.FOREIGN_INSULTS)
        for index, word in enumerate(tokens.words)
        if (word in lx.VENT_INSULTS or word in lx.FOREIGN_INSULTS)
        and word not in lx.FOREIGN_LITERAL_INSULTS
    ]
    if not _MULTIWORD_CLUES.isdisjoint(tokens.words):
        spans.extend((*match.span(), True) for match in _MULTIWORD_FOREIGN.finditer(canon))
    found: list[re.Match[str]] = []
    for start, end, foreign in spans:
        if _SAID_OF_ONESELF.search(canon, max(0, start - 16), start) is not None:
            continue
        if foreign and (
            _said_of_oneself_after(canon, start, end)
            or _reported_around(canon, _sentence_around(canon, start), start, end)
        ):
            continue
        found.append(_ANY_AT.match(canon, start, end))  # type: ignore[arg-type]
    return found


_MULTIWORD_FOREIGN = re.compile(
    rf"\b{_alternation({insult for insult in lx.FOREIGN_INSULTS if ' ' in insult})}\b"
)
_MULTIWORD_CLUES = frozenset(
    max(insult.split(), key=len) for insult in lx.FOREIGN_INSULTS if " " in insult
)
_ANY_AT = re.compile(r".+", re.DOTALL)


_PERSON_NOUNS = frozenset(
    {"person", "people", "agent", "agents", "guy", "guys", "man", "woman", "lady", "girl", "boy"}
    | {"bitch", "bastard", "idiot", "idiots", "moron", "morons", "loser", "losers", "clown"}
)
_CLAUSE_END = frozenset({".", "?", "!", ",", ";", ":", "and", "or", "but"})


def _insults_a_person(tokens: _Tokens) -> bool:
    """An insult noun or slur, or an insulting adjective said of someone ("you're so lazy",
    "lazy person"), not of a thing ("the same stupid template")."""
    words = tokens.words
    if _PERSONAL_INSULTS.isdisjoint(words):
        return False
    for index, word in enumerate(words):
        if word in lx.PERSONAL_INSULT_ADJECTIVES:
            following = words[index + 1] if index + 1 < len(words) else "."
            if following in _CLAUSE_END or following in _PERSON_NOUNS:
                return True
        elif word in _PERSONAL_INSULTS:
            return True
    return False


def _sentence_around(canon: str, position: int) -> tuple[int, int]:
    for start, end in _sentences(canon):
        if start <= position < end:
            return start, end
    return 0, len(canon)


def _is_about_platform(canon: str, match: re.Match[str], sentence: tuple[int, int]) -> bool:
    """ "What a joke of a system", "you guys ... this platform is garbage": not the agent."""
    found = match.group()
    if _SECOND_PERSON_WORD.search(found):
        return False
    window = canon[sentence[0] : sentence[1]]
    return _NOT_AGENT.search(window) is not None or not _PLATFORM_ELSEWHERE.isdisjoint(
        window.split()
    )


# ---------------------------------------------------------------------------------------------
# The learned part: a linear model over folded words, word pairs, character n-grams and the
# rule findings, trained by scripts/train_chat.py. Two heads: "offensive" (OLID sub-task A)
# and "targeted" (sub-task B). Scored in plain Python.

MODEL_PATH = Path(__file__).with_name("models") / "chat_offense.json.gz"


@dataclass(frozen=True, slots=True)
class ChatModel:
    offensive: LinearHead
    targeted: LinearHead
    version: str


def load_model(path: Path = MODEL_PATH) -> ChatModel | None:
    """The committed model, or ``None`` when the file is absent (rules only)."""
    data = read_artefact(path)
    if data is None:
        return None
    return ChatModel(
        offensive=head(data["offensive"]),
        targeted=head(data["targeted"]),
        version=str(data.get("version", "")),
    )


@lru_cache(maxsize=1)
def _current_model() -> ChatModel | None:
    return load_model()


# ---------------------------------------------------------------------------------------------
# The desk heads: four small linear models over the same features as the OLID heads, trained
# by scripts/train_chat_abuse.py on trustdesk's own support-chat lines (scripts/data) in the
# marketplace's languages and voices: "abusive" (versus venting or calm) and "upset" (venting
# or abusive, versus calm) on every line, "slur" and "threat" on the abusive lines only (the
# types of a line the abusive head finds; neither means an insult aimed at the agent).

ABUSE_MODEL_PATH = Path(__file__).with_name("models") / "chat_abuse.json.gz"


@dataclass(frozen=True, slots=True)
class AbuseModel:
    abusive: LinearHead
    upset: LinearHead
    slur: LinearHead
    threat: LinearHead
    version: str


def load_abuse_model(path: Path = ABUSE_MODEL_PATH) -> AbuseModel | None:
    """The committed desk heads, or ``None`` when the file is absent."""
    data = read_artefact(path)
    if data is None:
        return None
    return AbuseModel(
        abusive=head(data["abusive"]),
        upset=head(data["upset"]),
        slur=head(data["slur"]),
        threat=head(data["threat"]),
        version=str(data.get("version", "")),
    )


@lru_cache(maxsize=1)
def _current_abuse_model() -> AbuseModel | None:
    return load_abuse_model()


# ---------------------------------------------------------------------------------------------
# The self-harm head: two small linear models over folded words, their character 3- to
# 5-grams, word pairs and self-harm concepts (``chat_lexicon.SELF_HARM_CONCEPTS``) alone, in
# pairs and near each other, trained by scripts/train_chat_self_harm.py on
# trustdesk's own support-chat lines only (scripts/data; no licensed data). "self_harm" (risk or
# immediate, versus none) reads the phrasings the rules above were not written from;
# "immediate" (acting now or about to, versus not) reads an act the rules did not. How they are
# combined with the rules: ``_self_harm_level``.

SELF_HARM_MODEL_PATH = Path(__file__).with_name("models") / "chat_self_harm.json.gz"
_PUNCTUATION = frozenset(".?!;:,")
# The head reads a line without the figures of speech that borrow the crisis's words
# ("killing myself to meet deadlines", "dead tired", "I don't want to live in fear of another
# ban", "cutting myself some slack").
_FIGURES = re.compile(
    r"\b(?:kill|killing|killed|work|working|worked) myself (?:to|for|over|with|working|trying"
    r"|on|at|doing)\b|\b(?:could|would|'d|i'll) kill for\b|\bkill(?:ing|ed|s)? (?:it|me|my \w+)\b"
    r"|\bis killing\b|\bdead (?:tired|serious|on my feet|in the water|link|end)\b"
    r"|\b(?:dying|die|died) (?:to|of|for|laughing|here)\b|\bto die for\b"
    r"|\b(?:(?:want|wanna|going) to )?live (?:in fear|with|on|off|in (?:a|the|this|another|my)|near"
    r"|abroad|paycheck)\b"
    r"|\b(?:goodbye|bye|farewell)\b(?: \w+)?(?: ,)? (?:i'm|i am|we're|we are) (?:moving|leaving for"
    r"|off to|going on|starting|switching|retiring)\b"
    r"|\bcutting myself (?:some|a) (?:slack|break)\b|\bhanging (?:in there|on by a thread)\b"
    r"|\b(?:end|ending) (?:it|things) with\b|\bjump(?:ing)? (?:on|at|in|into|ship|between)\b"
    r"|\bshoot me (?:an|a)\b|\bover my dead body\b"
)
_FOREIGN_FIGURES = re.compile(lx.FOREIGN_FIGURES_PATTERN)
# "Not now", "sometimes", "every night", "for weeks" in the other languages: a thought or a
# habit told, not an act under way ("abhi nahi, par jaldi", "bugün değil", "minsan", "seit Wochen").
_NOT_NOW_MORE_LANGUAGES = (
    r"\b(?:not (?:today|tonight|yet)|abhi nahi|aaj nahi|aaj kuch nahi|bugun degil|hoy no|hoje nao"
    r"|pas (?:ce soir|aujourd'hui|maintenant|encore)|hindi (?:pa )?ngayon|bukan (?:hari ini"
    r"|sekarang)|(?:tidak|nggak|gak) sekarang|nicht (?:heute|jetzt)|non (?:oggi|ora|adesso)"
    r"|si leo|sio leo|si sasa|mesh (?:delwa2ti|delwa2ty|el naharda)|minsan|kadang|a veces"
    r"|as vezes|parfois|kabhi kabhi|manchmal|a volte|bazen|wakati mwingine|kil (?:lail|yom|youm)"
    r"|kol (?:yom|leila)|kel yom|har (?:roz|raat|din)|araw araw|gabi gabi|setiap (?:malam|hari)"
    r"|todas las noches|todas as noites|toda noite|chaque (?:nuit|soir|jour)|jede nacht|ogni"
    r" (?:notte|sera|giorno)|her (?:gece|sabah|gun)|kila (?:usiku|siku)|seit (?:wochen|tagen"
    r"|monaten)|depuis des (?:semaines|mois|jours)|desde hace (?:semanas|meses|dias)|da"
    r" (?:settimane|mesi|giorni)|haftalardir|aylardir|sijaamua|non ho ancora deciso|noch nicht"
    r" entschieden|malapit na|par jaldi|cok yakinda)\b"
)
# A risk told in the past, as a habit, as a thought or with "not now" is not an act now,
# whatever the immediate head says: "I cut my arm last week", "I've been holding the pills
# every evening", "I'm considering taking them all".
_NOT_AN_ACT_NOW = re.compile(
    _PAST.pattern
    + r"|\b(?:every (?:day|night|evening|morning|time)|sometimes|often|lately|some nights"
    r"|i've been|i keep|keep (?:thinking|looking|staring|picturing)|considering|thinking (?:about"
    r"|of)|thought (?:about|of))\b|" + _NOT_NOW.pattern + "|" + _NOT_NOW_MORE_LANGUAGES
)
# A routine told as one (medication taken as usual or as prescribed: "took my pills this
# morning as usual, then checked the payout"), which the head may not read as self-harm; a rule
# still may.
_ROUTINE = re.compile(
    r"\b(?:as (?:usual|always|prescribed)|like (?:always|every (?:day|morning|night))"
    r"|my (?:usual|daily|morning|evening|night) (?:pills?|meds|medication|dose|tablets?)"
    r"|como (?:siempre|de costumbre|sempre|de costume)|comme d ?'? ?habitude|wie immer"
    r"|seperti biasa|gaya ng dati|hamesha ki tarah)\b"
)
# Two concepts this many words apart or closer are read as one phrase ("my kids ... insurance").
_CONCEPT_WINDOW = 4
# Words whose own features (the word, its character n-grams) the self-harm head does not read.
_NOT_READ_ALONE = _PUNCTUATION | lx.FUNCTION_WORDS
_CONCEPT_WORDS = frozenset(lx.SELF_HARM_CONCEPTS)


@dataclass(frozen=True, slots=True)
class SelfHarmModel:
    self_harm: LinearHead
    immediate: LinearHead
    version: str


def load_self_harm_model(path: Path = SELF_HARM_MODEL_PATH) -> SelfHarmModel | None:
    """The committed self-harm head, or ``None`` when the file is absent (rules only)."""
    data = read_artefact(path)
    if data is None:
        return None
    return SelfHarmModel(
        self_harm=head(data["self_harm"]),
        immediate=head(data["immediate"]),
        version=str(data.get("version", "")),
    )


@lru_cache(maxsize=1)
def _current_self_harm_model() -> SelfHarmModel | None:
    return load_self_harm_model()


def _word_pairs(words: tuple[str, ...]) -> list[str]:
    """Each word with the one before it ("<s>" before the first)."""
    # One longer than ``words``: zip stops at the last word, which comes before no word.
    befores = ("<s>", *words)
    return ["b:" + before + " " + word for before, word in zip(befores, words, strict=False)]


def _self_harm_parts(words: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The self-harm head's features of ``words`` in two parts, as ``bag_probability`` takes
    them: the words whose ``_word_features`` it reads (not punctuation or function words), and
    its other features (word pairs, concepts alone, near each other and together)."""
    content = [word for word in words if word not in _NOT_READ_ALONE]
    others = _word_pairs(words)
    concepts: list[tuple[int, str]] = []
    if not _CONCEPT_WORDS.isdisjoint(words):  # most lines name no concept
        concepts = [
            (index, lx.SELF_HARM_CONCEPTS[word])
            for index, word in enumerate(words)
            if word in lx.SELF_HARM_CONCEPTS
        ]
    append = others.append
    for _, concept in concepts:
        append("k:" + concept)
    for position, (index, concept) in enumerate(concepts):
        for later_index, later in concepts[position + 1 :]:
            if later_index - index > _CONCEPT_WINDOW:
                break
            append("n:" + "+".join(sorted((concept, later))))
    kinds = sorted({concept for _, concept in concepts})
    for position, concept in enumerate(kinds):
        for later in kinds[position + 1 :]:
            append("m:" + concept + "+" + later)
    return content, others


def _self_harm_features(words: tuple[str, ...]) -> list[str]:
    content, others = _self_harm_parts(words)
    return [feature for word in content for feature in _word_features(word)] + others


def _head_words(canon: str) -> tuple[str, ...]:
    plain = _FOREIGN_FIGURES.sub(" ", _FIGURES.sub(" ", canon))
    return tuple(lx.HEAD_SPELLINGS.get(word, word) for word in plain.split())


def tells_no_act_now(text: str) -> bool:
    """Whether the line tells the past, a habit or "not now": the immediate head cannot raise
    it (used by the training script)."""
    return _NOT_AN_ACT_NOW.search(_tokens(text).canon) is not None


def tells_a_routine(text: str) -> bool:
    """Whether the line tells a routine the head may not read as self-harm (used by the
    training script)."""
    return _ROUTINE.search(_tokens(text).canon) is not None


def self_harm_features(text: str) -> list[str]:
    """The self-harm head's input features for ``text`` (used by the training script)."""
    return _self_harm_features(_head_words(_tokens(text).canon))


def _self_harm_level(
    rules: SelfHarmLevel, canon: str, model: SelfHarmModel | None
) -> tuple[SelfHarmLevel, float | None]:
    """The rules' level completed by the head, with the head's probability.

    A line the rules miss is a risk when the self_harm head is at or above its threshold and it
    tells no routine; a risk is immediate when the immediate head is at or above its threshold
    and the line does not tell the past, a habit or "not now". A rule hit always stands.
    """
    words = _head_words(canon)
    if model is None or not words:
        return rules, None
    content, others = _self_harm_parts(words)
    risk = model.self_harm.bag_probability(content, _word_features, others)
    if rules == "none" and (risk < model.self_harm.threshold or _ROUTINE.search(canon)):
        return "none", risk
    if (
        rules != "immediate"
        and _NOT_AN_ACT_NOW.search(canon) is None
        and model.immediate.bag_probability(content, _word_features, others)
        >= model.immediate.threshold
    ):
        return "immediate", risk
    return ("risk" if rules == "none" else rules), risk


@lru_cache(maxsize=65536)
def _word_features(word: str) -> tuple[str, ...]:
    """The word itself and, for words, its character 3- to 5-grams (with edge marks)."""
    found = ["w:" + word]
    if len(word) > 2 and word.isalpha():
        padded = "<" + word + ">"
        for size in (3, 4, 5):
            for index in range(len(padded) - size + 1):
                found.append("c:" + padded[index : index + size])
    return tuple(found)


def _feature_parts(analysis: _Analysis) -> tuple[tuple[str, ...], list[str]]:
    """The model's features in two parts, as ``bag_probability`` takes them: the words (each
    read by ``_word_features``), and the word pairs and rule findings."""
    words = analysis.tokens.words
    others = _word_pairs(words)
    append = others.append
    for type_ in analysis.types:
        append("r:" + type_)
    if analysis.profane:
        append("r:profane")
    if analysis.vent:
        append("r:vent")
    if analysis.complaint:
        append("r:complaint")
    if analysis.about_platform:
        append("r:platform")
    if analysis.third_party:
        append("r:third_party")
    if analysis.self_harm != "none":
        append("r:self_harm")
    return words, others


def _features(analysis: _Analysis) -> list[str]:
    words, others = _feature_parts(analysis)
    return [feature for word in words for feature in _word_features(word)] + others


def chat_features(text: str) -> list[str]:
    """The model's input features for ``text`` (used by scripts/train_chat.py)."""
    return _features(_analyse(text))


def assess_chat(text: str) -> ChatAssessment:
    """Read one user message: abuse level and types, self-harm level, and the evidence."""
    analysis = _analyse(text)
    return _decide(analysis, _current_model(), _current_abuse_model())


def assess_chat_using(
    text: str, model: ChatModel | None, abuse_model: AbuseModel | None = None
) -> ChatAssessment:
    """``assess_chat`` with other heads (``None``: without them); for evaluation and training."""
    return _decide(_analyse(text), model, abuse_model)


def assess_self_harm_using(text: str, self_harm_model: SelfHarmModel | None) -> SelfHarmLevel:
    """The self-harm level with another self-harm head (``None``: rules only); for training."""
    return _analyse_using(text, self_harm_model).self_harm


# How the model's two probabilities are used (chosen by 5-fold CV on OLID, with the dev chat
# lines as a check that calm support messages stay calm; see scripts/eval_chat.py):
# - a message no rule finds upset is offensive only when the model is sure (FREE_MARGIN above
#   the head's own threshold): support-desk prose is far from the tweets it learned from;
# - an upset message is abusive (an insult aimed at someone) when the targeted head says so and
#   it is not about the platform, a process or the other party of the contract, and either
#   it names one person ("@user", he, she) or it says "you", "they", "people" together with an
#   insult or profanity (for the agent, the rules' grammar decides first; the model only adds
#   what they miss, so "you keep sending the same stupid template" stays venting).
FREE_MARGIN = 0.2
# A line of these tokens alone has no word for the heads to read.
_MARKS = _PUNCTUATION | {"\n"}
# (Not Turkish "her", every: "her yere yazacagim".)
_NOT_TURKISH_HER = r"(?! (?:yer\w*|sey\w*|gun|zaman|hafta|ay|kes|defa|seferinde|biri|tarafta)\b)"
_SOMEONE_NAMED = re.compile(rf"(?:^| )(?:@user|he|she|him|her{_NOT_TURKISH_HER}|he's|she's)\b")
_PERSON = re.compile(
    r"(?:^| )(?:you|your|ur|yourself|y'all|@user|he|she|him|her|his|they|them|their|people"
    r"|these|those)\b"
)


def _decide(
    analysis: _Analysis, model: ChatModel | None, abuse_model: AbuseModel | None
) -> ChatAssessment:
    types = set(analysis.types)
    cues = list(analysis.cues)
    upset = not analysis.banter and (
        analysis.profane
        or analysis.vent
        or analysis.excited
        or analysis.frustrated
        or (analysis.complaint and not analysis.polite)
    )
    abuse: AbuseLevel = "abusive" if types else "venting" if upset else "none"
    if (
        abuse == "abusive"
        or (model is None and abuse_model is None)
        or _MARKS.issuperset(analysis.tokens.words)
    ):
        return _assessment(analysis, abuse, types, cues)
    words, others = _feature_parts(analysis)
    if model is not None:
        offensive = model.offensive.bag_probability(words, _word_features, others)
        if (
            abuse == "none"
            and analysis.self_harm == "none"  # the rules read a crisis message; not the model
            and not analysis.banter
            and not analysis.explained
            and offensive >= model.offensive.threshold + FREE_MARGIN
        ):
            abuse = "venting"
            cues.append(_model_cue(analysis, "venting", offensive, None))
        canon = analysis.tokens.canon
        if (
            abuse == "venting"
            and not _aimed_elsewhere(analysis)
            and (
                _SOMEONE_NAMED.search(canon) is not None
                or (
                    (analysis.profane_at_someone or analysis.insulting)
                    and _PERSON.search(canon) is not None
                )
            )
        ):
            targeted = model.targeted.bag_probability(words, _word_features, others)
            if targeted >= model.targeted.threshold:
                abuse = "abusive"
                types.add("directed_insult")
                cues.append(_model_cue(analysis, "directed_insult", offensive, targeted))
    if abuse_model is not None and abuse != "abusive":
        abuse = _desk_heads(analysis, abuse_model, words, others, abuse, types, cues)
    return _assessment(analysis, abuse, types, cues)


def _desk_heads(
    analysis: _Analysis,
    model: AbuseModel,
    words: tuple[str, ...],
    others: list[str],
    abuse: AbuseLevel,
    types: set[AbuseType],
    cues: list[ChatCue],
) -> AbuseLevel:
    """The level once the desk heads have read a line the rules and the OLID heads left short
    of abusive (adding the types and the cues of what they find): a calm line is venting when
    the upset head is sure (not banter, nor insults the rules read as reported or said of
    oneself), and an upset line not aimed elsewhere is abusive when the abusive head is."""
    if abuse == "none":
        if analysis.banter or analysis.explained:  # as for the OLID heads
            return abuse
        upset = model.upset.bag_probability(words, _word_features, others)
        if upset < model.upset.threshold:
            return abuse
        abuse = "venting"
        cues.append(_desk_cue(analysis, model.upset, "venting", f"upset {upset:.2f}"))
    if _aimed_elsewhere(analysis):
        return abuse
    abusive = model.abusive.bag_probability(words, _word_features, others)
    if abusive < model.abusive.threshold:
        return abuse
    found: list[AbuseType] = []
    if model.threat.bag_probability(words, _word_features, others) >= model.threat.threshold:
        found.append("threat")
    if model.slur.bag_probability(words, _word_features, others) >= model.slur.threshold:
        found.append("slur")
    types.update(found or ["directed_insult"])
    label = found[0] if found else "directed_insult"
    cues.append(_desk_cue(analysis, model.abusive, label, f"abusive {abusive:.2f}"))
    return "abusive"


def _aimed_elsewhere(analysis: _Analysis) -> bool:
    """Whether the anger the rules read is aimed away from the agent, which no model may turn
    into abuse: at the platform, a process or the other party of the contract, in a complaint,
    or with the agent set apart ("no offense to you, ...")."""
    return (
        analysis.about_platform
        or analysis.third_party
        or analysis.complaint
        or _AGENT_DISCLAIMED.search(analysis.tokens.canon) is not None
    )


def _assessment(
    analysis: _Analysis, abuse: AbuseLevel, types: set[AbuseType], cues: list[ChatCue]
) -> ChatAssessment:
    ordered = tuple(sorted(set(cues), key=lambda cue: (cue.start, cue.end, cue.label)))
    return ChatAssessment(
        abuse=abuse,
        abuse_types=tuple(sorted(types)) if abuse == "abusive" else (),
        self_harm=analysis.self_harm,
        cues=ordered,
    )


def _model_cue(
    analysis: _Analysis, label: str, offensive: float, targeted: float | None
) -> ChatCue:
    text = analysis.text
    aimed = "" if targeted is None else f", aimed at someone {targeted:.2f}"
    reason = f"{REASONS[label]} (model: offensive {offensive:.2f}{aimed})"
    return ChatCue(label, 0, len(text), text, reason)


def _desk_cue(analysis: _Analysis, desk_head: LinearHead, label: str, score: str) -> ChatCue:
    """The desk head's evidence: the words that weigh most toward its reading, as the user
    wrote them, the first of them as the cue's span."""
    tokens = analysis.tokens
    heaviest = desk_head.heaviest_words(tokens.words, _word_features)
    if not heaviest:
        reason = f"{REASONS[label]} (learned from support-chat lines: {score})"
        return ChatCue(label, 0, len(analysis.text), analysis.text, reason)
    spans = [tokens.spans[tokens.words.index(word)] for word in heaviest]
    quoted = ", ".join(f"\u201c{analysis.text[start:end]}\u201d" for start, end in spans)
    reason = (
        f"{REASONS[label]} (learned from support-chat lines: {score}; "
        f"the words weighing most: {quoted})"
    )
    start, end = spans[0]
    return ChatCue(label, start, end, analysis.text[start:end], reason)
