<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>CandidateMatch</name>
    <message>
        <source>Nederlands</source>
        <translation>niderlandzki</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>angielski</translation>
    </message>
    <message>
        <source>Turks</source>
        <translation>turecki</translation>
    </message>
    <message>
        <source>Arabisch</source>
        <translation>arabski</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>polski</translation>
    </message>
    <message>
        <source>maandag</source>
        <translation>poniedziałek</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>wtorek</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>środa</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>czwartek</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>piątek</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>sobota</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>niedziela</translation>
    </message>
    <message>
        <source>ochtend</source>
        <translation>rano</translation>
    </message>
    <message>
        <source>middag</source>
        <translation>po południu</translation>
    </message>
    <message>
        <source>avond</source>
        <translation>wieczorem</translation>
    </message>
    <message>
        <source>%1%2</source>
        <comment>A weekday (%1) and a part of the day (%2), one word in Dutch: dinsdagochtend</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Interesse: %1</source>
        <translation>Zainteresowania: %1</translation>
    </message>
    <message numerus="yes">
        <source>Beschikbaar: %1 en nog %n dagdelen</source>
        <translation>
            <numerusform>Dostępność: %1 i jeszcze %n pora dnia</numerusform>
            <numerusform>Dostępność: %1 i jeszcze %n pory dnia</numerusform>
            <numerusform>Dostępność: %1 i jeszcze %n pór dnia</numerusform>
        </translation>
    </message>
    <message>
        <source>Beschikbaar: %1</source>
        <translation>Dostępność: %1</translation>
    </message>
    <message>
        <source>Tijden in overleg</source>
        <translation>Godziny do uzgodnienia</translation>
    </message>
    <message>
        <source>Woont in %1</source>
        <translation>Mieszka w: %1</translation>
    </message>
    <message>
        <source>Spreekt %1</source>
        <translation>Mówi: %1</translation>
    </message>
</context>
<context>
    <name>CatalogueList</name>
    <message>
        <source>Gevonden activiteiten</source>
        <translation>Znalezione zajęcia</translation>
    </message>
    <message>
        <source>Niets gevonden. Probeer een ander woord.</source>
        <translation>Nic nie znaleziono. Spróbuj innego słowa.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Alle activiteiten</source>
        <translation>Wszystkie zajęcia</translation>
    </message>
    <message>
        <source>Dichtbij %1 staat bovenaan.</source>
        <translation>Najbliżej %1 jest na górze.</translation>
    </message>
    <message>
        <source>Filters verbergen</source>
        <translation>Ukryj filtry</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtry</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Alles</source>
        <translation>Wszystko</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Trasa</translation>
    </message>
    <message>
        <source>Alle buurten</source>
        <translation>Wszystkie okolice</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Okolica</translation>
    </message>
    <message numerus="yes">
        <source>%n gevonden</source>
        <translation>
            <numerusform>Znaleziono %n</numerusform>
            <numerusform>Znaleziono %n</numerusform>
            <numerusform>Znaleziono %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Dichtbij jou staat bovenaan.</source>
        <translation>Najbliżej ciebie jest na górze.</translation>
    </message>
    <message>
        <source>Dichtbij postcode %1 staat bovenaan.</source>
        <translation>Najbliżej kodu pocztowego %1 jest na górze.</translation>
    </message>
    <message>
        <source>Alleen dichtbij</source>
        <translation>Tylko w pobliżu</translation>
    </message>
    <message>
        <source>Ook verder weg (%1)</source>
        <translation>Także dalej (%1)</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Deze activiteit is vol. Je komt op de wachtlijst. Komt er een plek vrij, dan hoor je het van ons.</source>
        <translation>Te zajęcia są pełne. Trafisz na listę oczekujących. Gdy zwolni się miejsce, damy ci znać.</translation>
    </message>
    <message>
        <source>Je vraagt een plek aan. De corporatie kijkt of het past en laat het je weten.</source>
        <translation>Prosisz o miejsce. Spółdzielnia sprawdzi, czy to pasuje, i da ci znać.</translation>
    </message>
    <message>
        <source>Inschrijven?</source>
        <translation>Zarejestrować?</translation>
    </message>
    <message>
        <source>Inschrijven</source>
        <translation>Zarejestruj</translation>
    </message>
    <message>
        <source>Je wordt ingeschreven bij de corporatie. Je krijgt een bon met je persoonlijke code; daarna kun je je meteen aanmelden voor activiteiten.</source>
        <translation>Zostajesz zarejestrowany w spółdzielni. Dostaniesz paragon z kodem osobistym; potem od razu możesz zgłosić się do zajęć.</translation>
    </message>
    <message>
        <source>Klopt dit?</source>
        <translation>Czy to się zgadza?</translation>
    </message>
    <message>
        <source>Versturen</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>Niets gekozen</source>
        <translation>Nic nie wybrano</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Persoonlijke code</source>
        <translation>Kod osobisty</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Telefoonnummer</source>
        <translation>Numer telefonu</translation>
    </message>
    <message>
        <source>E-mailadres</source>
        <translation>Adres e-mail</translation>
    </message>
    <message>
        <source>Huurdersnummer</source>
        <translation>Numer najemcy</translation>
    </message>
    <message>
        <source>Wat je graag doet</source>
        <translation>Co lubisz robić</translation>
    </message>
    <message>
        <source>Talen die je spreekt</source>
        <translation>Języki, którymi mówisz</translation>
    </message>
    <message>
        <source>Wanneer je tijd hebt</source>
        <translation>Kiedy masz czas</translation>
    </message>
    <message>
        <source>Waar je ja tegen zegt</source>
        <translation>Na co się zgadzasz</translation>
    </message>
    <message>
        <source>Nergens: geen vinkjes gezet</source>
        <translation>Na nic: nic nie zaznaczono</translation>
    </message>
    <message>
        <source>Waarom je dit wilt doen</source>
        <translation>Dlaczego chcesz to robić</translation>
    </message>
    <message>
        <source>Wanneer je wilt beginnen</source>
        <translation>Kiedy chcesz zacząć</translation>
    </message>
    <message>
        <source>Wijzig</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <source>Wijzig: %1</source>
        <translation>Zmień: %1</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Wat doen we met je gegevens?</source>
        <translation>Co robimy z twoimi danymi?</translation>
    </message>
    <message>
        <source>We bewaren je naam, adres en hoe we je kunnen bereiken. Die hebben we nodig om je aanmelding te regelen. Voor andere dingen vragen we het je eerst. Zet een vinkje als je het goed vindt. Je kunt later altijd weer nee zeggen.</source>
        <translation>Zapisujemy twoje imię, adres i kontakt do ciebie. Potrzebujemy ich, żeby załatwić twoje zgłoszenie. O inne rzeczy najpierw cię zapytamy. Zaznacz pole, jeśli się zgadzasz. Później zawsze możesz powiedzieć nie.</translation>
    </message>
    <message>
        <source>Zonder vinkjes kun je je ook gewoon aanmelden.</source>
        <translation>Bez zaznaczania też możesz się zgłosić.</translation>
    </message>
</context>
<context>
    <name>ContrastSwitch</name>
    <message>
        <source>Sterk contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseScreen</name>
    <message>
        <source>De gegevens op dit apparaat waren beschadigd</source>
        <translation>Dane na tym urządzeniu były uszkodzone</translation>
    </message>
    <message>
        <source>Meedoen heeft het bestand apart gezet. Er is niets gewist. De beheerder vindt het als %1.</source>
        <translation>Meedoen odłożył plik na bok. Nic nie zostało usunięte. Administrator znajdzie go jako %1.</translation>
    </message>
    <message>
        <source>Koppel dit apparaat opnieuw aan de server van de corporatie. Daarna haalt het alles weer op. Vraag een medewerker om hulp.</source>
        <translation>Połącz to urządzenie ponownie z serwerem spółdzielni mieszkaniowej. Potem pobierze wszystko jeszcze raz. Poproś pracownika o pomoc.</translation>
    </message>
    <message>
        <source>Opnieuw koppelen</source>
        <translation>Połącz ponownie</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>Nie można otworzyć bazy danych %1.</translation>
    </message>
    <message>
        <source>%1 is not a Meedoen database or it is damaged. It was not changed.</source>
        <translation>%1 to nie jest baza danych Meedoen albo jest uszkodzona. Nie została zmieniona.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Meedoen (schema %2, this version knows up to %3). Update Meedoen; the file was not changed.</source>
        <translation>%1 został zapisany przez nowszą wersję Meedoen (schemat %2, ta wersja zna do %3). Zaktualizuj Meedoen; plik nie został zmieniony.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written.</source>
        <translation>Nie można zapisać bazy danych %1.</translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded. It was left as it was.</source>
        <translation>Nie udało się zaktualizować bazy danych %1. Została bez zmian.</translation>
    </message>
</context>
<context>
    <name>DateOfBirthFields</name>
    <message>
        <source>Dag</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>dd</source>
        <translation>dd</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>jjjj</source>
        <translation>rrrr</translation>
    </message>
</context>
<context>
    <name>DeviceEnrollment</name>
    <message>
        <source>Bezig met koppelen…</source>
        <translation>Trwa łączenie…</translation>
    </message>
    <message>
        <source>Vul het adres van de server in, bijvoorbeeld https://meedoen.corporatie.nl.</source>
        <translation>Wpisz adres serwera, na przykład https://meedoen.corporatie.nl.</translation>
    </message>
    <message>
        <source>Dit is geen adres van een server. Het begint met https:// en heeft geen spaties.</source>
        <translation>To nie jest adres serwera. Zaczyna się od https:// i nie ma spacji.</translation>
    </message>
    <message>
        <source>Vul de koppelcode in die je van de beheerder kreeg.</source>
        <translation>Wpisz kod połączenia od administratora.</translation>
    </message>
    <message>
        <source>Deze koppelcode klopt niet. Een koppelcode heeft alleen letters, cijfers en streepjes.</source>
        <translation>Ten kod połączenia się nie zgadza. Kod połączenia ma tylko litery, cyfry i myślniki.</translation>
    </message>
    <message>
        <source>Gekoppeld. Dit apparaat wisselt nu gegevens uit met de corporatie.</source>
        <translation>Połączono. To urządzenie wymienia teraz dane ze spółdzielnią.</translation>
    </message>
</context>
<context>
    <name>EnrollPanel</name>
    <message>
        <source>Dit apparaat is nog niet gekoppeld aan de server van de corporatie. Vul het adres van de server in en de koppelcode van de beheerder (15 minuten geldig).</source>
        <translation>To urządzenie nie jest jeszcze połączone z serwerem spółdzielni. Wpisz adres serwera i kod połączenia od administratora (ważny 15 minut).</translation>
    </message>
    <message>
        <source>Adres van de server</source>
        <translation>Adres serwera</translation>
    </message>
    <message>
        <source>https://meedoen.corporatie.nl</source>
        <translation>https://meedoen.corporatie.nl</translation>
    </message>
    <message>
        <source>Koppelcode</source>
        <translation>Kod połączenia</translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation>Połącz</translation>
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
        <translation>Dużo miejsc</translation>
    </message>
    <message>
        <source>Vol — wachtlijst</source>
        <translation>Pełne — lista oczekujących</translation>
    </message>
    <message numerus="yes">
        <source>Nog %n plek(ken)</source>
        <translation>
            <numerusform>Zostało %n miejsce</numerusform>
            <numerusform>Zostały %n miejsca</numerusform>
            <numerusform>Zostało %n miejsc</numerusform>
        </translation>
    </message>
    <message>
        <source>Vrijwilligerswerk</source>
        <translation>Wolontariat</translation>
    </message>
    <message>
        <source>Zelfbeheer</source>
        <translation>Samorząd sąsiedzki</translation>
    </message>
    <message>
        <source>Leren en werken</source>
        <translation>Nauka i praca</translation>
    </message>
    <message>
        <source>Wonen</source>
        <translation>Mieszkanie</translation>
    </message>
    <message>
        <source>Leren</source>
        <translation>Nauka</translation>
    </message>
    <message>
        <source>Werken</source>
        <translation>Praca</translation>
    </message>
    <message>
        <source>Vrije tijd</source>
        <translation>Czas wolny</translation>
    </message>
    <message>
        <source>Wacht op verzenden</source>
        <translation>Czeka na wysłanie</translation>
    </message>
    <message>
        <source>Verstuurd — we laten het je weten</source>
        <translation>Wysłano — damy ci znać</translation>
    </message>
    <message>
        <source>Je bent aangenomen</source>
        <translation>Zostałeś przyjęty</translation>
    </message>
    <message>
        <source>Op de wachtlijst: nummer %1</source>
        <translation>Na liście oczekujących: numer %1</translation>
    </message>
    <message>
        <source>Op de wachtlijst</source>
        <translation>Na liście oczekujących</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>Nie udało się</translation>
    </message>
    <message>
        <source>Afgemeld</source>
        <translation>Wypisano</translation>
    </message>
    <message>
        <source>Wacht op beoordeling</source>
        <translation>Czeka na ocenę</translation>
    </message>
    <message>
        <source>%1 uur</source>
        <translation>%1 godz.</translation>
    </message>
    <message>
        <source>sinds vandaag %1</source>
        <translation>od dziś %1</translation>
    </message>
    <message>
        <source>sinds gisteren %1</source>
        <translation>od wczoraj %1</translation>
    </message>
    <message>
        <source>sinds %1 %2</source>
        <translation>od %1 %2</translation>
    </message>
    <message>
        <source>sinds %1</source>
        <translation>od %1</translation>
    </message>
</context>
<context>
    <name>IdentifyPage</name>
    <message>
        <source>Wie ben je?</source>
        <translation>Kim jesteś?</translation>
    </message>
    <message>
        <source>Vul de persoonlijke code in die je eerder kreeg, en je geboortedatum.</source>
        <translation>Wpisz kod osobisty, który dostałeś wcześniej, i datę urodzenia.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Ben je er nog?</source>
        <translation>Jesteś tam jeszcze?</translation>
    </message>
    <message numerus="yes">
        <source>Over %n seconde(n) wissen we alles wat je hebt ingevuld.</source>
        <translation>
            <numerusform>Za %n sekundę usuniemy wszystko, co wpisałeś.</numerusform>
            <numerusform>Za %n sekundy usuniemy wszystko, co wpisałeś.</numerusform>
            <numerusform>Za %n sekund usuniemy wszystko, co wpisałeś.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ik ben er nog</source>
        <translation>Jestem</translation>
    </message>
</context>
<context>
    <name>InboxNotice</name>
    <message>
        <source>Je uren van %1 (%2 uur) zijn goedgekeurd.</source>
        <translation>Twoje godziny z %1 (%2 godz.) zostały zatwierdzone.</translation>
    </message>
    <message>
        <source>Je uren van %1 zijn aangepast van %2 naar %3 uur.</source>
        <translation>Twoje godziny z %1 zostały zmienione z %2 na %3 godz.</translation>
    </message>
    <message>
        <source>Je uren van %1 (%2 uur) zijn afgekeurd.</source>
        <translation>Twoje godziny z %1 (%2 godz.) zostały odrzucone.</translation>
    </message>
    <message>
        <source>Bericht van de medewerker: “%1”</source>
        <translation>Wiadomość od pracownika: „%1”</translation>
    </message>
</context>
<context>
    <name>KioskHomePage</name>
    <message>
        <source>Meedoen in je buurt</source>
        <translation>Działaj w swojej okolicy</translation>
    </message>
    <message>
        <source>Doe mee als vrijwilliger, help je buurt zelf te beheren of leer een vak. Kies wat bij je past.</source>
        <translation>Zostań wolontariuszem, pomóż zarządzać swoją okolicą albo naucz się zawodu. Wybierz, co do ciebie pasuje.</translation>
    </message>
    <message>
        <source>Vrijwilligerswerk</source>
        <translation>Wolontariat</translation>
    </message>
    <message>
        <source>Help mensen in je buurt</source>
        <translation>Pomagaj ludziom w okolicy</translation>
    </message>
    <message>
        <source>Zelfbeheer</source>
        <translation>Samorząd sąsiedzki</translation>
    </message>
    <message>
        <source>Samen een buurthuis, tuin of portiek beheren</source>
        <translation>Wspólnie prowadźcie dom sąsiedzki, ogród lub klatkę schodową</translation>
    </message>
    <message>
        <source>Leren en werken</source>
        <translation>Nauka i praca</translation>
    </message>
    <message>
        <source>Stage, leerwerkplek of re-integratie</source>
        <translation>Staż, nauka zawodu lub powrót do pracy</translation>
    </message>
    <message>
        <source>Of zoek zelf</source>
        <translation>Albo szukaj sam</translation>
    </message>
    <message>
        <source>Bekijk alles</source>
        <translation>Zobacz wszystko</translation>
    </message>
    <message>
        <source>Na 1 minuut zonder aanraken wissen we alles wat je hebt ingevuld.</source>
        <translation>Po 1 minucie bez dotyku usuwamy wszystko, co wpisałeś.</translation>
    </message>
    <message>
        <source>Hoe staat mijn aanmelding ervoor?</source>
        <translation>Jaki jest stan mojego zgłoszenia?</translation>
    </message>
</context>
<context>
    <name>KioskStatus</name>
    <message>
        <source>Even geduld, we vragen het na…</source>
        <translation>Chwileczkę, sprawdzamy…</translation>
    </message>
    <message>
        <source>We vinden geen aanmelding bij deze persoonlijke code en geboortedatum. Kijk ze na en probeer het nog eens.</source>
        <translation>Nie znaleźliśmy zgłoszenia dla tego kodu osobistego i daty urodzenia. Sprawdź je i spróbuj ponownie.</translation>
    </message>
    <message numerus="yes">
        <source>Te vaak geprobeerd. Probeer het over %n seconden nog eens.</source>
        <translation>
            <numerusform>Zbyt wiele prób. Spróbuj ponownie za %n sekundę.</numerusform>
            <numerusform>Zbyt wiele prób. Spróbuj ponownie za %n sekundy.</numerusform>
            <numerusform>Zbyt wiele prób. Spróbuj ponownie za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dit kan alleen met een internetverbinding, en die is er nu niet. Probeer het later nog eens, of kijk in de app op je telefoon.</source>
        <translation>Do tego potrzebne jest połączenie z internetem, a teraz go nie ma. Spróbuj później albo sprawdź w aplikacji na telefonie.</translation>
    </message>
    <message>
        <source>Het opvragen is niet gelukt. Probeer het later nog eens.</source>
        <translation>Sprawdzenie się nie udało. Spróbuj później.</translation>
    </message>
    <message>
        <source>Je code is op slot gezet, omdat er te vaak een verkeerde geboortedatum bij is ingevuld. Vraag een medewerker of je wijkconsulent om je code weer open te zetten.</source>
        <translation>Twój kod został zablokowany, ponieważ zbyt często wpisywano przy nim błędną datę urodzenia. Poproś pracownika lub konsultanta dzielnicy o odblokowanie kodu.</translation>
    </message>
    <message>
        <source>Werk de app bij. Deze versie past niet meer bij de server. Zeg het tegen een medewerker.</source>
        <translation>Zaktualizuj aplikację. Ta wersja nie działa już z serwerem. Powiedz o tym pracownikowi.</translation>
    </message>
</context>
<context>
    <name>KioskStatusPage</name>
    <message>
        <source>Hoe staat mijn aanmelding ervoor?</source>
        <translation>Jaki jest stan mojego zgłoszenia?</translation>
    </message>
    <message>
        <source>Je hebt je nog nergens voor aangemeld.</source>
        <translation>Nie zgłosiłeś się jeszcze do niczego.</translation>
    </message>
    <message>
        <source>Je aanmeldingen</source>
        <translation>Twoje zgłoszenia</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Zajęcia</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>Ladder</name>
    <message>
        <source>Geïsoleerd</source>
        <translation>W izolacji</translation>
    </message>
    <message>
        <source>Je hebt weinig contact met andere mensen.</source>
        <translation>Masz mało kontaktu z innymi ludźmi.</translation>
    </message>
    <message>
        <source>Sociale contacten buitenshuis</source>
        <translation>Kontakty towarzyskie poza domem</translation>
    </message>
    <message>
        <source>Je spreekt mensen buiten je huis, bijvoorbeeld in de buurt.</source>
        <translation>Rozmawiasz z ludźmi poza domem, na przykład w okolicy.</translation>
    </message>
    <message>
        <source>Deelname aan georganiseerde activiteiten</source>
        <translation>Udział w zorganizowanych zajęciach</translation>
    </message>
    <message>
        <source>Je doet mee aan activiteiten, zoals een taalcafé of een club.</source>
        <translation>Bierzesz udział w zajęciach, np. w kawiarence językowej lub klubie.</translation>
    </message>
    <message>
        <source>Onbetaald werk (vrijwilligerswerk, stage)</source>
        <translation>Praca bez wynagrodzenia (wolontariat, staż)</translation>
    </message>
    <message>
        <source>Je doet vrijwilligerswerk of je loopt stage.</source>
        <translation>Pracujesz jako wolontariusz albo odbywasz staż.</translation>
    </message>
    <message>
        <source>Betaald werk met ondersteuning</source>
        <translation>Praca zarobkowa ze wsparciem</translation>
    </message>
    <message>
        <source>Je hebt betaald werk en je krijgt daarbij hulp.</source>
        <translation>Masz płatną pracę i dostajesz w niej pomoc.</translation>
    </message>
    <message>
        <source>Betaald werk</source>
        <translation>Praca zarobkowa</translation>
    </message>
    <message>
        <source>Je hebt betaald werk.</source>
        <translation>Masz płatną pracę.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Taal</source>
        <translation>Język</translation>
    </message>
