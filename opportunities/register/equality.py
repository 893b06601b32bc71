"""Equality monitoring: a person's optional answers (special category personal data, kept
apart from contact details and given with their own consent) and the only view staff get
of them, totals with small groups hidden."""

from django.db import models
from django.db.models import Count
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

# Fewer people than this in a group could be recognised; their number is not shown.
SMALLEST_GROUP_SHOWN = 5


class EqualityMonitoring(models.Model):
    """Personal data, special category: a person's optional equality monitoring answers.

    Kept apart from contact details and given with its own consent. Staff only ever see
    these in aggregate, with groups under 5 hidden (`equality_report`); the person sees
    and downloads their own. Deleted with the person."""

    class Ethnicity(models.TextChoices):
        ASIAN = "asian", _("Asian or Asian British")
        BLACK = "black", _("Black, Black British, Caribbean or African")
        MIXED = "mixed", _("Mixed or multiple ethnic groups")
        WHITE = "white", _("White")
        OTHER = "other", _("Another ethnic group")

    class Disability(models.TextChoices):
        YES = "yes", _("Yes")
        NO = "no", _("No")

    class AgeBand(models.TextChoices):
        UNDER_18 = "under_18", _("Under 18")
        FROM_18 = "18_24", _("18 to 24")
        FROM_25 = "25_34", _("25 to 34")
        FROM_35 = "35_49", _("35 to 49")
        FROM_50 = "50_64", _("50 to 64")
        FROM_65 = "65_plus", _("65 or over")

    class Sex(models.TextChoices):
        FEMALE = "female", _("Female")
        MALE = "male", _("Male")

    class GenderIdentity(models.TextChoices):
        SAME = "same", _("Yes")
        DIFFERENT = "different", _("No")

    class SexualOrientation(models.TextChoices):
        STRAIGHT = "straight", _("Straight or heterosexual")
        GAY_LESBIAN = "gay_lesbian", _("Gay or lesbian")
        BISEXUAL = "bisexual", _("Bisexual")
        OTHER = "other", _("Another sexual orientation")

    class Religion(models.TextChoices):
        NONE = "none", _("No religion")
        BUDDHIST = "buddhist", _("Buddhist")
        CHRISTIAN = "christian", _("Christian")
        HINDU = "hindu", _("Hindu")
        JEWISH = "jewish", _("Jewish")
        MUSLIM = "muslim", _("Muslim")
        SIKH = "sikh", _("Sikh")
        OTHER = "other", _("Another religion")

    PREFER_NOT_TO_SAY = "prefer_not_to_say"

    person = models.OneToOneField(
        "opportunities.Person", on_delete=models.CASCADE, related_name="equality"
    )
    consent_given_at = models.DateTimeField(auto_now_add=True)
    ethnicity = models.CharField(_("ethnic group"), max_length=20, blank=True)
    disability = models.CharField(_("disability"), max_length=20, blank=True)
    age_band = models.CharField(_("age"), max_length=20, blank=True)
    sex = models.CharField(_("sex"), max_length=20, blank=True)
    gender_identity = models.CharField(
        _("gender the same as sex registered at birth"), max_length=20, blank=True
    )
    sexual_orientation = models.CharField(_("sexual orientation"), max_length=20, blank=True)
    religion = models.CharField(_("religion or belief"), max_length=20, blank=True)

    QUESTIONS = {
        "ethnicity": Ethnicity,
        "disability": Disability,
        "age_band": AgeBand,
        "sex": Sex,
        "gender_identity": GenderIdentity,
        "sexual_orientation": SexualOrientation,
        "religion": Religion,
    }

    class Meta:
        verbose_name = _("equality monitoring answers")
        verbose_name_plural = _("equality monitoring answers")
        # No view or change: staff see only the aggregate report.
        default_permissions = ()

    def __str__(self):
        # Never the person's name: this may appear in logs.
        return f"Equality answers {self.pk}"

    def answers(self):
        """(question, answer) in words, for the person's own view of their data."""
        answered = []
        for field, choices in self.QUESTIONS.items():
            value = getattr(self, field)
            if value == self.PREFER_NOT_TO_SAY:
                words = _("I would rather not say")
            else:
                words = dict(choices.choices).get(value, "")
            if words:
                answered.append((capfirst(self._meta.get_field(field).verbose_name), words))
        return answered


def suppress(counts):
    """Counts as staff may see them: a group of 1 to 4 shows as "fewer than 5". If just one
    group in a question is hidden, the next smallest is hidden too, so it cannot be worked
    out from the total."""
    shown = {key: count for key, count in counts.items()}
    small = [key for key, count in counts.items() if 0 < count < SMALLEST_GROUP_SHOWN]
    if len(small) == 1:
        others = sorted(
            (count, key) for key, count in counts.items() if key not in small and count > 0
        )
        if others:
            small.append(others[0][1])
    fewer = gettext("fewer than %(number)s") % {"number": SMALLEST_GROUP_SHOWN}
    for key in small:
        shown[key] = fewer
    return shown


def equality_report():
    """[(question, [(answer, count or "fewer than 5")])] over people on the register."""
    answers = EqualityMonitoring.objects.filter(person__confirmed_at__isnull=False)
    report = []
    for field, choices in EqualityMonitoring.QUESTIONS.items():
        counts = dict(answers.values_list(field).annotate(n=Count("id")).order_by())
        labels = [
            *choices.choices,
            (EqualityMonitoring.PREFER_NOT_TO_SAY, gettext("Would rather not say")),
            ("", gettext("Not answered")),
        ]
        shown = suppress({value: counts.get(value, 0) for value, _label in labels})
        report.append(
            (
                EqualityMonitoring._meta.get_field(field).verbose_name,
                [(label, shown[value]) for value, label in labels],
            )
        )
    return report
