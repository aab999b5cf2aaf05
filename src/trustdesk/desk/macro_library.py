"""The desk's macro library: every script of the playbooks, word for word.

Each ``MacroSeed`` keeps the playbook's wording, punctuation and typographic apostrophes;
only the blanks change. The playbook's "(insert client name)" becomes
``{{ requester.first_name }}`` and the agent's name ``{{ agent.first_name }}`` (agents give
their first name only, as the difficult conversations playbook asks); what the agent must
write ("(paraphrase issue)", a link the playbook calls "here" or "this form") becomes a
``[[SLOT]]`` that the desk refuses to send empty. Where the playbook offers an alternative
wording in brackets, the macro keeps the main wording and its ``note`` records the
alternative.

The playbooks are Upwork's; trustdesk serves any freelance marketplace, so wherever a user
reads the marketplace's name the macro says ``{{ marketplace.name }}``, filled from the
configuration (``TRUSTDESK_MARKETPLACE_NAME``) when the macro is sent, and where a user reads
its mailing address, ``{{ marketplace.office_address }}``
(``TRUSTDESK_MARKETPLACE_OFFICE_ADDRESS``).

``tests/unit/desk/test_macro_library.py`` checks every macro against the playbook it names.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from trustdesk import audit
from trustdesk.config import PLAYBOOKS_OFFICE_ADDRESS, get_settings
from trustdesk.desk import policy
from trustdesk.desk.models import Category, Macro

#: Slots are written in capitals: letters, digits, spaces and hyphens ("FOLLOW-UP TIME").
SLOT_NAME = re.compile(r"[A-Z][A-Z0-9 -]*[A-Z0-9]")
#: Where a macro names the marketplace; the playbooks write "Upwork".
MARKETPLACE_NAME: Final = "{{ marketplace.name }}"
#: Where a macro gives the marketplace's mailing address; the playbooks give Upwork's.
OFFICE_ADDRESS: Final = "{{ marketplace.office_address }}"

# Macro.title and Macro.source are String(200).
_MAX_LENGTH = 200


def with_marketplace_name(text: str) -> str:
    """A macro's words sent outside a ticket reply (the feedback removal form's
    acknowledgement), with the configured marketplace name in place."""
    return text.replace(MARKETPLACE_NAME, get_settings().marketplace_name)


class Playbook(StrEnum):
    """The playbooks the macros quote, by their subject."""

    CRISIS = "Natural disasters and social unrest"
    UNRESPONSIVE_FREELANCER = "Unresponsive freelancers and refund requests"
    DIFFICULT_CONVERSATIONS = "Difficult conversations"
    INFORMATION_SHARING = "Information sharing and interviews"
    AGENCY_QUALITY = "Agency quality updates"


@dataclass(frozen=True)
class MacroText:
    """The words of a macro the desk stores: what staff may edit after seeding."""

    body: str
    source: str
    note: str


@dataclass(frozen=True, kw_only=True)
class MacroSeed:
    """A macro as the playbooks give it: from ``section`` of ``playbook``; ``note`` is
    guidance for the agent, never sent."""

    title: str
    body: str
    public: bool = True
    category_slug: str | None = None
    playbook: Playbook
    section: str
    note: str = ""

    def __post_init__(self) -> None:
        problems = []
        if not self.title.strip():
            problems.append("title is empty")
        if len(self.title) > _MAX_LENGTH:
            problems.append(f"title is longer than {_MAX_LENGTH} characters")
        if not self.section.strip():
            problems.append("section is empty")
        if len(self.source) > _MAX_LENGTH:
            problems.append(f"source is longer than {_MAX_LENGTH} characters")
        if not self.body.strip():
            problems.append("body is empty")
        for name in policy.unknown_placeholders(self.body):
            problems.append(f"body uses the unknown placeholder {{{{ {name} }}}}")
        _, slots = policy.macro_fields(self.body)
        for slot in slots:
            if not SLOT_NAME.fullmatch(slot):
                problems.append(f"slot [[{slot}]] is not written in capitals")
        if problems:
            raise ValueError(f"macro {self.title!r}: {'; '.join(problems)}")

    @property
    def source(self) -> str:
        """Where the words come from, as the desk shows it beside the macro
        ("Difficult conversations · Verbally Abusive Users")."""
        return f"{self.playbook} · {self.section}"

    @property
    def text(self) -> MacroText:
        return MacroText(body=self.body, source=self.source, note=self.note)


PLAYBOOK_MACROS: tuple[MacroSeed, ...] = (
    # Difficult conversations playbook: handling of self-harm / suicide. For ticket/email the
    # playbook names the macros; for phone/chat it gives “the full verbiage of both macros”,
    # which is the body.
    MacroSeed(
        title="CS > Self-harm/Suicide Threat > General Response",
        category_slug="conduct.self_harm",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="Handling of Self Harm / Suicide",
        note=(
            "The playbook offers “I hear how upset you are” in place of “I hear you”. Then "
            "open a self-harm child ticket for Executive Escalations + CS Management. Avoid “I "
            "understand”, “it will get better”, suggesting friends or family, and discussing "
            "the marketplace or the account."
        ),
        body=(
            "First, please know that I hear you and I want to help make sure you stay safe.\n\n"
            "If you feel like you may harm yourself, please call your local emergency number, "
            "a therapist or counselor, or go to your local hospital for help.\n\n"
            "I am concerned about you and hope you will seek assistance so you can start to "
            "feel better soon."
        ),
    ),
    MacroSeed(
        title="CS > Self-harm/Suicide Threat > Users Connecting Threat to Upwork Account Action",
        category_slug="conduct.self_harm",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="Handling of Self Harm / Suicide",
        note=(
            "Only when the user connects the threat to an action the marketplace took on their "
            "account. "
            "The playbook offers “I hear how upset you are” in place of “I hear you”. Then "
            "open a self-harm child ticket for Executive Escalations + CS Management."
        ),
        body=(
            "First, please know that I hear you and I want to help make sure you stay safe.\n\n"
            "If you feel like you may harm yourself, please call your local emergency number, a "
            "therapist or counselor, or go to your local hospital for help.\n\n"
            "Regarding your {{ marketplace.name }} account, we will review your account in light "
            "of the concern you’ve raised and let you know if we are able to make any changes to "
            "the action taken on your account. We will let you know our decision once we have "
            "one.\n\n"
            "For now, please know I am concerned about you and hope you will seek assistance so "
            "you can start feeling better soon."
        ),
    ),
    # Difficult conversations playbook: verbally abusive users. One warning always comes before
    # a disconnect.
    MacroSeed(
        title="Conduct > Abusive user > Warning 1",
        category_slug="conduct.abusive_user",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="Verbally Abusive Users",
        note=(
            "A warning is given only after every attempt to assist, including reaching out to "
            "a Senior Agent or Team Lead, and always before disconnecting."
        ),
        body=(
            "I understand you’re frustrated with the situation and I want to help get this "
            "resolved. I must however ask for your cooperation so that I may assist "
            "efficiently."
        ),
    ),
    MacroSeed(
        title="Conduct > Abusive user > Warning 2",
        category_slug="conduct.abusive_user",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="Verbally Abusive Users",
        note=(
            "A warning is given only after every attempt to assist, including reaching out to "
            "a Senior Agent or Team Lead, and always before disconnecting."
        ),
        body=(
            "I know you’re upset and frustrated and need assistance getting this resolved. I "
            "can only help if we maintain mutual respect and professionalism, otherwise I will "
            "be forced to end the call/chat."
        ),
    ),
    MacroSeed(
        title="Conduct > Abusive user > Warning 3",
        category_slug="conduct.abusive_user",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="Verbally Abusive Users",
        note=(
            "A warning is given only after every attempt to assist, including reaching out to "
            "a Senior Agent or Team Lead, and always before disconnecting."
        ),
        body=(
            "I understand your frustration and I’m here to help. I’d like the opportunity to "
            "do so, but if you continue to use inappropriate language/direct insult, I will "
            "have no choice but to end the call/chat."
        ),
    ),
    MacroSeed(
        title="Conduct > Abusive user > Disconnect",
        category_slug="conduct.abusive_user",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="Verbally Abusive Users",
        note=(
            "Only if the user continues to be abusive after a warning; keep a professional "
            "tone. Notify your Team Lead immediately after disconnecting."
        ),
        body=(
            "I’m very sorry, but due to your continued behaviour and verbiage, I’m "
            "disconnecting the call/chat."
        ),
    ),
    # Difficult conversations playbook: overly conversational users, refusal to end, recorded calls.
    MacroSeed(
        title="Calls > Overly conversational user > Wrap-up: a pleasure talking to you",
        category_slug="conduct.scripted_situations",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="Overly Conversational Users: quick call wrap up",
        note="Use when the caller pauses; do not interrupt.",
        body=(
            "It’s truly been a pleasure talking to you today. Please feel free to reach out "
            "again any time."
        ),
    ),
    MacroSeed(
        title="Calls > Overly conversational user > Wrap-up: hope I resolved your issue",
        category_slug="conduct.scripted_situations",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="Overly Conversational Users: quick call wrap up",
        note="Use when the caller pauses; do not interrupt.",
        body="I’ve enjoyed chatting with you today and hope I was able to resolve your issue.",
    ),
    MacroSeed(
        title="Calls > Refusal to end > We will look into it",
        category_slug="conduct.scripted_situations",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="User Refusal to End Call/Chat",
        note="Reiterate the process the user can expect and a realistic response time.",
        body=(
            "I understand the urgency of this matter and I can assure you that we will look "
            "into it for you."
        ),
    ),
    MacroSeed(
        title="Calls > Refusal to end > Set up a call with a manager",
        category_slug="conduct.scripted_situations",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="User Refusal to End Call/Chat",
        note="Set up the follow-up call or email, then notify a Team Lead or Manager immediately.",
        body=(
            "I’m sorry that I am not able to connect you to a manager at this time, but I am "
            "happy to set up a call between you and a manager as soon as one becomes available."
        ),
    ),
    MacroSeed(
        title="Calls > Refusal to end (use sparingly) > System limitations and policies",
        category_slug="conduct.scripted_situations",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="User Refusal to End Call/Chat",
        note="Use sparingly: focus on what we CAN do.",
        body=(
            "I understand that this is not the ideal answer / resolution you were hoping for "
            "or expecting. However, we do have system limitations we’re not able override as "
            "well as policies and department procedures that we must adhere to. I do however, "
            "understand that this is important to you and I’m happy to forward your "
            "concerns/feedback to our Product Team for consideration. Is there anything "
            "additional that I can assist with? Please contact us again should you need "
            "further assistance."
        ),
    ),
    MacroSeed(
        title="Calls > Refusal to end (use sparingly) > Cannot make the requested changes",
        category_slug="conduct.scripted_situations",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="User Refusal to End Call/Chat",
        note="Use sparingly: focus on what we CAN do.",
        body=(
            "Although I am not able to make your requested changes at this time, I will be "
            "happy to communicate your concerns and/or suggestions to our management team."
        ),
    ),
    MacroSeed(
        title="Calls > Refusal to end (use sparingly) > Feedback passed to Product Team",
        category_slug="conduct.scripted_situations",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="User Refusal to End Call/Chat",
        note="Use sparingly: focus on what we CAN do.",
        body="I appreciate the feedback and I'll make sure to pass it along to our Product Team.",
    ),
    MacroSeed(
        title="Calls > Refusal to end (use sparingly) > Great idea, passed to Product Team",
        category_slug="conduct.scripted_situations",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="User Refusal to End Call/Chat",
        note="Use sparingly: focus on what we CAN do.",
        body=(
            "I think that's a great idea. I'll make sure to pass your feedback onto our "
            "Product Team."
        ),
    ),
    MacroSeed(
        title="Calls > Recorded call > Customer indicates they are recording",
        category_slug="conduct.scripted_situations",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="Recorded Calls",
        body=(
            "{{ marketplace.name }} does not consent to your recording of this call. I’d be happy "
            "to assist you once you confirm the call is no longer being recorded."
        ),
    ),
    MacroSeed(
        title="Calls > Recorded call > Customer refuses to stop recording",
        category_slug="conduct.scripted_situations",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="Recorded Calls",
        note="The playbook writes “[ticket/chat]”: name the channel the customer should use.",
        body=(
            "Unfortunately, we won’t be able to continue our call. Please feel free to reach "
            "out via [[TICKET OR CHAT]] or call back from an unrecorded line so we can assist "
            "you. Thanks for your understanding."
        ),
    ),
    MacroSeed(
        title="Calls > Recorded call > Customer asks not to be recorded by Upwork",
        category_slug="conduct.scripted_situations",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="Recorded Calls",
        note="Recordings are internal and are never supplied to customers.",
        body=(
            "Unfortunately, we won’t be able to terminate {{ marketplace.name }}’s recording of "
            "this call. It is important that all calls be recorded by {{ marketplace.name }} for "
            "QA and training purposes. I’ll be happy to continue assisting you via email if you’d "
            "prefer. Thanks for your understanding."
        ),
    ),
    # Difficult conversations playbook: requests for the marketplace's address, its leadership,
    # or the agent's identity.
    MacroSeed(
        title="Contact requests > Office address > Insists on visiting the office",
        category_slug="contact_information_request",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="Insists for Address to Visit",
        note="Seek to understand the concern first; customize to the customer and situation.",
        body=(
            "Thank you for contacting us. At this time, {{ marketplace.name }} offices are not "
            "open to the general public. We do have a mailing address for correspondence, and know "
            "that our team is fully capable of supporting you through our designated email, chat, "
            "or phone channels.\n\n"
            "Mailing address:\n"
            "{{ marketplace.name }}\n"
            "{{ marketplace.office_address }}"
        ),
    ),
    MacroSeed(
        title="Contact requests > Leadership > Speak to the CEO or leadership team",
        category_slug="contact_information_request",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="Requests to Speak to CEO / Other Members of LT",
        note=(
            "Ask probing questions and give assurances that we are vested in providing a solution."
        ),
        body=(
            "Thank you for contacting us. While we don’t divulge direct contact information "
            "for our team members, we do want to make sure you get the support you need. Can "
            "you tell me a bit more about [[PARAPHRASE ISSUE]]?"
        ),
    ),
    MacroSeed(
        title="Contact requests > Agent identity > Full agent name or work ID",
        category_slug="contact_information_request",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="Requests for FULL Agent Name / Work ID",
        note=(
            "Give only your first name. The macro says you are escalating: escalate the ticket "
            "as you send it."
        ),
        body=(
            "Thank you for contacting us. While we don’t divulge direct contact information "
            "for our team members, we do want to make sure you get the support you need. My "
            "first name is {{ agent.first_name }} and your ticket ID is {{ ticket.id }}. This "
            "number can be used to reference this conversation, and I am escalating this now. "
            "You can expect a follow up within [[FOLLOW-UP TIME]]."
        ),
    ),
    # Difficult conversations playbook: FAQs about whether the marketplace vets freelancers and
    # clients.
    MacroSeed(
        title="FAQ > Vetting > Do you vet freelancers?",
        category_slug="general",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="FAQs about whether Upwork vets FLs/CLs",
        body=(
            "Thanks for reaching out. In general, we do not vet freelancers. In most cases, we do "
            "verify a freelancer’s identity. And in a few cases, freelancers with certain skills "
            "have been “Expert-Vetted,” meaning their skills have been vetted by experts in their "
            "field, under a new {{ marketplace.name }} initiative we are testing out. However, "
            "when selecting a freelancer, it’s best to carefully review their profile, the "
            "feedback they’ve received from other clients, and take the time to interview them to "
            "determine if they are the right person for your project. We are not able to guarantee "
            "that the information any freelancer provides in their profile is true or accurate, or "
            "that the freelancer will be able to successfully complete your project. (Please see "
            "Section 10 of the User Agreement.)"
        ),
    ),
    MacroSeed(
        title="FAQ > Vetting > Do you vet clients?",
        category_slug="general",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="FAQs about whether Upwork vets FLs/CLs",
        body=(
            "Thanks for your question. We do not vet clients. However, we do take action when we "
            "learn any {{ marketplace.name }} user is not following our Terms of Service (TOS). We "
            "suggest that you take the traditional steps before working with a client, such as "
            "reviewing their information, checking out the feedback from their past contracts, and "
            "requesting a chance to discuss the project via an interview. To learn about how you "
            "can stay safe on {{ marketplace.name }}, click [[STAY SAFE LINK]]."
        ),
    ),
    MacroSeed(
        title="FAQ > Vetting > Can you vet this specific freelancer or client?",
        category_slug="general",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="FAQs about whether Upwork vets FLs/CLs",
        body=(
            "Thanks for your question. While we cannot vet a client on request, please let us know "
            "if you have any concerns about the client, such as they are violating our Terms of "
            "Service. To learn about how you can stay safe on {{ marketplace.name }}, click [[STAY "
            "SAFE LINK]]."
        ),
    ),
    MacroSeed(
        title="FAQ > Vetting > How do I know if my freelancer or client is legitimate?",
        category_slug="general",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="FAQs about whether Upwork vets FLs/CLs",
        body=(
            "Thanks for reaching out. We suggest that you take the traditional steps before "
            "working with someone, such as reviewing their profile, checking out the feedback from "
            "their past contracts, and requesting an interview to discuss the project. To learn "
            "more about how you can stay safe on {{ marketplace.name }}, click [[STAY SAFE LINK]]."
        ),
    ),
    MacroSeed(
        title="FAQ > Vetting > What does Upwork do to ensure users are legitimate?",
        category_slug="general",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="FAQs about whether Upwork vets FLs/CLs",
        body=(
            "Thanks for your question. We invest heavily to keep {{ marketplace.name }} safe and "
            "to make sure users are following our Terms of Service (TOS). Most of this work is "
            "setting up safeguards within our systems, but we also have widely known practices, "
            "such as requiring freelancers to verify their identity. That said, we are not able to "
            "guarantee that the information any freelancer provides in their profile is true or "
            "accurate, or that the freelancer will be able to successfully complete your project. "
            "We suggest that you take the traditional steps before working with someone, such as "
            "reviewing their information, checking out the feedback from their past contracts, and "
            "requesting an interview to discuss the project. To learn more about how you can stay "
            "safe on {{ marketplace.name }}, click [[STAY SAFE LINK]]."
        ),
    ),
    MacroSeed(
        title="FAQ > Vetting > What does Upwork do if they come across a bad actor?",
        category_slug="general",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="FAQs about whether Upwork vets FLs/CLs",
        body=(
            "Thanks for reaching out. When we find a user may be violating our Terms of Service "
            "(TOS) we investigate and may reach out to them for more information. In some cases, "
            "our investigation leaves us no choice but to permanently suspend a user’s account. We "
            "don’t like to take this step of course, but we want to make sure {{ marketplace.name "
            "}} is a safe work marketplace for all. To learn about how you can stay safe on {{ "
            "marketplace.name }}, click [[STAY SAFE LINK]]."
        ),
    ),
    MacroSeed(
        title="FAQ > Vetting > Does Upwork share my personal details?",
        category_slug="general",
        playbook=Playbook.DIFFICULT_CONVERSATIONS,
        section="FAQs about whether Upwork vets FLs/CLs",
        note=(
            "If the user asks for the other party's contact information, coordinate with "
            "Executive Escalations before promising to provide it (the unresponsive freelancer "
            "playbook)."
        ),
        body=(
            "Thanks for reaching out. Per {{ marketplace.name }}’s privacy policy, users who have "
            "entered into a contract with one another may request the contact information of the "
            "other party, including name, company name, phone number, and mailing address. We "
            "review these requests on a per-case basis."
        ),
    ),
    # Crisis playbook: crisis feedback removal FAQs.
    MacroSeed(
        title="Crisis > Feedback removal FAQ > When will it be reflected?",
        category_slug="crisis.feedback_removal",
        playbook=Playbook.CRISIS,
        section="Crisis Feedback Removal: Frequently Asked Questions",
        body=(
            "We understand how important your {{ marketplace.name }} reputation is to you, "
            "especially during times of difficulties. Once submitted, our team will review your "
            "request and follow up via email generally within 48 hours."
        ),
    ),
    MacroSeed(
        title="Crisis > Feedback removal FAQ > How will removal affect my Job Success Score?",
        category_slug="crisis.feedback_removal",
        playbook=Playbook.CRISIS,
        section="Crisis Feedback Removal: Frequently Asked Questions",
        body=(
            "We certainly understand your concerns. When feedback is removed from your "
            "profile, we unfortunately cannot guarantee a specific impact to your JSS. Your "
            "JSS reflects your overall contract history with your clients and is based on your "
            "(or your agency's, if you’re an agency owner) relationships and feedback over "
            "specific periods of time. Depending on your specific account activity, removing "
            "feedback for a single contract can result in an increase, decrease, or no change "
            "at all to your JSS. To learn more about the JSS Score and the impact of feedback "
            "removal, see the help articles below:\n\n"
            "[[JSS HELP ARTICLE LINKS]]"
        ),
    ),
    MacroSeed(
        title="Crisis > Feedback removal FAQ > Not eligible: feedback left for other reasons",
        category_slug="crisis.feedback_removal",
        playbook=Playbook.CRISIS,
        section="Crisis Feedback Removal: Frequently Asked Questions",
        note="If the circumstances seem to deserve an exception, see a Team Lead before sending.",
        body=(
            "We are sorry to hear that. At this time, in order to be eligible for removal, the "
            "feedback left must be directly associated with negative impacts of a recent "
            "global crisis. Unfortunately, negative feedback left for any other reason cannot "
            "be removed. If you are a Top Rated freelancer, you may consider using your perk "
            "to remove the feedback as an alternative. To learn more about feedback removal, "
            "see the help article below:\n\n"
            "[[FEEDBACK REMOVAL HELP ARTICLE LINK]]"
        ),
    ),
    MacroSeed(
        title="Crisis > Feedback removal FAQ > Impacted and want to submit a request",
        category_slug="crisis.feedback_removal",
        playbook=Playbook.CRISIS,
        section="Crisis Feedback Removal: Frequently Asked Questions",
        body=(
            "We are sorry to hear that you have been impacted by this crisis, and want you to know "
            "that we’re here to support you as you navigate this challenging time. We also "
            "understand how important your {{ marketplace.name }} reputation is to you, especially "
            "during times of difficulties. If you’ve received negative feedback resulting from the "
            "impact of this crisis, you may submit a request for removal by completing this "
            "form.\n\n"
            "[[FEEDBACK REMOVAL FORM LINK]]\n\n"
            "Once submitted, our team will review your request and follow up via email generally "
            "within 48 hours."
        ),
    ),
    MacroSeed(
        title="Crisis > Feedback removal FAQ > Connect with your client",
        category_slug="crisis.feedback_removal",
        playbook=Playbook.CRISIS,
        section="Crisis Feedback Removal: Frequently Asked Questions",
        body=(
            "We know that for many, your {{ marketplace.name }} engagements are critical to the "
            "success and stability of your business. So we encourage you to connect with your "
            "client to discuss the feedback. If agreed, you can grant your client an opportunity "
            "to revise the feedback if this rating was left in error. Click [[FEEDBACK CHANGES "
            "HELP LINK]] to learn more about enabling feedback changes."
        ),
    ),
    # Crisis playbook: Check-In FAQs, for freelancers and for clients.
    MacroSeed(
        title="Crisis > Check-In FAQ > Who is eligible?",
        category_slug="crisis.check_in",
        playbook=Playbook.CRISIS,
        section="Check-In: Frequently Asked Questions for freelancers",
        body=(
            "Freelancers who we identify as potentially being located in impacted regions of a "
            "global crisis or natural disaster may be eligible. We will reach out to you "
            "directly to check in, sending you a special link to let us know if you’d like us "
            "to contact your existing clients and set your profile to private until you are "
            "able to return to work."
        ),
    ),
    MacroSeed(
        title="Crisis > Check-In FAQ > I did not get the email or message",
        category_slug="crisis.check_in",
        playbook=Playbook.CRISIS,
        section="Check-In: Frequently Asked Questions for freelancers",
        body=(
            "We are sorry we missed you. Here’s the link we sent to freelancers in an impacted "
            "region.\n\n"
            "[[CHECK-IN LINK]]\n\n"
            "You can visit the page to learn more, along with requesting that we contact your "
            "clients on your behalf and set your profile to private."
        ),
    ),
    MacroSeed(
        title="Crisis > Check-In FAQ > How will you communicate my situation with clients?",
        category_slug="crisis.check_in",
        playbook=Playbook.CRISIS,
        section="Check-In: Frequently Asked Questions for freelancers",
        body=(
            "If you ask us to communicate on your behalf, we’ll send a message to your client "
            "on each active contract. You can see the message we will send [[CHECK-IN CLIENT "
            "MESSAGE LINK]]."
        ),
    ),
    MacroSeed(
        title="Crisis > Check-In FAQ > I already communicated with my clients",
        category_slug="crisis.check_in",
        playbook=Playbook.CRISIS,
        section="Check-In: Frequently Asked Questions for freelancers",
        body=(
            "You can reach out yourself (and we are sure your clients will be glad to hear "
            "from you). However, if we can help, let us know by visiting this page –– we want "
            "to support you as much as possible right now.\n\n"
            "[[CHECK-IN LINK]]"
        ),
    ),
    MacroSeed(
        title="Crisis > Check-In FAQ > Will you add messaging to my profile?",
        category_slug="crisis.check_in",
        playbook=Playbook.CRISIS,
        section="Check-In: Frequently Asked Questions for freelancers",
        body=(
            "We won’t add any special messaging to your {{ marketplace.name }} profile, however, "
            "if you visit the link we sent you and request that we set your profile to private, we "
            "will do so on your behalf. This way your profile will not appear in search results "
            "until you are ready to work again.\n\n"
            "[[CHECK-IN LINK]]"
        ),
    ),
    MacroSeed(
        title="Crisis > Check-In FAQ > What does a private profile mean?",
        category_slug="crisis.check_in",
        playbook=Playbook.CRISIS,
        section="Check-In: Frequently Asked Questions for freelancers",
        body=(
            "If you ask us to set your profile to private, your profile won’t show on the {{ "
            "marketplace.name }} marketplace and search engines until it’s changed back to public. "
            "This means:\n"
            "- Clients won’t see you when they search for freelancers.\n"
            "- People who aren’t logged into {{ marketplace.name }} won’t be able to access your "
            "profile even if they have a direct link.\n"
            "- People who are logged into {{ marketplace.name }} and have your direct profile link "
            "will only be able to see your first name, last initial, title, photo, rate, city, and "
            "country."
        ),
    ),
    MacroSeed(
        title="Crisis > Check-In FAQ > My freelancer is impacted (client)",
        category_slug="crisis.client_impacted",
        playbook=Playbook.CRISIS,
        section="Check-In: Frequently Asked Questions for clients",
        note=(
            "If the client needs a new freelancer, see the Talent Solutions process (the crisis "
            "playbook). Give the marketplace's support site (the playbook gives its own)."
        ),
        body=(
            "We know that for many, your {{ marketplace.name }} engagements are critical to the "
            "success and stability of your business. So we encourage you to connect with your "
            "freelancer to discuss the next steps. If able and you both agree, you may consider "
            "extending project deadlines to accommodate these circumstances. However, if your "
            "project is time-sensitive, we are here to discuss your options. Simply contact us at "
            "[[SUPPORT SITE LINK]] for guidance."
        ),
    ),
    # Unresponsive freelancer playbook: unresponsive freelancer or agency.
    MacroSeed(
        title="Unresponsive freelancer > Call the client > No phone number on file",
        category_slug="unresponsive_freelancer",
        playbook=Playbook.UNRESPONSIVE_FREELANCER,
        section="Step 3: Calling the Client",
        note="Calling the client is the priority; send this only when no phone number is on file.",
        body=(
            "Hello {{ requester.first_name }},\n\n"
            "Thanks for reaching out about [[PARAPHRASE ISSUE]]. [[EMPATHY STATEMENT]]. Please "
            "allow me to give you a call so that we can help you resolve this issue right "
            "away.\n\n"
            "Please take a quick moment to schedule an appointment that best fits your "
            "schedule [[SCHEDULING LINK]]. Alternatively, if you would like a call "
            "immediately, you can reply with your preferred telephone number and I’ll get "
            "right back to you.\n\n"
            "I look forward to speaking with you.\n\n"
            "Best,\n"
            "{{ agent.first_name }}"
        ),
    ),
    # Information sharing playbook: a moderator's replies on pre-contract calls and
    # contact-sharing warnings.
    MacroSeed(
        title="Message policy > Pre-contract calls > Dial-in option and group rooms",
        category_slug="message_policy",
        playbook=Playbook.INFORMATION_SHARING,
        section="Moderator reply: information sharing and interviews",
        note=(
            "The macro promises outreach to the client: ask the team to contact the client as "
            "you send it."
        ),
        body=(
            "Hi {{ requester.first_name }},\n\n"
            "Thanks for sharing your experience with us. I'd like to follow up on the first "
            "conversation you've had with this prospective client and confirm that a dial-in "
            "option is available in the Messages call feature. Feel free to share this information "
            "moving forward.\n\n"
            "I'll ask our team to contact the client to reiterate {{ marketplace.name }} TOS and "
            "provide further guidance. Feel free to advise the client they can add the second "
            "person to your room or create a group room in order to conduct the interview they "
            'mentioned. They can also join the call via the dial-in option by selecting the "Phone '
            'Call" option on their end.'
        ),
    ),
    MacroSeed(
        title="Message policy > Contact-sharing warnings > How clients are advised",
        category_slug="message_policy",
        playbook=Playbook.INFORMATION_SHARING,
        section="Moderator reply: information sharing and interviews",
        note="Do not share which terms trigger the educational message.",
        body=(
            "While I rather not share specific details regarding the terms which trigger the "
            "educational message, I can confirm that we use a number of approaches to advise "
            "clients about sharing contact information before hiring a freelancer as well as "
            "on other important aspects of {{ marketplace.name }} TOS."
        ),
    ),
    # Agency quality playbook: a moderator's replies on agency quality reviews.
    MacroSeed(
        title="Account quality review > Agency closed after review",
        category_slug="account_quality_review",
        playbook=Playbook.AGENCY_QUALITY,
        section="Moderator reply: Quality Update - Agencies",
        note=(
            "Send only after confirming in the account history that the agency was notified of "
            "each violation and that the latest review found no improvement."
        ),
        body=(
            "Hi {{ requester.first_name }},\n\n"
            "I have checked the situation with your agency account and I saw that there were a "
            "number of policy violations connected to it. Each time your agency was notified about "
            "the violation and if needed asked to sign documents confirming that the policies are "
            "understood. However, during the recent review conducted by {{ marketplace.name }} "
            "Team it was found that the performance of your agency had not improved, therefore the "
            "difficult decision to close your agency account was made.\n\n"
            "Thank you for understanding.\n\n"
            "~ {{ agent.first_name }}"
        ),
    ),
    MacroSeed(
        title="Account quality review > Where is My Stats?",
        category_slug="account_quality_review",
        playbook=Playbook.AGENCY_QUALITY,
        section="Moderator reply: Quality Update - Agencies",
        body=(
            "Hi {{ requester.first_name }},\n\n"
            "You should be able to access My Stats page if you go to your freelancer profile "
            "and go to Find Work > My Stats. Currently My Stats page is available only for "
            "individual freelancers and not available for agencies.\n\n"
            "~ {{ agent.first_name }}"
        ),
    ),
)


# ---------------------------------------------------------------------------------------
# Words an earlier release seeded, so that a desk that still holds them is brought up to date

#: The first release cited each playbook by its file in ``shared/seeds``.
_FIRST_RELEASE_FILES: Final = {
    Playbook.CRISIS: "000",
    Playbook.UNRESPONSIVE_FREELANCER: "001",
    Playbook.DIFFICULT_CONVERSATIONS: "002",
    Playbook.INFORMATION_SHARING: "003",
    Playbook.AGENCY_QUALITY: "004",
}
#: The bodies the first release worded otherwise than naming the marketplace "Upwork".
_FIRST_RELEASE_BODIES: Final = {
    "Crisis > Check-In FAQ > My freelancer is impacted (client)": (
        "We know that for many, your Upwork engagements are critical to the success and "
        "stability of your business. So we encourage you to connect with your freelancer to "
        "discuss the next steps. If able and you both agree, you may consider extending project "
        "deadlines to accommodate these circumstances. However, if your project is "
        "time-sensitive, we are here to discuss your options. Simply contact us at "
        "www.support.upwork.com for guidance."
    ),
}
#: The notes the first release worded otherwise (it named Upwork and cited files).
_FIRST_RELEASE_NOTES: Final = {
    "CS > Self-harm/Suicide Threat > General Response": (
        "The playbook offers “I hear how upset you are” in place of “I hear you”. Then open a "
        "self-harm child ticket for Executive Escalations + CS Management. Avoid “I "
        "understand”, “it will get better”, suggesting friends or family, and discussing "
        "Upwork or the account."
    ),
    "CS > Self-harm/Suicide Threat > Users Connecting Threat to Upwork Account Action": (
        "Only when the user connects the threat to an action Upwork took on their account. "
        "The playbook offers “I hear how upset you are” in place of “I hear you”. Then open a "
        "self-harm child ticket for Executive Escalations + CS Management."
    ),
    "FAQ > Vetting > Does Upwork share my personal details?": (
        "If the user asks for the other party's contact information, coordinate with "
        "Executive Escalations before promising to provide it (seeds/001)."
    ),
    "Crisis > Check-In FAQ > My freelancer is impacted (client)": (
        "If the client needs a new freelancer, see the Talent Solutions process (seeds/000)."
    ),
}


def earlier_texts(seed: MacroSeed) -> tuple[MacroText, ...]:
    """The words earlier releases seeded for ``seed``, oldest first: the first wrote
    "Upwork" where users read the marketplace's name, and cited the playbook's file; both it
    and the second wrote the playbook's office address where users read the marketplace's
    (the second only differs from the library there, so it is left out elsewhere)."""
    with_playbook_address = seed.body.replace(OFFICE_ADDRESS, PLAYBOOKS_OFFICE_ADDRESS)
    first_release = MacroText(
        body=_FIRST_RELEASE_BODIES.get(
            seed.title, with_playbook_address.replace(MARKETPLACE_NAME, "Upwork")
        ),
        source=f"seeds/{_FIRST_RELEASE_FILES[seed.playbook]} · {seed.section}",
        note=_FIRST_RELEASE_NOTES.get(seed.title, seed.note),
    )
    if OFFICE_ADDRESS not in seed.body:
        return (first_release,)
    second_release = MacroText(body=with_playbook_address, source=seed.source, note=seed.note)
    return (first_release, second_release)


def _bring_up_to_date(macro: Macro, seed: MacroSeed) -> dict[str, tuple[str, str]]:
    """Give each field of ``macro`` that still holds an earlier release's words the
    library's words; return the fields changed, each as (before, after)."""
    changed: dict[str, tuple[str, str]] = {}
    for field, now in asdict(seed.text).items():
        stored = getattr(macro, field)
        if stored != now and any(stored == getattr(text, field) for text in earlier_texts(seed)):
            changed[field] = (stored, now)
            setattr(macro, field, now)
    return changed


