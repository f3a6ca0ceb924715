"""Batches of documents for the parse steps, and the facts store the parse steps write them to."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pipelines.inventory import DocumentFile, assign_batches
from pipelines.load.staging import read_batch, write_batch
from pipelines.parse import ParseResult


def documents(count: int, prefix: str = "d") -> list[DocumentFile]:
    return [DocumentFile(f"{prefix}{i:04d}", f"{prefix}/{i}.pdf", f"{i:064x}", 100 + i) for i in range(count)]


def test_every_document_is_in_exactly_one_batch_of_at_most_the_size() -> None:
    docs = documents(23)
    batches = assign_batches(docs, 5, scanned={"d0003", "d0017"})
    members = [d.document_id for b in batches for d in b.documents]
    assert sorted(members) == sorted(d.document_id for d in docs) and len(members) == len(set(members))
    assert all(0 < len(b.documents) <= 5 for b in batches)
    assert len({b.batch_id for b in batches}) == len(batches)
    [scans] = [b for b in batches if b.scanned]
    assert {d.document_id for d in scans.documents} == {"d0003", "d0017"}  # the scans: a batch of their own


def test_batches_are_stable_whatever_the_order_of_the_documents() -> None:
    docs = documents(12)
    assert assign_batches(docs, 4) == assign_batches(list(reversed(docs)), 4)
    assert assign_batches([], 4) == []


def test_a_changed_document_changes_its_batch_and_no_other() -> None:
    docs = documents(12)
    before = assign_batches(docs, 4)
    changed = [dataclasses.replace(d, sha256="f" * 64) if d.document_id == "d0005" else d for d in docs]
    after = assign_batches(changed, 4)
    moved = [(b.batch_id, a.batch_id) for b, a in zip(before, after, strict=True) if b.batch_id != a.batch_id]
    assert len(moved) == 1
    [batch] = [a for a in after if a.batch_id == moved[0][1]]
    assert "d0005" in {d.document_id for d in batch.documents}


def results(docs: list[DocumentFile]):
    for i, doc in enumerate(docs):
        if i % 3 == 2:
            yield doc, ParseResult(doc.path, None, f"{doc.path}: the file is empty", "empty")
        else:
            yield doc, ParseResult(doc.path, {"unit": {"name": f"单位{i}"}, "projects": []})


def test_a_batch_file_gives_back_what_was_parsed(tmp_path: Path) -> None:
    docs = [dataclasses.replace(d, urls=(("https://example.gov.cn/a.pdf", "2026-11-30 02:00:00.000000"),))
            for d in documents(45)]
    staged = write_batch(tmp_path, "text-1", results(docs))
    assert (staged.documents, staged.failed) == (45, 15)
    back = list(read_batch(staged.file))
    assert back == list(results(docs))
    assert [p.name for p in tmp_path.iterdir()] == ["text-1.parquet"]


def test_a_batch_that_fails_leaves_the_previous_file_whole(tmp_path: Path) -> None:
    docs = documents(30)
    first = write_batch(tmp_path, "text-1", results(docs))

    def broken():
        yield from list(results(docs))[:25]
        raise RuntimeError("worker lost")

    with pytest.raises(RuntimeError):
        write_batch(tmp_path, "text-1", broken())
    assert list(read_batch(first.file)) == list(results(docs))
    assert [p.name for p in tmp_path.iterdir()] == ["text-1.parquet"]  # no half-written file left


def test_an_empty_batch_is_a_file_without_documents(tmp_path: Path) -> None:
    staged = write_batch(tmp_path, "text-none", iter(()))
    assert staged.documents == 0 and list(read_batch(staged.file)) == []