</context>
<context>
    <name>LinkPhonePage</name>
    <message>
        <source>Aanmeldingen koppelen</source>
        <translation>Połącz zgłoszenia</translation>
    </message>
    <message>
        <source>Heb je je al aangemeld bij de zuil in het buurthuis of bij je wijkconsulent? Vul dan de persoonlijke code van je bon in en je geboortedatum. Dan zie je je aanmeldingen ook op deze telefoon.</source>
        <translation>Już zgłosiłeś się w kiosku w domu sąsiedzkim albo u konsultanta dzielnicy? Wpisz kod osobisty z paragonu i datę urodzenia. Wtedy zobaczysz swoje zgłoszenia też na tym telefonie.</translation>
    </message>
    <message>
        <source>Wacht op verbinding…</source>
        <translation>Czekam na połączenie…</translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <source>Naar mijn aanmeldingen</source>
        <translation>Do moich zgłoszeń</translation>
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
        <translation>Wiadomości z okolicy</translation>
    </message>
    <message>
        <source>Tips die bij je passen</source>
        <translation>Propozycje dla ciebie</translation>
    </message>
    <message>
        <source>Gegevens delen met de organisatie</source>
        <translation>Udostępnianie danych organizacji</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Telefon</translation>
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
        <translation>Numer najemcy</translation>
    </message>
    <message>
        <source>Persoonlijke code</source>
        <translation>Kod osobisty</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>Języki</translation>
    </message>
    <message>
        <source>Mijn gegevens</source>
        <translation>Moje dane</translation>
    </message>
    <message>
        <source>Gemaakt op %1</source>
        <translation>Utworzono %1</translation>
    </message>
    <message>
        <source>Over mij</source>
        <translation>O mnie</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>ingetrokken op %1</source>
        <translation>wycofana %1</translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Je weg naar werk of school bijhouden</source>
        <translation>Śledzenie Twojej drogi do pracy lub szkoły</translation>
    </message>
    <message>
        <source>Mijn weg</source>
        <translation>Moja droga</translation>
    </message>
</context>
<context>
    <name>MySignupsPage</name>
    <message>
        <source>Mijn aanmeldingen</source>
        <translation>Moje zgłoszenia</translation>
    </message>
    <message>
        <source>Je hebt je op deze telefoon nog niet aangemeld. Kies een activiteit en meld je aan.</source>
        <translation>Na tym telefonie nie masz jeszcze zgłoszeń. Wybierz zajęcia i zgłoś się.</translation>
    </message>
    <message>
        <source>Je persoonlijke code</source>
        <translation>Twój kod osobisty</translation>
    </message>
    <message>
        <source>QR-code van je persoonlijke code</source>
        <translation>Kod QR twojego kodu osobistego</translation>
    </message>
    <message>
        <source>Afmelden</source>
        <translation>Wypisz się</translation>
    </message>
    <message>
        <source>Al aangemeld bij de zuil of bij je wijkconsulent?</source>
        <translation>Już zgłosiłeś się w kiosku albo u konsultanta dzielnicy?</translation>
    </message>
    <message>
        <source>Koppel je aanmeldingen</source>
        <translation>Połącz swoje zgłoszenia</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Stap %1 van %2</source>
        <translation>Krok %1 z %2</translation>
    </message>
</context>
<context>
    <name>NightScreen</name>
    <message>
        <source>Het scherm is uit. Tik om te beginnen.</source>
        <translation>Ekran jest wyłączony. Dotknij, aby zacząć.</translation>
    </message>
</context>
<context>
    <name>NothingYetNotice</name>
    <message>
        <source>Er is nu niets om je voor aan te melden</source>
        <translation>Na razie nie ma się na co zapisać</translation>
    </message>
    <message>
        <source>Deze app is nog niet ingesteld</source>
        <translation>Ta aplikacja nie jest jeszcze skonfigurowana</translation>
    </message>
    <message>
        <source>Deze zuil is nog niet ingesteld</source>
        <translation>Ten kiosk nie jest jeszcze skonfigurowany</translation>
    </message>
    <message>
        <source>Een medewerker van de corporatie zet alles klaar. Daarna zie je hier wat je kunt doen.</source>
        <translation>Pracownik spółdzielni mieszkaniowej wszystko przygotuje. Potem zobaczysz tutaj, co możesz zrobić.</translation>
    </message>
    <message>
        <source>De activiteiten worden opgehaald. Kom straks terug of vraag een medewerker.</source>
        <translation>Trwa pobieranie zajęć. Wróć za chwilę albo zapytaj pracownika.</translation>
    </message>
</context>
<context>
    <name>OpportunityPage</name>
    <message>
        <source>Vanaf %1 jaar</source>
        <translation>Od %1 lat</translation>
    </message>
    <message>
        <source>Nederlands op niveau %1 (%2)</source>
        <translation>Niderlandzki na poziomie %1 (%2)</translation>
    </message>
    <message>
        <source>eenvoudige gesprekken</source>
        <translation>proste rozmowy</translation>
    </message>
    <message>
        <source>gewone gesprekken</source>
        <translation>zwykłe rozmowy</translation>
    </message>
    <message>
        <source>Een bewijs (certificaat) als je klaar bent</source>
        <translation>Zaświadczenie (certyfikat), gdy skończysz</translation>
    </message>
    <message>
        <source>Van %1 tot %2</source>
        <translation>Od %1 do %2</translation>
    </message>
    <message>
        <source>Vanaf %1</source>
        <translation>Od %1</translation>
    </message>
    <message>
        <source>Wat ga je doen?</source>
        <translation>Co będziesz robić?</translation>
    </message>
    <message>
        <source>Met wie?</source>
        <translation>Z kim?</translation>
    </message>
    <message>
        <source>Wanneer?</source>
        <translation>Kiedy?</translation>
    </message>
    <message>
        <source>Waar?</source>
        <translation>Gdzie?</translation>
    </message>
    <message>
        <source>%1 hiervandaan</source>
        <translation>%1 stąd</translation>
    </message>
    <message>
        <source>Wat vragen we?</source>
        <translation>Czego oczekujemy?</translation>
    </message>
    <message>
        <source>Wat krijg je?</source>
        <translation>Co dostajesz?</translation>
    </message>
    <message>
        <source>Vragen? Neem contact op met</source>
        <translation>Pytania? Skontaktuj się z</translation>
    </message>
    <message>
        <source>Zet me op de wachtlijst</source>
        <translation>Zapisz mnie na listę oczekujących</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Zgłoś się</translation>
    </message>
    <message>
        <source>Ik ben nieuw</source>
        <translation>Jestem tu nowy</translation>
    </message>
    <message>
        <source>Ik heb al een code</source>
        <translation>Mam już kod</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <source>Buiten gebruik — neem contact op met de corporatie.</source>
        <translation>Nieczynne — prosimy o kontakt ze spółdzielnią mieszkaniową.</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Terug</source>
        <translation>Wstecz</translation>
    </message>
</context>
<context>
    <name>PersonalCodeField</name>
    <message>
        <source>Deze QR-code is geen persoonlijke code. Probeer de QR-code op je bon.</source>
        <translation>Ten kod QR nie jest kodem osobistym. Spróbuj kodu QR z twojego paragonu.</translation>
    </message>
    <message>
        <source>Persoonlijke code</source>
        <translation>Kod osobisty</translation>
    </message>
    <message>
        <source>Scan QR-code</source>
        <translation>Zeskanuj kod QR</translation>
    </message>
    <message>
        <source>Lees je persoonlijke code met de camera</source>
        <translation>Zeskanuj kod osobisty kamerą</translation>
    </message>
    <message>
        <source>12 tekens, bijvoorbeeld %1</source>
        <translation>12 znaków, na przykład %1</translation>
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
        <translation>Co możesz robić w swojej okolicy?</translation>
    </message>
    <message>
        <source>Mijn aanmeldingen (%1)</source>
        <translation>Moje zgłoszenia (%1)</translation>
    </message>
    <message>
        <source>Vrijwilligerswerk</source>
        <translation>Wolontariat</translation>
    </message>
    <message>
        <source>Help mensen in je buurt</source>
        <translation>Pomagaj ludziom w okolicy</translation>
    </message>
    <message>
        <source>Zelfbeheer</source>
        <translation>Samorząd sąsiedzki</translation>
    </message>
    <message>
        <source>Samen een buurthuis, tuin of portiek beheren</source>
        <translation>Wspólnie prowadźcie dom sąsiedzki, ogród lub klatkę schodową</translation>
    </message>
    <message>
        <source>Leren en werken</source>
        <translation>Nauka i praca</translation>
    </message>
    <message>
        <source>Stage, leerwerkplek of re-integratie</source>
        <translation>Staż, nauka zawodu lub powrót do pracy</translation>
    </message>
    <message>
        <source>Bekijk alles</source>
        <translation>Zobacz wszystko</translation>
    </message>
    <message>
        <source>Mijn uren</source>
        <translation>Moje godziny</translation>
    </message>
    <message>
        <source>Mijn gegevens</source>
        <translation>Moje dane</translation>
    </message>
    <message>
        <source>Berichten</source>
        <translation>Wiadomości</translation>
    </message>
    <message numerus="yes">
        <source>%n ongelezen berichten</source>
        <translation>
            <numerusform>%n nieprzeczytana wiadomość</numerusform>
            <numerusform>%n nieprzeczytane wiadomości</numerusform>
            <numerusform>%n nieprzeczytanych wiadomości</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneHours</name>
    <message>
        <source>Je uren zijn niet bewaard. Probeer het nog eens.</source>
        <translation>Twoje godziny nie zostały zapisane. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Je uren zijn niet bewaard: je telefoon is vol. Maak ruimte vrij en probeer het nog eens.</source>
        <translation>Twoje godziny nie zostały zapisane: twój telefon jest pełny. Zwolnij trochę miejsca i spróbuj jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>PhoneHoursModel</name>
    <message>
        <source>Wacht op verzenden</source>
        <translation>Czeka na wysłanie</translation>
    </message>
    <message>
        <source>Verstuurd — nog niet goedgekeurd</source>
        <translation>Wysłane — jeszcze niezatwierdzone</translation>
    </message>
    <message>
        <source>Goedgekeurd</source>
        <translation>Zatwierdzone</translation>
    </message>
    <message>
        <source>Aangepast naar %1 uur</source>
        <translation>Zmienione na %1 godz.</translation>
    </message>
    <message>
        <source>Aangepast naar %1 uur: %2</source>
        <translation>Zmienione na %1 godz.: %2</translation>
    </message>
    <message>
        <source>Afgekeurd</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>Afgekeurd: %1</source>
        <translation>Odrzucone: %1</translation>
    </message>
    <message>
        <source>de datum ligt in de toekomst</source>
        <translation>data jest w przyszłości</translation>
    </message>
    <message numerus="yes">
        <source>de datum is langer dan %n dagen geleden</source>
        <translation>
            <numerusform>data jest sprzed ponad %n dnia</numerusform>
            <numerusform>data jest sprzed ponad %n dni</numerusform>
            <numerusform>data jest sprzed ponad %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>vul de tijd in per kwartier</source>
        <translation>wpisz czas w kwadransach</translation>
    </message>
    <message numerus="yes">
        <source>meer dan %n uur op één dag</source>
        <translation>
            <numerusform>ponad %n godzina jednego dnia</numerusform>
            <numerusform>ponad %n godziny jednego dnia</numerusform>
            <numerusform>ponad %n godzin jednego dnia</numerusform>
        </translation>
    </message>
    <message>
        <source>je bent hier (nog) niet aangenomen</source>
        <translation>nie zostałeś/-aś tu (jeszcze) przyjęty/-a</translation>
    </message>
    <message>
        <source>de medewerker had het al bekeken</source>
        <translation>pracownik już to sprawdził</translation>
    </message>
    <message>
        <source>deze activiteit bestaat niet meer</source>
        <translation>ta aktywność już nie istnieje</translation>
    </message>
    <message>
        <source>de corporatie kon dit niet verwerken</source>
        <translation>spółdzielnia nie mogła tego przetworzyć</translation>
    </message>
</context>
<context>
    <name>PhoneHoursPage</name>
    <message>
        <source>Mijn uren</source>
        <translation>Moje godziny</translation>
    </message>
    <message>
        <source>Tegenprestatie in %1</source>
        <translation>Świadczenie w zamian w %1</translation>
    </message>
    <message>
        <source>Afgesproken %1 uur · ingevuld %2 · goedgekeurd %3 · nog te doen %4</source>
        <translation>Uzgodnione %1 godz. · wpisane %2 · zatwierdzone %3 · pozostało %4</translation>
    </message>
    <message>
        <source>Uren invullen kan als je bent aangenomen voor vrijwilligerswerk of zelfbeheer.</source>
        <translation>Godziny możesz wpisywać, gdy zostaniesz przyjęty/-a do wolontariatu lub samorządu.</translation>
    </message>
    <message>
        <source>Uren aanpassen</source>
        <translation>Zmień godziny</translation>
    </message>
    <message>
        <source>Uren invullen</source>
        <translation>Wpisz godziny</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Hoe lang (uren:minuten, per kwartier)</source>
        <translation>Jak długo (godziny:minuty, w kwadransach)</translation>
    </message>
    <message>
        <source>Wat heb je gedaan? (mag leeg blijven)</source>
        <translation>Co robiłeś/-aś? (można zostawić puste)</translation>
    </message>
    <message>
        <source>Wijziging bewaren</source>
        <translation>Zapisz zmianę</translation>
    </message>
    <message>
        <source>Uren bewaren</source>
        <translation>Zapisz godziny</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Ingevulde uren</source>
        <translation>Wpisane godziny</translation>
    </message>
    <message>
        <source>%1 uur — %2</source>
        <translation>%1 godz. — %2</translation>
    </message>
    <message>
        <source>Aanpassen</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Wycofaj</translation>
    </message>
    <message>
        <source>Uren van %1 bij %2 aanpassen</source>
        <translation>Zmień godziny z %1 w %2</translation>
    </message>
    <message>
        <source>Uren van %1 bij %2 intrekken</source>
        <translation>Wycofaj godziny z %1 w %2</translation>
    </message>
    <message>
        <source>%1 uur op %2 bij %3</source>
        <translation>%1 godz. dnia %2 w %3</translation>
    </message>
    <message>
        <source>Uren intrekken?</source>
        <translation>Wycofać te godziny?</translation>
    </message>
    <message>
        <source>%1 telt dan niet meer mee.</source>
        <translation>%1 nie będzie już liczone.</translation>
    </message>
    <message>
        <source>bijvoorbeeld %1</source>
        <translation>na przykład %1</translation>
    </message>
</context>
<context>
    <name>PhoneInbox</name>
    <message>
        <source>Nieuw bericht in Meedoen</source>
        <translation>Nowa wiadomość w Meedoen</translation>
    </message>
</context>
<context>
    <name>PhoneInboxPage</name>
    <message>
        <source>Berichten</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <source>Alles gelezen</source>
        <translation>Oznacz wszystkie jako przeczytane</translation>
    </message>
    <message>
        <source>Nog geen berichten. Hier lees je wat de corporatie over je aanmeldingen en je uren besluit.</source>
        <translation>Nie ma jeszcze wiadomości. Tutaj przeczytasz, co spółdzielnia postanowi w sprawie twoich zgłoszeń i godzin.</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>Nowe</translation>
    </message>
    <message>
        <source>Je uren</source>
        <translation>Twoje godziny</translation>
    </message>
    <message>
        <source>Ontvangen op %1</source>
        <translation>Otrzymano %1</translation>
    </message>
</context>
<context>
    <name>PhoneMyDataPage</name>
    <message>
        <source>Mijn gegevens</source>
        <translation>Moje dane</translation>
    </message>
    <message>
        <source>Deze telefoon bewaart geen gegevens van je.</source>
        <translation>Ten telefon nie przechowuje żadnych twoich danych.</translation>
    </message>
    <message>
        <source>Over mij</source>
        <translation>O mnie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>Ingetrokken op %1</source>
        <translation>Wycofana %1</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Wycofaj</translation>
    </message>
    <message>
        <source>%1 intrekken</source>
        <translation>Wycofaj: %1</translation>
    </message>
    <message>
        <source>Aanmeldingen (%1)</source>
        <translation>Zgłoszenia (%1)</translation>
    </message>
    <message>
        <source>Uren (%1)</source>
        <translation>Godziny (%1)</translation>
    </message>
    <message>
        <source>%1: %2, %3 uur</source>
        <translation>%1: %2, %3 godz.</translation>
    </message>
    <message>
        <source>Download mijn gegevens</source>
        <translation>Pobierz moje dane</translation>
    </message>
    <message>
        <source>Opslaan is niet gelukt.</source>
        <translation>Nie udało się zapisać.</translation>
    </message>
    <message>
        <source>Opgeslagen als mijn-gegevens.json en mijn-gegevens.html in %1</source>
        <translation>Zapisano jako mijn-gegevens.json i mijn-gegevens.html w %1</translation>
    </message>
    <message>
        <source>Toestemming intrekken?</source>
        <translation>Wycofać zgodę?</translation>
    </message>
    <message>
        <source>We gebruiken je gegevens dan niet meer voor: %1.</source>
        <translation>Nie będziemy już wtedy używać twoich danych do: %1.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Gegevens laten verwijderen</source>
        <translation>Usunięcie moich danych</translation>
    </message>
    <message>
        <source>Gevraagd op %1. Een medewerker van de corporatie verwijdert je gegevens binnen een maand; daarna staan ze ook niet meer op deze telefoon.</source>
        <translation>Wysłano prośbę %1. Pracownik spółdzielni usunie Twoje dane w ciągu miesiąca; potem nie będzie ich też na tym telefonie.</translation>
    </message>
    <message>
        <source>Je kunt de corporatie vragen al je gegevens te verwijderen.</source>
        <translation>Możesz poprosić spółdzielnię o usunięcie wszystkich Twoich danych.</translation>
    </message>
    <message>
        <source>Vraag om verwijdering van mijn gegevens</source>
        <translation>Poproś o usunięcie moich danych</translation>
    </message>
    <message>
        <source>Je gegevens laten verwijderen?</source>
        <translation>Usunąć Twoje dane?</translation>
    </message>
    <message>
        <source>Een medewerker van de corporatie verwijdert dan je naam, adres, contactgegevens, toestemmingen en persoonlijke code, op de server en op deze telefoon. Je aanmeldingen worden ingetrokken en je plek komt vrij voor de wachtlijst. Gewerkte uren blijven zonder je naam bewaard voor de cijfers. Dit kan niet ongedaan worden gemaakt; wil je later weer meedoen, dan meld je je opnieuw aan.</source>
        <translation>Pracownik spółdzielni usunie wtedy Twoje imię i nazwisko, adres, dane kontaktowe, zgody i kod osobisty — na serwerze i na tym telefonie. Twoje zgłoszenia zostaną wycofane, a Twoje miejsce zwolni się dla listy oczekujących. Przepracowane godziny zostaną zachowane bez Twojego nazwiska, do statystyk. Tego nie można cofnąć; jeśli zechcesz później znowu wziąć udział, zapisz się ponownie.</translation>
    </message>
    <message>
        <source>Verwijderen aanvragen</source>
        <translation>Poproś o usunięcie</translation>
    </message>
    <message>
        <source>Mijn weg</source>
        <translation>Moja droga</translation>
    </message>
    <message>
        <source>Er is nog niets bijgehouden. Een medewerker doet dit samen met jou.</source>
        <translation>Nic jeszcze nie zapisano. Pracownik zrobi to razem z Tobą.</translation>
    </message>
    <message>
        <source>Je hebt geen toestemming gegeven om je weg bij te houden. Daarom staat hier niets.</source>
        <translation>Nie zgodziłeś się na śledzenie Twojej drogi. Dlatego nic tu nie ma.</translation>
    </message>
    <message>
        <source>%1: stap %2 van %3</source>
        <translation>%1: krok %2 z %3</translation>
    </message>
    <message>
        <source>Bijgewerkt op %1</source>
        <translation>Zaktualizowano %1</translation>
    </message>
    <message>
        <source>Je doel: %1. We kijken er samen weer naar op %2.</source>
        <translation>Twój cel: %1. Wrócimy do niego razem %2.</translation>
    </message>
    <message>
        <source>Toestemming geven</source>
        <translation>Wyraź zgodę</translation>
    </message>
    <message>
        <source>Toestemming geven om mijn weg bij te houden</source>
        <translation>Wyraź zgodę na śledzenie mojej drogi</translation>
    </message>
    <message>
        <source>Nee, liever niet</source>
        <translation>Nie, wolę nie</translation>
    </message>
    <message>
        <source>Ja, dat mag</source>
        <translation>Tak, zgadzam się</translation>
    </message>
