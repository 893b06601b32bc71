"""Groups and permissions, for the data migrations that set up who may do what.

Every function takes the migration's `apps` (the historical models), so a migration keeps
working however the models change later; code outside migrations may pass
`django.apps.apps`. Each is safe to run twice.

Imports nothing of ours: home is the core, and migrations of every app import this module.
"""

from django.contrib.auth.management import create_permissions
from django.utils.translation import get_language_info


def create_permissions_now(apps, *app_labels):
    """Make the permissions of these apps (all apps when none are named) now: Django makes
    them only after every migration has run, and a migration that grants them needs them
    before."""
    configs = (
        [apps.get_app_config(label) for label in app_labels]
        if app_labels
        else list(apps.get_app_configs())
    )
    for app_config in configs:
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def grant_permissions(apps, grants, app_labels, *, skip_missing_groups=False):
    """Give each group its model permissions: `grants` maps a group's name to permission
    codenames of the models of `app_labels` (a label or a list of labels).

    Makes the apps' permissions first. A codename that does not exist is an error (a typo
    would otherwise grant nothing, silently); so is a missing group, unless
    `skip_missing_groups`."""
    if isinstance(app_labels, str):
        app_labels = [app_labels]
    create_permissions_now(apps, *app_labels)
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for group_name, codenames in grants.items():
        permissions = Permission.objects.filter(
            content_type__app_label__in=app_labels, codename__in=codenames
        )
        found = set(permissions.values_list("codename", flat=True))
        missing = set(codenames) - found
        if missing:
            raise ValueError(f"No such permissions in {app_labels}: {sorted(missing)}")
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            if skip_missing_groups:
                continue
            raise ValueError(f"No group named {group_name!r}")
        group.permissions.add(*permissions)


def editor_group(apps, name, description):
    """The admin group `name`, made if need be, with access to the admin and the line that
    tells its members on the dashboard what it is for (home.EditorGroupDescription)."""
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    EditorGroupDescription = apps.get_model("home.EditorGroupDescription")
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    EditorGroupDescription.objects.update_or_create(
        group=group, defaults={"description": description}
    )
    return group


def grant_page_permissions(apps, group, page, codenames):
    """Give `group` these Wagtail page permissions (add_page, change_page, publish_page...)
    on `page` and the pages below it."""
    Permission = apps.get_model("auth.Permission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=codenames
    ):
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def review_workflow(apps, name, tasks):
    """The active workflow `name` whose steps are `tasks`, in this order; made if need be.
    An existing workflow keeps its steps, so a change an administrator made stands."""
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    workflow, created = Workflow.objects.get_or_create(name=name, defaults={"active": True})
    if created:
        for order, task in enumerate(tasks):
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    return workflow


def put_workflow_on(apps, workflow, page):
    """`workflow` for `page` and the pages below it (the nearest page with one decides)."""
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})


def communications_approval(apps):
    """The task in which a communications officer approves, and so publishes, what someone
    who may not publish has written (made by migration 0003; made again if it was deleted)."""
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    Group = apps.get_model("auth.Group")
    task = GroupApprovalTask.objects.filter(name=COMMUNICATIONS_APPROVAL).first()
    if task is None:
        task = approval_task(
            apps, COMMUNICATIONS_APPROVAL, Group.objects.filter(name=COMMUNICATIONS)
        )
    return task


def approval_task(apps, name, groups):
    """The workflow task `name` in which any member of `groups` approves, made if need be."""
    ContentType = apps.get_model("contenttypes.ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    task_type, _created = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task, _created = GroupApprovalTask.objects.get_or_create(
        name=name, defaults={"content_type": task_type, "active": True}
    )
    task.groups.set(groups)
    return task


# Translators. Each language has its own group ("Translators: Urdu"): adding someone to it is
# all it takes to give them that language. "Translators" gives every language other than
# the default one. Page permissions are per page tree, and each language's home page is the
# root of its own tree, so a language group may change the pages of its tree only: never
# English pages, and never publish (a second person approves, see TranslationReviewTask).
TRANSLATORS = "Translators"
TRANSLATORS_DESCRIPTION = (
    "Translate pages and snippets into every language but English; a second person checks "
    "and publishes it."
)
COMMUNICATIONS = "Communications officers"
# Communications officers approve what others write and publish their own pages directly:
# this workflow is put only where a second person is meant to check (a lead's project
# updates), never on the whole site, or every officer would be asked to submit their own
# pages to themselves.
COMMUNICATIONS_APPROVAL = "Communications officer approval"
# The snippets translators translate. Model permissions are not per language: the admin
# refuses a translator the copies in languages they are not given (home/translating/access).
TRANSLATOR_MODEL_PERMISSIONS = {
    "wagtail_localize": ["submit_translation"],
    "glossary": ["change_glossaryterm", "change_plainerword"],
    "opportunities": ["change_topic", "change_area", "change_venue"],
    "forums": ["change_service"],
}
TRANSLATOR_PAGE_PERMISSIONS = ["change_page"]


def language_name(language_code):
    """The English name of a language, as the admin's group names use it (Urdu)."""
    try:
        return get_language_info(language_code)["name"]
    except KeyError:
        return language_code


def translators_group_name(language_code):
    return f"{TRANSLATORS}: {language_name(language_code)}"


def translation_review_name(language_code):
    return f"Translation review: {language_name(language_code)}"


def give_translators_a_language(apps, locale):
    """Everything a language's translators need, for `locale` (not the default language):
    its group, the snippet and translation permissions, change (not publish) on its page
    tree once its home page exists, and the "Translation review" workflow on that tree, in
    which a second person (a communications officer, or another translator of the language)
    approves. Safe to run twice; called by a migration and when a locale or its home page is
    made."""
    Page = apps.get_model("wagtailcore.Page")
    Group = apps.get_model("auth.Group")
    code = locale.language_code
    group = editor_group(
        apps,
        translators_group_name(code),
        f"Translate pages and snippets into {language_name(code)}; another translator or a "
        "communications officer checks and publishes it.",
    )
    every_language = editor_group(apps, TRANSLATORS, TRANSLATORS_DESCRIPTION)
    for app_label, codenames in TRANSLATOR_MODEL_PERMISSIONS.items():
        grant_permissions(apps, {group.name: codenames, TRANSLATORS: codenames}, app_label)

    name = translation_review_name(code)
    reviewers = [group, every_language, *Group.objects.filter(name=COMMUNICATIONS)]
    workflow = review_workflow(apps, name, [review_task(apps, name, reviewers)])
    for root in Page.objects.filter(depth=2, locale_id=locale.pk):
        for translators in (group, every_language):
            grant_page_permissions(apps, translators, root, TRANSLATOR_PAGE_PERMISSIONS)
        put_workflow_on(apps, workflow, root)
    return group


def review_task(apps, name, groups):
    """The home.TranslationReviewTask `name`, approved by any member of `groups` other than
    the person who asked for the review; made if need be."""
    ContentType = apps.get_model("contenttypes.ContentType")
    TranslationReviewTask = apps.get_model("home.TranslationReviewTask")
    task_type, _created = ContentType.objects.get_or_create(
        app_label="home", model="translationreviewtask"
    )
    task, _created = TranslationReviewTask.objects.get_or_create(
        name=name, defaults={"content_type": task_type, "active": True}
    )
    task.groups.set(groups)
    return task
