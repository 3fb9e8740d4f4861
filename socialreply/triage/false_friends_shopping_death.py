"""The sale or the goods as the writer's killer, or as an offence against their wallet: figures
of shopping, not a crisis or a lawsuit (session 20, from blind91/92).

* `KILLED_BY_THE_SALE`: "ces soldes vont me tuer 💀", "questi saldi mi ammazzano", "this
  sale is literally killing me", "i'm literally going to die if the women's summit down
  doesn't restock". Over all labelled posts the 53 posts of the shape carry no category;
  two of them fired the self-harm rules ("me tuer", "going to die").
* `LAW_AGAINST_TEMPTATION`: "cease and desist sending me such good emails, my wallet can't
  take it" (the older `TOO_GOOD_TO_BE_LEGAL` reads "suing you for making such good boots").

Used as vetoes on every rule of the category (`own_side_guards`) and on the head's signal.
"""

from __future__ import annotations

from ..types import Category

_SALE = (
    r"(?:sales?|soldes|rebajas|saldi|angebote|uitverkoop|promo\w*|discounts?|deals?|prices|"
    r"liquidacao|promocoes|ofertas|black friday|restocks?|new drop|this drop)"
)
_KILLS_ME = (
    r"(?:kill\w* me|(?:vont|va) me tuer|me tuent|me (?:van|va) a matar|me matan|bringen mich "
    r"(?:noch )?um|mi (?:uccideranno|ammazzano|ammazzeranno|uccidono)|(?:vao|vai) me matar|"
    r"me matam|maken me kapot|gaan me (?:dood|kapot)maken)"
)
KILLED_BY_THE_SALE = (
    rf"\b{_SALE}\b[^.!?\n]{{0,25}}\b{_KILLS_ME}\b"
    r"|\b(?:going to|gonna|will|i'?ll|literally|actually) die if (?:[\w']+ ){0,6}(?:doesn'?t|"
    r"don'?t|isn'?t|aren'?t|won'?t|never) (?:\w+ )?(?:restock|come back|go on sale|ship|drop|"
    r"get restocked|come in)\w*\b"
)
LAW_AGAINST_TEMPTATION = (
    r"\bcease and desist\b[^.!?\n]{0,60}\b(?:(?:so|such|too) (?:good|cute|tempting|nice|"
    r"pretty|comfy)|my (?:wallet|bank account|budget|savings))\b"
)
SHOPPING_FIGURES: dict[Category, tuple[str, ...]] = {
    "self_harm": (KILLED_BY_THE_SALE,),
    "violence_threat": (KILLED_BY_THE_SALE,),
    "legal_threat": (LAW_AGAINST_TEMPTATION,),
}
