"""Demo content for the home page and general pages, in fi, sv and en.

Drawn from the network's founding documents (the Keski-Pohjanmaa wellbeing
services county model and the higher-education digimentor networks). Each
language has the same blocks in the same order: seed_demo pairs them up to
fill wagtail-localize's translation memory.
"""


def p(*paragraphs):
    return {"type": "paragraph", "value": "".join(f"<p>{x}</p>" for x in paragraphs)}


def ul(*items):
    return {
        "type": "paragraph",
        "value": "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>",
    }


def h(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def callout(title, text):
    return {"type": "callout", "value": {"title": title, "text": f"<p>{text}</p>"}}


HOME = {
    "fi": {
        "title": "Digimentorit",
        "slug": "digimentorit",
        "intro": [
            p(
                "Digimentorit ovat matalan kynnyksen tuki henkilöstölle "
                "digitaitojen kehittämisessä. He ovat organisaation omia "
                "työntekijöitä – hoitajia, opettajia, sihteereitä – jotka "
                "opastavat kollegoitaan käytössä olevien digitaalisten "
                "palveluiden ja järjestelmien käytössä."
            ),
            callout(
                "Tarvitsetko apua?",
                "Kysy ensin oman yksikkösi digimentorilta: hän tuntee työsi "
                "ja sen järjestelmät.",
            ),
            p(
                "Digimentoreilla on kaksi tuntia viikossa työaikaa "
                "mentorointiin. Verkosto kokoontuu kerran kuukaudessa "
                "Teamsissa ja pitää yhteyttä keskitettyihin palveluihin: "
                "tietohallintoon, kirjastoon, viestintään, "
                "tutkimuspalveluihin ja digipalvelutiimiin."
            ),
        ],
    },
    "sv": {
        "title": "Digimentorer",
        "slug": "digimentorer",
        "intro": [
            p(
                "Digimentorerna är ett lättillgängligt stöd för personalen i "
                "att utveckla de digitala färdigheterna. De är organisationens "
                "egna anställda – skötare, lärare, sekreterare – som handleder "
                "sina kolleger i de digitala tjänster och system som används."
            ),
            callout(
                "Behöver du hjälp?",
                "Fråga först digimentorn i din egen enhet: hen känner ditt "
                "arbete och dess system.",
            ),
            p(
                "Digimentorerna har två timmar i veckan av sin arbetstid för "
                "mentorskapet. Nätverket träffas en gång i månaden i Teams "
                "och håller kontakt med de centrala tjänsterna: IT-förvaltningen, "
                "biblioteket, kommunikationen, forskningsservicen och "
                "digitjänstteamet."
            ),
        ],
    },
    "en": {
        "title": "Digimentors",
        "slug": "digimentors",
        "intro": [
            p(
                "Digimentors are low-threshold support for staff developing "
                "their digital skills. They are the organisation's own "
                "employees – nurses, teachers, secretaries – who guide their "
                "colleagues in the digital services and systems in use."
            ),
            callout(
                "Need help?",
                "Ask your own unit's digimentor first: they know your work "
                "and its systems.",
            ),
            p(
                "Digimentors have two hours a week of working time for "
                "mentoring. The network meets once a month in Teams and keeps "
                "in touch with central services: IT, the library, "
                "communications, research services and the digital services "
                "team."
            ),
        ],
    },
}

ABOUT = {
    "fi": {
        "title": "Tietoa digimentoritoiminnasta",
        "slug": "tietoa",
        "lead": (
            "Digimentoritoiminta on vertaistukeen perustuvaa henkilökunnan "
            "tuki- ja kehittämistoimintaa."
        ),
        "body": [
            h("Mitä digimentori tekee?"),
            p(
                "Digimentori opastaa työkavereitaan organisaatiossa käytössä "
                "olevien digitaalisten palveluiden ja järjestelmien käytössä, "
                "omien taitojensa mukaan myös laitteiden kanssa. Kun "
                "digiosaaminen yksikössä kasvaa, aikaa vapautuu omaan työhön."
            ),
            h("Kolme tasoa"),
            ul(
                "digimentorin omassa työyhteisössä",
                "koko organisaation verkostossa",
                "organisaatiorajat ylittävissä verkostoissa",
            ),
            h("Verkosto"),
            p(
                "Digimentoreilla on oma Teams-kanava, jossa he keskustelevat "
                "ja jakavat ideoita. Kuukausikokouksessa käydään läpi "
                "edellinen kuukausi ja ajankohtaiset asiat. Toimintaa "
                "koordinoi verkoston koordinaattori."
            ),
        ],
    },
    "sv": {
        "title": "Om digimentorverksamheten",
        "slug": "om-verksamheten",
        "lead": (
            "Digimentorverksamheten är stöd- och utvecklingsverksamhet för "
            "personalen som bygger på kamratstöd."
        ),
        "body": [
            h("Vad gör en digimentor?"),
            p(
                "Digimentorn handleder sina arbetskamrater i de digitala "
                "tjänster och system som används i organisationen, och enligt "
                "sin förmåga även med apparater. När den digitala kompetensen "
                "i enheten växer frigörs tid för det egna arbetet."
            ),
            h("Tre nivåer"),
            ul(
                "i digimentorns egen arbetsgemenskap",
                "i hela organisationens nätverk",
                "i nätverk över organisationsgränserna",
            ),
            h("Nätverket"),
            p(
                "Digimentorerna har en egen Teams-kanal där de diskuterar och "
                "delar idéer. På månadsmötet går man igenom den föregående "
                "månaden och aktuella frågor. Verksamheten samordnas av "
                "nätverkets koordinator."
            ),
        ],
    },
    "en": {
        "title": "About the digimentor network",
        "slug": "about",
        "lead": "Digimentoring is staff support and development built on peer support.",
        "body": [
            h("What does a digimentor do?"),
            p(
                "A digimentor guides colleagues in the digital services and "
                "systems used in the organisation and, as their skills allow, "
                "with devices too. As digital skills grow in the unit, time is "
                "freed for the work itself."
            ),
            h("Three levels"),
            ul(
                "in the digimentor's own work community",
                "in the organisation-wide network",
                "in networks across organisations",
            ),
            h("The network"),
            p(
                "Digimentors have their own Teams channel for discussion and "
                "sharing ideas. The monthly meeting reviews the past month and "
                "current matters. The network's coordinator coordinates the "
                "work."
            ),
        ],
    },
}

COMPETENCE_AREAS = {
    "fi": {
        "title": "Osaamisalueet",
        "slug": "osaamisalueet",
        "lead": "Digiosaaminen jaetaan viiteen osa-alueeseen.",
        "body": [
            h("ICT-osaaminen"),
            p("Laitteiden, ohjelmien ja tietoturvan perustaidot."),
            h("Digitaalisten ratkaisujen hyödyntäminen ja arviointi"),
            p("Palveluiden monipuolinen käyttö ja niiden hyötyjen arviointi."),
            h("Digitaalisten ratkaisujen eettinen osaaminen"),
            p("Tietosuoja, yhdenvertaisuus ja vastuullinen käyttö."),
            h("Ihmislähtöinen etäohjausosaaminen"),
            p("Asiakkaan ja kollegan ohjaaminen etäyhteyksin."),
            h("Digi osana työtä"),
            p("Digitaaliset toimintatavat osaksi arkea ja yksikön käytäntöjä."),
        ],
    },
    "sv": {
        "title": "Kompetensområden",
        "slug": "kompetensomraden",
        "lead": "Den digitala kompetensen delas in i fem delområden.",
        "body": [
            h("IKT-kompetens"),
            p("Grundläggande färdigheter i apparater, program och datasäkerhet."),
            h("Att använda och utvärdera digitala lösningar"),
            p("Mångsidig användning av tjänsterna och bedömning av deras nytta."),
            h("Etisk kompetens kring digitala lösningar"),
            p("Dataskydd, likabehandling och ansvarsfull användning."),
            h("Människocentrerad distanshandledning"),
            p("Att handleda klienter och kolleger på distans."),
            h("Det digitala som en del av arbetet"),
            p("Digitala arbetssätt som en del av vardagen och enhetens praxis."),
        ],
    },
    "en": {
        "title": "Competence areas",
        "slug": "competence-areas",
        "lead": "Digital competence is divided into five areas.",
        "body": [
            h("ICT skills"),
            p("Basic skills with devices, software and information security."),
            h("Using and evaluating digital solutions"),
            p("Using services in versatile ways and assessing their benefits."),
            h("Ethics of digital solutions"),
            p("Data protection, equality and responsible use."),
            h("Human-centred remote guidance"),
            p("Guiding clients and colleagues over remote connections."),
            h("Digital as part of work"),
            p("Digital ways of working as part of everyday work and the unit."),
        ],
    },
}

CENTRAL_SERVICES = {
    "fi": {
        "title": "Keskitetyt palvelut",
        "slug": "keskitetyt-palvelut",
        "lead": (
            "Digimentori on digipalvelutiimin yhteistyökumppani ja yksikkönsä "
            "ääni digitaalisten palveluiden kehittämisessä."
        ),
        "body": [
            p(
                "Verkostolla on keskusteluyhteys tahoihin, joiden kautta kaikkia "
                "yksiköitä koskevia asioita voidaan edistää:"
            ),
            ul(
                "tietohallinto",
                "kirjasto",
                "viestintä",
                "tutkimuspalvelut",
                "digipalvelutiimi",
            ),
            p(
                "Digimentori saa digipalvelutiimiltä uusimmat uutiset ja vie "
                "muutokset käytäntöön omassa yksikössään."
            ),
        ],
    },
    "sv": {
        "title": "Centrala tjänster",
        "slug": "centrala-tjanster",
        "lead": (
            "Digimentorn är digitjänstteamets samarbetspartner och sin enhets "
            "röst i utvecklingen av de digitala tjänsterna."
        ),
        "body": [
            p(
                "Nätverket har en kanal till de instanser genom vilka frågor "
                "som gäller alla enheter kan drivas:"
            ),
            ul(
                "IT-förvaltningen",
                "biblioteket",
                "kommunikationen",
                "forskningsservicen",
                "digitjänstteamet",
            ),
            p(
                "Digimentorn får de senaste nyheterna från digitjänstteamet och "
                "omsätter förändringarna i praktiken i sin egen enhet."
            ),
        ],
    },
    "en": {
        "title": "Central services",
        "slug": "central-services",
        "lead": (
            "A digimentor is a partner of the digital services team and their "
            "unit's voice in developing digital services."
        ),
        "body": [
            p(
                "The network has a channel to the services through which "
                "matters that concern every unit can be taken forward:"
            ),
            ul(
                "IT services",
                "the library",
                "communications",
                "research services",
                "the digital services team",
            ),
            p(
                "Digimentors get the latest news from the digital services team "
                "and put changes into practice in their own unit."
            ),
        ],
    },
}

# Published in Finnish only: its Swedish and English places in the tree are
# wagtail-localize aliases, so readers there see the "not translated" notice.
TRAINING_FI_ONLY = {
    "fi": {
        "title": "Digimentorivalmennus keväällä 2027",
        "slug": "valmennus-2027",
        "lead": "Uusien digimentoreiden valmennus alkaa tammikuussa 2027.",
        "body": [
            p(
                "Valmennus kestää neljä kuukautta ja sisältää neljä "
                "Teams-tapaamista. Ilmoittaudu esihenkilösi kanssa sovittuasi "
                "verkoston koordinaattorille."
            ),
        ],
    },
}

GENERAL_PAGES = [ABOUT, COMPETENCE_AREAS, CENTRAL_SERVICES, TRAINING_FI_ONLY]
