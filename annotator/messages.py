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

    # -- suggestions (annotator/layers.py, suggestions.py, recommenders, `isnad suggest`): E600-E649 ----
    RECOMMENDER_UNKNOWN = Message("E600", "unknown recommender '{spec}'",
                                  "use lexicon, attribution, spacy:PATH or transformers:PATH")
    RECOMMENDER_LABELS = Message("E601", "the recommender '{name}' suggests {what} the project's schema lacks: "
                                         "{unknown}",
                                 "map each to one the schema has with --map OLD=NEW (it has: {known}), or add "
                                 "them to the schema")
    SUGGESTION_OUT_OF_TEXT = Message("E602", "the recommender '{name}' suggested [{start}, {end}) in document "
                                             "'{doc_id}', outside its text (0..{length})",
                                     "this is a bug in that recommender; report it with the document")
    SUGGESTION_BAD_RELATION = Message("E603", "the recommender '{name}' suggested a relation between spans "
                                              "{source} and {target}, but it gave {count} spans",
                                      "this is a bug in that recommender; report it with the document")
    SUGGEST_LAYER_NAME = Message("E604", "'{layer}' is not a suggestion layer",
                                 "suggestions go to a layer of their own named suggest:NAME, e.g. suggest:lexicon; "
                                 "only people accept them into their layers")
    MAP_SYNTAX = Message("E605", "cannot read the label mapping '{pair}'", "write it as OLD=NEW, e.g. --map PERS=PER")
    NOT_A_SUGGESTION = Message("E606", "'{layer}' is not a suggestion layer, so there is nothing to reject",
                               "reject suggestions (layers named suggest:NAME); delete other spans instead")
    LEXICON_LAYERS = Message("E607", "the lexicon can learn only from people's layers, not from {layer}",
                             "name layers that are not suggest:NAME with --annotator")
    EVALUATE_NEEDS_AGAINST = Message("E608", "--evaluate needs the layer to compare with",
                                     "add --against LAYER, e.g. --against gold")
    LAYER_UNKNOWN = Message("E609", "no layer named {layer} in this project", "use one of: {known}")
    NO_DOCUMENTS = Message("E610", "no document has {what}",
                           "check --status and --annotator (statuses: {statuses})")
    RECOMMENDER_SETTING = Message("E611", "the project setting 'recommenders' must be a list of recommender names, "
                                          "not {value}",
                                  "choose the recommenders again (a list such as [\"lexicon\", \"attribution\"])")
    STATUS_UNKNOWN = Message("E612", "unknown status '{status}'", "use one of: {known}")
    RECOMMENDER_MISSING = Message("E613", "the recommender '{kind}' is not part of this Isnad installation",
                                  "update Isnad, or use another recommender (lexicon is always there)")
