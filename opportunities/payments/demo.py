"""The demo's payment for involvement, from opportunities/payments/demo/payments.yaml:
`build_rates` (before the opportunities, which pick their level by name) makes the levels,
the benefits advice and the settings; `build` (after the register) makes the page that
explains it all and, for one past activity, people who came, their attendance marked
through `running.services`, and three claims in different states. Nothing is made twice,
and nothing an editor changed is overwritten."""

import decimal
import io
from types import SimpleNamespace

from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image, ImageDraw
from wagtail.models import Locale, Site

from home.demo_data import demo_path, read_yaml

from ..listing.pages import OpportunityPage
from ..registrations.models import Registration
from ..running.services import mark_attendance
from . import services
from .models import BenefitsAdvice, ExpenseClaim, PaymentLevel, PaymentSettings
from .pages import PaymentsPage

DATA = demo_path("opportunities", "payments", "payments.yaml")
RATES = ("hourly_rate", "session_rate", "day_rate")


def build_rates(created):
    data = read_yaml(DATA)
    english = Locale.get_default()
    made = 0
    for item in data["levels"]:
        fields = {key: value for key, value in item.items() if key != "name"}
        for rate in RATES:
            if rate in fields:
                fields[rate] = decimal.Decimal(str(fields[rate]))
        _level, new = PaymentLevel.objects.get_or_create(
            name=item["name"], locale=english, defaults=fields
        )
        made += new
    if made:
        created.append(f"{made} payment levels")
    site = Site.objects.get(is_default_site=True)
    if not PaymentSettings.objects.filter(site=site).exists():
        advice = BenefitsAdvice.objects.create(locale=english, **data["advice"])
        PaymentSettings.objects.create(site=site, benefits_advice=advice, **data["settings"])
        created.append("the payment settings and benefits advice")


def build(home, created):
    """The payments page and the claims of one past activity (see the module docstring)."""
    data = read_yaml(DATA)
    if not PaymentsPage.objects.filter(locale=home.locale).exists():
        page = PaymentsPage(**data["page"])
        home.add_child(instance=page)
        page.save_revision().publish()
        created.append(f"“{page.title}”")
    activity = OpportunityPage.objects.filter(
        locale=Locale.get_default(), slug=data["activity"]
    ).first()
    if activity is None or not activity.is_over or activity.expense_claims.exists():
        return
    _claims(activity, data["claims"])
    created.append(f"{len(data['claims'])} expense claims for “{activity.title}”")


def _claims(activity, items):
    """The people who came, marked attended as staff mark it, then each claim sent and, as
    the data says, decided. The emails the demo would send are marked as gone, so loading
    it emails nobody."""
    registrations = [
        Registration.objects.create(
            opportunity=activity,
            name=item["name"],
            email=item["name"].lower().replace(" ", ".") + "@example.org",
            contact_method=Registration.ContactMethod.EMAIL,
            consent=True,
            status=Registration.Status.CONFIRMED,
            emails_sent_at=timezone.now(),
        )
        for item in items
    ]
    mark_attendance(activity, [r.pk for r in registrations], user=None)
    mileage_rate = PaymentSettings.read(Site.objects.get(is_default_site=True)).mileage_rate
    for registration, item in zip(registrations, items, strict=True):
        claim = ExpenseClaim.objects.get(registration=registration)
        services.submit_claim(claim, _answers(item), mileage_rate)
        if item["status"] != ExpenseClaim.Status.SUBMITTED:
            services.decide(claim, item["status"], item.get("reason", ""), None)
    activity.expense_claims.update(emailed_at=timezone.now())


def _answers(item):
    """What the person put on the form, as the form gives it to the service."""
    amount = {
        key: decimal.Decimal(str(item[key])) if key in item else None
        for key in ("miles", "public_transport_cost", "taxi_cost", "care_cost")
    }
    return SimpleNamespace(
        cleaned_data={
            **amount,
            "choice": item.get("choice", ""),
            "taxi_agreed_by": item.get("taxi_agreed_by", ""),
            "note": "",
            "public_transport_receipt": _ticket() if item.get("receipt") else None,
        }
    )


def _ticket():
    """A photo of a bus ticket, drawn: the demo's receipt, for the team to open."""
    image = Image.new("RGB", (320, 160), "white")
    drawing = ImageDraw.Draw(image)
    drawing.rectangle([4, 4, 315, 155], outline="black", width=3)
    drawing.text((20, 30), "RIVERSIDE BUSES", fill="black")
    drawing.text((20, 70), "Day return    £5.60", fill="black")
    drawing.text((20, 110), "Demo receipt", fill="black")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return ContentFile(out.getvalue(), name="ticket.png")
