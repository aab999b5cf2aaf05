"""``assess_feedback``: does a client's comment reference behaviour a crisis causes?

The cases below were written for these tests, in many phrasings, and are not the shared
development set (``scripts/eval_feedback.py`` measures that one): the playbook's four kinds
of behaviour (unresponsiveness, inability to continue working, missed deadlines, missed
appointments) against complaints about quality, price, skills, attitude and praise.
"""

from __future__ import annotations

import pytest

from trustdesk.textsafety import feedback
from trustdesk.textsafety.feedback import (
    CANNOT_CONTINUE,
    MISSED_APPOINTMENTS,
    MISSED_DEADLINES,
    UNRESPONSIVENESS,
    assess_feedback,
)
from trustdesk.textsafety.feedback_lexicon import correct_typos

UNRESPONSIVE = [
    "He simply stopped replying to my messages after the first milestone.",
    "Total radio silence for three weeks, I had no idea if the work was happening.",
    "She ghosted us halfway through the project.",
    "Impossible to reach. Emails bounced around unanswered for days.",
    "The freelancer vanished after we funded the second milestone.",
    "Not responding on chat, not picking up calls. Very stressful.",
    "Lost contact with him for almost a month.",
    "We couldn't get hold of her when we needed the final files.",
    "went dark for 10 days, zero communication",
    "No replies for over a week, then a short apology.",
    "left us hanging with no update whatsoever",
    "Ignored all my messages and follow-ups for two weeks.",
    "Unreachable most of the contract. Had to chase him constantly.",
    "Communication was non-existent in the last month.",
    "Was offline for days at a time without warning.",
    "He's been MIA since Tuesday and the client demo is tomorrow.",
    "no answer to my emails, no answer on messages, nothing",
    "Slow to respond, often took days to get a reply.",
    "We never heard back after sending the revised brief.",
    "Dropped off the radar right when we needed him most.",
    "Barely communicated during the whole contract.",
    "Good designer but completely unresponsive after the first week.",
    "She was out of touch for the whole second half of the project.",
    "still no word from him, contract closed by us",
    "Read my messages but never replied.",
    "he stop answer me since 2 week, i dont know what happen",
]
CANNOT_CONTINUE_WORKING = [
    "Could not continue the work after the storm knocked out power in her area.",
    "He was unable to finish the project and we had to hire someone else.",
    "Work stopped completely after the second week.",
    "The freelancer abandoned the project with half the pages done.",
    "She told us she could no longer work on it because of the situation at home.",
    "Had to stop working for a while because of the floods, project stalled.",
    "Never finished the app. We got a half-done prototype.",
    "Quit mid-way through without handing over the source files.",
    "Left the job unfinished after his city was hit by an earthquake.",
    "Couldnt deliver the last two chapters, she was in hospital.",
    "The project ground to a halt when he lost internet for weeks.",
    "He dropped out of the project after the first payment.",
    "wasn't able to complete the translation, said there were blackouts every day",
    "She had to evacuate and the work was left incomplete.",
]
MISSED_DEADLINES_CASES = [
    "Missed every single deadline we agreed on.",
    "The delivery was two weeks late.",
    "Deadlines kept slipping, first by days then by weeks.",
    "Never delivered the final version.",
    "We are still waiting for the files that were due last month.",
    "Constant delays. The launch had to be moved twice.",
    "The milestone was due on the 5th and arrived on the 28th.",
    "Kept promising 'tomorrow' for two weeks.",
    "Late on every milestone, no explanation given.",
    "Fell behind schedule early and never caught up.",
    "missed the due date by 9 days",
    "Promised delivery by Monday, it is now three weeks later.",
    "The work came in very late and we missed our product launch.",
    "Deadline after deadline blown, I had to cancel.",
    "Delivered late because of power cuts in her area.",
    "She hasnt sent the remaining designs despite the deadline passing.",
    "Nothing was delivered in the end.",
    "Postponed the delivery again and again.",
    "We had to extend the deadline three times after the hurricane.",
    "It took him 5 weeks to deliver a 1-week task, and he barely wrote to us.",
]
MISSED_APPOINTMENTS_CASES = [
    "Didn't show up for the kickoff meeting.",
    "Missed two of our weekly syncs with no heads up.",
    "No-show for the interview we scheduled together.",
    "Skipped the final presentation to our board.",
    "He did not attend the training session he was supposed to run.",
    "Stood us up twice for scheduled calls.",
    "Failed to join the client workshop.",
    "never turned up to the onboarding call",
    "She missed our 1:1 three weeks in a row.",
    "Forgot about the demo call with our investors.",
]
CRISIS_RELATED = UNRESPONSIVE + CANNOT_CONTINUE_WORKING + MISSED_DEADLINES_CASES
CRISIS_RELATED += MISSED_APPOINTMENTS_CASES

