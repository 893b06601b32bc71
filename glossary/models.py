"""The glossary app's models, gathered here so Django registers them: the data records in
glossary/terms.py, the page types in glossary/pages.py. Import them from here or from
their own module.

The glossary app imports home (the core) and nothing else of ours: home <- glossary.
"""

from .pages import GlossaryPage, SelfAssessmentPage, ToolkitIndexPage, ToolkitPage
from .terms import GlossaryTerm, PlainerWord

__all__ = [
    "GlossaryPage",
    "GlossaryTerm",
    "PlainerWord",
    "SelfAssessmentPage",
    "ToolkitIndexPage",
    "ToolkitPage",
]