</context>
<context>
    <name>QrScanView</name>
    <message>
        <source>Houd de QR-code van je persoonlijke code voor de camera</source>
        <translation>Pokaż kod QR swojego kodu osobistego do kamery</translation>
    </message>
    <message>
        <source>Beeld van de camera</source>
        <translation>Obraz z kamery</translation>
    </message>
    <message>
        <source>De camera doet het niet. Geef de app toestemming om de camera te gebruiken, of typ je code over.</source>
        <translation>Kamera nie działa. Pozwól aplikacji używać kamery albo wpisz kod ręcznie.</translation>
    </message>
    <message>
        <source>Er is geen camera gevonden. Typ je code over.</source>
        <translation>Nie znaleziono kamery. Wpisz kod ręcznie.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <source>Lees voor</source>
        <translation>Czytaj na głos</translation>
    </message>
    <message>
        <source>Stop met voorlezen</source>
        <translation>Przestań czytać na głos</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Aangevraagd — we laten het je weten</source>
        <translation>Wysłano prośbę — damy ci znać</translation>
    </message>
    <message>
        <source>Je hebt een plek aangevraagd bij: %1</source>
        <translation>Poprosiłeś o miejsce w: %1</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>QR-code van je persoonlijke code</source>
        <translation>Kod QR twojego kodu osobistego</translation>
    </message>
    <message>
        <source>Je code is bewaard op deze telefoon. Je vindt hem bij Mijn aanmeldingen.</source>
        <translation>Twój kod jest zapisany na tym telefonie. Znajdziesz go w Moje zgłoszenia.</translation>
    </message>
    <message>
        <source>Bewaar je code goed. Wil je je aanmeldingen op deze telefoon zien? Kies dan Mijn aanmeldingen en Koppel je aanmeldingen.</source>
        <translation>Dobrze przechowuj swój kod. Chcesz widzieć swoje zgłoszenia na tym telefonie? Wybierz wtedy Moje zgłoszenia i Połącz swoje zgłoszenia.</translation>
    </message>
    <message>
        <source>Schrijf je code op of maak er een foto van. Met je code en je geboortedatum meld je je de volgende keer snel aan.</source>
        <translation>Zapisz swój kod albo zrób mu zdjęcie. Z kodem i datą urodzenia następnym razem zgłosisz się szybko.</translation>
    </message>
    <message>
        <source>Met je code en je geboortedatum meld je je snel aan.</source>
        <translation>Z kodem i datą urodzenia zgłosisz się szybko.</translation>
    </message>
    <message>
        <source>Schrijf je code ook op. Dan kun je hem ook bij de zuil in het buurthuis gebruiken.</source>
        <translation>Zapisz też swój kod. Wtedy możesz go użyć także w kiosku w domu sąsiedzkim.</translation>
    </message>
    <message>
        <source>Heb je de app Meedoen? Kies daar Mijn aanmeldingen en dan Koppel je aanmeldingen. Scan dan deze QR-code.</source>
        <translation>Masz aplikację Meedoen? Wybierz tam Moje zgłoszenia, a potem Połącz swoje zgłoszenia. Potem zeskanuj ten kod QR.</translation>
    </message>
    <message>
        <source>Je aanmelding is niet gelukt</source>
        <translation>Twoje zgłoszenie się nie udało</translation>
    </message>
    <message>
        <source>Je hebt je aangemeld voor de wachtlijst van: %1</source>
        <translation>Zapisałeś się na listę oczekujących do: %1</translation>
    </message>
    <message>
        <source>Dit is je persoonlijke code:</source>
        <translation>To jest twój kod osobisty:</translation>
    </message>
    <message>
        <source>Je aanmelding is toegevoegd aan je persoonlijke code:</source>
        <translation>Twoje zgłoszenie dodano do twojego kodu osobistego:</translation>
    </message>
    <message>
        <source>Je persoonlijke code: %1</source>
        <translation>Twój kod osobisty: %1</translation>
    </message>
    <message>
        <source>Print je bon</source>
        <translation>Wydrukuj paragon</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Je staat op de wachtlijst voor: %1</source>
        <translation>Jesteś na liście oczekujących do: %1</translation>
    </message>
    <message>
        <source>Je hebt je aangemeld voor: %1</source>
        <translation>Zgłosiłeś się do: %1</translation>
    </message>
    <message>
        <source>Je persoonlijke code:</source>
        <translation>Twój kod osobisty:</translation>
    </message>
    <message>
        <source>Je aanmelding staat bij je persoonlijke code:</source>
        <translation>Twoje zgłoszenie jest przy twoim kodzie osobistym:</translation>
    </message>
    <message>
        <source>Bewaar deze bon. Met je code en je geboortedatum meld je je de volgende keer snel aan.</source>
        <translation>Zachowaj ten paragon. Z kodem i datą urodzenia następnym razem zgłosisz się szybko.</translation>
    </message>
    <message>
        <source>Meedoen-bon</source>
        <translation>Paragon Meedoen</translation>
    </message>
    <message>
        <source>Je bon komt uit de printer.</source>
        <translation>Twój paragon wychodzi z drukarki.</translation>
    </message>
    <message>
        <source>Printen lukt nu niet. Schrijf je code op of maak er een foto van.</source>
        <translation>Drukowanie teraz nie działa. Zapisz swój kod albo zrób mu zdjęcie.</translation>
    </message>
</context>
<context>
    <name>RegisterAddressPage</name>
    <message>
        <source>Waar woon je?</source>
        <translation>Gdzie mieszkasz?</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Huisnummer</source>
        <translation>Numer domu</translation>
    </message>
    <message>
        <source>Toevoeging (als je die hebt)</source>
        <translation>Dodatek do numeru (jeśli masz)</translation>
    </message>
    <message>
        <source>Hoe kunnen we je bereiken?</source>
        <translation>Jak możemy się z tobą skontaktować?</translation>
    </message>
    <message>
        <source>Vul je telefoonnummer of je e-mailadres in. Eén van de twee is genoeg.</source>
        <translation>Wpisz numer telefonu albo adres e-mail. Jedno z nich wystarczy.</translation>
    </message>
    <message>
        <source>Telefoonnummer</source>
        <translation>Numer telefonu</translation>
    </message>
    <message>
        <source>E-mailadres (als je wilt)</source>
        <translation>Adres e-mail (jeśli chcesz)</translation>
    </message>
    <message>
        <source>Huurdersnummer (als je het weet)</source>
        <translation>Numer najemcy (jeśli go znasz)</translation>
    </message>
    <message>
        <source>Staat op je huurcontract of in de brief van de corporatie</source>
        <translation>Znajdziesz go w umowie najmu lub w liście od spółdzielni mieszkaniowej</translation>
    </message>
    <message>
        <source>Bijvoorbeeld %1</source>
        <translation>Na przykład %1</translation>
    </message>
</context>
<context>
    <name>RegisterAvailabilityPage</name>
    <message>
        <source>Wanneer heb je tijd?</source>
        <translation>Kiedy masz czas?</translation>
    </message>
    <message>
        <source>Tik op de vakjes die passen. Je mag ook niets kiezen.</source>
        <translation>Dotknij pól, które pasują. Możesz też nic nie wybierać.</translation>
    </message>
    <message>
        <source>ma</source>
        <translation>pon</translation>
    </message>
    <message>
        <source>di</source>
        <translation>wt</translation>
    </message>
    <message>
        <source>wo</source>
        <translation>śr</translation>
    </message>
    <message>
        <source>do</source>
        <translation>czw</translation>
    </message>
    <message>
        <source>vr</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>za</source>
        <translation>sob</translation>
    </message>
    <message>
        <source>zo</source>
        <translation>niedz</translation>
    </message>
    <message>
        <source>maandag</source>
        <translation>poniedziałek</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>wtorek</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>środa</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>czwartek</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>piątek</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>sobota</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>niedziela</translation>
    </message>
    <message>
        <source>ochtend</source>
        <translation>rano</translation>
    </message>
    <message>
        <source>middag</source>
        <translation>popołudnie</translation>
    </message>
    <message>
        <source>avond</source>
        <translation>wieczór</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>tak</translation>
    </message>
</context>
<context>
    <name>RegisterInterestsPage</name>
    <message>
        <source>Wat doe je graag?</source>
        <translation>Co lubisz robić?</translation>
    </message>
    <message>
        <source>Kies zo veel als je wilt. Je mag ook niets kiezen.</source>
        <translation>Wybierz, ile chcesz. Możesz też nic nie wybierać.</translation>
    </message>
    <message>
        <source>Welke talen spreek je?</source>
        <translation>Jakimi językami mówisz?</translation>
    </message>
</context>
<context>
    <name>RegisterNamePage</name>
    <message>
        <source>Voornaam</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Wie ben je?</source>
        <translation>Kim jesteś?</translation>
    </message>
    <message>
        <source>Je moet 16 jaar of ouder zijn om mee te doen.</source>
        <translation>Musisz mieć co najmniej 16 lat, żeby wziąć udział.</translation>
    </message>
    <message>
        <source>Wat is je geboortedatum?</source>
        <translation>Jaka jest twoja data urodzenia?</translation>
    </message>
</context>
<context>
    <name>RegistrationController</name>
    <message>
        <source>Vul je telefoonnummer of je e-mailadres in. Dan kunnen we je bereiken.</source>
        <translation>Wpisz numer telefonu albo adres e-mail. Wtedy możemy się z tobą skontaktować.</translation>
    </message>
    <message>
        <source>Vul je geboortedatum in: dag, maand en jaar.</source>
        <translation>Wpisz datę urodzenia: dzień, miesiąc i rok.</translation>
    </message>
    <message>
        <source>Deze datum bestaat niet. Kijk dag, maand en jaar nog eens na.</source>
        <translation>Taka data nie istnieje. Sprawdź jeszcze raz dzień, miesiąc i rok.</translation>
    </message>
    <message>
        <source>Vul je persoonlijke code in. Je vindt hem op je bon.</source>
        <translation>Wpisz kod osobisty. Znajdziesz go na paragonie.</translation>
    </message>
    <message>
        <source>Deze code klopt niet. Kijk nog eens op je bon: 12 tekens, zoals ABCD-EFGH-JKMN.</source>
        <translation>Ten kod się nie zgadza. Sprawdź jeszcze raz paragon: 12 znaków, jak ABCD-EFGH-JKMN.</translation>
    </message>
    <message>
        <source>Schrijf in een paar woorden waarom je dit wilt.</source>
        <translation>Napisz w kilku słowach, dlaczego tego chcesz.</translation>
    </message>
    <message>
        <source>Kies wanneer je wilt beginnen.</source>
        <translation>Wybierz, kiedy chcesz zacząć.</translation>
    </message>
    <message>
        <source>Nieuws uit je buurt</source>
        <translation>Wiadomości z twojej okolicy</translation>
    </message>
    <message>
        <source>We mogen je bellen, appen of mailen over nieuwe activiteiten in je buurt.</source>
        <translation>Możemy dzwonić, pisać SMS/WhatsApp albo e-mail o nowych zajęciach w twojej okolicy.</translation>
    </message>
    <message>
        <source>Tips die bij je passen</source>
        <translation>Porady dla ciebie</translation>
    </message>
    <message>
        <source>We mogen je interesses en je vrije tijd gebruiken om activiteiten voor je te zoeken.</source>
        <translation>Możemy użyć twoich zainteresowań i wolnego czasu, żeby szukać dla ciebie zajęć.</translation>
    </message>
    <message>
        <source>Gegevens delen met de organisatie</source>
        <translation>Udostępnianie danych organizacji</translation>
    </message>
    <message>
        <source>We mogen je naam en telefoonnummer geven aan de organisatie van de activiteit. Zij nemen dan zelf contact met je op.</source>
        <translation>Możemy przekazać twoje imię i numer telefonu organizatorowi zajęć. On sam się z tobą skontaktuje.</translation>
    </message>
    <message>
        <source>Er klopt nog iets niet. Kijk naar de rode meldingen.</source>
        <translation>Coś jeszcze się nie zgadza. Zobacz czerwone komunikaty.</translation>
    </message>
    <message>
        <source>Opslaan lukte niet. Probeer het nog een keer, of vraag hulp bij de balie.</source>
        <translation>Nie udało się zapisać. Spróbuj jeszcze raz albo poproś o pomoc w recepcji.</translation>
    </message>
    <message>
        <source>Taal en lezen</source>
        <translation>Język i czytanie</translation>
    </message>
    <message>
        <source>Kinderen</source>
        <translation>Dzieci</translation>
    </message>
    <message>
        <source>Ouderen</source>
        <translation>Seniorzy</translation>
    </message>
    <message>
        <source>Klussen</source>
        <translation>Drobne naprawy</translation>
    </message>
    <message>
        <source>Tuin en groen</source>
        <translation>Ogród i zieleń</translation>
    </message>
    <message>
        <source>Koken</source>
        <translation>Gotowanie</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>Muziek</source>
        <translation>Muzyka</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <source>Techniek</source>
        <translation>Technika</translation>
    </message>
    <message>
        <source>Administratie</source>
        <translation>Administracja</translation>
    </message>
    <message>
        <source>Winkel</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <source>Schoonmaken</source>
        <translation>Sprzątanie</translation>
    </message>
    <message>
        <source>Veiligheid</source>
        <translation>Bezpieczeństwo</translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation>Opieka</translation>
    </message>
    <message>
        <source>Het opslaan is niet gelukt. Probeer het nog een keer.</source>
        <translation>Nie udało się zapisać. Spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>We zoeken je aanmeldingen op zodra je telefoon verbinding heeft.</source>
        <translation>Poszukamy twoich zgłoszeń, gdy tylko telefon będzie miał połączenie.</translation>
    </message>
    <message>
        <source>Gelukt: je aanmeldingen staan nu op deze telefoon.</source>
        <translation>Udało się: twoje zgłoszenia są teraz na tym telefonie.</translation>
    </message>
    <message>
        <source>Gelukt. Je aanmeldingen komen zo binnen.</source>
        <translation>Udało się. Twoje zgłoszenia zaraz się pojawią.</translation>
    </message>
    <message>
        <source>We kennen deze code niet met deze geboortedatum. Kijk je code en geboortedatum nog eens na.</source>
        <translation>Nie znamy tego kodu z tą datą urodzenia. Sprawdź jeszcze raz kod i datę urodzenia.</translation>
    </message>
    <message>
        <source>Er is nu geen plek vrij: je komt op de wachtlijst. Komt er een plek vrij, dan bekijkt een medewerker je aanmelding.</source>
        <translation>Teraz nie ma wolnego miejsca: trafiasz na listę oczekujących. Gdy zwolni się miejsce, pracownik sprawdzi twoje zgłoszenie.</translation>
    </message>
    <message>
        <source>Er is nu geen plek vrij: je komt op de wachtlijst. Komt er een plek vrij, dan krijg je die op volgorde van aanmelding.</source>
        <translation>Teraz nie ma wolnego miejsca: trafiasz na listę oczekujących. Gdy zwolni się miejsce, dostaniesz je według kolejności zgłoszeń.</translation>
    </message>
    <message>
        <source>Een medewerker van de corporatie bekijkt je aanmelding en laat het je weten. Zolang houden we een plek voor je vast.</source>
        <translation>Pracownik spółdzielni sprawdzi twoje zgłoszenie i da ci znać. Do tego czasu rezerwujemy dla ciebie miejsce.</translation>
    </message>
    <message>
        <source>Is er nog plek, dan heb je die meteen zodra je aanmelding bij de corporatie is. Je hoeft niet op een medewerker te wachten.</source>
        <translation>Jeśli jest jeszcze miejsce, dostajesz je od razu, gdy twoje zgłoszenie dotrze do spółdzielni. Nie musisz czekać na pracownika.</translation>
    </message>
    <message numerus="yes">
        <source>Er is te vaak een verkeerde code of geboortedatum ingevuld. Wacht %n minuten en probeer het dan opnieuw.</source>
        <translation>
            <numerusform>Zbyt często wpisano zły kod lub datę urodzenia. Poczekaj %n minutę i spróbuj ponownie.</numerusform>
            <numerusform>Zbyt często wpisano zły kod lub datę urodzenia. Poczekaj %n minuty i spróbuj ponownie.</numerusform>
            <numerusform>Zbyt często wpisano zły kod lub datę urodzenia. Poczekaj %n minut i spróbuj ponownie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Je code is op slot gezet, omdat er te vaak een verkeerde geboortedatum bij is ingevuld. Ga naar je wijkconsulent. Die kan je code weer openzetten.</source>
        <translation>Twój kod został zablokowany, bo zbyt często wpisano przy nim złą datę urodzenia. Idź do swojego konsultanta dzielnicowego (wijkconsulent). Może on odblokować Twój kod.</translation>
    </message>
    <message numerus="yes">
        <source>Deze code en deze geboortedatum passen niet bij elkaar. Kijk ze nog eens goed na. Je kunt het nog %n keer proberen.</source>
        <translation>
            <numerusform>Ten kod i ta data urodzenia do siebie nie pasują. Sprawdź je dokładnie. Możesz spróbować jeszcze %n raz.</numerusform>
            <numerusform>Ten kod i ta data urodzenia do siebie nie pasują. Sprawdź je dokładnie. Możesz spróbować jeszcze %n razy.</numerusform>
            <numerusform>Ten kod i ta data urodzenia do siebie nie pasują. Sprawdź je dokładnie. Możesz spróbować jeszcze %n razy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Het opslaan is niet gelukt: je telefoon is vol. Maak ruimte vrij en probeer het nog eens.</source>
        <translation>Zapisanie się nie udało: twój telefon jest pełny. Zwolnij trochę miejsca i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>Opslaan lukte niet: het geheugen van dit apparaat is vol. Wat je invulde, staat er nog. Probeer het later nog een keer, of vraag hulp bij de balie.</source>
        <translation>Zapisanie się nie udało: pamięć tego urządzenia jest pełna. To, co wpisałeś, nadal tu jest. Spróbuj później albo poproś o pomoc w recepcji.</translation>
    </message>
    <message>
        <source>Je weg naar werk of school bijhouden</source>
        <translation>Śledzenie Twojej drogi do pracy lub szkoły</translation>
    </message>
    <message>
        <source>Een medewerker mag bijhouden hoe het met je gaat: bijvoorbeeld of je meedoet in de buurt, vrijwilligerswerk doet of werk hebt. Je ziet dit zelf in de app. Je kunt dit altijd weer uitzetten. Dan halen we het weg.</source>
        <translation>Pracownik może śledzić, jak Ci idzie: na przykład czy działasz w okolicy, jesteś wolontariuszem albo masz pracę. Widzisz to sam w aplikacji. Zawsze możesz to wyłączyć. Wtedy to usuniemy.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Zoek op woord, bijvoorbeeld tuin of taal</source>
        <translation>Szukaj słowa, na przykład ogród albo język</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Szukaj</translation>
    </message>
