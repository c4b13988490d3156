<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CandidateMatch</name>
    <message>
        <source>Nederlands</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Turks</source>
        <translation>Turks</translation>
    </message>
    <message>
        <source>Arabisch</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>maandag</source>
        <translation>maandag</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>zondag</translation>
    </message>
    <message>
        <source>ochtend</source>
        <translation>ochtend</translation>
    </message>
    <message>
        <source>middag</source>
        <translation>middag</translation>
    </message>
    <message>
        <source>avond</source>
        <translation>avond</translation>
    </message>
    <message>
        <source>%1%2</source>
        <comment>A weekday (%1) and a part of the day (%2), one word in Dutch: dinsdagochtend</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Interesse: %1</source>
        <translation>Interesse: %1</translation>
    </message>
    <message numerus="yes">
        <source>Beschikbaar: %1 en nog %n dagdelen</source>
        <translation>
            <numerusform>Beschikbaar: %1 en nog %n dagdeel</numerusform>
            <numerusform>Beschikbaar: %1 en nog %n dagdelen</numerusform>
        </translation>
    </message>
    <message>
        <source>Beschikbaar: %1</source>
        <translation>Beschikbaar: %1</translation>
    </message>
    <message>
        <source>Tijden in overleg</source>
        <translation>Tijden in overleg</translation>
    </message>
    <message>
        <source>Woont in %1</source>
        <translation>Woont in %1</translation>
    </message>
    <message>
        <source>Spreekt %1</source>
        <translation>Spreekt %1</translation>
    </message>
</context>
<context>
    <name>CatalogueList</name>
    <message>
        <source>Gevonden activiteiten</source>
        <translation>Gevonden activiteiten</translation>
    </message>
    <message>
        <source>Niets gevonden. Probeer een ander woord.</source>
        <translation>Niets gevonden. Probeer een ander woord.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Alle activiteiten</source>
        <translation>Alle activiteiten</translation>
    </message>
    <message>
        <source>Dichtbij %1 staat bovenaan.</source>
        <translation>Dichtbij %1 staat bovenaan.</translation>
    </message>
    <message>
        <source>Filters verbergen</source>
        <translation>Filters verbergen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Alles</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Alle buurten</source>
        <translation>Alle buurten</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Buurt</translation>
    </message>
    <message numerus="yes">
        <source>%n gevonden</source>
        <translation>
            <numerusform>%n gevonden</numerusform>
            <numerusform>%n gevonden</numerusform>
        </translation>
    </message>
    <message>
        <source>Dichtbij jou staat bovenaan.</source>
        <translation>Dichtbij jou staat bovenaan.</translation>
    </message>
    <message>
        <source>Dichtbij postcode %1 staat bovenaan.</source>
        <translation>Dichtbij postcode %1 staat bovenaan.</translation>
    </message>
    <message>
        <source>Alleen dichtbij</source>
        <translation>Alleen dichtbij</translation>
    </message>
    <message>
        <source>Ook verder weg (%1)</source>
        <translation>Ook verder weg (%1)</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Deze activiteit is vol. Je komt op de wachtlijst. Komt er een plek vrij, dan hoor je het van ons.</source>
        <translation>Deze activiteit is vol. Je komt op de wachtlijst. Komt er een plek vrij, dan hoor je het van ons.</translation>
    </message>
    <message>
        <source>Je vraagt een plek aan. De corporatie kijkt of het past en laat het je weten.</source>
        <translation>Je vraagt een plek aan. De corporatie kijkt of het past en laat het je weten.</translation>
    </message>
    <message>
        <source>Inschrijven?</source>
        <translation>Inschrijven?</translation>
    </message>
    <message>
        <source>Inschrijven</source>
        <translation>Inschrijven</translation>
    </message>
    <message>
        <source>Je wordt ingeschreven bij de corporatie. Je krijgt een bon met je persoonlijke code; daarna kun je je meteen aanmelden voor activiteiten.</source>
        <translation>Je wordt ingeschreven bij de corporatie. Je krijgt een bon met je persoonlijke code; daarna kun je je meteen aanmelden voor activiteiten.</translation>
    </message>
    <message>
        <source>Klopt dit?</source>
        <translation>Klopt dit?</translation>
    </message>
    <message>
        <source>Versturen</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Niets gekozen</source>
        <translation>Niets gekozen</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Persoonlijke code</source>
        <translation>Persoonlijke code</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Telefoonnummer</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>E-mailadres</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Huurdersnummer</source>
        <translation>Huurdersnummer</translation>
    </message>
    <message>
        <source>Wat je graag doet</source>
        <translation>Wat je graag doet</translation>
    </message>
    <message>
        <source>Talen die je spreekt</source>
        <translation>Talen die je spreekt</translation>
    </message>
    <message>
        <source>Wanneer je tijd hebt</source>
        <translation>Wanneer je tijd hebt</translation>
    </message>
    <message>
        <source>Waar je ja tegen zegt</source>
        <translation>Waar je ja tegen zegt</translation>
    </message>
    <message>
        <source>Nergens: geen vinkjes gezet</source>
        <translation>Nergens: geen vinkjes gezet</translation>
    </message>
    <message>
        <source>Waarom je dit wilt doen</source>
        <translation>Waarom je dit wilt doen</translation>
    </message>
    <message>
        <source>Wanneer je wilt beginnen</source>
        <translation>Wanneer je wilt beginnen</translation>
    </message>
    <message>
        <source>Wijzig</source>
        <translation>Wijzig</translation>
    </message>
    <message>
        <source>Wijzig: %1</source>
        <translation>Wijzig: %1</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Wat doen we met je gegevens?</source>
        <translation>Wat doen we met je gegevens?</translation>
    </message>
    <message>
        <source>We bewaren je naam, adres en hoe we je kunnen bereiken. Die hebben we nodig om je aanmelding te regelen. Voor andere dingen vragen we het je eerst. Zet een vinkje als je het goed vindt. Je kunt later altijd weer nee zeggen.</source>
        <translation>We bewaren je naam, adres en hoe we je kunnen bereiken. Die hebben we nodig om je aanmelding te regelen. Voor andere dingen vragen we het je eerst. Zet een vinkje als je het goed vindt. Je kunt later altijd weer nee zeggen.</translation>
    </message>
    <message>
        <source>Zonder vinkjes kun je je ook gewoon aanmelden.</source>
        <translation>Zonder vinkjes kun je je ook gewoon aanmelden.</translation>
    </message>
</context>
<context>
    <name>ContrastSwitch</name>
    <message>
        <source>Sterk contrast</source>
        <translation>Sterk contrast</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseScreen</name>
    <message>
        <source>De gegevens op dit apparaat waren beschadigd</source>
        <translation>De gegevens op dit apparaat waren beschadigd</translation>
    </message>
    <message>
        <source>Meedoen heeft het bestand apart gezet. Er is niets gewist. De beheerder vindt het als %1.</source>
        <translation>Meedoen heeft het bestand apart gezet. Er is niets gewist. De beheerder vindt het als %1.</translation>
    </message>
    <message>
        <source>Koppel dit apparaat opnieuw aan de server van de corporatie. Daarna haalt het alles weer op. Vraag een medewerker om hulp.</source>
        <translation>Koppel dit apparaat opnieuw aan de server van de corporatie. Daarna haalt het alles weer op. Vraag een medewerker om hulp.</translation>
    </message>
    <message>
        <source>Opnieuw koppelen</source>
        <translation>Opnieuw koppelen</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>De database %1 kan niet worden geopend.</translation>
    </message>
    <message>
        <source>%1 is not a Meedoen database or it is damaged. It was not changed.</source>
        <translation>%1 is geen Meedoen-database of is beschadigd. Het bestand is niet veranderd.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Meedoen (schema %2, this version knows up to %3). Update Meedoen; the file was not changed.</source>
        <translation>%1 is geschreven door een nieuwere versie van Meedoen (schema %2, deze versie kent tot en met %3). Werk Meedoen bij; het bestand is niet veranderd.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written.</source>
        <translation>Er kan niet naar de database %1 worden geschreven.</translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded. It was left as it was.</source>
        <translation>De database %1 kon niet worden bijgewerkt. Hij is gelaten zoals hij was.</translation>
    </message>
</context>
<context>
    <name>DateOfBirthFields</name>
    <message>
        <source>Dag</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>dd</source>
        <translation>dd</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>jjjj</source>
        <translation>jjjj</translation>
    </message>
</context>
<context>
    <name>DeviceEnrollment</name>
    <message>
        <source>Bezig met koppelen…</source>
        <translation>Bezig met koppelen…</translation>
    </message>
    <message>
        <source>Vul het adres van de server in, bijvoorbeeld https://meedoen.corporatie.nl.</source>
        <translation>Vul het adres van de server in, bijvoorbeeld https://meedoen.corporatie.nl.</translation>
    </message>
    <message>
        <source>Dit is geen adres van een server. Het begint met https:// en heeft geen spaties.</source>
        <translation>Dit is geen adres van een server. Het begint met https:// en heeft geen spaties.</translation>
    </message>
    <message>
        <source>Vul de koppelcode in die je van de beheerder kreeg.</source>
        <translation>Vul de koppelcode in die je van de beheerder kreeg.</translation>
    </message>
    <message>
        <source>Deze koppelcode klopt niet. Een koppelcode heeft alleen letters, cijfers en streepjes.</source>
        <translation>Deze koppelcode klopt niet. Een koppelcode heeft alleen letters, cijfers en streepjes.</translation>
    </message>
    <message>
        <source>Gekoppeld. Dit apparaat wisselt nu gegevens uit met de corporatie.</source>
        <translation>Gekoppeld. Dit apparaat wisselt nu gegevens uit met de corporatie.</translation>
    </message>
</context>
<context>
    <name>EnrollPanel</name>
    <message>
        <source>Dit apparaat is nog niet gekoppeld aan de server van de corporatie. Vul het adres van de server in en de koppelcode van de beheerder (15 minuten geldig).</source>
        <translation>Dit apparaat is nog niet gekoppeld aan de server van de corporatie. Vul het adres van de server in en de koppelcode van de beheerder (15 minuten geldig).</translation>
    </message>
    <message>
        <source>Adres van de server</source>
        <translation>Adres van de server</translation>
    </message>
    <message>
        <source>https://meedoen.corporatie.nl</source>
        <translation>https://meedoen.corporatie.nl</translation>
    </message>
    <message>
        <source>Koppelcode</source>
        <translation>Koppelcode</translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation>Koppelen</translation>
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
        <translation>Plek genoeg</translation>
    </message>
    <message>
        <source>Vol — wachtlijst</source>
        <translation>Vol — wachtlijst</translation>
    </message>
    <message numerus="yes">
        <source>Nog %n plek(ken)</source>
        <translation>
            <numerusform>Nog %n plek</numerusform>
            <numerusform>Nog %n plekken</numerusform>
        </translation>
    </message>
    <message>
        <source>Vrijwilligerswerk</source>
        <translation>Vrijwilligerswerk</translation>
    </message>
    <message>
        <source>Zelfbeheer</source>
        <translation>Zelfbeheer</translation>
    </message>
    <message>
        <source>Leren en werken</source>
        <translation>Leren en werken</translation>
    </message>
    <message>
        <source>Wonen</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>Leren</source>
        <translation>Leren</translation>
    </message>
    <message>
        <source>Werken</source>
        <translation>Werken</translation>
    </message>
    <message>
        <source>Vrije tijd</source>
        <translation>Vrije tijd</translation>
    </message>
    <message>
        <source>Wacht op verzenden</source>
        <translation>Wacht op verzenden</translation>
    </message>
    <message>
        <source>Verstuurd — we laten het je weten</source>
        <translation>Verstuurd — we laten het je weten</translation>
    </message>
    <message>
        <source>Je bent aangenomen</source>
        <translation>Je bent aangenomen</translation>
    </message>
    <message>
        <source>Op de wachtlijst: nummer %1</source>
        <translation>Op de wachtlijst: nummer %1</translation>
    </message>
    <message>
        <source>Op de wachtlijst</source>
        <translation>Op de wachtlijst</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>Niet gelukt</translation>
    </message>
    <message>
        <source>Afgemeld</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Wacht op beoordeling</source>
        <translation>Wacht op beoordeling</translation>
    </message>
    <message>
        <source>%1 uur</source>
        <translation>%1 uur</translation>
    </message>
    <message>
        <source>sinds vandaag %1</source>
        <translation>sinds vandaag %1</translation>
    </message>
    <message>
        <source>sinds gisteren %1</source>
        <translation>sinds gisteren %1</translation>
    </message>
    <message>
        <source>sinds %1 %2</source>
        <translation>sinds %1 %2</translation>
    </message>
    <message>
        <source>sinds %1</source>
        <translation>sinds %1</translation>
    </message>
</context>
<context>
    <name>IdentifyPage</name>
    <message>
        <source>Wie ben je?</source>
        <translation>Wie ben je?</translation>
    </message>
    <message>
        <source>Vul de persoonlijke code in die je eerder kreeg, en je geboortedatum.</source>
        <translation>Vul de persoonlijke code in die je eerder kreeg, en je geboortedatum.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Ben je er nog?</source>
        <translation>Ben je er nog?</translation>
    </message>
    <message numerus="yes">
        <source>Over %n seconde(n) wissen we alles wat je hebt ingevuld.</source>
        <translation>
            <numerusform>Over %n seconde wissen we alles wat je hebt ingevuld.</numerusform>
            <numerusform>Over %n seconden wissen we alles wat je hebt ingevuld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ik ben er nog</source>
        <translation>Ik ben er nog</translation>
    </message>
</context>
<context>
    <name>InboxNotice</name>
    <message>
        <source>Je uren van %1 (%2 uur) zijn goedgekeurd.</source>
        <translation>Je uren van %1 (%2 uur) zijn goedgekeurd.</translation>
    </message>
    <message>
        <source>Je uren van %1 zijn aangepast van %2 naar %3 uur.</source>
        <translation>Je uren van %1 zijn aangepast van %2 naar %3 uur.</translation>
    </message>
    <message>
        <source>Je uren van %1 (%2 uur) zijn afgekeurd.</source>
        <translation>Je uren van %1 (%2 uur) zijn afgekeurd.</translation>
    </message>
    <message>
        <source>Bericht van de medewerker: “%1”</source>
        <translation>Bericht van de medewerker: “%1”</translation>
    </message>
</context>
<context>
    <name>KioskHomePage</name>
    <message>
        <source>Meedoen in je buurt</source>
        <translation>Meedoen in je buurt</translation>
    </message>
    <message>
        <source>Doe mee als vrijwilliger, help je buurt zelf te beheren of leer een vak. Kies wat bij je past.</source>
        <translation>Doe mee als vrijwilliger, help je buurt zelf te beheren of leer een vak. Kies wat bij je past.</translation>
    </message>
    <message>
        <source>Vrijwilligerswerk</source>
        <translation>Vrijwilligerswerk</translation>
    </message>
    <message>
        <source>Help mensen in je buurt</source>
        <translation>Help mensen in je buurt</translation>
    </message>
    <message>
        <source>Zelfbeheer</source>
        <translation>Zelfbeheer</translation>
    </message>
    <message>
        <source>Samen een buurthuis, tuin of portiek beheren</source>
        <translation>Samen een buurthuis, tuin of portiek beheren</translation>
    </message>
    <message>
        <source>Leren en werken</source>
        <translation>Leren en werken</translation>
    </message>
    <message>
        <source>Stage, leerwerkplek of re-integratie</source>
        <translation>Stage, leerwerkplek of re-integratie</translation>
    </message>
    <message>
        <source>Of zoek zelf</source>
        <translation>Of zoek zelf</translation>
    </message>
    <message>
        <source>Bekijk alles</source>
        <translation>Bekijk alles</translation>
    </message>
    <message>
        <source>Na 1 minuut zonder aanraken wissen we alles wat je hebt ingevuld.</source>
        <translation>Na 1 minuut zonder aanraken wissen we alles wat je hebt ingevuld.</translation>
    </message>
    <message>
        <source>Hoe staat mijn aanmelding ervoor?</source>
        <translation>Hoe staat mijn aanmelding ervoor?</translation>
    </message>
</context>
<context>
    <name>KioskStatus</name>
    <message>
        <source>Even geduld, we vragen het na…</source>
        <translation>Even geduld, we vragen het na…</translation>
    </message>
    <message>
        <source>We vinden geen aanmelding bij deze persoonlijke code en geboortedatum. Kijk ze na en probeer het nog eens.</source>
        <translation>We vinden geen aanmelding bij deze persoonlijke code en geboortedatum. Kijk ze na en probeer het nog eens.</translation>
    </message>
    <message numerus="yes">
        <source>Te vaak geprobeerd. Probeer het over %n seconden nog eens.</source>
        <translation>
            <numerusform>Te vaak geprobeerd. Probeer het over %n seconde nog eens.</numerusform>
            <numerusform>Te vaak geprobeerd. Probeer het over %n seconden nog eens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dit kan alleen met een internetverbinding, en die is er nu niet. Probeer het later nog eens, of kijk in de app op je telefoon.</source>
        <translation>Dit kan alleen met een internetverbinding, en die is er nu niet. Probeer het later nog eens, of kijk in de app op je telefoon.</translation>
    </message>
    <message>
        <source>Het opvragen is niet gelukt. Probeer het later nog eens.</source>
        <translation>Het opvragen is niet gelukt. Probeer het later nog eens.</translation>
    </message>
    <message>
        <source>Je code is op slot gezet, omdat er te vaak een verkeerde geboortedatum bij is ingevuld. Vraag een medewerker of je wijkconsulent om je code weer open te zetten.</source>
        <translation>Je code is op slot gezet, omdat er te vaak een verkeerde geboortedatum bij is ingevuld. Vraag een medewerker of je wijkconsulent om je code weer open te zetten.</translation>
    </message>
    <message>
        <source>Werk de app bij. Deze versie past niet meer bij de server. Zeg het tegen een medewerker.</source>
        <translation>Werk de app bij. Deze versie past niet meer bij de server. Zeg het tegen een medewerker.</translation>
    </message>
