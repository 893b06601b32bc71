"""The app's demo content, for `load_demo_content`: the opportunities first (topics, areas,
venues and the opportunity pages: `listing.demo`), then the involvement register (its page
and made-up people, who register interest in those opportunities: `register.demo`). Both
take `(home, created)`: the home page to build under, and a list each adds what it made to.
"""

from .listing.demo import build
from .register.demo import build as build_register

__all__ = ["build", "build_register"]
