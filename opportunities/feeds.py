from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _


class NewOpportunitiesFeed(Feed):
    """An Atom feed of the newest open opportunities under one index page."""

    feed_type = Atom1Feed
    ITEMS = 30

    def get_object(self, request, index_page):
        self.request = request
        return index_page

    def title(self, index_page):
        return index_page.title

    def subtitle(self, index_page):
        return _("New ways to get involved")

    def link(self, index_page):
        return index_page.get_url(self.request)

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
