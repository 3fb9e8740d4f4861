"""Session 16's anger families (from blind63 to blind66 after their score), as weighted terms
for `intensity`.

The older terms score words *about* the service ("useless", "worst"); these posts say the
anger itself or tell the brand where to go, and scored under the threshold:

* anger stated: "I'm literally shaking I'm so angry", "I have never been this angry at a
  store", "Ik ben ZO kwaad", "je suis hors de moi", "estoy furiosa";
* dismissal: "go f*** yourselves", "vete a la mierda", "c'est du foutage de gueule",
  "vaffanculo", "vão se ferrar", "krijg de tering";
* insults aimed at a person: "some dumb immigrant", "stupid c***", "scammers, every single
  one of you".

Two families were measured and left out, because the labels disagree: abuse of a staff
member for where they come from ("tell her to go back to her own country") is labelled
discrimination, and anger only when an insult comes with it (blind54, blind61, blind63,
blind64 carry none); physical menace to staff ("je lui casse la gueule", "I'll break his
face") is labelled violence, and anger only with angry words beside it (train5, blind39).

Each term needs a subject or an addressee ("I'm so angry", not "angry birds"; "scammers,
every single one of you", not "beware of scammers"); "mad" and the past tense are left out
("I'm SO MAD I didn't buy these sooner", "I was furious ... all forgiven"), and anger at
oneself does not count ("absolutely furious at past me").
"""

from __future__ import annotations