</context>
<context>
    <name>KioskStatusPage</name>
    <message>
        <source>Hoe staat mijn aanmelding ervoor?</source>
        <translation>Hoe staat mijn aanmelding ervoor?</translation>
    </message>
    <message>
        <source>Je hebt je nog nergens voor aangemeld.</source>
        <translation>Je hebt je nog nergens voor aangemeld.</translation>
    </message>
    <message>
        <source>Je aanmeldingen</source>
        <translation>Je aanmeldingen</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>Ladder</name>
    <message>
        <source>Geïsoleerd</source>
        <translation>Geïsoleerd</translation>
    </message>
    <message>
        <source>Je hebt weinig contact met andere mensen.</source>
        <translation>Je hebt weinig contact met andere mensen.</translation>
    </message>
    <message>
        <source>Sociale contacten buitenshuis</source>
        <translation>Sociale contacten buitenshuis</translation>
    </message>
    <message>
        <source>Je spreekt mensen buiten je huis, bijvoorbeeld in de buurt.</source>
        <translation>Je spreekt mensen buiten je huis, bijvoorbeeld in de buurt.</translation>
    </message>
    <message>
        <source>Deelname aan georganiseerde activiteiten</source>
        <translation>Deelname aan georganiseerde activiteiten</translation>
    </message>
    <message>
        <source>Je doet mee aan activiteiten, zoals een taalcafé of een club.</source>
        <translation>Je doet mee aan activiteiten, zoals een taalcafé of een club.</translation>
    </message>
    <message>
        <source>Onbetaald werk (vrijwilligerswerk, stage)</source>
        <translation>Onbetaald werk (vrijwilligerswerk, stage)</translation>
    </message>
    <message>
        <source>Je doet vrijwilligerswerk of je loopt stage.</source>
        <translation>Je doet vrijwilligerswerk of je loopt stage.</translation>
    </message>
    <message>
        <source>Betaald werk met ondersteuning</source>
        <translation>Betaald werk met ondersteuning</translation>
    </message>
    <message>
        <source>Je hebt betaald werk en je krijgt daarbij hulp.</source>
        <translation>Je hebt betaald werk en je krijgt daarbij hulp.</translation>
    </message>
    <message>
        <source>Betaald werk</source>
        <translation>Betaald werk</translation>
    </message>
    <message>
        <source>Je hebt betaald werk.</source>
        <translation>Je hebt betaald werk.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Taal</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>LinkPhonePage</name>
    <message>
        <source>Aanmeldingen koppelen</source>
        <translation>Aanmeldingen koppelen</translation>
    </message>
    <message>
        <source>Heb je je al aangemeld bij de zuil in het buurthuis of bij je wijkconsulent? Vul dan de persoonlijke code van je bon in en je geboortedatum. Dan zie je je aanmeldingen ook op deze telefoon.</source>
        <translation>Heb je je al aangemeld bij de zuil in het buurthuis of bij je wijkconsulent? Vul dan de persoonlijke code van je bon in en je geboortedatum. Dan zie je je aanmeldingen ook op deze telefoon.</translation>
    </message>
    <message>
        <source>Wacht op verbinding…</source>
        <translation>Wacht op verbinding…</translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>Naar mijn aanmeldingen</source>
        <translation>Naar mijn aanmeldingen</translation>
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
        <translation>Nieuws uit je buurt</translation>
    </message>
    <message>
        <source>Tips die bij je passen</source>
        <translation>Tips die bij je passen</translation>
    </message>
    <message>
        <source>Gegevens delen met de organisatie</source>
        <translation>Gegevens delen met de organisatie</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Huurdernummer</source>
        <translation>Huurdernummer</translation>
    </message>
    <message>
        <source>Persoonlijke code</source>
        <translation>Persoonlijke code</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Mijn gegevens</source>
        <translation>Mijn gegevens</translation>
    </message>
    <message>
        <source>Gemaakt op %1</source>
        <translation>Gemaakt op %1</translation>
    </message>
    <message>
        <source>Over mij</source>
        <translation>Over mij</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>ingetrokken op %1</source>
        <translation>ingetrokken op %1</translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation>Aanmeldingen</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Je weg naar werk of school bijhouden</source>
        <translation>Je weg naar werk of school bijhouden</translation>
    </message>
    <message>
        <source>Mijn weg</source>
        <translation>Mijn weg</translation>
    </message>
</context>
<context>
    <name>MySignupsPage</name>
    <message>
        <source>Mijn aanmeldingen</source>
        <translation>Mijn aanmeldingen</translation>
    </message>
    <message>
        <source>Je hebt je op deze telefoon nog niet aangemeld. Kies een activiteit en meld je aan.</source>
        <translation>Je hebt je op deze telefoon nog niet aangemeld. Kies een activiteit en meld je aan.</translation>
    </message>
    <message>
        <source>Je persoonlijke code</source>
        <translation>Je persoonlijke code</translation>
    </message>
    <message>
        <source>QR-code van je persoonlijke code</source>
        <translation>QR-code van je persoonlijke code</translation>
    </message>
    <message>
        <source>Afmelden</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>Al aangemeld bij de zuil of bij je wijkconsulent?</source>
        <translation>Al aangemeld bij de zuil of bij je wijkconsulent?</translation>
    </message>
    <message>
        <source>Koppel je aanmeldingen</source>
        <translation>Koppel je aanmeldingen</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Stap %1 van %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
</context>
<context>
    <name>NightScreen</name>
    <message>
        <source>Het scherm is uit. Tik om te beginnen.</source>
        <translation>Het scherm is uit. Tik om te beginnen.</translation>
    </message>
</context>
<context>
    <name>NothingYetNotice</name>
    <message>
        <source>Er is nu niets om je voor aan te melden</source>
        <translation>Er is nu niets om je voor aan te melden</translation>
    </message>
    <message>
        <source>Deze app is nog niet ingesteld</source>
        <translation>Deze app is nog niet ingesteld</translation>
    </message>
    <message>
        <source>Deze zuil is nog niet ingesteld</source>
        <translation>Deze zuil is nog niet ingesteld</translation>
    </message>
    <message>
        <source>Een medewerker van de corporatie zet alles klaar. Daarna zie je hier wat je kunt doen.</source>
        <translation>Een medewerker van de corporatie zet alles klaar. Daarna zie je hier wat je kunt doen.</translation>
    </message>
    <message>
        <source>De activiteiten worden opgehaald. Kom straks terug of vraag een medewerker.</source>
        <translation>De activiteiten worden opgehaald. Kom straks terug of vraag een medewerker.</translation>
    </message>
</context>
<context>
    <name>OpportunityPage</name>
    <message>
        <source>Vanaf %1 jaar</source>
        <translation>Vanaf %1 jaar</translation>
    </message>
    <message>
        <source>Nederlands op niveau %1 (%2)</source>
        <translation>Nederlands op niveau %1 (%2)</translation>
    </message>
    <message>
        <source>eenvoudige gesprekken</source>
        <translation>eenvoudige gesprekken</translation>
    </message>
    <message>
        <source>gewone gesprekken</source>
        <translation>gewone gesprekken</translation>
    </message>
    <message>
        <source>Een bewijs (certificaat) als je klaar bent</source>
        <translation>Een bewijs (certificaat) als je klaar bent</translation>
    </message>
    <message>
        <source>Van %1 tot %2</source>
        <translation>Van %1 tot %2</translation>
    </message>
    <message>
        <source>Vanaf %1</source>
        <translation>Vanaf %1</translation>
    </message>
    <message>
        <source>Wat ga je doen?</source>
        <translation>Wat ga je doen?</translation>
    </message>
    <message>
        <source>Met wie?</source>
        <translation>Met wie?</translation>
    </message>
    <message>
        <source>Wanneer?</source>
        <translation>Wanneer?</translation>
    </message>
    <message>
        <source>Waar?</source>
        <translation>Waar?</translation>
    </message>
    <message>
        <source>%1 hiervandaan</source>
        <translation>%1 hiervandaan</translation>
    </message>
    <message>
        <source>Wat vragen we?</source>
        <translation>Wat vragen we?</translation>
    </message>
    <message>
        <source>Wat krijg je?</source>
        <translation>Wat krijg je?</translation>
    </message>
    <message>
        <source>Vragen? Neem contact op met</source>
        <translation>Vragen? Neem contact op met</translation>
    </message>
    <message>
        <source>Zet me op de wachtlijst</source>
        <translation>Zet me op de wachtlijst</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Ik ben nieuw</source>
        <translation>Ik ben nieuw</translation>
    </message>
    <message>
        <source>Ik heb al een code</source>
        <translation>Ik heb al een code</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>Buiten gebruik — neem contact op met de corporatie.</source>
        <translation>Buiten gebruik — neem contact op met de corporatie.</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Terug</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>PersonalCodeField</name>
    <message>
        <source>Deze QR-code is geen persoonlijke code. Probeer de QR-code op je bon.</source>
        <translation>Deze QR-code is geen persoonlijke code. Probeer de QR-code op je bon.</translation>
    </message>
    <message>
        <source>Persoonlijke code</source>
        <translation>Persoonlijke code</translation>
    </message>
    <message>
        <source>Scan QR-code</source>
        <translation>Scan QR-code</translation>
    </message>
    <message>
        <source>Lees je persoonlijke code met de camera</source>
        <translation>Lees je persoonlijke code met de camera</translation>
    </message>
    <message>
        <source>12 tekens, bijvoorbeeld %1</source>
        <translation>12 tekens, bijvoorbeeld %1</translation>
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
        <translation>Wat kun je doen in je buurt?</translation>
    </message>
    <message>
        <source>Mijn aanmeldingen (%1)</source>
        <translation>Mijn aanmeldingen (%1)</translation>
    </message>
    <message>
        <source>Vrijwilligerswerk</source>
        <translation>Vrijwilligerswerk</translation>
    </message>
    <message>
        <source>Help mensen in je buurt</source>
        <translation>Help mensen in je buurt</translation>
    </message>
    <message>
        <source>Zelfbeheer</source>
        <translation>Zelfbeheer</translation>
    </message>
    <message>
        <source>Samen een buurthuis, tuin of portiek beheren</source>
        <translation>Samen een buurthuis, tuin of portiek beheren</translation>
    </message>
    <message>
        <source>Leren en werken</source>
        <translation>Leren en werken</translation>
    </message>
    <message>
        <source>Stage, leerwerkplek of re-integratie</source>
        <translation>Stage, leerwerkplek of re-integratie</translation>
    </message>
    <message>
        <source>Bekijk alles</source>
        <translation>Bekijk alles</translation>
    </message>
    <message>
        <source>Mijn uren</source>
        <translation>Mijn uren</translation>
    </message>
    <message>
        <source>Mijn gegevens</source>
        <translation>Mijn gegevens</translation>
    </message>
    <message>
        <source>Berichten</source>
        <translation>Berichten</translation>
    </message>
    <message numerus="yes">
        <source>%n ongelezen berichten</source>
        <translation>
            <numerusform>%n ongelezen bericht</numerusform>
            <numerusform>%n ongelezen berichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneHours</name>
    <message>
        <source>Je uren zijn niet bewaard. Probeer het nog eens.</source>
        <translation>Je uren zijn niet bewaard. Probeer het nog eens.</translation>
    </message>
    <message>
        <source>Je uren zijn niet bewaard: je telefoon is vol. Maak ruimte vrij en probeer het nog eens.</source>
        <translation>Je uren zijn niet bewaard: je telefoon is vol. Maak ruimte vrij en probeer het nog eens.</translation>
    </message>
</context>
<context>
    <name>PhoneHoursModel</name>
    <message>
        <source>Wacht op verzenden</source>
        <translation>Wacht op verzenden</translation>
    </message>
    <message>
        <source>Verstuurd — nog niet goedgekeurd</source>
        <translation>Verstuurd — nog niet goedgekeurd</translation>
    </message>
    <message>
        <source>Goedgekeurd</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Aangepast naar %1 uur</source>
        <translation>Aangepast naar %1 uur</translation>
    </message>
    <message>
        <source>Aangepast naar %1 uur: %2</source>
        <translation>Aangepast naar %1 uur: %2</translation>
    </message>
    <message>
        <source>Afgekeurd</source>
        <translation>Afgekeurd</translation>
    </message>
    <message>
        <source>Afgekeurd: %1</source>
        <translation>Afgekeurd: %1</translation>
    </message>
    <message>
        <source>de datum ligt in de toekomst</source>
        <translation>de datum ligt in de toekomst</translation>
    </message>
    <message numerus="yes">
        <source>de datum is langer dan %n dagen geleden</source>
        <translation>
            <numerusform>de datum is langer dan %n dag geleden</numerusform>
            <numerusform>de datum is langer dan %n dagen geleden</numerusform>
        </translation>
    </message>
    <message>
        <source>vul de tijd in per kwartier</source>
        <translation>vul de tijd in per kwartier</translation>
    </message>
    <message numerus="yes">
        <source>meer dan %n uur op één dag</source>
        <translation>
            <numerusform>meer dan %n uur op één dag</numerusform>
            <numerusform>meer dan %n uur op één dag</numerusform>
        </translation>
    </message>
    <message>
        <source>je bent hier (nog) niet aangenomen</source>
        <translation>je bent hier (nog) niet aangenomen</translation>
    </message>
    <message>
        <source>de medewerker had het al bekeken</source>
        <translation>de medewerker had het al bekeken</translation>
    </message>
    <message>
        <source>deze activiteit bestaat niet meer</source>
        <translation>deze activiteit bestaat niet meer</translation>
    </message>
    <message>
        <source>de corporatie kon dit niet verwerken</source>
        <translation>de corporatie kon dit niet verwerken</translation>
    </message>
</context>
<context>
    <name>PhoneHoursPage</name>
    <message>
        <source>Mijn uren</source>
        <translation>Mijn uren</translation>
    </message>
    <message>
        <source>Tegenprestatie in %1</source>
        <translation>Tegenprestatie in %1</translation>
    </message>
    <message>
        <source>Afgesproken %1 uur · ingevuld %2 · goedgekeurd %3 · nog te doen %4</source>
        <translation>Afgesproken %1 uur · ingevuld %2 · goedgekeurd %3 · nog te doen %4</translation>
    </message>
    <message>
        <source>Uren invullen kan als je bent aangenomen voor vrijwilligerswerk of zelfbeheer.</source>
        <translation>Uren invullen kan als je bent aangenomen voor vrijwilligerswerk of zelfbeheer.</translation>
    </message>
    <message>
        <source>Uren aanpassen</source>
        <translation>Uren aanpassen</translation>
    </message>
    <message>
        <source>Uren invullen</source>
        <translation>Uren invullen</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Hoe lang (uren:minuten, per kwartier)</source>
        <translation>Hoe lang (uren:minuten, per kwartier)</translation>
    </message>
    <message>
        <source>Wat heb je gedaan? (mag leeg blijven)</source>
        <translation>Wat heb je gedaan? (mag leeg blijven)</translation>
    </message>
    <message>
        <source>Wijziging bewaren</source>
        <translation>Wijziging bewaren</translation>
    </message>
    <message>
        <source>Uren bewaren</source>
        <translation>Uren bewaren</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Ingevulde uren</source>
        <translation>Ingevulde uren</translation>
    </message>
    <message>
        <source>%1 uur — %2</source>
        <translation>%1 uur — %2</translation>
    </message>
    <message>
        <source>Aanpassen</source>
        <translation>Aanpassen</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Uren van %1 bij %2 aanpassen</source>
        <translation>Uren van %1 bij %2 aanpassen</translation>
    </message>
    <message>
        <source>Uren van %1 bij %2 intrekken</source>
        <translation>Uren van %1 bij %2 intrekken</translation>
    </message>
    <message>
        <source>%1 uur op %2 bij %3</source>
        <translation>%1 uur op %2 bij %3</translation>
    </message>
    <message>
        <source>Uren intrekken?</source>
        <translation>Uren intrekken?</translation>
    </message>
    <message>
        <source>%1 telt dan niet meer mee.</source>
        <translation>%1 telt dan niet meer mee.</translation>
    </message>
    <message>
        <source>bijvoorbeeld %1</source>
        <translation>bijvoorbeeld %1</translation>
    </message>
</context>
<context>
    <name>PhoneInbox</name>
    <message>
        <source>Nieuw bericht in Meedoen</source>
        <translation>Nieuw bericht in Meedoen</translation>
    </message>
</context>
<context>
    <name>PhoneInboxPage</name>
    <message>
        <source>Berichten</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Alles gelezen</source>
        <translation>Alles gelezen</translation>
    </message>
    <message>
        <source>Nog geen berichten. Hier lees je wat de corporatie over je aanmeldingen en je uren besluit.</source>
        <translation>Nog geen berichten. Hier lees je wat de corporatie over je aanmeldingen en je uren besluit.</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Je uren</source>
        <translation>Je uren</translation>
    </message>
    <message>
        <source>Ontvangen op %1</source>
        <translation>Ontvangen op %1</translation>
    </message>
</context>
<context>
    <name>PhoneMyDataPage</name>
    <message>
        <source>Mijn gegevens</source>
        <translation>Mijn gegevens</translation>
    </message>
    <message>
        <source>Deze telefoon bewaart geen gegevens van je.</source>
        <translation>Deze telefoon bewaart geen gegevens van je.</translation>
    </message>
    <message>
        <source>Over mij</source>
        <translation>Over mij</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Ingetrokken op %1</source>
        <translation>Ingetrokken op %1</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>%1 intrekken</source>
        <translation>%1 intrekken</translation>
    </message>
    <message>
        <source>Aanmeldingen (%1)</source>
        <translation>Aanmeldingen (%1)</translation>
    </message>
    <message>
        <source>Uren (%1)</source>
        <translation>Uren (%1)</translation>
    </message>
    <message>
        <source>%1: %2, %3 uur</source>
        <translation>%1: %2, %3 uur</translation>
    </message>
    <message>
        <source>Download mijn gegevens</source>
        <translation>Download mijn gegevens</translation>
    </message>
    <message>
        <source>Opslaan is niet gelukt.</source>
        <translation>Opslaan is niet gelukt.</translation>
    </message>
    <message>
        <source>Opgeslagen als mijn-gegevens.json en mijn-gegevens.html in %1</source>
        <translation>Opgeslagen als mijn-gegevens.json en mijn-gegevens.html in %1</translation>
    </message>
    <message>
        <source>Toestemming intrekken?</source>
        <translation>Toestemming intrekken?</translation>
    </message>
    <message>
        <source>We gebruiken je gegevens dan niet meer voor: %1.</source>
        <translation>We gebruiken je gegevens dan niet meer voor: %1.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Gegevens laten verwijderen</source>
        <translation>Gegevens laten verwijderen</translation>
    </message>
    <message>
        <source>Gevraagd op %1. Een medewerker van de corporatie verwijdert je gegevens binnen een maand; daarna staan ze ook niet meer op deze telefoon.</source>
        <translation>Gevraagd op %1. Een medewerker van de corporatie verwijdert je gegevens binnen een maand; daarna staan ze ook niet meer op deze telefoon.</translation>
    </message>
    <message>
        <source>Je kunt de corporatie vragen al je gegevens te verwijderen.</source>
        <translation>Je kunt de corporatie vragen al je gegevens te verwijderen.</translation>
    </message>
    <message>
        <source>Vraag om verwijdering van mijn gegevens</source>
        <translation>Vraag om verwijdering van mijn gegevens</translation>
    </message>
    <message>
        <source>Je gegevens laten verwijderen?</source>
        <translation>Je gegevens laten verwijderen?</translation>
    </message>
    <message>
        <source>Een medewerker van de corporatie verwijdert dan je naam, adres, contactgegevens, toestemmingen en persoonlijke code, op de server en op deze telefoon. Je aanmeldingen worden ingetrokken en je plek komt vrij voor de wachtlijst. Gewerkte uren blijven zonder je naam bewaard voor de cijfers. Dit kan niet ongedaan worden gemaakt; wil je later weer meedoen, dan meld je je opnieuw aan.</source>
        <translation>Een medewerker van de corporatie verwijdert dan je naam, adres, contactgegevens, toestemmingen en persoonlijke code, op de server en op deze telefoon. Je aanmeldingen worden ingetrokken en je plek komt vrij voor de wachtlijst. Gewerkte uren blijven zonder je naam bewaard voor de cijfers. Dit kan niet ongedaan worden gemaakt; wil je later weer meedoen, dan meld je je opnieuw aan.</translation>
    </message>
    <message>
        <source>Verwijderen aanvragen</source>
        <translation>Verwijderen aanvragen</translation>
    </message>
    <message>
        <source>Mijn weg</source>
        <translation>Mijn weg</translation>
    </message>
    <message>
        <source>Er is nog niets bijgehouden. Een medewerker doet dit samen met jou.</source>
        <translation>Er is nog niets bijgehouden. Een medewerker doet dit samen met jou.</translation>
    </message>
    <message>
        <source>Je hebt geen toestemming gegeven om je weg bij te houden. Daarom staat hier niets.</source>
        <translation>Je hebt geen toestemming gegeven om je weg bij te houden. Daarom staat hier niets.</translation>
    </message>
    <message>
        <source>%1: stap %2 van %3</source>
        <translation>%1: stap %2 van %3</translation>
    </message>
    <message>
        <source>Bijgewerkt op %1</source>
        <translation>Bijgewerkt op %1</translation>
    </message>
    <message>
        <source>Je doel: %1. We kijken er samen weer naar op %2.</source>
        <translation>Je doel: %1. We kijken er samen weer naar op %2.</translation>
    </message>
    <message>
        <source>Toestemming geven</source>
        <translation>Toestemming geven</translation>
    </message>
    <message>
        <source>Toestemming geven om mijn weg bij te houden</source>
        <translation>Toestemming geven om mijn weg bij te houden</translation>
    </message>
    <message>
        <source>Nee, liever niet</source>
        <translation>Nee, liever niet</translation>
    </message>
    <message>
        <source>Ja, dat mag</source>
        <translation>Ja, dat mag</translation>
    </message>
