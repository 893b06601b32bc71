import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from home.management.demo_commands import DemoCommand

# One account for each editor group, so a developer can try each role's job.
DEMO_ACCOUNTS = [
    ("comms", "Communications officers"),
    ("colead", "Co-production leads"),
    ("involvement", "Involvement team"),
    # A translator given one language, as most are: Urdu (a right-to-left language).
    ("translator", "Translators: Urdu"),
    ("cochair", "Forum co-chairs"),
]
# Forums and the project the demo co-production lead runs, and the forum whose outcomes the
# demo co-chair reviews (groups made with each forum and project: forums/meetings/signals.py,
# forums/projects/signals.py, forums/roles.py).
DEMO_LEAD_FORUMS = [
    "Forum leads: Riverside community forum",
    "Forum leads: Evening forum",
    "Project leads: An information pack for carers",
]
DEMO_CO_CHAIR_FORUMS = ["Forum co-chairs: Riverside community forum"]


class Command(DemoCommand):
    help = (
        "For `make run` on a developer's machine: make an admin account and one account per "
        "editor group, all sharing one random password kept in var/demo-password.txt, and "
        "print how to log in. Never run in production."
    )

    def add_arguments(self, parser):
        parser.add_argument("--port", default="8000")

    def handle(self, port, **options):
        password = self.local_password()
        User = get_user_model()
        admin, created = User.objects.get_or_create(
            username="admin", defaults={"is_superuser": True, "is_staff": True}
        )
        if created:
            admin.set_password(password)
            admin.save()
        for username, group_name in DEMO_ACCOUNTS:
            user, created = User.objects.get_or_create(username=username)
            if created:
                user.set_password(password)
                user.save()
                user.groups.add(Group.objects.get(name=group_name))
        User.objects.get(username="colead").groups.add(
            *Group.objects.filter(name__in=DEMO_LEAD_FORUMS)
        )
        User.objects.get(username="cochair").groups.add(
            *Group.objects.filter(name__in=DEMO_CO_CHAIR_FORUMS)
        )

        names = ", ".join(username for username, _group in DEMO_ACCOUNTS)
        self.stdout.write(
            "\n"
            f"  The site:   http://127.0.0.1:{port}/\n"
            f"  The admin:  http://127.0.0.1:{port}/admin/\n"
            f"  Log in as:  admin  (or {names}: one per editor group)\n"
            f"  Password:   {password}  (kept in var/demo-password.txt)\n"
        )

    def local_password(self):
        path = Path(settings.BASE_DIR) / "var" / "demo-password.txt"
        if path.exists():
            return path.read_text().strip()
        path.parent.mkdir(parents=True, exist_ok=True)
        password = secrets.token_urlsafe(12)
        path.write_text(password + "\n")
        path.chmod(0o600)
        return password