</context>
<context>
    <name>SignupStatusText</name>
    <message>
        <source>Je plek is begonnen op %1.</source>
        <translation>Twoje miejsce rozpoczęło się %1.</translation>
    </message>
    <message>
        <source>Je plek is begonnen.</source>
        <translation>Twoje miejsce się rozpoczęło.</translation>
    </message>
    <message>
        <source>Je hebt je plek afgerond op %1. Goed gedaan!</source>
        <translation>Ukończyłeś swoje miejsce %1. Dobra robota!</translation>
    </message>
    <message>
        <source>Je hebt je plek afgerond. Goed gedaan!</source>
        <translation>Ukończyłeś swoje miejsce. Dobra robota!</translation>
    </message>
    <message>
        <source>Je plek is gestopt op %1.</source>
        <translation>Twoje miejsce zakończyło się %1.</translation>
    </message>
    <message>
        <source>Je plek is gestopt.</source>
        <translation>Twoje miejsce się zakończyło.</translation>
    </message>
    <message>
        <source>Nog niet verstuurd. Je aanmelding gaat mee zodra er verbinding is.</source>
        <translation>Jeszcze nie wysłano. Twoje zgłoszenie zostanie wysłane, gdy tylko będzie połączenie.</translation>
    </message>
    <message>
        <source>Verstuurd. We laten je weten of je een plek hebt.</source>
        <translation>Wysłano. Damy ci znać, czy masz miejsce.</translation>
    </message>
    <message>
        <source>Aangevraagd op %1. Je plek wordt vastgehouden; een medewerker bekijkt je aanmelding en laat het je weten.</source>
        <translation>Zgłoszono %1. Twoje miejsce jest zarezerwowane; pracownik sprawdzi twoje zgłoszenie i da ci znać.</translation>
    </message>
    <message>
        <source>Aangevraagd. Je plek wordt vastgehouden; een medewerker bekijkt je aanmelding en laat het je weten.</source>
        <translation>Zgłoszono. Twoje miejsce jest zarezerwowane; pracownik sprawdzi twoje zgłoszenie i da ci znać.</translation>
    </message>
    <message>
        <source>Je hebt een plek. Bevestigd op %1.</source>
        <translation>Masz miejsce. Potwierdzono %1.</translation>
    </message>
    <message>
        <source>Je hebt een plek.</source>
        <translation>Masz miejsce.</translation>
    </message>
    <message>
        <source>Je staat op de wachtlijst, op nummer %1 (bijgewerkt op %2).</source>
        <translation>Jesteś na liście oczekujących pod numerem %1 (zaktualizowano %2).</translation>
    </message>
    <message>
        <source>Je staat op de wachtlijst, op nummer %1.</source>
        <translation>Jesteś na liście oczekujących pod numerem %1.</translation>
    </message>
    <message>
        <source>Je staat op de wachtlijst (bijgewerkt op %1).</source>
        <translation>Jesteś na liście oczekujących (zaktualizowano %1).</translation>
    </message>
    <message>
        <source>Je staat op de wachtlijst.</source>
        <translation>Jesteś na liście oczekujących.</translation>
    </message>
    <message>
        <source>Een medewerker heeft je aanmelding op %1 afgewezen.</source>
        <translation>Pracownik odrzucił twoje zgłoszenie %1.</translation>
    </message>
    <message>
        <source>Een medewerker heeft je aanmelding afgewezen.</source>
        <translation>Pracownik odrzucił twoje zgłoszenie.</translation>
    </message>
    <message>
        <source>Niet gelukt: de activiteit was afgelopen voordat er een plek vrijkwam (%1).</source>
        <translation>Nie udało się: zajęcie się skończyło, zanim zwolniło się miejsce (%1).</translation>
    </message>
    <message>
        <source>Niet gelukt: de activiteit was afgelopen voordat er een plek vrijkwam.</source>
        <translation>Nie udało się: zajęcie się skończyło, zanim zwolniło się miejsce.</translation>
    </message>
    <message>
        <source>Je aanmelding is op %1 niet gelukt.</source>
        <translation>Twoje zgłoszenie nie powiodło się %1.</translation>
    </message>
    <message>
        <source>Je aanmelding is niet gelukt.</source>
        <translation>Twoje zgłoszenie nie powiodło się.</translation>
    </message>
    <message>
        <source>Je hebt je afgemeld op %1.</source>
        <translation>Wypisałeś się %1.</translation>
    </message>
    <message>
        <source>Je hebt je afgemeld.</source>
        <translation>Wypisałeś się.</translation>
    </message>
    <message>
        <source>Bericht van de medewerker: “%1”</source>
        <translation>Wiadomość od pracownika: „%1”</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>niderlandzkim</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>angielskim</translation>
    </message>
    <message>
        <source>Turks</source>
        <translation>tureckim</translation>
    </message>
    <message>
        <source>Arabisch</source>
        <translation>arabskim</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>polskim</translation>
    </message>
    <message>
        <source>Gegeven op %1, tekstversie %2</source>
        <translation>Udzielona %1, wersja tekstu %2</translation>
    </message>
    <message>
        <source>Gegeven op %1 in het %2, tekstversie %3</source>
        <translation>Udzielona %1 w języku %2, wersja tekstu %3</translation>
    </message>
    <message>
        <source>Niet gelukt: je persoonlijke code en je geboortedatum passen niet bij elkaar. Kijk ze na en meld je opnieuw aan.</source>
        <translation>Nie udało się: Twój kod osobisty i data urodzenia do siebie nie pasują. Sprawdź je i zapisz się ponownie.</translation>
    </message>
    <message>
        <source>Niet gelukt: hier is te vaak een verkeerde code of geboortedatum ingevuld. Probeer het later nog eens.</source>
        <translation>Nie udało się: zbyt często wpisano tu zły kod lub datę urodzenia. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>Niet gelukt: je persoonlijke code is op slot gezet, omdat er te vaak een verkeerde geboortedatum bij is ingevuld. Ga naar je wijkconsulent. Die kan hem weer openzetten.</source>
        <translation>Nie udało się: Twój kod osobisty został zablokowany, bo zbyt często wpisano przy nim złą datę urodzenia. Idź do swojego konsultanta dzielnicowego (wijkconsulent). Może on go odblokować.</translation>
    </message>
</context>
<context>
    <name>Sroi</name>
    <message>
        <source>Maanden stage</source>
        <translation>Miesiące stażu</translation>
    </message>
    <message>
        <source>Maanden leerwerkplek</source>
        <translation>Miesiące praktyki zawodowej</translation>
    </message>
    <message>
        <source>Maanden re-integratieplek</source>
        <translation>Miesiące w miejscu reintegracji</translation>
    </message>
    <message>
        <source>Bijdrage in geld: %1</source>
        <translation>Wkład pieniężny: %1</translation>
    </message>
    <message>
        <source>Uren van medewerkers van de corporatie: %1</source>
        <translation>Godziny pracowników spółdzielni: %1</translation>
    </message>
    <message>
        <source>Uren van medewerkers: %1</source>
        <translation>Godziny pracowników: %1</translation>
    </message>
    <message>
        <source>Gebruik van ruimte: %1</source>
        <translation>Korzystanie z lokalu: %1</translation>
    </message>
    <message>
        <source>Aangeboden plaatsen: %1</source>
        <translation>Oferowane miejsca: %1</translation>
    </message>
    <message>
        <source>Uren vrijwilligerswerk</source>
        <translation>Godziny wolontariatu</translation>
    </message>
    <message>
        <source>Leerwerkplaatsen begonnen</source>
        <translation>Rozpoczęte praktyki zawodowe</translation>
    </message>
    <message>
        <source>Leerwerkplaatsen afgerond</source>
        <translation>Ukończone praktyki zawodowe</translation>
    </message>
    <message>
        <source>Huurders een trede hoger</source>
        <translation>Najemcy o szczebel wyżej</translation>
    </message>
    <message>
        <source>Huurders op dezelfde trede</source>
        <translation>Najemcy na tym samym szczeblu</translation>
    </message>
    <message>
        <source>Huurders een trede lager</source>
        <translation>Najemcy o szczebel niżej</translation>
    </message>
    <message>
        <source>Totaal inzet</source>
        <translation>Suma nakładów</translation>
    </message>
    <message>
        <source>Totaal opbrengst</source>
        <translation>Suma rezultatów</translation>
    </message>
    <message>
        <source>euro</source>
        <translation>euro</translation>
    </message>
    <message>
        <source>uren</source>
        <translation>godziny</translation>
    </message>
    <message>
        <source>maanden</source>
        <translation>miesiące</translation>
    </message>
    <message>
        <source>aantal</source>
        <translation>liczba</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>aspirant</source>
        <translation>kandydat</translation>
    </message>
    <message>
        <source>trede 1</source>
        <translation>szczebel 1</translation>
    </message>
    <message>
        <source>trede 2</source>
        <translation>szczebel 2</translation>
    </message>
    <message>
        <source>trede 3</source>
        <translation>szczebel 3</translation>
    </message>
    <message>
        <source>PSO 30+</source>
        <translation>PSO 30+</translation>
    </message>
    <message>
        <source>Stage, per maand</source>
        <translation>Staż, za miesiąc</translation>
    </message>
    <message>
        <source>Leerwerkplek, per maand</source>
        <translation>Praktyka zawodowa, za miesiąc</translation>
    </message>
    <message>
        <source>Re-integratieplek, per maand</source>
        <translation>Miejsce reintegracji, za miesiąc</translation>
    </message>
    <message>
        <source>SROI-invoer</source>
        <translation>Dane SROI</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Dzielnica</translation>
    </message>
    <message>
        <source>alle wijken</source>
        <translation>wszystkie dzielnice</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>alle locaties</source>
        <translation>wszystkie lokalizacje</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ścieżka</translation>
    </message>
    <message>
        <source>alle routes</source>
        <translation>wszystkie ścieżki</translation>
    </message>
    <message>
        <source>Stand op</source>
        <translation>Stan na</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Część</translation>
    </message>
    <message>
        <source>Sleutel</source>
        <translation>Klucz</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Eenheid</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Proxy (€)</source>
        <translation>Proxy (€)</translation>
    </message>
    <message>
        <source>Waarde (€)</source>
        <translation>Wartość (€)</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Inzet</source>
        <translation>Nakłady</translation>
    </message>
    <message>
        <source>Opbrengst</source>
        <translation>Rezultaty</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Social return</source>
        <translation>Social return</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Oznaczenie</translation>
    </message>
    <message>
        <source>Leverancier</source>
        <translation>Dostawca</translation>
    </message>
    <message>
        <source>Opdracht</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <source>PSO-niveau</source>
        <translation>Poziom PSO</translation>
    </message>
    <message>
        <source>Grondslag</source>
        <translation>Podstawa</translation>
    </message>
    <message>
        <source>Aandeel</source>
        <translation>Udział</translation>
    </message>
    <message>
        <source>Contractwaarde (€)</source>
        <translation>Wartość umowy (€)</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Einde</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Verplicht (€)</source>
        <translation>Wymagane (€)</translation>
    </message>
    <message>
        <source>Gerealiseerd (€)</source>
        <translation>Zrealizowane (€)</translation>
    </message>
    <message>
        <source>Vervuld</source>
        <translation>Wypełnione</translation>
    </message>
    <message>
        <source>Plaatsingen</source>
        <translation>Obsadzone miejsca</translation>
    </message>
    <message>
        <source>loonsom</source>
        <translation>suma wynagrodzeń</translation>
    </message>
    <message>
        <source>contractwaarde</source>
        <translation>wartość umowy</translation>
    </message>
    <message>
        <source>Proxies en bronnen</source>
        <translation>Proxy i źródła</translation>
    </message>
    <message>
        <source>Ten hoogste</source>
        <translation>Maksymalnie</translation>
    </message>
    <message numerus="yes">
        <source>%n maanden</source>
        <translation>
            <numerusform>%n miesiąc</numerusform>
            <numerusform>%n miesiące</numerusform>
            <numerusform>%n miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <source>Vrijwilligersuur</source>
        <translation>Godzina wolontariatu</translation>
    </message>
    <message>
        <source>Uur van een medewerker</source>
        <translation>Godzina pracownika</translation>
    </message>
    <message>
        <source>Uur gebruik van ruimte</source>
        <translation>Godzina korzystania z lokalu</translation>
    </message>
    <message>
        <source>Een trede hoger</source>
        <translation>O szczebel wyżej</translation>
    </message>
    <message>
        <source>Drempel social return (contractwaarde boven)</source>
        <translation>Próg social return (wartość umowy powyżej)</translation>
    </message>
    <message>
        <source>Aandeel van de contractwaarde</source>
        <translation>Udział w wartości umowy</translation>
    </message>
    <message>
        <source>Aandeel van de loonsom</source>
        <translation>Udział w sumie wynagrodzeń</translation>
    </message>
</context>
<context>
    <name>StaffAuditPage</name>
    <message>
        <source>Logboek</source>
        <translation>Dziennik</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 %4 · %5</source>
        <translation>%1 · %2 · %3 %4 · %5</translation>
    </message>
    <message>
        <source>deze tablet</source>
        <translation>ten tablet</translation>
    </message>
</context>
<context>
    <name>StaffCandidatesPage</name>
    <message>
        <source>Wie past hierbij?</source>
        <translation>Kto tu pasuje?</translation>
    </message>
    <message>
        <source>Alleen bewoners die toestemming gaven om hun passende activiteiten voor te stellen. Vraag eerst of het uitkomt.</source>
        <translation>Tylko najemcy, którzy zgodzili się na proponowanie im pasujących zajęć. Najpierw zapytaj, czy im to odpowiada.</translation>
    </message>
    <message>
        <source>Er is nu niemand die hierbij past en toestemming gaf.</source>
        <translation>Nikt, kto tu pasuje, nie wyraził jeszcze zgody.</translation>
    </message>
    <message>
        <source>%1, al aangemeld. %2</source>
        <translation>%1, już zapisany. %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Al aangemeld</source>
        <translation>Już zapisany</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>StaffCatalogue</name>
    <message>
        <source>Deze activiteit bestaat niet meer.</source>
        <translation>Tych zajęć już nie ma.</translation>
    </message>
    <message numerus="yes">
        <source>Er zijn al %n bevestigde deelnemer(s). De capaciteit kan niet lager dan dat.</source>
        <translation>
            <numerusform>Jest już %n potwierdzony uczestnik. Liczba miejsc nie może być mniejsza.</numerusform>
            <numerusform>Jest już %n potwierdzonych uczestników. Liczba miejsc nie może być mniejsza.</numerusform>
            <numerusform>Jest już %n potwierdzonych uczestników. Liczba miejsc nie może być mniejsza.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vul een datum in als 2026-12-01 of 1-12-2026.</source>
        <translation>Wpisz datę, np. 2026-12-01 albo 1-12-2026.</translation>
    </message>
    <message>
        <source>Controleer dit veld.</source>
        <translation>Sprawdź to pole.</translation>
    </message>
    <message numerus="yes">
        <source>Controleer de %n gemarkeerde velden.</source>
        <translation>
            <numerusform>Sprawdź %n zaznaczone pole.</numerusform>
            <numerusform>Sprawdź %n zaznaczone pola.</numerusform>
            <numerusform>Sprawdź %n zaznaczonych pól.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffCataloguePage</name>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Gepauzeerd</source>
        <translation>Wstrzymano</translation>
    </message>
    <message>
        <source>Gesloten</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <source>Catalogus</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Nieuwe activiteit</source>
        <translation>Nowe zajęcia</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 van %5 plaatsen bezet</source>
        <translation>%1 · %2 · %3 · zajęte miejsca: %4 z %5</translation>
    </message>
    <message>
        <source>onbeperkt</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>%1 bewerken</source>
        <translation>Edytuj: %1</translation>
    </message>
    <message>
        <source>Pauzeren</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>%1 sluiten</source>
        <translation>Zamknij: %1</translation>
    </message>
    <message>
        <source>Wie past hierbij?</source>
        <translation>Kto tu pasuje?</translation>
    </message>
    <message>
        <source>Wie past bij %1?</source>
        <translation>Kto pasuje do: %1?</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Deelnemers van %1</source>
        <translation>Uczestnicy: %1</translation>
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
        <translation>potwierdź</translation>
    </message>
    <message>
        <source>wachtlijst</source>
        <translation>lista oczekujących</translation>
    </message>
    <message>
        <source>afwijzen</source>
        <translation>odrzuć</translation>
    </message>
    <message>
        <source>bevestigd</source>
        <translation>potwierdzono</translation>
    </message>
    <message>
        <source>op de wachtlijst</source>
        <translation>na liście oczekujących</translation>
    </message>
    <message>
        <source>afgewezen</source>
        <translation>odrzucono</translation>
    </message>
    <message>
        <source>teruggetrokken</source>
        <translation>wycofano</translation>
    </message>
    <message>
        <source>Conflicten</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <source>Geen conflicten.</source>
        <translation>Brak konfliktów.</translation>
    </message>
    <message>
        <source>Deze besluiten zijn niet uitgevoerd: de aanmelding was intussen veranderd. Het eerdere besluit blijft staan.</source>
        <translation>Te decyzje nie zostały wykonane: zgłoszenie w międzyczasie się zmieniło. Wcześniejsza decyzja zostaje.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>(gewist)</source>
        <translation>(usunięto)</translation>
    </message>
    <message>
        <source>Besluit &quot;%1&quot; door %2 op versie %3; de aanmelding stond al op versie %4 en is nu %5.</source>
        <translation>Decyzja &quot;%1&quot; od %2 dla wersji %3; zgłoszenie było już w wersji %4 i jest teraz %5.</translation>
    </message>
    <message>
        <source>een collega</source>
        <translation>współpracownik</translation>
    </message>
    <message>
        <source>te beoordelen</source>
        <translation>do oceny</translation>
    </message>
</context>
<context>
    <name>StaffDashboardPage</name>
    <message>
        <source>Resultaten</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>Cijfers als CSV</source>
        <translation>Liczby jako CSV</translation>
    </message>
    <message>
        <source>Besluiten als CSV</source>
        <translation>Decyzje jako CSV</translation>
    </message>
    <message>
        <source>Cijfers van de server, stand van %1.</source>
        <translation>Liczby z serwera, stan z %1.</translation>
    </message>
    <message>
        <source>Geen verbinding met de server: berekend uit de gegevens op deze tablet, bijgewerkt tot %1.</source>
        <translation>Brak połączenia z serwerem: obliczono z danych na tym tablecie, aktualne do %1.</translation>
    </message>
    <message>
        <source>Geen verbinding met de server: berekend uit de gegevens op deze tablet.</source>
        <translation>Brak połączenia z serwerem: obliczono z danych na tym tablecie.</translation>
    </message>
    <message>
        <source>Actieve vrijwilligers</source>
        <translation>Aktywni wolontariusze</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Trajecten gestart</source>
        <translation>Rozpoczęte ścieżki</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Ukończono</translation>
    </message>
    <message>
        <source>Uitgevallen</source>
        <translation>Przerwano</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Dzielnica</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Trasa</translation>
    </message>
    <message>
        <source>Uren per maand</source>
        <translation>Godziny w miesiącu</translation>
    </message>
    <message>
        <source>Actieve vrijwilligers per maand</source>
        <translation>Aktywni wolontariusze w miesiącu</translation>
    </message>
    <message>
        <source>Bezetting en wachtlijst per activiteit</source>
        <translation>Zajęte miejsca i lista oczekujących dla zajęć</translation>
    </message>
    <message>
        <source>%1: %2 van %3, wachtlijst %4</source>
        <translation>%1: %2 z %3, lista oczekujących %4</translation>
    </message>
    <message>
        <source>%1: %2 (onbeperkt), wachtlijst %3</source>
        <translation>%1: %2 (bez limitu), lista oczekujących %3</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Cijfers exporteren</source>
        <translation>Eksportuj liczby</translation>
    </message>
    <message>
        <source>Besluiten exporteren</source>
        <translation>Eksportuj decyzje</translation>
    </message>
    <message>
        <source>Het bestand verlaat de beveiligde app. Bevestig met uw pincode.</source>
        <translation>Plik opuści bezpieczną aplikację. Potwierdź swoim PIN-em.</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <source>Zuilen die stil zijn</source>
        <translation>Kioski, które ucichły</translation>
    </message>
    <message>
        <source>Zonder verbinding met de server is niet te zien of de zuilen van deze locatie werken.</source>
        <translation>Bez połączenia z serwerem nie widać, czy kioski w tej lokalizacji działają.</translation>
    </message>
    <message>
        <source>Deze locatie heeft geen zuilen.</source>
        <translation>Ta lokalizacja nie ma kiosków.</translation>
    </message>
    <message>
        <source>Alle zuilen van deze locatie zijn de afgelopen %1 uur gezien.</source>
        <translation>Wszystkie kioski tej lokalizacji były widoczne w ciągu ostatnich %1 godzin.</translation>
    </message>
    <message>
        <source>De server heeft deze zuilen meer dan %1 uur niet gezien. Kijk of ze aan staan en verbinding hebben.</source>
        <translation>Serwer nie widział tych kiosków od ponad %1 godzin. Sprawdź, czy są włączone i mają połączenie.</translation>
    </message>
    <message>
        <source>Zuil %1</source>
        <translation>Kiosk %1</translation>
    </message>
    <message>
        <source>Stil %1</source>
        <translation>Cicho %1</translation>
    </message>
    <message>
        <source>Nooit gezien; ingeschreven %1</source>
        <translation>Nigdy nie widziany; zarejestrowany %1</translation>
    </message>
    <message>
        <source>Wachtrij onbekend (oudere versie van de app)</source>
        <translation>Kolejka nieznana (starsza wersja aplikacji)</translation>
    </message>
    <message>
        <source>Niets in de wachtrij</source>
        <translation>Nic w kolejce</translation>
    </message>
    <message>
        <source>%1 in de wachtrij, de oudste %2</source>
        <translation>%1 w kolejce, najstarsze %2</translation>
    </message>
    <message>
        <source>Participatieladder: verder gekomen, gelijk gebleven, gedaald</source>
        <translation>Drabina uczestnictwa: awans, bez zmian, spadek</translation>
    </message>
    <message>
        <source>In deze periode is niemand twee keer gemeten.</source>
        <translation>W tym okresie nikogo nie zmierzono dwa razy.</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Okolica</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Gelijk</source>
        <translation>Bez zmian</translation>
    </message>
    <message>
        <source>Gedaald</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Doel toevoegen</source>
        <translation>Dodaj cel</translation>
    </message>
    <message>
        <source>Er zijn nog geen doelen voor deze keuze.</source>
        <translation>Dla tego wyboru nie ma jeszcze celów.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>alle routes</source>
        <translation>wszystkie ścieżki</translation>
    </message>
    <message>
        <source>kwartaal %1 van %2</source>
        <translation>kwartał %1 roku %2</translation>
    </message>
    <message>
        <source>jaar %1</source>
        <translation>rok %1</translation>
    </message>
    <message>
        <source>Doel %1. Begint op %2.</source>
        <translation>Cel %1. Zaczyna się %2.</translation>
    </message>
    <message>
        <source>%1 van %2 gehaald in de periode tot %3.</source>
        <translation>Osiągnięto %1 z %2 w okresie do %3.</translation>
    </message>
    <message>
        <source>%1 van %2 gehaald; volgens de rechte lijn %3. Verwachting op %4: %5.</source>
        <translation>Osiągnięto %1 z %2; według prostej linii %3. Prognoza na %4: %5.</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <source>Wijzigen: %1</source>
        <translation>Zmień: %1</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Verwijderen: %1</source>
        <translation>Usuń: %1</translation>
    </message>
    <message>
        <source>Dit doel verwijderen?</source>
        <translation>Usunąć ten cel?</translation>
    </message>
    <message>
        <source>Ja, verwijderen</source>
        <translation>Tak, usuń</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Treden per route</source>
        <translation>Szczeble według ścieżki</translation>
    </message>
    <message>
        <source>Social return van leveranciers</source>
        <translation>Social return dostawców</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 van %2 gerealiseerd met %n plaatsing(en); %3 %4, %5.</source>
        <translation>
            <numerusform>Zrealizowano %1 z %2 przy %n obsadzonym miejscu; %3 %4, %5.</numerusform>
            <numerusform>Zrealizowano %1 z %2 przy %n obsadzonych miejscach; %3 %4, %5.</numerusform>
            <numerusform>Zrealizowano %1 z %2 przy %n obsadzonych miejscach; %3 %4, %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffDecisionDialog</name>
    <message>
        <source>Bevestigen</source>
        <translation>Potwierdź</translation>
    </message>
    <message>
        <source>Op de wachtlijst zetten</source>
        <translation>Dodaj do listy oczekujących</translation>
    </message>
    <message>
        <source>Afwijzen</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Reden (intern, niet voor de huurder)</source>
        <translation>Powód (wewnętrzny, nie dla najemcy)</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Wyjaśnienie</translation>
    </message>
    <message>
        <source>Bericht aan de huurder</source>
        <translation>Wiadomość do najemcy</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: welkom, we zien u dinsdag om 9 uur.</source>
        <translation>Na przykład: witaj, widzimy się we wtorek o 9:00.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Besluit opslaan</source>
        <translation>Zapisz decyzję</translation>
    </message>
