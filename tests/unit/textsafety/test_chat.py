"""The conversation-safety classifier: the lines the playbook (seed 002) draws.

Abusive = slurs, insults or profanity directed at the agent, or a violent threat; venting =
upset or profane but not aimed at the agent (a threat to sue or review is not violent);
self-harm risk = a threat of self-harm or suicide, immediate = acting now or about to.
The phrasings here are written for these tests; none is taken from the dev set.
"""

from __future__ import annotations

import pytest

from trustdesk.textsafety.chat import ChatAssessment, ChatCue, assess_chat, fold_word

# --- the contrast pairs -------------------------------------------------------------


def test_you_people_are_useless_is_abusive_but_this_is_useless_is_venting() -> None:
    abusive = assess_chat("you people are useless")
    venting = assess_chat("this is useless")
    assert (abusive.abuse, abusive.abuse_types) == ("abusive", ("directed_insult",))
    assert (venting.abuse, venting.abuse_types) == ("venting", ())


def test_a_threat_to_sue_or_review_is_venting_but_knowing_where_the_office_is_is_a_threat() -> None:
    sue = assess_chat("I am going to sue you people and leave a one-star review everywhere.")
    office = assess_chat("I know where your office is.")
    assert sue.abuse == "venting"
    assert "threat" not in sue.abuse_types
    assert (office.abuse, office.abuse_types) == ("abusive", ("threat",))


def test_a_deadline_killing_me_is_not_self_harm_but_no_reason_to_go_on_is() -> None:
    assert assess_chat("this deadline is killing me").self_harm == "none"
    assert assess_chat("I don't see a reason to go on").self_harm == "risk"


# --- obfuscation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "word"),
    [
        ("f*ck", "fuck"),
        ("f***", "fuck"),
        ("f**king", "fucking"),
        ("sh1t", "shit"),
        ("sh!t", "shit"),
        ("a$$", "ass"),
        ("@ss", "ass"),
        ("id10t", "idiot"),
        ("1d1ot", "idiot"),
        ("m0r0n", "moron"),
        ("b!tch", "bitch"),
        ("b1tch", "bitch"),
        ("st00pid", "stupid"),
        ("stuuupid", "stupid"),
        ("fuuuuck", "fuck"),
        ("c*nt", "cunt"),
        ("wh0re", "whore"),
        ("l0ser", "loser"),
    ],
)
def test_obfuscated_spellings_fold_to_the_plain_word(token: str, word: str) -> None:
    assert fold_word(token) == word


@pytest.mark.parametrize("token", ["w-8ben", "4k", "mp3", "b2b", "2fa", "inv-3321", "$420"])
def test_codes_and_amounts_are_not_read_as_words(token: str) -> None:
    assert fold_word(token) == token


@pytest.mark.parametrize(
    "text",
    [
        "you are an id10t",
        "ur a f*cking m0r0n",
        "you stupid b!tch",
        "f u c k you",
        "you absolute a$$hole",
        "you're a total l0ser",
        "y o u  a r e  a n  i d i o t",
        "youre such a st*pid cl0wn",
        "ｙｏｕ ａｒｅ ａｎ ｉｄｉｏｔ",
    ],
)
def test_obfuscated_insults_at_the_agent_are_abusive(text: str) -> None:
    result = assess_chat(text)
    assert result.abuse == "abusive", text
    assert "directed_insult" in result.abuse_types


@pytest.mark.parametrize(
    "text",
    [
        "this sh1t is broken again",
        "wtf is going on with my payout",
        "the f*cking upload failed again",
        "holy cr@p, the invoice vanished",
        "s h i t, I sent the wrong file",
    ],
)
def test_obfuscated_profanity_not_aimed_at_anyone_is_venting(text: str) -> None:
    result = assess_chat(text)
    assert (result.abuse, result.abuse_types) == ("venting", ()), text


