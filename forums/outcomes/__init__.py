"""What came of a forum meeting: the outcome page, the points raised (`OutcomePoint`, with
`PointStatus`), the trust's answers and their due dates, and the dashboard panels of points
awaiting an answer.

Import rule: imports meetings (and home, opportunities); never ideas or projects.
"""
