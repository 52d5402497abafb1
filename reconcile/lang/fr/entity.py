"""French entity rules: titles before names, particles inside names, capitalised non-names.

Data only; the shared logic is ``reconcile/facts/entity.py`` (finding) and ``reconcile/link.py``
(linking). ``COMMON_WORDS`` are words seen lower-case mid-sentence in public text (Tatoeba test
sets and Wikipedia "In the news" blurbs, ``/work/shared/external``): a capitalised one at a
sentence start is not a name.
"""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

TITLES = frozenset("""
président présidente vice-président ministre première premier chancelier chancelière roi reine
prince princesse empereur sultan émir cheikh pape général colonel commandant capitaine amiral
maréchal gouverneur maire sénateur sénatrice ambassadeur ambassadrice envoyé porte-parole
secrétaire directeur directrice chef patron fondateur dirigeant dirigeante juge procureur
monsieur madame mademoiselle docteur sieur délégué déléguée
cardinal archevêque évêque abbé imam monseigneur mgr
""".split())
ABBREVIATIONS = frozenset({"m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "gén", "gal"})
PORTFOLIO = frozenset("""
de la du des l d défense affaires étrangères intérieur économie finances commerce justice
santé éducation énergie sécurité nationale national délégué déléguée chargé chargée adjoint
adjointe ancien ancienne intérim
""".split())
PARTICLES = frozenset({"bin", "ibn", "ben", "al", "el", "de", "du", "des", "da", "di", "van",
                       "von", "der", "le", "la", "abou", "abu", "d", "ould"})
CONNECTORS = frozenset({"de", "du", "des", "la", "le", "l", "d", "et", "pour"})
STOP_CAPITALS = frozenset("""
le la les l un une des du de d ce cet cette ces il elle ils elles on nous vous je tu son sa
ses leur leurs notre nos en dans sur sous pour par avec sans selon après avant pendant depuis
lors et mais ou donc car si quand alors ainsi cependant toutefois pourtant aussi enfin
lire aussi voir photo vidéo source mise jour
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
janv févr avr juil sept oct nov déc
lundi mardi mercredi jeudi vendredi samedi dimanche
""".split())
ACRONYM_STOP = frozenset({"LIRE", "AUSSI", "VIDEO", "VIDÉO", "PHOTO", "TV", "AFP", "I", "II",
                          "MAJ", "DR"})
ORG_CUES = frozenset("""
ministère département agence bureau office conseil comité commission parlement assemblée sénat
cour tribunal armée armées forces force garde police gendarmerie parti union syndicat
association organisation institut université école banque fonds société compagnie groupe
entreprise industries mouvement front alliance fédération ligue autorité administration
gouvernement commandement brigade bataillon service services délégation direction presse
""".split())
PLACE_CUES = frozenset("""
ville province région département île îles mer océan golfe baie fleuve rivière lac mont
montagne vallée détroit péninsule désert rue avenue place aéroport port base
royaume république émirat sultanat
""".split())
# Short names that CLDR does not list, -> territory code.
PLACE_ALIASES = {"Grande-Bretagne": "GB", "Angleterre": "GB", "USA": "US", "Amérique": "US",
                 "Turquie": "TR", "Russie": "RU", "Hollande": "NL"}
# Lower-case words of running text (see module docstring for the source).
COMMON_WORDS = frozenset("""
a a-t-il absolue accident acheter acheté actuellement affaire affaires afin ai aime aimé ainsi
aller allé alors ami amis amène annexion annonce ans anticipées appelé apprendre appris après
arrive arriver arrêté as assez attend attendre attentat-suicide attentats attention attribué au
aucun aucune aujourd'hui aurais aurait auriez aussi auteur autre autres aux avait avant avec
avez avis avoir avons banques bas bateau battre beau beaucoup beauté belle besoin bien bientôt
bioorthogonale bizarre bière blesse blessés bloc blé boire bois bombardements bon bonheur bonne
bonnes bord bourse bousculade britannique brésilien brésilienne bureau burqa bus bête c'est
c'était cadeau café calme capitale carte cartes cause ce cela celle celui centaine centaines
certaine certaines ces cesse cet cette chaise chambre chance chaque chef chefs chemin chercher
cheveux chez chien chimie choix chose choses chœur ciel civiles classe click clients collision
colère comme commence comment commerciaux commissaire compliqué complètement comprends compte
concernant confiance confirmé connais connaissance connaît connaître conservateur contexte
continuer contre coup cours court crises croire crois curieux célébration cérémonie côté cœur
d'abord d'amis d'argent d'au d'autre d'avoir d'hélicoptère d'ici d'ouverture d'un d'une
d'unités d'économie d'être d'êtres da dans de demain demanda demande demander demandé depuis
dernier dernière des dessus destitution deux devant devenir devient devons devrais devrait
difficile différent différents dire direction disposé dit dix documents dois doit donc donner
donné dont dormir drapeau droite droits du dur décennies décision découvertes défauts défense
déjeuner déjà démission dépend déranger déroulent désolé désormais déteste développement dû
d’accusation d’ampleur d’arrêt d’enfants d’essai effectuant elle elles en encore enfant enfants
ensemble entendu entraînant entraîne entre envahissent environ erreur es es-tu est est-ce
est-il estimations estimé et eu eux excusé expliqué explosion face faim faire fais fait
falsification famille fasse faut faute favori femme fenêtre fera ferait fermer feux fier fille
fin finale finalement financières fleurs fois fonctionne fonctionner font football forces forme
fort fortune fou fous fret froid frontière fruit frères fumer fusillade fut fédéral février
fête gens gentille gouvernement grand grande grandes gros guerre génomes h haut hauteur heure
heures heureux hier hominines homme hommes huit humaine humains ici idée idées il ils important
importantes impôts incendie inculpé influencé intention international internationale intègre
intéressant intérêt inédit j'ai j'aime j'étais jamais janvier japonais jardin je jeu jeune
jouer jour journée jours jusqu'à juste l'accident l'ai l'air l'alcool l'ancien l'anglais
l'anniversaire l'armée l'association l'astéroïde l'eau l'effondrement l'enfant l'espace
l'extrême l'habitude l'hôtel l'impacteur l'intention l'intrication l'intégralité l'investiture
l'on l'école l'élection l'équipe l'équipement l'éternité l'étranger l'évolution la lait lancé
lapin laver le lendemain lequel les lettres leur leurs liaison libertés lieu lieux lit
littérature livre livres loin long longtemps longue lors lorsqu'il lui lumière là là-bas
là-dedans législatives légèrement l’ancien l’enlèvement l’histoire l’élection l’équipe m'a
m'aider m'avoir m'en ma magasin maintenant mais maison majorité mal malheur mandat mandats
mange manger manifestations manqué manteau marche marché mariage marin matin mauvais me
meilleur membres mensonges mené mes met mettre mieux milliards milliers ministre miracles mit
moi moins mois moment mon monastère monde montre montrer mort morts mot mots mourut musique
mère médecine même n'a n'ai n'aime n'as n'aurais n'avais n'est n'importe n'y n'était nationale
nationales nature ne neige nom nombreux nomme non notre nourriture nous nouveau nouveaux
nouvelle novembre nuit numéro oblasts occidental octobre officiellement on ont ordinateur ou
oublié où paix pantalon pape par parapluie parce parents parle parler parlé part parti partie
partisans pas passe passer passé pays pendant pense pensent pensé percute perdre perdu personne
personnes petit petit-déjeuner peu peur peut peut-il peux photo physiologie physique piano
pièce place plage planétaire plaît plupart plus plusieurs poisson poli pommes pont populaire
porte poser possible pour pourquoi pourrais pourrait pourrait-il pouvaient pouvais pouvez
pouvoir pouvons premier prendrait prendre presque pris prison prix prière probablement problème
problèmes professeur profond programme projet propos province provoque près précisément
préfixes préférable président présidente présidentielle prêt prêts pu puisse père pénale
période qu'elle qu'est-ce qu'il qu'ils qu'un qu'une quand quantique quatre que quecto quel
quelqu'un quelque quelques question questions quetta qui quiconque quinze quitter quoi
quotidienne raison recherches refusé regarde regarder rejoint religion remplace remporte
remportée rencontre rencontrer rencontré rend rendez-vous renonciation renouveler reports
représentants rester retard retiré reçu rien robot roi ronna ronto route russe russes réforme
région répondre réponse réussi rêvé s'amuse s'en s'est s'il s'écrase sa sac sais sait sait-il
salière salle salon sans sauf sauvages savais savent se second seigle selon semaine semble sens
sera serai serais sert ses seul seule seulement si simple simplement six sièges soit solution
sommes son sont sortant souhaite sous soutenant soutien stade stupide su successeur succès suis
suite sujet supporte suppose sur surprise survient syrienne séisme séismes série sûr t'ai
t'aime t'expliquer ta table tant tantôt tard tasse te tellement temps terme terre tes texte
ticket tiré toi tombé ton touche toujours tour tous tout toute toutes train travail
travailliste travaillé travers trente triste trois trop trophée trouve-t-il trouver trouvé très
tu tuent type téléphone télévision tête ukrainienne ukrainiennes ukrainiens un une va va-t-il
vais vendeur vendu venir venu vers veut veux vie vieil ville villes vin vis visage vit vivant
vivons vivre voient voir vois voiture vol vos votre voudrais voulais voulu vous voyageurs vrai
vraiment vu vécu vôtre y yeux à ça écrire écrit élection élections émet émérite équipage était
éteints étions été êtes être
""".split())

# (text, value): the text must give exactly one entity fact covering it, with this value.
CORPUS = _DATA.rows("CORPUS")
NEGATIVE_CORPUS = _DATA.strings("NEGATIVE_CORPUS")
LINK_CORPUS = _DATA["LINK_CORPUS"]
LINK_NEGATIVE = [
    ["Nicolas Sarkozy", "Nicolas Maduro"],
]