NOT_CRISIS_RELATED = [
    # praise, including praise for being responsive and on time
    "Always responsive and delivered ahead of schedule. Highly recommended!",
    "Never missed a deadline, never missed a call. A pleasure to work with.",
    "Replied within minutes every time and the code is excellent.",
    "Quick turnaround, great communication, five stars.",
    "Wonderful illustrator, captured exactly the mood we wanted.",
    "Punctual for every meeting and very well prepared.",
    "She was available whenever we needed her. Will hire again.",
    "Despite the storms in his area he delivered on time and kept us updated.",
    "Hope he and his family are safe after the earthquake. Great work as always.",
    "No missed deadlines, no communication issues. Just solid work.",
    "We had great communication throughout and the app works perfectly.",
    "He finished early and even added tests we did not ask for.",
    # quality
    "The logo looked amateurish and nothing like the brief.",
    "Lots of bugs in the delivered code; the checkout page crashes.",
    "The copy was generic and full of clichés.",
    "Translation was too literal, our German customers laughed at it.",
    "Design is fine but the colours are off brand.",
    "The report missed the point of our research question entirely.",
    "He missed several obvious bugs during the code review.",
    "The article missed the tone we asked for, way too casual.",
    "Final video had audio sync problems and wrong subtitles.",
    # skills, English, plagiarism
    "Clearly did not know Django even though the profile says expert.",
    "English was too weak for client-facing emails.",
    "Half the blog post was copied from Wikipedia.",
    "The images were taken from a stock site without a licence.",
    "Not senior, needed hand-holding for basic git tasks.",
    # lateness blamed on the work or skills, not on an event
    "Delivered late because the task was more complex than he estimated, and the code is messy.",
    "A bit behind because he overcommitted to other clients; quality was mediocre too.",
    # price and scope
    "Too expensive for the quality we got.",
    "Billed 20 hours for what should have taken five.",
    "Asked for extra payment for every small revision.",
    "Kept adding features we never asked for and charging for them.",
    "Raised the hourly rate in the middle of the contract.",
    # attitude and conduct
    "Rude and defensive when we gave feedback.",
    "Argued about every comment and refused to change anything.",
    "Kept trying to move us to WhatsApp and get paid outside the platform.",
    "Condescending tone in every message, not a team player.",
    "Very pushy about selling us a bigger package.",
    "Would not sign the NDA our legal team required.",
    # neutral
    "Average work for an average price.",
    "It was okay. Not great, not terrible.",
    "Fine for simple tasks, would not use for anything complex.",
    "Did what was asked, nothing more.",
    "The freelancer was professional but the result didn't fit our needs.",
    "Not the right fit for our team culture.",
]

