"""The app's demo content, for `load_demo_content`: `build(home, created)` adds the
payment levels and advice the opportunities pick (`payments.demo.build_rates`), the
opportunities (topics, areas, venues and the opportunity pages: `listing.demo`), then the
involvement register (its page and made-up people, who register interest in those
opportunities: `register.demo`), people to ring for the next panel training
(`running.demo`), then the payments page and claims for a past activity (`payments.demo`).
`home` is the page to build under; each adds what it made to `created`. Running it again
adds nothing twice."""

from .listing import demo as listing_demo
from .payments import demo as payments_demo
from .register import demo as register_demo
from .running import demo as running_demo


def build(home, created):
    """Returns the opportunity index page, as `listing.demo.build` does."""
    payments_demo.build_rates(created)
    index = listing_demo.build(home, created)
    register_demo.build(home, created)
    running_demo.build(home, created)
    payments_demo.build(home, created)
    return index
