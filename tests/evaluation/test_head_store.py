"""How the four learned scorer heads are stored (`head_store.py`): each shipped file reads
back and writes out unchanged, every unreadable file is a `ConfigError` naming the head
and the file, the codecs and the digest, and the load-once cache."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from socialreply.errors import ConfigError
from socialreply.evaluation.blame_head import BLAME_HEAD_FILE, BlameHead
from socialreply.evaluation.complaint_head import COMPLAINT_HEAD_FILE, ComplaintHead
from socialreply.evaluation.empathy_head import EMPATHY_HEAD_FILE, EmpathyHead
from socialreply.evaluation.head_store import Codec, Shipped, weights_digest
from socialreply.evaluation.policy_head import POLICY_HEAD_FILE, PolicyHead

HEADS = [
    pytest.param(BlameHead, BLAME_HEAD_FILE, "blame head", id="blame"),
    pytest.param(PolicyHead, POLICY_HEAD_FILE, "policy head", id="policy"),
    pytest.param(ComplaintHead, COMPLAINT_HEAD_FILE, "complaint head", id="complaint"),
    pytest.param(EmpathyHead, EMPATHY_HEAD_FILE, "empathy head", id="empathy"),
]


@pytest.mark.parametrize(("cls", "shipped", "what"), HEADS)
def test_the_shipped_file_writes_back_unchanged(
    cls: Any, shipped: Path, what: str, tmp_path: Path
) -> None:
    head = cls.load(shipped)
    head.save(tmp_path / "again.npz")
    with np.load(shipped) as before, np.load(tmp_path / "again.npz") as after:
        assert list(after.keys()) == list(before.keys())
        for key in before:
            assert after[key].dtype == before[key].dtype, key
            assert np.array_equal(after[key], before[key]), key
    assert cls.load(tmp_path / "again.npz").digest() == head.digest()


def _rewritten(shipped: Path, path: Path, change: str) -> Path:
    with np.load(shipped) as data:
        arrays = dict(data)
    if change == "old version":
        arrays["version"] = np.array(0)
    elif change == "no bias":
        del arrays["bias"]
    np.savez(path, **arrays)
    return path


@pytest.mark.parametrize(("cls", "shipped", "what"), HEADS)
@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("missing", r"cannot read the {what} .*head\.npz"),
        ("not an npz", r"cannot read the {what} .*head\.npz"),
        ("no bias", r"cannot read the {what} .*bias is not a file"),
        ("old version", r"head\.npz: {what} format version 0 \(this socialreply reads 1\)"),
        ("as shipped", None),
    ],
)
def test_unreadable_files_are_config_errors(
    cls: Any, shipped: Path, what: str, case: str, message: str | None, tmp_path: Path
) -> None:
    path = tmp_path / "head.npz"
    if case == "not an npz":
        path.write_bytes(b"not an npz")
    elif case != "missing":
        _rewritten(shipped, path, case)
    if message is None:
        assert cls.load(path).digest() == cls.load(shipped).digest()
        return
    with pytest.raises(ConfigError, match=message.format(what=what)):
        cls.load(path)


@pytest.mark.parametrize(
    ("codec", "value"),
    [
        (Codec.LINES, ("read", "read the", "¿qué?")),
        (Codec.LINES, ()),
        (Codec.FLOAT32, np.array([0.5, -2.0], dtype=np.float64)),
        (Codec.INT64, np.array([3, 1 << 20], dtype=np.int32)),
        (Codec.FLOAT, -3.394634743636323),
        (Codec.INT, 18),
        (Codec.TEXT, "1e7dbc877431494a"),
        (Codec.TEXT, ""),
    ],
)
def test_codecs_round_trip(codec: Codec, value: Any, tmp_path: Path) -> None:
    np.savez(tmp_path / "x.npz", x=codec.encode(value))
    with np.load(tmp_path / "x.npz", allow_pickle=False) as data:
        again = codec.decode(data["x"])
    if isinstance(value, np.ndarray):
        assert again.dtype == {Codec.FLOAT32: np.float32, Codec.INT64: np.int64}[codec]
        assert np.array_equal(again, value)
    else:
        assert type(again) is type(value) and again == value


_BASE = (("a", "b c"), [(np.array([1.0, 2.0]), np.float32)], (0.5, 0.8))


@pytest.mark.parametrize(
    ("lines", "arrays", "scalars", "same"),
    [
        (*_BASE, True),
        (("a", "b", "c"), _BASE[1], _BASE[2], False),  # the vocabulary's lines count
        (_BASE[0], [(np.array([1.0, 2.5]), np.float32)], _BASE[2], False),
        (_BASE[0], [(np.array([1.0, 2.0]), np.float64)], _BASE[2], False),  # as stored
        (_BASE[0], _BASE[1], (0.5, 0.9), False),
        ((), _BASE[1], _BASE[2], False),
    ],
)
def test_the_digest_changes_with_every_part(
    lines: tuple[str, ...], arrays: Any, scalars: tuple[object, ...], same: bool
) -> None:
    assert (weights_digest(lines, arrays, scalars) == weights_digest(*_BASE)) is same


def test_shipped_loads_once_on_first_call() -> None:
    calls: list[int] = []
    shipped = Shipped(lambda: calls.append(1) or len(calls))
    assert shipped.loaded == [] and calls == []
    threads = [threading.Thread(target=shipped) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert shipped() == 1 and calls == [1]
