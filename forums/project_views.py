"""The public views of projects: the filtered list, the project page with its follow form,
and following and leaving by private link. Every form posts, then redirects; every page
reached by a private link is never cached and says plainly what went wrong with a bad link."""

from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from home.ratelimit import over_limit

from .project_forms import FollowForm, ProjectFilterForm
from .project_tasks import send_follow_confirmation
from .project_tokens import LinkExpired, LinkInvalid, read_token
from .projects import ProjectFollower

PER_PAGE = 20
FOLLOWS_PER_ADDRESS = 10
RATE_WINDOW_SECONDS = 60 * 60
TOO_MANY = gettext_lazy(
    "You have sent a lot of forms in a short time. Please wait an hour and try again, or phone us."
)


def project_index(request, index_page):
    form = ProjectFilterForm(request.GET or None, locale=Locale.get_active())
    projects = form.filter(index_page.projects())
    paginator = Paginator(projects, PER_PAGE)
    page_of_results = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return TemplateResponse(
        request,
        "forums/projects/project_index_page.html",
        {
            "page": index_page,
            "self": index_page,
            "form": form,
            "projects": page_of_results,
            "filter_query": query.urlencode(),
            "latest_updates": index_page.latest_updates(),
        },
    )


def project_page(request, project, form=None, status=200):
    context = project.get_context(request)
    context["follow_form"] = form or FollowForm()
    return TemplateResponse(request, "forums/projects/project_page.html", context, status=status)


def _render(request, project, template, context=None, status=200):
    return TemplateResponse(
        request,
        f"forums/projects/{template}",
        {"page": project, "self": project, "interface_only": True, **(context or {})},
        status=status,
    )


@never_cache
def follow(request, project):
    """Ask for updates by email: a link to confirm goes to the address. Says the same
    whether or not the address already follows, so nobody can find out who does."""
    if request.method != "POST":
        return redirect(project.url + "#follow")
    form = FollowForm(request.POST)
    if form.is_spam:
        return redirect(project.url + "follow/sent/")
    if over_limit(request, "project-follow", FOLLOWS_PER_ADDRESS, RATE_WINDOW_SECONDS):
        form.is_valid()
        form.add_error(None, TOO_MANY)
        return project_page(request, project, form, status=429)
    if not form.is_valid():
        return project_page(request, project, form, status=400)
    email = form.cleaned_data["email"].strip().lower()
    follower = start_following(project.original, email, request.LANGUAGE_CODE)
    if follower.confirmed_at is None:
        transaction.on_commit(lambda: send_follow_confirmation.enqueue(follower.pk))
    return redirect(project.url + "follow/sent/")


def start_following(project, email, language, person=None, confirmed=False):
    """The follow of `project` by `email`, made once whatever the number of submits."""
    with transaction.atomic():
        follower = ProjectFollower.objects.filter(project=project, email=email).first()
        if follower is None:
            try:
                with transaction.atomic():
                    follower = ProjectFollower.objects.create(
                        project=project,
                        email=email,
                        language=language,
                        person=person,
                        confirmed_at=timezone.now() if confirmed else None,
                    )
            except IntegrityError:
                follower = ProjectFollower.objects.get(project=project, email=email)
        elif confirmed and follower.confirmed_at is None:
            follower.confirmed_at = timezone.now()
            follower.person = person
            follower.save(update_fields=["confirmed_at", "person"])
    return follower


@never_cache
def follow_sent(request, project):
    return _render(request, project, "follow_sent.html")


def _follower_from_link(request, project, token, purpose):
    try:
        public_id = read_token(token, purpose)
    except LinkExpired:
        return None, _render(request, project, "link_problem.html", {"problem": "expired"}, 410)
    except LinkInvalid:
        return None, _render(request, project, "link_problem.html", {"problem": "invalid"}, 404)
    follower = ProjectFollower.objects.filter(
        public_id=public_id, project__translation_key=project.translation_key
    ).first()
    if follower is None:
        return None, _render(request, project, "link_problem.html", {"problem": "gone"}, 410)
    return follower, None


@never_cache
def confirm_follow(request, project, token):
    """A button, not the link itself, confirms: email scanners open links."""
    follower, problem = _follower_from_link(request, project, token, "follow-confirm")
    if problem:
        return problem
    if request.method == "POST" and follower.confirmed_at is None:
        follower.confirmed_at = timezone.now()
        follower.save(update_fields=["confirmed_at"])
    if follower.confirmed_at:
        return _render(request, project, "follow_confirmed.html", {"follower": follower})
    return _render(request, project, "follow_confirm.html", {"follower": follower})


@never_cache
def unfollow(request, project, token):
    """Leave with one button. Deletes the follow at once."""
    follower, problem = _follower_from_link(request, project, token, "unfollow")
    if problem:
        return problem
    if request.method == "POST":
        follower.delete()
        return _render(request, project, "unfollowed.html")
    return _render(request, project, "unfollow.html", {"follower": follower})


@csrf_exempt
@require_POST
def one_click_unfollow(request, token):
    """One-click unsubscribe from a mail program (RFC 8058: the `List-Unsubscribe-Post`
    header of every update email). The program posts without a CSRF token; the signed,
    single-purpose link is the proof. A Django URL, not a page route, because CSRF is
    checked against Wagtail's serve view before a page route runs. Leaving twice is fine."""
    try:
        public_id = read_token(token, "unfollow")
    except (LinkInvalid, LinkExpired):
        return HttpResponse(status=404)
    ProjectFollower.objects.filter(public_id=public_id).delete()
    return HttpResponse(_("You will get no more updates."), content_type="text/plain")


# Following from the involvement register's private page. The person confirmed their email
# when they joined, so a follow made there needs no second email ("automatic for people on
# the register who choose it"). Called from opportunities/register/views.py `manage`.


def register_follows(person):
    """(projects the person follows, projects they could follow), in the default language:
    one query."""
    from django.conf import settings
    from django.db.models import Exists, OuterRef
    from wagtail.coreutils import get_supported_content_language_variant

    from .projects import ProjectPage

    if not person.is_registered or not person.email:
        return [], []
    projects = list(
        ProjectPage.objects.live()
        .public()
        .filter(
            locale__language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE),
            alias_of=None,
        )
        .annotate(
            followed=Exists(
                ProjectFollower.objects.confirmed().filter(project=OuterRef("pk"), person=person)
            )
        )
        .order_by("title")
    )
    return (
        [project for project in projects if project.followed],
        [project for project in projects if not project.followed],
    )


def handle_register_follow(person, action, project_id):
    """A "follow" or "unfollow" button on the private page. Returns a message, or None
    when the action is not one of ours."""
    from .projects import ProjectPage

    if action not in {"follow", "unfollow"} or not person.is_registered or not person.email:
        return None
    project = (
        ProjectPage.objects.live()
        .filter(pk=project_id if str(project_id).isdigit() else None)
        .first()
    )
    if project is None:
        return _("Choose a project to follow.")
    if action == "follow":
        start_following(project, person.email, person.language, person=person, confirmed=True)
        return _("You are following “%(title)s”. We will email you each update.") % {
            "title": project.title
        }
    ProjectFollower.objects.filter(project=project, email=person.email).delete()
    return _("You will get no more updates on “%(title)s”.") % {"title": project.title}
