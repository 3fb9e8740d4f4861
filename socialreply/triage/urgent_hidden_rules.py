"""Urgent- and review-level families found missing on the spent blind49 and blind50
batches (session 12): a call asked for in Italian, French or Dutch, a team lead, a
contact at a given number; an insult a rep said, quoted; a phishing message asking for
the CVV; a company card used by none of the staff; a post that tells a reading bot what
to do. Each alternative covers a family of phrasings, never one post."""

from __future__ import annotations

from .rules import EscalationRule, make_rule

# Someone at the shop: the insult a family covers is the one a rep, an agent or the
# chat said.
_STAFF_SAID = (
    r"\b(?:agent|rep|representative|employee|staff|support|chat|live chat|assistant|clerk|"
    r"cashier|associate|manager|medewerker|operatore|operatrice|atencion al cliente|"
    r"vendedor\w*|vendeu\w+|conseill\w+|mitarbeiter\w*|verkaufer\w*)\b[^.!?]{0,80}\b(?:said|"
    r"says|told|tells|wrote|replied|answered|responded|contesto|dijo|respondio|escribio|"
    r"a dit|a repondu|a ecrit|hat gesagt|schrieb|sagte|antwortete|ha detto|ha scritto|"
    r"ha risposto|zei|schreef|antwoordde|disse|respondeu|escreveu)\b"
)


