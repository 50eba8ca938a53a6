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

    # -- identity, import and export in the window (ui/session.py, ui/file_menu.py) ---------
    NAME_NEEDED = Message("E800", "Isnad needs a name to save your spans under",
                          "type your name when Isnad asks for it, or start it with: isnad gui --annotator NAME")
    IMPORT_FORMAT_UNKNOWN = Message("E801", "cannot tell the format of {name} from its name",
                                    "choose the format in the Import dialog's file-type list, or name the "
                                    "file .txt, .jsonl, .json or .ann")
