"""Issue 15: encodings decided per file. A BOM always wins; valid UTF-8 is read as UTF-8
unless --force-encoding; --encoding applies to the rest; cp1256 and UTF-16 are detected when
nothing is given; the summary counts files per encoding; garbled text (UTF-8 read as cp1256
or Latin-1) is refused with a two-part message."""
import codecs
import json
import sqlite3

import pytest

from annotator.encodings import decode_file, mojibake
from annotator.errors import IsnadError
from helpers import isnad

UTF8 = "قالت الصحيفة إن الوضع مستقر في سرت."
BOM = "نص بعلامة ترتيب البايتات في طرابلس."
WINDOWS = "أكد مسؤولون أمريكيون أن قوات حفتر انسحبت."


def _texts(project):
    return sorted(t for (t,) in sqlite3.connect(project).execute("SELECT text FROM documents"))


@pytest.fixture
def mixed(tmp_path):
    """The issue's folder: a UTF-8 file, a UTF-8 file with a BOM and a Windows-1256 file."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_bytes(UTF8.encode("utf-8"))
    (folder / "b.txt").write_bytes(codecs.BOM_UTF8 + BOM.encode("utf-8"))
    (folder / "c.txt").write_bytes(WINDOWS.encode("cp1256"))
    project = tmp_path / "p.isnad"
    isnad("init", project)
    return folder, project


def test_encoding_does_not_mangle_utf8_files_beside_a_cp1256_one(mixed):
    folder, project = mixed
    out = isnad("import", project, folder, "--encoding", "cp1256").stdout
    assert "3 documents added" in out
    assert "read 3 files: 1 cp1256 (--encoding), 1 utf-8, 1 utf-8 (BOM)" in out
    assert _texts(project) == sorted([UTF8, BOM, WINDOWS])  # before: ظ‚ط§ظ„طھ... and ï»؟ظ†طµ...


def test_without_encoding_cp1256_is_detected(mixed):
    folder, project = mixed
    out = isnad("import", project, folder).stdout
    assert "read 3 files: 1 cp1256 (detected), 1 utf-8, 1 utf-8 (BOM)" in out
    assert _texts(project) == sorted([UTF8, BOM, WINDOWS])


def test_forcing_cp1256_on_utf8_is_refused_as_garbled(mixed):
    folder, project = mixed
    proc = isnad("import", project, folder, "--encoding", "cp1256", "--force-encoding", check=False)
    assert proc.returncode == 2 and "[E367]" in proc.stderr and "a.txt:1:" in proc.stderr
    assert "ظ‚ط§ظ„طھ would read قالت" in proc.stderr and "What to do" in proc.stderr
    assert _texts(project) == []


def test_a_bom_wins_over_a_forced_encoding(tmp_path):
    data = codecs.BOM_UTF8 + BOM.encode("utf-8")
    decoded = decode_file(data, "b.txt", "cp1256", force=True)
    assert (decoded.text, decoded.label) == (BOM, "utf-8 (BOM)")
    utf16 = codecs.BOM_UTF16_LE + UTF8.encode("utf-16-le")
    assert decode_file(utf16, "u.txt", "latin-1", force=True).text == UTF8


def test_forcing_an_encoding_that_fits(tmp_path):
    """Latin-1 forced on pure-ASCII-and-Latin UTF-8 bytes that really are Latin-1 text."""
    data = "Tripoli".encode("ascii")
    decoded = decode_file(data, "a.txt", "latin-1", force=True)
    assert (decoded.text, decoded.label) == ("Tripoli", "latin-1 (forced)")


def test_force_without_an_encoding_is_refused(tmp_path, mixed):
    folder, project = mixed
    proc = isnad("import", project, folder, "--force-encoding", check=False)
    assert proc.returncode == 2 and "[E369]" in proc.stderr


def test_utf16_without_bom_takes_encoding(tmp_path):
    """UTF-16 Arabic without a BOM is often valid UTF-8 (full of NULs): it is not taken as UTF-8."""
    data = UTF8.encode("utf-16-le")
    data.decode("utf-8")  # valid UTF-8 indeed
    assert decode_file(data, "u.txt", "utf-16-le").text == UTF8
    assert decode_file(data, "u.txt").label == "utf-16-le (detected)"


@pytest.mark.parametrize("garbled, codec", [
    (UTF8.encode("utf-8").decode("cp1256"), "cp1256"),
    (UTF8.encode("utf-8").decode("latin-1"), "latin-1"),
    ("Le café était fermé à Noël".encode("utf-8").decode("cp1252"), "cp1252"),
])
def test_text_already_garbled_in_a_utf8_file_is_refused(tmp_path, garbled, codec):
    project = tmp_path / "p.isnad"
    isnad("init", project)
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"text": "سطر سليم"}, ensure_ascii=False) + "\n"
                    + json.dumps({"text": garbled}, ensure_ascii=False) + "\n", encoding="utf-8")
    proc = isnad("import", project, path, check=False)
    assert proc.returncode == 2 and "[E368]" in proc.stderr and "in.jsonl:2:" in proc.stderr
    assert f"read as {codec}" in proc.stderr and _texts(project) == []


def _corpus_texts(corpus):
    texts = [json.loads(line)["text"] for name in ("pud/ar_pud_news.jsonl", "articles/anercorp_news_passages.jsonl",
                                                    "attribution/tune.jsonl", "attribution/heldout.jsonl")
             for line in (corpus / name).open(encoding="utf-8")]
    return texts + [(corpus / "seed" / "sirte-washington-post.txt").read_text(encoding="utf-8")]


def test_no_real_arabic_text_looks_garbled(corpus):
    """No false alarm on 600 real texts (with فقط، «» “” … and Latin names)."""
    texts = _corpus_texts(corpus)
    assert len(texts) > 600
    assert [t[:40] for t in texts if mojibake(t)] == []
    assert mojibake("فقط، قال «الوضع مستقر»… Straße» © 2024 Ø Oslo") is None


@pytest.mark.parametrize("codec", ["cp1256", "cp1252", "latin-1"])
def test_every_real_text_garbled_is_caught(corpus, codec):
    texts = [t for t in _corpus_texts(corpus) if len(t) >= 20]
    garbled = [t.encode("utf-8").decode(codec, errors="replace") for t in texts]
    assert [g[:30] for g in garbled if mojibake(g) is None] == []


def test_cp1256_file_decoded_is_no_garble(tmp_path):
    data = WINDOWS.encode("cp1256")
    with pytest.raises(IsnadError) as e:
        decode_file("ظ‚ط§ظ„طھ ط§ظ„طµط­ظٹظپط©".encode("utf-8"), "x.txt")
    assert e.value.code == "E368" and e.value.line == 1
    assert decode_file(data, "c.txt", "cp1256").text == WINDOWS


def test_a_file_mixing_utf8_and_cp1256_is_refused(tmp_path):
    """Not valid UTF-8 as a whole, so read in --encoding: its UTF-8 lines come out garbled."""
    data = WINDOWS.encode("cp1256") + b"\n" + UTF8.encode("utf-8")
    with pytest.raises(IsnadError) as e:
        decode_file(data, "mixed.txt", "cp1256")
    assert e.value.code == "E370" and e.value.line == 2 and "mixes two encodings" in e.value.what
    with pytest.raises(IsnadError) as e:
        decode_file(data, "mixed.txt")  # no single encoding is detected: not UTF-8, say which
    assert e.value.code in ("E302", "E370")
