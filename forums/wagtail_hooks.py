"""Wagtail finds this module; each feature registers its own admin hooks in its package's
wagtail_hooks.py, imported here."""

from .feedback import wagtail_hooks as feedback_hooks  # noqa: F401
from .ideas import wagtail_hooks as ideas_hooks  # noqa: F401
from .outcomes import wagtail_hooks as outcomes_hooks  # noqa: F401
from .personal_data import wagtail_hooks as personal_data_hooks  # noqa: F401
from .projects import wagtail_hooks as projects_hooks  # noqa: F401
from .themes import wagtail_hooks as themes_hooks  # noqa: F401
