"""English entity rules: titles before names, particles inside names, capitalised non-names.

Data only; the shared logic is ``reconcile/facts/entity.py`` (finding) and ``reconcile/link.py``
(linking). ``COMMON_WORDS`` are words seen lower-case mid-sentence in public text (Tatoeba test
sets and Wikipedia "In the news" blurbs, ``/work/shared/external``): a capitalised one at a
sentence start is not a name.
"""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

# Words that introduce a person's name (lower-case; matched case-insensitively).
TITLES = frozenset("""
president vice-president minister premier chancellor king queen prince princess emperor sultan
emir sheikh pope general colonel major lieutenant captain admiral commander marshal governor
mayor senator ambassador envoy spokesman spokeswoman spokesperson chairman chairwoman chair
secretary director chief ceo founder leader dr mr mrs ms sir lord lady judge justice
prosecutor deputy head cardinal archbishop bishop rabbi imam crown delegate
""".split())
# Title abbreviations written with a full stop.
ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "st", "sen", "rep", "gov", "capt"})
# Words that continue a title between it and the name ("Defense Minister", "Minister of Foreign Affairs").
PORTFOLIO = frozenset("""
defense defence foreign affairs interior home finance economy economic trade justice health
education energy security national state public prime vice deputy former acting
interim incoming outgoing general minister prime foreign armed forces of the and for
""".split())
# Lower-case words allowed inside a name between capitalised words.
PARTICLES = frozenset({"bin", "ibn", "bint", "al", "el", "de", "da", "di", "del", "della", "van",
                       "von", "der", "den", "la", "le", "du", "abu", "ben", "y", "dos", "das"})
# Lower-case words allowed inside organisation / place names.
CONNECTORS = frozenset({"of", "the", "for", "and", "on"})
# Capitalised words that are never (the start of) a name.
STOP_CAPITALS = frozenset("""
the a an this that these those there here it its he she they we i you his her their our my
in on at of for from to by with as and but or if when while after before during since until
read also more related advertisement photo video source sources file update breaking watch
according however meanwhile earlier later today yesterday tomorrow last next mr mrs
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
""".split())
# Upper-case words that are document furniture, not organisations.
ACRONYM_STOP = frozenset({"READ", "MORE", "ALSO", "AM", "PM", "TV", "CEO", "MOU", "UPDATE",
                          "PHOTO", "VIDEO", "AFP", "OK", "BREAKING", "NEWS", "GMT", "UTC", "I", "II"})
# A run containing one of these is an organisation.
ORG_CUES = frozenset("""
ministry department agency office bureau council committee commission parliament assembly
senate congress court army navy force forces guard police party union association
organisation organization institute university school college bank fund company corporation
group inc ltd corp industries airlines airways news times post press television radio
foundation movement front alliance federation league network authority administration
command brigade battalion service services systems government
""".split())
# A run containing one of these is a place.
PLACE_CUES = frozenset("""
city province region state county district island islands sea ocean gulf bay river lake
mount mountains valley strait peninsula desert street avenue square airport port base
kingdom republic emirate sultanate
""".split())
# Common given names, so that an untitled "Firstname Lastname" is known to be a person.
GIVEN_NAMES = frozenset("""
john james robert michael william david richard joseph thomas charles christopher daniel
matthew anthony mark donald paul steven andrew joshua kenneth kevin brian george timothy
ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron
jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian keith
roger terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy
bruce gabriel joe logan alan juan albert willie elijah wayne randy vincent mary patricia
jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty sandra margaret
ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon
laura cynthia amy kathleen angela shirley brenda emma anna nicole helen samantha katherine
christine catherine olivia rachel maria ursula angela kamala hillary nancy liz theresa boris
rishi keir justin joe barack vladimir dmitry sergei sergey volodymyr olaf jacinda narendra
xi li shinzo fumio yoon moon kim ali ahmed ahmad mohammed mohamed muhammad mohammad mahmoud
mahmud mustafa mustapha omar umar hassan hasan hussein husain ibrahim ismail youssef yusuf
khalid khaled abdullah abdallah abdel abdul abd abdur abdurrahman abdelaziz abdulaziz
salman faisal fahd nasser naser tamim hamad zayed mansour saad saeed said sayed karim
rachid rashid hamid walid nabil jamal gamal amr ayman tarek tariq sami samir yasser yasir
salah anwar fatima aisha mariam maryam leila layla nadia amina zainab emmanuel jean pierre
francois nicolas jacques marie sophie ursula charles recep tayyip benjamin naftali yair
isaac ehud shimon mahathir anwar joko prabowo susilo megawati sri ganjar anies ridwan
budi agus bambang hendra dewi siti putri rizky andi ahmad muhammad
""".split())
# Short names that CLDR does not list, -> territory code.
PLACE_ALIASES = {"US": "US", "USA": "US", "America": "US", "UK": "GB", "Britain": "GB",
                 "Great Britain": "GB", "Turkey": "TR", "Holland": "NL", "Czech Republic": "CZ",
                 "Russian Federation": "RU", "Ivory Coast": "CI", "Burma": "MM", "Gaza Strip": "PS",
                 "East Timor": "TL"}
