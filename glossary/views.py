"""The list of plainer words, open to every editor: the plain-English checks send editors
here, and many of them (co-production leads, co-chairs, translators) may not change the
snippets, so Snippets > Glossary would refuse them.

Imports terms of this app.
"""

from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Locale

from .terms import PlainerWord


def plainer_words(request):
    locales = list(Locale.objects.order_by("pk"))
    asked = request.GET.get("language")
    locale = next((item for item in locales if item.language_code == asked), None)
    locale = locale or Locale.get_default()
    rows = PlainerWord.objects.filter(locale=locale).order_by("word")
    can_change = request.user.has_perm("glossary.change_plainerword")
    return TemplateResponse(
        request,
        "glossary/admin/plainer_words.html",
        {
            "rows": rows,
            "locale": locale,
            "languages": [
                (item, f"{reverse('glossary_plainer_words')}?language={item.language_code}")
                for item in locales
            ],
            "change_url": reverse("wagtailsnippets_glossary_plainerword:list")
            if can_change
            else "",
            "word_heading": PlainerWord._meta.get_field("word").verbose_name,
            "alternative_heading": PlainerWord._meta.get_field("alternative").verbose_name,
            "page_title": _("Plainer words"),
            "header_icon": "edit",
        },
    )
