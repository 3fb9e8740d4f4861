"""The prompt pack: sandboxed Jinja templates per platform, macros, a version hash and lint.

Layout of a pack folder (``prompts/`` in the repository, ``socialreply/_prompts`` in the
wheel):

    _base.j2            system prompt shared by every platform (blocks for platforms)
    _user.j2            user message: facts, thread, the customer's post
    <platform>.j2       one per platform, ``{% extends "_base.j2" %}``
    macros/<intent>.j2  deterministic reply templates (see `macros.py`)
    macros/_common.j2   Jinja macros shared by the reply templates

Customer and knowledge text are only ever passed as template *variables*: Jinja never
evaluates the value of a variable, so a post containing ``{{ 7*7 }}`` or ``{% raw %}``
stays literal. The environment is sandboxed (templates are editable by non-programmers) and
uses `StrictUndefined`, so a misspelt variable fails loudly instead of rendering as "".
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, TemplateError, meta, nodes
from jinja2.sandbox import SandboxedEnvironment

from ..config import BrandSettings
from ..errors import PromptError
from ..platforms import PlatformProfile, all_profiles
from ..types import PLATFORMS, Fact
from .providers.base import Message
from .schema import DraftOutput, schema_json

SYSTEM_VARIABLES = frozenset({"brand", "platform", "language", "output_schema"})
USER_VARIABLES = frozenset(
    {"brand", "platform", "facts", "thread", "post", "author", "escalation", "language"}
)
MACRO_VARIABLES = frozenset({"brand", "platform", "sentences", "name", "short", "upset", "private"})


def default_prompts_dir() -> Path:
    """The repository's ``prompts/`` for editable installs, else the packaged copy."""
    package = Path(__file__).resolve().parent.parent
    source_tree = package.parent / "prompts"
    if (source_tree / "_base.j2").is_file():
        return source_tree
    return package / "_prompts"


@dataclass(frozen=True)
class LintIssue:
    template: str
    message: str

    def __str__(self) -> str:
        return f"{self.template}: {self.message}"


