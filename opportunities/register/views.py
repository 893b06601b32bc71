"""The public side of the involvement register. Every page reached by a private link is
never cached and says plainly what went wrong with a link that does not work."""

import csv
import io
import json
import uuid

from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from forums.project_views import handle_register_follow, register_follows
from home.ratelimit import over_limit

from ..forms import recaptcha_enabled
from ..models import EqualityMonitoring, Person
from .forms import ContactForm, EqualityForm, JoinForm, NewLinkForm, PreferencesForm
from .tasks import send_register_email
from .tokens import LinkExpired, LinkInvalid, read_token

# Generous for a person (a family joining one by one), tight for a robot.
JOINS_PER_ADDRESS = 8
LINK_REQUESTS_PER_ADDRESS = 5
RATE_WINDOW_SECONDS = 60 * 60
TOO_MANY = gettext_lazy(
    "You have sent a lot of forms in a short time. Please wait an hour and try again, or phone us."
)


def _render(request, page, template, context=None, status=200):
    return TemplateResponse(
        request,
        f"opportunities/register/{template}",
        # Only the join page shows the editors' words; the rest is interface text.
        {"page": page, "self": page, "interface_only": template != "join.html", **(context or {})},
        status=status,
    )


def _person_from_link(request, page, token, purpose):
    """(person, None), or (None, a response explaining why the link does not work)."""
    try:
        public_id = read_token(token, purpose)
    except LinkExpired:
        return None, _render(request, page, "link_problem.html", {"problem": "expired"}, 410)
    except LinkInvalid:
        return None, _render(request, page, "link_problem.html", {"problem": "invalid"}, 404)
    person = Person.objects.filter(public_id=public_id).first()
    if person is None:
        return None, _render(request, page, "link_problem.html", {"problem": "gone"}, 410)
    return person, None


# Joining


@never_cache
def join(request, page):
    use_recaptcha = recaptcha_enabled(request)
    if request.method == "POST":
        form = JoinForm(request.POST, use_recaptcha=use_recaptcha)
        if form.is_spam:
            return redirect(page.url + "done/")
        if over_limit(request, "register-join", JOINS_PER_ADDRESS, RATE_WINDOW_SECONDS):
            form.is_valid()
            form.add_error(None, TOO_MANY)
            return _render(request, page, "join.html", {"form": form}, status=429)
        if form.is_valid():
            person = Person.objects.join(form, language=request.LANGUAGE_CODE)
            return redirect(page.link_url("more", person, "details"))
    else:
        form = JoinForm(initial={"submission_key": uuid.uuid4()}, use_recaptcha=use_recaptcha)
    return _render(request, page, "join.html", {"form": form})


@never_cache
def more_about_you(request, page, token):
    """The optional second step, straight after the first."""
    person, problem = _person_from_link(request, page, token, "details")
    if problem:
        return problem
    if request.method == "POST":
        form = PreferencesForm(request.POST, instance=person)
        if form.is_valid():
            form.save()
            return redirect(page.link_url("equality", person, "details"))
    else:
        form = PreferencesForm(instance=person, initial={"language": request.LANGUAGE_CODE})
    return _render(
        request,
        page,
        "preferences.html",
        {
            "form": form,
            "person": person,
            "step": 2,
            "skip_url": page.link_url("equality", person, "details"),
        },
    )


@never_cache
def equality_after_joining(request, page, token):
    person, problem = _person_from_link(request, page, token, "details")
    if problem:
        return problem
    return _equality(request, page, person, next_url=page.url + "done/", step=3)


@never_cache
def done(request, page):
    return _render(request, page, "done.html")


@never_cache
def confirm(request, page, token):
    """The link in the first email. A button, not the link itself, confirms: email
    scanners open links, and they must not join anyone up."""
    person, problem = _person_from_link(request, page, token, "confirm")
    if problem:
        return problem
    if person.is_registered:
        return _render(
            request,
            page,
            "confirmed.html",
            {"person": person, "already": True, **_links(page, person)},
        )
    if request.method == "POST":
        person = person.confirm()
        return _render(request, page, "confirmed.html", {"person": person, **_links(page, person)})
    return _render(request, page, "confirm.html", {"person": person})


