"""Demo content for news, network meeting minutes, guides and events, in fi,
sv and en. People named here are invented.

Each item's "fi", "sv" and "en" dicts have the same keys, and every
StreamField list has the same blocks in the same order (same types, same
struct keys, same number of <p> and <li> elements): seed_demo pairs the
translated strings up by position.

Dates are relative ("days_ago", "months_ago", "days_ahead") so that the demo
stays current. Mentors are referred to by their index in
pages.demo.directory.mentors() (0 is DEMO_MENTOR_NAME).
"""

from pages.demo.general import callout, h, p, ul


def quote(text, attribution):
    """A news quote block; plain text, not HTML."""
    return {"type": "quote", "value": {"text": text, "attribution": attribution}}


def embed(url):
    """A news embed block; use the same URL in every language."""
    return {"type": "embed", "value": url}


# An empty screenshot: wagtail-localize cannot extract a step whose "image"
# is missing or None.
NO_IMAGE = {"image": None, "alt_text": "", "decorative": False}


def step(title, text):
    """A guide step: a short title and one paragraph of instructions."""
    return {
        "type": "step",
        "value": {"title": title, "text": f"<p>{text}</p>", "image": NO_IMAGE},
    }


def tip(text):
    return {"type": "tip", "value": f"<p>{text}</p>"}


def warning(text):
    return {"type": "warning", "value": f"<p>{text}</p>"}


def ol_html(*items):
    """A numbered list as a rich-text HTML string (minutes' agendas)."""
    return "<ol>" + "".join(f"<li>{x}</li>" for x in items) + "</ol>"


def ul_html(*items):
    """A bulleted list as a rich-text HTML string (minutes' decisions)."""
    return "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>"


# Central services that publish news: slug, (fi, sv, en) name.
SERVICES = [
    ("it", ("Tietohallinto", "IT-förvaltningen", "IT services")),
    ("library", ("Kirjasto", "Biblioteket", "Library")),
    ("communications", ("Viestintä", "Kommunikationen", "Communications")),
    ("research", ("Tutkimuspalvelut", "Forskningsservicen", "Research services")),
    ("digital", ("Digipalvelutiimi", "Digitjänstteamet", "Digital services team")),
]

# Placeholder video addresses: the same in every language.
INTRANET_VIDEO = "https://www.youtube.com/watch?v=Xq7hT2mRk4E"
MFA_VIDEO = "https://www.youtube.com/watch?v=Lb3vN8pQz1w"

EVERYONE = {"units": [], "campuses": []}