</context>
<context>
    <name>StaffEraseDialog</name>
    <message>
        <source>Persoon wissen</source>
        <translation>Usuń osobę</translation>
    </message>
    <message>
        <source>Alle persoonsgegevens worden gewist, op de server en op alle apparaten. Toekomstige plaatsen komen vrij voor de wachtlijst. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Wszystkie dane osobowe zostaną usunięte, na serwerze i na wszystkich urządzeniach. Przyszłe miejsca zwolnią się dla listy oczekujących. Tego nie można cofnąć.</translation>
    </message>
    <message>
        <source>Wissen</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>StaffEraseRequestsPage</name>
    <message>
        <source>Verwijderverzoeken</source>
        <translation>Prośby o usunięcie</translation>
    </message>
    <message>
        <source>Geen verzoeken.</source>
        <translation>Brak próśb.</translation>
    </message>
    <message>
        <source>Deze huurders vroegen op hun telefoon om hun gegevens te wissen. Wis ze zonder onnodige vertraging (binnen een maand).</source>
        <translation>Ci najemcy poprosili na telefonie o usunięcie swoich danych. Usuń je bez zbędnej zwłoki (w ciągu miesiąca).</translation>
    </message>
    <message>
        <source>(gewist)</source>
        <translation>(usunięto)</translation>
    </message>
    <message>
        <source>Gevraagd op %1</source>
        <translation>Prośba z %1</translation>
    </message>
    <message>
        <source>Gewist op %1 door %2</source>
        <translation>Usunięto %1, usunął(-ęła): %2</translation>
    </message>
    <message>
        <source>een collega</source>
        <translation>współpracownik</translation>
    </message>
    <message>
        <source>Gewist op deze tablet; wordt verzonden</source>
        <translation>Usunięto na tym tablecie; trwa wysyłanie</translation>
    </message>
    <message>
        <source>Gegevens wissen</source>
        <translation>Usuń dane</translation>
    </message>
    <message>
        <source>Gegevens van %1 wissen</source>
        <translation>Usuń dane: %1</translation>
    </message>
</context>
<context>
    <name>StaffExit</name>
    <message>
        <source>Alleen voor medewerkers</source>
        <translation>Tylko dla pracowników</translation>
    </message>
    <message>
        <source>Typ de pincode om de kiosk te verlaten.</source>
        <translation>Wpisz PIN, żeby wyjść z kiosku.</translation>
    </message>
    <message>
        <source>Er is geen pincode ingesteld op dit apparaat.</source>
        <translation>Na tym urządzeniu nie ustawiono PIN-u.</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Die pincode klopt niet.</source>
        <translation>Ten PIN się nie zgadza.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Kiosk verlaten</source>
        <translation>Wyjdź z kiosku</translation>
    </message>
    <message>
        <source>Terug naar de kiosk</source>
        <translation>Wróć do kiosku</translation>
    </message>
</context>
<context>
    <name>StaffGoalChart</name>
    <message>
        <source>%1: %2 van %3, verwachting %4</source>
        <translation>%1: %2 z %3, prognoza %4</translation>
    </message>
    <message>
        <source>Rechte lijn naar het doel</source>
        <translation>Prosta linia do celu</translation>
    </message>
    <message>
        <source>Verwachting</source>
        <translation>Prognoza</translation>
    </message>
    <message>
        <source>Gehaald</source>
        <translation>Osiągnięte</translation>
    </message>
</context>
<context>
    <name>StaffGoalForm</name>
    <message>
        <source>Doel wijzigen</source>
        <translation>Zmień cel</translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation>Nowy cel</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Dzielnica</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ścieżka</translation>
    </message>
    <message>
        <source>Alle routes</source>
        <translation>Wszystkie ścieżki</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Een jaar</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Een kwartaal</source>
        <translation>Kwartał</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Kwartaal</source>
        <translation>Kwartał</translation>
    </message>
    <message>
        <source>Kwartaal %1</source>
        <translation>Kwartał %1</translation>
    </message>
    <message>
        <source>Wat telt</source>
        <translation>Co się liczy</translation>
    </message>
    <message>
        <source>Doel (aantal uren aan het eind)</source>
        <translation>Cel (liczba godzin na koniec)</translation>
    </message>
    <message>
        <source>Doel (aantal aan het eind)</source>
        <translation>Cel (liczba na koniec)</translation>
    </message>
    <message>
        <source>Doel opslaan</source>
        <translation>Zapisz cel</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <source>Meedoen — medewerkers</source>
        <translation>Meedoen — pracownicy</translation>
    </message>
