from django.utils import timezone
from django.utils.translation import gettext as _

from home.feeds import IndexPageFeed


class ForumPublicationsFeed(IndexPageFeed):
    """An Atom feed of the Development Group's papers and the newsletters under one forum
    index page, newest first."""

    def title(self, index_page):
        return _("%(title)s: papers and newsletters") % {"title": index_page.title}

    def subtitle(self, index_page):
        return _("Development Group papers and the forum newsletter")

    def items(self, index_page):
        pages = list(index_page.papers()[: self.ITEMS]) + list(
            index_page.newsletters()[: self.ITEMS]
        )
        pages.sort(key=lambda page: page.published_on, reverse=True)
        return pages[: self.ITEMS]

    def item_title(self, page):
        return page.title

    def item_description(self, page):
        return page.summary

    def item_link(self, page):
        return page.get_url(self.request)

    def item_pubdate(self, page):
        return page.first_published_at or timezone.now()

    def item_updateddate(self, page):
        return page.last_published_at or timezone.now()
