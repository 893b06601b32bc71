import io

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command


@pytest.mark.django_db
def test_demo_accounts_give_an_admin_and_one_user_per_group(settings, tmp_path):
    settings.BASE_DIR = tmp_path
    output = io.StringIO()

    call_command("ensure_demo_accounts", port="8123", stdout=output)
    call_command("ensure_demo_accounts", port="8123", stdout=io.StringIO())

    password = (tmp_path / "var" / "demo-password.txt").read_text().strip()
    assert "http://127.0.0.1:8123/admin/" in output.getvalue()
    assert password in output.getvalue()
    assert (tmp_path / "var" / "demo-password.txt").stat().st_mode & 0o777 == 0o600
    admin = authenticate(username="admin", password=password)
    assert admin is not None and admin.is_superuser
    groups = {
        user.username: [group.name for group in user.groups.all()]
        for user in get_user_model().objects.exclude(username="admin")
    }
    assert groups == {
        "comms": ["Communications officers"],
        "colead": ["Co-production leads"],
        "involvement": ["Involvement team"],
        "translator": ["Translators: Urdu"],
        "cochair": ["Forum co-chairs"],
    }
    assert authenticate(username="colead", password=password) is not None
