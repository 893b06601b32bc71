"""WSGI entry point for gunicorn: `gunicorn --chdir site wsgi:application`."""

import os
import sys
from pathlib import Path

# The apps (home, opportunities, ...) live one folder up from this file.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from django.core.wsgi import get_wsgi_application  # noqa: E402

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.production")
application = get_wsgi_application()
