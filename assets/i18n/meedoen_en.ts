<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CandidateMatch</name>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Turks</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <source>Arabisch</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Polish</translation>
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
        <source>%1%2</source>
        <comment>A weekday (%1) and a part of the day (%2), one word in Dutch: dinsdagochtend</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Interesse: %1</source>
        <translation>Interest: %1</translation>
    </message>
    <message numerus="yes">
        <source>Beschikbaar: %1 en nog %n dagdelen</source>
        <translation>
            <numerusform>Available: %1 and %n more time slot</numerusform>
            <numerusform>Available: %1 and %n more time slots</numerusform>
        </translation>
    </message>
    <message>
        <source>Beschikbaar: %1</source>
        <translation>Available: %1</translation>
    </message>
    <message>
        <source>Tijden in overleg</source>
        <translation>Times by arrangement</translation>
    </message>
    <message>
        <source>Woont in %1</source>
        <translation>Lives in %1</translation>
    </message>
    <message>
        <source>Spreekt %1</source>
        <translation>Speaks %1</translation>
    </message>
</context>
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
    <message>
        <source>Alleen dichtbij</source>
        <translation>Only nearby</translation>
    </message>
    <message>
        <source>Ook verder weg (%1)</source>
        <translation>Also further away (%1)</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Deze activiteit is vol. Je komt op de wachtlijst. Komt er een plek vrij, dan hoor je het van ons.</source>
        <translation>This activity is full. You will be on the waiting list. If a place becomes free, we will let you know.</translation>
    </message>
    <message>
        <source>Je vraagt een plek aan. De corporatie kijkt of het past en laat het je weten.</source>
        <translation>You are asking for a place. The housing corporation checks whether it fits and lets you know.</translation>
    </message>
    <message>
        <source>Inschrijven?</source>
        <translation>Register?</translation>
    </message>
    <message>
        <source>Inschrijven</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Je wordt ingeschreven bij de corporatie. Je krijgt een bon met je persoonlijke code; daarna kun je je meteen aanmelden voor activiteiten.</source>
        <translation>You are registered with the housing corporation. You get a receipt with your personal code; then you can sign up for activities straight away.</translation>
    </message>
    <message>
        <source>Klopt dit?</source>
        <translation>Is this right?</translation>
    </message>
    <message>
        <source>Versturen</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Niets gekozen</source>
        <translation>Nothing chosen</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Persoonlijke code</source>
        <translation>Personal code</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telefoonnummer</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>E-mailadres</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>Huurdersnummer</source>
        <translation>Tenant number</translation>
    </message>
    <message>
        <source>Wat je graag doet</source>
        <translation>What you like doing</translation>
    </message>
    <message>
        <source>Talen die je spreekt</source>
        <translation>Languages you speak</translation>
    </message>
    <message>
        <source>Wanneer je tijd hebt</source>
        <translation>When you have time</translation>
    </message>
    <message>
        <source>Waar je ja tegen zegt</source>
        <translation>What you say yes to</translation>
    </message>
    <message>
        <source>Nergens: geen vinkjes gezet</source>
        <translation>Nothing: no boxes ticked</translation>
    </message>
    <message>
        <source>Waarom je dit wilt doen</source>
        <translation>Why you want to do this</translation>
    </message>
    <message>
        <source>Wanneer je wilt beginnen</source>
        <translation>When you want to start</translation>
    </message>
    <message>
        <source>Wijzig</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Wijzig: %1</source>
        <translation>Change: %1</translation>
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
    <name>ContrastSwitch</name>
    <message>
        <source>Sterk contrast</source>
        <translation>High contrast</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseScreen</name>
    <message>
        <source>De gegevens op dit apparaat waren beschadigd</source>
        <translation>The data on this device was damaged</translation>
    </message>
    <message>
        <source>Meedoen heeft het bestand apart gezet. Er is niets gewist. De beheerder vindt het als %1.</source>
        <translation>Meedoen has put the file aside. Nothing was deleted. The administrator can find it as %1.</translation>
    </message>
    <message>
        <source>Koppel dit apparaat opnieuw aan de server van de corporatie. Daarna haalt het alles weer op. Vraag een medewerker om hulp.</source>
        <translation>Connect this device to the housing corporation&apos;s server again. Then it will fetch everything again. Ask a staff member for help.</translation>
    </message>
    <message>
        <source>Opnieuw koppelen</source>
        <translation>Connect again</translation>
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
    <name>DeviceEnrollment</name>
    <message>
        <source>Bezig met koppelen…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Vul het adres van de server in, bijvoorbeeld https://meedoen.corporatie.nl.</source>
        <translation>Fill in the server&apos;s address, for example https://meedoen.corporatie.nl.</translation>
    </message>
    <message>
        <source>Dit is geen adres van een server. Het begint met https:// en heeft geen spaties.</source>
        <translation>This is not a server address. It starts with https:// and has no spaces.</translation>
    </message>
    <message>
        <source>Vul de koppelcode in die je van de beheerder kreeg.</source>
        <translation>Fill in the enrolment code you got from the administrator.</translation>
    </message>
    <message>
        <source>Deze koppelcode klopt niet. Een koppelcode heeft alleen letters, cijfers en streepjes.</source>
        <translation>This enrolment code is not right. An enrolment code has only letters, digits and dashes.</translation>
    </message>
    <message>
        <source>Gekoppeld. Dit apparaat wisselt nu gegevens uit met de corporatie.</source>
        <translation>Enrolled. This device now exchanges data with the corporation.</translation>
    </message>
</context>
<context>
    <name>EnrollPanel</name>
    <message>
        <source>Dit apparaat is nog niet gekoppeld aan de server van de corporatie. Vul het adres van de server in en de koppelcode van de beheerder (15 minuten geldig).</source>
        <translation>This device is not yet enrolled with the corporation&apos;s server. Fill in the server&apos;s address and the enrolment code from the administrator (valid for 15 minutes).</translation>
    </message>
    <message>
        <source>Adres van de server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>https://meedoen.corporatie.nl</source>
        <translation>https://meedoen.corporatie.nl</translation>
    </message>
    <message>
        <source>Koppelcode</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation>Enrol</translation>
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
        <source>Niet gelukt</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>Afgemeld</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Wacht op beoordeling</source>
        <translation>Waiting for review</translation>
    </message>
    <message>
        <source>%1 uur</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>sinds vandaag %1</source>
        <translation>since today %1</translation>
    </message>
    <message>
        <source>sinds gisteren %1</source>
        <translation>since yesterday %1</translation>
    </message>
    <message>
        <source>sinds %1 %2</source>
        <translation>since %1 %2</translation>
    </message>
    <message>
        <source>sinds %1</source>
        <translation>since %1</translation>
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
    <name>InboxNotice</name>
    <message>
        <source>Je uren van %1 (%2 uur) zijn goedgekeurd.</source>
        <translation>Your hours of %1 (%2 hours) have been approved.</translation>
    </message>
    <message>
        <source>Je uren van %1 zijn aangepast van %2 naar %3 uur.</source>
        <translation>Your hours of %1 have been changed from %2 to %3 hours.</translation>
    </message>
    <message>
        <source>Je uren van %1 (%2 uur) zijn afgekeurd.</source>
        <translation>Your hours of %1 (%2 hours) have been rejected.</translation>
    </message>
    <message>
        <source>Bericht van de medewerker: “%1”</source>
        <translation>Message from the staff member: “%1”</translation>
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
    <message>
        <source>Hoe staat mijn aanmelding ervoor?</source>
        <translation>How is my sign-up doing?</translation>
    </message>
</context>
<context>
    <name>KioskStatus</name>
    <message>
        <source>Even geduld, we vragen het na…</source>
        <translation>One moment, we are checking…</translation>
    </message>
    <message>
        <source>We vinden geen aanmelding bij deze persoonlijke code en geboortedatum. Kijk ze na en probeer het nog eens.</source>
        <translation>We cannot find a sign-up for this personal code and date of birth. Check them and try again.</translation>
    </message>
    <message numerus="yes">
        <source>Te vaak geprobeerd. Probeer het over %n seconden nog eens.</source>
        <translation>
            <numerusform>Too many tries. Try again in %n second.</numerusform>
            <numerusform>Too many tries. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dit kan alleen met een internetverbinding, en die is er nu niet. Probeer het later nog eens, of kijk in de app op je telefoon.</source>
        <translation>This needs an internet connection, and there is none right now. Try again later, or look in the app on your phone.</translation>
    </message>
    <message>
        <source>Het opvragen is niet gelukt. Probeer het later nog eens.</source>
        <translation>The look-up did not work. Try again later.</translation>
    </message>
    <message>
        <source>Je code is op slot gezet, omdat er te vaak een verkeerde geboortedatum bij is ingevuld. Vraag een medewerker of je wijkconsulent om je code weer open te zetten.</source>
        <translation>Your code has been locked because a wrong date of birth was entered with it too often. Ask a staff member or your neighbourhood consultant to unlock your code.</translation>
    </message>
    <message>
        <source>Werk de app bij. Deze versie past niet meer bij de server. Zeg het tegen een medewerker.</source>
        <translation>Update the app. This version no longer works with the server. Please tell a staff member.</translation>
    </message>
</context>
<context>
    <name>KioskStatusPage</name>
    <message>
        <source>Hoe staat mijn aanmelding ervoor?</source>
        <translation>How is my sign-up doing?</translation>
    </message>
    <message>
        <source>Je hebt je nog nergens voor aangemeld.</source>
        <translation>You have not signed up for anything yet.</translation>
    </message>
    <message>
        <source>Je aanmeldingen</source>
        <translation>Your sign-ups</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>Ladder</name>
    <message>
        <source>Geïsoleerd</source>
        <translation>Isolated</translation>
    </message>
    <message>
        <source>Je hebt weinig contact met andere mensen.</source>
        <translation>You have little contact with other people.</translation>
    </message>
    <message>
        <source>Sociale contacten buitenshuis</source>
        <translation>Social contacts outside the home</translation>
    </message>
    <message>
        <source>Je spreekt mensen buiten je huis, bijvoorbeeld in de buurt.</source>
        <translation>You talk to people outside your home, for example in the neighbourhood.</translation>
    </message>
    <message>
        <source>Deelname aan georganiseerde activiteiten</source>
        <translation>Taking part in organised activities</translation>
    </message>
    <message>
        <source>Je doet mee aan activiteiten, zoals een taalcafé of een club.</source>
        <translation>You take part in activities, like a language café or a club.</translation>
    </message>
    <message>
        <source>Onbetaald werk (vrijwilligerswerk, stage)</source>
        <translation>Unpaid work (volunteering, internship)</translation>
    </message>
    <message>
        <source>Je doet vrijwilligerswerk of je loopt stage.</source>
        <translation>You do volunteer work or an internship.</translation>
    </message>
    <message>
        <source>Betaald werk met ondersteuning</source>
        <translation>Paid work with support</translation>
    </message>
    <message>
        <source>Je hebt betaald werk en je krijgt daarbij hulp.</source>
        <translation>You have paid work and you get help with it.</translation>
    </message>
    <message>
        <source>Betaald werk</source>
        <translation>Paid work</translation>
    </message>
    <message>
        <source>Je hebt betaald werk.</source>
        <translation>You have paid work.</translation>
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
    <name>LinkPhonePage</name>
    <message>
        <source>Aanmeldingen koppelen</source>
        <translation>Link your sign-ups</translation>
    </message>
    <message>
        <source>Heb je je al aangemeld bij de zuil in het buurthuis of bij je wijkconsulent? Vul dan de persoonlijke code van je bon in en je geboortedatum. Dan zie je je aanmeldingen ook op deze telefoon.</source>
        <translation>Did you already sign up at the kiosk in the community centre or with your neighbourhood consultant? Fill in the personal code from your receipt and your date of birth. Then you will see your sign-ups on this phone too.</translation>
    </message>
    <message>
        <source>Wacht op verbinding…</source>
        <translation>Waiting for a connection…</translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Naar mijn aanmeldingen</source>
        <translation>To my sign-ups</translation>
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
    <name>MyData</name>
    <message>
        <source>Nieuws uit je buurt</source>
        <translation>News from your neighbourhood</translation>
    </message>
    <message>
        <source>Tips die bij je passen</source>
        <translation>Tips that suit you</translation>
    </message>
    <message>
        <source>Gegevens delen met de organisatie</source>
        <translation>Share details with the organisation</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Huurdernummer</source>
        <translation>Tenant number</translation>
    </message>
    <message>
        <source>Persoonlijke code</source>
        <translation>Personal code</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Mijn gegevens</source>
        <translation>My data</translation>
    </message>
    <message>
        <source>Gemaakt op %1</source>
        <translation>Made on %1</translation>
    </message>
    <message>
        <source>Over mij</source>
        <translation>About me</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>ingetrokken op %1</source>
        <translation>withdrawn on %1</translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation>Sign-ups</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Je weg naar werk of school bijhouden</source>
        <translation>Keeping track of your way to work or school</translation>
    </message>
    <message>
        <source>Mijn weg</source>
        <translation>My way</translation>
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
        <source>Afmelden</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Al aangemeld bij de zuil of bij je wijkconsulent?</source>
        <translation>Already signed up at the kiosk or with your neighbourhood consultant?</translation>
    </message>
    <message>
        <source>Koppel je aanmeldingen</source>
        <translation>Link your sign-ups</translation>
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
    <name>NightScreen</name>
    <message>
        <source>Het scherm is uit. Tik om te beginnen.</source>
        <translation>The screen is off. Tap to start.</translation>
    </message>
