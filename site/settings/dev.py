"""Settings for `make run` on a developer's machine. Never used in production."""

from .base import *  # noqa: F403

DEBUG = True
# Only for this machine; production refuses to start with this value.
SECRET_KEY = "django-insecure-involve-development-only"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
