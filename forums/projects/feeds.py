from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from home.feeds import IndexPageFeed


class ProjectUpdatesFeed(IndexPageFeed):
    """An Atom feed of the latest updates across every project under one index, newest
    first: two queries, whatever the number of updates."""

    def title(self, index_page):
        return _("%(title)s: updates") % {"title": index_page.title}

    def subtitle(self, index_page):
        return _("Every new update on our “you said, we are doing” projects")

    def items(self, index_page):
        return index_page.latest_updates(self.ITEMS)

    def item_title(self, update):
        if update.project:
            return f"{update.project.title}: {update.title}"
        return update.title

    def item_description(self, update):
        return update.summary or strip_tags(update.body)[:300]

    def item_link(self, update):
        return update.get_url(self.request)

    def item_author_name(self, update):
        return update.written_by

    def item_pubdate(self, update):
        return update.first_published_at or timezone.now()

    def item_updateddate(self, update):
        return update.last_published_at or timezone.now()