</context>
<context>
    <name>NothingYetNotice</name>
    <message>
        <source>Er is nu niets om je voor aan te melden</source>
        <translation>There is nothing to sign up for right now</translation>
    </message>
    <message>
        <source>Deze app is nog niet ingesteld</source>
        <translation>This app is not set up yet</translation>
    </message>
    <message>
        <source>Deze zuil is nog niet ingesteld</source>
        <translation>This kiosk is not set up yet</translation>
    </message>
    <message>
        <source>Een medewerker van de corporatie zet alles klaar. Daarna zie je hier wat je kunt doen.</source>
        <translation>Someone from the housing corporation will set everything up. Then you will see here what you can do.</translation>
    </message>
    <message>
        <source>De activiteiten worden opgehaald. Kom straks terug of vraag een medewerker.</source>
        <translation>The activities are being fetched. Come back soon or ask a member of staff.</translation>
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
    <message>
        <source>Ik ben nieuw</source>
        <translation>I am new</translation>
    </message>
    <message>
        <source>Ik heb al een code</source>
        <translation>I already have a code</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>Buiten gebruik — neem contact op met de corporatie.</source>
        <translation>Out of service — please contact the housing corporation.</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>PersonalCodeField</name>
    <message>
        <source>Deze QR-code is geen persoonlijke code. Probeer de QR-code op je bon.</source>
        <translation>This QR code is not a personal code. Try the QR code on your receipt.</translation>
    </message>
    <message>
        <source>Persoonlijke code</source>
        <translation>Personal code</translation>
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
        <source>12 tekens, bijvoorbeeld %1</source>
        <translation>12 characters, for example %1</translation>
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
    <message>
        <source>Mijn uren</source>
        <translation>My hours</translation>
    </message>
    <message>
        <source>Mijn gegevens</source>
        <translation>My data</translation>
    </message>
    <message>
        <source>Berichten</source>
        <translation>Messages</translation>
    </message>
    <message numerus="yes">
        <source>%n ongelezen berichten</source>
        <translation>
            <numerusform>%n unread message</numerusform>
            <numerusform>%n unread messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneHours</name>
    <message>
        <source>Je uren zijn niet bewaard. Probeer het nog eens.</source>
        <translation>Your hours were not saved. Please try again.</translation>
    </message>
    <message>
        <source>Je uren zijn niet bewaard: je telefoon is vol. Maak ruimte vrij en probeer het nog eens.</source>
        <translation>Your hours were not saved: your phone is full. Free up some space and try again.</translation>
    </message>
</context>
<context>
    <name>PhoneHoursModel</name>
    <message>
        <source>Wacht op verzenden</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Verstuurd — nog niet goedgekeurd</source>
        <translation>Sent — not approved yet</translation>
    </message>
    <message>
        <source>Goedgekeurd</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Aangepast naar %1 uur</source>
        <translation>Changed to %1 hours</translation>
    </message>
    <message>
        <source>Aangepast naar %1 uur: %2</source>
        <translation>Changed to %1 hours: %2</translation>
    </message>
    <message>
        <source>Afgekeurd</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>Afgekeurd: %1</source>
        <translation>Not approved: %1</translation>
    </message>
    <message>
        <source>de datum ligt in de toekomst</source>
        <translation>the date is in the future</translation>
    </message>
    <message numerus="yes">
        <source>de datum is langer dan %n dagen geleden</source>
        <translation>
            <numerusform>the date is more than %n day ago</numerusform>
            <numerusform>the date is more than %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>vul de tijd in per kwartier</source>
        <translation>enter the time in quarter hours</translation>
    </message>
    <message numerus="yes">
        <source>meer dan %n uur op één dag</source>
        <translation>
            <numerusform>more than %n hour in one day</numerusform>
            <numerusform>more than %n hours in one day</numerusform>
        </translation>
    </message>
    <message>
        <source>je bent hier (nog) niet aangenomen</source>
        <translation>you have not been accepted here (yet)</translation>
    </message>
    <message>
        <source>de medewerker had het al bekeken</source>
        <translation>a staff member had already checked it</translation>
    </message>
    <message>
        <source>deze activiteit bestaat niet meer</source>
        <translation>this activity no longer exists</translation>
    </message>
    <message>
        <source>de corporatie kon dit niet verwerken</source>
        <translation>the housing corporation could not process this</translation>
    </message>
</context>
<context>
    <name>PhoneHoursPage</name>
    <message>
        <source>Mijn uren</source>
        <translation>My hours</translation>
    </message>
    <message>
        <source>Tegenprestatie in %1</source>
        <translation>Hours in return in %1</translation>
    </message>
    <message>
        <source>Afgesproken %1 uur · ingevuld %2 · goedgekeurd %3 · nog te doen %4</source>
        <translation>Agreed %1 hours · logged %2 · approved %3 · still to do %4</translation>
    </message>
    <message>
        <source>Uren invullen kan als je bent aangenomen voor vrijwilligerswerk of zelfbeheer.</source>
        <translation>You can log hours once you have been accepted for volunteer work or self-management.</translation>
    </message>
    <message>
        <source>Uren aanpassen</source>
        <translation>Change hours</translation>
    </message>
    <message>
        <source>Uren invullen</source>
        <translation>Log hours</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hoe lang (uren:minuten, per kwartier)</source>
        <translation>How long (hours:minutes, in quarter hours)</translation>
    </message>
    <message>
        <source>Wat heb je gedaan? (mag leeg blijven)</source>
        <translation>What did you do? (may be left empty)</translation>
    </message>
    <message>
        <source>Wijziging bewaren</source>
        <translation>Save change</translation>
    </message>
    <message>
        <source>Uren bewaren</source>
        <translation>Save hours</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ingevulde uren</source>
        <translation>Logged hours</translation>
    </message>
    <message>
        <source>%1 uur — %2</source>
        <translation>%1 hours — %2</translation>
    </message>
    <message>
        <source>Aanpassen</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Uren van %1 bij %2 aanpassen</source>
        <translation>Change the hours of %1 at %2</translation>
    </message>
    <message>
        <source>Uren van %1 bij %2 intrekken</source>
        <translation>Withdraw the hours of %1 at %2</translation>
    </message>
    <message>
        <source>%1 uur op %2 bij %3</source>
        <translation>%1 hours on %2 at %3</translation>
    </message>
    <message>
        <source>Uren intrekken?</source>
        <translation>Withdraw these hours?</translation>
    </message>
    <message>
        <source>%1 telt dan niet meer mee.</source>
        <translation>%1 will no longer count.</translation>
    </message>
    <message>
        <source>bijvoorbeeld %1</source>
        <translation>for example %1</translation>
    </message>
</context>
<context>
    <name>PhoneInbox</name>
    <message>
        <source>Nieuw bericht in Meedoen</source>
        <translation>New message in Meedoen</translation>
    </message>
</context>
<context>
    <name>PhoneInboxPage</name>
    <message>
        <source>Berichten</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Alles gelezen</source>
        <translation>Mark all as read</translation>
    </message>
    <message>
        <source>Nog geen berichten. Hier lees je wat de corporatie over je aanmeldingen en je uren besluit.</source>
        <translation>No messages yet. Here you read what the housing corporation decides about your sign-ups and your hours.</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Je uren</source>
        <translation>Your hours</translation>
    </message>
    <message>
        <source>Ontvangen op %1</source>
        <translation>Received on %1</translation>
    </message>
</context>
<context>
    <name>PhoneMyDataPage</name>
    <message>
        <source>Mijn gegevens</source>
        <translation>My data</translation>
    </message>
    <message>
        <source>Deze telefoon bewaart geen gegevens van je.</source>
        <translation>This phone keeps no data about you.</translation>
    </message>
    <message>
        <source>Over mij</source>
        <translation>About me</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Ingetrokken op %1</source>
        <translation>Withdrawn on %1</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>%1 intrekken</source>
        <translation>Withdraw %1</translation>
    </message>
    <message>
        <source>Aanmeldingen (%1)</source>
        <translation>Sign-ups (%1)</translation>
    </message>
    <message>
        <source>Uren (%1)</source>
        <translation>Hours (%1)</translation>
    </message>
    <message>
        <source>%1: %2, %3 uur</source>
        <translation>%1: %2, %3 hours</translation>
    </message>
    <message>
        <source>Download mijn gegevens</source>
        <translation>Download my data</translation>
    </message>
    <message>
        <source>Opslaan is niet gelukt.</source>
        <translation>Saving did not work.</translation>
    </message>
    <message>
        <source>Opgeslagen als mijn-gegevens.json en mijn-gegevens.html in %1</source>
        <translation>Saved as mijn-gegevens.json and mijn-gegevens.html in %1</translation>
    </message>
    <message>
        <source>Toestemming intrekken?</source>
        <translation>Withdraw consent?</translation>
    </message>
    <message>
        <source>We gebruiken je gegevens dan niet meer voor: %1.</source>
        <translation>We will then no longer use your data for: %1.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gegevens laten verwijderen</source>
        <translation>Have my data erased</translation>
    </message>
    <message>
        <source>Gevraagd op %1. Een medewerker van de corporatie verwijdert je gegevens binnen een maand; daarna staan ze ook niet meer op deze telefoon.</source>
        <translation>Requested on %1. A member of staff of the housing corporation will erase your data within a month; after that they will no longer be on this phone either.</translation>
    </message>
    <message>
        <source>Je kunt de corporatie vragen al je gegevens te verwijderen.</source>
        <translation>You can ask the housing corporation to erase all your data.</translation>
    </message>
    <message>
        <source>Vraag om verwijdering van mijn gegevens</source>
        <translation>Ask to erase my data</translation>
    </message>
    <message>
        <source>Je gegevens laten verwijderen?</source>
        <translation>Have your data erased?</translation>
    </message>
    <message>
        <source>Een medewerker van de corporatie verwijdert dan je naam, adres, contactgegevens, toestemmingen en persoonlijke code, op de server en op deze telefoon. Je aanmeldingen worden ingetrokken en je plek komt vrij voor de wachtlijst. Gewerkte uren blijven zonder je naam bewaard voor de cijfers. Dit kan niet ongedaan worden gemaakt; wil je later weer meedoen, dan meld je je opnieuw aan.</source>
        <translation>A member of staff of the housing corporation will then erase your name, address, contact details, consents and personal code, on the server and on this phone. Your sign-ups are withdrawn and your place becomes free for the waiting list. Hours you worked are kept without your name, for the figures. This cannot be undone; if you want to take part again later, sign up again.</translation>
    </message>
    <message>
        <source>Verwijderen aanvragen</source>
        <translation>Request erasure</translation>
    </message>
    <message>
        <source>Mijn weg</source>
        <translation>My way</translation>
    </message>
    <message>
        <source>Er is nog niets bijgehouden. Een medewerker doet dit samen met jou.</source>
        <translation>Nothing has been recorded yet. A staff member does this together with you.</translation>
    </message>
    <message>
        <source>Je hebt geen toestemming gegeven om je weg bij te houden. Daarom staat hier niets.</source>
        <translation>You have not given permission to keep track of your way. That is why nothing is shown here.</translation>
    </message>
    <message>
        <source>%1: stap %2 van %3</source>
        <translation>%1: step %2 of %3</translation>
    </message>
    <message>
        <source>Bijgewerkt op %1</source>
        <translation>Updated on %1</translation>
    </message>
    <message>
        <source>Je doel: %1. We kijken er samen weer naar op %2.</source>
        <translation>Your goal: %1. We will look at it together again on %2.</translation>
    </message>
    <message>
        <source>Toestemming geven</source>
        <translation>Give permission</translation>
    </message>
    <message>
        <source>Toestemming geven om mijn weg bij te houden</source>
        <translation>Give permission to keep track of my route</translation>
    </message>
    <message>
        <source>Nee, liever niet</source>
        <translation>No, rather not</translation>
    </message>
    <message>
        <source>Ja, dat mag</source>
        <translation>Yes, that is fine</translation>
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
    <name>ReadAloudButton</name>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Lees voor</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Stop met voorlezen</source>
        <translation>Stop reading aloud</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Aangevraagd — we laten het je weten</source>
        <translation>Requested — we will let you know</translation>
    </message>
    <message>
        <source>Je hebt een plek aangevraagd bij: %1</source>
        <translation>You asked for a place at: %1</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>QR-code van je persoonlijke code</source>
        <translation>QR code of your personal code</translation>
    </message>
    <message>
        <source>Je code is bewaard op deze telefoon. Je vindt hem bij Mijn aanmeldingen.</source>
        <translation>Your code is saved on this phone. You find it under My sign-ups.</translation>
    </message>
    <message>
        <source>Bewaar je code goed. Wil je je aanmeldingen op deze telefoon zien? Kies dan Mijn aanmeldingen en Koppel je aanmeldingen.</source>
        <translation>Keep your code safe. Do you want to see your sign-ups on this phone? Then choose My sign-ups and Link your sign-ups.</translation>
    </message>
    <message>
        <source>Schrijf je code op of maak er een foto van. Met je code en je geboortedatum meld je je de volgende keer snel aan.</source>
        <translation>Write your code down or take a photo of it. With your code and your date of birth you sign up quickly next time.</translation>
    </message>
    <message>
        <source>Met je code en je geboortedatum meld je je snel aan.</source>
        <translation>With your code and your date of birth you sign up quickly.</translation>
    </message>
    <message>
        <source>Schrijf je code ook op. Dan kun je hem ook bij de zuil in het buurthuis gebruiken.</source>
        <translation>Write your code down as well. Then you can also use it at the kiosk in the community centre.</translation>
    </message>
    <message>
        <source>Heb je de app Meedoen? Kies daar Mijn aanmeldingen en dan Koppel je aanmeldingen. Scan dan deze QR-code.</source>
        <translation>Do you have the Meedoen app? Choose My sign-ups there, then Link your sign-ups. Then scan this QR code.</translation>
    </message>
    <message>
        <source>Je aanmelding is niet gelukt</source>
        <translation>Your sign-up did not work</translation>
    </message>
    <message>
        <source>Je hebt je aangemeld voor de wachtlijst van: %1</source>
        <translation>You signed up for the waiting list of: %1</translation>
    </message>
    <message>
        <source>Dit is je persoonlijke code:</source>
        <translation>This is your personal code:</translation>
    </message>
    <message>
        <source>Je aanmelding is toegevoegd aan je persoonlijke code:</source>
        <translation>Your sign-up has been added to your personal code:</translation>
    </message>
    <message>
        <source>Je persoonlijke code: %1</source>
        <translation>Your personal code: %1</translation>
    </message>
    <message>
        <source>Print je bon</source>
        <translation>Print your receipt</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Je staat op de wachtlijst voor: %1</source>
        <translation>You are on the waiting list for: %1</translation>
    </message>
    <message>
        <source>Je hebt je aangemeld voor: %1</source>
        <translation>You signed up for: %1</translation>
    </message>
    <message>
        <source>Je persoonlijke code:</source>
        <translation>Your personal code:</translation>
    </message>
    <message>
        <source>Je aanmelding staat bij je persoonlijke code:</source>
        <translation>Your sign-up is under your personal code:</translation>
    </message>
    <message>
        <source>Bewaar deze bon. Met je code en je geboortedatum meld je je de volgende keer snel aan.</source>
        <translation>Keep this receipt. With your code and your date of birth you sign up quickly next time.</translation>
    </message>
    <message>
        <source>Meedoen-bon</source>
        <translation>Meedoen receipt</translation>
    </message>
    <message>
        <source>Je bon komt uit de printer.</source>
        <translation>Your receipt is coming out of the printer.</translation>
    </message>
    <message>
        <source>Printen lukt nu niet. Schrijf je code op of maak er een foto van.</source>
        <translation>Printing does not work right now. Write your code down or take a photo of it.</translation>
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
        <source>Huisnummer</source>
        <translation>House number</translation>
    </message>
    <message>
        <source>Toevoeging (als je die hebt)</source>
        <translation>Addition (if you have one)</translation>
    </message>
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
        <source>E-mailadres (als je wilt)</source>
        <translation>Email address (if you like)</translation>
    </message>
    <message>
        <source>Huurdersnummer (als je het weet)</source>
        <translation>Tenant number (if you know it)</translation>
    </message>
    <message>
        <source>Staat op je huurcontract of in de brief van de corporatie</source>
        <translation>It is on your tenancy agreement or in the letter from the housing corporation</translation>
    </message>
    <message>
        <source>Bijvoorbeeld %1</source>
        <translation>For example %1</translation>
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
    <name>RegisterInterestsPage</name>
    <message>
        <source>Wat doe je graag?</source>
        <translation>What do you like doing?</translation>
    </message>
    <message>
        <source>Kies zo veel als je wilt. Je mag ook niets kiezen.</source>
        <translation>Choose as many as you like. You may also choose nothing.</translation>
    </message>
    <message>
        <source>Welke talen spreek je?</source>
        <translation>Which languages do you speak?</translation>
    </message>
