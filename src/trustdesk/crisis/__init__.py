"""Crisis programme (C4); crisis feedback removal (C5) is ``trustdesk.feedback_removal``.

Freelancers hit by a natural disaster, a conflict, an outage or an epidemic can check in
(tell their clients, set their profile private) and ask for feedback received during the
event to be removed.
"""
