"""Escalation rules: patterns per category with evidence spans, false friends, negation.

Each `EscalationRule` is a regular expression written in plain lower-case spelling (see
`normalize`: elongations like "suuue" and doubled letters are squeezed away on both sides),
matched against the prepared post. Rules are deliberately *specific* — "sue you", "my
lawyer will", "burned my hand" — rather than single words, because single words are where
false friends live ("this sale is killing me", "I'd kill for these boots", "fire deals",
"the jacket is a bomb"). What remains ambiguous is handled by:

* ``unless``: a pattern searched in a window around the match that cancels it ("my lawyer
  is a big fan", "nurse ... at the hospital", "my phone blew up");
* ``negatable``: a negation in the three words before the match cancels it ("nobody got
  hurt", "I'm not going to sue") unless it is a condition's ("if the claim isn't approved
  I'll sue");
* ``hypothetical``: "if", "could", "worried" in the same clause cancel a report of harm
  ("what if it catches fire?") but never a threat ("if you don't refund me I'll sue");
* ``requires``: a pattern that must appear somewhere in the post ("journalist" counts as a
  media inquiry only with a request for comment, a story or a question).

The rule tables live in `crisis_rules` (plus `crisis_paraphrase_rules` and
`crisis_context_rules` for indirect phrasings), `urgent_rules` (plus
`urgent_context_rules`) and `review_rules`, one module per escalation level (each with
the later sessions' families beside it: `*_hidden_rules`, `*_implied_rules`, and from
session 15 modules named for their family, e.g. `farewell_rules`); patterns
for Spanish, French, German and Italian sit next to the English ones.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..types import Category, Signal
from .normalize import PreparedText, compile_rule, normalize, squeeze_pattern
from .prefilter import GatedPattern, RulePrefilter, split_top_level

_NEG_CUE = compile_rule(
    r"\b(?:not|never|no|nobody|noone|none|zero|didn'?t|didnt|don'?t|dont|doesn'?t|doesnt|"
    r"won'?t|wont|wasn'?t|wasnt|isn'?t|isnt|aren'?t|weren'?t|hasn'?t|haven'?t|without|"
    r"nothing|neither|nor|ni|nunca|nadie|ningun\w*|pas|jamais|aucun\w*|nicht|kein\w*|"
    r"niemand|niemanden|nie|one|"
    # Portuguese, Italian, Dutch (session 14): "não vou processar", "non vi denuncio", "ik ga
    # jullie niet aanklagen".
    r"nao|nem|ninguem|nenhum\w*|non|mai|nessun\w*|niente|niet|nooit|geen|niets)\b"
)
# "no one", "not one": the word "one" only counts right after "no"/"not"; see _negated.
_HYPOTHETICAL_CUE = compile_rule(
    r"\b(?:if|what if|could|might|may|would|worried|worry|afraid|scared|fear|risk|concerned|"
    r"in case|whether|safe|want|wants|hope|hoping|prevent|avoid|si|falls|wenn|ob|"
    r"peut-etre|quizas)\b"
    # Counterfactuals: "without them I'd be in the ER", "would've been a trip to the ER".
    r"|\b(?:i|we|he|she|they|you)'?d be\b|\bwould(?:'?ve| have) been\b"
)
# The words that open a condition ("if the refund isn't here by friday I'll sue"): a
# negation after one of them negates the condition, not the threat that follows.
_CONDITION_CUE = re.compile(r"if|unless|until|si|wenn|falls|se|als|tenzij|sauf")
_CLAUSE_END = re.compile(r"[.!?;:\n]|,\s")
_TOKEN = re.compile(r"[\w']+")


class AnyPattern:
    """Patterns searched one after another: a match of any of them, as their alternation
    ``(?:a)|(?:b)`` would find one. Why not that alternation: the own-side families
    (`own_side_guards`) are the same for every rule of a category, and compiled once they
    are shared, instead of compiled again inside each of ~200 rules' own exception (that
    was about a third of the rule table's start-up time in the batch CLI)."""

    __slots__ = ("patterns",)

    def __init__(self, patterns: Sequence[re.Pattern[str] | GatedPattern]) -> None:
        self.patterns = tuple(patterns)

    @property
    def pattern(self) -> str:
        """The source of the equivalent alternation."""
        return "|".join(f"(?:{p.pattern})" for p in self.patterns)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """A match of the first pattern that has one in ``string[pos:endpos]``, else None."""
        for pattern in self.patterns:
            found = pattern.search(string, pos, endpos)
            if found is not None:
                return found
        return None