# --- abusive: insults directed at the agent -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You are a complete idiot.",
        "you're honestly the most incompetent person I've ever spoken to",
        "Are you stupid or just lazy?",
        "You lazy moron, answer the question.",
        "Fuck you and your canned replies.",
        "Screw you, I want my money.",
        "Go to hell, all of you.",
        "shut up and do your job",
        "What a useless bunch of clowns you are.",
        "You guys are a bunch of incompetent fools.",
        "Every agent here is an idiot.",
        "You lying scumbag, you said it would be paid yesterday.",
        "Listen, dumbass, I already uploaded it.",
        "Are you even capable of reading, you imbecile?",
        "Fix it, moron.",
        "you're pathetic",
        "Hey genius, maybe read the ticket first.",
        "Thanks for nothing, you worthless piece of garbage.",
        "You're a disgrace to customer service.",
        "Piss off and get me someone competent.",
        "Go f yourself.",
        "you support people are all morons",
        "I'm talking to a brick wall. You're dumb as a rock.",
        "you clowns lost my documents again",
    ],
)
def test_insults_and_profanity_aimed_at_the_agent_are_abusive(text: str) -> None:
    result = assess_chat(text)
    assert result.abuse == "abusive", text
    assert "directed_insult" in result.abuse_types, text


# --- abusive: slurs -------------------------------------------------------------------------


def test_a_slur_at_a_third_party_is_abusive_with_the_slur_type_only() -> None:
    result = assess_chat("The client is a lazy n1gger who won't pay for the logo.")
    assert (result.abuse, result.abuse_types) == ("abusive", ("slur",))


def test_a_slur_aimed_at_the_agent_is_a_slur_and_a_directed_insult() -> None:
    result = assess_chat("are you a f4ggot or what, just refund me")
    assert (result.abuse, result.abuse_types) == ("abusive", ("directed_insult", "slur"))


@pytest.mark.parametrize(
    "text",
    [
        "the seller is a r3tard",
        "my buyer is a chink who keeps haggling",
        "This freelancer is a fag, ban him",
        "the other guy is a dumb sp1c",
    ],
)
def test_slurs_about_others_are_abusive(text: str) -> None:
    result = assess_chat(text)
    assert result.abuse == "abusive", text
    assert "slur" in result.abuse_types


# --- abusive: threats ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I know where you live.",
        "I'll find out where you work and wait for you outside.",
        "If I don't get paid I will hunt you down.",
        "Keep it up and you'll get hurt.",
        "I'm going to come to your office and smash the place up.",
        "Somebody should put a bullet in you people.",
        "I will burn your headquarters to the ground.",
        "Release the funds or I'll beat the crap out of whoever is responsible.",
        "You'd better sleep with one eye open.",
        "I have your full name now. See you soon.",
        "I'm going to kill you.",
        "Watch yourself, I know people who can find you.",
    ],
)
def test_violent_or_intimidating_threats_are_abusive_threats(text: str) -> None:
    result = assess_chat(text)
    assert result.abuse == "abusive", text
    assert "threat" in result.abuse_types, text


@pytest.mark.parametrize(
    "text",
    [
        "I'm calling my lawyer tomorrow, this is outrageous.",
        "I will report this to the FTC and the BBB. Unbelievable.",
        "Expect a chargeback and a very angry review on Trustpilot.",
        "I'm going to take you to small claims court over this nonsense.",
        "I'm going to blast this all over Twitter, you've been warned.",
        "Mark my words, I'll get a lawyer involved and sue.",
    ],
)
def test_non_violent_threats_are_venting_not_abuse(text: str) -> None:
    result = assess_chat(text)
    assert (result.abuse, result.abuse_types) == ("venting", ()), text