</context>
<context>
    <name>RegisterNamePage</name>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Wie ben je?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>Je moet 16 jaar of ouder zijn om mee te doen.</source>
        <translation>You must be 16 or older to take part.</translation>
    </message>
    <message>
        <source>Wat is je geboortedatum?</source>
        <translation>What is your date of birth?</translation>
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
    <message>
        <source>Het opslaan is niet gelukt. Probeer het nog een keer.</source>
        <translation>Saving did not work. Please try again.</translation>
    </message>
    <message>
        <source>We zoeken je aanmeldingen op zodra je telefoon verbinding heeft.</source>
        <translation>We will look up your sign-ups as soon as your phone is online.</translation>
    </message>
    <message>
        <source>Gelukt: je aanmeldingen staan nu op deze telefoon.</source>
        <translation>Done: your sign-ups are now on this phone.</translation>
    </message>
    <message>
        <source>Gelukt. Je aanmeldingen komen zo binnen.</source>
        <translation>Done. Your sign-ups will arrive shortly.</translation>
    </message>
    <message>
        <source>We kennen deze code niet met deze geboortedatum. Kijk je code en geboortedatum nog eens na.</source>
        <translation>We do not know this code with this date of birth. Please check your code and date of birth.</translation>
    </message>
    <message>
        <source>Er is nu geen plek vrij: je komt op de wachtlijst. Komt er een plek vrij, dan bekijkt een medewerker je aanmelding.</source>
        <translation>There is no free place right now: you go on the waiting list. When a place comes free, a staff member reviews your sign-up.</translation>
    </message>
    <message>
        <source>Er is nu geen plek vrij: je komt op de wachtlijst. Komt er een plek vrij, dan krijg je die op volgorde van aanmelding.</source>
        <translation>There is no free place right now: you go on the waiting list. When a place comes free, it goes to whoever signed up first.</translation>
    </message>
    <message>
        <source>Een medewerker van de corporatie bekijkt je aanmelding en laat het je weten. Zolang houden we een plek voor je vast.</source>
        <translation>A staff member of the housing corporation reviews your sign-up and will let you know. Until then we hold a place for you.</translation>
    </message>
    <message>
        <source>Is er nog plek, dan heb je die meteen zodra je aanmelding bij de corporatie is. Je hoeft niet op een medewerker te wachten.</source>
        <translation>If there is still room, the place is yours as soon as your sign-up reaches the housing corporation. You do not have to wait for a staff member.</translation>
    </message>
    <message numerus="yes">
        <source>Er is te vaak een verkeerde code of geboortedatum ingevuld. Wacht %n minuten en probeer het dan opnieuw.</source>
        <translation>
            <numerusform>A wrong code or date of birth was entered too often. Wait %n minute and then try again.</numerusform>
            <numerusform>A wrong code or date of birth was entered too often. Wait %n minutes and then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Je code is op slot gezet, omdat er te vaak een verkeerde geboortedatum bij is ingevuld. Ga naar je wijkconsulent. Die kan je code weer openzetten.</source>
        <translation>Your code has been locked because a wrong date of birth was entered with it too often. Go to your neighbourhood consultant (wijkconsulent). They can unlock your code.</translation>
    </message>
    <message numerus="yes">
        <source>Deze code en deze geboortedatum passen niet bij elkaar. Kijk ze nog eens goed na. Je kunt het nog %n keer proberen.</source>
        <translation>
            <numerusform>This code and this date of birth do not match. Check them carefully. You can try %n more time.</numerusform>
            <numerusform>This code and this date of birth do not match. Check them carefully. You can try %n more times.</numerusform>
        </translation>
    </message>
    <message>
        <source>Het opslaan is niet gelukt: je telefoon is vol. Maak ruimte vrij en probeer het nog eens.</source>
        <translation>Saving did not work: your phone is full. Free up some space and try again.</translation>
    </message>
    <message>
        <source>Opslaan lukte niet: het geheugen van dit apparaat is vol. Wat je invulde, staat er nog. Probeer het later nog een keer, of vraag hulp bij de balie.</source>
        <translation>Saving did not work: the memory of this device is full. What you filled in is still here. Try again later, or ask for help at the desk.</translation>
    </message>
    <message>
        <source>Je weg naar werk of school bijhouden</source>
        <translation>Keeping track of your way to work or school</translation>
    </message>
    <message>
        <source>Een medewerker mag bijhouden hoe het met je gaat: bijvoorbeeld of je meedoet in de buurt, vrijwilligerswerk doet of werk hebt. Je ziet dit zelf in de app. Je kunt dit altijd weer uitzetten. Dan halen we het weg.</source>
        <translation>A staff member may keep track of how you are doing: for example whether you take part in the neighbourhood, do volunteer work or have a job. You see this yourself in the app. You can always turn this off again. Then we remove it.</translation>
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
    <name>SignupStatusText</name>
    <message>
        <source>Je plek is begonnen op %1.</source>
        <translation>Your place started on %1.</translation>
    </message>
    <message>
        <source>Je plek is begonnen.</source>
        <translation>Your place has started.</translation>
    </message>
    <message>
        <source>Je hebt je plek afgerond op %1. Goed gedaan!</source>
        <translation>You completed your place on %1. Well done!</translation>
    </message>
    <message>
        <source>Je hebt je plek afgerond. Goed gedaan!</source>
        <translation>You completed your place. Well done!</translation>
    </message>
    <message>
        <source>Je plek is gestopt op %1.</source>
        <translation>Your place stopped on %1.</translation>
    </message>
    <message>
        <source>Je plek is gestopt.</source>
        <translation>Your place has stopped.</translation>
    </message>
    <message>
        <source>Nog niet verstuurd. Je aanmelding gaat mee zodra er verbinding is.</source>
        <translation>Not sent yet. Your sign-up goes out as soon as there is a connection.</translation>
    </message>
    <message>
        <source>Verstuurd. We laten je weten of je een plek hebt.</source>
        <translation>Sent. We will let you know whether you have a place.</translation>
    </message>
    <message>
        <source>Aangevraagd op %1. Je plek wordt vastgehouden; een medewerker bekijkt je aanmelding en laat het je weten.</source>
        <translation>Applied on %1. Your place is being held; a staff member is reviewing your sign-up and will let you know.</translation>
    </message>
    <message>
        <source>Aangevraagd. Je plek wordt vastgehouden; een medewerker bekijkt je aanmelding en laat het je weten.</source>
        <translation>Applied. Your place is being held; a staff member is reviewing your sign-up and will let you know.</translation>
    </message>
    <message>
        <source>Je hebt een plek. Bevestigd op %1.</source>
        <translation>You have a place. Confirmed on %1.</translation>
    </message>
    <message>
        <source>Je hebt een plek.</source>
        <translation>You have a place.</translation>
    </message>
    <message>
        <source>Je staat op de wachtlijst, op nummer %1 (bijgewerkt op %2).</source>
        <translation>You are on the waiting list at number %1 (updated on %2).</translation>
    </message>
    <message>
        <source>Je staat op de wachtlijst, op nummer %1.</source>
        <translation>You are on the waiting list at number %1.</translation>
    </message>
    <message>
        <source>Je staat op de wachtlijst (bijgewerkt op %1).</source>
        <translation>You are on the waiting list (updated on %1).</translation>
    </message>
    <message>
        <source>Je staat op de wachtlijst.</source>
        <translation>You are on the waiting list.</translation>
    </message>
    <message>
        <source>Een medewerker heeft je aanmelding op %1 afgewezen.</source>
        <translation>A staff member declined your sign-up on %1.</translation>
    </message>
    <message>
        <source>Een medewerker heeft je aanmelding afgewezen.</source>
        <translation>A staff member declined your sign-up.</translation>
    </message>
    <message>
        <source>Niet gelukt: de activiteit was afgelopen voordat er een plek vrijkwam (%1).</source>
        <translation>Not possible: the activity ended before a place came free (%1).</translation>
    </message>
    <message>
        <source>Niet gelukt: de activiteit was afgelopen voordat er een plek vrijkwam.</source>
        <translation>Not possible: the activity ended before a place came free.</translation>
    </message>
    <message>
        <source>Je aanmelding is op %1 niet gelukt.</source>
        <translation>Your sign-up did not succeed on %1.</translation>
    </message>
    <message>
        <source>Je aanmelding is niet gelukt.</source>
        <translation>Your sign-up did not succeed.</translation>
    </message>
    <message>
        <source>Je hebt je afgemeld op %1.</source>
        <translation>You withdrew on %1.</translation>
    </message>
    <message>
        <source>Je hebt je afgemeld.</source>
        <translation>You withdrew.</translation>
    </message>
    <message>
        <source>Bericht van de medewerker: “%1”</source>
        <translation>Message from the staff member: “%1”</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Turks</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <source>Arabisch</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Polish</translation>
    </message>
    <message>
        <source>Gegeven op %1, tekstversie %2</source>
        <translation>Given on %1, text version %2</translation>
    </message>
    <message>
        <source>Gegeven op %1 in het %2, tekstversie %3</source>
        <translation>Given on %1 in %2, text version %3</translation>
    </message>
    <message>
        <source>Niet gelukt: je persoonlijke code en je geboortedatum passen niet bij elkaar. Kijk ze na en meld je opnieuw aan.</source>
        <translation>Not done: your personal code and your date of birth do not match. Check them and sign up again.</translation>
    </message>
    <message>
        <source>Niet gelukt: hier is te vaak een verkeerde code of geboortedatum ingevuld. Probeer het later nog eens.</source>
        <translation>Not done: a wrong code or date of birth was entered here too often. Please try again later.</translation>
    </message>
    <message>
        <source>Niet gelukt: je persoonlijke code is op slot gezet, omdat er te vaak een verkeerde geboortedatum bij is ingevuld. Ga naar je wijkconsulent. Die kan hem weer openzetten.</source>
        <translation>Not done: your personal code has been locked because a wrong date of birth was entered with it too often. Go to your neighbourhood consultant (wijkconsulent). They can unlock it.</translation>
    </message>
