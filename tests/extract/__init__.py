"""Tests of the extract step, and the text their test pages are built around."""
from __future__ import annotations

# Three paragraphs of an article, long enough to be prose to the extractor.
SHORT_ARTICLE = [
    ("The council approved the new bridge on Tuesday after a debate that lasted most of the evening, "
     "with residents of both banks filling the public gallery and the corridor outside the chamber."),
    ("Work is to start in the spring and the old crossing will stay open until the new one is ready, "
     "so that the buses to the hospital and the school can keep their routes through the winter."),
    ("The engineers expect the steel to arrive by barge in March, and the road to the quay will be "
     "closed to other traffic on the three days of the delivery, the council said in a statement."),
]