# Written later, in three rounds of fresh comments the detector had not seen; each round's
# misses widened the rules (first-round F1 0.85, 0.70, 0.69; see the report of issue 7).
MORE_CRISIS_RELATED = [
    "Haven't heard a peep from him in 3 weeks.",
    "Our developer went AWOL right before the release.",
    "She told us there was a cyclone and then we lost her for two weeks.",
    "Contract ended early: she could not keep working due to the conflict in the region.",
    "Messages went unanswered for days at a time.",
    "He took forever to respond and the milestone dates were all missed.",
    "The last update we got was on March 3rd. Nothing since.",
    "Did not deliver anything after the first payment and stopped logging in.",
    "Failed to show up to three scheduled calls.",
    "Work was supposed to be done by the 10th; we got it on the 30th.",
    "The project dragged on for months past the agreed timeline.",
    "Had to chase him for every update, and he missed the final deadline anyway.",
    "Promised to finish last week, still nothing and no reply.",
    "The freelancer disappeared during the lockdown and never came back.",
    "Was not available for most of the contract, we had to finish it in-house.",
    "never answered my calls",
    "he just stopped working on the task without saying anything",
    "Unfortunately the final files were delivered 12 days after the deadline.",
    "Missed the go-live date, and support during launch was non-existent.",
    "Couldn't attend our planning meetings because of power outages, and the schedule slipped.",
    "Started well then nothing. Zero replies.",
    "Half the sprint tasks were left undone when she stopped showing up.",
    "The hand-off meeting never happened; he didn't join.",
    "Not reachable during the week of the floods, so our campaign went out late.",
    "She was offline for most of the month after the bombing near her home.",
    "Delivery dates were never respected.",
    "Could not complete the milestones on time due to internet outages.",
    "Took three weeks to reply to a simple question.",
    "Very nice person but impossible to get a response from.",
    "He told us he had no electricity for days, and nothing was delivered that week.",
    "Responses became slower and slower until they stopped entirely.",
    "We could never get an update on progress.",
    "After the first week he was nowhere to be found.",
    "The freelancer became unreachable and the contract expired.",
    "She warned us about the blackouts, but in the end nothing got delivered.",
    "Kept rescheduling our calls and then missed the last one.",
    "Every milestone came in a week or two late.",
    "Was meant to deliver on Friday, delivered the following Thursday.",
    "He went off the grid and we never got the source code.",
    "Didn't respond for 8 days during the busiest part of the project.",
    "The translator stopped work halfway through the book.",
    "Failed to complete the job. Said he had family emergency after the quake.",
    "Delays, delays and more delays.",
    "No progress for weeks and no explanation.",
    "I messaged five times and got nothing back.",
    "Missed our onboarding session and the two after that.",
    "We were left without a developer for two weeks when he went quiet.",
    "Work was incomplete when the contract ended, she said she had no power at home.",
    "couldnt reach him at all last month",
    "too late with everything, not answering messages",
    "Had to cancel because she couldn't be reached.",
    "Deliverables were overdue by more than a month.",
    "He apologised for the silence, said the hurricane destroyed his office.",
    "Agreed timeline was 2 weeks; it took 7.",
    "Never logged any hours after the first day and didn't answer.",
    "Was doing great until the outage, then we heard nothing for 2 weeks.",
    "He didn't get back to us about the bugs for over a week.",
    "The freelancer has been inactive since the 4th and hasn't delivered.",
    "Our calls kept getting cancelled last minute.",
    "She dropped off mid-project.",
    "Zero updates after the contract started.",
    "Left the project without notice.",
    "Sadly he was not able to keep working after the floods hit his town.",
    "Never responded to the final revision request.",
    "Slow. Very slow. Weeks between replies.",
    "Disappointed: absent for the whole final sprint.",
    "Timeline blown by a month.",
    "Missed the appointment with our accountant that he himself booked.",
    "Could not deliver on time due to the conflict; the rest was fine.",
    "Nobody answered our messages for days.",
    "Still haven't received the final files.",
    "gone for a week with no notice",
    "Great skills but reliability was a problem: he was often unreachable for days.",
]
MORE_NOT_CRISIS_RELATED = [
    "Replies fast, works fast, very happy.",
    "The UI he built looks dated and clunky.",
    "Way over budget and the features were buggy.",
    "He insisted on doing it his way and ignored our brand guidelines.",
    "Great at communication, weak at actual coding.",
    "The voiceover sounded flat and unenthusiastic.",
    "The spreadsheet formulas were wrong in several places.",
    "Good value for money, would recommend for small tasks.",
    "Work was mediocre; I expected more from a Top Rated freelancer.",
    "She plagiarised parts of the whitepaper.",
    "Delivered on schedule but ignored half the requirements.",
    "Could not understand our requirements even after three explanations.",
    "The edits made the text worse, not better.",
    "Overpriced and overconfident.",
    "He wanted to be paid via bank transfer outside the site.",
    "Talented but very arrogant in his messages.",
    "The animations were choppy and the timing was off.",
    "Didn't understand SEO basics, keywords were stuffed everywhere.",
    "We asked for a modern look and got something from 2005.",
    "He answered every question in detail and on the same day.",
    "Unfortunately the quality of the photos was not professional.",
    "Great job, fast and responsive, thank you!",
    "Not happy with the result, too many spelling mistakes.",
    "Kept asking for a higher rate after we agreed on the price.",
    "The research was shallow and lacked sources.",
    "He missed a few requirements but fixed them when asked.",
    "She was on time for all calls and very organised, but the designs didnt work for us.",
    "Three stars: decent work, poor attention to detail.",
    "The bot he built crashes on every second message.",
    "He can not write clean code, everything is in one file.",
    "Late-night replies, but always helpful and the code quality is excellent.",
    "Sent the work right on the deadline, quality average.",
    "He is a slow worker but the result was worth it.",
    "The deadline was tight and he still delivered great work.",
    "The site loads slowly and the images are not optimised.",
    "He was late to understand our business model, but the designs are nice.",
    "Terrible at following instructions.",
    "I had to explain the task many times; he never got what we wanted.",
    "The work was delivered but it was not what we ordered.",
    "Did not respect the brand guidelines at all.",
    "The logo was rejected by our board because it looked cheap.",
    "He answered quickly but his answers were vague.",
    "He had too many opinions and not enough skill.",
    "Not worth the money.",
    "Would not recommend: sloppy work, rushed job.",
    "Very available and friendly, but inexperienced.",
    "He communicated a lot, maybe too much, but the code was poor.",
    "The final product did not match the mockups.",
    "The freelancer was honest that he lacked experience with Shopify.",
    "Good start but the later drafts got worse in quality.",
    "Made excuses for poor quality instead of fixing it.",
    "Asked for a refund because the app never worked properly.",
    "Great job under a tight deadline!",
    "Hard to work with; stubborn and argumentative.",
    "Delivered everything we asked, though the style was not to our taste.",
    "Deadline met, but the text needs heavy editing.",
    "He was quick, polite and accurate.",
    "The infographic was cluttered and hard to read.",
    "Did exactly what we needed, on budget.",
    "Constantly asked for more money.",
    "The freelancer did not follow the wireframes.",
    "Pleasant to work with; the ads didnt convert though.",
    "I would not hire again because the quality was inconsistent.",
    "He responded to every message but never solved the actual problem.",
    "Never again, the work was sloppy.",
    "He didn't test anything before delivering.",
    "Delivered within the deadline but lots of rework needed.",
    "Too slow at coding for our needs, we expected a senior.",
    "Not a good communicator in English, misunderstood several tasks.",
    "The final deliverable had no documentation at all.",
    "No complaints, recommended.",
    "Unprofessional: used our logo in his portfolio without asking.",
    "Gave up on quality to hit the deadline.",
    "The freelancer was honest and on schedule, but not creative enough.",
    "The designs had no consistency between pages.",
]
CRISIS_RELATED += MORE_CRISIS_RELATED
NOT_CRISIS_RELATED += MORE_NOT_CRISIS_RELATED


