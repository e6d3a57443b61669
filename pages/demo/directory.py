"""Demo organisations and mentors, modelled on the two founding networks: a
university network of named faculty representatives, and the wellbeing
services county's 37 digimentors on its sites. People are invented; towns and
coordinates are real."""

import random

# (fi, sv, en) names
UNIVERSITY = (
    "Pohjanmaan yliopisto",
    "Österbottens universitet",
    "University of Ostrobothnia",
)
COUNTY = (
    "Keski-Pohjanmaan hyvinvointialue",
    "Mellersta Österbottens välfärdsområde",
    "Central Ostrobothnia Wellbeing Services County",
)

# key: organisation, (fi, sv, en) name, street address, town, latitude, longitude
CAMPUSES = {
    "vaasa": (
        "university",
        ("Vaasan kampus", "Vasa campus", "Vaasa campus"),
        "Wolffintie 34",
        "Vaasa",
        "63.104500",
        "21.593600",
    ),
    "seinajoki": (
        "university",
        ("Seinäjoen kampus", "Seinäjoki campus", "Seinäjoki campus"),
        "Kampusranta 9",
        "Seinäjoki",
        "62.788600",
        "22.822300",
    ),
    "kokkola-uni": (
        "university",
        ("Kokkolan kampus", "Karleby campus", "Kokkola campus"),
        "Talonpojankatu 2",
        "Kokkola",
        "63.838900",
        "23.131200",
    ),
    "hospital": (
        "county",
        ("Keskussairaala", "Centralsjukhuset", "Central Hospital"),
        "Mariankatu 16–20",
        "Kokkola",
        "63.833000",
        "23.141000",
    ),
    "kannus": (
        "county",
        (
            "Kannuksen sosiaali- ja terveyskeskus",
            "Kannus social- och hälsocentral",
            "Kannus Health and Social Care Centre",
        ),
        "Asematie 7",
        "Kannus",
        "63.899000",
        "23.908000",
    ),
    "kaustinen": (
        "county",
        ("Kaustisen terveysasema", "Kaustby hälsostation", "Kaustinen Health Centre"),
        "Kappelintie 2",
        "Kaustinen",
        "63.547000",
        "23.693000",
    ),
    "veteli": (
        "county",
        ("Vetelin terveysasema", "Vetil hälsostation", "Veteli Health Centre"),
        "Kirkkotie 12",
        "Veteli",
        "63.475000",
        "23.787000",
    ),
    "toholampi": (
        "county",
        (
            "Toholammin terveysasema",
            "Toholampi hälsostation",
            "Toholampi Health Centre",
        ),
        "Sairaalantie 3",
        "Toholampi",
        "63.773000",
        "24.249000",
    ),
    "perho": (
        "county",
        ("Perhon terveysasema", "Perho hälsostation", "Perho Health Centre"),
        "Keskustie 8",
        "Perho",
        "63.216000",
        "24.420000",
    ),
    "kronoby": (
        "county",
        ("Kruunupyyn terveysasema", "Kronoby hälsostation", "Kronoby Health Centre"),
        "Norra Kronobyvägen 4",
        "Kruunupyy",
        "63.728000",
        "23.032000",
    ),
}