# --- venting ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "This platform is absolute garbage.",
        "What a ridiculous policy.",
        "I'm sick and tired of waiting for this refund.",
        "Your company's verification process is a nightmare.",
        "The support here is terrible, honestly.",
        "This is bullshit, the buyer got everything for free.",
        "Ugh. Another week of waiting.",
        "Fucking hell, it crashed again.",
        "I'm so frustrated right now.",
        "This app is a joke.",
        "Damn it, I entered the wrong IBAN.",
        "Your fees are daylight robbery.",
        "You guys need to sort this out, it's been a month.",
        "Why is this so hard?!",
        "What the hell happened to my milestone?",
        "This is driving me crazy.",
    ],
)
def test_frustration_at_the_platform_or_situation_is_venting(text: str) -> None:
    result = assess_chat(text)
    assert (result.abuse, result.abuse_types) == ("venting", ()), text


# --- none --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hello, how do I change my payout method?",
        "Can you kill the stuck export job please?",
        "I'm dying to know when my verification finishes.",
        "My laptop died in the middle of the upload, did it go through?",
        "The link in the email is dead.",
        "Please shoot me an email when the review is done.",
        "I'd like to end my contract with this client.",
        "I'm killing it this month, can I raise my withdrawal limit?",
        "That was a killer design, the client loved it. How do I tip the freelancer?",
        "I'll need to talk to my lawyer about the contract terms, can you send me a copy?",
        "Could you terminate the old listing?",
        "Is there a way to execute bulk refunds?",
        "I'm dead tired, sorry for the typos. Order 1234.",
        "Thanks, you've been a great help!",
        "You guys are amazing, the payout arrived.",
        "I hate to bother you, but is there an update?",
    ],
)
def test_ordinary_requests_and_idioms_are_neither_abuse_nor_self_harm(text: str) -> None:
    result = assess_chat(text)
    assert (result.abuse, result.self_harm) == ("none", "none"), text


# --- self-harm ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself.",
        "Sometimes I think about ending my life.",
        "If this account is banned I'm going to end it all.",
        "I honestly don't want to live anymore.",
        "Everyone would be better off if I was dead.",
        "I've been hurting myself again since the suspension.",
        "There's nothing left to live for without this income.",
        "I feel suicidal.",
        "I wish I could go to sleep and never wake up.",
        "What's the point of living when everything I built is gone.",
        "I won't be here much longer anyway.",
        "I keep thinking that nobody would notice if I disappeared.",
        "i just want to die",
        "i'm going to k1ll mys3lf",
        "I can't go on like this anymore, I'm thinking of taking my own life.",
        "I've started writing letters to say goodbye to people.",
        "If I lose this too, I'm done. With everything. Including being alive.",
    ],
)
def test_threats_of_self_harm_are_a_risk(text: str) -> None:
    assert assess_chat(text).self_harm in ("risk", "immediate"), text


@pytest.mark.parametrize(
    "text",
    [
        "I've swallowed all my pills. Just wanted to tell someone.",
        "I'm standing on the ledge of my balcony right now.",
        "The rope is ready and I'm doing it tonight.",
        "I have a razor in my hand and I'm going to use it now.",
        "I just took a whole bottle of painkillers.",
        "I'm at the bridge. This is goodbye.",
        "i slit my wrists, there's blood everywhere",
        "I'm going to jump in a few minutes.",
        "Gun is loaded. Sorry everyone.",
    ],
)
def test_acting_now_or_about_to_is_immediate(text: str) -> None:
    assert assess_chat(text).self_harm == "immediate", text


def test_saying_it_will_not_happen_today_keeps_a_risk_from_being_immediate() -> None:
    result = assess_chat("I've thought about killing myself but I'm not going to do it tonight.")
    assert result.self_harm == "risk"


@pytest.mark.parametrize(
    "text",
    [
        "This bug is killing me.",
        "I'm dying of boredom waiting on hold.",
        "This hold is going to kill my business.",
        "That was suicide for our quarterly numbers.",
        "I could kill for a coffee right now.",
        "My battery is dead and my phone died.",
        "I'm going to end it with this platform and move to a competitor.",
        "Please kill the process that is hanging.",
        "I nearly died laughing at the auto-reply.",
        "This commute is the death of me.",
        "The project is dead in the water unless the client pays.",
        "Go kill the build, it's broken.",
        "I'm cutting myself some slack this week.",
        "I shot myself in the foot by accepting that contract.",
    ],
)
def test_death_and_violence_idioms_are_not_self_harm(text: str) -> None:
    assert assess_chat(text).self_harm == "none", text


