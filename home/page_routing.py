"""Wagtail's page routing in two queries, however deep the page.

Wagtail finds a page by walking down from the home page one slug at a time: at each level a
query for the child and another for its specific page, so an idea three levels down costs
six before its view starts (measured: two thirds of a vote's time). Every page's address is
stored whole in `url_path`, so here every page along the way is fetched at once, and the
walk that decides who answers is done in memory, in Wagtail's own order:
- a live routable page (RoutablePageMixin) whose own routes match the rest of the path
  answers it (`vote/<token>/` on an idea index), before any child of the same name;
- otherwise the child with the next slug, live or not, carries on;
- the page the path ends at answers if it is live; anything else is a 404.
A page class with a `route` of its own is handed the rest of the path to decide itself.

Imports nothing of ours: home is the core.
"""

from django.http import Http404
from django.urls import Resolver404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

_WAGTAILS_OWN = {Page.route, RoutablePageMixin.route}


def route(root, request, path_components):
    """What `root.route(request, path_components)` returns, for `root` a specific page."""
    if not path_components:
        return Page.route(root, request, [])
    addresses = []
    address = root.url_path
    for component in path_components:
        address += f"{component}/"
        addresses.append(address)
    along_the_way = {
        page.url_path: page
        for page in Page.objects.filter(url_path__in=addresses, path__startswith=root.path)
    }
    page, page_class = root, type(root)
    for depth, address in enumerate(addresses):
        rest = path_components[depth:]
        if depth and page_class.route not in _WAGTAILS_OWN:
            return page.specific.route(request, rest)
        routable = issubclass(page_class, RoutablePageMixin)
        if routable and page.live and _has_route(page_class, rest):
            return (page if depth == 0 else page.specific).route(request, rest)
        page = along_the_way.get(address)
        if page is None:
            raise Http404
        page_class = page.specific_class or Page
    return page.specific.route(request, [])


def _has_route(page_class, path_components):
    try:
        page_class.get_resolver().resolve("/" + "/".join(path_components) + "/")
    except Resolver404:
        return False
    return True