NEWS = [
    {
        "service": "communications",
        "days_ago": 0,
        "topics": ["SharePoint"],
        "audience": EVERYONE,
        "fi": {
            "title": "Digimentoreiden uusi intranet on avattu",
            "slug": "uusi-intranet-avattu",
            "lead": (
                "Uusi intranet korvaa verkoston vanhan SharePoint-sivuston. "
                "Täältä löydät uutiset, ohjeet, kokousmuistiot ja "
                "digimentorihaun suomeksi, ruotsiksi ja englanniksi."
            ),
            "body": [
                p(
                    "Intranetin rakenne suunniteltiin yhdessä digimentoreiden "
                    "kanssa. Palautekyselyssä tärkeimmiksi nousivat haku, omaa "
                    "yksikköä koskevat uutiset ja selkeät ohjeet tavallisimpiin "
                    "tilanteisiin."
                ),
                ul(
                    "Digimentorihaku näyttää lähimmän mentorin yksikön, "
                    "kampuksen ja aihealueen mukaan.",
                    "Uutiset voi rajata omaan yksikköön tai kampukseen.",
                    "Jokaisessa ohjeessa näkyy, milloin sen sisältö on viimeksi "
                    "tarkistettu.",
                ),
                embed(INTRANET_VIDEO),
                callout(
                    "Kerro mielipiteesi",
                    "Palautetta voi antaa viestinnälle sähköpostilla tai "
                    "verkoston Teams-kanavalla.",
                ),
            ],
        },
        "sv": {
            "title": "Digimentorernas nya intranät har öppnats",
            "slug": "nytt-intranat-oppnat",
            "lead": (
                "Det nya intranätet ersätter nätverkets gamla SharePoint-webbplats. "
                "Här hittar du nyheter, anvisningar, mötesprotokoll och "
                "digimentorsökningen på finska, svenska och engelska."
            ),
            "body": [
                p(
                    "Intranätets struktur planerades tillsammans med "
                    "digimentorerna. I responsenkäten lyfte man fram sökningen, "
                    "nyheter om den egna enheten och tydliga anvisningar för "
                    "de vanligaste situationerna."
                ),
                ul(
                    "Digimentorsökningen visar närmaste mentor enligt enhet, "
                    "campus och ämnesområde.",
                    "Nyheterna kan avgränsas till den egna enheten eller "
                    "det egna campuset.",
                    "I varje anvisning syns när innehållet senast granskades.",
                ),
                embed(INTRANET_VIDEO),
                callout(
                    "Säg vad du tycker",
                    "Du kan ge respons till kommunikationen per e-post eller i "
                    "nätverkets Teams-kanal.",
                ),
            ],
        },
        "en": {
            "title": "The digimentors' new intranet is open",
            "slug": "new-intranet-open",
            "lead": (
                "The new intranet replaces the network's old SharePoint site. "
                "Here you will find news, guides, meeting minutes and the "
                "digimentor finder in Finnish, Swedish and English."
            ),
            "body": [
                p(
                    "The intranet was designed together with the digimentors. "
                    "In the feedback survey, search, news about one's own unit "
                    "and clear guides for the most common situations came out "
                    "on top."
                ),
                ul(
                    "The digimentor finder shows the nearest mentor by unit, "
                    "campus and topic.",
                    "News can be narrowed down to your own unit or campus.",
                    "Every guide shows when its content was last reviewed.",
                ),
                embed(INTRANET_VIDEO),
                callout(
                    "Tell us what you think",
                    "Send feedback to communications by e-mail or post it on "
                    "the network's Teams channel.",
                ),
            ],
        },
    },
    {
        "service": "it",
        "days_ago": 3,
        "topics": ["tietoturva"],
        "audience": EVERYONE,
        "fi": {
            "title": "Kaksivaiheinen tunnistautuminen pakolliseksi kaikille",
            "slug": "kaksivaiheinen-tunnistautuminen-pakolliseksi",
            "lead": (
                "Tietohallinto ottaa kaksivaiheisen tunnistautumisen käyttöön "
                "kaikissa Microsoft 365 -tunnuksissa kuun vaihteessa. Asenna "
                "Microsoft Authenticator puhelimeesi jo nyt."
            ),
            "body": [
                p(
                    "Muutos koskee kaikkia työntekijöitä. Jatkossa kirjautuminen "
                    "organisaation verkon ulkopuolelta vaatii aina hyväksynnän "
                    "Authenticator-sovelluksessa: sovellukseen kirjoitetaan "
                    "tietokoneen näytöllä näkyvä numero."
                ),
                h("Näin valmistaudut"),
                ul(
                    "Asenna Microsoft Authenticator työpuhelimeen tai omaan "
                    "puhelimeesi.",
                    "Lisää työtilisi osoitteessa aka.ms/mysecurityinfo kohdasta "
                    "Lisää kirjautumistapa.",
                    "Lisää varatavaksi puhelinnumerosi siltä varalta, että "
                    "puhelin vaihtuu tai katoaa.",
                ),
                embed(MFA_VIDEO),
                callout(
                    "Digimentorit apuna",
                    "Yksikkösi digimentori auttaa käyttöönotossa. Vaiheittainen "
                    "ohje löytyy myös intranetin ohjeista.",
                ),
            ],
        },
        "sv": {
            "title": "Tvåstegsverifiering blir obligatorisk för alla",
            "slug": "tvastegsverifiering-obligatorisk",
            "lead": (
                "IT-förvaltningen inför tvåstegsverifiering för alla "
                "Microsoft 365-konton vid månadsskiftet. Installera Microsoft "
                "Authenticator i din telefon redan nu."
            ),
            "body": [
                p(
                    "Ändringen gäller alla anställda. I fortsättningen kräver "
                    "inloggning utanför organisationens nätverk alltid ett "
                    "godkännande i Authenticator-appen: du skriver in siffran "
                    "som visas på datorns skärm i appen."
                ),
                h("Så här förbereder du dig"),
                ul(
                    "Installera Microsoft Authenticator i din arbetstelefon "
                    "eller egna telefon.",
                    "Lägg till ditt arbetskonto på aka.ms/mysecurityinfo under "
                    "Lägg till inloggningsmetod.",
                    "Lägg till ditt telefonnummer som reservmetod ifall "
                    "telefonen byts ut eller försvinner.",
                ),
                embed(MFA_VIDEO),
                callout(
                    "Digimentorerna hjälper",
                    "Digimentorn i din enhet hjälper dig att komma i gång. En "
                    "anvisning steg för steg finns också bland intranätets "
                    "anvisningar.",
                ),
            ],
        },
        "en": {
            "title": "Two-step verification becomes mandatory for everyone",
            "slug": "two-step-verification-mandatory",
            "lead": (
                "IT services will turn on two-step verification for all "
                "Microsoft 365 accounts at the turn of the month. Install "
                "Microsoft Authenticator on your phone now."
            ),
            "body": [
                p(
                    "The change applies to all staff. From then on, signing in "
                    "from outside the organisation's network always needs "
                    "approval in the Authenticator app: you type the number "
                    "shown on your computer screen into the app."
                ),
                h("How to prepare"),
                ul(
                    "Install Microsoft Authenticator on your work phone or your "
                    "own phone.",
                    "Add your work account at aka.ms/mysecurityinfo under Add "
                    "sign-in method.",
                    "Add your phone number as a backup method in case your "
                    "phone is replaced or lost.",
                ),
                embed(MFA_VIDEO),
                callout(
                    "Digimentors can help",
                    "Your unit's digimentor will help you get started. A "
                    "step-by-step guide is also available among the intranet's "
                    "guides.",
                ),
            ],
        },
    },
    {
        "service": "it",
        "days_ago": 6,
        "topics": ["Outlook", "tietoturva"],
        "audience": EVERYONE,
        "fi": {
            "title": "Varoitus: Microsoftin nimissä liikkuu kalasteluviestejä",
            "slug": "varoitus-tietojenkalastelu",
            "lead": (
                "Useaan postilaatikkoon on tullut viesti, jossa pyydetään "
                "vahvistamaan salasana, koska postilaatikko on muka täynnä. "
                "Viesti on huijaus – älä avaa linkkiä."
            ),
            "body": [
                p(
                    "Viesti näyttää tulevan tietohallinnolta, mutta lähettäjän "
                    "osoite on organisaation ulkopuolelta. Linkki vie "
                    "Microsoftin kirjautumissivua jäljittelevälle sivulle, joka "
                    "kerää tunnukset."
                ),
                ul(
                    "Ilmoita viesti Outlookin Raportoi-painikkeella ja poista se.",
                    "Jos annoit jo salasanasi, vaihda se heti ja soita "
                    "tietohallinnon palvelupisteeseen.",
                    "Tietohallinto ei koskaan pyydä salasanaasi sähköpostilla.",
                ),
                p(
                    "Joulukuussa tietohallinto järjestää koko henkilöstölle "
                    "tietoturvaharjoituksen: osa saa harjoituksessa tekaistun "
                    "kalasteluviestin. Ilmoita sekin Raportoi-painikkeella."
                ),
                quote(
                    "Kun epäilyttävä viesti ilmoitetaan nopeasti, ehdimme "
                    "poistaa sen kaikista postilaatikoista ennen kuin moni on "
                    "avannut sitä.",
                    "Petri Aho, tietoturva-asiantuntija, tietohallinto",
                ),
            ],
        },
        "sv": {
            "title": "Varning: nätfiskemejl i Microsofts namn",
            "slug": "varning-natfiske",
            "lead": (
                "Flera har fått ett meddelande som ber dem bekräfta sitt "
                "lösenord eftersom brevlådan påstås vara full. Meddelandet "
                "är en bluff – öppna inte länken."
            ),
            "body": [
                p(
                    "Meddelandet ser ut att komma från IT-förvaltningen, men "
                    "avsändarens adress är extern. Länken leder till en sida "
                    "som imiterar Microsofts inloggningssida och samlar in "
                    "användarnamn och lösenord."
                ),
                ul(
                    "Anmäl meddelandet med knappen Rapportera i Outlook och "
                    "radera det.",
                    "Om du redan har angett ditt lösenord, byt det genast och "
                    "ring IT-förvaltningens servicepunkt.",
                    "IT-förvaltningen ber aldrig om ditt lösenord per e-post.",
                ),
                p(
                    "I december ordnar IT-förvaltningen en säkerhetsövning för "
                    "all personal: en del får ett fingerat nätfiskemeddelande "
                    "under övningen. Anmäl också det med knappen Rapportera."
                ),
                quote(
                    "När ett misstänkt meddelande anmäls snabbt hinner vi "
                    "radera det från alla brevlådor innan många har öppnat det.",
                    "Petri Aho, informationssäkerhetsexpert, IT-förvaltningen",
                ),
            ],
        },
        "en": {
            "title": "Warning: phishing e-mails in Microsoft's name",
            "slug": "phishing-warning",
            "lead": (
                "Several people have received a message asking them to confirm "
                "their password because their mailbox is supposedly full. The "
                "message is a scam – do not open the link."
            ),
            "body": [
                p(
                    "The message appears to come from IT services, but the "
                    "sender's address is external. The link leads to a page "
                    "that imitates Microsoft's sign-in page and collects user "
                    "names and passwords."
                ),
                ul(
                    "Report the message with the Report button in Outlook and "
                    "delete it.",
                    "If you already entered your password, change it at once and "
                    "call the IT service desk.",
                    "IT services never ask for your password by e-mail.",
                ),
                p(
                    "In December, IT services will run an information security "
                    "exercise for all staff: some will get a fake phishing "
                    "message during the exercise. Report that one too."
                ),
                quote(
                    "When a suspicious message is reported quickly, we can "
                    "remove it from every mailbox before many people have "
                    "opened it.",
                    "Petri Aho, information security specialist, IT services",
                ),
            ],
        },
    },
    {
        "service": "it",
        "days_ago": 12,
        "topics": ["Teams"],
        "audience": EVERYONE,
        "fi": {
            "title": "Teams-kokousten tallentamiseen uudet pelisäännöt",
            "slug": "teams-tallentamisen-pelisaannot",
            "lead": (
                "Teams-kokouksen saa tallentaa vain, kun osallistujat tietävät "
                "siitä etukäteen. Tallenteet poistuvat jatkossa automaattisesti "
                "60 päivän kuluttua."
            ),
            "body": [
                p(
                    "Tallenne on henkilötietoa aina, kun siinä näkyy tai kuuluu "
                    "ihmisiä. Tallentamisesta kerrotaan siksi jo kokouskutsussa, "
                    "ja tallennus aloitetaan vasta, kun osallistujat ovat "
                    "kuulleet siitä."
                ),
                ul(
                    "Älä tallenna kokouksia, joissa käsitellään potilas- tai "
                    "asiakastietoja.",
                    "Tallenne ja transkriptio tallentuvat kokouksen järjestäjän "
                    "OneDriveen.",
                    "Jos tallenne on säilytettävä pidempään, siirrä se tiimin "
                    "SharePoint-kansioon ja muuta vanhenemispäivää.",
                ),
                callout(
                    "Kysyttävää?",
                    "Tietohallinnon palvelupiste ja oman yksikkösi digimentori "
                    "neuvovat tallenteiden asetuksissa.",
                ),
            ],
        },
        "sv": {
            "title": "Nya spelregler för inspelning av Teams-möten",
            "slug": "teams-inspelning-spelregler",
            "lead": (
                "Ett Teams-möte får spelas in bara om deltagarna vet om det på "
                "förhand. Inspelningar raderas i fortsättningen automatiskt "
                "efter 60 dagar."
            ),
            "body": [
                p(
                    "En inspelning är personuppgifter så fort någon syns eller "
                    "hörs i den. Därför ska inspelningen nämnas redan i "
                    "mötesinbjudan, och den startas först när deltagarna har "
                    "fått veta om den."
                ),
                ul(
                    "Spela inte in möten där patient- eller klientuppgifter behandlas.",
                    "Inspelningen och transkriptionen sparas i mötesarrangörens "
                    "OneDrive.",
                    "Om inspelningen måste sparas längre, flytta den till "
                    "teamets SharePoint-mapp och ändra utgångsdatumet.",
                ),
                callout(
                    "Frågor?",
                    "IT-förvaltningens servicepunkt och digimentorn i din enhet "
                    "hjälper dig med inställningarna för inspelningar.",
                ),
            ],
        },
        "en": {
            "title": "New rules for recording Teams meetings",
            "slug": "teams-recording-rules",
            "lead": (
                "A Teams meeting may be recorded only if the participants know "
                "about it in advance. Recordings will now be deleted "
                "automatically after 60 days."
            ),
            "body": [
                p(
                    "A recording is personal data whenever people can be seen or "
                    "heard in it. The recording must therefore be mentioned in "
                    "the meeting invitation, and it is started only once the "
                    "participants have been told."
                ),
                ul(
                    "Do not record meetings where patient or client data is discussed.",
                    "The recording and transcript are saved in the meeting "
                    "organiser's OneDrive.",
                    "If a recording must be kept longer, move it to the team's "
                    "SharePoint folder and change its expiration date.",
                ),
                callout(
                    "Questions?",
                    "The IT service desk and your unit's digimentor can help "
                    "with recording settings.",
                ),
            ],
        },
    },
    {
        "service": "library",
        "days_ago": 20,
        "topics": ["Moodle"],
        "audience": {"units": ["education"], "campuses": []},
        "fi": {
            "title": "Kirjaston e-aineistot Moodleen pysyvillä linkeillä",
            "slug": "e-aineistot-moodleen",
            "lead": (
                "Kirjasto on julkaissut ohjeen e-kirjojen ja artikkeleiden "
                "linkittämisestä Moodle-kursseille. Pysyvä linkki toimii myös "
                "kampuksen ulkopuolelta."
            ),
            "body": [
                p(
                    "Kun opiskelija avaa pysyvän linkin kotoa, hänet ohjataan "
                    "kirjautumaan yliopiston tunnuksilla ja aineisto aukeaa "
                    "suoraan. Selaimen osoiteriviltä kopioitu linkki ei yleensä "
                    "toimi kampuksen ulkopuolella."
                ),
                ul(
                    "Hae aineisto Finnasta tai kustantajan palvelusta.",
                    "Kopioi pysyvä linkki tai DOI, älä selaimen osoiteriviä.",
                    "Lisää linkki Moodleen aineistona Verkko-osoite.",
                ),
                quote(
                    "Kun linkit ovat kunnossa, opiskelijat löytävät kurssikirjat "
                    "ilman erillistä ohjetta.",
                    "Camilla Forsman, informaatikko, kirjasto",
                ),
                callout(
                    "Ei PDF-tiedostoja Moodleen",
                    "Käyttöehdot eivät yleensä salli artikkeleiden tallentamista "
                    "kurssialueelle. Käytä aina linkkiä.",
                ),
            ],
        },
        "sv": {
            "title": "Bibliotekets e-material till Moodle med permanenta länkar",
            "slug": "e-material-till-moodle",
            "lead": (
                "Biblioteket har publicerat en anvisning om hur man länkar "
                "e-böcker och artiklar till Moodle-kurser. En permanent länk "
                "fungerar också utanför campus."
            ),
            "body": [
                p(
                    "När en studerande öppnar en permanent länk hemifrån ombeds "
                    "hen logga in med universitetets användarnamn och materialet "
                    "öppnas direkt. En länk som kopierats från webbläsarens "
                    "adressfält fungerar oftast inte utanför campus."
                ),
                ul(
                    "Sök materialet i Finna eller i förlagets tjänst.",
                    "Kopiera den permanenta länken eller DOI:n, inte adressfältet.",
                    "Lägg till länken i Moodle som resursen URL.",
                ),
                quote(
                    "När länkarna är i skick hittar studerandena kurslitteraturen "
                    "utan separata anvisningar.",
                    "Camilla Forsman, informatiker, biblioteket",
                ),
                callout(
                    "Inga PDF-filer i Moodle",
                    "Licensvillkoren tillåter oftast inte att artiklar sparas på "
                    "kursområdet. Använd alltid en länk.",
                ),
            ],
        },
        "en": {
            "title": "Library e-resources in Moodle with permanent links",
            "slug": "e-resources-in-moodle",
            "lead": (
                "The library has published a guide on linking e-books and "
                "articles to Moodle courses. A permanent link also works off "
                "campus."
            ),
            "body": [
                p(
                    "When a student opens a permanent link at home, they are "
                    "asked to sign in with their university account and the "
                    "resource opens directly. A link copied from the browser's "
                    "address bar usually does not work off campus."
                ),
                ul(
                    "Find the resource in Finna or on the publisher's platform.",
                    "Copy the permanent link or DOI, not the address bar.",
                    "Add the link to Moodle as a URL resource.",
                ),
                quote(
                    "Once the links are right, students find the course books "
                    "without any separate instructions.",
                    "Camilla Forsman, information specialist, library",
                ),
                callout(
                    "No PDF files in Moodle",
                    "Licence terms usually do not allow articles to be stored "
                    "in the course area. Always use a link.",
                ),
            ],
        },
    },
    {
        "service": "digital",
        "days_ago": 27,
        "topics": ["Teams"],
        "audience": EVERYONE,
        "fi": {
            "title": "Verkostokokouksessa puhuttiin tekoälytyökaluista",
            "slug": "verkostokokous-tekoalytyokalut",
            "lead": (
                "Kuukausikokouksessa pohdittiin, mihin tekoälyavusteisia "
                "chat-työkaluja voi työssä käyttää ja mihin ei. Teamsissa oli "
                "mukana 24 digimentoria."
            ),
            "body": [
                p(
                    "Tietohallinnon edustaja kertoi, että organisaation "
                    "tunnuksilla käytettävä Copilot-chat ei käytä keskusteluja "
                    "mallin opettamiseen. Potilas- ja asiakastietoja ei silti "
                    "syötetä mihinkään chat-työkaluun."
                ),
                h("Päätökset"),
                ul(
                    "Verkosto laatii yhteisen ohjeen tekoälytyökalujen hyvistä "
                    "käytännöistä.",
                    "Kaikille digimentoreille järjestetään etiikka- ja "
                    "tietosuojakoulutus.",
                    "Seuraavassa kokouksessa käsitellään toimintasuunnitelma.",
                ),
                quote(
                    "Moni kysyy minulta, saako tekoälyä käyttää. Nyt osaan "
                    "vastata, ja minulla on ohje, johon voin viitata.",
                    "Leena Kangas, sairaanhoitaja, päivystys",
                ),
            ],
        },
        "sv": {
            "title": "Nätverksmötet diskuterade AI-verktyg",
            "slug": "natverksmote-ai-verktyg",
            "lead": (
                "På månadsmötet funderade man på vad AI-baserade chattverktyg "
                "kan och inte kan användas till i arbetet. 24 digimentorer "
                "deltog i Teams."
            ),
            "body": [
                p(
                    "IT-förvaltningens representant berättade att Copilot-chatten "
                    "som används med organisationens konton inte använder "
                    "samtalen för att träna modellen. Patient- och "
                    "klientuppgifter matas ändå aldrig in i något chattverktyg."
                ),
                h("Beslut"),
                ul(
                    "Nätverket tar fram en gemensam anvisning om god praxis för "
                    "AI-verktyg.",
                    "En utbildning i etik och dataskydd ordnas för alla digimentorer.",
                    "Verksamhetsplanen behandlas på nästa möte.",
                ),
                quote(
                    "Många frågar mig om man får använda AI. Nu kan jag svara, "
                    "och jag har en anvisning att hänvisa till.",
                    "Leena Kangas, sjukskötare, jouren",
                ),
            ],
        },
        "en": {
            "title": "Network meeting discussed AI tools",
            "slug": "network-meeting-ai-tools",
            "lead": (
                "The monthly meeting looked at what AI chat tools can and "
                "cannot be used for at work. 24 digimentors took part in Teams."
            ),
            "body": [
                p(
                    "The IT services representative explained that Copilot Chat, "
                    "used with the organisation's accounts, does not use "
                    "conversations to train the model. Even so, patient and "
                    "client data is never entered into any chat tool."
                ),
                h("Decisions"),
                ul(
                    "The network will write a shared guide on good practices "
                    "for AI tools.",
                    "Training on ethics and data protection will be arranged for "
                    "all digimentors.",
                    "The action plan will be discussed at the next meeting.",
                ),
                quote(
                    "Many people ask me whether they may use AI. Now I can "
                    "answer, and I have a guide to point to.",
                    "Leena Kangas, registered nurse, Emergency Department",
                ),
            ],
        },
    },
    {
        "service": "research",
        "days_ago": 34,
        "topics": ["OneDrive"],
        "audience": EVERYONE,
        "fi": {
            "title": "Aineistonhallintasuunnitelma tehdään nyt DMPTuulissa",
            "slug": "dmptuuli-aineistonhallintasuunnitelma",
            "lead": (
                "Tutkimuspalvelut suosittelee DMPTuuli-työkalua kaikkien uusien "
                "hankkeiden aineistonhallintasuunnitelmiin. Työkalussa on "
                "valmiit pohjat yleisimmille rahoittajille."
            ),
            "body": [
                p(
                    "Aineistonhallintasuunnitelma kuvaa, millaista aineistoa "
                    "hankkeessa syntyy, missä sitä säilytetään ja miten se "
                    "lopuksi arkistoidaan tai avataan. Useimmat rahoittajat "
                    "edellyttävät suunnitelmaa jo hakuvaiheessa."
                ),
                h("Muista säilytyspaikka"),
                p(
                    "Henkilötietoja sisältävää tutkimusaineistoa ei säilytetä "
                    "omassa OneDrivessa. Tutkimuspalvelut auttaa valitsemaan "
                    "sopivan suojatun tallennustilan."
                ),
                callout(
                    "Esittely verkostolle",
                    "Tutkimuspalvelut esittelee DMPTuulin verkoston seuraavassa "
                    "kuukausikokouksessa.",
                ),
            ],
        },
        "sv": {
            "title": "Datahanteringsplanen görs nu i DMPTuuli",
            "slug": "dmptuuli-datahanteringsplan",
            "lead": (
                "Forskningsservicen rekommenderar verktyget DMPTuuli för "
                "datahanteringsplanerna i alla nya projekt. Verktyget har "
                "färdiga mallar för de vanligaste finansiärerna."
            ),
            "body": [
                p(
                    "Datahanteringsplanen beskriver vilket material projektet "
                    "producerar, var det förvaras och hur det till slut "
                    "arkiveras eller öppnas. De flesta finansiärer kräver en "
                    "plan redan i ansökningsskedet."
                ),
                h("Tänk på var materialet förvaras"),
                p(
                    "Forskningsmaterial med personuppgifter förvaras inte i din "
                    "egen OneDrive. Forskningsservicen hjälper dig att välja "
                    "ett lämpligt skyddat lagringsutrymme."
                ),
                callout(
                    "Presentation för nätverket",
                    "Forskningsservicen presenterar DMPTuuli på nätverkets "
                    "nästa månadsmöte.",
                ),
            ],
        },
        "en": {
            "title": "Data management plans are now made in DMPTuuli",
            "slug": "dmptuuli-data-management-plan",
            "lead": (
                "Research services recommend the DMPTuuli tool for the data "
                "management plans of all new projects. It has ready-made "
                "templates for the most common funders."
            ),
            "body": [
                p(
                    "A data management plan describes what data the project "
                    "produces, where it is stored and how it is finally archived "
                    "or opened. Most funders require a plan already at the "
                    "application stage."
                ),
                h("Mind where you store data"),
                p(
                    "Research data containing personal data is not stored in "
                    "your own OneDrive. Research services will help you choose "
                    "suitable secure storage."
                ),
                callout(
                    "Introduction for the network",
                    "Research services will present DMPTuuli at the network's "
                    "next monthly meeting.",
                ),
            ],
        },
    },
    {
        "service": "digital",
        "days_ago": 41,
        "topics": ["Kanta"],
        "audience": {"units": ["health-centres"], "campuses": []},
        "fi": {
            "title": "Omakanta uudistuu – valmistaudu asiakkaiden kysymyksiin",
            "slug": "omakanta-uudistuu",
            "lead": (
                "Omakannan ulkoasu ja valikot uudistuvat. Terveysasemilla "
                "kysytään todennäköisesti, mistä reseptit, laboratoriotulokset "
                "ja luovutusluvat nyt löytyvät."
            ),
            "body": [
                p(
                    "Uudistus ei muuta sitä, mitä tietoja Kantaan tallennetaan, "
                    "vaan sen, miten asiakas näkee ne. Kirjautuminen tapahtuu "
                    "edelleen pankkitunnuksilla tai mobiilivarmenteella."
                ),
                ul(
                    "Reseptit ja uusimispyynnöt ovat omana kohtanaan etusivulla.",
                    "Laboratoriotulokset löytyvät terveystietojen alta.",
                    "Luovutusluvat ja tahdonilmaisut on koottu yhteen kohtaan.",
                ),
                callout(
                    "Älä kirjaudu asiakkaan puolesta",
                    "Opasta asiakasta hänen omalla laitteellaan. Jos hän ei "
                    "pysty asioimaan itse, kerro Suomi.fi-valtuuksista.",
                ),
            ],
        },
        "sv": {
            "title": "Mina Kanta-sidor förnyas – förbered dig på klienternas frågor",
            "slug": "mina-kanta-sidor-fornyas",
            "lead": (
                "Utseendet och menyerna på Mina Kanta-sidor förnyas. På "
                "hälsostationerna kommer man sannolikt att få frågor om var "
                "recept, laboratoriesvar och samtycken nu finns."
            ),
            "body": [
                p(
                    "Förnyelsen ändrar inte vilka uppgifter som sparas i Kanta, "
                    "bara hur klienten ser dem. Inloggningen sker som tidigare "
                    "med nätbankskoder eller mobilcertifikat."
                ),
                ul(
                    "Recept och förnyelsebegäranden har en egen punkt på startsidan.",
                    "Laboratoriesvaren finns under hälsouppgifterna.",
                    "Samtycken och viljeyttringar har samlats på ett ställe.",
                ),
                callout(
                    "Logga inte in för klientens räkning",
                    "Handled klienten på hens egen enhet. Om hen inte kan "
                    "sköta ärendet själv, berätta om fullmakter i Suomi.fi.",
                ),
            ],
        },
        "en": {
            "title": "My Kanta Pages are changing – be ready for questions",
            "slug": "my-kanta-pages-changing",
            "lead": (
                "The look and menus of My Kanta Pages are being renewed. Health "
                "centres are likely to be asked where prescriptions, lab "
                "results and consents can now be found."
            ),
            "body": [
                p(
                    "The renewal does not change what is stored in Kanta, only "
                    "how clients see it. Clients still sign in with online "
                    "banking codes or a mobile certificate."
                ),
                ul(
                    "Prescriptions and renewal requests have their own section "
                    "on the front page.",
                    "Lab results are found under health information.",
                    "Consents and declarations of intent are gathered in one place.",
                ),
                callout(
                    "Do not sign in on the client's behalf",
                    "Guide clients on their own device. If they cannot manage "
                    "it themselves, tell them about Suomi.fi e-Authorizations.",
                ),
            ],
        },
    },
    {
        "service": "it",
        "days_ago": 55,
        "topics": ["Outlook"],
        "audience": {"units": [], "campuses": ["hospital"]},
        "fi": {
            "title": "Keskussairaala siirtyy uuteen Outlookiin",
            "slug": "keskussairaala-uusi-outlook",
            "lead": (
                "Keskussairaalan työasemat siirtyvät uuteen Outlookiin kolmen "
                "viikon aikana osasto kerrallaan. Sähköpostit, kalenteri ja "
                "yhteystiedot siirtyvät automaattisesti."
            ),
            "body": [
                p(
                    "Uusi Outlook avautuu, kun työasema on päivitetty. Jaetut "
                    "postilaatikot, kuten osaston yhteinen postilaatikko, on "
                    "lisättävä uudelleen."
                ),
                h("Tarkista siirron jälkeen"),
                ul(
                    "Sähköpostin allekirjoitus: Asetukset > Tilit > Allekirjoitukset.",
                    "Jaetut postilaatikot ja kalenterit näkyvät kansioluettelossa.",
                    "Automaattiset vastaukset ovat päällä, jos olit asettanut ne.",
                ),
                callout(
                    "Digimentorit päivystävät",
                    "Osastojen digimentorit ovat tavattavissa siirtopäivinä. "
                    "Löydät oman osastosi mentorin digimentorihausta.",
                ),
            ],
        },
        "sv": {
            "title": "Centralsjukhuset går över till nya Outlook",
            "slug": "centralsjukhuset-nya-outlook",
            "lead": (
                "Centralsjukhusets arbetsstationer går över till nya Outlook "
                "under tre veckor, en avdelning i taget. E-post, kalender och "
                "kontakter flyttas automatiskt."
            ),
            "body": [
                p(
                    "Nya Outlook öppnas när arbetsstationen har uppdaterats. "
                    "Delade brevlådor, till exempel avdelningens gemensamma "
                    "brevlåda, måste läggas till på nytt."
                ),
                h("Kontrollera efter flytten"),
                ul(
                    "E-postsignaturen: Inställningar > Konton > Signaturer.",
                    "Delade brevlådor och kalendrar syns i mapplistan.",
                    "Automatiska svar är på om du hade ställt in dem.",
                ),
                callout(
                    "Digimentorerna finns till hands",
                    "Avdelningarnas digimentorer finns på plats under "
                    "flyttdagarna. Du hittar din avdelnings mentor i "
                    "digimentorsökningen.",
                ),
            ],
        },
        "en": {
            "title": "Central Hospital moves to the new Outlook",
            "slug": "central-hospital-new-outlook",
            "lead": (
                "Central Hospital's workstations move to the new Outlook over "
                "three weeks, one ward at a time. E-mail, calendar and contacts "
                "are moved automatically."
            ),
            "body": [
                p(
                    "The new Outlook opens once the workstation has been "
                    "updated. Shared mailboxes, such as the ward's common "
                    "mailbox, have to be added again."
                ),
                h("Check after the move"),
                ul(
                    "Your e-mail signature: Settings > Accounts > Signatures.",
                    "Shared mailboxes and calendars appear in the folder list.",
                    "Automatic replies are on if you had set them.",
                ),
                callout(
                    "Digimentors on hand",
                    "Ward digimentors are available on the days of the move. "
                    "Find your ward's mentor with the digimentor finder.",
                ),
            ],
        },
    },
    {
        "service": "digital",
        "days_ago": 68,
        "topics": ["Omaolo"],
        "audience": EVERYONE,
        "fi": {
            "title": "Omaolo-pilotti alkaa kolmella terveysasemalla",
            "slug": "omaolo-pilotti-alkaa",
            "lead": (
                "Digipalvelutiimi pilotoi Omaolon oirearvioiden käsittelyä "
                "Kannuksen, Kaustisen ja Vetelin terveysasemilla. Pilotti "
                "kestää kolme kuukautta."
            ),
            "body": [
                p(
                    "Asiakas täyttää Omaolossa oirearvion, joka siirtyy "
                    "terveysaseman hoitajalle. Hoitaja soittaa asiakkaalle tai "
                    "varaa etävastaanoton, joten kaikkia ei tarvitse kutsua "
                    "paikan päälle."
                ),
                ul(
                    "Pilotissa käsitellään hengitystie- ja virtsatieinfektioiden "
                    "oirearviot.",
                    "Digimentorit keräävät kokemuksia ja palautetta yksiköistään.",
                    "Tulokset käydään läpi verkoston kokouksessa pilotin jälkeen.",
                ),
                quote(
                    "Oirearvion ansiosta tiedän jo ennen soittoa, mistä asiakas "
                    "on huolissaan.",
                    "Kari Lassila, terveydenhoitaja, Kannuksen sosiaali- ja "
                    "terveyskeskus",
                ),
            ],
        },
        "sv": {
            "title": "Omaolo-pilot startar på tre hälsostationer",
            "slug": "omaolo-pilot-startar",
            "lead": (
                "Digitjänstteamet testar hanteringen av symtombedömningar i "
                "Omaolo på hälsostationerna i Kannus, Kaustby och Vetil. "
                "Piloten pågår i tre månader."
            ),
            "body": [
                p(
                    "Klienten fyller i en symtombedömning i Omaolo, och den "
                    "går vidare till en skötare på hälsostationen. Skötaren "
                    "ringer upp eller bokar en distansmottagning, så alla "
                    "behöver inte kallas till mottagningen."
                ),
                ul(
                    "Piloten gäller symtombedömningar för luftvägs- och "
                    "urinvägsinfektioner.",
                    "Digimentorerna samlar in erfarenheter och respons i sina enheter.",
                    "Resultaten gås igenom på nätverkets möte efter piloten.",
                ),
                quote(
                    "Tack vare symtombedömningen vet jag redan innan jag ringer "
                    "vad klienten är orolig för.",
                    "Kari Lassila, hälsovårdare, Kannus social- och hälsocentral",
                ),
            ],
        },
        "en": {
            "title": "Omaolo pilot starts at three health centres",
            "slug": "omaolo-pilot-starts",
            "lead": (
                "The digital services team is piloting the handling of Omaolo "
                "symptom checks at the Kannus, Kaustinen and Veteli health "
                "centres. The pilot runs for three months."
            ),
            "body": [
                p(
                    "The client fills in a symptom check in Omaolo, and it is "
                    "passed on to a nurse at the health centre. The nurse calls "
                    "the client back or books a remote appointment, so not "
                    "everyone needs to come in."
                ),
                ul(
                    "The pilot covers symptom checks for respiratory and "
                    "urinary tract infections.",
                    "Digimentors collect experiences and feedback in their units.",
                    "The results will be reviewed at a network meeting after "
                    "the pilot.",
                ),
                quote(
                    "Thanks to the symptom check, I know what is worrying the "
                    "client before I even call.",
                    "Kari Lassila, public health nurse, Kannus Health and Social "
                    "Care Centre",
                ),
            ],
        },
    },
]