def test_telling_the_agent_to_kill_themselves_is_abuse_not_self_harm() -> None:
    result = assess_chat("go kill yourself")
    assert result.self_harm == "none"
    assert result.abuse == "abusive"


def test_insult_and_self_harm_are_reported_together() -> None:
    result = assess_chat("You useless idiots. I'm going to kill myself if this isn't fixed.")
    assert result.abuse == "abusive"
    assert result.abuse_types == ("directed_insult",)
    assert result.self_harm == "risk"


# --- the evidence ------------------------------------------------------------------------


def test_cues_point_at_the_words_as_written_in_the_original_text() -> None:
    text = "Honestly, ur an id10t. I know where your office is."
    result = assess_chat(text)
    assert isinstance(result, ChatAssessment)
    labels = {cue.label for cue in result.cues}
    assert {"directed_insult", "threat"} <= labels
    for cue in result.cues:
        assert isinstance(cue, ChatCue)
        assert text[cue.start : cue.end] == cue.text
        assert cue.reason
    insult = next(cue for cue in result.cues if cue.label == "directed_insult")
    assert "id10t" in insult.text


def test_cue_spans_survive_look_alike_letters_and_invisible_characters() -> None:
    text = "Ｙｏｕ are a f\u200bu\u200bc\u200bk\u200bi\u200bn\u200bg idiot"
    result = assess_chat(text)
    assert result.abuse == "abusive"
    for cue in result.cues:
        assert text[cue.start : cue.end] == cue.text


def test_abuse_types_are_sorted_and_empty_unless_abusive() -> None:
    venting = assess_chat("damn this site")
    assert venting.abuse_types == ()
    both = assess_chat("Listen, you r3tard, I will find you.")
    assert both.abuse_types == tuple(sorted(both.abuse_types))
    assert set(both.abuse_types) == {"slur", "directed_insult", "threat"}


def test_empty_and_whitespace_text_is_calm() -> None:
    for text in ("", "   ", "\n"):
        result = assess_chat(text)
        assert (result.abuse, result.abuse_types, result.self_harm, result.cues) == (
            "none",
            (),
            "none",
            (),
        )


# --- more phrasings, by behaviour -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Are you people even trained? Useless, the lot of you.",
        "You're clueless. Put me through to someone who knows what they're doing.",
        "Honestly you are the worst support agent I've ever had.",
        "Can't believe I'm stuck talking to an imbecile like you.",
        "Stop being such a smartass and refund me.",
        "you guys are scammers and thieves, every one of you",
        "I hope you get fired, you incompetent twit.",
        "You must be the dumbest person working there.",
        "Did your brain fall out on the way to work?",
        "Are you deaf? I said the PAYOUT.",
        "Kiss my a$$, I'm not uploading anything else.",
        "What kind of moron closes a ticket without reading it?",
        "You're a joke. All of you.",
        "Eat sh*t, I'm done with you.",
        "Go back to flipping burgers, you idiot.",
        "Nobody could be as stupid as you.",
        "Thanks for nothing, dipsh*t.",
        "Get lost, you pathetic excuse for an agent.",
        "ur useless",
        "you suck at your job",
        "youre an absolute waste of space",
        "f off bot",
        "you're full of sh*t",
        "did they hire you from a zoo",
    ],
)
def test_more_ways_of_insulting_the_agent_are_abusive(text: str) -> None:
    result = assess_chat(text)
    assert result.abuse == "abusive", text
    assert "directed_insult" in result.abuse_types, text


