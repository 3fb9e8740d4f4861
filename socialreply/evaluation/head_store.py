"""How the learned scorer heads are stored: one .npz per head, one array per field.

Why one home: the blame, policy, complaint and empathy heads (`blame_head.py`,
`policy_head.py`, `complaint_head.py`, `empathy_head.py`) keep different fields but store
them the same way: each field one array of a fixed kind (`Codec`), read back with a typed
`ConfigError` that names the file on a missing, corrupt or wrong-version file, hashed by
`weights_digest` for the tests that compare a shipped head with a retrained one, and
loaded once per process on first use (`Shipped`), never at import. Each head lists its
fields (`Field`) in the order it has always written them, so the shipped files load
unchanged and `digest()` returns the same strings.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

import numpy as np
import numpy.typing as npt

from ..errors import ConfigError


class Codec(Enum):
    """How one field is written to (and read from) its array."""

    LINES = "lines"  # a tuple of strings: their UTF-8 text joined by newlines, as bytes
    FLOAT32 = "float32"  # an array of float32
    INT64 = "int64"  # an array of int64
    FLOAT = "float"  # a Python float, stored as a float64 scalar
    INT = "int"  # a Python int
    TEXT = "text"  # a Python str

    def encode(self, value: Any) -> npt.NDArray[Any]:
        if self is Codec.LINES:
            return np.frombuffer("\n".join(value).encode("utf-8"), dtype=np.uint8)
        if self is Codec.FLOAT32:
            return np.asarray(value).astype(np.float32)
        if self is Codec.INT64:
            return np.asarray(value).astype(np.int64)
        if self is Codec.FLOAT:
            return np.array(value, dtype=np.float64)
        return np.array(value)

    def decode(self, array: npt.NDArray[Any]) -> Any:
        if self is Codec.LINES:
            raw = bytes(array.tobytes()).decode("utf-8")
            return tuple(raw.split("\n")) if raw else ()
        if self is Codec.FLOAT32:
            return array.astype(np.float32)
        if self is Codec.INT64:
            return array.astype(np.int64)
        if self is Codec.FLOAT:
            return float(array)
        if self is Codec.INT:
            return int(array)
        return str(array)


Field = tuple[str, Codec]


class Versioned(Protocol):
    @property
    def version(self) -> int: ...


H = TypeVar("H", bound=Versioned)


def save_head(path: Path, head: object, fields: Sequence[Field]) -> None:
    """Write `head`'s `fields` (attribute name, codec), in order, to the .npz `path`."""
    arrays: dict[str, Any] = {name: codec.encode(getattr(head, name)) for name, codec in fields}
    np.savez_compressed(path, **arrays)


def load_head(
    path: Path,
    build: Callable[..., H],
    fields: Sequence[Field],
    what: str,
    version: int,
) -> H:
    """`build(**fields)` from the .npz `path`; `ConfigError` naming the file and `what`
    (e.g. "blame head") when it is missing, corrupt, lacks a field, holds values `build`
    rejects, or was written in another format `version`."""
    try:
        with np.load(path, allow_pickle=False) as data:
            values: Mapping[str, Any] = {name: codec.decode(data[name]) for name, codec in fields}
            head = build(**values)
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(f"cannot read the {what} {path}: {exc}") from None
    if head.version != version:
        raise ConfigError(
            f"{path}: {what} format version {head.version} "
            f"(this socialreply reads {version}); retrain it"
        )
    return head


def weights_digest(
    lines: Sequence[str],
    arrays: Iterable[tuple[npt.NDArray[Any], type[np.generic]]],
    scalars: tuple[object, ...],
) -> str:
    """A hash of a head's vocabulary `lines`, its `arrays` (each as its dtype, contiguous)
    and the repr of its `scalars`: what the tests compare with a retrained head."""
    h = hashlib.sha256()
    if lines:
        h.update("\n".join(lines).encode("utf-8"))
    for array, dtype in arrays:
        h.update(np.ascontiguousarray(array, dtype=dtype).tobytes())
    h.update(repr(scalars).encode())
    return h.hexdigest()


T = TypeVar("T")


class Shipped(Generic[T]):
    """A shipped head, loaded by `load` on the first call and kept for the process; safe
    to call from several threads (one load)."""

    def __init__(self, load: Callable[[], T]) -> None:
        self._load = load
        self._lock = threading.Lock()
        self.loaded: list[T] = []  # empty until the first call

    def __call__(self) -> T:
        with self._lock:
            if not self.loaded:
                self.loaded.append(self._load())
            return self.loaded[0]
