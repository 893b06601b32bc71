"""Wagtail's chooser widgets (page, snippet, image, document, task), started from data
instead of an inline script, so the admin's Content-Security-Policy can refuse inline
scripts (home/security_headers.py).

`BaseChooser.render` writes `<script>new PageChooser(id, options);</script>` after the
widget. `start_choosers_from_data` replaces that method, once, at start-up (HomeConfig.ready):
the same start, as data on a `<script src>` of static/js/admin-widgets.js, which runs it in
the same place. Wagtail's templates that do
the same (date widgets, inline panels) are overridden in templates/wagtailadmin/. A chooser
whose start is neither of Wagtail's two forms keeps its inline script, and the browser
suite's admin check (tests/browser/test_security_headers.py) finds it refused.

Imports nothing of ours: home is the core.
"""

import json

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail.admin.widgets import BaseChooser
from wagtail.admin.widgets.workflows import AdminTaskChooser


def start_script(start, id_):
    """`<script src="admin-widgets.js" data-involve-start="…">`: run where it stands, as the
    inline script was, so the widget starts before anything moves its parts (a dropdown).
    In a form's empty copy (an id with `__prefix__`), which a script adds to the page later,
    plain data instead: jQuery would run a `src` by writing it inline, which is refused."""
    if "__prefix__" in id_:
        return format_html(
            '<script type="application/json" data-involve-start="{}"></script>', json.dumps(start)
        )
    return format_html(
        '<script src="{}" data-involve-start="{}"></script>',
        static("js/admin-widgets.js"),
        json.dumps(start),
    )


def _start_of(widget, id_, name, value_data):
    if isinstance(widget, AdminTaskChooser):
        return {"call": "createTaskChooser", "args": [id_]}
    if type(widget).render_js_init is BaseChooser.render_js_init:
        options = widget.get_js_init_options(id_, name, value_data)
        return {"construct": widget.js_constructor, "args": [id_, options]}
    return None


_inline_render = BaseChooser.render


def _render_from_data(self, name, value, attrs=None, renderer=None):
    try:
        id_ = attrs["id"]
    except (KeyError, TypeError):
        return _inline_render(self, name, value, attrs, renderer)
    value_data = self.get_value_data(value)
    start = _start_of(self, id_, name, value_data)
    if start is None:
        return _inline_render(self, name, value, attrs, renderer)
    return format_html("{}{}", self.render_html(name, value_data, attrs), start_script(start, id_))


def start_choosers_from_data():
    BaseChooser.render = _render_from_data