</context>
<context>
    <name>Sroi</name>
    <message>
        <source>Maanden stage</source>
        <translation>Months of internship</translation>
    </message>
    <message>
        <source>Maanden leerwerkplek</source>
        <translation>Months of learn-work place</translation>
    </message>
    <message>
        <source>Maanden re-integratieplek</source>
        <translation>Months of re-integration placement</translation>
    </message>
    <message>
        <source>Bijdrage in geld: %1</source>
        <translation>Financial contribution: %1</translation>
    </message>
    <message>
        <source>Uren van medewerkers van de corporatie: %1</source>
        <translation>Hours of housing corporation staff: %1</translation>
    </message>
    <message>
        <source>Uren van medewerkers: %1</source>
        <translation>Staff hours: %1</translation>
    </message>
    <message>
        <source>Gebruik van ruimte: %1</source>
        <translation>Use of premises: %1</translation>
    </message>
    <message>
        <source>Aangeboden plaatsen: %1</source>
        <translation>Places offered: %1</translation>
    </message>
    <message>
        <source>Uren vrijwilligerswerk</source>
        <translation>Hours of volunteering</translation>
    </message>
    <message>
        <source>Leerwerkplaatsen begonnen</source>
        <translation>Learn-work places started</translation>
    </message>
    <message>
        <source>Leerwerkplaatsen afgerond</source>
        <translation>Learn-work places completed</translation>
    </message>
    <message>
        <source>Huurders een trede hoger</source>
        <translation>Tenants one rung higher</translation>
    </message>
    <message>
        <source>Huurders op dezelfde trede</source>
        <translation>Tenants on the same rung</translation>
    </message>
    <message>
        <source>Huurders een trede lager</source>
        <translation>Tenants one rung lower</translation>
    </message>
    <message>
        <source>Totaal inzet</source>
        <translation>Total input</translation>
    </message>
    <message>
        <source>Totaal opbrengst</source>
        <translation>Total outcome</translation>
    </message>
    <message>
        <source>euro</source>
        <translation>euro</translation>
    </message>
    <message>
        <source>uren</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>maanden</source>
        <translation>months</translation>
    </message>
    <message>
        <source>aantal</source>
        <translation>count</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>aspirant</source>
        <translation>aspirant</translation>
    </message>
    <message>
        <source>trede 1</source>
        <translation>rung 1</translation>
    </message>
    <message>
        <source>trede 2</source>
        <translation>rung 2</translation>
    </message>
    <message>
        <source>trede 3</source>
        <translation>rung 3</translation>
    </message>
    <message>
        <source>PSO 30+</source>
        <translation>PSO 30+</translation>
    </message>
    <message>
        <source>Stage, per maand</source>
        <translation>Internship, per month</translation>
    </message>
    <message>
        <source>Leerwerkplek, per maand</source>
        <translation>Learn-work place, per month</translation>
    </message>
    <message>
        <source>Re-integratieplek, per maand</source>
        <translation>Re-integration placement, per month</translation>
    </message>
    <message>
        <source>SROI-invoer</source>
        <translation>SROI data</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>alle wijken</source>
        <translation>all neighbourhoods</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>alle locaties</source>
        <translation>all sites</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>alle routes</source>
        <translation>all routes</translation>
    </message>
    <message>
        <source>Stand op</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Sleutel</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Eenheid</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Proxy (€)</source>
        <translation>Proxy (€)</translation>
    </message>
    <message>
        <source>Waarde (€)</source>
        <translation>Value (€)</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Inzet</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Opbrengst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Social return</source>
        <translation>Social return</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Leverancier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Opdracht</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>PSO-niveau</source>
        <translation>PSO level</translation>
    </message>
    <message>
        <source>Grondslag</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Aandeel</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Contractwaarde (€)</source>
        <translation>Contract value (€)</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Einde</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Verplicht (€)</source>
        <translation>Required (€)</translation>
    </message>
    <message>
        <source>Gerealiseerd (€)</source>
        <translation>Achieved (€)</translation>
    </message>
    <message>
        <source>Vervuld</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <source>Plaatsingen</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>loonsom</source>
        <translation>wage bill</translation>
    </message>
    <message>
        <source>contractwaarde</source>
        <translation>contract value</translation>
    </message>
    <message>
        <source>Proxies en bronnen</source>
        <translation>Proxies and sources</translation>
    </message>
    <message>
        <source>Ten hoogste</source>
        <translation>Maximum</translation>
    </message>
    <message numerus="yes">
        <source>%n maanden</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Vrijwilligersuur</source>
        <translation>Volunteer hour</translation>
    </message>
    <message>
        <source>Uur van een medewerker</source>
        <translation>Staff hour</translation>
    </message>
    <message>
        <source>Uur gebruik van ruimte</source>
        <translation>Hour of use of premises</translation>
    </message>
    <message>
        <source>Een trede hoger</source>
        <translation>One rung higher</translation>
    </message>
    <message>
        <source>Drempel social return (contractwaarde boven)</source>
        <translation>Social return threshold (contract value above)</translation>
    </message>
    <message>
        <source>Aandeel van de contractwaarde</source>
        <translation>Share of the contract value</translation>
    </message>
    <message>
        <source>Aandeel van de loonsom</source>
        <translation>Share of the wage bill</translation>
    </message>
</context>
<context>
    <name>StaffAuditPage</name>
    <message>
        <source>Logboek</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 %4 · %5</source>
        <translation>%1 · %2 · %3 %4 · %5</translation>
    </message>
    <message>
        <source>deze tablet</source>
        <translation>this tablet</translation>
    </message>
</context>
<context>
    <name>StaffCandidatesPage</name>
    <message>
        <source>Wie past hierbij?</source>
        <translation>Who fits this?</translation>
    </message>
    <message>
        <source>Alleen bewoners die toestemming gaven om hun passende activiteiten voor te stellen. Vraag eerst of het uitkomt.</source>
        <translation>Only tenants who agreed to be suggested suitable activities. Ask first whether it suits them.</translation>
    </message>
    <message>
        <source>Er is nu niemand die hierbij past en toestemming gaf.</source>
        <translation>Nobody who fits this has given consent yet.</translation>
    </message>
    <message>
        <source>%1, al aangemeld. %2</source>
        <translation>%1, already signed up. %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Al aangemeld</source>
        <translation>Already signed up</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>StaffCatalogue</name>
    <message>
        <source>Deze activiteit bestaat niet meer.</source>
        <translation>This activity no longer exists.</translation>
    </message>
    <message numerus="yes">
        <source>Er zijn al %n bevestigde deelnemer(s). De capaciteit kan niet lager dan dat.</source>
        <translation>
            <numerusform>There is already %n confirmed participant. The capacity cannot be lower than that.</numerusform>
            <numerusform>There are already %n confirmed participants. The capacity cannot be lower than that.</numerusform>
        </translation>
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
    <name>StaffCataloguePage</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Gepauzeerd</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Gesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Catalogus</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Nieuwe activiteit</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 van %5 plaatsen bezet</source>
        <translation>%1 · %2 · %3 · %4 of %5 places taken</translation>
    </message>
    <message>
        <source>onbeperkt</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>%1 bewerken</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Pauzeren</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 sluiten</source>
        <translation>Close %1</translation>
    </message>
    <message>
        <source>Wie past hierbij?</source>
        <translation>Who fits this?</translation>
    </message>
    <message>
        <source>Wie past bij %1?</source>
        <translation>Who fits %1?</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Deelnemers van %1</source>
        <translation>Participants of %1</translation>
    </message>
</context>
<context>
    <name>StaffChoiceRow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StaffConflictsPage</name>
    <message>
        <source>bevestigen</source>
        <translation>confirm</translation>
    </message>
    <message>
        <source>wachtlijst</source>
        <translation>waiting list</translation>
    </message>
    <message>
        <source>afwijzen</source>
        <translation>decline</translation>
    </message>
    <message>
        <source>bevestigd</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>op de wachtlijst</source>
        <translation>on the waiting list</translation>
    </message>
    <message>
        <source>afgewezen</source>
        <translation>declined</translation>
    </message>
    <message>
        <source>teruggetrokken</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>Conflicten</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Geen conflicten.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <source>Deze besluiten zijn niet uitgevoerd: de aanmelding was intussen veranderd. Het eerdere besluit blijft staan.</source>
        <translation>These decisions were not carried out: the sign-up had changed in the meantime. The earlier decision stands.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>(gewist)</source>
        <translation>(erased)</translation>
    </message>
    <message>
        <source>Besluit &quot;%1&quot; door %2 op versie %3; de aanmelding stond al op versie %4 en is nu %5.</source>
        <translation>Decision &quot;%1&quot; by %2 on version %3; the sign-up was already at version %4 and is now %5.</translation>
    </message>
    <message>
        <source>een collega</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <source>te beoordelen</source>
        <translation>to review</translation>
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
        <translation>No connection to the server: computed from this tablet&apos;s copy, up to date until %1.</translation>
    </message>
    <message>
        <source>Geen verbinding met de server: berekend uit de gegevens op deze tablet.</source>
        <translation>No connection to the server: computed from this tablet&apos;s copy.</translation>
    </message>
    <message>
        <source>Resultaten</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Cijfers als CSV</source>
        <translation>Figures as CSV</translation>
    </message>
    <message>
        <source>Besluiten als CSV</source>
        <translation>Decisions as CSV</translation>
    </message>
    <message>
        <source>Actieve vrijwilligers</source>
        <translation>Active volunteers</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Trajecten gestart</source>
        <translation>Placements started</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Uitgevallen</source>
        <translation>Dropped out</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Uren per maand</source>
        <translation>Hours per month</translation>
    </message>
    <message>
        <source>Actieve vrijwilligers per maand</source>
        <translation>Active volunteers per month</translation>
    </message>
    <message>
        <source>Bezetting en wachtlijst per activiteit</source>
        <translation>Places taken and waiting list per activity</translation>
    </message>
    <message>
        <source>%1: %2 van %3, wachtlijst %4</source>
        <translation>%1: %2 of %3, waiting list %4</translation>
    </message>
    <message>
        <source>%1: %2 (onbeperkt), wachtlijst %3</source>
        <translation>%1: %2 (unlimited), waiting list %3</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Cijfers exporteren</source>
        <translation>Export figures</translation>
    </message>
    <message>
        <source>Besluiten exporteren</source>
        <translation>Export decisions</translation>
    </message>
    <message>
        <source>Het bestand verlaat de beveiligde app. Bevestig met uw pincode.</source>
        <translation>The file will leave the secure app. Confirm with your PIN.</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Zuilen die stil zijn</source>
        <translation>Kiosks that went quiet</translation>
    </message>
    <message>
        <source>Zonder verbinding met de server is niet te zien of de zuilen van deze locatie werken.</source>
        <translation>Without a connection to the server it cannot be seen whether this location&apos;s kiosks are working.</translation>
    </message>
    <message>
        <source>Deze locatie heeft geen zuilen.</source>
        <translation>This location has no kiosks.</translation>
    </message>
    <message>
        <source>Alle zuilen van deze locatie zijn de afgelopen %1 uur gezien.</source>
        <translation>All kiosks of this location were seen in the last %1 hours.</translation>
    </message>
    <message>
        <source>De server heeft deze zuilen meer dan %1 uur niet gezien. Kijk of ze aan staan en verbinding hebben.</source>
        <translation>The server has not seen these kiosks for more than %1 hours. Check that they are switched on and connected.</translation>
    </message>
    <message>
        <source>Zuil %1</source>
        <translation>Kiosk %1</translation>
    </message>
    <message>
        <source>Stil %1</source>
        <translation>Quiet %1</translation>
    </message>
    <message>
        <source>Nooit gezien; ingeschreven %1</source>
        <translation>Never seen; enrolled %1</translation>
    </message>
    <message>
        <source>Wachtrij onbekend (oudere versie van de app)</source>
        <translation>Queue unknown (older version of the app)</translation>
    </message>
    <message>
        <source>Niets in de wachtrij</source>
        <translation>Nothing in the queue</translation>
    </message>
    <message>
        <source>%1 in de wachtrij, de oudste %2</source>
        <translation>%1 in the queue, the oldest %2</translation>
    </message>
    <message>
        <source>Participatieladder: verder gekomen, gelijk gebleven, gedaald</source>
        <translation>Participation ladder: moved up, stayed the same, went down</translation>
    </message>
    <message>
        <source>In deze periode is niemand twee keer gemeten.</source>
        <translation>Nobody was measured twice in this period.</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Gelijk</source>
        <translation>Same</translation>
    </message>
    <message>
        <source>Gedaald</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Doel toevoegen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <source>Er zijn nog geen doelen voor deze keuze.</source>
        <translation>There are no goals for this choice yet.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>alle routes</source>
        <translation>all routes</translation>
    </message>
    <message>
        <source>kwartaal %1 van %2</source>
        <translation>quarter %1 of %2</translation>
    </message>
    <message>
        <source>jaar %1</source>
        <translation>year %1</translation>
    </message>
    <message>
        <source>Doel %1. Begint op %2.</source>
        <translation>Goal %1. Starts on %2.</translation>
    </message>
    <message>
        <source>%1 van %2 gehaald in de periode tot %3.</source>
        <translation>%1 of %2 reached in the period up to %3.</translation>
    </message>
    <message>
        <source>%1 van %2 gehaald; volgens de rechte lijn %3. Verwachting op %4: %5.</source>
        <translation>%1 of %2 reached; the straight line says %3. Forecast for %4: %5.</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Wijzigen: %1</source>
        <translation>Change: %1</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Verwijderen: %1</source>
        <translation>Remove: %1</translation>
    </message>
    <message>
        <source>Dit doel verwijderen?</source>
        <translation>Remove this goal?</translation>
    </message>
    <message>
        <source>Ja, verwijderen</source>
        <translation>Yes, remove</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Treden per route</source>
        <translation>Rungs per route</translation>
    </message>
    <message>
        <source>Social return van leveranciers</source>
        <translation>Social return from suppliers</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 van %2 gerealiseerd met %n plaatsing(en); %3 %4, %5.</source>
        <translation>
            <numerusform>%1 of %2 achieved with %n placement; %3 %4, %5.</numerusform>
            <numerusform>%1 of %2 achieved with %n placements; %3 %4, %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffDecisionDialog</name>
    <message>
        <source>Bevestigen</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Op de wachtlijst zetten</source>
        <translation>Put on the waiting list</translation>
    </message>
    <message>
        <source>Afwijzen</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Reden (intern, niet voor de huurder)</source>
        <translation>Reason (internal, not for the tenant)</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Bericht aan de huurder</source>
        <translation>Message to the tenant</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: welkom, we zien u dinsdag om 9 uur.</source>
        <translation>For example: Welcome, we will see you on Tuesday at 9.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Besluit opslaan</source>
        <translation>Save decision</translation>
    </message>