# The other attendees of the network meetings, and who speaks for each
# central service (all invented).
_COORDINATOR = {
    "fi": "Koordinaattori Kaisa Mäkelä",
    "sv": "Koordinator Kaisa Mäkelä",
    "en": "Coordinator Kaisa Mäkelä",
}


def _with(*guests):
    """other_attendees: the coordinator and the given (fi, sv, en) guests."""
    return {
        lang: "; ".join([_COORDINATOR[lang], *(g[i] for g in guests)])
        for i, lang in enumerate(("fi", "sv", "en"))
    }


IT_GUEST = (
    "tietohallinnosta Petri Aho",
    "Petri Aho från IT-förvaltningen",
    "Petri Aho from IT services",
)
LIBRARY_GUEST = (
    "kirjastosta Sanna Rinne",
    "Sanna Rinne från biblioteket",
    "Sanna Rinne from the library",
)
COMMUNICATIONS_GUEST = (
    "viestinnästä Elina Hautala",
    "Elina Hautala från kommunikationen",
    "Elina Hautala from communications",
)
RESEARCH_GUEST = (
    "tutkimuspalveluista Tuomas Lehto",
    "Tuomas Lehto från forskningsservicen",
    "Tuomas Lehto from research services",
)
DIGITAL_GUEST = (
    "digipalvelutiimistä Merja Saarinen",
    "Merja Saarinen från digitjänstteamet",
    "Merja Saarinen from the digital services team",
)

TEAMS = {"fi": "Teams", "sv": "Teams", "en": "Teams"}
PIHLAJA = {
    "fi": "Keskussairaala, kokoushuone Pihlaja",
    "sv": "Centralsjukhuset, mötesrummet Pihlaja",
    "en": "Central Hospital, meeting room Pihlaja",
}


def _task(fi, sv, en):
    return {"fi": fi, "sv": sv, "en": en}


