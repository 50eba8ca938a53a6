from annotator.importing import import_records
from annotator.model import ChangeSet, Document, DocStatus, DocumentRecord
from annotator.store import Project


def test_add_time_accumulates_and_keeps_status(location):
    project = Project.create(location)
    import_records(project, [DocumentRecord(Document("d1", "", "قال المسؤول"))])
    doc_id = project.document_ids()[0]
    project.add_time(doc_id, "amal", 12.5)
    first = project.status(doc_id, "amal")
    assert (first.status, first.seconds) == ("new", 12.5) and first.last_opened  # opening is no edit
    project.apply(ChangeSet(put_statuses=[DocStatus(doc_id, "amal", "done", first.seconds)]))
    project.add_time(doc_id, "amal", 2.5)
    again = project.status(doc_id, "amal")
    assert (again.status, again.seconds) == ("done", 15.0)
    assert project.status(doc_id, "other").seconds == 0
    project.close()


def test_document_index_follows_the_list_filter(location):
    project = Project.create(location)
    import_records(project, [DocumentRecord(Document(f"d{i}", "", f"نص رقم {i}", title=f"t{i}"))
                             for i in range(5)])
    ids = project.document_ids()
    assert [project.document_index(i) for i in ids] == [0, 1, 2, 3, 4]
    project.apply(ChangeSet(put_statuses=[DocStatus(ids[1], "amal", "done"), DocStatus(ids[3], "amal", "done")]))
    assert project.document_index(ids[3], status="done", annotator="amal") == 1
    assert project.document_index(ids[2], status="done", annotator="amal") is None
    # a document the filter drops keeps its place: one listed document before it, the next is row 1
    assert project.document_place(ids[2], status="done", annotator="amal") == (1, False)
    assert project.document_place(ids[3], status="done", annotator="amal") == (1, True)
    assert project.document_place(ids[0], status="done", annotator="amal") == (0, False)
    assert project.document_index(ids[4], search="t4") == 0
    assert project.document_index("nope") is None
    project.close()


def test_title_search_reads_arabic_as_it_is_typed(location):
    """Titles are found whatever alef, ya or hamza form the typist or the writer chose, and
    harakat typed are left out, on both engines; Latin and punctuation stay literal."""
    project = Project.create(location)
    titles = ["القوات الأمريكية تنسحب", "مستشفى سرت", "إسرائيل تعلن", "ANERcorp p008", "50% [draft]*"]
    import_records(project, [DocumentRecord(Document(f"d{i}", "", f"نص {i}", title=t)) for i, t in enumerate(titles)])

    def found(query):
        rows = project.document_rows(0, 50, search=query)
        assert project.document_count(search=query) == len(rows)
        return [r.title for r in rows]

    assert found("الامريكية") == found("الأمريكية") == found("الأَمريكية") == [titles[0]]
    assert found("مستشفي") == [titles[1]]
    assert found("اسرائيل") == [titles[2]]
    assert found("ANERcorp") == [titles[3]]
    assert found("%") == found("[draft]*") == [titles[4]]
    assert found("الامريكيه") == []  # ta marbuta and ha stay apart
    assert project.document_index("d2", search="اسرائيل") == 0
    project.close()
