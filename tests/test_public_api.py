import subprocess
import sys

import socialreply


def test_all_is_sorted_and_resolves() -> None:
    assert socialreply.__all__ == sorted(socialreply.__all__)
    for name in socialreply.__all__:
        assert getattr(socialreply, name) is not None, name


def test_import_does_not_load_heavy_dependencies() -> None:
    code = (
        "import sys, socialreply; "
        "heavy = [m for m in ('chromadb', 'openai', 'langchain_core', 'onnxruntime', "
        "'llama_cpp', 'tiktoken', 'bm25s', 'lingua') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_unknown_attribute_raises() -> None:
    try:
        socialreply.NoSuchThing  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as exc:
        assert "NoSuchThing" in str(exc)
    else:
        raise AssertionError("expected AttributeError")