# Monthly network meetings, oldest first. "attendees" and "owner" are indexes
# into pages.demo.directory.mentors() (0..48, 0 is DEMO_MENTOR_NAME); an action
# item whose owner is None names its owner in "owner_name". Titles and slugs
# are made from the meeting date by seed_demo.
MINUTES = [
    {
        "months_ago": 11,
        "attendees": [0, 1, 8, 18, 24, 34, 37],
        "other_attendees": _with(DIGITAL_GUEST),
        "action_items": [
            {
                "owner": None,
                "owner_name": "Kaisa Mäkelä",
                "due_in_days": 7,
                "done": True,
                "task": _task(
                    "Perustetaan verkostolle Teams-kanava ja kutsutaan kaikki "
                    "digimentorit.",
                    "Skapa en Teams-kanal för nätverket och bjud in alla digimentorer.",
                    "Set up a Teams channel for the network and invite all "
                    "digimentors.",
                ),
            },
            {
                "owner": 34,
                "owner_name": "",
                "due_in_days": 30,
                "done": True,
                "task": _task(
                    "Laaditaan luonnos osaamiskartoituksen kyselylomakkeesta.",
                    "Gör ett utkast till enkäten för kompetenskartläggningen.",
                    "Draft the questionnaire for the competence survey.",
                ),
            },
        ],
        "fi": {
            "place": PIHLAJA["fi"],
            "agenda": ol_html(
                "Tervetuloa ja esittäytymiskierros",
                "Digimentorin rooli ja kaksi tuntia viikossa: työajasta sopiminen "
                "esihenkilön kanssa",
                "Verkoston Teams-kanava ja kuukausikokousten käytännöt",
                "Seuraavan kokouksen aiheet",
            ),
            "decisions": ul_html(
                "Verkosto kokoontuu kerran kuukaudessa tunnin ajan Teamsissa.",
                "Jokainen digimentori sopii mentorointiajasta esihenkilönsä "
                "kanssa ja kirjaa sen työajanseurantaan.",
                "Koordinaattori perustaa verkostolle Teams-kanavan.",
            ),
        },
        "sv": {
            "place": PIHLAJA["sv"],
            "agenda": ol_html(
                "Välkommen och presentationsrunda",
                "Digimentorns roll och två timmar i veckan: att komma överens "
                "om arbetstiden med sin chef",
                "Nätverkets Teams-kanal och praxis för månadsmötena",
                "Ämnen för nästa möte",
            ),
            "decisions": ul_html(
                "Nätverket träffas en gång i månaden i en timme i Teams.",
                "Varje digimentor kommer överens om tiden för mentorskapet med "
                "sin chef och för in den i arbetstidsuppföljningen.",
                "Koordinatorn skapar en Teams-kanal för nätverket.",
            ),
        },
        "en": {
            "place": PIHLAJA["en"],
            "agenda": ol_html(
                "Welcome and round of introductions",
                "The digimentor's role and two hours a week: agreeing on "
                "working time with your manager",
                "The network's Teams channel and how monthly meetings work",
                "Topics for the next meeting",
            ),
            "decisions": ul_html(
                "The network meets once a month for an hour in Teams.",
                "Each digimentor agrees on mentoring time with their manager "
                "and records it in time tracking.",
                "The coordinator will set up a Teams channel for the network.",
            ),
        },
    },
    {
        "months_ago": 10,
        "attendees": [0, 2, 5, 9, 19, 34],
        "other_attendees": _with(),
        "action_items": [
            {
                "owner": 34,
                "owner_name": "",
                "due_in_days": 14,
                "done": True,
                "task": _task(
                    "Julkaistaan osaamiskartoitus Formsissa ja lähetetään linkki "
                    "esihenkilöille.",
                    "Publicera kompetenskartläggningen i Forms och skicka "
                    "länken till cheferna.",
                    "Publish the competence survey in Forms and send the link "
                    "to managers.",
                ),
            },
            {
                "owner": 0,
                "owner_name": "",
                "due_in_days": 21,
                "done": True,
                "task": _task(
                    "Kootaan päivystyksen toiveet koulutusaiheista.",
                    "Samla in jourens önskemål om utbildningsteman.",
                    "Collect the Emergency Department's wishes for training topics.",
                ),
            },
        ],
        "fi": {
            "place": TEAMS["fi"],
            "agenda": ol_html(
                "Edellisen kokouksen muistio",
                "Osaamiskartoituksen kysymykset viidellä osaamisalueella",
                "Kartoituksen aikataulu ja jakelu yksiköihin",
                "Kuulumiset yksiköistä",
            ),
            "decisions": ul_html(
                "Kartoitus tehdään Microsoft Formsilla, ja se on auki kolme viikkoa.",
                "Digimentorit muistuttavat kartoituksesta yksiköidensä "
                "osastokokouksissa.",
            ),
        },
        "sv": {
            "place": TEAMS["sv"],
            "agenda": ol_html(
                "Protokollet från föregående möte",
                "Frågorna i kompetenskartläggningen inom fem kompetensområden",
                "Tidtabell för kartläggningen och spridning till enheterna",
                "Nytt från enheterna",
            ),
            "decisions": ul_html(
                "Kartläggningen görs med Microsoft Forms och är öppen i tre veckor.",
                "Digimentorerna påminner om kartläggningen på sina enheters "
                "avdelningsmöten.",
            ),
        },
        "en": {
            "place": TEAMS["en"],
            "agenda": ol_html(
                "Minutes of the previous meeting",
                "Questions of the competence survey in the five competence areas",
                "Survey schedule and distribution to units",
                "News from the units",
            ),
            "decisions": ul_html(
                "The survey is made with Microsoft Forms and stays open for "
                "three weeks.",
                "Digimentors remind their units about the survey at ward meetings.",
            ),
        },
    },
    {
        "months_ago": 9,
        "attendees": [0, 1, 4, 6, 10, 25, 35],
        "other_attendees": _with(IT_GUEST),
        "action_items": [
            {
                "owner": None,
                "owner_name": "Petri Aho",
                "due_in_days": 10,
                "done": True,
                "task": _task(
                    "Toimitetaan käyttöönotto-ohje ja diat verkoston Teams-kanavalle.",
                    "Lägg ut anvisningen och bilderna för ibruktagningen i "
                    "nätverkets Teams-kanal.",
                    "Post the rollout guide and slides on the network's Teams channel.",
                ),
            },
            {
                "owner": 4,
                "owner_name": "",
                "due_in_days": 30,
                "done": True,
                "task": _task(
                    "Järjestetään sisätautien osastolle Authenticatorin "
                    "käyttöönottotuokio.",
                    "Ordna en introduktion till Authenticator för avdelningen "
                    "för inre medicin.",
                    "Run an Authenticator set-up session for the Internal "
                    "Medicine Ward.",
                ),
            },
            {
                "owner": 1,
                "owner_name": "",
                "due_in_days": 30,
                "done": True,
                "task": _task(
                    "Järjestetään päivystykselle käyttöönottotuokio.",
                    "Ordna en introduktion för jouren.",
                    "Run a set-up session for the Emergency Department.",
                ),
            },
        ],
        "fi": {
            "place": TEAMS["fi"],
            "agenda": ol_html(
                "Osaamiskartoituksen alustavat tulokset",
                "Kaksivaiheisen tunnistautumisen käyttöönotto (tietohallinto)",
                "Digimentoreiden rooli käyttöönoton tukena",
                "Muut asiat",
            ),
            "decisions": ul_html(
                "Digimentorit saavat tietohallinnolta käyttöönotto-ohjeen ja "
                "diat osastokokouksiin.",
                "Käyttöönotto etenee yksikkö kerrallaan; ensimmäisinä "
                "päivystys ja sisätautien osasto.",
                "Kirjautumisongelmat ohjataan tietohallinnon palvelupisteeseen.",
            ),
        },
        "sv": {
            "place": TEAMS["sv"],
            "agenda": ol_html(
                "Preliminära resultat av kompetenskartläggningen",
                "Ibruktagningen av tvåstegsverifiering (IT-förvaltningen)",
                "Digimentorernas roll som stöd vid ibruktagningen",
                "Övriga ärenden",
            ),
            "decisions": ul_html(
                "Digimentorerna får en anvisning och bilder för "
                "avdelningsmötena av IT-förvaltningen.",
                "Ibruktagningen framskrider enhet för enhet; först ut är "
                "jouren och avdelningen för inre medicin.",
                "Inloggningsproblem hänvisas till IT-förvaltningens servicepunkt.",
            ),
        },
        "en": {
            "place": TEAMS["en"],
            "agenda": ol_html(
                "Preliminary results of the competence survey",
                "Rollout of two-step verification (IT services)",
                "The digimentors' role in supporting the rollout",
                "Any other business",
            ),
            "decisions": ul_html(
                "Digimentors get a rollout guide and slides for ward meetings "
                "from IT services.",
                "The rollout proceeds one unit at a time, starting with the "
                "Emergency Department and the Internal Medicine Ward.",
                "Sign-in problems are referred to the IT service desk.",
            ),
        },
    },
    {
        "months_ago": 8,
        "attendees": [0, 6, 12, 20, 28, 37, 41],
        "other_attendees": _with(),
        "action_items": [
            {
                "owner": 37,
                "owner_name": "",
                "due_in_days": 21,
                "done": True,
                "task": _task(
                    "Laaditaan Teamsin perusteiden koulutusmateriaali suomeksi "
                    "ja ruotsiksi.",
                    "Ta fram utbildningsmaterial om grunderna i Teams på finska "
                    "och svenska.",
                    "Prepare training material on Teams basics in Finnish and Swedish.",
                ),
            },
            {
                "owner": 6,
                "owner_name": "",
                "due_in_days": 35,
                "done": True,
                "task": _task(
                    "Sovitaan koulutusten ajankohdat ja lähetetään kutsut.",
                    "Bestäm tiderna för utbildningarna och skicka inbjudningar.",
                    "Fix the training dates and send the invitations.",
                ),
            },
        ],
        "fi": {
            "place": TEAMS["fi"],
            "agenda": ol_html(
                "Kokemuksia kaksivaiheisen tunnistautumisen käyttöönotosta",
                "Osaamiskartoituksen tulokset: Teams suurin koulutustarve",
                "Teams-koulutussuunnitelma: perusteet, kokoukset ja kanavat",
                "Koulutusten työnjako",
            ),
            "decisions": ul_html(
                "Järjestetään kolme 45 minuutin Teams-koulutusta, ja tallenteet "
                "julkaistaan intranetissä.",
                "Koulutukset vetävät digimentorit pareittain.",
            ),
        },
        "sv": {
            "place": TEAMS["sv"],
            "agenda": ol_html(
                "Erfarenheter av ibruktagningen av tvåstegsverifiering",
                "Resultaten av kompetenskartläggningen: Teams största "
                "utbildningsbehovet",
                "Utbildningsplan för Teams: grunder, möten och kanaler",
                "Arbetsfördelningen för utbildningarna",
            ),
            "decisions": ul_html(
                "Tre Teams-utbildningar på 45 minuter ordnas, och "
                "inspelningarna publiceras på intranätet.",
                "Utbildningarna leds av digimentorer i par.",
            ),
        },
        "en": {
            "place": TEAMS["en"],
            "agenda": ol_html(
                "Experiences of the two-step verification rollout",
                "Competence survey results: Teams is the greatest training need",
                "Teams training plan: basics, meetings and channels",
                "Sharing out the training work",
            ),
            "decisions": ul_html(
                "Three 45-minute Teams training sessions will be held, and the "
                "recordings published on the intranet.",
                "The sessions are run by digimentors in pairs.",
            ),
        },
    },
    {
        "months_ago": 7,
        "attendees": [0, 3, 38, 40, 45, 46],
        "other_attendees": _with(LIBRARY_GUEST),
        "action_items": [
            {
                "owner": 45,
                "owner_name": "",
                "due_in_days": 30,
                "done": True,
                "task": _task(
                    "Kirjoitetaan ohje e-aineistojen pysyvistä linkeistä Moodlessa.",
                    "Skriv en anvisning om permanenta länkar till e-material i Moodle.",
                    "Write a guide on permanent links to e-resources in Moodle.",
                ),
            },
            {
                "owner": 46,
                "owner_name": "",
                "due_in_days": 45,
                "done": True,
                "task": _task(
                    "Sovitaan hoitotyön tietokantojen tietoiskun ajankohta.",
                    "Bestäm tidpunkten för infon om vårdvetenskapliga databaser.",
                    "Schedule the briefing on nursing databases.",
                ),
            },
        ],
        "fi": {
            "place": TEAMS["fi"],
            "agenda": ol_html(
                "Teams-koulutusten palaute",
                "Kirjaston e-aineistot ja niiden etäkäyttö (kirjasto)",
                "E-aineistojen linkittäminen Moodleen",
                "Kuulumiset yksiköistä",
            ),
            "decisions": ul_html(
                "Kirjasto laatii ohjeen pysyvien linkkien käytöstä Moodlessa.",
                "Hoitotyön tietokannoista järjestetään erillinen tietoisku "
                "sote-puolen digimentoreille.",
            ),
        },
        "sv": {
            "place": TEAMS["sv"],
            "agenda": ol_html(
                "Respons på Teams-utbildningarna",
                "Bibliotekets e-material och distansåtkomst (biblioteket)",
                "Att länka e-material till Moodle",
                "Nytt från enheterna",
            ),
            "decisions": ul_html(
                "Biblioteket tar fram en anvisning om permanenta länkar i Moodle.",
                "En separat info om vårdvetenskapliga databaser ordnas för "
                "digimentorerna inom social- och hälsovården.",
            ),
        },
        "en": {
            "place": TEAMS["en"],
            "agenda": ol_html(
                "Feedback on the Teams training sessions",
                "The library's e-resources and remote access (library)",
                "Linking e-resources to Moodle",
                "News from the units",
            ),
            "decisions": ul_html(
                "The library will write a guide on using permanent links in Moodle.",
                "A separate briefing on nursing databases will be held for "
                "the health and social care digimentors.",
            ),
        },
    },
    {
        "months_ago": 6,
        "attendees": [0, 8, 9, 10, 26, 34],
        "other_attendees": _with(DIGITAL_GUEST),
        "action_items": [
            {
                "owner": 8,
                "owner_name": "",
                "due_in_days": 14,
                "done": True,
                "task": _task(
                    "Perehdytetään Kannuksen hoitajat oirearvioiden käsittelyyn.",
                    "Introducera skötarna i Kannus i hanteringen av symtombedömningar.",
                    "Train the Kannus nurses in handling symptom checks.",
                ),
            },
            {
                "owner": 9,
                "owner_name": "",
                "due_in_days": 14,
                "done": True,
                "task": _task(
                    "Perehdytetään Kaustisen hoitajat oirearvioiden käsittelyyn.",
                    "Introducera skötarna i Kaustby i hanteringen av "
                    "symtombedömningar.",
                    "Train the Kaustinen nurses in handling symptom checks.",
                ),
            },
            {
                "owner": 34,
                "owner_name": "",
                "due_in_days": 21,
                "done": True,
                "task": _task(
                    "Laaditaan pilotin palautekysely.",
                    "Gör en responsenkät för piloten.",
                    "Create a feedback survey for the pilot.",
                ),
            },
        ],
        "fi": {
            "place": TEAMS["fi"],
            "agenda": ol_html(
                "Omaolo-pilotin esittely (digipalvelutiimi)",
                "Pilottiterveysasemat ja aikataulu",
                "Digimentoreiden tehtävät pilotissa",
                "Muut asiat",
            ),
            "decisions": ul_html(
                "Pilotti toteutetaan Kannuksen, Kaustisen ja Vetelin terveysasemilla.",
                "Pilottiasemien digimentorit keräävät palautteen viikoittain "
                "yhteiseen Forms-kyselyyn.",
            ),
        },
        "sv": {
            "place": TEAMS["sv"],
            "agenda": ol_html(
                "Presentation av Omaolo-piloten (digitjänstteamet)",
                "Hälsostationerna i piloten och tidtabellen",
                "Digimentorernas uppgifter i piloten",
                "Övriga ärenden",
            ),
            "decisions": ul_html(
                "Piloten genomförs på hälsostationerna i Kannus, Kaustby och Vetil.",
                "Digimentorerna på pilotstationerna samlar in respons varje "
                "vecka i en gemensam Forms-enkät.",
            ),
        },
        "en": {
            "place": TEAMS["en"],
            "agenda": ol_html(
                "Introducing the Omaolo pilot (digital services team)",
                "Pilot health centres and schedule",
                "The digimentors' tasks in the pilot",
                "Any other business",
            ),
            "decisions": ul_html(
                "The pilot is run at the Kannus, Kaustinen and Veteli health centres.",
                "Digimentors at the pilot sites collect feedback weekly in a "
                "shared Forms survey.",
            ),
        },
    },
    {
        "months_ago": 5,
        "attendees": [0, 2, 9, 15, 24, 31, 36],
        "other_attendees": _with(),
        "action_items": [
            {
                "owner": None,
                "owner_name": "Kaisa Mäkelä",
                "due_in_days": 10,
                "done": True,
                "task": _task(
                    "Päivitetään sijaisten pikaohje.",
                    "Uppdatera snabbguiden för vikarier.",
                    "Update the quick guide for temporary staff.",
                ),
            },
            {
                "owner": 24,
                "owner_name": "",
                "due_in_days": 14,
                "done": True,
                "task": _task(
                    "Kootaan kotihoidon sijaisten yleisimmät kysymykset.",
                    "Samla in hemvårdsvikariernas vanligaste frågor.",
                    "Collect the most common questions from home care's "
                    "temporary staff.",
                ),
            },
        ],
        "fi": {
            "place": TEAMS["fi"],
            "agenda": ol_html(
                "Omaolo-pilotin ensimmäiset kokemukset",
                "Lomakauden järjestelyt",
                "Sijaisten perehdytys ja digituki lomien aikana",
                "Tulevien kokousten aiheet",
            ),
            "decisions": ul_html(
                "Lomakauden aikana yksi kuukausikokous jää väliin; "
                "Teams-kanava on käytössä normaalisti.",
                "Sijaisille jaetaan tulostettava pikaohje: kirjautuminen, "
                "Authenticator, Outlook ja Teams.",
                "Digimentorit merkitsevät lomansa profiiliinsa, jotta kollegat "
                "löytävät toisen mentorin.",
            ),
        },
        "sv": {
            "place": TEAMS["sv"],
            "agenda": ol_html(
                "De första erfarenheterna av Omaolo-piloten",
                "Arrangemang under semesterperioden",
                "Introduktion av vikarier och digistöd under semestrarna",
                "Ämnen för kommande möten",
            ),
            "decisions": ul_html(
                "Under semesterperioden hoppas ett månadsmöte över; "
                "Teams-kanalen används som vanligt.",
                "Vikarierna får en utskrivbar snabbguide: inloggning, "
                "Authenticator, Outlook och Teams.",
                "Digimentorerna för in sin semester i profilen så att "
                "kollegerna hittar en annan mentor.",
            ),
        },
        "en": {
            "place": TEAMS["en"],
            "agenda": ol_html(
                "First experiences of the Omaolo pilot",
                "Arrangements for the holiday season",
                "Induction of temporary staff and digital support during holidays",
                "Topics for coming meetings",
            ),
            "decisions": ul_html(
                "One monthly meeting is skipped during the holiday season; "
                "the Teams channel is in use as usual.",
                "Temporary staff get a printable quick guide: signing in, "
                "Authenticator, Outlook and Teams.",
                "Digimentors mark their holidays in their profile so that "
                "colleagues can find another mentor.",
            ),
        },
    },
    {
        "months_ago": 4,
        "attendees": [0, 13, 18, 22, 29, 33, 47],
        "other_attendees": _with(),
        "action_items": [
            {
                "owner": 18,
                "owner_name": "",
                "due_in_days": 30,
                "done": True,
                "task": _task(
                    "Kirjoitetaan uusien digimentoreiden perehdytyksen "
                    "muistilista intranetiin.",
                    "Skriv en checklista för introduktionen av nya "
                    "digimentorer på intranätet.",
                    "Write an induction checklist for new digimentors on the intranet.",
                ),
            },
            {
                "owner": None,
                "owner_name": "Kaisa Mäkelä",
                "due_in_days": 14,
                "done": True,
                "task": _task(
                    "Muodostetaan mentoriparit uusille digimentoreille.",
                    "Bilda mentorpar för de nya digimentorerna.",
                    "Pair the new digimentors with experienced mentors.",
                ),
            },
        ],
        "fi": {
            "place": TEAMS["fi"],
            "agenda": ol_html(
                "Kuulumiset lomakauden jälkeen",
                "Uudet digimentorit esittäytyvät",
                "Perehdytyksen runko ja mentoriparit",
                "Omaolo-pilotin väliraportti",
            ),
            "decisions": ul_html(
                "Jokaiselle uudelle digimentorille nimetään kokenut pari "
                "kolmeksi kuukaudeksi.",
                "Perehdytys koostuu kahdesta Teams-tapaamisesta ja "
                "intranetin ohjeista.",
                "Omaolo-pilotin loppuraportti käsitellään seuraavassa kokouksessa.",
            ),
        },
        "sv": {
            "place": TEAMS["sv"],
            "agenda": ol_html(
                "Hur har ni haft det efter semesterperioden",
                "De nya digimentorerna presenterar sig",
                "Upplägget för introduktionen och mentorparen",
                "Mellanrapport om Omaolo-piloten",
            ),
            "decisions": ul_html(
                "Varje ny digimentor får en erfaren mentor som par i tre månader.",
                "Introduktionen består av två Teams-träffar och intranätets "
                "anvisningar.",
                "Slutrapporten om Omaolo-piloten behandlas på nästa möte.",
            ),
        },
        "en": {
            "place": TEAMS["en"],
            "agenda": ol_html(
                "Catching up after the holiday season",
                "Introductions by the new digimentors",
                "Outline of the induction and mentor pairs",
                "Interim report on the Omaolo pilot",
            ),
            "decisions": ul_html(
                "Each new digimentor is paired with an experienced mentor for "
                "three months.",
                "The induction consists of two Teams sessions and the "
                "intranet's guides.",
                "The final report on the Omaolo pilot will be discussed at the "
                "next meeting.",
            ),
        },
    },
    {
        "months_ago": 3,
        "attendees": [0, 4, 5, 14, 32, 35],
        "other_attendees": _with(IT_GUEST, DIGITAL_GUEST),
        "action_items": [
            {
                "owner": 35,
                "owner_name": "",
                "due_in_days": 21,
                "done": True,
                "task": _task(
                    "Laaditaan osastosihteereille ohje jaettujen "
                    "postilaatikoiden lisäämisestä uuteen Outlookiin.",
                    "Skriv en anvisning för avdelningssekreterarna om hur man "
                    "lägger till delade brevlådor i nya Outlook.",
                    "Write a guide for ward secretaries on adding shared "
                    "mailboxes to the new Outlook.",
                ),
            },
            {
                "owner": 5,
                "owner_name": "",
                "due_in_days": 28,
                "done": False,
                "task": _task(
                    "Kootaan sisätautien osaston Outlook-ongelmat ja viedään ne "
                    "tietohallintoon.",
                    "Sammanställ problemen med Outlook på avdelningen för inre "
                    "medicin och för dem vidare till IT-förvaltningen.",
                    "Gather the Internal Medicine Ward's Outlook problems and "
                    "take them to IT services.",
                ),
            },
        ],
        "fi": {
            "place": TEAMS["fi"],
            "agenda": ol_html(
                "Omaolo-pilotin loppuraportti (digipalvelutiimi)",
                "Uuden Outlookin käyttöönotto keskussairaalassa (tietohallinto)",
                "Tietojenkalastelu: ajankohtaiset huijausviestit",
                "Muut asiat",
            ),
            "decisions": ul_html(
                "Omaolo-oirearvioiden käsittely laajennetaan kaikille terveysasemille.",
                "Keskussairaalan digimentorit päivystävät osastoillaan "
                "Outlook-siirron päivinä.",
                "Epäilyttävät viestit ilmoitetaan aina Outlookin "
                "Raportoi-painikkeella.",
            ),
        },
        "sv": {
            "place": TEAMS["sv"],
            "agenda": ol_html(
                "Slutrapport om Omaolo-piloten (digitjänstteamet)",
                "Ibruktagningen av nya Outlook på centralsjukhuset (IT-förvaltningen)",
                "Nätfiske: aktuella bluffmejl",
                "Övriga ärenden",
            ),
            "decisions": ul_html(
                "Hanteringen av symtombedömningar i Omaolo utvidgas till alla "
                "hälsostationer.",
                "Centralsjukhusets digimentorer finns till hands på sina "
                "avdelningar under flyttdagarna för Outlook.",
                "Misstänkta meddelanden anmäls alltid med knappen Rapportera "
                "i Outlook.",
            ),
        },
        "en": {
            "place": TEAMS["en"],
            "agenda": ol_html(
                "Final report on the Omaolo pilot (digital services team)",
                "Rollout of the new Outlook at Central Hospital (IT services)",
                "Phishing: current scam e-mails",
                "Any other business",
            ),
            "decisions": ul_html(
                "Handling of Omaolo symptom checks will be extended to all "
                "health centres.",
                "Central Hospital's digimentors are on hand on their wards on "
                "the Outlook move days.",
                "Suspicious messages are always reported with the Report "
                "button in Outlook.",
            ),
        },
    },
    {
        "months_ago": 2,
        "attendees": [0, 10, 19, 21, 27, 30, 42],
        "other_attendees": _with(COMMUNICATIONS_GUEST),
        "action_items": [
            {
                "owner": 0,
                "owner_name": "",
                "due_in_days": 14,
                "done": True,
                "task": _task(
                    "Testataan intranetin digimentorihaku ja annetaan palaute "
                    "viestinnälle.",
                    "Testa intranätets digimentorsökning och ge respons till "
                    "kommunikationen.",
                    "Test the intranet's digimentor finder and give feedback "
                    "to communications.",
                ),
            },
            {
                "owner": 19,
                "owner_name": "",
                "due_in_days": 30,
                "done": False,
                "task": _task(
                    "Esitellään digimentoritoimintaa lastensuojelun "
                    "henkilöstöpalaverissa.",
                    "Presentera digimentorverksamheten på barnskyddets personalmöte.",
                    "Present the digimentor network at a Child Welfare staff meeting.",
                ),
            },
            {
                "owner": None,
                "owner_name": "Elina Hautala",
                "due_in_days": 45,
                "done": True,
                "task": _task(
                    "Julkaistaan uutinen uuden intranetin avaamisesta.",
                    "Publicera en nyhet om att det nya intranätet öppnas.",
                    "Publish a news item on the opening of the new intranet.",
                ),
            },
        ],
        "fi": {
            "place": TEAMS["fi"],
            "agenda": ol_html(
                "Palautekyselyn tulokset",
                "Kehittämiskohteet: digimentoreiden näkyvyys ja tavoitettavuus",
                "Uusi intranet (viestintä)",
                "Kuulumiset yksiköistä",
            ),
            "decisions": ul_html(
                "Digimentorihaku ja mentoreiden profiilit julkaistaan uudessa "
                "intranetissä.",
                "Jokainen digimentori päivittää profiiliinsa aihealueensa ja "
                "tavoitettavuutensa.",
            ),
        },
        "sv": {
            "place": TEAMS["sv"],
            "agenda": ol_html(
                "Resultaten av responsenkäten",
                "Att utveckla: digimentorernas synlighet och tillgänglighet",
                "Det nya intranätet (kommunikationen)",
                "Nytt från enheterna",
            ),
            "decisions": ul_html(
                "Digimentorsökningen och mentorernas profiler publiceras på "
                "det nya intranätet.",
                "Varje digimentor uppdaterar sina ämnesområden och hur hen "
                "nås i sin profil.",
            ),
        },
        "en": {
            "place": TEAMS["en"],
            "agenda": ol_html(
                "Results of the feedback survey",
                "Areas to develop: the digimentors' visibility and availability",
                "The new intranet (communications)",
                "News from the units",
            ),
            "decisions": ul_html(
                "The digimentor finder and mentor profiles will be published "
                "on the new intranet.",
                "Every digimentor updates their topics and how to reach them "
                "in their profile.",
            ),
        },
    },
    {
        "months_ago": 1,
        "attendees": [0, 1, 6, 16, 34, 41, 43],
        "other_attendees": _with(IT_GUEST, RESEARCH_GUEST),
        "action_items": [
            {
                "owner": 41,
                "owner_name": "",
                "due_in_days": 21,
                "done": True,
                "task": _task(
                    "Kirjoitetaan luonnos ohjeesta tekoälytyökalujen hyvistä "
                    "käytännöistä.",
                    "Skriv ett utkast till en anvisning om god praxis för AI-verktyg.",
                    "Draft a guide on good practices for AI tools.",
                ),
            },
            {
                "owner": None,
                "owner_name": "Petri Aho",
                "due_in_days": 30,
                "done": False,
                "task": _task(
                    "Selvitetään Copilot-chatin avaaminen kaikille työntekijöille.",
                    "Utred om Copilot-chatten kan öppnas för alla anställda.",
                    "Look into opening Copilot Chat to all staff.",
                ),
            },
            {
                "owner": None,
                "owner_name": "Kaisa Mäkelä",
                "due_in_days": 40,
                "done": False,
                "task": _task(
                    "Sovitaan tekoälykoulutuksen ajankohta ja kouluttaja.",
                    "Bestäm tid och utbildare för AI-utbildningen.",
                    "Agree on the date and trainer for the AI training.",
                ),
            },
        ],
        "fi": {
            "place": TEAMS["fi"],
            "agenda": ol_html(
                "Tekoälyavusteiset chat-työkalut työssä: mikä on sallittua "
                "(tietohallinto)",
                "Tietosuoja ja potilastiedot",
                "Tutkimusaineistot ja tekoäly (tutkimuspalvelut)",
                "Verkoston ohje tekoälytyökalujen käytöstä",
            ),
            "decisions": ul_html(
                "Verkosto laatii ohjeen tekoälytyökalujen hyvistä käytännöistä.",
                "Potilas- ja asiakastietoja ei syötetä chat-työkaluihin missään "
                "tilanteessa.",
                "Kaikille digimentoreille järjestetään etiikka- ja tietosuojakoulutus.",
            ),
        },
        "sv": {
            "place": TEAMS["sv"],
            "agenda": ol_html(
                "AI-baserade chattverktyg i arbetet: vad är tillåtet "
                "(IT-förvaltningen)",
                "Dataskydd och patientuppgifter",
                "Forskningsmaterial och AI (forskningsservicen)",
                "Nätverkets anvisning om AI-verktyg",
            ),
            "decisions": ul_html(
                "Nätverket tar fram en anvisning om god praxis för AI-verktyg.",
                "Patient- och klientuppgifter matas aldrig in i chattverktyg.",
                "En utbildning i etik och dataskydd ordnas för alla digimentorer.",
            ),
        },
        "en": {
            "place": TEAMS["en"],
            "agenda": ol_html(
                "AI chat tools at work: what is allowed (IT services)",
                "Data protection and patient data",
                "Research data and AI (research services)",
                "The network's guide to AI tools",
            ),
            "decisions": ul_html(
                "The network will write a guide on good practices for AI tools.",
                "Patient and client data is never entered into chat tools.",
                "Training on ethics and data protection will be arranged for "
                "all digimentors.",
            ),
        },
    },
    {
        "months_ago": 0,
        "attendees": [0, 2, 8, 24, 34, 37, 45],
        "other_attendees": _with(DIGITAL_GUEST),
        "action_items": [
            {
                "owner": None,
                "owner_name": "Kaisa Mäkelä",
                "due_in_days": 14,
                "done": False,
                "task": _task(
                    "Viimeistellään toimintasuunnitelma ja viedään se johtoryhmälle.",
                    "Slutför verksamhetsplanen och för den till ledningsgruppen.",
                    "Finalise the action plan and take it to the management team.",
                ),
            },
            {
                "owner": 0,
                "owner_name": "",
                "due_in_days": 30,
                "done": False,
                "task": _task(
                    "Kootaan päivystyksen kokemukset etävastaanotosta "
                    "suunnitelman liitteeksi.",
                    "Sammanställ jourens erfarenheter av distansmottagning "
                    "som bilaga till planen.",
                    "Summarise the Emergency Department's experience of remote "
                    "appointments as an appendix to the plan.",
                ),
            },
            {
                "owner": 34,
                "owner_name": "",
                "due_in_days": 21,
                "done": False,
                "task": _task(
                    "Lähetetään seuraavan kauden kokouskutsut.",
                    "Skicka mötesinbjudningarna för nästa period.",
                    "Send the meeting invitations for the next term.",
                ),
            },
        ],
        "fi": {
            "place": PIHLAJA["fi"],
            "agenda": ol_html(
                "Kuluneen vuoden yhteenveto",
                "Seuraavan kauden toimintasuunnitelma ja painopisteet",
                "Uusien digimentoreiden valmennus",
                "Kokousaikataulu",
                "Muut asiat",
            ),
            "decisions": ul_html(
                "Seuraavan kauden painopisteet ovat tietoturva, etävastaanotto "
                "ja tekoälytyökalut.",
                "Uusien digimentoreiden haku avataan, ja valmennus alkaa, kun "
                "ryhmä on koossa.",
                "Kuukausikokoukset jatkuvat Teamsissa entiseen tapaan.",
            ),
        },
        "sv": {
            "place": PIHLAJA["sv"],
            "agenda": ol_html(
                "Sammanfattning av det gångna året",
                "Verksamhetsplan och prioriteringar för nästa period",
                "Utbildning av nya digimentorer",
                "Mötestidtabell",
                "Övriga ärenden",
            ),
            "decisions": ul_html(
                "Prioriteringarna för nästa period är informationssäkerhet, "
                "distansmottagning och AI-verktyg.",
                "Ansökan för nya digimentorer öppnas, och utbildningen börjar "
                "när gruppen är fulltalig.",
                "Månadsmötena fortsätter i Teams som tidigare.",
            ),
        },
        "en": {
            "place": PIHLAJA["en"],
            "agenda": ol_html(
                "Review of the past year",
                "Action plan and priorities for the next term",
                "Training for new digimentors",
                "Meeting schedule",
                "Any other business",
            ),
            "decisions": ul_html(
                "The priorities for the next term are information security, "
                "remote appointments and AI tools.",
                "Applications for new digimentors open, and training starts "
                "once the group is complete.",
                "Monthly meetings continue in Teams as before.",
            ),
        },
    },
]

