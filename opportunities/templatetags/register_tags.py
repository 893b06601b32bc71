from django import template
from wagtail.models import Locale

from home.languages import of_default_language
from opportunities.models import (
    ActivityRecord,
    OpportunityPage,
    Person,
    RegisterPage,
    Registration,
)

register = template.Library()


@register.inclusion_tag("opportunities/register/includes/how_far.html")
def how_far_we_have_come():
    """Live totals for the home page: counts only, never who."""
    return {
        "people": Person.objects.registered().count(),
        "opportunities": of_default_language(
            OpportunityPage.objects.live().exact_type(OpportunityPage)
        ).count(),
        "activities": Registration.objects.filter(status=Registration.Status.ATTENDED).count()
        + ActivityRecord.objects.count(),
    }


@register.simple_tag
def register_page():
    """The involvement register page in the reader's language, if there is one."""
    return RegisterPage.objects.live().filter(locale=Locale.get_active()).first()


@register.simple_tag(takes_context=True)
def private_page_section(context, section):
    """One section another app adds to the register's private page (see
    `opportunities/register/sections.py`): its template, with the page's context and its own,
    as `{% include %}` would render it."""
    section_template = context.template.engine.get_template(section["template_name"])
    with context.push(section["context"]):
        return section_template.render(context)