</context>
<context>
    <name>StaffEraseDialog</name>
    <message>
        <source>Persoon wissen</source>
        <translation>Erase person</translation>
    </message>
    <message>
        <source>Alle persoonsgegevens worden gewist, op de server en op alle apparaten. Toekomstige plaatsen komen vrij voor de wachtlijst. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>All personal data will be erased, on the server and on all devices. Future places become free for the waiting list. This cannot be undone.</translation>
    </message>
    <message>
        <source>Wissen</source>
        <translation>Erase</translation>
    </message>
</context>
<context>
    <name>StaffEraseRequestsPage</name>
    <message>
        <source>Verwijderverzoeken</source>
        <translation>Erasure requests</translation>
    </message>
    <message>
        <source>Geen verzoeken.</source>
        <translation>No requests.</translation>
    </message>
    <message>
        <source>Deze huurders vroegen op hun telefoon om hun gegevens te wissen. Wis ze zonder onnodige vertraging (binnen een maand).</source>
        <translation>These tenants asked on their phone for their data to be erased. Erase it without undue delay (within a month).</translation>
    </message>
    <message>
        <source>(gewist)</source>
        <translation>(erased)</translation>
    </message>
    <message>
        <source>Gevraagd op %1</source>
        <translation>Requested on %1</translation>
    </message>
    <message>
        <source>Gewist op %1 door %2</source>
        <translation>Erased on %1 by %2</translation>
    </message>
    <message>
        <source>een collega</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <source>Gewist op deze tablet; wordt verzonden</source>
        <translation>Erased on this tablet; being sent</translation>
    </message>
    <message>
        <source>Gegevens wissen</source>
        <translation>Erase data</translation>
    </message>
    <message>
        <source>Gegevens van %1 wissen</source>
        <translation>Erase the data of %1</translation>
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
        <source>Verder</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Kiosk verlaten</source>
        <translation>Leave the kiosk</translation>
    </message>
    <message>
        <source>Terug naar de kiosk</source>
        <translation>Back to the kiosk</translation>
    </message>
</context>
<context>
    <name>StaffGoalChart</name>
    <message>
        <source>%1: %2 van %3, verwachting %4</source>
        <translation>%1: %2 of %3, forecast %4</translation>
    </message>
    <message>
        <source>Rechte lijn naar het doel</source>
        <translation>Straight line to the goal</translation>
    </message>
    <message>
        <source>Verwachting</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Gehaald</source>
        <translation>Reached</translation>
    </message>
</context>
<context>
    <name>StaffGoalForm</name>
    <message>
        <source>Doel wijzigen</source>
        <translation>Change goal</translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Alle routes</source>
        <translation>All routes</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Een jaar</source>
        <translation>A year</translation>
    </message>
    <message>
        <source>Een kwartaal</source>
        <translation>A quarter</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kwartaal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Kwartaal %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <source>Wat telt</source>
        <translation>What counts</translation>
    </message>
    <message>
        <source>Doel (aantal uren aan het eind)</source>
        <translation>Goal (number of hours at the end)</translation>
    </message>
    <message>
        <source>Doel (aantal aan het eind)</source>
        <translation>Goal (number at the end)</translation>
    </message>
    <message>
        <source>Doel opslaan</source>
        <translation>Save goal</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <source>Meedoen — medewerkers</source>
        <translation>Meedoen — staff</translation>
    </message>
</context>
<context>
    <name>StaffHoursPage</name>
    <message>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Alleen niet gecontroleerd</source>
        <translation>Unverified only</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 min</source>
        <translation>%1 · %2 · %3 min</translation>
    </message>
    <message>
        <source>(gewist)</source>
        <translation>(erased)</translation>
    </message>
    <message>
        <source>gecontroleerd</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>nog niet gecontroleerd</source>
        <translation>not yet verified</translation>
    </message>
    <message>
        <source>correctie</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>wacht op verzending</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <source>Klopt</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Uren van %1 op %2 kloppen</source>
        <translation>Approve hours of %1 on %2</translation>
    </message>
    <message>
        <source>Corrigeren</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Uren van %1 op %2 corrigeren</source>
        <translation>Correct hours of %1 on %2</translation>
    </message>
    <message>
        <source>Uren corrigeren</source>
        <translation>Correct hours</translation>
    </message>
    <message>
        <source>De correctie wordt een nieuwe regel; de oorspronkelijke blijft bewaard.</source>
        <translation>The correction is saved as a new entry; the original is kept.</translation>
    </message>
    <message>
        <source>Datum (JJJJ-MM-DD)</source>
        <translation>Date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Correctie opslaan</source>
        <translation>Save correction</translation>
    </message>
</context>
<context>
    <name>StaffIntake</name>
    <message>
        <source>Inschrijving voor Meedoen</source>
        <translation>Registration for Meedoen</translation>
    </message>
    <message>
        <source>Naam: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Je persoonlijke code: %1</source>
        <translation>Your personal code: %1</translation>
    </message>
    <message>
        <source>Bewaar deze bon goed. Met je persoonlijke code en je geboortedatum meld je je aan zonder je gegevens opnieuw in te vullen: bij de zuil in het buurthuis, in de app of bij je wijkconsulent.</source>
        <translation>Keep this receipt safe. With your personal code and your date of birth you sign up without filling in your details again: at the kiosk in the community centre, in the app or with your neighbourhood consultant.</translation>
    </message>
    <message>
        <source>Aangemeld voor</source>
        <translation>Signed up for</translation>
    </message>
    <message>
        <source>Wat gebeurt er nu?</source>
        <translation>What happens next?</translation>
    </message>
    <message>
        <source>Je inschrijving gaat naar de corporatie zodra deze tablet verbinding heeft. Wat er met een aanmelding gebeurt, staat hierboven; verandert er iets, dan zie je het in de app.</source>
        <translation>Your registration goes to the housing corporation as soon as this tablet is online. What happens with a sign-up is written above; if anything changes, you will see it in the app.</translation>
    </message>
    <message>
        <source>Je telefoon koppelen</source>
        <translation>Link your phone</translation>
    </message>
    <message>
        <source>Meedoen-bon</source>
        <translation>Meedoen receipt</translation>
    </message>
    <message>
        <source>Deze tablet heeft geen printer. Schrijf de code over of stel een printer in.</source>
        <translation>This tablet has no printer. Copy the code by hand or set up a printer.</translation>
    </message>
    <message>
        <source>Afdrukken lukte niet. Kijk of de printer aan staat en probeer het nog een keer.</source>
        <translation>Printing did not work. Check that the printer is on and try again.</translation>
    </message>
    <message>
        <source>De bon is naar de printer %1 gestuurd.</source>
        <translation>The receipt was sent to the printer %1.</translation>
    </message>
    <message>
        <source>Installeer de app Meedoen en kies “Aanmeldingen koppelen”. Vul de persoonlijke code van deze bon in (of scan de QR-code) en je geboortedatum. Dan zie je je aanmeldingen ook op je telefoon.</source>
        <translation>Install the Meedoen app and choose “Link your sign-ups”. Enter the personal code from this receipt (or scan the QR code) and your date of birth. Then you will see your sign-ups on your phone too.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>StaffIntakeReceiptPage</name>
    <message>
        <source>Ingeschreven: %1</source>
        <translation>Registered: %1</translation>
    </message>
    <message>
        <source>Persoonlijke code</source>
        <translation>Personal code</translation>
    </message>
    <message>
        <source>Persoonlijke code: %1</source>
        <translation>Personal code: %1</translation>
    </message>
    <message>
        <source>QR-code van de persoonlijke code</source>
        <translation>QR code of the personal code</translation>
    </message>
    <message>
        <source>Geef de bewoner de bon mee. Met deze code en de geboortedatum koppelt de bewoner de app op de telefoon (Aanmeldingen koppelen) en meldt zich aan bij de zuil.</source>
        <translation>Give the tenant the receipt. With this code and the date of birth the tenant links the app on their phone (Link your sign-ups) and signs up at the kiosk.</translation>
    </message>
    <message>
        <source>Aangemeld voor</source>
        <translation>Signed up for</translation>
    </message>
    <message>
        <source>Nog niet aangemeld voor een activiteit.</source>
        <translation>Not signed up for an activity yet.</translation>
    </message>
    <message>
        <source>Aanmelden voor een activiteit</source>
        <translation>Sign up for an activity</translation>
    </message>
    <message>
        <source>Bon afdrukken</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Klaar: de gegevens van de bewoner verdwijnen van het scherm</source>
        <translation>Done: the tenant&apos;s details leave the screen</translation>
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
    <message>
        <source>Nieuwe vrijwilligers: identiteit en huurderschap controleren</source>
        <translation>New volunteers: check identity and tenancy</translation>
    </message>
    <message>
        <source>Er wachten geen nieuwe vrijwilligers op controle.</source>
        <translation>No new volunteers are waiting to be checked.</translation>
    </message>
    <message>
        <source>Huurdernummer: %1 · Adres: %2 · Geboren: %3</source>
        <translation>Tenant number: %1 · Address: %2 · Born: %3</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
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
        <translation>Contact person&apos;s phone</translation>
    </message>
    <message>
        <source>E-mail contactpersoon</source>
        <translation>Contact person&apos;s e-mail</translation>
    </message>
    <message>
        <source>Activiteit bewerken</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>Nieuwe activiteit</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Korte omschrijving</source>
        <translation>Short description</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Soort leerplaats</source>
        <translation>Kind of training place</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Internship</translation>
    </message>
    <message>
        <source>Leerwerkplek</source>
        <translation>Learn-work place</translation>
    </message>
    <message>
        <source>Re-integratieplek</source>
        <translation>Return-to-work place</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Partnerorganisatie</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <source>Wanneer (bijvoorbeeld: elke dinsdag 9:00–12:00)</source>
        <translation>When (for example: every Tuesday 9:00–12:00)</translation>
    </message>
    <message>
        <source>Aantal plaatsen (0 = onbeperkt; nu %1 bevestigd)</source>
        <translation>Number of places (0 = unlimited; %1 confirmed now)</translation>
    </message>
    <message>
        <source>Aantal plaatsen (0 = onbeperkt)</source>
        <translation>Number of places (0 = unlimited)</translation>
    </message>
    <message>
        <source>Minimumleeftijd</source>
        <translation>Minimum age</translation>
    </message>
    <message>
        <source>Taalniveau (A1 … C2)</source>
        <translation>Language level (A1 … C2)</translation>
    </message>
    <message>
        <source>Wat de huurder krijgt (vergoeding, certificaat …)</source>
        <translation>What the tenant gets (allowance, certificate …)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation>Sign-ups</translation>
    </message>
    <message>
        <source>Een medewerker beoordeelt elke aanmelding</source>
        <translation>A staff member reviews every sign-up</translation>
    </message>
    <message>
        <source>Direct bevestigd zolang er plek is</source>
        <translation>Confirmed at once while there is room</translation>
    </message>
    <message>
        <source>Partnerorganisatie: %1</source>
        <translation>Partner organisation: %1</translation>
    </message>
