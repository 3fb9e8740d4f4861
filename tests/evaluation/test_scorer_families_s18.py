"""Session 18's blame, rudeness and robotic families (what scorer blind81 and the spent
blind82/83 missed), each next to look-alikes that must still pass, in the supported
languages where the family applies: pointing at where the answer was written as a rebuke,
waving the customer's reading away, grudging help, the customer's slip presumed with a
hedge; the stock form-letter phrases and the agentless bureaucratic passive. Every row is
invented for the test."""

from __future__ import annotations

import pytest

from .test_scorer_families import POLICY, _score

# (draft, passes)
BLAME: list[tuple[str, bool]] = [
    # Where it is written, as a rebuke.
    ("As our shipping page already says, we don't ship to PO boxes.", False),
    ("As the returns policy plainly states, opened items carry a fee.", False),
    ("Como ya dice nuestra página, no aceptamos pedidos por teléfono.", False),
    ("Comme l'indique déjà notre site, la livraison prend 5 jours.", False),
    ("Wie auf unserer Website bereits steht, liefern wir nicht an Packstationen.", False),
    ("Come già indicato sul nostro sito, la consegna richiede 5 giorni.", False),
    ("Como já diz o nosso site, não enviamos para apartados.", False),
    ("Zoals al op onze website staat, leveren we niet op zondag.", False),
    ("Delivery takes 5 days. It's all on our site.", False),
    ("Está tudo no site, era só ler. A entrega demora 5 dias.", False),
    ("C'est sur notre site, il suffisait de lire. La livraison prend 5 jours.", False),
    ("È sul nostro sito, bastava leggere. La consegna richiede 5 giorni.", False),
    ("Das steht doch auf unserer Website. Die Lieferung dauert 5 Tage.", False),
    ("Dat staat gewoon op onze website. Levering duurt 5 dagen.", False),
    ("Está en la web, bastaba con leer. El envío tarda 5 días.", False),
    # Pointing to the page as help is fine.
    ("Our shipping page has the full list of countries, and Portugal is on it.", True),
    ("The size chart on our site shows a medium fits a 40-inch chest.", True),
    ("You can find the full policy on our site under Returns.", True),
    ("Encontras todos os prazos no nosso site, na página de envios.", True),
    ("Sie finden alle Lieferzeiten auf unserer Website unter Versand.", True),
    # The customer's reading waved away.
    ("Several parcels mean several charges, and that's all this is.", False),
    ("Sono due spedizioni separate. Tutto qui.", False),
    ("Es sind zwei Sendungen. Das ist alles.", False),
    ("Each parcel is charged when it ships, and together they add up to your total.", True),
    ("That's all we need to get the replacement moving.", True),
    # Grudging help and doubt.
    ("If you really still have the card number, I suppose we can freeze it.", False),
    ("I guess we can ask UPS to redirect it, if you really need us to.", False),
    ("Send the photos over and we'll see.", False),
    ("Supongo que podemos congelar la tarjeta.", False),
    ("Je suppose qu'on peut bloquer la carte.", False),
    ("Suppongo che possiamo bloccare la carta.", False),
    ("Suponho que podemos bloquear o cartão.", False),
    ("Meinetwegen können wir die Karte sperren.", False),
    ("Ik neem aan dat we de kaart wel kunnen blokkeren.", False),
    ("If you still have the card number, we can freeze the card and send a new one.", True),
    ("We'll see what we can do and get back to you within 1 business day.", True),
    ("Send us the order number and we'll look into it today.", True),
    # The customer's slip presumed with a hedge.
    ("This usually happens when the address wasn't typed quite right.", False),
    ("Your email most likely went to the wrong address or was never sent properly.", False),
    ("It's likely our replies went to your spam folder.", False),
    ("Probablemente la dirección no se escribió bien al hacer el pedido.", False),
    ("L'adresse a probablement été mal saisie lors de la commande.", False),
    ("Die Adresse wurde wahrscheinlich falsch eingegeben.", False),
    ("L'indirizzo è stato probabilmente digitato male.", False),
    ("O endereço provavelmente foi mal escrito na encomenda.", False),
    ("Het adres is waarschijnlijk verkeerd ingevuld.", False),
    ("We most likely sent it to the wrong address, and that's on us.", True),
    ("Our reply may have landed in a spam folder, so it's worth a look there.", True),
    ("Usually the parcel turns up within 48 hours, so please give it until Friday.", True),
    ("The carrier probably scanned it early; check with your neighbours too.", True),
]


@pytest.mark.parametrize(("draft", "passes"), BLAME, ids=[r[0] for r in BLAME])
def test_blame_s18(draft: str, passes: bool) -> None:
    passed, reason = _score("no-blame", draft, POLICY)
    assert passed is passes, reason


ROBOTIC: list[tuple[str, bool]] = [
    ("Thank you for contacting Northwind Outfitters. Please send a photo.", False),
    ("We apologise for any inconvenience caused.", False),
    ("Your case has been logged.", False),
    ("Upon receipt, the correct item will be dispatched.", False),
    ("Gracias por contactar con Northwind. Envíenos una foto.", False),
    ("Merci de nous avoir contactés. Envoyez-nous une photo.", False),
    ("Vielen Dank für Ihre Kontaktaufnahme. Bitte senden Sie ein Foto.", False),
    ("Grazie per averci contattato. Ci mandi una foto.", False),
    ("Obrigado por contactar a Northwind. Envie uma foto.", False),
    ("Bedankt voor uw contact met Northwind. Stuur een foto.", False),
    ("Su caso ha sido registrado.", False),
    ("Votre dossier a été enregistré.", False),
    ("Ihr Fall wurde erfasst.", False),
    ("Il suo caso è stato registrato.", False),
    ("O seu caso foi registrado.", False),
    ("Uw zaak is geregistreerd.", False),
    # Plain replies that say who does what.
    ("Thanks for reaching out! Send a photo of the label and we'll ship the medium today.", True),
    ("We're sorry for the mix-up and the hassle it has caused.", True),
    ("Once your photo arrives, we'll send the right size by Expedited, free.", True),
    ("We've written your case up for the team lead, who'll call you tomorrow.", True),
    ("Danke für Ihre Nachricht! Schicken Sie ein Foto, wir senden die richtige Größe.", True),
    ("Merci pour votre message ! Envoyez une photo et on vous envoie la bonne taille.", True),
]


@pytest.mark.parametrize(("draft", "passes"), ROBOTIC, ids=[r[0] for r in ROBOTIC])
def test_robotic_s18(draft: str, passes: bool) -> None:
    passed, reason = _score("no-robotic", draft, POLICY)
    assert passed is passes, reason