# A rule's exception: a pattern, several searched in turn, or one behind its strings.
Exception_ = re.Pattern[str] | AnyPattern | GatedPattern


@dataclass(frozen=True)
class EscalationRule:
    category: Category
    pattern: re.Pattern[str]
    unless: Exception_ | None = None
    requires: re.Pattern[str] | GatedPattern | None = None
    negatable: bool = True
    hypothetical: bool = False
    window: int = 40
    name: str = ""
    # Searched in the whole post: a story that ends well ("that first-aid kit saved our
    # trip when my buddy sliced his thumb") cancels the rule whatever the distance.
    unless_post: Exception_ | None = None


def factor_word_boundary(pattern: str) -> str:
    r"""``A|B|C`` -> ``(?:A|B)|C``: same matches, but the regex engine tests the word
    boundary once per position instead of once per alternative (3-6x faster on the big
    rules)."""
    alternatives = split_top_level(pattern)
    bounded = [a[2:] for a in alternatives if a.startswith("\\b")]
    if len(bounded) < 2:
        return pattern
    others = [a for a in alternatives if not a.startswith("\\b")]
    return "|".join([f"\\b(?:{'|'.join(bounded)})", *others])


def make_rule(
    category: Category,
    pattern: str,
    *,
    unless: str | None = None,
    requires: str | None = None,
    negatable: bool = True,
    hypothetical: bool = False,
    window: int = 40,
    name: str = "",
    unless_post: str | None = None,
) -> EscalationRule:
    return EscalationRule(
        category=category,
        pattern=compile_rule(factor_word_boundary(pattern)),
        unless=compile_rule(unless) if unless else None,
        requires=compile_rule(requires) if requires else None,
        negatable=negatable,
        hypothetical=hypothetical,
        window=window,
        name=name or category,
        unless_post=compile_rule(unless_post) if unless_post else None,
    )