</context>
<context>
    <name>StaffParticipantsPage</name>
    <message>
        <source>Deelnemers voor de organisator</source>
        <translation>Participants for the organiser</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Naam en contactgegevens alleen van bewoners die toestemming gaven om ze met de partnerorganisatie te delen.</source>
        <translation>Name and contact details only of tenants who agreed to share them with the partner organisation.</translation>
    </message>
    <message>
        <source>Nog geen bevestigde deelnemers.</source>
        <translation>No confirmed participants yet.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1, geen toestemming om te delen</source>
        <translation>%1, no consent to share</translation>
    </message>
    <message>
        <source>geen toestemming om te delen</source>
        <translation>no consent to share</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Exporteren (CSV)</source>
        <translation>Export (CSV)</translation>
    </message>
    <message>
        <source>Deelnemerslijst exporteren</source>
        <translation>Export participant list</translation>
    </message>
    <message>
        <source>Het bestand verlaat de beveiligde app. Bevestig met uw pincode.</source>
        <translation>The file will leave the secure app. Confirm with your PIN.</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>StaffPartnerModel</name>
    <message>
        <source>Woningcorporatie</source>
        <translation>Housing association</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Welzijn en begeleiding</source>
        <translation>Welfare and support</translation>
    </message>
    <message>
        <source>Onderwijs</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Werkgever</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Bewonersgroep</source>
        <translation>Residents&apos; group</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>StaffPartners</name>
    <message numerus="yes">
        <source>Controleer de %n gemarkeerde velden.</source>
        <translation>
            <numerusform>Please check the marked field.</numerusform>
            <numerusform>Please check the %n marked fields.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kies een activiteit.</source>
        <translation>Choose an activity.</translation>
    </message>
    <message>
        <source>Vul een bedrag in euro&apos;s in, zoals 1250 of 1250,50.</source>
        <translation>Enter an amount in euros, like 1250 or 1250.50.</translation>
    </message>
    <message>
        <source>Vul een aantal uren in, zoals 4 of 2,5.</source>
        <translation>Enter a number of hours, like 4 or 2.5.</translation>
    </message>
    <message>
        <source>Vul een aantal plaatsen in.</source>
        <translation>Enter a number of places.</translation>
    </message>
    <message>
        <source>Geen partner</source>
        <translation>No partner</translation>
    </message>
</context>
<context>
    <name>StaffPartnersPage</name>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Nieuwe partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Partner %1, %2</source>
        <translation>Partner %1, %2</translation>
    </message>
    <message>
        <source>Naam van de organisatie</source>
        <translation>Name of the organisation</translation>
    </message>
    <message>
        <source>Soort organisatie</source>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <source>Contactpersoon (niet verplicht)</source>
        <translation>Contact person (optional)</translation>
    </message>
    <message>
        <source>Telefoon van de contactpersoon</source>
        <translation>Contact person&apos;s phone</translation>
    </message>
    <message>
        <source>E-mail van de contactpersoon</source>
        <translation>Contact person&apos;s e-mail</translation>
    </message>
    <message>
        <source>Partner opslaan</source>
        <translation>Save partner</translation>
    </message>
    <message>
        <source>Wat de partner inbracht en wat het opleverde</source>
        <translation>What the partner put in and what came of it</translation>
    </message>
    <message>
        <source>Ingebracht: %1, %2 uur inzet, %3 plaatsen, %4 uur ruimte.</source>
        <translation>Put in: %1, %2 hours of work, %3 places, %4 hours of space.</translation>
    </message>
    <message>
        <source>Opgeleverd: %1 plaatsen bezet in %2 activiteiten, %3 vrijwilligers, %4 uur vrijwilligerswerk, %5 trajecten gestart en %6 afgerond.</source>
        <translation>Result: %1 places filled in %2 activities, %3 volunteers, %4 hours of volunteering, %5 placements started and %6 completed.</translation>
    </message>
    <message>
        <source>Rollen: %1</source>
        <translation>Roles: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3 uur inzet · %4 uur vrijwilligerswerk, %5 gestart, %6 afgerond</source>
        <translation>%1: %2, %3 hours of work · %4 hours of volunteering, %5 started, %6 completed</translation>
    </message>
    <message>
        <source>Rollen en bijdragen per activiteit</source>
        <translation>Roles and contributions per activity</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4, %5 uur, %6 plaatsen, %7 uur ruimte</source>
        <translation>%1 · %2 · %3: %4, %5 hours, %6 places, %7 hours of space</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Bijdrage van %1 voor %2 verwijderen</source>
        <translation>Remove the contribution of %1 for %2</translation>
    </message>
    <message>
        <source>Nog geen bijdragen op deze locatie.</source>
        <translation>No contributions at this location yet.</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Activiteit: %1</source>
        <translation>Activity: %1</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>JJJJ-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Geld (euro)</source>
        <translation>Money (euros)</translation>
    </message>
    <message>
        <source>Uren inzet van eigen mensen</source>
        <translation>Hours of work by their own people</translation>
    </message>
    <message>
        <source>Plaatsen (stage, werk)</source>
        <translation>Places (internship, work)</translation>
    </message>
    <message>
        <source>Uren gebruik van een ruimte</source>
        <translation>Hours of use of a space</translation>
    </message>
    <message>
        <source>Bijdrage opslaan</source>
        <translation>Save contribution</translation>
    </message>
    <message>
        <source>Geld per maand (euro)</source>
        <translation>Money per month (euros)</translation>
    </message>
    <message>
        <source>Uren per maand</source>
        <translation>Hours per month</translation>
    </message>
    <message>
        <source>Inzet van de partner</source>
        <translation>Partner&apos;s contribution</translation>
    </message>
    <message>
        <source>Vrijwilligerswerk</source>
        <translation>Volunteering</translation>
    </message>
</context>
<context>
    <name>StaffPersons</name>
    <message>
        <source>Opslaan is niet gelukt.</source>
        <translation>Saving did not work.</translation>
    </message>
    <message>
        <source>De toelichting mag één regel van hoogstens 200 tekens zijn.</source>
        <translation>The note may be one line of at most 200 characters.</translation>
    </message>
    <message>
        <source>Vul 0 tot 744 uur per maand in.</source>
        <translation>Enter 0 to 744 hours per month.</translation>
    </message>
    <message>
        <source>Vul een datum (JJJJ-MM-DD) en 0 tot %1 minuten in.</source>
        <translation>Enter a date (YYYY-MM-DD) and 0 to %1 minutes.</translation>
    </message>
    <message>
        <source>Zonder verbinding met de server kan de code niet worden opengezet. Probeer het zo opnieuw.</source>
        <translation>The code cannot be unlocked without a connection to the server. Please try again shortly.</translation>
    </message>
    <message>
        <source>De persoonlijke code staat weer open. De huurder kan zijn aanmeldingen weer opzoeken en een telefoon koppelen.</source>
        <translation>The personal code is unlocked again. The tenant can look up their sign-ups and link a phone again.</translation>
    </message>
    <message>
        <source>De persoonlijke code stond niet op slot.</source>
        <translation>The personal code was not locked.</translation>
    </message>
    <message>
        <source>De code kon niet worden opengezet: de server gaf geen antwoord. Probeer het zo opnieuw.</source>
        <translation>The code could not be unlocked: the server did not answer. Please try again shortly.</translation>
    </message>
    <message>
        <source>De huurder heeft een leerplek afgerond.</source>
        <translation>The tenant completed a training place.</translation>
    </message>
    <message>
        <source>De huurder is met een leerplek begonnen.</source>
        <translation>The tenant started a training place.</translation>
    </message>
    <message>
        <source>De huurder doet vrijwilligerswerk.</source>
        <translation>The tenant does volunteer work.</translation>
    </message>
    <message>
        <source>Je rol mag geen trajecten bijhouden.</source>
        <translation>Your role may not keep trajectories.</translation>
    </message>
    <message>
        <source>Deze huurder heeft geen toestemming gegeven om de weg bij te houden.</source>
        <translation>This tenant has not given permission to keep track of their way.</translation>
    </message>
    <message>
        <source>Kies een route.</source>
        <translation>Choose a route.</translation>
    </message>
    <message>
        <source>Kies een trede van de ladder.</source>
        <translation>Choose a rung of the ladder.</translation>
    </message>
    <message>
        <source>Vul een datum in, zoals 2026-12-07.</source>
        <translation>Enter a date, like 2026-12-07.</translation>
    </message>
    <message>
        <source>De datum mag niet later zijn dan vandaag.</source>
        <translation>The date may not be later than today.</translation>
    </message>
    <message>
        <source>De notitie is te lang: hoogstens %1 tekens.</source>
        <translation>The note is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>Het doel is te lang: hoogstens %1 tekens.</source>
        <translation>The goal is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>Vul een datum na de meting in waarop jullie het doel weer bespreken.</source>
        <translation>Enter a date after the measurement on which you will discuss the goal again.</translation>
    </message>
    <message>
        <source>De stap kon niet worden opgeslagen. Probeer het opnieuw.</source>
        <translation>The step could not be saved. Please try again.</translation>
    </message>
</context>
<context>
    <name>StaffPersonsPage</name>
    <message>
        <source>Contact opnemen</source>
        <translation>Get in touch</translation>
    </message>
    <message>
        <source>Passende activiteiten voorstellen</source>
        <translation>Suggest suitable activities</translation>
    </message>
    <message>
        <source>Gegevens delen met de partnerorganisatie</source>
        <translation>Share details with the partner organisation</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Zoek op naam, huurdernummer of persoonlijke code</source>
        <translation>Search by name, tenant number or personal code</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Kies een persoon.</source>
        <translation>Choose a person.</translation>
    </message>
    <message>
        <source>Gewiste persoon</source>
        <translation>Erased person</translation>
    </message>
    <message>
        <source>Persoonlijke code %1 · huurdernummer %2 · %3 %4 · geboren %5
%6 %7</source>
        <translation>Personal code %1 · tenant number %2 · %3 %4 · born %5
%6 %7</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Toestemming %1 intrekken</source>
        <translation>Withdraw consent: %1</translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation>Sign-ups</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tegenprestatie: afgesproken uren per maand</source>
        <translation>Agreed hours per month</translation>
    </message>
    <message>
        <source>Afspraak opslaan</source>
        <translation>Save agreement</translation>
    </message>
    <message>
        <source>Tegenprestatie: %1 per maand afgesproken</source>
        <translation>Agreed hours: %1 per month</translation>
    </message>
    <message>
        <source>%1: %2 gelogd, %3 gecontroleerd, saldo %4</source>
        <translation>%1: %2 logged, %3 verified, balance %4</translation>
    </message>
    <message>
        <source>Persoon wissen</source>
        <translation>Erase person</translation>
    </message>
    <message>
        <source>Spreekt: %1</source>
        <translation>Speaks: %1</translation>
    </message>
    <message>
        <source>niet opgegeven</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>%1 — %2; ingetrokken %3</source>
        <translation>%1 — %2; withdrawn %3</translation>
    </message>
    <message>
        <source>De persoonlijke code staat op slot sinds %1: er is vijf keer een verkeerde geboortedatum bij ingevuld. Kijk of de huurder is wie hij zegt, en zet de code dan weer open.</source>
        <translation>The personal code has been locked since %1: a wrong date of birth was entered with it five times. Check that the tenant is who they say they are, then unlock the code.</translation>
    </message>
    <message>
        <source>Zonder verbinding met de server is niet te zien of de persoonlijke code op slot staat.</source>
        <translation>Without a connection to the server you cannot see whether the personal code is locked.</translation>
    </message>
    <message>
        <source>De persoonlijke code staat open.</source>
        <translation>The personal code is not locked.</translation>
    </message>
    <message>
        <source>Bezig met openzetten…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>Code weer openzetten</source>
        <translation>Unlock the code</translation>
    </message>
    <message>
        <source>Traject bijhouden (participatieladder)</source>
        <translation>Keep the trajectory (participation ladder)</translation>
    </message>
</context>
<context>
    <name>StaffPinDialog</name>
    <message>
        <source>Doorgaan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Uw pincode</source>
        <translation>Your PIN</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StaffQueuePage</name>
    <message>
        <source>Trainingsplaatsen</source>
        <translation>Training places</translation>
    </message>
    <message>
        <source>Aanmeldingen per activiteit</source>
        <translation>Sign-ups per activity</translation>
    </message>
    <message>
        <source>Nog geen aanmeldingen.</source>
        <translation>No sign-ups yet.</translation>
    </message>
    <message>
        <source>%1
%2 van %3 bevestigd · wachtlijst %4</source>
        <translation>%1
%2 of %3 confirmed · waiting list %4</translation>
    </message>
    <message>
        <source>onbeperkt</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>Kies een activiteit om de aanmeldingen te zien.</source>
        <translation>Choose an activity to see its sign-ups.</translation>
    </message>
    <message>
        <source>(gewist)</source>
        <translation>(erased)</translation>
    </message>
    <message>
        <source>Bevestigd</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Wachtlijst #%1</source>
        <translation>Waiting list #%1</translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Teruggetrokken</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>traject gestart</source>
        <translation>placement started</translation>
    </message>
    <message>
        <source>traject afgerond</source>
        <translation>placement completed</translation>
    </message>
    <message>
        <source>uitgevallen</source>
        <translation>dropped out</translation>
    </message>
    <message>
        <source>besluit wacht op verzending</source>
        <translation>decision waiting to be sent</translation>
    </message>
    <message>
        <source>Gestart</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Traject van %1 gestart</source>
        <translation>Placement started for %1</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Traject van %1 afgerond</source>
        <translation>Placement completed for %1</translation>
    </message>
    <message>
        <source>Uitgevallen</source>
        <translation>Dropped out</translation>
    </message>
    <message>
        <source>%1 is uitgevallen</source>
        <translation>%1 dropped out</translation>
    </message>
    <message>
        <source>Bevestigen</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>%1 bevestigen</source>
        <translation>Confirm %1</translation>
    </message>
    <message>
        <source>Wachtlijst</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>%1 op de wachtlijst</source>
        <translation>Put %1 on the waiting list</translation>
    </message>
    <message>
        <source>Afwijzen</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>%1 afwijzen</source>
        <translation>Decline %1</translation>
    </message>
    <message>
        <source>Te beoordelen (plek vastgehouden)</source>
        <translation>To review (place held)</translation>
    </message>