# key: organisation, (fi, sv, en) name, parent key or None, campus keys
UNITS = {
    "education": (
        "university",
        (
            "Kasvatustieteiden tiedekunta",
            "Pedagogiska fakulteten",
            "Faculty of Education",
        ),
        None,
        ["vaasa", "kokkola-uni"],
    ),
    "teacher-education": (
        "university",
        ("Opettajankoulutus", "Lärarutbildningen", "Teacher Education"),
        "education",
        ["vaasa", "kokkola-uni"],
    ),
    "early-childhood": (
        "university",
        ("Varhaiskasvatus", "Småbarnspedagogik", "Early Childhood Education"),
        "education",
        ["kokkola-uni"],
    ),
    "health-sciences": (
        "university",
        (
            "Terveystieteiden tiedekunta",
            "Hälsovetenskapliga fakulteten",
            "Faculty of Health Sciences",
        ),
        None,
        ["seinajoki"],
    ),
    "nursing-science": (
        "university",
        ("Hoitotiede", "Vårdvetenskap", "Nursing Science"),
        "health-sciences",
        ["seinajoki"],
    ),
    "public-health": (
        "university",
        ("Kansanterveystiede", "Folkhälsovetenskap", "Public Health"),
        "health-sciences",
        ["seinajoki"],
    ),
    "technology": (
        "university",
        ("Tekniikan tiedekunta", "Tekniska fakulteten", "Faculty of Technology"),
        None,
        ["vaasa"],
    ),
    "computing": (
        "university",
        ("Tietotekniikka", "Datateknik", "Computer Science"),
        "technology",
        ["vaasa"],
    ),
    "electrical": (
        "university",
        ("Sähkötekniikka", "Elektroteknik", "Electrical Engineering"),
        "technology",
        ["vaasa"],
    ),
    "university-services": (
        "university",
        ("Yliopistopalvelut", "Universitetstjänster", "University Services"),
        None,
        ["vaasa", "seinajoki"],
    ),
    "library": (
        "university",
        ("Kirjasto", "Biblioteket", "Library"),
        "university-services",
        ["vaasa", "seinajoki"],
    ),
    "study-services": (
        "university",
        ("Opintopalvelut", "Studietjänster", "Study Services"),
        "university-services",
        ["vaasa"],
    ),
    "health": (
        "county",
        ("Terveyspalvelut", "Hälsotjänster", "Health Services"),
        None,
        ["hospital"],
    ),
    "emergency": (
        "county",
        ("Päivystys", "Jouren", "Emergency Department"),
        "health",
        ["hospital"],
    ),
    "internal-medicine": (
        "county",
        (
            "Sisätautien osasto",
            "Avdelningen för inre medicin",
            "Internal Medicine Ward",
        ),
        "health",
        ["hospital"],
    ),
    "health-centres": (
        "county",
        ("Terveysasemat", "Hälsostationerna", "Health Centres"),
        "health",
        ["kannus", "kaustinen", "veteli", "toholampi", "perho", "kronoby"],
    ),
    "oral-health": (
        "county",
        ("Suun terveydenhuolto", "Munhälsovården", "Oral Health Care"),
        "health",
        ["hospital", "kannus"],
    ),
    "social": (
        "county",
        ("Sosiaalipalvelut", "Socialtjänster", "Social Services"),
        None,
        ["hospital"],
    ),
    "child-welfare": (
        "county",
        ("Lastensuojelu", "Barnskyddet", "Child Welfare"),
        "social",
        ["hospital"],
    ),
    "family-centre": (
        "county",
        ("Perhekeskus", "Familjecentret", "Family Centre"),
        "social",
        ["hospital", "kaustinen"],
    ),
    "older-people": (
        "county",
        ("Ikäihmisten palvelut", "Äldreomsorgen", "Services for Older People"),
        None,
        ["hospital"],
    ),
    "home-care": (
        "county",
        ("Kotihoito", "Hemvården", "Home Care"),
        "older-people",
        ["kannus", "veteli", "toholampi", "perho", "kronoby"],
    ),
    "assisted-living": (
        "county",
        ("Palveluasuminen", "Serviceboendet", "Assisted Living"),
        "older-people",
        ["kaustinen", "hospital"],
    ),
    "support": (
        "county",
        ("Tukipalvelut", "Stödtjänster", "Support Services"),
        None,
        ["hospital"],
    ),
    "digital-services": (
        "county",
        ("Digipalvelutiimi", "Digitjänstteamet", "Digital Services Team"),
        "support",
        ["hospital"],
    ),
    "patient-administration": (
        "county",
        ("Potilashallinto", "Patientadministrationen", "Patient Administration"),
        "support",
        ["hospital"],
    ),
}

