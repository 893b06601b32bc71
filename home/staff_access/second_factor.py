"""Two-step sign-in for staff (django-otp): a code from an authenticator app (TOTP) after
the password, with ten single-use recovery codes for a lost phone.

Who must: administrators and everyone who can see personal data (`must_use_second_step`),
whenever `STAFF_SECOND_STEP` is "required" (production); everyone else may turn it on from
their account menu, and once they have, it is asked of them too. In development it is
offered to all and required of none, so `make run`'s demo accounts sign in with a password.

`SecondStepMiddleware` holds a signed-in member of staff at the second step until they pass
it: the admin shows them only the second step's pages and sign-out.
"""

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODES = 10
# Anyone holding one of these sees people's names and ways to reach them.
PERSONAL_DATA_PERMISSIONS = [
    "opportunities.view_person",
    "opportunities.view_registration",
    "opportunities.host_opportunities",
    "forums.moderate_suggestion",
    "home.view_formatrequest",
]


def must_use_second_step(user):
    if settings.STAFF_SECOND_STEP != "required":
        return False
    return user.is_superuser or any(user.has_perm(name) for name in PERSONAL_DATA_PERMISSIONS)


def authenticator_for(user):
    """The user's authenticator app device: their confirmed one, else a new unconfirmed one
    to set up (the same one until confirmed, so the QR code does not change on reload)."""
    device = TOTPDevice.objects.filter(user=user).order_by("-confirmed", "pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)
    return device


def new_recovery_codes(user):
    """Ten fresh single-use codes (any earlier ones stop working). Shown once."""
    device, _created = StaticDevice.objects.get_or_create(user=user, name="Recovery codes")
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


class SecondStepMiddleware:
    """After `django_otp.middleware.OTPMiddleware`: a signed-in user who has a second step
    (or must) and has not passed it this session reaches only the second step's pages."""

    ALWAYS_OPEN = (
        "staff_access_second_step",
        "staff_access_set_up_second_step",
        "wagtailadmin_logout",
        # The admin's own script catalogue, which the second step's pages load too.
        "wagtailadmin_javascript_catalog",
    )

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not user.is_verified()
            and request.path.startswith(reverse("wagtailadmin_home"))
            and not self._is_open(request)
        ):
            query = urlencode({"next": request.get_full_path()})
            if user_has_device(user):
                return redirect(f"{reverse('staff_access_second_step')}?{query}")
            if must_use_second_step(user):
                return redirect(f"{reverse('staff_access_set_up_second_step')}?{query}")
        return self.get_response(request)

    def _is_open(self, request):
        return any(request.path == reverse(name) for name in self.ALWAYS_OPEN) or (
            request.path.startswith(reverse("wagtailadmin_login"))
        )
