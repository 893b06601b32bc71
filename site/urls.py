from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from forums.projects.views import one_click_unfollow
from home import views as home_views
from home.format_requests import views as format_request_views
from home.live_site import healthz
from home.sitemap import robots_txt, sitemap
from home.staff_access.views import PostOnlyLogoutView

# The admin and documents stay outside the language prefix: editors work in one admin, and a
# document has one address whatever language linked to it.
# A database out of reach answers 503 with Retry-After, not 500 (home/live_site.py).
handler500 = "home.live_site.server_error"

urlpatterns = [
    # For a load balancer: this server reaches its database and cache (no language prefix).
    path("healthz/", healthz, name="healthz"),
    # For search engines: every language's pages, and where to find them.
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    # Before the admin's own: sign-out by POST only (home/staff_access/views.py).
    path("admin/logout/", PostOnlyLogoutView.as_view(), name="wagtailadmin_logout"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Mail programs post here to unsubscribe in one click: no language, no CSRF token.
    path("projects/unfollow/<str:token>/", one_click_unfollow, name="project_one_click_unfollow"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    path("cookies/", home_views.cookies, name="cookies"),
    path("ask-for-this-page/", format_request_views.ask, name="format_request"),
    path("ask-for-this-page/thanks/", format_request_views.thanks, name="format_request_thanks"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
