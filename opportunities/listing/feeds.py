from django.utils.translation import gettext as _

from home.feeds import IndexPageFeed


class NewOpportunitiesFeed(IndexPageFeed):
    """An Atom feed of the newest open opportunities under one index page."""

    def title(self, index_page):
        return index_page.title

    def subtitle(self, index_page):
        return _("New ways to get involved")

    def items(self, index_page):
        return index_page.open_opportunities().order_by("-first_published_at")[: self.ITEMS]

    def item_title(self, opportunity):
        return opportunity.title

    def item_description(self, opportunity):
        return opportunity.summary

    def item_link(self, opportunity):
        return opportunity.get_url(self.request)

    def item_pubdate(self, opportunity):
        return opportunity.first_published_at

    def item_updateddate(self, opportunity):
        return opportunity.last_published_at