@functools.cache
def default_rules() -> tuple[EscalationRule, ...]:
    """The built-in rules, compiled once on first use."""
    from .absence_farewell_rules import absence_farewell_rules
    from .account_takeover_rules import account_takeover_rules
    from .arson_rules import arson_rules
    from .broken_bone_rules import broken_bone_rules
    from .conditional_menace_rules import conditional_menace_rules
    from .court_action_rules import court_action_rules
    from .crisis_context_rules import crisis_context_rules
    from .crisis_hidden_rules import crisis_hidden_rules
    from .crisis_implied_rules import crisis_implied_rules
    from .crisis_menace_rules import crisis_menace_rules
    from .crisis_paraphrase_rules import crisis_paraphrase_rules
    from .crisis_rules import crisis_rules
    from .discrimination_contempt_rules import discrimination_contempt_rules
    from .discrimination_target_rules import discrimination_target_rules
    from .exposure_reaction_rules import exposure_reaction_rules
    from .farewell_rules import farewell_rules
    from .formal_deadline_rules import formal_deadline_rules
    from .fraud_charge_rules import fraud_charge_rules
    from .fraud_drained_rules import fraud_drained_rules
    from .fraud_misuse_rules import fraud_misuse_rules
    from .heat_mark_rules import heat_mark_rules
    from .heat_scorch_rules import heat_scorch_rules
    from .human_callback_rules import human_callback_rules
    from .human_direct_rules import human_direct_rules
    from .human_handoff_rules import human_handoff_rules
    from .injection_address_rules import injection_address_rules
    from .injury_aftermath_rules import injury_aftermath_rules
    from .instalment_rules import instalment_rules
    from .known_place_menace_rules import known_place_menace_rules
    from .located_menace_rules import located_menace_rules
    from .media_producer_rules import media_producer_rules
    from .menace_product_rules import menace_product_rules
    from .misaddressed_data_rules import misaddressed_data_rules
    from .others_data_rules import others_data_rules
    from .own_side_guards import with_own_side_guards
    from .payment_scam_rules import payment_scam_rules
    from .review_implied_rules import review_implied_rules
    from .review_rules import review_rules
    from .role_instruction_rules import role_instruction_rules
    from .surveillance_menace_rules import surveillance_menace_rules
    from .urgent_context_rules import urgent_context_rules
    from .urgent_hidden_rules import urgent_hidden_rules
    from .urgent_implied_rules import urgent_implied_rules
    from .urgent_rules import urgent_rules
    from .urgent_witness_rules import urgent_witness_rules

    # Session 17: the own-side false friends veto every rule of their category.
    rules = with_own_side_guards(
        (
            *crisis_rules(),
            *crisis_paraphrase_rules(),
            *crisis_context_rules(),
            *crisis_hidden_rules(),
            *crisis_implied_rules(),
            *crisis_menace_rules(),
            *menace_product_rules(),
            *conditional_menace_rules(),
            *arson_rules(),
            *located_menace_rules(),
            *surveillance_menace_rules(),
            *known_place_menace_rules(),
            *farewell_rules(),
            *absence_farewell_rules(),
            *exposure_reaction_rules(),
            *broken_bone_rules(),
            *account_takeover_rules(),
            *heat_mark_rules(),
            *heat_scorch_rules(),
            *injury_aftermath_rules(),
            *others_data_rules(),
            *misaddressed_data_rules(),
            *urgent_rules(),
            *urgent_context_rules(),
            *urgent_hidden_rules(),
            *urgent_implied_rules(),
            *urgent_witness_rules(),
            *discrimination_target_rules(),
            *discrimination_contempt_rules(),
            *court_action_rules(),
            *formal_deadline_rules(),
            *media_producer_rules(),
            *review_rules(),
            *payment_scam_rules(),
            *fraud_charge_rules(),
            *fraud_drained_rules(),
            *fraud_misuse_rules(),
            *instalment_rules(),
            *review_implied_rules(),
            *human_handoff_rules(),
            *human_callback_rules(),
            *human_direct_rules(),
            *role_instruction_rules(),
            *injection_address_rules(),
        )
    )
    return tuple(_gated(rule) for rule in rules)


# Exceptions shorter than this are searched as they are: the regex engine is about as
# quick as the literal check on them.
_GATE_MIN = 300


@functools.cache
def _gate(pattern: re.Pattern[str]) -> re.Pattern[str] | GatedPattern:
    """`pattern` behind its required strings when long (one gate per pattern: the families
    shared by a category's rules share it)."""
    return GatedPattern(pattern) if len(pattern.pattern) >= _GATE_MIN else pattern


def _gate_any(pattern: Exception_ | None) -> Exception_ | None:
    if isinstance(pattern, AnyPattern):
        return AnyPattern([_gate(p) if isinstance(p, re.Pattern) else p for p in pattern.patterns])
    return _gate(pattern) if isinstance(pattern, re.Pattern) else pattern


def _gated(rule: EscalationRule) -> EscalationRule:
    """`rule` with its long exceptions and requirement searched only when their strings
    occur (`GatedPattern`): the same signals, most of the exceptions' time saved."""
    requires = rule.requires
    return dataclasses.replace(
        rule,
        requires=_gate(requires) if isinstance(requires, re.Pattern) else requires,
        unless=_gate_any(rule.unless),
        unless_post=_gate_any(rule.unless_post),
    )


@functools.cache
def default_prefilter() -> RulePrefilter:
    """The literal prefilter of `default_rules` (see `prefilter`), built once."""
    return RulePrefilter([rule.pattern for rule in default_rules()])


