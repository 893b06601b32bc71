"""The reader's place in another language: the address of the same page, route and query in
each of the site's languages, for the language switcher, the canonical link and the hreflang
alternates. One mechanism, so the three never disagree.

An address in another language is the page's copy there (its translation, or the alias that
stands in for a missing one), plus the page route the reader is on (`suggest/thanks/`,
`you/<token>/change/`: a RoutablePageMixin sub-route, the same in every language because the
copies share a page type), plus a query string. Views that are not pages (search, cookies)
are the same address under the other language's prefix.

Which query belongs where:
- The switcher keeps the whole query string (filters, page number, search words, `ref=`):
  the reader changes language, not what they were looking at.
- The canonical link and the alternates keep only what makes a page worth indexing on its
  own: the page number of an unfiltered list (page 2 is its own page), and for search the
  search words. A filtered list names the unfiltered list as its canonical, as search
  engines advise, so one list is indexed rather than every combination of filters.
- Private pages (a route reached by a signed link's token, a thanks page reached with a
  `ref=`) are not for search engines at all: `noindex`, and no canonical or alternates that
  would repeat the token to them.

Imports nothing of ours: home is the core.
"""

from django.conf import settings
from django.http import QueryDict
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language_from_path
from wagtail.models import Page, Site

# The query parameter of a page number (Django's Paginator, as every list here uses it).
PAGE_PARAMETER = "page"
# Route arguments and query parameters that only a private link carries.
PRIVATE_ROUTE_ARGUMENTS = frozenset({"token"})
PRIVATE_QUERY_PARAMETERS = frozenset({"ref"})
# What a canonical address keeps of the query, beside an unfiltered list's page number.
PAGE_CANONICAL_PARAMETERS = (PAGE_PARAMETER,)
SEARCH_CANONICAL_PARAMETERS = ("q", PAGE_PARAMETER)


def live_translations(page, request):
    """{language code: page} for each live copy of the page (translations and aliases),
    itself included: one query per request, shared by the head and the language switcher."""
    if page is None or not isinstance(page, Page):
        return {}
    cache = request.__dict__.setdefault("_involve_live_translations", {})
    if page.pk not in cache:
        cache[page.pk] = {
            translated.locale.language_code: translated
            for translated in page.get_translations(inclusive=True).live().select_related("locale")
        }
    return cache[page.pk]


def _route_match(request, page):
    """The page route Wagtail matched for this request, when the request was routed to
    `page` (RoutablePageMixin records it on the request); else None."""
    match = getattr(request, "routable_resolver_match", None)
    routed = getattr(getattr(match, "func", None), "__self__", None)
    if routed is None or page is None or routed.pk != page.pk:
        return None
    return match


def sub_route(request, page):
    """The page route the reader is on, relative to the page's own address: "" for the
    page itself, "suggest/thanks/", "you/<token>/" (the matched route, reversed with the
    same arguments)."""
    match = _route_match(request, page)
    if match is None:
        return ""
    return match.func.__self__.reverse_subpage(
        match.url_name, args=match.args, kwargs=match.kwargs
    )


def is_private(request, page=None):
    """True for a page reached by a private link: a route taking a token, or a thanks page
    reached with its `ref=`. Such a page must not be indexed."""
    match = _route_match(request, page)
    if match is not None and PRIVATE_ROUTE_ARGUMENTS & set(match.kwargs):
        return True
    return any(request.GET.get(name) for name in PRIVATE_QUERY_PARAMETERS)


def canonical_query(request, keep=PAGE_CANONICAL_PARAMETERS):
    """The part of the query string a canonical address keeps (see the module docstring):
    the parameters in `keep`; the page number only when no other parameter narrows the
    list, and never page 1 (the list itself)."""
    query = QueryDict(mutable=True)
    narrowed = any(value for name, value in request.GET.items() if name not in keep)
    for name in keep:
        value = request.GET.get(name, "").strip()
        if not value or (name == PAGE_PARAMETER and (narrowed or value == "1")):
            continue
        query[name] = value
    return query.urlencode()


def is_translatable_view(request):
    """True for a view that is not a page but lives under a language prefix (search,
    cookies): made of interface text only, so every language is a real translation."""
    return get_language_from_path(request.path_info) is not None


def language_url(request, page, language_code, *, query=None, full=False):
    """The address of the reader's place (`page`, the route they are on, `query`) in
    `language_code`. `query`: the query string to keep, by default the reader's whole one;
    `full`: an absolute address (for the head), else a path (for links).

    With no page, or no copy of it in that language, the same address under the other
    language's prefix."""
    if query is None:
        query = request.GET.urlencode()
    suffix = f"?{query}" if query else ""
    copy = live_translations(page, request).get(language_code)
    if copy is not None:
        url = copy.get_full_url(request) if full else copy.get_url(request)
        return f"{url}{sub_route(request, page)}{suffix}"
    url = translate_url(request.path, language_code) + suffix
    if full:
        site = Site.find_for_request(request)
        root = site.root_url if site else f"{request.scheme}://{request.get_host()}"
        url = root + url
    return url


def canonical_url(request, page, query):
    """The absolute address search engines should index for the reader's place: the page's
    own (for an alias, the page it copies, whose words it shows), on the route the reader is
    on, with `query` (see `canonical_query`). With no page, the view's own address."""
    if page is None:
        return language_url(request, None, translation.get_language(), query=query, full=True)
    original = page
    if page.alias_of_id:
        copies = {copy.pk: copy for copy in live_translations(page, request).values()}
        original = copies.get(page.alias_of_id) or page.alias_of
    suffix = f"?{query}" if query else ""
    return f"{original.get_full_url(request)}{sub_route(request, page)}{suffix}"


def language_urls(request, page, *, query=None, full=False):
    """[(language code, address)] in the order of settings.LANGUAGES (see `language_url`)."""
    return [
        (code, language_url(request, page, code, query=query, full=full))
        for code, _name in settings.LANGUAGES
    ]
