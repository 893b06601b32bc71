"""Demo feedback: the "Tell us about a service" page (demo/page.yaml, under the home page),
and a quarter's worth of feedback (and a little of the quarter before), from
demo/feedback.yaml, dated from the day the demo is loaded so "last quarter" is always full.
Idempotent: the page and feedback already there (same slug, same words) are left alone."""

import datetime

from django.utils import timezone

from home.demo_data import demo_path, read_yaml

from ..taxonomy import service_for
from .models import ServiceFeedback
from .pages import FeedbackPage


def quarter_start(day, back):
    """The first day of the quarter `back` quarters before the one `day` is in."""
    index = (day.year * 4 + (day.month - 1) // 3) - back
    return datetime.date(index // 4, index % 4 * 3 + 1, 1)


def build_page(home, created):
    """The form's page under the home page, once; the language trees alias it."""
    fields = read_yaml(demo_path("forums", "feedback", "page.yaml"))["page"]
    if home.get_children().filter(slug=fields["slug"]).exists():
        return
    page = FeedbackPage(**fields)
    home.add_child(instance=page)
    page.save_revision().publish()
    created.append(f"“{page.title}”")


def build(home, created):
    build_page(home, created)
    today = timezone.localdate()
    starts = {"last": quarter_start(today, 1), "before": quarter_start(today, 2)}
    added = 0
    known = set(ServiceFeedback.objects.values_list("experience", flat=True))
    for row in read_yaml(demo_path("forums", "feedback", "feedback.yaml")):
        if row["experience"] in known:
            continue
        day = starts[row["quarter"]] + datetime.timedelta(days=row["day"] - 1)
        when = timezone.make_aware(datetime.datetime.combine(day, datetime.time(11)))
        ServiceFeedback.objects.create(
            service=service_for(row["service"]),
            experience=row["experience"],
            improvement=row["improvement"],
            language=row["language"],
            channel=row["channel"],
            status=row["status"],
            created_at=when,
            finished_at=when if row["status"] == "closed" else None,
        )
        added += 1
    if added:
        created.append(f"{added} pieces of service feedback")