</context>
<context>
    <name>QrScanView</name>
    <message>
        <source>Houd de QR-code van je persoonlijke code voor de camera</source>
        <translation>Houd de QR-code van je persoonlijke code voor de camera</translation>
    </message>
    <message>
        <source>Beeld van de camera</source>
        <translation>Beeld van de camera</translation>
    </message>
    <message>
        <source>De camera doet het niet. Geef de app toestemming om de camera te gebruiken, of typ je code over.</source>
        <translation>De camera doet het niet. Geef de app toestemming om de camera te gebruiken, of typ je code over.</translation>
    </message>
    <message>
        <source>Er is geen camera gevonden. Typ je code over.</source>
        <translation>Er is geen camera gevonden. Typ je code over.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
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
        <translation>Lees voor</translation>
    </message>
    <message>
        <source>Stop met voorlezen</source>
        <translation>Stop met voorlezen</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Aangevraagd — we laten het je weten</source>
        <translation>Aangevraagd — we laten het je weten</translation>
    </message>
    <message>
        <source>Je hebt een plek aangevraagd bij: %1</source>
        <translation>Je hebt een plek aangevraagd bij: %1</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>QR-code van je persoonlijke code</source>
        <translation>QR-code van je persoonlijke code</translation>
    </message>
    <message>
        <source>Je code is bewaard op deze telefoon. Je vindt hem bij Mijn aanmeldingen.</source>
        <translation>Je code is bewaard op deze telefoon. Je vindt hem bij Mijn aanmeldingen.</translation>
    </message>
    <message>
        <source>Bewaar je code goed. Wil je je aanmeldingen op deze telefoon zien? Kies dan Mijn aanmeldingen en Koppel je aanmeldingen.</source>
        <translation>Bewaar je code goed. Wil je je aanmeldingen op deze telefoon zien? Kies dan Mijn aanmeldingen en Koppel je aanmeldingen.</translation>
    </message>
    <message>
        <source>Schrijf je code op of maak er een foto van. Met je code en je geboortedatum meld je je de volgende keer snel aan.</source>
        <translation>Schrijf je code op of maak er een foto van. Met je code en je geboortedatum meld je je de volgende keer snel aan.</translation>
    </message>
    <message>
        <source>Met je code en je geboortedatum meld je je snel aan.</source>
        <translation>Met je code en je geboortedatum meld je je snel aan.</translation>
    </message>
    <message>
        <source>Schrijf je code ook op. Dan kun je hem ook bij de zuil in het buurthuis gebruiken.</source>
        <translation>Schrijf je code ook op. Dan kun je hem ook bij de zuil in het buurthuis gebruiken.</translation>
    </message>
    <message>
        <source>Heb je de app Meedoen? Kies daar Mijn aanmeldingen en dan Koppel je aanmeldingen. Scan dan deze QR-code.</source>
        <translation>Heb je de app Meedoen? Kies daar Mijn aanmeldingen en dan Koppel je aanmeldingen. Scan dan deze QR-code.</translation>
    </message>
    <message>
        <source>Je aanmelding is niet gelukt</source>
        <translation>Je aanmelding is niet gelukt</translation>
    </message>
    <message>
        <source>Je hebt je aangemeld voor de wachtlijst van: %1</source>
        <translation>Je hebt je aangemeld voor de wachtlijst van: %1</translation>
    </message>
    <message>
        <source>Dit is je persoonlijke code:</source>
        <translation>Dit is je persoonlijke code:</translation>
    </message>
    <message>
        <source>Je aanmelding is toegevoegd aan je persoonlijke code:</source>
        <translation>Je aanmelding is toegevoegd aan je persoonlijke code:</translation>
    </message>
    <message>
        <source>Je persoonlijke code: %1</source>
        <translation>Je persoonlijke code: %1</translation>
    </message>
    <message>
        <source>Print je bon</source>
        <translation>Print je bon</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Je staat op de wachtlijst voor: %1</source>
        <translation>Je staat op de wachtlijst voor: %1</translation>
    </message>
    <message>
        <source>Je hebt je aangemeld voor: %1</source>
        <translation>Je hebt je aangemeld voor: %1</translation>
    </message>
    <message>
        <source>Je persoonlijke code:</source>
        <translation>Je persoonlijke code:</translation>
    </message>
    <message>
        <source>Je aanmelding staat bij je persoonlijke code:</source>
        <translation>Je aanmelding staat bij je persoonlijke code:</translation>
    </message>
    <message>
        <source>Bewaar deze bon. Met je code en je geboortedatum meld je je de volgende keer snel aan.</source>
        <translation>Bewaar deze bon. Met je code en je geboortedatum meld je je de volgende keer snel aan.</translation>
    </message>
    <message>
        <source>Meedoen-bon</source>
        <translation>Meedoen-bon</translation>
    </message>
    <message>
        <source>Je bon komt uit de printer.</source>
        <translation>Je bon komt uit de printer.</translation>
    </message>
    <message>
        <source>Printen lukt nu niet. Schrijf je code op of maak er een foto van.</source>
        <translation>Printen lukt nu niet. Schrijf je code op of maak er een foto van.</translation>
    </message>
</context>
<context>
    <name>RegisterAddressPage</name>
    <message>
        <source>Waar woon je?</source>
        <translation>Waar woon je?</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Huisnummer</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>Toevoeging (als je die hebt)</source>
        <translation>Toevoeging (als je die hebt)</translation>
    </message>
    <message>
        <source>Hoe kunnen we je bereiken?</source>
        <translation>Hoe kunnen we je bereiken?</translation>
    </message>
    <message>
        <source>Vul je telefoonnummer of je e-mailadres in. Eén van de twee is genoeg.</source>
        <translation>Vul je telefoonnummer of je e-mailadres in. Eén van de twee is genoeg.</translation>
    </message>
    <message>
        <source>Telefoonnummer</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>E-mailadres (als je wilt)</source>
        <translation>E-mailadres (als je wilt)</translation>
    </message>
    <message>
        <source>Huurdersnummer (als je het weet)</source>
        <translation>Huurdersnummer (als je het weet)</translation>
    </message>
    <message>
        <source>Staat op je huurcontract of in de brief van de corporatie</source>
        <translation>Staat op je huurcontract of in de brief van de corporatie</translation>
    </message>
    <message>
        <source>Bijvoorbeeld %1</source>
        <translation>Bijvoorbeeld %1</translation>
    </message>
</context>
<context>
    <name>RegisterAvailabilityPage</name>
    <message>
        <source>Wanneer heb je tijd?</source>
        <translation>Wanneer heb je tijd?</translation>
    </message>
    <message>
        <source>Tik op de vakjes die passen. Je mag ook niets kiezen.</source>
        <translation>Tik op de vakjes die passen. Je mag ook niets kiezen.</translation>
    </message>
    <message>
        <source>ma</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>di</source>
        <translation>di</translation>
    </message>
    <message>
        <source>wo</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>do</source>
        <translation>do</translation>
    </message>
    <message>
        <source>vr</source>
        <translation>vr</translation>
    </message>
    <message>
        <source>za</source>
        <translation>za</translation>
    </message>
    <message>
        <source>zo</source>
        <translation>zo</translation>
    </message>
    <message>
        <source>maandag</source>
        <translation>maandag</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>zondag</translation>
    </message>
    <message>
        <source>ochtend</source>
        <translation>ochtend</translation>
    </message>
    <message>
        <source>middag</source>
        <translation>middag</translation>
    </message>
    <message>
        <source>avond</source>
        <translation>avond</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>RegisterInterestsPage</name>
    <message>
        <source>Wat doe je graag?</source>
        <translation>Wat doe je graag?</translation>
    </message>
    <message>
        <source>Kies zo veel als je wilt. Je mag ook niets kiezen.</source>
        <translation>Kies zo veel als je wilt. Je mag ook niets kiezen.</translation>
    </message>
    <message>
        <source>Welke talen spreek je?</source>
        <translation>Welke talen spreek je?</translation>
    </message>
</context>
<context>
    <name>RegisterNamePage</name>
    <message>
        <source>Voornaam</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Wie ben je?</source>
        <translation>Wie ben je?</translation>
    </message>
    <message>
        <source>Je moet 16 jaar of ouder zijn om mee te doen.</source>
        <translation>Je moet 16 jaar of ouder zijn om mee te doen.</translation>
    </message>
    <message>
        <source>Wat is je geboortedatum?</source>
        <translation>Wat is je geboortedatum?</translation>
    </message>
</context>
<context>
    <name>RegistrationController</name>
    <message>
        <source>Vul je telefoonnummer of je e-mailadres in. Dan kunnen we je bereiken.</source>
        <translation>Vul je telefoonnummer of je e-mailadres in. Dan kunnen we je bereiken.</translation>
    </message>
    <message>
        <source>Vul je geboortedatum in: dag, maand en jaar.</source>
        <translation>Vul je geboortedatum in: dag, maand en jaar.</translation>
    </message>
    <message>
        <source>Deze datum bestaat niet. Kijk dag, maand en jaar nog eens na.</source>
        <translation>Deze datum bestaat niet. Kijk dag, maand en jaar nog eens na.</translation>
    </message>
    <message>
        <source>Vul je persoonlijke code in. Je vindt hem op je bon.</source>
        <translation>Vul je persoonlijke code in. Je vindt hem op je bon.</translation>
    </message>
    <message>
        <source>Deze code klopt niet. Kijk nog eens op je bon: 12 tekens, zoals ABCD-EFGH-JKMN.</source>
        <translation>Deze code klopt niet. Kijk nog eens op je bon: 12 tekens, zoals ABCD-EFGH-JKMN.</translation>
    </message>
    <message>
        <source>Schrijf in een paar woorden waarom je dit wilt.</source>
        <translation>Schrijf in een paar woorden waarom je dit wilt.</translation>
    </message>
    <message>
        <source>Kies wanneer je wilt beginnen.</source>
        <translation>Kies wanneer je wilt beginnen.</translation>
    </message>
    <message>
        <source>Nieuws uit je buurt</source>
        <translation>Nieuws uit je buurt</translation>
    </message>
    <message>
        <source>We mogen je bellen, appen of mailen over nieuwe activiteiten in je buurt.</source>
        <translation>We mogen je bellen, appen of mailen over nieuwe activiteiten in je buurt.</translation>
    </message>
    <message>
        <source>Tips die bij je passen</source>
        <translation>Tips die bij je passen</translation>
    </message>
    <message>
        <source>We mogen je interesses en je vrije tijd gebruiken om activiteiten voor je te zoeken.</source>
        <translation>We mogen je interesses en je vrije tijd gebruiken om activiteiten voor je te zoeken.</translation>
    </message>
    <message>
        <source>Gegevens delen met de organisatie</source>
        <translation>Gegevens delen met de organisatie</translation>
    </message>
    <message>
        <source>We mogen je naam en telefoonnummer geven aan de organisatie van de activiteit. Zij nemen dan zelf contact met je op.</source>
        <translation>We mogen je naam en telefoonnummer geven aan de organisatie van de activiteit. Zij nemen dan zelf contact met je op.</translation>
    </message>
    <message>
        <source>Er klopt nog iets niet. Kijk naar de rode meldingen.</source>
        <translation>Er klopt nog iets niet. Kijk naar de rode meldingen.</translation>
    </message>
    <message>
        <source>Opslaan lukte niet. Probeer het nog een keer, of vraag hulp bij de balie.</source>
        <translation>Opslaan lukte niet. Probeer het nog een keer, of vraag hulp bij de balie.</translation>
    </message>
    <message>
        <source>Taal en lezen</source>
        <translation>Taal en lezen</translation>
    </message>
    <message>
        <source>Kinderen</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Ouderen</source>
        <translation>Ouderen</translation>
    </message>
    <message>
        <source>Klussen</source>
        <translation>Klussen</translation>
    </message>
    <message>
        <source>Tuin en groen</source>
        <translation>Tuin en groen</translation>
    </message>
    <message>
        <source>Koken</source>
        <translation>Koken</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>Muziek</source>
        <translation>Muziek</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Techniek</source>
        <translation>Techniek</translation>
    </message>
    <message>
        <source>Administratie</source>
        <translation>Administratie</translation>
    </message>
    <message>
        <source>Winkel</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <source>Schoonmaken</source>
        <translation>Schoonmaken</translation>
    </message>
    <message>
        <source>Veiligheid</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <source>Het opslaan is niet gelukt. Probeer het nog een keer.</source>
        <translation>Het opslaan is niet gelukt. Probeer het nog een keer.</translation>
    </message>
    <message>
        <source>We zoeken je aanmeldingen op zodra je telefoon verbinding heeft.</source>
        <translation>We zoeken je aanmeldingen op zodra je telefoon verbinding heeft.</translation>
    </message>
    <message>
        <source>Gelukt: je aanmeldingen staan nu op deze telefoon.</source>
        <translation>Gelukt: je aanmeldingen staan nu op deze telefoon.</translation>
    </message>
    <message>
        <source>Gelukt. Je aanmeldingen komen zo binnen.</source>
        <translation>Gelukt. Je aanmeldingen komen zo binnen.</translation>
    </message>
    <message>
        <source>We kennen deze code niet met deze geboortedatum. Kijk je code en geboortedatum nog eens na.</source>
        <translation>We kennen deze code niet met deze geboortedatum. Kijk je code en geboortedatum nog eens na.</translation>
    </message>
    <message>
        <source>Er is nu geen plek vrij: je komt op de wachtlijst. Komt er een plek vrij, dan bekijkt een medewerker je aanmelding.</source>
        <translation>Er is nu geen plek vrij: je komt op de wachtlijst. Komt er een plek vrij, dan bekijkt een medewerker je aanmelding.</translation>
    </message>
    <message>
        <source>Er is nu geen plek vrij: je komt op de wachtlijst. Komt er een plek vrij, dan krijg je die op volgorde van aanmelding.</source>
        <translation>Er is nu geen plek vrij: je komt op de wachtlijst. Komt er een plek vrij, dan krijg je die op volgorde van aanmelding.</translation>
    </message>
    <message>
        <source>Een medewerker van de corporatie bekijkt je aanmelding en laat het je weten. Zolang houden we een plek voor je vast.</source>
        <translation>Een medewerker van de corporatie bekijkt je aanmelding en laat het je weten. Zolang houden we een plek voor je vast.</translation>
    </message>
    <message>
        <source>Is er nog plek, dan heb je die meteen zodra je aanmelding bij de corporatie is. Je hoeft niet op een medewerker te wachten.</source>
        <translation>Is er nog plek, dan heb je die meteen zodra je aanmelding bij de corporatie is. Je hoeft niet op een medewerker te wachten.</translation>
    </message>
    <message numerus="yes">
        <source>Er is te vaak een verkeerde code of geboortedatum ingevuld. Wacht %n minuten en probeer het dan opnieuw.</source>
        <translation>
            <numerusform>Er is te vaak een verkeerde code of geboortedatum ingevuld. Wacht %n minuut en probeer het dan opnieuw.</numerusform>
            <numerusform>Er is te vaak een verkeerde code of geboortedatum ingevuld. Wacht %n minuten en probeer het dan opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Je code is op slot gezet, omdat er te vaak een verkeerde geboortedatum bij is ingevuld. Ga naar je wijkconsulent. Die kan je code weer openzetten.</source>
        <translation>Je code is op slot gezet, omdat er te vaak een verkeerde geboortedatum bij is ingevuld. Ga naar je wijkconsulent. Die kan je code weer openzetten.</translation>
    </message>
    <message numerus="yes">
        <source>Deze code en deze geboortedatum passen niet bij elkaar. Kijk ze nog eens goed na. Je kunt het nog %n keer proberen.</source>
        <translation>
            <numerusform>Deze code en deze geboortedatum passen niet bij elkaar. Kijk ze nog eens goed na. Je kunt het nog %n keer proberen.</numerusform>
            <numerusform>Deze code en deze geboortedatum passen niet bij elkaar. Kijk ze nog eens goed na. Je kunt het nog %n keer proberen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Het opslaan is niet gelukt: je telefoon is vol. Maak ruimte vrij en probeer het nog eens.</source>
        <translation>Het opslaan is niet gelukt: je telefoon is vol. Maak ruimte vrij en probeer het nog eens.</translation>
    </message>
    <message>
        <source>Opslaan lukte niet: het geheugen van dit apparaat is vol. Wat je invulde, staat er nog. Probeer het later nog een keer, of vraag hulp bij de balie.</source>
        <translation>Opslaan lukte niet: het geheugen van dit apparaat is vol. Wat je invulde, staat er nog. Probeer het later nog een keer, of vraag hulp bij de balie.</translation>
    </message>
    <message>
        <source>Je weg naar werk of school bijhouden</source>
        <translation>Je weg naar werk of school bijhouden</translation>
    </message>
    <message>
        <source>Een medewerker mag bijhouden hoe het met je gaat: bijvoorbeeld of je meedoet in de buurt, vrijwilligerswerk doet of werk hebt. Je ziet dit zelf in de app. Je kunt dit altijd weer uitzetten. Dan halen we het weg.</source>
        <translation>Een medewerker mag bijhouden hoe het met je gaat: bijvoorbeeld of je meedoet in de buurt, vrijwilligerswerk doet of werk hebt. Je ziet dit zelf in de app. Je kunt dit altijd weer uitzetten. Dan halen we het weg.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Zoek op woord, bijvoorbeeld tuin of taal</source>
        <translation>Zoek op woord, bijvoorbeeld tuin of taal</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Zoeken</translation>
    </message>