@pytest.mark.parametrize(
    "text",
    [
        "I'll make you regret the day you touched my account.",
        "Someone should teach you a lesson you won't forget. Maybe me.",
        "I'm coming for you and your whole team.",
        "If I lose this money, people at your company will get hurt.",
        "I found your LinkedIn and I know what town you live in.",
        "I will break your neck if I ever meet you.",
        "You'll pay for this, I promise you that. I know where the office is.",
        "I'll slash your tires when you leave work.",
        "Give me my money or I'll make your life hell.",
        "I'll be at your front desk tomorrow with a surprise for you.",
        "Don't make me come down there.",
        "Every one of you deserves a beating.",
        "ur gonna regret this when i find u",
        "hope someone beats you up on the way home",
        "i know ur address",
    ],
)
def test_more_threats_are_abusive_threats(text: str) -> None:
    result = assess_chat(text)
    assert result.abuse == "abusive", text
    assert "threat" in result.abuse_types, text


@pytest.mark.parametrize(
    "text",
    [
        "This stupid site, I swear.",
        "This is a freaking joke, my payout is late AGAIN.",
        "For crying out loud, just release the money.",
        "Absolutely fed up with the verification loop.",
        "This company is run by clowns.",
        "The buyer is a liar and a thief.",
        "my client is an idiot who won't read the brief",
        "I'm reporting you to the consumer agency, this is disgusting.",
        "What a scam of a company, holding people's money hostage.",
        "I've explained this five times now. FIVE.",
        "jfc, the page reset my form again",
        "Great, just great. The ID check failed again.",
        "I'll sue you into oblivion.",
        "this platform sucks ass",
        "i hate this app so much",
        "you guys have terrible service",
    ],
)
def test_more_frustration_not_aimed_at_the_agent_is_venting(text: str) -> None:
    result = assess_chat(text)
    assert (result.abuse, result.abuse_types) == ("venting", ()), text


@pytest.mark.parametrize(
    "text",
    [
        "Maybe it's time I just ended things for good.",
        "I've been stockpiling my pills for a while now.",
        "I can't see any way out except dying.",
        "If the money doesn't come, I'm going to jump off a bridge.",
        "My family would be better off with the life insurance.",
        "Sometimes I wonder if it'd be easier to just not be here.",
        "I've written my will and sorted my things out.",
        "i dont wanna be alive anymore",
        "Nobody would care if I died tomorrow.",
        "I've been researching how many pills it takes.",
        "I feel like a burden to everyone around me, they'd be happier without me.",
        "im gonna kms",
        "might as well end it",
        "life isnt worth it anymore",
        "ill just off myself then",
        "idk how much longer i can keep going",
    ],
)
def test_more_ways_of_saying_self_harm_are_a_risk(text: str) -> None:
    assert assess_chat(text).self_harm in ("risk", "immediate"), text


@pytest.mark.parametrize(
    "text",
    [
        "Tonight I'm going to finally end it.",
        "I've already swallowed half a bottle of vodka and my pills.",
        "the blade is on my wrist right now",
        "I'm on the 12th floor balcony, about to jump.",
        "I tied the rope an hour ago. Just need to kick the chair.",
        "I'm writing this from the roof, I'm not coming down.",
        "I have the pills counted out on the table. Tonight's the night.",
        "I'm in the bathtub with a razor. I'm sorry.",
        "just took 40 tylenol",
        "I'm standing at the edge of the platform, the train is coming.",
        "I've started the car in the closed garage.",
        "Goodbye. By the time you read this I'll be gone.",
        "I drank the bleach.",
        "pills in hand. goodbye",
        "i took everything in the medicine cabinet",
        "i just cut really deep",
    ],
)
def test_more_ways_of_acting_now_are_immediate(text: str) -> None:
    assert assess_chat(text).self_harm == "immediate", text


