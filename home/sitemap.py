"""/sitemap.xml and /robots.txt, for search engines.

The sitemap is Wagtail's (wagtail.contrib.sitemaps), widened to every language the site is
written in: Wagtail's own lists the pages under the default site's root, the English tree
only. A language copy still in English (an alias of the English page) is left out, as its
canonical link names the English page; private routes (a person's own page, vote links)
are not pages and never appear.

Imports Django and Wagtail only: home is the core.
"""

from django.db.models import Q
from django.http import HttpResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Page, Site


class EveryLanguageSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_tree = Q()
        for root in roots:
            in_a_tree |= Q(path__startswith=root.path)
        return (
            Page.objects.live()
            .public()
            .filter(in_a_tree, alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": EveryLanguageSitemap})


@require_GET
@cache_control(max_age=60 * 60 * 24)
def robots_txt(request):
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    lines = [
        "User-agent: *",
        # The admin is for staff; everything public may be read and indexed.
        "Disallow: /admin/",
        f"Sitemap: {site.root_url}/sitemap.xml",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