GUIDES = [
    {
        "competence": "remote",
        "topics": ["Teams"],
        "level": "beginner",
        "reviewed_days_ago": 45,
        "fi": {
            "title": "Näytön jakaminen Teams-kokouksessa",
            "slug": "nayton-jakaminen-teamsissa",
            "lead": (
                "Näin näytät kollegoille tiedoston, esityksen tai koko näyttösi "
                "Teams-kokouksessa."
            ),
            "steps": [
                step(
                    "Avaa jakovalikko",
                    "Valitse kokouksen yläreunan työkaluriviltä <b>Jaa</b>. Jos "
                    "ikkuna on kapea, painike voi olla kohdan <b>Lisää</b> (…) "
                    "alla.",
                ),
                step(
                    "Valitse, mitä jaat",
                    "Valitse <b>Näyttö</b>, jos haluat näyttää kaiken, tai "
                    "<b>Ikkuna</b>, jos haluat jakaa vain yhden sovelluksen. "
                    "Kun jaat PowerPoint-esityksen PowerPoint Liven kautta, "
                    "puhujan muistiinpanot näkyvät vain sinulle.",
                ),
                step(
                    "Jaa ääni tarvittaessa",
                    "Jos näytät videota, ota käyttöön valinta <b>Sisällytä "
                    "ääni</b> ennen jakamista, jotta osallistujat kuulevat "
                    "äänen.",
                ),
                tip(
                    "Sulje sähköposti ja chat ennen jakamista tai jaa pelkkä "
                    "ikkuna. Näin ilmoitukset eivät näy muille."
                ),
                step(
                    "Lopeta jakaminen",
                    "Valitse näytön yläreunan jakopalkista <b>Lopeta jakaminen</b>.",
                ),
                warning(
                    "Älä jaa näyttöä, jossa näkyy potilastietojärjestelmä tai "
                    "muita asiakastietoja, ellei kaikilla osallistujilla ole "
                    "oikeutta nähdä niitä."
                ),
            ],
        },
        "sv": {
            "title": "Dela skärmen i ett Teams-möte",
            "slug": "dela-skarmen-i-teams",
            "lead": (
                "Så här visar du en fil, en presentation eller hela skärmen för "
                "dina kolleger i ett Teams-möte."
            ),
            "steps": [
                step(
                    "Öppna delningsmenyn",
                    "Välj <b>Dela</b> i verktygsfältet högst upp i mötet. Om "
                    "fönstret är smalt kan knappen finnas under <b>Mer</b> (…).",
                ),
                step(
                    "Välj vad du delar",
                    "Välj <b>Skärm</b> om du vill visa allt, eller "
                    "<b>Fönster</b> om du bara vill dela ett program. När du "
                    "delar en presentation via PowerPoint Live ser bara du "
                    "talaranteckningarna.",
                ),
                step(
                    "Dela ljudet vid behov",
                    "Om du visar en video, slå på <b>Inkludera ljud</b> innan "
                    "du delar så att deltagarna hör ljudet.",
                ),
                tip(
                    "Stäng e-post och chatt innan du delar, eller dela bara ett "
                    "fönster. Då syns inte dina aviseringar för andra."
                ),
                step(
                    "Sluta dela",
                    "Välj <b>Sluta dela</b> i delningsfältet högst upp på skärmen.",
                ),
                warning(
                    "Dela inte en skärm där patientdatasystemet eller andra "
                    "klientuppgifter syns, om inte alla deltagare har rätt att "
                    "se dem."
                ),
            ],
        },
        "en": {
            "title": "Sharing your screen in a Teams meeting",
            "slug": "share-screen-in-teams",
            "lead": (
                "How to show colleagues a file, a presentation or your whole "
                "screen in a Teams meeting."
            ),
            "steps": [
                step(
                    "Open the share menu",
                    "Select <b>Share</b> in the meeting toolbar at the top. If "
                    "the window is narrow, the button may be under <b>More</b> "
                    "(…).",
                ),
                step(
                    "Choose what to share",
                    "Select <b>Screen</b> to show everything, or <b>Window</b> "
                    "to share just one app. When you share a presentation "
                    "through PowerPoint Live, only you can see the speaker "
                    "notes.",
                ),
                step(
                    "Share sound if needed",
                    "If you are showing a video, turn on <b>Include sound</b> "
                    "before sharing so that participants can hear it.",
                ),
                tip(
                    "Close e-mail and chat before sharing, or share a single "
                    "window. That way your notifications are not seen by "
                    "others."
                ),
                step(
                    "Stop sharing",
                    "Select <b>Stop sharing</b> in the sharing bar at the top of "
                    "the screen.",
                ),
                warning(
                    "Do not share a screen showing the patient records system "
                    "or other client data unless every participant is entitled "
                    "to see it."
                ),
            ],
        },
    },
    {
        "competence": "ict",
        "topics": ["Outlook", "Teams"],
        "level": "beginner",
        "reviewed_days_ago": 20,
        "fi": {
            "title": "Kaksivaiheinen tunnistautuminen Microsoft Authenticatorilla",
            "slug": "kaksivaiheinen-tunnistautuminen-authenticator",
            "lead": (
                "Kaksivaiheinen tunnistautuminen suojaa tunnustasi, vaikka "
                "salasana päätyisi vääriin käsiin. Käyttöönotto vie noin "
                "kymmenen minuuttia."
            ),
            "steps": [
                step(
                    "Asenna sovellus",
                    "Asenna puhelimeesi Microsoft Authenticator App Storesta tai "
                    "Google Playsta. Sovellus on maksuton.",
                ),
                step(
                    "Avaa suojaustietosi tietokoneella",
                    "Kirjaudu osoitteeseen aka.ms/mysecurityinfo ja valitse "
                    "<b>Lisää kirjautumistapa</b> ja sitten <b>Microsoft "
                    "Authenticator</b>.",
                ),
                step(
                    "Lue QR-koodi",
                    "Valitse puhelimen sovelluksessa <b>+</b>, sitten <b>Työ- "
                    "tai koulutili</b> ja <b>Skannaa QR-koodi</b>. Osoita "
                    "kameralla tietokoneen näytöllä näkyvää koodia.",
                ),
                step(
                    "Hyväksy testi-ilmoitus",
                    "Tietokoneen näytölle tulee numero. Kirjoita sama numero "
                    "puhelimeen tulevaan ilmoitukseen ja valitse <b>Kyllä</b>.",
                ),
                tip(
                    "Lisää varatavaksi puhelinnumerosi. Silloin voit kirjautua "
                    "tekstiviestillä, jos puhelin vaihtuu tai katoaa."
                ),
                warning(
                    "Hyväksy kirjautuminen vain, kun olet itse kirjautumassa. "
                    "Jos saat pyynnön, jota et odottanut, hylkää se ja ilmoita "
                    "asiasta tietohallintoon."
                ),
            ],
        },
        "sv": {
            "title": "Tvåstegsverifiering med Microsoft Authenticator",
            "slug": "tvastegsverifiering-authenticator",
            "lead": (
                "Tvåstegsverifiering skyddar ditt konto även om lösenordet "
                "hamnar i fel händer. Det tar ungefär tio minuter att komma "
                "i gång."
            ),
            "steps": [
                step(
                    "Installera appen",
                    "Installera Microsoft Authenticator i din telefon från App "
                    "Store eller Google Play. Appen är gratis.",
                ),
                step(
                    "Öppna din säkerhetsinformation på datorn",
                    "Logga in på aka.ms/mysecurityinfo och välj <b>Lägg till "
                    "inloggningsmetod</b> och sedan <b>Microsoft "
                    "Authenticator</b>.",
                ),
                step(
                    "Skanna QR-koden",
                    "Välj <b>+</b> i appen på telefonen, sedan <b>Arbets- eller "
                    "skolkonto</b> och <b>Skanna en QR-kod</b>. Rikta kameran "
                    "mot koden på datorns skärm.",
                ),
                step(
                    "Godkänn testaviseringen",
                    "En siffra visas på datorns skärm. Skriv in samma siffra i "
                    "aviseringen på telefonen och välj <b>Ja</b>.",
                ),
                tip(
                    "Lägg till ditt telefonnummer som reservmetod. Då kan du "
                    "logga in med sms om telefonen byts ut eller försvinner."
                ),
                warning(
                    "Godkänn en inloggning bara när du själv loggar in. Om du "
                    "får en begäran du inte väntade dig, neka den och meddela "
                    "IT-förvaltningen."
                ),
            ],
        },
        "en": {
            "title": "Two-step verification with Microsoft Authenticator",
            "slug": "two-step-verification-authenticator",
            "lead": (
                "Two-step verification protects your account even if your "
                "password falls into the wrong hands. Setting it up takes "
                "about ten minutes."
            ),
            "steps": [
                step(
                    "Install the app",
                    "Install Microsoft Authenticator on your phone from the App "
                    "Store or Google Play. The app is free.",
                ),
                step(
                    "Open your security info on the computer",
                    "Sign in at aka.ms/mysecurityinfo and select <b>Add sign-in "
                    "method</b> and then <b>Microsoft Authenticator</b>.",
                ),
                step(
                    "Scan the QR code",
                    "In the app on your phone, select <b>+</b>, then <b>Work or "
                    "school account</b> and <b>Scan a QR code</b>. Point the "
                    "camera at the code on your computer screen.",
                ),
                step(
                    "Approve the test notification",
                    "A number appears on your computer screen. Enter the same "
                    "number in the notification on your phone and select "
                    "<b>Yes</b>.",
                ),
                tip(
                    "Add your phone number as a backup method. Then you can "
                    "sign in by text message if your phone is replaced or lost."
                ),
                warning(
                    "Approve a sign-in only when you are signing in yourself. "
                    "If you get a request you did not expect, deny it and "
                    "tell IT services."
                ),
            ],
        },
    },
    {
        "competence": "ict",
        "topics": ["OneDrive"],
        "level": "beginner",
        "reviewed_days_ago": 120,
        "fi": {
            "title": "Tiedostojen tallentaminen ja jakaminen OneDrivessa",
            "slug": "onedrive-tallentaminen-jakaminen",
            "lead": (
                "OneDriveen tallennettu tiedosto on käytettävissä kaikilla "
                "laitteillasi, ja voit jakaa sen kollegoille linkkinä."
            ),
            "steps": [
                step(
                    "Tallenna OneDriveen",
                    "Valitse Wordissa, Excelissä tai PowerPointissa "
                    "<b>Tiedosto</b> > <b>Tallenna nimellä</b> ja sijainniksi "
                    "organisaatiosi OneDrive.",
                ),
                step(
                    "Jaa tiedosto",
                    "Valitse sovelluksen oikeasta yläkulmasta <b>Jaa</b>. "
                    "Kirjoita kollegan nimi tai sähköpostiosoite ja lisää "
                    "halutessasi viesti.",
                ),
                step(
                    "Tarkista käyttöoikeus",
                    "Valitse ennen lähettämistä, saako vastaanottaja muokata "
                    "tiedostoa vai vain tarkastella sitä. Oletuksena linkki "
                    "toimii vain organisaation sisällä.",
                ),
                step(
                    "Lopeta jakaminen",
                    "Kun yhteistyö päättyy, valitse OneDrivessa tiedoston "
                    "kohdalla <b>Hallitse käyttöoikeuksia</b> ja poista henkilö "
                    "tai linkki.",
                ),
                tip(
                    "Jaa linkki liitetiedoston sijaan. Silloin kaikki muokkaavat "
                    "samaa versiota eikä sähköpostiin synny kopioita."
                ),
                warning(
                    "Henkilö- tai potilastietoja sisältäviä tiedostoja ei jaeta "
                    "OneDrivesta organisaation ulkopuolelle."
                ),
            ],
        },
        "sv": {
            "title": "Spara och dela filer i OneDrive",
            "slug": "onedrive-spara-och-dela",
            "lead": (
                "En fil som sparats i OneDrive finns tillgänglig på alla dina "
                "enheter, och du kan dela den med kolleger som en länk."
            ),
            "steps": [
                step(
                    "Spara i OneDrive",
                    "Välj <b>Arkiv</b> > <b>Spara som</b> i Word, Excel eller "
                    "PowerPoint och välj din organisations OneDrive som plats.",
                ),
                step(
                    "Dela filen",
                    "Välj <b>Dela</b> uppe till höger i programmet. Skriv "
                    "kollegans namn eller e-postadress och lägg till ett "
                    "meddelande om du vill.",
                ),
                step(
                    "Kontrollera behörigheten",
                    "Välj innan du skickar om mottagaren får redigera filen "
                    "eller bara visa den. Som standard fungerar länken bara "
                    "inom organisationen.",
                ),
                step(
                    "Sluta dela",
                    "När samarbetet är över, välj <b>Hantera åtkomst</b> vid "
                    "filen i OneDrive och ta bort personen eller länken.",
                ),
                tip(
                    "Dela en länk i stället för en bilaga. Då redigerar alla "
                    "samma version och det blir inga kopior i e-posten."
                ),
                warning(
                    "Filer med personuppgifter eller patientuppgifter delas "
                    "inte från OneDrive utanför organisationen."
                ),
            ],
        },
        "en": {
            "title": "Saving and sharing files in OneDrive",
            "slug": "onedrive-save-and-share",
            "lead": (
                "A file saved in OneDrive is available on all your devices, and "
                "you can share it with colleagues as a link."
            ),
            "steps": [
                step(
                    "Save to OneDrive",
                    "In Word, Excel or PowerPoint, select <b>File</b> > <b>Save "
                    "As</b> and choose your organisation's OneDrive as the "
                    "location.",
                ),
                step(
                    "Share the file",
                    "Select <b>Share</b> at the top right of the app. Type your "
                    "colleague's name or e-mail address and add a message if "
                    "you like.",
                ),
                step(
                    "Check the permission",
                    "Before sending, choose whether the recipient can edit the "
                    "file or only view it. By default the link only works "
                    "within the organisation.",
                ),
                step(
                    "Stop sharing",
                    "When the work is done, select <b>Manage access</b> for the "
                    "file in OneDrive and remove the person or the link.",
                ),
                tip(
                    "Share a link instead of an attachment. Then everyone edits "
                    "the same version and no copies pile up in e-mail."
                ),
                warning(
                    "Files containing personal or patient data are not shared "
                    "from OneDrive outside the organisation."
                ),
            ],
        },
    },
    {
        "competence": "ict",
        "topics": ["Outlook"],
        "level": "beginner",
        "reviewed_days_ago": 430,
        "fi": {
            "title": "Tunnista tietojenkalasteluviesti",
            "slug": "tunnista-tietojenkalastelu",
            "lead": (
                "Tietojenkalastelija yrittää saada sinut antamaan tunnuksesi "
                "tai avaamaan haitallisen liitteen. Nämä merkit paljastavat "
                "useimmat huijaukset."
            ),
            "steps": [
                step(
                    "Tarkista lähettäjä",
                    "Vie hiiri lähettäjän nimen päälle ja katso koko "
                    "sähköpostiosoite. Huijausviesti voi käyttää tutun palvelun "
                    "nimeä, mutta osoite on ulkopuolinen tai hieman väärin "
                    "kirjoitettu.",
                ),
                step(
                    "Tarkista linkit ennen napsauttamista",
                    "Vie hiiri linkin päälle napsauttamatta. Jos näkyvä osoite "
                    "ei vastaa viestin väitettyä lähettäjää, älä avaa linkkiä.",
                ),
                step(
                    "Huomaa kiire ja uhkailu",
                    "Kalasteluviestit vetoavat usein kiireeseen: tunnus "
                    "suljetaan, postilaatikko on täynnä tai lasku erääntyy "
                    "tänään.",
                ),
                step(
                    "Ilmoita viestistä",
                    "Valitse Outlookissa <b>Raportoi</b> > <b>Raportoi "
                    "tietojenkalastelusta</b>. Viesti siirtyy tietoturvatiimille "
                    "ja poistuu postilaatikostasi.",
                ),
                warning(
                    "Jos avasit linkin ja annoit salasanasi, vaihda salasana "
                    "heti ja ota yhteys tietohallinnon palvelupisteeseen. Nopea "
                    "ilmoitus rajoittaa vahinkoja."
                ),
            ],
        },
        "sv": {
            "title": "Känn igen ett nätfiskemeddelande",
            "slug": "kann-igen-natfiske",
            "lead": (
                "Den som nätfiskar försöker få dig att lämna ut dina "
                "inloggningsuppgifter eller öppna en skadlig bilaga. De här "
                "tecknen avslöjar de flesta bedrägerier."
            ),
            "steps": [
                step(
                    "Kontrollera avsändaren",
                    "För muspekaren över avsändarens namn och se hela "
                    "e-postadressen. Ett bluffmeddelande kan använda namnet på "
                    "en bekant tjänst, men adressen är extern eller en aning "
                    "felstavad.",
                ),
                step(
                    "Kontrollera länkarna innan du klickar",
                    "För muspekaren över länken utan att klicka. Om adressen "
                    "som visas inte motsvarar den påstådda avsändaren, öppna "
                    "inte länken.",
                ),
                step(
                    "Lägg märke till brådska och hot",
                    "Nätfiskemeddelanden skyndar ofta på dig: kontot stängs, "
                    "brevlådan är full eller en faktura förfaller i dag.",
                ),
                step(
                    "Anmäl meddelandet",
                    "Välj <b>Rapportera</b> > <b>Rapportera nätfiske</b> i "
                    "Outlook. Meddelandet går till informationssäkerhetsteamet "
                    "och försvinner från din brevlåda.",
                ),
                warning(
                    "Om du öppnade länken och angav ditt lösenord, byt lösenord "
                    "genast och kontakta IT-förvaltningens servicepunkt. En "
                    "snabb anmälan begränsar skadan."
                ),
            ],
        },
        "en": {
            "title": "Recognising a phishing message",
            "slug": "recognise-phishing",
            "lead": (
                "A phisher tries to get you to hand over your credentials or "
                "open a harmful attachment. These signs give most scams away."
            ),
            "steps": [
                step(
                    "Check the sender",
                    "Hover over the sender's name and look at the full e-mail "
                    "address. A scam may use the name of a familiar service, "
                    "but the address is external or slightly misspelt.",
                ),
                step(
                    "Check links before clicking",
                    "Hover over the link without clicking. If the address shown "
                    "does not match the claimed sender, do not open the link.",
                ),
                step(
                    "Watch out for urgency and threats",
                    "Phishing messages often rush you: your account will be "
                    "closed, your mailbox is full or an invoice is due today.",
                ),
                step(
                    "Report the message",
                    "In Outlook, select <b>Report</b> > <b>Report phishing</b>. "
                    "The message goes to the security team and is removed from "
                    "your mailbox.",
                ),
                warning(
                    "If you opened the link and entered your password, change "
                    "it at once and contact the IT service desk. Reporting "
                    "quickly limits the damage."
                ),
            ],
        },
    },
    {
        "competence": "remote",
        "topics": ["etävastaanotto", "Teams"],
        "level": "intermediate",
        "reviewed_days_ago": 60,
        "fi": {
            "title": "Etävastaanoton järjestäminen Teamsissa",
            "slug": "etavastaanotto-teamsissa",
            "lead": (
                "Etävastaanotto säästää asiakkaan matkan. Näin varaat ajan, "
                "luot Teams-kokouksen ja varmistat, että vastaanotto sujuu "
                "turvallisesti."
            ),
            "steps": [
                step(
                    "Varaa aika potilastietojärjestelmässä",
                    "Valitse ajanvarauksessa vastaanottotyypiksi "
                    "<b>Etävastaanotto</b>. Tarkista, että asiakkaan "
                    "puhelinnumero ja sähköpostiosoite ovat ajan tasalla.",
                ),
                step(
                    "Luo Teams-kokous",
                    "Luo Outlookin kalenteriin uusi tapahtuma ja ota käyttöön "
                    "<b>Teams-kokous</b>. Lisää asiakkaan sähköpostiosoite. "
                    "Asiakas ei tarvitse Teams-sovellusta, vaan voi liittyä "
                    "selaimella.",
                ),
                step(
                    "Käytä odotustilaa",
                    "Avaa tapahtuman <b>Kokousasetukset</b> ja valitse kohtaan "
                    "<b>Kuka voi ohittaa odotustilan?</b> vaihtoehto <b>Vain "
                    "järjestäjät ja apujärjestäjät</b>. Asiakas odottaa, kunnes "
                    "päästät hänet sisään.",
                ),
                step(
                    "Tunnista asiakas",
                    "Pyydä asiakasta näyttämään henkilöllisyystodistus "
                    "kameralle tai tunnista hänet muulla sovitulla tavalla "
                    "ennen kuin käsittelette terveystietoja.",
                ),
                tip(
                    "Sovi varasuunnitelma jo ajanvarauksen yhteydessä: jos "
                    "yhteys ei toimi viidessä minuutissa, soitat asiakkaalle."
                ),
                warning(
                    "Älä tallenna etävastaanottoa. Kirjaa käynti "
                    "potilastietojärjestelmään tavalliseen tapaan."
                ),
            ],
        },
        "sv": {
            "title": "Distansmottagning i Teams",
            "slug": "distansmottagning-i-teams",
            "lead": (
                "En distansmottagning besparar klienten resan. Så här bokar du "
                "tiden, skapar Teams-mötet och ser till att mottagningen "
                "sköts tryggt."
            ),
            "steps": [
                step(
                    "Boka tiden i patientdatasystemet",
                    "Välj <b>Distansmottagning</b> som mottagningstyp i "
                    "tidsbokningen. Kontrollera att klientens telefonnummer "
                    "och e-postadress är aktuella.",
                ),
                step(
                    "Skapa ett Teams-möte",
                    "Skapa en ny händelse i Outlook-kalendern och slå på "
                    "<b>Teams-möte</b>. Lägg till klientens e-postadress. "
                    "Klienten behöver inte Teams-appen utan kan ansluta med "
                    "webbläsaren.",
                ),
                step(
                    "Använd väntrummet",
                    "Öppna händelsens <b>Mötesalternativ</b> och välj "
                    "<b>Endast organisatörer och medorganisatörer</b> under "
                    "<b>Vem kan hoppa över lobbyn?</b>. Klienten väntar tills "
                    "du släpper in hen.",
                ),
                step(
                    "Identifiera klienten",
                    "Be klienten visa ett identitetsbevis i kameran eller "
                    "identifiera hen på annat överenskommet sätt innan ni "
                    "behandlar hälsouppgifter.",
                ),
                tip(
                    "Kom överens om en reservplan redan vid bokningen: om "
                    "förbindelsen inte fungerar inom fem minuter ringer du "
                    "klienten."
                ),
                warning(
                    "Spela inte in distansmottagningen. Dokumentera besöket i "
                    "patientdatasystemet som vanligt."
                ),
            ],
        },
        "en": {
            "title": "Holding a remote appointment in Teams",
            "slug": "remote-appointment-in-teams",
            "lead": (
                "A remote appointment saves the client a trip. How to book the "
                "time, create the Teams meeting and make sure the appointment "
                "goes safely."
            ),
            "steps": [
                step(
                    "Book the time in the patient records system",
                    "Choose <b>Remote appointment</b> as the appointment type "
                    "when booking. Check that the client's phone number and "
                    "e-mail address are up to date.",
                ),
                step(
                    "Create a Teams meeting",
                    "Create a new event in your Outlook calendar and turn on "
                    "<b>Teams meeting</b>. Add the client's e-mail address. The "
                    "client does not need the Teams app and can join in a "
                    "browser.",
                ),
                step(
                    "Use the lobby",
                    "Open the event's <b>Meeting options</b> and under <b>Who "
                    "can bypass the lobby?</b> choose <b>Only organizers and "
                    "co-organizers</b>. The client waits until you let them in.",
                ),
                step(
                    "Identify the client",
                    "Ask the client to show an identity document to the camera, "
                    "or identify them in another agreed way, before you discuss "
                    "health information.",
                ),
                tip(
                    "Agree on a fallback when booking: if the connection does "
                    "not work within five minutes, you will call the client."
                ),
                warning(
                    "Do not record a remote appointment. Document the visit in "
                    "the patient records system as usual."
                ),
            ],
        },
    },
    {
        "competence": "using",
        "topics": ["Omaolo"],
        "level": "beginner",
        "reviewed_days_ago": 90,
        "fi": {
            "title": "Omaolon oirearvio yhdessä asiakkaan kanssa",
            "slug": "omaolo-oirearvio-asiakkaan-kanssa",
            "lead": (
                "Moni asiakas tarvitsee ensimmäisellä kerralla apua Omaolon "
                "oirearvion kanssa. Opasta niin, että asiakas osaa jatkossa "
                "tehdä arvion itse."
            ),
            "steps": [
                step(
                    "Käytä asiakkaan omaa laitetta",
                    "Pyydä asiakasta avaamaan osoite omaolo.fi omalla "
                    "puhelimellaan tai tietokoneellaan. Näin hän oppii "
                    "käyttämään palvelua itse.",
                ),
                step(
                    "Valitse oirearvio",
                    "Valitse etusivulta <b>Oirearviot</b> ja vaivaa parhaiten "
                    "vastaava arvio, esimerkiksi hengitystieinfektio.",
                ),
                step(
                    "Anna asiakkaan vastata",
                    "Asiakas vastaa kysymyksiin itse. Selitä tarvittaessa "
                    "termejä, mutta älä ohjaa vastauksia.",
                ),
                step(
                    "Lähetä arvio terveysasemalle",
                    "Arvion lopussa asiakas näkee hoitosuosituksen. Jos palvelu "
                    "ohjaa ottamaan yhteyttä, asiakas lähettää arvion "
                    "terveysasemalle ja tunnistautuu pankkitunnuksilla tai "
                    "mobiilivarmenteella.",
                ),
                warning(
                    "Älä tunnistaudu asiakkaan puolesta omilla tunnuksillasi "
                    "äläkä pyydä häneltä pankkitunnuksia."
                ),
            ],
        },
        "sv": {
            "title": "Symtombedömning i Omaolo tillsammans med klienten",
            "slug": "omaolo-symtombedomning-med-klienten",
            "lead": (
                "Många klienter behöver hjälp med symtombedömningen i Omaolo "
                "första gången. Handled så att klienten sedan klarar av "
                "bedömningen på egen hand."
            ),
            "steps": [
                step(
                    "Använd klientens egen enhet",
                    "Be klienten öppna omaolo.fi på sin egen telefon eller "
                    "dator. Så lär hen sig att använda tjänsten själv.",
                ),
                step(
                    "Välj symtombedömning",
                    "Välj <b>Symtombedömningar</b> på startsidan och den "
                    "bedömning som bäst motsvarar besvären, till exempel "
                    "luftvägsinfektion.",
                ),
                step(
                    "Låt klienten svara",
                    "Klienten svarar själv på frågorna. Förklara termer vid "
                    "behov, men styr inte svaren.",
                ),
                step(
                    "Skicka bedömningen till hälsostationen",
                    "I slutet av bedömningen ser klienten en vårdrekommendation. "
                    "Om tjänsten uppmanar till kontakt skickar klienten "
                    "bedömningen till hälsostationen och identifierar sig med "
                    "nätbankskoder eller mobilcertifikat.",
                ),
                warning(
                    "Identifiera dig inte för klientens räkning med dina egna "
                    "koder och be aldrig om hens nätbankskoder."
                ),
            ],
        },
        "en": {
            "title": "Doing an Omaolo symptom check with a client",
            "slug": "omaolo-symptom-check-with-client",
            "lead": (
                "Many clients need help with an Omaolo symptom check the first "
                "time. Guide them so that they can do it on their own next "
                "time."
            ),
            "steps": [
                step(
                    "Use the client's own device",
                    "Ask the client to open omaolo.fi on their own phone or "
                    "computer. That way they learn to use the service "
                    "themselves.",
                ),
                step(
                    "Choose a symptom check",
                    "Select <b>Symptom checkers</b> on the front page and the "
                    "check that best matches the complaint, for example a "
                    "respiratory infection.",
                ),
                step(
                    "Let the client answer",
                    "The client answers the questions themselves. Explain terms "
                    "if needed, but do not steer the answers.",
                ),
                step(
                    "Send the check to the health centre",
                    "At the end, the client sees a care recommendation. If the "
                    "service advises getting in touch, the client sends the "
                    "check to the health centre and identifies with online "
                    "banking codes or a mobile certificate.",
                ),
                warning(
                    "Never identify on the client's behalf with your own "
                    "credentials, and never ask for their banking codes."
                ),
            ],
        },
    },
    {
        "competence": "ethics",
        "topics": ["Kanta"],
        "level": "intermediate",
        "reviewed_days_ago": 200,
        "fi": {
            "title": "Kanta-palvelut asiakkaalle: kuka on katsonut tietojani?",
            "slug": "kanta-kuka-katsonut-tietojani",
            "lead": (
                "Asiakkaat kysyvät yhä useammin, kuka heidän terveystietojaan "
                "on käsitellyt. Näin selität Kanta-palvelut ja käyttölokin "
                "selkeästi."
            ),
            "steps": [
                step(
                    "Kerro, mikä Kanta on",
                    "Kanta-palveluihin tallennetaan reseptit ja potilastiedot, "
                    "jotta hoitavat ammattilaiset näkevät ne eri "
                    "organisaatioissa. Asiakas näkee omat tietonsa "
                    "Omakannasta osoitteessa omakanta.fi.",
                ),
                step(
                    "Näytä luovutustiedot",
                    "Omakannasta asiakas näkee, mille organisaatioille hänen "
                    "tietojaan on luovutettu Kannan kautta ja milloin.",
                ),
                step(
                    "Ohjaa käyttölokipyyntöön",
                    "Jos asiakas haluaa tietää, kuka työntekijä on avannut "
                    "hänen tietonsa potilastietojärjestelmässä, hän voi pyytää "
                    "käyttölokin hyvinvointialueelta. Lomake on "
                    "hyvinvointialueen verkkosivuilla.",
                ),
                tip(
                    "Kerro, että jokaisesta tietojen avaamisesta jää "
                    "lokimerkintä ja lokeja valvotaan. Tämä rauhoittaa usein "
                    "jo sellaisenaan."
                ),
                warning(
                    "Avaa potilaan tiedot vain, kun osallistut hänen hoitoonsa. "
                    "Uteliaisuudesta katsominen on tietosuojarikkomus, vaikka "
                    "potilas olisi tuttu."
                ),
            ],
        },
        "sv": {
            "title": "Kanta-tjänsterna för klienten: vem har tittat på mina uppgifter?",
            "slug": "kanta-vem-har-tittat",
            "lead": (
                "Klienterna frågar allt oftare vem som har behandlat deras "
                "hälsouppgifter. Så här förklarar du Kanta-tjänsterna och "
                "loggen tydligt."
            ),
            "steps": [
                step(
                    "Berätta vad Kanta är",
                    "I Kanta-tjänsterna sparas recept och patientuppgifter så "
                    "att de vårdande yrkespersonerna ser dem i olika "
                    "organisationer. Klienten ser sina egna uppgifter på "
                    "Mina Kanta-sidor på omakanta.fi.",
                ),
                step(
                    "Visa uppgifterna om utlämnanden",
                    "På Mina Kanta-sidor ser klienten till vilka "
                    "organisationer hens uppgifter har lämnats ut via Kanta "
                    "och när.",
                ),
                step(
                    "Hänvisa till en begäran om loggdata",
                    "Om klienten vill veta vilken anställd som har öppnat hens "
                    "uppgifter i patientdatasystemet kan hen begära loggdata "
                    "av välfärdsområdet. Blanketten finns på "
                    "välfärdsområdets webbplats.",
                ),
                tip(
                    "Berätta att varje gång någon öppnar uppgifterna lämnas en "
                    "loggnotering och att loggarna övervakas. Det lugnar ofta "
                    "i sig."
                ),
                warning(
                    "Öppna en patients uppgifter bara när du deltar i hens "
                    "vård. Att titta av nyfikenhet är ett dataskyddsbrott, "
                    "även om patienten är en bekant."
                ),
            ],
        },
        "en": {
            "title": "Kanta services for clients: who has looked at my data?",
            "slug": "kanta-who-has-looked",
            "lead": (
                "Clients increasingly ask who has handled their health "
                "information. How to explain the Kanta services and the access "
                "log clearly."
            ),
            "steps": [
                step(
                    "Explain what Kanta is",
                    "Prescriptions and patient records are stored in the Kanta "
                    "services so that the professionals treating a patient can "
                    "see them across organisations. Clients see their own "
                    "data in My Kanta Pages at omakanta.fi.",
                ),
                step(
                    "Show the disclosure details",
                    "In My Kanta Pages, clients can see which organisations "
                    "their data has been disclosed to through Kanta, and when.",
                ),
                step(
                    "Point to an access log request",
                    "If the client wants to know which employee opened their "
                    "records in the patient records system, they can request "
                    "the access log from the wellbeing services county. The "
                    "form is on the county's website.",
                ),
                tip(
                    "Explain that every time records are opened a log entry is "
                    "made and that the logs are monitored. This alone often "
                    "reassures."
                ),
                warning(
                    "Open a patient's records only when you take part in their "
                    "care. Looking out of curiosity is a data protection "
                    "breach, even if you know the patient."
                ),
            ],
        },
    },
    {
        "competence": "ict",
        "topics": ["Excel"],
        "level": "intermediate",
        "reviewed_days_ago": 520,
        "fi": {
            "title": "Excelin pivot-taulukko alkuun",
            "slug": "excel-pivot-taulukko",
            "lead": (
                "Pivot-taulukolla teet yhteenvedon suuresta taulukosta "
                "muutamalla napsautuksella, esimerkiksi kurssipalautteista tai "
                "käyntitilastoista."
            ),
            "steps": [
                step(
                    "Muotoile aineisto taulukoksi",
                    "Varmista, että jokaisella sarakkeella on otsikko eikä "
                    "aineistossa ole tyhjiä rivejä. Valitse jokin solu ja paina "
                    "Ctrl+T, niin alue muuttuu taulukoksi.",
                ),
                step(
                    "Lisää pivot-taulukko",
                    "Valitse <b>Lisää</b> > <b>Pivot-taulukko</b> ja "
                    "sijainniksi <b>Uusi laskentataulukko</b>. Valitse "
                    "<b>OK</b>.",
                ),
                step(
                    "Vedä kentät paikoilleen",
                    "Vedä <b>Pivot-taulukon kentät</b> -ruudussa luokitteleva "
                    "kenttä, kuten kurssi, alueelle <b>Rivit</b> ja laskettava "
                    "kenttä, kuten arvosana, alueelle <b>Arvot</b>.",
                ),
                step(
                    "Vaihda laskutapa",
                    "Arvot lasketaan oletuksena summana. Valitse kenttä "
                    "Arvot-alueelta, sitten <b>Arvokentän asetukset</b>, ja "
                    "vaihda esimerkiksi <b>Keskiarvo</b>.",
                ),
                tip(
                    "Kun aineistoon tulee uusia rivejä, valitse <b>Pivot-taulukon "
                    "analysointi</b> > <b>Päivitä</b>."
                ),
            ],
        },
        "sv": {
            "title": "Kom i gång med pivottabeller i Excel",
            "slug": "excel-pivottabell",
            "lead": (
                "Med en pivottabell sammanfattar du en stor tabell med några "
                "klick, till exempel kursrespons eller besöksstatistik."
            ),
            "steps": [
                step(
                    "Formatera materialet som en tabell",
                    "Se till att varje kolumn har en rubrik och att det inte "
                    "finns tomma rader. Markera en cell och tryck på Ctrl+T så "
                    "blir området en tabell.",
                ),
                step(
                    "Infoga en pivottabell",
                    "Välj <b>Infoga</b> > <b>Pivottabell</b> och <b>Nytt "
                    "kalkylblad</b> som plats. Välj <b>OK</b>.",
                ),
                step(
                    "Dra fälten på plats",
                    "Dra i fönstret <b>Pivottabellfält</b> ett fält som "
                    "grupperar, till exempel kurs, till området <b>Rader</b> "
                    "och ett fält som ska räknas, till exempel vitsord, till "
                    "området <b>Värden</b>.",
                ),
                step(
                    "Byt beräkningssätt",
                    "Värdena summeras som standard. Välj fältet i området "
                    "Värden, sedan <b>Värdefältsinställningar</b>, och byt till "
                    "exempelvis <b>Medel</b>.",
                ),
                tip(
                    "När nya rader läggs till i materialet, välj "
                    "<b>Pivottabellanalys</b> > <b>Uppdatera</b>."
                ),
            ],
        },
        "en": {
            "title": "Getting started with Excel PivotTables",
            "slug": "excel-pivottable",
            "lead": (
                "A PivotTable summarises a large table in a few clicks, for "
                "example course feedback or visit statistics."
            ),
            "steps": [
                step(
                    "Format the data as a table",
                    "Make sure every column has a heading and there are no "
                    "empty rows. Select any cell and press Ctrl+T to turn the "
                    "range into a table.",
                ),
                step(
                    "Insert a PivotTable",
                    "Select <b>Insert</b> > <b>PivotTable</b> and <b>New "
                    "Worksheet</b> as the location. Select <b>OK</b>.",
                ),
                step(
                    "Drag the fields into place",
                    "In the <b>PivotTable Fields</b> pane, drag a grouping "
                    "field, such as course, to <b>Rows</b> and a field to "
                    "calculate, such as grade, to <b>Values</b>.",
                ),
                step(
                    "Change the calculation",
                    "Values are summed by default. Select the field in the "
                    "Values area, then <b>Value Field Settings</b>, and choose, "
                    "for example, <b>Average</b>.",
                ),
                tip(
                    "When new rows are added to the data, select "
                    "<b>PivotTable Analyze</b> > <b>Refresh</b>."
                ),
            ],
        },
    },
    {
        "competence": "using",
        "topics": ["Moodle"],
        "level": "beginner",
        "reviewed_days_ago": 150,
        "fi": {
            "title": "Tehtävän lisääminen Moodle-kurssille",
            "slug": "moodle-tehtavan-lisaaminen",
            "lead": (
                "Tehtävä-aktiviteetilla opiskelijat palauttavat töitään "
                "Moodleen, ja sinä annat arvosanan ja palautteen samassa "
                "paikassa."
            ),
            "steps": [
                step(
                    "Ota muokkaustila käyttöön",
                    "Avaa kurssi ja ota käyttöön <b>Muokkaustila</b> sivun "
                    "oikeasta yläkulmasta.",
                ),
                step(
                    "Lisää aktiviteetti",
                    "Valitse haluamasi osion alta <b>Lisää aktiviteetti tai "
                    "aineisto</b> ja sitten <b>Tehtävä</b>.",
                ),
                step(
                    "Anna nimi ja ohjeet",
                    "Kirjoita tehtävälle nimi ja selkeä ohje: mitä palautetaan, "
                    "missä muodossa ja miten tehtävä arvioidaan.",
                ),
                step(
                    "Aseta päivämäärät ja palautustapa",
                    "Määritä kohdassa <b>Saatavuus</b> palautuksen alkamis- ja "
                    "määräpäivä. Valitse kohdassa <b>Palautustyypit</b>, "
                    "palautetaanko tiedosto vai verkkoteksti.",
                ),
                step(
                    "Tallenna",
                    "Valitse <b>Tallenna ja palaa kurssille</b>. Tehtävä näkyy "
                    "opiskelijoille heti, ellei sitä ole piilotettu.",
                ),
                tip(
                    "Ota käyttöön <b>Vaadi opiskelijoita painamaan "
                    "palautuspainiketta</b>, jos et halua keskeneräisten "
                    "luonnosten päätyvän arvioitaviksi."
                ),
            ],
        },
        "sv": {
            "title": "Lägga till en uppgift i en Moodle-kurs",
            "slug": "moodle-lagga-till-uppgift",
            "lead": (
                "Med aktiviteten Uppgift lämnar studerandena in sina arbeten i "
                "Moodle, och du ger vitsord och respons på samma ställe."
            ),
            "steps": [
                step(
                    "Slå på redigeringsläget",
                    "Öppna kursen och slå på <b>Redigeringsläge</b> uppe till "
                    "höger på sidan.",
                ),
                step(
                    "Lägg till en aktivitet",
                    "Välj <b>Lägg till en aktivitet eller resurs</b> under "
                    "önskat avsnitt och sedan <b>Uppgift</b>.",
                ),
                step(
                    "Ge namn och instruktioner",
                    "Skriv ett namn och en tydlig instruktion för uppgiften: "
                    "vad som lämnas in, i vilken form och hur uppgiften bedöms.",
                ),
                step(
                    "Ställ in datum och inlämningssätt",
                    "Ange start- och slutdatum för inlämningen under "
                    "<b>Tillgänglighet</b>. Välj under <b>Inlämningstyper</b> om "
                    "en fil eller en onlinetext lämnas in.",
                ),
                step(
                    "Spara",
                    "Välj <b>Spara och återvänd till kursen</b>. Uppgiften syns "
                    "genast för studerandena om den inte är dold.",
                ),
                tip(
                    "Slå på <b>Kräv att studerande klickar på knappen "
                    "Lämna in</b> om du inte vill att halvfärdiga utkast ska "
                    "bedömas."
                ),
            ],
        },
        "en": {
            "title": "Adding an assignment to a Moodle course",
            "slug": "moodle-add-assignment",
            "lead": (
                "With the Assignment activity, students submit their work in "
                "Moodle, and you give grades and feedback in the same place."
            ),
            "steps": [
                step(
                    "Turn on edit mode",
                    "Open the course and turn on <b>Edit mode</b> at the top "
                    "right of the page.",
                ),
                step(
                    "Add an activity",
                    "Select <b>Add an activity or resource</b> under the "
                    "section you want and then <b>Assignment</b>.",
                ),
                step(
                    "Give a name and instructions",
                    "Write a name and clear instructions for the assignment: "
                    "what to submit, in what format and how it will be graded.",
                ),
                step(
                    "Set the dates and submission type",
                    "Set the start and due dates under <b>Availability</b>. "
                    "Under <b>Submission types</b>, choose whether students "
                    "submit a file or online text.",
                ),
                step(
                    "Save",
                    "Select <b>Save and return to course</b>. Students see the "
                    "assignment at once unless it is hidden.",
                ),
                tip(
                    "Turn on <b>Require students to click the submit "
                    "button</b> if you do not want unfinished drafts to end up "
                    "being graded."
                ),
            ],
        },
    },
    {
        "competence": "ethics",
        "topics": ["Teams"],
        "level": "intermediate",
        "reviewed_days_ago": 25,
        "fi": {
            "title": "Tekoälyavusteisten chat-työkalujen hyvät käytännöt",
            "slug": "tekoalytyokalujen-hyvat-kaytannot",
            "lead": (
                "Tekoälyavusteinen chat auttaa tekstien luonnostelussa ja "
                "tiivistämisessä, mutta vastuu sisällöstä on aina käyttäjällä. "
                "Näillä periaatteilla käytät työkaluja turvallisesti."
            ),
            "steps": [
                step(
                    "Käytä organisaation tunnuksia",
                    "Kirjaudu Copilot-chatiin organisaation Microsoft 365 "
                    "-tunnuksilla. Silloin keskustelut pysyvät organisaation "
                    "suojauksen piirissä eikä niitä käytetä mallin "
                    "opettamiseen.",
                ),
                warning(
                    "Älä syötä mihinkään chat-työkaluun potilas- tai "
                    "asiakastietoja, henkilötunnuksia tai salassa pidettäviä "
                    "asiakirjoja."
                ),
                step(
                    "Tarkista vastaus aina",
                    "Tekoäly voi keksiä lähteitä ja lukuja. Tarkista tosiasiat "
                    "luotettavasta lähteestä ennen kuin käytät tekstiä.",
                ),
                step(
                    "Kerro tekoälyn käytöstä",
                    "Mainitse, jos olet käyttänyt tekoälyä esimerkiksi "
                    "opetusmateriaalin tai tiedotteen laatimisessa. Opetuksessa "
                    "noudata tiedekunnan linjauksia.",
                ),
                tip(
                    "Hyviä käyttötapoja ovat esimerkiksi kokousmuistion "
                    "jäsentely, sähköpostin sävyn muokkaaminen ja asiakasohjeen "
                    "selkokielisen version luonnostelu."
                ),
            ],
        },
        "sv": {
            "title": "God praxis för AI-baserade chattverktyg",
            "slug": "god-praxis-ai-verktyg",
            "lead": (
                "En AI-baserad chatt hjälper dig att skissa och sammanfatta "
                "texter, men ansvaret för innehållet ligger alltid hos "
                "användaren. Med de här principerna använder du verktygen "
                "tryggt."
            ),
            "steps": [
                step(
                    "Använd organisationens konto",
                    "Logga in i Copilot-chatten med organisationens Microsoft "
                    "365-konto. Då omfattas samtalen av organisationens skydd "
                    "och används inte för att träna modellen.",
                ),
                warning(
                    "Mata aldrig in patient- eller klientuppgifter, "
                    "personbeteckningar eller sekretessbelagda handlingar i "
                    "något chattverktyg."
                ),
                step(
                    "Kontrollera alltid svaret",
                    "AI kan hitta på källor och siffror. Kontrollera fakta i en "
                    "tillförlitlig källa innan du använder texten.",
                ),
                step(
                    "Berätta att du använt AI",
                    "Nämn om du har använt AI, till exempel när du har tagit "
                    "fram undervisningsmaterial eller ett meddelande. I "
                    "undervisningen följer du fakultetens riktlinjer.",
                ),
                tip(
                    "Bra användningssätt är till exempel att strukturera ett "
                    "mötesprotokoll, justera tonen i ett mejl och skissa en "
                    "lättläst version av en klientanvisning."
                ),
            ],
        },
        "en": {
            "title": "Good practices for AI chat tools",
            "slug": "good-practices-ai-tools",
            "lead": (
                "An AI chat tool helps you draft and summarise texts, but the "
                "user is always responsible for the content. Follow these "
                "principles to use the tools safely."
            ),
            "steps": [
                step(
                    "Use your organisation account",
                    "Sign in to Copilot Chat with your organisation's Microsoft "
                    "365 account. Your conversations then stay within the "
                    "organisation's protection and are not used to train the "
                    "model.",
                ),
                warning(
                    "Never enter patient or client data, personal identity "
                    "codes or confidential documents into any chat tool."
                ),
                step(
                    "Always check the answer",
                    "AI can make up sources and figures. Check the facts in a "
                    "reliable source before you use the text.",
                ),
                step(
                    "Say when you have used AI",
                    "Mention it if you have used AI, for example to prepare "
                    "teaching material or an announcement. In teaching, follow "
                    "your faculty's guidelines.",
                ),
                tip(
                    "Good uses include structuring meeting minutes, adjusting "
                    "the tone of an e-mail and drafting a plain-language "
                    "version of client instructions."
                ),
            ],
        },
    },
]

