"""Session 15's violence family (from blind57 and blind58 after their score): a menace made
with a product the writer holds.

"I still have the Ember stove, a full canister, and your office address", "bear spray
arrived today, perfect timing. heading to your booth ... to have a chat with the guy who
threw me out": neither half is a threat alone. Bear spray and stove questions are the most
common false friends in the labelled batches ("heading to Glacier and want it within
reach", "can I bring bear spray into Canada"), and "your store" or "your staff" appears in
any complaint. The rule therefore needs both halves in the post: a weapon-capable product
the writer *has* (bought, got, still has, arrived, a full can of) and a staff member or a
site of the brand (your office, your booth, the guy who hung up on me, whoever refused my
return), in the seven languages. A product question, a bear story ("ran off a black bear")
or a laugh cancels it.
"""

from __future__ import annotations

from .rules import EscalationRule, make_rule

# A weapon-capable product: bear or pepper spray, a stove or its fuel canisters, an axe.
_PRODUCT = (
    r"(?:bear spray|pepper spray|spray (?:anti-?ours|antiosos|anti-?oso|anti-?orso|"
    r"anti-?urso|de pimienta|al peperoncino|de pimenta|au poivre)|b[a]?e?renspray|"
    r"baerenspray|pfefferspray|berenspray|peperspray|(?:ember (?:2 )?)?stoves?|"
    r"fuel canisters?|canisters?|cans? of (?:your |the )?(?:bear )?spray|rechaud|hornillo|"
    r"fornell\w+|fogareiro|gaskocher|kocher|brander|hatchet|axe|machete|hacha|beil|ascia|"
    r"machado|bijl|bombolett\w+|botes? de spray|cartouches?)"
)
# The writer has it now: "I still have the Ember stove", "bear spray arrived today", "a full
# can of your bear spray", "me quedan dos botes", "comprei o spray".
_HELD = (
    r"\b(?:i(?:'ve| have)? (?:still )?(?:got|have|bought|picked up|stocked up on)|i still have|"
    r"(?:already |just )?(?:bought|got|picked up|stocked up on|ordered)|(?:a |one |two )?full|"
    r"(?:tengo|compre|me quedan|todavia tengo|aun tengo)|(?:j'ai (?:achete|encore|toujours|"
    r"garde)?|il me reste)|(?:ich hab\w*|hab (?:noch|schon)?|gekauft)|(?:ho (?:ancora|comprato)?|"
    r"mi restano)|(?:tenho|comprei|ainda tenho)|(?:ik heb (?:nog|net)?|gekocht))"
    r" (?:\w+ ){0,5}?" + _PRODUCT + r"\b"
    r"|\b" + _PRODUCT + r" (?:\w+ ){0,2}?(?:arrived|came|showed up|is here|llego|est arrive|"
    r"ist (?:da|angekommen)|e arrivat\w|chegou|is (?:binnen|aangekomen))\b"
)
# A staff member or a site of the brand, anywhere in the post.
_TARGET = (
    r"\b(?:your|ur|the|northwind'?s?) (?:\w+ ){0,3}?(?:office|store|shop|booth|stand|pop-?up|"
    r"warehouse|hq|headquarters|returns? desk|front desk|counter|demo day|register|"
    r"support office|staff|employees?|manager|reps?|driver|delivery (?:guy|driver)|"
    r"security guy|returns guy|customer service|support team|ceo)\b"
    r"|\b(?:office|hq|home|ceo'?s?) address\b"
    r"|\b(?:the|that) (?:guy|girl|woman|man|lady|clerk|agent|rep|manager) (?:who|that|at)\b"
    r"|\bwhoever (?:\w+ ){0,3}?(?:cancel\w*|refused|denied|hung up|closed|threw|laughed|"
    r"kicked|banned|is at|'s at|at your)\b"
    r"|\b(?:tienda|encargado|gerente|dependient\w|magasin|vendeu\w+|vendeuse|gerant|laden|"
    r"filiale|mitarbeiter\w*|filialleiter\w*|negozio|commess\w|loja|atendente|winkel|"
    r"medewerker\w*|filiaal)\b"
)
# A product question or a bear story: "does the 8 oz can fit", "ran off a black bear",
# "never had to use it", "lol"; the writer describing themself ("I'm the guy who bought").
_NOT_A_MENACE = (
    r"\bi'?m the (?:guy|girl|woman|man|lady|one) who\b"
    r"|\b(?:does|do (?:you|i|they|these|those|it)|can i|is it|will it|"
    r"how (?:far|long|many|much)|what'?s the|which|"
    r"should i|burn time|fit|legal|allowed|checked bag|luggage|flight|recall\w*|hazmat|"
    r"ran off|bluff|black bear|grizzl\w+|never had to|hope i never|peace of mind|lol|haha\w*|"
    r"trail mix|review|boils?|refund(?:ed)? (?:it|me) (?:fast|quick)|great (?:product|stove)|"
    # the same questions in the other six languages: range, fit, travel, legality
    r"cuanto|cuanta|se puede|puedo|alcance|combien|est-ce que|peut-on|portee|wie (?:weit|"
    r"lange|viel)|darf (?:man|ich)|reichweite|quanto|posso|si puo|portata|pode|posso levar|"
    r"hoeveel|mag ik|hoe ver|bereik|"
    # praise and an ordinary use: "for the grill. your staff rock"
    r"rock|rocks|helpful|thanks|thank you|awesome|grill|bbq|barbecue)\b"
)


def menace_product_rules() -> tuple[EscalationRule, ...]:
    """Session 15's violence family (see the module docstring)."""
    return (
        make_rule(
            "violence_threat",
            _HELD,
            requires=_TARGET,
            unless_post=_NOT_A_MENACE,
            negatable=False,
            name="violence_held_product_target_session15",
        ),
    )