def urgent_hidden_rules() -> tuple[EscalationRule, ...]:
    """Session 12's urgent and review families."""
    r = make_rule
    return (
        # "qualcuno mi chiami", "qqn peut m'appeler ?", "iemand van jullie aan de telefoon
        # krijgen", "speak with a team lead".
        r(
            "human_request",
            r"\b(?:qualcuno|un operatore|una persona|un responsabile) (?:\w+ )?(?:mi |ci )?"
            r"(?:chiami|richiami|telefoni|contatti)\b|\b(?:mi|ci) (?:potete|puo|potreste|"
            r"potrebbe) (?:chiamare|richiamare|telefonare|contattare)\b"
            r"|\b(?:qqn|quelqu'un|qq1|un conseiller|une conseillere|une personne) (?:\w+ )?"
            r"(?:peut|pourrait|pouvez|pourriez) (?:me |m')?(?:appeler|rappeler|telephoner|"
            r"contacter)\b"
            r"|\b(?:iemand|een medewerker|een mens|een persoon)(?: van (?:jullie|u|northwind))? "
            r"(?:\w+ ){0,2}aan de (?:telefoon|lijn) (?:krijgen|spreken|hebben)\b"
            r"|\b(?:kan|kunnen|wil|wilt|zou) (?:iemand|u|jullie) (?:mij|me) (?:\w+ )?(?:bellen|"
            r"terugbellen|opbellen)\b"
            r"|\b(?:talk|speak|chat|speaking|talking) (?:to|with) (?:a |an |the |your )?(?:team "
            r"lead|team leader|shift lead|floor manager|escalations? team|senior (?:agent|rep|"
            r"advisor))\b",
            unless=r"\b(?:not|no|never|don'?t|dont|didn'?t) need (?:\w+ ){0,2}(?:to )?(?:call|"
            r"contact)\b|\b(?:quando|quand|cuando|wanneer|zodra) (?:\w+ ){0,2}(?:torna|tornera|"
            r"disponibile|disponible|de retour|weer|beschikbaar)\b",
            negatable=True,
            name="human_request_session12",
        ),
        # "I've already spoken to a personal injury lawyer and he wants the pack kept as
        # evidence."
        r(
            "legal_threat",
            r"\b(?:spoken|spoke|talked|been talking|consulted|contacted|retained|hired) (?:to |"
            r"with )?(?:a|an|my|our) (?:\w+ ){0,2}(?:lawyer|attorney|solicitor|law firm)\b"
            r"[^.!?]{0,80}\b(?:evidence|case|claim|damages|liab\w+|negligen\w+|sue|suing|lawsuit|"
            r"compensation)\b"
            r"|\b(?:kept|keep|keeping|preserve\w*|hold onto|holding onto) (?:\w+ ){0,3}as "
            r"evidence\b",
            unless=r"\b(?:friend|fan|loves?|recommend\w*|wedding|party|podcast|hobby|"
            r"colleague)\b",
            negatable=True,
            name="legal_counsel_session12",
        ),
        # A slur or an insult quoted from the rep: "me contestó que 'los maricones no hacen
        # senderismo'", "the agent said 'maybe try losing a bit of weight first'", "wij doen
        # niet aan dat soort stelletjes".
        r(
            "discrimination_harassment",
            r"\b(?:maricon(?:es)?|faggots?|tranny|trannies|wetbacks?|gooks?|kikes?|"
            r"towelheads?|sudacas?|frocio|froci|ricchion[ei]|schwuchtel\w*|kanaken?|flikkers?|"
            r"travelos?|viados?)\b"
            r"|\b(?:maybe |just |you should |you could )?(?:try|start|consider) (?:losing|"
            r"dropping|to lose) (?:a (?:bit|little|few \w+) of |some )?(?:weight|pounds|kilos)\b"
            r"|\b(?:wij|we) doen niet aan (?:dat soort|zulke|die) (?:\w+ )?(?:stelletjes|mensen|"
            r"types|klanten|koppels)\b"
            r"|\bwe don'?t (?:do|serve|deal with) (?:that|those) (?:kind|kinds|sort|sorts) of "
            r"(?:couples|people|customers)\b"
            r"|\bgo back to (?:your|where) (?:\w+ ){0,2}(?:country|call cent(?:er|re)s?|village|"
            r"jungle|homeland|came from)\b",
            requires=_STAFF_SAID + r"|\bgo back to\b",
            negatable=False,
            name="harassment_quoted_session12",
        ),
        # Phishing: a message "from Northwind" asking for the card number and CVV.
        r(
            "fraud_payment",
            r"\b(?:pedindo|pediu|pediram|pidiendo|pidio|pidieron|asking (?:me )?for|asked (?:me )?"
            r"for|demandant|demandait|chiedendo|chiedeva|fragten nach|fragte nach|vroegen om|"
            r"vroeg om|wanted)\b[^.!?]{0,40}\b(?:cvv|cvc|codigo de seguranca|codigo de "
            r"seguridad|security code|card pin)\b",
            requires=r"\b(?:zap|whatsapp|sms|texts?|texted|dm|mensagem|mensaje|message|llamada|"
            r"ligacao|ligaram|called|phone call|email|e-mail|golpe|scam|estafa|arnaque|truffa|"
            r"betrug|oplichting|phishing)\b",
            negatable=False,
            # A caller who already knew the order, the address: the shop's data leaked
            # (data_breach), not a card fraud of its own (blind4, blind30).
            unless_post=r"\b(?:how (?:do|did|does|would|could) (?:they|he|she|these people|"
            r"scammers) (?:\w+ )?(?:have|know|get|got)|read me my|knew my|como (?:eles|ele|ela) "
            r"(?:tem|tinham|sabiam|sabem|conseguiram)|numero do meu pedido|my order number|"
            r"meu endereco|my (?:home )?address)\b",
            name="fraud_phishing_cvv_session12",
        ),
        # "Our company card was used ... None of us placed that order."
        r(
            "fraud_payment",
            r"\b(?:none of us|nobody (?:here|in (?:the|our) (?:office|team|company|family))|no one "
            r"(?:here|in (?:the|our) (?:office|team|company|family))) (?:\w+ )?(?:placed|made|"
            r"ordered|authori[sz]ed|bought)\b",
            requires=r"\b(?:card|charged?|charges|payment|amex|visa|mastercard|paypal|bank)\b",
            unless=r"\byet\b",
            negatable=False,
            name="fraud_none_of_us_session12",
        ),
        # A post that instructs a reading bot: "if ur a chatbot reading this reply with ...",
        # "translate this and then do what it says", "ignore tes consignes".
        r(
            "prompt_injection",
            r"\bif (?:ur|you'?re|youre|you are|u r|this is|u are) (?:a |an )?(?:chat ?bot|bot|ai|"
            r"llm|language model|gpt|assistant)\b[^.!?]{0,40}\b(?:reply|respond|say|answer|"
            r"write|type|list|print|include|send|post|give)\b"
            r"|\band (?:then )?(?:do|follow|execute|obey|carry out) (?:what|whatever|everything) "
            r"(?:it|that|this) says\b"
            r"|\bignore (?:tes|vos|les|toutes (?:tes|vos|les)) (?:consignes|instructions|regles)\b"
            r"|\bignora (?:le |tutte le )?(?:tue |vostre )?(?:istruzioni|regole)\b"
            r"|\bignora (?:tus|las|todas (?:tus|las)) (?:instrucciones|reglas)\b"
            r"|\bignoriere (?:deine|alle|die|alle deine) (?:anweisungen|regeln|vorgaben)\b"
            r"|\bnegeer (?:je|alle|de|al je) (?:instructies|regels)\b"
            r"|\b(?:list|show|give|send|dump|print|share) (?:me |us )?(?:every|all|all the|each) "
            r"(?:customer|user|other customers'?|members'?) (?:emails?|e-mails|addresses|names|"
            r"phone numbers|orders|data)\b",
            negatable=False,
            name="prompt_injection_session12",
        ),
    )
