"""Full and read-only disks (issue 14), on real file systems: a small tmpfs that fills up,
a read-only bind mount. Each is told as what it is (never "damaged", never a second
traceback) and changes nothing; a read-only project still reads, shows, exports and merges."""
from __future__ import annotations

import os
import shutil

import pytest

from annotator.errors import IsnadError, ReadOnlyPlace
from annotator.importing import import_records
from annotator.model import Document, DocumentRecord
from annotator.store import Project
from crafted import real_project
from helpers import isnad, isnad_process
from mounts import fill, read_only_view, small_disk
from tests.ui_helpers import make_project, offsets

ROOT_USER = hasattr(os, "geteuid") and os.geteuid() == 0


def _told(run, code: str) -> None:
    """Exit 2, the message `code`, no traceback, not called damage."""
    assert run.returncode == 2, run.stderr
    assert f"[{code}]" in run.stderr and "What to do:" in run.stderr, run.stderr
    assert "Traceback" not in run.stderr and "Exception" not in run.stderr, run.stderr
    assert "damaged" not in run.stderr and "backup" not in run.stderr, run.stderr


def _article(corpus, k: int = 7):
    return sorted((corpus / "articles" / "txt").glob("*.txt"))[k]


# -- read-only disks ------------------------------------------------------------------
def test_a_project_on_a_read_only_disk_reads_exports_and_merges_but_is_not_edited(tmp_path, corpus):
    folder = tmp_path / "data"
    folder.mkdir()
    real_project(folder / "p.isnad")
    lead = tmp_path / "lead.isnad"
    isnad("init", lead)
    with read_only_view(folder, tmp_path / "ro") as ro:
        path = ro / "p.isnad"
        assert isnad("stats", path).stdout.startswith("2 documents, 4 spans, 2 relations")
        isnad("export", path, "--format", "jsonl", "-o", tmp_path / "out.jsonl")
        assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 2
        assert "PER" in isnad("show", path, "doc-0", "--raw").stdout
        isnad("agree", path)
        assert "4 spans added" in isnad("merge", lead, path).stdout  # a read-only source merges
        _told(isnad("import", path, _article(corpus), check=False), "E255")
        _told(isnad("merge", path, lead, check=False), "E255")
        with pytest.raises(ReadOnlyPlace):
            Project.open(path, exclusive=True)
        with Project.open(path, read_only=True) as p:
            assert p.read_only_place and len(list(p.records())) == 2
        assert sorted(os.listdir(ro)) == ["p.isnad"]  # nothing was made beside it


def test_changes_still_in_the_log_on_a_read_only_disk_are_told(tmp_path):
    """A copy taken while the project was open keeps committed changes in its -wal, which a
    read-only disk cannot read back: said so, rather than reading the file without them."""
    folder = tmp_path / "data"
    folder.mkdir()
    with Project.create(tmp_path / "live.isnad") as live:
        import_records(live, [DocumentRecord(Document("d", "", "نص ما زال في السجل"))])
        for suffix in ("", "-wal"):
            shutil.copyfile(tmp_path / f"live.isnad{suffix}", folder / f"p.isnad{suffix}")
    assert (folder / "p.isnad-wal").stat().st_size > 0
    with read_only_view(folder, tmp_path / "ro") as ro:
        _told(isnad("stats", ro / "p.isnad", check=False), "E256")


def test_an_import_stopped_midway_on_a_read_only_disk_is_told(tmp_path):
    """A copy taken while an import wrote through its rollback journal (nobody else had the
    file open: annotator/store/journal.py): only a writable place can undo that, and SQLite
    would read the half-written file as it is: said so."""
    folder = tmp_path / "data"
    folder.mkdir()
    real_project(folder / "p.isnad")
    source = folder / "more.txt"
    source.write_text("نص استيراد توقف في منتصفه", encoding="utf-8")
    killed = isnad_process("import", folder / "p.isnad", source, check=False,
                           env={**os.environ, "ISNAD_KILL_AT": "before-commit"})
    assert killed.returncode == -9 and (folder / "p.isnad-journal").stat().st_size > 0
    with read_only_view(folder, tmp_path / "ro") as ro:
        _told(isnad("stats", ro / "p.isnad", check=False), "E267")


