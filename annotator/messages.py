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

    # -- model recommenders and training (annotator/recommenders/*_model.py, annotator/training.py)
    MODEL_PATH_NEEDED = Message("E700", "the recommender '{kind}' needs the path of a model folder",
                                "write it as {kind}:PATH, e.g. {kind}:model/")
    MODEL_PATH_MISSING = Message("E701", "{recommender}: {folder} does not exist",
                                 "check the path of the model folder")
    NOT_A_SPACY_PIPELINE = Message("E702", "{recommender}: {folder} is not a spaCy pipeline (it has no {missing})",
                                   "give a folder written by nlp.to_disk() or 'isnad train'")
    SPACY_VERSION_MISMATCH = Message("E703", "{recommender}: the pipeline was made for spaCy {wanted}, but spaCy "
                                             "{installed} is installed",
                                     "train it again with this spaCy ('isnad train'), or install a spaCy {wanted}")
    MODEL_LOAD_FAILED = Message("E704", "{recommender}: the model could not be loaded ({error})",
                                "check that the folder is complete and was made for the installed {library}")
    MODEL_LABELS_UNKNOWN = Message("E705",
                                   "{recommender}: the model's labels {unknown} are not in the project's schema",
                                   "map each to a schema label with --map MODEL=SCHEMA, e.g. --map {example}; "
                                   "the schema has: {known}")
    MODEL_LIBRARY_MISSING = Message("E706", "{recommender}: {library} is not installed",
                                    "install it with: pip install 'isnad[{extra}]'")
    NOT_A_TOKEN_CLASSIFIER = Message("E707", "{recommender}: {folder} is not a token-classification model ({reason})",
                                     "give a folder written by save_pretrained() of an AutoModelForTokenClassification "
                                     "and its fast tokenizer")
    MODEL_CHANGED_TEXT = Message("E708", "{recommender}: the pipeline's tokenizer changed the text, so its offsets "
                                         "would not fit the document",
                                 "use a pipeline whose tokenizer keeps the text as given (spaCy's own tokenizers do)")
    MODEL_NO_LABELS = Message("E709", "{recommender}: the model labels no spans (it has no {what})",
                              "give a model that finds entities or spans, e.g. one 'isnad train' wrote")
    TRAIN_NOTHING = Message("E720", "no spans to train on in the chosen layers, statuses and labels",
                            "choose layers that hold annotations with --annotator (see 'isnad stats')")
    TRAIN_NO_TRAINING_SPLIT = Message("E721", "all {documents} documents fell into the held-out split",
                                      "lower --held-out (now {held_out}) or annotate more documents")
    MODEL_OUT_NOT_A_FOLDER = Message("E722", "{out} is a file, but a model is a folder",
                                     "give the path of a new folder with -o, e.g. -o model/")
    MODEL_OUT_NOT_A_MODEL = Message("E723", "{out} is a folder holding other files than an earlier 'isnad train' model",
                                    "choose a new or empty folder for the model")
    MODEL_OUT_PARENT_MISSING = Message("E724", "the folder {parent} does not exist",
                                       "create it or choose another path for the model")