</context>
<context>
    <name>SignupStatusText</name>
    <message>
        <source>Je plek is begonnen op %1.</source>
        <translation>Je plek is begonnen op %1.</translation>
    </message>
    <message>
        <source>Je plek is begonnen.</source>
        <translation>Je plek is begonnen.</translation>
    </message>
    <message>
        <source>Je hebt je plek afgerond op %1. Goed gedaan!</source>
        <translation>Je hebt je plek afgerond op %1. Goed gedaan!</translation>
    </message>
    <message>
        <source>Je hebt je plek afgerond. Goed gedaan!</source>
        <translation>Je hebt je plek afgerond. Goed gedaan!</translation>
    </message>
    <message>
        <source>Je plek is gestopt op %1.</source>
        <translation>Je plek is gestopt op %1.</translation>
    </message>
    <message>
        <source>Je plek is gestopt.</source>
        <translation>Je plek is gestopt.</translation>
    </message>
    <message>
        <source>Nog niet verstuurd. Je aanmelding gaat mee zodra er verbinding is.</source>
        <translation>Nog niet verstuurd. Je aanmelding gaat mee zodra er verbinding is.</translation>
    </message>
    <message>
        <source>Verstuurd. We laten je weten of je een plek hebt.</source>
        <translation>Verstuurd. We laten je weten of je een plek hebt.</translation>
    </message>
    <message>
        <source>Aangevraagd op %1. Je plek wordt vastgehouden; een medewerker bekijkt je aanmelding en laat het je weten.</source>
        <translation>Aangevraagd op %1. Je plek wordt vastgehouden; een medewerker bekijkt je aanmelding en laat het je weten.</translation>
    </message>
    <message>
        <source>Aangevraagd. Je plek wordt vastgehouden; een medewerker bekijkt je aanmelding en laat het je weten.</source>
        <translation>Aangevraagd. Je plek wordt vastgehouden; een medewerker bekijkt je aanmelding en laat het je weten.</translation>
    </message>
    <message>
        <source>Je hebt een plek. Bevestigd op %1.</source>
        <translation>Je hebt een plek. Bevestigd op %1.</translation>
    </message>
    <message>
        <source>Je hebt een plek.</source>
        <translation>Je hebt een plek.</translation>
    </message>
    <message>
        <source>Je staat op de wachtlijst, op nummer %1 (bijgewerkt op %2).</source>
        <translation>Je staat op de wachtlijst, op nummer %1 (bijgewerkt op %2).</translation>
    </message>
    <message>
        <source>Je staat op de wachtlijst, op nummer %1.</source>
        <translation>Je staat op de wachtlijst, op nummer %1.</translation>
    </message>
    <message>
        <source>Je staat op de wachtlijst (bijgewerkt op %1).</source>
        <translation>Je staat op de wachtlijst (bijgewerkt op %1).</translation>
    </message>
    <message>
        <source>Je staat op de wachtlijst.</source>
        <translation>Je staat op de wachtlijst.</translation>
    </message>
    <message>
        <source>Een medewerker heeft je aanmelding op %1 afgewezen.</source>
        <translation>Een medewerker heeft je aanmelding op %1 afgewezen.</translation>
    </message>
    <message>
        <source>Een medewerker heeft je aanmelding afgewezen.</source>
        <translation>Een medewerker heeft je aanmelding afgewezen.</translation>
    </message>
    <message>
        <source>Niet gelukt: de activiteit was afgelopen voordat er een plek vrijkwam (%1).</source>
        <translation>Niet gelukt: de activiteit was afgelopen voordat er een plek vrijkwam (%1).</translation>
    </message>
    <message>
        <source>Niet gelukt: de activiteit was afgelopen voordat er een plek vrijkwam.</source>
        <translation>Niet gelukt: de activiteit was afgelopen voordat er een plek vrijkwam.</translation>
    </message>
    <message>
        <source>Je aanmelding is op %1 niet gelukt.</source>
        <translation>Je aanmelding is op %1 niet gelukt.</translation>
    </message>
    <message>
        <source>Je aanmelding is niet gelukt.</source>
        <translation>Je aanmelding is niet gelukt.</translation>
    </message>
    <message>
        <source>Je hebt je afgemeld op %1.</source>
        <translation>Je hebt je afgemeld op %1.</translation>
    </message>
    <message>
        <source>Je hebt je afgemeld.</source>
        <translation>Je hebt je afgemeld.</translation>
    </message>
    <message>
        <source>Bericht van de medewerker: “%1”</source>
        <translation>Bericht van de medewerker: “%1”</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Turks</source>
        <translation>Turks</translation>
    </message>
    <message>
        <source>Arabisch</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Gegeven op %1, tekstversie %2</source>
        <translation>Gegeven op %1, tekstversie %2</translation>
    </message>
    <message>
        <source>Gegeven op %1 in het %2, tekstversie %3</source>
        <translation>Gegeven op %1 in het %2, tekstversie %3</translation>
    </message>
    <message>
        <source>Niet gelukt: je persoonlijke code en je geboortedatum passen niet bij elkaar. Kijk ze na en meld je opnieuw aan.</source>
        <translation>Niet gelukt: je persoonlijke code en je geboortedatum passen niet bij elkaar. Kijk ze na en meld je opnieuw aan.</translation>
    </message>
    <message>
        <source>Niet gelukt: hier is te vaak een verkeerde code of geboortedatum ingevuld. Probeer het later nog eens.</source>
        <translation>Niet gelukt: hier is te vaak een verkeerde code of geboortedatum ingevuld. Probeer het later nog eens.</translation>
    </message>
    <message>
        <source>Niet gelukt: je persoonlijke code is op slot gezet, omdat er te vaak een verkeerde geboortedatum bij is ingevuld. Ga naar je wijkconsulent. Die kan hem weer openzetten.</source>
        <translation>Niet gelukt: je persoonlijke code is op slot gezet, omdat er te vaak een verkeerde geboortedatum bij is ingevuld. Ga naar je wijkconsulent. Die kan hem weer openzetten.</translation>
    </message>
</context>
<context>
    <name>Sroi</name>
    <message>
        <source>Maanden stage</source>
        <translation>Maanden stage</translation>
    </message>
    <message>
        <source>Maanden leerwerkplek</source>
        <translation>Maanden leerwerkplek</translation>
    </message>
    <message>
        <source>Maanden re-integratieplek</source>
        <translation>Maanden re-integratieplek</translation>
    </message>
    <message>
        <source>Bijdrage in geld: %1</source>
        <translation>Bijdrage in geld: %1</translation>
    </message>
    <message>
        <source>Uren van medewerkers van de corporatie: %1</source>
        <translation>Uren van medewerkers van de corporatie: %1</translation>
    </message>
    <message>
        <source>Uren van medewerkers: %1</source>
        <translation>Uren van medewerkers: %1</translation>
    </message>
    <message>
        <source>Gebruik van ruimte: %1</source>
        <translation>Gebruik van ruimte: %1</translation>
    </message>
    <message>
        <source>Aangeboden plaatsen: %1</source>
        <translation>Aangeboden plaatsen: %1</translation>
    </message>
    <message>
        <source>Uren vrijwilligerswerk</source>
        <translation>Uren vrijwilligerswerk</translation>
    </message>
    <message>
        <source>Leerwerkplaatsen begonnen</source>
        <translation>Leerwerkplaatsen begonnen</translation>
    </message>
    <message>
        <source>Leerwerkplaatsen afgerond</source>
        <translation>Leerwerkplaatsen afgerond</translation>
    </message>
    <message>
        <source>Huurders een trede hoger</source>
        <translation>Huurders een trede hoger</translation>
    </message>
    <message>
        <source>Huurders op dezelfde trede</source>
        <translation>Huurders op dezelfde trede</translation>
    </message>
    <message>
        <source>Huurders een trede lager</source>
        <translation>Huurders een trede lager</translation>
    </message>
    <message>
        <source>Totaal inzet</source>
        <translation>Totaal inzet</translation>
    </message>
    <message>
        <source>Totaal opbrengst</source>
        <translation>Totaal opbrengst</translation>
    </message>
    <message>
        <source>euro</source>
        <translation>euro</translation>
    </message>
    <message>
        <source>uren</source>
        <translation>uren</translation>
    </message>
    <message>
        <source>maanden</source>
        <translation>maanden</translation>
    </message>
    <message>
        <source>aantal</source>
        <translation>aantal</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>aspirant</source>
        <translation>aspirant</translation>
    </message>
    <message>
        <source>trede 1</source>
        <translation>trede 1</translation>
    </message>
    <message>
        <source>trede 2</source>
        <translation>trede 2</translation>
    </message>
    <message>
        <source>trede 3</source>
        <translation>trede 3</translation>
    </message>
    <message>
        <source>PSO 30+</source>
        <translation>PSO 30+</translation>
    </message>
    <message>
        <source>Stage, per maand</source>
        <translation>Stage, per maand</translation>
    </message>
    <message>
        <source>Leerwerkplek, per maand</source>
        <translation>Leerwerkplek, per maand</translation>
    </message>
    <message>
        <source>Re-integratieplek, per maand</source>
        <translation>Re-integratieplek, per maand</translation>
    </message>
    <message>
        <source>SROI-invoer</source>
        <translation>SROI-invoer</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>alle wijken</source>
        <translation>alle wijken</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>alle locaties</source>
        <translation>alle locaties</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>alle routes</source>
        <translation>alle routes</translation>
    </message>
    <message>
        <source>Stand op</source>
        <translation>Stand op</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Sleutel</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Eenheid</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Proxy (€)</source>
        <translation>Proxy (€)</translation>
    </message>
    <message>
        <source>Waarde (€)</source>
        <translation>Waarde (€)</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Inzet</source>
        <translation>Inzet</translation>
    </message>
    <message>
        <source>Opbrengst</source>
        <translation>Opbrengst</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Social return</source>
        <translation>Social return</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <source>Leverancier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <source>Opdracht</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>PSO-niveau</source>
        <translation>PSO-niveau</translation>
    </message>
    <message>
        <source>Grondslag</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Aandeel</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Contractwaarde (€)</source>
        <translation>Contractwaarde (€)</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Einde</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Verplicht (€)</source>
        <translation>Verplicht (€)</translation>
    </message>
    <message>
        <source>Gerealiseerd (€)</source>
        <translation>Gerealiseerd (€)</translation>
    </message>
    <message>
        <source>Vervuld</source>
        <translation>Vervuld</translation>
    </message>
    <message>
        <source>Plaatsingen</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <source>loonsom</source>
        <translation>loonsom</translation>
    </message>
    <message>
        <source>contractwaarde</source>
        <translation>contractwaarde</translation>
    </message>
    <message>
        <source>Proxies en bronnen</source>
        <translation>Proxies en bronnen</translation>
    </message>
    <message>
        <source>Ten hoogste</source>
        <translation>Ten hoogste</translation>
    </message>
    <message numerus="yes">
        <source>%n maanden</source>
        <translation>
            <numerusform>%n maanden</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Vrijwilligersuur</source>
        <translation>Vrijwilligersuur</translation>
    </message>
    <message>
        <source>Uur van een medewerker</source>
        <translation>Uur van een medewerker</translation>
    </message>
    <message>
        <source>Uur gebruik van ruimte</source>
        <translation>Uur gebruik van ruimte</translation>
    </message>
    <message>
        <source>Een trede hoger</source>
        <translation>Een trede hoger</translation>
    </message>
    <message>
        <source>Drempel social return (contractwaarde boven)</source>
        <translation>Drempel social return (contractwaarde boven)</translation>
    </message>
    <message>
        <source>Aandeel van de contractwaarde</source>
        <translation>Aandeel van de contractwaarde</translation>
    </message>
    <message>
        <source>Aandeel van de loonsom</source>
        <translation>Aandeel van de loonsom</translation>
    </message>
</context>
<context>
    <name>StaffAuditPage</name>
    <message>
        <source>Logboek</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 %4 · %5</source>
        <translation>%1 · %2 · %3 %4 · %5</translation>
    </message>
    <message>
        <source>deze tablet</source>
        <translation>deze tablet</translation>
    </message>
</context>
<context>
    <name>StaffCandidatesPage</name>
    <message>
        <source>Wie past hierbij?</source>
        <translation>Wie past hierbij?</translation>
    </message>
    <message>
        <source>Alleen bewoners die toestemming gaven om hun passende activiteiten voor te stellen. Vraag eerst of het uitkomt.</source>
        <translation>Alleen bewoners die toestemming gaven om hun passende activiteiten voor te stellen. Vraag eerst of het uitkomt.</translation>
    </message>
    <message>
        <source>Er is nu niemand die hierbij past en toestemming gaf.</source>
        <translation>Er is nu niemand die hierbij past en toestemming gaf.</translation>
    </message>
    <message>
        <source>%1, al aangemeld. %2</source>
        <translation>%1, al aangemeld. %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Al aangemeld</source>
        <translation>Al aangemeld</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>StaffCatalogue</name>
    <message>
        <source>Deze activiteit bestaat niet meer.</source>
        <translation>Deze activiteit bestaat niet meer.</translation>
    </message>
    <message numerus="yes">
        <source>Er zijn al %n bevestigde deelnemer(s). De capaciteit kan niet lager dan dat.</source>
        <translation>
            <numerusform>Er is al %n bevestigde deelnemer. De capaciteit kan niet lager dan dat.</numerusform>
            <numerusform>Er zijn al %n bevestigde deelnemers. De capaciteit kan niet lager dan dat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vul een datum in als 2026-12-01 of 1-12-2026.</source>
        <translation>Vul een datum in als 2026-12-01 of 1-12-2026.</translation>
    </message>
    <message>
        <source>Controleer dit veld.</source>
        <translation>Controleer dit veld.</translation>
    </message>
    <message numerus="yes">
        <source>Controleer de %n gemarkeerde velden.</source>
        <translation>
            <numerusform>Controleer het gemarkeerde veld.</numerusform>
            <numerusform>Controleer de %n gemarkeerde velden.</numerusform>
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
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Gesloten</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Catalogus</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <source>Nieuwe activiteit</source>
        <translation>Nieuwe activiteit</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 van %5 plaatsen bezet</source>
        <translation>%1 · %2 · %3 · %4 van %5 plaatsen bezet</translation>
    </message>
    <message>
        <source>onbeperkt</source>
        <translation>onbeperkt</translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>%1 bewerken</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Pauzeren</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>%1 sluiten</source>
        <translation>%1 sluiten</translation>
    </message>
    <message>
        <source>Wie past hierbij?</source>
        <translation>Wie past hierbij?</translation>
    </message>
    <message>
        <source>Wie past bij %1?</source>
        <translation>Wie past bij %1?</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Deelnemers van %1</source>
        <translation>Deelnemers van %1</translation>
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
        <translation>bevestigen</translation>
    </message>
    <message>
        <source>wachtlijst</source>
        <translation>wachtlijst</translation>
    </message>
    <message>
        <source>afwijzen</source>
        <translation>afwijzen</translation>
    </message>
    <message>
        <source>bevestigd</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <source>op de wachtlijst</source>
        <translation>op de wachtlijst</translation>
    </message>
    <message>
        <source>afgewezen</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>teruggetrokken</source>
        <translation>teruggetrokken</translation>
    </message>
    <message>
        <source>Conflicten</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Geen conflicten.</source>
        <translation>Geen conflicten.</translation>
    </message>
    <message>
        <source>Deze besluiten zijn niet uitgevoerd: de aanmelding was intussen veranderd. Het eerdere besluit blijft staan.</source>
        <translation>Deze besluiten zijn niet uitgevoerd: de aanmelding was intussen veranderd. Het eerdere besluit blijft staan.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>(gewist)</source>
        <translation>(gewist)</translation>
    </message>
    <message>
        <source>Besluit &quot;%1&quot; door %2 op versie %3; de aanmelding stond al op versie %4 en is nu %5.</source>
        <translation>Besluit &quot;%1&quot; door %2 op versie %3; de aanmelding stond al op versie %4 en is nu %5.</translation>
    </message>
    <message>
        <source>een collega</source>
        <translation>een collega</translation>
    </message>
    <message>
        <source>te beoordelen</source>
        <translation>te beoordelen</translation>
    </message>
</context>
<context>
    <name>StaffDashboardPage</name>
    <message>
        <source>Cijfers van de server, stand van %1.</source>
        <translation>Cijfers van de server, stand van %1.</translation>
    </message>
    <message>
        <source>Geen verbinding met de server: berekend uit de gegevens op deze tablet, bijgewerkt tot %1.</source>
        <translation>Geen verbinding met de server: berekend uit de gegevens op deze tablet, bijgewerkt tot %1.</translation>
    </message>
    <message>
        <source>Geen verbinding met de server: berekend uit de gegevens op deze tablet.</source>
        <translation>Geen verbinding met de server: berekend uit de gegevens op deze tablet.</translation>
    </message>
    <message>
        <source>Resultaten</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Cijfers als CSV</source>
        <translation>Cijfers als CSV</translation>
    </message>
    <message>
        <source>Besluiten als CSV</source>
        <translation>Besluiten als CSV</translation>
    </message>
    <message>
        <source>Actieve vrijwilligers</source>
        <translation>Actieve vrijwilligers</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Trajecten gestart</source>
        <translation>Trajecten gestart</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Uitgevallen</source>
        <translation>Uitgevallen</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Uren per maand</source>
        <translation>Uren per maand</translation>
    </message>
    <message>
        <source>Actieve vrijwilligers per maand</source>
        <translation>Actieve vrijwilligers per maand</translation>
    </message>
    <message>
        <source>Bezetting en wachtlijst per activiteit</source>
        <translation>Bezetting en wachtlijst per activiteit</translation>
    </message>
    <message>
        <source>%1: %2 van %3, wachtlijst %4</source>
        <translation>%1: %2 van %3, wachtlijst %4</translation>
    </message>
    <message>
        <source>%1: %2 (onbeperkt), wachtlijst %3</source>
        <translation>%1: %2 (onbeperkt), wachtlijst %3</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Cijfers exporteren</source>
        <translation>Cijfers exporteren</translation>
    </message>
    <message>
        <source>Besluiten exporteren</source>
        <translation>Besluiten exporteren</translation>
    </message>
    <message>
        <source>Het bestand verlaat de beveiligde app. Bevestig met uw pincode.</source>
        <translation>Het bestand verlaat de beveiligde app. Bevestig met uw pincode.</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Zuilen die stil zijn</source>
        <translation>Zuilen die stil zijn</translation>
    </message>
    <message>
        <source>Zonder verbinding met de server is niet te zien of de zuilen van deze locatie werken.</source>
        <translation>Zonder verbinding met de server is niet te zien of de zuilen van deze locatie werken.</translation>
    </message>
    <message>
        <source>Deze locatie heeft geen zuilen.</source>
        <translation>Deze locatie heeft geen zuilen.</translation>
    </message>
    <message>
        <source>Alle zuilen van deze locatie zijn de afgelopen %1 uur gezien.</source>
        <translation>Alle zuilen van deze locatie zijn de afgelopen %1 uur gezien.</translation>
    </message>
    <message>
        <source>De server heeft deze zuilen meer dan %1 uur niet gezien. Kijk of ze aan staan en verbinding hebben.</source>
        <translation>De server heeft deze zuilen meer dan %1 uur niet gezien. Kijk of ze aan staan en verbinding hebben.</translation>
    </message>
    <message>
        <source>Zuil %1</source>
        <translation>Zuil %1</translation>
    </message>
    <message>
        <source>Stil %1</source>
        <translation>Stil %1</translation>
    </message>
    <message>
        <source>Nooit gezien; ingeschreven %1</source>
        <translation>Nooit gezien; ingeschreven %1</translation>
    </message>
    <message>
        <source>Wachtrij onbekend (oudere versie van de app)</source>
        <translation>Wachtrij onbekend (oudere versie van de app)</translation>
    </message>
    <message>
        <source>Niets in de wachtrij</source>
        <translation>Niets in de wachtrij</translation>
    </message>
    <message>
        <source>%1 in de wachtrij, de oudste %2</source>
        <translation>%1 in de wachtrij, de oudste %2</translation>
    </message>
    <message>
        <source>Participatieladder: verder gekomen, gelijk gebleven, gedaald</source>
        <translation>Participatieladder: verder gekomen, gelijk gebleven, gedaald</translation>
    </message>
    <message>
        <source>In deze periode is niemand twee keer gemeten.</source>
        <translation>In deze periode is niemand twee keer gemeten.</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Gelijk</source>
        <translation>Gelijk</translation>
    </message>
    <message>
        <source>Gedaald</source>
        <translation>Gedaald</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Doel toevoegen</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <source>Er zijn nog geen doelen voor deze keuze.</source>
        <translation>Er zijn nog geen doelen voor deze keuze.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>alle routes</source>
        <translation>alle routes</translation>
    </message>
    <message>
        <source>kwartaal %1 van %2</source>
        <translation>kwartaal %1 van %2</translation>
    </message>
    <message>
        <source>jaar %1</source>
        <translation>jaar %1</translation>
    </message>
    <message>
        <source>Doel %1. Begint op %2.</source>
        <translation>Doel %1. Begint op %2.</translation>
    </message>
    <message>
        <source>%1 van %2 gehaald in de periode tot %3.</source>
        <translation>%1 van %2 gehaald in de periode tot %3.</translation>
    </message>
    <message>
        <source>%1 van %2 gehaald; volgens de rechte lijn %3. Verwachting op %4: %5.</source>
        <translation>%1 van %2 gehaald; volgens de rechte lijn %3. Verwachting op %4: %5.</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Wijzigen: %1</source>
        <translation>Wijzigen: %1</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Verwijderen: %1</source>
        <translation>Verwijderen: %1</translation>
    </message>
    <message>
        <source>Dit doel verwijderen?</source>
        <translation>Dit doel verwijderen?</translation>
    </message>
    <message>
        <source>Ja, verwijderen</source>
        <translation>Ja, verwijderen</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Treden per route</source>
        <translation>Treden per route</translation>
    </message>
    <message>
        <source>Social return van leveranciers</source>
        <translation>Social return van leveranciers</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 van %2 gerealiseerd met %n plaatsing(en); %3 %4, %5.</source>
        <translation>
            <numerusform>%1 van %2 gerealiseerd met %n plaatsing; %3 %4, %5.</numerusform>
            <numerusform>%1 van %2 gerealiseerd met %n plaatsingen; %3 %4, %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffDecisionDialog</name>
    <message>
        <source>Bevestigen</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>Op de wachtlijst zetten</source>
        <translation>Op de wachtlijst zetten</translation>
    </message>
    <message>
        <source>Afwijzen</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>Reden (intern, niet voor de huurder)</source>
        <translation>Reden (intern, niet voor de huurder)</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Bericht aan de huurder</source>
        <translation>Bericht aan de huurder</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: welkom, we zien u dinsdag om 9 uur.</source>
        <translation>Bijvoorbeeld: welkom, we zien u dinsdag om 9 uur.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Besluit opslaan</source>
        <translation>Besluit opslaan</translation>
    </message>