# unit key: (fi, sv, en) job titles used for its mentors, and its usual topics
JOBS = {
    "teacher-education": [
        ("yliopisto-opettaja", "universitetslärare", "university teacher"),
        ("lehtori", "lektor", "senior lecturer"),
    ],
    "early-childhood": [
        ("yliopistonlehtori", "universitetslektor", "university lecturer")
    ],
    "nursing-science": [
        ("tutkijatohtori", "postdoktoral forskare", "postdoctoral researcher")
    ],
    "public-health": [
        ("yliopisto-opettaja", "universitetslärare", "university teacher")
    ],
    "computing": [
        ("laboratorioinsinööri", "laboratorieingenjör", "laboratory engineer")
    ],
    "electrical": [("yliopisto-opettaja", "universitetslärare", "university teacher")],
    "library": [("informaatikko", "informatiker", "information specialist")],
    "study-services": [("opintosihteeri", "studiesekreterare", "study secretary")],
    "emergency": [("sairaanhoitaja", "sjukskötare", "registered nurse")],
    "internal-medicine": [
        ("sairaanhoitaja", "sjukskötare", "registered nurse"),
        ("osastonsihteeri", "avdelningssekreterare", "ward secretary"),
    ],
    "health-centres": [
        ("terveydenhoitaja", "hälsovårdare", "public health nurse"),
        ("lähihoitaja", "närvårdare", "practical nurse"),
        ("vastaanottosihteeri", "mottagningssekreterare", "receptionist"),
    ],
    "oral-health": [("suuhygienisti", "munhygienist", "dental hygienist")],
    "child-welfare": [("sosiaaliohjaaja", "socialhandledare", "social instructor")],
    "family-centre": [("perhetyöntekijä", "familjearbetare", "family worker")],
    "home-care": [
        ("lähihoitaja", "närvårdare", "practical nurse"),
        ("fysioterapeutti", "fysioterapeut", "physiotherapist"),
    ],
    "assisted-living": [("sairaanhoitaja", "sjukskötare", "registered nurse")],
    "digital-services": [("digiasiantuntija", "digiexpert", "digital specialist")],
    "patient-administration": [
        ("osastonsihteeri", "avdelningssekreterare", "ward secretary")
    ],
}

TOPICS = {
    "university": [
        "Teams",
        "Moodle",
        "Zoom",
        "OneDrive",
        "Excel",
        "Panopto",
        "SharePoint",
    ],
    "county": [
        "Teams",
        "potilastietojärjestelmä",
        "Omaolo",
        "Kanta",
        "Outlook",
        "etävastaanotto",
        "OneDrive",
    ],
}
COMPETENCE_BY_TOPIC = {
    "Teams": "remote",
    "Zoom": "remote",
    "etävastaanotto": "remote",
    "Omaolo": "using",
    "Kanta": "ethics",
    "potilastietojärjestelmä": "work",
    "Moodle": "using",
    "Excel": "ict",
    "OneDrive": "ict",
    "Outlook": "ict",
    "SharePoint": "work",
    "Panopto": "using",
}

FIRST_NAMES = [
    "Aino",
    "Anna-Liisa",
    "Eija",
    "Hanna",
    "Heidi",
    "Jaana",
    "Johanna",
    "Katja",
    "Laura",
    "Leena",
    "Maarit",
    "Marja",
    "Minna",
    "Niina",
    "Outi",
    "Paula",
    "Riikka",
    "Sari",
    "Satu",
    "Tiina",
    "Antti",
    "Harri",
    "Janne",
    "Juha",
    "Kari",
    "Markku",
    "Mikko",
    "Pekka",
    "Tero",
    "Ville",
]
SWEDISH_FIRST_NAMES = ["Annika", "Camilla", "Elin", "Jonas", "Mikael", "Sofia"]
LAST_NAMES = [
    "Aho",
    "Hakala",
    "Heikkilä",
    "Hietala",
    "Honkala",
    "Järvinen",
    "Kangas",
    "Kinnunen",
    "Koivisto",
    "Korpela",
    "Laitinen",
    "Lassila",
    "Mattila",
    "Niemi",
    "Niskanen",
    "Ojala",
    "Peltola",
    "Rautio",
    "Salo",
    "Tikkanen",
    "Typpö",
    "Valli",
    "Viitala",
    "Ylitalo",
]
SWEDISH_LAST_NAMES = [
    "Björklund",
    "Forsman",
    "Granlund",
    "Holmström",
    "Sundqvist",
    "Westerlund",
]

