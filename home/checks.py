"""System checks for the deployment (`manage.py check --deploy`). Imports Django and
home.site_address (no models)."""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

from .site_address import LOCAL_HOSTS, host_and_port


@register(Tags.security, deploy=True)
def recaptcha_keys_check(app_configs, **kwargs):
    """Public forms lean on reCAPTCHA in production; without keys they fall back to the
    honeypot and rate limits alone, which is allowed but worth a warning."""
    if settings.RECAPTCHA_PUBLIC_KEY and settings.RECAPTCHA_PRIVATE_KEY:
        return []
    return [
        Warning(
            "reCAPTCHA keys are not set, so public forms rely on the honeypot and rate "
            "limits alone.",
            hint="Set RECAPTCHA_PUBLIC_KEY and RECAPTCHA_PRIVATE_KEY in the environment.",
            id="involve.W001",
        )
    ]


@register(Tags.security, deploy=True)
def site_address_check(app_configs, **kwargs):
    """Every link the site writes (emails, calendar files) is built on SITE_URL: on a live
    site, localhost leads nowhere."""
    try:
        hostname, _port = host_and_port(settings.SITE_URL)
    except ValueError as error:
        return [Error(str(error), id="involve.E002")]
    if hostname in LOCAL_HOSTS:
        return [
            Error(
                f"SITE_URL is {settings.SITE_URL}: every link in an email would lead nowhere.",
                hint="Set SITE_URL to the site's public address, e.g. https://involve.example.nhs.uk",
                id="involve.E001",
            )
        ]
    return []