def seed_macros(session: Session) -> int:
    """Add the playbook macros whose title the desk does not have yet; return how many.

    A macro already in the desk keeps what staff made of it, so an admin's edits (and
    deactivations) survive every re-seed; only a field still holding the very words an
    earlier release seeded is brought up to date (an audited ``macro.update``). A macro whose
    category is not in the desk yet gets no category.
    """
    existing = {macro.title: macro for macro in session.scalars(select(Macro))}
    category_ids: dict[str, int | None] = {}
    added: list[Macro] = []
    for seed in PLAYBOOK_MACROS:
        if seed.title in existing:
            macro = existing[seed.title]
            changed = _bring_up_to_date(macro, seed)
            if changed:
                audit.record(
                    session,
                    actor="system:seed",
                    action="macro.update",
                    subject_type="macro",
                    subject_id=macro.id,
                    before={field: before for field, (before, _) in changed.items()},
                    after={field: after for field, (_, after) in changed.items()},
                    reason="Still as an earlier release seeded it: brought up to date",
                )
            continue
        category_id = None
        if seed.category_slug is not None:
            if seed.category_slug not in category_ids:
                category_ids[seed.category_slug] = session.scalar(
                    select(Category.id).where(Category.slug == seed.category_slug)
                )
            category_id = category_ids[seed.category_slug]
        macro = Macro(
            title=seed.title,
            body=seed.body,
            public=seed.public,
            category_id=category_id,
            source=seed.source,
            note=seed.note,
            active=True,
        )
        session.add(macro)
        added.append(macro)
    session.flush()
    for macro in added:
        audit.record(
            session,
            actor="system:seed",
            action="macro.create",
            subject_type="macro",
            subject_id=macro.id,
            after={"title": macro.title, "source": macro.source},
            reason="Seeded from the playbooks",
        )
    return len(added)