</context>
<context>
    <name>StaffEraseDialog</name>
    <message>
        <source>Persoon wissen</source>
        <translation>Persoon wissen</translation>
    </message>
    <message>
        <source>Alle persoonsgegevens worden gewist, op de server en op alle apparaten. Toekomstige plaatsen komen vrij voor de wachtlijst. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Alle persoonsgegevens worden gewist, op de server en op alle apparaten. Toekomstige plaatsen komen vrij voor de wachtlijst. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Wissen</source>
        <translation>Wissen</translation>
    </message>
</context>
<context>
    <name>StaffEraseRequestsPage</name>
    <message>
        <source>Verwijderverzoeken</source>
        <translation>Verwijderverzoeken</translation>
    </message>
    <message>
        <source>Geen verzoeken.</source>
        <translation>Geen verzoeken.</translation>
    </message>
    <message>
        <source>Deze huurders vroegen op hun telefoon om hun gegevens te wissen. Wis ze zonder onnodige vertraging (binnen een maand).</source>
        <translation>Deze huurders vroegen op hun telefoon om hun gegevens te wissen. Wis ze zonder onnodige vertraging (binnen een maand).</translation>
    </message>
    <message>
        <source>(gewist)</source>
        <translation>(gewist)</translation>
    </message>
    <message>
        <source>Gevraagd op %1</source>
        <translation>Gevraagd op %1</translation>
    </message>
    <message>
        <source>Gewist op %1 door %2</source>
        <translation>Gewist op %1 door %2</translation>
    </message>
    <message>
        <source>een collega</source>
        <translation>een collega</translation>
    </message>
    <message>
        <source>Gewist op deze tablet; wordt verzonden</source>
        <translation>Gewist op deze tablet; wordt verzonden</translation>
    </message>
    <message>
        <source>Gegevens wissen</source>
        <translation>Gegevens wissen</translation>
    </message>
    <message>
        <source>Gegevens van %1 wissen</source>
        <translation>Gegevens van %1 wissen</translation>
    </message>
</context>
<context>
    <name>StaffExit</name>
    <message>
        <source>Alleen voor medewerkers</source>
        <translation>Alleen voor medewerkers</translation>
    </message>
    <message>
        <source>Typ de pincode om de kiosk te verlaten.</source>
        <translation>Typ de pincode om de kiosk te verlaten.</translation>
    </message>
    <message>
        <source>Er is geen pincode ingesteld op dit apparaat.</source>
        <translation>Er is geen pincode ingesteld op dit apparaat.</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>Die pincode klopt niet.</source>
        <translation>Die pincode klopt niet.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Kiosk verlaten</source>
        <translation>Kiosk verlaten</translation>
    </message>
    <message>
        <source>Terug naar de kiosk</source>
        <translation>Terug naar de kiosk</translation>
    </message>
</context>
<context>
    <name>StaffGoalChart</name>
    <message>
        <source>%1: %2 van %3, verwachting %4</source>
        <translation>%1: %2 van %3, verwachting %4</translation>
    </message>
    <message>
        <source>Rechte lijn naar het doel</source>
        <translation>Rechte lijn naar het doel</translation>
    </message>
    <message>
        <source>Verwachting</source>
        <translation>Verwachting</translation>
    </message>
    <message>
        <source>Gehaald</source>
        <translation>Gehaald</translation>
    </message>
</context>
<context>
    <name>StaffGoalForm</name>
    <message>
        <source>Doel wijzigen</source>
        <translation>Doel wijzigen</translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Alle routes</source>
        <translation>Alle routes</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Een jaar</source>
        <translation>Een jaar</translation>
    </message>
    <message>
        <source>Een kwartaal</source>
        <translation>Een kwartaal</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Kwartaal</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>Kwartaal %1</source>
        <translation>Kwartaal %1</translation>
    </message>
    <message>
        <source>Wat telt</source>
        <translation>Wat telt</translation>
    </message>
    <message>
        <source>Doel (aantal uren aan het eind)</source>
        <translation>Doel (aantal uren aan het eind)</translation>
    </message>
    <message>
        <source>Doel (aantal aan het eind)</source>
        <translation>Doel (aantal aan het eind)</translation>
    </message>
    <message>
        <source>Doel opslaan</source>
        <translation>Doel opslaan</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <source>Meedoen — medewerkers</source>
        <translation>Meedoen — medewerkers</translation>
    </message>
</context>
<context>
    <name>StaffHoursPage</name>
    <message>
        <source>Uren</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Alleen niet gecontroleerd</source>
        <translation>Alleen niet gecontroleerd</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 min</source>
        <translation>%1 · %2 · %3 min</translation>
    </message>
    <message>
        <source>(gewist)</source>
        <translation>(gewist)</translation>
    </message>
    <message>
        <source>gecontroleerd</source>
        <translation>gecontroleerd</translation>
    </message>
    <message>
        <source>nog niet gecontroleerd</source>
        <translation>nog niet gecontroleerd</translation>
    </message>
    <message>
        <source>correctie</source>
        <translation>correctie</translation>
    </message>
    <message>
        <source>wacht op verzending</source>
        <translation>wacht op verzending</translation>
    </message>
    <message>
        <source>Klopt</source>
        <translation>Klopt</translation>
    </message>
    <message>
        <source>Uren van %1 op %2 kloppen</source>
        <translation>Uren van %1 op %2 kloppen</translation>
    </message>
    <message>
        <source>Corrigeren</source>
        <translation>Corrigeren</translation>
    </message>
    <message>
        <source>Uren van %1 op %2 corrigeren</source>
        <translation>Uren van %1 op %2 corrigeren</translation>
    </message>
    <message>
        <source>Uren corrigeren</source>
        <translation>Uren corrigeren</translation>
    </message>
    <message>
        <source>De correctie wordt een nieuwe regel; de oorspronkelijke blijft bewaard.</source>
        <translation>De correctie wordt een nieuwe regel; de oorspronkelijke blijft bewaard.</translation>
    </message>
    <message>
        <source>Datum (JJJJ-MM-DD)</source>
        <translation>Datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Correctie opslaan</source>
        <translation>Correctie opslaan</translation>
    </message>
</context>
<context>
    <name>StaffIntake</name>
    <message>
        <source>Inschrijving voor Meedoen</source>
        <translation>Inschrijving voor Meedoen</translation>
    </message>
    <message>
        <source>Naam: %1</source>
        <translation>Naam: %1</translation>
    </message>
    <message>
        <source>Je persoonlijke code: %1</source>
        <translation>Je persoonlijke code: %1</translation>
    </message>
    <message>
        <source>Bewaar deze bon goed. Met je persoonlijke code en je geboortedatum meld je je aan zonder je gegevens opnieuw in te vullen: bij de zuil in het buurthuis, in de app of bij je wijkconsulent.</source>
        <translation>Bewaar deze bon goed. Met je persoonlijke code en je geboortedatum meld je je aan zonder je gegevens opnieuw in te vullen: bij de zuil in het buurthuis, in de app of bij je wijkconsulent.</translation>
    </message>
    <message>
        <source>Aangemeld voor</source>
        <translation>Aangemeld voor</translation>
    </message>
    <message>
        <source>Wat gebeurt er nu?</source>
        <translation>Wat gebeurt er nu?</translation>
    </message>
    <message>
        <source>Je inschrijving gaat naar de corporatie zodra deze tablet verbinding heeft. Wat er met een aanmelding gebeurt, staat hierboven; verandert er iets, dan zie je het in de app.</source>
        <translation>Je inschrijving gaat naar de corporatie zodra deze tablet verbinding heeft. Wat er met een aanmelding gebeurt, staat hierboven; verandert er iets, dan zie je het in de app.</translation>
    </message>
    <message>
        <source>Je telefoon koppelen</source>
        <translation>Je telefoon koppelen</translation>
    </message>
    <message>
        <source>Meedoen-bon</source>
        <translation>Meedoen-bon</translation>
    </message>
    <message>
        <source>Deze tablet heeft geen printer. Schrijf de code over of stel een printer in.</source>
        <translation>Deze tablet heeft geen printer. Schrijf de code over of stel een printer in.</translation>
    </message>
    <message>
        <source>Afdrukken lukte niet. Kijk of de printer aan staat en probeer het nog een keer.</source>
        <translation>Afdrukken lukte niet. Kijk of de printer aan staat en probeer het nog een keer.</translation>
    </message>
    <message>
        <source>De bon is naar de printer %1 gestuurd.</source>
        <translation>De bon is naar de printer %1 gestuurd.</translation>
    </message>
    <message>
        <source>Installeer de app Meedoen en kies “Aanmeldingen koppelen”. Vul de persoonlijke code van deze bon in (of scan de QR-code) en je geboortedatum. Dan zie je je aanmeldingen ook op je telefoon.</source>
        <translation>Installeer de app Meedoen en kies “Aanmeldingen koppelen”. Vul de persoonlijke code van deze bon in (of scan de QR-code) en je geboortedatum. Dan zie je je aanmeldingen ook op je telefoon.</translation>
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
        <translation>Ingeschreven: %1</translation>
    </message>
    <message>
        <source>Persoonlijke code</source>
        <translation>Persoonlijke code</translation>
    </message>
    <message>
        <source>Persoonlijke code: %1</source>
        <translation>Persoonlijke code: %1</translation>
    </message>
    <message>
        <source>QR-code van de persoonlijke code</source>
        <translation>QR-code van de persoonlijke code</translation>
    </message>
    <message>
        <source>Geef de bewoner de bon mee. Met deze code en de geboortedatum koppelt de bewoner de app op de telefoon (Aanmeldingen koppelen) en meldt zich aan bij de zuil.</source>
        <translation>Geef de bewoner de bon mee. Met deze code en de geboortedatum koppelt de bewoner de app op de telefoon (Aanmeldingen koppelen) en meldt zich aan bij de zuil.</translation>
    </message>
    <message>
        <source>Aangemeld voor</source>
        <translation>Aangemeld voor</translation>
    </message>
    <message>
        <source>Nog niet aangemeld voor een activiteit.</source>
        <translation>Nog niet aangemeld voor een activiteit.</translation>
    </message>
    <message>
        <source>Aanmelden voor een activiteit</source>
        <translation>Aanmelden voor een activiteit</translation>
    </message>
    <message>
        <source>Bon afdrukken</source>
        <translation>Bon afdrukken</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Klaar: de gegevens van de bewoner verdwijnen van het scherm</source>
        <translation>Klaar: de gegevens van de bewoner verdwijnen van het scherm</translation>
    </message>
</context>
<context>
    <name>StaffNewVolunteersPage</name>
    <message>
        <source>Huurdernummer klopt</source>
        <translation>Huurdernummer klopt</translation>
    </message>
    <message>
        <source>Huurdernummer van %1 klopt</source>
        <translation>Huurdernummer van %1 klopt</translation>
    </message>
    <message>
        <source>Adres klopt</source>
        <translation>Adres klopt</translation>
    </message>
    <message>
        <source>Adres van %1 klopt</source>
        <translation>Adres van %1 klopt</translation>
    </message>
    <message>
        <source>Nieuwe vrijwilligers: identiteit en huurderschap controleren</source>
        <translation>Nieuwe vrijwilligers: identiteit en huurderschap controleren</translation>
    </message>
    <message>
        <source>Er wachten geen nieuwe vrijwilligers op controle.</source>
        <translation>Er wachten geen nieuwe vrijwilligers op controle.</translation>
    </message>
    <message>
        <source>Huurdernummer: %1 · Adres: %2 · Geboren: %3</source>
        <translation>Huurdernummer: %1 · Adres: %2 · Geboren: %3</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>onbekend</translation>
    </message>
</context>
<context>
    <name>StaffOpportunityEditor</name>
    <message>
        <source>Startdatum (leeg = doorlopend)</source>
        <translation>Startdatum (leeg = doorlopend)</translation>
    </message>
    <message>
        <source>JJJJ-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>Einddatum (leeg = geen einde)</source>
        <translation>Einddatum (leeg = geen einde)</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Telefoon contactpersoon</source>
        <translation>Telefoon contactpersoon</translation>
    </message>
    <message>
        <source>E-mail contactpersoon</source>
        <translation>E-mail contactpersoon</translation>
    </message>
    <message>
        <source>Activiteit bewerken</source>
        <translation>Activiteit bewerken</translation>
    </message>
    <message>
        <source>Nieuwe activiteit</source>
        <translation>Nieuwe activiteit</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Korte omschrijving</source>
        <translation>Korte omschrijving</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Soort leerplaats</source>
        <translation>Soort leerplaats</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Leerwerkplek</source>
        <translation>Leerwerkplek</translation>
    </message>
    <message>
        <source>Re-integratieplek</source>
        <translation>Re-integratieplek</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Partnerorganisatie</source>
        <translation>Partnerorganisatie</translation>
    </message>
    <message>
        <source>Wanneer (bijvoorbeeld: elke dinsdag 9:00–12:00)</source>
        <translation>Wanneer (bijvoorbeeld: elke dinsdag 9:00–12:00)</translation>
    </message>
    <message>
        <source>Aantal plaatsen (0 = onbeperkt; nu %1 bevestigd)</source>
        <translation>Aantal plaatsen (0 = onbeperkt; nu %1 bevestigd)</translation>
    </message>
    <message>
        <source>Aantal plaatsen (0 = onbeperkt)</source>
        <translation>Aantal plaatsen (0 = onbeperkt)</translation>
    </message>
    <message>
        <source>Minimumleeftijd</source>
        <translation>Minimumleeftijd</translation>
    </message>
    <message>
        <source>Taalniveau (A1 … C2)</source>
        <translation>Taalniveau (A1 … C2)</translation>
    </message>
    <message>
        <source>Wat de huurder krijgt (vergoeding, certificaat …)</source>
        <translation>Wat de huurder krijgt (vergoeding, certificaat …)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation>Aanmeldingen</translation>
    </message>
    <message>
        <source>Een medewerker beoordeelt elke aanmelding</source>
        <translation>Een medewerker beoordeelt elke aanmelding</translation>
    </message>
    <message>
        <source>Direct bevestigd zolang er plek is</source>
        <translation>Direct bevestigd zolang er plek is</translation>
    </message>
    <message>
        <source>Partnerorganisatie: %1</source>
        <translation>Partnerorganisatie: %1</translation>
    </message>
</context>
<context>
    <name>StaffParticipantsPage</name>
    <message>
        <source>Deelnemers voor de organisator</source>
        <translation>Deelnemers voor de organisator</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Naam en contactgegevens alleen van bewoners die toestemming gaven om ze met de partnerorganisatie te delen.</source>
        <translation>Naam en contactgegevens alleen van bewoners die toestemming gaven om ze met de partnerorganisatie te delen.</translation>
    </message>
    <message>
        <source>Nog geen bevestigde deelnemers.</source>
        <translation>Nog geen bevestigde deelnemers.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1, geen toestemming om te delen</source>
        <translation>%1, geen toestemming om te delen</translation>
    </message>
    <message>
        <source>geen toestemming om te delen</source>
        <translation>geen toestemming om te delen</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Exporteren (CSV)</source>
        <translation>Exporteren (CSV)</translation>
    </message>
    <message>
        <source>Deelnemerslijst exporteren</source>
        <translation>Deelnemerslijst exporteren</translation>
    </message>
    <message>
        <source>Het bestand verlaat de beveiligde app. Bevestig met uw pincode.</source>
        <translation>Het bestand verlaat de beveiligde app. Bevestig met uw pincode.</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Exporteren</translation>
    </message>
</context>
<context>
    <name>StaffPartnerModel</name>
    <message>
        <source>Woningcorporatie</source>
        <translation>Woningcorporatie</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Welzijn en begeleiding</source>
        <translation>Welzijn en begeleiding</translation>
    </message>
    <message>
        <source>Onderwijs</source>
        <translation>Onderwijs</translation>
    </message>
    <message>
        <source>Werkgever</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Bewonersgroep</source>
        <translation>Bewonersgroep</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>Anders</translation>
    </message>
