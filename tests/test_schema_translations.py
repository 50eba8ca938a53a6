"""Guidelines in several languages: `translations.LANG.description` in a schema file."""
import json

import pytest

from annotator.errors import IsnadError
from annotator.schema import default_schema, load_schema, schema_from_dict, schema_to_dict, translated


def test_default_schema_has_arabic_guidelines_and_round_trips():
    schema = default_schema()
    assert all(translated(l, "description", "ar") != l.description for l in schema.labels)
    assert translated(schema.label("LOC"), "description", "ar").startswith("مكان")
    assert translated(schema.label("LOC"), "description", "fr") == schema.label("LOC").description
    assert schema_from_dict(json.loads(json.dumps(schema_to_dict(schema), ensure_ascii=False))) == schema


def test_a_schema_without_translations_keeps_its_stored_form(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text('[[labels]]\nname = "PER"\ndescription = "A person"\n', encoding="utf-8")
    schema = load_schema(path)
    assert "translations" not in schema_to_dict(schema)["labels"][0]
    assert translated(schema.label("PER"), "description", "ar") == "A person"


def test_malformed_translations_are_refused_with_a_message(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text('[[labels]]\nname = "PER"\ntranslations.ar = "شخص"\n', encoding="utf-8")
    with pytest.raises(IsnadError) as e:
        load_schema(path)
    assert e.value.code == "E222" and "translations" in e.value.what