</context>
<context>
    <name>StaffReport</name>
    <message>
        <source>Wonen</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Leren</source>
        <translation>Learning</translation>
    </message>
    <message>
        <source>Werken</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Vrije tijd</source>
        <translation>Leisure</translation>
    </message>
    <message>
        <source>Periodeverslag Meedoen</source>
        <translation>Meedoen period report</translation>
    </message>
    <message>
        <source>Alle buurten</source>
        <translation>All neighbourhoods</translation>
    </message>
    <message>
        <source>Buurt: %1</source>
        <translation>Neighbourhood: %1</translation>
    </message>
    <message>
        <source>Periode: %1 tot en met %2</source>
        <translation>Period: %1 to %2</translation>
    </message>
    <message>
        <source>Cijfers van %1</source>
        <translation>Figures as of %1</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Actieve vrijwilligers</source>
        <translation>Active volunteers</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Plekken gestart</source>
        <translation>Places started</translation>
    </message>
    <message>
        <source>Plekken afgerond</source>
        <translation>Places completed</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Meedoen per route</source>
        <translation>Taking part per route</translation>
    </message>
    <message>
        <source>Samen</source>
        <translation>Together</translation>
    </message>
    <message>
        <source>Een vrijwilliger die op meer routes meedoet, telt bij elke route één keer en bij &apos;Samen&apos; één keer.</source>
        <translation>A volunteer on more than one route counts once on each route and once in &apos;Together&apos;.</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Per maand</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>In deze periode is nog niets geteld.</source>
        <translation>Nothing has been counted in this period yet.</translation>
    </message>
    <message>
        <source>Plekken</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Bezet</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Wachtlijst</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Er zijn geen activiteiten in deze buurt.</source>
        <translation>There are no activities in this neighbourhood.</translation>
    </message>
    <message>
        <source>Plekken 0 betekent: geen grens.</source>
        <translation>Places 0 means: no limit.</translation>
    </message>
    <message>
        <source>Treden op de ladder</source>
        <translation>Rungs on the ladder</translation>
    </message>
    <message>
        <source>Hoger</source>
        <translation>Higher</translation>
    </message>
    <message>
        <source>Gelijk</source>
        <translation>Same</translation>
    </message>
    <message>
        <source>Lager</source>
        <translation>Lower</translation>
    </message>
    <message>
        <source>In deze periode is geen trede gemeten.</source>
        <translation>No rung was measured in this period.</translation>
    </message>
    <message>
        <source>Huurders die toestemming gaven voor hun route: verder gekomen, gestabiliseerd, of gedaald.</source>
        <translation>Tenants who gave consent for their route: moved up, stayed stable, or went down.</translation>
    </message>
    <message>
        <source>Social return</source>
        <translation>Social return</translation>
    </message>
    <message>
        <source>Leverancier en opdracht</source>
        <translation>Supplier and contract</translation>
    </message>
    <message>
        <source>Verplicht</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Gehaald</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Vervuld</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <source>Plaatsingen</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Er zijn geen leveranciers met een social-returnverplichting.</source>
        <translation>There are no suppliers with a social return obligation.</translation>
    </message>
    <message>
        <source>Leerwerkplaatsen bij de leverancier, gewaardeerd per soort en duur met de tabel van de corporatie.</source>
        <translation>Learn-work places at the supplier, valued by type and duration using the housing corporation&apos;s table.</translation>
    </message>
    <message>
        <source>SROI: inzet en opbrengst</source>
        <translation>SROI: input and outcome</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Per eenheid</source>
        <translation>Per unit</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Waarden met de proxies van de corporatie; de bronnen staan in het Excel-bestand.</source>
        <translation>Values use the housing corporation&apos;s proxies; the sources are in the Excel file.</translation>
    </message>
    <message>
        <source>Totaal inzet</source>
        <translation>Total input</translation>
    </message>
    <message>
        <source>Totaal opbrengst</source>
        <translation>Total outcome</translation>
    </message>
    <message>
        <source>Uren vrijwilligerswerk</source>
        <translation>Hours of volunteering</translation>
    </message>
    <message>
        <source>Zelfbeheer-initiatieven die lopen</source>
        <translation>Self-management initiatives running</translation>
    </message>
    <message>
        <source>Leerplekken gestart</source>
        <translation>Training places started</translation>
    </message>
    <message>
        <source>Leerplekken afgerond</source>
        <translation>Training places completed</translation>
    </message>
    <message>
        <source>Afspraken tegenprestatie nagekomen (maanden)</source>
        <translation>Tegenprestatie agreements met (months)</translation>
    </message>
    <message>
        <source>Huurders een trede hoger</source>
        <translation>Tenants one rung higher</translation>
    </message>
    <message>
        <source>Nog niet begonnen</source>
        <translation>Not started yet</translation>
    </message>
    <message>
        <source>Loopt achter</source>
        <translation>Behind</translation>
    </message>
    <message>
        <source>Op koers</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>Loopt voor</source>
        <translation>Ahead</translation>
    </message>
    <message>
        <source>Doel gehaald</source>
        <translation>Goal reached</translation>
    </message>
    <message>
        <source>Doel niet gehaald</source>
        <translation>Goal not reached</translation>
    </message>
    <message>
        <source>Werkgever</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Financier</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Opdrachtgever</source>
        <translation>Commissioner</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Huisvester</source>
        <translation>Provides the space</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Tot nu</source>
        <translation>So far</translation>
    </message>
    <message>
        <source>Verwacht aan het eind</source>
        <translation>Expected at the end</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Voor deze periode zijn geen doelen gesteld.</source>
        <translation>No goals have been set for this period.</translation>
    </message>
    <message>
        <source>Verwacht: wat er aan het eind van de periode staat als het zo doorgaat als tot nu.</source>
        <translation>Expected: where the figure will stand at the end of the period if things go on as they have so far.</translation>
    </message>
    <message>
        <source>Alle routes</source>
        <translation>All routes</translation>
    </message>
    <message>
        <source>kwartaal %1 van %2</source>
        <translation>quarter %1 of %2</translation>
    </message>
    <message>
        <source>Partners: inzet en resultaat</source>
        <translation>Partners: contributions and results</translation>
    </message>
    <message>
        <source>Geld</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>Uren personeel</source>
        <translation>Staff hours</translation>
    </message>
    <message>
        <source>Vrijwilligers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Uren vrijwilligers</source>
        <translation>Volunteer hours</translation>
    </message>
    <message>
        <source>In deze periode hebben geen partners iets ingebracht.</source>
        <translation>No partners contributed anything in this period.</translation>
    </message>
    <message>
        <source>Inzet in de periode; resultaat op de activiteiten waar de partner aan meedoet.</source>
        <translation>Contributions in the period; results on the activities the partner takes part in.</translation>
    </message>
</context>
<context>
    <name>StaffReportPage</name>
    <message>
        <source>Verslag per buurt</source>
        <translation>Report per neighbourhood</translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Verslag opslaan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Het bestand verlaat de beveiligde app. Bevestig met uw pincode.</source>
        <translation>The file leaves the protected app. Confirm with your PIN.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>SROI-invoer voor de accountant</source>
        <translation>SROI data for the accountant</translation>
    </message>
    <message>
        <source>Opslaan als Excel</source>
        <translation>Save as Excel</translation>
    </message>
    <message>
        <source>Opslaan als CSV</source>
        <translation>Save as CSV</translation>
    </message>
    <message>
        <source>SROI-invoer opslaan</source>
        <translation>Save SROI data</translation>
    </message>
</context>
<context>
    <name>StaffResults</name>
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
        <source>Dit doel bestaat niet meer.</source>
        <translation>This goal no longer exists.</translation>
    </message>
    <message>
        <source>Deze tablet kent de locatie nog niet. Wacht tot hij met de server heeft gesynchroniseerd.</source>
        <translation>This tablet does not know its location yet. Wait until it has synchronised with the server.</translation>
    </message>
    <message>
        <source>Kies een jaar of een kwartaal.</source>
        <translation>Choose a year or a quarter.</translation>
    </message>
    <message>
        <source>Kies wat u wilt tellen.</source>
        <translation>Choose what you want to count.</translation>
    </message>
    <message>
        <source>Vul een jaar in, bijvoorbeeld 2027.</source>
        <translation>Enter a year, for example 2027.</translation>
    </message>
    <message>
        <source>Kies een kwartaal.</source>
        <translation>Choose a quarter.</translation>
    </message>
    <message>
        <source>Vul een heel getal in van 0 tot %1.</source>
        <translation>Enter a whole number from 0 to %1.</translation>
    </message>
    <message numerus="yes">
        <source>Controleer de %n gemarkeerde velden.</source>
        <translation>
            <numerusform>Please check the marked field.</numerusform>
            <numerusform>Please check the %n marked fields.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dit kwartaal</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Vorig kwartaal</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>Dit jaar</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Vorig jaar</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>geen PSO</source>
        <translation>no PSO</translation>
    </message>
    <message>
        <source>PSO aspirant</source>
        <translation>PSO aspirant</translation>
    </message>
    <message>
        <source>PSO trede 1</source>
        <translation>PSO rung 1</translation>
    </message>
    <message>
        <source>PSO trede 2</source>
        <translation>PSO rung 2</translation>
    </message>
    <message>
        <source>PSO trede 3</source>
        <translation>PSO rung 3</translation>
    </message>
    <message>
        <source>PSO 30+</source>
        <translation>PSO 30+</translation>
    </message>
    <message>
        <source>van de loonsom</source>
        <translation>of the wage bill</translation>
    </message>
    <message>
        <source>van de contractwaarde</source>
        <translation>of the contract value</translation>
    </message>
    <message>
        <source>%1 tot en met %2</source>
        <translation>%1 to %2</translation>
    </message>
</context>
<context>
    <name>StaffReview</name>
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
        <translation>At the tenant&apos;s request</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>Other</translation>
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
        <source>Kies waarmee u de huurder hebt gecontroleerd: huurdernummer of adres.</source>
        <translation>Choose what you checked the tenant against: tenant number or address.</translation>
    </message>
    <message>
        <source>Alleen een bevestigde leerplaats kan starten, afronden of uitvallen.</source>
        <translation>Only a confirmed training place can be started, completed or marked as dropped out.</translation>
    </message>
</context>
<context>
    <name>StaffSession</name>
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
        <translation>You do not work at this tablet&apos;s site.</translation>
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
    <message numerus="yes">
        <source>Te vaak een verkeerd wachtwoord. Uw account is op slot; over %n minuut/minuten kunt u het opnieuw proberen. De beheerder kan het eerder vrijgeven.</source>
        <translation>
            <numerusform>Too many wrong passwords. Your account is locked; you can try again in %n minute. The administrator can unlock it sooner.</numerusform>
            <numerusform>Too many wrong passwords. Your account is locked; you can try again in %n minutes. The administrator can unlock it sooner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>De server is even druk met aanmelden. Probeer het over %n seconde(n) opnieuw; uw gebruikersnaam blijft staan.</source>
        <translation>
            <numerusform>The server is busy with sign-ins right now. Try again in %n second; your username stays filled in.</numerusform>
            <numerusform>The server is busy with sign-ins right now. Try again in %n seconds; your username stays filled in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Te veel pogingen. Probeer het over %n minuut/minuten opnieuw.</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Werk de app bij. Deze versie past niet meer bij de server. Aanmelden kan weer als de app is bijgewerkt.</source>
        <translation>Update the app. This version no longer works with the server. You can sign in again once the app is updated.</translation>
    </message>
    <message>
        <source>Dit mag u niet doen met uw rol op deze locatie.</source>
        <translation>Your role at this location does not allow this.</translation>
    </message>
</context>
<context>
    <name>StaffSignInPanel</name>
    <message>
        <source>Kies uw pincode</source>
        <translation>Choose your PIN</translation>
    </message>
    <message>
        <source>Ontgrendel met uw pincode</source>
        <translation>Unlock with your PIN</translation>
    </message>
    <message>
        <source>Aanmelden als medewerker</source>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <source>Met deze pincode werkt u op deze tablet verder, ook zonder internet. Kies 5 tot 12 cijfers.</source>
        <translation>With this PIN you can keep working on this tablet, even without internet. Choose 5 to 12 digits.</translation>
    </message>
    <message>
        <source>Kies uw naam. Na twee minuten zonder aanraken gaat de tablet op slot.</source>
        <translation>Choose your name. The tablet locks after two minutes without a touch.</translation>
    </message>
    <message>
        <source>Eenmalig, met internet: uw gebruikersnaam en wachtwoord van de beheerder.</source>
        <translation>Once, with internet: the user name and password you got from the administrator.</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Nieuwe pincode</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>Herhaal de pincode</source>
        <translation>Repeat the PIN</translation>
    </message>
    <message>
        <source>Pincode opslaan</source>
        <translation>Save PIN</translation>
    </message>
    <message>
        <source>Medewerker %1</source>
        <translation>Staff member %1</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Andere medewerker aanmelden</source>
        <translation>Sign in another staff member</translation>
    </message>
    <message>
        <source>Terug naar ontgrendelen</source>
        <translation>Back to unlock</translation>
    </message>
    <message>
        <source>Deze tablet is nog niet ingesteld</source>
        <translation>This tablet is not set up yet</translation>
    </message>