</context>
<context>
    <name>StaffPartners</name>
    <message numerus="yes">
        <source>Controleer de %n gemarkeerde velden.</source>
        <translation>
            <numerusform>Controleer het gemarkeerde veld.</numerusform>
            <numerusform>Controleer de %n gemarkeerde velden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kies een activiteit.</source>
        <translation>Kies een activiteit.</translation>
    </message>
    <message>
        <source>Vul een bedrag in euro&apos;s in, zoals 1250 of 1250,50.</source>
        <translation>Vul een bedrag in euro&apos;s in, zoals 1250 of 1250,50.</translation>
    </message>
    <message>
        <source>Vul een aantal uren in, zoals 4 of 2,5.</source>
        <translation>Vul een aantal uren in, zoals 4 of 2,5.</translation>
    </message>
    <message>
        <source>Vul een aantal plaatsen in.</source>
        <translation>Vul een aantal plaatsen in.</translation>
    </message>
    <message>
        <source>Geen partner</source>
        <translation>Geen partner</translation>
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
        <translation>Nieuwe partner</translation>
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
        <translation>Naam van de organisatie</translation>
    </message>
    <message>
        <source>Soort organisatie</source>
        <translation>Soort organisatie</translation>
    </message>
    <message>
        <source>Contactpersoon (niet verplicht)</source>
        <translation>Contactpersoon (niet verplicht)</translation>
    </message>
    <message>
        <source>Telefoon van de contactpersoon</source>
        <translation>Telefoon van de contactpersoon</translation>
    </message>
    <message>
        <source>E-mail van de contactpersoon</source>
        <translation>E-mail van de contactpersoon</translation>
    </message>
    <message>
        <source>Partner opslaan</source>
        <translation>Partner opslaan</translation>
    </message>
    <message>
        <source>Wat de partner inbracht en wat het opleverde</source>
        <translation>Wat de partner inbracht en wat het opleverde</translation>
    </message>
    <message>
        <source>Ingebracht: %1, %2 uur inzet, %3 plaatsen, %4 uur ruimte.</source>
        <translation>Ingebracht: %1, %2 uur inzet, %3 plaatsen, %4 uur ruimte.</translation>
    </message>
    <message>
        <source>Opgeleverd: %1 plaatsen bezet in %2 activiteiten, %3 vrijwilligers, %4 uur vrijwilligerswerk, %5 trajecten gestart en %6 afgerond.</source>
        <translation>Opgeleverd: %1 plaatsen bezet in %2 activiteiten, %3 vrijwilligers, %4 uur vrijwilligerswerk, %5 trajecten gestart en %6 afgerond.</translation>
    </message>
    <message>
        <source>Rollen: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3 uur inzet · %4 uur vrijwilligerswerk, %5 gestart, %6 afgerond</source>
        <translation>%1: %2, %3 uur inzet · %4 uur vrijwilligerswerk, %5 gestart, %6 afgerond</translation>
    </message>
    <message>
        <source>Rollen en bijdragen per activiteit</source>
        <translation>Rollen en bijdragen per activiteit</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4, %5 uur, %6 plaatsen, %7 uur ruimte</source>
        <translation>%1 · %2 · %3: %4, %5 uur, %6 plaatsen, %7 uur ruimte</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Bijdrage van %1 voor %2 verwijderen</source>
        <translation>Bijdrage van %1 voor %2 verwijderen</translation>
    </message>
    <message>
        <source>Nog geen bijdragen op deze locatie.</source>
        <translation>Nog geen bijdragen op deze locatie.</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Activiteit: %1</source>
        <translation>Activiteit: %1</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>JJJJ-MM</source>
        <translation>JJJJ-MM</translation>
    </message>
    <message>
        <source>Geld (euro)</source>
        <translation>Geld (euro)</translation>
    </message>
    <message>
        <source>Uren inzet van eigen mensen</source>
        <translation>Uren inzet van eigen mensen</translation>
    </message>
    <message>
        <source>Plaatsen (stage, werk)</source>
        <translation>Plaatsen (stage, werk)</translation>
    </message>
    <message>
        <source>Uren gebruik van een ruimte</source>
        <translation>Uren gebruik van een ruimte</translation>
    </message>
    <message>
        <source>Bijdrage opslaan</source>
        <translation>Bijdrage opslaan</translation>
    </message>
    <message>
        <source>Geld per maand (euro)</source>
        <translation>Geld per maand (euro)</translation>
    </message>
    <message>
        <source>Uren per maand</source>
        <translation>Uren per maand</translation>
    </message>
    <message>
        <source>Inzet van de partner</source>
        <translation>Inzet van de partner</translation>
    </message>
    <message>
        <source>Vrijwilligerswerk</source>
        <translation>Vrijwilligerswerk</translation>
    </message>
</context>
<context>
    <name>StaffPersons</name>
    <message>
        <source>Opslaan is niet gelukt.</source>
        <translation>Opslaan is niet gelukt.</translation>
    </message>
    <message>
        <source>De toelichting mag één regel van hoogstens 200 tekens zijn.</source>
        <translation>De toelichting mag één regel van hoogstens 200 tekens zijn.</translation>
    </message>
    <message>
        <source>Vul 0 tot 744 uur per maand in.</source>
        <translation>Vul 0 tot 744 uur per maand in.</translation>
    </message>
    <message>
        <source>Vul een datum (JJJJ-MM-DD) en 0 tot %1 minuten in.</source>
        <translation>Vul een datum (JJJJ-MM-DD) en 0 tot %1 minuten in.</translation>
    </message>
    <message>
        <source>Zonder verbinding met de server kan de code niet worden opengezet. Probeer het zo opnieuw.</source>
        <translation>Zonder verbinding met de server kan de code niet worden opengezet. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>De persoonlijke code staat weer open. De huurder kan zijn aanmeldingen weer opzoeken en een telefoon koppelen.</source>
        <translation>De persoonlijke code staat weer open. De huurder kan zijn aanmeldingen weer opzoeken en een telefoon koppelen.</translation>
    </message>
    <message>
        <source>De persoonlijke code stond niet op slot.</source>
        <translation>De persoonlijke code stond niet op slot.</translation>
    </message>
    <message>
        <source>De code kon niet worden opengezet: de server gaf geen antwoord. Probeer het zo opnieuw.</source>
        <translation>De code kon niet worden opengezet: de server gaf geen antwoord. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>De huurder heeft een leerplek afgerond.</source>
        <translation>De huurder heeft een leerplek afgerond.</translation>
    </message>
    <message>
        <source>De huurder is met een leerplek begonnen.</source>
        <translation>De huurder is met een leerplek begonnen.</translation>
    </message>
    <message>
        <source>De huurder doet vrijwilligerswerk.</source>
        <translation>De huurder doet vrijwilligerswerk.</translation>
    </message>
    <message>
        <source>Je rol mag geen trajecten bijhouden.</source>
        <translation>Je rol mag geen trajecten bijhouden.</translation>
    </message>
    <message>
        <source>Deze huurder heeft geen toestemming gegeven om de weg bij te houden.</source>
        <translation>Deze huurder heeft geen toestemming gegeven om de weg bij te houden.</translation>
    </message>
    <message>
        <source>Kies een route.</source>
        <translation>Kies een route.</translation>
    </message>
    <message>
        <source>Kies een trede van de ladder.</source>
        <translation>Kies een trede van de ladder.</translation>
    </message>
    <message>
        <source>Vul een datum in, zoals 2026-12-07.</source>
        <translation>Vul een datum in, zoals 2026-12-07.</translation>
    </message>
    <message>
        <source>De datum mag niet later zijn dan vandaag.</source>
        <translation>De datum mag niet later zijn dan vandaag.</translation>
    </message>
    <message>
        <source>De notitie is te lang: hoogstens %1 tekens.</source>
        <translation>De notitie is te lang: hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Het doel is te lang: hoogstens %1 tekens.</source>
        <translation>Het doel is te lang: hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Vul een datum na de meting in waarop jullie het doel weer bespreken.</source>
        <translation>Vul een datum na de meting in waarop jullie het doel weer bespreken.</translation>
    </message>
    <message>
        <source>De stap kon niet worden opgeslagen. Probeer het opnieuw.</source>
        <translation>De stap kon niet worden opgeslagen. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>StaffPersonsPage</name>
    <message>
        <source>Contact opnemen</source>
        <translation>Contact opnemen</translation>
    </message>
    <message>
        <source>Passende activiteiten voorstellen</source>
        <translation>Passende activiteiten voorstellen</translation>
    </message>
    <message>
        <source>Gegevens delen met de partnerorganisatie</source>
        <translation>Gegevens delen met de partnerorganisatie</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Zoek op naam, huurdernummer of persoonlijke code</source>
        <translation>Zoek op naam, huurdernummer of persoonlijke code</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Kies een persoon.</source>
        <translation>Kies een persoon.</translation>
    </message>
    <message>
        <source>Gewiste persoon</source>
        <translation>Gewiste persoon</translation>
    </message>
    <message>
        <source>Persoonlijke code %1 · huurdernummer %2 · %3 %4 · geboren %5
%6 %7</source>
        <translation>Persoonlijke code %1 · huurdernummer %2 · %3 %4 · geboren %5
%6 %7</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Toestemming %1 intrekken</source>
        <translation>Toestemming %1 intrekken</translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation>Aanmeldingen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tegenprestatie: afgesproken uren per maand</source>
        <translation>Tegenprestatie: afgesproken uren per maand</translation>
    </message>
    <message>
        <source>Afspraak opslaan</source>
        <translation>Afspraak opslaan</translation>
    </message>
    <message>
        <source>Tegenprestatie: %1 per maand afgesproken</source>
        <translation>Tegenprestatie: %1 per maand afgesproken</translation>
    </message>
    <message>
        <source>%1: %2 gelogd, %3 gecontroleerd, saldo %4</source>
        <translation>%1: %2 gelogd, %3 gecontroleerd, saldo %4</translation>
    </message>
    <message>
        <source>Persoon wissen</source>
        <translation>Persoon wissen</translation>
    </message>
    <message>
        <source>Spreekt: %1</source>
        <translation>Spreekt: %1</translation>
    </message>
    <message>
        <source>niet opgegeven</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>%1 — %2; ingetrokken %3</source>
        <translation>%1 — %2; ingetrokken %3</translation>
    </message>
    <message>
        <source>De persoonlijke code staat op slot sinds %1: er is vijf keer een verkeerde geboortedatum bij ingevuld. Kijk of de huurder is wie hij zegt, en zet de code dan weer open.</source>
        <translation>De persoonlijke code staat op slot sinds %1: er is vijf keer een verkeerde geboortedatum bij ingevuld. Kijk of de huurder is wie hij zegt, en zet de code dan weer open.</translation>
    </message>
    <message>
        <source>Zonder verbinding met de server is niet te zien of de persoonlijke code op slot staat.</source>
        <translation>Zonder verbinding met de server is niet te zien of de persoonlijke code op slot staat.</translation>
    </message>
    <message>
        <source>De persoonlijke code staat open.</source>
        <translation>De persoonlijke code staat open.</translation>
    </message>
    <message>
        <source>Bezig met openzetten…</source>
        <translation>Bezig met openzetten…</translation>
    </message>
    <message>
        <source>Code weer openzetten</source>
        <translation>Code weer openzetten</translation>
    </message>
    <message>
        <source>Traject bijhouden (participatieladder)</source>
        <translation>Traject bijhouden (participatieladder)</translation>
    </message>
</context>
<context>
    <name>StaffPinDialog</name>
    <message>
        <source>Doorgaan</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Uw pincode</source>
        <translation>Uw pincode</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>StaffQueuePage</name>
    <message>
        <source>Trainingsplaatsen</source>
        <translation>Trainingsplaatsen</translation>
    </message>
    <message>
        <source>Aanmeldingen per activiteit</source>
        <translation>Aanmeldingen per activiteit</translation>
    </message>
    <message>
        <source>Nog geen aanmeldingen.</source>
        <translation>Nog geen aanmeldingen.</translation>
    </message>
    <message>
        <source>%1
%2 van %3 bevestigd · wachtlijst %4</source>
        <translation>%1
%2 van %3 bevestigd · wachtlijst %4</translation>
    </message>
    <message>
        <source>onbeperkt</source>
        <translation>onbeperkt</translation>
    </message>
    <message>
        <source>Kies een activiteit om de aanmeldingen te zien.</source>
        <translation>Kies een activiteit om de aanmeldingen te zien.</translation>
    </message>
    <message>
        <source>(gewist)</source>
        <translation>(gewist)</translation>
    </message>
    <message>
        <source>Bevestigd</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <source>Wachtlijst #%1</source>
        <translation>Wachtlijst #%1</translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Teruggetrokken</source>
        <translation>Teruggetrokken</translation>
    </message>
    <message>
        <source>traject gestart</source>
        <translation>traject gestart</translation>
    </message>
    <message>
        <source>traject afgerond</source>
        <translation>traject afgerond</translation>
    </message>
    <message>
        <source>uitgevallen</source>
        <translation>uitgevallen</translation>
    </message>
    <message>
        <source>besluit wacht op verzending</source>
        <translation>besluit wacht op verzending</translation>
    </message>
    <message>
        <source>Gestart</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Traject van %1 gestart</source>
        <translation>Traject van %1 gestart</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Traject van %1 afgerond</source>
        <translation>Traject van %1 afgerond</translation>
    </message>
    <message>
        <source>Uitgevallen</source>
        <translation>Uitgevallen</translation>
    </message>
    <message>
        <source>%1 is uitgevallen</source>
        <translation>%1 is uitgevallen</translation>
    </message>
    <message>
        <source>Bevestigen</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>%1 bevestigen</source>
        <translation>%1 bevestigen</translation>
    </message>
    <message>
        <source>Wachtlijst</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>%1 op de wachtlijst</source>
        <translation>%1 op de wachtlijst</translation>
    </message>
    <message>
        <source>Afwijzen</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>%1 afwijzen</source>
        <translation>%1 afwijzen</translation>
    </message>
    <message>
        <source>Te beoordelen (plek vastgehouden)</source>
        <translation>Te beoordelen (plek vastgehouden)</translation>
    </message>
</context>
<context>
    <name>StaffReport</name>
    <message>
        <source>Wonen</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>Leren</source>
        <translation>Leren</translation>
    </message>
    <message>
        <source>Werken</source>
        <translation>Werken</translation>
    </message>
    <message>
        <source>Vrije tijd</source>
        <translation>Vrije tijd</translation>
    </message>
    <message>
        <source>Periodeverslag Meedoen</source>
        <translation>Periodeverslag Meedoen</translation>
    </message>
    <message>
        <source>Alle buurten</source>
        <translation>Alle buurten</translation>
    </message>
    <message>
        <source>Buurt: %1</source>
        <translation>Buurt: %1</translation>
    </message>
    <message>
        <source>Periode: %1 tot en met %2</source>
        <translation>Periode: %1 tot en met %2</translation>
    </message>
    <message>
        <source>Cijfers van %1</source>
        <translation>Cijfers van %1</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Actieve vrijwilligers</source>
        <translation>Actieve vrijwilligers</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Plekken gestart</source>
        <translation>Plekken gestart</translation>
    </message>
    <message>
        <source>Plekken afgerond</source>
        <translation>Plekken afgerond</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Meedoen per route</source>
        <translation>Meedoen per route</translation>
    </message>
    <message>
        <source>Samen</source>
        <translation>Samen</translation>
    </message>
    <message>
        <source>Een vrijwilliger die op meer routes meedoet, telt bij elke route één keer en bij &apos;Samen&apos; één keer.</source>
        <translation>Een vrijwilliger die op meer routes meedoet, telt bij elke route één keer en bij &apos;Samen&apos; één keer.</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Per maand</source>
        <translation>Per maand</translation>
    </message>
    <message>
        <source>In deze periode is nog niets geteld.</source>
        <translation>In deze periode is nog niets geteld.</translation>
    </message>
    <message>
        <source>Plekken</source>
        <translation>Plekken</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Bezet</source>
        <translation>Bezet</translation>
    </message>
    <message>
        <source>Wachtlijst</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Er zijn geen activiteiten in deze buurt.</source>
        <translation>Er zijn geen activiteiten in deze buurt.</translation>
    </message>
    <message>
        <source>Plekken 0 betekent: geen grens.</source>
        <translation>Plekken 0 betekent: geen grens.</translation>
    </message>
    <message>
        <source>Treden op de ladder</source>
        <translation>Treden op de ladder</translation>
    </message>
    <message>
        <source>Hoger</source>
        <translation>Hoger</translation>
    </message>
    <message>
        <source>Gelijk</source>
        <translation>Gelijk</translation>
    </message>
    <message>
        <source>Lager</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>In deze periode is geen trede gemeten.</source>
        <translation>In deze periode is geen trede gemeten.</translation>
    </message>
    <message>
        <source>Huurders die toestemming gaven voor hun route: verder gekomen, gestabiliseerd, of gedaald.</source>
        <translation>Huurders die toestemming gaven voor hun route: verder gekomen, gestabiliseerd, of gedaald.</translation>
    </message>
    <message>
        <source>Social return</source>
        <translation>Social return</translation>
    </message>
    <message>
        <source>Leverancier en opdracht</source>
        <translation>Leverancier en opdracht</translation>
    </message>
    <message>
        <source>Verplicht</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>Gehaald</source>
        <translation>Gehaald</translation>
    </message>
    <message>
        <source>Vervuld</source>
        <translation>Vervuld</translation>
    </message>
    <message>
        <source>Plaatsingen</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <source>Er zijn geen leveranciers met een social-returnverplichting.</source>
        <translation>Er zijn geen leveranciers met een social-returnverplichting.</translation>
    </message>
    <message>
        <source>Leerwerkplaatsen bij de leverancier, gewaardeerd per soort en duur met de tabel van de corporatie.</source>
        <translation>Leerwerkplaatsen bij de leverancier, gewaardeerd per soort en duur met de tabel van de corporatie.</translation>
    </message>
    <message>
        <source>SROI: inzet en opbrengst</source>
        <translation>SROI: inzet en opbrengst</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Per eenheid</source>
        <translation>Per eenheid</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Waarden met de proxies van de corporatie; de bronnen staan in het Excel-bestand.</source>
        <translation>Waarden met de proxies van de corporatie; de bronnen staan in het Excel-bestand.</translation>
    </message>
    <message>
        <source>Totaal inzet</source>
        <translation>Totaal inzet</translation>
    </message>
    <message>
        <source>Totaal opbrengst</source>
        <translation>Totaal opbrengst</translation>
    </message>
    <message>
        <source>Uren vrijwilligerswerk</source>
        <translation>Uren vrijwilligerswerk</translation>
    </message>
    <message>
        <source>Zelfbeheer-initiatieven die lopen</source>
        <translation>Zelfbeheer-initiatieven die lopen</translation>
    </message>
    <message>
        <source>Leerplekken gestart</source>
        <translation>Leerplekken gestart</translation>
    </message>
    <message>
        <source>Leerplekken afgerond</source>
        <translation>Leerplekken afgerond</translation>
    </message>
    <message>
        <source>Afspraken tegenprestatie nagekomen (maanden)</source>
        <translation>Afspraken tegenprestatie nagekomen (maanden)</translation>
    </message>
    <message>
        <source>Huurders een trede hoger</source>
        <translation>Huurders een trede hoger</translation>
    </message>
    <message>
        <source>Nog niet begonnen</source>
        <translation>Nog niet begonnen</translation>
    </message>
    <message>
        <source>Loopt achter</source>
        <translation>Loopt achter</translation>
    </message>
    <message>
        <source>Op koers</source>
        <translation>Op koers</translation>
    </message>
    <message>
        <source>Loopt voor</source>
        <translation>Loopt voor</translation>
    </message>
    <message>
        <source>Doel gehaald</source>
        <translation>Doel gehaald</translation>
    </message>
    <message>
        <source>Doel niet gehaald</source>
        <translation>Doel niet gehaald</translation>
    </message>
    <message>
        <source>Werkgever</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <source>Financier</source>
        <translation>Financier</translation>
    </message>
    <message>
        <source>Opdrachtgever</source>
        <translation>Opdrachtgever</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Huisvester</source>
        <translation>Huisvester</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Tot nu</source>
        <translation>Tot nu</translation>
    </message>
    <message>
        <source>Verwacht aan het eind</source>
        <translation>Verwacht aan het eind</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Voor deze periode zijn geen doelen gesteld.</source>
        <translation>Voor deze periode zijn geen doelen gesteld.</translation>
    </message>
    <message>
        <source>Verwacht: wat er aan het eind van de periode staat als het zo doorgaat als tot nu.</source>
        <translation>Verwacht: wat er aan het eind van de periode staat als het zo doorgaat als tot nu.</translation>
    </message>
    <message>
        <source>Alle routes</source>
        <translation>Alle routes</translation>
    </message>
    <message>
        <source>kwartaal %1 van %2</source>
        <translation>kwartaal %1 van %2</translation>
    </message>
    <message>
        <source>Partners: inzet en resultaat</source>
        <translation>Partners: inzet en resultaat</translation>
    </message>
    <message>
        <source>Geld</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Uren personeel</source>
        <translation>Uren personeel</translation>
    </message>
    <message>
        <source>Vrijwilligers</source>
        <translation>Vrijwilligers</translation>
    </message>
    <message>
        <source>Uren vrijwilligers</source>
        <translation>Uren vrijwilligers</translation>
    </message>
    <message>
        <source>In deze periode hebben geen partners iets ingebracht.</source>
        <translation>In deze periode hebben geen partners iets ingebracht.</translation>
    </message>
    <message>
        <source>Inzet in de periode; resultaat op de activiteiten waar de partner aan meedoet.</source>
        <translation>Inzet in de periode; resultaat op de activiteiten waar de partner aan meedoet.</translation>
    </message>