def test_the_window_opens_a_read_only_project_read_only_with_a_banner(qtbot, tmp_path, errors):
    from ui import session
    from ui.main_window import MainWindow
    folder = tmp_path / "data"
    folder.mkdir()
    make_project(folder / "p.isnad").close()
    with read_only_view(folder, tmp_path / "ro") as ro:
        project = session.open_project(None, ro / "p.isnad")  # what File > Open and `isnad gui` do
        assert project is not None and project.read_only and errors == []
        w = MainWindow(project, "amal")
        qtbot.addWidget(w)
        w.show()
        assert w.banner.isVisible() and "read-only disk" in w.banner.text.text().lower()
        assert not w.actions["undo"].isEnabled() and not w.palette.isEnabled()
        w.view.select_offsets(*offsets("بطرابلس"))
        qtbot.keyClick(w.view, "3")
        assert project.spans("doc-1") == [] and [e.code for e in errors] == ["E205"]  # "open read-only"
        w.close()


@pytest.mark.skipif(ROOT_USER, reason="running as root: chmod does not stop root from writing (the read-only "
                                      "bind mount tests cover a place Isnad may not write)")
def test_a_folder_without_write_permission_opens_read_only(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    path = real_project(folder / "p.isnad")
    path.chmod(0o444)
    folder.chmod(0o555)
    try:
        assert isnad("stats", path).stdout.startswith("2 documents")
        _told(isnad("import", path, path, "--format", "txt", check=False), "E254")
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)


# -- full disks -----------------------------------------------------------------------
def test_a_full_disk_is_told_and_the_project_is_unchanged(tmp_path, corpus):
    with small_disk(tmp_path / "disk", "2m") as disk:
        path = real_project(disk / "p.isnad")
        assert sorted(os.listdir(disk)) == ["p.isnad"]
        filler = fill(disk)
        # closed, the project has no -shm file, and even reading needs one
        _told(isnad_process("stats", path, check=False), "E251")
        _told(isnad("import", path, _article(corpus), check=False), "E251")
        filler.unlink()
        with Project.open(path) as project:  # open: its -shm exists; the write itself meets the full disk
            fill(disk)
            texts = [" ".join(["خبر"] * 30_000) + f" {i}" for i in range(4)]
            with pytest.raises(IsnadError) as refused:
                import_records(project, [DocumentRecord(Document(f"big-{i}", "", t)) for i, t in enumerate(texts)])
            assert refused.value.code == "E250", refused.value
            assert project.stats()["documents"] == 2
        (disk / "filler").unlink()
        assert isnad("stats", path).stdout.startswith("2 documents, 4 spans, 2 relations")
        with Project.open(path) as project:
            assert project.integrity_check() == "ok"


@pytest.mark.slow
def test_an_export_to_a_full_disk_says_so_once(tmp_path):
    """No second traceback ('Cannot operate on a closed database') after the message."""
    path = real_project(tmp_path / "p.isnad")
    with small_disk(tmp_path / "disk", "64k") as disk:
        fill(disk)
        # real processes: the second traceback was logged by SQLAlchemy as the process ended
        _told(isnad_process("export", path, "--format", "jsonl", "-o", disk / "out.jsonl", check=False), "E264")
        _told(isnad_process("agree", path, "--report", disk / "r.html", check=False), "E512")


def test_a_window_edit_on_a_full_disk_is_told_as_a_full_disk(qtbot, tmp_path, errors):
    from ui.main_window import MainWindow
    with small_disk(tmp_path / "disk", "2m") as disk:
        make_project(disk / "p.isnad").close()
        w = MainWindow(Project.open(disk / "p.isnad", exclusive=True), "amal")
        qtbot.addWidget(w)
        w.show()
        filler = fill(disk)
        for word in ("بطرابلس", "الأفريكوم", "الوضع", "هادئ"):
            w.view.select_offsets(*offsets(word))
            qtbot.keyClick(w.view, "3")
        assert errors and all(e.code == "E250" for e in errors), [str(e) for e in errors]
        filler.unlink()
        w.view.select_offsets(*offsets("التقرير"))
        qtbot.keyClick(w.view, "3")
        assert (offsets("التقرير")[0], "LOC") in {(s.start, s.label) for s in w.project.spans("doc-1", ["amal"])}
        w.close()
        with Project.open(disk / "p.isnad") as p:
            assert p.integrity_check() == "ok"
