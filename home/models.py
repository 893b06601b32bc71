"""home's pages and settings: the abstract InvolvePage every public page type builds on,
HomePage, ContentPage, OrganisationSettings (who runs the site) and EditorGroupDescription;
and, imported at the end so Django registers it, `format_requests.models.FormatRequest`.

Imports only modules of home (blocks, page_routing, translation, the models of its
packages): home is the core."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from . import page_routing
from .blocks import SHORT_TEXT_FEATURES, BodyBlock
from .translating.models import TranslationReviewTask  # noqa: F401  (registers the model)
from .translation import AliasesCopiedOnPublish


def _chosen_page(verbose_name, help_text=""):
    """A link to one page, chosen by an editor; kept (empty) if that page is deleted."""
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


class InvolvePage(AliasesCopiedOnPublish, Page):
    """What every public page type shares: a plain-English summary that also feeds search
    results and link previews.

    Abstract, because wagtail-localize needs concrete page models to subclass Wagtail's
    own Page: it does not support Wagtail 8's swappable base page model. Pages are
    translatable through Page's own locale and translation key.
    """

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=300,
        help_text=_(
            "One or two short sentences in plain English saying what this page is for. "
            "Shown under the title and in search results."
        ),
    )

    glossary_marking = models.BooleanField(
        _("mark glossary words"),
        default=True,
        help_text=_(
            "Link the first use of each glossary word on this page to its plain-English "
            "meaning. Untick to turn this off for this page only."
        ),
    )

    search_fields = Page.search_fields + [index.SearchField("summary")]
    settings_panels = Page.settings_panels + [FieldPanel("glossary_marking")]

    class Meta:
        abstract = True

    @property
    def search_summary(self):
        return self.search_description or self.summary


class HomePage(InvolvePage):
    """The front door of the site in one language: one per locale, at the top of its tree."""

    hero_heading = models.CharField(_("hero heading"), max_length=120)
    hero_text = models.CharField(
        _("hero text"), max_length=250, help_text=_("One sentence under the heading.")
    )
    introduction = RichTextField(_("introduction"), features=SHORT_TEXT_FEATURES, blank=True)
    call_to_action_text = models.CharField(
        _("call to action text"),
        max_length=80,
        blank=True,
        help_text=_("For example: Find a way to get involved"),
    )
    call_to_action_page = _chosen_page(_("call to action page"))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("sections"))

    content_panels = InvolvePage.content_panels + [
        MultiFieldPanel([FieldPanel("hero_heading"), FieldPanel("hero_text")], heading=_("Hero")),
        FieldPanel("summary"),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldPanel("call_to_action_text"), PageChooserPanel("call_to_action_page")],
            heading=_("Get involved call to action"),
        ),
        FieldPanel("body"),
    ]
    search_fields = InvolvePage.search_fields + [
        index.SearchField("hero_heading"),
        index.SearchField("hero_text"),
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    page_description = _("The home page of the site. There is one in each language.")

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Every page is found from its language's home page: in two queries, not two per
        level (home/page_routing.py)."""
        return page_routing.route(self, request, path_components)


class ContentPage(InvolvePage):
    """A general page of text: strategy, principles, privacy notice, accessibility
    statement, contact details, guides."""

    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = InvolvePage.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = InvolvePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]
    page_description = _(
        "A page of text, such as a strategy, the privacy notice or how to contact the team."
    )

    class Meta:
        verbose_name = _("content page")


@register_setting(icon="site")
class OrganisationSettings(BaseSiteSetting):
    """Who runs the site and how to reach them, shown in the header and footer.

    Holds no translated text: names, numbers and addresses are the same in every language,
    and the footer's pages are chosen here once and shown in the reader's language.
    """

    name = models.CharField(
        _("organisation name"),
        max_length=120,
        default="Involve",
        help_text=_("Shown in the header of every page."),
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    format_requests_email = models.EmailField(
        _("email for requests for other languages and formats"),
        blank=True,
        help_text=_(
            "The communications team's address: each visitor's request for a page in another "
            "language or format is sent here. If empty, requests go to the email above."
        ),
    )
    address = models.TextField(_("postal address"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    contact_page = _chosen_page(_("contact page"))
    privacy_page = _chosen_page(_("privacy notice"))
    accessibility_page = _chosen_page(_("accessibility statement"))
    other_formats_page = _chosen_page(
        _("ask for this in another format"),
        _("How to ask for easy read, large print, audio, Braille or a translation."),
    )

    select_related = [
        "contact_page",
        "privacy_page",
        "accessibility_page",
        "other_formats_page",
    ]

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("format_requests_email"),
                FieldPanel("address"),
            ],
            heading=_("Organisation"),
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("contact_page"),
                PageChooserPanel("privacy_page"),
                PageChooserPanel("accessibility_page"),
                PageChooserPanel("other_formats_page"),
            ],
            heading=_("Footer pages"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("x_url"),
                FieldPanel("youtube_url"),
                FieldPanel("linkedin_url"),
            ],
            heading=_("Social media"),
        ),
    ]

    class Meta:
        verbose_name = _("organisation")

    @property
    def social_links(self):
        """(label, url) for each social network that has an address."""
        networks = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("X", self.x_url),
            ("YouTube", self.youtube_url),
            ("LinkedIn", self.linkedin_url),
        ]
        return [(label, url) for label, url in networks if url]

    @property
    def footer_pages(self):
        """The footer's chosen pages in the reader's language where a translation is live,
        otherwise as chosen; one query whatever the number of pages."""
        chosen = [
            page
            for page in (
                self.contact_page,
                self.privacy_page,
                self.accessibility_page,
                self.other_formats_page,
            )
            if page is not None and page.live
        ]
        if not chosen:
            return []
        translations = {
            page.translation_key: page
            for page in Page.objects.live().filter(
                locale=Locale.get_active(),
                translation_key__in=[page.translation_key for page in chosen],
            )
        }
        return [translations.get(page.translation_key, page) for page in chosen]


class EditorGroupDescription(models.Model):
    """One line saying what an admin group is for, shown to its members on the dashboard
    so nobody has to guess why they can or cannot do something."""

    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="description")
    description = models.CharField(_("description"), max_length=255)

    class Meta:
        verbose_name = _("editor group description")

    def __str__(self):
        return f"{self.group.name}: {self.description}"


# isort: split
from .email_delivery.models import EmailDelivery  # noqa: E402, F401
from .format_requests.models import FormatRequest  # noqa: E402, F401
from .schedule.models import ScheduledRun  # noqa: E402, F401