</context>
<context>
    <name>StaffReportPage</name>
    <message>
        <source>Verslag per buurt</source>
        <translation>Verslag per buurt</translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Verslag opslaan</source>
        <translation>Verslag opslaan</translation>
    </message>
    <message>
        <source>Het bestand verlaat de beveiligde app. Bevestig met uw pincode.</source>
        <translation>Het bestand verlaat de beveiligde app. Bevestig met uw pincode.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>SROI-invoer voor de accountant</source>
        <translation>SROI-invoer voor de accountant</translation>
    </message>
    <message>
        <source>Opslaan als Excel</source>
        <translation>Opslaan als Excel</translation>
    </message>
    <message>
        <source>Opslaan als CSV</source>
        <translation>Opslaan als CSV</translation>
    </message>
    <message>
        <source>SROI-invoer opslaan</source>
        <translation>SROI-invoer opslaan</translation>
    </message>
</context>
<context>
    <name>StaffResults</name>
    <message>
        <source>De map voor exports is niet beschikbaar.</source>
        <translation>De map voor exports is niet beschikbaar.</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden geschreven.</source>
        <translation>Het bestand kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>Opgeslagen als %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
    <message>
        <source>Dit doel bestaat niet meer.</source>
        <translation>Dit doel bestaat niet meer.</translation>
    </message>
    <message>
        <source>Deze tablet kent de locatie nog niet. Wacht tot hij met de server heeft gesynchroniseerd.</source>
        <translation>Deze tablet kent de locatie nog niet. Wacht tot hij met de server heeft gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Kies een jaar of een kwartaal.</source>
        <translation>Kies een jaar of een kwartaal.</translation>
    </message>
    <message>
        <source>Kies wat u wilt tellen.</source>
        <translation>Kies wat u wilt tellen.</translation>
    </message>
    <message>
        <source>Vul een jaar in, bijvoorbeeld 2027.</source>
        <translation>Vul een jaar in, bijvoorbeeld 2027.</translation>
    </message>
    <message>
        <source>Kies een kwartaal.</source>
        <translation>Kies een kwartaal.</translation>
    </message>
    <message>
        <source>Vul een heel getal in van 0 tot %1.</source>
        <translation>Vul een heel getal in van 0 tot %1.</translation>
    </message>
    <message numerus="yes">
        <source>Controleer de %n gemarkeerde velden.</source>
        <translation>
            <numerusform>Controleer het gemarkeerde veld.</numerusform>
            <numerusform>Controleer de %n gemarkeerde velden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dit kwartaal</source>
        <translation>Dit kwartaal</translation>
    </message>
    <message>
        <source>Vorig kwartaal</source>
        <translation>Vorig kwartaal</translation>
    </message>
    <message>
        <source>Dit jaar</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>Vorig jaar</source>
        <translation>Vorig jaar</translation>
    </message>
    <message>
        <source>geen PSO</source>
        <translation>geen PSO</translation>
    </message>
    <message>
        <source>PSO aspirant</source>
        <translation>PSO aspirant</translation>
    </message>
    <message>
        <source>PSO trede 1</source>
        <translation>PSO trede 1</translation>
    </message>
    <message>
        <source>PSO trede 2</source>
        <translation>PSO trede 2</translation>
    </message>
    <message>
        <source>PSO trede 3</source>
        <translation>PSO trede 3</translation>
    </message>
    <message>
        <source>PSO 30+</source>
        <translation>PSO 30+</translation>
    </message>
    <message>
        <source>van de loonsom</source>
        <translation>van de loonsom</translation>
    </message>
    <message>
        <source>van de contractwaarde</source>
        <translation>van de contractwaarde</translation>
    </message>
    <message>
        <source>%1 tot en met %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
</context>
<context>
    <name>StaffReview</name>
    <message>
        <source>Geen plaats meer</source>
        <translation>Geen plaats meer</translation>
    </message>
    <message>
        <source>Past niet bij de eisen</source>
        <translation>Past niet bij de eisen</translation>
    </message>
    <message>
        <source>Niet bereikbaar</source>
        <translation>Niet bereikbaar</translation>
    </message>
    <message>
        <source>Geen huurder in dit gebied</source>
        <translation>Geen huurder in dit gebied</translation>
    </message>
    <message>
        <source>Op verzoek van de huurder</source>
        <translation>Op verzoek van de huurder</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Deze aanmelding is niet (meer) bekend op deze tablet.</source>
        <translation>Deze aanmelding is niet (meer) bekend op deze tablet.</translation>
    </message>
    <message>
        <source>Dit besluit past niet bij de huidige stand van de aanmelding.</source>
        <translation>Dit besluit past niet bij de huidige stand van de aanmelding.</translation>
    </message>
    <message>
        <source>Kies of schrijf een reden voor de afwijzing.</source>
        <translation>Kies of schrijf een reden voor de afwijzing.</translation>
    </message>
    <message>
        <source>De reden mag één regel van hoogstens 200 tekens zijn.</source>
        <translation>De reden mag één regel van hoogstens 200 tekens zijn.</translation>
    </message>
    <message>
        <source>Het bericht aan de huurder mag hoogstens 2000 tekens zijn.</source>
        <translation>Het bericht aan de huurder mag hoogstens 2000 tekens zijn.</translation>
    </message>
    <message>
        <source>Kies waarmee u de huurder hebt gecontroleerd: huurdernummer of adres.</source>
        <translation>Kies waarmee u de huurder hebt gecontroleerd: huurdernummer of adres.</translation>
    </message>
    <message>
        <source>Alleen een bevestigde leerplaats kan starten, afronden of uitvallen.</source>
        <translation>Alleen een bevestigde leerplaats kan starten, afronden of uitvallen.</translation>
    </message>
</context>
<context>
    <name>StaffSession</name>
    <message>
        <source>Deze tablet is nog niet gekoppeld aan de server. Vraag de beheerder om een koppelcode.</source>
        <translation>Deze tablet is nog niet gekoppeld aan de server. Vraag de beheerder om een koppelcode.</translation>
    </message>
    <message>
        <source>Vul uw gebruikersnaam en wachtwoord in.</source>
        <translation>Vul uw gebruikersnaam en wachtwoord in.</translation>
    </message>
    <message>
        <source>De aanmelding kon niet worden opgeslagen.</source>
        <translation>De aanmelding kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Geen verbinding met de server. Aanmelden met wachtwoord kan alleen online.</source>
        <translation>Geen verbinding met de server. Aanmelden met wachtwoord kan alleen online.</translation>
    </message>
    <message>
        <source>Gebruikersnaam of wachtwoord klopt niet.</source>
        <translation>Gebruikersnaam of wachtwoord klopt niet.</translation>
    </message>
    <message>
        <source>U werkt niet op de locatie van deze tablet.</source>
        <translation>U werkt niet op de locatie van deze tablet.</translation>
    </message>
    <message>
        <source>Te vaak een verkeerd wachtwoord. De beheerder moet uw account vrijgeven.</source>
        <translation>Te vaak een verkeerd wachtwoord. De beheerder moet uw account vrijgeven.</translation>
    </message>
    <message numerus="yes">
        <source>Te veel pogingen. Probeer het over %n seconde(n) opnieuw.</source>
        <translation>
            <numerusform>Te veel pogingen. Probeer het over %n seconde opnieuw.</numerusform>
            <numerusform>Te veel pogingen. Probeer het over %n seconden opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>De server gaf een fout (%1). Probeer het later opnieuw.</source>
        <translation>De server gaf een fout (%1). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>De twee pincodes zijn niet gelijk.</translation>
    </message>
    <message>
        <source>Kies 5 tot 12 cijfers, niet allemaal hetzelfde en geen reeks zoals 12345.</source>
        <translation>Kies 5 tot 12 cijfers, niet allemaal hetzelfde en geen reeks zoals 12345.</translation>
    </message>
    <message>
        <source>De pincode kon niet worden opgeslagen.</source>
        <translation>De pincode kon niet worden opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>Pincode klopt niet. Probeer het over %n seconde(n) opnieuw.</source>
        <translation>
            <numerusform>Pincode klopt niet. Probeer het over %n seconde opnieuw.</numerusform>
            <numerusform>Pincode klopt niet. Probeer het over %n seconden opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pincode klopt niet.</source>
        <translation>Pincode klopt niet.</translation>
    </message>
    <message>
        <source>Meld u eerst online aan met uw wachtwoord.</source>
        <translation>Meld u eerst online aan met uw wachtwoord.</translation>
    </message>
    <message>
        <source>Ontgrendel de tablet eerst met uw pincode.</source>
        <translation>Ontgrendel de tablet eerst met uw pincode.</translation>
    </message>
    <message>
        <source>Opslaan is niet gelukt.</source>
        <translation>Opslaan is niet gelukt.</translation>
    </message>
    <message numerus="yes">
        <source>Te vaak een verkeerd wachtwoord. Uw account is op slot; over %n minuut/minuten kunt u het opnieuw proberen. De beheerder kan het eerder vrijgeven.</source>
        <translation>
            <numerusform>Te vaak een verkeerd wachtwoord. Uw account is op slot; over %n minuut kunt u het opnieuw proberen. De beheerder kan het eerder vrijgeven.</numerusform>
            <numerusform>Te vaak een verkeerd wachtwoord. Uw account is op slot; over %n minuten kunt u het opnieuw proberen. De beheerder kan het eerder vrijgeven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>De server is even druk met aanmelden. Probeer het over %n seconde(n) opnieuw; uw gebruikersnaam blijft staan.</source>
        <translation>
            <numerusform>De server is even druk met aanmelden. Probeer het over %n seconde opnieuw; uw gebruikersnaam blijft staan.</numerusform>
            <numerusform>De server is even druk met aanmelden. Probeer het over %n seconden opnieuw; uw gebruikersnaam blijft staan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Te veel pogingen. Probeer het over %n minuut/minuten opnieuw.</source>
        <translation>
            <numerusform>Te veel pogingen. Probeer het over %n minuut opnieuw.</numerusform>
            <numerusform>Te veel pogingen. Probeer het over %n minuten opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Werk de app bij. Deze versie past niet meer bij de server. Aanmelden kan weer als de app is bijgewerkt.</source>
        <translation>Werk de app bij. Deze versie past niet meer bij de server. Aanmelden kan weer als de app is bijgewerkt.</translation>
    </message>
    <message>
        <source>Dit mag u niet doen met uw rol op deze locatie.</source>
        <translation>Dit mag u niet doen met uw rol op deze locatie.</translation>
    </message>
</context>
<context>
    <name>StaffSignInPanel</name>
    <message>
        <source>Kies uw pincode</source>
        <translation>Kies uw pincode</translation>
    </message>
    <message>
        <source>Ontgrendel met uw pincode</source>
        <translation>Ontgrendel met uw pincode</translation>
    </message>
    <message>
        <source>Aanmelden als medewerker</source>
        <translation>Aanmelden als medewerker</translation>
    </message>
    <message>
        <source>Met deze pincode werkt u op deze tablet verder, ook zonder internet. Kies 5 tot 12 cijfers.</source>
        <translation>Met deze pincode werkt u op deze tablet verder, ook zonder internet. Kies 5 tot 12 cijfers.</translation>
    </message>
    <message>
        <source>Kies uw naam. Na twee minuten zonder aanraken gaat de tablet op slot.</source>
        <translation>Kies uw naam. Na twee minuten zonder aanraken gaat de tablet op slot.</translation>
    </message>
    <message>
        <source>Eenmalig, met internet: uw gebruikersnaam en wachtwoord van de beheerder.</source>
        <translation>Eenmalig, met internet: uw gebruikersnaam en wachtwoord van de beheerder.</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Nieuwe pincode</source>
        <translation>Nieuwe pincode</translation>
    </message>
    <message>
        <source>Herhaal de pincode</source>
        <translation>Herhaal de pincode</translation>
    </message>
    <message>
        <source>Pincode opslaan</source>
        <translation>Pincode opslaan</translation>
    </message>
    <message>
        <source>Medewerker %1</source>
        <translation>Medewerker %1</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Andere medewerker aanmelden</source>
        <translation>Andere medewerker aanmelden</translation>
    </message>
    <message>
        <source>Terug naar ontgrendelen</source>
        <translation>Terug naar ontgrendelen</translation>
    </message>
    <message>
        <source>Deze tablet is nog niet ingesteld</source>
        <translation>Deze tablet is nog niet ingesteld</translation>
    </message>
</context>
<context>
    <name>StaffTour</name>
    <message>
        <source>Helaas is er geen plaats meer. We houden u op de hoogte van nieuwe activiteiten.</source>
        <translation>Helaas is er geen plaats meer. We houden u op de hoogte van nieuwe activiteiten.</translation>
    </message>
</context>
<context>
    <name>StaffTrajectorySection</name>
    <message>
        <source>Stap vastgelegd; wordt verstuurd.</source>
        <translation>Stap vastgelegd; wordt verstuurd.</translation>
    </message>
    <message>
        <source>Traject</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Geen toestemming om de weg van deze huurder bij te houden. Er wordt niets bewaard.</source>
        <translation>Geen toestemming om de weg van deze huurder bij te houden. Er wordt niets bewaard.</translation>
    </message>
    <message>
        <source>%1: trede %2 van %3, %4 (gemeten %5)</source>
        <translation>%1: trede %2 van %3, %4 (gemeten %5)</translation>
    </message>
    <message>
        <source>meet opnieuw: langer dan zes maanden geleden</source>
        <translation>meet opnieuw: langer dan zes maanden geleden</translation>
    </message>
    <message>
        <source>Doel: %1 (bespreken op %2)</source>
        <translation>Doel: %1 (bespreken op %2)</translation>
    </message>
    <message>
        <source>Voorstel: %1 naar trede %2 (%3). %4</source>
        <translation>Voorstel: %1 naar trede %2 (%3). %4</translation>
    </message>
    <message>
        <source>Overnemen</source>
        <translation>Overnemen</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Trede</source>
        <translation>Trede</translation>
    </message>
    <message>
        <source>Datum van de meting (jjjj-mm-dd)</source>
        <translation>Datum van de meting (jjjj-mm-dd)</translation>
    </message>
    <message>
        <source>Korte notitie</source>
        <translation>Korte notitie</translation>
    </message>
    <message>
        <source>Persoonlijk doel (mag leeg)</source>
        <translation>Persoonlijk doel (mag leeg)</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: over 6 maanden een stageplek</source>
        <translation>Bijvoorbeeld: over 6 maanden een stageplek</translation>
    </message>
    <message>
        <source>Doel bespreken op (jjjj-mm-dd)</source>
        <translation>Doel bespreken op (jjjj-mm-dd)</translation>
    </message>
    <message>
        <source>Stap vastleggen</source>
        <translation>Stap vastleggen</translation>
    </message>
</context>
<context>
    <name>StaffWorkspace</name>
    <message>
        <source>Nieuwe vrijwilligers</source>
        <translation>Nieuwe vrijwilligers</translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation>Aanmeldingen</translation>
    </message>
    <message>
        <source>Trainingsplaatsen</source>
        <translation>Trainingsplaatsen</translation>
    </message>
    <message>
        <source>Conflicten</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Catalogus</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Resultaten</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Meedoen — %1</source>
        <translation>Meedoen — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n wijziging(en) wacht(en) op verzending</source>
        <translation>
            <numerusform>%n wijziging wacht op verzending</numerusform>
            <numerusform>%n wijzigingen wachten op verzending</numerusform>
        </translation>
    </message>
    <message>
        <source>Alles verzonden</source>
        <translation>Alles verzonden</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nieuwe bewoner inschrijven</source>
        <translation>Nieuwe bewoner inschrijven</translation>
    </message>
    <message>
        <source>Verwijderverzoeken</source>
        <translation>Verwijderverzoeken</translation>
    </message>
    <message>
        <source>Inschrijven</source>
        <translation>Inschrijven</translation>
    </message>
    <message>
        <source>Werk de app bij. Wijzigingen blijven op deze tablet tot de app is bijgewerkt.</source>
        <translation>Werk de app bij. Wijzigingen blijven op deze tablet tot de app is bijgewerkt.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation>Verslag</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The data folder %1 cannot be created or opened.</source>
        <translation>De gegevensmap %1 kan niet worden gemaakt of geopend.</translation>
    </message>
    <message>
        <source>The catalogue %1 cannot be read.</source>
        <translation>De catalogus %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The catalogue %1 is not valid at %2: %3</source>
        <translation>De catalogus %1 klopt niet bij %2: %3</translation>
    </message>
    <message>
        <source>The catalogue could not be saved.</source>
        <translation>De catalogus kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>It could not be moved aside in %1.</source>
        <translation>Het kon niet apart gezet worden in %1.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Volgende</source>
        <translation>Volgende</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>Deze code werkt niet (meer). Vraag een nieuwe code aan.</source>
        <translation>Deze code werkt niet (meer). Vraag een nieuwe code aan.</translation>
    </message>
    <message>
        <source>De server is niet bereikbaar. Probeer het later opnieuw.</source>
        <translation>De server is niet bereikbaar. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Het apparaat kon de koppeling niet opslaan.</source>
        <translation>Het apparaat kon de koppeling niet opslaan.</translation>
    </message>
    <message>
        <source>Werk de app bij. Deze versie past niet meer bij de server.</source>
        <translation>Werk de app bij. Deze versie past niet meer bij de server.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%n aanmelding(en) wachten op verzending.</source>
        <translation>
            <numerusform>%n aanmelding wacht op verzending.</numerusform>
            <numerusform>%n aanmeldingen wachten op verzending.</numerusform>
        </translation>
    </message>
    <message>
        <source>Er is nu geen verbinding; we sturen ze zodra het weer kan.</source>
        <translation>Er is nu geen verbinding; we sturen ze zodra het weer kan.</translation>
    </message>
    <message>
        <source>Alles is verstuurd. Laatst bijgewerkt om %1.</source>
        <translation>Alles is verstuurd. Laatst bijgewerkt om %1.</translation>
    </message>
    <message>
        <source>Dit apparaat mag nu niets versturen. Wat hier is ingevuld, blijft bewaard. Zeg het tegen een medewerker.</source>
        <translation>Dit apparaat mag nu niets versturen. Wat hier is ingevuld, blijft bewaard. Zeg het tegen een medewerker.</translation>
    </message>
    <message>
        <source>Werk de app bij. Deze versie past niet meer bij de server. Wat hier is ingevuld, blijft bewaard.</source>
        <translation>Werk de app bij. Deze versie past niet meer bij de server. Wat hier is ingevuld, blijft bewaard.</translation>
    </message>