@pytest.mark.parametrize("comment", CRISIS_RELATED)
def test_behaviour_a_crisis_causes_is_crisis_related(comment: str) -> None:
    assessment = assess_feedback(comment)
    assert assessment.crisis_related, assessment.signals
    assert assessment.score >= 0.5


@pytest.mark.parametrize("comment", NOT_CRISIS_RELATED)
def test_quality_price_skills_attitude_and_praise_are_not(comment: str) -> None:
    assessment = assess_feedback(comment)
    assert not assessment.crisis_related, assessment.signals
    assert assessment.score < 0.5


@pytest.mark.parametrize(
    ("comment", "behaviour"),
    [
        ("He went silent after the first draft.", UNRESPONSIVENESS),
        ("She couldn't finish the last milestone.", CANNOT_CONTINUE),
        ("Missed the deadline by a week.", MISSED_DEADLINES),
        ("No-show at our kickoff call.", MISSED_APPOINTMENTS),
    ],
)
def test_names_the_playbooks_kind_of_behaviour(comment: str, behaviour: str) -> None:
    assessment = assess_feedback(comment)
    assert behaviour in assessment.behaviours
    assert behaviour in assessment.describe()


def test_a_negated_behaviour_does_not_count() -> None:
    assert assess_feedback("He missed the deadline.").crisis_related
    assert not assess_feedback("He never missed a deadline.").crisis_related
    assert not assess_feedback("Not once did she go silent on us.").crisis_related


