"""The app's admin: each feature's own hooks, imported here so Wagtail finds them (it looks
for `<app>.wagtail_hooks` only). In the order the features build on each other, which is the
order their menu items and viewsets were registered in before the split."""

from .taxonomy import wagtail_hooks as taxonomy_hooks

# isort: split
from .registrations import wagtail_hooks as registrations_hooks

# isort: split
from .register import wagtail_hooks as register_hooks

# isort: split
from .running import wagtail_hooks as running_hooks

# isort: split
from .payments import wagtail_hooks as payments_hooks

__all__ = [
    "taxonomy_hooks",
    "registrations_hooks",
    "register_hooks",
    "running_hooks",
    "payments_hooks",
]