# Lower-case words of running text (see module docstring for the source).
COMMON_WORDS = frozenset("""
a abduction able about abroad accident acquire across act admit adopts advice afraid after
afternoon again against age ago agree agreement air aircraft alike all allowed almost alone
along already also altitude altogether always am among amount an and angry animals annexation
annexes announces another answer answered any anybody anymore anyone anything apologize apples
appreciate approach are aren't around arraigned arrest arrive arrived as ashamed ask asked
asking asleep assassination association asteroid at attack attacks attempt attention award
awarded awards away baby back bad bank be beach beat beautiful became because become becomes
bed been beer before began being believe below best better between bicycle big billion
bioorthogonal birthday bit bitter blew blood blue board bombing book books boring born borrow
borrowed bother bought boys breakfast bring broke broken brother brothers brought building burn
burqa bus business busy but buy by call called came camera camp can can't cannot capsizes car
cards care careful carrying cars case cat cats caught cause causes cellar centre-right centred
chair chance change changed changes character charges cheap check chemistry child children
chloride chocolate choice choosing chose chosen cities citizens city class click client close
closed closest clothes cloudy coalition coat coffee cold collapse collides collision color
colour come comes comet common company complicated computer concerns concludes conclusion
condemned confused construction consult control controlled correct corvette cost could couldn't
council count country country's coup courage course cover coward crash crashes crazy credit
crew cried crime crisis crowd crush cry crying cup curious currency custom customs d'état da
dad daily damage damages date day days dead deadly deal death deaths decide decided decision
declaration deep deer defeating defeats deflection deliberately demonstration depends deposes
derailment desk detention dictionary did didn't die died dies different difficult dinner dirty
dissolving do doctor does doesn't dog doing don't done door down dream drink drinking drive
driving dropped during each ears earth earthquake easy eat eaten eating eats eight elected
election elections elevator else emergency emeritus end enough enter entered entire entrance
envelope envy escalates estimates euro euros evacuated even evening ever every everybody
everyone everything evolutionary exam examination example exceeded excited expect expensive
explain explained explanation explosion eyes face facility fact fail failed fails fall
falsifying family famous far fast faster father favorite fear fed feel feeling feelings felt
female festivities few field fifth figured final find fine finished fire fires first fish
fishing five flag flight flooding floor flowers following food foolish football footballer
footbridge for force foreigner forest forever forget forgot formed former found four four-party
fourteen free fridge friend friends frightened frog from front full funny furnishing further
gained gang garden gave general genetics get getting girl girlfriend give given glad go going
gone good got government government's grade great greatly green group guess guided guy had hair
hand happen happened happens happiness happy hard has hate hates have haven't having he he's
head health healthy hear heard heart heatwave helicopter help helping her here high highest him
himself hire his hit home hope hospital hot hour hours house how hug human hung hungry hurry
hurt idea ideas idiot if image impacts impeached impolite important impossible in including
incumbent influenced information injured injures injuring instead intend intention interest
interesting interim interior into invade invited is island isn't issues it it's its itself job
joins just keep kept key keys kid kidding kill killed killing kills kind kitchen knew knife
know known knows land landfall landslide language large largest last late later launched law
leader learn learning least leave leaves leaving led left legislative let letter letters liar
library lie lies life light like liked likes line listened little live lived lives living long
longer look looking looks lose loss lost lot love loves low luck luggage lunch machine mad made
magazine majority make makes man many market married mass master match matter may me mean means
meant meat mechanics medicine meet meeting megadrought member members men mention mere met
mid-air midterm might migrant milk million millions mind mine minister miss missed missiles
missing mistake modern moment money month mood moon more morning mosque most mostly mother
motor motorcycle mouth move much music must my myself name nation's national native natural
near nearly necessary need needs never new news next nice night nine no nobody not nothing
notice now number nursery o'clock obey oblasts obvious occupied of off offer office official
old on onboard once one ongoing only open opinion opportunity or oranges order other others our
out outside over overseas own paid pain painted parents park parliament parliamentary part
partially parties party pass passport-free past pay peace people permission person phone
phrased piano pick picture pictured pizza place placed plan plane play playing plays please
point police policy polite popular population power prefer present president pretending pretty
price prime prison probably problem problems produces program protests province put quantum
question questions quiet racing rain rained raining raise ran rate reached read reading ready
real realized really reason received recognize records red referendums regret religion removed
rent repeat request residents resignation response restaurant resulting results retains
returned rid right ring river road robot room rule ruling run running runoff s sad said
salesman salt same satellite saw say saying says scared schedule school science seaman seat
seats second secretary see seems seen selfish send sentence seven she she's shooting shop
shopping shot should should've shouldn't show showed shown shut sick side sight similar simple
since sing singing sinks sister sit six sleep sleeping sleepy slow smoke snow so sold solution
some somebody someday someone something son soon sorry sort sour space spacecraft speak
speaking speaks spell spoken st stand stars start started state stay steep still stone stop
stopped store stories story strange street strikes student students studied study studying
subsequent succeed succeeds success successfully such sugar suggest suicide summer suppose sure
surprise surprised suspicious swim sworn table take taken taking talk talked talking targeting
task taxes taxi teacher telephone television tell ten tennis term test text th than thank that
that's the their them themselves then theory there there's these they thief thing things think
thinking third thirty this those though thought thousand three threw through ticket time tired
to today together told tomorrow tonight too took totally toward town train travel tried trip
trouble trousers true trust truth try trying turn turned twice two two-term umbrella uncrewed
under understand unlikely until up upset us use used useless usually vacation very vinyl visit
visitors wait waiting walk wall wallet want wanted wants war warrants was wasn't waste watch
watching water way we we'll weather website wedding week weight welcome well went were weren't
wet what what's whatever wheat when where which while white who whole why widely
widely-condemned widespread wife wild will wind window wine wins winter wish with without woke
woman won't wonder wondered word words work worked working works world worried worry worst
worth would wouldn't write writes writing wrong year years yesterday yet you you'd you're young
your yours yourself zoo
""".split())

# (text, value): the text must give exactly one entity fact covering it, with this value.
CORPUS = _DATA.rows("CORPUS")
NEGATIVE_CORPUS = _DATA.strings("NEGATIVE_CORPUS")
LINK_CORPUS = _DATA["LINK_CORPUS"]
LINK_NEGATIVE = [
    ["Kamala Harris", "Kamala Khan"],
]
