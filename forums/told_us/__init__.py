"""The quarterly "What you told us" page: the themes in what people said, by service, with
counts frozen when the page is prepared (`snapshot`), small numbers shown as "fewer than 5"
(`numbers.suppress`, used by the chart, the table and the comparison alike), and what the
trust is doing about each theme, written by an editor. Only communications officers may
publish it (they alone hold publish permission on the page tree).

Import rule: after themes, the last feature of forums; it may import every other one. Inside:
numbers <- snapshot <- pages.
"""
