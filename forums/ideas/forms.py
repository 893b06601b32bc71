"""The forms of improvement ideas: filtering the list, suggesting an idea and voting
(public); moderating a suggestion and printing voting codes (admin)."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Locale

from home.languages import of_default_language
from home.public_forms import PublicFormMixin
from home.text_limits import LONGEST_TEXT, TOO_LONG
from opportunities.models import Topic
from opportunities.taxonomy.forms import taxonomy_choices

from ..taxonomy import Service, service_choices
from .models import ModerationDecision, ModerationReason, Suggestion


class IdeaFilterForm(forms.Form):
    """Plain GET filters, so a filtered list works without JavaScript and can be shared."""

    theme = forms.ChoiceField(label=_("Theme"), required=False)
    service = forms.ChoiceField(label=_("Service"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[("votes", _("Most votes")), ("newest", _("Newest"))],
    )

    def __init__(self, *args, allow_vote_sort=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.locale = Locale.get_active()
        self.fields["theme"].choices = [("", _("Any theme"))] + taxonomy_choices(
            Topic, self.locale
        )
        self.fields["service"].choices = [("", _("Any service"))] + service_choices(self.locale)
        if not allow_vote_sort:
            self.fields["sort"].choices = [("newest", _("Newest"))]

    def filter(self, ideas):
        if not self.is_valid():
            return ideas
        if self.cleaned_data["theme"]:
            ideas = ideas.filter(theme__slug=self.cleaned_data["theme"])
        if self.cleaned_data["service"]:
            ideas = ideas.filter(service__slug=self.cleaned_data["service"])
        return ideas

    @property
    def chosen_sort(self):
        if self.is_valid() and self.cleaned_data["sort"] in dict(self.fields["sort"].choices):
            return self.cleaned_data["sort"]
        return self.fields["sort"].choices[0][0]


class SuggestionForm(PublicFormMixin, forms.ModelForm):
    """Suggest an improvement: a few words, the idea, and an email address if the person wants
    to hear what happens."""

    class Meta:
        model = Suggestion
        fields = ["title", "what", "service", "email", "wants_updates"]
        labels = {
            "title": _("Your idea in a few words"),
            "what": _("Tell us more about your idea"),
            "service": _("Which service is it about? (optional)"),
            "email": _("Email address (optional)"),
            "wants_updates": _("Email me when the idea's status changes"),
        }
        help_texts = {
            "title": _("For example: Longer visiting hours on wards"),
            "what": _("What would make things better? Please do not name anyone."),
            "email": _("We will tell you if we publish your idea. We never show it."),
        }
        widgets = {"what": forms.Textarea(attrs={"rows": 5}), "service": forms.RadioSelect}
        error_messages = {
            "title": {"required": _("Enter your idea in a few words")},
            "what": {"required": _("Tell us more about your idea")},
            "email": {"invalid": _("Enter an email address like name@example.com")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The services in the default language (a suggestion is read there), by slug.
        service = self.fields["service"]
        service.queryset = of_default_language(Service.objects.all()).order_by("name")
        service.to_field_name = "slug"
        service.empty_label = _("Not sure")

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("wants_updates")
            and not cleaned.get("email")
            and "email" not in self.errors
        ):
            self.add_error("email", _("Enter an email address, or untick the box"))
        return cleaned


class EmailVoteForm(forms.Form):
    email = forms.EmailField(
        max_length=254,
        label=_("Your email address"),
        help_text=_("We send a link. Your vote counts when you click it."),
        error_messages={
            "required": _("Enter your email address"),
            "invalid": _("Enter an email address like name@example.com"),
            "max_length": TOO_LONG,
        },
    )
    wants_updates = forms.BooleanField(
        label=_("Email me when this idea's status changes"), required=False
    )


class CodeVoteForm(forms.Form):
    code = forms.CharField(
        label=_("Your voting code"),
        help_text=_("It is on the card we gave you. For example: ABCDE-23456"),
        max_length=20,
        error_messages={"required": _("Enter your voting code")},
    )


class OpenVoteForm(PublicFormMixin, forms.Form):
    """Open voting: nothing to type (a single button, so no honeypot). reCAPTCHA when it is
    on."""

    uses_honeypot = False
    uses_submission_key = False


class ModerationForm(forms.Form):
    """A moderator's decision on one suggestion, always with a reason from the short list.
    Publishing takes the wording and theme as the moderator leaves them (they start as the
    person wrote them); joining takes an idea already listed, chosen from `ideas` (the
    ideas it may join), never typed as a number."""

    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[c for c in ModerationDecision.choices if c[0] != ModerationDecision.PENDING],
        widget=forms.RadioSelect,
    )
    reason = forms.ChoiceField(
        label=_("Reason"), choices=ModerationReason.choices, widget=forms.RadioSelect
    )
    title = forms.CharField(
        label=_("The idea in a few words"),
        max_length=Suggestion._meta.get_field("title").max_length,
        required=False,
        help_text=_(
            "What the published idea says. Make it clearer if you need to, or take out a "
            "name. The person's own words stay on the suggestion."
        ),
    )
    what = forms.CharField(
        label=_("The idea"),
        max_length=LONGEST_TEXT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    theme = forms.ModelChoiceField(label=_("Theme"), queryset=None, required=False)
    joined_idea = forms.ModelChoiceField(
        label=_("Idea it joins"),
        queryset=None,
        required=False,
        help_text=_("Only for “Joined to an idea already listed”: choose that idea."),
        error_messages={"invalid_choice": _("Choose an improvement idea that is published.")},
    )

    def __init__(self, *args, ideas, suggestion=None, **kwargs):
        if suggestion is not None:
            kwargs.setdefault("initial", {"title": suggestion.title, "what": suggestion.what})
        super().__init__(*args, **kwargs)
        self.fields["joined_idea"].queryset = ideas
        self.fields["joined_idea"].widget = AdminPageChooser(
            target_models=[ideas.model], can_choose_root=False
        )
        self.fields["theme"].queryset = of_default_language(Topic.objects.all()).order_by("name")

    def clean(self):
        cleaned = super().clean()
        decision = cleaned.get("decision")
        if decision == ModerationDecision.JOINED and not cleaned.get("joined_idea"):
            if "joined_idea" not in self.errors:
                self.add_error("joined_idea", _("Choose the idea it joins."))
        if decision == ModerationDecision.PUBLISHED:
            for name, message in (
                ("title", _("Give the idea in a few words.")),
                ("what", _("Say what the idea is.")),
            ):
                if name not in self.data:
                    # Not sent at all (not the admin's form): the person's words, unedited.
                    cleaned[name] = self.initial.get(name, "")
                elif name not in self.errors and not (cleaned.get(name) or "").strip():
                    # Emptied on purpose, perhaps to take out a name: never fall back to it.
                    self.add_error(name, message)
        return cleaned


class VoidForm(forms.Form):
    votes = forms.MultipleChoiceField(label=_("Votes"), widget=forms.CheckboxSelectMultiple)
    reason = forms.CharField(label=_("Reason for voiding"), max_length=200)

    def __init__(self, *args, vote_ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["votes"].choices = [(str(pk), str(pk)) for pk in vote_ids]


class CodeBatchForm(forms.Form):
    """A batch of voting codes to print, one slip each, in the language of the people they
    are handed to."""

    label = forms.CharField(label=_("Where they are for"), max_length=120)
    count = forms.IntegerField(label=_("How many codes"), min_value=1, max_value=500, initial=30)
    votes_per_code = forms.IntegerField(
        label=_("Votes each code carries"), min_value=1, max_value=20, initial=3
    )
    language = forms.ChoiceField(
        label=_("Language of the slips"),
        choices=settings.LANGUAGES,
        initial=settings.LANGUAGE_CODE,
        required=False,
        help_text=_("The words on each slip, and how to vote, are in this language."),
    )
