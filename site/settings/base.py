"""Settings shared by every environment.

This folder (`site/`) sits on the import path itself, so these modules import as
`settings.base`, `urls` and `wsgi`. It is not a package called `site`: that name belongs to
Python's standard library and a package of ours would shadow it.
"""

import datetime
import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent

INSTALLED_APPS = [
    # First, so that a test restoring the database (serialized rollback) puts the content
    # types back before the rows whose __init__ looks theirs up (Wagtail's tasks, pages).
    "django.contrib.contenttypes",
    "home",
    "opportunities",
    "forums",
    "glossary",
    # wagtail-localize must come before Wagtail's own apps so its templates win.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    # Only the blocks and static files of wagtail-nhsuk-frontend: its `settings` sub-app is
    # not translatable, and it declares no default_auto_field, so with ours `makemigrations`
    # would try to write a migration into the installed package.
    "wagtailnhsukfrontend",
    "modelcluster",
    "taggit",
    "django_recaptcha",
    "django_tasks_db",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Form widgets' templates through TEMPLATES, so templates/wagtailadmin/widgets/ can
    # replace Wagtail's inline scripts (which the admin's Content-Security-Policy refuses).
    "django.forms",
]
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before whitenoise, so static files and redirects get these headers too.
    "home.security_headers.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Serves static files with far-future cache headers from one process.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Then anonymous visitors' pages from the shared cache (home/page_cache/), before any
    # middleware that reads the session or the database.
    "home.page_cache.middleware.PageCacheMiddleware",
    # Which Wagtail site a request is for, remembered (home/known_sites.py).
    "home.known_sites.KnownSitesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Django's CSRF tokens in the admin; the public site checks where a form came from
    # instead, so its pages hold no token and can be cached (home/cross_origin.py).
    "home.cross_origin.CrossOriginProtectionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "home.staff_access.middleware.StaffIdleTimeoutMiddleware",
    "home.staff_access.second_factor.SecondStepMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it answers a locked-out sign-in.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "urls"
WSGI_APPLICATION = "wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.cookie_consent",
            ],
            # Dates, times, numbers and money in the reader's language, in every template.
            "builtins": ["home.templatetags.formatting_tags"],
        },
    },
]

# SQLite needs nothing installed, so a first run just works; DATABASE_URL switches to
# PostgreSQL (production, and the second half of CI).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Staff sign-in: django-axes counts failed passwords for one account from one address, and
# after 5 refuses that pair for 15 minutes. Counting the pair (not the account alone) means
# nobody can lock a colleague out from elsewhere; the involvement team's "Sign-in lockouts"
# screen unlocks early. The client's address is the one behind the trusted proxies.
AUTHENTICATION_BACKENDS = [
    "home.staff_access.backends.SignInLockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "home.client_address.client_address"
AXES_LOCKOUT_CALLABLE = "home.staff_access.lockout.locked_out"
AXES_ENABLE_ADMIN = False
# A staff session ends after 30 minutes without a request, and after 12 hours in any case
# (Wagtail's "Remember me" keeps it across closing the browser, for that long at most).
STAFF_IDLE_MINUTES = 30
# Two-step sign-in (home/staff_access/second_factor.py): "required" of administrators and
# everyone who sees personal data (production), or "offered" to all (development, tests).
STAFF_SECOND_STEP = "offered"
OTP_TOTP_ISSUER = "Involve"
SESSION_COOKIE_AGE = 12 * 60 * 60
AXES_VERBOSE = False

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    # NCSC: length is what makes a password strong; 12 characters at least for staff.
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. English (United Kingdom) first and default; then some of the languages most
# spoken in England after English (ONS Census 2021). Names are each language's own name,
# because that is what a reader looks for in a language switcher.
LANGUAGE_CODE = "en-gb"
LANGUAGES = [
    ("en-gb", "English"),
    ("pl", "Polski"),
    ("ro", "Română"),
    ("pa", "ਪੰਜਾਬੀ"),
    ("ur", "اردو"),
    ("pt", "Português"),
    ("ar", "العربية"),
    ("bn", "বাংলা"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"
# Receipts sent with expense claims (opportunities/payments/receipts.py): personal data, so
# never under MEDIA_ROOT, which the proxy serves to anyone; only an audited admin view reads
# them.
PRIVATE_MEDIA_ROOT = BASE_DIR / "private"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "home.storage.StaticFilesStorage"},
}

# Django's default of 1000 fields a request: the largest form measured, a demo page in
# Wagtail's editor, posts 184 (its StreamFields are one field each), the public forms 30 at
# most. A robot's 9,000 extra fields are refused before any view runs.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000

WAGTAIL_SITE_NAME = "Involve"
# Staff browsers ask nobody outside the trust whether Wagtail has a new release (and the
# admin's Content-Security-Policy would refuse it anyway).
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Where the site is, for every absolute link (home/site_address.py): `make run` sets it from
# its port, production from the environment.
SITE_URL = "http://127.0.0.1:8000"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILSEARCH_BACKENDS = {
    # Uses PostgreSQL full-text search on PostgreSQL and SQLite's FTS5 on SQLite.
    "default": {"BACKEND": "wagtail.search.backends.database"}
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
# A translation approved by a second translator goes live although translators may not
# publish: see home/translating/finish.py.
WAGTAIL_FINISH_WORKFLOW_ACTION = "home.translating.finish.publish_when_approved"


def machine_translator(environ):
    """wagtail-localize's machine translator for translators' drafts, from the environment:
    DeepL with DEEPL_API_KEY, else a (self-hosted) LibreTranslate at LIBRETRANSLATE_URL
    (with LIBRETRANSLATE_API_KEY if it asks for one), else none: then the translation editor
    offers no machine draft and no text leaves the server. A person checks every machine
    drafted passage before it is published (home/translating/review.py)."""
    if environ.get("DEEPL_API_KEY"):
        return {
            "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": environ["DEEPL_API_KEY"]},
        }
    if environ.get("LIBRETRANSLATE_URL"):
        return {
            "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
            "OPTIONS": {
                "LIBRETRANSLATE_URL": environ["LIBRETRANSLATE_URL"].rstrip("/"),
                "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", ""),
            },
        }
    return None


WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator(os.environ)

# Background work (emails). Here tasks run at once, after the request's transaction commits;
# production queues them in the database for `manage.py db_worker` (started by `make serve`),
# so a slow or failing mail server never holds up a page.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# How long an anonymous visitor's page is kept whole (home/page_cache/): off here, where one
# process's memory is the cache, and in the tests that do not ask for it; production's
# PAGE_CACHE_SECONDS. PAGE_CACHE_SHARED_SECONDS lets a CDN in front keep them as well.
PAGE_CACHE_SECONDS = 0
PAGE_CACHE_SHARED_SECONDS = 0
# How long each process remembers which Wagtail site answers a host (home/known_sites.py).
KNOWN_SITES_SECONDS = 60

# How many proxies (load balancer, nginx) stand in front of the site and append the address
# they were reached from to X-Forwarded-For (home/client_address.py). None in development:
# the header is ignored, as anybody can send it.
TRUSTED_PROXY_COUNT = 0

# Which settings these are: the demo commands refuse to run under "production".
INVOLVE_ENVIRONMENT = "development"

# Security headers (home/security_headers.py). No page has an inline script or style, so the
# policy allows only the site's own files; reCAPTCHA's hosts are added when it is on.
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        # NHS.UK frontend's stylesheet loads the Frutiger fonts from the NHS's own server.
        "font-src": ["'self'", "https://assets.nhs.uk"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Nothing on the site uses these; a page (or something injected into one) cannot ask for them.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}

# The cookie-consent answer: strictly necessary, so set without asking.
COOKIE_CONSENT_NAME = "involve_cookie_consent"
COOKIE_CONSENT_MAX_AGE = 365 * 24 * 60 * 60

# reCAPTCHA is on only when both keys are given; until then forms rely on a honeypot and
# rate limits, and a system check warns under production settings.
RECAPTCHA_PUBLIC_KEY = ""
RECAPTCHA_PRIVATE_KEY = ""
SILENCED_SYSTEM_CHECKS = [
    "django_recaptcha.recaptcha_test_key_error",
    # Django's check looks for CsrfViewMiddleware by name; ours extends it
    # (home/cross_origin.py) and keeps its token check for the admin.
    "security.W003",
]

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Where safeguarding alerts go when Settings > Ideas names no address (then ADMINS).
SAFEGUARDING_EMAIL = ""
DEFAULT_FROM_EMAIL = "Involve <involve@localhost>"
# Text messages through GOV.UK Notify (home/texts.py): off unless production's environment
# gives a key and the one template (content `((body))`) every text is sent with.
NOTIFY_API_KEY = ""
NOTIFY_SMS_TEMPLATE_ID = ""
NOTIFY_SMS_SENDER_ID = ""

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Private links' tokens never reach a log (home/access_log.py).
    "filters": {"private_links": {"()": "home.access_log.RedactPrivateLinks"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["private_links"]}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
