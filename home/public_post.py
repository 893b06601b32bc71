"""The one way a public form is posted: honeypot, rate limit (429), validate, save exactly
once, redirect (POST-redirect-GET).

A page route hands over the request, its form class, a `RateLimit` and two callbacks:

    return handle_public_form(
        request, SuggestionForm, rate_limit=SUGGESTIONS,
        on_valid=lambda form: redirect(thanks_url(save_suggestion(form))),
        render=lambda form: self.render(request, template=..., context_overrides={"form": form}),
    )

`on_valid(form)` saves (once: see `save_once`) and returns the redirect, or None after
adding a form error (the form is then shown again); `render(form)` returns the response
showing the form, and is given the status to answer with (200 on a GET, 429 with
`Retry-After` over the limit, `invalid_status` when invalid). A robot that filled the
honeypot gets `on_spam()`, by default a redirect back to the page, and nothing is saved.

Imports only home's own modules: home is the core.
"""

from django.db import IntegrityError, transaction
from django.shortcuts import redirect


def handle_public_form(
    request,
    form_class,
    *,
    rate_limit,
    on_valid,
    render,
    on_spam=None,
    invalid_status=200,
    form_kwargs=None,
):
    """GET shows an empty form; POST goes through `handle_public_post`. `form_class` is
    usually a `home.public_forms.PublicFormMixin` form (built with its `for_request`); any
    other form class is bound to the POST as it is."""
    form = _form_for(request, form_class, form_kwargs or {})
    if request.method != "POST":
        return render(form)
    return handle_public_post(
        request,
        form,
        rate_limit=rate_limit,
        on_valid=on_valid,
        render=render,
        on_spam=on_spam,
        invalid_status=invalid_status,
    )


def handle_public_post(
    request, form, *, rate_limit, on_valid, render, on_spam=None, invalid_status=200
):
    """The POST of a bound `form`: see the module's docstring. `rate_limit` may be None for
    a form that needs none (the person is already known by a private link). A saved
    submission counts against the rate limit's accepted count (per address, and per email
    when the form has one), a refused one against its higher failed count."""
    if getattr(form, "is_spam", False):
        return on_spam() if on_spam else redirect(request.get_full_path())
    if rate_limit is not None and rate_limit.reached(request):
        return _too_many(form, rate_limit, render)
    if form.is_valid():
        email = form.cleaned_data.get("email") or None
        if rate_limit is not None and email and rate_limit.reached(request, email=str(email)):
            return _too_many(form, rate_limit, render)
        response = on_valid(form)
        if response is not None:
            if rate_limit is not None:
                rate_limit.accepted(request, email=str(email) if email else None)
            return response
    if rate_limit is not None:
        rate_limit.failed(request)
    return _with_status(render(form), invalid_status)


def _too_many(form, rate_limit, render):
    """429, with what was typed shown back, the limit's message, and (templates/includes/
    error_summary.html) the minutes to wait and the trust's phone number."""
    form.is_valid()
    form.add_error(None, rate_limit.message)
    seconds = rate_limit.seconds_left()
    form.rate_limited_minutes = max(1, -(-seconds // 60))
    response = _with_status(render(form), 429)
    response["Retry-After"] = str(seconds)
    return response


def _form_for(request, form_class, form_kwargs):
    if hasattr(form_class, "for_request"):
        return form_class.for_request(request, **form_kwargs)
    if request.method == "POST":
        return form_class(request.POST, request.FILES, **form_kwargs)
    return form_class(**form_kwargs)


def _with_status(response, status):
    response.status_code = status
    return response


def save_once(instance, key, *, field="submission_key"):
    """Save `instance` as the one record of the submission `key` (a form's submission key),
    unless that submission was saved already. Returns (the record, whether it is new).

    Safe against two requests at once: the unique key decides, and the loser gets the
    winner's record. Call it inside the caller's transaction to do more work with it."""
    manager = type(instance)._default_manager
    existing = manager.filter(**{field: key}).first()
    if existing is not None:
        return existing, False
    setattr(instance, field, key)
    try:
        with transaction.atomic():
            instance.save()
    except IntegrityError:
        return manager.get(**{field: key}), False
    return instance, True
