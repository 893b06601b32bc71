"""The scaffolding of an Atom feed of pages under one index page, shared by the
opportunities, forum papers and project updates feeds. Imports only Django."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed


class IndexPageFeed(Feed):
    """An Atom feed of pages under one index page (opportunities, forum papers, project
    updates): the index is the feed's object and its link. Subclasses say which items."""

    feed_type = Atom1Feed
    ITEMS = 30

    def get_object(self, request, index_page):
        self.request = request
        return index_page

    def link(self, index_page):
        return index_page.get_url(self.request)