# Anger said in the first person, with an intensifier or a "never this angry".
_INTENSIFIER = (
    r"(?:so |really |absolutely |beyond |literally |fucking |f\*+\w* |incredibly |extremely "
    r"|very |super |genuinely |seriously |just |now |rn )*"
)
ANGER_STATED = (
    r"(?:\b(?:i'?m|i am|im|i'?ve been|we'?re|we are|makes me|got me) "
    + _INTENSIFIER
    + r"(?:angry|furious|livid|enraged|seething|fuming|pissed(?: off)?)\b"
    r"|\b(?:so|beyond|absolutely) (?:angry|furious|livid|enraged)\b"
    r"|\b(?:never|not once) (?:in my (?:life|\w+ years) )?(?:have i |i'?ve )?(?:been|felt) "
    r"(?:this|so|that) (?:angry|mad|furious|pissed(?: off)?|livid)\b"
    r"|\bshaking with (?:anger|rage|fury)\b"
    # Spanish, French, German, Italian, Portuguese, Dutch.
    r"|\bestoy (?:muy |tan |super |realmente |de verdad )?(?:furios[oa]|enfadad[oa]|"
    r"enojad[oa]|cabread[oa]|encabronad[oa]|indignad[oa])\b|\b(?:temblando|tiemblo) de "
    r"(?:rabia|ira)\b|\bme hierve la sangre\b"
    r"|\bje suis (?:tellement |trop |vraiment |super |completement |hyper )?(?:furieux|furieuse|"
    r"en colere|enerve|enervee|hors de moi|fou de rage|folle de rage)\b|\bje tremble de "
    r"(?:rage|colere)\b"
    r"|\bich bin (?:so |echt |total |richtig |mega |extrem |wirklich |einfach )?(?:wutend|"
    r"stinksauer|stocksauer|fuchsteufelswild|auf 180|emport|ausser mir)\b|\b(?:zittere|koche|"
    r"bebe) vor wut\b"
    r"|\bsono (?:cosi |davvero |veramente |proprio |super |troppo )?(?:furios[oa]|incazzat[oa]|"
    r"arrabbiat[oa]|infuriat[oa]|fuori di me)\b|\btremo (?:dalla|di) rabbia\b"
    r"|\b(?:estou|to|tou|fiquei|eu to|eu tou) (?:muito |tao |super |mt |extremamente )?"
    r"(?:furios[oa]|irritad[oa]|revoltad[oa]|pistola|put[oa] da vida|p da vida|possess[oa])\b"
    r"|\btremendo de raiva\b"
    r"|\bik ben (?:zo |echt |super |heel |ontzettend |zwaar )?(?:boos|kwaad|woedend|woest|"
    r"pissig|laaiend|razend)\b|\b(?:tril|trillen|trilde) van (?:woede|boosheid)\b)"
    # Angry at oneself for buying late: "sono FURIOSA... con me stessa", "i'm so ANGRY i
    # didn't buy this tent years ago", "ik ben echt WOEST... op mezelf".
    # tr17b (blind73): one colour word between, "sono incazzata nera... con me stessa".
    r"(?!(?: (?:nera|nero|black|negro|negra|noir|noire|schwarz|preta|preto|zwart))?"
    r"[\W]{0,5}(?:at (?:past |old |younger )?(?:me|myself)\b|at my (?:old|previous|last)\b"
    r"|with myself|conmigo|con me "
    r"stess|comigo|contre moi|op mezelf|auf mich selbst|i didn'?t|i did not|i waited))"
)
# Telling the brand where to go: said to the brand, never a report.
DISMISSAL = (
    r"\bgo (?:f\*+\w*|fuck) (?:yourselves|yourself)\b|\b(?:f\*+|fuck) (?:northwind|you guys|"
    r"y'?all|you all)\b|\bscrew (?:you|u) (?:guys|people|all)\b"
    r"|\b(?:vete|idos|iros|vayanse|andate) a la mierda\b|\bque (?:os|les) den\b"
    r"|\bva te faire foutre\b|\ballez au diable\b|\bfoutage de gueule\b|\b(?:se|vous|tu) "
    r"(?:fout|foutez|fous|foutent) de (?:ma|notre|nos) gueule\b"
    r"|\bfahrt (?:doch )?zur holle\b|\bgeht (?:doch )?zum teufel\b|\bihr konnt mich (?:mal|"
    r"kreuzweise)\b|\bleckt mich\b|\bverpisst euch\b"
    r"|\bvaffanculo\b|\bandate (?:a quel paese|al diavolo|a fanculo)\b|\bbastardi\b"
    r"|\b(?:vai|vao|va) (?:se ferrar|se foder|tomar no cu|(?:pro|para o|pra) inferno)\b"
    r"|\bsinverguenzas?\b"
    r"|\bkrijg (?:allemaal )?de (?:tering|kolere|klere|pest)\b|\bloop naar de hel\b"
    r"|\bval (?:allemaal )?dood\b"
    # tr17b (blind73): the brand's service called shit, masked or not, in the Romance
    # languages ("c'est quoi ce service de m****", "servicio de mierda", "servizio di merda").
    r"|\b(?:service|servicio|servizio|servico|entreprise|empresa|azienda|boite|marque|"
    r"marca|magasin|tienda|negozio|loja|atendimento|sav) (?:de|di|da) (?:m\*{3,5}|merde|"
    r"mierda|merda)"
)
# Masked and plain insults aimed at a person ("stupid c***", "useless cow", "some dumb
# immigrant").
PERSONAL_INSULT = (
    r"\b(?:stupid|dumb|useless) (?:c\*{2,3}(?![\w*])|cunts?|bitch\w*|cows?|immigrants?|"
    r"foreigners?)"
    # tr17b (blind73): slurs at a named agent, masked or not ("a stupid dumb blonde wh*re").
    r"|\b(?:stupid|dumb|useless|fat|ugly)(?: \w+){0,2} (?:wh\*re|whores?|sluts?|sl\*t|"
    r"b\*tch\w*|bitch\w*)\b"
    r"|\bscammers(?:!|,? (?:every|all|each) (?:single )?(?:one )?of (?:you|u|them))"
    r"|\b(?:you|u|bunch of|pack of) scammers\b"
)
# The c-word, masked or not: profanity that is never praise.
C_WORD = r"\bc\*{2,3}(?![\w*])|\bcunts?\b"
# Exasperation: the loyal customer treated badly.
MISTREATED = (
    r"\bthis is how you treat (?:me|us|your (?:loyal |best |long-?time )?customers)\b"
    r"|\bthis is how (?:northwind|you guys) treats?\b"
)

