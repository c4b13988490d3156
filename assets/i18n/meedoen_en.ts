<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>CatalogueList</name>
        <message>
            <source>Gevonden activiteiten</source>
            <translation>Activities found</translation>
        </message>
        <message>
            <source>Niets gevonden. Probeer een ander woord.</source>
            <translation>Nothing found. Try another word.</translation>
        </message>
    </context>
    <context>
        <name>CataloguePage</name>
        <message>
            <source>Alle activiteiten</source>
            <translation>All activities</translation>
        </message>
        <message>
            <source>Dichtbij %1 staat bovenaan.</source>
            <translation>Closest to %1 first.</translation>
        </message>
        <message>
            <source>Filters verbergen</source>
            <translation>Hide filters</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filters</translation>
        </message>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Alles</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Alle buurten</source>
            <translation>All neighbourhoods</translation>
        </message>
        <message>
            <source>Buurt</source>
            <translation>Neighbourhood</translation>
        </message>
        <message numerus="yes">
            <source>%n gevonden</source>
            <translation>
                <numerusform>%n found</numerusform>
                <numerusform>%n found</numerusform>
            </translation>
        </message>
        <message>
            <source>Dichtbij jou staat bovenaan.</source>
            <translation>Closest to you first.</translation>
        </message>
        <message>
            <source>Dichtbij postcode %1 staat bovenaan.</source>
            <translation>Closest to postcode %1 first.</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPage</name>
        <message>
            <source>Op de wachtlijst?</source>
            <translation>Join the waiting list?</translation>
        </message>
        <message>
            <source>Aanmelden?</source>
            <translation>Sign up?</translation>
        </message>
        <message>
            <source>Zet me op de wachtlijst</source>
            <translation>Put me on the waiting list</translation>
        </message>
        <message>
            <source>Aanmelden</source>
            <translation>Sign up</translation>
        </message>
        <message>
            <source>Deze activiteit is vol. Je komt op de wachtlijst. Komt er een plek vrij, dan hoor je het van ons.</source>
            <translation>This activity is full. You will be on the waiting list. If a place becomes free, we will let you know.</translation>
        </message>
        <message>
            <source>Je vraagt een plek aan. De corporatie kijkt of het past en laat het je weten.</source>
            <translation>You are asking for a place. The housing corporation checks whether it fits and lets you know.</translation>
        </message>
    </context>
    <context>
        <name>ConsentPage</name>
        <message>
            <source>Wat doen we met je gegevens?</source>
            <translation>What do we do with your details?</translation>
        </message>
        <message>
            <source>We bewaren je naam, adres en hoe we je kunnen bereiken. Die hebben we nodig om je aanmelding te regelen. Voor andere dingen vragen we het je eerst. Zet een vinkje als je het goed vindt. Je kunt later altijd weer nee zeggen.</source>
            <translation>We keep your name, your address and how to reach you. We need them to arrange your sign-up. For anything else we ask you first. Tick a box if you agree. You can always say no later.</translation>
        </message>
        <message>
            <source>Zonder vinkjes kun je je ook gewoon aanmelden.</source>
            <translation>You can also sign up without ticking any box.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The database %1 cannot be opened.</source>
            <translation>The database %1 cannot be opened.</translation>
        </message>
        <message>
            <source>%1 is not a Meedoen database or it is damaged. It was not changed.</source>
            <translation>%1 is not a Meedoen database or it is damaged. It was not changed.</translation>
        </message>
        <message>
            <source>%1 was written by a newer version of Meedoen (schema %2, this version knows up to %3). Update Meedoen; the file was not changed.</source>
            <translation>%1 was written by a newer version of Meedoen (schema %2, this version knows up to %3). Update Meedoen; the file was not changed.</translation>
        </message>
        <message>
            <source>The database %1 cannot be written.</source>
            <translation>The database %1 cannot be written.</translation>
        </message>
        <message>
            <source>The database %1 could not be upgraded. It was left as it was.</source>
            <translation>The database %1 could not be upgraded. It was left as it was.</translation>
        </message>
    </context>
    <context>
        <name>DateOfBirthFields</name>
        <message>
            <source>Dag</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>dd</source>
            <translation>dd</translation>
        </message>
        <message>
            <source>Maand</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>mm</source>
            <translation>mm</translation>
        </message>
        <message>
            <source>Jaar</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>jjjj</source>
            <translation>yyyy</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <source>%1 m</source>
            <translation>%1 m</translation>
        </message>
        <message>
            <source>%1 km</source>
            <translation>%1 km</translation>
        </message>
        <message>
            <source>Plek genoeg</source>
            <translation>Plenty of room</translation>
        </message>
        <message>
            <source>Vol — wachtlijst</source>
            <translation>Full — waiting list</translation>
        </message>
        <message numerus="yes">
            <source>Nog %n plek(ken)</source>
            <translation>
                <numerusform>%n place left</numerusform>
                <numerusform>%n places left</numerusform>
            </translation>
        </message>
        <message>
            <source>Vrijwilligerswerk</source>
            <translation>Volunteering</translation>
        </message>
        <message>
            <source>Zelfbeheer</source>
            <translation>Self-management</translation>
        </message>
        <message>
            <source>Leren en werken</source>
            <translation>Learning and working</translation>
        </message>
        <message>
            <source>Wonen</source>
            <translation>Living</translation>
        </message>
        <message>
            <source>Leren</source>
            <translation>Learning</translation>
        </message>
        <message>
            <source>Werken</source>
            <translation>Working</translation>
        </message>
        <message>
            <source>Vrije tijd</source>
            <translation>Free time</translation>
        </message>
        <message>
            <source>Wacht op verzenden</source>
            <translation>Waiting to be sent</translation>
        </message>
        <message>
            <source>Verstuurd — we laten het je weten</source>
            <translation>Sent — we will let you know</translation>
        </message>
        <message>
            <source>Je bent aangenomen</source>
            <translation>You have been accepted</translation>
        </message>
        <message>
            <source>Op de wachtlijst: nummer %1</source>
            <translation>On the waiting list: number %1</translation>
        </message>
        <message>
            <source>Op de wachtlijst</source>
            <translation>On the waiting list</translation>
        </message>
        <message>
            <source>Niet gelukt: %1</source>
            <translation>Not possible: %1</translation>
        </message>
        <message>
            <source>Niet gelukt</source>
            <translation>Not possible</translation>
        </message>
        <message>
            <source>Afgemeld</source>
            <translation>Withdrawn</translation>
        </message>
    </context>
    <context>
        <name>IdentifyPage</name>
        <message>
            <source>Wie ben je?</source>
            <translation>Who are you?</translation>
        </message>
        <message>
            <source>Vul de persoonlijke code in die je eerder kreeg, en je geboortedatum.</source>
            <translation>Enter the personal code you were given before, and your date of birth.</translation>
        </message>
        <message>
            <source>Persoonlijke code</source>
            <translation>Personal code</translation>
        </message>
        <message>
            <source>12 tekens, bijvoorbeeld ABCD-EFGH-JKMN</source>
            <translation>12 characters, for example ABCD-EFGH-JKMN</translation>
        </message>
        <message>
            <source>Scan QR-code</source>
            <translation>Scan QR code</translation>
        </message>
        <message>
            <source>Lees je persoonlijke code met de camera</source>
            <translation>Read your personal code with the camera</translation>
        </message>
        <message>
            <source>Deze QR-code is geen persoonlijke code. Probeer de QR-code op je bon.</source>
            <translation>This QR code is not a personal code. Try the QR code on your receipt.</translation>
        </message>
    </context>
    <context>
        <name>IdleOverlay</name>
        <message>
            <source>Ben je er nog?</source>
            <translation>Are you still there?</translation>
        </message>
        <message numerus="yes">
            <source>Over %n seconde(n) wissen we alles wat je hebt ingevuld.</source>
            <translation>
                <numerusform>In %n second we will erase everything you filled in.</numerusform>
                <numerusform>In %n seconds we will erase everything you filled in.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ik ben er nog</source>
            <translation>I am still here</translation>
        </message>
    </context>
    <context>
        <name>KioskHomePage</name>
        <message>
            <source>Meedoen in je buurt</source>
            <translation>Take part in your neighbourhood</translation>
        </message>
        <message>
            <source>Doe mee als vrijwilliger, help je buurt zelf te beheren of leer een vak. Kies wat bij je past.</source>
            <translation>Volunteer, help run your neighbourhood yourselves or learn a trade. Choose what suits you.</translation>
        </message>
        <message>
            <source>Vrijwilligerswerk</source>
            <translation>Volunteering</translation>
        </message>
        <message>
            <source>Help mensen in je buurt</source>
            <translation>Help people in your neighbourhood</translation>
        </message>
        <message>
            <source>Zelfbeheer</source>
            <translation>Self-management</translation>
        </message>
        <message>
            <source>Samen een buurthuis, tuin of portiek beheren</source>
            <translation>Run a community centre, garden or stairwell together</translation>
        </message>
        <message>
            <source>Leren en werken</source>
            <translation>Learning and working</translation>
        </message>
        <message>
            <source>Stage, leerwerkplek of re-integratie</source>
            <translation>Internship, learn-work place or return to work</translation>
        </message>
        <message>
            <source>Of zoek zelf</source>
            <translation>Or search yourself</translation>
        </message>
        <message>
            <source>Bekijk alles</source>
            <translation>See everything</translation>
        </message>
        <message>
            <source>Na 1 minuut zonder aanraken wissen we alles wat je hebt ingevuld.</source>
            <translation>After 1 minute without a touch we erase everything you filled in.</translation>
        </message>
    </context>
    <context>
        <name>LanguageSwitch</name>
        <message>
            <source>Taal</source>
            <translation>Language</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Meedoen</source>
            <translation>Meedoen</translation>
        </message>
    </context>
    <context>
        <name>MySignupsPage</name>
        <message>
            <source>Mijn aanmeldingen</source>
            <translation>My sign-ups</translation>
        </message>
        <message>
            <source>Je hebt je op deze telefoon nog niet aangemeld. Kies een activiteit en meld je aan.</source>
            <translation>You have not signed up on this phone yet. Choose an activity and sign up.</translation>
        </message>
        <message>
            <source>Je persoonlijke code</source>
            <translation>Your personal code</translation>
        </message>
        <message>
            <source>QR-code van je persoonlijke code</source>
            <translation>QR code of your personal code</translation>
        </message>
        <message>
            <source>Aanmeldcode %1</source>
            <translation>Sign-up code %1</translation>
        </message>
        <message>
            <source>Afmelden</source>
            <translation>Withdraw</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Stap %1 van %2</source>
            <translation>Step %1 of %2</translation>
        </message>
    </context>
    <context>
        <name>OpportunityPage</name>
        <message>
            <source>Vanaf %1 jaar</source>
            <translation>From age %1</translation>
        </message>
        <message>
            <source>Nederlands op niveau %1 (%2)</source>
            <translation>Dutch at level %1 (%2)</translation>
        </message>
        <message>
            <source>eenvoudige gesprekken</source>
            <translation>simple conversations</translation>
        </message>
        <message>
            <source>gewone gesprekken</source>
            <translation>everyday conversations</translation>
        </message>
        <message>
            <source>Een bewijs (certificaat) als je klaar bent</source>
            <translation>A certificate when you finish</translation>
        </message>
        <message>
            <source>Van %1 tot %2</source>
            <translation>From %1 to %2</translation>
        </message>
        <message>
            <source>Vanaf %1</source>
            <translation>From %1</translation>
        </message>
        <message>
            <source>Wat ga je doen?</source>
            <translation>What will you do?</translation>
        </message>
        <message>
            <source>Met wie?</source>
            <translation>With whom?</translation>
        </message>
        <message>
            <source>Wanneer?</source>
            <translation>When?</translation>
        </message>
        <message>
            <source>Waar?</source>
            <translation>Where?</translation>
        </message>
        <message>
            <source>%1 hiervandaan</source>
            <translation>%1 from here</translation>
        </message>
        <message>
            <source>Wat vragen we?</source>
            <translation>What do we ask?</translation>
        </message>
        <message>
            <source>Wat krijg je?</source>
            <translation>What do you get?</translation>
        </message>
        <message>
            <source>Vragen? Neem contact op met</source>
            <translation>Questions? Contact</translation>
        </message>
        <message>
            <source>Zet me op de wachtlijst</source>
            <translation>Put me on the waiting list</translation>
        </message>
        <message>
            <source>Aanmelden</source>
            <translation>Sign up</translation>
        </message>
    </context>
    <context>
        <name>PageHeader</name>
        <message>
            <source>‹ Terug</source>
            <translation>‹ Back</translation>
        </message>
    </context>
    <context>
        <name>PhoneHomePage</name>
        <message>
            <source>Meedoen</source>
            <translation>Meedoen</translation>
        </message>
        <message>
            <source>Wat kun je doen in je buurt?</source>
            <translation>What can you do in your neighbourhood?</translation>
        </message>
        <message>
            <source>Mijn aanmeldingen (%1)</source>
            <translation>My sign-ups (%1)</translation>
        </message>
        <message>
            <source>Vrijwilligerswerk</source>
            <translation>Volunteering</translation>
        </message>
        <message>
            <source>Help mensen in je buurt</source>
            <translation>Help people in your neighbourhood</translation>
        </message>
        <message>
            <source>Zelfbeheer</source>
            <translation>Self-management</translation>
        </message>
        <message>
            <source>Samen een buurthuis, tuin of portiek beheren</source>
            <translation>Run a community centre, garden or stairwell together</translation>
        </message>
        <message>
            <source>Leren en werken</source>
            <translation>Learning and working</translation>
        </message>
        <message>
            <source>Stage, leerwerkplek of re-integratie</source>
            <translation>Internship, learn-work place or return to work</translation>
        </message>
        <message>
            <source>Bekijk alles</source>
            <translation>See everything</translation>
        </message>
    </context>
    <context>
        <name>QrScanView</name>
        <message>
            <source>Houd de QR-code van je persoonlijke code voor de camera</source>
            <translation>Hold the QR code of your personal code in front of the camera</translation>
        </message>
        <message>
            <source>Beeld van de camera</source>
            <translation>Camera view</translation>
        </message>
        <message>
            <source>De camera doet het niet. Geef de app toestemming om de camera te gebruiken, of typ je code over.</source>
            <translation>The camera is not working. Allow the app to use the camera, or type your code instead.</translation>
        </message>
        <message>
            <source>Er is geen camera gevonden. Typ je code over.</source>
            <translation>No camera was found. Type your code instead.</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ReceiptPage</name>
        <message>
            <source>Aangevraagd — we laten het je weten</source>
            <translation>Requested — we will let you know</translation>
        </message>
        <message>
            <source>Je staat op de lijst voor de wachtlijst van: %1</source>
            <translation>You asked for the waiting list of: %1</translation>
        </message>
        <message>
            <source>Je hebt een plek aangevraagd bij: %1</source>
            <translation>You asked for a place at: %1</translation>
        </message>
        <message>
            <source>De corporatie bevestigt je aanmelding. Dat kan een paar dagen duren.</source>
            <translation>The housing corporation will confirm your sign-up. That can take a few days.</translation>
        </message>
        <message>
            <source>Je aanmeldcode</source>
            <translation>Your sign-up code</translation>
        </message>
        <message>
            <source>Je aanmeldcode: %1</source>
            <translation>Your sign-up code: %1</translation>
        </message>
        <message>
            <source>QR-code van je aanmeldcode</source>
            <translation>QR code of your sign-up code</translation>
        </message>
        <message>
            <source>Je persoonlijke code. Schrijf hem op of maak een foto. Met deze code meld je je de volgende keer snel aan.</source>
            <translation>Your personal code. Write it down or take a photo. With this code you sign up quickly next time.</translation>
        </message>
        <message>
            <source>Klaar</source>
            <translation>Done</translation>
        </message>
    </context>
    <context>
        <name>RegisterAddressPage</name>
        <message>
            <source>Waar woon je?</source>
            <translation>Where do you live?</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Bijvoorbeeld 3083 BK</source>
            <translation>For example 3083 BK</translation>
        </message>
        <message>
            <source>Huisnummer</source>
            <translation>House number</translation>
        </message>
        <message>
            <source>Toevoeging (als je die hebt)</source>
            <translation>Addition (if you have one)</translation>
        </message>
    </context>
    <context>
        <name>RegisterAvailabilityPage</name>
        <message>
            <source>Wanneer heb je tijd?</source>
            <translation>When do you have time?</translation>
        </message>
        <message>
            <source>Tik op de vakjes die passen. Je mag ook niets kiezen.</source>
            <translation>Tap the boxes that fit. You may also choose nothing.</translation>
        </message>
        <message>
            <source>ma</source>
            <translation>Mon</translation>
        </message>
        <message>
            <source>di</source>
            <translation>Tue</translation>
        </message>
        <message>
            <source>wo</source>
            <translation>Wed</translation>
        </message>
        <message>
            <source>do</source>
            <translation>Thu</translation>
        </message>
        <message>
            <source>vr</source>
            <translation>Fri</translation>
        </message>
        <message>
            <source>za</source>
            <translation>Sat</translation>
        </message>
        <message>
            <source>zo</source>
            <translation>Sun</translation>
        </message>
        <message>
            <source>maandag</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>dinsdag</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>woensdag</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>donderdag</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>vrijdag</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>zaterdag</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>zondag</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <source>ochtend</source>
            <translation>morning</translation>
        </message>
        <message>
            <source>middag</source>
            <translation>afternoon</translation>
        </message>
        <message>
            <source>avond</source>
            <translation>evening</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
    </context>
    <context>
        <name>RegisterBirthPage</name>
        <message>
            <source>Wat is je geboortedatum?</source>
            <translation>What is your date of birth?</translation>
        </message>
        <message>
            <source>Je moet 16 jaar of ouder zijn om mee te doen.</source>
            <translation>You must be 16 or older to take part.</translation>
        </message>
    </context>
    <context>
        <name>RegisterContactPage</name>
        <message>
            <source>Hoe kunnen we je bereiken?</source>
            <translation>How can we reach you?</translation>
        </message>
        <message>
            <source>Vul je telefoonnummer of je e-mailadres in. Eén van de twee is genoeg.</source>
            <translation>Enter your phone number or your email address. One of the two is enough.</translation>
        </message>
        <message>
            <source>Telefoonnummer</source>
            <translation>Phone number</translation>
        </message>
        <message>
            <source>Bijvoorbeeld 06 12345678</source>
            <translation>For example 06 12345678</translation>
        </message>
        <message>
            <source>E-mailadres</source>
            <translation>Email address</translation>
        </message>
        <message>
            <source>Bijvoorbeeld naam@voorbeeld.nl</source>
            <translation>For example name@example.nl</translation>
        </message>
    </context>
    <context>
        <name>RegisterInterestsPage</name>
        <message>
            <source>Wat doe je graag?</source>
            <translation>What do you like doing?</translation>
        </message>
        <message>
            <source>Kies zo veel als je wilt. Je mag ook niets kiezen.</source>
            <translation>Choose as many as you like. You may also choose nothing.</translation>
        </message>
    </context>
    <context>
        <name>RegisterNamePage</name>
        <message>
            <source>Hoe heet je?</source>
            <translation>What is your name?</translation>
        </message>
        <message>
            <source>Voornaam</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Achternaam</source>
            <translation>Last name</translation>
        </message>
    </context>
    <context>
        <name>RegistrationController</name>
        <message>
            <source>Vul je telefoonnummer of je e-mailadres in. Dan kunnen we je bereiken.</source>
            <translation>Enter your phone number or your email address, so we can reach you.</translation>
        </message>
        <message>
            <source>Vul je geboortedatum in: dag, maand en jaar.</source>
            <translation>Enter your date of birth: day, month and year.</translation>
        </message>
        <message>
            <source>Deze datum bestaat niet. Kijk dag, maand en jaar nog eens na.</source>
            <translation>This date does not exist. Check the day, month and year again.</translation>
        </message>
        <message>
            <source>Vul je persoonlijke code in. Je vindt hem op je bon.</source>
            <translation>Enter your personal code. You find it on your receipt.</translation>
        </message>
        <message>
            <source>Deze code klopt niet. Kijk nog eens op je bon: 12 tekens, zoals ABCD-EFGH-JKMN.</source>
            <translation>This code is not right. Look at your receipt again: 12 characters, like ABCD-EFGH-JKMN.</translation>
        </message>
        <message>
            <source>Schrijf in een paar woorden waarom je dit wilt.</source>
            <translation>Write in a few words why you want this.</translation>
        </message>
        <message>
            <source>Kies wanneer je wilt beginnen.</source>
            <translation>Choose when you want to start.</translation>
        </message>
        <message>
            <source>Nieuws uit je buurt</source>
            <translation>News from your neighbourhood</translation>
        </message>
        <message>
            <source>We mogen je bellen, appen of mailen over nieuwe activiteiten in je buurt.</source>
            <translation>We may call, text or email you about new activities in your neighbourhood.</translation>
        </message>
        <message>
            <source>Tips die bij je passen</source>
            <translation>Tips that suit you</translation>
        </message>
        <message>
            <source>We mogen je interesses en je vrije tijd gebruiken om activiteiten voor je te zoeken.</source>
            <translation>We may use your interests and your free time to find activities for you.</translation>
        </message>
        <message>
            <source>Gegevens delen met de organisatie</source>
            <translation>Share details with the organiser</translation>
        </message>
        <message>
            <source>We mogen je naam en telefoonnummer geven aan de organisatie van de activiteit. Zij nemen dan zelf contact met je op.</source>
            <translation>We may give your name and phone number to the organiser of the activity. They will then contact you themselves.</translation>
        </message>
        <message>
            <source>Er klopt nog iets niet. Kijk naar de rode meldingen.</source>
            <translation>Something is not right yet. Look at the red messages.</translation>
        </message>
        <message>
            <source>Opslaan lukte niet. Probeer het nog een keer, of vraag hulp bij de balie.</source>
            <translation>Saving did not work. Try again, or ask for help at the desk.</translation>
        </message>
        <message>
            <source>Taal en lezen</source>
            <translation>Language and reading</translation>
        </message>
        <message>
            <source>Kinderen</source>
            <translation>Children</translation>
        </message>
        <message>
            <source>Ouderen</source>
            <translation>Older people</translation>
        </message>
        <message>
            <source>Klussen</source>
            <translation>Odd jobs</translation>
        </message>
        <message>
            <source>Tuin en groen</source>
            <translation>Gardening</translation>
        </message>
        <message>
            <source>Koken</source>
            <translation>Cooking</translation>
        </message>
        <message>
            <source>Sport</source>
            <translation>Sport</translation>
        </message>
        <message>
            <source>Muziek</source>
            <translation>Music</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Computers</translation>
        </message>
        <message>
            <source>Techniek</source>
            <translation>Technology</translation>
        </message>
        <message>
            <source>Administratie</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>Winkel</source>
            <translation>Shop</translation>
        </message>
        <message>
            <source>Schoonmaken</source>
            <translation>Cleaning</translation>
        </message>
        <message>
            <source>Veiligheid</source>
            <translation>Safety</translation>
        </message>
        <message>
            <source>Zorg</source>
            <translation>Care</translation>
        </message>
    </context>
    <context>
        <name>SearchField</name>
        <message>
            <source>Zoek op woord, bijvoorbeeld tuin of taal</source>
            <translation>Search by word, for example garden or language</translation>
        </message>
        <message>
            <source>Zoeken</source>
            <translation>Search</translation>
        </message>
    </context>
    <context>
        <name>SignupStartPage</name>
        <message>
            <source>Aanmelden</source>
            <translation>Sign up</translation>
        </message>
        <message>
            <source>Ik ben nieuw</source>
            <translation>I am new</translation>
        </message>
        <message>
            <source>Je vult een paar vragen in. Dat duurt ongeveer 2 minuten.</source>
            <translation>You answer a few questions. That takes about 2 minutes.</translation>
        </message>
        <message>
            <source>Ik heb een persoonlijke code</source>
            <translation>I have a personal code</translation>
        </message>
        <message>
            <source>Je kreeg die code de vorige keer op je bon.</source>
            <translation>You got that code on your receipt last time.</translation>
        </message>
    </context>
    <context>
        <name>StaffController</name>
        <message>
            <source>Geen plaats meer</source>
            <translation>No places left</translation>
        </message>
        <message>
            <source>Past niet bij de eisen</source>
            <translation>Does not meet the requirements</translation>
        </message>
        <message>
            <source>Niet bereikbaar</source>
            <translation>Not reachable</translation>
        </message>
        <message>
            <source>Geen huurder in dit gebied</source>
            <translation>Not a tenant in this area</translation>
        </message>
        <message>
            <source>Op verzoek van de huurder</source>
            <translation>At the tenant's request</translation>
        </message>
        <message>
            <source>Anders</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Deze tablet is nog niet gekoppeld aan de server. Vraag de beheerder om een koppelcode.</source>
            <translation>This tablet is not linked to the server yet. Ask the administrator for a link code.</translation>
        </message>
        <message>
            <source>Vul uw gebruikersnaam en wachtwoord in.</source>
            <translation>Enter your user name and password.</translation>
        </message>
        <message>
            <source>De aanmelding kon niet worden opgeslagen.</source>
            <translation>The sign-up could not be saved.</translation>
        </message>
        <message>
            <source>Geen verbinding met de server. Aanmelden met wachtwoord kan alleen online.</source>
            <translation>No connection to the server. Signing in with a password only works online.</translation>
        </message>
        <message>
            <source>Gebruikersnaam of wachtwoord klopt niet.</source>
            <translation>User name or password is not right.</translation>
        </message>
        <message>
            <source>U werkt niet op de locatie van deze tablet.</source>
            <translation>You do not work at this tablet's site.</translation>
        </message>
        <message>
            <source>Te vaak een verkeerd wachtwoord. De beheerder moet uw account vrijgeven.</source>
            <translation>Too many wrong passwords. The administrator must unlock your account.</translation>
        </message>
        <message numerus="yes">
            <source>Te veel pogingen. Probeer het over %n seconde(n) opnieuw.</source>
            <translation>
                <numerusform>Too many attempts. Try again in %n second.</numerusform>
                <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>De server gaf een fout (%1). Probeer het later opnieuw.</source>
            <translation>The server returned an error (%1). Try again later.</translation>
        </message>
        <message>
            <source>De twee pincodes zijn niet gelijk.</source>
            <translation>The two PINs are not the same.</translation>
        </message>
        <message>
            <source>Kies 5 tot 12 cijfers, niet allemaal hetzelfde en geen reeks zoals 12345.</source>
            <translation>Choose 5 to 12 digits, not all the same and not a sequence like 12345.</translation>
        </message>
        <message>
            <source>De pincode kon niet worden opgeslagen.</source>
            <translation>The PIN could not be saved.</translation>
        </message>
        <message numerus="yes">
            <source>Pincode klopt niet. Probeer het over %n seconde(n) opnieuw.</source>
            <translation>
                <numerusform>The PIN is not right. Try again in %n second.</numerusform>
                <numerusform>The PIN is not right. Try again in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>Pincode klopt niet.</source>
            <translation>The PIN is not right.</translation>
        </message>
        <message>
            <source>Meld u eerst online aan met uw wachtwoord.</source>
            <translation>First sign in online with your password.</translation>
        </message>
        <message>
            <source>Ontgrendel de tablet eerst met uw pincode.</source>
            <translation>Unlock the tablet with your PIN first.</translation>
        </message>
        <message>
            <source>Opslaan is niet gelukt.</source>
            <translation>Saving did not work.</translation>
        </message>
        <message>
            <source>Deze aanmelding is niet (meer) bekend op deze tablet.</source>
            <translation>This sign-up is not (or no longer) known on this tablet.</translation>
        </message>
        <message>
            <source>Dit besluit past niet bij de huidige stand van de aanmelding.</source>
            <translation>This decision does not fit the current state of the sign-up.</translation>
        </message>
        <message>
            <source>Kies of schrijf een reden voor de afwijzing.</source>
            <translation>Choose or write a reason for declining.</translation>
        </message>
        <message>
            <source>De reden mag één regel van hoogstens 200 tekens zijn.</source>
            <translation>The reason may be one line of at most 200 characters.</translation>
        </message>
        <message>
            <source>Het bericht aan de huurder mag hoogstens 2000 tekens zijn.</source>
            <translation>The message to the tenant may be at most 2000 characters.</translation>
        </message>
        <message>
            <source>Deze activiteit bestaat niet meer.</source>
            <translation>This activity no longer exists.</translation>
        </message>
        <message>
            <source>Controleer het veld "%1".</source>
            <translation>Check the field "%1".</translation>
        </message>
        <message numerus="yes">
            <source>Er zijn al %n bevestigde deelnemer(s). De capaciteit kan niet lager dan dat.</source>
            <translation>
                <numerusform>There is already %n confirmed participant. The capacity cannot be lower than that.</numerusform>
                <numerusform>There are already %n confirmed participants. The capacity cannot be lower than that.</numerusform>
            </translation>
        </message>
        <message>
            <source>Vul een datum (JJJJ-MM-DD) en 0 tot 1440 minuten in.</source>
            <translation>Enter a date (YYYY-MM-DD) and 0 to 1440 minutes.</translation>
        </message>
        <message>
            <source>De toelichting mag één regel van hoogstens 200 tekens zijn.</source>
            <translation>The note may be one line of at most 200 characters.</translation>
        </message>
        <message>
            <source>De map voor exports is niet beschikbaar.</source>
            <translation>The export folder is not available.</translation>
        </message>
        <message>
            <source>Het bestand kon niet worden geschreven.</source>
            <translation>The file could not be written.</translation>
        </message>
        <message>
            <source>Opgeslagen als %1</source>
            <translation>Saved as %1</translation>
        </message>
        <message>
            <source>Kies waarmee u de huurder hebt gecontroleerd: huurdernummer of adres.</source>
            <translation>Choose what you checked the tenant against: tenant number or address.</translation>
        </message>
        <message>
            <source>Vul een datum in als 2026-12-01 of 1-12-2026.</source>
            <translation>Enter a date like 2026-12-01 or 1-12-2026.</translation>
        </message>
        <message>
            <source>Controleer dit veld.</source>
            <translation>Please check this field.</translation>
        </message>
        <message numerus="yes">
            <source>Controleer de %n gemarkeerde velden.</source>
            <translation>
                <numerusform>Please check the marked field.</numerusform>
                <numerusform>Please check the %n marked fields.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StaffExit</name>
        <message>
            <source>Alleen voor medewerkers</source>
            <translation>Staff only</translation>
        </message>
        <message>
            <source>Typ de pincode om de kiosk te verlaten.</source>
            <translation>Type the PIN to leave the kiosk.</translation>
        </message>
        <message>
            <source>Er is geen pincode ingesteld op dit apparaat.</source>
            <translation>No PIN has been set on this device.</translation>
        </message>
        <message>
            <source>Pincode</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Die pincode klopt niet.</source>
            <translation>That PIN is not right.</translation>
        </message>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Verlaten</source>
            <translation>Leave</translation>
        </message>
    </context>
    <context>
        <name>StaffHomePage</name>
        <message>
            <source>Meedoen — medewerkers</source>
            <translation>Meedoen — staff</translation>
        </message>
        <message numerus="yes">
            <source>%n activiteit(en) in de catalogus</source>
            <translation>
                <numerusform>%n activity in the catalogue</numerusform>
                <numerusform>%n activities in the catalogue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The data folder %1 cannot be created or opened.</source>
            <translation>The data folder %1 cannot be created or opened.</translation>
        </message>
        <message>
            <source>The catalogue %1 cannot be read.</source>
            <translation>The catalogue %1 cannot be read.</translation>
        </message>
        <message>
            <source>The catalogue %1 is not valid at %2: %3</source>
            <translation>The catalogue %1 is not valid at %2: %3</translation>
        </message>
        <message>
            <source>The catalogue could not be saved.</source>
            <translation>The catalogue could not be saved.</translation>
        </message>
    </context>
    <context>
        <name>StepPage</name>
        <message>
            <source>Volgende</source>
            <translation>Next</translation>
        </message>
    </context>
    <context>
        <name>SyncClient</name>
        <message>
            <source>Deze code werkt niet (meer). Vraag een nieuwe code aan.</source>
            <translation>This code does not work (any more). Ask for a new code.</translation>
        </message>
        <message>
            <source>De server is niet bereikbaar. Probeer het later opnieuw.</source>
            <translation>The server cannot be reached. Try again later.</translation>
        </message>
        <message>
            <source>Het apparaat kon de koppeling niet opslaan.</source>
            <translation>The device could not save the link.</translation>
        </message>
    </context>
    <context>
        <name>TrainingPage</name>
        <message>
            <source>Over deze leerplek</source>
            <translation>About this training place</translation>
        </message>
        <message>
            <source>Waarom wil je dit doen?</source>
            <translation>Why do you want to do this?</translation>
        </message>
        <message>
            <source>Schrijf het in je eigen woorden. Een paar zinnen is genoeg.</source>
            <translation>Write it in your own words. A few sentences are enough.</translation>
        </message>
        <message>
            <source>Wanneer wil je beginnen?</source>
            <translation>When do you want to start?</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Vul je postcode in zoals 1234 AB.</source>
            <translation>Enter your postcode like 1234 AB.</translation>
        </message>
        <message>
            <source>Deze postcode bestaat niet. Kijk of je hem goed hebt ingevuld.</source>
            <translation>This postcode does not exist. Check that you entered it correctly.</translation>
        </message>
        <message>
            <source>Vul je huisnummer in.</source>
            <translation>Enter your house number.</translation>
        </message>
        <message>
            <source>Vul je huisnummer in met cijfers, zoals 12 of 12a.</source>
            <translation>Enter your house number in digits, like 12 or 12a.</translation>
        </message>
        <message>
            <source>Een huisnummer ligt tussen %1 en %2.</source>
            <translation>A house number is between %1 and %2.</translation>
        </message>
        <message>
            <source>Vul de toevoeging maar op één plek in: bij het huisnummer of bij de toevoeging.</source>
            <translation>Enter the addition in one place only: with the house number or in the addition field.</translation>
        </message>
        <message>
            <source>Een toevoeging bestaat uit letters en cijfers, zoals A of 2.</source>
            <translation>An addition is made of letters and digits, like A or 2.</translation>
        </message>
        <message>
            <source>Een toevoeging heeft hoogstens %1 tekens.</source>
            <translation>An addition has at most %1 characters.</translation>
        </message>
        <message>
            <source>Vul je telefoonnummer in.</source>
            <translation>Enter your phone number.</translation>
        </message>
        <message>
            <source>Vul je telefoonnummer in zoals 06 12345678 of +32 470 123456. Gebruik alleen cijfers, spaties en streepjes.</source>
            <translation>Enter your phone number like 06 12345678 or +32 470 123456. Use only digits, spaces and hyphens.</translation>
        </message>
        <message>
            <source>Dit telefoonnummer heeft te veel of te weinig cijfers. Een Nederlands nummer heeft 10 cijfers, zoals 06 12345678.</source>
            <translation>This phone number has too many or too few digits. A Dutch number has 10 digits, like 06 12345678.</translation>
        </message>
        <message>
            <source>Vul je e-mailadres in.</source>
            <translation>Enter your email address.</translation>
        </message>
        <message>
            <source>Dit e-mailadres klopt niet. Vul het in zoals naam@voorbeeld.nl.</source>
            <translation>This email address is not right. Enter it like name@example.nl.</translation>
        </message>
        <message>
            <source>Dit e-mailadres is te lang.</source>
            <translation>This email address is too long.</translation>
        </message>
        <message>
            <source>Vul je naam in.</source>
            <translation>Enter your name.</translation>
        </message>
        <message>
            <source>Een naam bestaat uit letters. Spaties, ' - en . mogen ook. Cijfers en andere tekens mogen niet.</source>
            <translation>A name is made of letters. Spaces, ' - and . are allowed too. Digits and other characters are not.</translation>
        </message>
        <message>
            <source>Een naam heeft minstens één letter.</source>
            <translation>A name has at least one letter.</translation>
        </message>
        <message>
            <source>Deze naam is te lang. Een naam heeft hoogstens %1 tekens.</source>
            <translation>This name is too long. A name has at most %1 characters.</translation>
        </message>
        <message>
            <source>Vul je geboortedatum in, zoals 31-12-1990.</source>
            <translation>Enter your date of birth, like 31-12-1990.</translation>
        </message>
        <message>
            <source>Deze geboortedatum ligt in de toekomst. Kijk of je hem goed hebt ingevuld.</source>
            <translation>This date of birth is in the future. Check that you entered it correctly.</translation>
        </message>
        <message numerus="yes">
            <source>Je moet minstens %n jaar zijn om mee te doen.</source>
            <translation>
                <numerusform>You must be at least %n year old to take part.</numerusform>
                <numerusform>You must be at least %n years old to take part.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Kijk je geboortedatum na: dan zou je ouder zijn dan %n jaar.</source>
            <translation>
                <numerusform>Check your date of birth: it would make you older than %n year.</numerusform>
                <numerusform>Check your date of birth: it would make you older than %n years.</numerusform>
            </translation>
        </message>
        <message>
            <source>Er staat een onleesbaar teken in de tekst. Typ de tekst opnieuw.</source>
            <translation>The text contains an unreadable character. Type the text again.</translation>
        </message>
        <message>
            <source>Schrijf dit op één regel, zonder enter of tab.</source>
            <translation>Write this on one line, without Enter or Tab.</translation>
        </message>
        <message>
            <source>Er staat een onzichtbaar teken in de tekst dat hier niet mag. Haal het weg en probeer het opnieuw.</source>
            <translation>The text contains an invisible character that is not allowed here. Remove it and try again.</translation>
        </message>
        <message>
            <source>Vul dit veld in.</source>
            <translation>Fill in this field.</translation>
        </message>
        <message>
            <source>Deze tekst is te lang. Je mag hoogstens %1 tekens gebruiken, nu zijn het er %2.</source>
            <translation>This text is too long. You may use at most %1 characters; now there are %2.</translation>
        </message>
        <message>
            <source>Deze code mag alleen kleine letters, cijfers en streepjes bevatten (hoogstens %1 tekens).</source>
            <translation>This code may only contain lower-case letters, digits and hyphens (at most %1 characters).</translation>
        </message>
        <message>
            <source>Een huurdersnummer bestaat uit letters, cijfers en streepjes.</source>
            <translation>A tenant number is made of letters, digits and hyphens.</translation>
        </message>
        <message>
            <source>Een huurdersnummer heeft hoogstens %1 tekens.</source>
            <translation>A tenant number has at most %1 characters.</translation>
        </message>
        <message>
            <source>Vul je telefoonnummer of je e-mailadres in, zodat we je kunnen bereiken.</source>
            <translation>Enter your phone number or your email address, so we can reach you.</translation>
        </message>
        <message>
            <source>Het aantal plaatsen kan niet negatief zijn. Vul 0 in voor onbeperkt.</source>
            <translation>The number of places cannot be negative. Enter 0 for unlimited.</translation>
        </message>
        <message>
            <source>De minimumleeftijd ligt tussen 0 en %1 jaar.</source>
            <translation>The minimum age is between 0 and %1 years.</translation>
        </message>
        <message>
            <source>De einddatum ligt vóór de startdatum.</source>
            <translation>The end date is before the start date.</translation>
        </message>
        <message>
            <source>Kies wat voor leerplek dit is: stage, leerwerkplek of re-integratieplek.</source>
            <translation>Choose what kind of training place this is: internship, learn-work place or return-to-work place.</translation>
        </message>
        <message>
            <source>Alleen een leerplek heeft een soort leerplek.</source>
            <translation>Only a training place has a kind of training place.</translation>
        </message>
        <message>
            <source>De plek op de kaart klopt niet.</source>
            <translation>The place on the map is not right.</translation>
        </message>
    </context>
    <context>
        <name>Wire</name>
        <message>
            <source>This field is required.</source>
            <translation>This field is required.</translation>
        </message>
        <message>
            <source>This field must be text.</source>
            <translation>This field must be text.</translation>
        </message>
        <message>
            <source>This must be a whole number from %1 to %2.</source>
            <translation>This must be a whole number from %1 to %2.</translation>
        </message>
        <message>
            <source>This must be a number from %1 to %2.</source>
            <translation>This must be a number from %1 to %2.</translation>
        </message>
        <message>
            <source>This must be true or false.</source>
            <translation>This must be true or false.</translation>
        </message>
        <message>
            <source>This must be a date like 2026-12-31.</source>
            <translation>This must be a date like 2026-12-31.</translation>
        </message>
        <message>
            <source>This must be a list.</source>
            <translation>This must be a list.</translation>
        </message>
        <message>
            <source>Each entry must be a short key of lower-case letters, digits and hyphens.</source>
            <translation>Each entry must be a short key of lower-case letters, digits and hyphens.</translation>
        </message>
        <message>
            <source>This must be an object.</source>
            <translation>This must be an object.</translation>
        </message>
        <message>
            <source>This value is not one of the allowed ones.</source>
            <translation>This value is not one of the allowed ones.</translation>
        </message>
        <message>
            <source>This field is not known.</source>
            <translation>This field is not known.</translation>
        </message>
        <message>
            <source>This site is not known.</source>
            <translation>This site is not known.</translation>
        </message>
        <message>
            <source>This is not a personal code.</source>
            <translation>This is not a personal code.</translation>
        </message>
        <message>
            <source>This must be a time like 2026-12-31T09:00:00Z.</source>
            <translation>This must be a time like 2026-12-31T09:00:00Z.</translation>
        </message>
        <message>
            <source>This is not a reference code.</source>
            <translation>This is not a reference code.</translation>
        </message>
        <message>
            <source>The catalogue is not valid JSON: %1.</source>
            <translation>The catalogue is not valid JSON: %1.</translation>
        </message>
        <message>
            <source>This is not a Meedoen catalogue (format %1).</source>
            <translation>This is not a Meedoen catalogue (format %1).</translation>
        </message>
    </context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%n aanmelding(en) wachten op verzending.</source>
        <translation>
            <numerusform>%n sign-up is waiting to be sent.</numerusform>
            <numerusform>%n sign-ups are waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Er is nu geen verbinding; we sturen ze zodra het weer kan.</source>
        <translation>There is no connection right now; we will send them as soon as we can.</translation>
    </message>
    <message>
        <source>Alles is verstuurd. Laatst bijgewerkt om %1.</source>
        <translation>Everything has been sent. Last updated at %1.</translation>
    </message>