# Upcoming events. "days_ahead" counts from today; "start" is local time.
EVENTS = [
    {
        "days_ahead": 12,
        "start": "14:00",
        "minutes": 60,
        "kind": "network_meeting",
        "teams_link": (
            "https://teams.microsoft.com/l/meetup-join/"
            "19%3ameeting_NzQ1ZjJhYTMtOGRkNC00YzE2%40thread.v2/0"
        ),
        "fi": {
            "title": "Kuukausikokous: tietoturva teemana",
            "slug": "kuukausikokous-tietoturva",
            "place": "Teams",
            "lead": (
                "Verkoston kuukausikokouksessa tietohallinto kertoo "
                "ajankohtaisista tietoturvauhista ja Outlookin "
                "raportointityökalusta."
            ),
            "body": [
                ul(
                    "Ajankohtaiset kalasteluviestit ja niiden tunnistaminen",
                    "Toimintasuunnitelman hyväksyntä",
                    "Kuulumiset yksiköistä",
                ),
            ],
        },
        "sv": {
            "title": "Månadsmöte: informationssäkerhet i fokus",
            "slug": "manadsmote-informationssakerhet",
            "place": "Teams",
            "lead": (
                "På nätverkets månadsmöte berättar IT-förvaltningen om "
                "aktuella hot mot informationssäkerheten och om "
                "rapporteringsverktyget i Outlook."
            ),
            "body": [
                ul(
                    "Aktuella nätfiskemeddelanden och hur man känner igen dem",
                    "Godkännande av verksamhetsplanen",
                    "Nytt från enheterna",
                ),
            ],
        },
        "en": {
            "title": "Monthly meeting: information security",
            "slug": "monthly-meeting-information-security",
            "place": "Teams",
            "lead": (
                "At the network's monthly meeting, IT services talk about "
                "current security threats and the reporting tool in Outlook."
            ),
            "body": [
                ul(
                    "Current phishing messages and how to recognise them",
                    "Approval of the action plan",
                    "News from the units",
                ),
            ],
        },
    },
    {
        "days_ahead": 19,
        "start": "09:00",
        "minutes": 90,
        "kind": "training",
        "teams_link": (
            "https://teams.microsoft.com/l/meetup-join/"
            "19%3ameeting_MmI4YzE5ZDAtNTNmZS00OTc3%40thread.v2/0"
        ),
        "fi": {
            "title": "Teams-koulutus uusille digimentoreille",
            "slug": "teams-koulutus-uusille-digimentoreille",
            "place": "Teams",
            "lead": (
                "Käytännönläheinen koulutus Teamsin kokouksista, kanavista ja "
                "tiedostojen jakamisesta, jotta voit opastaa kollegoitasi."
            ),
            "body": [
                p(
                    "Koulutuksen vetävät kokeneet digimentorit. Varaa käyttöön "
                    "kaksi näyttöä tai tietokone ja puhelin, niin voit "
                    "harjoitella samalla."
                ),
                ul(
                    "Kokouksen luominen ja odotustila",
                    "Näytön jakaminen ja esittäminen",
                    "Kanavat, tiedostot ja ilmoitukset",
                ),
            ],
        },
        "sv": {
            "title": "Teams-utbildning för nya digimentorer",
            "slug": "teams-utbildning-nya-digimentorer",
            "place": "Teams",
            "lead": (
                "En praktisk utbildning om möten, kanaler och fildelning i "
                "Teams, så att du kan handleda dina kolleger."
            ),
            "body": [
                p(
                    "Utbildningen leds av erfarna digimentorer. Ha gärna två "
                    "skärmar eller en dator och en telefon till hands så att du "
                    "kan öva samtidigt."
                ),
                ul(
                    "Att skapa ett möte och använda lobbyn",
                    "Att dela skärmen och presentera",
                    "Kanaler, filer och aviseringar",
                ),
            ],
        },
        "en": {
            "title": "Teams training for new digimentors",
            "slug": "teams-training-new-digimentors",
            "place": "Teams",
            "lead": (
                "Hands-on training on Teams meetings, channels and file "
                "sharing, so that you can guide your colleagues."
            ),
            "body": [
                p(
                    "The session is run by experienced digimentors. Have two "
                    "screens, or a computer and a phone, at hand so that you "
                    "can practise along the way."
                ),
                ul(
                    "Creating a meeting and using the lobby",
                    "Sharing your screen and presenting",
                    "Channels, files and notifications",
                ),
            ],
        },
    },
    {
        "days_ahead": 26,
        "start": "10:00",
        "minutes": 300,
        "kind": "other",
        "teams_link": "",
        "fi": {
            "title": "Digitukipäivä keskussairaalan aulassa",
            "slug": "digitukipaiva-keskussairaala",
            "place": "Keskussairaala, pääaula",
            "lead": (
                "Digimentorit päivystävät keskussairaalan aulassa ja auttavat "
                "henkilöstöä ja asiakkaita digiasioissa. Ajanvarausta ei "
                "tarvita."
            ),
            "body": [
                ul(
                    "Microsoft Authenticatorin asentaminen ja puhelimen vaihto",
                    "Omakanta ja Omaolo asiakkaan omalla puhelimella",
                    "Uuden Outlookin asetukset",
                ),
            ],
        },
        "sv": {
            "title": "Digistöddag i centralsjukhusets aula",
            "slug": "digistoddag-centralsjukhuset",
            "place": "Centralsjukhuset, huvudaulan",
            "lead": (
                "Digimentorerna finns i centralsjukhusets aula och hjälper "
                "personal och klienter med digitala frågor. Ingen tidsbokning "
                "behövs."
            ),
            "body": [
                ul(
                    "Att installera Microsoft Authenticator och byta telefon",
                    "Mina Kanta-sidor och Omaolo på klientens egen telefon",
                    "Inställningarna i nya Outlook",
                ),
            ],
        },
        "en": {
            "title": "Digital help day in the Central Hospital lobby",
            "slug": "digital-help-day-central-hospital",
            "place": "Central Hospital, main lobby",
            "lead": (
                "Digimentors will be in the Central Hospital lobby helping "
                "staff and clients with digital questions. No appointment "
                "needed."
            ),
            "body": [
                ul(
                    "Installing Microsoft Authenticator and changing phones",
                    "My Kanta Pages and Omaolo on the client's own phone",
                    "Settings in the new Outlook",
                ),
            ],
        },
    },
    {
        "days_ahead": 33,
        "start": "13:00",
        "minutes": 120,
        "kind": "training",
        "teams_link": (
            "https://teams.microsoft.com/l/meetup-join/"
            "19%3ameeting_ZGE3OTBmNjItYzQ1MS00ZWQ4%40thread.v2/0"
        ),
        "fi": {
            "title": "Tekoälytyökalut työssä – etiikka ja tietosuoja",
            "slug": "tekoalytyokalut-etiikka-tietosuoja",
            "place": "Teams",
            "lead": (
                "Koulutus kaikille digimentoreille: mihin tekoälyavusteisia "
                "chat-työkaluja voi käyttää ja miten tietosuojasta "
                "huolehditaan."
            ),
            "body": [
                p(
                    "Kouluttajina ovat tietohallinnon tietoturva-asiantuntija "
                    "ja tutkimuspalveluiden tietosuoja-asiantuntija. Lopuksi "
                    "käydään läpi verkoston ohje tekoälytyökalujen hyvistä "
                    "käytännöistä."
                ),
            ],
        },
        "sv": {
            "title": "AI-verktyg i arbetet – etik och dataskydd",
            "slug": "ai-verktyg-etik-dataskydd",
            "place": "Teams",
            "lead": (
                "Utbildning för alla digimentorer: vad AI-baserade "
                "chattverktyg kan användas till och hur dataskyddet "
                "säkerställs."
            ),
            "body": [
                p(
                    "Utbildare är IT-förvaltningens informationssäkerhetsexpert "
                    "och forskningsservicens dataskyddsexpert. Till sist går "
                    "vi igenom nätverkets anvisning om god praxis för "
                    "AI-verktyg."
                ),
            ],
        },
        "en": {
            "title": "AI tools at work – ethics and data protection",
            "slug": "ai-tools-ethics-data-protection",
            "place": "Teams",
            "lead": (
                "Training for all digimentors: what AI chat tools can be used "
                "for and how to take care of data protection."
            ),
            "body": [
                p(
                    "The trainers are the information security specialist from "
                    "IT services and the data protection specialist from "
                    "research services. Finally, we go through the network's "
                    "guide on good practices for AI tools."
                ),
            ],
        },
    },
    {
        "days_ahead": 47,
        "start": "14:00",
        "minutes": 60,
        "kind": "network_meeting",
        "teams_link": (
            "https://teams.microsoft.com/l/meetup-join/"
            "19%3ameeting_OWY2ZTM0YjUtMjA4Ny00MWNh%40thread.v2/0"
        ),
        "fi": {
            "title": "Kuukausikokous: etävastaanoton kokemukset",
            "slug": "kuukausikokous-etavastaanotto",
            "place": "Teams",
            "lead": (
                "Kuukausikokouksessa päivystyksen ja terveysasemien "
                "digimentorit kertovat, miten etävastaanotot ovat sujuneet."
            ),
            "body": [
                ul(
                    "Kokemuksia etävastaanotoista päivystyksessä ja terveysasemilla",
                    "Uusien digimentoreiden valmennuksen tilanne",
                    "Kuulumiset yksiköistä",
                ),
            ],
        },
        "sv": {
            "title": "Månadsmöte: erfarenheter av distansmottagning",
            "slug": "manadsmote-distansmottagning",
            "place": "Teams",
            "lead": (
                "På månadsmötet berättar digimentorerna på jouren och "
                "hälsostationerna hur distansmottagningarna har fungerat."
            ),
            "body": [
                ul(
                    "Erfarenheter av distansmottagning på jouren och hälsostationerna",
                    "Läget i utbildningen av nya digimentorer",
                    "Nytt från enheterna",
                ),
            ],
        },
        "en": {
            "title": "Monthly meeting: experiences of remote appointments",
            "slug": "monthly-meeting-remote-appointments",
            "place": "Teams",
            "lead": (
                "At the monthly meeting, digimentors from the Emergency "
                "Department and health centres share how remote appointments "
                "have gone."
            ),
            "body": [
                ul(
                    "Experiences of remote appointments in the Emergency "
                    "Department and health centres",
                    "Progress of the training for new digimentors",
                    "News from the units",
                ),
            ],
        },
    },
]
