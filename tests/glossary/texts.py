"""Fixed texts for the plain-English tests: one plain, one of jargon."""

PLAIN = (
    "We want to hear from you. Tell us what works well and what does not. "
    "Your ideas help us make care better."
)
# One sentence of 60 words, most of them long: the kind of text the checks exist for.
JARGON = (
    "The organisation's transformation programme will facilitate the implementation of "
    "integrated multidisciplinary pathways, ensuring that stakeholders across the "
    "commissioning landscape are engaged in the co-design of evidence-based "
    "interventions, whilst optimising resource utilisation, maximising "
    "operational efficiency and embedding a culture of continuous quality improvement "
    "within every directorate and partnership arrangement that contributes to "
    "the delivery of community mental health services."
)
