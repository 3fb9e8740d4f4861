"""A breach that is not the brand's: another company's breach read about in the news, and a
scam e-mail in the brand's name that knew nothing the store had (session 20).

* `BREACH_IN_THE_NEWS`: "Interesting read this week on the ShopSmart data breach", "Saw the
  news about that big department store's data breach", "ho letto del data breach di
  quell'altro negozio sportivo". Over all labelled posts, 31 of the 34 that read or saw news
  of a breach or a leak carry no category; the other three *report* one to a regulator,
  and "report" is not a reading word here. The gap between the reading word and the breach
  must not name the brand, the writer's own account or a notice sent to them ("read your
  email about the breach").
* `SCAM_MAIL_IN_OUR_NAME`: "recebi um email 'Northwind Rewards' pedindo pra confirmar os
  dados do cartão ... é golpe né?", "mi è arrivata una mail 'Northwind Rewards' che chiede di
  inserire i dati della carta". Labelled fraud_payment; the semantic head read a breach.
  Not when the mail knew what the store had ("listing your exact last order").

* `SIGN_IN_WAS_ME`: "got a 'new sign-in from Chrome on Windows' email, that was me on my
  work laptop" (blind90): a security alert the writer owns up to.

Plain pattern strings (lower case, no accents), compiled by `compile_rule`.
"""

from __future__ import annotations

# Words of reading or hearing news, in the seven languages ("report" left out: "I reported
# this to the ICO as a data breach" is a complaint).
_READ = (
    r"(?:read|reading|news|article|heard|saw|seen|headlines?|story|piece|write-?up|thread|"
    r"letto|leggo|notizia|notizie|articolo|lu|lire|article|nouvelles|gelesen|lese|nachrichten|"
    r"artikel|lei|leido|noticias?|articulo|li|lido|noticia|materia|gelezen|nieuws|artikel)"
)
# What may come between: not the brand, not the writer's own account, not a notice sent.
_NOT_OURS = (
    r"(?:you|your|ur|u|y'?all|northwind|nw|my|our|mine|email|e-?mail|mail|letter|notice|"
    r"notification|jullie|vous|vos|votre|euch|euer|eure|ihr|vuestr\w*|vosotros|vostr\w*|voi|"
    r"voces|vcs|seu|sua|mijn|mon|ma|mes|mein\w*|mi|mis|meu|minha|il mio|la mia)"
)
_BREACH = (
    r"(?:data ?breach\w*|breach\w*|data ?leak\w*|leak(?:ed|ing|s)?|hack(?:ed)?|fuite|fuga|"
    r"datenleck|datenpanne|datalek|vazamento|violazione)"
)
BREACH_IN_THE_NEWS = (
    rf"\b{_READ}\b(?:(?!\b{_NOT_OURS}\b)[^.!?\n]){{0,50}}?\b{_BREACH}\b"
    # "del data breach di quell'altro negozio", "la fuga de datos de otra tienda".
    rf"|\b{_BREACH} (?:\w+ ){{0,2}}(?:di|de|da|del|della|van|bei|von|chez|at|of) (?:quell'?|"
    r"un |una |une |um |uma |een |einem |einer |l')?(?:altr[oa]|otr[oa]|outr[oa]|autre|"
    r"andere[mn]?|other|another) (?:\w+ )?(?:negozio|azienda|sito|marca|tienda|empresa|marca|"
    r"loja|empresa|site|magasin|entreprise|marque|shop|laden|firma|marke|winkel|bedrijf|"
    r"merk|store|company|brand|retailer)"
)

_RECEIVED = (
    r"(?:got|received|me llego|recibi|j'ai recu|recu|bekommen|erhalten|gekregen|ontvangen|"
    r"ricevuto|arrivat[oa]|recebi|chegou)"
)
_MAIL = (
    r"(?:e-?mail|mail|sms|text|message|dm|mensaje|correo|messaggio|mensagem|bericht|nachricht|"
    r"courriel)"
)
SCAM_MAIL_IN_OUR_NAME = (
    r"^(?![\s\S]*\b(?:how (?:did|do|could|would)|comment ils|how come|leak\w*|breach\w*|"
    r"hack\w*|knew my|know my|knows my|had my|exact\w*|last (?:4|four)|only (?:you|northwind)|"
    r"never gave|savent|wissen|saben|sabem|sanno|weten|"
    r"(?:my|mon|ma|mes|mi|mis|meine?n?|meu|minha|il mio|la mia|mijn) (?:\w+ )?(?:name|address|"
    r"order|nom|adresse|commande|nombre|direccion|pedido|bestellung|adresse|nome|indirizzo|"
    r"ordine|endereco|morada|naam|adres|bestelling))\b)"
    rf"(?=[\s\S]*\b{_RECEIVED} (?:an? |un |una |une |ein |eine |een |um |uma )?{_MAIL} "
    r"['\x22\u2018\u201c\u00ab])"
    r"(?=[\s\S]*\b(?:card|carta|cartao|tarjeta|carte|karte|kaart|password|senha|contrasena|"
    r"passwort|wachtwoord|confirm\w*|conferm\w*|verif\w*|phishing|golpe|truffa|scam|estafa|"
    r"arnaque|betrug|oplichting)\b)"
)
SIGN_IN_WAS_ME = (
    r"\b(?:sign-?in|log-?in|login|new device|security alert|verification code|password "
    r"(?:change|reset))\b[^\n]{0,80}\b(?:that|it|this) (?:was|wuz) (?:just |only |actually |"
    r"definitely |really )?me\b"
)
