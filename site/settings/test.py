"""Settings for the pytest suite: fast hashing, plain static storage, no network."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "django-insecure-involve-tests-only"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# Whitenoise looks in the finders, so tests and the live browser server need no collectstatic.
WHITENOISE_USE_FINDERS = True
# Never serve a stale copy left in staticfiles/ by a `make serve` on this machine.
STATIC_ROOT = BASE_DIR / "var" / "test-static"  # noqa: F405
WHITENOISE_AUTOREFRESH = True
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Never GOV.UK Notify, whatever this machine's environment holds: the tests that text use a
# fake client (tests/home/fake_notify.py).
NOTIFY_API_KEY = ""
NOTIFY_SMS_TEMPLATE_ID = ""
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
PRIVATE_MEDIA_ROOT = BASE_DIR / "var" / "test-private"  # noqa: F405
# Never an outside translation service, whatever this machine's environment holds; the tests
# that need machine drafts use wagtail-localize's DummyTranslator (reversed words).
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
# A site a test made and rolled back sends no signal, so no process may remember one
# (tests/home/test_known_sites.py turns it on).
KNOWN_SITES_SECONDS = 0

# The browser suite runs in its own pytest process with its own database (its demo content
# is committed, so it must never share a database with the unit tests).
_test_db = os.environ.get("INVOLVE_TEST_DB", "unit")
# Two checkouts testing on one PostgreSQL at once each need their own test database names.
if os.environ.get("INVOLVE_TEST_DB_SUFFIX"):
    _test_db += "_" + os.environ["INVOLVE_TEST_DB_SUFFIX"]
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    # var/ is ignored by git, so a fresh clone does not have it yet.
    (BASE_DIR / "var").mkdir(exist_ok=True)  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "var" / f"test-{_test_db}.sqlite3")}  # noqa: F405
else:
    DATABASES["default"]["TEST"] = {"NAME": f"test_involve_{_test_db}"}  # noqa: F405