def test_negated_praise_counts_as_unresponsiveness() -> None:
    assessment = assess_feedback("Honestly he was not responsive at all.")
    assert assessment.crisis_related
    assert UNRESPONSIVENESS in assessment.behaviours


def test_a_question_the_comment_answers_no_does_not_count() -> None:
    assert not assess_feedback(
        "Did he miss the deadline? No. The work was just bad."
    ).crisis_related


def test_circumstances_alone_are_not_enough_but_strengthen_weak_behaviour() -> None:
    alone = assess_feedback("There was a typhoon in his region last month.")
    weak = assess_feedback("Some delays on the second milestone.")
    together = assess_feedback("Some delays on the second milestone after the typhoon.")
    assert not alone.crisis_related
    assert not weak.crisis_related
    assert together.crisis_related
    assert together.score > max(alone.score, weak.score)


def test_lateness_blamed_on_skills_is_not_but_silence_still_is() -> None:
    skills = "Delivered late because he underestimated the work."
    assert not assess_feedback(skills).crisis_related
    assert assess_feedback(skills + " Then he stopped answering altogether.").crisis_related


def test_typographic_apostrophes_and_missing_ones_read_the_same() -> None:
    for comment in ("She couldn’t finish.", "She couldn't finish.", "She couldnt finish."):
        assert assess_feedback(comment).crisis_related


@pytest.mark.parametrize("comment", ["", "   ", "5 stars", "👍"])
def test_empty_or_trivial_comments_are_not_crisis_related(comment: str) -> None:
    assessment = assess_feedback(comment)
    assert not assessment.crisis_related
    assert assessment.signals == ()
    assert 0.0 <= assessment.score < 0.5


def test_the_score_grows_with_the_evidence() -> None:
    one = assess_feedback("He missed the deadline.")
    more = assess_feedback("He missed the deadline, then went silent and never delivered.")
    assert 0.5 <= one.score < more.score <= 1.0


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("he was unresposive", "he was unresponsive"),
        ("she dissapeared", "she disappeared"),
        ("misssed the dedline", "missed the deadline"),
        ("never recieved the files", "never received the files"),
    ],
)
def test_misspelt_key_words_are_read_as_meant(typed: str, meant: str) -> None:
    assert correct_typos(typed) == meant
    assert assess_feedback(typed).crisis_related


def test_real_words_close_to_key_words_are_left_alone() -> None:
    text = "a responsible contractor, the contract was missing nothing"
    assert correct_typos(text) == text


@pytest.mark.parametrize(
    "comment",
    [
        "We were left waiting nearly six weeks for the banner set.",
        "Sent three reminders, nothing for 9 days.",
        "Replies came once a month at best.",
        "Responsiveness: 1/5.",
        "The status reports slipped by a fortnight each time.",
        "The landing page still isn't finished.",
        "Said the draft would be ready by tonight. That was 12 days ago.",
        "It was meant to be a 3-day job; it took him five weeks.",
        "Her town was shelled and our contract ended there. We wish her safety.",
        "if you like talking to a wall, great communicator",
        "Delivered 'on time' if you count three weeks after the due date.",
    ],
)
def test_behaviour_read_from_concepts_in_a_window_of_words(comment: str) -> None:
    assessment = assess_feedback(comment)
    assert assessment.crisis_related, assessment.signals


