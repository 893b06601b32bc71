"""Each feature's receivers, imported (so connected) by `ForumsConfig.ready()`."""

from .ideas import signals as ideas_signals  # noqa: F401
from .meetings import signals as meetings_signals  # noqa: F401
from .personal_data import signals as personal_data_signals  # noqa: F401
from .projects import signals as projects_signals  # noqa: F401