</context>
    <context>
        <name>StaffDashboardPage</name>
        <message>
            <source>Cijfers van de server, stand van %1.</source>
            <translation>Figures from the server, as of %1.</translation>
        </message>
        <message>
            <source>Geen verbinding met de server: berekend uit de gegevens op deze tablet, bijgewerkt tot %1.</source>
            <translation>No connection to the server: computed from this tablet's copy, up to date until %1.</translation>
        </message>
        <message>
            <source>Geen verbinding met de server: berekend uit de gegevens op deze tablet.</source>
            <translation>No connection to the server: computed from this tablet's copy.</translation>
        </message>
    </context>
    <context>
        <name>StaffNewVolunteersPage</name>
        <message>
            <source>Huurdernummer klopt</source>
            <translation>Tenant number matches</translation>
        </message>
        <message>
            <source>Huurdernummer van %1 klopt</source>
            <translation>Tenant number of %1 matches</translation>
        </message>
        <message>
            <source>Adres klopt</source>
            <translation>Address matches</translation>
        </message>
        <message>
            <source>Adres van %1 klopt</source>
            <translation>Address of %1 matches</translation>
        </message>
    </context>
    <context>
        <name>StaffOpportunityEditor</name>
        <message>
            <source>Startdatum (leeg = doorlopend)</source>
            <translation>Start date (empty = ongoing)</translation>
        </message>
        <message>
            <source>JJJJ-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>Einddatum (leeg = geen einde)</source>
            <translation>End date (empty = no end)</translation>
        </message>
        <message>
            <source>Contactpersoon</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Telefoon contactpersoon</source>
            <translation>Contact person's phone</translation>
        </message>
        <message>
            <source>E-mail contactpersoon</source>
            <translation>Contact person's e-mail</translation>
        </message>
    </context>
</TS>
