import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from forums.projects.models import ProjectFollower

CONFIRM_WITHIN = datetime.timedelta(days=7)


class Command(BaseCommand):
    help = (
        "Delete requests to follow a project that were not confirmed within 7 days. Run once "
        "a day, beside tend_register; running it twice does nothing twice."
    )

    def handle(self, **options):
        deleted, _by_model = ProjectFollower.objects.filter(
            confirmed_at=None, created_at__lt=timezone.now() - CONFIRM_WITHIN
        ).delete()
        self.stdout.write(f"Project follows never confirmed, deleted: {deleted}")