</context>
<context>
    <name>StaffTour</name>
    <message>
        <source>Helaas is er geen plaats meer. We houden u op de hoogte van nieuwe activiteiten.</source>
        <translation>Unfortunately there are no places left. We will keep you informed about new activities.</translation>
    </message>
</context>
<context>
    <name>StaffTrajectorySection</name>
    <message>
        <source>Stap vastgelegd; wordt verstuurd.</source>
        <translation>Step recorded; it will be sent.</translation>
    </message>
    <message>
        <source>Traject</source>
        <translation>Trajectory</translation>
    </message>
    <message>
        <source>Geen toestemming om de weg van deze huurder bij te houden. Er wordt niets bewaard.</source>
        <translation>No permission to keep track of this tenant&apos;s way. Nothing is kept.</translation>
    </message>
    <message>
        <source>%1: trede %2 van %3, %4 (gemeten %5)</source>
        <translation>%1: rung %2 of %3, %4 (measured %5)</translation>
    </message>
    <message>
        <source>meet opnieuw: langer dan zes maanden geleden</source>
        <translation>measure again: more than six months ago</translation>
    </message>
    <message>
        <source>Doel: %1 (bespreken op %2)</source>
        <translation>Goal: %1 (discuss on %2)</translation>
    </message>
    <message>
        <source>Voorstel: %1 naar trede %2 (%3). %4</source>
        <translation>Proposal: %1 to rung %2 (%3). %4</translation>
    </message>
    <message>
        <source>Overnemen</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Trede</source>
        <translation>Rung</translation>
    </message>
    <message>
        <source>Datum van de meting (jjjj-mm-dd)</source>
        <translation>Date of the measurement (yyyy-mm-dd)</translation>
    </message>
    <message>
        <source>Korte notitie</source>
        <translation>Short note</translation>
    </message>
    <message>
        <source>Persoonlijk doel (mag leeg)</source>
        <translation>Personal goal (may be empty)</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: over 6 maanden een stageplek</source>
        <translation>For example: an internship within 6 months</translation>
    </message>
    <message>
        <source>Doel bespreken op (jjjj-mm-dd)</source>
        <translation>Discuss the goal on (yyyy-mm-dd)</translation>
    </message>
    <message>
        <source>Stap vastleggen</source>
        <translation>Record step</translation>
    </message>
</context>
<context>
    <name>StaffWorkspace</name>
    <message>
        <source>Nieuwe vrijwilligers</source>
        <translation>New volunteers</translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation>Sign-ups</translation>
    </message>
    <message>
        <source>Trainingsplaatsen</source>
        <translation>Training places</translation>
    </message>
    <message>
        <source>Conflicten</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Catalogus</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Resultaten</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Meedoen — %1</source>
        <translation>Meedoen — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n wijziging(en) wacht(en) op verzending</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Alles verzonden</source>
        <translation>Everything sent</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nieuwe bewoner inschrijven</source>
        <translation>Register a new tenant</translation>
    </message>
    <message>
        <source>Verwijderverzoeken</source>
        <translation>Erasure requests</translation>
    </message>
    <message>
        <source>Inschrijven</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Werk de app bij. Wijzigingen blijven op deze tablet tot de app is bijgewerkt.</source>
        <translation>Update the app. Changes stay on this tablet until the app is updated.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation>Report</translation>
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
    <message>
        <source>It could not be moved aside in %1.</source>
        <translation>It could not be moved aside in %1.</translation>
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
    <message>
        <source>Werk de app bij. Deze versie past niet meer bij de server.</source>
        <translation>Update the app. This version no longer works with the server.</translation>
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
    <message>
        <source>Dit apparaat mag nu niets versturen. Wat hier is ingevuld, blijft bewaard. Zeg het tegen een medewerker.</source>
        <translation>This device may not send anything right now. What was filled in here is kept. Please tell a staff member.</translation>
    </message>
    <message>
        <source>Werk de app bij. Deze versie past niet meer bij de server. Wat hier is ingevuld, blijft bewaard.</source>
        <translation>Update the app. This version no longer works with the server. What was filled in here is kept.</translation>
    </message>
</context>
<context>
    <name>TenancyVerdictNote</name>
    <message>
        <source>Huurdernummer klopt met het adres</source>
        <translation>Tenant number matches the address</translation>
    </message>
    <message>
        <source>Huurdernummer hoort bij een ander adres</source>
        <translation>Tenant number belongs to a different address</translation>
    </message>
    <message>
        <source>Huurdernummer onbekend in de huuradministratie</source>
        <translation>Tenant number unknown in the rent administration</translation>
    </message>
    <message>
        <source>Geen huurdernummer opgegeven</source>
        <translation>No tenant number given</translation>
    </message>
    <message>
        <source>Controleer het zelf. Klopt het toch, leg dan vast hoe je het hebt gecontroleerd.</source>
        <translation>Check it yourself. If it is correct after all, record how you checked it.</translation>
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
        <source>Een naam bestaat uit letters. Spaties, &apos; - en . mogen ook. Cijfers en andere tekens mogen niet.</source>
        <translation>A name is made of letters. Spaces, &apos; - and . are allowed too. Digits and other characters are not.</translation>
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
    <message>
        <source>Kies waarvoor je de uren geeft.</source>
        <translation>Choose what you are logging the hours for.</translation>
    </message>
    <message>
        <source>Vul de datum in zoals 3-12-2026.</source>
        <translation>Enter the date like 3-12-2026.</translation>
    </message>
    <message>
        <source>Deze datum ligt in de toekomst. Vul een dag in die al geweest is.</source>
        <translation>This date is in the future. Enter a day that has already passed.</translation>
    </message>
    <message numerus="yes">
        <source>Je kunt uren tot %n dagen terug invullen.</source>
        <translation>
            <numerusform>You can log hours up to %n day back.</numerusform>
            <numerusform>You can log hours up to %n days back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vul de datum in.</source>
        <translation>Enter the date.</translation>
    </message>
    <message>
        <source>Vul in hoe lang je bezig was, bijvoorbeeld 1:30.</source>
        <translation>Enter how long you worked, for example 1:30.</translation>
    </message>
    <message>
        <source>Vul de tijd in per kwartier, bijvoorbeeld 1:15 of 1:30.</source>
        <translation>Enter the time in quarter hours, for example 1:15 or 1:30.</translation>
    </message>
    <message>
        <source>Vul de tijd in zoals 1:30 (uren:minuten).</source>
        <translation>Enter the time like 1:30 (hours:minutes).</translation>
    </message>
    <message numerus="yes">
        <source>Met deze uren kom je boven %n uur op die dag.</source>
        <translation>
            <numerusform>With these hours you would go over %n hour that day.</numerusform>
            <numerusform>With these hours you would go over %n hours that day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Je kunt hoogstens %n uur per dag invullen.</source>
        <translation>
            <numerusform>You can log at most %n hour a day.</numerusform>
            <numerusform>You can log at most %n hours a day.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kies een wijk.</source>
        <translation>Choose a neighbourhood.</translation>
    </message>
    <message>
        <source>Kies een route uit de lijst.</source>
        <translation>Choose a route from the list.</translation>
    </message>
    <message>
        <source>Een jaar begint op 1 januari.</source>
        <translation>A year starts on 1 January.</translation>
    </message>
    <message>
        <source>Een kwartaal begint op 1 januari, 1 april, 1 juli of 1 oktober.</source>
        <translation>A quarter starts on 1 January, 1 April, 1 July or 1 October.</translation>
    </message>
    <message>
        <source>Vul een doel in van 0 tot %1.</source>
        <translation>Enter a goal from 0 to %1.</translation>
    </message>
    <message>
        <source>Dit kan Meedoen nog niet tellen. Kies iets anders.</source>
        <translation>Meedoen cannot count this yet. Choose something else.</translation>
    </message>
    <message>
        <source>Vul een getal in van 0 tot en met %1.</source>
        <translation>Enter a number from 0 to %1.</translation>
    </message>
    <message>
        <source>Kies een maand.</source>
        <translation>Choose a month.</translation>
    </message>
    <message>
        <source>Vul een bedrag in van 0 tot en met %1 cent.</source>
        <translation>Enter an amount from 0 to %1 cents.</translation>
    </message>
    <message>
        <source>Schrijf de bron op één regel van hoogstens %1 tekens.</source>
        <translation>Write the source on one line of at most %1 characters.</translation>
    </message>
    <message>
        <source>Vul een drempel in van 0 tot en met %1 cent.</source>
        <translation>Enter a threshold from 0 to %1 cents.</translation>
    </message>
    <message>
        <source>Vul een aandeel in van 1 tot en met 10000 basispunten.</source>
        <translation>Enter a share from 1 to 10000 basis points.</translation>
    </message>
    <message>
        <source>Geef elk soort leerplek één tarief.</source>
        <translation>Give each kind of training place one rate.</translation>
    </message>
    <message>
        <source>Vul een aantal maanden in van 1 tot en met %1.</source>
        <translation>Enter a number of months from 1 to %1.</translation>
    </message>
    <message>
        <source>Hoogstens %1 verplichtingen.</source>
        <translation>At most %1 obligations.</translation>
    </message>
    <message>
        <source>Geef elke verplichting een eigen kenmerk, zoals het contractnummer.</source>
        <translation>Give each obligation its own reference, such as the contract number.</translation>
    </message>
    <message>
        <source>Kies de leverancier uit de partners.</source>
        <translation>Choose the supplier from the partners.</translation>
    </message>
    <message>
        <source>Beschrijf de opdracht op één regel van hoogstens %1 tekens.</source>
        <translation>Describe the contract on one line of at most %1 characters.</translation>
    </message>
    <message>
        <source>Social return geldt voor opdrachten boven € %1.</source>
        <translation>Social return applies to contracts above € %1.</translation>
    </message>
    <message>
        <source>De looptijd eindigt op of na de begindatum.</source>
        <translation>The term ends on or after the start date.</translation>
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
    <message>
        <source>This must be a UUID.</source>
        <translation>This must be a UUID.</translation>
    </message>
    <message>
        <source>This must be a key like abc-1.</source>
        <translation>This must be a key like abc-1.</translation>
    </message>
    <message>
        <source>Without identify, personId must be the UUID of a registered person.</source>
        <translation>Without identify, personId must be the UUID of a registered person.</translation>
    </message>
    <message>
        <source>An opportunity needs a site.</source>
        <translation>An opportunity needs a site.</translation>
    </message>
    <message>
        <source>At most %1 mutations per request.</source>
        <translation>At most %1 mutations per request.</translation>
    </message>
    <message>
        <source>Each mutation must be an object.</source>
        <translation>Each mutation must be an object.</translation>
    </message>
    <message>
        <source>seq must be a whole number from 1.</source>
        <translation>seq must be a whole number from 1.</translation>
    </message>
    <message>
        <source>Send the login and the password as text.</source>
        <translation>Send the login and the password as text.</translation>
    </message>
    <message>
        <source>Send back the cursor you got.</source>
        <translation>Send back the cursor you got.</translation>
    </message>
    <message>
        <source>limit must be a whole number from 1 to %1.</source>
        <translation>limit must be a whole number from 1 to %1.</translation>
    </message>
    <message>
        <source>This parameter is not known.</source>
        <translation>This parameter is not known.</translation>
    </message>
    <message>
        <source>This must be a month like 2026-11.</source>
        <translation>This must be a month like 2026-11.</translation>
    </message>
    <message>
        <source>This list is longer than allowed.</source>
        <translation>This list is longer than allowed.</translation>
    </message>
    <message>
        <source>Send JSON without a byte order mark (BOM).</source>
        <translation>Send JSON without a byte order mark (BOM).</translation>
    </message>
    <message>
        <source>This field is given twice.</source>
        <translation>This field is given twice.</translation>
    </message>
    <message>
        <source>appVersion must be 1 to 32 letters, digits or . + ~ -.</source>
        <translation>appVersion must be 1 to 32 letters, digits or . + ~ -.</translation>
    </message>
    <message>
        <source>Send appVersion, queueLength and oldestQueuedSeconds together, each once.</source>
        <translation>Send appVersion, queueLength and oldestQueuedSeconds together, each once.</translation>
    </message>
    <message>
        <source>Too many kiosks in one answer.</source>
        <translation>Too many kiosks in one answer.</translation>
    </message>
    <message>
        <source>This language is not one of the app&apos;s.</source>
        <translation>This language is not one of the app&apos;s.</translation>
    </message>
    <message>
        <source>This list is too long.</source>
        <translation>This list is too long.</translation>
    </message>
    <message>
        <source>This file is too large.</source>
        <translation>This file is too large.</translation>
    </message>
</context>
</TS>
