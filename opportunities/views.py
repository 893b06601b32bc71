"""Old import path, kept until forums imports `opportunities.listing.views` instead."""

from .listing.views import opportunity_detail, registration_thanks

__all__ = ["opportunity_detail", "registration_thanks"]