OFFICE_HOURS = [
    ("ma klo 13–15", "mån kl. 13–15", "Mon 1–3 pm"),
    ("ti klo 9–11", "tis kl. 9–11", "Tue 9–11 am"),
    ("ke klo 12–14", "ons kl. 12–14", "Wed 12–2 pm"),
    ("to klo 14–16", "tors kl. 14–16", "Thu 2–4 pm"),
]
HOW_TO_REACH = (
    "Laita viesti Teamsissa tai sähköpostilla, vastaan yleensä saman päivän aikana.",
    "Skicka ett meddelande i Teams eller per e-post, jag svarar oftast samma dag.",
    "Send a message in Teams or by e-mail; I usually answer the same day.",
)
BIO = (
    "Autan kollegoita erityisesti näissä: {topics}. Digimentorina toimin omassa "
    "yksikössäni ja verkoston kuukausikokouksissa.",
    "Jag hjälper kolleger särskilt med: {topics}. Som digimentor verkar jag i min "
    "egen enhet och på nätverkets månadsmöten.",
    "I help colleagues especially with: {topics}. As a digimentor I work in my own "
    "unit and at the network's monthly meetings.",
)

# County mentors by unit (37 in all), university representatives by unit.
COUNTY_MENTORS = {
    "emergency": 4,
    "internal-medicine": 4,
    "health-centres": 8,
    "oral-health": 2,
    "child-welfare": 3,
    "family-centre": 3,
    "home-care": 7,
    "assisted-living": 3,
    "digital-services": 1,
    "patient-administration": 2,
}
UNIVERSITY_MENTORS = {
    "teacher-education": 2,
    "early-childhood": 1,
    "nursing-science": 2,
    "public-health": 1,
    "computing": 1,
    "electrical": 1,
    "library": 2,
    "study-services": 2,
}

# The demo "mentor" user's own profile.
DEMO_MENTOR_NAME = "Jari Heikkinen"


def mentors():
    """Deterministic demo mentors: a dict per mentor with everything seed_demo needs."""
    rng = random.Random(2024)
    used = set()
    people = []
    plan = [("county", u, n) for u, n in COUNTY_MENTORS.items()]
    plan += [("university", u, n) for u, n in UNIVERSITY_MENTORS.items()]
    for organisation, unit, count in plan:
        for i in range(count):
            campuses = UNITS[unit][3]
            campus = campuses[i % len(campuses)]
            swedish = campus in ("kronoby", "vaasa") and i % 2 == 0
            name = DEMO_MENTOR_NAME if not people else _unique_name(rng, used, swedish)
            used.add(name)
            job = JOBS[unit][i % len(JOBS[unit])]
            topics = rng.sample(TOPICS[organisation], 3)
            n = len(people)
            people.append(
                {
                    "name": name,
                    "unit": unit,
                    "campus": campus,
                    "job": job,
                    "topics": topics,
                    "competences": sorted({COMPETENCE_BY_TOPIC[t] for t in topics}),
                    "speaks_swedish": swedish or n % 9 == 0,
                    "speaks_english": organisation == "university" or n % 4 == 0,
                    "role": "representative"
                    if organisation == "university" or n % 3 == 0
                    else "volunteer",
                    "on_leave": n in (7, 23),
                    "stale": n in (5, 18, 31),
                    "taking_requests": n not in (11, 40),
                    "office_hours": OFFICE_HOURS[n % len(OFFICE_HOURS)],
                    "phone": f"+358 40 {120 + n:03d} {4567 + n * 37 % 5000:04d}",
                }
            )
    return people


def _unique_name(rng, used, swedish):
    firsts = SWEDISH_FIRST_NAMES if swedish else FIRST_NAMES
    lasts = SWEDISH_LAST_NAMES if swedish else LAST_NAMES
    while True:
        name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
        if name not in used and name != DEMO_MENTOR_NAME:
            return name
