"""The catalogue of user-facing errors: one `Message` per kind, each with a stable code.

Raise with `IsnadError.of(M.NAME, path, line, **params)`. Codes never change once
released (users search for them, translations key on them); add new ones at the end of
their group. The interface translates `what`/`todo` templates and fills in the parameters.
Groups: E1xx editing, E2xx projects and schemas, E3xx import (text, readers), E4xx export
(formats, options), E5xx merge, agreement and the command line, E6xx-E7xx suggestions and
models. Parameters never carry English prose (the window could not translate it): a
message that varies in wording is two messages. `path` and `line` name the file to blame,
so no parameter is called that.
"""
from __future__ import annotations

from .errors import Message


class M:
    # -- E1xx editing (annotator/commands.py, annotator/adjudication.py, the window) ----
    LABEL_UNKNOWN = Message("E101", "the label '{label}' is not in the project's schema", "use one of: {known}")
    SPAN_OUT_OF_TEXT = Message("E102", "span [{start}, {end}) does not fit the document (0..{length}) or is empty",
                               "select at least one character inside the text")
    SPAN_MISSING = Message("E103", "no span '{span_id}'", "it may have been deleted; refresh the view")
    RELATION_TYPE_UNKNOWN = Message("E104", "the relation type '{type}' is not in the project's schema",
                                    "use one of: {known}")
    RELATION_FROM_KIND = Message("E105", "'{type}' cannot go from a {kind} span",
                                 "its from end must be a {allowed} span")
    RELATION_TO_KIND = Message("E106", "'{type}' cannot go to a {kind} span", "its to end must be a {allowed} span")
    STATUS_UNKNOWN = Message("E107", "unknown status '{status}'", "use one of: {known}")
    RELATION_SPANS_GONE = Message("E108", "the relation's spans no longer exist", "refresh the view")
    NO_RELATION_BETWEEN = Message("E109", "no relation type links a {first} span and a {second} span",
                                  "select two spans whose labels a relation type joins (in the default schema: "
                                  "a CLAIM and its SOURCE, or a CUE and its CLAIM)")

    # -- E2xx projects and schemas (annotator/store, annotator/schema.py) ----------------
    PROJECT_EXISTS = Message("E201", "{file} already exists", "choose a new file name, or open the existing project")
    PROJECT_FOLDER_MISSING = Message("E202", "the folder {folder} does not exist",
                                     "create it first or choose another place")
    PROJECT_MISSING = Message("E203", "no project file at {file}", "check the path, or create one with 'isnad init'")
    PROJECT_LOCKED = Message("E204", "{name} is already open in another Isnad window",
                             "switch to that window, or open this project read-only")
    PROJECT_READ_ONLY = Message("E205", "this project is open read-only", "close it and open it again for editing")
    DOCUMENT_MISSING = Message("E206", "no document '{doc_id}' in this project",
                               "list the documents with 'isnad ls PROJECT'")
    SHA_PREFIX_AMBIGUOUS = Message("E207", "'{ref}' is the start of more than one document's SHA-256",
                                   "give more characters of the SHA-256, or the document id")
    DOCUMENT_REF_MISSING = Message("E208", "no document with id or SHA-256 prefix '{ref}'",
                                   "list the documents and their ids with 'isnad ls PROJECT'")
    PROJECT_TOO_NEW = Message("E209", "{name} was made by a newer Isnad (project version {version}, "
                                      "this Isnad reads up to {supported})", "update Isnad to open this project")
    PROJECT_REFUSED = Message("E210", "the project refused the change ({detail})",
                              "this is a bug if you did not edit the file by hand; please report it")
    PROJECT_BUSY = Message("E211", "the project file is busy (another program is writing to it)",
                           "wait until it finishes, then try again")
    PROJECT_NOT_WRITABLE = Message("E212", "{name} or its folder is read-only (the project could not be written)",
                                   "make the file and its folder writable, or work on a copy")
    NOT_A_PROJECT = Message("E213", "{name} is not an Isnad project file",
                            "open a .isnad file made with 'isnad init' or File > New")
    NOT_A_PROJECT_BECAUSE = Message("E214", "{name} is not an Isnad project file ({detail})",
                                    "open a .isnad file made with 'isnad init' or File > New")
    PROJECT_DAMAGED = Message("E215", "{name} is damaged or unreadable ({detail})",
                              "restore it from a backup or a native JSONL export; 'PRAGMA integrity_check' shows "
                              "details")
    SCHEMA_UNREADABLE = Message("E220", "cannot read the schema file ({reason})", "check the path given to --schema")
    SCHEMA_SYNTAX = Message("E221", "the schema file is not valid {syntax}: {detail}",
                            "fix the syntax; resources/schemas/news-attribution.toml is an example")
    SCHEMA_MALFORMED = Message("E222", "a label or relation type is malformed ({detail})",
                               "fix that entry: every label needs a name; resources/schemas/news-attribution.toml "
                               "shows the expected form")
    SCHEMA_LABELS_TWICE = Message("E223", "labels defined twice: {labels}", "keep one definition of each")
    SCHEMA_KIND_UNKNOWN = Message("E224", "unknown kind for {labels}", "use one of {kinds}")
    # issue 14: disks, permissions and damaged or crafted project files (annotator/store/faults.py, checks.py)
    DISK_FULL = Message("E250", "the disk holding {name} is full, so the change was not saved",
                        "free some space on that disk, or move the project to one with room, then try again; "
                        "the project is as it was before")
    DISK_FULL_OPENING = Message("E251", "the disk holding {name} is full, and Isnad needs a few kilobytes beside a "
                                        "project even to read it",
                                "free some space on that disk, or copy the project to another disk; nothing was "
                                "changed")
    PROJECT_IO_ERROR = Message("E252", "the disk could not read or write {name} ({detail})",
                               "check that the disk or network folder is still there, then try again; this action "
                               "changed nothing")
    PROJECT_NO_READ_PERMISSION = Message("E253", "Isnad may not read {name} (permission denied)",
                                         "ask the file's owner for read access, or work on a copy")
    PROJECT_NO_WRITE_PERMISSION = Message("E254", "Isnad may not write to {name} or its folder (permission denied)",
                                          "ask for write access to the file and its folder, or open the project "
                                          "read-only")
    PROJECT_ON_READ_ONLY_DISK = Message("E255", "{name} is on a read-only disk or folder, so it can only be read",
                                        "copy it to a writable folder to edit it; reading, showing and exporting "
                                        "work where it is")
    PROJECT_LOG_ON_READ_ONLY_DISK = Message("E256", "{name} is on a read-only disk and keeps saved changes in {log}, "
                                                    "which cannot be read there",
                                            "copy {name} together with {log} to a writable folder and open it there")
    PROJECT_JOURNAL_ON_READ_ONLY_DISK = Message("E267", "{name} is on a read-only disk with {journal} beside it: an "
                                                        "import stopped while writing it, which only a writable "
                                                        "place can undo",
                                                "copy {name} together with {journal} to a writable folder and open "
                                                "it there")
    PROJECT_SCHEMA_DAMAGED = Message("E257", "the label schema stored in {name} is damaged ({detail})",
                                     "restore the project from a backup or a native JSONL export")
    PROJECT_FOREIGN_OBJECT = Message("E258", "{name} holds the database object '{object}', which Isnad never makes, "
                                             "so it is not a project as Isnad wrote it",
                                     "open the project file as Isnad wrote it, or restore it from a backup or a "
                                     "native JSONL export")
    PROJECT_TABLE_DAMAGED = Message("E259", "{name} is damaged: its table '{table}' is missing, altered or lacks the "
                                            "column '{column}'",
                                    "restore the project from a backup or a native JSONL export")
    PROJECT_VALUE_DAMAGED = Message("E260", "{name} is damaged: a '{column}' value in its table '{table}' is not what "
                                            "Isnad writes ({detail})",
                                    "restore the project from a backup or a native JSONL export")
    PROJECT_VERSION_DAMAGED = Message("E261", "{name} is damaged: it records no valid project version",
                                      "restore the project from a backup or a native JSONL export")
    PROJECT_SCHEMA_MISSING = Message("E262", "{name} is damaged: it holds no label schema",
                                     "restore the project from a backup or a native JSONL export")
    EDIT_NOT_SAVED_BUSY = Message("E263", "{count} change(s) could not be saved: another program kept the project "
                                          "busy for {seconds} seconds",
                                  "wait until it finishes (an import, a merge or a suggestion run), then make them "
                                  "again")
    OUTPUT_DISK_FULL = Message("E264", "the disk is full, so {name} could not be written",
                               "free some space or write to another disk; the project was not changed")
    FILE_NO_PERMISSION = Message("E265", "Isnad may not use {name} (permission denied)",
                                 "check its permissions, or choose another file or folder; nothing was changed")
    FILE_ON_READ_ONLY_DISK = Message("E266", "{name} is on a read-only disk", "write to a folder on a writable disk; "
                                                                              "nothing was changed")
    # issue 16: opening a project from the file manager
    PROJECT_UNREADABLE = Message("E240", "cannot read {name} ({reason})",
                                 "check that the file is yours to read (its permissions), or open a copy")

    # -- E3xx import: text, the importer and the readers ----------------------------------
    ENCODING_UNKNOWN = Message("E301", "unknown encoding '{encoding}'",
                               "use a Python codec name such as utf-8, utf-16 or cp1256")
    NOT_DECODABLE = Message("E302", "not valid {encoding} at byte {byte} (line {line_number}): {sample}",
                            "save the file as UTF-8, or pass --encoding cp1256 for Windows Arabic files")
    TEXT_HAS_NUL = Message("E303", "the text contains a NUL character at character {position}",
                           "if the file is UTF-16 without a byte-order mark, pass --encoding utf-16-le "
                           "(or utf-16-be); otherwise remove it from the source file")
    TEXT_HAS_SURROGATE = Message("E304", "the text contains a lone surrogate U+{code} at character {position}",
                                 "remove it from the source file and import again")
    DOCUMENT_EMPTY = Message("E305", "the document's text is empty", "give every document some text, or leave it out")
    OFFSETS_NOT_INTEGERS = Message("E306", "span offsets must be integers, got {start}, {end}",
                                   "write start and end as code-point indexes into the text")
    SPAN_OUTSIDE_TEXT = Message("E307", "span [{start}, {end}) ({label}) is outside the text (length {length}) "
                                        "or empty", "offsets are code points into 'text', half-open, with start < end")
    SPAN_ONLY_DROPPED = Message("E308", "span [{start}, {end}) covers only a byte-order mark or the \\r of a \\r\\n "
                                        "line end, which Isnad drops from the text",
                                "remove that span or widen it to cover real text")
    SPAN_ID_TWICE = Message("E309", "the span id '{span_id}' is given twice for different spans",
                            "give each span its own id (or none: Isnad then makes one)")
    LABEL_NOT_IN_SCHEMA = Message("E310", "the label '{name}' is not in the project's schema (unknown: {unknown})",
                                  "add it to the schema, or pass --add-labels to add unknown labels")
    RELATION_TYPE_NOT_IN_SCHEMA = Message("E311", "the relation type '{name}' is not in the project's schema "
                                                  "(unknown: {unknown})",
                                          "add it to the schema, or pass --add-labels to add unknown labels")
    SPAN_ID_TAKEN = Message("E312", "the id '{id}' already names one of the project's spans in another document",
                            "give this one its own id (or none: Isnad then makes one)")
    RELATION_ID_TAKEN = Message("E313", "the id '{id}' already names one of the project's relations in another "
                                        "document", "give this one its own id (or none: Isnad then makes one)")
    RELATION_END_MISSING = Message("E314", "a relation points to span '{span_id}', which does not exist",
                                   "give that span in the same document's 'spans', or fix the relation's "
                                   "'from'/'to'")
    RELATION_ACROSS_DOCUMENTS = Message("E315", "a relation links span '{span_id}' of another document",
                                        "relations join spans of one document; give both ends in the same line")
    TXT_FOLDER_EMPTY = Message("E316", "no .txt files in the folder {folder}", "point at a folder that holds .txt articles")
    TXT_FILE_EMPTY = Message("E317", "the file is empty", "remove it from the import or add the article's text")
    JSONL_LINE_INVALID = Message("E318", "line {number} is not valid JSON ({error} at column {column})",
                                 "fix or remove that line; each line must hold one JSON object")
    JSONL_LINE_TRUNCATED = Message("E319", "line {number} is not valid JSON ({error} at column {column}) — the file "
                                           "looks truncated",
                                   "fix or remove that line; each line must hold one JSON object")
    JSONL_NO_TEXT = Message("E320", "the line has no string field 'text'",
                            'each line must be an object like {{"text": "...", "spans": [...]}}')
    JSONL_LOOKS_DOCCANO = Message("E321", "this looks like doccano JSONL ('entities' or a 'label' list, no 'spans'); "
                                          "read as native JSONL its annotations would be lost",
                                  "import it with --format doccano (isnad import PROJECT FILE --format doccano)")
    JSONL_SPAN_FIELDS = Message("E322", "a span lacks start, end or label: {span}",
                                'write spans as {{"start": 0, "end": 4, "label": "PER"}}')
    JSONL_SPAN_TEXT_DIFFERS = Message("E323", "span [{start}, {end}) covers {covered} but its 'text' says {given}",
                                      "offsets must be code points into 'text' (not bytes or UTF-16 units); fix them "
                                      "or drop the span's 'text'")
    JSONL_RELATION_FIELDS = Message("E324", "a relation lacks from, to or type: {relation}",
                                    'write relations as {{"from": span id, "to": span id, "type": "attributed_to"}}')
    JSONL_RELATION_DOCCANO = Message("E325", "a relation lacks from, to or type: {relation} — from_id/to_id are "
                                             "doccano's keys",
                                     "import it with --format doccano (isnad import PROJECT FILE --format doccano)")
    JSONL_NOT_A_LIST = Message("E326", "'{key}' must be a list", "write '{key}' as a JSON array")
    JSONL_NOT_AN_OBJECT = Message("E327", "'{key}' must be an object", "write '{key}' as a JSON object")
    DOCUMENT_NO_TEXT = Message("E328", "the document has no text", "give every document a text string")
    OFFSETS_NOT_BOTH_INTEGERS = Message("E329", "span {span} has offsets {offsets}, which are not both integers",
                                        "offsets are integers counting code points (not true/false, strings or null)")
    SPAN_OUTSIDE = Message("E330", "span {span} [{start}, {end}) lies outside the text of {length} characters or is "
                                   "empty", "fix the offsets: 0 <= start < end <= text length, in code points")
    SPAN_TEXT_DIFFERS = Message("E331", "span {span} says {given} but the text at [{start}, {end}) is {covered}",
                                "the offsets must count Unicode code points of this very text; fix the file")
    SPAN_LABEL_NOT_STRING = Message("E332", "span {span}: the label must be a non-empty string, not {actual}",
                                    'give every span a label such as "PER"')
    RELATION_TYPE_NOT_STRING = Message("E333", "relation {relation}: the type must be a non-empty string, not "
                                               "{actual}", 'give every relation a type such as "attributed_to"')
    RELATION_END_UNKNOWN = Message("E334", "relation {relation} points to span {span}, which does not exist",
                                   "link only spans defined in the same document")
    INPUT_IS_FOLDER = Message("E335", "this is a folder, not a file", "give the path of {kind}")
    INPUT_UNREADABLE = Message("E336", "cannot read the file ({reason})", "check that it exists and that you may read it")
    JSON_LINE_INVALID = Message("E337", "invalid JSON ({error}, column {column})",
                                "fix this line; each line must be one JSON object")
    NOT_A_TASK_ARRAY = Message("E338", "this is not a JSON array of tasks", "export tasks as JSON from the tool")
    JSON_INVALID = Message("E339", "invalid JSON ({error}, column {column})", "fix the JSON syntax")
    JSON_AFTER_TASKS = Message("E340", "more JSON follows the end of the tasks (several values in one file?)",
                               "keep one JSON array of tasks per file: join the arrays or remove the extra text")
    FIELD_KIND = Message("E341", "{name} must be {kind}, not {actual}", "write {name} as {kind}")
    DOCCANO_NO_TEXT = Message("E342", "this line is not a doccano document with a text",
                              'each line must look like {{"text": ..., "entities": [{{"id", "label", "start_offset", '
                              '"end_offset"}}]}}')
    DOCCANO_MALFORMED = Message("E343", "a span or relation lacks a field or is malformed ({error})",
                                'each line must look like {{"text": ..., "entities": [{{"id", "label", "start_offset", '
                                '"end_offset"}}]}}')
    LABEL_STUDIO_NO_TEXT = Message("E344", "this task has no data.text",
                                   'a task looks like {{"data": {{"text": ...}}, "annotations": [{{"result": [...]}}]}}')
    LABEL_STUDIO_NO_RESULT = Message("E345", "an annotation has no result list",
                                     'a task looks like {{"data": {{"text": ...}}, "annotations": '
                                     '[{{"result": [...]}}]}}')
    LABEL_STUDIO_MALFORMED = Message("E346", "a result lacks a field or is malformed ({error})",
                                     "labels results need id and value.start/end/labels; relations need from_id/to_id")
    BRAT_NOT_BRAT = Message("E347", "{name} is neither a brat folder nor a .ann/.txt file",
                            "pass the folder holding NAME.txt and NAME.ann files")
    BRAT_OUTSIDE = Message("E348", "{file} leads outside the folder being imported ({top})",
                           "copy the files into the folder instead of linking them")
    BRAT_NO_TXT = Message("E349", "{ann} has no {txt} beside it",
                          "put the document text, byte for byte, in a .txt of the same name")
    BRAT_NO_ANN = Message("E350", "{txt} has no {ann} beside it", "pass the folder, or create an empty .ann")
    BRAT_BAD_SPAN = Message("E351", "cannot read this text-bound annotation",
                            "write it as T1<TAB>LABEL START END<TAB>text")
    BRAT_DISCONTINUOUS = Message("E352", "cannot read this text-bound annotation (discontinuous spans are not "
                                         "supported)", "write it as T1<TAB>LABEL START END<TAB>text")
    BRAT_BAD_RELATION = Message("E353", "cannot read this relation", "write it as R1<TAB>TYPE Arg1:T1 Arg2:T2")
    BRAT_BAD_ATTRIBUTE = Message("E354", "this attribute does not name a span defined above ({body})",
                                 "write it as A1<TAB>NAME T1 [VALUE] after the T line")
    BRAT_UNSUPPORTED = Message("E355", "'{kind}' annotations (events, normalisations, equivalences) cannot be "
                                       "imported", "remove those lines or keep only T, R, A and # lines")
    # issues 14 and 15 (importing): hostile input, encodings decided per file
    JSON_TOO_DEEP = Message("E360", "the JSON is nested more than {limit} levels deep",
                            "keep meta and attrs to plain values, lists and objects a few levels deep")
    NUMBER_TOO_LONG = Message("E361", "a number has more than {limit} digits",
                              "offsets, ids and seconds are short numbers; fix or remove that one")
    NUMBER_NOT_FINITE = Message("E362", "the number {number} is not finite (NaN and Infinity are not JSON numbers)",
                                "write a finite number, or null")
    STRING_HAS_SURROGATE = Message("E363", "the string at {field} holds a lone surrogate U+{code} (half of a pair)",
                                   "escape both halves of the pair (\\ud83d\\ude00) or remove it, then import again")
    ID_TOO_LONG = Message("E364", "an id or layer name has {length} characters: {start}…",
                          "ids and layer names may have at most {limit} characters; give it a shorter one")
    FILE_NAME_UNDECODABLE = Message("E365", "the file name holds bytes that are not UTF-8 ({name})",
                                    "rename the file (its name becomes the document's id), then import again")
    SECONDS_OUT_OF_RANGE = Message("E366", "'seconds' is {number}, not a time spent on a document",
                                   "write the seconds spent as a number from 0 to {limit}, or null")
    MOJIBAKE_DECODED = Message("E367", "read as {encoding}, the text is garbled UTF-8 ({sample} would read "
                                       "{fixed})",
                               "the file is UTF-8: import it without --force-encoding (valid UTF-8 is read as UTF-8)")
    MOJIBAKE_IN_FILE = Message("E368", "the text is already garbled: UTF-8 that was once read as {encoding} and "
                                       "saved again ({sample} would read {fixed})",
                               "repair the file where it was made (or re-export it from the original) and import "
                               "again; Isnad never stores garbled text")
    FORCE_WITHOUT_ENCODING = Message("E369", "--force-encoding names no encoding",
                                     "add the encoding to force, e.g. --encoding cp1256 --force-encoding")
    MOJIBAKE_MIXED = Message("E370", "read as {encoding}, part of the text is garbled UTF-8 ({sample} would read "
                                     "{fixed}): the file mixes two encodings",
                             "save the whole file in one encoding (UTF-8 is best), then import again")

    # -- E4xx export: formats, output paths, options ---------------------------------------
    FORMAT_CANNOT_READ = Message("E401", "no format '{name}' can read files", "use one of: {known}")
    FORMAT_CANNOT_WRITE = Message("E402", "no format '{name}' can write files", "use one of: {known}")
    FORMAT_UNGUESSABLE = Message("E403", "cannot tell the format of {name} from its name",
                                 "pass --format (e.g. --format jsonl), or use .txt / .jsonl files")
    EXPORT_FOLDER_MISSING = Message("E404", "the folder {folder} does not exist",
                                    "create it or choose another output path")
    EXPORT_OVER_DATABASE = Message("E405", "{out} is a database (an Isnad project?), which an export never overwrites",
                                   "give the export its own file name, e.g. export.jsonl")
    EXPORT_NOT_REGULAR = Message("E406", "{out} is not a regular file (a device or pipe)", "give a file path with -o")
    EXPORT_FOLDER_NOT_FILE = Message("E407", "{out} is a folder, but this export writes one file",
                                     "give a file path with -o")
    EXPORT_FILE_NOT_FOLDER = Message("E408", "{out} is a file, but this export writes a folder",
                                     "give the path of a new folder with -o")
    EXPORT_FOLDER_NOT_EMPTY = Message("E409", "{out} is a folder holding other files than an earlier export of this "
                                              "kind", "choose a new or empty folder for the export")
    SPACY_MISSING = Message("E410", "spaCy is not installed, so no .spacy file can be written",
                            "install it with: pip install 'isnad[spacy]' (from a checkout: pip install '.[spacy]')")
    SPLIT_RATIOS = Message("E411", "split ratios must be non-negative numbers with a positive sum: {splits}",
                           "write them like train=0.8,dev=0.1,test=0.1")
    SPLIT_NAME = Message("E412", "the split name '{name}' is not a plain name",
                         "use letters, digits, - and _ only, e.g. train=0.8,dev=0.1,test=0.1")
    SPLIT_TWICE = Message("E413", "the split '{name}' is given twice", "name each split once")
    SPLIT_UNREADABLE = Message("E414", "cannot read the split '{part}'", "write splits like train=0.8,dev=0.1,test=0.1")
    RENAME_UNREADABLE = Message("E415", "cannot read the renaming '{pair}'", "write it as OLD=NEW, e.g. PERS=PER")
    EXPORT_NO_PATH = Message("E416", "no output path", "type one or press Choose…")
    NO_LAYER_TICKED = Message("E417", "no layer is ticked", "tick at least one layer, or all of them to keep everything")
    NO_STATUS_TICKED = Message("E418", "no status is ticked",
                               "tick at least one status, or all of them to keep everything")
    NO_LABEL_TICKED = Message("E419", "no label is ticked", "tick at least one label, or all of them to keep everything")
    # issues 14 and 15, the export side: split fractions, one-layer formats, standard output
    SPLIT_SUM = Message("E430", "the split fractions add up to {total}, not 1: {splits}",
                        "give fractions that add up to 1, e.g. train=0.8,dev=0.1,test=0.1")
    EXPORT_ONE_LAYER = Message("E431", "{format} holds one layer, and this export has {count}: {layers}",
                               "export one layer at a time (isnad export --annotator {first}, or tick one layer in "
                               "File > Export), or use a format that keeps layers apart: {keeping}")
    STDOUT_FOLDER_FORMAT = Message("E432", "a {format} export is a folder, which cannot go to standard output (-o -)",
                                   "give the path of a new folder with -o, e.g. -o {format}-export")
    STDOUT_SPLITS = Message("E433", "an export with --split is a folder, which cannot go to standard output (-o -)",
                            "give the path of a new folder with -o, or leave out --split")

    # -- E5xx merge, agreement and the command line ---------------------------------------
    FILE_UNUSABLE = Message("E501", "cannot use {name} ({reason})", "check the path, that it is a file or folder as "
                                                                    "the command expects, and its permissions; "
                                                                    "nothing was changed")
    FILE_UNUSABLE_UNNAMED = Message("E502", "cannot use a file ({reason})", "check the path, that it is a file or "
                                                                           "folder as the command expects, and its "
                                                                           "permissions; nothing was changed")
    PATH_MISSING = Message("E503", "{file} does not exist", "check the path")
    LAYER_UNKNOWN = Message("E504", "no layer named {names} in this project", "use some of: {known}")
    LAYER_UNKNOWN_NONE_YET = Message("E505", "no layer named {names} in this project", "use some of: (none yet)")
    LABEL_NOT_IN_PROJECT = Message("E506", "no label {names} in the project's schema", "use some of: {known}")
    SOURCE_MISSING = Message("E507", "{file} does not exist", "check the path of the source")
    AGREEMENT_NEEDS_TWO = Message("E508", "agreement needs at least two annotators",
                                  "name two or more with --annotators")
    REPORT_IS_FOLDER = Message("E509", "{out} is a folder", "give a file name for the report, e.g. agreement.html")
    REPORT_OVER_DATABASE = Message("E510", "{out} is a database or a special file, which a report never overwrites",
                                   "give the report its own file name, e.g. agreement.html")
    REPORT_FOLDER_MISSING = Message("E511", "the folder {folder} does not exist", "create it or choose another path")
    REPORT_UNWRITABLE = Message("E512", "cannot write {out} ({reason})", "choose another path for the report")
    AGREEMENT_TOO_MANY_LABELS = Message("E513", "agreement compares at most 62 labels at once ({count} here)",
                                        "choose the labels to compare with --labels")
    RECOMMENDER_UNKNOWN = Message("E514", "unknown recommender '{spec}'",
                                  "use lexicon, attribution, spacy:PATH or transformers:PATH")
    # issue 14: a merge source as stored, never trusted (annotator/merge.py)
    MERGE_SPAN_OUTSIDE = Message("E540", "{source}: span '{span_id}' [{start}, {end}) does not fit its document "
                                         "'{doc_id}' ({length} characters)",
                                 "the source is damaged or was edited by hand: restore it from a backup, or merge a "
                                 "native JSONL export of it")
    MERGE_NO_TEXT = Message("E541", "{source}: document '{doc_id}' has no text",
                            "the source is damaged or was edited by hand: restore it from a backup, or merge a native "
                            "JSONL export of it")
    # issues 13, 15 and 16: optional extras, the display, desktop integration
    EXTRA_MISSING = Message("E530", "{what} needs {module}, which is not installed",
                            "install it with: pip install 'isnad[{extra}]' (from a checkout: pip install '.[{extra}]')")
    NO_DISPLAY = Message("E531", "there is no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set)",
                         "run it in a desktop session, or set QT_QPA_PLATFORM=offscreen to run it without a screen; "
                         "the other commands need no display")
    DESKTOP_NOT_LINUX = Message("E532", "{command} registers Isnad with Linux desktops only (this is {system})",
                                "on Windows and macOS the installer of the bundled app makes the association")
    # issue 12: projects on a PostgreSQL server (annotator/project_io.py, annotator/store)
    PROJECT_URL_SCHEME = Message("E570", "{location} is a '{scheme}' address, which Isnad cannot open",
                                 "give a project file (.isnad) or a server address: postgresql://USER@HOST/DATABASE")
    SERVER_EXPECTED = Message("E571", "{location} is a project file, and this command needs a server address",
                              "give the project's server address: postgresql://USER@HOST/DATABASE")
    SERVER_UNREACHABLE = Message("E572", "cannot reach the PostgreSQL server {server} ({detail})",
                                 "check that the server runs and that the host and port are right, then try again")
    SERVER_LOGIN_REFUSED = Message("E573", "the server {server} refused the login of '{user}' ({detail})",
                                   "check the user name and password (Isnad reads the password from PGPASSWORD "
                                   "or ~/.pgpass)")
    SERVER_DATABASE_MISSING = Message("E574", "there is no database '{database}' on the server {server}",
                                      "ask its administrator to create it (createdb {database}), or check the name")
    SERVER_NOT_A_PROJECT = Message("E575", "the database '{database}' on {server} holds no Isnad project",
                                   "make one there with: isnad init {location}")
    SERVER_PROJECT_EXISTS = Message("E576", "the database '{database}' on {server} is not empty",
                                    "open the project it holds, or make a new one in an empty database")
    SERVER_CONNECTION_LOST = Message("E577", "the connection to the server {server} was lost ({detail})",
                                     "check the server and the network, then do it again: the action was not saved")
    SERVER_PERMISSION = Message("E578", "the server refused: '{user}' may not do this ({detail})",
                                "ask the project's lead for the right role (isnad user add)")
    STALE_WRITE = Message("E580", "what you changed was changed meanwhile, in another window or by another person",
                          "the view now shows it as it is: look again, then make your change again")
    STALE_UNDO = Message("E581", "what you would undo was changed since, in another window or by another person",
                         "the view now shows it as it is; undoing would overwrite that change, so it was not done")
    ASSIGN_TOO_FEW = Message("E582", "each document cannot go to {per_document} of {count} annotators",
                             "name at least as many annotators with --annotators as --per-document asks for")
    # issue 12: offline work, then sync (annotator/sync.py, `isnad checkout`, `isnad sync`)
    NOT_A_CHECKOUT = Message("E590", "{name} is not a checkout of a server project: it remembers no server",
                             "make one with: isnad checkout URL FILE --annotator NAME (to combine project files, "
                             "use isnad merge)")
    SYNC_NEEDS_FILE = Message("E591", "isnad sync takes the file a checkout made, and {location} is a server address",
                              "give the checkout's file, e.g. isnad sync ali.isnad (it remembers its server)")
    SYNC_OTHER_PROJECT = Message("E592", "{server} holds another project than the one {name} was checked out from",
                                 "check the address (isnad sync {name} --server URL), or check the project out "
                                 "again into a new file")
    CHECKOUT_NOT_A_MEMBER = Message("E593", "'{annotator}' is not on the team of the project on {server}",
                                    "ask the lead to add them (isnad user add URL {annotator} --role annotator), "
                                    "or check the name given with --annotator")

    # -- identity, import and export in the window (ui/session.py, ui/file_menu.py) ---------
    NAME_NEEDED = Message("E800", "Isnad needs a name to save your spans under",
                          "type your name when Isnad asks for it, or start it with: isnad gui --annotator NAME")
    IMPORT_FORMAT_UNKNOWN = Message("E801", "cannot tell the format of {name} from its name",
                                    "choose the format in the Import dialog's file-type list, or name the "
                                    "file .txt, .jsonl, .json or .ann")

    # -- suggestions (annotator/layers.py, suggestions.py, recommenders, `isnad suggest`): E600-E649 ----
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
    SUGGEST_LAYER_UNKNOWN = Message("E609", "no layer named {layer} in this project", "use one of: {known}")
    NO_DOCUMENTS = Message("E610", "no document has {what}",
                           "check --status and --annotator (statuses: {statuses})")
    RECOMMENDER_SETTING = Message("E611", "the project setting 'recommenders' must be a list of recommender names, "
                                          "not {value}",
                                  "choose the recommenders again (a list such as [\"lexicon\", \"attribution\"])")
    VERDICT_VALUE = Message("E648", "a verdict must be {allowed}, not {actual}",
                            'write verdicts as {{"key": "span:0:4:PER", "label": "PER", "verdict": "rejected"}}')
    RECOMMENDER_MISSING = Message("E613", "the recommender '{kind}' is not part of this Isnad installation",
                                  "update Isnad, or use another recommender (lexicon is always there)")
    # a suggestion worker process that dies (branch pool)
    SUGGEST_WORKER_DIED = Message("E614", "a suggestion worker process ended unexpectedly (status {status}) while "
                                          "the recommender '{name}' ran",
                                  "nothing was written; if memory ran out (the system then sends SIGKILL), close "
                                  "other programs and run it again")
    SPOOL_FAILED = Message("E615", "could not write the suggestions to the scratch file {file} ({detail})",
                           "free some space there, or choose another folder for scratch files with the TMPDIR "
                           "environment variable, then run it again; nothing was written to the project")
    SUGGEST_LAYER_FILLED = Message("E616", "{layer} received suggestions from elsewhere (an open window?) just as "
                                           "this run began",
                                   "run the same command again: it then replaces them; nothing was written")

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
                                    "install it with: pip install 'isnad[{extra}]' (from a checkout: "
                                    "pip install '.[{extra}]')")
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

    # -- the attribution recommender (annotator/recommenders/attribution.py) -------------
    ATTRIBUTION_ARGUMENT = Message("E650", "the attribution recommender takes no argument (it was given '{argument}')",
                                   "write --with attribution, without ':' and what follows")


def catalogue() -> list[Message]:
    """Every message, in declaration order."""
    return [m for m in vars(M).values() if isinstance(m, Message)]