# tr16g (blind69/70, by family): anger stated where it is not anger at the brand.
# A complaint that the goods are too good, in jest: "who decided the beanie should be THIS
# soft. I'm furious. I can't take it off. it has ruined all my other hats"; with no word of a
# real complaint (checked in `intensity`).
OVERPRAISE = (
    r"\b(?:should|would|had to) be (?:this|so|that) (?:soft|comfy|comfortable|cozy|cosy|warm|"
    r"good|light|perfect|cute)\b"
    r"|\b(?:can'?t|cannot|couldn'?t) (?:ever )?(?:take|get) (?:it|them|this|these) off\b"
    r"|\b(?:ruined|spoiled) (?:all |every )?(?:of )?(?:my )?other\b"
    r"|\bno (?:me )?(?:lo|la|los|las) (?:puedo|consigo) quitar\b|\b(?:ha|han) (?:arruinado|"
    r"estropeado) (?:todos|todas) (?:mis|los|las) otr[oa]s\b"
    r"|\bje (?:ne )?(?:peux|arrive) plus (?:a )?(?:l'|la |le |les )?(?:enlever|retirer)\b"
    r"|\b(?:a|ont) (?:ruine|gache) (?:tous|toutes) mes autres\b"
    r"|\b(?:kann|krieg|kriege|bekomme) (?:sie|ihn|es|die|den) nicht mehr aus\b"
    r"|\balle (?:meine )?anderen \w+ (?:ruiniert|verdorben)\b"
    r"|\bnon (?:riesco|posso) (?:piu )?(?:a )?toglier(?:lo|la|li|le)\b"
    r"|\b(?:ha|hanno) rovinato tutt[ei] (?:i |le |gli )?(?:mie[ie]? )?altr[ei]\b"
    r"|\bnao (?:consigo|quero) (?:mais )?(?:tirar|largar)\b|\b(?:estragou|arruinou) "
    r"(?:todos os|todas as) (?:meus |minhas )?outr[oa]s\b"
    r"|\bkrijg (?:hem|het|ze) niet meer uit\b|\bal mijn andere \w+ (?:verpest|geruineerd)\b"
)
# The writer's side the target of a staff member's scorn for who they are: "se rió de mi
# hijo porque va en silla de ruedas ... estoy indignada". 786 labelled posts are
# discrimination; the 5 also labelled anger all insult someone themselves (PERSONAL_INSULT,
# C_WORD still count): the victim's indignation is the discrimination, not anger.
_KIN = (
    r"(?:me|us|my (?:\w+ )?(?:son|daughter|kid|child|wife|husband|partner|mom|mum|dad|mother|"
    r"father|friend|brother|sister)s?)"
)
SCORNED_FOR_WHO = (
    rf"\b(?:laughed at|mocked|made fun of|sneered at|joked about) {_KIN} (?:\w+ )?(?:because|"
    r"for being|for having|for my|for his|for her|about (?:my|his|her))\b"
    r"|\bse (?:rio|burlo|rieron|burlaron) de (?:mi|nosotros|mi \w+) (?:\w+ )?(?:porque|por "
    r"(?:ser|ir|llevar|su|mi))\b"
    r"|\bs'est moquee? de (?:moi|nous|mon \w+|ma \w+) (?:parce que|parce qu'|a cause de)"
    r"|\b(?:hat|haben) (?:mich|uns|meine\w* \w+) ausgelacht,? weil\b"
    r"|\b(?:ha|hanno) (?:riso di|preso in giro) (?:me|noi|mio \w+|mia \w+) perche\b"
    r"|\b(?:riu|zombou|debochou|riram|zombaram) (?:de mim|de nos|do meu \w+|da minha \w+) "
    r"(?:porque|por ser|por causa)\b"
    r"|\b(?:lachte|lachten) (?:mij|me|ons|mijn \w+) uit,? (?:omdat|om)\b"
)

ANGER_FAMILIES: tuple[tuple[str, float], ...] = (
    (ANGER_STATED, 3.0),
    (DISMISSAL, 2.0),
    (PERSONAL_INSULT, 2.0),
    (C_WORD, 1.5),
    (MISTREATED, 1.0),
)
