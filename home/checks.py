"""System checks for the deployment (`manage.py check --deploy`). Imports only Django."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


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
