"""Every Wagtail page's main route may be kept for other visitors; imported by
home/wagtail_hooks.py (Wagtail looks for `<app>.wagtail_hooks` only)."""

from wagtail import hooks
from wagtail.contrib.routable_page.models import RoutablePageMixin

from . import store


# After Wagtail's own check of view restrictions (order 0): a page it lets an anonymous
# visitor see without a session is public.
@hooks.register("before_serve_page", order=10)
def allow_served_pages(page, request, serve_args, serve_kwargs):
    if isinstance(page, RoutablePageMixin) and serve_args:
        view = serve_args[0]
        if view is not None and view.__name__ not in getattr(
            page, "cached_routes", ("index_route",)
        ):
            return
    store.allow(request)
