"""`{% plain_english_checks page as checks %}`: the editor's plain-English checks for the
Checks panel (templates/wagtailadmin/shared/side_panels/checks.html)."""

from django import template

from glossary.checks import explanation, page_checks

register = template.Library()


@register.simple_tag
def plain_english_checks(page):
    return page_checks(page)


@register.simple_tag
def plain_english_explanation():
    return explanation()
