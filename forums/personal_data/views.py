"""The involvement team's "Erase an email address": someone asks (by phone, by letter) for
their address to be forgotten, and it is, in every forum list at once. Written to the audit
log as done, by whom and how many rows, never with the address."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from home.text_limits import TOO_LONG

from .services import erase_address

# The register's own permission: the involvement team answers requests about personal data.
PERMISSION = "opportunities.delete_person"
ERASED_ACTION = "forums.erase_address"


class EraseAddressForm(forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("Email address"),
        max_length=254,
        error_messages={
            "required": gettext_lazy("Enter the email address to erase"),
            "invalid": gettext_lazy("Enter an email address like name@example.com"),
            "max_length": TOO_LONG,
        },
    )


def erase_address_view(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    form = EraseAddressForm(request.POST or None)
    erased = None
    if request.method == "POST" and form.is_valid():
        erased = erase_address(form.cleaned_data["email"])
        # On the member of staff's own account: the entry says what was done, not to whom.
        log(
            instance=get_user_model().objects.get(pk=request.user.pk),
            action=ERASED_ACTION,
            user=request.user,
            data={"rows": sum(erased.values())},
        )
        form = EraseAddressForm()
    return TemplateResponse(
        request,
        "forums/personal_data/erase_address.html",
        {
            "form": form,
            "erased": erased,
            "page_title": _("Erase an email address"),
            "header_icon": "bin",
        },
    )
