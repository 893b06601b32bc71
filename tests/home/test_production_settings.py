"""`make serve` settings: environment only, refusing to start without a real secret."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD_ENV = {
    "SECRET_KEY": "k3P9x-vQ2mZ7wR4tY8uI1oA6sD5fG0hJ3kL9zX2cV7bN4mQ8wE1rT6yU0iO5pA2s",
    "ALLOWED_HOSTS": "involve.example.org",
    "RECAPTCHA_PUBLIC_KEY": "public-key-from-google",
    "RECAPTCHA_PRIVATE_KEY": "private-key-from-google",
}


def manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in GOOD_ENV and key != "DJANGO_SETTINGS_MODULE"
    }
    environment.update(env, DJANGO_SETTINGS_MODULE="settings.production")
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    "secret, reason",
    [
        (None, "SECRET_KEY is not set"),
        ("", "SECRET_KEY is not set"),
        ("django-insecure-involve-development-only", "SECRET_KEY is a default value"),
        ("changeme", "SECRET_KEY is a default value"),
        ("short-but-random-Xy7", "SECRET_KEY is too short"),
    ],
)
def test_refuses_to_start_without_a_real_secret_and_says_why_in_one_line(secret, reason):
    env = {key: value for key, value in GOOD_ENV.items() if key != "SECRET_KEY"}
    if secret is not None:
        env["SECRET_KEY"] = secret

    result = manage("check", **env)

    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0
    assert reason in result.stderr


def test_refuses_to_start_without_allowed_hosts():
    env = {key: value for key, value in GOOD_ENV.items() if key != "ALLOWED_HOSTS"}
    result = manage("check", **env)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_deploy_check_prints_no_warning_when_configured():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **GOOD_ENV)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_deploy_check_warns_when_recaptcha_keys_are_missing():
    env = {key: value for key, value in GOOD_ENV.items() if not key.startswith("RECAPTCHA")}
    result = manage("check", "--deploy", **env)
    assert "involve.W001" in result.stderr + result.stdout


def test_redis_url_gives_a_shared_redis_cache():
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])",
        REDIS_URL="redis://127.0.0.1:6379/1",
        **GOOD_ENV,
    )
    # Django's Redis cache, forgiving Redis being down (home/live_site.py).
    assert result.stdout.strip() == "home.live_site.ForgivingRedisCache"


def test_without_redis_the_cache_is_shared_through_the_database():
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])",
        **GOOD_ENV,
    )
    assert result.stdout.strip() == "django.core.cache.backends.db.DatabaseCache"


def test_collectstatic_hashes_files_and_rewrites_the_module_import(tmp_path):
    result = manage(
        "collectstatic", "--noinput", "--verbosity", "0", STATIC_ROOT=str(tmp_path), **GOOD_ENV
    )
    assert result.returncode == 0, result.stderr
    [script] = [p for p in (tmp_path / "js").glob("involve.*.js") if p.suffix == ".js"]
    assert "nhsuk-frontend-10.4.2.min." in script.read_text()
    assert '.min.js";' not in script.read_text()


def test_production_queues_tasks_in_the_database_for_the_worker():
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; print(settings.TASKS['default']['BACKEND'])",
        **GOOD_ENV,
    )
    assert result.stdout.strip() == "django_tasks_db.DatabaseBackend"


@pytest.mark.parametrize("command", ["load_demo_content", "ensure_demo_accounts"])
def test_the_demo_commands_refuse_production_settings_unless_told(command, tmp_path):
    result = manage(command, **GOOD_ENV, DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    assert result.returncode != 0
    assert "these are production settings. Add --in-production" in result.stderr
    assert "Log in as" not in result.stdout and "Demo content: added" not in result.stdout


def test_deploy_check_refuses_a_site_address_on_localhost():
    result = manage("check", "--deploy", **GOOD_ENV, SITE_URL="http://localhost")
    assert result.returncode != 0
    assert "involve.E001" in result.stderr and "every link in an email" in result.stderr


STORAGE_NAME = (
    "from django.core.files.storage import storages; print(type(storages['default']).__name__)"
)


def test_a_bucket_puts_uploads_in_s3_compatible_storage_and_lets_pages_show_them():
    script = (
        "from django.conf import settings; from django.core.files.storage import storages;"
        "print(type(storages['default']).__name__, storages['default'].bucket_name,"
        " settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'][-1])"
    )
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        script,
        AWS_STORAGE_BUCKET_NAME="involve-media",
        AWS_S3_CUSTOM_DOMAIN="media.involve.example.org",
        **GOOD_ENV,
    )
    assert result.stdout.split() == [
        "S3Storage",
        "involve-media",
        "https://media.involve.example.org",
    ]
    without = manage(
        "shell",
        "--no-imports",
        "-c",
        STORAGE_NAME,
        **GOOD_ENV,
    )
    assert without.stdout.strip() == "FileSystemStorage"  # the proxy serves /media/ (README)


def test_sentry_starts_only_with_a_dsn_and_sends_nothing_personal():
    script = (
        "import sentry_sdk; client = sentry_sdk.get_client();"
        "print(client.is_active(), client.options['send_default_pii'],"
        " client.options['max_request_body_size'])"
    )
    with_dsn = manage(
        "shell",
        "--no-imports",
        "-c",
        script,
        SENTRY_DSN="https://public@sentry.example.org/1",
        **GOOD_ENV,
    )
    assert with_dsn.stdout.split() == ["True", "False", "never"]
    without = manage("shell", "--no-imports", "-c", script, **GOOD_ENV)
    assert without.stdout.split()[0] == "False"


def test_texts_are_on_with_a_notify_key_and_its_template_and_refused_with_half():
    key = "involve-11111111-1111-1111-1111-111111111111-22222222-2222-2222-2222-222222222222"
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        "from home.texts import texts_enabled; print(texts_enabled())",
        NOTIFY_API_KEY=key,
        NOTIFY_SMS_TEMPLATE_ID="33333333-3333-3333-3333-333333333333",
        **GOOD_ENV,
    )
    assert result.stdout.strip() == "True"

    half = manage("check", NOTIFY_API_KEY=key, **GOOD_ENV)
    assert half.returncode != 0
    assert "NOTIFY_API_KEY and NOTIFY_SMS_TEMPLATE_ID go together" in half.stderr