class PromptPack:
    """Loads a prompt folder once; renders chat messages and macro replies."""

    def __init__(self, root: str | Path | None = None, *, brand: BrandSettings | None = None):
        self.root = Path(root) if root is not None else default_prompts_dir()
        if not (self.root / "_base.j2").is_file():
            raise PromptError(f"not a prompt pack (no _base.j2): {self.root}")
        self.brand = brand or BrandSettings()
        self._brand_vars = self.brand.model_dump(mode="json")
        self.env = _environment(self.root, trim_blocks=True)
        # Macro replies are one paragraph and their whitespace is collapsed; keeping the
        # newline after block tags keeps words on either side of a tag apart.
        self.macro_env = _environment(self.root, trim_blocks=False)
        self._output_schema = schema_json(DraftOutput)
        # The system message depends only on the platform profile and the language (brand
        # and output schema are fixed per pack), so a run renders it once per pair instead
        # of once per post. Only for templates whose output is a pure function of their
        # variables (see `_pure_template`); any other renders every time.
        self._system_cache: dict[tuple[PlatformProfile, str], str] = {}
        self._pure: dict[str, bool] = {}
        # The sandbox lets a template call a dict's methods, so a template could change the
        # shared brand variables; a cached message is only used while they are unchanged.
        self._brand_snapshot = copy.deepcopy(self._brand_vars)

    # --- identity -------------------------------------------------------------------
    def template_files(self) -> list[Path]:
        """The drafting templates: the top level and ``macros/`` (other folders, such as
        the evaluation judges' ``judges/``, belong to other components)."""
        files = [*self.root.glob("*.j2"), *(self.root / "macros").glob("*.j2")]
        return sorted(p for p in files if p.is_file())

    @cached_property
    def version(self) -> str:
        """``sha256:`` over every template source (path and bytes) and the brand settings."""
        digest = hashlib.sha256()
        for path in self.template_files():
            digest.update(path.relative_to(self.root).as_posix().encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
            digest.update(b"\0")
        digest.update(json.dumps(self._brand_vars, sort_keys=True).encode())
        return "sha256:" + digest.hexdigest()

    def macro_names(self) -> list[str]:
        folder = self.root / "macros"
        return sorted(p.stem for p in folder.glob("*.j2") if not p.name.startswith("_"))

    # --- rendering ------------------------------------------------------------------
    def render(
        self,
        *,
        post: str,
        profile: PlatformProfile,
        facts: Sequence[Fact],
        language: str | None = None,
        thread: Sequence[str] = (),
        author: str | None = None,
        escalation: Mapping[str, Any] | None = None,
    ) -> list[Message]:
        """The system and user messages for one post."""
        platform = profile.model_dump(mode="json")
        system = self._system_message(profile, platform, language or "")
        user = self._render(
            "_user.j2",
            {
                "brand": self._brand_vars,
                "platform": platform,
                "language": language or "",
                "facts": [
                    {"id": f.id, "title": f.title, "text": f.text, "source": f.source}
                    for f in facts
                ],
                "thread": list(thread),
                "post": post,
                "author": author or "",
                "escalation": dict(escalation or {"level": "none", "categories": []}),
            },
        )
        return [Message("system", system), Message("user", user)]

    def _system_message(
        self, profile: PlatformProfile, platform: dict[str, Any], language: str
    ) -> str:
        key = (profile, language)
        if self._brand_vars != self._brand_snapshot:
            self._system_cache.clear()
        cached = self._system_cache.get(key)
        if cached is not None:
            return cached
        name = f"{profile.name}.j2"
        text = self._render(
            name,
            {
                "brand": self._brand_vars,
                "platform": platform,
                "language": language,
                "output_schema": self._output_schema,
            },
        )
        if (
            len(self._system_cache) < _SYSTEM_CACHE_SIZE
            and self._brand_vars == self._brand_snapshot
            and self._pure_template(name)
        ):
            self._system_cache[key] = text
        return text

    def _pure_template(self, name: str) -> bool:
        """Whether rendering ``name`` (with the templates it extends, includes or imports)
        can only depend on its variables: no ``random`` filter and no calls other than
        ``super()`` and the side-effect-free globals, so no ``lipsum()`` and no method call
        that could mutate a variable. Anything else renders every time, as before."""
        if name not in self._pure:
            self._pure[name] = False  # a template that includes itself is not cached
            try:
                source = self.env.loader.get_source(self.env, name)[0]  # type: ignore[union-attr]
                ast = self.env.parse(source)
            except TemplateError:
                return False
            pure = _pure_ast(ast)
            for ref in meta.find_referenced_templates(ast):
                pure = pure and ref is not None and self._pure_template(ref)
            self._pure[name] = pure
        return self._pure[name]

    def render_macro(self, intent: str, variables: Mapping[str, Any]) -> str:
        values = dict(variables)
        values.setdefault("brand", self._brand_vars)
        text = self._render(f"macros/{intent}.j2", values, env=self.macro_env)
        # Macro templates are written across lines for readability; a reply is one
        # paragraph, so whitespace runs collapse to single spaces.
        return " ".join(text.split())

    def _render(
        self, name: str, variables: Mapping[str, Any], *, env: SandboxedEnvironment | None = None
    ) -> str:
        try:
            return (env or self.env).get_template(name).render(**variables).strip()
        except TemplateError as exc:
            raise PromptError(f"{self.root / name}: {type(exc).__name__}: {exc}") from None

    # --- lint -----------------------------------------------------------------------
    def lint(self) -> list[LintIssue]:
        """Render every template with sample data; report syntax errors, undefined and
        unknown variables, and missing platform or macro templates."""
        issues: list[LintIssue] = []
        for name in PLATFORMS:
            if not (self.root / f"{name}.j2").is_file():
                issues.append(LintIssue(f"{name}.j2", "missing platform template"))
        if not (self.root / "_user.j2").is_file():
            issues.append(LintIssue("_user.j2", "missing user-message template"))
        from .macros import REQUIRED_MACROS  # macros imports this module

        for intent in REQUIRED_MACROS:
            if not (self.root / "macros" / f"{intent}.j2").is_file():
                issues.append(LintIssue(f"macros/{intent}.j2", "missing macro template"))

        for path in self.template_files():
            rel = path.relative_to(self.root).as_posix()
            allowed = _allowed_variables(rel)
            if allowed is None:
                continue  # another component's templates (e.g. judges/), linted there
            try:
                ast = self.env.parse(path.read_text(encoding="utf-8"))
            except TemplateError as exc:
                issues.append(LintIssue(rel, f"syntax error: {exc}"))
                continue
            unknown = sorted(meta.find_undeclared_variables(ast) - allowed)
            for var in unknown:
                issues.append(LintIssue(rel, f"unknown variable {var!r}"))
        if issues:
            return issues
        issues.extend(self._lint_render())
        return issues

    def _lint_render(self) -> list[LintIssue]:
        issues: list[LintIssue] = []
        sample = Fact(id="sample#1", doc_id="sample", source="sample.md", text="Sample.")
        for profile in all_profiles():
            try:
                self.render(
                    post="Sample post {{ 7*7 }}",
                    profile=profile,
                    facts=[sample],
                    language="en",
                    thread=["earlier"],
                    author="Sam",
                    escalation={"level": "review", "categories": ["high_anger"]},
                )
            except PromptError as exc:
                issues.append(LintIssue(f"{profile.name}.j2", str(exc)))
            for intent in self.macro_names():
                try:
                    self.render_macro(intent, sample_macro_variables(profile))
                except PromptError as exc:
                    issues.append(LintIssue(f"macros/{intent}.j2 ({profile.name})", str(exc)))
        return issues


def sample_macro_variables(profile: PlatformProfile) -> dict[str, Any]:
    return {
        "platform": profile.model_dump(mode="json"),
        "sentences": ["A sample fact sentence."],
        "name": "Sam",
        "short": profile.limit < 400,
        "upset": True,
        "private": True,
    }


def _allowed_variables(rel: str) -> frozenset[str] | None:
    """The variables a drafting template may use; None for files of other components."""
    if rel.startswith("macros/"):
        return MACRO_VARIABLES
    if "/" in rel:
        return None
    if rel == "_user.j2":
        return USER_VARIABLES
    return SYSTEM_VARIABLES


_SYSTEM_CACHE_SIZE = 512
_PURE_CALLS = frozenset({"super", "range", "dict", "namespace", "joiner", "cycler"})


def _pure_ast(ast: nodes.Template) -> bool:
    if any(f.name == "random" for f in ast.find_all(nodes.Filter)):
        return False
    for call in ast.find_all(nodes.Call):
        if not (isinstance(call.node, nodes.Name) and call.node.name in _PURE_CALLS):
            return False
    return True


def _environment(root: Path, *, trim_blocks: bool) -> SandboxedEnvironment:
    return SandboxedEnvironment(
        loader=FileSystemLoader(str(root)),
        undefined=StrictUndefined,
        autoescape=False,  # plain text for a model and a social network, not HTML
        trim_blocks=trim_blocks,
        lstrip_blocks=trim_blocks,
        keep_trailing_newline=False,
        auto_reload=False,
    )