@pytest.mark.parametrize(
    "text",
    [
        "My freelancing career is dead if this hold continues.",
        "My client wants me to kill off a character in the story, is that allowed?",
        "Can I offer suicide prevention training courses on the platform?",
        "If I don't get paid my landlord will kill me lol",
        "I almost jumped out of my chair when I saw the payout arrive!",
        "Ending my subscription today, please confirm the cancellation.",
        "I took my pills this morning as usual, then checked the payout.",
        "I took 2 advil and I'm fine now, anyway about my refund.",
        "Brexit is economic suicide.",
        "The contract is done, can you end it?",
        "I won't be here on Monday, please email me instead.",
        "She committed to the deadline, so I'm not worried.",
    ],
)
def test_more_ordinary_uses_of_death_words_are_not_self_harm(text: str) -> None:
    assert assess_chat(text).self_harm == "none", text


@pytest.mark.parametrize(
    "text",
    [
        "You've been no help at all.",
        "Your service is useless.",
        "You're not listening to me!",
        "Are you even reading my messages?",
        "This is useless, you're not helping.",
        "You keep sending me the same stupid template.",
        "Your stupid bot closed my ticket again.",
        "Whoever designed this form is an idiot.",
        "I feel like an idiot for trusting this platform.",
        "I'm such an idiot, I sent the wrong file.",
        "Honestly, f*ck this company.",
        "f this",
        "I'm not stupid, I know how to upload a file.",
        "Don't treat me like an idiot.",
        "This policy makes me want to punch a wall.",
        "If you close my ticket again I'll report you to your manager.",
        "Watch me take this to the press.",
    ],
)
def test_criticism_that_mentions_the_agent_without_insulting_them_is_venting(text: str) -> None:
    result = assess_chat(text)
    assert (result.abuse, result.abuse_types) == ("venting", ()), text


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("You're useless.", ("directed_insult",)),
        ("Why are you so useless?", ("directed_insult",)),
        ("Your support team is a bunch of idiots.", ("directed_insult",)),
        ("Damn you people and your rules.", ("directed_insult",)),
        ("I could kill whoever wrote this policy.", ("threat",)),
    ],
)
def test_insults_and_threats_at_the_support_team_are_abusive(
    text: str, types: tuple[str, ...]
) -> None:
    result = assess_chat(text)
    assert (result.abuse, result.abuse_types) == ("abusive", types), text


@pytest.mark.parametrize(
    "text",
    ["Thank you so much, you're a lifesaver!", "You guys are the best, thanks for the quick fix."],
)
def test_praise_for_the_agent_is_calm(text: str) -> None:
    assert assess_chat(text).abuse == "none"


@pytest.mark.parametrize(
    ("text", "abuse", "self_harm"),
    [
        ("You are an utter moron, I said the SECOND milestone.", "abusive", "none"),
        ("Are you brain dead or just pretending?", "abusive", "none"),
        ("shut your mouth and release the funds", "abusive", "none"),
        ("Typical lazy agent, you haven't even opened my file.", "abusive", "none"),
        ("I'm going to tell every freelancer I know to avoid this site.", "venting", "none"),
        (
            "The client is a crook and your dispute team let him walk away with my work.",
            "venting",
            "none",
        ),
        ("Oh perfect, the dispute got closed while I was asleep. Just perfect.", "venting", "none"),
        ("I've been killing myself to meet this client's deadlines. Why the hold?", "none", "none"),
        ("I don't think I can keep going much longer. The account was all I had.", "none", "risk"),
        ("I'm on the top floor of the car park and I'm going to jump.", "none", "immediate"),
        ("I could just die of embarrassment, I sent the wrong invoice.", "none", "none"),
        ("My career is basically dead after that review. Can it be removed?", "none", "none"),
    ],
)
def test_lines_written_after_the_rules_were_frozen(text: str, abuse: str, self_harm: str) -> None:
    result = assess_chat(text)
    assert (result.abuse, result.self_harm) == (abuse, self_harm), text


def test_a_slur_about_staff_the_user_wants_told_is_a_slur_not_an_insult_at_the_agent() -> None:
    result = assess_chat("Tell the f@gs in your finance team to release my money.")
    assert (result.abuse, result.abuse_types) == ("abusive", ("slur",))