@pytest.mark.parametrize(
    "comment",
    [
        "Communication was never a problem, but the logo was weak.",
        "Our last developer disappeared on us; this one was a delight.",
        "Unlike the designer before her, who went silent for weeks, she was superb.",
        "The project was put on hold on our side for budget reasons.",
        "We stopped working with him because of the code quality.",
        "Still waiting for the refund for the unusable video.",
        "It was meant to be a 3-day job and it took him two days.",
        "A blizzard hit his town but the work was on time and excellent.",
        "A simple yes or no from him came within minutes. Great.",
    ],
)
def test_someone_elses_behaviour_the_clients_decisions_and_praise_are_not(comment: str) -> None:
    assessment = assess_feedback(comment)
    assert not assessment.crisis_related, assessment.signals


def test_praise_the_comment_answers_no_counts_as_its_opposite() -> None:
    assessment = assess_feedback("Responsive? Never. Three weeks to answer one email.")
    assert UNRESPONSIVENESS in assessment.behaviours


def test_every_rule_match_contains_one_of_its_required_literals() -> None:
    for rule, needed in feedback._PREFILTERED:
        assert needed is not None
        for comment in CRISIS_RELATED + NOT_CRISIS_RELATED:
            for match in rule.pattern.finditer(feedback._normalise(comment)):
                assert any(literal in match.group(0) for literal in needed), rule.pattern


def test_the_prefilter_changes_no_verdict(monkeypatch: pytest.MonkeyPatch) -> None:
    comments = CRISIS_RELATED + NOT_CRISIS_RELATED
    filtered = [assess_feedback(comment) for comment in comments]
    unfiltered_rules = tuple((rule, None) for rule, _ in feedback._PREFILTERED)
    monkeypatch.setattr(feedback, "_PREFILTERED", unfiltered_rules)
    assert [assess_feedback(comment) for comment in comments] == filtered


@pytest.mark.parametrize(
    ("comment", "kind"),
    [
        ("The banner set was due on the 3rd. It reached me on the 17th.", MISSED_DEADLINES),
        ("Promised the edit for Tuesday. It came the following Tuesday.", MISSED_DEADLINES),
        ("He said June. By August there was still nothing to show.", MISSED_DEADLINES),
        ("I chased the invoice files for ten days. Nothing.", UNRESPONSIVENESS),
        ("Twice she promised the draft by the weekend. Twice nothing.", MISSED_DEADLINES),
        ('Every week it was "next week" again, for a whole quarter.', MISSED_DEADLINES),
        ("With the curfews he put in maybe three days of work over a month.", CANNOT_CONTINUE),
        ("We scheduled four coaching calls and he joined two.", MISSED_APPOINTMENTS),
        ("Our inbox went 9 days without one reply from her.", UNRESPONSIVENESS),
        ("Answers arrived every six or seven days, if we were lucky.", UNRESPONSIVENESS),
        ("The cover came in three days after the print cut-off.", MISSED_DEADLINES),
        ("Fast replies? Ha. Not in his vocabulary.", UNRESPONSIVENESS),
    ],
)
def test_behaviour_stated_indirectly_is_read(comment: str, kind: str) -> None:
    assessment = assess_feedback(comment)
    assert assessment.crisis_related, assessment.describe()
    assert kind in assessment.behaviours


@pytest.mark.parametrize(
    "comment",
    [
        "The banner set was due on the 17th. It reached me on the 3rd, well ahead.",
        "We booked her for the 3rd and the 10th; both shoots were superb.",
        "I asked for a small tweak to the palette. Done in an hour.",
        "He promised a clean handover and that is exactly what we got.",
        "Did in three days what our old team took three weeks to do.",
        "We scheduled four coaching calls and he joined all four, well prepared.",
        "Our former copywriter went silent for weeks; this one is a delight.",
        "The launch slipped, but by our legal team, not by her.",
        "Delivered late because the estimates were optimistic and he was new to the stack.",
        "Being reachable matters to us, and she was: replies within the hour.",
    ],
)
def test_dates_attempts_and_counts_that_went_fine_are_not(comment: str) -> None:
    assessment = assess_feedback(comment)
    assert not assessment.crisis_related, assessment.describe()


def test_praise_for_the_beginning_only_does_not_cancel_what_followed() -> None:
    assessment = assess_feedback("Responsive at first, then one message a month, then none.")
    assert assessment.crisis_related
    assert UNRESPONSIVENESS in assessment.behaviours
