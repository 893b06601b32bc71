"""Production settings, read only from the environment.

Required: SECRET_KEY, ALLOWED_HOSTS. Optional: SITE_URL (else https:// and the first
allowed host), DATABASE_URL (else SQLite), REDIS_URL (else the database cache),
CSRF_TRUSTED_ORIGINS, WAGTAILADMIN_BASE_URL, PAGE_CACHE_SECONDS, FRONTEND_CACHE (and what
it needs), PAGE_CACHE_SHARED_SECONDS, EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER,
EMAIL_HOST_PASSWORD, EMAIL_USE_TLS, DEFAULT_FROM_EMAIL, RECAPTCHA_PUBLIC_KEY,
RECAPTCHA_PRIVATE_KEY, SECURE_SSL_REDIRECT, STATIC_ROOT, TRUSTED_PROXY_COUNT, ADMINS,
SAFEGUARDING_EMAIL, NOTIFY_API_KEY with NOTIFY_SMS_TEMPLATE_ID (and NOTIFY_SMS_SENDER_ID),
SENTRY_DSN, and the AWS_* of S3-compatible media storage (README). A missing or
default secret stops the process with one line saying why, instead of running with a key an
attacker could know.
"""

import os
import sys

from .base import *  # noqa: F403


def _refuse_to_start(reason):
    sys.exit(f"Involve refuses to start: {reason}")


def _env_list(name):
    return [item.strip() for item in os.environ.get(name, "").split(",") if item.strip()]


DEBUG = False
INVOLVE_ENVIRONMENT = "production"
# Administrators and everyone who sees personal data sign in with a second step.
STAFF_SECOND_STEP = os.environ.get("STAFF_SECOND_STEP", "required")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    _refuse_to_start("SECRET_KEY is not set; give it a long random value in the environment.")
if SECRET_KEY.startswith("django-insecure") or SECRET_KEY in {"changeme", "change-me", "secret"}:
    _refuse_to_start("SECRET_KEY is a default value; give it a long random value of your own.")
if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:
    _refuse_to_start("SECRET_KEY is too short or too simple; use at least 50 random characters.")

ALLOWED_HOSTS = _env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    _refuse_to_start("ALLOWED_HOSTS is not set; list the site's host names, comma-separated.")
CSRF_TRUSTED_ORIGINS = _env_list("CSRF_TRUSTED_ORIGINS")
# The site's own address, for every absolute link it writes (`make serve` puts it on the
# default Site); the admin's emails link to the same place unless told otherwise.
SITE_URL = os.environ.get("SITE_URL", f"https://{ALLOWED_HOSTS[0]}")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", SITE_URL)

# Several gunicorn workers (and later several servers) must share one cache.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            # Django's Redis cache, missing instead of failing while Redis is down.
            "BACKEND": "home.live_site.ForgivingRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "involve_cache",
        }
    }

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def _env_seconds(name, default):
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        _refuse_to_start(f"{name} must be a whole number of seconds.")


# Anonymous visitors' pages kept whole for this long (home/page_cache/); 0 turns it off.
# Publishing purges them at once, so this only bounds what no purge covers (a closing date
# passing). With Redis they are shared by every worker and server; with the database cache
# a copy costs two queries instead of a page's dozen.
PAGE_CACHE_SECONDS = _env_seconds("PAGE_CACHE_SECONDS", 300)

# A CDN or Varnish in front (README): Wagtail's frontend cache purges a page's addresses in
# every language when it is published. FRONTEND_CACHE is "cloudflare" (CLOUDFLARE_API_TOKEN,
# CLOUDFLARE_ZONE_ID), "cloudfront" (CLOUDFRONT_DISTRIBUTION_ID, with the AWS credentials
# boto3 finds) or "http" for Varnish or Squid (FRONTEND_CACHE_URL, sent a PURGE request).
# Pages then say the CDN may keep them for PAGE_CACHE_SHARED_SECONDS (default 60): it cannot
# be told of a vote or a registration, so that bounds how old a count it shows can be.
_frontend_caches = {
    "cloudflare": lambda: {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_API_TOKEN"],
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
    },
    "cloudfront": lambda: {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    },
    "http": lambda: {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_URL"],
    },
}
FRONTEND_CACHE = os.environ.get("FRONTEND_CACHE", "").strip().lower()
if FRONTEND_CACHE:
    if FRONTEND_CACHE not in _frontend_caches:
        _refuse_to_start(f"FRONTEND_CACHE={FRONTEND_CACHE!r}: say cloudflare, cloudfront or http.")
    try:
        WAGTAILFRONTENDCACHE = {"default": _frontend_caches[FRONTEND_CACHE]()}
    except KeyError as missing:
        _refuse_to_start(f"FRONTEND_CACHE={FRONTEND_CACHE} needs {missing.args[0]} as well.")
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]  # noqa: F405
    # Every language's address of a page is purged, not only the default's.
    WAGTAILFRONTENDCACHE_LANGUAGES = [code for code, _name in LANGUAGES]  # noqa: F405
    PAGE_CACHE_SHARED_SECONDS = _env_seconds("PAGE_CACHE_SHARED_SECONDS", 60)