</context>
<context>
    <name>TenancyVerdictNote</name>
    <message>
        <source>Huurdernummer klopt met het adres</source>
        <translation>Huurdernummer klopt met het adres</translation>
    </message>
    <message>
        <source>Huurdernummer hoort bij een ander adres</source>
        <translation>Huurdernummer hoort bij een ander adres</translation>
    </message>
    <message>
        <source>Huurdernummer onbekend in de huuradministratie</source>
        <translation>Huurdernummer onbekend in de huuradministratie</translation>
    </message>
    <message>
        <source>Geen huurdernummer opgegeven</source>
        <translation>Geen huurdernummer opgegeven</translation>
    </message>
    <message>
        <source>Controleer het zelf. Klopt het toch, leg dan vast hoe je het hebt gecontroleerd.</source>
        <translation>Controleer het zelf. Klopt het toch, leg dan vast hoe je het hebt gecontroleerd.</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Over deze leerplek</source>
        <translation>Over deze leerplek</translation>
    </message>
    <message>
        <source>Waarom wil je dit doen?</source>
        <translation>Waarom wil je dit doen?</translation>
    </message>
    <message>
        <source>Schrijf het in je eigen woorden. Een paar zinnen is genoeg.</source>
        <translation>Schrijf het in je eigen woorden. Een paar zinnen is genoeg.</translation>
    </message>
    <message>
        <source>Wanneer wil je beginnen?</source>
        <translation>Wanneer wil je beginnen?</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Vul je postcode in zoals 1234 AB.</source>
        <translation>Vul je postcode in zoals 1234 AB.</translation>
    </message>
    <message>
        <source>Deze postcode bestaat niet. Kijk of je hem goed hebt ingevuld.</source>
        <translation>Deze postcode bestaat niet. Kijk of je hem goed hebt ingevuld.</translation>
    </message>
    <message>
        <source>Vul je huisnummer in.</source>
        <translation>Vul je huisnummer in.</translation>
    </message>
    <message>
        <source>Vul je huisnummer in met cijfers, zoals 12 of 12a.</source>
        <translation>Vul je huisnummer in met cijfers, zoals 12 of 12a.</translation>
    </message>
    <message>
        <source>Een huisnummer ligt tussen %1 en %2.</source>
        <translation>Een huisnummer ligt tussen %1 en %2.</translation>
    </message>
    <message>
        <source>Vul de toevoeging maar op één plek in: bij het huisnummer of bij de toevoeging.</source>
        <translation>Vul de toevoeging maar op één plek in: bij het huisnummer of bij de toevoeging.</translation>
    </message>
    <message>
        <source>Een toevoeging bestaat uit letters en cijfers, zoals A of 2.</source>
        <translation>Een toevoeging bestaat uit letters en cijfers, zoals A of 2.</translation>
    </message>
    <message>
        <source>Een toevoeging heeft hoogstens %1 tekens.</source>
        <translation>Een toevoeging heeft hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Vul je telefoonnummer in.</source>
        <translation>Vul je telefoonnummer in.</translation>
    </message>
    <message>
        <source>Vul je telefoonnummer in zoals 06 12345678 of +32 470 123456. Gebruik alleen cijfers, spaties en streepjes.</source>
        <translation>Vul je telefoonnummer in zoals 06 12345678 of +32 470 123456. Gebruik alleen cijfers, spaties en streepjes.</translation>
    </message>
    <message>
        <source>Dit telefoonnummer heeft te veel of te weinig cijfers. Een Nederlands nummer heeft 10 cijfers, zoals 06 12345678.</source>
        <translation>Dit telefoonnummer heeft te veel of te weinig cijfers. Een Nederlands nummer heeft 10 cijfers, zoals 06 12345678.</translation>
    </message>
    <message>
        <source>Vul je e-mailadres in.</source>
        <translation>Vul je e-mailadres in.</translation>
    </message>
    <message>
        <source>Dit e-mailadres klopt niet. Vul het in zoals naam@voorbeeld.nl.</source>
        <translation>Dit e-mailadres klopt niet. Vul het in zoals naam@voorbeeld.nl.</translation>
    </message>
    <message>
        <source>Dit e-mailadres is te lang.</source>
        <translation>Dit e-mailadres is te lang.</translation>
    </message>
    <message>
        <source>Vul je naam in.</source>
        <translation>Vul je naam in.</translation>
    </message>
    <message>
        <source>Een naam bestaat uit letters. Spaties, &apos; - en . mogen ook. Cijfers en andere tekens mogen niet.</source>
        <translation>Een naam bestaat uit letters. Spaties, &apos; - en . mogen ook. Cijfers en andere tekens mogen niet.</translation>
    </message>
    <message>
        <source>Een naam heeft minstens één letter.</source>
        <translation>Een naam heeft minstens één letter.</translation>
    </message>
    <message>
        <source>Deze naam is te lang. Een naam heeft hoogstens %1 tekens.</source>
        <translation>Deze naam is te lang. Een naam heeft hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Vul je geboortedatum in, zoals 31-12-1990.</source>
        <translation>Vul je geboortedatum in, zoals 31-12-1990.</translation>
    </message>
    <message>
        <source>Deze geboortedatum ligt in de toekomst. Kijk of je hem goed hebt ingevuld.</source>
        <translation>Deze geboortedatum ligt in de toekomst. Kijk of je hem goed hebt ingevuld.</translation>
    </message>
    <message numerus="yes">
        <source>Je moet minstens %n jaar zijn om mee te doen.</source>
        <translation>
            <numerusform>Je moet minstens %n jaar zijn om mee te doen.</numerusform>
            <numerusform>Je moet minstens %n jaar zijn om mee te doen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kijk je geboortedatum na: dan zou je ouder zijn dan %n jaar.</source>
        <translation>
            <numerusform>Kijk je geboortedatum na: dan zou je ouder zijn dan %n jaar.</numerusform>
            <numerusform>Kijk je geboortedatum na: dan zou je ouder zijn dan %n jaar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Er staat een onleesbaar teken in de tekst. Typ de tekst opnieuw.</source>
        <translation>Er staat een onleesbaar teken in de tekst. Typ de tekst opnieuw.</translation>
    </message>
    <message>
        <source>Schrijf dit op één regel, zonder enter of tab.</source>
        <translation>Schrijf dit op één regel, zonder enter of tab.</translation>
    </message>
    <message>
        <source>Er staat een onzichtbaar teken in de tekst dat hier niet mag. Haal het weg en probeer het opnieuw.</source>
        <translation>Er staat een onzichtbaar teken in de tekst dat hier niet mag. Haal het weg en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Vul dit veld in.</source>
        <translation>Vul dit veld in.</translation>
    </message>
    <message>
        <source>Deze tekst is te lang. Je mag hoogstens %1 tekens gebruiken, nu zijn het er %2.</source>
        <translation>Deze tekst is te lang. Je mag hoogstens %1 tekens gebruiken, nu zijn het er %2.</translation>
    </message>
    <message>
        <source>Deze code mag alleen kleine letters, cijfers en streepjes bevatten (hoogstens %1 tekens).</source>
        <translation>Deze code mag alleen kleine letters, cijfers en streepjes bevatten (hoogstens %1 tekens).</translation>
    </message>
    <message>
        <source>Een huurdersnummer bestaat uit letters, cijfers en streepjes.</source>
        <translation>Een huurdersnummer bestaat uit letters, cijfers en streepjes.</translation>
    </message>
    <message>
        <source>Een huurdersnummer heeft hoogstens %1 tekens.</source>
        <translation>Een huurdersnummer heeft hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Vul je telefoonnummer of je e-mailadres in, zodat we je kunnen bereiken.</source>
        <translation>Vul je telefoonnummer of je e-mailadres in, zodat we je kunnen bereiken.</translation>
    </message>
    <message>
        <source>Het aantal plaatsen kan niet negatief zijn. Vul 0 in voor onbeperkt.</source>
        <translation>Het aantal plaatsen kan niet negatief zijn. Vul 0 in voor onbeperkt.</translation>
    </message>
    <message>
        <source>De minimumleeftijd ligt tussen 0 en %1 jaar.</source>
        <translation>De minimumleeftijd ligt tussen 0 en %1 jaar.</translation>
    </message>
    <message>
        <source>De einddatum ligt vóór de startdatum.</source>
        <translation>De einddatum ligt vóór de startdatum.</translation>
    </message>
    <message>
        <source>Kies wat voor leerplek dit is: stage, leerwerkplek of re-integratieplek.</source>
        <translation>Kies wat voor leerplek dit is: stage, leerwerkplek of re-integratieplek.</translation>
    </message>
    <message>
        <source>Alleen een leerplek heeft een soort leerplek.</source>
        <translation>Alleen een leerplek heeft een soort leerplek.</translation>
    </message>
    <message>
        <source>De plek op de kaart klopt niet.</source>
        <translation>De plek op de kaart klopt niet.</translation>
    </message>
    <message>
        <source>Kies waarvoor je de uren geeft.</source>
        <translation>Kies waarvoor je de uren geeft.</translation>
    </message>
    <message>
        <source>Vul de datum in zoals 3-12-2026.</source>
        <translation>Vul de datum in zoals 3-12-2026.</translation>
    </message>
    <message>
        <source>Deze datum ligt in de toekomst. Vul een dag in die al geweest is.</source>
        <translation>Deze datum ligt in de toekomst. Vul een dag in die al geweest is.</translation>
    </message>
    <message numerus="yes">
        <source>Je kunt uren tot %n dagen terug invullen.</source>
        <translation>
            <numerusform>Je kunt uren tot %n dag terug invullen.</numerusform>
            <numerusform>Je kunt uren tot %n dagen terug invullen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vul de datum in.</source>
        <translation>Vul de datum in.</translation>
    </message>
    <message>
        <source>Vul in hoe lang je bezig was, bijvoorbeeld 1:30.</source>
        <translation>Vul in hoe lang je bezig was, bijvoorbeeld 1:30.</translation>
    </message>
    <message>
        <source>Vul de tijd in per kwartier, bijvoorbeeld 1:15 of 1:30.</source>
        <translation>Vul de tijd in per kwartier, bijvoorbeeld 1:15 of 1:30.</translation>
    </message>
    <message>
        <source>Vul de tijd in zoals 1:30 (uren:minuten).</source>
        <translation>Vul de tijd in zoals 1:30 (uren:minuten).</translation>
    </message>
    <message numerus="yes">
        <source>Met deze uren kom je boven %n uur op die dag.</source>
        <translation>
            <numerusform>Met deze uren kom je boven %n uur op die dag.</numerusform>
            <numerusform>Met deze uren kom je boven %n uur op die dag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Je kunt hoogstens %n uur per dag invullen.</source>
        <translation>
            <numerusform>Je kunt hoogstens %n uur per dag invullen.</numerusform>
            <numerusform>Je kunt hoogstens %n uur per dag invullen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kies een wijk.</source>
        <translation>Kies een wijk.</translation>
    </message>
    <message>
        <source>Kies een route uit de lijst.</source>
        <translation>Kies een route uit de lijst.</translation>
    </message>
    <message>
        <source>Een jaar begint op 1 januari.</source>
        <translation>Een jaar begint op 1 januari.</translation>
    </message>
    <message>
        <source>Een kwartaal begint op 1 januari, 1 april, 1 juli of 1 oktober.</source>
        <translation>Een kwartaal begint op 1 januari, 1 april, 1 juli of 1 oktober.</translation>
    </message>
    <message>
        <source>Vul een doel in van 0 tot %1.</source>
        <translation>Vul een doel in van 0 tot %1.</translation>
    </message>
    <message>
        <source>Dit kan Meedoen nog niet tellen. Kies iets anders.</source>
        <translation>Dit kan Meedoen nog niet tellen. Kies iets anders.</translation>
    </message>
    <message>
        <source>Vul een getal in van 0 tot en met %1.</source>
        <translation>Vul een getal in van 0 tot en met %1.</translation>
    </message>
    <message>
        <source>Kies een maand.</source>
        <translation>Kies een maand.</translation>
    </message>
    <message>
        <source>Vul een bedrag in van 0 tot en met %1 cent.</source>
        <translation>Vul een bedrag in van 0 tot en met %1 cent.</translation>
    </message>
    <message>
        <source>Schrijf de bron op één regel van hoogstens %1 tekens.</source>
        <translation>Schrijf de bron op één regel van hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Vul een drempel in van 0 tot en met %1 cent.</source>
        <translation>Vul een drempel in van 0 tot en met %1 cent.</translation>
    </message>
    <message>
        <source>Vul een aandeel in van 1 tot en met 10000 basispunten.</source>
        <translation>Vul een aandeel in van 1 tot en met 10000 basispunten.</translation>
    </message>
    <message>
        <source>Geef elk soort leerplek één tarief.</source>
        <translation>Geef elk soort leerplek één tarief.</translation>
    </message>
    <message>
        <source>Vul een aantal maanden in van 1 tot en met %1.</source>
        <translation>Vul een aantal maanden in van 1 tot en met %1.</translation>
    </message>
    <message>
        <source>Hoogstens %1 verplichtingen.</source>
        <translation>Hoogstens %1 verplichtingen.</translation>
    </message>
    <message>
        <source>Geef elke verplichting een eigen kenmerk, zoals het contractnummer.</source>
        <translation>Geef elke verplichting een eigen kenmerk, zoals het contractnummer.</translation>
    </message>
    <message>
        <source>Kies de leverancier uit de partners.</source>
        <translation>Kies de leverancier uit de partners.</translation>
    </message>
    <message>
        <source>Beschrijf de opdracht op één regel van hoogstens %1 tekens.</source>
        <translation>Beschrijf de opdracht op één regel van hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>Social return geldt voor opdrachten boven € %1.</source>
        <translation>Social return geldt voor opdrachten boven € %1.</translation>
    </message>
    <message>
        <source>De looptijd eindigt op of na de begindatum.</source>
        <translation>De looptijd eindigt op of na de begindatum.</translation>
    </message>
</context>
<context>
    <name>Wire</name>
    <message>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <source>This field must be text.</source>
        <translation>Dit veld moet tekst zijn.</translation>
    </message>
    <message>
        <source>This must be a whole number from %1 to %2.</source>
        <translation>Dit moet een heel getal van %1 tot en met %2 zijn.</translation>
    </message>
    <message>
        <source>This must be a number from %1 to %2.</source>
        <translation>Dit moet een getal van %1 tot en met %2 zijn.</translation>
    </message>
    <message>
        <source>This must be true or false.</source>
        <translation>Dit moet waar of onwaar zijn.</translation>
    </message>
    <message>
        <source>This must be a date like 2026-12-31.</source>
        <translation>Dit moet een datum zijn zoals 2026-12-31.</translation>
    </message>
    <message>
        <source>This must be a list.</source>
        <translation>Dit moet een lijst zijn.</translation>
    </message>
    <message>
        <source>Each entry must be a short key of lower-case letters, digits and hyphens.</source>
        <translation>Elk item moet een korte sleutel van kleine letters, cijfers en streepjes zijn.</translation>
    </message>
    <message>
        <source>This must be an object.</source>
        <translation>Dit moet een object zijn.</translation>
    </message>
    <message>
        <source>This value is not one of the allowed ones.</source>
        <translation>Deze waarde is niet toegestaan.</translation>
    </message>
    <message>
        <source>This field is not known.</source>
        <translation>Dit veld is onbekend.</translation>
    </message>
    <message>
        <source>This site is not known.</source>
        <translation>Deze locatie is onbekend.</translation>
    </message>
    <message>
        <source>This is not a personal code.</source>
        <translation>Dit is geen persoonlijke code.</translation>
    </message>
    <message>
        <source>This must be a time like 2026-12-31T09:00:00Z.</source>
        <translation>Dit moet een tijdstip zijn zoals 2026-12-31T09:00:00Z.</translation>
    </message>
    <message>
        <source>This is not a reference code.</source>
        <translation>Dit is geen aanmeldcode.</translation>
    </message>
    <message>
        <source>The catalogue is not valid JSON: %1.</source>
        <translation>De catalogus is geen geldige JSON: %1.</translation>
    </message>
    <message>
        <source>This is not a Meedoen catalogue (format %1).</source>
        <translation>Dit is geen Meedoen-catalogus (formaat %1).</translation>
    </message>
    <message>
        <source>This must be a UUID.</source>
        <translation>Dit moet een UUID zijn.</translation>
    </message>
    <message>
        <source>This must be a key like abc-1.</source>
        <translation>Dit moet een sleutel zijn zoals abc-1.</translation>
    </message>
    <message>
        <source>Without identify, personId must be the UUID of a registered person.</source>
        <translation>Zonder identify moet personId de UUID van een ingeschreven persoon zijn.</translation>
    </message>
    <message>
        <source>An opportunity needs a site.</source>
        <translation>Een activiteit heeft een locatie nodig.</translation>
    </message>
    <message>
        <source>At most %1 mutations per request.</source>
        <translation>Hoogstens %1 wijzigingen per verzoek.</translation>
    </message>
    <message>
        <source>Each mutation must be an object.</source>
        <translation>Elke wijziging moet een object zijn.</translation>
    </message>
    <message>
        <source>seq must be a whole number from 1.</source>
        <translation>seq moet een heel getal vanaf 1 zijn.</translation>
    </message>
    <message>
        <source>Send the login and the password as text.</source>
        <translation>Stuur de gebruikersnaam en het wachtwoord als tekst.</translation>
    </message>
    <message>
        <source>Send back the cursor you got.</source>
        <translation>Stuur de cursor terug die je kreeg.</translation>
    </message>
    <message>
        <source>limit must be a whole number from 1 to %1.</source>
        <translation>limit moet een heel getal van 1 tot en met %1 zijn.</translation>
    </message>
    <message>
        <source>This parameter is not known.</source>
        <translation>Deze parameter is onbekend.</translation>
    </message>
    <message>
        <source>This must be a month like 2026-11.</source>
        <translation>Dit moet een maand zijn zoals 2026-11.</translation>
    </message>
    <message>
        <source>This list is longer than allowed.</source>
        <translation>Deze lijst is langer dan toegestaan.</translation>
    </message>
    <message>
        <source>Send JSON without a byte order mark (BOM).</source>
        <translation>Stuur JSON zonder byte order mark (BOM).</translation>
    </message>
    <message>
        <source>This field is given twice.</source>
        <translation>Dit veld staat er twee keer in.</translation>
    </message>
    <message>
        <source>appVersion must be 1 to 32 letters, digits or . + ~ -.</source>
        <translation>appVersion moet 1 tot 32 letters, cijfers of . + ~ - zijn.</translation>
    </message>
    <message>
        <source>Send appVersion, queueLength and oldestQueuedSeconds together, each once.</source>
        <translation>Stuur appVersion, queueLength en oldestQueuedSeconds samen, elk één keer.</translation>
    </message>
    <message>
        <source>Too many kiosks in one answer.</source>
        <translation>Te veel zuilen in één antwoord.</translation>
    </message>
    <message>
        <source>This language is not one of the app&apos;s.</source>
        <translation>Deze taal is niet een van de talen van de app.</translation>
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
