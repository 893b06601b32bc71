from django import template
from wagtail.models import Locale

from opportunities.models import ActivityRecord, OpportunityPage, Person, Registration

register = template.Library()


@register.inclusion_tag("opportunities/register/includes/how_far.html")
def how_far_we_have_come():
    """Live totals for the home page: counts only, never who."""
    return {
        "people": Person.objects.registered().count(),
        "opportunities": OpportunityPage.objects.live()
        .exact_type(OpportunityPage)
        .filter(locale=Locale.get_default())
        .count(),
        "activities": Registration.objects.filter(status=Registration.Status.ATTENDED).count()
        + ActivityRecord.objects.count(),
    }


@register.simple_tag
def register_page():
    """The involvement register page in the reader's language, if there is one."""
    from opportunities.models import RegisterPage

    return RegisterPage.objects.live().filter(locale=Locale.get_active()).first()