@never_cache
def new_link(request, page):
    """A fresh private link by email. Says the same whether or not the address is known,
    so nobody can use it to find out who is on the register."""
    if request.method == "POST":
        form = NewLinkForm(request.POST)
        if over_limit(request, "register-link", LINK_REQUESTS_PER_ADDRESS, RATE_WINDOW_SECONDS):
            form.is_valid()
            form.add_error(None, TOO_MANY)
            return _render(request, page, "new_link.html", {"form": form}, status=429)
        if form.is_valid():
            email = form.cleaned_data["email"].strip().lower()
            person = Person.objects.registered().filter(email=email).first()
            kind = "manage_link"
            if person is None:
                person = Person.objects.filter(email=email).order_by("-created_at").first()
                kind = "confirm_email"
            if person:
                send_register_email.enqueue(person.pk, kind)
            return _render(request, page, "new_link_sent.html")
    else:
        form = NewLinkForm()
    return _render(request, page, "new_link.html", {"form": form})


# The self-service page


def _links(page, person):
    token_url = page.link_url("you", person, "manage")
    return {
        "manage_url": token_url,
        "change_url": token_url + "change/",
        "equality_url": token_url + "equality/",
        "json_url": token_url + "download/json/",
        "csv_url": token_url + "download/csv/",
        "leave_url": token_url + "leave/",
    }


@never_cache
def manage(request, page, token):
    person, problem = _person_from_link(request, page, token, "manage")
    if problem:
        return problem
    message = _("Your changes are saved.") if request.GET.get("changed") else None
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "pause":
            person.contact_paused = True
            person.save(update_fields=["contact_paused"])
            message = _("We have paused contact. We will not send you news until you restart it.")
        elif action == "restart":
            person.contact_paused = False
            person.save(update_fields=["contact_paused"])
            message = _("Contact has restarted. We will send you news of ways to get involved.")
        elif action == "stay" and person.is_registered:
            person.renew_consent()
            message = _("Thank you. You will stay on the register for another year.")
        else:
            message = handle_register_follow(person, action, request.POST.get("project"))
    followed, can_follow = register_follows(person)
    return _render(
        request,
        page,
        "manage.html",
        {
            "person": person,
            "held_data": person.held_data(),
            "message": message,
            "followed_projects": followed,
            "projects_to_follow": can_follow,
            **_links(page, person),
        },
    )


@never_cache
def change_details(request, page, token):
    person, problem = _person_from_link(request, page, token, "manage")
    if problem:
        return problem
    links = _links(page, person)
    if request.method == "POST":
        contact_form = ContactForm(request.POST, instance=person, prefix="contact")
        form = PreferencesForm(request.POST, instance=person)
        if contact_form.is_valid() and form.is_valid():
            contact_form.save()
            form.save()
            return redirect(links["manage_url"] + "?changed=1")
    else:
        contact_form = ContactForm(instance=person, prefix="contact")
        form = PreferencesForm(instance=person)
    return _render(
        request,
        page,
        "preferences.html",
        {"form": form, "contact_form": contact_form, "person": person, **links},
    )


@never_cache
def change_equality(request, page, token):
    person, problem = _person_from_link(request, page, token, "manage")
    if problem:
        return problem
    return _equality(request, page, person, next_url=_links(page, person)["manage_url"])


def _equality(request, page, person, next_url, step=None):
    existing = EqualityMonitoring.objects.filter(person=person).first()
    if request.method == "POST":
        form = EqualityForm(request.POST, instance=existing)
        if form.is_valid():
            if form.has_answers:
                answers = form.save(commit=False)
                answers.person = person
                answers.save()
            elif existing:
                # Every answer taken back: nothing is kept.
                existing.delete()
            return redirect(next_url)
    else:
        form = EqualityForm(instance=existing)
    return _render(
        request,
        page,
        "equality.html",
        {"form": form, "person": person, "step": step, "skip_url": next_url},
    )


@never_cache
def download(request, page, token, file_format):
    person, problem = _person_from_link(request, page, token, "manage")
    if problem:
        return problem
    data = person.held_data()
    if file_format == "json":
        body = json.dumps(
            {title: dict(rows) for title, rows in data}, ensure_ascii=False, indent=2
        )
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
    elif file_format == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow([_("Section"), _("Item"), _("Value")])
        for title, rows in data:
            for label, value in rows:
                writer.writerow([title, label, value])
        response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    else:
        return _render(request, page, "link_problem.html", {"problem": "invalid"}, 404)
    response["Content-Disposition"] = (
        f'attachment; filename="involvement-register-your-data.{file_format}"'
    )
    return response


@never_cache
def leave(request, page, token):
    """Leaving erases everything at once. The question comes first, with what it means."""
    person, problem = _person_from_link(request, page, token, "manage")
    if problem:
        return problem
    if request.method == "POST":
        person.erase()
        return _render(request, page, "left.html")
    return _render(request, page, "leave.html", {"person": person, **_links(page, person)})
