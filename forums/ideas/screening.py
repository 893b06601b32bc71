"""The words that flag a suggested idea for a person to read first: crisis or self-harm (sent
to the safeguarding contact at once) and complaints (a matter for PALS).

Imports nothing: plain text checks, used by services.py."""

# Words that make a suggestion read as a crisis. Deliberately broad: a false alarm costs the
# safeguarding contact a minute; a missed one could cost much more.
CRISIS_WORDS = [
    "suicid",
    "kill myself",
    "end my life",
    "self-harm",
    "self harm",
    "selfharm",
    "hurt myself",
    "harm myself",
    "cutting myself",
    "overdose",
    "want to die",
    "don't want to live",
    "dont want to live",
    "no reason to live",
    "crisis",
]
COMPLAINT_WORDS = ["complain", "complaint", "rude", "treated badly", "sue ", "negligen"]


def mentions_crisis(text):
    text = text.lower()
    return any(word in text for word in CRISIS_WORDS)


def reads_as_complaint(text):
    text = text.lower()
    return any(word in text for word in COMPLAINT_WORDS)