@functools.cache
def keyword_rules(
    terms_by_category: tuple[tuple[Category, tuple[str, ...]], ...],
) -> tuple[EscalationRule, ...]:
    """Rules for the brand's own keywords (policy ``keywords``): whole-word, any case,
    accents and elongations ignored like the built-in rules."""
    rules = []
    for category, terms in terms_by_category:
        alternatives = "|".join(squeeze_pattern(re.escape(normalize(t.strip()))) for t in terms)
        rules.append(
            EscalationRule(
                category=category,
                pattern=re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"),
                negatable=False,
                name=f"keyword:{category}",
            )
        )
    return tuple(rules)


def _negated(norm: str, start: int) -> bool:
    before = _clause_before(norm, start, 40)
    tokens = _TOKEN.findall(before)[-3:]
    for i, tok in enumerate(tokens):
        if tok == "one":
            if i > 0 and tokens[i - 1] in ("no", "not"):
                return _unconditional(norm, start, i - len(tokens) - 1)
            continue
        if _NEG_CUE.fullmatch(tok):
            return _unconditional(norm, start, i - len(tokens))
    return False


def _unconditional(norm: str, start: int, position: int) -> bool:
    """Whether the negation at token `position` (counted back from the match) belongs to
    the matched words rather than to a condition opening the clause: in "if the claim
    isn't approved I'll sue", "isn't" is the condition's, and the threat stands. The
    negation counts when it is the word right before the match ("I won't sue") or when
    no "if"/"unless" comes before it in the clause."""
    if position == -1:
        return True
    tokens = _TOKEN.findall(_clause_before(norm, start, 90))
    return not any(_CONDITION_CUE.fullmatch(tok) for tok in tokens[:position])


def _clause_before(norm: str, start: int, size: int) -> str:
    before = norm[max(0, start - size) : start]
    cut = 0
    for m in _CLAUSE_END.finditer(before):
        cut = m.end()
    return before[cut:]


def _hypothetical(norm: str, start: int) -> bool:
    return _HYPOTHETICAL_CUE.search(_clause_before(norm, start, 60)) is not None


def apply_rules(
    prepared: PreparedText,
    rules: Iterable[EscalationRule],
    *,
    max_per_category: int = 3,
    prefilter: RulePrefilter | None = None,
) -> Iterator[Signal]:
    """Signals from `rules` for a prepared post. A `prefilter` built from the same
    `rules`, in the same order, skips the rules that cannot match; the signals are the
    same with or without it."""
    norm = prepared.norm
    counts: dict[str, int] = {}
    if prefilter is not None:
        # Only the candidates, in the rules' order: walking every rule to skip most of
        # them was most of this function's own time in the batch CLI.
        listed = rules if isinstance(rules, Sequence) else tuple(rules)
        chosen: Iterable[EscalationRule] = [listed[i] for i in sorted(prefilter.candidates(norm))]
    else:
        chosen = rules
    for rule in chosen:
        if counts.get(rule.category, 0) >= max_per_category:
            continue
        if rule.requires is not None and rule.requires.search(norm) is None:
            continue
        # The post-wide exception is searched only once a match would stand: most candidate
        # rules match nothing, and the family guards (`false_friends`) are long patterns.
        post_checked = rule.unless_post is None
        for m in rule.pattern.finditer(norm):
            start, end = m.span()
            if rule.unless is not None:
                lo, hi = max(0, start - rule.window), min(len(norm), end + rule.window)
                if rule.unless.search(norm, lo, hi):
                    continue
            if rule.negatable and _negated(norm, start):
                continue
            if rule.hypothetical and _hypothetical(norm, start):
                continue
            if not post_checked:
                if rule.unless_post is not None and rule.unless_post.search(norm) is not None:
                    break
                post_checked = True
            # Evidence is the customer's own words: the same span of the original text.
            evidence, ostart, oend = prepared.evidence(start, end)
            yield Signal(
                category=rule.category, evidence=evidence, source="rule", start=ostart, end=oend
            )
            counts[rule.category] = counts.get(rule.category, 0) + 1
            if counts[rule.category] >= max_per_category:
                break
