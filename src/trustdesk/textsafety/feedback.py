"""Does a client's feedback comment reference behaviour a crisis causes?

The crisis feedback-removal playbook removes feedback whose "public or private comments
reference behaviors caused by impact from events such as: unresponsiveness, inability to
continue working, missed deadlines or appointments". ``assess_feedback(comment)`` reads one
comment and returns a ``FeedbackAssessment``: whether it is crisis-related, a score in
[0, 1] (0.5 is the line) and the signals it found, each with the words that matched, so the
agent sees why.

How it decides (rules first, then a small learned part; no network):

- Behaviour signals, by the playbook's four kinds: unresponsiveness ("went silent", "stopped
  replying", "ghosted", "could not reach him"), inability to continue working ("couldn't
  finish", "work stopped", "abandoned the project"), missed deadlines ("missed the deadline",
  "three weeks late", "never delivered", "postponed again and again") and missed appointments
  ("no-show", "missed our call", "did not attend the demo"). A strong signal is enough alone.
- Circumstance signals (power cuts, floods, war, evacuation, an outbreak, illness) and
  consequence signals ("had to find someone else", "the project suffered") are weak: they
  count only together with some behaviour, so "hope he is safe after the earthquake, great
  work" is not crisis-related.
- Counter-evidence lowers the score: "always responsive", "delivered on time", "answered in
  minutes". Negated, it becomes a behaviour signal ("never on time", "not responsive").
- A signal preceded in its clause by a negation ("never missed a deadline", "no missed
  calls", "without disappearing") does not count, nor does one in a question answered "No."
  ("Missed the deadline? No.").
- Lateness blamed in the same sentence on the work or the freelancer's skills or other
  commitments ("late because the task was harder than he claimed") is a quality complaint,
  not crisis behaviour: those deadline signals do not count.

- Concepts in a window of words, not fixed phrases: waiting or nothing for a stretch of time
  ("ended up waiting 20 days", "2 months and nothing"), contact measured in gaps or rarity
  ("gaps of 4-5 days", "replies once a fortnight", "hardly ever online"), an aspect judged
  badly ("response time was terrible", "timeliness: 1/5", "deadlines were a suggestion",
  "communication: let's not go there"; a negation in between, "never a problem", cancels
  it, and the judgement of another item in a list, "communication great, design poor", is
  not this one's), a deliverable slipping, a thing still not finished, a promise and the
  time since ("will send it tonight" - 14 nights ago), silence in other words ("an
  out-of-office for weeks", "like talking to a wall", "my questions are still
  unanswered"), arriving after the occasion it was for ("the slides came after the
  conference", "the sale ended before the banners arrived").
- A crisis and the contract ending because of it ("displaced by the fighting, contract
  ended") is inability to continue working.
- Someone else's behaviour ("our previous freelancer ghosted us", "unlike the last one, who
  vanished", "our client was unresponsive", "the printer was late"), the client's own
  ("I was the one who went quiet", "we ghosted him by accident", "I missed two of our
  calls") and the client's decisions ("paused on our side", "stopped working with him") do
  not count; praise in quotes or after "if you like" is irony and does not either.
- Misspelt key words are read as meant ("unresponive", "dissapeared", "deadine"):
  ``feedback_lexicon.correct_typos``.
- Statements read across sentences, with time reasoned about: a due date and a later
  arrival ("due on the 1st. It's now the 28th", "promised Friday, delivered the following
  Friday", "Tuesday came and went"), occasions as dates ("due before Black Friday, came in
  December"; "the spring sale", "back-to-school"; a year may turn in between: "for
  November, showing up in January"); a planned duration and a longer actual one, in either
  order, urgent plans included ("a 2-day task ... 3 weeks", "ASAP means a month to him",
  "took a month to hand over a weekend job"); contact agreed at one rate and had at a far
  lower one ("daily updates; we got them monthly", "a weekly check-in, three times in three
  months"); an attempt or promise answered by nothing ("tried for two weeks to get an
  update. Nothing."); repeated broken promises ("three times he promised the fix by end of
  day"); little work in a long stretch ("two days of work in three weeks"); fewer meetings
  held than booked ("out of eight planned calls, two happened"). Praise that covers only
  the start ("responsive at first") or states a requirement ("being reachable is part of
  the job") does not offset a complaint.
- What went as agreed sets the words aside: when the dates, durations or rates say it came
  in time ("due on the 10th, arrived on the 8th", "a 3-day job done in two", "daily
  updates, and we got them daily"), what the comment said about deadlines (or contact) does
  not count. Words the rules read and set aside (negated, someone else's, blamed on the
  work, waiting for a refund) are kept as ``SET_ASIDE`` signals of weight 0.
- The learned part (``MODEL_PATH``, trained by scripts/train_feedback.py on our own
  labelled comments, never on the shared development set): a logistic regression over
  words, word pairs and character 4-grams, scored in plain Python. It speaks only where the
  rules fall short of the line and have neither set behaviour aside nor found
  counter-evidence; at or above its threshold it adds one behaviour signal
  (``LEARNED``, "worded like related comments", with the words that pushed hardest). It
  catches indirect wording no rule names ("reaching him was a lottery"); the rules keep
  the negations, other people and dates it cannot reason about. Without the model file the
  rules work alone.

The signals sum (per kind: the strongest signal plus a little for each further one) and the
score is a logistic of the sum, 0.5 at ``THRESHOLD``; a comment needs a behaviour signal
(one of the playbook's four kinds, or the learned part's) to reach it. Each rule is only
tried on sentences that contain one of the literal strings its every match needs
(``prefilter.required_literals``), and the learned part only scored where the rules
leave the verdict open, which keeps the detector fast.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

from trustdesk.textsafety.feedback_lexicon import correct_typos
from trustdesk.textsafety.linear import LinearHead, feature_norm, head, read_artefact
from trustdesk.textsafety.prefilter import required_literals

UNRESPONSIVENESS: Final = "unresponsiveness"
CANNOT_CONTINUE: Final = "inability to continue working"
MISSED_DEADLINES: Final = "missed deadlines"
MISSED_APPOINTMENTS: Final = "missed appointments"
CIRCUMSTANCES: Final = "crisis circumstances"
CONSEQUENCES: Final = "consequences for the client"
COUNTER_EVIDENCE: Final = "responsive or on time"
LEARNED: Final = "worded like related comments"
#: Behaviour the rules read and set aside (negated, someone else's, blamed on the work...).
SET_ASIDE: Final = "behaviour set aside"

#: The kinds of behaviour the playbook names; a comment needs one of these to be related.
BEHAVIOURS: Final = (UNRESPONSIVENESS, CANNOT_CONTINUE, MISSED_DEADLINES, MISSED_APPOINTMENTS)

#: The summed weight at which a comment is crisis-related (score 0.5).
THRESHOLD: Final = 1.0
#: How steep the score rises around the threshold.
_STEEPNESS: Final = 4.0
#: Each further signal of a kind already found adds this share of its weight.
_REPEAT_SHARE: Final = 0.25


@dataclass(frozen=True, slots=True)
class Signal:
    """One phrase of the comment that counts for or against."""

    kind: str
    weight: float
    text: str


@dataclass(frozen=True, slots=True)
class FeedbackAssessment:
    """The verdict on one comment, with the signals that made it."""

    crisis_related: bool
    score: float
    signals: tuple[Signal, ...]

    @property
    def behaviours(self) -> tuple[str, ...]:
        """The playbook's kinds of behaviour found, in the playbook's order."""
        found = {signal.kind for signal in self.signals if signal.weight > 0}
        return tuple(kind for kind in BEHAVIOURS if kind in found)

    def describe(self) -> str:
        """The signals in words, e.g. ``unresponsiveness ("went silent")``."""
        shown = [f'{signal.kind} ("{signal.text}")' for signal in self.signals if signal.weight > 0]
        return "; ".join(dict.fromkeys(shown)) or "no crisis-related behaviour found"


@dataclass(frozen=True, slots=True)
class _Rule:
    kind: str
    weight: float
    pattern: re.Pattern[str]
    # Counter-evidence that is negated becomes a behaviour of this kind.
    negated_kind: str | None = None


def _rule(kind: str, weight: float, pattern: str, negated_kind: str | None = None) -> _Rule:
    return _Rule(kind, weight, re.compile(pattern), negated_kind)


# Building blocks. The comment is lower-cased and apostrophes are dropped first, so
# "couldn't" and "couldnt" read the same.
_CANT = (
    r"(?:couldnt|could not|cant|cannot|can not|wasnt able to|was not able to|werent able to|"
    r"were not able to|unable to|not able to|no longer able to|never able to|never could|"
    r"failed to|fail to|fails to|didnt manage to|did not manage to|no way to|not capable to)"
)
_NOT = (
    r"(?:not|never|didnt|did not|doesnt|does not|wasnt|was not|isnt|is not|werent|hasnt|"
    r"has not|hadnt|had not|havent|have not|wont|would not|wouldnt|stopped)"
)
_SPAN = (
    r"(?:\d+(?: ?(?:-|to|or) ?\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fourteen|twenty|thirty|several|few|a few|couple of|a couple of|many|"
    r"multiple|another|a whole|a full|an entire)"
)
_PERIOD = r"(?:hours?|days?|weeks?|months?|fortnights?|nights?|weekends?)"
_MEETING = (
    r"(?:calls?|meetings?|stand-?ups?|syncs?|appointments?|interviews?|demos?|sessions?|"
    r"check-?ins?|kick-?offs?|kickoff|handovers?|hand-?offs?|presentations?|workshops?|zooms?|"
    r"huddles?|catch-?ups?|conferences?|trainings?|consultations?|1[:-]1s?|one-on-ones?|"
    r"lessons?|classes|shoots?|photo ?shoots?|inspections?|surveys?|site visits?|visits?|"
    r"retros?|retrospectives?|onboarding|walkthroughs?|briefings?|rehearsals?|ceremon(?:y|ies)|"
    r"plannings?|reviews? call|review meetings?|shifts?)"
)
# A few words in between that are not a negation: "communication was never a problem" is
# not poor communication.
_GAP = r"(?:\W+(?!not\b|never\b|no\b|wasnt\b|isnt\b|werent\b|arent\b|without\b)\w+)"
# The same, inside one item of a list: "communication good, result poor" judges two things.
_ITEM_GAP = r"(?:[^\w,;]+(?!not\b|never\b|no\b|wasnt\b|isnt\b|werent\b|arent\b|without\b)\w+)"
# Ways of judging an aspect badly, shared by the aspect rules.
_JUDGED_BADLY = (
    r"terrible|awful|poor|bad|horrible|non-?existent|lacking|abysmal|[0-2] ?/ ?(?:5|10)|"
    r"(?:a |the )?(?:real |big |main |biggest |huge )?(?:problem|issue|nightmare)|"
    r"(?:were |was |is |are )?not (?:ideal|great|good|the best|acceptable)|"
    r"(?:extremely |very |painfully |really )?slow|a joke|a lottery|a gamble|hit (?:and|or) miss|"
    r"erratic|unpredictable|lets not (?:talk about|go there|discuss)|dont (?:ask|get me started)"
)
# Things a freelancer hands over.
_DELIVERABLE = (
    r"(?:deliverables?|deliveries|delivery|files?|drafts?|chapters?|articles?|posts?|"
    r"translations?|designs?|milestones?|work|dates?|deadlines?|schedule|timelines?|"
    r"project|everything|updates?|fix(?:es)?|versions?|reports?|website|site|app)"
)
_DEADLINE = (
    r"(?:deadlines?|due dates?|delivery dates?|milestones?|go-?live|launch(?: date| window)?|"
    r"release(?: date)?|target dates?|timelines?|timeframes?|eta|cut-?off|schedule|dates?)"
)

# The contract or project ended (with a circumstance, that is inability to continue).
_ENDING = (
    r"\b(?:(?:contract|project|job|collaboration|engagement|assignment|work) (?:\w+ ){0,2}?"
    r"(?:ended|closed|cancell?ed|terminated|cut short|expired|had to (?:end|stop|close)|"
    r"was over|came to an end)|(?:ended|closed|cancell?ed|terminated|end|close|cancel|"
    r"terminate) (?:the |our |this )?(?:contract|project|job|collaboration|engagement)|"
    r"(?:had|needed|forced) to (?:end|close|cancel|terminate|stop)|project cancell?ed)\b"
)

_RULES: Final[tuple[_Rule, ...]] = (
    # --- unresponsiveness ---------------------------------------------------------------
    _rule(
        UNRESPONSIVENESS,
        1.2,
        r"\b(?:went|gone|go|going|goes|fell|was|been|is|remained|stayed|has been) "
        r"(?:completely |totally |fully |suddenly |just )?"
        r"(?:silent|quiet|dark|offline|missing|awol|mia|off ?(?:the )?(?:grid|radar|map)|"
        r"unresponsive|incommunicado|cold|absent|unreachable|out of (?:touch|reach|contact))\b"
        # "quiet in meetings" is a temperament, not silence.
        r"(?:(?<!quiet)(?<!silent)|(?! (?:in|during) (?:the |our )?(?:meetings?|calls?|"
        r"discussions?)))",
    ),
    _rule(
        UNRESPONSIVENESS,
        1.2,
        r"\b(?:disappear(?:ed|s|ing|ance)?|vanish(?:ed|es|ing)?|ghost(?:ed|ing|s)?|mia|awol|"
        r"radio silence|incommunicado|fell off the face of the earth|"
        r"dropped off the (?:face of the earth|radar|map))\b"
        # "disappeared into the work for two days" is focus, not absence.
        r"(?! into (?:the |his |her )?work)",
    ),
    _rule(
        UNRESPONSIVENESS,
        1.2,
        r"\bstop(?:ped|s)? (?:all )?(?:responding|replying|answering|communicating|"
        r"respond|reply|answer|talking|writing|messaging|logging in|logging on|showing up|"
        r"turning up|joining|attending|coming to|"
        r"getting back|returning (?:my |our )?(?:calls|messages|emails)|"
        r"communication|contact|checking (?:in|messages))\b",
    ),
    _rule(
        UNRESPONSIVENESS,
        1.2,
        r"\b(?:no|zero|without any|without a|never got a|never got any|never received a|"
        r"never received any|not a single|not one|not a|not even a|not even one) "
        r"(?:reply|replies|response|responses|answer|answers|word|news|contact|"
        r"communication|updates?|message|messages|peep|sign of (?:him|her|them|life))\b"
        r"(?! issues?| problems?| gaps?| barriers?| details?| info| information| needed| "
        r"(?:went|was|got) (?:unanswered|ignored|lost|missed)| "
        r"necessary| required| numbers?)",
    ),
    _rule(
        UNRESPONSIVENESS,
        1.2,
        # "could not write a paragraph" is about skill, not about silence.
        rf"(?<!could )(?<!can )\b{_NOT} (?:\w+ )?(?:responding|replying|answering|respond|"
        r"reply|answer|responded|replied|answered|reachable|contactable|responsive|"
        r"communicative|getting back|"
        r"get back|got back|returning|returned|heard|hear|communicating|communicate|"
        r"communicated|online|logging in|log in|logged in|logged on|log on|write|wrote|writing|"
        r"text|call back|"
        r"available|around|in touch|contactable|"
        r"picking up|pick up|picked up|read (?:my|our) messages)\b"
        # "never heard a bad word about him", "didnt answer the question" are not silence.
        r"(?! of\b| a bad| anything bad| (?:a |any )?complaints?|"
        r" the (?:actual |real )?questions?| what\b)",
    ),
    _rule(
        UNRESPONSIVENESS,
        1.2,
        r"\b(?:un(?:responsive|reachable|contactable)|non-?responsive|non-?communicative)\b",
    ),
    _rule(UNRESPONSIVENESS, 0.8, r"\b(?:unavailable|absent|silence|silent|no-?contact)\b"),
    # Messages that went nowhere: "talking to a wall", "my messages sat on seen",
    # "a black hole", "most of my questions are still unanswered".
    _rule(
        UNRESPONSIVENESS,
        1.0,
        r"\b(?:talking to a (?:brick )?wall|(?:into|like) a black hole|nobody (?:home|there)|"
        r"went nowhere|(?:sat|stayed|left|sitting) (?:on|at) \W?(?:seen|read|delivered)\b|"
        r"(?:still|mostly|all) unanswered|one[- ]way (?:street|communication|conversation)|"
        r"nobody (?:reading|listening)|(?:reaching|getting hold of|contacting) (?:him|her|them) "
        r"(?:was|felt like|is) (?:a lottery|a gamble|impossible|a struggle|a nightmare))\b",
    ),
    # Contact lost, said the other way round; getting an answer a struggle.
    _rule(
        UNRESPONSIVENESS,
        1.0,
        r"\b(?:contact|touch|communication) (?:was|got|had been) lost\b|"
        r"\bgetting (?:a |an |any )?(?:\w+ )?(?:update|reply|answer|response|hold of (?:him|her|"
        r"them))s? (?:from (?:him|her|them) )?(?:was|is|felt) (?:like pulling teeth|an uphill "
        r"battle|a battle|a struggle|a nightmare|impossible)\b",
    ),
    # Only a machine answered: "all I got was an autoreply", "an out-of-office for weeks".
    _rule(
        UNRESPONSIVENESS,
        1.0,
        r"\b(?:auto-?repl(?:y|ies)|automatic repl(?:y|ies)|auto-?responders?|"
        r"out[- ]of[- ]office)\b",
    ),
    # Presence measured by how seldom: "rarely logged in", "hardly ever around".
    _rule(
        UNRESPONSIVENESS,
        1.0,
        r"\b(?:rarely|seldom|hardly ever|almost never|barely ever) (?:\w+ )?(?:available|around|"
        r"online|logged in|there|present|reachable|replied|replies|answered|responded|respond|"
        r"reply|answer|showed up|turned up|heard from|in touch|got back)\b",
    ),
    # Contact at a rate far below a working relationship: "replies once a fortnight",
    # "he'd resurface every ten days or so".
    _rule(
        UNRESPONSIVENESS,
        1.0,
        r"\b(?:repl(?:y|ies|ied)|answer(?:s|ed)?|respon(?:ses?|ded)|heard (?:from|back)|"
        r"resurfac\w+|reappear\w+|showed up|turned up|contact|schedule)\b[^.!?]{0,40}?"
        r"\b(?:(?:once|twice) (?:a|every|per) (?:fortnight|month)|fortnightly|"
        r"every (?:\d+|ten|few|couple of|other|second) (?:days|weeks)(?: or so)?)\b|"
        r"\b(?:once|twice) (?:a|every|per) (?:fortnight|month)\b",
    ),
    _rule(
        UNRESPONSIVENESS,
        1.2,
        r"\b(?:hard|difficult|impossible|very hard|tough|a struggle|a nightmare) to "
        r"(?:reach|contact|get (?:a )?hold of|get in touch with|get an? (?:answer|reply|response)|"
        r"communicate with|pin down|track down)\b",
    ),
    _rule(
        UNRESPONSIVENESS,
        1.2,
        rf"\b{_CANT} (?:\w+ )?(?:reach|contact|get (?:a )?hold of|get in touch|get through to|"
        r"communicate with|talk to|speak (?:to|with)|"
        r"get (?:him|her|them) on the (?:phone|line|call)|"
        r"get an? (?:answer|reply|response)|hear from|track (?:him|her|them) down)\b",
    ),
    _rule(
        UNRESPONSIVENESS,
        1.2,
        r"\b(?:lost|losing|lose|lost all) (?:contact|touch|communication|connection with|"
        r"him|her|them|track of (?:him|her|them))\b|\b(?:went|go|goes|were|was|left) unanswered\b|"
        r"\bunanswered (?:messages|emails|calls|questions)\b",
    ),
    _rule(
        UNRESPONSIVENESS,
        1.2,
        r"\b(?:left|leaving|leaves) (?:us|me) (?:hanging|on read|on seen|in the dark|in the lurch|"
        r"without (?:a word|any word|an update|updates|news|answers))\b|\bleft on (?:read|seen)\b",
    ),
    _rule(
        UNRESPONSIVENESS,
        1.2,
        r"\bignor(?:ed|ing|es) (?:\w+ )?(?:my|our|all|every|the|multiple|several|repeated)? ?"
        r"(?:\w+ )?(?:messages|emails|calls|chats|texts|pings|follow-?ups|reminders|e-?mails)\b",
    ),
    _rule(
        UNRESPONSIVENESS,
        1.2,
        r"\bno longer (?:responds|responding|replies|replying|answers|answering|reachable|"
        r"online|active|in touch|communicating)\b",
    ),
    _rule(
        UNRESPONSIVENESS,
        1.2,
        r"\bstill no (?:word|reply|response|answer|update|news|sign|contact|message)\b|"
        r"\b(?:nothing|no (?:word|reply|news|update|contact|message)s?|not a word|silence) "
        r"(?:ever )?since\b|\b(?:havent|have not|hadnt|had not|didnt|did not|never) "
        r"(?:\w+ )?(?:heard|hear) (?:from|back|anything|a word)\b|"
        r"\blast (?:update|message|reply|contact|response|time we heard)\b[^.!?]{0,30}"
        r"\b(?:was|were|came) (?:on|in|at|over|about|around|weeks|months|\d)",
    ),
    _rule(
        UNRESPONSIVENESS,
        1.0,
        rf"\b(?:waited|waiting|wait|took|takes|taking) (?:\w+ )?(?:{_SPAN} )?"
        rf"(?:{_PERIOD}|ages|forever) "
        r"(?:just )?(?:for|to get|to receive)? ?(?:an? |every |each |any )?"
        r"(?:answer|reply|response|replies|responses|answers)\b|"
        rf"\b(?:took|takes|taking|needed|needs) (?:\w+ )?(?:{_SPAN} )?(?:{_PERIOD}|ages|forever) "
        r"to (?:reply|respond|answer|get back|write back|react|acknowledge|read)\b",
    ),
    _rule(
        UNRESPONSIVENESS,
        0.9,
        r"\b(?:slow|late|delayed|sporadic|spotty|sparse|rare|infrequent) (?:to )?"
        r"(?:responses?|replies|reply|respond|answers?|answer|communication|updates?)\b",
    ),
    _rule(
        UNRESPONSIVENESS,
        1.0,
        r"\bbarely (?:wrote|write|writing|communicated|communicating|responded|responding|"
        r"replied|replying|answered|reachable|online|available|in touch|heard)\b",
    ),
    _rule(
        UNRESPONSIVENESS,
        1.0,
        r"\b(?:non-?existent|zero|lack of|lacking|no) communication\b(?! issues?| problems?)|"
        r"\bcommunication (?:was |is |became |went )?(?:non-?existent|zero|nil|lacking|"
        r"absent|dead|poor|bad|terrible|awful|spotty|sporadic)\b",
    ),
    _rule(UNRESPONSIVENESS, 0.7, r"\b(?:poor|bad|terrible|awful|horrible) communication\b"),
    _rule(
        UNRESPONSIVENESS,
        1.0,
        rf"\b(?:for |after )?{_SPAN} {_PERIOD} (?:of|without) (?:complete |total )?"
        r"(?:silence|no (?:contact|reply|response|communication|word)|contact|"
        r"any (?:contact|reply|response|word)|a word|hearing)\b",
    ),
    _rule(
        UNRESPONSIVENESS,
        1.0,
        r"\bout of (?:touch|reach|contact)\b|\bmissing in action\b|\boff the grid\b",
    ),
    # An absence right before a way of keeping in touch: "could never get an update",
    # "got nothing back", "couldn't be reached", "nowhere to be found".
    _rule(
        UNRESPONSIVENESS,
        1.0,
        r"\b(?:never|nothing|no|zero|without|barely|hardly|rarely|couldnt|could not|cant|"
        r"cannot|wasnt|was not|werent|were not|not) (?:\w+ ){0,2}?(?:be )?"
        r"(?:reached|contacted|found|back|updates?|status|replies|reply|response|answer|"
        r"feedback from (?:him|her|them)|contact|hold of (?:him|her|them))\b"
        r"(?! issues?| problems?| needed| necessary| required| to (?:check|fix|correct)| yet|"
        r" details?| info| information| numbers?)",
    ),
    _rule(
        UNRESPONSIVENESS,
        1.2,
        r"\bnowhere to be (?:found|seen|reached)\b|\b(?:nobody|no one|no-one) "
        r"(?:\w+ )?(?:answered|responded|replied|picked up|got back)\b|"
        r"\b(?:heard|got|received|had) (?:absolutely |just )?nothing\b"
        r"(?! to (?:complain|add|say|fix|worry)| but| wrong| bad| negative)|"
        rf"\b(?:gone|away|offline|absent|missing|unavailable|silent|quiet|mia|awol|dark|out|off) "
        rf"for (?:\w+ )?(?:{_SPAN} )?{_PERIOD}\b|\babsent for\b|"
        rf"\b(?:{_SPAN} )?{_PERIOD} (?:between|before|for|to get) (?:\w+ )?"
        r"(?:replies|answers|responses|messages|updates|a reply|an answer|a response)\b|"
        r"\bdropped off\b(?! the (?!face|radar|map))",
    ),
    _rule(
        UNRESPONSIVENESS,
        0.5,
        r"\b(?:with no|without|no|without any|without a) (?:prior )?(?:notice|warning|"
        r"heads[- ]?up|explanation|word)\b",
    ),
    # A way of keeping in touch, then its end: "replies slowed and then stopped".
    _rule(
        UNRESPONSIVENESS,
        1.2,
        r"\b(?:responses|replies|messages|communication|updates|contact|answers|he|she|they) "
        r"(?:\w+ ){0,6}?(?:stopped|ceased|dried up|died out|dwindled|petered out|faded)\b"
        r"(?! (?:working|work|\w+ing))",
    ),
    # --- inability to continue working --------------------------------------------------
    _rule(
        CANNOT_CONTINUE,
        1.2,
        rf"\b{_CANT} (?:\w+ )?(?:continue|finish|complete|deliver|work|proceed|carry on|"
        r"keep (?:going|working|up)|go on|do (?:the|any) work|resume|get (?:it|the work|"
        r"anything) done|hand (?:it )?over|submit|return to work|get online|get back to work)\b"
        r"(?! what| as (?:promised|described|asked)| the quality| to (?:our|my) standards?)",
    ),
    _rule(
        CANNOT_CONTINUE,
        1.1,
        r"\b(?:work|progress|project|everything|development|the job|the contract) "
        r"(?:\w+ )?(?:stopped|stalled|halted|froze|frozen|stuck(?! until| before)|ground to a halt|"
        r"dried up|petered out|fizzled out|"
        r"came to a (?:halt|standstill)|was put on hold|went on hold|was on hold|is on hold|"
        r"was paused|got paused|stopped dead)\b",
    ),
    # Progress that ended part way: "never went further than the rough cut", "the project
    # was left where it was", "no work coming in from his side".
    _rule(
        CANNOT_CONTINUE,
        1.0,
        r"\b(?:never|didnt|did not) (?:\w+ )?(?:went|go|got|get|progressed|moved|made it) "
        r"(?:any )?(?:further|beyond|past|farther)\b|"
        r"\b(?:project|work|job|site|app|it) (?:was |got |has been )?left "
        r"(?:where it was|as it was|"
        r"there|half[- ]done|unfinished|incomplete)\b|"
        r"\bno (?:more )?(?:work|progress|deliveries|files) (?:was |were )?(?:coming|came) "
        r"(?:in|through)\b",
    ),
    _rule(
        CANNOT_CONTINUE,
        0.8,
        r"\b(?:project|work|contract|job) (?:is |was |went |got |put |been )?on hold\b|"
        r"\bon hold\b",
    ),
    _rule(
        CANNOT_CONTINUE,
        1.0,
        r"\b(?:no|zero|without any) (?:progress|activity|output|movement|work done)\b|"
        r"\bnothing (?:got |was |had been )?done\b",
    ),
    _rule(
        CANNOT_CONTINUE,
        1.2,
        r"\b(?:stopped|stops|quit|ceased|stop) (?:working|work|all work|delivering|progress|"
        r"any work|the work|doing (?:the|any) work)\b(?! with| together| for (?:us|me) because)",
    ),
    _rule(
        CANNOT_CONTINUE,
        1.1,
        r"\b(?:abandon(?:ed|s|ing)?|walked away from|walked off|"
        r"dropped (?:the|our|my|this) (?:project|job|work|contract|ball)|bailed(?: on| out)?|"
        r"left (?:the|our|my|this) (?:project|job|work) (?:unfinished|incomplete|half[- ]done)?|"
        r"gave up on (?:the|our|this|my) (?:project|job|work|contract)|gave up(?! on)|"
        r"dropped out|pulled out)\b",
    ),
    _rule(
        CANNOT_CONTINUE,
        1.1,
        r"\bno longer (?:able|available|working|work|could|can|in a position)\b|"
        r"\b(?:quit|left|stopped|dropped out|walked (?:away|off)|disappeared|vanished) "
        r"(?:mid-?way|halfway|midway|in the middle|part way|mid-?(?:project|contract|sprint|"
        r"job|stream|task)|half ?way through)\b|"
        r"\b(?:quit|left) (?:the|our|this) (?:project|job|contract)\b",
    ),
    _rule(
        CANNOT_CONTINUE,
        1.1,
        r"\b(?:never|didnt|did not) (?:finish(?:ed)?|complete(?:d)?|end(?:ed)? up (?:finishing|"
        r"delivering|completing))\b(?! (?:on time|in time))|"
        r"\bleft (?:it|the work|the project|everything|the job) "
        r"(?:unfinished|incomplete|half[- ](?:done|finished))\b",
    ),
    _rule(
        CANNOT_CONTINUE,
        1.0,
        r"\b(?:had|needed|was forced|were forced|forced) to (?:stop|pause|leave|evacuate|flee|"
        r"abandon|quit|step (?:away|back|down)|drop out|take (?:a )?(?:break|leave)|"
        r"withdraw|put (?:the|our) (?:project|work|contract) on hold)\b",
    ),
    _rule(
        CANNOT_CONTINUE,
        0.6,
        r"\b(?:asked|wanted|decided|requested) to (?:end|cancel|close|pause|terminate|leave|"
        r"stop|exit|withdraw from) (?:the |our )?(?:contract|project|job|work)\b",
    ),
    _rule(
        CANNOT_CONTINUE,
        0.5,
        r"\b(?:incomplete|unfinished|half[- ](?:done|finished)|left hanging|never resumed|"
        r"not resumed)\b",
    ),
    # --- missed deadlines ---------------------------------------------------------------
    _rule(
        MISSED_DEADLINES,
        1.2,
        r"\b(?:missed|miss|misses|missing|blew|blown|blew past|overshot|broke|failed to meet|"
        r"fail to meet|fail to deliver on|failed to deliver on|dropped the ball on|"
        r"didnt meet|did not meet|never met|couldnt meet|could not meet|not meet|not meeting|"
        r"unable to meet|not able to meet|failed to hit|didnt hit|never hit|passed) (?:\w+ ){0,5}?"
        + _DEADLINE
        + r"\b",
    ),
    _rule(
        MISSED_DEADLINES,
        1.2,
        r"\b(?:deadlines?|due dates?|delivery dates?|milestones?|timelines?|eta|dates?|"
        r"delivery|deliveries|schedule) (?:\w+ ){0,2}?"
        r"(?:missed|slipped|slipping|slips|blown|passed|pass|expired|overdue|"
        r"exceeded(?! (?:\w+ )?expectations)|"
        r"long gone|pushed|moved|overrun|overshot|"
        r"not met|was not met|were not met|ignored|came and went|went by|flew by|"
        r"postponed|delayed|kept moving|kept slipping|kept changing)\b",
    ),
    _rule(MISSED_DEADLINES, 1.2, r"\bdeadline (?:after|upon) deadline\b"),
    _rule(MISSED_DEADLINES, 1.0, r"\b(?:days|weeks|months) (?:late|overdue|behind schedule)\b"),
    # "The timeline was 2 weeks; it took 7."
    _rule(
        MISSED_DEADLINES,
        1.0,
        rf"\b(?:was|were|is|should|supposed to|meant to|estimated|agreed|quoted|promised) "
        rf"(?:to )?(?:take |be )?(?:\w+ )?(?:{_SPAN}) {_PERIOD}[^.!?]{{0,30}}\btook "
        rf"(?:\w+ )?(?:{_SPAN}|ages|forever|longer|much longer|way longer)\b",
    ),
    _rule(
        MISSED_DEADLINES,
        1.0,
        r"\b(?:due|(?:supposed|meant|was|were|had|needed|going) to (?:be )?(?:done|ready|"
        r"delivered|finished|completed|deliver|finish|complete|submit)|should have (?:been )?"
        r"(?:done|delivered|finished|ready)|promised|expected|planned|agreed|scheduled) "
        r"(?:on|by|for|in|within) [^.!?]{0,40}?\b(?:arrived|came|delivered|got it|received|"
        r"sent|submitted|finished|took)\b",
    ),
    _rule(
        MISSED_DEADLINES,
        1.2,
        rf"\b{_SPAN}\+?(?: or (?:\w+|\d+))? (?:{_PERIOD}|sprints?|milestones?|releases?) "
        r"(?:late|overdue|behind(?: schedule)?|"
        r"past (?:the |our )?(?:deadline|due date|agreed date|date))\b",
    ),
    _rule(
        MISSED_DEADLINES,
        1.0,
        r"\b(?:delivered|delivery|deliveries|submitted|submission|came|arrived|handed (?:in|over)|"
        r"finished|completed|sent|work|files|everything|milestones?|was|were|always|"
        r"consistently|very|extremely|really|so|too|is|are|been) (?:\w+ ){0,5}?"
        r"(?:late|overdue|behind schedule)\b(?! at night| in the (?:day|evening)| hours| nights?|"
        r"-night| to (?:understand|realise|realize|notice|grasp|learn|get|the party))",
    ),
    _rule(
        MISSED_DEADLINES,
        1.0,
        r"\blate (?:delivery|deliveries|submissions?|work|again|every time|on every|with every|"
        r"for every|on (?:the |all |each )?(?:milestones?|deliver\w*|deadlines?|tasks?))\b",
    ),
    _rule(
        MISSED_DEADLINES,
        1.0,
        r"\b(?:constant|repeated|endless|huge|big|long|major|many|multiple|significant|several|"
        r"serious|continuous|lots of|numerous|unexplained|weeks of|months of|a lot of|more|"
        r"nothing but|only) delays?\b|\bdelays?,? (?:and )?(?:more )?delays\b",
    ),
    _rule(MISSED_DEADLINES, 0.6, r"\b(?:delays?|delayed|delaying|tardy|lateness)\b"),
    _rule(
        MISSED_DEADLINES,
        0.8,
        r"\b(?:postponed|rescheduled|pushed back|kept pushing|kept postponing|kept delaying|"
        r"kept moving|kept extending|again and again|over and over)\b",
    ),
    _rule(MISSED_DEADLINES, 1.0, r"\b(?:behind schedule|fell behind|falling behind)\b"),
    _rule(
        MISSED_DEADLINES,
        1.2,
        r"\b(?:never|didnt|did not|failed to|has not|hasnt|has yet to|still hasnt|havent|"
        r"have not|not yet|wasnt|was not|werent|were not|never got|never received|"
        r"we never got|we never received|i never got|i never received) "
        r"(?:\w+ )?(?:deliver(?:ed)?|send|sent|submit(?:ted)?|hand(?:ed)? over|received|"
        r"got (?:the|any|our) (?:files|work|deliverables?))\b"
        r"(?! what| as (?:promised|described|asked)| the quality| anything (?:useful|usable))",
    ),
    _rule(
        MISSED_DEADLINES,
        1.2,
        r"\bno (?:delivery|deliverables?|final files)\b(?! (?:issues?|problems?|delays?|fees?|"
        r"charges?|costs?))|"
        r"\bstill (?:waiting|nothing|no (?:files|delivery|work|deliverables?|result))\b"
        r"(?! (?:on |for )(?:a |the |my |our )?(?:refund|reimbursement|money|payment|support|"
        r"upwork|reply from (?:upwork|support)))|"
        r"\bnothing (?:was |got |has been |had been )?(?:delivered|submitted|sent)\b|"
        r"\bnever arrived\b",
    ),
    _rule(
        MISSED_DEADLINES,
        1.0,
        rf"\b(?:{_SPAN} )?{_PERIOD} (?:past|after|beyond|over|behind) (?:the |our |its )?"
        r"(?:agreed |original |promised |planned )?(?:deadline|due date|dates?|timeline|"
        r"schedule|estimate|plan)\b|\bdrag(?:ged|ging|s)? on\b|"
        r"\b(?:dates?|deadlines?|timelines?|schedules?|estimates?) (?:were |was )?"
        r"(?:never|not|rarely|seldom) (?:respected|honou?red|kept|met|followed)\b|"
        rf"\b(?:its|it is) (?:now )?(?:\w+ ){{0,2}}{_PERIOD} later\b",
    ),
    _rule(
        MISSED_DEADLINES,
        1.0,
        r"\bkept (?:saying|promising|telling (?:us|me)) ['\"]?(?:tomorrow|soon|next week|"
        r"today|almost done|nearly done|in a few days)\b|"
        r"\b(?:excuse after excuse|one excuse after another|always an excuse|"
        r"endless excuses|new date each time|each time a new date)\b",
    ),
    _rule(
        MISSED_DEADLINES,
        0.5,
        rf"\btook (?:\w+ )?(?:{_SPAN})(?: {_PERIOD})?\b|\bsupposed to (?:deliver|be done|"
        r"finish|be ready|be finished|complete|take)\b|\bpromised (?:on|by|for|within)\b|"
        r"\b(?:extend|extended|extending|extension|extensions) ?(?:the |our )?"
        r"(?:deadline|contract|timeline|due date|project)?s?\b",
    ),
    _rule(
        MISSED_DEADLINES,
        0.6,
        r"\bmissed\b(?! the point| the mark| the brief| what| the idea| the requirements?| the "
        r"concept| the tone| the style| nuances?| details?| some| a few| several (?:bugs|errors)|"
        r" bugs| a bug| errors| typos| the purpose| the goal| the message| the spirit| the whole"
        r" point| opportunities)",
    ),
    # --- missed appointments ------------------------------------------------------------
    _rule(
        MISSED_APPOINTMENTS,
        1.2,
        r"\b(?:missed|misses|miss|missing|skipped|skips|skip|skipping|blew off|no[- ]?show(?:ed)?"
        r"(?: (?:for|to|at|on))?|didnt (?:attend|join|come to|turn up (?:for|to|at)|show up "
        r"(?:for|to|at))|did not (?:attend|join|come to|turn up (?:for|to|at)|show up "
        r"(?:for|to|at))|never (?:attended|joined|came to|turned up (?:for|to|at)|showed up "
        r"(?:for|to|at))|failed to (?:attend|join|turn up|show up)(?: (?:for|to|at))?|"
        r"absent (?:from|at)|forgot(?: about)?|wasnt (?:at|on|in)|was not (?:at|on|in)|"
        r"not (?:joining|attending|showing up (?:for|to|at)|turning up (?:for|to|at))|"
        r"(?:late|not present|not there|not around) (?:to|for|at|in)|"
        r"(?:couldnt|could not|cant|cannot|unable to|not able to|wasnt able to|never) "
        r"(?:attend|join|make it to|come to|be (?:at|on|in|present (?:at|for|in)))) "
        r"(?:\w+ ){0,5}?" + _MEETING + r"\b",
    ),
    _rule(
        MISSED_APPOINTMENTS,
        1.2,
        r"\b(?:kept |constantly |repeatedly |always )?(?:rescheduling|rescheduled|cancell?ing|"
        r"cancell?ed|postponing|postponed|moving|pushing) (?:\w+ ){0,4}?"
        + _MEETING
        + r"\b|\b"
        + _MEETING
        + r" (?:\w+ ){0,5}?(?:cancell?ed|rescheduled|missed|skipped|postponed|"
        r"moved|forgotten)\b|"
        r"\bno[- ]?shows?\b|\b(?:never|didnt|did not|failed to|not) (?:even )?"
        r"(?:show(?:ed)? up|turn(?:ed)? up|came|come|appear(?:ed)?|attend(?:ed)?|join(?:ed)?)\b"
        r"(?! up with| close| cheap| across| to (?:an|a) agreement| through (?:on|with))|"
        r"\b(?:never|didnt|did not) (?:even )?show(?:ed)?\b(?! (?:any|the|us|me|his|her|a|an|"
        r"much|enough|interest|proof|signs?|up with))|"
        r"\b(?:stood (?:us|me) up|cancell?ed on (?:us|me|my \w+|our (?!side|end)\w+))\b",
    ),
    # --- concepts in a window of words ----------------------------------------------------
    # Waiting, for a stretch of time: "ended up waiting 20 days", "kept us waiting for weeks".
    _rule(
        MISSED_DEADLINES,
        1.0,
        r"\b(?:wait|waits|waited|waiting)\b" + _GAP + r"{0,4}?\W+(?:over |almost |nearly |about )?"
        rf"(?:{_SPAN} )?(?:{_PERIOD}|ages|forever|an eternity)\b"
        r"(?! for (?:a |the |my |our )?(?:refund|reimbursement|payment|money|support|upwork))|"
        r"\bkept (?:us|me) waiting\b|\bwaited and waited\b|\b(?:long|endless) wait\b",
    ),
    # Nothing, for a stretch of time: "nothing for 10 days", "2 months and nothing".
    _rule(
        UNRESPONSIVENESS,
        1.0,
        r"\b(?:nothing|silence|crickets|not a peep|not a word)\b[^.!?]{0,20}?"
        rf"\b(?:for|in|since|over) (?:\w+ )?(?:{_SPAN} )?{_PERIOD}\b|"
        rf"\b(?:{_SPAN} )?{_PERIOD}(?: later)?,? (?:and|of|with|but) (?:still )?"
        r"(?:nothing|silence)\b|"
        r"\b(?:and|then) (?:then )?(?:nothing|silence|crickets|poof|gone)\b(?=\s*(?:[-.!?,;:)]|$))|"
        rf"\b{_PERIOD} (?:go|went|pass|passed) by (?:with|without) "
        r"(?:nothing|a word|an? (?:update|reply))",
    ),
    # Contact measured in gaps and rarities: "gaps of 4-5 days", "replies once a week".
    _rule(
        UNRESPONSIVENESS,
        1.0,
        rf"\b(?:gaps?|silences?|pauses?) (?:of|lasting|for) (?:up to |over |about )?(?:{_SPAN} )?"
        rf"{_PERIOD}\b|\b(?:long|weeks of|days of|months of) silences?\b|"
        r"\b(?:respond|responds|responded|reply|replies|replied|answers?|answered|messages?|"
        r"updates?|heard from (?:him|her|them)|checks? in|checked in)\b(?:\W+\w+){0,2}?\W+"
        r"(?:once|twice|one time) (?:a|every|per|in a) (?:week|month|fortnight)\b|"
        r"\b(?:took|takes|take) (?:him|her|them) (?:many |several |multiple )?"
        r"(?:days|weeks|ages|forever)\b|"
        r"\b(?:if|when (?:he|she|they) (?:did|arrived|showed up|replied|answered)) at all\b|"
        r"\b(?:reminders|follow-?ups|nudges|pings|messages|emails|attempts)\b[^.!?]{0,15}?"
        r"\b(?:to get|before (?:i|we) got|for) (?:a|an|one|any) (?:answer|reply|response)\b",
    ),
    # An aspect of keeping in touch or keeping time, judged badly: "response time was
    # terrible", "communication: sporadic", "timeliness: 1/5", "availability was a problem".
    _rule(
        UNRESPONSIVENESS,
        1.0,
        r"\b(?:communication|comms|response ?times?|reply times?|responsiveness|availability|"
        r"reachability|contact|responses?|replies|respond)\b"
        + _ITEM_GAP
        + r"{0,4}?[^\w,;]+(?:"
        + _JUDGED_BADLY
        + r"|sporadic|spotty|patchy|nil|zero|broke down|broken down|collapsed|died|dried up|"
        r"ceased|faded|stopped|"
        r"went from \w+ to (?:days|weeks|months))\b",
    ),
    _rule(
        MISSED_DEADLINES,
        1.0,
        r"\b(?:timeliness|punctuality|deadlines?|time management|turnaround|reliability|"
        r"timekeeping|timing|timelines?|schedules?|estimates?|eta)\b"
        + _ITEM_GAP
        + r"{0,4}?[^\w,;]+(?:"
        + _JUDGED_BADLY
        + r"|(?:more like |just |only |more of )?(?:suggestions?|a suggestion|guidelines?|on paper|"
        r"optional|meaningless|a fantasy|fiction|wishful thinking|opening bids?)|"
        r"(?:isnt|is not|was not|wasnt) (?:his|her|their) strong (?:suit|point))\b",
    ),
    # Late, said in passing: "great quality, when it eventually arrived"; "slower than
    # promised by weeks"; "we had to move our launch twice because of him".
    _rule(
        MISSED_DEADLINES,
        1.0,
        r"\b(?:when|once) (?:it|they|the \w+|he|she) (?:\w+ )?(?:eventually|finally) "
        r"(?:arrived|came|showed up|turned up|delivered|got here)\b|"
        r"\bslower than (?:promised|agreed|planned|expected|quoted|estimated) by "
        r"(?:days|weeks|months)\b|"
        r"\b(?:move|moved|push|pushed|delay|delayed|postpone|postponed|reschedule|rescheduled) "
        r"(?:our|the) (?:launch|release|go-?live|deadline|event|opening|campaign)(?: \w+)? "
        r"because of (?:him|her|them|the freelancer)\b",
    ),
    # The appointed time came and the freelancer did not: "the workshop date came and our
    # facilitator didn't"; the occasion over before the work was done.
    _rule(
        MISSED_APPOINTMENTS,
        1.0,
        r"\b(?:date|day|time|hour|workshop|session|meeting|call|appointment|shoot|interview) "
        r"came(?: and went)?,? and (?:\w+ ){1,3}?(?:didnt|did not|wasnt|was not|never did|"
        r"never (?:came|showed))\b",
    ),
    # Arriving after the occasion it was for: "the slides came after the conference"; the
    # occasion passing without it: "the sale ended before the banners arrived".
    _rule(
        MISSED_DEADLINES,
        1.0,
        r"\b(?:arrived|came|reached (?:us|me)|showed up|turned up|delivered|went (?:out|up|live)|"
        r"came out|landed|got (?:it|them)|ready|give|gave)\b(?:\W+\w+){0,3}?\W+after "
        r"(?:the |our |my )?"
        r"(?:\w+ )?(?:event|fair|trade ?show|show|conference|launch|sale|season|holidays?|"
        r"wedding|meeting|pitch|jam|hearing|release|opening|premiere|deadline|due date|webinar|"
        r"seminar|expo|festival|exhibition|presentation|campaign|school started|gala|party|"
        r"ceremony|concert|tournament|summit|retreat|"
        r"(?:it|they) (?:was|were) needed|we needed (?:it|them)|\w+ (?:shipped|launched))\b"
        r"(?! as (?:agreed|planned|promised|requested))|"
        r"\b(?:event|fair|conference|launch|sale|wedding|meeting|pitch|hearing|release|opening|"
        r"premiere|seminar|expo|festival|exhibition|presentation|season|gala|party|ceremony|"
        r"concert|tournament|summit|retreat) (?:\w+ ){0,2}?"
        r"(?:came and went|ended|was over|had passed|happened|went ahead|took place|started) "
        r"(?:\w+ ){0,3}?(?:by the time|before (?:the |his |her |their |our |any )?(?:\w+ )?"
        r"(?:arrived|came|was ready|were ready|showed up|turned up)|without (?:the |his |her |"
        r"their |our )(?:\w+ )?(?:video|banners?|files?|designs?|work|translation|slides|"
        r"deliverables?|assets|content|photos|app|site|report|copy|materials?))\b",
    ),
    # A thing handed over, then slipping: "the deliverables slipped by weeks".
    _rule(
        MISSED_DEADLINES,
        1.0,
        rf"\b{_DELIVERABLE}\b{_GAP}{{0,3}}?\W+(?:slipped|slipping|slips|slid|overran|"
        r"dragged on|got pushed|was pushed|kept (?:moving|changing|slipping|getting pushed)|"
        r"repeatedly (?:overdue|late)|(?:was|were|are|is) (?:\w+ )?overdue)\b",
    ),
    # Still not finished: "it still wasn't finished", "work not finish", "still not done
    # after 5 weeks", "supposed to be ready for the conference and it wasnt".
    _rule(
        MISSED_DEADLINES,
        1.0,
        r"\b(?:work|project|job|task|app|site|website|it|everything|thing|files?|report) "
        r"(?:is |was |has |had )?(?:still )?(?:not|never|wasnt|isnt|hasnt|hadnt|wasnt even) "
        r"(?:been |got |yet )?(?:finish|finished|complete|completed|done|ready|delivered)\b"
        r"(?! (?:yet )?(?:on time|in time|late|by (?:me|us)))|"
        r"\bstill (?:not|isnt|is not|wasnt|was not|hasnt been|has not been|havent|not yet) "
        r"(?:\w+ )?(?:finished|complete|completed|done|ready|delivered|received)\b"
        r"(?! (?:yet )?(?:on time|in time|late|by (?:me|us)))|"
        r"\b(?:supposed|meant|due|scheduled|expected|promised) to (?:be )?(?:\w+ )?"
        r"(?:ready|done|delivered|finished|live)\b[^.!?]{0,50}?\b(?:and|but) "
        r"(?:it |they |he |she )?"
        r"(?:wasnt|was not|werent|were not|didnt|did not|never did|isnt|is not|still isnt|"
        r"never (?:was|were|came))\b",
    ),
    # Came back only much later: "came back 3 weeks later", "took a break without telling us".
    _rule(
        UNRESPONSIVENESS,
        1.0,
        r"\b(?:came back|returned|reappeared|resurfaced|showed up again|popped up|"
        r"got back to (?:us|me))\b[^.!?]{0,25}?"
        rf"\b(?:{_SPAN} )?{_PERIOD} later\b|"
        r"\b(?:took|went on|taking) (?:a |an )?(?:\w+ )?(?:break|vacation|holiday|leave|"
        r"time off)\b[^.!?]{0,40}?\bwithout (?:telling|informing|warning|notifying|a word)\b",
    ),
    _rule(
        UNRESPONSIVENESS,
        0.5,
        r"\bwithout (?:telling|informing|warning|notifying) (?:us|me|anyone|anybody)\b",
    ),
    # Not active, for a stretch of time: "hasnt opened the workroom in 10 days".
    _rule(
        UNRESPONSIVENESS,
        1.0,
        r"\b(?:hasnt|has not|havent|have not|hadnt|had not|didnt|did not|not|never) "
        r"(?:\w+ )?(?:opened|logged|replied|responded|answered|heard|seen|written|sent|checked|"
        r"contacted|updated|posted|touched|worked|shown|been (?:online|active|seen|in touch)|"
        r"log|logged in|reply|respond|answer|check|open|work)\b(?:\W+\w+){0,4}?\W+"
        r"(?:in|for|since) (?:over |more than |almost |nearly |about )?"
        rf"(?:{_SPAN} )?{_PERIOD}\b",
    ),
    # Having to chase: "had to chase for every update".
    _rule(
        UNRESPONSIVENESS,
        1.0,
        r"\b(?:had|have|need(?:ed)?) to (?:chase|hunt|chasing)\b|"
        r"\bchas(?:e|ed|ing) (?:him|her|them|people|the freelancer)\b",
    ),
    # Gone for good, in so many words.
    _rule(
        UNRESPONSIVENESS,
        1.2,
        r"\b(?:last (?:we|i) (?:heard|saw|got)|last time (?:we|i) (?:heard|saw)|"
        r"(?:dont|didnt|do not|did not|never|havent|have not) (?:see|saw|seen|hear|heard) "
        r"(?:from )?(?:him|her|them) (?:anymore|again|since)|"
        r"(?:havent|have not|hasnt|has not|didnt|did not) heard back|"
        r"inactivity|went (?:\w+ )?off (?:the )?(?:grid|radar)|ghost mode|"
        r"disappearing acts?|talking to (?:a |the )?wall|talking to (?:nobody|no one)|"
        r"(?:a|into a|into the) (?:black hole|void)|faster (?:replies|answers|responses) from|"
        r"(?:nowhere|no where) to be (?:found|seen))\b",
    ),
    _rule(
        UNRESPONSIVENESS,
        0.9,
        r"\b(?:unreliable|undependable|flaky|flakey)\b"
        r"(?! (?:code|scripts?|software|results?|data|tests?|api|server|connection|tool))|"
        r"\bnot (?:very |at all |really )?(?:reliable|dependable)\b|"
        r"\b(?:often|always|frequently|usually|mostly|constantly|regularly) (?:\w+ )?"
        r"(?:offline|unavailable|absent|unreachable|away|awol|mia)\b|"
        r"\bnever know (?:if|whether|when) (?:he|she|they)(?:ll| will| is| are| would)? "
        r"(?:\w+ )?(?:show|reply|answer|respond|deliver|turn up|be there)",
    ),
    _rule(
        MISSED_DEADLINES,
        1.0,
        r"\b(?:delays?|delayed|late|overdue)[,.!]? (?:and )?(?:delays?|delayed|late|overdue)\b|"
        r"\bdelays? (?:were|was|are|is) (?:\w+ )?(?:endless|constant|huge|never-?ending|"
        r"ridiculous|unacceptable|massive|long|terrible)\b|"
        r"\b(?:kept|keep|keeps) (?:asking for|requesting|needing) (?:more )?(?:time|extensions?)\b|"
        r"\b(?:extend|extended|extending) (?:the |our )?(?:deadline|due date|timeline) "
        r"(?:\w+ )?(?:twice|again|(?:three|four|five|several|multiple|\d+) times)\b|"
        r"\b(?:two|three|four|several|multiple|many|\d+) extensions\b|"
        r"\b(?:almost|nearly) (?:done|finished|ready)\W{0,3} for (?:over )?(?:a|an|\d+|two|three) "
        rf"{_PERIOD}\b|\btook (?:forever|ages|an eternity)\b",
    ),
    # --- circumstances and consequences (weak alone) ------------------------------------
    _rule(
        CIRCUMSTANCES,
        0.7,
        r"\b(?:power (?:was |is |went )?(?:out|cut|outages?|failures?|down|off)|power cuts?|"
        r"without (?:electricity|power|internet|a connection|water)|"
        r"blackouts?|load[- ]?shedding|outages?|no (?:electricity|power|internet|connection|"
        r"signal|network|phone signal|cell service|water)|"
        r"(?:internet|connection|network|electricity|power|phone lines?|cell service|signal|"
        r"roads?|phones?|grid) (?:\w+ )?(?:was |were |went |had gone |is |are |got )?"
        r"(?:down|out|cut|gone|lost|closed|blocked|destroyed)|"
        r"flood(?:s|ing|ed|waters?)?|earthquakes?|quakes?|hurricanes?|typhoons?|cyclones?|"
        r"tornado(?:es)?|storms?|snowstorms?|blizzards?|tsunamis?|wildfires?|bush ?fires?|"
        r"forest fires?|landslides?|mudslides?|volcan\w*|eruptions?|heat ?waves?|droughts?|"
        r"(?:natural )?disasters?|war|warfare|wars|invasion|bombing|bombings|shelling|missiles?|"
        r"air ?raids?|airstrikes?|attacks? on|the attacks|fighting|armed conflict|unrest|riots?|"
        r"shelled|bombed|invaded|occupied by|under (?:fire|attack|siege)|"
        r"protests?|coup|curfews?|martial law|evacuat\w*|flee|fled|fleeing|refugees?|displaced|"
        r"lockdowns?|quarantin\w*|outbreak|pandemic|epidemic|covid(?:-?19)?|coronavirus|virus|"
        r"dengue|cholera|ebola|malaria|hospitali[sz]\w*|(?:in|to) (?:the )?hospital|"
        r"emergency|emergencies|crisis|sick|sickness|illness|ill|passed away|funeral|"
        r"bereavement|lost (?:his|her|their) (?:home|house|laptop|family)|"
        r"damaged (?:his|her|their)|military|soldiers|conflict zone|the conflict|"
        r"no electric|no water|heat ?wave|aftermath|the situation in (?:his|her|their) "
        r"(?:country|city|region|area)|bombs?|(?:fell|was|is|got) ill|displacement)\b",
    ),
    _rule(
        CONSEQUENCES,
        0.4,
        r"\b(?:had|needed|forced|have|has) to (?:find|hire|get|bring in|look for|replace|pay|"
        r"reassign|give the work to|finish (?:it|the \w+) ourselves|do it ourselves|end|close|"
        r"cancel|terminate|pause|move on)\b|\b(?:couldnt|could not|cant|cannot) wait\b|"
        r"\b(?:the )?project (?:suffered|was cancell?ed|cancell?ed|cancel|failed|died)\b|"
        r"\b(?:cost|costs) us\b|\bwe (?:moved|had moved) on\b|\blost (?:our|the) "
        r"(?:launch|window|client|deadline|slot)\b|\bpaused the contract\b|" + _ENDING,
    ),
    # --- indirect statements of the four behaviours -------------------------------------
    # Time since a promise: "its now been 18 days since he said hed send them".
    _rule(
        MISSED_DEADLINES,
        1.0,
        rf"\b{_SPAN} {_PERIOD} since (?:\w+ ){{0,2}}?(?:said|promised|told|swore|assured)\b",
    ),
    # A stretch of time without contact: "we went 12 days without a single message".
    _rule(
        UNRESPONSIVENESS,
        1.0,
        rf"\b{_SPAN} {_PERIOD} (?:\w+ )?without (?:a |any |one )?(?:single )?(?:\w+ )?"
        r"(?:word|message|reply|response|update|answer|contact|call|email|news)s?\b|"
        rf"\b(?:unread|unanswered|unreturned|ignored|on read) for (?:\w+ )?(?:{_SPAN} )?"
        rf"{_PERIOD}\b",
    ),
    # Contact every few days: "replies came every four or five days", "once every ten days".
    _rule(
        UNRESPONSIVENESS,
        1.0,
        r"\b(?:respond\w*|repl\w*|answer\w*|messages?|emails?|updates?|heard from \w+)\b"
        rf"(?:\W+\w+){{0,4}}?\W+(?:once |only )?every (?:{_SPAN} )?(?:(?:or|to|-) \w+ )?"
        r"(?:days|weeks)\b|\b(?:one|a single) (?:email|message|reply|update) (?:a|per|every) "
        r"(?:week|fortnight|month)\b",
    ),
    # The channel is dead: "emails bounced", "the account was deactivated", "nobody there".
    _rule(
        UNRESPONSIVENESS,
        1.0,
        r"\b(?:emails?|messages?) (?:\w+ )?(?:bounced|undeliverable)\b|"
        r"\b(?:account|profile|number|phone) (?:was |got |had been |went )?"
        r"(?:inactive|deactivated|deleted|disconnected|dead)\b|"
        r"\b(?:nobody|no one|noone) (?:was )?(?:there|around|online|available|answering|"
        r"picking up|showed up|turned up)\b",
    ),
    # Handed over after the date had passed: "arrived two hours after the portal closed".
    _rule(
        MISSED_DEADLINES,
        1.0,
        r"\b(?:arrived|came|delivered|submitted|sent|landed|showed up|turned up|got (?:it|them)|"
        r"handed (?:it |them )?(?:in|over)) (?:\w+ ){0,4}?after (?:the |our |my |its )?"
        r"(?:\w+ )?(?:deadline|cut-?off|due date|closed|closing|launch|had (?:closed|passed|"
        r"started|ended|gone live)|was over|ended)\b|"
        r"\b(?:deadline|due date|cut-?off|festival|launch|event|date|day|week|friday|monday)s? "
        r"(?:came and went|has come and gone|came and passed|passed by)\b",
    ),
    # Work that stopped going out: "stopped sending files", "his sessions didnt happen".
    _rule(
        CANNOT_CONTINUE,
        1.0,
        r"\bstop(?:ped|s)? (?:sending|delivering|posting|uploading|submitting|producing|"
        r"publishing|committing|pushing)\b|"
        r"\b(?:never|didnt|did not) (?:\w+ )?(?:turn(?:ed)? in|hand(?:ed)? in)\b",
    ),
    _rule(
        MISSED_APPOINTMENTS,
        1.0,
        rf"\b{_MEETING} (?:\w+ ){{0,3}}?(?:didnt|did not|never) (?:\w+ )?(?:happen|take place|"
        r"go ahead)\b|\b(?:he|she|they) (?:wasnt|was not|werent|were not|never was) "
        r"(?:even )?(?:there|present|on the call)\b",
    ),
    # --- words that look like behaviour and are about something else --------------------
    # Waiting on money or support is not waiting on the work: "still waiting for the refund".
    _rule(
        SET_ASIDE,
        0.0,
        r"\b(?:waiting|wait|waited) (?:\w+ )?(?:on|for) (?:a |the |my |our |any )?(?:refund|"
        r"reimbursement|payment|money|support|upwork|dispute)\b",
    ),
    # --- counter-evidence ---------------------------------------------------------------
    _rule(
        COUNTER_EVIDENCE,
        -0.6,
        r"\b(?:responsive|communicative|reachable|available|on time|on schedule|in time|"
        r"ahead of (?:schedule|time|the deadline)|before (?:the )?deadline|"
        r"met (?:every|all|each|the|our) (?:deadlines?|milestones?)|"
        r"(?:fast|quick|rapid) (?:turnaround|replies|responses|delivery)|"
        r"quick to (?:reply|respond|answer)|(?:replied|responded|answered) (?:quickly|fast|"
        r"promptly|within|in minutes|right away|immediately)|prompt (?:replies|responses|"
        r"communication|delivery)|punctual)\b",
        negated_kind=UNRESPONSIVENESS,
    ),
    _rule(
        COUNTER_EVIDENCE,
        -0.6,
        r"\b(?:great|good|clear|excellent|fine|smooth|constant|regular|frequent) "
        r"(?:communication|communicator|updates)\b|\bcommunication was (?:good|great|clear|fine|"
        r"excellent|smooth|easy)\b|\balways (?:online|there|in touch|kept (?:us|me) updated)\b",
        negated_kind=UNRESPONSIVENESS,
    ),
    # Answers within minutes or the hour: "a yes or no from him came within minutes".
    _rule(
        COUNTER_EVIDENCE,
        -0.6,
        r"\bwithin (?:minutes|the hour|an hour|a few hours|hours|the same day)\b",
        negated_kind=UNRESPONSIVENESS,
    ),
    # Waiting and chasing denied: "never had to wait for a reply", "no need to chase".
    _rule(
        COUNTER_EVIDENCE,
        -0.6,
        r"\b(?:never|not once|didnt|did not|no need to|never once) (?:\w+ )?(?:had to |have to |"
        r"needed to |need to )?(?:wait(?:ed)?|chase|chased|follow(?:ed)? up|nudge|remind)\b|"
        r"\b(?:never|didnt|did not) (?:left|leave|kept|keep) (?:us|me) "
        r"(?:waiting|hanging|guessing)\b",
    ),
)

# Read across sentences: a promise, then the time that has passed since.
# ("Will send it tonight" - 14 nights ago; "back in a few days" ... over a month ago.)
_PROMISE_THEN_TIME: Final = re.compile(
    r"\b(?:will|would|promised|said|told|tomorrow|tonight|soon|asap|by the weekend|"
    r"almost done|nearly done|in a few days|end of (?:day|week)|next week)\b[^\n]{0,120}?"
    rf"\b(?:(?:{_SPAN}|over a|more than a|almost a) (?:{_PERIOD}|fridays|mondays) "
    r"(?:ago|later)|its now (?:the )?\d+(?:st|nd|rd|th))\b"
)
# Someone else's behaviour: "our previous freelancer ghosted us", "unlike the last one,
# who vanished", "we have been ghosted by freelancers before".
_SOMEONE_ELSE: Final = re.compile(
    r"\b(?:previous|former|prior) \w+|"
    r"\b(?:previous|last|former|old|other|earlier|past|prior|first) (?:\w+ )?"
    r"(?:freelancers?|developers?|designers?|writers?|contractors?|agenc(?:y|ies)|guys?|ones?|"
    r"persons?|people|translators?|hires?|vendors?|teams?|editors?|tutors?|vas?)\b|"
    r"\b(?:unlike|compared to|as opposed to|other freelancers|many freelancers|most freelancers)\b|"
    r"\b(?:we|i) (?:used|hired|had|tried) (?:before|previously)\b|"
    r"\b(?:agency|freelancer|developer|designer|one|guy|person|team|writer|contractor) "
    r"(?:we (?:had|used) )?before (?:him|her|them|this one)\b"
)
# Someone who is not the freelancer as the subject: "our client was unresponsive", "the
# printer was late shipping".
_OTHER_PARTY: Final = re.compile(
    r"\b(?:our|my|the) (?:own )?(?:clients?|customers?|printers?|couriers?|shipping company|"
    r"suppliers?|vendors?|partners?|stakeholders?|investors?|management|boss|landlord|"
    r"(?:legal |qa |sales |internal )?team) "
    r"(?:(?:i|we|who|that) (?:\w+ ){1,4})?"
    r"(?:(?:was|were|is|are|has|had|have|been|also|then|kept|just|always|often) ){0,2}$"
)
# The client's own silence: "I was the one who went quiet", "we ghosted him by accident".
_FIRST_PERSON: Final = re.compile(
    r"\b(?:i|we)(?: (?:was|were) the ones? who)?(?: (?:also|then|just|accidentally|briefly))? $"
)
_SILENCE_VERB: Final = re.compile(
    r"(?:went|gone|disappear|vanish|ghost|stopped|fell|dropped|had to cancel|cancell?ed|"
    r"couldnt attend|could not attend)"
)
# The client's own missed meeting: "I missed two of our calls".
_MISSED_VERB: Final = re.compile(r"(?:missed|skipped)")
_BY_SOMEONE_ELSE: Final = re.compile(
    r"\s*(?:\w+ ){0,2}?by (?:\w+ )?(?:freelancers|developers|designers|contractors|others|"
    r"people|client|customer|us)\b|\s*(?:before|in the past)\s*(?:[,.;!?]|$)|"
    r"[^.!?;:]{0,30}?\bnot (?:by )?(?:him|her|them)\b"
)
_COMPARISON: Final = re.compile(r"\b(?:unlike|compared to|as opposed to)\b")
_CONTRAST: Final = re.compile(r"\b(?:but|however|whereas|while|this one|this time|he|she)\b")
# The client stopped, paused or ended it: "paused on our side", "our project was cancelled".
_CLIENT_SIDE: Final = re.compile(
    r"\b(?:on our (?:side|end)|from our side|our (?:own )?(?:decision|fault|budget)|"
    r"no fault of (?:the|his|her|their)|(?:internal|budget) (?:reasons|changes|cuts)|"
    r"we (?:decided|chose|no longer need)|our (?:project|plans?) (?:was|were|got) "
    r"(?:cancell?ed|changed|dropped)|we changed|at our request)\b"
)
# Counter-evidence in quotes is irony: delivered "on time" - ten days late.
# "Great communicator - if you enjoy talking to a wall": the praise is ironic.
_SARCASM: Final = re.compile(r"\bif you (?:like|enjoy|love|want|prefer)\b")
_QUOTED: Final = re.compile(r"[\"“”]\s*$")
_NUMBER_WORDS: Final = {
    "a": 1.0,
    "an": 1.0,
    "one": 1.0,
    "two": 2.0,
    "three": 3.0,
    "four": 4.0,
    "five": 5.0,
    "six": 6.0,
    "seven": 7.0,
    "eight": 8.0,
    "nine": 9.0,
    "ten": 10.0,
    "eleven": 11.0,
    "twelve": 12.0,
    "couple": 2.0,
    "few": 3.0,
    "several": 3.0,
    "half": 0.5,
}
_DAYS_IN: Final = {
    "hour": 1 / 24,
    "day": 1.0,
    "night": 1.0,
    "week": 7.0,
    "weekend": 7.0,
    "fortnight": 14.0,
    "month": 30.0,
    "year": 365.0,
}
_DURATION: Final = re.compile(
    r"\b(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"couple|few|several|half)(?: of)?(?: full| whole| entire| solid)?[ -]"
    r"(hour|day|night|week|weekend|fortnight|month|year)s?\b"
)
_PLANNED: Final = re.compile(
    r"\b(?:planned|supposed|estimated?|agreed|quoted|expected|promised?|scheduled|meant|"
    r"should|for|within|in|deadline(?: was| of)?|a|an)\W*(?:\w+\W+){0,3}$"
)
_ACTUAL: Final = re.compile(
    r"\b(?:took|takes|take|kept|actual(?:ly)?|after|waited|waiting|wait|later|its been|it has been|"
    r"ended up|instead|delivered in|finished in|got it in|means?|became|turned into|"
    r"closer to|more like|reality|plus|spilled into|spilled over|dragged into)\W*(?:\w+\W+){0,3}$"
)
# Work asked for fast, as the days it should take: "ASAP", "a rush order", "a quick fix".
_FAST_PLAN: Final = re.compile(
    r"\b(?:(?P<hours>asap|urgent(?:ly)?|same[- ]day|overnight|an afternoon|one-liner|"
    r"(?:quick|small|simple|minor) (?:fix|tweak|edit|change|task))|"
    r"(?P<days>rush(?: order| job| fee)?|express|quick turnaround|same[- ]week|"
    r"(?:quick|small|simple) job))\b"
)

# Across sentences: an attempt, a promise or an expectation, then a dead end.
# ("Tried for a week to get the drawings. Nothing."; "Three times he promised the fix by
# end of day. Three times nothing."; "We expected to hear from him weekly. We didn't.")
_ATTEMPT: Final = re.compile(
    r"\b(?:tried|trying|asked|messaged|called|emailed|pinged|texted|chased|followed up|"
    r"reached out|wrote to|rang|expected|hoped)\b"
)
_PROMISE: Final = re.compile(
    r"\b(?:promised|promise|promising|told (?:us|me)|said|assured|swore|committed|"
    r"will|would|tomorrow|tonight|next week|end of (?:the )?day)\b"
)
_DEAD_END: Final = re.compile(
    r"\s*(?:(?:\w+ times|twice|and|but|still|then|again|so far|to date|yet|just) )?(?:nothing|"
    r"crickets|silence|zilch|nada|no luck|no (?:answer|reply|response|word)|voicemail|"
    r"none of (?:them|it|those)(?: (?:was|were|came|happened|arrived|did))?|"
    r"(?:we|i|he|she|they) (?:didnt|did not|never did)|never happened|nobody|no one)\b"
    r"[^.!?]{0,25}[.!?]*\s*$"
)
# A promise of time made again and again: "Always 'tomorrow', never today"; told "by the
# end of the day" on Tuesday, Wednesday and Thursday; "three times he promised".
_PROMISED_TIME: Final = re.compile(
    r"\b(?:tomorrow|tonight|today|end of (?:the )?day|by eod|next week|this week|almost done|"
    r"nearly done|soon|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)
_REPEATED: Final = re.compile(
    r"\b(?:always|every time|each time|every day|every week|in a row|again and again|"
    r"over and over|(?:two|three|four|five|six|\d+) times|kept (?:saying|promising|telling)|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,? (?:(?:mon|tues|wednes|thurs|fri|satur|sun)"
    r"day,? )*and (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)
_PROMISE_WORD: Final = re.compile(r"\b(?:promised|told|said|assured|swore)\b|[\"“”]")
# Dates: one the work was due, then a later one it came (or had not): "due on the 1st.
# It's now the 28th"; "promised a Friday delivery. Delivered the following Friday".
_WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS: Final = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# Occasions work is made for, as (month index, day): a campaign "for Black Friday" is due
# before it; a season counts only as the season of something ("the spring sale").
_OCCASIONS: Final = {
    "valentines": (1, 14),
    "easter": (3, 5),
    "back-to-school": (7, 15),
    "halloween": (9, 31),
    "thanksgiving": (10, 25),
    "black friday": (10, 27),
    "cyber monday": (10, 30),
    "christmas": (11, 25),
    "xmas": (11, 25),
    "spring": (2, 20),
    "summer": (5, 21),
    "autumn": (8, 22),
    "winter": (11, 21),
    "holiday": (11, 20),
}
_DATE: Final = re.compile(
    r"\b(?:(?P<next>following|next|another) )?(?:(?P<weekday>(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day)|(?P<month>january|february|march|april|(?<=in |by |of )may|june|july|"
    r"august|september|october|november|december)(?: (?P<mday>\d{1,2})(?:st|nd|rd|th)?\b)?|"
    r"(?P<occasion>valentines|easter|back-to-school|halloween|thanksgiving|black friday|"
    r"cyber monday|christmas|xmas|(?:spring|summer|autumn|winter|holiday)(?= (?:sale|"
    r"campaign|collection|season|launch|catalog(?:ue)?|issue|term|semester|edition|promo|"
    r"event|menu|fair|rush|cards?|started|began|arrived|came)))|"
    r"(?P<ordinal>\d{1,2})(?:st|nd|rd|th)|q(?P<quarter>[1-4]))\b"
)
_YEAR: Final = 12 * 31.0
_HALF_YEAR: Final = 6 * 31.0
_DUE_CUE: Final = re.compile(
    r"\b(?:due|deadline|promised|supposed|agreed|told|said|would|will|meant|planned|"
    r"scheduled|needed|expected|booked|by|for|start|begin)\b"
)
_CAME_CUE: Final = re.compile(
    r"\b(?:arrived|came|got|delivered|showed up|turned up|received|sent|began|started|"
    r"showing up|went (?:up|out|live)|came out|designed|published|posted|printed|ready|"
    r"its now|its|now|today is|by|finally|landed|handed|reached)\b"
)
_DATE_PASSED: Final = re.compile(r"\W*(?:came and went|came and passed|passed|went by)\b")
_AFTER_CAME: Final = re.compile(r"\W*(?:ended|came and went|passed|went by|rolled around|came)\b")
_EARLIER_MONTH: Final = re.compile(r"\s*of (?:the )?(?:previous|prior|last|preceding) ")
_LATER_MONTH: Final = re.compile(r"\s*of (?:the )?(?:next|following|subsequent) month")
_STILL: Final = re.compile(r"\bstill (?:\w+ )?(?:not|no|nothing|hadnt|havent|waiting|had not)\b")
# A little work in a long stretch: "maybe two days of work in three weeks"; "paid for a
# full month and got roughly three days of it".
_SMALL_CUE: Final = re.compile(
    r"\b(?:managed|got|did|worked|put in|only|barely|delivered)\W+(?:\w+\W+){0,2}$"
)
_SMALL_AFTER: Final = re.compile(
    r"\s*of (?:\w+ )?(?:work|it|development|coding|progress|actual work|real work)\b"
)
_LONG_CUE: Final = re.compile(r"\b(?:in|out of|over|paid for|during|across) (?:a |an |the )?$")
# How often something happens, as the days between two of them: "daily", "every week",
# "two calls a week", "three times in three months".
_CADENCE: Final = re.compile(
    r"\b(?:(?P<adverb>daily|weekly|fortnightly|monthly)|every (?P<every>day|morning|week|"
    r"fortnight|month)|(?P<count>once|twice|\d+|one|two|three|four|five|six|seven|eight|nine|"
    r"ten)(?: \w+)? (?:a|per|every|(?:times )?in (?P<span>\d+|one|two|three|four|five|six|a|an)) "
    r"(?P<period>day|week|fortnight|month)s?)\b"
)
_CADENCE_DAYS: Final = {"daily": 1.0, "weekly": 7.0, "fortnightly": 14.0, "monthly": 30.0}
_CADENCE_PLANNED: Final = re.compile(
    r"\b(?:agreed|hired|supposed|contract|said|promised|booked|paid for|plan|planned|expected|"
    r"meant|asked for|were told|was told|should|our|the|a)\W+(?:\w+\W+){0,3}$"
)
_CADENCE_PLANNED_AFTER: Final = re.compile(
    r"(?: \w+){0,2} (?:were|was|had been) (?:\w+ )?(?:promised|agreed|planned|booked|expected|"
    r"scheduled|part of the deal)\b"
)
_CADENCE_ACTUAL: Final = re.compile(
    r"(?:\b(?:got|had|happened|held|came|arrived|saw|heard|reality|more like|closer to|"
    r"maybe|only|actually)\W+(?:\w+\W+){0,3}$)|\bat best\b"
)
# Meetings booked and fewer attended: "booked three sessions. She attended one."
_BOOKED: Final = re.compile(
    rf"\b(?:booked|scheduled|arranged|planned|paid for|set up) (?P<n>{_SPAN}) (?:\w+ )?{_MEETING}|"
    rf"\bout of (?P<of>{_SPAN}) (?:\w+ ){{0,2}}?{_MEETING}|"
    rf"\b(?P<paid>{_SPAN}) (?:\w+ )?{_MEETING},? (?:were |was )?(?:booked|scheduled|planned|"
    r"paid for|arranged)"
)
_ATTENDED: Final = re.compile(
    r"\b(?:attended|came to|showed up (?:to|for)|joined|made(?: it to)?|turned up (?:to|for)|"
    r"ran|held|ran only|delivered) (?:only |just )?(?P<n>\d+|a|an|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|half|none)\b|"
    r"\b(?:only |just )?(?P<happened>\d+|one|two|three|four|five|six|seven|eight|nine|none) "
    r"(?:\w+ )?(?:actually |really )?(?:happened|took place|went ahead|delivered|held)\b"
)
# Praise asked about and dismissed: "On-time delivery? Never heard of it."
_DISMISSAL: Final = re.compile(
    r"\s*(?:no|nope|not at all|never|not once|quite the opposite|the opposite|far from it|"
    r"not with (?:him|her|them|this one)|ha\w*|lol|lmao|as if|yeah right|dream on|"
    r"in (?:his|her|their|your) dreams|what(?:s| is) that|(?:\w+ ){0,4}(?:foreign|alien|"
    r"unknown) (?:concept|word|idea)|not in (?:his|her|their) vocabulary|doesnt exist)\b"
)
# "Being reachable is part of the job", "we need someone to be responsive": a requirement.
_REQUIREMENT: Final = re.compile(
    r"\b(?:being|to be|should be|must be|needs? to be|supposed to be|expect(?:ed)? "
    r"(?:\w+ )?to be|want(?:ed)? (?:\w+ )?to be|hired (?:\w+ )?to be)\W+(?:\w+\W+){0,1}$"
)
# "Responsive at first, then ...": praise for the beginning only is not counter-evidence.
_AT_FIRST: Final = re.compile(
    r"\b(?:at first|initially|in the beginning|at the start|early on|to begin with|"
    r"to start with|for the first)\b"
)

# Stronger rules read first, so a weak one never takes the words of a strong one.
_BY_WEIGHT: Final = tuple(sorted(_RULES, key=lambda rule: -rule.weight))


# Each rule with the strings one of which its every match contains: a sentence with none
# of them is not searched (the same verdicts, several times faster).
_PREFILTERED: Final = tuple((rule, required_literals(rule.pattern.pattern)) for rule in _BY_WEIGHT)

# Lateness blamed on the work, the freelancer's skills or other commitments.
_ENDING_RE: Final = re.compile(_ENDING)
_OTHER_CAUSE: Final = re.compile(
    r"\b(?:because|since|as|due to|given|from|caused by|thanks to)\b[^.!?;]{0,70}?"
    r"\b(?:harder|more (?:complex|difficult|complicated|work)|complexity|underestimat\w*|"
    r"overestimat\w*|skills?|inexperience\w*|lack of (?:skill|skills|knowledge|experience)|"
    r"didnt know|did not know|learning|overpromised|overcommitted|over-?committed|"
    r"too many (?:clients|projects|jobs|contracts)|other (?:clients|projects|jobs|contracts|work)|"
    r"another (?:client|job|project)|vacation|holiday|holidays|party|laziness|lazy|"
    r"we changed|our changes|scope change\w*|changed the scope|our (?:side|request)|"
    r"(?:code |work )?quality|(?:his|her|their) (?:own )?(?:mistakes|errors|bugs)|rework|"
    r"rewrit\w+|redo\w*|(?:the )?(?:files|data|assets|material) (?:we|i) (?:sent|gave|provided))\b|"
    # The cause named without "because": "his estimates were optimistic ..., so he ran late".
    r"\b(?:scope creep|estimates? (?:were|was) (?:\w+ )?(?:optimistic|off|wrong|unrealistic)|"
    r"never used|new to (?:the|this))\b"
)
_NEGATOR: Final = re.compile(
    r"\b(?:not|never|no|didnt|doesnt|dont|wasnt|werent|isnt|arent|hasnt|hadnt|havent|"
    r"without|zero|nor|hardly|rarely|none|wouldnt|wont|cannot complain|not once|nothing)\b"
)
# "Not once did she go silent": the negation opens the clause, further back than 3 words.
_NEVER_ONCE: Final = re.compile(
    r"\s*(?:there (?:was|were) )?(?:not once|never once|at no point|not a single (?:time|day)|"
    r"never a (?:day|time|moment|week)|not a (?:day|week) (?:went by|passed))\b"
)
_DESPITE: Final = re.compile(r"\b(?:despite|in spite of|even with|even during|even though)\b")
_CLAUSE_BREAK: Final = re.compile(r"[,;:.!?()\n]|\b(?:but|however|although|though|then|and then)\b")
_SENTENCE: Final = re.compile(r"[^.!?\n]+[.!?]*")
_SINGLE_QUOTED: Final = re.compile(r"(?<!\w)['‘]([^'’‘\n]{1,40}?)['’](?!\w)")
_APOSTROPHES: Final = re.compile(r"['’‘`´]")
_WORDS_BEFORE: Final = 3
_YES_OR_NO: Final = re.compile(r"\byes (?:or|/) no\b|\byes/no\b")


def _normalise(comment: str) -> str:
    # Single quotes around words become double ones before apostrophes go: 'on time'.
    text = _SINGLE_QUOTED.sub(r'"\1"', comment.lower())
    text = _APOSTROPHES.sub("", text)
    text = text.replace("\u2013", "-").replace("\u2014", " - ")
    text = re.sub(r"\b(on|in|ahead-of)-(time|schedule)\b", r"\1 \2", text)
    text = text.replace("for ever", "forever")
    return correct_typos(re.sub(r"[ \t]+", " ", text))


def _by_someone_else(sentence: str, start: int, end: int, kind: str) -> bool:
    """The behaviour is someone else's (another freelancer, the client), not this one's."""
    clause = _clause_before(sentence, start)
    if (
        _SOMEONE_ELSE.search(clause)
        or _OTHER_PARTY.search(clause)
        or _BY_SOMEONE_ELSE.match(sentence[end:])
    ):
        return True
    if _FIRST_PERSON.search(clause) and (
        _SILENCE_VERB.match(sentence, start)
        or (kind == MISSED_APPOINTMENTS and _MISSED_VERB.match(sentence, start))
    ):
        return True
    before = sentence[:start]
    comparisons = list(_COMPARISON.finditer(before))
    return bool(comparisons) and not _CONTRAST.search(before[comparisons[-1].end() :])


def _quantity(word: str) -> float:
    return _NUMBER_WORDS.get(word) or float(word)


def _duration_days(match: re.Match[str]) -> float:
    """The days a ``_DURATION`` match stands for ("3 weeks": 21)."""
    return _quantity(match.group(1)) * _DAYS_IN[match.group(2)]


def _duration_overrun(text: str) -> Signal | bool:
    """A planned stretch of time and a longer actual one, in either order: "a 2-day task,
    3 weeks"; "took nearly a month to hand over what was a weekend job" (a signal);
    ``True`` when the actual one was no longer than planned; else ``False``."""
    planned = [1.0 if fast.group("hours") else 4.0 for fast in _FAST_PLAN.finditer(text)]
    actual: list[tuple[float, str]] = []
    for match in _DURATION.finditer(text):
        days = _duration_days(match)
        before = text[max(0, match.start() - 40) : match.start()]
        if _ACTUAL.search(before) or text.startswith(" later", match.end()):
            if not _SOMEONE_ELSE.search(before):
                actual.append((days, match.group(0)))
        elif _PLANNED.search(before) or re.match(
            r"[ -](?:task|job|project|gig|deadline)", text[match.end() :]
        ):
            planned.append(days)
    if not planned or not actual:
        return False
    for days, words in actual:
        if days > 1.5 * max(planned):
            return Signal(MISSED_DEADLINES, 1.0, words)
    return max(days for days, _ in actual) <= max(planned)


def _clause_before(sentence: str, start: int) -> str:
    """The words of the sentence before ``start``, back to the clause's beginning."""
    before = sentence[:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    return before


def _negated(sentence: str, start: int) -> bool:
    clause = _clause_before(sentence, start)
    if _NEVER_ONCE.match(clause):
        return True
    words = _YES_OR_NO.sub(" ", clause).split()[-_WORDS_BEFORE:]
    return bool(_NEGATOR.search(" ".join(words)))


def _despite(sentence: str, start: int) -> bool:
    return bool(_DESPITE.search(_clause_before(sentence, start)))


def _answered_no(sentences: list[str], index: int) -> bool:
    """A question the comment itself answers "No." ("Missed the deadline? No.")."""
    if not sentences[index].rstrip().endswith("?") or index + 1 >= len(sentences):
        return False
    return bool(_DISMISSAL.match(sentences[index + 1]))


def _denied_praise(question: str) -> list[Signal]:
    """Praise asked about and answered "No." is its opposite ("On time? Never.")."""
    return [
        Signal(rule.negated_kind, 1.0, match.group(0))
        for rule in _BY_WEIGHT
        if rule.weight < 0 and rule.negated_kind is not None
        for match in rule.pattern.finditer(question)
    ]


def _dead_ends(sentences: list[str]) -> list[Signal]:
    """An attempt or a promise, then a sentence of nothing: "Tried for a week. Nothing."."""
    found: list[Signal] = []
    for before, after in itertools.pairwise(sentences):
        if not _DEAD_END.match(after):
            continue
        if _PROMISE.search(before):
            found.append(Signal(MISSED_DEADLINES, 1.0, after.strip()))
        elif _ATTEMPT.search(before):
            found.append(Signal(UNRESPONSIVENESS, 1.0, after.strip()))
    return found


def _repeated_promise(sentences: list[str]) -> Signal | None:
    """A time promised again and again: told "tomorrow" three days in a row."""
    for sentence in sentences:
        promised = _PROMISED_TIME.search(sentence)
        if promised and _REPEATED.search(sentence) and _PROMISE_WORD.search(sentence):
            return Signal(MISSED_DEADLINES, 1.0, sentence.strip())
    return None


def _date_value(match: re.Match[str]) -> tuple[str, float]:
    """A date's kind and its place in time, comparable only with the same kind."""
    shift = 7.0 if match.group("next") else 0.0
    if match.group("weekday"):
        return "weekday", _WEEKDAYS.index(match.group("weekday")) + shift
    if match.group("month"):
        day = float(match.group("mday") or 15)  # a month without a day: its middle
        return "month", _MONTHS.index(match.group("month")) * 31 + day
    if match.group("occasion"):
        month, day = _OCCASIONS[match.group("occasion")]
        return "month", month * 31.0 + day
    if match.group("ordinal"):
        return "ordinal", float(match.group("ordinal"))
    return "quarter", float(match.group("quarter"))


def _date_slip(text: str) -> Signal | bool:
    """A date the work was due and a later one it came, or was still missing, on (a
    signal); ``True`` when it came on or before the date it was due; else ``False``."""
    if not any(digit in text for digit in "0123456789") and not _DATE.search(text):
        return False
    kept = False
    due: dict[str, float] = {}
    earlier: dict[str, float] = {}
    for match in _DATE.finditer(text):
        kind, value = _date_value(match)
        before = text[max(0, match.start() - 45) : match.start()]
        sentence_end = re.search(r"[.!?\n]|$", text[match.end() :])
        rest = text[match.end() : match.end() + (sentence_end.start() if sentence_end else 0)]
        arrived = bool(_CAME_CUE.search(before[-25:]))
        came = arrived or bool(_AFTER_CAME.match(rest))
        if _EARLIER_MONTH.match(rest):
            kept = True  # "due on the 1st, arrived on the 30th of the previous month"
            continue
        if kind == "ordinal" and _LATER_MONTH.match(rest):
            value += 31  # "due on the 15th; today is the 3rd of the next month"
        if kind == "month" and kind in due and value < due[kind] - _HALF_YEAR:
            value += _YEAR  # due in November, came in January: the next year's January
        if came and kind in due and value > due[kind]:
            return Signal(MISSED_DEADLINES, 1.0, match.group(0))
        if kind in due and value == due[kind] and _DATE_PASSED.match(rest):
            return Signal(MISSED_DEADLINES, 1.0, match.group(0))  # "Tuesday came and went"
        kept = kept or (arrived and kind in due)
        if kind in earlier and value > earlier[kind] and _STILL.search(rest):
            return Signal(MISSED_DEADLINES, 1.0, match.group(0))
        if (_DUE_CUE.search(before) or (match.group("occasion") and not came)) and kind not in due:
            due[kind] = value
        earlier.setdefault(kind, value)
    return kept


def _work_shortfall(text: str) -> Signal | None:
    """A little work in a long stretch: "two days of work in three weeks"."""
    small: list[float] = []
    long: list[float] = []
    for match in _DURATION.finditer(text):
        days = _duration_days(match)
        before = text[max(0, match.start() - 30) : match.start()]
        if _LONG_CUE.search(before):
            long.append(days)
        elif _SMALL_AFTER.match(text[match.end() :]) or _SMALL_CUE.search(before):
            small.append(days)
    if small and long and min(small) * 3 <= max(long):
        return Signal(CANNOT_CONTINUE, 1.0, "little work in a long stretch")
    return None


def _cadence_days(match: re.Match[str]) -> float:
    if match.group("adverb"):
        return _CADENCE_DAYS[match.group("adverb")]
    if match.group("every"):
        return _DAYS_IN.get(match.group("every"), 1.0)
    count = {"once": 1.0, "twice": 2.0}.get(match.group("count")) or _quantity(match.group("count"))
    span = _quantity(match.group("span")) if match.group("span") else 1.0
    return span * _DAYS_IN[match.group("period")] / count


def _cadence_drop(text: str) -> Signal | bool:
    """Contact agreed at one rate and had at a far lower one: "daily updates; we got them
    monthly", "a weekly check-in that happened three times in three months" (a signal);
    ``True`` when it was had as agreed ("two calls a week, and we had two a week")."""
    planned: float | None = None
    kept = False
    for match in _CADENCE.finditer(text):
        days = _cadence_days(match)
        before = text[max(0, match.start() - 40) : match.start()]
        after = text[match.end() : match.end() + 10]
        actual = _CADENCE_ACTUAL.search(before) or _CADENCE_ACTUAL.match(after)
        if planned is not None and actual:
            if days >= 3 * planned:
                return Signal(UNRESPONSIVENESS, 1.0, match.group(0))
            kept = kept or days <= planned
        if planned is None and (
            _CADENCE_PLANNED.search(before) or _CADENCE_PLANNED_AFTER.match(text, match.end())
        ):
            planned = days
    return kept


def _attendance_shortfall(text: str) -> Signal | None:
    """Meetings booked, fewer attended: "booked three sessions. She attended one."."""
    booked = _BOOKED.search(text)
    if not booked:
        return None
    attended = _ATTENDED.search(text, booked.end())
    if not attended:
        return None
    number = booked.group("n") or booked.group("of") or booked.group("paid")
    planned = _NUMBER_WORDS.get(number)
    count = attended.group("n") or attended.group("happened")
    came = 0.0 if count == "none" else _NUMBER_WORDS.get(count)
    if planned is None and number.isdigit():
        planned = float(number)
    if came is None and count.isdigit():
        came = float(count)
    if planned is not None and came is not None and came < planned:
        return Signal(MISSED_APPOINTMENTS, 1.0, attended.group(0))
    return None


def _signals(text: str) -> list[Signal]:
    sentences = [match.group(0) for match in _SENTENCE.finditer(text)]
    found: list[Signal] = []
    for index, sentence in enumerate(sentences):
        if _answered_no(sentences, index):
            found.extend(_denied_praise(sentence))
            found.append(Signal(SET_ASIDE, 0.0, sentence.strip()))
            continue
        other_cause = bool(_OTHER_CAUSE.search(sentence))
        client_side = bool(_CLIENT_SIDE.search(sentence))
        sarcastic = bool(_SARCASM.search(sentence))
        taken: list[tuple[int, int]] = []
        contains = sentence.__contains__
        for rule, needed in _PREFILTERED:
            if needed is not None and not any(map(contains, needed)):
                continue
            for match in rule.pattern.finditer(sentence):
                start, end = match.span()
                if rule.weight > 0 and any(s < end and start < e for s, e in taken):
                    continue  # a stronger rule already read these words
                words = match.group(0).strip()
                negated = _negated(sentence, start)
                if rule.weight < 0 and (_QUOTED.search(sentence[:start]) or sarcastic):
                    continue  # irony: delivered "on time", ten days late
                if (
                    rule.weight < 0
                    and not negated
                    and (_AT_FIRST.search(sentence) or _REQUIREMENT.search(sentence[:start]))
                ):
                    # "responsive at first, then ...": the praise is for the start only;
                    # "being reachable is part of the job": a requirement, not praise.
                    continue
                if rule.weight < 0:
                    if negated and rule.negated_kind is not None:
                        found.append(Signal(rule.negated_kind, 0.9, words))
                    elif not negated:
                        found.append(Signal(rule.kind, rule.weight, words))
                    continue
                if negated:
                    if rule.kind in BEHAVIOURS:
                        taken.append((start, end))
                        found.append(Signal(SET_ASIDE, 0.0, words))
                    continue
                if rule.kind == CIRCUMSTANCES and _despite(sentence, start):
                    found.append(Signal(COUNTER_EVIDENCE, -0.6, words))
                    continue
                if (
                    (rule.kind == MISSED_DEADLINES and other_cause)
                    or (
                        rule.kind in BEHAVIOURS
                        and _by_someone_else(sentence, start, end, rule.kind)
                    )
                    or (
                        rule.kind in (CANNOT_CONTINUE, CONSEQUENCES, MISSED_APPOINTMENTS)
                        and client_side
                    )
                ):
                    taken.append((start, end))
                    found.append(Signal(SET_ASIDE, 0.0, words))
                    continue
                taken.append((start, end))
                found.append(Signal(rule.kind, rule.weight, words))
    dates = _date_slip(text)
    overrun = _duration_overrun(text)
    cadence = _cadence_drop(text)
    # The dates, durations or rates say it went as agreed ("due on the 10th, arrived on the
    # 8th", "a 3-day job, done in two", "daily updates, and we got them daily"): what the
    # words said about deadlines, or about contact, is set aside.
    kept = {MISSED_DEADLINES} if dates is True or overrun is True else set()
    if cadence is True:
        kept.add(UNRESPONSIVENESS)
    if kept:
        found = [
            Signal(SET_ASIDE, 0.0, signal.text) if signal.kind in kept else signal
            for signal in found
        ]
        found.append(Signal(SET_ASIDE, 0.0, "went as agreed"))
    for indirect in (
        _repeated_promise(sentences),
        dates if isinstance(dates, Signal) else None,
        _work_shortfall(text),
        _attendance_shortfall(text),
        cadence if isinstance(cadence, Signal) else None,
    ):
        if indirect:
            found.append(indirect)
    found.extend(_dead_ends(sentences))
    promise = _PROMISE_THEN_TIME.search(text)
    if promise:
        found.append(Signal(MISSED_DEADLINES, 1.0, promise.group(0)[-40:].strip()))
    if isinstance(overrun, Signal):
        found.append(overrun)
    # A crisis, and the contract ended because of it: the freelancer could not continue.
    ending = _ENDING_RE.search(text)
    crisis = any(signal.kind == CIRCUMSTANCES for signal in found)
    if ending and crisis and not _CLIENT_SIDE.search(text):
        found.append(Signal(CANNOT_CONTINUE, 1.0, ending.group(0)))
    return found


def _total(signals: list[Signal]) -> float:
    by_kind: dict[str, list[float]] = {}
    for signal in signals:
        by_kind.setdefault(signal.kind, []).append(signal.weight)
    total = 0.0
    for weights in by_kind.values():
        ordered = sorted(weights, key=abs, reverse=True)
        total += ordered[0] + _REPEAT_SHARE * sum(ordered[1:])
    return total


# ---------------------------------------------------------------------------------------
# The learned part: a logistic regression over words, word pairs and character 4-grams of
# the normalised comment, trained by scripts/train_feedback.py on our own labelled comments
# (never on the shared development set) and scored here in plain Python.

MODEL_PATH: Final = Path(__file__).with_name("models") / "crisis_feedback.json.gz"
_TOKEN: Final = re.compile(r"[a-z]+|\d+")


def load_model(path: Path = MODEL_PATH) -> LinearHead | None:
    """The committed model, or ``None`` when the file is absent (rules only)."""
    data = read_artefact(path)
    return None if data is None else head(data)


@lru_cache(maxsize=1)
def _model() -> LinearHead | None:
    return load_model()


@lru_cache(maxsize=65536)
def _word_features(word: str) -> tuple[str, ...]:
    padded = "<" + word + ">"
    return ("w:" + word, *("c:" + padded[i : i + 4] for i in range(len(padded) - 3)))


def _features(text: str) -> list[str]:
    words = _TOKEN.findall(text)
    features = [
        f"b:{first} {second}" for first, second in zip(["<s>", *words], words, strict=False)
    ]
    for word in words:
        features.extend(_word_features(word))
    return features


def feedback_features(comment: str) -> list[str]:
    """The learned part's input for ``comment`` (used by scripts/train_feedback.py)."""
    return _features(_normalise(comment))


def _learned(text: str, model: LinearHead) -> Signal | None:
    """The learned part's vote: a behaviour signal when it is confident enough."""
    features = _features(text)
    probability = model.probability(features, feature_norm(features))
    if probability < model.threshold:
        return None
    # The words and word pairs that pushed hardest, so the agent sees why.
    pushing = {f: model.weights.get(f, 0.0) for f in features if f[0] in "wb"}
    strongest = sorted((f for f in pushing if pushing[f] > 0), key=lambda f: -pushing[f])[:3]
    weight = THRESHOLD + 2 * (probability - model.threshold)
    return Signal(LEARNED, round(weight, 3), ", ".join(f[2:] for f in strongest))


def assess_feedback(
    comment: str, *, learned: bool = True, model: LinearHead | None = None
) -> FeedbackAssessment:
    """Assess one feedback comment: crisis-related or not, a score in [0, 1], the signals.

    ``learned=False`` reads by the rules alone; ``model`` replaces the committed learned part
    (scripts/train_feedback.py measures both on comments a model was not trained on).
    """
    text = _normalise(comment)
    signals = _signals(text)
    total = _total(signals)
    # The learned part speaks only where the rules fall short and have not read the
    # behaviour and set it aside or found counter-evidence.
    model = (model or _model()) if learned else None
    if (
        model is not None
        and total < THRESHOLD
        and all(signal.weight >= 0 and signal.kind != SET_ASIDE for signal in signals)
    ):
        vote = _learned(text, model)
        if vote:
            signals.append(vote)
            total = _total(signals)
    behaviour = any(
        signal.kind in (*BEHAVIOURS, LEARNED) and signal.weight > 0 for signal in signals
    )
    # Circumstances and consequences alone never make a comment crisis-related: the
    # playbook asks for behaviour.
    if not behaviour:
        total = min(total, THRESHOLD - 0.05)
    score = 1.0 / (1.0 + math.exp(-_STEEPNESS * (total - THRESHOLD)))
    return FeedbackAssessment(
        crisis_related=score >= 0.5, score=round(score, 4), signals=tuple(signals)
    )
