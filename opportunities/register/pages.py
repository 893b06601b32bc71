"""The register page: joining, and every private page of it. Its routes are the controllers:
they read the private link, use the register's forms and services, and render with
`self.render`. Every page of the register is never cached."""

import csv
import io
import json

from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from home.blocks import SHORT_TEXT_FEATURES
from home.exports import CSV_BYTE_ORDER_MARK, escape_spreadsheet_formula
from home.models import InvolvePage
from home.private_links import PROBLEM_STATUS
from home.public_post import handle_public_form, handle_public_post
from home.ratelimit import RateLimit

from . import services
from .equality import EqualityMonitoring
from .forms import ContactForm, EqualityForm, JoinForm, NewLinkForm, PreferencesForm
from .models import Person
from .sections import handle_section_action, private_page_sections
from .tokens import REGISTER_LINKS, make_token

# Generous for a person (a family joining one by one), tight for a robot.
JOINS = RateLimit("register-join", 8)
LINK_REQUESTS = RateLimit("register-link", 5)

never_cached = method_decorator(never_cache)


class RegisterPage(RoutablePageMixin, InvolvePage):
    """Join the involvement register, and every private page of it: the optional questions,
    confirming, and the self-service page where a person sees, changes, downloads or erases
    what we hold. The private routes take a signed link (`register/tokens.py`)."""

    introduction = RichTextField(
        gettext_lazy("introduction"), features=SHORT_TEXT_FEATURES, blank=True
    )
    what_it_means = RichTextField(
        gettext_lazy("what joining means"),
        features=SHORT_TEXT_FEATURES,
        blank=True,
        help_text=gettext_lazy(
            "What people will hear about, how often, and that they can leave at any time."
        ),
    )

    content_panels = InvolvePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("introduction"),
        FieldPanel("what_it_means"),
    ]
    search_fields = InvolvePage.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    page_description = gettext_lazy("Join the involvement register, and manage your place on it.")

    class Meta:
        verbose_name = gettext_lazy("involvement register page")

    def link_url(self, route, person, purpose, absolute=False):
        """A private link to one of this page's routes, e.g. `confirm` or `you`."""
        base = self.get_full_url() if absolute else self.url
        return f"{base}{route}/{make_token(person, purpose)}/"

    # Joining

    # The empty form is the same for everyone, so it may be kept (home/page_cache/).
    cached_routes = ("join_route",)

    @path("")
    def join_route(self, request):
        return handle_public_form(
            request,
            JoinForm,
            rate_limit=JOINS,
            on_spam=lambda: redirect(self.url + "done/"),
            on_valid=lambda form: redirect(
                self.link_url(
                    "more",
                    services.join_register(form, language=request.LANGUAGE_CODE),
                    "details",
                )
            ),
            render=lambda form: self._render(request, "join.html", form=form),
        )

    @path("more/<str:token>/")
    @never_cached
    def preferences_route(self, request, token):
        """The optional second step, straight after the first."""
        person, problem = self._person_from_link(request, token, "details")
        if problem:
            return problem
        if request.method == "POST":
            form = PreferencesForm(request.POST, instance=person)
            if form.is_valid():
                services.change_details(None, form)
                return redirect(self.link_url("equality", person, "details"))
        else:
            form = PreferencesForm(instance=person, initial={"language": request.LANGUAGE_CODE})
        return self._render(
            request,
            "preferences.html",
            form=form,
            person=person,
            step=2,
            skip_url=self.link_url("equality", person, "details"),
        )

    @path("equality/<str:token>/")
    @never_cached
    def equality_route(self, request, token):
        person, problem = self._person_from_link(request, token, "details")
        if problem:
            return problem
        return self._equality(request, person, next_url=self.url + "done/", step=3)

    @path("done/")
    @never_cached
    def done_route(self, request):
        return self._render(request, "done.html")

    @path("confirm/<str:token>/")
    @never_cached
    def confirm_route(self, request, token):
        """The link in the first email. A button, not the link itself, confirms: email
        scanners open links, and they must not join anyone up."""
        person, problem = self._person_from_link(request, token, "confirm")
        if problem:
            return problem
        if person.is_registered:
            return self._render(
                request, "confirmed.html", person=person, already=True, **self._links(person)
            )
        if request.method == "POST":
            person = services.confirm_person(person)
            return self._render(request, "confirmed.html", person=person, **self._links(person))
        return self._render(request, "confirm.html", person=person)

    @path("new-link/")
    @never_cached
    def new_link_route(self, request):
        """A fresh private link by email. Says the same whether or not the address is known,
        so nobody can use it to find out who is on the register."""
        if request.method != "POST":
            return self._render(request, "new_link.html", form=NewLinkForm())

        def send(form):
            services.send_new_link(form.cleaned_data["email"])
            return self._render(request, "new_link_sent.html")

        return handle_public_post(
            request,
            NewLinkForm(request.POST),
            rate_limit=LINK_REQUESTS,
            on_valid=send,
            render=lambda form: self._render(request, "new_link.html", form=form),
        )

    # The self-service page

    @path("you/<str:token>/")
    @never_cached
    def manage_route(self, request, token):
        """What we hold, and what the person can do with it. Other apps add their own parts
        (following projects) through the `register_private_page_sections` hook."""
        person, problem = self._person_from_link(request, token, "manage")
        if problem:
            return problem
        sections = private_page_sections()
        message = _("Your changes are saved.") if request.GET.get("changed") else None
        if request.method == "POST":
            action = request.POST.get("action")
            if action == "pause":
                services.pause_contact(person)
                message = _(
                    "We have paused contact. We will not send you news until you restart it."
                )
            elif action == "restart":
                services.pause_contact(person, paused=False)
                message = _(
                    "Contact has restarted. We will send you news of ways to get involved."
                )
            elif action == "stay" and person.is_registered:
                services.stay_on_register(person)
                message = _("Thank you. You will stay on the register for another year.")
            else:
                message = handle_section_action(sections, person, action, request.POST)
        return self._render(
            request,
            "manage.html",
            person=person,
            held_data=person.held_data(),
            message=message,
            sections=[
                {"template_name": section.template_name, "context": section.get_context(person)}
                for section in sections
            ],
            **self._links(person, token),
        )

    @path("you/<str:token>/change/")
    @never_cached
    def change_route(self, request, token):
        person, problem = self._person_from_link(request, token, "manage")
        if problem:
            return problem
        links = self._links(person, token)
        if request.method == "POST":
            contact_form = ContactForm(request.POST, instance=person, prefix="contact")
            form = PreferencesForm(request.POST, instance=person)
            if contact_form.is_valid() and form.is_valid():
                services.change_details(contact_form, form)
                return redirect(links["manage_url"] + "?changed=1")
        else:
            contact_form = ContactForm(instance=person, prefix="contact")
            form = PreferencesForm(instance=person)
        return self._render(
            request,
            "preferences.html",
            form=form,
            contact_form=contact_form,
            person=person,
            **links,
        )

    @path("you/<str:token>/equality/")
    @never_cached
    def manage_equality_route(self, request, token):
        person, problem = self._person_from_link(request, token, "manage")
        if problem:
            return problem
        return self._equality(request, person, next_url=self._links(person, token)["manage_url"])

    @path("you/<str:token>/download/<str:file_format>/")
    @never_cached
    def download_route(self, request, token, file_format):
        person, problem = self._person_from_link(request, token, "manage")
        if problem:
            return problem
        data = person.held_data()
        if file_format == "json":
            # A list per section, not a mapping: two trainings on the same course (or two
            # activities of the same name) are two records, and both are the person's.
            body = json.dumps(
                {
                    title: [{"item": label, "value": value} for label, value in rows]
                    for title, rows in data
                },
                ensure_ascii=False,
                indent=2,
            )
            response = HttpResponse(body, content_type="application/json; charset=utf-8")
        elif file_format == "csv":
            out = io.StringIO()
            out.write(CSV_BYTE_ORDER_MARK)
            writer = csv.writer(out)
            writer.writerow([_("Section"), _("Item"), _("Value")])
            for title, rows in data:
                for label, value in rows:
                    writer.writerow(
                        [escape_spreadsheet_formula(cell) for cell in (title, label, value)]
                    )
            response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
        else:
            return self._render(request, "link_problem.html", status=404, problem="invalid")
        response["Content-Disposition"] = (
            f'attachment; filename="involvement-register-your-data.{file_format}"'
        )
        return response

    @path("you/<str:token>/leave/")
    @never_cached
    def leave_route(self, request, token):
        """Leaving erases everything at once. The question comes first, with what it means."""
        person, problem = self._person_from_link(request, token, "manage")
        if problem:
            return problem
        if request.method == "POST":
            services.leave_register(person)
            return self._render(request, "left.html")
        return self._render(request, "leave.html", person=person, **self._links(person, token))

    # Shared by the routes

    def _render(self, request, template, status=200, **context):
        response = self.render(
            request,
            template=f"opportunities/register/{template}",
            # Only the join page shows the editors' words; the rest is interface text.
            context_overrides={"interface_only": template != "join.html", **context},
        )
        response.status_code = status
        return response

    def _person_from_link(self, request, token, purpose):
        """(person, None), or (None, a response explaining why the link does not work)."""
        person, problem = REGISTER_LINKS.find(Person.objects.all(), token, purpose)
        if problem:
            return None, self._render(
                request, "link_problem.html", status=PROBLEM_STATUS[problem], problem=problem
            )
        return person, None

    def _links(self, person, manage_token=None):
        """The person's private links. Reached through their "manage" link, the same token
        is kept, so the address they came by (and bookmarked) stays the one they see."""
        if manage_token:
            token_url = f"{self.url}you/{manage_token}/"
        else:
            token_url = self.link_url("you", person, "manage")
        return {
            "manage_url": token_url,
            "change_url": token_url + "change/",
            "equality_url": token_url + "equality/",
            "json_url": token_url + "download/json/",
            "csv_url": token_url + "download/csv/",
            "leave_url": token_url + "leave/",
        }

    def _equality(self, request, person, next_url, step=None):
        existing = EqualityMonitoring.objects.filter(person=person).first()
        if request.method == "POST":
            form = EqualityForm(request.POST, instance=existing)
            if form.is_valid():
                services.answer_equality_questions(person, form)
                return redirect(next_url)
        else:
            form = EqualityForm(instance=existing)
        return self._render(
            request, "equality.html", form=form, person=person, step=step, skip_url=next_url
        )
