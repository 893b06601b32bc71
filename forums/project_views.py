"""Temporary, for opportunities/register/views.py only, until the register's private page
gathers its sections through the `register_private_page_sections` hook (see
forums/projects/wagtail_hooks.py `ProjectFollowsSection`). Delete with that import."""

from .projects.services import handle_register_follow, register_follows  # noqa: F401
