"""The catalogue of user-facing errors: one `Message` per kind, each with a stable code.

Raise with `IsnadError.of(M.NAME, path, line, **params)`. Codes never change once
released (users search for them, translations key on them); add new ones at the end of
their group. The interface translates `what`/`todo` templates and fills in the parameters.
"""
from __future__ import annotations

from .errors import Message


class M:
    # -- editing (annotator/commands.py) ------------------------------------------------
    LABEL_UNKNOWN = Message("E101", "the label '{label}' is not in the project's schema", "use one of: {known}")
    SPAN_OUT_OF_TEXT = Message("E102", "span [{start}, {end}) does not fit the document (0..{length}) or is empty",
                               "select at least one character inside the text")
    SPAN_MISSING = Message("E103", "no span '{span_id}'", "it may have been deleted; refresh the view")

    # -- the attribution recommender (annotator/recommenders/attribution.py) -------------
    ATTRIBUTION_ARGUMENT = Message("E650", "the attribution recommender takes no argument (it was given '{argument}')",
                                   "write --with attribution, without ':' and what follows")
