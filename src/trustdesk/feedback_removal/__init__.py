"""Crisis feedback removal (C5): the Feedback Removal Request of playbook 000.

A freelancer impacted by a crisis event asks, through a signed link, for feedback received
while impacted to be removed. ``policy`` is the pure eligibility review
(``decide_feedback_removal``), shared by the desk and ``trustdesk decide feedback-removal``
(``cli``); ``actions`` files the request as a ticket with the review done, and carries out
an approval: the feedback off the profile and/or out of JSS per the scope, the account
note, the recompute, the requester's email and the change sent to the marketplace.
"""