if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true").lower() == "true"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", DEFAULT_FROM_EMAIL)  # noqa: F405
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Who hears of server errors, and of a safeguarding alert when no safeguarding address is
# set (Settings > Ideas) and SAFEGUARDING_EMAIL is empty: comma-separated addresses.
ADMINS = [("Involve", address) for address in _env_list("ADMINS")]
SAFEGUARDING_EMAIL = os.environ.get("SAFEGUARDING_EMAIL", "")

# Text messages through GOV.UK Notify (home/texts.py, README): both or neither.
NOTIFY_API_KEY = os.environ.get("NOTIFY_API_KEY", "")
NOTIFY_SMS_TEMPLATE_ID = os.environ.get("NOTIFY_SMS_TEMPLATE_ID", "")
NOTIFY_SMS_SENDER_ID = os.environ.get("NOTIFY_SMS_SENDER_ID", "")
if bool(NOTIFY_API_KEY) != bool(NOTIFY_SMS_TEMPLATE_ID):
    _refuse_to_start(
        "NOTIFY_API_KEY and NOTIFY_SMS_TEMPLATE_ID go together: give both or neither."
    )

# The proxies in front of the site that append to X-Forwarded-For (README): the client's
# address, for rate limits and the log-in lockout, is the one the outermost of them wrote.
try:
    TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
except ValueError:
    _refuse_to_start("TRUSTED_PROXY_COUNT must be a whole number: the proxies in front.")

RECAPTCHA_PUBLIC_KEY = os.environ.get("RECAPTCHA_PUBLIC_KEY", "")
RECAPTCHA_PRIVATE_KEY = os.environ.get("RECAPTCHA_PRIVATE_KEY", "")

# HTTPS everywhere. The site normally sits behind a proxy or load balancer that ends TLS and
# sets X-Forwarded-Proto; SECURE_SSL_REDIRECT=false suits a proxy that redirects by itself.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
# A load balancer checks /healthz/ over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

# Where `collectstatic` puts the hashed, compressed files whitenoise serves.
STATIC_ROOT = os.environ.get("STATIC_ROOT", str(BASE_DIR / "staticfiles"))  # noqa: F405

LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "INFO")  # noqa: F405

# Errors to Sentry, with nothing personal in them (home/error_reporting.py).
if os.environ.get("SENTRY_DSN"):
    from home import error_reporting

    error_reporting.start(
        os.environ["SENTRY_DSN"],
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        release=os.environ.get("SENTRY_RELEASE", ""),
    )

# Images and documents editors upload: whitenoise serves only static files. With a bucket
# named, they go to S3-compatible storage (django-storages) and are served from there;
# otherwise they are written to MEDIA_ROOT and the proxy in front serves /media/ (README).
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(MEDIA_ROOT))  # noqa: F405
# Expense claims' receipts: a folder no web server serves, on a disk of this machine.
PRIVATE_MEDIA_ROOT = os.environ.get("PRIVATE_MEDIA_ROOT", str(PRIVATE_MEDIA_ROOT))  # noqa: F405
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {  # noqa: F405
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            # Uploads are public (published images) but never overwrite one another.
            "file_overwrite": False,
            "querystring_auth": False,
            "default_acl": None,
        },
    }
    # Pages show those images: the Content-Security-Policy allows where they are served from.
    _media_origin = (
        f"https://{os.environ['AWS_S3_CUSTOM_DOMAIN']}"
        if os.environ.get("AWS_S3_CUSTOM_DOMAIN")
        else os.environ.get("AWS_S3_ENDPOINT_URL")
        or f"https://{os.environ['AWS_STORAGE_BUCKET_NAME']}.s3.amazonaws.com"
    )
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(_media_origin.rstrip("/"))  # noqa: F405