</context>
<context>
    <name>StaffHoursPage</name>
    <message>
        <source>Uren</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Alleen niet gecontroleerd</source>
        <translation>Tylko niesprawdzone</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 min</source>
        <translation>%1 · %2 · %3 min</translation>
    </message>
    <message>
        <source>(gewist)</source>
        <translation>(usunięto)</translation>
    </message>
    <message>
        <source>gecontroleerd</source>
        <translation>sprawdzono</translation>
    </message>
    <message>
        <source>nog niet gecontroleerd</source>
        <translation>jeszcze niesprawdzone</translation>
    </message>
    <message>
        <source>correctie</source>
        <translation>poprawka</translation>
    </message>
    <message>
        <source>wacht op verzending</source>
        <translation>czeka na wysłanie</translation>
    </message>
    <message>
        <source>Klopt</source>
        <translation>Zgadza się</translation>
    </message>
    <message>
        <source>Uren van %1 op %2 kloppen</source>
        <translation>Godziny osoby %1 z dnia %2 się zgadzają</translation>
    </message>
    <message>
        <source>Corrigeren</source>
        <translation>Popraw</translation>
    </message>
    <message>
        <source>Uren van %1 op %2 corrigeren</source>
        <translation>Popraw godziny osoby %1 z dnia %2</translation>
    </message>
    <message>
        <source>Uren corrigeren</source>
        <translation>Popraw godziny</translation>
    </message>
    <message>
        <source>De correctie wordt een nieuwe regel; de oorspronkelijke blijft bewaard.</source>
        <translation>Poprawka będzie nowym wierszem; pierwotny wiersz zostaje zachowany.</translation>
    </message>
    <message>
        <source>Datum (JJJJ-MM-DD)</source>
        <translation>Data (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>Minuten</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Wyjaśnienie</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Correctie opslaan</source>
        <translation>Zapisz poprawkę</translation>
    </message>
</context>
<context>
    <name>StaffIntake</name>
    <message>
        <source>Inschrijving voor Meedoen</source>
        <translation>Rejestracja w Meedoen</translation>
    </message>
    <message>
        <source>Naam: %1</source>
        <translation>Imię i nazwisko: %1</translation>
    </message>
    <message>
        <source>Je persoonlijke code: %1</source>
        <translation>Twój kod osobisty: %1</translation>
    </message>
    <message>
        <source>Bewaar deze bon goed. Met je persoonlijke code en je geboortedatum meld je je aan zonder je gegevens opnieuw in te vullen: bij de zuil in het buurthuis, in de app of bij je wijkconsulent.</source>
        <translation>Zachowaj ten paragon. Z kodem osobistym i datą urodzenia zgłaszasz się bez ponownego wpisywania danych: w kiosku w domu sąsiedzkim, w aplikacji lub u konsultanta dzielnicy.</translation>
    </message>
    <message>
        <source>Aangemeld voor</source>
        <translation>Zgłoszono do</translation>
    </message>
    <message>
        <source>Wat gebeurt er nu?</source>
        <translation>Co dalej?</translation>
    </message>
    <message>
        <source>Je inschrijving gaat naar de corporatie zodra deze tablet verbinding heeft. Wat er met een aanmelding gebeurt, staat hierboven; verandert er iets, dan zie je het in de app.</source>
        <translation>Twoja rejestracja trafi do spółdzielni, gdy tylko ten tablet połączy się z siecią. Co dzieje się ze zgłoszeniem, opisano powyżej; jeśli coś się zmieni, zobaczysz to w aplikacji.</translation>
    </message>
    <message>
        <source>Je telefoon koppelen</source>
        <translation>Połącz telefon</translation>
    </message>
    <message>
        <source>Meedoen-bon</source>
        <translation>Paragon Meedoen</translation>
    </message>
    <message>
        <source>Deze tablet heeft geen printer. Schrijf de code over of stel een printer in.</source>
        <translation>Ten tablet nie ma drukarki. Przepisz kod ręcznie albo skonfiguruj drukarkę.</translation>
    </message>
    <message>
        <source>Afdrukken lukte niet. Kijk of de printer aan staat en probeer het nog een keer.</source>
        <translation>Drukowanie się nie udało. Sprawdź, czy drukarka jest włączona, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>De bon is naar de printer %1 gestuurd.</source>
        <translation>Paragon wysłano do drukarki %1.</translation>
    </message>
    <message>
        <source>Installeer de app Meedoen en kies “Aanmeldingen koppelen”. Vul de persoonlijke code van deze bon in (of scan de QR-code) en je geboortedatum. Dan zie je je aanmeldingen ook op je telefoon.</source>
        <translation>Zainstaluj aplikację Meedoen i wybierz „Połącz zgłoszenia”. Wpisz kod osobisty z tego paragonu (lub zeskanuj kod QR) i datę urodzenia. Wtedy zobaczysz swoje zgłoszenia także w telefonie.</translation>
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
        <translation>Zarejestrowano: %1</translation>
    </message>
    <message>
        <source>Persoonlijke code</source>
        <translation>Kod osobisty</translation>
    </message>
    <message>
        <source>Persoonlijke code: %1</source>
        <translation>Kod osobisty: %1</translation>
    </message>
    <message>
        <source>QR-code van de persoonlijke code</source>
        <translation>Kod QR kodu osobistego</translation>
    </message>
    <message>
        <source>Geef de bewoner de bon mee. Met deze code en de geboortedatum koppelt de bewoner de app op de telefoon (Aanmeldingen koppelen) en meldt zich aan bij de zuil.</source>
        <translation>Daj mieszkańcowi paragon. Z tym kodem i datą urodzenia mieszkaniec połączy aplikację w telefonie (Połącz zgłoszenia) i zgłosi się w kiosku.</translation>
    </message>
    <message>
        <source>Aangemeld voor</source>
        <translation>Zgłoszono do</translation>
    </message>
    <message>
        <source>Nog niet aangemeld voor een activiteit.</source>
        <translation>Jeszcze bez zgłoszenia do zajęć.</translation>
    </message>
    <message>
        <source>Aanmelden voor een activiteit</source>
        <translation>Zgłoś do zajęć</translation>
    </message>
    <message>
        <source>Bon afdrukken</source>
        <translation>Drukuj paragon</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Klaar: de gegevens van de bewoner verdwijnen van het scherm</source>
        <translation>Gotowe: dane mieszkańca znikają z ekranu</translation>
    </message>
</context>
<context>
    <name>StaffNewVolunteersPage</name>
    <message>
        <source>Nieuwe vrijwilligers: identiteit en huurderschap controleren</source>
        <translation>Nowi wolontariusze: sprawdź tożsamość i najem</translation>
    </message>
    <message>
        <source>Er wachten geen nieuwe vrijwilligers op controle.</source>
        <translation>Żadni nowi wolontariusze nie czekają na sprawdzenie.</translation>
    </message>
    <message>
        <source>Huurdernummer: %1 · Adres: %2 · Geboren: %3</source>
        <translation>Numer najemcy: %1 · Adres: %2 · Data urodzenia: %3</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>nieznane</translation>
    </message>
    <message>
        <source>Huurdernummer klopt</source>
        <translation>Numer najemcy się zgadza</translation>
    </message>
    <message>
        <source>Huurdernummer van %1 klopt</source>
        <translation>Numer najemcy osoby %1 się zgadza</translation>
    </message>
    <message>
        <source>Adres klopt</source>
        <translation>Adres się zgadza</translation>
    </message>
    <message>
        <source>Adres van %1 klopt</source>
        <translation>Adres osoby %1 się zgadza</translation>
    </message>
</context>
<context>
    <name>StaffOpportunityEditor</name>
    <message>
        <source>Activiteit bewerken</source>
        <translation>Edytuj zajęcia</translation>
    </message>
    <message>
        <source>Nieuwe activiteit</source>
        <translation>Nowe zajęcia</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Korte omschrijving</source>
        <translation>Krótki opis</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Soort leerplaats</source>
        <translation>Rodzaj miejsca szkoleniowego</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Staż</translation>
    </message>
    <message>
        <source>Leerwerkplek</source>
        <translation>Praktyka zawodowa</translation>
    </message>
    <message>
        <source>Re-integratieplek</source>
        <translation>Miejsce reintegracji</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Trasa</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Partnerorganisatie</source>
        <translation>Organizacja partnerska</translation>
    </message>
    <message>
        <source>Wanneer (bijvoorbeeld: elke dinsdag 9:00–12:00)</source>
        <translation>Kiedy (na przykład: każdy wtorek 9:00–12:00)</translation>
    </message>
    <message>
        <source>Startdatum (leeg = doorlopend)</source>
        <translation>Data początku (puste = ciągle)</translation>
    </message>
    <message>
        <source>JJJJ-MM-DD</source>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <source>Einddatum (leeg = geen einde)</source>
        <translation>Data końca (puste = bez końca)</translation>
    </message>
    <message>
        <source>Aantal plaatsen (0 = onbeperkt; nu %1 bevestigd)</source>
        <translation>Liczba miejsc (0 = bez limitu; teraz potwierdzono %1)</translation>
    </message>
    <message>
        <source>Aantal plaatsen (0 = onbeperkt)</source>
        <translation>Liczba miejsc (0 = bez limitu)</translation>
    </message>
    <message>
        <source>Minimumleeftijd</source>
        <translation>Minimalny wiek</translation>
    </message>
    <message>
        <source>Taalniveau (A1 … C2)</source>
        <translation>Poziom języka (A1 … C2)</translation>
    </message>
    <message>
        <source>Wat de huurder krijgt (vergoeding, certificaat …)</source>
        <translation>Co dostaje najemca (zwrot kosztów, certyfikat …)</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Osoba kontaktowa</translation>
    </message>
    <message>
        <source>Telefoon contactpersoon</source>
        <translation>Telefon osoby kontaktowej</translation>
    </message>
    <message>
        <source>E-mail contactpersoon</source>
        <translation>E-mail osoby kontaktowej</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <source>Een medewerker beoordeelt elke aanmelding</source>
        <translation>Pracownik ocenia każde zgłoszenie</translation>
    </message>
    <message>
        <source>Direct bevestigd zolang er plek is</source>
        <translation>Potwierdzane od razu, dopóki jest miejsce</translation>
    </message>
    <message>
        <source>Partnerorganisatie: %1</source>
        <translation>Organizacja partnerska: %1</translation>
    </message>
</context>
<context>
    <name>StaffParticipantsPage</name>
    <message>
        <source>Deelnemers voor de organisator</source>
        <translation>Uczestnicy dla organizatora</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Naam en contactgegevens alleen van bewoners die toestemming gaven om ze met de partnerorganisatie te delen.</source>
        <translation>Imię i nazwisko oraz dane kontaktowe tylko najemców, którzy zgodzili się na ich udostępnienie organizacji partnerskiej.</translation>
    </message>
    <message>
        <source>Nog geen bevestigde deelnemers.</source>
        <translation>Brak jeszcze potwierdzonych uczestników.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1, geen toestemming om te delen</source>
        <translation>%1, brak zgody na udostępnienie</translation>
    </message>
    <message>
        <source>geen toestemming om te delen</source>
        <translation>brak zgody na udostępnienie</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Exporteren (CSV)</source>
        <translation>Eksportuj (CSV)</translation>
    </message>
    <message>
        <source>Deelnemerslijst exporteren</source>
        <translation>Eksportuj listę uczestników</translation>
    </message>
    <message>
        <source>Het bestand verlaat de beveiligde app. Bevestig met uw pincode.</source>
        <translation>Plik opuści bezpieczną aplikację. Potwierdź swoim PIN-em.</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Eksportuj</translation>
    </message>
</context>
<context>
    <name>StaffPartnerModel</name>
    <message>
        <source>Woningcorporatie</source>
        <translation>Spółdzielnia mieszkaniowa</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Gmina</translation>
    </message>
    <message>
        <source>Welzijn en begeleiding</source>
        <translation>Opieka i wsparcie</translation>
    </message>
    <message>
        <source>Onderwijs</source>
        <translation>Edukacja</translation>
    </message>
    <message>
        <source>Werkgever</source>
        <translation>Pracodawca</translation>
    </message>
    <message>
        <source>Bewonersgroep</source>
        <translation>Grupa mieszkańców</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>Inne</translation>
    </message>
</context>
<context>
    <name>StaffPartners</name>
    <message numerus="yes">
        <source>Controleer de %n gemarkeerde velden.</source>
        <translation>
            <numerusform>Sprawdź %n zaznaczone pole.</numerusform>
            <numerusform>Sprawdź %n zaznaczone pola.</numerusform>
            <numerusform>Sprawdź %n zaznaczonych pól.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kies een activiteit.</source>
        <translation>Wybierz działanie.</translation>
    </message>
    <message>
        <source>Vul een bedrag in euro&apos;s in, zoals 1250 of 1250,50.</source>
        <translation>Wpisz kwotę w euro, np. 1250 lub 1250,50.</translation>
    </message>
    <message>
        <source>Vul een aantal uren in, zoals 4 of 2,5.</source>
        <translation>Wpisz liczbę godzin, np. 4 lub 2,5.</translation>
    </message>
    <message>
        <source>Vul een aantal plaatsen in.</source>
        <translation>Wpisz liczbę miejsc.</translation>
    </message>
    <message>
        <source>Geen partner</source>
        <translation>Brak partnera</translation>
    </message>
</context>
<context>
    <name>StaffPartnersPage</name>
    <message>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <source>Nieuwe partner</source>
        <translation>Nowy partner</translation>
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
        <translation>Nazwa organizacji</translation>
    </message>
    <message>
        <source>Soort organisatie</source>
        <translation>Rodzaj organizacji</translation>
    </message>
    <message>
        <source>Contactpersoon (niet verplicht)</source>
        <translation>Osoba kontaktowa (nieobowiązkowo)</translation>
    </message>
    <message>
        <source>Telefoon van de contactpersoon</source>
        <translation>Telefon osoby kontaktowej</translation>
    </message>
    <message>
        <source>E-mail van de contactpersoon</source>
        <translation>E-mail osoby kontaktowej</translation>
    </message>
    <message>
        <source>Partner opslaan</source>
        <translation>Zapisz partnera</translation>
    </message>
    <message>
        <source>Wat de partner inbracht en wat het opleverde</source>
        <translation>Co partner wniósł i co z tego wyszło</translation>
    </message>
    <message>
        <source>Ingebracht: %1, %2 uur inzet, %3 plaatsen, %4 uur ruimte.</source>
        <translation>Wkład: %1, %2 godz. pracy, %3 miejsc, %4 godz. lokalu.</translation>
    </message>
    <message>
        <source>Opgeleverd: %1 plaatsen bezet in %2 activiteiten, %3 vrijwilligers, %4 uur vrijwilligerswerk, %5 trajecten gestart en %6 afgerond.</source>
        <translation>Wynik: %1 zajętych miejsc w %2 działaniach, %3 wolontariuszy, %4 godz. wolontariatu, %5 rozpoczętych i %6 ukończonych praktyk.</translation>
    </message>
    <message>
        <source>Rollen: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3 uur inzet · %4 uur vrijwilligerswerk, %5 gestart, %6 afgerond</source>
        <translation>%1: %2, %3 godz. pracy · %4 godz. wolontariatu, %5 rozpoczętych, %6 ukończonych</translation>
    </message>
    <message>
        <source>Rollen en bijdragen per activiteit</source>
        <translation>Role i wkład na działanie</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4, %5 uur, %6 plaatsen, %7 uur ruimte</source>
        <translation>%1 · %2 · %3: %4, %5 godz., %6 miejsc, %7 godz. lokalu</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Bijdrage van %1 voor %2 verwijderen</source>
        <translation>Usuń wkład z %1 dla %2</translation>
    </message>
    <message>
        <source>Nog geen bijdragen op deze locatie.</source>
        <translation>Na tej lokalizacji nie ma jeszcze wkładu.</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Activiteit: %1</source>
        <translation>Działanie: %1</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>JJJJ-MM</source>
        <translation>RRRR-MM</translation>
    </message>
    <message>
        <source>Geld (euro)</source>
        <translation>Pieniądze (euro)</translation>
    </message>
    <message>
        <source>Uren inzet van eigen mensen</source>
        <translation>Godziny pracy własnych ludzi</translation>
    </message>
    <message>
        <source>Plaatsen (stage, werk)</source>
        <translation>Miejsca (praktyki, praca)</translation>
    </message>
    <message>
        <source>Uren gebruik van een ruimte</source>
        <translation>Godziny korzystania z lokalu</translation>
    </message>
    <message>
        <source>Bijdrage opslaan</source>
        <translation>Zapisz wkład</translation>
    </message>
    <message>
        <source>Geld per maand (euro)</source>
        <translation>Pieniądze miesięcznie (euro)</translation>
    </message>
    <message>
        <source>Uren per maand</source>
        <translation>Godziny w miesiącu</translation>
    </message>
    <message>
        <source>Inzet van de partner</source>
        <translation>Wkład partnera</translation>
    </message>
    <message>
        <source>Vrijwilligerswerk</source>
        <translation>Wolontariat</translation>
    </message>
</context>
<context>
    <name>StaffPersons</name>
    <message>
        <source>Opslaan is niet gelukt.</source>
        <translation>Nie udało się zapisać.</translation>
    </message>
    <message>
        <source>De toelichting mag één regel van hoogstens 200 tekens zijn.</source>
        <translation>Wyjaśnienie może mieć jeden wiersz, najwyżej 200 znaków.</translation>
    </message>
    <message>
        <source>Vul 0 tot 744 uur per maand in.</source>
        <translation>Wpisz od 0 do 744 godzin miesięcznie.</translation>
    </message>
    <message>
        <source>Vul een datum (JJJJ-MM-DD) en 0 tot %1 minuten in.</source>
        <translation>Wpisz datę (RRRR-MM-DD) i od 0 do %1 minut.</translation>
    </message>
    <message>
        <source>Zonder verbinding met de server kan de code niet worden opengezet. Probeer het zo opnieuw.</source>
        <translation>Bez połączenia z serwerem nie można odblokować kodu. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>De persoonlijke code staat weer open. De huurder kan zijn aanmeldingen weer opzoeken en een telefoon koppelen.</source>
        <translation>Kod osobisty jest znowu odblokowany. Najemca może ponownie sprawdzić swoje zgłoszenia i połączyć telefon.</translation>
    </message>
    <message>
        <source>De persoonlijke code stond niet op slot.</source>
        <translation>Kod osobisty nie był zablokowany.</translation>
    </message>
    <message>
        <source>De code kon niet worden opengezet: de server gaf geen antwoord. Probeer het zo opnieuw.</source>
        <translation>Nie udało się odblokować kodu: serwer nie odpowiedział. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>De huurder heeft een leerplek afgerond.</source>
        <translation>Najemca ukończył miejsce szkoleniowe.</translation>
    </message>
    <message>
        <source>De huurder is met een leerplek begonnen.</source>
        <translation>Najemca rozpoczął miejsce szkoleniowe.</translation>
    </message>
    <message>
        <source>De huurder doet vrijwilligerswerk.</source>
        <translation>Najemca jest wolontariuszem.</translation>
    </message>
    <message>
        <source>Je rol mag geen trajecten bijhouden.</source>
        <translation>Twoja rola nie pozwala prowadzić ścieżek.</translation>
    </message>
    <message>
        <source>Deze huurder heeft geen toestemming gegeven om de weg bij te houden.</source>
        <translation>Ten najemca nie zgodził się na śledzenie swojej drogi.</translation>
    </message>
    <message>
        <source>Kies een route.</source>
        <translation>Wybierz ścieżkę.</translation>
    </message>
    <message>
        <source>Kies een trede van de ladder.</source>
        <translation>Wybierz szczebel drabiny.</translation>
    </message>
    <message>
        <source>Vul een datum in, zoals 2026-12-07.</source>
        <translation>Wpisz datę, np. 2026-12-07.</translation>
    </message>
    <message>
        <source>De datum mag niet later zijn dan vandaag.</source>
        <translation>Data nie może być późniejsza niż dzisiaj.</translation>
    </message>
    <message>
        <source>De notitie is te lang: hoogstens %1 tekens.</source>
        <translation>Notatka jest za długa: najwyżej %1 znaków.</translation>
    </message>
    <message>
        <source>Het doel is te lang: hoogstens %1 tekens.</source>
        <translation>Cel jest za długi: najwyżej %1 znaków.</translation>
    </message>
    <message>
        <source>Vul een datum na de meting in waarop jullie het doel weer bespreken.</source>
        <translation>Wpisz datę po pomiarze, kiedy znowu omówicie cel.</translation>
    </message>
    <message>
        <source>De stap kon niet worden opgeslagen. Probeer het opnieuw.</source>
        <translation>Nie udało się zapisać kroku. Spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>StaffPersonsPage</name>
    <message>
        <source>Contact opnemen</source>
        <translation>Skontaktuj się</translation>
    </message>
    <message>
        <source>Passende activiteiten voorstellen</source>
        <translation>Proponowanie pasujących zajęć</translation>
    </message>
    <message>
        <source>Gegevens delen met de partnerorganisatie</source>
        <translation>Udostępnianie danych organizacji partnerskiej</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Zoek op naam, huurdernummer of persoonlijke code</source>
        <translation>Szukaj po imieniu, numerze najemcy albo kodzie osobistym</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Kies een persoon.</source>
        <translation>Wybierz osobę.</translation>
    </message>
    <message>
        <source>Gewiste persoon</source>
        <translation>Usunięta osoba</translation>
    </message>
    <message>
        <source>Persoonlijke code %1 · huurdernummer %2 · %3 %4 · geboren %5
%6 %7</source>
        <translation>Kod osobisty %1 · numer najemcy %2 · %3 %4 · data urodzenia %5
%6 %7</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>nieznane</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Wycofaj</translation>
    </message>
    <message>
        <source>Toestemming %1 intrekken</source>
        <translation>Wycofaj zgodę: %1</translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tegenprestatie: afgesproken uren per maand</source>
        <translation>Świadczenie wzajemne: ustalone godziny miesięcznie</translation>
    </message>
    <message>
        <source>Afspraak opslaan</source>
        <translation>Zapisz ustalenie</translation>
    </message>
    <message>
        <source>Tegenprestatie: %1 per maand afgesproken</source>
        <translation>Świadczenie wzajemne: ustalono %1 miesięcznie</translation>
    </message>
    <message>
        <source>%1: %2 gelogd, %3 gecontroleerd, saldo %4</source>
        <translation>%1: zapisano %2, sprawdzono %3, saldo %4</translation>
    </message>
    <message>
        <source>Persoon wissen</source>
        <translation>Usuń osobę</translation>
    </message>
    <message>
        <source>Spreekt: %1</source>
        <translation>Mówi: %1</translation>
    </message>
    <message>
        <source>niet opgegeven</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <source>%1 — %2; ingetrokken %3</source>
        <translation>%1 — %2; wycofana %3</translation>
    </message>
    <message>
        <source>De persoonlijke code staat op slot sinds %1: er is vijf keer een verkeerde geboortedatum bij ingevuld. Kijk of de huurder is wie hij zegt, en zet de code dan weer open.</source>
        <translation>Kod osobisty jest zablokowany od %1: pięć razy podano z nim błędną datę urodzenia. Sprawdź, czy najemca jest tym, za kogo się podaje, a potem odblokuj kod.</translation>
    </message>
    <message>
        <source>Zonder verbinding met de server is niet te zien of de persoonlijke code op slot staat.</source>
        <translation>Bez połączenia z serwerem nie widać, czy kod osobisty jest zablokowany.</translation>
    </message>
    <message>
        <source>De persoonlijke code staat open.</source>
        <translation>Kod osobisty nie jest zablokowany.</translation>
    </message>
    <message>
        <source>Bezig met openzetten…</source>
        <translation>Odblokowywanie…</translation>
    </message>
    <message>
        <source>Code weer openzetten</source>
        <translation>Odblokuj kod</translation>
    </message>
    <message>
        <source>Traject bijhouden (participatieladder)</source>
        <translation>Prowadzenie ścieżki (drabina uczestnictwa)</translation>
    </message>
</context>
<context>
    <name>StaffPinDialog</name>
    <message>
        <source>Doorgaan</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Uw pincode</source>
        <translation>Twój PIN</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>StaffQueuePage</name>
    <message>
        <source>Trainingsplaatsen</source>
        <translation>Miejsca szkoleniowe</translation>
    </message>
    <message>
        <source>Aanmeldingen per activiteit</source>
        <translation>Zgłoszenia na zajęcia</translation>
    </message>
    <message>
        <source>Nog geen aanmeldingen.</source>
        <translation>Jeszcze brak zgłoszeń.</translation>
    </message>
    <message>
        <source>%1
%2 van %3 bevestigd · wachtlijst %4</source>
        <translation>%1
potwierdzono %2 z %3 · lista oczekujących %4</translation>
    </message>
    <message>
        <source>onbeperkt</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <source>Kies een activiteit om de aanmeldingen te zien.</source>
        <translation>Wybierz zajęcia, żeby zobaczyć zgłoszenia.</translation>
    </message>
    <message>
        <source>(gewist)</source>
        <translation>(usunięto)</translation>
    </message>
    <message>
        <source>Bevestigd</source>
        <translation>Potwierdzono</translation>
    </message>
    <message>
        <source>Wachtlijst #%1</source>
        <translation>Lista oczekujących nr %1</translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation>Odrzucono</translation>
    </message>
    <message>
        <source>Teruggetrokken</source>
        <translation>Wycofano</translation>
    </message>
    <message>
        <source>traject gestart</source>
        <translation>ścieżka rozpoczęta</translation>
    </message>
    <message>
        <source>traject afgerond</source>
        <translation>ścieżka ukończona</translation>
    </message>
    <message>
        <source>uitgevallen</source>
        <translation>przerwano</translation>
    </message>
    <message>
        <source>besluit wacht op verzending</source>
        <translation>decyzja czeka na wysłanie</translation>
    </message>
    <message>
        <source>Gestart</source>
        <translation>Rozpoczęto</translation>
    </message>
    <message>
        <source>Traject van %1 gestart</source>
        <translation>Ścieżka osoby %1 rozpoczęta</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Ukończono</translation>
    </message>
    <message>
        <source>Traject van %1 afgerond</source>
        <translation>Ścieżka osoby %1 ukończona</translation>
    </message>
    <message>
        <source>Uitgevallen</source>
        <translation>Przerwano</translation>
    </message>
    <message>
        <source>%1 is uitgevallen</source>
        <translation>%1 zrezygnował(a)</translation>
    </message>
    <message>
        <source>Bevestigen</source>
        <translation>Potwierdź</translation>
    </message>
    <message>
        <source>%1 bevestigen</source>
        <translation>Potwierdź: %1</translation>
    </message>
    <message>
        <source>Wachtlijst</source>
        <translation>Lista oczekujących</translation>
    </message>
    <message>
        <source>%1 op de wachtlijst</source>
        <translation>%1 na liście oczekujących</translation>
    </message>
    <message>
        <source>Afwijzen</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>%1 afwijzen</source>
        <translation>Odrzuć: %1</translation>
    </message>
    <message>
        <source>Te beoordelen (plek vastgehouden)</source>
        <translation>Do oceny (miejsce zarezerwowane)</translation>
    </message>
</context>
<context>
    <name>StaffReport</name>
    <message>
        <source>Wonen</source>
        <translation>Mieszkanie</translation>
    </message>
    <message>
        <source>Leren</source>
        <translation>Nauka</translation>
    </message>
    <message>
        <source>Werken</source>
        <translation>Praca</translation>
    </message>
    <message>
        <source>Vrije tijd</source>
        <translation>Czas wolny</translation>
    </message>
    <message>
        <source>Periodeverslag Meedoen</source>
        <translation>Raport okresowy Meedoen</translation>
    </message>
    <message>
        <source>Alle buurten</source>
        <translation>Wszystkie dzielnice</translation>
    </message>
    <message>
        <source>Buurt: %1</source>
        <translation>Dzielnica: %1</translation>
    </message>
    <message>
        <source>Periode: %1 tot en met %2</source>
        <translation>Okres: od %1 do %2</translation>
    </message>
    <message>
        <source>Cijfers van %1</source>
        <translation>Dane z %1</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ścieżka</translation>
    </message>
    <message>
        <source>Actieve vrijwilligers</source>
        <translation>Aktywni wolontariusze</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Plekken gestart</source>
        <translation>Rozpoczęte miejsca</translation>
    </message>
    <message>
        <source>Plekken afgerond</source>
        <translation>Ukończone miejsca</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Przerwane</translation>
    </message>
    <message>
        <source>Meedoen per route</source>
        <translation>Udział według ścieżki</translation>
    </message>
    <message>
        <source>Samen</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Een vrijwilliger die op meer routes meedoet, telt bij elke route één keer en bij &apos;Samen&apos; één keer.</source>
        <translation>Wolontariusz na kilku ścieżkach liczy się raz na każdej ścieżce i raz w &apos;Razem&apos;.</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Per maand</source>
        <translation>Według miesięcy</translation>
    </message>
    <message>
        <source>In deze periode is nog niets geteld.</source>
        <translation>W tym okresie nic jeszcze nie policzono.</translation>
    </message>
    <message>
        <source>Plekken</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Bezet</source>
        <translation>Zajęte</translation>
    </message>
    <message>
        <source>Wachtlijst</source>
        <translation>Lista oczekujących</translation>
    </message>
    <message>
        <source>Er zijn geen activiteiten in deze buurt.</source>
        <translation>W tej dzielnicy nie ma działań.</translation>
    </message>
    <message>
        <source>Plekken 0 betekent: geen grens.</source>
        <translation>Miejsca 0 oznacza: bez limitu.</translation>
    </message>
    <message>
        <source>Treden op de ladder</source>
        <translation>Szczeble na drabinie</translation>
    </message>
    <message>
        <source>Hoger</source>
        <translation>Wyżej</translation>
    </message>
    <message>
        <source>Gelijk</source>
        <translation>Bez zmian</translation>
    </message>
    <message>
        <source>Lager</source>
        <translation>Niżej</translation>
    </message>
    <message>
        <source>In deze periode is geen trede gemeten.</source>
        <translation>W tym okresie nie zmierzono żadnego szczebla.</translation>
    </message>
    <message>
        <source>Huurders die toestemming gaven voor hun route: verder gekomen, gestabiliseerd, of gedaald.</source>
        <translation>Najemcy, którzy wyrazili zgodę dla swojej ścieżki: awans, stabilizacja lub spadek.</translation>
    </message>
    <message>
        <source>Social return</source>
        <translation>Social return</translation>
    </message>
    <message>
        <source>Leverancier en opdracht</source>
        <translation>Dostawca i zamówienie</translation>
    </message>
    <message>
        <source>Verplicht</source>
        <translation>Wymagane</translation>
    </message>
    <message>
        <source>Gehaald</source>
        <translation>Zrealizowane</translation>
    </message>
    <message>
        <source>Vervuld</source>
        <translation>Wypełnione</translation>
    </message>
    <message>
        <source>Plaatsingen</source>
        <translation>Obsadzone miejsca</translation>
    </message>
    <message>
        <source>Er zijn geen leveranciers met een social-returnverplichting.</source>
        <translation>Nie ma dostawców z obowiązkiem social return.</translation>
    </message>
    <message>
        <source>Leerwerkplaatsen bij de leverancier, gewaardeerd per soort en duur met de tabel van de corporatie.</source>
        <translation>Praktyki zawodowe u dostawcy, wycenione według rodzaju i czasu trwania na podstawie tabeli spółdzielni.</translation>
    </message>
    <message>
        <source>SROI: inzet en opbrengst</source>
        <translation>SROI: nakłady i rezultaty</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Per eenheid</source>
        <translation>Za jednostkę</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Waarden met de proxies van de corporatie; de bronnen staan in het Excel-bestand.</source>
        <translation>Wartości według proxy finansowych spółdzielni; źródła są w pliku Excel.</translation>
    </message>
    <message>
        <source>Totaal inzet</source>
        <translation>Suma nakładów</translation>
    </message>
    <message>
        <source>Totaal opbrengst</source>
        <translation>Suma rezultatów</translation>
    </message>
    <message>
        <source>Uren vrijwilligerswerk</source>
        <translation>Godziny wolontariatu</translation>
    </message>
    <message>
        <source>Zelfbeheer-initiatieven die lopen</source>
        <translation>Trwające inicjatywy samorządne</translation>
    </message>
    <message>
        <source>Leerplekken gestart</source>
        <translation>Rozpoczęte miejsca szkoleniowe</translation>
    </message>
    <message>
        <source>Leerplekken afgerond</source>
        <translation>Ukończone miejsca szkoleniowe</translation>
    </message>
    <message>
        <source>Afspraken tegenprestatie nagekomen (maanden)</source>
        <translation>Dotrzymane umowy świadczenia wzajemnego (miesiące)</translation>
    </message>
    <message>
        <source>Huurders een trede hoger</source>
        <translation>Najemcy o szczebel wyżej</translation>
    </message>
    <message>
        <source>Nog niet begonnen</source>
        <translation>Jeszcze się nie zaczęło</translation>
    </message>
    <message>
        <source>Loopt achter</source>
        <translation>Opóźnione</translation>
    </message>
    <message>
        <source>Op koers</source>
        <translation>Zgodnie z planem</translation>
    </message>
    <message>
        <source>Loopt voor</source>
        <translation>Przed planem</translation>
    </message>
    <message>
        <source>Doel gehaald</source>
        <translation>Cel osiągnięty</translation>
    </message>
    <message>
        <source>Doel niet gehaald</source>
        <translation>Cel nieosiągnięty</translation>
    </message>
    <message>
        <source>Werkgever</source>
        <translation>Pracodawca</translation>
    </message>
    <message>
        <source>Financier</source>
        <translation>Finansujący</translation>
    </message>
    <message>
        <source>Opdrachtgever</source>
        <translation>Zleceniodawca</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Huisvester</source>
        <translation>Udostępnia lokal</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <source>Tot nu</source>
        <translation>Dotąd</translation>
    </message>
    <message>
        <source>Verwacht aan het eind</source>
        <translation>Oczekiwane na koniec</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Voor deze periode zijn geen doelen gesteld.</source>
        <translation>Na ten okres nie wyznaczono celów.</translation>
    </message>
    <message>
        <source>Verwacht: wat er aan het eind van de periode staat als het zo doorgaat als tot nu.</source>
        <translation>Oczekiwane: ile będzie na koniec okresu, jeśli wszystko pójdzie tak jak dotąd.</translation>
    </message>
    <message>
        <source>Alle routes</source>
        <translation>Wszystkie ścieżki</translation>
    </message>
    <message>
        <source>kwartaal %1 van %2</source>
        <translation>kwartał %1 roku %2</translation>
    </message>
    <message>
        <source>Partners: inzet en resultaat</source>
        <translation>Partnerzy: wkład i wyniki</translation>
    </message>
    <message>
        <source>Geld</source>
        <translation>Pieniądze</translation>
    </message>
    <message>
        <source>Uren personeel</source>
        <translation>Godziny personelu</translation>
    </message>
    <message>
        <source>Vrijwilligers</source>
        <translation>Wolontariusze</translation>
    </message>
    <message>
        <source>Uren vrijwilligers</source>
        <translation>Godziny wolontariuszy</translation>
    </message>
    <message>
        <source>In deze periode hebben geen partners iets ingebracht.</source>
        <translation>W tym okresie żaden partner niczego nie wniósł.</translation>
    </message>
    <message>
        <source>Inzet in de periode; resultaat op de activiteiten waar de partner aan meedoet.</source>
        <translation>Wkład w okresie; wyniki działań, w których partner uczestniczy.</translation>
    </message>
</context>
<context>
    <name>StaffReportPage</name>
    <message>
        <source>Verslag per buurt</source>
        <translation>Raport według dzielnicy</translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Dzielnica</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Verslag opslaan</source>
        <translation>Zapisz raport</translation>
    </message>
    <message>
        <source>Het bestand verlaat de beveiligde app. Bevestig met uw pincode.</source>
        <translation>Plik opuszcza chronioną aplikację. Potwierdź kodem PIN.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>SROI-invoer voor de accountant</source>
        <translation>Dane SROI dla księgowego</translation>
    </message>
    <message>
        <source>Opslaan als Excel</source>
        <translation>Zapisz jako Excel</translation>
    </message>
    <message>
        <source>Opslaan als CSV</source>
        <translation>Zapisz jako CSV</translation>
    </message>
    <message>
        <source>SROI-invoer opslaan</source>
        <translation>Zapisz dane SROI</translation>
    </message>
</context>
<context>
    <name>StaffResults</name>
    <message>
        <source>De map voor exports is niet beschikbaar.</source>
        <translation>Folder na eksporty jest niedostępny.</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden geschreven.</source>
        <translation>Nie udało się zapisać pliku.</translation>
    </message>
    <message>
        <source>Opgeslagen als %1</source>
        <translation>Zapisano jako %1</translation>
    </message>
    <message>
        <source>Dit doel bestaat niet meer.</source>
        <translation>Ten cel już nie istnieje.</translation>
    </message>
    <message>
        <source>Deze tablet kent de locatie nog niet. Wacht tot hij met de server heeft gesynchroniseerd.</source>
        <translation>Ten tablet nie zna jeszcze lokalizacji. Poczekaj, aż zsynchronizuje się z serwerem.</translation>
    </message>
    <message>
        <source>Kies een jaar of een kwartaal.</source>
        <translation>Wybierz rok albo kwartał.</translation>
    </message>
    <message>
        <source>Kies wat u wilt tellen.</source>
        <translation>Wybierz, co chcesz liczyć.</translation>
    </message>
    <message>
        <source>Vul een jaar in, bijvoorbeeld 2027.</source>
        <translation>Wpisz rok, na przykład 2027.</translation>
    </message>
    <message>
        <source>Kies een kwartaal.</source>
        <translation>Wybierz kwartał.</translation>
    </message>
    <message>
        <source>Vul een heel getal in van 0 tot %1.</source>
        <translation>Wpisz liczbę całkowitą od 0 do %1.</translation>
    </message>
    <message numerus="yes">
        <source>Controleer de %n gemarkeerde velden.</source>
        <translation>
            <numerusform>Sprawdź %n zaznaczone pole.</numerusform>
            <numerusform>Sprawdź %n zaznaczone pola.</numerusform>
            <numerusform>Sprawdź %n zaznaczonych pól.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dit kwartaal</source>
        <translation>Ten kwartał</translation>
    </message>
    <message>
        <source>Vorig kwartaal</source>
        <translation>Poprzedni kwartał</translation>
    </message>
    <message>
        <source>Dit jaar</source>
        <translation>Ten rok</translation>
    </message>
    <message>
        <source>Vorig jaar</source>
        <translation>Poprzedni rok</translation>
    </message>
    <message>
        <source>geen PSO</source>
        <translation>brak PSO</translation>
    </message>
    <message>
        <source>PSO aspirant</source>
        <translation>PSO kandydat</translation>
    </message>
    <message>
        <source>PSO trede 1</source>
        <translation>PSO szczebel 1</translation>
    </message>
    <message>
        <source>PSO trede 2</source>
        <translation>PSO szczebel 2</translation>
    </message>
    <message>
        <source>PSO trede 3</source>
        <translation>PSO szczebel 3</translation>
    </message>
    <message>
        <source>PSO 30+</source>
        <translation>PSO 30+</translation>
    </message>
    <message>
        <source>van de loonsom</source>
        <translation>sumy wynagrodzeń</translation>
    </message>
    <message>
        <source>van de contractwaarde</source>
        <translation>wartości umowy</translation>
    </message>
    <message>
        <source>%1 tot en met %2</source>
        <translation>od %1 do %2</translation>
    </message>
</context>
<context>
    <name>StaffReview</name>
    <message>
        <source>Geen plaats meer</source>
        <translation>Brak miejsc</translation>
    </message>
    <message>
        <source>Past niet bij de eisen</source>
        <translation>Nie spełnia wymagań</translation>
    </message>
    <message>
        <source>Niet bereikbaar</source>
        <translation>Brak kontaktu</translation>
    </message>
    <message>
        <source>Geen huurder in dit gebied</source>
        <translation>Brak najemcy w tym obszarze</translation>
    </message>
    <message>
        <source>Op verzoek van de huurder</source>
        <translation>Na prośbę najemcy</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Deze aanmelding is niet (meer) bekend op deze tablet.</source>
        <translation>Tego zgłoszenia nie ma (już) na tym tablecie.</translation>
    </message>
    <message>
        <source>Dit besluit past niet bij de huidige stand van de aanmelding.</source>
        <translation>Ta decyzja nie pasuje do obecnego stanu zgłoszenia.</translation>
    </message>
    <message>
        <source>Kies of schrijf een reden voor de afwijzing.</source>
        <translation>Wybierz albo wpisz powód odrzucenia.</translation>
    </message>
    <message>
        <source>De reden mag één regel van hoogstens 200 tekens zijn.</source>
        <translation>Powód może mieć jeden wiersz, najwyżej 200 znaków.</translation>
    </message>
    <message>
        <source>Het bericht aan de huurder mag hoogstens 2000 tekens zijn.</source>
        <translation>Wiadomość do najemcy może mieć najwyżej 2000 znaków.</translation>
    </message>
    <message>
        <source>Kies waarmee u de huurder hebt gecontroleerd: huurdernummer of adres.</source>
        <translation>Wybierz, czym sprawdziłeś najemcę: numerem najemcy czy adresem.</translation>
    </message>
    <message>
        <source>Alleen een bevestigde leerplaats kan starten, afronden of uitvallen.</source>
        <translation>Tylko potwierdzone miejsce szkoleniowe może się rozpocząć, zakończyć albo zostać przerwane.</translation>
    </message>
</context>
<context>
    <name>StaffSession</name>
    <message>
        <source>Deze tablet is nog niet gekoppeld aan de server. Vraag de beheerder om een koppelcode.</source>
        <translation>Ten tablet nie jest jeszcze połączony z serwerem. Poproś administratora o kod połączenia.</translation>
    </message>
    <message>
        <source>Vul uw gebruikersnaam en wachtwoord in.</source>
        <translation>Wpisz nazwę użytkownika i hasło.</translation>
    </message>
    <message>
        <source>De aanmelding kon niet worden opgeslagen.</source>
        <translation>Nie udało się zapisać zgłoszenia.</translation>
    </message>
    <message>
        <source>Geen verbinding met de server. Aanmelden met wachtwoord kan alleen online.</source>
        <translation>Brak połączenia z serwerem. Logowanie hasłem działa tylko online.</translation>
    </message>
    <message>
        <source>Gebruikersnaam of wachtwoord klopt niet.</source>
        <translation>Nazwa użytkownika albo hasło się nie zgadza.</translation>
    </message>
    <message>
        <source>U werkt niet op de locatie van deze tablet.</source>
        <translation>Nie pracujesz w miejscu tego tabletu.</translation>
    </message>
    <message>
        <source>Te vaak een verkeerd wachtwoord. De beheerder moet uw account vrijgeven.</source>
        <translation>Za dużo razy złe hasło. Administrator musi odblokować twoje konto.</translation>
    </message>
    <message numerus="yes">
        <source>Te veel pogingen. Probeer het over %n seconde(n) opnieuw.</source>
        <translation>
            <numerusform>Za dużo prób. Spróbuj ponownie za %n sekundę.</numerusform>
            <numerusform>Za dużo prób. Spróbuj ponownie za %n sekundy.</numerusform>
            <numerusform>Za dużo prób. Spróbuj ponownie za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>De server gaf een fout (%1). Probeer het later opnieuw.</source>
        <translation>Serwer zgłosił błąd (%1). Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>Te dwa PIN-y nie są takie same.</translation>
    </message>
    <message>
        <source>Kies 5 tot 12 cijfers, niet allemaal hetzelfde en geen reeks zoals 12345.</source>
        <translation>Wybierz od 5 do 12 cyfr, nie wszystkie takie same i bez ciągu jak 12345.</translation>
    </message>
    <message>
        <source>De pincode kon niet worden opgeslagen.</source>
        <translation>Nie udało się zapisać PIN-u.</translation>
    </message>
    <message numerus="yes">
        <source>Pincode klopt niet. Probeer het over %n seconde(n) opnieuw.</source>
        <translation>
            <numerusform>PIN się nie zgadza. Spróbuj ponownie za %n sekundę.</numerusform>
            <numerusform>PIN się nie zgadza. Spróbuj ponownie za %n sekundy.</numerusform>
            <numerusform>PIN się nie zgadza. Spróbuj ponownie za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pincode klopt niet.</source>
        <translation>PIN się nie zgadza.</translation>
    </message>
    <message>
        <source>Meld u eerst online aan met uw wachtwoord.</source>
        <translation>Najpierw zaloguj się online hasłem.</translation>
    </message>
    <message>
        <source>Ontgrendel de tablet eerst met uw pincode.</source>
        <translation>Najpierw odblokuj tablet swoim PIN-em.</translation>
    </message>
    <message>
        <source>Opslaan is niet gelukt.</source>
        <translation>Nie udało się zapisać.</translation>
    </message>
    <message numerus="yes">
        <source>Te vaak een verkeerd wachtwoord. Uw account is op slot; over %n minuut/minuten kunt u het opnieuw proberen. De beheerder kan het eerder vrijgeven.</source>
        <translation>
            <numerusform>Za dużo błędnych haseł. Twoje konto jest zablokowane; możesz spróbować ponownie za %n minutę. Administrator może je odblokować wcześniej.</numerusform>
            <numerusform>Za dużo błędnych haseł. Twoje konto jest zablokowane; możesz spróbować ponownie za %n minuty. Administrator może je odblokować wcześniej.</numerusform>
            <numerusform>Za dużo błędnych haseł. Twoje konto jest zablokowane; możesz spróbować ponownie za %n minut. Administrator może je odblokować wcześniej.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>De server is even druk met aanmelden. Probeer het over %n seconde(n) opnieuw; uw gebruikersnaam blijft staan.</source>
        <translation>
            <numerusform>Serwer jest teraz zajęty logowaniem. Spróbuj ponownie za %n sekundę; nazwa użytkownika zostaje wpisana.</numerusform>
            <numerusform>Serwer jest teraz zajęty logowaniem. Spróbuj ponownie za %n sekundy; nazwa użytkownika zostaje wpisana.</numerusform>
            <numerusform>Serwer jest teraz zajęty logowaniem. Spróbuj ponownie za %n sekund; nazwa użytkownika zostaje wpisana.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Te veel pogingen. Probeer het over %n minuut/minuten opnieuw.</source>
        <translation>
            <numerusform>Za dużo prób. Spróbuj ponownie za %n minutę.</numerusform>
            <numerusform>Za dużo prób. Spróbuj ponownie za %n minuty.</numerusform>
            <numerusform>Za dużo prób. Spróbuj ponownie za %n minut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Werk de app bij. Deze versie past niet meer bij de server. Aanmelden kan weer als de app is bijgewerkt.</source>
        <translation>Zaktualizuj aplikację. Ta wersja nie działa już z serwerem. Po aktualizacji aplikacji możesz znów się zalogować.</translation>
    </message>
    <message>
        <source>Dit mag u niet doen met uw rol op deze locatie.</source>
        <translation>Twoja rola w tym miejscu na to nie pozwala.</translation>
    </message>
</context>
<context>
    <name>StaffSignInPanel</name>
    <message>
        <source>Kies uw pincode</source>
        <translation>Wybierz swój PIN</translation>
    </message>
    <message>
        <source>Ontgrendel met uw pincode</source>
        <translation>Odblokuj swoim PIN-em</translation>
    </message>
    <message>
        <source>Aanmelden als medewerker</source>
        <translation>Zaloguj się jako pracownik</translation>
    </message>
    <message>
        <source>Met deze pincode werkt u op deze tablet verder, ook zonder internet. Kies 5 tot 12 cijfers.</source>
        <translation>Z tym PIN-em pracujesz dalej na tym tablecie, także bez internetu. Wybierz od 5 do 12 cyfr.</translation>
    </message>
    <message>
        <source>Kies uw naam. Na twee minuten zonder aanraken gaat de tablet op slot.</source>
        <translation>Wybierz swoje imię. Po dwóch minutach bez dotykania tablet się zablokuje.</translation>
    </message>
    <message>
        <source>Eenmalig, met internet: uw gebruikersnaam en wachtwoord van de beheerder.</source>
        <translation>Jeden raz, z internetem: twoja nazwa użytkownika i hasło od administratora.</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation>Chwileczkę…</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Zaloguj się</translation>
    </message>
    <message>
        <source>Nieuwe pincode</source>
        <translation>Nowy PIN</translation>
    </message>
    <message>
        <source>Herhaal de pincode</source>
        <translation>Powtórz PIN</translation>
    </message>
    <message>
        <source>Pincode opslaan</source>
        <translation>Zapisz PIN</translation>
    </message>
    <message>
        <source>Medewerker %1</source>
        <translation>Pracownik %1</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <source>Andere medewerker aanmelden</source>
        <translation>Zaloguj innego pracownika</translation>
    </message>
    <message>
        <source>Terug naar ontgrendelen</source>
        <translation>Wróć do odblokowania</translation>
    </message>
    <message>
        <source>Deze tablet is nog niet ingesteld</source>
        <translation>Ten tablet nie jest jeszcze skonfigurowany</translation>
    </message>
</context>
<context>
    <name>StaffTour</name>
    <message>
        <source>Helaas is er geen plaats meer. We houden u op de hoogte van nieuwe activiteiten.</source>
        <translation>Niestety nie ma już miejsc. Damy ci znać o nowych zajęciach.</translation>
    </message>
</context>
<context>
    <name>StaffTrajectorySection</name>
    <message>
        <source>Stap vastgelegd; wordt verstuurd.</source>
        <translation>Krok zapisany; zostanie wysłany.</translation>
    </message>
    <message>
        <source>Traject</source>
        <translation>Ścieżka</translation>
    </message>
    <message>
        <source>Geen toestemming om de weg van deze huurder bij te houden. Er wordt niets bewaard.</source>
        <translation>Brak zgody na śledzenie drogi tego najemcy. Nic nie jest zapisywane.</translation>
    </message>
    <message>
        <source>%1: trede %2 van %3, %4 (gemeten %5)</source>
        <translation>%1: szczebel %2 z %3, %4 (pomiar %5)</translation>
    </message>
    <message>
        <source>meet opnieuw: langer dan zes maanden geleden</source>
        <translation>zmierz ponownie: ponad sześć miesięcy temu</translation>
    </message>
    <message>
        <source>Doel: %1 (bespreken op %2)</source>
        <translation>Cel: %1 (omówić %2)</translation>
    </message>
    <message>
        <source>Voorstel: %1 naar trede %2 (%3). %4</source>
        <translation>Propozycja: %1 na szczebel %2 (%3). %4</translation>
    </message>
    <message>
        <source>Overnemen</source>
        <translation>Przyjmij</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ścieżka</translation>
    </message>
    <message>
        <source>Trede</source>
        <translation>Szczebel</translation>
    </message>
    <message>
        <source>Datum van de meting (jjjj-mm-dd)</source>
        <translation>Data pomiaru (rrrr-mm-dd)</translation>
    </message>
    <message>
        <source>Korte notitie</source>
        <translation>Krótka notatka</translation>
    </message>
    <message>
        <source>Persoonlijk doel (mag leeg)</source>
        <translation>Cel osobisty (może być pusty)</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: over 6 maanden een stageplek</source>
        <translation>Na przykład: miejsce stażu za 6 miesięcy</translation>
    </message>
    <message>
        <source>Doel bespreken op (jjjj-mm-dd)</source>
        <translation>Omówić cel dnia (rrrr-mm-dd)</translation>
    </message>
    <message>
        <source>Stap vastleggen</source>
        <translation>Zapisz krok</translation>
    </message>
</context>
<context>
    <name>StaffWorkspace</name>
    <message>
        <source>Nieuwe vrijwilligers</source>
        <translation>Nowi wolontariusze</translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <source>Trainingsplaatsen</source>
        <translation>Miejsca szkoleniowe</translation>
    </message>
    <message>
        <source>Conflicten</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <source>Catalogus</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Resultaten</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Dziennik</translation>
    </message>
    <message>
        <source>Meedoen — %1</source>
        <translation>Meedoen — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n wijziging(en) wacht(en) op verzending</source>
        <translation>
            <numerusform>%n zmiana czeka na wysłanie</numerusform>
            <numerusform>%n zmiany czekają na wysłanie</numerusform>
            <numerusform>%n zmian czeka na wysłanie</numerusform>
        </translation>
    </message>
    <message>
        <source>Alles verzonden</source>
        <translation>Wszystko wysłane</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nieuwe bewoner inschrijven</source>
        <translation>Zarejestruj nowego mieszkańca</translation>
    </message>
    <message>
        <source>Verwijderverzoeken</source>
        <translation>Prośby o usunięcie</translation>
    </message>
    <message>
        <source>Inschrijven</source>
        <translation>Zarejestruj</translation>
    </message>
    <message>
        <source>Werk de app bij. Wijzigingen blijven op deze tablet tot de app is bijgewerkt.</source>
        <translation>Zaktualizuj aplikację. Zmiany zostaną na tym tablecie, dopóki aplikacja nie zostanie zaktualizowana.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation>Raport</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The data folder %1 cannot be created or opened.</source>
        <translation>Nie można utworzyć ani otworzyć folderu danych %1.</translation>
    </message>
    <message>
        <source>The catalogue %1 cannot be read.</source>
        <translation>Nie można odczytać katalogu %1.</translation>
    </message>
    <message>
        <source>The catalogue %1 is not valid at %2: %3</source>
        <translation>Katalog %1 jest nieprawidłowy w %2: %3</translation>
    </message>
    <message>
        <source>The catalogue could not be saved.</source>
        <translation>Nie udało się zapisać katalogu.</translation>
    </message>
    <message>
        <source>It could not be moved aside in %1.</source>
        <translation>Nie udało się go odłożyć na bok w %1.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Volgende</source>
        <translation>Dalej</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>Deze code werkt niet (meer). Vraag een nieuwe code aan.</source>
        <translation>Ten kod (już) nie działa. Poproś o nowy kod.</translation>
    </message>
    <message>
        <source>De server is niet bereikbaar. Probeer het later opnieuw.</source>
        <translation>Brak połączenia z serwerem. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>Het apparaat kon de koppeling niet opslaan.</source>
        <translation>Urządzenie nie mogło zapisać połączenia.</translation>
    </message>
    <message>
        <source>Werk de app bij. Deze versie past niet meer bij de server.</source>
        <translation>Zaktualizuj aplikację. Ta wersja nie działa już z serwerem.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%n aanmelding(en) wachten op verzending.</source>
        <translation>
            <numerusform>%n zgłoszenie czeka na wysłanie.</numerusform>
            <numerusform>%n zgłoszenia czekają na wysłanie.</numerusform>
            <numerusform>%n zgłoszeń czeka na wysłanie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Er is nu geen verbinding; we sturen ze zodra het weer kan.</source>
        <translation>Teraz nie ma połączenia; wyślemy je, gdy tylko będzie można.</translation>
    </message>
    <message>
        <source>Alles is verstuurd. Laatst bijgewerkt om %1.</source>
        <translation>Wszystko wysłane. Ostatnia aktualizacja o %1.</translation>
    </message>
    <message>
        <source>Dit apparaat mag nu niets versturen. Wat hier is ingevuld, blijft bewaard. Zeg het tegen een medewerker.</source>
        <translation>To urządzenie nie może teraz nic wysłać. To, co tu wpisano, jest zachowane. Powiedz o tym pracownikowi.</translation>
    </message>
    <message>
        <source>Werk de app bij. Deze versie past niet meer bij de server. Wat hier is ingevuld, blijft bewaard.</source>
        <translation>Zaktualizuj aplikację. Ta wersja nie działa już z serwerem. To, co tu wpisano, jest zachowane.</translation>
    </message>
</context>
<context>
    <name>TenancyVerdictNote</name>
    <message>
        <source>Huurdernummer klopt met het adres</source>
        <translation>Numer najemcy zgadza się z adresem</translation>
    </message>
    <message>
        <source>Huurdernummer hoort bij een ander adres</source>
        <translation>Numer najemcy należy do innego adresu</translation>
    </message>
    <message>
        <source>Huurdernummer onbekend in de huuradministratie</source>
        <translation>Numer najemcy nieznany w ewidencji najmu</translation>
    </message>
    <message>
        <source>Geen huurdernummer opgegeven</source>
        <translation>Nie podano numeru najemcy</translation>
    </message>
    <message>
        <source>Controleer het zelf. Klopt het toch, leg dan vast hoe je het hebt gecontroleerd.</source>
        <translation>Sprawdź to sam. Jeśli jednak się zgadza, zapisz, jak to sprawdzono.</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Over deze leerplek</source>
        <translation>O tym miejscu szkoleniowym</translation>
    </message>
    <message>
        <source>Waarom wil je dit doen?</source>
        <translation>Dlaczego chcesz to robić?</translation>
    </message>
    <message>
        <source>Schrijf het in je eigen woorden. Een paar zinnen is genoeg.</source>
        <translation>Napisz to własnymi słowami. Kilka zdań wystarczy.</translation>
    </message>
    <message>
        <source>Wanneer wil je beginnen?</source>
        <translation>Kiedy chcesz zacząć?</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Vul je postcode in zoals 1234 AB.</source>
        <translation>Wpisz kod pocztowy, np. 1234 AB.</translation>
    </message>
    <message>
        <source>Deze postcode bestaat niet. Kijk of je hem goed hebt ingevuld.</source>
        <translation>Taki kod pocztowy nie istnieje. Sprawdź, czy dobrze go wpisałeś.</translation>
    </message>
    <message>
        <source>Vul je huisnummer in.</source>
        <translation>Wpisz numer domu.</translation>
    </message>
    <message>
        <source>Vul je huisnummer in met cijfers, zoals 12 of 12a.</source>
        <translation>Wpisz numer domu cyframi, np. 12 albo 12a.</translation>
    </message>
    <message>
        <source>Een huisnummer ligt tussen %1 en %2.</source>
        <translation>Numer domu jest od %1 do %2.</translation>
    </message>
    <message>
        <source>Vul de toevoeging maar op één plek in: bij het huisnummer of bij de toevoeging.</source>
        <translation>Wpisz dodatek tylko w jednym miejscu: przy numerze domu albo w polu dodatku.</translation>
    </message>
    <message>
        <source>Een toevoeging bestaat uit letters en cijfers, zoals A of 2.</source>
        <translation>Dodatek do numeru składa się z liter i cyfr, jak A albo 2.</translation>
    </message>
    <message>
        <source>Een toevoeging heeft hoogstens %1 tekens.</source>
        <translation>Dodatek do numeru ma najwyżej %1 znaków.</translation>
    </message>
    <message>
        <source>Vul je telefoonnummer in.</source>
        <translation>Wpisz numer telefonu.</translation>
    </message>
    <message>
        <source>Vul je telefoonnummer in zoals 06 12345678 of +32 470 123456. Gebruik alleen cijfers, spaties en streepjes.</source>
        <translation>Wpisz numer telefonu, np. 06 12345678 albo +32 470 123456. Używaj tylko cyfr, spacji i myślników.</translation>
    </message>
    <message>
        <source>Dit telefoonnummer heeft te veel of te weinig cijfers. Een Nederlands nummer heeft 10 cijfers, zoals 06 12345678.</source>
        <translation>Ten numer telefonu ma za dużo albo za mało cyfr. Holenderski numer ma 10 cyfr, jak 06 12345678.</translation>
    </message>
    <message>
        <source>Vul je e-mailadres in.</source>
        <translation>Wpisz swój adres e-mail.</translation>
    </message>
    <message>
        <source>Dit e-mailadres klopt niet. Vul het in zoals naam@voorbeeld.nl.</source>
        <translation>Ten adres e-mail się nie zgadza. Wpisz go tak: imie@przyklad.nl.</translation>
    </message>
    <message>
        <source>Dit e-mailadres is te lang.</source>
        <translation>Ten adres e-mail jest za długi.</translation>
    </message>
    <message>
        <source>Vul je naam in.</source>
        <translation>Wpisz swoje imię.</translation>
    </message>
    <message>
        <source>Een naam bestaat uit letters. Spaties, &apos; - en . mogen ook. Cijfers en andere tekens mogen niet.</source>
        <translation>Imię składa się z liter. Spacje, &apos; - i . też mogą być. Cyfry i inne znaki nie mogą.</translation>
    </message>
    <message>
        <source>Een naam heeft minstens één letter.</source>
        <translation>Imię ma co najmniej jedną literę.</translation>
    </message>
    <message>
        <source>Deze naam is te lang. Een naam heeft hoogstens %1 tekens.</source>
        <translation>To imię jest za długie. Imię ma najwyżej %1 znaków.</translation>
    </message>
    <message>
        <source>Vul je geboortedatum in, zoals 31-12-1990.</source>
        <translation>Wpisz datę urodzenia, np. 31-12-1990.</translation>
    </message>
    <message>
        <source>Deze geboortedatum ligt in de toekomst. Kijk of je hem goed hebt ingevuld.</source>
        <translation>Ta data urodzenia jest w przyszłości. Sprawdź, czy dobrze ją wpisałeś.</translation>
    </message>
    <message numerus="yes">
        <source>Je moet minstens %n jaar zijn om mee te doen.</source>
        <translation>
            <numerusform>Musisz mieć co najmniej %n rok, żeby wziąć udział.</numerusform>
            <numerusform>Musisz mieć co najmniej %n lata, żeby wziąć udział.</numerusform>
            <numerusform>Musisz mieć co najmniej %n lat, żeby wziąć udział.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kijk je geboortedatum na: dan zou je ouder zijn dan %n jaar.</source>
        <translation>
            <numerusform>Sprawdź datę urodzenia: wtedy miałbyś ponad %n rok.</numerusform>
            <numerusform>Sprawdź datę urodzenia: wtedy miałbyś ponad %n lata.</numerusform>
            <numerusform>Sprawdź datę urodzenia: wtedy miałbyś ponad %n lat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Er staat een onleesbaar teken in de tekst. Typ de tekst opnieuw.</source>
        <translation>W tekście jest nieczytelny znak. Wpisz tekst jeszcze raz.</translation>
    </message>
    <message>
        <source>Schrijf dit op één regel, zonder enter of tab.</source>
        <translation>Napisz to w jednym wierszu, bez Enter i Tab.</translation>
    </message>
    <message>
        <source>Er staat een onzichtbaar teken in de tekst dat hier niet mag. Haal het weg en probeer het opnieuw.</source>
        <translation>W tekście jest niewidoczny znak, który jest tu niedozwolony. Usuń go i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Vul dit veld in.</source>
        <translation>Wypełnij to pole.</translation>
    </message>
    <message>
        <source>Deze tekst is te lang. Je mag hoogstens %1 tekens gebruiken, nu zijn het er %2.</source>
        <translation>Ten tekst jest za długi. Możesz użyć najwyżej %1 znaków, teraz jest ich %2.</translation>
    </message>
    <message>
        <source>Deze code mag alleen kleine letters, cijfers en streepjes bevatten (hoogstens %1 tekens).</source>
        <translation>Ten kod może mieć tylko małe litery, cyfry i myślniki (najwyżej %1 znaków).</translation>
    </message>
    <message>
        <source>Een huurdersnummer bestaat uit letters, cijfers en streepjes.</source>
        <translation>Numer najemcy składa się z liter, cyfr i myślników.</translation>
    </message>
    <message>
        <source>Een huurdersnummer heeft hoogstens %1 tekens.</source>
        <translation>Numer najemcy ma najwyżej %1 znaków.</translation>
    </message>
    <message>
        <source>Vul je telefoonnummer of je e-mailadres in, zodat we je kunnen bereiken.</source>
        <translation>Wpisz numer telefonu albo adres e-mail, żebyśmy mogli się z tobą skontaktować.</translation>
    </message>
    <message>
        <source>Het aantal plaatsen kan niet negatief zijn. Vul 0 in voor onbeperkt.</source>
        <translation>Liczba miejsc nie może być ujemna. Wpisz 0, jeśli bez limitu.</translation>
    </message>
    <message>
        <source>De minimumleeftijd ligt tussen 0 en %1 jaar.</source>
        <translation>Minimalny wiek to od 0 do %1 lat.</translation>
    </message>
    <message>
        <source>De einddatum ligt vóór de startdatum.</source>
        <translation>Data końca jest przed datą początku.</translation>
    </message>
    <message>
        <source>Kies wat voor leerplek dit is: stage, leerwerkplek of re-integratieplek.</source>
        <translation>Wybierz rodzaj miejsca szkoleniowego: staż, praktyka zawodowa czy miejsce reintegracji.</translation>
    </message>
    <message>
        <source>Alleen een leerplek heeft een soort leerplek.</source>
        <translation>Tylko miejsce szkoleniowe ma rodzaj miejsca szkoleniowego.</translation>
    </message>
    <message>
        <source>De plek op de kaart klopt niet.</source>
        <translation>Miejsce na mapie się nie zgadza.</translation>
    </message>
    <message>
        <source>Kies waarvoor je de uren geeft.</source>
        <translation>Wybierz, za co wpisujesz godziny.</translation>
    </message>
    <message>
        <source>Vul de datum in zoals 3-12-2026.</source>
        <translation>Wpisz datę w formacie 3-12-2026.</translation>
    </message>
    <message>
        <source>Deze datum ligt in de toekomst. Vul een dag in die al geweest is.</source>
        <translation>Ta data jest w przyszłości. Wpisz dzień, który już minął.</translation>
    </message>
    <message numerus="yes">
        <source>Je kunt uren tot %n dagen terug invullen.</source>
        <translation>
            <numerusform>Godziny możesz wpisać do %n dnia wstecz.</numerusform>
            <numerusform>Godziny możesz wpisać do %n dni wstecz.</numerusform>
            <numerusform>Godziny możesz wpisać do %n dni wstecz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vul de datum in.</source>
        <translation>Wpisz datę.</translation>
    </message>
    <message>
        <source>Vul in hoe lang je bezig was, bijvoorbeeld 1:30.</source>
        <translation>Wpisz, jak długo pracowałeś/-aś, na przykład 1:30.</translation>
    </message>
    <message>
        <source>Vul de tijd in per kwartier, bijvoorbeeld 1:15 of 1:30.</source>
        <translation>Wpisz czas w kwadransach, na przykład 1:15 lub 1:30.</translation>
    </message>
    <message>
        <source>Vul de tijd in zoals 1:30 (uren:minuten).</source>
        <translation>Wpisz czas w formacie 1:30 (godziny:minuty).</translation>
    </message>
    <message numerus="yes">
        <source>Met deze uren kom je boven %n uur op die dag.</source>
        <translation>
            <numerusform>Z tymi godzinami przekroczysz %n godzinę tego dnia.</numerusform>
            <numerusform>Z tymi godzinami przekroczysz %n godziny tego dnia.</numerusform>
            <numerusform>Z tymi godzinami przekroczysz %n godzin tego dnia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Je kunt hoogstens %n uur per dag invullen.</source>
        <translation>
            <numerusform>Możesz wpisać najwyżej %n godzinę dziennie.</numerusform>
            <numerusform>Możesz wpisać najwyżej %n godziny dziennie.</numerusform>
            <numerusform>Możesz wpisać najwyżej %n godzin dziennie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kies een wijk.</source>
        <translation>Wybierz dzielnicę.</translation>
    </message>
    <message>
        <source>Kies een route uit de lijst.</source>
        <translation>Wybierz ścieżkę z listy.</translation>
    </message>
    <message>
        <source>Een jaar begint op 1 januari.</source>
        <translation>Rok zaczyna się 1 stycznia.</translation>
    </message>
    <message>
        <source>Een kwartaal begint op 1 januari, 1 april, 1 juli of 1 oktober.</source>
        <translation>Kwartał zaczyna się 1 stycznia, 1 kwietnia, 1 lipca lub 1 października.</translation>
    </message>
    <message>
        <source>Vul een doel in van 0 tot %1.</source>
        <translation>Wpisz cel od 0 do %1.</translation>
    </message>
    <message>
        <source>Dit kan Meedoen nog niet tellen. Kies iets anders.</source>
        <translation>Meedoen nie umie jeszcze tego liczyć. Wybierz coś innego.</translation>
    </message>
    <message>
        <source>Vul een getal in van 0 tot en met %1.</source>
        <translation>Wpisz liczbę od 0 do %1.</translation>
    </message>
    <message>
        <source>Kies een maand.</source>
        <translation>Wybierz miesiąc.</translation>
    </message>
    <message>
        <source>Vul een bedrag in van 0 tot en met %1 cent.</source>
        <translation>Wpisz kwotę od 0 do %1 centów.</translation>
    </message>
    <message>
        <source>Schrijf de bron op één regel van hoogstens %1 tekens.</source>
        <translation>Wpisz źródło w jednym wierszu, najwyżej %1 znaków.</translation>
    </message>
    <message>
        <source>Vul een drempel in van 0 tot en met %1 cent.</source>
        <translation>Wpisz próg od 0 do %1 centów.</translation>
    </message>
    <message>
        <source>Vul een aandeel in van 1 tot en met 10000 basispunten.</source>
        <translation>Wpisz udział od 1 do 10000 punktów bazowych.</translation>
    </message>
    <message>
        <source>Geef elk soort leerplek één tarief.</source>
        <translation>Podaj jedną stawkę dla każdego rodzaju miejsca szkoleniowego.</translation>
    </message>
    <message>
        <source>Vul een aantal maanden in van 1 tot en met %1.</source>
        <translation>Wpisz liczbę miesięcy od 1 do %1.</translation>
    </message>
    <message>
        <source>Hoogstens %1 verplichtingen.</source>
        <translation>Najwyżej %1 zobowiązań.</translation>
    </message>
    <message>
        <source>Geef elke verplichting een eigen kenmerk, zoals het contractnummer.</source>
        <translation>Nadaj każdemu zobowiązaniu własne oznaczenie, np. numer umowy.</translation>
    </message>
    <message>
        <source>Kies de leverancier uit de partners.</source>
        <translation>Wybierz dostawcę spośród partnerów.</translation>
    </message>
    <message>
        <source>Beschrijf de opdracht op één regel van hoogstens %1 tekens.</source>
        <translation>Opisz zamówienie w jednym wierszu, najwyżej %1 znaków.</translation>
    </message>
    <message>
        <source>Social return geldt voor opdrachten boven € %1.</source>
        <translation>Social return dotyczy zamówień powyżej € %1.</translation>
    </message>
    <message>
        <source>De looptijd eindigt op of na de begindatum.</source>
        <translation>Okres obowiązywania kończy się w dniu rozpoczęcia lub później.</translation>
    </message>
</context>
<context>
    <name>Wire</name>
    <message>
        <source>This field is required.</source>
        <translation>To pole jest wymagane.</translation>
    </message>
    <message>
        <source>This field must be text.</source>
        <translation>To pole musi być tekstem.</translation>
    </message>
    <message>
        <source>This must be a whole number from %1 to %2.</source>
        <translation>To musi być liczba całkowita od %1 do %2.</translation>
    </message>
    <message>
        <source>This must be a number from %1 to %2.</source>
        <translation>To musi być liczba od %1 do %2.</translation>
    </message>
    <message>
        <source>This must be true or false.</source>
        <translation>To musi być true albo false.</translation>
    </message>
    <message>
        <source>This must be a date like 2026-12-31.</source>
        <translation>To musi być data, np. 2026-12-31.</translation>
    </message>
    <message>
        <source>This must be a list.</source>
        <translation>To musi być lista.</translation>
    </message>
    <message>
        <source>Each entry must be a short key of lower-case letters, digits and hyphens.</source>
        <translation>Każdy wpis musi być krótkim kluczem z małych liter, cyfr i myślników.</translation>
    </message>
    <message>
        <source>This must be an object.</source>
        <translation>To musi być obiekt.</translation>
    </message>
    <message>
        <source>This value is not one of the allowed ones.</source>
        <translation>Ta wartość nie jest dozwolona.</translation>
    </message>
    <message>
        <source>This field is not known.</source>
        <translation>To pole jest nieznane.</translation>
    </message>
    <message>
        <source>This site is not known.</source>
        <translation>Ta lokalizacja jest nieznana.</translation>
    </message>
    <message>
        <source>This is not a personal code.</source>
        <translation>To nie jest kod osobisty.</translation>
    </message>
    <message>
        <source>This must be a time like 2026-12-31T09:00:00Z.</source>
        <translation>To musi być czas, np. 2026-12-31T09:00:00Z.</translation>
    </message>
    <message>
        <source>This is not a reference code.</source>
        <translation>To nie jest kod zgłoszenia.</translation>
    </message>
    <message>
        <source>The catalogue is not valid JSON: %1.</source>
        <translation>Katalog nie jest prawidłowym JSON-em: %1.</translation>
    </message>
    <message>
        <source>This is not a Meedoen catalogue (format %1).</source>
        <translation>To nie jest katalog Meedoen (format %1).</translation>
    </message>
    <message>
        <source>This must be a UUID.</source>
        <translation>To musi być UUID.</translation>
    </message>
    <message>
        <source>This must be a key like abc-1.</source>
        <translation>To musi być klucz, np. abc-1.</translation>
    </message>
    <message>
        <source>Without identify, personId must be the UUID of a registered person.</source>
        <translation>Bez identify, personId musi być UUID zarejestrowanej osoby.</translation>
    </message>
    <message>
        <source>An opportunity needs a site.</source>
        <translation>Oferta musi mieć lokalizację.</translation>
    </message>
    <message>
        <source>At most %1 mutations per request.</source>
        <translation>Najwyżej %1 zmian na jedno żądanie.</translation>
    </message>
    <message>
        <source>Each mutation must be an object.</source>
        <translation>Każda zmiana musi być obiektem.</translation>
    </message>
    <message>
        <source>seq must be a whole number from 1.</source>
        <translation>seq musi być liczbą całkowitą od 1.</translation>
    </message>
    <message>
        <source>Send the login and the password as text.</source>
        <translation>Wyślij login i hasło jako tekst.</translation>
    </message>
    <message>
        <source>Send back the cursor you got.</source>
        <translation>Odeślij otrzymany kursor.</translation>
    </message>
    <message>
        <source>limit must be a whole number from 1 to %1.</source>
        <translation>limit musi być liczbą całkowitą od 1 do %1.</translation>
    </message>
    <message>
        <source>This parameter is not known.</source>
        <translation>Ten parametr jest nieznany.</translation>
    </message>
    <message>
        <source>This must be a month like 2026-11.</source>
        <translation>To musi być miesiąc, np. 2026-11.</translation>
    </message>
    <message>
        <source>This list is longer than allowed.</source>
        <translation>Ta lista jest dłuższa, niż to dozwolone.</translation>
    </message>
    <message>
        <source>Send JSON without a byte order mark (BOM).</source>
        <translation>Wyślij JSON bez znacznika kolejności bajtów (BOM).</translation>
    </message>
    <message>
        <source>This field is given twice.</source>
        <translation>To pole podano dwa razy.</translation>
    </message>
    <message>
        <source>appVersion must be 1 to 32 letters, digits or . + ~ -.</source>
        <translation>appVersion musi mieć od 1 do 32 liter, cyfr lub . + ~ -.</translation>
    </message>
    <message>
        <source>Send appVersion, queueLength and oldestQueuedSeconds together, each once.</source>
        <translation>Wyślij appVersion, queueLength i oldestQueuedSeconds razem, każde raz.</translation>
    </message>
    <message>
        <source>Too many kiosks in one answer.</source>
        <translation>Zbyt wiele kiosków w jednej odpowiedzi.</translation>
    </message>
    <message>
        <source>This language is not one of the app&apos;s.</source>
        <translation>Ten język nie jest jednym z języków aplikacji.</translation>
    </message>
    <message>
        <source>This list is too long.</source>
        <translation>Ta lista jest za długa.</translation>
    </message>
    <message>
        <source>This file is too large.</source>
        <translation>Ten plik jest za duży.</translation>
    </message>
</context>
</TS>
